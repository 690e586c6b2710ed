/*
 * test_mapwrite.c - the one `_jixiao` map writer (src/audit/mapwrite.c,
 * used by jixiao-template and the audit's fixtures) against the audit's
 * reader (src/audit/map.c): every record written is read back key for key,
 * including texts with TABs, newlines and non-ASCII characters, and the
 * map is hidden the one way the project has (src/template/veryhide.c).
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

#include "map.h"
#include "mapwrite.h"
#include "veryhide.h"
#include "xlsx.h"

#define PAIRS_MAX 8

static char dir[] = "/tmp/jx-mapwrite-XXXXXX";

/* One record: what is written and what the reader must give back. */
typedef struct rt_record {
    const char *sheet;                 /* jxau_mapw_sheet before it, or NULL */
    const char *kind;
    const char *written[PAIRS_MAX];    /* key=value as handed to the writer */
    const char *read[PAIRS_MAX];       /* key=value the reader returns      */
} rt_record;

static const rt_record records[] = {
    { NULL, "meta",
      { "unit=衡阳县\t财政局", "project=乡村振兴\r\n示范项目", "year=2024", "dept=Ünïcödé 𝄞" },
      { "unit=衡阳县 财政局", "project=乡村振兴  示范项目", "year=2024", "dept=Ünïcödé 𝄞" } },
    { "项目支出绩效自评表", "exec",
      { "budget=D7", "spent=E7", "points=F7", "rate=G7", "score=H7", "base=budget" },
      { "sheet=项目支出绩效自评表", "budget=D7", "spent=E7", "points=F7", "rate=G7", "score=H7",
        "base=budget" } },
    { NULL, "grade",
      { "cell=B22", "total=H21", "thresholds=90;80;60", "labels=优;良;中;差" },
      { "sheet=项目支出绩效自评表", "cell=B22", "total=H21", "thresholds=90;80;60",
        "labels=优;良;中;差" } },
    { "表 2\t(续)", "input",
      { "cell=D7", "kind=text" },
      { "sheet=表 2 (续)", "cell=D7", "kind=text" } },
};
#define NRECORDS (sizeof records / sizeof records[0])

static void write_record(jxau_mapw *w, const rt_record *r)
{
    const char *const *p = r->written;
    if (r->sheet)
        jxau_mapw_sheet(w, r->sheet);
    assert_int_equal(jxau_mapw_add(w, r->kind, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7],
                                  (const char *)NULL), 0);
}

/* The record read back has exactly the pairs of `want`, in order. */
static void check_record(const jxau_record *got, const rt_record *want)
{
    size_t n = 0;
    assert_string_equal(jxau_kind_word(got->kind), want->kind);
    for (; n < PAIRS_MAX && want->read[n]; n++) {
        char pair[512];
        assert_true(n < got->nkv);
        snprintf(pair, sizeof pair, "%s=%s", got->kv[n].key, got->kv[n].value);
        assert_string_equal(pair, want->read[n]);
    }
    assert_int_equal(got->nkv, n);
}

/* A long formula: no writer may cut it (the template's used to at 1 KiB). */
static char *long_formula(void)
{
    size_t cap = 4000, o = 0;
    char *f = malloc(cap);
    assert_non_null(f);
    o += (size_t)snprintf(f, cap, "=IF(G7=\"优\",\"\",SUM(");
    for (int i = 1; i <= 300; i++)
        o += (size_t)snprintf(f + o, cap - o, "%sH%d", i > 1 ? "," : "", i);
    snprintf(f + o, cap - o, "))");
    return f;
}

static void write_map(const char *path, const char *formula)
{
    lxw_workbook *wb = workbook_new(path);
    jxau_mapw w;
    tpl_diag d = { 0 };

    assert_non_null(wb);
    workbook_add_worksheet(wb, "项目支出绩效自评表");
    assert_int_equal(jxau_mapw_begin(&w, wb, "xmzc-zp", "0.1.0", "pw"), 0);
    for (size_t i = 0; i < NRECORDS; i++)
        write_record(&w, &records[i]);
    assert_int_equal(jxau_mapw_formula(&w, 6, 7, formula), 0);
    assert_int_equal(jxau_mapw_input(&w, 6, 3, "money"), 0);
    assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
    assert_int_equal(tpl_very_hide(path, path, "_jixiao", &d), TPL_OK);
}

static void test_round_trip(void **state)
{
    char path[256], err[256] = "";
    char *formula = long_formula();
    jxau_map m;
    xlsx_book *b;
    (void)state;

    snprintf(path, sizeof path, "%s/written.xlsx", dir);
    write_map(path, formula);
    b = xlsx_open(path, err, sizeof err);
    assert_non_null(b);
    assert_int_equal(xlsx_sheet_by_name(b, "_jixiao")->state, XLSX_VERY_HIDDEN);
    assert_int_equal(jxau_map_read(b, &m, err, sizeof err), 0);
    assert_true(xlsx_sheet_by_name(b, "_jixiao")->protected_);
    assert_string_equal(m.table, "xmzc-zp");
    assert_string_equal(m.tool, "0.1.0");
    assert_int_equal(m.nerrors, 0);
    assert_int_equal(m.n, NRECORDS + 2);
    for (size_t i = 0; i < NRECORDS; i++)
        check_record(&m.rec[i], &records[i]);
    assert_null(m.rec[0].sheet);                        /* meta names no sheet */
    assert_string_equal(m.rec[NRECORDS].sheet, "表 2 (续)");
    assert_string_equal(jxau_get(&m.rec[NRECORDS], "cell"), "H7");
    assert_string_equal(jxau_get(&m.rec[NRECORDS], "f"), formula + 1);
    assert_string_equal(jxau_get(&m.rec[NRECORDS + 1], "cell"), "D7");
    assert_string_equal(jxau_get(&m.rec[NRECORDS + 1], "kind"), "money");
    jxau_map_free(&m);
    xlsx_close(b);
    free(formula);
}

/* The template's way: a sheet it added itself, every cell in one format. */
static void test_attach(void **state)
{
    char path[256], err[256] = "";
    lxw_workbook *wb;
    lxw_worksheet *ws;
    jxau_mapw w;
    jxau_map m;
    xlsx_book *b;
    (void)state;

    snprintf(path, sizeof path, "%s/attached.xlsx", dir);
    wb = workbook_new(path);
    workbook_add_worksheet(wb, "表");
    ws = workbook_add_worksheet(wb, "_jixiao");
    assert_int_equal(jxau_mapw_attach(&w, ws, workbook_add_format(wb), "bmzt-zp", "9.9"), 0);
    assert_int_equal(jxau_mapw_add(&w, "meta", "unit=甲\n乙", (const char *)NULL), 0);
    assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
    b = xlsx_open(path, err, sizeof err);
    assert_non_null(b);
    assert_int_equal(jxau_map_read(b, &m, err, sizeof err), 0);
    assert_string_equal(m.table, "bmzt-zp");
    assert_int_equal(m.n, 1);
    assert_string_equal(jxau_get(&m.rec[0], "unit"), "甲 乙");
    jxau_map_free(&m);
    xlsx_close(b);
}

static void test_refused(void **state)
{
    char path[256];
    lxw_workbook *wb;
    jxau_mapw w;
    tpl_diag d = { 0 };
    (void)state;

    snprintf(path, sizeof path, "%s/refused.xlsx", dir);
    wb = workbook_new(path);
    assert_int_equal(jxau_mapw_begin(&w, wb, "t", "v", NULL), 0);
    assert_int_equal(jxau_mapw_add(&w, "meta", "=x", (const char *)NULL), -1);   /* no key */
    assert_int_equal(jxau_mapw_add(&w, "meta", "unit=ok", (const char *)NULL), -1); /* stays failed */
    assert_int_equal(jxau_mapw_add(&w, "meta", "nokey", (const char *)NULL), -1);
    assert_int_equal(jxau_mapw_begin(&w, wb, "t", "v", NULL), -1);   /* a second _jixiao */
    assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
    /* a workbook without a map cannot be made very hidden */
    snprintf(path, sizeof path, "%s/plain.xlsx", dir);
    wb = workbook_new(path);
    workbook_add_worksheet(wb, NULL);
    assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
    assert_int_not_equal(tpl_very_hide(path, path, "_jixiao", &d), TPL_OK);
    assert_non_null(strstr(d.msg, "_jixiao"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_attach),
        cmocka_unit_test(test_refused),
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
