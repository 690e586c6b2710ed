/*
 * ruletext_fresh.c - forms of the fresh held-out 自评表 / 项目 sentences
 * (issue 15, corpus files bpc-bp.tsv, bpd-bp.tsv …).  See ruletext_fresh.h
 * and docs/RULES.md, "Forms of the fresh 自评表 sentences".
 */
#include "text.h"
#include "ruletext_words.h"
#include "ruletext_fresh.h"

#include <string.h>

/* Advance past the first word of w[] found at the cursor; 1 when one was. */
static int skip_one(jx_cur *c, const char *const *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (jx_cur_word(c, w[i])) return 1;
    return 0;
}


/* Does s[a..b) hold any of w[]? */
static int holds_any(const char *s, size_t a, size_t b, const char *const *w, size_t n)
{
    for (size_t i = a; i < b; i++)
        for (size_t k = 0; k < n; k++) {
            size_t l = strlen(w[k]);
            if (i + l <= b && memcmp(s + i, w[k], l) == 0) return 1;
        }
    return 0;
}


int jx_rf_quoted_number(jx_cur *c, double *v)
{
    static const char *const pairs[][2] = { {"“", "”"}, {"\"", "\""}, {"‘", "’"}, {"「", "」"} };
    for (size_t i = 0; i < JX_RWORDS(pairs); i++) {
        jx_cur t = *c;
        jx_num num;
        size_t bad;
        int ok;
        jx_cur_skip_space(&t);
        if (!jx_cur_word(&t, pairs[i][0])) continue;
        jx_cur_skip_space(&t);
        if (!jx_scan_number(&t, 0, &num, &bad)) continue;
        double x = jx_num_value(&num, t.s, 0, &ok);
        jx_cur_skip_space(&t);
        if (!ok || !jx_cur_word(&t, pairs[i][1])) continue;
        *v = x;
        *c = t;
        return 1;
    }
    return 0;
}

int jx_rf_bare_comparison(const char *s, size_t a, size_t b)
{
    static const jx_rword words[] = {
        {"超过", RW_GT, 0}, {"超出", RW_GT, 0}, {"高于", RW_GT, 0}, {"大于", RW_GT, 0},
        {"多于", RW_GT, 0}, {"低于", RW_LT, 0}, {"少于", RW_LT, 0}, {"小于", RW_LT, 0},
        {"不足", RW_LT, 0},
    };
    for (size_t i = 0; i < JX_RWORDS(words); i++) {
        jx_cur c;
        size_t x = a, y = b;
        jx_trim(s, &x, &y);
        jx_cur_init(&c, s, x, y);
        if (!jx_cur_word(&c, words[i].word)) continue;
        skip_one(&c, jx_rw_tail, jx_rw_tail_n);
        jx_cur_skip_space(&c);
        if (jx_cur_eof(&c)) return words[i].code;
    }
    return 0;
}

/* Is t[0..n) one of w[] exactly? */
static int is_one_of(const char *t, size_t n, const char *const *w, size_t nw)
{
    for (size_t i = 0; i < nw; i++)
        if (strlen(w[i]) == n && memcmp(t, w[i], n) == 0) return 1;
    return 0;
}

const jx_rclause *jx_rf_bare_polar(const jx_rule *r, const char *t, size_t n)
{
    static const char *const no[] = { "没有", "无", "没" };
    const jx_rclause *deny = NULL;
    int denials = 0;
    if (!is_one_of(t, n, no, JX_RWORDS(no))) return NULL;
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        const char *l = c->cond.label;
        if (c->cond.kind == JX_RC_LEVEL && is_one_of(l, strlen(l), no, JX_RWORDS(no))) {
            deny = c;
            denials++;
        }
    }
    return denials == 1 ? deny : NULL;
}

int jx_rf_bound_suffix_at(const jx_cur *c)
{
    for (size_t i = 0; i < jx_rw_bound_suffix_n; i++) {
        jx_cur t = *c;
        jx_cur_skip_space(&t);
        if (jx_cur_word(&t, jx_rw_bound_suffix[i].word)) return 1;
    }
    return 0;
}

int jx_rf_none_done(const char *l)
{
    static const char *const deny[] = { "从未", "没有", "未", "无", "没" };
    static const char *const act[] = { "开展", "组织", "召开", "进行", "举办", "举行", "实施",
                                       "报送", "上报", "发生" };
    size_t n = strlen(l);
    for (size_t i = 0; i < n; i++)
        if (l[i] >= '0' && l[i] <= '9') return 0;
    jx_cur c;
    jx_cur_init(&c, l, 0, n);
    return skip_one(&c, deny, JX_RWORDS(deny)) && skip_one(&c, act, JX_RWORDS(act));
}

size_t jx_rf_parts_count(const char *a, size_t an, double *n)
{
    static const char *const units[] = { "项", "个" };
    jx_cur c;
    jx_num num;
    size_t bad;
    int ok = 0;
    jx_cur_init(&c, a, 0, an);
    if (jx_scan_number(&c, 0, &num, &bad)) {
        *n = jx_num_value(&num, a, 0, &ok);
        if (!ok) return 0;
    } else {
        size_t i;
        for (i = 0; i < jx_rw_numerals_n; i++)
            if (jx_cur_word(&c, jx_rw_numerals[i].word)) { *n = jx_rw_numerals[i].value; break; }
        if (i == jx_rw_numerals_n) return 0;
    }
    return skip_one(&c, units, JX_RWORDS(units)) && c.pos < an ? c.pos : 0;
}

/* First byte offset of w in s[a..b), or b. */
static size_t find_at(const char *s, size_t a, size_t b, const char *w)
{
    size_t l = strlen(w);
    for (size_t i = a; i + l <= b; i++)
        if (memcmp(s + i, w, l) == 0) return i;
    return b;
}

size_t jx_rf_either_formula(const char *s, size_t a, size_t b)
{
    static const char *const times[] = { "×", "*", "乘以" };
    size_t or = find_at(s, a, b, "或");
    if (or == b) return b;
    size_t tm = b;
    for (size_t i = 0; i < JX_RWORDS(times); i++) {
        size_t at = find_at(s, or, b, times[i]);
        if (at < tm) tm = at;
    }
    if (tm == b) return b;
    size_t lead = find_at(s, a, or, "按");
    size_t from = lead < or ? lead : a;
    if (find_at(s, from, or, "/") == or || find_at(s, or, tm, "/") == tm) return b;
    for (size_t i = 0; i < jx_rw_item_points_n; i++)
        if (find_at(s, tm, b, jx_rw_item_points[i]) < b) return from;
    return b;
}

/* An item number at the cursor: "(2)", "（2）", "2", after an optional 第. */
static int item_number(jx_cur *c)
{
    jx_num num;
    size_t bad;
    jx_cur_word(c, "第");
    int br = jx_cur_word(c, "(");
    if (!jx_scan_number(c, 0, &num, &bad)) return 0;
    return !br || jx_cur_word(c, ")");
}

/*
 * Does the condition s[a..c) deny something the sentence lists before it
 * (s[0..a))?  Its words after the denial (or the title in 《》 it names), at
 * least four characters, found whole in the list: "未编制《…实施意见(或办法)》"
 * against "(2)…编制了…实施意见(或办法)".  Then the items it zeroes depend on
 * a listed item, and a count of items met already reflects it.
 */
static int denies_listed(const char *s, size_t a, size_t c)
{
    static const char *const deny[] = { "没有", "未", "无", "不" };
    static const char *const tails[] = { "的", "者", "时" };
    jx_cur t;
    jx_trim(s, &a, &c);
    for (int again = 1; again;) {           /* drop 的 / 者 at the end */
        again = 0;
        for (size_t i = 0; i < JX_RWORDS(tails); i++) {
            size_t l = strlen(tails[i]);
            if (c >= a + l && memcmp(s + c - l, tails[i], l) == 0) { c -= l; again = 1; }
        }
    }
    jx_cur_init(&t, s, a, c);
    if (!skip_one(&t, deny, JX_RWORDS(deny))) return 0;
    size_t x = t.pos, y = c;
    size_t open = find_at(s, x, y, "《");
    if (open < y) {
        size_t close = find_at(s, open, y, "》");
        if (close == y) return 0;
        x = open + strlen("《");
        y = close;
    }
    if (y < x + 12) return 0;               /* four characters at least */
    size_t n = y - x;
    for (size_t i = 0; i + n <= a; i++)
        if (memcmp(s + i, s + x, n) == 0) return 1;
    return 0;
}

size_t jx_rf_some_items_zero(const char *s, size_t a, size_t b)
{
    static const char *const whose[] = { "本指标", "该指标", "本项", "该项" };
    static const char *const joins[] = { "-", "~", "至", "、", "和", "及" };
    static const char *const zero[] = { "不得分", "不计分", "得0分", "计0分", "0分" };
    for (size_t at = a; at < b; at++) {
        if (((unsigned char)s[at] & 0xC0) == 0x80) continue;   /* a character's start */
        jx_cur c;
        jx_cur_init(&c, s, at, b);
        skip_one(&c, whose, JX_RWORDS(whose));
        if (!item_number(&c)) continue;
        while (skip_one(&c, joins, JX_RWORDS(joins)))
            if (!item_number(&c)) break;
        if (!jx_cur_word(&c, "项") || !skip_one(&c, zero, JX_RWORDS(zero))) continue;
        jx_cur_skip_space(&c);
        if (jx_cur_eof(&c) && at > a) return denies_listed(s, a, at) ? at : b;
    }
    return b;
}

int jx_rf_share_outcome(jx_cur c, double *frac)
{
    static const char *const verb[] = { "得", "计", "记", "给" };
    static const char *const full[] = { "满分" };
    jx_num num;
    size_t bad;
    int ok;
    jx_cur_skip_space(&c);
    if (!skip_one(&c, verb, JX_RWORDS(verb))) return 0;
    if (!skip_one(&c, jx_rw_item_points, jx_rw_item_points_n) && !skip_one(&c, full, 1)) return 0;
    if (!jx_cur_word(&c, "的")) return 0;
    jx_cur_skip_space(&c);
    double v;
    if (jx_cur_word(&c, "一半")) {
        v = 0.5;
    } else {
        if (!jx_scan_number(&c, 0, &num, &bad)) return 0;
        v = jx_num_value(&num, c.s, -2, &ok);
        jx_cur_skip_space(&c);
        if (!ok || !jx_cur_word(&c, "%") || !(v >= 0 && v <= 1)) return 0;
    }
    jx_cur_skip_space(&c);
    if (!jx_cur_eof(&c)) return 0;
    *frac = v;
    return 1;
}

int jx_rf_rest_met(const char *t, size_t n, double *count)
{
    static const char *const rest[] = { "其余的", "其余", "其他的", "其他" };
    static const char *const done[] = { "已经", "已" };
    jx_cur c;
    jx_cur_init(&c, t, 0, n);
    if (!skip_one(&c, rest, JX_RWORDS(rest))) return 0;
    *count = 0;
    c.pos += jx_rf_parts_count(t + c.pos, n - c.pos, count);
    skip_one(&c, jx_rw_all, jx_rw_all_n);
    skip_one(&c, done, JX_RWORDS(done));
    if (!skip_one(&c, jx_rw_all_verb, jx_rw_all_verb_n)) return 0;
    jx_cur_skip_space(&c);
    return jx_cur_eof(&c);
}

int jx_rf_has_list_sep(const char *t, size_t n)
{
    static const char *const sep[] = { "、", "，", "；", ",", ";" };
    return holds_any(t, 0, n, sep, JX_RWORDS(sep));
}
