/*
 * test_names.c - batch file names (tpl_safe_name) and the output rules
 * (no overwrite without force, temporary file beside the target).
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

#include "batch.h"
#include "output.h"

static void name_is(const char *in, const char *want)
{
    char out[256];
    tpl_safe_name(in, out, sizeof out);
    assert_string_equal(out, want);
}

static void test_safe_names(void **state)
{
    (void)state;
    name_is("2024-衡阳县医疗保障局-项目", "2024-衡阳县医疗保障局-项目");
    name_is("../../etc/passwd", "_.._etc_passwd");
    name_is("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j");
    name_is("tab\there\nnew", "tab_here_new");
    name_is("  ..hidden. ", "hidden");
    name_is("", "workbook");
    name_is("...", "workbook");
}

static void test_long_names_cut_on_characters(void **state)
{
    char in[1024] = "", out[256];
    (void)state;
    for (int i = 0; i < 100; i++)
        strcat(in, "长");                   /* 3 bytes each */
    tpl_safe_name(in, out, sizeof out);
    assert_int_equal(strlen(out), 120);     /* 40 characters */
    strcpy(in, "a");
    for (int i = 0; i < 100; i++)
        strcat(in, "长");
    tpl_safe_name(in, out, sizeof out);
    assert_int_equal(strlen(out), 118);     /* 'a' + 39 characters: never half of one */
    tpl_safe_name(in, out, 10);
    assert_int_equal(strlen(out), 7);
}

static void test_output_refuses_existing(void **state)
{
    char dir[] = "/tmp/jx-names-XXXXXX", path[256];
    tpl_out o;
    tpl_diag d = {0};
    FILE *f;
    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/x.xlsx", dir);
    f = fopen(path, "w");
    assert_non_null(f);
    fputs("keep", f);
    fclose(f);
    assert_int_equal(tpl_out_begin(&o, path, 0, &d), TPL_EXIT_EXISTS);
    memset(&d, 0, sizeof d);
    assert_int_equal(tpl_out_begin(&o, path, 1, &d), TPL_OK);
    assert_int_equal(strncmp(o.tmp, dir, strlen(dir)), 0);   /* beside the target */
    char tmp[TPL_PATH_MAX];
    snprintf(tmp, sizeof tmp, "%s", o.tmp);
    assert_int_equal(access(tmp, F_OK), 0);
    tpl_out_abort(&o);
    assert_int_not_equal(access(tmp, F_OK), 0);              /* removed on failure */
    f = fopen(path, "r");
    char buf[8] = "";
    assert_non_null(fgets(buf, sizeof buf, f));
    fclose(f);
    assert_string_equal(buf, "keep");
    unlink(path);
    rmdir(dir);
}

static void refused_with(const char *name, const char *want)
{
    char why[512];
    const char *r = tpl_name_refused(name, why, sizeof why);
    if (want == NULL) {
        if (r != NULL)
            fail_msg("\"%s\" refused: %s", name, r);
        return;
    }
    assert_non_null(r);
    assert_ptr_equal(r, why);
    assert_string_equal(why, want);
}

/* Issue 11 item 11: names the audit skips, Windows cannot open, or that
 * hide what they are. */
static void test_refused_names(void **state)
{
    (void)state;
    refused_with("2024-衡阳县医疗保障局-项目", NULL);
    refused_with("a~$b", NULL);
    refused_with("CONSOLE", NULL);
    refused_with("COM10", NULL);
    refused_with("LPT", NULL);
    refused_with("NUL-2024", NULL);
    refused_with("emoji ❤️ 表", NULL);                    /* a variation selector is visible */
    refused_with("\u3000全角空格", NULL);
    refused_with("~$报表", "“~$报表”以“~$”开头：Office 把这样的文件当作锁文件，jixiao-audit 也会跳过它");
    refused_with("CON", "“CON”是 Windows 保留的设备名，这样的文件在 Windows 上无法打开或删除");
    refused_with("con.2024", "“con.2024”是 Windows 保留的设备名，这样的文件在 Windows 上无法打开或删除");
    refused_with("Nul ", "“Nul ”是 Windows 保留的设备名，这样的文件在 Windows 上无法打开或删除");
    refused_with("lpt9", "“lpt9”是 Windows 保留的设备名，这样的文件在 Windows 上无法打开或删除");
    refused_with("COM1.x.y", "“COM1.x.y”是 Windows 保留的设备名，这样的文件在 Windows 上无法打开或删除");
    refused_with("AUX", "“AUX”是 Windows 保留的设备名，这样的文件在 Windows 上无法打开或删除");
    refused_with("PRN", "“PRN”是 Windows 保留的设备名，这样的文件在 Windows 上无法打开或删除");
    refused_with("COM¹", "“COM¹”是 Windows 保留的设备名，这样的文件在 Windows 上无法打开或删除");
    refused_with("conin$", "“conin$”是 Windows 保留的设备名，这样的文件在 Windows 上无法打开或删除");
    /* the reason shows the character by its number, not the character itself */
    refused_with("报表\u202Excl.exe", "“报表<U+202E>xcl.exe”含不可见的格式字符 U+202E（双向文本控制符），"
                 "它会改变文件名的显示顺序或隐藏字符");
    refused_with("a\u2066b\u2069", "“a<U+2066>b<U+2069>”含不可见的格式字符 U+2066（双向文本控制符），"
                 "它会改变文件名的显示顺序或隐藏字符");
    refused_with("a\u200Eb", "“a<U+200E>b”含不可见的格式字符 U+200E（双向文本控制符），"
                 "它会改变文件名的显示顺序或隐藏字符");
    refused_with("零\u200B宽", "“零<U+200B>宽”含不可见的格式字符 U+200B（零宽字符），"
                 "它会改变文件名的显示顺序或隐藏字符");
    refused_with("\uFEFF表", "“<U+FEFF>表”含不可见的格式字符 U+FEFF（零宽字符），"
                 "它会改变文件名的显示顺序或隐藏字符");
    refused_with("soft\u00ADhyphen", "“soft<U+00AD>hyphen”含不可见的格式字符 U+00AD（软连字符），"
                 "它会改变文件名的显示顺序或隐藏字符");
    refused_with("tag\U000E0041", "“tag<U+E0041>”含不可见的格式字符 U+E0041（标签字符），"
                 "它会改变文件名的显示顺序或隐藏字符");
}

static void test_text_chars(void **state)
{
    char big[40001];
    (void)state;
    assert_int_equal(tpl_utf8_chars(""), 0);
    assert_int_equal(tpl_utf8_chars("衡阳县a"), 4);
    memset(big, 'x', 40000);
    big[40000] = '\0';
    assert_int_equal(tpl_utf8_chars(big), 40000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_safe_names),
        cmocka_unit_test(test_long_names_cut_on_characters),
        cmocka_unit_test(test_output_refuses_existing),
        cmocka_unit_test(test_refused_names),
        cmocka_unit_test(test_text_chars),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
