/*
 * target.c - target expressions (年度指标值) and actual values (实际完成值).
 *
 * Grammar, after folding full-width and look-alike characters (text.h):
 *
 *   target   := SP* [dir SP*] quantity SP* [suffix SP*]
 *   quantity := ['-'] number SP* ( '%' | [scale SP*] [unit] )
 *   dir      := ≥ | >= | > | ≤ | <= | < | = | == | 不低于 | 不超过 | ...
 *   suffix   := (以上 | 及以上 | 以下 | 及以下 | 以内 | 之内) ["(含)"]
 *   scale    := 千 | 万 | 亿 | 百万 | 千万
 *   unit     := letters or CJK ideographs, at most JX_UNIT_MAX bytes, not
 *               starting with 千 万 亿 (a second scale: "5万亿元")
 *
 * A sign and a suffix may both be written only when they agree
 * ("不超过60分钟以内"); "95%以下以上" or "≥≤5" are errors.  A minus sign is
 * read only to report JX_ERR_NEGATIVE with the right message.
 */
#include "text.h"
#include "jixiao/target.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* --- Directions ------------------------------------------------------- */

struct dir_word {
    const char *word;
    jx_dir dir;
};

/* Longest first where one word starts another (大于等于 before 大于). */
static const struct dir_word dir_words[] = {
    { "大于等于", JX_DIR_GE }, { "小于等于", JX_DIR_LE },
    { "不低于", JX_DIR_GE },   { "不少于", JX_DIR_GE },
    { "不小于", JX_DIR_GE },   { "至少", JX_DIR_GE },
    { "不超过", JX_DIR_LE },   { "不高于", JX_DIR_LE },
    { "不多于", JX_DIR_LE },   { "不大于", JX_DIR_LE },
    { "至多", JX_DIR_LE },
    { "达到", JX_DIR_EQ },     { "等于", JX_DIR_EQ },
    { "大于", JX_DIR_GT },     { "高于", JX_DIR_GT },
    { "超过", JX_DIR_GT },
    { "小于", JX_DIR_LT },     { "低于", JX_DIR_LT },
    { "少于", JX_DIR_LT },
};

static const struct dir_word suffix_words[] = {
    { "及以上", JX_DIR_GE }, { "以上", JX_DIR_GE },
    { "及以下", JX_DIR_LE }, { "以下", JX_DIR_LE },
    { "以内", JX_DIR_LE },   { "之内", JX_DIR_LE },
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int scan_sign(jx_cur *c, jx_dir *dir)
{
    size_t k;
    uint32_t cp = jx_cur_peek(c, &k);
    jx_dir d;
    switch (cp) {
    case JX_CP_GE: d = JX_DIR_GE; break;
    case JX_CP_LE: d = JX_DIR_LE; break;
    case '>':      d = JX_DIR_GT; break;
    case '<':      d = JX_DIR_LT; break;
    case '=':      d = JX_DIR_EQ; break;
    default:       return 0;
    }
    c->pos += k;
    /* ">=" "<=" "==" and their full-width forms "＞＝". */
    if (cp == '>' || cp == '<' || cp == '=') {
        if (jx_cur_peek(c, &k) == '=') {
            c->pos += k;
            if (d == JX_DIR_GT) d = JX_DIR_GE;
            if (d == JX_DIR_LT) d = JX_DIR_LE;
        }
    }
    *dir = d;
    return 1;
}

/*
 * First characters of the direction and suffix words.  Units are scanned
 * character by character with a keyword test at each; this filter keeps
 * that test to one switch for the characters no keyword starts with.
 * (test_target.c tries every word after a unit, so a word whose first
 * character is missing here fails a test.)
 */
static int may_start_word(uint32_t cp)
{
    switch (cp) {
    case 0x4E0Du: /* 不 */ case 0x4E4Bu: /* 之 */ case 0x4EE5u: /* 以 */
    case 0x4F4Eu: /* 低 */ case 0x53CAu: /* 及 */ case 0x5927u: /* 大 */
    case 0x5C0Fu: /* 小 */ case 0x5C11u: /* 少 */ case 0x7B49u: /* 等 */
    case 0x81F3u: /* 至 */ case 0x8D85u: /* 超 */ case 0x8FBEu: /* 达 */
    case 0x9AD8u: /* 高 */
        return 1;
    default:
        return 0;
    }
}

static int at_may_start_word(const jx_cur *c)
{
    size_t k;
    return may_start_word(jx_cur_peek(c, &k));
}

int jx_scan_dir(jx_cur *c, jx_dir *dir)
{
    if (scan_sign(c, dir)) return 1;
    if (!at_may_start_word(c)) return 0;
    for (size_t i = 0; i < COUNT(dir_words); i++) {
        if (jx_cur_word(c, dir_words[i].word)) {
            *dir = dir_words[i].dir;
            return 1;
        }
    }
    return 0;
}

static int scan_suffix(jx_cur *c, jx_dir *dir)
{
    if (!at_may_start_word(c)) return 0;
    for (size_t i = 0; i < COUNT(suffix_words); i++) {
        if (jx_cur_word(c, suffix_words[i].word)) {
            *dir = suffix_words[i].dir;
            jx_cur_skip_space(c);
            (void)jx_cur_word(c, "(含)");   /* "以上(含)": inclusive, as 以上 is */
            return 1;
        }
    }
    return 0;
}

/* Would a suffix or a direction word start here?  Units stop before them. */
static int at_word_boundary(const jx_cur *c)
{
    jx_cur t = *c;
    jx_dir d;
    if (!at_may_start_word(c)) return 0;   /* signs are not unit characters */
    return scan_suffix(&t, &d) || jx_scan_dir(&t, &d);
}

/* --- Quantities ------------------------------------------------------- */

struct scale_word {
    const char *word;
    int exp10;
    double scale;
};

static const struct scale_word scale_words[] = {
    { "百万", 6, 1e6 }, { "千万", 7, 1e7 }, { "千", 3, 1e3 }, { "万", 4, 1e4 },
    { "亿", 8, 1e8 },
};

/* 千 万 亿: a unit starting with one would be a second scale. */
static int is_scale_char(uint32_t cp)
{
    return cp == 0x5343u || cp == 0x4E07u || cp == 0x4EBFu;
}

static int is_unit_char(uint32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           cp == '/' || cp == 0x00B2u || cp == 0x00B3u ||   /* ² ³ */
           cp == 0x00B7u || cp == 0x2103u ||                 /* · ℃ */
           (cp >= 0x3400u && cp <= 0x4DBFu) ||               /* CJK ext. A */
           (cp >= 0x4E00u && cp <= 0x9FFFu) ||               /* CJK */
           (cp >= 0xF900u && cp <= 0xFAFFu);                 /* CJK compat. */
}

/*
 * Read a unit at the cursor into unit[] (folded, so "ｋｍ" is "km").
 * Returns 0 when it is longer than JX_UNIT_MAX bytes.
 */
static int scan_unit(jx_cur *c, char unit[JX_UNIT_MAX + 1])
{
    size_t n = 0, k;
    while (!jx_cur_eof(c) && !at_word_boundary(c)) {
        uint32_t cp = jx_cur_peek(c, &k);
        if (!is_unit_char(cp)) break;
        char enc[4];
        size_t m = jx_utf8_encode(cp, enc);
        if (n + m > JX_UNIT_MAX) return 0;
        memcpy(unit + n, enc, m);
        n += m;
        c->pos += k;
    }
    unit[n] = '\0';
    return 1;
}

/*
 * quantity := ['-'] number SP* ( '%' | [scale SP*] [unit] ).
 * On success fills *q and leaves the cursor after the quantity.
 */
static jx_err scan_quantity(const char *s, size_t len, jx_cur *c,
                            jx_err syntax, jx_quantity *q, jx_diag *diag)
{
    size_t k, bad, minus = c->pos;
    int negative = 0;
    if (jx_cur_peek(c, &k) == '-') {
        negative = 1;
        c->pos += k;
    }
    jx_num num;
    if (!jx_scan_number(c, JX_NUM_GROUPS, &num, &bad))
        return jx_diag_set(diag, syntax, s, len, bad);
    if (negative)
        return jx_diag_set(diag, JX_ERR_NEGATIVE, s, len, minus);

    jx_quantity r;
    int shift = 0;
    memset(&r, 0, sizeof r);          /* whole unit[]: results compare by bytes */
    r.scale = 1.0;
    jx_cur_skip_space(c);
    if (jx_cur_peek(c, &k) == '%') {
        c->pos += k;
        r.percent = 1;
        shift = -2;
    } else {
        for (size_t i = 0; i < COUNT(scale_words); i++) {
            if (jx_cur_word(c, scale_words[i].word)) {
                shift = scale_words[i].exp10;
                r.scale = scale_words[i].scale;
                jx_cur_skip_space(c);
                break;
            }
        }
        /* A second prefix ("5千 万", "5万亿元") is refused rather than
         * read as a unit "万": 万亿 is not a scale we know, and "5千 万"
         * would write back as "5千万", a different number. */
        size_t ustart = c->pos;
        if (is_scale_char(jx_cur_peek(c, &k)) || !scan_unit(c, r.unit))
            return jx_diag_set(diag, syntax, s, len, ustart);
    }
    int ok;
    r.value = jx_num_value(&num, s, shift, &ok);
    /* A percent must stay finite when written back (x 100) */
    if (!ok || (r.percent && !isfinite(r.value * 100.0)))
        return jx_diag_set(diag, syntax, s, len, num.start);
    *q = r;
    return JX_OK;
}

/* --- Targets ---------------------------------------------------------- */

jx_err jx_target_scan(const char *s, size_t len, size_t start, size_t end,
                      jx_err syntax, jx_target *out, int *explicit_dir,
                      jx_diag *diag)
{
    jx_cur c;
    jx_cur_init(&c, s, start, end);
    c.exact = 1;                      /* "5千 万元" is no unit: refused, quoted */
    jx_cur_skip_space(&c);
    if (jx_cur_eof(&c))
        return jx_diag_set(diag, JX_ERR_EMPTY, s, len, start);

    jx_target t;
    memset(&t, 0, sizeof t);
    int has_dir = jx_scan_dir(&c, &t.dir);
    if (!has_dir) t.dir = JX_DIR_GE;          /* a bare number is 正向 */
    jx_cur_skip_space(&c);

    jx_err e = scan_quantity(s, len, &c, syntax, &t.q, diag);
    if (e != JX_OK) return e;
    jx_cur_skip_space(&c);

    size_t suffix_at = c.pos;
    jx_dir sdir;
    if (scan_suffix(&c, &sdir)) {
        if (has_dir && sdir != t.dir)         /* "≥95%以下": two directions */
            return jx_diag_set(diag, syntax, s, len, suffix_at);
        t.dir = sdir;
        has_dir = 1;
        jx_cur_skip_space(&c);
    }
    if (!jx_cur_eof(&c))
        return jx_diag_set(diag, syntax, s, len, c.pos);
    *out = t;
    if (explicit_dir) *explicit_dir = has_dir;
    return JX_OK;
}

jx_err jx_target_parse(const char *text, size_t len, jx_target *out,
                       jx_diag *diag)
{
    jx_diag_clear(diag);
    jx_err e = jx_text_check(text, len, diag);
    if (e != JX_OK) return e;
    jx_target t;
    e = jx_target_scan(text, len, 0, len, JX_ERR_TARGET_SYNTAX, &t, NULL,
                       diag);
    if (e != JX_OK) return e;
    if (out) *out = t;
    return JX_OK;
}

jx_err jx_quantity_parse(const char *text, size_t len, jx_quantity *out,
                         jx_diag *diag)
{
    jx_diag_clear(diag);
    jx_err e = jx_text_check(text, len, diag);
    if (e != JX_OK) return e;
    jx_cur c;
    jx_cur_init(&c, text, 0, len);
    c.exact = 1;
    jx_cur_skip_space(&c);
    jx_quantity q;
    e = scan_quantity(text, len, &c, JX_ERR_NUMBER_SYNTAX, &q, diag);
    if (e != JX_OK) return e;
    jx_cur_skip_space(&c);
    if (!jx_cur_eof(&c))
        return jx_diag_set(diag, JX_ERR_NUMBER_SYNTAX, text, len, c.pos);
    if (out) *out = q;
    return JX_OK;
}

jx_err jx_quantity_from_number(double v, jx_quantity *out)
{
    if (!isfinite(v)) return JX_ERR_NOT_FINITE;
    memset(out, 0, sizeof *out);
    out->value = v;
    out->scale = 1.0;
    return JX_OK;
}

/* --- Units ------------------------------------------------------------ */

/* No percent, no prefix, no unit: a number as typed in a plain cell. */
static int is_bare(const jx_quantity *q)
{
    return !q->percent && q->scale == 1.0 && q->unit[0] == '\0';
}

/* Does the unit field hold a NUL within its bounds?  (Callers may build
 * quantities by hand; never read past the array.) */
static int unit_ok(const jx_quantity *q)
{
    return memchr(q->unit, '\0', sizeof q->unit) != NULL;
}

/* A quantity that has gone through a parser or jx_quantity_from_number. */
static jx_err quantity_ok(const jx_quantity *q)
{
    if (!isfinite(q->value) || !isfinite(q->scale)) return JX_ERR_NOT_FINITE;
    if (!unit_ok(q) || q->scale <= 0.0) return JX_ERR_RANGE;
    if (q->value < 0.0) return JX_ERR_NEGATIVE;
    return JX_OK;
}

jx_err jx_quantity_align(const jx_quantity *actual, const jx_target *target,
                         double *value)
{
    if (!actual || !target || !value) return JX_ERR_RANGE;
    jx_err e = quantity_ok(&target->q);
    if (e == JX_OK) e = quantity_ok(actual);
    if (e != JX_OK) return e;
    const jx_quantity *t = &target->q, *a = actual;
    double v = a->value;

    if (t->percent) {
        if (a->percent) {
            /* both fractions already */
        } else if (is_bare(a)) {
            /* A percent cell arrives as its fraction (0.96); a bare 96 was
             * meant as 96 % and must be retyped, not guessed. */
            if (v > 10.0) return JX_ERR_PERCENT_UNIT;
        } else {
            return JX_ERR_UNIT_MISMATCH;
        }
    } else if (a->percent) {
        /* "95" against "100%" (seed 003): a bare target is taken as a
         * fraction only when it can be one (<= 10, like the rule above). */
        if (!is_bare(t) || t->value > 10.0) return JX_ERR_UNIT_MISMATCH;
    } else if (is_bare(a)) {
        v *= t->scale;                 /* "50" against "≥50万人" is 500000 */
    } else if (t->unit[0] != '\0' && a->unit[0] != '\0' &&
               strcmp(t->unit, a->unit) != 0) {
        return JX_ERR_UNIT_MISMATCH;
    }
    if (!isfinite(v)) return JX_ERR_RANGE;
    *value = v;
    return JX_OK;
}

/* --- Formatting ------------------------------------------------------- */

const char *jx_dir_sign(jx_dir dir)
{
    switch (dir) {
    case JX_DIR_GE: return "≥";
    case JX_DIR_GT: return ">";
    case JX_DIR_LE: return "≤";
    case JX_DIR_LT: return "<";
    case JX_DIR_EQ: return "=";
    }
    return "?";
}

static const char *scale_word(double scale)
{
    for (size_t i = 0; i < COUNT(scale_words); i++)
        if (scale == scale_words[i].scale)
            return scale_words[i].word;
    return NULL;
}

/*
 * A number as a clerk writes it: at most 15 significant digits, no
 * exponent, no trailing zeros, '.' as the point.  printf writes the point
 * of the C locale (LC_NUMERIC of the office process may be "de_DE" or
 * anything else); the point is the only non-digit it writes here, so
 * whatever bytes stand there are replaced by '.' without asking the
 * locale (localeconv is not thread-safe).
 */
static void format_plain(double v, char *buf, size_t cap)
{
    if (fabs(v) >= 1e15 || (v != 0.0 && fabs(v) < 1e-4))
        snprintf(buf, cap, "%.*f", fabs(v) >= 1e15 ? 0 : 19, v);
    else
        snprintf(buf, cap, "%.15g", v);
    /* %.15g of a value just under 1e15 rounds up to "1e+15", whose
     * exponent the folding below would turn into "1.15": write that
     * integer out instead. */
    if (strchr(buf, 'e')) snprintf(buf, cap, "%.0f", v);
    char *p = buf + (buf[0] == '-');
    while (*p >= '0' && *p <= '9') p++;
    if (*p == '\0') return;                    /* an integer */
    char *q = p;
    while (*q && !(*q >= '0' && *q <= '9')) q++;
    *p = '.';
    memmove(p + 1, q, strlen(q) + 1);
    size_t n = strlen(buf);
    while (n > 0 && buf[n - 1] == '0') buf[--n] = '\0';
    if (n > 0 && buf[n - 1] == '.') buf[--n] = '\0';
}

/* Copy src into buf[0..cap), cut on a UTF-8 boundary; returns strlen(src). */
static size_t copy_cut(const char *src, char *buf, size_t cap)
{
    size_t n = strlen(src);
    if (cap == 0 || buf == NULL) return n;
    size_t m = n < cap - 1 ? n : cap - 1;
    while (m > 0 && m < n && ((unsigned char)src[m] & 0xC0u) == 0x80u) m--;
    memcpy(buf, src, m);
    buf[m] = '\0';
    return n;
}

size_t jx_target_format(const jx_target *t, char *buf, size_t cap)
{
    /* 1e308 written out is 309 digits: room for any finite value */
    char out[400], num[330];
    if (!t || !isfinite(t->q.value) || !isfinite(t->q.scale) ||
        t->q.scale <= 0.0 || !unit_ok(&t->q))
        return copy_cut("", buf, cap);
    const char *prefix = t->q.percent ? NULL : scale_word(t->q.scale);
    double v = t->q.value;
    if (t->q.percent) v *= 100.0;
    else if (prefix) v /= t->q.scale;
    format_plain(v, num, sizeof num);
    snprintf(out, sizeof out, "%s%s%s%s%s", jx_dir_sign(t->dir), num,
             t->q.percent ? "%" : "", prefix ? prefix : "", t->q.unit);
    return copy_cut(out, buf, cap);
}
