/*
 * test_grade.c - grade bands: defaults, boundaries, custom bands.
 */
#include "testutil.h"

static const char *grade_of(const jx_grades *g, double total)
{
    const char *label = NULL;

    assert_jx_ok(jx_grade(g, total, &label));
    return label;
}

static void default_bands(void **state)
{
    jx_grades g;

    (void)state;
    jx_grades_default(&g);
    assert_int_equal(g.n, 3);
    assert_double_bits(g.max_total, 100);
    assert_str_eq(grade_of(&g, 100), "优");
    assert_str_eq(grade_of(&g, 94.48), "优");  /* 003 衡阳县 */
    assert_str_eq(grade_of(&g, 89.5), "良");   /* 000 合水县 */
    assert_str_eq(grade_of(&g, 85), "良");
    assert_str_eq(grade_of(&g, 70), "中");
    assert_str_eq(grade_of(&g, 30), "差");
    assert_str_eq(grade_of(&g, 0), "差");
}

/* Each seed's total, added up from its parts, gets the grade it printed. */
static void seed_totals(void **state)
{
    /* 002 渝水区 医疗救助: execution 10 + 20+20+10+10+10+10+5+5 -> 100, 优. */
    const jx_scored s002[9] = {{10, 10, 1}, {20, 20, 1}, {20, 20, 1},
                               {10, 10, 1}, {10, 10, 1}, {10, 10, 1},
                               {10, 10, 1}, {5, 5, 1},   {5, 5, 1}};
    /* 000 合水县: 13+13+11+25.5+8+9+10 = 89.5 -> 良. */
    const jx_scored s000[7] = {{13, 15, 1}, {13, 15, 1}, {11, 15, 1},
                               {25.5, 30, 1}, {8, 10, 1}, {9, 10, 1},
                               {10, 10, 1}};
    /* 003 衡阳县: 4.48 + 90 = 94.48 -> 优. */
    const jx_scored s003[2] = {{4.48, 10, 1}, {90, 90, 1}};
    jx_grades g;
    double t = -1;

    (void)state;
    jx_grades_default(&g);
    assert_jx_ok(jx_score_sum(s002, 9, 2, &t, NULL));
    assert_double_bits(t, 100);
    assert_str_eq(grade_of(&g, t), "优");
    assert_jx_ok(jx_score_sum(s000, 7, 2, &t, NULL));
    assert_double_bits(t, 89.5);
    assert_str_eq(grade_of(&g, t), "良");
    assert_jx_ok(jx_score_sum(s003, 2, 2, &t, NULL));
    assert_double_bits(t, 94.48);
    assert_str_eq(grade_of(&g, t), "优");
}

/* Half-open bands: the threshold itself belongs to the higher grade. */
static void band_boundaries(void **state)
{
    jx_grades g;

    (void)state;
    jx_grades_default(&g);
    assert_str_eq(grade_of(&g, 90), "优");
    assert_str_eq(grade_of(&g, 89.999), "良");
    assert_str_eq(grade_of(&g, 89.99), "良");
    assert_str_eq(grade_of(&g, 80), "良");
    assert_str_eq(grade_of(&g, 79.999), "中");
    assert_str_eq(grade_of(&g, 60), "中");
    assert_str_eq(grade_of(&g, 59.999), "差");
    /* A sum landing a hair below 90 is 90 as Calc compares it. */
    assert_str_eq(grade_of(&g, 89.99999999999999), "优");
    assert_str_eq(grade_of(&g, 0.1 * 3 + 89.7), "优");
    assert_str_eq(grade_of(&g, 79.99999999999999), "良");
    /* ...and a hair above 100 is still 100. */
    assert_str_eq(grade_of(&g, 100.00000000000001), "优");
}

static void out_of_range_totals(void **state)
{
    jx_grades g;
    const char *label = "untouched";

    (void)state;
    jx_grades_default(&g);
    assert_jx_err(jx_grade(&g, 100.01, &label), JX_ERR_RANGE);
    assert_jx_err(jx_grade(&g, -0.01, &label), JX_ERR_RANGE);
    assert_jx_err(jx_grade(&g, NAN, &label), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_grade(&g, INFINITY, &label), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_grade(NULL, 50, &label), JX_ERR_BANDS);
    g.n = 0;
    assert_jx_err(jx_grade(&g, 50, &label), JX_ERR_BANDS);
    assert_str_eq(label, "untouched");
}

/* 优秀/良好/合格/不合格 and a fifth band. */
static void custom_labels_and_bands(void **state)
{
    static const double t3[3] = {90, 80, 60};
    static const char *const l4[4] = {"优秀", "良好", "合格", "不合格"};
    static const double t4[4] = {90, 75, 60, 40};
    static const char *const l5[5] = {"一等", "二等", "三等", "四等", "五等"};
    jx_grades g;

    (void)state;
    assert_jx_ok(jx_grades_make(t3, 3, l4, &g));
    assert_str_eq(grade_of(&g, 95), "优秀");
    assert_str_eq(grade_of(&g, 59), "不合格");
    assert_jx_ok(jx_grades_make(t4, 4, l5, &g));
    assert_str_eq(grade_of(&g, 76), "二等");
    assert_str_eq(grade_of(&g, 74.99), "三等");
    assert_str_eq(grade_of(&g, 40), "四等");
    assert_str_eq(grade_of(&g, 39), "五等");
    /* NULL labels with three thresholds: 优/良/中/差. */
    assert_jx_ok(jx_grades_make(t4 + 1, 3, NULL, &g));
    assert_str_eq(grade_of(&g, 75), "优");
    assert_str_eq(grade_of(&g, 10), "差");
    /* One threshold: pass / fail. */
    {
        static const char *const pf[2] = {"合格", "不合格"};
        assert_jx_ok(jx_grades_make(t3 + 2, 1, pf, &g));
        assert_str_eq(grade_of(&g, 60), "合格");
        assert_str_eq(grade_of(&g, 59.5), "不合格");
    }
}

/* Thresholds above 100 (a 150-point table): no upper limit. */
static void scale_above_100(void **state)
{
    static const double t[3] = {135, 120, 90};
    jx_grades g;

    (void)state;
    assert_jx_ok(jx_grades_make(t, 3, NULL, &g));
    assert_true(g.max_total > 1e300);
    assert_str_eq(grade_of(&g, 150), "优");
    assert_str_eq(grade_of(&g, 134.9), "良");
}

static void make_rejects_bad_bands(void **state)
{
    static const double up[3] = {60, 80, 90};
    static const double dup[3] = {90, 90, 60};
    static const double neg[3] = {90, 80, -1};
    static const double nan3[3] = {90, NAN, 60};
    static const double t9[9] = {90, 80, 70, 60, 50, 40, 30, 20, 10};
    static const char *const empty[4] = {"优", "", "中", "差"};
    static const char *const null4[4] = {"优", "良", NULL, "差"};
    static const char *const longl[4] = {"优", "良", "中",
        "差差差差差差差差差差差"};  /* 33 bytes */
    static const char *const bad8[4] = {"优", "良", "\xff", "差"};
    jx_grades g, before;

    (void)state;
    jx_grades_default(&g);
    before = g;
    assert_jx_err(jx_grades_make(up, 3, NULL, &g), JX_ERR_BANDS);
    assert_jx_err(jx_grades_make(dup, 3, NULL, &g), JX_ERR_BANDS);
    assert_jx_err(jx_grades_make(neg, 3, NULL, &g), JX_ERR_BANDS);
    assert_jx_err(jx_grades_make(nan3, 3, NULL, &g), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_grades_make(t9, 9, NULL, &g), JX_ERR_BANDS);
    assert_jx_err(jx_grades_make(t9, 4, NULL, &g), JX_ERR_BANDS);
    assert_jx_err(jx_grades_make(t9, 0, NULL, &g), JX_ERR_BANDS);
    assert_jx_err(jx_grades_make(NULL, 3, NULL, &g), JX_ERR_BANDS);
    assert_jx_err(jx_grades_make(up + 0, 3, empty, &g), JX_ERR_BANDS);
    assert_jx_err(jx_grades_make(t9, 3, empty, &g), JX_ERR_BANDS);
    assert_jx_err(jx_grades_make(t9, 3, null4, &g), JX_ERR_BANDS);
    assert_jx_err(jx_grades_make(t9, 3, longl, &g), JX_ERR_BANDS);
    assert_jx_err(jx_grades_make(t9, 3, bad8, &g), JX_ERR_ENCODING);
    assert_jx_err(jx_grades_make(t9, 3, NULL, NULL), JX_ERR_BANDS);
    /* Nothing was written by the failed calls. */
    assert_memory_equal(&g, &before, sizeof g);
    /* Eight thresholds and a 31-byte label are the limits and work. */
    {
        static const char *const l9[9] = {"1", "2", "3", "4", "5", "6", "7", "8",
            "差差差差差差差差差差1"};
        assert_jx_ok(jx_grades_make(t9, 8, l9, &g));
        assert_str_eq(grade_of(&g, 5), "差差差差差差差差差差1");
        assert_str_eq(grade_of(&g, 20), "8");
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(default_bands),
        cmocka_unit_test(seed_totals),
        cmocka_unit_test(band_boundaries),
        cmocka_unit_test(out_of_range_totals),
        cmocka_unit_test(custom_labels_and_bands),
        cmocka_unit_test(scale_above_100),
        cmocka_unit_test(make_rejects_bad_bands),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
