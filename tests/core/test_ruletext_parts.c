/*
 * test_ruletext_parts.c - the g6 forms of 评扣分标准 sentences (issue 15):
 * a count standard stated in words (每季度召开一次…少一次扣1分), findings
 * that deduct with nothing found (一经发现…扣), and the other sentences made
 * of parts.  Corpus ids in comments; each form has a case it must leave
 * alone.
 */
#include "ruletext_testutil.h"

/* a22-02: "每季度召开一次" is 4 a year; a count held is read against it. */
static void test_frequency_standard(void **state)
{
    (void)state;
    jx_rule r = parse_ok("2、责任制落实5分,每季度召开一次专题会议,少一次扣1分,"
                         "年初未签订责任书扣5分。");
    assert_double_bits(score_text(&r, "4次", 5), 5);
    assert_double_bits(score_text(&r, "3次", 5), 4);
    assert_double_bits(score_text(&r, "召开3次", 5), 4);
    assert_double_bits(score_text(&r, "6次", 5), 5);      /* more than needed: none missing */
    assert_double_bits(score_text(&r, "少2次", 5), 3);    /* as before: the gap written so */
    assert_double_bits(score_text(&r, "年初未签订责任书", 5), 0);
    jx_actual bare = { 0, 4, NULL, 0 };
    refused(&r, &bare, 5, JX_ERR_LEVEL_UNKNOWN, NULL);          /* 4 what? */
    explains(&r, "（全年应4次，填实际次数时按所少计）", "(4 次 required a year;");
    jx_actual four = { 1, 0, "4次", strlen("4次") };
    score_explains(&r, &four, 5, "实际“4次”，按所列各项合计，得5分",
                   "actual \"4次\", the items listed, summed, score 5");
    /* no frequency in the kind's words: a count held is not read */
    jx_rule plain = parse_ok("专题会议少一次扣1分,年初未签订责任书扣5分。");
    jx_actual held = { 1, 0, "4次", strlen("4次") };
    refused(&plain, &held, 5, JX_ERR_LEVEL_UNKNOWN, NULL);
}

/* a06-12: deductions for findings only: a count of 0 is nothing found. */
static void test_nothing_found(void **state)
{
    (void)state;
    jx_rule r = parse_ok("是否有效落实机构编制调整的，一经发现未有效落实的，扣0.5分；"
                         "是否擅自变相增设机构的，一经发现扣1分");
    assert_double_bits(score_num(&r, 0, 1.5), 1.5);
    jx_actual one = { 0, 1, NULL, 0 };
    refused(&r, &one, 1.5, JX_ERR_LEVEL_UNKNOWN, NULL);          /* which finding? */
    jx_actual zero = { 0, 0, NULL, 0 };
    score_explains(&r, &zero, 1.5, "实际0，未出现所列扣分情形，得1.5分",
                   "actual 0, none of the failures listed, score 1.5");
    /* levels that are no findings: 0 is not read (not done, or no failure?) */
    jx_rule lv = parse_ok("未建立制度的扣3分；制度不健全的扣1分");
    refused(&lv, &zero, 5, JX_ERR_LEVEL_UNKNOWN, NULL);
}

/* bpb06-01: all N criteria for the points, each one missed deducted. */
static void test_criteria_count(void **state)
{
    (void)state;
    jx_rule r = parse_ok("1.评分标准: 符合全部 3 项指标的按 100 分计,每不符合 1 项扣 40 分,"
                         "直至扣为零分。");
    assert_double_bits(score_text(&r, "符合3项", 100), 100);
    assert_double_bits(score_text(&r, "符合2项", 100), 60);
    assert_double_bits(score_text(&r, "不符合1项", 100), 60);
    assert_double_bits(score_text(&r, "不符合3项", 100), 0);
    jx_actual bare = { 0, 2, NULL, 0 };
    refused(&r, &bare, 100, JX_ERR_NUMBER_SYNTAX, NULL);          /* 2 met or 2 missed? */
    jx_actual more = { 1, 0, "符合4项", strlen("符合4项") };
    refused(&r, &more, 100, JX_ERR_NUMBER_SYNTAX, NULL);          /* more than there are */
    explains(&r, "100分，自3项起每少1项扣40分，扣完为止（实际写明符合或不符合的项数",
             "100 points, minus 40 per 1项 below 3项, down to 0 (the actual says how many");
    jx_actual one = { 1, 0, "不符合1项", strlen("不符合1项") };
    score_explains(&r, &one, 100, "实际2项，符合“其余”，低于3项共1档，扣40分，得60分",
                   "actual 2项, meets \"otherwise\", 1 steps below 3项, minus 40, score 60");
    /* 满分 and another verb pair */
    jx_rule full = parse_ok("达到全部4项要求的得满分，每未达到1项扣2分");
    assert_double_bits(score_text(&full, "未达到1项", 8), 6);
    /* the step denies another verb than the lead's: not this form */
    jx_rule other;
    jx_diag d;
    const char *t = "符合全部3项指标的按100分计,每未完成1项扣40分";
    if (jx_rule_parse(t, strlen(t), &other, &d) == JX_OK) {
        jx_actual m = { 1, 0, "未完成1项", strlen("未完成1项") };
        refused(&other, &m, 100, JX_ERR_NUMBER_SYNTAX, NULL);
    }
    /* the points named exceed the item's: refused as before */
    jx_rule big = parse_ok("符合全部3项指标的按100分计,每不符合1项扣40分");
    jx_actual all = { 1, 0, "符合3项", strlen("符合3项") };
    refused(&big, &all, 10, JX_ERR_RULE_SYNTAX, NULL);
}

/* a20-03: a kind that adds, with its own cap, beside a kind that deducts. */
static void test_adding_and_deducting_kinds(void **state)
{
    (void)state;
    jx_rule r = parse_ok("采购过程中,严格执行有关节能、环保、支持中小企业等采购政策的,提供一例得1分,"
                         "最高8分;明显违背政策的,发现一次扣2分。");
    assert_double_bits(score_text(&r, "3例", 8), 3);
    assert_double_bits(score_text(&r, "10例", 8), 8);
    assert_double_bits(score_text(&r, "3例、发现1次", 8), 1);
    assert_double_bits(score_text(&r, "发现1次", 8), 0);
    assert_double_bits(score_text(&r, "1次", 8), 0);           /* the one kind in 次 */
    jx_actual both = { 1, 0, "10例、发现1次", strlen("10例、发现1次") };
    refused(&r, &both, 8, JX_ERR_LEVEL_UNKNOWN, NULL);   /* 8 − 2, or min(8, 10 − 2)? */
    explains(&r, "每1例加1分，最多加8分；", "at most 8 added");
    jx_actual three = { 1, 0, "3例、发现1次", strlen("3例、发现1次") };
    score_explains(&r, &three, 8, "实际“3例、发现1次”，按所列各项合计，得1分",
                   "actual \"3例、发现1次\", the items listed, summed, score 1");
    /* a level beside a kind may be counted too: a bare "1次" stays refused (a20-05) */
    jx_rule lv = parse_ok("未在政府采购评审专家库中抽取专家的,发现一次扣1分;"
                          "自行选定专家未录入专家库系统的,扣2分。");
    jx_actual once = { 1, 0, "1次", strlen("1次") };
    refused(&lv, &once, 4, JX_ERR_LEVEL_UNKNOWN, NULL);
}

/* b26-05: numbered parts, each with its points and its own deductions. */
static void test_deduct_parts(void **state)
{
    (void)state;
    const char *t = "1、项目绩效目标全申报的 1 分,缺一项扣 0.5 分,扣完为止;\n2、绩效目标规范 1 分,"
                    "不规范扣 0.5 分;\n3、按时申报绩效目标计 2 分,逾期扣 1 分。";
    jx_rule r = parse_ok(t);
    /* one failure named says nothing of the other parts (bpc02-05 "逾期": ERR) */
    jx_actual late = { 1, 0, "逾期申报", strlen("逾期申报") };
    refused(&r, &late, 4, JX_ERR_LEVEL_UNKNOWN, NULL);
    assert_double_bits(score_text(&r, "全部符合", 4), 4);
    assert_double_bits(score_text(&r, "仅逾期申报", 4), 3);
    assert_double_bits(score_text(&r, "逾期，其余符合", 4), 3);
    assert_double_bits(score_text(&r, "仅缺一项", 4), 3.5);
    assert_double_bits(score_text(&r, "仅缺3项", 4), 3);     /* part 1 loses at most its 1 */
    assert_double_bits(score_text(&r, "绩效目标不规范，其余均符合", 4), 3.5);
    assert_double_bits(score_text(&r, "缺一项、逾期，其余符合", 4), 2.5);
    jx_actual a = { 1, 0, "仅未逾期", strlen("仅未逾期") };
    refused(&r, &a, 4, JX_ERR_LEVEL_UNKNOWN, NULL);                /* a denial added: not 逾期 */
    jx_actual other = { 1, 0, "仅逾期整改", strlen("仅逾期整改") };
    refused(&r, &other, 4, JX_ERR_LEVEL_UNKNOWN, NULL);   /* 整改: no word of the part */
    jx_actual big = { 1, 0, "仅逾期申报", strlen("仅逾期申报") };
    refused(&r, &big, 3, JX_ERR_RULE_SYNTAX, NULL);                /* the parts sum to 4 */
    refused(&r, &big, 5, JX_ERR_RULE_SYNTAX, NULL);                /* and what of the 5th point? */
    explains(&r, "“缺”（项目绩效目标全申报）每1项扣0.5分，最多扣1分；“不规范”（绩效目标规范）：扣0.5分；"
                 "“逾期”（按时申报绩效目标）：扣1分",
             "\"缺\" (part \"项目绩效目标全申报\"): minus 0.5 per 1 项, at most 1");
    explains(&r, "；实际须写明全部符合，或列出全部扣分情形（如“仅逾期”“逾期，其余符合”）",
             "; the actual must say all parts are met, or list every failure");
    score_explains(&r, &(jx_actual){ 1, 0, "仅逾期申报", strlen("仅逾期申报") }, 4,
                   "实际“仅逾期申报”，按所列各项合计，得3分",
                   "actual \"仅逾期申报\", the items listed, summed, score 3");
    /* bpf01-01 (held-out): "1." cut off, every part named, met or failed */
    jx_rule e = parse_ok("1.按时间要求及时报送年度目标任务的得1分,超出时间报送的扣1分。 "
                         "2.所报数字准确无误的得1分,出现统计错误等情况的扣1分。");
    assert_double_bits(score_text(&e, "按时报送,数字准确无误", 2), 2);
    assert_double_bits(score_text(&e, "超出时间报送,数字准确无误", 2), 1);
    assert_double_bits(score_text(&e, "超出时间报送,出现统计错误", 2), 0);
    jx_actual half = { 1, 0, "超出时间报送", strlen("超出时间报送") };
    refused(&e, &half, 2, JX_ERR_LEVEL_UNKNOWN, NULL);             /* part 2 not said */
    jx_actual twice = { 1, 0, "按时报送,超出时间报送", strlen("按时报送,超出时间报送") };
    refused(&e, &twice, 2, JX_ERR_LEVEL_UNKNOWN, NULL);            /* part 1 met and failed */
    /* a part with no deduction of its own: not this form (how is it lost?) */
    jx_rule x;
    jx_diag d;
    const char *u = "1、制度健全 1 分;2、按时申报计 2 分,逾期扣 1 分。";
    if (jx_rule_parse(u, strlen(u), &x, &d) == JX_OK) {
        jx_actual late2 = { 1, 0, "逾期申报", strlen("逾期申报") };
        double sc = -1;
        if (jx_rule_score(&x, &late2, 3, 2, &sc, &d) == JX_OK) assert_double_bits(sc, 2);
    }
}

/* b18-05: parts listed after 其中 with their points, each done gives its own. */
static void test_listed_parts(void **state)
{
    (void)state;
    jx_rule r = parse_ok("考查改善农业生产条件的5项预期效益指标的完成情况,按实现程度计分。其中:"
                         "提高灌溉水利用系数2分、新增和改善节水灌溉面积2分、新增和改善高效节水灌溉面积2分、"
                         "提高圩区防洪除涝能力2分、建立完善小型农田水利设施运行管理维护机制2分,"
                         "每完成1项取得该项分数,未完成项不得分。");
    assert_double_bits(score_text(&r, "完成4项", 10), 8);
    assert_double_bits(score_text(&r, "3/5", 10), 6);
    assert_double_bits(score_text(&r, "提高灌溉水利用系数", 10), 2);
    jx_actual bare = { 0, 4, NULL, 0 };
    refused(&r, &bare, 10, JX_ERR_LEVEL_UNKNOWN, NULL);            /* 4 met or 4 missed? */
    explains(&r, "“提高灌溉水利用系数”：2分；", "“提高灌溉水利用系数”: 2 points");
    /* unequal parts: a count alone does not say which */
    jx_rule u = parse_ok("其中:A指标3分、B指标1分,每完成1项取得该项分数,未完成项不得分。");
    jx_actual one = { 1, 0, "完成1项", strlen("完成1项") };
    refused(&u, &one, 4, JX_ERR_LEVEL_UNKNOWN, NULL);
    /* a lead-in naming another count than the list's: not this form */
    jx_rule x;
    jx_diag d;
    const char *t = "考查4项指标。其中:A指标2分、B指标2分,每完成1项取得该项分数。";
    if (jx_rule_parse(t, strlen(t), &x, &d) == JX_OK) {
        jx_actual all = { 1, 0, "完成2项", strlen("完成2项") };
        double sc = -1;
        assert_int_not_equal(jx_rule_score(&x, &all, 4, 2, &sc, &d), JX_OK);
    }
}

/* g01-02: parts each ending in its bracketed points, read when the clause grammar refuses. */
static void test_bracket_parts(void **state)
{
    (void)state;
    jx_rule r = parse_ok("建立健全基层应急管理组织体系,确定应急管理领导指挥机构(2分)、相关责任人员,"
                         "明确T作职责(2分)");
    assert_double_bits(score_text(&r, "全部完成", 4), 4);
    assert_double_bits(score_text(&r, "确定应急管理领导指挥机构", 4), 2);
    assert_double_bits(score_text(&r, "1/2", 4), 2);
    explains(&r, "“相关责任人员,明确T作职责”：2分", "“相关责任人员,明确T作职责”: 2 points");
    /* words after the last points, or a graded task: not this form */
    jx_rule x;
    jx_diag d;
    const char *t1 = "确定机构(2分)、明确职责(2分),否则酌情扣分";
    if (jx_rule_parse(t1, strlen(t1), &x, &d) == JX_OK) {
        jx_actual all = { 1, 0, "全部完成", strlen("全部完成") };
        double sc = -1;
        jx_err e = jx_rule_score(&x, &all, 4, 2, &sc, &d);
        if (e == JX_OK) assert_double_bits(sc, 4);
    }
    /* bpa01-04: numbered parts, a breakdown note in a bracket, a denial emptying the item */
    jx_rule v = parse_ok("1、设置年度绩效目标(2分,其中单位整体绩效目标1分,项目绩效目标1分,若单位无项目,"
                         "得2分) 2、绩效目标设置依据充分(1分) 3、绩效目标合理,符合实际,可操作(1分) "
                         "4、未设置绩效目标,该栏不得分");
    assert_double_bits(score_text(&v, "未设置绩效目标", 4), 0);
    assert_double_bits(score_text(&v, "3/3", 4), 4);
    jx_actual two = { 1, 0, "2/3", strlen("2/3") };
    refused(&v, &two, 4, JX_ERR_LEVEL_UNKNOWN, NULL);               /* parts of 2, 1, 1: which two? */
    explains(&v, "“设置年度绩效目标”：2分；“绩效目标设置依据充分”：1分；", "“未设置绩效目标”: 0");
    /* a tail that does not deny: not this form */
    const char *t3 = "1、设置目标(2分) 2、依据充分(1分) 3、设置绩效目标,该栏不得分";
    jx_rule z;
    if (jx_rule_parse(t3, strlen(t3), &z, &d) == JX_OK) {
        jx_actual set = { 1, 0, "设置绩效目标", strlen("设置绩效目标") };
        double sc = -1;
        if (jx_rule_score(&z, &set, 3, 2, &sc, &d) == JX_OK) assert_double_bits(sc, 0);
    }
    const char *t2 = "积极配合开展工作(2分)、完善工作机制(2分)、相关人员,明确职责扣1分(1分)";
    jx_rule y;
    assert_int_equal(jx_rule_parse(t2, strlen(t2), &y, &d), JX_ERR_RULE_SYNTAX);
}

/* b32-05: a frequency required, its denial gives nothing. */
static void test_frequency_or_nothing(void **state)
{
    (void)state;
    jx_rule r = parse_ok("每月不少于1次,不检查不得分,以记录为准");
    assert_double_bits(score_text(&r, "不检查", 12), 0);
    assert_double_bits(score_text(&r, "每月1次", 12), 12);
    assert_double_bits(score_text(&r, "12次", 12), 12);
    assert_double_bits(score_num(&r, 13, 12), 12);
    jx_actual fewer = { 1, 0, "10次", strlen("10次") };
    refused(&r, &fewer, 12, JX_ERR_RULE_SYNTAX, NULL);          /* fewer: the sentence does not say */
    jx_actual quarterly = { 1, 0, "每季度1次", strlen("每季度1次") };
    refused(&r, &quarterly, 12, JX_ERR_RULE_SYNTAX, NULL);      /* 4 a year: fewer */
    explains(&r, "≥12次：满分；“不检查”：不得分；其余：句中未规定（不评分）",
             "≥12次: full points; “不检查”: 0; otherwise: not stated (no score)");
    /* a denial that is no denial, or a score word in the requirement: not this form */
    jx_rule x;
    jx_diag d;
    const char *t = "每月不少于1次得满分,检查不得分";
    if (jx_rule_parse(t, strlen(t), &x, &d) == JX_OK) {
        jx_actual c = { 1, 0, "检查", strlen("检查") };
        double sc = -1;
        if (jx_rule_score(&x, &c, 12, 2, &sc, &d) == JX_OK) assert_double_bits(sc, 0);
    }
}

/* bpd01-02, bpc01-03, bpd01-03 (held-out): numbered items or questions, each worth the same. */
static void test_counted_items(void **state)
{
    (void)state;
    jx_rule r = parse_ok("(1)项目市、县是否建立健全了营养改善计划领导小组及工作机制; (2)教育主管部门是否成立"
                         "专门工作机构。 符合以上每项的,得2分,否则不得分。");
    assert_double_bits(score_text(&r, "2/2", 4), 4);
    assert_double_bits(score_text(&r, "1/2", 4), 2);
    assert_double_bits(score_text(&r, "0/2", 4), 0);
    jx_actual three = { 1, 0, "2/3", strlen("2/3") };
    refused(&r, &three, 4, JX_ERR_LEVEL_UNKNOWN, NULL);            /* there are 2 items */
    explains(&r, "：2分；", ": 2 points");
    jx_rule c = parse_ok("①招待费用 明确招待标准和招待 人数,1分 ;②车辆维护、燃油使用 政府定点,1分 。"
                         "③ 制 定 “三公经 费”管理办法,1分 ,每少一项扣 1 分,扣完为止。");
    assert_double_bits(score_text(&c, "3/3", 3), 3);
    assert_double_bits(score_text(&c, "2/3", 3), 2);
    jx_rule q = parse_ok("实施方案中是否设定了绩效目标,是否符合分解下达的目标要求,是否符合客观实际的要求,"
                         "是否做到了细化、量化、可衡量,符合一项得1分,不符合不得分。");
    assert_double_bits(score_text(&q, "3/4", 4), 3);
    assert_double_bits(score_text(&q, "全部符合", 4), 4);
    /* bpf02-01, bpf02-03: a count of sub-items in a numeral, all or none */
    jx_rule f = parse_ok("印制宣传手册,得 1 分;举办就业政策培训班,得 1 分;经验材料被推广、转发或刊载,得 1 分。");
    assert_double_bits(score_text(&f, "三项均有", 3), 3);
    assert_double_bits(score_text(&f, "均无", 3), 0);
    jx_actual four = { 1, 0, "四项均有", strlen("四项均有") };
    refused(&f, &four, 3, JX_ERR_LEVEL_UNKNOWN, NULL);              /* there are three */
    /* a clause after the award that limits it: not this form (bpd01-01 stays refused) */
    jx_rule x;
    jx_diag d;
    const char *t = "(1)纳入规划; (2)编制了实施意见; 满足以上1项得1分,未编制实施意见的本指标(2)项不得分。";
    assert_int_equal(jx_rule_parse(t, strlen(t), &x, &d), JX_ERR_RULE_SYNTAX);
    /* items worth different points under 每少一项: not this form */
    const char *u = "①制度,1分;②台账,2分,每少一项扣1分,扣完为止。";
    if (jx_rule_parse(u, strlen(u), &x, &d) == JX_OK) {
        jx_actual two = { 1, 0, "2/2", strlen("2/2") };
        double sc = -1;
        if (jx_rule_score(&x, &two, 3, 2, &sc, &d) == JX_OK) assert_double_bits(sc, 3);
    }
}

/* b18-03: numbered parts, one of which empties the whole item: only it is scored. */
static void test_veto_part(void **state)
{
    (void)state;
    jx_rule r = parse_ok("1、重点县制定的资金整合计划全部落实,得8分。\n2、重点县整合资金规模占年度总投资的"
                         "30%以上、20%以上和10%以上,分别得6分、4分和2分。\n3、重点县制定的资金整合计划"
                         "未全部落实,本项指标不得分。");
    assert_double_bits(score_text(&r, "未全部落实", 14), 0);
    jx_actual share = { 1, 0, "25%", strlen("25%") };
    double s = 12345;
    jx_diag d;
    assert_int_not_equal(jx_rule_score(&r, &share, 14, 2, &s, &d), JX_OK);   /* and the plan? */
    jx_actual done = { 1, 0, "全部落实", strlen("全部落实") };
    assert_int_not_equal(jx_rule_score(&r, &done, 14, 2, &s, &d), JX_OK);    /* and the share? */
    assert_double_bits(s, 12345);
    explains(&r, "其他：重点县制定的资金整合计划全部落实（需其他资料，不自动计分）；"
                 "“重点县制定的资金整合计划未全部落实”：不得分",
             "“重点县制定的资金整合计划未全部落实”: 0");
}

/* b14-23: counted kinds that deduct or add a bonus beyond the item, each under its own cap. */
static void test_bonus_kinds(void **state)
{
    (void)state;
    jx_rule r = parse_ok("报告的协管信息线索每少一条扣2分，最高扣12分；在完成6条的报告任务后，每多报告一条线索"
                         "奖励0.2分，最高奖励2分。报告的线索中，认定为价值较高的线索，每一条奖励0.5分，"
                         "最高奖励5分。");
    assert_double_bits(score_text(&r, "少2条", 12), 8);
    assert_double_bits(score_text(&r, "少7条", 12), 0);                /* 14, capped at 12 */
    assert_double_bits(score_text(&r, "多报告3条", 12), 12.6);         /* beyond the item */
    assert_double_bits(score_text(&r, "少2条、价值较高的线索3条", 12), 9.5);
    jx_actual bare = { 1, 0, "3条", strlen("3条") };
    refused(&r, &bare, 12, JX_ERR_LEVEL_UNKNOWN, NULL);                      /* three kinds count 条 */
    jx_actual over = { 1, 0, "多报告20条、价值较高的线索1条", strlen("多报告20条、价值较高的线索1条") };
    refused(&r, &over, 12, JX_ERR_LEVEL_UNKNOWN, NULL);                      /* a cap bites beside another */
    explains(&r, "“报告的协管信息线索少”每1条扣2分，最多扣12分；", "at most 2 added");
    /* a bonus with no cap of its own: not this form */
    jx_rule x;
    jx_diag d;
    const char *t = "每少一条扣2分，最高扣12分；每多报告一条线索奖励0.2分。";
    if (jx_rule_parse(t, strlen(t), &x, &d) == JX_OK) {
        jx_actual m = { 1, 0, "多报告30条", strlen("多报告30条") };
        double sc = -1;
        if (jx_rule_score(&x, &m, 12, 2, &sc, &d) == JX_OK) assert_true(sc <= 12 + 6 + 0.005);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_frequency_standard),
        cmocka_unit_test(test_nothing_found),
        cmocka_unit_test(test_criteria_count),
        cmocka_unit_test(test_adding_and_deducting_kinds),
        cmocka_unit_test(test_deduct_parts),
        cmocka_unit_test(test_listed_parts),
        cmocka_unit_test(test_bracket_parts),
        cmocka_unit_test(test_frequency_or_nothing),
        cmocka_unit_test(test_counted_items),
        cmocka_unit_test(test_veto_part),
        cmocka_unit_test(test_bonus_kinds),
    };
    return cmocka_run_group_tests_name("ruletext_parts", tests, NULL, NULL);
}
