/*
 * testutil.h - small helpers shared by the cmocka core tests.
 *
 * cmocka compares doubles only through casts to integers, which hides the
 * last bits that decide whether a score equals what Calc shows.  These
 * macros compare doubles bit for bit (assert_double_bits) or within an
 * absolute tolerance, and strings with a readable failure message.
 */
#ifndef JX_TESTUTIL_H
#define JX_TESTUTIL_H

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "jixiao/jixiao.h"

/* Absolute tolerance for values computed by a different but equivalent path. */
#define JX_TEST_EPS 1e-12

/* a and b are the same double (0.0 and -0.0 count as equal; NaN never does). */
#define assert_double_bits(a, b) \
    jx_test_double_bits((a), (b), #a, __FILE__, __LINE__)

/* |a - b| <= eps, both finite. */
#define assert_double_near(a, b, eps) \
    jx_test_double_near((a), (b), (eps), #a, __FILE__, __LINE__)

/* a and b within JX_TEST_EPS. */
#define assert_double_eq(a, b) assert_double_near((a), (b), JX_TEST_EPS)

/* Strings equal; prints both on failure.  NULL is reported, not dereferenced. */
#define assert_str_eq(a, b) \
    jx_test_str_eq((a), (b), #a, __FILE__, __LINE__)

/* Call returns JX_OK; prints the message (en) otherwise. */
#define assert_jx_ok(call) assert_jx_err((call), JX_OK)

/* Call returns `code`; prints both messages otherwise. */
#define assert_jx_err(call, code) \
    jx_test_err((call), (code), #call, __FILE__, __LINE__)

static inline void jx_test_double_bits(double a, double b, const char *expr,
                                       const char *file, int line)
{
    if (a == b && !isnan(a))
        return;
    print_error("%s:%d: %s = %.17g, expected %.17g (bit-exact)\n", file,
                line, expr, a, b);
    _fail(file, line);
}

static inline void jx_test_double_near(double a, double b, double eps,
                                       const char *expr, const char *file,
                                       int line)
{
    if (isfinite(a) && isfinite(b) && fabs(a - b) <= eps)
        return;
    print_error("%s:%d: %s = %.17g, expected %.17g (within %g)\n", file,
                line, expr, a, b, eps);
    _fail(file, line);
}

static inline void jx_test_str_eq(const char *a, const char *b,
                                  const char *expr, const char *file, int line)
{
    if (a != NULL && b != NULL && strcmp(a, b) == 0)
        return;
    print_error("%s:%d: %s = \"%s\", expected \"%s\"\n", file, line, expr,
                a ? a : "(null)", b ? b : "(null)");
    _fail(file, line);
}

static inline void jx_test_err(jx_err got, jx_err want, const char *expr,
                               const char *file, int line)
{
    if (got == want)
        return;
    print_error("%s:%d: %s returned %d (%s), expected %d (%s)\n", file, line,
                expr, (int)got, jx_strerror(got, JX_LANG_EN), (int)want,
                jx_strerror(want, JX_LANG_EN));
    _fail(file, line);
}

#endif
