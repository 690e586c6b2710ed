/*
 * test_ruletext_g8.c - forms found by branch g8 (docs/RULES.md, "A basis
 * lead-in, the page's decimal point, variants (g8)"): a clause naming the
 * document a criterion follows, "0。5" for 0.5, and the readings the
 * meaning-preserving variants (tests/rules/test_variants.py) showed.
 * Sentences are the corpus's (keys in tests/rules/sources-*.tsv).
 */
#include "ruletext_testutil.h"

/* g03-01: "按照《…》," names the basis of the criterion, no score. */
static void test_basis_lead(void **state)
{
    (void)state;
    jx_rule r = parse_ok("按照《xx 市突发公共事件总体应急预案》,制定专项应急预案(4分)。");
    assert_int_equal(r.n, 1);
    assert_double_bits(score_text(&r, "已制定", 4), 4);
    assert_double_bits(score_text(&r, "未制定", 4), 0);
    explains_score(&r, "已制定", 4, "实际“已制定”，符合“制定专项应急预案”，4分，得4分",
                   "actual \"已制定\", meets “制定专项应急预案”, 4 points, score 4");
    char m[JX_MSG_MAX];
    jx_rule_explain(&r, JX_LANG_ZH, m, sizeof m);
    assert_str_eq(m, "“制定专项应急预案”：4分");
    /* the same with 的要求 after the title, and digits inside it */
    r = parse_ok("依据《2020年应急管理办法》的要求,建立值班制度(2分)");
    assert_double_bits(score_text(&r, "已建立", 2), 2);
    /* a task graded by how well it is done stays refused, lead-in or not */
    jx_diag d;
    const char *t = "按照《预算法》,做好预算公开工作(2分)";
    assert_int_equal(jx_rule_parse(t, strlen(t), &r, &d), JX_ERR_RULE_SYNTAX);
    /* not a bare title: "按照《…》完成" is no lead-in */
    t = "按照《方案》完成任务,得5分;未完成,不得分";
    r = parse_ok(t);
    assert_double_bits(score_text(&r, "未完成", 5), 0);
}

/* v08-01: "扣 0。5 分" is the page's 0.5; "扣0。" then "5分" is no reading. */
static void test_ideographic_point(void **state)
{
    (void)state;
    jx_rule r = parse_ok("1、未建立安全生产责任制的扣 4 分,责任制不完善的扣 2 分;2、项目经理未取得安全生产"
                         "考核合格证的,每有 1 人扣 0。5 分.");
    assert_double_bits(score_text(&r, "未建立安全生产责任制", 4), 0);
    assert_double_bits(score_text(&r, "责任制不完善", 4), 2);
    r = parse_ok("项目经理未取得安全生产考核合格证的,每有 1 人扣 0。5 分.");
    assert_double_bits(score_num(&r, 3, 4), 2.5);
    char m[JX_MSG_MAX];
    jx_rule_explain(&r, JX_LANG_EN, m, sizeof m);
    assert_str_eq(m, "otherwise: full points, minus 0.5 per 1 above 0, down to 0 (whole steps)");
    /* no outcome verb before the digits: a full stop after a bound, then
     * the points "5分" (the bound is 95, not 95.5) */
    r = parse_ok("完成率达到95。5分");
    assert_double_bits(score_num(&r, 95, 5), 5);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_basis_lead),
        cmocka_unit_test(test_ideographic_point),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
