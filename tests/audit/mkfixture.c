/*
 * mkfixture.c - write a filled-in 项目支出绩效自评表 with a `_jixiao` audit
 * map exactly as docs/AUDIT-MAP.md describes, for the audit tests and the
 * benchmark (the template tool does not write the map yet).
 *
 *   mkfixture OUT.xlsx            one workbook (variant 0)
 *   mkfixture -n N DIR            N workbooks DIR/wb0000.xlsx ... (variants 0..N-1)
 *
 * Layout (rows as printed, like src/template/table_xmzc_zp.c):
 *   B4 项目名称, B5 主管部门, F5 实施单位
 *   row 7   年度资金总额: C 年初预算数, D 全年预算数, E 全年执行数, F 分值 10,
 *           G 执行率 (formula), H 得分 (formula)
 *   rows 14-20 indicators: B 一级, C 二级, D 三级, E 年度指标值, F 实际完成值,
 *           G 分值, H 得分 (formula, or typed for the qualitative row 20),
 *           I 偏差原因, K 评扣分标准 (row 19 only, a hidden helper column)
 *   row 21  总分: G 分值合计 (formula), H 总得分 (formula)
 *   row 22  评价等次: B (formula)
 * Every formula carries its cached value, computed here with the core
 * library, so the workbook reads as if an office had recalculated it.
 * Both sheets are protected.  The map is written with src/audit/mapwrite.h,
 * the writer jixiao-template uses; libxlsxwriter 1.1.4 can only write
 * state="hidden" (worksheet_hide), so the template's tpl_very_hide makes
 * the map very hidden after the workbook is closed, as for a template.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#include "jixiao/jixiao.h"
#include "mapwrite.h"
#include "veryhide.h"

#define SHEET "项目支出绩效自评表"
#define MAP_NAME "_jixiao"

/* One indicator row of the fixture. */
typedef struct ind {
    const char *l1, *l2, *l3, *target;
    double actual;          /* used when level == NULL */
    const char *level;      /* a qualitative level (score typed by hand) */
    double points;
    double hand_score;      /* the typed score of a qualitative row */
    const char *rule;       /* a 评扣分标准 sentence in column K */
    const char *reason;
    const char *formula;    /* "#" stands for the row number (1-based) */
} ind;

static ind rows[] = {
    {"产出指标", "数量指标", "培训人次", "≥500", 520, NULL, 20, 0, NULL, "",
     "IF(F#=\"\",\"\",IF(F#>=500,G#,ROUND(G#*MIN(F#/500,1),2)))"},
    {"产出指标", "质量指标", "考核合格率", "≥95%", 0.90, NULL, 20, 0, NULL,
     "部分学员因病缺考，下年度安排补考",
     "IF(F#=\"\",\"\",IF(F#>=0.95,G#,ROUND(G#*MIN(F#/0.95,1),2)))"},
    {"产出指标", "时效指标", "完成时间", "≤60天", 50, NULL, 20, 0, NULL, "",
     "IF(F#=\"\",\"\",IF(F#<=60,G#,ROUND(G#*MIN(IF(F#=0,1,60/F#),1),2)))"},
    {"产出指标", "成本指标", "人均培训成本", "≤3000元", 2800, NULL, 10, 0, NULL, "",
     "IF(F#=\"\",\"\",IF(F#<=3000,G#,ROUND(G#*MIN(IF(F#=0,1,3000/F#),1),2)))"},
    {"效益指标", "社会效益指标", "受益人数", "≥1000", 1500, NULL, 10, 0, NULL,
     "新增两个乡镇参加培训，受益人数超出预期",
     "IF(F#=\"\",\"\",IF(F#>=1000,G#,ROUND(G#*MIN(F#/1000,1),2)))"},
    {"满意度指标", "服务对象满意度指标", "学员满意度", "≥95%", 0.96, NULL, 5, 0,
     "≥95%得满分，未达到95%得一半分", "",
     "IF(F#=\"\",\"\",IF(F#>=0.95,G#,ROUND(G#/2,2)))"},
    {"效益指标", "可持续影响指标", "培训机制长效运行", "达成年度指标", 0, "达成年度指标", 5, 4.5,
     NULL, "长效机制尚在完善，部分乡镇未建立台账", NULL},
};
#define NROWS (int)(sizeof rows / sizeof rows[0])
#define R_FUND 7           /* 1-based rows */
#define R_FIRST 14
#define R_TOTAL (R_FIRST + NROWS)
#define R_GRADE (R_TOTAL + 1)

/* A formula cell and its map record. */
static void formula_num(lxw_worksheet *ws, jxau_mapw *m, int row, int col, const char *f, double v,
                        lxw_format *fmt)
{
    char eq[1100];
    snprintf(eq, sizeof eq, "=%s", f);
    worksheet_write_formula_num(ws, (lxw_row_t)(row - 1), (lxw_col_t)col, eq, fmt, v);
    jxau_mapw_formula(m, (lxw_row_t)(row - 1), (lxw_col_t)col, eq);
}

static void formula_str(lxw_worksheet *ws, jxau_mapw *m, int row, int col, const char *f,
                        const char *v, lxw_format *fmt)
{
    char eq[1100];
    snprintf(eq, sizeof eq, "=%s", f);
    worksheet_write_formula_str(ws, (lxw_row_t)(row - 1), (lxw_col_t)col, eq, fmt, v);
    jxau_mapw_formula(m, (lxw_row_t)(row - 1), (lxw_col_t)col, eq);
}

/* An input record for a 1-based row. */
static void input_rec(jxau_mapw *m, int row, int col, const char *kind)
{
    jxau_mapw_input(m, (lxw_row_t)(row - 1), (lxw_col_t)col, kind);
}

/* Copy a row formula with every "#" replaced by the row number. */
static void with_row(const char *fmt, int row, char *out, size_t cap)
{
    size_t o = 0;
    for (; *fmt && o + 8 < cap; fmt++) {
        if (*fmt == '#')
            o += (size_t)snprintf(out + o, cap - o, "%d", row);
        else
            out[o++] = *fmt;
    }
    out[o] = '\0';
}

/* The score of an indicator row, computed with the core as the audit will. */
static double row_score(const ind *r, double actual)
{
    jx_target t;
    jx_quantity q;
    double s = 0;

    if (r->level)
        return r->hand_score;
    if (r->rule) {
        jx_rule rule;
        jx_actual a = {0, actual, NULL, 0};
        if (jx_rule_parse(r->rule, strlen(r->rule), &rule, NULL) != JX_OK ||
            jx_rule_score(&rule, &a, r->points, 2, &s, NULL) != JX_OK)
            abort();
        return s;
    }
    if (jx_target_parse(r->target, strlen(r->target), &t, NULL) != JX_OK ||
        jx_quantity_from_number(actual, &q) != JX_OK ||
        jx_ind_score(&q, &t, r->points, NULL, &s, NULL) != JX_OK)
        abort();
    return s;
}

static int write_fixture(const char *path, int variant)
{
    lxw_workbook_options wo = {0};
    lxw_workbook *wb;
    lxw_worksheet *ws;
    lxw_format *in, *pct, *inpct;
    lxw_doc_properties props = {0};
    jxau_mapw m;
    char f[1024], k[8][128];
    tpl_diag d = { 0 };
    double budget = 1071.15, spent = 479.71 + (variant % 50), rate, exec, total, pts = 10;
    const char *grade;
    jx_grades g;

    wo.tmpdir = NULL;
    wb = workbook_new_opt(path, &wo);
    if (wb == NULL)
        return -1;
    props.title = "项目支出绩效自评表";
    workbook_set_properties(wb, &props);
    workbook_set_custom_property_string(wb, "jixiao-table", "xmzc-zp");
    ws = workbook_add_worksheet(wb, SHEET);
    if (jxau_mapw_begin(&m, wb, "xmzc-zp", JIXIAO_VERSION, NULL) < 0)
        return -1;
    in = workbook_add_format(wb);
    format_set_unlocked(in);
    pct = workbook_add_format(wb);
    format_set_num_format(pct, "0.00%");
    inpct = workbook_add_format(wb);
    format_set_num_format(inpct, "0.00%");
    format_set_unlocked(inpct);

    snprintf(k[0], sizeof k[0], "project=乡村技能培训项目%d", variant);
    jxau_mapw_add(&m, "meta", "unit=示例县农业农村局", k[0], "year=2024", "dept=示例县农业农村局",
                 NULL);
    jxau_mapw_sheet(&m, SHEET);

    worksheet_write_string(ws, 1, 0, "项目支出绩效自评表", NULL);
    worksheet_write_string(ws, 3, 0, "项目名称", NULL);
    worksheet_write_string(ws, 3, 1, k[0] + 8, in);
    worksheet_write_string(ws, 4, 0, "主管部门", NULL);
    worksheet_write_string(ws, 4, 1, "示例县农业农村局", in);
    worksheet_write_string(ws, 4, 4, "实施单位", NULL);
    worksheet_write_string(ws, 4, 5, "示例县农业农村局", in);
    worksheet_write_string(ws, 5, 0, "项目资金（万元）", NULL);
    worksheet_write_string(ws, R_FUND - 1, 1, "年度资金总额", NULL);
    worksheet_write_number(ws, R_FUND - 1, 2, 1000, in);
    worksheet_write_number(ws, R_FUND - 1, 3, budget, in);
    worksheet_write_number(ws, R_FUND - 1, 4, spent, in);
    worksheet_write_number(ws, R_FUND - 1, 5, pts, NULL);
    if (jx_exec_rate(spent, budget, &rate) != JX_OK ||
        jx_exec_score(spent, budget, pts, NULL, 2, &exec) != JX_OK)
        return -1;
    jxau_mapw_add(&m, "exec", "budget=D7", "spent=E7", "points=F7", "rate=G7",
            "score=H7", "base=budget", NULL);
    formula_num(ws, &m, R_FUND, 6, "IF(OR(D7=\"\",E7=\"\"),\"\",IF(D7>0,E7/D7,\"\"))", rate, pct);
    formula_num(ws, &m, R_FUND, 7, "IF(G7=\"\",\"\",ROUND(MIN(G7,1)*F7,2))", exec, NULL);
    input_rec(&m, R_FUND, 3, "money");
    input_rec(&m, R_FUND, 4, "money");

    total = exec;
    for (int i = 0; i < NROWS; i++) {
        const ind *r = &rows[i];
        int row = R_FIRST + i;
        double actual = r->actual, score;
        if (i == 1)
            actual += (variant % 5) / 100.0;   /* 0.90 .. 0.94: always a shortfall */
        score = row_score(r, actual);
        total += score;
        worksheet_write_string(ws, (lxw_row_t)(row - 1), 1, r->l1, NULL);
        worksheet_write_string(ws, (lxw_row_t)(row - 1), 2, r->l2, NULL);
        worksheet_write_string(ws, (lxw_row_t)(row - 1), 3, r->l3, NULL);
        worksheet_write_string(ws, (lxw_row_t)(row - 1), 4, r->target, NULL);
        if (r->level)
            worksheet_write_string(ws, (lxw_row_t)(row - 1), 5, r->level, in);
        else
            worksheet_write_number(ws, (lxw_row_t)(row - 1), 5, actual,
                                   strchr(r->target, '%') ? inpct : in);
        worksheet_write_number(ws, (lxw_row_t)(row - 1), 6, r->points, NULL);
        if (r->reason[0])
            worksheet_write_string(ws, (lxw_row_t)(row - 1), 8, r->reason, in);
        else
            worksheet_write_blank(ws, (lxw_row_t)(row - 1), 8, in);
        if (r->rule)
            worksheet_write_string(ws, (lxw_row_t)(row - 1), 10, r->rule, NULL);
        snprintf(k[0], sizeof k[0], "target=E%d", row);
        snprintf(k[1], sizeof k[1], "actual=F%d", row);
        snprintf(k[2], sizeof k[2], "points=G%d", row);
        snprintf(k[3], sizeof k[3], "score=H%d", row);
        snprintf(k[4], sizeof k[4], "reason=I%d", row);
        snprintf(k[5], sizeof k[5], "rule=K%d", row);
        jxau_mapw_add(&m, "ind", k[0], k[1], k[2], k[3], k[4],
                r->rule ? k[5] : NULL, NULL);
        if (r->formula) {
            with_row(r->formula, row, f, sizeof f);
            formula_num(ws, &m, row, 7, f, score, NULL);
        } else {
            worksheet_write_number(ws, (lxw_row_t)(row - 1), 7, score, in);
            input_rec(&m, row, 7, "score");
        }
        input_rec(&m, row, 5, r->level ? "level" : strchr(r->target, '%') ? "rate" : "count");
        input_rec(&m, row, 8, "text");
    }
    total = jx_round(total, 2);
    worksheet_write_string(ws, R_TOTAL - 1, 0, "总分", NULL);
    snprintf(f, sizeof f, "F7+SUM(G%d:G%d)", R_FIRST, R_TOTAL - 1);
    formula_num(ws, &m, R_TOTAL, 6, f, 100, NULL);
    snprintf(f, sizeof f, "IF(COUNT(H%d:H%d)=0,\"\",ROUND(N(H7)+SUM(H%d:H%d),2))", R_FIRST,
             R_TOTAL - 1, R_FIRST, R_TOTAL - 1);
    formula_num(ws, &m, R_TOTAL, 7, f, total, NULL);
    jx_grades_default(&g);
    if (jx_grade(&g, total, &grade) != JX_OK)
        return -1;
    worksheet_write_string(ws, R_GRADE - 1, 0, "评价等次", NULL);
    snprintf(f, sizeof f, "IF(H%1$d=\"\",\"\",IF(H%1$d>=90,\"优\",IF(H%1$d>=80,\"良\","
             "IF(H%1$d>=60,\"中\",\"差\"))))", R_TOTAL);
    formula_str(ws, &m, R_GRADE, 1, f, grade, NULL);

    snprintf(k[0], sizeof k[0], "cell=H%d", R_TOTAL);
    snprintf(k[1], sizeof k[1], "parts=H7,H%d:H%d", R_FIRST, R_TOTAL - 1);
    jxau_mapw_add(&m, "sum", k[0], k[1], NULL);
    snprintf(k[0], sizeof k[0], "cell=G%d", R_TOTAL);
    snprintf(k[1], sizeof k[1], "parts=F7,G%d:G%d", R_FIRST, R_TOTAL - 1);
    jxau_mapw_add(&m, "sum", k[0], k[1], "expected=100", NULL);
    snprintf(k[0], sizeof k[0], "cell=B%d", R_GRADE);
    snprintf(k[1], sizeof k[1], "total=H%d", R_TOTAL);
    jxau_mapw_add(&m, "grade", k[0], k[1], "thresholds=90;80;60", "labels=优;良;中;差",
            NULL);
    snprintf(k[0], sizeof k[0], "l1=B%d:B%d", R_FIRST, R_TOTAL - 1);
    snprintf(k[1], sizeof k[1], "l2=C%d:C%d", R_FIRST, R_TOTAL - 1);
    snprintf(k[2], sizeof k[2], "leaves=G%d:G%d", R_FIRST, R_TOTAL - 1);
    jxau_mapw_add(&m, "tree", k[0], k[1], k[2], NULL);

    worksheet_set_column(ws, 10, 10, 30, NULL);
    worksheet_protect(ws, NULL, NULL);
    if (workbook_close(wb) != LXW_NO_ERROR)
        return -1;
    if (m.failed)
        return -1;
    return tpl_very_hide(path, path, MAP_NAME, &d) == TPL_OK ? 0 : -1;
}

int main(int argc, char **argv)
{
    if (argc == 2)
        return write_fixture(argv[1], 0) == 0 ? 0 : 1;
    if (argc == 4 && strcmp(argv[1], "-n") == 0) {
        int n = atoi(argv[2]);
        char path[4096];
        for (int i = 0; i < n; i++) {
            snprintf(path, sizeof path, "%s/wb%04d.xlsx", argv[3], i);
            if (write_fixture(path, i) != 0) {
                fprintf(stderr, "mkfixture: cannot write %s\n", path);
                return 1;
            }
        }
        return 0;
    }
    fprintf(stderr, "usage: mkfixture OUT.xlsx | mkfixture -n N DIR\n");
    return 2;
}
