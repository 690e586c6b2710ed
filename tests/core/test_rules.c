/*
 * test_rules.c - deductions, steps, band rules, ratios, rescaling, sums.
 */
#include "testutil.h"

/* 001: "有一次未按要求完成的，扣1分，扣完为止"; "逾期报送一天扣0.5分". */
static void deduct_with_floor(void **state)
{
    double s = -1;

    (void)state;
    assert_jx_ok(jx_deduct_score(5, 0, 1, 2, &s));
    assert_double_bits(s, 5);
    assert_jx_ok(jx_deduct_score(5, 2, 1, 2, &s));
    assert_double_bits(s, 3);
    assert_jx_ok(jx_deduct_score(5, 5, 1, 2, &s));
    assert_double_bits(s, 0);
    assert_jx_ok(jx_deduct_score(5, 9, 1, 2, &s)); /* 扣完为止 */
    assert_double_bits(s, 0);
    assert_false(signbit(s));
    assert_jx_ok(jx_deduct_score(4, 3, 0.5, 2, &s));
    assert_double_bits(s, 2.5);
    /* 0.1-point deductions: 1 - 3 x 0.1 is 0.7 after rounding, not 0.69999. */
    assert_jx_ok(jx_deduct_score(1, 3, 0.1, 2, &s));
    assert_double_bits(s, 0.7);
    assert_jx_ok(jx_deduct_score(10, 1e300, 1e300, 2, &s)); /* overflow -> 0 */
    assert_double_bits(s, 0);
}

static void deduct_bad_arguments(void **state)
{
    double s = 42;

    (void)state;
    assert_jx_err(jx_deduct_score(-5, 1, 1, 2, &s), JX_ERR_NEGATIVE);
    assert_jx_err(jx_deduct_score(5, -1, 1, 2, &s), JX_ERR_NEGATIVE);
    assert_jx_err(jx_deduct_score(5, 1, -1, 2, &s), JX_ERR_NEGATIVE);
    assert_jx_err(jx_deduct_score(NAN, 1, 1, 2, &s), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_deduct_score(5, INFINITY, 1, 2, &s), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_deduct_score(5, 1, 1, 7, &s), JX_ERR_DIGITS);
    assert_double_bits(s, 42);
}

/* 001: "项目数量÷项目总数×4分"; "不涉及此项考核指标…得分为6分". */
static void ratio_of_counts(void **state)
{
    double s = -1;

    (void)state;
    assert_jx_ok(jx_ratio_score(3, 4, 4, 2, &s));
    assert_double_bits(s, 3);
    assert_jx_ok(jx_ratio_score(1, 3, 4, 2, &s));
    assert_double_bits(s, 1.33);
    assert_jx_ok(jx_ratio_score(2, 3, 4, 2, &s));
    assert_double_bits(s, 2.67);
    assert_jx_ok(jx_ratio_score(0, 0, 6, 2, &s));   /* not applicable: full */
    assert_double_bits(s, 6);
    assert_jx_ok(jx_ratio_score(5, 4, 4, 2, &s));   /* more done than total */
    assert_double_bits(s, 4);
    assert_jx_ok(jx_ratio_score(0, 7, 4, 2, &s));
    assert_double_bits(s, 0);
    s = 42;
    assert_jx_err(jx_ratio_score(-1, 4, 4, 2, &s), JX_ERR_NEGATIVE);
    assert_jx_err(jx_ratio_score(1, -4, 4, 2, &s), JX_ERR_NEGATIVE);
    assert_jx_err(jx_ratio_score(1, 4, NAN, 2, &s), JX_ERR_NOT_FINITE);
    assert_double_bits(s, 42);
}

/* "每相差3%，扣1分，扣满15分为止" */
static void step_deduction_3_percent(void **state)
{
    double s = -1;

    (void)state;
    assert_jx_ok(jx_step_score(20, 0.06, 0.03, 1, 15, JX_STEP_FLOOR, 2, &s));
    assert_double_bits(s, 18);
    assert_jx_ok(jx_step_score(20, 0.05, 0.03, 1, 15, JX_STEP_FLOOR, 2, &s));
    assert_double_bits(s, 19);
    assert_jx_ok(jx_step_score(20, 0.05, 0.03, 1, 15, JX_STEP_CEIL, 2, &s));
    assert_double_bits(s, 18);
    assert_jx_ok(jx_step_score(20, 0.05, 0.03, 1, 15, JX_STEP_LINEAR, 2, &s));
    assert_double_bits(s, 18.33);
    assert_jx_ok(jx_step_score(20, 0, 0.03, 1, 15, JX_STEP_CEIL, 2, &s));
    assert_double_bits(s, 20);
    /* 扣满15分为止: 60 % short is 20 steps, but at most 15 points come off. */
    assert_jx_ok(jx_step_score(20, 0.6, 0.03, 1, 15, JX_STEP_FLOOR, 2, &s));
    assert_double_bits(s, 5);
}

/* Gaps computed in binary: 1 - 0.91 = 0.08999999999999997 is 3 steps of 3 %. */
static void step_counts_whole_steps_like_calc(void **state)
{
    double gap = 1.0 - 0.91, s = -1;

    (void)state;
    assert_true(floor(gap / 0.03) == 2);   /* the naive count is wrong */
    assert_jx_ok(jx_step_score(20, gap, 0.03, 1, 15, JX_STEP_FLOOR, 2, &s));
    assert_double_bits(s, 17);
    /* ...and ceil does not turn 3.0000000000000004 steps into 4. */
    gap = 0.01 + 0.05;                     /* 0.060000000000000005 */
    assert_true(ceil(gap / 0.03) == 3);    /* the naive count is wrong */
    assert_jx_ok(jx_step_score(20, gap, 0.03, 1, 0, JX_STEP_CEIL, 2, &s));
    assert_double_bits(s, 18);
    assert_jx_ok(jx_step_score(10, 0.3, 0.1, 1, 0, JX_STEP_FLOOR, 2, &s));
    assert_double_bits(s, 7);
    assert_jx_ok(jx_step_score(20, 0.06, 0.03, 1, 15, JX_STEP_CEIL, 2, &s));
    assert_double_bits(s, 18);
}

/* "每超1个百分点扣0.5分，扣完为止": cap 0 or above the points = the points. */
static void step_until_nothing_left(void **state)
{
    double s = -1;

    (void)state;
    assert_jx_ok(jx_step_score(5, 0.04, 0.01, 0.5, 0, JX_STEP_FLOOR, 2, &s));
    assert_double_bits(s, 3);
    assert_jx_ok(jx_step_score(5, 0.5, 0.01, 0.5, 0, JX_STEP_FLOOR, 2, &s));
    assert_double_bits(s, 0);
    assert_jx_ok(jx_step_score(5, 0.5, 0.01, 0.5, 99, JX_STEP_FLOOR, 2, &s));
    assert_double_bits(s, 0);
    assert_jx_ok(jx_step_score(5, 0.5, 0.01, 0.5, -1, JX_STEP_FLOOR, 2, &s));
    assert_double_bits(s, 0);
    /* A gap astronomically larger than the step: all points gone, no Inf. */
    assert_jx_ok(jx_step_score(5, 1e308, 1e-308, 0.5, 0, JX_STEP_FLOOR, 2, &s));
    assert_double_bits(s, 0);
    assert_jx_ok(jx_step_score(5, 1e300, 1e-300, 0, 0, JX_STEP_FLOOR, 2, &s));
    assert_double_bits(s, 5);
}

static void step_bad_arguments(void **state)
{
    double s = 42;

    (void)state;
    assert_jx_err(jx_step_score(20, 0.06, 0, 1, 15, JX_STEP_FLOOR, 2, &s), JX_ERR_RANGE);
    assert_jx_err(jx_step_score(20, 0.06, -0.03, 1, 15, JX_STEP_FLOOR, 2, &s), JX_ERR_RANGE);
    assert_jx_err(jx_step_score(20, -0.06, 0.03, 1, 15, JX_STEP_FLOOR, 2, &s), JX_ERR_NEGATIVE);
    assert_jx_err(jx_step_score(20, 0.06, 0.03, -1, 15, JX_STEP_FLOOR, 2, &s), JX_ERR_NEGATIVE);
    assert_jx_err(jx_step_score(-20, 0.06, 0.03, 1, 15, JX_STEP_FLOOR, 2, &s), JX_ERR_NEGATIVE);
    assert_jx_err(jx_step_score(20, NAN, 0.03, 1, 15, JX_STEP_FLOOR, 2, &s), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_step_score(20, 0.06, INFINITY, 1, 15, JX_STEP_FLOOR, 2, &s), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_step_score(20, 0.06, 0.03, 1, NAN, JX_STEP_FLOOR, 2, &s), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_step_score(20, 0.06, 0.03, 1, 15, (jx_step_mode)9, 2, &s), JX_ERR_RANGE);
    assert_jx_err(jx_step_score(20, 0.06, 0.03, 1, 15, JX_STEP_FLOOR, -1, &s), JX_ERR_DIGITS);
    assert_double_bits(s, 42);
}

/* "≥90% 得5分, 80–90% 4分, 70–80% 3分, else 0" */
static const jx_bandrule bands_5432 = {4, {
    {JX_CMP_GE, 0.9, JX_BAND_POINTS, 5},
    {JX_CMP_GE, 0.8, JX_BAND_POINTS, 4},
    {JX_CMP_GE, 0.7, JX_BAND_POINTS, 3},
    {JX_CMP_ELSE, 0, JX_BAND_POINTS, 0}}};

static void bandrule_points(void **state)
{
    double s = -1;

    (void)state;
    assert_jx_ok(jx_bandrule_score(&bands_5432, 0.95, 5, 2, &s));
    assert_double_bits(s, 5);
    assert_jx_ok(jx_bandrule_score(&bands_5432, 0.9, 5, 2, &s));
    assert_double_bits(s, 5);
    assert_jx_ok(jx_bandrule_score(&bands_5432, 0.89999, 5, 2, &s));
    assert_double_bits(s, 4);
    assert_jx_ok(jx_bandrule_score(&bands_5432, 0.8, 5, 2, &s));
    assert_double_bits(s, 4);
    assert_jx_ok(jx_bandrule_score(&bands_5432, 0.75, 5, 2, &s));
    assert_double_bits(s, 3);
    assert_jx_ok(jx_bandrule_score(&bands_5432, 0.1, 5, 2, &s));
    assert_double_bits(s, 0);
    /* A rate computed as 0.7 - 1 ulp still reaches the 70 % band, as in Calc. */
    assert_jx_ok(jx_bandrule_score(&bands_5432, 0.1 * 7, 5, 2, &s));
    assert_double_bits(s, 3);
    assert_jx_ok(jx_bandrule_score(&bands_5432, 0.8999999999999999, 5, 2, &s));
    assert_double_bits(s, 5);
}

/* "100%得满分，90%得一半分" and strict / equal comparisons. */
static void bandrule_fractions_and_comparisons(void **state)
{
    jx_bandrule r = {3, {{JX_CMP_EQ, 1.0, JX_BAND_FRACTION, 1.0},
                         {JX_CMP_GE, 0.9, JX_BAND_FRACTION, 0.5},
                         {JX_CMP_ELSE, 0, JX_BAND_FRACTION, 0}}};
    jx_bandrule lt = {2, {{JX_CMP_LT, 0.05, JX_BAND_FRACTION, 1.0},
                          {JX_CMP_LE, 0.1, JX_BAND_FRACTION, 0.8}}};
    jx_bandrule gt = {1, {{JX_CMP_GT, 0.9, JX_BAND_POINTS, 2}}};
    double s = -1;

    (void)state;
    assert_jx_ok(jx_bandrule_score(&r, 1.0, 10, 2, &s));
    assert_double_bits(s, 10);
    assert_jx_ok(jx_bandrule_score(&r, 0.95, 10, 2, &s));
    assert_double_bits(s, 5);
    assert_jx_ok(jx_bandrule_score(&r, 0.85, 10, 2, &s));
    assert_double_bits(s, 0);
    assert_jx_ok(jx_bandrule_score(&lt, 0.04, 10, 2, &s));
    assert_double_bits(s, 10);
    assert_jx_ok(jx_bandrule_score(&lt, 0.05, 10, 2, &s));   /* not < 5 % */
    assert_double_bits(s, 8);
    assert_jx_ok(jx_bandrule_score(&lt, 0.1, 10, 2, &s));
    assert_double_bits(s, 8);
    assert_jx_ok(jx_bandrule_score(&lt, 0.11, 10, 2, &s));   /* no band: 0 */
    assert_double_bits(s, 0);
    assert_jx_ok(jx_bandrule_score(&gt, 0.9, 2, 2, &s));
    assert_double_bits(s, 0);
    assert_jx_ok(jx_bandrule_score(&gt, 0.9 + 1e-16, 2, 2, &s)); /* = under Calc */
    assert_double_bits(s, 0);
    assert_jx_ok(jx_bandrule_score(&gt, 0.91, 2, 2, &s));
    assert_double_bits(s, 2);
}

static void bandrule_ratio(void **state)
{
    jx_bandrule r = {2, {{JX_CMP_GE, 0.9, JX_BAND_FRACTION, 1.0},
                         {JX_CMP_ELSE, 0, JX_BAND_RATIO, 0}}};
    jx_bandrule empty = {0, {{0, 0, 0, 0}}};
    double s = -1;

    (void)state;
    assert_jx_ok(jx_bandrule_score(&r, 0.4478457732343742, 10, 2, &s));
    assert_double_bits(s, 4.48);
    assert_jx_ok(jx_bandrule_score(&r, -0.5, 10, 2, &s));
    assert_double_bits(s, 0);
    r.band[0].bound = 2;    /* ratio capped at 1 */
    assert_jx_ok(jx_bandrule_score(&r, 1.5, 10, 2, &s));
    assert_double_bits(s, 10);
    assert_jx_ok(jx_bandrule_score(&empty, 0.5, 10, 2, &s));
    assert_double_bits(s, 0);
}

static void bandrule_bad_rules(void **state)
{
    jx_bandrule r = bands_5432;
    double s = 42;

    (void)state;
    /* A band promising more than the item is worth, whatever x is. */
    assert_jx_err(jx_bandrule_score(&r, 0.1, 4, 2, &s), JX_ERR_RULE_SYNTAX);
    r.band[1].kind = JX_BAND_FRACTION;
    r.band[1].value = 1.5;
    assert_jx_err(jx_bandrule_score(&r, 0.95, 5, 2, &s), JX_ERR_RULE_SYNTAX);
    r = bands_5432;
    r.band[2].value = -1;
    assert_jx_err(jx_bandrule_score(&r, 0.95, 5, 2, &s), JX_ERR_RULE_SYNTAX);
    r = bands_5432;
    r.band[0].bound = NAN;
    assert_jx_err(jx_bandrule_score(&r, 0.95, 5, 2, &s), JX_ERR_RULE_SYNTAX);
    r = bands_5432;
    r.band[0].cmp = (jx_band_cmp)42;
    assert_jx_err(jx_bandrule_score(&r, 0.95, 5, 2, &s), JX_ERR_RULE_SYNTAX);
    r = bands_5432;
    r.band[0].kind = (jx_band_kind)42;
    assert_jx_err(jx_bandrule_score(&r, 0.95, 5, 2, &s), JX_ERR_RULE_SYNTAX);
    r = bands_5432;
    r.n = JX_BANDS_MAX + 1;
    assert_jx_err(jx_bandrule_score(&r, 0.95, 5, 2, &s), JX_ERR_RULE_SYNTAX);
    r.n = -1;
    assert_jx_err(jx_bandrule_score(&r, 0.95, 5, 2, &s), JX_ERR_RULE_SYNTAX);
    assert_jx_err(jx_bandrule_score(NULL, 0.95, 5, 2, &s), JX_ERR_RULE_SYNTAX);
    assert_jx_err(jx_bandrule_score(&bands_5432, NAN, 5, 2, &s), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_bandrule_score(&bands_5432, 0.9, INFINITY, 2, &s), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_bandrule_score(&bands_5432, 0.9, -5, 2, &s), JX_ERR_NEGATIVE);
    assert_jx_err(jx_bandrule_score(&bands_5432, 0.9, 5, 5, &s), JX_ERR_DIGITS);
    assert_double_bits(s, 42);
}

/* 000 合水县: 13+13+11+25.5+8+9+10 = 89.5. */
static void score_sum_seed_000(void **state)
{
    jx_scored rows[7] = {{13, 15, 1}, {13, 15, 1}, {11, 15, 1}, {25.5, 30, 1},
                         {8, 10, 1},  {9, 10, 1},  {10, 10, 1}};
    double sum = -1;
    size_t bad = 99;

    (void)state;
    assert_jx_ok(jx_score_sum(rows, 7, 2, &sum, &bad));
    assert_double_bits(sum, 89.5);
    assert_int_equal(bad, 99);
    /* 003 衡阳县: 4.48 + 90 = 94.48. */
    {
        jx_scored r3[2] = {{4.48, 10, 1}, {90, 90, 1}};
        assert_jx_ok(jx_score_sum(r3, 2, 2, &sum, NULL));
        assert_double_bits(sum, 94.48);
    }
}

static void score_sum_checks_each_score(void **state)
{
    jx_scored rows[4] = {{3, 5, 1}, {7, 5, 0}, {6, 5, 1}, {-1, 5, 1}};
    double sum = 42;
    size_t bad = 99;

    (void)state;
    /* Row 1 is skipped (not applicable) although 7 > 5; row 2 is the first bad. */
    assert_jx_err(jx_score_sum(rows, 4, 2, &sum, &bad), JX_ERR_SCORE_RANGE);
    assert_int_equal(bad, 2);
    rows[2].score = 5;
    assert_jx_err(jx_score_sum(rows, 4, 2, &sum, &bad), JX_ERR_SCORE_RANGE);
    assert_int_equal(bad, 3);
    rows[3].score = NAN;
    assert_jx_err(jx_score_sum(rows, 4, 2, &sum, &bad), JX_ERR_NOT_FINITE);
    rows[3].score = 1;
    rows[3].points = -5;
    assert_jx_err(jx_score_sum(rows, 4, 2, &sum, NULL), JX_ERR_NEGATIVE);
    assert_double_bits(sum, 42);
    rows[3].points = 5;
    assert_jx_ok(jx_score_sum(rows, 4, 2, &sum, NULL));
    assert_double_bits(sum, 9);
    /* A score equal to its points up to the last bit is in range. */
    rows[0].score = 0.1 + 0.2;
    rows[0].points = 0.3;
    assert_jx_ok(jx_score_sum(rows, 1, 2, &sum, NULL));
    assert_double_bits(sum, 0.3);
    assert_jx_ok(jx_score_sum(NULL, 0, 2, &sum, NULL));
    assert_double_bits(sum, 0);
    assert_jx_err(jx_score_sum(NULL, 3, 2, &sum, NULL), JX_ERR_RANGE);
}

/*
 * Ten 0.1 scores add up to 1.  (Calc 7.4's SUM gives exactly 1 here, its
 * RAWSUBTRACT(SUM(...);1) is 0, and jx_score_sum sums the same compensated
 * way; after rounding to 4 decimals a plain sum would pass too, so this is
 * a sanity check of the rows loop, not of the compensation.)
 */
static void score_sum_of_tenths(void **state)
{
    jx_scored rows[10];
    double sum = -1;
    int i;

    (void)state;
    for (i = 0; i < 10; i++)
        rows[i] = (jx_scored){0.1, 0.1, 1};
    assert_jx_ok(jx_score_sum(rows, 10, 4, &sum, NULL));
    assert_double_bits(sum, 1);
}

/* Not-applicable rows dropped, remaining points rescaled to 100. */
static void rescaled_total(void **state)
{
    /* 90 points applicable, 10 dropped; 81 scored -> 90. */
    jx_scored rows[3] = {{40, 50, 1}, {41, 40, 1}, {0, 10, 0}};
    double t = 42;

    (void)state;
    assert_jx_err(jx_rescaled_total(rows, 3, 100, 2, &t), JX_ERR_SCORE_RANGE);
    rows[1].score = 35;
    assert_jx_ok(jx_rescaled_total(rows, 3, 100, 2, &t));
    assert_double_bits(t, 83.33);
    rows[2].applicable = 1;
    rows[2].score = 10;
    assert_jx_ok(jx_rescaled_total(rows, 3, 100, 2, &t));
    assert_double_bits(t, 85);
    assert_jx_ok(jx_rescaled_total(rows, 3, 10, 1, &t));
    assert_double_bits(t, 8.5);
}

static void rescaled_total_errors(void **state)
{
    jx_scored rows[2] = {{4, 5, 0}, {3, 5, 0}};
    double t = 42;

    (void)state;
    assert_jx_err(jx_rescaled_total(rows, 2, 100, 2, &t), JX_ERR_RANGE);
    assert_jx_err(jx_rescaled_total(rows, 0, 100, 2, &t), JX_ERR_RANGE);
    rows[0].applicable = 1;
    assert_jx_err(jx_rescaled_total(rows, 2, 0, 2, &t), JX_ERR_RANGE);
    assert_jx_err(jx_rescaled_total(rows, 2, -100, 2, &t), JX_ERR_RANGE);
    assert_jx_err(jx_rescaled_total(rows, 2, NAN, 2, &t), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_rescaled_total(rows, 2, 100, 9, &t), JX_ERR_DIGITS);
    rows[0].points = 0;
    rows[0].score = 0;
    assert_jx_err(jx_rescaled_total(rows, 2, 100, 2, &t), JX_ERR_RANGE);
    assert_double_bits(t, 42);
}

static void rescale_points(void **state)
{
    jx_scored rows[4] = {{0, 10, 1}, {0, 50, 1}, {0, 30, 0}, {0, 30, 1}};
    double out[4] = {-1, -1, -1, -1};

    (void)state;
    /* 90 applicable points scaled to 100. */
    assert_jx_ok(jx_rescale_points(rows, 4, 100, 2, out));
    assert_double_bits(out[0], 11.11);
    assert_double_bits(out[1], 55.56);
    assert_double_bits(out[2], 0);
    assert_double_bits(out[3], 33.33);
    /* Errors leave out untouched. */
    out[0] = 42;
    rows[1].points = NAN;
    assert_jx_err(jx_rescale_points(rows, 4, 100, 2, out), JX_ERR_NOT_FINITE);
    rows[1].points = -1;
    assert_jx_err(jx_rescale_points(rows, 4, 100, 2, out), JX_ERR_NEGATIVE);
    rows[1].points = 50;
    rows[0].applicable = rows[1].applicable = rows[3].applicable = 0;
    assert_jx_err(jx_rescale_points(rows, 4, 100, 2, out), JX_ERR_RANGE);
    rows[0].applicable = 1;
    assert_jx_err(jx_rescale_points(rows, 4, 100, 2, NULL), JX_ERR_RANGE);
    assert_double_bits(out[0], 42);
    /* Scores are irrelevant to new points: a NaN score does not matter. */
    rows[0].score = NAN;
    assert_jx_ok(jx_rescale_points(rows, 4, 100, 2, out));
    assert_double_bits(out[0], 100);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(deduct_with_floor),
        cmocka_unit_test(deduct_bad_arguments),
        cmocka_unit_test(ratio_of_counts),
        cmocka_unit_test(step_deduction_3_percent),
        cmocka_unit_test(step_counts_whole_steps_like_calc),
        cmocka_unit_test(step_until_nothing_left),
        cmocka_unit_test(step_bad_arguments),
        cmocka_unit_test(bandrule_points),
        cmocka_unit_test(bandrule_fractions_and_comparisons),
        cmocka_unit_test(bandrule_ratio),
        cmocka_unit_test(bandrule_bad_rules),
        cmocka_unit_test(score_sum_seed_000),
        cmocka_unit_test(score_sum_checks_each_score),
        cmocka_unit_test(score_sum_of_tenths),
        cmocka_unit_test(rescaled_total),
        cmocka_unit_test(rescaled_total_errors),
        cmocka_unit_test(rescale_points),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
