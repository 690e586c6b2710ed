/*
 * ruletext_num.c - numeric forms of 评扣分标准 sentences (issue 15, g7),
 * kept apart from the main reader (ruletext.c) that calls them.
 */
#include <math.h>
#include <string.h>
#include "ruletext_num.h"
#include "ruletext_words.h"
#include "text.h"

/* The word at c from table w (longest first in the table); advances. */
static int any_word(jx_cur *c, const char *const *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (jx_cur_word(c, w[i])) return 1;
    return 0;
}

/* The score word and its "=" (or the OCR'd "二"): "评价指标得分=": where
 * the formula starts after it, *word where the score word starts; b if none. */
static size_t score_equals(const char *s, size_t a, size_t b, size_t *word)
{
    static const char *const eq[] = { "得分值=", "得分=", "得分值二", "得分二" };
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    while (!jx_cur_eof(&c)) {
        jx_cur t = c;
        if (any_word(&t, eq, JX_RWORDS(eq))) { *word = c.pos; return t.pos; }
        jx_cur_next(&c);
    }
    return b;
}

/* The lead before the score word: words that define the rate, no number. */
static int plain_lead(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    while (!jx_cur_eof(&c)) {
        uint32_t cp = jx_cur_next(&c);
        if (jx_is_digit(cp) || cp == '%' || cp == '=' || cp == '*' || cp == 0xD7 /* × */)
            return 0;
    }
    return 1;
}

/* The rate's name up to the "×": no digit, at most one "/", a rate word last. */
static int rate_name(const char *s, size_t a, size_t b)
{
    static const char *const ends[] = { "率", "比例", "比值", "完成值" };
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    int slashes = 0, chars = 0;
    while (!jx_cur_eof(&c)) {
        uint32_t cp = jx_cur_next(&c);
        if (jx_is_digit(cp) || cp == '+' || cp == '-' || cp == '(' || cp == ')' ||
            cp == '%' || cp == '=')
            return 0;
        if (cp == '/' || cp == 0xF7 /* ÷ */) slashes++;
        chars++;
    }
    if (slashes > 1 || chars < 2 || chars > 40) return 0;
    for (size_t i = 0; i < JX_RWORDS(ends); i++) {
        size_t l = strlen(ends[i]);
        if (b >= a + l && memcmp(s + b - l, ends[i], l) == 0) return 1;
    }
    return 0;
}

int jx_rt_rate_times_points(const char *s, size_t a, size_t b)
{
    static const char *const times[] = { "×", "*" };
    static const char *const close[] = { ")", "”", "\"", "」", "。" };
    size_t word = b, eq = score_equals(s, a, b, &word);
    if (eq == b || !plain_lead(s, a, word)) return 0;
    for (size_t i = 0; i < JX_RWORDS(times); i++) {
        jx_cur c;
        jx_cur_init(&c, s, eq, b);
        size_t at = b;
        while (!jx_cur_eof(&c)) {         /* the one "×" */
            jx_cur t = c;
            if (jx_cur_word(&t, times[i])) {
                if (at != b) return 0;
                at = c.pos;
            }
            jx_cur_next(&c);
        }
        if (at == b) continue;
        size_t x = eq, y = at;
        jx_trim(s, &x, &y);
        if (!rate_name(s, x, y)) return 0;
        jx_cur_init(&c, s, at, b);
        jx_cur_word(&c, times[i]);
        jx_cur_skip_space(&c);
        if (!any_word(&c, jx_rw_item_points, jx_rw_item_points_n)) return 0;
        for (;;) {
            jx_cur_skip_space(&c);
            if (jx_cur_eof(&c)) return 1;
            if (!any_word(&c, close, JX_RWORDS(close))) return 0;
        }
    }
    return 0;
}

int jx_rt_basis_after_subject(const char *s, size_t a, size_t b)
{
    static const char *const basis[] = { "按照", "根据", "依据" };
    static const char *const rule_words[] = { "扣", "得", "加", "分", "每", "以", "或", "若",
                                              "如", "未", "不", "无", "没", "非", "否" };
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    int chars = 0;
    while (!jx_cur_eof(&c)) {
        jx_cur t = c;
        if (chars > 0 && any_word(&t, basis, JX_RWORDS(basis))) return 1;
        t = c;
        if (any_word(&t, rule_words, JX_RWORDS(rule_words))) return 0;
        uint32_t cp = jx_cur_next(&c);
        if (cp < 0x3400 || ++chars > 12) return 0;
    }
    return 0;
}

/* Full points: 满分 (FRACTION 1) or 不扣分 (DEDUCT 0). */
static int gives_full(const jx_rout *o)
{
    return (o->kind == JX_RO_FRACTION && o->value == 1) ||
           (o->kind == JX_RO_DEDUCT && o->value == 0);
}

int jx_rt_exempt_level(const jx_rclause *c, const jx_rule *ru)
{
    int ratios = 0;
    if (c->cond.kind != JX_RC_LEVEL || !gives_full(&c->out)) return 0;
    for (int j = 0; j < ru->n; j++) {
        const jx_rclause *o = &ru->clause[j];
        if (o->cond.kind == JX_RC_LEVEL && gives_full(&o->out)) continue;
        if (o->cond.kind != JX_RC_ALWAYS || o->out.kind != JX_RO_RATIO) return 0;
        ratios++;
    }
    return ratios == 1;
}

int jx_rt_has_occurrence(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    while (!jx_cur_eof(&c)) {
        for (size_t i = 0; i < jx_rw_occurrence_n; i++) {
            jx_cur t = c;
            if (jx_cur_word(&t, jx_rw_occurrence[i]) && !jx_cur_word(&t, "性"))
                return 1;
        }
        jx_cur_next(&c);
    }
    return 0;
}

/* A STEPS clause deducting per step above its ref, nothing below. */
static int deducts_above(const jx_rclause *c)
{
    const jx_rout *o = &c->out;
    return o->kind == JX_RO_STEPS && o->over_per < 0 && o->under_per == 0 && o->step > 0 &&
           !o->per_frac && !o->shortfall && o->max_deduct == 0;
}

/* A band [lo, hi] whose steps are measured from its low end. */
static int step_band(const jx_rclause *c)
{
    return deducts_above(c) && c->cond.kind == JX_RC_RANGE && c->cond.has_lo &&
           c->cond.has_hi && c->out.ref == c->cond.lo;
}

/* The band a from which clause b goes on: b's ref is a's top. */
static const jx_rclause *band_before(const jx_rule *ru, const jx_rclause *b)
{
    const jx_rclause *found = NULL;
    for (int i = 0; i < ru->n; i++) {
        const jx_rclause *a = &ru->clause[i];
        if (a == b || !step_band(a) || fabs(a->cond.hi - b->out.ref) > 1e-9) continue;
        if (found) return NULL;
        found = a;
    }
    return found;
}

int jx_rt_chain_band_steps(jx_rule *ru)
{
    int done[JX_RCLAUSES_MAX] = { 0 };
    for (int round = 0; round < ru->n; round++) {
        for (int i = 0; i < ru->n; i++) {
            jx_rclause *b = &ru->clause[i];
            if (done[i] || !deducts_above(b)) continue;
            if (b->cond.kind == JX_RC_RANGE && !(b->cond.has_lo && b->out.ref == b->cond.lo))
                continue;
            if (b->cond.kind != JX_RC_RANGE && b->cond.kind != JX_RC_ALWAYS) continue;
            const jx_rclause *a = band_before(ru, b);
            if (!a) continue;
            int ai = (int)(a - ru->clause);
            if (band_before(ru, a) && !done[ai]) continue;     /* a's own base first */
            double span = (a->cond.hi - a->cond.lo) / a->out.step;
            if (fabs(span - floor(span + 0.5)) > 1e-9) return i;  /* a part step: which? */
            double base = a->out.base;
            if (a->out.base_frac) {
                if (!(ru->stated_points > 0)) return i;    /* 满分 in points: unknown */
                base *= ru->stated_points;
            }
            if (a->out.base_frac) {           /* both in points: one scale */
                ru->clause[ai].out.base = base;
                ru->clause[ai].out.base_frac = 0;
            }
            b->out.base = base + floor(span + 0.5) * a->out.over_per;
            b->out.base_frac = 0;
            done[i] = 1;
        }
    }
    return -1;
}
