/*
 * test_target.c - target expressions and actual values as real tables print
 * them (seeds 002 and 003 and the forms listed in jixiao/target.h).
 */
#include "testutil.h"

struct ok_case {
    const char *text;
    jx_dir dir;
    double value;
    int percent;
    double scale;
    const char *unit;
};

static const struct ok_case ok_cases[] = {
    /* the header's list */
    { "≥95%", JX_DIR_GE, 0.95, 1, 1, "" },
    { "≥ 30000", JX_DIR_GE, 30000, 0, 1, "" },
    { "≤60分钟", JX_DIR_LE, 60, 0, 1, "分钟" },
    { "=100%", JX_DIR_EQ, 1.0, 1, 1, "" },
    { "≤3万元", JX_DIR_LE, 30000, 0, 1e4, "元" },
    { "≥50万人", JX_DIR_GE, 500000, 0, 1e4, "人" },
    { ">0", JX_DIR_GT, 0, 0, 1, "" },
    { "<5次", JX_DIR_LT, 5, 0, 1, "次" },
    { "不低于95%", JX_DIR_GE, 0.95, 1, 1, "" },
    { "不少于48期", JX_DIR_GE, 48, 0, 1, "期" },
    { "不超过60分钟", JX_DIR_LE, 60, 0, 1, "分钟" },
    { "不高于5%", JX_DIR_LE, 0.05, 1, 1, "" },
    { "达到100%", JX_DIR_EQ, 1.0, 1, 1, "" },
    { "大于0", JX_DIR_GT, 0, 0, 1, "" },
    { "95%以上", JX_DIR_GE, 0.95, 1, 1, "" },
    { "60分钟以内", JX_DIR_LE, 60, 0, 1, "分钟" },
    { "5%以下", JX_DIR_LE, 0.05, 1, 1, "" },
    { "95%及以上", JX_DIR_GE, 0.95, 1, 1, "" },
    { "95", JX_DIR_GE, 95, 0, 1, "" },           /* seed 003: ninety-five */
    { "30000", JX_DIR_GE, 30000, 0, 1, "" },
    /* seed 002, as printed (LaTeX signs already turned into characters) */
    { "≥ 30000", JX_DIR_GE, 30000, 0, 1, "" },
    { "≥ 20000", JX_DIR_GE, 20000, 0, 1, "" },
    { "≥ 70%", JX_DIR_GE, 0.70, 1, 1, "" },
    { "≥ 50 万人", JX_DIR_GE, 500000, 0, 1e4, "人" },
    { "≥50万人", JX_DIR_GE, 500000, 0, 1e4, "人" },
    { "≤ 60 分钟", JX_DIR_LE, 60, 0, 1, "分钟" },
    { "≤ 3 万元", JX_DIR_LE, 30000, 0, 1e4, "元" },
    { "≥1次", JX_DIR_GE, 1, 0, 1, "次" },
    { "≥ 1 次", JX_DIR_GE, 1, 0, 1, "次" },
    { "≥5万份", JX_DIR_GE, 50000, 0, 1e4, "份" },
    { "≥ 10 万份", JX_DIR_GE, 100000, 0, 1e4, "份" },
    { "≥2000张", JX_DIR_GE, 2000, 0, 1, "张" },
    { "≤10元", JX_DIR_LE, 10, 0, 1, "元" },
    { "≥1公里", JX_DIR_GE, 1, 0, 1, "公里" },
    { "≥ 1 套", JX_DIR_GE, 1, 0, 1, "套" },
    { "≥ 90%", JX_DIR_GE, 0.90, 1, 1, "" },
    { "≥ 85%", JX_DIR_GE, 0.85, 1, 1, "" },
    /* every look-alike sign */
    { "≧95%", JX_DIR_GE, 0.95, 1, 1, "" },
    { "⩾95%", JX_DIR_GE, 0.95, 1, 1, "" },
    { ">=95%", JX_DIR_GE, 0.95, 1, 1, "" },
    { "＞＝95%", JX_DIR_GE, 0.95, 1, 1, "" },
    { "≦60分钟", JX_DIR_LE, 60, 0, 1, "分钟" },
    { "⩽60分钟", JX_DIR_LE, 60, 0, 1, "分钟" },
    { "<=60", JX_DIR_LE, 60, 0, 1, "" },
    { "＜＝60", JX_DIR_LE, 60, 0, 1, "" },
    { "＞0", JX_DIR_GT, 0, 0, 1, "" },
    { "＜5", JX_DIR_LT, 5, 0, 1, "" },
    { "＝100%", JX_DIR_EQ, 1.0, 1, 1, "" },
    { "═100%", JX_DIR_EQ, 1.0, 1, 1, "" },
    { "==100%", JX_DIR_EQ, 1.0, 1, 1, "" },
    { "＝＝100%", JX_DIR_EQ, 1.0, 1, 1, "" },
    /* full-width digits, point and percent */
    { "≥９５．５％", JX_DIR_GE, 0.955, 1, 1, "" },
    { "９５％", JX_DIR_GE, 0.95, 1, 1, "" },
    { "≤６０分钟", JX_DIR_LE, 60, 0, 1, "分钟" },
    { "≥１，２３４人", JX_DIR_GE, 1234, 0, 1, "人" },
    /* spaces of every kind between the parts */
    { "\xE3\x80\x80≥\xE3\x80\x80" "95\xC2\xA0%\xE3\x80\x80", JX_DIR_GE, 0.95, 1, 1, "" },
    { " ≥ 95 % ", JX_DIR_GE, 0.95, 1, 1, "" },
    { "\t≥95%\n", JX_DIR_GE, 0.95, 1, 1, "" },
    { "95 % 以上", JX_DIR_GE, 0.95, 1, 1, "" },
    { "不低于 95%", JX_DIR_GE, 0.95, 1, 1, "" },
    { "≥50 万 人", JX_DIR_GE, 500000, 0, 1e4, "人" },
    /* every word */
    { "不少于5次", JX_DIR_GE, 5, 0, 1, "次" },
    { "不小于5次", JX_DIR_GE, 5, 0, 1, "次" },
    { "至少5次", JX_DIR_GE, 5, 0, 1, "次" },
    { "大于等于5次", JX_DIR_GE, 5, 0, 1, "次" },
    { "不多于5次", JX_DIR_LE, 5, 0, 1, "次" },
    { "不大于5次", JX_DIR_LE, 5, 0, 1, "次" },
    { "至多5次", JX_DIR_LE, 5, 0, 1, "次" },
    { "小于等于5次", JX_DIR_LE, 5, 0, 1, "次" },
    { "高于5次", JX_DIR_GT, 5, 0, 1, "次" },
    { "超过5次", JX_DIR_GT, 5, 0, 1, "次" },
    { "小于5次", JX_DIR_LT, 5, 0, 1, "次" },
    { "低于5次", JX_DIR_LT, 5, 0, 1, "次" },
    { "少于5次", JX_DIR_LT, 5, 0, 1, "次" },
    { "等于5次", JX_DIR_EQ, 5, 0, 1, "次" },
    /* every suffix */
    { "5次以上", JX_DIR_GE, 5, 0, 1, "次" },
    { "5次及以上", JX_DIR_GE, 5, 0, 1, "次" },
    { "95%以上(含)", JX_DIR_GE, 0.95, 1, 1, "" },
    { "95%以上（含）", JX_DIR_GE, 0.95, 1, 1, "" },
    { "5次以下", JX_DIR_LE, 5, 0, 1, "次" },
    { "5次及以下", JX_DIR_LE, 5, 0, 1, "次" },
    { "5天以内", JX_DIR_LE, 5, 0, 1, "天" },
    { "5天之内", JX_DIR_LE, 5, 0, 1, "天" },
    /* a sign and a suffix that say the same thing */
    { "不超过60分钟以内", JX_DIR_LE, 60, 0, 1, "分钟" },
    { "≥95%以上", JX_DIR_GE, 0.95, 1, 1, "" },
    /* scales */
    { "≥3千元", JX_DIR_GE, 3000, 0, 1e3, "元" },
    { "≤2亿元", JX_DIR_LE, 2e8, 0, 1e8, "元" },
    { "≤1.5百万元", JX_DIR_LE, 1.5e6, 0, 1e6, "元" },
    { "≤2千万元", JX_DIR_LE, 2e7, 0, 1e7, "元" },
    { "≥3.4万元", JX_DIR_GE, 34000, 0, 1e4, "元" },
    { "≥1546.43万元", JX_DIR_GE, 15464300, 0, 1e4, "元" },
    { "≥3万", JX_DIR_GE, 30000, 0, 1e4, "" },
    { "≥5万人次", JX_DIR_GE, 50000, 0, 1e4, "人次" },
    /* units of other kinds */
    { "≥10km", JX_DIR_GE, 10, 0, 1, "km" },
    { "≥１０ｋｍ", JX_DIR_GE, 10, 0, 1, "km" },
    { "≤5元/人", JX_DIR_LE, 5, 0, 1, "元/人" },
    { "≥100m²", JX_DIR_GE, 100, 0, 1, "m²" },
    { "≤5个百分点", JX_DIR_LE, 5, 0, 1, "个百分点" },
    { "≥1,234,567.5元", JX_DIR_GE, 1234567.5, 0, 1, "元" },
    { "0", JX_DIR_GE, 0, 0, 1, "" },
    { "=0", JX_DIR_EQ, 0, 0, 1, "" },
};

static void target_forms(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof ok_cases / sizeof ok_cases[0]; i++) {
        const struct ok_case *c = &ok_cases[i];
        jx_target t;
        jx_diag d;
        jx_err e = jx_target_parse(c->text, strlen(c->text), &t, &d);
        if (e != JX_OK) {
            print_error("\"%s\": %s at \"%s\"\n", c->text,
                        jx_strerror(e, JX_LANG_EN), d.at);
            fail();
        }
        if (t.dir != c->dir || t.q.value != c->value ||
            t.q.percent != c->percent || t.q.scale != c->scale ||
            strcmp(t.q.unit, c->unit) != 0) {
            print_error("\"%s\": dir %d value %.17g percent %d scale %g unit \"%s\"\n",
                        c->text, (int)t.dir, t.q.value, t.q.percent,
                        t.q.scale, t.q.unit);
            fail();
        }
        assert_int_equal(d.code, JX_OK);
    }
}

/*
 * Every keyword, also right after a unit: the unit must stop before it (a
 * suffix is read as such; a direction word there is an error, not part of
 * the unit "次不低于").
 */
static void keywords_after_units(void **state)
{
    static const struct { const char *word; jx_dir dir; } dirs[] = {
        { "不低于", JX_DIR_GE }, { "不少于", JX_DIR_GE }, { "不小于", JX_DIR_GE },
        { "至少", JX_DIR_GE },   { "达到", JX_DIR_EQ },   { "大于等于", JX_DIR_GE },
        { "不超过", JX_DIR_LE }, { "不高于", JX_DIR_LE }, { "不多于", JX_DIR_LE },
        { "不大于", JX_DIR_LE }, { "至多", JX_DIR_LE },   { "小于等于", JX_DIR_LE },
        { "大于", JX_DIR_GT },   { "高于", JX_DIR_GT },   { "超过", JX_DIR_GT },
        { "小于", JX_DIR_LT },   { "低于", JX_DIR_LT },   { "少于", JX_DIR_LT },
        { "等于", JX_DIR_EQ },
    };
    static const struct { const char *word; jx_dir dir; } suffixes[] = {
        { "以上", JX_DIR_GE }, { "及以上", JX_DIR_GE }, { "以上(含)", JX_DIR_GE },
        { "以下", JX_DIR_LE }, { "及以下", JX_DIR_LE }, { "以内", JX_DIR_LE },
        { "之内", JX_DIR_LE },
    };
    (void)state;
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        char buf[64];
        jx_target t;
        jx_diag d;
        snprintf(buf, sizeof buf, "%s5次", dirs[i].word);
        assert_jx_ok(jx_target_parse(buf, strlen(buf), &t, &d));
        assert_int_equal(t.dir, dirs[i].dir);
        assert_str_eq(t.q.unit, "次");
        snprintf(buf, sizeof buf, "5次%s", dirs[i].word);
        assert_jx_err(jx_target_parse(buf, strlen(buf), &t, &d), JX_ERR_TARGET_SYNTAX);
        assert_str_eq(d.at, dirs[i].word);
    }
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        char buf[64];
        jx_target t;
        snprintf(buf, sizeof buf, "5次%s", suffixes[i].word);
        assert_jx_ok(jx_target_parse(buf, strlen(buf), &t, NULL));
        assert_int_equal(t.dir, suffixes[i].dir);
        assert_str_eq(t.q.unit, "次");
    }
}

/* The text need not be NUL-terminated: only len bytes are read. */
static void target_len_bounds(void **state)
{
    jx_target t;
    (void)state;
    assert_jx_ok(jx_target_parse("≥95%以下", strlen("≥95%"), &t, NULL));
    assert_double_bits(t.q.value, 0.95);
    assert_jx_ok(jx_target_parse("95xyz", 2, &t, NULL));
    assert_double_bits(t.q.value, 95.0);
}

struct bad_case {
    const char *text;
    jx_err code;
    const char *at;         /* the quoted failing part */
};

static const struct bad_case bad_cases[] = {
    { "95%以下以上", JX_ERR_TARGET_SYNTAX, "以上" },
    { "≥≤5", JX_ERR_TARGET_SYNTAX, "≤5" },
    { "≥95%%", JX_ERR_TARGET_SYNTAX, "%" },
    { "≥5-10", JX_ERR_TARGET_SYNTAX, "-10" },
    { "效果显著", JX_ERR_TARGET_SYNTAX, "效果显著" },
    { "≥-5", JX_ERR_NEGATIVE, "-5" },
    { "-5%", JX_ERR_NEGATIVE, "-5%" },
    { "≥－5", JX_ERR_NEGATIVE, "－5" },
    { "≥95%以下", JX_ERR_TARGET_SYNTAX, "以下" },
    { "不超过60分钟以上", JX_ERR_TARGET_SYNTAX, "以上" },
    { ">95%以上", JX_ERR_TARGET_SYNTAX, "以上" },
    { "≥95 96", JX_ERR_TARGET_SYNTAX, "96" },
    { "≥95%96", JX_ERR_TARGET_SYNTAX, "96" },
    { "≥", JX_ERR_TARGET_SYNTAX, "" },
    { "≥%", JX_ERR_TARGET_SYNTAX, "%" },
    { "%95", JX_ERR_TARGET_SYNTAX, "%95" },
    { "≥.5", JX_ERR_TARGET_SYNTAX, ".5" },
    { "≥95.", JX_ERR_TARGET_SYNTAX, "." },
    { "≥9.5.5", JX_ERR_TARGET_SYNTAX, ".5" },
    { "≥1e5", JX_ERR_TARGET_SYNTAX, "5" },     /* "e" reads as a unit */
    { "≥+5", JX_ERR_TARGET_SYNTAX, "+5" },
    { "≥1,23", JX_ERR_TARGET_SYNTAX, ",23" },
    { "≥12345,678", JX_ERR_TARGET_SYNTAX, ",678" },
    { "≥95%人", JX_ERR_TARGET_SYNTAX, "人" },
    { "≥5万%", JX_ERR_TARGET_SYNTAX, "%" },
    { "=>5", JX_ERR_TARGET_SYNTAX, ">5" },
    { "≥=5", JX_ERR_TARGET_SYNTAX, "=5" },
    { "> =5", JX_ERR_TARGET_SYNTAX, "=5" },
    { "约95%", JX_ERR_TARGET_SYNTAX, "约95%" },
    { "95%左右", JX_ERR_TARGET_SYNTAX, "左右" },
    { "5次不低于", JX_ERR_TARGET_SYNTAX, "不低于" },
    { "≥5次以上以上", JX_ERR_TARGET_SYNTAX, "以上" },
    { "≥5 人 次", JX_ERR_TARGET_SYNTAX, "次" },
    { "≥5人12", JX_ERR_TARGET_SYNTAX, "12" },
    { "≥5非常非常非常长的单位", JX_ERR_TARGET_SYNTAX, "非常非常非常长的单位" },
    { "≥9５%以上上", JX_ERR_TARGET_SYNTAX, "上" },
    /* found by fuzz_target: "5千 万" read as 5000 with unit 万 wrote back
     * as "5千万" (5e7); a second scale is refused */
    { "5千\xE2\x80\x83万", JX_ERR_TARGET_SYNTAX, "万" },
    { "≥5千 万元", JX_ERR_TARGET_SYNTAX, "万元" },
    { "≥5万亿元", JX_ERR_TARGET_SYNTAX, "亿元" },
    { "≥5万万", JX_ERR_TARGET_SYNTAX, "万" },
};

static void target_errors_quote_the_text(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
        const struct bad_case *c = &bad_cases[i];
        jx_target t, before;
        jx_diag d;
        memset(&t, 0x5A, sizeof t);
        before = t;
        jx_err e = jx_target_parse(c->text, strlen(c->text), &t, &d);
        if (e != c->code || d.code != c->code || strcmp(d.at, c->at) != 0 ||
            strcmp(d.text, c->text) != 0 ||
            d.offset != strlen(c->text) - strlen(c->at)) {
            print_error("\"%s\": got %d at \"%s\" (offset %zu) text \"%s\", "
                        "expected %d at \"%s\"\n", c->text, (int)e, d.at,
                        d.offset, d.text, (int)c->code, c->at);
            fail();
        }
        assert_memory_equal(&t, &before, sizeof t);   /* out untouched */
    }
}

static void target_error_message(void **state)
{
    jx_target t;
    jx_diag d;
    char msg[JX_DIAG_TEXT_MAX * 3];
    const char *s = "≥9５%以上上";
    (void)state;
    assert_jx_err(jx_target_parse(s, strlen(s), &t, &d), JX_ERR_TARGET_SYNTAX);
    jx_diag_format(&d, JX_LANG_ZH, msg, sizeof msg);
    assert_non_null(strstr(msg, "≥9５%以上上"));
    assert_non_null(strstr(msg, "“上”"));
    jx_diag_format(&d, JX_LANG_EN, msg, sizeof msg);
    assert_non_null(strstr(msg, "cannot read the target"));
}

static void target_empty_long_encoding(void **state)
{
    jx_target t;
    jx_diag d;
    static char big[JX_TEXT_MAX + 1];
    (void)state;
    assert_jx_err(jx_target_parse("", 0, &t, &d), JX_ERR_EMPTY);
    assert_int_equal(d.code, JX_ERR_EMPTY);
    assert_jx_err(jx_target_parse(NULL, 5, &t, &d), JX_ERR_EMPTY);
    assert_jx_err(jx_target_parse("　 \xC2\xA0", 6, &t, &d), JX_ERR_EMPTY);
    assert_jx_err(jx_target_parse("≥9\xFF", 5, &t, &d), JX_ERR_ENCODING);
    assert_int_equal(d.offset, 4);
    assert_jx_err(jx_target_parse("≥\xED\xA0\x80", 6, &t, &d), JX_ERR_ENCODING);
    assert_jx_err(jx_target_parse("≥9\xC0\xB5", 6, &t, &d), JX_ERR_ENCODING);
    /* a NUL inside the length is a character the grammar does not know */
    assert_jx_err(jx_target_parse("≥9\0", 5, &t, &d), JX_ERR_TARGET_SYNTAX);
    memset(big, ' ', sizeof big);
    big[0] = '9';
    assert_jx_ok(jx_target_parse(big, JX_TEXT_MAX, &t, &d));
    assert_jx_err(jx_target_parse(big, JX_TEXT_MAX + 1, &t, &d), JX_ERR_TOO_LONG);
    /* diag may be NULL, out may be NULL */
    assert_jx_err(jx_target_parse("x", 1, &t, NULL), JX_ERR_TARGET_SYNTAX);
    assert_jx_ok(jx_target_parse("≥1", 4, NULL, NULL));
}

/* Numbers are taken as written: the value is the double the text names. */
static void target_values_exact(void **state)
{
    jx_target t;
    (void)state;
    assert_jx_ok(jx_target_parse("≥99.9%", strlen("≥99.9%"), &t, NULL));
    assert_double_bits(t.q.value, 0.999);
    assert_jx_ok(jx_target_parse("≤7.17万元", strlen("≤7.17万元"), &t, NULL));
    assert_double_bits(t.q.value, 71700.0);
    assert_jx_ok(jx_target_parse("≥0.1", strlen("≥0.1"), &t, NULL));
    assert_double_bits(t.q.value, 0.1);
}

/* --- Actual values ---------------------------------------------------- */

static void quantity_forms(void **state)
{
    jx_quantity q;
    jx_diag d;
    (void)state;
    assert_jx_ok(jx_quantity_parse("96%", 3, &q, &d));
    assert_double_bits(q.value, 0.96);
    assert_int_equal(q.percent, 1);
    assert_jx_ok(jx_quantity_parse("30 分钟", strlen("30 分钟"), &q, &d));
    assert_double_bits(q.value, 30.0);
    assert_str_eq(q.unit, "分钟");
    assert_jx_ok(jx_quantity_parse("50万人", strlen("50万人"), &q, &d));
    assert_double_bits(q.value, 500000.0);
    assert_double_bits(q.scale, 1e4);
    assert_str_eq(q.unit, "人");
    assert_jx_ok(jx_quantity_parse("1,234.5", 7, &q, &d));
    assert_double_bits(q.value, 1234.5);
    assert_jx_ok(jx_quantity_parse("９６％", strlen("９６％"), &q, &d));
    assert_double_bits(q.value, 0.96);
    assert_jx_ok(jx_quantity_parse(" 30000人次 ", strlen(" 30000人次 "), &q, &d));
    assert_double_bits(q.value, 30000.0);
    assert_str_eq(q.unit, "人次");
    assert_int_equal(q.percent, 0);
    assert_double_bits(q.scale, 1.0);
    assert_jx_ok(jx_quantity_parse("0", 1, &q, &d));
    assert_double_bits(q.value, 0.0);
}

static void quantity_errors(void **state)
{
    jx_quantity q, before;
    jx_diag d;
    (void)state;
    memset(&q, 0x33, sizeof q);
    before = q;
    assert_jx_err(jx_quantity_parse("≥96%", strlen("≥96%"), &q, &d),
                  JX_ERR_NUMBER_SYNTAX);
    assert_int_equal(d.offset, 0);
    assert_str_eq(d.at, "≥96%");
    assert_jx_err(jx_quantity_parse("96%以上", strlen("96%以上"), &q, &d),
                  JX_ERR_NUMBER_SYNTAX);
    assert_str_eq(d.at, "以上");
    assert_jx_err(jx_quantity_parse("-5", 2, &q, &d), JX_ERR_NEGATIVE);
    assert_jx_err(jx_quantity_parse("", 0, &q, &d), JX_ERR_EMPTY);
    assert_jx_err(jx_quantity_parse("效果显著", strlen("效果显著"), &q, &d),
                  JX_ERR_NUMBER_SYNTAX);
    assert_jx_err(jx_quantity_parse("96%%", 4, &q, &d), JX_ERR_NUMBER_SYNTAX);
    assert_str_eq(d.at, "%");
    assert_jx_err(jx_quantity_parse("9\x80", 2, &q, &d), JX_ERR_ENCODING);
    assert_memory_equal(&q, &before, sizeof q);
}

static void quantity_from_number(void **state)
{
    jx_quantity q, before;
    (void)state;
    assert_jx_ok(jx_quantity_from_number(0.96, &q));
    assert_double_bits(q.value, 0.96);
    assert_int_equal(q.percent, 0);
    assert_double_bits(q.scale, 1.0);
    assert_str_eq(q.unit, "");
    before = q;
    assert_jx_err(jx_quantity_from_number(NAN, &q), JX_ERR_NOT_FINITE);
    assert_jx_err(jx_quantity_from_number(INFINITY, &q), JX_ERR_NOT_FINITE);
    assert_memory_equal(&q, &before, sizeof q);
}

/* --- Units ------------------------------------------------------------ */

static jx_target tgt(const char *s)
{
    jx_target t;
    jx_err e = jx_target_parse(s, strlen(s), &t, NULL);
    assert_int_equal(e, JX_OK);
    return t;
}

static jx_quantity qty(const char *s)
{
    jx_quantity q;
    jx_err e = jx_quantity_parse(s, strlen(s), &q, NULL);
    assert_int_equal(e, JX_OK);
    return q;
}

static jx_quantity num(double v)
{
    jx_quantity q;
    assert_int_equal(jx_quantity_from_number(v, &q), JX_OK);
    return q;
}

static void align_percent(void **state)
{
    double v = -1;
    jx_target t = tgt("≥95%");
    jx_quantity a;
    (void)state;
    a = qty("96%");
    assert_jx_ok(jx_quantity_align(&a, &t, &v));
    assert_double_bits(v, 0.96);
    a = num(0.96);                       /* a percent cell: its fraction */
    assert_jx_ok(jx_quantity_align(&a, &t, &v));
    assert_double_bits(v, 0.96);
    a = num(10.0);                       /* 1000 % is still a fraction */
    assert_jx_ok(jx_quantity_align(&a, &t, &v));
    assert_double_bits(v, 10.0);
    v = -1;
    a = num(96.0);                       /* 96 typed for 96 % */
    assert_jx_err(jx_quantity_align(&a, &t, &v), JX_ERR_PERCENT_UNIT);
    a = num(10.5);
    assert_jx_err(jx_quantity_align(&a, &t, &v), JX_ERR_PERCENT_UNIT);
    a = qty("96");
    assert_jx_err(jx_quantity_align(&a, &t, &v), JX_ERR_PERCENT_UNIT);
    a = qty("96人");
    assert_jx_err(jx_quantity_align(&a, &t, &v), JX_ERR_UNIT_MISMATCH);
    a = qty("5万");
    assert_jx_err(jx_quantity_align(&a, &t, &v), JX_ERR_UNIT_MISMATCH);
    assert_double_bits(v, -1);           /* untouched on error */
}

/* Seed 003: target "95" (ninety-five) beside the actual "100%". */
static void align_bare_target_percent_actual(void **state)
{
    double v = -1;
    jx_quantity a = qty("100%");
    jx_target t = tgt("95");
    (void)state;
    assert_jx_err(jx_quantity_align(&a, &t, &v), JX_ERR_UNIT_MISMATCH);
    t = tgt("0.95");                     /* a percent cell read as a number */
    assert_jx_ok(jx_quantity_align(&a, &t, &v));
    assert_double_bits(v, 1.0);
    t = tgt("≥60分钟");
    assert_jx_err(jx_quantity_align(&a, &t, &v), JX_ERR_UNIT_MISMATCH);
    t = tgt("≥3万");
    assert_jx_err(jx_quantity_align(&a, &t, &v), JX_ERR_UNIT_MISMATCH);
}

static void align_units_and_scales(void **state)
{
    double v = -1;
    jx_target t = tgt("≥50万人");
    jx_quantity a;
    (void)state;
    a = num(50);                         /* taken in the written unit 万人 */
    assert_jx_ok(jx_quantity_align(&a, &t, &v));
    assert_double_bits(v, 500000.0);
    a = qty("50万人");
    assert_jx_ok(jx_quantity_align(&a, &t, &v));
    assert_double_bits(v, 500000.0);
    a = qty("500000人");
    assert_jx_ok(jx_quantity_align(&a, &t, &v));
    assert_double_bits(v, 500000.0);
    a = qty("49万");                     /* prefix, no unit: base units */
    assert_jx_ok(jx_quantity_align(&a, &t, &v));
    assert_double_bits(v, 490000.0);
    a = qty("50万人次");
    assert_jx_err(jx_quantity_align(&a, &t, &v), JX_ERR_UNIT_MISMATCH);
    a = qty("50万元");
    assert_jx_err(jx_quantity_align(&a, &t, &v), JX_ERR_UNIT_MISMATCH);

    t = tgt("≤3万元");
    a = qty("28000元");
    assert_jx_ok(jx_quantity_align(&a, &t, &v));
    assert_double_bits(v, 28000.0);
    a = num(3);
    assert_jx_ok(jx_quantity_align(&a, &t, &v));
    assert_double_bits(v, 30000.0);

    /* seed 002: target "≥ 30000" without unit, actual "30000人次" */
    t = tgt("≥ 30000");
    a = qty("30000人次");
    assert_jx_ok(jx_quantity_align(&a, &t, &v));
    assert_double_bits(v, 30000.0);
    a = qty("3万人次");
    assert_jx_ok(jx_quantity_align(&a, &t, &v));
    assert_double_bits(v, 30000.0);

    t = tgt("≤60分钟");
    a = qty("30分钟");
    assert_jx_ok(jx_quantity_align(&a, &t, &v));
    assert_double_bits(v, 30.0);
    a = qty("1小时");
    assert_jx_err(jx_quantity_align(&a, &t, &v), JX_ERR_UNIT_MISMATCH);
    a = qty("30%");
    assert_jx_err(jx_quantity_align(&a, &t, &v), JX_ERR_UNIT_MISMATCH);
}

static void align_bad_values(void **state)
{
    double v = -1;
    jx_target t = tgt("≥95%");
    jx_quantity a = num(-0.5);
    (void)state;
    assert_jx_err(jx_quantity_align(&a, &t, &v), JX_ERR_NEGATIVE);
    a.value = NAN;
    assert_jx_err(jx_quantity_align(&a, &t, &v), JX_ERR_NOT_FINITE);
    a = num(1e305);
    t = tgt("≥1亿");
    assert_jx_err(jx_quantity_align(&a, &t, &v), JX_ERR_RANGE);  /* overflows */
    memset(a.unit, 'x', sizeof a.unit);  /* unterminated unit from a caller */
    a.value = 1;
    assert_jx_err(jx_quantity_align(&a, &t, &v), JX_ERR_RANGE);
    assert_jx_err(jx_quantity_align(NULL, &t, &v), JX_ERR_RANGE);
    assert_double_bits(v, -1);
}

/* --- Formatting ------------------------------------------------------- */

static void dir_signs(void **state)
{
    (void)state;
    assert_str_eq(jx_dir_sign(JX_DIR_GE), "≥");
    assert_str_eq(jx_dir_sign(JX_DIR_GT), ">");
    assert_str_eq(jx_dir_sign(JX_DIR_LE), "≤");
    assert_str_eq(jx_dir_sign(JX_DIR_LT), "<");
    assert_str_eq(jx_dir_sign(JX_DIR_EQ), "=");
    assert_str_eq(jx_dir_sign((jx_dir)42), "?");
}

static void format_roundtrip(void **state)
{
    static const char *const in[][2] = {
        { "≥95%", "≥95%" },       { "≥ 30000", "≥30000" },
        { "≤ 60 分钟", "≤60分钟" }, { "=100%", "=100%" },
        { "≤ 3 万元", "≤3万元" },  { "≥50万人", "≥50万人" },
        { "95%以上", "≥95%" },     { "不超过60分钟", "≤60分钟" },
        { "＞０", ">0" },          { "＜5次", "<5次" },
        { "≥９５．５％", "≥95.5%" }, { "≥3.4万元", "≥3.4万元" },
        { "≥0.07%", "≥0.07%" },   { "95", "≥95" },
        { "≥1,234,567.5元", "≥1234567.5元" }, { "≤2亿元", "≤2亿元" },
        { "≥0.00001", "≥0.00001" }, { "≥1234567890123456789", "≥1234567890123456768" },
    };
    (void)state;
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++) {
        char buf[64];
        jx_target t = tgt(in[i][0]);
        size_t n = jx_target_format(&t, buf, sizeof buf);
        assert_str_eq(buf, in[i][1]);
        assert_int_equal(n, strlen(in[i][1]));
        /* and the canonical text reads back to the same target */
        jx_target back = tgt(buf);
        assert_int_equal(back.dir, t.dir);
        assert_double_bits(back.q.value, t.q.value);
    }
}

/* Found by fuzz_target: 64 nines formatted as 1e64 (65 digits) must read
 * back; whatever the parser accepts, the formatter writes readably. */
static void format_reads_back_extremes(void **state)
{
    static char text[JX_TEXT_MAX];
    char buf[512];
    jx_target t, back;
    (void)state;
    memset(text, '9', 64);
    strcpy(text + 64, "4i");
    t = tgt(text);
    assert_str_eq(t.q.unit, "i");
    jx_target_format(&t, buf, sizeof buf);
    assert_jx_ok(jx_target_parse(buf, strlen(buf), &back, NULL));
    assert_double_bits(back.q.value, t.q.value);
    /* 2e308 % is a finite fraction (2e306) that x 100 cannot write back */
    strcpy(text, "≥2");
    memset(text + strlen(text), '0', 308);
    strcpy(text + strlen("≥2") + 308, "%");
    assert_jx_err(jx_target_parse(text, strlen(text), &t, NULL), JX_ERR_TARGET_SYNTAX);
    snprintf(text, sizeof text, "≥%.0f%%", 1e300);
    t = tgt(text);
    jx_target_format(&t, buf, sizeof buf);
    assert_jx_ok(jx_target_parse(buf, strlen(buf), &back, NULL));
    assert_int_equal(back.q.percent, 1);
}

/* Found by the fuzz smoke of make check: a value just under 1e15 that
 * rounds up at 15 significant digits came out of %.15g as "1e+15", and
 * the exponent was then folded into "1.15": 999999999999999.9 was
 * written as 1.15 (a wrong number that looks right). */
static void format_rounds_up_to_1e15(void **state)
{
    static const char *const in[] = {
        "999999999999999.9009950117364422i", "999999999999999.95", "≤99999999999999.99995%",
    };
    char buf[512];
    jx_target back;
    (void)state;
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++) {
        jx_target t = tgt(in[i]);
        jx_target_format(&t, buf, sizeof buf);
        assert_null(strchr(buf, 'e'));
        assert_jx_ok(jx_target_parse(buf, strlen(buf), &back, NULL));
        assert_int_equal(back.dir, t.dir);
        assert_true(fabs(back.q.value - t.q.value) <= 1e-14 * t.q.value);
    }
    jx_target t = tgt(in[0]);
    jx_target_format(&t, buf, sizeof buf);
    assert_str_eq(buf, "≥1000000000000000i");
}

static void format_cut(void **state)
{
    char buf[5];
    jx_target t = tgt("≤60分钟");
    (void)state;
    /* "≤60分钟" is 11 bytes; 4 fit: "≤6" (3 + 1), never half a character */
    assert_int_equal(jx_target_format(&t, buf, sizeof buf), 11);
    assert_str_eq(buf, "≤6");
    assert_int_equal(jx_target_format(&t, buf, 3), 11);
    assert_str_eq(buf, "");
    assert_int_equal(jx_target_format(&t, NULL, 0), 11);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(target_forms),
        cmocka_unit_test(format_rounds_up_to_1e15),
        cmocka_unit_test(keywords_after_units),
        cmocka_unit_test(target_len_bounds),
        cmocka_unit_test(target_errors_quote_the_text),
        cmocka_unit_test(target_error_message),
        cmocka_unit_test(target_empty_long_encoding),
        cmocka_unit_test(target_values_exact),
        cmocka_unit_test(quantity_forms),
        cmocka_unit_test(quantity_errors),
        cmocka_unit_test(quantity_from_number),
        cmocka_unit_test(align_percent),
        cmocka_unit_test(align_bare_target_percent_actual),
        cmocka_unit_test(align_units_and_scales),
        cmocka_unit_test(align_bad_values),
        cmocka_unit_test(dir_signs),
        cmocka_unit_test(format_roundtrip),
        cmocka_unit_test(format_reads_back_extremes),
        cmocka_unit_test(format_cut),
    };
    return cmocka_run_group_tests_name("target", tests, NULL, NULL);
}
