/*
 * layout.c - the one writer of a table's fixed part (see layout.h).
 */
#include "layout.h"
#include "tables.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static int given(const char *t)
{
    return t && *t;
}

/* A text field of the params (buf holds the composed ones); NULL: not given. */
static const char *text_field(const tpl_params *p, int field, char *buf, size_t cap)
{
    switch (field) {
    case FIELD_PROJECT: return p->project;
    case FIELD_UNIT:    return p->unit;
    case FIELD_DEPT:    return p->dept ? p->dept : p->unit;
    case FIELD_EVAL_NAME:
        if (given(p->project))
            return p->project;
        if (!given(p->unit))
            return NULL;
        snprintf(buf, cap, "%s部门整体支出绩效评价", p->unit);
        return buf;
    case FIELD_YEAR_TEXT:
        if (!given(p->year))
            return NULL;
        snprintf(buf, cap, "%s年度", p->year);
        return buf;
    default:            return NULL;
    }
}

const tpl_fig *tpl_layout_fig(const tpl_params *p, int field)
{
    switch (field) {
    case FIELD_BUDGET_INITIAL: return &p->budget_initial;
    case FIELD_BUDGET:         return &p->budget;
    case FIELD_SPENT:          return &p->spent;
    case FIELD_RECEIVED:       return &p->received;
    default:                   return NULL;
    }
}

/* The column of the first cell on `row` with `role` (and `arg` when ≥ 0), or -1. */
static int role_col(const tpl_cellspec *c, size_t n, int row, tpl_role role, int arg)
{
    for (size_t i = 0; i < n; i++)
        if (c[i].role == role && c[i].r1 == row && (arg < 0 || c[i].arg == arg))
            return c[i].c1;
    return -1;
}

tpl_exec_cells tpl_layout_exec_cells(const tpl_cellspec *c, size_t n)
{
    tpl_exec_cells e = {-1, -1, -1, -1, -1, -1};

    for (size_t i = 0; i < n && e.row < 0; i++)
        if (c[i].role == ROLE_EXEC_SCORE)
            e.row = c[i].r1, e.score = c[i].c1;
    e.budget = role_col(c, n, e.row, ROLE_MONEY, FIELD_BUDGET);
    e.spent = role_col(c, n, e.row, ROLE_MONEY, FIELD_SPENT);
    e.points = role_col(c, n, e.row, ROLE_POINTS, -1);
    e.rate = role_col(c, n, e.row, ROLE_RATE, -1);
    return e;
}

/* 执行率 of row r; its cached value from the given figures on the execution row. */
static void put_rate(tpl_sheet *s, const tpl_params *p, const tpl_exec_cells *e, int r)
{
    char f[FML_MAX];
    tpl_a1 bda = tpl_cell(r, e->budget), spa = tpl_cell(r, e->spent);
    const char *bd = bda.s, *sp = spa.s;
    tpl_val v = tpl_val_str("");
    double rate;

    if (p->formulas == TPL_FORMULAS_ADDIN)
        tpl_fml(s, f, sizeof f, "=IF(OR(%s=\"\",%s=\"\",%s=0),\"\",ORG.JIXIAO.FUNCTIONS.EXECRATE(%s,%s))",
            bd, sp, bd, sp, bd);
    else
        tpl_compiled(s, f, jx_formula_rate(sp, bd, f + 1, sizeof f - 1));
    if (r == e->row && p->budget.set && p->spent.set &&
        jx_exec_rate(p->spent.v, p->budget.v, &rate) == JX_OK)
        v = tpl_val_num(rate);
    tpl_put_fval(s, r, e->rate, f, &v, F_OUT_PCT);
}

/* 预算执行率 得分 (EXECSCORE) merged c1..c2 of the execution row. */
static void put_exec_score(tpl_sheet *s, const tpl_params *p, const tpl_exec_cells *e, int c2)
{
    char f[FML_MAX];
    int r = e->row;
    tpl_val v = tpl_val_str("");
    double score;

    if (p->formulas == TPL_FORMULAS_ADDIN)
        tpl_fml(s, f, sizeof f, "=IF(%s=\"\",\"\",ORG.JIXIAO.FUNCTIONS.EXECSCORE(%s,%s,%s))",
            tpl_cell(r, e->rate).s, tpl_cell(r, e->spent).s, tpl_cell(r, e->budget).s, tpl_cell(r, e->points).s);
    else
        tpl_compiled(s, f, jx_formula_exec_score(tpl_cell(r, e->spent).s, tpl_cell(r, e->budget).s,
                                             tpl_cell(r, e->points).s, 2, f + 1, sizeof f - 1));
    if (p->budget.set && p->spent.set &&
        jx_exec_score(p->spent.v, p->budget.v, p->exec_points, NULL, 2, &score) == JX_OK)
        v = tpl_val_num(score);
    tpl_put_merge_f(s, r, e->score, c2, f, &v, F_OUT_NUM);
}

/*
 * The cached message of a total row's check for the given figures.  The
 * 项目 table asks the core's rate, the 部门 table compares the figures
 * (kept as the tables were written: they differ only within rounding).
 */
static void exec_msg(const tpl_params *p, int r, int by_rate, char *msg, size_t cap)
{
    double rate;

    msg[0] = '\0';
    if (!p->budget.set || !p->spent.set)
        return;
    if (p->budget.v == 0)
        tpl_check_text(r + 1, JX_MSG_BUDGET_ZERO, NULL, NULL, NULL, msg, cap);
    else if (by_rate ? jx_exec_rate(p->spent.v, p->budget.v, &rate) == JX_OK && rate > 1
                     : p->spent.v > p->budget.v && !jx_approx_equal(p->spent.v, p->budget.v))
        tpl_check_text(r + 1, JX_MSG_RATE_ABOVE, NULL, NULL, NULL, msg, cap);
}

/* "IF(AND(COUNT(a:b)>0,ROUND(SUM(a:b),2)<>ROUND(SUM(t),2)),"msg"," into o. */
static void parts_test(char *o, size_t cap, const char *a, const char *b, const char *t,
                       int row, const char *what)
{
    char m[256];

    tpl_msg_mixed(row, JX_MSG_PARTS_MISMATCH, what, NULL, NULL, m, sizeof m);
    snprintf(o, cap, "IF(AND(COUNT(%s:%s)>0,ROUND(SUM(%s:%s),2)<>ROUND(SUM(%s),2)),%s,",
             a, b, a, b, t, m);
}

/* The messages of a total row: 0 budget (mz) and above 100 % (ma). */
static void exec_msgs(int row, char *mz, char *ma, size_t cap)
{
    tpl_msg_mixed(row, JX_MSG_BUDGET_ZERO, NULL, NULL, NULL, mz, cap);
    tpl_msg_mixed(row, JX_MSG_RATE_ABOVE, NULL, NULL, NULL, ma, cap);
}

/* Total row with 其中 rows sr1..sr2: 0 budget, above 100 %, parts not adding up. */
static void check_exec_parts(tpl_sheet *s, const tpl_params *p, tpl_checks *k,
                             const tpl_exec_cells *e, const tpl_cellspec *c)
{
    char f[FML_MAX], pb[640], ps[640], msg[256], mz[256], ma[256];
    int r = c->r1;
    char bd[16], sp[16], rt[16];

    snprintf(bd, sizeof bd, "%s", tpl_cell(r, e->budget).s);
    snprintf(sp, sizeof sp, "%s", tpl_cell(r, e->spent).s);
    snprintf(rt, sizeof rt, "%s", tpl_cell(r, e->rate).s);
    parts_test(pb, sizeof pb, tpl_cell(c->sr1, e->budget).s, tpl_cell(c->sr2, e->budget).s, bd, r + 1, "全年预算数");
    parts_test(ps, sizeof ps, tpl_cell(c->sr1, e->spent).s, tpl_cell(c->sr2, e->spent).s, sp, r + 1, "全年执行数");
    exec_msgs(r + 1, mz, ma, sizeof mz);
    tpl_fml(s, f, sizeof f,
        "=IF(AND(ISNUMBER(%s),ISNUMBER(%s),%s=0),%s,IF(AND(ISNUMBER(%s),%s>1),%s,%s%s\"\"))))",
        bd, sp, bd, mz, rt, rt, ma, pb, ps);
    exec_msg(p, r, 1, msg, sizeof msg);
    tpl_check_cell(s, k, r, f, msg);
}

/* Total row without 其中 rows: 0 budget, above 100 %. */
static void check_exec(tpl_sheet *s, const tpl_params *p, tpl_checks *k,
                       const tpl_exec_cells *e, const tpl_cellspec *c)
{
    char f[FML_MAX], msg[256], mz[256], ma[256];
    int r = c->r1;
    char bd[16], sp[16], rt[16];

    snprintf(bd, sizeof bd, "%s", tpl_cell(r, e->budget).s);
    snprintf(sp, sizeof sp, "%s", tpl_cell(r, e->spent).s);
    snprintf(rt, sizeof rt, "%s", tpl_cell(r, e->rate).s);
    exec_msgs(r + 1, mz, ma, sizeof mz);
    tpl_fml(s, f, sizeof f, "=IF(AND(ISNUMBER(%s),ISNUMBER(%s),%s=0),%s,IF(AND(ISNUMBER(%s),%s>1),%s,\"\"))",
        bd, sp, bd, mz, rt, rt, ma);
    exec_msg(p, r, 0, msg, sizeof msg);
    tpl_check_cell(s, k, r, f, msg);
}

/* A 其中 row: above 100 %, spending without budget. */
static void check_part(tpl_sheet *s, tpl_checks *k, const tpl_exec_cells *e, int r)
{
    char f[FML_MAX], bd[16], sp[16], rt[16], ma[256], mn[256];

    snprintf(bd, sizeof bd, "%s", tpl_cell(r, e->budget).s);
    snprintf(sp, sizeof sp, "%s", tpl_cell(r, e->spent).s);
    snprintf(rt, sizeof rt, "%s", tpl_cell(r, e->rate).s);
    tpl_msg_mixed(r + 1, JX_MSG_RATE_ABOVE, NULL, NULL, NULL, ma, sizeof ma);
    tpl_msg_mixed(r + 1, JX_MSG_SPENT_NO_BUDGET, NULL, NULL, NULL, mn, sizeof mn);
    tpl_fml(s, f, sizeof f,
        "=IF(AND(ISNUMBER(%s),%s>1),%s,IF(AND(ISNUMBER(%s),ISNUMBER(%s),%s=0,%s>0),%s,\"\"))",
        rt, rt, ma, bd, sp, bd, sp, mn);
    tpl_check_cell(s, k, r, f, "");
}

/*
 * A split of the funds must add up to its total: income types (the range
 * sr1,sc1..sr2,sc2) to 全年预算数, or expense types (the cells sr1,sc1 and
 * sr2,sc2) to 全年执行数.
 */
static void check_split(tpl_sheet *s, tpl_checks *k, const tpl_exec_cells *e, const tpl_cellspec *c,
                        int income)
{
    char f[FML_MAX], a[16], b[16], t[16], cnt[40], sum[48], e1[64], e2[64], m[JX_MSG_MAX];

    snprintf(a, sizeof a, "%s", tpl_cell(c->sr1, c->sc1).s);
    snprintf(b, sizeof b, "%s", tpl_cell(c->sr2, c->sc2).s);
    snprintf(t, sizeof t, "%s", tpl_cell(e->row, income ? e->budget : e->spent).s);
    snprintf(cnt, sizeof cnt, income ? "%s:%s" : "%s,%s", a, b);
    snprintf(sum, sizeof sum, income ? "SUM(%s:%s)" : "SUM(%s)+SUM(%s)", a, b);
    snprintf(e1, sizeof e1, "=ROUND(%s,2)", sum);
    snprintf(e2, sizeof e2, "=ROUND(SUM(%s),2)", t);
    tpl_msg_mixed(c->r1 + 1, income ? JX_MSG_INCOME_SPLIT : JX_MSG_EXPENSE_SPLIT, e1, e2, NULL, m, sizeof m);
    tpl_fml(s, f, sizeof f, "=IF(AND(COUNT(%s)>0,ISNUMBER(%s),ROUND(%s,2)<>ROUND(SUM(%s),2)),%s,\"\")",
        cnt, t, sum, t, m);
    tpl_check_cell(s, k, c->r1, f, "");
}

static void put_check(tpl_sheet *s, const tpl_params *p, tpl_checks *k, const tpl_exec_cells *e,
                      const tpl_cellspec *c)
{
    switch (c->arg) {
    case CHECK_EXEC_PARTS: check_exec_parts(s, p, k, e, c); break;
    case CHECK_EXEC:       check_exec(s, p, k, e, c); break;
    case CHECK_PART:       check_part(s, k, e, c->r1); break;
    case CHECK_INCOME:     check_split(s, k, e, c, 1); break;
    case CHECK_EXPENSE:    check_split(s, k, e, c, 0); break;
    default:               tpl_put_blank(s, c->r1, k->col, F_CHECK); break;
    }
}

/* A money figure if given (locked), else an input; merged when a range. */
static void put_money(tpl_sheet *s, const tpl_cellspec *c, const tpl_fig *fig)
{
    if (c->c2 == c->c1) {
        tpl_put_given_money(s, c->r1, c->c1, fig);
    } else if (fig && fig->set) {
        tpl_put_merge(s, c->r1, c->c1, c->r2, c->c2, NULL, F_CONST_MONEY);
        tpl_put_num(s, c->r1, c->c1, fig->v, F_CONST_MONEY);
    } else {
        tpl_put_merge(s, c->r1, c->c1, c->r2, c->c2, NULL, F_IN_MONEY);
    }
}

/* `text` with its one "%s" or "%d" replaced by v, into buf. */
static void splice(char *buf, size_t cap, const char *text, const char *v)
{
    const char *at = strstr(text, "%s");

    if (at == NULL)
        at = strstr(text, "%d");
    if (at == NULL)
        snprintf(buf, cap, "%s", text);
    else
        snprintf(buf, cap, "%.*s%s%s", (int)(at - text), text, v, at + 2);
}

/* Texts that show the year: the 年度 line, "%s 年…", "%d 年决算数". */
static void put_year(tpl_sheet *s, const tpl_params *p, const tpl_cellspec *c)
{
    char buf[512], n[16];
    int y = given(p->year) ? atoi(p->year) : 0;

    snprintf(n, sizeof n, "%d", y + c->arg);
    if (c->role == ROLE_YEAR)
        tpl_year_line(p, buf, sizeof buf);
    else if (c->role == ROLE_YEAR_FMT)
        splice(buf, sizeof buf, c->text, given(p->year) ? p->year : "    ");
    else if (y > 0)
        splice(buf, sizeof buf, c->text, n);
    else
        snprintf(buf, sizeof buf, "%s", c->alt);
    tpl_put_merge(s, c->r1, c->c1, c->r2, c->c2, buf, c->fmt);
}

/* The labels and inputs: roles that need neither the core nor the checks. */
static void put_static(tpl_sheet *s, const tpl_params *p, const tpl_cellspec *c)
{
    char buf[512];
    const char *v;

    switch (c->role) {
    case ROLE_TEXT:
        tpl_put_merge(s, c->r1, c->c1, c->r2, c->c2, c->text, c->fmt);
        break;
    case ROLE_BLANK:
        if (c->r1 == c->r2 && c->c1 == c->c2)
            tpl_put_blank(s, c->r1, c->c1, c->fmt);
        else
            tpl_put_merge(s, c->r1, c->c1, c->r2, c->c2, NULL, c->fmt);
        break;
    case ROLE_GIVEN:
        tpl_put_given_text(s, c->r1, c->c1, c->c2, text_field(p, c->arg, buf, sizeof buf));
        break;
    case ROLE_PREFIXED:
        v = text_field(p, c->arg, buf, sizeof buf);
        snprintf(buf, sizeof buf, "%s%s", c->text, v ? v : "");
        tpl_put_merge(s, c->r1, c->c1, c->r2, c->c2, buf, c->fmt);
        break;
    case ROLE_MONEY:
        put_money(s, c, tpl_layout_fig(p, c->arg));
        break;
    case ROLE_POINTS:
        tpl_put_num(s, c->r1, c->c1, p->exec_points, F_CONST_NUM);
        break;
    default:
        break;
    }
}

void tpl_layout_cells(tpl_sheet *s, const tpl_params *p, tpl_checks *k, const tpl_cellspec *c, size_t n)
{
    tpl_exec_cells e = tpl_layout_exec_cells(c, n);
    char f[64];

    for (size_t i = 0; i < n; i++) {
        switch (c[i].role) {
        case ROLE_RATE:       put_rate(s, p, &e, c[i].r1); break;
        case ROLE_EXEC_SCORE: put_exec_score(s, p, &e, c[i].c2); break;
        case ROLE_CHECK:      put_check(s, p, k, &e, &c[i]); break;
        case ROLE_VALID_MONEY:
            tpl_layout_role(s, p, k, c, n, &c[i]);
            break;
        case ROLE_COND_BAD:
            tpl_cond_bad(s, c[i].r1, c[i].c1, c[i].r2, c[i].c2,
                     tpl_fml(s, f, sizeof f, "=LEN(%s)>0", tpl_colabs(c[i].r1, k->col).s));
            break;
        case ROLE_HEIGHT:     tpl_row_height(s, c[i].r1, c[i].arg); break;
        case ROLE_MAP_EXEC:   tpl_layout_map_exec(s, c, n); break;
        case ROLE_YEAR:
        case ROLE_YEAR_FMT:
        case ROLE_YEAR_PLUS:  put_year(s, p, &c[i]); break;
        case ROLE_SUM: case ROLE_RATIO: case ROLE_DIFF: case ROLE_COPY: case ROLE_GRADE:
        case ROLE_TESTS: case ROLE_VALID: case ROLE_SUMMARY: case ROLE_MAP:
        case ROLE_NUM: case ROLE_TOTAL: case ROLE_DEDUCT: case ROLE_RATIO_SCORE:
        case ROLE_RATE_SCORE: case ROLE_TICKS: case ROLE_LIST: case ROLE_VALID_LIST:
            tpl_layout_role(s, p, k, c, n, &c[i]);
            break;
        default:              put_static(s, p, &c[i]); break;
        }
    }
}

void tpl_layout_map_exec(tpl_sheet *s, const tpl_cellspec *c, size_t n)
{
    tpl_exec_cells e = tpl_layout_exec_cells(c, n);
    tpl_book *b = s->book;
    char k[8][64];
    int r = e.row;

    tpl_book_map(b, "exec", tpl_kv(k[0], sizeof k[0], "sheet=%s", s->name),
             tpl_kv(k[1], sizeof k[1], "budget=%s", tpl_cell(r, e.budget).s),
             tpl_kv(k[2], sizeof k[2], "spent=%s", tpl_cell(r, e.spent).s),
             tpl_kv(k[3], sizeof k[3], "points=%s", tpl_cell(r, e.points).s),
             tpl_kv(k[4], sizeof k[4], "rate=%s", tpl_cell(r, e.rate).s),
             tpl_kv(k[5], sizeof k[5], "score=%s", tpl_cell(r, e.score).s), "base=budget", (char *)NULL);
    for (size_t i = 0; i < n; i++)
        if (c[i].role == ROLE_MONEY && c[i].r1 == r)
            tpl_book_map(b, "input", k[0], tpl_kv(k[6], sizeof k[6], "cell=%s", tpl_cell(r, c[i].c1).s),
                     "kind=money", (char *)NULL);
}

void tpl_layout_widths(tpl_sheet *s, const tpl_colspec *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        tpl_col_width(s, w[i].c1, w[i].c2, w[i].width);
}

void tpl_table_kind(tpl_book *b, const tpl_params *p, const tpl_kind *kind)
{
    tpl_checks k;
    tpl_sheet *s = tpl_book_sheet(b, kind->sheet);

    if (s == NULL)
        return;
    tpl_checks_init(&k, kind->c_check, kind->c_flag);
    tpl_layout_cells(s, p, &k, kind->cells, kind->ncells);
    tpl_layout_widths(s, kind->widths, kind->nwidths);
    tpl_col_hide(s, kind->c_check + 1, kind->c_flag);
    worksheet_print_area(s->ws, 0, 0, (lxw_row_t)kind->print_rows, (lxw_col_t)kind->c_check);
    tpl_sheet_finish(s, kind->repeat_row, kind->repeat_row, p->password);
}
