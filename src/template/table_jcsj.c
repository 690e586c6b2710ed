/*
 * table_jcsj.c - 部门整体支出绩效评价基础数据表 (seed 003, 附件 1-1):
 * staffing and its 控制率, 三公经费 / 项目支出 / 公用经费 for last year's
 * 决算, this year's 预算 and 决算, and the 楼堂馆所 control rates.
 *
 * Columns: A labels, B..G (values in pairs B:C, D:E, F:G as printed; the
 * 楼堂馆所 row uses the six columns singly), H 校验, I..K hidden.
 * Totals (三公经费, 公务用车, 项目支出, 本级专项资金) are formulas over their
 * parts; 公用经费 is typed in, its "其中" lines being only some of it.
 */
#include "tables.h"
#include "cols.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


enum {
    S_ANNEX = 0, S_TITLE, S_FILLER, S_STAFF_HEAD, S_STAFF, S_MONEY_HEAD,
    S_SANGONG, S_CAR, S_CAR_BUY, S_CAR_RUN, S_ABROAD, S_RECEPTION,
    S_PROJECTS, S_BUSINESS, S_OPERATION, S_SPECIAL, S_SPECIAL1,
    S_PUBLIC = S_SPECIAL1 + 3, S_OFFICE, S_UTIL, S_MEETING, S_PROCURE, S_ADJUST,
    S_BUILD_HEAD, S_BUILD, S_SAVING, S_NOTE, S_SIGN, S_SUMMARY
};

/* Value columns of the money rows: first cell of each merged pair. */
static const int vcol[3] = {B, D, F};

/* A money row: a label and three inputs (or sums of rows r1..r2 when r1 >= 0). */
static void money_row(tpl_sheet *s, int r, const char *label, tpl_fmt lf, int r1, int r2,
                      const int *parts, int nparts)
{
    char f[FML_MAX];

    if (label)
        tpl_put_text(s, r, A, label, lf);
    for (int i = 0; i < 3; i++) {
        int c = vcol[i];
        if (r1 < 0 && parts == NULL) {
            tpl_put_merge(s, r, c, r, c + 1, NULL, F_IN_MONEY);
            continue;
        }
        if (parts) {
            size_t used = (size_t)snprintf(f, sizeof f, "=IF(COUNT(");
            for (int k = 0; k < nparts; k++)
                used += (size_t)snprintf(f + used, sizeof f - used, "%s%s", k ? "," : "", tpl_cell(parts[k], c).s);
            used += (size_t)snprintf(f + used, sizeof f - used, ")=0,\"\",ROUND(");
            for (int k = 0; k < nparts; k++)
                used += (size_t)snprintf(f + used, sizeof f - used, "%sSUM(%s)", k ? "+" : "", tpl_cell(parts[k], c).s);
            snprintf(f + used, sizeof f - used, ",2))");
        } else {
            tpl_fml(s, f, sizeof f, "=IF(COUNT(%s:%s)=0,\"\",ROUND(SUM(%s:%s),2))", tpl_cell(r1, c).s, tpl_cell(r2, c).s,
                tpl_cell(r1, c).s, tpl_cell(r2, c).s);
        }
        tpl_put_merge(s, r, c, r, c + 1, NULL, F_OUT_MONEY);
        tpl_put_fstr(s, r, c, f, "", F_OUT_MONEY);
    }
}

static void staffing(tpl_sheet *s, const tpl_params *p, tpl_checks *k)
{
    char f[FML_MAX], h[64];

    tpl_put_merge(s, S_STAFF_HEAD, A, S_STAFF, A, "财政供养人员情况", F_HEAD);
    tpl_put_merge(s, S_STAFF_HEAD, B, S_STAFF_HEAD, C, "编制数", F_HEAD);
    snprintf(h, sizeof h, "%s 年实际在职人数", p->year && *p->year ? p->year : "    ");
    tpl_put_merge(s, S_STAFF_HEAD, D, S_STAFF_HEAD, E, h, F_HEAD);
    tpl_put_merge(s, S_STAFF_HEAD, F, S_STAFF_HEAD, G, "控制率", F_HEAD);
    tpl_put_text(s, S_STAFF_HEAD, H, "校验", F_HEAD);
    tpl_put_merge(s, S_STAFF, B, S_STAFF, C, NULL, F_IN_NUM);
    tpl_put_merge(s, S_STAFF, D, S_STAFF, E, NULL, F_IN_NUM);
    tpl_valid_decimal(s, S_STAFF, B, S_STAFF, B, 0, 100000, NULL, "人数", "请填写人数");
    tpl_valid_decimal(s, S_STAFF, D, S_STAFF, D, 0, 100000, NULL, "人数", "请填写人数");
    if (p->formulas == TPL_FORMULAS_ADDIN)
        tpl_fml(s, f, sizeof f, "=IF(OR(%s=\"\",%s=\"\",SUM(%s)=0),\"\",ORG.JIXIAO.FUNCTIONS.CONTROLRATE(%s,%s))",
            tpl_cell(S_STAFF, B).s, tpl_cell(S_STAFF, D).s, tpl_cell(S_STAFF, B).s, tpl_cell(S_STAFF, D).s, tpl_cell(S_STAFF, B).s);
    else
        tpl_compiled(s, f, jx_formula_rate(tpl_cell(S_STAFF, D).s, tpl_cell(S_STAFF, B).s, f + 1, sizeof f - 1));
    tpl_put_merge(s, S_STAFF, F, S_STAFF, G, NULL, F_OUT_PCT);
    tpl_put_fstr(s, S_STAFF, F, f, "", F_OUT_PCT);
    tpl_fml(s, f, sizeof f, "=IF(AND(ISNUMBER(%s),%s>1),\"第%d行：实际在职人数超过编制数\",\"\")",
        tpl_cell(S_STAFF, F).s, tpl_cell(S_STAFF, F).s, S_STAFF + 1);
    tpl_check_cell(s, k, S_STAFF, f, "");
    {
        char k1[300], k2[32], k3[32], k4[32];
        tpl_kv(k1, sizeof k1, "sheet=%s", s->name);
        tpl_book_map(s->book, "control", k1, tpl_kv(k2, sizeof k2, "actual=%s", tpl_cell(S_STAFF, D).s),
                 tpl_kv(k3, sizeof k3, "planned=%s", tpl_cell(S_STAFF, B).s),
                 tpl_kv(k4, sizeof k4, "rate=%s", tpl_cell(S_STAFF, F).s), (char *)NULL);
        tpl_book_map(s->book, "input", k1, tpl_kv(k2, sizeof k2, "cell=%s", tpl_cell(S_STAFF, B).s), "kind=count", (char *)NULL);
        tpl_book_map(s->book, "input", k1, tpl_kv(k2, sizeof k2, "cell=%s", tpl_cell(S_STAFF, D).s), "kind=count", (char *)NULL);
    }
}

/* The head row: three years of figures, named after --year when given. */
static void money_heads(tpl_sheet *s, const tpl_params *p)
{
    char h[3][64];
    int y = p->year && *p->year ? atoi(p->year) : 0;

    tpl_put_text(s, S_MONEY_HEAD, A, "经费控制情况（万元）", F_HEAD);
    if (y > 0) {
        snprintf(h[0], sizeof h[0], "%d 年决算数", y - 1);
        snprintf(h[1], sizeof h[1], "%d 年预算数", y);
        snprintf(h[2], sizeof h[2], "%d 年决算数", y);
    } else {
        snprintf(h[0], sizeof h[0], "上年决算数");
        snprintf(h[1], sizeof h[1], "本年预算数");
        snprintf(h[2], sizeof h[2], "本年决算数");
    }
    for (int i = 0; i < 3; i++)
        tpl_put_merge(s, S_MONEY_HEAD, vcol[i], S_MONEY_HEAD, vcol[i] + 1, h[i], F_HEAD);
    tpl_put_blank(s, S_MONEY_HEAD, H, F_HEAD);
}

/* 校验 of the money rows: 三公经费 against budget and last year, 公用经费 against its parts. */
static void money_checks(tpl_sheet *s, tpl_checks *k)
{
    char f[FML_MAX];

    for (int r = S_SANGONG; r <= S_ADJUST; r++) {
        if (r == S_SANGONG) {
            tpl_fml(s, f, sizeof f,
                "=IF(AND(ISNUMBER(%s),ISNUMBER(%s),ROUND(SUM(%s),2)>ROUND(SUM(%s),2)),\"第%d行：三公经费决算数超过预算数\","
                "IF(AND(ISNUMBER(%s),ISNUMBER(%s),ROUND(SUM(%s),2)>ROUND(SUM(%s),2)),\"第%d行：三公经费预算数高于上年决算数\",\"\"))",
                tpl_cell(r, F).s, tpl_cell(r, D).s, tpl_cell(r, F).s, tpl_cell(r, D).s, r + 1,
                tpl_cell(r, D).s, tpl_cell(r, B).s, tpl_cell(r, D).s, tpl_cell(r, B).s, r + 1);
            tpl_check_cell(s, k, r, f, "");
        } else if (r == S_PUBLIC) {
            size_t used = (size_t)snprintf(f, sizeof f, "=");
            for (int i = 0; i < 3; i++) {
                int c = vcol[i];
                used += (size_t)snprintf(f + used, sizeof f - used,
                    "IF(AND(ISNUMBER(%s),COUNT(%s:%s)>0,ROUND(SUM(%s:%s),2)>ROUND(SUM(%s),2)),\"第%d行：公用经费的其中各项合计超过公用经费\",",
                    tpl_cell(r, c).s, tpl_cell(S_OFFICE, c).s, tpl_cell(S_MEETING, c).s, tpl_cell(S_OFFICE, c).s, tpl_cell(S_MEETING, c).s,
                    tpl_cell(r, c).s, r + 1);
            }
            snprintf(f + used, sizeof f - used, "\"\")))");
            tpl_check_cell(s, k, r, f, "");
        } else {
            tpl_put_blank(s, r, H, F_CHECK);
        }
    }
    tpl_cond_bad(s, S_SANGONG, A, S_ADJUST, H, tpl_fml(s, f, sizeof f, "=LEN(%s)>0", tpl_colabs(S_SANGONG, H).s));
}

static void money(tpl_sheet *s, const tpl_params *p, tpl_checks *k)
{
    static const int sangong[] = {S_CAR, S_ABROAD, S_RECEPTION};
    static const int projects[] = {S_BUSINESS, S_OPERATION, S_SPECIAL};

    money_heads(s, p);
    money_row(s, S_SANGONG, "三公经费", F_LABEL_L, -1, -1, sangong, 3);
    money_row(s, S_CAR, "1、公务用车购置和维护经费", F_LABEL_L, S_CAR_BUY, S_CAR_RUN, NULL, 0);
    money_row(s, S_CAR_BUY, "其中：公车购置", F_LABEL_L, -1, -1, NULL, 0);
    money_row(s, S_CAR_RUN, "公车运行维护", F_LABEL_L, -1, -1, NULL, 0);
    money_row(s, S_ABROAD, "2、出国经费", F_LABEL_L, -1, -1, NULL, 0);
    money_row(s, S_RECEPTION, "3、公务接待", F_LABEL_L, -1, -1, NULL, 0);
    money_row(s, S_PROJECTS, "项目支出：", F_LABEL_L, -1, -1, projects, 3);
    money_row(s, S_BUSINESS, "1、业务工作经费", F_LABEL_L, -1, -1, NULL, 0);
    money_row(s, S_OPERATION, "2、运行维护经费", F_LABEL_L, -1, -1, NULL, 0);
    money_row(s, S_SPECIAL, "3、本级专项资金（一个专项一行）", F_LABEL_L, S_SPECIAL1, S_SPECIAL1 + 2, NULL, 0);
    for (int r = S_SPECIAL1; r < S_SPECIAL1 + 3; r++) {
        tpl_put_blank(s, r, A, F_IN_TEXT);
        money_row(s, r, NULL, F_LABEL_L, -1, -1, NULL, 0);
    }
    money_row(s, S_PUBLIC, "公用经费：", F_LABEL_L, -1, -1, NULL, 0);
    money_row(s, S_OFFICE, "其中：办公经费", F_LABEL_L, -1, -1, NULL, 0);
    money_row(s, S_UTIL, "水费、电费、差旅费", F_LABEL_L, -1, -1, NULL, 0);
    money_row(s, S_MEETING, "会议费、培训费", F_LABEL_L, -1, -1, NULL, 0);
    money_row(s, S_PROCURE, "政府采购金额", F_LABEL_L, -1, -1, NULL, 0);
    money_row(s, S_ADJUST, "部门基本支出预算调整", F_LABEL_L, -1, -1, NULL, 0);
    tpl_valid_decimal(s, S_SANGONG, B, S_ADJUST, G, 0, 1e12, NULL, "金额（万元）", "请填写不小于 0 的金额，单位万元");
    money_checks(s, k);
}

static void buildings(tpl_sheet *s, const tpl_params *p, tpl_checks *k)
{
    static const char *const heads[] = {"批复规模（m²）", "实际规模（m²）", "规模控制率",
                                        "预算投资（万元）", "实际投资（万元）", "投资概算控制率"};
    char f[FML_MAX], h[96];
    int r = S_BUILD;

    snprintf(h, sizeof h, "楼堂馆所控制情况（%s 年完工项目）", p->year && *p->year ? p->year : "    ");
    tpl_put_text(s, S_BUILD_HEAD, A, h, F_HEAD);
    for (int i = 0; i < 6; i++)
        tpl_put_text(s, S_BUILD_HEAD, B + i, heads[i], F_HEAD);
    tpl_put_blank(s, S_BUILD_HEAD, H, F_HEAD);
    tpl_put_blank(s, r, A, F_IN_TEXT);
    tpl_put_blank(s, r, B, F_IN_NUM);
    tpl_put_blank(s, r, C, F_IN_NUM);
    tpl_put_blank(s, r, E, F_IN_MONEY);
    tpl_put_blank(s, r, F, F_IN_MONEY);
    tpl_valid_decimal(s, r, B, r, C, 0, 1e9, NULL, "规模（m²）", "请填写不小于 0 的面积");
    tpl_valid_decimal(s, r, E, r, F, 0, 1e12, NULL, "金额（万元）", "请填写不小于 0 的金额，单位万元");
    for (int i = 0; i < 2; i++) {
        int plan = i ? E : B, act = i ? F : C, out = i ? G : D;
        if (p->formulas == TPL_FORMULAS_ADDIN)
            tpl_fml(s, f, sizeof f, "=IF(OR(%s=\"\",%s=\"\",SUM(%s)=0),\"\",ORG.JIXIAO.FUNCTIONS.CONTROLRATE(%s,%s))",
                tpl_cell(r, plan).s, tpl_cell(r, act).s, tpl_cell(r, plan).s, tpl_cell(r, act).s, tpl_cell(r, plan).s);
        else
            tpl_compiled(s, f, jx_formula_rate(tpl_cell(r, act).s, tpl_cell(r, plan).s, f + 1, sizeof f - 1));
        tpl_put_fstr(s, r, out, f, "", F_OUT_PCT);
    }
    tpl_fml(s, f, sizeof f,
        "=IF(AND(ISNUMBER(%s),%s>1),\"第%d行：实际规模超过批复规模\",IF(AND(ISNUMBER(%s),%s>1),\"第%d行：实际投资超过投资概算\",\"\"))",
        tpl_cell(r, D).s, tpl_cell(r, D).s, r + 1, tpl_cell(r, G).s, tpl_cell(r, G).s, r + 1);
    tpl_check_cell(s, k, r, f, "");
    tpl_cond_bad(s, r, B, r, H, tpl_fml(s, f, sizeof f, "=LEN(%s)>0", tpl_colabs(r, H).s));
    tpl_put_text(s, S_SAVING, A, "厉行节约保障措施", F_HEAD);
    tpl_put_merge(s, S_SAVING, B, S_SAVING, G, NULL, F_IN_TEXT);
    tpl_put_blank(s, S_SAVING, H, F_CHECK);
    tpl_row_height(s, S_SAVING, 45);
}

void tpl_table_bmzt_jcsj(tpl_book *b, const tpl_params *p)
{
    tpl_checks k;
    char filler[512];
    tpl_sheet *s = tpl_book_sheet(b, "部门整体支出绩效评价基础数据表");

    if (s == NULL)
        return;
    tpl_checks_init(&k, H, K);
    tpl_put_text(s, S_ANNEX, A, "附件 1-1", F_NOTE);
    tpl_put_merge(s, S_TITLE, A, S_TITLE, H, "部门整体支出绩效评价基础数据表", F_TITLE);
    snprintf(filler, sizeof filler, "填报单位：%s", p->unit ? p->unit : "");
    tpl_put_merge(s, S_FILLER, A, S_FILLER, D, filler, F_NOTE);
    tpl_put_merge(s, S_FILLER, E, S_FILLER, H, "填报时间：", F_NOTE);
    tpl_row_height(s, S_TITLE, 30);
    staffing(s, p, &k);
    money(s, p, &k);
    buildings(s, p, &k);
    tpl_put_merge(s, S_NOTE, A, S_NOTE, H,
              "说明：“公用经费”填报基本支出中的一般商品和服务支出；“项目支出”需要填报基本支出以外的所有项目支出情况，"
              "包括业务工作项目、运行维护项目和县级专项资金等。", F_NOTE);
    tpl_row_height(s, S_NOTE, 30);
    tpl_put_merge(s, S_SIGN, A, S_SIGN, H, "填表人：                联系电话：                单位负责人签字：", F_NOTE);
    tpl_put_text(s, S_SUMMARY, A, "校验结果", F_HEAD);
    tpl_check_summary(s, &k, S_SUMMARY, B, H,
                  tpl_fml(s, filler, sizeof filler, "COUNT(%s,%s)<2", tpl_cell(S_STAFF, B).s, tpl_cell(S_STAFF, D).s), 1,
                  "尚未填写完整");
    tpl_col_width(s, A, A, 34);
    tpl_col_width(s, B, G, 11);
    tpl_col_width(s, H, H, 30);
    tpl_col_hide(s, I, K);
    worksheet_print_area(s->ws, 0, 0, S_SUMMARY, H);
    tpl_sheet_finish(s, S_MONEY_HEAD, S_MONEY_HEAD, p->password);
}
