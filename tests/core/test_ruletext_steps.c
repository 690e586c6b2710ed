/*
 * test_ruletext_steps.c - numeric forms of 评扣分标准 sentences (issue 15, g7):
 * steps below a bound written 每少于, traditional characters, a formula
 * written with an OCR'd "=", steps per late year, per-band steps.  Each
 * form: the parse, the score, the explanation, and what stays refused.
 */
#include <stdlib.h>
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

#define BPB0202 "评价指标得分二支出使用资金占到位资金的比例*该项指标分值"
#define BPB0201 "财政资金、社会资本等资金拨付到位占经批准的实施方案确定的资金比例" \
                "(评价指标得分二资金到位率*该项指标分值)。"
#define BPB0204 "1 .各项评价指标按照经批准的实施方案确定的实现程度赋分,即“评价指标得分二" \
                "实际完成量/目标任务的比值*该项指标分值”。2 .若实施方案没有该项建设任务的,不扣分。"

/* bpb02: "得分=<a rate>×<the item's points>", "=" scanned as "二". */
static void test_rate_times_points(void **state)
{
    (void)state;
    jx_rule r = parse_ok(BPB0202);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.clause[0].out.kind, JX_RO_RATIO);
    assert_double_bits(score_num(&r, 0.9, 5), 4.5);
    assert_double_bits(score_num(&r, 1.2, 5), 5);
    explain_is(&r, "其余：完成比例×分值（至多1）", "otherwise: ratio × points (at most 1)");
    explains_score(&r, "90%", 5, "实际0.9，符合“其余”，完成比例×分值（至多1），得4.5分",
                   "actual 0.9, meets \"otherwise\", ratio × points (at most 1), score 4.5");
    r = parse_ok(BPB0201);
    assert_double_bits(score_num(&r, 0.8, 5), 4);
    /* no rate's name, a number for it, or a second factor: refused */
    static const char *const bad[] = {
        "评价指标得分二95%*该项指标分值", "得分二资金到位率", "评价指标得分二资金到位率*2分值",
        "评价指标得分二资金到位率/计划/总数*该项指标分值", "得分二资金到位*该项指标分值",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        jx_diag d;
        if (jx_rule_parse(bad[i], strlen(bad[i]), &r, &d) == JX_OK &&
            r.n == 1 && r.clause[0].out.kind == JX_RO_RATIO) {
            print_error("\"%s\" read as a ratio\n", bad[i]);
            fail();
        }
    }
}

/* bpb02-04: a lead "各项评价指标按照…赋分", the formula, and a level that
 * exempts the whole item: a number is the rate, the level's text full. */
static void test_formula_with_exemption(void **state)
{
    (void)state;
    jx_rule r = parse_ok(BPB0204);
    assert_double_bits(score_num(&r, 0.8, 2), 1.6);
    assert_double_bits(score_num(&r, 1, 2), 2);
    assert_double_bits(score_text(&r, "没有该项建设任务", 2), 2);
    explain_is(&r, "其余：完成比例×分值（至多1）；“若实施方案没有该项建设任务”：满分；其余：不得分",
               "otherwise: ratio × points (at most 1); “若实施方案没有该项建设任务”: full points; "
               "otherwise: 0");
    /* parts of the points next to a proportion stay OPEN (a rate of which?) */
    const char *t = "完成任务一的得2分,完成任务二的得3分,没有完成任务按比例得分。";
    r = parse_ok(t);
    jx_actual a = { 1, 0, "80%", 3 };
    double sc = 12345;
    assert_int_not_equal(jx_rule_score(&r, &a, 5, 2, &sc, NULL), JX_OK);
}

#define BPB0203 "项目实施前,资金一次性到位的,或根据项目年度投资计划分期到位的,得满分;" \
                "资金到位滞后年度投资计划,每滞后一年扣2分,扣完为止。"

/* bpb02-03: 每滞后一年 a step of lateness from 0 (it was read "≥1年: 扣2分",
 * 3 years late → 8); "一次性" counts nothing; "滞后3年" a written excess. */
static void test_step_per_late_year(void **state)
{
    (void)state;
    jx_rule r = parse_ok(BPB0203);
    assert_double_bits(score_text(&r, "滞后1年", 10), 8);
    assert_double_bits(score_text(&r, "滞后3年", 10), 4);
    assert_double_bits(score_text(&r, "滞后6年", 10), 0);
    assert_double_bits(score_text(&r, "资金一次性到位", 10), 10);
    refused_text(&r, "3年", 10);           /* late, or on time for 3 years? */
    refused_text(&r, "滞后3天", 10);       /* another unit */
    explains_score(&r, "滞后3年", 10, "实际3年，符合“其余”，高于0年共3档，扣6分，得4分",
                   "actual 3年, meets \"otherwise\", 3 steps above 0年, minus 6, score 4");
    r = parse_ok("资金到位滞后年度投资计划,每滞后一年扣2分,扣完为止。");
    assert_double_bits(score_text(&r, "滞后3年", 10), 4);
    explain_is(&r, "其余：满分，自0年起每多1年扣2分，扣完为止（只计整档）",
               "otherwise: full points, minus 2 per 1年 above 0年, down to 0 (whole steps)");
    /* bpf01-05 (held out): the verb of what is late between word and number */
    r = parse_ok("1.按照中央和省有关规定拨付使用专项补助资金的,得3分。 2.没有及时拨付使用的,每延迟拨付1天扣1分,"
                 "最多扣3分。 3.没有按国库管理制度规定拨付核算专项资金的,不得分。");
    assert_double_bits(score_text(&r, "延迟拨付2天", 3), 1);
    assert_double_bits(score_text(&r, "没有按国库管理制度规定拨付核算专项资金", 3), 0);
    r = parse_ok("资金一次性到位的,得满分。");
    assert_int_equal(r.clause[0].cond.kind, JX_RC_LEVEL);
}

#define N0205 "偏离幅度在±20%之间，得10分；偏离幅度在±20%-±30%之间，每多偏离1%扣0.2分；" \
              "偏离幅度在±30%-±40%之间，每多偏离1%扣0.3分；偏离幅度>40%或<-40%,每多偏离1%扣0.5分。" \
              "最低得分为0分。"

/* n02-05: ± bands with steps, each band from the score the band before
 * reached (30 % → 8, 35 % → 6.5), both signs; "在±20%之间" is |x| ≤ 20 %
 * (it read "≥20%"), ">40%或<-40%" is |x| > 40 %. */
static void test_steps_band_after_band(void **state)
{
    (void)state;
    jx_rule r = parse_ok(N0205);
    assert_int_equal(r.abs_actual, 1);
    assert_double_bits(score_text(&r, "-15%", 10), 10);
    assert_double_bits(score_text(&r, "25%", 10), 9);
    assert_double_bits(score_text(&r, "-25%", 10), 9);
    assert_double_bits(score_text(&r, "30%", 10), 8);
    assert_double_bits(score_text(&r, "35%", 10), 6.5);
    assert_double_bits(score_text(&r, "-45%", 10), 2.5);
    assert_double_bits(score_text(&r, "60%", 10), 0);
    explain_is(&r, "按实际值的绝对值（±）：20%–30%（含）：10分，自20%起每多1个百分点扣0.2分，扣完为止（只计整档）；"
                   "30%–40%（含）：8分，自30%起每多1个百分点扣0.3分，扣完为止（只计整档）；≤20%：10分；"
                   "其余：5分，自40%起每多1个百分点扣0.5分，扣完为止（只计整档）",
               "by the size of the actual (±): 20%–30% (incl.): 10 points, minus 0.2 per 1 percentage point "
               "above 20%, down to 0 (whole steps); 30%–40% (incl.): 8 points, minus 0.3 per 1 percentage "
               "point above 30%, down to 0 (whole steps); ≤20%: 10 points; otherwise: 5 points, minus 0.5 "
               "per 1 percentage point above 40%, down to 0 (whole steps)");
    explains_score(&r, "35%", 10, "实际35%，符合“30%–40%（含）”，高于30%共5档，扣1.5分，得6.5分",
                   "actual 35%, meets \"30%–40% (incl.)\", 5 steps above 30%, minus 1.5, score 6.5");
    r = parse_ok("偏离幅度在±20%之间，得10分");
    assert_double_bits(score_text(&r, "25%", 10), 0);
    assert_double_bits(score_text(&r, "-5%", 10), 10);
    /* not the same bound on both sides: refused */
    jx_diag d;
    const char *t = "偏离幅度>40%或<-30%,得5分";
    assert_jx_err(jx_rule_parse(t, strlen(t), &r, &d), JX_ERR_RULE_SYNTAX);
    /* the full points unstated: the later band's base is unknown, refused */
    t = "20%以内得满分；20%-30%之间，每超1%扣0.2分；30%-40%之间，每超1%扣0.3分";
    assert_jx_err(jx_rule_parse(t, strlen(t), &r, &d), JX_ERR_RULE_SYNTAX);
    assert_non_null(strstr(d.text, "每超1%扣0.3分"));
    r = parse_ok("20%以内得10分；20%-30%之间，每超1%扣0.2分；30%-40%之间，每超1%扣0.3分");
    assert_double_bits(score_num(&r, 0.35, 10), 6.5);
}

#define N0101 "固定资产投资增幅完成目标任务计12分，未完成按比例扣分，超额完成1个百分点加0.3分，" \
              "加分不超过3分，总分不超过15分"
#define N0102B "完成任务计4.6分，完不成任务按比例计分;超额完成目标每个加0.2分，加分不超过0.4分。总分不超过5分"

/* n01-01: completion points, a proportion of them below, a bonus per step
 * of an excess written in words.  80 % was 0.8 × P (12 on 15), now 0.8 × 12. */
static void test_completion_and_written_excess(void **state)
{
    (void)state;
    jx_rule r = parse_ok(N0101);
    assert_double_bits(score_text(&r, "超额完成5个百分点", 15), 13.5);
    assert_double_bits(score_text(&r, "超额完成20个百分点", 15), 15);
    assert_double_bits(score_text(&r, "80%", 15), 9.6);
    assert_double_bits(score_text(&r, "100%", 15), 12);
    refused_text(&r, "超额完成5个", 15);          /* not the step's unit */
    refused_text(&r, "超额完成5%", 15);
    jx_actual a = { 1, 0, "120%", 4 };
    double sc = 12345;
    jx_diag d;
    assert_jx_err(jx_rule_score(&r, &a, 15, 2, &sc, &d), JX_ERR_RULE_OPEN);
    assert_non_null(strstr(d.text, "超额完成1个百分点加0.3分"));
    explain_is(&r, ">1：超额完成1个百分点加0.3分（需其他资料，不自动计分）；≤1：完成比例×12分（至多1）；"
                   "“超额完成”：12分，自0起每多1加0.3分（只计整档）；其余：不得分；最高15分（可超过分值）",
               ">1: \"超额完成1个百分点加0.3分\" (needs other data; not scored automatically); ≤1: ratio × 12 points (at most 1); "
               "“超额完成”: 12 points, plus 0.3 per 1 above 0 (whole steps); otherwise: 0; at most 15 points "
               "(may exceed the item's points)");
    explains_score(&r, "超额完成5个百分点", 15,
                   "实际“超额完成5个百分点”，符合“超额完成”，高于0共5档，加1.5分，得13.5分",
                   "actual \"超额完成5个百分点\", meets “超额完成”, 5 steps above 0, plus 1.5, score 13.5");
    r = parse_ok(N0102B);
    assert_double_bits(score_text(&r, "超额完成1个", 5), 4.8);
    assert_double_bits(score_text(&r, "超额完成5个", 5), 5);
    assert_double_bits(score_text(&r, "80%", 5), 3.68);
}

#define N0102 "入限服务企业按照第一季度完成全年目标任务的10%，上半年20%，前三季度40%，全年100%分配任务，" \
              "完成任务计4.6分，完不成任务按比例计分;超额完成目标每个加0.2分，加分不超过0.4分。总分不超过5分"

/* n01-02: a schedule of the task over the periods is a lead-in. */
static void test_schedule_lead_in(void **state)
{
    (void)state;
    jx_rule r = parse_ok(N0102);
    assert_double_bits(score_text(&r, "超额完成1个", 5), 4.8);
    assert_double_bits(score_text(&r, "80%", 5), 3.68);
    explain_is(&r, ">1：超额完成目标每个加0.2分（需其他资料，不自动计分）；≤1：完成比例×4.6分（至多1）；"
                   "“超额完成”：4.6分，自0起每多1加0.2分（只计整档）；其余：不得分；最高5分（可超过分值）",
               ">1: \"超额完成目标每个加0.2分\" (needs other data; not scored automatically); ≤1: ratio × 4.6 "
               "points (at most 1); “超额完成”: 4.6 points, plus 0.2 per 1 above 0 (whole steps); otherwise: 0; "
               "at most 5 points (may exceed the item's points)");
    /* no task assigned at the end: the percentages stay unread, refused */
    jx_diag d;
    const char *t = "按照第一季度完成全年目标任务的10%，上半年20%，完成任务计4.6分";
    assert_jx_err(jx_rule_parse(t, strlen(t), &r, &d), JX_ERR_RULE_SYNTAX);
}

#define BPB0404 "山区、丘陵地区和内蒙古、西藏、青海、宁夏、新疆等省区的国定牧区、半农半牧区:覆盖沼气用户达到300户" \
    "及以上的得10分,299-271户的得9分,270-241户的得8分,240-211户的得7分,210-181户的得6分,180-150户的得5分," \
    "低于150户的不得分。其它地区:覆盖沼气用户达到450户及以上的得10分,449-400户的得9分,399-350户的得8分," \
    "349-300户的得7分,299-250户的得6分,249-200户的得5分,低于200户的不得分。"

/* bpb04-04: two tables (bands written high to low) for two kinds of
 * place; the actual names none, so only where both agree is a score. */
static void test_two_tables_must_agree(void **state)
{
    (void)state;
    jx_rule r = parse_ok(BPB0404);
    assert_double_bits(score_text(&r, "500户", 10), 10);
    assert_double_bits(score_text(&r, "450户", 10), 10);
    assert_double_bits(score_text(&r, "100户", 10), 0);
    assert_double_bits(score_text(&r, "149户", 10), 0);
    static const char *const which[] = { "320户", "449户", "150户", "200户", "299户" };
    for (size_t i = 0; i < sizeof which / sizeof *which; i++) {
        jx_actual a = { 1, 0, which[i], strlen(which[i]) };
        double sc = 12345;
        jx_diag d;
        assert_jx_err(jx_rule_score(&r, &a, 10, 2, &sc, &d), JX_ERR_RULE_OPEN);
        assert_non_null(strstr(d.text, "其它地区"));
    }
    explains_score(&r, "500户", 10, "实际500户，符合“≥450户”，10分，得10分",
                   "actual 500户, meets \"≥450户\", 10 points, score 10");
    char buf[2048];
    jx_rule_explain(&r, JX_LANG_ZH, buf, sizeof buf);
    assert_non_null(strstr(buf, "≥450户：10分"));
    assert_non_null(strstr(buf, "另一种：“其它地区:”"));
    /* one table under a heading stays one table */
    r = parse_ok("其它地区:覆盖沼气用户达到450户及以上的得10分,449-400户的得9分,低于400户的不得分。");
    assert_double_bits(score_text(&r, "420户", 10), 9);
}

/* bpd02-01 (held out): a rate the sentence scores below 0 % may be negative. */
static void test_rate_scored_below_zero(void **state)
{
    (void)state;
    jx_rule r = parse_ok("成本节约率0%以上计20分,低于0%,每降低1%扣1分,扣完为止");
    assert_int_equal(r.signed_actual, 1);
    assert_double_bits(score_text(&r, "-3%", 20), 17);
    assert_double_bits(score_text(&r, "-25%", 20), 0);
    assert_double_bits(score_text(&r, "0%", 20), 20);
    explains_score(&r, "-3%", 20, "实际-3%，符合“其余”，低于0%共3档，扣3分，得17分",
                   "actual -3%, meets \"otherwise\", 3 steps below 0%, minus 3, score 17");
    /* steps below 95 % say nothing of negatives: still refused */
    r = parse_ok("完成率95%以上计20分,每降低1%扣1分,扣完为止");
    assert_int_equal(r.signed_actual, 0);
    jx_actual a = { 1, 0, "-3%", 3 };
    double sc = 12345;
    assert_int_not_equal(jx_rule_score(&r, &a, 20, 2, &sc, NULL), JX_OK);
}

/* bpc03-01 (held out): the formula alone, a cap at the item's points. */
static void test_formula_alone_capped(void **state)
{
    (void)state;
    jx_rule r = parse_ok("执行率*该指标分值,最高不得超过分值上限。");
    assert_double_bits(score_text(&r, "50%", 10), 5);
    assert_double_bits(score_text(&r, "105%", 10), 10);
    explain_is(&r, "其余：完成比例×分值（至多1）", "otherwise: ratio × points (at most 1)");
    /* a number for the rate, or a cap at another number: not these forms */
    jx_diag d;
    const char *t = "95%*该指标分值";
    assert_int_not_equal(jx_rule_parse(t, strlen(t), &r, &d), JX_OK);
    r = parse_ok("资金到位滞后,每拖延一天扣0.5分,直至归零。");
    assert_double_bits(score_text(&r, "拖延4天", 15), 13);
    assert_double_bits(score_text(&r, "拖延40天", 15), 0);
}

#define A1301 "1、驻点天数基数20天/月，基础分10分（最高分），19-15天得9分，14-10天得8分，9天以下每少一天就" \
              "从8分里减一分，\n         直至归零；"

/* a13-01: a base value with its base score (the top), bands high to low,
 * steps below the last band from the score they name (从8分里减一分). */
static void test_base_value_and_named_base(void **state)
{
    (void)state;
    jx_rule r = parse_ok(A1301);
    assert_double_bits(score_text(&r, "20天", 10), 10);
    assert_double_bits(score_text(&r, "25天", 10), 10);
    assert_double_bits(score_text(&r, "15天", 10), 9);
    assert_double_bits(score_text(&r, "12天", 10), 8);
    assert_double_bits(score_text(&r, "9天", 10), 8);     /* from the clause's own bound */
    assert_double_bits(score_text(&r, "7天", 10), 6);
    assert_double_bits(score_text(&r, "0天", 10), 0);
    explain_is(&r, "15天（含）–19天（含）：9分；10天（含）–14天（含）：8分；≥20天：10分；"
                   "其余：8分，自9天起每少1天扣1分，扣完为止（只计整档）",
               "15天 (incl.)–19天 (incl.): 9 points; 10天 (incl.)–14天 (incl.): 8 points; ≥20天: 10 points; "
               "otherwise: 8 points, minus 1 per 1天 below 9天, down to 0 (whole steps)");
    explains_score(&r, "7天", 10, "实际7天，符合“其余”，低于9天共2档，扣2分，得6分",
                   "actual 7天, meets \"otherwise\", 2 steps below 9天, minus 2, score 6");
    /* a base value inside a band: refused on the overlap */
    jx_diag d;
    const char *t = "驻点天数基数15天/月，基础分10分（最高分），19-15天得9分";
    assert_jx_err(jx_rule_parse(t, strlen(t), &r, &d), JX_ERR_RULE_SYNTAX);
}

/* Fuzz find (check-fuzz, seed 1): a label ending at the text's last byte
 * read one byte past it (copy_label); under ASan the exact-size buffer
 * shows it.  The text has no NUL after it, as an add-in argument may not. */
static void test_label_at_text_end(void **state)
{
    (void)state;
    static const char t[] = "1.评分标准: 100 分:实行了档案管理; 0 分:未实案管理";
    size_t n = sizeof t - 1;
    char *buf = malloc(n);
    assert_non_null(buf);
    memcpy(buf, t, n);
    jx_rule r;
    jx_diag d;
    jx_err e = jx_rule_parse(buf, n, &r, &d);
    assert_true(e == JX_OK || e == JX_ERR_RULE_SYNTAX);
    free(buf);
    /* the second find (a 30 s run, seed 11): a bound word looked for up to 8
     * bytes past a definition's end, past the text (after_definition) */
    static const char u[] = "在职人员控制率=(在职人员数/编制数)100%小";
    n = sizeof u - 1;
    buf = malloc(n);
    assert_non_null(buf);
    memcpy(buf, u, n);
    e = jx_rule_parse(buf, n, &r, &d);
    assert_true(e == JX_OK || e == JX_ERR_RULE_SYNTAX);
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_step_below_written_shao_yu),
        cmocka_unit_test(test_bound_then_measured_noun),
        cmocka_unit_test(test_rate_times_points),
        cmocka_unit_test(test_formula_with_exemption),
        cmocka_unit_test(test_step_per_late_year),
        cmocka_unit_test(test_steps_band_after_band),
        cmocka_unit_test(test_completion_and_written_excess),
        cmocka_unit_test(test_schedule_lead_in),
        cmocka_unit_test(test_two_tables_must_agree),
        cmocka_unit_test(test_rate_scored_below_zero),
        cmocka_unit_test(test_formula_alone_capped),
        cmocka_unit_test(test_base_value_and_named_base),
        cmocka_unit_test(test_label_at_text_end),
    };
    return cmocka_run_group_tests_name("ruletext_steps", tests, NULL, NULL);
}
