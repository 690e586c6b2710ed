/*
 * test_text.c - UTF-8 decoding, folding of full-width and look-alike
 * characters, the cursor and number scanning (src/core/text.h, internal).
 */
#include "testutil.h"
#include "text.h"

static size_t dec(const char *s, size_t n, uint32_t *cp)
{
    return jx_utf8_decode((const unsigned char *)s, n, cp);
}

static void utf8_decode_valid(void **state)
{
    uint32_t cp;
    (void)state;
    assert_int_equal(dec("A", 1, &cp), 1);
    assert_int_equal(cp, 'A');
    assert_int_equal(dec("\xC2\xA0", 2, &cp), 2);
    assert_int_equal(cp, 0xA0);
    assert_int_equal(dec("≥", 3, &cp), 3);
    assert_int_equal(cp, 0x2265);
    assert_int_equal(dec("\xF0\x9F\x98\x80", 4, &cp), 4);
    assert_int_equal(cp, 0x1F600);
    assert_int_equal(dec("\xF4\x8F\xBF\xBF", 4, &cp), 4);   /* U+10FFFF */
    assert_int_equal(cp, 0x10FFFF);
    assert_int_equal(dec("\xEF\xBF\xBF", 3, &cp), 3);       /* U+FFFF */
}

static void utf8_decode_rejects(void **state)
{
    uint32_t cp = 12345;
    (void)state;
    assert_int_equal(dec("\x80", 1, &cp), 0);               /* stray continuation */
    assert_int_equal(dec("\xC0\xAF", 2, &cp), 0);           /* overlong '/' */
    assert_int_equal(dec("\xC1\xBF", 2, &cp), 0);           /* overlong */
    assert_int_equal(dec("\xE0\x80\xAF", 3, &cp), 0);       /* overlong 3-byte */
    assert_int_equal(dec("\xE0\x9F\xBF", 3, &cp), 0);       /* overlong U+07FF */
    assert_int_equal(dec("\xF0\x8F\xBF\xBF", 4, &cp), 0);   /* overlong 4-byte */
    assert_int_equal(dec("\xED\xA0\x80", 3, &cp), 0);       /* surrogate D800 */
    assert_int_equal(dec("\xED\xBF\xBF", 3, &cp), 0);       /* surrogate DFFF */
    assert_int_equal(dec("\xF4\x90\x80\x80", 4, &cp), 0);   /* above U+10FFFF */
    assert_int_equal(dec("\xF5\x80\x80\x80", 4, &cp), 0);
    assert_int_equal(dec("\xFF", 1, &cp), 0);
    assert_int_equal(dec("\xE2\x89", 2, &cp), 0);           /* truncated ≥ */
    assert_int_equal(dec("\xE2\x89\xA5", 2, &cp), 0);       /* cut by n */
    assert_int_equal(dec("\xE2\x41\xA5", 3, &cp), 0);       /* bad continuation */
    assert_int_equal(cp, 12345);                            /* untouched */
}

static void utf8_check_offsets(void **state)
{
    (void)state;
    assert_int_equal(jx_utf8_check("≥95%", strlen("≥95%")), strlen("≥95%"));
    assert_int_equal(jx_utf8_check("ab\xC3", 3), 2);
    assert_int_equal(jx_utf8_check("≥9\xED\xA0\x80", 7), 4);
    assert_int_equal(jx_utf8_check("", 0), 0);
    /* an embedded NUL is a valid character; the length decides */
    assert_int_equal(jx_utf8_check("a\0b", 3), 3);
}

static void utf8_encode_roundtrip(void **state)
{
    static const uint32_t cps[] = { 0x24, 0xA2, 0x20AC, 0xFFFD, 0x10348,
                                    0x10FFFF, 0x7FF, 0x800 };
    (void)state;
    for (size_t i = 0; i < sizeof cps / sizeof cps[0]; i++) {
        char buf[4];
        uint32_t back;
        size_t n = jx_utf8_encode(cps[i], buf);
        assert_int_equal(dec(buf, n, &back), n);
        assert_int_equal(back, cps[i]);
    }
}

static void fold_fullwidth_and_signs(void **state)
{
    (void)state;
    assert_int_equal(jx_fold(0xFF19), '9');     /* ９ */
    assert_int_equal(jx_fold(0xFF10), '0');     /* ０ */
    assert_int_equal(jx_fold(0xFF05), '%');     /* ％ */
    assert_int_equal(jx_fold(0xFF0E), '.');     /* ． */
    assert_int_equal(jx_fold(0xFF0C), ',');     /* ， */
    assert_int_equal(jx_fold(0xFF1A), ':');     /* ： */
    assert_int_equal(jx_fold(0xFF1B), ';');     /* ； */
    assert_int_equal(jx_fold(0xFF1E), '>');     /* ＞ */
    assert_int_equal(jx_fold(0xFF1C), '<');     /* ＜ */
    assert_int_equal(jx_fold(0xFF1D), '=');     /* ＝ */
    assert_int_equal(jx_fold(0xFF21), 'A');     /* Ａ keeps its case */
    assert_int_equal(jx_fold(0xFF5E), '~');     /* ～ */
    assert_int_equal(jx_fold(0xFF01), '!');     /* first of the block */
    assert_int_equal(jx_fold(0xFF00), 0xFF00);  /* just outside */
    assert_int_equal(jx_fold(0xFF5F), 0xFF5F);
    assert_int_equal(jx_fold(0x3000), ' ');
    assert_int_equal(jx_fold(0x00A0), ' ');
    assert_int_equal(jx_fold('\t'), ' ');
    assert_int_equal(jx_fold('\n'), ' ');
    assert_int_equal(jx_fold(0x2267), JX_CP_GE);    /* ≧ */
    assert_int_equal(jx_fold(0x2A7E), JX_CP_GE);    /* ⩾ */
    assert_int_equal(jx_fold(0x2265), JX_CP_GE);    /* ≥ */
    assert_int_equal(jx_fold(0x2266), JX_CP_LE);    /* ≦ */
    assert_int_equal(jx_fold(0x2A7D), JX_CP_LE);    /* ⩽ */
    assert_int_equal(jx_fold(0x2550), '=');         /* ═ */
    assert_int_equal(jx_fold(0x2212), '-');         /* − */
    assert_int_equal(jx_fold(0x4E07), 0x4E07);      /* 万 unchanged */
    assert_int_equal(jx_fold('A'), 'A');
}

static void cursor_words_and_spaces(void **state)
{
    const char *s = "\xE3\x80\x80 不低于　９５％ ";
    jx_cur c;
    size_t k;
    (void)state;
    jx_cur_init(&c, s, 0, strlen(s));
    jx_cur_skip_space(&c);
    assert_false(jx_cur_word(&c, "不超过"));
    assert_true(jx_cur_word(&c, "不低于"));
    jx_cur_skip_space(&c);
    assert_int_equal(jx_cur_next(&c), '9');
    assert_int_equal(jx_cur_peek(&c, &k), '5');
    assert_int_equal(k, 3);
    c.pos += k;
    assert_int_equal(jx_cur_next(&c), '%');
    jx_cur_skip_space(&c);
    assert_true(jx_cur_eof(&c));
    assert_int_equal(jx_cur_next(&c), 0);

    /* keywords ignore ASCII case and full width; a word cut by the end fails */
    jx_cur_init(&c, "ＨＡＬＦ", 0, strlen("ＨＡＬＦ"));
    assert_true(jx_cur_word(&c, "half"));
    jx_cur_init(&c, "hal", 0, 3);
    assert_false(jx_cur_word(&c, "half"));
    assert_int_equal(c.pos, 0);
}

static void trim_both_ends(void **state)
{
    const char *s = "\xC2\xA0 ≥95%\xE3\x80\x80\t";
    size_t b = 0, e = strlen(s);
    (void)state;
    jx_trim(s, &b, &e);
    assert_int_equal(b, 3);
    assert_int_equal(e - b, strlen("≥95%"));
    assert_memory_equal(s + b, "≥95%", e - b);
    b = 0;
    e = 3;
    jx_trim("   ", &b, &e);
    assert_int_equal(b, e);
}

static void text_check_codes(void **state)
{
    jx_diag d;
    char big[JX_TEXT_MAX + 2];
    (void)state;
    assert_jx_err(jx_text_check(NULL, 0, &d), JX_ERR_EMPTY);
    assert_jx_err(jx_text_check("", 0, &d), JX_ERR_EMPTY);
    assert_jx_err(jx_text_check(" \xE3\x80\x80 ", 5, &d), JX_ERR_EMPTY);
    assert_jx_err(jx_text_check("9\xC3", 2, &d), JX_ERR_ENCODING);
    assert_int_equal(d.offset, 1);
    memset(big, '9', sizeof big);
    assert_jx_err(jx_text_check(big, JX_TEXT_MAX + 1, &d), JX_ERR_TOO_LONG);
    assert_jx_ok(jx_text_check(big, JX_TEXT_MAX, &d));
}

/* Scan s whole as a number; returns the value or -1 when it is not one. */
static double num(const char *s, unsigned flags, int shift)
{
    jx_cur c;
    jx_num n;
    size_t bad;
    int ok;
    jx_cur_init(&c, s, 0, strlen(s));
    if (!jx_scan_number(&c, flags, &n, &bad) || !jx_cur_eof(&c)) return -1;
    double v = jx_num_value(&n, s, shift, &ok);
    return ok ? v : -2;
}

static void numbers_as_written(void **state)
{
    (void)state;
    assert_double_bits(num("95", 0, 0), 95.0);
    assert_double_bits(num("95.5", 0, 0), 95.5);
    assert_double_bits(num("0.1", 0, 0), 0.1);
    assert_double_bits(num("00095", 0, 0), 95.0);
    assert_double_bits(num("0", 0, 0), 0.0);
    assert_double_bits(num("0.000", 0, 0), 0.0);
    assert_double_bits(num("９５．５", 0, 0), 95.5);
    assert_double_bits(num("1071.15", 0, 0), 1071.15);
    assert_double_bits(num("479.71", 0, 0), 479.71);
    /* scale applied on the decimal digits: exactly the written value */
    assert_double_bits(num("95", 0, -2), 0.95);
    assert_double_bits(num("3.4", 0, 4), 34000.0);
    assert_double_bits(num("7.17", 0, 4), 71700.0);
    assert_double_bits(num("1546.43", 0, 4), 15464300.0);
    assert_double_bits(num("0.07", 0, -2), 0.0007);
    /* long numbers take the slow path and still round correctly */
    assert_double_bits(num("0.1000000000000000055511151231257827", 0, 0), 0.1);
    assert_double_bits(num("12345678901234567890", 0, 0), 12345678901234567890.0);
    assert_double_bits(num("9007199254740993", 0, 0), 9007199254740992.0);
    assert_double_bits(num("1", 0, 30), 1e30);
    assert_double_bits(num("123456789012345678", 0, -2), 1234567890123456.78);
}

static void numbers_groups(void **state)
{
    (void)state;
    assert_double_bits(num("1,234", JX_NUM_GROUPS, 0), 1234.0);
    assert_double_bits(num("1,234,567.5", JX_NUM_GROUPS, 0), 1234567.5);
    assert_double_bits(num("12,345", JX_NUM_GROUPS, 0), 12345.0);
    assert_double_bits(num("１，２３４", JX_NUM_GROUPS, 0), 1234.0);
    assert_double_bits(num("1,234", 0, 0), -1);          /* groups not allowed */
    assert_double_bits(num("1,23", JX_NUM_GROUPS, 0), -1);
    assert_double_bits(num("1,2345", JX_NUM_GROUPS, 0), -1);
    assert_double_bits(num("1234,567", JX_NUM_GROUPS, 0), -1);
    assert_double_bits(num("0,123", JX_NUM_GROUPS, 0), -1); /* decimal comma */
    assert_double_bits(num("1,234,56", JX_NUM_GROUPS, 0), -1);
    assert_double_bits(num("1.234,567", JX_NUM_GROUPS, 0), -1);
}

static void numbers_rejected(void **state)
{
    jx_cur c;
    jx_num n;
    size_t bad = 99;
    (void)state;
    assert_double_bits(num("", 0, 0), -1);
    assert_double_bits(num(".5", 0, 0), -1);
    assert_double_bits(num("5.", 0, 0), -1);
    assert_double_bits(num("1.2.3", 0, 0), -1);
    assert_double_bits(num("-5", 0, 0), -1);
    assert_double_bits(num("+5", 0, 0), -1);
    assert_double_bits(num("1e5", 0, 0), -1);
    assert_double_bits(num("95%", 0, 0), -1);
    /* more than JX_NUM_DIGITS_MAX digits is not a number */
    char many[JX_NUM_DIGITS_MAX + 8];
    memset(many, '1', JX_NUM_DIGITS_MAX + 1);
    many[JX_NUM_DIGITS_MAX + 1] = '\0';
    assert_double_bits(num(many, 0, 0), -1);
    many[JX_NUM_DIGITS_MAX] = '\0';
    assert_double_bits(num(many, 0, 0), -2);            /* 1.1e319: not finite */
    many[300] = '\0';
    assert_true(num(many, 0, 0) > 1e299);
    /* DBL_MAX written out in full reads back as itself */
    char dmax[400];
    snprintf(dmax, sizeof dmax, "%.0f", 1.7976931348623157e308);
    assert_double_bits(num(dmax, 0, 0), 1.7976931348623157e308);
    /* a huge scale overflows: not finite, reported */
    assert_double_bits(num("9", 0, 400), -2);

    /* where it failed */
    jx_cur_init(&c, "95.x", 0, 4);
    assert_false(jx_scan_number(&c, 0, &n, &bad));
    assert_int_equal(bad, 2);
    assert_int_equal(c.pos, 0);
    jx_cur_init(&c, "x", 0, 1);
    assert_false(jx_scan_number(&c, 0, &n, &bad));
    assert_int_equal(bad, 0);
}

static void number_stops_at_non_digit(void **state)
{
    jx_cur c;
    jx_num n;
    size_t bad;
    int ok;
    const char *s = "30000人次";
    (void)state;
    jx_cur_init(&c, s, 0, strlen(s));
    assert_true(jx_scan_number(&c, JX_NUM_GROUPS, &n, &bad));
    assert_int_equal(c.pos, 5);
    assert_int_equal(n.start, 0);
    assert_int_equal(n.end, 5);
    assert_double_bits(jx_num_value(&n, s, 0, &ok), 30000.0);
    /* "95," ends at the comma: the comma is the caller's business */
    jx_cur_init(&c, "95,", 0, 3);
    assert_true(jx_scan_number(&c, JX_NUM_GROUPS, &n, &bad));
    assert_int_equal(c.pos, 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(utf8_decode_valid),
        cmocka_unit_test(utf8_decode_rejects),
        cmocka_unit_test(utf8_check_offsets),
        cmocka_unit_test(utf8_encode_roundtrip),
        cmocka_unit_test(fold_fullwidth_and_signs),
        cmocka_unit_test(cursor_words_and_spaces),
        cmocka_unit_test(trim_both_ends),
        cmocka_unit_test(text_check_codes),
        cmocka_unit_test(numbers_as_written),
        cmocka_unit_test(numbers_groups),
        cmocka_unit_test(numbers_rejected),
        cmocka_unit_test(number_stops_at_non_digit),
    };
    return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
