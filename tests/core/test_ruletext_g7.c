/*
 * test_ruletext_g7.c - numeric forms of 评扣分标准 sentences (issue 15, g7):
 * steps below a bound written 每少于, traditional characters, a formula
 * written with an OCR'd "=", steps per late year, per-band steps.  Each
 * form: the parse, the score, the explanation, and what stays refused.
 */
#include "ruletext_testutil.h"

static void explain_is(const jx_rule *r, const char *zh, const char *en)
{
    char buf[1024];
    jx_rule_explain(r, JX_LANG_ZH, buf, sizeof buf);
    assert_str_eq(buf, zh);
    jx_rule_explain(r, JX_LANG_EN, buf, sizeof buf);
    assert_str_eq(buf, en);
}

#define BPB0704 "年亩增施商品有机肥1000公斤以上,提供正式发票,每少于100公斤扣5分。"

/* bpb07-04: 每少于 N 公斤 is a step below the bound stated before it. */
static void test_step_below_written_shao_yu(void **state)
{
    (void)state;
    jx_rule r = parse_ok(BPB0704);
    assert_double_bits(score_text(&r, "1000公斤", 25), 25);
    assert_double_bits(score_text(&r, "800公斤", 25), 15);
    assert_double_bits(score_text(&r, "500公斤", 25), 0);
    assert_double_bits(score_text(&r, "1200公斤", 25), 25);
    explain_is(&r, "其余：满分，自1000公斤起每少100公斤扣5分，扣完为止（只计整档）",
               "otherwise: full points, minus 5 per 100公斤 below 1000公斤, down to 0 (whole steps)");
    explains_score(&r, "800公斤", 25, "实际800公斤，符合“其余”，低于1000公斤共2档，扣10分，得15分",
                   "actual 800公斤, meets \"otherwise\", 2 steps below 1000公斤, minus 10, score 15");
    refused_text(&r, "800吨", 25);
}

#define A2401 "年內新辦入庫稅收100萬元以上的工業項目,或老工業企業技改后2012年入庫稅收在200萬元以上的,得5分。"

/* a24-01: a bound followed by 的 and what it measures (工業項目), in
 * traditional characters (萬元); two alternatives joined by 或: between
 * their bounds the actual does not say which, refused. */
static void test_bound_then_measured_noun(void **state)
{
    (void)state;
    jx_rule r = parse_ok(A2401);
    assert_double_bits(score_text(&r, "250萬元", 5), 5);
    assert_double_bits(score_text(&r, "200萬元", 5), 5);
    assert_double_bits(score_text(&r, "50萬元", 5), 0);
    jx_actual a = { 1, 0, "120萬元", strlen("120萬元") };
    double s = 12345;
    jx_diag d;
    assert_jx_err(jx_rule_score(&r, &a, 5, 2, &s, &d), JX_ERR_RULE_OPEN);
    assert_non_null(strstr(d.text, "老工業企業"));
    explains_score(&r, "250萬元", 5, "实际250萬元，符合“≥200萬元”，5分，得5分",
                   "actual 250萬元, meets \"≥200萬元\", 5 points, score 5");
    /* a rule word after 的 is no measured noun: still refused */
    jx_diag d2;
    const char *t = "100萬元以上的未扣分項目,得5分。";
    assert_int_not_equal(jx_rule_parse(t, strlen(t), &r, &d2), JX_OK);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_step_below_written_shao_yu),
        cmocka_unit_test(test_bound_then_measured_noun),
    };
    return cmocka_run_group_tests_name("ruletext_g7", tests, NULL, NULL);
}
