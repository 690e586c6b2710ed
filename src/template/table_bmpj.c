/*
 * table_bmpj.c - 部门整体支出绩效评价表 (seed 000, 合水县): 基本情况, 资金情况,
 * 评价得分 and 评价等级, 得分率 by area.
 *
 * Seed 000 reports 预算执行率 100 % = 实际支出 ÷ 实际到位资金 while only
 * 774.79 of 889.39 budgeted arrived: against the budget it spent 87.11 %.
 * The table shows both rates, each labelled with its base, and the 校验
 * column says so whenever the two differ.  Its 得分率 row printed the area
 * scores as shares of 100 (13 % for 13 points); here 得分率 = 得分 ÷ 分值
 * of each area, with the 分值 and 得分 rows it is computed from.
 *
 * Columns: A section, B row label, C..I the seven areas, J 合计, K 校验,
 * L..N hidden helpers.
 */
#include "tables.h"
#include "cols.h"

#include <stdio.h>
#include <string.h>


enum {
    P_TITLE = 0, P_YEAR, P_SEC1, P_NAME, P_YEARTYPE, P_ENTRUST, P_OBJECT, P_PURPOSE,
    P_BUDGET, P_PROV, P_COUNTY, P_SPENT, P_RATE, P_RATE_BUDGET, P_SEC4, P_RESULT,
    P_AREA_HEAD, P_AREA_POINTS, P_AREA_SCORE, P_AREA_RATE, P_PROBLEMS, P_ADVICE,
    P_OTHER, P_SUMMARY, P_NOTE
};

static const char *const areas[7] = {"部门规划", "运行成本", "管理效率", "履职效能",
                                     "社会效益", "可持续发展能力", "服务对象满意度"};

/* Rate formula num/den with its cached value from the core. */
static void ratio_cell(tpl_sheet *s, const tpl_params *p, int r, int c1, int c2,
                       const char *num, const char *den, const tpl_fig *n, const tpl_fig *d,
                       int fund_rate)
{
    char f[FML_MAX];
    double v;
    tpl_val cv = tpl_val_str("");

    if (p->formulas == TPL_FORMULAS_ADDIN)
        tpl_fml(s, f, sizeof f, "=IF(OR(%s=\"\",%s=\"\",SUM(%s)=0),\"\",ORG.JIXIAO.FUNCTIONS.%s(%s,%s))",
            num, den, den, fund_rate ? "FUNDRATE" : "EXECRATE", num, den);
    else
        tpl_compiled(s, f, jx_formula_rate(num, den, f + 1, sizeof f - 1));
    if (n->set && d->set &&
        (fund_rate ? jx_fund_rate(n->v, d->v, &v) : jx_exec_rate(n->v, d->v, &v)) == JX_OK)
        cv = tpl_val_num(v);
    tpl_put_merge_f(s, r, c1, c2, f, &cv, F_OUT_PCT);
}

static void basics(tpl_sheet *s, const tpl_params *p)
{
    char y[64], name[512];

    tpl_put_merge(s, P_TITLE, A, P_TITLE, K, "部门整体支出绩效评价表", F_TITLE);
    tpl_put_merge(s, P_YEAR, A, P_YEAR, K, tpl_year_line(p, y, sizeof y), F_SUBTITLE);
    tpl_put_merge(s, P_SEC1, A, P_SEC1, K, "一、项目基本情况", F_LABEL_L);
    tpl_put_merge(s, P_NAME, A, P_OBJECT, A, "基 本 情 况", F_HEAD);
    tpl_put_text(s, P_NAME, B, "项目名称", F_LABEL);
    if (p->project && *p->project)
        snprintf(name, sizeof name, "%s", p->project);
    else if (p->unit && *p->unit)
        snprintf(name, sizeof name, "%s部门整体支出绩效评价", p->unit);
    else
        name[0] = '\0';
    tpl_put_given_text(s, P_NAME, C, J, name);
    tpl_put_text(s, P_YEARTYPE, B, "评价年度", F_LABEL);
    if (p->year && *p->year)
        snprintf(y, sizeof y, "%s年度", p->year);
    tpl_put_given_text(s, P_YEARTYPE, C, E, p->year && *p->year ? y : NULL);
    tpl_put_merge(s, P_YEARTYPE, F, P_YEARTYPE, G, "评价类型", F_LABEL);
    tpl_put_merge(s, P_YEARTYPE, H, P_YEARTYPE, J, NULL, F_IN_TEXT);
    tpl_put_text(s, P_ENTRUST, B, "委托评价单位", F_LABEL);
    tpl_put_merge(s, P_ENTRUST, C, P_ENTRUST, E, NULL, F_IN_TEXT);
    tpl_put_merge(s, P_ENTRUST, F, P_ENTRUST, G, "评价机构名称", F_LABEL);
    tpl_put_merge(s, P_ENTRUST, H, P_ENTRUST, J, NULL, F_IN_TEXT);
    tpl_put_text(s, P_OBJECT, B, "评价对象名称", F_LABEL);
    tpl_put_merge(s, P_OBJECT, C, P_OBJECT, J, NULL, F_IN_TEXT);
    tpl_put_text(s, P_PURPOSE, A, "实 施 目 的", F_HEAD);
    tpl_put_merge(s, P_PURPOSE, B, P_PURPOSE, J, NULL, F_IN_TEXT);
    tpl_row_height(s, P_PURPOSE, 80);
    tpl_row_height(s, P_TITLE, 30);
    for (int r = P_SEC1; r <= P_PURPOSE; r++)
        if (r != P_SEC1)
            tpl_put_blank(s, r, K, F_CHECK);
}

/* A money cell spanning c1..c2: given (locked) or an input. */
static void money(tpl_sheet *s, int r, int c1, int c2, const tpl_fig *fig)
{
    if (fig && fig->set) {
        tpl_put_merge(s, r, c1, r, c2, NULL, F_CONST_MONEY);
        tpl_put_num(s, r, c1, fig->v, F_CONST_MONEY);
    } else {
        tpl_put_merge(s, r, c1, r, c2, NULL, F_IN_MONEY);
    }
}

/* The money cells: given figures or inputs, 结转结余 and the three ratios. */
static void fund_cells(tpl_sheet *s, const tpl_params *p, const char *bud, const char *rec, const char *sp)
{
    char f[FML_MAX];
    tpl_val v = tpl_val_str("");

    tpl_put_merge(s, P_BUDGET, A, P_RATE_BUDGET, A, "资 金 情 况（万元）", F_HEAD);
    tpl_put_text(s, P_BUDGET, B, "预算安排资金", F_LABEL);
    money(s, P_BUDGET, C, E, &p->budget);
    tpl_put_merge(s, P_BUDGET, F, P_BUDGET, G, "实际到位资金", F_LABEL);
    money(s, P_BUDGET, H, J, &p->received);
    tpl_put_text(s, P_PROV, B, "其中：省级财政", F_LABEL);
    money(s, P_PROV, C, E, NULL);
    tpl_put_merge(s, P_PROV, F, P_PROV, G, "其中：省级财政", F_LABEL);
    money(s, P_PROV, H, J, NULL);
    tpl_put_text(s, P_COUNTY, B, "县级财政", F_LABEL);
    money(s, P_COUNTY, C, E, NULL);
    tpl_put_merge(s, P_COUNTY, F, P_COUNTY, G, "县级财政", F_LABEL);
    money(s, P_COUNTY, H, J, NULL);
    tpl_put_text(s, P_SPENT, B, "实际支出资金", F_LABEL);
    money(s, P_SPENT, C, E, &p->spent);
    tpl_put_merge(s, P_SPENT, F, P_SPENT, G, "结转结余资金", F_LABEL);
    tpl_fml(s, f, sizeof f, "=IF(OR(%s=\"\",%s=\"\"),\"\",ROUND(%s-%s,2))", rec, sp, rec, sp);
    if (p->received.set && p->spent.set)
        v = tpl_val_num(jx_round(p->received.v - p->spent.v, 2));
    tpl_put_merge_f(s, P_SPENT, H, J, f, &v, F_OUT_MONEY);
    tpl_put_text(s, P_RATE, B, "预算执行率（实际支出÷实际到位）", F_LABEL);
    ratio_cell(s, p, P_RATE, C, E, sp, rec, &p->spent, &p->received, 0);
    tpl_put_merge(s, P_RATE, F, P_RATE, G, "资金到位率（实际到位÷预算安排）", F_LABEL);
    ratio_cell(s, p, P_RATE, H, J, rec, bud, &p->received, &p->budget, 1);
    tpl_put_text(s, P_RATE_BUDGET, B, "预算执行率（实际支出÷预算安排）", F_LABEL);
    ratio_cell(s, p, P_RATE_BUDGET, C, E, sp, bud, &p->spent, &p->budget, 0);
    tpl_put_merge(s, P_RATE_BUDGET, F, P_RATE_BUDGET, J,
              "按实际到位资金计算的执行率不能代替按预算安排资金计算的执行率", F_LABEL_L);
    tpl_valid_decimal(s, P_BUDGET, C, P_SPENT, C, 0, 1e12, NULL, "金额（万元）", "请填写不小于 0 的金额，单位万元");
    tpl_valid_decimal(s, P_BUDGET, H, P_COUNTY, H, 0, 1e12, NULL, "金额（万元）", "请填写不小于 0 的金额，单位万元");

}

/* Parts must add up to 预算安排 / 实际到位; spending must not exceed what arrived. */
static void fund_checks(tpl_sheet *s, const tpl_params *p, tpl_checks *k, const char *bud, const char *rec,
                        const char *sp)
{
    char f[FML_MAX], msg[256] = "";

    tpl_fml(s, f, sizeof f,
        "=IF(AND(COUNT(%s:%s)>0,ROUND(SUM(%s:%s),2)<>ROUND(SUM(%s),2)),\"第%d行：预算安排资金与其中各级财政合计不符\","
        "IF(AND(COUNT(%s:%s)>0,ROUND(SUM(%s:%s),2)<>ROUND(SUM(%s),2)),\"第%d行：实际到位资金与其中各级财政合计不符\",\"\"))",
        tpl_cell(P_PROV, C).s, tpl_cell(P_COUNTY, C).s, tpl_cell(P_PROV, C).s, tpl_cell(P_COUNTY, C).s, bud, P_BUDGET + 1,
        tpl_cell(P_PROV, H).s, tpl_cell(P_COUNTY, H).s, tpl_cell(P_PROV, H).s, tpl_cell(P_COUNTY, H).s, rec, P_BUDGET + 1);
    tpl_check_cell(s, k, P_BUDGET, f, "");
    tpl_put_blank(s, P_PROV, K, F_CHECK);
    tpl_put_blank(s, P_COUNTY, K, F_CHECK);
    tpl_fml(s, f, sizeof f,
        "=IF(AND(ISNUMBER(%s),ISNUMBER(%s),SUM(%s)>SUM(%s)),\"第%d行：实际支出资金超过实际到位资金\",\"\")",
        sp, rec, sp, rec, P_SPENT + 1);
    if (p->spent.set && p->received.set && p->spent.v > p->received.v &&
        !jx_approx_equal(p->spent.v, p->received.v))
        snprintf(msg, sizeof msg, "第%d行：实际支出资金超过实际到位资金", P_SPENT + 1);
    tpl_check_cell(s, k, P_SPENT, f, msg);
}

/* The cached message of the two execution rates differing (the 000 mistake), "" when they agree. */
static void rates_msg(const tpl_params *p, char *msg, size_t cap)
{
    double r1, r2;
    char a[32], b2[32];

    msg[0] = '\0';
    if (!p->spent.set || !p->received.set || !p->budget.set ||
        jx_exec_rate(p->spent.v, p->received.v, &r1) != JX_OK ||
        jx_exec_rate(p->spent.v, p->budget.v, &r2) != JX_OK || jx_round(r1, 4) == jx_round(r2, 4))
        return;
    jx_fmt_num(jx_round(r1 * 100, 2), 2, 0, a, sizeof a);
    jx_fmt_num(jx_round(r2 * 100, 2), 2, 0, b2, sizeof b2);
    snprintf(msg, cap, "第%d行：按实际到位资金计算的执行率为 %s%%，按预算安排资金计算为 %s%%，应分别列示",
             P_RATE + 1, a, b2);
}

static void funds(tpl_sheet *s, const tpl_params *p, tpl_checks *k)
{
    char f[FML_MAX], msg[256], bud[16], rec[16], sp[16];

    snprintf(bud, sizeof bud, "%s", tpl_cell(P_BUDGET, C).s);
    snprintf(rec, sizeof rec, "%s", tpl_cell(P_BUDGET, H).s);
    snprintf(sp, sizeof sp, "%s", tpl_cell(P_SPENT, C).s);
    fund_cells(s, p, bud, rec, sp);
    fund_checks(s, p, k, bud, rec, sp);
    /* The 000 mistake: 100 % against funds received, less against the budget. */
    tpl_fml(s, f, sizeof f,
        "=IF(AND(ISNUMBER(%s),ISNUMBER(%s),ROUND(SUM(%s),4)<>ROUND(SUM(%s),4)),"
        "\"第%d行：按实际到位资金计算的执行率为 \"&ROUND(%s*100,2)&\"%%，按预算安排资金计算为 \"&ROUND(%s*100,2)&\"%%，应分别列示\",\"\")",
        tpl_cell(P_RATE, C).s, tpl_cell(P_RATE_BUDGET, C).s, tpl_cell(P_RATE, C).s, tpl_cell(P_RATE_BUDGET, C).s,
        P_RATE + 1, tpl_cell(P_RATE, C).s, tpl_cell(P_RATE_BUDGET, C).s);
    rates_msg(p, msg, sizeof msg);
    tpl_check_cell(s, k, P_RATE, f, msg);
    tpl_put_blank(s, P_RATE_BUDGET, K, F_CHECK);
    tpl_cond_bad(s, P_BUDGET, B, P_RATE_BUDGET, K, tpl_fml(s, (char[64]){0}, 64, "=LEN(%s)>0", tpl_colabs(P_BUDGET, K).s));
}

/* 综合评价结论: the score and the grade of the total. */
static void result_row(tpl_sheet *s, const tpl_params *p, const char *tot)
{
    char f[FML_MAX], g[FML_MAX];
    tpl_val v = tpl_val_str("");

    tpl_put_merge(s, P_SEC4, A, P_SEC4, K, "四、评价结论和绩效分析", F_LABEL_L);
    tpl_put_text(s, P_RESULT, A, "综合评价结论", F_HEAD);
    tpl_put_text(s, P_RESULT, B, "评价得分", F_LABEL);
    tpl_fml(s, f, sizeof f, "=IF(%s=\"\",\"\",%s)", tot, tot);
    tpl_put_merge_f(s, P_RESULT, C, E, f, &v, F_OUT_NUM);
    tpl_put_merge(s, P_RESULT, F, P_RESULT, G, "评价等级", F_LABEL);
    tpl_put_merge_f(s, P_RESULT, H, J, tpl_grade_formula(p, tot, g, sizeof g), &v, F_OUT_TEXT);
    tpl_put_blank(s, P_RESULT, K, F_CHECK);
}

/* 绩效分析: points and scores by area (inputs), their sums and 得分率. */
static void area_rows(tpl_sheet *s, const char *tot)
{
    char f[FML_MAX], g[FML_MAX];

    tpl_put_merge(s, P_AREA_HEAD, A, P_AREA_RATE, A, "绩效分析", F_HEAD);
    tpl_put_text(s, P_AREA_HEAD, B, "指标", F_HEAD);
    for (int i = 0; i < 7; i++)
        tpl_put_text(s, P_AREA_HEAD, C + i, areas[i], F_HEAD);
    tpl_put_text(s, P_AREA_HEAD, J, "合计", F_HEAD);
    tpl_put_text(s, P_AREA_HEAD, K, "校验", F_HEAD);
    tpl_put_text(s, P_AREA_POINTS, B, "分值", F_LABEL);
    tpl_put_text(s, P_AREA_SCORE, B, "得分", F_LABEL);
    tpl_put_text(s, P_AREA_RATE, B, "得分率", F_LABEL);
    for (int i = 0; i < 7; i++) {
        int c = C + i;
        tpl_put_blank(s, P_AREA_POINTS, c, F_IN_NUM);
        tpl_put_blank(s, P_AREA_SCORE, c, F_IN_NUM);
        /* 得分率 = 得分 ÷ 分值, a ratio with the rules of jx_exec_rate (0 points: none). */
        tpl_compiled(s, f, jx_formula_rate(tpl_cell(P_AREA_SCORE, c).s, tpl_cell(P_AREA_POINTS, c).s, f + 1, sizeof f - 1));
        tpl_put_fstr(s, P_AREA_RATE, c, f, "", F_OUT_PCT);
        tpl_valid_decimal(s, P_AREA_SCORE, c, P_AREA_SCORE, c, 0, 0,
                      tpl_fml(s, g, sizeof g, "=%s", tpl_cell(P_AREA_POINTS, c).s), "得分", "得分应在 0 到分值之间");
    }
    tpl_valid_decimal(s, P_AREA_POINTS, C, P_AREA_POINTS, I, 0, 100, NULL, "分值", "分值应在 0 到 100 之间");
    for (int r = P_AREA_POINTS; r <= P_AREA_SCORE; r++) {
        tpl_fml(s, f, sizeof f, "=IF(COUNT(%s:%s)=0,\"\",ROUND(SUM(%s:%s),2))", tpl_cell(r, C).s, tpl_cell(r, I).s,
            tpl_cell(r, C).s, tpl_cell(r, I).s);
        tpl_put_fstr(s, r, J, f, "", F_OUT_NUM);
    }
    tpl_compiled(s, f, jx_formula_rate(tot, tpl_cell(P_AREA_POINTS, J).s, f + 1, sizeof f - 1));
    tpl_put_fstr(s, P_AREA_RATE, J, f, "", F_OUT_PCT);
}

/* Points add up to 100; no score above its points or negative. */
static void area_checks(tpl_sheet *s, tpl_checks *k)
{
    char f[FML_MAX], g[FML_MAX];

    tpl_put_blank(s, P_AREA_HEAD, K, F_HEAD);
    tpl_fml(s, f, sizeof f,
        "=IF(COUNT(%s:%s)=0,\"\",IF(ROUND(%s,2)<>100,\"第%d行：分值合计 \"&ROUND(%s,2)&\"，应为 100\",\"\"))",
        tpl_cell(P_AREA_POINTS, C).s, tpl_cell(P_AREA_POINTS, I).s, tpl_cell(P_AREA_POINTS, J).s, P_AREA_POINTS + 1,
        tpl_cell(P_AREA_POINTS, J).s);
    tpl_check_cell(s, k, P_AREA_POINTS, f, "");
    tpl_fml(s, f, sizeof f,
        "=IF(SUMPRODUCT((%s:%s<>\"\")*(%s:%s>%s:%s))>0,\"第%d行：有得分高于分值\","
        "IF(COUNTIF(%s:%s,\"<0\")>0,\"第%d行：得分为负数\",\"\"))",
        tpl_cell(P_AREA_SCORE, C).s, tpl_cell(P_AREA_SCORE, I).s, tpl_cell(P_AREA_SCORE, C).s, tpl_cell(P_AREA_SCORE, I).s,
        tpl_cell(P_AREA_POINTS, C).s, tpl_cell(P_AREA_POINTS, I).s, P_AREA_SCORE + 1,
        tpl_cell(P_AREA_SCORE, C).s, tpl_cell(P_AREA_SCORE, I).s, P_AREA_SCORE + 1);
    tpl_check_cell(s, k, P_AREA_SCORE, f, "");
    tpl_put_blank(s, P_AREA_RATE, K, F_CHECK);
    tpl_cond_bad(s, P_AREA_POINTS, C, P_AREA_SCORE, K,
             tpl_fml(s, g, sizeof g, "=LEN(%s)>0", tpl_colabs(P_AREA_POINTS, K).s));
}

/* Map records: 资金到位率, the sums and the grade. */
static void results_map(tpl_sheet *s)
{
    char mk[4][300];
    tpl_kv(mk[0], sizeof mk[0], "sheet=%s", s->name);
    tpl_book_map(s->book, "fund", mk[0], tpl_kv(mk[1], sizeof mk[1], "received=%s", tpl_cell(P_BUDGET, H).s),
             tpl_kv(mk[2], sizeof mk[2], "budget=%s", tpl_cell(P_BUDGET, C).s),
             tpl_kv(mk[3], sizeof mk[3], "rate=%s", tpl_cell(P_RATE, H).s), (char *)NULL);
    tpl_book_map(s->book, "sum", mk[0], tpl_kv(mk[1], sizeof mk[1], "cell=%s", tpl_cell(P_AREA_SCORE, J).s),
             tpl_kv(mk[2], sizeof mk[2], "parts=%s:%s", tpl_cell(P_AREA_SCORE, C).s, tpl_cell(P_AREA_SCORE, I).s), (char *)NULL);
    tpl_book_map(s->book, "sum", mk[0], tpl_kv(mk[1], sizeof mk[1], "cell=%s", tpl_cell(P_AREA_POINTS, J).s),
             tpl_kv(mk[2], sizeof mk[2], "parts=%s:%s", tpl_cell(P_AREA_POINTS, C).s, tpl_cell(P_AREA_POINTS, I).s),
             "expected=100", (char *)NULL);
    tpl_book_map(s->book, "grade", mk[0], tpl_kv(mk[1], sizeof mk[1], "cell=%s", tpl_cell(P_RESULT, H).s),
             tpl_kv(mk[2], sizeof mk[2], "total=%s", tpl_cell(P_AREA_SCORE, J).s), (char *)NULL);
}

static void results(tpl_sheet *s, const tpl_params *p, tpl_checks *k)
{
    char g[FML_MAX], tot[16];

    snprintf(tot, sizeof tot, "%s", tpl_cell(P_AREA_SCORE, J).s);
    result_row(s, p, tot);
    area_rows(s, tot);
    area_checks(s, k);
    static const char *const tail[] = {"五、存在的问题", "六、有关意见建议", "七、其他需要说明的事项"};
    for (int i = 0; i < 3; i++) {
        tpl_put_text(s, P_PROBLEMS + i, A, tail[i], F_HEAD);
        tpl_put_merge(s, P_PROBLEMS + i, B, P_PROBLEMS + i, J, NULL, F_IN_TEXT);
        tpl_put_blank(s, P_PROBLEMS + i, K, F_CHECK);
        tpl_row_height(s, P_PROBLEMS + i, 45);
    }
    tpl_put_text(s, P_SUMMARY, A, "校验结果", F_HEAD);
    tpl_check_summary(s, k, P_SUMMARY, B, K,
                  tpl_fml(s, g, sizeof g, "OR(COUNT(%s:%s)=0,COUNT(%s:%s)<COUNT(%s:%s))",
                      tpl_cell(P_AREA_SCORE, C).s, tpl_cell(P_AREA_SCORE, I).s, tpl_cell(P_AREA_SCORE, C).s,
                      tpl_cell(P_AREA_SCORE, I).s, tpl_cell(P_AREA_POINTS, C).s, tpl_cell(P_AREA_POINTS, I).s),
                  1, "尚未填写完整");
    results_map(s);
    tpl_put_merge(s, P_NOTE, A, P_NOTE, K,
              "说明：得分率 = 得分 ÷ 分值。评价等级：90（含）-100分为优、80（含）-90分为良、60（含）-80分为中、60分以下为差。",
              F_NOTE);
}

void tpl_table_bmzt_pj(tpl_book *b, const tpl_params *p)
{
    tpl_checks k;
    tpl_sheet *s = tpl_book_sheet(b, "部门整体支出绩效评价表");

    if (s == NULL)
        return;
    tpl_checks_init(&k, K, N);
    basics(s, p);
    funds(s, p, &k);
    results(s, p, &k);
    tpl_col_width(s, A, A, 11);
    tpl_col_width(s, B, B, 16);
    tpl_col_width(s, C, I, 10);
    tpl_col_width(s, J, J, 9);
    tpl_col_width(s, K, K, 30);
    tpl_col_hide(s, L, N);
    worksheet_print_area(s->ws, 0, 0, P_NOTE, K);
    tpl_sheet_finish(s, P_AREA_HEAD, P_AREA_HEAD, p->password);
}
