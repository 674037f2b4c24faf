#ifndef JOBPIPE_JSON_SCAN_H
#define JOBPIPE_JSON_SCAN_H
/* JSON strings read 64 bytes at a time, without a branch per escape (the
   way simdjson finds escaped characters): page bodies in NDJSON carry an
   escape every 20 bytes or so, and stopping at each one is what a byte or
   word loop spends its time on. json_scan.c holds them.

   Each function comes in the way the running program uses (the SSE2 one on
   x86-64, unless JOBPIPE_SCALAR is set: scan_mode.h), and as _scalar (plain
   C, built everywhere) and _sse2 (x86-64 only), for tests to compare. */

/* The offset of the quote that ends a JSON string whose body starts at p
   (just after its opening quote), p[0..n) being all there is; -1 when no
   quote ends it or the body is not valid JSON (a control byte, an unknown
   escape, a \u without four hex digits): the caller reads it again slowly
   for the exact error. */
long jp_json_string_end(const unsigned char *p, long n);
long jp_json_string_end_scalar(const unsigned char *p, long n);

/* Unescapes a JSON string body p[0..n) that was checked already into out
   (room for n + 4 bytes); returns the length written (at most n for valid
   text). *ascii is set when every byte of p is ASCII (out is then valid UTF-8,
   since escapes only make valid UTF-8). A \u escape becomes UTF-8, a pair of
   them one 4-byte character, a lone or broken one U+FFFD. */
long jp_json_unescape(const unsigned char *p, long n, unsigned char *out, int *ascii);
long jp_json_unescape_scalar(const unsigned char *p, long n, unsigned char *out, int *ascii);

#if defined(__SSE2__)
long jp_json_string_end_sse2(const unsigned char *p, long n);
long jp_json_unescape_sse2(const unsigned char *p, long n, unsigned char *out, int *ascii);
#endif
#endif
