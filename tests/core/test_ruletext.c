/*
 * test_ruletext.c - 评扣分标准 sentences from the seeds and DOMAIN.md.
 */
#include "ruletext_testutil.h"

static jx_err score_err(const jx_rule *r, const char *actual, double points)
{
    jx_actual a = { 1, 0, actual, strlen(actual) };
    double s = 12345;
    jx_err e = jx_rule_score(r, &a, points, 2, &s, NULL);
    if (e != JX_OK)
        assert_double_bits(s, 12345);   /* untouched on error */
    return e;
}

/* 003: "≥95%得满分，未达到95%得一半分" (参保人数覆盖率, 8 points). */
static void test_threshold_full_half(void **state)
{
    (void)state;
    jx_rule r = parse_ok("≥95%得满分，未达到95%得一半分");
    assert_int_equal(r.kind, JX_RULE_BANDS);
    assert_double_bits(score_num(&r, 1.0, 8), 8);
    assert_double_bits(score_num(&r, 0.95, 8), 8);
    assert_double_bits(score_num(&r, 0.9499, 8), 4);
    assert_double_bits(score_text(&r, "100%", 8), 8);
    assert_double_bits(score_text(&r, "９４％", 8), 4);
    /* 96 typed for 96 %: a unit error, not a silent score. */
    assert_int_equal(score_err(&r, "96", 8), JX_ERR_PERCENT_UNIT);
}

/* 003: "参保人数 100%得满分，90%得一半分": a subject, bare bounds mean ≥. */
static void test_subject_and_bare_bounds(void **state)
{
    (void)state;
    jx_rule r = parse_ok("参保人数 100%得满分，90%得一半分");
    assert_double_bits(score_num(&r, 1.0, 8), 8);
    assert_double_bits(score_num(&r, 0.95, 8), 4);
    assert_double_bits(score_num(&r, 0.9, 8), 4);
    assert_double_bits(score_num(&r, 0.89, 8), 0);   /* below every band */
}

/* Bands written in points and in ascending order are still first-match right. */
static void test_band_table(void **state)
{
    (void)state;
    jx_rule r = parse_ok("≥90%得5分，80%-90%得4分，70%（含）-80%得3分，其他不得分");
    assert_double_bits(score_num(&r, 0.95, 5), 5);
    assert_double_bits(score_num(&r, 0.90, 5), 5);
    assert_double_bits(score_num(&r, 0.85, 5), 4);
    assert_double_bits(score_num(&r, 0.70, 5), 3);
    assert_double_bits(score_num(&r, 0.69, 5), 0);
    jx_rule up = parse_ok("低于60%不得分；60%-80%得一半分；80%以上得满分");
    assert_double_bits(score_num(&up, 0.85, 10), 10);
    assert_double_bits(score_num(&up, 0.65, 10), 5);
    assert_double_bits(score_num(&up, 0.5, 10), 0);
    /* The rule promises 5 points on a 3-point item. */
    jx_actual a = { 0, 0.95, NULL, 0 };
    double s;
    assert_jx_err(jx_rule_score(&r, &a, 3, 2, &s, NULL), JX_ERR_RULE_SYNTAX);
}

/* 003: "效果显著得满分，效果良好得一半分，不明显不得分" (6 points). */
static void test_levels(void **state)
{
    (void)state;
    jx_rule r = parse_ok("效果显著得满分，效果良好得一半分，不明显不得分");
    assert_int_equal(r.kind, JX_RULE_LEVELS);
    assert_double_bits(score_text(&r, "效果显著", 6), 6);
    assert_double_bits(score_text(&r, "显著", 6), 6);
    assert_double_bits(score_text(&r, "效果良好", 6), 3);
    assert_double_bits(score_text(&r, "不明显", 6), 0);
    assert_double_bits(score_text(&r, "效果不明显", 6), 0);
    assert_int_equal(score_err(&r, "一般", 6), JX_ERR_LEVEL_UNKNOWN);
}

/* 001: "逾期报送一天扣0.5分，扣完为止" (5 points). */
static void test_deduct_per_day(void **state)
{
    (void)state;
    jx_rule r = parse_ok("按时向县财政局报送绩效自评报告的，得5分，逾期报送一天扣0.5分，扣完为止");
    assert_int_equal(r.kind, JX_RULE_DEDUCT);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.clause[0].out.kind, JX_RO_STEPS);
    assert_double_bits(r.clause[0].out.over_per, -0.5);
    assert_double_bits(r.clause[0].out.base, 5);
    assert_double_bits(r.stated_points, 5);
    assert_double_bits(score_num(&r, 0, 5), 5);
    assert_double_bits(score_num(&r, 3, 5), 3.5);
    assert_double_bits(score_text(&r, "3天", 5), 3.5);
    assert_double_bits(score_num(&r, 20, 5), 0);     /* 扣完为止 */
}

/* 001: the occurrence is named in the clause before the deduction. */
static void test_deduct_condition_before(void **state)
{
    (void)state;
    jx_rule r = parse_ok("根据县财政局要求按时报送相关材料、参加会议培训的，得 5 分，"
                         "有一次未按要求完成的，扣 1 分，扣完为止。");
    assert_int_equal(r.kind, JX_RULE_DEDUCT);
    assert_double_bits(score_num(&r, 2, 5), 3);
    assert_double_bits(score_num(&r, 7, 5), 0);
}

/* "每相差3%，扣1分，扣满15分为止": whole steps, capped. */
static void test_step(void **state)
{
    (void)state;
    jx_rule r = parse_ok("每相差3%，扣1分，扣满15分为止");
    assert_int_equal(r.kind, JX_RULE_STEP);
    assert_double_bits(r.clause[0].out.max_deduct, 15);
    assert_double_bits(score_num(&r, 0.06, 20), 18);  /* 0.06/0.03 is 2 steps */
    assert_double_bits(score_num(&r, 0.05, 20), 19);
    assert_double_bits(score_num(&r, 0.90, 20), 5);   /* capped at 15 */
    assert_double_bits(score_text(&r, "6%", 20), 18);
    jx_rule p = parse_ok("每超1个百分点扣0.5分，扣完为止");
    assert_double_bits(score_num(&p, 0.04, 5), 3);
    assert_double_bits(score_num(&p, 0.5, 5), 0);
}

/* 001: "项目数量/项目总数×4分" and the not-applicable clause. */
static void test_ratio(void **state)
{
    (void)state;
    jx_rule r = parse_ok("开展事前绩效评估的项目数量/部门须开展事前绩效评价数量 \\times 4 分");
    assert_int_equal(r.kind, JX_RULE_RATIO);
    assert_double_bits(r.stated_points, 4);
    assert_double_bits(score_text(&r, "3/4", 4), 3);
    assert_double_bits(score_num(&r, 1.0, 4), 4);
    assert_double_bits(score_text(&r, "5/4", 4), 4);    /* capped */
    jx_rule na = parse_ok("项目数量÷项目总数×6分；不涉及此项考核指标的，得满分");
    assert_double_bits(score_text(&na, "不涉及", 6), 6);
    assert_double_bits(score_text(&na, "1/2", 6), 3);
    assert_int_equal(score_err(&r, "不涉及", 4), JX_ERR_LEVEL_UNKNOWN);
    /* 001: "我部门不涉及此项考核指标，该项得分为 6 分" */
    jx_rule only = parse_ok("不涉及此项考核指标的，该项得分为 6 分。");
    assert_double_bits(score_text(&only, "不涉及", 6), 6);
    assert_double_bits(score_text(&only, "N/A", 6), 6);
    assert_int_equal(score_err(&only, "效果显著", 6), JX_ERR_LEVEL_UNKNOWN);
    assert_int_equal(score_err(&only, "不涉及", 5), JX_ERR_RULE_SYNTAX);
}

/* CHECKRULE's core: a reported score against its own rule. */
static void test_check(void **state)
{
    (void)state;
    jx_rule r = parse_ok("≥95%得满分，未达到95%得一半分");
    jx_actual a = { 1, 0, "90%", 3 };
    char msg[JX_MSG_MAX];
    assert_jx_err(jx_rule_check(&r, &a, 8, 8, JX_LANG_ZH, msg, sizeof msg),
                  JX_ERR_SCORE_RANGE);
    assert_str_eq(msg, "按评扣分标准应得 4 分，填报 8 分");
    assert_jx_err(jx_rule_check(&r, &a, 8, 8, JX_LANG_EN, msg, sizeof msg),
                  JX_ERR_SCORE_RANGE);
    assert_str_eq(msg, "the rule gives 4 points, 8 reported");
    assert_jx_ok(jx_rule_check(&r, &a, 8, 4, JX_LANG_ZH, msg, sizeof msg));
    assert_str_eq(msg, "");
}

/* Unreadable sentences are errors quoting the clause; nothing is guessed. */
static void test_errors(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "", "   ", "≥95%得满分，效果良好得一半分",
        "每相差扣1分", "≥95%得满分，未达到95%得", "≥95%得满分；≥90得一半分",
        "扣1分，扣1分",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        jx_rule r;
        jx_diag d;
        jx_err e = jx_rule_parse(bad[i], strlen(bad[i]), &r, &d);
        if (e == JX_OK) {
            print_error("\"%s\" should not parse\n", bad[i]);
            fail();
        }
        assert_int_equal(d.code, e);
    }
    jx_rule r;
    jx_diag d;
    /* 酌情扣分 with no condition: understood, but every actual may fall under it */
    const char *t = "效果显著得满分，酌情扣分";
    assert_jx_ok(jx_rule_parse(t, strlen(t), &r, &d));
    jx_actual a = { 1, 0, "效果显著", strlen("效果显著") };
    double s = -1;
    assert_jx_err(jx_rule_score(&r, &a, 5, 2, &s, &d), JX_ERR_RULE_OPEN);
    char m[256];
    jx_diag_format(&d, JX_LANG_ZH, m, sizeof m);
    assert_non_null(strstr(m, "酌情扣分"));
    /* Invalid UTF-8 and over-long text. */
    assert_jx_err(jx_rule_parse("\xff\xfe", 2, &r, NULL), JX_ERR_ENCODING);
    static char big[JX_TEXT_MAX + 2];
    memset(big, 'a', sizeof big - 1);
    assert_jx_err(jx_rule_parse(big, sizeof big - 1, &r, NULL), JX_ERR_TOO_LONG);
}

/* The forms of issue 15 section 2, each with actuals on and around its bounds. */
static void test_issue_forms(void **state)
{
    (void)state;
    static const struct { const char *rule, *actual; double points, want; } t[] = {
        { "≤100%得满分，每超出1个百分点扣0.2分，扣完为止", "103%", 5, 4.4 },
        { "≤100%得满分，每超出1个百分点扣0.2分，扣完为止", "100%", 5, 5 },
        { "变动率≤0得满分；>0时每增加1个百分点扣0.5分", "-5%", 5, 5 },
        { "变动率≤0得满分；>0时每增加1个百分点扣0.5分", "4%", 5, 3 },
        { "覆盖率低于90%的，每低1个百分点扣1分", "87%", 10, 7 },
        { "覆盖率低于90%的，每低1个百分点扣1分", "0.93", 10, 10 },
        { "≥95%得满分，低于95%的每低一个百分点扣0.5分，扣完为止", "93%", 8, 7 },
        { "以100%为标准。（2分）。满分10分，≥95%得满分，未达到95%得一半分", "94%", 10, 5 },
        { "90%（含）-95%得8分，95%以上得10分，其他不得分", "90%", 10, 8 },
        { "0-10%（含）得5分，10%以上（不含）不得分", "10%", 5, 5 },
        { "0-10%（含）得5分，10%以上（不含）不得分", "0", 5, 0 },
        { "预算调整率=0,计3分;0-10%(含),计2分;大于10%不得分", "0", 3, 3 },
        { "得分=实际完成数/计划数×分值", "4/5", 10, 8 },
        { "(1-调整率×10)×分值，调整率>10%不得分", "5%", 10, 5 },
        { "(1-调整率×10)×分值，调整率>10%不得分", "12%", 10, 0 },
        { "按完成比例计算得分，满分为止", "120%", 6, 6 },
        { "少于5次的，每少1次扣1分", "3次", 5, 3 },
        { "完成10项以上得满分，每少一项扣0.5分", "8", 5, 4 },
        { "低于90%、80%、70%的，分别扣1分、2分、3分", "75%", 10, 8 },
        { "低于90%、80%、70%的，分别扣1分、2分、3分", "95%", 10, 10 },
        { "第1名得满分，依次递减0.5分", "第3名", 5, 4 },
        { "未建立制度的扣3分；制度不健全的扣1分", "制度不健全", 5, 4 },
        { "达到上年水平得3分，每提高1个百分点加0.1分，每降低1个百分点扣0.1分，最高不超过5分", "5%", 5, 3.5 },
        { "达到上年水平得3分，每提高1个百分点加0.1分，每降低1个百分点扣0.1分，最高不超过5分", "-3%", 5, 2.7 },
        { "达到上年水平得3分，每提高1个百分点加0.1分，每降低1个百分点扣0.1分，最高不超过5分", "40%", 5, 5 },
        { "完成率低于95%的，每低1个百分点扣1分，不足1个百分点的按1个百分点计", "93.5%", 5, 3 },
        { "超过3天的，每天扣1分", "5天", 5, 3 },
    };
    for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
        jx_rule r = parse_ok(t[i].rule);
        double got = score_text(&r, t[i].actual, t[i].points);
        if (got != t[i].want) {
            print_error("\"%s\" with %s: %g, want %g\n", t[i].rule, t[i].actual, got, t[i].want);
            fail();
        }
    }
}

/* Never a silent wrong score: what the sentence does not say is refused, quoting the clause. */
static void test_refused_forms(void **state)
{
    (void)state;
    static const struct { const char *rule, *clause; } t[] = {
        { "≥90%得满分，80%得8分，以此类推", "以此类推" },
        { "高于平均数的，得2分；每低1%，扣0.1分。", "每低1%" },
        { "90%-95%（含）得8分，≥95%得10分", "≥95%得10分" },
    };
    for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
        jx_rule r;
        jx_diag d;
        jx_err e = jx_rule_parse(t[i].rule, strlen(t[i].rule), &r, &d);
        if (e != JX_ERR_RULE_SYNTAX || strstr(d.text, t[i].clause) == NULL) {
            print_error("\"%s\": %d, quoted \"%s\", want the clause \"%s\"\n", t[i].rule,
                        (int)e, d.text, t[i].clause);
            fail();
        }
    }
    /* a measured rate with no threshold: only a decline written as such is read */
    jx_rule d = parse_ok("居民健康知识入户率每下降5个百分点扣1分,扣完为止。");
    assert_double_bits(score_text(&d, "下降10个百分点", 5), 3);
    assert_int_equal(score_err(&d, "85%", 5), JX_ERR_NUMBER_SYNTAX);
    /* ranks the sentence does not list: an error, not 0 */
    jx_rule r = parse_ok("在全市排名1-5名的依次赋予20分、19分、18分、17分、16分");
    assert_double_bits(score_text(&r, "第2名", 20), 19);
    assert_int_equal(score_err(&r, "第6名", 20), JX_ERR_RULE_SYNTAX);
}

/*
 * The corpus's silent wrong scores (a05-04, c03-03, c04-07): each was a
 * number; each must be a refusal quoting the clause it cannot read.
 */
static void test_silent_wrong_refused(void **state)
{
    (void)state;
    static const struct { const char *rule, *clause; } t[] = {
        /* a05-04: the page's 'Q' is a garbled ≦: no bound can be read from it */
        { "三公经费 变动率Q0,计8分;\n\n三公经费 >\n\n0,每超过一个百分点扣0.8分,扣完为止.",
          "变动率Q0" },
        { "在职人员控制率Q100%,计8分;每超过一个百分点扣0.5分,扣完为止.", "控制率Q100%" },
        { "完成率\xEF\xBF\xBD" "95%得满分", "完成率" },
        /* c03-03 (brackets lost) is read now: its one reading within [0, P],
         * test_ruletext_num.c test_lost_brackets */
        { "得分=1-实际数/计划数×分值", "1-实际数" },
        /* bpc01-02: the page lost ≤ and >; a bare 0 read as "at least 0"
         * gave 3 of 3 for +5 % and +12 % */
        { "“三公经费”变动率0,计 3 分;“三公经费” 0 , 每超过一个百分 点扣0.3分,扣完为止。",
          "变动率0" },
        /* g11: the requirement was taken for a note, and every number fell
         * under 否则 (3 → 3 of 5) */
        { "应按时报送,否则扣2分", "否则扣2分" },
        /* bpi03-01: "得l分" (the page's l for 1) was left in a level's words
         * and the clause after it scored that level 0 */
        { "建立社会救助工作协调机制且有相关文件,得2分;建立机制但无文件得l分: "
          "有文件但未正常运作或既无文件也未实际运作的不得分。", "得l分" },
    };
    for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
        jx_rule r;
        jx_diag d;
        jx_err e = jx_rule_parse(t[i].rule, strlen(t[i].rule), &r, &d);
        if (e != JX_ERR_RULE_SYNTAX || strstr(d.text, t[i].clause) == NULL) {
            print_error("\"%s\": %d, quoted \"%s\", want the clause \"%s\"\n", t[i].rule,
                        (int)e, e ? d.text : "", t[i].clause);
            fail();
        }
    }
    /* A proportion inside the bound written before it (bpc04-01, rows joined
     * by semicolons): x × P inside, the other row outside, nothing between. */
    jx_rule b = parse_ok("设备完好率≥90% 按比例计算得分;设备完好率<90%得0分");
    assert_double_bits(score_num(&b, 0.95, 10), 9.5);
    assert_double_bits(score_num(&b, 0.85, 10), 0);
    b = parse_ok("≥90%的按比例计算得分");
    assert_double_bits(score_num(&b, 0.95, 10), 9.5);
    jx_actual low = { 0, 0.85, NULL, 0 };
    double sc = -1;
    assert_int_not_equal(jx_rule_score(&b, &low, 10, 2, &sc, NULL), JX_OK);
    /* the same formula with its brackets: (1 − 10 × r) × P, 0 over 10 % */
    jx_rule l = parse_ok("得分=(1-10×调剂金额/预算数)×分值,调剂金额/预算数>0.1,此项得0分");
    assert_double_bits(score_text(&l, "0.002", 10), 9.8);
    assert_double_bits(score_text(&l, "0.12", 10), 0);
}

/* Forms read since the corpus grew (grammar2), each with its corpus id. */
typedef struct scored { const char *rule, *actual; double points, want; } scored;

static void check_scored(const scored *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        jx_rule r = parse_ok(t[i].rule);
        double got = score_text(&r, t[i].actual, t[i].points);
        if (got != t[i].want) {
            print_error("\"%s\" with %s: %g, want %g\n", t[i].rule, t[i].actual, got, t[i].want);
            fail();
        }
    }
}

static void test_task_and_standard_forms(void **state)
{
    (void)state;
    static const scored t[] = {
        /* a10-09: clauses describing the task before a proportion */
        { "1.继续推动水库水环境综合整治，基本实现人放天养，按完成比例得分（5分）；", "80%", 5, 4 },
        /* b04-03: 根据…的比重计算得分 */
        { "根据项目实际到位资金占计划的比重计算得分(3分)", "4/5", 3, 2.4 },
        /* c02-03: the rate defined, then 得分=…完成值X15 */
        { "总体工作完成率=单位年度工作要点已完成的数量/单位年度工作要点工作总数量;得分=指标实际完成值X15.",
          "18/20", 15, 13.5 },
        /* a20-01: a question heading with its points */
        { "是否按委托协议开展采购活动(5分)。未签署采购委托协议实施采购的,每发现1次,扣1分;"
          "超过委托代理权限开展采购活动的,每发现1次,扣1分。", "2次", 5, 3 },
        /* b14-20: 户次 is a unit */
        { "每少1户次扣0.2分，扣完为止。", "少5户次", 3, 2 },
        /* c04-05: 不得少于 and 未达要求 (what the bound did not catch) */
        { "公示时间不得 少于7天,得5分;未达要求的,不得分。", "7天", 5, 5 },
        { "公示时间不得 少于7天,得5分;未达要求的,不得分。", "6天", 5, 0 },
        /* b22-03: the standard alone, met */
        { "安排服务小农户的生产托管服务的补助资金和面积占比大于等于60%。", "65%", 10, 10 },
        /* c01-03: 没有…的部门按满分计算 next to steps */
        { "100%以下(含)计满分,每超出5%扣2分,扣完为止。没有楼堂馆所项目的部门按满分计算。",
          "没有楼堂馆所项目", 5, 5 },
        { "100%以下(含)计满分,每超出5%扣2分,扣完为止。没有楼堂馆所项目的部门按满分计算。",
          "110%", 5, 1 },
    };
    check_scored(t, sizeof t / sizeof *t);
    /* the standard alone, not met: the sentence does not say */
    jx_rule r = parse_ok("安排服务小农户的生产托管服务的补助资金和面积占比大于等于60%。");
    assert_int_equal(score_err(&r, "50%", 10), JX_ERR_RULE_SYNTAX);
    /* a description that points elsewhere is no description (a04-02) */
    jx_rule d;
    jx_diag g;
    const char *alt = "二者择其一进行考核,按完成比例计算得分,满分为止.";
    assert_int_equal(jx_rule_parse(alt, strlen(alt), &d, &g), JX_ERR_RULE_SYNTAX);
    /* 得分=(1-调整率)×20 is no rate × 20 */
    const char *term = "得分=(1-调整率)×20";
    assert_int_equal(jx_rule_parse(term, strlen(term), &d, &g), JX_ERR_RULE_SYNTAX);
}

/* Sub-items with their own points inside one cell, summed (b04-01, b26-02, b30-01, b10-04, b23-02). */
static void test_sub_items(void **state)
{
    (void)state;
    static const scored t[] = {
        { "目标明确(1分),目标细化(1.5分),目标量化(1.5 分)", "明确、细化、量化", 4, 4 },
        { "目标明确(1分),目标细化(1.5分),目标量化(1.5 分)", "明确、细化", 4, 2.5 },
        { "目标明确(1分),目标细化(1.5分),目标量化(1.5 分)", "全部符合", 4, 4 },
        { "1、单位财务管理制度 1 分;\n2、项目管理制度 1 分;\n3、有制度执行佐证资料 1 分。没有不得分。",
          "有2项", 3, 2 },
        { "1、单位财务管理制度 1 分;\n2、项目管理制度 1 分;\n3、有制度执行佐证资料 1 分。没有不得分。",
          "没有", 3, 0 },
        { "1、制定了县级农田水利规划,得2分。\n2、县级农田水利规划经本区(县)人民政府或人大批准,得2分。"
          "\n3、建立了组织领导和工作协调机制,得2分。", "3项均完成", 6, 6 },
        { "1、制定了县级农田水利规划,得2分。\n2、县级农田水利规划经本区(县)人民政府或人大批准,得2分。"
          "\n3、建立了组织领导和工作协调机制,得2分。", "仅制定了县级农田水利规划", 6, 2 },
        { "有明确的受益对象( 2 分)", "无明确的受益对象", 2, 0 },
        { "有明确的资金管理办法( 2 分)", "有", 2, 2 },
        { "制定农村低保等救助制度与扶贫开发政策衔接文件。(2分)", "已制定", 2, 2 },
        { "将部门整体的绩效目标细化分解为具体的工作任务计1分;通过清晰、可衡量的指标值予以体现计0.5分;"
          "与部门年度的任务数或计划数相对应计0.5分;与本年度部门预算资金相匹配计1分。", "4/4", 3, 3 },
    };
    check_scored(t, sizeof t / sizeof *t);
    /* a count of parts worth different points cannot be scored */
    jx_rule r = parse_ok("目标明确(1分),目标细化(1.5分),目标量化(1.5 分)");
    assert_int_equal(score_err(&r, "2项", 4), JX_ERR_LEVEL_UNKNOWN);
    assert_int_equal(score_err(&r, "明确、明确", 4), JX_ERR_LEVEL_UNKNOWN);
    /* parts that do not add up to the item's points are no parts */
    assert_int_equal(score_err(&r, "全部符合", 5), JX_ERR_LEVEL_UNKNOWN);
    /* a task graded by how well it was done is a heading, not a criterion */
    jx_rule d;
    jx_diag g;
    const char *task = "积极配合各乡镇开展“河长制”工作（8分）。";
    assert_int_equal(jx_rule_parse(task, strlen(task), &d, &g), JX_ERR_RULE_SYNTAX);
    char m[JX_MSG_MAX];
    jx_actual a = { 1, 0, "明确、细化", strlen("明确、细化") };
    assert_jx_ok(jx_rule_score_explain(&r, &a, 4, JX_LANG_ZH, m, sizeof m));
    assert_str_eq(m, "实际“明确、细化”，按所符合的子项分值合计，得2.5分");
}

/* Counts that move a base both ways, additions from nothing (a09-06, b02-07, a11-02, a23-02). */
static void test_count_changes(void **state)
{
    (void)state;
    const char *staff = "2.评估期内，对比上年度，保持基层人员编制稳定的，得1.5分；推动区县部门人员力量下沉的，"
                        "对比上年度，每增加1名人员编制的，加0.05分，加分不超过0.5分；对比上年度，每减少1名人员"
                        "编制的，扣0.1分，扣分不超过2分。";
    const char *theft = "总分8分。<br>\n入室盗窃案件环比持平计6分，每下降1起加0.2分，上升一起扣0.2分，当月零发案计8分。";
    const char *more = "6.制定其他规范性行政政法财务管理办法的,每增加1项加2分,加满10分为止。";
    const scored t[] = {
        { staff, "0", 2, 1.5 }, { staff, "增加4名", 2, 1.7 }, { staff, "增加20名", 2, 2 },
        { staff, "减少3名", 2, 1.2 }, { staff, "-30", 2, 0 },
        { theft, "持平", 8, 6 }, { theft, "下降3起", 8, 6.6 }, { theft, "上升5起", 8, 5 },
        { theft, "零发案", 8, 8 },
        { more, "3项", 10, 6 }, { more, "7项", 10, 10 },
    };
    check_scored(t, sizeof t / sizeof *t);
    /* the word gives the sign: a negative number after it is no change */
    jx_rule r = parse_ok(staff);
    assert_int_not_equal(score_err(&r, "减少-3名", 2), JX_OK);
    /* two sub-items with their own base and deductions: one count cannot say which (c04-06) */
    const char *two = "按时报送补贴面积的得4分,有一次未达要求的 扣1分,最多扣4分;按时下发补贴资金得4分, "
                      "有一次未达要求的扣1分,最多扣4分;";
    jx_rule d;
    jx_diag g;
    assert_int_equal(jx_rule_parse(two, strlen(two), &d, &g), JX_ERR_RULE_SYNTAX);
    /* the most added needs a base in points */
    const char *nobase = "每增加1项加2分，加分不超过6分，每减少1项扣1分";
    assert_int_equal(jx_rule_parse(nobase, strlen(nobase), &d, &g), JX_ERR_RULE_SYNTAX);
}

/* An excess over a threshold given elsewhere, written as such (a26-17, a26-19). */
static void test_written_excess(void **state)
{
    (void)state;
    const char *dead = "各类事故死亡人数超过上级政府下达的控制指标，每超过1人扣5分";
    const char *loss = "各类事故经济损失与上年按同口径相比，每增加20万元扣1分";
    const scored t[] = {
        { dead, "超过2人", 50, 40 }, { dead, "未超过", 50, 50 },
        { loss, "增加60万元", 50, 47 }, { loss, "减少10万元", 50, 50 },
        { loss, "增加600000元", 50, 47 },
    };
    check_scored(t, sizeof t / sizeof *t);
    /* a bare count: over what?  the threshold is elsewhere */
    jx_rule r = parse_ok(dead);
    assert_int_equal(score_err(&r, "2", 50), JX_ERR_NUMBER_SYNTAX);
    assert_int_equal(score_err(&r, "2人", 50), JX_ERR_NUMBER_SYNTAX);
    jx_rule l = parse_ok(loss);
    assert_int_not_equal(score_err(&l, "减少10%", 50), JX_OK);
}

/* Several kinds of failure at their own prices, listed by the actual (b14-22, b32-07, b14-16, b33-03). */
static void test_kinds(void **state)
{
    (void)state;
    const char *late = "每迟报一次扣0.5分，漏报一次扣1分；扣完为止。";
    const char *check = "公司检查,查出一项扣1分\n上级检查,查出一项扣2分";
    const char *visit = "巡查（访）未达到规定户次数，每下降2%扣0.5分，最高扣10分。巡查指导记录每缺1份扣0.1分，"
                        "最高扣5分。";
    const char *office = "1、无专项经费扣40分。\n2、办公设施缺一项扣10分。";
    const char *event = "迟报一次扣2分，瞒报一次扣5分；扣完为止。未发生突发公共卫生事件的不扣分。";
    const scored t[] = {
        { late, "迟报2次", 6, 5 }, { late, "漏报3次", 6, 3 }, { late, "漏报7次", 6, 0 },
        { late, "迟报2次、漏报1次", 6, 4 }, { late, "0", 6, 6 },
        { check, "公司检查查出3项", 16, 13 }, { check, "上级检查查出2项", 16, 12 },
        { visit, "巡查指导记录缺8份", 15, 14.2 }, { visit, "巡查指导记录缺60份", 15, 10 },
        { visit, "下降4%", 15, 14 },
        { office, "办公设施缺3项", 80, 50 }, { office, "无专项经费", 80, 40 },
        { office, "无专项经费且办公设施缺1项", 80, 30 },
        { event, "未发生突发公共卫生事件", 5, 5 }, { event, "瞒报1次", 5, 0 },
        { "1、组织机构不健全扣10分。\n2、没有专、兼职安全管理人员扣10分。",
          "组织机构不健全且没有专、兼职安全管理人员", 20, 0 },
    };
    check_scored(t, sizeof t / sizeof *t);
    /* kinds that add, each at its own price, with a maximum (b22-02) */
    const char *media = "开展农业生产托管的做法经验得到中央、省、市、县媒体报道及上级部门或县委县政府主要领导的"
                        "肯定。(国家 、省级、市级、县级官方媒体报道1次分别得4分、3分、2分、1分),此项最高为6分。";
    const scored md[] = {
        { media, "省级1次", 6, 3 }, { media, "国家级2次", 6, 6 }, { media, "市级1次、县级1次", 6, 3 },
    };
    check_scored(md, sizeof md / sizeof *md);
    jx_rule r = parse_ok(late);
    assert_int_equal(r.clause[0].cond.kind, JX_RC_KIND);
    assert_int_equal(score_err(&r, "2次", 6), JX_ERR_LEVEL_UNKNOWN);      /* which kind? */
    assert_int_equal(score_err(&r, "迟报1次、迟报1次", 6), JX_ERR_LEVEL_UNKNOWN);
    assert_int_equal(score_err(&r, "早报1次", 6), JX_ERR_LEVEL_UNKNOWN);
    jx_actual two = { 0, 2, NULL, 0 };
    double s;
    assert_int_equal(jx_rule_score(&r, &two, 6, 2, &s, NULL), JX_ERR_LEVEL_UNKNOWN);
    /* a rate is no decline: "每下降5%" does not read "人员持证率88%" (b14-15) */
    jx_rule v = parse_ok("许可证持证，每缺1户扣1分；人员持证率(按培训证统计)每下降5%扣0.5分，扣完为止。");
    assert_int_equal(score_err(&v, "人员持证率88%", 4), JX_ERR_LEVEL_UNKNOWN);
    assert_double_bits(score_text(&v, "缺2户", 4), 2);
    /* a cap after all the kinds: whose is it? */
    const char *shared = "每迟报一次扣0.5分，漏报一次扣1分，最多扣3分。";
    jx_rule d;
    jx_diag g;
    assert_int_equal(jx_rule_parse(shared, strlen(shared), &d, &g), JX_ERR_RULE_SYNTAX);
    char m[JX_MSG_MAX];
    jx_rule_explain(&r, JX_LANG_ZH, m, sizeof m);
    assert_str_eq(m, "“迟报”每1次扣0.5分；“漏报”每1次扣1分");
}

/* Table layouts: points in brackets after an outcome or across clauses, glued list numbers (a10, a15). */
static void test_layouts(void **state)
{
    (void)state;
    const char *found = "4.对非法侵占林地、破坏湿地和野生动物资源等违法犯罪的进行调查处理，\n"
                        "出现一例未处理扣10分（20分）。";
    const char *meet = "2.单位领导班子部署河长制相关工作，年内至少3次，\n查看相关会议记录（3分，少一次扣1分）。";
    const char *attend = "参加河长制相关会议\n（2分，少一次扣0.5分，扣完为止）";
    const char *glued = "1、未确定专人或兼职保管的扣0.5分2、不按规定及时移交档案部门保管或无移交清册的扣1分";
    const scored t[] = {
        { found, "0", 20, 20 }, { found, "1例", 20, 10 }, { found, "2例", 20, 0 },
        { meet, "3次", 3, 3 }, { meet, "2次", 3, 2 }, { meet, "0次", 3, 0 },
        { attend, "少1次", 2, 1.5 }, { attend, "少5次", 2, 0 },
        { glued, "未确定专人或兼职保管", 1, 0.5 }, { glued, "无移交清册", 1, 0 },
    };
    check_scored(t, sizeof t / sizeof *t);
    /* no punctuation at all (b32-02) */
    jx_rule b = parse_ok("无事故得10分平指标得5分超指标不得分");
    assert_double_bits(score_text(&b, "平指标", 10), 5);
    assert_double_bits(score_text(&b, "超指标", 10), 0);
    assert_double_bits(score_text(&b, "无事故", 10), 10);
    /* the points after the outcome are the item's: more than it is worth is refused */
    jx_rule r = parse_ok(found);
    assert_int_equal(score_err(&r, "1例", 10), JX_ERR_RULE_SYNTAX);
    /* 否则 after a bound alone (its met outcome is not said) is still refused */
    const char *deny = "确保县城污水处理率达80%以上，否则不得分（10分）；";
    jx_rule d;
    jx_diag g;
    assert_int_equal(jx_rule_parse(deny, strlen(deny), &d, &g), JX_ERR_RULE_SYNTAX);
    assert_non_null(strstr(g.text, "否则"));
}

/* A score refused because an OPEN clause may apply: JX_ERR_RULE_OPEN quoting `clause`. */
static void open_refused(const jx_rule *r, const jx_actual *a, double points, const char *clause)
{
    double s = 12345;
    jx_diag d;
    jx_err e = jx_rule_score(r, a, points, 2, &s, &d);
    if (e != JX_ERR_RULE_OPEN || strstr(d.text, clause) == NULL) {
        print_error("%d, quoted \"%s\", want JX_ERR_RULE_OPEN quoting \"%s\"\n", (int)e, d.text,
                    clause);
        fail();
    }
    assert_double_bits(s, 12345);
}

static void open_text(const jx_rule *r, const char *actual, double points, const char *clause)
{
    jx_actual a = { 1, 0, actual, strlen(actual) };
    open_refused(r, &a, points, clause);
}

static void open_num(const jx_rule *r, double actual, double points, const char *clause)
{
    jx_actual a = { 0, actual, NULL, 0 };
    open_refused(r, &a, points, clause);
}

/*
 * OPEN clauses (ruletext.h): understood, scoring nothing; a score only when
 * the actual certainly falls under another clause.  Corpus ids in comments.
 */
static void test_open_clauses(void **state)
{
    (void)state;
    /* b17-01: a level next to 视具体情况扣分 */
    jx_rule a = parse_ok("可行性研究报告(项目申报书)编制符合要求的得7分,不符合要求的视具体情况扣分,"
                         "扣完7分为止。");
    assert_double_bits(score_text(&a, "符合要求", 7), 7);
    open_text(&a, "不符合要求", 7, "不符合要求的视具体情况扣分");
    explains(&a, "“不符合要求”：视具体情况扣分（评价人决定，不自动计分）",
             "\"视具体情况扣分\" (the evaluator decides; not scored automatically)");
    char m[512];
    jx_actual sa = { 1, 0, "符合要求", strlen("符合要求") };
    assert_jx_ok(jx_rule_score_explain(&a, &sa, 7, JX_LANG_ZH, m, sizeof m));
    assert_non_null(strstr(m, "得7分"));
    jx_actual na = { 1, 0, "不符合要求", strlen("不符合要求") };
    assert_jx_err(jx_rule_score_explain(&a, &na, 7, JX_LANG_EN, m, sizeof m), JX_ERR_RULE_OPEN);
    assert_non_null(strstr(m, "evaluator"));
    /* b14-06: a count next to 资料不齐全酌情扣分; the count is the measure */
    jx_rule b = parse_ok("每少一次督导扣1分，资料不齐全酌情扣分。");
    assert_double_bits(score_text(&b, "少2次", 4), 2);
    open_text(&b, "资料不齐全", 4, "资料不齐全酌情扣分");
    explains(&b, "“资料不齐全”：酌情扣分（评价人决定，不自动计分）", "“资料不齐全”: \"酌情扣分\"");
    /* b14-14: 各扣1分 after three conditions: one level each, beside 酌情 */
    jx_rule each = parse_ok("未协助管理相对人办理许可证的，未组织从业人员健康体检及培训的，相关台帐资料未登记的，"
                            "各扣1分，登记不全的，酌情扣分。");
    assert_double_bits(score_text(&each, "未组织从业人员健康体检及培训", 8), 7);
    open_text(&each, "登记不全", 8, "酌情扣分");
    /* no condition: every actual may fall under it */
    jx_rule c = parse_ok("按实际情况酌情打分");
    open_text(&c, "好", 5, "按实际情况酌情打分");
    open_num(&c, 0.9, 5, "按实际情况酌情打分");
    /* a range of points under 其余: only the bound is certain */
    jx_rule d = parse_ok("≥95%得满分，其余扣1-3分");
    assert_double_bits(score_num(&d, 0.96, 6), 6);
    open_num(&d, 0.9, 6, "其余扣1-3分");
    explains(&d, "1–3分（评价人在此范围内决定，不自动计分）", "1–3 points (the evaluator decides");
    /* b32-04: a deduction with no amount from the second occurrence */
    jx_rule e = parse_ok("无事故得分5分,发生一次扣5分,二次及以上累计扣。");
    assert_double_bits(score_text(&e, "0次", 5), 5);
    assert_double_bits(score_text(&e, "1次", 5), 0);
    open_text(&e, "2次", 5, "二次及以上累计扣");
    explains(&e, "累计扣（扣分数未写明，不自动计分）", "the amount is not stated");
    /* a10-10: 否则 after a bound and a second requirement */
    jx_rule f = parse_ok("1.确保县城污水处理率达80%以上，生活污水处理厂产生的污泥基本实现无害化（资源化）"
                         "处理处置，否则不得分（10分）；");
    assert_double_bits(score_num(&f, 0.75, 10), 0);
    open_num(&f, 0.85, 10, "生活污水处理厂");
    open_num(&f, 0.80, 10, "生活污水处理厂");
    explains(&f, "还须“生活污水处理厂", "also requires");
    /* c04-07: 未完成 in two parts: which? */
    jx_rule g = parse_ok("全部完成发放补贴面积得5分,未完成不得分; 全部完成补贴资金下发得5分,未完成不得分。");
    assert_double_bits(score_text(&g, "全部完成", 10), 10);
    open_text(&g, "未完成", 10, "未完成不得分");
    explains(&g, "“未完成”：未完成不得分（此说法对应多个子项，无法确定是哪一项", "which one is not known");
    /* a24-02: a proportion beside parts: a rate of which part? */
    jx_rule pr = parse_ok("完成縣政府下達的全年財政收入任務的得2分,完成全縣一般預算收入任務的得13分,"
                          "沒有完成任務按比例得分。(收入以國庫科提供的數據為準)。");
    assert_double_bits(score_text(&pr, "均完成", 15), 15);
    open_text(&pr, "沒有完成任務", 15, "沒有完成任務按比例得分");
    assert_int_equal(score_err(&pr, "95%", 15), JX_ERR_LEVEL_UNKNOWN);
    /* a09-02: a rank scored from the first one's value (other data) */
    jx_rule h = parse_ok("第1名得6分，第2-5名按第1名的比例得分");
    assert_double_bits(score_text(&h, "第1名", 6), 6);
    open_text(&h, "第3名", 6, "第2-5名按第1名的比例得分");
    explains(&h, "按第1名的比例得分（需其他资料，不自动计分）", "needs other data");
    /* a06-08: other departments take an average of others' scores; a rate is scored */
    jx_rule k = parse_ok("专业部门中属于专业干部的人员占比不少于50%的，得2分；每低1%，扣0.05分。"
                         "其他部门得分为专业部门得分的平均分");
    assert_double_bits(score_text(&k, "44%", 2), 1.7);
    open_text(&k, "其他部门", 2, "其他部门得分为专业部门得分的平均分");
    /* an exemption whose condition needs others' data (a09-04's form): certain only
     * when the score is already what the exemption gives */
    jx_rule ex = parse_ok("少报一次扣1分；但上报率高于全省平均水平的，可不扣分。");
    assert_double_bits(score_text(&ex, "0", 5), 5);
    open_num(&ex, 2, 5, "但上报率高于全省平均水平的");
    explains(&ex, "“但上报率高于全省平均水平的”时满分", "needs other data");
    /* alternatives with different bounds (a24-01's form) */
    jx_rule alt = parse_ok("新办入库税收100万元以上的,或老工业企业入库税收在200万元以上的,得5分。");
    assert_double_bits(score_text(&alt, "250万元", 5), 5);
    assert_double_bits(score_text(&alt, "50万元", 5), 0);
    open_text(&alt, "120万元", 5, "或老工业企业入库税收在200万元以上的");
    explains(&alt, "实际值未说明是哪一种", "the actual does not say which");
    /* b29-01: a column of points in brackets, glued on, some of them ranges */
    jx_rule col = parse_ok("完成50%及以上(50)完成30%及以上(30-49)完成10%及以上(20-29)完成10%以下(0-19)");
    assert_double_bits(score_num(&col, 0.6, 50), 50);
    open_num(&col, 0.35, 50, "完成30%及以上(30-49)");
    open_num(&col, 0.05, 50, "完成10%以下(0-19)");
    /* one bracketed number alone is no points column */
    jx_rule one;
    jx_diag od;
    const char *ot = "完成率达到95%(2)";
    jx_err oe = jx_rule_parse(ot, strlen(ot), &one, &od);
    assert_true(oe != JX_OK || one.clause[0].out.kind != JX_RO_POINTS || one.clause[0].out.value != 2);
    /* 否则按比例 above an upper bound: min(x, 1) is 1 there, a proportion of what? */
    jx_rule q = parse_ok("在职人员控制率小于或等于100%计5分,否则按比例计分。");
    assert_double_bits(score_num(&q, 0.95, 5), 5);
    open_num(&q, 1.1, 5, "否则按比例计分");
    jx_rule q2 = parse_ok("完成率达到100%的得满分,否则按比例计分。");
    assert_double_bits(score_num(&q2, 0.95, 5), 4.75);
    /* the template's compiler refuses it by name */
    char fml[JX_FORMULA_MAX];
    jx_formula_refs refs = { "A1", "B1", NULL };
    jx_diag fd;
    const char *bt = "≥95%得满分，其余扣1-3分";
    assert_jx_err(jx_formula_rule(&d, &refs, 2, bt, fml, sizeof fml, &fd), JX_ERR_RULE_OPEN);
    assert_non_null(strstr(fd.text, "其余扣1-3分"));
    /* a step left to the evaluator is not understood: what would it count? */
    jx_rule z;
    jx_diag zd;
    const char *st = "每少一次酌情扣分";
    assert_jx_err(jx_rule_parse(st, strlen(st), &z, &zd), JX_ERR_RULE_SYNTAX);
}

/* An outcome emptying the whole table is 0 for the item (b32-01). */
static void test_veto(void **state)
{
    (void)state;
    jx_rule r = parse_ok("无事故得20分,发生一次,本表100分扣完");
    assert_double_bits(score_text(&r, "0次", 20), 20);
    assert_double_bits(score_text(&r, "1次", 20), 0);
    assert_double_bits(score_text(&r, "3次", 20), 0);
    jx_rule v = parse_ok("无事故得10分,发生一次,实行一票否决");
    assert_double_bits(score_num(&v, 1, 10), 0);
    /* with no base in points the first occurrence's price is not a number: refused */
    jx_diag d;
    jx_rule z;
    const char *t = "无事故得满分,发生一次,本表100分扣完";
    assert_jx_err(jx_rule_parse(t, strlen(t), &z, &d), JX_ERR_RULE_SYNTAX);
}

/* Notes naming where the data comes from score nothing (b25-01, a24-02). */
static void test_source_notes(void **state)
{
    (void)state;
    jx_rule r = parse_ok("效果显著得满分，效果一般得一半分，以检查记录为准");
    assert_double_bits(score_text(&r, "效果显著", 4), 4);
    jx_rule b = parse_ok("受到省委省政府表彰的,加1分,加分依据为考核年度内下达的表彰文件");
    assert_double_bits(score_text(&b, "受到省委省政府表彰", 2), 1);
    jx_rule c = parse_ok("完成任务的得2分。(收入以國庫科提供的數據為準)。");
    assert_double_bits(score_text(&c, "完成任务", 2), 2);
    /* a condition with a remark in brackets stays a condition (a23-04) */
    jx_rule k = parse_ok("2.专项资金按时拨付、及时发放的(以“财政专项资金及时分析监控系统”登记情况为准),得10分。");
    assert_double_bits(score_text(&k, "按时拨付、及时发放", 10), 10);
}

/* Points for each one, from nothing (c02-02); next to a deduction they are kinds (a20-03,
 * test_ruletext_parts.c: each kind named by the actual). */
static void test_points_each(void **state)
{
    (void)state;
    const char *each = "是否符合客观实际是否可实现、可完成;是否将部门整体的工作目标细化分解,使其为可衡量、可比较。"
                       "每项达到目标值得1分。";
    const scored t[] = { { each, "1", 2, 1 }, { each, "2", 2, 2 }, { each, "3", 2, 2 },
                         { each, "1/2", 2, 1 } };
    check_scored(t, sizeof t / sizeof *t);
    /* verbless points for each one, in a sentence that deducts nothing (b23-01) */
    const char *dept = "出台民政部门与相关部门进行信息核对的政策。(2分, 1个部门0.5分,满分2分)";
    const scored u[] = { { dept, "3个部门", 2, 1.5 }, { dept, "5个部门", 2, 2 }, { dept, "0", 2, 0 } };
    check_scored(u, sizeof u / sizeof *u);
    jx_rule d0;
    jx_diag g0;
    const char *either = "发现问题1个问题0.5分,不规范扣1分";   /* a verbless N分 next to 扣: which way? */
    assert_int_equal(jx_rule_parse(either, strlen(either), &d0, &g0), JX_ERR_RULE_SYNTAX);
    const char *mixed = "采购过程中,严格执行有关节能、环保、支持中小企业等采购政策的,提供一例得1分,最高8分;"
                        "明显违背政策的,发现一次扣2分。";
    jx_rule d;
    jx_diag g;
    assert_jx_ok(jx_rule_parse(mixed, strlen(mixed), &d, &g));
    assert_int_equal(d.clause[0].cond.kind, JX_RC_KIND);
}

/* The first ranks and their points, levels for the rest (b06-01). */
static void test_first_ranks(void **state)
{
    (void)state;
    const char *rank = "按照本年度新培育总数依次排名,前三名按照6、5、4分打分,有新培育的得3分,没有新培育的0分。";
    const scored t[] = {
        { rank, "第1名", 6, 6 }, { rank, "第2名", 6, 5 }, { rank, "第3名", 6, 4 },
        { rank, "没有新培育", 6, 0 }, { rank, "有新培育", 6, 3 },
    };
    check_scored(t, sizeof t / sizeof *t);
    jx_rule r = parse_ok(rank);
    assert_int_equal(score_err(&r, "第5名", 6), JX_ERR_RULE_SYNTAX);   /* not said */
    /* as many points as ranks, or refused */
    const char *bad = "前三名按照6、5分打分";
    jx_rule d;
    jx_diag g;
    assert_int_equal(jx_rule_parse(bad, strlen(bad), &d, &g), JX_ERR_RULE_SYNTAX);
}

/* What the scoring looks at, then the rule (a09-11, a01-05). */
static void test_lead_ins(void **state)
{
    (void)state;
    const char *tasks = "2.落实全市年度机构编制重点任务情况（0.5分）。根据推进“四个十”工作体系总体情况，"
                        "未完成的每项扣0.1分。";
    const char *funds = "春节前下达全部专项资金的50%;6月底前所有专项资金指标全部下达完。\n"
                        "每出现一个专项未按进度完成资金下达扣0.5分,扣完为止。";
    const scored t[] = {
        { tasks, "0", 0.5, 0.5 }, { tasks, "2项", 0.5, 0.3 },
        { funds, "0", 3, 3 }, { funds, "2", 3, 2 }, { funds, "7", 3, 0 },
    };
    check_scored(t, sizeof t / sizeof *t);
    /* the schedule's 50% is what a finding is, not a bound on the count */
    jx_rule r = parse_ok(funds);
    assert_int_equal(score_err(&r, "50%", 3), JX_ERR_UNIT_MISMATCH);
}

/* Findings counted in 户, a level with an alternative after 或, a bonus item alone (a11-05, a09-05, a26-26). */
static void test_levels_more(void **state)
{
    (void)state;
    const char *rent = "6、出租屋巡查2分。出租房屋每4个月至少登记1次巡查信息，未巡查而被提醒后10天未维护的，"
                       "每发现1户扣0.3分。";
    const char *adjust = "2.根据近三年学生数的增减情况，实行动态调整的，得1分；未实行动态调整的，或“逆向”减少"
                         "中小学教职工编制的，扣1分。";
    const char *bonus = "省委、省综治委召开现场会推广典型经验的，加5分";
    const scored t[] = {
        { rent, "0", 2, 2 }, { rent, "3户", 2, 1.1 }, { rent, "6户", 2, 0.2 },
        { adjust, "实行动态调整", 1, 1 }, { adjust, "未实行动态调整", 1, 0 },
        { bonus, "召开现场会推广", 10, 5 },
    };
    check_scored(t, sizeof t / sizeof *t);
    /* a full-points base with steps is also a level the actual may name (c06-01) */
    jx_rule fit = parse_ok("乡镇整体决策管理符合三重一大管理安排。符合,得满分;不符合,发现一处扣1分,扣完为止。");
    assert_double_bits(score_text(&fit, "符合", 2), 2);
    assert_double_bits(score_text(&fit, "1处", 2), 1);
    /* blanks a PDF left inside the label do not hide it (a18-01) */
    jx_rule tax = parse_ok("(一)按照规定的项目和标准征收的,计5分;擅自设立非税收入项 目,执收或变相执收已停征、"
                           "取消的非税收入项目,擅自改变非税收入 征收标准的, 计0分。");
    assert_double_bits(score_text(&tax, "擅自改变非税收入征收标准", 5), 0);
    /* a bonus next to a level that scores is added to it, not given alone */
    const char *more = "按时完成的得5分，超额完成的加2分";
    jx_rule d;
    jx_diag g;
    assert_int_equal(jx_rule_parse(more, strlen(more), &d, &g), JX_ERR_RULE_SYNTAX);
}

/* RULEEXPLAIN / SCOREEXPLAIN words. */
static void test_explain(void **state)
{
    (void)state;
    jx_rule r = parse_ok("≥95%得满分，低于95%的每低1个百分点扣0.5分，扣完为止");
    char m[JX_MSG_MAX];
    jx_rule_explain(&r, JX_LANG_ZH, m, sizeof m);
    assert_str_eq(m, "≥95%：满分；其余：满分，自95%起每少1个百分点扣0.5分，扣完为止（只计整档）");
    jx_actual a = { 1, 0, "93%", 3 };
    assert_jx_ok(jx_rule_score_explain(&r, &a, 8, JX_LANG_ZH, m, sizeof m));
    assert_str_eq(m, "实际93%，符合“其余”，低于95%共2档，扣1分，得7分");
    assert_jx_ok(jx_rule_score_explain(&r, &a, 8, JX_LANG_EN, m, sizeof m));
    assert_str_eq(m, "actual 93%, meets \"otherwise\", 2 steps below 95%, minus 1, score 7");
    jx_actual bad = { 0, 96, NULL, 0 };
    assert_jx_err(jx_rule_score_explain(&r, &bad, 8, JX_LANG_ZH, m, sizeof m), JX_ERR_PERCENT_UNIT);
    assert_true(m[0] != '\0');
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_threshold_full_half),
        cmocka_unit_test(test_subject_and_bare_bounds),
        cmocka_unit_test(test_band_table),
        cmocka_unit_test(test_levels),
        cmocka_unit_test(test_deduct_per_day),
        cmocka_unit_test(test_deduct_condition_before),
        cmocka_unit_test(test_step),
        cmocka_unit_test(test_ratio),
        cmocka_unit_test(test_check),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_issue_forms),
        cmocka_unit_test(test_refused_forms),
        cmocka_unit_test(test_silent_wrong_refused),
        cmocka_unit_test(test_task_and_standard_forms),
        cmocka_unit_test(test_sub_items),
        cmocka_unit_test(test_count_changes),
        cmocka_unit_test(test_written_excess),
        cmocka_unit_test(test_kinds),
        cmocka_unit_test(test_layouts),
        cmocka_unit_test(test_points_each),
        cmocka_unit_test(test_open_clauses),
        cmocka_unit_test(test_source_notes),
        cmocka_unit_test(test_veto),
        cmocka_unit_test(test_first_ranks),
        cmocka_unit_test(test_lead_ins),
        cmocka_unit_test(test_levels_more),
        cmocka_unit_test(test_explain),
    };
    return cmocka_run_group_tests_name("ruletext", tests, NULL, NULL);
}
