/*
 * test_ruletext_rows.c - table rows run together in one cell and the forms
 * found with them (docs/RULES.md, "Table rows run together (g10)").
 * Sentences are the corpus's (keys in tests/rules/sources-bpc.tsv,
 * sources-bpf.tsv).
 */
#include "ruletext_testutil.h"

#include <stdlib.h>

static jx_err parse_err(const char *text, jx_diag *d)
{
    jx_rule r;
    return jx_rule_parse(text, strlen(text), &r, d);
}

/* bpc04-01: condition and points column, rows joined by line breaks. */
static void test_rows(void **state)
{
    (void)state;
    jx_rule r = parse_ok("固定资产价值大于10万元设备完好率100% 10\n"
                         "固定资产价值大于10万元设备完好率≥90% 按比例计算得分\n"
                         "固定资产价值大于10万元设备完好率<90% 0");
    assert_double_bits(score_text(&r, "100%", 10), 10);
    assert_double_bits(score_text(&r, "95%", 10), 9.5);
    assert_double_bits(score_text(&r, "85%", 10), 0);
    assert_double_bits(score_num(&r, 0.9, 10), 9);
    explains_rule(&r, "≥100%：10分；≥90%：完成比例×分值（至多1）；<90%：0分；其余：句中未规定（不评分）",
             "≥100%: 10 points; ≥90%: ratio × points (at most 1); <90%: 0 points; "
             "otherwise: not stated (no score)");
    explains_score(&r, "85%", 10, "实际85%，符合“<90%”，0分，得0分",
                   "actual 85%, meets \"<90%\", 0 points, score 0");
    /* before rows were read, the proportion swallowed the next row and 95% scored 0 */
    jx_rule p = parse_ok("设备完好率100% 10\n设备完好率≥90% 按比例计算得分\n设备完好率<90% 0");
    assert_double_bits(score_text(&p, "95%", 10), 9.5);
    /* a row whose condition does not read refuses the sentence, quoting that row */
    jx_diag d;
    assert_int_equal(parse_err("设备完好率很高 10\n设备完好率<90% 0", &d), JX_ERR_RULE_SYNTAX);
    assert_non_null(strstr(d.text, "设备完好率很高"));
    assert_null(strstr(d.text, "<90%"));
    /* one line with a column is no layout: "≥1 20" stays refused, not a bound of 20 */
    assert_int_equal(parse_err("保值率≥1 20", &d), JX_ERR_RULE_SYNTAX);
    /* "扣 0.5" is a wrapped "扣0.5分", never a column */
    assert_int_equal(parse_err("每低1个百分点扣 0.5\n分,低于80% 0\n完成率100% 5", &d),
                     JX_ERR_RULE_SYNTAX);
}

/* bpc04-04: a remark column "…除外", a rate defined with ÷, bounds of 1. */
static void test_rows_remark_definition(void **state)
{
    (void)state;
    jx_rule r = parse_ok("部门年末固定资产保值率指标≥1 20 重大改造、建设项目除外\n"
                         "考核公式:部门年末固定资产保值率=(单位期末资产÷单位期初资产)×100%\n"
                         "部门年末固定资产保值率指标<1 0");
    assert_double_bits(score_num(&r, 1.02, 20), 20);
    assert_double_bits(score_num(&r, 1, 20), 20);
    assert_double_bits(score_num(&r, 0.97, 20), 0);
    explains_rule(&r, "≥100%：20分；<100%：0分；其余：不得分",
             "≥100%: 20 points; <100%: 0 points; otherwise: 0");
    /* a remark with a number is no scope note */
    jx_diag d;
    assert_int_equal(parse_err("保值率指标≥1 20 3个项目除外\n保值率指标<1 0", &d),
                     JX_ERR_RULE_SYNTAX);
}

/* bpc04-05..09: a 是否 question and its points column. */
static void test_question_column(void **state)
{
    (void)state;
    jx_rule r = parse_ok("资产设备是否按规定粘贴资产标签? 2");
    assert_double_bits(score_text(&r, "是", 2), 2);
    assert_double_bits(score_text(&r, "否", 2), 0);
    assert_double_bits(score_text(&r, "按规定粘贴资产标签", 2), 2);
    refused_text(&r, "按规定", 2);                       /* half the question */
    explains_rule(&r, "“是”：2分；“否”：不得分；“按规定粘贴资产标签”：2分",
             "“是”: 2 points; “否”: 0; “按规定粘贴资产标签”: 2 points");
    /* numbers before 是否 are what is asked about (bpc04-08), full-width ？ */
    jx_rule n = parse_ok("10万元以上设备材料是否齐全？ 2");
    assert_double_bits(score_text(&n, "是", 2), 2);
    assert_double_bits(score_text(&n, "否", 2), 0);
    /* no question mark: 是否 asks it (it was read as a lone bound "≥2: full points") */
    jx_rule q = parse_ok("资产设备是否按规定粘贴资产标签 2");
    assert_double_bits(score_text(&q, "否", 2), 0);
    assert_double_bits(score_text(&q, "是", 2), 2);
    jx_actual two = { 0, 2, NULL, 0 };
    double v;
    assert_int_not_equal(jx_rule_score(&q, &two, 2, 2, &v, NULL), JX_OK);
    /* a number after 是否: not this form */
    jx_diag d;
    assert_int_not_equal(parse_err("是否按月整理归档10次? 2", &d), JX_OK);
}

/* bpc05-01..05: grade words with bare points after a numbered quoted heading. */
static void test_grades(void **state)
{
    (void)state;
    jx_rule r = parse_ok("3)“固定资产台账,卡片式账的登记情况”:优秀10分,良好6分,一般2分,差0分。");
    assert_int_equal(r.n, 4);
    assert_double_bits(score_text(&r, "优秀", 10), 10);
    assert_double_bits(score_text(&r, "良好", 10), 6);
    assert_double_bits(score_text(&r, "一般", 10), 2);
    assert_double_bits(score_text(&r, "差", 10), 0);
    refused_text(&r, "较好", 10);
    explains_score(&r, "良好", 10, "实际“良好”，符合“良好”，6分，得6分",
                   "actual \"良好\", meets “良好”, 6 points, score 6");
    /* with a plain heading: 良好 scored 0 (the chain was 差's condition) */
    jx_rule h = parse_ok("固定资产管理制度的制定情况,优秀10分,良好6分,一般2分,差0分。");
    assert_double_bits(score_text(&h, "良好", 10), 6);
    assert_double_bits(score_text(&h, "差", 10), 0);
    /* a heading and a colon before the grade, unquoted: 优秀 scored 6 (its
     * "优秀10分" went into 良好's words); a line break inside the quotation
     * (the variants test: "“固定资产台账,\n卡片式账…”") */
    jx_rule c = parse_ok("固定资产台账,卡片式账的登记情况:优秀10分,良好6分,一般2分,差0分。");
    assert_double_bits(score_text(&c, "优秀", 10), 10);
    assert_double_bits(score_text(&c, "良好", 10), 6);
    jx_rule q = parse_ok("3)“固定资产台账,\n卡片式账的登记情况”:优秀10分,\n良好6分,\n一般2分,\n差0分。");
    assert_double_bits(score_text(&q, "优秀", 10), 10);
    assert_double_bits(score_text(&q, "一般", 10), 2);
    /* a grade and its points left unread inside another level: never its score */
    jx_rule u = parse_ok("资料齐全优秀10分,良好6分,差0分");
    refused_text(&u, "优秀", 10);
    /* an item heading with its points stays one ("出租屋巡查2分" is no grade) */
    jx_rule s = parse_ok("出租屋巡查2分,治安检查3分");
    refused_text(&s, "优秀", 5);
}

/* bpc05-06..08: a base that moves both ways from a reference named in words. */
static void test_named_reference(void **state)
{
    (void)state;
    jx_rule r = parse_ok("1)“生产设备数量的利用率”:以历史最佳水平为基数,达到历史最佳水平给6分;"
                         "比历史最佳水平提高1%则在6分基础上加1分,10分为上限;"
                         "每低于历史最佳水平1%则扣1分,扣完为止。");
    assert_double_bits(score_text(&r, "达到历史最佳水平", 10), 6);
    assert_double_bits(score_text(&r, "比历史最佳水平提高3%", 10), 9);
    assert_double_bits(score_text(&r, "比历史最佳水平提高5%", 10), 10);   /* 10分为上限 */
    assert_double_bits(score_text(&r, "低于历史最佳水平2%", 10), 4);
    assert_double_bits(score_text(&r, "低于历史最佳水平7%", 10), 0);
    refused_text(&r, "3%", 10);                      /* the rate, or the change? */
    refused_text(&r, "达到2%", 10);
    refused_text(&r, "比提高3%", 10);
    explains_rule(&r, "其余：6分，自0%起每多1个百分点加1分，自0%起每少1个百分点扣1分，扣完为止（只计整档）；"
                 "最高10分（可超过分值）",
             "otherwise: 6 points, plus 1 per 1 percentage point above 0%, minus 1 per 1 "
             "percentage point below 0%, down to 0 (whole steps); at most 10 points (may exceed "
             "the item's points)");
    explains_score(&r, "比历史最佳水平提高3%", 10, "实际3%，符合“其余”，高于0%共3档，加3分，得9分",
                   "actual 3%, meets \"otherwise\", 3 steps above 0%, plus 3, score 9");
    /* written with 每 (bpc05-07) */
    jx_rule e = parse_ok("达到历史最佳水平给6分;比历史最佳水平每提高1%则在6分基础上加1分,10分为上限;"
                         "每低于历史最佳水平1%则扣1分,扣完为止。");
    assert_double_bits(score_text(&e, "比历史最佳水平提高5%", 10), 10);
    /* without 每, a ceiling one addition reaches says nothing of repeating: refused */
    jx_diag d;
    assert_int_equal(parse_err("达到历史最佳水平给6分;比历史最佳水平提高1%则在6分基础上加1分,"
                               "7分为上限;每低于历史最佳水平1%则扣1分,扣完为止。", &d),
                     JX_ERR_RULE_SYNTAX);
    assert_non_null(strstr(d.text, "提高1%"));
    /* a restated base the sentence does not give: refused */
    assert_int_equal(parse_err("达到历史最佳水平给6分;每提高1%则在5分基础上加1分,10分为上限", &d),
                     JX_ERR_RULE_SYNTAX);
    assert_non_null(strstr(d.text, "5分基础上"));
}

/* bpf06-01..07: a lead saying what the indicator measures. */
static void test_description_lead(void **state)
{
    (void)state;
    jx_rule r = parse_ok("该指标主要考核项目目标依据的充分性。依据充分 3 分,基本充分 2 分。");
    assert_int_equal(r.n, 2);
    assert_double_bits(score_text(&r, "依据充分", 3), 3);
    assert_double_bits(score_text(&r, "基本充分", 3), 2);
    jx_rule s = parse_ok("该指标主要考核项目监测内容确定的系统性。系统 2 分,比较系统 1 分。");
    assert_double_bits(score_text(&s, "系统", 2), 2);
    assert_double_bits(score_text(&s, "比较系统", 2), 1);
    /* a heading naming a year's document ("XX市2009年产业发展导向目录", bpf04-03):
     * the year is a date, no bound */
    jx_rule y = parse_ok("引导项目与XX市海洋经济发展总体规划、XX市2009年产业发展导向目录等规划文件的"
                         "相符性,相符程度高:4分,基本相符:2分,不相符:0分");
    assert_double_bits(score_text(&y, "相符程度高", 4), 4);
    assert_double_bits(score_text(&y, "基本相符", 4), 2);
    assert_double_bits(score_text(&y, "不相符", 4), 0);
}

/* bpf04-04: "condition:N分" rows (the band edge nothing assigns is main's refusal). */
static void test_shared_edge(void **state)
{
    (void)state;
    jx_rule r = parse_ok("项目投资计划完成率,100%:5分;90-100%:3分;70-90%:1分;70%以下:0分");
    assert_double_bits(score_text(&r, "100%", 5), 5);
    assert_double_bits(score_text(&r, "95%", 5), 3);
    assert_double_bits(score_text(&r, "80%", 5), 1);
    assert_double_bits(score_text(&r, "60%", 5), 0);     /* "70%以下:0分": the colon is no condition */
    /* 90 %: the end of both bands, nothing says which (jx_rcond.unmarked, main) */
    refused_text(&r, "90%", 5);
    /* the colon is found folded too: "70%以下：0分" */
    jx_rule f = parse_ok("项目投资计划完成率，100%：5分；90-100%：3分；70-90%：1分；70%以下：0分");
    assert_double_bits(score_text(&f, "60%", 5), 0);
    assert_double_bits(score_text(&f, "80%", 5), 1);
    /* a marker settles it: "80%(含)-90%" holds 80 %, the band below does not */
    jx_rule k = parse_ok("重点支出安排率≥90%,计5分;80%(含)-90%,计4分;70%(含)-80%,计3分;低于70%不得分。");
    assert_double_bits(score_text(&k, "80%", 5), 4);
    assert_double_bits(score_text(&k, "90%", 5), 5);
    /* the heading's measure repeated after a row's bound (bpf04-05) */
    jx_rule m = parse_ok("项目建设进度与计划的符合程度,100%符合:5分;90-100%符合:3分;70-90%:1分;70%以下:0分");
    assert_double_bits(score_text(&m, "100%", 5), 5);
    assert_double_bits(score_text(&m, "95%", 5), 3);
    assert_double_bits(score_text(&m, "60%", 5), 0);
    /* another word after the bound is not the measure: refused */
    jx_diag d;
    jx_rule x;
    const char *o = "项目建设进度与计划的符合程度,100%合格:5分;70%以下:0分";
    assert_int_equal(jx_rule_parse(o, strlen(o), &x, &d), JX_ERR_RULE_SYNTAX);
    /* the same score on both sides: no question */
    jx_rule s = parse_ok("90-100%:3分;80-90%:3分;80%以下:0分");
    assert_double_bits(score_text(&s, "90%", 3), 3);
}

/*
 * fuzz_ruletext find (check-fuzz, seed 1): a level label ending the text was
 * cut to a character boundary by reading the byte after the text (one past
 * the buffer; ASan: heap-buffer-overflow in copy_label).  The text is given
 * in a buffer of its exact size, as the fuzzer and the add-in give it.
 */
static void test_label_at_text_end(void **state)
{
    (void)state;
    static const char text[] = "项目的实际支出与批复计划相符的得10分,基本相符的得6分评分标准: 100 分:资金,调";
    size_t n = sizeof text - 1;
    char *buf = malloc(n);
    assert_non_null(buf);
    memcpy(buf, text, n);
    jx_rule r;
    jx_diag d;
    jx_err e = jx_rule_parse(buf, n, &r, &d);
    assert_true(e == JX_OK || e == JX_ERR_RULE_SYNTAX);
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rows),
        cmocka_unit_test(test_rows_remark_definition),
        cmocka_unit_test(test_question_column),
        cmocka_unit_test(test_grades),
        cmocka_unit_test(test_named_reference),
        cmocka_unit_test(test_description_lead),
        cmocka_unit_test(test_shared_edge),
        cmocka_unit_test(test_label_at_text_end),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
