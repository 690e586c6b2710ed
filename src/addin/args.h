/*
 * args.h - reading function arguments (jxa_value) into core types.
 *
 * Shared by the function implementations (functions.c).  Each reader
 * either fills its output and returns JX_OK, or records in `res` which
 * argument is wrong and why (in the caller's language) and returns the
 * error, so an implementation is a straight line of `if ((e = ...)) return e;`.
 */
#ifndef JIXIAO_ADDIN_ARGS_H
#define JIXIAO_ADDIN_ARGS_H

#include "value.h"
#include "jixiao/target.h"

/* Record error `e` for argument i (-1: none in particular) with jx_strerror. */
jx_err jxa_fail(jxa_result *res, const jxa_ctx *ctx, int i, jx_err e);

/* Record a parser error for argument i with the diagnostic's quote. */
jx_err jxa_fail_diag(jxa_result *res, const jxa_ctx *ctx, int i,
                     const jx_diag *diag);

/* A 1 x 1 range is its cell (Calc passes a cell reference to an `any`
 * parameter as a 1 x 1 array); anything else is returned as is. */
const jxa_value *jxa_unwrap(const jxa_value *v);

/*
 * A number.  Omitted or blank: `dflt` when has_dflt, else JX_ERR_EMPTY.
 * Text: JX_ERR_NUMBER_SYNTAX.  A range of more than one cell: JX_ERR_RANGE.
 */
jx_err jxa_number(const jxa_value *arg, int i, int has_dflt, double dflt,
                  double *out, const jxa_ctx *ctx, jxa_result *res);

/*
 * A text option (rule, mode, scheme, labels).  Omitted or blank: *s = NULL,
 * *len = 0.  A number is read as its text (a mode cell holding 0), written
 * into buf (64 bytes).  Invalid UTF-16 from the cell: JX_ERR_ENCODING.
 */
jx_err jxa_text(const jxa_value *arg, int i, char *buf, const char **s,
                size_t *len, const jxa_ctx *ctx, jxa_result *res);

/* An actual value: a number, or text such as "96%" / "30 分钟". */
jx_err jxa_actual(const jxa_value *arg, int i, jx_quantity *out,
                  const jxa_ctx *ctx, jxa_result *res);

/* A target: a number (a ≥ target) or text such as "≥95%" / "≤60分钟". */
jx_err jxa_target(const jxa_value *arg, int i, jx_target *out,
                  const jxa_ctx *ctx, jxa_result *res);

/*
 * The cells of a range argument in row order.  A scalar counts as a 1 x 1
 * range.  *rows x *cols is the range's full size (compare shapes with it);
 * *n = held_rows x cols is how many cells there are to read: the rows below
 * are blank (value.h).  An omitted range is JX_ERR_EMPTY.
 */
jx_err jxa_cells(const jxa_value *arg, int i, const jxa_value **cells,
                 size_t *n, int *rows, int *cols, const jxa_ctx *ctx,
                 jxa_result *res);

/* Format x as a clerk writes it ("95", "94.5") into buf (64 bytes). */
const char *jxa_numtext(double x, char *buf);

#endif
