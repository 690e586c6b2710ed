/*
 * test_functions.c - the add-in's function table without LibreOffice.
 *
 * Calc only ever passes what its interpreter produces, so some inputs the
 * functions must survive cannot be made from cells: NaN and infinities,
 * invalid UTF-16 (bad_text), error cells inside ranges, omitted required
 * arguments, ranges of 0 x 0.  These tests pass them directly (built plain
 * and under ASan+UBSan by check-addin), and check the table itself: names,
 * texts in both languages, parameter kinds.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "functions.h"

static jxa_value num(double x)
{
    jxa_value v;
    memset(&v, 0, sizeof v);
    v.type = JXA_NUM;
    v.num = x;
    return v;
}

static jxa_value str(const char *s)
{
    jxa_value v;
    memset(&v, 0, sizeof v);
    v.type = JXA_STR;
    v.str = s;
    v.len = strlen(s);
    return v;
}

static jxa_value none(void)
{
    jxa_value v;
    memset(&v, 0, sizeof v);
    v.type = JXA_VOID;
    return v;
}

static jxa_value range(const jxa_value *cells, int rows, int cols)
{
    jxa_value v;
    memset(&v, 0, sizeof v);
    v.type = JXA_ARRAY;
    v.rows = v.held_rows = rows;
    v.cols = cols;
    v.cell = cells;
    return v;
}

/* Call NAME with args; returns the error, result in *res. */
static jx_err call(const char *name, const jxa_value *args, jx_lang lang,
                   jxa_result *res)
{
    const jxa_func *f = jxa_find(name, strlen(name));
    jxa_ctx ctx = {lang};
    assert_non_null(f);
    return jxa_call(f, args, &ctx, res);
}

static void test_table_is_complete(void **state)
{
    static const char *const catalogue[] = {
        "EXECRATE", "FUNDRATE", "EXECSCORE", "INDSCORE", "QUALSCORE",
        "DEDUCTSCORE", "RATIOSCORE", "COMPLETION", "TARGETMET", "SCORESUM",
        "GRADEBAND", "CHECKWEIGHTS", "CHECKSCORES", "CHECKTREE"};
    size_t i;
    int j, k;
    (void)state;

    /* The public catalogue, in its order, at the top of the table. */
    for (i = 0; i < sizeof catalogue / sizeof catalogue[0]; i++)
        assert_string_equal(jxa_functions[i].name, catalogue[i]);
    for (j = 0; j < jxa_nfunctions; j++) {
        const jxa_func *f = &jxa_functions[j];
        int seen_optional = 0;
        assert_true(f->zh_name[0] && f->en_name[0]);
        assert_string_equal(f->en_name, f->name);
        assert_non_null(strstr(f->zh_help, "例"));
        assert_non_null(strstr(f->en_help, "Example"));
        assert_true(f->nparams > 0 && f->nparams <= JXA_PARAMS_MAX);
        for (k = 0; k < j; k++) {
            assert_true(strcmp(jxa_functions[k].name, f->name) != 0);
            assert_true(strcmp(jxa_functions[k].zh_name, f->zh_name) != 0);
        }
        for (k = 0; k < f->nparams; k++) {
            const jxa_param *p = &f->param[k];
            assert_true(p->zh_name[0] && p->en_name[0] && p->zh_help[0] && p->en_help[0]);
            /* Only `any` can be omitted, and only at the end (Calc). */
            if (p->optional)
                assert_int_equal(p->type, JXA_P_ANY);
            if (seen_optional)
                assert_true(p->optional);
            seen_optional |= p->optional;
        }
    }
}

static void test_seed_values(void **state)
{
    jxa_result r;
    jxa_value a[4];
    (void)state;

    a[0] = num(479.71);
    a[1] = num(1071.15);
    a[2] = num(10);
    a[3] = none();
    assert_int_equal(call("EXECSCORE", a, JX_LANG_EN, &r), JX_OK);
    assert_true(r.num == 4.48);
    assert_int_equal(call("EXECRATE", a, JX_LANG_EN, &r), JX_OK);
    assert_true(fabs(r.num - 479.71 / 1071.15) < 1e-15);
}

static void test_not_finite_arguments(void **state)
{
    jxa_result r;
    jxa_value a[4];
    (void)state;

    a[0] = num(NAN);
    a[1] = num(100);
    assert_int_equal(call("EXECRATE", a, JX_LANG_EN, &r), JX_ERR_NOT_FINITE);
    assert_int_equal(r.bad_arg, 0);
    a[0] = num(1);
    a[1] = num(INFINITY);
    assert_int_equal(call("EXECRATE", a, JX_LANG_ZH, &r), JX_ERR_NOT_FINITE);
    assert_int_equal(r.bad_arg, 1);
    a[0] = num(1e308);
    a[1] = num(1e-308);
    a[2] = num(1e308);
    a[3] = none();
    /* Overflowing intermediate results never come out as infinity. */
    if (call("EXECSCORE", a, JX_LANG_EN, &r) == JX_OK)
        assert_true(isfinite(r.num));
    if (call("EXECRATE", a, JX_LANG_EN, &r) == JX_OK)
        assert_true(isfinite(r.num));
}

static void test_missing_required(void **state)
{
    jxa_result r;
    jxa_value a[4] = {none(), num(1), num(1), none()};
    (void)state;

    assert_int_equal(call("INDSCORE", a, JX_LANG_EN, &r), JX_ERR_EMPTY);
    assert_int_equal(r.bad_arg, 0);
    assert_true(r.why[0] != '\0');
}

static void test_bad_text(void **state)
{
    jxa_result r;
    jxa_value a[4];
    (void)state;

    a[0] = str("96%");
    a[1] = str("\xE2\x89\xA5" "95%");   /* ≥95% */
    a[1].bad_text = 1;                  /* a lone surrogate was in the cell */
    a[2] = num(10);
    a[3] = none();
    assert_int_equal(call("INDSCORE", a, JX_LANG_EN, &r), JX_ERR_ENCODING);
    assert_int_equal(r.bad_arg, 1);
}

static void test_ranges(void **state)
{
    jxa_result r;
    jxa_value s[3], w[3], a[3];
    jxa_value err;
    (void)state;

    s[0] = num(8);
    s[1] = num(0);
    s[1].type = JXA_EMPTY;
    s[2] = num(18);
    w[0] = num(10);
    w[1] = num(0);
    w[1].type = JXA_EMPTY;
    w[2] = num(20);
    a[0] = range(s, 3, 1);
    a[1] = range(w, 3, 1);
    assert_int_equal(call("SCORESUM", a, JX_LANG_EN, &r), JX_OK);
    assert_true(r.num == 26);
    /* Shapes differ: 3 x 1 against 1 x 3. */
    a[1] = range(w, 1, 3);
    assert_int_equal(call("SCORESUM", a, JX_LANG_EN, &r), JX_ERR_SIZE_MISMATCH);
    /* An error cell inside a range. */
    memset(&err, 0, sizeof err);
    err.type = JXA_ERRCELL;
    s[1] = err;
    a[1] = range(w, 3, 1);
    assert_int_not_equal(call("SCORESUM", a, JX_LANG_EN, &r), JX_OK);
    /* 0 x 0: nothing to sum, and weights add up to 0. */
    a[0] = range(NULL, 0, 0);
    a[1] = range(NULL, 0, 0);
    assert_int_equal(call("SCORESUM", a, JX_LANG_EN, &r), JX_OK);
    assert_true(r.num == 0);
    a[1] = none();
    assert_int_equal(call("CHECKWEIGHTS", a, JX_LANG_ZH, &r), JX_OK);
    assert_string_equal(r.text, "分值合计 0，应为 100");
}

/*
 * Ranges read from a sheet hold only their rows down to the last content
 * (value.h, held_rows): A1:A1048576 with two used rows must give what the
 * two rows give, shapes are compared on the full sizes, and a range that
 * holds fewer cells than its partner is refused, never read past its end.
 */
static void test_held_rows(void **state)
{
    jxa_result r;
    jxa_value s[2], w[2], a[3], t[4];
    (void)state;

    s[0] = num(8), s[1] = num(18);
    w[0] = num(10), w[1] = num(20);
    a[0] = range(s, 1048576, 1), a[0].held_rows = 2;
    a[1] = range(w, 1048576, 1), a[1].held_rows = 2;
    assert_int_equal(call("SCORESUM", a, JX_LANG_EN, &r), JX_OK);
    assert_true(r.num == 26);
    assert_int_equal(call("RESCALEDTOTAL", (jxa_value[]){a[0], a[1], none()},
                          JX_LANG_EN, &r), JX_OK);
    assert_true(r.num == 86.67);
    /* Full sizes differ, held rows agree: still a size mismatch. */
    a[1].rows = 1048575;
    assert_int_equal(call("SCORESUM", a, JX_LANG_EN, &r), JX_ERR_SIZE_MISMATCH);
    /* The partner holds fewer cells than are read: refused. */
    a[1].rows = 1048576, a[1].held_rows = 1;
    assert_int_equal(call("SCORESUM", a, JX_LANG_EN, &r), JX_ERR_SIZE_MISMATCH);
    /* CHECKWEIGHTS over a whole column: the held cells only. */
    a[0] = range(w, 1048576, 1), a[0].held_rows = 2;
    a[1] = num(30);
    assert_int_equal(call("CHECKWEIGHTS", a, JX_LANG_EN, &r), JX_OK);
    assert_string_equal(r.text, "");
    /* CHECKTREE: full sizes are compared, held rows read. */
    t[0] = str("决策"), t[1] = num(30), t[2] = str("立项"), t[3] = num(30);
    a[0] = range(t, 1048576, 2), a[0].held_rows = 1;
    a[1] = range(t + 2, 1048576, 2), a[1].held_rows = 1;
    a[2] = range(w, 1048576, 1), a[2].held_rows = 1;
    assert_int_equal(call("CHECKTREE", a, JX_LANG_EN, &r), JX_OK);
    assert_true(strstr(r.text, "10") != NULL);   /* 30 stated, 10 below */
    a[2].rows = 1048575;
    assert_int_equal(call("CHECKTREE", a, JX_LANG_EN, &r), JX_ERR_SIZE_MISMATCH);
}

static void test_messages_follow_language(void **state)
{
    jxa_result r;
    jxa_value w[2] = {num(10), num(85)};
    jxa_value a[2];
    (void)state;

    a[0] = range(w, 2, 1);
    a[1] = none();
    assert_int_equal(call("CHECKWEIGHTS", a, JX_LANG_ZH, &r), JX_OK);
    assert_string_equal(r.text, "分值合计 95，应为 100");
    assert_int_equal(call("CHECKWEIGHTS", a, JX_LANG_EN, &r), JX_OK);
    assert_string_equal(r.text, "points add up to 95, expected 100");
}

static void test_long_text(void **state)
{
    static char big[10001 * 3 + 1];
    jxa_result r;
    jxa_value a[3];
    size_t i;
    (void)state;

    for (i = 0; i < 10000; i++)
        memcpy(big + 3 * i, "\xE8\xBE\xBE", 3);   /* 达 x 10 000 */
    big[30000] = '\0';
    a[0] = str(big);
    a[1] = num(10);
    a[2] = none();
    assert_int_equal(call("QUALSCORE", a, JX_LANG_EN, &r), JX_ERR_TOO_LONG);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_is_complete),
        cmocka_unit_test(test_seed_values),
        cmocka_unit_test(test_not_finite_arguments),
        cmocka_unit_test(test_missing_required),
        cmocka_unit_test(test_bad_text),
        cmocka_unit_test(test_ranges),
        cmocka_unit_test(test_held_rows),
        cmocka_unit_test(test_messages_follow_language),
        cmocka_unit_test(test_long_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
