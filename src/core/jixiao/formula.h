/*
 * jixiao/formula.h - the core's rules compiled to spreadsheet formulas.
 *
 * The portable templates (jixiao-template --formulas portable) score in
 * WPS, Excel, LibreOffice and Gnumeric with nothing installed, so every
 * rule the core scores must also exist as a formula.  This module is the
 * only place such formulas are written: it emits, for one rule and the
 * cells it reads, a formula that gives the same number as the core for
 * every value the cells can hold, or "" (an empty text) wherever the core
 * refuses the value (a blank or text actual, a negative amount, 96 typed
 * for 96 %, a zero budget, a sentence naming more points than the item is
 * worth).  A rule that cannot be compiled is refused with an error, never
 * written as an approximate formula.
 *
 * Text produced:
 *  - OOXML syntax as libxlsxwriter's worksheet_write_formula expects it:
 *    English function names, ',' between arguments, '.' as decimal point,
 *    no leading '='; the caller prepends "=" when its layer wants one;
 *  - only IF, AND, OR, NOT, ISNUMBER, ISTEXT, ROUND, MIN, MAX, INT, ABS,
 *    FIND, TRUE, FALSE and arithmetic: functions Excel 2010+, WPS,
 *    LibreOffice and Gnumeric compute the same way.  Never N() (Gnumeric's
 *    N of a blank cell is #NUM!), no implicit intersection, no arrays;
 *  - every branch that reads a cell as a number first tests ISNUMBER (IF
 *    is lazy in all four engines, AND/OR are not);
 *  - rounding is ROUND(x, digits), which the core's jx_round reproduces;
 *    whole steps of a sentence are counted as ruletext_score.c counts them
 *    (INT(gap / step + 1E-09), a started step -INT(1E-09 - gap / step)),
 *    and its bounds carry the same 1E-12 tolerance, written as constants;
 *  - constants are written with 15 significant digits (what a clerk typed:
 *    "95%" parses to 0.95000000000000007 and is written 0.95), so an
 *    engine that compares exactly (Gnumeric) agrees with the core's
 *    approximate comparisons at the bound itself.
 *
 * References are any cell references ("F14", "$G$3") or, for points,
 * a number written as text ("10").  Every function writes a NUL-terminated
 * formula into buf and returns JX_OK, or JX_ERR_TOO_LONG when it does not
 * fit in cap bytes (buf then holds ""), JX_ERR_RANGE for NULL arguments or
 * malformed rule structures; jx_formula_rule also JX_ERR_RULE_SYNTAX with a
 * diag quoting the rule it cannot compile, and JX_ERR_RULE_OPEN quoting an
 * OPEN clause (酌情扣分: the evaluator's part has no formula).  JX_FORMULA_MAX bytes suffice
 * for every rule the core can parse.
 */
#ifndef JIXIAO_FORMULA_H
#define JIXIAO_FORMULA_H

#include <stddef.h>
#include "jixiao/error.h"
#include "jixiao/target.h"
#include "jixiao/indicator.h"
#include "jixiao/rules.h"
#include "jixiao/grade.h"
#include "jixiao/ruletext.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Enough for every compiled rule (16 bands or 8 tiers of 63-byte labels). */
#define JX_FORMULA_MAX 8192

/* The cells a compiled score reads. */
typedef struct jx_formula_refs {
    const char *actual;  /* the value scored: 实际完成值, a count, a rate    */
    const char *points;  /* the item's points (分值): a cell or a number      */
    const char *total;   /* jx_formula_ratio_score only: 应完成数 (may be NULL) */
} jx_formula_refs;

/*
 * Quantitative indicator (jx_ind_score): the actual in refs->actual against
 * `target`, missed targets scored by opts->miss (opts NULL: the defaults),
 * rounded to opts->digits and capped at the points.  "" for a blank or
 * text actual, a negative one, and a number above 10 against a percent
 * target (JX_ERR_PERCENT_UNIT in the core).
 */
jx_err jx_formula_ind_score(const jx_target *target, const jx_ind_opts *opts,
                            const jx_formula_refs *refs, char *buf, size_t cap);

/*
 * Completion (jx_completion) of the number in `actual` against `target`:
 * an expression that assumes `actual` holds a valid number (the caller
 * tests ISNUMBER first), for checks such as "completion >= 130 %".
 */
jx_err jx_formula_completion(const jx_target *target, jx_reverse_rule reverse,
                             const char *actual, char *buf, size_t cap);

/*
 * A money ratio (jx_exec_rate, jx_fund_rate, jx_control_rate): num / den,
 * "" when either is not a number, negative, or den is 0 (0 ÷ 0 is not 100 %).
 */
jx_err jx_formula_rate(const char *num, const char *den, char *buf, size_t cap);

/*
 * Execution score (jx_exec_score without a band rule): min(spent / budget,
 * 1) x points, rounded; "" where jx_exec_rate refuses.
 */
jx_err jx_formula_exec_score(const char *spent, const char *budget,
                             const char *points, int digits, char *buf,
                             size_t cap);

/*
 * jx_deduct_score: max(0, points - count x per_item), rounded; the count in
 * refs->actual; "" for a blank, text or negative count.
 */
jx_err jx_formula_deduct_score(const jx_formula_refs *refs, double per_item,
                               int digits, char *buf, size_t cap);

/*
 * jx_ratio_score: min(done / total, 1) x points, full points when total is 0;
 * done in refs->actual, total in refs->total; "" for blank, text or negative.
 */
jx_err jx_formula_ratio_score(const jx_formula_refs *refs, int digits,
                              char *buf, size_t cap);

/*
 * jx_bandrule_score of the number in refs->actual ("" for blank or text).
 * percent 1: the bounds are percents, so a bare number above 10 is refused
 * as jx_rule_score refuses it (96 typed for 96 %); 0: no such check.
 * A POINTS band above the points gives "" (JX_ERR_RULE_SYNTAX in the core).
 */
jx_err jx_formula_bandrule(const jx_bandrule *rule, int percent,
                           const jx_formula_refs *refs, int digits, char *buf,
                           size_t cap);

/*
 * A 评扣分标准 sentence: jx_rule_score of the cell refs->actual (a number,
 * or a text such as "效果显著" or "不涉及") by the clause list of
 * jixiao/ruletext.h.  Every condition (ranges with their tolerance, else,
 * always, levels, not applicable) and every outcome (fraction, points,
 * deduct, ratio, linear, steps floor / ceil / linear with a cap, the
 * otherwise fraction, max_score, stated points) is compiled.  A level is
 * matched exactly as written, with or without its 效果 prefix; a cell text
 * the core would parse as a number ("96%", "3次", "3/4", "第3名") gives ""
 * in the workbook: a refusal, never another number.  A clause whose
 * structure this compiler does not know (an unknown kind, a non-finite
 * value, a step <= 0) is JX_ERR_RULE_SYNTAX with diag quoting that clause
 * of `text` (the sentence, may be NULL).
 */
jx_err jx_formula_rule(const jx_rule *rule, const jx_formula_refs *refs,
                       int digits, const char *text, char *buf, size_t cap,
                       jx_diag *diag);

/*
 * 评价等次 (jx_grade) of the total in `total`: the label of the first
 * threshold reached; "" for a blank, text, negative total or one above
 * max_total.
 */
jx_err jx_formula_grade(const jx_grades *grades, const char *total, char *buf,
                        size_t cap);

#ifdef __cplusplus
}
#endif
#endif
