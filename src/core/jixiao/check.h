/*
 * jixiao/check.h - checks that say in plain words what is wrong in a table.
 *
 * Each check returns JX_OK and writes "" into msg when all is well, or
 * writes one line in `lang` describing the first problem (and how many
 * there are, when more than one) and returns the code of that problem.
 * Argument errors (NaN, sizes) return their code with the jx_strerror text
 * in msg.  msg is always NUL-terminated when cap > 0; 256 bytes suffice for
 * every message (cut on a UTF-8 boundary otherwise).
 *
 * Rows are numbered from 1 in messages ("第3行" / "row 3"), counted within
 * the range the user passed.
 *
 * Codes of the problems: sums that disagree (weights, totals, tree) are
 * JX_ERR_RANGE; negative points JX_ERR_NEGATIVE; a score outside
 * [0, points] or disagreeing with its rule JX_ERR_SCORE_RANGE; something
 * missing (a score, a 偏差原因, a parent's 分值) JX_ERR_EMPTY; unit errors
 * of an indicator keep their own code.
 */
#ifndef JIXIAO_CHECK_H
#define JIXIAO_CHECK_H

#include <stddef.h>
#include "jixiao/error.h"
#include "jixiao/target.h"
#include "jixiao/indicator.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Recommended message buffer size. */
#define JX_MSG_MAX 512

/*
 * The check messages, one table for every front end: the CHECK* functions
 * below fill them with numbers, the template writes them into its 校验
 * formulas with the cell values spliced in (the same words in the
 * workbook, the add-in and the audit).  Each text has slots %1, %2, %3
 * where values go.  Values stable (append only).
 */
typedef enum jx_msg_id {
    JX_MSG_ROW = 0,          /* "第%1行：" / "row %1: "                        */
    JX_MSG_SCORE_ABOVE,      /* "得分 %1 高于分值 %2"                          */
    JX_MSG_SCORE_NEGATIVE,   /* "得分 %1 为负数"                               */
    JX_MSG_NO_SCORE,         /* "未填写得分"                                   */
    JX_MSG_BELOW_NO_REASON,  /* "得分 %1 低于分值 %2，未填写偏差原因"           */
    JX_MSG_POINTS_NEGATIVE,  /* "分值 %1 为负数"                               */
    JX_MSG_WEIGHTS,          /* "分值合计 %1，应为 %2"                          */
    JX_MSG_TOTAL,            /* "各项合计 %1，与填报的总分 %2 不符"              */
    JX_MSG_TREE,             /* "%1的分值 %2 不等于下级合计 %3"                  */
    JX_MSG_TREE_MISSING,     /* "%1未填写分值，下级合计 %2"                      */
    JX_MSG_MET_BELOW,        /* "已完成指标值（%1），得分 %2 低于分值 %3"        */
    JX_MSG_MISSED_FULL,      /* "未完成指标值（%1，实际 %2），却得满分 %3"       */
    JX_MSG_OVER_NO_REASON,   /* "完成率 %1 超过 %2，须说明偏差原因"              */
    JX_MSG_MISSED_NO_REASON, /* "未完成指标值，未填写偏差原因"                   */
    JX_MSG_MORE,             /* "（共 %1 处）" / " (%1 problems)"              */
    JX_MSG_ACTUAL_UNREAD,    /* "实际完成值无法按评扣分标准计分"                 */
    /* The templates' funds blocks (执行率 of a budget and its 其中 rows). */
    JX_MSG_BUDGET_ZERO,      /* "全年预算数为 0，无法计算执行率"                 */
    JX_MSG_RATE_ABOVE,       /* "执行率高于 100%，全年执行数超过全年预算数"      */
    JX_MSG_PARTS_MISMATCH,   /* "%1与其中各项合计不符"                          */
    JX_MSG_SPENT_NO_BUDGET,  /* "全年预算数为 0 却有执行数"                      */
    JX_MSG_INCOME_SPLIT,     /* "按收入性质分合计 %1，与全年预算数 %2 不符"      */
    JX_MSG_EXPENSE_SPLIT,    /* "基本支出与项目支出合计 %1，与全年执行数 %2 不符" */
    /* 部门整体支出绩效评价基础数据表 (staffing, 三公经费, 楼堂馆所). */
    JX_MSG_STAFF_OVER,       /* "实际在职人数超过编制数"                         */
    JX_MSG_SANGONG_OVER_BUDGET, /* "三公经费决算数超过预算数"                    */
    JX_MSG_SANGONG_OVER_LAST,   /* "三公经费预算数高于上年决算数"                */
    JX_MSG_PUBLIC_PARTS_OVER,   /* "公用经费的其中各项合计超过公用经费"          */
    JX_MSG_SCALE_OVER,       /* "实际规模超过批复规模"                           */
    JX_MSG_INVEST_OVER,      /* "实际投资超过投资概算"                           */
    /* 部门整体支出绩效评价表 (funds received, the two execution rates, areas). */
    JX_MSG_LEVELS_MISMATCH,  /* "%1与其中各级财政合计不符"                      */
    JX_MSG_SPENT_OVER_RECEIVED, /* "实际支出资金超过实际到位资金"                */
    JX_MSG_RATES_DIFFER,     /* "按实际到位资金计算的执行率为 %1%，按预算安排资金计算为 %2%，应分别列示" */
    JX_MSG_SOME_ABOVE,       /* "有得分高于分值"                                 */
    JX_MSG_SOME_NEGATIVE,    /* "得分为负数"                                     */
    /* 部门预算绩效管理工作考核评分表 (stated area scores, levels of points). */
    JX_MSG_SCORE_OVER_POINTS,/* "得分高于分值"                                   */
    JX_MSG_AREA_STATED,      /* "%1各项合计 %2，与填报的得分 %3 不符"            */
    JX_MSG_LEVEL_POINTS,     /* "考核指标分值之和与考核内容分值不符"             */
    /* 项目支出绩效评价表 (funds by source, the scoring tree). */
    JX_MSG_SPENT_OVER_ARRIVED, /* "实际支出数超过实际到位数"                     */
    JX_MSG_SOURCES_MISMATCH, /* "%1的资金来源合计与合计不符"                    */
    JX_MSG_L1_WEIGHTS,       /* "一级指标分值合计 %1，应为 %2"                  */
    /* the template's 校验结果 summary and its own checks (issue 13) */
    JX_MSG_CHECKS_PASSED,    /* "校验通过"                                       */
    JX_MSG_INCOMPLETE,       /* "尚未填写完整"                                   */
    JX_MSG_PROBLEMS,         /* "共 %1 处问题，首个：" (the first problem follows) */
    JX_MSG_LEVEL_NOT_LISTED, /* "实际完成值须从下拉列表选择"                     */
    JX_MSG_SCORE_OUTSIDE_LEVEL, /* "得分不在所选档次的分值范围内"                */
    JX_MSG_POINTS_RANGE,     /* "分值应在 0 到 100 之间"                         */
    JX_MSG_SCORE_RANGE,      /* "得分应在 0 到分值之间"                          */
    JX_MSG__COUNT
} jx_msg_id;

/* The text of `id` in `lang` with its slots; "" for an unknown id. */
const char *jx_msg_text(jx_msg_id id, jx_lang lang);

/*
 * Fill the slots of `id` with a1..a3 (NULL: nothing) into buf, always
 * NUL-terminated when cap > 0 and cut on a UTF-8 boundary.  Returns the
 * bytes written.
 */
size_t jx_msg_fill(jx_msg_id id, jx_lang lang, char *buf, size_t cap,
                   const char *a1, const char *a2, const char *a3);

/*
 * Points must add up to `expected` (usually 100):
 *   "分值合计 95，应为 100" / "points add up to 95, expected 100".
 * Negative points are reported first.  Blank cells are passed as 0.
 */
jx_err jx_check_weights(const double *points, size_t n, double expected,
                        jx_lang lang, char *msg, size_t cap);

/*
 * Parts must add up to a stated total (隆化 001: parts 100, stated 98):
 *   "各项合计 100，与填报的总分 98 不符" / "parts add up to 100, stated total is 98".
 * Compared after rounding both to 2 decimals.
 */
jx_err jx_check_total(const double *parts, size_t n, double stated,
                      jx_lang lang, char *msg, size_t cap);

/* One scored row for jx_check_scores. */
typedef struct jx_score_row {
    double score;
    double points;
    int has_score;     /* 0: the score cell is blank                      */
    int has_reason;    /* 1: 偏差原因 is filled in; -1: no reasons column  */
} jx_score_row;

/*
 * First problem among rows, in row order; per row checked in this order:
 *   score above its points   "第3行：得分 9 高于分值 8"
 *   score negative           "第3行：得分 -1 为负数"
 *   blank score, points > 0  "第3行：未填写得分"
 *   score below its points and no 偏差原因 (only when has_reason != -1)
 *                            "第3行：得分 6 低于分值 8，未填写偏差原因"
 * Rows with points 0 and no score (sub-rows, blank merged rows) are skipped.
 */
jx_err jx_check_scores(const jx_score_row *rows, size_t n, jx_lang lang,
                       char *msg, size_t cap);

/*
 * One row of a scoring tree as laid out in the tables (seed 004): 一级 and
 * 二级 names with blanks below the first row of a merged cell, optional
 * stated 分值 for 一级 and 二级 on the first row of their group, and the
 * leaf (三级) 分值.  A non-blank name starts a new group even when it
 * repeats the previous one (004 has two 资金管理 groups); a blank name
 * continues the group above.  A new 一级 group also starts a new 二级 group.
 */
typedef struct jx_tree_row {
    const char *l1;    /* UTF-8, NULL or "" when blank */
    const char *l2;
    double l1_points;  /* stated, meaningful only when has_l1_points */
    double l2_points;
    double leaf_points;/* blank = 0 */
    int has_l1_points;
    int has_l2_points;
} jx_tree_row;

/*
 * Every stated parent 分值 must equal the sum of the leaf 分值 below it:
 *   "决策的分值 40 不等于下级合计 20（共 4 处）" /
 *   "决策: points 40 but its children add up to 20 (4 problems)".
 * A 一级 group with children but no stated points, when other groups state
 * theirs, is reported too ("过程未填写分值，下级合计 20").  二级 groups are
 * checked before their 一级.  Rows before the first name are in an unnamed
 * group ("第1行" in messages).
 */
jx_err jx_check_tree(const jx_tree_row *rows, size_t n, jx_lang lang,
                     char *msg, size_t cap);

/*
 * One quantitative indicator row: does its stated score agree with the rule?
 *   met but scored below points   "已完成指标值（≥95%），得分 5 低于分值 10"
 *   missed but scored full        "未完成指标值（≥95%，实际 90%），却得满分 10"
 *   score above points, negative
 *   over-achieved (completion >= opts->over_threshold) without a reason
 *                                 "完成率 150% 超过 130%，须说明偏差原因"
 *   missed and no reason          "未完成指标值，未填写偏差原因"
 * has_reason: 1 filled, 0 blank, -1 unknown (skip the reason checks).
 * Errors in actual/target (units, percent) are reported as messages too.
 */
jx_err jx_check_indicator(const jx_quantity *actual, const jx_target *target,
                          double points, double score, int has_reason,
                          const jx_ind_opts *opts, jx_lang lang, char *msg,
                          size_t cap);

#ifdef __cplusplus
}
#endif
#endif
