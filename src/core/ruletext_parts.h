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

#endif
