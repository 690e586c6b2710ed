/*
 * rules_parse.c - band rule text ("≥90%:5;≥80%:4;else:0") -> jx_bandrule.
 *
 *   rule      := item ((';' | '；' | newline) item)*
 *   item      := condition (':' | '：') value
 *   condition := else | 其他 | 其它 | 否则 | '*' | target with a direction
 *   value     := ['得'] (word | number ['%']) ['分']
 *   word      := full | 满分 | half | 一半 | 半分 | 半 | zero | 不得分
 *              | ratio | 比例 | 按比例
 *
 * The condition is a target expression (same signs, words and suffixes as
 * jx_target_parse) that must name its direction: "90%:5" could mean ≥ or =,
 * and the parser does not pick.  Units make no sense in a band and are
 * refused.  Blank items are skipped, so "…;else:0;" is fine; an item after
 * an else can never match and is refused as a likely mistake.
 */
#include "text.h"
#include "jixiao/rules.h"

#include <math.h>
#include <string.h>

static jx_band_cmp cmp_of(jx_dir d)
{
    switch (d) {
    case JX_DIR_GE: return JX_CMP_GE;
    case JX_DIR_GT: return JX_CMP_GT;
    case JX_DIR_LE: return JX_CMP_LE;
    case JX_DIR_LT: return JX_CMP_LT;
    case JX_DIR_EQ: return JX_CMP_EQ;
    }
    return JX_CMP_EQ;
}

/* Is s[start..end) exactly one of `words` (after trimming)? */
static int is_one_of(const char *s, size_t start, size_t end,
                     const char *const *words, size_t n)
{
    jx_trim(s, &start, &end);
    for (size_t i = 0; i < n; i++) {
        jx_cur c;
        jx_cur_init(&c, s, start, end);
        if (jx_cur_word(&c, words[i]) && jx_cur_eof(&c)) return 1;
    }
    return 0;
}

static jx_err parse_condition(const char *s, size_t len, size_t start,
                              size_t end, jx_band *b, jx_diag *diag)
{
    static const char *const else_words[] = { "else", "其他", "其它", "否则",
                                              "*" };
    if (is_one_of(s, start, end, else_words, 5)) {
        b->cmp = JX_CMP_ELSE;
        b->bound = 0.0;
        return JX_OK;
    }
    jx_target t;
    int explicit_dir;
    jx_err e = jx_target_scan(s, len, start, end, JX_ERR_RULE_SYNTAX, &t,
                              &explicit_dir, diag);
    if (e == JX_ERR_EMPTY)
        return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, s, len, start);
    if (e != JX_OK) return e;
    if (!explicit_dir || t.q.unit[0] != '\0' || t.q.scale != 1.0) {
        jx_trim(s, &start, &end);
        return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, s, len, start);
    }
    b->cmp = cmp_of(t.dir);
    b->bound = t.q.value;
    return JX_OK;
}

struct value_word {
    const char *word;
    jx_band_kind kind;
    double value;
};

static const struct value_word value_words[] = {
    { "full", JX_BAND_FRACTION, 1.0 },  { "满分", JX_BAND_FRACTION, 1.0 },
    { "half", JX_BAND_FRACTION, 0.5 },  { "一半", JX_BAND_FRACTION, 0.5 },
    { "半分", JX_BAND_FRACTION, 0.5 },  { "半", JX_BAND_FRACTION, 0.5 },
    { "zero", JX_BAND_FRACTION, 0.0 },  { "不得分", JX_BAND_FRACTION, 0.0 },
    { "ratio", JX_BAND_RATIO, 1.0 },    { "按比例", JX_BAND_RATIO, 1.0 },
    { "比例", JX_BAND_RATIO, 1.0 },
};

static jx_err parse_value(const char *s, size_t len, size_t start,
                          size_t end, jx_band *b, jx_diag *diag)
{
    jx_trim(s, &start, &end);
    jx_cur c;
    jx_cur_init(&c, s, start, end);
    if (jx_cur_eof(&c))
        return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, s, len, start);
    (void)jx_cur_word(&c, "得");            /* "得满分", "得5分" */
    jx_cur_skip_space(&c);

    int found = 0;
    for (size_t i = 0; i < sizeof value_words / sizeof value_words[0]; i++) {
        if (jx_cur_word(&c, value_words[i].word)) {
            b->kind = value_words[i].kind;
            b->value = value_words[i].value;
            found = 1;
            break;
        }
    }
    if (!found) {
        jx_num num;
        size_t bad, k;
        if (!jx_scan_number(&c, 0, &num, &bad))
            return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, s, len, bad);
        jx_cur_skip_space(&c);
        int percent = 0, ok;
        if (jx_cur_peek(&c, &k) == '%') {
            c.pos += k;
            percent = 1;
        }
        double v = jx_num_value(&num, s, percent ? -2 : 0, &ok);
        /* "120%" would promise more than the item is worth */
        if (!ok || (percent && v > 1.0))
            return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, s, len, num.start);
        b->kind = percent ? JX_BAND_FRACTION : JX_BAND_POINTS;
        b->value = v;
    }
    jx_cur_skip_space(&c);
    (void)jx_cur_word(&c, "分");            /* "5分", "一半分" */
    jx_cur_skip_space(&c);
    if (!jx_cur_eof(&c))
        return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, s, len, c.pos);
    return JX_OK;
}

/* Offset of the first ';' (folded) or raw newline in [start, end). */
static size_t item_end(const char *s, size_t start, size_t end)
{
    jx_cur c;
    jx_cur_init(&c, s, start, end);
    while (!jx_cur_eof(&c)) {
        size_t k, at = c.pos;
        if (s[at] == '\n' || jx_cur_peek(&c, &k) == ';') return at;
        c.pos += k;
    }
    return end;
}

/* Offset of the first ':' (folded) in [start, end), or end. */
static size_t colon_at(const char *s, size_t start, size_t end)
{
    jx_cur c;
    jx_cur_init(&c, s, start, end);
    while (!jx_cur_eof(&c)) {
        size_t k, at = c.pos;
        if (jx_cur_peek(&c, &k) == ':') return at;
        c.pos += k;
    }
    return end;
}

static size_t next_char(const char *s, size_t at, size_t end)
{
    size_t k;
    jx_cur c;
    jx_cur_init(&c, s, at, end);
    jx_cur_peek(&c, &k);
    return at + (k ? k : 1);
}

jx_err jx_bandrule_parse(const char *text, size_t len, jx_bandrule *out,
                         jx_diag *diag)
{
    jx_diag_clear(diag);
    jx_err e = jx_text_check(text, len, diag);
    if (e != JX_OK) return e;

    jx_bandrule r;
    memset(&r, 0, sizeof r);
    int after_else = 0;
    size_t p = 0;
    while (p < len) {
        size_t q = item_end(text, p, len), b = p, en = q;
        jx_trim(text, &b, &en);
        if (b < en) {
            size_t colon = colon_at(text, b, en);
            if (colon == en || r.n == JX_BANDS_MAX || after_else)
                return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, text, len, b);
            jx_band band;
            memset(&band, 0, sizeof band);   /* padding too: rules compare by bytes */
            e = parse_condition(text, len, b, colon, &band, diag);
            if (e == JX_OK)
                e = parse_value(text, len, next_char(text, colon, en), en,
                                &band, diag);
            if (e != JX_OK) return e;
            after_else = band.cmp == JX_CMP_ELSE;
            r.band[r.n++] = band;
        }
        if (q >= len) break;
        p = next_char(text, q, len);
    }
    if (r.n == 0)
        return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, text, len, 0);
    if (out) *out = r;
    return JX_OK;
}
