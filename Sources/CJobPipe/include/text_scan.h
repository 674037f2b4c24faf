#ifndef JOBPIPE_TEXT_SCAN_H
#define JOBPIPE_TEXT_SCAN_H
/* Runs of text and of white space, 64 bytes at a time, for collapsing a
   page's white space the way a reader sees it. White space here is space,
   tab, line feed, carriage return, form feed and U+00A0 (C2 A0 in UTF-8).
   text_scan.c holds them; _scalar and _sse2 as in json_scan.h. */

/* How long the text at p[0..n) goes on (p[0] is not white space) before a
   byte that needs a decision: tab, line feed, carriage return, form feed,
   U+00A0, a space that is not a single one between two words (the
   single ones are already collapsed), or a character no reader sees that
   stands in no word (U+00AD, U+200B, U+2060, U+FEFF), which the caller drops.
   Stopping early is harmless. */
long jp_text_run(const unsigned char *p, long n);
long jp_text_run_scalar(const unsigned char *p, long n);

/* How long the white space at p[0..n) goes on; *line_feed is set when it
   holds a line feed. */
long jp_space_run(const unsigned char *p, long n, int *line_feed);
long jp_space_run_scalar(const unsigned char *p, long n, int *line_feed);

#if defined(__SSE2__)
long jp_text_run_sse2(const unsigned char *p, long n);
long jp_space_run_sse2(const unsigned char *p, long n, int *line_feed);
#endif
#endif
