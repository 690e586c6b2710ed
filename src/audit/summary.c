/*
 * summary.c - the 汇总 workbook (see summary.h).
 *
 * Layout is data: the columns of the 汇总 and 问题 sheets are tables
 * below, each column saying what it shows and how it is formatted; the
 * writer loops over them.  Formulas are written with the value the audit
 * computed cached beside them, so a reader that does not recalculate
 * (a viewer, openpyxl, a mail preview) shows the right figures too.
 */
#define _XOPEN_SOURCE 700   /* realpath */
#include "summary.h"
#include "report.h"
#include "audit_msg.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#define L(lang, zh, en) ((lang) == JX_LANG_EN ? (en) : (zh))

/* ------------------------------------------------------------------ */
/* status                                                               */

jxau_status jxau_result_status(const jxau_result *r)
{
    if (r->skipped)
        return JXAU_ST_SKIPPED;
    if (r->unfilled)
        return JXAU_ST_BLANK;
    return r->nfindings ? JXAU_ST_FINDINGS : JXAU_ST_PASS;
}

void jxau_status_text(const jxau_result *r, jx_lang lang, char *buf, size_t cap)
{
    switch (jxau_result_status(r)) {
    case JXAU_ST_SKIPPED:
        snprintf(buf, cap, "%s%s", L(lang, "未审核：", "not audited: "), r->reason);
        break;
    case JXAU_ST_BLANK:
        snprintf(buf, cap, "%s", L(lang, "未填写", "not filled in"));
        break;
    case JXAU_ST_FINDINGS:
        if (lang == JX_LANG_EN)
            snprintf(buf, cap, "%zu finding%s", r->nfindings, r->nfindings == 1 ? "" : "s");
        else
            snprintf(buf, cap, "有问题 %zu 处", r->nfindings);
        break;
    default:
        snprintf(buf, cap, "%s", L(lang, "通过", "passed"));
    }
}

/* ------------------------------------------------------------------ */
/* formats                                                              */

typedef struct fmts {
    lxw_format *head, *text, *wrap, *money, *rate, *score, *link, *total, *total_money,
               *total_rate, *total_score;
} fmts;

static lxw_format *fmt_new(lxw_workbook *wb, const char *num, int bold, int border)
{
    lxw_format *f = workbook_add_format(wb);
    if (num)
        format_set_num_format(f, num);
    if (bold)
        format_set_bold(f);
    if (border)
        format_set_top(f, LXW_BORDER_THIN);
    format_set_font_name(f, "Noto Sans CJK SC");
    format_set_font_size(f, 10);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    return f;
}

static void fmts_make(lxw_workbook *wb, fmts *f)
{
    f->head = fmt_new(wb, NULL, 1, 0);
    format_set_bg_color(f->head, 0xDDEBF7);
    format_set_text_wrap(f->head);
    f->text = fmt_new(wb, NULL, 0, 0);
    f->wrap = fmt_new(wb, NULL, 0, 0);   /* long texts wrap: the page stays one A4 wide */
    format_set_text_wrap(f->wrap);
    f->money = fmt_new(wb, "#,##0.00", 0, 0);
    f->rate = fmt_new(wb, "0.00%", 0, 0);
    f->score = fmt_new(wb, "0.00", 0, 0);
    f->link = fmt_new(wb, NULL, 0, 0);
    format_set_font_color(f->link, LXW_COLOR_BLUE);
    format_set_text_wrap(f->link);
    format_set_underline(f->link, LXW_UNDERLINE_SINGLE);
    f->total = fmt_new(wb, NULL, 1, 1);
    f->total_money = fmt_new(wb, "#,##0.00", 1, 1);
    f->total_rate = fmt_new(wb, "0.00%", 1, 1);
    f->total_score = fmt_new(wb, "0.00", 1, 1);
}

/*
 * A text cell, shown safely: bytes that are not UTF-8 as \xNN (an office
 * shows a cell holding them as blank), and with `controls` control and
 * bidi characters escaped too (file names).
 */
static void put_text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
                     lxw_format *fmt, int controls)
{
    char *e;
    if (s == NULL || s[0] == '\0')
        return;
    e = jxau_escape_text(s, controls);
    worksheet_write_string(ws, row, col, e ? e : "?", fmt);
    free(e);
}

/* ------------------------------------------------------------------ */
/* links                                                                */

/* Absolute form of `path` without resolving it twice; NULL on failure. */
static char *abs_path(const char *path)
{
    return realpath(path, NULL);
}

/*
 * A link from folder `from` (absolute) to file `to` (absolute): relative
 * ("../returned/a.xlsx") so that the bureau can move the whole folder.
 */
static void rel_path(const char *from, const char *to, char *out, size_t cap)
{
    size_t common = 0, i = 0, used = 0, flen = strlen(from);
    const char *rest;

    /* the longest common prefix that ends at a folder boundary */
    for (; from[i] && to[i] && from[i] == to[i]; i++)
        if (from[i] == '/')
            common = i + 1;
    if (from[i] == '\0' && to[i] == '/')
        common = i + 1;                  /* `to` is inside `from` */
    rest = common >= flen ? "" : from + common;   /* the folders of `from` left */
    for (const char *p = rest; *p;) {    /* one "../" per folder left in `from` */
        used += (size_t)snprintf(out + used, used < cap ? cap - used : 0, "../");
        p = strchr(p, '/');
        if (p == NULL)
            break;
        p++;
    }
    snprintf(out + (used < cap ? used : cap ? cap - 1 : 0), used < cap ? cap - used : 0, "%s",
             to + common);
}

/* "external:REL" or "external:REL#'sheet'!cell" for the workbook of r. */
static int link_of(const char *from_dir, const jxau_result *r, const char *sheet,
                   const char *cell, char *out, size_t cap)
{
    char rel[2048];
    char *to = abs_path(r->path);
    size_t used;

    if (from_dir == NULL || to == NULL) {
        free(to);
        return -1;
    }
    rel_path(from_dir, to, rel, sizeof rel);
    free(to);
    used = (size_t)snprintf(out, cap, "external:%s", rel);
    if (sheet && sheet[0] && cell && cell[0] && used < cap) {
        used += (size_t)snprintf(out + used, cap - used, "#'");
        for (const char *p = sheet; *p && used + 2 < cap; p++) {
            if (*p == '\'')
                out[used++] = '\'';
            out[used++] = *p;
        }
        if (used < cap)
            used += (size_t)snprintf(out + used, cap - used, "'!%s", cell);
    }
    return used < cap ? 0 : -1;
}

/* A hyperlink cell, or the plain text when the link cannot be written
 * (libxlsxwriter refuses URLs over 2079 characters). */
static void put_link(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *url,
                     const char *text, const fmts *f)
{
    char *shown = jxau_escape_text(text, 1);
    char *u = url ? jxau_escape_text(url, 1) : NULL;
    /* a name that had to be escaped cannot be linked to: show it only */
    if (u == NULL || shown == NULL || strcmp(u, url) != 0 ||
        worksheet_write_url_opt(ws, row, col, url, f->link, shown, NULL) != LXW_NO_ERROR)
        worksheet_write_string(ws, row, col, shown ? shown : "?", f->text);
    free(shown);
    free(u);
}

/* ------------------------------------------------------------------ */
/* the 汇总 sheet                                                       */

/* What a column of the 汇总 sheet shows. */
typedef enum scol_kind {
    SC_SEQ, SC_UNIT, SC_PROJECT, SC_TABLE, SC_BUDGET, SC_SPENT, SC_RATE, SC_TOTAL, SC_GRADE,
    SC_STATED, SC_STATUS, SC_FIRST, SC_FILE
} scol_kind;

typedef struct scol {
    scol_kind kind;
    const char *zh, *en;
    double width;
} scol;

static const scol sum_cols[] = {
    {SC_SEQ, "序号", "No.", 5},
    {SC_UNIT, "单位", "unit", 22},
    {SC_PROJECT, "项目", "project", 24},
    {SC_TABLE, "表", "table", 9},
    {SC_BUDGET, "预算数", "budget", 11},
    {SC_SPENT, "实际支出", "spent", 11},
    {SC_RATE, "执行率", "execution rate", 9},
    {SC_TOTAL, "总分（重算）", "total (recomputed)", 9},
    {SC_GRADE, "等次", "grade", 6},
    {SC_STATED, "填报总分", "stated total", 9},
    {SC_STATUS, "状态", "status", 12},
    {SC_FIRST, "首个问题", "first problem", 40},
    {SC_FILE, "文件", "file", 24},
};
#define NSCOL (sizeof sum_cols / sizeof sum_cols[0])

/* Column letter of a 汇总 column kind (the table above is the layout). */
static lxw_col_t scol_at(scol_kind k)
{
    for (size_t i = 0; i < NSCOL; i++)
        if (sum_cols[i].kind == k)
            return (lxw_col_t)i;
    return 0;
}

static void col_letter(lxw_col_t c, char *buf)
{
    lxw_col_to_name(buf, c, 0);
}

static int cmp_text(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "");
}

static const jxau_result *sort_base;

/* Audited workbooks first, by unit, project and file name; entries that
 * are not workbooks at all (lock files, this run's own report) last, and
 * left out of every sheet (see nrows). */
static int cmp_rows(const void *pa, const void *pb)
{
    const jxau_result *a = &sort_base[*(const size_t *)pa], *b = &sort_base[*(const size_t *)pb];
    int c;
    if (a->ignored != b->ignored)
        return a->ignored - b->ignored;
    if (a->skipped != b->skipped)
        return a->skipped - b->skipped;
    if ((c = cmp_text(a->unit, b->unit)) != 0 || (c = cmp_text(a->project, b->project)) != 0)
        return c;
    return cmp_text(a->path, b->path);
}

/* How many of the sorted results are workbooks (the ignored come last). */
static size_t nrows(const jxau_result *res, const size_t *ord, size_t n)
{
    while (n > 0 && res[ord[n - 1]].ignored)
        n--;
    return n;
}

static size_t *sorted_order(const jxau_result *res, size_t n)
{
    size_t *ord = malloc((n ? n : 1) * sizeof *ord);
    if (ord == NULL)
        return NULL;
    for (size_t i = 0; i < n; i++)
        ord[i] = i;
    sort_base = res;
    qsort(ord, n, sizeof *ord, cmp_rows);
    return ord;
}

/* The base name of a path, for the 文件 column. */
static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

static void first_problem(const jxau_result *r, char *buf, size_t cap)
{
    buf[0] = '\0';
    if (r->nfindings == 0)
        return;
    const jxau_finding *f = &r->findings[0];
    snprintf(buf, cap, "%s%s%s %s", f->sheet, f->cell[0] ? "!" : "", f->cell, f->msg);
}

/*
 * Lines a wrapped text takes in a column `width` characters wide (a CJK
 * character is two): rows get their height from it, since neither
 * libxlsxwriter nor LibreOffice's xlsx import fits a row to wrapped text.
 */
static unsigned text_lines(const char *s, double width)
{
    unsigned cols = 0;
    for (const unsigned char *p = (const unsigned char *)s; p && *p; p++)
        if ((*p & 0xC0) != 0x80)
            cols += *p < 0x80 ? 1 : 2;
    return width > 1 ? (unsigned)(cols / (width - 1)) + 1 : 1;
}

/* The height of a 汇总 row: its longest wrapped text (at most 4 lines). */
static double row_height(const jxau_result *r)
{
    char buf[JXAU_MSG_MAX + 200];
    unsigned n = 1, k;
    first_problem(r, buf, sizeof buf);
    for (size_t i = 0; i < NSCOL; i++) {
        const char *t = sum_cols[i].kind == SC_FIRST ? buf :
                        sum_cols[i].kind == SC_PROJECT ? r->project :
                        sum_cols[i].kind == SC_FILE ? base_name(r->path) : NULL;
        if (t && (k = text_lines(t, sum_cols[i].width)) > n)
            n = k;
    }
    return 14.0 * (n > 4 ? 4 : n);
}

static void sum_cell(lxw_worksheet *ws, lxw_row_t row, const scol *c, const jxau_result *r,
                     size_t seq, const char *from_dir, jx_lang lang, const fmts *f)
{
    lxw_col_t col = (lxw_col_t)(c - sum_cols);
    char buf[JXAU_MSG_MAX + 200], url[4096];

    switch (c->kind) {
    case SC_SEQ: worksheet_write_number(ws, row, col, (double)seq, f->text); break;
    case SC_UNIT: put_text(ws, row, col, r->unit, f->text, 0); break;
    case SC_PROJECT: put_text(ws, row, col, r->project, f->wrap, 0); break;
    case SC_TABLE: put_text(ws, row, col, r->table, f->text, 0); break;
    case SC_BUDGET: if (r->has_exec) worksheet_write_number(ws, row, col, r->budget, f->money); break;
    case SC_SPENT: if (r->has_exec) worksheet_write_number(ws, row, col, r->spent, f->money); break;
    case SC_RATE: if (r->has_rate) worksheet_write_number(ws, row, col, r->exec_rate, f->rate); break;
    case SC_TOTAL:
        if (r->has_total && !r->unfilled)
            worksheet_write_number(ws, row, col, r->total_computed, f->score);
        break;
    case SC_GRADE:
        if (!r->unfilled)
            put_text(ws, row, col, r->grade_computed, f->text, 0);
        break;
    case SC_STATED:
        if (r->has_stated_total) worksheet_write_number(ws, row, col, r->total_stated, f->score);
        break;
    case SC_STATUS:
        jxau_status_text(r, lang, buf, sizeof buf);
        put_text(ws, row, col, buf, f->text, 1);
        break;
    case SC_FIRST:
        first_problem(r, buf, sizeof buf);
        put_text(ws, row, col, buf, f->wrap, 0);
        break;
    case SC_FILE:
        put_link(ws, row, col, link_of(from_dir, r, NULL, NULL, url, sizeof url) == 0 ? url : NULL,
                 base_name(r->path), f);
        break;
    }
}

/* Figures the totals rows and the charts need, computed as the formulas will. */
typedef struct sums {
    double budget, spent, score_sum, rate_sum;
    size_t nbudget, nscore, nrate;
} sums;

static void add_sums(sums *s, const jxau_result *r)
{
    if (r->has_exec) {
        s->budget += r->budget;
        s->spent += r->spent;
        s->nbudget++;
    }
    if (r->has_rate) {
        s->rate_sum += r->exec_rate;
        s->nrate++;
    }
    if (r->has_total && !r->unfilled) {
        s->score_sum += r->total_computed;
        s->nscore++;
    }
}

/* SUBTOTAL(fn, col first:last) with its cached value, or nothing when
 * there is nothing to add up (an average of nothing is #DIV/0!).  fn is
 * 9 (sum) or 1 (average): they leave out rows an autofilter hides in
 * every office; Gnumeric has no 101-111 variants (#NUM!). */
static void subtotal(lxw_worksheet *ws, lxw_row_t row, scol_kind k, int fn, lxw_row_t first,
                     lxw_row_t last, size_t count, double value, lxw_format *fmt)
{
    char l[8], fml[96];
    lxw_col_t c = scol_at(k);
    if (count == 0)
        return;
    col_letter(c, l);
    snprintf(fml, sizeof fml, "=SUBTOTAL(%d,%s%u:%s%u)", fn, l, (unsigned)first + 1, l,
             (unsigned)last + 1);
    worksheet_write_formula_num(ws, row, c, fml, fmt, value);
}

static void totals_rows(lxw_worksheet *ws, lxw_row_t last, const sums *s, jx_lang lang,
                        const fmts *f)
{
    lxw_row_t tr = last + 1, ar = last + 2;
    char b[8], sp[8], fml[128];

    for (size_t i = 0; i < NSCOL; i++) {
        worksheet_write_blank(ws, tr, (lxw_col_t)i, f->total);
        worksheet_write_blank(ws, ar, (lxw_col_t)i, f->total);
    }
    worksheet_write_string(ws, tr, scol_at(SC_UNIT), L(lang, "合计", "total"), f->total);
    worksheet_write_string(ws, ar, scol_at(SC_UNIT), L(lang, "平均", "average"), f->total);
    if (last < 1)
        return;
    subtotal(ws, tr, SC_BUDGET, 9, 1, last, s->nbudget, s->budget, f->total_money);
    subtotal(ws, tr, SC_SPENT, 9, 1, last, s->nbudget, s->spent, f->total_money);
    if (s->budget > 0) {   /* the overall rate: total spent over total budget */
        col_letter(scol_at(SC_BUDGET), b);
        col_letter(scol_at(SC_SPENT), sp);
        snprintf(fml, sizeof fml, "=IF(%s%u>0,%s%u/%s%u,\"\")", b, (unsigned)tr + 1, sp,
                 (unsigned)tr + 1, b, (unsigned)tr + 1);
        worksheet_write_formula_num(ws, tr, scol_at(SC_RATE), fml, f->total_rate,
                                    s->spent / s->budget);
    }
    subtotal(ws, ar, SC_RATE, 1, 1, last, s->nrate, s->nrate ? s->rate_sum / (double)s->nrate : 0,
             f->total_rate);
    subtotal(ws, ar, SC_TOTAL, 1, 1, last, s->nscore,
             s->nscore ? s->score_sum / (double)s->nscore : 0, f->total_score);
}

static void print_setup(lxw_worksheet *ws, const char *title)
{
    char head[256];
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);               /* A4 */
    worksheet_fit_to_pages(ws, 1, 0);         /* one page wide, as many long as needed */
    worksheet_repeat_rows(ws, 0, 0);
    worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
    snprintf(head, sizeof head, "&C%s", title);
    worksheet_set_header(ws, head);
    worksheet_set_footer(ws, "&C&P / &N");
}

static void summary_sheet(lxw_workbook *wb, const jxau_result *res, const size_t *ord, size_t n,
                          const char *from_dir, jx_lang lang, const fmts *f, sums *s)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, L(lang, JXAU_SUM_SHEET_ZH, "Summary"));

    for (size_t i = 0; i < NSCOL; i++) {
        worksheet_write_string(ws, 0, (lxw_col_t)i, L(lang, sum_cols[i].zh, sum_cols[i].en), f->head);
        worksheet_set_column(ws, (lxw_col_t)i, (lxw_col_t)i, sum_cols[i].width, NULL);
    }
    worksheet_set_row(ws, 0, 28, NULL);
    for (size_t i = 0; i < n; i++) {
        const jxau_result *r = &res[ord[i]];
        for (size_t c = 0; c < NSCOL; c++)
            sum_cell(ws, (lxw_row_t)(i + 1), &sum_cols[c], r, i + 1, from_dir, lang, f);
        worksheet_set_row(ws, (lxw_row_t)(i + 1), row_height(r), NULL);
        add_sums(s, r);
    }
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, (lxw_row_t)(n ? n : 1), (lxw_col_t)(NSCOL - 1));
    totals_rows(ws, (lxw_row_t)n, s, lang, f);
    print_setup(ws, L(lang, "预算绩效自评汇总", "Budget performance summary"));
}

/* ------------------------------------------------------------------ */
/* the 问题 sheet                                                       */

static const scol prob_cols[] = {
    {SC_SEQ, "序号", "No.", 5},
    {SC_UNIT, "单位", "unit", 20},
    {SC_PROJECT, "项目", "project", 22},
    {SC_TABLE, "单元格", "cell", 26},
    {SC_STATUS, "类别", "kind", 16},
    {SC_STATED, "填报值", "stated", 12},
    {SC_TOTAL, "应为", "expected", 12},
    {SC_FIRST, "说明", "message", 60},
    {SC_FILE, "文件", "file", 26},
};
#define NPCOL (sizeof prob_cols / sizeof prob_cols[0])

static void problem_row(lxw_worksheet *ws, lxw_row_t row, size_t seq, const jxau_result *r,
                        const jxau_finding *fd, const char *from_dir, jx_lang lang, const fmts *f)
{
    char url[4096], where[JXAU_SHEET_MAX + 32];

    worksheet_write_number(ws, row, 0, (double)seq, f->text);
    put_text(ws, row, 1, r->unit, f->text, 0);
    put_text(ws, row, 2, r->project, f->text, 0);
    snprintf(where, sizeof where, "%s%s%s", fd->sheet, fd->cell[0] ? "!" : "", fd->cell);
    if (where[0])
        put_link(ws, row, 3,
                 fd->cell[0] && link_of(from_dir, r, fd->sheet, fd->cell, url, sizeof url) == 0 ?
                     url : NULL,
                 where, f);
    worksheet_write_string(ws, row, 4, jxau_fkind_name(fd->kind, lang), f->text);
    put_text(ws, row, 5, fd->stated, f->text, 0);
    put_text(ws, row, 6, fd->computed, f->text, 0);
    put_text(ws, row, 7, fd->msg, f->wrap, 0);
    put_link(ws, row, 8, link_of(from_dir, r, NULL, NULL, url, sizeof url) == 0 ? url : NULL,
             base_name(r->path), f);
}

static void problem_sheet(lxw_workbook *wb, const jxau_result *res, const size_t *ord, size_t n,
                          const char *from_dir, jx_lang lang, const fmts *f)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, L(lang, JXAU_PROBLEM_SHEET_ZH, "Problems"));
    lxw_row_t row = 1;

    for (size_t i = 0; i < NPCOL; i++) {
        worksheet_write_string(ws, 0, (lxw_col_t)i, L(lang, prob_cols[i].zh, prob_cols[i].en), f->head);
        worksheet_set_column(ws, (lxw_col_t)i, (lxw_col_t)i, prob_cols[i].width, NULL);
    }
    for (size_t i = 0; i < n; i++) {
        const jxau_result *r = &res[ord[i]];
        for (size_t j = 0; j < r->nfindings && row < LXW_ROW_MAX - 1; j++, row++)
            problem_row(ws, row, row, r, &r->findings[j], from_dir, lang, f);
    }
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, row > 1 ? row - 1 : 1, (lxw_col_t)(NPCOL - 1));
    print_setup(ws, L(lang, "审核发现的问题", "Problems found"));
}

/* ------------------------------------------------------------------ */
/* chart data and charts                                                */

/* Score bins of the distribution chart: [lo, hi). */
static const struct { double lo, hi; const char *label; } score_bins[] = {
    {-1, 60, "<60"}, {60, 70, "60–70"}, {70, 80, "70–80"}, {80, 90, "80–90"}, {90, 1e9, "≥90"},
};
#define NBINS (sizeof score_bins / sizeof score_bins[0])

/* The 汇总 sheet's range of one column, for formulas on 图表数据. */
static void sum_range(jx_lang lang, scol_kind k, size_t n, char *buf, size_t cap)
{
    char l[8];
    col_letter(scol_at(k), l);
    snprintf(buf, cap, "'%s'!$%s$2:$%s$%zu", L(lang, JXAU_SUM_SHEET_ZH, "Summary"), l, l,
             n + 1 > 1 ? n + 1 : 2);
}

/*
 * A number the charts plot: a formula with its cached value in the 汇总
 * workbook, the value alone in the pictures' workbooks (which have no
 * 汇总 sheet to refer to).
 */
static void put_fig(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *fml, double v,
                    lxw_format *fmt, int values_only)
{
    if (values_only)
        worksheet_write_number(ws, r, c, v, fmt);
    else
        worksheet_write_formula_num(ws, r, c, fml, fmt, v);
}

/* Grades as GRADEBAND gives them (the core's default bands), counted with
 * COUNTIFS on the recomputed totals. */
static lxw_row_t grade_table(lxw_worksheet *ws, const jxau_result *res, const size_t *ord, size_t n,
                             jx_lang lang, const fmts *f, int values_only)
{
    jx_grades g;
    char tot[80], fml[256];

    jx_grades_default(&g);
    sum_range(lang, SC_TOTAL, n, tot, sizeof tot);
    worksheet_write_string(ws, 0, 0, L(lang, "等次", "grade"), f->head);
    worksheet_write_string(ws, 0, 1, L(lang, "个数", "count"), f->head);
    for (int i = 0; i <= g.n; i++) {
        size_t count = 0;
        for (size_t k = 0; k < n; k++) {
            const jxau_result *r = &res[ord[k]];
            double t = r->total_computed;
            if (!r->has_total || r->unfilled || r->skipped)
                continue;
            if ((i == g.n || t >= g.threshold[i]) && (i == 0 || t < g.threshold[i - 1]))
                count++;
        }
        if (i == 0)
            snprintf(fml, sizeof fml, "=COUNTIFS(%s,\">=%g\")", tot, g.threshold[0]);
        else if (i == g.n)
            snprintf(fml, sizeof fml, "=COUNTIFS(%s,\"<%g\")", tot, g.threshold[i - 1]);
        else
            snprintf(fml, sizeof fml, "=COUNTIFS(%s,\">=%g\",%s,\"<%g\")", tot, g.threshold[i],
                     tot, g.threshold[i - 1]);
        worksheet_write_string(ws, (lxw_row_t)(i + 1), 0, g.label[i], f->text);
        put_fig(ws, (lxw_row_t)(i + 1), 1, fml, (double)count, f->text, values_only);
    }
    return (lxw_row_t)(g.n + 1);
}

static lxw_row_t bin_table(lxw_worksheet *ws, const jxau_result *res, const size_t *ord, size_t n,
                           jx_lang lang, const fmts *f, int values_only)
{
    char tot[80], fml[256];

    sum_range(lang, SC_TOTAL, n, tot, sizeof tot);
    worksheet_write_string(ws, 0, 3, L(lang, "总分区间", "total score"), f->head);
    worksheet_write_string(ws, 0, 4, L(lang, "个数", "count"), f->head);
    for (size_t i = 0; i < NBINS; i++) {
        size_t count = 0;
        for (size_t k = 0; k < n; k++) {
            const jxau_result *r = &res[ord[k]];
            if (r->has_total && !r->unfilled && !r->skipped &&
                r->total_computed >= score_bins[i].lo && r->total_computed < score_bins[i].hi)
                count++;
        }
        if (i == 0)
            snprintf(fml, sizeof fml, "=COUNTIFS(%s,\"<%g\")", tot, score_bins[i].hi);
        else if (i + 1 == NBINS)
            snprintf(fml, sizeof fml, "=COUNTIFS(%s,\">=%g\")", tot, score_bins[i].lo);
        else
            snprintf(fml, sizeof fml, "=COUNTIFS(%s,\">=%g\",%s,\"<%g\")", tot, score_bins[i].lo,
                     tot, score_bins[i].hi);
        worksheet_write_string(ws, (lxw_row_t)(i + 1), 3, score_bins[i].label, f->text);
        put_fig(ws, (lxw_row_t)(i + 1), 4, fml, (double)count, f->text, values_only);
    }
    return (lxw_row_t)NBINS;
}

/* Units in the 汇总 order, each once, with budget and spent summed. */
static lxw_row_t unit_table(lxw_worksheet *ws, const jxau_result *res, const size_t *ord, size_t n,
                            jx_lang lang, const fmts *f, int values_only)
{
    char unit[80], bud[80], spent[80], fml[512];
    lxw_row_t row = 0;

    sum_range(lang, SC_UNIT, n, unit, sizeof unit);
    sum_range(lang, SC_BUDGET, n, bud, sizeof bud);
    sum_range(lang, SC_SPENT, n, spent, sizeof spent);
    worksheet_write_string(ws, 0, 6, L(lang, "单位", "unit"), f->head);
    worksheet_write_string(ws, 0, 7, L(lang, "预算数", "budget"), f->head);
    worksheet_write_string(ws, 0, 8, L(lang, "实际支出", "spent"), f->head);
    worksheet_write_string(ws, 0, 9, L(lang, "执行率", "execution rate"), f->head);
    for (size_t i = 0; i < n; i++) {
        const jxau_result *r = &res[ord[i]];
        double b = 0, s = 0;
        int seen = 0;
        if (r->unit == NULL || !r->has_exec)
            continue;
        for (size_t k = 0; k < i && !seen; k++)
            seen = res[ord[k]].has_exec && cmp_text(res[ord[k]].unit, r->unit) == 0;
        if (seen)
            continue;
        for (size_t k = i; k < n; k++)
            if (res[ord[k]].has_exec && cmp_text(res[ord[k]].unit, r->unit) == 0) {
                b += res[ord[k]].budget;
                s += res[ord[k]].spent;
            }
        row++;
        put_text(ws, row, 6, r->unit, f->text, 0);
        snprintf(fml, sizeof fml, "=SUMIF(%s,G%u,%s)", unit, (unsigned)row + 1, bud);
        put_fig(ws, row, 7, fml, b, f->money, values_only);
        snprintf(fml, sizeof fml, "=SUMIF(%s,G%u,%s)", unit, (unsigned)row + 1, spent);
        put_fig(ws, row, 8, fml, s, f->money, values_only);
        snprintf(fml, sizeof fml, "=IF(H%u>0,I%u/H%u,0)", (unsigned)row + 1, (unsigned)row + 1,
                 (unsigned)row + 1);
        put_fig(ws, row, 9, fml, b > 0 ? s / b : 0, f->rate, values_only);
    }
    return row;
}

/* The three charts: what each plots from the 图表数据 sheet. */
typedef struct chart_spec {
    uint8_t type;
    const char *zh, *en;
    lxw_col_t cat, val;       /* columns of 图表数据 (the tables above) */
    const char *num_format;   /* of the value axis                      */
    const char *png;          /* picture name with --png                */
} chart_spec;

static const chart_spec chart_specs[] = {
    {LXW_CHART_COLUMN, "评价等次分布", "Grades", 0, 1, "0", "grades"},
    {LXW_CHART_COLUMN, "总分分布", "Total score distribution", 3, 4, "0", "scores"},
    {LXW_CHART_BAR, "各单位预算执行率", "Execution rate by unit", 6, 9, "0%", "exec-rate"},
};
#define NCHARTS (sizeof chart_specs / sizeof chart_specs[0])

/* The chart data sheet; rows[i] is how many rows chart i plots. */
static lxw_worksheet *chart_data(lxw_workbook *wb, const jxau_result *res, const size_t *ord,
                                 size_t n, jx_lang lang, const fmts *f, int values_only,
                                 lxw_row_t rows[NCHARTS])
{
    lxw_worksheet *ds = workbook_add_worksheet(wb, L(lang, JXAU_CHARTDATA_SHEET_ZH, "Chart data"));
    worksheet_set_column(ds, 0, 9, 12, NULL);
    worksheet_set_column(ds, 6, 6, 24, NULL);
    rows[0] = grade_table(ds, res, ord, n, lang, f, values_only);
    rows[1] = bin_table(ds, res, ord, n, lang, f, values_only);
    rows[2] = unit_table(ds, res, ord, n, lang, f, values_only);
    return ds;
}

static lxw_chart *chart_new(lxw_workbook *wb, const chart_spec *c, jx_lang lang, lxw_row_t rows)
{
    lxw_chart *ch = workbook_add_chart(wb, c->type);
    lxw_chart_series *s = chart_add_series(ch, NULL, NULL);
    lxw_chart_font font = {.name = "Noto Sans CJK SC", .size = 12, .bold = 1};
    const char *sheet = L(lang, JXAU_CHARTDATA_SHEET_ZH, "Chart data");

    chart_series_set_categories(s, sheet, 1, c->cat, rows, c->cat);
    chart_series_set_values(s, sheet, 1, c->val, rows, c->val);
    chart_series_set_labels(s);
    chart_title_set_name(ch, L(lang, c->zh, c->en));
    chart_title_set_name_font(ch, &font);
    chart_legend_set_position(ch, LXW_CHART_LEGEND_NONE);
    /* a bar chart's value axis is its horizontal one */
    chart_axis_set_num_format(c->type == LXW_CHART_BAR ? ch->x_axis : ch->y_axis, c->num_format);
    return ch;
}

static void charts(lxw_workbook *wb, const jxau_result *res, const size_t *ord, size_t n,
                   jx_lang lang, const fmts *f)
{
    lxw_worksheet *cs = workbook_add_worksheet(wb, L(lang, JXAU_CHART_SHEET_ZH, "Charts"));
    lxw_row_t rows[NCHARTS];
    lxw_chart_options small = {.x_scale = 1.4, .y_scale = 1.3};
    lxw_row_t nu;

    chart_data(wb, res, ord, n, lang, f, 0, rows);
    nu = rows[2];
    lxw_chart_options tall = {.x_scale = 2.9, .y_scale = 1.3 + 0.12 * (nu > 8 ? nu - 8 : 0)};
    worksheet_insert_chart_opt(cs, 1, 1, chart_new(wb, &chart_specs[0], lang, rows[0]), &small);
    worksheet_insert_chart_opt(cs, 1, 11, chart_new(wb, &chart_specs[1], lang, rows[1]), &small);
    if (nu > 0)
        worksheet_insert_chart_opt(cs, 23, 1, chart_new(wb, &chart_specs[2], lang, nu), &tall);
    worksheet_set_landscape(cs);
    worksheet_set_paper(cs, 9);
    worksheet_fit_to_pages(cs, 1, 1);
}

size_t jxau_summary_chart_count(void)
{
    return NCHARTS;
}

const char *jxau_summary_chart_name(size_t i)
{
    return i < NCHARTS ? chart_specs[i].png : NULL;
}

int jxau_write_chart_book(const char *path, size_t which, const jxau_result *res, size_t n,
                         jx_lang lang, char *err, size_t cap)
{
    lxw_workbook *wb;
    lxw_chartsheet *cs;
    lxw_worksheet *ds;
    lxw_row_t rows[NCHARTS];
    size_t *ord;
    fmts f;
    lxw_error e;

    if (which >= NCHARTS) {
        snprintf(err, cap, "no chart %zu", which);
        return -1;
    }
    ord = sorted_order(res, n);
    wb = workbook_new(path);
    if (ord == NULL || wb == NULL) {
        jxau_msg_format(err, cap, lang, JXAU_WM_CREATE, path);
        free(ord);
        return -1;
    }
    n = nrows(res, ord, n);
    fmts_make(wb, &f);
    cs = workbook_add_chartsheet(wb, L(lang, JXAU_CHART_SHEET_ZH, "Charts"));
    ds = chart_data(wb, res, ord, n, lang, &f, 1, rows);
    chartsheet_set_chart(cs, chart_new(wb, &chart_specs[which], lang, rows[which]));
    chartsheet_activate(cs);
    chartsheet_set_landscape(cs);
    chartsheet_set_paper(cs, 9);
    worksheet_hide(ds);   /* only the chart is printed */
    e = workbook_close(wb);
    free(ord);
    if (e != LXW_NO_ERROR) {
        jxau_msg_format(err, cap, lang, JXAU_WM_WRITE, path, lxw_strerror(e));
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */

int jxau_write_summary(const char *path, const jxau_result *res, size_t n, jx_lang lang,
                      char *err, size_t cap)
{
    lxw_workbook_options opt = {.constant_memory = LXW_FALSE, .tmpdir = NULL};
    lxw_workbook *wb;
    size_t *ord;
    char *dir;
    fmts f;
    sums s = {0};
    lxw_error e;

    /* the folder links are relative to: the output's, resolved */
    {
        char *tmp = strdup(path), *slash;
        if (tmp == NULL) {
            jxau_msg_format(err, cap, lang, JXAU_WM_NOMEM);
            return -1;
        }
        slash = strrchr(tmp, '/');
        if (slash)
            slash[slash == tmp ? 1 : 0] = '\0';
        dir = abs_path(slash ? tmp : ".");
        free(tmp);
    }
    ord = sorted_order(res, n);
    wb = workbook_new_opt(path, &opt);
    if (ord == NULL || wb == NULL) {
        jxau_msg_format(err, cap, lang, JXAU_WM_CREATE, path);
        free(ord);
        free(dir);
        return -1;
    }
    n = nrows(res, ord, n);
    /* marks it as a report jixiao-audit wrote (report.h: jxau_is_report) */
    workbook_set_custom_property_string(wb, JXAU_REPORT_PROPERTY, JIXIAO_VERSION);
    fmts_make(wb, &f);
    summary_sheet(wb, res, ord, n, dir, lang, &f, &s);
    problem_sheet(wb, res, ord, n, dir, lang, &f);
    charts(wb, res, ord, n, lang, &f);
    e = workbook_close(wb);
    free(ord);
    free(dir);
    if (e != LXW_NO_ERROR) {
        jxau_msg_format(err, cap, lang, JXAU_WM_WRITE, path, lxw_strerror(e));
        return -1;
    }
    return 0;
}
