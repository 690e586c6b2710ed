/*
 * jixiao/rules.h - the scoring rule families of the tables other than
 * quantitative targets and qualitative tiers: deductions with a floor,
 * step deductions, band tables, ratios of counts, rescaling when indicators
 * are not applicable.
 *
 * All scores are rounded with jx_round to `digits` decimals and lie in
 * [0, points].
 */
#ifndef JIXIAO_RULES_H
#define JIXIAO_RULES_H

#include <stddef.h>
#include "jixiao/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * "有一次未按要求完成的，扣1分，扣完为止": max(0, points - count x per_item).
 * points, count, per_item >= 0 (JX_ERR_NEGATIVE otherwise).
 */
jx_err jx_deduct_score(double points, double count, double per_item,
                       int digits, double *score);

/*
 * "项目数量/项目总数×4分": min(done / total, 1) x points.  total == 0 means the
 * indicator does not apply to this department ("不涉及此项考核指标") and
 * earns full points.  done > total is capped at full.  Negative -> error.
 */
jx_err jx_ratio_score(double done, double total, double points, int digits,
                      double *score);

/* How partial steps count in a step deduction. */
typedef enum jx_step_mode {
    JX_STEP_FLOOR = 0,  /* only whole steps count (default): 5% short, step 3% -> 1 */
    JX_STEP_CEIL,       /* any started step counts:           5% short, step 3% -> 2 */
    JX_STEP_LINEAR      /* proportional:                      5% short, step 3% -> 5/3 */
} jx_step_mode;

/*
 * "每相差3%，扣1分，扣满15分为止", "每超1个百分点扣0.5分，扣完为止":
 * deduction = steps(gap / step) x per_step, capped at `cap` (cap <= 0 or
 * cap > points means "扣完为止": capped at points); score = points - deduction.
 * gap is how far the value is on the wrong side (a shortfall or an overrun,
 * >= 0, same unit as step: 0.06 for 6 %).  Whole steps are counted with
 * jx_approx_floor so that 0.06 / 0.03 is 2 steps, not 1.
 */
jx_err jx_step_score(double points, double gap, double step, double per_step,
                     double cap, jx_step_mode mode, int digits, double *score);

/* --- Band rules ------------------------------------------------------- */

/* What a matching band gives. */
typedef enum jx_band_kind {
    JX_BAND_POINTS = 0,  /* a number of points ("5")                         */
    JX_BAND_FRACTION,    /* a fraction of the points ("full"/"满分" = 1,
                            "half"/"一半"/"半分" = 0.5, "80%" = 0.8, "zero"/"不得分" = 0) */
    JX_BAND_RATIO        /* points x min(x, 1) ("ratio"/"比例"/"按比例")       */
} jx_band_kind;

/* Comparisons a band condition may use. */
typedef enum jx_band_cmp {
    JX_CMP_GE = 0, JX_CMP_GT, JX_CMP_LE, JX_CMP_LT, JX_CMP_EQ,
    JX_CMP_ELSE          /* "else"/"其他"/"否则"/"*": always matches        */
} jx_band_cmp;

#define JX_BANDS_MAX 16

typedef struct jx_band {
    jx_band_cmp cmp;
    double bound;        /* percent written as a fraction: 90% -> 0.9    */
    jx_band_kind kind;
    double value;        /* points, or fraction for JX_BAND_FRACTION      */
} jx_band;

/* A parsed band rule: bands tried in the order written, first match wins. */
typedef struct jx_bandrule {
    int n;
    jx_band band[JX_BANDS_MAX];
} jx_bandrule;

/*
 * Parse a band rule: items separated by ';' '；' or a newline, each
 * CONDITION ':' VALUE (':' or '：'), e.g.
 *   "≥90%:5;≥80%:4;≥70%:3;else:0"      (points)
 *   "≥95%:full;else:half"              (≥95%得满分，未达到95%得一半分)
 *   "≥90%:full;else:ratio"
 * CONDITION is a comparison sign (any form jx_target_parse accepts, ASCII
 * or full-width: ≥ ≧ ＞＝ 不低于 95%以上 ...) and a number with optional %,
 * or else/其他/其它/否则 or a lone asterisk.  The direction must be written
 * ("90%:5" is refused: ≥ or =?) and a unit is refused.  VALUE may read
 * "得5分" / "得满分" / "一半分" as in the tables.  Blank items are skipped;
 * an item after an else can never match and is refused.
 * A value that matches no band scores 0.  At most JX_BANDS_MAX items.
 * JX_ERR_RULE_SYNTAX with diag on anything else (JX_ERR_NEGATIVE for a
 * negative bound, JX_ERR_EMPTY / JX_ERR_ENCODING / JX_ERR_TOO_LONG).
 */
jx_err jx_bandrule_parse(const char *text, size_t len, jx_bandrule *out,
                         jx_diag *diag);

/*
 * Score `x` (a rate as a fraction, or any number) by `rule` for an item
 * worth `points`.  A POINTS band above `points` is JX_ERR_RULE_SYNTAX
 * (the rule promises more than the item is worth).
 */
jx_err jx_bandrule_score(const jx_bandrule *rule, double x, double points,
                         int digits, double *score);

/* --- Rescaling ------------------------------------------------------- */

/*
 * One indicator row for totals and rescaling.  `applicable` 0 marks a row
 * dropped as not applicable (不适用); its score and points are ignored.
 */
typedef struct jx_scored {
    double score;
    double points;
    int applicable;
} jx_scored;

/*
 * Total when not-applicable indicators are dropped and the remaining points
 * rescaled to `full` (usually 100): sum(score) / sum(points) x full over the
 * applicable rows, rounded to digits.  No applicable points (nothing left
 * to score) -> JX_ERR_RANGE.  Scores outside [0, points] -> JX_ERR_SCORE_RANGE.
 */
jx_err jx_rescaled_total(const jx_scored *rows, size_t n, double full,
                         int digits, double *total);

/*
 * New points of row i after dropping the non-applicable rows and scaling
 * the rest to `full`: points_i x full / sum(applicable points), rounded to
 * digits; 0 for dropped rows.  `out` has n entries.
 */
jx_err jx_rescale_points(const jx_scored *rows, size_t n, double full,
                         int digits, double *out);

/*
 * Sum of scores rounded to digits, with every score checked to lie in
 * [0, its points] (JX_ERR_SCORE_RANGE, *bad_index set to the first bad row
 * when bad_index is not NULL).  Rows with applicable == 0 are skipped.
 */
jx_err jx_score_sum(const jx_scored *rows, size_t n, int digits,
                    double *sum, size_t *bad_index);

#ifdef __cplusplus
}
#endif
#endif
