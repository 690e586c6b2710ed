/*
 * test_ruletext_fresh.c - forms of the fresh held-out 自评表 / 项目 sentences
 * (docs/RULES.md, "Forms of the fresh 自评表 sentences (g9)").  Sentences
 * are the corpus's (keys in tests/rules/sources-bpc.tsv, sources-bpd.tsv,
 * sources-bpf.tsv); each form is parsed, scored, explained (zh and en) and
 * shown refusing what it cannot read.
 */
#include "ruletext_testutil.h"

/* Refused at parse time, the diag quoting `clause`. */
static void parse_refused(const char *text, const char *clause)
{
    jx_rule r;
    jx_diag d;
    assert_int_equal(jx_rule_parse(text, strlen(text), &r, &d), JX_ERR_RULE_SYNTAX);
    assert_non_null(strstr(d.text, clause));
}

/* bpc03-01: a rate in words times the item's points, capped at the points
 * (g7's reading, jx_rt_rate_times_points; g9 found it in the fresh table). */
static void test_rate_times_points(void **state)
{
    (void)state;
    jx_rule r = parse_ok("执行率*该指标分值,最高不得超过分值上限。");
    assert_int_equal(r.n, 1);
    assert_int_equal(r.clause[0].out.kind, JX_RO_RATIO);
    assert_double_bits(score_text(&r, "50%", 10), 5);
    assert_double_bits(score_text(&r, "105%", 10), 10);
    jx_actual a = { 0, 50, NULL, 0 };             /* 50 typed for 50 %: a unit error */
    double s = 12345;
    assert_int_equal(jx_rule_score(&r, &a, 10, 2, &s, NULL), JX_ERR_PERCENT_UNIT);
    /* the cap note alone is no rule */
    parse_refused("最高不得超过分值上限", "最高不得超过分值上限");
}

/* bpd05-01: points written in quotes. */
static void test_quoted_points(void **state)
{
    (void)state;
    jx_rule r = parse_ok("要查看实施地点是否与规划的区域一致,一致的计“2”分。未经批准调整变更项目区的,视为与实施方案规划不一致,计“0”分。");
    assert_double_bits(score_text(&r, "一致", 4), 2);
    assert_double_bits(score_text(&r, "不一致", 4), 0);
    explains_score(&r, "一致", 4, "实际“一致”，符合“一致”，2分，得2分",
                   "actual \"一致\", meets “一致”, 2 points, score 2");
    /* a quote that does not close right after the number is no number */
    parse_refused("一致的计“2分", "一致的计“2分");
}

/* bpd02-01: a saving rate may be negative (节约率 in jx_rw_signed; the bound
 * below 0 is g7's jx_rt_scores_below_zero). */
static void test_below_zero(void **state)
{
    (void)state;
    jx_rule r = parse_ok("成本节约率0%以上计20分,低于0%,每降低1%扣1分,扣完为止");
    assert_int_equal(r.signed_actual, 1);
    assert_double_bits(score_text(&r, "-3%", 20), 17);
    /* the word alone: a saving rate ≥ 5 % and −3 % is short of it, not an error */
    jx_rule w = parse_ok("成本节约率5%以上计20分,低于5%不得分");
    assert_int_equal(w.signed_actual, 1);
    assert_double_bits(score_text(&w, "-3%", 20), 0);
    /* a sentence that never goes below 0 still refuses −3 % */
    jx_rule p = parse_ok("完成率90%以上计20分,低于90%,每降低1%扣1分,扣完为止");
    assert_int_equal(p.signed_actual, 0);
    jx_actual a = { 1, 0, "-3%", 4 };
    double s = 12345;
    assert_int_equal(jx_rule_score(&p, &a, 20, 2, &s, NULL), JX_ERR_NEGATIVE);
}

/* bpd02-05: a comparison word alone is the other side of the bound before. */
static void test_other_side(void **state)
{
    (void)state;
    jx_rule r = parse_ok("编外人数小于或等于155名计3分,超过不计分");
    assert_double_bits(score_num(&r, 153, 3), 3);
    assert_double_bits(score_num(&r, 155, 3), 3);
    assert_double_bits(score_num(&r, 156, 3), 0);
    explains_rule(&r, ">155名：不得分；≤155名：3分；其余：不得分",
                  ">155名: 0; ≤155名: 3 points; otherwise: 0");
    jx_rule l = parse_ok("完成率≥90%得满分,低于的得一半分");
    assert_double_bits(score_text(&l, "89%", 4), 2);
    /* the same side as the bound, or a two-sided bound: refused */
    parse_refused("完成率≥90%得满分,超过不得分", "超过不得分");
    parse_refused("完成率80%-90%得满分,低于的得一半分", "低于的得一半分");
    /* no bound before: no side is invented (it stays a word, no number) */
    jx_rule v = parse_ok("效果显著得满分,超过不得分");
    jx_actual a = { 0, 5, NULL, 0 };
    double s = 12345;
    assert_int_not_equal(jx_rule_score(&v, &a, 4, 2, &s, NULL), JX_OK);
}

/* bpc02-01, bpd04-01: a bare 无 / 否 against the bare denial level 没有. */
static void test_bare_yes_no(void **state)
{
    (void)state;
    jx_rule r = parse_ok("有项目年度工作计划或有上级文件或审批报告计2分,没有不得分。");
    assert_double_bits(score_text(&r, "有", 2), 2);
    assert_double_bits(score_text(&r, "没有", 2), 0);
    assert_double_bits(score_text(&r, "无", 2), 0);
    explains_score(&r, "无", 2, "实际“无”，符合“没有”，不得分，得0分",
                   "actual \"无\", meets “没有”, 0, score 0");
}

/* bpd02-02: 1次以上 is a bound; 未开展 next to count bounds is the count 0. */
static void test_none_done(void **state)
{
    (void)state;
    jx_rule r = parse_ok("开放日活动次数1次以上计3分,未开展不计分");
    assert_double_bits(score_text(&r, "2次", 3), 3);
    assert_double_bits(score_text(&r, "1次", 3), 3);
    assert_double_bits(score_text(&r, "0次", 3), 0);
    explains_rule(&r, "=0次：不得分；≥1次：3分；其余：不得分",
                  "=0次: 0; ≥1次: 3 points; otherwise: 0");
    /* 1次 alone is still an occurrence */
    jx_rule e = parse_ok("每开展1次计1分");
    assert_double_bits(score_text(&e, "2次", 3), 2);
    /* 未开展 that deducts next to a gap in the bands: refused, not guessed */
    parse_refused("开放日活动次数2次以上计3分,未开展扣1分", "未开展扣1分");
}

/* bpd01-02, bpd01-03: points for each criterion met (g6's criteria reading,
 * ruletext_parts.c; g9 had the same form and dropped its copy at the merge). */
static void test_each_met(void **state)
{
    (void)state;
    jx_rule r = parse_ok("是否设定了绩效目标,是否符合要求,是否细化量化,是否可衡量,符合一项得1分,不符合不得分。");
    assert_double_bits(score_text(&r, "4/4", 4), 4);
    assert_double_bits(score_text(&r, "3/4", 4), 3);
    assert_double_bits(score_text(&r, "0/4", 4), 0);
    jx_rule e = parse_ok("(1)建立领导小组;(2)成立专门工作机构。符合以上每项的,得2分,否则不得分。");
    assert_double_bits(score_text(&e, "2/2", 4), 4);
    assert_double_bits(score_text(&e, "1/2", 4), 2);
    assert_double_bits(score_text(&e, "0/2", 4), 0);
}

/* bpd04-04: parts after a colon, named as done, 均没有. */
static void test_parts_colon(void **state)
{
    (void)state;
    jx_rule r = parse_ok("1、运行监管记录3分:2、填报项目支出绩效监控表1分。没有不得分。");
    assert_int_equal(r.n, 3);
    assert_double_bits(score_text(&r, "有运行监管记录,已填报监控表", 4), 4);
    assert_double_bits(score_text(&r, "有运行监管记录,未填报监控表", 4), 3);
    assert_double_bits(score_text(&r, "均没有", 4), 0);
    explains_score(&r, "有运行监管记录,未填报监控表", 4,
                   "实际“有运行监管记录,未填报监控表”，按所符合的子项分值合计，得3分",
                   "actual \"有运行监管记录,未填报监控表\", the points of the sub-items met, summed, score 3");
    refused_text(&r, "已填报监控表", 4);          /* one part: only it, or among others? */
}

/* bpf02-01: a count before an all-parts word must be the number of parts. */
static void test_parts_count(void **state)
{
    (void)state;
    jx_rule r = parse_ok("印制宣传手册,得 1 分;举办就业政策培训班,得 1 分;经验材料被推广、转发或刊载,得 1 分。");
    assert_double_bits(score_text(&r, "三项均有", 3), 3);
    assert_double_bits(score_text(&r, "3项全部符合", 3), 3);
    assert_double_bits(score_text(&r, "均无", 3), 0);
    refused_text(&r, "两项均有", 3);               /* three parts, not two */
}

/* bpc03-02: a formula left to choose is open; the level before it scores. */
static void test_either_formula(void **state)
{
    (void)state;
    jx_rule r = parse_ok("完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。");
    assert_double_bits(score_text(&r, "达到指标值", 12.5), 12.5);
    jx_actual a = { 1, 0, "未达到指标值", strlen("未达到指标值") };
    double s = 12345;
    jx_diag d;
    assert_int_equal(jx_rule_score(&r, &a, 12.5, 2, &s, &d), JX_ERR_RULE_OPEN);
    assert_non_null(strstr(d.text, "按B/A或A/B*该指标分值记分"));
    explains_rule(&r, "“完成值达到指标值”：满分；“未达到指标值”：按B/A或A/B*该指标分值记分（需其他资料，不自动计分）",
                  "“完成值达到指标值”: full points; “未达到指标值”: \"按B/A或A/B*该指标分值记分\" (needs other data; not scored automatically)");
    /* one ratio, chosen: not this form (a ratio clause, as before) */
    jx_rule o = parse_ok("完成数/计划数×4分");
    assert_double_bits(score_text(&o, "3/4", 4), 3);
}

/* bpd01-01: some listed items scoring nothing under a condition: open. */
static void test_some_items_zero(void **state)
{
    (void)state;
    jx_rule r = parse_ok("(1)纳入规划;(2)编制了实施意见;(3)经批准;(4)符合要求。满足以上1项得1分,未编制《实施意见》的本指标(2)-(4)项不得分。");
    assert_double_bits(score_text(&r, "3/4", 4), 3);
    assert_double_bits(score_text(&r, "4/4", 4), 4);
    jx_actual a = { 1, 0, "未编制《实施意见》", strlen("未编制《实施意见》") };
    double s = 12345;
    jx_diag d;
    assert_int_equal(jx_rule_score(&r, &a, 4, 2, &s, &d), JX_ERR_RULE_OPEN);
    assert_double_bits(s, 12345);
    explains_score(&r, "3/4", 4, "实际3，符合“其余”，高于0共3档，加3分，得3分",
                   "actual 3, meets \"otherwise\", 3 steps above 0, plus 3, score 3");
    /* a condition that denies nothing the sentence lists: which items were
     * met says nothing of it, so the count is not certain: refused */
    parse_refused("(1)纳入规划;(2)建立领导小组;(3)经批准。每符合一项得1分,未按时报送的第2-3项不得分。",
                  "每符合一项得1分");
    /* the whole item to nothing under a condition (no item numbers): refused */
    parse_refused("满足以上1项得1分,未编制《实施意见》的不得分。", "满足以上1项得1分");
}

/* bpf04-03: a year in a document's name is no quantity (year_at in has_quantity,
 * merged from main; g9 had the same rule and dropped its copy). */
static void test_year_no_quantity(void **state)
{
    (void)state;
    jx_rule r = parse_ok("引导项目与XX市海洋经济发展总体规划、XX市2009年产业发展导向目录等规划文件的相符性,相符程度高:4分,基本相符:2分,不相符:0分");
    assert_double_bits(score_text(&r, "相符程度高", 4), 4);
    assert_double_bits(score_text(&r, "基本相符", 4), 2);
    /* a year beside a bound leaves the bound read */
    jx_rule b = parse_ok("2020年底完成率≥95%得满分,未达到95%得一半分");
    assert_double_bits(score_text(&b, "90%", 4), 2);
    /* a count of years is still a quantity: refused as before */
    parse_refused("引导项目3年内完成的相符性,相符程度高:4分,不相符:0分", "引导项目3年内完成的相符性");
}

/* bpf03-03: 0起 is nothing gone wrong (read through g11's 倒扣 as beyond the
 * score and the count of 一般事故; g9's own reading was dropped at the merge). */
static void test_zero_of_kind(void **state)
{
    (void)state;
    jx_rule r = parse_ok("建设过程中未发生安全事故的,得2分。每发生一起一般事故扣1分;发生较大及以上事故的,该项不得分,倒扣10分。");
    assert_double_bits(score_text(&r, "0起", 2), 2);
    assert_double_bits(score_text(&r, "发生1起一般事故", 2), 1);
}

/* Headings with their own points that no part reading takes: refused, not dropped. */
static void test_unread_parts(void **state)
{
    (void)state;
    /* "未培训" scored 0 of 2 whatever 人员职责明确 was (both headings dropped) */
    parse_refused("人员职责明确1分,否则不得分;进行培训1分,未培训0分。", "进行培训1分");
    /* one heading after a clause that scores is a part too (bpd03-08) */
    parse_refused("项目成立组织机构,人员职责明确:1分,否则不得分;是否对相关人员进行培训,进行培训1分,未培训0分。",
                  "进行培训1分");
    /* headings read as parts stay parts (b04-01) */
    jx_rule r = parse_ok("目标明确(1分),目标细化(1.5分),目标量化(1.5 分)");
    assert_double_bits(score_text(&r, "明确、细化", 4), 2.5);
}

/* bpf05-01: an outcome that is a share of the item's points. */
static void test_share_outcome(void **state)
{
    (void)state;
    jx_rule r = parse_ok("国家、市、部门三级文件中明确表述可以直接应用于项目立项依据的得满分,经分析可以应用于项目立项依据的得权重分的50%,不能直接应用于项目立项目的的不得分。");
    assert_double_bits(score_text(&r, "经分析可以应用于项目立项依据", 4), 2);
    assert_double_bits(score_text(&r, "不能直接应用于项目立项", 4), 0);
    jx_rule b = parse_ok("完成的得满分,基本完成的计该项分值的60%,未完成的不得分");
    explains_score(&b, "基本完成", 5, "实际“基本完成”，符合“基本完成”，0.6倍分值，得3分",
                   "actual \"基本完成\", meets “基本完成”, 0.6 × points, score 3");
    /* more than the whole points is no share */
    parse_refused("完成的得满分,基本完成的计该项分值的120%", "基本完成的计该项分值的120%");
}

/* bpf02-03: "其余三项符合": every part not named is met. */
static void test_rest_met(void **state)
{
    (void)state;
    jx_rule r = parse_ok("绩效目标符合正常的业绩水平,得 1 分;绩效目标细化、分解为具体的绩效指标,得 1 分;绩效目标与年度计划数或任务数相对应,得 1 分;绩效目标与预算确定的资金量相匹配,得 1 分。");
    assert_double_bits(score_text(&r, "绩效目标与预算确定的资金量不匹配,其余三项符合", 4), 3);
    assert_double_bits(score_text(&r, "绩效目标与预算确定的资金量不匹配,其余均符合", 4), 3);
    refused_text(&r, "绩效目标与预算确定的资金量不匹配,其余两项符合", 4);   /* 1 + 2 is not 4 */
    refused_text(&r, "其余三项符合", 4);                                   /* the rest of what? */
}

/* bpf02-02: 仅 + one part whose own name holds 和. */
static void test_only_one_part_with_he(void **state)
{
    (void)state;
    jx_rule r = parse_ok("制定促进就业的中长期规划和年度工作计划,得 1 分;有规范人力资源市场、完善就业服务、加强职业教育和培训、提供就业援助等措施,得 1 分;制定有针对就业困难人员的帮扶办法,得 1 分。");
    assert_double_bits(score_text(&r, "仅制定中长期规划和年度工作计划", 3), 1);
    /* with a list separator the items are cut at 和 too: the same part twice, refused */
    refused_text(&r, "仅制定中长期规划和年度工作计划、帮扶办法", 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rate_times_points),
        cmocka_unit_test(test_quoted_points),
        cmocka_unit_test(test_below_zero),
        cmocka_unit_test(test_other_side),
        cmocka_unit_test(test_bare_yes_no),
        cmocka_unit_test(test_none_done),
        cmocka_unit_test(test_each_met),
        cmocka_unit_test(test_parts_colon),
        cmocka_unit_test(test_parts_count),
        cmocka_unit_test(test_either_formula),
        cmocka_unit_test(test_some_items_zero),
        cmocka_unit_test(test_year_no_quantity),
        cmocka_unit_test(test_zero_of_kind),
        cmocka_unit_test(test_unread_parts),
        cmocka_unit_test(test_share_outcome),
        cmocka_unit_test(test_rest_met),
        cmocka_unit_test(test_only_one_part_with_he),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
