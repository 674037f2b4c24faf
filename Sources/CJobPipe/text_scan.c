/* The white-space kernels of text_scan.h, each written once with a constant
   `simd` argument and built as _sse2 and _scalar (block64.h). */
#include "text_scan.h"
#include "block64.h"

JP_INLINE uint64_t jp_other_space64(const unsigned char *p, int simd) {
    return jp_eq64(p, '\n', simd) | jp_eq64(p, '\t', simd) | jp_eq64(p, '\r', simd) | jp_eq64(p, '\f', simd);
}

/* Up to 66 bytes at p + i, padded with `pad` past n; the mask of the bytes
   that are really there. */
static inline const unsigned char *jp_text_block(const unsigned char *p, long i, long n, unsigned char pad,
                                                 unsigned char tail[80], uint64_t *valid) {
    if (n - i >= 66) { *valid = ~0ULL; return p + i; }
    memset(tail, pad, 80);
    memcpy(tail, p + i, (size_t)(n - i));
    *valid = n - i >= 64 ? ~0ULL : (1ULL << (n - i)) - 1;
    return tail;
}

/* The first bytes of the characters no reader sees in a block (b holds 66
   bytes): U+00AD (C2 AD), U+200B (E2 80 8B), U+2060 (E2 81 A0), U+FEFF (EF BB BF). */
JP_INLINE uint64_t jp_invisible64(const unsigned char *b, uint64_t c2, int simd) {
    uint64_t e2 = jp_eq64(b, 0xE2, simd), ef = jp_eq64(b, 0xEF, simd);
    if (!(c2 | e2 | ef)) return 0;
    return (c2 & jp_eq64(b + 1, 0xAD, simd))
        | (e2 & ((jp_eq64(b + 1, 0x80, simd) & jp_eq64(b + 2, 0x8B, simd)) | (jp_eq64(b + 1, 0x81, simd) & jp_eq64(b + 2, 0xA0, simd))))
        | (ef & jp_eq64(b + 1, 0xBB, simd) & jp_eq64(b + 2, 0xBF, simd));
}

/* jp_text_run (text_scan.h). Reads 66 bytes a block (bit k of a "next"
   mask says what byte k + 1 is). */
JP_INLINE long text_run(const unsigned char *p, long n, int simd) {
    unsigned char tail[80];
    for (long i = 0; i < n; i += 64) {
        uint64_t valid;
        /* a space as the last byte stops: padded with spaces */
        const unsigned char *b = jp_text_block(p, i, n, ' ', tail, &valid);
        uint64_t space = jp_eq64(b, ' ', simd), other = jp_other_space64(b, simd);
        uint64_t c2 = jp_eq64(b, 0xC2, simd), next_a0 = jp_eq64(b + 1, 0xA0, simd);
        uint64_t next_space = jp_eq64(b + 1, ' ', simd), next_other = jp_other_space64(b + 1, simd);
        uint64_t next_c2 = jp_eq64(b + 1, 0xC2, simd);
        uint64_t stops = other | (c2 & next_a0) | (space & (next_space | next_other | next_c2)) | jp_invisible64(b, c2, simd);
        stops &= valid;
        if (stops) return i + __builtin_ctzll(stops);
    }
    return n;
}

/* jp_space_run (text_scan.h). */
JP_INLINE long space_run(const unsigned char *p, long n, int *line_feed, int simd) {
    unsigned char tail[80];
    uint64_t after_c2 = 0;  /* the block's first byte follows a C2 that began a U+00A0 */
    *line_feed = 0;
    for (long i = 0; i < n; i += 64) {
        uint64_t valid;
        /* an unfinished C2 at the end is not white space: padded with 'x' */
        const unsigned char *b = jp_text_block(p, i, n, 'x', tail, &valid);
        uint64_t nbsp_start = jp_eq64(b, 0xC2, simd) & jp_eq64(b + 1, 0xA0, simd);
        uint64_t space = jp_eq64(b, ' ', simd) | jp_other_space64(b, simd) | nbsp_start | (nbsp_start << 1) | after_c2;
        after_c2 = nbsp_start >> 63;
        uint64_t ends = ~space & valid;
        uint64_t before = ends ? (ends & (0 - ends)) - 1 : valid;
        if (jp_eq64(b, '\n', simd) & before) *line_feed = 1;
        if (ends) return i + __builtin_ctzll(ends);
    }
    return n;
}

long jp_text_run_scalar(const unsigned char *p, long n) { return text_run(p, n, 0); }

long jp_space_run_scalar(const unsigned char *p, long n, int *line_feed) { return space_run(p, n, line_feed, 0); }

#if JP_HAVE_SSE2
long jp_text_run_sse2(const unsigned char *p, long n) { return text_run(p, n, 1); }

long jp_space_run_sse2(const unsigned char *p, long n, int *line_feed) { return space_run(p, n, line_feed, 1); }
#endif

long jp_text_run(const unsigned char *p, long n) {
#if JP_HAVE_SSE2
    if (__builtin_expect(!jp_scalar_forced, 1)) return jp_text_run_sse2(p, n);
#endif
    return jp_text_run_scalar(p, n);
}

long jp_space_run(const unsigned char *p, long n, int *line_feed) {
#if JP_HAVE_SSE2
    if (__builtin_expect(!jp_scalar_forced, 1)) return jp_space_run_sse2(p, n, line_feed);
#endif
    return jp_space_run_scalar(p, n, line_feed);
}
