/*
 * table_pj.c - 项目支出绩效评价表 (seed 004, 五华区 附件1): project funds by
 * source, then the 决策 / 过程 / 产出 / 效益 scoring tree with stated 分值
 * at every level, 总分, 评价等次 tick boxes, 问题和建议, 评价人员.
 *
 * Columns A..H as printed (the tree: 一级指标 | 分值 | 二级指标 | 分值 |
 * 三级指标 (E:F) | 分值 | 得分), I the 校验 column, J..L hidden helpers.
 *
 * The stated 一级 / 二级 分值 are inputs on purpose: 004 prints 40 and 60
 * for 决策 and 产出 whose children add up to 20 and 40, and only a table
 * that lets the evaluator type them can point at that mistake.
 */
#include "tables.h"
#include "cols.h"

#include <stdio.h>
#include <string.h>


#define DETAIL_ROWS 3

/* The scoring framework of 004 (云南省《项目支出绩效评价指标体系框架》). */
typedef struct leaf {
    const char *l1, *l2, *l3;  /* l3 NULL: the department names it     */
    double points;             /* < 0: the department sets the points  */
    int formula;               /* 1 资金到位率, 2 预算执行率: computed  */
} leaf;

static const leaf framework[] = {
    {"决策", "项目立项", "立项依据充分性", 3, 0},
    {"决策", "项目立项", "立项程序规范性", 3, 0},
    {"决策", "绩效目标", "绩效目标合理性", 3.5, 0},
    {"决策", "绩效目标", "绩效指标明确性", 3.5, 0},
    {"决策", "资金投入", "预算编制科学性", 3.5, 0},
    {"决策", "资金投入", "资金分配合理性", 3.5, 0},
    {"过程", "资金管理", "资金到位率", 4, 1},
    {"过程", "资金管理", "预算执行率", 4, 2},
    {"过程", "资金管理#2", "资金使用合规性", 6, 0},
    {"过程", "组织实施", "管理制度健全性", 3, 0},
    {"过程", "组织实施", "制度执行有效性", 3, 0},
    {"产出", "数量指标", NULL, -1, 0},
    {"产出", "质量指标", NULL, -1, 0},
    {"产出", "产出时效", NULL, -1, 0},
    {"产出", "产出成本", NULL, -1, 0},
    {"效益", "经济效益", NULL, -1, 0},
    {"效益", "社会效益", NULL, -1, 0},
    {"效益", "可持续影响", NULL, -1, 0},
    {"效益", "满意度", NULL, -1, 0},
};
#define NLEAVES ((int)(sizeof framework / sizeof framework[0]))

typedef struct t4 {
    tpl_sheet *s;
    const tpl_params *p;
    tpl_checks k;
    int r_total_funds, r_tree_first, r_tree_total;
} t4;

/* "资金管理#2" prints as "资金管理": 004 has two groups of that name. */
static int label_len(const char *l2)
{
    const char *h = strchr(l2, '#');
    return h ? (int)(h - l2) : (int)strlen(l2);
}

static void head(t4 *t)
{
    tpl_sheet *s = t->s;
    char y[64];

    tpl_put_text(s, 0, A, "附件1：", F_NOTE);
    tpl_put_merge(s, 1, A, 1, I, "项目支出绩效评价表", F_TITLE);
    if (t->p->year && *t->p->year)
        snprintf(y, sizeof y, "（ %s ）年度", t->p->year);
    else
        snprintf(y, sizeof y, "（      ）年度");
    tpl_put_merge(s, 2, A, 2, I, y, F_SUBTITLE);
    tpl_put_text(s, 3, A, "项目名称", F_LABEL);
    tpl_put_given_text(s, 3, B, H, t->p->project);
    tpl_put_text(s, 4, A, "主管部门", F_LABEL);
    tpl_put_given_text(s, 4, B, D, t->p->dept ? t->p->dept : t->p->unit);
    tpl_put_text(s, 4, E, "项目实施单位", F_LABEL);
    tpl_put_given_text(s, 4, F, H, t->p->unit);
    tpl_put_text(s, 5, A, "项目负责人", F_LABEL);
    tpl_put_merge(s, 5, B, 5, D, NULL, F_IN_TEXT);
    tpl_put_text(s, 5, E, "联系电话", F_LABEL);
    tpl_put_merge(s, 5, F, 5, H, NULL, F_IN_TEXT);
    tpl_put_text(s, 6, A, "项目类型", F_LABEL);
    tpl_put_merge(s, 6, B, 6, H, NULL, F_IN_TEXT_C);
    tpl_valid_list(s, 6, B, 6, B, "=jx_ptype", "请选择：经常性项目（√）或一次性项目（√）");
    for (int r = 3; r <= 6; r++)
        tpl_put_blank(s, r, I, F_CHECK);
    tpl_row_height(s, 1, 30);
}

/* Rate formula G/F (实际支出 ÷ 实际到位) with its cached value. */
static void rate(t4 *t, int r, const tpl_fig *recv, const tpl_fig *spent)
{
    char f[FML_MAX];
    double v;
    tpl_val cv = tpl_val_str("");

    if (t->p->formulas == TPL_FORMULAS_ADDIN)
        tpl_fml(t->s, f, sizeof f, "=IF(OR(%s=\"\",%s=\"\",%s=0),\"\",ORG.JIXIAO.FUNCTIONS.EXECRATE(%s,%s))",
            tpl_cell(r, F).s, tpl_cell(r, G).s, tpl_cell(r, F).s, tpl_cell(r, G).s, tpl_cell(r, F).s);
    else
        tpl_compiled(t->s, f, jx_formula_rate(tpl_cell(r, G).s, tpl_cell(r, F).s, f + 1, sizeof f - 1));
    if (recv && spent && recv->set && spent->set && jx_exec_rate(spent->v, recv->v, &v) == JX_OK)
        cv = tpl_val_num(v);
    tpl_put_fval(t->s, r, H, f, &cv, F_OUT_PCT);
}

/* Sum of a column over rows r1..r2, "" while all are blank. */
static void colsum(t4 *t, int r, int c, int r1, int r2, const tpl_fig *given)
{
    char f[FML_MAX];
    tpl_val v = given && given->set ? tpl_val_num(given->v) : tpl_val_str("");
    tpl_fml(t->s, f, sizeof f, "=IF(COUNT(%s:%s)=0,\"\",SUM(%s:%s))", tpl_cell(r1, c).s, tpl_cell(r2, c).s,
        tpl_cell(r1, c).s, tpl_cell(r2, c).s);
    tpl_put_fval(t->s, r, c, f, &v, F_OUT_MONEY);
}

/* The detail rows d1..d2: what the money was for, the figures given on the first. */
static void pj_detail_rows(t4 *t, int d1, int d2)
{
    tpl_sheet *s = t->s;
    const tpl_params *p = t->p;
    char f[FML_MAX], msg[256] = "";

    for (int r = d1; r <= d2; r++) {
        int first = r == d1;
        if (first && p->project && *p->project)
            tpl_put_merge(s, r, B, r, D, p->project, F_LABEL_L);
        else
            tpl_put_merge(s, r, B, r, D, NULL, F_IN_TEXT);
        tpl_put_given_money(s, r, E, first ? &p->budget_initial : NULL);
        tpl_put_given_money(s, r, F, first ? &p->received : NULL);
        tpl_put_given_money(s, r, G, first ? &p->spent : NULL);
        rate(t, r, first ? &p->received : NULL, first ? &p->spent : NULL);
        tpl_fml(s, f, sizeof f, "=IF(AND(ISNUMBER(%s),%s>1),\"第%d行：实际支出数超过实际到位数\",\"\")",
            tpl_cell(r, H).s, tpl_cell(r, H).s, r + 1);
        if (first && p->received.set && p->spent.set && p->received.v > 0 &&
            p->spent.v > p->received.v && !jx_approx_equal(p->spent.v, p->received.v))
            snprintf(msg, sizeof msg, "第%d行：实际支出数超过实际到位数", r + 1);
        tpl_check_cell(s, &t->k, r, f, first ? msg : "");
    }
}

/* The 合计 row rt (sums of d1..d2) and the sources s1..s1+4, which must add up to it. */
static void pj_sources(t4 *t, int d1, int d2, int rt, int s1)
{
    tpl_sheet *s = t->s;
    const tpl_params *p = t->p;
    static const char *const src[] = {"其中：中央财政", "省级财政", "市级财政", "区级财政", "其他"};
    int s2 = s1 + 4;
    char f[FML_MAX];

    tpl_put_merge(s, rt, B, rt, D, "合      计", F_LABEL);
    colsum(t, rt, E, d1, d2, &p->budget_initial);
    colsum(t, rt, F, d1, d2, &p->received);
    colsum(t, rt, G, d1, d2, &p->spent);
    rate(t, rt, &p->received, &p->spent);
    tpl_fml(s, f, sizeof f,
        "=IF(AND(COUNT(%s:%s)>0,ROUND(SUM(%s:%s),2)<>ROUND(SUM(%s),2)),\"第%d行：年初预算数的资金来源合计与合计不符\","
        "IF(AND(COUNT(%s:%s)>0,ROUND(SUM(%s:%s),2)<>ROUND(SUM(%s),2)),\"第%d行：实际到位数的资金来源合计与合计不符\","
        "IF(AND(COUNT(%s:%s)>0,ROUND(SUM(%s:%s),2)<>ROUND(SUM(%s),2)),\"第%d行：实际支出数的资金来源合计与合计不符\",\"\")))",
        tpl_cell(s1, E).s, tpl_cell(s2, E).s, tpl_cell(s1, E).s, tpl_cell(s2, E).s, tpl_cell(rt, E).s, rt + 1,
        tpl_cell(s1, F).s, tpl_cell(s2, F).s, tpl_cell(s1, F).s, tpl_cell(s2, F).s, tpl_cell(rt, F).s, rt + 1,
        tpl_cell(s1, G).s, tpl_cell(s2, G).s, tpl_cell(s1, G).s, tpl_cell(s2, G).s, tpl_cell(rt, G).s, rt + 1);
    tpl_check_cell(s, &t->k, rt, f, "");
    for (int i = 0; i < 5; i++) {
        int r = s1 + i;
        tpl_put_merge(s, r, B, r, D, src[i], i ? F_LABEL : F_LABEL_L);
        tpl_put_blank(s, r, E, F_IN_MONEY);
        tpl_put_blank(s, r, F, F_IN_MONEY);
        tpl_put_blank(s, r, G, F_IN_MONEY);
        rate(t, r, NULL, NULL);
        tpl_fml(s, f, sizeof f, "=IF(AND(ISNUMBER(%s),%s>1),\"第%d行：实际支出数超过实际到位数\",\"\")",
            tpl_cell(r, H).s, tpl_cell(r, H).s, r + 1);
        tpl_check_cell(s, &t->k, r, f, "");
    }
}

/* 年度总体目标 at row g and the heading of the indicator tree. */
static void pj_goals(tpl_sheet *s, int g)
{
    tpl_put_merge(s, g, A, g + 1, A, "年度总体目标", F_HEAD);
    tpl_put_merge(s, g, B, g, D, "预期目标", F_HEAD);
    tpl_put_merge(s, g, E, g, H, "实际完成情况", F_HEAD);
    tpl_put_merge(s, g + 1, B, g + 1, D, NULL, F_IN_TEXT);
    tpl_put_merge(s, g + 1, E, g + 1, H, NULL, F_IN_TEXT);
    tpl_put_blank(s, g, I, F_CHECK);
    tpl_put_blank(s, g + 1, I, F_CHECK);
    tpl_row_height(s, g + 1, 90);
    tpl_put_merge(s, g + 2, A, g + 2, H, "二、绩效评价指标评分（参考）", F_LABEL_L);
    tpl_put_blank(s, g + 2, I, F_CHECK);
}

static void funds(t4 *t)
{
    tpl_sheet *s = t->s;
    int r0 = 7, d1 = 8, d2 = 8 + DETAIL_ROWS - 1, rt = d2 + 1, s1 = rt + 1, s2 = rt + 5;

    t->r_total_funds = rt;
    tpl_put_merge(s, r0, A, s2, A, "项目资金（万元）", F_HEAD);
    tpl_put_merge(s, r0, B, r0, D, "项目支出明细内容", F_HEAD);
    tpl_put_text(s, r0, E, "年初预算数", F_HEAD);
    tpl_put_text(s, r0, F, "实际到位数", F_HEAD);
    tpl_put_text(s, r0, G, "实际支出数", F_HEAD);
    tpl_put_text(s, r0, H, "执行率", F_HEAD);
    tpl_put_text(s, r0, I, "校验", F_HEAD);
    pj_detail_rows(t, d1, d2);
    pj_sources(t, d1, d2, rt, s1);
    tpl_valid_decimal(s, d1, E, s2, G, 0, 1e12, NULL, "金额（万元）", "请填写不小于 0 的金额，单位万元");
    tpl_cond_bad(s, d1, B, s2, I, tpl_fml(s, (char[64]){0}, 64, "=LEN(%s)>0", tpl_colabs(d1, I).s));
    pj_goals(s, s2 + 1);
    t->r_tree_first = s2 + 5;
}

/*
 * The score cells the evaluator types (all leaves but the computed ones),
 * as a union of ranges: a filled computed score must not make the table
 * look "being filled in" before anyone typed anything.
 */
static const char *manual_scores(int f1, char *buf, size_t cap)
{
    size_t used = 0;
    buf[0] = '\0';
    for (int i = 0; i < NLEAVES;) {
        int j = i;
        if (framework[i].formula) {
            i++;
            continue;
        }
        while (j + 1 < NLEAVES && !framework[j + 1].formula)
            j++;
        used += (size_t)snprintf(buf + used, cap - used, "%s%s:%s", used ? "," : "",
                                 tpl_acell(f1 + i, H).s, tpl_acell(f1 + j, H).s);
        i = j + 1;
    }
    return buf;
}

/* Group bounds: the rows of the 一级 / 二级 group starting at leaf i. */
static int group_end(int i, int level)
{
    int j = i;
    while (j + 1 < NLEAVES &&
           strcmp(framework[j + 1].l1, framework[i].l1) == 0 &&
           (level == 1 || strcmp(framework[j + 1].l2, framework[i].l2) == 0))
        j++;
    return j;
}

/* Score formula of a computed leaf and its cached value. */
static void computed_score(t4 *t, int r, int which)
{
    const tpl_params *p = t->p;
    int rt = t->r_total_funds;
    const char *num = which == 1 ? tpl_cell(rt, F).s : tpl_cell(rt, G).s;
    const char *den = which == 1 ? tpl_cell(rt, E).s : tpl_cell(rt, F).s;
    const tpl_fig *n = which == 1 ? &p->received : &p->spent;
    const tpl_fig *dd = which == 1 ? &p->budget_initial : &p->received;
    char f[FML_MAX];
    double v;
    tpl_val cv = tpl_val_str("");

    if (p->formulas == TPL_FORMULAS_ADDIN)
        tpl_fml(t->s, f, sizeof f, "=IF(OR(%s=\"\",%s=\"\",SUM(%s)=0),\"\",ORG.JIXIAO.FUNCTIONS.EXECSCORE(%s,%s,%s))",
            num, den, den, num, den, tpl_cell(r, G).s);
    else
        tpl_compiled(t->s, f, jx_formula_exec_score(num, den, tpl_cell(r, G).s, 2, f + 1, sizeof f - 1));
    if (n->set && dd->set && jx_exec_score(n->v, dd->v, framework[r - t->r_tree_first].points,
                                           NULL, 2, &v) == JX_OK)
        cv = tpl_val_num(v);
    tpl_put_fval(t->s, r, H, f, &cv, F_OUT_NUM);
}

/* The tree check of a 一级 (col B) or 二级 (col D) group starting at row r. */
static void tree_check(t4 *t, int r, int r2, int col, const char *name, int namelen,
                       char *buf, size_t cap)
{
    int f1 = t->r_tree_first, fl = t->r_tree_first + NLEAVES - 1;
    tpl_fml(t->s, buf, cap,
        "IF(ISNUMBER(%s),IF(ROUND(%s,2)<>ROUND(SUM(%s:%s),2),\"第%d行：%.*s的分值 \"&ROUND(%s,2)&\" 不等于下级合计 \"&ROUND(SUM(%s:%s),2),\"\"),"
        "IF(AND(COUNT(%s:%s)>0,COUNT(%s:%s)>0),\"第%d行：%.*s未填写分值，下级合计 \"&ROUND(SUM(%s:%s),2),\"\"))",
        tpl_cell(r, col).s, tpl_cell(r, col).s, tpl_cell(r, G).s, tpl_cell(r2, G).s, r + 1, namelen, name, tpl_cell(r, col).s,
        tpl_cell(r, G).s, tpl_cell(r2, G).s,
        tpl_acell(f1, col).s, tpl_acell(fl, col).s, tpl_cell(r, G).s, tpl_cell(r2, G).s, r + 1, namelen, name, tpl_cell(r, G).s, tpl_cell(r2, G).s);
}

/* Whether leaf i starts a new 二级 (level 2) or 一级 (level 1) group. */
static int starts_group(int i, int level)
{
    const leaf *lf = &framework[i], *prev = i ? &framework[i - 1] : NULL;
    if (prev == NULL || strcmp(lf->l1, prev->l1) != 0)
        return 1;
    return level == 2 && strcmp(lf->l2, prev->l2) != 0;
}

/* The cells of leaf i at row r: group labels, 三级指标, 分值 and 得分. */
static void tree_leaf_cells(t4 *t, int i, int r, int f1)
{
    tpl_sheet *s = t->s;
    const leaf *lf = &framework[i];
    char c1[FML_MAX];

    if (starts_group(i, 1)) {
        int e = f1 + group_end(i, 1);
        tpl_put_merge(s, r, A, e, A, lf->l1, F_LABEL);
        tpl_put_merge(s, r, B, e, B, NULL, F_IN_NUM);
    }
    if (starts_group(i, 2)) {
        int e = f1 + group_end(i, 2);
        char name[64];
        snprintf(name, sizeof name, "%.*s", label_len(lf->l2), lf->l2);
        tpl_put_merge(s, r, C, e, C, name, F_LABEL);
        tpl_put_merge(s, r, D, e, D, NULL, F_IN_NUM);
    }
    if (lf->l3)
        tpl_put_merge(s, r, E, r, F, lf->l3, F_LABEL_L);
    else
        tpl_put_merge(s, r, E, r, F, NULL, F_IN_TEXT);
    if (lf->points >= 0) {
        tpl_put_num(s, r, G, lf->points, F_CONST_NUM);
    } else {
        tpl_put_blank(s, r, G, F_IN_NUM);
        tpl_valid_decimal(s, r, G, r, G, 0, 100, NULL, "分值", "分值应在 0 到 100 之间");
    }
    if (lf->formula) {
        computed_score(t, r, lf->formula);
    } else {
        tpl_put_blank(s, r, H, F_IN_NUM);
        tpl_valid_decimal(s, r, H, r, H, 0, 0, tpl_fml(s, c1, sizeof c1, "=%s", tpl_cell(r, G).s),
                      "得分", "得分应在 0 到分值之间");
    }
}

/* The 校验 of leaf i: the leaf first, then its 二级 group, then its 一级 group (as jx_check_tree). */
static void tree_leaf_check(t4 *t, int i, int r, int f1, const char *manual)
{
    const leaf *lf = &framework[i];
    char f[FML_MAX * 2], c1[FML_MAX], c2[FML_MAX], leafc[FML_MAX];
    /* The core's check texts (CHECKSCORES), cell values spliced in. */
    char m_above[384], m_neg[256], m_none[256], rh[32], rg[40];

    snprintf(rh, sizeof rh, "ROUND(%s,2)", tpl_cell(r, H).s);
    snprintf(rg, sizeof rg, "ROUND(SUM(%s),2)", tpl_cell(r, G).s);
    tpl_msg_expr(r + 1, JX_MSG_SCORE_ABOVE, rh, rg, NULL, m_above, sizeof m_above);
    tpl_msg_expr(r + 1, JX_MSG_SCORE_NEGATIVE, rh, NULL, NULL, m_neg, sizeof m_neg);
    tpl_msg_expr(r + 1, JX_MSG_NO_SCORE, NULL, NULL, NULL, m_none, sizeof m_none);
    tpl_fml(t->s, leafc, sizeof leafc,
        "IF(AND(ISNUMBER(%s),%s>SUM(%s)),%s,IF(AND(ISNUMBER(%s),%s<0),%s,"
        "IF(AND(NOT(ISNUMBER(%s)),SUM(%s)>0,COUNT(%s)>0),%s,\"\")))",
        tpl_cell(r, H).s, tpl_cell(r, H).s, tpl_cell(r, G).s, m_above, tpl_cell(r, H).s, tpl_cell(r, H).s, m_neg,
        tpl_cell(r, H).s, tpl_cell(r, G).s, manual, m_none);
    snprintf(c1, sizeof c1, "\"\"");
    snprintf(c2, sizeof c2, "\"\"");
    if (starts_group(i, 2))
        tree_check(t, r, f1 + group_end(i, 2), D, lf->l2, label_len(lf->l2), c2, sizeof c2);
    if (starts_group(i, 1))
        tree_check(t, r, f1 + group_end(i, 1), B, lf->l1, (int)strlen(lf->l1), c1, sizeof c1);
    tpl_fml(t->s, f, sizeof f, "=IF(LEN(%s)>0,%s,IF(LEN(%s)>0,%s,%s))", leafc, leafc, c2, c2, c1);
    tpl_check_cell(t->s, &t->k, r, f, "");
}

static void tree(t4 *t)
{
    tpl_sheet *s = t->s;
    static const char *const heads[] = {"一级指标", "分值", "二级指标", "分值"};
    int h = t->r_tree_first - 1, f1 = t->r_tree_first, fl = f1 + NLEAVES - 1;
    char c1[FML_MAX], manual[128];

    manual_scores(f1, manual, sizeof manual);
    for (int i = 0; i < 4; i++)
        tpl_put_text(s, h, A + i, heads[i], F_HEAD);
    tpl_put_merge(s, h, E, h, F, "三级指标", F_HEAD);
    tpl_put_text(s, h, G, "分值", F_HEAD);
    tpl_put_text(s, h, H, "得分", F_HEAD);
    tpl_put_text(s, h, I, "校验", F_HEAD);
    for (int i = 0; i < NLEAVES; i++) {
        tree_leaf_cells(t, i, f1 + i, f1);
        tree_leaf_check(t, i, f1 + i, f1, manual);
    }
    tpl_valid_decimal(s, f1, B, fl, B, 0, 100, NULL, "分值", "分值应在 0 到 100 之间");
    tpl_valid_decimal(s, f1, D, fl, D, 0, 100, NULL, "分值", "分值应在 0 到 100 之间");
    tpl_cond_bad(s, f1, A, fl, I, tpl_fml(s, c1, sizeof c1, "=LEN(%s)>0", tpl_colabs(f1, I).s));
    t->r_tree_total = fl + 1;
}

/* The 总分 row: sums of the tree's points and scores, and the check that points add up to 100. */
static void pj_total_row(t4 *t, char *rng, size_t cap)
{
    tpl_sheet *s = t->s;
    int r = t->r_tree_total, f1 = t->r_tree_first, fl = r - 1;
    double fixed = 0;
    char f[FML_MAX], manual[128];

    for (int i = 0; i < NLEAVES; i++)
        if (framework[i].points > 0)
            fixed += framework[i].points;
    tpl_put_text(s, r, A, "总分", F_HEAD);
    tpl_fml(s, f, sizeof f, "=IF(COUNT(%s:%s)=0,\"\",SUM(%s:%s))", tpl_cell(f1, B).s, tpl_cell(fl, B).s, tpl_cell(f1, B).s, tpl_cell(fl, B).s);
    tpl_put_fstr(s, r, B, f, "", F_OUT_NUM);
    tpl_put_blank(s, r, C, F_LABEL);
    tpl_fml(s, f, sizeof f, "=IF(COUNT(%s:%s)=0,\"\",SUM(%s:%s))", tpl_cell(f1, D).s, tpl_cell(fl, D).s, tpl_cell(f1, D).s, tpl_cell(fl, D).s);
    tpl_put_fstr(s, r, D, f, "", F_OUT_NUM);
    tpl_put_merge(s, r, E, r, F, NULL, F_LABEL);
    tpl_fml(s, f, sizeof f, "=SUM(%s:%s)", tpl_cell(f1, G).s, tpl_cell(fl, G).s);
    tpl_put_fnum(s, r, G, f, fixed, F_OUT_NUM);
    manual_scores(f1, manual, sizeof manual);
    snprintf(rng, cap, "%s:%s", tpl_cell(f1, H).s, tpl_cell(fl, H).s);
    tpl_fml(s, f, sizeof f, "=IF(COUNT(%s)=0,\"\",ROUND(SUM(%s),2))", manual, rng);
    tpl_put_fstr(s, r, H, f, "", F_OUT_NUM);
    tpl_fml(s, f, sizeof f,
        "=IF(AND(ISNUMBER(%s),ROUND(SUM(%s),2)<>100),\"第%d行：一级指标分值合计 \"&ROUND(SUM(%s),2)&\"，应为 100\","
        "IF(COUNT(%s:%s)=0,\"\",IF(ROUND(%s,2)<>100,\"第%d行：分值合计 \"&ROUND(%s,2)&\"，应为 100\",\"\")))",
        tpl_cell(r, B).s, tpl_cell(r, B).s, r + 1, tpl_cell(r, B).s,
        tpl_cell(f1 + 11, G).s, tpl_cell(fl, G).s, tpl_cell(r, G).s, r + 1, tpl_cell(r, G).s);
    tpl_check_cell(s, &t->k, r, f, "");
}

/* 评价等次 (rows r+1, r+2): the label in a hidden helper, tick boxes for the print. */
static void pj_grade(t4 *t, int r)
{
    tpl_sheet *s = t->s;
    const tpl_params *p = t->p;
    char f[FML_MAX], g[FML_MAX], cached[256];
    size_t used, cu = 0;
    tpl_val v;

    tpl_put_merge(s, r + 1, A, r + 2, A, "评价等次", F_HEAD);
    tpl_put_fstr(s, r + 1, J, tpl_grade_formula(p, tpl_cell(r, H).s, g, sizeof g), "", F_HELPER);
    used = (size_t)snprintf(f, sizeof f, "=");
    for (int i = 0; i <= p->grades.n && used < sizeof f; i++)
        used += (size_t)snprintf(f + used, sizeof f - used, "%s\"%s\"&IF(%s=\"%s\",\"☑\",\"□\")",
                                 i ? "&\"        \"&" : "", p->grades.label[i], tpl_cell(r + 1, J).s,
                                 p->grades.label[i]);
    for (int i = 0; i <= p->grades.n; i++)
        cu += (size_t)snprintf(cached + cu, sizeof cached - cu, "%s%s□", i ? "        " : "",
                               p->grades.label[i]);
    v = tpl_val_str(cached);
    tpl_put_merge_f(s, r + 1, B, H, f, &v, F_OUT_TEXT);
    tpl_put_merge(s, r + 2, B, r + 2, H,
              "100-90（含）分为优、90-80（含）分为良、80-60（含）分为中、60分以下为差", F_LABEL_L);
    tpl_put_blank(s, r + 1, I, F_CHECK);
    tpl_put_blank(s, r + 2, I, F_CHECK);
}

/* 评价人员: a head row at e and three rows to fill. */
static void pj_signers(tpl_sheet *s, int e)
{
    tpl_put_merge(s, e, A, e + 3, A, "评价人员", F_HEAD);
    tpl_put_text(s, e, B, "姓名", F_HEAD);
    tpl_put_merge(s, e, C, e, D, "职务/职称", F_HEAD);
    tpl_put_merge(s, e, E, e, F, "单位", F_HEAD);
    tpl_put_merge(s, e, G, e, H, "签字", F_HEAD);
    tpl_put_blank(s, e, I, F_CHECK);
    for (int i = 1; i <= 3; i++) {
        tpl_put_blank(s, e + i, B, F_IN_TEXT_C);
        tpl_put_merge(s, e + i, C, e + i, D, NULL, F_IN_TEXT_C);
        tpl_put_merge(s, e + i, E, e + i, F, NULL, F_IN_TEXT_C);
        tpl_put_merge(s, e + i, G, e + i, H, NULL, F_LABEL);
        tpl_put_blank(s, e + i, I, F_CHECK);
    }
}

/* Map records: execution (÷ 实际到位), the sums, the grade and the tree. */
static void pj_map(t4 *t, int r)
{
    tpl_sheet *s = t->s;
    char k[7][300];
    int f1 = t->r_tree_first, fl = r - 1, rt = t->r_total_funds, r29 = f1 + 7;   /* the 预算执行率 leaf */

    tpl_kv(k[0], sizeof k[0], "sheet=%s", s->name);
    tpl_book_map(s->book, "exec", k[0], tpl_kv(k[1], sizeof k[1], "budget=%s", tpl_cell(rt, F).s),
             tpl_kv(k[2], sizeof k[2], "spent=%s", tpl_cell(rt, G).s), tpl_kv(k[3], sizeof k[3], "points=%s", tpl_cell(r29, G).s),
             tpl_kv(k[4], sizeof k[4], "rate=%s", tpl_cell(rt, H).s), tpl_kv(k[5], sizeof k[5], "score=%s", tpl_cell(r29, H).s),
             "base=received", (char *)NULL);
    tpl_book_map(s->book, "sum", k[0], tpl_kv(k[1], sizeof k[1], "cell=%s", tpl_cell(r, H).s),
             tpl_kv(k[2], sizeof k[2], "parts=%s:%s", tpl_cell(f1, H).s, tpl_cell(fl, H).s), (char *)NULL);
    tpl_book_map(s->book, "sum", k[0], tpl_kv(k[1], sizeof k[1], "cell=%s", tpl_cell(r, G).s),
             tpl_kv(k[2], sizeof k[2], "parts=%s:%s", tpl_cell(f1, G).s, tpl_cell(fl, G).s), "expected=100", (char *)NULL);
    tpl_book_map(s->book, "grade", k[0], tpl_kv(k[1], sizeof k[1], "cell=%s", tpl_cell(r + 1, J).s),
             tpl_kv(k[2], sizeof k[2], "total=%s", tpl_cell(r, H).s), (char *)NULL);
    tpl_book_map(s->book, "tree", k[0], tpl_kv(k[1], sizeof k[1], "l1=%s:%s", tpl_cell(f1, A).s, tpl_cell(fl, A).s),
             tpl_kv(k[2], sizeof k[2], "l2=%s:%s", tpl_cell(f1, C).s, tpl_cell(fl, C).s),
             tpl_kv(k[3], sizeof k[3], "leaves=%s:%s", tpl_cell(f1, G).s, tpl_cell(fl, G).s),
             tpl_kv(k[4], sizeof k[4], "l1points=%s:%s", tpl_cell(f1, B).s, tpl_cell(fl, B).s),
             tpl_kv(k[5], sizeof k[5], "l2points=%s:%s", tpl_cell(f1, D).s, tpl_cell(fl, D).s), (char *)NULL);
}

static void totals(t4 *t)
{
    tpl_sheet *s = t->s;
    int r = t->r_tree_total, f1 = t->r_tree_first, fl = r - 1, e = r + 4;
    char g[FML_MAX], rng[32];

    pj_total_row(t, rng, sizeof rng);
    pj_grade(t, r);
    tpl_put_text(s, r + 3, A, "问题和建议", F_HEAD);
    tpl_put_merge(s, r + 3, B, r + 3, H, NULL, F_IN_TEXT);
    tpl_put_blank(s, r + 3, I, F_CHECK);
    tpl_row_height(s, r + 3, 60);
    pj_signers(s, e);
    tpl_put_text(s, e + 4, A, "校验结果", F_HEAD);
    tpl_check_summary(s, &t->k, e + 4, B, I,
                  tpl_fml(s, g, sizeof g, "COUNT(%s)<COUNT(%s:%s)", rng, tpl_cell(f1, G).s, tpl_cell(fl, G).s), 1,
                  "尚未填写完整");
    tpl_put_merge(s, e + 5, A, e + 5, I, "填报人（签字）：                    年   月   日", F_NOTE);
    tpl_put_merge(s, e + 6, A, e + 6, I, "评价组组长（签字）：                年   月   日", F_NOTE);
    tpl_put_merge(s, e + 7, A, e + 7, I, "评价部门负责人（签字并盖章）：      年   月   日", F_NOTE);
    tpl_put_merge(s, e + 8, A, e + 8, I,
              "注：绩效评价指标可参考《项目支出绩效评价指标体系框架》设置。执行率 = 实际支出数 ÷ 实际到位数；"
              "资金到位率 = 实际到位数 ÷ 年初预算数。", F_NOTE);
    worksheet_print_area(s->ws, 0, 0, (lxw_row_t)(e + 8), I);
    pj_map(t, r);
}

void tpl_table_xmzc_pj(tpl_book *b, const tpl_params *p)
{
    static const char *const ptype[] = {"经常性项目（√）", "一次性项目（√）"};
    t4 t;

    memset(&t, 0, sizeof t);
    t.p = p;
    t.s = tpl_book_sheet(b, "项目支出绩效评价表");
    if (t.s == NULL)
        return;
    tpl_book_define_list(b, "jx_ptype", 0, ptype, NULL, NULL, 2);
    tpl_checks_init(&t.k, I, L);
    head(&t);
    funds(&t);
    tree(&t);
    totals(&t);
    tpl_col_width(t.s, A, A, 12);
    tpl_col_width(t.s, B, B, 9);
    tpl_col_width(t.s, C, C, 14);
    tpl_col_width(t.s, D, D, 9);
    tpl_col_width(t.s, E, F, 14);
    tpl_col_width(t.s, G, H, 10);
    tpl_col_width(t.s, I, I, 30);
    tpl_col_hide(t.s, J, L);
    tpl_sheet_finish(t.s, t.r_tree_first - 1, t.r_tree_first - 1, p->password);
}
