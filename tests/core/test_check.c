/*
 * test_check.c - the checks that tell a clerk what is wrong in a table,
 * on the errors the seed reports really contain.
 */
#include "testutil.h"

#define ZH JX_LANG_ZH
#define EN JX_LANG_EN

static char msg[JX_MSG_MAX];

/* --- jx_check_weights ------------------------------------------------- */

static void weights_add_up(void **state)
{
    /* 自评表: 预算执行 10 + 产出 50 + 效益 30 + 满意度 10. */
    const double w[4] = {10, 50, 30, 10};
    /* 002 医疗救助: 10 + 20+20+10+10+10+10+5+5. */
    const double w2[9] = {10, 20, 20, 10, 10, 10, 10, 5, 5};
    /* 004 leaves: 3+3+3.5+3.5+3.5+3.5 + 4+4+6+3+3 + 20+10+10 + 5+5+10. */
    const double w4[17] = {3, 3, 3.5, 3.5, 3.5, 3.5, 4, 4, 6, 3, 3,
                           20, 10, 10, 5, 5, 10};

    (void)state;
    strcpy(msg, "junk");
    assert_jx_ok(jx_check_weights(w, 4, 100, ZH, msg, sizeof msg));
    assert_str_eq(msg, "");
    assert_jx_ok(jx_check_weights(w2, 9, 100, EN, msg, sizeof msg));
    assert_str_eq(msg, "");
    assert_jx_ok(jx_check_weights(w4, 17, 100, ZH, msg, sizeof msg));
    assert_jx_ok(jx_check_weights(w, 3, 90, ZH, msg, sizeof msg));
    assert_jx_ok(jx_check_weights(NULL, 0, 0, ZH, msg, sizeof msg));
}

static void weights_do_not_add_up(void **state)
{
    const double w[4] = {10, 45, 30, 10};
    const double tenths[3] = {33.3, 33.3, 33.3};

    (void)state;
    assert_jx_err(jx_check_weights(w, 4, 100, ZH, msg, sizeof msg), JX_ERR_RANGE);
    assert_str_eq(msg, "分值合计 95，应为 100");
    assert_jx_err(jx_check_weights(w, 4, 100, EN, msg, sizeof msg), JX_ERR_RANGE);
    assert_str_eq(msg, "points add up to 95, expected 100");
    assert_jx_err(jx_check_weights(tenths, 3, 100, ZH, msg, sizeof msg), JX_ERR_RANGE);
    assert_str_eq(msg, "分值合计 99.9，应为 100");
    assert_jx_err(jx_check_weights(w, 0, 100, ZH, msg, sizeof msg), JX_ERR_RANGE);
    assert_str_eq(msg, "分值合计 0，应为 100");
}

/* Decimal weights summing in binary to 99.99999999999999 still add up. */
static void weights_binary_sums(void **state)
{
    double w[10];
    int i;

    (void)state;
    for (i = 0; i < 10; i++)
        w[i] = 10.1;
    w[9] = 100 - 9 * 10.1;
    assert_jx_ok(jx_check_weights(w, 10, 100, ZH, msg, sizeof msg));
    assert_str_eq(msg, "");
}

static void weights_negative_first(void **state)
{
    const double w[4] = {10, -5, 95, -1};

    (void)state;
    /* Two negatives and a sum of 99: three problems, the first reported. */
    assert_jx_err(jx_check_weights(w, 4, 100, ZH, msg, sizeof msg), JX_ERR_NEGATIVE);
    assert_str_eq(msg, "第2行：分值 -5 为负数（共 3 处）");
    assert_jx_err(jx_check_weights(w, 4, 100, EN, msg, sizeof msg), JX_ERR_NEGATIVE);
    assert_str_eq(msg, "row 2: points -5 are negative (3 problems)");
}

static void weights_argument_errors(void **state)
{
    const double w[2] = {50, NAN};

    (void)state;
    assert_jx_err(jx_check_weights(w, 2, 100, ZH, msg, sizeof msg), JX_ERR_NOT_FINITE);
    assert_str_eq(msg, jx_strerror(JX_ERR_NOT_FINITE, ZH));
    assert_jx_err(jx_check_weights(w, 1, INFINITY, EN, msg, sizeof msg), JX_ERR_NOT_FINITE);
    assert_str_eq(msg, jx_strerror(JX_ERR_NOT_FINITE, EN));
    assert_jx_err(jx_check_weights(NULL, 2, 100, EN, msg, sizeof msg), JX_ERR_RANGE);
    /* cap 0: nothing written, code still returned. */
    assert_jx_err(jx_check_weights(w, 2, 100, EN, NULL, 0), JX_ERR_NOT_FINITE);
}

/* --- jx_check_total --------------------------------------------------- */

/* 001 隆化县: six areas at full marks add up to 100, the report says 98. */
static void total_seed_001(void **state)
{
    const double parts[6] = {16, 10, 14, 20, 25, 15};

    (void)state;
    assert_jx_err(jx_check_total(parts, 6, 98, ZH, msg, sizeof msg), JX_ERR_RANGE);
    assert_str_eq(msg, "各项合计 100，与填报的总分 98 不符");
    assert_jx_err(jx_check_total(parts, 6, 98, EN, msg, sizeof msg), JX_ERR_RANGE);
    assert_str_eq(msg, "parts add up to 100, stated total is 98");
    assert_jx_ok(jx_check_total(parts, 6, 100, ZH, msg, sizeof msg));
    assert_str_eq(msg, "");
}

/* 000 合水县 89.5 and 003 衡阳县 94.48 agree with their parts. */
static void total_seeds_000_003(void **state)
{
    const double p0[7] = {13, 13, 11, 25.5, 8, 9, 10};
    const double p3[2] = {4.48, 90};

    (void)state;
    assert_jx_ok(jx_check_total(p0, 7, 89.5, ZH, msg, sizeof msg));
    assert_jx_ok(jx_check_total(p3, 2, 94.48, ZH, msg, sizeof msg));
    assert_jx_err(jx_check_total(p0, 7, 89.49, ZH, msg, sizeof msg), JX_ERR_RANGE);
    assert_str_eq(msg, "各项合计 89.5，与填报的总分 89.49 不符");
    /* Compared after rounding to 2 decimals: 94.475 stated shows as 94.48. */
    assert_jx_ok(jx_check_total(p3, 2, 94.475, ZH, msg, sizeof msg));
    assert_jx_err(jx_check_total(p3, 2, NAN, ZH, msg, sizeof msg), JX_ERR_NOT_FINITE);
}

/* --- jx_check_scores -------------------------------------------------- */

static void scores_all_fine(void **state)
{
    const jx_score_row rows[4] = {
        {10, 10, 1, 0},    /* full marks: no reason needed */
        {4.48, 10, 1, 1},  /* 003: below with a reason */
        {0, 0, 0, 0},      /* 其中… sub-row, blank */
        {5, 5, 1, -1},
    };

    (void)state;
    assert_jx_ok(jx_check_scores(rows, 4, ZH, msg, sizeof msg));
    assert_str_eq(msg, "");
}

static void scores_each_problem(void **state)
{
    jx_score_row row[1];

    (void)state;
    row[0] = (jx_score_row){9, 8, 1, 1};
    assert_jx_err(jx_check_scores(row, 1, ZH, msg, sizeof msg), JX_ERR_SCORE_RANGE);
    assert_str_eq(msg, "第1行：得分 9 高于分值 8");
    assert_jx_err(jx_check_scores(row, 1, EN, msg, sizeof msg), JX_ERR_SCORE_RANGE);
    assert_str_eq(msg, "row 1: score 9 is above the points 8");
    row[0] = (jx_score_row){-1, 8, 1, 1};
    assert_jx_err(jx_check_scores(row, 1, ZH, msg, sizeof msg), JX_ERR_SCORE_RANGE);
    assert_str_eq(msg, "第1行：得分 -1 为负数");
    assert_jx_err(jx_check_scores(row, 1, EN, msg, sizeof msg), JX_ERR_SCORE_RANGE);
    assert_str_eq(msg, "row 1: score -1 is negative");
    row[0] = (jx_score_row){0, 8, 0, 1};
    assert_jx_err(jx_check_scores(row, 1, ZH, msg, sizeof msg), JX_ERR_EMPTY);
    assert_str_eq(msg, "第1行：未填写得分");
    assert_jx_err(jx_check_scores(row, 1, EN, msg, sizeof msg), JX_ERR_EMPTY);
    assert_str_eq(msg, "row 1: no score");
    row[0] = (jx_score_row){6, 8, 1, 0};
    assert_jx_err(jx_check_scores(row, 1, ZH, msg, sizeof msg), JX_ERR_EMPTY);
    assert_str_eq(msg, "第1行：得分 6 低于分值 8，未填写偏差原因");
    assert_jx_err(jx_check_scores(row, 1, EN, msg, sizeof msg), JX_ERR_EMPTY);
    assert_str_eq(msg, "row 1: score 6 is below the points 8 and no reason for the shortfall is given");
    /* No reasons column: the shortfall is not a problem. */
    row[0].has_reason = -1;
    assert_jx_ok(jx_check_scores(row, 1, ZH, msg, sizeof msg));
    /* A sub-row (其中…) that was scored although it has no points. */
    row[0] = (jx_score_row){2, 0, 1, 1};
    assert_jx_err(jx_check_scores(row, 1, ZH, msg, sizeof msg), JX_ERR_SCORE_RANGE);
    assert_str_eq(msg, "第1行：得分 2 高于分值 0");
    row[0] = (jx_score_row){2, -3, 1, 1};
    assert_jx_err(jx_check_scores(row, 1, ZH, msg, sizeof msg), JX_ERR_NEGATIVE);
    assert_str_eq(msg, "第1行：分值 -3 为负数");
}

/* 001: one item worth 5 says "该项得3分" with no reason: row order and count. */
static void scores_first_problem_and_count(void **state)
{
    const jx_score_row rows[5] = {
        {3, 3, 1, 0}, {3, 3, 1, 0}, {3, 5, 1, 0}, {5, 5, 1, 0}, {6, 5, 1, 1},
    };

    (void)state;
    assert_jx_err(jx_check_scores(rows, 5, ZH, msg, sizeof msg), JX_ERR_EMPTY);
    assert_str_eq(msg, "第3行：得分 3 低于分值 5，未填写偏差原因（共 2 处）");
    assert_jx_err(jx_check_scores(rows, 5, EN, msg, sizeof msg), JX_ERR_EMPTY);
    assert_str_eq(msg, "row 3: score 3 is below the points 5 and no reason for the shortfall is given (2 problems)");
}

/* A score equal to its points up to the last bit is full marks. */
static void scores_approximate_equality(void **state)
{
    const jx_score_row rows[1] = {{0.1 + 0.2, 0.3, 1, 0}};

    (void)state;
    assert_jx_ok(jx_check_scores(rows, 1, ZH, msg, sizeof msg));
}

static void scores_argument_errors(void **state)
{
    jx_score_row rows[2] = {{1, 2, 1, 1}, {NAN, 2, 1, 1}};

    (void)state;
    assert_jx_err(jx_check_scores(rows, 2, EN, msg, sizeof msg), JX_ERR_NOT_FINITE);
    assert_str_eq(msg, jx_strerror(JX_ERR_NOT_FINITE, EN));
    /* A blank score cell's value does not matter. */
    rows[1].has_score = 0;
    assert_jx_err(jx_check_scores(rows, 2, EN, msg, sizeof msg), JX_ERR_EMPTY);
    assert_str_eq(msg, "row 2: no score");
    rows[1].points = INFINITY;
    assert_jx_err(jx_check_scores(rows, 2, EN, msg, sizeof msg), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_check_scores(NULL, 1, EN, msg, sizeof msg), JX_ERR_RANGE);
    assert_jx_ok(jx_check_scores(NULL, 0, EN, msg, sizeof msg));
}

/* --- jx_check_tree ---------------------------------------------------- */

/* Seed 004 五华区, 决策/过程/产出/效益 as printed: 一级 分值 40 and 60 for
 * 决策 and 产出, blank for 过程 and 效益; leaves add up to 20/20/40/20. */
#define ROW(l1, p1, l2, p2, leaf) \
    {l1, l2, (p1), (p2), (leaf), (p1) >= 0, (p2) >= 0}
static const jx_tree_row seed004[] = {
    ROW("决策", 40, "项目立项", 6, 3),
    ROW("", -1, "", -1, 3),
    ROW("", -1, "绩效目标", 7, 3.5),
    ROW("", -1, "", -1, 3.5),
    ROW("", -1, "资金投入", 7, 3.5),
    ROW("", -1, "", -1, 3.5),
    ROW("过程", -1, "资金管理", 8, 4),
    ROW("", -1, "", -1, 4),
    ROW("", -1, "资金管理", 6, 6),        /* a second 资金管理 group */
    ROW("", -1, "组织实施\xe3\x80\x80", 6, 3), /* with U+3000 as printed */
    ROW("", -1, "", -1, 3),
    ROW("产出", 60, "数量指标", 20, 20),
    ROW("", -1, "质量指标", 10, 10),
    ROW("", -1, "产出时效", 10, 10),
    ROW("", -1, "产出成本", -1, 0),
    ROW("", -1, "产出成本", -1, 0),
    ROW("效益", -1, "经济效益", -1, 0),
    ROW("", -1, "社会效益", 5, 5),
    ROW("", -1, "可持续影响", 5, 5),
    ROW("", -1, "满意度", 10, 10),
};
#define N004 (sizeof seed004 / sizeof seed004[0])

static jx_tree_row fix_blanks(jx_tree_row r)
{
    if (!r.has_l1_points) r.l1_points = 0;
    if (!r.has_l2_points) r.l2_points = 0;
    return r;
}

static void tree_seed_004(void **state)
{
    jx_tree_row rows[N004];
    size_t i;

    (void)state;
    for (i = 0; i < N004; i++)
        rows[i] = fix_blanks(seed004[i]);
    assert_jx_err(jx_check_tree(rows, N004, ZH, msg, sizeof msg), JX_ERR_RANGE);
    assert_str_eq(msg, "决策的分值 40 不等于下级合计 20（共 4 处）");
    assert_jx_err(jx_check_tree(rows, N004, EN, msg, sizeof msg), JX_ERR_RANGE);
    assert_str_eq(msg, "决策: points 40 but its children add up to 20 (4 problems)");
}

/* Corrected 一级 points (20/20/40/20): the tree is consistent. */
static void tree_seed_004_corrected(void **state)
{
    jx_tree_row rows[N004];
    size_t i;

    (void)state;
    for (i = 0; i < N004; i++)
        rows[i] = fix_blanks(seed004[i]);
    rows[0].l1_points = 20;
    rows[6].has_l1_points = 1, rows[6].l1_points = 20;
    rows[11].l1_points = 40;
    rows[16].has_l1_points = 1, rows[16].l1_points = 20;
    strcpy(msg, "junk");
    assert_jx_ok(jx_check_tree(rows, N004, ZH, msg, sizeof msg));
    assert_str_eq(msg, "");
    /* Fix only 决策: the next problem is 过程, stated nowhere. */
    rows[6].has_l1_points = 0;
    assert_jx_err(jx_check_tree(rows, N004, ZH, msg, sizeof msg), JX_ERR_EMPTY);
    assert_str_eq(msg, "过程未填写分值，下级合计 20");
    assert_jx_err(jx_check_tree(rows, N004, EN, msg, sizeof msg), JX_ERR_EMPTY);
    assert_str_eq(msg, "过程: no points stated, its children add up to 20");
    /* The second 资金管理 group (6) is its own group: break it. */
    rows[6].has_l1_points = 1;
    rows[8].l2_points = 5;
    assert_jx_err(jx_check_tree(rows, N004, ZH, msg, sizeof msg), JX_ERR_RANGE);
    assert_str_eq(msg, "资金管理的分值 5 不等于下级合计 6");
    /* Trailing U+3000 is not part of the name in messages. */
    rows[8].l2_points = 6;
    rows[9].l2_points = 7;
    assert_jx_err(jx_check_tree(rows, N004, ZH, msg, sizeof msg), JX_ERR_RANGE);
    assert_str_eq(msg, "组织实施的分值 7 不等于下级合计 6");
}

/* 二级 is reported before its 一级; unnamed leading rows are "第1行". */
static void tree_order_and_unnamed(void **state)
{
    jx_tree_row rows[3] = {
        {NULL, NULL, 15, 0, 5, 1, 0},
        {NULL, NULL, 0, 0, 5, 0, 0},
        {"产出", "数量", 10, 4, 5, 1, 1},
    };

    (void)state;
    assert_jx_err(jx_check_tree(rows, 3, ZH, msg, sizeof msg), JX_ERR_RANGE);
    assert_str_eq(msg, "第1行的分值 15 不等于下级合计 10（共 3 处）");
    assert_jx_err(jx_check_tree(rows, 3, EN, msg, sizeof msg), JX_ERR_RANGE);
    assert_str_eq(msg, "row 1: points 15 but its children add up to 10 (3 problems)");
    rows[0].l1_points = 10;
    assert_jx_err(jx_check_tree(rows, 3, ZH, msg, sizeof msg), JX_ERR_RANGE);
    assert_str_eq(msg, "数量的分值 4 不等于下级合计 5（共 2 处）");
    rows[2].l2_points = 5;
    assert_jx_err(jx_check_tree(rows, 3, ZH, msg, sizeof msg), JX_ERR_RANGE);
    assert_str_eq(msg, "产出的分值 10 不等于下级合计 5");
}

/* Without any stated parent points there is nothing to check. */
static void tree_without_parent_points(void **state)
{
    jx_tree_row rows[N004];
    size_t i;

    (void)state;
    for (i = 0; i < N004; i++) {
        rows[i] = fix_blanks(seed004[i]);
        rows[i].has_l1_points = rows[i].has_l2_points = 0;
    }
    assert_jx_ok(jx_check_tree(rows, N004, ZH, msg, sizeof msg));
    assert_jx_ok(jx_check_tree(rows, 0, ZH, msg, sizeof msg));
    /* Points stated on a later row of the merged cell count for the group. */
    rows[1].has_l1_points = 1;
    rows[1].l1_points = 20;
    rows[7].has_l1_points = 1;
    rows[7].l1_points = 20;
    rows[12].has_l1_points = 1;
    rows[12].l1_points = 40;
    rows[19].has_l1_points = 1;
    rows[19].l1_points = 20;
    assert_jx_ok(jx_check_tree(rows, N004, ZH, msg, sizeof msg));
    /* 3.5 + 3.5 summing in binary is compared rounded to 2 decimals. */
    rows[1].l1_points = 20.001;
    assert_jx_ok(jx_check_tree(rows, N004, ZH, msg, sizeof msg));
    rows[1].l1_points = 20.01;
    assert_jx_err(jx_check_tree(rows, N004, ZH, msg, sizeof msg), JX_ERR_RANGE);
    assert_str_eq(msg, "决策的分值 20.01 不等于下级合计 20");
}

static void tree_argument_errors(void **state)
{
    jx_tree_row rows[2] = {{"a", "b", 1, 1, NAN, 1, 1}, {NULL, NULL, 0, 0, 1, 0, 0}};

    (void)state;
    assert_jx_err(jx_check_tree(rows, 2, ZH, msg, sizeof msg), JX_ERR_NOT_FINITE);
    assert_str_eq(msg, jx_strerror(JX_ERR_NOT_FINITE, ZH));
    rows[0].leaf_points = 1;
    rows[0].l1_points = INFINITY;
    assert_jx_err(jx_check_tree(rows, 2, ZH, msg, sizeof msg), JX_ERR_NOT_FINITE);
    /* A NaN in a cell flagged as blank is ignored. */
    rows[0].has_l1_points = 0;
    rows[1].leaf_points = 0;
    assert_jx_ok(jx_check_tree(rows, 2, ZH, msg, sizeof msg));
    assert_jx_err(jx_check_tree(NULL, 2, ZH, msg, sizeof msg), JX_ERR_RANGE);
}

/* Long names are cut on a character boundary, messages fit the buffer. */
static void tree_long_names_and_small_buffers(void **state)
{
    char name[400];
    jx_tree_row rows[1] = {{name, NULL, 5, 0, 4, 1, 0}};
    char small[20];
    size_t i;

    (void)state;
    for (i = 0; i < 100; i++)
        memcpy(name + 3 * i, "决", 3);
    name[300] = '\0';
    assert_jx_err(jx_check_tree(rows, 1, ZH, msg, sizeof msg), JX_ERR_RANGE);
    /* 60 bytes of the name: 20 characters. */
    assert_int_equal(strncmp(msg, name, 60), 0);
    assert_str_eq(msg + 60, "的分值 5 不等于下级合计 4");
    assert_jx_err(jx_check_tree(rows, 1, ZH, small, sizeof small), JX_ERR_RANGE);
    assert_int_equal(strlen(small), 18);  /* 6 characters, not a broken 7th */
}

/* --- jx_check_indicator ----------------------------------------------- */

static jx_target target_of(const char *text)
{
    jx_target t;

    assert_jx_ok(jx_target_parse(text, strlen(text), &t, NULL));
    return t;
}

static jx_quantity actual_of(const char *text)
{
    jx_quantity q;

    assert_jx_ok(jx_quantity_parse(text, strlen(text), &q, NULL));
    return q;
}

static jx_err check_ind(const char *actual, const char *target, double points,
                        double score, int has_reason, const jx_ind_opts *o,
                        jx_lang lang)
{
    jx_quantity a = actual_of(actual);
    jx_target t = target_of(target);

    return jx_check_indicator(&a, &t, points, score, has_reason, o, lang, msg,
                              sizeof msg);
}

/* 002 医疗救助: every indicator met and scored full. */
static void indicator_seed_002_fine(void **state)
{
    (void)state;
    strcpy(msg, "junk");
    assert_jx_ok(check_ind("30000", "≥ 30000", 20, 20, 0, NULL, ZH));
    assert_str_eq(msg, "");
    assert_jx_ok(check_ind("75%", "≥70%", 10, 10, 0, NULL, ZH));
    assert_jx_ok(check_ind("96%", "≥95%", 5, 5, 0, NULL, ZH));
    /* 30 minutes against ≤60 is 200 % by A/B: explained, it is fine... */
    assert_jx_ok(check_ind("30分钟", "≤60分钟", 5, 5, 1, NULL, ZH));
    /* ...unexplained, it is over-achievement like any other. */
    assert_jx_err(check_ind("30分钟", "≤60分钟", 5, 5, 0, NULL, ZH), JX_ERR_EMPTY);
    assert_str_eq(msg, "完成率 200% 超过 130%，须说明偏差原因");
    assert_jx_ok(check_ind("100%", "=100%", 10, 10, 0, NULL, ZH));
    assert_jx_ok(check_ind("3万元", "≤3万元", 20, 20, 0, NULL, ZH));
    /* A missed target scored by the rule, with a reason. */
    assert_jx_ok(check_ind("90%", "≥95%", 10, 9.47, 1, NULL, ZH));
}

static void indicator_met_but_scored_low(void **state)
{
    (void)state;
    assert_jx_err(check_ind("96%", "≥95%", 10, 5, 1, NULL, ZH), JX_ERR_SCORE_RANGE);
    assert_str_eq(msg, "已完成指标值（≥95%），得分 5 低于分值 10");
    assert_jx_err(check_ind("96%", "≥95%", 10, 5, 1, NULL, EN), JX_ERR_SCORE_RANGE);
    assert_str_eq(msg, "target met (≥95%) but the score 5 is below the points 10");
}

static void indicator_missed_but_full(void **state)
{
    (void)state;
    assert_jx_err(check_ind("90%", "≥95%", 10, 10, 1, NULL, ZH), JX_ERR_SCORE_RANGE);
    assert_str_eq(msg, "未完成指标值（≥95%，实际 90%），却得满分 10");
    assert_jx_err(check_ind("90%", "≥95%", 10, 10, 1, NULL, EN), JX_ERR_SCORE_RANGE);
    assert_str_eq(msg, "target missed (≥95%, actual 90%) but scored full points 10");
    /* And without a reason: two problems. */
    assert_jx_err(check_ind("90%", "≥95%", 10, 10, 0, NULL, ZH), JX_ERR_SCORE_RANGE);
    assert_str_eq(msg, "未完成指标值（≥95%，实际 90%），却得满分 10（共 2 处）");
    /* The actual in the target's written unit. */
    assert_jx_err(check_ind("40万人", "≥50万人", 10, 10, 1, NULL, ZH), JX_ERR_SCORE_RANGE);
    assert_str_eq(msg, "未完成指标值（≥50万人，实际 40万人），却得满分 10");
    /* Missed by so little that the rule itself rounds to full: no problem. */
    assert_jx_ok(check_ind("99.96", "≥100", 10, 10, 1, NULL, ZH));
}

/* 濉溪: ≤5300, actual 5830, 10 points: 9.09 by A/B, 9.00 linear. */
static void indicator_reverse_suixi(void **state)
{
    jx_ind_opts lin;

    (void)state;
    jx_ind_opts_default(&lin);
    lin.reverse = JX_REVERSE_LINEAR;
    assert_jx_ok(check_ind("5830", "≤5300", 10, 9.09, 1, NULL, ZH));
    assert_jx_ok(check_ind("5830", "≤5300", 10, 9.00, 1, &lin, ZH));
    assert_jx_err(check_ind("5830", "≤5300", 10, 10, 1, NULL, ZH), JX_ERR_SCORE_RANGE);
    assert_str_eq(msg, "未完成指标值（≤5300，实际 5830），却得满分 10");
    assert_jx_err(check_ind("5830", "≤5300", 10, 9.09, 0, &lin, EN), JX_ERR_EMPTY);
    assert_str_eq(msg, "target missed and no reason for the deviation is given");
    assert_jx_err(check_ind("5830", "≤5300", 10, 9.09, 0, NULL, ZH), JX_ERR_EMPTY);
    assert_str_eq(msg, "未完成指标值，未填写偏差原因");
}

static void indicator_overachieved(void **state)
{
    jx_ind_opts o;

    (void)state;
    assert_jx_err(check_ind("150", "≥100", 10, 10, 0, NULL, ZH), JX_ERR_EMPTY);
    assert_str_eq(msg, "完成率 150% 超过 130%，须说明偏差原因");
    assert_jx_err(check_ind("150", "≥100", 10, 10, 0, NULL, EN), JX_ERR_EMPTY);
    assert_str_eq(msg, "completion 150% exceeds 130%: the deviation must be explained");
    assert_jx_ok(check_ind("150", "≥100", 10, 10, 1, NULL, ZH));
    assert_jx_ok(check_ind("150", "≥100", 10, 10, -1, NULL, ZH));
    assert_jx_ok(check_ind("129", "≥100", 10, 10, 0, NULL, ZH));
    /* Exactly at the threshold counts as over. */
    assert_jx_err(check_ind("130", "≥100", 10, 10, 0, NULL, ZH), JX_ERR_EMPTY);
    jx_ind_opts_default(&o);
    o.over_threshold = 1.5;
    assert_jx_ok(check_ind("140", "≥100", 10, 10, 0, &o, ZH));
}

static void indicator_score_range(void **state)
{
    (void)state;
    assert_jx_err(check_ind("96%", "≥95%", 10, 12, 1, NULL, ZH), JX_ERR_SCORE_RANGE);
    assert_str_eq(msg, "得分 12 高于分值 10");
    assert_jx_err(check_ind("96%", "≥95%", 10, -1, 1, NULL, EN), JX_ERR_SCORE_RANGE);
    assert_str_eq(msg, "score -1 is negative");
    assert_jx_err(check_ind("90%", "≥95%", 10, -1, 0, NULL, ZH), JX_ERR_SCORE_RANGE);
    assert_str_eq(msg, "得分 -1 为负数（共 2 处）");
}

/* Unit errors are messages, quoting the target. */
static void indicator_unit_errors(void **state)
{
    jx_quantity a;
    jx_target t = target_of("≥95%");

    (void)state;
    assert_jx_ok(jx_quantity_from_number(96, &a));
    assert_jx_err(jx_check_indicator(&a, &t, 10, 10, 1, NULL, ZH, msg, sizeof msg),
                  JX_ERR_PERCENT_UNIT);
    assert_non_null(strstr(msg, "（指标值 ≥95%）"));
    assert_int_equal(strncmp(msg, jx_strerror(JX_ERR_PERCENT_UNIT, ZH),
                             strlen(jx_strerror(JX_ERR_PERCENT_UNIT, ZH))), 0);
    assert_jx_err(check_ind("30分钟", "≥50万人", 10, 10, 1, NULL, EN), JX_ERR_UNIT_MISMATCH);
    assert_non_null(strstr(msg, " (target ≥50万人)"));
    /* 0.96 against a percent target is 96 %. */
    assert_jx_ok(jx_quantity_from_number(0.96, &a));
    assert_jx_ok(jx_check_indicator(&a, &t, 10, 10, 1, NULL, ZH, msg, sizeof msg));
}

static void indicator_argument_errors(void **state)
{
    jx_quantity a = actual_of("96%");
    jx_target t = target_of("≥95%");
    jx_ind_opts o;

    (void)state;
    assert_jx_err(jx_check_indicator(&a, &t, NAN, 10, 1, NULL, ZH, msg, sizeof msg),
                  JX_ERR_NOT_FINITE);
    assert_str_eq(msg, jx_strerror(JX_ERR_NOT_FINITE, ZH));
    assert_jx_err(jx_check_indicator(&a, &t, 10, INFINITY, 1, NULL, ZH, msg, sizeof msg),
                  JX_ERR_NOT_FINITE);
    assert_jx_err(jx_check_indicator(&a, &t, -10, 1, 1, NULL, ZH, msg, sizeof msg),
                  JX_ERR_NEGATIVE);
    assert_jx_err(jx_check_indicator(NULL, &t, 10, 1, 1, NULL, ZH, msg, sizeof msg),
                  JX_ERR_RANGE);
    assert_jx_err(jx_check_indicator(&a, NULL, 10, 1, 1, NULL, ZH, msg, sizeof msg),
                  JX_ERR_RANGE);
    jx_ind_opts_default(&o);
    o.digits = 9;
    assert_jx_err(jx_check_indicator(&a, &t, 10, 10, 1, &o, EN, msg, sizeof msg),
                  JX_ERR_DIGITS);
    assert_str_eq(msg, jx_strerror(JX_ERR_DIGITS, EN));
}

/* The message table: slots filled, unknown ids empty, cuts on a character. */
static void message_table(void **state)
{
    char buf[256];

    (void)state;
    jx_msg_fill(JX_MSG_SCORE_ABOVE, JX_LANG_ZH, buf, sizeof buf, "9", "8", NULL);
    assert_str_eq(buf, "得分 9 高于分值 8");
    jx_msg_fill(JX_MSG_SCORE_ABOVE, JX_LANG_EN, buf, sizeof buf, "9", "8", NULL);
    assert_str_eq(buf, "score 9 is above the points 8");
    jx_msg_fill(JX_MSG_ROW, JX_LANG_ZH, buf, sizeof buf, "3", NULL, NULL);
    assert_str_eq(buf, "第3行：");
    jx_msg_fill(JX_MSG_TREE, JX_LANG_ZH, buf, sizeof buf, "决策", "40", "20");
    assert_str_eq(buf, "决策的分值 40 不等于下级合计 20");
    assert_str_eq(jx_msg_text((jx_msg_id)999, JX_LANG_ZH), "");
    jx_msg_fill(JX_MSG_BELOW_NO_REASON, JX_LANG_ZH, buf, 9, "6", "8", NULL);
    assert_str_eq(buf, "得分 6");           /* 8 bytes fit */
    jx_msg_fill(JX_MSG_BELOW_NO_REASON, JX_LANG_ZH, buf, 6, "6", "8", NULL);
    assert_str_eq(buf, "得");               /* never half of 分 */
    /* A '%' not followed by a slot number stays a '%'. */
    jx_msg_fill(JX_MSG_RATES_DIFFER, JX_LANG_ZH, buf, sizeof buf, "100", "87.11", NULL);
    assert_str_eq(buf, "按实际到位资金计算的执行率为 100%，按预算安排资金计算为 87.11%，应分别列示");
    /* The template's 校验结果: the count goes in the slot, the first problem after it. */
    jx_msg_fill(JX_MSG_PROBLEMS, JX_LANG_ZH, buf, sizeof buf, "3", NULL, NULL);
    assert_str_eq(buf, "共 3 处问题，首个：");
    jx_msg_fill(JX_MSG_PROBLEMS, JX_LANG_EN, buf, sizeof buf, "3", NULL, NULL);
    assert_str_eq(buf, "3 problems, the first: ");
    /* Every message in both languages, with the same slots. */
    for (int id = 0; id < JX_MSG__COUNT; id++) {
        const char *zh = jx_msg_text((jx_msg_id)id, JX_LANG_ZH), *en = jx_msg_text((jx_msg_id)id, JX_LANG_EN);
        assert_true(*zh && *en);
        for (char slot[3] = "%1"; slot[1] <= '3'; slot[1]++)
            assert_int_equal(strstr(zh, slot) != NULL, strstr(en, slot) != NULL);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(message_table),
        cmocka_unit_test(weights_add_up),
        cmocka_unit_test(weights_do_not_add_up),
        cmocka_unit_test(weights_binary_sums),
        cmocka_unit_test(weights_negative_first),
        cmocka_unit_test(weights_argument_errors),
        cmocka_unit_test(total_seed_001),
        cmocka_unit_test(total_seeds_000_003),
        cmocka_unit_test(scores_all_fine),
        cmocka_unit_test(scores_each_problem),
        cmocka_unit_test(scores_first_problem_and_count),
        cmocka_unit_test(scores_approximate_equality),
        cmocka_unit_test(scores_argument_errors),
        cmocka_unit_test(tree_seed_004),
        cmocka_unit_test(tree_seed_004_corrected),
        cmocka_unit_test(tree_order_and_unnamed),
        cmocka_unit_test(tree_without_parent_points),
        cmocka_unit_test(tree_argument_errors),
        cmocka_unit_test(tree_long_names_and_small_buffers),
        cmocka_unit_test(indicator_seed_002_fine),
        cmocka_unit_test(indicator_met_but_scored_low),
        cmocka_unit_test(indicator_missed_but_full),
        cmocka_unit_test(indicator_reverse_suixi),
        cmocka_unit_test(indicator_overachieved),
        cmocka_unit_test(indicator_score_range),
        cmocka_unit_test(indicator_unit_errors),
        cmocka_unit_test(indicator_argument_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
