/*
 * test_round.c - jx_round and friends reproduce LibreOffice Calc's ROUND
 * and "=" (rtl::math::round Corrected, approxValue, approxEqual).
 *
 * Every expected value here was checked in LibreOffice 7.4 (=ROUND(x;n));
 * tests/core/calc_round.sh repeats that comparison on thousands of values.
 */
#include "testutil.h"

#include <float.h>

/* The documented cases: where naive floor(x*100+0.5)/100 is wrong. */
static void round_documented_cases(void **state)
{
    (void)state;
    assert_double_bits(jx_round(1.005, 2), 1.01);
    assert_double_bits(jx_round(2.675, 2), 2.68);
    assert_double_bits(jx_round(35.82 / 72 * 10, 2), 4.98);
    assert_double_bits(jx_round(0.4478463 * 10, 2), 4.48);
    /* 003 衡阳县: 479.71 / 1071.15 x 10 */
    assert_double_bits(jx_round(479.71 / 1071.15 * 10, 2), 4.48);
    /* ...and the naive way really is wrong for them (the test can fail). */
    assert_true(floor(1.005 * 100 + 0.5) / 100 != 1.01);
    assert_true(floor(35.82 / 72 * 10 * 100 + 0.5) / 100 != 4.98);
}

static void round_half_away_from_zero(void **state)
{
    (void)state;
    assert_double_bits(jx_round(-1.005, 2), -1.01);
    assert_double_bits(jx_round(-2.675, 2), -2.68);
    assert_double_bits(jx_round(0.125, 2), 0.13);
    assert_double_bits(jx_round(0.375, 2), 0.38);
    assert_double_bits(jx_round(2.5, 0), 3);
    assert_double_bits(jx_round(-2.5, 0), -3);
    assert_double_bits(jx_round(0.05, 1), 0.1);
    assert_double_bits(jx_round(94.475, 2), 94.48);
    assert_double_bits(jx_round(89.995, 2), 90);
    assert_double_bits(jx_round(0.0005, 3), 0.001);
    assert_double_bits(jx_round(1.00005, 4), 1.0001);
}

/* Values just below a half that are not within 15 digits of it stay down. */
static void round_just_below_half(void **state)
{
    (void)state;
    assert_double_bits(jx_round(1.0049, 2), 1);
    assert_double_bits(jx_round(1.00499999999, 2), 1);
    assert_double_bits(jx_round(4.4749999, 2), 4.47);
    assert_double_bits(jx_round(0.49, 0), 0);
    /* Digits 0 corrects to 15 digits like every other digit count (as
     * LibreOffice 25.x does): 2.4999999999999996 shows as 2.5 and
     * rounds to 3; LibreOffice 7.4 gives 2 and 0 here (round.h). */
    assert_double_bits(jx_round(2.4999999999999996, 0), 3);
    assert_double_bits(jx_round(0.49999999999999994, 0), 1);
    assert_double_bits(jx_round(-2.4999999999999996, 0), -3);
    /* Farther below the half than the 15-digit correction reaches: down. */
    assert_double_bits(jx_round(2.49999999999999, 0), 2);
    assert_double_bits(jx_round(0.4999999999999, 0), 0);
    /* One ulp below 1.005 (already below it) is still 1.01: Calc snaps
     * 100.49999999999999 to 15 digits first. */
    assert_double_bits(jx_round(nextafter(1.005, 0), 2), 1.01);
    /* 1.00499999999999 is far enough below to round down. */
    assert_double_bits(jx_round(1.00499999999999, 2), 1);
}

static void round_digits(void **state)
{
    (void)state;
    assert_double_bits(jx_round(94.4786, 0), 94);
    assert_double_bits(jx_round(94.4786, 1), 94.5);
    assert_double_bits(jx_round(94.4786, 2), 94.48);
    assert_double_bits(jx_round(94.4786, 3), 94.479);
    assert_double_bits(jx_round(1234.5, -1), 1230);
    assert_double_bits(jx_round(1235, -1), 1240);
    assert_double_bits(jx_round(-1235, -1), -1240);
    assert_double_bits(jx_round(1234.5, -2), 1200);
    /* Out-of-range digits are clamped to -20..20, never UB. */
    assert_double_bits(jx_round(1.5, 400), 1.5);
    assert_double_bits(jx_round(1.5, -400), 0);
}

static void round_returns_integers_and_specials_unchanged(void **state)
{
    (void)state;
    assert_double_bits(jx_round(0.0, 2), 0.0);
    assert_true(signbit(jx_round(-0.0, 2)));
    assert_double_bits(jx_round(100, 2), 100);
    assert_double_bits(jx_round(-7, 3), -7);
    assert_double_bits(jx_round(4503599627370497.0, 2), 4503599627370497.0);
    assert_double_bits(jx_round(1e300, 2), 1e300);
    assert_double_bits(jx_round(DBL_MAX, 2), DBL_MAX);
    assert_true(isnan(jx_round(NAN, 2)));
    assert_true(isinf(jx_round(INFINITY, 2)));
    /* Tiny values round to zero, not to a denormal or NaN. */
    assert_double_bits(jx_round(1e-300, 2), 0);
    assert_double_bits(jx_round(DBL_MIN / 4, 2), 0);
    /* Huge values with a fraction: decimals limited by the exponent. */
    assert_double_bits(jx_round(1e15 + 0.25, 4), 1e15 + 0.25);
}

static void approx_value_floor_ceil(void **state)
{
    (void)state;
    assert_double_bits(jx_approx_value(1.9999999999999998), 2);
    assert_double_bits(jx_approx_floor(1.9999999999999998), 2);
    assert_double_bits(floor(1.9999999999999998), 1); /* why we need it */
    assert_double_bits(jx_approx_ceil(2.0000000000000004), 2);
    assert_double_bits(jx_approx_floor(0.06 / 0.03), 2);
    assert_double_bits(jx_approx_floor(2.5), 2);
    assert_double_bits(jx_approx_ceil(2.5), 3);
    assert_double_bits(jx_approx_floor(-1.9999999999999998), -2);
    assert_double_bits(jx_approx_value(0.1 + 0.2), 0.3);
    assert_double_bits(jx_approx_value(-0.1 - 0.2), -0.3);
    /* 2^41 and above, integers, short binary fractions: unchanged. */
    assert_double_bits(jx_approx_value(3e12 + 0.1), 3e12 + 0.1);
    assert_double_bits(jx_approx_value(0.5), 0.5);
    assert_double_bits(jx_approx_value(12345), 12345);
    assert_double_bits(jx_approx_value(0), 0);
    assert_true(isnan(jx_approx_value(NAN)));
    assert_true(isinf(jx_approx_floor(-INFINITY)));
}

/*
 * jx_approx_floor/ceil skip jx_approx_value when x is far from an integer:
 * they must agree with the definition floor/ceil(jx_approx_value(x)) on
 * values at every distance from the integers, including the margin itself.
 */
static void approx_floor_fast_path_is_exact(void **state)
{
    static const double offsets[] = {0, 1e-15, 1e-14, 5e-14, 1e-13, 2e-13,
                                     1e-12, 1e-9, 1e-3, 0.25, 0.5};
    uint64_t seed = 12345;
    int i, j, s;

    (void)state;
    for (i = 0; i < 20000; i++) {
        double k, x;
        seed = seed * 6364136223846793005u + 1442695040888963407u;
        /* integers and halves from 0 to about 2^42, log-uniform */
        k = floor(pow(2.0, (double)(seed >> 40) / 16777216.0 * 42.0));
        for (j = 0; j < (int)(sizeof offsets / sizeof offsets[0]); j++) {
            for (s = -1; s <= 1; s += 2) {
                x = k + s * offsets[j] * (k > 1 ? k : 1);
                if (!(x > 0))
                    continue;
                assert_double_bits(jx_approx_floor(x), floor(jx_approx_value(x)));
                assert_double_bits(jx_approx_ceil(x), ceil(jx_approx_value(x)));
                x = nextafter(x, s > 0 ? INFINITY : 0);
                assert_double_bits(jx_approx_floor(x), floor(jx_approx_value(x)));
                assert_double_bits(jx_approx_ceil(x), ceil(jx_approx_value(x)));
            }
        }
    }
}

static void approx_equal_like_calc(void **state)
{
    (void)state;
    assert_true(jx_approx_equal(0.1 + 0.2, 0.3));
    assert_true(jx_approx_equal(89.99999999999999, 90));
    assert_false(jx_approx_equal(89.999, 90));
    assert_false(jx_approx_equal(89.9999999999, 90));
    assert_false(jx_approx_equal(0, 1e-300));
    assert_true(jx_approx_equal(0, 0));
    assert_true(jx_approx_equal(-0.0, 0));
    assert_false(jx_approx_equal(NAN, NAN));
    assert_false(jx_approx_equal(INFINITY, 1e308));
    assert_true(jx_approx_equal(INFINITY, INFINITY));
    /* Two distinct large integers are never "approximately" equal. */
    assert_false(jx_approx_equal(9007199254740991.0, 9007199254740990.0));
    assert_false(jx_approx_equal(1, -1));
}

static void approx_ge_le(void **state)
{
    (void)state;
    assert_true(jx_approx_ge(89.99999999999999, 90));
    assert_false(89.99999999999999 >= 90);
    assert_false(jx_approx_ge(89.999, 90));
    assert_true(jx_approx_ge(90, 90));
    assert_true(jx_approx_ge(90.5, 90));
    assert_true(jx_approx_le(90.00000000000001, 90));
    assert_false(jx_approx_le(90.001, 90));
    assert_true(jx_approx_le(-1, 0));
    assert_false(jx_approx_ge(NAN, 0));
    assert_false(jx_approx_le(NAN, 0));
}

static void check_digits(void **state)
{
    (void)state;
    assert_jx_ok(jx_check_digits(0));
    assert_jx_ok(jx_check_digits(2));
    assert_jx_ok(jx_check_digits(JX_DIGITS_MAX));
    assert_jx_err(jx_check_digits(-1), JX_ERR_DIGITS);
    assert_jx_err(jx_check_digits(JX_DIGITS_MAX + 1), JX_ERR_DIGITS);
}

static void fmt_num(void **state)
{
    char buf[64];
    size_t n;

    (void)state;
    n = jx_fmt_num(95, 2, 0, buf, sizeof buf);
    assert_str_eq(buf, "95");
    assert_int_equal(n, 2);
    jx_fmt_num(94.5, 2, 0, buf, sizeof buf);
    assert_str_eq(buf, "94.5");
    jx_fmt_num(0.45, 2, 0, buf, sizeof buf);
    assert_str_eq(buf, "0.45");
    jx_fmt_num(-3, 2, 0, buf, sizeof buf);
    assert_str_eq(buf, "-3");
    jx_fmt_num(1.005, 2, 0, buf, sizeof buf);
    assert_str_eq(buf, "1.01");
    jx_fmt_num(479.71 / 1071.15, 2, 1, buf, sizeof buf);
    assert_str_eq(buf, "44.78%");
    jx_fmt_num(774.79 / 889.39, 2, 1, buf, sizeof buf);
    assert_str_eq(buf, "87.11%");
    jx_fmt_num(1.5, 0, 1, buf, sizeof buf);
    assert_str_eq(buf, "150%");
    jx_fmt_num(-0.001, 2, 0, buf, sizeof buf);
    assert_str_eq(buf, "0");
    jx_fmt_num(123456789012.345, 2, 0, buf, sizeof buf);
    assert_str_eq(buf, "123456789012.35");
    jx_fmt_num(2e20, 2, 0, buf, sizeof buf);
    assert_str_eq(buf, "2e+20");
    jx_fmt_num(NAN, 2, 0, buf, sizeof buf);
    assert_str_eq(buf, "NaN");
    jx_fmt_num(-INFINITY, 2, 0, buf, sizeof buf);
    assert_str_eq(buf, "-Inf");
    jx_fmt_num(1e308, 2, 1, buf, sizeof buf);
    assert_str_eq(buf, "Inf");
}

static void fmt_num_truncates(void **state)
{
    char buf[8];
    size_t n;

    (void)state;
    memset(buf, 'x', sizeof buf);
    n = jx_fmt_num(123456.78, 2, 0, buf, 5);
    assert_str_eq(buf, "1234");
    assert_int_equal(n, 4);
    assert_int_equal(buf[5], 'x');
    n = jx_fmt_num(1, 2, 0, buf, 0);
    assert_int_equal(n, 0);
    assert_int_equal(buf[0], '1');
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_documented_cases),
        cmocka_unit_test(round_half_away_from_zero),
        cmocka_unit_test(round_just_below_half),
        cmocka_unit_test(round_digits),
        cmocka_unit_test(round_returns_integers_and_specials_unchanged),
        cmocka_unit_test(approx_value_floor_ceil),
        cmocka_unit_test(approx_floor_fast_path_is_exact),
        cmocka_unit_test(approx_equal_like_calc),
        cmocka_unit_test(approx_ge_le),
        cmocka_unit_test(check_digits),
        cmocka_unit_test(fmt_num),
        cmocka_unit_test(fmt_num_truncates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
