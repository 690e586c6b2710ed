/*
 * test_xlsx.c - the audit's xlsx reader on workbooks written by
 * libxlsxwriter and on small packages assembled part by part with libzip,
 * including broken ones: not a zip, OLE, truncated, missing parts,
 * malformed XML, a DTD, an oversized part, bad cells.
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
#include <sys/stat.h>

#include <xlsxwriter.h>

#include "xlsx.h"
#include "ziputil.h"

static char dir[] = "/tmp/jx-test-xlsx-XXXXXX";

static const char *tmp(const char *name)
{
    static char buf[8][256];
    static int i;
    i = (i + 1) % 8;
    snprintf(buf[i], sizeof buf[i], "%s/%s", dir, name);
    return buf[i];
}

/* Parts every handmade package shares. */
static const char rels[] =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
    "</Relationships>";
static const char wb_one[] =
    "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    "<sheet name=\"数据\" sheetId=\"1\" r:id=\"rId1\"/>"
    "<sheet name=\"_jixiao\" sheetId=\"2\" state=\"veryHidden\" r:id=\"rId2\"/>"
    "</sheets></workbook>";
static const char wb_rels[] =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    "</Relationships>";
static const char sst[] =
    "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"3\" uniqueCount=\"3\">"
    "<si><t>项目名称</t></si>"
    "<si><r><rPr><b/></rPr><t>偏差</t></r><r><t xml:space=\"preserve\">原因 </t></r><rPh><t>ピン</t></rPh></si>"
    "<si><t/></si></sst>";
#define WS_HEAD "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
static const char sheet1[] = WS_HEAD
    "<sheetData>"
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
    "<c r=\"C1\" t=\"inlineStr\"><is><t>内联</t></is></c><c r=\"D1\" t=\"b\"><v>1</v></c>"
    "<c r=\"E1\" t=\"e\"><v>#DIV/0!</v></c><c r=\"F1\" s=\"3\"/></row>"
    "<row r=\"3\"><c r=\"A3\"><v>479.71</v></c><c r=\"B3\"><f>A3/1071.15</f><v>0.44784577323437427</v></c>"
    "<c r=\"C3\" t=\"str\"><f>IF(A3&gt;0,\"有\",\"\")</f><v>有</v></c></row>"
    "<row r=\"4\"><c r=\"A4\"><v>1</v></c><c r=\"B4\"><f t=\"shared\" ref=\"B4:C6\" si=\"0\">A4*2+$A$4+SUM(A$4:A4)+LOG10(10)+\"A4\"</f><v>5</v></c>"
    "<c r=\"C4\"><f t=\"shared\" si=\"0\"/><v>0</v></c></row>"
    "<row r=\"6\"><c r=\"B6\"><f t=\"shared\" si=\"0\"/><v>0</v></c></row>"
    "<row><c><v>7</v></c><c><v>8</v></c></row>"
    "</sheetData><sheetProtection sheet=\"0\"/></worksheet>";
static const char sheet2[] = WS_HEAD
    "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>2</v></c></row></sheetData>"
    "<sheetProtection password=\"CC3D\" sheet=\"1\" objects=\"1\"/></worksheet>";

/* Write the handmade package, with part `skip` left out and part
 * `replace_name` given other text. */
static const char *package(const char *name, const char *skip, const char *replace_name,
                           const char *replace_text)
{
    zu_part parts[] = {
        {"_rels/.rels", rels, 0}, {"xl/workbook.xml", wb_one, 0},
        {"xl/_rels/workbook.xml.rels", wb_rels, 0}, {"xl/sharedStrings.xml", sst, 0},
        {"xl/worksheets/sheet1.xml", sheet1, 0}, {"xl/worksheets/sheet2.xml", sheet2, 0},
    };
    zu_part use[6];
    size_t n = 0;
    const char *path = tmp(name);

    for (size_t i = 0; i < 6; i++) {
        if (skip && strcmp(parts[i].name, skip) == 0)
            continue;
        use[n] = parts[i];
        if (replace_name && strcmp(parts[i].name, replace_name) == 0)
            use[n].data = replace_text;
        n++;
    }
    assert_int_equal(zu_write(path, use, n), 0);
    return path;
}

static void write_file(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    fclose(f);
}

/* Open must fail and the reason must contain `want`. */
static void open_fails(const char *path, const char *want)
{
    char err[XLSX_ERR_MAX] = "";
    xlsx_book *b = xlsx_open(path, err, sizeof err);
    if (b != NULL || strstr(err, want) == NULL)
        fail_msg("%s: want failure with \"%s\", got %s \"%s\"", path, want, b ? "success" : "", err);
    assert_null(strchr(err, '\n'));
}

/* Open works, loading the first sheet fails with `want`. */
static void load_fails(const char *path, const char *want)
{
    char err[XLSX_ERR_MAX] = "";
    xlsx_book *b = xlsx_open(path, err, sizeof err);
    if (b == NULL)
        fail_msg("%s: open failed: %s", path, err);
    int rc = xlsx_sheet_load(b, xlsx_sheet_at(b, 0), err, sizeof err);
    if (rc == 0 || strstr(err, want) == NULL)
        fail_msg("%s: want load failure with \"%s\", got rc %d \"%s\"", path, want, rc, err);
    assert_false(xlsx_sheet_at(b, 0)->loaded);
    xlsx_close(b);
}

static const xlsx_cell *at(const xlsx_sheet *s, const char *ref)
{
    uint32_t r, c;
    assert_int_equal(xlsx_ref_parse(ref, strlen(ref), &r, &c), 0);
    return xlsx_cell_at(s, r, c);
}

static void test_handmade(void **state)
{
    char err[XLSX_ERR_MAX];
    xlsx_book *b = xlsx_open(package("hand.xlsx", NULL, NULL, NULL), err, sizeof err);
    xlsx_sheet *s, *m;
    const xlsx_cell *c;
    (void)state;

    if (b == NULL)
        fail_msg("%s", err);
    assert_int_equal(xlsx_sheet_count(b), 2);
    assert_int_equal(xlsx_shared_count(b), 3);
    s = xlsx_sheet_at(b, 0);
    m = xlsx_sheet_by_name(b, "_jixiao");
    assert_string_equal(s->name, "数据");
    assert_string_equal(s->part, "xl/worksheets/sheet1.xml");
    assert_string_equal(m->part, "xl/worksheets/sheet2.xml");
    assert_int_equal(s->state, XLSX_VISIBLE);
    assert_int_equal(m->state, XLSX_VERY_HIDDEN);
    assert_null(xlsx_sheet_by_name(b, "missing"));
    assert_null(xlsx_title(b));
    assert_int_equal(xlsx_sheet_load(b, s, err, sizeof err), 0);
    assert_int_equal(xlsx_sheet_load(b, m, err, sizeof err), 0);
    assert_false(s->protected_);           /* sheet="0" */
    assert_true(m->protected_);

    c = at(s, "A1");
    assert_int_equal(c->type, XLSX_T_S);
    assert_string_equal(c->text, "项目名称");
    assert_string_equal(at(s, "B1")->text, "偏差原因 ");   /* runs joined, rPh left out */
    assert_int_equal(at(s, "C1")->type, XLSX_T_INLINE);
    assert_string_equal(at(s, "C1")->text, "内联");
    assert_int_equal(at(s, "D1")->type, XLSX_T_B);
    assert_true(at(s, "D1")->num == 1);
    assert_int_equal(at(s, "E1")->type, XLSX_T_E);
    assert_string_equal(at(s, "E1")->text, "#DIV/0!");
    assert_int_equal(at(s, "F1")->type, XLSX_T_NONE);
    assert_null(at(s, "A2"));
    assert_true(at(s, "A3")->num == 479.71);
    assert_null(at(s, "A3")->formula);
    assert_string_equal(at(s, "B3")->formula, "A3/1071.15");
    assert_true(at(s, "B3")->num == 0.44784577323437427);
    assert_int_equal(at(s, "C3")->type, XLSX_T_STR);
    assert_string_equal(at(s, "C3")->formula, "IF(A3>0,\"有\",\"\")");
    assert_string_equal(at(s, "C3")->text, "有");

    /* the shared formula, master and moved copies */
    assert_string_equal(at(s, "B4")->formula, "A4*2+$A$4+SUM(A$4:A4)+LOG10(10)+\"A4\"");
    assert_true(at(s, "B4")->shared);
    assert_string_equal(at(s, "C4")->formula, "B4*2+$A$4+SUM(B$4:B4)+LOG10(10)+\"A4\"");
    assert_string_equal(at(s, "B6")->formula, "A6*2+$A$4+SUM(A$4:A6)+LOG10(10)+\"A4\"");

    /* cells without r= follow the previous row and column */
    assert_true(at(s, "A7")->num == 7);
    assert_true(at(s, "B7")->num == 8);
    assert_string_equal(at(m, "A1")->text, "");
    xlsx_close(b);
}

static void test_libxlsxwriter_book(void **state)
{
    const char *path = tmp("lxw.xlsx");
    lxw_workbook *wb = workbook_new(path);
    lxw_worksheet *a = workbook_add_worksheet(wb, "表一"), *h = workbook_add_worksheet(wb, "hid");
    lxw_doc_properties props = {.title = "自评表"};
    char err[XLSX_ERR_MAX];
    xlsx_book *b;
    xlsx_sheet *s;
    (void)state;

    workbook_set_properties(wb, &props);
    workbook_set_custom_property_string(wb, "jixiao-table", "xmzc-zp");
    worksheet_write_string(a, 0, 0, "文本", NULL);
    worksheet_write_number(a, 0, 1, 4.48, NULL);
    worksheet_write_boolean(a, 0, 2, 1, NULL);
    worksheet_write_formula_num(a, 1, 0, "=ROUND(MIN(B1,1)*10,2)", NULL, 10);
    worksheet_write_formula_str(a, 1, 1, "=IF(B1>=90,\"优\",\"良\")", NULL, "良");
    worksheet_protect(a, NULL, NULL);
    worksheet_hide(h);
    assert_int_equal(workbook_close(wb), LXW_NO_ERROR);

    b = xlsx_open(path, err, sizeof err);
    if (b == NULL)
        fail_msg("%s", err);
    assert_string_equal(xlsx_title(b), "自评表");
    assert_string_equal(xlsx_prop_get(b, "jixiao-table"), "xmzc-zp");
    assert_int_equal(xlsx_prop_count(b), 1);
    assert_int_equal(xlsx_sheet_by_name(b, "hid")->state, XLSX_HIDDEN);
    s = xlsx_sheet_by_name(b, "表一");
    assert_int_equal(xlsx_sheet_load(b, s, err, sizeof err), 0);
    assert_true(s->protected_);
    assert_string_equal(at(s, "A1")->text, "文本");
    assert_true(at(s, "B1")->num == 4.48);
    assert_int_equal(at(s, "C1")->type, XLSX_T_B);
    assert_string_equal(at(s, "A2")->formula, "ROUND(MIN(B1,1)*10,2)");
    assert_true(at(s, "A2")->num == 10);
    assert_int_equal(at(s, "B2")->type, XLSX_T_STR);
    assert_string_equal(at(s, "B2")->text, "良");
    assert_int_equal(xlsx_sheet_load(b, xlsx_sheet_by_name(b, "hid"), err, sizeof err), 0);
    assert_false(xlsx_sheet_by_name(b, "hid")->protected_);
    xlsx_close(b);
}

static void test_buffer_equals_file(void **state)
{
    const char *path = package("buf.xlsx", NULL, NULL, NULL);
    FILE *f = fopen(path, "rb");
    char data[16384], err[XLSX_ERR_MAX];
    size_t n;
    xlsx_book *b;
    (void)state;

    assert_non_null(f);
    n = fread(data, 1, sizeof data, f);
    fclose(f);
    b = xlsx_open_buffer(data, n, err, sizeof err);
    if (b == NULL)
        fail_msg("%s", err);
    assert_int_equal(xlsx_sheet_load(b, xlsx_sheet_at(b, 0), err, sizeof err), 0);
    assert_string_equal(at(xlsx_sheet_at(b, 0), "B1")->text, "偏差原因 ");
    xlsx_close(b);
    assert_null(xlsx_open_buffer(data, n / 2, err, sizeof err));
    assert_non_null(strstr(err, "zip"));
    assert_null(xlsx_open_buffer("", 0, err, sizeof err));
}

static void test_not_xlsx(void **state)
{
    static const unsigned char ole[16] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    char big[4096];
    (void)state;

    write_file(tmp("text.xlsx"), "hello, world\n", 13);
    open_fails(tmp("text.xlsx"), "not a zip file");
    write_file(tmp("empty.xlsx"), "", 0);
    open_fails(tmp("empty.xlsx"), "not a zip file");
    write_file(tmp("ole.xlsx"), ole, sizeof ole);
    open_fails(tmp("ole.xlsx"), "encrypted or legacy .xls");
    open_fails(tmp("does-not-exist.xlsx"), "cannot open");
    memset(big, 'x', sizeof big);
    memcpy(big, "PK\3\4", 4);
    write_file(tmp("pk.xlsx"), big, sizeof big);
    open_fails(tmp("pk.xlsx"), "corrupt zip file");
}

static void test_truncated(void **state)
{
    const char *path = package("whole.xlsx", NULL, NULL, NULL);
    FILE *f = fopen(path, "rb");
    char data[16384];
    size_t n;
    (void)state;

    assert_non_null(f);
    n = fread(data, 1, sizeof data, f);
    fclose(f);
    for (size_t cut = 4; cut < n; cut += n / 7) {
        write_file(tmp("cut.xlsx"), data, cut);
        open_fails(tmp("cut.xlsx"), "zip");
    }
}

static void test_missing_parts(void **state)
{
    (void)state;
    open_fails(package("nowb.xlsx", "xl/workbook.xml", NULL, NULL), "missing xl/workbook.xml");
    open_fails(package("norels.xlsx", "xl/_rels/workbook.xml.rels", NULL, NULL),
               "missing xl/_rels/workbook.xml.rels");
    /* no sharedStrings part: opens, but a sheet with t="s" cells cannot be read */
    load_fails(package("nosst.xlsx", "xl/sharedStrings.xml", NULL, NULL),
               "shared string 0 does not exist (no sharedStrings.xml)");
    load_fails(package("nosheet.xlsx", "xl/worksheets/sheet1.xml", NULL, NULL), "missing part");
    /* a sheet whose relationship is missing */
    open_fails(package("norid.xlsx", NULL, "xl/workbook.xml",
                       "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                       "<sheets><sheet name=\"x\" sheetId=\"1\" r:id=\"rId9\"/></sheets></workbook>"),
               "relationship rId9 not found");
    open_fails(package("nosheets.xlsx", NULL, "xl/workbook.xml", "<workbook/>"), "no <sheets>");
}

static void test_malformed_xml(void **state)
{
    (void)state;
    open_fails(package("badwb.xlsx", NULL, "xl/workbook.xml", "<workbook><sheets>"),
               "malformed XML in xl/workbook.xml");
    open_fails(package("badsst.xlsx", NULL, "xl/sharedStrings.xml", "<sst><si><t>x</si></sst>"),
               "malformed XML in xl/sharedStrings.xml");
    open_fails(package("notxml.xlsx", NULL, "xl/workbook.xml", "\x01\x02 binary"),
               "malformed XML");
    load_fails(package("badsheet.xlsx", NULL, "xl/worksheets/sheet1.xml",
                       WS_HEAD "<sheetData><row><c r=\"A1\"><v>1</v></row></sheetData>"),
               "malformed XML in xl/worksheets/sheet1.xml");
    load_fails(package("badref.xlsx", NULL, "xl/worksheets/sheet1.xml",
                       WS_HEAD "<sheetData><row><c r=\"AAAA1\"><v>1</v></c></row></sheetData></worksheet>"),
               "bad cell reference \"AAAA1\"");
    load_fails(package("badnum.xlsx", NULL, "xl/worksheets/sheet1.xml",
                       WS_HEAD "<sheetData><row><c r=\"A1\"><v>12abc</v></c></row></sheetData></worksheet>"),
               "A1: bad number \"12abc\"");
    load_fails(package("badidx.xlsx", NULL, "xl/worksheets/sheet1.xml",
                       WS_HEAD "<sheetData><row><c r=\"A1\" t=\"s\"><v>3</v></c></row></sheetData></worksheet>"),
               "shared string 3 does not exist");
    load_fails(package("badrow.xlsx", NULL, "xl/worksheets/sheet1.xml",
                       WS_HEAD "<sheetData><row r=\"0\"/></sheetData></worksheet>"),
               "bad row number");
    load_fails(package("notws.xlsx", NULL, "xl/worksheets/sheet1.xml", "<html/>"),
               "is not a worksheet");
}

static void test_dtd_refused(void **state)
{
    static const char laughs[] =
        "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">"
        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
        "<sst><si><t>&c;</t></si></sst>";
    static const char external[] =
        "<?xml version=\"1.0\"?><!DOCTYPE workbook SYSTEM \"http://example.invalid/x.dtd\"><workbook/>";
    (void)state;
    open_fails(package("laughs.xlsx", NULL, "xl/sharedStrings.xml", laughs), "declares a DTD");
    open_fails(package("ext.xlsx", NULL, "xl/workbook.xml", external), "declares a DTD");
}

/* A sheet in UTF-16 LE with a BOM and a DTD: found by the parser, not by a
 * byte search (issue 11 item 6); the workbook as a whole is refused. */
static void test_dtd_utf16(void **state)
{
    static const char xml[] = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
                              "<!DOCTYPE worksheet [<!ENTITY a \"b\">]><worksheet xmlns=\""
                              "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>";
    size_t n = sizeof xml - 1;
    char *u16 = malloc(2 * n + 2), err[XLSX_ERR_MAX] = "";
    xlsx_book *b;
    zu_part parts[] = {
        {"_rels/.rels", rels, 0}, {"xl/workbook.xml", wb_one, 0},
        {"xl/_rels/workbook.xml.rels", wb_rels, 0}, {"xl/sharedStrings.xml", sst, 0},
        {"xl/worksheets/sheet1.xml", NULL, 2 * n + 2}, {"xl/worksheets/sheet2.xml", sheet2, 0},
    };
    (void)state;

    assert_non_null(u16);
    u16[0] = (char)0xFF;
    u16[1] = (char)0xFE;
    for (size_t i = 0; i < n; i++) {
        u16[2 + 2 * i] = xml[i];
        u16[3 + 2 * i] = 0;
    }
    parts[4].data = u16;
    assert_int_equal(zu_write(tmp("dtd16.xlsx"), parts, 6), 0);
    free(u16);
    b = xlsx_open(tmp("dtd16.xlsx"), err, sizeof err);
    assert_non_null(b);
    assert_null(xlsx_refused(b));
    assert_int_equal(xlsx_sheet_load(b, xlsx_sheet_at(b, 0), err, sizeof err), -1);
    assert_non_null(strstr(err, "declares a DTD"));
    assert_non_null(xlsx_refused(b));
    xlsx_close(b);
}

/* The limits of issue 11 item 5 (a shared formula expanding to ~1 GB, more
 * than XLSX_CELLS_MAX empty cells ...) are tested on the real binary under
 * timeout and an address-space limit by test_audit_robust.py: here, under
 * valgrind, a million cells would take minutes. */

/* A named pipe is refused at once, not read (issue 11 item 7). */
static void test_pipe_refused(void **state)
{
    (void)state;
    assert_int_equal(mkfifo(tmp("pipe.xlsx"), 0600), 0);
    open_fails(tmp("pipe.xlsx"), "not a regular file (named pipe)");
    open_fails("/dev/null", "not a regular file (device)");
}

/* A worksheet part that inflates past XLSX_PART_MAX from a small zip. */
static void test_oversized_part(void **state)
{
    size_t n = XLSX_PART_MAX + 4096;
    char *big = malloc(n + 1);
    (void)state;

    assert_non_null(big);
    memset(big, ' ', n);
    memcpy(big, WS_HEAD, sizeof WS_HEAD - 1);
    big[n] = '\0';
    load_fails(package("bomb.xlsx", NULL, "xl/worksheets/sheet1.xml", big), "larger than 64 MiB");
    free(big);
}

/* 200 000 cells stream through (the sheet is never a whole tree). */
static void test_large_sheet(void **state)
{
    size_t cap = 200000 * 40 + 256, len = 0;
    char *xml = malloc(cap), err[XLSX_ERR_MAX];
    xlsx_book *b;
    xlsx_sheet *s;
    (void)state;

    assert_non_null(xml);
    len += (size_t)snprintf(xml + len, cap - len, "%s<sheetData>", WS_HEAD);
    for (int r = 1; r <= 20000; r++) {
        len += (size_t)snprintf(xml + len, cap - len, "<row r=\"%d\">", r);
        for (int c = 0; c < 10; c++)
            len += (size_t)snprintf(xml + len, cap - len, "<c r=\"%c%d\"><v>%d</v></c>", 'A' + c, r, r * 10 + c);
        len += (size_t)snprintf(xml + len, cap - len, "</row>");
    }
    snprintf(xml + len, cap - len, "</sheetData></worksheet>");
    b = xlsx_open(package("large.xlsx", NULL, "xl/worksheets/sheet1.xml", xml), err, sizeof err);
    free(xml);
    assert_non_null(b);
    s = xlsx_sheet_at(b, 0);
    assert_int_equal(xlsx_sheet_load(b, s, err, sizeof err), 0);
    assert_int_equal(s->ncells, 200000);
    assert_true(at(s, "J20000")->num == 200009);
    assert_true(at(s, "A1")->num == 10);
    xlsx_close(b);
}

static void test_refs(void **state)
{
    uint32_t r, c;
    char buf[16];
    char *f;
    (void)state;

    assert_int_equal(xlsx_ref_parse("B7", 2, &r, &c), 0);
    assert_int_equal(r, 6);
    assert_int_equal(c, 1);
    assert_int_equal(xlsx_ref_parse("$xfd$1048576", 12, &r, &c), 0);
    assert_int_equal(c, 16383);
    assert_int_equal(r, 1048575);
    assert_int_equal(xlsx_ref_parse("XFE1", 4, &r, &c), -1);
    assert_int_equal(xlsx_ref_parse("A0", 2, &r, &c), -1);
    assert_int_equal(xlsx_ref_parse("A1048577", 8, &r, &c), -1);
    assert_int_equal(xlsx_ref_parse("1A", 2, &r, &c), -1);
    assert_int_equal(xlsx_ref_parse("A", 1, &r, &c), -1);
    assert_int_equal(xlsx_ref_parse("", 0, &r, &c), -1);
    xlsx_ref_format(0, 0, buf, sizeof buf);
    assert_string_equal(buf, "A1");
    xlsx_ref_format(20, 27, buf, sizeof buf);
    assert_string_equal(buf, "AB21");
    xlsx_ref_format(1048575, 16383, buf, sizeof buf);
    assert_string_equal(buf, "XFD1048576");

    f = xlsx_formula_shift("'Sheet A1'!B2+Sheet2!C3+A1", 1, 1);
    assert_string_equal(f, "'Sheet A1'!C3+Sheet2!D4+B2");
    free(f);
    f = xlsx_formula_shift("ATAN2(A1,B1)+_xlfn.X1(Z9)", 2, 0);
    assert_string_equal(f, "ATAN2(A3,B3)+_xlfn.X1(Z11)");
    free(f);
    assert_null(xlsx_formula_shift("A1", -1, 0));
}

/* The printf conversions of s in order ("%.60s" -> ".60s"), into out. */
static void conversions(const char *s, char *out, size_t cap)
{
    size_t o = 0;
    for (; *s; s++) {
        if (*s != '%')
            continue;
        s++;
        while (*s && strchr("-+ #0123456789.zlh", *s) && o + 1 < cap)
            out[o++] = *s++;
        if (*s && o + 2 < cap) {
            out[o++] = *s;
            out[o++] = '|';
        }
        if (!*s)
            break;
    }
    out[o] = '\0';
}

/* Every message of the reader has both texts, with the same conversions. */
static void test_messages_both_languages(void **state)
{
    (void)state;
    assert_true(xlsx_msg_count() == XLSX_MSG_COUNT);
    assert_null(xlsx_msg_format(XLSX_MSG_COUNT, JX_LANG_ZH));
    for (int i = 0; i < xlsx_msg_count(); i++) {
        const char *zh = xlsx_msg_format(i, JX_LANG_ZH), *en = xlsx_msg_format(i, JX_LANG_EN);
        char cz[64], ce[64];
        assert_non_null(zh);
        assert_non_null(en);
        assert_true(strcmp(zh, en) != 0);
        conversions(zh, cz, sizeof cz);
        conversions(en, ce, sizeof ce);
        if (strcmp(cz, ce) != 0)
            fail_msg("message %d: %s vs %s (%s / %s)", i, cz, ce, zh, en);
    }
}

/* xlsx_open_lang answers in Chinese and says which message it gave. */
static void test_open_in_chinese(void **state)
{
    static const unsigned char ole[16] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    char err[XLSX_ERR_MAX];
    int msg = 0;
    (void)state;

    write_file(tmp("zh-text.xlsx"), "hello, world\n", 13);
    assert_null(xlsx_open_lang(tmp("zh-text.xlsx"), JX_LANG_ZH, &msg, err, sizeof err));
    assert_int_equal(msg, XLSX_MSG_NOT_ZIP);
    assert_string_equal(err, "不是 xlsx 工作簿（不是 zip 文件）");
    assert_null(xlsx_open_lang(tmp("zh-text.xlsx"), JX_LANG_EN, &msg, err, sizeof err));
    assert_string_equal(err, "not an xlsx workbook (not a zip file)");
    write_file(tmp("zh-ole.xlsx"), ole, sizeof ole);
    assert_null(xlsx_open_lang(tmp("zh-ole.xlsx"), JX_LANG_ZH, &msg, err, sizeof err));
    assert_int_equal(msg, XLSX_MSG_OLE);
    assert_string_equal(err, "已加密或为旧版 .xls 文件（OLE 复合文档），不是 xlsx 工作簿");
    assert_null(xlsx_open_lang(tmp("no-such.xlsx"), JX_LANG_ZH, &msg, err, sizeof err));
    assert_int_equal(msg, XLSX_MSG_CANNOT_OPEN);
    assert_string_equal(err, "无法打开文件：No such file or directory");
    assert_null(xlsx_open_lang(dir, JX_LANG_ZH, &msg, err, sizeof err));
    assert_int_equal(msg, XLSX_MSG_NOT_REGULAR);
    assert_string_equal(err, "不是普通文件（文件夹），未读取");
    assert_null(xlsx_open_lang(package("zh-nowb.xlsx", "xl/workbook.xml", NULL, NULL), JX_LANG_ZH,
                               &msg, err, sizeof err));
    assert_int_equal(msg, XLSX_MSG_NO_WORKBOOK);
    assert_string_equal(err, "不是 xlsx 工作簿：缺少 xl/workbook.xml");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_handmade),
        cmocka_unit_test(test_libxlsxwriter_book),
        cmocka_unit_test(test_buffer_equals_file),
        cmocka_unit_test(test_not_xlsx),
        cmocka_unit_test(test_truncated),
        cmocka_unit_test(test_missing_parts),
        cmocka_unit_test(test_malformed_xml),
        cmocka_unit_test(test_dtd_refused),
        cmocka_unit_test(test_dtd_utf16),
        cmocka_unit_test(test_pipe_refused),
        cmocka_unit_test(test_oversized_part),
        cmocka_unit_test(test_large_sheet),
        cmocka_unit_test(test_refs),
        cmocka_unit_test(test_messages_both_languages),
        cmocka_unit_test(test_open_in_chinese),
    };
    int rc;

    if (mkdtemp(dir) == NULL)
        return 1;
    rc = cmocka_run_group_tests(tests, NULL, NULL);
    if (rc == 0) {
        char cmd[300];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
        if (system(cmd) != 0)
            return 1;
    }
    return rc;
}
