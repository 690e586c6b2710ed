/*
 * kinds_pj.c - 项目支出绩效评价表 (seed 004, 五华区 附件1) as data: every
 * cell with its role (layout.h, kinds.h), in the order it is written,
 * interpreted by tpl_table_kind.  Project funds by source, then the 决策 /
 * 过程 / 产出 / 效益 scoring tree with stated 分值 at every level, 总分,
 * 评价等次 tick boxes, 问题和建议, 评价人员.
 *
 * Columns A..H as printed (the tree: 一级指标 | 分值 | 二级指标 | 分值 |
 * 三级指标 (E:F) | 分值 | 得分), I the 校验 column, J..L hidden helpers.
 *
 * The stated 一级 / 二级 分值 are inputs on purpose: 004 prints 40 and 60
 * for 决策 and 产出 whose children add up to 20 and 40, and only a table
 * that lets the evaluator type them can point at that mistake.  The tree
 * is the framework of 004 (云南省《项目支出绩效评价指标体系框架》): leaves
 * without a 三级指标 or 分值 are the department's to name and weigh;
 * 资金到位率 and 预算执行率 are scored by the core (EXECSCORE) from the
 * funds block.  Rows are 0-based sheet rows: the leaves are rows 21..39.
 */
#include "tables.h"
#include "kinds.h"

enum {
    T_ANNEX = 0, T_TITLE, T_YEAR, T_PROJECT, T_DEPT, T_LEADER, T_TYPE, T_FUND_HEAD,
    T_DETAIL1, T_DETAIL2, T_DETAIL3, T_TOTAL, T_SRC1, T_SRC2, T_SRC3, T_SRC4, T_SRC5,
    T_GOAL_HEAD, T_GOAL, T_SECTION2, T_TREE_HEAD, T_LEAF1, T_LEAF_LAST = T_LEAF1 + 18,
    T_SUM, T_GRADE, T_GRADE_NOTE, T_PROBLEMS, T_SIGNERS, T_SUMMARY = T_SIGNERS + 4,
    T_SIGN1, T_SIGN2, T_SIGN3, T_NOTE
};

static const char *const project_types[] = {"经常性项目（√）", "一次性项目（√）"};

/* 执行率 = 实际支出数 ÷ 实际到位数 must stay within 100 % on every funds row. */
static const tpl_test arrived_tests[] = {
    T(TEST_ABOVE_ONE, SELF(H), ONE(0, 0), JX_MSG_SPENT_OVER_ARRIVED, NULL),
};
/* The sources must add up to the 合计 in each column. */
#define SOURCES(x, label) T(TEST_PARTS_DIFFER, ONE(T_TOTAL, x), BOX(T_SRC1, x, T_SRC5, x), JX_MSG_SOURCES_MISMATCH, label)
static const tpl_test sources_tests[] = {
    SOURCES(E, "年初预算数"), SOURCES(F, "实际到位数"), SOURCES(G, "实际支出数"),
};
/* A funds row: what the money was for, three figures and the 执行率. */
#define FUND_ROW(y) \
    BLK(y, B, y, D, F_IN_TEXT), BLK(y, E, y, E, F_IN_MONEY), BLK(y, F, y, F, F_IN_MONEY), \
    BLK(y, G, y, G, F_IN_MONEY), RATIO(y, H, H, RATIO_RECEIVED, y, G, y, F), TESTS(y, I, arrived_tests)
#define SOURCE_ROW(y, label, fm) \
    TXT(y, B, y, D, label, fm), BLK(y, E, y, E, F_IN_MONEY), BLK(y, F, y, F, F_IN_MONEY), \
    BLK(y, G, y, G, F_IN_MONEY), RATIO(y, H, H, RATIO_RECEIVED, y, G, y, F), TESTS(y, I, arrived_tests)

/* A leaf's own checks (CHECKSCORES' texts), then its 二级 and 一级 groups' (jx_check_tree's). */
#define LEAF_TESTS \
    T(TEST_ABOVE_SUM, SELF(H), SELF(G), JX_MSG_SCORE_ABOVE, NULL), \
    T(TEST_NEGATIVE, SELF(H), ONE(0, 0), JX_MSG_SCORE_NEGATIVE, NULL), \
    T3(TEST_NO_SCORE, SELF(H), SELF(G), JX_MSG_NO_SCORE, NULL, BOX(T_LEAF1, H, T_LEAF_LAST, H))
#define TREE_TEST(y1, x, y2, name) \
    T3(TEST_TREE, ONE(y1, x), BOX(y1, G, y2, G), JX_MSG_TREE, name, BOX(T_LEAF1, x, T_LEAF_LAST, x))
#define LEAF_CHECK(y, tests) TESTS_SEG(y, I, tests, 3, 2)

static const tpl_test leaf_tests[] = {LEAF_TESTS};
static const tpl_test leaf21_tests[] = {LEAF_TESTS, TREE_TEST(21, D, 22, "项目立项"), TREE_TEST(21, B, 26, "决策")};
static const tpl_test leaf23_tests[] = {LEAF_TESTS, TREE_TEST(23, D, 24, "绩效目标")};
static const tpl_test leaf25_tests[] = {LEAF_TESTS, TREE_TEST(25, D, 26, "资金投入")};
static const tpl_test leaf27_tests[] = {LEAF_TESTS, TREE_TEST(27, D, 28, "资金管理"), TREE_TEST(27, B, 31, "过程")};
static const tpl_test leaf29_tests[] = {LEAF_TESTS, TREE_TEST(29, D, 29, "资金管理")};
static const tpl_test leaf30_tests[] = {LEAF_TESTS, TREE_TEST(30, D, 31, "组织实施")};
static const tpl_test leaf32_tests[] = {LEAF_TESTS, TREE_TEST(32, D, 32, "数量指标"), TREE_TEST(32, B, 35, "产出")};
static const tpl_test leaf33_tests[] = {LEAF_TESTS, TREE_TEST(33, D, 33, "质量指标")};
static const tpl_test leaf34_tests[] = {LEAF_TESTS, TREE_TEST(34, D, 34, "产出时效")};
static const tpl_test leaf35_tests[] = {LEAF_TESTS, TREE_TEST(35, D, 35, "产出成本")};
static const tpl_test leaf36_tests[] = {LEAF_TESTS, TREE_TEST(36, D, 36, "经济效益"), TREE_TEST(36, B, 39, "效益")};
static const tpl_test leaf37_tests[] = {LEAF_TESTS, TREE_TEST(37, D, 37, "社会效益")};
static const tpl_test leaf38_tests[] = {LEAF_TESTS, TREE_TEST(38, D, 38, "可持续影响")};
static const tpl_test leaf39_tests[] = {LEAF_TESTS, TREE_TEST(39, D, 39, "满意度")};

/* 总分: the 一级 points and all points add up to 100. */
static const tpl_test sum_tests[] = {
    T(TEST_SUM_NOT_100, ONE(T_SUM, B), ONE(0, 0), JX_MSG_L1_WEIGHTS, NULL),
    T3(TEST_NOT_100_IF, ONE(T_SUM, G), ONE(0, 0), JX_MSG_WEIGHTS, NULL, BOX(T_LEAF1 + 11, G, T_LEAF_LAST, G)),
};

/* A 评价人员 line to fill (the signature is written by hand on paper). */
#define SIGNER(y) \
    BLK(y, B, y, B, F_IN_TEXT_C), BLK(y, C, y, D, F_IN_TEXT_C), BLK(y, E, y, F, F_IN_TEXT_C), \
    BLK(y, G, y, H, F_LABEL), CHK0(y, I)

static const tpl_cellspec pj_cells[] = {
    LIST("jx_ptype", 0, project_types),
    LBL(T_ANNEX, A, "附件1：", F_NOTE),
    TXT(T_TITLE, A, T_TITLE, I, "项目支出绩效评价表", F_TITLE),
    YEAR_FMT(T_YEAR, A, I, "（ %s ）年度", F_SUBTITLE),
    LBL(T_PROJECT, A, "项目名称", F_LABEL), GIVEN(T_PROJECT, B, H, FIELD_PROJECT),
    LBL(T_DEPT, A, "主管部门", F_LABEL), GIVEN(T_DEPT, B, D, FIELD_DEPT),
    LBL(T_DEPT, E, "项目实施单位", F_LABEL), GIVEN(T_DEPT, F, H, FIELD_UNIT),
    LBL(T_LEADER, A, "项目负责人", F_LABEL), BLK(T_LEADER, B, T_LEADER, D, F_IN_TEXT),
    LBL(T_LEADER, E, "联系电话", F_LABEL), BLK(T_LEADER, F, T_LEADER, H, F_IN_TEXT),
    LBL(T_TYPE, A, "项目类型", F_LABEL), BLK(T_TYPE, B, T_TYPE, H, F_IN_TEXT_C),
    VALID_LIST(T_TYPE, B, "=jx_ptype", "请选择：经常性项目（√）或一次性项目（√）"),
    CHK0(T_PROJECT, I), CHK0(T_DEPT, I), CHK0(T_LEADER, I), CHK0(T_TYPE, I),
    HEIGHT(T_TITLE, 30),
    /* funds */
    TXT(T_FUND_HEAD, A, T_SRC5, A, "项目资金（万元）", F_HEAD),
    TXT(T_FUND_HEAD, B, T_FUND_HEAD, D, "项目支出明细内容", F_HEAD),
    LBL(T_FUND_HEAD, E, "年初预算数", F_HEAD), LBL(T_FUND_HEAD, F, "实际到位数", F_HEAD),
    LBL(T_FUND_HEAD, G, "实际支出数", F_HEAD), LBL(T_FUND_HEAD, H, "执行率", F_HEAD),
    LBL(T_FUND_HEAD, I, "校验", F_HEAD),
    GIVEN(T_DETAIL1, B, D, FIELD_PROJECT), MONEY(T_DETAIL1, E, FIELD_BUDGET_INITIAL),
    MONEY(T_DETAIL1, F, FIELD_RECEIVED), MONEY(T_DETAIL1, G, FIELD_SPENT),
    RATIO(T_DETAIL1, H, H, RATIO_RECEIVED, T_DETAIL1, G, T_DETAIL1, F), TESTS(T_DETAIL1, I, arrived_tests),
    FUND_ROW(T_DETAIL2), FUND_ROW(T_DETAIL3),
    TXT(T_TOTAL, B, T_TOTAL, D, "合      计", F_LABEL),
    SUM_BOX_F(T_TOTAL, E, E, T_DETAIL1, E, T_DETAIL3, E, F_OUT_MONEY, SUM_PLAIN),
    SUM_BOX_F(T_TOTAL, F, F, T_DETAIL1, F, T_DETAIL3, F, F_OUT_MONEY, SUM_PLAIN),
    SUM_BOX_F(T_TOTAL, G, G, T_DETAIL1, G, T_DETAIL3, G, F_OUT_MONEY, SUM_PLAIN),
    RATIO(T_TOTAL, H, H, RATIO_RECEIVED, T_TOTAL, G, T_TOTAL, F),
    TESTS(T_TOTAL, I, sources_tests),
    SOURCE_ROW(T_SRC1, "其中：中央财政", F_LABEL_L), SOURCE_ROW(T_SRC2, "省级财政", F_LABEL),
    SOURCE_ROW(T_SRC3, "市级财政", F_LABEL), SOURCE_ROW(T_SRC4, "区级财政", F_LABEL),
    SOURCE_ROW(T_SRC5, "其他", F_LABEL),
    VALID(T_DETAIL1, E, T_SRC5, G, VALID_MONEY),
    COND_BAD(T_DETAIL1, B, T_SRC5, I),
    /* 年度总体目标 and the heading of the tree */
    TXT(T_GOAL_HEAD, A, T_GOAL, A, "年度总体目标", F_HEAD),
    TXT(T_GOAL_HEAD, B, T_GOAL_HEAD, D, "预期目标", F_HEAD), TXT(T_GOAL_HEAD, E, T_GOAL_HEAD, H, "实际完成情况", F_HEAD),
    BLK(T_GOAL, B, T_GOAL, D, F_IN_TEXT), BLK(T_GOAL, E, T_GOAL, H, F_IN_TEXT),
    CHK0(T_GOAL_HEAD, I), CHK0(T_GOAL, I), HEIGHT(T_GOAL, 90),
    TXT(T_SECTION2, A, T_SECTION2, H, "二、绩效评价指标评分（参考）", F_LABEL_L), CHK0(T_SECTION2, I),
    /* the tree */
    LBL(T_TREE_HEAD, A, "一级指标", F_HEAD), LBL(T_TREE_HEAD, B, "分值", F_HEAD),
    LBL(T_TREE_HEAD, C, "二级指标", F_HEAD), LBL(T_TREE_HEAD, D, "分值", F_HEAD),
    TXT(T_TREE_HEAD, E, T_TREE_HEAD, F, "三级指标", F_HEAD), LBL(T_TREE_HEAD, G, "分值", F_HEAD),
    LBL(T_TREE_HEAD, H, "得分", F_HEAD), LBL(T_TREE_HEAD, I, "校验", F_HEAD),
    TXT(21, A, 26, A, "决策", F_LABEL), BLK(21, B, 26, B, F_IN_NUM), TXT(21, C, 22, C, "项目立项", F_LABEL), BLK(21, D, 22, D, F_IN_NUM), TXT(21, E, 21, F, "立项依据充分性", F_LABEL_L), NUM(21, G, 3), BLK(21, H, 21, H, F_IN_NUM), VALID_SCORE_OF(21, H, 21, G), LEAF_CHECK(21, leaf21_tests),
    TXT(22, E, 22, F, "立项程序规范性", F_LABEL_L), NUM(22, G, 3), BLK(22, H, 22, H, F_IN_NUM), VALID_SCORE_OF(22, H, 22, G), LEAF_CHECK(22, leaf_tests),
    TXT(23, C, 24, C, "绩效目标", F_LABEL), BLK(23, D, 24, D, F_IN_NUM), TXT(23, E, 23, F, "绩效目标合理性", F_LABEL_L), NUM(23, G, 3.5), BLK(23, H, 23, H, F_IN_NUM), VALID_SCORE_OF(23, H, 23, G), LEAF_CHECK(23, leaf23_tests),
    TXT(24, E, 24, F, "绩效指标明确性", F_LABEL_L), NUM(24, G, 3.5), BLK(24, H, 24, H, F_IN_NUM), VALID_SCORE_OF(24, H, 24, G), LEAF_CHECK(24, leaf_tests),
    TXT(25, C, 26, C, "资金投入", F_LABEL), BLK(25, D, 26, D, F_IN_NUM), TXT(25, E, 25, F, "预算编制科学性", F_LABEL_L), NUM(25, G, 3.5), BLK(25, H, 25, H, F_IN_NUM), VALID_SCORE_OF(25, H, 25, G), LEAF_CHECK(25, leaf25_tests),
    TXT(26, E, 26, F, "资金分配合理性", F_LABEL_L), NUM(26, G, 3.5), BLK(26, H, 26, H, F_IN_NUM), VALID_SCORE_OF(26, H, 26, G), LEAF_CHECK(26, leaf_tests),
    TXT(27, A, 31, A, "过程", F_LABEL), BLK(27, B, 31, B, F_IN_NUM), TXT(27, C, 28, C, "资金管理", F_LABEL), BLK(27, D, 28, D, F_IN_NUM), TXT(27, E, 27, F, "资金到位率", F_LABEL_L), NUM(27, G, 4), RATE_SCORE(27, H, T_TOTAL, F, T_TOTAL, E, G), LEAF_CHECK(27, leaf27_tests),
    TXT(28, E, 28, F, "预算执行率", F_LABEL_L), NUM(28, G, 4), RATE_SCORE(28, H, T_TOTAL, G, T_TOTAL, F, G), LEAF_CHECK(28, leaf_tests),
    TXT(29, C, 29, C, "资金管理", F_LABEL), BLK(29, D, 29, D, F_IN_NUM), TXT(29, E, 29, F, "资金使用合规性", F_LABEL_L), NUM(29, G, 6), BLK(29, H, 29, H, F_IN_NUM), VALID_SCORE_OF(29, H, 29, G), LEAF_CHECK(29, leaf29_tests),
    TXT(30, C, 31, C, "组织实施", F_LABEL), BLK(30, D, 31, D, F_IN_NUM), TXT(30, E, 30, F, "管理制度健全性", F_LABEL_L), NUM(30, G, 3), BLK(30, H, 30, H, F_IN_NUM), VALID_SCORE_OF(30, H, 30, G), LEAF_CHECK(30, leaf30_tests),
    TXT(31, E, 31, F, "制度执行有效性", F_LABEL_L), NUM(31, G, 3), BLK(31, H, 31, H, F_IN_NUM), VALID_SCORE_OF(31, H, 31, G), LEAF_CHECK(31, leaf_tests),
    TXT(32, A, 35, A, "产出", F_LABEL), BLK(32, B, 35, B, F_IN_NUM), TXT(32, C, 32, C, "数量指标", F_LABEL), BLK(32, D, 32, D, F_IN_NUM), BLK(32, E, 32, F, F_IN_TEXT), BLK(32, G, 32, G, F_IN_NUM), VALID(32, G, 32, G, VALID_POINTS), BLK(32, H, 32, H, F_IN_NUM), VALID_SCORE_OF(32, H, 32, G), LEAF_CHECK(32, leaf32_tests),
    TXT(33, C, 33, C, "质量指标", F_LABEL), BLK(33, D, 33, D, F_IN_NUM), BLK(33, E, 33, F, F_IN_TEXT), BLK(33, G, 33, G, F_IN_NUM), VALID(33, G, 33, G, VALID_POINTS), BLK(33, H, 33, H, F_IN_NUM), VALID_SCORE_OF(33, H, 33, G), LEAF_CHECK(33, leaf33_tests),
    TXT(34, C, 34, C, "产出时效", F_LABEL), BLK(34, D, 34, D, F_IN_NUM), BLK(34, E, 34, F, F_IN_TEXT), BLK(34, G, 34, G, F_IN_NUM), VALID(34, G, 34, G, VALID_POINTS), BLK(34, H, 34, H, F_IN_NUM), VALID_SCORE_OF(34, H, 34, G), LEAF_CHECK(34, leaf34_tests),
    TXT(35, C, 35, C, "产出成本", F_LABEL), BLK(35, D, 35, D, F_IN_NUM), BLK(35, E, 35, F, F_IN_TEXT), BLK(35, G, 35, G, F_IN_NUM), VALID(35, G, 35, G, VALID_POINTS), BLK(35, H, 35, H, F_IN_NUM), VALID_SCORE_OF(35, H, 35, G), LEAF_CHECK(35, leaf35_tests),
    TXT(36, A, 39, A, "效益", F_LABEL), BLK(36, B, 39, B, F_IN_NUM), TXT(36, C, 36, C, "经济效益", F_LABEL), BLK(36, D, 36, D, F_IN_NUM), BLK(36, E, 36, F, F_IN_TEXT), BLK(36, G, 36, G, F_IN_NUM), VALID(36, G, 36, G, VALID_POINTS), BLK(36, H, 36, H, F_IN_NUM), VALID_SCORE_OF(36, H, 36, G), LEAF_CHECK(36, leaf36_tests),
    TXT(37, C, 37, C, "社会效益", F_LABEL), BLK(37, D, 37, D, F_IN_NUM), BLK(37, E, 37, F, F_IN_TEXT), BLK(37, G, 37, G, F_IN_NUM), VALID(37, G, 37, G, VALID_POINTS), BLK(37, H, 37, H, F_IN_NUM), VALID_SCORE_OF(37, H, 37, G), LEAF_CHECK(37, leaf37_tests),
    TXT(38, C, 38, C, "可持续影响", F_LABEL), BLK(38, D, 38, D, F_IN_NUM), BLK(38, E, 38, F, F_IN_TEXT), BLK(38, G, 38, G, F_IN_NUM), VALID(38, G, 38, G, VALID_POINTS), BLK(38, H, 38, H, F_IN_NUM), VALID_SCORE_OF(38, H, 38, G), LEAF_CHECK(38, leaf38_tests),
    TXT(39, C, 39, C, "满意度", F_LABEL), BLK(39, D, 39, D, F_IN_NUM), BLK(39, E, 39, F, F_IN_TEXT), BLK(39, G, 39, G, F_IN_NUM), VALID(39, G, 39, G, VALID_POINTS), BLK(39, H, 39, H, F_IN_NUM), VALID_SCORE_OF(39, H, 39, G), LEAF_CHECK(39, leaf39_tests),
    VALID(T_LEAF1, B, T_LEAF_LAST, B, VALID_POINTS), VALID(T_LEAF1, D, T_LEAF_LAST, D, VALID_POINTS),
    COND_BAD(T_LEAF1, A, T_LEAF_LAST, I),
    /* 总分 */
    LBL(T_SUM, A, "总分", F_HEAD),
    SUM_BOX_F(T_SUM, B, B, T_LEAF1, B, T_LEAF_LAST, B, F_OUT_NUM, SUM_PLAIN), BLK(T_SUM, C, T_SUM, C, F_LABEL),
    SUM_BOX_F(T_SUM, D, D, T_LEAF1, D, T_LEAF_LAST, D, F_OUT_NUM, SUM_PLAIN), BLK(T_SUM, E, T_SUM, F, F_LABEL),
    TOTAL(T_SUM, G, T_LEAF1, T_LEAF_LAST),
    SUM_BOX_F(T_SUM, H, H, T_LEAF1, H, T_LEAF_LAST, H, F_OUT_NUM, SUM_INPUTS),
    TESTS(T_SUM, I, sum_tests),
    /* 评价等次: the label in a hidden helper, tick boxes for the print */
    TXT(T_GRADE, A, T_GRADE_NOTE, A, "评价等次", F_HEAD),
    GRADE_F(T_GRADE, J, J, T_SUM, H, F_HELPER),
    TICKS(T_GRADE, B, H, T_GRADE, J),
    TXT(T_GRADE_NOTE, B, T_GRADE_NOTE, H, "100-90（含）分为优、90-80（含）分为良、80-60（含）分为中、60分以下为差",
        F_LABEL_L),
    CHK0(T_GRADE, I), CHK0(T_GRADE_NOTE, I),
    LBL(T_PROBLEMS, A, "问题和建议", F_HEAD), BLK(T_PROBLEMS, B, T_PROBLEMS, H, F_IN_TEXT), CHK0(T_PROBLEMS, I),
    HEIGHT(T_PROBLEMS, 60),
    /* 评价人员 */
    TXT(T_SIGNERS, A, T_SIGNERS + 3, A, "评价人员", F_HEAD), LBL(T_SIGNERS, B, "姓名", F_HEAD),
    TXT(T_SIGNERS, C, T_SIGNERS, D, "职务/职称", F_HEAD), TXT(T_SIGNERS, E, T_SIGNERS, F, "单位", F_HEAD),
    TXT(T_SIGNERS, G, T_SIGNERS, H, "签字", F_HEAD), CHK0(T_SIGNERS, I),
    SIGNER(T_SIGNERS + 1), SIGNER(T_SIGNERS + 2), SIGNER(T_SIGNERS + 3),
    LBL(T_SUMMARY, A, "校验结果", F_HEAD),
    SUMMARY(T_SUMMARY, B, I, PEND_FEWER, T_LEAF1, G, T_LEAF_LAST, H),
    TXT(T_SIGN1, A, T_SIGN1, I, "填报人（签字）：                    年   月   日", F_NOTE),
    TXT(T_SIGN2, A, T_SIGN2, I, "评价组组长（签字）：                年   月   日", F_NOTE),
    TXT(T_SIGN3, A, T_SIGN3, I, "评价部门负责人（签字并盖章）：      年   月   日", F_NOTE),
    TXT(T_NOTE, A, T_NOTE, I,
        "注：绩效评价指标可参考《项目支出绩效评价指标体系框架》设置。执行率 = 实际支出数 ÷ 实际到位数；"
        "资金到位率 = 实际到位数 ÷ 年初预算数。", F_NOTE),
    /* map records: execution (÷ 实际到位, the 预算执行率 leaf), the sums, the grade and the tree */
    MAP(T_LEAF1 + 7, H, MAP_EXEC_RECEIVED), MAP(T_SUM, H, MAP_SUM), MAP(T_SUM, G, MAP_SUM_100),
    MAP(T_GRADE, J, MAP_GRADE), MAP_TREE_OF(T_LEAF1, T_LEAF_LAST),
};

static const tpl_colspec pj_widths[] = {
    {A, A, 12}, {B, B, 9}, {C, C, 14}, {D, D, 9}, {E, F, 14}, {G, H, 10}, {I, I, 30},
};

const tpl_kind tpl_kind_xmzc_pj = {
    "项目支出绩效评价表", pj_cells, COUNT(pj_cells), pj_widths, COUNT(pj_widths),
    I, L, T_NOTE, T_TREE_HEAD,
};
