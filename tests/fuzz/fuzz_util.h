/*
 * fuzz_util.h - invariants shared by the libFuzzer targets.
 *
 * A failed invariant calls abort(), which libFuzzer reports as a crash and
 * saves the input.  The checks are written independently of the library's
 * own UTF-8 code so that a bug there cannot hide itself.
 */
#ifndef JX_FUZZ_UTIL_H
#define JX_FUZZ_UTIL_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jixiao/jixiao.h"

#define FUZZ_ASSERT(cond) do { if (!(cond)) abort(); } while (0)

/* Strict UTF-8 check of s[0..n) (no overlong forms, no surrogates). */
static inline int fuzz_utf8_ok(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = u[i];
        size_t k;
        uint32_t cp, min;
        if (c < 0x80) { i++; continue; }
        if ((c & 0xE0) == 0xC0) { k = 2; cp = c & 0x1F; min = 0x80; }
        else if ((c & 0xF0) == 0xE0) { k = 3; cp = c & 0x0F; min = 0x800; }
        else if ((c & 0xF8) == 0xF0) { k = 4; cp = c & 0x07; min = 0x10000; }
        else return 0;
        if (i + k > n) return 0;
        for (size_t j = 1; j < k; j++) {
            if ((u[i + j] & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (u[i + j] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += k;
    }
    return 1;
}

/* A NUL within buf[0..cap) and valid UTF-8 before it. */
static inline void fuzz_check_cstr(const char *buf, size_t cap)
{
    const char *nul = memchr(buf, '\0', cap);
    FUZZ_ASSERT(nul != NULL);
    FUZZ_ASSERT(fuzz_utf8_ok(buf, (size_t)(nul - buf)));
}

/* A diag after a call that returned `e`: consistent and printable. */
static inline void fuzz_check_diag(const jx_diag *d, jx_err e, size_t len)
{
    char msg[512];
    FUZZ_ASSERT((unsigned)e < JX_ERR__COUNT);
    fuzz_check_cstr(d->text, sizeof d->text);
    fuzz_check_cstr(d->at, sizeof d->at);
    FUZZ_ASSERT(d->offset <= len);
    if (e != JX_OK) FUZZ_ASSERT(d->code == e);
    for (int lang = 0; lang < 2; lang++) {
        size_t n = jx_diag_format(d, (jx_lang)lang, msg, sizeof msg);
        FUZZ_ASSERT(n < sizeof msg && msg[n] == '\0' && strlen(msg) == n);
        FUZZ_ASSERT(fuzz_utf8_ok(msg, n));
        n = jx_diag_format(d, (jx_lang)lang, msg, 7);   /* a cut message */
        FUZZ_ASSERT(n < 7 && fuzz_utf8_ok(msg, n));
    }
    FUZZ_ASSERT(jx_strerror(e, JX_LANG_ZH) != NULL);
}

/* A score from a call that returned JX_OK: finite, within [0, points]. */
static inline void fuzz_check_score(double s, double points)
{
    FUZZ_ASSERT(isfinite(s));
    FUZZ_ASSERT(s >= 0.0 && s <= points);
}

/*
 * The same text typed with a Chinese input method in full-width mode:
 * printable ASCII -> U+FF01..U+FF5E, space -> U+3000.  A parser must read
 * it exactly as the ASCII text.  Returns the new length, or 0 when s is
 * not valid UTF-8 or the result does not fit in cap.
 */
static inline size_t fuzz_widen(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    if (!fuzz_utf8_ok(s, n)) return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x21 && c <= 0x7E) {
            unsigned cp = 0xFF01u + (c - 0x21u);
            if (o + 3 > cap) return 0;
            out[o++] = (char)(0xE0 | (cp >> 12));
            out[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (cp & 0x3F));
        } else if (c == ' ') {
            if (o + 3 > cap) return 0;
            memcpy(out + o, "\xE3\x80\x80", 3);
            o += 3;
        } else {
            if (o + 1 > cap) return 0;
            out[o++] = (char)c;
        }
    }
    return o;
}

/* Split data at its first NUL byte into two texts (b empty if none). */
static inline void fuzz_split(const uint8_t *data, size_t size,
                              const char **a, size_t *alen,
                              const char **b, size_t *blen)
{
    const uint8_t *nul = memchr(data, 0, size);
    *a = (const char *)data;
    if (nul == NULL) {
        *alen = size;
        *b = (const char *)data + size;
        *blen = 0;
        return;
    }
    *alen = (size_t)(nul - data);
    *b = (const char *)nul + 1;
    *blen = size - *alen - 1;
}

#endif
