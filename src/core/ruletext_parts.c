/*
 * ruletext_parts.c - sentences made of parts (issue 15, family g6): see
 * ruletext_parts.h and docs/RULES.md, "Sentences made of parts".
 */
#include "text.h"
#include "ruletext_words.h"
#include "ruletext_parts.h"

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
