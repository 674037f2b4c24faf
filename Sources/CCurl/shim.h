#ifndef JOBPIPE_CCURL_SHIM_H
#define JOBPIPE_CCURL_SHIM_H
#include <curl/curl.h>

/* curl_easy_setopt and curl_easy_getinfo are C variadics, which Swift cannot
   call: one typed wrapper per argument type keeps the logic in Swift. */
static inline CURLcode jp_setopt_long(CURL *h, CURLoption o, long v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode jp_setopt_off(CURL *h, CURLoption o, curl_off_t v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode jp_setopt_string(CURL *h, CURLoption o, const char *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode jp_setopt_pointer(CURL *h, CURLoption o, void *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode jp_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v) { return curl_easy_setopt(h, o, v); }

typedef size_t (*jp_data_callback)(char *ptr, size_t size, size_t nmemb, void *userdata);
static inline CURLcode jp_setopt_write_function(CURL *h, jp_data_callback f) { return curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, f); }
static inline CURLcode jp_setopt_header_function(CURL *h, jp_data_callback f) { return curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, f); }

typedef int (*jp_sockopt_callback)(void *clientp, curl_socket_t fd, curlsocktype purpose);
static inline CURLcode jp_setopt_sockopt_function(CURL *h, jp_sockopt_callback f) { return curl_easy_setopt(h, CURLOPT_SOCKOPTFUNCTION, f); }

static inline CURLcode jp_getinfo_long(CURL *h, CURLINFO i, long *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode jp_getinfo_double(CURL *h, CURLINFO i, double *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode jp_getinfo_off(CURL *h, CURLINFO i, curl_off_t *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode jp_getinfo_string(CURL *h, CURLINFO i, char **v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode jp_getinfo_private(CURL *h, void **v) { return curl_easy_getinfo(h, CURLINFO_PRIVATE, v); }

static inline CURLMcode jp_multi_setopt_long(CURLM *m, CURLMoption o, long v) { return curl_multi_setopt(m, o, v); }

/* CURLMsg keeps the result in a union Swift does not see into. */
static inline CURLcode jp_msg_result(CURLMsg *m) { return m->data.result; }
#endif
