/*
 * test_msg.c - jixiao-template's message table (msg.h): every id has a
 * Chinese and an English text taking the same printf conversions, the
 * language follows the locale, and messages quoting the core speak its
 * language.  The messages themselves, as the tool prints them, are pinned
 * by test_cli.py in both languages.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "msg.h"
#include "veryhide.h"

#include <unistd.h>

/* The conversions of a printf format ("%s%zu%04lX..."), flags and widths kept. */
static void conversions(const char *fmt, char *out, size_t cap)
{
    size_t o = 0;
    out[0] = '\0';
    for (const char *p = fmt; *p; p++) {
        if (*p != '%')
            continue;
        const char *q = p + 1;
        if (*q == '%') {
            p = q;
            continue;
        }
        q += strspn(q, "-+ #0123456789.*hlzjtL");
        size_t n = (size_t)(q - p) + 1;
        assert_true(*q != '\0');
        assert_true(o + n + 1 < cap);
        memcpy(out + o, p, n);
        o += n;
        out[o] = '\0';
        p = q;
    }
}

static void test_every_id_both_languages_same_conversions(void **state)
{
    (void)state;
    for (int id = 0; id < TPL_M__COUNT; id++) {
        const char *zh = tpl_msg_text_in((tpl_msg_id)id, JX_LANG_ZH);
        const char *en = tpl_msg_text_in((tpl_msg_id)id, JX_LANG_EN);
        char cz[128], ce[128];
        if (*zh == '\0' || *en == '\0')
            fail_msg("message id %d lacks a text", id);
        conversions(zh, cz, sizeof cz);
        conversions(en, ce, sizeof ce);
        if (strcmp(cz, ce) != 0)
            fail_msg("message id %d: zh takes \"%s\", en \"%s\"", id, cz, ce);
        /* English for an English reader: no Chinese unless quoting a column or header name. */
        assert_true(strcmp(zh, en) != 0);
    }
    assert_string_equal(tpl_msg_text_in(TPL_M__COUNT, JX_LANG_ZH), "");
    assert_string_equal(tpl_msg_text_in((tpl_msg_id)-1, JX_LANG_EN), "");
}

/* Set or unset (NULL) the three variables the language is read from. */
static jx_lang locale_with(const char *lc_all, const char *lc_messages, const char *lang)
{
    const char *names[] = {"LC_ALL", "LC_MESSAGES", "LANG"}, *values[] = {lc_all, lc_messages, lang};
    for (int i = 0; i < 3; i++) {
        if (values[i])
            setenv(names[i], values[i], 1);
        else
            unsetenv(names[i]);
    }
    return jx_lang_from_locale();
}

static void test_locale_choice(void **state)
{
    (void)state;
    assert_int_equal(locale_with(NULL, NULL, "en_US.UTF-8"), JX_LANG_EN);
    assert_int_equal(locale_with(NULL, NULL, "zh_CN.UTF-8"), JX_LANG_ZH);
    assert_int_equal(locale_with(NULL, NULL, NULL), JX_LANG_ZH);           /* unknown: as before */
    assert_int_equal(locale_with(NULL, NULL, "C.UTF-8"), JX_LANG_ZH);
    assert_int_equal(locale_with(NULL, NULL, "fr_FR.UTF-8"), JX_LANG_ZH);
    assert_int_equal(locale_with("zh_CN.UTF-8", NULL, "en_US.UTF-8"), JX_LANG_ZH); /* LC_ALL first */
    assert_int_equal(locale_with("", "en_GB.UTF-8", "zh_CN.UTF-8"), JX_LANG_EN);   /* empty is unset */
    assert_int_equal(locale_with("en", NULL, NULL), JX_LANG_EN);
    locale_with(NULL, NULL, NULL);
}

static void test_lang_option_values(void **state)
{
    jx_lang l = JX_LANG_ZH;
    (void)state;
    assert_true(jx_lang_parse("en", &l));
    assert_int_equal(l, JX_LANG_EN);
    assert_true(jx_lang_parse("zh", &l));
    assert_int_equal(l, JX_LANG_ZH);
    assert_false(jx_lang_parse("EN", &l));
    assert_false(jx_lang_parse("english", &l));
    assert_false(jx_lang_parse("", &l));
    assert_int_equal(l, JX_LANG_ZH);
}

static void test_fail_speaks_the_chosen_language(void **state)
{
    tpl_diag d = {0};
    char buf[64];
    (void)state;
    tpl_msg_set_lang(JX_LANG_EN);
    assert_int_equal(tpl_msg_lang(), JX_LANG_EN);
    assert_int_equal(tpl_msg_fail(&d, TPL_EXIT_INPUT, "s.csv", 3, TPL_M_POINTS_NOT_NUMBER, "十"),
                     TPL_EXIT_INPUT);
    assert_string_equal(d.msg, "s.csv:3: points (分值) \"十\" is not a number");
    memset(&d, 0, sizeof d);
    tpl_msg_fail_nomem(&d, "s.csv", 0);
    assert_int_equal(d.code, TPL_EXIT_INTERNAL);
    assert_string_equal(d.msg, "s.csv: out of memory");
    tpl_msg_format(buf, sizeof buf, TPL_M_DONE, (size_t)3, "out");
    assert_string_equal(buf, "3 workbooks written: out");

    tpl_msg_set_lang(JX_LANG_ZH);
    memset(&d, 0, sizeof d);
    tpl_msg_fail(&d, TPL_EXIT_INPUT, "s.csv", 3, TPL_M_POINTS_NOT_NUMBER, "十");
    assert_string_equal(d.msg, "s.csv:3: 分值“十”不是数字");
    memset(&d, 0, sizeof d);
    tpl_msg_fail_nomem(&d, NULL, 0);
    assert_string_equal(d.msg, jx_strerror(JX_ERR_NOMEM, JX_LANG_ZH));
    /* A cut message stays a C string. */
    tpl_msg_format(buf, 8, TPL_M_DONE, (size_t)3, "out");
    assert_int_equal(strlen(buf), 7);
    tpl_msg_set_lang((jx_lang)7);
    assert_int_equal(tpl_msg_lang(), JX_LANG_ZH);
}

/* The workbook writer's failures (veryhide.c here) go through the table too. */
static void test_writer_failures_speak_the_chosen_language(void **state)
{
    tpl_diag d = {0};
    char path[] = "/tmp/jx-test-msg-XXXXXX", buf[128];
    int fd = mkstemp(path);
    (void)state;
    assert_true(fd >= 0);
    assert_int_equal(write(fd, "not a zip", 9), 9);
    close(fd);

    tpl_msg_set_lang(JX_LANG_EN);
    assert_int_equal(tpl_very_hide("/nonexistent/jx.xlsx", "out.xlsx", "_jixiao", &d), TPL_EXIT_WRITE);
    assert_string_equal(d.msg, "out.xlsx: cannot read back the workbook just written");
    memset(&d, 0, sizeof d);
    assert_int_equal(tpl_very_hide(path, "out.xlsx", "_jixiao", &d), TPL_EXIT_INTERNAL);
    assert_string_equal(d.msg, "out.xlsx: cannot make sheet _jixiao very hidden");
    /* Texts written into workbooks stay Chinese whatever the messages speak. */
    tpl_msg_format_in(buf, sizeof buf, TPL_WORKBOOK_LANG, TPL_M_V_ACTUAL_PCT_PROMPT);
    assert_string_equal(buf, "请填写实际完成的数值（百分比，如 96%）");

    tpl_msg_set_lang(JX_LANG_ZH);
    memset(&d, 0, sizeof d);
    tpl_very_hide(path, "out.xlsx", "_jixiao", &d);
    assert_string_equal(d.msg, "out.xlsx: 无法把工作表 _jixiao 设为深度隐藏");
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_id_both_languages_same_conversions),
        cmocka_unit_test(test_locale_choice),
        cmocka_unit_test(test_lang_option_values),
        cmocka_unit_test(test_writer_failures_speak_the_chosen_language),
        cmocka_unit_test(test_fail_speaks_the_chosen_language),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
