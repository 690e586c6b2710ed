/*
 * rate.c - 预算执行率, 资金到位率, 控制率 and the execution score.
 *
 * All three rates are one quotient with the same rules, so they share
 * money_ratio: money is finite and >= 0, and a zero denominator is "no
 * budget" (JX_ERR_NO_BUDGET) rather than 0 % or 100 %, because published
 * tables that show 0 / 0 as 100 % are one of the errors the checks catch.
 */
#include <math.h>

#include "jixiao/rate.h"
#include "jixiao/round.h"

static jx_err money_ratio(double num, double den, double *out)
{
    double r;

    if (!isfinite(num) || !isfinite(den))
        return JX_ERR_NOT_FINITE;
    if (num < 0 || den < 0)
        return JX_ERR_NEGATIVE;
    if (den == 0)
        return JX_ERR_NO_BUDGET;
    r = num / den;
    if (!isfinite(r))       /* a huge amount over a tiny one overflows */
        return JX_ERR_RANGE;
    *out = r;
    return JX_OK;
}

jx_err jx_exec_rate(double spent, double budget, double *rate)
{
    return money_ratio(spent, budget, rate);
}

jx_err jx_fund_rate(double received, double budget, double *rate)
{
    return money_ratio(received, budget, rate);
}

jx_err jx_control_rate(double actual, double planned, double *rate)
{
    return money_ratio(actual, planned, rate);
}

jx_err jx_exec_score(double spent, double budget, double points,
                     const jx_bandrule *rule, int digits, double *score)
{
    double rate;
    jx_err rc;

    if ((rc = jx_check_digits(digits)) != JX_OK)
        return rc;
    if (!isfinite(points))
        return JX_ERR_NOT_FINITE;
    if (points < 0)
        return JX_ERR_NEGATIVE;
    if ((rc = jx_exec_rate(spent, budget, &rate)) != JX_OK)
        return rc;
    if (rule != NULL)
        return jx_bandrule_score(rule, rate, points, digits, score);
    /* National rule: over-execution earns no more than the points. */
    *score = jx_round((rate < 1.0 ? rate : 1.0) * points, digits);
    return JX_OK;
}
