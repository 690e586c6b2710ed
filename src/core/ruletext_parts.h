/*
 * ruletext_parts.h - sentences made of parts (issue 15, family g6):
 * counts against a standard stated in words, findings that deduct, parts
 * with their own points (private to the core; docs/RULES.md, "Sentences
 * made of parts").
 */
#ifndef JIXIAO_RULETEXT_PARTS_H
#define JIXIAO_RULETEXT_PARTS_H

#include <stddef.h>
#include "jixiao/ruletext.h"

/*
 * The count a shortfall kind's words require over the year a table
 * evaluates: a frequency word, then one count in the kind's unit
 * ("每季度召开一次专题会议少", unit 次 -> 4 × 1; "每月不少于1次" -> 12).
 * 0 when the words state no such standard, or state two.  The words must
 * end with the shortfall verb (少 / 缺) when `shortfall_verb` is set.
 */
double jx_rt_kind_need(const char *label, size_t n, const char *unit, int shortfall_verb);

/*
 * Is every clause of r (N/A aside) a level deducting for a finding
 * ("一经发现未有效落实的，扣0.5分；…一经发现扣1分")?  Then a count of 0 is
 * nothing found: full points.
 */
int jx_rt_findings_only(const jx_rule *r);

/*
 * A count of criteria, all met for the points, each one missed deducted:
 * "符合全部 3 项指标的按 100 分计,每不符合 1 项扣 40 分,直至扣为零分"
 * (clauses span[0..n) of s, numbering and "评分标准:" skipped).  Builds
 * one STEPS clause in ru (ref 3 items, −40 per item below, unit 项) and
 * returns 1; 0 when the sentence is not only that.
 */
int jx_rt_criteria_count(const char *s, const size_t (*span)[2], int n, jx_rule *ru);

/*
 * An actual counting criteria in words: "符合3项" (met, *missed 0) or
 * "不符合1项" (*missed 1); *skip the bytes of the verb.  0 when t does not
 * start with such a verb.
 */
int jx_rt_count_words(const char *t, size_t n, size_t *skip, int *missed);

/*
 * Numbered parts, each with its points and its own deductions, summed:
 * "1、项目绩效目标全申报的 1 分,缺一项扣 0.5 分,扣完为止;2、绩效目标规范 1 分,
 * 不规范扣 0.5 分;3、按时申报绩效目标计 2 分,逾期扣 1 分。"  A count becomes a
 * KIND clause capped at its part's points, a level a DEDUCT LEVEL clause,
 * each with cond.part its part's heading; the points sum to stated_points (and
 * max_score).  Builds the rule in ru and returns 1; 0 when the sentence is
 * not only that (ru untouched).
 */
int jx_rt_deduct_parts(const char *s, const size_t (*span)[2], int n, jx_rule *ru);

/*
 * The one level of a parts rule (jx_rt_deduct_parts) that t[0..n) names:
 * its label, with only words of its part's heading around it ("逾期申报"
 * names "逾期" of "按时申报绩效目标"), no denial word added.  NULL: none
 * or two.
 */
const jx_rclause *jx_rt_part_named(const jx_rule *r, const char *t, size_t n);

/*
 * The first count written with a numeral before a unit in t[0..n) ("缺一项":
 * 一 before 项): *d..*e the numeral, *x its value.  0 when there is none.
 */
int jx_rt_numeral_count(const char *t, size_t n, size_t *d, size_t *e, double *x);

/*
 * The heading of the part a clause of jx_rt_deduct_parts belongs to
 * (cond.part): *h, *hn.  0 for any other clause.
 */
int jx_rt_part_heading(const jx_rclause *c, const char **h, size_t *hn);

/* Is r a rule of numbered parts (jx_rt_deduct_parts)?  Its parts' points
 * must be the item's (stated_points == P), else the score is refused. */
int jx_rt_parts_rule(const jx_rule *r);

/*
 * Parts listed after 其中 with their points, each done giving its own:
 * "…5项预期效益指标的完成情况,按实现程度计分。其中:提高灌溉水利用系数2分、
 * 新增和改善节水灌溉面积2分、…,每完成1项取得该项分数,未完成项不得分."  One
 * LEVEL clause giving POINTS per part (the SUB-ITEMS of ruletext.h); lead-ins
 * before 其中 score nothing and name the parts' count if any.  Builds the
 * rule in ru and returns 1; 0 when the sentence is not only that.
 */
int jx_rt_listed_parts(const char *s, const size_t (*span)[2], int n, jx_rule *ru);

/*
 * Parts each ending in its bracketed points, met or not, read when the
 * clause grammar refuses the sentence: "建立健全基层应急管理组织体系,确定应急管理
 * 领导指挥机构(2分)、相关责任人员,明确工作职责(2分)".  A part is the words
 * since the points before (separators trimmed): no number, no scoring or
 * graded word (jx_rw_graded).  One LEVEL clause giving POINTS per part (the
 * SUB-ITEMS of ruletext.h).  Builds the rule in ru and returns 1; 0 when
 * the sentence is not only that.
 */
int jx_rt_bracket_parts(const char *s, const size_t (*span)[2], int n, jx_rule *ru);

/*
 * A frequency required and its denial giving nothing, read when the clause
 * grammar refuses the sentence: "每月不少于1次,不检查不得分,以记录为准"
 * -> ≥12次 (a year): full points; "不检查": 0; fewer: not said (otherwise
 * −1, refused).  Source notes ("以记录为准") are skipped.  Builds the rule in
 * ru and returns 1; 0 when the sentence is not only that.
 */
int jx_rt_frequency_or_nothing(const char *s, const size_t (*span)[2], int n, jx_rule *ru);

/*
 * An actual written as a frequency, "每月1次": the count a year in *x (12).
 * 0 when t is not only that.
 */
int jx_rt_frequency_count(const char *t, size_t n, double *x);

/*
 * What an actual says of a parts rule (jx_rt_deduct_parts): each part's
 * points are earned by its heading ("按时申报…计 2 分"), so an actual naming
 * one failure says nothing of the other parts.  1: every part met
 * ("全部符合"); 2: the failures listed are all ("仅逾期", "逾期，其余符合"),
 * *t / *n narrowed to the list; 0: neither (refused).
 */
int jx_rt_parts_actual(const char **t, size_t *n);

/*
 * Numbered items ("(1)…;(2)…", "①…②…"), each worth the same points, read
 * when the clause grammar refuses the sentence: "(1)…;(2)…。 符合以上每项的,
 * 得2分,否则不得分"; "①…,1分;②…,1分。③…,1分,每少一项扣 1 分,扣完为止".  One
 * LEVEL clause giving POINTS per item (the SUB-ITEMS of ruletext.h: "2/2",
 * "全部符合").  Builds the rule in ru and returns 1; 0 when the sentence is
 * not only that.
 */
int jx_rt_counted_items(const char *s, const size_t (*span)[2], int n, jx_rule *ru);

/* t[0..n) is one numeral (一 … 十): its value in *k ("三项均有": 3). */
int jx_rt_numeral_whole(const char *t, size_t n, double *k);

/* The index of the part clause c belongs to in a parts rule (0, 1, …, in
 * order of first appearance), -1 for none. */
int jx_rt_part_of(const jx_rule *r, const jx_rclause *c);

/*
 * Numbered parts, one of which empties the whole item, read when the clause
 * grammar refuses the sentence: "1、…全部落实,得8分。2、…30%以上…分别得6分、
 * 4分和2分。3、重点县制定的资金整合计划未全部落实,本项指标不得分。"  The
 * veto is a LEVEL giving 0 (veto: its denial is refused); the other parts
 * an OPEN 其他 clause (their score needs data the actual does not give), so
 * only an actual naming the veto is scored.  1 when read.
 */
int jx_rt_veto_part(const char *s, const size_t (*span)[2], int n, jx_rule *ru);

/*
 * Counted kinds that deduct from the item or add a bonus beyond it, each
 * under its own cap right after it, read when the clause grammar refuses
 * the sentence: "报告的协管信息线索每少一条扣2分，最高扣12分；在完成6条的报告
 * 任务后，每多报告一条线索奖励0.2分，最高奖励2分。…每一条奖励0.5分，最高奖励
 * 5分".  KIND clauses from full points (max_deduct / max_add), lead clauses
 * naming the next kind; above_points.  1 when read.
 */
int jx_rt_bonus_kinds(const char *s, const size_t (*span)[2], int n, jx_rule *ru);

#endif
