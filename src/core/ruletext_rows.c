/*
 * ruletext_rows.c - table rows run together in one 评扣分标准 cell (see
 * ruletext_rows.h): where a condition column ends and its points column
 * starts.  Text only; the rows' conditions are read by ruletext.c.
 */
#include "ruletext_rows.h"
#include "text.h"

#include <string.h>

/*
 * A condition ending in one of these before the blank is not a column: the
 * number after the blank belongs to it ("扣 0.5", "≥ 95", "低于 90").
 */
static const char *const no_column_before[] = {
    "得", "扣", "加", "减", "计", "记", "給", "给", "赋", "为", "扣除", "≥", "≤", ">",
    "<", "=", "于", "过", "到", "达", "足", "至", "-", "—", "~", "第", "前", "共"
};

static int ascii_digit(char c) { return c >= '0' && c <= '9'; }

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

int jx_rows_grade_points_in(const char *t)
{
    for (size_t g = 0; g < jx_rw_grade_n; g++) {
        size_t l = strlen(jx_rw_grade[g]);
        if (l < 6) continue;           /* one character (中, 好) is in too many words: "其中2分" */
        for (const char *p = strstr(t, jx_rw_grade[g]); p; p = strstr(p + l, jx_rw_grade[g])) {
            const char *q = p + l;
            while (*q == ' ') q++;
            if (!ascii_digit(*q)) continue;
            while (ascii_digit(*q) || *q == '.' || *q == ' ') q++;
            if (strncmp(q, "分", strlen("分")) == 0) return 1;
        }
    }
    return 0;
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
        if (memcmp(s + i, "“", 3) == 0 || s[i] == ';' ||
            memcmp(s + i, "；", 3) == 0 || memcmp(s + i, "。", 3) == 0)
            return 0;
    }
    return 0;
}

size_t jx_rows_measure_verb(const char *s, size_t a, size_t b, size_t *wlen)
{
    static const char degree[] = "程度";
    size_t l = strlen(degree);
    jx_trim(s, &a, &b);
    if (b < a + l + 6 || memcmp(s + b - l, degree, l) != 0) return b;
    size_t w = b - l - 6;                       /* two ideographs (3 bytes each) */
    for (size_t k = w; k < b - l; k += 3) {
        unsigned char c0 = (unsigned char)s[k];
        if (c0 < 0xE4 || c0 > 0xE9) return b;   /* U+4E00..U+9FFF lead bytes */
    }
    if (memcmp(s + w, "的", 3) == 0 || memcmp(s + w + 3, "的", 3) == 0) return b;
    *wlen = 6;
    return w;
}


int jx_rows_column_gap(const char *s, size_t i, size_t j, size_t len)
{
    if (j < len && ascii_digit(s[j])) {            /* blank, then a number ending the line */
        size_t k = j;
        while (k < len && (ascii_digit(s[k]) || s[k] == '.')) k++;
        while (k < len && (s[k] == ' ' || s[k] == '\r')) k++;
        return k == len || s[k] == '\n';
    }
    if (i == 0 || !ascii_digit(s[i - 1])) return 0;  /* a number, then the blank */
    size_t k = i;
    while (k > 0 && (ascii_digit(s[k - 1]) || s[k - 1] == '.')) k--;
    if (k == 0 || s[k - 1] != ' ') return 0;        /* the number follows a blank */
    size_t m = k - 1;
    while (m > 0 && s[m - 1] == ' ') m--;
    return m > 0 && (ascii_digit(s[m - 1]) || s[m - 1] == '%');   /* …after a bound */
}
