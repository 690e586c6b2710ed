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
    assert_int_equal(out_begin(&o, path, 0, &d), TPL_EXIT_EXISTS);
    memset(&d, 0, sizeof d);
    assert_int_equal(out_begin(&o, path, 1, &d), TPL_OK);
    assert_int_equal(strncmp(o.tmp, dir, strlen(dir)), 0);   /* beside the target */
    char tmp[TPL_PATH_MAX];
    snprintf(tmp, sizeof tmp, "%s", o.tmp);
    assert_int_equal(access(tmp, F_OK), 0);
    out_abort(&o);
    assert_int_not_equal(access(tmp, F_OK), 0);              /* removed on failure */
    f = fopen(path, "r");
    char buf[8] = "";
    assert_non_null(fgets(buf, sizeof buf, f));
    fclose(f);
    assert_string_equal(buf, "keep");
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_safe_names),
        cmocka_unit_test(test_long_names_cut_on_characters),
        cmocka_unit_test(test_output_refuses_existing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
