/*
 * ruletext_parts.c - sentences made of parts (issue 15, family g6): see
 * ruletext_parts.h and docs/RULES.md, "Sentences made of parts".
 */
#include "text.h"
#include "ruletext_words.h"
#include "ruletext_parts.h"

#include <stdio.h>
#include <string.h>

/* Words saying a deduction is for something found by a check. */
static const char *const finding_words[] = { "一经发现", "经发现", "一经查实", "经查实",
                                             "发现" };

/* Verbs ending a kind's words when it counts what is missing. */
static const char *const shortfall_verbs[] = { "少", "缺", "不足" };

/* Does s[a..b) hold word w (folded)? */
static int holds(const char *s, size_t a, size_t b, const char *w)
{
    for (size_t i = a; i < b; i++) {
        jx_cur c;
        jx_cur_init(&c, s, i, b);
        if (jx_cur_word(&c, w)) return 1;
    }
    return 0;
}

/* Does label end with one of the shortfall verbs? */
static int ends_short(const char *l, size_t n)
{
    for (size_t k = 0; k < JX_RWORDS(shortfall_verbs); k++) {
        size_t wl = strlen(shortfall_verbs[k]);
        if (n >= wl && memcmp(l + n - wl, shortfall_verbs[k], wl) == 0) return 1;
    }
    return 0;
}

/*
 * A part's whole words (their last JX_RWORDS_MAX bytes) beside its label,
 * which keeps only the last JX_LABEL_MAX: a piece of a long part cut from
 * its label must still count when deciding whether a text names one part
 * or several (ruletext_name.c, words_name).
 */
static void part_words(jx_rclause *cl, const char *s, size_t a, size_t b)
{
    while (b - a > JX_RWORDS_MAX) {
        a++;
        while (a < b && ((unsigned char)s[a] & 0xC0) == 0x80) a++;
    }
    memcpy(cl->cond.words, s + a, b - a);
    cl->cond.words[b - a] = '\0';
}

/* A count at c in unit u: "一次", "1次", "两次".  Returns the count, 0 if none. */
static double count_here(jx_cur c, const char *u)
{
    double v = 0;
    size_t ul = strlen(u);
    size_t start = c.pos;
    while (!jx_cur_eof(&c)) {
        size_t len;
        uint32_t cp = jx_cur_peek(&c, &len);
        if (!jx_is_digit(cp)) break;
        v = v * 10 + (double)(cp - '0');
        jx_cur_next(&c);
    }
    if (c.pos == start) {
        size_t k;
        for (k = 0; k < jx_rw_numerals_n; k++) {
            jx_cur t = c;
            if (jx_cur_word(&t, jx_rw_numerals[k].word)) {
                v = jx_rw_numerals[k].value;
                c = t;
                break;
            }
        }
        if (k == jx_rw_numerals_n) return 0;
    }
    jx_cur_skip_space(&c);
    if (ul == 0 || c.end - c.pos < ul || memcmp(c.s + c.pos, u, ul) != 0) return 0;
    return v;
}

double jx_rt_kind_need(const char *label, size_t n, const char *unit, int shortfall_verb)
{
    if (!unit || !unit[0] || (shortfall_verb && !ends_short(label, n))) return 0;
    double need = 0;
    size_t i = 0;
    while (i < n) {
        size_t k;
        jx_cur c;
        for (k = 0; k < jx_rw_period_count_n; k++) {
            jx_cur_init(&c, label, i, n);
            if (jx_cur_word(&c, jx_rw_period_count[k].word)) break;
        }
        if (k == jx_rw_period_count_n) { i++; continue; }
        /* the count follows the frequency within the kind's words: the
         * first number in the unit after it ("每季度召开一次", "每月不少于1次") */
        double v = 0;
        while (!jx_cur_eof(&c) && v == 0) {
            v = count_here(c, unit);
            if (v == 0) jx_cur_next(&c);
        }
        if (v <= 0) return 0;
        if (need > 0) return 0;          /* two frequencies: which one? */
        need = v * jx_rw_period_count[k].value;
        i = c.pos;
    }
    return need;
}

int jx_rt_findings_only(const jx_rule *r)
{
    int n = 0;
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (c->cond.kind == JX_RC_NA) continue;
        if (c->cond.kind != JX_RC_LEVEL || c->out.kind != JX_RO_DEDUCT) return 0;
        size_t ln = strlen(c->cond.label);
        int found = 0;
        for (size_t k = 0; k < JX_RWORDS(finding_words) && !found; k++)
            found = holds(c->cond.label, 0, ln, finding_words[k]);
        if (!found) return 0;
        n++;
    }
    return n > 0;
}

/* No two parts with the same label (which would an actual name?). */
static int labels_distinct(const jx_rule *r)
{
    for (int i = 0; i < r->n; i++)
        for (int j = 0; j < i; j++)
            if (strcmp(r->clause[i].cond.label, r->clause[j].cond.label) == 0) return 0;
    return 1;
}

/* The parts read into r, summing to sum, as the rule (1), or 0 when two
 * share a label. */
static int parts_levels(jx_rule *r, double sum, jx_rule *ru)
{
    if (!labels_distinct(r)) return 0;
    r->kind = JX_RULE_LEVELS;
    r->percent = -1;
    r->stated_points = sum;
    *ru = *r;
    return 1;
}

/* --- A count of criteria, all met for the points, each missed deducted --- */

/* Verbs of meeting a criterion, and their denials (the actual's words too). */
static const char *const meet_verbs[] = { "符合", "达到", "满足", "完成", "具备" };
static const struct { const char *miss, *meet; } miss_verbs[] = {
    {"不符合", "符合"}, {"未达到", "达到"}, {"达不到", "达到"}, {"不满足", "满足"},
    {"未满足", "满足"}, {"未完成", "完成"}, {"不具备", "具备"}, {"未具备", "具备"},
};
/* What a criterion is called after its count ("3项指标"). */
static const char *const criteria_nouns[] = { "指标", "标准", "要求", "条件", "内容" };
/* Headings before a colon that carry no score ("评分标准:"). */
static const char *const rule_headings[] = { "评分标准", "评分方法", "评分细则", "计分方法" };
/* "Down to 0", said after the step. */
static const char *const to_zero[] = { "扣完为止", "直至扣为零分", "直至扣为零", "直至扣完",
                                       "扣至零分为止", "扣至0分为止", "扣完本项分值为止",
                                       "扣完该项分值为止" };

/* The first of words[] at c: advances and returns its index + 1, or 0. */
static int word_of(jx_cur *c, const char *const *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (jx_cur_word(c, w[i])) return (int)i + 1;
    return 0;
}

/* The denial verb at c: advances and returns its index + 1, or 0. */
static int miss_at(jx_cur *c)
{
    for (size_t i = 0; i < JX_RWORDS(miss_verbs); i++)
        if (jx_cur_word(c, miss_verbs[i].miss)) return (int)i + 1;
    return 0;
}

/* A number at c (digits, a point, or one numeral 一…十), blanks around it skipped. */
static int number_at(jx_cur *c, double *v)
{
    jx_cur_skip_space(c);
    jx_num num;
    size_t bad;
    if (jx_scan_number(c, 0, &num, &bad)) {
        int ok;
        *v = jx_num_value(&num, c->s, 0, &ok);
        jx_cur_skip_space(c);
        return ok;
    }
    for (size_t k = 0; k < jx_rw_numerals_n; k++)
        if (jx_cur_word(c, jx_rw_numerals[k].word)) {
            *v = jx_rw_numerals[k].value;
            jx_cur_skip_space(c);
            return 1;
        }
    return 0;
}

static int rest_is(jx_cur *c, const char *w)
{
    jx_cur_skip_space(c);
    return jx_cur_word(c, w);
}

/* "评分标准:" at the start of the lead: skipped. */
static void skip_heading(jx_cur *c)
{
    jx_cur t = *c;
    jx_cur_skip_space(&t);
    if (word_of(&t, rule_headings, JX_RWORDS(rule_headings)) &&
        (rest_is(&t, ":") || rest_is(&t, "：")))
        *c = t;
}

/*
 * The lead "符合全部 3 项指标的按 100 分计" / "达到3项要求的得满分": *verb the
 * meet verb's index, *need the count, *pts the points (0 for 满分).
 */
static int criteria_lead(const char *s, size_t a, size_t b, int *verb, double *need,
                         double *pts)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    skip_heading(&c);
    jx_cur_skip_space(&c);
    if (!(*verb = word_of(&c, meet_verbs, JX_RWORDS(meet_verbs)))) return 0;
    jx_cur_skip_space(&c);
    (void)(jx_cur_word(&c, "全部") || jx_cur_word(&c, "全"));
    if (!number_at(&c, need) || !(*need >= 1) || *need != (double)(long)*need ||
        !jx_cur_word(&c, "项"))
        return 0;
    word_of(&c, criteria_nouns, JX_RWORDS(criteria_nouns));
    jx_cur_skip_space(&c);
    jx_cur_word(&c, "的");
    jx_cur_skip_space(&c);
    *pts = 0;
    if (jx_cur_word(&c, "得满分") || jx_cur_word(&c, "计满分") || jx_cur_word(&c, "满分")) {
        /* 满分: the item's points */
    } else if (jx_cur_word(&c, "按") || jx_cur_word(&c, "得") || jx_cur_word(&c, "计")) {
        if (!number_at(&c, pts) || !(*pts > 0) || !jx_cur_word(&c, "分")) return 0;
        jx_cur_skip_space(&c);
        jx_cur_word(&c, "计");
    } else {
        return 0;
    }
    jx_cur_skip_space(&c);
    return jx_cur_eof(&c);
}

/* The step "每不符合 1 项扣 40 分": the denial must be of the lead's verb (or 少 / 缺). */
static int criteria_step(const char *s, size_t a, size_t b, int verb, double *step,
                         double *per)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    jx_cur_skip_space(&c);
    if (!jx_cur_word(&c, "每")) return 0;
    int m = miss_at(&c);
    if (m) {
        if (strcmp(miss_verbs[m - 1].meet, meet_verbs[verb - 1]) != 0)
            return 0;                    /* "每未完成1项" after "符合3项": another count */
    } else if (!(jx_cur_word(&c, "少") || jx_cur_word(&c, "缺"))) {
        return 0;
    }
    if (!number_at(&c, step) || !(*step > 0) || !jx_cur_word(&c, "项")) return 0;
    word_of(&c, criteria_nouns, JX_RWORDS(criteria_nouns));
    jx_cur_skip_space(&c);
    jx_cur_word(&c, "的");
    jx_cur_skip_space(&c);
    if (!jx_cur_word(&c, "扣") || !number_at(&c, per) || !(*per > 0) || !jx_cur_word(&c, "分"))
        return 0;
    jx_cur_skip_space(&c);
    return jx_cur_eof(&c);
}

/* A clause that is only a number ("1" of "1.评分标准"): numbering. */
static int numbering_only(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    double v;
    return number_at(&c, &v) && jx_cur_eof(&c);
}

int jx_rt_criteria_count(const char *s, const size_t (*span)[2], int n, jx_rule *ru)
{
    int i = 0, verb = 0;
    double need = 0, pts = 0, step = 0, per = 0;
    while (i < n && numbering_only(s, span[i][0], span[i][1])) i++;
    if (i + 1 >= n || !criteria_lead(s, span[i][0], span[i][1], &verb, &need, &pts) ||
        !criteria_step(s, span[i + 1][0], span[i + 1][1], verb, &step, &per))
        return 0;
    size_t a = span[i][0];
    for (int k = i + 2; k < n; k++) {
        jx_cur c;
        jx_cur_init(&c, s, span[k][0], span[k][1]);
        jx_cur_skip_space(&c);
        if (!word_of(&c, to_zero, JX_RWORDS(to_zero))) return 0;
        jx_cur_skip_space(&c);
        if (!jx_cur_eof(&c)) return 0;
    }
    jx_rclause *c = &ru->clause[0];
    memset(c, 0, sizeof *c);
    c->at = a;
    c->len = span[n - 1][1] - a;
    c->cond.kind = JX_RC_ALWAYS;
    c->out.kind = JX_RO_STEPS;
    c->out.ref = need;
    c->out.step = step;
    c->out.under_per = -per;
    c->out.base = pts > 0 ? pts : 1;
    c->out.base_frac = pts > 0 ? 0 : 1;
    c->out.partial = JX_STEP_FLOOR;
    c->out.shortfall = 2;                /* a bare 2: met or missed?  Refused */
    ru->n = 1;
    ru->kind = JX_RULE_STEP;
    ru->percent = 0;
    snprintf(ru->unit, sizeof ru->unit, "项");
    ru->otherwise = 0;
    ru->stated_points = pts;
    return 1;
}

int jx_rt_count_words(const char *t, size_t n, size_t *skip, int *missed)
{
    jx_cur c;
    jx_cur_init(&c, t, 0, n);
    if (miss_at(&c)) *missed = 1;
    else if (word_of(&c, meet_verbs, JX_RWORDS(meet_verbs))) *missed = 0;
    else return 0;
    *skip = c.pos;
    return c.pos < n;
}

/* --- Numbered parts, each with its points and its own deductions ------- */

#define PART_MAX 8

/* Words saying the part's deductions stop at its points. */
static const char *const part_to_zero[] = { "扣完为止", "扣完本项为止", "扣完该项为止",
                                            "直至扣完", "扣至零分为止", "扣完即止" };
/* Verbs before a part's points ("按时申报绩效目标计 2 分"). */
static const char *const part_points_verbs[] = { "计", "得", "为", "占" };
/* A level that takes the whole part ("不规范不得分"). */
static const char *const part_nothing[] = { "不得分", "不计分", "该项不得分", "此项不得分" };

/* The numbering at c: "1、", "1.", "(1)", "（1）"; advances past it. */
static int numbering_at(jx_cur *c)
{
    jx_cur t = *c;
    for (;;) {                           /* the separator that ended the clause before */
        jx_cur_skip_space(&t);
        if (!(jx_cur_word(&t, ";") || jx_cur_word(&t, "；") || jx_cur_word(&t, "。") ||
              jx_cur_word(&t, ",") || jx_cur_word(&t, "，") || jx_cur_word(&t, "\n")))
            break;
    }
    int br = jx_cur_word(&t, "(");
    size_t at = t.pos;
    while (!jx_cur_eof(&t)) {
        size_t len;
        if (!jx_is_digit(jx_cur_peek(&t, &len))) break;
        jx_cur_next(&t);
    }
    if (t.pos == at) return 0;
    if (br ? !jx_cur_word(&t, ")") : !(jx_cur_word(&t, "、") || jx_cur_word(&t, ".")))
        return 0;
    *c = t;
    return 1;
}

/* Does s[a..b) hold a digit? */
static int has_digit(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    while (!jx_cur_eof(&c))
        if (jx_is_digit(jx_cur_next(&c))) return 1;
    return 0;
}

/* s[a..b) without a trailing 的 and blanks. */
static void trim_de(const char *s, size_t a, size_t *b)
{
    jx_trim(s, &a, b);
    if (*b - a >= 3 && memcmp(s + *b - 3, "的", 3) == 0) *b -= 3;
    jx_trim(s, &a, b);
}

/*
 * A part's heading: "绩效目标规范 1 分", "按时申报绩效目标计 2 分", "…(2分)".
 * *ha..*hb the heading's words, *pts its points.
 */
static int part_heading(const char *s, size_t lo, size_t a, size_t b, size_t *ha, size_t *hb,
                        double *pts, int numbered)
{
    jx_cur c;
    jx_cur_init(&c, s, lo, a);           /* the cut leaves "1、" before the clause */
    if (numbered) {                      /* "1." was cut off as a clause of its own */
        jx_cur_init(&c, s, a, b);
    } else if (!numbering_at(&c)) {
        jx_cur_init(&c, s, a, b);
        if (!numbering_at(&c)) return 0;
    } else {
        jx_cur_skip_space(&c);
        if (c.pos != a) return 0;
        jx_cur_init(&c, s, a, b);
    }
    jx_cur_skip_space(&c);
    *ha = c.pos;
    /* the points are the only number: the words before them are the heading */
    while (!jx_cur_eof(&c)) {
        size_t len;
        uint32_t cp = jx_cur_peek(&c, &len);
        if (jx_is_digit(cp) || cp == '(') break;
        jx_cur_next(&c);
    }
    size_t end = c.pos;
    int br = jx_cur_word(&c, "(");
    if (!number_at(&c, pts) || !(*pts > 0) || !jx_cur_word(&c, "分")) return 0;
    if (br && !jx_cur_word(&c, ")")) return 0;
    jx_cur_skip_space(&c);
    if (!jx_cur_eof(&c)) return 0;
    /* "…计 2 分": the verb is no part of the heading */
    size_t x = *ha, y = end;
    jx_trim(s, &x, &y);
    for (size_t k = 0; k < JX_RWORDS(part_points_verbs); k++) {
        size_t wl = strlen(part_points_verbs[k]);
        if (y - x > wl && memcmp(s + y - wl, part_points_verbs[k], wl) == 0) { y -= wl; break; }
    }
    trim_de(s, x, &y);
    *hb = y;
    return y > x;
}

/* "扣 0.5 分" from c to the end: *d. */
static int deduct_tail(jx_cur *c, double *d)
{
    jx_cur_skip_space(c);
    if (!jx_cur_word(c, "扣") || !number_at(c, d) || !(*d > 0) || !jx_cur_word(c, "分"))
        return 0;
    jx_cur_skip_space(c);
    return jx_cur_eof(c);
}

/* One unit of jx_rw_units at c (not a rate). */
static int unit_at(jx_cur *c, char *unit, size_t cap)
{
    for (size_t i = 0; i < jx_rw_units_n; i++)
        if (!strstr(jx_rw_units[i], "百分点") && jx_cur_word(c, jx_rw_units[i])) {
            snprintf(unit, cap, "%s", jx_rw_units[i]);
            return 1;
        }
    return 0;
}

/*
 * A deduction inside a part, into clause cl: a count "缺一项扣 0.5 分" /
 * "每缺1项扣0.5分" (KIND, capped at the part's points) or a level "不规范扣
 * 0.5 分" / "不规范不得分" (DEDUCT).  The level's words are the part's
 * heading and the label ("按时申报绩效目标：逾期"), for the actual naming
 * it with the heading's words ("逾期申报", jx_rt_part_named).
 */
static int part_deduction(const char *s, size_t a, size_t b, size_t ha, size_t hb,
                          double pts, jx_rclause *cl)
{
    memset(cl, 0, sizeof *cl);
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    jx_cur_skip_space(&c);
    jx_cur_word(&c, "每");
    size_t la = c.pos;
    /* the words up to a count or up to 扣 / 不得分 */
    size_t lb = b, after = b;
    double n = 0, d = 0;
    char unit[16] = "";
    while (!jx_cur_eof(&c)) {
        jx_cur t = c;
        size_t at = c.pos;
        if (number_at(&t, &n) && unit_at(&t, unit, sizeof unit)) {
            lb = at;
            after = t.pos;
            break;
        }
        t = c;
        if (jx_cur_word(&t, "扣") || word_of(&t, part_nothing, JX_RWORDS(part_nothing))) {
            lb = at;
            after = at;
            break;
        }
        jx_cur_next(&c);
    }
    trim_de(s, la, &lb);
    if (lb <= la || lb - la > JX_LABEL_MAX || has_digit(s, la, lb)) return 0;
    jx_cur_init(&c, s, after, b);
    jx_cur_skip_space(&c);
    jx_cur_word(&c, "的");
    if (unit[0]) {                       /* a count: each one deducts */
        if (n != 1 || !deduct_tail(&c, &d) || d > pts) return 0;
        cl->cond.kind = JX_RC_KIND;
        snprintf(cl->cond.unit, sizeof cl->cond.unit, "%s", unit);
        cl->out.kind = JX_RO_STEPS;
        cl->out.step = 1;
        cl->out.over_per = -d;
        cl->out.base = 1;
        cl->out.base_frac = 1;
        cl->out.partial = JX_STEP_FLOOR;
        cl->out.max_deduct = pts;        /* a part loses at most its points */
    } else {
        jx_cur t = c;
        jx_cur_skip_space(&t);
        if (word_of(&t, part_nothing, JX_RWORDS(part_nothing))) {
            jx_cur_skip_space(&t);
            if (!jx_cur_eof(&t)) return 0;
            d = pts;
        } else if (!deduct_tail(&c, &d) || d > pts) {
            return 0;
        }
        cl->cond.kind = JX_RC_LEVEL;
        cl->out.kind = JX_RO_DEDUCT;
        cl->out.value = d;
    }
    while (hb - ha > JX_LABEL_MAX) {     /* a long heading: its last words */
        ha++;
        while (ha < hb && ((unsigned char)s[ha] & 0xC0) == 0x80) ha++;
    }
    memcpy(cl->cond.part, s + ha, hb - ha);
    cl->cond.part[hb - ha] = '\0';
    memcpy(cl->cond.label, s + la, lb - la);
    cl->cond.label[lb - la] = '\0';
    cl->at = a;
    cl->len = b - a;
    return 1;
}

/* "扣完为止" alone. */
static int part_stop(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    jx_cur_skip_space(&c);
    if (!word_of(&c, part_to_zero, JX_RWORDS(part_to_zero))) return 0;
    jx_cur_skip_space(&c);
    return jx_cur_eof(&c);
}

int jx_rt_deduct_parts(const char *s, const size_t (*span)[2], int n, jx_rule *ru)
{
    jx_rule r;
    memset(&r, 0, sizeof r);
    int parts = 0, in_part = 0, numbered = 0;
    size_t ha = 0, hb = 0;
    double pts = 0, sum = 0;
    for (int i = 0; i < n; i++) {
        size_t a = span[i][0], b = span[i][1];
        size_t xa, xb;
        double x;
        if (numbering_only(s, a, b)) {   /* "1" of "1.按时…": the next clause opens a part */
            if (numbered) return 0;
            numbered = 1;
            continue;
        }
        int head = part_heading(s, i ? span[i - 1][1] : 0, a, b, &xa, &xb, &x, numbered);
        if (numbered && !head) return 0;
        numbered = 0;
        if (head) {
            if (parts && !in_part) return 0;   /* a part with no deduction: how is it lost? */
            if (++parts > PART_MAX) return 0;
            ha = xa;
            hb = xb;
            pts = x;
            sum += x;
            in_part = 0;
            continue;
        }
        if (!parts) return 0;
        if (part_stop(s, a, b)) continue;
        if (r.n == JX_RCLAUSES_MAX || !part_deduction(s, a, b, ha, hb, pts, &r.clause[r.n]))
            return 0;
        for (int j = 0; j < r.n; j++)     /* the same words twice: which part? */
            if (strcmp(r.clause[j].cond.label, r.clause[r.n].cond.label) == 0) return 0;
        r.n++;
        in_part = 1;
    }
    if (parts < 2 || !in_part) return 0;
    r.kind = JX_RULE_DEDUCT;
    r.percent = 0;
    r.otherwise = 1;
    r.stated_points = sum;
    r.max_score = sum;
    /* the kinds' base is the whole item: the first clause must be a KIND for
     * the scorer's KINDS reading, levels alone are summed too (deduct_levels) */
    *ru = r;
    return 1;
}

int jx_rt_part_heading(const jx_rclause *c, const char **h, size_t *hn)
{
    if (c->cond.part[0] == '\0') return 0;
    *h = c->cond.part;
    *hn = strlen(c->cond.part);
    return 1;
}

/* Every character of t[0..n) is in h[0..hn) in one piece (t is a piece of h). */
static int piece_of(const char *h, size_t hn, const char *t, size_t n)
{
    if (n == 0) return 1;
    for (size_t i = 0; i + n <= hn; i++)
        if (memcmp(h + i, t, n) == 0) return 1;
    return 0;
}

static int denies(const char *t, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < jx_rw_deny_n; k++) {
            size_t wl = strlen(jx_rw_deny[k]);
            if (i + wl <= n && memcmp(t + i, jx_rw_deny[k], wl) == 0) return 1;
        }
    return 0;
}

const jx_rclause *jx_rt_part_named(const jx_rule *r, const char *t, size_t n)
{
    const jx_rclause *hit = NULL;
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        const char *h;
        size_t hn;
        if (c->cond.kind != JX_RC_LEVEL || !jx_rt_part_heading(c, &h, &hn)) continue;
        const char *l = c->cond.label;
        size_t ll = strlen(l);
        for (size_t at = 0; at + ll <= n; at++) {
            if (memcmp(t + at, l, ll) != 0) continue;
            /* the words around the label are the part's ("逾期申报", "绩效目标不规范"),
             * and deny nothing the label does not ("未逾期" is no 逾期) */
            if (!piece_of(h, hn, t, at) || !piece_of(h, hn, t + at + ll, n - at - ll) ||
                denies(t, at) || denies(t + at + ll, n - at - ll))
                continue;
            if (hit && hit != c) return NULL;   /* two parts: which? */
            hit = c;
        }
    }
    return hit;
}

int jx_rt_numeral_count(const char *t, size_t n, size_t *d, size_t *e, double *x)
{
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < jx_rw_numerals_n; k++) {
            jx_cur c;
            jx_cur_init(&c, t, i, n);
            if (!jx_cur_word(&c, jx_rw_numerals[k].word)) continue;
            size_t end = c.pos;
            char unit[16];
            if (!unit_at(&c, unit, sizeof unit)) continue;
            *d = i;
            *e = end;
            *x = jx_rw_numerals[k].value;
            return 1;
        }
    }
    return 0;
}

int jx_rt_parts_rule(const jx_rule *r)
{
    const char *h;
    size_t hn;
    for (int i = 0; i < r->n; i++)
        if (jx_rt_part_heading(&r->clause[i], &h, &hn)) return 1;
    return 0;
}

/* --- A list of parts with their points after 其中, each done gives its own -- */

/* "Each part done gives its points; a part not done gives nothing." */
static const char *const done_each[] = {
    "每完成1项取得该项分数", "每完成一项取得该项分数", "每完成1项得该项分数",
    "每完成一项得该项分数", "每完成1项得该项分值", "每完成一项得该项分值",
    "完成的得该项分数", "完成的得该项分值", "完成一项得一项分数",
};
static const char *const not_done_none[] = { "未完成项不得分", "未完成的项不得分",
                                             "未完成的不得分", "未完成不得分" };
/* Words of a lead-in that would score: such a clause is no lead-in. */
static const char *const scoring_words[] = { "扣", "得", "加", "奖", "减" };

/* s[a..b) is exactly one of w[] (blanks around it skipped). */
static int clause_is(const char *s, size_t a, size_t b, const char *const *w, size_t n)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    jx_cur_skip_space(&c);
    if (!word_of(&c, w, n)) return 0;
    jx_cur_skip_space(&c);
    return jx_cur_eof(&c);
}

/* "NAME 2分" / "NAME(2分)": the name's bytes and its points. */
static int listed_part(const char *s, size_t a, size_t b, size_t *na, size_t *nb, double *pts)
{
    jx_trim(s, &a, &b);
    size_t at = a;
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    while (!jx_cur_eof(&c)) {
        size_t len;
        uint32_t cp = jx_cur_peek(&c, &len);
        if (jx_is_digit(cp) || cp == '(') break;
        jx_cur_next(&c);
    }
    at = c.pos;
    int br = jx_cur_word(&c, "(");
    if (!number_at(&c, pts) || !(*pts > 0) || !jx_cur_word(&c, "分")) return 0;
    if (br && !jx_cur_word(&c, ")")) return 0;
    jx_cur_skip_space(&c);
    if (!jx_cur_eof(&c)) return 0;
    *na = a;
    *nb = at;
    jx_trim(s, na, nb);
    return *nb > *na && *nb - *na <= JX_LABEL_MAX && !has_digit(s, *na, *nb);
}

/* A lead-in: no scoring word, no number but "N项" naming the parts' count. */
static int lead_in(const char *s, size_t a, size_t b, int parts)
{
    for (size_t k = 0; k < JX_RWORDS(scoring_words); k++)
        if (holds(s, a, b, scoring_words[k])) return 0;
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    while (!jx_cur_eof(&c)) {
        size_t len;
        if (!jx_is_digit(jx_cur_peek(&c, &len))) { jx_cur_next(&c); continue; }
        double v;
        if (!number_at(&c, &v) || !jx_cur_word(&c, "项") || v != parts) return 0;
    }
    return 1;
}

int jx_rt_listed_parts(const char *s, const size_t (*span)[2], int n, jx_rule *ru)
{
    int at = -1;
    for (int i = 0; i < n && at < 0; i++) {
        jx_cur c;
        jx_cur_init(&c, s, span[i][0], span[i][1]);
        jx_cur_skip_space(&c);
        if (jx_cur_word(&c, "其中") && (jx_cur_word(&c, ":") || jx_cur_word(&c, "：")))
            at = i;
    }
    if (at < 0) return 0;
    jx_rule r;
    memset(&r, 0, sizeof r);
    jx_cur c;
    jx_cur_init(&c, s, span[at][0], span[at][1]);
    jx_cur_skip_space(&c);
    jx_cur_word(&c, "其中");
    (void)(jx_cur_word(&c, ":") || jx_cur_word(&c, "："));
    size_t a = c.pos, b = span[at][1];
    double sum = 0;
    for (size_t i = a;; ) {              /* the list, split at 、 */
        size_t j = i;
        while (j < b && !(b - j >= 3 && memcmp(s + j, "、", 3) == 0)) j++;
        size_t na, nb;
        double pts;
        if (r.n == JX_RCLAUSES_MAX || !listed_part(s, i, j, &na, &nb, &pts)) return 0;
        jx_rclause *cl = &r.clause[r.n++];
        memset(cl, 0, sizeof *cl);
        cl->cond.kind = JX_RC_LEVEL;
        memcpy(cl->cond.label, s + na, nb - na);
        cl->cond.label[nb - na] = '\0';
        cl->out.kind = JX_RO_POINTS;
        cl->out.value = pts;
        cl->at = i;
        cl->len = j - i;
        sum += pts;
        if (j >= b) break;
        i = j + 3;
    }
    if (r.n < 2) return 0;
    int said = 0;
    for (int i = 0; i < n; i++) {
        if (i == at) continue;
        size_t x = span[i][0], y = span[i][1];
        if (i > at && (clause_is(s, x, y, done_each, JX_RWORDS(done_each)) ||
                       clause_is(s, x, y, not_done_none, JX_RWORDS(not_done_none)))) {
            said = 1;
            continue;
        }
        if (i < at && lead_in(s, x, y, r.n)) continue;
        return 0;
    }
    if (!said) return 0;                 /* a list alone: sub_items reads it */
    return parts_levels(&r, sum, ru);
}

/* --- Parts each ending in its bracketed points, met or not -------------- */

/* Separators trimmed around a part's words. */
static const char *const part_seps[] = { "、", ",", "，", ";", "；", "。", "\n" };

static void trim_seps(const char *s, size_t *a, size_t *b)
{
    for (int moved = 1; moved && *a < *b;) {
        moved = 0;
        jx_trim(s, a, b);
        for (size_t k = 0; k < JX_RWORDS(part_seps); k++) {
            size_t wl = strlen(part_seps[k]);
            if (*b - *a >= wl && memcmp(s + *a, part_seps[k], wl) == 0) { *a += wl; moved = 1; }
            if (*b - *a >= wl && memcmp(s + *b - wl, part_seps[k], wl) == 0) { *b -= wl; moved = 1; }
        }
    }
}

/* The words of a part that is met or not: no number, no scoring or graded word. */
static int plain_part(const char *s, size_t a, size_t b)
{
    if (b <= a || has_digit(s, a, b) ||   /* no points inside ("充分" is a word) */
        holds(s, a, b, "(") || holds(s, a, b, ":"))
        return 0;
    for (size_t k = 0; k < JX_RWORDS(scoring_words); k++)
        if (holds(s, a, b, scoring_words[k])) return 0;
    for (size_t k = 0; k < jx_rw_graded_n; k++)
        if (holds(s, a, b, jx_rw_graded[k])) return 0;
    return 1;
}

/* "2、" at the start of a part's words (the cut kept it inside a clause): skipped. */
static void skip_number_lead(const char *s, size_t *a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, *a, b);
    size_t at = c.pos;
    while (!jx_cur_eof(&c)) {
        size_t len;
        if (!jx_is_digit(jx_cur_peek(&c, &len))) break;
        jx_cur_next(&c);
    }
    if (c.pos > at && (jx_cur_word(&c, "、") || jx_cur_word(&c, "."))) {
        jx_cur_skip_space(&c);
        *a = c.pos;
    }
}

/* Words emptying the whole item after its parts ("4、未设置绩效目标,该栏不得分"). */
static const char *const whole_nothing[] = { "该栏不得分", "本栏不得分", "本项不得分",
                                             "该项不得分", "本项指标不得分", "该指标不得分" };

/* The points' bracket at c: "(2分)" or "(2分,其中…)" (a breakdown, a note). */
static int bracket_points(jx_cur *c, double *pts)
{
    jx_cur t = *c;
    if (!(jx_cur_word(&t, "(") && number_at(&t, pts) && jx_cur_word(&t, "分"))) return 0;
    if (!jx_cur_word(&t, ")")) {
        if (!(jx_cur_word(&t, ",") || jx_cur_word(&t, "，")) || !jx_cur_word(&t, "其中"))
            return 0;
        while (!jx_cur_eof(&t) && !jx_cur_word(&t, ")"))
            if (jx_cur_next(&t) == '(') return 0;
    }
    *c = t;
    return 1;
}

/* After the last part: nothing, or a denial emptying the item, into cl. */
static int parts_tail(const char *s, size_t a, size_t b, jx_rule *r)
{
    trim_seps(s, &a, &b);
    skip_number_lead(s, &a, b);
    if (a >= b) return 1;
    for (size_t k = 0; k < JX_RWORDS(whole_nothing); k++) {
        size_t wl = strlen(whole_nothing[k]);
        if (b - a <= wl || memcmp(s + b - wl, whole_nothing[k], wl) != 0) continue;
        size_t x = a, y = b - wl;
        trim_seps(s, &x, &y);
        trim_de(s, x, &y);
        int deny = 0;
        for (size_t d = 0; d < jx_rw_deny_n && !deny; d++)
            deny = y - x > strlen(jx_rw_deny[d]) &&
                   memcmp(s + x, jx_rw_deny[d], strlen(jx_rw_deny[d])) == 0;
        if (!deny || !plain_part(s, x, y) || y - x > JX_LABEL_MAX || r->n == JX_RCLAUSES_MAX)
            return 0;
        jx_rclause *cl = &r->clause[r->n++];
        memset(cl, 0, sizeof *cl);
        cl->cond.kind = JX_RC_LEVEL;
        memcpy(cl->cond.label, s + x, y - x);
        cl->cond.label[y - x] = '\0';
        cl->out.kind = JX_RO_FRACTION;
        cl->out.value = 0;
        cl->at = a;
        cl->len = b - a;
        return 1;
    }
    return 0;
}

int jx_rt_bracket_parts(const char *s, const size_t (*span)[2], int n, jx_rule *ru)
{
    if (n < 1) return 0;
    jx_rule r;
    memset(&r, 0, sizeof r);
    size_t from = span[0][0], end = span[n - 1][1];
    double sum = 0;
    jx_cur c;
    jx_cur_init(&c, s, from, end);
    while (!jx_cur_eof(&c)) {
        size_t at = c.pos;
        jx_cur t = c;
        double pts;
        if (!bracket_points(&t, &pts)) {
            jx_cur_next(&c);
            continue;
        }
        size_t a = from, b = at;
        trim_seps(s, &a, &b);
        skip_number_lead(s, &a, b);
        if (!(pts > 0) || r.n == JX_RCLAUSES_MAX || !plain_part(s, a, b)) return 0;
        jx_rclause *cl = &r.clause[r.n++];
        memset(cl, 0, sizeof *cl);
        cl->cond.kind = JX_RC_LEVEL;
        cl->at = a;
        cl->len = t.pos - a;
        part_words(cl, s, a, b);
        while (b - a > JX_LABEL_MAX) {   /* a long part: its last words name it */
            a++;
            while (a < b && ((unsigned char)s[a] & 0xC0) == 0x80) a++;
        }
        memcpy(cl->cond.label, s + a, b - a);
        cl->cond.label[b - a] = '\0';
        cl->out.kind = JX_RO_POINTS;
        cl->out.value = pts;
        sum += pts;
        c = t;
        from = t.pos;
    }
    int parts = r.n;
    if (parts < 2 || !parts_tail(s, from, end, &r))
        return 0;                        /* words after the last points: what do they give? */
    return parts_levels(&r, sum, ru);
}

/* --- A frequency required, its denial gives nothing ------------------- */

/* Words of a minimum before the count ("每月不少于1次"). */
static const char *const at_least[] = { "不少于", "至少", "不低于", "不得少于" };

/* "每月不少于1次": the count a year in *need (12), the unit in unit. */
static int frequency_required(const char *s, size_t a, size_t b, double *need, char *unit,
                              size_t cap)
{
    for (size_t k = 0; k < JX_RWORDS(scoring_words); k++)
        if (holds(s, a, b, scoring_words[k])) return 0;
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    jx_cur_skip_space(&c);
    size_t k;
    for (k = 0; k < jx_rw_period_count_n; k++)
        if (jx_cur_word(&c, jx_rw_period_count[k].word)) break;
    if (k == jx_rw_period_count_n) return 0;
    /* the thing done may stand between ("每月检查不少于1次") */
    double v = 0;
    while (!jx_cur_eof(&c)) {
        jx_cur t = c;
        if (word_of(&t, at_least, JX_RWORDS(at_least)) && number_at(&t, &v) &&
            unit_at(&t, unit, cap) && strcmp(unit, "次") == 0) {
            c = t;
            break;
        }
        if (jx_is_digit(jx_cur_next(&c))) return 0;
    }
    if (!(v > 0)) return 0;
    while (!jx_cur_eof(&c))              /* what is done may follow; no number */
        if (jx_is_digit(jx_cur_next(&c))) return 0;
    *need = v * jx_rw_period_count[k].value;
    return 1;
}

/* "不检查不得分" / "未检查的，不得分": the label, which must deny. */
static int denial_nothing(const char *s, size_t a, size_t b, size_t *la, size_t *lb)
{
    jx_trim(s, &a, &b);
    for (size_t k = 0; k < JX_RWORDS(part_nothing); k++) {
        size_t wl = strlen(part_nothing[k]);
        if (b - a > wl && memcmp(s + b - wl, part_nothing[k], wl) == 0) {
            size_t y = b - wl;
            trim_de(s, a, &y);
            for (size_t d = 0; d < jx_rw_deny_n; d++)
                if (y - a > strlen(jx_rw_deny[d]) &&
                    memcmp(s + a, jx_rw_deny[d], strlen(jx_rw_deny[d])) == 0 &&
                    !has_digit(s, a, y) && y - a <= JX_LABEL_MAX) {
                    *la = a;
                    *lb = y;
                    return 1;
                }
            return 0;
        }
    }
    return 0;
}

/* "以记录为准": where the count is read from, no score. */
static int source_only(const char *s, size_t a, size_t b)
{
    for (size_t k = 0; k < JX_RWORDS(scoring_words); k++)
        if (holds(s, a, b, scoring_words[k])) return 0;
    if (has_digit(s, a, b)) return 0;
    for (size_t k = 0; k < jx_rw_source_n; k++) {
        size_t wl = strlen(jx_rw_source[k]);
        jx_trim(s, &a, &b);
        if (b - a > wl && memcmp(s + b - wl, jx_rw_source[k], wl) == 0) return 1;
    }
    return 0;
}

int jx_rt_frequency_or_nothing(const char *s, const size_t (*span)[2], int n, jx_rule *ru)
{
    double need = 0;
    char unit[16] = "";
    size_t la = 0, lb = 0;
    int req = 0, den = 0;
    for (int i = 0; i < n; i++) {
        size_t a = span[i][0], b = span[i][1];
        if (!req && frequency_required(s, a, b, &need, unit, sizeof unit)) { req = 1; continue; }
        if (req && !den && denial_nothing(s, a, b, &la, &lb)) { den = 1; continue; }
        if (source_only(s, a, b)) continue;
        return 0;
    }
    if (!req || !den) return 0;
    jx_rule r;
    memset(&r, 0, sizeof r);
    jx_rclause *met = &r.clause[r.n++];
    met->cond.kind = JX_RC_RANGE;
    met->cond.has_lo = 1;
    met->cond.lo_incl = 1;
    met->cond.lo = need;
    met->out.kind = JX_RO_FRACTION;
    met->out.value = 1;
    met->at = span[0][0];
    met->len = span[0][1] - span[0][0];
    jx_rclause *no = &r.clause[r.n++];
    no->cond.kind = JX_RC_LEVEL;
    memcpy(no->cond.label, s + la, lb - la);
    no->cond.label[lb - la] = '\0';
    no->out.kind = JX_RO_FRACTION;
    no->out.value = 0;
    no->at = la;
    no->len = lb - la;
    r.kind = JX_RULE_BANDS;
    r.percent = 0;
    snprintf(r.unit, sizeof r.unit, "%s", unit);
    r.otherwise = -1;                    /* fewer than required: the sentence does not say */
    *ru = r;
    return 1;
}

int jx_rt_frequency_count(const char *t, size_t n, double *x)
{
    jx_cur c;
    jx_cur_init(&c, t, 0, n);
    jx_cur_skip_space(&c);
    size_t k;
    for (k = 0; k < jx_rw_period_count_n; k++)
        if (jx_cur_word(&c, jx_rw_period_count[k].word)) break;
    if (k == jx_rw_period_count_n) return 0;
    double v;
    char unit[16];
    if (!number_at(&c, &v) || !unit_at(&c, unit, sizeof unit) || strcmp(unit, "次") != 0)
        return 0;
    jx_cur_skip_space(&c);
    if (!jx_cur_eof(&c)) return 0;
    *x = v * jx_rw_period_count[k].value;
    return 1;
}

/* --- What an actual must say of a parts rule --------------------------- */

/* Every part met. */
static const char *const parts_all_met[] = { "全部符合", "均符合", "都符合", "全部完成", "均已完成",
                                             "均完成", "全部达到", "均达到", "全部满足", "均满足" };
/* After the failures: the other parts met ("逾期，其余符合"). */
static const char *const parts_rest_met[] = { "其余均符合", "其余符合", "其他均符合", "其他符合",
                                              "其余均完成", "其余完成", "其余均达到", "其余达到" };
static const char *const item_seps[] = { "，", "；", ",", ";", "、" };

int jx_rt_parts_actual(const char **t, size_t *n)
{
    size_t a = 0, b = *n;
    jx_trim(*t, &a, &b);
    if (clause_is(*t, a, b, parts_all_met, JX_RWORDS(parts_all_met))) return 1;
    jx_cur c;
    jx_cur_init(&c, *t, a, b);
    if (word_of(&c, jx_rw_only, jx_rw_only_n)) {     /* "仅逾期": nothing else */
        *t += c.pos;
        *n = b - c.pos;
        return 2;
    }
    for (size_t k = 0; k < JX_RWORDS(parts_rest_met); k++) {
        size_t wl = strlen(parts_rest_met[k]);
        if (b - a <= wl || memcmp(*t + b - wl, parts_rest_met[k], wl) != 0) continue;
        size_t y = b - wl;
        for (size_t q = 0; q < JX_RWORDS(item_seps); q++) {
            size_t ql = strlen(item_seps[q]);
            if (y - a > ql && memcmp(*t + y - ql, item_seps[q], ql) == 0) {
                *t += a;
                *n = y - ql - a;
                return 2;
            }
        }
    }
    return 0;
}

/* --- Listed items, each worth the same points --------------------------- */

/* Circled numbers: items ①②③… */
static const char *const circled[] = { "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩" };
/* Verbs before "每项" / "一项" in the award ("符合以上每项的,得2分"). */
static const char *const award_verbs[] = { "符合", "满足", "达到", "完成", "具备", "做到" };
/* What gives nothing after the award ("否则不得分", "不符合不得分"). */
static const char *const award_else[] = { "否则", "不符合的", "不符合", "不满足的", "不满足",
                                          "未满足的", "未满足", "未达到的", "未达到" };
/* Separators skipped in the award. */
static const char *const award_seps[] = { ",", "，", ";", "；", "。", ":", "：" };

static void skip_award_seps(jx_cur *c)
{
    for (;;) {
        jx_cur_skip_space(c);
        if (!word_of(c, award_seps, JX_RWORDS(award_seps))) return;
    }
}

/* "N分" anywhere in s[a..b): the item states its own points. */
static int has_points(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    while (!jx_cur_eof(&c)) {
        jx_cur t = c;
        double v;
        if (number_at(&t, &v) && jx_cur_word(&t, "分")) return 1;
        jx_cur_next(&c);
    }
    return 0;
}

/* The award after the items: "符合以上每项的,得2分,否则不得分" (*each 2), or
 * "每少一项扣1分,扣完为止" after items with their own points (*each 0). */
static int items_award(const char *s, size_t a, size_t b, double *each, double *per_missing)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    *each = *per_missing = 0;
    skip_award_seps(&c);
    if (jx_cur_word(&c, "每少一项扣") || jx_cur_word(&c, "每缺一项扣")) {
        if (!number_at(&c, per_missing) || !jx_cur_word(&c, "分")) return 0;
        skip_award_seps(&c);
        if (word_of(&c, part_to_zero, JX_RWORDS(part_to_zero))) skip_award_seps(&c);
        return jx_cur_eof(&c) && *per_missing > 0;
    }
    word_of(&c, award_verbs, JX_RWORDS(award_verbs));
    jx_cur_word(&c, "以上");
    if (!(jx_cur_word(&c, "每项") || jx_cur_word(&c, "一项") || jx_cur_word(&c, "1项")))
        return 0;
    jx_cur_word(&c, "的");
    skip_award_seps(&c);
    if (!(jx_cur_word(&c, "得") || jx_cur_word(&c, "计")) || !number_at(&c, each) ||
        !jx_cur_word(&c, "分") || !(*each > 0))
        return 0;
    skip_award_seps(&c);
    if (word_of(&c, award_else, JX_RWORDS(award_else))) {
        skip_award_seps(&c);
        if (!word_of(&c, part_nothing, JX_RWORDS(part_nothing))) return 0;
        skip_award_seps(&c);
    }
    return jx_cur_eof(&c);
}

/* Item k's marker at c: "(k)" or the k-th circled number. */
static int item_marker(jx_cur *c, int k)
{
    jx_cur t = *c;
    double v;
    if (jx_cur_word(&t, "(") && number_at(&t, &v) && v == k && jx_cur_word(&t, ")")) {
        *c = t;
        return 1;
    }
    t = *c;
    if (k >= 1 && k <= (int)JX_RWORDS(circled) && jx_cur_word(&t, circled[k - 1])) {
        *c = t;
        return 1;
    }
    return 0;
}

/* Add item s[a..b) (its own ",1分" dropped into *own) as a LEVEL part. */
static int add_item(const char *s, size_t a, size_t b, jx_rule *r, double *own)
{
    trim_seps(s, &a, &b);
    *own = 0;
    /* ",1分" at its end: the item's own points */
    size_t e = b;
    if (e - a > 3 && memcmp(s + e - 3, "分", 3) == 0) {
        size_t x = e - 3;
        while (x > a && (jx_is_digit((unsigned char)s[x - 1]) || s[x - 1] == '.' || s[x - 1] == ' '))
            x--;
        jx_cur c;
        jx_cur_init(&c, s, x, e - 3);
        double v;
        if (x < e - 3 && number_at(&c, &v) && jx_cur_eof(&c) && v > 0) {
            *own = v;
            b = x;
            trim_seps(s, &a, &b);
        }
    }
    if (b <= a || has_points(s, a, b) || r->n == JX_RCLAUSES_MAX) return 0;
    jx_rclause *cl = &r->clause[r->n++];
    memset(cl, 0, sizeof *cl);
    cl->cond.kind = JX_RC_LEVEL;
    cl->at = a;
    cl->len = b - a;
    part_words(cl, s, a, b);
    while (b - a > JX_LABEL_MAX) {       /* a long item: its last words name it */
        a++;
        while (a < b && ((unsigned char)s[a] & 0xC0) == 0x80) a++;
    }
    memcpy(cl->cond.label, s + a, b - a);
    cl->cond.label[b - a] = '\0';
    cl->out.kind = JX_RO_POINTS;
    return 1;
}

int jx_rt_counted_items(const char *s, const size_t (*span)[2], int n, jx_rule *ru)
{
    if (n < 1) return 0;
    size_t end = span[n - 1][1];         /* from 0: the cut drops the first "(1)" */
    jx_rule r;
    memset(&r, 0, sizeof r);
    jx_cur c;
    jx_cur_init(&c, s, 0, end);
    jx_cur_skip_space(&c);
    /* numbered items, or questions "…是否A,是否B,…" (each 是否 after a
     * separator opens the next) */
    int questions = !item_marker(&c, 1);
    if (questions && !holds(s, 0, end, "是否")) return 0;
    /* the items: from each marker to the next; the last ends at the award */
    size_t start = c.pos, award = end;
    int k = 1;
    double own[JX_RCLAUSES_MAX];
    while (!jx_cur_eof(&c)) {
        jx_cur t = c;
        int next = questions ? (word_of(&t, item_seps, JX_RWORDS(item_seps)) &&
                                jx_cur_word(&t, "是否"))
                             : item_marker(&t, k + 1);
        if (next && questions) {         /* the question opens the item: keep 是否 */
            t = c;
            word_of(&t, item_seps, JX_RWORDS(item_seps));
        }
        if (next) {
            if (k > JX_RCLAUSES_MAX || !add_item(s, start, c.pos, &r, &own[k - 1])) return 0;
            k++;
            start = t.pos;
            c = t;
            continue;
        }
        jx_cur_next(&c);
    }
    /* the last item runs to the award: the first clause separator after which
     * the rest reads as one */
    double each = 0, per_missing = 0;
    jx_cur_init(&c, s, start, end);
    int found = 0;
    while (!jx_cur_eof(&c) && !found) {
        size_t at = c.pos;
        jx_cur t = c;
        if (word_of(&t, award_seps, JX_RWORDS(award_seps)) &&
            items_award(s, at, end, &each, &per_missing)) {
            award = at;
            found = 1;
            break;
        }
        jx_cur_next(&c);
    }
    if (!found || k > JX_RCLAUSES_MAX || !add_item(s, start, award, &r, &own[k - 1]) || k < 2)
        return 0;
    /* every item worth the same: the award's, or each one's own = the step */
    double sum = 0;
    for (int i = 0; i < r.n; i++) {
        double v = each > 0 ? each : own[i];
        if (each > 0 ? own[i] != 0 : own[i] != per_missing) return 0;
        r.clause[i].out.value = v;
        sum += v;
    }
    return parts_levels(&r, sum, ru);
}

int jx_rt_numeral_whole(const char *t, size_t n, double *k)
{
    for (size_t i = 0; i < jx_rw_numerals_n; i++)
        if (strlen(jx_rw_numerals[i].word) == n && memcmp(t, jx_rw_numerals[i].word, n) == 0) {
            *k = jx_rw_numerals[i].value;
            return 1;
        }
    return 0;
}

int jx_rt_part_of(const jx_rule *r, const jx_rclause *c)
{
    const char *h, *k;
    size_t hn, kn;
    if (!jx_rt_part_heading(c, &h, &hn)) return -1;
    int part = 0;
    for (int i = 0; i < r->n; i++) {      /* parts are numbered by first appearance */
        if (!jx_rt_part_heading(&r->clause[i], &k, &kn)) continue;
        int seen = 0;
        for (int j = 0; j < i && !seen; j++) {
            const char *m;
            size_t mn;
            seen = jx_rt_part_heading(&r->clause[j], &m, &mn) && mn == kn && memcmp(m, k, kn) == 0;
        }
        if (seen) continue;
        if (kn == hn && memcmp(k, h, hn) == 0) return part;
        part++;
    }
    return -1;
}

/* --- Numbered parts, one of which empties the whole item ---------------- */

int jx_rt_veto_part(const char *s, const size_t (*span)[2], int n, jx_rule *ru)
{
    int veto = -1, parts = 0;
    size_t va = 0, vb = 0;
    for (int i = 0; i < n; i++) {
        size_t a = span[i][0], b = span[i][1];
        jx_cur c;
        jx_cur_init(&c, s, i ? span[i - 1][1] : 0, a);
        if (numbering_at(&c)) parts++;   /* "2、" left before the clause by the cut */
        if (!clause_is(s, a, b, whole_nothing, JX_RWORDS(whole_nothing))) continue;
        if (veto >= 0 || i == 0) return 0;
        /* the condition is the clause before, opening its own numbered part */
        size_t x = span[i - 1][0], y = span[i - 1][1];
        jx_cur_init(&c, s, i > 1 ? span[i - 2][1] : 0, x);
        if (!numbering_at(&c)) return 0;
        trim_de(s, x, &y);
        int deny = 0;
        for (size_t d = 0; d < jx_rw_deny_n && !deny; d++)
            deny = holds(s, x, y, jx_rw_deny[d]);
        if (!deny || !plain_part(s, x, y) || y - x > JX_LABEL_MAX) return 0;
        veto = i;
        va = x;
        vb = y;
    }
    if (veto < 0 || parts < 2) return 0;
    jx_rule r;
    memset(&r, 0, sizeof r);
    jx_rclause *c = &r.clause[r.n++];
    c->cond.kind = JX_RC_LEVEL;
    memcpy(c->cond.label, s + va, vb - va);
    c->cond.label[vb - va] = '\0';
    c->out.kind = JX_RO_FRACTION;
    c->out.value = 0;
    c->out.veto = 1;                     /* its denial says nothing of the other parts */
    c->at = va;
    c->len = span[veto][1] - va;
    /* the other parts: their score needs what the actual does not say */
    jx_rclause *o = &r.clause[r.n++];
    o->cond.kind = JX_RC_ELSE;
    o->out.kind = JX_RO_OPEN;
    o->out.open = JX_OPEN_ELSEWHERE;
    size_t qa = span[0][0], qb = span[0][1];   /* quoted: the first part's first clause */
    trim_seps(s, &qa, &qb);
    size_t cut = qb;
    while (cut - qa > JX_LABEL_MAX) {    /* the first JX_LABEL_MAX bytes, whole characters */
        cut--;
        while (cut > qa && ((unsigned char)s[cut] & 0xC0) == 0x80) cut--;
    }
    memcpy(o->out.quote, s + qa, cut - qa);
    o->out.quote[cut - qa] = '\0';
    memcpy(o->out.words, o->out.quote, sizeof o->out.words);
    o->at = qa;
    o->len = qb - qa;
    r.kind = JX_RULE_LEVELS;
    r.percent = -1;
    r.otherwise = -1;
    *ru = r;
    return 1;
}

/* --- Counted kinds that deduct or add a bonus, each under its own cap ---- */

/* The outcome verbs of a counted kind: deduct, or add beyond the item. */
static const struct { const char *verb, *cap; int sign; } kind_verbs[] = {
    {"扣", "最高扣", -1}, {"扣", "最多扣", -1}, {"奖励", "最高奖励", 1}, {"奖励", "最多奖励", 1},
    {"加", "最高加", 1}, {"加", "最多加", 1},
};

/* "[每]WORDS 一/1 UNIT [WORDS] VERB D 分": the kind's words, unit, sign and D. */
static int bonus_kind(const char *s, size_t a, size_t b, char *words, size_t wcap, char *unit,
                      size_t ucap, int *sign, double *d)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    size_t wn = 0;
    int counted = 0;
    while (!jx_cur_eof(&c)) {
        jx_cur t = c;
        double n;
        if (!counted && number_at(&t, &n) && n == 1 && unit_at(&t, unit, ucap)) {
            counted = 1;
            c = t;
            continue;
        }
        t = c;
        for (size_t k = 0; k < JX_RWORDS(kind_verbs); k++) {
            jx_cur v = t;
            if (counted && jx_cur_word(&v, kind_verbs[k].verb) && number_at(&v, d) &&
                jx_cur_word(&v, "分")) {
                jx_cur_skip_space(&v);
                if (!jx_cur_eof(&v) || !(*d > 0)) return 0;
                *sign = kind_verbs[k].sign;
                words[wn] = '\0';
                return 1;                /* words may be empty: a lead clause names it */
            }
        }
        size_t at = c.pos;
        uint32_t cp = jx_cur_next(&c);
        if (jx_is_digit(cp)) return 0;
        jx_cur e = { s, at, at, 0 };
        e.end = b;
        if (jx_cur_word(&e, "每") && e.pos == c.pos) continue;   /* 每 is no word of the kind */
        if (wn + (c.pos - at) >= wcap) return 0;
        memcpy(words + wn, s + at, c.pos - at);
        wn += c.pos - at;
    }
    return 0;
}

/* "最高奖励2分" / "最高扣12分" for a kind of that sign: *cap. */
static int bonus_cap(const char *s, size_t a, size_t b, int sign, double *cap)
{
    for (size_t k = 0; k < JX_RWORDS(kind_verbs); k++) {
        if (kind_verbs[k].sign != sign) continue;
        jx_cur c;
        jx_cur_init(&c, s, a, b);
        jx_cur_skip_space(&c);
        if (jx_cur_word(&c, kind_verbs[k].cap) && number_at(&c, cap) && jx_cur_word(&c, "分")) {
            jx_cur_skip_space(&c);
            if (jx_cur_eof(&c) && *cap > 0) return 1;
        }
    }
    return 0;
}

int jx_rt_bonus_kinds(const char *s, const size_t (*span)[2], int n, jx_rule *ru)
{
    jx_rule r;
    memset(&r, 0, sizeof r);
    size_t lead_a = 0, lead_b = 0;      /* lead clauses naming the next kind */
    int adds = 0, deducts = 0, lead = 0;
    for (int i = 0; i < n; i++) {
        size_t a = span[i][0], b = span[i][1];
        char words[JX_LABEL_MAX + 1], unit[16];
        int sign;
        double d, cap;
        if (bonus_kind(s, a, b, words, sizeof words, unit, sizeof unit, &sign, &d)) {
            if (r.n == JX_RCLAUSES_MAX || (!words[0] && !lead)) return 0;
            jx_rclause *c = &r.clause[r.n++];
            memset(c, 0, sizeof c[0]);
            c->cond.kind = JX_RC_KIND;
            char key[2 * JX_LABEL_MAX + 2];
            size_t kn = 0;
            if (lead) {                  /* "报告的线索中，认定为价值较高的线索" */
                size_t x = lead_a, y = lead_b;
                trim_seps(s, &x, &y);
                if (y - x < sizeof key - strlen(words) - 1) {
                    memcpy(key, s + x, y - x);
                    kn = y - x;
                }
            }
            memcpy(key + kn, words, strlen(words) + 1);
            kn += strlen(words);
            size_t from = kn > JX_LABEL_MAX ? kn - JX_LABEL_MAX : 0;
            while (from < kn && ((unsigned char)key[from] & 0xC0) == 0x80) from++;
            memcpy(c->cond.label, key + from, kn - from + 1);
            snprintf(c->cond.unit, sizeof c->cond.unit, "%s", unit);
            c->out.kind = JX_RO_STEPS;
            c->out.step = 1;
            c->out.over_per = sign * d;
            c->out.base = 1;
            c->out.base_frac = 1;
            c->out.partial = JX_STEP_FLOOR;
            c->at = lead ? lead_a : a;
            c->len = b - c->at;
            /* its own cap right after it */
            if (i + 1 >= n || !bonus_cap(s, span[i + 1][0], span[i + 1][1], sign, &cap))
                return 0;                /* a bonus with no cap, or a shared one: not this form */
            if (sign < 0) c->out.max_deduct = cap;
            else c->out.max_add = cap;
            adds += sign > 0;
            deducts += sign < 0;
            lead = 0;
            i++;
            continue;
        }
        /* a lead clause: words only, for the next kind ("在完成6条的报告任务后") */
        for (size_t k = 0; k < JX_RWORDS(scoring_words); k++)
            if (holds(s, a, b, scoring_words[k])) return 0;
        if (holds(s, a, b, "分")) return 0;
        if (!lead) lead_a = a;
        lead_b = b;
        lead = 1;
    }
    if (lead || !adds || !deducts) return 0;
    if (!labels_distinct(&r)) return 0;
    r.kind = JX_RULE_DEDUCT;
    r.percent = 0;
    r.otherwise = 1;
    r.above_points = 1;                  /* the bonuses go beyond the item, each capped */
    *ru = r;
    return 1;
}
