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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_step_below_written_shao_yu),
    };
    return cmocka_run_group_tests_name("ruletext_g7", tests, NULL, NULL);
}
