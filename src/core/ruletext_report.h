/*
 * ruletext_report.h - forms of the finance bureaus' report-assessment
 * tables (报表报送 考核: deadlines, occurrences, requirements), private to
 * the core (docs/RULES.md, "Reports, deadlines, occurrences (g11)").
 *
 * Pure text predicates over a clause s[a..b) of the sentence (folded
 * comparison, as the rest of the reader): the parser (ruletext.c) asks
 * them and keeps the clause structure itself.
 */
#ifndef JIXIAO_RULETEXT_REPORT_H
#define JIXIAO_RULETEXT_REPORT_H

#include <stddef.h>

/*
 * Is the clause a note that carries no score of the item?
 *   - "下同": the rule holds for the items below too;
 *   - "遇节假日顺延", "节假日不顺延": how a deadline moves;
 *   - "扣分日从截止报送日期的第二天开始算至实际报送日(包括当天)": how the
 *     days counted are counted (from … to, no number);
 *   - "该指标主要考核项目目标依据的充分性": what the item assesses;
 *   - "提前报送的不另加分": nothing above the item's points.
 * ("并按有关规定处理" is ruletext.c's also_action.)
 * 1 when it is one of them.
 */
int jx_rt_report_note(const char *s, size_t a, size_t b);

/*
 * Is the clause a requirement, the standard the deductions after it
 * measure against ("每月报表应于次月10日前以电子表格式上报国家粮食局",
 * "应于次年60日内报送", "应上报一份书面报表和编制说明"): a modal of
 * obligation (应于 应按 应当 必须 …), no score word.  The caller checks it
 * governs no outcome (the clause after it has its own condition).
 */
int jx_rt_requirement(const char *s, size_t a, size_t b);

/*
 * Where a consequence beyond the item's score starts in the clause, or b:
 * a verdict on the unit ("取消评比资格", "视为绩效考核结果“不合格”") or a
 * deduction from its total ("倒扣10分") — not a score of this item (the
 * clause is OPEN: an actual under it is refused).
 */
size_t jx_rt_verdict_at(const char *s, size_t a, size_t b);

/*
 * "提前报送的不另加分": where "不另加分" (no bonus for doing better than
 * the standard) starts at the clause's end, or b.
 */
size_t jx_rt_no_bonus_at(const char *s, size_t a, size_t b);

/*
 * A text actual written with its verb before the number: "完成96%",
 * "完成4项", "实现3次" -> the bytes of the verb to skip (0: none).  Only
 * verbs of completion (完成 实现 达到 …); a verb that names what is counted
 * ("涂改2处") is the clause's own words (skip_counted_words).
 */
size_t jx_rt_actual_verb(const char *t, size_t n);

/*
 * The step of an occurrence clause in units of what is counted: 0.5 for
 * half a unit ("每迟报半天扣0.5分": 迟报1天 is two steps; *unit "天"), else
 * 1 (*unit "").
 */
double jx_rt_occurrence_step(const char *s, size_t a, size_t b, const char **unit);

/*
 * Does the text actual t[0..n) say the report was on time ("按时报送",
 * "提前3天报送": a verb of reporting after 提前 and an optional quantity),
 * against an occurrence clause whose counted words `counted` name
 * lateness (迟报 逾期 延误 拖延…)?  Then no late day was counted: 0.
 */
int jx_rt_on_time(const char *counted, const char *t, size_t n);

/*
 * What one occurrence clause counts may be several things at one price
 * ("每涂改一处或有一处不清楚扣1分": 涂改, 不清楚).  Is t[0..n) the start of
 * one of them (the words `counted` split at 或 、 ；, a leading 每 / 有
 * dropped; that alternative holds no denial word before it)?  "涂改" for
 * "涂改2处".  Words of lateness name lateness ("迟报" for "每迟一天").
 */
int jx_rt_counts_alternative(const char *counted, const char *t, size_t n);

/*
 * "无涂改", "没有涂改": a denial word, then one alternative of what the
 * clause counts (jx_rt_counts_alternative): none of it, 0.
 */
int jx_rt_none_counted(const char *counted, const char *t, size_t n);

/*
 * Is the clause a cap that exhausts the item ("扣完6分为止", "扣满15分为止"):
 * after several kinds it caps them all together, not the last one.
 */
int jx_rt_exhaust_cap(const char *s, size_t a, size_t b);

/*
 * "每缺少一个项目或项目填写错误": after a step's count and what it counts, 或
 * and a second thing counted at the same price (words, no number, no rule
 * word).  Where 或 starts in s[a..b), or b when the tail is not that.
 */
size_t jx_rt_or_alternative(const char *s, size_t a, size_t b);

/*
 * "按排位打分", "按名次计分": the clause says the item is scored by rank,
 * and nothing else (no number).
 */
int jx_rt_rank_lead(const char *s, size_t a, size_t b);

/*
 * "每位次按0.25分递减": a decrement per place of a ranking, the whole
 * clause; *per the points (> 0).  With a rank lead the first place keeps
 * the item's points (ruletext.c).
 */
int jx_rt_rank_decrement(const char *s, size_t a, size_t b, double *per);

/*
 * "…每次扣1分(特殊情况除外)": an exception in brackets at the clause's end
 * (… 除外, no number, no score word) says what is not counted; the actual
 * is the count of what is.  Where the bracket opens, or b.
 */
size_t jx_rt_tail_exception(const char *s, size_t a, size_t b);

/*
 * A count's unit as an actual wrote it ("起较大事故", "处", "个项目"): the
 * unit word, then maybe what was counted.  1 when there is no noun after
 * the unit, or the noun is in `counted` (the words of the one occurrence
 * clause; when they are unknown, "", any noun: read as before).
 */
int jx_rt_unit_noun_counted(const char *counted, const char *unit);

/*
 * "漏报单位1处,漏填指标1处" against "经审核发现漏报单位或漏填指标的,每处扣
 * 0.5分": two or more items (split at , ， 、 ；), each naming one thing the
 * one occurrence clause counts (jx_rt_counts_alternative) and its count
 * with the same unit word ("漏填指标1处", or "1个项目填写错误").  1 with
 * *sum the counts added and unit (cap bytes) the unit word; 0 otherwise.
 */
int jx_rt_sum_counted(const char *counted, const char *t, size_t n, double *sum, char *unit,
                      size_t cap);

/*
 * "完成财政收入任务" (the condition), "完成财政收入任务得分" (the clause): the
 * task done in full — (全面 全部)完成 … 任务 / 目标, no number, no denial.
 * jx_rt_done_in_full: 1 when s[a..b) is such a condition.
 * jx_rt_done_scores_at: where "得分" starts when the clause is such a
 * condition then 得分 ("scores", the full points), or b.
 */
int jx_rt_done_in_full(const char *s, size_t a, size_t b);
size_t jx_rt_done_scores_at(const char *s, size_t a, size_t b);

/*
 * A level label ending in completion words ("计划建成面积数全部或超额完成"),
 * no number, no denial: 1 and *code (RW_GE, RW_EQ, RW_GT of 100 %) set.
 */
int jx_rt_done_bound(const char *label, int *code);

#endif
