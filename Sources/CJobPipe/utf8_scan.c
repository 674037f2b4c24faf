/* The UTF-8 check of utf8_scan.h, written once with a constant `simd`
   argument and built as _sse2 and _scalar (block64.h). */
#include "utf8_scan.h"
#include "block64.h"

/* The length of the well-formed sequence at p[i] (p[i] >= 0x80), or 0. */
static inline long jp_utf8_sequence(const unsigned char *p, long i, long n) {
    unsigned char b = p[i], low = 0x80, high = 0xBF;
    long length;
    if (b >= 0xC2 && b <= 0xDF) length = 2;
    else if (b == 0xE0) { length = 3; low = 0xA0; }
    else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) length = 3;
    else if (b == 0xED) { length = 3; high = 0x9F; }
    else if (b == 0xF0) { length = 4; low = 0x90; }
    else if (b >= 0xF1 && b <= 0xF3) length = 4;
    else if (b == 0xF4) { length = 4; high = 0x8F; }
    else return 0;
    if (i + length > n || p[i + 1] < low || p[i + 1] > high) return 0;
    for (long k = 2; k < length; k++)
        if ((p[i + k] & 0xC0) != 0x80) return 0;
    return length;
}

/* Whether any of the 64 bytes at p is 0x80 or above: one test for the block. */
JP_INLINE int jp_any_high64(const unsigned char *p, int simd) {
    (void)simd;
#if JP_HAVE_SSE2
    if (simd) {
        __m128i a = _mm_or_si128(_mm_loadu_si128((const __m128i *)p), _mm_loadu_si128((const __m128i *)(p + 16)));
        __m128i b = _mm_or_si128(_mm_loadu_si128((const __m128i *)(p + 32)), _mm_loadu_si128((const __m128i *)(p + 48)));
        return _mm_movemask_epi8(_mm_or_si128(a, b)) != 0;
    }
#endif
    uint64_t w[8];
    memcpy(w, p, 64);
    return ((w[0] | w[1] | w[2] | w[3] | w[4] | w[5] | w[6] | w[7]) & 0x8080808080808080ULL) != 0;
}

/* jp_utf8_invalid (utf8_scan.h): ASCII 64 bytes at a time, each other
   character on its own. */
JP_INLINE long utf8_invalid(const unsigned char *p, long n, int simd) {
    long i = 0;
    while (i < n) {
        if (n - i >= 64) {
            if (!jp_any_high64(p + i, simd)) { i += 64; continue; }
            i += __builtin_ctzll(jp_high64(p + i, simd));
        } else if (p[i] < 0x80) {
            i++;
            continue;
        }
        long length = jp_utf8_sequence(p, i, n);
        if (!length) return i;
        i += length;
    }
    return -1;
}

long jp_utf8_invalid_scalar(const unsigned char *p, long n) { return utf8_invalid(p, n, 0); }

#if JP_HAVE_SSE2
long jp_utf8_invalid_sse2(const unsigned char *p, long n) { return utf8_invalid(p, n, 1); }
#endif

long jp_utf8_invalid(const unsigned char *p, long n) {
#if JP_HAVE_SSE2
    if (__builtin_expect(!jp_scalar_forced, 1)) return jp_utf8_invalid_sse2(p, n);
#endif
    return jp_utf8_invalid_scalar(p, n);
}
