/*
 * grade.c - grade bands (评价等次): 优 [90,100], 良 [80,90), 中 [60,80), 差.
 *
 * Thresholds are compared with jx_approx_ge, as Calc's ">=" would, so that a
 * total whose parts add up to 89.99999999999999 is graded 优 like the 90 a
 * clerk sees in the cell.
 */
#include <float.h>
#include <math.h>
#include <string.h>

#include "jixiao/grade.h"
#include "jixiao/round.h"
#include "text.h"

static const double default_thresholds[3] = {90, 80, 60};
static const char *const default_labels[4] = {"优", "良", "中", "差"};

/* Non-empty, short enough, valid UTF-8. */
static jx_err check_label(const char *label)
{
    size_t len;

    if (label == NULL || label[0] == '\0')
        return JX_ERR_BANDS;
    len = strlen(label);
    if (len > JX_GRADE_LABEL_MAX)
        return JX_ERR_BANDS;
    if (jx_utf8_check(label, len) != len)
        return JX_ERR_ENCODING;
    return JX_OK;
}

jx_err jx_grades_make(const double *thresholds, int n,
                      const char *const *labels, jx_grades *out)
{
    jx_grades g;
    int i;
    jx_err rc;

    if (out == NULL || thresholds == NULL || n < 1 || n > JX_GRADES_MAX)
        return JX_ERR_BANDS;
    if (labels == NULL) {
        if (n != 3)
            return JX_ERR_BANDS;
        labels = default_labels;
    }
    memset(&g, 0, sizeof g);
    g.n = n;
    g.max_total = 100;
    for (i = 0; i < n; i++) {
        double t = thresholds[i];
        if (!isfinite(t))
            return JX_ERR_NOT_FINITE;
        if (t < 0 || (i > 0 && !(t < thresholds[i - 1])))
            return JX_ERR_BANDS;
        if (t > 100)        /* a scale other than 100: no upper limit */
            g.max_total = DBL_MAX;
        g.threshold[i] = t;
    }
    for (i = 0; i <= n; i++) {
        if ((rc = check_label(labels[i])) != JX_OK)
            return rc;
        memcpy(g.label[i], labels[i], strlen(labels[i]) + 1);
    }
    *out = g;
    return JX_OK;
}

void jx_grades_default(jx_grades *out)
{
    if (out != NULL)
        jx_grades_make(default_thresholds, 3, default_labels, out);
}

jx_err jx_grade(const jx_grades *g, double total, const char **label)
{
    int i;

    if (g == NULL || g->n < 1 || g->n > JX_GRADES_MAX)
        return JX_ERR_BANDS;
    if (!isfinite(total))
        return JX_ERR_NOT_FINITE;
    if (total < 0 || (total > g->max_total &&
                      !jx_approx_equal(total, g->max_total)))
        return JX_ERR_RANGE;
    for (i = 0; i < g->n; i++) {
        if (jx_approx_ge(total, g->threshold[i])) {
            *label = g->label[i];
            return JX_OK;
        }
    }
    *label = g->label[g->n];
    return JX_OK;
}
