/*
 * jixiao/qual.h - qualitative indicators (定性指标) scored by tiers.
 *
 * National scheme (财预〔2020〕10号): 达成年度指标 100-80 %, 部分达成年度指标并具有
 * 一定效果 80-60 %, 未达成年度指标且效果较差 60-0 % of the points.  Hubei
 * tables: 80-50 %, 50-0 % for the lower tiers.  Tables also print their own
 * ("效果显著得满分，效果良好得一半分，不明显不得分"), written as a scheme text
 * "显著:1;良好:0.5;不明显:0".
 *
 * QUALSCORE gives the top of the level's tier (the evaluator may give less
 * within the tier by hand; jx_qual_check verifies a hand-given score).
 */
#ifndef JIXIAO_QUAL_H
#define JIXIAO_QUAL_H

#include <stddef.h>
#include "jixiao/error.h"

#ifdef __cplusplus
extern "C" {
#endif

#define JX_TIERS_MAX   8
#define JX_ALIASES_MAX 6
#define JX_LABEL_MAX   63     /* UTF-8 bytes */

/* One tier: its labels (the first is the canonical one) and its range. */
typedef struct jx_tier {
    int naliases;
    char alias[JX_ALIASES_MAX][JX_LABEL_MAX + 1];
    double lo, hi;   /* fractions of the points, 0 <= lo <= hi <= 1 */
} jx_tier;

typedef struct jx_scheme {
    int n;
    jx_tier tier[JX_TIERS_MAX];
} jx_scheme;

/*
 * The national scheme.  Labels accepted for each tier (after removing
 * spaces): 达成年度指标 / 达成 / 完成 / 全部达成 / 全部完成;
 * 部分达成年度指标并具有一定效果 / 部分达成 / 部分完成 / 基本达成 / 基本完成;
 * 未达成年度指标且效果较差 / 未达成 / 未完成.
 */
void jx_scheme_national(jx_scheme *out);

/* The Hubei scheme: same labels, tiers 100-80 %, 80-50 %, 50-0 %. */
void jx_scheme_hubei(jx_scheme *out);

/*
 * Parse a scheme text.  Either a built-in name ("national"/"国家"/"全国",
 * "hubei"/"湖北", case-insensitive), or items separated by ';' '；' or a
 * newline, each LABEL ':' VALUE where VALUE is a fraction ("0.5"), a
 * percent ("50%") or a range "LO-HI" ("0.6-0.8", "60%-80%"); a single value
 * is a tier with lo == hi.  Labels may list aliases separated by '/' or '|'
 * ("显著/效果显著:1").  A range may also be written with ～ or —.  A label
 * may not appear twice (a level must lead to one tier).  Empty text -> the
 * national scheme.  Errors JX_ERR_SCHEME_SYNTAX (with diag), JX_ERR_RANGE
 * (value outside [0,1], lo > hi; with diag), JX_ERR_TOO_LONG,
 * JX_ERR_ENCODING.
 */
jx_err jx_scheme_parse(const char *text, size_t len, jx_scheme *out,
                       jx_diag *diag);

/*
 * Find the tier of `level` (spaces and surrounding punctuation ignored,
 * full-width folded, ASCII letters without case; otherwise an exact match
 * on any alias: no guessing between tiers).  JX_ERR_LEVEL_UNKNOWN with diag
 * quoting the level otherwise; JX_ERR_EMPTY for a blank level; JX_ERR_RANGE
 * for a malformed scheme.  *tier_index (may be NULL) gets the index.
 */
jx_err jx_scheme_find(const jx_scheme *s, const char *level, size_t len,
                      int *tier_index, jx_diag *diag);

/* Points for `level`: top of its tier x points, rounded to digits. */
jx_err jx_qual_score(const jx_scheme *s, const char *level, size_t len,
                     double points, int digits, double *score,
                     jx_diag *diag);

/*
 * Check a hand-given score against its level's tier: JX_OK when
 * lo x points <= score <= hi x points (closed interval, compared after
 * rounding both bounds to 2 decimals), JX_ERR_TIER_MISMATCH otherwise,
 * JX_ERR_SCORE_RANGE when the score is outside [0, points].
 */
jx_err jx_qual_check(const jx_scheme *s, const char *level, size_t len,
                     double points, double score, jx_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
