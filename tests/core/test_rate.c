/*
 * test_rate.c - 执行率, 到位率, 控制率 and the execution score, with the
 * seeds' real figures.
 */
#include "testutil.h"

/* 003 衡阳县: 479.71 / 1071.15 = 44.78 %, score 4.48 of 10. */
static void exec_rate_seed_003(void **state)
{
    double r = -1, s = -1;

    (void)state;
    assert_jx_ok(jx_exec_rate(479.71, 1071.15, &r));
    assert_double_bits(r, 479.71 / 1071.15);
    assert_double_near(r, 0.447845773234, 1e-12);
    assert_jx_ok(jx_exec_score(479.71, 1071.15, 10, NULL, 2, &s));
    assert_double_bits(s, 4.48);
    assert_jx_ok(jx_exec_score(479.71, 1071.15, 10, NULL, 1, &s));
    assert_double_bits(s, 4.5);
    assert_jx_ok(jx_exec_score(479.71, 1071.15, 10, NULL, 0, &s));
    assert_double_bits(s, 4);
    /* Hubei weighting: execution worth 20 points. */
    assert_jx_ok(jx_exec_score(479.71, 1071.15, 20, NULL, 2, &s));
    assert_double_bits(s, 8.96);
}

/* 000 合水县: received 774.79 of 889.39 = 87.11 %; spent all received = 100 %. */
static void fund_rate_seed_000(void **state)
{
    double r = -1;
    char buf[32];

    (void)state;
    assert_jx_ok(jx_fund_rate(774.79, 889.39, &r));
    jx_fmt_num(r, 2, 1, buf, sizeof buf);
    assert_str_eq(buf, "87.11%");
    /* The 评价 framework divides by funds received: 100 %. */
    assert_jx_ok(jx_exec_rate(774.79, 774.79, &r));
    assert_double_bits(r, 1.0);
    /* The 自评表 divides by the budget: 87.11 %, not 100 %. */
    assert_jx_ok(jx_exec_rate(774.79, 889.39, &r));
    assert_true(r < 0.872 && r > 0.871);
}

/* 003 staffing: 25 of 27 posts = 92.59 %. */
static void control_rate_seed_003(void **state)
{
    double r = -1;
    char buf[32];

    (void)state;
    assert_jx_ok(jx_control_rate(25, 27, &r));
    jx_fmt_num(r, 2, 1, buf, sizeof buf);
    assert_str_eq(buf, "92.59%");
    assert_jx_ok(jx_control_rate(0, 27, &r));
    assert_double_bits(r, 0);
}

/* 0 / 0 is "no budget", never 100 %; the out-parameter stays untouched. */
static void zero_budget_is_an_error(void **state)
{
    double r = 42, s = 42;

    (void)state;
    assert_jx_err(jx_exec_rate(0, 0, &r), JX_ERR_NO_BUDGET);
    assert_jx_err(jx_exec_rate(5, 0, &r), JX_ERR_NO_BUDGET);
    assert_jx_err(jx_fund_rate(0, 0, &r), JX_ERR_NO_BUDGET);
    assert_jx_err(jx_control_rate(3, 0, &r), JX_ERR_NO_BUDGET);
    assert_jx_err(jx_exec_score(0, 0, 10, NULL, 2, &s), JX_ERR_NO_BUDGET);
    assert_jx_err(jx_exec_rate(0, -0.0, &r), JX_ERR_NO_BUDGET);
    assert_double_bits(r, 42);
    assert_double_bits(s, 42);
}

static void negative_money_is_an_error(void **state)
{
    double r = 42, s = 42;

    (void)state;
    assert_jx_err(jx_exec_rate(-1, 100, &r), JX_ERR_NEGATIVE);
    assert_jx_err(jx_exec_rate(10, -100, &r), JX_ERR_NEGATIVE);
    assert_jx_err(jx_fund_rate(-0.01, 1, &r), JX_ERR_NEGATIVE);
    assert_jx_err(jx_control_rate(1, -27, &r), JX_ERR_NEGATIVE);
    assert_jx_err(jx_exec_score(50, 100, -10, NULL, 2, &s), JX_ERR_NEGATIVE);
    assert_jx_err(jx_exec_score(-50, 100, 10, NULL, 2, &s), JX_ERR_NEGATIVE);
    assert_double_bits(r, 42);
    assert_double_bits(s, 42);
}

static void non_finite_arguments(void **state)
{
    double r = 42, s = 42;

    (void)state;
    assert_jx_err(jx_exec_rate(NAN, 100, &r), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_exec_rate(1, INFINITY, &r), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_fund_rate(-INFINITY, 1, &r), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_control_rate(1, NAN, &r), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_exec_score(1, 2, NAN, NULL, 2, &s), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_exec_score(1, 2, INFINITY, NULL, 2, &s), JX_ERR_NOT_FINITE);
    /* A quotient that overflows is out of range, not +Inf. */
    assert_jx_err(jx_exec_rate(1e300, 1e-300, &r), JX_ERR_RANGE);
    assert_double_bits(r, 42);
    assert_double_bits(s, 42);
}

/* Over-execution: the rate may exceed 1, the score is capped at the points. */
static void over_execution(void **state)
{
    double r = -1, s = -1;

    (void)state;
    assert_jx_ok(jx_exec_rate(1200, 1000, &r));
    assert_double_bits(r, 1.2);
    assert_jx_ok(jx_exec_score(1200, 1000, 10, NULL, 2, &s));
    assert_double_bits(s, 10);
    assert_jx_ok(jx_exec_score(1000, 1000, 10, NULL, 2, &s));
    assert_double_bits(s, 10);
    assert_jx_ok(jx_exec_score(0, 1000, 10, NULL, 2, &s));
    assert_double_bits(s, 0);
    assert_jx_ok(jx_exec_score(500, 1000, 0, NULL, 2, &s));
    assert_double_bits(s, 0);
}

static void exec_score_rounding(void **state)
{
    double s = -1;

    (void)state;
    /* 35.82 / 72 x 10 = 4.975 in Calc: 4.98, where naive rounding gives 4.97. */
    assert_jx_ok(jx_exec_score(35.82, 72, 10, NULL, 2, &s));
    assert_double_bits(s, 4.98);
    assert_jx_ok(jx_exec_score(1, 3, 10, NULL, 2, &s));
    assert_double_bits(s, 3.33);
    assert_jx_ok(jx_exec_score(2, 3, 10, NULL, 2, &s));
    assert_double_bits(s, 6.67);
}

static void exec_score_bad_digits(void **state)
{
    double s = 42;

    (void)state;
    assert_jx_err(jx_exec_score(1, 2, 10, NULL, -1, &s), JX_ERR_DIGITS);
    assert_jx_err(jx_exec_score(1, 2, 10, NULL, JX_DIGITS_MAX + 1, &s), JX_ERR_DIGITS);
    assert_double_bits(s, 42);
}

/* "≥95%得满分，未达到95%得一半分" (003) as a band rule on the rate. */
static void exec_score_threshold_rule(void **state)
{
    jx_bandrule rule = {2, {{JX_CMP_GE, 0.95, JX_BAND_FRACTION, 1.0},
                            {JX_CMP_ELSE, 0, JX_BAND_FRACTION, 0.5}}};
    double s = -1;

    (void)state;
    assert_jx_ok(jx_exec_score(95, 100, 10, &rule, 2, &s));
    assert_double_bits(s, 10);
    assert_jx_ok(jx_exec_score(94.99, 100, 10, &rule, 2, &s));
    assert_double_bits(s, 5);
    assert_jx_ok(jx_exec_score(479.71, 1071.15, 10, &rule, 2, &s));
    assert_double_bits(s, 5);
    /* ≥90% full, else by ratio. */
    rule.band[0].bound = 0.9;
    rule.band[1].kind = JX_BAND_RATIO;
    assert_jx_ok(jx_exec_score(479.71, 1071.15, 10, &rule, 2, &s));
    assert_double_bits(s, 4.48);
    assert_jx_ok(jx_exec_score(90, 100, 10, &rule, 2, &s));
    assert_double_bits(s, 10);
    /* Rule errors pass through and leave the score alone. */
    s = 42;
    rule.band[0].kind = JX_BAND_POINTS;
    rule.band[0].value = 12;
    assert_jx_err(jx_exec_score(90, 100, 10, &rule, 2, &s), JX_ERR_RULE_SYNTAX);
    assert_double_bits(s, 42);
}

/* The same rules written as users type them (parsed by jx_bandrule_parse). */
static void exec_score_parsed_rules(void **state)
{
    static const char half[] = "≥95%:full;else:half";
    static const char ratio[] = "≥90%：满分；其他：按比例";
    jx_bandrule rule;
    double s = -1;

    (void)state;
    assert_jx_ok(jx_bandrule_parse(half, strlen(half), &rule, NULL));
    assert_jx_ok(jx_exec_score(479.71, 1071.15, 10, &rule, 2, &s));
    assert_double_bits(s, 5);
    assert_jx_ok(jx_exec_score(1018, 1071.15, 10, &rule, 2, &s)); /* 95.04 % */
    assert_double_bits(s, 10);
    assert_jx_ok(jx_bandrule_parse(ratio, strlen(ratio), &rule, NULL));
    assert_jx_ok(jx_exec_score(479.71, 1071.15, 10, &rule, 2, &s));
    assert_double_bits(s, 4.48);
    assert_jx_ok(jx_exec_score(964.04, 1071.15, 10, &rule, 2, &s)); /* 90.0004 % */
    assert_double_bits(s, 10);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(exec_rate_seed_003),
        cmocka_unit_test(fund_rate_seed_000),
        cmocka_unit_test(control_rate_seed_003),
        cmocka_unit_test(zero_budget_is_an_error),
        cmocka_unit_test(negative_money_is_an_error),
        cmocka_unit_test(non_finite_arguments),
        cmocka_unit_test(over_execution),
        cmocka_unit_test(exec_score_rounding),
        cmocka_unit_test(exec_score_bad_digits),
        cmocka_unit_test(exec_score_threshold_rule),
        cmocka_unit_test(exec_score_parsed_rules),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
