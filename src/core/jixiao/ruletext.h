/*
 * jixiao/ruletext.h - score from the table's own 评扣分标准 sentence.
 *
 * Tables such as the 部门整体支出绩效自评表 (seed 003) and the 考核评分表
 * (seed 001) print the scoring rule as a sentence; staff compute the score
 * by hand from it.  jx_rule_parse reads such a sentence once into a rule,
 * jx_rule_score applies it to an actual value.  The grammar is documented
 * in docs/RULES.md; in short, a sentence is one of five families:
 *
 *   bands   "≥95%得满分，未达到95%得一半分"   "100%得满分，90%得一半分"
 *           "≥90%得5分，80%-90%得4分，70%-80%得3分，其他不得分"
 *   levels  "效果显著得满分，效果良好得一半分，不明显不得分"
 *   deduct  "逾期报送一天扣0.5分，扣完为止"  "有一次未按要求完成的，扣1分，扣完为止"
 *   step    "每相差3%，扣1分，扣满15分为止"  "每超1个百分点扣0.5分，扣完为止"
 *   ratio   "项目数量/项目总数×4分"
 * Any family may add a not-applicable clause: "不涉及此项考核指标的，得满分".
 * A sentence, or a part of it, that fits none of these is an error whose
 * diag quotes the part that could not be read.  Nothing is guessed.
 */
#ifndef JIXIAO_RULETEXT_H
#define JIXIAO_RULETEXT_H

#include <stddef.h>
#include "jixiao/error.h"
#include "jixiao/rules.h"
#include "jixiao/qual.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum jx_rule_kind {
    JX_RULE_BANDS = 0,  /* thresholds on a value (a rate, a number)       */
    JX_RULE_LEVELS,     /* qualitative levels                             */
    JX_RULE_DEDUCT,     /* a deduction per occurrence, with a floor       */
    JX_RULE_STEP,       /* a deduction per step of a gap, with a cap      */
    JX_RULE_RATIO       /* done / total x points                          */
} jx_rule_kind;

typedef struct jx_rule {
    jx_rule_kind kind;
    jx_bandrule bands;      /* BANDS: sorted so that the first match is right */
    int bands_percent;      /* BANDS: the bounds were written as percents    */
    jx_scheme levels;       /* LEVELS                                        */
    double per;             /* DEDUCT: points per occurrence; STEP: per step */
    double step;            /* STEP: the step (a fraction when percent)      */
    int step_percent;       /* STEP: written with % or 个百分点               */
    double cap;             /* DEDUCT/STEP: most that can be deducted; 0 = 扣完为止 */
    double stated_points;   /* points the sentence itself names (×4分, 得5分); 0 if none */
    int na_clause;          /* a 不涉及 clause: what "not applicable" earns   */
    int na_is_points;       /* na_value is points ("得分为6分"), else a fraction */
    double na_value;        /* 1 = 得满分                                     */
} jx_rule;

/*
 * Parse a rule sentence (UTF-8, at most JX_TEXT_MAX bytes).  Clauses are
 * separated by ， , ； ; 。 or a newline.  Errors: JX_ERR_EMPTY,
 * JX_ERR_TOO_LONG, JX_ERR_ENCODING, JX_ERR_RULE_SYNTAX with diag quoting
 * the clause that could not be read.
 */
jx_err jx_rule_parse(const char *text, size_t len, jx_rule *out,
                     jx_diag *diag);

/*
 * An actual value as the cell holds it: a number, or a text ("96%", "3次",
 * "效果显著", "3/4", "不涉及").  has_text 0 means `num` is the value.
 */
typedef struct jx_actual {
    int has_text;
    double num;
    const char *text;
    size_t len;
} jx_actual;

/*
 * The score the sentence prescribes for `actual` on an item worth `points`
 * (> 0), rounded to digits:
 *   bands:  the first matching band (percent bounds compare fractions; a
 *           bare number above 10 against percent bounds is JX_ERR_PERCENT_UNIT);
 *   levels: the level's fraction x points (JX_ERR_LEVEL_UNKNOWN otherwise);
 *   deduct: max(0, points - count x per), count >= 0 (a text like "3次" or
 *           "2天" gives its number);
 *   step:   points - min(cap, whole steps of the gap x per), gap >= 0;
 *   ratio:  min(done / total, 1) x stated points (or points when the
 *           sentence names none); the actual is a fraction or "done/total".
 * An actual reading 不涉及 / 不适用 / 无此项 with a not-applicable clause
 * earns what that clause says (a fraction of the points or points).  A sentence naming more points than the item
 * is worth (×6分 on a 4-point item, 得5分 on a 3-point item) is
 * JX_ERR_RULE_SYNTAX.
 */
jx_err jx_rule_score(const jx_rule *rule, const jx_actual *actual,
                     double points, int digits, double *score,
                     jx_diag *diag);

/*
 * Does a reported score agree with its own rule?  JX_OK with msg "" when
 * |reported - prescribed| < 0.005, else a one-line message in lang:
 *   "按评扣分标准应得 4 分，填报 8 分" / "the rule gives 4 points, 8 reported";
 * errors of the rule or the actual are written as messages too (and their
 * code returned).
 */
jx_err jx_rule_check(const jx_rule *rule, const jx_actual *actual,
                     double points, double reported, jx_lang lang,
                     char *msg, size_t cap);

#ifdef __cplusplus
}
#endif
#endif
