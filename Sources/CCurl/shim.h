#ifndef JOBPIPE_CCURL_SHIM_H
#define JOBPIPE_CCURL_SHIM_H
#include <curl/curl.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <string.h>
#include <stdint.h>

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


static inline CURLcode jp_getinfo_long(CURL *h, CURLINFO i, long *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode jp_getinfo_double(CURL *h, CURLINFO i, double *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode jp_getinfo_off(CURL *h, CURLINFO i, curl_off_t *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode jp_getinfo_string(CURL *h, CURLINFO i, char **v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode jp_getinfo_private(CURL *h, void **v) { return curl_easy_getinfo(h, CURLINFO_PRIVATE, v); }

static inline CURLMcode jp_multi_setopt_long(CURLM *m, CURLMoption o, long v) { return curl_multi_setopt(m, o, v); }

/* Whether an address a socket is about to connect to is loopback, private,
   link-local, carrier-grade NAT, unspecified or multicast (cloud metadata
   services live at link-local 169.254.169.254 and fd00:ec2::254). */
static inline int jp_address_is_private(const struct sockaddr *sa) {
    if (sa->sa_family == AF_INET) {
        uint32_t a = ntohl(((const struct sockaddr_in *)sa)->sin_addr.s_addr);
        uint8_t b0 = a >> 24, b1 = (a >> 16) & 0xff;
        return b0 == 0 || b0 == 10 || b0 == 127 || (b0 == 169 && b1 == 254)
            || (b0 == 172 && (b1 & 0xf0) == 16) || (b0 == 192 && b1 == 168)
            || (b0 == 100 && (b1 & 0xc0) == 64) || b0 >= 224;
    }
    if (sa->sa_family == AF_INET6) {
        const uint8_t *b = ((const struct sockaddr_in6 *)sa)->sin6_addr.s6_addr;
        static const uint8_t zero[16] = {0};
        static const uint8_t mapped[12] = {0,0,0,0,0,0,0,0,0,0,0xff,0xff};
        if (memcmp(b, zero, 15) == 0 && (b[15] == 0 || b[15] == 1)) return 1;
        if (memcmp(b, mapped, 12) == 0) {
            struct sockaddr_in v4; memset(&v4, 0, sizeof v4);
            v4.sin_family = AF_INET; memcpy(&v4.sin_addr, b + 12, 4);
            return jp_address_is_private((const struct sockaddr *)&v4);
        }
        return (b[0] & 0xfe) == 0xfc || (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) || b[0] == 0xff;
    }
    return 1;
}

/* CURLOPT_OPENSOCKETFUNCTION for --deny-private: the check happens on the
   address curl resolved and is about to connect to, so no DNS trick gets
   past it. clientp points to an int set to 1 when a connection is refused. */
static curl_socket_t jp_open_public_socket(void *clientp, curlsocktype purpose, struct curl_sockaddr *address) {
    (void)purpose;
    if (jp_address_is_private(&address->addr)) {
        if (clientp) *(int *)clientp = 1;
        return CURL_SOCKET_BAD;
    }
    return socket(address->family, address->socktype, address->protocol);
}
static inline CURLcode jp_setopt_deny_private(CURL *h, int *refused) {
    CURLcode rc = curl_easy_setopt(h, CURLOPT_OPENSOCKETFUNCTION, jp_open_public_socket);
    if (rc != CURLE_OK) return rc;
    return curl_easy_setopt(h, CURLOPT_OPENSOCKETDATA, (void *)refused);
}

/* CURLMsg keeps the result in a union Swift does not see into. */
static inline CURLcode jp_msg_result(CURLMsg *m) { return m->data.result; }
#endif
