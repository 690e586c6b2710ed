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

/*
 * jx_approx_floor(q) for q >= 0: floor of q rounded to 15 significant
 * digits.  q is an expression without side effects, written three times.
 */
static void approx_floor(fb *f, const char *q)
{
    put(f, "IF(%s<=0,0,INT(ROUND(%s,14-INT(LOG10(%s)))))", q, q, q);
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

static int scheme_ok(const jx_scheme *s)
{
    if (s->n < 0 || s->n > JX_TIERS_MAX)
        return 0;
    for (int i = 0; i < s->n; i++) {
        const jx_tier *t = &s->tier[i];
        if (t->naliases < 1 || t->naliases > JX_ALIASES_MAX ||
            !(t->hi >= 0 && t->hi <= 1))
            return 0;
        for (int k = 0; k < t->naliases; k++)
            if (memchr(t->alias[k], '\0', sizeof t->alias[k]) == NULL ||
                t->alias[k][0] == '\0')
                return 0;
    }
    return 1;
}

/* Whether the structure is one this compiler knows (else: refuse). */
static int rule_ok(const jx_rule *r)
{
    if (!isfinite(r->stated_points) || r->stated_points < 0 ||
        (r->na_clause && (!isfinite(r->na_value) || r->na_value < 0)))
        return 0;
    switch (r->kind) {
    case JX_RULE_BANDS:
        return bandrule_ok(&r->bands) && r->bands_percent >= -1 && r->bands_percent <= 1;
    case JX_RULE_LEVELS:
        return scheme_ok(&r->levels);
    case JX_RULE_DEDUCT:
        return isfinite(r->per) && r->per >= 0 && isfinite(r->cap);
    case JX_RULE_STEP:
        return isfinite(r->per) && r->per >= 0 && isfinite(r->cap) &&
               isfinite(r->step) && r->step > 0;
    case JX_RULE_RATIO:
        return 1;
    }
    return 0;
}

/* is_na_actual in ruletext.c, for a text cell. */
static void na_cond(fb *f, const char *A)
{
    put(f, "OR(ISNUMBER(FIND(\"不涉及\",%s)),ISNUMBER(FIND(\"不适用\",%s)),"
           "ISNUMBER(FIND(\"无此项\",%s)),%s=\"N/A\")", A, A, A, A);
}

/* What the not-applicable clause gives (more than the points: refused). */
static void na_value(fb *f, const jx_rule *r, const char *P, int digits)
{
    if (r->na_is_points) {
        put(f, "IF(%s<", P);
        num(f, r->na_value);
        put(f, ",\"\",");
        num(f, jx_round(r->na_value, digits));
        put(f, ")");
    } else {
        put(f, "IF(");
        num(f, r->na_value);
        put(f, "*%s>%s,\"\",ROUND(", P, P);
        num(f, r->na_value);
        put(f, "*%s,%d))", P, digits);
    }
}

/* Levels: exact labels, tier by tier (jx_qual_score: top of the tier). */
static void levels_body(fb *f, const jx_scheme *s, const char *A,
                        const char *P, int digits)
{
    for (int i = 0; i < s->n; i++) {
        const jx_tier *t = &s->tier[i];
        put(f, "IF(OR(");
        for (int k = 0; k < t->naliases; k++) {
            put(f, "%s%s=", k ? "," : "", A);
            str(f, t->alias[k]);
        }
        put(f, "),MIN(%s,ROUND(", P);
        num(f, t->hi);
        put(f, "*%s,%d)),", P, digits);
    }
    put(f, "\"\"");
    for (int i = 0; i < s->n; i++)
        put(f, ")");
}

/* The rule applied to a number in A (A and P hold numbers). */
static void rule_number(fb *f, const jx_rule *r, const char *A, const char *P,
                        int digits)
{
    char q[200];

    switch (r->kind) {
    case JX_RULE_BANDS:
        put(f, "IF(OR(%s<0%s%s%s),\"\",", A, r->bands_percent == 1 ? "," : "",
            r->bands_percent == 1 ? A : "", r->bands_percent == 1 ? ">10" : "");
        bands_body(f, &r->bands, A, P, digits);
        put(f, ")");
        return;
    case JX_RULE_LEVELS:
        put(f, "\"\"");                    /* a number is no level */
        return;
    case JX_RULE_DEDUCT:
        put(f, "IF(%s<0,\"\",ROUND(MAX(0,%s-", A, P);
        if (r->cap > 0) put(f, "MIN(");
        put(f, "%s*", A);
        num(f, r->per);
        if (r->cap > 0) {
            put(f, ",");
            num(f, r->cap);
            put(f, ")");
        }
        put(f, "),%d))", digits);
        return;
    case JX_RULE_STEP:
        put(f, "IF(OR(%s<0%s%s%s),\"\",ROUND(%s-MIN(", A, r->step_percent ? "," : "",
            r->step_percent ? A : "", r->step_percent ? ">10" : "", P);
        if (r->per == 0) {
            put(f, "0");
        } else {
            char st[40];
            snprintf(st, sizeof st, "%.15G", jx_approx_value(r->step));
            snprintf(q, sizeof q, "%s/%s", A, st);
            approx_floor(f, q);
            put(f, "*");
            num(f, r->per);
        }
        put(f, ",");
        if (r->cap > 0) {
            put(f, "MIN(");
            num(f, r->cap);
            put(f, ",%s)", P);
        } else {
            put(f, "%s", P);
        }
        put(f, "),%d))", digits);
        return;
    case JX_RULE_RATIO:
        put(f, "IF(%s<0,\"\",ROUND(MIN(%s,1)*", A, A);
        if (r->stated_points > 0) num(f, r->stated_points);
        else put(f, "%s", P);
        put(f, ",%d))", digits);
        return;
    }
}

jx_err jx_formula_rule(const jx_rule *rule, const jx_formula_refs *refs,
                       int digits, const char *text, char *buf, size_t cap,
                       jx_diag *diag)
{
    const char *A, *P;
    double mp = -1;
    fb f;

    jx_diag_clear(diag);
    if (rule == NULL || refs == NULL || !ref_ok(refs->actual) ||
        !ref_ok(refs->points) || buf == NULL)
        return JX_ERR_RANGE;
    if (jx_check_digits(digits) != JX_OK)
        return JX_ERR_DIGITS;
    if (cap > 0)
        buf[0] = '\0';
    if (!rule_ok(rule))
        return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, text, text ? strlen(text) : 0, 0);
    A = refs->actual, P = refs->points;
    if (rule->kind == JX_RULE_BANDS)
        mp = max_band_points(&rule->bands);
    fb_init(&f, buf, cap);
    /* rule_score: points, then the sentence's own points, then the actual. */
    put(&f, "IF(ISNUMBER(%s),IF(OR(%s<0", P, P);
    if (rule->stated_points > 0) {
        put(&f, ",");
        num(&f, jx_round(rule->stated_points, 2));
        put(&f, ">ROUND(%s,2)", P);
    }
    if (mp >= 0) {
        put(&f, ",%s<", P);
        num(&f, mp);
    }
    put(&f, "),\"\",IF(ISTEXT(%s),IF(", A);
    na_cond(&f, A);
    put(&f, ",");
    if (rule->na_clause)
        na_value(&f, rule, P, digits);
    else
        put(&f, "\"\"");
    put(&f, ",");
    if (rule->kind == JX_RULE_LEVELS)
        levels_body(&f, &rule->levels, A, P, digits);
    else
        put(&f, "\"\"");                  /* "3次", "3/4": not read here */
    put(&f, "),IF(ISNUMBER(%s),", A);
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
