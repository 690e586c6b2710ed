/*
 * test_ruletext_bp.c - forms of the budget-performance (bp) sentences
 * (docs/RULES.md, "Budget-performance forms (g5)").  Sentences are the
 * corpus's (keys in tests/rules/sources-bpa.tsv, sources-bpb.tsv).
 */
#include "ruletext_testutil.h"
#include "jixiao/formula.h"

/* bpb05-01, -04: the points first, then a colon and the condition. */
static void test_points_first(void **state)
{
    (void)state;
    jx_rule r = parse_ok("评分标准: 100 分:实际支出与预算相符; 60 分:实际支出与预算基本相符; 0 分:实际支出与预算不相符。");
    assert_int_equal(r.n, 3);
    assert_double_bits(score_text(&r, "相符", 100), 100);
    assert_double_bits(score_text(&r, "基本相符", 100), 60);
    assert_double_bits(score_text(&r, "不相符", 100), 0);
    explains_score(&r, "基本相符", 100, "实际“基本相符”，符合“实际支出与预算基本相符”，60分，得60分",
             "actual \"基本相符\", meets “实际支出与预算基本相符”, 60 points, score 60");
    /* a clause after the condition goes on with it: never the next one's */
    jx_rule v = parse_ok("评分标准: 100 分:项目支出符合规定,无违规违纪; 0 分:项目支出不 符合规定或有违规违纪的或审计检查有问题。");
    assert_double_bits(score_text(&v, "无违规违纪", 100), 100);
    assert_double_bits(score_text(&v, "有违规违纪", 100), 0);
    /* bounds after the colon (bpb05-03) */
    jx_rule b = parse_ok("评分标准: 100 分:资金到位率 80%以上的; 60 分:资金到位率 60%~80%的; 0 分:资金到位率低于 60%的。");
    char m[JX_MSG_MAX];
    jx_rule_explain(&b, JX_LANG_EN, m, sizeof m);
    assert_str_eq(m, "60% (incl.)–80%: 60 points; ≥80%: 100 points; <60%: 0 points; otherwise: 0");
    refused_text(&r, "部分相符", 100);               /* names no level */
    /* no condition after the colon: not this form */
    jx_rule x;
    jx_diag d;
    const char *t = "100 分:; 0 分:未实行档案管理";
    assert_int_not_equal(jx_rule_parse(t, strlen(t), &x, &d), JX_OK);
}

/* bpb04-01, -02: whole-number bands closed by "N以下的不得分" at a band's low end. */
static void test_closing_below(void **state)
{
    (void)state;
    jx_rule r = parse_ok("网点完工率达到100%的得30分,99%-90%的得27分,89%-80%的得24分,79%-70%的得21分,69%-60%的得18分,59%-50%的得15分,50%以下的不得分。");
    assert_double_bits(score_text(&r, "95%", 30), 27);
    assert_double_bits(score_text(&r, "50%", 30), 15);    /* the band holds at its bound */
    assert_double_bits(score_text(&r, "49.9%", 30), 0);
    assert_double_bits(score_text(&r, "100%", 30), 30);
    assert_double_bits(score_text(&r, "99%", 30), 27);     /* both ends of a band */
    assert_double_bits(score_text(&r, "89%", 30), 24);
    refused_text(&r, "89.5%", 30);                             /* between two bands */
    refused_text(&r, "99.5%", 30);
    explains_score(&r, "50%", 30, "实际50%，符合“50%（含）–59%（含）”，15分，得15分",
             "actual 50%, meets \"50% (incl.)–59% (incl.)\", 15 points, score 15");
    char m[JX_MSG_MAX];
    jx_rule_explain(&r, JX_LANG_EN, m, sizeof m);
    assert_non_null(strstr(m, "<50%: 0"));
    assert_non_null(strstr(m, "otherwise: not stated (no score)"));
    /* a band whose top another clause holds keeps it open (bpb05-05) */
    jx_rule o = parse_ok("评分标准: 100 分: 95%以上 ; 60 分: 80%— 95%; 0 分: 80%以下 。");
    assert_double_bits(score_text(&o, "95%", 100), 100);
    assert_double_bits(score_text(&o, "80%", 100), 60);
    assert_double_bits(score_text(&o, "79.5%", 100), 0);
    /* the closing bound below a band's low end it does not meet: still refused */
    jx_rule x;
    jx_diag d;
    const char *t = "99%-80%的得5分,85%以下的不得分";
    assert_int_not_equal(jx_rule_parse(t, strlen(t), &x, &d), JX_OK);
}

/* bpb03-01, -02: a deduction per step as a share of the item's points. */
static void test_share_of_points(void **state)
{
    (void)state;
    jx_rule r = parse_ok("业绩值为100%得满分,每降低1%扣权重分的1%,扣完为止。");
    assert_double_bits(score_text(&r, "100%", 2), 2);
    jx_actual a = { 1, 0, "80%", 3 };
    double v = -1;
    assert_jx_ok(jx_rule_score(&r, &a, 2, 2, &v, NULL));
    assert_double_bits(v, 1.6);                  /* 20 steps × 1% of 2 */
    assert_jx_ok(jx_rule_score(&r, &a, 3, 2, &v, NULL));
    assert_double_bits(v, 2.4);                  /* the same rule, worth 3 */
    char m[JX_MSG_MAX];
    jx_rule_explain(&r, JX_LANG_ZH, m, sizeof m);
    assert_non_null(strstr(m, "自100%起每少1个百分点扣分值的1%"));
    jx_rule_explain(&r, JX_LANG_EN, m, sizeof m);
    assert_non_null(strstr(m, "minus 1% of the points per 1 percentage point below 100%"));
    jx_rule q = parse_ok("业绩值为2得满分,每降低0.5扣除权重分的1/4,扣完为止。");
    explains_score(&q, "0.5", 2, "实际0.5，符合“其余”，低于2共3档，扣1.5分，得0.5分",
             "actual 0.5, meets \"otherwise\", 3 steps below 2, minus 1.5, score 0.5");
    /* the formula scales each step by the points cell */
    static const jx_formula_refs refs = {"F14", "G14", NULL};
    char f[JX_FORMULA_MAX];
    assert_jx_ok(jx_formula_rule(&q, &refs, 2, NULL, f, sizeof f, NULL));
    assert_non_null(strstr(f, "*(-0.25)*G14"));
    /* a share outside steps, or a share above the whole: refused */
    jx_rule x;
    jx_diag d;
    const char *t = "未完成的扣权重分的50%";
    assert_int_not_equal(jx_rule_parse(t, strlen(t), &x, &d), JX_OK);
    t = "业绩值为2得满分,每降低0.5扣除权重分的5/4";
    assert_int_not_equal(jx_rule_parse(t, strlen(t), &x, &d), JX_OK);
}

/* bpa01-02, -03, -05: one check with its points in brackets, answered yes or no. */
static void test_yes_no_check(void **state)
{
    (void)state;
    jx_rule r = parse_ok("年度工作计划是否明确可操作(3分)");
    assert_double_bits(score_text(&r, "是", 3), 3);
    assert_double_bits(score_text(&r, "否", 3), 0);
    assert_double_bits(score_text(&r, "明确可操作", 3), 3);   /* the state it asks about */
    refused_text(&r, "不明确", 3);
    explains_score(&r, "否", 3, "实际“否”，符合“否”，不得分，得0分",
             "actual \"否\", meets “否”, 0, score 0");
    char m[JX_MSG_MAX];
    jx_rule_explain(&r, JX_LANG_ZH, m, sizeof m);
    assert_str_eq(m, "“是”：3分；“否”：不得分；“明确可操作”：3分");
    jx_rule s2 = parse_ok("绩效目标明确,且细化、量化(2分);");
    assert_double_bits(score_text(&s2, "是", 2), 2);
    assert_double_bits(score_text(&s2, "否", 2), 0);
    refused_text(&s2, "明确", 2);                     /* only part of the statement */
    /* one statement alone stays a level the actual names (b10-04) */
    jx_rule l = parse_ok("有明确的受益对象( 2 分)");
    assert_double_bits(score_text(&l, "有明确的受益对象", 2), 2);
    /* a rule word or a second bracket: not this form */
    jx_rule x;
    jx_diag d;
    const char *t = "计划不完整,扣分(2分)";
    if (jx_rule_parse(t, strlen(t), &x, &d) == JX_OK) {
        jx_actual a = { 1, 0, "是", strlen("是") };
        double v;
        assert_int_not_equal(jx_rule_score(&x, &a, 2, 2, &v, NULL), JX_OK);
    }
}

/* A yes/no check answers the whole question: "明确" is half of
 * "是否明确可操作", and was scored 3 of 3 (the loose naming of levels). */
static void test_yes_no_whole_answer(void **state)
{
    (void)state;
    jx_rule r = parse_ok("年度工作计划是否明确可操作(3分)");
    assert_double_bits(score_text(&r, "明确可操作", 3), 3);
    assert_double_bits(score_text(&r, "是", 3), 3);
    refused_text(&r, "明确", 3);
    refused_text(&r, "可操作", 3);
    r = parse_ok("年度工作计划是否完整可行(3分)");
    refused_text(&r, "可行", 3);
}

/* bpf04-04: "条件:0分" after a colon, as "条件:3分" was already read. */
static void test_colon_zero_points(void **state)
{
    (void)state;
    jx_rule r = parse_ok("项目投资计划完成率,100%:5分;90-100%:3分;70-90%:1分;70%以下:0分");
    assert_double_bits(score_num(&r, 1.0, 5), 5);
    assert_double_bits(score_num(&r, 0.95, 5), 3);
    assert_double_bits(score_num(&r, 0.8, 5), 1);
    assert_double_bits(score_num(&r, 0.6, 5), 0);
}

/* The same table at 90 %: the top of 70-90% and the bottom of 90-100%, no
 * 含 written: refused, by the core and by the compiled formula alike. */
static void test_unmarked_shared_end(void **state)
{
    (void)state;
    jx_rule r = parse_ok("项目投资计划完成率,100%:5分;90-100%:3分;70-90%:1分;70%以下:0分");
    jx_actual a = { 0, 0.9, NULL, 0 };
    double s = -1;
    assert_int_equal(jx_rule_score(&r, &a, 5, 2, &s, NULL), JX_ERR_RULE_SYNTAX);
    assert_double_bits(s, -1);
    char f[4096];
    jx_formula_refs refs = { "F14", "G14", NULL };
    assert_jx_ok(jx_formula_rule(&r, &refs, 2, NULL, f, sizeof f, NULL));
    assert_non_null(strstr(f, "ABS(F14-0.9"));
    /* written with 含: certain */
    r = parse_ok("90%(含)-100%:3分;70%-90%:1分");
    assert_double_bits(score_num(&r, 0.9, 5), 3);
    /* the same points on both sides: nothing to decide */
    r = parse_ok("90-100%:3分;70-90%:3分");
    assert_double_bits(score_num(&r, 0.9, 5), 3);
}

/* bpg02-01: one bound giving points, nothing said below it. */
static void test_lone_threshold(void **state)
{
    (void)state;
    jx_rule r = parse_ok("到位及时率大于90%得满分");
    assert_double_bits(score_num(&r, 0.95, 3), 3);
    jx_actual a = { 0, 0.85, NULL, 0 };
    double s = -1;
    assert_int_not_equal(jx_rule_score(&r, &a, 3, 2, &s, NULL), JX_OK);
    /* a ladder keeps "below the last band: nothing" (seed s003-02) */
    r = parse_ok("参保人数 100%得满分，90%得一半分");
    assert_double_bits(score_num(&r, 0.89, 8), 0);
}

/* bpd01-03 (g9's finding): four questions, a label cut to its last words;
 * "不符合" named the one label still showing 符合 and scored the other three. */
static void test_cut_part_labels(void **state)
{
    (void)state;
    jx_rule r = parse_ok("项目市、县年度农村义务教育学生营养改善计划实施方案中是否设定了绩效目标,"
                         "是否符合安徽省《贫困地区农村义务教育学生营养改善计划实施办法》分解下达的目标要求,"
                         "是否符合经济社会发展和客观实际的要求,是否做到了细化、量化、可衡量,"
                         "符合一项得1分,不符合不得分。");
    refused_text(&r, "不符合", 4);
    refused_text(&r, "符合", 4);
    assert_double_bits(score_text(&r, "3/4", 4), 3);
}

/* bpi01-01 (the final held-out set): failures named, the other parts
 * neither met nor missed: refused (it gave 2 of 5). */
static void test_failures_only_named(void **state)
{
    (void)state;
    jx_rule r = parse_ok("1.按救助对象人数和补助水平足额安排救助资金,确保应保尽保。(2分) "
                         "2.地方各级财政投入分别占全市资金投入的比例情况。(2分) "
                         "3.将政府设立的特困人员供养服务机构运转费用列入同级财政预算情况。(1分)");
    refused_text(&r, "未足额安排救助资金,运转费用未列入同级财政预算", 5);
}

/* b22-01: the proportion below 100 % leaves 100 % to the full-points clause. */
static void test_prop_end_open(void **state)
{
    (void)state;
    jx_rule r = parse_ok("100%完成得10分,100%以下按比例扣分。");
    assert_double_bits(score_num(&r, 1.0, 10), 10);
    assert_double_bits(score_num(&r, 0.9, 10), 9);
}

/* bpf06: "该指标主要考核…。" says what is measured, scores nothing. */
static void test_about_note(void **state)
{
    (void)state;
    jx_rule r = parse_ok("该指标主要考核项目目标依据的充分性。依据充分 3 分,基本充分 2 分。");
    assert_double_bits(score_text(&r, "依据充分", 3), 3);
    assert_double_bits(score_text(&r, "基本充分", 3), 2);
    /* a veto of the item is no note */
    r = parse_ok("1、重点县制定的资金整合计划全部落实,得8分。\n3、重点县制定的资金整合计划未全部落实,本项指标不得分。");
    refused_text(&r, "本项指标", 14);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_points_first),
        cmocka_unit_test(test_closing_below),
        cmocka_unit_test(test_share_of_points),
        cmocka_unit_test(test_yes_no_check),
        cmocka_unit_test(test_yes_no_whole_answer),
        cmocka_unit_test(test_colon_zero_points),
        cmocka_unit_test(test_unmarked_shared_end),
        cmocka_unit_test(test_lone_threshold),
        cmocka_unit_test(test_about_note),
        cmocka_unit_test(test_prop_end_open),
        cmocka_unit_test(test_cut_part_labels),
        cmocka_unit_test(test_failures_only_named),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
