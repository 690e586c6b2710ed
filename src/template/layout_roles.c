/*
 * layout_roles.c - the roles of a table's cells that compute (layout.h):
 * sums, rates, differences, grades, check cells made of tests, validations,
 * the 校验结果 summary and the map records read from those roles.  Each
 * role asks the core for its formula (jx_formula_*), its cached value
 * (jx_exec_rate, jx_fund_rate, jx_round) and its message (jx_msg_fill).
 */
#include "layout.h"
#include "msg.h"
#include "tables.h"

#include <stdio.h>
#include <string.h>

/* The 004 tree's columns (A 一级, B 分值, C 二级, D 分值, G leaf 分值). */
enum { A_COL = 0, B_COL = 1, C_COL = 2, D_COL = 3, G_COL = 6 };

/* A box as a reference: "C5" for one cell, "C5:C7" for a range. */
typedef struct ref {
    char s[40];
} ref;

static ref box_ref(tpl_box b)
{
    ref o;
    if (b.r1 == b.r2 && b.c1 == b.c2)
        snprintf(o.s, sizeof o.s, "%s", tpl_cell(b.r1, b.c1).s);
    else
        snprintf(o.s, sizeof o.s, "%s:%s", tpl_cell(b.r1, b.c1).s, tpl_cell(b.r2, b.c2).s);
    return o;
}

/* The operand box of a role: sr1,sc1..sr2,sc2. */
static tpl_box operands(const tpl_cellspec *c)
{
    return (tpl_box){c->sr1, c->sc1, c->sr2, c->sc2};
}

/* Roles that describe a range (validations, formats, records), not a cell's content. */
static int about_cells(tpl_role r)
{
    return r == ROLE_MAP || r == ROLE_MAP_EXEC || r == ROLE_VALID || r == ROLE_VALID_MONEY ||
           r == ROLE_VALID_LIST || r == ROLE_COND_BAD || r == ROLE_HEIGHT || r == ROLE_LIST;
}

/* The cell spec whose range starts at r,c; NULL when none. */
static const tpl_cellspec *spec_at(const tpl_cellspec *c, size_t n, int r, int col)
{
    for (size_t i = 0; i < n; i++)
        if (c[i].r1 == r && c[i].c1 == col && !about_cells(c[i].role))
            return &c[i];
    return NULL;
}

/* The core's rate of a RATIO role over known figures. */
static int ratio_value(int kind, double num, double den, double *v)
{
    return (kind == RATIO_FUND ? jx_fund_rate(num, den, v) : jx_exec_rate(num, den, v)) == JX_OK;
}

/*
 * The cached value of a sum: the sum of the known values in its box (rounded
 * unless SUM_PLAIN); none while all are blank inputs, or always none when it
 * counts only the inputs (SUM_INPUTS), which are blank in a new workbook.
 */
static int sum_known(const tpl_params *p, const tpl_cellspec *c, size_t n, const tpl_cellspec *x, double *v)
{
    double sum = 0, y;
    int known = 0;

    if (x->list || (x->arg & SUM_INPUTS))
        return 0;
    for (int r = x->sr1; r <= x->sr2; r++)
        for (int col = x->sc1; col <= x->sc2; col++)
            if (tpl_layout_value(p, c, n, r, col, &y))
                sum += y, known = 1;
    *v = x->arg & SUM_PLAIN ? sum : jx_round(sum, 2);
    return known;
}

int tpl_layout_value(const tpl_params *p, const tpl_cellspec *c, size_t n, int r, int col,
                     double *v)
{
    const tpl_cellspec *x = spec_at(c, n, r, col);
    const tpl_fig *fig;
    double a, b;

    if (x == NULL)
        return 0;
    switch (x->role) {
    case ROLE_MONEY:
        fig = tpl_layout_fig(p, x->arg);
        if (fig == NULL || !fig->set)
            return 0;
        *v = fig->v;
        return 1;
    case ROLE_RATIO:
        return tpl_layout_value(p, c, n, x->sr1, x->sc1, &a) &&
               tpl_layout_value(p, c, n, x->sr2, x->sc2, &b) && ratio_value(x->arg, a, b, v);
    case ROLE_NUM:
        *v = x->num;
        return 1;
    case ROLE_SUM:
        return sum_known(p, c, n, x, v);
    case ROLE_DIFF:
        if (!tpl_layout_value(p, c, n, x->sr1, x->sc1, &a) || !tpl_layout_value(p, c, n, x->sr2, x->sc2, &b))
            return 0;
        *v = jx_round(a - b, 2);
        return 1;
    default:
        return 0;
    }
}

/* --- sums, rates, differences ------------------------------------------ */

/* The input cells (ROLE_BLANK) of box b as runs of absolute ranges: "$H$22:$H$27,$H$30:$H$40". */
static void input_runs(const tpl_cellspec *c0, size_t n, tpl_box b, char *o, size_t cap)
{
    size_t used = 0;

    o[0] = '\0';
    for (int r = b.r1; r <= b.r2; r++) {
        const tpl_cellspec *x = spec_at(c0, n, r, b.c1);
        int e = r;
        if (x == NULL || x->role != ROLE_BLANK)
            continue;
        while (e + 1 <= b.r2 && (x = spec_at(c0, n, e + 1, b.c1)) != NULL && x->role == ROLE_BLANK)
            e++;
        used += (size_t)snprintf(o + used, used < cap ? cap - used : 0, "%s%s:%s", used ? "," : "",
                                 tpl_acell(r, b.c1).s, tpl_acell(e, b.c1).s);
        r = e;
    }
}

/* The sum of a box, or of the rows list[] in column c1. */
static void put_sum(tpl_sheet *s, const tpl_params *p, const tpl_cellspec *c0, size_t n, const tpl_cellspec *c)
{
    char f[FML_MAX], cnt[256] = "", sum[512] = "";
    tpl_val v = tpl_val_str("");
    double x;

    if (c->list == NULL) {
        ref b = box_ref(operands(c));
        if (c->arg & SUM_INPUTS)
            input_runs(c0, n, operands(c), cnt, sizeof cnt);
        if (c->arg & SUM_PLAIN)
            tpl_fml(s, f, sizeof f, "=IF(COUNT(%s)=0,\"\",SUM(%s))", *cnt ? cnt : b.s, b.s);
        else
            tpl_fml(s, f, sizeof f, "=IF(COUNT(%s)=0,\"\",ROUND(SUM(%s),2))", *cnt ? cnt : b.s, b.s);
        if (sum_known(p, c0, n, c, &x))
            v = tpl_val_num(x);
    } else {
        for (int i = 0; i < c->nlist; i++) {
            tpl_a1 a = tpl_cell(c->list[i], c->c1);
            snprintf(cnt + strlen(cnt), sizeof cnt - strlen(cnt), "%s%s", i ? "," : "", a.s);
            snprintf(sum + strlen(sum), sizeof sum - strlen(sum), "%sSUM(%s)", i ? "+" : "", a.s);
        }
        tpl_fml(s, f, sizeof f, "=IF(COUNT(%s)=0,\"\",ROUND(%s,2))", cnt, sum);
    }
    tpl_put_merge_f(s, c->r1, c->c1, c->c2, f, &v, c->fmt);
}

/* The add-in's name of a rate, and whether its blank test names the base first. */
static const struct {
    const char *fn;
    int den_first;
    int bare_zero;         /* the zero base tested as den=0, not SUM(den)=0 */
} addin_rate[] = {
    [RATIO_PLAIN] = {NULL, 0, 0},
    [RATIO_EXEC] = {"EXECRATE", 0, 0},
    [RATIO_FUND] = {"FUNDRATE", 0, 0},
    [RATIO_CONTROL] = {"CONTROLRATE", 1, 0},
    [RATIO_RECEIVED] = {"EXECRATE", 1, 1},
};

static void put_ratio(tpl_sheet *s, const tpl_params *p, const tpl_cellspec *c0, size_t n,
                      const tpl_cellspec *c)
{
    char f[FML_MAX];
    tpl_a1 num = tpl_cell(c->sr1, c->sc1), den = tpl_cell(c->sr2, c->sc2);
    const char *fn = addin_rate[c->arg].fn;
    tpl_val v = tpl_val_str("");
    double x;

    if (p->formulas == TPL_FORMULAS_ADDIN && fn) {
        char zero[40];
        snprintf(zero, sizeof zero, addin_rate[c->arg].bare_zero ? "%s=0" : "SUM(%s)=0", den.s);
        tpl_fml(s, f, sizeof f, "=IF(OR(%s=\"\",%s=\"\",%s),\"\",ORG.JIXIAO.FUNCTIONS.%s(%s,%s))",
                addin_rate[c->arg].den_first ? den.s : num.s, addin_rate[c->arg].den_first ? num.s : den.s,
                zero, fn, num.s, den.s);
    } else
        tpl_compiled(s, f, jx_formula_rate(num.s, den.s, f + 1, sizeof f - 1));
    if (tpl_layout_value(p, c0, n, c->r1, c->c1, &x))
        v = tpl_val_num(x);
    tpl_put_merge_f(s, c->r1, c->c1, c->c2, f, &v, F_OUT_PCT);
}

/* DIFF (money), COPY (a score) and GRADE: formulas over one or two cells. */
static void put_derived(tpl_sheet *s, const tpl_params *p, const tpl_cellspec *c0, size_t n,
                        const tpl_cellspec *c)
{
    char f[FML_MAX];
    tpl_a1 a = tpl_cell(c->sr1, c->sc1), b = tpl_cell(c->sr2, c->sc2);
    tpl_val v = tpl_val_str("");
    double x;

    if (c->role == ROLE_DIFF) {
        tpl_fml(s, f, sizeof f, "=IF(OR(%s=\"\",%s=\"\"),\"\",ROUND(%s-%s,2))", a.s, b.s, a.s, b.s);
        if (tpl_layout_value(p, c0, n, c->r1, c->c1, &x))
            v = tpl_val_num(x);
        tpl_put_merge_f(s, c->r1, c->c1, c->c2, f, &v, F_OUT_MONEY);
    } else if (c->role == ROLE_COPY) {
        tpl_fml(s, f, sizeof f, "=IF(%s=\"\",\"\",%s)", a.s, a.s);
        tpl_put_merge_f(s, c->r1, c->c1, c->c2, f, &v, F_OUT_NUM);
    } else {
        tpl_put_merge_f(s, c->r1, c->c1, c->c2, tpl_grade_formula(p, a.s, f, sizeof f), &v, c->fmt);
    }
}

/* A constant (points), merged when a range. */
static void put_const(tpl_sheet *s, const tpl_cellspec *c)
{
    if (c->r2 > c->r1 || c->c2 > c->c1)
        tpl_put_merge(s, c->r1, c->c1, c->r2, c->c2, NULL, c->fmt);
    tpl_put_num(s, c->r1, c->c1, c->num, c->fmt);
}

/* =SUM(box), cached as the sum of the constants in it. */
static void put_total(tpl_sheet *s, const tpl_params *p, const tpl_cellspec *c0, size_t n,
                      const tpl_cellspec *c)
{
    char f[128];
    double sum = 0, x;

    for (int r = c->sr1; r <= c->sr2; r++)
        for (int col = c->sc1; col <= c->sc2; col++)
            if (tpl_layout_value(p, c0, n, r, col, &x))
                sum += x;
    tpl_fml(s, f, sizeof f, "=SUM(%s)", box_ref(operands(c)).s);
    tpl_put_fnum(s, c->r1, c->c1, f, sum, c->fmt);
}

/* A score by rule: DEDUCTSCORE (deductions) or RATIOSCORE (done of total). */
static void put_rule_score(tpl_sheet *s, const tpl_params *p, const tpl_cellspec *c)
{
    char f[FML_MAX], per[40];
    tpl_a1 a = tpl_cell(c->sr1, c->sc1), pts = tpl_cell(c->r1, c->arg), tot = tpl_cell(c->sr2, c->sc2);
    int addin = p->formulas == TPL_FORMULAS_ADDIN;

    tpl_num_text(c->num, per, sizeof per);
    if (c->role == ROLE_DEDUCT && addin)
        tpl_fml(s, f, sizeof f, "=IF(%s=\"\",\"\",ORG.JIXIAO.FUNCTIONS.DEDUCTSCORE(%s,%s,%s))", a.s, pts.s, a.s, per);
    else if (c->role == ROLE_DEDUCT)
        tpl_compiled(s, f, jx_formula_deduct_score(&(jx_formula_refs){a.s, pts.s, NULL}, c->num, 2, f + 1,
                                                   sizeof f - 1));
    else if (addin)
        tpl_fml(s, f, sizeof f, "=IF(OR(%s=\"\",%s=\"\"),\"\",ORG.JIXIAO.FUNCTIONS.RATIOSCORE(%s,%s,%s))",
                a.s, tot.s, a.s, tot.s, pts.s);
    else
        tpl_compiled(s, f, jx_formula_ratio_score(&(jx_formula_refs){a.s, pts.s, tot.s}, 2, f + 1, sizeof f - 1));
    tpl_put_fstr(s, c->r1, c->c1, f, "", F_OUT_NUM);
}

/* EXECSCORE of a rate of two cells, with the points of the row's column arg. */
static void put_rate_score(tpl_sheet *s, const tpl_params *p, const tpl_cellspec *c0, size_t n,
                           const tpl_cellspec *c)
{
    char f[FML_MAX];
    tpl_a1 num = tpl_cell(c->sr1, c->sc1), den = tpl_cell(c->sr2, c->sc2), pts = tpl_cell(c->r1, c->arg);
    tpl_val v = tpl_val_str("");
    double a, b, pt, x;

    if (p->formulas == TPL_FORMULAS_ADDIN)
        tpl_fml(s, f, sizeof f, "=IF(OR(%s=\"\",%s=\"\",SUM(%s)=0),\"\",ORG.JIXIAO.FUNCTIONS.EXECSCORE(%s,%s,%s))",
                num.s, den.s, den.s, num.s, den.s, pts.s);
    else
        tpl_compiled(s, f, jx_formula_exec_score(num.s, den.s, pts.s, 2, f + 1, sizeof f - 1));
    if (tpl_layout_value(p, c0, n, c->sr1, c->sc1, &a) && tpl_layout_value(p, c0, n, c->sr2, c->sc2, &b) &&
        tpl_layout_value(p, c0, n, c->r1, c->arg, &pt) && jx_exec_score(a, b, pt, NULL, 2, &x) == JX_OK)
        v = tpl_val_num(x);
    tpl_put_merge_f(s, c->r1, c->c1, c->c2, f, &v, F_OUT_NUM);
}

/* 评价等次 as tick boxes: "优"&IF(J42="优","☑","□")&"        "&"良"&… over the grade's labels. */
static void put_ticks(tpl_sheet *s, const tpl_params *p, const tpl_cellspec *c)
{
    char f[FML_MAX], cached[256];
    tpl_a1 g = tpl_cell(c->sr1, c->sc1);
    size_t used = (size_t)snprintf(f, sizeof f, "="), cu = 0;
    tpl_val v;

    for (int i = 0; i <= p->grades.n && used < sizeof f; i++)
        used += (size_t)snprintf(f + used, sizeof f - used, "%s\"%s\"&IF(%s=\"%s\",\"☑\",\"□\")",
                                 i ? "&\"        \"&" : "", p->grades.label[i], g.s, p->grades.label[i]);
    for (int i = 0; i <= p->grades.n && cu < sizeof cached; i++)
        cu += (size_t)snprintf(cached + cu, sizeof cached - cu, "%s%s□", i ? "        " : "", p->grades.label[i]);
    v = tpl_val_str(cached);
    tpl_put_merge_f(s, c->r1, c->c1, c->c2, f, &v, F_OUT_TEXT);
}

/* --- check cells made of tests ----------------------------------------- */

/*
 * The condition of each test, as data: byte 1 stands for the cells a,
 * 2 for b, 3 for the input runs of box c (TEST_NO_SCORE).  TEST_TREE is a
 * whole expression (tree_expr), so it has none.
 */
static const char *const test_conds[] = {
    [TEST_ABOVE_ONE] = "AND(ISNUMBER(\1),\1>1)",
    [TEST_EXCEEDS] = "AND(ISNUMBER(\1),ISNUMBER(\2),SUM(\1)>SUM(\2))",
    [TEST_EXCEEDS_R2] = "AND(ISNUMBER(\1),ISNUMBER(\2),ROUND(SUM(\1),2)>ROUND(SUM(\2),2))",
    [TEST_PARTS_OVER] = "AND(ISNUMBER(\1),COUNT(\2)>0,ROUND(SUM(\2),2)>ROUND(SUM(\1),2))",
    [TEST_PARTS_DIFFER] = "AND(COUNT(\2)>0,ROUND(SUM(\2),2)<>ROUND(SUM(\1),2))",
    [TEST_RATES_DIFFER] = "AND(ISNUMBER(\1),ISNUMBER(\2),ROUND(SUM(\1),4)<>ROUND(SUM(\2),4))",
    [TEST_NOT_100] = "ROUND(\1,2)<>100",
    [TEST_SOME_ABOVE] = "SUMPRODUCT((\1<>\"\")*(\1>\2))>0",
    [TEST_SOME_NEGATIVE] = "COUNTIF(\1,\"<0\")>0",
    [TEST_ABOVE] = "AND(ISNUMBER(\1),\1>\2)",
    [TEST_NEGATIVE] = "AND(ISNUMBER(\1),\1<0)",
    [TEST_DIFFER_R2] = "ROUND(\1,2)<>ROUND(\2,2)",
    [TEST_STATED] = "AND(ISNUMBER(\1),COUNT(\2)>0,ROUND(SUM(\2),2)<>ROUND(SUM(\1),2))",
    [TEST_STATED_TOTAL] = "AND(ISNUMBER(\1),ISNUMBER(\2),ROUND(SUM(\2),2)<>ROUND(SUM(\1),2))",
    [TEST_ABOVE_SUM] = "AND(ISNUMBER(\1),\1>SUM(\2))",
    [TEST_NO_SCORE] = "AND(NOT(ISNUMBER(\1)),SUM(\2)>0,COUNT(\3)>0)",
    [TEST_SUM_NOT_100] = "AND(ISNUMBER(\1),ROUND(SUM(\1),2)<>100)",
    [TEST_NOT_100_IF] = "ROUND(\1,2)<>100",
    [TEST_TREE] = "",
};
_Static_assert(sizeof test_conds / sizeof test_conds[0] == TEST_TREE + 1, "a condition for every test");

/* The condition of test t, e.g. AND(ISNUMBER(F5),F5>1), from test_conds. */
static void test_cond(const tpl_cellspec *c0, size_t n, const tpl_test *t, char *o, size_t cap)
{
    ref a = box_ref(t->a), b = box_ref(t->b);
    char runs[256] = "";
    const char *part[3] = {a.s, b.s, runs};
    const char *cond = test_conds[t->kind];
    size_t used = 0;

    if (strchr(cond, '\3'))
        input_runs(c0, n, t->c, runs, sizeof runs);
    o[0] = '\0';
    for (const char *p = cond; *p && used < cap; p++)
        used += (size_t)(*p >= 1 && *p <= 3 ? snprintf(o + used, cap - used, "%s", part[*p - 1])
                                             : snprintf(o + used, cap - used, "%c", *p));
}

/* A message that ends with a slot, without the empty text after it ("…"&x, not "…"&x&""). */
static void trim_tail(char *m)
{
    size_t len = strlen(m);
    if (len > 3 && strcmp(m + len - 3, "&\"\"") == 0)
        m[len - 3] = '\0';
}

/*
 * The tree check of a 一级 or 二级 group (as jx_check_tree): its stated
 * points a against the sum of its children b, or no points stated while
 * others in column c are.
 */
static void tree_expr(const tpl_test *t, int row, char *o, size_t cap)
{
    ref a = box_ref(t->a), b;     /* the children as a range even when one row */

    snprintf(b.s, sizeof b.s, "%s:%s", tpl_cell(t->b.r1, t->b.c1).s, tpl_cell(t->b.r2, t->b.c2).s);
    char e1[64], e2[96], m1[JX_MSG_MAX], m2[JX_MSG_MAX], sum[80];

    snprintf(sum, sizeof sum, "ROUND(SUM(%s),2)", b.s);
    snprintf(e1, sizeof e1, "=ROUND(%s,2)", a.s);
    snprintf(e2, sizeof e2, "=%s", sum);
    tpl_msg_mixed(row, JX_MSG_TREE, t->label, e1, e2, m1, sizeof m1);
    tpl_msg_mixed(row, JX_MSG_TREE_MISSING, t->label, e2, NULL, m2, sizeof m2);
    trim_tail(m1);
    trim_tail(m2);
    snprintf(o, cap, "IF(ISNUMBER(%s),IF(ROUND(%s,2)<>%s,%s,\"\"),IF(AND(COUNT(%s:%s)>0,COUNT(%s)>0),%s,\"\"))",
             a.s, a.s, sum, m1, tpl_acell(t->c.r1, t->c.c1).s, tpl_acell(t->c.r2, t->c.c2).s, b.s, m2);
}

/* The message of test t on sheet row `row` as a formula string. */
static void test_msg(const tpl_test *t, int row, char *o, size_t cap)
{
    char e1[64], e2[64];
    ref a = box_ref(t->a), b = box_ref(t->b);

    if (t->kind == TEST_RATES_DIFFER) {
        snprintf(e1, sizeof e1, "=ROUND(%s*100,2)", a.s);
        snprintf(e2, sizeof e2, "=ROUND(%s*100,2)", b.s);
        tpl_msg_mixed(row, t->msg, e1, e2, NULL, o, cap);
    } else if (t->kind == TEST_NOT_100 || t->kind == TEST_NOT_100_IF) {
        snprintf(e1, sizeof e1, "=ROUND(%s,2)", a.s);
        tpl_msg_mixed(row, t->msg, e1, "100", NULL, o, cap);
    } else if (t->kind == TEST_ABOVE_SUM) {
        snprintf(e1, sizeof e1, "=ROUND(%s,2)", a.s);
        snprintf(e2, sizeof e2, "=ROUND(SUM(%s),2)", b.s);
        tpl_msg_mixed(row, t->msg, e1, e2, NULL, o, cap);
    } else if (t->kind == TEST_NEGATIVE || t->kind == TEST_SUM_NOT_100) {
        snprintf(e1, sizeof e1, t->kind == TEST_NEGATIVE ? "=ROUND(%s,2)" : "=ROUND(SUM(%s),2)", a.s);
        tpl_msg_mixed(row, t->msg, e1, "100", NULL, o, cap);
    } else if (t->kind == TEST_STATED || t->kind == TEST_STATED_TOTAL) {
        snprintf(e1, sizeof e1, "=ROUND(SUM(%s),2)", b.s);
        snprintf(e2, sizeof e2, "=ROUND(SUM(%s),2)", a.s);
        if (t->kind == TEST_STATED)
            tpl_msg_mixed(row, t->msg, t->label, e1, e2, o, cap);
        else
            tpl_msg_mixed(row, t->msg, e1, e2, NULL, o, cap);
    } else {
        tpl_msg_mixed(row, t->msg, t->label, NULL, NULL, o, cap);
    }
}

/*
 * The cached message of test t for the figures given ("" when it does not
 * hold or its cells are blank inputs): the same rule as the formula.
 */
static int test_cached(const tpl_params *p, const tpl_cellspec *c0, size_t n, const tpl_test *t,
                       int row, char *msg, size_t cap)
{
    double a, b = 0;
    char na[40], nb[40];

    if (!tpl_layout_value(p, c0, n, t->a.r1, t->a.c1, &a) ||
        (t->kind != TEST_ABOVE_ONE && !tpl_layout_value(p, c0, n, t->b.r1, t->b.c1, &b)))
        return 0;
    switch (t->kind) {
    case TEST_ABOVE_ONE:    if (!(a > 1)) return 0; break;
    case TEST_EXCEEDS:      if (!(a > b && !jx_approx_equal(a, b))) return 0; break;
    case TEST_EXCEEDS_R2:   if (!(jx_round(a, 2) > jx_round(b, 2))) return 0; break;
    case TEST_RATES_DIFFER: if (jx_round(a, 4) == jx_round(b, 4)) return 0; break;
    default:                return 0;     /* over input ranges: blank in a new workbook */
    }
    jx_fmt_num(jx_round(a * 100, 2), 2, 0, na, sizeof na);
    jx_fmt_num(jx_round(b * 100, 2), 2, 0, nb, sizeof nb);
    if (t->kind == TEST_RATES_DIFFER)
        tpl_check_text(row, t->msg, na, nb, NULL, msg, cap);
    else
        tpl_check_text(row, t->msg, t->label, NULL, NULL, msg, cap);
    return 1;
}

/* A test with its box rows below 0 made the check cell's row. */
static tpl_test on_row(const tpl_test *t, int row)
{
    tpl_test o = *t;
    tpl_box *b[2] = {&o.a, &o.b};

    for (int i = 0; i < 2; i++) {
        if (b[i]->r1 < 0)
            b[i]->r1 = (short)row;
        if (b[i]->r2 < 0)
            b[i]->r2 = (short)row;
    }
    return o;
}

/* IF(test,msg,IF(…,"")) of tests[from..to) into o; the first cached message into cached. */
static size_t chain(const tpl_params *p, const tpl_cellspec *c0, size_t n, const tpl_cellspec *c, int from,
                    int to, char *o, size_t cap, char *cached, size_t ccap)
{
    char cond[1024], msg[JX_MSG_MAX + 64];
    size_t used = 0;

    int close = 0;

    for (int i = from; i < to && used < cap; i++) {
        tpl_test t = on_row(&c->tests[i], c->r1);
        if (t.kind == TEST_TREE) {        /* a whole expression: ends the chain */
            tree_expr(&t, c->r1 + 1, o + used, cap - used);
            used += strlen(o + used);
            break;
        }
        test_cond(c0, n, &t, cond, sizeof cond);
        test_msg(&t, c->r1 + 1, msg, sizeof msg);
        if (t.kind == TEST_NOT_100_IF)
            used += (size_t)snprintf(o + used, cap - used, "IF(COUNT(%s)=0,\"\",", box_ref(t.c).s), close++;
        used += (size_t)snprintf(o + used, cap - used, "IF(%s,%s,", cond, msg);
        close++;
        if (!*cached)
            test_cached(p, c0, n, &t, c->r1 + 1, cached, ccap);
        if (i + 1 == to && used < cap)
            used += (size_t)snprintf(o + used, cap - used, "\"\"");
    }
    if (from >= to && used < cap)
        used += (size_t)snprintf(o + used, cap - used, "\"\"");
    for (int i = 0; i < close && used < cap; i++)
        used += (size_t)snprintf(o + used, cap - used, ")");
    return used;
}

/*
 * =IF(LEN(own)>0,own,IF(LEN(r1)>0,r1,…rN)): the row's own tests, then its
 * rests (nseg, at least 1), one test each ("" when the list is shorter).
 */
static size_t segments(const tpl_params *p, const tpl_cellspec *c0, size_t n, const tpl_cellspec *c,
                       char *f, size_t cap, char *cached, size_t ccap)
{
    char seg[FML_MAX];
    int nseg = c->nseg > 0 ? c->nseg : 1;
    size_t used = (size_t)snprintf(f, cap, "=");

    for (int i = 0; i <= nseg && used < cap; i++) {
        int from = i ? c->split + i - 1 : 0, to = i ? from + 1 : c->split;
        if (to > c->ntests)
            to = from = c->ntests;
        chain(p, c0, n, c, from, to, seg, sizeof seg, cached, ccap);
        if (i < nseg)
            used += (size_t)snprintf(f + used, cap - used, "IF(LEN(%s)>0,%s,", seg, seg);
        else
            used += (size_t)snprintf(f + used, cap - used, "%s", seg);
    }
    for (int i = 0; i < nseg && used < cap; i++)
        used += (size_t)snprintf(f + used, cap - used, ")");
    return used;
}

/*
 * A check cell: =IF(test1,msg1,IF(test2,msg2,…"")), inside IF(COUNT(box)=0,
 * "",…) when arg is 1, or =IF(LEN(own)>0,own,rest) when split.
 */
static void put_tests(tpl_sheet *s, const tpl_params *p, tpl_checks *k, const tpl_cellspec *c0,
                      size_t n, const tpl_cellspec *c)
{
    char f[FML_MAX * 2], own[FML_MAX], cached[256] = "";
    size_t used;

    if (c->split > 0) {
        used = segments(p, c0, n, c, f, sizeof f, cached, sizeof cached);
    } else {
        used = chain(p, c0, n, c, 0, c->ntests, own, sizeof own, cached, sizeof cached);
        if (c->arg)
            used += (size_t)snprintf(f, sizeof f, "=IF(COUNT(%s)=0,\"\",%s)", box_ref(operands(c)).s, own);
        else
            used += (size_t)snprintf(f, sizeof f, "=%s", own);
    }
    if (used >= sizeof f - 40 || used >= FML_MAX * 2 - 40)
        tpl_compiled(s, f, JX_ERR_TOO_LONG);
    tpl_check_cell(s, k, c->r1, f, cached);
}

/* --- validations, the summary, the map ---------------------------------- */

/* Each kind of validated input: its range, title and prompt.  A prompt that
 * states a rule (points, scores) is a check text: the core's, named by rule. */
static const struct {
    double lo, hi;
    tpl_msg_id title, prompt;   /* prompt TPL_M__COUNT: the text of rule */
    jx_msg_id rule;
} valid_kinds[] = {
    [VALID_MONEY] = {0, 1e12, TPL_M_V_MONEY, TPL_M_V_MONEY_PROMPT, 0},
    [VALID_COUNT] = {0, 100000, TPL_M_V_COUNT, TPL_M_V_COUNT_PROMPT, 0},
    [VALID_AREA] = {0, 1e9, TPL_M_V_AREA, TPL_M_V_AREA_PROMPT, 0},
    [VALID_POINTS] = {0, 100, TPL_M_V_POINTS, TPL_M__COUNT, JX_MSG_POINTS_RANGE},
    [VALID_SCORE] = {0, 0, TPL_M_V_SCORE, TPL_M__COUNT, JX_MSG_SCORE_RANGE},
    [VALID_DEDUCTIONS] = {0, 1000, TPL_M_V_DEDUCTIONS, TPL_M_V_DEDUCTIONS_PROMPT, 0},
    [VALID_QUANTITY] = {0, 1e12, TPL_M_V_QUANTITY, TPL_M_V_QUANTITY_PROMPT, 0},
    [VALID_STATED_AREA] = {0, 100, TPL_M_V_STATED_AREA, TPL_M_V_STATED_AREA_PROMPT, 0},
    [VALID_STATED_TOTAL] = {0, 100, TPL_M_V_STATED_TOTAL, TPL_M_V_STATED_TOTAL_PROMPT, 0},
};

static const char *valid_prompt(int kind)
{
    if (valid_kinds[kind].prompt == TPL_M__COUNT)
        return jx_msg_text(valid_kinds[kind].rule, TPL_WORKBOOK_LANG);
    return tpl_msg_text_in(valid_kinds[kind].prompt, TPL_WORKBOOK_LANG);
}

static void put_valid(tpl_sheet *s, const tpl_cellspec *c, int kind)
{
    char f[64];
    const char *hi = NULL;

    if (kind == VALID_SCORE)
        hi = tpl_fml(s, f, sizeof f, "=%s", tpl_cell(c->sr1, c->sc1).s);
    tpl_valid_decimal(s, c->r1, c->c1, c->r2, c->c2, valid_kinds[kind].lo, valid_kinds[kind].hi, hi,
                      tpl_msg_text_in(valid_kinds[kind].title, TPL_WORKBOOK_LANG), valid_prompt(kind));
}

static void put_summary(tpl_sheet *s, tpl_checks *k, const tpl_cellspec *c)
{
    char pend[256];
    tpl_a1 a = tpl_cell(c->sr1, c->sc1), b = tpl_cell(c->sr2, c->sc2);

    if (c->arg == PEND_TWO_INPUTS) {
        snprintf(pend, sizeof pend, "COUNT(%s,%s)<2", a.s, b.s);
    } else if (c->arg == PEND_FEWER) {
        ref got = box_ref((tpl_box){c->sr1, c->sc2, c->sr2, c->sc2});
        ref want = box_ref((tpl_box){c->sr1, c->sc1, c->sr2, c->sc1});
        snprintf(pend, sizeof pend, "COUNT(%s)<COUNT(%s)", got.s, want.s);
    } else if (c->arg == PEND_UNFILLED) {
        snprintf(pend, sizeof pend, "COUNT(%s)<%d", box_ref(operands(c)).s,
                 (c->sr2 - c->sr1 + 1) * (c->sc2 - c->sc1 + 1));
    } else {
        ref got = box_ref((tpl_box){c->sr2, c->sc1, c->sr2, c->sc2});
        ref want = box_ref((tpl_box){c->sr1, c->sc1, c->sr1, c->sc2});
        snprintf(pend, sizeof pend, "OR(COUNT(%s)=0,COUNT(%s)<COUNT(%s))", got.s, got.s, want.s);
    }
    tpl_check_summary(s, k, c->r1, c->c1, c->c2, pend, 1,
                      jx_msg_text(JX_MSG_INCOMPLETE, TPL_WORKBOOK_LANG));
}

/* The exec record of an EXECSCORE cell x over funds received: its rate is the RATIO of the same cells. */
static void map_exec_received(tpl_sheet *s, const tpl_cellspec *c0, size_t n, const tpl_cellspec *x)
{
    char k[6][300];
    tpl_a1 rate = {""};

    for (size_t i = 0; i < n; i++)
        if (c0[i].role == ROLE_RATIO && c0[i].sr1 == x->sr1 && c0[i].sc1 == x->sc1 && c0[i].sr2 == x->sr2 &&
            c0[i].sc2 == x->sc2)
            rate = tpl_cell(c0[i].r1, c0[i].c1);
    tpl_book_map(s->book, "exec", tpl_kv(k[0], sizeof k[0], "sheet=%s", s->name),
                 tpl_kv(k[1], sizeof k[1], "budget=%s", tpl_cell(x->sr2, x->sc2).s),
                 tpl_kv(k[2], sizeof k[2], "spent=%s", tpl_cell(x->sr1, x->sc1).s),
                 tpl_kv(k[3], sizeof k[3], "points=%s", tpl_cell(x->r1, x->arg).s),
                 tpl_kv(k[4], sizeof k[4], "rate=%s", rate.s),
                 tpl_kv(k[5], sizeof k[5], "score=%s", tpl_cell(x->r1, x->c1).s), "base=received", (char *)NULL);
}

/* The tree record of rows c->r1..c->r2 of the 004 tree (columns A B C D G). */
static void map_tree(tpl_sheet *s, const tpl_cellspec *c)
{
    static const struct { const char *key; int col; } cols[] = {
        {"l1", A_COL}, {"l2", C_COL}, {"leaves", G_COL}, {"l1points", B_COL}, {"l2points", D_COL}};
    char k[6][300];

    tpl_kv(k[0], sizeof k[0], "sheet=%s", s->name);
    for (int i = 0; i < 5; i++)
        tpl_kv(k[i + 1], sizeof k[i + 1], "%s=%s:%s", cols[i].key, tpl_cell(c->r1, cols[i].col).s,
               tpl_cell(c->r2, cols[i].col).s);
    tpl_book_map(s->book, "tree", k[0], k[1], k[2], k[3], k[4], k[5], (char *)NULL);
}

/* One map record of the cell x a ROLE_MAP names. */
static void put_map(tpl_sheet *s, const tpl_cellspec *x, int what)
{
    static const char *const kinds[] = {
        [MAP_CONTROL] = "control", [MAP_FUND] = "fund", [MAP_SUM] = "sum", [MAP_SUM_100] = "sum",
        [MAP_GRADE] = "grade"};
    char k[5][300];
    tpl_a1 self = tpl_cell(x->r1, x->c1), a = tpl_cell(x->sr1, x->sc1), b = tpl_cell(x->sr2, x->sc2);

    tpl_kv(k[0], sizeof k[0], "sheet=%s", s->name);
    if (what == MAP_CONTROL || what == MAP_FUND) {
        int c = what == MAP_CONTROL;
        tpl_book_map(s->book, kinds[what], k[0], tpl_kv(k[1], sizeof k[1], c ? "actual=%s" : "received=%s", a.s),
                     tpl_kv(k[2], sizeof k[2], c ? "planned=%s" : "budget=%s", b.s),
                     tpl_kv(k[3], sizeof k[3], "rate=%s", self.s), (char *)NULL);
        for (int i = 0; c && i < 2; i++)     /* the base (编制数) first */
            tpl_book_map(s->book, "input", k[0], tpl_kv(k[1], sizeof k[1], "cell=%s", i ? a.s : b.s),
                         "kind=count", (char *)NULL);
    } else if (what == MAP_GRADE) {
        tpl_book_map(s->book, "grade", k[0], tpl_kv(k[1], sizeof k[1], "cell=%s", self.s),
                     tpl_kv(k[2], sizeof k[2], "total=%s", a.s), (char *)NULL);
    } else {
        tpl_book_map(s->book, "sum", k[0], tpl_kv(k[1], sizeof k[1], "cell=%s", self.s),
                     tpl_kv(k[2], sizeof k[2], "parts=%s", box_ref(operands(x)).s),
                     what == MAP_SUM_100 ? "expected=100" : (char *)NULL, (char *)NULL);
    }
}

/* The map record a ROLE_MAP asks for, read from the cell it names. */
static void map_of(tpl_sheet *s, const tpl_cellspec *c0, size_t n, const tpl_cellspec *c)
{
    const tpl_cellspec *x = c->arg == MAP_TREE ? c : spec_at(c0, n, c->r1, c->c1);

    if (x == NULL)
        tpl_msg_fail(&s->book->diag, TPL_EXIT_INTERNAL, s->book->path, 0, TPL_M_MAP_EMPTY_CELL);
    else if (c->arg == MAP_TREE)
        map_tree(s, c);
    else if (c->arg == MAP_EXEC_RECEIVED)
        map_exec_received(s, c0, n, x);
    else
        put_map(s, x, c->arg);
}

void tpl_layout_role(tpl_sheet *s, const tpl_params *p, tpl_checks *k, const tpl_cellspec *c0,
                     size_t n, const tpl_cellspec *c)
{
    switch (c->role) {
    case ROLE_SUM:         put_sum(s, p, c0, n, c); break;
    case ROLE_RATIO:       put_ratio(s, p, c0, n, c); break;
    case ROLE_DIFF:
    case ROLE_COPY:
    case ROLE_GRADE:       put_derived(s, p, c0, n, c); break;
    case ROLE_TESTS:       put_tests(s, p, k, c0, n, c); break;
    case ROLE_VALID_MONEY: put_valid(s, c, VALID_MONEY); break;
    case ROLE_VALID:       put_valid(s, c, c->arg); break;
    case ROLE_SUMMARY:     put_summary(s, k, c); break;
    case ROLE_NUM:         put_const(s, c); break;
    case ROLE_TOTAL:       put_total(s, p, c0, n, c); break;
    case ROLE_DEDUCT:
    case ROLE_RATIO_SCORE: put_rule_score(s, p, c); break;
    case ROLE_RATE_SCORE:  put_rate_score(s, p, c0, n, c); break;
    case ROLE_TICKS:       put_ticks(s, p, c); break;
    case ROLE_LIST:
        tpl_book_define_list(s->book, c->text, c->arg, c->items, NULL, NULL, c->nitems);
        break;
    case ROLE_VALID_LIST:  tpl_valid_list(s, c->r1, c->c1, c->r2, c->c2, c->text, c->alt); break;
    case ROLE_MAP:         map_of(s, c0, n, c); break;
    default:
        break;
    }
}
