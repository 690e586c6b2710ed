/*
 * functions.c - the spreadsheet functions and the one table describing
 * them (see functions.h).  Each implementation only reads its arguments
 * (args.c), calls the core library and stores the result: every rule lives
 * in src/core.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <math.h>

#include "functions.h"
#include "args.h"
#include "jixiao/jixiao.h"

#define DIGITS JX_DIGITS_DEFAULT

/* Scores and rates go straight to the result. */
static jx_err ok_num(jxa_result *res, double x)
{
    res->num = x;
    return JX_OK;
}

/* Core errors without a diagnostic: blame argument i. */
static jx_err core(jx_err e, int i, const jxa_ctx *ctx, jxa_result *res)
{
    return e ? jxa_fail(res, ctx, i, e) : JX_OK;
}

/* --- Money rates ------------------------------------------------------ */

static jx_err fn_execrate(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    double r;
    jx_err e = jx_exec_rate(a[0].num, a[1].num, &r);
    return e ? core(e, e == JX_ERR_NO_BUDGET ? 1 : -1, ctx, res) : ok_num(res, r);
}

static jx_err fn_fundrate(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    double r;
    jx_err e = jx_fund_rate(a[0].num, a[1].num, &r);
    return e ? core(e, e == JX_ERR_NO_BUDGET ? 1 : -1, ctx, res) : ok_num(res, r);
}

static jx_err fn_controlrate(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    double r;
    jx_err e = jx_control_rate(a[0].num, a[1].num, &r);
    return e ? core(e, e == JX_ERR_NO_BUDGET ? 1 : -1, ctx, res) : ok_num(res, r);
}

/* A band rule text, or NULL for the national ratio rule. */
static jx_err band_rule(const jxa_value *a, int i, jx_bandrule *rule,
                        const jx_bandrule **out, const jxa_ctx *ctx,
                        jxa_result *res)
{
    char buf[64];
    const char *s;
    size_t len = 0;
    jx_diag d;
    jx_err e;

    *out = NULL;
    if ((e = jxa_text(&a[i], i, buf, &s, &len, ctx, res)))
        return e;
    if (s == NULL || strcasecmp(s, "ratio") == 0 || strcmp(s, "比例") == 0 ||
        strcmp(s, "按比例") == 0)
        return JX_OK;
    if ((e = jx_bandrule_parse(s, len, rule, &d)))
        return jxa_fail_diag(res, ctx, i, &d);
    *out = rule;
    return JX_OK;
}

static jx_err fn_execscore(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    double w, s;
    jx_bandrule rule;
    const jx_bandrule *r;
    jx_err e;

    if ((e = jxa_number(&a[2], 2, 1, JX_EXEC_POINTS_DEFAULT, &w, ctx, res)) ||
        (e = band_rule(a, 3, &rule, &r, ctx, res)))
        return e;
    if ((e = jx_exec_score(a[0].num, a[1].num, w, r, DIGITS, &s)))
        return core(e, e == JX_ERR_NO_BUDGET ? 1 : e == JX_ERR_RULE_SYNTAX ? 3 : -1,
                    ctx, res);
    return ok_num(res, s);
}

/* --- Quantitative indicators ------------------------------------------ */

static jx_err ind_opts(const jxa_value *a, int i, jx_ind_opts *o,
                       const jxa_ctx *ctx, jxa_result *res)
{
    char buf[64];
    const char *s;
    size_t len = 0;
    jx_diag d;
    jx_err e;

    jx_ind_opts_default(o);
    if ((e = jxa_text(&a[i], i, buf, &s, &len, ctx, res)))
        return e;
    if (s != NULL && (e = jx_ind_opts_parse(s, len, o, &d)))
        return jxa_fail_diag(res, ctx, i, &d);
    return JX_OK;
}

/* Errors that come from aligning actual with target: whose fault. */
static int blame_align(jx_err e)
{
    return e == JX_ERR_UNIT_MISMATCH || e == JX_ERR_PERCENT_UNIT ||
           e == JX_ERR_NEGATIVE ? 0 : -1;
}

static jx_err fn_indscore(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    jx_quantity act;
    jx_target tgt;
    jx_ind_opts o;
    double s;
    jx_err e;

    if ((e = jxa_actual(&a[0], 0, &act, ctx, res)) ||
        (e = jxa_target(&a[1], 1, &tgt, ctx, res)) ||
        (e = ind_opts(a, 3, &o, ctx, res)))
        return e;
    if ((e = jx_ind_score(&act, &tgt, a[2].num, &o, &s, NULL)))
        return core(e, blame_align(e), ctx, res);
    return ok_num(res, s);
}

static jx_err fn_completion(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    jx_quantity act;
    jx_target tgt;
    jx_ind_opts o;
    double c;
    jx_err e;

    if ((e = jxa_actual(&a[0], 0, &act, ctx, res)) ||
        (e = jxa_target(&a[1], 1, &tgt, ctx, res)) ||
        (e = ind_opts(a, 2, &o, ctx, res)))
        return e;
    if ((e = jx_completion(&act, &tgt, o.reverse, &c)))
        return core(e, blame_align(e), ctx, res);
    return ok_num(res, c);
}

static jx_err fn_targetmet(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    jx_quantity act;
    jx_target tgt;
    int met;
    jx_err e;

    if ((e = jxa_actual(&a[0], 0, &act, ctx, res)) ||
        (e = jxa_target(&a[1], 1, &tgt, ctx, res)))
        return e;
    if ((e = jx_target_met(&act, &tgt, &met)))
        return core(e, blame_align(e), ctx, res);
    return ok_num(res, met ? 1.0 : 0.0);
}

/* --- Qualitative indicators ------------------------------------------- */

static jx_err scheme_arg(const jxa_value *a, int i, jx_scheme *sc,
                         const jxa_ctx *ctx, jxa_result *res)
{
    char buf[64];
    const char *s;
    size_t len = 0;
    jx_diag d;
    jx_err e;

    if ((e = jxa_text(&a[i], i, buf, &s, &len, ctx, res)))
        return e;
    if (s == NULL) {
        jx_scheme_national(sc);
        return JX_OK;
    }
    if ((e = jx_scheme_parse(s, len, sc, &d)))
        return jxa_fail_diag(res, ctx, i, &d);
    return JX_OK;
}

/* The level text (a string parameter: Calc already made it text). */
static jx_err level_arg(const jxa_value *a, int i, const char **s, size_t *len,
                        const jxa_ctx *ctx, jxa_result *res)
{
    if (a[i].type != JXA_STR || a[i].len == 0)
        return jxa_fail(res, ctx, i, JX_ERR_EMPTY);
    if (a[i].bad_text)
        return jxa_fail(res, ctx, i, JX_ERR_ENCODING);
    *s = a[i].str;
    *len = a[i].len;
    return JX_OK;
}

static jx_err fn_qualscore(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    jx_scheme sc;
    const char *lv = NULL;
    size_t len = 0;
    double s;
    jx_diag d;
    jx_err e;

    if ((e = level_arg(a, 0, &lv, &len, ctx, res)) ||
        (e = scheme_arg(a, 2, &sc, ctx, res)))
        return e;
    jx_diag_clear(&d);
    if ((e = jx_qual_score(&sc, lv, len, a[1].num, DIGITS, &s, &d)))
        return d.code ? jxa_fail_diag(res, ctx, 0, &d) : core(e, 1, ctx, res);
    return ok_num(res, s);
}

static jx_err fn_qualcheck(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    jx_scheme sc;
    const char *lv = NULL;
    size_t len = 0;
    jx_diag d;
    jx_err e;

    if ((e = level_arg(a, 0, &lv, &len, ctx, res)) ||
        (e = scheme_arg(a, 3, &sc, ctx, res)))
        return e;
    if (!isfinite(a[1].num) || a[1].num < 0)
        return jxa_fail(res, ctx, 1, JX_ERR_NEGATIVE);
    jx_diag_clear(&d);
    e = jx_qual_check(&sc, lv, len, a[1].num, a[2].num, &d);
    if (e == JX_OK) {
        res->text[0] = '\0';
    } else if (d.code != JX_OK) {
        jx_diag_format(&d, ctx->lang, res->text, sizeof res->text);
    } else {
        snprintf(res->text, sizeof res->text, "%s", jx_strerror(e, ctx->lang));
    }
    return JX_OK;
}

/* --- Rule families ---------------------------------------------------- */

static jx_err fn_deductscore(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    double s;
    jx_err e = jx_deduct_score(a[0].num, a[1].num, a[2].num, DIGITS, &s);
    return e ? core(e, -1, ctx, res) : ok_num(res, s);
}

static jx_err fn_ratioscore(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    double s;
    jx_err e = jx_ratio_score(a[0].num, a[1].num, a[2].num, DIGITS, &s);
    return e ? core(e, -1, ctx, res) : ok_num(res, s);
}

/* Step modes as typed in a cell. */
static const struct { const char *word; jx_step_mode mode; } step_words[] = {
    {"floor", JX_STEP_FLOOR}, {"整档", JX_STEP_FLOOR}, {"取整", JX_STEP_FLOOR},
    {"ceil", JX_STEP_CEIL}, {"进位", JX_STEP_CEIL}, {"不足一档按一档", JX_STEP_CEIL},
    {"linear", JX_STEP_LINEAR}, {"比例", JX_STEP_LINEAR}, {"线性", JX_STEP_LINEAR},
};

static jx_err fn_stepscore(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    char buf[64];
    const char *m;
    size_t len, k;
    double cap, s;
    jx_step_mode mode = JX_STEP_FLOOR;
    jx_err e;

    if ((e = jxa_number(&a[4], 4, 1, 0.0, &cap, ctx, res)) ||
        (e = jxa_text(&a[5], 5, buf, &m, &len, ctx, res)))
        return e;
    if (m != NULL) {
        for (k = 0; k < sizeof step_words / sizeof step_words[0]; k++)
            if (strcasecmp(m, step_words[k].word) == 0)
                break;
        if (k == sizeof step_words / sizeof step_words[0]) {
            jx_diag d;
            jx_diag_set(&d, JX_ERR_RULE_SYNTAX, m, len, 0);
            return jxa_fail_diag(res, ctx, 5, &d);
        }
        mode = step_words[k].mode;
    }
    if ((e = jx_step_score(a[0].num, a[1].num, a[2].num, a[3].num, cap, mode,
                           DIGITS, &s)))
        return core(e, -1, ctx, res);
    return ok_num(res, s);
}

static jx_err fn_bandscore(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    jx_bandrule rule;
    jx_diag d;
    double s;
    jx_err e;

    if (a[1].type != JXA_STR || a[1].len == 0)
        return jxa_fail(res, ctx, 1, JX_ERR_EMPTY);
    if (a[1].bad_text)
        return jxa_fail(res, ctx, 1, JX_ERR_ENCODING);
    if ((e = jx_bandrule_parse(a[1].str, a[1].len, &rule, &d)))
        return jxa_fail_diag(res, ctx, 1, &d);
    if ((e = jx_bandrule_score(&rule, a[0].num, a[2].num, DIGITS, &s)))
        return core(e, e == JX_ERR_RULE_SYNTAX ? 1 : -1, ctx, res);
    return ok_num(res, s);
}

/* --- Ranges ----------------------------------------------------------- */

/* Two ranges of the same shape, or JX_ERR_SIZE_MISMATCH on argument j;
 * *n cells to read, which both hold (a range below its held rows is blank). */
static jx_err same_shape(const jxa_value *a, int i, int j, const jxa_value **ci,
                         const jxa_value **cj, size_t *n, const jxa_ctx *ctx,
                         jxa_result *res)
{
    int ri, ki, rj, kj;
    size_t nj;
    jx_err e;

    if ((e = jxa_cells(&a[i], i, ci, n, &ri, &ki, ctx, res)) ||
        (e = jxa_cells(&a[j], j, cj, &nj, &rj, &kj, ctx, res)))
        return e;
    /* Sizes are the full ones; j must hold every cell read from i. */
    if (ri != rj || ki != kj || nj < *n)
        return jxa_fail(res, ctx, j, JX_ERR_SIZE_MISMATCH);
    return JX_OK;
}

/* A number cell in a range: blank -> *has = 0; text/error -> error on arg i. */
static jx_err cell_num(const jxa_value *c, int i, double *x, int *has,
                       const jxa_ctx *ctx, jxa_result *res)
{
    switch (c->type) {
    case JXA_NUM:
        *x = c->num;
        *has = 1;
        return JX_OK;
    case JXA_EMPTY:
    case JXA_VOID:
        *x = 0;
        *has = 0;
        return JX_OK;
    case JXA_STR: {
        jx_diag d;
        jx_diag_set(&d, JX_ERR_NUMBER_SYNTAX, c->str, c->len, 0);
        return jxa_fail_diag(res, ctx, i, &d);
    }
    default:
        return jxa_fail(res, ctx, i, JX_ERR_RANGE);
    }
}

/* "Not applicable" as written in a score cell. */
static int is_not_applicable(const jxa_value *c)
{
    static const char *const words[] = {"不适用", "不涉及", "N/A", "NA", "/", "—"};
    size_t k;

    if (c->type != JXA_STR)
        return 0;
    for (k = 0; k < sizeof words / sizeof words[0]; k++)
        if (strcasecmp(c->str, words[k]) == 0)
            return 1;
    return 0;
}

/*
 * Rows of (score, points) for SCORESUM / RESCALEDTOTAL.  A row with both
 * cells blank is not a row (sub-rows, blanks of merged cells); a blank
 * score counts 0; with na_words a score cell reading 不适用 drops the row.
 */
static jx_err scored_rows(const jxa_value *a, int na_words, jx_scored **rows,
                          size_t *n, const jxa_ctx *ctx, jxa_result *res)
{
    const jxa_value *cs, *cw;
    size_t k;
    jx_err e;

    if ((e = same_shape(a, 0, 1, &cs, &cw, n, ctx, res)))
        return e;
    *rows = calloc(*n ? *n : 1, sizeof **rows);
    if (*rows == NULL)
        return jxa_fail(res, ctx, -1, JX_ERR_NOMEM);
    for (k = 0; k < *n; k++) {
        jx_scored *r = &(*rows)[k];
        int hs, hw;
        if (na_words && is_not_applicable(&cs[k]))
            continue;              /* applicable = 0 */
        if ((e = cell_num(&cs[k], 0, &r->score, &hs, ctx, res)) ||
            (e = cell_num(&cw[k], 1, &r->points, &hw, ctx, res))) {
            free(*rows);
            return e;
        }
        r->applicable = hs || hw;
    }
    return JX_OK;
}

static jx_err fn_scoresum(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    jx_scored *rows;
    size_t n, bad = 0;
    double sum;
    jx_err e;

    if ((e = scored_rows(a, 0, &rows, &n, ctx, res)))
        return e;
    e = jx_score_sum(rows, n, DIGITS, &sum, &bad);
    free(rows);
    if (e == JX_ERR_SCORE_RANGE) {
        char tmp[JXA_MSG_MAX];
        jxa_fail(res, ctx, 0, e);
        snprintf(tmp, sizeof tmp, "%s", res->why);
        snprintf(res->why, sizeof res->why,
                 ctx->lang == JX_LANG_EN ? "%s (row %zu)" : "%s（第%zu行）",
                 tmp, bad + 1);
        return e;
    }
    return e ? core(e, -1, ctx, res) : ok_num(res, sum);
}

static jx_err fn_rescaledtotal(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    jx_scored *rows;
    size_t n;
    double full, total;
    jx_err e;

    if ((e = jxa_number(&a[2], 2, 1, 100.0, &full, ctx, res)))
        return e;
    if ((e = scored_rows(a, 1, &rows, &n, ctx, res)))
        return e;
    e = jx_rescaled_total(rows, n, full, DIGITS, &total);
    free(rows);
    return e ? core(e, e == JX_ERR_SCORE_RANGE ? 0 : -1, ctx, res)
             : ok_num(res, total);
}

/* --- Grade bands ------------------------------------------------------ */

/* A thresholds or labels argument written as text or as a range, as text
 * joined with ';' (what jx_grades_parse reads).  buf has cap bytes. */
static jx_err list_text(const jxa_value *a, int i, char *buf, size_t cap,
                        const char **s, size_t *len, const jxa_ctx *ctx,
                        jxa_result *res)
{
    const jxa_value *v = jxa_unwrap(&a[i]);
    size_t k, o = 0;

    if (v->type != JXA_ARRAY) {
        /* buf has room for the 64 bytes jxa_text may write a number into. */
        return jxa_text(&a[i], i, buf, s, len, ctx, res);
    }
    for (k = 0; k < (size_t)v->held_rows * (size_t)v->cols; k++) {
        const jxa_value *c = &v->cell[k];
        char nb[64];
        const char *t;
        int w;
        if (c->type == JXA_EMPTY)
            continue;
        if (c->type == JXA_NUM) {
            /* %.17g keeps the exact double a threshold cell holds. */
            snprintf(nb, sizeof nb, "%.17g", c->num);
            t = nb;
        } else if (c->type == JXA_STR && !c->bad_text) {
            t = c->str;
        } else {
            return jxa_fail(res, ctx, i, JX_ERR_BANDS);
        }
        w = snprintf(buf + o, cap - o, "%s%s", o ? ";" : "", t);
        if (w < 0 || (size_t)w >= cap - o)
            return jxa_fail(res, ctx, i, JX_ERR_TOO_LONG);
        o += (size_t)w;
    }
    *s = o ? buf : NULL;
    *len = o;
    return JX_OK;
}

static jx_err fn_gradeband(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    char tb[1024], lb[1024];
    const char *ts, *ls, *label;
    size_t tl, ll;
    jx_grades g;
    jx_diag d;
    jx_err e;

    if ((e = list_text(a, 1, tb, sizeof tb, &ts, &tl, ctx, res)) ||
        (e = list_text(a, 2, lb, sizeof lb, &ls, &ll, ctx, res)))
        return e;
    jx_diag_clear(&d);
    if ((e = jx_grades_parse(ts, tl, ls, ll, &g, &d)))
        return d.code ? jxa_fail_diag(res, ctx, ts ? 1 : 2, &d) : core(e, 1, ctx, res);
    if ((e = jx_grade(&g, a[0].num, &label)))
        return core(e, 0, ctx, res);
    snprintf(res->text, sizeof res->text, "%s", label);
    return JX_OK;
}

/* --- Checks ----------------------------------------------------------- */

/* A check's finding becomes the cell text; argument errors stay errors. */
static jx_err check_result(jx_err e, const char *msg, jxa_result *res,
                           const jxa_ctx *ctx)
{
    if (e == JX_ERR_SIZE_MISMATCH || e == JX_ERR_NOT_FINITE || e == JX_ERR_NOMEM)
        return jxa_fail(res, ctx, -1, e);
    snprintf(res->text, sizeof res->text, "%s", e ? msg : "");
    return JX_OK;
}

/* All cells of range i as numbers (blank = 0) into a new array. */
static jx_err range_numbers(const jxa_value *a, int i, double **out, size_t *n,
                            const jxa_ctx *ctx, jxa_result *res)
{
    const jxa_value *c;
    int r, k;
    size_t j;
    jx_err e;

    if ((e = jxa_cells(&a[i], i, &c, n, &r, &k, ctx, res)))
        return e;
    *out = malloc((*n ? *n : 1) * sizeof **out);
    if (*out == NULL)
        return jxa_fail(res, ctx, -1, JX_ERR_NOMEM);
    for (j = 0; j < *n; j++) {
        int has;
        if ((e = cell_num(&c[j], i, &(*out)[j], &has, ctx, res))) {
            free(*out);
            return e;
        }
    }
    return JX_OK;
}

static jx_err fn_checkweights(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    char msg[JX_MSG_MAX];
    double *w, expected;
    size_t n;
    jx_err e;

    if ((e = jxa_number(&a[1], 1, 1, 100.0, &expected, ctx, res)) ||
        (e = range_numbers(a, 0, &w, &n, ctx, res)))
        return e;
    e = jx_check_weights(w, n, expected, ctx->lang, msg, sizeof msg);
    free(w);
    return check_result(e, msg, res, ctx);
}

static jx_err fn_checktotal(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    char msg[JX_MSG_MAX];
    double *p;
    size_t n;
    jx_err e;

    if ((e = range_numbers(a, 0, &p, &n, ctx, res)))
        return e;
    e = jx_check_total(p, n, a[1].num, ctx->lang, msg, sizeof msg);
    free(p);
    return check_result(e, msg, res, ctx);
}

static jx_err fn_checkscores(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    char msg[JX_MSG_MAX];
    const jxa_value *cs, *cw, *cr = NULL;
    jx_score_row *rows;
    size_t n, k;
    jx_err e;

    if ((e = same_shape(a, 0, 1, &cs, &cw, &n, ctx, res)))
        return e;
    if (a[2].type != JXA_VOID) {
        const jxa_value *dummy;
        if ((e = same_shape(a, 0, 2, &dummy, &cr, &n, ctx, res)))
            return e;
    }
    rows = calloc(n ? n : 1, sizeof *rows);
    if (rows == NULL)
        return jxa_fail(res, ctx, -1, JX_ERR_NOMEM);
    for (k = 0; k < n; k++) {
        int hw;
        if ((e = cell_num(&cs[k], 0, &rows[k].score, &rows[k].has_score, ctx, res)) ||
            (e = cell_num(&cw[k], 1, &rows[k].points, &hw, ctx, res))) {
            free(rows);
            return e;
        }
        rows[k].has_reason = cr == NULL ? -1
                             : (cr[k].type == JXA_STR || cr[k].type == JXA_NUM);
    }
    e = jx_check_scores(rows, n, ctx->lang, msg, sizeof msg);
    free(rows);
    return check_result(e, msg, res, ctx);
}

/*
 * One tree level: names in the first column, stated 分值 in the second
 * when the range has two columns (seed 004 lays out 一级 | 分值 | 二级 | 分值).
 * nrows is the full size of the weights range, nrows_read how many of its
 * rows are read (value.h).
 * Numbers used as names are written as text into namebuf (64 bytes a row).
 */
static jx_err tree_level(const jxa_value *a, int i, int nrows, size_t nrows_read,
                         char *namebuf, jx_tree_row *rows, int level,
                         const jxa_ctx *ctx, jxa_result *res)
{
    const jxa_value *c;
    size_t n, k;
    int r, cols;
    jx_err e;

    if ((e = jxa_cells(&a[i], i, &c, &n, &r, &cols, ctx, res)))
        return e;
    if (r != nrows || cols > 2 || n < nrows_read * (size_t)cols)
        return jxa_fail(res, ctx, i, JX_ERR_SIZE_MISMATCH);
    for (k = 0; k < nrows_read; k++) {
        const jxa_value *name = &c[k * (size_t)cols];
        const char *s = NULL;
        double pts = 0;
        int has = 0;
        if (name->type == JXA_STR)
            s = name->str;
        else if (name->type == JXA_NUM)
            s = jxa_numtext(name->num, namebuf + 64 * k);
        else if (name->type != JXA_EMPTY)
            return jxa_fail(res, ctx, i, JX_ERR_RANGE);
        if (cols == 2 && (e = cell_num(&c[k * 2 + 1], i, &pts, &has, ctx, res)))
            return e;
        if (level == 1) {
            rows[k].l1 = s;
            rows[k].l1_points = pts;
            rows[k].has_l1_points = has;
        } else {
            rows[k].l2 = s;
            rows[k].l2_points = pts;
            rows[k].has_l2_points = has;
        }
    }
    return JX_OK;
}

static jx_err fn_checktree(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    char msg[JX_MSG_MAX];
    const jxa_value *cw;
    jx_tree_row *rows;
    char *names;
    size_t n, k;
    int r, cols;
    jx_err e;

    if ((e = jxa_cells(&a[2], 2, &cw, &n, &r, &cols, ctx, res)))
        return e;
    if (cols != 1)
        return jxa_fail(res, ctx, 2, JX_ERR_SIZE_MISMATCH);
    rows = calloc(n ? n : 1, sizeof *rows);
    names = malloc((n ? n : 1) * 64 * 2);
    if (rows == NULL || names == NULL) {
        free(rows);
        free(names);
        return jxa_fail(res, ctx, -1, JX_ERR_NOMEM);
    }
    for (k = 0; k < n && !e; k++) {
        int has;
        e = cell_num(&cw[k], 2, &rows[k].leaf_points, &has, ctx, res);
    }
    if (!e)
        e = tree_level(a, 0, r, n, names, rows, 1, ctx, res);
    if (!e)
        e = tree_level(a, 1, r, n, names + 64 * n, rows, 2, ctx, res);
    if (!e)
        e = check_result(jx_check_tree(rows, n, ctx->lang, msg, sizeof msg),
                         msg, res, ctx);
    free(rows);
    free(names);
    return e;
}

static jx_err fn_checkindicator(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    char msg[JX_MSG_MAX];
    jx_quantity act;
    jx_target tgt;
    jx_ind_opts o;
    const jxa_value *reason = jxa_unwrap(&a[4]);
    int has_reason;
    jx_err e;

    if ((e = ind_opts(a, 5, &o, ctx, res)))
        return e;
    /* Unreadable actual values and targets are findings, not errors. */
    if ((e = jxa_actual(&a[0], 0, &act, ctx, res)) ||
        (e = jxa_target(&a[1], 1, &tgt, ctx, res))) {
        snprintf(res->text, sizeof res->text, "%s", res->why);
        res->why[0] = '\0';
        res->bad_arg = -1;
        return JX_OK;
    }
    has_reason = reason->type == JXA_VOID ? -1
                 : (reason->type == JXA_STR || reason->type == JXA_NUM);
    e = jx_check_indicator(&act, &tgt, a[2].num, a[3].num, has_reason, &o,
                           ctx->lang, msg, sizeof msg);
    return check_result(e, msg, res, ctx);
}

/* --- Rule sentences (评扣分标准) ----------------------------------------- */

/* The rule text of argument i, parsed. */
static jx_err rule_text(const jxa_value *a, int i, jx_rule *rule,
                        const jxa_ctx *ctx, jxa_result *res)
{
    const jxa_value *v = jxa_unwrap(&a[i]);
    jx_diag d;
    if (v->type != JXA_STR || v->len == 0)
        return jxa_fail(res, ctx, i, JX_ERR_EMPTY);
    if (v->bad_text)
        return jxa_fail(res, ctx, i, JX_ERR_ENCODING);
    if (jx_rule_parse(v->str, v->len, rule, &d))
        return jxa_fail_diag(res, ctx, i, &d);
    return JX_OK;
}

/* The actual of argument i as the rule needs it: a number or a text. */
static jx_err rule_actual(const jxa_value *a, int i, jx_actual *out,
                          const jxa_ctx *ctx, jxa_result *res)
{
    const jxa_value *v = jxa_unwrap(&a[i]);
    memset(out, 0, sizeof *out);
    if (v->type == JXA_NUM) {
        out->num = v->num;
        return JX_OK;
    }
    if (v->type != JXA_STR || v->len == 0)
        return jxa_fail(res, ctx, i, JX_ERR_EMPTY);
    if (v->bad_text)
        return jxa_fail(res, ctx, i, JX_ERR_ENCODING);
    out->has_text = 1;
    out->text = v->str;
    out->len = v->len;
    return JX_OK;
}

static jx_err fn_rulescore(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    jx_rule rule;
    jx_actual act;
    jx_diag d;
    double s;
    jx_err e;

    if ((e = rule_actual(a, 0, &act, ctx, res)) ||
        (e = rule_text(a, 1, &rule, ctx, res)))
        return e;
    if ((e = jx_rule_score(&rule, &act, a[2].num, DIGITS, &s, &d))) {
        int blame = e == JX_ERR_RULE_SYNTAX || e == JX_ERR_RULE_OPEN ? 1
                  : e == JX_ERR_NEGATIVE ? 2 : 0;
        if (d.code == e && (d.text[0] != '\0'))
            return jxa_fail_diag(res, ctx, blame, &d);
        return core(e, blame, ctx, res);
    }
    return ok_num(res, s);
}

static jx_err fn_checkrule(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    char msg[JX_MSG_MAX];
    jx_rule rule;
    jx_actual act;
    jx_err e;

    /* A rule or an actual that cannot be read is itself what the check reports. */
    if ((e = rule_actual(a, 0, &act, ctx, res)) ||
        (e = rule_text(a, 1, &rule, ctx, res))) {
        snprintf(res->text, sizeof res->text, "%s", res->why);
        res->why[0] = '\0';
        res->bad_arg = -1;
        return JX_OK;
    }
    e = jx_rule_check(&rule, &act, a[2].num, a[3].num, ctx->lang, msg, sizeof msg);
    return check_result(e, msg, res, ctx);
}

/* How a rule sentence was read (RULEEXPLAIN): the core's words, in the office's language. */
static jx_err fn_ruleexplain(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    jx_rule rule;
    /* An unreadable sentence is what the explanation says (with the clause). */
    if (rule_text(a, 0, &rule, ctx, res)) {
        snprintf(res->text, sizeof res->text, "%s", res->why);
        res->why[0] = '\0';
        res->bad_arg = -1;
        return JX_OK;
    }
    jx_rule_explain(&rule, ctx->lang, res->text, sizeof res->text);
    return JX_OK;
}

/* The reasoning behind one score (SCOREEXPLAIN), a draft of 偏差原因. */
static jx_err fn_scoreexplain(const jxa_value *a, const jxa_ctx *ctx, jxa_result *res)
{
    jx_rule rule;
    jx_actual act;
    jx_err e;

    if ((e = rule_actual(a, 0, &act, ctx, res)) ||
        (e = rule_text(a, 1, &rule, ctx, res))) {
        snprintf(res->text, sizeof res->text, "%s", res->why);
        res->why[0] = '\0';
        res->bad_arg = -1;
        return JX_OK;
    }
    e = jx_rule_score_explain(&rule, &act, a[2].num, ctx->lang, res->text, sizeof res->text);
    if (e == JX_ERR_NOT_FINITE || e == JX_ERR_NOMEM)
        return jxa_fail(res, ctx, -1, e);
    return JX_OK;
}

/* --- The table -------------------------------------------------------- */

#define P_NUM(n, zn, en, zh, eh)  {n, JXA_P_DOUBLE, 0, zn, en, zh, eh}
#define P_STR(n, zn, en, zh, eh)  {n, JXA_P_STRING, 0, zn, en, zh, eh}
#define P_VAL(n, zn, en, zh, eh)  {n, JXA_P_ANY, 0, zn, en, zh, eh}
#define P_OPT(n, zn, en, zh, eh)  {n, JXA_P_ANY, 1, zn, en, zh, eh}
#define P_RNG(n, zn, en, zh, eh)  {n, JXA_P_RANGE, 0, zn, en, zh, eh}
#define P_ORNG(n, zn, en, zh, eh) {n, JXA_P_ANY, 1, zn, en, zh, eh}

const jxa_func jxa_functions[] = {
{"EXECRATE", JXA_RET_DOUBLE, "预算执行率", "EXECRATE",
 "预算执行率 = 全年执行数 ÷ 全年预算数（不四舍五入，可超过 100%）。预算数为 0 时报错（0 ÷ 0 不是 100%）。"
 "例：=EXECRATE(479.71;1071.15) 得 0.4478（44.78%）。",
 "Budget execution rate = amount spent ÷ full-year budget (not rounded; may exceed 100 %). "
 "A zero budget is an error (0 ÷ 0 is not 100 %). Example: =EXECRATE(479.71;1071.15) gives 0.4478 (44.78 %).",
 2, {P_NUM("spent", "全年执行数", "spent", "全年实际支出（万元），不能为负。例：479.71",
           "Amount spent in the year (10k yuan), not negative. Example: 479.71"),
     P_NUM("budget", "全年预算数", "budget", "全年预算数（调整后预算，不是年初预算），须大于 0。例：1071.15",
           "Full-year (adjusted) budget, not the opening budget; must be above 0. Example: 1071.15")},
 fn_execrate},
{"FUNDRATE", JXA_RET_DOUBLE, "资金到位率", "FUNDRATE",
 "资金到位率 = 实际到位资金 ÷ 预算安排资金（不四舍五入）。例：=FUNDRATE(774.79;889.39) 得 0.8711（87.11%）。",
 "Funds received rate = funds actually received ÷ budgeted funds (not rounded). "
 "Example: =FUNDRATE(774.79;889.39) gives 0.8711 (87.11 %).",
 2, {P_NUM("received", "实际到位资金", "received", "实际到位的资金（万元），不能为负。例：774.79",
           "Funds actually received (10k yuan), not negative. Example: 774.79"),
     P_NUM("budget", "预算安排资金", "budget", "预算安排的资金，须大于 0。例：889.39",
           "Budgeted funds, above 0. Example: 889.39")},
 fn_fundrate},
{"EXECSCORE", JXA_RET_DOUBLE, "执行率得分", "EXECSCORE",
 "预算执行率得分：默认按 min(执行率,1) × 分值，保留两位小数；也可写分档规则。"
 "例：=EXECSCORE(479.71;1071.15;10) 得 4.48；=EXECSCORE(A2;B2;10;\"≥90%:full;else:ratio\")。",
 "Points for budget execution: by default min(rate, 1) × points, rounded to 2 decimals; or a band rule. "
 "Example: =EXECSCORE(479.71;1071.15;10) gives 4.48; =EXECSCORE(A2;B2;10;\"≥90%:full;else:ratio\").",
 4, {P_NUM("spent", "全年执行数", "spent", "全年实际支出（万元）。例：479.71", "Amount spent. Example: 479.71"),
     P_NUM("budget", "全年预算数", "budget", "全年预算数，须大于 0。例：1071.15",
           "Full-year budget, above 0. Example: 1071.15"),
     P_OPT("weight", "分值", "weight", "该项分值，省略为 10。例：10", "Points of the item; 10 when omitted. Example: 10"),
     P_OPT("rule", "评分规则", "rule",
           "省略为按比例；或分档规则，如 \"≥95%:full;else:half\"（≥95%得满分，否则得一半分）。",
           "Omitted: proportional; or a band rule such as \"≥95%:full;else:half\" (full at 95 % or more, else half).")},
 fn_execscore},
{"INDSCORE", JXA_RET_DOUBLE, "指标得分", "INDSCORE",
 "定量指标得分：完成指标值得满分；未完成按实际值 ÷ 指标值 × 分值（反向指标按 指标值 ÷ 实际值），保留两位小数。"
 "例：=INDSCORE(\"90%\";\"≥95%\";10) 得 9.47；=INDSCORE(66;\"≤60分钟\";5) 得 4.55。",
 "Points of a quantitative indicator: full when the target is met; otherwise actual ÷ target × points "
 "(target ÷ actual for a ≤ target), rounded to 2 decimals. "
 "Example: =INDSCORE(\"90%\";\"≥95%\";10) gives 9.47; =INDSCORE(66;\"≤60分钟\";5) gives 4.55.",
 4, {P_VAL("actual", "实际完成值", "actual", "实际完成值：数字或文字，如 96%、30分钟。例：\"96%\"",
           "Actual value: a number or text such as 96% or 30分钟. Example: \"96%\""),
     P_VAL("target", "年度指标值", "target", "年度指标值，按表中写法，如 ≥95%、≤60分钟、=100%、不低于95%。例：\"≥95%\"",
           "Target as printed in the table: ≥95%, ≤60分钟, =100%, 不低于95%. Example: \"≥95%\""),
     P_NUM("weight", "分值", "weight", "该指标分值。例：10", "Points of the indicator. Example: 10"),
     P_OPT("mode", "未完成计分方式", "mode",
           "省略为按比例；\"half\"/\"一半\" 得一半分；\"zero\"/\"不得分\"；反向指标可加 \"linear\"/\"线性\"。",
           "Omitted: proportional; \"half\" gives half the points, \"zero\" nothing; add \"linear\" for the linear ≤ rule.")},
 fn_indscore},
{"QUALSCORE", JXA_RET_DOUBLE, "定性得分", "QUALSCORE",
 "定性指标得分：按等级取该档上限 × 分值。默认国家标准：达成 100%、部分达成 80%、未达成 60%。"
 "例：=QUALSCORE(\"部分达成\";10) 得 8；=QUALSCORE(\"良好\";6;\"显著:1;良好:0.5;不明显:0\") 得 3。",
 "Points of a qualitative indicator: the top of the level's tier × points. Default national tiers: "
 "达成 100 %, 部分达成 80 %, 未达成 60 %. Example: =QUALSCORE(\"部分达成\";10) gives 8; "
 "=QUALSCORE(\"良好\";6;\"显著:1;良好:0.5;不明显:0\") gives 3.",
 3, {P_STR("level", "评价等级", "level", "评价等级，如 达成、部分达成、未达成。例：\"部分达成\"",
           "The level, e.g. 达成, 部分达成, 未达成. Example: \"部分达成\""),
     P_NUM("weight", "分值", "weight", "该指标分值。例：10", "Points of the indicator. Example: 10"),
     P_OPT("scheme", "等级标准", "scheme",
           "省略为国家标准；\"湖北\" 为湖北标准；或自定义，如 \"显著:1;良好:0.5;不明显:0\"。",
           "Omitted: national tiers; \"hubei\"; or your own such as \"显著:1;良好:0.5;不明显:0\".")},
 fn_qualscore},
{"DEDUCTSCORE", JXA_RET_DOUBLE, "扣分得分", "DEDUCTSCORE",
 "扣分制得分（扣完为止）：max(0, 分值 − 次数 × 每次扣分)。例：=DEDUCTSCORE(5;3;1) 得 2；=DEDUCTSCORE(2;6;0.5) 得 0。",
 "Points after deductions, never below 0: max(0, points − count × per item). "
 "Example: =DEDUCTSCORE(5;3;1) gives 2; =DEDUCTSCORE(2;6;0.5) gives 0.",
 3, {P_NUM("weight", "分值", "weight", "该项分值。例：5", "Points of the item. Example: 5"),
     P_NUM("count", "扣分次数", "count", "未按要求完成的次数（或逾期天数）。例：3",
           "How many times (or days late). Example: 3"),
     P_NUM("perItem", "每次扣分", "perItem", "每次扣的分数。例：1", "Points taken off each time. Example: 1")},
 fn_deductscore},
{"RATIOSCORE", JXA_RET_DOUBLE, "比例得分", "RATIOSCORE",
 "按数量比例得分：min(完成数 ÷ 总数, 1) × 分值；总数为 0 表示不涉及此项，得满分。"
 "例：=RATIOSCORE(3;4;4) 得 3；=RATIOSCORE(0;0;6) 得 6。",
 "Points by a ratio of counts: min(done ÷ total, 1) × points; a total of 0 means the item does not apply "
 "and earns full points. Example: =RATIOSCORE(3;4;4) gives 3; =RATIOSCORE(0;0;6) gives 6.",
 3, {P_NUM("done", "完成数", "done", "完成的项目数。例：3", "Items done. Example: 3"),
     P_NUM("total", "总数", "total", "应完成的项目总数；0 表示不涉及。例：4", "Items in total; 0 means not applicable. Example: 4"),
     P_NUM("weight", "分值", "weight", "该项分值。例：4", "Points of the item. Example: 4")},
 fn_ratioscore},
{"COMPLETION", JXA_RET_DOUBLE, "完成率", "COMPLETION",
 "指标完成率：正向指标 实际 ÷ 指标值，反向指标（≤）指标值 ÷ 实际值（不四舍五入）。"
 "例：=COMPLETION(\"90%\";\"≥95%\") 得 0.947；=COMPLETION(5830;\"≤5300\") 得 0.909。",
 "Completion rate: actual ÷ target, or target ÷ actual for a ≤ target (not rounded). "
 "Example: =COMPLETION(\"90%\";\"≥95%\") gives 0.947; =COMPLETION(5830;\"≤5300\") gives 0.909.",
 3, {P_VAL("actual", "实际完成值", "actual", "实际完成值：数字或文字。例：\"90%\"", "Actual value. Example: \"90%\""),
     P_VAL("target", "年度指标值", "target", "年度指标值，如 ≥95%、≤5300。例：\"≥95%\"", "Target, e.g. ≥95%. Example: \"≥95%\""),
     P_OPT("mode", "反向计算方式", "mode", "省略为 指标值 ÷ 实际值；\"linear\"/\"线性\" 为 1 − 超出比例。",
           "Omitted: target ÷ actual for ≤ targets; \"linear\": 1 − the overrun.")},
 fn_completion},
{"TARGETMET", JXA_RET_BOOL, "是否达标", "TARGETMET",
 "实际完成值是否达到年度指标值：达到为 1（TRUE），未达到为 0（FALSE），可直接用于 IF。例：=TARGETMET(\"96%\";\"≥95%\") 得 1。",
 "Whether the actual value meets the target: 1 (TRUE) or 0 (FALSE), usable in IF. Example: =TARGETMET(\"96%\";\"≥95%\") gives 1.",
 2, {P_VAL("actual", "实际完成值", "actual", "实际完成值。例：\"96%\"", "Actual value. Example: \"96%\""),
     P_VAL("target", "年度指标值", "target", "年度指标值。例：\"≥95%\"", "Target. Example: \"≥95%\"")},
 fn_targetmet},
{"SCORESUM", JXA_RET_DOUBLE, "得分合计", "SCORESUM",
 "得分合计，并检查每个得分都在 0 与其分值之间；两个区域须同样大小，空行（合并单元格）跳过。"
 "例：=SCORESUM(H5:H20;G5:G20)。",
 "Sum of scores, checking each lies between 0 and its points; both ranges the same size, blank rows "
 "(merged cells) skipped. Example: =SCORESUM(H5:H20;G5:G20).",
 2, {P_RNG("scores", "得分", "scores", "得分所在区域。例：H5:H20", "Range of scores. Example: H5:H20"),
     P_RNG("weights", "分值", "weights", "对应的分值区域，与得分同样大小。例：G5:G20",
           "Matching range of points, same size. Example: G5:G20")},
 fn_scoresum},
{"GRADEBAND", JXA_RET_STRING, "评价等次", "GRADEBAND",
 "评价等次：默认 ≥90 优、≥80 良、≥60 中、其下 差；可自定分数线和等次名称。"
 "例：=GRADEBAND(94.48) 得 优；=GRADEBAND(89.5) 得 良；=GRADEBAND(A1;\"90;75;60\";\"优秀;良好;合格;不合格\")。",
 "Grade: 优 from 90, 良 from 80, 中 from 60, 差 below, or your own thresholds and labels. "
 "Example: =GRADEBAND(94.48) gives 优; =GRADEBAND(89.5) gives 良; =GRADEBAND(A1;\"90;75;60\";\"优秀;良好;合格;不合格\").",
 3, {P_NUM("total", "总分", "total", "总分（0 至 100）。例：94.48", "Total score (0 to 100). Example: 94.48"),
     P_ORNG("thresholds", "分数线", "thresholds", "省略为 90;80;60；或从高到低的分数线文字或区域。例：\"90;80;60\"",
            "Omitted: 90;80;60; or descending thresholds as text or a range. Example: \"90;80;60\""),
     P_ORNG("labels", "等次名称", "labels", "省略为 优;良;中;差；比分数线多一个。例：\"优秀;良好;合格;不合格\"",
            "Omitted: 优;良;中;差; one more than the thresholds. Example: \"优秀;良好;合格;不合格\"")},
 fn_gradeband},
{"CHECKWEIGHTS", JXA_RET_STRING, "检查分值", "CHECKWEIGHTS",
 "检查分值合计是否等于应有总分：正确返回空文本，否则返回说明，如“分值合计 95，应为 100”。例：=CHECKWEIGHTS(G5:G20)。",
 "Checks the points add up to the expected total: empty text when they do, else a message such as "
 "\"points add up to 95, expected 100\". Example: =CHECKWEIGHTS(G5:G20).",
 2, {P_RNG("weights", "分值", "weights", "分值区域，空单元格按 0。例：G5:G20", "Range of points; blanks count 0. Example: G5:G20"),
     P_OPT("expected", "应有总分", "expected", "省略为 100。例：90", "Omitted: 100. Example: 90")},
 fn_checkweights},
{"CHECKSCORES", JXA_RET_STRING, "检查得分", "CHECKSCORES",
 "检查各行得分：高于分值、为负、未填写，或低于分值却未填偏差原因；正确返回空文本，否则返回第一个问题。"
 "例：=CHECKSCORES(H5:H20;G5:G20;I5:I20)。",
 "Checks each row's score: above its points, negative, missing, or below its points without a reason; "
 "empty text when all is well, else the first problem. Example: =CHECKSCORES(H5:H20;G5:G20;I5:I20).",
 3, {P_RNG("scores", "得分", "scores", "得分区域。例：H5:H20", "Range of scores. Example: H5:H20"),
     P_RNG("weights", "分值", "weights", "分值区域，与得分同样大小。例：G5:G20", "Range of points, same size. Example: G5:G20"),
     P_ORNG("reasons", "偏差原因", "reasons", "可省略；偏差原因分析区域，与得分同样大小。例：I5:I20",
            "Optional: the 偏差原因 range, same size. Example: I5:I20")},
 fn_checkscores},
{"CHECKTREE", JXA_RET_STRING, "检查层级分值", "CHECKTREE",
 "检查上级指标的分值是否等于下级分值之和（合并单元格下方为空）；一级、二级区域可为两列：名称和分值。"
 "例：=CHECKTREE(A5:B30;C5:D30;F5:F30)。",
 "Checks each parent's points equal the sum of its children (merged cells are blank below their first row); "
 "the level ranges may have two columns: name and points. Example: =CHECKTREE(A5:B30;C5:D30;F5:F30).",
 3, {P_RNG("level1", "一级指标", "level1", "一级指标名称列，可带其分值列。例：A5:B30",
           "Level-1 names, optionally with their points column. Example: A5:B30"),
     P_RNG("level2", "二级指标", "level2", "二级指标名称列，可带其分值列。例：C5:D30",
           "Level-2 names, optionally with their points column. Example: C5:D30"),
     P_RNG("weights", "三级分值", "weights", "三级指标分值列。例：F5:F30", "Leaf (level-3) points. Example: F5:F30")},
 fn_checktree},
{"CONTROLRATE", JXA_RET_DOUBLE, "控制率", "CONTROLRATE",
 "控制率 = 实际数 ÷ 控制数（编制数、批复规模等，不四舍五入）。例：=CONTROLRATE(25;27) 得 0.9259（92.59%）。",
 "Control rate = actual ÷ planned (staffing quota, approved size; not rounded). "
 "Example: =CONTROLRATE(25;27) gives 0.9259 (92.59 %).",
 2, {P_NUM("actual", "实际数", "actual", "实际数，如在职人数。例：25", "Actual number, e.g. staff. Example: 25"),
     P_NUM("planned", "控制数", "planned", "控制数，如编制数，须大于 0。例：27", "Planned number, above 0. Example: 27")},
 fn_controlrate},
{"STEPSCORE", JXA_RET_DOUBLE, "阶梯扣分得分", "STEPSCORE",
 "阶梯扣分：每差一档扣若干分，最多扣到上限。例：“每相差3%，扣1分，扣满15分为止”，差 7%："
 "=STEPSCORE(15;7%;3%;1;15) 得 13。",
 "Step deduction: points off for each step of shortfall, up to a cap. Example: \"1 point per 3 % short, "
 "at most 15\", 7 % short: =STEPSCORE(15;7%;3%;1;15) gives 13.",
 6, {P_NUM("points", "分值", "points", "该项分值。例：15", "Points of the item. Example: 15"),
     P_NUM("gap", "差距", "gap", "差了多少（与档距同单位）。例：7%", "How far off (same unit as the step). Example: 7%"),
     P_NUM("step", "档距", "step", "每档大小。例：3%", "Size of one step. Example: 3%"),
     P_NUM("perStep", "每档扣分", "perStep", "每档扣的分数。例：1", "Points off per step. Example: 1"),
     P_OPT("cap", "最多扣分", "cap", "省略为扣完为止。例：15", "Omitted: until nothing is left. Example: 15"),
     P_OPT("mode", "不足一档", "mode", "省略为只算整档；\"ceil\"/\"进位\" 不足一档按一档；\"linear\"/\"比例\" 按比例。",
           "Omitted: whole steps only; \"ceil\": a started step counts; \"linear\": proportional.")},
 fn_stepscore},
{"BANDSCORE", JXA_RET_DOUBLE, "分档得分", "BANDSCORE",
 "按分档规则得分，如“≥90%得5分，80%-90%得4分”。例：=BANDSCORE(85%;\"≥90%:5;≥80%:4;≥70%:3;else:0\";5) 得 4。",
 "Points by a band rule such as \"5 points from 90 %, 4 from 80 %\". "
 "Example: =BANDSCORE(85%;\"≥90%:5;≥80%:4;≥70%:3;else:0\";5) gives 4.",
 3, {P_NUM("value", "完成值", "value", "要分档的数值，如完成率。例：85%", "The value to band, e.g. a rate. Example: 85%"),
     P_STR("rule", "分档规则", "rule", "条件:得分，用分号分隔；得分可为分数、full、half、ratio。例：\"≥90%:5;else:0\"",
           "condition:points separated by semicolons; points, full, half or ratio. Example: \"≥90%:5;else:0\""),
     P_NUM("points", "分值", "points", "该项分值。例：5", "Points of the item. Example: 5")},
 fn_bandscore},
{"RESCALEDTOTAL", JXA_RET_DOUBLE, "折算总分", "RESCALEDTOTAL",
 "剔除不适用指标后折算总分：得分合计 ÷ 适用指标分值合计 × 满分。得分写“不适用”的行被剔除。"
 "例：=RESCALEDTOTAL(H5:H20;G5:G20;100)。",
 "Total after dropping not-applicable indicators: sum of scores ÷ sum of their points × full marks. "
 "Rows whose score reads 不适用 (or N/A) are dropped. Example: =RESCALEDTOTAL(H5:H20;G5:G20;100).",
 3, {P_RNG("scores", "得分", "scores", "得分区域；不适用的写“不适用”。例：H5:H20", "Scores; write 不适用 or N/A to drop a row. Example: H5:H20"),
     P_RNG("weights", "分值", "weights", "分值区域，与得分同样大小。例：G5:G20", "Points, same size. Example: G5:G20"),
     P_OPT("full", "满分", "full", "省略为 100。例：100", "Omitted: 100. Example: 100")},
 fn_rescaledtotal},
{"QUALCHECK", JXA_RET_STRING, "检查定性得分", "QUALCHECK",
 "检查手填的定性得分是否落在该等级的分数区间内：正确返回空文本，否则返回说明。例：=QUALCHECK(\"部分达成\";10;9)。",
 "Checks a hand-given qualitative score lies in its level's range: empty text when it does, else a message. "
 "Example: =QUALCHECK(\"部分达成\";10;9).",
 4, {P_STR("level", "评价等级", "level", "评价等级。例：\"部分达成\"", "The level. Example: \"部分达成\""),
     P_NUM("weight", "分值", "weight", "该指标分值。例：10", "Points of the indicator. Example: 10"),
     P_NUM("score", "得分", "score", "手填的得分。例：7", "The score given. Example: 7"),
     P_OPT("scheme", "等级标准", "scheme", "省略为国家标准。例：\"湖北\"", "Omitted: national tiers. Example: \"hubei\"")},
 fn_qualcheck},
{"CHECKTOTAL", JXA_RET_STRING, "检查总分", "CHECKTOTAL",
 "检查各项得分之和是否等于填报的总分：正确返回空文本，否则返回说明。例：=CHECKTOTAL(B2:B7;B8)。",
 "Checks the parts add up to the stated total: empty text when they do, else a message. "
 "Example: =CHECKTOTAL(B2:B7;B8).",
 2, {P_RNG("parts", "各项得分", "parts", "各项得分区域。例：B2:B7", "Range of the parts. Example: B2:B7"),
     P_NUM("stated", "填报总分", "stated", "表中填报的总分。例：98", "The total the table states. Example: 98")},
 fn_checktotal},
{"CHECKINDICATOR", JXA_RET_STRING, "检查指标得分", "CHECKINDICATOR",
 "检查一行定量指标的得分是否与规则相符（完成却未得满分、未完成却得满分、超额未说明原因等）：正确返回空文本，否则返回说明。"
 "例：=CHECKINDICATOR(E5;D5;F5;G5;H5)。",
 "Checks one quantitative indicator row's score against the rule (met but not full, missed but full, "
 "over-achieved without a reason...): empty text when consistent, else a message. "
 "Example: =CHECKINDICATOR(E5;D5;F5;G5;H5).",
 6, {P_VAL("actual", "实际完成值", "actual", "实际完成值。例：\"96%\"", "Actual value. Example: \"96%\""),
     P_VAL("target", "年度指标值", "target", "年度指标值。例：\"≥95%\"", "Target. Example: \"≥95%\""),
     P_NUM("weight", "分值", "weight", "该指标分值。例：10", "Points. Example: 10"),
     P_NUM("score", "得分", "score", "表中填的得分。例：10", "The score the table gives. Example: 10"),
     P_OPT("reason", "偏差原因", "reason", "可省略；偏差原因分析单元格。例：H5", "Optional: the 偏差原因 cell. Example: H5"),
     P_OPT("mode", "未完成计分方式", "mode", "同 INDSCORE。例：\"half\"", "As for INDSCORE. Example: \"half\"")},
 fn_checkindicator},
{"RULESCORE", JXA_RET_DOUBLE, "按标准得分", "RULESCORE",
 "按表中“评扣分标准”原文计分，保留两位小数。读得懂：分档（≥95%得满分，未达到95%得一半分）、定性等级"
 "（效果显著得满分，效果良好得一半分，不明显不得分）、按次扣分（逾期报送一天扣0.5分，扣完为止）、"
 "阶梯扣分（每相差3%，扣1分，扣满15分为止）、比例（项目数量/项目总数×4分）及“不涉及…得满分”。"
 "读不懂的句子报错并指出哪一部分。例：=RULESCORE(\"96%\";\"≥95%得满分，未达到95%得一半分\";8) 得 8。",
 "Points by the table's own scoring sentence (评扣分标准), rounded to 2 decimals: bands, qualitative levels, "
 "deductions per occurrence, step deductions, ratios and a not-applicable clause (see docs/RULES.md). "
 "A sentence it cannot read is an error naming the part. "
 "Example: =RULESCORE(\"96%\";\"≥95%得满分，未达到95%得一半分\";8) gives 8.",
 3, {P_VAL("actual", "实际完成值", "actual",
           "句子所需的实际值：比率（96% 或 0.96）、次数或天数、定性等级（效果显著）、完成数/总数（3/4）或“不涉及”。例：\"96%\"",
           "What the sentence needs: a rate (96% or 0.96), a count, a level (效果显著), done/total (3/4) or 不涉及. Example: \"96%\""),
     P_VAL("ruleText", "评扣分标准", "rule_text", "表中评扣分标准原文。例：\"≥95%得满分，未达到95%得一半分\"",
           "The scoring sentence as printed. Example: \"≥95%得满分，未达到95%得一半分\""),
     P_NUM("points", "分值", "points", "该指标分值。例：8", "Points of the indicator. Example: 8")},
 fn_rulescore},
{"CHECKRULE", JXA_RET_STRING, "核对标准得分", "CHECKRULE",
 "核对填报得分是否符合该行的评扣分标准：相符返回空，否则返回一句说明，如“按评扣分标准应得 4 分，填报 8 分”。"
 "例：=CHECKRULE(\"90%\";\"≥95%得满分，未达到95%得一半分\";8;8)。",
 "Checks a reported score against the row's own scoring sentence: \"\" when it agrees, otherwise one line such as "
 "\"the rule gives 4 points, 8 reported\". Example: =CHECKRULE(\"90%\";\"≥95%得满分，未达到95%得一半分\";8;8).",
 4, {P_VAL("actual", "实际完成值", "actual", "实际值，同 RULESCORE。例：\"90%\"", "The actual, as for RULESCORE. Example: \"90%\""),
     P_VAL("ruleText", "评扣分标准", "rule_text", "评扣分标准原文。例：\"≥95%得满分，未达到95%得一半分\"",
           "The scoring sentence. Example: \"≥95%得满分，未达到95%得一半分\""),
     P_NUM("points", "分值", "points", "该指标分值。例：8", "Points of the indicator. Example: 8"),
     P_NUM("reported", "填报得分", "reported", "表中填报的得分。例：8", "The score written in the table. Example: 8")},
 fn_checkrule},
{"RULEEXPLAIN", JXA_RET_STRING, "规则解读", "RULEEXPLAIN",
 "说明 jixiao 如何读懂一句评扣分标准：逐条列出条件和得分（阶梯扣分写明起算标准、每档扣分和上限）。"
 "读不懂的句子返回指出那一部分的说明。例：=RULEEXPLAIN(\"≥95%得满分，低于95%的每低1个百分点扣0.5分，扣完为止\") "
 "得“≥95%：满分；其余：满分，自95%起每少1个百分点扣0.5分，扣完为止（只计整档）”。",
 "Says how jixiao read a scoring sentence (评扣分标准): each condition and its score (for steps: where they "
 "start, points per step, the limit), in the office's language. A sentence it cannot read gives a message "
 "naming the part. Example: =RULEEXPLAIN(\"≥95%得满分，低于95%的每低1个百分点扣0.5分，扣完为止\").",
 1, {P_VAL("ruleText", "评扣分标准", "rule_text", "表中评扣分标准原文。例：\"≥95%得满分，未达到95%得一半分\"",
           "The scoring sentence as printed. Example: \"≥95%得满分，未达到95%得一半分\"")},
 fn_ruleexplain},
{"SCOREEXPLAIN", JXA_RET_STRING, "得分说明", "SCOREEXPLAIN",
 "说明一个得分的来由，可作“偏差原因”的草稿：实际值、符合哪一条、差几档、扣几分、得几分。"
 "例：=SCOREEXPLAIN(\"93%\";\"≥95%得满分，低于95%的每低1个百分点扣0.5分，扣完为止\";8) "
 "得“实际93%，符合“其余”，低于95%共2档，扣1分，得7分”。",
 "The reasoning behind one score, a draft for the 偏差原因 cell: the actual, the clause it meets, how many "
 "steps, points off, the score. Example: =SCOREEXPLAIN(\"93%\";\"≥95%得满分，低于95%的每低1个百分点扣0.5分，扣完为止\";8).",
 3, {P_VAL("actual", "实际完成值", "actual", "实际值，同 RULESCORE。例：\"93%\"", "The actual, as for RULESCORE. Example: \"93%\""),
     P_VAL("ruleText", "评扣分标准", "rule_text", "评扣分标准原文。例：\"≥95%得满分，未达到95%得一半分\"",
           "The scoring sentence. Example: \"≥95%得满分，未达到95%得一半分\""),
     P_NUM("points", "分值", "points", "该指标分值。例：8", "Points of the indicator. Example: 8")},
 fn_scoreexplain},
};

const int jxa_nfunctions = (int)(sizeof jxa_functions / sizeof jxa_functions[0]);

const jxa_func *jxa_find(const char *name, size_t len)
{
    int i;

    for (i = 0; i < jxa_nfunctions; i++)
        if (strlen(jxa_functions[i].name) == len &&
            strncasecmp(jxa_functions[i].name, name, len) == 0)
            return &jxa_functions[i];
    return NULL;
}

jx_err jxa_call(const jxa_func *f, const jxa_value *arg, const jxa_ctx *ctx,
                jxa_result *res)
{
    int i;
    jx_err e;

    res->bad_arg = -1;
    res->why[0] = '\0';
    res->text[0] = '\0';
    res->num = 0;
    for (i = 0; i < f->nparams; i++) {
        if (!f->param[i].optional && arg[i].type == JXA_VOID)
            return jxa_fail(res, ctx, i, JX_ERR_EMPTY);
        if (arg[i].type == JXA_NUM && !isfinite(arg[i].num))
            return jxa_fail(res, ctx, i, JX_ERR_NOT_FINITE);
    }
    e = f->impl(arg, ctx, res);
    /* The last guard: Calc must never see NaN or an infinity. */
    if (e == JX_OK && f->ret != JXA_RET_STRING && !isfinite(res->num))
        return jxa_fail(res, ctx, -1, JX_ERR_NOT_FINITE);
    return e;
}
