/*
 * jixiao/rate.h - money rates and the execution score.
 *
 *   预算执行率 = 全年执行数 / 全年预算数        (自评表: 003, 479.71 / 1071.15 = 44.78 %)
 *   预算执行率 = 实际支出 / 实际到位资金        (评价 framework: 000 reports 100 %)
 *   资金到位率 = 实际到位资金 / 预算安排资金    (000: 774.79 / 889.39 = 87.11 %)
 *   控制率     = 实际数 / 控制数 (编制数, 批复规模, 概算)  (003: 25 / 27 = 92.59 %)
 *
 * The denominator of the execution rate is 全年预算数 (adjusted budget), never
 * 年初预算 (callers choose which figure they pass; the templates label it).
 * Rates are not rounded.  A zero denominator is JX_ERR_NO_BUDGET: 0 / 0 is
 * "no budget", never 100 %.  Money is >= 0 (JX_ERR_NEGATIVE otherwise).
 */
#ifndef JIXIAO_RATE_H
#define JIXIAO_RATE_H

#include "jixiao/error.h"
#include "jixiao/rules.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Default points of the execution-rate indicator in a 自评表. */
#define JX_EXEC_POINTS_DEFAULT 10.0

/* spent / budget; budget > 0, spent >= 0; may exceed 1 (over-execution). */
jx_err jx_exec_rate(double spent, double budget, double *rate);

/* 资金到位率 received / budget; same rules as jx_exec_rate. */
jx_err jx_fund_rate(double received, double budget, double *rate);

/* 控制率 actual / planned (人员, 规模, 投资); same rules as jx_exec_rate. */
jx_err jx_control_rate(double actual, double planned, double *rate);

/*
 * Points for budget execution worth `points` (>= 0).  rule NULL: the
 * national ratio rule min(rate, 1) x points (003: 0.4478 x 10 -> 4.48).
 * Otherwise the band rule is applied to the rate ("≥90%:full;else:ratio").
 * Rounded to digits.
 */
jx_err jx_exec_score(double spent, double budget, double points,
                     const jx_bandrule *rule, int digits, double *score);

#ifdef __cplusplus
}
#endif
#endif
