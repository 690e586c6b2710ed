/*
 * ruletext.c - read a 评扣分标准 sentence into the clause list of
 * jixiao/ruletext.h.
 *
 * 1. cut: the sentence is cut into clauses at ， , ； ; 。 and newlines;
 *    each clause is CONDITION OUTCOME (the outcome reads to the clause's
 *    end: 得满分, 得3分, 扣1分, 加0.1分, 扣完为止, 最高不超过5分…), a note
 *    that carries no score (以100%为标准, （2分）, 满分10分), a formula in
 *    words (A/B×4分, 按完成比例计分), or a condition for the next clause.
 * 2. read each condition: not-applicable words, a bound (≥95%, 低于90%,
 *    90%（含）-95%, 10%以上（不含）, =0), a step (每低1个百分点, 每少一项),
 *    an occurrence (一天, 每发现一个), 其他, or a level word (效果显著).
 * 3. build: bounds with scores become RANGE clauses; steps and occurrences
 *    become one STEPS clause measured from the sentence's own threshold;
 *    level words become LEVEL clauses; then the list is ordered so that the
 *    first match is right.
 * Anything not read with certainty refuses the whole sentence, the diag
 * quoting the clause (refuse()).
 */
#include "text.h"
#include "ruletext_words.h"
#include "ruletext_fresh.h"
#include "ruletext_report.h"
#include "ruletext_parts.h"
#include "ruletext_rows.h"
#include "jixiao/ruletext.h"
#include "ruletext_num.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_RAW 32

typedef enum outcome {
    OUT_NONE = 0, OUT_FRACTION, OUT_POINTS, OUT_DEDUCT, OUT_ADD, OUT_CAP,
    OUT_MAX, OUT_ADDCAP, OUT_FLOOR, OUT_BONUS, OUT_OPEN
} outcome;

/* One clause as cut, with a condition for it from the clause before. */
typedef struct raw {
    size_t start, end;        /* the whole clause                     */
    size_t cstart, cend;      /* its own condition                    */
    size_t pstart, pend;      /* condition clauses before it, or empty */
    int pfirst, plast;        /* their indices (used == 4)            */
    outcome out;
    double value;
    int used;                 /* consumed as a note or a prefix       */
    int heading;              /* 1: "目标明确(1分)" a heading with points;
                                 2: "(2分)" the points alone           */
    double hpts;              /* the points of a heading              */
    double tail_pts;          /* "扣2分（5分）": the item's points after it */
    int bracketed;            /* the whole clause was in brackets     */
    char per_unit[16];        /* "扣15分/起": the deduction is per 起   */
    jx_open_kind open;        /* OUT_OPEN: why it gives no score      */
    double olo, ohi;          /* OUT_OPEN, JX_OPEN_RANGE: the points  */
    size_t ostart;            /* OUT_OPEN: where its outcome starts   */
    size_t bstart;            /* "完成50%及以上(50)": where "(50)" starts, or 0 */
    double bpts;              /* the number in it                      */
    int veto;                 /* read_veto: the outcome empties the table */
    int points_first;         /* "100 分:…": the condition is after the colon */
    int share;                /* OUT_DEDUCT of a share of P ("扣权重分的1%") */
    double from_base;         /* OUT_DEDUCT "就从8分里减一分": the steps' base
                                 in points (jx_rt_from_base), 0 when none */
    double on_base;           /* "则在6分基础上加1分": the base it restates, or 0 */
    int each_implied;         /* "提高1%则在6分基础上加1分,10分为上限": a step
                                 without 每 (implied_steps) */
} raw;

/* What a condition says. */
typedef struct cond {
    int na, els, occ, level;
    int has_bound;
    jx_rcond rc;              /* RANGE when has_bound                 */
    int percent;              /* of the bound: -1 none                */
    char unit[16];
    int has_step, step_dir, step_percent, step_subject, vs_plan;
    size_t lstart, lend;      /* the last level clause of a prefix */
    int retries;              /* read_bound: qualifiers skipped */
    int alt;                  /* "A…100万元以上的,或B…200万元以上的": */
    jx_rcond alt_rc;          /* the other bound, same side and unit  */
    size_t alt_at, alt_end;   /* the clause naming it                  */
    double step;
    char step_unit[16];
    int pm;                   /* the bound is written ± (a bound on |x|) */
    int negative;             /* "为负": x < 0, so negatives are valid */
    int rank_suffix;          /* 第N名 + 1 以上, 2 以下, 3 以后, 4 以内 (read_cond
                                 checks it against the ranking's direction) */
    int step_vs;              /* the step names what it is measured from:
                                 1 目标 (the stated target), 2 基数 (the base) */
} cond;

typedef struct reader {
    const char *s;            /* the sentence, folded (fold_sentence)   */
    size_t len;
    const char *orig;         /* the sentence as written               */
    const uint16_t *map;      /* folded byte offset -> offset in orig  */
    jx_diag *diag;
    int n;
    raw r[MAX_RAW];
    jx_rule *rule;
    jx_step_mode partial;
    int ratio_clause;         /* index of a formula clause, or -1     */
    double total;             /* "总分8分" / "满分10分": the points a note names */
    int has_target;           /* "…增长8%的目标": a target named once, then 目标 */
    double target;            /* its value (a fraction when target_pct) */
    int target_pct;
    char target_unit[16];
    int bracket_parts;        /* "合理( 2 分)、不合理…≥ 5%( 0 分)": alternatives
                                 split at 、, each with its points in brackets */
    int compared;             /* "与全省三年平均比例数相比": steps measure a gap
                                 from a reference the sentence does not give */
    int pct_defined;          /* "…率=(…/…)×100%": the rate is in percent */
    int lead_raw;             /* "驻点天数基数20天/月，基础分10分（最高分）": the
                                 raw of the 基数 (base_value_lead), or -1 */
    double lead_value, lead_points;
    int lead_top;             /* （最高分）: the value and above            */
    char lead_unit[16];
} reader;

/* --- Helpers ------------------------------------------------------------ */

/* Where the folded s[..b) ends in the sentence as printed: blanks the
 * folding dropped after it ("1 分": "1" ends before the blank) are not in. */
static size_t orig_end(const reader *rd, size_t b)
{
    if (!rd->map) return b;
    size_t ob = rd->map[b];
    if (b == 0) return ob;
    size_t min = rd->map[b - 1] + 1;
    for (;;) {
        if (ob > min && rd->orig[ob - 1] == ' ') ob--;
        else if (ob >= min + 3 && memcmp(rd->orig + ob - 3, "\xE3\x80\x80", 3) == 0) ob -= 3;
        else if (ob >= min + 2 && memcmp(rd->orig + ob - 2, "\xC2\xA0", 2) == 0) ob -= 2;
        else return ob;
    }
}

/* Quote s[a..b) of the folded sentence as the sentence prints it. */
static jx_err refuse_code(const reader *rd, jx_err code, size_t a, size_t b)
{
    jx_trim(rd->s, &a, &b);
    if (a >= b) { a = 0; b = rd->len; }
    size_t oa = rd->map ? rd->map[a] : a, ob = orig_end(rd, b);
    return jx_diag_set(rd->diag, code, (rd->orig ? rd->orig : rd->s) + oa, ob - oa, 0);
}

static jx_err refuse(const reader *rd, size_t a, size_t b)
{
    return refuse_code(rd, JX_ERR_RULE_SYNTAX, a, b);
}

static jx_err refuse_raw(const reader *rd, const raw *r)
{
    return refuse(rd, r->start, r->end);
}

static size_t find_word(const char *s, size_t a, size_t b, const char *w)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    while (!jx_cur_eof(&c)) {
        size_t at = c.pos;
        if (jx_cur_word(&c, w))
            return at;
        jx_cur_next(&c);
    }
    return b;
}

static int contains(const char *s, size_t a, size_t b, const char *w)
{
    return find_word(s, a, b, w) < b;
}

static int contains_any(const char *s, size_t a, size_t b,
                        const char *const *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (contains(s, a, b, w[i]))
            return 1;
    return 0;
}

static int contains_digit(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    while (!jx_cur_eof(&c))
        if (jx_is_digit(jx_cur_next(&c)))
            return 1;
    return 0;
}

static int at_end(jx_cur *c)
{
    jx_cur_skip_space(c);
    return jx_cur_eof(c);
}

static int expect(jx_cur *c, const char *w)
{
    jx_cur t = *c;
    jx_cur_skip_space(&t);
    if (!jx_cur_word(&t, w))
        return 0;
    *c = t;
    return 1;
}

/*
 * "每有 1 人扣 0。5 分": an ideographic full stop at `at` between the digits
 * of the points an outcome verb gives is the page's decimal point (a PDF or
 * an input method typed 。 for .).  Certain only there: an outcome verb
 * (扣 扣除 得 加 计 记 减) and blanks before the digits, digits after, then
 * blanks and 分 — "扣0" and a clause "5分" is no reading.  Returns the byte
 * just past the fraction's digits, or 0 when it is no such point.
 */
static size_t ideo_point(const char *s, size_t at, size_t len)
{
    static const char *const verbs[] = { "扣", "扣除", "得", "加", "计", "记", "减" };
    if (at == 0 || len - at < 4 || memcmp(s + at, "。", 3) != 0 ||
        !jx_is_digit((unsigned char)s[at - 1]))
        return 0;
    size_t i = at;
    while (i > 0 && jx_is_digit((unsigned char)s[i - 1])) i--;
    while (i > 0 && s[i - 1] == ' ') i--;
    int verb = 0;
    for (size_t k = 0; k < JX_RWORDS(verbs); k++) {
        size_t l = strlen(verbs[k]);
        verb |= i >= l && memcmp(s + i - l, verbs[k], l) == 0;
    }
    size_t j = at + 3, d = j;
    while (j < len && jx_is_digit((unsigned char)s[j])) j++;
    if (!verb || j == d || j - d > 3) return 0;
    size_t e = j;
    while (e < len && s[e] == ' ') e++;
    return len - e >= 3 && memcmp(s + e, "分", 3) == 0 ? j : 0;
}

/* A number in digits ("0.5", "１０", the page's "0。5" of ideo_point) or one
 * numeral (一, 两, 半). */
static int read_number(jx_cur *c, double *v)
{
    jx_cur t = *c;
    jx_num num;
    size_t bad;
    int ok;
    jx_cur_skip_space(&t);
    if (jx_scan_number(&t, 0, &num, &bad)) {
        *v = jx_num_value(&num, t.s, 0, &ok);
        if (!ok) return 0;
        size_t frac_end = t.pos < t.end ? ideo_point(t.s, t.pos, t.end) : 0;
        if (frac_end) {                 /* "0。5": the digits after the point */
            double f = 0, scale = 1;
            for (size_t i = t.pos + 3; i < frac_end; i++) {
                f = f * 10 + (t.s[i] - '0');
                scale *= 10;
            }
            *v += f / scale;
            t.pos = frac_end;
        }
        *c = t;
        return 1;
    }
    for (size_t i = 0; i < jx_rw_numerals_n; i++) {
        jx_cur u = t;
        if (jx_cur_word(&u, jx_rw_numerals[i].word)) {
            *v = jx_rw_numerals[i].value;
            *c = u;
            return 1;
        }
    }
    return 0;
}

/* After a number: % / 个百分点 (percent: 1) or a unit word (copied). */
static int read_unit(jx_cur *c, char *unit, size_t cap)
{
    unit[0] = '\0';
    if (expect(c, "%")) return 1;
    for (size_t i = 0; i < jx_rw_units_n; i++) {
        if (expect(c, jx_rw_units[i])) {
            if (strstr(jx_rw_units[i], "百分点")) return 1;
            snprintf(unit, cap, "%s", jx_rw_units[i]);
            return 0;
        }
    }
    return 0;
}

/* Skip tail fillers (的, 时, （含）…); 1 when only they were left. */
static int only_tail(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    for (;;) {
        if (at_end(&c)) return 1;
        size_t i;
        for (i = 0; i < jx_rw_tail_n; i++)
            if (jx_cur_word(&c, jx_rw_tail[i])) break;
        if (i == jx_rw_tail_n) return 0;
    }
}

/* --- Outcomes ----------------------------------------------------------- */

/*
 * "/起", "/项", "/人" after "扣15分": a deduction (or addition) per unit,
 * as "每起扣15分" says it; the unit into per.  1 when it is there.
 */
static int per_unit_tail(jx_cur *t, char *per, size_t cap)
{
    jx_cur u = *t;
    char unit[16];
    if (!jx_cur_word(&u, "/") || read_unit(&u, unit, sizeof unit) || unit[0] == '\0' ||
        !at_end(&u))
        return 0;
    snprintf(per, cap, "%s", unit);
    *t = u;
    return 1;
}

/* Try to read an outcome from c to the end of the clause. */
static int read_outcome(jx_cur c, outcome *out, double *value, char *per, size_t per_cap)
{
    static const jx_rword frac[] = {
        {"得满分", 0, 1}, {"得全分", 0, 1}, {"满分", 0, 1}, {"得一半分", 0, 0.5},
        {"得一半", 0, 0.5}, {"得半分", 0, 0.5}, {"一半分", 0, 0.5},
        {"得分减半", 0, 0.5}, {"减半", 0, 0.5}, {"不得分", 0, 0},
        {"不计分", 0, 0}, {"不给分", 0, 0}, {"得0分", 0, 0}, {"0分", 0, 0},
        {"扣除全部分值", 0, 0}, {"扣全部分", 0, 0}, {"该项不得分", 0, 0},
        {"计满分", 0, 1}, {"记满分", 0, 1}, {"给满分", 0, 1}, {"得满分值", 0, 1},
        {"不扣分", 0, 1}, {"不記分", 0, 0}, {"不记分", 0, 0}, {"计0分", 0, 0},
        {"记0分", 0, 0}, {"得零分", 0, 0}, {"计零分", 0, 0}, {"零分", 0, 0},
        {"按满分计算", 0, 1}, {"按满分计", 0, 1},
    };
    static const jx_rword pre[] = {
        {"扣满", OUT_CAP, 0}, {"最多扣", OUT_CAP, 0}, {"最高扣", OUT_CAP, 0},
        {"扣完", OUT_CAP, 0}, {"累计扣分不超过", OUT_CAP, 0},
        {"扣分不超过", OUT_CAP, 0}, {"最多扣除", OUT_CAP, 0},
        {"最高扣除", OUT_CAP, 0},   /* as 最高扣: it read "每项最高" as a condition, 扣除 as a deduction */
        {"最高得分为", OUT_MAX, 0}, {"最高得分", OUT_MAX, 0}, {"总分不超过", OUT_MAX, 0},
        {"最低得分为", OUT_FLOOR, 0}, {"最低得分", OUT_FLOOR, 0},
        {"最高不超过", OUT_MAX, 0}, {"最高为", OUT_MAX, 0}, {"最高得", OUT_MAX, 0}, {"最多得", OUT_MAX, 0},
        {"最高加至", OUT_MAX, 0}, {"加满", OUT_MAX, 0},
        {"累计加分不超过", OUT_ADDCAP, 0}, {"加分不超过", OUT_ADDCAP, 0},
        {"加分最多", OUT_ADDCAP, 0}, {"加分最高", OUT_ADDCAP, 0}, {"最多加", OUT_ADDCAP, 0},
        {"最高加", OUT_ADDCAP, 0},
        {"最高", OUT_MAX, 0}, {"封顶", OUT_MAX, 0},
        {"扣除", OUT_DEDUCT, 0}, {"扣", OUT_DEDUCT, 0}, {"加", OUT_ADD, 0},
        {"得分为", OUT_POINTS, 0}, {"得分", OUT_POINTS, 0}, {"得", OUT_POINTS, 0},
        {"计", OUT_POINTS, 0}, {"记", OUT_POINTS, 0}, {"给", OUT_POINTS, 0},
        {"赋", OUT_POINTS, 0}, {"記", OUT_POINTS, 0}, {"計", OUT_POINTS, 0},
    };
    size_t i;
    for (i = 0; i < JX_RWORDS(frac); i++) {
        jx_cur t = c;
        if (jx_cur_word(&t, frac[i].word) && at_end(&t)) {
            *out = OUT_FRACTION; *value = frac[i].value; return 1;
        }
    }
    if (jx_rf_share_outcome(c, value)) {   /* "得权重分的50%" */
        *out = OUT_FRACTION;
        return 1;
    }
    static const char *const to_zero[] = { "扣完为止", "直至本项目分扣完", "直至本项分扣完",
                                           "直至扣完", "扣完本项分值为止", "扣完该项分值为止",
                                           "扣至0分为止", "扣至零分为止", "扣完即止",
                                           "本项分扣完为止", "该项分扣完为止",
                                           "直至归零", "扣至归零", "减至零为止" };
    for (i = 0; i < JX_RWORDS(to_zero); i++) {
        jx_cur t = c;
        if (jx_cur_word(&t, to_zero[i]) && at_end(&t)) {
            *out = OUT_CAP; *value = 0; return 1;
        }
    }
    {
        jx_cur t = c;
        t = c;
        if (jx_cur_word(&t, "扣完") && jx_cur_word(&t, "为止") && at_end(&t)) {
            *out = OUT_CAP; *value = 0; return 1;
        }
    }
    for (i = 0; i < JX_RWORDS(pre); i++) {
        jx_cur t = c;
        double v;
        if (!jx_cur_word(&t, pre[i].word) ||
            !(jx_rf_quoted_number(&t, &v) || read_number(&t, &v)) || !expect(&t, "分"))
            continue;
        expect(&t, "为止");
        expect(&t, "封顶");
        if ((pre[i].code == OUT_DEDUCT || pre[i].code == OUT_ADD) && !at_end(&t))
            per_unit_tail(&t, per, per_cap);
        if (!at_end(&t))
            continue;
        *out = (outcome)pre[i].code;
        *value = v;
        if (*out == OUT_POINTS && v == 0)   /* "得 0 分" is "得0分": 不得分 */
            *out = OUT_FRACTION;
        return 1;
    }
    return 0;
}

static void drop_filler(const char *s, raw *r)
{
    static const char *const filler[] = { "该项", "本项", "此项", "则", "的",
                                          "即", "可", "该指标", "本项指标",
                                          "该项指标", "此项指标" };
    for (size_t i = 0; i < JX_RWORDS(filler); i++) {
        jx_cur c;
        jx_cur_init(&c, s, r->cstart, r->cend);
        if (jx_cur_word(&c, filler[i]) && at_end(&c)) {
            r->cstart = r->cend;
            return;
        }
    }
}

/* List numbering at a clause's start: "1." "2、" "(一)" "（1）" "①". */
static void skip_numbering(const char *s, raw *r)
{
    static const char *const circled[] = { "①", "②", "③", "④", "⑤", "⑥",
                                           "⑦", "⑧", "⑨", "⑩" };
    static const char *const cn[] = { "一", "二", "三", "四", "五", "六", "七",
                                      "八", "九", "十" };
    jx_cur c;
    jx_cur_init(&c, s, r->start, r->end);
    for (size_t i = 0; i < JX_RWORDS(circled); i++)
        if (jx_cur_word(&c, circled[i])) { r->start = c.pos; return; }
    if (jx_cur_word(&c, "(")) {
        jx_cur t = c;
        double v;
        int ok = read_number(&t, &v);
        for (size_t i = 0; !ok && i < JX_RWORDS(cn); i++)
            ok = jx_cur_word(&t, cn[i]);
        if (ok && jx_cur_word(&t, ")")) { r->start = t.pos; return; }
        return;
    }
    jx_num num;
    size_t bad;
    if (jx_scan_number(&c, 0, &num, &bad) || (jx_cur_word(&c, "一") || jx_cur_word(&c, "二") ||
                                             jx_cur_word(&c, "三") || jx_cur_word(&c, "四"))) {
        if (jx_cur_word(&c, "、") || (jx_cur_word(&c, ".") && !jx_is_digit(jx_cur_peek(&c, &(size_t){0}))))
            r->start = c.pos;
        else if (jx_cur_word(&c, ")") && !jx_is_digit(jx_cur_peek(&c, &(size_t){0})))
            r->start = c.pos;             /* "1)“…”:", "2)…": a number closed by ")" */
    }
}

/*
 * "10分为上限", "以10分为上限", "上限为10分": the highest score (OUT_MAX),
 * as "最高10分" says it.
 */
static void points_ceiling(const char *s, raw *r)
{
    jx_cur c;
    double v;
    jx_cur_init(&c, s, r->start, r->end);
    int ok = 0;
    if (jx_cur_word(&c, "上限")) {
        jx_cur_word(&c, "为");
        ok = read_number(&c, &v) && expect(&c, "分") && at_end(&c);
    } else {
        jx_cur_word(&c, "以");
        ok = read_number(&c, &v) && expect(&c, "分") && expect(&c, "为上限") && at_end(&c);
    }
    if (!ok) return;
    r->out = OUT_MAX;
    r->value = v;
    r->cstart = r->cend = r->start;
}

/*
 * "每提高1%则在6分基础上加1分": the base restated before an addition or a
 * deduction; cut from the condition and kept (restated_base checks that
 * the sentence gives that base).
 */
static void on_base(const char *s, raw *r)
{
    if (r->out != OUT_ADD && r->out != OUT_DEDUCT) return;
    size_t at = r->cend;
    for (size_t k = find_word(s, r->cstart, r->cend, "在"); k < r->cend;
         k = find_word(s, k + 1, r->cend, "在"))
        at = k;
    if (at == r->cend) return;
    jx_cur c;
    double v;
    jx_cur_init(&c, s, at, r->cend);
    jx_cur_word(&c, "在");
    if (!read_number(&c, &v) || !expect(&c, "分")) return;
    expect(&c, "的");
    if (!expect(&c, "基础上") || !at_end(&c) || !(v > 0)) return;
    r->on_base = v;
    r->cend = at;
    jx_trim(s, &r->cstart, &r->cend);
    drop_filler(s, r);
}

/* "优秀10分": a grade word and its bare points (ruletext_rows.h). */
static void grade_points(const char *s, raw *r)
{
    size_t b = r->end;
    while (b > r->start && s[b - 1] == ' ') b--;
    if (b < r->start + 4 || memcmp(s + b - 3, "分", 3) != 0) return;
    size_t n = b - 3;
    while (n > r->start && ((s[n - 1] >= '0' && s[n - 1] <= '9') || s[n - 1] == '.')) n--;
    double v;
    jx_cur c;
    jx_cur_init(&c, s, n, b);
    if (n == b - 3 || !read_number(&c, &v) || !expect(&c, "分") || !at_end(&c))
        return;
    size_t g = r->start, colon = find_word(s, r->start, n, ":");
    if (colon < n && !contains_digit(s, r->start, colon)) {
        jx_cur k;                         /* "…登记情况:优秀10分": a heading, then the grade */
        jx_cur_init(&k, s, colon, n);
        jx_cur_word(&k, ":");
        g = k.pos;
    }
    if (!jx_rows_grade(s, g, n)) return;
    r->out = OUT_POINTS;
    r->value = v;
    r->cstart = g;
    r->cend = n;
    jx_trim(s, &r->cstart, &r->cend);
}

/* "（3分，少一次扣1分）" cut at the comma: drop the lone brackets. */
static void drop_lone_brackets(const char *s, raw *r)
{
    size_t open = find_word(s, r->start, r->end, "(");
    size_t close = find_word(s, r->start, r->end, ")");
    jx_cur c;
    jx_cur_init(&c, s, r->start, r->end);
    if (open == r->start && close == r->end && jx_cur_word(&c, "("))
        r->start = c.pos;
    if (open == r->start && close < r->end && jx_cur_word(&c, "(")) {
        jx_cur t;                         /* "(…)" the whole clause */
        jx_cur_init(&t, s, close, r->end);
        jx_cur_word(&t, ")");
        jx_cur p = c;
        double v;
        int points = read_number(&p, &v) && expect(&p, "分") && p.pos >= close;
        if (!points && at_end(&t) && find_word(s, c.pos, close, "(") == close) {
            r->start = c.pos;
            r->end = close;
            r->bracketed = 1;
            jx_trim(s, &r->start, &r->end);
            return;
        }
    }
    if (close < r->end && open > close) {
        jx_cur t;
        jx_cur_init(&t, s, close, r->end);
        jx_cur_word(&t, ")");
        if (at_end(&t)) r->end = close;
    }
    jx_trim(s, &r->start, &r->end);
}

/* "出现1例未处理扣2分（5分）": the item's points after an outcome, cut off. */
static void drop_tail_points(const char *s, raw *r)
{
    size_t open = r->end, at;
    for (at = find_word(s, r->start, r->end, "("); at < r->end;
         at = find_word(s, at + 1, r->end, "("))
        open = at;
    if (open == r->end || open < r->start + 3 || memcmp(s + open - 3, "分", 3) != 0) return;
    jx_cur c;
    double v;
    jx_cur_init(&c, s, open, r->end);
    jx_cur_word(&c, "(");
    if (read_number(&c, &v) && expect(&c, "分") && expect(&c, ")") && at_end(&c)) {
        r->tail_pts = v;
        r->end = open;
    }
}

static void read_open(const char *s, raw *r);
static size_t bracket_number(const char *s, size_t start, size_t at);

/*
 * An outcome that empties the whole table, so also this item (0): "本表
 * 100分扣完", "安全管理考核分清零", "总得分为零", "实行一票否决".
 */
static void read_veto(const char *s, raw *r)
{
    size_t at = r->end;
    for (size_t i = 0; i < jx_rw_veto_n; i++) {
        size_t w = find_word(s, r->start, r->end, jx_rw_veto[i]);
        jx_cur c;
        jx_cur_init(&c, s, w, r->end);
        if (w < r->end && jx_cur_word(&c, jx_rw_veto[i]) && only_tail(s, c.pos, r->end) && w < at)
            at = w;
    }
    size_t t = find_word(s, r->start, r->end, "本表");   /* "本表100分扣完(为止)" */
    if (t < r->end) {
        jx_cur c;
        double v;
        jx_cur_init(&c, s, t, r->end);
        jx_cur_word(&c, "本表");
        read_number(&c, &v);
        if (expect(&c, "分") && expect(&c, "扣完")) {
            expect(&c, "为止");
            if (at_end(&c) && t < at) at = t;
        }
    }
    if (at == r->end) return;
    r->out = OUT_FRACTION;
    r->value = 0;
    r->veto = 1;
    r->cstart = r->start;
    r->cend = at;
    jx_trim(s, &r->cstart, &r->cend);
    drop_filler(s, r);
}

/*
 * "评分标准: 100 分:实际支出与预算相符; 60 分:…基本相符; 0 分:…不相符": the
 * points first, then a colon and the condition they are given for (the
 * mirror of "基本合理: 1 分").  An optional lead-in before it ("评分标准:",
 * jx_rw_criteria_lead) names the list and scores nothing.  The condition
 * must be there and hold no further colon.
 */
static void points_first(const char *s, raw *r)
{
    jx_cur t;
    jx_cur_init(&t, s, r->start, r->end);
    for (size_t i = 0; i < jx_rw_criteria_lead_n; i++) {
        jx_cur l = t;
        if (jx_cur_word(&l, jx_rw_criteria_lead[i]) && expect(&l, ":")) {
            t = l;
            break;
        }
    }
    double v;
    if (!read_number(&t, &v) || !expect(&t, "分") || !expect(&t, ":")) return;
    size_t a = t.pos, b = r->end;
    jx_trim(s, &a, &b);
    if (a >= b || find_word(s, a, b, ":") < b) return;
    r->out = OUT_POINTS;
    r->value = v;
    r->cstart = a;
    r->cend = b;
    r->points_first = 1;
}

/*
 * "100 分:项目支出符合规定,无违规违纪; 0 分:…": the points come first, so a
 * clause with no outcome after such a clause goes on with its condition;
 * it is never the condition of the next one.
 */
static void points_first_tail(reader *rd)
{
    int last = -1;
    for (int i = 0; i < rd->n; i++) {
        raw *r = &rd->r[i];
        if (r->points_first) { last = i; continue; }
        if (last < 0) continue;
        if (r->out != OUT_NONE || r->used) { last = -1; continue; }
        rd->r[last].cend = r->end;
        r->used = 1;
    }
}

/*
 * "每降低1%扣权重分的1%", "每降低0.5扣除权重分的1/4": a deduction written as
 * a share of the item's points (jx_rw_item_points), in percent or as a
 * fraction a/b, at the clause's end.  OUT_DEDUCT with the share as value
 * and r->share set; only steps may use it (build refuses it elsewhere).
 */
static void share_deduct(const char *s, raw *r)
{
    static const char *const verb[] = { "扣除", "扣减", "扣" };
    for (size_t at = find_word(s, r->start, r->end, "扣"); at < r->end;
         at = find_word(s, at + 1, r->end, "扣")) {
        for (size_t v = 0; v < JX_RWORDS(verb); v++) {
            jx_cur c;
            jx_cur_init(&c, s, at, r->end);
            if (!jx_cur_word(&c, verb[v])) continue;
            size_t k;
            for (k = 0; k < jx_rw_item_points_n; k++) {
                jx_cur t = c;
                if (jx_cur_word(&t, jx_rw_item_points[k])) { c = t; break; }
            }
            if (k == jx_rw_item_points_n || !expect(&c, "的")) continue;
            double a, b = 100;
            if (!read_number(&c, &a)) continue;
            if (!expect(&c, "%") && !(expect(&c, "/") && read_number(&c, &b))) continue;
            if (!at_end(&c) || !(a > 0) || !(b > 0) || a > b) continue;
            r->out = OUT_DEDUCT;
            r->value = a / b;
            r->share = 1;
            r->cstart = r->start;
            r->cend = at;
            jx_trim(s, &r->cstart, &r->cend);
            return;
        }
    }
}

static void split_clause(const char *s, raw *r)
{
    jx_cur c;
    skip_numbering(s, r);
    r->start = jx_rows_quoted_lead(s, r->start, r->end);   /* "“…情况”:优秀10分" */
    jx_trim(s, &r->start, &r->end);
    drop_lone_brackets(s, r);
    drop_tail_points(s, r);
    r->end = jx_rt_tail_exception(s, r->start, r->end);   /* "(特殊情况除外)" (g11) */
    jx_cur_init(&c, s, r->start, r->end);
    r->out = OUT_NONE;
    r->cstart = r->start;
    r->cend = r->end;
    uint32_t prev = 0;
    while (!jx_cur_eof(&c)) {
        /* "0分" is an outcome, not the tail of "10分" */
        int inside_number = (jx_is_digit(prev) || prev == '.') &&
                            jx_is_digit(jx_cur_peek(&c, &(size_t){0}));
        if (!inside_number && read_outcome(c, &r->out, &r->value, r->per_unit, sizeof r->per_unit)) {
            r->cend = c.pos;
            break;
        }
        prev = jx_cur_next(&c);
    }
    jx_trim(s, &r->cstart, &r->cend);
    if (r->out != OUT_NONE) {          /* "70%以下:0分": a row's condition, a colon, its points */
        size_t colon = find_word(s, r->cstart, r->cend, ":");
        jx_cur t;
        jx_cur_init(&t, s, colon, r->cend);
        if (colon < r->cend && jx_cur_word(&t, ":") && at_end(&t)) {
            r->cend = colon;
            jx_trim(s, &r->cstart, &r->cend);
        }
    }
    drop_filler(s, r);
    on_base(s, r);                     /* "则在6分基础上加1分" */
    if (r->out == OUT_NONE)            /* "优秀10分,良好6分" */
        grade_points(s, r);
    if (r->out == OUT_NONE)            /* "10分为上限" */
        points_ceiling(s, r);
    if (r->out == OUT_NONE) {          /* a clause that is only "3分" */
        jx_cur t;
        double v;
        jx_cur_init(&t, s, r->start, r->end);
        if (read_number(&t, &v) && expect(&t, "分") && at_end(&t)) {
            r->out = OUT_POINTS;
            r->value = v;
            r->cstart = r->cend = r->start;
        }
    }
    if (r->out == OUT_NONE)            /* "100 分:实际支出与预算相符" */
        points_first(s, r);
    if (r->out == OUT_NONE)            /* "每降低1%扣权重分的1%" */
        share_deduct(s, r);
    if (r->out == OUT_NONE) {          /* "每少一天就从8分里减一分" */
        size_t at = jx_rt_from_base(s, r->start, r->end, &r->from_base, &r->value);
        if (at < r->end) {
            r->out = OUT_DEDUCT;
            r->cstart = r->start;
            r->cend = at;
            jx_trim(s, &r->cstart, &r->cend);
        }
    }
    if (r->out == OUT_NONE) {          /* "基本合理: 1 分" */
        size_t colon = find_word(s, r->start, r->end, ":");
        jx_cur t;
        double v;
        if (colon < r->end) {
            jx_cur_init(&t, s, colon, r->end);
            jx_cur_word(&t, ":");
            if (read_number(&t, &v) && expect(&t, "分") && at_end(&t) &&
                find_word(s, t.pos, r->end, ":") == r->end) {
                r->out = OUT_POINTS;
                r->value = v;
                r->cstart = r->start;
                r->cend = colon;
                jx_trim(s, &r->cstart, &r->cend);
            }
        }
    }
    if (r->out == OUT_NONE) {          /* "完成50%及以上(50)": points, if a column (join) */
        size_t open = bracket_number(s, r->start, r->end);
        jx_cur bc;
        double v;
        jx_cur_init(&bc, s, open, r->end);
        if (open < r->end && open > r->start && jx_cur_word(&bc, "(") && read_number(&bc, &v) &&
            expect(&bc, ")") && at_end(&bc)) {
            r->bstart = open;
            r->bpts = v;
        }
    }
    if (r->out == OUT_DEDUCT && jx_rt_verdict_at(s, r->start, r->end) <= r->cstart)
        r->out = OUT_NONE;             /* "倒扣10分": from the total, not 扣 (read_open) */
    if (r->out == OUT_NONE && jx_rt_done_scores_at(s, r->start, r->end) < r->end) {
        r->out = OUT_FRACTION;         /* "完成财政收入任务得分": the full points (g11) */
        r->value = 1;
        r->cstart = r->start;
        r->cend = jx_rt_done_scores_at(s, r->start, r->end);
    }
    if (r->out == OUT_NONE)            /* "本表100分扣完", "考核分清零" */
        read_veto(s, r);
    if (r->out == OUT_FRACTION && r->value == 0 &&
        jx_rf_some_items_zero(s, r->start, r->end) < r->end)
        r->out = OUT_NONE;             /* "…的本指标(2)-(4)项不得分": open (read_open) */
    if (r->out == OUT_NONE)            /* "…的酌情扣分", "其他(0-1分)" */
        read_open(s, r);
}

static int is_sep(uint32_t cp)
{
    return cp == ',' || cp == ';' || cp == 0x3002 || cp == '\n' ||
           cp == 0xFF61 || cp == '\r';
}

/*
 * A line break after a whole outcome ("扣1分", "得2分") ends the clause: a
 * table wraps inside words, never right after the points of a clause.
 */
static int ends_with_points(const char *s, size_t a, size_t b)
{
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\r')) b--;
    if (b < a + 4 || memcmp(s + b - 3, "分", 3) != 0) return 0;
    return jx_is_digit((unsigned char)s[b - 4]);
}

/* "…专家决策咨询制度。(1分)": a line ending in its points in brackets. */
static int ends_with_bracket_points(const char *s, size_t a, size_t b)
{
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\r')) b--;
    if (b >= a + 1 && s[b - 1] == ')') b -= 1;
    else if (b >= a + 3 && memcmp(s + b - 3, "）", 3) == 0) b -= 3;
    else return 0;
    return ends_with_points(s, a, b);
}

/* At `at`: a list number "2、" (digits then 、), or "2." before no digit
 * ("…扣 0.5 分 2.不按规定…": the blank before it was folded away). */
static int glued_number(const char *s, size_t at, size_t len)
{
    size_t i = at;
    while (i < len && s[i] >= '0' && s[i] <= '9') i++;
    if (i == at || i - at > 2) return 0;
    if (i + 1 < len && s[i] == '.' && !jx_is_digit((unsigned char)s[i + 1])) return 1;
    return i + 3 <= len && memcmp(s + i, "、", 3) == 0;
}

/*
 * "无事故得10分平指标得5分超指标不得分": a sentence with no punctuation.
 * At `at` (an ideograph) right after a verb and its points ("得10分"), a
 * new clause starts, unless what follows belongs to the outcome (为止,
 * 封顶, 扣完…).
 */
static int glued_clause(const char *s, size_t start, size_t at, size_t len)
{
    static const char *const verbs[] = { "得", "扣", "计", "记" };
    static const char *const tail[] = { "为止", "封顶", "扣完", "的", "以", "及", "起",
                                        "为", "满", "整", "每" };
    /* "无事故得满分平指标得5分": the whole points in words end a clause as
     * "得10分" does (the same sentence with 满分 for the item's 10 points
     * read "无事故得满分平指标" as the condition of 得5分, a silent wrong
     * found by tests/rules/test_variants.py) */
    static const char *const whole[] = { "得满分", "计满分", "记满分", "给满分" };
    size_t e = at;
    while (e > start && s[e - 1] == ' ') e--;
    for (size_t k = 0; k < JX_RWORDS(whole); k++) {
        size_t l = strlen(whole[k]), t;
        if (e < start + l || memcmp(s + e - l, whole[k], l) != 0) continue;
        for (t = 0; t < JX_RWORDS(tail); t++)
            if (at + strlen(tail[t]) <= len && memcmp(s + at, tail[t], strlen(tail[t])) == 0) break;
        return t == JX_RWORDS(tail);
    }
    if (!ends_with_points(s, start, at) || s[at - 4] < '0' || s[at - 4] > '9') return 0;
    size_t i = at - 3;                       /* before "分": the number, then the verb */
    while (i > start && ((s[i - 1] >= '0' && s[i - 1] <= '9') || s[i - 1] == '.')) i--;
    if (i < start + 3) return 0;
    int verb = 0;
    for (size_t k = 0; k < JX_RWORDS(verbs); k++)
        if (memcmp(s + i - 3, verbs[k], 3) == 0) verb = 1;
    if (!verb) return 0;
    for (size_t k = 0; k < JX_RWORDS(tail); k++) {
        size_t l = strlen(tail[k]);
        if (at + l <= len && memcmp(s + at, tail[k], l) == 0) return 0;
    }
    return 1;
}

/* The bracket before `at` holds only a number or a range: "(50)", "(30-49)". */
static size_t bracket_number(const char *s, size_t start, size_t at)
{
    size_t b = at;
    while (b > start && s[b - 1] == ' ') b--;
    size_t close = b;
    if (b >= start + 1 && s[b - 1] == ')') close = b - 1;
    else if (b >= start + 3 && memcmp(s + b - 3, "）", 3) == 0) close = b - 3;
    else return at;
    size_t i = close;
    while (i > start && ((s[i - 1] >= '0' && s[i - 1] <= '9') || s[i - 1] == '.' || s[i - 1] == '-'))
        i--;
    if (i == close || !(s[i] >= '0' && s[i] <= '9')) return at;
    if (i >= start + 1 && s[i - 1] == '(') return i - 1;
    if (i >= start + 3 && memcmp(s + i - 3, "（", 3) == 0) return i - 3;
    return at;
}

/* "完成50%及以上(50)完成30%及以上(30-49)": a column of points in brackets, no separator. */
static int after_bracket_number(const char *s, size_t start, size_t at)
{
    size_t open = bracket_number(s, start, at);
    /* "本指标(2)-(4)项不得分": item numbers, the unit 项 goes with them */
    return open < at && open > start && memcmp(s + at, "项", strlen("项")) != 0;
}

/*
 * "在职人员控制率=(在职人员数/编制数)×100%": a rate defined as a ratio in
 * brackets times 100 % (the × may be lost: "(…/…)100%"), nothing else: a
 * definition, no score.  1 when s[a..b) is exactly that.
 */
static int pct_definition(const char *s, size_t a, size_t b)
{
    jx_trim(s, &a, &b);
    size_t eq = find_word(s, a, b, "=");
    if (eq == b || eq < a + 3 || memcmp(s + eq - 3, "率", 3) != 0 || contains_digit(s, a, eq))
        return 0;
    jx_cur c;
    jx_cur_init(&c, s, eq, b);
    jx_cur_word(&c, "=");
    if (!jx_cur_word(&c, "(")) return 0;
    size_t in = c.pos;
    while (!jx_cur_eof(&c) && !jx_cur_word(&c, ")")) jx_cur_next(&c);
    /* "(单位期末资产÷单位期初资产)×100%" (bpc04-04) divides as "/" does */
    if ((!contains(s, in, c.pos, "/") && !contains(s, in, c.pos, "÷")) || contains_digit(s, in, c.pos))
        return 0;
    if (!jx_cur_word(&c, "×")) jx_cur_word(&c, "*");
    double v;
    char unit[16];
    return read_number(&c, &v) && v == 100 && read_unit(&c, unit, sizeof unit) == 1 &&
           unit[0] == '\0' && at_end(&c);
}

/* "…=(在职人员数/编制数)100%小于或等于1计5分": a bound word glued to a definition. */
static int after_definition(const char *s, size_t start, size_t at, size_t len)
{
    if (!pct_definition(s, start, at)) return 0;
    for (size_t i = 0; i < jx_rw_bound_prefix_n; i++) {
        jx_cur c;
        size_t end = at + strlen(jx_rw_bound_prefix[i].word) + 8;
        jx_cur_init(&c, s, at, end < len ? end : len);   /* never past the text */
        if (jx_cur_word(&c, jx_rw_bound_prefix[i].word)) return 1;
    }
    return 0;
}

/*
 * A row of a table run together (ruletext_rows.h): "…完好率<90% 0" is the
 * condition and its points column; the points are the outcome.
 */
static void row_points(const char *s, raw *r)
{
    double v;
    size_t ce;
    if (r->out != OUT_NONE || !jx_rows_points(s, r->start, r->end, &v, &ce)) return;
    r->out = OUT_POINTS;
    r->value = v;
    r->cstart = r->start;
    r->cend = ce;
    jx_trim(s, &r->cstart, &r->cend);
    drop_filler(s, r);
}

static jx_err cut(reader *rd)
{
    jx_cur c;
    size_t start = 0;
    int rows = jx_rows_layout(rd->s, rd->len);   /* every line break ends a row */
    jx_cur_init(&c, rd->s, 0, rd->len);
    for (;;) {
        size_t at = c.pos;
        uint32_t cp = jx_cur_eof(&c) ? 0 : jx_cur_next(&c);
        if (cp == '<') {                 /* an HTML line break "<br>" */
            jx_cur t = c;
            if (jx_cur_word(&t, "br>") || jx_cur_word(&t, "br/>") || jx_cur_word(&t, "br />")) {
                c = t;
                cp = ';';
            }
        }
        if (cp == '.' && !(at > 0 && jx_is_digit((unsigned char)rd->s[at - 1]) &&
                           jx_is_digit(jx_cur_peek(&c, &(size_t){0}))))
            cp = ';';                    /* a full stop typed as "." */
        if (cp == 0x3002 && ideo_point(rd->s, at, rd->len))
            continue;                    /* "扣 0。5 分": the page's decimal point */
        if (at < rd->len && rd->s[at] == '\n' &&
            (rows || ends_with_points(rd->s, start, at) || ends_with_bracket_points(rd->s, start, at)))
            cp = ';';                    /* "查出一项扣1分\n上级检查": a line ending in N分 */
        if (cp == ':' && ends_with_points(rd->s, start, at) && glued_number(rd->s, c.pos, rd->len))
            cp = ';';                    /* "…记录3分:2、填报…": the next item after a colon */
        if ((jx_is_digit(cp) && glued_number(rd->s, at, rd->len) &&
             ends_with_points(rd->s, start, at)) ||
            (cp >= 0x4E00 && cp <= 0x9FFF && (glued_clause(rd->s, start, at, rd->len) ||
                                              after_bracket_number(rd->s, start, at) ||
                                              after_definition(rd->s, start, at, rd->len)))) {
            /* "…扣0.5分2、无销毁清册扣1分": the next item's number, glued on */
            size_t a = start, b = at;
            jx_trim(rd->s, &a, &b);
            if (rd->n == MAX_RAW)
                return refuse(rd, a, b);
            raw *r = &rd->r[rd->n++];
            memset(r, 0, sizeof *r);
            r->start = a;
            r->end = b;
            split_clause(rd->s, r);
            start = at;
            continue;
        }
        if (cp != 0 && !is_sep(cp))
            continue;
        if (cp == ',' && jx_rows_in_quote(rd->s, rd->len, at))
            continue;                    /* "“固定资产台账,卡片式账的登记情况”": one name */
        size_t a = start, b = at;
        jx_trim(rd->s, &a, &b);
        if (a < b) {
            if (rd->n == MAX_RAW)
                return refuse(rd, a, b);
            raw *r = &rd->r[rd->n++];
            memset(r, 0, sizeof *r);
            r->start = a;
            r->end = b;
            split_clause(rd->s, r);
            if (rows) row_points(rd->s, r);
        }
        if (cp == 0)
            break;
        start = c.pos;
    }
    return rd->n ? JX_OK : refuse_code(rd, JX_ERR_EMPTY, 0, rd->len);
}

/* --- Notes and formulas ------------------------------------------------- */

/* A rank lead in one of the clauses before r ("按排位打分"). */
static int rank_lead_before(const reader *rd, const raw *r)
{
    for (const raw *p = rd->r; p < r; p++)
        if (jx_rt_rank_lead(rd->s, p->start, p->end)) return 1;
    return 0;
}

/* "满分10分", "总分5分", "（2分）", "分值10分": the points, no rule. */
static int read_points_note(const char *s, size_t a, size_t b, double *pts)
{
    static const char *const lead[] = { "满分为", "满分", "总分", "分值为",
                                        "分值", "本项", "该项", "共", "(" };
    for (size_t i = 0; i < JX_RWORDS(lead); i++) {
        jx_cur c;
        jx_cur_init(&c, s, a, b);
        double v;
        if (jx_cur_word(&c, lead[i]) && read_number(&c, &v) && expect(&c, "分")) {
            expect(&c, ")");
            if (at_end(&c)) { *pts = v; return 1; }
        }
    }
    return 0;
}

/*
 * An item heading with its points: "业务办理（1分）", "出租屋巡查2分": a
 * text with no digit, no rule word, then N分 (in brackets or not).
 */
static int heading_points(const char *s, size_t a, size_t b, double *pts)
{
    static const char *const rule_words[] = { "得", "扣", "不", "未",
                                              "每", "低", "高", "超", "少", "多", "达",
                                              "减", "依次", "递", "按" };
    /* 加 计 记 are outcome verbs right before the number ("加2分"), words
     * elsewhere ("参加河长制相关会议（2分", "查看相关会议记录（3分") */
    static const char *const verbs[] = { "加", "计", "记" };
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    size_t num_at = b;
    while (!jx_cur_eof(&c)) {
        size_t at = c.pos;
        uint32_t cp = jx_cur_next(&c);
        if (jx_is_digit(cp) || cp == '(') { num_at = at; break; }
    }
    if (num_at == b || num_at == a) return 0;
    {
        /* "是否按委托协议开展采购活动(5分)": a question never scores */
        jx_cur q;
        jx_cur_init(&q, s, a, b);
        if (jx_cur_word(&q, "是否") && !contains_digit(s, a, num_at) &&
            !contains_any(s, a, b, jx_rw_vague, jx_rw_vague_n)) {
            jx_cur_init(&c, s, num_at, b);
            double v;
            if (jx_cur_word(&c, "(") && read_number(&c, &v) && expect(&c, "分") &&
                expect(&c, ")") && at_end(&c)) {
                *pts = v;
                return 1;
            }
            return 0;
        }
    }
    static const char *const formula[] = { "/", "÷", "×", "\\times", "*", "=", "率",
                                           "比例", "乘" };
    if (contains_any(s, a, num_at, rule_words, JX_RWORDS(rule_words)) ||
        contains_any(s, a, b, formula, JX_RWORDS(formula)))
        return 0;
    {
        size_t x = a, y = num_at;
        jx_trim(s, &x, &y);
        for (size_t i = 0; i < JX_RWORDS(verbs); i++)
            if (y >= x + 3 && memcmp(s + y - 3, verbs[i], 3) == 0) return 0;
        for (size_t i = 0; i < JX_RWORDS(verbs); i++) {   /* "加分（2分）", "计分" */
            size_t at = find_word(s, x, y, verbs[i]);
            if (at < y && at + 6 <= y && memcmp(s + at + 3, "分", 3) == 0) return 0;
        }
    }
    jx_cur_init(&c, s, num_at, b);
    int paren = jx_cur_word(&c, "(");
    double v;
    if (!read_number(&c, &v) || !expect(&c, "分")) return 0;
    /* "查看相关会议记录（3分，少一次扣1分）" cut at the comma: the bracket
     * closes in a later clause */
    if (paren && !expect(&c, ")") && contains(s, a, b, ")")) return 0;
    if (!at_end(&c)) return 0;
    *pts = v;
    return 1;
}

/* "按照本年度新培育总数依次排名", "根据近三年学生数的增减情况": what the
 * scoring looks at, no score. */
static int ranking_lead(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    if (!(jx_cur_word(&c, "按照") || jx_cur_word(&c, "根据") || jx_cur_word(&c, "依据")) ||
        contains_digit(s, a, b))
        return 0;
    size_t x = a, y = b;
    jx_trim(s, &x, &y);
    return y >= x + 6 && (memcmp(s + y - 6, "排名", 6) == 0 || memcmp(s + y - 6, "排序", 6) == 0 ||
                          memcmp(s + y - 6, "情况", 6) == 0);   /* "根据…的增减情况" */
}

/*
 * "按照《xx市突发公共事件总体应急预案》": the whole clause names the document
 * the work follows (按照 / 根据 / 依据 / 依照 / 遵照, a title in 《》, at
 * most 的要求 / 要求 / 规定 / 的规定 after it): the basis of the criterion,
 * no score.  Digits inside the title ("《2007年…办法》") are its name.
 */
static int basis_lead(const char *s, size_t a, size_t b)
{
    static const char *const lead[] = { "按照", "根据", "依据", "依照", "遵照", "按" };
    static const char *const tail[] = { "的要求", "的规定", "要求", "规定" };
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    size_t i;
    for (i = 0; i < JX_RWORDS(lead); i++)
        if (jx_cur_word(&c, lead[i])) break;
    if (i == JX_RWORDS(lead)) return 0;
    jx_cur_skip_space(&c);
    if (!jx_cur_word(&c, "《")) return 0;
    size_t close = find_word(s, c.pos, b, "》");
    if (close == b || contains(s, c.pos, close, "《")) return 0;
    jx_cur_init(&c, s, close, b);
    jx_cur_word(&c, "》");
    for (i = 0; i < JX_RWORDS(tail); i++)
        if (expect(&c, tail[i])) break;
    return at_end(&c);
}

/*
 * A remark in brackets, the whole clause: "（每次宣传培训不能重复统计）" —
 * no number, no score, nothing vague: how to count, not what it scores.
 */
static int remark(const reader *rd, const raw *r)
{
    const char *s = rd->s;
    size_t a = r->start, b = r->end;
    jx_cur c;
    static const char *const scoring[] = { "分", "扣", "得", "计分", "记分", "不计", "酌情",
                                           "视", "加" };
    if (!r->bracketed) {
        jx_cur_init(&c, s, a, b);
        if (!jx_cur_word(&c, "(")) return 0;
        size_t close = find_word(s, c.pos, b, ")");
        if (close == b) return 0;
        jx_cur_init(&c, s, close, b);
        jx_cur_word(&c, ")");
        if (!at_end(&c)) return 0;
    }
    return !contains_digit(s, a, b) &&
           !contains_any(s, a, b, scoring, JX_RWORDS(scoring)) &&
           !contains_any(s, a, b, jx_rw_vague, jx_rw_vague_n);
}

/*
 * The definition of the measure: "总体工作完成率=已完成的数量/工作总数量"
 * (a name ending in 率, "=", a ratio in words, no number): the actual is
 * that rate, the clause gives no score.
 */
static int definition(const char *s, size_t a, size_t b)
{
    size_t eq = find_word(s, a, b, "=");
    if (eq == b || contains_digit(s, a, b) || !contains(s, eq, b, "/")) return 0;
    size_t x = a, y = eq;
    jx_trim(s, &x, &y);
    if (y < x + 3 || memcmp(s + y - 3, "率", 3) != 0) return 0;
    static const char *const ops[] = { "×", "*", "+", "-", "得分", "分值", "(", ")" };
    return !contains_any(s, a, b, ops, JX_RWORDS(ops));
}

/*
 * "该指标主要考核项目目标依据的充分性。" (bpf06): the indicator, a verb of
 * measuring, what it measures; no number and no score word.  "本项指标不得分"
 * is no such note (no verb of measuring), and neither is a clause with a
 * score word ("充分性" is none).
 */
static int about_note(const char *s, size_t a, size_t b)
{
    static const char *const score_words[] = { "得分", "计分", "记分", "扣", "加分", "满分",
                                               "不得", "分值", "赋分" };
    if (contains_digit(s, a, b) || contains_any(s, a, b, score_words, JX_RWORDS(score_words)))
        return 0;
    for (size_t i = 0; i < jx_rw_about_subject_n; i++) {
        jx_cur c;
        jx_cur_init(&c, s, a, b);
        if (!jx_cur_word(&c, jx_rw_about_subject[i])) continue;
        for (size_t k = 0; k < jx_rw_about_verb_n; k++) {
            jx_cur v = c;
            if (jx_cur_word(&v, jx_rw_about_verb[k]) && !at_end(&v)) return 1;
        }
    }
    return 0;
}

/*
 * The whole clause names where the data or evidence comes from: no number,
 * a word of jx_rw_source, and the clause is that note from its start (in
 * brackets, or opening with 以 / 依据 / 加分依据…): "(收入以國庫科提供的數據
 * 為準)", "加分依据为考核年度内下达的表彰文件".  "…发放的(以…为准)" is a
 * condition with a remark, not a note.
 */
static int source_note(const reader *rd, const raw *r)
{
    static const char *const lead[] = { "(", "以", "依据", "依據", "加分依据", "扣分依据",
                                        "评分依据", "计分依据", "数据以", "數據以" };
    const char *s = rd->s;
    if (contains_digit(s, r->start, r->end) ||
        !contains_any(s, r->start, r->end, jx_rw_source, jx_rw_source_n) ||
        contains_any(s, r->start, r->end, jx_rw_vague, jx_rw_vague_n))
        return 0;
    if (r->bracketed) return 1;
    for (size_t i = 0; i < JX_RWORDS(lead); i++) {
        jx_cur c;
        jx_cur_init(&c, s, r->start, r->end);
        if (jx_cur_word(&c, lead[i])) return 1;
    }
    return 0;
}

/*
 * A clause with no score: 以100%为标准 / 根据…计分 / 满分10分 / 不足1个百分点
 * 的按1个百分点计 / 按比例扣分 / 以此类推 (only next to steps, checked later).
 */
static int read_note(reader *rd, raw *r)
{
    const char *s = rd->s;
    double pts;
    static const char *const ceil_words[] = { "按1个百分点计", "按一个百分点计",
                                              "按1个百分点扣", "按一档计",
                                              "按1档计", "按一个百分点扣" };
    if (r->out != OUT_NONE)
        return 0;
    if (read_points_note(s, r->start, r->end, &pts) && pts > rd->total)
        rd->total = pts;
    if (read_points_note(s, r->start, r->end, &pts) ||
        heading_points(s, r->start, r->end, &pts)) {
        jx_cur c;
        jx_cur_init(&c, s, r->start, r->end);
        r->heading = jx_cur_word(&c, "(") || read_points_note(s, r->start, r->end, &r->hpts) ? 2 : 1;
        r->hpts = pts;
        if (pts > rd->rule->stated_points) rd->rule->stated_points = pts;
        return 1;
    }
    {
        jx_cur c;
        jx_cur_init(&c, s, r->start, r->end);
        if ((jx_cur_word(&c, "满分为止") || jx_cur_word(&c, "以满分为限")) && at_end(&c))
            return 1;
        if (jx_rt_cap_at_points(s, r->start, r->end))
            return 1;                    /* "最高不得超过分值上限": the clamp at P */
        jx_cur_init(&c, s, r->start, r->end);
        double v;
        if (read_number(&c, &v) && at_end(&c))
            return 1;                    /* a list number left alone ("1.") */
    }
    if (pct_definition(s, r->start, r->end)) rd->pct_defined = 1;
    if (definition(s, r->start, r->end) || pct_definition(s, r->start, r->end) || remark(rd, r) ||
        ranking_lead(s, r->start, r->end) || basis_lead(s, r->start, r->end))
        return 1;
    if (source_note(rd, r))
        return 1;                        /* "以记录为准": where the data comes from */
    if (about_note(s, r->start, r->end))
        return 1;                        /* "该指标主要考核…": what it measures */
    if (contains(s, r->start, r->end, "为标准") || contains(s, r->start, r->end, "为准")) {
        jx_cur c;
        jx_cur_init(&c, s, r->start, r->end);
        return jx_cur_word(&c, "以");
    }
    if (contains(s, r->start, r->end, "不足") &&
        contains_any(s, r->start, r->end, ceil_words, JX_RWORDS(ceil_words))) {
        rd->partial = JX_STEP_CEIL;
        return 1;
    }
    {
        jx_cur c;
        jx_cur_init(&c, s, r->start, r->end);
        if ((jx_cur_word(&c, "根据") || jx_cur_word(&c, "按照") || jx_cur_word(&c, "依据") ||
             jx_rt_basis_after_subject(s, r->start, r->end)) &&
            !contains_digit(s, r->start, r->end) &&
            (contains(s, r->start, r->end, "计分") || contains(s, r->start, r->end, "评分") ||
             contains(s, r->start, r->end, "打分") || contains(s, r->start, r->end, "得分") ||
             contains(s, r->start, r->end, "赋分"))) {
            jx_cur t;
            jx_cur_init(&t, s, r->start, r->end);
            /* "根据…按比例计分" is a formula, not a note. */
            if (0) (void)t;
            return !contains(s, r->start, r->end, "比例") && !contains(s, r->start, r->end, "比重");
        }
    }
    if (jx_rt_rank_lead(s, r->start, r->end)) return 1;   /* "按排位打分" (g11) */
    return jx_rt_report_note(s, r->start, r->end);   /* "下同", "遇节假日顺延" (g11) */
}

/*
 * "得分值=建设质量合格率×20", "得分(20分*执行率)": a rate times N points
 * (at most N; "超过100%以100%计算" says the same).
 */
static int rate_times(const char *s, size_t a, size_t b, jx_rout *o)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    if (!(jx_cur_word(&c, "得分值=") || jx_cur_word(&c, "得分=") || jx_cur_word(&c, "得分(") ||
          jx_cur_word(&c, "得分值 =") || jx_cur_word(&c, "得分 =")))
        return 0;
    /* "得分=指标实际完成值X15": the rate defined in the clause before */
    if (!contains(s, c.pos, b, "率") && !contains(s, c.pos, b, "完成值")) return 0;
    static const char *const terms[] = { "+", "-", "−", "÷", "/" };
    if (contains_any(s, c.pos, b, terms, JX_RWORDS(terms)))
        return 0;                               /* "得分=(1-调整率)×20": no rate × N */
    static const char *const times[] = { "×", "*", "X" };
    int ntimes = 0;
    for (size_t i = 0; i < JX_RWORDS(times); i++)
        if (contains(s, c.pos, b, times[i])) ntimes++;
    if (ntimes != 1) return 0;
    for (size_t i = 0; i < JX_RWORDS(times); i++) {
        size_t at = find_word(s, c.pos, b, times[i]);
        if (at == b) continue;
        jx_cur t;
        double v;
        jx_cur_init(&t, s, at, b);
        jx_cur_word(&t, times[i]);
        if (read_number(&t, &v)) {              /* rate × N */
            expect(&t, "分");
            expect(&t, ")");
            if (at_end(&t)) { o->value = v; return 1; }
        }
        jx_cur_init(&t, s, c.pos, at);          /* N分 * rate */
        if (read_number(&t, &v) && expect(&t, "分") && at_end(&t)) {
            o->value = v;
            return 1;
        }
    }
    return 0;
}

/*
 * Before the "×" of a ratio formula: one ratio A/B and nothing else, its
 * brackets balanced.  "1-10×A/B))*分值" (brackets lost, a term before the
 * ratio) is no ratio: read as A/B × P it would score 0.02 for 9.8.
 */
static int one_ratio(const char *s, size_t a, size_t b)
{
    static const char *const ops[] = { "×", "\\times", "*", "+", "-", "−", "乘" };
    int depth = 0;
    jx_cur c;
    if (contains_any(s, a, b, ops, JX_RWORDS(ops)))
        return 0;
    jx_cur_init(&c, s, a, b);
    while (!jx_cur_eof(&c)) {
        uint32_t cp = jx_cur_next(&c);
        if (cp == '(') depth++;
        if (cp == ')' && --depth < 0) return 0;
    }
    return depth == 0;
}

/* The words that make a clause a proportion of the points (read_ratio). */
static const char *const ratio_prop[] = { "按完成比例计", "按完成比例得分",
                                          "按比例计分", "按比例得分", "按实际完成比例",
                                          "按完成比例", "按比例计算得分", "按比例扣分",
                                          "的比重计算得分", "的比重计分" };

/*
 * "设备完好率≥90% 按比例计算得分": a number before the proportion words is
 * a bound the proportion holds under, not part of it.  Read as a ratio for
 * every actual, 85 % scored 8.5 of 10 where the table's next row gives 0
 * (bpc04-01).  read_ratio leaves such a clause to bounded_proportion.
 */
static size_t prop_words_at(const char *s, size_t a, size_t b,
                            const char *const *prop, size_t nprop)
{
    size_t first = b;
    for (size_t i = 0; i < nprop; i++) {
        size_t at = find_word(s, a, b, prop[i]);
        if (at < first) first = at;
    }
    return first;
}

static int bound_before_prop(const char *s, size_t a, size_t b,
                             const char *const *prop, size_t nprop)
{
    return contains_digit(s, a, prop_words_at(s, a, b, prop, nprop));
}

/* "A/B×4分", "得分=实际/计划×分值", "按完成比例计分": a ratio clause. */
static int read_ratio(const reader *rd, const raw *r, jx_rout *o)
{
    static const char *const times[] = { "×", "\\times", "*", "乘以", "乘", "x" };
    const char *const *prop = ratio_prop;
    const char *s = rd->s;
    size_t a = r->start, b = r->end;
    memset(o, 0, sizeof *o);
    o->kind = JX_RO_RATIO;
    if (contains_any(s, a, b, prop, JX_RWORDS(ratio_prop)))
        return !bound_before_prop(s, a, b, prop, JX_RWORDS(ratio_prop));
    if (rate_times(s, a, b, o))
        return 1;
    if (jx_rt_rate_times_points(s, a, b))     /* "得分=资金到位率*该项指标分值" */
        return 1;
    if (!contains(s, a, b, "/") && !contains(s, a, b, "÷"))
        return 0;
    for (size_t i = 0; i < JX_RWORDS(times); i++) {
        size_t at = find_word(s, a, b, times[i]);
        if (at == b) continue;
        if (!one_ratio(s, a, at)) return 0;
        jx_cur c;
        double v;
        jx_cur_init(&c, s, at, b);
        jx_cur_word(&c, times[i]);
        jx_cur t = c;
        if (read_number(&t, &v) && expect(&t, "分") && at_end(&t)) {
            o->value = v;
            return 1;
        }
        t = c;
        jx_cur_skip_space(&t);
        if ((jx_cur_word(&t, "分值") || jx_cur_word(&t, "该项分值") ||
             jx_cur_word(&t, "权重分") || jx_cur_word(&t, "指标分值")) && at_end(&t))
            return 1;
    }
    return 0;
}

/* The factor k of "调整率×10" or "10×调整率" inside the brackets, or 0. */
static int linear_factor(const char *s, size_t a, size_t b, double *k)
{
    static const char *const times[] = { "×", "*" };
    jx_cur c;
    for (size_t i = 0; i < JX_RWORDS(times); i++) {
        size_t at = find_word(s, a, b, times[i]);
        if (at == b) continue;
        jx_cur_init(&c, s, at, b);           /* "调整率×10" */
        jx_cur_word(&c, times[i]);
        if (read_number(&c, k) && at_end(&c) && !contains_digit(s, a, at)) return 1;
        jx_cur_init(&c, s, a, at);           /* "10×调整率" (its name may be A/B) */
        if (read_number(&c, k) && at_end(&c) && !contains_digit(s, at, b) &&
            one_ratio(s, at + strlen(times[i]), b))
            return 1;
    }
    return 0;
}

/*
 * "(1-调整率×10)×分值", "得分=(1-10×调剂金额/预算数)×分值": score =
 * (1 − k·x) × P.  Only "得分=" (or nothing) may come before the bracket.
 */
static int lost_brackets(const reader *rd, const raw *r, jx_rout *o);

static int read_linear(const reader *rd, const raw *r, jx_rout *o)
{
    const char *s = rd->s;
    size_t open = find_word(s, r->start, r->end, "(1-");
    if (open == r->end) return lost_brackets(rd, r, o);
    size_t close = find_word(s, open, r->end, ")");
    if (close == r->end) return 0;
    {
        size_t x = r->start, y = open;
        jx_trim(s, &x, &y);
        if (x < y && !(y > x && s[y - 1] == '=')) return 0;
        if (x < y && (contains_digit(s, x, y) || !contains(s, x, y, "得分"))) return 0;
    }
    jx_cur c;
    double k;
    jx_cur_init(&c, s, open, close);
    jx_cur_word(&c, "(1-");
    if (!linear_factor(s, c.pos, close, &k) || !(k > 0)) return 0;
    jx_cur_init(&c, s, close, r->end);
    jx_cur_word(&c, ")");
    if (!expect(&c, "×") && !expect(&c, "*")) return 0;
    jx_cur_skip_space(&c);
    if (!(jx_cur_word(&c, "指标分值") || jx_cur_word(&c, "该项分值") ||
          jx_cur_word(&c, "分值")) || !at_end(&c))
        return 0;
    memset(o, 0, sizeof *o);
    o->kind = JX_RO_LINEAR;
    o->a = 1;
    o->b = -k;
    return 1;
}

/* A clause that scores by itself as a ratio or formula, or a proportion
 * inside a bound (bounded_proportion): never a condition of the next one. */
static int ratio_like(const reader *rd, const raw *r, jx_rout *o)
{
    return read_ratio(rd, r, o) || read_linear(rd, r, o) ||
           contains_any(rd->s, r->start, r->end, ratio_prop, JX_RWORDS(ratio_prop));
}

/* --- Conditions --------------------------------------------------------- */

/* One side of a bound: number, unit, and markers （含）/（不含）. */
static int read_side(jx_cur *c, double *v, int *pct, char *unit, int *incl)
{
    expect(c, "±");                     /* "±10-±15%": the second side's sign */
    if (!read_number(c, v)) return 0;
    *pct = read_unit(c, unit, 16);
    if (*pct) *v /= 100.0;
    *incl = -1;
    if (expect(c, "(含)") || expect(c, "(含本数)")) *incl = 1;
    else if (expect(c, "(不含)")) *incl = 0;
    return 1;
}

/*
 * "或<-40%" after ">40%": the same bound on the other side of 0, so the two
 * are one bound on |x| (cmp GT or GE, the mirror LT or LE).  Advances c.
 */
static int mirror_bound(jx_cur *c, int cmp, double v, int pct, const char *unit)
{
    jx_cur t = *c;
    if (!expect(&t, "或")) return 0;
    size_t i;
    for (i = 0; i < jx_rw_bound_prefix_n; i++)
        if (jx_cur_word(&t, jx_rw_bound_prefix[i].word)) break;
    if (i == jx_rw_bound_prefix_n) return 0;
    int m = jx_rw_bound_prefix[i].code;
    if (!((cmp == RW_GT && m == RW_LT) || (cmp == RW_GE && m == RW_LE))) return 0;
    double w;
    int p, incl;
    char u[16];
    if (!(expect(&t, "-") || expect(&t, "−")) || !read_side(&t, &w, &p, u, &incl) ||
        p != pct || strcmp(u, unit) != 0 || fabs(w - v) > 1e-12)
        return 0;
    *c = t;
    return 1;
}

/* "不低于总数的20%": the base of a share ("总数的", "年度任务的") is skipped. */
static void skip_of_total(jx_cur *c)
{
    static const char *const of[] = { "总数的", "总量的", "总人数的", "年度任务的",
                                      "计划的", "目标的", "任务的", "年度任务",
                                      "上年的", "应完成数的" };
    for (size_t i = 0; i < JX_RWORDS(of); i++) {
        jx_cur t = *c;
        jx_cur_skip_space(&t);
        if (jx_cur_word(&t, of[i])) { *c = t; return; }
    }
}

/* A numeral and a unit at c: "两次", "三项" (a quantity in words). */
static int numeral_unit(jx_cur c)
{
    for (size_t i = 0; i < jx_rw_numerals_n; i++) {
        jx_cur t = c;
        if (!jx_cur_word(&t, jx_rw_numerals[i].word)) continue;
        char unit[16];
        if ((read_unit(&t, unit, sizeof unit) || unit[0] != '\0') &&
            !jx_cur_word(&t, "性"))       /* "一次性到位": an adverb, no quantity */
            return 1;
    }
    return 0;
}

/* The digits ending at `end` are a year: four of them, 19xx or 20xx, then 年. */
static int year_at(const char *s, size_t a, size_t end, size_t b)
{
    if (end < a + 4 || (end > a + 4 && s[end - 5] >= '0' && s[end - 5] <= '9') ||
        !((s[end - 4] == '1' && s[end - 3] == '9') || (s[end - 4] == '2' && s[end - 3] == '0')))
        return 0;
    jx_cur t;
    jx_cur_init(&t, s, end, b);
    t.exact = 1;
    return jx_cur_word(&t, "年");
}

static int has_quantity(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    while (!jx_cur_eof(&c)) {
        if (numeral_unit(c)) return 1;
        if (jx_is_digit(jx_cur_next(&c))) {
            /* "财政部84号令", "〔2018〕34号": a document's number, no quantity */
            while (!jx_cur_eof(&c) && jx_is_digit(jx_cur_peek(&c, &(size_t){0}))) jx_cur_next(&c);
            jx_cur t = c;
            if (jx_cur_word(&t, "号")) { c = t; continue; }
            if (year_at(s, a, c.pos, b)) continue;   /* "XX市2009年产业发展导向目录": a date */
            return 1;
        }
    }
    return 0;
}

/* Units of things counted one by one: a range of them includes both ends. */
static int counted(const char *unit)
{
    static const char *const u[] = { "名", "次", "天", "日", "个", "项", "人",
                                     "件", "例", "起", "家", "户", "条", "篇",
                                     "份", "人次", "岁" };
    for (size_t i = 0; i < JX_RWORDS(u); i++)
        if (strcmp(unit, u[i]) == 0) return 1;
    return 0;
}

static int read_bound(const char *s, size_t a, size_t b, cond *cd);

/*
 * A character a PDF or web page put where a comparison sign was lost
 * ("变动率Q0" for "变动率≦0", "控制率?100%"): a lone Latin letter or a
 * question mark glued to the number.  Read as a bare bound it would mean
 * "at least", which is a guess: the bound is refused.
 */
static int garbled_before(const char *s, size_t a, size_t at)
{
    while (at > a && s[at - 1] == ' ') at--;
    if (at == a) return 0;
    unsigned char ch = (unsigned char)s[at - 1];
    int letter = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
    if (ch == '?') return 1;
    if (!letter) return 0;
    if (at - 1 == a) return 1;
    unsigned char pr = (unsigned char)s[at - 2];
    return !((pr >= 'A' && pr <= 'Z') || (pr >= 'a' && pr <= 'z'));  /* not "PM2.5" */
}

/* Characters that stand for something lost in conversion (U+FFFD, □). */
static int has_lost_char(const char *s, size_t a, size_t b)
{
    static const char *const lost[] = { "\xEF\xBF\xBD", "□", "?" };
    return contains_any(s, a, b, lost, JX_RWORDS(lost));
}

/* A comparison word (≥, 以上, 低于 …) anywhere in s[a..b). */
static int has_cmp_word(const char *s, size_t a, size_t b)
{
    for (size_t k = 0; k < jx_rw_bound_prefix_n; k++)
        if (strcmp(jx_rw_bound_prefix[k].word, "为") != 0 &&
            contains(s, a, b, jx_rw_bound_prefix[k].word))
            return 1;
    for (size_t k = 0; k < jx_rw_bound_suffix_n; k++)
        if (contains(s, a, b, jx_rw_bound_suffix[k].word))
            return 1;
    return 0;
}

/*
 * "固定资产价值大于10万元设备完好率100%": after the qualifier, a subject
 * (starting with an ideograph, no blank before it) and one number, the
 * bare bound of "设备完好率100%" (at least).  "保值率≥1 20" has no subject
 * before its second number: that is a points column, not a bound.
 */
static int subject_then_number(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    uint32_t first = jx_cur_next(&c);
    if (!(first >= 0x4E00 && first <= 0x9FFF)) return 0;
    int runs = 0, prev_digit = 0;
    for (size_t i = a; i < b; i++) {
        int d = (s[i] >= '0' && s[i] <= '9') || (prev_digit && s[i] == '.');
        if (d && !prev_digit) runs++;
        prev_digit = d;
    }
    return runs == 1;
}

/* At most one qualifier before the bound ("35岁及以下的…不低于80%"). */
static int depth_ok(cond *cd)
{
    return cd->retries++ < 1;
}

static int counted_noun(const char *s, size_t a, size_t b);
static int measured_noun(const char *s, size_t a, size_t b);

/* Read a bound in s[a..b); 0 = no bound here, -1 = unreadable, 1 = read. */
static int read_bound(const char *s, size_t a, size_t b, cond *cd)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    int cmp = 0, skipped_word = 0, ordinal = 0;
    size_t subject_end = b;
    while (!jx_cur_eof(&c)) {
        size_t at = c.pos;
        size_t i;
        for (i = 0; i < jx_rw_bound_prefix_n; i++) {
            jx_cur t = c;
            if (jx_cur_word(&t, jx_rw_bound_prefix[i].word)) {
                skip_of_total(&t);
                jx_cur u = t;
                double v;
                if (!read_number(&u, &v)) {     /* "至少进行2次": the doing verb between */
                    for (size_t k = 0; k < jx_rw_count_verb_n; k++) {
                        jx_cur w = t, x;
                        if (jx_cur_word(&w, jx_rw_count_verb[k]) && (x = w, read_number(&x, &v))) {
                            t = w;
                            break;
                        }
                    }
                }
                u = t;
                if (!read_number(&u, &v)) {
                    skipped_word = 1;   /* "达到上年水平": no bound here */
                    continue;
                }
                cmp = jx_rw_bound_prefix[i].code;
                c = t;
                subject_end = at;
                break;
            }
        }
        if (cmp) break;
        jx_cur t = c;
        if (jx_cur_word(&t, "第")) {         /* "第1名": exactly that rank */
            jx_cur u = t;
            double v;
            if (read_number(&u, &v)) {
                /* "第2-5名": the ranks of a range, read as "2-5名" */
                int range = expect(&u, "-") || expect(&u, "—") || expect(&u, "–") ||
                            expect(&u, "~") || expect(&u, "至") || expect(&u, "到");
                cmp = range ? 0 : RW_EQ;
                c = t;
                subject_end = at;
                ordinal = 1;
                break;
            }
        }
        t = c;
        uint32_t cp = jx_cur_next(&t);
        if (jx_is_digit(cp) || numeral_unit(c)) { subject_end = at; break; }
        c = t;
    }
    /* "高于各地区平均占比加5%": a comparison word whose bound is not the number */
    if (skipped_word && subject_end < b && !cmp)
        return -1;
    if (subject_end == b)
        return 0;
    /* A negation right before the bound would flip it: not certain. */
    static const char *const neg[] = { "不", "未", "非", "没", "无" };
    for (size_t i = 0; i < JX_RWORDS(neg); i++) {
        size_t l = strlen(neg[i]);
        if (subject_end >= a + l && memcmp(s + subject_end - l, neg[i], l) == 0)
            return -1;
    }
    int bare = !cmp;                      /* no comparison word before the number */
    {                                     /* "±10%以内": a bound on the size */
        size_t x = a, y = subject_end;
        jx_trim(s, &x, &y);
        cd->pm = y >= x + 2 && memcmp(s + y - 2, "±", 2) == 0;
    }
    double v1, v2;
    int p1, p2, i1, i2;
    char u1[16], u2[16];
    jx_rcond *rc = &cd->rc;
    memset(rc, 0, sizeof *rc);
    rc->kind = JX_RC_RANGE;
    if (!read_side(&c, &v1, &p1, u1, &i1)) return -1;
    static const char *const dash[] = { "-", "—", "–", "~", "～", "至", "到" };
    size_t k;
    for (k = 0; k < JX_RWORDS(dash); k++)
        if (expect(&c, dash[k])) break;
    if (k < JX_RWORDS(dash)) {
        if (cd->pm) expect(&c, "±");      /* "±20%-±30%": the sign written twice */
        if (cmp || !read_side(&c, &v2, &p2, u2, &i2)) return -1;
        if (!p1 && u1[0] == '\0') { p1 = p2; if (p2) v1 /= 100.0; snprintf(u1, 16, "%s", u2); }
        if (u1[0] == '\0' && u2[0] != '\0') snprintf(u1, 16, "%s", u2);
        if (p1 != p2 || strcmp(u1, u2) != 0) return -1;
        if (v1 > v2) { double t = v1; v1 = v2; v2 = t; int ti = i1; i1 = i2; i2 = ti; }
        if (cd->pm && i1 < 0 && i2 < 0 && (expect(&c, "以内") || expect(&c, "之间"))) {
            i1 = 0;                       /* "±10-15%以内" after "±10%以内": (10%, 15%] */
            i2 = 1;
        }
        rc->has_lo = rc->has_hi = 1;
        rc->lo = v1;
        rc->hi = v2;
        if (i1 < 0 && i2 < 0 && counted(u1) && v1 == floor(v1) && v2 == floor(v2)) {
            rc->lo_incl = rc->hi_incl = 1;     /* "6-10名", "3-5次": both ends */
        } else if (i1 < 0 && i2 < 0) { rc->lo_incl = 1; rc->hi_incl = 0; rc->unmarked = 3; }
        else if (i1 < 0) { rc->hi_incl = i2; rc->lo_incl = !i2; }
        else if (i2 < 0) { rc->lo_incl = i1; rc->hi_incl = !i1; }
        else { rc->lo_incl = i1; rc->hi_incl = i2; }
    } else {
        int suffix = 0;
        for (k = 0; k < jx_rw_bound_suffix_n; k++)
            if (expect(&c, jx_rw_bound_suffix[k].word)) { suffix = jx_rw_bound_suffix[k].code; break; }
        if (!suffix && cd->pm && expect(&c, "以外"))
            suffix = RW_GT;               /* "±20%以外": beyond it either way */
        else if (!suffix && !cmp && cd->pm && expect(&c, "之间"))
            suffix = RW_LE;               /* "在±20%之间": within it either way */
        else if (!suffix && !cd->pm && (cmp == RW_GT || cmp == RW_GE) && mirror_bound(&c, cmp, v1, p1, u1))
            cd->pm = 1;                   /* ">40%或<-40%": beyond it either way */
        int m = i1;
        if (expect(&c, "(含)")) m = 1;
        else if (expect(&c, "(不含)")) m = 0;
        else {                            /* "70%以下(不含70%)": the bound restated */
            jx_cur t = c;
            int incl = -1;
            double rv;
            char ru[16];
            if (expect(&t, "(")) incl = expect(&t, "不含") ? 0 : expect(&t, "含") ? 1 : -1;
            if (incl >= 0 && read_number(&t, &rv)) {
                int rp = read_unit(&t, ru, sizeof ru);
                if (rp) rv /= 100.0;
                if (rp == p1 && strcmp(ru, u1) == 0 && fabs(rv - v1) < 1e-12 && expect(&t, ")")) {
                    m = incl;
                    c = t;
                }
            }
        }
        if (ordinal && suffix) {          /* "倒数第4名及以上": which way is read_cond's */
            const char *w = jx_rw_bound_suffix[k].word;
            cd->rank_suffix = strstr(w, "以上") ? 1 : strstr(w, "以下") ? 2 : strstr(w, "以后") ? 3 : 4;
            cmp = suffix;
        }
        if (cmp && suffix && cmp != suffix && !((cmp == RW_GT && suffix == RW_GE) ||
                                               (cmp == RW_LT && suffix == RW_LE)))
            return -1;
        if (!cmp && !suffix && v1 == 0)
            return -1;    /* "变动率0,计3分": "at least 0" says nothing; a ≤ or = was lost (bpc01-02) */
        if (!cmp) cmp = suffix ? suffix : RW_GE;       /* a bare number: at least */
        if (m == 0 && cmp == RW_GE) cmp = RW_GT;
        if (m == 0 && cmp == RW_LE) cmp = RW_LT;
        if (m == 1 && cmp == RW_GT) cmp = RW_GE;
        if (m == 1 && cmp == RW_LT) cmp = RW_LE;
        switch (cmp) {
        case RW_GE: rc->has_lo = 1; rc->lo = v1; rc->lo_incl = 1; break;
        case RW_GT: rc->has_lo = 1; rc->lo = v1; rc->lo_incl = 0; break;
        case RW_LE: rc->has_hi = 1; rc->hi = v1; rc->hi_incl = 1; break;
        case RW_LT: rc->has_hi = 1; rc->hi = v1; rc->hi_incl = 0; break;
        default:
            rc->has_lo = rc->has_hi = rc->lo_incl = rc->hi_incl = 1;
            rc->lo = rc->hi = v1;
        }
    }
    if (!only_tail(s, c.pos, b) && !p1 && u1[0] && counted(u1) && !bare &&
        counted_noun(s, c.pos, b)) {
        c.pos = b;                        /* "至少进行2次法制教育宣传": what is counted */
    }
    if (!only_tail(s, c.pos, b) && measured_noun(s, c.pos, b))
        c.pos = b;                        /* "100萬元以上的工業項目": what is measured */
    if (!only_tail(s, c.pos, b)) {
        /* "新进人员中35岁及以下的不低于80%的": the first number qualifies the
         * subject; the bound is the one that reads to the end */
        if (c.pos < b && c.pos > a && depth_ok(cd)) {
            cond again = *cd;
            /* ... with a comparison of its own: "保值率≥1 20" is a bound and
             * the row's points, not a bound of 20 (bpc04-04) */
            if ((has_cmp_word(s, c.pos, b) || subject_then_number(s, c.pos, b)) &&
                read_bound(s, c.pos, b, &again) == 1) {
                *cd = again;
                return 1;
            }
        }
        return -1;
    }
    if (bare && garbled_before(s, a, subject_end))
        return -1;                        /* "变动率Q0": a lost ≦, not "at least" */
    cd->has_bound = 1;
    cd->percent = p1;
    if (v1 == 0 && !p1 && u1[0] == '\0' && !(rc->has_hi && rc->hi != 0))
        cd->percent = -1;                 /* "=0", "≤0": 0 in any unit */
    snprintf(cd->unit, sizeof cd->unit, "%s", u1);
    return 1;
}

/*
 * What a counter counts, after it: "每增加1名人员编制的", "每缺一个行业":
 * a short noun (at most 6 characters, no digit, no rule word), then the
 * tail (的).
 */
static int counted_noun(const char *s, size_t a, size_t b)
{
    static const char *const rule_words[] = { "扣", "得", "加", "分", "低", "高", "超", "少",
                                              "多", "不", "未", "每", "以", "或", "及", "和",
                                              "、", "(", "%" };
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    int chars = 0;
    while (!jx_cur_eof(&c)) {
        if (only_tail(s, c.pos, b)) break;
        for (size_t i = 0; i < JX_RWORDS(rule_words); i++) {
            jx_cur t = c;
            if (jx_cur_word(&t, rule_words[i])) return 0;
        }
        uint32_t cp = jx_cur_next(&c);
        if (jx_is_digit(cp) || cp < 0x3400 || ++chars > 6) return 0;
    }
    return chars > 0;
}

/*
 * What a bound measures, named after it: "100萬元以上的工業項目" (a24-01),
 * "的" and then a short noun as counted_noun reads it (no digit, no rule or
 * denial word) to the clause's end.  The noun says which things the bound
 * is about; it changes no number.
 */
static int measured_noun(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    return jx_cur_word(&c, "的") && counted_noun(s, c.pos, b);
}

static int step_reference_noun(jx_cur *c);

/* A step "每低1个百分点", "每少一项" starting at `at`; -1 unreadable. */
static int read_step_at(const char *s, size_t at, size_t b, const jx_rword *w,
                        cond *cd)
{
    jx_cur c;
    double v;
    jx_cur_init(&c, s, at, b);
    jx_cur_word(&c, w->word);
    if (w->value == 1)                  /* "每延迟拨付1天": the verb of what is late */
        jx_rt_skip_verb(&c);
    for (size_t i = 0; i < jx_rw_step_ref_n; i++)      /* "每超目标两个百分点" */
        if (jx_cur_word(&c, jx_rw_step_ref[i].word)) { cd->step_vs = jx_rw_step_ref[i].code; break; }
    if (!cd->step_vs) {                 /* "每高于全行平均水平0.01个百分点": a reference */
        jx_cur t = c;                   /* the sentence does not give: only the gap */
        if (!read_number(&t, &v) && step_reference_noun(&c))
            cd->step_vs = RW_VS_ELSEWHERE;
    }
    if (!read_number(&c, &v) || !(v > 0))
        return -1;
    cd->step_percent = read_unit(&c, cd->step_unit, sizeof cd->step_unit);
    if (cd->step_percent) v /= 100.0;
    if (!only_tail(s, c.pos, b) &&
        !(cd->step_unit[0] && counted_noun(s, c.pos, b))) {
        size_t alt = jx_rt_or_alternative(s, c.pos, b);   /* "…一个项目或项目填写错误" */
        if (alt == b || !(only_tail(s, c.pos, alt) ||
                          (cd->step_unit[0] && counted_noun(s, c.pos, alt))))
            return -1;
    }
    cd->has_step = 1;
    cd->step = v;
    cd->step_dir = w->code;
    return 1;
}

/* Is there a subject before the step word (not a heading clause)? */
static int has_subject(const char *s, size_t a, size_t at)
{
    size_t x = a, y = at;
    jx_trim(s, &x, &y);
    static const char *const plain[] = { "且", "并", "另", "其中", "凡" };
    for (size_t i = 0; i < JX_RWORDS(plain); i++) {
        jx_cur c;
        jx_cur_init(&c, s, x, y);
        if (jx_cur_word(&c, plain[i]) && at_end(&c)) return 0;
    }
    return x < y;
}

/* "1次", "1天", "1项" (not "10次", not "1.5天"): an occurrence written in digits. */
static int one_unit(const char *s, size_t a, size_t b)
{
    static const char *const occ_units[] = { "次", "天", "日", "个", "项", "处",
                                             "例", "份", "起", "人", "件", "篇",
                                             "条", "家", "户", "宗", "所" };
    jx_cur c;
    uint32_t prev = 0;
    jx_cur_init(&c, s, a, b);
    while (!jx_cur_eof(&c)) {
        uint32_t cp = jx_cur_next(&c);
        if (cp == '1' && !jx_is_digit(prev) && prev != '.') {
            jx_cur t = c;
            uint32_t nx = jx_cur_peek(&t, &(size_t){0});
            if (!jx_is_digit(nx) && nx != '.') {
                jx_cur_skip_space(&t);
                for (size_t i = 0; i < JX_RWORDS(occ_units); i++) {
                    jx_cur u = t;
                    /* "1次以上计3分" is a bound, not an occurrence */
                    if (jx_cur_word(&u, occ_units[i]))
                        return !jx_rf_bound_suffix_at(&u);
                }
            }
        }
        prev = cp;
    }
    return 0;
}

static size_t word_here(const char *s, size_t i, size_t b, const char *const *w, size_t nw)
{
    for (size_t k = 0; k < nw; k++) {
        size_t l = strlen(w[k]);
        if (i + l <= b && memcmp(s + i, w[k], l) == 0) return l;
    }
    return 0;
}

/* "其他单位…", "其余部门…": 其他 / 其余 naming who, before a subject noun. */
static int other_subject(const char *s, size_t a, size_t b)
{
    static const char *const other[] = { "其他", "其余" };
    for (size_t i = a; i < b; i++)
        for (size_t k = 0; k < JX_RWORDS(other); k++) {
            size_t l = strlen(other[k]);
            if (i + l <= b && memcmp(s + i, other[k], l) == 0 &&
                word_here(s, i + l, b, jx_rw_other_subject, jx_rw_other_subject_n))
                return 1;
        }
    return 0;
}

/*
 * "超限率超过4.5%、卸载率低于82%，…分别低于75%、55%、35%的，每项扣5分":
 * 每项 after a list of failures counts the items that failed; the bounds
 * describe each item, they are no threshold on the count.
 */
static int per_listed_item(const char *s, const raw *r)
{
    static const char *const each[] = { "每项", "每一项" };
    size_t a = r->cstart, b = r->cend;
    jx_trim(s, &a, &b);
    int own = 0;
    for (size_t i = 0; i < JX_RWORDS(each); i++)
        if (b - a == strlen(each[i]) && memcmp(s + a, each[i], b - a) == 0) own = 1;
    return own && r->pstart < r->pend && contains(s, r->pstart, r->pend, "、");
}

/*
 * A failure with a deadline inside it: "分管领导3个月内未明确" (a number,
 * a unit of time, 内 / 以内, then a denial word).  The number is part of
 * what went wrong, not a bound on the actual: the clause is a level.
 */
static int deadline_failure(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        if (!(s[i] >= '0' && s[i] <= '9') || (i > a && s[i - 1] >= '0' && s[i - 1] <= '9'))
            continue;
        size_t j = i;
        while (j < b && ((s[j] >= '0' && s[j] <= '9') || s[j] == '.')) j++;
        size_t u = word_here(s, j, b, jx_rw_deadline_unit, jx_rw_deadline_unit_n);
        if (!u) continue;
        size_t w = word_here(s, j + u, b, jx_rw_within, jx_rw_within_n);
        if (!w) continue;
        if (word_here(s, j + u + w, b, jx_rw_deny, jx_rw_deny_n)) return 1;
    }
    return 0;
}

static int target_cond(const reader *rd, size_t a, size_t b, cond *cd);
static int sign_cond(const char *s, size_t a, size_t b, cond *cd);
static int step_vs_cond(const reader *rd, size_t a, size_t at, cond *cd);

/*
 * A task with a deadline inside it: "收到上级批复文件后在15个工作日内通知各村"
 * (在 …, a number, a unit of time, 内, then what is to be done): the
 * number is part of the standard, not a bound on the actual: a level.
 */
static int deadline_task(const char *s, size_t a, size_t b)
{
    size_t at = find_word(s, a, b, "在");
    if (at == b) return 0;
    jx_cur c;
    jx_cur_init(&c, s, at, b);
    jx_cur_word(&c, "在");
    double v;
    if (!read_number(&c, &v)) return 0;
    size_t j = c.pos;
    size_t u = word_here(s, j, b, jx_rw_deadline_unit, jx_rw_deadline_unit_n);
    if (!u) return 0;
    size_t w = word_here(s, j + u, b, jx_rw_within, jx_rw_within_n);
    if (!w) return 0;
    size_t x = j + u + w, y = b;
    jx_trim(s, &x, &y);
    if (y >= x + 3 && memcmp(s + y - 3, "的", 3) == 0) y -= 3;
    jx_trim(s, &x, &y);
    /* what is to be done: words, no number, no denial ("…内未办结" is a failure) */
    return y >= x + 6 && !contains_digit(s, x, y) && !word_here(s, x, y, jx_rw_deny, jx_rw_deny_n) &&
           !word_here(s, x, y, jx_rw_done, jx_rw_done_n) && !contains(s, x, y, "完成");
}

/* The words of a rise that implied_steps reads as "每…" when no 每 is written. */
static const jx_rword rise_words[] = {
    {"提高", RW_OVER, 0}, {"增加", RW_OVER, 0}, {"上升", RW_OVER, 0}, {"增长", RW_OVER, 0},
    {"高于", RW_OVER, 0}, {"超过", RW_OVER, 0},
};

/*
 * The step word of a condition s[a..b) of a raw marked each_implied: its
 * first rise word right before a number (*at where it starts), or NULL.
 */
static const jx_rword *implied_step(const reader *rd, size_t a, size_t b, size_t *at)
{
    int marked = 0;
    for (int i = 0; i < rd->n; i++)
        marked |= rd->r[i].each_implied && rd->r[i].cstart <= a && b <= rd->r[i].cend;
    if (!marked) return NULL;
    for (size_t k = 0; k < JX_RWORDS(rise_words); k++) {
        size_t w = find_word(rd->s, a, b, rise_words[k].word);
        jx_cur c;
        double v;
        jx_cur_init(&c, rd->s, w, b);
        if (w < b && jx_cur_word(&c, rise_words[k].word) && read_number(&c, &v)) {
            *at = w;
            return &rise_words[k];
        }
    }
    return NULL;
}

/*
 * "比历史最佳水平提高1%则在6分基础上加1分,10分为上限" (bpc05-06): an addition
 * on top of the base, written without 每, under a ceiling that one addition
 * could never reach (10 > 6 + 1): the ceiling says the addition repeats,
 * so it is a step ("每提高1%").  Only an addition that restates the base
 * (在N分基础上) and whose condition is a rise and a number; without such a
 * ceiling it stays unread (refused).
 */
static void implied_steps(reader *rd)
{
    double ceiling = 0;
    for (int i = 0; i < rd->n; i++)
        if (rd->r[i].out == OUT_MAX && rd->r[i].cstart == rd->r[i].cend) ceiling = rd->r[i].value;
    for (int i = 0; i < rd->n; i++) {
        raw *r = &rd->r[i];
        size_t at;
        if (r->out != OUT_ADD || !(r->on_base > 0) || !(ceiling > r->on_base + r->value) ||
            contains(rd->s, r->cstart, r->cend, "每"))
            continue;
        r->each_implied = 1;
        if (!implied_step(rd, r->cstart, r->cend, &at)) r->each_implied = 0;
    }
}

/*
 * Read the condition s[a..b) (its own, or a prefix clause's).  Returns
 * JX_OK or refuses quoting [qa, qb).
 */
static int other_side(const reader *rd, size_t a, size_t b, cond *cd);

static jx_err read_cond(const reader *rd, size_t a, size_t b, cond *cd,
                        size_t qa, size_t qb)
{
    const char *s = rd->s;
    if (a >= b)
        return JX_OK;
    if (contains_any(s, a, b, jx_rw_vague, jx_rw_vague_n) || has_lost_char(s, a, b))
        return refuse(rd, qa, qb);
    if (contains_any(s, a, b, jx_rw_na, jx_rw_na_n)) {
        cd->na = 1;
        return JX_OK;
    }
    if ((deadline_failure(s, a, b) || deadline_task(s, a, b)) &&
        !jx_rt_has_occurrence(s, a, b)) {
        cd->level = 1;                  /* "3个月内未明确": a level */
        return JX_OK;
    }
    /* A step word splits the condition: bound before, step after. */
    size_t step_at = b;
    const jx_rword *sw = NULL;
    for (size_t i = 0; i < jx_rw_step_n; i++) {
        size_t at = find_word(s, a, b, jx_rw_step[i].word);
        if (at < step_at) { step_at = at; sw = &jx_rw_step[i]; }
    }
    if (!sw)                                            /* "提高1%则在6分基础上加1分" */
        sw = implied_step(rd, a, b, &step_at);
    if (step_at == b) {
        int k = target_cond(rd, a, b, cd);              /* "达目标的", "不达目标" */
        if (k) return k > 0 ? JX_OK : refuse(rd, qa, qb);
        if (sign_cond(s, a, b, cd)) return JX_OK;       /* "指标为负" */
    }
    if (sw) {
        /* a step word followed by no number is an occurrence (每少一次 is a step) */
        cond t = *cd;
        if (read_step_at(s, step_at, b, sw, &t) < 0)
            return refuse(rd, qa, qb);
        *cd = t;
        if (cd->step_vs == RW_VS_ELSEWHERE) {          /* only a gap written as such */
            if (!cd->step_percent || contains_digit(s, a, step_at)) return refuse(rd, qa, qb);
            cd->step_subject = 1;
            return JX_OK;
        }
        if (cd->step_vs)                                /* "每超目标两个百分点" */
            return step_vs_cond(rd, a, step_at, cd) ? JX_OK : refuse(rd, qa, qb);
        cd->step_subject = has_subject(s, a, step_at) &&
                           !contains_digit(s, a, step_at);
        cd->vs_plan = contains(s, a, step_at, "与计划") || contains(s, a, step_at, "与目标") ||
                      contains(s, a, step_at, "与预期") || contains(s, a, step_at, "与年度目标");
    }
    size_t be = step_at;
    if (!cd->has_step && (jx_rt_has_occurrence(s, a, b) ||
                          one_unit(s, a, b))) {
        cd->occ = 1;
        /* "1次" is the occurrence, not a bound */
        if (!contains_digit(s, a, b) || one_unit(s, a, b)) return JX_OK;
    }
    size_t ba = a;
    for (size_t i = 0; i < jx_rw_period_lead_n; i++) {   /* "一年至少进行2次" */
        jx_cur t;
        jx_cur_init(&t, s, a, be);
        if (jx_cur_word(&t, jx_rw_period_lead[i]) && !at_end(&t)) { ba = t.pos; break; }
    }
    /* the only numbers are documents' ("财政部84号令"): no bound to read */
    int k = !cd->has_step && !cd->occ && contains_digit(s, a, be) && !has_quantity(s, a, be)
                ? 0 : read_bound(s, ba, be, cd);
    if (k < 0)
        return refuse(rd, qa, qb);
    if (k > 0 && cd->rank_suffix) {
        /* 以上 / 以下 after 第N名 say which way only for ranks from the bottom
         * (倒数第4名及以上: 4 and up); 以后 / 以内 only from the top */
        int bottom = rd->rule->rank_from_bottom;
        int ok = bottom ? cd->rank_suffix <= 2 : cd->rank_suffix >= 3;
        if (!ok) return refuse(rd, qa, qb);
    }
    if (k > 0 || cd->has_step || cd->occ)
        return JX_OK;
    if (has_quantity(s, a, be))
        return refuse(rd, qa, qb);
    if (contains_any(s, a, be, jx_rw_else, jx_rw_else_n) && !other_subject(s, a, be)) {
        cd->els = 1;
        return JX_OK;
    }
    if (other_side(rd, a, be, cd))      /* "…小于或等于155名计3分,超过不计分" */
        return JX_OK;
    cd->level = 1;
    return JX_OK;
}

/*
 * "超过" alone after "小于或等于155名计3分": the other side of the bound of
 * the clause just before, which must bound the other side only (an upper
 * bound for 超过, a lower one for 低于).  The word keeps its own strictness
 * (超过 is >, so "<155…超过" leaves 155 to no clause).  1 when read so.
 */
static int other_side(const reader *rd, size_t a, size_t b, cond *cd)
{
    int cmp = jx_rf_bare_comparison(rd->s, a, b);
    int k = 0;
    if (!cmp) return 0;
    while (k < rd->n && !(rd->r[k].start <= a && a < rd->r[k].end)) k++;
    if (k == 0 || k == rd->n) return 0;
    const raw *p = &rd->r[k - 1];
    cond prev;
    memset(&prev, 0, sizeof prev);
    prev.percent = -1;
    if (p->cstart >= p->cend || read_bound(rd->s, p->cstart, p->cend, &prev) <= 0 ||
        !prev.has_bound || prev.pm || prev.rank_suffix)
        return 0;
    const jx_rcond *pr = &prev.rc;
    if (cmp == RW_GT ? (pr->has_lo || !pr->has_hi) : (pr->has_hi || !pr->has_lo)) return 0;
    cd->has_bound = 1;
    cd->rc = *pr;
    cd->rc.has_lo = cmp == RW_GT;
    cd->rc.lo = pr->hi;
    cd->rc.lo_incl = 0;
    cd->rc.has_hi = cmp == RW_LT;
    cd->rc.hi = pr->lo;
    cd->rc.hi_incl = 0;
    cd->percent = prev.percent;
    memcpy(cd->unit, prev.unit, sizeof cd->unit);
    return 1;
}

/*
 * A prefix made of one or more condition clauses: read each on its own
 * (so a refusal quotes one clause) and merge what they say.
 */
static jx_err read_prefix(const reader *rd, const raw *r, cond *pc, int finding)
{
    if (!(r->pstart < r->pend))
        return JX_OK;
    for (int k = r->pfirst; k <= r->plast; k++) {
        if (rd->r[k].used != 4) continue;
        size_t x = rd->r[k].start, y = rd->r[k].end;
        {
            cond one;
            memset(&one, 0, sizeof one);
            one.percent = -1;
            jx_err e = read_cond(rd, x, y, &one, x, y);
            if (e && finding && e == JX_ERR_RULE_SYNTAX &&
                !contains_any(rd->s, x, y, jx_rw_vague, jx_rw_vague_n)) {
                jx_diag_clear(rd->diag);   /* it describes the finding */
                continue;
            }
            if (e) return e;
            if (one.has_bound) {
                jx_cur o;
                jx_cur_init(&o, rd->s, x, y);
                if (pc->has_bound && !pc->alt && jx_cur_word(&o, "或") &&
                    one.percent == pc->percent && strcmp(one.unit, pc->unit) == 0 &&
                    one.rc.has_lo != one.rc.has_hi && one.rc.has_lo == pc->rc.has_lo &&
                    pc->rc.has_lo != pc->rc.has_hi) {
                    pc->alt = 1;        /* alternatives on one side: see alternatives() */
                    pc->alt_rc = one.rc;
                    pc->alt_at = x;
                    pc->alt_end = y;
                    continue;
                }
                if (pc->has_bound) return refuse(rd, x, y);
                pc->has_bound = 1; pc->rc = one.rc; pc->percent = one.percent;
                pc->pm = one.pm;
                pc->negative = one.negative;
                memcpy(pc->unit, one.unit, sizeof pc->unit);
            }
            if (one.has_step) {
                if (pc->has_step) return refuse(rd, x, y);
                pc->has_step = 1; pc->step = one.step; pc->step_dir = one.step_dir;
                pc->step_percent = one.step_percent;
                pc->step_subject = one.step_subject;
                pc->vs_plan = one.vs_plan;
                memcpy(pc->step_unit, one.step_unit, sizeof pc->step_unit);
            }
            if (one.has_step && pc->level && !pc->has_bound)
                pc->step_subject = 1;     /* "…与全省平均相比，每超过…" */
            pc->na |= one.na;
            pc->occ |= one.occ;
            pc->els |= one.els;
            if (one.level) {
                /* "未实行动态调整的，或“逆向”减少…的，扣1分": an alternative
                 * after 或 does not replace the level it follows */
                jx_cur o;
                jx_cur_init(&o, rd->s, x, y);
                if (!(pc->level && jx_cur_word(&o, "或"))) { pc->lstart = x; pc->lend = y; }
                pc->level = 1;
            }
        }
    }
    return JX_OK;
}

/* A condition opening with a change: 上升 / 增加 (RW_OVER), 下降 / 减少 (RW_UNDER), else 0. */
static int change_word(const char *s, size_t a, size_t b)
{
    static const jx_rword w[] = { {"上升", RW_OVER, 0}, {"增加", RW_OVER, 0},
                                  {"下降", RW_UNDER, 0}, {"减少", RW_UNDER, 0} };
    jx_cur c;
    for (size_t i = 0; i < JX_RWORDS(w); i++) {
        jx_cur_init(&c, s, a, b);
        jx_cur_word(&c, "每");
        if (jx_cur_word(&c, w[i].word)) return w[i].code;
    }
    return 0;
}

/* --- Building the clause list ------------------------------------------- */

typedef struct stepdef {
    int dir;
    double step, per;         /* per signed: negative deducts */
    int percent;
    int has_bound;
    jx_rcond rc;
    int occ;
    int subject;              /* text before 每 names what is measured */
    int vs_plan;              /* 与计划 / 与目标: against 100 % */
    int rank;                 /* 依次递减: one step per rank after the first */
    int shortfall;            /* an occurrence of something missing (少一次) */
    double own_cap;           /* "…每缺1份扣0.1分，最高扣5分": its own cap */
    int has_cap;
    int raw;                  /* index for quoting */
    size_t qa, qb;            /* the clause naming the step, quoted on refusal */
    int own_range;            /* its bound is its clause's condition (每超目标…) */
    int vs;                   /* RW_VS_TARGET / RW_VS_BASE: what it names */
    int share;                /* per is a share of P (raw.share)        */
} stepdef;

static jx_rclause *add_clause(reader *rd, const raw *r, jx_err *e);
static int mixed_kinds(reader *rd, const stepdef *steps, int nsteps, jx_err *e);

/*
 * "足额保障本地区中小学教职工编制的，得2分。若保障不到位的，每少1%，扣0.1分":
 * a percent step below nothing written, after a base whose condition states
 * the whole amount (jx_rw_full): that condition is the threshold 100 % the
 * step is measured from.  Adds the RANGE ≥ 100 % giving the base (step_ref
 * then finds it) and returns 1; 0 when the sentence is not that.
 */
static int full_amount(reader *rd, const stepdef *steps, int nsteps, int base_raw,
                       double base, int base_frac, jx_err *e)
{
    jx_rule *ru = rd->rule;
    *e = JX_OK;
    if (base_raw < 0 || (ru->percent >= 0 && ru->percent != 1)) return 0;
    const raw *b = &rd->r[base_raw];
    size_t ca = b->pstart < b->pend ? b->pstart : b->cstart;
    size_t cb = b->cend > b->pend ? b->cend : b->pend;
    if (!contains_any(rd->s, ca, cb, jx_rw_full, jx_rw_full_n)) return 0;
    int under = 0;
    for (int i = 0; i < nsteps; i++) {
        if (steps[i].has_bound || steps[i].vs_plan) return 0;
        under += steps[i].dir == RW_UNDER && steps[i].percent && !steps[i].occ;
    }
    for (int i = 0; i < ru->n; i++)
        if (ru->clause[i].cond.kind == JX_RC_RANGE) return 0;
    if (under == 0) return 0;
    jx_rclause *c = add_clause(rd, b, e);
    if (!c) return 0;
    c->cond.kind = JX_RC_RANGE;
    c->cond.has_lo = c->cond.lo_incl = 1;
    c->cond.lo = 1.0;
    c->out.kind = base_frac ? JX_RO_FRACTION : JX_RO_POINTS;
    c->out.value = base;
    ru->percent = 1;
    return 1;
}

static jx_rclause *add_clause(reader *rd, const raw *r, jx_err *e)
{
    jx_rule *ru = rd->rule;
    if (ru->n == JX_RCLAUSES_MAX) {
        *e = refuse_raw(rd, r);
        return NULL;
    }
    jx_rclause *c = &ru->clause[ru->n++];
    memset(c, 0, sizeof *c);
    c->at = r->start;
    c->len = r->end - r->start;
    return c;
}

static void set_out(jx_rout *o, const raw *r)
{
    memset(o, 0, sizeof *o);
    o->kind = r->out == OUT_FRACTION ? JX_RO_FRACTION
            : r->out == OUT_DEDUCT ? JX_RO_DEDUCT : JX_RO_POINTS;
    o->value = r->value;
    o->veto = r->veto;
}

static jx_err note_percent(reader *rd, const raw *r, int percent)
{
    if (percent < 0) return JX_OK;
    if (rd->rule->percent >= 0 && rd->rule->percent != percent)
        return refuse_raw(rd, r);
    rd->rule->percent = percent;
    return JX_OK;
}

static jx_err note_unit(reader *rd, const raw *r, const char *unit)
{
    if (unit[0] == '\0') return JX_OK;
    if (rd->rule->unit[0] && strcmp(rd->rule->unit, unit) != 0)
        return refuse_raw(rd, r);
    snprintf(rd->rule->unit, sizeof rd->rule->unit, "%s", unit);
    return JX_OK;
}

/*
 * A level's whole condition: the condition clauses before it that it
 * continues and its own ("…账户,或擅自设立…账户,拖延…非税收入"), the last
 * bytes that fit, without a closing 的 (jx_rcond.words).
 */
static void copy_words(jx_rcond *c, const char *s, const raw *r)
{
    size_t a = r->pstart < r->pend ? r->pstart : r->cstart;
    size_t b = r->cstart < r->cend ? r->cend : r->pend;
    for (size_t i = a; i + 3 <= b; i++)            /* a standard stated before: "…符合规定。违规…" */
        if (memcmp(s + i, "。", 3) == 0) a = i + 3;
    jx_trim(s, &a, &b);
    if (b >= 3 && b - 3 >= a && memcmp(s + b - 3, "的", 3) == 0) b -= 3;
    if (!(a < b)) return;
    while (b - a > JX_RWORDS_MAX) {                 /* keep the tail, whole characters */
        a++;
        while (a < b && ((unsigned char)s[a] & 0xC0) == 0x80) a++;
    }
    memcpy(c->words, s + a, b - a);
    c->words[b - a] = '\0';
}

/*
 * What an occurrence counts, added to a STEPS clause's words (several
 * kinds at one price share the clause: "…规程的,扣1分/项；或无明示在设备处
 * 的,扣1分/项"), so that "未按要求登记2件" can name it.  Kept only whole.
 */
static void append_words(jx_rcond *c, const char *s, const raw *r)
{
    jx_rcond one;
    memset(&one, 0, sizeof one);
    copy_words(&one, s, r);
    size_t have = strlen(c->words), add = strlen(one.words);
    if (add == 0) return;
    if (have + add + 3 > JX_RWORDS_MAX) { c->words[0] = '\0'; return; }
    if (have) { memcpy(c->words + have, "；", 3); have += 3; }
    memcpy(c->words + have, one.words, add + 1);
}

static void copy_label(char *dst, const char *s, size_t a, size_t b)
{
    /* a prefix of several clauses: the level is its last clause */
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    while (!jx_cur_eof(&c))
        if (is_sep(jx_cur_next(&c))) a = c.pos;
    jx_trim(s, &a, &b);
    size_t n = b - a;
    if (n > JX_LABEL_MAX) {                 /* cut on a UTF-8 boundary; s[b] may be */
        n = JX_LABEL_MAX;                   /* past the text (fuzz: no NUL after it) */
        while (n > 0 && ((unsigned char)s[a + n] & 0xC0) == 0x80) n--;
    }
    memcpy(dst, s + a, n);
    dst[n] = '\0';
    size_t l = strlen(dst);                 /* "未开展的" -> "未开展" */
    if (l >= 3 && strcmp(dst + l - 3, "的") == 0) dst[l - 3] = '\0';
}

/* Order: two-sided and exact, lower bounds high first, upper bounds low first, always, else. */
static int rank(const jx_rclause *c)
{
    if (c->cond.kind == JX_RC_RANGE) {
        if (c->cond.has_lo && c->cond.has_hi) return 0;
        return c->cond.has_lo ? 1 : 2;
    }
    if (c->cond.kind == JX_RC_ALWAYS) return 3;
    if (c->cond.kind == JX_RC_ELSE) return 4;
    return 5;
}

static int before(const jx_rclause *x, const jx_rclause *y)
{
    int rx = rank(x), ry = rank(y);
    if (rx != ry) return rx < ry;
    if (rx == 1) {
        if (x->cond.lo != y->cond.lo) return x->cond.lo > y->cond.lo;
        return !x->cond.lo_incl && y->cond.lo_incl;
    }
    if (rx == 2) {
        if (x->cond.hi != y->cond.hi) return x->cond.hi < y->cond.hi;
        return !x->cond.hi_incl && y->cond.hi_incl;
    }
    return 0;
}

static void sort_clauses(jx_rule *r)
{
    for (int i = 1; i < r->n; i++) {
        jx_rclause v = r->clause[i];
        int j = i - 1;
        while (j >= 0 && before(&v, &r->clause[j])) {
            r->clause[j + 1] = r->clause[j];
            j--;
        }
        r->clause[j + 1] = v;
    }
}

/* Two RANGE clauses that overlap give two scores for one value: refuse. */
static int overlap(const jx_rcond *a, const jx_rcond *b)
{
    int a2 = a->has_lo && a->has_hi, b2 = b->has_lo && b->has_hi;
    if (!a2 && !b2 && a->has_lo == b->has_lo)
        return 0;          /* ≥90% and ≥80%: the higher is tried first */
    double alo = a->has_lo ? a->lo : -INFINITY, ahi = a->has_hi ? a->hi : INFINITY;
    double blo = b->has_lo ? b->lo : -INFINITY, bhi = b->has_hi ? b->hi : INFINITY;
    if (ahi < blo || bhi < alo) return 0;
    if (ahi == blo) return a->hi_incl && b->lo_incl && a->has_hi && b->has_lo;
    if (bhi == alo) return b->hi_incl && a->lo_incl && b->has_hi && a->has_lo;
    return 1;
}

/*
 * Where a step's gap is measured from (the sentence's own threshold):
 *  - the step's own bound ("低于90%的，每低1个百分点扣1分": 90%);
 *  - the bound of the clause giving the top score ("≤100%得满分，每超出…":
 *    100%), whose score becomes the base when it is in points ("≦100%,计5分");
 *  - 100% for "与计划每相差3%" (completion against the plan);
 *  - none: a bare step sentence ("每相差3%，扣1分") takes the gap itself as
 *    the actual (returns 0); with a subject ("入户率每下降5个百分点") the
 *    threshold is elsewhere: refused (-1).
 */
static int step_ref(const reader *rd, const stepdef *sd, double *ref,
                    double *base, int *base_frac)
{
    const jx_rule *ru = rd->rule;
    if (sd->has_bound) {
        const jx_rcond *rc = &sd->rc;
        if (sd->dir == RW_UNDER) { *ref = rc->has_hi ? rc->hi : rc->lo; return 1; }
        if (sd->dir == RW_OVER) { *ref = rc->has_lo ? rc->lo : rc->hi; return 1; }
        return -1;
    }
    double top = -1;
    for (int i = 0; i < ru->n; i++) {
        const jx_rclause *c = &ru->clause[i];
        if (c->out.kind == JX_RO_POINTS && c->out.value > top) top = c->out.value;
    }
    int seen = 0;
    for (int i = 0; i < ru->n; i++) {
        const jx_rclause *c = &ru->clause[i];
        if (c->cond.kind != JX_RC_RANGE) continue;
        seen = 1;
        int full = (c->out.kind == JX_RO_FRACTION && c->out.value == 1.0) ||
                   (c->out.kind == JX_RO_POINTS && c->out.value == top &&
                    (ru->stated_points == 0 || c->out.value >= ru->stated_points));
        if (!full) continue;
        int ok = 0;
        if (sd->dir == RW_UNDER && c->cond.has_lo && !c->cond.has_hi) { *ref = c->cond.lo; ok = 1; }
        else if (sd->dir == RW_OVER && c->cond.has_hi && !c->cond.has_lo) { *ref = c->cond.hi; ok = 1; }
        else if (c->cond.has_lo && c->cond.has_hi && c->cond.lo == c->cond.hi) { *ref = c->cond.lo; ok = 1; }
        if (!ok) return -1;
        if (c->out.kind == JX_RO_POINTS) { *base = c->out.value; *base_frac = 0; }
        return 1;
    }
    if (seen) return -1;
    if (sd->vs_plan && sd->percent) { *ref = 1.0; return 1; }
    if (sd->dir == RW_UNDER && (!sd->percent || sd->subject)) {
        *ref = 0;                 /* "每缺一项扣0.5分": the actual is what is missing */
        return 2;                 /* ("入户率每下降5个百分点": only "下降10个百分点") */
    }
    if (sd->dir == RW_OVER && sd->subject && !sd->occ) {
        *ref = 0;                 /* "死亡人数超过控制指标，每超过1人扣5分": */
        return 3;                 /* only "超过2人" is read */
    }
    if (sd->subject || !sd->percent) return -1;
    *ref = 0;
    return 0;
}

/*
 * Lists: "低于90%、80%、70%的，分别扣1分、2分、3分" (one bound word, several
 * bounds, as many outcomes) and "排名1-5名的依次赋予60分、57分、54分、51分、
 * 48分" (a range of ranks, one outcome each).  Returns 1 and adds the
 * clauses, 0 when the clause is no list, -1 refused.
 */
static int read_decrement(const reader *rd, const raw *r, double *per)
{
    static const char *const w[] = { "依次递减", "依次减", "每下降一名扣", "每下降一位扣",
                                     "名次每后退一名扣", "每后退一名扣", "每退后一名扣",
                                     "每降一名扣", "其余依次递减" };
    for (size_t i = 0; i < JX_RWORDS(w); i++) {
        jx_cur c;
        jx_cur_init(&c, rd->s, r->start, r->end);
        if (jx_cur_word(&c, w[i]) && read_number(&c, per) && expect(&c, "分") && at_end(&c))
            return *per > 0;
    }
    return 0;
}

/*
 * "按排位打分,每位次按0.25分递减" (g11): a clause saying the item is scored
 * by rank (jx_rt_rank_lead, a note), then a decrement per place: the first
 * place keeps the item's points, each place below it loses the decrement
 * (a rank step from 1, as "第1名得满分,依次递减0.5分").  1 and *sd set.
 */
static int rank_lead_decrement(reader *rd, const raw *r, stepdef *sd, jx_err *e)
{
    double per;
    *e = JX_OK;
    if (!jx_rt_rank_decrement(rd->s, r->start, r->end, &per) || !rank_lead_before(rd, r))
        return 0;
    jx_rule *ru = rd->rule;
    if (ru->unit[0] && strcmp(ru->unit, "名") != 0) return *e = refuse_raw(rd, r), 1;
    snprintf(ru->unit, sizeof ru->unit, "名");
    memset(sd, 0, sizeof *sd);
    sd->raw = (int)(r - rd->r);
    sd->qa = r->start;
    sd->qb = r->end;
    sd->dir = RW_OVER;
    sd->step = 1;
    sd->per = -per;
    sd->rank = 1;
    sd->has_bound = 1;              /* measured from the first place */
    sd->rc.kind = JX_RC_RANGE;
    sd->rc.has_lo = sd->rc.lo_incl = 1;
    sd->rc.lo = 1;
    return 1;
}

static size_t count_at(const char *s, size_t a, size_t b);
static void copy_tail(char *dst, size_t cap, const char *s, size_t a, size_t b);
static int rank_items(reader *rd, const raw *r, size_t a, size_t b, const double *val,
                      int nv, int deduct);
static void copy_text(char *dst, size_t cap, const char *s, size_t a, size_t b);

/*
 * The names of a list "A、B、C" in s[a..b): trimmed, none empty, none with a
 * digit, into names (start, end).  Their count, or -1.
 */
static int split_names(const char *s, size_t a, size_t b, size_t names[][2])
{
    int nn = 0;
    for (size_t x = a;;) {
        size_t sep = find_word(s, x, b, "、");
        if (nn == JX_RCLAUSES_MAX) return -1;
        names[nn][0] = x;
        names[nn][1] = sep;
        jx_trim(s, &names[nn][0], &names[nn][1]);
        if (names[nn][0] >= names[nn][1] || contains_digit(s, names[nn][0], names[nn][1]))
            return -1;
        nn++;
        if (sep == b) return nn;
        x = sep + 3;
    }
}

/*
 * Names separated by 、 then one count "1次" (the names are the kinds, the
 * words between the last name and the count are shared) and as many
 * points: KIND clauses adding from nothing.  1 added, 0 not this form, -1.
 */
static int kinds_list(reader *rd, const raw *r, size_t a, size_t b, const double *val,
                      int nv, int deduct)
{
    const char *s = rd->s;
    size_t at = count_at(s, a, b);
    if (at == b || deduct || !contains(s, a, at, "、")) return 0;
    jx_cur c;
    double one;
    char unit[16];
    jx_cur_init(&c, s, at, b);
    if (!read_number(&c, &one) || one != 1 || read_unit(&c, unit, sizeof unit) ||
        unit[0] == '\0' || !at_end(&c))
        return 0;
    size_t names[JX_RCLAUSES_MAX][2];
    int nn = split_names(s, a, at, names);
    if (nn != nv || nn < 2) return -1;
    for (int k = 0; k < nn; k++) {
        jx_err e;
        jx_rclause *cl = add_clause(rd, r, &e);
        if (!cl) return -1;
        cl->cond.kind = JX_RC_KIND;
        copy_tail(cl->cond.label, sizeof cl->cond.label, s, names[k][0], names[k][1]);
        snprintf(cl->cond.unit, sizeof cl->cond.unit, "%s", unit);
        cl->out.kind = JX_RO_STEPS;
        cl->out.step = 1;
        cl->out.over_per = val[k];
        cl->out.base = 0;
        cl->out.base_frac = 0;
        cl->out.partial = JX_STEP_FLOOR;
    }
    if (rd->rule->percent < 0) rd->rule->percent = 0;
    return 1;
}

/* "前三名按照6、5、4分打分": the first ranks and their points. */
static int rank_list(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    size_t at = find_word(s, a, b, "按照");
    if (at == b || !jx_cur_word(&c, "前")) return 0;
    double v;
    return read_number(&c, &v) && expect(&c, "名") && c.pos <= at;
}

/* Is the next clause "每项扣5分" (a list of failures before it, counted)? */
static int before_each_item(const reader *rd, int i)
{
    static const char *const each[] = { "每项", "每一项" };
    int j = i + 1;
    while (j < rd->n && rd->r[j].used) j++;
    if (j == rd->n) return 0;
    const raw *n = &rd->r[j];
    if (n->out != OUT_DEDUCT) return 0;
    size_t a = n->cstart, b = n->cend;
    jx_trim(rd->s, &a, &b);
    for (size_t k = 0; k < JX_RWORDS(each); k++)
        if (b - a == strlen(each[k]) && memcmp(rd->s + a, each[k], b - a) == 0) return 1;
    return 0;
}

/* "、" between the items of a list, "和" before its last: 1 read, 0 not a separator (or after the last). */
static int list_sep(jx_cur *c, int *last)
{
    if (*last) return 0;
    if (expect(c, "、")) return 1;
    if (expect(c, "和")) { *last = 1; return 1; }
    return 0;
}

/* "以上" after a bound: its comparison code, 0 none. */
static int suffix_bound(jx_cur *c)
{
    for (size_t i = 0; i < jx_rw_bound_suffix_n; i++)
        if (jx_cur_word(c, jx_rw_bound_suffix[i].word)) return jx_rw_bound_suffix[i].code;
    return 0;
}

/* "且运行管护效果良好": a second requirement in words, joined to a bound.
 * Returns where the requirement starts (after 且), 0 when not that. */
static size_t also_clause(const char *s, size_t a, size_t b)
{
    static const char *const w[] = { "并且", "且", "同时" };
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    if (contains_digit(s, a, b)) return 0;
    for (size_t i = 0; i < JX_RWORDS(w); i++)
        if (jx_cur_word(&c, w[i])) return c.pos < b ? c.pos : 0;
    return 0;
}

/*
 * "项目超过80%,且运行管护效果良好,得6分": the bound met is not enough, the
 * requirement after 且 decides too, and a number does not show it: the
 * clause becomes OPEN (JX_OPEN_ALSO) quoting it.  (It gave 6 for 85 %.)
 */
static void also_required(const reader *rd, const cond *pc, jx_rclause *c)
{
    size_t w = also_clause(rd->s, pc->lstart, pc->lend);
    if (!w) return;
    c->out.kind = JX_RO_OPEN;
    c->out.open = JX_OPEN_ALSO;
    copy_text(c->out.quote, sizeof c->out.quote, rd->s, w, pc->lend);
    copy_text(c->out.words, sizeof c->out.words, rd->s, w, pc->lend);
}

/*
 * "或在全国、全省性政法综治会上介绍推广的，每次分别加1分、0.5分": 每 and a
 * unit before 分别, the names separated by 、 in the clause before (the
 * words after the last name are shared): KIND clauses adding from nothing,
 * one per name, as kinds_list.  1 added, 0 not this form, -1 refused.
 */
static int each_kinds_list(reader *rd, const raw *r, size_t a, size_t b, const double *val,
                           int nv, int deduct)
{
    const char *s = rd->s;
    jx_cur c;
    char unit[16];
    jx_cur_init(&c, s, a, b);
    if (!jx_cur_word(&c, "每") || read_unit(&c, unit, sizeof unit) || !unit[0] || !at_end(&c))
        return 0;
    if (deduct || !(r->pstart < r->pend)) return -1;
    size_t x = rd->r[r->plast].start, y = rd->r[r->plast].end;
    jx_trim(s, &x, &y);
    static const char *const lead[] = { "或者", "或", "在" };
    for (size_t i = 0; i < JX_RWORDS(lead); i++) {
        jx_cur_init(&c, s, x, y);
        if (jx_cur_word(&c, lead[i])) x = c.pos;
    }
    if (y - x >= 3 && memcmp(s + y - 3, "的", 3) == 0) y -= 3;
    if (!contains(s, x, y, "、") || contains_digit(s, x, y)) return -1;
    size_t names[JX_RCLAUSES_MAX][2];
    int nn = split_names(s, x, y, names);
    if (nn != nv || nn < 2) return -1;
    for (int k = 0; k < nn; k++) {
        jx_err e;
        jx_rclause *cl = add_clause(rd, r, &e);
        if (!cl) return -1;
        cl->cond.kind = JX_RC_KIND;
        /* where the last name ends and the shared words start is not
         * known: a name before it carries the whole last item, so words
         * of the last item alone ("介绍推广2次") name both: refused */
        char lab[2 * JX_LABEL_MAX + 2];
        size_t la = names[k][1] - names[k][0], lb = names[nn - 1][1] - names[nn - 1][0];
        if (k == nn - 1) lb = 0;
        if (la + lb >= sizeof lab) return -1;
        memcpy(lab, s + names[k][0], la);
        memcpy(lab + la, s + names[nn - 1][0], lb);
        copy_tail(cl->cond.label, sizeof cl->cond.label, lab, 0, la + lb);
        snprintf(cl->cond.unit, sizeof cl->cond.unit, "%s", unit);
        cl->out.kind = JX_RO_STEPS;
        cl->out.step = 1;
        cl->out.over_per = val[k];
        cl->out.partial = JX_STEP_FLOOR;
    }
    rd->r[r->plast].used = 1;
    if (rd->rule->percent < 0) rd->rule->percent = 0;
    return 1;
}

static int read_list(reader *rd, raw *r, int *uncovered)
{
    const char *s = rd->s;
    if (contains(s, r->start, r->end, "±") &&
        (contains(s, r->start, r->end, "分别") || contains(s, r->start, r->end, "依次")))
        return -1;                        /* ± bounds in a list: not read */
    size_t p = find_word(s, r->start, r->end, "分别");
    if (p == r->end) p = find_word(s, r->start, r->end, "依次");
    if (p == r->end && rank_list(s, r->start, r->end)) p = find_word(s, r->start, r->end, "按照");
    if (p == r->end) return 0;
    /* the outcomes */
    jx_cur c;
    jx_cur_init(&c, s, p, r->end);
    jx_cur_next(&c); jx_cur_next(&c);
    int deduct = 0;
    static const char *const verbs[] = { "赋予", "扣除", "扣", "计", "得", "记", "给", "加" };
    for (size_t i = 0; i < JX_RWORDS(verbs); i++)
        if (expect(&c, verbs[i])) { deduct = verbs[i][0] == "扣"[0] && verbs[i][1] == "扣"[1]; break; }
    double val[JX_RCLAUSES_MAX];
    int nv = 0, last_sep = 0;
    for (;;) {
        double v;
        if (nv == JX_RCLAUSES_MAX || !read_number(&c, &v)) return -1;
        val[nv++] = v;
        expect(&c, "分");
        if (expect(&c, "打分") || expect(&c, "赋分") || expect(&c, "计分")) {
            if (!at_end(&c)) return -1;
            break;
        }
        if (at_end(&c)) break;
        if (!list_sep(&c, &last_sep)) return -1;
    }
    /* the condition: this clause before 分别, or the clause before it */
    size_t a = r->start, b = p, also_a = 0, also_b = 0;
    jx_trim(s, &a, &b);
    {   /* "…在全国、全省性政法综治会上介绍推广的，每次分别加1分、0.5分" */
        int k = each_kinds_list(rd, r, a, b, val, nv, deduct);
        if (k != 0) return k;
    }
    if (a == b) {
        if (!(r->pstart < r->pend)) return -1;
        a = rd->r[r->plast].start;
        b = rd->r[r->plast].end;
        size_t words = also_clause(s, a, b);
        if (words) {                    /* "…超过80%、70%和60%,且运行管护效果良好,分别得" */
            if (r->plast - 1 < r->pfirst) return -1;
            also_a = words;
            also_b = b;
            a = rd->r[r->plast - 1].start;
            b = rd->r[r->plast - 1].end;
        }
    }
    /* D: ranks one by one, "排名倒数第1名、第2名、第3名的分别计2分、1.9分、1.8分" */
    {
        int k = rank_items(rd, r, a, b, val, nv, deduct);
        if (k != 0) {
            if (k > 0) *uncovered = 1;
            return k;
        }
    }
    if (also_b > also_a) goto bounds;
    /* B: a range of ranks, one value each */
    {
        cond cd;
        memset(&cd, 0, sizeof cd);
        int got = read_bound(s, a, b, &cd);
        if (got == 1 && !cd.rc.has_lo && cd.rc.has_hi && cd.rc.hi_incl &&
            strcmp(cd.unit, "名") == 0 && rank_list(s, r->start, r->end)) {
            cd.rc.has_lo = cd.rc.lo_incl = 1;      /* "前三名": ranks 1 to 3 */
            cd.rc.lo = 1;
        }
        if (got == 1 && cd.rc.has_lo && cd.rc.has_hi &&
            cd.rc.lo_incl && cd.rc.hi_incl && strcmp(cd.unit, "名") == 0 &&
            cd.rc.hi - cd.rc.lo + 1 == nv) {
            for (int k = 0; k < nv; k++) {
                jx_err e;
                jx_rclause *cl = add_clause(rd, r, &e);
                if (!cl) return -1;
                cl->cond.kind = JX_RC_RANGE;
                cl->cond.has_lo = cl->cond.has_hi = cl->cond.lo_incl = cl->cond.hi_incl = 1;
                cl->cond.lo = cl->cond.hi = cd.rc.lo + k;
                cl->out.kind = deduct ? JX_RO_DEDUCT : JX_RO_POINTS;
                cl->out.value = val[k];
            }
            snprintf(rd->rule->unit, sizeof rd->rule->unit, "名");
            if (rd->rule->percent < 0) rd->rule->percent = 0;
            *uncovered = 1;
            return 1;
        }
    }
    /* C: kinds each counted at its own price, "国家、省级、市级、县级官方媒体
     * 报道1次分别得4分、3分、2分、1分": KIND clauses adding from nothing */
    {
        int k = kinds_list(rd, r, a, b, val, nv, deduct);
        if (k != 0) return k;
    }
    /* A: subject, one bound word, bounds separated by 、 (the last by 和) */
bounds:
    jx_cur_init(&c, s, a, b);
    int cmp = 0;
    while (!jx_cur_eof(&c) && !cmp) {
        for (size_t i = 0; i < jx_rw_bound_prefix_n; i++) {
            jx_cur t = c;
            if (jx_cur_word(&t, jx_rw_bound_prefix[i].word)) {
                double v;
                jx_cur u = t;
                if (!read_number(&u, &v)) continue;
                cmp = jx_rw_bound_prefix[i].code;
                c = t;
                break;
            }
        }
        if (!cmp) jx_cur_next(&c);
    }
    int suffix = 0;
    if (!cmp) {                 /* "30%以上、20%以上和10%以上": the word after each */
        jx_cur_init(&c, s, a, b);
        while (!jx_cur_eof(&c) && !jx_is_digit(jx_cur_peek(&c, &(size_t){0}))) jx_cur_next(&c);
        suffix = 1;
    }
    if ((!cmp && !suffix) || cmp == RW_EQ) return -1;
    int nb = 0, pct = -1;
    last_sep = 0;
    for (;;) {
        double v;
        char unit[16];
        if (nb == nv || !read_number(&c, &v)) return -1;
        int p1 = read_unit(&c, unit, sizeof unit);
        if (p1) v /= 100.0;
        if (suffix) {
            int code = suffix_bound(&c);
            if (!code || code == RW_EQ || (cmp && code != cmp)) return -1;
            cmp = code;
        }
        if (pct >= 0 && p1 != pct) return -1;
        pct = p1;
        jx_err e;
        jx_rclause *cl = add_clause(rd, r, &e);
        if (!cl) return -1;
        cl->cond.kind = JX_RC_RANGE;
        if (cmp == RW_GE || cmp == RW_GT) { cl->cond.has_lo = 1; cl->cond.lo = v; cl->cond.lo_incl = cmp == RW_GE; }
        else { cl->cond.has_hi = 1; cl->cond.hi = v; cl->cond.hi_incl = cmp == RW_LE; }
        cl->out.kind = deduct ? JX_RO_DEDUCT : JX_RO_POINTS;
        cl->out.value = val[nb];
        if (also_b > also_a) {          /* the bound is met, the words are not shown */
            cl->out.kind = JX_RO_OPEN;
            cl->out.open = JX_OPEN_ALSO;
            copy_text(cl->out.quote, sizeof cl->out.quote, s, also_a, also_b);
            copy_text(cl->out.words, sizeof cl->out.words, s, also_a, also_b);
        }
        nb++;
        if (list_sep(&c, &last_sep)) continue;
        break;
    }
    if (nb != nv || !only_tail(s, c.pos, b)) return -1;
    if (rd->rule->percent >= 0 && rd->rule->percent != pct) return -1;
    rd->rule->percent = pct;
    return 1;
}

/* A clause that only describes the task: no number, no rule word. */
static int plain_clause(const reader *rd, const raw *r)
{
    static const char *const rule_words[] = {
        "得", "扣", "加分", "计分", "不", "未", "无", "没", "每", "低于", "高于", "超", "少于",
        "达到", "否则", "其他", "其余", "以上", "以下", "以内", "%", "/", "×", "*", "=",
        "比例", "比重", "分值", "满分", "次", "是否", "或", "择", "之一", "其一",
        "参照", "根据", "依据", "见", "另", "一", "二", "两", "三", "四", "五", "六", "七",
        "八", "九", "十" };
    return r->out == OUT_NONE && !contains_digit(rd->s, r->start, r->end) &&
           !contains_any(rd->s, r->start, r->end, rule_words, JX_RWORDS(rule_words)) &&
           !contains_any(rd->s, r->start, r->end, jx_rw_vague, jx_rw_vague_n);
}

static int prop_ratio(const reader *rd, const raw *r)
{
    static const char *const prop[] = { "按完成比例计", "按完成比例得分", "按实际完成比例",
                                        "按完成比例", "的比重计算得分", "的比重计分" };
    jx_rout o;
    return r->out == OUT_NONE && contains_any(rd->s, r->start, r->end, prop, JX_RWORDS(prop)) &&
           read_ratio(rd, r, &o) && o.kind == JX_RO_RATIO;
}

/*
 * "继续推动水库水环境综合整治，基本实现人放天养，按完成比例得分（5分）":
 * when the only scoring clause is a proportion, the clauses before it
 * describe the task whose completion is the actual; they score nothing.
 */
static void task_description(reader *rd)
{
    int props = 0, plains = 0, prop_at = -1;
    for (int i = 0; i < rd->n; i++) {
        raw *r = &rd->r[i];
        if (r->used == 1 || r->used == 3) continue;
        if (prop_ratio(rd, r)) { props++; prop_at = i; continue; }
        if (!plain_clause(rd, r)) return;
        plains++;
    }
    if (props != 1 || plains == 0) return;
    for (int i = 0; i < rd->n; i++)
        if (i != prop_at && rd->r[i].used != 3) rd->r[i].used = 1;
    rd->r[prop_at].pstart = rd->r[prop_at].pend = 0;
}

/* How many numbers s[a..b) holds ("1.5" is one, "20天/月" one). */
static int number_runs(const char *s, size_t a, size_t b)
{
    int n = 0;
    for (size_t i = a; i < b; i++)
        if (s[i] >= '0' && s[i] <= '9' &&
            (i == a || !((s[i - 1] >= '0' && s[i - 1] <= '9') || s[i - 1] == '.')))
            n++;
    return n;
}

/*
 * "驻点天数基数20天/月，基础分10分（最高分），19-15天得9分…" (a13-01): a
 * base value (基数 N, per a period) and the base score (基础分 M分) it gets;
 * "（最高分）": the top, so the value and above get M.  Both clauses become
 * notes here and one band (≥ N, or = N) is added after the rest is read
 * (base_value_band).  Anything else after 基数 N or 基础分 M分: not this form.
 */
static void base_value_lead(reader *rd)
{
    rd->lead_raw = -1;
    for (int i = 0; i + 1 < rd->n; i++) {
        raw *r = &rd->r[i], *q = &rd->r[i + 1];
        if (r->out != OUT_NONE || r->used || q->used) continue;
        size_t at = find_word(rd->s, r->start, r->end, "基数");
        jx_cur c;
        double v, m;
        jx_cur_init(&c, rd->s, at, r->end);
        if (at == r->end || !jx_cur_word(&c, "基数") || !read_number(&c, &v) ||
            read_unit(&c, rd->lead_unit, sizeof rd->lead_unit) || !rd->lead_unit[0] ||
            !counted(rd->lead_unit))
            continue;
        if (jx_cur_word(&c, "/")) {       /* "20天/月": the period the count is of */
            static const char *const per[] = { "月", "年", "周", "季度", "季" };
            size_t k;
            for (k = 0; k < JX_RWORDS(per); k++)
                if (jx_cur_word(&c, per[k])) break;
            if (k == JX_RWORDS(per)) continue;
        }
        if (!at_end(&c) || contains_digit(rd->s, r->start, at)) continue;
        jx_cur_init(&c, rd->s, q->start, q->end);
        if (!(jx_cur_word(&c, "基础分为") || jx_cur_word(&c, "基础分")) ||
            !read_number(&c, &m) || !expect(&c, "分"))
            continue;
        int top = expect(&c, "(最高分)");
        if (!at_end(&c)) continue;
        int j = i + 2;
        if (!top && j < rd->n) {          /* "（最高分）" cut as a clause of its own */
            jx_cur_init(&c, rd->s, rd->r[j].start, rd->r[j].end);
            if ((expect(&c, "(最高分)") || expect(&c, "最高分")) && at_end(&c)) {
                top = 1;
                rd->r[j].used = 1;
            }
        }
        r->used = q->used = 1;
        rd->lead_raw = i;
        rd->lead_value = v;
        rd->lead_points = m;
        rd->lead_top = top;
        return;
    }
}

/* The band of base_value_lead, after the rest: refused when it overlaps. */
static jx_err base_value_band(reader *rd)
{
    jx_rule *ru = rd->rule;
    if (rd->lead_raw < 0) return JX_OK;
    const raw *r = &rd->r[rd->lead_raw];
    jx_err e = note_unit(rd, r, rd->lead_unit);
    if (e) return e;
    if (ru->percent == 1 || ru->n >= JX_RCLAUSES_MAX) return refuse_raw(rd, r);
    jx_rclause c;
    memset(&c, 0, sizeof c);
    c.cond.kind = JX_RC_RANGE;
    c.cond.has_lo = c.cond.lo_incl = 1;
    c.cond.lo = rd->lead_value;
    if (!rd->lead_top) { c.cond.has_hi = c.cond.hi_incl = 1; c.cond.hi = rd->lead_value; }
    c.out.kind = JX_RO_POINTS;
    c.out.value = rd->lead_points;
    c.at = r->start;
    c.len = r->end - r->start;
    for (int i = 0; i < ru->n; i++) {
        const jx_rcond *o = &ru->clause[i].cond;
        if (o->kind == JX_RC_RANGE && overlap(o, &c.cond)) return refuse_raw(rd, r);
    }
    ru->clause[ru->n++] = c;
    if (ru->percent < 0) ru->percent = 0;
    if (rd->lead_points > ru->stated_points) ru->stated_points = rd->lead_points;
    return JX_OK;
}

/*
 * "入限服务企业按照第一季度完成全年目标任务的10%，上半年20%，前三季度40%，
 * 全年100%分配任务" (n01-02): how the task is spread over the periods, a
 * lead-in.  A run of clauses with no outcome, the first naming its basis
 * (按照 / 根据 / 依据, after a plain subject), the last ending in the task
 * being assigned (jx_rt_assigns_task): notes, the score is on the task.
 */
static void schedule_lead_in(reader *rd)
{
    for (int i = 0; i < rd->n; i++) {
        raw *r = &rd->r[i];
        jx_cur c;
        jx_cur_init(&c, rd->s, r->start, r->end);
        if (r->out != OUT_NONE || r->used) continue;
        if (!(jx_cur_word(&c, "按照") || jx_cur_word(&c, "根据") || jx_cur_word(&c, "依据") ||
              jx_rt_basis_after_subject(rd->s, r->start, r->end)))
            continue;
        int j = i + 1;
        while (j < rd->n && rd->r[j].out == OUT_NONE && !rd->r[j].used &&
               !jx_rt_assigns_task(rd->s, rd->r[j].start, rd->r[j].end))
            j++;
        if (j >= rd->n || rd->r[j].out != OUT_NONE || rd->r[j].used) continue;
        for (int k = i; k <= j; k++) rd->r[k].used = 1;
        i = j;
    }
}

/*
 * "安排服务小农户的…面积占比大于等于60%。": a sentence that is one bound
 * and nothing else states the standard: met, full points; not met, the
 * sentence does not say (an error, not 0).  Returns 1 when it added it.
 */
static int lone_bound(reader *rd, jx_err *e)
{
    int at = -1;
    for (int i = 0; i < rd->n; i++) {
        const raw *r = &rd->r[i];
        if (r->used == 1) continue;
        if (at >= 0 || r->used || r->out != OUT_NONE) return 0;
        at = i;
    }
    if (at < 0) return 0;
    raw *r = &rd->r[at];
    jx_rout o;
    if (ratio_like(rd, r, &o)) return 0;
    /* "保值率<1 0", "设备完好率100% 10": a table row of a bound and its
     * points; read as one lone bound it became "≥0: full points" (bpc04-04) */
    if (number_runs(rd->s, r->start, r->end) != 1) return 0;
    cond cd;
    memset(&cd, 0, sizeof cd);
    cd.percent = -1;
    if (read_cond(rd, r->start, r->end, &cd, r->start, r->end) != JX_OK) {
        jx_diag_clear(rd->diag);
        return 0;
    }
    if (!cd.has_bound || cd.has_step || cd.occ || cd.na || cd.els) return 0;
    jx_rclause *c = add_clause(rd, r, e);
    if (!c) return 0;
    c->cond = cd.rc;
    c->out.kind = JX_RO_FRACTION;
    c->out.value = 1;
    if ((*e = note_percent(rd, r, cd.percent)) || (*e = note_unit(rd, r, cd.unit))) return 0;
    rd->rule->otherwise = -1;
    r->used = 1;
    return 1;
}

/* "没有楼堂馆所项目的部门…": the clause is about having none of the thing. */
static int absent_words(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    return (jx_cur_word(&c, "没有") || jx_cur_word(&c, "没 有") || jx_cur_word(&c, "无")) &&
           !contains_digit(s, a, b);
}

/* Where a heading's points start: "目标明确(1分)" -> "(", "运行监管记录 3 分" -> "3". */
static size_t heading_end(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    while (!jx_cur_eof(&c)) {
        size_t at = c.pos;
        uint32_t cp = jx_cur_next(&c);
        if (jx_is_digit(cp) || cp == '(') return at;
    }
    return b;
}

static jx_err add_part(reader *rd, const raw *r, size_t la, size_t lb, double pts)
{
    jx_err e = JX_OK;
    jx_rclause *c = add_clause(rd, r, &e);
    if (!c) return e;
    c->cond.kind = JX_RC_LEVEL;
    copy_label(c->cond.label, rd->s, la, lb);
    c->out.kind = JX_RO_POINTS;
    c->out.value = pts;
    return JX_OK;
}

/*
 * Sub-items with their own points and nothing else: "目标明确(1分),目标细化
 * (1.5分),目标量化(1.5 分)", "1、单位财务管理制度 1 分;…没有不得分",
 * "制定…衔接文件。(2分)".  Each becomes a LEVEL clause giving its points
 * (the scorer sums the parts an actual names, see ruletext.h).  Returns the
 * parts added (0: the sentence is not only that).
 */
static int sub_items(reader *rd, jx_err *e)
{
    int parts = 0, opens = 0;
    *e = JX_OK;
    for (int i = 0; i < rd->n; i++) {
        const raw *r = &rd->r[i];
        if (r->heading == 1) { parts++; continue; }
        if (r->out == OUT_OPEN) { opens++; continue; }   /* "其他(0-1分)": a level beside them */
        if ((r->used == 0 || r->used == 4) && i + 1 < rd->n && rd->r[i + 1].heading == 2 &&
            plain_clause(rd, r)) {
            parts++;
            i++;
            continue;
        }
        if (r->used == 1) continue;
        if (r->used == 0 && r->out == OUT_FRACTION && r->value == 0 &&
            r->pstart == r->pend && absent_words(rd->s, r->cstart, r->cend))
            continue;                         /* "没有不得分" */
        return 0;
    }
    if (parts == 0) return 0;
    /* A task graded by how well it was done ("积极配合…工作（8分）",
     * "完善…机制（10分）") is a heading, not a criterion met or not; one
     * heading alone is a criterion only when it states having or making
     * something ("有明确的受益对象(2分)", "制定…文件。(2分)"). */
    static const char *const binary[] = { "有", "具有", "制定", "建立", "签订", "出台",
                                          "设立", "编制", "印发" };
    /* beside an OPEN level ("效果显著(5分),效果一般(2-4分)") the headings are
     * the levels of one scale, each giving its points */
    for (int i = 0; i < rd->n && !opens; i++) {
        const raw *r = &rd->r[i];
        int label = r->heading == 1 ||
                    ((r->used == 0 || r->used == 4) && i + 1 < rd->n && rd->r[i + 1].heading == 2);
        if (!label) continue;
        if (contains_any(rd->s, r->start, r->end, jx_rw_graded, jx_rw_graded_n)) return 0;
        if (parts == 1) {
            int ok = 0;
            for (size_t k = 0; k < JX_RWORDS(binary) && !ok; k++) {
                jx_cur c;
                jx_cur_init(&c, rd->s, r->start, r->end);
                ok = jx_cur_word(&c, binary[k]);
            }
            if (!ok) return 0;
        }
    }
    parts = 0;
    for (int i = 0; i < rd->n && !*e; i++) {
        raw *r = &rd->r[i];
        if (r->heading == 1) {
            *e = add_part(rd, r, r->start, heading_end(rd->s, r->start, r->end), r->hpts);
            parts++;
        } else if ((r->used == 0 || r->used == 4) && i + 1 < rd->n && rd->r[i + 1].heading == 2 &&
                   plain_clause(rd, r)) {
            *e = add_part(rd, r, r->start, r->end, rd->r[i + 1].hpts);
            r->used = 1;
            parts++;
        }
    }
    return *e ? 0 : parts;
}

/*
 * "人员职责明确1分,否则不得分;进行培训1分,未培训0分": two headings or more
 * with their own points that sub_items could not read as parts, beside
 * clauses that score, or one heading after a clause that scores
 * ("…明确:1分,否则不得分;…,进行培训1分,未培训0分"): the parts' points would
 * be dropped ("未培训" scored 0 of 2 whatever the first part).  Refused,
 * quoting the heading; one heading before the rest is the item's points,
 * a note.
 */
static jx_err unread_parts(reader *rd)
{
    int headings = 0, first = -1, scoring = 0;
    for (int i = 0; i < rd->n; i++) {
        const raw *r = &rd->r[i];
        if (r->heading == 1) {
            if (scoring) return refuse_raw(rd, r);   /* after a clause that scores: a part */
            if (first < 0) first = i;
            headings++;
        } else if (!r->used && r->out != OUT_NONE) {
            scoring++;
        }
    }
    return headings >= 2 && scoring ? refuse_raw(rd, &rd->r[first]) : JX_OK;
}

/* Two level clauses that both give nothing ("未完成不得分" twice). */
static int same_zero(const jx_rclause *a, const jx_rclause *b)
{
    return a->out.kind == JX_RO_FRACTION && a->out.value == 0 &&
           b->out.kind == JX_RO_FRACTION && b->out.value == 0;
}

/* "未达要求的,不得分" next to a bound ("不得少于7天,得5分"): what the bound did not catch. */
static int else_words(const char *label)
{
    static const char *const w[] = { "未达要求", "未达到要求", "达不到要求", "未达到" };
    for (size_t i = 0; i < JX_RWORDS(w); i++)
        if (strcmp(label, w[i]) == 0) return 1;
    return 0;
}

/* Every numeric clause is one rank ("前三名按照6、5、4分"): a level is no rank. */
static int only_ranks(const jx_rule *ru)
{
    if (strcmp(ru->unit, "名") != 0) return 0;
    for (int i = 0; i < ru->n; i++) {
        const jx_rcond *c = &ru->clause[i].cond;
        if (c->kind == JX_RC_RANGE &&
            !(c->has_lo && c->has_hi && c->lo == c->hi && c->lo == floor(c->lo)))
            return 0;
        if (c->kind == JX_RC_ALWAYS || c->kind == JX_RC_ELSE) return 0;
    }
    return 1;
}

static int has_kinds(const jx_rule *ru)
{
    for (int i = 0; i < ru->n; i++)
        if (ru->clause[i].cond.kind == JX_RC_KIND) return 1;
    return 0;
}

/* Where the count starts in a condition: "迟报一次" -> "一次", "缺1份" -> "1". */
static size_t count_at(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    while (!jx_cur_eof(&c)) {
        size_t at = c.pos;
        if (numeral_unit(c)) return at;
        if (jx_is_digit(jx_cur_next(&c))) return at;
    }
    return b;
}

/* The last bytes of s[a..b) that fit a label, cut on a character boundary. */
static void copy_tail(char *dst, size_t cap, const char *s, size_t a, size_t b)
{
    while (b - a > cap - 1) {
        a++;
        while (a < b && ((unsigned char)s[a] & 0xC0) == 0x80) a++;
    }
    memcpy(dst, s + a, b - a);
    dst[b - a] = '\0';
}

/*
 * The kind of a per-unit deduction ("发生…事故,造成人员住院的,扣 15 分/起"):
 * the clause before and its own condition name it, the unit is the
 * outcome's.  0 when nothing names it.
 */
static int per_kind_key(const reader *rd, const raw *r, jx_rcond *rc)
{
    const char *s = rd->s;
    char key[256];
    size_t n = 0;
    size_t spans[2][2] = { { r->pstart, r->pend }, { r->cstart, r->cend } };
    for (int k = 0; k < 2; k++) {
        size_t x = spans[k][0], y = spans[k][1];
        if (k == 0 && x < y) { x = rd->r[r->plast].start; y = rd->r[r->plast].end; }
        jx_trim(s, &x, &y);
        if (y - x >= 3 && memcmp(s + y - 3, "的", 3) == 0) y -= 3;
        if (x >= y || n + (y - x) >= sizeof key) continue;
        memcpy(key + n, s + x, y - x);
        n += y - x;
    }
    if (n == 0) return 0;
    copy_tail(rc->label, sizeof rc->label, key, 0, n);
    snprintf(rc->unit, sizeof rc->unit, "%s", r->per_unit);
    return 1;
}

/*
 * The words naming a kind and what it counts: the clause before (its
 * subject) and the condition up to the count, without 每 ("公司检查" +
 * "查出一项" -> "公司检查查出", "项"; "宣传培训每少一次" -> "宣传培训少",
 * "次"; "每缺一个行业" -> "缺", "个行业").  0 when there is no count.
 */
/*
 * The kind of an addition "得到中央领导批示肯定的，每次加1分": the clause
 * before names it, the own condition is 每 and a unit.  0 when not that.
 */
static int each_kind_key(const reader *rd, const raw *r, jx_rcond *rc)
{
    const char *s = rd->s;
    jx_cur c;
    char unit[16];
    jx_cur_init(&c, s, r->cstart, r->cend);
    if (!jx_cur_word(&c, "每") || read_unit(&c, unit, sizeof unit) || !unit[0] || !at_end(&c) ||
        !(r->pstart < r->pend))
        return 0;
    size_t x = rd->r[r->plast].start, y = rd->r[r->plast].end;
    jx_trim(s, &x, &y);
    if (y - x >= 3 && memcmp(s + y - 3, "的", 3) == 0) y -= 3;
    if (y <= x || contains_digit(s, x, y)) return 0;
    copy_tail(rc->label, sizeof rc->label, s, x, y);
    snprintf(rc->unit, sizeof rc->unit, "%s", unit);
    return 1;
}

static int kind_key(const reader *rd, const stepdef *sd, jx_rcond *rc)
{
    const char *s = rd->s;
    const raw *r = &rd->r[sd->raw];
    size_t a = r->cstart, b = r->cend;
    int own_prefix = 0;            /* "每迟一天,扣0.5分": the count is the clause before (g11) */
    int subject = -1;              /* then the condition clause before that one names it */
    jx_trim(s, &a, &b);
    if (a >= b && r->pstart < r->pend) {
        a = rd->r[r->plast].start;
        b = rd->r[r->plast].end;
        own_prefix = 1;
        for (int k = r->plast - 1; k >= r->pfirst && subject < 0; k--)
            if (rd->r[k].used == 4) subject = k;
    }
    size_t at = count_at(s, a, b);
    if (r->per_unit[0] && at == b)
        return per_kind_key(rd, r, rc);    /* "造成人员住院的,扣15分/起" */
    /* "…的，每次加1分"; "对预算安排造成影响的,每次扣1分" (g11) */
    if (at == b) return each_kind_key(rd, r, rc);
    if (at == b) return 0;
    char key[256];
    size_t n = 0;
    if (r->pstart < r->pend && (!own_prefix || subject >= 0)) {
        int k = own_prefix ? subject : r->plast;
        size_t x = rd->r[k].start, y = rd->r[k].end;
        jx_trim(s, &x, &y);
        if (y - x >= 3 && memcmp(s + y - 3, "的", 3) == 0) y -= 3;
        if (y - x < sizeof key - 1) { memcpy(key, s + x, y - x); n = y - x; }
    }
    /* the own words, 每 and 的 dropped */
    size_t x = a, y = at;
    jx_trim(s, &x, &y);
    jx_cur c;
    jx_cur_init(&c, s, x, y);
    static const char *const drop[] = { "每", "的" };
    while (!jx_cur_eof(&c)) {
        size_t p = c.pos;
        int skip = 0;
        for (size_t i = 0; i < JX_RWORDS(drop) && !skip; i++) {
            jx_cur t = c;
            if (jx_cur_word(&t, drop[i])) { c = t; skip = 1; }
        }
        if (skip) continue;
        jx_cur_next(&c);
        if (n + (c.pos - p) >= sizeof key) return 0;
        memcpy(key + n, s + p, c.pos - p);
        n += c.pos - p;
    }
    if (n == 0) return 0;
    copy_tail(rc->label, sizeof rc->label, key, 0, n);
    /* the unit and what it counts */
    jx_cur_init(&c, s, at, b);
    double v;
    if (!read_number(&c, &v)) return 0;
    char unit[16];
    if (read_unit(&c, unit, sizeof unit)) {
        snprintf(rc->unit, sizeof rc->unit, "%%");   /* "每下降2%": a rate */
        return 1;
    }
    if (unit[0] == '\0') return 0;
    size_t u = c.pos, w = b;
    jx_trim(s, &u, &w);
    if (w - u >= 3 && memcmp(s + w - 3, "的", 3) == 0) w -= 3;
    size_t ul = strlen(unit);
    if (ul >= sizeof rc->unit) return 0;
    memcpy(rc->unit, unit, ul);
    if (ul + (w - u) < sizeof rc->unit) {     /* "个" + "行业" */
        memcpy(rc->unit + ul, s + u, w - u);
        ul += w - u;
    }
    rc->unit[ul] = '\0';
    return 1;
}

/*
 * Several kinds of failure at different prices or caps ("每迟报一次扣0.5分，
 * 漏报一次扣1分"; "巡查指导记录每缺1份扣0.1分，最高扣5分"), or a count next
 * to a level that deducts ("无专项经费扣40分；办公设施缺一项扣10分"): one
 * KIND clause per step (ruletext.h, KINDS).  Returns the clauses added, 0
 * when the sentence is not of this form, -1 with *e when refused.
 */
static int kinds(reader *rd, const stepdef *steps, int nsteps, int shared_cap,
                 int base_set, double base, int base_frac, jx_err *e)
{
    jx_rule *ru = rd->rule;
    *e = JX_OK;
    if (nsteps == 0) return 0;
    for (int i = 0; i < rd->n; i++)            /* sub-items with their own points */
        if (rd->r[i].heading == 1 && (rd->r[i].hpts < ru->stated_points || base_set))
            return 0;
    /* "得到中央领导批示肯定的，每次加1分；得到省委…领导批示肯定的，每次加0.5分":
     * kinds that only add, from nothing (no base, no level, no cap) */
    int adds = 0, added_kinds = 0;
    for (int i = 0; i < ru->n; i++)
        added_kinds += ru->clause[i].cond.kind == JX_RC_KIND && ru->clause[i].out.over_per > 0;
    for (int i = 0; i < nsteps; i++) adds += steps[i].per > 0 && steps[i].occ && !steps[i].has_cap;
    if (adds && (adds != nsteps || base_set || ru->n > added_kinds || shared_cap)) adds = 0;
    int deduct_levels = 0, differ = 0;
    for (int i = 0; i < ru->n; i++) {
        const jx_rclause *c = &ru->clause[i];
        if (c->cond.kind == JX_RC_NA) continue;
        if (c->cond.kind == JX_RC_KIND && adds) continue;   /* each_kinds_list's */
        if (c->cond.kind != JX_RC_LEVEL) return 0;
        if (c->out.kind == JX_RO_DEDUCT) deduct_levels++;
        else if (!(c->out.kind == JX_RO_FRACTION && (c->out.value == 0 || c->out.value == 1)))
            return 0;
    }
    for (int i = 0; i < nsteps; i++) {
        const stepdef *sd = &steps[i];
        if (sd->rank || sd->has_bound || !(sd->per < 0 || adds) || sd->vs_plan)
            return 0;
        if (i > 0 && (sd->per != steps[0].per || sd->has_cap != steps[0].has_cap ||
                      sd->own_cap != steps[0].own_cap || sd->step != steps[0].step))
            differ = 1;
    }
    jx_rcond key[8];
    for (int i = 0; i < nsteps; i++) {
        memset(&key[i], 0, sizeof key[i]);
        if (!kind_key(rd, &steps[i], &key[i])) {
            if (!differ && !deduct_levels) return 0;
            return *e = refuse(rd, steps[i].qa, steps[i].qb), -1;
        }
        for (int j = 0; j < i; j++)
            if (strcmp(key[i].unit, key[j].unit) != 0) differ = 1;
    }
    int capped = 0;
    for (int i = 0; i < nsteps; i++)
        capped += steps[i].has_cap && steps[i].own_cap > 0;
    /* "未制定“一河一策”的,少1条扣1分,最高扣4分;未制定年度计划的,每少1条扣1分,
     * 最高扣4分": equal kinds, each under its own cap, are kinds too */
    int own_caps = nsteps >= 2 && capped == nsteps && !shared_cap;
    if (!(nsteps >= 2 && (differ || own_caps)) && !deduct_levels) return 0;
    /* a cap after all of them ("…漏报一次扣1分，最多扣3分"): the last one's,
     * or the total?  Only certain when every kind has its own. */
    if (shared_cap || (nsteps > 1 && capped < nsteps && steps[nsteps - 1].has_cap &&
                       steps[nsteps - 1].own_cap > 0))
        return *e = refuse(rd, steps[nsteps - 1].qa, steps[nsteps - 1].qb), -1;
    for (int i = 0; i < nsteps; i++)
        for (int j = 0; j < i; j++)
            if (strcmp(key[i].label, key[j].label) == 0 && strcmp(key[i].unit, key[j].unit) == 0)
                return *e = refuse(rd, steps[i].qa, steps[i].qb), -1;
    for (int i = 0; i < nsteps; i++) {
        const stepdef *sd = &steps[i];
        jx_rclause *c = add_clause(rd, &rd->r[sd->raw], e);
        if (!c) return -1;
        c->cond = key[i];
        c->cond.kind = JX_RC_KIND;
        c->out.kind = JX_RO_STEPS;
        c->out.ref = 0;
        c->out.step = sd->step;
        c->out.over_per = sd->per;
        c->out.base = base_set ? base : adds ? 0 : 1;
        c->out.base_frac = base_set ? base_frac : !adds;
        c->out.partial = rd->partial;
        c->out.max_deduct = sd->has_cap ? sd->own_cap : 0;
        if (sd->per < 0)                  /* "每季度召开一次…少一次": 4 a year */
            c->out.need = jx_rt_kind_need(c->cond.label, strlen(c->cond.label), c->cond.unit, 1);
    }
    if (ru->percent < 0) ru->percent = 0;
    return nsteps;
}

/*
 * Kinds that add from nothing, each with its own cap right after it, beside
 * kinds of failure that deduct ("采购过程中,严格执行…采购政策的,提供一例得1分,
 * 最高8分;明显违背政策的,发现一次扣2分"): one KIND clause per step, from 0
 * (ruletext.h, KINDS; max_add).  Every step is an occurrence with no bound;
 * each names its kind (kind_key).  Returns the clauses added, 0 when the
 * sentence is not of this form, -1 with *e when refused.
 */
static int mixed_kinds(reader *rd, const stepdef *steps, int nsteps, jx_err *e)
{
    jx_rule *ru = rd->rule;
    jx_rcond key[8];
    int adds = 0, deducts = 0;
    *e = JX_OK;
    for (int i = 0; i < nsteps; i++) {
        const stepdef *sd = &steps[i];
        if (!sd->occ || sd->has_bound || sd->rank || sd->share || sd->per == 0) return 0;
        adds += sd->per > 0;
        deducts += sd->per < 0;
        memset(&key[i], 0, sizeof key[i]);
        if (!kind_key(rd, sd, &key[i]) || strcmp(key[i].unit, "%") == 0)
            return *e = refuse(rd, sd->qa, sd->qb), -1;
        for (int j = 0; j < i; j++)
            if (strcmp(key[i].unit, key[j].unit) == 0 && strcmp(key[i].label, key[j].label) == 0)
                return *e = refuse(rd, sd->qa, sd->qb), -1;
    }
    if (!adds || !deducts) return 0;
    for (int i = 0; i < nsteps; i++) {
        const stepdef *sd = &steps[i];
        double add_cap = 0;
        if (sd->per > 0 && sd->raw + 1 < rd->n && rd->r[sd->raw + 1].out == OUT_MAX)
            add_cap = rd->r[sd->raw + 1].value;   /* "提供一例得1分,最高8分" */
        else if (sd->per > 0 && ru->max_score > 0)
            return *e = refuse(rd, sd->qa, sd->qb), -1;   /* a cap elsewhere: whose? */
        jx_rclause *c = add_clause(rd, &rd->r[sd->raw], e);
        if (!c) return -1;
        c->cond = key[i];
        c->cond.kind = JX_RC_KIND;
        c->out.kind = JX_RO_STEPS;
        c->out.step = sd->step;
        c->out.over_per = sd->per;
        c->out.partial = rd->partial;
        c->out.max_deduct = sd->per < 0 && sd->has_cap ? sd->own_cap : 0;
        c->out.max_add = add_cap;
    }
    if (ru->percent < 0) ru->percent = 0;
    return nsteps;
}

/*
 * "使用…系统联网上报会计报表的记10分,不能按指定方式报送的每次扣1分": the
 * level clause that became the base of an occurrence count says what full
 * points are for; its words go to the STEPS clause's out.words, so that an
 * actual restating it ("联网上报") is no occurrence (ruletext_score.c).
 */
static void base_words(reader *rd, int base_raw)
{
    jx_rule *ru = rd->rule;
    /* "每拖延一天扣0.5分" read as a step of one day (not an occurrence): what
     * it counts is lateness all the same, so "按时报送" can say none */
    for (int i = 0; i < ru->n; i++) {
        jx_rclause *c = &ru->clause[i];
        if (c->out.kind != JX_RO_STEPS || c->out.ref != 0 || c->out.over_per >= 0 ||
            c->cond.kind != JX_RC_ALWAYS || c->cond.words[0])
            continue;
        for (int k = 0; k < rd->n; k++) {
            const raw *r = &rd->r[k];
            if (r->start >= c->at && r->end <= c->at + c->len && r->out != OUT_NONE &&
                contains_any(rd->s, r->start, r->end, jx_rw_late, jx_rw_late_n))
                copy_words(&c->cond, rd->s, r);
        }
    }
    if (base_raw < 0) return;
    const raw *b = &rd->r[base_raw];
    for (int i = 0; i < ru->n; i++) {
        jx_rclause *c = &ru->clause[i];
        if (c->out.kind != JX_RO_STEPS || c->out.ref != 0 || c->out.over_per >= 0 ||
            c->cond.kind != JX_RC_ALWAYS)
            continue;
        jx_rcond w;
        memset(&w, 0, sizeof w);
        copy_words(&w, rd->s, b);
        copy_text(c->out.words, sizeof c->out.words, w.words, 0, strlen(w.words));
    }
}

/*
 * "完成财政收入任务得分,每少一个百分点扣1分" (g11): the full points are for
 * the task done in full (jx_rt_done_in_full), so a percent step below with
 * no bound of its own is measured from 100 %, as "与计划每相差3%".
 */
static void done_in_full_base(const reader *rd, int base_raw, stepdef *steps, int nsteps)
{
    if (base_raw < 0) return;
    const raw *b = &rd->r[base_raw];
    if (b->pstart < b->pend || !jx_rt_done_in_full(rd->s, b->cstart, b->cend)) return;
    for (int i = 0; i < nsteps; i++)
        if (steps[i].percent && steps[i].dir == RW_UNDER && !steps[i].has_bound && !steps[i].occ &&
            !steps[i].rank)
            steps[i].vs_plan = 1;
}

/*
 * "计划建成面积数全部或超额完成,得20分;完成率在80-100%,得10分;…" (g11):
 * next to percent bands, a level saying the plan was done in full (or
 * more) is a bound on the same rate (jx_rt_done_bound): ≥100 %, =100 %,
 * >100 %.  Any other level stays a level (and is refused beside bands).
 */
static void done_levels_as_bounds(jx_rule *ru)
{
    if (ru->percent != 1) return;
    for (int i = 0; i < ru->n; i++) {
        jx_rcond *c = &ru->clause[i].cond;
        int code;
        if (c->kind != JX_RC_LEVEL || ru->clause[i].out.kind == JX_RO_OPEN ||
            !jx_rt_done_bound(c->label, &code))
            continue;
        memset(c, 0, sizeof *c);
        c->kind = JX_RC_RANGE;
        c->has_lo = 1;
        c->lo = 1.0;
        c->lo_incl = code != RW_GT;
        if (code == RW_EQ) { c->has_hi = c->hi_incl = 1; c->hi = 1.0; }
    }
}

/*
 * kinds() with a cap that exhausts the item after the last kind ("每迟报
 * 一天扣0.5分;…每迟报一天扣1分,扣完6分为止"): tried first as a cap of them
 * all together (rule.kinds_cap); when they are no kinds, the cap is put
 * back as it was read (the last step's own, or shared) and kinds() asked
 * again.  exhaust 0: kinds() as it is.
 */
static int exhaust_kinds(reader *rd, stepdef *steps, int nsteps, int *shared_cap, double exhaust,
                         int exhaust_step, int base_set, double base, int base_frac, jx_err *e)
{
    if (exhaust > 0) {
        stepdef keep = exhaust_step >= 0 ? steps[exhaust_step] : steps[0];
        if (exhaust_step >= 0) { steps[exhaust_step].has_cap = 0; steps[exhaust_step].own_cap = 0; }
        int k = kinds(rd, steps, nsteps, exhaust_step >= 0 ? *shared_cap : 0, base_set, base,
                      base_frac, e);
        if (k != 0) {
            if (k > 0) rd->rule->kinds_cap = exhaust;
            return k;
        }
        if (exhaust_step >= 0) steps[exhaust_step] = keep;
    }
    return kinds(rd, steps, nsteps, *shared_cap, base_set, base, base_frac, e);
}

/*
 * "(2分, 1个部门0.5分,满分2分)": one of a counted thing, then its points
 * with no verb.  Read as points for each one only in a sentence that
 * deducts nothing (no 扣 / 减 / 不得 anywhere): there a verbless N分 can
 * only add.
 */
static int verbless_each(const reader *rd, const raw *r, double *v)
{
    static const char *const minus[] = { "扣", "减", "不得", "不计", "罚" };
    const char *s = rd->s;
    if (contains_any(s, 0, rd->len, minus, JX_RWORDS(minus))) return 0;
    jx_cur c;
    jx_cur_init(&c, s, r->start, r->end);
    double one;
    char unit[16];
    if (!read_number(&c, &one) || one != 1 || read_unit(&c, unit, sizeof unit) || !unit[0])
        return 0;
    size_t at = c.pos;
    while (!jx_cur_eof(&c) && !jx_is_digit(jx_cur_peek(&c, &(size_t){0}))) jx_cur_next(&c);
    if (c.pos - at > 18 || contains_any(s, at, c.pos, minus, JX_RWORDS(minus))) return 0;
    if (!read_number(&c, v) || !(*v > 0) || !expect(&c, "分") || !at_end(&c)) return 0;
    return 1;
}

/* --- Open clauses (JX_RO_OPEN, see OPEN CLAUSES in ruletext.h) ---------- */

/* The earliest of the words w in s[a..b), or b. */
static size_t first_word(const char *s, size_t a, size_t b, const char *const *w, size_t n)
{
    size_t best = b;
    for (size_t i = 0; i < n; i++) {
        size_t at = find_word(s, a, b, w[i]);
        if (at < best) best = at;
    }
    return best;
}

/*
 * A range of points ending the clause: "(0-1分)", "扣1-3分", "(30-49)" (in
 * brackets a bare range is points: the table prints the points there).
 * Sets *at where it starts.
 */
static int points_range(const char *s, size_t a, size_t b, size_t *at, double *lo, double *hi)
{
    static const char *const verbs[] = { "扣", "得", "计", "记", "给", "加", "减" };
    static const char *const dash[] = { "-", "~", "至", "到", "—", "–", "－" };
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    uint32_t prev = 0;
    while (!jx_cur_eof(&c)) {
        jx_cur t = c;
        size_t here = c.pos;
        int paren = jx_cur_word(&t, "(");
        for (size_t i = 0; i < JX_RWORDS(verbs); i++)
            if (jx_cur_word(&t, verbs[i])) break;
        double x, y;
        int sep = 0;
        if (!jx_is_digit(prev) && prev != '.' && read_number(&t, &x)) {
            for (size_t i = 0; i < JX_RWORDS(dash) && !sep; i++)
                sep = expect(&t, dash[i]);
            if (sep && read_number(&t, &y) && x < y) {
                int pts = expect(&t, "分");
                if ((pts || paren) && (!paren || expect(&t, ")")) && at_end(&t)) {
                    *at = here;
                    *lo = x;
                    *hi = y;
                    return 1;
                }
            }
        }
        prev = jx_cur_next(&c);
    }
    return 0;
}

/* Where an unstated deduction ends the clause ("累计扣"), or b. */
static size_t unstated_at(const char *s, size_t a, size_t b)
{
    for (size_t i = 0; i < jx_rw_unstated_n; i++) {
        size_t at = find_word(s, a, b, jx_rw_unstated[i]);
        jx_cur c;
        jx_cur_init(&c, s, at, b);
        if (at < b && jx_cur_word(&c, jx_rw_unstated[i]) && only_tail(s, c.pos, b)) return at;
    }
    return b;
}

/*
 * A clause whose outcome is understood but gives no score (OUT_OPEN):
 *   - a vague word and a scoring verb after it: "资料不齐全酌情扣分",
 *     "不符合要求的视具体情况扣分" (JX_OPEN_JUDGED);
 *   - a range of points: "其他(0-1分)", "扣1-3分" (JX_OPEN_RANGE);
 *   - a score from other units: "第2-5名按第1名的比例得分", "其他部门得分
 *     为专业部门得分的平均分" (JX_OPEN_ELSEWHERE).
 * The condition is what comes before the outcome.
 */
/*
 * Where a consequence beyond the item's score starts, the clause's end
 * (r->end when none): a word of jx_rw_beyond, 取消…资格 ("取消评比资格",
 * "取消年度评先资格") or 视为…不合格 ("视为绩效考核结果“不合格”"), then
 * nothing but tail words.  These say what else happens (a ranking lost, a
 * verdict), not the item's score.
 */
static size_t beyond_at(const char *s, size_t a, size_t b)
{
    size_t x = a, y = b;
    jx_trim(s, &x, &y);
    for (;;) {                                   /* "视为…“不合格”" */
        if (y > x && s[y - 1] == '"') y--;
        else if (y >= x + 3 && memcmp(s + y - 3, "”", 3) == 0) y -= 3;
        else break;
    }
    size_t w = first_word(s, a, y, jx_rw_beyond, jx_rw_beyond_n);
    if (w < y) {
        for (size_t i = 0; i < jx_rw_beyond_n; i++) {
            jx_cur c;
            jx_cur_init(&c, s, w, y);
            if (jx_cur_word(&c, jx_rw_beyond[i]) && only_tail(s, c.pos, y)) return w;
        }
    }
    static const struct { const char *from, *to; } pair[] = { {"取消", "资格"}, {"视为", "不合格"} };
    for (size_t i = 0; i < JX_RWORDS(pair); i++) {
        size_t f = find_word(s, a, y, pair[i].from), l = strlen(pair[i].to);
        if (f < y && y >= f + l && memcmp(s + y - l, pair[i].to, l) == 0 &&
            !contains_digit(s, f, y))
            return f;
    }
    return b;
}

static void read_open(const char *s, raw *r)
{
    size_t v = first_word(s, r->start, r->end, jx_rw_vague, jx_rw_vague_n);
    size_t at;
    double lo, hi;
    if ((at = beyond_at(s, r->start, r->end)) < r->end) {
        r->open = JX_OPEN_BEYOND;         /* "…的取消评比资格": not the item's score */
        r->ostart = at;
    } else if (v < r->end &&
        first_word(s, v, r->end, jx_rw_open_verb, jx_rw_open_verb_n) < r->end) {
        r->open = JX_OPEN_JUDGED;
        r->ostart = v;
    } else if (points_range(s, r->start, r->end, &at, &lo, &hi)) {
        r->open = JX_OPEN_RANGE;
        r->ostart = at;
        r->olo = lo;
        r->ohi = hi;
    } else if ((v = first_word(s, r->start, r->end, jx_rw_elsewhere, jx_rw_elsewhere_n)) <
               r->end) {
        r->open = JX_OPEN_ELSEWHERE;
        size_t lead = first_word(s, r->start, v, jx_rw_elsewhere_lead, jx_rw_elsewhere_lead_n);
        r->ostart = lead < v ? lead : v;
    } else if ((v = unstated_at(s, r->start, r->end)) < r->end) {
        r->open = JX_OPEN_UNSTATED;       /* "二次及以上累计扣": how much? */
        r->ostart = v;
    } else if ((v = jx_rt_verdict_at(s, r->start, r->end)) < r->end) {
        r->open = JX_OPEN_BEYOND;         /* "倒扣10分", "评为不合格" (g11) */
        r->ostart = v;
    } else if ((v = jx_rf_some_items_zero(s, r->start, r->end)) < r->end) {
        r->open = JX_OPEN_ELSEWHERE;      /* "未编制…的本指标(2)-(4)项不得分" */
        r->ostart = v;
    } else if ((v = jx_rf_either_formula(s, r->start, r->end)) < r->end) {
        r->open = JX_OPEN_ELSEWHERE;      /* "按B/A或A/B*该指标分值记分": which? */
        r->ostart = v;
    } else {
        return;
    }
    r->out = OUT_OPEN;
    r->cstart = r->start;
    r->cend = r->ostart;
    jx_trim(s, &r->cstart, &r->cend);
    drop_filler(s, r);
}

/* s[a..b) into dst (cap bytes with the NUL), cut on a UTF-8 boundary and
 * at a line break (the quote stays a piece of the sentence). */
static void copy_text(char *dst, size_t cap, const char *s, size_t a, size_t b)
{
    jx_trim(s, &a, &b);
    const char *nl = a < b ? memchr(s + a, '\n', b - a) : NULL;
    if (nl) b = (size_t)(nl - s);
    jx_trim(s, &a, &b);
    size_t n = b > a ? b - a : 0;
    if (n > cap - 1) {
        n = cap - 1;
        while (n > 0 && ((unsigned char)s[a + n] & 0xC0) == 0x80) n--;
    }
    memcpy(dst, s + a, n);
    dst[n] = '\0';
}

/*
 * The OPEN clause of r into c: its condition is its own words or the
 * condition clause before it (a level, a bound, 其他), or none (ALWAYS:
 * every actual may fall under it).  A step or an occurrence left to the
 * evaluator ("每少一次酌情扣分") is refused: what would it count?
 */
static jx_err open_clause(reader *rd, raw *r, jx_rclause *c)
{
    cond cd, pc;
    jx_err e;
    memset(c, 0, sizeof *c);
    memset(&cd, 0, sizeof cd);
    memset(&pc, 0, sizeof pc);
    cd.percent = pc.percent = -1;
    c->at = r->start;
    c->len = r->end - r->start;
    c->out.kind = JX_RO_OPEN;
    c->out.open = r->open;
    c->out.open_lo = r->olo;
    c->out.open_hi = r->ohi;
    copy_text(c->out.quote, sizeof c->out.quote, rd->s, r->start, r->end);
    copy_text(c->out.words, sizeof c->out.words, rd->s, r->ostart, r->end);
    if ((e = read_cond(rd, r->cstart, r->cend, &cd, r->start, r->end)) ||
        (e = read_prefix(rd, r, &pc, 0)))
        return e;
    if (cd.has_step || cd.occ || cd.na || pc.has_step || pc.occ || pc.na ||
        (cd.has_bound && pc.has_bound))
        return refuse_raw(rd, r);
    /* "按实际情况酌情打分", "由检查者酌情扣分": how or who, not a condition */
    static const char *const manner[] = { "按", "根据", "依据", "由", "结合" };
    jx_cur mc;
    int how = 0;
    for (size_t i = 0; i < JX_RWORDS(manner) && !how; i++) {
        jx_cur_init(&mc, rd->s, r->cstart, r->cend);
        how = jx_cur_word(&mc, manner[i]) && !cd.has_bound && !cd.els;
    }
    if (how) cd.level = 0;
    const cond *bd = cd.has_bound ? &cd : pc.has_bound ? &pc : NULL;
    if (bd) {
        c->cond = bd->rc;
        if ((e = note_percent(rd, r, bd->percent)) || (e = note_unit(rd, r, bd->unit)))
            return e;
    } else if (cd.els || pc.els) {
        c->cond.kind = JX_RC_ELSE;          /* its words, for an actual naming them */
        if (cd.els) copy_label(c->cond.label, rd->s, r->cstart, r->cend);
    } else if (cd.level) {
        c->cond.kind = JX_RC_LEVEL;
        copy_label(c->cond.label, rd->s, r->cstart, r->cend);
    } else if (pc.level) {
        c->cond.kind = JX_RC_LEVEL;
        copy_label(c->cond.label, rd->s, pc.lstart, pc.lend);
    } else {
        c->cond.kind = JX_RC_ALWAYS;
    }
    if (c->cond.kind == JX_RC_LEVEL && c->cond.label[0] == '\0')
        c->cond.kind = JX_RC_ALWAYS;
    return JX_OK;
}

/*
 * "确保县城污水处理率达80%以上，污泥基本实现无害化处理处置，否则不得分":
 * 否则 after a bound AND a requirement in words.  Below the bound, 否则
 * certainly holds (a RANGE clause, the complement of the bound, with r's
 * outcome); at or above it, the other requirement decides and the actual
 * does not show it (an OPEN clause on the bound, quoting that
 * requirement).  A two-sided bound has no one-piece complement: refused.
 */
static jx_err compound_else(reader *rd, raw *r, const cond *pc, jx_rclause *open)
{
    jx_err e = JX_OK;
    const jx_rcond *b = &pc->rc;
    if (b->kind != JX_RC_RANGE || b->has_lo == b->has_hi) return refuse_raw(rd, r);
    jx_rclause *c = add_clause(rd, r, &e);
    if (!c) return e;
    c->cond.kind = JX_RC_RANGE;
    if (b->has_lo) { c->cond.has_hi = 1; c->cond.hi = b->lo; c->cond.hi_incl = !b->lo_incl; }
    else { c->cond.has_lo = 1; c->cond.lo = b->hi; c->cond.lo_incl = !b->hi_incl; }
    set_out(&c->out, r);
    if ((e = note_percent(rd, r, pc->percent)) || (e = note_unit(rd, r, pc->unit))) return e;
    memset(open, 0, sizeof *open);
    open->cond = *b;
    open->at = pc->lstart;
    open->len = pc->lend - pc->lstart;
    open->out.kind = JX_RO_OPEN;
    open->out.open = JX_OPEN_ALSO;
    copy_text(open->out.quote, sizeof open->out.quote, rd->s, pc->lstart, pc->lend);
    copy_text(open->out.words, sizeof open->out.words, rd->s, pc->lstart, pc->lend);
    return JX_OK;
}

/*
 * "在职人员控制率小于或等于1计5分,否则按比例计分": 否则 is above the bound,
 * where min(x, 1) is 1: a proportion of what is not said.  The proportion
 * under 否则 after an upper bound alone is an OPEN clause on 其他 (below a
 * lower bound, "达到100%的得满分,否则按比例计分", it is the completion ratio).
 */
static void else_ratio_above(reader *rd)
{
    jx_rule *ru = rd->rule;
    int upper = 0, lower = 0;
    for (int i = 0; i < ru->n; i++) {
        const jx_rcond *c = &ru->clause[i].cond;
        if (c->kind != JX_RC_RANGE) continue;
        upper += c->has_hi && !c->has_lo;
        lower += c->has_lo;
    }
    if (!upper || lower) return;
    for (int i = 0; i < ru->n; i++) {
        jx_rclause *c = &ru->clause[i];
        if (c->cond.kind != JX_RC_ALWAYS ||
            (c->out.kind != JX_RO_RATIO && c->out.kind != JX_RO_LINEAR) ||
            !contains_any(rd->s, c->at, c->at + c->len, jx_rw_else, jx_rw_else_n))
            continue;
        memset(&c->out, 0, sizeof c->out);
        c->cond.kind = JX_RC_ELSE;
        c->out.kind = JX_RO_OPEN;
        c->out.open = JX_OPEN_ELSEWHERE;
        copy_text(c->out.quote, sizeof c->out.quote, rd->s, c->at, c->at + c->len);
        copy_text(c->out.words, sizeof c->out.words, rd->s, c->at, c->at + c->len);
    }
}

/*
 * "新办…100万元以上的,或老工业企业…200万元以上的,得5分": alternatives with
 * different bounds on one side.  Past the stricter bound either reading
 * gives the outcome (pc->rc becomes that bound); between the two it depends
 * on which alternative the actual is, which a number does not say (an OPEN
 * clause on that range, quoting the alternative).
 */
static void alternatives(reader *rd, cond *pc, jx_rclause *open)
{
    jx_rcond a = pc->rc, b = pc->alt_rc;
    int lower = a.has_lo;
    /* strict: the bound fewer values pass */
    int a_strict = lower ? (a.lo > b.lo || (a.lo == b.lo && !a.lo_incl))
                         : (a.hi < b.hi || (a.hi == b.hi && !a.hi_incl));
    jx_rcond strict = a_strict ? a : b, loose = a_strict ? b : a;
    memset(open, 0, sizeof *open);
    open->cond.kind = JX_RC_RANGE;
    if (lower) {           /* [loose, strict) */
        open->cond.has_lo = 1; open->cond.lo = loose.lo; open->cond.lo_incl = loose.lo_incl;
        open->cond.has_hi = 1; open->cond.hi = strict.lo; open->cond.hi_incl = !strict.lo_incl;
    } else {               /* (strict, loose] */
        open->cond.has_hi = 1; open->cond.hi = loose.hi; open->cond.hi_incl = loose.hi_incl;
        open->cond.has_lo = 1; open->cond.lo = strict.hi; open->cond.lo_incl = !strict.hi_incl;
    }
    open->at = pc->alt_at;
    open->len = pc->alt_end - pc->alt_at;
    open->out.kind = JX_RO_OPEN;
    open->out.open = JX_OPEN_EITHER;
    copy_text(open->out.quote, sizeof open->out.quote, rd->s, pc->alt_at, pc->alt_end);
    copy_text(open->out.words, sizeof open->out.words, rd->s, pc->alt_at, pc->alt_end);
    pc->rc = strict;
    pc->alt = 0;
}

/* The condition of r (its own words and the clauses before it) compares with
 * other units' data: "占比高于各地区平均占比加5%的". */
static int elsewhere_cond(const reader *rd, const raw *r)
{
    size_t a = r->pstart < r->pend ? r->pstart : r->cstart;
    return a < r->cend && contains_any(rd->s, a, r->cend, jx_rw_elsewhere_cond,
                                       jx_rw_elsewhere_cond_n);
}

/*
 * "…每少1%，扣0.1分；但…占比高于各地区平均占比加5%的，可不扣分": whether the
 * condition holds needs other data, but its outcome is known (r's fraction
 * of the points): an OPEN clause with open_known, quoting the condition.
 */
static void known_open(reader *rd, const raw *r, jx_rclause *c)
{
    size_t a = r->pstart < r->pend ? r->pstart : r->start;
    memset(c, 0, sizeof *c);
    c->cond.kind = JX_RC_ALWAYS;
    c->at = a;
    c->len = r->end - a;
    c->out.kind = JX_RO_OPEN;
    c->out.open = JX_OPEN_ELSEWHERE;
    c->out.open_known = 1;
    c->out.value = r->value;
    size_t qa = r->pstart < r->pend ? rd->r[r->plast].start : r->start;
    size_t qb = r->pstart < r->pend ? rd->r[r->plast].end : r->cend;
    copy_text(c->out.quote, sizeof c->out.quote, rd->s, qa, qb);
    copy_text(c->out.words, sizeof c->out.words, rd->s, qa, qb);
}

/*
 * "完成…任務的得2分,完成…任務的得13分,沒有完成任務按比例得分": a proportion
 * beside levels that are parts: a rate of which part?  The proportion
 * becomes an OPEN clause on its own words (those before 按: "沒有完成任務"),
 * so the parts still read ("均完成" → 15) and an actual naming it is refused.
 */
static void which_ratio(reader *rd, jx_rclause *c)
{
    size_t end = c->at + c->len;
    size_t by = find_word(rd->s, c->at, end, "按");
    memset(&c->cond, 0, sizeof c->cond);
    memset(&c->out, 0, sizeof c->out);
    c->cond.kind = JX_RC_ALWAYS;
    if (by < end) {
        copy_label(c->cond.label, rd->s, c->at, by);
        if (c->cond.label[0]) c->cond.kind = JX_RC_LEVEL;
    }
    c->out.kind = JX_RO_OPEN;
    c->out.open = JX_OPEN_WHICH;
    copy_text(c->out.quote, sizeof c->out.quote, rd->s, c->at, end);
    copy_text(c->out.words, sizeof c->out.words, rd->s, by < end ? by : c->at, end);
}

/*
 * "A的，B的，C的，各扣1分": the clause's own condition is only 各 (each) and
 * two condition clauses or more come before it: each is a level with the
 * outcome.
 */
static int each_of(const reader *rd, const raw *r)
{
    static const char *const each[] = { "各", "均", "分别", "每项各" };
    int n = 0;
    for (int k = r->pfirst; r->pstart < r->pend && k <= r->plast; k++)
        n += rd->r[k].used == 4;
    if (n < 2) return 0;
    for (size_t i = 0; i < JX_RWORDS(each); i++) {
        jx_cur c;
        jx_cur_init(&c, rd->s, r->cstart, r->cend);
        if (jx_cur_word(&c, each[i]) && at_end(&c)) return 1;
    }
    return 0;
}

/*
 * Ranks one by one before 分别: "排名倒数第1名、第2名、第3名的分别计2分、
 * 1.9分、1.8分".  Words before the first 第 name the ranking (倒数 counts
 * from the bottom: rule.rank_from_bottom, set for the whole sentence by
 * ranks_from_bottom()); then 第N名 separated by 、 (第 and 名 may be left
 * out after the first), one outcome each.  1 added, 0 not this form, -1.
 */
static int rank_items(reader *rd, const raw *r, size_t a, size_t b, const double *val,
                      int nv, int deduct)
{
    const char *s = rd->s;
    size_t first = find_word(s, a, b, "第");
    if (first == b) return 0;
    jx_cur c;
    jx_cur_init(&c, s, first, b);
    double rk[JX_RCLAUSES_MAX];
    int n = 0;
    for (;;) {
        double v;
        jx_cur_skip_space(&c);
        jx_cur_word(&c, "倒数");
        int th = jx_cur_word(&c, "第");
        if (!read_number(&c, &v)) return n ? -1 : 0;
        if (!expect(&c, "名") && th) return n ? -1 : 0;
        if (n == JX_RCLAUSES_MAX || v < 1 || v != floor(v)) return -1;
        rk[n++] = v;
        if (!expect(&c, "、")) break;
    }
    if (!only_tail(s, c.pos, b) || n < 2) return n < 2 ? 0 : -1;
    if (n != nv || contains_digit(s, a, first)) return -1;
    for (int k = 0; k < n; k++) {
        jx_err e;
        jx_rclause *cl = add_clause(rd, r, &e);
        if (!cl) return -1;
        cl->cond.kind = JX_RC_RANGE;
        cl->cond.has_lo = cl->cond.has_hi = cl->cond.lo_incl = cl->cond.hi_incl = 1;
        cl->cond.lo = cl->cond.hi = rk[k];
        cl->out.kind = deduct ? JX_RO_DEDUCT : JX_RO_POINTS;
        cl->out.value = val[k];
    }
    if (rd->rule->unit[0] && strcmp(rd->rule->unit, "名") != 0) return -1;
    snprintf(rd->rule->unit, sizeof rd->rule->unit, "名");
    if (rd->rule->percent < 0) rd->rule->percent = 0;
    if (rd->rule->percent != 0) return -1;
    return 1;
}

/* 倒数第N名 anywhere: every rank of the sentence counts from the bottom. */
static void ranks_from_bottom(reader *rd)
{
    if (contains(rd->s, 0, rd->len, "倒数第"))
        rd->rule->rank_from_bottom = 1;
}

/*
 * A rank step that goes on from the last rank listed: "倒数第1名、第2名、第3名
 * 的分别计2分、1.9分、1.8分，倒数第4名及以上的，每进1名扣0.1分": from 倒数第3名
 * (1.8) each rank further is 0.1 less, 倒数第4名 → 1.7.  The step's bound is
 * "N名及以上" and rank N − 1 has its points in the list: ref N − 1, base
 * those points.  1 when it applies.
 */
static int rank_step_from_list(const reader *rd, const stepdef *sd, double *ref,
                               double *base, int *base_frac)
{
    const jx_rule *ru = rd->rule;
    if (strcmp(ru->unit, "名") != 0 || !sd->has_bound || sd->occ || sd->dir != RW_OVER ||
        !sd->rc.has_lo || !sd->rc.lo_incl || sd->rc.has_hi)
        return 0;
    for (int i = 0; i < ru->n; i++) {
        const jx_rclause *c = &ru->clause[i];
        if (c->cond.kind == JX_RC_RANGE && c->cond.has_lo && c->cond.has_hi &&
            c->cond.lo == c->cond.hi && c->cond.lo == sd->rc.lo - sd->step &&
            c->out.kind == JX_RO_POINTS) {
            *ref = c->cond.lo;
            *base = c->out.value;
            *base_frac = 0;
            return 1;
        }
    }
    return 0;
}

/*
 * "占比排名前5名的得满分,6-10名的扣0.5分,11名以后扣1分,占比为0的不得分": the
 * last clause is no band on the rank but a state of the measure ranked (its
 * share is nothing); an actual names it ("占比为0"), a rank goes to the
 * bands.  The condition is a subject and 为0 / 为零 (no unit); it must score
 * 0 and the other bounds must be ranks (checked after the clauses).
 */
static int zero_of_other(const reader *rd, const raw *r, const cond *cd)
{
    const jx_rcond *rc = &cd->rc;
    if (!(rc->has_lo && rc->has_hi && rc->lo == 0 && rc->hi == 0) || cd->unit[0] ||
        cd->percent == 1)
        return 0;
    static const char *const zero[] = { "为0", "为零", "等于0" };
    size_t a = r->cstart, b = r->cend;
    for (size_t i = 0; i < JX_RWORDS(zero); i++) {
        size_t at = find_word(rd->s, a, b, zero[i]);
        if (at > a && at < b && only_tail(rd->s, at + strlen(zero[i]), b) &&
            !contains_digit(rd->s, a, at) && contains(rd->s, 0, rd->len, "名"))
            return 1;
    }
    return 0;
}

/* --- Numeric forms (gnum, issue 15) -------------------------------------- */

/*
 * A plain bound on a ratio of two amounts the sentence writes out ("若部门全
 * 年预算调剂金额/年初部门预算数>0.1,此项得0分", c03-03) next to a formula of
 * that ratio: the bound is a fraction, so a rate typed "2%" and 0.02 are the
 * same value (the rule's unit is left open, as for a formula).  The bound is
 * at most 1 and the condition holds the "/".
 */
static int ratio_bound(const reader *rd, const raw *r, const cond *cd)
{
    const jx_rcond *rc = &cd->rc;
    size_t a = r->pstart < r->pend ? r->pstart : r->cstart;
    if (cd->percent != 0 || cd->unit[0] || !contains(rd->s, a, r->cend, "/")) return 0;
    if ((rc->has_lo && !(rc->lo <= 1)) || (rc->has_hi && !(rc->hi <= 1))) return 0;
    for (int i = 0; i < rd->n; i++) {             /* a formula of the ratio */
        jx_rout o;
        if (read_linear(rd, &rd->r[i], &o)) return 1;
    }
    return 0;
}

/* "…( 2 分)" at the end of s[a..b): the points and where the bracket opens. */
static int bracket_points_at_end(const char *s, size_t a, size_t b, double *v, size_t *open)
{
    size_t o = find_word(s, a, b, "("), k = o;
    while (k < b) { o = k; k = find_word(s, o + 1, b, "("); }       /* the last ( */
    if (o == b || o == a) return 0;
    jx_cur c;
    jx_cur_init(&c, s, o, b);
    jx_cur_word(&c, "(");
    if (!read_number(&c, v) || !expect(&c, "分") || !expect(&c, ")") || !at_end(&c)) return 0;
    *open = o;
    return 1;
}

/*
 * Alternatives in one clause, each with its points in brackets after it:
 * "分配结果合理( 2 分)、不合理分配比例≥ 5%( 0 分)" — b10-01.  Split at 、
 * into one clause each (condition, then POINTS); they are alternatives, not
 * sub-items to add up (a level and a bound: 合理 → 2, 8% → 0).  Only when
 * every part ends in its own bracket and at least one part is a bound.
 */
static jx_err bracket_alternatives(reader *rd)
{
    const char *s = rd->s;
    for (int i = 0; i < rd->n; i++) {
        raw *r = &rd->r[i];
        if (r->used || r->out != OUT_NONE || !contains(s, r->start, r->end, "、")) continue;
        size_t cut[MAX_RAW], open[MAX_RAW];
        double val[MAX_RAW];
        int np = 0, bounds = 0;
        size_t x = r->start;
        for (;;) {
            size_t sep = find_word(s, x, r->end, "、");
            if (np == MAX_RAW - 1 || !bracket_points_at_end(s, x, sep, &val[np], &open[np])) {
                np = -1;
                break;
            }
            static const char *const cmp[] = { "≥", "≤", ">", "<", "以上", "以下", "%" };
            bounds += contains_any(s, x, open[np], cmp, JX_RWORDS(cmp));
            cut[np++] = sep;
            if (sep == r->end) break;
            x = sep + strlen("、");
        }
        if (np < 2 || !bounds || rd->n + np - 1 > MAX_RAW) continue;
        raw base = *r;
        memmove(&rd->r[i + np], &rd->r[i + 1], (size_t)(rd->n - i - 1) * sizeof *rd->r);
        rd->n += np - 1;
        size_t from = base.start;
        for (int k = 0; k < np; k++) {
            raw *p = &rd->r[i + k];
            *p = base;
            p->start = from;
            p->end = cut[k];
            p->out = OUT_POINTS;
            p->value = val[k];
            p->cstart = p->start;
            p->cend = open[k];
            jx_trim(s, &p->cstart, &p->cend);
            if (p->cstart >= p->cend) return refuse_raw(rd, p);
            from = cut[k] + strlen("、");
        }
        rd->bracket_parts = 1;
        i += np - 1;
    }
    return JX_OK;
}

/* "…的奖励1分" / "…奖励0.5分" / "…的不奖分" at the end of s[a..b): its
 * value and where the condition ends, or 0. */
static int bonus_at_end(const char *s, size_t a, size_t b, double *v, size_t *cend)
{
    static const char *const none[] = { "不奖分", "不奖励", "不加分" };
    for (size_t i = 0; i < JX_RWORDS(none); i++) {
        size_t l = strlen(none[i]);
        if (b >= a + l && memcmp(s + b - l, none[i], l) == 0) { *v = 0; *cend = b - l; return 1; }
    }
    size_t at = a, k = find_word(s, a, b, "奖励");
    if (k == b) return 0;
    while (k < b) { at = k; k = find_word(s, at + 1, b, "奖励"); }   /* the last 奖励 */
    jx_cur c;
    jx_cur_init(&c, s, at, b);
    jx_cur_word(&c, "奖励");
    if (!read_number(&c, v) || !expect(&c, "分") || !at_end(&c) || !(*v > 0)) return 0;
    *cend = at;
    return 1;
}

/*
 * Bonus levels on top of the item: "参与创建卫生镇的奖励1分、卫生村奖励0.5分，…。
 * 辖区无创建任务的不奖分。" — b14-27: each part before 、 names a level and
 * its bonus (JX_RO_BONUS, s = P + bonus; above_points), 不奖分 is a bonus of 0.
 * A clause listing several is split at 、 into one clause each (the raw
 * array grows).  Refused when a part has no bonus of its own.
 */
static jx_err bonus_clauses(reader *rd)
{
    const char *s = rd->s;
    for (int i = 0; i < rd->n; i++) {
        raw *r = &rd->r[i];
        double v;
        size_t ce;
        if (r->used || r->out != OUT_NONE || !bonus_at_end(s, r->start, r->end, &v, &ce)) continue;
        /* the parts, split at 、 */
        size_t cut[MAX_RAW];
        int nparts = 0;
        size_t x = r->start;
        for (;;) {
            size_t sep = find_word(s, x, r->end, "、");
            if (nparts == MAX_RAW - 1) return refuse_raw(rd, r);
            cut[nparts++] = sep;
            if (sep == r->end) break;
            x = sep + strlen("、");
        }
        if (rd->n + nparts - 1 > MAX_RAW) return refuse_raw(rd, r);
        /* every part must end in its own bonus, else the 、 is inside a name */
        size_t from = r->start;
        for (int k = 0; k < nparts; k++) {
            double pv;
            size_t pe;
            if (!bonus_at_end(s, from, cut[k], &pv, &pe)) {
                if (nparts == 1) return refuse_raw(rd, r);
                nparts = 0;               /* "国家、省级…": not parts */
                break;
            }
            from = cut[k] + strlen("、");
        }
        if (nparts == 0) return refuse_raw(rd, r);
        raw base = *r;
        memmove(&rd->r[i + nparts], &rd->r[i + 1], (size_t)(rd->n - i - 1) * sizeof *rd->r);
        rd->n += nparts - 1;
        from = base.start;
        for (int k = 0; k < nparts; k++) {
            raw *p = &rd->r[i + k];
            double pv;
            size_t pe;
            *p = base;
            p->start = from;
            p->end = cut[k];
            bonus_at_end(s, p->start, p->end, &pv, &pe);
            p->out = OUT_BONUS;
            p->value = pv;
            p->cstart = p->start;
            p->cend = pe;
            jx_trim(s, &p->cstart, &p->cend);
            size_t l = strlen("的");
            if (p->cend >= p->cstart + l && memcmp(s + p->cend - l, "的", l) == 0) p->cend -= l;
            if (p->cstart >= p->cend) return refuse_raw(rd, p);
            from = cut[k] + strlen("、");
        }
        i += nparts - 1;
    }
    return JX_OK;
}

/* "指标为负得0分": a subject, then 为负 (x < 0) or 为正 (x > 0), in any unit. */
static int sign_cond(const char *s, size_t a, size_t b, cond *cd)
{
    static const jx_rword w[] = { {"为负数", RW_LT, 0}, {"为负值", RW_LT, 0}, {"为负", RW_LT, 0},
                                  {"为正数", RW_GT, 0}, {"为正值", RW_GT, 0}, {"为正", RW_GT, 0} };
    if (contains_digit(s, a, b)) return 0;
    for (size_t i = 0; i < JX_RWORDS(w); i++) {
        size_t at = find_word(s, a, b, w[i].word);
        if (at == b || !only_tail(s, at + strlen(w[i].word), b)) continue;
        memset(&cd->rc, 0, sizeof cd->rc);
        cd->rc.kind = JX_RC_RANGE;
        if (w[i].code == RW_LT) { cd->rc.has_hi = 1; cd->rc.hi = 0; cd->negative = 1; }
        else { cd->rc.has_lo = 1; cd->rc.lo = 0; }
        cd->has_bound = 1;
        cd->percent = -1;                 /* 0 in any unit */
        cd->unit[0] = '\0';
        return 1;
    }
    return 0;
}

/*
 * "指标得分=1-10×部门全年预算调剂金额/年初部门预算数))*指标分值" (c03-03): the
 * page lost the opening brackets.  Putting them back, only two readings
 * exist: (1 − K·x) × P (a bracket before 1) and 1 − K·x·P (brackets after
 * "1-").  For the rates the sentence scores (0 to 1/K; above, 此项得0分) the
 * first stays within [0, P] for every P; the second does not for any P ≠ 1
 * (at x = 0 it is 1, at x = 1/K it is 1 − P) and is the first when P = 1.
 * So exactly one reading gives a score in [0, P] for every actual: it is
 * read.  Anything else around the brackets (a "(" left, another term, no
 * ×分值 after them) is not this form.
 */
static int lost_brackets(const reader *rd, const raw *r, jx_rout *o)
{
    const char *s = rd->s;
    size_t eq = find_word(s, r->start, r->end, "得分=");
    if (eq == r->end || contains(s, r->start, r->end, "(")) return 0;
    if (contains_digit(s, r->start, eq)) return 0;
    jx_cur c;
    jx_cur_init(&c, s, eq, r->end);
    jx_cur_word(&c, "得分=");
    jx_cur_skip_space(&c);
    if (!jx_cur_word(&c, "1-")) return 0;
    size_t close = find_word(s, c.pos, r->end, ")");
    if (close == r->end) return 0;
    double k;
    if (!linear_factor(s, c.pos, close, &k) || !(k > 0)) return 0;
    jx_cur_init(&c, s, close, r->end);
    int lost = 0;
    while (jx_cur_word(&c, ")")) lost++;
    if (!expect(&c, "×") && !expect(&c, "*")) return 0;
    jx_cur_skip_space(&c);
    if (!(jx_cur_word(&c, "指标分值") || jx_cur_word(&c, "该项分值") ||
          jx_cur_word(&c, "分值")) || !at_end(&c) || lost < 1)
        return 0;
    memset(o, 0, sizeof *o);
    o->kind = JX_RO_LINEAR;
    o->a = 1;
    o->b = -k;
    return 1;
}

/* "达到预期值的数量指标个数": a noun phrase ending in a count word. */
static int count_phrase(const char *s, size_t a, size_t b)
{
    static const char *const counts[] = { "个数", "项数", "数量", "件数", "次数" };
    jx_trim(s, &a, &b);
    if (b <= a || contains_digit(s, a, b)) return 0;
    for (size_t i = 0; i < JX_RWORDS(counts); i++) {
        size_t l = strlen(counts[i]);
        if (b >= a + l && memcmp(s + b - l, counts[i], l) == 0) return 1;
    }
    return 0;
}

/*
 * The score as a count over a count: "该项指标得分=达到预期值的数量指标个数/全部
 * 数量指标个数(即…)" — c03-02: the share met × P (RATIO; the actual "4/5").
 * Around it only descriptions may stand: plain clauses, and a clause on a
 * single unit that scores nothing ("单个数量指标…未达到预期指标…的,均不计分":
 * which units count as not met).  1 when the sentence is this form.
 */
static int count_share(reader *rd, jx_err *e)
{
    const char *s = rd->s;
    int fi = -1;
    for (int i = 0; i < rd->n; i++) {
        raw *r = &rd->r[i];
        size_t eq = find_word(s, r->start, r->end, "得分=");
        if (eq == r->end) continue;
        size_t a = eq + strlen("得分=");
        size_t b = r->end;
        size_t open = find_word(s, a, b, "(");           /* "(即…)" a remark */
        if (open < b && !contains_digit(s, open, b)) b = open;
        size_t sl = find_word(s, a, b, "/");
        if (sl == b || find_word(s, sl + 1, b, "/") < b || !count_phrase(s, a, sl) ||
            !count_phrase(s, sl + 1, b) || fi >= 0)
            return 0;
        fi = i;
    }
    if (fi < 0) return 0;
    for (int i = 0; i < rd->n; i++) {
        const raw *r = &rd->r[i];
        if (i == fi || r->used == 1 || plain_clause(rd, r)) continue;
        /* the single unit's condition: this clause, or the last one joined to it */
        size_t a = r->used == 4 || !(r->pstart < r->pend) ? r->start : rd->r[r->plast].start;
        jx_cur c;
        jx_cur_init(&c, s, a, r->end);
        int single = jx_cur_word(&c, "单个") || jx_cur_word(&c, "每个") || jx_cur_word(&c, "任一");
        if (contains_any(s, a, r->end, jx_rw_vague, jx_rw_vague_n) || !single) return 0;
        if (r->used == 4) continue;       /* its outcome follows */
        if (r->out != OUT_FRACTION || r->value != 0) return 0;
    }
    jx_rclause *c = add_clause(rd, &rd->r[fi], e);
    if (!c) return 0;
    c->cond.kind = JX_RC_ALWAYS;
    c->out.kind = JX_RO_RATIO;
    for (int i = 0; i < rd->n; i++) rd->r[i].used = 1;
    return 1;
}

/*
 * What a step is measured from, between the step word and the step, when
 * the sentence does not give it: "每高于全行平均水平0.01个百分点", "每低于月初
 * 0.5个百分点".  A short noun (at most 8 characters, no digit, no rule word)
 * right before the number.  Moves c past it; 1 when read.
 */
static int step_reference_noun(jx_cur *c)
{
    static const char *const rule_words[] = { "扣", "得", "加", "分", "每", "以", "或", "及",
                                              "、", "(", "%", "不", "未" };
    jx_cur t = *c;
    int chars = 0;
    while (!jx_cur_eof(&t)) {
        jx_cur u = t;
        double v;
        if (chars > 0 && read_number(&u, &v)) { *c = t; return 1; }
        for (size_t i = 0; i < JX_RWORDS(rule_words); i++) {
            jx_cur w = t;
            if (jx_cur_word(&w, rule_words[i])) return 0;
        }
        uint32_t cp = jx_cur_next(&t);
        if (jx_is_digit(cp) || cp < 0x3400 || ++chars > 8) return 0;
    }
    return 0;
}

/*
 * Two clauses that carry no score but set how steps read:
 *  - a base in words, "基础分值为10分", "基础分10分": the base of the steps
 *    (a clause with points and no condition);
 *  - a comparison, "与全省三年平均比例数相比": the reference is not in the
 *    sentence, so the steps read only a gap written as such ("超过0.3个百分
 *    点"; a bare 12.5% is refused).
 */
static void base_and_comparison(reader *rd)
{
    const char *s = rd->s;
    for (int i = 0; i < rd->n; i++) {
        raw *r = &rd->r[i];
        if (r->used || r->out != OUT_NONE) continue;
        jx_cur c;
        jx_cur_init(&c, s, r->start, r->end);
        size_t k;
        for (k = 0; k < jx_rw_base_words_n; k++) {
            jx_cur t = c;
            double v;
            if (jx_cur_word(&t, jx_rw_base_words[k]) && read_number(&t, &v) && expect(&t, "分") &&
                at_end(&t)) {
                r->out = OUT_POINTS;
                r->value = v;
                r->cstart = r->cend = r->start;
                break;
            }
        }
        if (k < jx_rw_base_words_n) continue;
        if (contains(s, r->start, r->end, "与") && !contains_digit(s, r->start, r->end) &&
            (contains(s, r->start, r->end, "相比") || contains(s, r->start, r->end, "比较"))) {
            static const char *const tail[] = { "相比", "相比较", "比较" };
            for (k = 0; k < JX_RWORDS(tail); k++) {
                size_t l = strlen(tail[k]);
                if (r->end >= r->start + l && memcmp(s + r->end - l, tail[k], l) == 0) break;
            }
            if (k < JX_RWORDS(tail)) {
                r->used = 1;
                rd->compared = 1;
            }
        }
    }
}

/*
 * "100%以下按比例扣分", "设备完好率≥90% 按比例计算得分": the proportion
 * holds inside the bound written before its words (x × P there); an
 * actual outside every clause is refused (like ranged_proportion's bands).
 */
static int bounded_proportion(reader *rd, int i, jx_err *e)
{
    const char *s = rd->s;
    raw *r = &rd->r[i];
    size_t p = prop_words_at(s, r->start, r->end, ratio_prop, JX_RWORDS(ratio_prop));
    if (p == r->end || !contains_digit(s, r->start, p)) return 0;
    jx_cur t;
    jx_cur_init(&t, s, p, r->end);
    size_t k;
    for (k = 0; k < JX_RWORDS(ratio_prop); k++) {
        jx_cur w = t;
        if (jx_cur_word(&w, ratio_prop[k]) && at_end(&w)) break;
    }
    if (k == JX_RWORDS(ratio_prop)) return 0;       /* words after the proportion */
    cond cd;
    memset(&cd, 0, sizeof cd);
    cd.percent = -1;
    if (read_cond(rd, r->start, p, &cd, r->start, r->end) != JX_OK || !cd.has_bound ||
        cd.has_step || cd.occ || cd.na || cd.els || cd.alt || cd.pm || cd.percent != 1)
        return 0;
    jx_rclause *cl = add_clause(rd, r, e);
    if (!cl) return 0;
    cl->cond = cd.rc;
    memset(&cl->out, 0, sizeof cl->out);
    cl->out.kind = JX_RO_RATIO;
    if ((*e = note_percent(rd, r, 1))) return 0;
    return 1;
}

/*
 * A band scored in proportion: "完成目标任务70%-99%的,按比例计分" (x × P
 * inside the band), and a bonus in proportion beyond the target:
 * "超额完成目标任务的,按比例加分不超过该项总分的20%" (x × P above 100 %, at
 * most 1.2 P: rule.top_frac, above_points).  Clause i is the condition (a
 * bound in percent, or 超额完成), the next unused clause the proportion.
 * 1 when read (both clauses used), 0 not this form.
 */
static int ranged_proportion(reader *rd, int i, jx_err *e)
{
    const char *s = rd->s;
    raw *r = &rd->r[i], *n;
    if (r->pstart < r->pend && r->pfirst == r->plast && rd->r[r->plast].used == 4) {
        n = r;                            /* the condition was joined to it */
        r = &rd->r[r->plast];
    } else {
        int j = i + 1;
        while (j < rd->n && rd->r[j].used) j++;
        if (j == rd->n || rd->r[j].out != OUT_NONE) return 0;
        n = &rd->r[j];
    }
    jx_cur c;
    jx_cur_init(&c, s, n->start, n->end);
    int bonus = 0;
    double frac = 0;
    size_t k;
    for (k = 0; k < jx_rw_prop_score_n; k++) {
        jx_cur t = c;
        if (jx_cur_word(&t, jx_rw_prop_score[k]) && at_end(&t)) break;
    }
    if (k == jx_rw_prop_score_n) {       /* "按比例加分不超过该项总分的20%" */
        if (!jx_cur_word(&c, "按比例加分") || !jx_cur_word(&c, "不超过")) return 0;
        for (k = 0; k < jx_rw_of_points_n; k++)
            if (jx_cur_word(&c, jx_rw_of_points[k])) break;
        double v;
        char unit[16];
        if (k == jx_rw_of_points_n || !read_number(&c, &v) || read_unit(&c, unit, sizeof unit) != 1 ||
            !at_end(&c) || !(v > 0) || v > 100)
            return 0;
        bonus = 1;
        frac = 1 + v / 100.0;
    }
    cond cd;
    memset(&cd, 0, sizeof cd);
    cd.percent = -1;
    size_t a = r->start, b = r->end;
    jx_cur o;
    jx_cur_init(&o, s, a, b);
    if (jx_cur_word(&o, "超额完成") && !contains_digit(s, a, b)) {   /* above the target */
        cd.has_bound = 1;
        cd.percent = 1;
        cd.rc.kind = JX_RC_RANGE;
        cd.rc.has_lo = 1;
        cd.rc.lo = 1.0;
    } else if (read_cond(rd, a, b, &cd, a, b) != JX_OK) {
        return 0;
    }
    if (!cd.has_bound || cd.has_step || cd.occ || cd.percent != 1 || bonus != (cd.rc.has_lo && !cd.rc.has_hi && cd.rc.lo == 1.0))
        return 0;
    jx_rclause *cl = add_clause(rd, n, e);
    if (!cl) return 0;
    cl->cond = cd.rc;
    memset(&cl->out, 0, sizeof cl->out);
    if (bonus) {
        cl->out.kind = JX_RO_LINEAR;      /* x × P above 100 %, up to frac × P */
        cl->out.a = 0;
        cl->out.b = 1;
        rd->rule->above_points = 1;
        rd->rule->top_frac = frac;
    } else {
        cl->out.kind = JX_RO_RATIO;
    }
    if ((*e = note_percent(rd, r, 1))) return 0;
    r->used = n->used = 1;
    return 1;
}

/*
 * Next to proportional bands, a level that says the task is done in full
 * ("全面按时、按质、按量完成目标任务的,计满分") is 100 % exactly; any other
 * level is refused (which rate would it be?).
 */
static jx_err completion_levels(reader *rd)
{
    jx_rule *ru = rd->rule;
    for (int i = 0; i < ru->n; i++) {
        jx_rclause *c = &ru->clause[i];
        if (c->cond.kind != JX_RC_LEVEL) continue;
        static const char *const neg[] = { "未", "没", "不", "超额" };
        if (!contains_any(c->cond.label, 0, strlen(c->cond.label), jx_rw_done_in_full,
                          jx_rw_done_in_full_n) ||
            contains_any(c->cond.label, 0, strlen(c->cond.label), neg, JX_RWORDS(neg)) ||
            c->out.kind != JX_RO_FRACTION || c->out.value != 1)
            return refuse(rd, c->at, c->at + c->len);
        memset(&c->cond, 0, sizeof c->cond);
        c->cond.kind = JX_RC_RANGE;
        c->cond.has_lo = c->cond.has_hi = c->cond.lo_incl = c->cond.hi_incl = 1;
        c->cond.lo = c->cond.hi = 1.0;
    }
    return JX_OK;
}

/*
 * Levels that add from nothing next to levels that deduct, and nothing else:
 * "优秀加5分,良好加4分,合格加3分,不合格扣5分".  A bonus item scored by
 * level: the deduction is from 0 too, so 不合格 is −5 (POINTS −5), and the
 * score may be below 0 (rule.below_zero; ruletext.h, SCORES OUTSIDE).
 */
static void bonus_penalty_levels(jx_rule *ru)
{
    for (int i = 0; i < ru->n; i++) {
        jx_rclause *c = &ru->clause[i];
        if (c->cond.kind == JX_RC_LEVEL && c->out.kind == JX_RO_DEDUCT) {
            c->out.kind = JX_RO_POINTS;
            c->out.value = -c->out.value;
        }
    }
    ru->below_zero = 1;
}

/*
 * "备注:三类目标各项均分优秀、良好、合格和不合格4档": a lead-in that lists
 * the levels and their number (N档), no score of its own: a note.
 */
static void levels_lead_in(reader *rd)
{
    const char *s = rd->s;
    for (int i = 0; i < rd->n; i++) {
        raw *r = &rd->r[i];
        if (r->used || r->out != OUT_NONE || !contains(s, r->start, r->end, "、")) continue;
        size_t at = find_word(s, r->start, r->end, "档");
        if (at == r->end || !only_tail(s, at + 3, r->end)) continue;
        size_t b = at;
        while (b > r->start && s[b - 1] >= '0' && s[b - 1] <= '9') b--;
        jx_cur c;
        jx_cur_init(&c, s, r->start, at);
        double n = 0;
        int digits = b < at, words = 0;
        if (!digits) {                    /* "四档" */
            size_t k;
            for (k = 0; k < jx_rw_numerals_n; k++) {
                size_t l = strlen(jx_rw_numerals[k].word);
                if (at >= r->start + l && memcmp(s + at - l, jx_rw_numerals[k].word, l) == 0) {
                    n = jx_rw_numerals[k].value;
                    words = 1;
                    break;
                }
            }
        } else {
            n = atof(s + b);
        }
        if ((!digits && !words) || n < 2) continue;
        /* as many names as levels, separated by 、 and 和 / 及 */
        int names = 1;
        for (size_t p = r->start; p < at; p++)
            if (find_word(s, p, at, "、") == p || find_word(s, p, at, "和") == p ||
                find_word(s, p, at, "及") == p)
                names++;
        if (names == (int)n) r->used = 1;
    }
}

/*
 * "每高于基数1个百分点加0.04分，每低1个百分点扣0.04分": a step with no
 * reference of its own, opposite a step measured from 基数 (or 目标) with
 * the same unit, is measured from there too: it takes the other side of
 * that bound as its own range (sd->rc, has_bound, own_range).  1 when so.
 */
static int same_reference(stepdef *steps, int nsteps, stepdef *sd)
{
    const stepdef *o = NULL;
    for (int i = 0; i < nsteps; i++)
        if (steps[i].vs && steps[i].own_range && &steps[i] != sd) {
            if (o) return 0;              /* two references: which? */
            o = &steps[i];
        }
    if (!o || o->percent != sd->percent || o->dir == sd->dir || sd->dir == RW_EITHER ||
        o->dir == RW_EITHER)
        return 0;
    double ref = o->rc.has_lo ? o->rc.lo : o->rc.hi;
    memset(&sd->rc, 0, sizeof sd->rc);
    sd->rc.kind = JX_RC_RANGE;
    if (sd->dir == RW_OVER) {
        sd->rc.has_lo = 1;
        sd->rc.lo = ref;
        sd->rc.lo_incl = !o->rc.hi_incl;
    } else {
        sd->rc.has_hi = 1;
        sd->rc.hi = ref;
        sd->rc.hi_incl = !o->rc.lo_incl;
    }
    sd->has_bound = 1;
    sd->own_range = 1;
    sd->vs = o->vs;
    return 1;
}

/*
 * "每高于基数1个百分点0.04分，每低1个百分点扣0.04分": a step whose points
 * have no verb, opposite a step that deducts, adds them.  The clause is a
 * step word of the other direction, the step and a bare "N分" at its end.
 */
static void verbless_addition(reader *rd)
{
    const char *s = rd->s;
    int deduct_dir = 0;
    for (int i = 0; i < rd->n; i++) {
        const raw *r = &rd->r[i];
        if (r->out != OUT_DEDUCT) continue;
        for (size_t k = 0; k < jx_rw_step_n; k++)
            if (contains(s, r->cstart, r->cend, jx_rw_step[k].word)) {
                if (deduct_dir && deduct_dir != jx_rw_step[k].code) return;
                deduct_dir = jx_rw_step[k].code;
                break;
            }
    }
    if (deduct_dir != RW_OVER && deduct_dir != RW_UNDER) return;
    for (int i = 0; i < rd->n; i++) {
        raw *r = &rd->r[i];
        if (r->used || r->out != OUT_NONE || !ends_with_points(s, r->start, r->end)) continue;
        size_t at = r->end;
        const jx_rword *w = NULL;
        for (size_t k = 0; k < jx_rw_step_n; k++) {
            size_t p = find_word(s, r->start, r->end, jx_rw_step[k].word);
            if (p < at) { at = p; w = &jx_rw_step[k]; }
        }
        if (!w || w->code == deduct_dir || w->code == RW_EITHER) continue;
        /* the bare points: the digits before the final 分 */
        size_t e = r->end - 3, b = e;
        while (b > at && ((s[b - 1] >= '0' && s[b - 1] <= '9') || s[b - 1] == '.')) b--;
        if (b == e) continue;
        jx_cur c;
        double v;
        jx_cur_init(&c, s, b, r->end);
        if (!read_number(&c, &v) || !expect(&c, "分") || !at_end(&c) || !(v > 0)) continue;
        /* what comes before the points must be a whole step (每高于基数1个百分点) */
        cond t;
        memset(&t, 0, sizeof t);
        if (read_step_at(s, at, b, w, &t) <= 0) continue;
        r->out = OUT_ADD;
        r->value = v;
        r->cstart = r->start;
        r->cend = b;
    }
}

/*
 * A definition glued to the first band by a lost line break: "成本控制率=(预
 * 算数-实际支出)/预算数×100% 控制率在±10%以内得 5 分".  The definition (a
 * "=" and a formula ending in ×100%, then a blank) is skipped; the clause
 * starts after it.
 */
static void glued_definition(reader *rd)
{
    const char *s = rd->s;
    static const char *const hundred[] = { "×100%", "*100%", "x100%", "X100%" };
    for (int i = 0; i < rd->n; i++) {
        raw *r = &rd->r[i];
        size_t eq = find_word(s, r->start, r->end, "=");
        if (r->used || eq == r->end) continue;
        for (size_t k = 0; k < JX_RWORDS(hundred); k++) {
            size_t at = find_word(s, eq, r->end, hundred[k]);
            if (at == r->end) continue;
            jx_cur c;
            jx_cur_init(&c, s, at, r->end);
            jx_cur_word(&c, hundred[k]);
            size_t after = c.pos;
            jx_cur_skip_space(&c);
            if (c.pos == after || jx_cur_eof(&c)) break;   /* no blank, or nothing after */
            r->start = c.pos;
            if (r->cstart < r->start) r->cstart = r->start;
            if (r->cend < r->cstart) r->cend = r->cstart;
            break;
        }
    }
}

/*
 * "年内全县查处非法捕捞案件10例以上（含简易案件）;否则按完成比例得分（15分）":
 * a required count met gives full points, else the proportion of it done,
 * x / N × P (LINEAR 0 + x/N).  The count is in a counted unit (例 次 件…;
 * the proportion of a rate would be ambiguous: of what?).  Clauses that only
 * describe the task are skipped, and a bracketed remark with no number after
 * the bound.  1 when the sentence is this form.
 */
static int count_or_ratio(reader *rd, jx_err *e)
{
    const char *s = rd->s;
    int bi = -1, ei = -1;
    for (int i = 0; i < rd->n; i++) {
        const raw *r = &rd->r[i];
        if (r->used == 1) continue;
        if (r->out != OUT_NONE) return 0;
        if (prop_ratio(rd, r) && contains_any(s, r->start, r->end, jx_rw_else, jx_rw_else_n)) {
            if (ei >= 0) return 0;
            ei = i;
            continue;
        }
        if (plain_clause(rd, r)) continue;
        if (bi >= 0) return 0;
        bi = i;
    }
    if (bi < 0 || ei != bi + 1) return 0;
    raw *r = &rd->r[bi];
    size_t b = r->end;
    {                                                 /* "（含简易案件）" at the end */
        size_t open = find_word(s, r->start, r->end, "(");
        size_t close = open < r->end ? find_word(s, open, r->end, ")") : r->end;
        jx_cur c;
        jx_cur_init(&c, s, close, r->end);
        if (open > r->start && close < r->end && jx_cur_word(&c, ")") &&
            only_tail(s, c.pos, r->end) && !contains_digit(s, open, r->end))
            b = open;
    }
    cond cd;
    memset(&cd, 0, sizeof cd);
    cd.percent = -1;
    if (read_cond(rd, r->start, b, &cd, r->start, r->end) != JX_OK) {
        jx_diag_clear(rd->diag);
        return 0;
    }
    const jx_rcond *rc = &cd.rc;
    if (!cd.has_bound || cd.has_step || cd.occ || cd.na || cd.els || cd.percent != 0 ||
        !counted(cd.unit) || !rc->has_lo || rc->has_hi || !rc->lo_incl || !(rc->lo > 0))
        return 0;
    jx_rclause *c = add_clause(rd, r, e);
    if (!c) return 0;
    c->cond = cd.rc;
    c->out.kind = JX_RO_FRACTION;
    c->out.value = 1;
    jx_rclause *p = add_clause(rd, &rd->r[ei], e);
    if (!p) return 0;
    p->cond.kind = JX_RC_ALWAYS;
    p->out.kind = JX_RO_LINEAR;
    p->out.a = 0;
    p->out.b = 1.0 / rc->lo;
    if ((*e = note_percent(rd, r, 0)) || (*e = note_unit(rd, r, cd.unit))) return 0;
    for (int i = 0; i < rd->n; i++) {
        if (rd->r[i].tail_pts > rd->rule->stated_points) rd->rule->stated_points = rd->r[i].tail_pts;
        rd->r[i].used = 1;
    }
    return 1;
}

/*
 * A count required by a frequency the base clause states: "1.按要求每月上报本
 * 单位河长制工作开展情况，得5分，每少一次扣0.5分" — 每月 over the year the
 * table evaluates is 12 (每季度 4, 每半年 2).  The year is assumed (these are
 * annual tables); a sentence naming another period (季度内, 半年内, 本月) or
 * two frequencies is not read this way.  The step counts 次 (or nothing).
 */
/* Does any clause of the sentence name a frequency (每月, 每季度 …)? */
static int names_frequency(const reader *rd)
{
    for (size_t k = 0; k < jx_rw_period_count_n; k++)
        if (contains(rd->s, 0, rd->len, jx_rw_period_count[k].word)) return 1;
    return 0;
}

static int period_count(const reader *rd, const stepdef *sd, double *ref)
{
    const char *s = rd->s;
    static const char *const other[] = { "季度内", "半年内", "本月", "当月", "本季度", "上半年",
                                         "下半年" };
    if (sd->occ || (rd->rule->unit[0] && strcmp(rd->rule->unit, "次") != 0) ||
        contains_any(s, 0, rd->len, other, JX_RWORDS(other)))
        return 0;
    int found = 0;
    for (int i = 0; i < rd->n; i++) {
        const raw *r = &rd->r[i];
        if (r->used != 2) continue;     /* the base and its condition */
        size_t a = r->pstart < r->pend ? r->pstart : r->cstart, b = r->cend;
        for (size_t k = 0; k < jx_rw_period_count_n; k++)
            if (contains(s, a, b, jx_rw_period_count[k].word)) {
                if (found && *ref != jx_rw_period_count[k].value) return 0;
                *ref = jx_rw_period_count[k].value;
                found = 1;
            }
    }
    return found;
}

/*
 * A standard each unit must meet, then a deduction per unit failing it:
 * "单个内设机构实际人员配置数不低于内设机构人员平均数的1/2，得1.5分；每有1个
 * 内设机构实际人员配置数达不到要求的，扣0.5分".  The actual is the count of
 * units failing (0, "2个"); the standard's points are the base, whatever its
 * condition says (it describes every unit, it is not tested on the count).
 * The failing clause names the standard back (达不到要求, 达不到该比率…) and
 * counts one unit; the standard is the nearest clause before it giving
 * points.  Its condition is dropped (it becomes the base).
 */
/*
 * "项目建设进度与计划的符合程度,100%符合:5分;90-100%符合:3分;70-90%:1分"
 * (bpf04-05): under a heading naming the measure (jx_rows_measure_verb),
 * a row's bound followed by that verb is the bound alone.
 */
static void measure_restated(reader *rd)
{
    const char *s = rd->s;
    if (rd->n < 2 || rd->r[0].out != OUT_NONE) return;
    size_t wlen = 0;
    size_t w = jx_rows_measure_verb(s, rd->r[0].start, rd->r[0].end, &wlen);
    if (w == rd->r[0].end) return;
    for (int i = 1; i < rd->n; i++) {
        raw *r = &rd->r[i];
        if (r->out == OUT_NONE || r->cend < r->cstart + wlen + 1) continue;
        size_t at = r->cend - wlen;
        if (memcmp(s + at, s + w, wlen) != 0) continue;
        if (s[at - 1] != '%' && !(s[at - 1] >= '0' && s[at - 1] <= '9')) continue;
        r->cend = at;                     /* "100%符合": the bound */
    }
}

static void unit_standard(reader *rd)
{
    const char *s = rd->s;
    for (int j = 1; j < rd->n; j++) {
        raw *f = &rd->r[j];
        size_t ca = f->cstart, cb = f->cend;
        int from = j - 1;
        if (ca == cb && j > 0 && rd->r[j - 1].out == OUT_NONE) {   /* "…的，扣0.5分" */
            ca = rd->r[j - 1].start;
            cb = rd->r[j - 1].end;
            from = j - 2;
        }
        if (f->used || f->out != OUT_DEDUCT ||
            !contains_any(s, ca, cb, jx_rw_fails_standard, jx_rw_fails_standard_n) ||
            !(jx_rt_has_occurrence(s, ca, cb) || one_unit(s, ca, cb)))
            continue;
        for (int i = from; i >= 0; i--) {
            raw *r = &rd->r[i];
            if (r->used) continue;
            if (r->out != OUT_POINTS && !(r->out == OUT_FRACTION && r->value == 1)) break;
            if (r->cstart == r->cend && i > 0) {  /* "…的1/2，得1.5分": the clause before */
                raw *c = &rd->r[i - 1];
                if (!c->used && c->out == OUT_NONE &&
                    !contains_any(s, c->start, c->end, jx_rw_vague, jx_rw_vague_n))
                    c->used = 1;
                break;
            }
            if (contains_any(s, r->cstart, r->cend, jx_rw_vague, jx_rw_vague_n))
                break;
            r->cend = r->cstart;             /* the standard: the base */
            /* "家電下鄉完成補貼率得3分。每月…在97%以上得3分": a title before
             * the standard naming the same points is a note */
            for (int k = i - 1; k >= 0; k--) {
                raw *t = &rd->r[k];
                if (t->used) continue;
                if (t->out == OUT_POINTS && t->value == r->value && t->cstart < t->cend &&
                    !contains_digit(s, t->cstart, t->cend) &&
                    !contains_any(s, t->cstart, t->cend, jx_rw_fails_standard, jx_rw_fails_standard_n) &&
                    find_word(s, t->cstart, t->cend, "不") == t->cend &&
                    find_word(s, t->cstart, t->cend, "未") == t->cend)
                    t->used = 1;
                break;
            }
            break;
        }
    }
}

/*
 * A target stated once and then named 目标 by the clauses after it:
 * "全面实现全市经济工作会议确定的增长8%的目标,达目标的计满分,不达目标不计分,
 * 每超目标两个百分点加1分".  The stating clause ends with a number, its unit
 * and (的)目标; it is a note.  Two such clauses: no target (目标 is refused).
 */
static void stated_target(reader *rd)
{
    const char *s = rd->s;
    int uses = 0;
    for (int i = 0; i < rd->n; i++)
        uses += contains(s, rd->r[i].start, rd->r[i].end, "目标");
    if (uses < 2) return;
    for (int i = 0; i < rd->n; i++) {
        raw *r = &rd->r[i];
        if (r->used || r->out != OUT_NONE) continue;
        for (size_t at = r->start; at < r->end; at++) {
            int digit = s[at] >= '0' && s[at] <= '9';
            int inside = at > r->start && ((s[at - 1] >= '0' && s[at - 1] <= '9') || s[at - 1] == '.');
            if (!digit || inside) continue;
            jx_cur c;
            double v;
            char unit[16];
            jx_cur_init(&c, s, at, r->end);
            if (!read_number(&c, &v)) continue;
            int pct = read_unit(&c, unit, sizeof unit);
            if (!pct && !unit[0]) continue;
            size_t k;
            for (k = 0; k < jx_rw_target_end_n; k++) {
                jx_cur t = c;
                if (expect(&t, jx_rw_target_end[k]) && at_end(&t)) break;
            }
            if (k == jx_rw_target_end_n) continue;
            r->used = 1;
            size_t br = find_word(s, r->start, at, "(");    /* "财政总收入(20分) …" */
            if (br < at) {
                jx_cur h;
                double pts;
                jx_cur_init(&h, s, br, at);
                jx_cur_word(&h, "(");
                if (read_number(&h, &pts) && expect(&h, "分") && expect(&h, ")") &&
                    pts > rd->rule->stated_points)
                    rd->rule->stated_points = pts;
            }
            if (rd->has_target) { rd->has_target = -1; return; }
            rd->has_target = 1;
            rd->target = pct ? v / 100.0 : v;
            rd->target_pct = pct;
            snprintf(rd->target_unit, sizeof rd->target_unit, "%s", unit);
            break;
        }
    }
}

/* "达目标的", "不达目标": a bound at the stated target.  1 read, 0 not this
 * form, -1 refused (目标 and no single target stated). */
static int target_cond(const reader *rd, size_t a, size_t b, cond *cd)
{
    for (size_t i = 0; i < jx_rw_target_n; i++) {
        jx_cur c;
        jx_cur_init(&c, rd->s, a, b);
        if (!jx_cur_word(&c, jx_rw_target[i].word) || !only_tail(rd->s, c.pos, b)) continue;
        if (rd->has_target != 1) return -1;
        int code = jx_rw_target[i].code;
        memset(&cd->rc, 0, sizeof cd->rc);
        cd->rc.kind = JX_RC_RANGE;
        if (code == RW_LT) {
            cd->rc.has_hi = 1;
            cd->rc.hi = rd->target;
        } else {
            cd->rc.has_lo = 1;
            cd->rc.lo = rd->target;
            cd->rc.lo_incl = code == RW_GE;
        }
        cd->has_bound = 1;
        cd->percent = rd->target_pct;
        snprintf(cd->unit, sizeof cd->unit, "%s", rd->target_unit);
        return 1;
    }
    return 0;
}

/*
 * A step that names what it is measured from, between 每X and the step:
 * 目标, the stated target ("每超目标两个百分点加1分": beyond 8 %, the step's
 * own range, so that it comes before "达目标的计满分"); 基数, the base, where
 * the actual is a share of it ("每高于基数1个百分点": beyond 100 %).  Text
 * before the step word must hold no number (it names the measure).
 */
static int step_vs_cond(const reader *rd, size_t a, size_t at, cond *cd)
{
    double ref;
    int pct;
    if (contains_digit(rd->s, a, at)) return 0;
    if (cd->step_vs == RW_VS_TARGET) {
        if (rd->has_target != 1 || rd->target_pct != cd->step_percent) return 0;
        ref = rd->target;
        pct = rd->target_pct;
    } else {
        if (!cd->step_percent) return 0;
        ref = 1.0;
        pct = 1;
    }
    memset(&cd->rc, 0, sizeof cd->rc);
    cd->rc.kind = JX_RC_RANGE;
    if (cd->step_dir == RW_OVER) {      /* 达到基数 is the base: ≥ 100 % from it */
        cd->rc.has_lo = 1;
        cd->rc.lo = ref;
        cd->rc.lo_incl = cd->step_vs == RW_VS_BASE;
    }
    else if (cd->step_dir == RW_UNDER) { cd->rc.has_hi = 1; cd->rc.hi = ref; }
    else return 0;
    cd->has_bound = 1;
    cd->percent = pct;
    if (!pct) snprintf(cd->unit, sizeof cd->unit, "%s", rd->target_unit);
    return 1;
}

/*
 * Where the sentence itself takes the score beyond the points (ruletext.h,
 * SCORES OUTSIDE [0, P]): a step that adds on top of 满分 with no cap or
 * maximum ("达目标的计满分…每超目标两个百分点加1分"), or any adding step
 * under a maximum the sentence states ("最高得分为20分" on a 10-point item).
 */
static void beyond_points(jx_rule *ru, int explicit_max)
{
    /* "指标在0-100%之间得15分…最高得分为15分" on a 10-point item: bands in
     * points up to the top the sentence states */
    for (int i = 0; i < ru->n && explicit_max; i++)
        if (ru->clause[i].out.kind == JX_RO_POINTS && ru->clause[i].out.value == ru->max_score)
            ru->above_points = 1;
    for (int i = 0; i < ru->n; i++) {
        const jx_rclause *c = &ru->clause[i];
        const jx_rout *o = &c->out;
        if (o->kind != JX_RO_STEPS || !(o->over_per > 0 || o->under_per > 0)) continue;
        if (explicit_max) ru->above_points = 1;   /* (and bands, below) */
        /* on top of a 满分 the sentence states at the step's own bound */
        if (ru->max_score > 0 || !o->base_frac || o->base != 1 || o->over_per <= 0 ||
            c->cond.kind != JX_RC_RANGE || !c->cond.has_lo || c->cond.has_hi)
            continue;
        for (int j = 0; j < ru->n; j++) {
            const jx_rclause *f = &ru->clause[j];
            if (f->cond.kind == JX_RC_RANGE && f->cond.has_lo && !f->cond.has_hi &&
                f->cond.lo == c->cond.lo && f->out.kind == JX_RO_FRACTION && f->out.value == 1)
                ru->above_points = 1;
        }
    }
}

/*
 * "…59%-50%的得15分,50%以下的不得分": a closing bound below ("N以下", one
 * side, inclusive) written after a two-sided band whose inclusive low end
 * is the same N.  Both cannot hold at N: the explicit band holds at its own
 * bound (50% → 15), the closing clause is the rest below it (<50%).  Only
 * so; any other overlap is still refused (build).  Such bands are written
 * on whole numbers ("99%-90%", "89%-80%"): a value between two of them
 * (89.5%) is in no band and the sentence does not say what it gets, so
 * the rule then scores only what it lists (rule.otherwise -1).  1 when so.
 */
/*
 * Bands on whole numbers with gaps between them ("99%-90%", "89%-80%"):
 * each holds at both its ends (99% → the 99%-90% band) when no other
 * clause holds at its top.  A band whose top another clause holds keeps it
 * open.
 */
static int range_holds(const jx_rcond *o, double x)
{
    return o->kind == JX_RC_RANGE &&
           (!o->has_lo || x > o->lo || (o->lo_incl && x == o->lo)) &&
           (!o->has_hi || x < o->hi || (o->hi_incl && x == o->hi));
}

/*
 * "100%完成得10分,100%以下按比例扣分" (b22-01): a proportion inside a bound
 * (bounded_proportion) whose end another clause gives points at is open
 * there: 100 % is the other clause's (x × P and the full points agree at
 * 100 % anyway); read as overlapping, the sentence was refused.
 */
static void prop_ends_open(jx_rule *ru)
{
    for (int i = 0; i < ru->n; i++) {
        jx_rclause *p = &ru->clause[i];
        if (p->out.kind != JX_RO_RATIO || p->cond.kind != JX_RC_RANGE) continue;
        for (int j = 0; j < ru->n; j++) {
            const jx_rclause *o = &ru->clause[j];
            if (j == i || o->cond.kind != JX_RC_RANGE || o->out.kind == JX_RO_STEPS) continue;
            if (p->cond.has_hi && p->cond.hi_incl && p->cond.hi == 1.0 && range_holds(&o->cond, 1.0))
                p->cond.hi_incl = 0;
        }
    }
}


static void gapped_bands_inclusive(jx_rule *ru)
{
    for (int i = 0; i < ru->n; i++) {
        jx_rcond *b = &ru->clause[i].cond;
        if (b->kind != JX_RC_RANGE || !b->has_lo || !b->has_hi || b->hi_incl) continue;
        int covered = 0;
        for (int j = 0; j < ru->n; j++)
            covered |= j != i && range_holds(&ru->clause[j].cond, b->hi);
        if (!covered) b->hi_incl = 1;
    }
}

static int closing_below(jx_rule *ru)
{
    int closed = 0;
    for (int j = 0; j < ru->n; j++) {
        jx_rcond *c = &ru->clause[j].cond;
        if (c->kind != JX_RC_RANGE || c->has_lo || !c->has_hi || !c->hi_incl) continue;
        for (int i = 0; i < ru->n; i++) {
            const jx_rcond *b = &ru->clause[i].cond;
            if (i == j || b->kind != JX_RC_RANGE || !b->has_lo || !b->has_hi || !b->lo_incl ||
                b->lo != c->hi || ru->clause[i].at >= ru->clause[j].at ||
                ru->clause[i].out.kind == JX_RO_STEPS || ru->clause[j].out.kind == JX_RO_STEPS)
                continue;
            c->hi_incl = 0;
            closed = 1;
            break;
        }
    }
    if (closed) gapped_bands_inclusive(ru);
    return closed;
}

/*
 * "应按时报送,否则扣2分": when the clause the 否则 / 其他 answers was taken
 * for a note, only the 否则 is left and every actual fell under it (3 → 3
 * of 5).  A rule whose clauses are all 否则 (不涉及 aside) is refused.
 */
static int else_alone(const jx_rule *ru)
{
    int els = 0;
    for (int i = 0; i < ru->n; i++) {
        jx_rcond_kind k = ru->clause[i].cond.kind;
        if (k == JX_RC_NA) continue;
        if (k != JX_RC_ELSE) return 0;
        els++;
    }
    return els > 0;
}

/*
 * "建立机制但无文件得l分": points the page garbled ("l" for 1, "O" for 0) or
 * any "得/扣/计/记 N分" left inside a level's words is an outcome the reader
 * did not read; taken as part of the level, the clause after it scored 0
 * for that level (bpi03-01).  Refused.
 */
static int unread_points(const char *t)
{
    static const char *const verbs[] = { "得", "扣", "计", "记" };
    for (size_t v = 0; v < JX_RWORDS(verbs); v++) {
        size_t vl = strlen(verbs[v]);
        for (const char *p = strstr(t, verbs[v]); p; p = strstr(p + vl, verbs[v])) {
            const char *q = p + vl;
            int n = 0;
            while (*q == ' ' || *q == '.' || (*q >= '0' && *q <= '9') ||
                   (*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z')) {
                if (*q != ' ') n++;
                q++;
            }
            if (n > 0 && n <= 4 && strncmp(q, "分", strlen("分")) == 0) return 1;
        }
    }
    return 0;
}

/*
 * "到位及时率大于90%得满分" and nothing else: one bound giving points says
 * nothing of the actuals short of it (0? in proportion?), so they are
 * refused (bpg02-01 scored 0 for 85 %).  A ladder of two bands or more
 * ("100%得满分，90%得一半分") is read as before: below the last, nothing.
 */
static int lone_threshold(const jx_rule *ru)
{
    int bands = 0, other = 0;
    for (int i = 0; i < ru->n; i++) {
        const jx_rclause *c = &ru->clause[i];
        if (c->cond.kind == JX_RC_NA) continue;
        if (c->cond.kind == JX_RC_RANGE && c->cond.has_lo && !c->cond.has_hi &&
            (c->out.kind == JX_RO_FRACTION || c->out.kind == JX_RO_POINTS) && c->out.value > 0)
            bands++;
        else
            other++;
    }
    return bands == 1 && other == 0;
}

/*
 * A deduction as a share of P ("扣权重分的1%") is read for steps only: each
 * clause it gave must be STEPS with per_frac, and there must be one.
 */
static jx_err shares_in_steps(reader *rd)
{
    const jx_rule *ru = rd->rule;
    for (int i = 0; i < rd->n; i++) {
        const raw *r = &rd->r[i];
        if (!r->share) continue;
        int found = 0;
        for (int j = 0; j < ru->n; j++) {
            const jx_rclause *c = &ru->clause[j];
            if (c->at < r->start || c->at >= r->end) continue;
            if (c->out.kind != JX_RO_STEPS || !c->out.per_frac || c->cond.kind == JX_RC_KIND)
                return refuse_raw(rd, r);
            found = 1;
        }
        if (!found) return refuse_raw(rd, r);
    }
    return JX_OK;
}

static jx_err build(reader *rd)
{
    jx_rule *ru = rd->rule;
    const char *s = rd->s;
    stepdef steps[8];
    int nsteps = 0, base_set = 0, levels = 0, ranges = 0, deduct_only = 1, uncovered = 0;
    int base_level = 0;               /* the base has a condition in words */
    int base_raw = -1;                /* the raw giving it (full_amount) */
    double cap = 0, base = 1, add_cap = 0;
    int add_cap_raw = -1, shared_cap = 0, unit_clash = -1, occ_points = 0, bonus = -1;
    double exhaust_cap = 0;       /* "扣完6分为止" after several kinds (g11) */
    int exhaust_step = -1;        /* the step it capped as its own, or -1: shared */
    int base_frac = 1, explicit_max = 0, zero_level = -1, pm_bounds = 0, plain_bounds = 0;
    int pm_band_steps = 0;                /* steps inside ± bands (all of them, or refused) */
    int prop_bands = 0;
    jx_err e = JX_OK;
    jx_rclause opens[JX_RCLAUSES_MAX];    /* OPEN clauses, added after the checks */
    int nopen = 0;

    task_description(rd);
    if (lone_bound(rd, &e)) {
        sort_clauses(ru);
        return JX_OK;
    }
    if (e) return e;
    if (count_or_ratio(rd, &e) || count_share(rd, &e)) {
        sort_clauses(ru);
        return JX_OK;
    }
    if (e) return e;
    if (sub_items(rd, &e) > 0) {
        deduct_only = 0;
        levels++;
    } else if (!e && (e = unread_parts(rd)) != JX_OK) {
        return e;
    }
    if (e) return e;

    for (int i = 0; i < rd->n; i++) {
        raw *r = &rd->r[i];
        if (r->tail_pts > ru->stated_points) ru->stated_points = r->tail_pts;
        if (r->used) continue;
        if (r->out == OUT_OPEN) {
            if (nopen == JX_RCLAUSES_MAX) return refuse_raw(rd, r);
            if ((e = open_clause(rd, r, &opens[nopen++]))) return e;
            continue;
        }
        if (r->veto && r->pstart < r->pend)
            r->cstart = r->cend;   /* "发生一起…事故,安全管理考核分清零": what is emptied, no condition */
        if (r->out == OUT_FRACTION && nopen < JX_RCLAUSES_MAX && elsewhere_cond(rd, r)) {
            known_open(rd, r, &opens[nopen++]);
            continue;
        }
        if (r->out == OUT_NONE) {
            jx_rout o;
            double dec;
            if (nsteps < 8 && rank_lead_decrement(rd, r, &steps[nsteps], &e)) {
                if (e) return e;
                nsteps++;                      /* "按排位打分,每位次按0.25分递减" */
                continue;
            }
            if (nsteps < 8 && read_decrement(rd, r, &dec)) {
                stepdef *sd = &steps[nsteps++];
                memset(sd, 0, sizeof *sd);
                sd->raw = i;
                sd->qa = r->start;
                sd->qb = r->end;
                sd->dir = RW_OVER;
                sd->step = 1;
                sd->per = -dec;
                sd->rank = 1;
                continue;
            }
            int lk = read_list(rd, r, &uncovered);
            if (lk < 0) return refuse_raw(rd, r);
            if (lk > 0) {
                if (!(rd->rule->clause[rd->rule->n - 1].out.kind == JX_RO_DEDUCT)) deduct_only = 0;
                ranges++;
                continue;
            }
            if (read_linear(rd, r, &o) || read_ratio(rd, r, &o)) {
                jx_rclause *c = add_clause(rd, r, &e);
                if (!c) return e;
                c->cond.kind = JX_RC_ALWAYS;
                c->out = o;
                deduct_only = 0;
                if (o.kind == JX_RO_RATIO && o.value > ru->stated_points)
                    ru->stated_points = o.value;
                if (o.kind == JX_RO_LINEAR && contains(s, r->start, r->end, "率")) {
                    if ((e = note_percent(rd, r, 1))) return e;
                }
                continue;
            }
            {
                int k = bounded_proportion(rd, i, &e);
                if (!e && !k) k = ranged_proportion(rd, i, &e);
                if (e) return e;
                if (k) { prop_bands++; deduct_only = 0; ranges++; continue; }
            }
            double each_pts;
            if (nsteps < 8 && verbless_each(rd, r, &each_pts)) {
                stepdef *sd = &steps[nsteps++];
                memset(sd, 0, sizeof *sd);
                sd->raw = i;
                sd->qa = r->start;
                sd->qb = r->end;
                sd->occ = 1;
                sd->dir = RW_OVER;
                sd->step = 1;
                sd->per = each_pts;
                occ_points++;
                continue;
            }
            return refuse_raw(rd, r);
        }
        if (r->out == OUT_CAP) {
            if (r->cstart < r->cend || r->pstart < r->pend) return refuse_raw(rd, r);
            cap = r->value;
            /* "扣完6分为止" after several kinds: all of them (kinds_cap), if
             * they are kinds; else as any cap (exhaust_* undo it for kinds()) */
            exhaust_cap = nsteps > 1 && r->value > 0 && !shared_cap && !exhaust_cap &&
                          jx_rt_exhaust_cap(s, r->start, r->end) ? r->value : exhaust_cap;
            exhaust_step = -1;
            if (nsteps > 0 && steps[nsteps - 1].raw == i - 1 && !steps[nsteps - 1].has_cap) {
                steps[nsteps - 1].own_cap = r->value;   /* right after its step */
                steps[nsteps - 1].has_cap = 1;
                exhaust_step = nsteps - 1;
            } else if (r->value > 0) {
                shared_cap = 1;
            }
            continue;
        }
        if (r->out == OUT_MAX) {
            if (r->cstart < r->cend && !contains(s, r->cstart, r->cend, "累计")) return refuse_raw(rd, r);
            ru->max_score = r->value;
            explicit_max = 1;
            continue;
        }
        if (r->out == OUT_FLOOR) {       /* "最低得分为0分": the floor there is anyway */
            if (r->cstart < r->cend || r->pstart < r->pend || r->value != 0) return refuse_raw(rd, r);
            continue;
        }
        if (r->out == OUT_ADDCAP) {      /* "加分不超过0.5分": the most added */
            if (r->cstart < r->cend || r->pstart < r->pend || add_cap > 0) return refuse_raw(rd, r);
            add_cap = r->value;
            add_cap_raw = i;
            continue;
        }
        cond cd, pc;
        memset(&cd, 0, sizeof cd);
        memset(&pc, 0, sizeof pc);
        cd.percent = pc.percent = -1;
        if ((e = read_cond(rd, r->cstart, r->cend, &cd, r->start, r->end)))
            return e;
        /* "提醒后，10天内未按规定延期的，每发现1人扣0.05分": numbers before
         * describe each finding, they are no threshold on the count */
        int finding = cd.occ && !cd.has_bound && !cd.has_step &&
                      (contains(s, r->start, r->end, "每发现") ||
                       contains(s, r->start, r->end, "发现一") ||
                       contains(s, r->start, r->end, "发现1") ||
                       contains(s, r->start, r->end, "每出现") ||
                       per_listed_item(s, r));
        if ((e = read_prefix(rd, r, &pc, finding)))
            return e;
        int own_step = cd.has_step;
        if (cd.negative || pc.negative) ru->signed_actual = 1;
        if (cd.has_bound || pc.has_bound) {   /* ± bounds: all of them or none */
            if (cd.pm || pc.pm) pm_bounds++;
            else plain_bounds++;
            /* a step inside a ± band ("±20%-±30%之间，每多偏离1%扣0.2分") is
             * measured on |x| from the band's low end, as the band is */
            int band_step = cd.has_step && !cd.has_bound && pc.has_bound && pc.pm &&
                            !cd.occ && !pc.has_step && cd.step_dir == RW_OVER;
            pm_band_steps += band_step;
            if (pm_bounds && (plain_bounds || (cd.has_step && !band_step) || cd.occ || pc.has_step))
                return refuse_raw(rd, r);
        }
        /* A prefix clause: a bound for a step, an occurrence, 不涉及, or a heading. */
        if (pc.na) cd.na = 1;
        if (pc.occ && !cd.has_bound && !cd.has_step) cd.occ = 1;
        if (r->per_unit[0]) {             /* "扣15分/起": per occurrence */
            if (cd.has_bound || cd.has_step || cd.na || cd.els) return refuse_raw(rd, r);
            cd.occ = 1;
            cd.level = 0;
        }
        if (pc.has_step && !cd.has_step) {
            cd.has_step = 1; cd.step = pc.step; cd.step_dir = pc.step_dir;
            cd.step_percent = pc.step_percent;
            cd.step_subject = pc.step_subject;
            cd.vs_plan = pc.vs_plan;
            memcpy(cd.step_unit, pc.step_unit, sizeof cd.step_unit);
        }
        if (own_step && r->pstart < r->pend && !pc.has_bound && !pc.occ)
            cd.step_subject = 1;          /* the clause before names the measure */
        if (pc.has_bound && finding)
            pc.has_bound = 0;
        if (pc.has_bound && pc.alt) {
            if (cd.has_bound || cd.els || nopen == JX_RCLAUSES_MAX) return refuse_raw(rd, r);
            alternatives(rd, &pc, &opens[nopen++]);
        }
        if (pc.has_bound && pc.level && cd.els && !cd.has_bound && nopen < JX_RCLAUSES_MAX) {
            if ((e = compound_else(rd, r, &pc, &opens[nopen++]))) return e;
            if (r->out != OUT_DEDUCT) deduct_only = 0;
            ranges++;
            continue;
        }
        if (pc.has_bound) {
            /* "确保…率达80%以上，…，否则不得分": 否则 denies the bound
             * before it; it is not that bound's outcome */
            if (cd.has_bound || cd.els) return refuse_raw(rd, r);
            cd.has_bound = 1; cd.rc = pc.rc; cd.percent = pc.percent;
            memcpy(cd.unit, pc.unit, sizeof cd.unit);
        }
        if (pc.els && !cd.has_bound) cd.els = 1;
        if (pc.level && r->cstart == r->cend && !cd.has_bound && !cd.occ && !cd.has_step)
            cd.level = 2;          /* the condition is the clause before */
        if (cd.level == 1 && pc.level) { /* heading + own level */ }

        if (cd.na) {
            if (r->out != OUT_FRACTION && r->out != OUT_POINTS) return refuse_raw(rd, r);
            jx_rclause *c = add_clause(rd, r, &e);
            if (!c) return e;
            c->cond.kind = JX_RC_NA;
            set_out(&c->out, r);
            continue;
        }
        /* "每项达到目标值得1分", "提供一例得1分": points for each one, from nothing */
        int each = r->out == OUT_POINTS && cd.occ && !cd.has_step && !cd.has_bound && !cd.na;
        /* "无事故得20分,发生一次,本表100分扣完": the first occurrence takes the
         * whole base (a base in points, so the deduction is a number) */
        int takes_all = cd.occ && !cd.has_step && !cd.has_bound && r->out == OUT_FRACTION &&
                        r->value == 0 && base_set && !base_frac && base > 0;
        if (cd.has_step || cd.occ) {
            if (r->out != OUT_DEDUCT && r->out != OUT_ADD && !each && !takes_all)
                return refuse_raw(rd, r);
            if (each) occ_points++;
            if (nsteps == 8) return refuse_raw(rd, r);
            stepdef *sd = &steps[nsteps++];
            memset(sd, 0, sizeof *sd);
            sd->raw = i;
            sd->qa = r->start;
            sd->qb = r->end;
            if (!own_step && cd.has_step && r->pstart < r->pend) {
                sd->qa = rd->r[r->plast].start;   /* "每低1%" in the clause before */
                sd->qb = rd->r[r->plast].end;
            }
            sd->per = takes_all ? -base : r->out == OUT_DEDUCT ? -r->value : r->value;
            sd->share = r->share && !takes_all;
            if (cd.has_step) {
                sd->dir = cd.step_dir;
                sd->step = cd.step;
                sd->percent = cd.step_percent;
                sd->subject = cd.step_subject || rd->compared;
                sd->vs_plan = cd.vs_plan;
                if (rd->rule->unit[0] && cd.step_unit[0] &&
                    strcmp(rd->rule->unit, cd.step_unit) != 0) {
                    if (unit_clash < 0) unit_clash = i;   /* kinds may count different things */
                } else if ((e = note_unit(rd, r, cd.step_unit))) {
                    return e;
                }
            } else {
                sd->occ = 1;
                sd->dir = RW_OVER;
                const char *half_unit;
                sd->step = jx_rt_occurrence_step(s, r->cstart, r->cend, &half_unit);  /* 半天: 0.5 */
                if (half_unit[0] && (e = note_unit(rd, r, half_unit))) return e;
                sd->percent = 0;
                sd->shortfall = contains(s, r->start, r->end, "少") ||
                                contains(s, r->start, r->end, "缺") ||
                                (cd.has_bound && contains_any(s, r->start, r->end, jx_rw_not_done,
                                                              jx_rw_not_done_n));
                /* "上升一起扣0.2分" next to "每下降1起加0.2分": a step of one
                 * in that direction, not a count of findings */
                int way = change_word(s, r->cstart, r->cend);
                if (way) {
                    sd->occ = 0;
                    sd->shortfall = 0;
                    sd->dir = way;
                }
            }
            if (cd.has_bound) {
                sd->has_bound = 1;
                sd->rc = cd.rc;
                sd->own_range = cd.step_vs != 0;
                sd->vs = cd.step_vs;
                if (cd.percent >= 0 && cd.percent != sd->percent && !sd->occ)
                    return refuse_raw(rd, r);
                if ((e = note_unit(rd, r, cd.unit))) return e;
            }
            if (!sd->occ && rd->rule->percent >= 0 && rd->rule->percent != sd->percent) {
                if (unit_clash < 0) unit_clash = i;   /* kinds may count a rate and a number */
            } else if (!sd->occ && (e = note_percent(rd, r, sd->percent))) {
                return e;
            }
            continue;
        }
        if (r->out == OUT_BONUS) {
            /* "参与创建卫生镇的奖励1分": on top of the item's points */
            if (!cd.level || cd.has_bound || cd.els || cd.has_step || cd.occ) return refuse_raw(rd, r);
            jx_rclause *c = add_clause(rd, r, &e);
            if (!c) return e;
            c->cond.kind = JX_RC_LEVEL;
            if (cd.level == 2) copy_label(c->cond.label, s, pc.lstart, pc.lend);
            else copy_label(c->cond.label, s, r->cstart, r->cend);
            c->out.kind = JX_RO_BONUS;
            c->out.value = r->value;
            if (r->value > 0) ru->above_points = 1;
            levels++;
            deduct_only = 0;
            continue;
        }
        if (r->out == OUT_ADD) {
            /* "召开现场会推广典型经验的，加5分": a bonus item, only when
             * every clause is such a bonus (checked after the loop) */
            if (!cd.level || cd.has_bound || cd.els) return refuse_raw(rd, r);
            jx_rclause *c = add_clause(rd, r, &e);
            if (!c) return e;
            c->cond.kind = JX_RC_LEVEL;
            if (cd.level == 2) copy_label(c->cond.label, s, pc.lstart, pc.lend);
            else copy_label(c->cond.label, s, r->cstart, r->cend);
            c->out.kind = JX_RO_POINTS;
            c->out.value = r->value;
            bonus = i;
            levels++;
            deduct_only = 0;
            continue;
        }
        if (r->out != OUT_DEDUCT) deduct_only = 0;
        if (cd.has_bound && zero_of_other(rd, r, &cd)) {
            /* "占比为0的不得分" next to rank bands: a level (see zero_of_other) */
            jx_rclause *c = add_clause(rd, r, &e);
            if (!c) return e;
            c->cond.kind = JX_RC_LEVEL;
            copy_label(c->cond.label, s, r->cstart, r->cend);
            set_out(&c->out, r);
            zero_level = ru->n - 1;
            levels++;
            continue;
        }
        if (cd.has_bound && ratio_bound(rd, r, &cd))
            cd.percent = -1;              /* "…调剂金额/年初部门预算数>0.1": 0.1 or 10 % */
        if (cd.has_bound) {
            jx_rclause *c = add_clause(rd, r, &e);
            if (!c) return e;
            c->cond = cd.rc;
            set_out(&c->out, r);
            if (pc.has_bound && pc.level) also_required(rd, &pc, c);
            if ((e = note_percent(rd, r, cd.percent)) || (e = note_unit(rd, r, cd.unit)))
                return e;
            ranges++;
            continue;
        }
        if (cd.els) {
            jx_rclause *c = add_clause(rd, r, &e);
            if (!c) return e;
            c->cond.kind = JX_RC_ELSE;
            set_out(&c->out, r);
            continue;
        }
        if (cd.level && r->out == OUT_DEDUCT && each_of(rd, r)) {
            /* "未协助…的，未组织…的，相关台帐资料未登记的，各扣1分": one level each */
            for (int k = r->pfirst; k <= r->plast; k++) {
                if (rd->r[k].used != 4) continue;
                jx_rclause *c = add_clause(rd, &rd->r[k], &e);
                if (!c) return e;
                c->cond.kind = JX_RC_LEVEL;
                copy_label(c->cond.label, s, rd->r[k].start, rd->r[k].end);
                set_out(&c->out, r);
                levels++;
            }
            continue;
        }
        if (cd.level) {
            /* The first full / points clause before any step may be the base. */
            if (!base_set && !nsteps &&
                (r->out == OUT_POINTS || (r->out == OUT_FRACTION && r->value == 1))) {
                base_set = 1;
                base = r->value;
                base_frac = r->out == OUT_FRACTION;
                if (r->out == OUT_POINTS && r->value > ru->stated_points)
                    ru->stated_points = r->value;
                r->used = 2;          /* base, or a level if no step follows */
                base_level = 1;
                base_raw = (int)(r - rd->r);
                continue;
            }
            jx_rclause *c = add_clause(rd, r, &e);
            if (!c) return e;
            c->cond.kind = JX_RC_LEVEL;
            if (cd.level == 2) copy_label(c->cond.label, s, pc.lstart, pc.lend);
            else copy_label(c->cond.label, s, r->cstart, r->cend);
            copy_words(&c->cond, s, r);
            set_out(&c->out, r);
            levels++;
            continue;
        }
        /* No condition: "得5分" alone names the points (a base for steps). */
        if (r->out == OUT_POINTS || (r->out == OUT_FRACTION && r->value == 1)) {
            if (base_set) return refuse_raw(rd, r);
            base_set = 1;
            base = r->value;
            base_frac = r->out == OUT_FRACTION;
            if (r->out == OUT_POINTS && r->value > ru->stated_points)
                ru->stated_points = r->value;
            continue;
        }
        return refuse_raw(rd, r);
    }

    /* A base that turned out not to be one (no steps): it is a level.  A
     * full-points base with steps is also a level ("符合,得满分;不符合,发现一处
     * 扣1分": the actual "符合" names it). */
    if (base_set && (nsteps == 0 || (base_frac && base == 1))) {
        for (int i = 0; i < rd->n; i++) {
            raw *r = &rd->r[i];
            if (r->used != 2) continue;
            jx_rclause *c = add_clause(rd, r, &e);
            if (!c) return e;
            c->cond.kind = JX_RC_LEVEL;
            if (r->cstart < r->cend) copy_label(c->cond.label, s, r->cstart, r->cend);
            else copy_label(c->cond.label, s, r->pstart, r->pend);
            copy_words(&c->cond, s, r);
            set_out(&c->out, r);
            levels++;
        }
    }

    /* A bonus level ("…的，加5分") is its points only when nothing else scores:
     * next to "完成的得5分" it would be added to that, not given alone. */
    if (bonus >= 0) {
        int others = nsteps > 0 || base_set, penalties = 0;
        for (int i = 0; i < ru->n; i++) {
            const jx_rclause *c = &ru->clause[i];
            if (c->cond.kind == JX_RC_LEVEL && c->out.kind == JX_RO_DEDUCT) penalties++;
            else if (c->cond.kind != JX_RC_NA &&
                     !(c->cond.kind == JX_RC_LEVEL && c->out.kind == JX_RO_POINTS))
                others = 1;
        }
        int adds = 0;
        for (int i = 0; i < rd->n; i++)
            adds += rd->r[i].out == OUT_ADD;
        if (others || adds + penalties != levels) return refuse_raw(rd, &rd->r[bonus]);
        if (penalties) bonus_penalty_levels(ru);   /* "优秀加5分…不合格扣5分" */
    }

    /* Points for each one found only count up from nothing: nothing else may score.
     * "(2分, 1个部门0.5分,满分2分)": a bare 2分 that is the 满分 names the item's
     * points, it is no base. */
    if (occ_points && base_set && !base_frac && rd->total > 0 && base == rd->total) {
        base_set = 0;
        base = 1;
        base_frac = 1;
    }
    if (occ_points && occ_points < nsteps && ru->n == 0 && !base_set) {
        int k = mixed_kinds(rd, steps, nsteps, &e);   /* "提供一例得1分…发现一次扣2分" */
        if (e) return e;
        if (k > 0) {
            nsteps = 0;
            occ_points = 0;
        }
    }
    if (occ_points && (occ_points != nsteps || ru->n > 0 || base_set))
        return refuse_raw(rd, &rd->r[steps[nsteps - 1].raw]);

    /* Several kinds of failure, each counted at its own price: KIND clauses. */
    {
        int k = exhaust_kinds(rd, steps, nsteps, &shared_cap, exhaust_cap, exhaust_step,
                              base_set, base, base_frac, &e);
        if (e) return e;
        if (k > 0) {
            nsteps = 0;
            unit_clash = -1;
        }
    }
    if (unit_clash >= 0)
        return refuse_raw(rd, &rd->r[unit_clash]);

    /* Only additions and no base ("每增加1项加2分，加满10分为止"): from 0. */
    int from_zero = 0;
    {
        int adds = 0, deducts = 0;
        for (int i = 0; i < nsteps; i++) {
            adds += steps[i].per > 0;
            deducts += steps[i].per < 0;
        }
        if (adds && !deducts && !base_set && ru->n == 0) {
            base_set = 1;
            base = 0;
            base_frac = 0;
            from_zero = 1;
        }
        /* the most added: a maximum over the base in points */
        if (add_cap > 0) {
            if (!adds || !base_set || base_frac)
                return refuse_raw(rd, &rd->r[add_cap_raw]);
            double top = base + add_cap;
            if (ru->max_score == 0 || top < ru->max_score) ru->max_score = top;
        }
    }

    if (base_level && full_amount(rd, steps, nsteps, base_raw, base, base_frac, &e))
        base_level = 0;                   /* "足额…": the base is the 100 % band */
    if (e) return e;
    /* Steps: one STEPS clause per ref; the ALWAYS one at most once. */
    int always = 0, ups = 0, downs = 0;
    for (int i = 0; i < nsteps; i++) {
        ups += steps[i].dir == RW_OVER && !steps[i].occ && !steps[i].has_bound;
        downs += steps[i].dir == RW_UNDER && !steps[i].has_bound;
    }
    int both_ways = ups > 0 && downs > 0 && base_set;
    done_in_full_base(rd, base_raw, steps, nsteps);   /* "完成…任务得分,每少一个百分点" */
    for (int i = 0; i < nsteps; i++) {
        stepdef *sd = &steps[i];
        if (sd->per == 0) continue;
        double ref = 0, sbase = base;
        int sbase_frac = base_frac;
        int k;
        if (sd->occ && sd->has_bound) {
            /* "超过3天的，每天扣1分" / "少于5次的，每少1次": from the bound */
            /* "至少3次…少一次扣1分": what is missing counts below the bound */
            sd->dir = (sd->rc.has_hi && !sd->rc.has_lo) || sd->shortfall ? RW_UNDER : RW_OVER;
            k = step_ref(rd, sd, &ref, &sbase, &sbase_frac);
        } else if (sd->occ) {
            k = 0;
        } else if (sd->rank) {
            k = step_ref(rd, sd, &ref, &sbase, &sbase_frac);
            if (k <= 0) return refuse_raw(rd, &rd->r[sd->raw]);
        } else if (((both_ways && !ranges) || from_zero) && !sd->has_bound && !sd->vs_plan) {
            /* "保持…稳定的，得1.5分；每增加1名…加0.05分；每减少1名…扣0.1分"
             * (the actual is the change, either sign) and "每增加1项加2分"
             * from nothing (the actual is the count) */
            k = 0;
        } else {
            k = step_ref(rd, sd, &ref, &sbase, &sbase_frac);
        }
        if (contains(s, sd->qa, sd->qb, "每进") && !ru->rank_from_bottom)
            return refuse(rd, sd->qa, sd->qb);   /* 进 is a step up only from the bottom */
        if (!sd->has_bound && !sd->occ && same_reference(steps, nsteps, sd)) {
            k = 1;                        /* "每高于基数…，每低1个百分点": from 基数 too */
            ref = sd->rc.has_lo ? sd->rc.lo : sd->rc.hi;
        }
        int listed = rank_step_from_list(rd, sd, &ref, &sbase, &sbase_frac);
        if (listed) k = 1;
        if (base_set && !listed) { sbase = base; sbase_frac = base_frac; }
        if (rd->r[sd->raw].from_base > 0) {   /* "从8分里减": the base it names */
            sbase = rd->r[sd->raw].from_base;
            sbase_frac = 0;
        }
        if (k < 0) return refuse(rd, sd->qa, sd->qb);
        int dir = sd->dir;
        if (k == 0 && !(both_ways && !sd->occ))
            dir = RW_OVER;                /* the actual is the gap (or the count) */
        if (k == 0 && both_ways && !sd->occ)
            ru->signed_actual = 1;        /* 每提高…加，每降低…扣: a change, either sign */
        /* "不低于平均数的，得2分；每低1%，扣0.1分": the threshold is in words */
        int shortfall = 0, gap_over = 0;
        if (k == 2 && !sd->percent && period_count(rd, sd, &ref)) {
            k = 1;                        /* "按要求每月上报…每少一次": 12 a year */
            dir = RW_UNDER;
        }
        if (k == 2) {                     /* a count missing, no threshold */
            shortfall = (base_level || sd->subject) ? 2 : 1;
            k = 0;
            dir = RW_OVER;
        } else if (k == 3) {              /* an excess over a threshold elsewhere */
            if (both_ways) return refuse(rd, sd->qa, sd->qb);
            shortfall = 2;
            gap_over = 1;
            k = 0;
            dir = RW_OVER;
        } else if (sd->occ && sd->shortfall && !sd->has_bound && names_frequency(rd)) {
            shortfall = 2;                /* "每季度召开一次…少一次扣1分": is "4次" held or
                                             missing?  Only a gap written so ("少2次") */
        } else if (sd->occ && sd->shortfall && !sd->has_bound) {
            shortfall = 1;                /* "少一次扣1分" */
        } else if (k == 0 && both_ways && !sd->occ && sd->subject && sd->percent && !listed) {
            shortfall = 2;                /* "不良率较年初每下降…加，每上升…扣": a bare */
            gap_over = 2;                 /* 5% is the rate or the change? only a change
                                             written as such (上升0.1个百分点) */
        }
        if (k == 0 && !sd->occ && !both_ways && base_level && !shortfall)
            return refuse(rd, sd->qa, sd->qb);
        int either = dir == RW_EITHER;
        if (either) dir = RW_UNDER;
        /* merge with an earlier STEPS clause on the same ref and step */
        jx_rclause *c = NULL;
        for (int j = 0; j < ru->n; j++) {
            jx_rclause *o = &ru->clause[j];
            if (o->out.kind == JX_RO_STEPS && o->out.ref == ref && o->out.step == sd->step &&
                o->cond.kind == JX_RC_ALWAYS && !sd->has_bound)
                c = o;
        }
        if (c == NULL) {
            c = add_clause(rd, &rd->r[sd->raw], &e);
            if (!c) return e;
            if (sd->has_bound && ((sd->rc.has_lo && sd->rc.has_hi) || sd->own_range))
                c->cond = sd->rc;
            else {
                if (always++) return refuse_raw(rd, &rd->r[sd->raw]);
                c->cond.kind = JX_RC_ALWAYS;
            }
            c->out.kind = JX_RO_STEPS;
            c->out.ref = ref;
            c->out.step = sd->step;
            c->out.base = sbase;
            c->out.base_frac = sbase_frac;
            c->out.partial = rd->partial;
            c->out.max_deduct = cap;
            c->out.shortfall = shortfall;
            c->out.gap_over = gap_over;
        } else if (c->out.gap_over != gap_over || (c->out.shortfall == 2) != (shortfall == 2)) {
            return refuse(rd, sd->qa, sd->qb);   /* an excess and a shortfall in one count */
        }
        /* a share of P and points per step in one clause: refused */
        if ((c->out.over_per != 0 || c->out.under_per != 0) && c->out.per_frac != sd->share)
            return refuse(rd, sd->qa, sd->qb);
        c->out.per_frac = sd->share;
        double *slot = dir == RW_UNDER ? &c->out.under_per : &c->out.over_per;
        /* several kinds of finding at the same price: one count of findings */
        if (*slot != 0 && !(sd->occ && *slot == sd->per))
            return refuse(rd, sd->qa, sd->qb);
        *slot = sd->per;
        if (sd->occ && !sd->has_bound) append_words(&c->cond, s, &rd->r[sd->raw]);
        if (either) {                     /* 相差: either side of the plan */
            if (c->out.over_per != 0) return refuse_raw(rd, &rd->r[sd->raw]);
            c->out.over_per = sd->per;
        }
    }
    if (nsteps == 0 && cap > 0) {
        /* A cap with no steps: deductions by level are each below it anyway. */
    }
    base_words(rd, base_raw);             /* "…联网上报会计报表的记10分" (g11) */
    if (prop_bands && (nsteps || (e = completion_levels(rd)))) {
        return e ? e : refuse_raw(rd, &rd->r[steps[0].raw]);
    }
    if (ranges && !nsteps) done_levels_as_bounds(ru);   /* "…全部或超额完成,得20分" (g11) */
    if (zero_level >= 0 && (strcmp(ru->unit, "名") != 0 || nsteps ||
                            ru->clause[zero_level].out.kind != JX_RO_FRACTION ||
                            ru->clause[zero_level].out.value != 0))
        return refuse(rd, ru->clause[zero_level].at, ru->clause[zero_level].at + ru->clause[zero_level].len);
    for (int i = 0; i < ru->n; i++) {
        jx_rclause *c = &ru->clause[i];
        if (c->cond.kind != JX_RC_LEVEL || c->out.kind == JX_RO_OPEN || i == zero_level) continue;
        if (ranges && else_words(c->cond.label)) {
            ru->clause[i].cond.kind = JX_RC_ELSE;
            continue;
        }
        if (ranges && counted(ru->unit) && jx_rf_none_done(c->cond.label) &&
            (c->out.kind == JX_RO_FRACTION || c->out.kind == JX_RO_POINTS) && c->out.value == 0) {
            c->cond.kind = JX_RC_RANGE;   /* "…1次以上计3分,未开展不计分": 0 次 */
            c->cond.has_lo = c->cond.has_hi = c->cond.lo_incl = c->cond.hi_incl = 1;
            c->cond.lo = c->cond.hi = 0;
            continue;
        }
        /* levels and bounds mixed: which one does an actual answer?  (A
         * thing absent, "没有楼堂馆所项目的部门按满分计算", is not a number.)
         * Alternatives each with its points in brackets (bracket_parts): a
         * text names the level, a number the bound, any other number is
         * refused (otherwise −1, set below). */
        if (ranges && !(absent_words(s, c->at, c->at + c->len) &&
                        c->out.kind == JX_RO_FRACTION && c->out.value == 1) &&
            !only_ranks(ru) && !(rd->bracket_parts && !nsteps))
            return refuse(rd, c->at, c->at + c->len);
        /* the same level twice ("…得5分,未完成不得分;…得5分,未完成不得分"):
         * sub-items, and one actual cannot say which of them it is */
        int twice = 0;
        for (int j = 0; j < i; j++)
            if (ru->clause[j].cond.kind == JX_RC_LEVEL &&
                strcmp(ru->clause[j].cond.label, c->cond.label) == 0) {
                if (!same_zero(&ru->clause[j], c)) return refuse(rd, c->at, c->at + c->len);
                twice = 1;
            }
        if (twice) {                  /* "未完成不得分" in two parts: which part? */
            c->out.kind = JX_RO_OPEN;
            c->out.open = JX_OPEN_WHICH;
            copy_text(c->out.quote, sizeof c->out.quote, s, c->at, c->at + c->len);
            copy_text(c->out.words, sizeof c->out.words, s, c->at, c->at + c->len);
            continue;
        }
        /* a count and a level that gives part of the points (sub-items):
         * the actual cannot say which; only 不得分 / 满分 levels go with steps */
        if (c->out.kind == JX_RO_DEDUCT && has_kinds(ru))
            continue;                 /* one of the failures listed (see KINDS) */
        /* levels and a proportion ("完成…任务的得2分,完成…任务的得13分,沒有
         *完成任務按比例得分"): a rate of which task?  Not when the level
         * exempts the whole item ("若…没有该项建设任务的,不扣分"): no part */
        for (int j = 0; j < ru->n && !jx_rt_exempt_level(c, ru); j++)
            if (ru->clause[j].out.kind == JX_RO_RATIO || ru->clause[j].out.kind == JX_RO_LINEAR) {
                if (ru->clause[j].cond.kind != JX_RC_ALWAYS)
                    return refuse(rd, ru->clause[j].at, ru->clause[j].at + ru->clause[j].len);
                which_ratio(rd, &ru->clause[j]);   /* an OPEN clause: a text naming it */
            }
        int full = (c->out.kind == JX_RO_FRACTION && (c->out.value == 0 || c->out.value == 1)) ||
                   (c->out.kind == JX_RO_POINTS && rd->total > 0 &&
                    c->out.value == rd->total);   /* "总分8分…零发案计8分" */
        if (nsteps && !full)
            return refuse(rd, c->at, c->at + c->len);
    }
    int closed = closing_below(ru);
    prop_ends_open(ru);
    for (int i = 0; i < ru->n; i++)
        for (int j = i + 1; j < ru->n; j++)
            if (ru->clause[i].cond.kind == JX_RC_RANGE &&
                ru->clause[j].cond.kind == JX_RC_RANGE &&
                ru->clause[i].out.kind != JX_RO_STEPS && ru->clause[j].out.kind != JX_RO_STEPS &&
                overlap(&ru->clause[i].cond, &ru->clause[j].cond))
                return refuse(rd, ru->clause[j].at, ru->clause[j].at + ru->clause[j].len);
    ru->otherwise = uncovered || prop_bands || (rd->bracket_parts && levels && ranges) ? -1
                  : (deduct_only && ru->n > 0) ? 1 : 0;
    if (closed) ru->otherwise = -1;      /* a gap between whole-number bands */
    else_ratio_above(rd);
    beyond_points(ru, explicit_max);
    if (pm_bounds) {
        if (nsteps != pm_band_steps || levels) return refuse_raw(rd, &rd->r[0]);
        ru->abs_actual = 1;
        ru->signed_actual = 1;
    }
    for (int i = 0; i < nopen; i++) {    /* the rest was checked without them */
        if (ru->n == JX_RCLAUSES_MAX) return refuse(rd, opens[i].at, opens[i].at + opens[i].len);
        ru->clause[ru->n++] = opens[i];
    }
    if (lone_threshold(ru)) ru->otherwise = -1;   /* (an OPEN 其余 counts as a second clause) */
    for (int i = 0; i < ru->n; i++) {
        const jx_rclause *c = &ru->clause[i];
        if ((c->cond.kind == JX_RC_LEVEL || c->cond.kind == JX_RC_KIND) &&
            (unread_points(c->cond.label) || unread_points(c->cond.words) ||
             jx_rows_grade_points_in(c->cond.label) || jx_rows_grade_points_in(c->cond.words)))
            return refuse(rd, c->at, c->at + c->len);
    }
    if (else_alone(ru))                  /* "应按时报送,否则扣2分": other than what? */
        return refuse(rd, ru->clause[0].at, ru->clause[0].at + ru->clause[0].len);
    if (ru->n == 0)                     /* only notes: no rule at all */
        return refuse_raw(rd, &rd->r[0]);
    for (int i = 0; i < ru->n; i++) {
        const jx_rout *o = &ru->clause[i].out;
        if (o->kind == JX_RO_POINTS && o->value > ru->stated_points)
            ru->stated_points = o->value;
    }
    if (contains_any(s, 0, rd->len, jx_rw_signed, jx_rw_signed_n))
        ru->signed_actual = 1;
    {
        int bad = jx_rt_chain_band_steps(ru);   /* steps band after band */
        if (bad >= 0) return refuse(rd, ru->clause[bad].at, ru->clause[bad].at + ru->clause[bad].len);
        if (jx_rt_completion_excess(s, ru) < 0)  /* 完成…计N分，未完成按比例，超额… */
            return refuse_raw(rd, &rd->r[0]);
        jx_rt_scores_below_zero(ru);            /* "低于0%,每降低1%扣1分" */
    }
    return shares_in_steps(rd);
}

static void summarise(jx_rule *ru)
{
    int steps = 0, occ = 0, levels = 0, ranges = 0, ratio = 0;
    for (int i = 0; i < ru->n; i++) {
        const jx_rclause *c = &ru->clause[i];
        if (c->out.kind == JX_RO_STEPS) {
            steps++;
            if (c->out.step == 1 && c->out.ref == 0 && ru->percent != 1) occ++;
        } else if (c->out.kind == JX_RO_RATIO || c->out.kind == JX_RO_LINEAR) ratio++;
        else if (c->cond.kind == JX_RC_LEVEL) levels++;
        else if (c->cond.kind == JX_RC_RANGE || c->cond.kind == JX_RC_ELSE) ranges++;
    }
    ru->kind = steps ? (occ == steps ? JX_RULE_DEDUCT : JX_RULE_STEP)
             : ratio ? JX_RULE_RATIO : ranges ? JX_RULE_BANDS
             : levels ? JX_RULE_LEVELS : JX_RULE_BANDS;
    if (!ranges && !levels && !steps && !ratio)
        ru->kind = JX_RULE_LEVELS;        /* only a not-applicable clause */
}

/* A number, something else, then the points at the end: "1个问题0.5分". */
static int count_then_points(const char *s, size_t a, size_t b)
{
    size_t e = b - 3;                       /* before "分": the points */
    while (e > a && ((s[e - 1] >= '0' && s[e - 1] <= '9') || s[e - 1] == '.' || s[e - 1] == ' '))
        e--;
    return contains_digit(s, a, e);
}

/*
 * "完成50%及以上(50)完成30%及以上(30-49)…": when two clauses or more end in
 * a bracketed number or range, the brackets are the points column (a
 * range is an OPEN clause, read_open); one alone may be anything.
 */
static void bracket_points(reader *rd)
{
    int n = 0;
    for (int i = 0; i < rd->n; i++) {
        const raw *r = &rd->r[i];
        n += r->bstart > 0 || (r->out == OUT_OPEN && r->open == JX_OPEN_RANGE &&
                               bracket_number(rd->s, r->start, r->end) < r->end);
    }
    if (n < 2) return;
    for (int i = 0; i < rd->n; i++) {
        raw *r = &rd->r[i];
        if (r->bstart == 0 || r->out != OUT_NONE) continue;
        r->out = OUT_POINTS;
        r->value = r->bpts;
        r->cstart = r->start;
        r->cend = r->bstart;
        jx_trim(rd->s, &r->cstart, &r->cend);
    }
}

/* "(1分)": a clause that is only bracketed points (read_note: heading 2). */
static int bracketed_points(const reader *rd, const raw *r)
{
    jx_cur c;
    jx_cur_init(&c, rd->s, r->start, r->end);
    return r->heading == 2 && jx_cur_word(&c, "(");
}

/*
 * "成立应急管理专家组,建立健全专家决策咨询制度。(1分)\n成立应急管理专家组,
 * 尚未建立专家决策咨询制度。(0.5分)": statements each followed by its points
 * in brackets, and nothing else, are the levels of one item: each bracket
 * becomes the outcome of the statement before it ("…,得1分").  Whether
 * they are alternatives (the actual names one) or parts (summed) is the
 * scorer's: parts only when their points add up to the item's (ruletext.h).
 * Lists of plain parts ("目标明确(1分),目标细化(1.5分)") stay sub_items';
 * this form needs a statement sub_items cannot read (a denial, a rule word).
 */
static void bracket_levels(reader *rd)
{
    int brackets = 0, stated = 0, not_plain = 0;
    for (int i = 0; i < rd->n; i++) {
        const raw *r = &rd->r[i];
        if (bracketed_points(rd, r)) {
            if (!stated) return;           /* "(2分)" after nothing, or twice */
            brackets++;
            stated = 0;
            continue;
        }
        if (r->heading || r->out != OUT_NONE || r->used) return;
        if (!plain_clause(rd, r)) not_plain = 1;
        stated = 1;
    }
    if (brackets < 2 || stated || !not_plain) return;
    for (int i = 0; i < rd->n; i++) {
        raw *r = &rd->r[i];
        if (!bracketed_points(rd, r)) continue;
        r->heading = 0;
        r->used = 0;
        r->out = OUT_POINTS;
        r->value = r->hpts;
        r->cstart = r->cend = r->start;
    }
}

/*
 * "每月报表应于次月10日前以电子表格式上报国家粮食局", "文件未作规定的,应于
 * 次年60日内报送": a requirement (jx_rt_requirement) states the standard
 * the deductions after it measure against; it scores nothing when the
 * clause after it has its own condition (a bare outcome after it, "…应按时
 * 报送,否则扣2分", makes it that outcome's condition: left as it is).  The
 * condition clauses right before it (with no outcome) are its own.
 */
static void requirement_notes(reader *rd)
{
    for (int i = 0; i < rd->n; i++) {
        raw *r = &rd->r[i];
        if (r->used || r->out != OUT_NONE || !jx_rt_requirement(rd->s, r->start, r->end))
            continue;
        int j = i + 1;
        while (j < rd->n && rd->r[j].used == 1) j++;
        if (j < rd->n) {
            const raw *n = &rd->r[j];
            size_t a = n->cstart, b = n->cend;
            jx_trim(rd->s, &a, &b);
            if (n->out == OUT_NONE ? jx_rt_requirement(rd->s, n->start, n->end) : a >= b)
                continue;
            if (contains_any(rd->s, a, b, jx_rw_else, jx_rw_else_n)) continue;
        }
        r->used = 1;
        for (int k = i - 1; k >= 0 && !rd->r[k].used && rd->r[k].out == OUT_NONE; k--)
            rd->r[k].used = 1;
    }
}

/*
 * "…,视为不合格,不得分": a verdict followed by a bare outcome gives that
 * outcome under the verdict's condition; read as an OPEN clause and a
 * lone outcome it would score every actual.  Refused (the outcome quoted).
 */
static jx_err verdict_then_outcome(reader *rd)
{
    /* "发生较大事故的,该项不得分,倒扣10分": a consequence with no condition
     * of its own after a clause with an outcome has that clause's condition */
    for (int i = 1; i < rd->n; i++) {
        raw *r = &rd->r[i], *p = &rd->r[i - 1];
        size_t a = r->cstart, b = r->cend;
        jx_trim(rd->s, &a, &b);
        if (r->out != OUT_OPEN || r->open != JX_OPEN_BEYOND || a < b || r->pstart < r->pend ||
            p->used || p->out == OUT_NONE || p->out == OUT_OPEN)
            continue;
        r->cstart = p->cstart;
        r->cend = p->cend;
        r->pstart = p->pstart;
        r->pend = p->pend;
        r->pfirst = p->pfirst;
        r->plast = p->plast;
    }
    for (int i = 0; i < rd->n; i++) {
        if (rd->r[i].out != OUT_OPEN || rd->r[i].open != JX_OPEN_BEYOND) continue;
        int j = i + 1;
        while (j < rd->n && rd->r[j].used == 1) j++;
        if (j == rd->n) continue;
        const raw *n = &rd->r[j];
        size_t a = n->cstart, b = n->cend;
        jx_trim(rd->s, &a, &b);
        if (n->out != OUT_NONE && n->out != OUT_CAP && n->out != OUT_MAX && a >= b &&
            n->pstart >= n->pend)
            return refuse_raw(rd, n);
    }
    return JX_OK;
}

/*
 * "…不得分,并按有关规定处理": what is done besides the score (并 / 同时 /
 * 另 + a word of jx_rw_also_action, nothing else), right after a clause that
 * gives the score: no score of its own, a note.  After a condition alone
 * ("…的,按有关规定处理") it is the outcome, not read here.
 */
static int also_action(const reader *rd, int i)
{
    static const char *const lead[] = { "并", "同时", "另", "且" };
    const raw *r = &rd->r[i];
    if (i == 0 || r->out != OUT_NONE || rd->r[i - 1].out == OUT_NONE ||
        rd->r[i - 1].out == OUT_OPEN)
        return 0;
    for (size_t k = 0; k < JX_RWORDS(lead); k++) {
        jx_cur c;
        jx_cur_init(&c, rd->s, r->start, r->end);
        if (!jx_cur_word(&c, lead[k])) continue;
        for (size_t j = 0; j < jx_rw_also_action_n; j++) {
            jx_cur t = c;
            if (expect(&t, jx_rw_also_action[j]) && at_end(&t)) return 1;
        }
    }
    return 0;
}

/* Mark notes, then join each condition clause to the clause it governs. */
static jx_err join(reader *rd)
{
    bracket_points(rd);
    for (int i = 0; i < rd->n; i++) {
        raw *r = &rd->r[i];
        if (read_note(rd, r) || also_action(rd, i)) { r->used = 1; continue; }
        if (contains(rd->s, r->start, r->end, "以此类推") ||
            contains(rd->s, r->start, r->end, "依此类推") ||
            contains(rd->s, r->start, r->end, "依次类推")) {
            r->used = 3;        /* allowed next to steps only (checked after) */
            continue;
        }
    }
    requirement_notes(rd);
    bracket_levels(rd);
    points_first_tail(rd);
    for (int i = 0; i + 1 < rd->n; i++) {
        raw *r = &rd->r[i];
        if (r->used || r->out != OUT_NONE) continue;
        if ((contains(rd->s, r->start, r->end, "分别") || contains(rd->s, r->start, r->end, "依次") ||
             rank_list(rd->s, r->start, r->end)) && !before_each_item(rd, i))
            continue;
        /* "…1个问题0.5分": a count and points with no verb are no condition of
         * the next clause (a heading "未按规定签收管理4分" still is) */
        if (ends_with_points(rd->s, r->start, r->end) && count_then_points(rd->s, r->start, r->end))
            continue;
        jx_rout o;
        if (ratio_like(rd, r, &o)) continue;
        int j = i + 1;
        while (j < rd->n && rd->r[j].used) j++;
        if (j == rd->n) break;
        raw *n = &rd->r[j];
        if (n->out == OUT_CAP || n->out == OUT_MAX) continue;
        if (n->out == OUT_NONE) {
            /* two conditions in a row ("质量控制，…不真实的，得5分"): carry on */
            if (ratio_like(rd, n, &o)) continue;
        }
        if (n->pstart < n->pend) continue;
        n->pstart = r->pstart < r->pend ? r->pstart : r->start;
        n->pfirst = r->pstart < r->pend ? r->pfirst : i;
        n->pend = r->end;
        n->plast = i;
        r->used = 4;
    }
    return verdict_then_outcome(rd);
}

/*
 * "在职人员控制率=(在职人员数/编制数)×100%，小于或等于1计5分": the rate is
 * defined in percent, so bare bounds no greater than 1 are its ratio (1 is
 * 100 %): the rule reads rates ("95%", 0.95).  Bounds above 1 ("≥90"): as
 * written (a unit the sentence does not settle stays a unit error).
 */
static void defined_percent(const reader *rd, jx_rule *ru)
{
    if (!rd->pct_defined || ru->percent != 0) return;
    int bounds = 0;
    for (int i = 0; i < ru->n; i++) {
        const jx_rcond *c = &ru->clause[i].cond;
        if (c->kind == JX_RC_KIND || c->kind == JX_RC_LEVEL) return;
        if (c->kind != JX_RC_RANGE) continue;
        if ((c->has_lo && (c->lo < 0 || c->lo > 1)) || (c->has_hi && (c->hi < 0 || c->hi > 1)))
            return;
        if (ru->clause[i].out.kind == JX_RO_STEPS) return;
        bounds++;
    }
    if (bounds) ru->percent = 1;
}

/*
 * "资产设备是否按规定粘贴资产标签? 2": a question, its mark, then a bare
 * number and nothing else — the table's points column flattened into the
 * cell (as "(2分)" would be written).  *open: the question mark.
 */
static int question_points_at_end(const char *s, size_t a, size_t b, double *v, size_t *open)
{
    size_t o = find_word(s, a, b, "?");
    if (o == b || o == a || find_word(s, o + 1, b, "?") < b) return 0;
    jx_cur c;
    jx_cur_init(&c, s, o, b);
    jx_cur_word(&c, "?");
    if (!read_number(&c, v)) return 0;
    expect(&c, "分");
    if (!at_end(&c)) return 0;
    *open = o;
    return 1;
}

/*
 * "年度工作计划是否完整可行(3分)", "绩效目标明确,且细化、量化(2分);": the
 * whole sentence is one check, a statement (or a 是否 question) with its
 * points in brackets at the end and no rule word, digit or other points
 * anywhere else: a yes/no check; a question may also end "? 2", its points
 * column flattened (question_points_at_end).  Met (是, or the state a
 * question names: "完整可行") gives its points, not met (否) 0; any other actual names no
 * level and is refused.  Lists of such checks stay sub_items' (summed); a
 * statement in one clause ("有明确的受益对象(2分)") stays a level named by
 * the actual.  1 when the rule was built so.
 */
static int yes_no_check(reader *rd)
{
    static const char *const rule_words[] = { "得", "扣", "加", "每", "不", "未", "无", "没",
                                              "否则", "其他", "其余", "或", "分" };
    const char *s = rd->s;
    const raw *last = &rd->r[rd->n - 1];
    double v;
    size_t open;
    int points_col = 0;
    if (rd->n < 1 || rd->n > 4) return 0;
    if (!bracket_points_at_end(s, last->start, last->end, &v, &open)) {
        /* "资产设备是否按规定粘贴资产标签? 2" (question_points_at_end); also
         * with numbers before 是否, what is asked about ("10万元以上设备材料是否
         * 齐全? 2"), or no mark ("…粘贴资产标签 2"): jx_rows_question */
        if (rd->n == 1 && jx_rows_question(s, last->start, last->end, &v, &open)) points_col = 2;
        else if (question_points_at_end(s, last->start, last->end, &v, &open)) points_col = 1;
        else return 0;
    }
    if (!(v > 0)) return 0;
    for (int i = 0; i < rd->n; i++) {
        const raw *r = &rd->r[i];
        size_t b = i == rd->n - 1 ? open : r->end;
        size_t d = points_col == 2 ? find_word(s, r->start, b, "是否") : r->start;
        if (r->start >= b || contains_digit(s, d, b) || contains(s, r->start, b, "(") ||
            contains(s, r->start, b, ":") ||
            contains_any(s, r->start, b, rule_words, JX_RWORDS(rule_words)) ||
            contains_any(s, r->start, b, jx_rw_vague, jx_rw_vague_n))
            return 0;
    }
    jx_rule *ru = rd->rule;
    size_t a = rd->r[0].start, b = last->end;
    size_t q = find_word(s, a, open, "是否");
    if (points_col && (rd->n != 1 || q == open)) return 0;   /* "是否…? 2" only */
    int basis = 0;              /* "按照《…》," before the statement: a note */
    while (basis < rd->n - 1 && basis_lead(s, rd->r[basis].start, rd->r[basis].end)) basis++;
    if (rd->n - basis == 1 && q == open) return 0;  /* one statement: a level (bracket_levels) */
    static const struct { const char *label; int met; } yn[] = { {"是", 1}, {"否", 0} };
    for (size_t k = 0; k < JX_RWORDS(yn); k++) {
        jx_rclause *c = &ru->clause[ru->n++];
        memset(c, 0, sizeof *c);
        c->at = a;
        c->len = b - a;
        c->cond.kind = JX_RC_LEVEL;
        strcpy(c->cond.label, yn[k].label);
        c->out.kind = yn[k].met ? JX_RO_POINTS : JX_RO_FRACTION;
        c->out.value = yn[k].met ? v : 0;
    }
    if (rd->n == 1) {            /* the state the question names */
        jx_rclause *c = &ru->clause[ru->n++];
        memset(c, 0, sizeof *c);
        c->at = a;
        c->len = b - a;
        c->cond.kind = JX_RC_LEVEL;
        copy_label(c->cond.label, s, q + strlen("是否"), open);
        c->out.kind = JX_RO_POINTS;
        c->out.value = v;
        if (c->cond.label[0] == '\0') ru->n--;
    }
    ru->otherwise = -1;
    ru->stated_points = v;
    ru->exact_levels = 1;
    return 1;
}

/*
 * "达到历史最佳水平给6分;…每提高1%则在6分基础上加1分": the base an addition
 * restates must be the points another clause gives; else the sentence
 * says two things (refused, quoting the restating clause).
 */
static jx_err restated_base(reader *rd)
{
    for (int i = 0; i < rd->n; i++) {
        if (!(rd->r[i].on_base > 0)) continue;
        int found = 0;
        for (int j = 0; j < rd->n; j++)
            found |= j != i && rd->r[j].out == OUT_POINTS && rd->r[j].value == rd->r[i].on_base;
        if (!found) return refuse_raw(rd, &rd->r[i]);
    }
    return JX_OK;
}

/* Past the blanks (space, U+3000, U+00A0; no line break) at s[i]. */
static size_t blank_run(const char *s, size_t i, size_t len)
{
    for (;;) {
        if (i < len && s[i] == ' ') i++;
        else if (len - i >= 3 && memcmp(s + i, "\xE3\x80\x80", 3) == 0) i += 3;
        else if (len - i >= 2 && memcmp(s + i, "\xC2\xA0", 2) == 0) i += 2;
        else return i;
    }
}

static int is_ideograph_at(const char *s, size_t i, size_t len)
{
    uint32_t cp;
    size_t k = i < len ? jx_utf8_decode((const unsigned char *)s + i, len - i, &cp) : 0;
    return k == 3 && cp >= 0x4E00u && cp <= 0x9FFFu;
}

static int digit_at(const char *s, size_t i, size_t len)
{
    uint32_t cp;
    if (i >= len) return 0;
    if ((unsigned char)s[i] < 0x80) return jx_is_digit((unsigned char)s[i]);
    size_t k = jx_utf8_decode((const unsigned char *)s + i, len - i, &cp);
    return k == 3 && cp >= 0xFF10u && cp <= 0xFF19u;
}

/*
 * Blanks between a number and an ideograph, either way round ("扣 4 分",
 * "第 2-5 名"; not after "%": "…×100% 控制率在…" is a definition, then the
 * bands, and a blank is what separates them): PDF tables print them, and the reader's byte
 * tests (a digit before 分, "得10分平指标" glued) would miss the number.
 * out[0..n) is what is folded so far, s[j] the first character after them.
 */
static int digit_meets_ideograph(const char *out, size_t n, const char *s, size_t j, size_t len)
{
    int prev_num = jx_is_digit((unsigned char)out[n - 1]);   /* not "×100% 控制率…" */
    int prev_cjk = n >= 3 && is_ideograph_at(out, n - 3, n);
    return (prev_num && is_ideograph_at(s, j, len)) || (prev_cjk && digit_at(s, j, len));
}

/*
 * The sentence with full-width ASCII (U+FF01-FF5E: "０．５", "（２分）",
 * "＞＝") as ASCII, blanks between a number and an ideograph dropped
 * (digit_meets_ideograph) and the other ideographic and no-break spaces as
 * " ", into
 * out; map[i] is the offset in s of out's byte i (map[n] = len).  The
 * reader's cursor folds these anyway, but many of its tests look at bytes
 * (a digit before 分, a "." between digits, "2、"): read folded, a table
 * typed with a Chinese input method ("扣０．５分") reads as one typed in
 * ASCII (a variant of the corpus, tests/rules/test_variants.py, was scored
 * 1 for 0.5 before).  Every character maps to one, so quotes map back.
 */
static size_t fold_sentence(const char *s, size_t len, char *out, uint16_t *map)
{
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        const unsigned char *u = (const unsigned char *)s + i;
        uint32_t cp = u[0];
        size_t k = 1;
        if (u[0] >= 0x80) {
            k = jx_utf8_decode(u, len - i, &cp);
            if (k == 0) k = 1, cp = 0xFFFDu;
        }
        size_t j = blank_run(s, i, len);
        if (j > i && n > 0 && digit_meets_ideograph(out, n, s, j, len) &&
            !jx_rows_column_gap(s, i, j, len)) {    /* "…资产标签 2": a points column */
            i = j;                   /* "扣 0.5 分" is "扣0.5分" */
            continue;
        }
        map[n] = (uint16_t)i;
        if (k > 1 && cp >= 0xFF01u && cp <= 0xFF5Eu) {
            out[n++] = (char)(cp - 0xFEE0u);
        } else if (k > 1 && (cp == 0x3000u || cp == 0x00A0u)) {
            out[n++] = ' ';
        } else {
            for (size_t b = 0; b < k; b++) {
                map[n] = (uint16_t)(i + b);
                out[n++] = s[i + b];
            }
        }
        i += k;
    }
    map[n] = (uint16_t)len;
    out[n] = '\0';
    return n;
}

/*
 * A quote or a text copied from the folded sentence (an OPEN clause's
 * quote, its words) as the sentence prints it: the same characters, found
 * in the folded sentence, copied from the original.  Unchanged when not
 * found (it was cut or joined).
 */
static void unfold_text(const reader *rd, char *dst, size_t cap, int keep_tail)
{
    size_t n = strlen(dst);
    if (n == 0 || n > rd->len) return;
    for (size_t p = 0; p + n <= rd->len; p++) {
        if (memcmp(rd->s + p, dst, n) != 0) continue;
        size_t oa = rd->map[p], ob = orig_end(rd, p + n);
        if (ob - oa == n) return;                 /* nothing was folded */
        size_t m = ob - oa;
        if (m > cap - 1 && keep_tail) {           /* its last bytes, as copy_tail */
            oa = ob - (cap - 1);
            while (oa < ob && ((unsigned char)rd->orig[oa] & 0xC0) == 0x80) oa++;
            m = ob - oa;
        } else if (m > cap - 1) {                 /* its first bytes, as copy_text */
            m = cap - 1;
            while (m > 0 && ((unsigned char)rd->orig[oa + m] & 0xC0) == 0x80) m--;
        }
        memcpy(dst, rd->orig + oa, m);
        dst[m] = '\0';
        return;
    }
}

/* Clause offsets, quotes and labels of the rule as the sentence prints
 * them (labels are matched against actuals as printed, as before folding). */
static void unfold_rule(const reader *rd, jx_rule *ru)
{
    for (int i = 0; i < ru->n; i++) {
        jx_rclause *c = &ru->clause[i];
        size_t a = c->at <= rd->len ? c->at : rd->len;
        size_t b = c->at + c->len <= rd->len ? c->at + c->len : rd->len;
        c->at = rd->map[a];
        c->len = b > a ? orig_end(rd, b) - rd->map[a] : 0;
        unfold_text(rd, c->out.quote, sizeof c->out.quote, 0);
        unfold_text(rd, c->out.words, sizeof c->out.words, 0);
        unfold_text(rd, c->cond.label, sizeof c->cond.label, c->cond.kind == JX_RC_KIND);
        unfold_text(rd, c->cond.words, sizeof c->cond.words, 1);
    }
}

/*
 * "有项目年度工作计划或有上级文件或审批报告计2分,没有不得分" (bpc02-01,
 * bpd04-01): two levels, one stating that something exists (its label
 * starts with 有) and the bare denial 没有 / 无: the bare answer 有 names
 * the first as 没有 names the second.  A LEVEL clause "有" with the first's
 * outcome, only when the rule is exactly those two levels (besides 不涉及).
 */
static void bare_have(jx_rule *ru)
{
    const jx_rclause *have = NULL;
    int none = 0, levels = 0;
    for (int i = 0; i < ru->n; i++) {
        const jx_rclause *c = &ru->clause[i];
        if (c->cond.kind == JX_RC_NA) continue;
        if (c->cond.kind != JX_RC_LEVEL || c->out.kind == JX_RO_OPEN) return;
        levels++;
        if (!strcmp(c->cond.label, "没有") || !strcmp(c->cond.label, "无")) none++;
        else if (!strncmp(c->cond.label, "有", 3) && strncmp(c->cond.label, "有无", 6) != 0 &&
                 strcmp(c->cond.label, "有") != 0)
            have = c;
    }
    if (levels != 2 || none != 1 || !have || ru->n == JX_RCLAUSES_MAX) return;
    jx_rclause *c = &ru->clause[ru->n++];
    *c = *have;
    strcpy(c->cond.label, "有");
    c->cond.words[0] = '\0';
}

/* The clauses as cut, for the readers of whole sentences in ruletext_parts.c. */
static int criteria_count(reader *rd)
{
    size_t span[MAX_RAW][2];
    for (int i = 0; i < rd->n; i++) {
        span[i][0] = rd->r[i].start;
        span[i][1] = rd->r[i].end;
    }
    return jx_rt_criteria_count(rd->s, (const size_t (*)[2])span, rd->n, rd->rule) ||
           jx_rt_deduct_parts(rd->s, (const size_t (*)[2])span, rd->n, rd->rule) ||
           jx_rt_listed_parts(rd->s, (const size_t (*)[2])span, rd->n, rd->rule);
}

/*
 * Sentences the clause grammar refuses that read as parts with bracketed
 * points ("确定…机构(2分)、相关责任人员,明确工作职责(2分)"): the rule is
 * rebuilt from the clauses as first cut.  1 when read.
 */
static int parts_fallback(reader *rd, const size_t (*span)[2], int ncut)
{
    jx_rule r;
    memset(&r, 0, sizeof r);
    r.percent = -1;
    if (!jx_rt_bracket_parts(rd->s, span, ncut, &r) &&
        !jx_rt_counted_items(rd->s, span, ncut, &r) &&
        !jx_rt_veto_part(rd->s, span, ncut, &r) &&
        !jx_rt_bonus_kinds(rd->s, span, ncut, &r) &&
        !jx_rt_frequency_or_nothing(rd->s, span, ncut, &r))
        return 0;
    *rd->rule = r;
    return 1;
}

/* The clause grammar, after the cut: the passes, then build. */
static jx_err read_clauses(reader *rd)
{
    jx_err e;
    glued_definition(rd);
    base_and_comparison(rd);
    verbless_addition(rd);
    levels_lead_in(rd);
    schedule_lead_in(rd);
    base_value_lead(rd);
    if ((e = bracket_alternatives(rd)) || (e = bonus_clauses(rd)))
        return e;
    stated_target(rd);
    ranks_from_bottom(rd);
    unit_standard(rd);
    if ((e = join(rd)) || (e = build(rd)) || (e = base_value_band(rd)))
        return e;
    for (int i = 0; i < rd->n; i++) {
        if (rd->r[i].used != 3) continue;
        int steps = 0;
        for (int j = 0; j < rd->rule->n; j++)
            steps += rd->rule->clause[j].out.kind == JX_RO_STEPS;
        if (!steps)                     /* 以此类推 over a list: more than written */
            return refuse_raw(rd, &rd->r[i]);
    }
    return JX_OK;
}

jx_err jx_rule_parse(const char *text, size_t len, jx_rule *out,
                     jx_diag *diag)
{
    jx_diag_clear(diag);
    jx_err e = jx_text_check(text, len, diag);
    if (e != JX_OK)
        return e;
    static const reader zero;
    reader rd = zero;
    jx_rule rule;
    memset(&rule, 0, sizeof rule);
    rule.percent = -1;
    char folded[JX_TEXT_MAX + 1];
    uint16_t map[JX_TEXT_MAX + 1];
    rd.orig = text;
    rd.map = map;
    rd.s = folded;
    rd.len = fold_sentence(text, len, folded, map);
    rd.diag = diag;
    rd.rule = &rule;
    rd.partial = JX_STEP_FLOOR;
    rd.ratio_clause = -1;
    if (jx_rt_two_tables(text, len, &rule))   /* two kinds of place: both must agree */
        goto built_two;
    if ((e = cut(&rd)) || (e = restated_base(&rd)))
        return e;
    size_t span[MAX_RAW][2];            /* the clauses as cut, for parts_fallback */
    int ncut = rd.n;
    for (int i = 0; i < rd.n; i++) {
        span[i][0] = rd.r[i].start;
        span[i][1] = rd.r[i].end;
    }
    implied_steps(&rd);
    measure_restated(&rd);
    if (yes_no_check(&rd))              /* "年度工作计划是否完整可行(3分)" */
        goto built;
    if (criteria_count(&rd))            /* "符合全部3项指标的按100分计,每不符合1项扣40分" */
        goto built;
    if ((e = read_clauses(&rd))) {
        if (e != JX_ERR_RULE_SYNTAX || !parts_fallback(&rd, span, ncut))
            return e;
        jx_diag_clear(diag);            /* read as parts after all */
    }
built:
    bare_have(&rule);
    defined_percent(&rd, &rule);
built_two:
    sort_clauses(&rule);
    summarise(&rule);
    unfold_rule(&rd, &rule);
    if (out)
        *out = rule;
    return JX_OK;
}
