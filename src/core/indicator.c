/*
 * indicator.c - quantitative indicators (定量指标): completion, met, score,
 * over-achievement.  The rules are in jixiao/indicator.h.
 */
#include "text.h"
#include "jixiao/indicator.h"
#include "jixiao/round.h"

#include <math.h>
#include <string.h>

void jx_ind_opts_default(jx_ind_opts *opts)
{
    memset(opts, 0, sizeof *opts);    /* padding too: options compare by bytes */
    opts->miss = JX_MISS_PROP;
    opts->reverse = JX_REVERSE_AB;
    opts->digits = JX_DIGITS_DEFAULT;
    opts->over_threshold = JX_OVER_DEFAULT;
}

/* --- Mode words ------------------------------------------------------- */

enum mode_kind { KIND_MISS, KIND_REVERSE };

struct mode_word {
    const char *word;
    enum mode_kind kind;
    int value;
};

static const struct mode_word mode_words[] = {
    { "prop", KIND_MISS, JX_MISS_PROP },   { "按比例", KIND_MISS, JX_MISS_PROP },
    { "比例", KIND_MISS, JX_MISS_PROP },
    { "half", KIND_MISS, JX_MISS_HALF },   { "一半", KIND_MISS, JX_MISS_HALF },
    { "半", KIND_MISS, JX_MISS_HALF },
    { "zero", KIND_MISS, JX_MISS_ZERO },   { "0", KIND_MISS, JX_MISS_ZERO },
    { "不得分", KIND_MISS, JX_MISS_ZERO },
    { "ab", KIND_REVERSE, JX_REVERSE_AB },
    { "linear", KIND_REVERSE, JX_REVERSE_LINEAR },
    { "线性", KIND_REVERSE, JX_REVERSE_LINEAR },
};

static int is_mode_sep(uint32_t cp)
{
    return cp == ',' || cp == ';' || jx_is_space(cp);
}

/* The mode word that is exactly s[start..end), or NULL. */
static const struct mode_word *find_mode_word(const char *s, size_t start,
                                              size_t end)
{
    for (size_t i = 0; i < sizeof mode_words / sizeof mode_words[0]; i++) {
        jx_cur c;
        jx_cur_init(&c, s, start, end);
        if (jx_cur_word(&c, mode_words[i].word) && jx_cur_eof(&c))
            return &mode_words[i];
    }
    return NULL;
}

jx_err jx_ind_opts_parse(const char *text, size_t len, jx_ind_opts *opts,
                         jx_diag *diag)
{
    jx_diag_clear(diag);
    if (!opts) return JX_ERR_RANGE;
    if (text == NULL || len == 0) return JX_OK;
    if (len > JX_TEXT_MAX)
        return jx_diag_set(diag, JX_ERR_TOO_LONG, text, len, JX_TEXT_MAX);
    size_t bad = jx_utf8_check(text, len);
    if (bad < len)
        return jx_diag_set(diag, JX_ERR_ENCODING, text, len, bad);

    jx_ind_opts o = *opts;
    int seen[2] = { 0, 0 };
    jx_cur c;
    jx_cur_init(&c, text, 0, len);
    for (;;) {
        size_t k;
        while (!jx_cur_eof(&c) && is_mode_sep(jx_cur_peek(&c, &k)))
            c.pos += k;
        if (jx_cur_eof(&c)) break;
        size_t start = c.pos;
        while (!jx_cur_eof(&c) && !is_mode_sep(jx_cur_peek(&c, &k)))
            c.pos += k;
        const struct mode_word *w = find_mode_word(text, start, c.pos);
        /* Unknown word, or two words of one kind ("half zero"): which one
         * was meant is not ours to pick. */
        if (!w || seen[w->kind])
            return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, text, len, start);
        seen[w->kind] = 1;
        if (w->kind == KIND_MISS) o.miss = (jx_miss_mode)w->value;
        else o.reverse = (jx_reverse_rule)w->value;
    }
    *opts = o;
    return JX_OK;
}

/* --- Scoring ---------------------------------------------------------- */

static int is_reverse(jx_dir d) { return d == JX_DIR_LE || d == JX_DIR_LT; }

static int dir_ok(jx_dir d)
{
    return d == JX_DIR_GE || d == JX_DIR_GT || d == JX_DIR_LE ||
           d == JX_DIR_LT || d == JX_DIR_EQ;
}

/* Completion of aligned values a (actual) and t (target), both >= 0. */
static double completion_of(double a, double t, jx_dir dir,
                            jx_reverse_rule reverse)
{
    if (!is_reverse(dir)) {
        if (t == 0.0) {
            /* "≥0" is always met; ">0" needs something; "=0" allows none. */
            if (dir == JX_DIR_GE) return 1.0;
            if (dir == JX_DIR_GT) return a > 0.0 ? 1.0 : 0.0;
            return a == 0.0 ? 1.0 : 0.0;
        }
        return a / t;
    }
    if (a == 0.0) return 1.0;          /* nothing spent against a ceiling */
    if (t == 0.0) return 0.0;          /* "≤0" and something happened   */
    if (reverse == JX_REVERSE_LINEAR) {
        double c = 1.0 - (a - t) / t;  /* 0 at twice the target */
        return c > 0.0 ? c : 0.0;
    }
    return t / a;
}

static jx_err aligned(const jx_quantity *actual, const jx_target *target,
                      double *a, double *t)
{
    if (!actual || !target) return JX_ERR_RANGE;
    if (!dir_ok(target->dir)) return JX_ERR_RANGE;
    jx_err e = jx_quantity_align(actual, target, a);
    if (e != JX_OK) return e;
    *t = target->q.value;
    return JX_OK;
}

jx_err jx_completion(const jx_quantity *actual, const jx_target *target,
                     jx_reverse_rule reverse, double *completion)
{
    double a, t;
    if (reverse != JX_REVERSE_AB && reverse != JX_REVERSE_LINEAR)
        return JX_ERR_RANGE;
    jx_err e = aligned(actual, target, &a, &t);
    if (e != JX_OK) return e;
    double c = completion_of(a, t, target->dir, reverse);
    if (!isfinite(c)) return JX_ERR_RANGE;     /* 1e300 / 1e-300 */
    *completion = c;
    return JX_OK;
}

static int met_of(double a, double t, jx_dir dir)
{
    switch (dir) {
    case JX_DIR_GE: return jx_approx_ge(a, t);
    case JX_DIR_GT: return a > t && !jx_approx_equal(a, t);
    case JX_DIR_LE: return jx_approx_le(a, t);
    case JX_DIR_LT: return a < t && !jx_approx_equal(a, t);
    case JX_DIR_EQ: return t == 0.0 ? a == 0.0 : jx_approx_ge(a, t);
    }
    return 0;
}

jx_err jx_target_met(const jx_quantity *actual, const jx_target *target,
                     int *met)
{
    double a, t;
    jx_err e = aligned(actual, target, &a, &t);
    if (e != JX_OK) return e;
    *met = met_of(a, t, target->dir);
    return JX_OK;
}

int jx_overachieved(double completion, double threshold)
{
    if (!isfinite(completion) || !isfinite(threshold)) return 0;
    return jx_approx_ge(completion, threshold);
}

static jx_err opts_ok(const jx_ind_opts *o)
{
    if (o->miss != JX_MISS_PROP && o->miss != JX_MISS_HALF &&
        o->miss != JX_MISS_ZERO)
        return JX_ERR_RANGE;
    if (o->reverse != JX_REVERSE_AB && o->reverse != JX_REVERSE_LINEAR)
        return JX_ERR_RANGE;
    if (!isfinite(o->over_threshold)) return JX_ERR_NOT_FINITE;
    if (!(o->over_threshold > 1.0)) return JX_ERR_RANGE;
    return jx_check_digits(o->digits);
}

jx_err jx_ind_score(const jx_quantity *actual, const jx_target *target,
                    double points, const jx_ind_opts *opts, double *score,
                    unsigned *flags)
{
    jx_ind_opts def;
    if (!opts) {
        jx_ind_opts_default(&def);
        opts = &def;
    }
    if (!isfinite(points)) return JX_ERR_NOT_FINITE;
    if (points < 0.0) return JX_ERR_NEGATIVE;
    jx_err e = opts_ok(opts);
    if (e != JX_OK) return e;

    double a, t;
    e = aligned(actual, target, &a, &t);
    if (e != JX_OK) return e;
    double c = completion_of(a, t, target->dir, opts->reverse);
    if (!isfinite(c)) return JX_ERR_RANGE;
    int met = met_of(a, t, target->dir);

    double s;
    if (met) s = points;
    else if (opts->miss == JX_MISS_HALF) s = points / 2.0;
    else if (opts->miss == JX_MISS_ZERO) s = 0.0;
    else s = points * (c < 1.0 ? c : 1.0);
    s = jx_round(s, opts->digits);
    if (s > points) s = points;      /* points with more decimals than digits */
    if (s < 0.0) s = 0.0;

    if (score) *score = s;
    if (flags) {
        *flags = (met ? JX_FLAG_MET : 0u) |
                 (jx_overachieved(c, opts->over_threshold) ? JX_FLAG_OVER : 0u);
    }
    return JX_OK;
}
