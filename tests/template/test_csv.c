/*
 * test_csv.c - the strict CSV reader and the spec reader of jixiao-template.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "csv.h"
#include "jixiao/utf8.h"
#include "spec.h"

static int open_text(tpl_csv *c, const char *text, tpl_diag *d)
{
    memset(d, 0, sizeof *d);
    return tpl_csv_open_mem(c, "t.csv", text, strlen(text), d);
}

static void test_fields_quotes_bom_crlf(void **state)
{
    tpl_csv c;
    tpl_diag d;
    (void)state;
    assert_int_equal(open_text(&c, "\xEF\xBB\xBF" "a, b ,\"c,d\"\r\n\r\n\"x\"\"y\",\"多\n行\",\n", &d), TPL_OK);
    assert_int_equal(tpl_csv_next(&c, &d), 1);
    assert_int_equal(c.nfields, 3);
    assert_string_equal(c.field[0], "a");
    assert_string_equal(c.field[1], "b");
    assert_string_equal(c.field[2], "c,d");
    assert_int_equal(c.rec_line, 1);
    assert_int_equal(tpl_csv_next(&c, &d), 1);
    assert_int_equal(c.rec_line, 3);
    assert_int_equal(c.nfields, 3);
    assert_string_equal(c.field[0], "x\"y");
    assert_string_equal(c.field[1], "多\n行");
    assert_string_equal(c.field[2], "");
    assert_int_equal(tpl_csv_next(&c, &d), 0);
    tpl_csv_close(&c);
}

static void test_unterminated_quote(void **state)
{
    tpl_csv c;
    tpl_diag d;
    (void)state;
    assert_int_equal(open_text(&c, "a,b\nc,\"d\ne\n", &d), TPL_OK);
    assert_int_equal(tpl_csv_next(&c, &d), 1);
    assert_int_equal(tpl_csv_next(&c, &d), -1);
    assert_int_equal(d.code, TPL_EXIT_INPUT);
    assert_string_equal(d.msg, "t.csv:2: 引号未闭合（字段从此行开始）");
    tpl_csv_close(&c);
}

static void test_text_after_quote(void **state)
{
    tpl_csv c;
    tpl_diag d;
    (void)state;
    assert_int_equal(open_text(&c, "\"a\"b,c\n", &d), TPL_OK);
    assert_int_equal(tpl_csv_next(&c, &d), -1);
    assert_string_equal(d.msg, "t.csv:1: 第 1 列：右引号后还有文字");
    tpl_csv_close(&c);
}

static void test_utf8_check(void **state)
{
    (void)state;
    assert_int_equal(jx_utf8_check("abc", 3), 3);
    assert_int_equal(jx_utf8_check("分值", 6), 6);
    assert_int_equal(jx_utf8_check("a\xC0\xAF", 3), 1);         /* overlong '/' */
    assert_int_equal(jx_utf8_check("a\xED\xA0\x80", 4), 1);     /* surrogate    */
    assert_int_equal(jx_utf8_check("ab\xE5\x88", 4), 2);        /* cut short    */
    assert_int_equal(jx_utf8_check("\xF4\x90\x80\x80", 4), 0);  /* > U+10FFFF   */
    assert_int_equal(jx_utf8_check("\xF0\x9F\x98\x80", 4), 4);  /* emoji        */
}

/* What Excel and WPS on Chinese Windows save as "CSV (逗号分隔)" is read. */
static void test_gbk_and_gb18030_read(void **state)
{
    tpl_csv c;
    tpl_diag d;
    (void)state;
    /* "分值,3" in GBK: B7 D6 D6 B5. */
    assert_int_equal(open_text(&c, "a\n\xB7\xD6\xD6\xB5,3\n", &d), TPL_OK);
    assert_string_equal(c.encoding, "GBK");
    assert_int_equal(tpl_csv_next(&c, &d), 1);
    assert_int_equal(tpl_csv_next(&c, &d), 1);
    assert_string_equal(c.field[0], "分值");
    assert_string_equal(c.field[1], "3");
    assert_int_equal(c.rec_line, 2);
    tpl_csv_close(&c);
    /* U+3400 㐀 takes four bytes in GB18030 (81 39 EE 39): not GBK. */
    assert_int_equal(open_text(&c, "\xB7\xD6\x81\x39\xEE\x39,x\n", &d), TPL_OK);
    assert_string_equal(c.encoding, "GB18030");
    assert_int_equal(tpl_csv_next(&c, &d), 1);
    assert_string_equal(c.field[0], "分㐀");
    tpl_csv_close(&c);
    assert_int_equal(open_text(&c, "分值\n", &d), TPL_OK);
    assert_string_equal(c.encoding, "UTF-8");
    tpl_csv_close(&c);
}

static void test_bad_encodings_refused(void **state)
{
    tpl_csv c;
    tpl_diag d;
    (void)state;
    /* UTF-8 with one character cut stays a UTF-8 error: read as GB18030 it
     * could turn every other character into a wrong one. */
    assert_int_equal(open_text(&c, "分值\n\xE5\x88,3\n", &d), TPL_EXIT_INPUT);
    assert_string_equal(d.msg, "t.csv:2: UTF-8 编码错误（第 8 字节 0xE5），请另存为 UTF-8 CSV");
    tpl_csv_close(&c);
    /* GBK-looking bytes that GB18030 cannot read either (0x80 never leads). */
    assert_int_equal(open_text(&c, "a\n\xB7\xD6\x80\x80\x80\n", &d), TPL_EXIT_INPUT);
    assert_string_equal(d.msg, "t.csv:2: 既不是 UTF-8 也不是 GB18030/GBK 编码（第 5 字节 0x80），"
                               "请另存为“CSV UTF-8”后再试");
    tpl_csv_close(&c);
    /* UTF-16, with and without a byte-order mark, is named. */
    static const char u16[] = "\xFF\xFE" "a\0,\0b\0\n\0";
    static const char u16nobom[] = "a\0,\0b\0\n\0c\0\n\0";
    const char *want = "t.csv:1: 是 UTF-16 编码（Excel 的“Unicode 文本”），"
                       "请另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”后再试";
    memset(&d, 0, sizeof d);
    assert_int_equal(tpl_csv_open_mem(&c, "t.csv", u16, sizeof u16 - 1, &d), TPL_EXIT_INPUT);
    assert_string_equal(d.msg, want);
    tpl_csv_close(&c);
    memset(&d, 0, sizeof d);
    assert_int_equal(tpl_csv_open_mem(&c, "t.csv", u16nobom, sizeof u16nobom - 1, &d), TPL_EXIT_INPUT);
    assert_string_equal(d.msg, want);
    tpl_csv_close(&c);
}

static void test_nul_refused(void **state)
{
    tpl_csv c;
    tpl_diag d;
    (void)state;
    memset(&d, 0, sizeof d);
    assert_int_equal(tpl_csv_open_mem(&c, "t.csv", "a\nb\0c\n", 6, &d), TPL_EXIT_INPUT);
    assert_string_equal(d.msg, "t.csv:2: 文件含有 NUL 字节，不是文本 CSV");
    tpl_csv_close(&c);
}

static void test_parse_number(void **state)
{
    double v = -1;
    (void)state;
    assert_true(tpl_parse_number(" 1071.15 ", &v));
    assert_true(v == 1071.15);
    assert_true(tpl_parse_number("-3", &v) && v == -3);
    assert_false(tpl_parse_number("", &v));
    assert_false(tpl_parse_number("十", &v));
    assert_false(tpl_parse_number("1e3", &v));
    assert_false(tpl_parse_number("nan", &v));
    assert_false(tpl_parse_number("12元", &v));
    assert_false(tpl_parse_number("1.2.3", &v));
    assert_false(tpl_parse_number("0x10", &v));
}

static int read_spec(const char *text, double total, tpl_spec **out, tpl_diag *d)
{
    tpl_csv c;
    int rc;
    tpl_spec *s = calloc(1, sizeof *s);
    memset(d, 0, sizeof *d);
    if (tpl_csv_open_mem(&c, "s.csv", text, strlen(text), d) != TPL_OK) {
        free(s);
        return d->code;
    }
    rc = tpl_spec_read(&c, total, s, d);
    tpl_csv_close(&c);
    *out = s;
    return rc;
}

static void test_spec_tree_and_rules(void **state)
{
    tpl_spec *s;
    tpl_diag d;
    (void)state;
    assert_int_equal(read_spec("规则,分值,指标值,三级指标,二级指标,一级指标\n"
                               ",60,≥95%,覆盖率,数量指标,产出指标\n"
                               "half,20,≤60分钟,响应时间,,\n"
                               "qual,10,达成年度指标,效果,社会效益指标,效益指标\n"
                               ",10,群众满意,满意度,,\n", 100, &s, &d), TPL_OK);
    assert_int_equal(s->n, 4);
    assert_string_equal(s->ind[1].l1, "产出指标");
    assert_string_equal(s->ind[1].l2, "数量指标");
    assert_int_equal(s->ind[0].rule, RULE_PROP);
    assert_int_equal(s->ind[0].has_target, 1);
    assert_true(s->ind[0].target.q.percent);
    assert_int_equal(s->ind[1].rule, RULE_HALF);
    assert_int_equal(s->ind[1].target.dir, JX_DIR_LE);
    assert_int_equal(s->ind[2].rule, RULE_QUAL);
    assert_int_equal(s->ind[2].has_target, 0);
    assert_string_equal(s->ind[3].l2, "社会效益指标");
    assert_int_equal(s->ind[3].rule, RULE_MANUAL);   /* text target, no rule */
    assert_int_equal(s->ind[3].line, 5);
    tpl_spec_free(s);
}

static void test_spec_errors(void **state)
{
    tpl_spec *s;
    tpl_diag d;
    (void)state;
    assert_int_equal(read_spec("一级指标,二级指标,三级指标,指标值,分值\n产出,数量,a,≥1,abc\n", 90, &s, &d),
                     TPL_EXIT_INPUT);
    assert_string_equal(d.msg, "s.csv:2: 分值“abc”不是数字");
    tpl_spec_free(s);
    assert_int_equal(read_spec("一级指标,二级指标,三级指标,指标值,分值\n产出,数量,a,≥1,50\n,,b,≥1,30\n", 90, &s, &d),
                     TPL_EXIT_INPUT);
    assert_string_equal(d.msg, "s.csv:3: 分值合计 80，应为 90（三级指标分值合计应为 90，另加预算执行率 10 分共 100 分）");
    tpl_spec_free(s);
    assert_int_equal(read_spec("一级指标,二级指标,三级指标,分值\n", 90, &s, &d), TPL_EXIT_INPUT);
    assert_string_equal(d.msg, "s.csv:1: 缺少“指标值”列（表头须包含：一级指标,二级指标,三级指标,指标值,分值,规则）");
    tpl_spec_free(s);
    assert_int_equal(read_spec("一级指标,二级指标,三级指标,指标值,分值,规则\n产出,数量,a,≥1,90,maybe\n", 90, &s, &d),
                     TPL_EXIT_INPUT);
    assert_string_equal(d.msg, "s.csv:2: 未知的评分规则“maybe”（可用 prop、half、zero、qual、manual）");
    tpl_spec_free(s);
    assert_int_equal(read_spec("一级指标,二级指标,三级指标,指标值,分值\n,数量,a,≥1,90\n", 90, &s, &d),
                     TPL_EXIT_INPUT);
    assert_string_equal(d.msg, "s.csv:2: 第一行的一级指标不能为空");
    tpl_spec_free(s);
    assert_int_equal(read_spec("一级指标,二级指标,三级指标,指标值,分值\n产出,数量,a,≥1,-5\n", 90, &s, &d),
                     TPL_EXIT_INPUT);
    assert_string_equal(d.msg, "s.csv:2: 分值 -5 应在 0 到 100 之间");
    tpl_spec_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fields_quotes_bom_crlf),
        cmocka_unit_test(test_unterminated_quote),
        cmocka_unit_test(test_text_after_quote),
        cmocka_unit_test(test_utf8_check),
        cmocka_unit_test(test_gbk_and_gb18030_read),
        cmocka_unit_test(test_bad_encodings_refused),
        cmocka_unit_test(test_nul_refused),
        cmocka_unit_test(test_parse_number),
        cmocka_unit_test(test_spec_tree_and_rules),
        cmocka_unit_test(test_spec_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
