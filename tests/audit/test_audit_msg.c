/*
 * The audit's message table (src/audit/audit_msg.c): every message has both
 * texts, and the two take the same printf conversions in the same order,
 * so that one call site serves both languages.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "audit_msg.h"

/* The conversions of a printf format, e.g. "%s%u%g" ("%%" is none). */
static void conversions(const char *fmt, char *out, size_t cap)
{
    size_t n = 0;

    for (const char *p = fmt; *p; p++) {
        if (*p != '%')
            continue;
        p++;
        if (*p == '%')
            continue;
        while (*p && strchr("sugdcflzx", *p) == NULL)
            p++;
        if (*p && n + 2 < cap) {
            out[n++] = '%';
            out[n++] = *p;
        }
        if (!*p)
            break;
    }
    out[n] = '\0';
}

static void every_message_has_both_texts(void **state)
{
    (void)state;
    for (int id = 0; id < JXAU_MSG_COUNT; id++) {
        const char *zh = jxau_msg_text(JX_LANG_ZH, (jxau_msg)id);
        const char *en = jxau_msg_text(JX_LANG_EN, (jxau_msg)id);
        assert_non_null(zh);
        assert_non_null(en);
        assert_true(zh[0] != '\0');
        assert_true(en[0] != '\0');
        assert_true(strcmp(zh, en) != 0 || strspn(zh, "%s：: ") == strlen(zh));
    }
}

static void both_texts_take_the_same_arguments(void **state)
{
    (void)state;
    for (int id = 0; id < JXAU_MSG_COUNT; id++) {
        char a[64], b[64];
        conversions(jxau_msg_text(JX_LANG_ZH, (jxau_msg)id), a, sizeof a);
        conversions(jxau_msg_text(JX_LANG_EN, (jxau_msg)id), b, sizeof b);
        if (strcmp(a, b) != 0)
            fail_msg("message %d: zh takes %s, en takes %s", id, a, b);
    }
}

static void format_fills_and_cuts(void **state)
{
    char buf[64];
    (void)state;
    jxau_msg_format(buf, sizeof buf, JX_LANG_ZH, JXAU_FM_NOT_NUMBER, "C7");
    assert_string_equal(buf, "C7 应为数字");
    jxau_msg_format(buf, sizeof buf, JX_LANG_EN, JXAU_FM_NOT_NUMBER, "C7");
    assert_string_equal(buf, "C7 should be a number");
    jxau_msg_format(buf, 5, JX_LANG_EN, JXAU_FM_NOT_NUMBER, "C7");
    assert_string_equal(buf, "C7 s");
    assert_string_equal(jxau_msg_text(JX_LANG_EN, JXAU_MSG_COUNT), "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_message_has_both_texts),
        cmocka_unit_test(both_texts_take_the_same_arguments),
        cmocka_unit_test(format_fills_and_cuts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
