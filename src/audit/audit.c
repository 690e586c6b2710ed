/*
 * audit.c - recompute a workbook from its inputs with the core library
 * and list what disagrees (see audit.h).
 *
 * Records are handled in three passes: the rows that compute scores from
 * inputs (exec, fund, control, ind), then the sums (which add up those
 * recomputed scores, so a wrong score shows once at its row and the total
 * is recomputed from the right ones), then grades, trees, formulas and
 * inputs.  Recomputed values are kept per cell for the later passes.
 */
#include "audit.h"
#include "audit_msg.h"
#include "map.h"

#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A recomputed value of a cell, for the sums and the grade. */
typedef struct cval {
    const xlsx_sheet *s;
    uint32_t row, col;
    double v;
} cval;

/* A cell already reported blank (inputs are shared by several records). */
typedef struct seen {
    const xlsx_sheet *s;
    uint32_t row, col;
} seen;

typedef struct actx {
    xlsx_book *b;
    jx_lang lang;
    jxau_result *r;
    cval *cv;
    size_t ncv, cvalloc;
    seen *blank;
    size_t nblank, blankalloc;
    const char **missing_sheets;   /* reported once each */
    size_t nmissing;
    int oom;
} actx;

/* A cell as the audit sees it. */
typedef struct val {
    const xlsx_cell *c;
    int blank;         /* no cell, no value, or text of only spaces */
    int isnum;         /* a number, or a text that is exactly a number */
    double num;
    const char *text;  /* the text of a string cell, else NULL */
} val;

/* A text of the audit's message table (audit_msg.h) in the audit's language. */
#define TX(x, id) jxau_msg_text((x)->lang, (id))


/* ------------------------------------------------------------------ */
/* findings                                                             */

static const char *const fkind_zh[JXAU_F_KIND_COUNT] = {
    "数值不符", "公式被改为数值", "公式被改动", "未填写偏差原因", "超额完成未说明原因",
    "工作表保护被取消", "输入项未填写", "输入项无法识别", "审核映射有误"
};
static const char *const fkind_en[JXAU_F_KIND_COUNT] = {
    "value disagrees", "formula overwritten", "formula changed", "no reason for shortfall",
    "over-achievement unexplained", "protection removed", "input blank", "input unreadable",
    "map record unusable"
};
static const char *const fkind_codes[JXAU_F_KIND_COUNT] = {
    "mismatch", "formula-const", "formula-changed", "no-reason", "over-no-reason",
    "unprotected", "input-blank", "input-bad", "map"
};

const char *jxau_fkind_name(jxau_fkind k, jx_lang lang)
{
    if ((unsigned)k >= JXAU_F_KIND_COUNT)
        return "?";
    return lang == JX_LANG_EN ? fkind_en[k] : fkind_zh[k];
}

const char *jxau_fkind_code(jxau_fkind k)
{
    return (unsigned)k < JXAU_F_KIND_COUNT ? fkind_codes[k] : "?";
}

/*
 * Drop a character cut short at the end of s: a text cut at a byte count
 * (here or by an snprintf before) must not end inside a character, or the
 * reports carry invalid UTF-8 and LibreOffice shows the cell blank.
 */
static void utf8_trim_cut(char *s)
{
    size_t n = strlen(s), start = n, need;
    unsigned char lead;

    while (start > 0 && n - start < 4 && ((unsigned char)s[start - 1] & 0xC0) == 0x80)
        start--;
    if (start == 0)
        return;
    lead = (unsigned char)s[start - 1];
    if (lead < 0x80)
        return;
    need = (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 1;
    if (n - (start - 1) < need)
        s[start - 1] = '\0';
}

/* Copy with newlines and tabs turned into spaces (findings are one line). */
static void copy_line(char *dst, size_t cap, const char *src)
{
    size_t i = 0;
    if (cap == 0)
        return;
    for (; src && src[i] && i + 1 < cap; i++)
        dst[i] = (src[i] == '\n' || src[i] == '\r' || src[i] == '\t') ? ' ' : src[i];
    dst[i] = '\0';
    utf8_trim_cut(dst);
}

/* Add a finding whose message is msg. */
static void push_finding(actx *x, jxau_fkind kind, const char *sheet, const char *cell,
                         const char *stated, const char *computed, const char *msg)
{
    jxau_result *r = x->r;
    jxau_finding *f, *g;

    g = realloc(r->findings, (r->nfindings + 1) * sizeof *g);
    if (g == NULL) {
        x->oom = 1;
        return;
    }
    r->findings = g;
    f = &r->findings[r->nfindings++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    copy_line(f->sheet, sizeof f->sheet, sheet ? sheet : "");
    copy_line(f->cell, sizeof f->cell, cell ? cell : "");
    copy_line(f->stated, sizeof f->stated, stated ? stated : "");
    copy_line(f->computed, sizeof f->computed, computed ? computed : "");
    copy_line(f->msg, sizeof f->msg, msg);
}

/* Add a finding whose message is a format and its arguments. */
static void add_finding(actx *x, jxau_fkind kind, const char *sheet, const char *cell,
                        const char *stated, const char *computed, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

static void add_finding(actx *x, jxau_fkind kind, const char *sheet, const char *cell,
                        const char *stated, const char *computed, const char *fmt, ...)
{
    char msg[JXAU_MSG_MAX];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    push_finding(x, kind, sheet, cell, stated, computed, msg);
}

/* Add a finding whose message is message id of the table (audit_msg.h) and its arguments. */
static void add_msg(actx *x, jxau_fkind kind, const char *sheet, const char *cell,
                    const char *stated, const char *computed, jxau_msg id, ...)
{
    char msg[JXAU_MSG_MAX];
    va_list ap;

    va_start(ap, id);
    vsnprintf(msg, sizeof msg, jxau_msg_text(x->lang, id), ap);
    va_end(ap);
    push_finding(x, kind, sheet, cell, stated, computed, msg);
}

/* ------------------------------------------------------------------ */
/* reading cells                                                        */

static int only_spaces(const char *s)
{
    for (; *s; s++)
        if (!isspace((unsigned char)*s))
            return 0;
    return 1;
}

/* A text that is exactly a number ("4.48", " 90 "), as a clerk types it. */
static int text_number(const char *s, double *out)
{
    char *end;
    while (isspace((unsigned char)*s))
        s++;
    if (*s == '\0' || !(isdigit((unsigned char)*s) || *s == '-' || *s == '+' || *s == '.'))
        return 0;
    *out = strtod(s, &end);
    while (isspace((unsigned char)*end))
        end++;
    return *end == '\0' && isfinite(*out);
}

static val get_at(const xlsx_sheet *s, uint32_t row, uint32_t col)
{
    val v;
    memset(&v, 0, sizeof v);
    v.c = xlsx_cell_at(s, row, col);
    if (v.c == NULL || v.c->type == XLSX_T_NONE) {
        v.blank = 1;
        return v;
    }
    switch (v.c->type) {
    case XLSX_T_N:
    case XLSX_T_B:
        v.isnum = 1;
        v.num = v.c->num;
        break;
    case XLSX_T_E:
        v.text = v.c->text;
        break;
    default:
        v.text = v.c->text;
        v.blank = only_spaces(v.text);
        v.isnum = !v.blank && text_number(v.text, &v.num);
        break;
    }
    return v;
}

/* The cell named by key `key` of a record (checked by the map reader). */
static void cell_of(const jxau_record *rec, const char *key, uint32_t *row, uint32_t *col)
{
    jxau_range rg;
    jxau_range_parse(jxau_get(rec, key), &rg);
    *row = rg.r1;
    *col = rg.c1;
}

static val get_key(const xlsx_sheet *s, const jxau_record *rec, const char *key)
{
    uint32_t row, col;
    cell_of(rec, key, &row, &col);
    return get_at(s, row, col);
}

/* How a value reads in a message. */
static const char *show(actx *x, const val *v, char *buf, size_t cap)
{
    if (v->blank)
        snprintf(buf, cap, "%s", TX(x, JXAU_FM_BLANK));
    else if (v->c->type == XLSX_T_N || v->c->type == XLSX_T_B)
        jx_fmt_num(v->num, 4, 0, buf, cap);
    else
        copy_line(buf, cap, v->text);
    return buf;
}

static const char *num_text(double d, char *buf, size_t cap)
{
    jx_fmt_num(d, 4, 0, buf, cap);
    return buf;
}

static const char *pct_text(double d, char *buf, size_t cap)
{
    size_t n = jx_fmt_num(d * 100, 4, 0, buf, cap);
    if (n + 2 <= cap)
        memcpy(buf + n, "%", 2);
    return buf;
}

/* The sheet a record names, loaded; NULL (reported once) when it is missing. */
static xlsx_sheet *sheet_of(actx *x, const jxau_record *rec)
{
    xlsx_sheet *s = xlsx_sheet_by_name(x->b, rec->sheet);
    char err[XLSX_ERR_MAX], where[32];

    for (size_t i = 0; i < x->nmissing; i++)
        if (strcmp(x->missing_sheets[i], rec->sheet) == 0)
            return NULL;
    if (s && xlsx_sheet_load(x->b, s, err, sizeof err) == 0 && !s->is_chart)
        return s;
    const char **g = realloc(x->missing_sheets, (x->nmissing + 1) * sizeof *g);
    if (g == NULL) {
        x->oom = 1;
        return NULL;
    }
    x->missing_sheets = g;
    x->missing_sheets[x->nmissing++] = rec->sheet;
    snprintf(where, sizeof where, "%s!%u", JXAU_MAP_SHEET, rec->map_row);
    if (s == NULL)
        add_msg(x, JXAU_F_MAP, rec->sheet, "", "", "",
                    JXAU_FM_SHEET_MISSING,
                    rec->sheet);
    else
        add_msg(x, JXAU_F_MAP, rec->sheet, "", "", "",
                    JXAU_FM_SHEET_UNREAD,
                    rec->sheet, s->is_chart ? TX(x, JXAU_FM_CHART_SHEET) : err);
    return NULL;
}

/*
 * The array arr (n used of *alloc, elem bytes each) with room for one more:
 * doubled when full, first elements at first.  NULL when out of memory
 * (arr is then as it was).
 */
static void *room_for_one(void *arr, size_t n, size_t *alloc, size_t elem, size_t first)
{
    size_t na;
    void *g;

    if (n < *alloc)
        return arr;
    na = *alloc ? *alloc * 2 : first;
    if ((g = realloc(arr, na * elem)) == NULL)
        return NULL;
    *alloc = na;
    return g;
}

/* Remember a recomputed value; later records read it with computed_at. */
static void set_computed(actx *x, const xlsx_sheet *s, uint32_t row, uint32_t col, double v)
{
    for (size_t i = 0; i < x->ncv; i++)
        if (x->cv[i].s == s && x->cv[i].row == row && x->cv[i].col == col) {
            x->cv[i].v = v;
            return;
        }
    cval *g = room_for_one(x->cv, x->ncv, &x->cvalloc, sizeof *g, 64);
    if (g == NULL) {
        x->oom = 1;
        return;
    }
    x->cv = g;
    x->cv[x->ncv++] = (cval){s, row, col, v};
}

static const cval *computed_at(const actx *x, const xlsx_sheet *s, uint32_t row, uint32_t col)
{
    for (size_t i = 0; i < x->ncv; i++)
        if (x->cv[i].s == s && x->cv[i].row == row && x->cv[i].col == col)
            return &x->cv[i];
    return NULL;
}

/* Report a blank input once per cell. */
static void report_blank(actx *x, const xlsx_sheet *s, const jxau_record *rec, const char *key)
{
    uint32_t row, col;
    char ref[24];

    cell_of(rec, key, &row, &col);
    for (size_t i = 0; i < x->nblank; i++)
        if (x->blank[i].s == s && x->blank[i].row == row && x->blank[i].col == col)
            return;
    seen *g = room_for_one(x->blank, x->nblank, &x->blankalloc, sizeof *g, 16);
    if (g == NULL) {
        x->oom = 1;
        return;
    }
    x->blank = g;
    x->blank[x->nblank++] = (seen){s, row, col};
    xlsx_ref_format(row, col, ref, sizeof ref);
    add_msg(x, JXAU_F_INPUT_BLANK, s->name, ref, "", "",
                JXAU_FM_INPUT_BLANK,
                ref, jxau_kind_word(rec->kind));
}

/*
 * A number an input record needs.  Returns 0 with *out, or -1 after
 * reporting the cell blank or unreadable.
 */
static int need_num(actx *x, const xlsx_sheet *s, const jxau_record *rec, const char *key,
                    double *out)
{
    val v = get_key(s, rec, key);
    char ref[24], buf[JXAU_VALUE_MAX];

    if (v.isnum) {
        *out = v.num;
        return 0;
    }
    if (v.blank) {
        report_blank(x, s, rec, key);
        return -1;
    }
    snprintf(ref, sizeof ref, "%s", jxau_get(rec, key));
    add_msg(x, JXAU_F_INPUT_BAD, s->name, ref, show(x, &v, buf, sizeof buf), "",
                JXAU_FM_NOT_NUMBER, ref);
    return -1;
}

/*
 * Compare a stated score with the recomputed one (both to 2 decimals) and
 * remember the recomputed value.  `what` names the score in the message.
 */
static void check_score(actx *x, const xlsx_sheet *s, const jxau_record *rec, const char *key,
                        double computed, const char *what)
{
    val v = get_key(s, rec, key);
    uint32_t row, col;
    char sb[JXAU_VALUE_MAX], cb[64];
    const char *ref = jxau_get(rec, key);

    cell_of(rec, key, &row, &col);
    set_computed(x, s, row, col, computed);
    if (v.isnum && fabs(jx_round(v.num, 2) - jx_round(computed, 2)) < 0.005)
        return;
    num_text(computed, cb, sizeof cb);
    show(x, &v, sb, sizeof sb);
    add_msg(x, JXAU_F_MISMATCH, s->name, ref, sb, cb,
                JXAU_FM_MISMATCH,
                what, sb, cb);
}

/* Compare a stated rate (not rounded) with the recomputed one. */
static void check_rate(actx *x, const xlsx_sheet *s, const jxau_record *rec, const char *key,
                       double computed, const char *what)
{
    val v = get_key(s, rec, key);
    char sb[JXAU_VALUE_MAX], cb[64];
    const char *ref = jxau_get(rec, key);

    if (v.isnum && fabs(v.num - computed) <= 1e-6)
        return;
    pct_text(computed, cb, sizeof cb);
    if (v.isnum)
        pct_text(v.num, sb, sizeof sb);
    else
        show(x, &v, sb, sizeof sb);
    add_msg(x, JXAU_F_MISMATCH, s->name, ref, sb, cb,
                JXAU_FM_MISMATCH,
                what, sb, cb);
}

/* A rate whose denominator is zero: 0 ÷ 0 is "no budget", never a rate. */
static void check_no_rate(actx *x, const xlsx_sheet *s, const jxau_record *rec, const char *key,
                          const char *what)
{
    val v = get_key(s, rec, key);
    char sb[JXAU_VALUE_MAX];
    if (!v.isnum)
        return;
    add_msg(x, JXAU_F_MISMATCH, s->name, jxau_get(rec, key), show(x, &v, sb, sizeof sb), "—",
                JXAU_FM_ZERO_DENOMINATOR,
                what);
}

/* ------------------------------------------------------------------ */
/* score records                                                        */

static void do_exec(actx *x, const jxau_record *rec)
{
    xlsx_sheet *s = sheet_of(x, rec);
    double budget, spent, points, rate, score;
    int bad = 0;
    jx_err e;
    const char *base = jxau_get(rec, "base");
    const char *what = base && strcmp(base, "received") == 0 ?
                       TX(x, JXAU_FM_EXEC_RATE_RECEIVED) :
                       TX(x, JXAU_FM_EXEC_RATE);

    if (s == NULL)
        return;
    bad |= need_num(x, s, rec, "budget", &budget);
    bad |= need_num(x, s, rec, "spent", &spent);
    bad |= need_num(x, s, rec, "points", &points);
    if (bad)
        return;
    if (!x->r->has_exec) {   /* the first exec record is the workbook's (for --summary) */
        x->r->has_exec = 1;
        x->r->budget = budget;
        x->r->spent = spent;
    }
    e = jx_exec_rate(spent, budget, &rate);
    if (e == JX_OK && !x->r->has_rate) {
        x->r->has_rate = 1;
        x->r->exec_rate = rate;
    }
    if (e == JX_ERR_NO_BUDGET) {
        check_no_rate(x, s, rec, "rate", what);
        return;
    }
    if (e != JX_OK || (e = jx_exec_score(spent, budget, points, NULL, 2, &score)) != JX_OK) {
        add_finding(x, JXAU_F_INPUT_BAD, s->name, jxau_get(rec, "budget"), "", "", "%s: %s", what,
                    jx_strerror(e, x->lang));
        return;
    }
    check_rate(x, s, rec, "rate", rate, what);
    check_score(x, s, rec, "score", score, TX(x, JXAU_FM_EXEC_SCORE));
}

/* fund and control: a rate and nothing else. */
static void do_rate(actx *x, const jxau_record *rec, const char *num_key, const char *den_key,
                    jx_err (*fn)(double, double, double *), const char *what)
{
    xlsx_sheet *s = sheet_of(x, rec);
    double num, den, rate;
    int bad = 0;
    jx_err e;

    if (s == NULL)
        return;
    bad |= need_num(x, s, rec, num_key, &num);
    bad |= need_num(x, s, rec, den_key, &den);
    if (bad)
        return;
    e = fn(num, den, &rate);
    if (e == JX_ERR_NO_BUDGET)
        check_no_rate(x, s, rec, "rate", what);
    else if (e != JX_OK)
        add_finding(x, JXAU_F_INPUT_BAD, s->name, jxau_get(rec, num_key), "", "", "%s: %s", what,
                    jx_strerror(e, x->lang));
    else
        check_rate(x, s, rec, "rate", rate, what);
}

/* The score of an indicator row: how it was recomputed. */
typedef struct ind_calc {
    int ok;            /* a score was recomputed                      */
    double score;
    int over;          /* completion at or above 130 %               */
    int hand;          /* the stated score stands (inside its tier)   */
} ind_calc;

static void diag_finding(actx *x, const xlsx_sheet *s, const char *ref, const val *v,
                         const char *what, const jx_diag *d)
{
    char msg[JXAU_MSG_MAX], sb[JXAU_VALUE_MAX];
    jx_diag_format(d, x->lang, msg, sizeof msg);
    add_finding(x, JXAU_F_INPUT_BAD, s->name, ref, show(x, v, sb, sizeof sb), "", "%s：%s",
                what, msg);
}

/* 评扣分标准 sentence in the rule cell. */
static ind_calc ind_by_rule(actx *x, const xlsx_sheet *s, const jxau_record *rec, const val *rule,
                            const val *actual, double points)
{
    ind_calc c = {0};
    jx_rule rl;
    jx_diag d;
    jx_actual a;

    jx_diag_clear(&d);
    if (jx_rule_parse(rule->text, strlen(rule->text), &rl, &d) != JX_OK) {
        diag_finding(x, s, jxau_get(rec, "rule"), rule, TX(x, JXAU_FM_RULE), &d);
        return c;
    }
    memset(&a, 0, sizeof a);
    if (actual->c->type == XLSX_T_N || actual->c->type == XLSX_T_B) {
        a.num = actual->num;
    } else {
        a.has_text = 1;
        a.text = actual->text;
        a.len = strlen(actual->text);
    }
    jx_diag_clear(&d);
    jx_err e = jx_rule_score(&rl, &a, points, 2, &c.score, &d);
    if (e == JX_ERR_RULE_OPEN) {        /* the rule leaves it to the evaluator: its cell */
        diag_finding(x, s, jxau_get(rec, "rule"), rule, TX(x, JXAU_FM_RULE), &d);
        return c;
    }
    if (e != JX_OK) {
        diag_finding(x, s, jxau_get(rec, "actual"), actual, TX(x, JXAU_FM_ACTUAL), &d);
        return c;
    }
    c.ok = 1;
    return c;
}

/* A quantitative target; returns 1 when the target read as one. */
static int ind_by_target(actx *x, const xlsx_sheet *s, const jxau_record *rec, const val *target,
                         const val *actual, double points, ind_calc *c)
{
    jx_target t;
    jx_quantity q;
    jx_diag d;
    unsigned flags = 0;
    jx_err e;

    memset(c, 0, sizeof *c);
    jx_diag_clear(&d);
    if (target->c && (target->c->type == XLSX_T_N)) {
        t.dir = JX_DIR_GE;
        if (jx_quantity_from_number(target->num, &t.q) != JX_OK)
            return 0;
    } else if (target->blank || jx_target_parse(target->text, strlen(target->text), &t, NULL) != JX_OK) {
        return 0;
    }
    if (actual->c->type == XLSX_T_N || actual->c->type == XLSX_T_B)
        e = jx_quantity_from_number(actual->num, &q);
    else
        e = jx_quantity_parse(actual->text, strlen(actual->text), &q, &d);
    if (e != JX_OK) {
        if (d.code == JX_OK)
            jx_diag_set(&d, e, actual->text, actual->text ? strlen(actual->text) : 0, 0);
        diag_finding(x, s, jxau_get(rec, "actual"), actual, TX(x, JXAU_FM_ACTUAL), &d);
        return 1;
    }
    e = jx_ind_score(&q, &t, points, NULL, &c->score, &flags);
    if (e != JX_OK) {
        char sb[JXAU_VALUE_MAX];
        add_finding(x, JXAU_F_INPUT_BAD, s->name, jxau_get(rec, "actual"),
                    show(x, actual, sb, sizeof sb), "", "%s：%s",
                    TX(x, JXAU_FM_ACTUAL), jx_strerror(e, x->lang));
        return 1;
    }
    c->ok = 1;
    c->over = (flags & JX_FLAG_OVER) != 0;
    return 1;
}

/* A qualitative level in the national tiers; the stated score may be any
 * value inside the level's tier. */
static ind_calc ind_by_level(actx *x, const xlsx_sheet *s, const jxau_record *rec,
                             const val *actual, const val *stated, double points)
{
    ind_calc c = {0};
    jx_scheme sch;
    jx_diag d;
    int tier;
    size_t len = strlen(actual->text);
    char sb[JXAU_VALUE_MAX], cb[96], lo[32], hi[32];

    jx_scheme_national(&sch);
    jx_diag_clear(&d);
    if (jx_scheme_find(&sch, actual->text, len, &tier, &d) != JX_OK) {
        diag_finding(x, s, jxau_get(rec, "actual"), actual,
                     TX(x, JXAU_FM_ACTUAL_NOT_LEVEL), &d);
        return c;
    }
    if (jx_qual_score(&sch, actual->text, len, points, 2, &c.score, NULL) != JX_OK)
        return c;
    c.ok = 1;
    if (!stated->isnum)
        return c;
    if (jx_qual_check(&sch, actual->text, len, points, stated->num, NULL) == JX_OK) {
        c.score = stated->num;
        c.hand = 1;
        return c;
    }
    num_text(jx_round(sch.tier[tier].lo * points, 2), lo, sizeof lo);
    num_text(jx_round(sch.tier[tier].hi * points, 2), hi, sizeof hi);
    snprintf(cb, sizeof cb, "%s–%s", lo, hi);
    add_msg(x, JXAU_F_MISMATCH, s->name, jxau_get(rec, "score"), show(x, stated, sb, sizeof sb), cb,
                JXAU_FM_QUAL_RANGE,
                sch.tier[tier].alias[0], lo, hi, sb);
    c.hand = 1;   /* reported here; the total uses the top of the tier */
    return c;
}

/* A numeric actual against a target that does not read as one. */
static void bad_target(actx *x, const xlsx_sheet *s, const jxau_record *rec, const val *target)
{
    jx_diag d;
    jx_target t;

    if (target->blank) {
        report_blank(x, s, rec, "target");
        return;
    }
    jx_diag_clear(&d);
    if (target->text && jx_target_parse(target->text, strlen(target->text), &t, &d) != JX_OK)
        diag_finding(x, s, jxau_get(rec, "target"), target, TX(x, JXAU_FM_TARGET), &d);
}

static void do_ind(actx *x, const jxau_record *rec)
{
    xlsx_sheet *s = sheet_of(x, rec);
    double points;
    val target, actual, stated, reason, rule;
    int has_reason = -1;
    ind_calc c = {0};
    uint32_t row, col;

    if (s == NULL)
        return;
    target = get_key(s, rec, "target");
    actual = get_key(s, rec, "actual");
    stated = get_key(s, rec, "score");
    /* an indicator row nobody used (a template without a spec has spare
     * rows): nothing to recompute and nothing missing */
    if (target.blank && actual.blank && stated.blank && get_key(s, rec, "points").blank)
        return;
    if (need_num(x, s, rec, "points", &points) < 0)
        return;
    if (jxau_get(rec, "reason")) {
        reason = get_key(s, rec, "reason");
        has_reason = !reason.blank;
    }
    if (actual.blank) {
        report_blank(x, s, rec, "actual");
        return;
    }
    if (jxau_get(rec, "rule") && !(rule = get_key(s, rec, "rule")).blank && rule.text)
        c = ind_by_rule(x, s, rec, &rule, &actual, points);
    else if (ind_by_target(x, s, rec, &target, &actual, points, &c))
        ;   /* quantitative; errors already reported */
    else if (actual.text && !actual.isnum)
        c = ind_by_level(x, s, rec, &actual, &stated, points);
    else
        bad_target(x, s, rec, &target);
    if (!c.ok)
        return;
    if (c.hand) {
        cell_of(rec, "score", &row, &col);
        set_computed(x, s, row, col, c.score);
        if (!stated.isnum)
            report_blank(x, s, rec, "score");
    } else {
        check_score(x, s, rec, "score", c.score, TX(x, JXAU_FM_IND_SCORE));
    }
    if (has_reason == 0) {
        /* a shortfall either way needs a reason: a missed target scored
         * full is still a missed target */
        double eff = stated.isnum && stated.num < c.score ? stated.num : c.score;
        char pb[32], eb[32];
        /* the core's message: the same words as the template's 校验 and CHECKINDICATOR */
        if (jx_round(eff, 2) < jx_round(points, 2) - 0.005) {
            char m[JX_MSG_MAX];
            jx_msg_fill(JX_MSG_BELOW_NO_REASON, x->lang, m, sizeof m,
                        num_text(eff, eb, sizeof eb), num_text(points, pb, sizeof pb), NULL);
            push_finding(x, JXAU_F_NO_REASON, s->name, jxau_get(rec, "reason"), "", "", m);
        }
        if (c.over)
            add_msg(x, JXAU_F_OVER_NO_REASON, s->name, jxau_get(rec, "reason"), "", "",
                        JXAU_FM_OVER_NO_REASON,
                        JX_OVER_DEFAULT * 100);
    }
}

/* ------------------------------------------------------------------ */
/* sums, grades, trees                                                  */

static void do_sum(actx *x, const jxau_record *rec)
{
    xlsx_sheet *s = sheet_of(x, rec);
    jxau_range rg[JXAU_RANGES_MAX];
    int nr;
    double stated_sum = 0, comp_sum = 0, *vals = NULL;
    size_t nvals = 0, nnum = 0, ncomp = 0;
    val total;
    uint32_t row, col;
    char msg[JX_MSG_MAX], sb[JXAU_VALUE_MAX], cb[64];

    if (s == NULL)
        return;
    nr = jxau_ranges_parse(jxau_get(rec, "parts"), rg, JXAU_RANGES_MAX);
    for (int i = 0; i < nr; i++) {
        for (uint32_t r = rg[i].r1; r <= rg[i].r2; r++)
            for (uint32_t c = rg[i].c1; c <= rg[i].c2; c++) {
                val v = get_at(s, r, c);
                const cval *cv = computed_at(x, s, r, c);
                double *g;
                if (v.isnum) {
                    stated_sum += v.num;
                    nnum++;
                }
                if (cv)
                    ncomp++;
                comp_sum += cv ? cv->v : v.isnum ? v.num : 0;
                if ((g = realloc(vals, (nvals + 1) * sizeof *g)) == NULL) {
                    free(vals);
                    x->oom = 1;
                    return;
                }
                vals = g;
                vals[nvals++] = v.isnum ? v.num : 0;
            }
    }
    total = get_key(s, rec, "cell");
    cell_of(rec, "cell", &row, &col);
    if (nnum > 0 || ncomp > 0)
        set_computed(x, s, row, col, jx_round(comp_sum, 2));
    /* a blank total that is still a formula is the template showing ""
     * until the form is complete; a blank without formula was deleted */
    if (total.blank && total.c && total.c->formula)
        nnum = 0;
    if (nnum > 0 && !(total.isnum && jx_round(total.num, 2) == jx_round(stated_sum, 2))) {
        if (total.isnum)
            jx_check_total(vals, nvals, total.num, x->lang, msg, sizeof msg);
        else
            jxau_msg_format(msg, sizeof msg, x->lang, JXAU_FM_TOTAL_BLANK,
                            num_text(stated_sum, cb, sizeof cb));
        add_finding(x, JXAU_F_MISMATCH, s->name, jxau_get(rec, "cell"), show(x, &total, sb, sizeof sb),
                    num_text(jx_round(stated_sum, 2), cb, sizeof cb), "%s", msg);
    }
    if (jxau_get(rec, "expected") && nnum > 0) {
        double expected = strtod(jxau_get(rec, "expected"), NULL);
        if (jx_check_weights(vals, nvals, expected, x->lang, msg, sizeof msg) != JX_OK || msg[0])
            add_finding(x, JXAU_F_MISMATCH, s->name, jxau_get(rec, "parts"),
                        num_text(stated_sum, sb, sizeof sb), num_text(expected, cb, sizeof cb),
                        "%s", msg);
    }
    free(vals);
}

/* Copy the text of a value into buf ("" for blank), trimmed. */
static void text_trim(const val *v, char *buf, size_t cap)
{
    const char *t = v->blank || v->text == NULL ? "" : v->text;
    size_t len;
    while (isspace((unsigned char)*t))
        t++;
    copy_line(buf, cap, t);
    len = strlen(buf);
    while (len > 0 && isspace((unsigned char)buf[len - 1]))
        buf[--len] = '\0';
}

/* A grade key: a literal text or the text of a cell of the sheet. */
static const char *grade_param(const xlsx_sheet *s, const jxau_record *rec, const char *key,
                               char *buf, size_t cap)
{
    const char *v = jxau_get(rec, key);
    jxau_range rg;
    if (v == NULL)
        return NULL;
    if (jxau_range_parse(v, &rg) == 0 && rg.r1 == rg.r2 && rg.c1 == rg.c2) {
        val c = get_at(s, rg.r1, rg.c1);
        if (c.isnum && c.c->type != XLSX_T_S)
            snprintf(buf, cap, "%.15g", c.num);
        else
            text_trim(&c, buf, cap);
        return buf;
    }
    return v;
}

static void do_grade(actx *x, const jxau_record *rec)
{
    xlsx_sheet *s = sheet_of(x, rec);
    jx_grades g;
    jx_diag d;
    char tb[256], lb[256], stated[64], msg[JXAU_MSG_MAX], sb[64];
    const char *th, *lab, *label;
    val total, grade;
    uint32_t row, col;
    const cval *cv;

    if (s == NULL)
        return;
    th = grade_param(s, rec, "thresholds", tb, sizeof tb);
    lab = grade_param(s, rec, "labels", lb, sizeof lb);
    jx_diag_clear(&d);
    if (jx_grades_parse(th, th ? strlen(th) : 0, lab, lab ? strlen(lab) : 0, &g, &d) != JX_OK) {
        jx_diag_format(&d, x->lang, msg, sizeof msg);
        add_finding(x, JXAU_F_MAP, s->name, jxau_get(rec, "cell"), "", "", "%s", msg);
        return;
    }
    total = get_key(s, rec, "total");
    grade = get_key(s, rec, "cell");
    cell_of(rec, "total", &row, &col);
    cv = computed_at(x, s, row, col);
    text_trim(&grade, stated, sizeof stated);
    copy_line(x->r->grade_stated, sizeof x->r->grade_stated, stated);
    if (total.isnum) {
        x->r->has_stated_total = 1;
        x->r->total_stated = total.num;
    }
    if (cv || total.isnum) {
        x->r->has_total = 1;
        x->r->total_computed = cv ? cv->v : total.num;
        if (jx_grade(&g, x->r->total_computed, &label) == JX_OK)
            copy_line(x->r->grade_computed, sizeof x->r->grade_computed, label);
    }
    if (!total.isnum || jx_grade(&g, total.num, &label) != JX_OK)
        return;
    if (strcmp(stated, label) != 0)
        add_msg(x, JXAU_F_MISMATCH, s->name, jxau_get(rec, "cell"),
                    stated[0] ? stated : TX(x, JXAU_FM_BLANK), label,
                    JXAU_FM_GRADE,
                    stated, num_text(total.num, sb, sizeof sb), label);
}

/* Read a column range into names, numbers and presence flags. */
static size_t range_rows(const jxau_range *rg)
{
    return (size_t)(rg->r2 - rg->r1) + 1;
}

static void do_tree(actx *x, const jxau_record *rec)
{
    xlsx_sheet *s = sheet_of(x, rec);
    jxau_range l1, l2, lv, p1, p2;
    int has_p1, has_p2;
    size_t n;
    jx_tree_row *rows;
    char (*names)[2][128];
    char msg[JX_MSG_MAX];

    if (s == NULL)
        return;
    jxau_range_parse(jxau_get(rec, "l1"), &l1);
    jxau_range_parse(jxau_get(rec, "l2"), &l2);
    jxau_range_parse(jxau_get(rec, "leaves"), &lv);
    has_p1 = jxau_get(rec, "l1points") && jxau_range_parse(jxau_get(rec, "l1points"), &p1) == 0;
    has_p2 = jxau_get(rec, "l2points") && jxau_range_parse(jxau_get(rec, "l2points"), &p2) == 0;
    n = range_rows(&lv);
    if (range_rows(&l1) != n || range_rows(&l2) != n || (has_p1 && range_rows(&p1) != n) ||
        (has_p2 && range_rows(&p2) != n)) {
        add_msg(x, JXAU_F_MAP, s->name, jxau_get(rec, "leaves"), "", "",
                    JXAU_FM_TREE_RANGES,
                    rec->map_row);
        return;
    }
    rows = calloc(n, sizeof *rows);
    names = calloc(n, sizeof *names);
    if (rows == NULL || names == NULL) {
        free(rows);
        free(names);
        x->oom = 1;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        val a = get_at(s, l1.r1 + (uint32_t)i, l1.c1), b = get_at(s, l2.r1 + (uint32_t)i, l2.c1);
        val leaf = get_at(s, lv.r1 + (uint32_t)i, lv.c1);
        text_trim(&a, names[i][0], sizeof names[i][0]);
        text_trim(&b, names[i][1], sizeof names[i][1]);
        rows[i].l1 = names[i][0];
        rows[i].l2 = names[i][1];
        rows[i].leaf_points = leaf.isnum ? leaf.num : 0;
        if (has_p1) {
            val p = get_at(s, p1.r1 + (uint32_t)i, p1.c1);
            rows[i].has_l1_points = p.isnum;
            rows[i].l1_points = p.num;
        }
        if (has_p2) {
            val p = get_at(s, p2.r1 + (uint32_t)i, p2.c1);
            rows[i].has_l2_points = p.isnum;
            rows[i].l2_points = p.num;
        }
    }
    if (jx_check_tree(rows, n, x->lang, msg, sizeof msg) != JX_OK || msg[0])
        add_finding(x, JXAU_F_MISMATCH, s->name, jxau_get(rec, "l1"), "", "", "%s", msg);
    free(rows);
    free(names);
}

/* ------------------------------------------------------------------ */
/* formulas, inputs, protection                                         */

/*
 * Length of a prefix Excel puts before function names in files: _xlfn.
 * (functions newer than 2007), _xlws. (sheet-only functions), _xll.
 * (add-in functions); 0 when there is none.
 */
static size_t prefix_len(const char *f)
{
    static const char *const prefixes[] = {"_xlfn.", "_xlws.", "_xll."};
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
        size_t n = strlen(prefixes[i]), j;
        for (j = 0; j < n && tolower((unsigned char)f[j]) == prefixes[i][j]; j++)
            ;
        if (j == n)
            return n;
    }
    return 0;
}

/*
 * Formulas are compared token by token (issue 11 item 8): an office that
 * saves a workbook again writes the same formula in its own words --
 * Gnumeric writes 0.7 as 0.699999999999999999989 and G30:G30 as G30,
 * others change the case of names, add or drop _xlfn. and spaces.  What
 * counts is the meaning: strings and quoted sheet names exactly, numbers
 * by value, names and references upper-cased, a one-cell range as its
 * cell, operators as they are.
 */
typedef enum ftok_kind { FT_NUM, FT_STR, FT_NAME, FT_OP } ftok_kind;

typedef struct ftok {
    ftok_kind kind;
    double num;          /* FT_NUM                                        */
    const char *at;      /* FT_STR, FT_OP: the text in the formula        */
    size_t len;
    char *name;          /* FT_NAME: upper-cased, without _xlfn. (malloc) */
} ftok;

typedef struct ftoks {
    ftok *v;
    size_t n, alloc;
} ftoks;

static void ftoks_free(ftoks *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->v[i].name);
    free(t->v);
}

static int ftoks_push(ftoks *t, ftok k)
{
    ftok *g = room_for_one(t->v, t->n, &t->alloc, sizeof *g, 32);
    if (g == NULL) {
        free(k.name);
        return -1;
    }
    t->v = g;
    t->v[t->n++] = k;
    return 0;
}

static int name_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || c == '.' || c == '$' || c == '\\' ||
           (unsigned char)c >= 0x80;
}

/* A name, a cell reference or a function: upper-cased, Excel's prefix dropped. */
static int lex_name(const char *f, size_t *i, ftoks *t)
{
    size_t j = *i, k = 0;
    char *name;

    j += prefix_len(f + j);
    *i = j;
    while (name_char(f[*i]))
        (*i)++;
    if ((name = malloc(*i - j + 1)) == NULL)
        return -1;
    for (; j < *i; j++)
        name[k++] = (char)toupper((unsigned char)f[j]);
    name[k] = '\0';
    return ftoks_push(t, (ftok){FT_NAME, 0, NULL, 0, name});
}

/* A number literal ("0.7", "1.3E-1", ".5"). */
static int lex_number(const char *f, size_t *i, ftoks *t)
{
    char *end;
    double d = strtod(f + *i, &end);
    *i = (size_t)(end - f);
    return ftoks_push(t, (ftok){FT_NUM, d, NULL, 0, NULL});
}

/* A string "..." or a quoted sheet name '...', doubled quotes inside. */
static int lex_quoted(const char *f, size_t *i, ftoks *t)
{
    size_t j = *i + 1;
    char q = f[*i];
    while (f[j] && !(f[j] == q && f[j + 1] != q))
        j += f[j] == q ? 2 : 1;
    if (f[j])
        j++;
    if (ftoks_push(t, (ftok){FT_STR, 0, f + *i, j - *i, NULL}) < 0)
        return -1;
    *i = j;
    return 0;
}

static int lex_op(const char *f, size_t *i, ftoks *t)
{
    size_t n = 1;
    if ((f[*i] == '<' && (f[*i + 1] == '>' || f[*i + 1] == '=')) ||
        (f[*i] == '>' && f[*i + 1] == '='))
        n = 2;
    if (ftoks_push(t, (ftok){FT_OP, 0, f + *i, n, NULL}) < 0)
        return -1;
    *i += n;
    return 0;
}

static int is_cell_name(const ftok *k)
{
    uint32_t r, c;
    char plain[24];
    size_t n = 0;
    if (k->kind != FT_NAME)
        return 0;
    for (const char *p = k->name; *p && n < sizeof plain - 1; p++)
        if (*p != '$')
            plain[n++] = *p;
    return strlen(k->name) < sizeof plain && xlsx_ref_parse(plain, n, &r, &c) == 0;
}

static int is_op(const ftok *k, const char *op)
{
    return k->kind == FT_OP && k->len == strlen(op) && memcmp(k->at, op, k->len) == 0;
}

/* "G30:G30" is the cell G30 (not when part of a longer chain A1:A1:B2). */
static void fold_one_cell_ranges(ftoks *t)
{
    size_t o = 0;
    for (size_t i = 0; i < t->n; i++) {
        if (i + 2 < t->n && is_cell_name(&t->v[i]) && is_op(&t->v[i + 1], ":") &&
            is_cell_name(&t->v[i + 2]) && strcmp(t->v[i].name, t->v[i + 2].name) == 0 &&
            !(o > 0 && is_op(&t->v[o - 1], ":")) && !(i + 3 < t->n && is_op(&t->v[i + 3], ":"))) {
            t->v[o++] = t->v[i];
            free(t->v[i + 2].name);
            i += 2;
            continue;
        }
        t->v[o++] = t->v[i];
    }
    t->n = o;
}

/* The tokens of a formula (a leading '=' and whitespace left out). */
static int formula_lex(const char *f, ftoks *t)
{
    size_t i = 0;
    int rc = 0;

    memset(t, 0, sizeof *t);
    while (f[i] == '=' || isspace((unsigned char)f[i]))
        i++;
    while (f[i] && rc == 0) {
        unsigned char c = (unsigned char)f[i];
        if (isspace(c))
            i++;
        else if (c == '"' || c == '\'')
            rc = lex_quoted(f, &i, t);
        else if (isdigit(c) || (c == '.' && isdigit((unsigned char)f[i + 1])))
            rc = lex_number(f, &i, t);
        else if (name_char((char)c))
            rc = lex_name(f, &i, t);
        else
            rc = lex_op(f, &i, t);
    }
    if (rc == 0)
        fold_one_cell_ranges(t);
    return rc;
}

static int ftok_same(const ftok *a, const ftok *b)
{
    if (a->kind != b->kind)
        return 0;
    switch (a->kind) {
    case FT_NUM:
        /* the same double, or one an office printed with 18+ digits */
        return a->num == b->num ||
               fabs(a->num - b->num) <= 4 * DBL_EPSILON * fmax(fabs(a->num), fabs(b->num));
    case FT_NAME:
        return strcmp(a->name, b->name) == 0;
    default:
        return a->len == b->len && memcmp(a->at, b->at, a->len) == 0;
    }
}

int jxau_formula_same(const char *a, const char *b)
{
    ftoks ta, tb;
    int la = formula_lex(a, &ta), lb = formula_lex(b, &tb);
    int same = la == 0 && lb == 0 && ta.n == tb.n;

    for (size_t i = 0; same && i < ta.n; i++)
        same = ftok_same(&ta.v[i], &tb.v[i]);
    ftoks_free(&ta);
    ftoks_free(&tb);
    return same;
}

static void do_formula(actx *x, const jxau_record *rec)
{
    xlsx_sheet *s = sheet_of(x, rec);
    const char *want = jxau_get(rec, "f");
    char sb[JXAU_VALUE_MAX], cb[JXAU_VALUE_MAX], fb[JXAU_VALUE_MAX];
    val v;

    if (s == NULL)
        return;
    v = get_key(s, rec, "cell");
    snprintf(cb, sizeof cb, "=%s", want[0] == '=' ? want + 1 : want);
    if (v.c == NULL || v.c->formula == NULL) {
        add_msg(x, JXAU_F_FORMULA_CONST, s->name, jxau_get(rec, "cell"), show(x, &v, sb, sizeof sb), cb,
                    JXAU_FM_FORMULA_NOW,
                    jxau_get(rec, "cell"), v.blank ? TX(x, JXAU_FM_NOW_NOTHING) :
                    v.isnum ? TX(x, JXAU_FM_NOW_NUMBER) : TX(x, JXAU_FM_NOW_TEXT));
        return;
    }
    if (jxau_formula_same(v.c->formula, want))
        return;
    snprintf(fb, sizeof fb, "=%s", v.c->formula);
    add_msg(x, JXAU_F_FORMULA_CHANGED, s->name, jxau_get(rec, "cell"), fb, cb,
                JXAU_FM_FORMULA_CHANGED,
                jxau_get(rec, "cell"));
}

static void do_input(actx *x, const jxau_record *rec)
{
    xlsx_sheet *s = sheet_of(x, rec);
    const char *kind = jxau_get(rec, "kind");
    char sb[JXAU_VALUE_MAX];
    val v;

    if (s == NULL)
        return;
    v = get_key(s, rec, "cell");
    if (v.blank || strcmp(kind, "text") == 0 || strcmp(kind, "level") == 0)
        return;
    if (strcmp(kind, "rate") == 0 && !v.isnum && v.text) {
        jx_quantity q;
        if (jx_quantity_parse(v.text, strlen(v.text), &q, NULL) == JX_OK)
            return;   /* "96%" typed as text is still a rate */
    }
    if (!v.isnum)
        add_msg(x, JXAU_F_INPUT_BAD, s->name, jxau_get(rec, "cell"), show(x, &v, sb, sizeof sb), "",
                    JXAU_FM_WANT_NUMBER, jxau_get(rec, "cell"));
    else if (v.num < 0 && (strcmp(kind, "money") == 0 || strcmp(kind, "count") == 0 ||
                           strcmp(kind, "score") == 0))
        add_msg(x, JXAU_F_INPUT_BAD, s->name, jxau_get(rec, "cell"), show(x, &v, sb, sizeof sb), "",
                    JXAU_FM_NEGATIVE, jxau_get(rec, "cell"));
}

/* Every sheet a record names, and the map sheet, was protected by the template. */
static void check_protection(actx *x, const jxau_map *m)
{
    const char **done = calloc(m->n + 1, sizeof *done);
    size_t nd = 0;
    char err[XLSX_ERR_MAX];

    if (done == NULL) {
        x->oom = 1;
        return;
    }
    done[nd++] = JXAU_MAP_SHEET;
    for (size_t i = 0; i < m->n; i++) {
        const char *name = m->rec[i].sheet;
        size_t j;
        if (name == NULL)
            continue;
        for (j = 0; j < nd && strcmp(done[j], name) != 0; j++)
            ;
        if (j == nd)
            done[nd++] = name;
    }
    for (size_t i = 0; i < nd; i++) {
        xlsx_sheet *s = xlsx_sheet_by_name(x->b, done[i]);
        if (s == NULL || xlsx_sheet_load(x->b, s, err, sizeof err) < 0 || s->is_chart)
            continue;   /* reported by sheet_of */
        if (!s->protected_)
            add_msg(x, JXAU_F_UNPROTECTED, s->name, "", "", "",
                        JXAU_FM_UNPROTECTED,
                        s->name);
    }
    free(done);
}

/* ------------------------------------------------------------------ */
/* the whole workbook                                                   */

static void do_meta(actx *x, const jxau_record *rec)
{
    jxau_result *r = x->r;
    const char *v;
    if ((v = jxau_get(rec, "unit")) && !r->unit)
        r->unit = xlsx_strdup(v);
    if ((v = jxau_get(rec, "project")) && !r->project)
        r->project = xlsx_strdup(v);
    if ((v = jxau_get(rec, "year")) && !r->year)
        r->year = xlsx_strdup(v);
    if ((v = jxau_get(rec, "dept")) && !r->dept)
        r->dept = xlsx_strdup(v);
}

static void run_records(actx *x, const jxau_map *m)
{
    for (size_t i = 0; i < m->nerrors; i++)
        add_finding(x, JXAU_F_MAP, JXAU_MAP_SHEET, "", "", "", "%s", m->errors[i]);
    for (size_t i = 0; i < m->n; i++) {
        const jxau_record *rec = &m->rec[i];
        switch (rec->kind) {
        case JXAU_META: do_meta(x, rec); break;
        case JXAU_EXEC: do_exec(x, rec); break;
        case JXAU_FUND:
            do_rate(x, rec, "received", "budget", jx_fund_rate, TX(x, JXAU_FM_FUND_RATE));
            break;
        case JXAU_CONTROL:
            do_rate(x, rec, "actual", "planned", jx_control_rate, TX(x, JXAU_FM_CONTROL_RATE));
            break;
        case JXAU_IND: do_ind(x, rec); break;
        default: break;
        }
    }
    for (size_t i = 0; i < m->n; i++)
        if (m->rec[i].kind == JXAU_SUM)
            do_sum(x, &m->rec[i]);
    for (size_t i = 0; i < m->n; i++) {
        const jxau_record *rec = &m->rec[i];
        switch (rec->kind) {
        case JXAU_GRADE: do_grade(x, rec); break;
        case JXAU_TREE: do_tree(x, rec); break;
        case JXAU_FORMULA: do_formula(x, rec); break;
        case JXAU_INPUT: do_input(x, rec); break;
        default: break;
        }
    }
    check_protection(x, m);
}

/* An input a department fills in: money may be pre-filled by the template
 * tool (--budget, --spent), so it does not tell a filled form. */
static int filled_input(actx *x, const jxau_record *rec)
{
    const char *key = rec->kind == JXAU_IND ? "actual" : "cell";
    xlsx_sheet *s;
    if (rec->kind == JXAU_INPUT && strcmp(jxau_get(rec, "kind"), "money") == 0)
        return 0;
    s = xlsx_sheet_by_name(x->b, rec->sheet);
    return s && s->loaded && !get_key(s, rec, key).blank;
}

/*
 * A blank returned template: it has indicator rows or inputs, none of
 * them filled, and nothing was found but the blanks and what follows from
 * them (a template without a spec has no 分值 yet, so its weights do not
 * add up).  A formula overwritten or changed, protection removed or a bad
 * map is not blankness.  Reported once as 未填写, without totals, grades
 * or findings (issue 11 item 9).
 */
static int is_unfilled(actx *x, const jxau_map *m)
{
    size_t inputs = 0;
    for (size_t i = 0; i < x->r->nfindings; i++)
        if (x->r->findings[i].kind != JXAU_F_INPUT_BLANK && x->r->findings[i].kind != JXAU_F_MISMATCH)
            return 0;
    for (size_t i = 0; i < m->n; i++) {
        const jxau_record *rec = &m->rec[i];
        if (rec->kind != JXAU_IND && rec->kind != JXAU_INPUT)
            continue;
        if (rec->kind == JXAU_INPUT && strcmp(jxau_get(rec, "kind"), "money") == 0)
            continue;
        inputs++;
        if (filled_input(x, rec))
            return 0;
    }
    return inputs > 0;
}

static void mark_unfilled(jxau_result *r)
{
    free(r->findings);
    r->findings = NULL;
    r->nfindings = 0;
    r->has_total = r->has_stated_total = 0;
    r->total_computed = r->total_stated = 0;
    r->grade_computed[0] = r->grade_stated[0] = '\0';
    r->unfilled = 1;
}

static void refused_reason(const char *why, jx_lang lang, char *out, size_t cap);

int jxau_audit_book(xlsx_book *book, const char *name, jx_lang lang, jxau_result *out)
{
    jxau_map m;
    actx x;
    int rc;

    memset(out, 0, sizeof *out);
    out->path = xlsx_strdup(name);
    if (out->path == NULL)
        return -1;
    rc = jxau_map_read(book, &m, out->reason, sizeof out->reason);
    if (rc != 0 && xlsx_refused(book)) {
        refused_reason(xlsx_refused(book), lang, out->reason, sizeof out->reason);
        out->skipped = 1;
        jxau_map_free(&m);
        return 1;
    }
    if (rc != 0) {
        if (rc == 1) {
            snprintf(out->reason, sizeof out->reason, "%s",
                     lang == JX_LANG_EN ? "not made from a jixiao template (no _jixiao sheet)" :
                                          "不是由 jixiao 模板生成的工作簿（没有 _jixiao 工作表）");
        } else if (lang == JX_LANG_ZH) {
            char detail[XLSX_ERR_MAX];
            snprintf(detail, sizeof detail, "%s", out->reason);
            snprintf(out->reason, sizeof out->reason, "审核映射无法读取：%.200s", detail);
        }
        out->skipped = 1;
        jxau_map_free(&m);
        return 1;
    }
    out->table = xlsx_strdup(m.table);
    memset(&x, 0, sizeof x);
    x.b = book;
    x.lang = lang;
    x.r = out;
    run_records(&x, &m);
    if (xlsx_refused(book)) {
        /* a sheet past a limit or with a DTD: the workbook as a whole */
        char *path = out->path, *table = out->table;
        out->path = out->table = NULL;
        jxau_result_free(out);
        out->path = path;
        out->table = table;
        out->skipped = 1;
        refused_reason(xlsx_refused(book), lang, out->reason, sizeof out->reason);
    } else if (!x.oom && is_unfilled(&x, &m)) {
        mark_unfilled(out);
    }
    free(x.cv);
    free(x.blank);
    free(x.missing_sheets);
    jxau_map_free(&m);
    return x.oom || out->table == NULL ? -1 : out->skipped;
}

/* A workbook refused by the reader (a DTD, a limit): the reader's reason,
 * after a lead that says so in Chinese. */
static void refused_reason(const char *why, jx_lang lang, char *out, size_t cap)
{
    if (lang == JX_LANG_EN)
        snprintf(out, cap, "%s", why);
    else
        snprintf(out, cap, "拒绝读取（超出审核的限制或含有 DTD）：%.200s", why);
}

/*
 * Why a file could not be opened.  The reader words the common cases
 * (not a zip, OLE, not a regular file, cannot open) in the report's
 * language already; a refusal gets refused_reason's lead and anything
 * else, in Chinese, the lead "文件损坏或无法读取".
 */
static void skip_reason(const char *err, int msg, jx_lang lang, char *out, size_t cap)
{
    switch (msg) {
    case XLSX_MSG_NOT_ZIP: case XLSX_MSG_OLE: case XLSX_MSG_NOT_REGULAR: case XLSX_MSG_CANNOT_OPEN:
        snprintf(out, cap, "%s", err);
        break;
    case XLSX_MSG_DTD: case XLSX_MSG_LIMIT_MIB: case XLSX_MSG_LIMIT_SHARED:
    case XLSX_MSG_LIMIT_SHEETS: case XLSX_MSG_LIMIT_CELLS:
        refused_reason(err, lang, out, cap);
        break;
    default:
        if (lang == JX_LANG_EN)
            snprintf(out, cap, "%s", err);
        else
            snprintf(out, cap, "文件损坏或无法读取：%.200s", err);
    }
}

int jxau_audit_file(const char *path, jx_lang lang, jxau_result *out)
{
    char err[XLSX_ERR_MAX];
    int msg;
    xlsx_book *b = xlsx_open_lang(path, lang, &msg, err, sizeof err);
    int rc;

    if (b == NULL) {
        memset(out, 0, sizeof *out);
        out->path = xlsx_strdup(path);
        out->skipped = 1;
        skip_reason(err, msg, lang, out->reason, sizeof out->reason);
        return out->path ? 1 : -1;
    }
    rc = jxau_audit_book(b, path, lang, out);
    xlsx_close(b);
    return rc;
}

void jxau_result_free(jxau_result *r)
{
    free(r->path);
    free(r->table);
    free(r->unit);
    free(r->project);
    free(r->year);
    free(r->dept);
    free(r->findings);
    memset(r, 0, sizeof *r);
}
