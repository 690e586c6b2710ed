/*
 * ruletext_num.c - numeric forms of 评扣分标准 sentences (issue 15, g7),
 * kept apart from the main reader (ruletext.c) that calls them.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ruletext_num.h"
#include "ruletext_words.h"
#include "text.h"
#include "jixiao/target.h"

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
    if (eq == b) eq = word = a;           /* "执行率*该指标分值": the formula alone */
    if (!plain_lead(s, a, word)) return 0;
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

/* Does the clause's text hold one of the words? */
static int clause_has(const char *s, const jx_rclause *c, const char *const *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(w[i]);
        for (size_t p = c->at; p + l <= c->at + c->len; p++)
            if (memcmp(s + p, w[i], l) == 0) return 1;
    }
    return 0;
}

static void put_text(char *dst, size_t cap, const char *s, size_t a, size_t b)
{
    size_t n = b - a;
    if (n >= cap) {                       /* cut on a UTF-8 boundary */
        n = cap - 1;
        while (n > 0 && ((unsigned char)s[a + n] & 0xC0) == 0x80) n--;
    }
    memcpy(dst, s + a, n);
    dst[n] = '\0';
}

int jx_rt_completion_excess(const char *s, jx_rule *ru)
{
    static const char *const short_of[] = { "未完成", "完不成", "没有完成", "沒有完成" };
    static const char *const excess[] = { "超额完成", "超额" };
    if (ru->n != 2) return 0;
    jx_rclause *ratio = &ru->clause[0], *steps = &ru->clause[1];
    if (ratio->out.kind != JX_RO_RATIO) { jx_rclause *t = ratio; ratio = steps; steps = t; }
    if (ratio->out.kind != JX_RO_RATIO || ratio->out.value != 0 ||
        ratio->cond.kind != JX_RC_ALWAYS || steps->cond.kind != JX_RC_ALWAYS ||
        steps->out.kind != JX_RO_STEPS || steps->out.base_frac || !(steps->out.base > 0) ||
        steps->out.ref != 0 || !(steps->out.over_per > 0) || steps->out.under_per != 0 ||
        steps->out.shortfall || steps->out.per_frac)
        return 0;
    if (!clause_has(s, ratio, short_of, JX_RWORDS(short_of)) ||
        !clause_has(s, steps, excess, JX_RWORDS(excess)))
        return 0;
    if (ru->n >= JX_RCLAUSES_MAX) return -1;
    static const char *const pct[] = { "百分点" };
    static const char *const each[] = { "每个", "1个", "一个" };
    const char *unit = clause_has(s, steps, pct, 1) ? "个百分点"
                     : clause_has(s, steps, each, JX_RWORDS(each)) ? "个" : "";
    double base = steps->out.base;
    jx_rclause open = *steps;             /* a rate above 100 %: the excess in which measure? */
    memset(&open.cond, 0, sizeof open.cond);
    memset(&open.out, 0, sizeof open.out);
    open.cond.kind = JX_RC_RANGE;
    open.cond.has_lo = 1;
    open.cond.lo = 1;
    open.out.kind = JX_RO_OPEN;
    open.out.open = JX_OPEN_ELSEWHERE;
    put_text(open.out.quote, sizeof open.out.quote, s, steps->at, steps->at + steps->len);
    put_text(open.out.words, sizeof open.out.words, s, steps->at, steps->at + steps->len);
    ratio->cond.kind = JX_RC_RANGE;       /* the completion rate, up to 100 % */
    ratio->cond.has_hi = 1;
    ratio->cond.hi = 1;
    ratio->cond.hi_incl = 1;
    ratio->out.value = base;
    steps->cond.kind = JX_RC_LEVEL;
    snprintf(steps->cond.label, sizeof steps->cond.label, "%s", "超额完成");
    snprintf(steps->cond.unit, sizeof steps->cond.unit, "%s", unit);
    steps->out.written_excess = 1;
    ru->clause[ru->n++] = open;
    return 1;
}

int jx_rt_excess_actual(const jx_rule *r, const char *t, size_t n,
                        const jx_rclause **c, double *x)
{
    static const char *const lead[] = { "超额完成", "超额", "超出", "超过" };
    const jx_rclause *cl = NULL;
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].out.kind == JX_RO_STEPS && r->clause[i].out.written_excess)
            cl = &r->clause[i];
    if (!cl) return 0;
    size_t i, l = 0;
    for (i = 0; i < JX_RWORDS(lead); i++) {
        l = strlen(lead[i]);
        if (n > l && memcmp(t, lead[i], l) == 0) break;
    }
    if (i == JX_RWORDS(lead)) return 0;
    t += l;
    n -= l;
    if (n > 6 && memcmp(t, "目标", 6) == 0) { t += 6; n -= 6; }   /* "超额完成目标1个" */
    const char *u = cl->cond.unit;
    size_t ul = strlen(u);
    if (ul == 0 || n <= ul || memcmp(t + n - ul, u, ul) != 0) return -1;
    jx_quantity q;
    jx_diag d;
    if (jx_quantity_parse(t, n - ul, &q, &d) != JX_OK || q.percent || q.unit[0] ||
        q.scale != 1.0 || q.value < 0)
        return -1;
    *c = cl;
    *x = q.value;
    return 1;
}

int jx_rt_assigns_task(const char *s, size_t a, size_t b)
{
    static const char *const ends[] = { "分配任务", "下达任务", "分解任务", "安排任务",
                                        "分配目标任务", "下达目标任务", "分解目标任务" };
    size_t x = a, y = b;
    jx_trim(s, &x, &y);
    for (size_t i = 0; i < JX_RWORDS(ends); i++) {
        size_t l = strlen(ends[i]);
        if (y >= x + l && memcmp(s + y - l, ends[i], l) == 0) return 1;
    }
    return 0;
}

/* A heading "其它地区:" at a: plain words (no digit, no rule word) up to a
 * colon, at most 48 characters; the byte after the colon, or 0. */
static size_t heading_at(const char *s, size_t a, size_t b)
{
    static const char *const rule_words[] = { "扣", "得", "加", "分", "每", "以", "≥", "≤",
                                              "<", ">", "%", "=" };
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    jx_cur_skip_space(&c);
    int chars = 0;
    while (!jx_cur_eof(&c)) {
        jx_cur t = c;
        if (chars > 0 && jx_cur_word(&t, ":")) return t.pos;
        if (any_word(&t, rule_words, JX_RWORDS(rule_words))) return 0;
        uint32_t cp = jx_cur_next(&c);
        if (jx_is_digit(cp) || ++chars > 48) return 0;
    }
    return 0;
}

/* Where the second table starts: after a "。" or "；", a heading. */
static size_t second_table(const char *s, size_t len)
{
    static const char *const stops[] = { "。", ";" };
    size_t found = 0;
    jx_cur c;
    jx_cur_init(&c, s, 0, len);
    while (!jx_cur_eof(&c)) {
        jx_cur t = c;
        if (any_word(&t, stops, JX_RWORDS(stops)) && !jx_cur_eof(&t) && heading_at(s, t.pos, len)) {
            if (found) return 0;          /* three tables: not this form */
            found = t.pos;
        }
        jx_cur_next(&c);
    }
    return found;
}

/* Bands only: RANGE clauses giving a fixed score. */
static int bands_only(const jx_rule *r)
{
    if (r->n == 0 || r->max_score != 0 || r->above_points || r->below_zero || r->abs_actual ||
        r->otherwise < 0)
        return 0;
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (c->cond.kind != JX_RC_RANGE ||
            (c->out.kind != JX_RO_POINTS && c->out.kind != JX_RO_FRACTION))
            return 0;
    }
    return 1;
}

static int holds(const jx_rcond *c, double x)
{
    if (c->has_lo && (c->lo_incl ? x < c->lo : x <= c->lo)) return 0;
    if (c->has_hi && (c->hi_incl ? x > c->hi : x >= c->hi)) return 0;
    return 1;
}

/* The clause of r for x, in array order (NULL: otherwise). */
static const jx_rclause *band_of(const jx_rule *r, double x)
{
    for (int i = 0; i < r->n; i++)
        if (holds(&r->clause[i].cond, x)) return &r->clause[i];
    return NULL;
}

/* Do the two tables give the same score at x?  (Otherwise is a fraction.) */
static int same_score(const jx_rule *a, const jx_rule *b, double x)
{
    const jx_rclause *ca = band_of(a, x), *cb = band_of(b, x);
    jx_rout oa = { 0 }, ob = { 0 };
    oa.kind = ob.kind = JX_RO_FRACTION;
    oa.value = a->otherwise;
    ob.value = b->otherwise;
    if (ca) oa = ca->out;
    if (cb) ob = cb->out;
    if (oa.kind == ob.kind) return oa.value == ob.value;
    return oa.value == 0 && ob.value == 0;   /* 得0分 is 不得分 */
}

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return a < b ? -1 : a > b;
}

/* Add a piece [lo, hi] of the line to out: A's outcome where both agree,
 * an OPEN clause where they do not; adjacent equal pieces merge. */
static int add_piece(jx_rule *out, const jx_rule *a, const jx_rule *b, double x,
                     const jx_rcond *piece, const jx_rclause *open)
{
    const jx_rclause *ca = band_of(a, x);
    jx_rclause c;
    if (same_score(a, b, x)) {
        if (!ca) return 0;                /* both otherwise: the merged otherwise */
        c = *ca;
    } else {
        c = *open;
    }
    c.cond = *piece;
    c.cond.kind = JX_RC_RANGE;
    if (out->n > 0) {
        jx_rclause *p = &out->clause[out->n - 1];
        if (p->out.kind == c.out.kind && p->out.value == c.out.value && p->cond.has_hi &&
            c.cond.has_lo && p->cond.hi == c.cond.lo && p->cond.hi_incl != c.cond.lo_incl) {
            p->cond.has_hi = c.cond.has_hi;  /* the same outcome right after: one range */
            p->cond.hi = c.cond.hi;
            p->cond.hi_incl = c.cond.hi_incl;
            return 0;
        }
    }
    if (out->n == JX_RCLAUSES_MAX) return -1;
    out->clause[out->n++] = c;
    return 0;
}

int jx_rt_two_tables(const char *text, size_t len, jx_rule *out)
{
    size_t split = second_table(text, len);
    if (!split || !heading_at(text, 0, split)) return 0;
    jx_rule a, b;
    if (jx_rule_parse(text, split, &a, NULL) != JX_OK ||
        jx_rule_parse(text + split, len - split, &b, NULL) != JX_OK)
        return 0;
    if (!bands_only(&a) || !bands_only(&b) || a.percent != b.percent ||
        strcmp(a.unit, b.unit) != 0 || a.otherwise != b.otherwise)
        return 0;
    double cut[4 * JX_RCLAUSES_MAX];
    int n = 0;
    const jx_rule *both[2] = { &a, &b };
    for (int t = 0; t < 2; t++)
        for (int i = 0; i < both[t]->n; i++) {
            const jx_rcond *c = &both[t]->clause[i].cond;
            if (c->has_lo) cut[n++] = c->lo;
            if (c->has_hi) cut[n++] = c->hi;
        }
    qsort(cut, (size_t)n, sizeof *cut, cmp_double);
    int m = 0;
    for (int i = 0; i < n; i++)
        if (m == 0 || cut[i] != cut[m - 1]) cut[m++] = cut[i];
    jx_rclause open;
    memset(&open, 0, sizeof open);
    open.at = split;
    open.len = heading_at(text, split, len) - split;
    open.out.kind = JX_RO_OPEN;
    open.out.open = JX_OPEN_EITHER;
    put_text(open.out.quote, sizeof open.out.quote, text, open.at, open.at + open.len);
    put_text(open.out.words, sizeof open.out.words, text, open.at, open.at + open.len);
    jx_rule r = a;
    r.n = 0;
    for (int i = 0; i <= m; i++) {        /* (cut[i-1], cut[i]), then the point cut[i] */
        jx_rcond piece;
        memset(&piece, 0, sizeof piece);
        double x;
        if (i > 0) { piece.has_lo = 1; piece.lo = cut[i - 1]; }
        if (i < m) { piece.has_hi = 1; piece.hi = cut[i]; }
        x = i == 0 ? cut[0] - 1 : i == m ? cut[m - 1] + 1 : (cut[i - 1] + cut[i]) / 2;
        if (add_piece(&r, &a, &b, x, &piece, &open) < 0) return 0;
        if (i == m) break;
        memset(&piece, 0, sizeof piece);
        piece.has_lo = piece.has_hi = piece.lo_incl = piece.hi_incl = 1;
        piece.lo = piece.hi = cut[i];
        if (add_piece(&r, &a, &b, cut[i], &piece, &open) < 0) return 0;
    }
    if (r.n == 0) return 0;
    *out = r;
    return 1;
}

void jx_rt_skip_verb(jx_cur *c)
{
    static const char *const rule_words[] = { "扣", "得", "加", "分", "每", "以", "不", "未" };
    jx_cur t = *c;
    for (int chars = 0; chars < 4 && !jx_cur_eof(&t); chars++) {
        jx_cur u = t;
        if (any_word(&u, rule_words, JX_RWORDS(rule_words))) return;
        uint32_t cp = jx_cur_next(&t);
        if (cp < 0x3400) return;
        for (size_t i = 0; i < jx_rw_numerals_n; i++) {
            jx_cur n = t;
            if (jx_cur_word(&n, jx_rw_numerals[i].word)) { *c = t; return; }
        }
        if (jx_is_digit(jx_cur_peek(&t, &(size_t){0}))) { *c = t; return; }
    }
}

int jx_rt_scores_below_zero(jx_rule *ru)
{
    if (ru->percent != 1 || ru->signed_actual || ru->abs_actual) return 0;
    for (int i = 0; i < ru->n; i++) {
        const jx_rclause *c = &ru->clause[i];
        int steps_below = c->out.kind == JX_RO_STEPS && c->out.under_per != 0 &&
                          c->out.ref == 0 && !c->out.shortfall;
        int band_below = c->cond.kind == JX_RC_RANGE && c->cond.has_hi && !c->cond.has_lo &&
                         (c->cond.hi < 0 || (c->cond.hi == 0 && !c->cond.hi_incl));
        if (steps_below || band_below) {
            ru->signed_actual = 1;
            return 1;
        }
    }
    return 0;
}

int jx_rt_cap_at_points(const char *s, size_t a, size_t b)
{
    static const char *const top[] = { "最高", "最多", "最终得分", "得分" };
    static const char *const not_above[] = { "不得超过", "不超过", "不高于", "不得高于" };
    static const char *const tail[] = { "上限", "的上限" };
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    jx_cur_skip_space(&c);
    if (!any_word(&c, top, JX_RWORDS(top)) || !any_word(&c, not_above, JX_RWORDS(not_above)) ||
        !any_word(&c, jx_rw_item_points, jx_rw_item_points_n))
        return 0;
    any_word(&c, tail, JX_RWORDS(tail));
    jx_cur_skip_space(&c);
    return jx_cur_eof(&c);
}

/* A number in digits or one numeral ("一分"). */
static int number_or_numeral(jx_cur *c, double *v)
{
    jx_num n;
    size_t bad;
    jx_cur t = *c;
    if (jx_scan_number(&t, 0, &n, &bad)) {
        int ok;
        double x = jx_num_value(&n, t.s, 0, &ok);
        if (ok) { *v = x; *c = t; return 1; }
    }
    for (size_t i = 0; i < jx_rw_numerals_n; i++)
        if (jx_cur_word(c, jx_rw_numerals[i].word)) { *v = jx_rw_numerals[i].value; return 1; }
    return 0;
}

size_t jx_rt_from_base(const char *s, size_t a, size_t b, double *base, double *per)
{
    static const char *const lead[] = { "就从", "则从", "从" };
    static const char *const in[] = { "分里", "分中", "分内" };
    static const char *const verb[] = { "减去", "减", "扣除", "扣" };
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    while (!jx_cur_eof(&c)) {
        size_t at = c.pos;
        jx_cur t = c;
        double n, m;
        if (any_word(&t, lead, JX_RWORDS(lead)) && number_or_numeral(&t, &n) &&
            any_word(&t, in, JX_RWORDS(in)) && any_word(&t, verb, JX_RWORDS(verb)) &&
            number_or_numeral(&t, &m) && jx_cur_word(&t, "分")) {
            jx_cur_skip_space(&t);
            if (jx_cur_eof(&t) && n > 0 && m > 0 && m <= n && at > a) {
                *base = n;
                *per = m;
                return at;
            }
        }
        jx_cur_next(&c);
    }
    return b;
}
