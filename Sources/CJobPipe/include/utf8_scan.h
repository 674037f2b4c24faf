#ifndef JOBPIPE_UTF8_SCAN_H
#define JOBPIPE_UTF8_SCAN_H
/* UTF-8 checked 64 bytes at a time: every record line is checked (output
   must be UTF-8), and page text is mostly ASCII, which a block of 64 passes
   with one mask. utf8_scan.c holds it; _scalar and _sse2 as in json_scan.h. */

/* The offset of the first byte of p[0..n) that does not begin a well-formed
   UTF-8 sequence (RFC 3629: no overlongs, no surrogates, nothing above
   U+10FFFF, no sequence cut off by the end), or -1 when p is all UTF-8. */
long jp_utf8_invalid(const unsigned char *p, long n);
long jp_utf8_invalid_scalar(const unsigned char *p, long n);

#if defined(__SSE2__)
long jp_utf8_invalid_sse2(const unsigned char *p, long n);
#endif
#endif
