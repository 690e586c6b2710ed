/*
 * report.c - text, CSV and xlsx outputs of jixiao-audit (see report.h).
 */
#include "report.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <xlsxwriter.h>

#define L(lang, zh, en) ((lang) == JX_LANG_EN ? (en) : (zh))

static const char *or_dash(const char *s)
{
    return s && s[0] ? s : "—";
}

static void fmt_total(int has, double v, char *buf, size_t cap)
{
    if (has)
        jx_fmt_num(v, 2, 0, buf, cap);
    else
        snprintf(buf, cap, "—");
}

/* What a blank returned template is called in the reports. */
static const char *unfilled_text(jx_lang lang)
{
    return L(lang, "未填写（没有填写任何输入项）", "not filled in (no input was filled)");
}

/* The CSV code and kind of a workbook's own row. */
static const char *book_code(const jxa_result *r)
{
    return r->skipped ? "skipped" : r->unfilled ? "unfilled" : "workbook";
}

static const char *book_kind(const jxa_result *r, jx_lang lang)
{
    return r->skipped ? L(lang, "跳过", "skipped") :
           r->unfilled ? L(lang, "未填写", "unfilled") : L(lang, "工作簿", "workbook");
}

/* ------------------------------------------------------------------ */
/* text                                                                 */

void jxa_print_text(FILE *out, const jxa_result *res, size_t n, jx_lang lang)
{
    for (size_t i = 0; i < n; i++) {
        const jxa_result *r = &res[i];
        char ct[32], st[32];
        if (r->skipped) {
            fprintf(out, "%s: %s: %s\n", r->path, L(lang, "跳过", "skipped"), r->reason);
            continue;
        }
        if (r->unfilled) {
            fprintf(out, "%s: %s / %s  %s\n", r->path, or_dash(r->unit), or_dash(r->project),
                    unfilled_text(lang));
            continue;
        }
        fmt_total(r->has_total, r->total_computed, ct, sizeof ct);
        fmt_total(r->has_stated_total, r->total_stated, st, sizeof st);
        fprintf(out, "%s: %s / %s  %s %s %s  %s %s %s  %zu %s\n", r->path, or_dash(r->unit),
                or_dash(r->project), L(lang, "重算", "computed"), ct, or_dash(r->grade_computed),
                L(lang, "填报", "stated"), st, or_dash(r->grade_stated), r->nfindings,
                L(lang, "个问题", r->nfindings == 1 ? "finding" : "findings"));
        for (size_t j = 0; j < r->nfindings; j++) {
            const jxa_finding *f = &r->findings[j];
            fprintf(out, "    %s%s%s  [%s]", f->sheet, f->cell[0] ? "!" : "", f->cell,
                    jxa_fkind_name(f->kind, lang));
            if (f->stated[0] || f->computed[0])
                fprintf(out, "  %s %s  %s %s", L(lang, "填报", "stated"), or_dash(f->stated),
                        L(lang, "应为", "expected"), or_dash(f->computed));
            fprintf(out, "  %s\n", f->msg);
        }
    }
}

/* ------------------------------------------------------------------ */
/* CSV                                                                  */

/* One field, quoted when needed; texts a spreadsheet would evaluate get a
 * leading apostrophe (a workbook's own texts end up here). */
static void csv_field(FILE *f, const char *s, int last)
{
    int quote = 0;
    const char *p;

    s = s ? s : "";
    for (p = s; *p; p++)
        if (*p == '"' || *p == ',' || *p == '\n' || *p == '\r')
            quote = 1;
    if (quote)
        fputc('"', f);
    if (s[0] == '=' || s[0] == '+' || s[0] == '@' ||
        (s[0] == '-' && !(s[1] >= '0' && s[1] <= '9')))
        fputc('\'', f);
    for (p = s; *p; p++) {
        if (*p == '"')
            fputc('"', f);
        fputc(*p, f);
    }
    if (quote)
        fputc('"', f);
    fputs(last ? "\r\n" : ",", f);
}

static void csv_row(FILE *f, const char *const *fields, size_t n)
{
    for (size_t i = 0; i < n; i++)
        csv_field(f, fields[i], i + 1 == n);
}

#define CSV_COLS 14

int jxa_write_csv(const char *path, const jxa_result *res, size_t n, jx_lang lang,
                  char *err, size_t cap)
{
    FILE *f = fopen(path, "wb");
    const char *head_zh[CSV_COLS] = {"文件", "单位", "项目", "表", "类别代码", "类别", "工作表",
                                     "单元格", "填报值", "重算值", "说明", "重算总分", "重算等次",
                                     "填报总分/等次"};
    const char *head_en[CSV_COLS] = {"file", "unit", "project", "table", "code", "kind", "sheet",
                                     "cell", "stated", "computed", "message", "computed total",
                                     "computed grade", "stated total/grade"};

    if (f == NULL) {
        snprintf(err, cap, "cannot write %s: %s", path, strerror(errno));
        return -1;
    }
    fputs("\xEF\xBB\xBF", f);
    csv_row(f, lang == JX_LANG_EN ? head_en : head_zh, CSV_COLS);
    for (size_t i = 0; i < n; i++) {
        const jxa_result *r = &res[i];
        char ct[32], st[32], stated[80], count[64];
        fmt_total(r->has_total, r->total_computed, ct, sizeof ct);
        fmt_total(r->has_stated_total, r->total_stated, st, sizeof st);
        snprintf(stated, sizeof stated, "%s %s", st, or_dash(r->grade_stated));
        snprintf(count, sizeof count, "%zu %s", r->nfindings, L(lang, "个问题", "findings"));
        int none = r->skipped || r->unfilled;
        const char *wb[CSV_COLS] = {r->path, r->unit, r->project, r->table, book_code(r),
                                    book_kind(r, lang), "", "", "", "",
                                    r->skipped ? r->reason : r->unfilled ? unfilled_text(lang) : count,
                                    none ? "" : ct, none ? "" : r->grade_computed,
                                    none ? "" : stated};
        csv_row(f, wb, CSV_COLS);
        for (size_t j = 0; j < r->nfindings; j++) {
            const jxa_finding *fd = &r->findings[j];
            const char *row[CSV_COLS] = {r->path, r->unit, r->project, r->table,
                                         jxa_fkind_code(fd->kind), jxa_fkind_name(fd->kind, lang),
                                         fd->sheet, fd->cell, fd->stated, fd->computed, fd->msg,
                                         "", "", ""};
            csv_row(f, row, CSV_COLS);
        }
    }
    if (ferror(f) | (fclose(f) != 0)) {
        snprintf(err, cap, "cannot write %s: %s", path, strerror(errno));
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* xlsx                                                                 */

static void put(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s, lxw_format *fmt)
{
    if (s && s[0])
        worksheet_write_string(ws, r, c, s, fmt);
}

static void header(lxw_worksheet *ws, const char *const *names, const double *widths, int n,
                   lxw_format *bold)
{
    for (int i = 0; i < n; i++) {
        worksheet_write_string(ws, 0, (lxw_col_t)i, names[i], bold);
        worksheet_set_column(ws, (lxw_col_t)i, (lxw_col_t)i, widths[i], NULL);
    }
    worksheet_freeze_panes(ws, 1, 0);
}

static void summary_sheet(lxw_workbook *wb, const jxa_result *res, size_t n, jx_lang lang,
                          lxw_format *bold, lxw_format *num)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, L(lang, "汇总", "Summary"));
    const char *zh[] = {"文件", "单位", "项目", "表", "重算总分", "重算等次", "填报总分",
                        "填报等次", "问题数", "状态"};
    const char *en[] = {"file", "unit", "project", "table", "computed total", "computed grade",
                        "stated total", "stated grade", "findings", "status"};
    const double w[] = {36, 24, 28, 10, 10, 9, 10, 9, 8, 40};

    header(ws, lang == JX_LANG_EN ? en : zh, w, 10, bold);
    for (size_t i = 0; i < n; i++) {
        const jxa_result *r = &res[i];
        lxw_row_t row = (lxw_row_t)(i + 1);
        put(ws, row, 0, r->path, NULL);
        put(ws, row, 1, r->unit, NULL);
        put(ws, row, 2, r->project, NULL);
        put(ws, row, 3, r->table, NULL);
        if (r->has_total)
            worksheet_write_number(ws, row, 4, r->total_computed, num);
        put(ws, row, 5, r->grade_computed, NULL);
        if (r->has_stated_total)
            worksheet_write_number(ws, row, 6, r->total_stated, num);
        put(ws, row, 7, r->grade_stated, NULL);
        if (!r->skipped && !r->unfilled)
            worksheet_write_number(ws, row, 8, (double)r->nfindings, NULL);
        put(ws, row, 9, r->skipped ? r->reason : r->unfilled ? unfilled_text(lang) :
                        r->nfindings ? L(lang, "有问题", "findings") : L(lang, "无问题", "clean"), NULL);
    }
    worksheet_autofilter(ws, 0, 0, (lxw_row_t)(n > 0 ? n : 1), 9);
}

static void findings_sheet(lxw_workbook *wb, const jxa_result *res, size_t n, jx_lang lang,
                           lxw_format *bold)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, L(lang, "问题", "Findings"));
    const char *zh[] = {"文件", "单位", "项目", "类别", "工作表", "单元格", "填报值", "重算值",
                        "说明"};
    const char *en[] = {"file", "unit", "project", "kind", "sheet", "cell", "stated",
                        "computed", "message"};
    const double w[] = {36, 24, 28, 18, 22, 10, 16, 16, 60};
    lxw_row_t row = 1;

    header(ws, lang == JX_LANG_EN ? en : zh, w, 9, bold);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < res[i].nfindings; j++, row++) {
            const jxa_finding *f = &res[i].findings[j];
            put(ws, row, 0, res[i].path, NULL);
            put(ws, row, 1, res[i].unit, NULL);
            put(ws, row, 2, res[i].project, NULL);
            put(ws, row, 3, jxa_fkind_name(f->kind, lang), NULL);
            put(ws, row, 4, f->sheet, NULL);
            put(ws, row, 5, f->cell, NULL);
            put(ws, row, 6, f->stated, NULL);
            put(ws, row, 7, f->computed, NULL);
            put(ws, row, 8, f->msg, NULL);
        }
    worksheet_autofilter(ws, 0, 0, row > 1 ? row - 1 : 1, 8);
}

int jxa_write_xlsx(const char *path, const jxa_result *res, size_t n, jx_lang lang,
                   char *err, size_t cap)
{
    lxw_workbook *wb = workbook_new(path);
    lxw_format *bold, *num;
    lxw_error e;

    if (wb == NULL) {
        snprintf(err, cap, "cannot create %s", path);
        return -1;
    }
    bold = workbook_add_format(wb);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xDDEBF7);
    num = workbook_add_format(wb);
    format_set_num_format(num, "0.00");
    summary_sheet(wb, res, n, lang, bold, num);
    findings_sheet(wb, res, n, lang, bold);
    e = workbook_close(wb);
    if (e != LXW_NO_ERROR) {
        snprintf(err, cap, "cannot write %s: %s", path, lxw_strerror(e));
        return -1;
    }
    return 0;
}
