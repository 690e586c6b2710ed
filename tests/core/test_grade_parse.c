/*
 * test_grade_parse.c - grade bands written as text ("90;80;60" and
 * "优;良;中;差"), the defaults when either is blank, and the errors.
 */
#include "testutil.h"

static jx_grades parse(const char *th, const char *lab)
{
    jx_grades g;
    jx_diag d;
    jx_err e = jx_grades_parse(th, th ? strlen(th) : 0, lab,
                               lab ? strlen(lab) : 0, &g, &d);
    if (e != JX_OK)
        print_error("\"%s\" / \"%s\": %d at \"%s\"\n", th ? th : "(null)",
                    lab ? lab : "(null)", (int)e, d.at);
    assert_int_equal(e, JX_OK);
    return g;
}

static const char *grade(const jx_grades *g, double total)
{
    const char *label = NULL;
    assert_jx_ok(jx_grade(g, total, &label));
    return label;
}

static void defaults_when_blank(void **state)
{
    jx_grades def, g;
    (void)state;
    jx_grades_default(&def);
    g = parse(NULL, NULL);
    assert_memory_equal(&g, &def, sizeof g);
    g = parse("", "");
    assert_memory_equal(&g, &def, sizeof g);
    g = parse("  ", "　");
    assert_memory_equal(&g, &def, sizeof g);
    g = parse("90;80;60", "优;良;中;差");
    assert_memory_equal(&g, &def, sizeof g);
    /* seeds: 94.48 优 (003), 89.5 良 (000), boundaries half-open */
    assert_str_eq(grade(&g, 94.48), "优");
    assert_str_eq(grade(&g, 89.5), "良");
    assert_str_eq(grade(&g, 89.999), "良");
    assert_str_eq(grade(&g, 90), "优");
    assert_str_eq(grade(&g, 80), "良");
    assert_str_eq(grade(&g, 60), "中");
    assert_str_eq(grade(&g, 59.99), "差");
}

static void separators(void **state)
{
    static const char *const th[] = {
        "90;80;60", "90；80；60", "90,80,60", "90，80，60", "90/80/60",
        "90 80 60", " 90 ; 80 ;60; ", "９０　８０　６０", "90分;80分;60分",
    };
    jx_grades def;
    (void)state;
    jx_grades_default(&def);
    for (size_t i = 0; i < sizeof th / sizeof th[0]; i++) {
        jx_grades g = parse(th[i], "优，良，中，差");
        assert_memory_equal(&g, &def, sizeof g);
    }
}

static void custom_labels_and_bands(void **state)
{
    jx_grades g;
    (void)state;
    g = parse(NULL, "优秀;良好;合格;不合格");    /* default thresholds */
    assert_int_equal(g.n, 3);
    assert_double_bits(g.threshold[1], 80.0);
    assert_str_eq(grade(&g, 85), "良好");
    assert_str_eq(grade(&g, 10), "不合格");
    g = parse("90;80;70;60", "一等;二等;三等;四等;五等");   /* five bands */
    assert_int_equal(g.n, 4);
    assert_str_eq(grade(&g, 75), "三等");
    assert_str_eq(grade(&g, 65), "四等");
    assert_str_eq(grade(&g, 59), "五等");
    g = parse("85.5;60", "好;中;差");
    assert_double_bits(g.threshold[0], 85.5);
    assert_str_eq(grade(&g, 85.49), "中");
    /* a 150-point scale */
    g = parse("135;120;90", NULL);
    assert_str_eq(grade(&g, 140), "优");
    assert_str_eq(grade(&g, 149), "优");
}

static void errors(void **state)
{
    static const struct {
        const char *th, *lab;
        jx_err code;
        const char *at;
    } cases[] = {
        { "90;80", NULL, JX_ERR_BANDS, "90;80" },              /* 2 bands need labels */
        { "80;90;60", NULL, JX_ERR_BANDS, "80;90;60" },        /* not descending */
        { "90;90;60", NULL, JX_ERR_BANDS, "90;90;60" },
        { "90;;60", NULL, JX_ERR_RULE_SYNTAX, ";60" },
        { ";90", NULL, JX_ERR_RULE_SYNTAX, ";90" },
        { "90;八十;60", NULL, JX_ERR_RULE_SYNTAX, "八十;60" },
        { "90%;80;60", NULL, JX_ERR_RULE_SYNTAX, "%;80;60" },
        { "90;-80;60", NULL, JX_ERR_RULE_SYNTAX, "-80;60" },
        { "1,000;80;60", NULL, JX_ERR_BANDS, "1,000;80;60" },  /* 1, 000, 80, 60 */
        { "9;8;7;6;5;4;3;2;1", NULL, JX_ERR_BANDS, "1" },       /* more than 8 */
        { "90;80;60", "优;良;中", JX_ERR_BANDS, "优;良;中" },     /* 3 labels for 3 */
        { "90;80;60", "优;良;中;差;劣", JX_ERR_BANDS, "优;良;中;差;劣" },
        { NULL, "优;良", JX_ERR_BANDS, "优;良" },
        { "90;80;60", "优;;中;差", JX_ERR_RULE_SYNTAX, ";中;差" },
        { "90;80;60", "优;良;中;一二三四五六七八九十一",  /* 33 bytes */
          JX_ERR_BANDS, "一二三四五六七八九十…" },   /* quote cut at 32 bytes */
        { "90\xC3;80", NULL, JX_ERR_ENCODING, "?;80" },
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        jx_grades g, before;
        jx_diag d;
        memset(&g, 0x21, sizeof g);
        before = g;
        const char *th = cases[i].th, *lab = cases[i].lab;
        jx_err e = jx_grades_parse(th, th ? strlen(th) : 0, lab,
                                   lab ? strlen(lab) : 0, &g, &d);
        if (e != cases[i].code || strcmp(d.at, cases[i].at) != 0) {
            print_error("case %zu: got %d at \"%s\", expected %d at \"%s\"\n",
                        i, (int)e, d.at, (int)cases[i].code, cases[i].at);
            fail();
        }
        assert_int_equal(d.code, cases[i].code);
        assert_memory_equal(&g, &before, sizeof g);
    }
    jx_diag d;
    assert_jx_err(jx_grades_parse("90", 2, NULL, 0, NULL, &d), JX_ERR_RANGE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(defaults_when_blank),
        cmocka_unit_test(separators),
        cmocka_unit_test(custom_labels_and_bands),
        cmocka_unit_test(errors),
    };
    return cmocka_run_group_tests_name("grade_parse", tests, NULL, NULL);
}
