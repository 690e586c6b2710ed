/*
 * test_ruletext_num.c - the numeric forms of 评扣分标准 sentences (issue 15,
 * gnum): a stated target and scores beyond the points, ranks counted from
 * the bottom and rank lists, a zero of the measure ranked.  Each form: the
 * parse, the score, the explanation, and what stays refused.
 */
#include "ruletext_testutil.h"

/* The clause a refusal quotes. */
static const char *refusal_quote(const char *text, char *quote, size_t cap)
{
    jx_rule r;
    jx_diag d;
    assert_jx_err(jx_rule_parse(text, strlen(text), &r, &d), JX_ERR_RULE_SYNTAX);
    snprintf(quote, cap, "%s", d.text);
    return quote;
}

static jx_err score_err_text(const jx_rule *r, const char *actual, double points)
{
    jx_actual a = { 1, 0, actual, strlen(actual) };
    double s = 12345;
    return jx_rule_score(r, &a, points, 2, &s, NULL);
}

static jx_err score_err_num(const jx_rule *r, double actual, double points)
{
    jx_actual a = { 0, actual, NULL, 0 };
    double s = 12345;
    return jx_rule_score(r, &a, points, 2, &s, NULL);
}

static void explain_has(const jx_rule *r, jx_lang lang, const char *want)
{
    char buf[1024];
    jx_rule_explain(r, lang, buf, sizeof buf);
    if (!strstr(buf, want)) {
        print_error("explanation \"%s\" lacks \"%s\"\n", buf, want);
        fail();
    }
}

static void score_explain_has(const jx_rule *r, const char *actual, double points,
                              jx_lang lang, const char *want)
{
    char buf[1024];
    jx_actual a = { 1, 0, actual, strlen(actual) };
    assert_jx_ok(jx_rule_score_explain(r, &a, points, lang, buf, sizeof buf));
    if (!strstr(buf, want)) {
        print_error("score explanation \"%s\" lacks \"%s\"\n", buf, want);
        fail();
    }
}

#define A19 "1.财政总收入(20分) 全面实现全市经济工作会议确定的增长8%的目标,达目标的计满分," \
            "不达目标不计分,每超目标两个百分点加1分;"

/* a19-01: a target stated once, 达目标 / 不达目标, and a bonus on top of 满分
 * with no cap: the score goes beyond the item's points. */
static void test_target_and_bonus_beyond(void **state)
{
    (void)state;
    jx_rule r = parse_ok(A19);
    assert_int_equal(r.above_points, 1);
    assert_int_equal(r.below_zero, 0);
    assert_double_bits(score_text(&r, "8%", 20), 20);
    assert_double_bits(score_text(&r, "7.5%", 20), 0);
    assert_double_bits(score_text(&r, "12%", 20), 22);     /* 2 steps of 2 points */
    assert_double_bits(score_text(&r, "9.9%", 20), 20);    /* whole steps only */
    assert_double_bits(score_num(&r, 0.16, 20), 24);
    explain_has(&r, JX_LANG_ZH, "加分可超过分值");
    explain_has(&r, JX_LANG_EN, "may exceed the points");
    score_explain_has(&r, "12%", 20, JX_LANG_ZH, "加2分，得22分");
    score_explain_has(&r, "12%", 20, JX_LANG_EN, "score 22");
    /* the compiled formula clamps to [0, P]: refused, quoting the step */
    char f[4096];
    jx_diag d;
    static const jx_formula_refs refs = { "B2", "C2", NULL };
    assert_jx_err(jx_formula_rule(&r, &refs, 2, A19, f, sizeof f, &d), JX_ERR_RULE_SYNTAX);
    assert_non_null(strstr(d.text, "每超目标"));
}

/* Fuzz find: a step adding on a 满分 nobody stated (a garbled base) made the
 * score unbounded; only a 满分 the sentence states at the step's bound lets
 * additions go beyond the points. */
static void test_beyond_needs_stated_full(void **state)
{
    (void)state;
    jx_rule r = parse_ok("总分8分。<br>\n入室盗窃案件6分，每下降1起加0.2分，上升一赈零发案计8分。");
    assert_int_equal(r.above_points, 0);
    assert_true(score_text(&r, "下降3起", 10) <= 10);
    /* the heading's points still bind a stated target's sentence */
    jx_rule a = parse_ok(A19);
    assert_int_equal(score_err_text(&a, "12%", 10), JX_ERR_RULE_SYNTAX);   /* (20分) on 10 */
}

/* 目标 with no target stated, or two targets: refused. */
static void test_target_refused(void **state)
{
    (void)state;
    char q[128];
    assert_non_null(strstr(refusal_quote("达目标的计满分,不达目标不计分", q, sizeof q), "目标"));
    assert_non_null(strstr(refusal_quote("增长8%的目标,增长6%的目标,达目标的计满分,不达目标不计分",
                                   q, sizeof q), "目标"));
    /* a bonus over 满分 under a cap stays within it: no above_points */
    jx_rule r = parse_ok("增长8%的目标,达目标的计满分,不达目标不计分,每超目标1个百分点加1分,"
                         "最高不超过20分");
    assert_double_bits(score_text(&r, "15%", 20), 20);
}

/* n02-01: an explicit top above the points ("最高得分为20分") and 最低得分为0分. */
static void test_explicit_top(void **state)
{
    (void)state;
    jx_rule r = parse_ok("达到上年水平得3分，每提高1个百分点加0.1分，每降低1个百分点扣0.1分，"
                         "最低得分为0分，最高得分为5分");
    assert_int_equal(r.above_points, 1);
    assert_double_bits(score_text(&r, "15%", 4), 4.5);    /* above the 4 points */
    assert_double_bits(score_text(&r, "50%", 4), 5);
    assert_double_bits(score_text(&r, "-10%", 4), 2);
    explain_has(&r, JX_LANG_ZH, "可超过分值");
    char q[128];
    assert_non_null(strstr(refusal_quote("100%得满分,每低于1个百分点扣0.5分,最低得分为2分", q, sizeof q),
                           "最低得分为2分"));
}

#define A06 "对全省各市对应部门编制总量进行加权平均处理后的排名，排名倒数第1名、第2名、第3名的" \
            "分别计2分、1.9分、1.8分，倒数第4名及以上的，每进1名扣0.1分。"

/* a06-01: ranks listed one by one, counted from the bottom, then a step
 * going on from the last rank listed. */
static void test_ranks_from_bottom(void **state)
{
    (void)state;
    jx_rule r = parse_ok(A06);
    assert_int_equal(r.rank_from_bottom, 1);
    assert_double_bits(score_text(&r, "倒数第1名", 2), 2);
    assert_double_bits(score_text(&r, "倒数第2名", 2), 1.9);
    assert_double_bits(score_text(&r, "倒数第3名", 2), 1.8);
    assert_double_bits(score_text(&r, "倒数第4名", 2), 1.7);
    assert_double_bits(score_text(&r, "倒数第10名", 2), 1.1);
    assert_double_bits(score_text(&r, "倒数第30名", 2), 0);
    /* which end? a rank that does not say 倒数 is refused */
    assert_int_equal(score_err_text(&r, "第4名", 2), JX_ERR_NUMBER_SYNTAX);
    assert_int_equal(score_err_num(&r, 4, 2), JX_ERR_NUMBER_SYNTAX);
    explain_has(&r, JX_LANG_ZH, "倒数第3名");
    score_explain_has(&r, "倒数第4名", 2, JX_LANG_ZH, "扣0.1分，得1.7分");
    score_explain_has(&r, "倒数第4名", 2, JX_LANG_EN, "score 1.7");
    /* 每进 is a step up only from the bottom; 第N名以上 from the top is ambiguous */
    char q[128];
    assert_non_null(strstr(refusal_quote("排名第1名、第2名的分别计2分、1.9分，第3名及以后的，每进1名扣0.1分",
                                   q, sizeof q), "每进"));
    assert_non_null(strstr(refusal_quote("第4名及以上的扣1分", q, sizeof q), "第4名"));
}

/* a09-03-like lists from the top: 第N名、第M名 exact, others not listed. */
static void test_rank_items_top(void **state)
{
    (void)state;
    jx_rule r = parse_ok("第1名、第2名、第3名分别得5分、4分、3分");
    assert_double_bits(score_text(&r, "第2名", 5), 4);
    assert_int_equal(score_err_text(&r, "第4名", 5), JX_ERR_RULE_SYNTAX);   /* not listed */
    assert_int_equal(score_err_num(&r, 0, 5), JX_ERR_RANGE);               /* no rank 0 */
}

/* b03-04: rank bands and a zero of the measure ranked (a level). */
static void test_rank_bands_zero_share(void **state)
{
    (void)state;
    jx_rule r = parse_ok("占比排名前5名的得满分,6-10名的扣0.5分,11名以后扣1分,占比为0的不得分。");
    assert_double_bits(score_text(&r, "第3名", 5), 5);
    assert_double_bits(score_text(&r, "第8名", 5), 4.5);
    assert_double_bits(score_text(&r, "第12名", 5), 4);
    assert_double_bits(score_text(&r, "占比为0", 5), 0);
    assert_int_equal(score_err_num(&r, 0, 5), JX_ERR_RANGE);   /* 0 is no rank */
    /* next to bands in percent "为0" is the exact value 0 %, as before */
    jx_rule p = parse_ok("≥90%得满分,80%-90%得3分,占比为0的不得分");
    assert_double_bits(score_text(&p, "0%", 5), 0);
    assert_double_bits(score_text(&p, "85%", 5), 3);
}

/* a06-10: a standard each unit must meet, then a deduction per unit failing
 * it; the actual is the count failing. */
static void test_units_failing_standard(void **state)
{
    (void)state;
    jx_rule r = parse_ok("单个内设机构实际人员配置数不低于内设机构人员平均数的1/2，得1.5分；"
                         "每有1个内设机构实际人员配置数达不到要求的，扣0.5分");
    assert_double_bits(score_num(&r, 0, 1.5), 1.5);
    assert_double_bits(score_text(&r, "2个", 1.5), 0.5);
    assert_double_bits(score_text(&r, "3个", 1.5), 0);
    score_explain_has(&r, "2个", 1.5, JX_LANG_ZH, "扣1分，得0.5分");
    /* a24-04: a title naming the same points, a standard per month */
    jx_rule m = parse_ok("4、家電下鄉完成補貼率得3分。每月家電下鄉補貼率在97%以上得3分,"
                         "有一個月達不到該比率的扣1分。");
    assert_double_bits(score_num(&m, 0, 3), 3);
    assert_double_bits(score_text(&m, "2個月", 3), 1);
    /* without a clause naming the standard back, the bound in words stays refused */
    char q[128];
    assert_non_null(strstr(refusal_quote("不低于内设机构人员平均数的1/2，得1.5分；每缺1人扣0.5分", q, sizeof q),
                           "平均数"));
}

/* a22-07 and a10-03: a required count, as a bound with the year as lead-in,
 * or as a frequency over the year; counted below it. */
static void test_required_counts(void **state)
{
    (void)state;
    jx_rule r = parse_ok("1、法制宣传教育4分,一年至少进行2次法制教育宣传,"
                         "未进行法制宣传教育一次扣2分,直至本项目分扣完;");
    assert_double_bits(score_text(&r, "2次", 4), 4);
    assert_double_bits(score_text(&r, "1次", 4), 2);
    assert_double_bits(score_text(&r, "0次", 4), 0);
    jx_rule m = parse_ok("1.按要求每月上报本单位河长制工作开展情况，得5分，\n每少一次扣0.5分，扣完为止");
    assert_double_bits(score_text(&m, "12次", 5), 5);
    assert_double_bits(score_text(&m, "少2次", 5), 4);
    assert_double_bits(score_text(&m, "10次", 5), 4);
    assert_int_equal(score_err_text(&m, "少13次", 5), JX_ERR_NUMBER_SYNTAX);  /* more than 12 */
    explain_has(&m, JX_LANG_ZH, "自12次起每少1次扣0.5分");
    explain_has(&m, JX_LANG_EN, "below 12");
    /* another period named: the frequency is not a count over the year */
    jx_rule q = parse_ok("按要求每月上报本季度工作情况，得5分，每少一次扣0.5分");
    assert_int_equal(score_err_text(&q, "12次", 5), JX_ERR_NUMBER_SYNTAX);
}

/* a10-07: a required count met, else the proportion of it. */
static void test_count_or_proportion(void **state)
{
    (void)state;
    jx_rule r = parse_ok("对依法依规查处破坏渔业资源案件，严厉查处电、毒、炸鱼等非法捕捞行为，\n"
                         "年内全县查处非法捕捞案件10例以上（含简易案件）;\n否则按完成比例得分（15分）。");
    assert_double_bits(score_text(&r, "12例", 15), 15);
    assert_double_bits(score_text(&r, "10例", 15), 15);
    assert_double_bits(score_text(&r, "6例", 15), 9);
    assert_int_equal(score_err_num(&r, 6, 10), JX_ERR_RULE_SYNTAX);   /* 15分 named, 10 given */
    score_explain_has(&r, "6例", 15, JX_LANG_ZH, "得9分");
    /* a rate: the proportion of what?  not this form */
    char q[128];
    assert_non_null(strstr(refusal_quote("完成率90%以上;否则按完成比例得分", q, sizeof q), "90%"));
}

/* b21-02: bands on the size of a signed rate. */
static void test_plus_minus_bands(void **state)
{
    (void)state;
    jx_rule r = parse_ok("成本控制率=(预算数-实\n际支出)/预算数×100% 控制率在±10%以内得 5 分,"
                         "±10-15%以内得 3 分,±15-20%以内得 1\n分,±20%以外不得分。");
    assert_int_equal(r.abs_actual, 1);
    assert_double_bits(score_text(&r, "8%", 5), 5);
    assert_double_bits(score_text(&r, "-12%", 5), 3);
    assert_double_bits(score_text(&r, "-10%", 5), 5);
    assert_double_bits(score_text(&r, "15%", 5), 3);
    assert_double_bits(score_text(&r, "-15.5%", 5), 1);
    assert_double_bits(score_text(&r, "25%", 5), 0);
    explain_has(&r, JX_LANG_ZH, "绝对值");
    explain_has(&r, JX_LANG_EN, "size of the actual");
    char f[4096];
    static const jx_formula_refs refs = { "B2", "C2", NULL };
    assert_jx_ok(jx_formula_rule(&r, &refs, 2, NULL, f, sizeof f, NULL));
    assert_non_null(strstr(f, "ABS(B2)"));
    /* ± and plain bounds mixed: refused */
    char q[128];
    assert_non_null(strstr(refusal_quote("±10%以内得5分,20%以上不得分", q, sizeof q), "20%"));
}

/* a11-01: a step from 基数 (the actual a share of it), the opposite step
 * measured from there too, and points with no verb read as an addition. */
static void test_base_share(void **state)
{
    (void)state;
    jx_rule r = parse_ok("总分5分.<br>\n基础信息（实有人口+地址+从业人员+实体+单位+出租屋）采集数量参照所属"
                         "分局基数（基数=所属分县局当月采集总数/分局警务区数），达到基数计4分，"
                         "每高于基数1个百分点0.04分，每低1个百分点扣0.04分。");
    assert_double_bits(score_text(&r, "100%", 5), 4);
    assert_double_bits(score_text(&r, "110%", 5), 4.4);
    assert_double_bits(score_text(&r, "90%", 5), 3.6);
    assert_double_bits(score_text(&r, "150%", 5), 5);        /* 总分5分 */
    assert_int_equal(score_err_num(&r, 1200, 5), JX_ERR_PERCENT_UNIT);   /* a raw count */
    explain_has(&r, JX_LANG_ZH, "自100%起每多1个百分点加0.04分");
    /* points with no verb and no deduction opposite: not read */
    char q[128];
    assert_non_null(strstr(refusal_quote("达到基数计4分，每高于基数1个百分点0.04分", q, sizeof q), "0.04分"));
}

/* b16-01: levels adding from nothing and one deducting: below zero. */
static void test_bonus_penalty_levels(void **state)
{
    (void)state;
    jx_rule r = parse_ok("备注:三类目标各项均分优秀、良好、合格和不合格4档,优秀加5分,\n良好加4分,"
                         "合格加3分,不合格扣5分。");
    assert_int_equal(r.below_zero, 1);
    assert_double_bits(score_text(&r, "良好", 5), 4);
    assert_double_bits(score_text(&r, "优秀", 5), 5);
    assert_double_bits(score_text(&r, "不合格", 5), -5);
    explain_has(&r, JX_LANG_ZH, "扣分可低于0分");
    explain_has(&r, JX_LANG_EN, "below 0");
    score_explain_has(&r, "不合格", 5, JX_LANG_ZH, "得-5分");
    char f[4096];
    jx_diag d;
    static const jx_formula_refs refs = { "B2", "C2", NULL };
    assert_jx_err(jx_formula_rule(&r, &refs, 2, "x", f, sizeof f, &d), JX_ERR_RULE_SYNTAX);
    /* a level that deducts next to one that gives points (not a bonus): as before */
    jx_rule k = parse_ok("未建立制度的扣3分；制度不健全的扣1分");
    assert_int_equal(k.below_zero, 0);
    /* the lead-in must list as many levels as it counts */
    char q[128];
    assert_non_null(strstr(refusal_quote("备注:均分优秀、良好3档,优秀加5分,良好加4分", q, sizeof q), "3档"));
}

/* b27-01: proportional bands and a proportional bonus capped at 120 %. */
static void test_proportional_bands(void **state)
{
    (void)state;
    jx_rule r = parse_ok("全面按时、按质、按量完成目标任务的,计满分;完成目标任务70%-99%的,按比例计分;"
                         "完成目标任务70%以下(不含70%)的,不计分;超额完成目标任务的,"
                         "按比例加分不超过该项总分的20%。");
    assert_int_equal(r.above_points, 1);
    assert_double_bits(score_text(&r, "85%", 100), 85);
    assert_double_bits(score_text(&r, "65%", 100), 0);
    assert_double_bits(score_text(&r, "100%", 100), 100);
    assert_double_bits(score_text(&r, "110%", 100), 110);
    assert_double_bits(score_text(&r, "130%", 100), 120);
    assert_int_equal(score_err_text(&r, "99.5%", 100), JX_ERR_RULE_SYNTAX);  /* in no band */
    explain_has(&r, JX_LANG_ZH, "最高为分值的1.2倍");
    explain_has(&r, JX_LANG_EN, "not stated (no score)");
}

/* a26-11, n02-01/02/04: a step from a reference the sentence does not give
 * reads only a gap (or a change) written as such. */
static void test_reference_elsewhere(void **state)
{
    (void)state;
    jx_rule r = parse_ok("七类案件总量占全部刑事案件的比例与全省三年平均比例数相比，每超过0.1个百分点扣2分");
    assert_double_bits(score_text(&r, "超过0.3个百分点", 40), 34);
    assert_int_equal(score_err_text(&r, "12.5%", 40), JX_ERR_NUMBER_SYNTAX);  /* the average? */
    jx_rule b = parse_ok("基础分值为10分，不良率较年初每下降0.01个百分点加0.4分；不良率较年初每上升"
                         "0.01个百分点扣0.4分。最低得分为0分，最高得分为20分。");
    assert_double_bits(score_text(&b, "下降0.05个百分点", 10), 12);
    assert_double_bits(score_text(&b, "上升0.1个百分点", 10), 6);
    assert_double_bits(score_text(&b, "持平", 10), 10);
    assert_int_equal(score_err_text(&b, "0.1%", 10), JX_ERR_NUMBER_SYNTAX);   /* rate or change? */
    jx_rule m = parse_ok("基础分值为10分，指标每高于全行平均水平0.01个百分点加0.1分；指标每低于全行平均"
                         "水平0.01个百分点扣0.1分。最低得分为0分，最高得分为20分。");
    assert_double_bits(score_text(&m, "高于0.2个百分点", 10), 12);
    assert_double_bits(score_text(&m, "低于0.05个百分点", 10), 9.5);
    assert_int_equal(score_err_text(&m, "5.2%", 10), JX_ERR_NUMBER_SYNTAX);
    jx_rule d = parse_ok("月末实体贷款余额占比较月初有所上升，得满分；月末实体贷款余额占比每低于月初"
                         "0.5个百分点，扣1分。最低得分为0分。");
    assert_double_bits(score_text(&d, "低于月初1.5个百分点", 10), 7);
    assert_int_equal(score_err_text(&d, "1%", 10), JX_ERR_NUMBER_SYNTAX);
    /* counts with a subject stay as before: the bare number is the change (a09-06) */
    jx_rule c = parse_ok("保持基层人员编制稳定的，得1.5分；对比上年度，每增加1名人员编制的，加0.05分，"
                         "加分不超过0.5分；对比上年度，每减少1名人员编制的，扣0.1分，扣分不超过2分。");
    assert_double_bits(score_num(&c, 4, 2), 1.7);
}

/* c03-02: the score as a count over a count, single units described around it. */
static void test_count_share(void **state)
{
    (void)state;
    jx_rule r = parse_ok("以项目完成数量为核心,评价项目实际完成情况与预期绩效目标偏离度,单个数量指标实际"
                         "完成未达到预期指标或超过预期指标30%以上的,均不计分。该项指标得分=达到预期值的"
                         "数量指标个数/全部数量指标个数(即评价选取的项目绩效目标包含的所有数量指标)");
    assert_double_bits(score_text(&r, "4/5", 10), 8);
    assert_double_bits(score_text(&r, "5/5", 10), 10);
    /* a clause around it that scores something else: refused */
    char q[128];
    assert_non_null(strstr(refusal_quote("全部完成的得5分。该项指标得分=达到预期值的数量指标个数/全部数量指标个数",
                                   q, sizeof q), "个数"));
}

/* c03-03: a linear formula whose opening brackets the page lost: only
 * (1 − 10x) × P keeps the score within [0, P] for every rate up to 10 %. */
static void test_lost_brackets(void **state)
{
    (void)state;
    jx_rule r = parse_ok("指标得分=1-10×部门全年预算调剂金额/年初部门预算数))*指标分值。其中:若部门全年"
                         "预算调剂金额/年初部门预算数>0.1,此项得0分。");
    assert_double_bits(score_num(&r, 0.002, 10), 9.8);
    assert_double_bits(score_num(&r, 0.12, 10), 0);
    assert_double_bits(score_num(&r, 0.002, 1), 0.98);
    assert_double_bits(score_text(&r, "2%", 10), 8);          /* the ratio typed as a rate */
    assert_double_bits(score_text(&r, "12%", 10), 0);
    /* a bracket left, or no 分值 after the lost ones: not this form */
    char q[128];
    assert_non_null(strstr(refusal_quote("得分=1-实际数/计划数×分值", q, sizeof q), "1-实际数"));
    assert_non_null(strstr(refusal_quote("得分=1-10×调剂金额/预算数))", q, sizeof q), "1-10×"));
}

/* n02-03: bands in points up to an explicit top above the item's points, and
 * a bound in words on the sign (为负). */
static void test_bands_to_explicit_top(void **state)
{
    (void)state;
    jx_rule r = parse_ok("指标在0-100%之间得15分；指标在100%-200%之间得11分；指标在200-300%之间得7分；"
                         "指标在300-400%之间得3分；指标超过400%得0分；指标为负得0分。最低得分为0分，"
                         "最高得分为15分。");
    assert_int_equal(r.above_points, 1);
    assert_int_equal(r.signed_actual, 1);
    assert_double_bits(score_text(&r, "50%", 10), 15);
    assert_double_bits(score_text(&r, "250%", 10), 7);
    assert_double_bits(score_text(&r, "-20%", 10), 0);
    /* without the stated top, 得15分 on a 10-point item stays an error */
    jx_rule b = parse_ok("指标在0-100%之间得15分；指标为负得0分。");
    assert_int_equal(score_err_text(&b, "50%", 10), JX_ERR_RULE_SYNTAX);
}

/* b14-27: bonus levels on top of the item's points (奖励N分, 不奖分). */
static void test_bonus_on_top(void **state)
{
    (void)state;
    jx_rule r = parse_ok("应当参与创建而未参与的，扣2分；辖区未创建的不扣分。\n参与创建卫生镇的奖励1分、"
                         "卫生村奖励0.5分，参与创建食品安全示范街的奖励1分、食品安全示范店奖励0.5分。"
                         "辖区无创建任务的不奖分。");
    assert_int_equal(r.above_points, 1);
    assert_double_bits(score_text(&r, "未参与", 2), 0);
    assert_double_bits(score_text(&r, "辖区未创建", 2), 2);
    assert_double_bits(score_text(&r, "参与创建卫生镇", 2), 3);
    assert_double_bits(score_text(&r, "食品安全示范店", 2), 2.5);
    assert_double_bits(score_text(&r, "辖区无创建任务", 2), 2);
    explain_has(&r, JX_LANG_ZH, "满分另奖1分");
    explain_has(&r, JX_LANG_EN, "plus a bonus of 1");
    score_explain_has(&r, "参与创建卫生镇", 2, JX_LANG_ZH, "得3分");
    char f[4096];
    jx_diag d;
    static const jx_formula_refs refs = { "B2", "C2", NULL };
    assert_jx_err(jx_formula_rule(&r, &refs, 2, "x", f, sizeof f, &d), JX_ERR_RULE_SYNTAX);
    /* a part of a list with no bonus of its own: refused */
    char q[128];
    assert_non_null(strstr(refusal_quote("参与创建卫生镇、卫生村的奖励1分", q, sizeof q), "卫生镇"));
}

/* b10-01: alternatives each with its points in brackets, a level and a bound. */
static void test_bracket_alternatives(void **state)
{
    (void)state;
    jx_rule r = parse_ok("分配结果合理( 2 分)、不合理分配比例≥ 5%( 0 分)");
    assert_double_bits(score_text(&r, "合理", 2), 2);
    assert_double_bits(score_text(&r, "8%", 2), 0);
    assert_int_equal(score_err_text(&r, "3%", 2), JX_ERR_RULE_SYNTAX);    /* not stated */
    explain_has(&r, JX_LANG_ZH, "句中未规定");
    /* sub-items with no bound stay sub-items (summed), as before */
    jx_rule p = parse_ok("目标明确(1分),目标细化(1.5分),目标量化(1.5 分)");
    assert_double_bits(score_text(&p, "明确、细化", 4), 2.5);
}

/* A frequency in words makes a bare count ambiguous (held or missing?):
 * "4次" used to read as four missing (1 of 5); only a written gap is read. */
static void test_frequency_bare_count(void **state)
{
    (void)state;
    jx_rule r = parse_ok("2、责任制落实5分,每季度召开一次专题会议,少一次扣1分。");
    assert_int_not_equal(score_err_text(&r, "4次", 5), JX_OK);
    assert_int_not_equal(score_err_num(&r, 2, 5), JX_OK);
    assert_double_bits(score_text(&r, "少2次", 5), 3);
    assert_double_bits(score_text(&r, "少5次", 5), 0);
    r = parse_ok("少一次扣1分，扣完为止");               /* no frequency: the count missing */
    assert_double_bits(score_text(&r, "2次", 5), 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_target_and_bonus_beyond),
        cmocka_unit_test(test_target_refused),
        cmocka_unit_test(test_beyond_needs_stated_full),
        cmocka_unit_test(test_explicit_top),
        cmocka_unit_test(test_ranks_from_bottom),
        cmocka_unit_test(test_rank_items_top),
        cmocka_unit_test(test_rank_bands_zero_share),
        cmocka_unit_test(test_units_failing_standard),
        cmocka_unit_test(test_required_counts),
        cmocka_unit_test(test_count_or_proportion),
        cmocka_unit_test(test_plus_minus_bands),
        cmocka_unit_test(test_base_share),
        cmocka_unit_test(test_bonus_penalty_levels),
        cmocka_unit_test(test_proportional_bands),
        cmocka_unit_test(test_reference_elsewhere),
        cmocka_unit_test(test_count_share),
        cmocka_unit_test(test_lost_brackets),
        cmocka_unit_test(test_bands_to_explicit_top),
        cmocka_unit_test(test_bonus_on_top),
        cmocka_unit_test(test_bracket_alternatives),
        cmocka_unit_test(test_frequency_bare_count),
    };
    return cmocka_run_group_tests_name("ruletext_num", tests, NULL, NULL);
}
