#ifndef JOBPIPE_BLOCK64_H
#define JOBPIPE_BLOCK64_H
/* Masks of 64 bytes at a time, the building blocks of json_scan.c and
   text_scan.c, in two ways: SSE2 where the compiler targets it (every
   x86-64), and plain C, which every build compiles as well. Each kernel is
   written once, as an always-inlined function with a constant `simd`
   argument, and instantiated twice: NAME_sse2 (simd = 1, x86-64 only) and
   NAME_scalar (simd = 0). NAME itself takes the SSE2 one unless
   JOBPIPE_SCALAR is set (see scan_mode.c). */
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#define JP_HAVE_SSE2 1
#else
#define JP_HAVE_SSE2 0
#endif

#define JP_INLINE static inline __attribute__((always_inline))

/* Set when the whole run is to take the scalar kernels (scan_mode.c). */
extern int jp_scalar_forced;

/* Bit i set where byte i of the 64 at p is c. */
JP_INLINE uint64_t jp_eq64(const unsigned char *p, unsigned char c, int simd) {
    (void)simd;
#if JP_HAVE_SSE2
    if (simd) {
        const __m128i v = _mm_set1_epi8((char)c);
        uint64_t m = 0;
        for (int k = 0; k < 4; k++) {
            __m128i x = _mm_loadu_si128((const __m128i *)(p + 16 * k));
            m |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(x, v)) << (16 * k);
        }
        return m;
    }
#endif
    uint64_t m = 0;
    for (int i = 0; i < 64; i++) m |= (uint64_t)(p[i] == c) << i;
    return m;
}

/* Bit i set where byte i of the 64 at p is below 0x20. */
JP_INLINE uint64_t jp_control64(const unsigned char *p, int simd) {
    (void)simd;
#if JP_HAVE_SSE2
    if (simd) {
        const __m128i limit = _mm_set1_epi8(0x1F);
        uint64_t m = 0;
        for (int k = 0; k < 4; k++) {
            __m128i x = _mm_loadu_si128((const __m128i *)(p + 16 * k));
            m |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(x, limit), x)) << (16 * k);
        }
        return m;
    }
#endif
    uint64_t m = 0;
    for (int i = 0; i < 64; i++) m |= (uint64_t)(p[i] < 0x20) << i;
    return m;
}

/* Bit i set where byte i of the 64 at p is 0x80 or above. */
JP_INLINE uint64_t jp_high64(const unsigned char *p, int simd) {
    (void)simd;
#if JP_HAVE_SSE2
    if (simd) {
        uint64_t m = 0;
        for (int k = 0; k < 4; k++)
            m |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * k))) << (16 * k);
        return m;
    }
#endif
    uint64_t m = 0;
    for (int i = 0; i < 64; i++) m |= (uint64_t)(p[i] >> 7) << i;
    return m;
}
#endif
