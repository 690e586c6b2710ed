/*
 * ruletext_fresh.h - forms the fresh held-out budget-performance sentences
 * (bpc / bpd / bpf / bpg corpus files, issue 15) showed: small readers the
 * rule parser (ruletext.c) and scorer (ruletext_score.c) call.  Private to
 * the core; every form is described in docs/RULES.md ("Forms of the fresh
 * 自评表 sentences") with its example and source key.
 */
#ifndef JIXIAO_RULETEXT_FRESH_H
#define JIXIAO_RULETEXT_FRESH_H

#include <stddef.h>
#include "text.h"
#include "jixiao/ruletext.h"

/*
 * Points written in quotes, "计“2”分", "得\"1.5\"分": at the cursor an
 * opening quote, a number in digits and its closing quote right after it
 * (emphasis, not a name).  Reads the number into *v and advances past the
 * closing quote (1), or stays (0).
 */
int jx_rf_quoted_number(jx_cur *c, double *v);

/*
 * Is s[a..b) a comparison word alone, with no number: "超过", "低于的",
 * "高于时"?  It then means "beyond the bound of the clause before"
 * ("编外人数小于或等于155名计3分,超过不计分": > 155 名).  Returns the
 * comparison (RW_GT or RW_LT of ruletext_words.h), or 0.  达到 / 未达到 are
 * not among them: alone they are levels ("达到:3分,未达到0分").
 */
int jx_rf_bare_comparison(const char *s, size_t a, size_t b);

/*
 * A bare no typed for a sentence whose one bare denial is a level: "无" /
 * "没" / "没有" against "有…计2分,没有不得分" names "没有".  (The bare "有"
 * is a level of its own, read by the parser.)  The clause, or NULL.
 */
const jx_rclause *jx_rf_bare_polar(const jx_rule *r, const char *t, size_t n);

/*
 * Does a bound suffix (以上, 及以上, 以下, 以内 …) follow at the cursor?
 * "1次以上计3分" is then a bound on the count, not "each time" (1次).
 */
int jx_rf_bound_suffix_at(const jx_cur *c);

/*
 * Is the level label l "nothing done": a denial and an action, no number
 * ("未开展", "没有组织", "未召开会议")?  Next to bounds on a count
 * ("开放日活动次数1次以上计3分,未开展不计分") it is the count 0.
 */
int jx_rf_none_done(const char *l);

/*
 * A count of parts leading words, "三项" in "其余三项符合", "4项": its
 * byte length, the count into *n; 0 when there is none.
 */
size_t jx_rf_parts_count(const char *a, size_t an, double *n);

/*
 * A formula left to choose: two ratios joined by 或, then × the points
 * ("按B/A或A/B*该指标分值记分": which ratio, of which letters, the sentence
 * does not say).  Where its outcome starts in s[a..b) (at 按, or the first
 * ratio), or b when the clause is not such: an OPEN clause (other data).
 */
size_t jx_rf_either_formula(const char *s, size_t a, size_t b);

/*
 * Some of the listed items scoring nothing under a condition: "未编制…的本
 * 指标(2)-(4)项不得分".  Where the outcome starts in s[a..b) (at 本指标 or
 * the first item number), or b.  The count of items met already says how
 * many scored, so it is an OPEN clause (other data): an actual naming the
 * condition is refused, a count is scored by the count.
 */
size_t jx_rf_some_items_zero(const char *s, size_t a, size_t b);

/*
 * An outcome that is a share of the item's points, from the cursor to the
 * end of the clause: "得权重分的50%", "计该项分值的60%", "得满分的一半".
 * The share (0.5) into *frac; 1 when read (the cursor is not moved).
 */
int jx_rf_share_outcome(jx_cur c, double *frac);

/*
 * "其余三项符合", "其他均已完成": the parts not named so far are all met.
 * 1 when t[0..n) says so, the count it gives into *count (0: none given).
 */
int jx_rf_rest_met(const char *t, size_t n, double *count);

/*
 * Does t[0..n) hold a list separator (、 ， ； , ;), as opposed to 和 / 及
 * that may join words inside one part's name?
 */
int jx_rf_has_list_sep(const char *t, size_t n);

#endif
