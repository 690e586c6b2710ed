/*
 * ruletext_num.h - numeric forms of 评扣分标准 sentences read outside the
 * main reader (private to the core; docs/RULES.md, "Numeric forms: other
 * units, OCR'd formulas, steps per band (g7, issue 15)").
 */
#ifndef JIXIAO_RULETEXT_NUM_H
#define JIXIAO_RULETEXT_NUM_H

#include <stddef.h>
#include "jixiao/ruletext.h"
#include "text.h"

/*
 * Is s[a..b) a formula "<score> = <a rate> × <the item's points>", written
 * in words: "评价指标得分=资金到位率*该项指标分值", "评价指标得分二支出使用
 * 资金占到位资金的比例*该项指标分值" (bpb02)?  The score word (…得分) before
 * "=" — or before "二", which scanned tables print for "=" and which after
 * 得分 and before a formula can mean nothing else —, then the rate's name
 * (no digit, no operator but one "/" of a ratio A/B, ending in 率 比例 比值
 * 完成值), "×" or "*", the item's points (分值, 该项指标分值, …), nothing
 * after but closing brackets or quotes.  A lead before it with no digit
 * ("…的资金比例(评价指标得分=…)", "即“…”") defines the rate.  The score is
 * min(x, 1) × P: JX_RO_RATIO with value 0.
 */
int jx_rt_rate_times_points(const char *s, size_t a, size_t b);

/*
 * Does s[a..b) name the basis of scoring after its subject: "各项评价指标
 * 按照…实现程度赋分" (bpb02-04)?  A subject of plain words (no denial, no
 * rule word: 扣 得 加 分 每 未 不 无 …), then 按照 / 根据 / 依据.  The
 * caller decides the rest (no digit, a scoring verb at the end: a note).
 */
int jx_rt_basis_after_subject(const char *s, size_t a, size_t b);

/*
 * Is the level clause c an exemption of the whole item next to one formula
 * (bpb02-04: "得分=实际完成量/目标任务的比值*该项指标分值…若实施方案没有该项
 * 建设任务的,不扣分")?  It gives full points (满分, 不扣分) and the rule's
 * only other clauses are levels giving full points and one JX_RO_RATIO
 * clause with no condition: a number is the formula's rate, the level's
 * text the exemption; neither is a part of the other.
 */
int jx_rt_exempt_level(const jx_rclause *c, const jx_rule *ru);

/*
 * Does s[a..b) hold an occurrence word (jx_rw_occurrence: 一次 每天 一项 …)?
 * Not when the word is the start of an adverb or adjective in 性:
 * "资金一次性到位的,得满分" (bpb02-03) says how the money came, it counts
 * nothing.
 */
int jx_rt_has_occurrence(const char *s, size_t a, size_t b);

/*
 * Steps per band, one band after another (n02-05: "±20%-±30%之间，每多偏离1%
 * 扣0.2分；±30%-±40%之间，每多偏离1%扣0.3分；>40%…每多偏离1%扣0.5分"): a
 * STEPS clause measured from its band's low end that starts where an
 * earlier step band ends starts from the score that band reached there,
 * not from the full points again (read so, 31 % would score more than
 * 29 %).  Sets each later band's base (in points: the first band's base,
 * or the points the sentence states, "得10分").  Returns the index of a
 * clause that cannot be chained with certainty (no stated points for a
 * base of 满分, a band that is no whole number of steps), else -1.
 */
int jx_rt_chain_band_steps(jx_rule *ru);

/*
 * Completion with points, a proportion below it and a bonus per step of
 * excess (EXCESS in jixiao/ruletext.h): "完成目标任务计12分，未完成按比例
 * 扣分，超额完成1个百分点加0.3分" (n01-01), "完成任务计4.6分，完不成任务按
 * 比例计分;超额完成目标每个加0.2分" (n01-02).  s is the sentence.  Rewrites
 * the rule read as "ratio × P; 12 + 0.3 per step" (80 % scored 0.8 × P, the
 * excess never read) into the EXCESS clauses; 0 when the shape is not
 * there, 1 when rewritten, -1 when the clauses are full.
 */
int jx_rt_completion_excess(const char *s, jx_rule *ru);

/*
 * A text actual writing the excess of an EXCESS rule: "超额完成5个百分点"
 * (or 超额 / 超出 / 超过 before the number), the unit the clause's.  1 with
 * *c the clause and *x the excess, 0 when the rule has no such clause or
 * the text does not start so, -1 when it does but the rest does not read
 * (another unit, no number): refused.
 */
int jx_rt_excess_actual(const jx_rule *r, const char *t, size_t n,
                        const jx_rclause **c, double *x);

/*
 * Does s[a..b) end with the task being assigned ("全年100%分配任务", "…下达
 * 任务")?  The end of a schedule lead-in (ruletext.c, schedule_lead_in).
 */
int jx_rt_assigns_task(const char *s, size_t a, size_t b);

/*
 * Two tables for two kinds of place, each under its heading (bpb04-04:
 * "山区、丘陵地区…:覆盖沼气用户达到300户及以上的得10分,299-271户的得9分,…
 * 其它地区:覆盖沼气用户达到450户及以上的得10分,…"): the actual does not say
 * which kind it is, so a value scores only where both tables give the same
 * (500户 → 10, 100户 → 0); where they differ it is refused (an OPEN
 * clause, JX_OPEN_EITHER, quoting the second heading).  Each part is read
 * by jx_rule_parse and must be bands only (RANGE clauses giving POINTS or
 * FRACTION, same unit).  Returns 1 and *out when the sentence is two such
 * tables, 0 when it is not this form (the caller reads it as usual).
 */
int jx_rt_two_tables(const char *text, size_t len, jx_rule *out);

/*
 * After a lateness step word (每延迟, jx_rw_step value 1): skip the verb of
 * what is late, 1 to 4 ideographs with no digit or rule word, when a number
 * follows it ("每延迟拨付1天").  The cursor stays when there is none.
 */
void jx_rt_skip_verb(jx_cur *c);

/*
 * A rate the sentence itself scores below 0 (bpd02-01: "成本节约率0%以上计20
 * 分,低于0%,每降低1%扣1分"): a STEPS clause deducting below a ref of 0 %,
 * or a band with no low end and its top at or below 0 %: a negative actual
 * is valid (signed_actual), as for 变动率.  Returns 1 when it set it.
 */
int jx_rt_scores_below_zero(jx_rule *ru);

/*
 * Is s[a..b) a cap at the item's own points, "最高不得超过分值上限" (bpc03-01),
 * "最高不超过该项分值"?  A note: a score never leaves [0, P] unless the
 * sentence says so.
 */
int jx_rt_cap_at_points(const char *s, size_t a, size_t b);

/*
 * A deduction that names the score it is taken from: "就从8分里减一分"
 * (a13-01), "从8分中扣1分": where the outcome starts (就 / 从), *base the
 * points (8) and *per the deduction (1); b when s[a..b) does not end so.
 * The steps then start from that base, not from the full points.
 */
size_t jx_rt_from_base(const char *s, size_t a, size_t b, double *base, double *per);

#endif
