/*
 * kinds_kh.c - 部门预算绩效管理工作考核评分表 (seed 001, 隆化县) as data:
 * every cell with its role (layout.h, kinds.h), in the order it is
 * written, interpreted by tpl_table_kind.  Six areas, 16 + 10 + 14 + 20 +
 * 25 + 15 = 100, each item scored by its rule:
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
 * Rows are 0-based sheet rows: the items are rows 5..30 (printed 6..31).
 */
#include "tables.h"
#include "kinds.h"

enum { K_HEAD = 4, K_FIRST = 5, K_LAST = 30, K_SUM, K_STATED, K_SUMMARY, K_NOTE };

/* An area (考核内容) and its points over rows y1..y2, with its 填报得分 input. */
#define AREA1(y1, y2, name, pts) \
    TXT(y1, A, y2, A, name, F_LABEL), NUM_M(y1, B, y2, pts), BLK(y1, J, y2, J, F_IN_NUM)
/* An indicator (考核指标) and its points over rows y1..y2. */
#define AREA2(y1, y2, name, pts) TXT(y1, C, y2, C, name, F_LABEL_L), NUM_M(y1, D, y2, pts)
/* An item scored by the evaluator within its points. */
#define ITEM_BY_HAND(y, rule, pts) \
    LBL(y, E, rule, F_LABEL_L), NUM(y, F, pts), LBL(y, G, "—", F_LABEL), LBL(y, H, "—", F_LABEL), \
    BLK(y, I, y, I, F_IN_NUM), VALID_SCORE_OF(y, I, y, F)
/* An item losing `per` points per time a duty was missed, down to 0. */
#define ITEM_DEDUCT(y, rule, pts, per) \
    LBL(y, E, rule, F_LABEL_L), NUM(y, F, pts), BLK(y, G, y, G, F_IN_NUM), LBL(y, H, "—", F_LABEL), \
    VALID(y, G, y, G, VALID_DEDUCTIONS), DEDUCT(y, I, G, F, per)
/* An item scored by the share done of what was due. */
#define ITEM_RATIO(y, rule, pts) \
    LBL(y, E, rule, F_LABEL_L), NUM(y, F, pts), BLK(y, G, y, G, F_IN_NUM), BLK(y, H, y, H, F_IN_NUM), \
    VALID(y, G, y, H, VALID_QUANTITY), RATIO_SCORE(y, I, G, H, F)
/* An item's 校验: its score within its points; on an area's first row also the stated 填报得分. */
#define ITEM_CHECK(y)              TESTS_SPLIT(y, K, item_tests, 2), HEIGHT(y, 30)
#define ITEM_CHECK_AREA(y, tests)  TESTS_SPLIT(y, K, tests, 2), HEIGHT(y, 30)
#define ITEM_TESTS \
    T(TEST_ABOVE, SELF(I), SELF(F), JX_MSG_SCORE_OVER_POINTS, NULL), \
    T(TEST_NEGATIVE, SELF(I), ONE(0, 0), JX_MSG_SOME_NEGATIVE, NULL)
#define AREA_TEST(y1, y2, name) T(TEST_STATED, ONE(y1, J), BOX(y1, I, y2, I), JX_MSG_AREA_STATED, name)

static const tpl_test item_tests[] = {ITEM_TESTS};
static const tpl_test area1_tests[] = {ITEM_TESTS, AREA_TEST(5, 9, "一、基础工作")};
static const tpl_test area2_tests[] = {ITEM_TESTS, AREA_TEST(10, 11, "二、事前绩效评估")};
static const tpl_test area3_tests[] = {ITEM_TESTS, AREA_TEST(12, 15, "三、绩效目标管理")};
static const tpl_test area4_tests[] = {ITEM_TESTS, AREA_TEST(16, 21, "四、绩效监控管理")};
static const tpl_test area5_tests[] = {ITEM_TESTS, AREA_TEST(22, 27, "五、绩效评价管理")};
static const tpl_test area6_tests[] = {ITEM_TESTS, AREA_TEST(28, 30, "六、绩效信息公开")};
/* 合计: points add up to 100 and the indicators' to the areas'. */
static const tpl_test sum_tests[] = {
    T(TEST_NOT_100, ONE(K_SUM, F), ONE(0, 0), JX_MSG_WEIGHTS, NULL),
    T(TEST_DIFFER_R2, ONE(K_SUM, D), ONE(K_SUM, B), JX_MSG_LEVEL_POINTS, NULL),
};
/* 填报总分 against the sum of the items (jx_check_total's message). */
static const tpl_test stated_tests[] = {
    T(TEST_STATED_TOTAL, ONE(K_STATED, I), ONE(K_SUM, I), JX_MSG_TOTAL, NULL),
};

static const tpl_cellspec kh_cells[] = {
    TXT(0, A, 0, K, "部门预算绩效管理工作考核评分表", F_TITLE),
    YEAR(1, A, K),
    PREFIXED(2, A, F, "被考核部门：", FIELD_UNIT, F_NOTE),
    TXT(2, G, 2, K, "考核时间：", F_NOTE),
    HEIGHT(0, 30),
    LBL(K_HEAD, A, "考核内容", F_HEAD), LBL(K_HEAD, B, "分值", F_HEAD), LBL(K_HEAD, C, "考核指标", F_HEAD),
    LBL(K_HEAD, D, "分值", F_HEAD), LBL(K_HEAD, E, "评分标准", F_HEAD), LBL(K_HEAD, F, "分值", F_HEAD),
    LBL(K_HEAD, G, "计分依据（次数/完成数）", F_HEAD), LBL(K_HEAD, H, "应完成数（总数）", F_HEAD),
    LBL(K_HEAD, I, "得分", F_HEAD), LBL(K_HEAD, J, "填报得分", F_HEAD), LBL(K_HEAD, K, "校验", F_HEAD),
    AREA1(5, 9, "一、基础工作", 16), AREA2(5, 6, "（一）组织保障", 3), ITEM_BY_HAND(5, "成立预算绩效管理领导小组得2分", 2), ITEM_CHECK_AREA(5, area1_tests),
    ITEM_BY_HAND(6, "部门明确专职人员的得1分", 1), ITEM_CHECK(6),
    AREA2(7, 7, "（二）制度建设", 3), ITEM_BY_HAND(7, "制定指导本部门预算绩效管理工作具体办法或操作细则的，每项1分，最高3分", 3), ITEM_CHECK(7),
    AREA2(8, 8, "（三）指标体系建设", 5), ITEM_BY_HAND(8, "借鉴使用分行业分领域指标体系，科学合理设定绩效目标；及时上报绩效目标申报表；开展日常监控；监控、评价与年初目标一致", 5), ITEM_CHECK(8),
    AREA2(9, 9, "（四）材料报送等", 5), ITEM_DEDUCT(9, "按时报送材料、参加会议培训的得5分，有一次未按要求完成的，扣1分，扣完为止", 5, 1), ITEM_CHECK(9),
    AREA1(10, 11, "二、事前绩效评估", 10), AREA2(10, 10, "（一）评估范围", 4), ITEM_RATIO(10, "开展事前绩效评估的项目数量/须开展事前绩效评估的数量×4分", 4), ITEM_CHECK_AREA(10, area2_tests),
    AREA2(11, 11, "（二）结果应用", 6), ITEM_BY_HAND(11, "及时开展事前绩效评估，报告内容完整、科学合理（不涉及此项的得6分）", 6), ITEM_CHECK(11),
    AREA1(12, 15, "三、绩效目标管理", 14), AREA2(12, 13, "（一）管理范围", 6), ITEM_RATIO(12, "按要求设置绩效目标的项目数量/项目总数×4分", 4), ITEM_CHECK_AREA(12, area3_tests),
    ITEM_BY_HAND(13, "按要求设置部门整体支出绩效目标的，加2分", 2), ITEM_CHECK(13),
    AREA2(14, 14, "（二）资金规模", 4), ITEM_RATIO(14, "设置绩效目标的项目支出金额/项目支出总额×4分", 4), ITEM_CHECK(14),
    AREA2(15, 15, "（三）目标质量", 4), ITEM_DEDUCT(15, "对绩效目标质量没有提出问题的得4分，每发现一个问题，扣1分，扣完为止", 4, 1), ITEM_CHECK(15),
    AREA1(16, 21, "四、绩效监控管理", 20), AREA2(16, 17, "（一）管理范围", 5), ITEM_RATIO(16, "开展1—6月份绩效监控的项目数量/项目总数×3分", 3), ITEM_CHECK_AREA(16, area4_tests),
    ITEM_BY_HAND(17, "开展部门整体支出绩效监控的，加2分", 2), ITEM_CHECK(17),
    AREA2(18, 18, "（二）结果反馈", 5), ITEM_DEDUCT(18, "按时报送绩效监控材料的得5分，逾期报送一天扣0.5分，扣完为止", 5, 0.5), ITEM_CHECK(18),
    AREA2(19, 21, "（三）结果应用", 10), ITEM_DEDUCT(19, "自行监控发现问题及时整改的得4分，有一项未及时整改的扣1分，扣完为止", 4, 1), ITEM_CHECK(19),
    ITEM_DEDUCT(20, "财政监控抽查未发现问题的得4分，每发现一项扣1分，扣完为止", 4, 1), ITEM_CHECK(20),
    ITEM_DEDUCT(21, "重点监控发现问题及时整改到位的得2分，每少一项扣1分，扣完为止", 2, 1), ITEM_CHECK(21),
    AREA1(22, 27, "五、绩效评价管理", 25), AREA2(22, 23, "（一）范围规模", 6), ITEM_RATIO(22, "开展绩效自评的项目数量/项目总数×3分", 3), ITEM_CHECK_AREA(22, area5_tests),
    ITEM_BY_HAND(23, "开展部门整体支出绩效自评的，得3分", 3), ITEM_CHECK(23),
    AREA2(24, 24, "（二）质量控制", 5), ITEM_DEDUCT(24, "未发现绩效自评结果不真实的得5分，每发现一个，扣1分，扣完为止", 5, 1), ITEM_CHECK(24),
    AREA2(25, 25, "（三）结果反馈", 5), ITEM_DEDUCT(25, "按时报送绩效自评报告的得5分，逾期报送一天扣0.5分，扣完为止", 5, 0.5), ITEM_CHECK(25),
    AREA2(26, 27, "（四）结果应用", 9), ITEM_DEDUCT(26, "评价发现问题及时整改的得5分，有一项未及时整改的扣1分，扣完为止", 5, 1), ITEM_CHECK(26),
    ITEM_BY_HAND(27, "将评价结果应用于预算申报、改进管理和完善政策的，得4分", 4), ITEM_CHECK(27),
    AREA1(28, 30, "六、绩效信息公开", 15), AREA2(28, 29, "（一）绩效目标公开", 10), ITEM_RATIO(28, "公开绩效目标的项目数量/非涉密项目总数×5分", 5), ITEM_CHECK_AREA(28, area6_tests),
    ITEM_BY_HAND(29, "公开部门整体绩效目标的，得5分", 5), ITEM_CHECK(29),
    AREA2(30, 30, "（二）评价结果公开", 5), ITEM_RATIO(30, "公开自评结果的项目数量/非涉密项目总数×5分", 5), ITEM_CHECK(30),

    VALID(K_FIRST, J, K_LAST, J, VALID_STATED_AREA),
    COND_BAD(K_FIRST, E, K_LAST, K),
    /* 合计 */
    LBL(K_SUM, A, "合计", F_HEAD), TOTAL(K_SUM, B, K_FIRST, K_LAST), BLK(K_SUM, C, K_SUM, C, F_LABEL),
    TOTAL(K_SUM, D, K_FIRST, K_LAST), BLK(K_SUM, E, K_SUM, E, F_LABEL), TOTAL(K_SUM, F, K_FIRST, K_LAST),
    BLK(K_SUM, G, K_SUM, G, F_LABEL), BLK(K_SUM, H, K_SUM, H, F_LABEL),
    SUM_BOX(K_SUM, I, I, K_FIRST, I, K_LAST, I, F_OUT_NUM), SUM_BOX(K_SUM, J, J, K_FIRST, J, K_LAST, J, F_OUT_NUM),
    TESTS(K_SUM, K, sum_tests),
    /* 填报总分 */
    TXT(K_STATED, A, K_STATED, H, "填报总分（报告中写明的总分）", F_HEAD),
    BLK(K_STATED, I, K_STATED, I, F_IN_NUM), BLK(K_STATED, J, K_STATED, J, F_LABEL),
    VALID(K_STATED, I, K_STATED, I, VALID_STATED_TOTAL),
    TESTS(K_STATED, K, stated_tests),
    COND_BAD(K_SUM, I, K_STATED, K),
    LBL(K_SUMMARY, A, "校验结果", F_HEAD),
    SUMMARY(K_SUMMARY, B, K, PEND_UNFILLED, K_FIRST, I, K_LAST, I),
    TXT(K_NOTE, A, K_NOTE, K,
        "说明：按比例计分的，应完成数为 0 表示不涉及此项考核，得满分；扣分项填写未按要求完成的次数或逾期天数，扣完为止。",
        F_NOTE),
    MAP(K_SUM, I, MAP_SUM), MAP(K_SUM, F, MAP_SUM_100),
};

static const tpl_colspec kh_widths[] = {
    {A, A, 12}, {B, B, 6}, {C, C, 14}, {D, D, 6}, {E, E, 40}, {F, F, 6}, {G, H, 11}, {I, J, 8}, {K, K, 28},
};

const tpl_kind tpl_kind_kh_pf = {
    "部门预算绩效管理工作考核评分表", kh_cells, COUNT(kh_cells), kh_widths, COUNT(kh_widths),
    K, N, K_NOTE, K_HEAD,
};
