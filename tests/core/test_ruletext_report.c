/*
 * test_ruletext_report.c - forms of the finance bureaus' report-assessment
 * tables (docs/RULES.md, "Reports, deadlines, occurrences (g11)").  The
 * sentences are the held-out corpus's (keys in tests/rules/sources-bpe.tsv,
 * sources-bpf.tsv) or shortened from them.
 */
#include "ruletext_testutil.h"
#include "jixiao/formula.h"

static void refused_rule(const char *text, const char *quote)
{
    jx_rule r;
    jx_diag d;
    assert_int_equal(jx_rule_parse(text, strlen(text), &r, &d), JX_ERR_RULE_SYNTAX);
    assert_str_eq(d.text, quote);
}

/* Refused, whatever part of the actual the message quotes. */
static void refused_any(const jx_rule *r, const char *actual, double points)
{
    jx_actual a = { 1, 0, actual, strlen(actual) };
    double s = 12345;
    jx_diag d;
    assert_int_not_equal(jx_rule_score(r, &a, points, 2, &s, &d), JX_OK);
    assert_double_bits(s, 12345);
}

/* Refused as an OPEN clause, quoting it. */
static void open_refused(const jx_rule *r, const char *actual, double points, const char *quote)
{
    jx_actual a = { 1, 0, actual, strlen(actual) };
    double s = 12345;
    jx_diag d;
    assert_int_equal(jx_rule_score(r, &a, points, 2, &s, &d), JX_ERR_RULE_OPEN);
    assert_double_bits(s, 12345);
    assert_str_eq(d.text, quote);
}

/* bpe06-01: a requirement, a holiday note, then the deductions (笔 counts entries). */
static void test_requirement_and_notes(void **state)
{
    (void)state;
    jx_rule r = parse_ok("每月报表应于次月10日前以电子表格式上报国家粮食局,遇节假日顺延。每月报表计5分,表内项目错一笔扣1分,漏填一个项目扣1分,迟报一天扣1分,扣完为止。报送期内自己发现错误并更正者不扣分。");
    assert_double_bits(score_text(&r, "迟报2天", 5), 3);
    assert_double_bits(score_text(&r, "错2笔,漏填1个项目", 5), 2);
    assert_double_bits(score_text(&r, "迟报7天", 5), 0);
    /* bpe06-02: a condition before a requirement is the requirement's */
    jx_rule y = parse_ok("年度会计报表应按国家粮食局有关编制决算文件规定的时间报送,文件未作规定的,应于次年60日内报送,遇节假日顺延。各地在上报电子表的同时,应上报一份书面报表和编制说明。报表缺编制说明扣1分,表内项目错一笔扣1分,漏填一个项目扣1分,迟报一天扣1分,扣完为止。");
    assert_double_bits(score_text(&y, "缺编制说明", 30), 29);
    assert_double_bits(score_text(&y, "表内项目错3笔,迟报2天", 30), 25);
    /* a requirement that governs a bare outcome is that outcome's condition,
     * no note (the reading of "否则" is the parser's as before) */
    jx_rule o = parse_ok("报表应于次月10日前报送,迟报的扣2分。");
    explains_rule(&o, "“迟报”：扣2分", "“迟报”: minus 2");
    /* the day count (bpe09-01), "下同" (bpe02-01), 按有关规定处理 (bpe05-01) */
    jx_rule c = parse_ok("每迟一天,扣0.5分。扣分日从截止报送日期的第二天开始算至实际报送日(包括当天)。下同。");
    assert_double_bits(score_text(&c, "迟报4天", 10), 8);
    assert_double_bits(score_text(&c, "按时报送", 10), 10);
    jx_rule h = parse_ok("未按时报送的不得分,并按有关规定处理。");
    explains_rule(&h, "“未按时报送”：不得分", "“未按时报送”: 0");
    /* other rules giving the points are no note: refused */
    refused_rule("未按时报送的,按有关规定扣分。", "按有关规定扣分");
    /* bpf06-01: what the item assesses */
    jx_rule a = parse_ok("该指标主要考核项目目标依据的充分性。依据充分 3 分,基本充分 2 分。");
    assert_double_bits(score_text(&a, "依据充分", 3), 3);
    assert_double_bits(score_text(&a, "基本充分", 3), 2);
}

/* bpe07-01, -04, bpe05-04: a verdict on the unit is an OPEN clause. */
static void test_verdict(void **state)
{
    (void)state;
    jx_rule r = parse_ok("(一)按规定时间报送企业财务快纸质材料及电子文档。每迟报半天扣0.5分,扣完为止,影响全省上报的取消评比资格。");
    assert_double_bits(score_text(&r, "按时报送", 2), 2);
    assert_double_bits(score_text(&r, "迟报1天", 2), 1);
    assert_double_bits(score_text(&r, "迟报3天", 2), 0);
    open_refused(&r, "影响全省上报", 2, "影响全省上报的取消评比资格");
    explains_rule(&r, "其余：满分，自0天起每多0.5天扣0.5分，扣完为止（只计整档）；“影响全省上报”：取消评比资格（评分以外的处理，本项不据此计分）",
                  "otherwise: full points, minus 0.5 per 0.5天 above 0天, down to 0 (whole steps); "
                  "“影响全省上报”: \"取消评比资格\" (a consequence beyond the item's score; "
                  "not scored)");
    jx_rule b = parse_ok("按工程形象进度评价。完成率在100%以上,得20分;完成率在80-100%,得10分;完成率在80%以下,视为绩效考核结果“不合格”。");
    assert_double_bits(score_text(&b, "90%", 20), 10);
    assert_double_bits(score_text(&b, "100%", 20), 20);
    open_refused(&b, "70%", 20, "视为绩效考核结果“不合格”");
    /* no formula gives the verdict's part */
    static const jx_formula_refs refs = {"B2", "C2", NULL};
    char f[JX_FORMULA_MAX];
    jx_diag d;
    const char *t = "完成率在80%以上,得20分;完成率在80%以下,视为不合格。";
    jx_rule v = parse_ok(t);
    assert_int_equal(jx_formula_rule(&v, &refs, 2, t, f, sizeof f, &d), JX_ERR_RULE_OPEN);
    assert_str_eq(d.text, "视为不合格");
    /* a verdict then a bare outcome: which holds under what?  Refused */
    refused_rule("完成率在80%以下,视为不合格,不得分。", "不得分");
}

/* bpe08-01, bpe02-01: on time, early, and lateness in other words. */
static void test_on_time(void **state)
{
    (void)state;
    jx_rule r = parse_ok("报送时间以我部实际收到的时间为准。按规定时间及时报送的,得15分;不能及时报送的,每拖延一天扣0.5分。提前报送的不另加分,本项累计扣分不超过15分。");
    assert_double_bits(score_text(&r, "拖延4天", 15), 13);
    assert_double_bits(score_text(&r, "提前3天报送", 15), 15);
    assert_double_bits(score_text(&r, "按时报送", 15), 15);
    assert_double_bits(score_text(&r, "拖延40天", 15), 0);
    /* on time says nothing of a rule counting something else */
    jx_rule o = parse_ok("每漏报一项扣1分,扣完为止。");
    refused_text(&o, "按时报送", 8);
    refused_text(&o, "提前3天报送", 8);
    /* early is no lateness, so no "提前…" against a rule counting early */
    jx_rule e = parse_ok("每提前一天加0.5分。");
    refused_text(&e, "提前3天报送", 8);
}

/* bpe08-04: what an occurrence counts, named in the actual; none of it. */
static void test_counted_alternatives(void **state)
{
    (void)state;
    jx_rule r = parse_ok("报表字迹清楚、无涂改的得5分。每涂改一处或有一处不清楚扣1分。");
    assert_double_bits(score_text(&r, "涂改2处", 5), 3);
    assert_double_bits(score_text(&r, "无涂改", 5), 5);
    assert_double_bits(score_text(&r, "没有涂改", 5), 5);
    /* bpe07-03: several things the clause counts, listed with their counts */
    jx_rule l = parse_ok("经审核发现漏报单位或漏填指标的,每处扣0.5分,扣完为止,影响全省汇总的取消评比资格。");
    assert_double_bits(score_text(&l, "漏报单位1处,漏填指标1处", 2), 1);
    assert_double_bits(score_text(&l, "漏填指标2处", 2), 1);
    refused_any(&l, "漏报单位1处,错填指标1处", 2);      /* 错填 is not counted */
    refused_any(&l, "漏报单位1处,漏填指标1次", 2);      /* two units */
    refused_text(&r, "无涂改2处", 5);                 /* none, and two? */
    refused_text(&r, "错填2处", 5);                   /* not what it counts */
    /* "少" before a count stays a shortfall (b33-04) */
    jx_rule s = parse_ok("每季度召开一次安全工作会议,少一次扣20分。");
    assert_double_bits(score_text(&s, "少1次", 20), 0);
}

/* bpe03-01, bpe07-05: an actual with its verb of completion. */
static void test_actual_verb(void **state)
{
    (void)state;
    jx_rule r = parse_ok("认真、及时地完成省国资委统一布置的临时统计任务给予加分,每项任务加3分。");
    assert_double_bits(score_text(&r, "完成2项", 10), 6);
    assert_double_bits(score_text(&r, "完成0项", 10), 0);
    assert_double_bits(score_text(&r, "完成4项", 10), 10);
    jx_rule b = parse_ok("完成率95%以上得满分,80%-95%得5分,80%以下不得分。");
    assert_double_bits(score_text(&b, "完成96%", 10), 10);
    assert_double_bits(score_text(&b, "达到85%", 10), 5);
    /* where a bare number counts what is missing, "完成4项" is no count of it */
    jx_rule m = parse_ok("每缺一项扣1分,扣完为止。");
    refused_text(&m, "完成4项", 5);
    jx_rule f = parse_ok("每迟报一天扣1分,扣完为止。");
    refused_text(&f, "完成4天", 5);
}

/* bpe02-01, -02: kinds in phases, 扣完N分为止 after them, 每次 after a clause. */
static void test_kinds(void **state)
{
    (void)state;
    jx_rule r = parse_ok("按照省级预算编报文件规定时限报送部门预算,得满分。延迟报送,“一上”“二上”阶段,每迟报一天扣0.5分;报省人代会审议阶段,每迟报一天扣1分,扣完6分为止,下同。");
    assert_double_bits(score_text(&r, "“一上”阶段迟报3天", 6), 4.5);
    assert_double_bits(score_text(&r, "报省人代会审议阶段迟报8天", 6), 0);
    /* the cap is of all kinds together: an item worth more keeps the rest */
    assert_double_bits(score_text(&r, "报省人代会审议阶段迟报8天", 10), 4);
    char m[JX_MSG_MAX];
    jx_rule_explain(&r, JX_LANG_ZH, m, sizeof m);
    assert_non_null(strstr(m, "；各项合计最多扣6分"));
    jx_rule_explain(&r, JX_LANG_EN, m, sizeof m);
    assert_non_null(strstr(m, "; at most 6 off for all kinds together"));
    /* one kind: 扣完6分为止 is its own cap, as before */
    jx_rule one = parse_ok("每迟报一天扣1分,扣完6分为止。");
    assert_double_bits(score_num(&one, 8, 10), 4);
    jx_rule k = parse_ok("按照省级预算编报文件规定完整编制预算,得满分。\n(1)经费拨款、政府性基金、非税收入(含对下分配部分)、事业收入、事业单位经营收入、上年结转、其他收入等,每漏报一项扣1分;\n(2)预算申报或经费申请出现遗漏事项(政策调整除外),对预算安排造成影响的,每次扣1分,影响重大的扣2分。");
    assert_double_bits(score_text(&k, "漏报2项", 8), 6);
    assert_double_bits(score_text(&k, "漏报3项,遗漏事项对预算安排造成影响1次", 8), 4);
    explains_score(&k, "漏报2项", 8, "实际“漏报2项”，按所列各项合计，得6分",
                   "actual \"漏报2项\", the items listed, summed, score 6");
    /* bpe09-01: the count in the clause before the outcome, the subject before
     * that; on time is none of either lateness; "迟报4天" names neither report */
    jx_rule p = parse_ok("排污费征收报表的报出时间,以当地邮局邮戳日期为准,每迟一天,扣0.5分;年终快报每迟一天,扣2分,节假日不顺延。扣分日从截止报送日期的第二天开始算至实际报送日(包括当天)。");
    explains_rule(&p, "“排污费征收报表的报出时间迟”每1天扣0.5分；“年终快报迟”每1天扣2分",
                  "\"排污费征收报表的报出时间迟\": minus 0.5 per 1 天; \"年终快报迟\": minus 2 per 1 天");
    assert_double_bits(score_text(&p, "按时报送", 10), 10);
    assert_double_bits(score_text(&p, "年终快报迟2天", 10), 6);
    refused_text(&p, "迟报4天", 10);
}

/* bpf03-03: "倒扣10分" is from the total, under the clause before; the
 * thing counted after a count's unit must be the clause's. */
static void test_deduct_from_total(void **state)
{
    (void)state;
    jx_rule r = parse_ok("建设过程中未发生安全事故的,得2分。每发生一起一般事故扣1分;发生较大及以上事故的,该项不得分,倒扣10分。");
    assert_double_bits(score_text(&r, "0起", 2), 2);
    assert_double_bits(score_text(&r, "发生1起一般事故", 2), 1);
    refused_text(&r, "发生1起较大事故", 2);            /* not what 每发生一起一般事故 counts */
    open_refused(&r, "发生较大及以上事故", 2, "倒扣10分");
    char m[JX_MSG_MAX];
    jx_rule_explain(&r, JX_LANG_ZH, m, sizeof m);
    assert_non_null(strstr(m, "“发生较大及以上事故”：倒扣10分（评分以外的处理，本项不据此计分）"));
    jx_rule_explain(&r, JX_LANG_EN, m, sizeof m);
    assert_non_null(strstr(m, "\"倒扣10分\" (a consequence beyond the item's score; not scored)"));
    /* the same hole in a plain occurrence rule (it scored 1 before) */
    jx_rule o = parse_ok("每发生一起一般事故扣1分。");
    refused_text(&o, "1起较大事故", 2);
    assert_double_bits(score_text(&o, "1起一般事故", 2), 1);
}

/* bpe08-02, bpe06-03, bpe04-01: a second thing counted after 或, an
 * exception in brackets, a denial in other words, places of a ranking. */
static void test_counted_forms(void **state)
{
    (void)state;
    jx_rule r = parse_ok("报表封面印章齐全,项目填写完整清晰的得5分。每缺少一个项目或项目填写错误,扣1分。");
    assert_double_bits(score_text(&r, "缺少2个项目", 5), 3);
    assert_double_bits(score_text(&r, "齐全", 5), 5);       /* restates the base: none missing */
    refused_text(&r, "不齐全", 5);                          /* the other polarity: how many? */
    jx_rule e = parse_ok("使用国家粮食局指定的计算机报表系统联网上报会计报表的记10分,不能按指定方式报送的每次扣1分(特殊情况除外),扣完为止。");
    assert_double_bits(score_text(&e, "未按指定方式报送3次", 10), 7);
    assert_double_bits(score_text(&e, "联网上报", 10), 10);
    assert_double_bits(score_text(&e, "未按指定方式报送12次", 10), 0);
    refused_text(&e, "按指定方式报送3次", 10);       /* the other polarity */
    /* an exception with a number or a score in it is no remark */
    jx_rule x;
    jx_diag d;
    const char *t = "每次扣1分(3次以内除外)";
    assert_int_not_equal(jx_rule_parse(t, strlen(t), &x, &d), JX_OK);
    jx_rule k = parse_ok("按排位打 分,每位次 按0.25分递 减");
    assert_double_bits(score_text(&k, "第1位", 20), 20);
    assert_double_bits(score_text(&k, "第5位", 20), 19);
    assert_double_bits(score_text(&k, "第5名", 20), 19);
    explains_rule(&k, "其余：满分，自1名起每多1名扣0.25分，扣完为止（只计整档）",
                  "otherwise: full points, minus 0.25 per 1名 above 1名, down to 0 (whole steps)");
    /* a decrement with no rank lead: not this form */
    t = "每位次按0.25分递减";
    assert_int_not_equal(jx_rule_parse(t, strlen(t), &x, &d), JX_OK);
}

/* bpe08-03: failures listed and summed beside the one standard that gives P. */
static void test_failures_beside_standard(void **state)
{
    (void)state;
    jx_rule r = parse_ok("报表装订整齐、顺序正确、纸张大小符合规定的得5分。未装订或装订不整齐扣2分,装订顺序不正确扣1分,纸张大小不符合规定扣2分。");
    assert_double_bits(score_text(&r, "未装订,纸张大小不符合规定", 5), 1);
    assert_double_bits(score_text(&r, "装订顺序不正确", 5), 4);
    refused_text(&r, "未装订,纸张大小不符合规定", 10);   /* the standard's 5 is not the item's 10 */
    /* two standards with their points are parts (bpf01-01): not this reading
     * but g6's numbered parts (each part its own points) */
    jx_rule p = parse_ok("1.按时间要求及时报送年度目标任务的得1分,超出时间报送的扣1分。 2.所报数字准确无误的得1分,出现统计错误等情况的扣1分。");
    assert_double_bits(score_text(&p, "按时报送,数字准确无误", 2), 2);
    assert_double_bits(score_text(&p, "超出时间报送,数字准确无误", 2), 1);
}

/* bpe03-01, bpe05-04: the task done in full, in words. */
static void test_done_in_full(void **state)
{
    (void)state;
    jx_rule r = parse_ok("以县政府下达当年财政收入任务考核目标为标准(国、地税都必需完成任务),完成财政收入任务得分,每少一个百分点扣1分,扣完为止。");
    assert_double_bits(score_text(&r, "完成96%", 25), 21);
    assert_double_bits(score_text(&r, "完成100%", 25), 25);
    assert_double_bits(score_text(&r, "完成70%", 25), 0);
    explains_score(&r, "完成96%", 25, "实际96%，符合“其余”，低于100%共4档，扣4分，得21分",
                   "actual 96%, meets \"otherwise\", 4 steps below 100%, minus 4, score 21");
    jx_rule b = parse_ok("按工程形象进度评价。计划建成面积数全部或超额完成,得20分;完成率在80-100%,得10分;完成率在80%以下,视为绩效考核结果“不合格”。");
    assert_double_bits(score_text(&b, "100%", 20), 20);
    assert_double_bits(score_text(&b, "105%", 20), 20);
    assert_double_bits(score_text(&b, "90%", 20), 10);
    open_refused(&b, "70%", 20, "视为绩效考核结果“不合格”");
    /* a level that is no completion beside bands is still refused */
    jx_rule x;
    jx_diag d;
    const char *t = "计划建成面积数基本完成,得20分;完成率在80-100%,得10分;完成率在80%以下,不得分。";
    assert_int_not_equal(jx_rule_parse(t, strlen(t), &x, &d), JX_OK);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_requirement_and_notes),
        cmocka_unit_test(test_verdict),
        cmocka_unit_test(test_on_time),
        cmocka_unit_test(test_counted_alternatives),
        cmocka_unit_test(test_actual_verb),
        cmocka_unit_test(test_kinds),
        cmocka_unit_test(test_deduct_from_total),
        cmocka_unit_test(test_counted_forms),
        cmocka_unit_test(test_failures_beside_standard),
        cmocka_unit_test(test_done_in_full),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
