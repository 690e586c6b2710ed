/*
 * test_audit.c - the audit of single records on small workbooks written
 * with libxlsxwriter: each record kind, right and wrong, blank rows and
 * inputs, unreadable rules, targets and levels, missing sheets, zero
 * budgets, protection, messages in both languages.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <xlsxwriter.h>

#include "audit.h"

static char dir[] = "/tmp/jx-test-audit-XXXXXX";

/* A cell of the data sheet: "B7" and a number, a text or a formula. */
typedef struct cell {
    const char *ref;
    const char *text;      /* NULL: a number */
    double num;
    const char *formula;   /* with its cached value num (or text when set) */
} cell;

#define END {NULL, NULL, 0, NULL}
#define NUM(r, v) {r, NULL, v, NULL}
#define TXT(r, t) {r, t, 0, NULL}
#define FNUM(r, f, v) {r, NULL, v, f}

typedef struct book_opts {
    int unprotected;
} book_opts;

/* Write sheet 表 with `cells` and a map with `rows` (kind, key=value..., NULL). */
static const char *write_book(const char *name, const cell *cells, const char *const rows[][10],
                              size_t nrows, const book_opts *o)
{
    static char path[256];
    lxw_workbook *wb;
    lxw_worksheet *ws, *ms;

    snprintf(path, sizeof path, "%s/%s", dir, name);
    wb = workbook_new(path);
    ws = workbook_add_worksheet(wb, "表");
    ms = workbook_add_worksheet(wb, "_jixiao");
    for (const cell *c = cells; c->ref; c++) {
        lxw_row_t r = lxw_name_to_row(c->ref);
        lxw_col_t col = lxw_name_to_col(c->ref);
        if (c->formula && c->text)
            worksheet_write_formula_str(ws, r, col, c->formula, NULL, c->text);
        else if (c->formula)
            worksheet_write_formula_num(ws, r, col, c->formula, NULL, c->num);
        else if (c->text)
            worksheet_write_string(ws, r, col, c->text, NULL);
        else
            worksheet_write_number(ws, r, col, c->num, NULL);
    }
    worksheet_write_string(ms, 0, 0, "jixiao-map", NULL);
    worksheet_write_string(ms, 0, 1, "1", NULL);
    worksheet_write_string(ms, 0, 2, "test", NULL);
    for (size_t i = 0; i < nrows; i++)
        for (lxw_col_t c = 0; c < 10 && rows[i][c]; c++)
            worksheet_write_string(ms, (lxw_row_t)(i + 1), c, rows[i][c], NULL);
    if (!(o && o->unprotected)) {
        worksheet_protect(ws, NULL, NULL);
        worksheet_protect(ms, NULL, NULL);
    }
    worksheet_hide(ms);
    assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
    return path;
}

/* Audit and compare the findings, as "code@cell" joined by spaces. */
static void audit_is(const char *path, jx_lang lang, const char *want, jxau_result *keep)
{
    jxau_result r;
    char got[2048] = "";
    size_t len = 0;

    assert_int_equal(jxau_audit_file(path, lang, &r), 0);
    for (size_t i = 0; i < r.nfindings; i++)
        len += (size_t)snprintf(got + len, sizeof got - len, "%s%s@%s", i ? " " : "",
                                jxau_fkind_code(r.findings[i].kind), r.findings[i].cell);
    if (strcmp(got, want) != 0) {
        for (size_t i = 0; i < r.nfindings; i++)
            print_message("  %s: %s\n", r.findings[i].cell, r.findings[i].msg);
        fail_msg("findings \"%s\", want \"%s\"", got, want);
    }
    if (keep)
        *keep = r;
    else
        jxau_result_free(&r);
}

static const char *msg_of(const jxau_result *r, const char *code)
{
    for (size_t i = 0; i < r->nfindings; i++)
        if (strcmp(jxau_fkind_code(r->findings[i].kind), code) == 0)
            return r->findings[i].msg;
    return "";
}

#define EXEC_ROW {"exec", "sheet=表", "budget=B1", "spent=C1", "points=D1", "rate=E1", "score=F1", NULL}

static void test_exec(void **state)
{
    static const char *const rows[][10] = {EXEC_ROW};
    const cell ok[] = {NUM("B1", 1071.15), NUM("C1", 479.71), NUM("D1", 10),
                       FNUM("E1", "=C1/B1", 479.71 / 1071.15), FNUM("F1", "=ROUND(E1*D1,2)", 4.48), END};
    const cell wrong[] = {NUM("B1", 1071.15), NUM("C1", 479.71), NUM("D1", 10),
                          NUM("E1", 0.5), NUM("F1", 5), END};
    const cell zero[] = {NUM("B1", 0), NUM("C1", 0), NUM("D1", 10), NUM("E1", 1), NUM("F1", 10), END};
    const cell blank[] = {NUM("D1", 10), END};
    jxau_result r;
    (void)state;

    audit_is(write_book("exec-ok.xlsx", ok, rows, 1, NULL), JX_LANG_ZH, "", NULL);
    audit_is(write_book("exec-wrong.xlsx", wrong, rows, 1, NULL), JX_LANG_ZH,
             "mismatch@E1 mismatch@F1", &r);
    assert_string_equal(r.findings[1].stated, "5");
    assert_string_equal(r.findings[1].computed, "4.48");
    assert_string_equal(r.findings[1].msg, "执行率得分填报 5，按输入重算应为 4.48");
    assert_string_equal(r.findings[0].computed, "44.7846%");
    jxau_result_free(&r);
    audit_is(write_book("exec-zero.xlsx", zero, rows, 1, NULL), JX_LANG_EN, "mismatch@E1", &r);
    assert_string_equal(r.findings[0].msg,
                        "execution rate: the denominator is 0, no rate can be stated");
    jxau_result_free(&r);
    audit_is(write_book("exec-blank.xlsx", blank, rows, 1, NULL), JX_LANG_ZH,
             "input-blank@B1 input-blank@C1", NULL);
}

static void test_fund_control(void **state)
{
    static const char *const rows[][10] = {
        {"fund", "sheet=表", "received=A1", "budget=B1", "rate=C1", NULL},
        {"control", "sheet=表", "actual=A2", "planned=B2", "rate=C2", NULL},
    };
    const cell good[] = {NUM("A1", 774.79), NUM("B1", 889.39), NUM("C1", 774.79 / 889.39),
                         NUM("A2", 25), NUM("B2", 27), NUM("C2", 25.0 / 27), END};
    const cell bad[] = {NUM("A1", 774.79), NUM("B1", 889.39), NUM("C1", 1),
                        NUM("A2", 25), TXT("B2", "二十七"), NUM("C2", 25.0 / 27), END};
    (void)state;
    audit_is(write_book("fund-ok.xlsx", good, rows, 2, NULL), JX_LANG_ZH, "", NULL);
    audit_is(write_book("fund-bad.xlsx", bad, rows, 2, NULL), JX_LANG_ZH,
             "mismatch@C1 input-bad@B2", NULL);
}

#define IND_ROW(r) {"ind", "sheet=表", "target=A" r, "actual=B" r, "points=C" r, "score=D" r, \
                    "reason=E" r, "rule=F" r, NULL}

static void test_indicators(void **state)
{
    static const char *const rows[][10] = {IND_ROW("1"), IND_ROW("2"), IND_ROW("3"), IND_ROW("4"),
                                           IND_ROW("5"), IND_ROW("6"), IND_ROW("7")};
    const cell c[] = {
        /* 1: ≤ target met */
        TXT("A1", "≤60分钟"), NUM("B1", 50), NUM("C1", 10), NUM("D1", 10),
        /* 2: a % target with 96 typed for 96 % */
        TXT("A2", "≥95%"), NUM("B2", 96), NUM("C2", 10), NUM("D2", 10),
        /* 3: a rule sentence, right score */
        TXT("A3", "按时报送"), TXT("B3", "3天"), NUM("C3", 4), NUM("D3", 2.5), TXT("E3", "逾期"),
        TXT("F3", "逾期报送一天扣0.5分，扣完为止"),
        /* 4: a rule sentence the grammar does not know */
        TXT("A4", "按时报送"), TXT("B4", "3天"), NUM("C4", 4), NUM("D4", 4),
        TXT("F4", "看情况酌情给分"),
        /* 5: a level outside the national tiers */
        TXT("A5", "达成年度指标"), TXT("B5", "还行"), NUM("C5", 5), NUM("D5", 5),
        /* 6: an unused row: nothing at all */
        /* 7: a target that does not read, numeric actual */
        TXT("A7", "显著提升"), NUM("B7", 0.9), NUM("C7", 5), NUM("D7", 5),
        END};
    jxau_result r;
    (void)state;

    audit_is(write_book("ind.xlsx", c, rows, 7, NULL), JX_LANG_ZH,
             "input-bad@B2 input-bad@F4 input-bad@B5 input-bad@A7", &r);
    assert_non_null(strstr(r.findings[0].msg, jx_strerror(JX_ERR_PERCENT_UNIT, JX_LANG_ZH)));
    assert_non_null(strstr(r.findings[1].msg, "看情况酌情给分"));   /* quotes what it could not read */
    assert_non_null(strstr(r.findings[2].msg, "还行"));
    assert_non_null(strstr(r.findings[3].msg, "显著提升"));
    jxau_result_free(&r);
}

static void test_indicator_scores_and_reasons(void **state)
{
    static const char *const rows[][10] = {IND_ROW("1"), IND_ROW("2"), IND_ROW("3"), IND_ROW("4")};
    const cell c[] = {
        /* missed: 0.9 / 0.95 x 20 = 18.95, stated full, no reason */
        TXT("A1", "≥95%"), NUM("B1", 0.9), NUM("C1", 20), NUM("D1", 20),
        /* rule gives 2.5, stated 4 */
        TXT("B2", "3天"), NUM("C2", 4), NUM("D2", 4), TXT("F2", "逾期报送一天扣0.5分，扣完为止"),
        /* qualitative, inside the tier, below the points, with a reason */
        TXT("B3", "部分达成年度指标并具有一定效果"), NUM("C3", 10), NUM("D3", 7), TXT("E3", "原因"),
        /* over-achieved 160 %, no reason */
        TXT("A4", "≥50万人"), TXT("B4", "80万人"), NUM("C4", 10), NUM("D4", 10),
        END};
    jxau_result r;
    (void)state;

    /* a missed target needs a reason even when it was scored full */
    audit_is(write_book("scores.xlsx", c, rows, 4, NULL), JX_LANG_EN,
             "mismatch@D1 no-reason@E1 mismatch@D2 no-reason@E2 over-no-reason@E4", &r);
    assert_string_equal(r.findings[0].computed, "18.95");
    assert_string_equal(r.findings[2].computed, "2.5");
    assert_string_equal(msg_of(&r, "no-reason"), "score 18.95 is below the points 20 and no reason for the shortfall is given");
    assert_string_equal(msg_of(&r, "over-no-reason"),
                        "completion at or above 130% and no reason given");
    jxau_result_free(&r);
}

static void test_sum_grade_tree(void **state)
{
    static const char *const rows[][10] = {
        {"sum", "sheet=表", "cell=C5", "parts=C1:C4", "expected=100", NULL},
        {"sum", "sheet=表", "cell=D5", "parts=D1:D4", NULL},
        {"grade", "sheet=表", "cell=D6", "total=D5", "thresholds=A8", "labels=A9", NULL},
        {"tree", "sheet=表", "l1=A1:A4", "l2=B1:B4", "leaves=C1:C4", "l1points=E1:E4", NULL},
    };
    const cell c[] = {
        TXT("A1", "产出"), TXT("B1", "数量"), NUM("C1", 30), NUM("D1", 30), NUM("E1", 50),
        TXT("B2", "质量"), NUM("C2", 20), NUM("D2", 20),
        TXT("A3", "效益"), TXT("B3", "社会"), NUM("C3", 40), NUM("D3", 30), NUM("E3", 50),
        TXT("B4", "满意度"), NUM("C4", 10), NUM("D4", 8),
        FNUM("C5", "=SUM(C1:C4)", 100), NUM("D5", 90), TXT("D6", "优秀"),
        TXT("A8", "90;80;60"), TXT("A9", "优秀;良好;合格;不合格"),
        END};
    jxau_result r;
    (void)state;

    /* parts 88, stated 90; 90 would be 优秀 but the grade follows the stated total;
     * 效益 states 50 for children worth 50: fine; 产出 50 for 50: fine */
    audit_is(write_book("sums.xlsx", c, rows, 4, NULL), JX_LANG_ZH, "mismatch@D5", &r);
    assert_true(r.has_total && r.total_computed == 88);
    assert_true(r.has_stated_total && r.total_stated == 90);
    assert_string_equal(r.grade_computed, "良好");
    assert_string_equal(r.grade_stated, "优秀");
    jxau_result_free(&r);
}

/* A total still showing the template's "" is not a disagreement; a blank
 * typed over it is. */
static void test_blank_total(void **state)
{
    static const char *const rows[][10] = {
        {"sum", "sheet=表", "cell=A3", "parts=A1:A2", NULL},
        {"sum", "sheet=表", "cell=B3", "parts=B1:B2", NULL},
    };
    const cell c[] = {NUM("A1", 4.48), {"A3", "", 0, "=IF(COUNT(A2)=0,\"\",SUM(A1:A2))"},
                      NUM("B1", 4.48), TXT("B3", " "), END};
    (void)state;
    audit_is(write_book("blank-total.xlsx", c, rows, 2, NULL), JX_LANG_ZH, "mismatch@B3", NULL);
}

static void test_tree_and_weights(void **state)
{
    static const char *const rows[][10] = {
        {"sum", "sheet=表", "cell=C5", "parts=C1:C4", "expected=100", NULL},
        {"tree", "sheet=表", "l1=A1:A4", "l2=B1:B4", "leaves=C1:C4", "l1points=E1:E4", NULL},
        {"grade", "sheet=表", "cell=D6", "total=C5", NULL},
    };
    const cell c[] = {
        TXT("A1", "产出"), NUM("C1", 30), NUM("E1", 40), NUM("C2", 20),
        TXT("A3", "效益"), NUM("C3", 40), NUM("E3", 50), NUM("C4", 5),
        FNUM("C5", "=SUM(C1:C4)", 95), TXT("D6", "优"),
        END};
    jxau_result r;
    (void)state;
    audit_is(write_book("tree.xlsx", c, rows, 3, NULL), JX_LANG_ZH,
             "mismatch@C1:C4 mismatch@A1:A4", &r);
    assert_non_null(strstr(r.findings[0].msg, "95"));
    assert_non_null(strstr(r.findings[1].msg, "产出"));
    jxau_result_free(&r);
}

static void test_sheets_and_protection(void **state)
{
    static const char *const rows[][10] = {
        {"input", "sheet=不存在", "cell=A1", "kind=money", NULL},
        {"formula", "sheet=不存在", "cell=A2", "f=1+1", NULL},
        {"input", "sheet=表", "cell=A1", "kind=money", NULL},
        {"input", "sheet=表", "cell=A2", "kind=count", NULL},
        {"input", "sheet=表", "cell=A3", "kind=rate", NULL},
        {"formula", "sheet=表", "cell=A4", "f=SUM(A1:A2)", NULL},
        {"nonsense", NULL},
    };
    const cell c[] = {NUM("A1", -3), TXT("A2", "三"), TXT("A3", "96%"), FNUM("A4", "=sum( a1:a2 )", -3), END};
    book_opts o = {1};
    jxau_result r;
    (void)state;

    audit_is(write_book("sheets.xlsx", c, rows, 7, &o), JX_LANG_EN,
             "map@ map@ input-bad@A1 input-bad@A2 unprotected@ unprotected@", &r);
    assert_string_equal(r.findings[0].msg, "row 8: unknown record kind \"nonsense\"");
    assert_string_equal(r.findings[1].msg,
                        "sheet \"不存在\" named by the map is missing (deleted or renamed)");
    assert_string_equal(r.findings[4].sheet, "_jixiao");
    assert_string_equal(r.findings[5].sheet, "表");
    jxau_result_free(&r);
}

static void test_skipped(void **state)
{
    lxw_workbook *wb;
    char path[256];
    jxau_result r;
    (void)state;

    snprintf(path, sizeof path, "%s/plain.xlsx", dir);
    wb = workbook_new(path);
    worksheet_write_string(workbook_add_worksheet(wb, NULL), 0, 0, "x", NULL);
    assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
    assert_int_equal(jxau_audit_file(path, JX_LANG_ZH, &r), 1);
    assert_true(r.skipped);
    assert_string_equal(r.reason, "不是由 jixiao 模板生成的工作簿（没有 _jixiao 工作表）");
    jxau_result_free(&r);
    snprintf(path, sizeof path, "%s/none.xlsx", dir);
    assert_int_equal(jxau_audit_file(path, JX_LANG_EN, &r), 1);
    assert_non_null(strstr(r.reason, "cannot open"));
    jxau_result_free(&r);
    assert_int_equal(jxau_audit_file(path, JX_LANG_ZH, &r), 1);
    assert_string_equal(r.reason, "无法打开文件：No such file or directory");
    jxau_result_free(&r);
    snprintf(path, sizeof path, "%s/text.xlsx", dir);
    {
        FILE *f = fopen(path, "w");
        assert_non_null(f);
        fputs("名称,金额\n", f);
        fclose(f);
    }
    assert_int_equal(jxau_audit_file(path, JX_LANG_ZH, &r), 1);
    assert_string_equal(r.reason, "不是 xlsx 工作簿（不是 zip 文件）");
    jxau_result_free(&r);
    assert_string_equal(jxau_fkind_name(JXAU_F_UNPROTECTED, JX_LANG_ZH), "工作表保护被取消");
    assert_string_equal(jxau_fkind_code(JXAU_F_OVER_NO_REASON), "over-no-reason");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exec),
        cmocka_unit_test(test_fund_control),
        cmocka_unit_test(test_indicators),
        cmocka_unit_test(test_indicator_scores_and_reasons),
        cmocka_unit_test(test_sum_grade_tree),
        cmocka_unit_test(test_blank_total),
        cmocka_unit_test(test_tree_and_weights),
        cmocka_unit_test(test_sheets_and_protection),
        cmocka_unit_test(test_skipped),
    };
    int rc;
    char cmd[300];

    if (mkdtemp(dir) == NULL)
        return 1;
    rc = cmocka_run_group_tests(tests, NULL, NULL);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (rc == 0 && system(cmd) != 0)
        return 1;
    return rc;
}
