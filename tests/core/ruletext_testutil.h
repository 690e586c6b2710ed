/*
 * ruletext_testutil.h - helpers shared by the rule-sentence tests
 * (test_ruletext*.c): parse a sentence that must parse, score a number or a
 * text that must score, a text that must be refused, an explanation.  Each
 * fails the test with the reason in English.
 */
#ifndef JX_RULETEXT_TESTUTIL_H
#define JX_RULETEXT_TESTUTIL_H

#include "testutil.h"

__attribute__((unused)) static jx_rule parse_ok(const char *text)
{
    jx_rule r;
    jx_diag d;
    jx_err e = jx_rule_parse(text, strlen(text), &r, &d);
    if (e != JX_OK) {
        char m[256];
        jx_diag_format(&d, JX_LANG_EN, m, sizeof m);
        print_error("cannot parse \"%s\": %s\n", text, m);
        fail();
    }
    return r;
}

__attribute__((unused)) static double score_num(const jx_rule *r, double actual, double points)
{
    jx_actual a = { 0, actual, NULL, 0 };
    double s = -1;
    assert_jx_ok(jx_rule_score(r, &a, points, 2, &s, NULL));
    return s;
}

__attribute__((unused)) static double score_text(const jx_rule *r, const char *actual,
                                                 double points)
{
    jx_actual a = { 1, 0, actual, strlen(actual) };
    double s = -1;
    jx_diag d;
    jx_err e = jx_rule_score(r, &a, points, 2, &s, &d);
    if (e != JX_OK) {
        print_error("score \"%s\": %s\n", actual, jx_strerror(e, JX_LANG_EN));
        fail();
    }
    return s;
}

/* Refused, and the message quotes the actual. */
__attribute__((unused)) static void refused_text(const jx_rule *r, const char *actual,
                                                 double points)
{
    jx_actual a = { 1, 0, actual, strlen(actual) };
    double s = 12345;
    jx_diag d;
    jx_err e = jx_rule_score(r, &a, points, 2, &s, &d);
    if (e == JX_OK) {
        print_error("\"%s\" scored %g, expected a refusal\n", actual, s);
        fail();
    }
    assert_double_bits(s, 12345);
    assert_non_null(strstr(d.text, actual));
}

/* SCOREEXPLAIN of the actual, in Chinese and in English. */
__attribute__((unused)) static void explains_score(const jx_rule *r, const char *actual,
                                                   double points, const char *zh, const char *en)
{
    jx_actual a = { 1, 0, actual, strlen(actual) };
    char m[JX_MSG_MAX];
    assert_jx_ok(jx_rule_score_explain(r, &a, points, JX_LANG_ZH, m, sizeof m));
    assert_str_eq(m, zh);
    assert_jx_ok(jx_rule_score_explain(r, &a, points, JX_LANG_EN, m, sizeof m));
    assert_str_eq(m, en);
}

/* RULEEXPLAIN in Chinese and in English holds these pieces. */
__attribute__((unused)) static void explains(const jx_rule *r, const char *zh, const char *en)
{
    char m[JX_MSG_MAX];
    jx_rule_explain(r, JX_LANG_ZH, m, sizeof m);
    if (strstr(m, zh) == NULL) { print_error("zh \"%s\" lacks \"%s\"\n", m, zh); fail(); }
    jx_rule_explain(r, JX_LANG_EN, m, sizeof m);
    if (strstr(m, en) == NULL) { print_error("en \"%s\" lacks \"%s\"\n", m, en); fail(); }
}

/* RULEEXPLAIN in Chinese and in English, whole. */
__attribute__((unused)) static void explains_rule(const jx_rule *r, const char *zh,
                                                  const char *en)
{
    char m[JX_MSG_MAX];
    jx_rule_explain(r, JX_LANG_ZH, m, sizeof m);
    assert_str_eq(m, zh);
    jx_rule_explain(r, JX_LANG_EN, m, sizeof m);
    assert_str_eq(m, en);
}

/* SCOREEXPLAIN of any actual (number or text), in Chinese and in English. */
__attribute__((unused)) static void score_explains(const jx_rule *r, const jx_actual *a,
                                                   double p, const char *zh, const char *en)
{
    char m[JX_MSG_MAX];
    assert_jx_ok(jx_rule_score_explain(r, a, p, JX_LANG_ZH, m, sizeof m));
    assert_str_eq(m, zh);
    assert_jx_ok(jx_rule_score_explain(r, a, p, JX_LANG_EN, m, sizeof m));
    assert_str_eq(m, en);
}

/* Scoring a refuses with want (quoting `quoted` when not NULL), score untouched. */
__attribute__((unused)) static void refused(const jx_rule *r, const jx_actual *a, double points,
                                            jx_err want, const char *quoted)
{
    double s = 12345;
    jx_diag d;
    jx_err e = jx_rule_score(r, a, points, 2, &s, &d);
    if (e != want || (quoted && strstr(d.text, quoted) == NULL)) {
        print_error("%d quoting \"%s\", want %d quoting \"%s\"\n", (int)e, d.text, (int)want,
                    quoted ? quoted : "");
        fail();
    }
    assert_double_bits(s, 12345);
}

#endif
