/*
 * ruletext_rows.c - table rows run together in one 评扣分标准 cell (see
 * ruletext_rows.h): where a condition column ends and its points column
 * starts.  Text only; the rows' conditions are read by ruletext.c.
 */
#include "ruletext_rows.h"
#include "text.h"

#include <stdio.h>
#include <string.h>

/*
 * A condition ending in one of these before the blank is not a column: the
 * number after the blank belongs to it ("扣 0.5", "≥ 95", "低于 90").
 */
static const char *const no_column_before[] = {
    "得", "扣", "加", "减", "计", "记", "給", "给", "赋", "为", "扣除", "≥", "≤", ">",
    "<", "=", "于", "过", "到", "达", "足", "至", "-", "—", "~", "第", "前", "共"
};

/* Does s[a..b) end with the word w (compared as bytes, w folded already)? */
static int ends_with(const char *s, size_t a, size_t b, const char *w)
{
    size_t l = strlen(w);
    return b >= a + l && memcmp(s + b - l, w, l) == 0;
}

/*
 * The last token of s[a..b) (trimmed): where it starts and where the blank
 * run before it starts.  0 when the text has no blank before its last token.
 */
static int last_token(const char *s, size_t a, size_t b, size_t *tok, size_t *blank)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    size_t run = b, after = b;
    int in_blank = 0;
    while (!jx_cur_eof(&c)) {
        size_t at = c.pos;
        uint32_t cp = jx_cur_next(&c);
        if (jx_is_space(cp)) {
            if (!in_blank) run = at;
            in_blank = 1;
        } else {
            if (in_blank) after = at;
            in_blank = 0;
        }
    }
    if (after == b || run == b || run <= a) return 0;
    *tok = after;
    *blank = run;
    return 1;
}

/* s[a..b) is exactly one bare number: *v. */
static int bare_number(const char *s, size_t a, size_t b, double *v)
{
    jx_cur c;
    jx_num num;
    size_t bad;
    int ok;
    jx_cur_init(&c, s, a, b);
    if (!jx_scan_number(&c, 0, &num, &bad) || c.pos != b) return 0;
    *v = jx_num_value(&num, s, 0, &ok);
    return ok;
}

/* "重大改造、建设项目除外": a remark column that only narrows what is counted. */
static int scope_remark(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (s[i] >= '0' && s[i] <= '9') return 0;
    return ends_with(s, a, b, "除外") && b > a + strlen("除外");
}

int jx_rows_points(const char *s, size_t a, size_t b, double *pts, size_t *cend)
{
    size_t tok, blank;
    jx_trim(s, &a, &b);
    if (a >= b || !last_token(s, a, b, &tok, &blank)) return 0;
    if (!bare_number(s, tok, b, pts)) {
        /* "…≥1 20 重大改造、建设项目除外": the points, then a scope remark */
        if (!scope_remark(s, tok, b)) return 0;
        b = blank;
        if (!last_token(s, a, b, &tok, &blank) || !bare_number(s, tok, b, pts)) return 0;
    }
    size_t x = a, y = blank;
    jx_trim(s, &x, &y);
    if (x >= y) return 0;
    for (size_t i = 0; i < sizeof no_column_before / sizeof *no_column_before; i++)
        if (ends_with(s, x, y, no_column_before[i])) return 0;
    *cend = y;
    return 1;
}

int jx_rows_layout(const char *s, size_t len)
{
    int rows = 0, lines = 1;
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && s[i] != '\n') continue;
        double v;
        size_t ce;
        size_t b = i;
        if (b > start && s[b - 1] == '\r') b--;
        if (jx_rows_points(s, start, b, &v, &ce)) rows++;
        if (i < len) lines++;
        start = i + 1;
    }
    return lines >= 2 && rows >= 2;
}

int jx_rows_question(const char *s, size_t a, size_t b, double *pts, size_t *qend)
{
    size_t ce;
    if (!jx_rows_points(s, a, b, pts, &ce)) return 0;
    jx_cur c;
    jx_cur_init(&c, s, a, ce);
    size_t mark = ce, ask = ce;
    int is_q = 0;
    while (!jx_cur_eof(&c)) {
        size_t at = c.pos;
        jx_cur t = c;
        if (ask == ce && jx_cur_word(&t, "是否")) ask = at;
        uint32_t cp = jx_cur_next(&c);
        is_q = cp == '?';
        if (is_q) mark = at;
        if (is_q && c.pos != ce) return 0;     /* one question, the mark last */
    }
    if (ask == ce) return 0;
    if (!is_q) mark = ce;                      /* "…是否齐全 2": 是否 asks it too */
    /* the points column ends the cell: no remark after a question */
    size_t x = ce, y = b;
    jx_trim(s, &x, &y);
    double v;
    if (!bare_number(s, x, y, &v)) return 0;
    *qend = mark;
    return 1;
}

const char *const jx_rw_grade[] = {
    "优秀", "良好", "较好", "一般", "中等", "合格", "基本合格", "较差", "差", "不合格",
    "及格", "不及格", "优", "良", "中", "好",
};
const size_t jx_rw_grade_n = sizeof jx_rw_grade / sizeof *jx_rw_grade;

int jx_rows_grade(const char *s, size_t a, size_t b)
{
    jx_trim(s, &a, &b);
    for (size_t i = 0; i < jx_rw_grade_n; i++) {
        jx_cur c;
        jx_cur_init(&c, s, a, b);
        if (jx_cur_word(&c, jx_rw_grade[i]) && c.pos == b) return 1;
    }
    return 0;
}

size_t jx_rows_quoted_lead(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    jx_cur_skip_space(&c);
    if (!jx_cur_word(&c, "“")) return a;
    while (!jx_cur_eof(&c)) {
        jx_cur t = c;
        if (jx_cur_word(&t, "”")) {
            jx_cur_skip_space(&t);
            if (!jx_cur_word(&t, ":")) return a;
            size_t x = t.pos, y = b;
            jx_trim(s, &x, &y);
            return x < y ? x : a;
        }
        if (jx_cur_word(&t, "“")) return a;       /* nested: not a plain heading */
        jx_cur_next(&c);
    }
    return a;
}

int jx_rows_in_quote(const char *s, size_t len, size_t at)
{
    int open = 0;
    for (size_t i = 0; i < at; i++) {
        if (i + 3 <= len && memcmp(s + i, "“", 3) == 0) open = 1;
        if (i + 3 <= len && memcmp(s + i, "”", 3) == 0) open = 0;
    }
    if (!open) return 0;
    /* a name: closed within 30 characters, before any other separator */
    for (size_t i = at; i + 3 <= len && i < at + 90; i++) {
        if (memcmp(s + i, "”", 3) == 0) return 1;
        if (memcmp(s + i, "“", 3) == 0 || s[i] == '\n' || s[i] == ';' ||
            memcmp(s + i, "；", 3) == 0 || memcmp(s + i, "。", 3) == 0)
            return 0;
    }
    return 0;
}

/* What an indicator does, in a description lead (jx_rows_description). */
static const char *const indicator_word[] = { "该指标", "本指标", "此指标" };
static const char *const measure_verb[] = { "考核", "考察", "反映", "衡量", "评价", "用于考核",
                                            "用于反映", "用于衡量", "是考核", "是反映" };

int jx_rows_description(const char *s, size_t len, size_t a, size_t b)
{
    jx_cur c;
    jx_trim(s, &a, &b);
    jx_cur_init(&c, s, a, b);
    size_t i;
    for (i = 0; i < sizeof indicator_word / sizeof *indicator_word; i++)
        if (jx_cur_word(&c, indicator_word[i])) break;
    if (i == sizeof indicator_word / sizeof *indicator_word) return 0;
    jx_cur_word(&c, "主要");
    for (i = 0; i < sizeof measure_verb / sizeof *measure_verb; i++)
        if (jx_cur_word(&c, measure_verb[i])) break;
    if (i == sizeof measure_verb / sizeof *measure_verb || jx_cur_eof(&c)) return 0;
    for (size_t k = a; k < b; k++)
        if (s[k] >= '0' && s[k] <= '9') return 0;
    jx_cur e;
    jx_cur_init(&e, s, b, len);
    jx_cur_skip_space(&e);
    if (jx_cur_eof(&e)) return 1;
    uint32_t cp = jx_cur_next(&e);
    return cp == 0x3002 || cp == '.' || cp == ';';
}

/* Words that say which side of a band holds its ends. */
static const char *const side_word[] = {
    "含", "包括", "以上", "以下", "以内", "≥", "≤", ">", "<", "大于", "小于", "高于", "低于",
    "超过", "不足", "未满", "不到", "不低于", "不高于", "未达到",
};

/*
 * Where the clause before `at` starts: its condition may be there ("80%(含)
 * -90%,计4分" is kept as "计4分" with the band in the clause before it).
 */
static size_t clause_before(const char *s, size_t at)
{
    size_t last = 0, prev = 0;
    jx_cur c;
    jx_cur_init(&c, s, 0, at);
    while (!jx_cur_eof(&c)) {
        uint32_t cp = jx_cur_next(&c);
        if (cp == ',' || cp == ';' || cp == 0x3002 || cp == 0x3001) {
            prev = last;
            last = c.pos;
        }
    }
    return prev;
}

/* Is clause c written as a plain "a-b" band (no side word in its text)? */
static int plain_band(const jx_rclause *c, const char *s, size_t len)
{
    if (c->cond.kind != JX_RC_RANGE || !c->cond.has_lo || !c->cond.has_hi ||
        !(c->cond.lo < c->cond.hi) || c->out.kind == JX_RO_OPEN || c->at > len ||
        c->len > len - c->at)
        return 0;
    size_t a = clause_before(s, c->at), b = c->at + c->len;
    for (size_t i = 0; i < sizeof side_word / sizeof *side_word; i++)
        for (size_t k = a; k < b; k++) {
            jx_cur w;
            jx_cur_init(&w, s, k, b);
            if (jx_cur_word(&w, side_word[i])) return 0;
        }
    return 1;
}

static int same_outcome(const jx_rout *x, const jx_rout *y)
{
    return x->kind == y->kind && x->value == y->value && x->a == y->a && x->b == y->b;
}

static void copy_clause_text(char *dst, size_t cap, const char *s, const jx_rclause *c)
{
    size_t n = c->len < cap - 1 ? c->len : cap - 1;
    while (n > 0 && ((unsigned char)s[c->at + n] & 0xC0) == 0x80) n--;   /* whole characters */
    memcpy(dst, s + c->at, n);
    dst[n] = '\0';
}

int jx_rows_shared_edges(jx_rule *ru, const char *s, size_t len)
{
    for (int i = 0; i < ru->n; i++) {
        const jx_rclause *lo = &ru->clause[i];
        if (!plain_band(lo, s, len)) continue;
        for (int j = 0; j < ru->n; j++) {
            const jx_rclause *hi = &ru->clause[j];
            if (j == i || !plain_band(hi, s, len) || hi->cond.lo != lo->cond.hi ||
                same_outcome(&lo->out, &hi->out))
                continue;
            if (ru->n == JX_RCLAUSES_MAX) return -1;
            jx_rclause open;
            memset(&open, 0, sizeof open);
            open.cond.kind = JX_RC_RANGE;
            open.cond.has_lo = open.cond.has_hi = open.cond.lo_incl = open.cond.hi_incl = 1;
            open.cond.lo = open.cond.hi = lo->cond.hi;
            open.out.kind = JX_RO_OPEN;
            open.out.open = JX_OPEN_EDGE;
            open.at = hi->at;
            open.len = hi->len;
            copy_clause_text(open.out.quote, sizeof open.out.quote, s, hi);
            copy_clause_text(open.out.words, sizeof open.out.words, s, lo);
            memmove(&ru->clause[1], &ru->clause[0], (size_t)ru->n * sizeof ru->clause[0]);
            ru->clause[0] = open;
            ru->n++;
            i++;                       /* the list moved up by one */
            break;
        }
    }
    return 0;
}
