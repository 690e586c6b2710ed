/*
 * kinds_bmzt.c - the two 部门整体 tables without an indicator block, as
 * data: every cell with its role (layout.h, kinds.h), in the order it is
 * written, interpreted by tpl_table_kind (layout.c, layout_roles.c).
 */
#include "tables.h"
#include "kinds.h"

/*
 * 部门整体支出绩效评价基础数据表 (seed 003, 附件 1-1): staffing and its
 * 控制率, 三公经费 / 项目支出 / 公用经费 for last year's 决算, this year's
 * 预算 and 决算, and the 楼堂馆所 control rates.
 *
 * Columns: A labels, B..G (values in pairs B:C, D:E, F:G as printed; the
 * 楼堂馆所 row uses the six columns singly), H 校验, I..K hidden.
 * Totals (三公经费, 公务用车, 项目支出, 本级专项资金) are sums of their
 * parts; 公用经费 is typed in, its "其中" lines being only some of it.
 */
enum {
    S_ANNEX = 0, S_TITLE, S_FILLER, S_STAFF_HEAD, S_STAFF, S_MONEY_HEAD,
    S_SANGONG, S_CAR, S_CAR_BUY, S_CAR_RUN, S_ABROAD, S_RECEPTION,
    S_PROJECTS, S_BUSINESS, S_OPERATION, S_SPECIAL, S_SPECIAL1,
    S_PUBLIC = S_SPECIAL1 + 3, S_OFFICE, S_UTIL, S_MEETING, S_PROCURE, S_ADJUST,
    S_BUILD_HEAD, S_BUILD, S_SAVING, S_NOTE, S_SIGN, S_SUMMARY
};

/* A money row: its label and three inputs (B:C, D:E, F:G). */
#define IN3(r)                                                                       \
    BLK(r, B, r, C, F_IN_MONEY), BLK(r, D, r, E, F_IN_MONEY), BLK(r, F, r, G, F_IN_MONEY)
#define MONEY3(r, label) LBL(r, A, label, F_LABEL_L), IN3(r)
/* A total row: its label and three sums of rows u1..u2, or of a list of rows. */
#define SUM3(r, label, u1, u2)                                                       \
    LBL(r, A, label, F_LABEL_L), SUM_BOX(r, B, C, u1, B, u2, B, F_OUT_MONEY),        \
    SUM_BOX(r, D, E, u1, D, u2, D, F_OUT_MONEY), SUM_BOX(r, F, G, u1, F, u2, F, F_OUT_MONEY)
#define SUM3_ROWS(r, label, rows)                                                    \
    LBL(r, A, label, F_LABEL_L), SUM_ROWS(r, B, C, rows, F_OUT_MONEY),               \
    SUM_ROWS(r, D, E, rows, F_OUT_MONEY), SUM_ROWS(r, F, G, rows, F_OUT_MONEY)
/* A 本级专项资金 line: its name is an input too. */
#define SPECIAL(r) BLK(r, A, r, A, F_IN_TEXT), IN3(r)

static const short sangong_rows[] = {S_CAR, S_ABROAD, S_RECEPTION};
static const short project_rows[] = {S_BUSINESS, S_OPERATION, S_SPECIAL};

static const tpl_test staff_tests[] = {
    T(TEST_ABOVE_ONE, ONE(S_STAFF, F), ONE(0, 0), JX_MSG_STAFF_OVER, NULL),
};
/* 三公经费: 决算 above 预算, 预算 above last year's 决算. */
static const tpl_test sangong_tests[] = {
    T(TEST_EXCEEDS_R2, ONE(S_SANGONG, F), ONE(S_SANGONG, D), JX_MSG_SANGONG_OVER_BUDGET, NULL),
    T(TEST_EXCEEDS_R2, ONE(S_SANGONG, D), ONE(S_SANGONG, B), JX_MSG_SANGONG_OVER_LAST, NULL),
};
/* 公用经费: its 其中 lines may be only part of it, never more, in each year. */
#define PUBLIC_PARTS(x) \
    T(TEST_PARTS_OVER, ONE(S_PUBLIC, x), BOX(S_OFFICE, x, S_MEETING, x), JX_MSG_PUBLIC_PARTS_OVER, NULL)
static const tpl_test public_tests[] = {PUBLIC_PARTS(B), PUBLIC_PARTS(D), PUBLIC_PARTS(F)};
static const tpl_test build_tests[] = {
    T(TEST_ABOVE_ONE, ONE(S_BUILD, D), ONE(0, 0), JX_MSG_SCALE_OVER, NULL),
    T(TEST_ABOVE_ONE, ONE(S_BUILD, G), ONE(0, 0), JX_MSG_INVEST_OVER, NULL),
};

static const tpl_cellspec jcsj_cells[] = {
    LBL(S_ANNEX, A, "附件 1-1", F_NOTE),
    TXT(S_TITLE, A, S_TITLE, H, "部门整体支出绩效评价基础数据表", F_TITLE),
    PREFIXED(S_FILLER, A, D, "填报单位：", FIELD_UNIT, F_NOTE),
    TXT(S_FILLER, E, S_FILLER, H, "填报时间：", F_NOTE),
    HEIGHT(S_TITLE, 30),
    /* staffing */
    TXT(S_STAFF_HEAD, A, S_STAFF, A, "财政供养人员情况", F_HEAD),
    TXT(S_STAFF_HEAD, B, S_STAFF_HEAD, C, "编制数", F_HEAD),
    YEAR_FMT(S_STAFF_HEAD, D, E, "%s 年实际在职人数", F_HEAD),
    TXT(S_STAFF_HEAD, F, S_STAFF_HEAD, G, "控制率", F_HEAD),
    LBL(S_STAFF_HEAD, H, "校验", F_HEAD),
    BLK(S_STAFF, B, S_STAFF, C, F_IN_NUM), BLK(S_STAFF, D, S_STAFF, E, F_IN_NUM),
    VALID(S_STAFF, B, S_STAFF, B, VALID_COUNT), VALID(S_STAFF, D, S_STAFF, D, VALID_COUNT),
    RATIO(S_STAFF, F, G, RATIO_CONTROL, S_STAFF, D, S_STAFF, B),
    TESTS(S_STAFF, H, staff_tests),
    MAP(S_STAFF, F, MAP_CONTROL),
    /* money: three years of figures, named after --year when given */
    LBL(S_MONEY_HEAD, A, "经费控制情况（万元）", F_HEAD),
    YEAR_PLUS(S_MONEY_HEAD, B, C, "%d 年决算数", -1, "上年决算数", F_HEAD),
    YEAR_PLUS(S_MONEY_HEAD, D, E, "%d 年预算数", 0, "本年预算数", F_HEAD),
    YEAR_PLUS(S_MONEY_HEAD, F, G, "%d 年决算数", 0, "本年决算数", F_HEAD),
    BLK(S_MONEY_HEAD, H, S_MONEY_HEAD, H, F_HEAD),
    SUM3_ROWS(S_SANGONG, "三公经费", sangong_rows),
    SUM3(S_CAR, "1、公务用车购置和维护经费", S_CAR_BUY, S_CAR_RUN),
    MONEY3(S_CAR_BUY, "其中：公车购置"),
    MONEY3(S_CAR_RUN, "公车运行维护"),
    MONEY3(S_ABROAD, "2、出国经费"),
    MONEY3(S_RECEPTION, "3、公务接待"),
    SUM3_ROWS(S_PROJECTS, "项目支出：", project_rows),
    MONEY3(S_BUSINESS, "1、业务工作经费"),
    MONEY3(S_OPERATION, "2、运行维护经费"),
    SUM3(S_SPECIAL, "3、本级专项资金（一个专项一行）", S_SPECIAL1, S_SPECIAL1 + 2),
    SPECIAL(S_SPECIAL1), SPECIAL(S_SPECIAL1 + 1), SPECIAL(S_SPECIAL1 + 2),
    MONEY3(S_PUBLIC, "公用经费："),
    MONEY3(S_OFFICE, "其中：办公经费"),
    MONEY3(S_UTIL, "水费、电费、差旅费"),
    MONEY3(S_MEETING, "会议费、培训费"),
    MONEY3(S_PROCURE, "政府采购金额"),
    MONEY3(S_ADJUST, "部门基本支出预算调整"),
    VALID(S_SANGONG, B, S_ADJUST, G, VALID_MONEY),
    TESTS(S_SANGONG, H, sangong_tests),
    CHK0(S_CAR, H), CHK0(S_CAR_BUY, H), CHK0(S_CAR_RUN, H), CHK0(S_ABROAD, H), CHK0(S_RECEPTION, H),
    CHK0(S_PROJECTS, H), CHK0(S_BUSINESS, H), CHK0(S_OPERATION, H), CHK0(S_SPECIAL, H),
    CHK0(S_SPECIAL1, H), CHK0(S_SPECIAL1 + 1, H), CHK0(S_SPECIAL1 + 2, H),
    TESTS(S_PUBLIC, H, public_tests),
    CHK0(S_OFFICE, H), CHK0(S_UTIL, H), CHK0(S_MEETING, H), CHK0(S_PROCURE, H), CHK0(S_ADJUST, H),
    COND_BAD(S_SANGONG, A, S_ADJUST, H),
    /* 楼堂馆所 */
    YEAR_FMT(S_BUILD_HEAD, A, A, "楼堂馆所控制情况（%s 年完工项目）", F_HEAD),
    LBL(S_BUILD_HEAD, B, "批复规模（m²）", F_HEAD), LBL(S_BUILD_HEAD, C, "实际规模（m²）", F_HEAD),
    LBL(S_BUILD_HEAD, D, "规模控制率", F_HEAD), LBL(S_BUILD_HEAD, E, "预算投资（万元）", F_HEAD),
    LBL(S_BUILD_HEAD, F, "实际投资（万元）", F_HEAD), LBL(S_BUILD_HEAD, G, "投资概算控制率", F_HEAD),
    BLK(S_BUILD_HEAD, H, S_BUILD_HEAD, H, F_HEAD),
    BLK(S_BUILD, A, S_BUILD, A, F_IN_TEXT), BLK(S_BUILD, B, S_BUILD, B, F_IN_NUM),
    BLK(S_BUILD, C, S_BUILD, C, F_IN_NUM), BLK(S_BUILD, E, S_BUILD, E, F_IN_MONEY),
    BLK(S_BUILD, F, S_BUILD, F, F_IN_MONEY),
    VALID(S_BUILD, B, S_BUILD, C, VALID_AREA), VALID(S_BUILD, E, S_BUILD, F, VALID_MONEY),
    RATIO(S_BUILD, D, D, RATIO_CONTROL, S_BUILD, C, S_BUILD, B),
    RATIO(S_BUILD, G, G, RATIO_CONTROL, S_BUILD, F, S_BUILD, E),
    TESTS(S_BUILD, H, build_tests),
    COND_BAD(S_BUILD, B, S_BUILD, H),
    LBL(S_SAVING, A, "厉行节约保障措施", F_HEAD),
    BLK(S_SAVING, B, S_SAVING, G, F_IN_TEXT), CHK0(S_SAVING, H),
    HEIGHT(S_SAVING, 45),
    /* notes and the summary */
    TXT(S_NOTE, A, S_NOTE, H,
        "说明：“公用经费”填报基本支出中的一般商品和服务支出；“项目支出”需要填报基本支出以外的所有项目支出情况，"
        "包括业务工作项目、运行维护项目和县级专项资金等。", F_NOTE),
    HEIGHT(S_NOTE, 30),
    TXT(S_SIGN, A, S_SIGN, H, "填表人：                联系电话：                单位负责人签字：", F_NOTE),
    LBL(S_SUMMARY, A, "校验结果", F_HEAD),
    SUMMARY(S_SUMMARY, B, H, PEND_TWO_INPUTS, S_STAFF, B, S_STAFF, D),
};

static const tpl_colspec jcsj_widths[] = {{A, A, 34}, {B, G, 11}, {H, H, 30}};

const tpl_kind tpl_kind_bmzt_jcsj = {
    "部门整体支出绩效评价基础数据表", jcsj_cells, COUNT(jcsj_cells), jcsj_widths, COUNT(jcsj_widths),
    H, K, S_SUMMARY, S_MONEY_HEAD,
};

/*
 * 部门整体支出绩效评价表 (seed 000, 合水县): basics, funds, result, the
 * seven areas.  Seed 000 reports 预算执行率 100 % = 实际支出 ÷ 实际到位资金
 * while only 774.79 of 889.39 budgeted arrived: against the budget it spent
 * 87.11 %.  The table shows both rates, each labelled with its base, and
 * the 校验 column says so whenever the two differ.  Its 得分率 row printed
 * the area scores as shares of 100 (13 % for 13 points); here 得分率 =
 * 得分 ÷ 分值 of each area, with the 分值 and 得分 rows it is computed from.
 *
 * Columns: A section, B row label, C..I the seven areas, J 合计, K 校验,
 * L..N hidden helpers.
 */
enum {
    P_TITLE = 0, P_YEAR, P_SEC1, P_NAME, P_YEARTYPE, P_ENTRUST, P_OBJECT, P_PURPOSE,
    P_BUDGET, P_PROV, P_COUNTY, P_SPENT, P_RATE, P_RATE_BUDGET, P_SEC4, P_RESULT,
    P_AREA_HEAD, P_AREA_POINTS, P_AREA_SCORE, P_AREA_RATE, P_PROBLEMS, P_ADVICE,
    P_OTHER, P_SUMMARY, P_NOTE
};

/* 预算安排 and 实际到位 must equal their 其中 levels of government. */
static const tpl_test levels_tests[] = {
    T(TEST_PARTS_DIFFER, ONE(P_BUDGET, C), BOX(P_PROV, C, P_COUNTY, C), JX_MSG_LEVELS_MISMATCH, "预算安排资金"),
    T(TEST_PARTS_DIFFER, ONE(P_BUDGET, H), BOX(P_PROV, H, P_COUNTY, H), JX_MSG_LEVELS_MISMATCH, "实际到位资金"),
};
static const tpl_test spent_tests[] = {
    T(TEST_EXCEEDS, ONE(P_SPENT, C), ONE(P_BUDGET, H), JX_MSG_SPENT_OVER_RECEIVED, NULL),
};
/* The 000 mistake: 100 % against funds received, less against the budget. */
static const tpl_test rates_tests[] = {
    T(TEST_RATES_DIFFER, ONE(P_RATE, C), ONE(P_RATE_BUDGET, C), JX_MSG_RATES_DIFFER, NULL),
};
static const tpl_test points_tests[] = {
    T(TEST_NOT_100, ONE(P_AREA_POINTS, J), ONE(0, 0), JX_MSG_WEIGHTS, NULL),
};
static const tpl_test scores_tests[] = {
    T(TEST_SOME_ABOVE, BOX(P_AREA_SCORE, C, P_AREA_SCORE, I), BOX(P_AREA_POINTS, C, P_AREA_POINTS, I),
     JX_MSG_SOME_ABOVE, NULL),
    T(TEST_SOME_NEGATIVE, BOX(P_AREA_SCORE, C, P_AREA_SCORE, I), ONE(0, 0), JX_MSG_SOME_NEGATIVE, NULL),
};

/* One of the seven areas: 分值 and 得分 inputs, 得分率 = 得分 ÷ 分值. */
#define AREA(x)                                                                        \
    BLK(P_AREA_POINTS, x, P_AREA_POINTS, x, F_IN_NUM), BLK(P_AREA_SCORE, x, P_AREA_SCORE, x, F_IN_NUM), \
    RATIO(P_AREA_RATE, x, x, RATIO_PLAIN, P_AREA_SCORE, x, P_AREA_POINTS, x),            \
    VALID_SCORE_OF(P_AREA_SCORE, x, P_AREA_POINTS, x)
/* 五、六、七: a text to write. */
#define TAIL(r, label) \
    LBL(r, A, label, F_HEAD), BLK(r, B, r, J, F_IN_TEXT), CHK0(r, K), HEIGHT(r, 45)

static const tpl_cellspec bmpj_cells[] = {
    TXT(P_TITLE, A, P_TITLE, K, "部门整体支出绩效评价表", F_TITLE),
    YEAR(P_YEAR, A, K),
    TXT(P_SEC1, A, P_SEC1, K, "一、项目基本情况", F_LABEL_L),
    TXT(P_NAME, A, P_OBJECT, A, "基 本 情 况", F_HEAD),
    LBL(P_NAME, B, "项目名称", F_LABEL), GIVEN(P_NAME, C, J, FIELD_EVAL_NAME),
    LBL(P_YEARTYPE, B, "评价年度", F_LABEL), GIVEN(P_YEARTYPE, C, E, FIELD_YEAR_TEXT),
    TXT(P_YEARTYPE, F, P_YEARTYPE, G, "评价类型", F_LABEL), BLK(P_YEARTYPE, H, P_YEARTYPE, J, F_IN_TEXT),
    LBL(P_ENTRUST, B, "委托评价单位", F_LABEL), BLK(P_ENTRUST, C, P_ENTRUST, E, F_IN_TEXT),
    TXT(P_ENTRUST, F, P_ENTRUST, G, "评价机构名称", F_LABEL), BLK(P_ENTRUST, H, P_ENTRUST, J, F_IN_TEXT),
    LBL(P_OBJECT, B, "评价对象名称", F_LABEL), BLK(P_OBJECT, C, P_OBJECT, J, F_IN_TEXT),
    LBL(P_PURPOSE, A, "实 施 目 的", F_HEAD), BLK(P_PURPOSE, B, P_PURPOSE, J, F_IN_TEXT),
    HEIGHT(P_PURPOSE, 80), HEIGHT(P_TITLE, 30),
    CHK0(P_NAME, K), CHK0(P_YEARTYPE, K), CHK0(P_ENTRUST, K), CHK0(P_OBJECT, K), CHK0(P_PURPOSE, K),
    /* funds: given figures or inputs, 结转结余 and the three ratios */
    TXT(P_BUDGET, A, P_RATE_BUDGET, A, "资 金 情 况（万元）", F_HEAD),
    LBL(P_BUDGET, B, "预算安排资金", F_LABEL), MONEY_M(P_BUDGET, C, E, FIELD_BUDGET),
    TXT(P_BUDGET, F, P_BUDGET, G, "实际到位资金", F_LABEL), MONEY_M(P_BUDGET, H, J, FIELD_RECEIVED),
    LBL(P_PROV, B, "其中：省级财政", F_LABEL), BLK(P_PROV, C, P_PROV, E, F_IN_MONEY),
    TXT(P_PROV, F, P_PROV, G, "其中：省级财政", F_LABEL), BLK(P_PROV, H, P_PROV, J, F_IN_MONEY),
    LBL(P_COUNTY, B, "县级财政", F_LABEL), BLK(P_COUNTY, C, P_COUNTY, E, F_IN_MONEY),
    TXT(P_COUNTY, F, P_COUNTY, G, "县级财政", F_LABEL), BLK(P_COUNTY, H, P_COUNTY, J, F_IN_MONEY),
    LBL(P_SPENT, B, "实际支出资金", F_LABEL), MONEY_M(P_SPENT, C, E, FIELD_SPENT),
    TXT(P_SPENT, F, P_SPENT, G, "结转结余资金", F_LABEL),
    DIFF(P_SPENT, H, J, P_BUDGET, H, P_SPENT, C),
    LBL(P_RATE, B, "预算执行率（实际支出÷实际到位）", F_LABEL),
    RATIO(P_RATE, C, E, RATIO_EXEC, P_SPENT, C, P_BUDGET, H),
    TXT(P_RATE, F, P_RATE, G, "资金到位率（实际到位÷预算安排）", F_LABEL),
    RATIO(P_RATE, H, J, RATIO_FUND, P_BUDGET, H, P_BUDGET, C),
    LBL(P_RATE_BUDGET, B, "预算执行率（实际支出÷预算安排）", F_LABEL),
    RATIO(P_RATE_BUDGET, C, E, RATIO_EXEC, P_SPENT, C, P_BUDGET, C),
    TXT(P_RATE_BUDGET, F, P_RATE_BUDGET, J, "按实际到位资金计算的执行率不能代替按预算安排资金计算的执行率",
        F_LABEL_L),
    VALID(P_BUDGET, C, P_SPENT, C, VALID_MONEY), VALID(P_BUDGET, H, P_COUNTY, H, VALID_MONEY),
    TESTS(P_BUDGET, K, levels_tests), CHK0(P_PROV, K), CHK0(P_COUNTY, K),
    TESTS(P_SPENT, K, spent_tests),
    TESTS(P_RATE, K, rates_tests), CHK0(P_RATE_BUDGET, K),
    COND_BAD(P_BUDGET, B, P_RATE_BUDGET, K),
    /* 综合评价结论: the score and the grade of the total */
    TXT(P_SEC4, A, P_SEC4, K, "四、评价结论和绩效分析", F_LABEL_L),
    LBL(P_RESULT, A, "综合评价结论", F_HEAD), LBL(P_RESULT, B, "评价得分", F_LABEL),
    COPY(P_RESULT, C, E, P_AREA_SCORE, J),
    TXT(P_RESULT, F, P_RESULT, G, "评价等级", F_LABEL),
    GRADE(P_RESULT, H, J, P_AREA_SCORE, J),
    CHK0(P_RESULT, K),
    /* 绩效分析: points and scores by area (inputs), their sums and 得分率 */
    TXT(P_AREA_HEAD, A, P_AREA_RATE, A, "绩效分析", F_HEAD),
    LBL(P_AREA_HEAD, B, "指标", F_HEAD),
    LBL(P_AREA_HEAD, C, "部门规划", F_HEAD), LBL(P_AREA_HEAD, D, "运行成本", F_HEAD),
    LBL(P_AREA_HEAD, E, "管理效率", F_HEAD), LBL(P_AREA_HEAD, F, "履职效能", F_HEAD),
    LBL(P_AREA_HEAD, G, "社会效益", F_HEAD), LBL(P_AREA_HEAD, H, "可持续发展能力", F_HEAD),
    LBL(P_AREA_HEAD, I, "服务对象满意度", F_HEAD),
    LBL(P_AREA_HEAD, J, "合计", F_HEAD), LBL(P_AREA_HEAD, K, "校验", F_HEAD),
    LBL(P_AREA_POINTS, B, "分值", F_LABEL), LBL(P_AREA_SCORE, B, "得分", F_LABEL),
    LBL(P_AREA_RATE, B, "得分率", F_LABEL),
    AREA(C), AREA(D), AREA(E), AREA(F),
    AREA(G), AREA(H), AREA(I),
    VALID(P_AREA_POINTS, C, P_AREA_POINTS, I, VALID_POINTS),
    SUM_BOX(P_AREA_POINTS, J, J, P_AREA_POINTS, C, P_AREA_POINTS, I, F_OUT_NUM),
    SUM_BOX(P_AREA_SCORE, J, J, P_AREA_SCORE, C, P_AREA_SCORE, I, F_OUT_NUM),
    RATIO(P_AREA_RATE, J, J, RATIO_PLAIN, P_AREA_SCORE, J, P_AREA_POINTS, J),
    /* points add up to 100; no score above its points or negative */
    TESTS_IF(P_AREA_POINTS, K, points_tests, P_AREA_POINTS, C, P_AREA_POINTS, I),
    TESTS(P_AREA_SCORE, K, scores_tests),
    CHK0(P_AREA_RATE, K),
    COND_BAD(P_AREA_POINTS, C, P_AREA_SCORE, K),
    TAIL(P_PROBLEMS, "五、存在的问题"), TAIL(P_ADVICE, "六、有关意见建议"),
    TAIL(P_OTHER, "七、其他需要说明的事项"),
    LBL(P_SUMMARY, A, "校验结果", F_HEAD),
    SUMMARY(P_SUMMARY, B, K, PEND_SCORES, P_AREA_POINTS, C, P_AREA_SCORE, I),
    MAP(P_RATE, H, MAP_FUND), MAP(P_AREA_SCORE, J, MAP_SUM), MAP(P_AREA_POINTS, J, MAP_SUM_100),
    MAP(P_RESULT, H, MAP_GRADE),
    TXT(P_NOTE, A, P_NOTE, K,
        "说明：得分率 = 得分 ÷ 分值。评价等级：90（含）-100分为优、80（含）-90分为良、60（含）-80分为中、60分以下为差。",
        F_NOTE),
};

static const tpl_colspec bmpj_widths[] = {{A, A, 11}, {B, B, 16}, {C, I, 10}, {J, J, 9}, {K, K, 30}};

const tpl_kind tpl_kind_bmzt_pj = {
    "部门整体支出绩效评价表", bmpj_cells, COUNT(bmpj_cells), bmpj_widths, COUNT(bmpj_widths),
    K, N, P_NOTE, P_AREA_HEAD,
};
