/*
 * jixiao/ruletext.h - score from the table's own 评扣分标准 sentence.
 *
 * Tables such as the 部门整体支出绩效自评表 (seed 003) and the 考核评分表
 * (seed 001) print the scoring rule as a sentence; staff compute the score
 * by hand from it.  jx_rule_parse reads such a sentence once into a rule
 * (the structure below, shared by RULESCORE, CHECKRULE, RULEEXPLAIN,
 * SCOREEXPLAIN, the template's formula compiler and the audit);
 * jx_rule_score applies it to an actual value.  The grammar, with a real
 * example and its source for every form, is docs/RULES.md.
 *
 * Never a silent wrong score: a sentence with any clause that is not read
 * with certainty is refused as a whole (JX_ERR_RULE_SYNTAX) and the diag
 * quotes that clause (diag.text is the clause, a substring of the
 * sentence).  Clauses that carry no score (a lead-in "以100%为标准", a note
 * "（2分）", "满分10分") are skipped, never turned into a rule clause.
 *
 * THE STRUCTURE.  A rule is a list of clauses; each is a condition on the
 * actual and an outcome.  To score an actual x on an item worth P points:
 *
 *   1. x reads 不涉及 / 不适用 / 无此项 / N/A  -> the JX_RC_NA clause
 *      (none: JX_ERR_LEVEL_UNKNOWN).
 *   2. the rule has JX_RC_LEVEL clauses      -> x is a level text; the
 *      clause whose label it is (效果X also answers to X and the reverse;
 *      "健全" names "财务会计制度健全" but not "基本健全"; a state "已制定" /
 *      "未公示" names the clause with the same polarity containing its
 *      words; a state denying the only level clause gives the JX_RC_ELSE
 *      clause, or P when that clause deducts, else 0).
 *      SUB-ITEMS: when every LEVEL clause gives POINTS (or is "没有不得分")
 *      and their points add up to P ("目标明确(1分),目标细化(1.5分),目标
 *      量化(1.5分)" on 4), the actual may also name several of them
 *      ("明确、细化": summed), all ("全部符合", "3项均完成": P), none
 *      ("没有": 0) or how many ("有2项", 2, "3/4": only when the parts are
 *      worth the same).  A formula compiler that matches labels exactly
 *      may leave these readings out (it then gives no score, never another).
 *   3. otherwise x is a number (a rate as a fraction when rule.percent; its
 *      size |x| when rule.abs_actual, bounds written ±10%) and
 *      the clauses are tried IN ARRAY ORDER (the parser stores them so that
 *      the first match is right: exact values and two-sided ranges, then
 *      lower bounds from the highest down, upper bounds from the lowest up,
 *      JX_RC_ALWAYS, JX_RC_ELSE last); the first whose condition holds
 *      gives the score.  No clause holds: rule.otherwise × P (0 when the
 *      sentence gives scores, 1 when it only deducts; -1: no score, an
 *      error, when the sentence lists only some values, e.g. ranks 1-5).
 *   KINDS: a rule with JX_RC_KIND clauses (several kinds of failure at
 *   different prices or caps: "每迟报一次扣0.5分，漏报一次扣1分"; "无专项经费
 *   扣40分；办公设施缺一项扣10分") reads a text actual as a list of what
 *   went wrong, separated by 、，；且: each item is a LEVEL label (its
 *   DEDUCT / FRACTION outcome, as a deduction from P) or a kind and a count
 *   ("漏报3次": the one KIND clause whose label holds the words before the
 *   number, or is held by them, and whose unit is the one after it); the
 *   deductions (each STEPS outcome's delta, limited by its own max_deduct)
 *   are summed from the STEPS base (at most rule.kinds_cap together
 *   when it is > 0: "扣完6分为止" after the last kind).  Kinds may also add from a base of 0
 *   ("国家、省级、市级、县级官方媒体报道1次分别得4分、3分、2分、1分": over_per
 *   positive).  A bare 0 is the base; another bare
 *   number, an item naming no kind or two, or a kind named twice: an error.
 *   A kind counting a shortfall under a frequency its words state
 *   ("每季度召开一次专题会议,少一次扣1分": out.need 4) also reads a bare
 *   count with the kind's unit ("4次", "3次") as what was held: the
 *   shortfall is need − count.  In a sentence whose every clause is a
 *   level deducting for a finding ("一经发现…扣0.5分"), a bare 0 is nothing
 *   found: P.  Kinds that add (each with its own cap, max_add) beside
 *   kinds that deduct ("提供一例得1分,最高8分;明显违背政策的,发现一次扣2分")
 *   count from 0.  A count whose unit only one kind has ("3例") names that
 *   kind when its words do not end in the verb of what went wrong (缺, 少…).
 *   NUMBERED PARTS, each with its points and its own deductions ("1、…全申报的
 *   1 分,缺一项扣 0.5 分;2、绩效目标规范 1 分,不规范扣 0.5 分;3、按时申报绩效
 *   目标计 2 分,逾期扣 1 分"): KIND clauses capped at their part's points
 *   and DEDUCT LEVEL clauses, read as KINDS; each clause's `part` is the
 *   heading of the part it belongs to, stated_points and max_score
 *   the parts' sum, which must be P (else JX_ERR_RULE_SYNTAX).  An actual
 *   must say every part is met ("全部符合": P) or that its failures are all
 *   ("仅逾期", "逾期，其余符合"), or name every part once, met by its
 *   heading's words or failed ("按时报送,出现统计错误"); one failure alone
 *   says nothing of the other parts (refused).  It names a part's level by its label with only words
 *   of the part's heading around it ("逾期申报" → 逾期), no denial added.
 *   NAMED: a text actual no level label equals may still name a clause in
 *   other words (src/core/ruletext_name.h): its words found in order in
 *   the label or the whole condition (`words`), in at most three pieces,
 *   no denial word skipped, the same polarity, for exactly one clause
 *   ("擅自改变征收期限" names "擅自改变征收范围、对象或征收期限"); sub-items
 *   named met and not met ("建立台账并按月分析", "未填报绩效监控表": P minus
 *   that part); in a sentence that only lists failures, "未发现" /
 *   "符合规定" or the denial of its one failure ("已委托") give P; the
 *   denial of a sentence's one level gives its 否则 clause.  A formula
 *   compiler matching labels exactly leaves these readings out.
 *   The outcome gives the score s, then s is clamped to [0, min(P, max)],
 *   max = rule.max_score when > 0, and rounded to `digits`.
 *   SCORES OUTSIDE [0, P], only where the sentence says so: with
 *   rule.above_points the top is top_frac × P when top_frac > 0, else
 *   max_score when > 0 (even above P: "最高得分为20分"), else there is none
 *   ("达目标的计满分…每超目标两个百分点加1分", no cap: 12% against 8% →
 *   P + 2); with rule.below_zero the floor 0 is dropped ("优秀加5分…不合格
 *   扣5分": −5).  A formula compiler refuses such a rule (it clamps).
 *
 * Outcomes (jx_rout):
 *   FRACTION  s = value × P            (满分 1, 一半分 0.5, 不得分 0)
 *   POINTS    s = value                (得3分)
 *   DEDUCT    s = P − value            (未建立制度的扣3分)
 *   RATIO     s = min(x, 1) × (value > 0 ? value : P)  (A/B×4分, 按完成比例)
 *   LINEAR    s = (a + b × x) × P      ((1−调整率×10)×分值)
 *   BONUS     s = P + value            (参与创建卫生镇的奖励1分: beyond P)
 *   STEPS     base  = base_frac ? base × P : base
 *             above = steps(max(0, x − ref) / step), below = steps(max(0, ref − x) / step)
 *             delta = above × over_per + below × under_per   (signed points:
 *                     negative deducts, positive adds; when per_frac, both
 *                     per-step amounts are shares of P, so delta × P:
 *                     "每降低1%扣权重分的1%" under_per −0.01, per_frac 1)
 *             when max_deduct > 0, a negative delta is limited to −max_deduct
 *             s = base + delta
 *             steps(): whole steps (JX_STEP_FLOOR, Calc's approximate floor
 *             so 0.06/0.03 is 2), a started step counts (JX_STEP_CEIL,
 *             "不足1个百分点的按1个百分点计") or proportional (JX_STEP_LINEAR,
 *             "按比例扣分").
 *   Occurrence deductions are STEPS with ref 0, step 1 ("逾期报送一天扣0.5分":
 *   over_per −0.5); falling short of a count is STEPS below a ref
 *   ("少于5次的，每少1次扣1分": ref 5, under_per −1); rankings are STEPS
 *   above rank 1 ("第1名得满分，依次递减0.5分"; "按排位打分,每位次按0.25分递
 *   减").  An occurrence of half a unit steps by 0.5 in that unit ("每迟报
 *   半天扣0.5分": step 0.5, rule.unit 天).  A text actual of an occurrence
 *   count may say it in words (ruletext_report.h): on time ("按时报送") or
 *   none of what is counted ("无涂改") is 0; several things counted, listed
 *   with their counts, are summed; the noun after a count's unit must be
 *   what the clause counts ("1起较大事故" is no "一般事故").
 *
 * OPEN CLAUSES (JX_RO_OPEN) are understood, not unreadable: "不符合要求
 * 的视具体情况扣分", "其他(0-1分)", "第2-5名按第1名的比例得分", and a
 * consequence beyond the item's score ("…的取消评比资格", JX_OPEN_BEYOND).  The clause
 * keeps its condition (LEVEL, RANGE, ELSE, or ALWAYS when it has none) and
 * gives no score of its own.  An actual is scored only when it certainly
 * falls under another clause and certainly not under an OPEN one:
 *   - ALWAYS: every actual may fall under it: always refused;
 *   - LEVEL (and ELSE with words, "其他部门…"): a text actual naming the
 *     clause, or sharing its words (the one is part of the other), is
 *     refused; a text naming another clause
 *     is scored by the rest.  A number (also "50%", "少2次") answers the
 *     numeric clauses: it reports the measure, not the finding the level
 *     describes (as a KINDS actual lists what went wrong);
 *   - RANGE / ELSE: refused when it is the first clause, in array order,
 *     whose condition holds (ELSE: when no other clause holds);
 *   - open_known (a known outcome under a condition needing other data):
 *     refused unless the score without it equals that outcome.
 * Refusals are JX_ERR_RULE_OPEN, quoting the clause (`quote`).  The rest
 * of the rule is scored exactly as if the OPEN clauses were not there.
 *
 * EXCESS (docs/RULES.md, g7): "完成目标任务计12分，未完成按比例扣分，超额完成
 * 1个百分点加0.3分，加分不超过3分" is read as RANGE x <= 1: RATIO value 12
 * (the completion's points, not P), RANGE x > 1: OPEN (a rate above 100 %
 * does not give the excess in the step's measure), and a LEVEL clause
 * "超额完成" with a STEPS outcome (base 12, +0.3 per step, written_excess):
 * a text actual "超额完成5个百分点" is that excess (x = 5 in the step's
 * unit), scored by that clause alone.  The formula compiler refuses such
 * a rule (OPEN, above_points).
 *
 * A formula compiler maps the same list to IFs: one IF per clause in array
 * order, the outcome as above, MAX(0, MIN(P, …)) around it, ROUND(…;2).
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

/* The family a sentence reads as (a summary; the clauses are the rule). */
typedef enum jx_rule_kind {
    JX_RULE_BANDS = 0,  /* thresholds on a value (a rate, a number)       */
    JX_RULE_LEVELS,     /* qualitative levels                             */
    JX_RULE_DEDUCT,     /* a deduction per occurrence, with a floor       */
    JX_RULE_STEP,       /* a deduction (or addition) per step of a gap    */
    JX_RULE_RATIO       /* done / total x points, or a linear formula     */
} jx_rule_kind;

/* Bytes kept of a level's whole condition (jx_rcond.words). */
#define JX_RWORDS_MAX 191

/* What a clause's condition tests. */
typedef enum jx_rcond_kind {
    JX_RC_ALWAYS = 0,   /* no condition: every numeric actual             */
    JX_RC_RANGE,        /* a bound on one side or both (lo/hi below)      */
    JX_RC_ELSE,         /* 其他 / 其余 / 否则: what no clause before caught */
    JX_RC_LEVEL,        /* the actual is the level `label`                */
    JX_RC_NA,           /* the actual reads 不涉及 / 不适用 / 无此项 / N/A */
    JX_RC_KIND          /* one kind of failure of several, counted: the
                           actual names it by `label` with a count in
                           `unit` ("迟报2次" against "每迟报一次扣0.5分，漏报
                           一次扣1分"); see KINDS in the header comment    */
} jx_rcond_kind;

typedef struct jx_rcond {
    jx_rcond_kind kind;
    int has_lo, lo_incl;    /* RANGE: x > lo, or x >= lo when lo_incl      */
    double lo;
    int has_hi, hi_incl;    /* RANGE: x < hi, or x <= hi when hi_incl      */
    double hi;              /* an exact value "=0", "为0": lo = hi, both incl */
    int unmarked;           /* RANGE written "a-b" with no 含 / 不含 at either
                               end: lo_incl and hi_incl are the reader's
                               [a, b), not the sentence's.  A value on an end
                               two such ranges share is refused (1 = lo,
                               2 = hi unmarked; 0 otherwise) */
    char label[JX_LABEL_MAX + 1];   /* LEVEL: the level as written; KIND:
                                       the words naming the kind (its last
                                       JX_LABEL_MAX bytes); ELSE of an OPEN
                                       clause: its words ("其他部门")       */
    char unit[16];          /* KIND: what is counted ("次", "个行业"), ""  */
    char words[JX_RWORDS_MAX + 1];  /* LEVEL: the whole condition with the
                                       condition clauses before it that it
                                       continues ("未按规定取消…账户,或擅自
                                       设立…账户,拖延…非税收入"), its last
                                       JX_RWORDS_MAX bytes; "" when none.
                                       Text actuals may name it in other
                                       words (NAMED below).  STEPS of an
                                       occurrence: what is counted, the
                                       kinds at one price joined by ；
                                       ("未按要求进行登记"), "" if too long */
    char part[JX_LABEL_MAX + 1];    /* NUMBERED PARTS: the heading of the part
                                       the clause belongs to ("按时申报绩效目
                                       标", its last JX_LABEL_MAX bytes); ""
                                       for any other clause (added, g6)     */
} jx_rcond;

/* What a clause gives (formulas in the header comment above). */
typedef enum jx_rout_kind {
    JX_RO_FRACTION = 0,
    JX_RO_POINTS,
    JX_RO_DEDUCT,
    JX_RO_RATIO,
    JX_RO_LINEAR,
    JX_RO_STEPS,
    JX_RO_OPEN,             /* no score of its own: the evaluator decides, or
                               it needs data the sentence does not hold (see
                               OPEN CLAUSES in the header comment)          */
    JX_RO_BONUS             /* s = P + value: a bonus level on top of the
                               item ("参与创建卫生镇的奖励1分"; above_points) */
} jx_rout_kind;

/* Why an OPEN clause gives no score by itself. */
typedef enum jx_open_kind {
    JX_OPEN_JUDGED = 0,     /* 酌情扣分 / 视具体情况扣分: the evaluator decides */
    JX_OPEN_RANGE,          /* a range of points "其他(0-1分)", "(30-49)"   */
    JX_OPEN_ELSEWHERE,      /* the score or its condition comes from other
                               data: "按第1名的比例得分", "为专业部门得分的
                               平均分", "高于各地区平均占比加5%的，可不扣分" */
    JX_OPEN_UNSTATED,       /* a deduction with no amount: "二次及以上累计扣" */
    JX_OPEN_ALSO,           /* a bound met, but 否则 follows a second
                               requirement the actual does not show: "…率达
                               80%以上，污泥基本实现无害化处理处置，否则不得分":
                               the condition is the bound, `words` the other
                               requirement; also each band of a list with
                               "且…" before 分别 ("超过80%、70%和60%,且运行
                               管护效果良好,分别得6分、4分和2分")           */
    JX_OPEN_WHICH,          /* the same words in two parts ("…得5分,未完成不
                               得分; …得5分,未完成不得分"): which part?     */
    JX_OPEN_EITHER,         /* between the bounds of two alternatives ("新办
                               …100万元以上的,或老工业企业…200万元以上的"):
                               which alternative the actual is, it does not
                               say; `words` quotes the other alternative   */
    JX_OPEN_BEYOND          /* a consequence beyond the item's score, no
                               score of it: "影响全省上报的取消评比资格",
                               "本年度发生1件不得参加评奖", "完成率在80%以下,
                               视为绩效考核结果“不合格”", a deduction from
                               the total ("发生较大事故的,该项不得分,倒扣10
                               分": the clause before gives its condition)
                               (added after EITHER) */
} jx_open_kind;

typedef struct jx_rout {
    jx_rout_kind kind;
    double value;           /* FRACTION / POINTS / DEDUCT / RATIO          */
    double a, b;            /* LINEAR                                      */
    double base;            /* STEPS: the score at ref                     */
    int base_frac;          /* STEPS: base is a fraction of P (1 = 满分)   */
    double ref;             /* STEPS: where the gap is measured from (a
                               fraction when the rule is in percent)      */
    double step;            /* STEPS: one step, same unit as ref (> 0)     */
    double over_per;        /* STEPS: signed points per step above ref     */
    double under_per;       /* STEPS: signed points per step below ref     */
    jx_step_mode partial;   /* STEPS: how a partial step counts            */
    double max_deduct;      /* STEPS: most deducted; 0 = 扣完为止 (down to 0) */
    int shortfall;          /* STEPS counting missing things ("每缺一项", "少一次"):
                               1: the actual is the count missing, bare (2)
                               or written so ("缺2项", "少2次"); 2: only a
                               count written as missing is read (the
                               threshold is in words: "按要求每月上报")    */
    int gap_over;           /* STEPS with shortfall 2: the gap is written as
                               an excess over a threshold given elsewhere
                               ("超过2人", "增加60万元"; "未超过", "减少10万元"
                               are no excess: 0), not as what is missing.
                               Added after shortfall: a compiler that reads
                               shortfall 2 as "only written gaps" stays right.
                               2: a change from a reference the sentence does
                               not give, either way, written as such ("较年初
                               每下降…加，每上升…扣": "上升0.1个百分点" is
                               +0.1 %, "低于0.05个百分点" −0.05 %, 持平 0) */
    /* OPEN only (added after gap_over): */
    jx_open_kind open;      /* why there is no score                       */
    double open_lo, open_hi;/* JX_OPEN_RANGE: the points range             */
    int open_known;         /* 1: the condition needs other data but the
                               outcome is known: `value` × P when it holds
                               ("…的，可不扣分": 1); a score equal to it is
                               certain whether or not the condition holds */
    char quote[JX_LABEL_MAX + 1];   /* the clause as written (its first
                               JX_LABEL_MAX bytes), quoted on refusal      */
    char words[JX_LABEL_MAX + 1];   /* the outcome as written ("酌情扣分",
                               "0-1分", "按第1名的比例得分"), explained.
                               STEPS counting occurrences from a base a
                               level clause gave: that clause's words ("使用
                               …联网上报会计报表"); an actual restating them
                               ("联网上报") is no occurrence (g11)          */
    int veto;               /* FRACTION 0 that empties the whole table
                               ("一票否决", "本表100分扣完", "总得分为零"):
                               the sentence says what happens when it holds,
                               nothing of the item when it does not, so an
                               actual denying it is refused, not given P   */
    int per_frac;           /* STEPS: over_per / under_per are shares of P
                               ("扣权重分的1/4": −0.25 × P per step)       */
    double need;            /* KIND counting a shortfall ("少一次扣1分") whose
                               words state the standard as a frequency
                               ("每季度召开一次专题会议": 4 a year): a bare
                               count "4次" is what was held, the shortfall
                               max(0, need − count); 0: no such standard
                               (added after per_frac, issue 15 g6)        */
    double max_add;         /* KIND adding points: the most this kind adds
                               ("提供一例得1分,最高8分" before "…发现一次扣2分":
                               8); 0 none.  An actual naming it beyond its
                               cap next to another kind is refused (is the
                               cap the kind's or the item's?)              */
    int written_excess;     /* STEPS of a LEVEL clause "超额完成" (added
                               after per_frac): only a text actual writing
                               the excess ("超额完成5个百分点", "超额完成1
                               个", in the clause's cond.unit) is read, as
                               x; see EXCESS in the header comment         */
} jx_rout;

typedef struct jx_rclause {
    jx_rcond cond;
    jx_rout out;
    size_t at, len;         /* the clause's bytes in the parsed sentence   */
} jx_rclause;

#define JX_RCLAUSES_MAX 16

typedef struct jx_rule {
    jx_rule_kind kind;      /* summary of the family                       */
    int n;                  /* clauses in clause[]                         */
    jx_rclause clause[JX_RCLAUSES_MAX];
    int percent;            /* 1: bounds and ref are rates (x a fraction);
                               0: plain numbers; -1: no numeric clause     */
    char unit[16];          /* a unit the bounds carry (次, 天, 万元, 名…), "" */
    int signed_actual;      /* the sentence speaks of 变动率 / 增长率: a
                               negative actual (a decrease) is valid       */
    double otherwise;       /* fraction of P when no clause holds (0 or 1);
                               -1: the sentence covers only what it lists
                               (ranks 1-5): any other actual is an error   */
    double max_score;       /* 最高不超过5分 / 最高得5分; 0 = the points   */
    double stated_points;   /* points the sentence itself names (×4分,
                               得5分, 满分10分); 0 if none.  An item worth
                               less than this is JX_ERR_RULE_SYNTAX        */
    /* Added by the numeric forms (issue 15): where the score may leave
     * [0, P].  Every other rule keeps the clamp of the header comment. */
    int above_points;       /* 1: the sentence itself adds beyond 满分 (a
                               step adding on top of a full-points base with
                               no cap, "达目标的计满分…每超目标两个百分点加1
                               分"; an explicit top "最高得分为20分"; a bonus
                               "按比例加分不超过该项总分的20%")           */
    double top_frac;        /* with above_points: the top as a fraction of P
                               (1.2 for "不超过该项总分的20%"); 0: none     */
    int below_zero;         /* 1: a negative score stands: levels that add
                               from nothing next to one that deducts ("优秀
                               加5分…不合格扣5分": 不合格 → −5)           */
    int rank_from_bottom;   /* 1: ranks are counted from the bottom (倒数第N
                               名); the actual must say 倒数 too           */
    int abs_actual;         /* 1: the bounds are ± ("控制率在±10%以内得5分,
                               ±10-15%以内得3分"): the conditions test |x|
                               (a signed actual, −12% is in ±10-15%)      */
    int exact_levels;       /* 1: a text actual must be a level's label as
                               written, no part of it: a yes/no check
                               ("是否明确可操作(3分)": "明确" answers half of
                               the question, refused)                      */
    double kinds_cap;       /* KINDS: the most all kinds deduct together, when
                               the cap after the last kind is the item's whole
                               ("…每迟报一天扣1分,扣完6分为止": 扣完 exhausts
                               the item, not the last kind); 0: none (g11)   */
} jx_rule;

/*
 * Parse a rule sentence (UTF-8, at most JX_TEXT_MAX bytes).  The sentence
 * is read folded (full-width ASCII "０．５" as "0.5", blanks between a
 * number and an ideograph "扣 4 分" dropped); clause offsets (at, len),
 * quotes and labels are the sentence's as printed.  Clauses are
 * separated by ， , ； ; 。 (not the page's decimal point in "扣 0。5 分"),
 * a "." that is no decimal point, and "<br>"; a
 * line break is a space (tables wrap inside words).  Errors: JX_ERR_EMPTY,
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
 * (> 0), rounded to digits, by the clause list as the header comment says.
 * A percent rule compares fractions ("96%" or 0.96); a bare number above 10
 * against it is JX_ERR_PERCENT_UNIT (96 typed for 96 %); a negative actual
 * is JX_ERR_NEGATIVE unless rule.signed_actual; a unit other than the
 * rule's is JX_ERR_UNIT_MISMATCH; "3/4" is a ratio 0.75.  A sentence naming
 * more points than the item is worth is JX_ERR_RULE_SYNTAX.  An actual that
 * may fall under an OPEN clause is JX_ERR_RULE_OPEN, the diag quoting that
 * clause (OPEN CLAUSES in the header comment).
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

/*
 * How the sentence was read, one line in lang (RULEEXPLAIN), e.g.
 *   "≥95%：满分；<95%：自95%起每低1个百分点扣0.5分；扣完为止"
 *   ">=95%: full points; <95%: 0.5 off per 1 percentage point below 95%"
 * Returns the bytes written (the text is cut on a UTF-8 boundary).
 */
size_t jx_rule_explain(const jx_rule *rule, jx_lang lang, char *buf,
                       size_t cap);

/*
 * The reasoning behind one score (SCOREEXPLAIN), a draft of the 偏差原因
 * cell, e.g. "实际93%，低于95%共2个百分点（2档），扣1分，得7分".  Errors as
 * jx_rule_score (msg then holds the error message).
 */
jx_err jx_rule_score_explain(const jx_rule *rule, const jx_actual *actual,
                             double points, jx_lang lang, char *msg,
                             size_t cap);

#ifdef __cplusplus
}
#endif
#endif
