/*
 * formula.c - the core's rules compiled to spreadsheet formulas.
 *
 * Each compiler follows its rule's C code branch by branch (indicator.c,
 * rules.c, rate.c, qual.c, ruletext.c, grade.c): what is known when the
 * template is written (the target, the direction, the miss mode, the
 * bands) is decided here, so the formula only holds the branches a cell
 * value can still take.  The contract and the functions used are in
 * jixiao/formula.h.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "ruletext_name.h"
#include "ruletext_parts.h"
#include "jixiao/formula.h"
#include "jixiao/round.h"

/* --- A bounded formula buffer --------------------------------------------- */

typedef struct fb {
    char *buf;
    size_t cap, len;
    int over;
} fb;

static void fb_init(fb *f, char *buf, size_t cap)
{
    f->buf = buf;
    f->cap = cap;
    f->len = 0;
    f->over = cap == 0;
    if (cap > 0)
        buf[0] = '\0';
}

__attribute__((format(printf, 2, 3)))
static void put(fb *f, const char *fmt, ...)
{
    va_list ap;
    int n;

    if (f->over)
        return;
    va_start(ap, fmt);
    n = vsnprintf(f->buf + f->len, f->cap - f->len, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= f->cap - f->len) {
        f->over = 1;
        return;
    }
    f->len += (size_t)n;
}

/*
 * A constant as a clerk wrote it: 15 significant digits (the core's
 * approximate value), so 95% (0.95000000000000007) is written 0.95.
 */
static void num(fb *f, double x)
{
    char t[40];
    snprintf(t, sizeof t, "%.15G", jx_approx_value(x));
    put(f, "%s", t);
}

/* A text constant, quotes doubled. */
static void str(fb *f, const char *s)
{
    put(f, "\"");
    for (; *s; s++) {
        if (*s == '"')
            put(f, "\"\"");
        else
            put(f, "%c", *s);
    }
    put(f, "\"");
}

static jx_err fb_done(fb *f)
{
    if (f->over) {
        if (f->cap > 0)
            f->buf[0] = '\0';
        return JX_ERR_TOO_LONG;
    }
    return JX_OK;
}

static int ref_ok(const char *r)
{
    return r != NULL && r[0] != '\0';
}

/* ROUND(<expr>,digits) around what put() writes between open and close. */
static void round_open(fb *f)
{
    put(f, "ROUND(");
}

static void round_close(fb *f, int digits)
{
    put(f, ",%d)", digits);
}

/* --- Quantitative indicators ---------------------------------------------- */

static int is_reverse(jx_dir d)
{
    return d == JX_DIR_LE || d == JX_DIR_LT;
}

/* The actual in the target's base unit: "F14" or "(F14*10000)". */
static void aligned(const jx_target *t, const char *a, char *out, size_t cap)
{
    if (!t->q.percent && t->q.scale != 1.0) {
        char s[40];
        snprintf(s, sizeof s, "%.15G", t->q.scale);
        snprintf(out, cap, "(%s*%s)", a, s);
    } else {
        snprintf(out, cap, "%s", a);
    }
}

/* met_of in indicator.c. */
static void met_expr(fb *f, const jx_target *t, const char *a)
{
    static const char *const op[] = {">=", ">", "<=", "<", ">="};
    double v = t->q.value;

    if (t->dir == JX_DIR_EQ && v == 0.0) {
        put(f, "%s=0", a);
        return;
    }
    put(f, "%s%s", a, op[t->dir]);
    num(f, v);
}

/* completion_of in indicator.c. */
static void completion_expr(fb *f, const jx_target *t, jx_reverse_rule rev,
                            const char *a)
{
    double v = t->q.value;

    if (!is_reverse(t->dir)) {
        if (v == 0.0) {
            if (t->dir == JX_DIR_GE) put(f, "1");
            else if (t->dir == JX_DIR_GT) put(f, "IF(%s>0,1,0)", a);
            else put(f, "IF(%s=0,1,0)", a);
            return;
        }
        put(f, "%s/", a);
        num(f, v);
        return;
    }
    if (v == 0.0) {                       /* "≤0": 1 only for nothing */
        put(f, "IF(%s=0,1,0)", a);
        return;
    }
    put(f, "IF(%s=0,1,", a);
    if (rev == JX_REVERSE_LINEAR) {
        put(f, "MAX(0,1-(%s-", a);
        num(f, v);
        put(f, ")/");
        num(f, v);
        put(f, ")");
    } else {
        num(f, v);
        put(f, "/%s", a);
    }
    put(f, ")");
}

static int target_ok(const jx_target *t)
{
    return t != NULL && (unsigned)t->dir <= JX_DIR_EQ && isfinite(t->q.value) &&
           t->q.value >= 0 && isfinite(t->q.scale) && t->q.scale > 0;
}

jx_err jx_formula_completion(const jx_target *target, jx_reverse_rule reverse,
                             const char *actual, char *buf, size_t cap)
{
    fb f;
    char a[160];

    if (!target_ok(target) || !ref_ok(actual) || buf == NULL ||
        (reverse != JX_REVERSE_AB && reverse != JX_REVERSE_LINEAR))
        return JX_ERR_RANGE;
    fb_init(&f, buf, cap);
    aligned(target, actual, a, sizeof a);
    completion_expr(&f, target, reverse, a);
    return fb_done(&f);
}

jx_err jx_formula_ind_score(const jx_target *target, const jx_ind_opts *opts,
                            const jx_formula_refs *refs, char *buf, size_t cap)
{
    jx_ind_opts def;
    const char *A, *P;
    char a[160];
    fb f;

    if (opts == NULL) {
        jx_ind_opts_default(&def);
        opts = &def;
    }
    if (!target_ok(target) || refs == NULL || !ref_ok(refs->actual) ||
        !ref_ok(refs->points) || buf == NULL ||
        (unsigned)opts->miss > JX_MISS_ZERO ||
        (opts->reverse != JX_REVERSE_AB && opts->reverse != JX_REVERSE_LINEAR))
        return JX_ERR_RANGE;
    if (jx_check_digits(opts->digits) != JX_OK)
        return JX_ERR_DIGITS;
    A = refs->actual, P = refs->points;
    aligned(target, A, a, sizeof a);
    fb_init(&f, buf, cap);
    /* jx_quantity_align: negative is refused, and 96 for 96 %. */
    put(&f, "IF(AND(ISNUMBER(%s),ISNUMBER(%s)),IF(OR(%s<0,%s<0%s%s%s),\"\",MIN(%s,",
        A, P, A, P, target->q.percent ? "," : "", target->q.percent ? A : "",
        target->q.percent ? ">10" : "", P);
    round_open(&f);
    put(&f, "IF(");
    met_expr(&f, target, a);
    put(&f, ",%s,", P);
    switch (opts->miss) {
    case JX_MISS_HALF: put(&f, "%s/2", P); break;
    case JX_MISS_ZERO: put(&f, "0"); break;
    case JX_MISS_PROP:
        put(&f, "%s*MIN(", P);
        completion_expr(&f, target, opts->reverse, a);
        put(&f, ",1)");
        break;
    }
    put(&f, ")");
    round_close(&f, opts->digits);
    put(&f, ")),\"\")");
    return fb_done(&f);
}

/* --- Rates and the execution score ---------------------------------------- */

jx_err jx_formula_rate(const char *n, const char *d, char *buf, size_t cap)
{
    fb f;

    if (!ref_ok(n) || !ref_ok(d) || buf == NULL)
        return JX_ERR_RANGE;
    fb_init(&f, buf, cap);
    put(&f, "IF(AND(ISNUMBER(%s),ISNUMBER(%s)),IF(OR(%s<0,%s<=0),\"\",%s/%s),\"\")",
        n, d, n, d, n, d);
    return fb_done(&f);
}

jx_err jx_formula_exec_score(const char *spent, const char *budget,
                             const char *points, int digits, char *buf,
                             size_t cap)
{
    fb f;

    if (!ref_ok(spent) || !ref_ok(budget) || !ref_ok(points) || buf == NULL)
        return JX_ERR_RANGE;
    if (jx_check_digits(digits) != JX_OK)
        return JX_ERR_DIGITS;
    fb_init(&f, buf, cap);
    put(&f, "IF(AND(ISNUMBER(%s),ISNUMBER(%s),ISNUMBER(%s)),"
            "IF(OR(%s<0,%s<=0,%s<0),\"\",ROUND(MIN(%s/%s,1)*%s,%d)),\"\")",
        spent, budget, points, spent, budget, points, spent, budget, points, digits);
    return fb_done(&f);
}

/* --- Deductions and ratios of counts -------------------------------------- */

jx_err jx_formula_deduct_score(const jx_formula_refs *refs, double per_item,
                               int digits, char *buf, size_t cap)
{
    fb f;

    if (refs == NULL || !ref_ok(refs->actual) || !ref_ok(refs->points) ||
        buf == NULL || !isfinite(per_item) || per_item < 0)
        return JX_ERR_RANGE;
    if (jx_check_digits(digits) != JX_OK)
        return JX_ERR_DIGITS;
    fb_init(&f, buf, cap);
    put(&f, "IF(AND(ISNUMBER(%s),ISNUMBER(%s)),IF(OR(%s<0,%s<0),\"\",ROUND(MAX(0,%s-%s*",
        refs->actual, refs->points, refs->actual, refs->points, refs->points, refs->actual);
    num(&f, per_item);
    put(&f, "),%d)),\"\")", digits);
    return fb_done(&f);
}

jx_err jx_formula_ratio_score(const jx_formula_refs *refs, int digits,
                              char *buf, size_t cap)
{
    const char *A, *T, *P;
    fb f;

    if (refs == NULL || !ref_ok(refs->actual) || !ref_ok(refs->points) ||
        !ref_ok(refs->total) || buf == NULL)
        return JX_ERR_RANGE;
    if (jx_check_digits(digits) != JX_OK)
        return JX_ERR_DIGITS;
    A = refs->actual, T = refs->total, P = refs->points;
    fb_init(&f, buf, cap);
    /* "不涉及此项考核指标": nothing to count (total 0) earns full points. */
    put(&f, "IF(AND(ISNUMBER(%s),ISNUMBER(%s),ISNUMBER(%s)),IF(OR(%s<0,%s<0,%s<0),\"\","
            "ROUND(IF(%s=0,1,MIN(%s/%s,1))*%s,%d)),\"\")",
        A, T, P, A, T, P, T, A, T, P, digits);
    return fb_done(&f);
}

/* --- Band rules ------------------------------------------------------------ */

/* The structure rules.c accepts for any points (check_band without points). */
static int band_ok(const jx_band *b)
{
    if ((unsigned)b->cmp > JX_CMP_ELSE)
        return 0;
    if (b->cmp != JX_CMP_ELSE && !isfinite(b->bound))
        return 0;
    switch (b->kind) {
    case JX_BAND_POINTS: return isfinite(b->value) && b->value >= 0;
    case JX_BAND_FRACTION: return isfinite(b->value) && b->value >= 0 && b->value <= 1;
    case JX_BAND_RATIO: return 1;
    }
    return 0;
}

static int bandrule_ok(const jx_bandrule *r)
{
    if (r == NULL || r->n < 0 || r->n > JX_BANDS_MAX)
        return 0;
    for (int i = 0; i < r->n; i++)
        if (!band_ok(&r->band[i]))
            return 0;
    return 1;
}

/* The largest POINTS band (a rule promising more than the item is worth). */
static double max_band_points(const jx_bandrule *r)
{
    double m = -1;
    for (int i = 0; i < r->n; i++)
        if (r->band[i].kind == JX_BAND_POINTS && r->band[i].value > m)
            m = r->band[i].value;
    return m;
}

/* band_matches in rules.c. */
static void band_cond(fb *f, const jx_band *b, const char *x)
{
    static const char *const op[] = {">=", ">", "<=", "<", "="};
    put(f, "%s%s", x, op[b->cmp]);
    num(f, b->bound);
}

/* band_value in rules.c, rounded. */
static void band_value(fb *f, const jx_band *b, const char *x, const char *P,
                       int digits)
{
    switch (b->kind) {
    case JX_BAND_POINTS:
        num(f, jx_round(b->value, digits));
        return;
    case JX_BAND_FRACTION:
        put(f, "ROUND(");
        num(f, b->value);
        put(f, "*%s,%d)", P, digits);
        return;
    case JX_BAND_RATIO:
        put(f, "ROUND(IF(%s>0,IF(%s<1,%s*%s,%s),0),%d)", x, x, x, P, P, digits);
        return;
    }
}

/* First match wins; no match scores 0.  x and P hold numbers. */
static void bands_body(fb *f, const jx_bandrule *r, const char *x,
                       const char *P, int digits)
{
    int open = 0;
    for (int i = 0; i < r->n; i++) {
        const jx_band *b = &r->band[i];
        if (b->cmp == JX_CMP_ELSE) {
            band_value(f, b, x, P, digits);
            goto close;
        }
        put(f, "IF(");
        band_cond(f, b, x);
        put(f, ",");
        band_value(f, b, x, P, digits);
        put(f, ",");
        open++;
    }
    put(f, "0");
close:
    while (open-- > 0)
        put(f, ")");
}

jx_err jx_formula_bandrule(const jx_bandrule *rule, int percent,
                           const jx_formula_refs *refs, int digits, char *buf,
                           size_t cap)
{
    const char *A, *P;
    double mp;
    fb f;

    if (!bandrule_ok(rule) || refs == NULL || !ref_ok(refs->actual) ||
        !ref_ok(refs->points) || buf == NULL)
        return JX_ERR_RANGE;
    if (jx_check_digits(digits) != JX_OK)
        return JX_ERR_DIGITS;
    A = refs->actual, P = refs->points;
    mp = max_band_points(rule);
    fb_init(&f, buf, cap);
    /* jx_bandrule_score scores any number, negative ones too. */
    put(&f, "IF(AND(ISNUMBER(%s),ISNUMBER(%s)),IF(OR(%s<0", A, P, P);
    if (percent)
        put(&f, ",%s>10", A);
    if (mp >= 0) {
        put(&f, ",%s<", P);
        num(&f, mp);
    }
    put(&f, "),\"\",");
    bands_body(&f, rule, A, P, digits);
    put(&f, "),\"\")");
    return fb_done(&f);
}

/* --- 评扣分标准 sentences ------------------------------------------------ */

/*
 * The clause list of jixiao/ruletext.h, applied as ruletext_score.c applies
 * it: NA text, then a level label, then the number against the clauses in
 * array order, the first that holds giving the outcome; no clause holds:
 * rule->otherwise x P (-1: refused).  The outcome is clamped to
 * [0, min(P, max_score)] and rounded.  A cell text other than an NA word or
 * a level label ("96%", "3次", "3/4", "第3名") is not parsed by the formula:
 * it gives "" where the core might read it (a refusal, never a number).
 */

/* A constant printed so that it reads back as exactly x (tolerances). */
static void exact(fb *f, double x)
{
    char t[40];
    snprintf(t, sizeof t, "%.17G", x);
    put(f, "%s", t);
}

/* cond_holds in ruletext_score.c, tolerances included. */
static void rcond_expr(fb *f, const jx_rcond *c, const char *x)
{
    if (c->kind != JX_RC_RANGE || (!c->has_lo && !c->has_hi)) {
        put(f, "TRUE");
        return;
    }
    if (c->has_lo && c->has_hi)
        put(f, "AND(");
    if (c->has_lo) {
        put(f, "%s%s", x, c->lo_incl ? ">=" : ">");
        exact(f, c->lo_incl ? c->lo - 1e-12 : c->lo + 1e-12);
    }
    if (c->has_lo && c->has_hi)
        put(f, ",");
    if (c->has_hi) {
        put(f, "%s%s", x, c->hi_incl ? "<=" : "<");
        exact(f, c->hi_incl ? c->hi + 1e-12 : c->hi - 1e-12);
    }
    if (c->has_lo && c->has_hi)
        put(f, ")");
}

/* count_steps(gap) in ruletext_score.c; gap an expression in parentheses. */
static void steps_expr(fb *f, const char *gap, double step, jx_step_mode m)
{
    put(f, "IF(%s>1E-12,", gap);
    switch (m) {
    case JX_STEP_LINEAR: put(f, "%s/", gap); exact(f, step); break;
    case JX_STEP_CEIL:   put(f, "-INT(1E-09-%s/", gap); exact(f, step); put(f, ")"); break;
    case JX_STEP_FLOOR:
    default:             put(f, "INT(%s/", gap); exact(f, step); put(f, "+1E-09)"); break;
    }
    put(f, ",0)");
}

/* outcome_value in ruletext_score.c (x: the number, "0" for texts). */
static void rout_expr(fb *f, const jx_rout *o, const char *x, const char *P)
{
    char gap[96], ref[40];

    switch (o->kind) {
    case JX_RO_FRACTION: exact(f, o->value); put(f, "*%s", P); return;
    case JX_RO_POINTS:   exact(f, o->value); return;
    case JX_RO_DEDUCT:   put(f, "%s-", P); exact(f, o->value); return;
    case JX_RO_BONUS:    /* never compiled: above_points rules are refused */
        put(f, "%s+", P); exact(f, o->value); return;
    case JX_RO_RATIO:
        put(f, "MIN(%s,1)*", x);
        if (o->value > 0) exact(f, o->value);
        else put(f, "%s", P);
        return;
    case JX_RO_LINEAR:
        put(f, "(");
        exact(f, o->a);
        put(f, "+");
        exact(f, o->b);
        put(f, "*%s)*%s", x, P);
        return;
    case JX_RO_OPEN:                      /* refused by jx_formula_rule */
        put(f, "\"\"");
        return;
    case JX_RO_STEPS:
        snprintf(ref, sizeof ref, "%.17G", o->ref);
        put(f, "(");
        exact(f, o->base);
        if (o->base_frac) put(f, "*%s", P);
        put(f, "+");
        if (o->max_deduct > 0) put(f, "MAX(-%.17G,", o->max_deduct);
        put(f, "0");
        if (o->over_per != 0) {
            snprintf(gap, sizeof gap, "(%s-%s)", x, ref);
            put(f, "+");
            steps_expr(f, gap, o->step, o->partial);
            put(f, "*(");
            exact(f, o->over_per);
            put(f, ")");
            if (o->per_frac) put(f, "*%s", P);   /* a share of the points */
        }
        if (o->under_per != 0) {
            snprintf(gap, sizeof gap, "(%s-%s)", ref, x);
            put(f, "+");
            steps_expr(f, gap, o->step, o->partial);
            put(f, "*(");
            exact(f, o->under_per);
            put(f, ")");
            if (o->per_frac) put(f, "*%s", P);
        }
        if (o->max_deduct > 0) put(f, ")");
        put(f, ")");
        return;
    }
}

/* The score of a clause: refused when POINTS/DEDUCT exceed P, clamped, rounded. */
static void clause_score(fb *f, const jx_rule *r, const jx_rout *o, const char *x,
                         const char *P, int digits)
{
    int guard = o->kind == JX_RO_POINTS || o->kind == JX_RO_DEDUCT;

    if (guard) {
        put(f, "IF(");
        exact(f, jx_round(o->value, 2));
        put(f, ">ROUND(%s,2),\"\",", P);
    }
    put(f, "ROUND(MAX(0,MIN(");
    if (r->max_score > 0) {
        put(f, "MIN(%s,", P);
        exact(f, r->max_score);
        put(f, ")");
    } else {
        put(f, "%s", P);
    }
    put(f, ",");
    rout_expr(f, o, x, P);
    put(f, ")),%d)", digits);
    if (guard)
        put(f, ")");
}

/* What no clause holding gives (otherwise < 0: refused). */
static void otherwise_score(fb *f, const jx_rule *r, const char *P, int digits)
{
    if (r->otherwise < 0) {
        put(f, "\"\"");
        return;
    }
    jx_rout o = {.kind = JX_RO_FRACTION, .value = r->otherwise};
    clause_score(f, r, &o, "0", P, digits);
}

static int rclause_ok(const jx_rclause *c)
{
    const jx_rout *o = &c->out;
    if ((unsigned)c->cond.kind > JX_RC_NA || (unsigned)o->kind > JX_RO_STEPS)
        return 0;
    if (c->cond.kind == JX_RC_RANGE &&
        ((c->cond.has_lo && !isfinite(c->cond.lo)) || (c->cond.has_hi && !isfinite(c->cond.hi))))
        return 0;
    if (c->cond.kind == JX_RC_LEVEL &&
        (memchr(c->cond.label, '\0', sizeof c->cond.label) == NULL || c->cond.label[0] == '\0'))
        return 0;
    if (!isfinite(o->value) || !isfinite(o->a) || !isfinite(o->b) || !isfinite(o->base) ||
        !isfinite(o->ref) || !isfinite(o->over_per) || !isfinite(o->under_per) ||
        !isfinite(o->max_deduct))
        return 0;
    if (o->kind == JX_RO_STEPS &&
        (!(o->step > 0) || !isfinite(o->step) || (unsigned)o->partial > JX_STEP_LINEAR))
        return 0;
    return 1;
}

static int has_cond(const jx_rule *r, jx_rcond_kind k)
{
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].cond.kind == k)
            return 1;
    return 0;
}

/* has_numeric in ruletext_score.c: 否则 next to level words is a level default. */
static int has_numeric(const jx_rule *r)
{
    return has_cond(r, JX_RC_RANGE) || has_cond(r, JX_RC_ALWAYS) ||
           (has_cond(r, JX_RC_ELSE) && !has_cond(r, JX_RC_LEVEL));
}

/* A rule whose steps count only what is written as missing ("缺2项"):
 * a bare number is refused there (done or missing?). */
static int bare_count_refused(const jx_rule *r)
{
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].out.kind == JX_RO_STEPS && r->clause[i].out.shortfall)
            return r->clause[i].out.shortfall == 2;
    return 0;
}

static int has_ratio(const jx_rule *r)
{
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].out.kind == JX_RO_RATIO || r->clause[i].out.kind == JX_RO_LINEAR)
            return 1;
    return 0;
}

/*
 * Whether a label has a blank at either end: the core trims the actual
 * before comparing (find_level), so such a label is never matched there
 * and must not be matched here either.
 */
static int label_padded(const char *l)
{
    static const char *const blanks[] = {" ", "\t", "\n", "\r", "\xE3\x80\x80", "\xC2\xA0"};
    size_t n = strlen(l);
    for (size_t i = 0; i < sizeof blanks / sizeof blanks[0]; i++) {
        size_t k = strlen(blanks[i]);
        if (n >= k && (memcmp(l, blanks[i], k) == 0 || memcmp(l + n - k, blanks[i], k) == 0))
            return 1;
    }
    return n == 0;
}

/* A text cell: an NA word, then a level label (with or without 效果). */
static void rule_text(fb *f, const jx_rule *r, const char *A, const char *P, int digits)
{
    static const char fx[] = "效果";
    int opened = 0;

    put(f, "IF(OR(ISNUMBER(FIND(\"不涉及\",%s)),ISNUMBER(FIND(\"不适用\",%s)),"
           "ISNUMBER(FIND(\"无此项\",%s)),%s=\"N/A\"),", A, A, A, A);
    const jx_rclause *na = NULL;
    for (int i = 0; i < r->n && !na; i++)
        if (r->clause[i].cond.kind == JX_RC_NA)
            na = &r->clause[i];
    if (na) clause_score(f, r, &na->out, "0", P, digits);
    else put(f, "\"\"");
    put(f, ",");
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        const char *l = c->cond.label;
        char alt[JX_LABEL_MAX + sizeof fx];
        if (c->cond.kind != JX_RC_LEVEL)
            continue;
        if (strncmp(l, fx, sizeof fx - 1) == 0)
            snprintf(alt, sizeof alt, "%s", l + sizeof fx - 1);
        else
            snprintf(alt, sizeof alt, "%s%s", fx, l);
        if (label_padded(l))
            continue;
        if (jx_rt_shared(r, c, l, strlen(l)))
            continue;                    /* "一经发现" in two deductions: the core refuses it */
        put(f, "IF(OR(%s=", A);
        str(f, l);
        if (!label_padded(alt) && !r->exact_levels) {   /* a yes/no check: as written */
            put(f, ",%s=", A);
            str(f, alt);
        }
        put(f, "),");
        clause_score(f, r, &c->out, "0", P, digits);
        put(f, ",");
        opened++;
    }
    put(f, "\"\"");
    while (opened-- > 0)
        put(f, ")");
    put(f, ")");
}

/* The clause that takes a score outside [0, P] (an adding step, a negative
 * score), for the refusal of a rule with above_points / below_zero. */
static int beyond_clause(const jx_rule *r)
{
    for (int i = 0; i < r->n; i++) {
        const jx_rout *o = &r->clause[i].out;
        if ((o->kind == JX_RO_STEPS && (o->over_per > 0 || o->under_per > 0)) ||
            (o->kind == JX_RO_POINTS && o->value < 0) || o->kind == JX_RO_RATIO)
            return i;
    }
    return 0;
}

/*
 * on_unmarked_edge in ruletext_score.c: a value on an end two ranges share
 * with no 含 / 不含 written ("90-100%:3分;70-90%:1分" at 90 %) is refused.
 */
static void unmarked_edges(fb *f, const jx_rule *r, const char *A)
{
    for (int i = 0; i < r->n; i++) {
        const jx_rcond *lo = &r->clause[i].cond;
        if (lo->kind != JX_RC_RANGE || !(lo->unmarked & 1) || !lo->has_lo) continue;
        for (int j = 0; j < r->n; j++) {
            const jx_rcond *hi = &r->clause[j].cond;
            const jx_rout *a = &r->clause[i].out, *b = &r->clause[j].out;
            if (j == i || hi->kind != JX_RC_RANGE || !(hi->unmarked & 2) || !hi->has_hi ||
                fabs(lo->lo - hi->hi) > 1e-12 || (a->kind == b->kind && a->value == b->value))
                continue;
            put(f, r->abs_actual ? ",ABS(ABS(%s)-" : ",ABS(%s-", A);
            exact(f, lo->lo);
            put(f, ")<=1E-12");
            break;
        }
    }
}

/* A number: refusals of actual_value, then the clauses in order. */
static void rule_number(fb *f, const jx_rule *r, const char *A, const char *P, int digits)
{
    int opened = 0;

    if (!has_numeric(r) && jx_rt_findings_only(r)) {
        /* deductions for findings only: 0 found is the item's points (ruletext.h) */
        put(f, "IF(%s=0,ROUND(%s,%d),\"\")", A, P, digits);
        return;
    }
    if (!has_numeric(r) || bare_count_refused(r) || r->rank_from_bottom) {
        /* a number is no level; a bare rank against 倒数第N名: from which end? */
        put(f, "\"\"");
        return;
    }
    put(f, "IF(OR(FALSE");
    if (!r->signed_actual)
        put(f, ",%s<0", A);
    if (r->percent == 1 || (r->percent < 0 && has_ratio(r)))
        put(f, ",ABS(%s)>10", A);        /* 96 typed for 96 % */
    if (strcmp(r->unit, "名") == 0 && !r->signed_actual)
        put(f, ",%s<1", A);              /* a rank starts at 1 (as jx_rule_score) */
    unmarked_edges(f, r, A);
    put(f, "),\"\",");
    char absA[64];
    if (r->abs_actual) {                 /* ±10%: the conditions test |x| */
        snprintf(absA, sizeof absA, "ABS(%s)", A);
        A = absA;
    }
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (c->cond.kind == JX_RC_LEVEL || c->cond.kind == JX_RC_NA)
            continue;
        if (c->cond.kind != JX_RC_RANGE || (!c->cond.has_lo && !c->cond.has_hi)) {
            clause_score(f, r, &c->out, A, P, digits);   /* always holds */
            goto close;
        }
        put(f, "IF(");
        rcond_expr(f, &c->cond, A);
        put(f, ",");
        clause_score(f, r, &c->out, A, P, digits);
        put(f, ",");
        opened++;
    }
    otherwise_score(f, r, P, digits);
close:
    while (opened-- > 0)
        put(f, ")");
    put(f, ")");
}

jx_err jx_formula_rule(const jx_rule *rule, const jx_formula_refs *refs,
                       int digits, const char *text, char *buf, size_t cap,
                       jx_diag *diag)
{
    size_t tlen = text ? strlen(text) : 0;
    const char *A, *P;
    fb f;

    jx_diag_clear(diag);
    if (rule == NULL || refs == NULL || !ref_ok(refs->actual) ||
        !ref_ok(refs->points) || buf == NULL)
        return JX_ERR_RANGE;
    if (jx_check_digits(digits) != JX_OK)
        return JX_ERR_DIGITS;
    if (cap > 0)
        buf[0] = '\0';
    if (rule->n < 0 || rule->n > JX_RCLAUSES_MAX || !isfinite(rule->otherwise) ||
        !isfinite(rule->max_score) || !isfinite(rule->stated_points))
        return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, text, tlen, 0);
    for (int i = 0; i < rule->n; i++) {
        const jx_rclause *c = &rule->clause[i];
        if (c->out.kind == JX_RO_OPEN) {  /* no formula gives the evaluator's part */
            size_t at = c->at <= tlen ? c->at : 0;
            size_t n = c->len <= tlen - at ? c->len : tlen - at;
            return jx_diag_set(diag, JX_ERR_RULE_OPEN, text ? text + at : NULL, n, 0);
        }
        if (!rclause_ok(c) || c->cond.part[0]) {   /* quote the clause; a part of numbered
                                                       parts: the core reads the actual as a
                                                       whole (ruletext.h, NUMBERED PARTS) */
            size_t at = c->at <= tlen ? c->at : 0;
            size_t n = c->len <= tlen - at ? c->len : tlen - at;
            return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, text ? text + at : NULL, n, 0);
        }
    }
    if (rule->above_points || rule->below_zero) {
        /* the formulas clamp to [0, P]: a score the sentence takes beyond
         * them (ruletext.h, SCORES OUTSIDE) is refused, quoting the clause */
        int k = beyond_clause(rule);
        const jx_rclause *c = &rule->clause[k];
        size_t at = c->at <= tlen ? c->at : 0;
        size_t n = c->len <= tlen - at ? c->len : tlen - at;
        return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, text ? text + at : NULL, n, 0);
    }
    A = refs->actual, P = refs->points;
    fb_init(&f, buf, cap);
    /* rule_score: the points, then the sentence's own points, then the actual. */
    put(&f, "IF(ISNUMBER(%s),IF(OR(%s<0", P, P);
    if (rule->stated_points > 0) {
        put(&f, ",");
        exact(&f, jx_round(rule->stated_points, 2));
        put(&f, ">ROUND(%s,2)", P);
    }
    put(&f, "),\"\",IF(ISTEXT(%s),", A);
    rule_text(&f, rule, A, P, digits);
    put(&f, ",IF(ISNUMBER(%s),", A);
    rule_number(&f, rule, A, P, digits);
    put(&f, ",\"\"))),\"\")");
    return fb_done(&f);
}

/* --- 评价等次 ---------------------------------------------------------------- */

jx_err jx_formula_grade(const jx_grades *g, const char *total, char *buf,
                        size_t cap)
{
    fb f;

    if (g == NULL || g->n < 1 || g->n > JX_GRADES_MAX || !ref_ok(total) || buf == NULL)
        return JX_ERR_RANGE;
    fb_init(&f, buf, cap);
    put(&f, "IF(ISNUMBER(%s),IF(OR(%s<0", total, total);
    if (g->max_total < 1e300) {
        put(&f, ",%s>", total);
        num(&f, g->max_total);
    }
    put(&f, "),\"\",");
    for (int i = 0; i < g->n; i++) {
        put(&f, "IF(%s>=", total);
        num(&f, g->threshold[i]);
        put(&f, ",");
        str(&f, g->label[i]);
        put(&f, ",");
    }
    str(&f, g->label[g->n]);
    for (int i = 0; i <= g->n; i++)
        put(&f, ")");
    put(&f, ",\"\")");
    return fb_done(&f);
}
