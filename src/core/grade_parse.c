/*
 * grade_parse.c - grade bands written as text: thresholds "90;80;60" and
 * labels "优;良;中;差" -> jx_grades (built by jx_grades_make).
 *
 * Items are separated by ; ； , ， / or spaces.  A run of spaces, or spaces
 * around one of the other separators, counts as one separator; two
 * non-space separators in a row leave an empty item, which is an error
 * ("90;;60": a threshold is missing).  A trailing separator is allowed.
 */
#include "text.h"
#include "jixiao/grade.h"

#include <string.h>

static int is_hard_sep(uint32_t cp)
{
    return cp == ';' || cp == ',' || cp == '/';
}

/* One item of a list: its byte range. */
struct item {
    size_t start, end;
};

/*
 * Split s[0..len) into at most max items.  Returns the number of items, or
 * -1 with *bad set for an empty item or too many of them (bad = the item
 * that does not fit; the caller reports JX_ERR_BANDS for that).
 */
static int split_items(const char *s, size_t len, struct item *items,
                       int max, size_t *bad, int *too_many)
{
    jx_cur c;
    jx_cur_init(&c, s, 0, len);
    int n = 0;
    *too_many = 0;
    for (;;) {
        size_t k;
        jx_cur_skip_space(&c);
        if (jx_cur_eof(&c)) return n;
        size_t start = c.pos;
        uint32_t cp;
        while (!jx_cur_eof(&c) &&
               !is_hard_sep(cp = jx_cur_peek(&c, &k)) && !jx_is_space(cp))
            c.pos += k;
        if (c.pos == start) {                /* ";;" or a leading ';' */
            *bad = start;
            return -1;
        }
        if (n == max) {
            *bad = start;
            *too_many = 1;
            return -1;
        }
        items[n].start = start;
        items[n].end = c.pos;
        n++;
        jx_cur_skip_space(&c);
        if (!jx_cur_eof(&c) && is_hard_sep(jx_cur_peek(&c, &k))) c.pos += k;
    }
}

/* Blank (NULL, empty or only spaces): the caller's default applies. */
static int blank(const char *s, size_t len)
{
    if (s == NULL || len == 0) return 1;
    if (len > JX_TEXT_MAX || jx_utf8_check(s, len) < len) return 0;
    size_t b = 0, e = len;
    jx_trim(s, &b, &e);
    return b == e;
}

static jx_err parse_thresholds(const char *s, size_t len, double *th, int *n,
                               jx_diag *diag)
{
    struct item items[JX_GRADES_MAX];
    size_t bad;
    int too_many;
    int m = split_items(s, len, items, JX_GRADES_MAX, &bad, &too_many);
    if (m < 0)
        return jx_diag_set(diag, too_many ? JX_ERR_BANDS : JX_ERR_RULE_SYNTAX,
                           s, len, bad);
    for (int i = 0; i < m; i++) {
        jx_cur c;
        jx_num num;
        int ok;
        jx_cur_init(&c, s, items[i].start, items[i].end);
        if (!jx_scan_number(&c, 0, &num, &bad))
            return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, s, len, bad);
        (void)jx_cur_word(&c, "分");           /* "90分" */
        if (!jx_cur_eof(&c))
            return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, s, len, c.pos);
        th[i] = jx_num_value(&num, s, 0, &ok);
        if (!ok)
            return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, s, len, num.start);
    }
    *n = m;
    return JX_OK;
}

static jx_err parse_labels(const char *s, size_t len, int want,
                           char lab[][JX_GRADE_LABEL_MAX + 1], jx_diag *diag)
{
    struct item items[JX_GRADES_MAX + 1];
    size_t bad;
    int too_many;
    int m = split_items(s, len, items, JX_GRADES_MAX + 1, &bad, &too_many);
    if (m < 0)
        return jx_diag_set(diag, too_many ? JX_ERR_BANDS : JX_ERR_RULE_SYNTAX,
                           s, len, bad);
    if (m != want)                           /* n thresholds need n + 1 labels */
        return jx_diag_set(diag, JX_ERR_BANDS, s, len, 0);
    for (int i = 0; i < m; i++) {
        size_t n = items[i].end - items[i].start;
        if (n > JX_GRADE_LABEL_MAX)
            return jx_diag_set(diag, JX_ERR_BANDS, s, len, items[i].start);
        memcpy(lab[i], s + items[i].start, n);
        lab[i][n] = '\0';
    }
    return JX_OK;
}

jx_err jx_grades_parse(const char *thresholds, size_t tlen,
                       const char *labels, size_t llen, jx_grades *out,
                       jx_diag *diag)
{
    jx_diag_clear(diag);
    if (!out) return JX_ERR_RANGE;
    double th[JX_GRADES_MAX] = { 90.0, 80.0, 60.0 };
    int n = 3;
    jx_err e;
    if (!blank(thresholds, tlen)) {
        e = jx_text_check(thresholds, tlen, diag);
        if (e == JX_OK) e = parse_thresholds(thresholds, tlen, th, &n, diag);
        if (e != JX_OK) return e;
    }
    char lab[JX_GRADES_MAX + 1][JX_GRADE_LABEL_MAX + 1];
    const char *ptr[JX_GRADES_MAX + 1];
    const char *const *lp = NULL;
    if (!blank(labels, llen)) {
        e = jx_text_check(labels, llen, diag);
        if (e == JX_OK) e = parse_labels(labels, llen, n + 1, lab, diag);
        if (e != JX_OK) return e;
        for (int i = 0; i <= n; i++) ptr[i] = lab[i];
        lp = ptr;
    }
    jx_grades g;
    e = jx_grades_make(th, n, lp, &g);
    if (e != JX_OK) {
        /* Quote the thresholds: descending order, range and label count
         * are properties of the pair, and the numbers are the usual cause. */
        if (!blank(thresholds, tlen))
            return jx_diag_set(diag, e, thresholds, tlen, 0);
        return jx_diag_set(diag, e, labels, blank(labels, llen) ? 0 : llen, 0);
    }
    *out = g;
    return JX_OK;
}
