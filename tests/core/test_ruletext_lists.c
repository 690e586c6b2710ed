/*
 * test_ruletext_lists.c - the g4 forms of 评扣分标准 sentences (issue 15):
 * statements each with bracketed points, 足额 as the 100 % of a percent
 * step, lists joined by 和 (bounds with the word before or after each), a
 * 且-requirement in words beside a list of bands, "本项指标不得分".
 * Corpus ids in comments; each form has a case it must leave alone.
 */
#include "ruletext_testutil.h"

static void parse_refused(const char *text)
{
    jx_rule r;
    jx_diag d;
    assert_int_equal(jx_rule_parse(text, strlen(text), &r, &d), JX_ERR_RULE_SYNTAX);
    assert_true(d.text[0] != '\0');
}

/* t08-01: each line a statement and its points in brackets: the levels. */
static void test_bracketed_levels(void **state)
{
    (void)state;
    jx_rule r = parse_ok("成立应急管理专家组,建立健全专家决策咨询制度。(1分)\n"
                         "成立应急管理专家组,尚未建立专家决策咨询制度。(0.5分)");
    assert_double_bits(score_text(&r, "尚未建立专家决策咨询制度", 1), 0.5);
    assert_double_bits(score_text(&r, "建立健全专家决策咨询制度", 1), 1);
    /* the words both statements share name neither */
    jx_actual both = { 1, 0, "成立应急管理专家组", strlen("成立应急管理专家组") };
    refused(&r, &both, 1, JX_ERR_LEVEL_UNKNOWN, NULL);
    explains(&r, "“尚未建立专家决策咨询制度”：0.5分；“建立健全专家决策咨询制度”：1分",
             "“尚未建立专家决策咨询制度”: 0.5 points; “建立健全专家决策咨询制度”: 1 points");
    jx_actual a = { 1, 0, "尚未建立专家决策咨询制度", strlen("尚未建立专家决策咨询制度") };
    score_explains(&r, &a, 1,
                   "实际“尚未建立专家决策咨询制度”，符合“尚未建立专家决策咨询制度”，0.5分，得0.5分",
                   "actual \"尚未建立专家决策咨询制度\", meets “尚未建立专家决策咨询制度”, "
                   "0.5 points, score 0.5");
    /* t08-02: the same with a line break inside no word */
    jx_rule t = parse_ok("制订应急预案管理办法,按规定及时修订总体预案、专项预案。(1分)\n"
                         "制订应急预案管理办法,未能及时按规定修订总体预案、专项预案。(0.5分)");
    assert_double_bits(score_text(&t, "未能及时修订", 1), 0.5);
    assert_double_bits(score_text(&t, "按规定及时修订", 1), 1);
    /* one statement alone with its points is no list of levels: as before */
    parse_refused("尚未建立专家决策咨询制度。(0.5分)");
    /* plain parts stay sub-items, summed when they add up to the points */
    jx_rule parts = parse_ok("目标明确(1分),目标细化(1.5分),目标量化(1.5 分)");
    assert_double_bits(score_text(&parts, "全部符合", 4), 4);
}

/* a09-04: 足额 before a percent step with no threshold: 100 %. */
static void test_full_amount(void **state)
{
    (void)state;
    jx_rule r = parse_ok("足额保障本地区中小学教职工编制的，得2分。若保障不到位的，每少1%，扣0.1分。");
    assert_double_bits(score_num(&r, 1.0, 2), 2);
    assert_double_bits(score_num(&r, 0.95, 2), 1.5);
    assert_double_bits(score_num(&r, 0.80, 2), 0);
    explains(&r, "≥100%：2分；其余：2分，自100%起每少1个百分点扣0.1分",
             "≥100%: 2 points; otherwise: 2 points, minus 0.1 per 1 percentage point below 100%");
    jx_actual a = { 1, 0, "95%", 3 };
    score_explains(&r, &a, 2, "实际95%，符合“其余”，低于100%共5档，扣0.5分，得1.5分",
                   "actual 95%, meets \"otherwise\", 5 steps below 100%, minus 0.5, score 1.5");
    /* with the exemption that needs other data, below 100 % is not scored */
    jx_rule x = parse_ok("1.按照国家规定的中小学教职工编制标准，根据现有学生数，足额保障本地区中小学教职工编制"
                         "的，得2分。若保障不到位的，每少1%，扣0.1分；但本地区中小学教职工编制总量与地区事业编"
                         "制总量的占比高于各地区平均占比加5%的，可不扣分。");
    assert_double_bits(score_num(&x, 1.0, 2), 2);
    jx_actual low = { 0, 0.95, NULL, 0 };
    refused(&x, &low, 2, JX_ERR_RULE_OPEN, "教职工编制总量");
    /* no percent step: 足额 stays a level named in words */
    jx_rule lv = parse_ok("足额保障本地区中小学教职工编制的，得2分。若保障不到位的，扣1分。");
    jx_actual pct = { 1, 0, "95%", 3 };
    refused(&lv, &pct, 2, JX_ERR_LEVEL_UNKNOWN, NULL);
    /* a threshold written: measured from it, 足额 or not */
    jx_rule own = parse_ok("足额保障率达到90%的，得2分，每少1%，扣0.1分");
    assert_double_bits(score_num(&own, 0.88, 2), 1.8);
}

/* b18-01, b18-03: lists whose last item follows 和. */
static void test_lists_with_he(void **state)
{
    (void)state;
    jx_rule r = parse_ok("重点县整合资金规模占年度总投资的30%以上、20%以上和10%以上,分别得6分、4分和2分。");
    assert_double_bits(score_num(&r, 0.35, 6), 6);
    assert_double_bits(score_num(&r, 0.25, 6), 4);
    assert_double_bits(score_num(&r, 0.10, 6), 2);
    assert_double_bits(score_num(&r, 0.05, 6), 0);
    explains(&r, "≥30%：6分；≥20%：4分；≥10%：2分", "≥30%: 6 points; ≥20%: 4 points; ≥10%: 2 points");
    jx_rule p = parse_ok("项目超过80%、70%和60%的,分别得6分、4分和2分。");
    assert_double_bits(score_num(&p, 0.80, 6), 4);
    assert_double_bits(score_num(&p, 0.85, 6), 6);
    /* 和 twice, or 、 after it: not one list */
    parse_refused("项目超过80%、70%和60%的,分别得6分、4分和2分和1分。");
    parse_refused("项目超过80%和70%、60%的,分别得6分、4分、2分。");
    /* two comparison words in one list */
    parse_refused("占总投资的30%以上、20%以下和10%以上,分别得6分、4分和2分。");
}

/* b18-01: a requirement in words beside the bands: met bands are not scored. */
static void test_also_requirement(void **state)
{
    (void)state;
    jx_rule r = parse_ok("1、已落实管护主体和建立运行管护制度的项目超过80%、70%和60%,且运行管护效果良好,"
                         "分别得6分、4分和2分。\n2、已落实管护主体和建立运行管护制度的项目不足60%,"
                         "或运行管护效果较差,不得分。");
    assert_double_bits(score_num(&r, 0.55, 6), 0);
    jx_actual hi = { 0, 0.85, NULL, 0 };
    refused(&r, &hi, 6, JX_ERR_RULE_OPEN, "运行管护效果良好");
    jx_actual mid = { 0, 0.65, NULL, 0 };
    refused(&r, &mid, 6, JX_ERR_RULE_OPEN, "运行管护效果良好");
    explains(&r, ">80%：还须“运行管护效果良好”，实际值未反映，不自动计分",
             ">80%: also requires \"运行管护效果良好\", which the actual does not show");
    /* one bound and 且: it gave 6 for 85 % (a silent wrong), now refused */
    jx_rule one = parse_ok("项目超过80%,且运行管护效果良好,得6分。\n项目不足60%,不得分。");
    refused(&one, &hi, 6, JX_ERR_RULE_OPEN, "运行管护效果良好");
    assert_double_bits(score_num(&one, 0.55, 6), 0);
    explains(&one, ">80%：还须“运行管护效果良好”", ">80%: also requires \"运行管护效果良好\"");
    /* a level beside a bound without 且 is as before */
    jx_rule plain = parse_ok("项目超过80%,得6分。");
    assert_double_bits(score_num(&plain, 0.85, 6), 6);
}

/* b18-03: "本项指标不得分" is "不得分". */
static void test_item_filler(void **state)
{
    (void)state;
    jx_rule r = parse_ok("重点县制定的资金整合计划未全部落实,本项指标不得分。");
    assert_double_bits(score_text(&r, "未全部落实", 14), 0);
}

/* c07-03: a rate defined "=(…/…)×100%", its bound glued after it. */
static void test_percent_definition(void **state)
{
    (void)state;
    jx_rule r = parse_ok("在职人员控制率=(在职人员数/编制数)100%小于或等于1计5分,否则按比例计分。");
    assert_double_bits(score_num(&r, 0.95, 5), 5);
    assert_double_bits(score_num(&r, 1, 5), 5);
    jx_actual over = { 1, 0, "110%", 4 };
    refused(&r, &over, 5, JX_ERR_RULE_OPEN, "否则按比例计分");
    explains(&r, "≤100%：5分", "≤100%: 5 points");
    jx_rule sep = parse_ok("在职人员控制率=(在职人员数/编制数)×100%,小于或等于1计5分。");
    assert_double_bits(score_text(&sep, "95%", 5), 5);
    /* a bound above 1 is as written: no percent from the definition */
    jx_rule big = parse_ok("在职人员控制率=(在职人员数/编制数)×100%,大于或等于90计5分。");
    assert_double_bits(score_num(&big, 95, 5), 5);
    /* a score formula is no definition */
    parse_refused("得分=(在职人员数/编制数)×100%小于或等于1计5分。");
}

/* b14-13: the count first, then the words of what it counts. */
static void test_count_then_words(void **state)
{
    (void)state;
    jx_rule r = parse_ok("无本底资料的，每个行业扣1分；本底资料不全的，酌情扣分。");
    assert_double_bits(score_text(&r, "2个行业无本底资料", 5), 3);
    assert_double_bits(score_text(&r, "无本底资料2个行业", 5), 3);
    jx_actual vague = { 1, 0, "2个行业本底资料不全", strlen("2个行业本底资料不全") };
    refused(&r, &vague, 5, JX_ERR_RULE_OPEN, "酌情扣分");
    /* words of the other polarity name nothing: refused */
    jx_rule one = parse_ok("无本底资料的，每个行业扣1分。");
    jx_actual has = { 1, 0, "2个行业有本底资料", strlen("2个行业有本底资料") };
    refused(&one, &has, 5, JX_ERR_NUMBER_SYNTAX, NULL);
}

/* b14-01: the actual lists some of the things the one step counts. */
static void test_named_items(void **state)
{
    (void)state;
    jx_rule r = parse_ok("无领导小组、项目负责人、协管员和协管信息员的，每一项扣0.5分，"
                         "缺协管人员和协管信息员的酌情扣分。");
    assert_double_bits(score_text(&r, "无领导小组", 2), 1.5);
    assert_double_bits(score_text(&r, "无领导小组、无协管员", 2), 1);
    jx_actual vague = { 1, 0, "缺协管人员和协管信息员", strlen("缺协管人员和协管信息员") };
    refused(&r, &vague, 2, JX_ERR_RULE_OPEN, "酌情扣分");
    /* one of them there says nothing of the others: it gave 2 */
    jx_actual one = { 1, 0, "有领导小组", strlen("有领导小组") };
    refused(&r, &one, 2, JX_ERR_NUMBER_SYNTAX, NULL);
    /* an item naming nothing listed: refused */
    jx_actual other = { 1, 0, "无领导小组、无办公室", strlen("无领导小组、无办公室") };
    refused(&r, &other, 2, JX_ERR_NUMBER_SYNTAX, NULL);
}

/* t03-03: the subject of the one failure, then "符合要求": no fault. */
static void test_subject_no_fault(void **state)
{
    (void)state;
    jx_rule r = parse_ok("接待室面积不足的扣10分。");
    assert_double_bits(score_text(&r, "接待室面积符合要求", 10), 10);
    assert_double_bits(score_text(&r, "面积不足", 10), 0);
    jx_actual other = { 1, 0, "办公室面积符合要求", strlen("办公室面积符合要求") };
    refused(&r, &other, 10, JX_ERR_LEVEL_UNKNOWN, NULL);
    jx_actual part = { 1, 0, "接待室符合要求", strlen("接待室符合要求") };
    refused(&r, &part, 10, JX_ERR_LEVEL_UNKNOWN, NULL);
    char m[1024];
    jx_actual a = { 1, 0, "接待室面积符合要求", strlen("接待室面积符合要求") };
    assert_jx_ok(jx_rule_score_explain(&r, &a, 10, JX_LANG_ZH, m, sizeof m));
    assert_non_null(strstr(m, "10"));
    assert_jx_ok(jx_rule_score_explain(&r, &a, 10, JX_LANG_EN, m, sizeof m));
    assert_non_null(strstr(m, "10"));
}

/* b07-04: equal kinds, each under its own cap. */
static void test_equal_kinds(void **state)
{
    (void)state;
    jx_rule r = parse_ok("未制定“一河一策”的,少1条扣1分,最高扣4分;未制定年度计划的,每少1条扣1分,最高扣4分。");
    assert_double_bits(score_text(&r, "少2条", 6), 4);    /* either kind, or one of each: 2 */
    assert_double_bits(score_num(&r, 0, 6), 6);
    assert_double_bits(score_text(&r, "年度计划少5条", 6), 2);   /* its own cap */
    assert_double_bits(score_text(&r, "少4条", 6), 2);
    /* past a cap, unnamed: 4 (one kind) or 5 (split)? */
    jx_actual past = { 1, 0, "少5条", strlen("少5条") };
    refused(&r, &past, 6, JX_ERR_LEVEL_UNKNOWN, NULL);
    explains(&r, "每1条扣1分，最多扣4分", "4");
}

/* c04-03: a deadline inside the task is part of the standard, not a bound. */
static void test_deadline_task(void **state)
{
    (void)state;
    jx_rule r = parse_ok("收到上级批复文件后在15个工作日内通知各村 的,得2分,有一项未达要求扣1分,最多扣2分 。");
    assert_double_bits(score_num(&r, 0, 2), 2);
    assert_double_bits(score_text(&r, "1项", 2), 1);
    assert_double_bits(score_text(&r, "3项", 2), 0);
    explains(&r, "每多1扣1分，最多扣2分", "2");
    /* a time limit that is the actual's measure stays a bound */
    jx_rule b = parse_ok("办结时间在5天以内的,得2分。");
    assert_double_bits(score_num(&b, 3, 2), 2);
    /* …内 then a denial stays a failure (a level) */
    jx_rule f = parse_ok("在5个工作日内未办结的,扣2分。");
    assert_double_bits(score_text(&f, "在5个工作日内未办结", 2), 0);
}

/* a26-25: kinds that only add, from nothing, one of them a list with 分别. */
static void test_adding_kinds(void **state)
{
    (void)state;
    jx_rule r = parse_ok("经验做法得到中央领导批示肯定的，每次加1分；得到省委省政府主要领导、分管领导或省综治委"
                         "领导批示肯定的，每次加0.5分；或在全国、全省性政法综治会上介绍推广的，每次分别加1分、0.5分");
    assert_double_bits(score_text(&r, "中央领导批示肯定3次", 10), 3);
    assert_double_bits(score_text(&r, "省综治委领导批示肯定2次", 10), 1);
    assert_double_bits(score_text(&r, "全国政法综治会上介绍推广2次", 10), 2);
    assert_double_bits(score_text(&r, "中央领导批示肯定3次、省综治委领导批示肯定2次", 10), 4);
    assert_double_bits(score_text(&r, "中央领导批示肯定20次", 10), 10);
    assert_double_bits(score_num(&r, 0, 10), 0);
    /* words two kinds share, or a bare count: which kind? */
    jx_actual shared = { 1, 0, "介绍推广2次", strlen("介绍推广2次") };
    refused(&r, &shared, 10, JX_ERR_LEVEL_UNKNOWN, NULL);
    jx_actual both = { 1, 0, "领导批示肯定2次", strlen("领导批示肯定2次") };
    refused(&r, &both, 10, JX_ERR_LEVEL_UNKNOWN, NULL);
    jx_actual bare = { 1, 0, "3次", strlen("3次") };
    refused(&r, &bare, 10, JX_ERR_LEVEL_UNKNOWN, NULL);
    explains(&r, "“经验做法得到中央领导批示肯定”每1次加1分", "1");
    /* one adding step alone is as before: a count from nothing */
    jx_rule one = parse_ok("得到中央领导批示肯定的，每次加1分");
    assert_double_bits(score_num(&one, 3, 10), 3);
    /* 分别 after 每次 with no list of names before it: refused */
    parse_refused("在全国政法综治会上介绍推广的，每次分别加1分、0.5分");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bracketed_levels),
        cmocka_unit_test(test_full_amount),
        cmocka_unit_test(test_lists_with_he),
        cmocka_unit_test(test_also_requirement),
        cmocka_unit_test(test_item_filler),
        cmocka_unit_test(test_percent_definition),
        cmocka_unit_test(test_count_then_words),
        cmocka_unit_test(test_named_items),
        cmocka_unit_test(test_subject_no_fault),
        cmocka_unit_test(test_equal_kinds),
        cmocka_unit_test(test_deadline_task),
        cmocka_unit_test(test_adding_kinds),
    };
    return cmocka_run_group_tests_name("ruletext_lists", tests, NULL, NULL);
}
