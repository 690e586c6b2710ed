/*
 * round.c - Calc-compatible rounding and approximate comparison.
 *
 * The algorithms follow LibreOffice's sal/rtl/math.cxx (rtl_math_round in
 * Corrected mode as in 25.x, rtl_math_approxValue, rtl_math_approxEqual; the
 * last two are the same in 7.4 and 25.x) step by step,
 * because a score is only "right" when it is the same double Calc shows for
 * ROUND(x;2).  tests/core/calc_round.sh compares the two on thousands of
 * values with a real soffice.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "jixiao/round.h"

/* 10^-16 .. 10^16, exact as decimal literals: the factors Calc uses. */
static const double pow10_tab[33] = {
    1e-16, 1e-15, 1e-14, 1e-13, 1e-12, 1e-11, 1e-10, 1e-9,
    1e-8,  1e-7,  1e-6,  1e-5,  1e-4,  1e-3,  1e-2,  1e-1, 1e0,
    1e1,   1e2,   1e3,   1e4,   1e5,   1e6,   1e7,   1e8,
    1e9,   1e10,  1e11,  1e12,  1e13,  1e14,  1e15,  1e16,
};

static double pow10_exp(int e)
{
    if (e < -16 || e > 16)
        return pow(10.0, (double)e);
    return pow10_tab[e + 16];
}

static uint64_t double_bits(double x)
{
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

/* Unbiased binary exponent of a finite, normal or subnormal x. */
static int binary_exponent(double x)
{
    return (int)((double_bits(x) >> 52) & 0x7FF) - 1023;
}

/* x >= 0 is an integer that a double holds exactly (below 2^53). */
static int is_representable_integer(double ax)
{
    const int64_t max_int = ((int64_t)1 << 53) - 1;

    if (ax <= (double)max_int) {
        int64_t i = (int64_t)ax;
        return (double)i == ax;
    }
    return 0;
}

/* Number of binary digits after the point in finite ax >= 0. */
static int bits_in_frac_part(double ax)
{
    uint64_t frac;
    int e, lsb, frac_sig, bits;

    if (ax == 0.0)
        return 0;
    e = binary_exponent(ax);
    if (e >= 52)
        return 0;
    frac = double_bits(ax) & ((UINT64_C(1) << 52) - 1);
    /* 1-based index of the lowest set bit; 53 is the implied leading 1. */
    lsb = frac ? __builtin_ctzll(frac) + 1 : 53;
    frac_sig = 53 - lsb;
    bits = frac_sig - e;
    return bits > 0 ? bits : 0;
}

double jx_approx_value(double x)
{
    const double big_int = 2199023255552.0; /* 2^41: 11 fraction bits left */
    double ax, f, fac;
    int e;

    if (x == 0.0 || !isfinite(x) || x > big_int)
        return x;
    ax = fabs(x);
    if (is_representable_integer(ax) || bits_in_frac_part(ax) <= 11)
        return x;
    e = 14 - (int)floor(log10(ax));
    fac = pow10_exp(e < 0 ? -e : e);
    f = e < 0 ? ax / fac : ax * fac;
    if (!isfinite(f))
        return x;
    f = round(f);
    f = e < 0 ? f * fac : f / fac;
    if (!isfinite(f))
        return x;
    return signbit(x) ? -f : f;
}

/*
 * Fast path.  jx_approx_value moves a positive x by at most half a unit in
 * its 15th significant digit, less than x * 1e-14.  So when x is farther
 * than x * 1e-13 from the integers around it, flooring or ceiling the
 * approximated value gives the same integer as flooring or ceiling x, and
 * the log10 and scaling can be skipped.  Every score rounding passes here
 * (jx_round floors x * 10^digits + 0.5), and almost all of them take the
 * fast path; the result is identical either way (test_round checks it).
 * For 0 < x < 2^41 the int64 conversion is floor(x), and cheaper than a
 * call to floor() on CPUs without SSE4.1 rounding instructions.
 */
static double fast_floor_pos(double x, int *far)
{
    double f = (double)(int64_t)x;
    double margin = x * 1e-13;

    *far = x - f > margin && f + 1.0 - x > margin;
    return f;
}

#define APPROX_FAST_MAX 2199023255552.0 /* 2^41, as in jx_approx_value */

double jx_approx_floor(double x)
{
    if (x > 0 && x < APPROX_FAST_MAX) {
        int far;
        double f = fast_floor_pos(x, &far);
        if (far)
            return f;
    }
    return floor(jx_approx_value(x));
}

double jx_approx_ceil(double x)
{
    if (x > 0 && x < APPROX_FAST_MAX) {
        int far;
        double f = fast_floor_pos(x, &far);
        if (far)
            return f + 1.0;
    }
    return ceil(jx_approx_value(x));
}

/* rtl_math_round(x, digits, rtl_math_RoundingMode_Corrected). */
static double calc_round(double x, int digits)
{
    const double two52 = 4503599627370496.0;
    double v, fac = 0.0;
    int neg;

    if (!isfinite(x) || x == 0.0)
        return x;
    /* No short cut to round() for digits 0: LibreOffice 7.4 takes one and
     * so rounds 2.4999999999999996 to 2; 25.x does not (round.h). */
    neg = signbit(x) != 0;
    v = neg ? -x : x;
    /* Integers and values in the gaps between integers: nothing to round. */
    if (digits >= 0 && (v >= two52 || is_representable_integer(v)))
        return x;
    if (digits > 0) {
        /* No more decimals than the binary exponent leaves room for. */
        int dec = 52 - binary_exponent(v);
        if (dec <= 0)
            return x;
        if (dec < digits)
            digits = dec;
    }
    fac = pow10_exp(digits < 0 ? -digits : digits);
    if (fac == 0.0 || (digits < 0 && !isfinite(fac)))
        return 0.0;
    if (!isfinite(fac))
        return x;
    v = digits < 0 ? v / fac : v * fac;
    if (!isfinite(v))
        return x;
    if (v < two52)
        v = jx_approx_floor(v + 0.5);
    v = digits < 0 ? v * fac : v / fac;
    if (!isfinite(v))
        return x;
    return neg ? -v : v;
}

double jx_round(double x, int digits)
{
    if (digits < -20)
        digits = -20;
    else if (digits > 20)
        digits = 20;
    return calc_round(x, digits);
}

int jx_approx_equal(double a, double b)
{
    const double e48 = 1.0 / (16777216.0 * 16777216.0);
    const double e44 = e48 * 16.0;
    double d;

    if (a == b)
        return 1;
    if (a == 0.0 || b == 0.0)
        return 0;
    d = fabs(a - b);
    if (!isfinite(d))
        return 0;
    a = fabs(a);
    if (d > a * e44)
        return 0;
    b = fabs(b);
    if (d > b * e44)
        return 0;
    if (is_representable_integer(d) && is_representable_integer(a) &&
        is_representable_integer(b))
        return 0;
    return d < a * e48 && d < b * e48;
}

/*
 * Is a, known to differ from b, close enough for jx_approx_equal?  Most
 * comparisons (a total against a grade threshold) are far apart; reject
 * those with one multiplication, as jx_approx_equal's first test would.
 */
static int close_enough(double a, double b)
{
    const double e44 = 16.0 / (16777216.0 * 16777216.0);

    if (!(fabs(a - b) <= fabs(a) * e44))
        return 0;
    return jx_approx_equal(a, b);
}

int jx_approx_ge(double a, double b)
{
    return a >= b || close_enough(a, b);
}

int jx_approx_le(double a, double b)
{
    return a <= b || close_enough(a, b);
}

jx_err jx_check_digits(int digits)
{
    return digits >= 0 && digits <= JX_DIGITS_MAX ? JX_OK : JX_ERR_DIGITS;
}

/* Copy s into buf like snprintf would; returns bytes actually written. */
static size_t put_str(const char *s, char *buf, size_t cap)
{
    size_t n = strlen(s);

    if (cap == 0)
        return 0;
    if (n > cap - 1)
        n = cap - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return n;
}

size_t jx_fmt_num(double x, int digits, int percent, char *buf, size_t cap)
{
    char tmp[64];
    int prec;

    if (isnan(x))
        return put_str("NaN", buf, cap);
    if (isinf(x))
        return put_str(x < 0 ? "-Inf" : "Inf", buf, cap);
    if (percent)
        x *= 100.0;
    if (!isfinite(x))       /* a percent of a value near DBL_MAX */
        return put_str(x < 0 ? "-Inf" : "Inf", buf, cap);
    x = jx_round(x, digits);
    if (x == 0.0)
        x = 0.0; /* print -0 as 0 */
    prec = digits < 0 ? 0 : digits > 15 ? 15 : digits;
    if (fabs(x) < 1e15) {
        char *end;
        snprintf(tmp, sizeof tmp, "%.*f", prec, x);
        /* A clerk writes 94.5 and 95, not 94.50 and 95.00. */
        if (strchr(tmp, '.') != NULL) {
            end = tmp + strlen(tmp);
            while (end[-1] == '0')
                *--end = '\0';
            if (end[-1] == '.')
                *--end = '\0';
        }
        if (strcmp(tmp, "-0") == 0)
            strcpy(tmp, "0");
    } else {
        snprintf(tmp, sizeof tmp, "%.15g", x);
    }
    if (percent)
        strcat(tmp, "%");
    return put_str(tmp, buf, cap);
}
