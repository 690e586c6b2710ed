/*
 * zp_kinds.c - the self-evaluation tables (自评表) as data: each fixed part
 * cell for cell with its role (layout.h), in the order it is written, and
 * the columns of the indicator block (tables.h, tpl_zp_kind).  table_zp.c
 * writes them; docs/TEMPLATES.md says how to add a province's variant.
 */
#include "tables.h"
#include "kinds.h"

/*
 * 项目支出绩效自评表 (财预〔2020〕10号 附件2).  Columns A..I as printed,
 * J the 校验 column, K..M hidden helpers (M: the check flags).
 *
 *   附件2
 *   项目支出绩效自评表            (A:J)
 *   （ 2024 年度 ）
 *   项目名称 | B:I
 *   主管部门 | B:D | 实施单位 | F:I
 *   项目资金（万元）| — | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 (H:I)
 *     年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金
 *   年度总体目标 | 预期目标 (B:E) | 实际完成情况 (F:I)
 *   绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
 *   总分 (A:F) | 分值合计 | 总得分
 *   评价等次 | B:I
 *   校验结果 | B:J
 */
enum {
    R_ANNEX = 0, R_TITLE, R_YEAR, R_PROJECT, R_DEPT, R_FUND_HEAD,
    R_FUND_TOTAL, R_FUND_FISCAL, R_FUND_CARRY, R_FUND_OTHER,
    R_GOAL_HEAD, R_GOAL, R_IND_HEAD
};

/* A 其中 row of the 项目 table: inputs and a rate; points and score "—" as printed. */
#define FUND_PART(r, label) \
    LBL(r, B, label, F_LABEL), BLK(r, C, r, C, F_IN_MONEY), BLK(r, D, r, D, F_IN_MONEY), \
    BLK(r, E, r, E, F_IN_MONEY), LBL(r, F, "—", F_LABEL), RATE(r, G), \
    TXT(r, H, r, I, "—", F_LABEL), CHECK(r, J, CHECK_PART, 0, 0, 0, 0)

static const tpl_cellspec xmzc_zp_fixed[] = {
    LBL(R_ANNEX, A, "附件2", F_NOTE),
    TXT(R_TITLE, A, R_TITLE, J, "项目支出绩效自评表", F_TITLE),
    YEAR(R_YEAR, A, J),
    LBL(R_PROJECT, A, "项目名称", F_LABEL),
    GIVEN(R_PROJECT, B, I, FIELD_PROJECT),
    LBL(R_DEPT, A, "主管部门", F_LABEL),
    GIVEN(R_DEPT, B, D, FIELD_DEPT),
    LBL(R_DEPT, E, "实施单位", F_LABEL),
    GIVEN(R_DEPT, F, I, FIELD_UNIT),
    CHK0(R_PROJECT, J), CHK0(R_DEPT, J),
    HEIGHT(R_TITLE, 30),
    /* funds */
    TXT(R_FUND_HEAD, A, R_FUND_OTHER, A, "项目资金（万元）", F_HEAD),
    BLK(R_FUND_HEAD, B, R_FUND_HEAD, B, F_HEAD),
    LBL(R_FUND_HEAD, C, "年初预算数", F_HEAD), LBL(R_FUND_HEAD, D, "全年预算数", F_HEAD),
    LBL(R_FUND_HEAD, E, "全年执行数", F_HEAD), LBL(R_FUND_HEAD, F, "分值", F_HEAD),
    LBL(R_FUND_HEAD, G, "执行率", F_HEAD),
    TXT(R_FUND_HEAD, H, R_FUND_HEAD, I, "得分", F_HEAD),
    LBL(R_FUND_HEAD, J, "校验", F_HEAD),
    LBL(R_FUND_TOTAL, B, "年度资金总额", F_LABEL),
    MONEY(R_FUND_TOTAL, C, FIELD_BUDGET_INITIAL), MONEY(R_FUND_TOTAL, D, FIELD_BUDGET),
    MONEY(R_FUND_TOTAL, E, FIELD_SPENT), POINTS(R_FUND_TOTAL, F), RATE(R_FUND_TOTAL, G),
    EXEC_SCORE(R_FUND_TOTAL, H, I),
    CHECK(R_FUND_TOTAL, J, CHECK_EXEC_PARTS, R_FUND_FISCAL, 0, R_FUND_OTHER, 0),
    FUND_PART(R_FUND_FISCAL, "其中：当年财政拨款"),
    FUND_PART(R_FUND_CARRY, "上年结转资金"),
    FUND_PART(R_FUND_OTHER, "其他资金"),
    VALID_MONEY(R_FUND_TOTAL, C, R_FUND_OTHER, E),
    COND_BAD(R_FUND_TOTAL, C, R_FUND_OTHER, J),
    MAP_EXEC,
    /* goals */
    TXT(R_GOAL_HEAD, A, R_GOAL, A, "年度总体目标", F_HEAD),
    TXT(R_GOAL_HEAD, B, R_GOAL_HEAD, E, "预期目标", F_HEAD),
    TXT(R_GOAL_HEAD, F, R_GOAL_HEAD, I, "实际完成情况", F_HEAD),
    BLK(R_GOAL, B, R_GOAL, E, F_IN_TEXT), BLK(R_GOAL, F, R_GOAL, I, F_IN_TEXT),
    CHK0(R_GOAL_HEAD, J), CHK0(R_GOAL, J),
    HEIGHT(R_GOAL, 80),
};

static const tpl_colspec xmzc_zp_widths[] = {
    {A, A, 10}, {B, B, 12}, {C, C, 14}, {D, D, 22}, {E, F, 12}, {G, H, 8}, {I, I, 24}, {J, J, 28},
};

const tpl_zp_kind tpl_kind_xmzc_zp = {
    "项目支出绩效自评表", xmzc_zp_fixed, COUNT(xmzc_zp_fixed), R_IND_HEAD,
    F, -1, G, H, I, J, M, xmzc_zp_widths, COUNT(xmzc_zp_widths), NULL,
};

/*
 * 部门整体支出绩效自评表 (seed 003, 附件 1-2).  Columns A..J as printed
 * (G: 评扣分标准), K the 校验 column, L..N hidden helpers.
 */
enum {
    Q_ANNEX = 0, Q_TITLE, Q_YEAR, Q_FILLER, Q_DEPT, Q_FUND_HEAD, Q_FUND_TOTAL,
    Q_BY_TYPE, Q_TYPE1, Q_TYPE2, Q_TYPE3, Q_TYPE4, Q_GOAL_HEAD, Q_GOAL, Q_IND_HEAD
};

/* An income-type row (left) and an expense-type input or an empty pair (right). */
#define TYPE_ROW(r, income) \
    LBL(r, B, income, F_LABEL_L), BLK(r, C, r, E, F_IN_MONEY)
#define TYPE_EXPENSE(r, label) \
    TXT(r, F, r, G, label, F_LABEL_L), BLK(r, H, r, J, F_IN_MONEY)
#define TYPE_EMPTY(r) \
    BLK(r, F, r, G, F_LABEL), BLK(r, H, r, J, F_LABEL)

static const tpl_cellspec bmzt_zp_fixed[] = {
    LBL(Q_ANNEX, A, "附件 1-2", F_NOTE),
    TXT(Q_TITLE, A, Q_TITLE, K, "部门整体支出绩效自评表", F_TITLE),
    YEAR(Q_YEAR, A, K),
    PREFIXED(Q_FILLER, A, E, "填报单位（盖章）：", FIELD_UNIT, F_NOTE),
    TXT(Q_FILLER, G, Q_FILLER, K, "填报时间：", F_NOTE),
    LBL(Q_DEPT, A, "预算部门名称", F_LABEL),
    GIVEN(Q_DEPT, B, J, FIELD_DEPT),
    CHK0(Q_DEPT, K),
    HEIGHT(Q_TITLE, 30),
    /* funds */
    TXT(Q_FUND_HEAD, A, Q_TYPE4, A, "年度预算申请（万元）", F_HEAD),
    BLK(Q_FUND_HEAD, B, Q_FUND_HEAD, B, F_HEAD),
    LBL(Q_FUND_HEAD, C, "年初预算数（万元）", F_HEAD), LBL(Q_FUND_HEAD, D, "全年预算数（万元）", F_HEAD),
    LBL(Q_FUND_HEAD, E, "全年执行数（万元）", F_HEAD), LBL(Q_FUND_HEAD, F, "分值", F_HEAD),
    LBL(Q_FUND_HEAD, G, "执行率", F_HEAD),
    TXT(Q_FUND_HEAD, H, Q_FUND_HEAD, J, "得分", F_HEAD),
    LBL(Q_FUND_HEAD, K, "校验", F_HEAD),
    LBL(Q_FUND_TOTAL, B, "年度资金总额：", F_LABEL),
    MONEY(Q_FUND_TOTAL, C, FIELD_BUDGET_INITIAL), MONEY(Q_FUND_TOTAL, D, FIELD_BUDGET),
    MONEY(Q_FUND_TOTAL, E, FIELD_SPENT), POINTS(Q_FUND_TOTAL, F), RATE(Q_FUND_TOTAL, G),
    EXEC_SCORE(Q_FUND_TOTAL, H, J),
    CHECK(Q_FUND_TOTAL, K, CHECK_EXEC, 0, 0, 0, 0),
    /* by income type (left) and by expense type (right) */
    LBL(Q_BY_TYPE, B, "按收入性质分：", F_LABEL_L),
    BLK(Q_BY_TYPE, C, Q_BY_TYPE, E, F_LABEL),
    TXT(Q_BY_TYPE, F, Q_BY_TYPE, G, "按支出性质分：", F_LABEL_L),
    BLK(Q_BY_TYPE, H, Q_BY_TYPE, J, F_LABEL),
    CHK0(Q_BY_TYPE, K),
    TYPE_ROW(Q_TYPE1, "一般公共预算："), TYPE_EXPENSE(Q_TYPE1, "其中：基本支出："),
    TYPE_ROW(Q_TYPE2, "政府性基金拨款："), TYPE_EMPTY(Q_TYPE2),
    TYPE_ROW(Q_TYPE3, "纳入专户管理的非税收入拨款："), TYPE_EXPENSE(Q_TYPE3, "项目支出："),
    TYPE_ROW(Q_TYPE4, "其他资金"), TYPE_EMPTY(Q_TYPE4),
    VALID_MONEY(Q_FUND_TOTAL, C, Q_FUND_TOTAL, E),
    VALID_MONEY(Q_TYPE1, C, Q_TYPE4, C),
    VALID_MONEY(Q_TYPE1, H, Q_TYPE1, H),
    VALID_MONEY(Q_TYPE3, H, Q_TYPE3, H),
    CHECK(Q_TYPE1, K, CHECK_INCOME, Q_TYPE1, C, Q_TYPE4, C),
    CHK0(Q_TYPE2, K),
    CHECK(Q_TYPE3, K, CHECK_EXPENSE, Q_TYPE1, H, Q_TYPE3, H),
    CHK0(Q_TYPE4, K),
    COND_BAD(Q_FUND_TOTAL, C, Q_TYPE4, K),
    MAP_EXEC,
    /* goals */
    TXT(Q_GOAL_HEAD, A, Q_GOAL, A, "年度总体目标", F_HEAD),
    TXT(Q_GOAL_HEAD, B, Q_GOAL_HEAD, E, "预期目标", F_HEAD),
    TXT(Q_GOAL_HEAD, F, Q_GOAL_HEAD, J, "实际完成情况", F_HEAD),
    BLK(Q_GOAL, B, Q_GOAL, E, F_IN_TEXT), BLK(Q_GOAL, F, Q_GOAL, J, F_IN_TEXT),
    CHK0(Q_GOAL_HEAD, K), CHK0(Q_GOAL, K),
    HEIGHT(Q_GOAL, 110),
};

static const tpl_colspec bmzt_zp_widths[] = {
    {A, A, 10}, {B, B, 16}, {C, C, 14}, {D, D, 20}, {E, F, 11}, {G, G, 24}, {H, I, 8}, {J, J, 22},
    {K, K, 28},
};

const tpl_zp_kind tpl_kind_bmzt_zp = {
    "部门整体支出绩效自评表", bmzt_zp_fixed, COUNT(bmzt_zp_fixed), Q_IND_HEAD,
    F, G, H, I, J, K, N, bmzt_zp_widths, COUNT(bmzt_zp_widths), NULL,
};

/*
 * 部门预算项目支出绩效自评表 as 四川省大英县 publishes it (2023 年度, e.g.
 * 大英县司法局 "2023年全县安可替代补助资金项目"; source named in
 * docs/TEMPLATES.md).  It differs from the national table: a 项目基本情况
 * block (年度目标 and 实施内容), the funds as 预算执行情况 with 年初预算 |
 * 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 (rate before
 * points) over 总额 and four 其中 rows, and the indicator heads 指标值 /
 * 完成值 / 权重 / 未完成原因分析.  Its 指标性质 and 度量单位 columns are
 * kept inside 指标值 ("≥50个"), as the spec gives a target.  Columns A..I
 * as printed, J the 校验 column, K..M hidden helpers.
 */
enum {
    V_TITLE = 0, V_YEAR, V_PROJECT, V_DEPT, V_BASIC_HEAD, V_BASIC_GOAL, V_BASIC_WORK,
    V_FUND_HEAD, V_FUND_TOTAL, V_FUND_FISCAL, V_FUND_SPECIAL, V_FUND_UNIT, V_FUND_OTHER,
    V_IND_HEAD
};

/* A 其中 row of the 大英县 table: inputs and a rate; 权重 and 得分 "/" as printed. */
#define SC_PART(r, label) \
    LBL(r, B, label, F_LABEL), BLK(r, C, r, C, F_IN_MONEY), BLK(r, D, r, D, F_IN_MONEY), \
    BLK(r, E, r, E, F_IN_MONEY), RATE(r, F), LBL(r, G, "/", F_LABEL), LBL(r, H, "/", F_LABEL), \
    CHECK(r, J, CHECK_PART, 0, 0, 0, 0)

static const tpl_cellspec xmzc_zp_sc_fixed[] = {
    TXT(V_TITLE, A, V_TITLE, J, "部门预算项目支出绩效自评表", F_TITLE),
    YEAR(V_YEAR, A, J),
    LBL(V_PROJECT, A, "项目名称", F_LABEL),
    GIVEN(V_PROJECT, B, I, FIELD_PROJECT),
    LBL(V_DEPT, A, "主管部门", F_LABEL),
    GIVEN(V_DEPT, B, D, FIELD_DEPT),
    LBL(V_DEPT, E, "实施单位", F_LABEL),
    GIVEN(V_DEPT, F, I, FIELD_UNIT),
    CHK0(V_PROJECT, J), CHK0(V_DEPT, J),
    HEIGHT(V_TITLE, 30),
    /* 项目基本情况 */
    TXT(V_BASIC_HEAD, A, V_BASIC_WORK, A, "项目基本情况", F_HEAD),
    TXT(V_BASIC_HEAD, B, V_BASIC_HEAD, E, "1.项目年度目标", F_HEAD),
    TXT(V_BASIC_HEAD, F, V_BASIC_HEAD, I, "年度目标完成情况", F_HEAD),
    BLK(V_BASIC_GOAL, B, V_BASIC_GOAL, E, F_IN_TEXT), BLK(V_BASIC_GOAL, F, V_BASIC_GOAL, I, F_IN_TEXT),
    TXT(V_BASIC_WORK, B, V_BASIC_WORK, C, "2.项目实施内容及过程概述", F_LABEL),
    BLK(V_BASIC_WORK, D, V_BASIC_WORK, I, F_IN_TEXT),
    CHK0(V_BASIC_HEAD, J), CHK0(V_BASIC_GOAL, J), CHK0(V_BASIC_WORK, J),
    HEIGHT(V_BASIC_GOAL, 60), HEIGHT(V_BASIC_WORK, 60),
    /* 预算执行情况 */
    TXT(V_FUND_HEAD, A, V_FUND_OTHER, A, "预算执行情况", F_HEAD),
    LBL(V_FUND_HEAD, B, "年度预算数（万元）", F_HEAD),
    LBL(V_FUND_HEAD, C, "年初预算", F_HEAD), LBL(V_FUND_HEAD, D, "调整后预算数", F_HEAD),
    LBL(V_FUND_HEAD, E, "预算执行数", F_HEAD), LBL(V_FUND_HEAD, F, "预算执行率", F_HEAD),
    LBL(V_FUND_HEAD, G, "权重", F_HEAD), LBL(V_FUND_HEAD, H, "得分", F_HEAD),
    LBL(V_FUND_HEAD, I, "原因", F_HEAD), LBL(V_FUND_HEAD, J, "校验", F_HEAD),
    LBL(V_FUND_TOTAL, B, "总额", F_LABEL),
    MONEY(V_FUND_TOTAL, C, FIELD_BUDGET_INITIAL), MONEY(V_FUND_TOTAL, D, FIELD_BUDGET),
    MONEY(V_FUND_TOTAL, E, FIELD_SPENT), RATE(V_FUND_TOTAL, F), POINTS(V_FUND_TOTAL, G),
    EXEC_SCORE(V_FUND_TOTAL, H, H),
    BLK(V_FUND_TOTAL, I, V_FUND_OTHER, I, F_IN_TEXT),
    CHECK(V_FUND_TOTAL, J, CHECK_EXEC_PARTS, V_FUND_FISCAL, 0, V_FUND_OTHER, 0),
    SC_PART(V_FUND_FISCAL, "其中：财政资金"),
    SC_PART(V_FUND_SPECIAL, "财政专户管理资金"),
    SC_PART(V_FUND_UNIT, "单位资金"),
    SC_PART(V_FUND_OTHER, "其他资金"),
    VALID_MONEY(V_FUND_TOTAL, C, V_FUND_OTHER, E),
    COND_BAD(V_FUND_TOTAL, C, V_FUND_OTHER, J),
    MAP_EXEC,
};

static const tpl_colspec xmzc_zp_sc_widths[] = {
    {A, A, 10}, {B, B, 14}, {C, C, 14}, {D, D, 22}, {E, E, 12}, {F, F, 11}, {G, H, 8}, {I, I, 24},
    {J, J, 28},
};

static const char *const xmzc_zp_sc_heads[] = {
    "一级指标", "二级指标", "三级指标", "指标值", "完成值", "评扣分标准", "权重", "得分",
    "未完成原因分析", "校验",
};

const tpl_zp_kind tpl_kind_xmzc_zp_sc = {
    "部门预算项目支出绩效自评表", xmzc_zp_sc_fixed, COUNT(xmzc_zp_sc_fixed), V_IND_HEAD,
    F, -1, G, H, I, J, M, xmzc_zp_sc_widths, COUNT(xmzc_zp_sc_widths), xmzc_zp_sc_heads,
};
