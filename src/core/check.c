/*
 * check.c - checks that say in plain words what is wrong in a table.
 *
 * Each check walks its rows once, counts every problem, keeps the text of
 * the first one and writes "<first problem>（共 N 处）" at the end, so that a
 * spreadsheet cell shows the most useful line and how much else is wrong.
 * Messages are assembled by concatenating strings (no printf formats built
 * at run time); numbers go through jx_fmt_num so they read as a clerk would
 * write them ("95", "94.5").
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "jixiao/check.h"
#include "jixiao/round.h"

/* --- Message assembly -------------------------------------------------- */

/* Bytes of the longest well-formed UTF-8 prefix of s[0..n) that ends on a
 * character boundary: a cut must not leave half a character behind. */
static size_t utf8_cut(const char *s, size_t n)
{
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return n;
}

/* Append s to buf (holding len bytes, capacity cap), cut on a UTF-8 boundary. */
static size_t append(char *buf, size_t cap, size_t len, const char *s)
{
    size_t n = strlen(s);

    if (cap == 0 || len >= cap - 1)
        return len;
    if (n > cap - 1 - len)
        n = utf8_cut(s, cap - 1 - len);
    memcpy(buf + len, s, n);
    len += n;
    buf[len] = '\0';
    return len;
}

/* Concatenate the strings given (ending with NULL) into buf. */
static size_t join(char *buf, size_t cap, ...)
{
    va_list ap;
    const char *s;
    size_t len = 0;

    if (cap == 0)
        return 0;
    buf[0] = '\0';
    va_start(ap, cap);
    while ((s = va_arg(ap, const char *)) != NULL)
        len = append(buf, cap, len, s);
    va_end(ap);
    return len;
}

/* --- The message table -------------------------------------------------- */

static const struct {
    const char *zh, *en;
} msgs[JX_MSG__COUNT] = {
    [JX_MSG_ROW] = {"第%1行：", "row %1: "},
    [JX_MSG_SCORE_ABOVE] = {"得分 %1 高于分值 %2", "score %1 is above the points %2"},
    [JX_MSG_SCORE_NEGATIVE] = {"得分 %1 为负数", "score %1 is negative"},
    [JX_MSG_NO_SCORE] = {"未填写得分", "no score"},
    [JX_MSG_BELOW_NO_REASON] = {"得分 %1 低于分值 %2，未填写偏差原因",
                                "score %1 is below the points %2 and no reason for the shortfall is given"},
    [JX_MSG_POINTS_NEGATIVE] = {"分值 %1 为负数", "points %1 are negative"},
    [JX_MSG_WEIGHTS] = {"分值合计 %1，应为 %2", "points add up to %1, expected %2"},
    [JX_MSG_TOTAL] = {"各项合计 %1，与填报的总分 %2 不符", "parts add up to %1, stated total is %2"},
    [JX_MSG_TREE] = {"%1的分值 %2 不等于下级合计 %3", "%1: points %2 but its children add up to %3"},
    [JX_MSG_TREE_MISSING] = {"%1未填写分值，下级合计 %2", "%1: no points stated, its children add up to %2"},
    [JX_MSG_MET_BELOW] = {"已完成指标值（%1），得分 %2 低于分值 %3",
                          "target met (%1) but the score %2 is below the points %3"},
    [JX_MSG_MISSED_FULL] = {"未完成指标值（%1，实际 %2），却得满分 %3",
                            "target missed (%1, actual %2) but scored full points %3"},
    [JX_MSG_OVER_NO_REASON] = {"完成率 %1 超过 %2，须说明偏差原因",
                               "completion %1 exceeds %2: the deviation must be explained"},
    [JX_MSG_MISSED_NO_REASON] = {"未完成指标值，未填写偏差原因",
                                 "target missed and no reason for the deviation is given"},
    [JX_MSG_MORE] = {"（共 %1 处）", " (%1 problems)"},
    [JX_MSG_ACTUAL_UNREAD] = {"实际完成值无法按评扣分标准计分",
                              "the actual value cannot be scored by the rule"},
    [JX_MSG_BUDGET_ZERO] = {"全年预算数为 0，无法计算执行率",
                            "the full-year budget is 0: no execution rate"},
    [JX_MSG_RATE_ABOVE] = {"执行率高于 100%，全年执行数超过全年预算数",
                           "execution rate above 100 %: spending exceeds the full-year budget"},
    [JX_MSG_PARTS_MISMATCH] = {"%1与其中各项合计不符", "%1 differs from the sum of its parts"},
    [JX_MSG_SPENT_NO_BUDGET] = {"全年预算数为 0 却有执行数", "spending against a full-year budget of 0"},
    [JX_MSG_INCOME_SPLIT] = {"按收入性质分合计 %1，与全年预算数 %2 不符",
                             "the sources of funds add up to %1, the full-year budget is %2"},
    [JX_MSG_EXPENSE_SPLIT] = {"基本支出与项目支出合计 %1，与全年执行数 %2 不符",
                              "basic and project spending add up to %1, the full-year spending is %2"},
    [JX_MSG_STAFF_OVER] = {"实际在职人数超过编制数", "staff in post exceed the authorised posts"},
    [JX_MSG_SANGONG_OVER_BUDGET] = {"三公经费决算数超过预算数",
                                    "the three public expenses spent exceed their budget"},
    [JX_MSG_SANGONG_OVER_LAST] = {"三公经费预算数高于上年决算数",
                                  "the three public expenses budgeted exceed last year's spending"},
    [JX_MSG_PUBLIC_PARTS_OVER] = {"公用经费的其中各项合计超过公用经费",
                                  "the listed parts of the running costs exceed the running costs"},
    [JX_MSG_SCALE_OVER] = {"实际规模超过批复规模", "the floor area built exceeds the area approved"},
    [JX_MSG_INVEST_OVER] = {"实际投资超过投资概算", "the investment exceeds its estimate"},
    [JX_MSG_LEVELS_MISMATCH] = {"%1与其中各级财政合计不符",
                                "%1 differs from the sum of its levels of government"},
    [JX_MSG_SPENT_OVER_RECEIVED] = {"实际支出资金超过实际到位资金",
                                    "spending exceeds the funds received"},
    [JX_MSG_RATES_DIFFER] = {"按实际到位资金计算的执行率为 %1%，按预算安排资金计算为 %2%，应分别列示",
                             "the execution rate is %1 % of the funds received and %2 % of the budget: "
                             "show both"},
    [JX_MSG_SOME_ABOVE] = {"有得分高于分值", "a score is above its points"},
    [JX_MSG_SOME_NEGATIVE] = {"得分为负数", "a score is negative"},
    [JX_MSG_SCORE_OVER_POINTS] = {"得分高于分值", "the score is above its points"},
    [JX_MSG_AREA_STATED] = {"%1各项合计 %2，与填报的得分 %3 不符",
                            "%1: its items add up to %2, the stated score is %3"},
    [JX_MSG_LEVEL_POINTS] = {"考核指标分值之和与考核内容分值不符",
                             "the points of the indicators differ from the points of the areas"},
    [JX_MSG_SPENT_OVER_ARRIVED] = {"实际支出数超过实际到位数", "spending exceeds the funds received"},
    [JX_MSG_SOURCES_MISMATCH] = {"%1的资金来源合计与合计不符", "%1: the sources of funds differ from the total"},
    [JX_MSG_L1_WEIGHTS] = {"一级指标分值合计 %1，应为 %2", "the top-level points add up to %1, expected %2"},
    [JX_MSG_CHECKS_PASSED] = {"校验通过", "all checks passed"},
    [JX_MSG_INCOMPLETE] = {"尚未填写完整", "not filled in completely yet"},
    [JX_MSG_PROBLEMS] = {"共 %1 处问题，首个：", "%1 problems, the first: "},
    [JX_MSG_LEVEL_NOT_LISTED] = {"实际完成值须从下拉列表选择",
                                 "the actual level must be chosen from the drop-down list"},
    [JX_MSG_SCORE_OUTSIDE_LEVEL] = {"得分不在所选档次的分值范围内",
                                    "the score is outside the points range of the chosen level"},
    [JX_MSG_POINTS_RANGE] = {"分值应在 0 到 100 之间", "the points should be from 0 to 100"},
    [JX_MSG_SCORE_RANGE] = {"得分应在 0 到分值之间", "the score should be from 0 to the points"},
};

const char *jx_msg_text(jx_msg_id id, jx_lang lang)
{
    if ((unsigned)id >= JX_MSG__COUNT)
        return "";
    return lang == JX_LANG_EN ? msgs[id].en : msgs[id].zh;
}

size_t jx_msg_fill(jx_msg_id id, jx_lang lang, char *buf, size_t cap,
                   const char *a1, const char *a2, const char *a3)
{
    const char *args[3] = {a1, a2, a3};
    const char *t = jx_msg_text(id, lang);
    size_t len = 0;
    char piece[JX_MSG_MAX];

    if (cap == 0)
        return 0;
    buf[0] = '\0';
    while (*t) {
        const char *slot = strchr(t, '%');
        size_t n = slot ? (size_t)(slot - t) : strlen(t);
        if (n >= sizeof piece)
            n = sizeof piece - 1;
        memcpy(piece, t, n);
        piece[n] = '\0';
        /* Once a piece is cut, nothing after it may follow. */
        size_t want = len + n;
        if ((len = append(buf, cap, len, piece)) < want || !slot)
            break;
        const char *a = slot[1] >= '1' && slot[1] <= '3' ? args[slot[1] - '1'] : "%";
        want = len + strlen(a ? a : "");
        if ((len = append(buf, cap, len, a ? a : "")) < want)
            break;
        t = slot + (slot[1] >= '1' && slot[1] <= '3' ? 2 : 1);
    }
    return len;
}

/* A number as it appears in messages. */
typedef struct num {
    char s[40];
} num;

static num fmt(double x)
{
    num n;
    jx_fmt_num(x, 2, 0, n.s, sizeof n.s);
    return n;
}

static num fmt_pct(double x)
{
    num n;
    jx_fmt_num(x, 2, 1, n.s, sizeof n.s);
    return n;
}

/* `pre` (a row prefix or "") and message id filled with a1..a3. */
static void msg_line(char *line, size_t cap, const char *pre, jx_msg_id id, jx_lang lang,
                     const char *a1, const char *a2, const char *a3)
{
    char body[JX_MSG_MAX];
    jx_msg_fill(id, lang, body, sizeof body, a1, a2, a3);
    join(line, cap, pre, body, (const char *)NULL);
}

/* The first problem found and how many there are. */
typedef struct report {
    jx_lang lang;
    int count;
    jx_err code;
    char first[JX_MSG_MAX];
} report;

static void report_init(report *r, jx_lang lang)
{
    r->lang = lang;
    r->count = 0;
    r->code = JX_OK;
    r->first[0] = '\0';
}

static int zh(const report *r)
{
    return r->lang != JX_LANG_EN;
}

/* Record a problem; its text is kept only when it is the first. */
static void report_add(report *r, jx_err code, const char *text)
{
    if (r->count++ == 0) {
        r->code = code;
        join(r->first, sizeof r->first, text, (const char *)NULL);
    }
}

/* Write the result into msg and return its code. */
static jx_err report_finish(const report *r, char *msg, size_t cap)
{
    char count[24];

    if (cap == 0)
        return r->code;
    if (r->count == 0) {
        msg[0] = '\0';
        return JX_OK;
    }
    if (r->count == 1) {
        join(msg, cap, r->first, (const char *)NULL);
        return r->code;
    }
    snprintf(count, sizeof count, "%d", r->count);
    {
        char more[64];
        jx_msg_fill(JX_MSG_MORE, r->lang, more, sizeof more, count, NULL, NULL);
        join(msg, cap, r->first, more, (const char *)NULL);
    }
    return r->code;
}

/* An argument error: its code and the jx_strerror text. */
static jx_err arg_error(jx_err code, jx_lang lang, char *msg, size_t cap)
{
    join(msg, cap, jx_strerror(code, lang), (const char *)NULL);
    return code;
}

/* "第3行：" / "row 3: " for row index i (0-based). */
static void row_prefix(const report *r, size_t i, char *buf, size_t cap)
{
    char n[24];

    snprintf(n, sizeof n, "%zu", i + 1);
    jx_msg_fill(JX_MSG_ROW, r->lang, buf, cap, n, NULL, NULL);
}

/* Two amounts the same once rounded to 2 decimals, as the table shows them. */
static int same_2dp(double a, double b)
{
    return jx_round(a, 2) == jx_round(b, 2);
}

/* score > points, not merely by the last bit. */
static int above(double score, double points)
{
    return score > points && !jx_approx_equal(score, points);
}

static int below(double score, double points)
{
    return score < points && !jx_approx_equal(score, points);
}

/* --- Weights and totals ------------------------------------------------ */

jx_err jx_check_weights(const double *points, size_t n, double expected,
                        jx_lang lang, char *msg, size_t cap)
{
    char line[JX_MSG_MAX], pre[32];
    double sum = 0;
    report r;
    size_t i;

    if (points == NULL && n > 0)
        return arg_error(JX_ERR_RANGE, lang, msg, cap);
    if (!isfinite(expected))
        return arg_error(JX_ERR_NOT_FINITE, lang, msg, cap);
    for (i = 0; i < n; i++)
        if (!isfinite(points[i]))
            return arg_error(JX_ERR_NOT_FINITE, lang, msg, cap);
    report_init(&r, lang);
    for (i = 0; i < n; i++) {
        if (points[i] < 0) {
            row_prefix(&r, i, pre, sizeof pre);
            msg_line(line, sizeof line, pre, JX_MSG_POINTS_NEGATIVE, lang, fmt(points[i]).s,
                     NULL, NULL);
            report_add(&r, JX_ERR_NEGATIVE, line);
        }
        sum += points[i];
    }
    if (!same_2dp(sum, expected)) {
        msg_line(line, sizeof line, "", JX_MSG_WEIGHTS, lang, fmt(sum).s, fmt(expected).s, NULL);
        report_add(&r, JX_ERR_RANGE, line);
    }
    return report_finish(&r, msg, cap);
}

jx_err jx_check_total(const double *parts, size_t n, double stated,
                      jx_lang lang, char *msg, size_t cap)
{
    char line[JX_MSG_MAX];
    double sum = 0;
    report r;
    size_t i;

    if (parts == NULL && n > 0)
        return arg_error(JX_ERR_RANGE, lang, msg, cap);
    if (!isfinite(stated))
        return arg_error(JX_ERR_NOT_FINITE, lang, msg, cap);
    for (i = 0; i < n; i++) {
        if (!isfinite(parts[i]))
            return arg_error(JX_ERR_NOT_FINITE, lang, msg, cap);
        sum += parts[i];
    }
    report_init(&r, lang);
    if (!same_2dp(sum, stated)) {
        msg_line(line, sizeof line, "", JX_MSG_TOTAL, lang, fmt(sum).s, fmt(stated).s, NULL);
        report_add(&r, JX_ERR_RANGE, line);
    }
    return report_finish(&r, msg, cap);
}

/* --- Scores ------------------------------------------------------------ */

/* The problem of one row, or JX_OK; its text into line. */
static jx_err score_row_problem(const report *r, const jx_score_row *row,
                                size_t i, char *line, size_t cap)
{
    char pre[32];

    row_prefix(r, i, pre, sizeof pre);
    if (row->points < 0) {
        msg_line(line, cap, pre, JX_MSG_POINTS_NEGATIVE, r->lang, fmt(row->points).s, NULL, NULL);
        return JX_ERR_NEGATIVE;
    }
    if (!row->has_score) {
        if (row->points == 0)      /* 其中… sub-rows, blank merged rows */
            return JX_OK;
        msg_line(line, cap, pre, JX_MSG_NO_SCORE, r->lang, NULL, NULL, NULL);
        return JX_ERR_EMPTY;
    }
    if (above(row->score, row->points)) {
        msg_line(line, cap, pre, JX_MSG_SCORE_ABOVE, r->lang, fmt(row->score).s,
                 fmt(row->points).s, NULL);
        return JX_ERR_SCORE_RANGE;
    }
    if (row->score < 0) {
        msg_line(line, cap, pre, JX_MSG_SCORE_NEGATIVE, r->lang, fmt(row->score).s, NULL, NULL);
        return JX_ERR_SCORE_RANGE;
    }
    if (row->has_reason == 0 && below(row->score, row->points)) {
        msg_line(line, cap, pre, JX_MSG_BELOW_NO_REASON, r->lang, fmt(row->score).s,
                 fmt(row->points).s, NULL);
        return JX_ERR_EMPTY;
    }
    return JX_OK;
}

jx_err jx_check_scores(const jx_score_row *rows, size_t n, jx_lang lang,
                       char *msg, size_t cap)
{
    char line[JX_MSG_MAX];
    report r;
    size_t i;

    if (rows == NULL && n > 0)
        return arg_error(JX_ERR_RANGE, lang, msg, cap);
    for (i = 0; i < n; i++)
        if (!isfinite(rows[i].points) ||
            (rows[i].has_score && !isfinite(rows[i].score)))
            return arg_error(JX_ERR_NOT_FINITE, lang, msg, cap);
    report_init(&r, lang);
    for (i = 0; i < n; i++) {
        jx_err code = score_row_problem(&r, &rows[i], i, line, sizeof line);
        if (code != JX_OK)
            report_add(&r, code, line);
    }
    return report_finish(&r, msg, cap);
}

/* --- Scoring trees ----------------------------------------------------- */

/* Length of a UTF-8 blank at s (space, tab, CR, LF, U+3000, U+00A0), or 0. */
static size_t blank_len(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;

    if (n >= 1 && (u[0] == ' ' || u[0] == '\t' || u[0] == '\r' || u[0] == '\n'))
        return 1;
    if (n >= 3 && u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
        return 3;
    if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    return 0;
}

/* The name without surrounding blanks (merged cells often carry "组织实施　"). */
static void trim_name(const char *name, const char **start, size_t *len)
{
    size_t n = name ? strlen(name) : 0, k;
    const char *s = name ? name : "";

    while (n > 0 && (k = blank_len(s, n)) > 0)
        s += k, n -= k;
    /* Trailing blanks: the 1-, 2- and 3-byte forms end in these bytes. */
    for (;;) {
        if (n >= 1 && blank_len(s + n - 1, 1) == 1)
            n -= 1;
        else if (n >= 2 && blank_len(s + n - 2, 2) == 2)
            n -= 2;
        else if (n >= 3 && blank_len(s + n - 3, 3) == 3)
            n -= 3;
        else
            break;
    }
    *start = s;
    *len = n;
}

static int is_blank_name(const char *name)
{
    const char *s;
    size_t n;

    trim_name(name, &s, &n);
    return n == 0;
}

/* One 一级 or 二级 group while walking the rows. */
typedef struct group {
    size_t first_row;
    const char *name;   /* NULL for a group with a blank name */
    double stated;
    int has_stated;
    double sum;         /* leaf 分值 below it */
} group;

static void group_start(group *g, size_t row, const char *name)
{
    g->first_row = row;
    g->name = is_blank_name(name) ? NULL : name;
    g->stated = 0;
    g->has_stated = 0;
    g->sum = 0;
}

/* The group's name for messages, or "第k行" / "row k" for a blank one. */
static void group_label(const report *r, const group *g, char *buf, size_t cap)
{
    const char *s;
    size_t n;
    char row[24];

    if (g->name == NULL) {
        snprintf(row, sizeof row, "%zu", g->first_row + 1);
        if (zh(r))
            join(buf, cap, "第", row, "行", (const char *)NULL);
        else
            join(buf, cap, "row ", row, (const char *)NULL);
        return;
    }
    trim_name(g->name, &s, &n);
    if (n > 60)
        n = utf8_cut(s, 60);
    if (cap == 0)
        return;
    if (n > cap - 1)
        n = utf8_cut(s, cap - 1);
    memcpy(buf, s, n);
    buf[n] = '\0';
}

/*
 * Check a finished group.  level_states: some group of the same level
 * states its points, so a named group that does not is a problem too.
 */
static void group_close(report *r, const group *g, int level_states)
{
    char label[80], line[JX_MSG_MAX];

    if (g->has_stated) {
        if (same_2dp(g->stated, g->sum))
            return;
        group_label(r, g, label, sizeof label);
        msg_line(line, sizeof line, "", JX_MSG_TREE, r->lang, label, fmt(g->stated).s,
                 fmt(g->sum).s);
        report_add(r, JX_ERR_RANGE, line);
        return;
    }
    if (g->name == NULL || !level_states || jx_round(g->sum, 2) <= 0)
        return;
    group_label(r, g, label, sizeof label);
    msg_line(line, sizeof line, "", JX_MSG_TREE_MISSING, r->lang, label, fmt(g->sum).s, NULL);
    report_add(r, JX_ERR_EMPTY, line);
}

jx_err jx_check_tree(const jx_tree_row *rows, size_t n, jx_lang lang,
                     char *msg, size_t cap)
{
    int l1_states = 0, l2_states = 0;
    group l1, l2;
    report r;
    size_t i;

    if (rows == NULL && n > 0)
        return arg_error(JX_ERR_RANGE, lang, msg, cap);
    for (i = 0; i < n; i++) {
        const jx_tree_row *t = &rows[i];
        if (!isfinite(t->leaf_points) ||
            (t->has_l1_points && !isfinite(t->l1_points)) ||
            (t->has_l2_points && !isfinite(t->l2_points)))
            return arg_error(JX_ERR_NOT_FINITE, lang, msg, cap);
        l1_states |= t->has_l1_points != 0;
        l2_states |= t->has_l2_points != 0;
    }
    report_init(&r, lang);
    for (i = 0; i < n; i++) {
        const jx_tree_row *t = &rows[i];
        int new_l1 = !is_blank_name(t->l1);
        int new_l2 = new_l1 || !is_blank_name(t->l2);

        /* 二级 groups are checked before the 一级 that holds them. */
        if (i > 0 && new_l2)
            group_close(&r, &l2, l2_states);
        if (i > 0 && new_l1)
            group_close(&r, &l1, l1_states);
        if (i == 0 || new_l1)
            group_start(&l1, i, t->l1);
        if (i == 0 || new_l2)
            group_start(&l2, i, t->l2);
        /* The stated points may sit on any row of the merged cell. */
        if (t->has_l1_points && !l1.has_stated)
            l1.stated = t->l1_points, l1.has_stated = 1;
        if (t->has_l2_points && !l2.has_stated)
            l2.stated = t->l2_points, l2.has_stated = 1;
        l1.sum += t->leaf_points;
        l2.sum += t->leaf_points;
    }
    if (n > 0) {
        group_close(&r, &l2, l2_states);
        group_close(&r, &l1, l1_states);
    }
    return report_finish(&r, msg, cap);
}

/* --- Quantitative indicators ------------------------------------------ */

/* The target as printed, for messages ("≥95%"). */
static void target_text(const jx_target *t, char *buf, size_t cap)
{
    jx_target_format(t, buf, cap);
}

/* The actual value in the target's units and without its sign ("90%"). */
static void actual_text(const jx_target *t, double aligned, char *buf,
                        size_t cap)
{
    jx_target a = *t;
    char tmp[128];
    size_t sign = strlen(jx_dir_sign(t->dir));

    a.q.value = aligned;
    jx_target_format(&a, tmp, sizeof tmp);
    join(buf, cap, strlen(tmp) >= sign ? tmp + sign : tmp, (const char *)NULL);
}

/* Score range problems of an indicator row (before the rule is applied). */
static void indicator_range(report *r, double points, double score)
{
    char line[JX_MSG_MAX];

    if (above(score, points)) {
        msg_line(line, sizeof line, "", JX_MSG_SCORE_ABOVE, r->lang, fmt(score).s,
                 fmt(points).s, NULL);
        report_add(r, JX_ERR_SCORE_RANGE, line);
    } else if (score < 0) {
        msg_line(line, sizeof line, "", JX_MSG_SCORE_NEGATIVE, r->lang, fmt(score).s, NULL, NULL);
        report_add(r, JX_ERR_SCORE_RANGE, line);
    }
}

/* An actual/target error (units, percent) as a message quoting the target. */
static void indicator_unit_error(report *r, jx_err code, const jx_target *t)
{
    char line[JX_MSG_MAX], tt[128];

    target_text(t, tt, sizeof tt);
    if (zh(r))
        join(line, sizeof line, jx_strerror(code, r->lang), "（指标值 ", tt, "）",
             (const char *)NULL);
    else
        join(line, sizeof line, jx_strerror(code, r->lang), " (target ", tt, ")",
             (const char *)NULL);
    report_add(r, code, line);
}

jx_err jx_check_indicator(const jx_quantity *actual, const jx_target *target,
                          double points, double score, int has_reason,
                          const jx_ind_opts *opts, jx_lang lang, char *msg,
                          size_t cap)
{
    char line[JX_MSG_MAX], tt[128], at[128];
    double expected, completion, aligned;
    jx_ind_opts def;
    unsigned flags;
    report r;
    jx_err rc;

    if (actual == NULL || target == NULL)
        return arg_error(JX_ERR_RANGE, lang, msg, cap);
    if (!isfinite(points) || !isfinite(score))
        return arg_error(JX_ERR_NOT_FINITE, lang, msg, cap);
    if (points < 0)
        return arg_error(JX_ERR_NEGATIVE, lang, msg, cap);
    if (opts == NULL) {
        jx_ind_opts_default(&def);
        opts = &def;
    }
    report_init(&r, lang);
    indicator_range(&r, points, score);

    rc = jx_ind_score(actual, target, points, opts, &expected, &flags);
    if (rc == JX_OK)
        rc = jx_completion(actual, target, opts->reverse, &completion);
    if (rc == JX_OK)
        rc = jx_quantity_align(actual, target, &aligned);
    if (rc == JX_ERR_UNIT_MISMATCH || rc == JX_ERR_PERCENT_UNIT ||
        rc == JX_ERR_NEGATIVE) {
        indicator_unit_error(&r, rc, target);
        return report_finish(&r, msg, cap);
    }
    if (rc != JX_OK)    /* bad options or a malformed target struct */
        return arg_error(rc, lang, msg, cap);

    target_text(target, tt, sizeof tt);
    if ((flags & JX_FLAG_MET) && below(score, points) && score >= 0) {
        msg_line(line, sizeof line, "", JX_MSG_MET_BELOW, lang, tt, fmt(score).s,
                 fmt(points).s);
        report_add(&r, JX_ERR_SCORE_RANGE, line);
    }
    /* Missed, yet full marks where the rule gives less. */
    if (!(flags & JX_FLAG_MET) && below(expected, points) &&
        !below(score, points) && !above(score, points)) {
        actual_text(target, aligned, at, sizeof at);
        msg_line(line, sizeof line, "", JX_MSG_MISSED_FULL, lang, tt, at, fmt(points).s);
        report_add(&r, JX_ERR_SCORE_RANGE, line);
    }
    if ((flags & JX_FLAG_OVER) && has_reason == 0) {
        msg_line(line, sizeof line, "", JX_MSG_OVER_NO_REASON, lang, fmt_pct(completion).s,
                 fmt_pct(opts->over_threshold).s, NULL);
        report_add(&r, JX_ERR_EMPTY, line);
    }
    if (!(flags & JX_FLAG_MET) && has_reason == 0)
        report_add(&r, JX_ERR_EMPTY, jx_msg_text(JX_MSG_MISSED_NO_REASON, lang));
    return report_finish(&r, msg, cap);
}
