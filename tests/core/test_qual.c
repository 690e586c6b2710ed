/*
 * test_qual.c - qualitative tiers: national 100-80/80-60/60-0, Hubei
 * 80-50/50-0, custom schemes such as seed 003's "效果显著得满分，效果良好得一半分，
 * 不明显不得分", lookup, score and the tier check.
 */
#include "testutil.h"

static double qscore(const jx_scheme *s, const char *level, double points)
{
    double v = -1;
    jx_diag d;
    jx_err e = jx_qual_score(s, level, strlen(level), points, 2, &v, &d);
    if (e != JX_OK) print_error("level \"%s\": %d\n", level, (int)e);
    assert_int_equal(e, JX_OK);
    return v;
}

static int tier(const jx_scheme *s, const char *level)
{
    int i = -1;
    jx_err e = jx_scheme_find(s, level, strlen(level), &i, NULL);
    return e == JX_OK ? i : -(int)e;
}

static void national_tiers(void **state)
{
    jx_scheme s;
    (void)state;
    jx_scheme_national(&s);
    assert_int_equal(s.n, 3);
    assert_double_bits(s.tier[0].lo, 0.8);
    assert_double_bits(s.tier[0].hi, 1.0);
    assert_double_bits(s.tier[1].lo, 0.6);
    assert_double_bits(s.tier[1].hi, 0.8);
    assert_double_bits(s.tier[2].lo, 0.0);
    assert_double_bits(s.tier[2].hi, 0.6);
    assert_str_eq(s.tier[0].alias[0], "达成年度指标");
    assert_str_eq(s.tier[1].alias[0], "部分达成年度指标并具有一定效果");
    assert_str_eq(s.tier[2].alias[0], "未达成年度指标且效果较差");
    /* every alias of the header */
    static const char *const t0[] = { "达成年度指标", "达成", "完成", "全部达成", "全部完成" };
    static const char *const t1[] = { "部分达成年度指标并具有一定效果", "部分达成",
                                      "部分完成", "基本达成", "基本完成" };
    static const char *const t2[] = { "未达成年度指标且效果较差", "未达成", "未完成" };
    for (size_t i = 0; i < 5; i++) assert_int_equal(tier(&s, t0[i]), 0);
    for (size_t i = 0; i < 5; i++) assert_int_equal(tier(&s, t1[i]), 1);
    for (size_t i = 0; i < 3; i++) assert_int_equal(tier(&s, t2[i]), 2);
    /* the top of each tier */
    assert_double_bits(qscore(&s, "达成", 10), 10.0);
    assert_double_bits(qscore(&s, "部分达成", 10), 8.0);
    assert_double_bits(qscore(&s, "未达成", 10), 6.0);
    assert_double_bits(qscore(&s, "部分达成年度指标并具有一定效果", 6), 4.8);
    assert_double_bits(qscore(&s, "未达成年度指标且效果较差", 5), 3.0);
}

static void hubei_tiers(void **state)
{
    jx_scheme s;
    (void)state;
    jx_scheme_hubei(&s);
    assert_int_equal(s.n, 3);
    assert_double_bits(s.tier[1].lo, 0.5);
    assert_double_bits(s.tier[1].hi, 0.8);
    assert_double_bits(s.tier[2].hi, 0.5);
    assert_double_bits(qscore(&s, "达成", 10), 10.0);
    assert_double_bits(qscore(&s, "基本完成", 10), 8.0);
    assert_double_bits(qscore(&s, "未完成", 10), 5.0);
    assert_double_bits(qscore(&s, "未完成", 7), 3.5);
}

static void find_ignores_spaces_and_punctuation(void **state)
{
    jx_scheme s;
    (void)state;
    jx_scheme_national(&s);
    assert_int_equal(tier(&s, " 部分 达成 "), 1);
    assert_int_equal(tier(&s, "　达成。"), 0);
    assert_int_equal(tier(&s, "“未完成”"), 2);
    assert_int_equal(tier(&s, "【基本完成】"), 1);
    assert_int_equal(tier(&s, "（达成）"), 0);
    assert_int_equal(tier(&s, "达成!"), 0);
}

/* No guessing: "达成了" or "大部分达成" are not levels of the scheme. */
static void find_unknown_level(void **state)
{
    jx_scheme s;
    jx_diag d;
    int i = 42;
    double v = -1;
    (void)state;
    jx_scheme_national(&s);
    static const char *const unknown[] = { "达成了", "大部分达成", "优秀", "部分",
                                           "未", "达 成 年度", "。", "90" };
    for (size_t k = 0; k < sizeof unknown / sizeof unknown[0]; k++)
        assert_int_equal(tier(&s, unknown[k]), -(int)JX_ERR_LEVEL_UNKNOWN);
    const char *lv = "效果很好";
    assert_jx_err(jx_scheme_find(&s, lv, strlen(lv), &i, &d), JX_ERR_LEVEL_UNKNOWN);
    assert_int_equal(d.code, JX_ERR_LEVEL_UNKNOWN);
    assert_str_eq(d.text, "效果很好");
    assert_int_equal(i, 42);
    assert_jx_err(jx_qual_score(&s, lv, strlen(lv), 10, 2, &v, &d), JX_ERR_LEVEL_UNKNOWN);
    assert_double_bits(v, -1);
    assert_jx_err(jx_scheme_find(&s, "", 0, &i, &d), JX_ERR_EMPTY);
    assert_jx_err(jx_scheme_find(&s, "  ", 2, &i, &d), JX_ERR_EMPTY);
    assert_jx_err(jx_scheme_find(&s, "达\xE6", 4, &i, &d), JX_ERR_ENCODING);
    /* a level longer than any label cannot match */
    char longer[200];
    memset(longer, 'a', sizeof longer - 1);
    longer[sizeof longer - 1] = '\0';
    assert_jx_err(jx_scheme_find(&s, longer, strlen(longer), &i, &d), JX_ERR_LEVEL_UNKNOWN);
}

/* Seed 003: 效果显著得满分，效果良好得一半分，不明显不得分. */
static void seed003_custom_scheme(void **state)
{
    const char *text = "显著/效果显著:1;良好/效果良好:0.5;不明显:0";
    jx_scheme s;
    jx_diag d;
    (void)state;
    assert_jx_ok(jx_scheme_parse(text, strlen(text), &s, &d));
    assert_int_equal(s.n, 3);
    assert_int_equal(s.tier[0].naliases, 2);
    assert_str_eq(s.tier[0].alias[0], "显著");
    assert_str_eq(s.tier[0].alias[1], "效果显著");
    assert_double_bits(s.tier[0].lo, 1.0);
    assert_double_bits(s.tier[0].hi, 1.0);
    assert_double_bits(s.tier[1].hi, 0.5);
    assert_double_bits(s.tier[2].hi, 0.0);
    /* 医保宣传力度 / 医保综合监管能力: 效果显著, 6 points -> 6 */
    assert_double_bits(qscore(&s, "效果显著", 6), 6.0);
    assert_double_bits(qscore(&s, "显著", 6), 6.0);
    assert_double_bits(qscore(&s, "效果良好", 6), 3.0);
    assert_double_bits(qscore(&s, "良好", 5), 2.5);
    assert_double_bits(qscore(&s, "不明显", 6), 0.0);
    assert_int_equal(tier(&s, "明显"), -(int)JX_ERR_LEVEL_UNKNOWN);
    /* the 003 table's score 6 of 6 is right; 5 is not in a lo == hi tier */
    assert_jx_ok(jx_qual_check(&s, "效果显著", strlen("效果显著"), 6, 6, &d));
    assert_jx_err(jx_qual_check(&s, "效果显著", strlen("效果显著"), 6, 5, &d),
                  JX_ERR_TIER_MISMATCH);
    assert_str_eq(d.text, "效果显著");
}

static void scheme_text_forms(void **state)
{
    jx_scheme s;
    jx_diag d;
    const char *t;
    (void)state;
    t = "优:90%-100%；良：80%～90%\n中:60%-80%;差:0-0.6;";
    assert_jx_ok(jx_scheme_parse(t, strlen(t), &s, &d));
    assert_int_equal(s.n, 4);
    assert_double_bits(s.tier[0].lo, 0.9);
    assert_double_bits(s.tier[0].hi, 1.0);
    assert_double_bits(s.tier[1].lo, 0.8);
    assert_double_bits(s.tier[2].hi, 0.8);
    assert_double_bits(s.tier[3].lo, 0.0);
    assert_double_bits(s.tier[3].hi, 0.6);
    t = " 好 | 很好 : 0.6 - 0.8 ; 差：５０％ ";
    assert_jx_ok(jx_scheme_parse(t, strlen(t), &s, &d));
    assert_str_eq(s.tier[0].alias[1], "很好");
    assert_double_bits(s.tier[0].lo, 0.6);
    assert_double_bits(s.tier[1].hi, 0.5);
    assert_double_bits(s.tier[1].lo, 0.5);
    t = "A:1;B:0.5";                        /* ASCII labels: case-insensitive */
    assert_jx_ok(jx_scheme_parse(t, strlen(t), &s, &d));
    assert_int_equal(tier(&s, "a"), 0);
    assert_int_equal(tier(&s, "Ｂ"), 1);
    t = "显著:60%—80%";
    assert_jx_ok(jx_scheme_parse(t, strlen(t), &s, &d));
    assert_double_bits(s.tier[0].lo, 0.6);
}

static void scheme_builtin_names(void **state)
{
    jx_scheme s, n, h;
    (void)state;
    jx_scheme_national(&n);
    jx_scheme_hubei(&h);
    static const char *const nat[] = { "national", "NATIONAL", "国家", "全国", " 全国 ", "" };
    for (size_t i = 0; i < sizeof nat / sizeof nat[0]; i++) {
        memset(&s, 0, sizeof s);
        assert_jx_ok(jx_scheme_parse(nat[i], strlen(nat[i]), &s, NULL));
        assert_memory_equal(&s, &n, sizeof s);
    }
    assert_jx_ok(jx_scheme_parse(NULL, 0, &s, NULL));
    assert_memory_equal(&s, &n, sizeof s);
    static const char *const hb[] = { "hubei", "Hubei", "湖北" };
    for (size_t i = 0; i < 3; i++) {
        assert_jx_ok(jx_scheme_parse(hb[i], strlen(hb[i]), &s, NULL));
        assert_memory_equal(&s, &h, sizeof s);
    }
}

static void scheme_errors(void **state)
{
    static const struct { const char *text; jx_err code; const char *at; } cases[] = {
        { "显著", JX_ERR_SCHEME_SYNTAX, "显著" },               /* no value */
        { "显著:", JX_ERR_SCHEME_SYNTAX, "" },
        { ":1", JX_ERR_SCHEME_SYNTAX, ":1" },                  /* no label */
        { "显著:满分", JX_ERR_SCHEME_SYNTAX, "满分" },
        { "显著:1;良好:半", JX_ERR_SCHEME_SYNTAX, "半" },
        { "显著:80", JX_ERR_RANGE, "80" },                     /* not a fraction */
        { "显著:120%", JX_ERR_RANGE, "120%" },
        { "显著:0.8-0.6", JX_ERR_RANGE, "0.6" },               /* lo > hi */
        { "显著:-1", JX_ERR_SCHEME_SYNTAX, "-1" },
        { "显著:1;显著:0.5", JX_ERR_SCHEME_SYNTAX, "显著:0.5" }, /* one label, two tiers */
        { "显著/效果显著:1;效果显著:0", JX_ERR_SCHEME_SYNTAX, "效果显著:0" },
        { "显著/显著:1", JX_ERR_SCHEME_SYNTAX, "显著:1" },
        { "显著//很好:1", JX_ERR_SCHEME_SYNTAX, "/很好:1" },
        { "显著:1 2", JX_ERR_SCHEME_SYNTAX, "2" },
        { "显著:1-", JX_ERR_SCHEME_SYNTAX, "" },
        { "显著:0.5%%", JX_ERR_SCHEME_SYNTAX, "%" },
        { "a:1;b:1;c:1;d:1;e:1;f:1;g:1;h:1;i:1", JX_ERR_SCHEME_SYNTAX, "i:1" },
        { "a/b/c/d/e/f/g:1", JX_ERR_SCHEME_SYNTAX, "g:1" },
        { ";;", JX_ERR_SCHEME_SYNTAX, ";;" },
        { "national;", JX_ERR_SCHEME_SYNTAX, "national;" },
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        jx_scheme s, before;
        jx_diag d;
        memset(&s, 0x11, sizeof s);
        before = s;
        jx_err e = jx_scheme_parse(cases[i].text, strlen(cases[i].text), &s, &d);
        if (e != cases[i].code || strcmp(d.at, cases[i].at) != 0) {
            print_error("\"%s\": got %d at \"%s\", expected %d at \"%s\"\n",
                        cases[i].text, (int)e, d.at, (int)cases[i].code,
                        cases[i].at);
            fail();
        }
        assert_int_equal(d.code, cases[i].code);
        assert_memory_equal(&s, &before, sizeof s);
    }
    jx_scheme s;
    jx_diag d;
    char label[80];
    memset(label, 'x', 64);
    strcpy(label + 64, ":1");                  /* label of 64 bytes: too long */
    assert_jx_err(jx_scheme_parse(label, strlen(label), &s, &d), JX_ERR_SCHEME_SYNTAX);
    label[63] = ':';
    label[64] = '1';
    label[65] = '\0';                          /* 63 bytes fit */
    assert_jx_ok(jx_scheme_parse(label, strlen(label), &s, &d));
    assert_jx_err(jx_scheme_parse("a:\xC3", 3, &s, &d), JX_ERR_ENCODING);
    static char big[JX_TEXT_MAX + 1];
    memset(big, ' ', sizeof big);
    assert_jx_err(jx_scheme_parse(big, sizeof big, &s, &d), JX_ERR_TOO_LONG);
}

static void tier_check(void **state)
{
    jx_scheme s;
    jx_diag d;
    (void)state;
    jx_scheme_national(&s);
#define CHECK(level, points, score) \
    jx_qual_check(&s, level, strlen(level), points, score, &d)
    /* 达成: [8, 10] of 10; closed at both ends */
    assert_jx_ok(CHECK("达成", 10, 10));
    assert_jx_ok(CHECK("达成", 10, 8));
    assert_jx_ok(CHECK("达成", 10, 9.5));
    assert_jx_err(CHECK("达成", 10, 7.99), JX_ERR_TIER_MISMATCH);
    assert_int_equal(d.code, JX_ERR_TIER_MISMATCH);
    assert_str_eq(d.text, "达成");
    /* 部分达成: [6, 8] */
    assert_jx_ok(CHECK("部分达成", 10, 7));
    assert_jx_ok(CHECK("部分达成", 10, 6));
    assert_jx_err(CHECK("部分达成", 10, 8.5), JX_ERR_TIER_MISMATCH);
    assert_jx_err(CHECK("部分达成", 10, 5.99), JX_ERR_TIER_MISMATCH);
    /* 未达成: [0, 6] */
    assert_jx_ok(CHECK("未达成", 10, 0));
    assert_jx_ok(CHECK("未达成", 10, 6));
    assert_jx_err(CHECK("未达成", 10, 6.01), JX_ERR_TIER_MISMATCH);
    /* bounds rounded to 2 decimals: 0.8 x 7.33 = 5.864 -> 5.86 */
    assert_jx_ok(CHECK("达成", 7.33, 5.86));
    assert_jx_err(CHECK("达成", 7.33, 5.85), JX_ERR_TIER_MISMATCH);
    /* outside [0, points] */
    assert_jx_err(CHECK("达成", 10, 10.5), JX_ERR_SCORE_RANGE);
    assert_jx_err(CHECK("未达成", 10, -1), JX_ERR_SCORE_RANGE);
    assert_jx_err(CHECK("未达成", 10, NAN), JX_ERR_NOT_FINITE);
    assert_jx_err(CHECK("未达成", -10, 0), JX_ERR_NEGATIVE);
    assert_jx_err(CHECK("很好", 10, 10), JX_ERR_LEVEL_UNKNOWN);
    /* Hubei: 部分达成 is [5, 8]: 5.5 is fine there, not nationally */
    assert_jx_err(CHECK("部分达成", 10, 5.5), JX_ERR_TIER_MISMATCH);
    jx_scheme_hubei(&s);
    assert_jx_ok(CHECK("部分达成", 10, 5.5));
    assert_jx_err(CHECK("未达成", 10, 5.5), JX_ERR_TIER_MISMATCH);
#undef CHECK
}

static void score_arguments(void **state)
{
    jx_scheme s;
    double v = -1;
    (void)state;
    jx_scheme_national(&s);
    assert_jx_err(jx_qual_score(&s, "达成", 6, -5, 2, &v, NULL), JX_ERR_NEGATIVE);
    assert_jx_err(jx_qual_score(&s, "达成", 6, INFINITY, 2, &v, NULL), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_qual_score(&s, "达成", 6, 10, 9, &v, NULL), JX_ERR_DIGITS);
    assert_double_bits(v, -1);
    /* rounding digits: 部分达成 of 3.33 points: 0.8 x 3.33 = 2.664 */
    assert_jx_ok(jx_qual_score(&s, "部分达成", strlen("部分达成"), 3.33, 1, &v, NULL));
    assert_double_bits(v, 2.7);
    assert_jx_ok(jx_qual_score(&s, "部分达成", strlen("部分达成"), 3.33, 2, &v, NULL));
    assert_double_bits(v, 2.66);
    /* a broken hand-built scheme is refused, never read past */
    s.n = JX_TIERS_MAX + 1;
    assert_jx_err(jx_qual_score(&s, "达成", 6, 10, 2, &v, NULL), JX_ERR_RANGE);
    jx_scheme_national(&s);
    s.tier[0].hi = 1.5;
    assert_jx_err(jx_scheme_find(&s, "达成", 6, NULL, NULL), JX_ERR_RANGE);
    jx_scheme_national(&s);
    memset(s.tier[1].alias[0], 'x', sizeof s.tier[1].alias[0]);
    assert_jx_err(jx_scheme_find(&s, "达成", 6, NULL, NULL), JX_ERR_RANGE);
    assert_jx_err(jx_scheme_find(NULL, "达成", 6, NULL, NULL), JX_ERR_RANGE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(national_tiers),
        cmocka_unit_test(hubei_tiers),
        cmocka_unit_test(find_ignores_spaces_and_punctuation),
        cmocka_unit_test(find_unknown_level),
        cmocka_unit_test(seed003_custom_scheme),
        cmocka_unit_test(scheme_text_forms),
        cmocka_unit_test(scheme_builtin_names),
        cmocka_unit_test(scheme_errors),
        cmocka_unit_test(tier_check),
        cmocka_unit_test(score_arguments),
    };
    return cmocka_run_group_tests_name("qual", tests, NULL, NULL);
}
