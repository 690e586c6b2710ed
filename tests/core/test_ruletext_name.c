/*
 * test_ruletext_name.c - text actuals that name a clause in other words
 * (src/core/ruletext_name.c; docs/RULES.md, "Text actuals that name a
 * clause").  Sentences are the corpus's (keys in tests/rules/sources-*.tsv).
 */
#include "ruletext_testutil.h"

/* a18-02: one alternative of "范围、对象或征收期限" names the clause. */
static void test_named_alternative(void **state)
{
    (void)state;
    jx_rule r = parse_ok("(二)按照规定的范围、对象和期限征收的,计4分;擅自改变征收范 围、对象或征收期限的,计0分。");
    assert_double_bits(score_text(&r, "擅自改变征收期限", 4), 0);
    assert_double_bits(score_text(&r, "按照规定的范围、对象和期限征收", 4), 4);
    explains_score(&r, "擅自改变征收期限", 4,
             "实际“擅自改变征收期限”，符合“擅自改变征收范 围、对象或征收期限”，不得分，得0分",
             "actual \"擅自改变征收期限\", meets “擅自改变征收范 围、对象或征收期限”, 0, score 0");
    /* words of both clauses, or of none: refused */
    refused_text(&r, "改变征收标准", 4);
    /* a22-06: "发生火灾事故" for "发生刑事治安案件和火灾事故" */
    jx_rule s = parse_ok("5、安全检查3分,不定期进行单位内部治安防范自查,发现事故隐患不及时整改扣0.5分。发生刑事治安案件和火灾事故扣3分。");
    assert_double_bits(score_text(&s, "发生火灾事故", 3), 0);
    /* c04-01: "制定有实施方案" for "制定有耕地地力保护补贴项目实施方案" */
    jx_rule c = parse_ok("制定有耕地地力保护补贴项目实施方案,得3分 ,否则不得分。");
    assert_double_bits(score_text(&c, "制定有实施方案", 3), 3);
}

/* Polarity: a name never crosses a denial word. */
static void test_named_polarity(void **state)
{
    (void)state;
    jx_rule r = parse_ok("内容不符合要求扣2分;未定期更新扣2分");
    refused_text(&r, "内容符合要求", 4);           /* not "内容不符合要求" */
    refused_text(&r, "定期更新", 4);               /* not "未定期更新" */
    refused_text(&r, "符合要求", 4);               /* denies one failure of two: which? */
    assert_double_bits(score_text(&r, "未发现问题", 4), 4);
    explains_score(&r, "未发现问题", 4, "实际“未发现问题”，未出现所列扣分情形，得4分",
             "actual \"未发现问题\", none of the failures listed, score 4");
}

/* b24-01: several failures in one actual; 各 counts each alternative. */
static void test_named_list(void **state)
{
    (void)state;
    jx_rule r = parse_ok("未设健康教育宣传栏不得分;设立宣传栏、但内容不符合要求或未定期更新各扣2分。");
    assert_double_bits(score_text(&r, "内容不符合要求", 4), 2);
    assert_double_bits(score_text(&r, "内容不符合要求且未定期更新", 4), 0);
    /* b14-04: a level named in other words next to a counted kind */
    jx_rule k = parse_ok("协管办（室）无明显标识，或未公示开展的卫生监督服务项目的，扣0.5分，未公示制度的，每一项扣0.1分。");
    assert_double_bits(score_text(&k, "无明显标识", 1.5), 1);
    assert_double_bits(score_text(&k, "未公示制度3项", 1.5), 1.2);
    /* t03-01 (held out): two failures, each named whole */
    jx_rule t = parse_ok("厂房堆放杂物扣5分;消防设施无效扣5分,扣完为止。");
    assert_double_bits(score_text(&t, "厂房堆放杂物且消防设施无效", 10), 0);
    /* without 各 one label is named once */
    jx_rule o = parse_ok("内容不符合要求或未定期更新扣2分;未设宣传栏不得分");
    refused_text(&o, "内容不符合要求且未定期更新", 4);
}

/* Sub-items named met and missing (a24-05, b04-04, b26-04). */
static void test_named_parts(void **state)
{
    (void)state;
    jx_rule r = parse_ok("1、建立重點稅源臺賬(含縣園區內招商引資企業和鎮區內企業)的得2分,按月分析稅收完成情況的得3分。");
    assert_double_bits(score_text(&r, "僅建立臺賬", 5), 2);
    assert_double_bits(score_text(&r, "建立臺賬并按月分析", 5), 5);
    refused_text(&r, "建立臺賬", 5);               /* only it, or among others? */
    explains_score(&r, "建立臺賬并按月分析", 5, "实际“建立臺賬并按月分析”，按所符合的子项分值合计，得5分",
             "actual \"建立臺賬并按月分析\", the points of the sub-items met, summed, score 5");
    jx_rule b = parse_ok("资金分配符合相关分配办法(2分),资金分配合理(4 分)");
    assert_double_bits(score_text(&b, "符合分配办法但分配不合理", 6), 2);
    jx_rule m = parse_ok("1、运行监管记录 3 分;\n2、填报《项目支出绩效监控表》1 分。没有 不得分。");
    /* a failure named alone says nothing of the other part (bpi01-01, the
     * final held-out set, and b26-05 / bpc02-05): refused (it was 3) */
    refused_text(&m, "未填报绩效监控表", 4);
    assert_double_bits(score_text(&m, "有运行监管记录,未填报绩效监控表", 4), 3);
    assert_double_bits(score_text(&m, "没有", 4), 0);
    /* three parts, one met and one missing: the third is unknown */
    jx_rule t = parse_ok("目标明确(1分),目标细化(1.5分),目标量化(1.5 分)");
    refused_text(&t, "明确但未细化", 4);
}

/* The one failure denied; a denial of one failure among several refused. */
static void test_denied(void **state)
{
    (void)state;
    jx_rule r = parse_ok("公务员平时考核未按照要求开展或者流于形式的，扣0.25分。");
    assert_double_bits(score_text(&r, "已按要求开展", 0.25), 0.25);
    assert_double_bits(score_text(&r, "流于形式", 0.25), 0);
    explains_score(&r, "已按要求开展", 0.25, "实际“已按要求开展”，所述情形未发生，得0.25分",
             "actual \"已按要求开展\", what the clause names did not happen, score 0.25");
    refused_text(&r, "已开展", 0.25);              /* the failure is how, not whether */
    jx_rule s = parse_ok("未按时报送的扣2分");
    refused_text(&s, "已报送", 2);                 /* the failure is the lateness */
    assert_double_bits(score_text(&s, "已按时报送", 2), 2);
    jx_rule t = parse_ok("1.未制订实现安全生产目标具体方法,扣5分;2.方法不落实,扣3分。");
    refused_text(&t, "方法落实", 5);               /* says nothing of failure 1 */
    jx_rule u = parse_ok("1.未制订安全生产方针、目标,扣5分;2.低于上级下达安全考评指标,扣5分。");
    refused_text(&u, "已制订安全生产方针、目标", 5);   /* gave 0 before: a second failure is no success */
    assert_double_bits(score_text(&u, "未制订安全生产目标", 5), 0);
    /* b18-04: the success denied with a count -> 否则 */
    jx_rule v = parse_ok("重点县建设资金使用规范,未发现任何违规违纪行为,得10分,否则不得分。");
    assert_double_bits(score_text(&v, "发现1起", 10), 0);
    assert_double_bits(score_text(&v, "未发现", 10), 10);
    explains_score(&v, "发现1起", 10, "实际“发现1起”，所述情形未发生，按“其他”，不得分，得0分",
             "actual \"发现1起\", what the clause names did not happen, so \"else\": 0, score 0");
    /* c05-01: nothing wrong, in the sentence's own standard */
    jx_rule w = parse_ok("财政专户的开设符合规定。违规私自开设财政专户的,不得分。");
    assert_double_bits(score_text(&w, "符合规定", 1), 1);
}

/* The whole condition, with the clauses before it that it continues. */
static void test_named_words(void **state)
{
    (void)state;
    /* a18-03: one alternative of a chain of failure clauses */
    jx_rule r = parse_ok("(三)按规定撤销了非税收入过渡性账户,及时足额将非税收入缴 入省非税收入汇缴结算户的,计4分;未按规定取消非税收入过渡性账 户,或擅自设立非税收入过渡性账户,拖延、滞压、截留、转移非税收入 的,计0分。");
    assert_double_bits(score_text(&r, "擅自设立非税收入过渡性账户", 4), 0);
    refused_text(&r, "非税收入过渡性账户", 4);     /* words of both clauses */
    /* a15-04: a failure stated over two clauses */
    jx_rule f = parse_ok("1、无借阅登记薄扣0.5分2、无销毁清册扣1分3、销毁程序不符合会计档案管理办法规定的扣1分4、会计档案保管期满,销毁未了结事项原始凭证的扣1.5分");
    assert_double_bits(score_text(&f, "会计档案保管期满,销毁未了结事项原始凭证", 1.5), 0);
    /* a26-15: a label cut by a comma inside quotes; 未能实现…全覆盖 denied */
    jx_rule g = parse_ok("“网格化管理，组团式服务”、“和谐促进工程”等基层平安创建载体未能实现村（居）、社区、规模企业全覆盖的，扣3分");
    assert_double_bits(score_text(&g, "全覆盖", 30), 30);
    assert_double_bits(score_text(&g, "实现全覆盖", 30), 30);
    assert_double_bits(score_text(&g, "未能实现全覆盖", 30), 27);
    /* c05-01: a standard stated before the failure is not part of it */
    jx_rule w = parse_ok("财政专户的开设符合规定。违规私自开设财政专户的,不得分。");
    assert_double_bits(score_text(&w, "违规私自开设财政专户", 1), 0);
    assert_double_bits(score_text(&w, "符合规定", 1), 1);
}

/* a26-02: a deadline inside a failure is part of the level, not a bound. */
static void test_deadline_failure(void **state)
{
    (void)state;
    jx_rule r = parse_ok("党委、政府分管领导不明确的，扣10分；因人事变动，分管领导3个月内未明确的，扣5分");
    assert_int_equal(r.n, 2);
    assert_int_equal(r.clause[1].cond.kind, JX_RC_LEVEL);
    assert_str_eq(r.clause[1].cond.label, "分管领导3个月内未明确");
    assert_double_bits(score_text(&r, "分管领导不明确", 60), 50);
    assert_double_bits(score_text(&r, "因人事变动3个月内未明确", 60), 55);
    jx_actual n = { 0, 4, NULL, 0 };
    double s;
    assert_jx_err(jx_rule_score(&r, &n, 60, 2, &s, NULL), JX_ERR_LEVEL_UNKNOWN);
    /* a deadline with no denial after it is no level (still refused) */
    jx_rule b;
    jx_diag d;
    const char *t = "3个月内完成的得5分，超过3个月的不得分";
    assert_jx_err(jx_rule_parse(t, strlen(t), &b, &d), JX_ERR_RULE_SYNTAX);
}

/* a15-01: 其他 before a subject names who; it is no 否则. */
static void test_other_subject(void **state)
{
    (void)state;
    jx_rule r = parse_ok("1、国有大中型企业,股份制企业以及外商投资企业未委托中国注册会主师进行审计的考核不予通过。2、其他单位未委托中国注册会计师进行审计的扣2分");
    assert_int_equal(r.clause[0].cond.kind, JX_RC_LEVEL);
    assert_double_bits(score_text(&r, "已委托", 2), 2);
    assert_double_bits(score_text(&r, "其他单位未委托中国注册会计师进行审计", 2), 0);
    refused_text(&r, "国有大中型企业未委托", 2);     /* 考核不予通过: no score for this item */
    jx_rule e = parse_ok("≥90%得5分，其他不得分");          /* 其他 alone is still 否则 */
    jx_actual x = { 1, 0, "80%", 3 };
    double v = -1;
    assert_jx_ok(jx_rule_score(&e, &x, 5, 2, &v, NULL));
    assert_double_bits(v, 0);
}

/* t02-01, t04-01 (held out): "扣 15 分/起" is "每起扣15分". */
static void test_per_unit(void **state)
{
    (void)state;
    jx_rule r = parse_ok("发生安全生产责任事故,造成人员住院的,扣 15 分/起;发生生产安全责任事故,造成人员死亡的,扣 30 分。");
    assert_double_bits(score_text(&r, "造成人员死亡", 30), 0);
    assert_double_bits(score_text(&r, "造成人员住院1起", 30), 15);
    refused_text(&r, "2起", 30);                     /* which kind? */
    char m[JX_MSG_MAX];
    jx_rule_explain(&r, JX_LANG_ZH, m, sizeof m);
    assert_str_eq(m, "“造成人员死亡”：扣30分；“造成人员住院”每1起扣15分");
    jx_rule t = parse_ok("无制定规定的岗位责任制,安全管理制度或应急预案的,扣1分/项");
    assert_double_bits(score_text(&t, "缺2项", 3), 1);
    assert_double_bits(score_text(&t, "缺5项", 3), 0);
    /* a unit the tables do not use is no outcome: refused */
    jx_rule b;
    jx_diag d;
    const char *x = "不符合要求的扣2分/张三";
    assert_jx_err(jx_rule_parse(x, strlen(x), &b, &d), JX_ERR_RULE_SYNTAX);
}

/* b19-01: a document's number is no quantity; a level of a rule that also
 * counts may be named in other words. */
static void test_levels_beside_count(void **state)
{
    (void)state;
    jx_rule r = parse_ok("A.申报材料编写和附图附表符合规定,且质量较高,4分。 B.申报材料编写和附图附表未能符合规定,编写质量一般,缺失重要内容或内容表述不清旳,每项扣0.5分,扣完为止。 C存在明显违反财政部84号令或申报告知中扶持政策旳内容,此项不得分。 D.发现存在不实陈说旳,此项不得分。");
    assert_double_bits(score_text(&r, "缺失2项", 4), 3);
    assert_double_bits(score_text(&r, "缺失10项", 4), 0);
    assert_double_bits(score_text(&r, "发现存在不实陈说", 4), 0);
    refused_text(&r, "符合规定", 4);                 /* A's words, but A is the base, no level */
    /* a number that is a quantity still refuses a level */
    jx_rule b;
    jx_diag d;
    const char *x = "存在84个问题的,不得分";
    assert_jx_err(jx_rule_parse(x, strlen(x), &b, &d), JX_ERR_RULE_SYNTAX);
}

/* a26-20: 每项 after a list of failures counts the items that failed. */
static void test_each_listed_item(void **state)
{
    (void)state;
    jx_rule r = parse_ok("农村公路超限率超过4.5%、卸载率低于82%，县道、乡道、村道交通标志标线完好率分别低于75%、55%、35%的，每项扣5分");
    assert_double_bits(score_text(&r, "2项", 50), 40);
    refused_text(&r, "超限率5%", 50);                 /* one rate of five */
    /* without a list before it, 分别 is still a list of outcomes */
    jx_rule l = parse_ok("覆盖率低于90%、80%、70%的，分别扣1分、2分、3分");
    jx_actual x = { 1, 0, "85%", 3 };
    double v = -1;
    assert_jx_ok(jx_rule_score(&l, &x, 5, 2, &v, NULL));
    assert_double_bits(v, 4);
}

/* t02-04, t04-03: the words before a count name what the occurrence counts. */
static void test_counted_words(void **state)
{
    (void)state;
    jx_rule r = parse_ok("采购的维修配件未按要求进行登记的,扣 5 分/件。");
    assert_double_bits(score_text(&r, "未按要求登记2件", 20), 10);
    assert_double_bits(score_text(&r, "3件", 20), 5);
    refused_text(&r, "按要求登记2件", 20);          /* polarity: not the failure counted */
    /* t02-05: the one thing counted, denied: none of it */
    jx_rule q = parse_ok("不符合要求的,扣 10 分/项。");
    assert_double_bits(score_text(&q, "符合要求", 20), 20);
    assert_double_bits(score_text(&q, "1项", 20), 10);
    jx_rule o = parse_ok("未按时报送一次扣1分");
    assert_double_bits(score_text(&o, "按时报送", 5), 5);
    refused_text(&o, "已报送", 5);                  /* on time? */
    /* t03-05: equipment counted (一台) */
    jx_rule e = parse_ok("少一台设备或设施或外协合同扣2分。扣完为止。");
    assert_double_bits(score_text(&e, "少3台", 70), 64);
    jx_rule k = parse_ok("无制定规定的安全操作规程的,扣1分/项;或无明示在设备处的,扣1分/项");
    assert_double_bits(score_text(&k, "无明示在设备处1项", 4), 3);
    refused_text(&k, "设备维修2项", 4);
}

/* t06-01, t07 (held out): levels joined by 和 inside a list; traditional
 * occurrence words; a kind named in other words. */
static void test_lists_and_traditional(void **state)
{
    (void)state;
    jx_rule r = parse_ok("未明确分管领导的扣2分;未明确具体办事机构和专(兼)职人员的扣3分。");
    assert_double_bits(score_text(&r, "未明确分管领导且未明确具体办事机构和专(兼)职人员", 10), 5);
    refused_text(&r, "已明确", 10);                 /* which of the two? */
    jx_rule t = parse_ok("制度不健全,每缺一項扣5分。");
    assert_double_bits(score_text(&t, "缺2項", 30), 20);
    jx_rule k = parse_ok("1. 未建立以單位主要負責人為組長、相關負責人及業務部門參加的應急領導小組,得0分; 2. 未明確應急職責、工作機制的,每發現一處,扣5分。");
    assert_double_bits(score_text(&k, "未明確工作機制2處", 20), 10);
    assert_double_bits(score_text(&k, "未建立應急領導小組", 20), 0);
    /* t07-04: a unit followed by what it counts ("2項要素") */
    jx_rule u = parse_ok("1. 未建立與政府及有關部門安全風險聯控機制,得0分; 2. 安全風險聯控機制中,每缺一項要素扣5分。");
    assert_double_bits(score_text(&u, "缺2項要素", 20), 10);
    refused_text(&u, "缺2天", 20);
    /* b14-22 kinds, listed with 、 and 和 */
    jx_rule b = parse_ok("每迟报一次扣0.5分，漏报一次扣1分；扣完为止。");
    assert_double_bits(score_text(&b, "迟报2次和漏报1次", 6), 4);
}

/* "全部落实" / "均未落实" against parts that add up to the points (g01-01). */
static void test_all_parts_words(void **state)
{
    (void)state;
    jx_rule r = parse_ok("建立和明确突发事件应急领导机构(2分);指挥机构(1分);办事机构(1分);"
                         "明确丁•作职责(2分);落实专兼 职丁作人员和责任(2分)");
    assert_double_bits(score_text(&r, "全部落实", 8), 8);
    assert_double_bits(score_text(&r, "均已完成", 8), 8);
    assert_double_bits(score_text(&r, "均未落实", 8), 0);
    assert_double_bits(score_text(&r, "都没有完成", 8), 0);
    refused_text(&r, "全部落实了吗", 8);                      /* more than the word */
    r = parse_ok("未按期报送的扣2分，报送内容不全的扣1分");   /* no parts: not this reading */
    refused_text(&r, "全部落实", 3);
}

/* A blank between two ideographs of a rule word is a wrapped line (g01-05). */
static void test_blank_inside_word(void **state)
{
    (void)state;
    jx_rule r = parse_ok("覆盖率达100%每少一个百分 点扣0.5分");
    assert_double_bits(score_text(&r, "96%", 5), 3);
    r = parse_ok("覆盖率达100%每少一个百\n分点扣0.5分");
    assert_double_bits(score_text(&r, "96%", 5), 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_named_alternative),
        cmocka_unit_test(test_named_polarity),
        cmocka_unit_test(test_named_list),
        cmocka_unit_test(test_named_parts),
        cmocka_unit_test(test_denied),
        cmocka_unit_test(test_named_words),
        cmocka_unit_test(test_deadline_failure),
        cmocka_unit_test(test_other_subject),
        cmocka_unit_test(test_per_unit),
        cmocka_unit_test(test_levels_beside_count),
        cmocka_unit_test(test_each_listed_item),
        cmocka_unit_test(test_counted_words),
        cmocka_unit_test(test_lists_and_traditional),
        cmocka_unit_test(test_all_parts_words),
        cmocka_unit_test(test_blank_inside_word),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
