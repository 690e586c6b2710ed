/*
 * table_zp.c - the writer of the self-evaluation tables (自评表), which
 * share their indicator block: 项目支出绩效自评表 (财预〔2020〕10号 附件2),
 * 部门整体支出绩效自评表 (seed 003, 附件 1-2, with a 评扣分标准 column) and
 * the provinces' variants.  Each is a tpl_zp_kind (zp_kinds.c): its fixed
 * part as cells with roles (layout.h), the columns of its indicator block,
 * its widths.  This file writes any of them: the fixed part through
 * layout.c, then the indicator rows, the totals and the map records.
 */
#include "tables.h"
#include "msg.h"
#include "cols.h"
#include "layout.h"

#include <math.h>
#include <stdio.h>
#include <string.h>


/* The national default tree when no spec is given: rows per 二级. */
#define DEFAULT_ROWS_PER_L2 2
static const struct { const char *l1, *l2; } default_tree[] = {
    {"产出指标", "数量指标"}, {"产出指标", "质量指标"},
    {"产出指标", "时效指标"}, {"产出指标", "成本指标"},
    {"效益指标", "经济效益指标"}, {"效益指标", "社会效益指标"},
    {"效益指标", "生态效益指标"}, {"效益指标", "可持续影响指标"},
    {"满意度指标", "服务对象满意度指标"},
};
#define DEFAULT_L2 (sizeof default_tree / sizeof default_tree[0])

typedef struct t1 {
    tpl_sheet *s;
    const tpl_params *p;
    tpl_checks k;
    int n;                 /* indicator rows */
    int r_total;
    /* Where the indicator block lives (table 1 and table 2 differ). */
    int ind_head, ind_first;
    int cF, cCrit, cG, cH, cI, cJ;  /* 实际完成值, 评扣分标准 (-1: none), 分值, 得分, 偏差原因, 校验 */
    int exec_row, exec_pc, exec_sc; /* 执行率 分值 and 得分 cells */
    const char *const *heads;       /* indicator heads, NULL: national */
} t1;

/* A text as a formula string literal ("…", quotes doubled); "" when too long. */
#define TPL_CRIT_LIT 1024
static const char *text_literal(const char *s, char *buf, size_t cap)
{
    size_t o = 0;
    buf[o++] = '"';
    for (; *s && o + 3 < cap; s++) {
        if (*s == '"')
            buf[o++] = '"';
        buf[o++] = *s;
    }
    if (*s)
        o = 1;          /* cut: better no rule than half a rule */
    buf[o++] = '"';
    buf[o] = '\0';
    return buf;
}

/*
 * A row scored by a 评扣分标准 sentence the core reads and compiles: its
 * 规则 column holds the sentence (every table), or a manual row's
 * 评扣分标准 column does (tables that print that column).  The score is the
 * compiled formula (portable) or RULESCORE (add-in): staff no longer work
 * it out by hand.
 */
static int rule_scored(const t1 *t, const tpl_ind *ind)
{
    if (ind == NULL || !ind->has_sentence)
        return 0;
    return ind->rule == RULE_SENTENCE || (t->cCrit >= 0 && ind->rule == RULE_MANUAL);
}

/* The score formula of a sentence row. */
static void sentence_score_formula(t1 *t, const tpl_ind *ind, int r, char *f, size_t cap)
{
    tpl_a1 aa = tpl_cell(r, t->cF), pa = tpl_cell(r, t->cG);
    const char *a = aa.s, *pt = pa.s;
    jx_formula_refs refs = {a, pt, NULL};
    char lit[TPL_CRIT_LIT];

    if (t->p->formulas == TPL_FORMULAS_ADDIN) {
        tpl_fml(t->s, f, cap, "=IF(%s=\"\",\"\",ORG.JIXIAO.FUNCTIONS.RULESCORE(%s,%s,%s))", a, a,
            t->cCrit >= 0 ? tpl_cell(r, t->cCrit).s : text_literal(ind->criteria, lit, sizeof lit), pt);
        return;
    }
    tpl_compiled(t->s, f, jx_formula_rule(&ind->sentence, &refs, 2, ind->criteria, f + 1, cap - 1, NULL));
}

/* Map records of one indicator row: the row's roles and its input cells. */
static void map_ind(t1 *t, const tpl_ind *ind, int r)
{
    tpl_book *b = t->s->book;
    char k[8][64];
    int rule = t->cCrit >= 0 && ind && (ind->rule == RULE_MANUAL || ind->rule == RULE_SENTENCE) &&
               ind->criteria[0];
    const char *akind = !ind ? "text" : ind->has_target ? (ind->target.q.percent ? "rate" : "count")
                        : ind->rule == RULE_QUAL ? "level" : "text";

    tpl_kv(k[0], sizeof k[0], "sheet=%s", t->s->name);
    tpl_book_map(b, "ind", k[0], tpl_kv(k[1], sizeof k[1], "target=%s", tpl_cell(r, E).s),
             tpl_kv(k[2], sizeof k[2], "actual=%s", tpl_cell(r, t->cF).s),
             tpl_kv(k[3], sizeof k[3], "points=%s", tpl_cell(r, t->cG).s),
             tpl_kv(k[4], sizeof k[4], "score=%s", tpl_cell(r, t->cH).s),
             tpl_kv(k[5], sizeof k[5], "reason=%s", tpl_cell(r, t->cI).s),
             rule ? tpl_kv(k[6], sizeof k[6], "rule=%s", tpl_cell(r, t->cCrit).s) : (char *)NULL, (char *)NULL);
    tpl_book_map(b, "input", k[0], tpl_kv(k[1], sizeof k[1], "cell=%s", tpl_cell(r, t->cF).s),
             tpl_kv(k[2], sizeof k[2], "kind=%s", akind), (char *)NULL);
    if ((!ind || !ind->has_target) && !rule_scored(t, ind))
        tpl_book_map(b, "input", k[0], tpl_kv(k[1], sizeof k[1], "cell=%s", tpl_cell(r, t->cH).s), "kind=score",
                 (char *)NULL);
    tpl_book_map(b, "input", k[0], tpl_kv(k[1], sizeof k[1], "cell=%s", tpl_cell(r, t->cI).s), "kind=text", (char *)NULL);
}

/* Map records of the totals: sums, grade and the tree. */
static void map_totals(t1 *t)
{
    tpl_book *b = t->s->book;
    char k[6][96], th[128], lb[300];
    int r = t->r_total, r1 = t->ind_first, r2 = t->r_total - 1;

    tpl_grade_lists(&t->p->grades, th, sizeof th, lb, sizeof lb);
    tpl_kv(k[0], sizeof k[0], "sheet=%s", t->s->name);
    tpl_book_map(b, "sum", k[0], tpl_kv(k[1], sizeof k[1], "cell=%s", tpl_cell(r, t->cH).s),
             tpl_kv(k[2], sizeof k[2], "parts=%s,%s:%s", tpl_cell(t->exec_row, t->exec_sc).s, tpl_cell(r1, t->cH).s,
                tpl_cell(r2, t->cH).s), (char *)NULL);
    tpl_book_map(b, "sum", k[0], tpl_kv(k[1], sizeof k[1], "cell=%s", tpl_cell(r, t->cG).s),
             tpl_kv(k[2], sizeof k[2], "parts=%s,%s:%s", tpl_cell(t->exec_row, t->exec_pc).s, tpl_cell(r1, t->cG).s,
                tpl_cell(r2, t->cG).s), "expected=100", (char *)NULL);
    tpl_book_map(b, "grade", k[0], tpl_kv(k[1], sizeof k[1], "cell=%s", tpl_cell(r + 1, B).s),
             tpl_kv(k[2], sizeof k[2], "total=%s", tpl_cell(r, t->cH).s),
             tpl_kv(k[3], sizeof k[3], "thresholds=%s", th), tpl_kv(k[4], sizeof k[4], "labels=%s", lb),
             (char *)NULL);
    tpl_book_map(b, "tree", k[0], tpl_kv(k[1], sizeof k[1], "l1=%s:%s", tpl_cell(r1, B).s, tpl_cell(r2, B).s),
             tpl_kv(k[2], sizeof k[2], "l2=%s:%s", tpl_cell(r1, C).s, tpl_cell(r2, C).s),
             tpl_kv(k[3], sizeof k[3], "leaves=%s:%s", tpl_cell(r1, t->cG).s, tpl_cell(r2, t->cG).s), (char *)NULL);
}

/* Score formula of a quantitative row. */
static void quant_score_formula(t1 *t, const tpl_ind *ind, int r, char *f, size_t cap)
{
    tpl_a1 aa = tpl_cell(r, t->cF), pa = tpl_cell(r, t->cG);
    const char *a = aa.s, *pt = pa.s;
    jx_formula_refs refs = {a, pt, NULL};
    jx_ind_opts o;

    if (t->p->formulas == TPL_FORMULAS_ADDIN) {
        static const char *const mode[] = {"prop", "half", "zero"};
        tpl_fml(t->s, f, cap, "=IF(%s=\"\",\"\",ORG.JIXIAO.FUNCTIONS.INDSCORE(%s,%s,%s,\"%s\"))",
            a, a, tpl_cell(r, E).s, pt, mode[ind->rule]);
        return;
    }
    jx_ind_opts_default(&o);
    o.miss = ind->rule == RULE_HALF ? JX_MISS_HALF : ind->rule == RULE_ZERO ? JX_MISS_ZERO : JX_MISS_PROP;
    tpl_compiled(t->s, f, jx_formula_ind_score(&ind->target, &o, &refs, f + 1, cap - 1));
}

/* The 校验 extra of a row with a numeric target: a percent typed as a number, 超额 without a reason. */
static void target_extra(t1 *t, const tpl_ind *ind, int r, char *extra, size_t cap)
{
    tpl_a1 ra = tpl_cell(r, t->cI), aa = tpl_cell(r, t->cF);
    const char *reason = ra.s, *a = aa.s;
    char comp[FML_MAX / 2], pc[FML_MAX / 2 + 32], over[FML_MAX], thr[16], unit[JX_MSG_MAX], pre[64];
    int row = r + 1;

    /* Completion only of a number: IF is lazy in every engine, AND is not. */
    if (jx_formula_completion(&ind->target, JX_REVERSE_AB, a, comp, sizeof comp) != JX_OK)
        tpl_compiled(t->s, comp, JX_ERR_TOO_LONG);
    snprintf(pc, sizeof pc, "ROUND((%s)*100,2)&\"%%\"", comp);
    snprintf(thr, sizeof thr, "\"%g%%\"", JX_OVER_DEFAULT * 100);
    tpl_msg_expr(row, JX_MSG_OVER_NO_REASON, pc, thr, NULL, over, sizeof over);
    tpl_row_prefix(row, pre, sizeof pre);
    snprintf(unit, sizeof unit, "%s%s", pre, jx_strerror(JX_ERR_PERCENT_UNIT, TPL_WORKBOOK_LANG));
    if (ind->target.q.percent)
        tpl_fml(t->s, extra, cap,
            "IF(NOT(ISNUMBER(%s)),\"\",IF(%s>10,\"%s\","
            "IF(AND(%s>=0,%s>=%g,%s=\"\"),%s,\"\")))",
            a, a, unit, a, comp, JX_OVER_DEFAULT, reason, over);
    else
        tpl_fml(t->s, extra, cap,
            "IF(NOT(ISNUMBER(%s)),\"\",IF(AND(%s>=0,%s>=%g,%s=\"\"),%s,\"\"))",
            a, a, comp, JX_OVER_DEFAULT, reason, over);
}

/*
 * The check a row adds to the common ones, by how it is scored (a
 * numeric target, a hand score next to a 评扣分标准, a sentence, a
 * national level); "\"\"" when none.
 */
static void ind_extra(t1 *t, const tpl_ind *ind, int r, char *extra, size_t cap)
{
    tpl_a1 ha = tpl_cell(r, t->cH), ga = tpl_cell(r, t->cG), aa = tpl_cell(r, t->cF);
    const char *h = ha.s, *g = ga.s, *a = aa.s;
    int row = r + 1;

    if (ind && ind->has_target) {
        target_extra(t, ind, r, extra, cap);
    } else if (t->p->formulas == TPL_FORMULAS_ADDIN && t->cCrit >= 0 &&
               (!ind || ind->rule == RULE_MANUAL) && !rule_scored(t, ind)) {
        /* A score given by hand next to a 评扣分标准: check it against the sentence. */
        tpl_a1 ca = tpl_cell(r, t->cCrit);
        const char *crit = ca.s;
        char chk[256], pre[64];
        snprintf(chk, sizeof chk, "ORG.JIXIAO.FUNCTIONS.CHECKRULE(%s,%s,%s,%s)", a, crit, g, h);
        tpl_fml(t->s, extra, cap,
            "IF(OR(%s=\"\",%s=\"\",NOT(ISNUMBER(%s))),\"\",IF(%s=\"\",\"\",\"%s\"&%s))",
            crit, a, h, chk, tpl_row_prefix(row, pre, sizeof pre), chk);
    } else if (rule_scored(t, ind)) {
        /* A filled actual the sentence cannot score leaves the score blank. */
        char m[256];
        tpl_msg_expr(row, JX_MSG_ACTUAL_UNREAD, NULL, NULL, NULL, m, sizeof m);
        tpl_fml(t->s, extra, cap, "IF(AND(LEN(%s)>0,NOT(ISNUMBER(%s))),%s,\"\")", a, h, m);
    } else if (ind && ind->rule == RULE_QUAL) {
        char m_list[256], m_range[256];
        tpl_msg_expr(row, JX_MSG_LEVEL_NOT_LISTED, NULL, NULL, NULL, m_list, sizeof m_list);
        tpl_msg_expr(row, JX_MSG_SCORE_OUTSIDE_LEVEL, NULL, NULL, NULL, m_range, sizeof m_range);
        tpl_fml(t->s, extra, cap,
            "IF(OR(%s=\"\",NOT(ISNUMBER(%s))),\"\",IF(ISNA(MATCH(%s,jx_levels,0)),%s,"
            "IF(OR(%s<ROUND(INDEX(jx_levels_lo,MATCH(%s,jx_levels,0))*%s,2),%s>ROUND(INDEX(jx_levels_hi,MATCH(%s,jx_levels,0))*%s,2)),"
            "%s,\"\")))",
            a, h, a, m_list, h, a, g, h, a, g, m_range);
    }
}

/*
 * The 校验 formula of an indicator row.  Order of checks follows
 * jx_check_scores, then the quantitative and qualitative extras.
 */
static void ind_check(t1 *t, const tpl_ind *ind, int r)
{
    char f[FML_MAX], extra[FML_MAX] = "\"\"";
    char m_none[256], m_above[384], m_neg[256], m_below[384], rh[48], rg[48];
    tpl_a1 ha = tpl_cell(r, t->cH), ga = tpl_cell(r, t->cG), ra = tpl_cell(r, t->cI);
    const char *h = ha.s, *g = ga.s, *reason = ra.s;
    int row = r + 1;

    ind_extra(t, ind, r, extra, sizeof extra);
    /* No score: why (the extra check, e.g. 96 typed for 96 %) comes first.
     * The texts are the core's (CHECKSCORES, CHECKINDICATOR, the audit). */
    snprintf(rh, sizeof rh, "ROUND(%s,2)", h);
    snprintf(rg, sizeof rg, "ROUND(SUM(%s),2)", g);
    tpl_msg_expr(row, JX_MSG_NO_SCORE, NULL, NULL, NULL, m_none, sizeof m_none);
    tpl_msg_expr(row, JX_MSG_SCORE_ABOVE, rh, rg, NULL, m_above, sizeof m_above);
    tpl_msg_expr(row, JX_MSG_SCORE_NEGATIVE, rh, NULL, NULL, m_neg, sizeof m_neg);
    tpl_msg_expr(row, JX_MSG_BELOW_NO_REASON, rh, rg, NULL, m_below, sizeof m_below);
    tpl_fml(t->s, f, sizeof f,
        "=IF(NOT(ISNUMBER(%s)),IF(%s<>\"\",%s,"
        "IF(AND(ISNUMBER(%s),%s>0,COUNT(%s:%s)>0),%s,\"\")),"
        "IF(%s>SUM(%s),%s,"
        "IF(%s<0,%s,"
        "IF(AND(%s<SUM(%s),%s=\"\"),%s,%s))))",
        h, extra, extra,
        g, g, tpl_acell(t->ind_first, t->cH).s, tpl_acell(t->ind_first + t->n - 1, t->cH).s, m_none,
        h, g, m_above,
        h, m_neg,
        h, g, reason, m_below, extra);
    tpl_check_cell(t->s, &t->k, r, f, "");
}

/* One indicator row from the spec (or a blank default row when ind == NULL). */
static void ind_row(t1 *t, const tpl_ind *ind, int r)
{
    tpl_sheet *s = t->s;
    char f[FML_MAX], vmsg[160];

    if (ind == NULL) {
        tpl_put_blank(s, r, D, F_IN_TEXT);
        tpl_put_blank(s, r, E, F_IN_TEXT_C);
        tpl_put_blank(s, r, t->cF, F_IN_TEXT_C);
        tpl_put_blank(s, r, t->cG, F_IN_NUM);
        tpl_put_blank(s, r, t->cH, F_IN_NUM);
        tpl_put_blank(s, r, t->cI, F_IN_TEXT);
        if (t->cCrit >= 0)
            tpl_put_blank(s, r, t->cCrit, F_IN_TEXT);
        tpl_valid_decimal(s, r, t->cG, r, t->cG, 0, 100, NULL, tpl_msg_text_in(TPL_M_V_POINTS, TPL_WORKBOOK_LANG),
                          jx_msg_text(JX_MSG_POINTS_RANGE, TPL_WORKBOOK_LANG));
        tpl_valid_decimal(s, r, t->cH, r, t->cH, 0, 0, tpl_fml(s, f, sizeof f, "=%s", tpl_cell(r, t->cG).s),
                      tpl_msg_text_in(TPL_M_V_SCORE, TPL_WORKBOOK_LANG),
                      jx_msg_text(JX_MSG_SCORE_RANGE, TPL_WORKBOOK_LANG));
        ind_check(t, NULL, r);
        map_ind(t, NULL, r);
        return;
    }
    tpl_put_text(s, r, D, ind->l3, F_LABEL_L);
    tpl_put_text(s, r, E, ind->target_text, F_LABEL);
    if (t->cCrit >= 0)
        tpl_put_text(s, r, t->cCrit, ind->criteria, F_LABEL_L);
    tpl_put_num(s, r, t->cG, ind->points, F_CONST_NUM);
    tpl_put_blank(s, r, t->cI, F_IN_TEXT);
    if (ind->has_target) {
        tpl_put_blank(s, r, t->cF, ind->target.q.percent ? F_IN_PCT : F_IN_NUM);
        tpl_msg_format_in(vmsg, sizeof vmsg, TPL_WORKBOOK_LANG,
                          ind->target.q.percent ? TPL_M_V_ACTUAL_PCT_PROMPT : TPL_M_V_ACTUAL_PROMPT);
        tpl_valid_decimal(s, r, t->cF, r, t->cF, 0, ind->target.q.percent ? 10 : 1e15, NULL,
                      tpl_msg_text_in(TPL_M_V_ACTUAL, TPL_WORKBOOK_LANG), vmsg);
        quant_score_formula(t, ind, r, f, sizeof f);
        tpl_put_fstr(s, r, t->cH, f, "", F_OUT_NUM);
    } else if (rule_scored(t, ind)) {
        tpl_put_blank(s, r, t->cF, F_IN_TEXT_C);
        sentence_score_formula(t, ind, r, f, sizeof f);
        tpl_put_fstr(s, r, t->cH, f, "", F_OUT_NUM);
    } else {
        if (ind->rule == RULE_QUAL) {
            tpl_put_blank(s, r, t->cF, F_IN_TEXT_C);
            tpl_valid_list(s, r, t->cF, r, t->cF, "=jx_levels",
                           tpl_msg_text_in(TPL_M_V_LEVEL_PROMPT, TPL_WORKBOOK_LANG));
        } else {
            tpl_put_blank(s, r, t->cF, F_IN_TEXT_C);
        }
        tpl_put_blank(s, r, t->cH, F_IN_NUM);
        tpl_valid_decimal(s, r, t->cH, r, t->cH, 0, 0, tpl_fml(s, f, sizeof f, "=%s", tpl_cell(r, t->cG).s),
                      tpl_msg_text_in(TPL_M_V_SCORE, TPL_WORKBOOK_LANG),
                      jx_msg_text(JX_MSG_SCORE_RANGE, TPL_WORKBOOK_LANG));
    }
    ind_check(t, ind, r);
    map_ind(t, ind, r);
}

/* Vertical merges of equal 一级 / 二级 names (from a spec or the default tree). */
static void tree_labels(t1 *t, const char *const *l1, const char *const *l2)
{
    tpl_sheet *s = t->s;
    int first = t->ind_first;

    for (int i = 0; i < t->n; i++) {
        int j = i;
        if (i > 0 && strcmp(l1[i], l1[i - 1]) == 0)
            continue;
        while (j + 1 < t->n && strcmp(l1[j + 1], l1[i]) == 0)
            j++;
        tpl_put_merge(s, first + i, B, first + j, B, l1[i], F_LABEL);
        for (int a = i; a <= j;) {
            int b = a;
            while (b + 1 <= j && strcmp(l2[b + 1], l2[a]) == 0)
                b++;
            tpl_put_merge(s, first + a, C, first + b, C, l2[a], F_LABEL);
            a = b + 1;
        }
    }
}

static void indicators(t1 *t)
{
    tpl_sheet *s = t->s;
    static const char *const national[] = {"一级指标", "二级指标", "三级指标", "年度指标值",
                                           "实际完成值", "评扣分标准", "分值", "得分",
                                           "偏差原因分析及改进措施", "校验"};
    const char *const *heads = t->heads ? t->heads : national;
    const tpl_spec *sp = t->p->spec;
    const char *l1[TPL_SPEC_MAX_ROWS], *l2[TPL_SPEC_MAX_ROWS];
    char f[64];

    t->n = sp ? (int)sp->n : (int)(DEFAULT_L2 * DEFAULT_ROWS_PER_L2);
    t->r_total = t->ind_first + t->n;
    tpl_put_merge(s, t->ind_head, A, t->r_total - 1, A, "绩效指标", F_HEAD);
    for (int i = 0, c = B; i < 10; i++) {
        if (i == 5 && t->cCrit < 0)
            continue;
        tpl_put_text(s, t->ind_head, c++, heads[i], F_HEAD);
    }
    for (int i = 0; i < t->n; i++) {
        l1[i] = sp ? sp->ind[i].l1 : default_tree[i / DEFAULT_ROWS_PER_L2].l1;
        l2[i] = sp ? sp->ind[i].l2 : default_tree[i / DEFAULT_ROWS_PER_L2].l2;
    }
    tree_labels(t, l1, l2);
    for (int i = 0; i < t->n; i++)
        ind_row(t, sp ? &sp->ind[i] : NULL, t->ind_first + i);
    tpl_cond_bad(s, t->ind_first, D, t->r_total - 1, t->cJ,
             tpl_fml(s, f, sizeof f, "=LEN(%s)>0", tpl_colabs(t->ind_first, t->cJ).s));
}

/* The 总分 row: points and scores summed with the execution row's. */
static void total_row(t1 *t, const char *pts, const char *scs, double sum_points)
{
    tpl_sheet *s = t->s;
    int r = t->r_total;
    char f[FML_MAX];

    tpl_put_merge(s, r, A, r, t->cG - 1, "总分", F_HEAD);
    tpl_fml(s, f, sizeof f, "=%s+SUM(%s)", tpl_cell(t->exec_row, t->exec_pc).s, pts);
    tpl_put_fnum(s, r, t->cG, f, jx_round(sum_points, 2), F_OUT_NUM);
    if (t->p->formulas == TPL_FORMULAS_ADDIN)
        tpl_fml(s, f, sizeof f, "=IF(COUNT(%s)=0,\"\",ROUND(SUM(%s)+ORG.JIXIAO.FUNCTIONS.SCORESUM(%s,%s),2))",
            scs, tpl_cell(t->exec_row, t->exec_sc).s, scs, pts);
    else
        tpl_fml(s, f, sizeof f, "=IF(COUNT(%s)=0,\"\",ROUND(SUM(%s)+SUM(%s),2))",
            scs, tpl_cell(t->exec_row, t->exec_sc).s, scs);
    tpl_put_fstr(s, r, t->cH, f, "", F_OUT_NUM);
    for (int c = t->cH + 1; c < t->cJ; c++)
        tpl_put_blank(s, r, c, F_LABEL);
}

/* Points must add up to 100 (execution 10 + indicators 90 by default). */
static void weights_check(t1 *t, const char *pts, double sum_points, int any_points)
{
    tpl_sheet *s = t->s;
    int r = t->r_total;
    char f[FML_MAX], msg[256] = "";

    if (t->p->formulas == TPL_FORMULAS_ADDIN) {
        tpl_fml(s, f, sizeof f, "=IF(COUNT(%s)=0,\"\",ORG.JIXIAO.FUNCTIONS.CHECKWEIGHTS(%s,100-%s))",
            pts, pts, tpl_cell(t->exec_row, t->exec_pc).s);
    } else {
        char m[256], rs[40];
        snprintf(rs, sizeof rs, "ROUND(%s,2)", tpl_cell(r, t->cG).s);
        tpl_msg_expr(r + 1, JX_MSG_WEIGHTS, rs, "100", NULL, m, sizeof m);
        tpl_fml(s, f, sizeof f, "=IF(COUNT(%s)=0,\"\",IF(ROUND(%s,2)<>100,%s,\"\"))",
            pts, tpl_cell(r, t->cG).s, m);
    }
    if (any_points && jx_round(sum_points, 2) != 100) {
        char n[40];
        jx_fmt_num(sum_points, 2, 0, n, sizeof n);
        tpl_check_text(r + 1, JX_MSG_WEIGHTS, n, "100", NULL, msg, sizeof msg);
    }
    tpl_check_cell(s, &t->k, r, f, msg);
    tpl_cond_bad(s, r, t->cG, r, t->cJ, tpl_fml(s, (char[64]){0}, 64, "=LEN(%s)>0", tpl_colabs(r, t->cJ).s));
}

/* 总分, 评价等次 and the summary. */
static void totals(t1 *t)
{
    tpl_sheet *s = t->s;
    const tpl_params *p = t->p;
    int r = t->r_total, r1 = t->ind_first, r2 = t->r_total - 1;
    char f[FML_MAX], pend[128];
    const char *pts = tpl_fml(s, (char[64]){0}, 64, "%s:%s", tpl_cell(r1, t->cG).s, tpl_cell(r2, t->cG).s);
    const char *scs = tpl_fml(s, (char[64]){0}, 64, "%s:%s", tpl_cell(r1, t->cH).s, tpl_cell(r2, t->cH).s);
    double sum_points = p->exec_points;
    tpl_val v = tpl_val_str("");

    for (size_t i = 0; p->spec && i < p->spec->n; i++)
        sum_points += p->spec->ind[i].points;
    total_row(t, pts, scs, sum_points);
    weights_check(t, pts, sum_points, p->spec != NULL);

    tpl_put_text(s, r + 1, A, "评价等次", F_HEAD);
    tpl_put_merge_f(s, r + 1, B, t->cI, tpl_grade_formula(p, tpl_cell(r, t->cH).s, f, sizeof f), &v, F_OUT_TEXT);
    tpl_put_blank(s, r + 1, t->cJ, F_CHECK);

    tpl_put_text(s, r + 2, A, "校验结果", F_HEAD);
    snprintf(pend, sizeof pend, "COUNT(%s)<COUNT(%s)", scs, pts);
    tpl_check_summary(s, &t->k, r + 2, B, t->cJ, p->spec ? pend : tpl_fml(s, (char[96]){0}, 96, "COUNT(%s)=0", scs),
                  1, jx_msg_text(JX_MSG_INCOMPLETE, TPL_WORKBOOK_LANG));
    tpl_row_height(s, r + 2, 30);

    tpl_put_merge(s, r + 3, A, r + 3, t->cJ,
              "说明：白色单元格由填报单位填写，其余单元格已锁定；“校验”列和“校验结果”提示填写中的问题。"
              "评价等次：90（含）-100分为优、80（含）-90分为良、60（含）-80分为中、60分以下为差。", F_NOTE);
    tpl_row_height(s, r + 3, 30);
    map_totals(t);
}

void tpl_table_zp(tpl_book *b, const tpl_params *p, const tpl_zp_kind *kind)
{
    t1 t;
    tpl_exec_cells e = tpl_layout_exec_cells(kind->fixed, kind->nfixed);

    memset(&t, 0, sizeof t);
    t.p = p;
    t.ind_head = kind->ind_head;
    t.ind_first = kind->ind_head + 1;
    t.cF = kind->c_actual, t.cCrit = kind->c_crit, t.cG = kind->c_points;
    t.cH = kind->c_score, t.cI = kind->c_reason, t.cJ = kind->c_check;
    t.exec_row = e.row, t.exec_pc = e.points, t.exec_sc = e.score;
    t.heads = kind->ind_heads;
    t.s = tpl_book_sheet(b, kind->sheet);
    if (t.s == NULL)
        return;
    tpl_define_levels(b);
    tpl_checks_init(&t.k, kind->c_check, kind->c_flag);
    tpl_layout_cells(t.s, p, &t.k, kind->fixed, kind->nfixed);
    indicators(&t);
    totals(&t);
    tpl_layout_widths(t.s, kind->widths, kind->nwidths);
    tpl_col_hide(t.s, kind->c_check + 1, kind->c_flag);
    worksheet_print_area(t.s->ws, 0, 0, (lxw_row_t)(t.r_total + 3), (lxw_col_t)kind->c_check);
    tpl_sheet_finish(t.s, kind->ind_head, kind->ind_head, p->password);
}
