/*
 * ruletext_testutil.h - helpers shared by the rule-sentence tests
 * (test_ruletext*.c): parse a sentence that must parse, score a number or a
 * text that must score.  Each fails the test with the reason in English.
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

#endif
