/*
 * test_indicator.c - quantitative indicators: completion by direction,
 * met, score by miss mode, reverse rules (A/B and linear), over-achievement,
 * with the rows of seed 002 and the 濉溪 example of DOMAIN.md §3a.
 */
#include "testutil.h"

static jx_target tgt(const char *s)
{
    jx_target t;
    jx_diag d;
    jx_err e = jx_target_parse(s, strlen(s), &t, &d);
    if (e != JX_OK) print_error("target \"%s\": %s\n", s, d.at);
    assert_int_equal(e, JX_OK);
    return t;
}

static jx_quantity qty(const char *s)
{
    jx_quantity q;
    jx_err e = jx_quantity_parse(s, strlen(s), &q, NULL);
    if (e != JX_OK) print_error("actual \"%s\"\n", s);
    assert_int_equal(e, JX_OK);
    return q;
}

static jx_quantity num(double v)
{
    jx_quantity q;
    assert_int_equal(jx_quantity_from_number(v, &q), JX_OK);
    return q;
}

/* Score of actual text against target text worth `points`, default options. */
static double score_of(const char *actual, const char *target, double points,
                       const jx_ind_opts *o, unsigned *flags)
{
    jx_quantity a = qty(actual);
    jx_target t = tgt(target);
    double s = -1;
    assert_jx_ok(jx_ind_score(&a, &t, points, o, &s, flags));
    return s;
}

/* --- Options ---------------------------------------------------------- */

static void opts_defaults(void **state)
{
    jx_ind_opts o;
    (void)state;
    memset(&o, 0x7F, sizeof o);
    jx_ind_opts_default(&o);
    assert_int_equal(o.miss, JX_MISS_PROP);
    assert_int_equal(o.reverse, JX_REVERSE_AB);
    assert_int_equal(o.digits, 2);
    assert_double_bits(o.over_threshold, 1.30);
}

static void opts_parse_words(void **state)
{
    static const struct { const char *text; jx_miss_mode miss; jx_reverse_rule rev; } cases[] = {
        { "prop", JX_MISS_PROP, JX_REVERSE_AB },
        { "比例", JX_MISS_PROP, JX_REVERSE_AB },
        { "按比例", JX_MISS_PROP, JX_REVERSE_AB },
        { "half", JX_MISS_HALF, JX_REVERSE_AB },
        { "一半", JX_MISS_HALF, JX_REVERSE_AB },
        { "半", JX_MISS_HALF, JX_REVERSE_AB },
        { "zero", JX_MISS_ZERO, JX_REVERSE_AB },
        { "0", JX_MISS_ZERO, JX_REVERSE_AB },
        { "不得分", JX_MISS_ZERO, JX_REVERSE_AB },
        { "linear", JX_MISS_PROP, JX_REVERSE_LINEAR },
        { "线性", JX_MISS_PROP, JX_REVERSE_LINEAR },
        { "ab", JX_MISS_PROP, JX_REVERSE_AB },
        { "half;linear", JX_MISS_HALF, JX_REVERSE_LINEAR },
        { " HALF , Linear ", JX_MISS_HALF, JX_REVERSE_LINEAR },
        { "一半，线性", JX_MISS_HALF, JX_REVERSE_LINEAR },
        { "linear；zero", JX_MISS_ZERO, JX_REVERSE_LINEAR },
        { "ＺＥＲＯ　ＡＢ", JX_MISS_ZERO, JX_REVERSE_AB },
        { "", JX_MISS_PROP, JX_REVERSE_AB },
        { "  ", JX_MISS_PROP, JX_REVERSE_AB },
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        jx_ind_opts o;
        jx_diag d;
        jx_ind_opts_default(&o);
        o.digits = 1;                         /* fields not named are kept */
        assert_jx_ok(jx_ind_opts_parse(cases[i].text, strlen(cases[i].text), &o, &d));
        assert_int_equal(o.miss, cases[i].miss);
        assert_int_equal(o.reverse, cases[i].rev);
        assert_int_equal(o.digits, 1);
    }
}

static void opts_parse_errors(void **state)
{
    static const struct { const char *text; const char *at; } cases[] = {
        { "half zero", "zero" },        /* two miss modes: which one? */
        { "ab;linear", "linear" },
        { "foo", "foo" },
        { "half;foo", "foo" },
        { "halfx", "halfx" },
        { "按", "按" },
        { "prop,prop", "prop" },
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        jx_ind_opts o, before;
        jx_diag d;
        jx_ind_opts_default(&o);
        before = o;
        assert_jx_err(jx_ind_opts_parse(cases[i].text, strlen(cases[i].text), &o, &d),
                      JX_ERR_RULE_SYNTAX);
        assert_str_eq(d.at, cases[i].at);
        assert_str_eq(d.text, cases[i].text);
        assert_memory_equal(&o, &before, sizeof o);
    }
    jx_ind_opts o;
    jx_diag d;
    jx_ind_opts_default(&o);
    assert_jx_err(jx_ind_opts_parse("\xFF", 1, &o, &d), JX_ERR_ENCODING);
    assert_jx_err(jx_ind_opts_parse("half", 4, NULL, &d), JX_ERR_RANGE);
}

/* --- Completion ------------------------------------------------------- */

static double completion(const char *actual, const char *target,
                         jx_reverse_rule r)
{
    jx_quantity a = qty(actual);
    jx_target t = tgt(target);
    double c = -1;
    assert_jx_ok(jx_completion(&a, &t, r, &c));
    return c;
}

static void completion_forward(void **state)
{
    (void)state;
    assert_double_bits(completion("96%", "≥95%", JX_REVERSE_AB), 0.96 / 0.95);
    assert_double_bits(completion("90%", "≥95%", JX_REVERSE_AB), 0.90 / 0.95);
    assert_double_bits(completion("150", "≥100", JX_REVERSE_AB), 1.5);  /* not capped */
    assert_double_bits(completion("0", "≥100", JX_REVERSE_AB), 0.0);
    assert_double_bits(completion("96%", "=100%", JX_REVERSE_AB), 0.96);
    assert_double_bits(completion("3", ">2", JX_REVERSE_AB), 1.5);
    /* target 0 */
    assert_double_bits(completion("0", "≥0", JX_REVERSE_AB), 1.0);
    assert_double_bits(completion("7", "≥0", JX_REVERSE_AB), 1.0);
    assert_double_bits(completion("0", ">0", JX_REVERSE_AB), 0.0);
    assert_double_bits(completion("2", ">0", JX_REVERSE_AB), 1.0);
    assert_double_bits(completion("0", "=0", JX_REVERSE_AB), 1.0);   /* none allowed */
    assert_double_bits(completion("2", "=0", JX_REVERSE_AB), 0.0);
}

static void completion_reverse(void **state)
{
    (void)state;
    /* 濉溪: ≤5300, actual 5830 */
    assert_double_bits(completion("5830", "≤5300", JX_REVERSE_AB), 5300.0 / 5830.0);
    assert_double_near(completion("5830", "≤5300", JX_REVERSE_LINEAR), 0.9, 1e-15);
    /* linear reaches 0 at twice the target and stays there */
    assert_double_bits(completion("10600", "≤5300", JX_REVERSE_LINEAR), 0.0);
    assert_double_bits(completion("20000", "≤5300", JX_REVERSE_LINEAR), 0.0);
    assert_double_bits(completion("20000", "≤5300", JX_REVERSE_AB), 5300.0 / 20000.0);
    /* better than the ceiling: above 1 */
    assert_double_bits(completion("30分钟", "≤60分钟", JX_REVERSE_AB), 2.0);
    assert_double_bits(completion("30分钟", "≤60分钟", JX_REVERSE_LINEAR), 1.5);
    /* actual 0 against a ceiling is met, completion 1 */
    assert_double_bits(completion("0", "≤60分钟", JX_REVERSE_AB), 1.0);
    assert_double_bits(completion("0", "<5", JX_REVERSE_LINEAR), 1.0);
    /* "≤0" and something happened */
    assert_double_bits(completion("3", "≤0", JX_REVERSE_AB), 0.0);
    assert_double_bits(completion("3", "≤0", JX_REVERSE_LINEAR), 0.0);
}

static void completion_errors(void **state)
{
    jx_quantity a = num(96);
    jx_target t = tgt("≥95%");
    double c = -1;
    (void)state;
    assert_jx_err(jx_completion(&a, &t, JX_REVERSE_AB, &c), JX_ERR_PERCENT_UNIT);
    a = qty("96人");
    assert_jx_err(jx_completion(&a, &t, JX_REVERSE_AB, &c), JX_ERR_UNIT_MISMATCH);
    a = num(1e300);
    t = tgt("≥0.000000000001");
    assert_jx_err(jx_completion(&a, &t, JX_REVERSE_AB, &c), JX_ERR_RANGE);
    a = num(1);
    assert_jx_err(jx_completion(&a, &t, (jx_reverse_rule)9, &c), JX_ERR_RANGE);
    t.dir = (jx_dir)77;
    assert_jx_err(jx_completion(&a, &t, JX_REVERSE_AB, &c), JX_ERR_RANGE);
    assert_double_bits(c, -1);
}

/* --- Met -------------------------------------------------------------- */

static int met(const char *actual, const char *target)
{
    jx_quantity a = qty(actual);
    jx_target t = tgt(target);
    int m = -1;
    assert_jx_ok(jx_target_met(&a, &t, &m));
    return m;
}

static void met_by_direction(void **state)
{
    (void)state;
    assert_true(met("95%", "≥95%"));
    assert_true(met("96%", "≥95%"));
    assert_false(met("94.9%", "≥95%"));
    assert_false(met("95%", ">95%"));
    assert_true(met("95.1%", ">95%"));
    assert_true(met("60分钟", "≤60分钟"));
    assert_false(met("61分钟", "≤60分钟"));
    assert_false(met("5", "<5"));
    assert_true(met("4", "<5"));
    assert_true(met("100%", "=100%"));
    assert_false(met("99%", "=100%"));
    assert_true(met("0", "=0"));
    assert_false(met("1", "=0"));
    assert_false(met("0", ">0"));
    assert_true(met("0", "≥0"));
}

/* A sum landing a hair below the target still meets it (Calc's "="). */
static void met_is_approximate(void **state)
{
    jx_target t = tgt("≥95%");
    jx_quantity a = num(0.1 * 9.5);      /* 0.9500000000000001 or so */
    int m = 0;
    (void)state;
    a.value = nextafter(0.95, 0.0);
    assert_jx_ok(jx_target_met(&a, &t, &m));
    assert_true(m);
    a.value = 0.95 - 1e-9;
    assert_jx_ok(jx_target_met(&a, &t, &m));
    assert_false(m);
    t = tgt("≤60");
    a.value = nextafter(60.0, 100.0);
    assert_jx_ok(jx_target_met(&a, &t, &m));
    assert_true(m);
}

/* --- Score ------------------------------------------------------------ */

static void score_suixi_reverse(void **state)
{
    jx_ind_opts o;
    (void)state;
    jx_ind_opts_default(&o);
    assert_double_bits(score_of("5830", "≤5300", 10, &o, NULL), 9.09);
    o.reverse = JX_REVERSE_LINEAR;
    assert_double_bits(score_of("5830", "≤5300", 10, &o, NULL), 9.0);
    /* NULL options are the defaults (A/B) */
    assert_double_bits(score_of("5830", "≤5300", 10, NULL, NULL), 9.09);
    /* 2 x target and beyond under linear: nothing */
    assert_double_bits(score_of("10600", "≤5300", 10, &o, NULL), 0.0);
}

static void score_modes(void **state)
{
    jx_ind_opts o;
    unsigned f = 99;
    (void)state;
    jx_ind_opts_default(&o);
    /* ≥95%, actual 90%: 10 x 0.90 / 0.95 = 9.4736... */
    assert_double_bits(score_of("90%", "≥95%", 10, &o, &f), 9.47);
    assert_int_equal(f, 0);
    o.miss = JX_MISS_HALF;
    assert_double_bits(score_of("90%", "≥95%", 10, &o, &f), 5.0);
    assert_double_bits(score_of("90%", "≥95%", 7, &o, &f), 3.5);
    o.miss = JX_MISS_ZERO;
    assert_double_bits(score_of("90%", "≥95%", 10, &o, &f), 0.0);
    /* met: full points whatever the mode */
    assert_double_bits(score_of("96%", "≥95%", 10, &o, &f), 10.0);
    assert_int_equal(f, JX_FLAG_MET);
    o.miss = JX_MISS_PROP;
    o.digits = 1;
    assert_double_bits(score_of("90%", "≥95%", 10, &o, NULL), 9.5);
    o.digits = 0;
    assert_double_bits(score_of("90%", "≥95%", 10, &o, NULL), 9.0);
    /* 等于: scored as 正向 */
    o.digits = 2;
    assert_double_bits(score_of("96%", "=100%", 10, &o, &f), 9.6);
    assert_int_equal(f, 0);
    assert_double_bits(score_of("100%", "=100%", 10, &o, &f), 10.0);
    assert_int_equal(f, JX_FLAG_MET);
}

static void score_target_zero(void **state)
{
    unsigned f;
    (void)state;
    assert_double_bits(score_of("0", "=0", 5, NULL, &f), 5.0);   /* none allowed, none */
    assert_int_equal(f, JX_FLAG_MET);
    assert_double_bits(score_of("2", "=0", 5, NULL, &f), 0.0);
    assert_int_equal(f, 0);
    assert_double_bits(score_of("0", "≥0", 5, NULL, &f), 5.0);
    assert_double_bits(score_of("3起", "≤0起", 5, NULL, &f), 0.0);
    assert_double_bits(score_of("0起", "≤0起", 5, NULL, &f), 5.0);
    assert_int_equal(f, JX_FLAG_MET);
}

static void score_overachievement(void **state)
{
    jx_ind_opts o;
    unsigned f = 0;
    (void)state;
    jx_ind_opts_default(&o);
    assert_double_bits(score_of("130", "≥100", 10, &o, &f), 10.0);
    assert_int_equal(f, JX_FLAG_MET | JX_FLAG_OVER);
    score_of("129.9", "≥100", 10, &o, &f);
    assert_int_equal(f, JX_FLAG_MET);
    score_of("124%", "≥95%", 10, &o, &f);           /* 1.305... */
    assert_int_equal(f, JX_FLAG_MET | JX_FLAG_OVER);
    score_of("123%", "≥95%", 10, &o, &f);           /* 1.294... */
    assert_int_equal(f, JX_FLAG_MET);
    /* a ceiling beaten by far is a deviation too: 30 against ≤60 -> 200 % */
    score_of("30分钟", "≤60分钟", 5, &o, &f);
    assert_int_equal(f, JX_FLAG_MET | JX_FLAG_OVER);
    o.over_threshold = 1.5;
    score_of("140", "≥100", 10, &o, &f);
    assert_int_equal(f, JX_FLAG_MET);
    score_of("150", "≥100", 10, &o, &f);
    assert_int_equal(f, JX_FLAG_MET | JX_FLAG_OVER);
    assert_true(jx_overachieved(1.3, JX_OVER_DEFAULT));
    assert_true(jx_overachieved(1.2999999999999998, JX_OVER_DEFAULT));
    assert_false(jx_overachieved(1.29, JX_OVER_DEFAULT));
    assert_false(jx_overachieved(NAN, JX_OVER_DEFAULT));
}

static void score_errors(void **state)
{
    jx_ind_opts o;
    jx_quantity a = qty("96%");
    jx_target t = tgt("≥95%");
    double s = -7;
    unsigned f = 77;
    (void)state;
    jx_ind_opts_default(&o);
    assert_jx_err(jx_ind_score(&a, &t, -1, &o, &s, &f), JX_ERR_NEGATIVE);
    assert_jx_err(jx_ind_score(&a, &t, NAN, &o, &s, &f), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_ind_score(&a, &t, INFINITY, &o, &s, &f), JX_ERR_NOT_FINITE);
    o.digits = JX_DIGITS_MAX + 1;
    assert_jx_err(jx_ind_score(&a, &t, 10, &o, &s, &f), JX_ERR_DIGITS);
    jx_ind_opts_default(&o);
    o.over_threshold = 1.0;
    assert_jx_err(jx_ind_score(&a, &t, 10, &o, &s, &f), JX_ERR_RANGE);
    o.over_threshold = NAN;
    assert_jx_err(jx_ind_score(&a, &t, 10, &o, &s, &f), JX_ERR_NOT_FINITE);
    jx_ind_opts_default(&o);
    o.miss = (jx_miss_mode)5;
    assert_jx_err(jx_ind_score(&a, &t, 10, &o, &s, &f), JX_ERR_RANGE);
    jx_ind_opts_default(&o);
    /* 96 typed against a percent target: a unit error, not 10 points */
    a = num(96);
    assert_jx_err(jx_ind_score(&a, &t, 10, &o, &s, &f), JX_ERR_PERCENT_UNIT);
    /* seed 003: target "95" with actual "100%" */
    a = qty("100%");
    t = tgt("95");
    assert_jx_err(jx_ind_score(&a, &t, 8, &o, &s, &f), JX_ERR_UNIT_MISMATCH);
    a = qty("3小时");
    t = tgt("≤60分钟");
    assert_jx_err(jx_ind_score(&a, &t, 5, &o, &s, &f), JX_ERR_UNIT_MISMATCH);
    assert_double_bits(s, -7);
    assert_int_equal(f, 77);
}

/* Points given with more decimals than the rounding keeps: never above. */
static void score_within_points(void **state)
{
    jx_ind_opts o;
    (void)state;
    jx_ind_opts_default(&o);
    o.digits = 0;
    double s = score_of("100%", "≥95%", 2.5, &o, NULL);   /* round(2.5) = 3 */
    assert_true(s <= 2.5);
    assert_double_bits(score_of("0", "≥95%", 10, &o, NULL), 0.0);
}

/* Seed 002 (渝水区): every indicator row met -> full points, 90 per project. */
struct row {
    const char *target, *actual;
    double points;
};

static double project_total(const struct row *rows, size_t n)
{
    double total = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned f = 0;
        double s = score_of(rows[i].actual, rows[i].target, rows[i].points, NULL, &f);
        if (!(f & JX_FLAG_MET) || s != rows[i].points)
            print_error("row %zu: %s vs %s -> %g flags %u\n", i,
                        rows[i].actual, rows[i].target, s, f);
        assert_true(f & JX_FLAG_MET);
        assert_double_bits(s, rows[i].points);
        total += s;
    }
    return total;
}

static void seed002_all_met(void **state)
{
    static const struct row medical[] = {     /* 医疗救助 20+20+10+10+10+10+5+5 */
        { "≥ 30000", "30000人次", 20 }, { "≥ 20000", "20000人", 20 },
        { "≥ 10000", "10000人次", 10 }, { "≥ 70%", "75%", 10 },
        { "≥ 70%", "75%", 10 },         { "≥ 90%", "100%", 10 },
        { "≥ 95%", "96%", 5 },          { "≥ 95%", "96%", 5 },
    };
    static const struct row rural[] = {       /* 乡村振兴帮扶: quantitative rows */
        { "≥ 1 公里", "1 公里", 20 }, { "=100%", "100%", 20 },
        { "=100%", "100%", 10 },      { "≤ 3 万元", "3 万元", 20 },
        { "≥ 95%", "96%", 10 },
    };
    static const struct row insurance[] = {   /* 医疗服务与保障能力提升 */
        { "≥ 1 次", "1 次", 10 },      { "=100%", "100%", 10 },
        { "≥ 90%", "100%", 5 },        { "≥ 90%", "100%", 5 },
        { "≥ 90%", "100%", 10 },       { "≤ 60 分钟", "30 分钟", 5 },
        { "=100%", "100%", 10 },       { "≥ 90%", "96%", 5 },
        { "≥ 90%", "96%", 5 },
    };
    static const struct row others[] = {
        { "≥ 50 万人", "50 万人", 20 }, { "≥ 95%", "96%", 20 },
        { "≥ 85%", "85%", 10 },        { "≥ 5 万份", "5 万份", 20 },
        { "≥ 1 套", "1 套", 20 },       { "≥ 95%", "100%", 10 },
        { "≥ 10 万份", "10 万份", 20 }, { "≥ 2000 张", "2000 张", 20 },
        { "≤ 10 元", "10 元", 20 },
    };
    (void)state;
    assert_double_bits(project_total(medical, 8), 90.0);
    assert_double_bits(project_total(rural, 5), 80.0);
    assert_double_bits(project_total(insurance, 9), 65.0);
    project_total(others, 9);
    /* numeric cells work the same: 0.75 in a percent cell, 50 in 万人 */
    jx_target t = tgt("≥ 70%");
    jx_quantity a = num(0.75);
    double s;
    unsigned f;
    assert_jx_ok(jx_ind_score(&a, &t, 10, NULL, &s, &f));
    assert_double_bits(s, 10.0);
    t = tgt("≥ 50 万人");
    a = num(50);
    assert_jx_ok(jx_ind_score(&a, &t, 20, NULL, &s, &f));
    assert_double_bits(s, 20.0);
    a = num(49);
    assert_jx_ok(jx_ind_score(&a, &t, 20, NULL, &s, &f));
    assert_double_bits(s, 19.6);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(opts_defaults),
        cmocka_unit_test(opts_parse_words),
        cmocka_unit_test(opts_parse_errors),
        cmocka_unit_test(completion_forward),
        cmocka_unit_test(completion_reverse),
        cmocka_unit_test(completion_errors),
        cmocka_unit_test(met_by_direction),
        cmocka_unit_test(met_is_approximate),
        cmocka_unit_test(score_suixi_reverse),
        cmocka_unit_test(score_modes),
        cmocka_unit_test(score_target_zero),
        cmocka_unit_test(score_overachievement),
        cmocka_unit_test(score_errors),
        cmocka_unit_test(score_within_points),
        cmocka_unit_test(seed002_all_met),
    };
    return cmocka_run_group_tests_name("indicator", tests, NULL, NULL);
}
