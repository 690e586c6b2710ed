/*
 * jixiao/round.h - rounding and comparison that agree with LibreOffice Calc.
 *
 * Published tables are filled in with Calc (or WPS/Excel) and checked against
 * what ROUND(x;2) shows there, so the core must give the same double for the
 * same input.  Calc's ROUND is rtl::math::round(x, n, Corrected): scale by
 * 10^n, then approxFloor(x + 0.5) which first rounds the scaled value to 15
 * significant digits (rtl::math::approxValue).  That is why ROUND(1.005;2) is
 * 1.01 and ROUND(35.82/72*10;2) is 4.98 in Calc while the naive
 * floor(x*100+0.5)/100 gives 1 and 4.97.  jx_round reproduces that algorithm
 * (sal/rtl/math.cxx) and tests compare it with real Calc.
 *
 * Which Calc: LibreOffice 25.x (Debian 13).  Its rtl_math_round applies the
 * 15-digit correction for every digit count, 0 included.  LibreOffice 7.4
 * (Debian 12) short-cuts ROUND(x;0) to C's round(x), without correction, so
 * for the few doubles within 15 significant digits below a half the two
 * disagree: ROUND(2.4999999999999996;0) and ROUND(0.49999999999999994;0) are
 * 2 and 0 in 7.4, 3 and 1 in 25.x.  jx_round gives 3 and 1, deliberately:
 *  - such a value is what a clerk sees as 2.5 (Calc, WPS and Excel all show
 *    at most 15 significant digits), and a half rounds up (not checked in
 *    Excel or WPS themselves: none runs here);
 *  - it is the same rule as for 2 decimals, where 7.4 already gives
 *    ROUND(1.0049999999999999;2) = 1.01: one rule for every digit count;
 *  - it is what current LibreOffice does, the version users upgrade to.
 * Only digits 0 differs, only within 1e-15 of a half; scores use 1..4
 * decimals, where 7.4 and 25.x agree.  tests/core/calc_round.sh checks every
 * other case against whichever Calc is installed and, on 7.4, asserts exactly
 * this difference (make check-core-calc; make check-lo-next runs it on 25.x).
 */
#ifndef JIXIAO_ROUND_H
#define JIXIAO_ROUND_H

#include "jixiao/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Largest number of decimals a score may be rounded to. */
#define JX_DIGITS_MAX 4
/* Digits used when the caller does not say: scores have 2 decimals. */
#define JX_DIGITS_DEFAULT 2

/*
 * Round half away from zero to `digits` decimals exactly as Calc's
 * ROUND(x; digits) does (digits in -20..20).  Non-finite x is returned as is.
 */
double jx_round(double x, int digits);

/* rtl::math::approxValue: x rounded to 15 significant decimal digits. */
double jx_approx_value(double x);

/* rtl::math::approxFloor: floor(jx_approx_value(x)); 1.9999999999999998 -> 2. */
double jx_approx_floor(double x);

/* rtl::math::approxCeil: ceil(jx_approx_value(x)). */
double jx_approx_ceil(double x);

/*
 * rtl::math::approxEqual: a == b, or both within a relative 2^-48 of each
 * other (what Calc's "=" compares with).  Used for every threshold test so
 * that a total summing to 89.99999999999999 is graded like 90.
 */
int jx_approx_equal(double a, double b);

/* a >= b under jx_approx_equal (a > b or approximately equal). */
int jx_approx_ge(double a, double b);

/* a <= b under jx_approx_equal. */
int jx_approx_le(double a, double b);

/* Check digits is within [0, JX_DIGITS_MAX]; JX_ERR_DIGITS otherwise. */
jx_err jx_check_digits(int digits);

/*
 * Format a number for a message the way a clerk writes it: rounded to
 * `digits` decimals (jx_round), trailing zeros and a trailing point removed,
 * no exponent for |x| < 1e15 ("95", "94.5", "0.45", "-3").  As a percent
 * when `percent` is non-zero (0.4478 -> "44.78%").  Always NUL-terminates
 * when cap > 0; returns the bytes actually written, excluding the NUL
 * (at most cap - 1; a longer text is cut, as snprintf cuts it).
 */
size_t jx_fmt_num(double x, int digits, int percent, char *buf, size_t cap);

#ifdef __cplusplus
}
#endif
#endif
