/*
 * test_rules_parse.c - band rule text -> jx_bandrule ("≥90%:5;≥80%:4;else:0",
 * "≥95%:full;else:half" for seed 003's "≥95%得满分，未达到95%得一半分").
 */
#include "testutil.h"

static jx_bandrule parse(const char *text)
{
    jx_bandrule r;
    jx_diag d;
    jx_err e = jx_bandrule_parse(text, strlen(text), &r, &d);
    if (e != JX_OK)
        print_error("\"%s\": %d at \"%s\"\n", text, (int)e, d.at);
    assert_int_equal(e, JX_OK);
    assert_int_equal(d.code, JX_OK);
    return r;
}

static double score(const jx_bandrule *r, double x, double points)
{
    double s = -1;
    assert_jx_ok(jx_bandrule_score(r, x, points, 2, &s));
    return s;
}

static void band_points(void **state)
{
    jx_bandrule r = parse("≥90%:5;≥80%:4;≥70%:3;else:0");
    (void)state;
    assert_int_equal(r.n, 4);
    assert_int_equal(r.band[0].cmp, JX_CMP_GE);
    assert_double_bits(r.band[0].bound, 0.9);
    assert_int_equal(r.band[0].kind, JX_BAND_POINTS);
    assert_double_bits(r.band[0].value, 5.0);
    assert_double_bits(r.band[1].bound, 0.8);
    assert_double_bits(r.band[2].bound, 0.7);
    assert_double_bits(r.band[2].value, 3.0);
    assert_int_equal(r.band[3].cmp, JX_CMP_ELSE);
    assert_double_bits(r.band[3].value, 0.0);
    /* the boundaries of every band */
    assert_double_bits(score(&r, 0.90, 5), 5.0);
    assert_double_bits(score(&r, 0.8999, 5), 4.0);
    assert_double_bits(score(&r, 0.80, 5), 4.0);
    assert_double_bits(score(&r, 0.70, 5), 3.0);
    assert_double_bits(score(&r, 0.6999, 5), 0.0);
}

/* Seed 003: "≥95%得满分，未达到95%得一半分", 参保人数覆盖率 8 points. */
static void band_full_half(void **state)
{
    jx_bandrule r = parse("≥95%:full;else:half");
    (void)state;
    assert_int_equal(r.n, 2);
    assert_int_equal(r.band[0].kind, JX_BAND_FRACTION);
    assert_double_bits(r.band[0].value, 1.0);
    assert_int_equal(r.band[1].kind, JX_BAND_FRACTION);
    assert_double_bits(r.band[1].value, 0.5);
    assert_double_bits(score(&r, 1.0, 8), 8.0);      /* actual 100% */
    assert_double_bits(score(&r, 0.94, 8), 4.0);
    /* the Chinese words give the same rule */
    jx_bandrule zh = parse("≥95%：满分；否则：一半");
    assert_memory_equal(&zh, &r, sizeof r);
    zh = parse("≧９５％:得满分;其他:得一半分");
    assert_memory_equal(&zh, &r, sizeof r);
    zh = parse("不低于95%:满分\n其它:半分");
    assert_memory_equal(&zh, &r, sizeof r);
    zh = parse("95%以上:full;*:半");
    assert_memory_equal(&zh, &r, sizeof r);
}

static void band_value_words(void **state)
{
    jx_bandrule r = parse("≥90%:ratio;≥80%:比例;≥70%:按比例;≥60%:80%;≥50%:zero;"
                          "≥40%:不得分;≥30%:得3分;≥20%:2.5分;else:0");
    (void)state;
    assert_int_equal(r.n, 9);
    assert_int_equal(r.band[0].kind, JX_BAND_RATIO);
    assert_int_equal(r.band[1].kind, JX_BAND_RATIO);
    assert_int_equal(r.band[2].kind, JX_BAND_RATIO);
    assert_int_equal(r.band[3].kind, JX_BAND_FRACTION);
    assert_double_bits(r.band[3].value, 0.8);
    assert_int_equal(r.band[4].kind, JX_BAND_FRACTION);
    assert_double_bits(r.band[4].value, 0.0);
    assert_int_equal(r.band[5].kind, JX_BAND_FRACTION);
    assert_double_bits(r.band[5].value, 0.0);
    assert_int_equal(r.band[6].kind, JX_BAND_POINTS);
    assert_double_bits(r.band[6].value, 3.0);
    assert_double_bits(r.band[7].value, 2.5);
    assert_int_equal(r.band[8].kind, JX_BAND_POINTS);
    /* ratio: points x min(x, 1) */
    assert_double_bits(score(&r, 0.95, 10), 9.5);
    assert_double_bits(score(&r, 0.65, 10), 8.0);
    assert_double_bits(score(&r, 0.35, 10), 3.0);
}

static void band_signs_and_bounds(void **state)
{
    jx_bandrule r = parse(">90:5; <=90:2 ");
    (void)state;
    assert_int_equal(r.band[0].cmp, JX_CMP_GT);
    assert_double_bits(r.band[0].bound, 90.0);      /* bare numbers as written */
    assert_int_equal(r.band[1].cmp, JX_CMP_LE);
    r = parse("＜5:1;=5:2;≤10:3;＞＝10:4;⩽20:5;═30:6;==40:7;<=50:8");
    assert_int_equal(r.n, 8);
    assert_int_equal(r.band[0].cmp, JX_CMP_LT);
    assert_int_equal(r.band[1].cmp, JX_CMP_EQ);
    assert_int_equal(r.band[2].cmp, JX_CMP_LE);
    assert_int_equal(r.band[3].cmp, JX_CMP_GE);
    assert_int_equal(r.band[4].cmp, JX_CMP_LE);
    assert_int_equal(r.band[5].cmp, JX_CMP_EQ);
    assert_double_bits(r.band[5].bound, 30.0);
    assert_int_equal(r.band[6].cmp, JX_CMP_EQ);
    assert_int_equal(r.band[7].cmp, JX_CMP_LE);
    /* seed 003's second rule: 100%得满分，90%得一半分 written with signs */
    r = parse("≥100%:full;≥90%:half;else:zero");
    assert_double_bits(score(&r, 1.0, 8), 8.0);
    assert_double_bits(score(&r, 0.92, 8), 4.0);
    assert_double_bits(score(&r, 0.85, 8), 0.0);
    /* a value that matches no band scores 0 */
    r = parse("≥90%:5");
    assert_double_bits(score(&r, 0.5, 5), 0.0);
    /* blank items are skipped */
    r = parse(";;≥90%:5;;\n\n;");
    assert_int_equal(r.n, 1);
    /* thousands separators in a bound */
    r = parse("≥1,000:5;else:0");
    assert_double_bits(r.band[0].bound, 1000.0);
}

static void band_max_items(void **state)
{
    char text[512] = "";
    jx_bandrule r;
    jx_diag d;
    (void)state;
    for (int i = 0; i < JX_BANDS_MAX; i++) {
        char item[32];
        snprintf(item, sizeof item, "≥%d:1;", 100 - i);
        strcat(text, item);
    }
    r = parse(text);
    assert_int_equal(r.n, JX_BANDS_MAX);
    strcat(text, "else:0");
    assert_jx_err(jx_bandrule_parse(text, strlen(text), &r, &d), JX_ERR_RULE_SYNTAX);
    assert_str_eq(d.at, "else:0");
}

static void band_errors(void **state)
{
    static const struct { const char *text; jx_err code; const char *at; } cases[] = {
        { "90%:5", JX_ERR_RULE_SYNTAX, "90%:5" },           /* ≥ or =? not ours to pick */
        { "≥90%", JX_ERR_RULE_SYNTAX, "≥90%" },             /* no value */
        { "≥90%:", JX_ERR_RULE_SYNTAX, "" },
        { ":5", JX_ERR_RULE_SYNTAX, ":5" },
        { "≥90%:很多", JX_ERR_RULE_SYNTAX, "很多" },
        { "≥90%:5个", JX_ERR_RULE_SYNTAX, "个" },
        { "≥90%:120%", JX_ERR_RULE_SYNTAX, "120%" },
        { "≥90%:-1", JX_ERR_RULE_SYNTAX, "-1" },
        { "≥90次:5", JX_ERR_RULE_SYNTAX, "≥90次:5" },        /* unit in a band */
        { "≥3万:5", JX_ERR_RULE_SYNTAX, "≥3万:5" },
        { "≥≤90%:5", JX_ERR_RULE_SYNTAX, "≤90%:5" },
        { "≥90%%:5", JX_ERR_RULE_SYNTAX, "%:5" },
        { "≥-5%:1", JX_ERR_NEGATIVE, "-5%:1" },
        { "else:0;≥90%:5", JX_ERR_RULE_SYNTAX, "≥90%:5" },  /* unreachable */
        { "≥90%:5 4", JX_ERR_RULE_SYNTAX, "4" },
        { "≥90%:full half", JX_ERR_RULE_SYNTAX, "half" },
        { ";;", JX_ERR_RULE_SYNTAX, ";;" },
        { "效果显著:full", JX_ERR_RULE_SYNTAX, "效果显著:full" },
        { "≥90%:5,≥80%:4", JX_ERR_RULE_SYNTAX, ",≥80%:4" },  /* ',' is no separator */
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        jx_bandrule r, before;
        jx_diag d;
        memset(&r, 0x44, sizeof r);
        before = r;
        jx_err e = jx_bandrule_parse(cases[i].text, strlen(cases[i].text), &r, &d);
        if (e != cases[i].code || strcmp(d.at, cases[i].at) != 0 ||
            strcmp(d.text, cases[i].text) != 0) {
            print_error("\"%s\": got %d at \"%s\", expected %d at \"%s\"\n",
                        cases[i].text, (int)e, d.at, (int)cases[i].code,
                        cases[i].at);
            fail();
        }
        assert_memory_equal(&r, &before, sizeof r);
    }
    jx_bandrule r;
    jx_diag d;
    assert_jx_err(jx_bandrule_parse("", 0, &r, &d), JX_ERR_EMPTY);
    assert_jx_err(jx_bandrule_parse("  ", 2, &r, &d), JX_ERR_EMPTY);
    assert_jx_err(jx_bandrule_parse(NULL, 0, &r, &d), JX_ERR_EMPTY);
    assert_jx_err(jx_bandrule_parse("≥9\xF0", 5, &r, &d), JX_ERR_ENCODING);
    assert_int_equal(d.offset, 4);
}

/* The points of a band may not exceed the item: found when scoring. */
static void band_points_above_item(void **state)
{
    jx_bandrule r = parse("≥90%:5;else:0");
    double s = -1;
    (void)state;
    assert_jx_err(jx_bandrule_score(&r, 0.95, 4, 2, &s), JX_ERR_RULE_SYNTAX);
    assert_double_bits(s, -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(band_points),
        cmocka_unit_test(band_full_half),
        cmocka_unit_test(band_value_words),
        cmocka_unit_test(band_signs_and_bounds),
        cmocka_unit_test(band_max_items),
        cmocka_unit_test(band_errors),
        cmocka_unit_test(band_points_above_item),
    };
    return cmocka_run_group_tests_name("rules_parse", tests, NULL, NULL);
}
