/*
 * jixiao/target.h - target expressions (年度指标值) and actual values
 * (实际完成值) as printed in real tables.
 *
 * Accepted target forms (see tests/core/test_target.c for the full list):
 *   ≥95%   ≥ 30000   ≤60分钟   =100%   ≤3万元   ≥50万人   >0   <5次
 *   不低于95%  不少于48期  不超过60分钟  不高于5%  达到100%  大于0
 *   95%以上  60分钟以内  5%以下  95%及以上
 *   full-width digits, signs, point and percent (９５．５％, ＞＝, ％),
 *   look-alike signs used in real documents: ≧ ≦ ⩾ ⩽ ＞ ＜ ＝ ═, >= <= ==,
 *   and spaces (ASCII, U+3000, U+00A0) anywhere between the parts.
 * A bare number ("95", "30000") is a 正向 (≥) target.
 *
 * Numbers are taken as written: "95" is ninety-five, never 95 %.  Percent
 * values are stored as fractions (95% -> 0.95, percent = 1), as Calc stores
 * a cell formatted as percent.  Units are kept: a scale prefix 千/万/亿
 * before a unit is folded into `scale` ("50万人" -> value 500000, unit "人",
 * scale 1e4), and actual and target must carry the same base unit.
 *
 * Anything else is JX_ERR_TARGET_SYNTAX (or JX_ERR_NUMBER_SYNTAX for an
 * actual) with a jx_diag quoting the text: the parser never guesses.
 */
#ifndef JIXIAO_TARGET_H
#define JIXIAO_TARGET_H

#include <stddef.h>
#include "jixiao/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Longest base unit kept (UTF-8 bytes, e.g. "人次", "分钟", "公里"). */
#define JX_UNIT_MAX 23

/* A number with its unit, as written in a table cell. */
typedef struct jx_quantity {
    double value;              /* in base units; percent as a fraction     */
    double scale;              /* the prefix folded into value: 1, 1e3, 1e4, 1e8 */
    int percent;               /* 1 when written with % or ％               */
    char unit[JX_UNIT_MAX + 1];/* base unit without prefix, "" when none   */
} jx_quantity;

/* Direction of a target. */
typedef enum jx_dir {
    JX_DIR_GE = 0,   /* ≥, 不低于, 以上, bare number: 正向 (more is better) */
    JX_DIR_GT,       /* >, 大于, 高于, 超过                                   */
    JX_DIR_LE,       /* ≤, 不超过, 以内, 以下: 反向 (less is better)          */
    JX_DIR_LT,       /* <, 小于, 低于, 少于                                   */
    JX_DIR_EQ        /* =, ═, 等于, 达到: scored as 正向 against the value    */
} jx_dir;

/* A parsed target: direction plus quantity. */
typedef struct jx_target {
    jx_dir dir;
    jx_quantity q;
} jx_target;

/*
 * Parse a target expression of `len` bytes (UTF-8; need not be
 * NUL-terminated).  On success fills *out and returns JX_OK; on failure
 * returns the error, fills *diag (may be NULL) and leaves *out untouched.
 * Errors: JX_ERR_EMPTY, JX_ERR_TOO_LONG, JX_ERR_ENCODING,
 * JX_ERR_TARGET_SYNTAX (no number, two numbers, unknown words, a sign and
 * a suffix that disagree as in "≥95%以下"), JX_ERR_NEGATIVE (a negative
 * value such as "≥-5").  A sign and a suffix that agree ("不超过60分钟以内")
 * are accepted.
 */
jx_err jx_target_parse(const char *text, size_t len, jx_target *out,
                       jx_diag *diag);

/*
 * Parse an actual value written as text: "96%", "30 分钟", "50万人", "1,234.5",
 * "９６％".  A comparison sign is not allowed here.  Errors as for targets,
 * with JX_ERR_NUMBER_SYNTAX instead of JX_ERR_TARGET_SYNTAX.
 */
jx_err jx_quantity_parse(const char *text, size_t len, jx_quantity *out,
                         jx_diag *diag);

/*
 * A plain number as an actual (a numeric cell): value `v`, scale 1, no
 * percent, no unit.  JX_ERR_NOT_FINITE for NaN/Inf.
 */
jx_err jx_quantity_from_number(double v, jx_quantity *out);

/*
 * Bring `actual` into the units of `target` so the two values compare:
 *  - target percent, actual percent: as is;
 *  - target percent, actual a bare number: a fraction if <= 10 (0.96 is
 *    96 %), JX_ERR_PERCENT_UNIT if above 10 (96 typed for 96 %);
 *  - target percent, actual with another unit (or the reverse): JX_ERR_UNIT_MISMATCH;
 *  - actual percent, target a bare number: the target is a fraction if
 *    <= 10 (a percent cell 0.95), JX_ERR_UNIT_MISMATCH if above 10 (seed
 *    003 prints the target "95" beside the actual "100%");
 *  - bare actual number against a target with a unit or prefix: taken in the
 *    target's written unit ("50" against "≥50万人" is 500000 人);
 *  - both with units: base units must be equal, else JX_ERR_UNIT_MISMATCH.
 * Negative actual values are JX_ERR_NEGATIVE.  On success *value is the
 * actual in the target's base unit (comparable with target->q.value).
 */
jx_err jx_quantity_align(const jx_quantity *actual, const jx_target *target,
                         double *value);

/* The sign of a direction as printed ("≥", ">", "≤", "<", "="). */
const char *jx_dir_sign(jx_dir dir);

/*
 * Write a target back as canonical text ("≥95%", "≤60分钟", "≥50万人") into
 * buf, NUL-terminated when cap > 0 and cut on a UTF-8 boundary.  Returns
 * the length of the whole text, as snprintf does (>= cap means it was cut).
 * Used in messages and by the template tool.
 */
size_t jx_target_format(const jx_target *t, char *buf, size_t cap);

#ifdef __cplusplus
}
#endif
#endif
