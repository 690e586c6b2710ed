/*
 * text.c - UTF-8, folding of full-width and look-alike characters, and
 * number scanning for the parsers (see text.h).
 */
#include "text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- UTF-8 ------------------------------------------------------------ */

static int is_cont(unsigned char b) { return (b & 0xC0u) == 0x80u; }

size_t jx_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned char b0 = s[0];
    if (b0 < 0x80u) {
        *cp = b0;
        return 1;
    }
    /* The second byte's range is narrowed for the lead bytes that could
     * otherwise start an overlong form (E0, F0), a surrogate (ED) or a
     * value above U+10FFFF (F4). */
    unsigned char lo = 0x80u, hi = 0xBFu;
    size_t need;
    uint32_t v;
    if (b0 >= 0xC2u && b0 <= 0xDFu) {
        need = 2; v = b0 & 0x1Fu;
    } else if (b0 >= 0xE0u && b0 <= 0xEFu) {
        need = 3; v = b0 & 0x0Fu;
        if (b0 == 0xE0u) lo = 0xA0u;
        if (b0 == 0xEDu) hi = 0x9Fu;
    } else if (b0 >= 0xF0u && b0 <= 0xF4u) {
        need = 4; v = b0 & 0x07u;
        if (b0 == 0xF0u) lo = 0x90u;
        if (b0 == 0xF4u) hi = 0x8Fu;
    } else {
        return 0;
    }
    if (n < need) return 0;
    if (s[1] < lo || s[1] > hi) return 0;
    v = (v << 6) | (s[1] & 0x3Fu);
    for (size_t i = 2; i < need; i++) {
        if (!is_cont(s[i])) return 0;
        v = (v << 6) | (s[i] & 0x3Fu);
    }
    *cp = v;
    return need;
}

size_t jx_utf8_check(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        if (u[i] < 0x80u) {        /* ASCII runs are the common case */
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = jx_utf8_decode(u + i, n - i, &cp);
        if (k == 0) return i;
        i += k;
    }
    return n;
}

size_t jx_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80u) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800u) {
        o[0] = (unsigned char)(0xC0u | (cp >> 6));
        o[1] = (unsigned char)(0x80u | (cp & 0x3Fu));
        return 2;
    }
    if (cp < 0x10000u) {
        o[0] = (unsigned char)(0xE0u | (cp >> 12));
        o[1] = (unsigned char)(0x80u | ((cp >> 6) & 0x3Fu));
        o[2] = (unsigned char)(0x80u | (cp & 0x3Fu));
        return 3;
    }
    o[0] = (unsigned char)(0xF0u | (cp >> 18));
    o[1] = (unsigned char)(0x80u | ((cp >> 12) & 0x3Fu));
    o[2] = (unsigned char)(0x80u | ((cp >> 6) & 0x3Fu));
    o[3] = (unsigned char)(0x80u | (cp & 0x3Fu));
    return 4;
}

/* --- Folding ---------------------------------------------------------- */

uint32_t jx_fold(uint32_t cp)
{
    if (cp < 0x80u) {
        if (cp == '\t' || cp == '\n' || cp == '\r') return ' ';
        return cp;
    }
    if (cp >= 0xFF01u && cp <= 0xFF5Eu) return cp - 0xFEE0u;
    switch (cp) {
    case 0x00A0u: case 0x3000u: case 0x200Bu: case 0xFEFFu:
    case 0x2002u: case 0x2003u: case 0x2009u: case 0x202Fu:
        return ' ';
    case 0x2267u: case 0x2A7Eu:           /* ≧ ⩾ */
        return JX_CP_GE;
    case 0x2266u: case 0x2A7Du:           /* ≦ ⩽ */
        return JX_CP_LE;
    case 0x2550u:                         /* ═ typed as an equals sign */
        return '=';
    case 0x2212u:                         /* − minus sign */
        return '-';
    default:
        return cp;
    }
}

/* --- Cursor ----------------------------------------------------------- */

static uint32_t raw_at(const char *s, size_t pos, size_t end, size_t *len)
{
    const unsigned char *u = (const unsigned char *)s + pos;
    if (u[0] < 0x80u) {
        *len = 1;
        return u[0];
    }
    uint32_t cp;
    size_t k = jx_utf8_decode(u, end - pos, &cp);
    if (k == 0) {
        *len = 1;
        return 0xFFFDu;
    }
    *len = k;
    return cp;
}

uint32_t jx_cur_peek(const jx_cur *c, size_t *len)
{
    if (c->pos >= c->end) {
        *len = 0;
        return 0;
    }
    return jx_fold(raw_at(c->s, c->pos, c->end, len));
}

uint32_t jx_cur_next(jx_cur *c)
{
    size_t k;
    uint32_t cp = jx_cur_peek(c, &k);
    c->pos += k;
    return cp;
}

void jx_cur_skip_space(jx_cur *c)
{
    size_t k;
    while (c->pos < c->end && jx_is_space(jx_cur_peek(c, &k)))
        c->pos += k;
}

static uint32_t lower_ascii(uint32_t cp)
{
    return (cp >= 'A' && cp <= 'Z') ? cp + ('a' - 'A') : cp;
}

/* Lead bytes of U+4000..U+9FFF, the CJK ideographs keywords are made of. */
static int is_cjk_lead(unsigned char b) { return b >= 0xE4u && b <= 0xE9u; }

/* Past the blanks (space, tab, line breaks, U+3000) at pos. */
static size_t skip_blanks(const char *s, size_t pos, size_t end)
{
    for (;;) {
        if (pos < end && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r'))
            pos++;
        else if (end - pos >= 3 && memcmp(s + pos, "\xE3\x80\x80", 3) == 0)
            pos += 3;
        else
            return pos;
    }
}

int jx_cur_word(jx_cur *c, const char *word)
{
    size_t wlen = strlen(word), wi = 0, pos = c->pos;
    while (wi < wlen) {
        if (pos >= c->end) return 0;
        /* Fast path: no character folds to or from an ideograph, so an
         * ideograph in the word matches only its own three bytes.  Most
         * keyword tests fail right here, on the first byte. */
        if (is_cjk_lead((unsigned char)word[wi])) {
            if (c->end - pos < 3 || memcmp(c->s + pos, word + wi, 3) != 0)
                return 0;
            wi += 3;
            pos += 3;
            /* A blank between two ideographs of a word is a line the PDF
             * wrapped or a typesetter's gap: "每少一个百分 点", "实\n际支出". */
            if (!c->exact && wi < wlen && is_cjk_lead((unsigned char)word[wi]))
                pos = skip_blanks(c->s, pos, c->end);
            continue;
        }
        size_t wk, tk;
        uint32_t w = jx_fold(raw_at(word, wi, wlen, &wk));
        uint32_t t = jx_fold(raw_at(c->s, pos, c->end, &tk));
        if (lower_ascii(w) != lower_ascii(t)) return 0;
        wi += wk;
        pos += tk;
    }
    c->pos = pos;
    return 1;
}

/* Start of the character that ends just before `end` (end > start). */
static size_t char_before(const char *s, size_t start, size_t end)
{
    size_t p = end - 1;
    while (p > start && end - p < 4 && is_cont((unsigned char)s[p])) p--;
    return p;
}

void jx_trim(const char *s, size_t *start, size_t *end)
{
    jx_cur c;
    jx_cur_init(&c, s, *start, *end);
    jx_cur_skip_space(&c);
    size_t b = c.pos, e = *end;
    while (e > b) {
        size_t p = char_before(s, b, e), k;
        if (!jx_is_space(jx_fold(raw_at(s, p, e, &k))) || p + k != e) break;
        e = p;
    }
    *start = b;
    *end = e;
}

jx_err jx_text_check(const char *text, size_t len, jx_diag *diag)
{
    if (text == NULL || len == 0)
        return jx_diag_set(diag, JX_ERR_EMPTY, NULL, 0, 0);
    if (len > JX_TEXT_MAX)
        return jx_diag_set(diag, JX_ERR_TOO_LONG, text, len, JX_TEXT_MAX);
    size_t bad = jx_utf8_check(text, len);
    if (bad < len)
        return jx_diag_set(diag, JX_ERR_ENCODING, text, len, bad);
    size_t b = 0, e = len;
    jx_trim(text, &b, &e);
    if (b == e)
        return jx_diag_set(diag, JX_ERR_EMPTY, text, len, 0);
    return JX_OK;
}

/* --- Numbers ---------------------------------------------------------- */

/* Digits that fit in a uint64_t without overflow. */
#define MANT_DIGITS 19

static void add_digit(jx_num *n, unsigned d, int frac)
{
    if (n->nsig == 0 && d == 0) {      /* leading zero: no significance */
        if (frac) n->exp10--;
        return;
    }
    if (n->nsig < MANT_DIGITS) {
        n->mant = n->mant * 10u + d;
        if (frac) n->exp10--;
    } else if (!frac) {
        n->exp10++;                     /* dropped integer digit */
    }
    n->nsig++;
}

/* Is the text at pos a run of exactly three digits not followed by a digit? */
static int group_of_three(const jx_cur *c)
{
    jx_cur t = *c;
    for (int i = 0; i < 3; i++)
        if (!jx_is_digit(jx_cur_next(&t))) return 0;
    size_t k;
    return !jx_is_digit(jx_cur_peek(&t, &k));
}

int jx_scan_number(jx_cur *c, unsigned flags, jx_num *out, size_t *bad)
{
    jx_cur t = *c;
    jx_num n = { 0, 0, 0, c->pos, c->pos };
    size_t k, glen = 0, ndig = 0;
    int groups = 0, first_zero = 0;
    uint32_t cp = jx_cur_peek(&t, &k);

    if (!jx_is_digit(cp)) {
        *bad = c->pos;
        return 0;
    }
    first_zero = (cp == '0');
    for (;;) {
        cp = jx_cur_peek(&t, &k);
        if (jx_is_digit(cp)) {
            add_digit(&n, cp - '0', 0);
            glen++;
            ndig++;
            t.pos += k;
            continue;
        }
        if (cp != ',' || !(flags & JX_NUM_GROUPS)) break;
        jx_cur after = t;
        after.pos += k;
        size_t k2;
        if (!jx_is_digit(jx_cur_peek(&after, &k2))) break; /* "95," ends here */
        /* "1,234,567": a first group of 1-3 digits (not "0,5", a decimal
         * comma), then groups of exactly three. */
        if ((groups == 0 && (glen > 3 || first_zero)) ||
            (groups > 0 && glen != 3) || !group_of_three(&after)) {
            *bad = t.pos;
            return 0;
        }
        t = after;
        groups++;
        glen = 0;
    }
    if (cp == '.') {
        size_t point = t.pos;
        t.pos += k;
        if (!jx_is_digit(jx_cur_peek(&t, &k))) {
            *bad = point;
            return 0;
        }
        while (jx_is_digit(cp = jx_cur_peek(&t, &k))) {
            add_digit(&n, cp - '0', 1);
            ndig++;
            t.pos += k;
        }
    }
    if (ndig > JX_NUM_DIGITS_MAX) {
        *bad = c->pos;
        return 0;
    }
    n.end = t.pos;
    *out = n;
    c->pos = t.pos;
    return 1;
}

/* Exact powers of ten as doubles (10^22 is the largest exact one). */
static const double pow10_exact[23] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

/*
 * Slow path for more than 15 significant digits: hand the digits to strtod
 * as "DIGITSeEXP".  No decimal point is written, so the C library's locale
 * (LC_NUMERIC of the office process) cannot change the result.
 */
static double slow_value(const jx_num *num, const char *s, int shift, int *ok)
{
    char buf[JX_NUM_DIGITS_MAX + 16];
    size_t o = 0;
    int nfrac = 0, seen_point = 0;
    jx_cur t;
    jx_cur_init(&t, s, num->start, num->end);
    while (!jx_cur_eof(&t)) {
        uint32_t cp = jx_cur_next(&t);
        if (jx_is_digit(cp)) {
            buf[o++] = (char)cp;
            nfrac += seen_point;
        } else if (cp == '.') {
            seen_point = 1;
        }
    }
    long e = (long)shift - nfrac;
    snprintf(buf + o, sizeof buf - o, "e%ld", e);
    double v = strtod(buf, NULL);
    *ok = isfinite(v);
    return *ok ? v : 0.0;
}

double jx_num_value(const jx_num *num, const char *s, int shift, int *ok)
{
    *ok = 1;
    if (num->nsig == 0) return 0.0;
    long e = (long)num->exp10 + shift;
    /* Exact mantissa and exact power of ten: one rounding, so the result
     * is the double nearest to the decimal value (Clinger's fast path). */
    if (num->nsig <= 15 && e >= -22 && e <= 22) {
        double m = (double)num->mant;
        return e >= 0 ? m * pow10_exact[e] : m / pow10_exact[-e];
    }
    return slow_value(num, s, shift, ok);
}
