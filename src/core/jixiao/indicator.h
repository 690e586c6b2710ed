/*
 * jixiao/indicator.h - quantitative indicators (定量指标): completion, met,
 * score, over-achievement.
 *
 * National rule (财预〔2020〕10号): a met target earns full points; a missed
 * one earns points x completion.  Completion by direction:
 *   ≥ / > / = (正向): actual / target.  Target 0: "≥0" is always met; "=0"
 *                     means "none allowed": met only when actual is 0.
 *   ≤ / < (反向):     JX_REVERSE_AB (default, Hubei notes): target / actual;
 *                     JX_REVERSE_LINEAR (budget-system vendors):
 *                     1 - (actual - target) / target, 0 at 2 x target.
 *                     濉溪: ≤5300, actual 5830, 10 points -> 9.09 (A/B), 9.00 (linear).
 *                     Actual 0 against a ≤ target is met, completion 1.
 * Completion is not capped (an over-achieved ≥ target reports e.g. 1.5)
 * except that it is never negative; the score is capped at the points.
 * Over-achievement: completion >= over_threshold (default 1.30) sets
 * JX_FLAG_OVER; the table must then explain it in 偏差原因.
 */
#ifndef JIXIAO_INDICATOR_H
#define JIXIAO_INDICATOR_H

#include "jixiao/error.h"
#include "jixiao/target.h"

#ifdef __cplusplus
extern "C" {
#endif

/* How a missed target is scored. */
typedef enum jx_miss_mode {
    JX_MISS_PROP = 0,  /* points x completion ("prop", 按比例, default) */
    JX_MISS_HALF,      /* half the points ("half", 一半)                 */
    JX_MISS_ZERO       /* nothing ("zero", 不得分)                       */
} jx_miss_mode;

/* Which rule scores a missed ≤ target. */
typedef enum jx_reverse_rule {
    JX_REVERSE_AB = 0, /* target / actual ("ab", default)          */
    JX_REVERSE_LINEAR  /* 1 - (actual - target) / target ("linear") */
} jx_reverse_rule;

/* Result flags. */
#define JX_FLAG_MET  0x1u   /* the target is met                          */
#define JX_FLAG_OVER 0x2u   /* completion >= over_threshold: explain it   */

/* Default over-achievement threshold (130 %). */
#define JX_OVER_DEFAULT 1.30

typedef struct jx_ind_opts {
    jx_miss_mode miss;
    jx_reverse_rule reverse;
    int digits;              /* rounding of the score, 0..JX_DIGITS_MAX   */
    double over_threshold;   /* > 1; JX_OVER_DEFAULT by default           */
} jx_ind_opts;

/* Fill *opts with the defaults: prop, A/B, 2 digits, 1.30. */
void jx_ind_opts_default(jx_ind_opts *opts);

/*
 * Parse a mode word as a user types it in a cell, case-insensitive and
 * full-width tolerant, spaces around words ignored: "prop"/"比例"/"按比例",
 * "half"/"一半"/"半", "zero"/"0"/"不得分"; and, for the reverse rule,
 * "ab"/"linear"/"线性".  A mode text may combine one of each separated by
 * "," "，" ";" "；" or spaces ("half;linear"); two of one kind ("half zero")
 * are an error.  *opts is read and updated: each word sets only the field
 * it names, so start from jx_ind_opts_default; empty text changes nothing.
 * JX_ERR_RULE_SYNTAX with diag otherwise (*opts untouched).
 */
jx_err jx_ind_opts_parse(const char *text, size_t len, jx_ind_opts *opts,
                         jx_diag *diag);

/*
 * Completion rate of `actual` against `target` (see above).  Aligns units
 * with jx_quantity_align (its errors pass through).  *completion >= 0.
 */
jx_err jx_completion(const jx_quantity *actual, const jx_target *target,
                     jx_reverse_rule reverse, double *completion);

/* Whether `actual` meets `target` (approximate comparison, jx_approx_ge). */
jx_err jx_target_met(const jx_quantity *actual, const jx_target *target,
                     int *met);

/*
 * Score of a quantitative indicator worth `points` (>= 0): full when met,
 * else by opts->miss; rounded to opts->digits.  *flags (may be NULL) gets
 * JX_FLAG_MET / JX_FLAG_OVER.  opts NULL means the defaults.
 */
jx_err jx_ind_score(const jx_quantity *actual, const jx_target *target,
                    double points, const jx_ind_opts *opts, double *score,
                    unsigned *flags);

/* Over-achieved? completion >= threshold (approximately). */
int jx_overachieved(double completion, double threshold);

#ifdef __cplusplus
}
#endif
#endif
