/*
 * test_formula.c - the formula text the core compiles for each rule.
 *
 * These pin the emitted text: the structure that keeps every engine on the
 * same answer (ISNUMBER before a cell is read as a number, no N(), the
 * constants as written, the branches decided at compile time).  Whether
 * the text computes what the core computes is tested in two engines by
 * tests/diff (make check-formula-diff).
 */
#include "testutil.h"

static jx_target target(const char *s)
{
    jx_target t;
    assert_int_equal(jx_target_parse(s, strlen(s), &t, NULL), JX_OK);
    return t;
}

static jx_rule rule(const char *s)
{
    jx_rule r;
    assert_int_equal(jx_rule_parse(s, strlen(s), &r, NULL), JX_OK);
    return r;
}

static const jx_formula_refs refs = {"F14", "G14", NULL};

/* Whether f calls N() (not MIN( or ISNUMBER(, which contain the letters). */
static int calls_n(const char *f)
{
    for (const char *p = strstr(f, "N("); p; p = strstr(p + 1, "N("))
        if (p == f || !((p[-1] >= 'A' && p[-1] <= 'Z') || (p[-1] >= '0' && p[-1] <= '9')))
            return 1;
    return 0;
}

/* ≥95% with half: 96 typed for 96 % and negatives give "", 95% is written 0.95. */
static void indicator_half_percent(void **state)
{
    char f[JX_FORMULA_MAX];
    jx_target t = target("≥95%");
    jx_ind_opts o;

    (void)state;
    jx_ind_opts_default(&o);
    o.miss = JX_MISS_HALF;
    assert_jx_ok(jx_formula_ind_score(&t, &o, &refs, f, sizeof f));
    assert_str_eq(f, "IF(AND(ISNUMBER(F14),ISNUMBER(G14)),IF(OR(F14<0,G14<0,F14>10),\"\","
                     "MIN(G14,ROUND(IF(F14>=0.95,G14,G14/2),2))),\"\")");
}

/* ≤ target, A/B and linear; a 万 target compares the actual times 10000. */
static void indicator_reverse_and_scale(void **state)
{
    char f[JX_FORMULA_MAX];
    jx_target t = target("≤60分钟");
    jx_ind_opts o;

    (void)state;
    jx_ind_opts_default(&o);
    assert_jx_ok(jx_formula_ind_score(&t, &o, &refs, f, sizeof f));
    assert_str_eq(f, "IF(AND(ISNUMBER(F14),ISNUMBER(G14)),IF(OR(F14<0,G14<0),\"\","
                     "MIN(G14,ROUND(IF(F14<=60,G14,G14*MIN(IF(F14=0,1,60/F14),1)),2))),\"\")");
    o.reverse = JX_REVERSE_LINEAR;
    assert_jx_ok(jx_formula_completion(&t, o.reverse, "F14", f, sizeof f));
    assert_str_eq(f, "IF(F14=0,1,MAX(0,1-(F14-60)/60))");
    t = target("≥50万人");
    assert_jx_ok(jx_formula_completion(&t, JX_REVERSE_AB, "F14", f, sizeof f));
    assert_str_eq(f, "(F14*10000)/500000");
}

/* Target 0: "≥0" always met, ">0" needs something, "=0" allows none. */
static void indicator_zero_targets(void **state)
{
    char f[256];
    jx_target t;

    (void)state;
    t = target("≥0");
    assert_jx_ok(jx_formula_completion(&t, JX_REVERSE_AB, "A1", f, sizeof f));
    assert_str_eq(f, "1");
    t = target(">0");
    assert_jx_ok(jx_formula_completion(&t, JX_REVERSE_AB, "A1", f, sizeof f));
    assert_str_eq(f, "IF(A1>0,1,0)");
    t = target("=0");
    assert_jx_ok(jx_formula_completion(&t, JX_REVERSE_AB, "A1", f, sizeof f));
    assert_str_eq(f, "IF(A1=0,1,0)");
    t = target("≤0");
    assert_jx_ok(jx_formula_completion(&t, JX_REVERSE_AB, "A1", f, sizeof f));
    assert_str_eq(f, "IF(A1=0,1,0)");
}

static void rates_and_counts(void **state)
{
    char f[512];
    jx_formula_refs r = {"G5", "F5", "H5"};

    (void)state;
    assert_jx_ok(jx_formula_rate("E7", "D7", f, sizeof f));
    assert_str_eq(f, "IF(AND(ISNUMBER(E7),ISNUMBER(D7)),IF(OR(E7<0,D7<=0),\"\",E7/D7),\"\")");
    assert_jx_ok(jx_formula_exec_score("E7", "D7", "F7", 2, f, sizeof f));
    assert_str_eq(f, "IF(AND(ISNUMBER(E7),ISNUMBER(D7),ISNUMBER(F7)),"
                     "IF(OR(E7<0,D7<=0,F7<0),\"\",ROUND(MIN(E7/D7,1)*F7,2)),\"\")");
    assert_jx_ok(jx_formula_deduct_score(&r, 0.5, 2, f, sizeof f));
    assert_str_eq(f, "IF(AND(ISNUMBER(G5),ISNUMBER(F5)),IF(OR(G5<0,F5<0),\"\","
                     "ROUND(MAX(0,F5-G5*0.5),2)),\"\")");
    assert_jx_ok(jx_formula_ratio_score(&r, 2, f, sizeof f));
    assert_str_eq(f, "IF(AND(ISNUMBER(G5),ISNUMBER(H5),ISNUMBER(F5)),IF(OR(G5<0,H5<0,F5<0),\"\","
                     "ROUND(IF(H5=0,1,MIN(G5/H5,1))*F5,2)),\"\")");
}

static void band_rule(void **state)
{
    char f[1024];
    jx_bandrule b;
    const char *text = "≥90%:5;≥80%:4;else:ratio";

    (void)state;
    assert_jx_ok(jx_bandrule_parse(text, strlen(text), &b, NULL));
    assert_jx_ok(jx_formula_bandrule(&b, 1, &refs, 2, f, sizeof f));
    assert_str_eq(f, "IF(AND(ISNUMBER(F14),ISNUMBER(G14)),IF(OR(G14<0,F14>10,G14<5),\"\","
                     "IF(F14>=0.9,5,IF(F14>=0.8,4,ROUND(IF(F14>0,IF(F14<1,F14*G14,G14),0),2)))),\"\")");
}

/* Levels: exact labels and the 效果 alias; a number is no level. */
static void sentence_levels(void **state)
{
    char f[JX_FORMULA_MAX];
    jx_rule r = rule("效果显著得满分，效果良好得一半分，不明显不得分");

    (void)state;
    assert_jx_ok(jx_formula_rule(&r, &refs, 2, NULL, f, sizeof f, NULL));
    assert_non_null(strstr(f, "IF(OR(F14=\"效果显著\",F14=\"显著\"),ROUND(MAX(0,MIN(G14,1*G14)),2),"));
    assert_non_null(strstr(f, "IF(OR(F14=\"不明显\",F14=\"效果不明显\"),ROUND(MAX(0,MIN(G14,0*G14)),2),"));
    assert_non_null(strstr(f, ",IF(ISNUMBER(F14),\"\",\"\")"));
    assert_false(calls_n(f));
    assert_true(calls_n("ROUND(N(A1),2)"));
}

/* Steps: whole steps with the core's 1e-9 tolerance, the deduction capped. */
static void sentence_step(void **state)
{
    char f[JX_FORMULA_MAX];
    jx_rule r = rule("每相差3%，扣1分，扣满15分为止");

    (void)state;
    assert_jx_ok(jx_formula_rule(&r, &refs, 2, NULL, f, sizeof f, NULL));
    assert_non_null(strstr(f, "INT((F14-0)/0.029999999999999999+1E-09)"));
    assert_non_null(strstr(f, "MAX(-15,"));
    assert_non_null(strstr(f, "ABS(F14)>10"));       /* 96 typed for 96 % */
}

/* Ratio with a not-applicable clause and stated points: 6 > the points refuses. */
static void sentence_ratio_na(void **state)
{
    char f[JX_FORMULA_MAX];
    jx_rule r = rule("项目数量÷项目总数×6分；不涉及此项考核指标的，得满分");

    (void)state;
    assert_jx_ok(jx_formula_rule(&r, &refs, 2, NULL, f, sizeof f, NULL));
    assert_non_null(strstr(f, "IF(OR(G14<0,6>ROUND(G14,2)),\"\","));
    assert_non_null(strstr(f, "ISNUMBER(FIND(\"不涉及\",F14))"));
    assert_non_null(strstr(f, "MIN(F14,1)*6"));
}

/* A structure the compiler does not know is refused, quoting its clause. */
static void refusals(void **state)
{
    const char *text = "逾期报送一天扣0.5分，扣完为止";
    char f[64];
    jx_diag d;
    jx_rule r = rule(text);
    jx_target t = target("≥95%");

    (void)state;
    assert_true(r.n >= 1);
    r.clause[0].out.kind = (jx_rout_kind)42;
    assert_jx_err(jx_formula_rule(&r, &refs, 2, text, f, sizeof f, &d), JX_ERR_RULE_SYNTAX);
    assert_int_equal(d.code, JX_ERR_RULE_SYNTAX);
    assert_non_null(strstr(text, d.text));          /* a part of the sentence */
    r = rule(text);
    for (int i = 0; i < r.n; i++)
        if (r.clause[i].out.kind == JX_RO_STEPS)
            r.clause[i].out.step = 0;
    if (r.clause[0].out.kind == JX_RO_STEPS)
        assert_jx_err(jx_formula_rule(&r, &refs, 2, text, f, sizeof f, &d), JX_ERR_RULE_SYNTAX);
    /* Too small a buffer: an error and "", never half a formula. */
    assert_jx_err(jx_formula_ind_score(&t, NULL, &refs, f, 20), JX_ERR_TOO_LONG);
    assert_str_eq(f, "");
    r = rule(text);
    assert_jx_err(jx_formula_rule(&r, &refs, 2, text, f, sizeof f, &d), JX_ERR_TOO_LONG);
    assert_str_eq(f, "");
    assert_jx_err(jx_formula_rate(NULL, "A1", f, sizeof f), JX_ERR_RANGE);
    assert_jx_err(jx_formula_exec_score("A1", "B1", "C1", 9, f, sizeof f), JX_ERR_DIGITS);
}

static void grade(void **state)
{
    char f[512];
    jx_grades g;

    (void)state;
    jx_grades_default(&g);
    assert_jx_ok(jx_formula_grade(&g, "H30", f, sizeof f));
    assert_str_eq(f, "IF(ISNUMBER(H30),IF(OR(H30<0,H30>100),\"\",IF(H30>=90,\"优\",IF(H30>=80,\"良\","
                     "IF(H30>=60,\"中\",\"差\")))),\"\")");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(indicator_half_percent),
        cmocka_unit_test(indicator_reverse_and_scale),
        cmocka_unit_test(indicator_zero_targets),
        cmocka_unit_test(rates_and_counts),
        cmocka_unit_test(band_rule),
        cmocka_unit_test(sentence_levels),
        cmocka_unit_test(sentence_step),
        cmocka_unit_test(sentence_ratio_na),
        cmocka_unit_test(refusals),
        cmocka_unit_test(grade),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
