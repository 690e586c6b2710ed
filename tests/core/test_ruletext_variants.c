/*
 * test_ruletext_variants.c - forms found with the variants test (docs/RULES.md, "A basis
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

/*
 * Variants (tests/rules/test_variants.py) that were scored differently:
 * b14-09 typed with a Chinese input method ("扣０．５分" read as a clause
 * "扣０" and "５分": 1 off per finding), t07-04 printed "得 0 分" (read as
 * a base of 0 points, 0 for everything), b32-02 with 满分 for 10 (the level
 * "无事故得满分平指标" gave 5).
 */
static void test_full_width_digits(void **state)
{
    (void)state;
    jx_rule r = parse_ok("每发现１次经费违规使用扣０．５分，扣完为止。");
    jx_rule h = parse_ok("每发现1次经费违规使用扣0.5分,扣完为止.");
    assert_double_bits(score_num(&r, 1, 1), 0.5);
    assert_double_bits(score_num(&r, 1, 1), score_num(&h, 1, 1));
    assert_double_bits(score_text(&r, "3次", 1), 0);
    char m[JX_MSG_MAX], n[JX_MSG_MAX];
    jx_rule_explain(&r, JX_LANG_ZH, m, sizeof m);
    jx_rule_explain(&h, JX_LANG_ZH, n, sizeof n);
    assert_str_eq(m, n);
    /* a refusal quotes the clause as printed, full-width and all */
    r = parse_ok("≥95％得满分，其他（0－1分）");
    jx_actual a = { 0, 0.5, NULL, 0 };
    jx_diag d;
    double sc;
    assert_int_equal(jx_rule_score(&r, &a, 6, 2, &sc, &d), JX_ERR_RULE_OPEN);
    assert_str_eq(d.text, "其他（0－1分）");
    /* the clause offsets are the printed sentence's */
    const char *fw = "≥95％得满分，其他（0－1分）";
    int found = 0;
    for (int i = 0; i < r.n; i++)
        found += r.clause[i].len == strlen("其他（0－1分）") &&
                 memcmp(fw + r.clause[i].at, "其他（0－1分）", r.clause[i].len) == 0;
    assert_int_equal(found, 1);
    /* the clause offsets are the printed sentence's */
    const char *t = "第３条执行情况良好（４分）";
    assert_int_equal(jx_rule_parse(t, strlen(t), &r, &d), JX_ERR_RULE_SYNTAX);
    assert_str_eq(d.text, "第３条执行情况良好（４分）");
}

/* An actual typed full-width is read as typed in ASCII (51 such variants
 * were refused); a refusal still quotes it as typed. */
static void test_full_width_actual(void **state)
{
    (void)state;
    jx_rule r = parse_ok("宣传培训每少一次扣0.5分，每缺一个行业扣1分，扣完为止。（每次宣传培训不能重复统计）");
    assert_double_bits(score_text(&r, "少２次", 4), 3);
    assert_double_bits(score_text(&r, "缺１个行业", 4), 3);
    refused_text(&r, "少２天", 4);
    assert_double_bits(score_text(&r, "少 2 次", 4), 3);     /* blanks as the sentence's */
    refused_text(&r, "少 2 天", 4);
    r = parse_ok("≥95%得满分，低于95%的每低1个百分点扣0.5分，扣完为止");
    assert_double_bits(score_text(&r, "９３％", 8), 7);
    explains_score(&r, "９３％", 8, "实际93%，符合“其余”，低于95%共2档，扣1分，得7分",
                   "actual 93%, meets \"otherwise\", 2 steps below 95%, minus 1, score 7");
}

static void test_zero_points_spaced(void **state)
{
    (void)state;
    const char *spaced = "1. 未建立与政府及有关部门安全风险联控机制,得 0 分; 2. 安全风险联控机制中,"
                         "每缺一项要素扣 5 分。";
    jx_rule r = parse_ok(spaced);
    assert_double_bits(score_text(&r, "缺2项要素", 20), 10);
    assert_double_bits(score_text(&r, "未建立联控机制", 20), 0);
    explains_score(&r, "缺2项要素", 20, "实际2项，符合“其余”，高于0项共2档，扣10分，得10分",
                   "actual 2项, meets \"otherwise\", 2 steps above 0项, minus 10, score 10");
}

/* Blanks between a number and an ideograph, as PDF tables print them (34
 * variants were refused, b32-02 among them). */
static void test_spaced_numbers(void **state)
{
    (void)state;
    jx_rule r = parse_ok("无事故得 10 分平指标得 5 分超指标不得分");
    assert_double_bits(score_text(&r, "平指标", 10), 5);
    assert_double_bits(score_text(&r, "无事故", 10), 10);
    r = parse_ok("1、未确定专人或兼职保管的扣 0.5 分 2、不按规定及时移交档案部门保管或无移交清册的扣 1 分");
    assert_double_bits(score_text(&r, "无移交清册", 1.5), 0.5);
    /* "×100% 控制率": the blank after a percent still separates a definition */
    r = parse_ok("成本控制率=(预算数-实际支出)/预算数×100% 控制率在±10%以内得 5 分,±10-15%以内得 3 分");
    assert_double_bits(score_num(&r, -0.12, 5), 3);
}

/*
 * Synonyms the variants test types (扣除 for 扣, "2." for "2、"): a26-14
 * with 扣除 read "每项最高" as a condition and 扣除10分 as a deduction (50
 * of 50 for a failure left to the evaluator); v08-01 with 扣除 0。5; a15-03
 * numbered "2." after a spaced "0.5 分".
 */
static void test_synonyms(void **state)
{
    (void)state;
    jx_diag d;
    jx_rule r;
    const char *t = "打击网络赌博、违法犯罪等工作不力的，酌情扣分，每项最高扣除10分";
    jx_err e = jx_rule_parse(t, strlen(t), &r, &d);
    if (e == JX_OK) {
        jx_actual a = { 1, 0, "1项", strlen("1项") };
        double sc;
        assert_int_not_equal(jx_rule_score(&r, &a, 50, 2, &sc, &d), JX_OK);
    }
    r = parse_ok("发现一次违规扣2分，最高扣除10分");
    assert_double_bits(score_num(&r, 8, 50), 40);
    r = parse_ok("项目经理未取得安全生产考核合格证的,每有 1 人扣除 0。5 分.");
    assert_double_bits(score_num(&r, 3, 4), 2.5);
    r = parse_ok("1.未确定专人或兼职保管的扣 0.5 分 2.不按规定及时移交档案部门保管或无移交清册的扣 1 分");
    assert_double_bits(score_text(&r, "未确定专人或兼职保管", 1.5), 1);
    assert_double_bits(score_text(&r, "无移交清册", 1.5), 0.5);
}

static void test_whole_points_glued(void **state)
{
    (void)state;
    jx_rule r = parse_ok("无事故得满分平指标得5分超指标不得分");
    assert_double_bits(score_text(&r, "无事故", 10), 10);
    assert_double_bits(score_text(&r, "平指标", 10), 5);
    assert_double_bits(score_text(&r, "超指标", 10), 0);
    char m[JX_MSG_MAX];
    jx_rule_explain(&r, JX_LANG_EN, m, sizeof m);
    assert_str_eq(m, "“平指标”: 5 points; “超指标”: 0; “无事故”: full points");
    /* 得满分 followed by what belongs to it stays one clause */
    r = parse_ok("完成率达到100%的得满分,每低1个百分点扣1分");
    assert_double_bits(score_num(&r, 0.97, 10), 7);
}

/*
 * A consequence beyond the item's score (JX_OPEN_BEYOND): bpe07-04 "凭空捏造
 * 报表的取消评比资格" — the actual naming it is refused, the rest scored;
 * "并按有关规定处理" after a scored clause is a note (bpe05-01's last part).
 */
static void test_beyond_score(void **state)
{
    (void)state;
    jx_rule r = parse_ok("(二)按规定要求填报财务快报,数据准确、勾稽关系正确合理。经审核发现指标填写错误的,"
                         "每处扣0.2分,扣完为止,凭空捏造报表的取消评比资格。");
    int beyond = -1;
    for (int i = 0; i < r.n; i++)
        if (r.clause[i].out.kind == JX_RO_OPEN) beyond = i;
    assert_true(beyond >= 0);
    assert_int_equal(r.clause[beyond].out.open, JX_OPEN_BEYOND);
    assert_double_bits(score_text(&r, "错误3处", 2), 1.4);
    refused_text(&r, "凭空捏造报表", 2);
    char m[JX_MSG_MAX];
    jx_rule_explain(&r, JX_LANG_ZH, m, sizeof m);
    assert_non_null(strstr(m, "“凭空捏造报表”：取消评比资格（评分以外的处理，本项不据此计分）"));
    jx_rule_explain(&r, JX_LANG_EN, m, sizeof m);
    assert_non_null(strstr(m, "\"取消评比资格\" (a consequence beyond the item's score; not scored)"));
    /* 视为…不合格: a verdict, no score; the bands above it are scored */
    r = parse_ok("完成率在80%以上,得10分;完成率在80%以下,视为绩效考核结果“不合格”。");
    assert_double_bits(score_num(&r, 0.9, 10), 10);
    jx_actual a = { 0, 0.7, NULL, 0 };
    jx_diag d;
    double sc;
    assert_int_equal(jx_rule_score(&r, &a, 10, 2, &sc, &d), JX_ERR_RULE_OPEN);
    /* besides the score: a note after a clause that gives it */
    r = parse_ok("按时完成的得5分;未完成的不得分,并按有关规定处理。");
    assert_double_bits(score_text(&r, "未完成", 5), 0);
    assert_double_bits(score_text(&r, "按时完成", 5), 5);
    /* after a condition alone it would be the outcome: not a note */
    const char *t = "未完成的,并按有关规定处理";
    assert_int_not_equal(jx_rule_parse(t, strlen(t), &r, &d), JX_OK);
}

/* bpc04-05..09: "是否…? 2", the points column flattened; bpc02-01 /
 * bpd04-01: the bare answer 有 against 有…计2分,没有不得分. */
static void test_bare_answers(void **state)
{
    (void)state;
    jx_rule r = parse_ok("是否有部门固定资产台账及低值设备台账? 2");
    assert_double_bits(score_text(&r, "是", 2), 2);
    assert_double_bits(score_text(&r, "否", 2), 0);
    assert_double_bits(score_text(&r, "有部门固定资产台账及低值设备台账", 2), 2);
    refused_text(&r, "台账", 2);
    char m[JX_MSG_MAX];
    jx_rule_explain(&r, JX_LANG_ZH, m, sizeof m);
    assert_str_eq(m, "“是”：2分；“否”：不得分；“有部门固定资产台账及低值设备台账”：2分");
    /* fuzz find: a parts reading of "是;" read 3 bytes past the actual (ASan) */
    {
        jx_actual pa = { 1, 0, "是;", strlen("是;") };
        double ps;
        (void)jx_rule_score(&r, &pa, 4, 2, &ps, NULL);
    }
    /* an item worth less than the column says is refused */
    jx_actual a = { 1, 0, "是", strlen("是") };
    double sc;
    assert_int_equal(jx_rule_score(&r, &a, 1, 2, &sc, NULL), JX_ERR_RULE_SYNTAX);
    /* a statement, not a question, with a number after "?": not this form */
    jx_diag d;
    const char *t = "按时完成? 2";
    jx_err e = jx_rule_parse(t, strlen(t), &r, &d);
    assert_true(e != JX_OK || r.clause[0].cond.kind != JX_RC_LEVEL ||
                strcmp(r.clause[0].cond.label, "是") != 0);

    r = parse_ok("有项目年度工作计划或有上级文件或审批报告计2分,没有不得分。");
    assert_double_bits(score_text(&r, "有", 2), 2);
    assert_double_bits(score_text(&r, "没有", 2), 0);
    explains_score(&r, "有", 2, "实际“有”，符合“有”，2分，得2分",
                   "actual \"有\", meets “有”, 2 points, score 2");
    /* all parts or none, counted in a numeral (bpf02-01, -03) */
    r = parse_ok("印制宣传手册,得 1 分;举办就业政策培训班,得 1 分;经验材料被推广、转发或刊载,得 1 分。");
    assert_double_bits(score_text(&r, "三项均有", 3), 3);
    assert_double_bits(score_text(&r, "均无", 3), 0);
    refused_text(&r, "四项均有", 3);
    refused_text(&r, "两项均有", 3);
    /* two kinds of 有: the bare 有 names neither */
    r = parse_ok("有年度工作计划计2分,有上级文件计1分,没有不得分。");
    refused_text(&r, "有", 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_basis_lead),
        cmocka_unit_test(test_ideographic_point),
        cmocka_unit_test(test_full_width_digits),
        cmocka_unit_test(test_full_width_actual),
        cmocka_unit_test(test_zero_points_spaced),
        cmocka_unit_test(test_spaced_numbers),
        cmocka_unit_test(test_whole_points_glued),
        cmocka_unit_test(test_synonyms),
        cmocka_unit_test(test_beyond_score),
        cmocka_unit_test(test_bare_answers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
