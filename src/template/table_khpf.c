/*
 * table_khpf.c - 部门预算绩效管理工作考核评分表 (seed 001, 隆化县): six areas,
 * 16 + 10 + 14 + 20 + 25 + 15 = 100, each item scored by its rule:
 *   按比例  "项目数量/项目总数×4分"        -> RATIOSCORE (总数 0: 不涉及, full)
 *   扣分    "有一次未按要求完成的，扣1分，扣完为止" -> DEDUCTSCORE
 *   评分    given by the evaluator within the item's points
 * An item whose rule has two parts (a ratio plus "加2分") is two lines.
 *
 * Seed 001 states a total of 98 while every item is at full marks (100),
 * and its 基础工作 says 16 while one item reads "该项得3分" of 5: the
 * 填报得分 column (per area) and the 填报总分 row let a checker type what
 * the report states, and the 校验 column compares them with the parts.
 *
 * Columns: A 考核内容, B 分值, C 考核指标, D 分值, E 评分标准, F 分值,
 * G 计分依据, H 应完成数, I 得分, J 填报得分, K 校验, L..N hidden.
 */
#include "tables.h"
#include "cols.h"

#include <stdio.h>
#include <string.h>


typedef enum { MANUAL, DEDUCT, RATIO } kind;

typedef struct line {
    const char *l1;
    double l1pts;
    const char *l2;
    double l2pts;
    const char *rule;
    double pts;
    kind k;
    double per;      /* points per deduction */
} line;

static const line lines[] = {
    {"一、基础工作", 16, "（一）组织保障", 3, "成立预算绩效管理领导小组得2分", 2, MANUAL, 0},
    {"一、基础工作", 16, "（一）组织保障", 3, "部门明确专职人员的得1分", 1, MANUAL, 0},
    {"一、基础工作", 16, "（二）制度建设", 3, "制定指导本部门预算绩效管理工作具体办法或操作细则的，每项1分，最高3分", 3, MANUAL, 0},
    {"一、基础工作", 16, "（三）指标体系建设", 5, "借鉴使用分行业分领域指标体系，科学合理设定绩效目标；及时上报绩效目标申报表；开展日常监控；监控、评价与年初目标一致", 5, MANUAL, 0},
    {"一、基础工作", 16, "（四）材料报送等", 5, "按时报送材料、参加会议培训的得5分，有一次未按要求完成的，扣1分，扣完为止", 5, DEDUCT, 1},
    {"二、事前绩效评估", 10, "（一）评估范围", 4, "开展事前绩效评估的项目数量/须开展事前绩效评估的数量×4分", 4, RATIO, 0},
    {"二、事前绩效评估", 10, "（二）结果应用", 6, "及时开展事前绩效评估，报告内容完整、科学合理（不涉及此项的得6分）", 6, MANUAL, 0},
    {"三、绩效目标管理", 14, "（一）管理范围", 6, "按要求设置绩效目标的项目数量/项目总数×4分", 4, RATIO, 0},
    {"三、绩效目标管理", 14, "（一）管理范围", 6, "按要求设置部门整体支出绩效目标的，加2分", 2, MANUAL, 0},
    {"三、绩效目标管理", 14, "（二）资金规模", 4, "设置绩效目标的项目支出金额/项目支出总额×4分", 4, RATIO, 0},
    {"三、绩效目标管理", 14, "（三）目标质量", 4, "对绩效目标质量没有提出问题的得4分，每发现一个问题，扣1分，扣完为止", 4, DEDUCT, 1},
    {"四、绩效监控管理", 20, "（一）管理范围", 5, "开展1—6月份绩效监控的项目数量/项目总数×3分", 3, RATIO, 0},
    {"四、绩效监控管理", 20, "（一）管理范围", 5, "开展部门整体支出绩效监控的，加2分", 2, MANUAL, 0},
    {"四、绩效监控管理", 20, "（二）结果反馈", 5, "按时报送绩效监控材料的得5分，逾期报送一天扣0.5分，扣完为止", 5, DEDUCT, 0.5},
    {"四、绩效监控管理", 20, "（三）结果应用", 10, "自行监控发现问题及时整改的得4分，有一项未及时整改的扣1分，扣完为止", 4, DEDUCT, 1},
    {"四、绩效监控管理", 20, "（三）结果应用", 10, "财政监控抽查未发现问题的得4分，每发现一项扣1分，扣完为止", 4, DEDUCT, 1},
    {"四、绩效监控管理", 20, "（三）结果应用", 10, "重点监控发现问题及时整改到位的得2分，每少一项扣1分，扣完为止", 2, DEDUCT, 1},
    {"五、绩效评价管理", 25, "（一）范围规模", 6, "开展绩效自评的项目数量/项目总数×3分", 3, RATIO, 0},
    {"五、绩效评价管理", 25, "（一）范围规模", 6, "开展部门整体支出绩效自评的，得3分", 3, MANUAL, 0},
    {"五、绩效评价管理", 25, "（二）质量控制", 5, "未发现绩效自评结果不真实的得5分，每发现一个，扣1分，扣完为止", 5, DEDUCT, 1},
    {"五、绩效评价管理", 25, "（三）结果反馈", 5, "按时报送绩效自评报告的得5分，逾期报送一天扣0.5分，扣完为止", 5, DEDUCT, 0.5},
    {"五、绩效评价管理", 25, "（四）结果应用", 9, "评价发现问题及时整改的得5分，有一项未及时整改的扣1分，扣完为止", 5, DEDUCT, 1},
    {"五、绩效评价管理", 25, "（四）结果应用", 9, "将评价结果应用于预算申报、改进管理和完善政策的，得4分", 4, MANUAL, 0},
    {"六、绩效信息公开", 15, "（一）绩效目标公开", 10, "公开绩效目标的项目数量/非涉密项目总数×5分", 5, RATIO, 0},
    {"六、绩效信息公开", 15, "（一）绩效目标公开", 10, "公开部门整体绩效目标的，得5分", 5, MANUAL, 0},
    {"六、绩效信息公开", 15, "（二）评价结果公开", 5, "公开自评结果的项目数量/非涉密项目总数×5分", 5, RATIO, 0},
};
#define NLINES ((int)(sizeof lines / sizeof lines[0]))
#define FIRST 5   /* first line's row */

static int same_l1(int i, int j) { return strcmp(lines[i].l1, lines[j].l1) == 0; }
static int same_l2(int i, int j) { return same_l1(i, j) && strcmp(lines[i].l2, lines[j].l2) == 0; }

static int end_of(int i, int level)
{
    int j = i;
    while (j + 1 < NLINES && (level == 1 ? same_l1(j + 1, i) : same_l2(j + 1, i)))
        j++;
    return j;
}

/* The line's score cell: a rule formula or an input. */
static void score_cell(tpl_sheet *s, const tpl_params *p, int i, int r)
{
    const line *ln = &lines[i];
    char f[FML_MAX], per[40];

    if (ln->k == MANUAL) {
        tpl_put_text(s, r, G, "—", F_LABEL);
        tpl_put_text(s, r, H, "—", F_LABEL);
        tpl_put_blank(s, r, I, F_IN_NUM);
        tpl_valid_decimal(s, r, I, r, I, 0, 0, tpl_fml(s, f, sizeof f, "=%s", tpl_cell(r, F).s), "得分",
                      "得分应在 0 到分值之间");
        return;
    }
    tpl_put_blank(s, r, G, F_IN_NUM);
    if (ln->k == DEDUCT) {
        tpl_put_text(s, r, H, "—", F_LABEL);
        tpl_num_text(ln->per, per, sizeof per);
        tpl_valid_decimal(s, r, G, r, G, 0, 1000, NULL, "扣分次数", "请填写未按要求完成的次数（或逾期天数）");
        if (p->formulas == TPL_FORMULAS_ADDIN)
            tpl_fml(s, f, sizeof f, "=IF(%s=\"\",\"\",ORG.JIXIAO.FUNCTIONS.DEDUCTSCORE(%s,%s,%s))",
                tpl_cell(r, G).s, tpl_cell(r, F).s, tpl_cell(r, G).s, per);
        else
            tpl_compiled(s, f, jx_formula_deduct_score(&(jx_formula_refs){tpl_cell(r, G).s, tpl_cell(r, F).s, NULL},
                                                    ln->per, 2, f + 1, sizeof f - 1));
    } else {
        tpl_put_blank(s, r, H, F_IN_NUM);
        tpl_valid_decimal(s, r, G, r, H, 0, 1e12, NULL, "数量", "请填写完成数和应完成数（不涉及填 0）");
        if (p->formulas == TPL_FORMULAS_ADDIN)
            tpl_fml(s, f, sizeof f, "=IF(OR(%s=\"\",%s=\"\"),\"\",ORG.JIXIAO.FUNCTIONS.RATIOSCORE(%s,%s,%s))",
                tpl_cell(r, G).s, tpl_cell(r, H).s, tpl_cell(r, G).s, tpl_cell(r, H).s, tpl_cell(r, F).s);
        else
            tpl_compiled(s, f, jx_formula_ratio_score(&(jx_formula_refs){tpl_cell(r, G).s, tpl_cell(r, F).s, tpl_cell(r, H).s},
                                                   2, f + 1, sizeof f - 1));
    }
    tpl_put_fstr(s, r, I, f, "", F_OUT_NUM);
}

static void body(tpl_sheet *s, const tpl_params *p, tpl_checks *k)
{
    static const char *const heads[] = {"考核内容", "分值", "考核指标", "分值", "评分标准", "分值",
                                        "计分依据（次数/完成数）", "应完成数（总数）", "得分",
                                        "填报得分", "校验"};
    int last = FIRST + NLINES - 1;
    char f[FML_MAX * 2], area[FML_MAX], leaf[FML_MAX];

    for (int c = 0; c < 11; c++)
        tpl_put_text(s, FIRST - 1, c, heads[c], F_HEAD);
    for (int i = 0; i < NLINES; i++) {
        const line *ln = &lines[i];
        int r = FIRST + i;
        int new1 = i == 0 || !same_l1(i, i - 1), new2 = i == 0 || !same_l2(i, i - 1);
        if (new1) {
            int e = FIRST + end_of(i, 1);
            tpl_put_merge(s, r, A, e, A, ln->l1, F_LABEL);
            tpl_put_merge(s, r, B, e, B, NULL, F_CONST_NUM);
            tpl_put_num(s, r, B, ln->l1pts, F_CONST_NUM);
            tpl_put_merge(s, r, J, e, J, NULL, F_IN_NUM);
        }
        if (new2) {
            int e = FIRST + end_of(i, 2);
            tpl_put_merge(s, r, C, e, C, ln->l2, F_LABEL_L);
            tpl_put_merge(s, r, D, e, D, NULL, F_CONST_NUM);
            tpl_put_num(s, r, D, ln->l2pts, F_CONST_NUM);
        }
        tpl_put_text(s, r, E, ln->rule, F_LABEL_L);
        tpl_put_num(s, r, F, ln->pts, F_CONST_NUM);
        score_cell(s, p, i, r);
        tpl_fml(s, leaf, sizeof leaf,
            "IF(AND(ISNUMBER(%s),%s>%s),\"第%d行：得分高于分值\",IF(AND(ISNUMBER(%s),%s<0),\"第%d行：得分为负数\",\"\"))",
            tpl_cell(r, I).s, tpl_cell(r, I).s, tpl_cell(r, F).s, r + 1, tpl_cell(r, I).s, tpl_cell(r, I).s, r + 1);
        snprintf(area, sizeof area, "\"\"");
        if (new1) {
            int e = FIRST + end_of(i, 1);
            tpl_fml(s, area, sizeof area,
                "IF(AND(ISNUMBER(%s),COUNT(%s:%s)>0,ROUND(SUM(%s:%s),2)<>ROUND(SUM(%s),2)),"
                "\"第%d行：%s各项合计 \"&ROUND(SUM(%s:%s),2)&\"，与填报的得分 \"&ROUND(SUM(%s),2)&\" 不符\",\"\")",
                tpl_cell(r, J).s, tpl_cell(r, I).s, tpl_cell(e, I).s, tpl_cell(r, I).s, tpl_cell(e, I).s, tpl_cell(r, J).s,
                r + 1, ln->l1, tpl_cell(r, I).s, tpl_cell(e, I).s, tpl_cell(r, J).s);
        }
        tpl_fml(s, f, sizeof f, "=IF(LEN(%s)>0,%s,%s)", leaf, leaf, area);
        tpl_check_cell(s, k, r, f, "");
        tpl_row_height(s, r, 30);
    }
    tpl_valid_decimal(s, FIRST, J, last, J, 0, 100, NULL, "填报得分", "填写报告中该项的得分");
    tpl_cond_bad(s, FIRST, E, last, K, tpl_fml(s, area, sizeof area, "=LEN(%s)>0", tpl_colabs(FIRST, K).s));
}

/* The 合计 row r: sums of the three levels of points, the score, and that points add up to 100. */
static void sum_row(tpl_sheet *s, tpl_checks *k, int r, const char *rng)
{
    int last = r - 1;
    char f[FML_MAX];
    double sum1 = 0, sum2 = 0, sum3 = 0;

    for (int i = 0; i < NLINES; i++) {
        sum3 += lines[i].pts;
        if (i == 0 || !same_l1(i, i - 1))
            sum1 += lines[i].l1pts;
        if (i == 0 || !same_l2(i, i - 1))
            sum2 += lines[i].l2pts;
    }
    tpl_put_text(s, r, A, "合计", F_HEAD);
    tpl_fml(s, f, sizeof f, "=SUM(%s:%s)", tpl_cell(FIRST, B).s, tpl_cell(last, B).s);
    tpl_put_fnum(s, r, B, f, sum1, F_OUT_NUM);
    tpl_put_blank(s, r, C, F_LABEL);
    tpl_fml(s, f, sizeof f, "=SUM(%s:%s)", tpl_cell(FIRST, D).s, tpl_cell(last, D).s);
    tpl_put_fnum(s, r, D, f, sum2, F_OUT_NUM);
    tpl_put_blank(s, r, E, F_LABEL);
    tpl_fml(s, f, sizeof f, "=SUM(%s:%s)", tpl_cell(FIRST, F).s, tpl_cell(last, F).s);
    tpl_put_fnum(s, r, F, f, sum3, F_OUT_NUM);
    tpl_put_blank(s, r, G, F_LABEL);
    tpl_put_blank(s, r, H, F_LABEL);
    tpl_fml(s, f, sizeof f, "=IF(COUNT(%s)=0,\"\",ROUND(SUM(%s),2))", rng, rng);
    tpl_put_fstr(s, r, I, f, "", F_OUT_NUM);
    tpl_fml(s, f, sizeof f, "=IF(COUNT(%s:%s)=0,\"\",ROUND(SUM(%s:%s),2))", tpl_cell(FIRST, J).s, tpl_cell(last, J).s,
        tpl_cell(FIRST, J).s, tpl_cell(last, J).s);
    tpl_put_fstr(s, r, J, f, "", F_OUT_NUM);
    tpl_fml(s, f, sizeof f, "=IF(ROUND(%s,2)<>100,\"第%d行：分值合计 \"&ROUND(%s,2)&\"，应为 100\","
        "IF(ROUND(%s,2)<>ROUND(%s,2),\"第%d行：考核指标分值之和与考核内容分值不符\",\"\"))",
        tpl_cell(r, F).s, r + 1, tpl_cell(r, F).s, tpl_cell(r, D).s, tpl_cell(r, B).s, r + 1);
    tpl_check_cell(s, k, r, f, "");
}

/* 填报总分 (row r+1): the total the report states, checked against the sum (jx_check_total). */
static void stated_total(tpl_sheet *s, tpl_checks *k, int r)
{
    char f[FML_MAX];

    tpl_put_merge(s, r + 1, A, r + 1, H, "填报总分（报告中写明的总分）", F_HEAD);
    tpl_put_blank(s, r + 1, I, F_IN_NUM);
    tpl_put_blank(s, r + 1, J, F_LABEL);
    tpl_valid_decimal(s, r + 1, I, r + 1, I, 0, 100, NULL, "填报总分", "填写报告中写明的总分");
    /* jx_check_total's message (the core's table): 各项合计 100，与填报的总分 98 不符. */
    {
        char m[512], e1[40], e2[40];
        snprintf(e1, sizeof e1, "ROUND(SUM(%s),2)", tpl_cell(r, I).s);
        snprintf(e2, sizeof e2, "ROUND(SUM(%s),2)", tpl_cell(r + 1, I).s);
        tpl_msg_expr(r + 2, JX_MSG_TOTAL, e1, e2, NULL, m, sizeof m);
        tpl_fml(s, f, sizeof f,
            "=IF(AND(ISNUMBER(%s),ISNUMBER(%s),ROUND(SUM(%s),2)<>ROUND(SUM(%s),2)),%s,\"\")",
            tpl_cell(r + 1, I).s, tpl_cell(r, I).s, tpl_cell(r, I).s, tpl_cell(r + 1, I).s, m);
    }
    tpl_check_cell(s, k, r + 1, f, "");
    tpl_cond_bad(s, r, I, r + 1, K, tpl_fml(s, f, sizeof f, "=LEN(%s)>0", tpl_colabs(r, K).s));
}

static void totals(tpl_sheet *s, const tpl_params *p, tpl_checks *k)
{
    int r = FIRST + NLINES, last = r - 1;
    char f[FML_MAX], rng[32];

    snprintf(rng, sizeof rng, "%s:%s", tpl_cell(FIRST, I).s, tpl_cell(last, I).s);
    sum_row(s, k, r, rng);
    stated_total(s, k, r);
    tpl_put_text(s, r + 2, A, "校验结果", F_HEAD);
    tpl_check_summary(s, k, r + 2, B, K, tpl_fml(s, f, sizeof f, "COUNT(%s)<%d", rng, NLINES), 1, "尚未填写完整");
    tpl_put_merge(s, r + 3, A, r + 3, K,
              "说明：按比例计分的，应完成数为 0 表示不涉及此项考核，得满分；扣分项填写未按要求完成的次数或逾期天数，扣完为止。",
              F_NOTE);
    worksheet_print_area(s->ws, 0, 0, (lxw_row_t)(r + 3), K);
    {
        char mk[3][300];
        tpl_kv(mk[0], sizeof mk[0], "sheet=%s", s->name);
        tpl_book_map(s->book, "sum", mk[0], tpl_kv(mk[1], sizeof mk[1], "cell=%s", tpl_cell(r, I).s),
                 tpl_kv(mk[2], sizeof mk[2], "parts=%s:%s", tpl_cell(FIRST, I).s, tpl_cell(last, I).s), (char *)NULL);
        tpl_book_map(s->book, "sum", mk[0], tpl_kv(mk[1], sizeof mk[1], "cell=%s", tpl_cell(r, F).s),
                 tpl_kv(mk[2], sizeof mk[2], "parts=%s:%s", tpl_cell(FIRST, F).s, tpl_cell(last, F).s), "expected=100", (char *)NULL);
    }
}

void tpl_table_kh_pf(tpl_book *b, const tpl_params *p)
{
    tpl_checks k;
    char y[64], unit[512];
    tpl_sheet *s = tpl_book_sheet(b, "部门预算绩效管理工作考核评分表");

    if (s == NULL)
        return;
    tpl_checks_init(&k, K, N);
    tpl_put_merge(s, 0, A, 0, K, "部门预算绩效管理工作考核评分表", F_TITLE);
    tpl_put_merge(s, 1, A, 1, K, tpl_year_line(p, y, sizeof y), F_SUBTITLE);
    snprintf(unit, sizeof unit, "被考核部门：%s", p->unit ? p->unit : "");
    tpl_put_merge(s, 2, A, 2, F, unit, F_NOTE);
    tpl_put_merge(s, 2, G, 2, K, "考核时间：", F_NOTE);
    tpl_row_height(s, 0, 30);
    body(s, p, &k);
    totals(s, p, &k);
    tpl_col_width(s, A, A, 12);
    tpl_col_width(s, B, B, 6);
    tpl_col_width(s, C, C, 14);
    tpl_col_width(s, D, D, 6);
    tpl_col_width(s, E, E, 40);
    tpl_col_width(s, F, F, 6);
    tpl_col_width(s, G, H, 11);
    tpl_col_width(s, I, J, 8);
    tpl_col_width(s, K, K, 28);
    tpl_col_hide(s, L, N);
    tpl_sheet_finish(s, FIRST - 1, FIRST - 1, p->password);
}
