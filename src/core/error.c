/*
 * error.c - error messages (zh-CN and en) and parser diagnostics.
 *
 * Messages are static strings indexed by code, so jx_strerror never
 * allocates and never fails.  Diagnostics copy (a prefix of) the text they
 * quote because callers often pass a buffer that does not outlive the call,
 * e.g. a string the Calc add-in converted from UTF-16 for one cell.
 */
#include <stdlib.h>
#include <string.h>

#include "jixiao/error.h"
#include "jixiao/utf8.h"

struct jx_msg {
    const char *zh;
    const char *en;
};

/* One entry per jx_err, in enum order (checked by test_error.c). */
static const struct jx_msg jx_messages[JX_ERR__COUNT] = {
    [JX_OK] = {"无错误", "no error"},
    [JX_ERR_NOT_FINITE] = {"参数不是有效数字（NaN 或无穷大）",
                           "an argument is not a finite number (NaN or infinity)"},
    [JX_ERR_NEGATIVE] = {"金额、数量、分值或数值不能为负数",
                         "money, counts, points and values cannot be negative"},
    [JX_ERR_NO_BUDGET] = {"预算数为 0，无法计算比率（0 ÷ 0 不是 100%）",
                          "the budget is zero: no rate can be computed (0 / 0 is not 100 %)"},
    [JX_ERR_RANGE] = {"参数超出允许范围", "an argument is out of range"},
    [JX_ERR_EMPTY] = {"内容为空", "the text is empty"},
    [JX_ERR_TOO_LONG] = {"文字过长", "the text is too long"},
    [JX_ERR_ENCODING] = {"文字不是有效的 UTF-8 编码", "the text is not valid UTF-8"},
    [JX_ERR_TARGET_SYNTAX] = {"无法识别的指标值", "cannot read the target"},
    [JX_ERR_NUMBER_SYNTAX] = {"无法识别的实际完成值", "cannot read the actual value"},
    [JX_ERR_UNIT_MISMATCH] = {"实际值与指标值的单位不一致",
                              "the actual value and the target have different units"},
    [JX_ERR_PERCENT_UNIT] = {"指标值为百分比，实际值大于 10，应写成百分比（如 96%）",
                             "the target is a percentage but the actual value is above 10: "
                             "write it as a percentage (e.g. 96%)"},
    [JX_ERR_SCHEME_SYNTAX] = {"无法识别的定性评分标准", "cannot read the qualitative scheme"},
    [JX_ERR_LEVEL_UNKNOWN] = {"评分标准中没有这个等级", "the level is not in the scheme"},
    [JX_ERR_TIER_MISMATCH] = {"得分不在该等级的分数区间内",
                              "the score is outside the range of its level"},
    [JX_ERR_RULE_SYNTAX] = {"无法识别的评分规则", "cannot read the scoring rule"},
    [JX_ERR_SIZE_MISMATCH] = {"区域大小不一致", "the ranges differ in size"},
    [JX_ERR_SCORE_RANGE] = {"得分超出 0 至分值的范围",
                            "a score is outside 0 to its points"},
    [JX_ERR_BANDS] = {"等次分数线或等次名称不一致",
                      "the grade thresholds or labels are inconsistent"},
    [JX_ERR_DIGITS] = {"小数位数超出允许范围", "the number of decimals is out of range"},
    [JX_ERR_NOMEM] = {"内存不足", "out of memory"},
    [JX_ERR_RULE_OPEN] = {"评扣分标准此处由评价人决定或需其他资料，不自动计分",
                          "the rule leaves this score to the evaluator or to other data"},
};

const char *jx_strerror(jx_err err, jx_lang lang)
{
    const struct jx_msg *m;

    if ((int)err < 0 || err >= JX_ERR__COUNT)
        return lang == JX_LANG_EN ? "unknown error" : "未知错误";
    m = &jx_messages[err];
    return lang == JX_LANG_EN ? m->en : m->zh;
}

static const char ellipsis[] = "\xE2\x80\xA6"; /* … */

/*
 * Copy at most `max` bytes of text into dst (which has room for max + 4),
 * whole characters only.  Bytes that are not valid UTF-8, and NULs, become
 * '?', so the quote is always printable UTF-8 even for JX_ERR_ENCODING.
 * A cut is marked with "…".
 */
static void quote_copy(char *dst, size_t max, const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0, o = 0;

    while (i < len) {
        uint32_t cp;
        size_t k = jx_utf8_decode(s + i, len - i, &cp);
        if (k == 0 || s[i] == 0) {
            if (o + 1 > max)
                break;
            dst[o++] = '?';
            i++;
            continue;
        }
        if (o + k > max)
            break;
        memcpy(dst + o, s + i, k);
        o += k;
        i += k;
    }
    if (i < len) {
        memcpy(dst + o, ellipsis, 3);
        o += 3;
    }
    dst[o] = '\0';
}

void jx_diag_clear(jx_diag *diag)
{
    if (diag == NULL)
        return;
    diag->code = JX_OK;
    diag->offset = 0;
    diag->text[0] = '\0';
    diag->at[0] = '\0';
}

jx_err jx_diag_set(jx_diag *diag, jx_err code, const char *text, size_t len,
                   size_t offset)
{
    if (diag == NULL)
        return code;
    if (text == NULL)
        len = 0;
    if (offset > len)
        offset = len;
    diag->code = code;
    diag->offset = offset;
    quote_copy(diag->text, JX_DIAG_TEXT_MAX, text, len);
    quote_copy(diag->at, JX_DIAG_AT_MAX, text ? text + offset : NULL,
               len - offset);
    return code;
}

/* Appends to a bounded buffer; keeps the count of bytes actually written. */
struct outbuf {
    char *buf;
    size_t cap;
    size_t len;
    int full;
};

/* Append s, cutting on a UTF-8 boundary when it does not fit. */
static void out_put(struct outbuf *o, const char *s)
{
    size_t n = strlen(s), room;

    if (o->full || o->cap == 0)
        return;
    room = o->cap - 1 - o->len;
    if (n > room) {
        n = room;
        /* Step back over continuation bytes to a character start. */
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
        o->full = 1;
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = '\0';
}

size_t jx_diag_format(const jx_diag *diag, jx_lang lang, char *buf, size_t cap)
{
    struct outbuf o = {buf, cap, 0, 0};
    int en = lang == JX_LANG_EN;

    if (cap == 0)
        return 0;
    buf[0] = '\0';
    if (diag == NULL)
        return 0;
    out_put(&o, jx_strerror(diag->code, lang));
    if (diag->text[0] == '\0')
        return o.len;
    out_put(&o, en ? ": \"" : "：“");
    out_put(&o, diag->text);
    out_put(&o, en ? "\"" : "”");
    /* Quote the failing part only when it is not the whole text. */
    if (diag->offset > 0 && diag->at[0] != '\0') {
        out_put(&o, en ? ", unreadable part: \"" : "，无法识别的部分：“");
        out_put(&o, diag->at);
        out_put(&o, en ? "\"" : "”");
    }
    return o.len;
}

jx_lang jx_lang_from_locale(void)
{
    static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};

    for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
        const char *v = getenv(vars[i]);
        if (v != NULL && *v != '\0')
            return strncmp(v, "en", 2) == 0 ? JX_LANG_EN : JX_LANG_ZH;
    }
    return JX_LANG_ZH;
}

int jx_lang_parse(const char *name, jx_lang *lang)
{
    if (name == NULL)
        return 0;
    if (strcmp(name, "zh") == 0)
        *lang = JX_LANG_ZH;
    else if (strcmp(name, "en") == 0)
        *lang = JX_LANG_EN;
    else
        return 0;
    return 1;
}
