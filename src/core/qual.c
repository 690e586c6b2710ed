/*
 * qual.c - qualitative indicators (定性指标) scored by tiers: the national
 * and Hubei schemes, scheme texts, level lookup, score and tier check.
 */
#include "text.h"
#include "jixiao/qual.h"
#include "jixiao/round.h"

#include <math.h>
#include <string.h>

/* --- Built-in schemes ------------------------------------------------- */

static const char *const national_labels[3][JX_ALIASES_MAX] = {
    { "达成年度指标", "达成", "完成", "全部达成", "全部完成", NULL },
    { "部分达成年度指标并具有一定效果", "部分达成", "部分完成", "基本达成",
      "基本完成", NULL },
    { "未达成年度指标且效果较差", "未达成", "未完成", NULL },
};

static void set_tier(jx_tier *t, const char *const *labels, double lo,
                     double hi)
{
    memset(t, 0, sizeof *t);
    for (int i = 0; i < JX_ALIASES_MAX && labels[i]; i++) {
        strcpy(t->alias[i], labels[i]);
        t->naliases++;
    }
    t->lo = lo;
    t->hi = hi;
}

static void three_tiers(jx_scheme *out, double cut_hi, double cut_lo)
{
    memset(out, 0, sizeof *out);
    out->n = 3;
    set_tier(&out->tier[0], national_labels[0], cut_hi, 1.0);
    set_tier(&out->tier[1], national_labels[1], cut_lo, cut_hi);
    set_tier(&out->tier[2], national_labels[2], 0.0, cut_lo);
}

void jx_scheme_national(jx_scheme *out) { three_tiers(out, 0.8, 0.6); }

void jx_scheme_hubei(jx_scheme *out) { three_tiers(out, 0.8, 0.5); }

/* --- Labels ----------------------------------------------------------- */

/* Punctuation around a level ("“达成”。", "【达成】") is not part of it. */
static int is_punct(uint32_t cp)
{
    if (cp < 0x80u)
        return (cp >= '!' && cp <= '/') || (cp >= ':' && cp <= '@') ||
               (cp >= '[' && cp <= '`') || (cp >= '{' && cp <= '~');
    return (cp >= 0x3001u && cp <= 0x3011u) ||     /* 、。〃…《》「」【】 */
           (cp >= 0x3014u && cp <= 0x301Fu) ||     /* 〔〕〖〗 〝〞 */
           (cp >= 0x2010u && cp <= 0x2027u) ||     /* dashes, quotes, … */
           cp == 0x00B7u || cp == 0x30FBu;         /* middle dots */
}

/*
 * Normalise a label or level s[start..end) into out[0..cap): folded
 * (full-width -> ASCII), spaces removed, punctuation at either end
 * dropped.  Returns the length, or cap when it does not fit (cap > 0).
 */
static size_t normalise(const char *s, size_t start, size_t end, char *out,
                        size_t cap)
{
    size_t n = 0, last_keep = 0, k;
    jx_cur c;
    jx_cur_init(&c, s, start, end);
    while (!jx_cur_eof(&c)) {
        uint32_t cp = jx_cur_peek(&c, &k);
        c.pos += k;
        if (jx_is_space(cp)) continue;
        if (n == 0 && is_punct(cp)) continue;        /* leading */
        char enc[4];
        size_t m = jx_utf8_encode(cp, enc);
        if (n + m >= cap) return cap;
        memcpy(out + n, enc, m);
        n += m;
        if (!is_punct(cp)) last_keep = n;            /* trailing dropped below */
    }
    out[last_keep] = '\0';
    return last_keep;
}

/* Equal, ASCII letters compared without case. */
static int label_equal(const char *a, const char *b)
{
    for (;; a++, b++) {
        unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z') x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (unsigned char)(y + 32);
        if (x != y) return 0;
        if (x == '\0') return 1;
    }
}

/* A hand-built scheme may be garbage: never read past its arrays. */
static int scheme_ok(const jx_scheme *s)
{
    if (!s || s->n < 1 || s->n > JX_TIERS_MAX) return 0;
    for (int i = 0; i < s->n; i++) {
        const jx_tier *t = &s->tier[i];
        if (t->naliases < 0 || t->naliases > JX_ALIASES_MAX) return 0;
        /* Terminated labels: the last byte is NUL for any label built by
         * this library, so the scan runs only for a hand-filled buffer
         * (QUALSCORE checks the scheme on every call). */
        for (int j = 0; j < t->naliases; j++)
            if (t->alias[j][JX_LABEL_MAX] != '\0' &&
                !memchr(t->alias[j], '\0', sizeof t->alias[j])) return 0;
        if (!isfinite(t->lo) || !isfinite(t->hi) || t->lo < 0.0 ||
            t->hi > 1.0 || t->lo > t->hi)
            return 0;
    }
    return 1;
}

/* Index of the tier with an alias equal to the normalised `label`, or -1. */
static int tier_of(const jx_scheme *s, const char *label)
{
    for (int i = 0; i < s->n; i++)
        for (int j = 0; j < s->tier[i].naliases; j++)
            if (label_equal(s->tier[i].alias[j], label)) return i;
    return -1;
}

/*
 * Index of the tier with an alias byte-equal to level[0..len), or -1.  The
 * level is almost always typed (or picked from a list) exactly as a label:
 * matching it before decoding and normalising makes QUALSCORE over a whole
 * sheet cheap.  A byte-equal alias is also what the normalised comparison
 * would find, so the answer is the same.
 */
static int tier_exact(const jx_scheme *s, const char *level, size_t len)
{
    if (level == NULL || len == 0 || len > JX_LABEL_MAX) return -1;
    for (int i = 0; i < s->n; i++)
        for (int j = 0; j < s->tier[i].naliases; j++) {
            const char *a = s->tier[i].alias[j];
            if (a[len] == '\0' && memcmp(a, level, len) == 0) return i;
        }
    return -1;
}

/* --- Scheme text ------------------------------------------------------ */

/* Does s[start..end) hold exactly `word` (after trimming)? */
static int whole_word(const char *s, size_t start, size_t end,
                      const char *word)
{
    jx_trim(s, &start, &end);
    jx_cur c;
    jx_cur_init(&c, s, start, end);
    return jx_cur_word(&c, word) && jx_cur_eof(&c);
}

static int builtin_scheme(const char *s, size_t len, jx_scheme *out)
{
    static const char *const national[] = { "national", "国家", "全国" };
    static const char *const hubei[] = { "hubei", "湖北" };
    for (size_t i = 0; i < 3; i++)
        if (whole_word(s, 0, len, national[i])) {
            jx_scheme_national(out);
            return 1;
        }
    for (size_t i = 0; i < 2; i++)
        if (whole_word(s, 0, len, hubei[i])) {
            jx_scheme_hubei(out);
            return 1;
        }
    return 0;
}

/* Offset of the first folded `sep` (or raw newline when nl) in [start, end). */
static size_t find_sep(const char *s, size_t start, size_t end, uint32_t sep,
                       int nl)
{
    jx_cur c;
    jx_cur_init(&c, s, start, end);
    while (!jx_cur_eof(&c)) {
        size_t k, at = c.pos;
        if (nl && s[at] == '\n') return at;
        if (jx_cur_peek(&c, &k) == sep) return at;
        c.pos += k;
    }
    return end;
}

/* Range dashes: "60%-80%", "60%～80%", "60%—80%". */
static int scan_dash(jx_cur *c)
{
    size_t k;
    uint32_t cp = jx_cur_peek(c, &k);
    if (cp == '-' || cp == '~' || cp == 0x2013u || cp == 0x2014u) {
        c->pos += k;
        if (cp == 0x2014u && jx_cur_peek(c, &k) == 0x2014u) c->pos += k;
        return 1;
    }
    return 0;
}

/* A fraction "0.5" or a percent "50%" at the cursor. */
static jx_err scan_fraction(const char *s, size_t len, jx_cur *c, double *v,
                            jx_diag *diag)
{
    jx_num num;
    size_t bad, k;
    jx_cur_skip_space(c);
    if (!jx_scan_number(c, 0, &num, &bad))
        return jx_diag_set(diag, JX_ERR_SCHEME_SYNTAX, s, len, bad);
    jx_cur_skip_space(c);
    int shift = 0;
    if (jx_cur_peek(c, &k) == '%') {
        c->pos += k;
        shift = -2;
    }
    int ok;
    double x = jx_num_value(&num, s, shift, &ok);
    if (!ok || x > 1.0)
        return jx_diag_set(diag, JX_ERR_RANGE, s, len, num.start);
    *v = x;
    jx_cur_skip_space(c);
    return JX_OK;
}

/* VALUE := fraction [dash fraction] over s[start..end). */
static jx_err parse_value(const char *s, size_t len, size_t start, size_t end,
                          jx_tier *t, jx_diag *diag)
{
    jx_cur c;
    jx_cur_init(&c, s, start, end);
    double lo, hi;
    jx_err e = scan_fraction(s, len, &c, &lo, diag);
    if (e != JX_OK) return e;
    hi = lo;
    if (scan_dash(&c)) {
        size_t hi_at = c.pos;
        e = scan_fraction(s, len, &c, &hi, diag);
        if (e != JX_OK) return e;
        if (lo > hi)
            return jx_diag_set(diag, JX_ERR_RANGE, s, len, hi_at);
    }
    if (!jx_cur_eof(&c))
        return jx_diag_set(diag, JX_ERR_SCHEME_SYNTAX, s, len, c.pos);
    t->lo = lo;
    t->hi = hi;
    return JX_OK;
}

/* Offset just past the (folded ASCII) character at `at`. */
static size_t after_char(const char *s, size_t at, size_t end)
{
    size_t k;
    jx_cur c;
    jx_cur_init(&c, s, at, end);
    jx_cur_peek(&c, &k);
    return at + k;
}

/* LABEL := alias ('/' | '|') alias ... over s[start..end). */
static jx_err parse_labels(const char *s, size_t len, size_t start,
                           size_t end, const jx_scheme *sofar, jx_tier *t,
                           jx_diag *diag)
{
    size_t p = start;
    for (;;) {
        size_t q = find_sep(s, p, end, '/', 0);
        size_t q2 = find_sep(s, p, q, '|', 0);
        if (q2 < q) q = q2;
        char label[JX_LABEL_MAX + 1];
        size_t n = normalise(s, p, q, label, sizeof label);
        /* Empty, too long, too many aliases, or already used: a level
         * must lead to exactly one tier. */
        if (n == 0 || n >= sizeof label || t->naliases == JX_ALIASES_MAX ||
            tier_of(sofar, label) >= 0)
            return jx_diag_set(diag, JX_ERR_SCHEME_SYNTAX, s, len, p);
        for (int j = 0; j < t->naliases; j++)
            if (label_equal(t->alias[j], label))
                return jx_diag_set(diag, JX_ERR_SCHEME_SYNTAX, s, len, p);
        memcpy(t->alias[t->naliases++], label, n + 1);
        if (q >= end) return JX_OK;
        p = after_char(s, q, end);
    }
}

/* ITEM := LABEL (':' | '：') VALUE over s[start..end). */
static jx_err parse_item(const char *s, size_t len, size_t start, size_t end,
                         jx_scheme *sc, jx_diag *diag)
{
    if (sc->n == JX_TIERS_MAX)
        return jx_diag_set(diag, JX_ERR_SCHEME_SYNTAX, s, len, start);
    size_t colon = find_sep(s, start, end, ':', 0);
    if (colon == end)
        return jx_diag_set(diag, JX_ERR_SCHEME_SYNTAX, s, len, start);
    jx_tier t;
    memset(&t, 0, sizeof t);
    jx_err e = parse_labels(s, len, start, colon, sc, &t, diag);
    if (e != JX_OK) return e;
    e = parse_value(s, len, after_char(s, colon, end), end, &t, diag);
    if (e != JX_OK) return e;
    sc->tier[sc->n++] = t;
    return JX_OK;
}

jx_err jx_scheme_parse(const char *text, size_t len, jx_scheme *out,
                       jx_diag *diag)
{
    jx_diag_clear(diag);
    if (!out) return JX_ERR_RANGE;
    jx_err e = jx_text_check(text, len, diag);
    if (e == JX_ERR_EMPTY) {            /* no scheme given: the national one */
        jx_diag_clear(diag);
        jx_scheme_national(out);
        return JX_OK;
    }
    if (e != JX_OK) return e;
    if (builtin_scheme(text, len, out)) return JX_OK;

    jx_scheme sc;
    memset(&sc, 0, sizeof sc);
    size_t p = 0;
    while (p < len) {
        size_t q = find_sep(text, p, len, ';', 1);
        size_t b = p, en = q;
        jx_trim(text, &b, &en);
        if (b < en) {                   /* blank items ("a:1;;b:0;") are skipped */
            e = parse_item(text, len, b, en, &sc, diag);
            if (e != JX_OK) return e;
        }
        if (q >= len) break;
        p = after_char(text, q, len);
    }
    if (sc.n == 0)
        return jx_diag_set(diag, JX_ERR_SCHEME_SYNTAX, text, len, 0);
    *out = sc;
    return JX_OK;
}

/* --- Lookup, score, check --------------------------------------------- */

jx_err jx_scheme_find(const jx_scheme *s, const char *level, size_t len,
                      int *tier_index, jx_diag *diag)
{
    jx_diag_clear(diag);
    if (!scheme_ok(s)) return JX_ERR_RANGE;
    int fast = tier_exact(s, level, len);
    if (fast >= 0) {
        if (tier_index) *tier_index = fast;
        return JX_OK;
    }
    jx_err e = jx_text_check(level, len, diag);
    if (e != JX_OK) return e;
    char label[JX_LABEL_MAX + 1];
    size_t n = normalise(level, 0, len, label, sizeof label);
    int i = (n > 0 && n < sizeof label) ? tier_of(s, label) : -1;
    if (i < 0)
        return jx_diag_set(diag, JX_ERR_LEVEL_UNKNOWN, level, len, 0);
    if (tier_index) *tier_index = i;
    return JX_OK;
}

static jx_err points_ok(double points)
{
    if (!isfinite(points)) return JX_ERR_NOT_FINITE;
    return points < 0.0 ? JX_ERR_NEGATIVE : JX_OK;
}

jx_err jx_qual_score(const jx_scheme *s, const char *level, size_t len,
                     double points, int digits, double *score,
                     jx_diag *diag)
{
    jx_diag_clear(diag);
    jx_err e = points_ok(points);
    if (e == JX_OK) e = jx_check_digits(digits);
    if (e != JX_OK) return e;
    int i;
    e = jx_scheme_find(s, level, len, &i, diag);
    if (e != JX_OK) return e;
    double v = jx_round(s->tier[i].hi * points, digits);
    if (v > points) v = points;
    if (score) *score = v;
    return JX_OK;
}

jx_err jx_qual_check(const jx_scheme *s, const char *level, size_t len,
                     double points, double score, jx_diag *diag)
{
    jx_diag_clear(diag);
    jx_err e = points_ok(points);
    if (e != JX_OK) return e;
    if (!isfinite(score)) return JX_ERR_NOT_FINITE;
    int i;
    e = jx_scheme_find(s, level, len, &i, diag);
    if (e != JX_OK) return e;
    if (score < 0.0 || (score > points && !jx_approx_equal(score, points)))
        return JX_ERR_SCORE_RANGE;
    double lo = jx_round(s->tier[i].lo * points, 2);
    double hi = jx_round(s->tier[i].hi * points, 2);
    if (!jx_approx_ge(score, lo) || !jx_approx_le(score, hi))
        return jx_diag_set(diag, JX_ERR_TIER_MISMATCH, level, len, 0);
    return JX_OK;
}
