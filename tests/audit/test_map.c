/*
 * test_map.c - the `_jixiao` map reader (docs/AUDIT-MAP.md): header,
 * every record kind, bad records kept as error lines, ranges, reading the
 * map from a workbook written by libxlsxwriter, and formula comparison.
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
#include "map.h"

#define ROW(...) ((const char *const[]){__VA_ARGS__}), \
    (sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *))

static void begin(jxau_map *m)
{
    char err[256];
    memset(m, 0, sizeof *m);
    assert_int_equal(jxau_map_begin(m, ROW("jixiao-map", "1", "xmzc-zp", "0.1.0"), err, sizeof err), 0);
}

/* The row must be refused with an error line containing `want`. */
static void bad(const char *want, const char *const *cells, size_t n)
{
    jxau_map m;
    begin(&m);
    assert_int_equal(jxau_map_add(&m, 9, cells, n), 1);
    assert_int_equal(m.n, 0);
    assert_int_equal(m.nerrors, 1);
    if (strstr(m.errors[0], want) == NULL || strncmp(m.errors[0], "row 9: ", 7) != 0)
        fail_msg("want \"%s\", got \"%s\"", want, m.errors[0]);
    jxau_map_free(&m);
}

static void test_header(void **state)
{
    jxau_map m;
    char err[256];
    (void)state;

    begin(&m);
    assert_int_equal(m.version, 1);
    assert_string_equal(m.table, "xmzc-zp");
    assert_string_equal(m.tool, "0.1.0");
    jxau_map_free(&m);
    memset(&m, 0, sizeof m);
    assert_int_equal(jxau_map_begin(&m, ROW("jixiao-map", "1"), err, sizeof err), 0);
    assert_string_equal(m.table, "");
    jxau_map_free(&m);

    assert_int_equal(jxau_map_begin(&m, ROW("jixiao", "1"), err, sizeof err), -1);
    assert_non_null(strstr(err, "does not start with"));
    assert_int_equal(jxau_map_begin(&m, ROW("jixiao-map"), err, sizeof err), -1);
    assert_int_equal(jxau_map_begin(&m, ROW("jixiao-map", "x"), err, sizeof err), -1);
    assert_non_null(strstr(err, "no map version"));
    assert_int_equal(jxau_map_begin(&m, ROW("jixiao-map", "1.5"), err, sizeof err), -1);
    assert_int_equal(jxau_map_begin(&m, ROW("jixiao-map", "2"), err, sizeof err), -1);
    assert_non_null(strstr(err, "newer than this audit reads"));
    jxau_map_free(&m);
}

static void test_good_records(void **state)
{
    jxau_map m;
    jxau_range rg;
    (void)state;

    begin(&m);
    assert_int_equal(jxau_map_add(&m, 2, ROW("meta", "unit=衡阳县", "project=项目=甲")), 0);
    assert_int_equal(jxau_map_add(&m, 3, ROW("exec", "score=H7", "sheet=表", "budget=D7", "spent=E7",
                                            "points=F7", "rate=G7", "base=received")), 0);
    assert_int_equal(jxau_map_add(&m, 4, ROW("fund", "sheet=表", "received=C9", "budget=D9", "rate=E9")), 0);
    assert_int_equal(jxau_map_add(&m, 5, ROW("control", "sheet=表", "actual=B2", "planned=C2", "rate=D2")), 0);
    assert_int_equal(jxau_map_add(&m, 6, ROW("ind", "sheet=表", "target=E14", "actual=F14", "points=G14",
                                            "score=H14", "", "reason=I14", "rule=K14", "future=1")), 0);
    assert_int_equal(jxau_map_add(&m, 7, ROW("sum", "sheet=表", "cell=H21", "parts=H7,H14:H20",
                                            "expected=100")), 0);
    assert_int_equal(jxau_map_add(&m, 8, ROW("grade", "sheet=表", "cell=B22", "total=H21",
                                            "thresholds=90;80;60", "labels=优;良;中;差")), 0);
    assert_int_equal(jxau_map_add(&m, 9, ROW("tree", "sheet=表", "l1=B14:B20", "l2=C14:C20",
                                            "leaves=G14:G20")), 0);
    assert_int_equal(jxau_map_add(&m, 10, ROW("formula", "sheet=表", "cell=H7",
                                             "f=IF(G7=\"\",\"\",ROUND(MIN(G7,1)*F7,2))")), 0);
    assert_int_equal(jxau_map_add(&m, 11, ROW("input", "sheet=表", "cell=D7", "kind=money")), 0);
    assert_int_equal(jxau_map_add(&m, 12, ROW("", "", "")), 0);   /* empty row: ignored */
    assert_int_equal(m.n, 10);
    assert_int_equal(m.nerrors, 0);
    assert_int_equal(m.rec[0].kind, JXAU_META);
    assert_null(m.rec[0].sheet);
    assert_string_equal(jxau_get(&m.rec[0], "project"), "项目=甲");   /* split at the first = */
    assert_int_equal(m.rec[1].kind, JXAU_EXEC);
    assert_int_equal(m.rec[1].map_row, 3);
    assert_string_equal(m.rec[1].sheet, "表");
    assert_string_equal(jxau_get(&m.rec[1], "base"), "received");
    assert_string_equal(jxau_get(&m.rec[4], "future"), "1");          /* unknown keys kept */
    assert_string_equal(jxau_get(&m.rec[8], "f"), "IF(G7=\"\",\"\",ROUND(MIN(G7,1)*F7,2))");
    assert_null(jxau_get(&m.rec[1], "nothing"));
    assert_int_equal(jxau_range_parse(jxau_get(&m.rec[7], "leaves"), &rg), 0);
    assert_int_equal(rg.r1, 13);
    assert_int_equal(rg.r2, 19);
    assert_int_equal(rg.c1, 6);
    jxau_map_free(&m);
    assert_int_equal(m.n, 0);
}

static void test_bad_records(void **state)
{
    (void)state;
    bad("unknown record kind \"execs\"", ROW("execs", "sheet=a"));
    bad("unknown record kind \"\"", ROW("", "sheet=a"));
    bad("is not key=value", ROW("exec", "sheet"));
    bad("is not key=value", ROW("exec", "=D7"));
    bad("key sheet= repeats", ROW("input", "sheet=a", "sheet=b", "cell=A1", "kind=text"));
    bad("exec lacks score=", ROW("exec", "sheet=a", "budget=D7", "spent=E7", "points=F7", "rate=G7"));
    bad("ind lacks sheet=", ROW("ind", "target=E1", "actual=F1", "points=G1", "score=H1"));
    bad("exec budget=D0 is not a cell", ROW("exec", "sheet=a", "budget=D0", "spent=E7",
                                             "points=F7", "rate=G7", "score=H7"));
    bad("sum cell=H1:H2 is not a cell", ROW("sum", "sheet=a", "cell=H1:H2", "parts=H3"));
    bad("sum parts=H1,,H3 is not a list of ranges", ROW("sum", "sheet=a", "cell=H9", "parts=H1,,H3"));
    bad("sum expected=cent is not a number", ROW("sum", "sheet=a", "cell=H9", "parts=H1",
                                                 "expected=cent"));
    bad("tree l1=B1:B is not a range", ROW("tree", "sheet=a", "l1=B1:B", "l2=C1:C2", "leaves=D1:D2"));
    bad("input kind=euro is not money", ROW("input", "sheet=a", "cell=A1", "kind=euro"));
    bad("formula lacks f=", ROW("formula", "sheet=a", "cell=A1"));
    bad("formula sheet= is empty", ROW("formula", "sheet=", "cell=A1", "f=1"));
}

static void test_ranges(void **state)
{
    jxau_range rg[JXAU_RANGES_MAX];
    (void)state;

    assert_int_equal(jxau_range_parse("C9:A1", rg), 0);   /* either corner first */
    assert_int_equal(rg[0].r1, 0);
    assert_int_equal(rg[0].c1, 0);
    assert_int_equal(rg[0].r2, 8);
    assert_int_equal(rg[0].c2, 2);
    assert_int_equal(jxau_ranges_parse("F7,G14:G31,$A$1", rg, JXAU_RANGES_MAX), 3);
    assert_int_equal(rg[1].r2, 30);
    assert_int_equal(jxau_ranges_parse("F7,", rg, JXAU_RANGES_MAX), -1);
    assert_int_equal(jxau_ranges_parse("A1,A2,A3", rg, 2), -1);
    assert_int_equal(jxau_range_parse("A1:", rg), -1);
    assert_int_equal(jxau_range_parse(":A1", rg), -1);
    assert_int_equal(jxau_range_parse("A1:B2:C3", rg), -1);
    assert_int_equal(jxau_kind_parse("tree"), JXAU_TREE);
    assert_string_equal(jxau_kind_word(JXAU_INPUT), "input");
}

static char dir[] = "/tmp/jx-test-map-XXXXXX";

/* A workbook whose _jixiao sheet holds the given rows (NULL ends a row). */
static const char *book_with_map(const char *name, const char *const rows[][6], size_t n,
                                 int version_as_number)
{
    static char path[256];
    lxw_workbook *wb;
    lxw_worksheet *ws;

    snprintf(path, sizeof path, "%s/%s", dir, name);
    wb = workbook_new(path);
    workbook_add_worksheet(wb, "表");
    ws = workbook_add_worksheet(wb, "_jixiao");
    for (size_t r = 0; r < n; r++)
        for (size_t c = 0; c < 6 && rows[r][c]; c++) {
            if (r == 0 && c == 1 && version_as_number)
                worksheet_write_number(ws, 0, 1, atof(rows[r][c]), NULL);
            else if (rows[r][c][0])
                worksheet_write_string(ws, (lxw_row_t)(r + (r > 1)), (lxw_col_t)c, rows[r][c], NULL);
        }
    worksheet_hide(ws);
    assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
    return path;
}

static void test_read_from_workbook(void **state)
{
    static const char *const rows[][6] = {
        {"jixiao-map", "1", "xmzc-zp", "0.1.0", NULL},
        {"meta", "unit=示例局", NULL},
        {"input", "sheet=表", "cell=A1", "kind=money", NULL},   /* written on row 4: row 3 blank */
        {"bogus", "x=1", NULL},
        {"input", "sheet=表", "cell=A1", NULL},
    };
    char err[256] = "";
    jxau_map m;
    xlsx_book *b;
    (void)state;

    b = xlsx_open(book_with_map("m.xlsx", rows, 5, 1), err, sizeof err);
    assert_non_null(b);
    assert_int_equal(jxau_map_read(b, &m, err, sizeof err), 0);
    assert_int_equal(m.version, 1);
    assert_int_equal(m.n, 2);
    assert_int_equal(m.rec[1].map_row, 4);
    assert_int_equal(m.nerrors, 2);
    assert_string_equal(m.errors[0], "row 5: unknown record kind \"bogus\"");
    assert_string_equal(m.errors[1], "row 6: input lacks kind=");
    jxau_map_free(&m);
    xlsx_close(b);

    b = xlsx_open(book_with_map("nomagic.xlsx", rows + 1, 2, 0), err, sizeof err);
    assert_non_null(b);
    assert_int_equal(jxau_map_read(b, &m, err, sizeof err), -1);
    assert_non_null(strstr(err, "does not start with \"jixiao-map\""));
    jxau_map_free(&m);
    xlsx_close(b);

    b = xlsx_open(book_with_map("empty.xlsx", rows, 0, 0), err, sizeof err);
    assert_non_null(b);
    assert_int_equal(jxau_map_read(b, &m, err, sizeof err), -1);
    assert_string_equal(err, "the _jixiao sheet is empty");
    jxau_map_free(&m);
    xlsx_close(b);
}

/* Writing then reading the map: test_mapwrite.c. */

static void test_formula_same(void **state)
{
    (void)state;
    assert_true(jxau_formula_same("IF(G7=\"\",\"\",ROUND(MIN(G7,1)*F7,2))",
                                 "=if( g7 = \"\" , \"\" , round(min(G7,1) * F7, 2) )"));
    assert_true(jxau_formula_same("_xlfn.IFS(A1>1,1)", "IFS(A1>1,1)"));
    assert_false(jxau_formula_same("IF(A1=\"优\",1,0)", "IF(A1=\"良\",1,0)"));
    assert_false(jxau_formula_same("A1&\"a b\"", "A1&\"ab\""));   /* spaces in strings count */
    assert_false(jxau_formula_same("A1&\"x\"", "A1&\"X\""));      /* so does case */
    assert_false(jxau_formula_same("SUM(H14:H20)", "SUM(H14:H19)"));
    /* by meaning (issue 11 item 8): numbers as numbers, one-cell ranges */
    assert_true(jxau_formula_same("IF(F17>=0.7,G17,ROUND(G17*MIN(F17/0.7,1),2))",
                                 "IF(F17>=0.699999999999999999989,G17,"
                                 "ROUND(G17*MIN(F17/0.699999999999999999989,1),2))"));
    assert_true(jxau_formula_same("SUM(G30:G30)", "SUM(G30)"));
    assert_true(jxau_formula_same("SUM($G$30:$G$30)+'表 1'!A1:A1", "SUM($G$30)+'表 1'!A1"));
    assert_true(jxau_formula_same("1.30", "1.3"));
    assert_true(jxau_formula_same("13E-1+_xlfn.ifs(a1,1)", "1.3 + IFS(A1,1)"));
    assert_false(jxau_formula_same("F17>=0.7", "F17>=0.71"));
    assert_false(jxau_formula_same("F17>=0.7", "F17>=0.70000001"));
    assert_false(jxau_formula_same("SUM(G30:G31)", "SUM(G30)"));
    assert_false(jxau_formula_same("SUM($G$30)", "SUM(G30)"));     /* absolute is not relative */
    assert_false(jxau_formula_same("A1:A1:B2", "A1:B2"));
    assert_false(jxau_formula_same("\"0.7\"", "\"0.70\""));     /* strings stay text */
    assert_false(jxau_formula_same("A1<>B1", "A1<B1"));
    assert_false(jxau_formula_same("A1", "A10"));
    assert_false(jxau_formula_same("LOG10(1)", "LOG1(0)"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_header),
        cmocka_unit_test(test_good_records),
        cmocka_unit_test(test_bad_records),
        cmocka_unit_test(test_ranges),
        cmocka_unit_test(test_read_from_workbook),
        cmocka_unit_test(test_formula_same),
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
