/*
 * ruletext_name.h - text actuals that name clauses of a parsed rule in
 * other words than the table's (private to the core; docs/RULES.md,
 * "Text actuals that name a clause").
 *
 * NAMING.  An actual names a level label when its words, blanks dropped,
 * are found in the label in order, in at most three pieces (one of them
 * two characters or more), the label's words skipped between the pieces
 * holding no denial word (未 不 无 没有 …), and actual and label agree in
 * polarity (both deny something or neither does):
 *   "擅自改变征收期限" names "擅自改变征收范围、对象或征收期限";
 *   "发生火灾事故" names "发生刑事治安案件和火灾事故";
 *   "内容符合要求" does not name "内容不符合要求" (polarity).
 * A name counts only when exactly one clause is named.
 */
#ifndef JIXIAO_RULETEXT_NAME_H
#define JIXIAO_RULETEXT_NAME_H

#include <stddef.h>
#include "jixiao/ruletext.h"

/* Does t[0..n) name the label l (NAMING above)? */
int jx_rt_names(const char *l, const char *t, size_t n);

/* Does t[0..n) name clause c: its label, its words, or one clause of them? */
int jx_rt_names_clause(const jx_rclause *c, const char *t, size_t n);

/* The one JX_RC_LEVEL clause t[0..n) names, or NULL (none, or two). */
const jx_rclause *jx_rt_named(const jx_rule *r, const char *t, size_t n);

/*
 * Does t[0..n) deny the level clause c: the same words, the other polarity,
 * and what it says was done is what the label's denial word stands before
 * ("已委托" denies "…未委托…审计"; "已报送" does not deny "未按时报送")?
 */
int jx_rt_denies(const jx_rclause *c, const char *t, size_t n);

/*
 * Is the text actual t[0..n), read as naming clause c, also a piece of
 * another level clause with another outcome ("范围" in both "按照规定的范围…
 * 征收的,计4分" and "擅自改变征收范围…的,计0分"; "一经发现" in two
 * deductions)?  Then it does not say which: refused.  An occurrence right
 * after a denial or degree word (未 不 无 基本 …) is the other polarity and
 * does not count ("实行动态调整" against "未实行动态调整"; "健全" beside
 * "基本健全").  Nor does an actual without a denial word name a label with
 * one ("签订" against "已签订责任书但不规范").
 */
int jx_rt_shared(const jx_rule *r, const jx_rclause *c, const char *t, size_t n);

/* How a text actual was read by names (SCOREEXPLAIN says it). */
enum {
    JX_RT_CLAUSE = 1,   /* one clause named: score by its outcome           */
    JX_RT_PARTS,        /* sub-items named met or not met, summed           */
    JX_RT_NO_FAULT,     /* none of the failures the sentence lists: P       */
    JX_RT_NOT_MET       /* the one clause did not happen: 否则, or P / 0    */
};

typedef struct jx_rt_read {
    int how;                    /* JX_RT_*                                   */
    const jx_rclause *clause;   /* CLAUSE: the clause named; NOT_MET: the
                                   JX_RC_ELSE clause, or NULL                */
    double value;               /* PARTS, NO_FAULT, NOT_MET without 否则:
                                   the score before clamping                 */
} jx_rt_read;

/*
 * Read the text actual t[0..n) by names, for a rule of levels (no numeric
 * clause) on an item worth p:
 *   - one clause named by the whole actual ("擅自改变征收期限");
 *   - sub-items (level clauses giving points that add up to p): the parts
 *     named met and not met, split at 且 并 但 、 … ("建立台账并按月分析",
 *     "符合分配办法但分配不合理", "未填报绩效监控表": p minus that part);
 *   - a sentence that only lists failures (every level deducts or gives
 *     nothing): an actual saying nothing went wrong ("未发现", "符合规定"),
 *     or denying the one failure it lists ("已委托" against "…未委托…审计的
 *     扣2分") -> p; denying one of several failures says nothing of the
 *     others: refused;
 *   - a sentence with one level and 否则: the actual denies that level
 *     ("发现1起" against "未发现任何违规违纪行为,得10分,否则不得分").
 * 1: *out set; 0: not read this way (the caller goes on); -1: the actual
 * names parts that cannot be scored (refuse it).
 */
int jx_rt_text_score(const jx_rule *r, const char *t, size_t n, double p, jx_rt_read *out);

#endif
