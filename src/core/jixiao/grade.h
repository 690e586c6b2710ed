/*
 * jixiao/grade.h - grade bands (评价等次).
 *
 * 财预〔2020〕10号: 优 [90, 100], 良 [80, 90), 中 [60, 80), 差 [0, 60).  Bands
 * are half-open: 89.5 is 良, 90 is 优, 89.999 is 良.  Thresholds are compared
 * with jx_approx_ge so that a sum landing on 89.99999999999999 grades as 90.
 * Other tables write 优秀/良好/合格/不合格 or use five bands: thresholds and
 * labels are parameters.
 */
#ifndef JIXIAO_GRADE_H
#define JIXIAO_GRADE_H

#include <stddef.h>
#include "jixiao/error.h"

#ifdef __cplusplus
extern "C" {
#endif

#define JX_GRADES_MAX 8
#define JX_GRADE_LABEL_MAX 31   /* UTF-8 bytes */

/*
 * n thresholds, strictly descending, and n + 1 labels: label[i] for
 * total >= threshold[i] (first match), label[n] below the last threshold.
 */
typedef struct jx_grades {
    int n;
    double threshold[JX_GRADES_MAX];
    char label[JX_GRADES_MAX + 1][JX_GRADE_LABEL_MAX + 1];
    double max_total;          /* totals above it are JX_ERR_RANGE (100) */
} jx_grades;

/* 90/80/60 with 优/良/中/差, max_total 100. */
void jx_grades_default(jx_grades *out);

/*
 * Build bands from thresholds (strictly descending, finite, >= 0) and labels
 * (n + 1 of them; NULL labels means 优/良/中/差 when n == 3, else
 * JX_ERR_BANDS).  Labels must be non-empty and at most JX_GRADE_LABEL_MAX
 * bytes.  max_total is 100 when every threshold is <= 100, else +max.
 */
jx_err jx_grades_make(const double *thresholds, int n,
                      const char *const *labels, jx_grades *out);

/*
 * Parse thresholds and labels written as text: "90;80;60" and "优;良;中;差"
 * (separators ; ； , ， / or space).  Either text may be empty (NULL/0) for
 * the default.  JX_ERR_BANDS / JX_ERR_RULE_SYNTAX with diag on error.
 */
jx_err jx_grades_parse(const char *thresholds, size_t tlen,
                       const char *labels, size_t llen, jx_grades *out,
                       jx_diag *diag);

/*
 * The label for `total`.  total < 0 or > max_total -> JX_ERR_RANGE.
 * *label points into `g`.
 */
jx_err jx_grade(const jx_grades *g, double total, const char **label);

#ifdef __cplusplus
}
#endif
#endif
