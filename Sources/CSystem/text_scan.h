#ifndef JOBPIPE_CSYSTEM_TEXT_SCAN_H
#define JOBPIPE_CSYSTEM_TEXT_SCAN_H
/* Runs of text and of white space, 64 bytes at a time, for collapsing a
   page's white space the way a reader sees it. White space here is space,
   tab, line feed, carriage return, form feed and U+00A0 (C2 A0 in UTF-8). */
#include "json_scan.h"

/* The masks of one block of 64 bytes at p, and of the 64 after p + 1
   (so bit k of a "next" mask says what byte k + 1 is). */
typedef struct {
    uint64_t space, other, c2, next_a0, next_space, next_other, next_c2;
} jp_text_masks;

static inline uint64_t jp_other_space64(const unsigned char *p) {
    return jp_eq64(p, '\n') | jp_eq64(p, '\t') | jp_eq64(p, '\r') | jp_eq64(p, '\f');
}

/* Reads p[0..65): the caller pads short input. */
static inline void jp_text_masks_at(const unsigned char *p, jp_text_masks *m) {
    m->space = jp_eq64(p, ' ');
    m->other = jp_other_space64(p);
    m->c2 = jp_eq64(p, 0xC2);
    m->next_a0 = jp_eq64(p + 1, 0xA0);
    m->next_space = jp_eq64(p + 1, ' ');
    m->next_other = jp_other_space64(p + 1);
    m->next_c2 = jp_eq64(p + 1, 0xC2);
}

/* Up to 65 bytes at p + i, padded with `pad` past n; the mask of the bytes
   that are really there. */
static inline const unsigned char *jp_text_block(const unsigned char *p, long i, long n, unsigned char pad,
                                                 unsigned char tail[80], uint64_t *valid) {
    if (n - i >= 65) { *valid = ~0ULL; return p + i; }
    memset(tail, pad, 80);
    memcpy(tail, p + i, (size_t)(n - i));
    *valid = n - i >= 64 ? ~0ULL : (1ULL << (n - i)) - 1;
    return tail;
}

/* How long the text at p[0..n) goes on (p[0] is not white space) before a
   byte that needs a decision: tab, line feed, carriage return, form feed,
   U+00A0, or a space that is not a single one between two words (the
   single ones are already collapsed). Stopping early is harmless. */
static inline long jp_text_run(const unsigned char *p, long n) {
    unsigned char tail[80];
    for (long i = 0; i < n; i += 64) {
        uint64_t valid;
        /* a space as the last byte stops: padded with spaces */
        const unsigned char *b = jp_text_block(p, i, n, ' ', tail, &valid);
        jp_text_masks m;
        jp_text_masks_at(b, &m);
        uint64_t stops = m.other | (m.c2 & m.next_a0) | (m.space & (m.next_space | m.next_other | m.next_c2));
        stops &= valid;
        if (stops) return i + __builtin_ctzll(stops);
    }
    return n;
}

/* How long the white space at p[0..n) goes on; *line_feed is set when it
   holds a line feed. */
static inline long jp_space_run(const unsigned char *p, long n, int *line_feed) {
    unsigned char tail[80];
    uint64_t after_c2 = 0;  /* the block's first byte follows a C2 that began a U+00A0 */
    *line_feed = 0;
    for (long i = 0; i < n; i += 64) {
        uint64_t valid;
        /* an unfinished C2 at the end is not white space: padded with 'x' */
        const unsigned char *b = jp_text_block(p, i, n, 'x', tail, &valid);
        uint64_t nbsp_start = jp_eq64(b, 0xC2) & jp_eq64(b + 1, 0xA0);
        uint64_t space = jp_eq64(b, ' ') | jp_other_space64(b) | nbsp_start | (nbsp_start << 1) | after_c2;
        after_c2 = nbsp_start >> 63;
        uint64_t ends = ~space & valid;
        uint64_t before = ends ? (ends & (0 - ends)) - 1 : valid;
        if (jp_eq64(b, '\n') & before) *line_feed = 1;
        if (ends) return i + __builtin_ctzll(ends);
    }
    return n;
}
#endif
