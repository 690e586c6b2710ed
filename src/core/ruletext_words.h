/*
 * ruletext_words.h - the words of 评扣分标准 sentences, as tables.
 *
 * Every word the rule reader knows lives here (data over code): the
 * parser (ruletext.c) and the scorer/explainer (ruletext_score.c) read
 * the same tables.  Words are compared after folding (full width, ％).
 */
#ifndef JIXIAO_RULETEXT_WORDS_H
#define JIXIAO_RULETEXT_WORDS_H

#include <stddef.h>
#include "jixiao/rules.h"

/* A word and what it means (a number, a direction, a flag). */
typedef struct jx_rword {
    const char *word;
    int code;
    double value;
} jx_rword;

#define JX_RWORDS(t) (sizeof (t) / sizeof *(t))

/* Comparison codes of bound words. */
enum { RW_GE = 1, RW_GT, RW_LE, RW_LT, RW_EQ };

/* Step directions: the gap is counted above the ref or below it, or either. */
enum { RW_OVER = 1, RW_UNDER, RW_EITHER };

extern const jx_rword jx_rw_bound_prefix[];  /* ≥ 不低于 低于 未达到 … */
extern const size_t jx_rw_bound_prefix_n;
extern const jx_rword jx_rw_bound_suffix[];  /* 以上 以下 及以上 以内 */
extern const size_t jx_rw_bound_suffix_n;
extern const jx_rword jx_rw_step[];          /* 每低 每超出 每少 每增加 … */
extern const size_t jx_rw_step_n;
extern const char *const jx_rw_occurrence[]; /* 一次 每发现 逾期一天 … */
extern const size_t jx_rw_occurrence_n;
extern const char *const jx_rw_na[];         /* 不涉及 不适用 无此项 */
extern const size_t jx_rw_na_n;
extern const char *const jx_rw_else[];       /* 其他 其余 否则 */
extern const size_t jx_rw_else_n;
extern const char *const jx_rw_units[];      /* 次 天 万元 人 岁 例 … */
extern const size_t jx_rw_units_n;
extern const jx_rword jx_rw_numerals[];      /* 一 两 二 … 十 */
extern const size_t jx_rw_numerals_n;
extern const char *const jx_rw_signed[];     /* 变动率 增长率: negatives valid */
extern const size_t jx_rw_signed_n;
extern const char *const jx_rw_vague[];      /* 酌情 视情况 适当: never scored */
extern const size_t jx_rw_vague_n;
extern const char *const jx_rw_open_verb[]; /* 扣 分 定: a vague word's outcome */
extern const size_t jx_rw_open_verb_n;
extern const char *const jx_rw_elsewhere[];  /* 平均分 第1名的比例: other data */
extern const size_t jx_rw_elsewhere_n;
extern const char *const jx_rw_beyond[];     /* 不得参加评奖: beyond the score */
extern const size_t jx_rw_beyond_n;
extern const char *const jx_rw_also_action[];/* 并按有关规定处理: besides it */
extern const size_t jx_rw_also_action_n;
extern const char *const jx_rw_elsewhere_lead[]; /* 得分为 按: its outcome starts */
extern const size_t jx_rw_elsewhere_lead_n;
extern const char *const jx_rw_unstated[];  /* 累计扣: a deduction with no amount */
extern const size_t jx_rw_unstated_n;
extern const char *const jx_rw_source[];    /* 为准 依据为: where the data comes from */
extern const size_t jx_rw_source_n;
extern const char *const jx_rw_veto[];      /* 清零 一票否决: the whole table to 0 */
extern const size_t jx_rw_veto_n;
extern const char *const jx_rw_full[];      /* 足额 全额: the whole of it, 100 % */
extern const size_t jx_rw_full_n;
extern const char *const jx_rw_elsewhere_cond[]; /* 平均: a bound from others' data */
extern const size_t jx_rw_elsewhere_cond_n;
extern const char *const jx_rw_tail[];       /* 的 时 者: end of a condition */
extern const size_t jx_rw_tail_n;
/* Text actuals that name a clause (ruletext_name.c). */
extern const char *const jx_rw_criteria_lead[]; /* 评分标准: a lead-in before a colon */
extern const size_t jx_rw_criteria_lead_n;
extern const char *const jx_rw_about_subject[]; /* 该指标 本指标: the indicator itself */
extern const size_t jx_rw_about_subject_n;
extern const char *const jx_rw_about_verb[];    /* 主要考核 反映 衡量: what it measures */
extern const size_t jx_rw_about_verb_n;
extern const char *const jx_rw_item_points[]; /* 权重分 分值: the item's points P */
extern const size_t jx_rw_item_points_n;
extern const char *const jx_rw_deny[];       /* 未 不 无 没有: denial words */
extern const size_t jx_rw_deny_n;
extern const char *const jx_rw_done[];       /* 已 已经 有: "it was done" */
extern const size_t jx_rw_done_n;
extern const char *const jx_rw_no_fault[];   /* 未发现 符合规定: nothing wrong */
extern const size_t jx_rw_no_fault_n;
extern const char *const jx_rw_name_sep[];   /* 且 并 但 、: between names */
extern const size_t jx_rw_name_sep_n;
extern const char *const jx_rw_only[];       /* 仅 只: only the parts named */
extern const size_t jx_rw_only_n;
extern const char *const jx_rw_light[];      /* 实现 做到: skipped after 未 */
extern const size_t jx_rw_light_n;
extern const char *const jx_rw_deadline_unit[]; /* 个月 天 工作日: a deadline */
extern const size_t jx_rw_deadline_unit_n;
extern const char *const jx_rw_within[];     /* 内 以内 之内 */
extern const size_t jx_rw_within_n;
extern const char *const jx_rw_other_subject[]; /* 单位 部门: 其他单位 is who */
extern const size_t jx_rw_other_subject_n;
/* What a step is measured from, between 每X and the step: 目标 (1), 基数 (2). */
enum { RW_VS_TARGET = 1, RW_VS_BASE, RW_VS_ELSEWHERE };
extern const jx_rword jx_rw_step_ref[];      /* 每超目标… 每高于基数… */
extern const size_t jx_rw_step_ref_n;
extern const jx_rword jx_rw_target[];        /* 达目标 不达目标: bounds at the target */
extern const size_t jx_rw_target_n;
extern const char *const jx_rw_target_end[]; /* "…8%的目标": a target stated */
extern const size_t jx_rw_target_end_n;
extern const char *const jx_rw_count_verb[];  /* 至少进行2次: a verb after the bound word */
extern const size_t jx_rw_count_verb_n;
extern const char *const jx_rw_period_lead[]; /* 一年 全年: the year, before a count bound */
extern const size_t jx_rw_period_lead_n;
extern const jx_rword jx_rw_period_count[];  /* 每月 12, 每季度 4: times a year */
extern const size_t jx_rw_period_count_n;
extern const char *const jx_rw_prop_score[];  /* 按比例计分: a band scored x × P */
extern const size_t jx_rw_prop_score_n;
extern const char *const jx_rw_of_points[];   /* 该项总分的: a share of the points */
extern const size_t jx_rw_of_points_n;
extern const char *const jx_rw_done_in_full[]; /* 全面…完成目标任务: 100 % */
extern const size_t jx_rw_done_in_full_n;
extern const char *const jx_rw_base_words[];  /* 基础分值为10分: the base of the steps */
extern const size_t jx_rw_base_words_n;
extern const char *const jx_rw_not_done[];    /* 未进行…一次: one of the required missing */
extern const size_t jx_rw_not_done_n;
extern const char *const jx_rw_fails_standard[]; /* 达不到要求: the standard before */
extern const size_t jx_rw_fails_standard_n;

extern const char *const jx_rw_all[];        /* 全部 均 都: every part (read_parts) */
extern const size_t jx_rw_all_n;
extern const char *const jx_rw_all_verb[];   /* 落实 完成 达到 …: "全部落实" */
extern const size_t jx_rw_all_verb_n;

extern const char *const jx_rw_graded[];     /* 积极 完善 加强 …: a graded task */
extern const size_t jx_rw_graded_n;

#endif

/* Reports, deadlines, occurrences (g11, ruletext_report.c). */
extern const char *const jx_rw_same_below[];  /* 下同: the rule holds below too */
extern const size_t jx_rw_same_below_n;
extern const char *const jx_rw_holiday[];     /* 节假日 + 顺延: a deadline moves */
extern const size_t jx_rw_holiday_n;
extern const char *const jx_rw_count_from[];  /* 从 自: start of a day count */
extern const size_t jx_rw_count_from_n;
extern const char *const jx_rw_count_to[];    /* 算至 起算: how days are counted */
extern const size_t jx_rw_count_to_n;
extern const char *const jx_rw_must[];        /* 应于 应按 必须: a requirement */
extern const size_t jx_rw_must_n;
extern const char *const jx_rw_score_word[];  /* 扣 得分 加分: a requirement has none */
extern const size_t jx_rw_score_word_n;
extern const char *const jx_rw_verdict[];     /* 取消评比资格: a verdict, no score */
extern const size_t jx_rw_verdict_n;
extern const char *const jx_rw_verdict_fail[]; /* 不合格: after 视为 */
extern const size_t jx_rw_verdict_fail_n;
extern const char *const jx_rw_no_bonus[];    /* 不另加分: nothing above P */
extern const size_t jx_rw_no_bonus_n;
extern const char *const jx_rw_actual_verb[]; /* 完成96%: a verb before the number */
extern const size_t jx_rw_actual_verb_n;
extern const char *const jx_rw_half_occurrence[]; /* 半天: an occurrence step of 0.5 */
extern const size_t jx_rw_half_occurrence_n;
extern const char *const jx_rw_on_time[];   /* 按时报送: no late report */
extern const size_t jx_rw_on_time_n;
extern const char *const jx_rw_early[];     /* 提前3天报送: on time too */
extern const size_t jx_rw_early_n;
extern const char *const jx_rw_late[];      /* 迟报 逾期: what a lateness rule counts */
extern const size_t jx_rw_late_n;
extern const char *const jx_rw_this_item[];  /* 该指标: the item itself */
extern const size_t jx_rw_this_item_n;
extern const char *const jx_rw_assesses[];   /* 主要考核: what it assesses */
extern const size_t jx_rw_assesses_n;
extern const char *const jx_rw_rank_lead[];  /* 按排位打分: scored by rank */
extern const size_t jx_rw_rank_lead_n;
extern const char *const jx_rw_rank_place[]; /* 每位次: one place of a ranking */
extern const size_t jx_rw_rank_place_n;
extern const char *const jx_rw_count_units[]; /* 处 笔 次: an item's count */
extern const size_t jx_rw_count_units_n;
extern const jx_rword jx_rw_done_bound[];  /* 全部或超额完成: ≥100 % */
extern const size_t jx_rw_done_bound_n;
