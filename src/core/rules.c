/*
 * rules.c - deductions with a floor, step deductions, band rules, ratios of
 * counts, rescaling and checked sums.
 *
 * Every function validates all arguments before it computes anything and
 * writes its out-parameter only on success, so a caller (the Calc add-in)
 * can map any error straight to Err:502 without cleaning up.
 */
#include <math.h>

#include "jixiao/rules.h"
#include "jixiao/round.h"

/* Finite and >= 0: money, counts, points and gaps. */
static jx_err check_amount(double x)
{
    if (!isfinite(x))
        return JX_ERR_NOT_FINITE;
    return x < 0 ? JX_ERR_NEGATIVE : JX_OK;
}

static jx_err check_amounts3(double a, double b, double c)
{
    jx_err rc;

    if ((rc = check_amount(a)) != JX_OK || (rc = check_amount(b)) != JX_OK)
        return rc;
    return check_amount(c);
}

jx_err jx_deduct_score(double points, double count, double per_item,
                       int digits, double *score)
{
    double s;
    jx_err rc;

    if ((rc = jx_check_digits(digits)) != JX_OK ||
        (rc = check_amounts3(points, count, per_item)) != JX_OK)
        return rc;
    s = points - count * per_item;
    if (!(s > 0))           /* 扣完为止: never below zero (also catches -Inf) */
        s = 0;
    *score = jx_round(s, digits);
    return JX_OK;
}

jx_err jx_ratio_score(double done, double total, double points, int digits,
                      double *score)
{
    double r;
    jx_err rc;

    if ((rc = jx_check_digits(digits)) != JX_OK ||
        (rc = check_amounts3(done, total, points)) != JX_OK)
        return rc;
    /* "不涉及此项考核指标…得分为6分": nothing to count earns full points. */
    r = total == 0 ? 1.0 : done / total;
    if (!(r < 1.0))
        r = 1.0;
    *score = jx_round(r * points, digits);
    return JX_OK;
}

/* How many steps `q` (gap / step) counts for under `mode`. */
static double count_steps(double q, jx_step_mode mode)
{
    switch (mode) {
    case JX_STEP_CEIL:
        return jx_approx_ceil(q);
    case JX_STEP_LINEAR:
        return q;
    case JX_STEP_FLOOR:
    default:
        /* 1 - 0.91 = 0.08999999999999997, / 0.03 = 2.999999999999999: 3 steps. */
        return jx_approx_floor(q);
    }
}

jx_err jx_step_score(double points, double gap, double step, double per_step,
                     double cap, jx_step_mode mode, int digits, double *score)
{
    double deduction, limit, q;
    jx_err rc;

    if ((rc = jx_check_digits(digits)) != JX_OK ||
        (rc = check_amounts3(points, gap, per_step)) != JX_OK)
        return rc;
    if (!isfinite(step) || !isfinite(cap))
        return JX_ERR_NOT_FINITE;
    if (step <= 0 || (mode != JX_STEP_FLOOR && mode != JX_STEP_CEIL &&
                      mode != JX_STEP_LINEAR))
        return JX_ERR_RANGE;
    /* "扣满15分为止"; a cap of 0 or above the points means "扣完为止". */
    limit = (cap <= 0 || cap > points) ? points : cap;
    q = gap / step;
    if (per_step == 0)
        deduction = 0;
    else
        deduction = isfinite(q) ? count_steps(q, mode) * per_step : limit;
    if (!(deduction < limit))   /* also a gap so large the steps overflow */
        deduction = limit;
    *score = jx_round(points - deduction, digits);
    return JX_OK;
}

/* --- Band rules ------------------------------------------------------- */

/* Does x satisfy the band's condition?  Ties use Calc's approximate "=". */
static int band_matches(const jx_band *b, double x)
{
    switch (b->cmp) {
    case JX_CMP_GE:
        return jx_approx_ge(x, b->bound);
    case JX_CMP_GT:
        return x > b->bound && !jx_approx_equal(x, b->bound);
    case JX_CMP_LE:
        return jx_approx_le(x, b->bound);
    case JX_CMP_LT:
        return x < b->bound && !jx_approx_equal(x, b->bound);
    case JX_CMP_EQ:
        return jx_approx_equal(x, b->bound);
    case JX_CMP_ELSE:
        return 1;
    }
    return 0;
}

/*
 * A band that could never give a score in [0, points] makes the whole rule
 * wrong, whichever value is scored: reject it up front so that the same
 * rule does not work for one row and fail for the next.
 */
static jx_err check_band(const jx_band *b, double points)
{
    if ((unsigned)b->cmp > JX_CMP_ELSE)
        return JX_ERR_RULE_SYNTAX;
    if (b->cmp != JX_CMP_ELSE && !isfinite(b->bound))
        return JX_ERR_RULE_SYNTAX;
    switch (b->kind) {
    case JX_BAND_POINTS:
        if (!isfinite(b->value) || b->value < 0 || b->value > points)
            return JX_ERR_RULE_SYNTAX;
        return JX_OK;
    case JX_BAND_FRACTION:
        if (!isfinite(b->value) || b->value < 0 || b->value > 1)
            return JX_ERR_RULE_SYNTAX;
        return JX_OK;
    case JX_BAND_RATIO:
        return JX_OK;
    }
    return JX_ERR_RULE_SYNTAX;
}

static double band_value(const jx_band *b, double x, double points)
{
    switch (b->kind) {
    case JX_BAND_POINTS:
        return b->value;
    case JX_BAND_FRACTION:
        return b->value * points;
    case JX_BAND_RATIO:
        break;
    }
    if (!(x > 0))
        return 0;
    return x < 1 ? x * points : points;
}

jx_err jx_bandrule_score(const jx_bandrule *rule, double x, double points,
                         int digits, double *score)
{
    jx_err rc;
    int i;

    if ((rc = jx_check_digits(digits)) != JX_OK)
        return rc;
    if (rule == NULL || rule->n < 0 || rule->n > JX_BANDS_MAX)
        return JX_ERR_RULE_SYNTAX;
    if (!isfinite(x) || !isfinite(points))
        return JX_ERR_NOT_FINITE;
    if (points < 0)
        return JX_ERR_NEGATIVE;
    for (i = 0; i < rule->n; i++)
        if ((rc = check_band(&rule->band[i], points)) != JX_OK)
            return rc;
    for (i = 0; i < rule->n; i++) {
        if (band_matches(&rule->band[i], x)) {
            *score = jx_round(band_value(&rule->band[i], x, points), digits);
            return JX_OK;
        }
    }
    *score = 0;             /* no band matches: the rule gives nothing */
    return JX_OK;
}

/* --- Sums and rescaling ---------------------------------------------- */

/*
 * Neumaier-compensated sum, as Calc's SUM uses since 7.2 (KahanSum): ten
 * 0.1 add up to exactly 1 in Calc 7.4 (checked with RAWSUBTRACT), and here.
 */
typedef struct ksum {
    double sum, err;
} ksum;

static void ksum_add(ksum *k, double x)
{
    double t = k->sum + x;

    if (fabs(k->sum) >= fabs(x))
        k->err += (k->sum - t) + x;
    else
        k->err += (x - t) + k->sum;
    k->sum = t;
}

static double ksum_get(const ksum *k)
{
    return k->sum + k->err;
}

/* Score within [0, points], allowing Calc's approximate equality at the top. */
static int score_in_range(double score, double points)
{
    return score >= 0 && (score <= points || jx_approx_equal(score, points));
}

/*
 * Validate the applicable rows and add up their scores and points.  With
 * check_scores 0 only the points matter (rescaling ignores the scores).
 * *bad (may be NULL) gets the first offending row.
 */
static jx_err sum_rows(const jx_scored *rows, size_t n, int check_scores,
                       double *score_sum, double *points_sum, size_t *bad)
{
    ksum s = {0, 0}, p = {0, 0};
    size_t i;

    if (rows == NULL && n > 0)
        return JX_ERR_RANGE;
    for (i = 0; i < n; i++) {
        const jx_scored *r = &rows[i];
        jx_err rc = JX_OK;

        if (!r->applicable)
            continue;
        if (!isfinite(r->points) || (check_scores && !isfinite(r->score)))
            rc = JX_ERR_NOT_FINITE;
        else if (r->points < 0)
            rc = JX_ERR_NEGATIVE;
        else if (check_scores && !score_in_range(r->score, r->points))
            rc = JX_ERR_SCORE_RANGE;
        if (rc != JX_OK) {
            if (bad != NULL)
                *bad = i;
            return rc;
        }
        ksum_add(&s, check_scores ? r->score : 0);
        ksum_add(&p, r->points);
    }
    *score_sum = ksum_get(&s);
    *points_sum = ksum_get(&p);
    if (!isfinite(*score_sum) || !isfinite(*points_sum))
        return JX_ERR_RANGE;
    return JX_OK;
}

static jx_err check_full(double full)
{
    if (!isfinite(full))
        return JX_ERR_NOT_FINITE;
    return full <= 0 ? JX_ERR_RANGE : JX_OK;
}

jx_err jx_rescaled_total(const jx_scored *rows, size_t n, double full,
                         int digits, double *total)
{
    double s, p, t;
    jx_err rc;

    if ((rc = jx_check_digits(digits)) != JX_OK ||
        (rc = check_full(full)) != JX_OK ||
        (rc = sum_rows(rows, n, 1, &s, &p, NULL)) != JX_OK)
        return rc;
    if (p == 0)             /* every indicator dropped: nothing to scale */
        return JX_ERR_RANGE;
    t = s / p * full;
    if (!isfinite(t))
        return JX_ERR_RANGE;
    *total = jx_round(t, digits);
    return JX_OK;
}

jx_err jx_rescale_points(const jx_scored *rows, size_t n, double full,
                         int digits, double *out)
{
    double s, p;
    size_t i;
    jx_err rc;

    if ((rc = jx_check_digits(digits)) != JX_OK ||
        (rc = check_full(full)) != JX_OK ||
        (rc = sum_rows(rows, n, 0, &s, &p, NULL)) != JX_OK)
        return rc;
    if (p == 0)
        return JX_ERR_RANGE;
    if (out == NULL && n > 0)
        return JX_ERR_RANGE;
    for (i = 0; i < n; i++) {
        double v = rows[i].applicable ? rows[i].points / p * full : 0.0;
        out[i] = isfinite(v) ? jx_round(v, digits) : 0.0;
    }
    return JX_OK;
}

jx_err jx_score_sum(const jx_scored *rows, size_t n, int digits,
                    double *sum, size_t *bad_index)
{
    double s, p;
    jx_err rc;

    if ((rc = jx_check_digits(digits)) != JX_OK ||
        (rc = sum_rows(rows, n, 1, &s, &p, bad_index)) != JX_OK)
        return rc;
    *sum = jx_round(s, digits);
    return JX_OK;
}
