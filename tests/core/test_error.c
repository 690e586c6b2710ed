/*
 * test_error.c - jx_strerror and the parser diagnostics.
 */
#include <stdlib.h>

#include "testutil.h"

/* Every code has its own non-empty message in both languages. */
static void strerror_every_code(void **state)
{
    int i, j;

    (void)state;
    for (i = 0; i < JX_ERR__COUNT; i++) {
        const char *zh = jx_strerror((jx_err)i, JX_LANG_ZH);
        const char *en = jx_strerror((jx_err)i, JX_LANG_EN);
        assert_non_null(zh);
        assert_non_null(en);
        assert_true(zh[0] != '\0');
        assert_true(en[0] != '\0');
        assert_true(strcmp(zh, en) != 0);
        /* Chinese text actually contains Chinese (a byte >= 0x80). */
        assert_true(strpbrk(zh, "\xe4\xe5\xe6\xe7\xe8\xe9") != NULL);
        for (j = 0; j < i; j++) {
            assert_true(strcmp(zh, jx_strerror((jx_err)j, JX_LANG_ZH)) != 0);
            assert_true(strcmp(en, jx_strerror((jx_err)j, JX_LANG_EN)) != 0);
        }
    }
}

static void strerror_known_texts(void **state)
{
    (void)state;
    assert_str_eq(jx_strerror(JX_ERR_TARGET_SYNTAX, JX_LANG_ZH), "无法识别的指标值");
    assert_str_eq(jx_strerror(JX_ERR_TARGET_SYNTAX, JX_LANG_EN), "cannot read the target");
    assert_str_eq(jx_strerror(JX_OK, JX_LANG_EN), "no error");
    assert_non_null(strstr(jx_strerror(JX_ERR_NO_BUDGET, JX_LANG_ZH), "0 ÷ 0"));
}

static void strerror_unknown_code(void **state)
{
    (void)state;
    assert_str_eq(jx_strerror(JX_ERR__COUNT, JX_LANG_EN), "unknown error");
    assert_str_eq(jx_strerror((jx_err)-1, JX_LANG_ZH), "未知错误");
    assert_str_eq(jx_strerror((jx_err)9999, JX_LANG_ZH), "未知错误");
    /* An unknown language falls back to Chinese rather than crashing. */
    assert_str_eq(jx_strerror(JX_OK, (jx_lang)7), "无错误");
}

static void diag_clear_and_null(void **state)
{
    jx_diag d;

    (void)state;
    memset(&d, 'x', sizeof d);
    jx_diag_clear(&d);
    assert_int_equal(d.code, JX_OK);
    assert_int_equal(d.offset, 0);
    assert_str_eq(d.text, "");
    assert_str_eq(d.at, "");
    jx_diag_clear(NULL);
    assert_int_equal(jx_diag_set(NULL, JX_ERR_EMPTY, "x", 1, 0), JX_ERR_EMPTY);
}

static void diag_set_quotes_text_and_failing_part(void **state)
{
    const char *t = "≥95%以上上";
    jx_diag d;

    (void)state;
    /* "≥95%以上" is 3+2+1+3+3 = 12 bytes; the extra 上 starts at 12. */
    assert_int_equal(jx_diag_set(&d, JX_ERR_TARGET_SYNTAX, t, strlen(t), 12),
                     JX_ERR_TARGET_SYNTAX);
    assert_int_equal(d.code, JX_ERR_TARGET_SYNTAX);
    assert_int_equal(d.offset, 12);
    assert_str_eq(d.text, t);
    assert_str_eq(d.at, "上");
}

static void diag_set_len_not_nul_terminated(void **state)
{
    const char t[] = {'9', '5', '%', 'X', 'Y'};
    jx_diag d;

    (void)state;
    jx_diag_set(&d, JX_ERR_TARGET_SYNTAX, t, 3, 1);
    assert_str_eq(d.text, "95%");
    assert_str_eq(d.at, "5%");
    /* Offset beyond the text is clamped to its end. */
    jx_diag_set(&d, JX_ERR_TARGET_SYNTAX, t, 3, 99);
    assert_int_equal(d.offset, 3);
    assert_str_eq(d.at, "");
    jx_diag_set(&d, JX_ERR_EMPTY, NULL, 5, 0);
    assert_str_eq(d.text, "");
    assert_int_equal(d.offset, 0);
}

/* Long text: cut on a character boundary and marked with "…". */
static void diag_set_cuts_utf8_with_ellipsis(void **state)
{
    char t[400];
    jx_diag d;
    size_t i, n;

    (void)state;
    t[0] = 'a';            /* 1 byte, then 3-byte characters: cut mid-char */
    for (i = 0; i < 100; i++)
        memcpy(t + 1 + 3 * i, "达", 3);
    n = 1 + 300;
    jx_diag_set(&d, JX_ERR_TARGET_SYNTAX, t, n, 1);
    /* 1 + 31 x 3 = 94 bytes fit in 96, then "…". */
    assert_int_equal(strlen(d.text), 94 + 3);
    assert_str_eq(d.text + 94, "…");
    assert_int_equal(memcmp(d.text, t, 94), 0);
    /* at: 10 characters (30 bytes) fit in 32. */
    assert_int_equal(strlen(d.at), 30 + 3);
    assert_str_eq(d.at + 30, "…");
    assert_true(strlen(d.text) < sizeof d.text);
}

/* Exactly JX_DIAG_TEXT_MAX bytes: no ellipsis. */
static void diag_set_exact_fit(void **state)
{
    char t[JX_DIAG_TEXT_MAX];
    jx_diag d;

    (void)state;
    memset(t, '9', sizeof t);
    jx_diag_set(&d, JX_ERR_TARGET_SYNTAX, t, sizeof t, 0);
    assert_int_equal(strlen(d.text), JX_DIAG_TEXT_MAX);
    assert_null(strstr(d.text, "…"));
}

/* Invalid UTF-8 and NUL bytes are quoted as '?', so the quote stays valid. */
static void diag_set_invalid_utf8(void **state)
{
    const char t[] = "9\xff\xc0\xaf" "5\0%" "\xe2\x89";
    jx_diag d;

    (void)state;
    jx_diag_set(&d, JX_ERR_ENCODING, t, sizeof t - 1, 1);
    assert_str_eq(d.text, "9???5?%??");
    assert_str_eq(d.at, "???5?%??");
}

static void diag_format_zh_en(void **state)
{
    const char *t = "≥95%以上上";
    char buf[JX_DIAG_TEXT_MAX * 2 + 200];
    jx_diag d;
    size_t n;

    (void)state;
    jx_diag_set(&d, JX_ERR_TARGET_SYNTAX, t, strlen(t), 12);
    n = jx_diag_format(&d, JX_LANG_ZH, buf, sizeof buf);
    assert_str_eq(buf, "无法识别的指标值：“≥95%以上上”，无法识别的部分：“上”");
    assert_int_equal(n, strlen(buf));
    jx_diag_format(&d, JX_LANG_EN, buf, sizeof buf);
    assert_str_eq(buf, "cannot read the target: \"≥95%以上上\", unreadable part: \"上\"");
    /* Failing at the start: the whole text is the failing part. */
    jx_diag_set(&d, JX_ERR_TARGET_SYNTAX, "abc", 3, 0);
    jx_diag_format(&d, JX_LANG_EN, buf, sizeof buf);
    assert_str_eq(buf, "cannot read the target: \"abc\"");
    /* Nothing to quote. */
    jx_diag_set(&d, JX_ERR_EMPTY, "", 0, 0);
    jx_diag_format(&d, JX_LANG_ZH, buf, sizeof buf);
    assert_str_eq(buf, "内容为空");
    jx_diag_format(NULL, JX_LANG_ZH, buf, sizeof buf);
    assert_str_eq(buf, "");
}

/* A small buffer is cut on a UTF-8 boundary and always NUL-terminated. */
static void diag_format_small_buffer(void **state)
{
    const char *t = "≥95%以上上";
    char buf[64];
    jx_diag d;
    size_t cap, n;

    (void)state;
    jx_diag_set(&d, JX_ERR_TARGET_SYNTAX, t, strlen(t), 12);
    for (cap = 1; cap < sizeof buf; cap++) {
        memset(buf, 'x', sizeof buf);
        n = jx_diag_format(&d, JX_LANG_ZH, buf, cap);
        assert_true(n <= cap - 1);
        assert_int_equal(strlen(buf), n);
        /* Never ends inside a character. */
        if (n > 0)
            assert_true(((unsigned char)buf[n - 1] & 0xC0) != 0xC0);
        assert_int_equal(buf[cap], cap < sizeof buf - 1 ? 'x' : buf[cap]);
    }
    /* 10 bytes: "无法识" (9 bytes), not a broken 4th character. */
    jx_diag_format(&d, JX_LANG_ZH, buf, 11);
    assert_str_eq(buf, "无法识");
    assert_int_equal(jx_diag_format(&d, JX_LANG_ZH, buf, 0), 0);
}

/* The locale rule shared by jixiao-template and jixiao-audit. */
static void lang_from_locale(void **state)
{
    (void)state;
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    unsetenv("LANG");
    assert_int_equal(jx_lang_from_locale(), JX_LANG_ZH);      /* none: Chinese */
    setenv("LANG", "en_US.UTF-8", 1);
    assert_int_equal(jx_lang_from_locale(), JX_LANG_EN);
    setenv("LC_MESSAGES", "zh_CN.UTF-8", 1);                 /* before LANG */
    assert_int_equal(jx_lang_from_locale(), JX_LANG_ZH);
    setenv("LC_ALL", "en_GB.UTF-8", 1);                      /* before both */
    assert_int_equal(jx_lang_from_locale(), JX_LANG_EN);
    setenv("LC_ALL", "", 1);                                 /* empty: skipped */
    assert_int_equal(jx_lang_from_locale(), JX_LANG_ZH);
    setenv("LC_MESSAGES", "C", 1);                           /* not en: Chinese */
    assert_int_equal(jx_lang_from_locale(), JX_LANG_ZH);
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    unsetenv("LANG");
}

static void lang_parse(void **state)
{
    jx_lang l = JX_LANG_ZH;
    (void)state;
    assert_true(jx_lang_parse("en", &l));
    assert_int_equal(l, JX_LANG_EN);
    assert_true(jx_lang_parse("zh", &l));
    assert_int_equal(l, JX_LANG_ZH);
    assert_false(jx_lang_parse("EN", &l));
    assert_false(jx_lang_parse("fr", &l));
    assert_false(jx_lang_parse("", &l));
    assert_false(jx_lang_parse(NULL, &l));
    assert_int_equal(l, JX_LANG_ZH);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(strerror_every_code),
        cmocka_unit_test(strerror_known_texts),
        cmocka_unit_test(strerror_unknown_code),
        cmocka_unit_test(diag_clear_and_null),
        cmocka_unit_test(diag_set_quotes_text_and_failing_part),
        cmocka_unit_test(diag_set_len_not_nul_terminated),
        cmocka_unit_test(diag_set_cuts_utf8_with_ellipsis),
        cmocka_unit_test(diag_set_exact_fit),
        cmocka_unit_test(diag_set_invalid_utf8),
        cmocka_unit_test(diag_format_zh_en),
        cmocka_unit_test(diag_format_small_buffer),
        cmocka_unit_test(lang_from_locale),
        cmocka_unit_test(lang_parse),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
