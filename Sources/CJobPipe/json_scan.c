/* The JSON string kernels of json_scan.h, each written once with a constant
   `simd` argument and built as _sse2 and _scalar (block64.h). */
#include "json_scan.h"
#include "block64.h"

/* The escaped characters of 64 bytes, given their backslashes: the second
   of each pair in a run, and what follows an odd run (simdjson's add-carry
   trick). *carry comes in and goes out saying whether the block's first
   byte, and then the next block's, is escaped. */
static inline uint64_t jp_escaped64(uint64_t backslashes, uint64_t *carry) {
    const uint64_t even = 0x5555555555555555ULL;
    uint64_t bs = backslashes & ~*carry;
    uint64_t follows = (bs << 1) | *carry;
    uint64_t odd_starts = bs & ~even & ~follows;
    uint64_t even_runs;
    *carry = __builtin_add_overflow(odd_starts, bs, &even_runs);
    return (even ^ (even_runs << 1)) & follows;
}

static inline int jp_hex_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}

/* Four hex digits at p[i..i+4) of p[0..n), or -1. */
static inline long jp_hex4(const unsigned char *p, long i, long n) {
    if (i + 4 > n) return -1;
    long v = 0;
    for (int k = 0; k < 4; k++) {
        int h = jp_hex_value(p[i + k]);
        if (h < 0) return -1;
        v = v << 4 | h;
    }
    return v;
}

/* jp_json_string_end (json_scan.h). */
JP_INLINE long string_end(const unsigned char *p, long n, int simd) {
    uint64_t carry = 0;
    unsigned char tail[64];
    for (long i = 0; i < n; i += 64) {
        const unsigned char *b = p + i;
        uint64_t valid = ~0ULL;
        if (n - i < 64) {
            memset(tail, ' ', 64);
            memcpy(tail, b, (size_t)(n - i));
            b = tail;
            valid = (1ULL << (n - i)) - 1;
        }
        uint64_t quotes = jp_eq64(b, '"', simd), backslashes = jp_eq64(b, '\\', simd);
        uint64_t escaped = jp_escaped64(backslashes, &carry);
        uint64_t ends = quotes & ~escaped & valid;
        uint64_t before = ends ? (ends & (0 - ends)) - 1 : valid;
        if (jp_control64(b, simd) & before) return -1;
        uint64_t other = escaped & ~quotes & ~backslashes & before;
        if (other) {
            uint64_t u = jp_eq64(b, 'u', simd);
            uint64_t letters = u | jp_eq64(b, 'n', simd) | jp_eq64(b, 't', simd) | jp_eq64(b, '/', simd) | jp_eq64(b, 'r', simd)
                | jp_eq64(b, 'b', simd) | jp_eq64(b, 'f', simd);
            if (other & ~letters) return -1;
            for (u &= other; u; u &= u - 1)
                if (jp_hex4(p, i + __builtin_ctzll(u) + 1, n) < 0) return -1;
        }
        if (ends) return i + __builtin_ctzll(ends);
    }
    return -1;
}

/* Decodes the escape whose backslash is at p[i] into out + *o; returns where
   the bytes after it start. A \u escape becomes UTF-8, a pair of them one
   4-byte character, a lone or broken one U+FFFD. */
static inline long jp_unescape_one(const unsigned char *p, long i, long n, unsigned char *out, long *o) {
    if (i + 1 >= n) { out[(*o)++] = p[i]; return i + 1; }
    unsigned char e = p[i + 1];
    i += 2;
    switch (e) {
    case 'b': out[(*o)++] = 0x08; return i;
    case 'f': out[(*o)++] = 0x0C; return i;
    case 'n': out[(*o)++] = 0x0A; return i;
    case 'r': out[(*o)++] = 0x0D; return i;
    case 't': out[(*o)++] = 0x09; return i;
    case 'u': break;
    default: out[(*o)++] = e; return i;
    }
    long v = jp_hex4(p, i, n);
    if (v < 0) v = 0xFFFD;
    i += 4;
    if (v >= 0xD800 && v < 0xDC00) {
        long low = (i + 6 <= n && p[i] == '\\' && p[i + 1] == 'u') ? jp_hex4(p, i + 2, n) : -1;
        if (low >= 0xDC00 && low < 0xE000) {
            v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
        } else {
            v = 0xFFFD;
        }
    } else if (v >= 0xDC00 && v < 0xE000) {
        v = 0xFFFD;
    }
    unsigned char *d = out + *o;
    if (v < 0x80) {
        d[0] = (unsigned char)v; *o += 1;
    } else if (v < 0x800) {
        d[0] = (unsigned char)(0xC0 | v >> 6); d[1] = (unsigned char)(0x80 | (v & 0x3F)); *o += 2;
    } else if (v < 0x10000) {
        d[0] = (unsigned char)(0xE0 | v >> 12); d[1] = (unsigned char)(0x80 | (v >> 6 & 0x3F));
        d[2] = (unsigned char)(0x80 | (v & 0x3F)); *o += 3;
    } else {
        d[0] = (unsigned char)(0xF0 | v >> 18); d[1] = (unsigned char)(0x80 | (v >> 12 & 0x3F));
        d[2] = (unsigned char)(0x80 | (v >> 6 & 0x3F)); d[3] = (unsigned char)(0x80 | (v & 0x3F)); *o += 4;
    }
    return i;
}

/* What a two-byte escape stands for, by its second byte (the byte itself
   for \" \\ \/, and for anything a checked string cannot hold). */
static inline unsigned char jp_escape_char(unsigned char e) {
    static const unsigned char table[256] = {
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
        29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55,
        56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 0x08, 99, 100, 101, 0x0C, 103, 104, 105, 106,
        107, 108, 109, 0x0A, 111, 112, 113, 0x0D, 115, 0x09, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
        128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148,
        149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169,
        170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190,
        191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211,
        212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232,
        233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253,
        254, 255};
    return table[e];
}

/* Copies len bytes 32 at a time: reads and writes up to 31 bytes past. */
static inline void jp_copy_over(unsigned char *out, const unsigned char *from, long len) {
    long j = 0;
    do {
        memcpy(out + j, from + j, 16);
        memcpy(out + j + 16, from + j + 16, 16);
        j += 32;
    } while (j < len);
}

/* jp_json_unescape (json_scan.h). Each block of 64 bytes is copied between
   its escapes, found from the block's masks. */
JP_INLINE long unescape(const unsigned char *p, long n, unsigned char *out, int *ascii, int simd) {
    long i = 0, o = 0;
    uint64_t high = 0;
    unsigned char tailHigh = 0;
    /* 96: a block and the 32 bytes jp_copy_over may touch past it */
    while (n - i >= 96) {
        /* i is never inside an escape, so the block's first byte is not escaped */
        const unsigned char *b = p + i;
        uint64_t carry = 0;
        uint64_t backslashes = jp_eq64(b, '\\', simd);
        high |= jp_high64(b, simd);
        uint64_t starts = backslashes & ~jp_escaped64(backslashes, &carry);
        long seg = 0;
        while (starts) {
            long k = __builtin_ctzll(starts);
            jp_copy_over(out + o, b + seg, k - seg);
            o += k - seg;
            unsigned char e = b[k + 1];  /* inside p: a block and 32 bytes are left */
            if (__builtin_expect(e != 'u', 1)) {
                out[o++] = jp_escape_char(e);
                seg = k + 2;
            } else {
                seg = jp_unescape_one(p, i + k, n, out, &o) - i;
            }
            if (seg >= 64) break;
            starts &= ~0ULL << seg;
        }
        if (seg < 64) {
            jp_copy_over(out + o, b + seg, 64 - seg);
            o += 64 - seg;
            seg = 64;
        }
        i += seg;
    }
    while (i < n) {
        unsigned char c = p[i];
        if (c != '\\') { out[o++] = c; tailHigh |= c; i++; continue; }
        i = jp_unescape_one(p, i, n, out, &o);
    }
    *ascii = high == 0 && tailHigh < 0x80;
    return o;
}

long jp_json_string_end_scalar(const unsigned char *p, long n) { return string_end(p, n, 0); }

long jp_json_unescape_scalar(const unsigned char *p, long n, unsigned char *out, int *ascii) {
    return unescape(p, n, out, ascii, 0);
}

#if JP_HAVE_SSE2
long jp_json_string_end_sse2(const unsigned char *p, long n) { return string_end(p, n, 1); }

long jp_json_unescape_sse2(const unsigned char *p, long n, unsigned char *out, int *ascii) {
    return unescape(p, n, out, ascii, 1);
}
#endif

long jp_json_string_end(const unsigned char *p, long n) {
#if JP_HAVE_SSE2
    if (__builtin_expect(!jp_scalar_forced, 1)) return jp_json_string_end_sse2(p, n);
#endif
    return jp_json_string_end_scalar(p, n);
}

long jp_json_unescape(const unsigned char *p, long n, unsigned char *out, int *ascii) {
#if JP_HAVE_SSE2
    if (__builtin_expect(!jp_scalar_forced, 1)) return jp_json_unescape_sse2(p, n, out, ascii);
#endif
    return jp_json_unescape_scalar(p, n, out, ascii);
}
