/*
 * args.c - reading function arguments into core types (see args.h).
 */
#include <stdio.h>
#include <string.h>

#include "args.h"
#include "jixiao/round.h"

jx_err jxa_fail(jxa_result *res, const jxa_ctx *ctx, int i, jx_err e)
{
    res->bad_arg = i;
    snprintf(res->why, sizeof res->why, "%s", jx_strerror(e, ctx->lang));
    return e;
}

jx_err jxa_fail_diag(jxa_result *res, const jxa_ctx *ctx, int i,
                     const jx_diag *diag)
{
    res->bad_arg = i;
    jx_diag_format(diag, ctx->lang, res->why, sizeof res->why);
    return diag->code != JX_OK ? diag->code : JX_ERR_RANGE;
}

const jxa_value *jxa_unwrap(const jxa_value *v)
{
    if (v->type == JXA_ARRAY && v->rows == 1 && v->cols == 1 && v->held_rows == 1)
        return &v->cell[0];
    return v;
}

const char *jxa_numtext(double x, char *buf)
{
    jx_fmt_num(x, JX_DIGITS_MAX, 0, buf, 64);
    return buf;
}

jx_err jxa_number(const jxa_value *arg, int i, int has_dflt, double dflt,
                  double *out, const jxa_ctx *ctx, jxa_result *res)
{
    const jxa_value *v = jxa_unwrap(arg);

    switch (v->type) {
    case JXA_NUM:
        *out = v->num;
        return JX_OK;
    case JXA_VOID:
    case JXA_EMPTY:
        if (!has_dflt)
            return jxa_fail(res, ctx, i, JX_ERR_EMPTY);
        *out = dflt;
        return JX_OK;
    case JXA_STR: {
        jx_diag d;
        jx_diag_set(&d, JX_ERR_NUMBER_SYNTAX, v->str, v->len, 0);
        return jxa_fail_diag(res, ctx, i, &d);
    }
    default:
        return jxa_fail(res, ctx, i, JX_ERR_RANGE);
    }
}

jx_err jxa_text(const jxa_value *arg, int i, char *buf, const char **s,
                size_t *len, const jxa_ctx *ctx, jxa_result *res)
{
    const jxa_value *v = jxa_unwrap(arg);

    *s = NULL;
    *len = 0;
    switch (v->type) {
    case JXA_VOID:
    case JXA_EMPTY:
        return JX_OK;
    case JXA_STR:
        if (v->bad_text)
            return jxa_fail(res, ctx, i, JX_ERR_ENCODING);
        *s = v->str;
        *len = v->len;
        return JX_OK;
    case JXA_NUM:
        *s = jxa_numtext(v->num, buf);
        *len = strlen(*s);
        return JX_OK;
    default:
        return jxa_fail(res, ctx, i, JX_ERR_RANGE);
    }
}

jx_err jxa_actual(const jxa_value *arg, int i, jx_quantity *out,
                  const jxa_ctx *ctx, jxa_result *res)
{
    const jxa_value *v = jxa_unwrap(arg);
    jx_diag d;
    jx_err e;

    switch (v->type) {
    case JXA_NUM:
        if ((e = jx_quantity_from_number(v->num, out)))
            return jxa_fail(res, ctx, i, e);
        return JX_OK;
    case JXA_STR:
        if (v->bad_text)
            return jxa_fail(res, ctx, i, JX_ERR_ENCODING);
        if ((e = jx_quantity_parse(v->str, v->len, out, &d)))
            return jxa_fail_diag(res, ctx, i, &d);
        return JX_OK;
    case JXA_VOID:
    case JXA_EMPTY:
        return jxa_fail(res, ctx, i, JX_ERR_EMPTY);
    default:
        return jxa_fail(res, ctx, i, JX_ERR_RANGE);
    }
}

jx_err jxa_target(const jxa_value *arg, int i, jx_target *out,
                  const jxa_ctx *ctx, jxa_result *res)
{
    const jxa_value *v = jxa_unwrap(arg);
    jx_diag d;
    jx_err e;

    switch (v->type) {
    case JXA_NUM:
        /* A bare number is a 正向 (≥) target, as target.h says.  Calc
         * passes a blank cell as 0, and "≥0" is met by anything, so a bare
         * 0 is taken for a target nobody filled in; a real zero target is
         * written "=0" or "≤0". */
        if (v->num < 0)
            return jxa_fail(res, ctx, i, JX_ERR_NEGATIVE);
        if (v->num == 0)
            return jxa_fail(res, ctx, i, JX_ERR_EMPTY);
        out->dir = JX_DIR_GE;
        if ((e = jx_quantity_from_number(v->num, &out->q)))
            return jxa_fail(res, ctx, i, e);
        return JX_OK;
    case JXA_STR:
        if (v->bad_text)
            return jxa_fail(res, ctx, i, JX_ERR_ENCODING);
        if ((e = jx_target_parse(v->str, v->len, out, &d)))
            return jxa_fail_diag(res, ctx, i, &d);
        return JX_OK;
    case JXA_VOID:
    case JXA_EMPTY:
        return jxa_fail(res, ctx, i, JX_ERR_EMPTY);
    default:
        return jxa_fail(res, ctx, i, JX_ERR_RANGE);
    }
}

jx_err jxa_cells(const jxa_value *arg, int i, const jxa_value **cells,
                 size_t *n, int *rows, int *cols, const jxa_ctx *ctx,
                 jxa_result *res)
{
    switch (arg->type) {
    case JXA_ARRAY:
        *cells = arg->cell;
        *rows = arg->rows;
        *cols = arg->cols;
        *n = (size_t)arg->held_rows * (size_t)arg->cols;
        return JX_OK;
    case JXA_VOID:
        return jxa_fail(res, ctx, i, JX_ERR_EMPTY);
    default:
        *cells = arg;
        *rows = *cols = 1;
        *n = 1;
        return JX_OK;
    }
}
