/*
 * report.c - text, CSV and xlsx outputs of jixiao-audit (see report.h).
 */
/* mkstemp, fchmod, link */
#define _XOPEN_SOURCE 700

#include "report.h"
#include "audit_msg.h"
#include "summary.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* ------------------------------------------------------------------ */
/* texts that are safe to show                                          */

/*
 * Length of the valid UTF-8 character at s (1-4), or 0 when the bytes are
 * not one (a stray byte, an overlong form, a surrogate, beyond U+10FFFF);
 * *cp is its code point.
 */
static size_t utf8_char(const unsigned char *s, unsigned *cp)
{
    static const unsigned min[5] = {0, 0, 0x80, 0x800, 0x10000};
    size_t n = s[0] < 0x80 ? 1 : (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3 :
               (s[0] & 0xF8) == 0xF0 ? 4 : 0;
    unsigned c = n == 1 ? s[0] : n == 2 ? s[0] & 0x1Fu : n == 3 ? s[0] & 0x0Fu : s[0] & 0x07u;

    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3Fu);
    }
    if (n == 0 || c < min[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return n;
}

/* A character that moves the cursor, rings, changes colours or reorders
 * text when printed: C0, DEL, C1, and the bidirectional controls. */
static int is_control(unsigned c)
{
    return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x200E || c == 0x200F ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x061C;
}

char *jxau_escape_text(const char *in, int controls)
{
    size_t len = strlen(in), o = 0;
    char *out = malloc(len * 6 + 1);     /* "\u202e" is 6 bytes for 3 */
    const unsigned char *p = (const unsigned char *)in;

    if (out == NULL)
        return NULL;
    while (*p) {
        unsigned cp = 0;
        size_t n = utf8_char(p, &cp);
        if (n == 0)
            o += (size_t)sprintf(out + o, "\\x%02x", *p++);
        else if (controls && is_control(cp) && cp < 0x100)
            o += (size_t)sprintf(out + o, "\\x%02x", cp), p += n;
        else if (controls && is_control(cp))
            o += (size_t)sprintf(out + o, "\\u%04x", cp), p += n;
        else
            memcpy(out + o, p, n), o += n, p += n;
    }
    out[o] = '\0';
    return out;
}

/* Escaped texts of one output row, freed together. */
typedef struct shown {
    char *v[24];
    int n;
} shown;

/* `s` ready for an output: file names and every text on a terminal get
 * their control characters escaped too (controls = 1). */
static const char *show_text(shown *t, const char *s, int controls)
{
    char *e;
    if (s == NULL)
        return NULL;
    if (t->n == (int)(sizeof t->v / sizeof *t->v) || (e = jxau_escape_text(s, controls)) == NULL)
        return "?";
    t->v[t->n++] = e;
    return e;
}

static void shown_free(shown *t)
{
    for (int i = 0; i < t->n; i++)
        free(t->v[i]);
    t->n = 0;
}

/* What a blank returned template is called in the reports. */
static const char *unfilled_text(jx_lang lang)
{
    return L(lang, "未填写（没有填写任何输入项）", "not filled in (no input was filled)");
}

/* The CSV code and kind of a workbook's own row. */
static const char *book_code(const jxau_result *r)
{
    return r->ignored ? "ignored" : r->skipped ? "skipped" : r->unfilled ? "unfilled" : "workbook";
}

static const char *book_kind(const jxau_result *r, jx_lang lang)
{
    return r->ignored ? L(lang, "忽略", "ignored") : r->skipped ? L(lang, "跳过", "skipped") :
           r->unfilled ? L(lang, "未填写", "unfilled") : L(lang, "工作簿", "workbook");
}

/* ------------------------------------------------------------------ */
/* text                                                                 */

/* A finding, indented under its workbook, every text escaped for a terminal. */
static void print_finding(FILE *out, const jxau_finding *f, jx_lang lang)
{
    shown t = {{0}, 0};
    fprintf(out, "    %s%s%s  [%s]", show_text(&t, f->sheet, 1), f->cell[0] ? "!" : "",
            show_text(&t, f->cell, 1), jxau_fkind_name(f->kind, lang));
    if (f->stated[0] || f->computed[0])
        fprintf(out, "  %s %s  %s %s", L(lang, "填报", "stated"), or_dash(show_text(&t, f->stated, 1)),
                L(lang, "应为", "expected"), or_dash(show_text(&t, f->computed, 1)));
    fprintf(out, "  %s\n", show_text(&t, f->msg, 1));
    shown_free(&t);
}

void jxau_print_text(FILE *out, const jxau_result *res, size_t n, jx_lang lang)
{
    for (size_t i = 0; i < n; i++) {
        const jxau_result *r = &res[i];
        shown t = {{0}, 0};
        const char *path = show_text(&t, r->path, 1);
        const char *unit = or_dash(show_text(&t, r->unit, 1));
        const char *project = or_dash(show_text(&t, r->project, 1));
        char ct[32], st[32];
        if (r->skipped) {
            fprintf(out, "%s: %s: %s\n", path, r->ignored ? L(lang, "忽略", "ignored") :
                    L(lang, "跳过", "skipped"), show_text(&t, r->reason, 1));
        } else if (r->unfilled) {
            fprintf(out, "%s: %s / %s  %s\n", path, unit, project, unfilled_text(lang));
        } else {
            fmt_total(r->has_total, r->total_computed, ct, sizeof ct);
            fmt_total(r->has_stated_total, r->total_stated, st, sizeof st);
            fprintf(out, "%s: %s / %s  %s %s %s  %s %s %s  %zu %s\n", path, unit, project,
                    L(lang, "重算", "computed"), ct, or_dash(show_text(&t, r->grade_computed, 1)),
                    L(lang, "填报", "stated"), st, or_dash(show_text(&t, r->grade_stated, 1)),
                    r->nfindings, L(lang, "个问题", r->nfindings == 1 ? "finding" : "findings"));
            for (size_t j = 0; j < r->nfindings; j++)
                print_finding(out, &r->findings[j], lang);
        }
        shown_free(&t);
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

/* One row; the file name (first field) also gets its control characters
 * escaped, every field its bytes that are not UTF-8. */
static void csv_row(FILE *f, const char *const *fields, size_t n)
{
    shown t = {{0}, 0};
    for (size_t i = 0; i < n; i++)
        csv_field(f, show_text(&t, fields[i] ? fields[i] : "", i == 0), i + 1 == n);
    shown_free(&t);
}

#define CSV_COLS 14

static const char *const csv_head_zh[CSV_COLS] = {
    "文件", "单位", "项目", "表", "类别代码", "类别", "工作表", "单元格", "填报值", "重算值",
    "说明", "重算总分", "重算等次", "填报总分/等次"};
static const char *const csv_head_en[CSV_COLS] = {
    "file", "unit", "project", "table", "code", "kind", "sheet", "cell", "stated", "computed",
    "message", "computed total", "computed grade", "stated total/grade"};

/* ------------------------------------------------------------------ */
/* writing a report without ever losing the previous one                */

/*
 * A report is written to a temporary file beside it (".NAME.XXXXXX": the
 * same file system, so the final rename is atomic), flushed to disk, and
 * only then moved over the old one: a full disk or a killed run leaves the
 * previous report as it was.  Without `replace` the move is a link(), so a
 * file that appeared meanwhile is not overwritten either.
 */
typedef struct out_file {
    char *final;
    char *tmp;
    int replace;
    jx_lang lang;       /* of the messages */
} out_file;

static int out_begin(out_file *o, const char *path, int replace, jx_lang lang, int *fd, char *err,
                     size_t cap)
{
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path + 1) : 0;
    mode_t mask;

    o->final = (char *)path;
    o->replace = replace;
    o->lang = lang;
    o->tmp = malloc(strlen(path) + 16);
    if (o->tmp == NULL) {
        jxau_msg_format(err, cap, lang, JXAU_WM_WRITE_NOMEM, path);
        return -1;
    }
    snprintf(o->tmp, strlen(path) + 16, "%.*s.%s.XXXXXX", (int)dirlen, path, path + dirlen);
    *fd = mkstemp(o->tmp);
    if (*fd < 0) {
        jxau_msg_format(err, cap, lang, JXAU_WM_WRITE, path, strerror(errno));
        free(o->tmp);
        o->tmp = NULL;
        return -1;
    }
    mask = umask(0);     /* mkstemp makes 0600; a report is an ordinary document */
    umask(mask);
    fchmod(*fd, 0666 & ~mask);
    return 0;
}

static void out_abort(out_file *o)
{
    if (o->tmp)
        unlink(o->tmp);
    free(o->tmp);
    o->tmp = NULL;
}

/* Flush the finished temporary file to disk and move it into place. */
static int out_commit(out_file *o, char *err, size_t cap)
{
    int fd = open(o->tmp, O_RDONLY | O_CLOEXEC), rc;

    if (fd < 0 || fsync(fd) != 0) {
        jxau_msg_format(err, cap, o->lang, JXAU_WM_WRITE, o->final, strerror(errno));
        if (fd >= 0)
            close(fd);
        out_abort(o);
        return -1;
    }
    close(fd);
    rc = o->replace ? rename(o->tmp, o->final) : link(o->tmp, o->final);
    if (rc != 0) {
        if (errno == EEXIST)
            jxau_msg_format(err, cap, o->lang, JXAU_WM_APPEARED, o->final);
        else
            jxau_msg_format(err, cap, o->lang, JXAU_WM_WRITE, o->final, strerror(errno));
        out_abort(o);
        return -1;
    }
    if (!o->replace)
        unlink(o->tmp);
    free(o->tmp);
    o->tmp = NULL;
    return 0;
}

static void csv_body(FILE *f, const jxau_result *res, size_t n, jx_lang lang)
{
    fputs("\xEF\xBB\xBF", f);
    csv_row(f, lang == JX_LANG_EN ? csv_head_en : csv_head_zh, CSV_COLS);
    for (size_t i = 0; i < n; i++) {
        const jxau_result *r = &res[i];
        char ct[32], st[32], stated[80], count[64];
        int none = r->skipped || r->unfilled;
        fmt_total(r->has_total, r->total_computed, ct, sizeof ct);
        fmt_total(r->has_stated_total, r->total_stated, st, sizeof st);
        snprintf(stated, sizeof stated, "%s %s", st, or_dash(r->grade_stated));
        snprintf(count, sizeof count, "%zu %s", r->nfindings, L(lang, "个问题", "findings"));
        const char *wb[CSV_COLS] = {r->path, r->unit, r->project, r->table, book_code(r),
                                    book_kind(r, lang), "", "", "", "",
                                    r->skipped ? r->reason : r->unfilled ? unfilled_text(lang) : count,
                                    none ? "" : ct, none ? "" : r->grade_computed,
                                    none ? "" : stated};
        csv_row(f, wb, CSV_COLS);
        for (size_t j = 0; j < r->nfindings; j++) {
            const jxau_finding *fd = &r->findings[j];
            const char *row[CSV_COLS] = {r->path, r->unit, r->project, r->table,
                                         jxau_fkind_code(fd->kind), jxau_fkind_name(fd->kind, lang),
                                         fd->sheet, fd->cell, fd->stated, fd->computed, fd->msg,
                                         "", "", ""};
            csv_row(f, row, CSV_COLS);
        }
    }
}

int jxau_report_csv(const char *path, const jxau_result *res, size_t n, jx_lang lang, int replace,
                   char *err, size_t cap)
{
    out_file o;
    int fd;
    FILE *f;

    if (out_begin(&o, path, replace, lang, &fd, err, cap) < 0)
        return -1;
    if ((f = fdopen(fd, "wb")) == NULL) {
        jxau_msg_format(err, cap, lang, JXAU_WM_WRITE, path, strerror(errno));
        close(fd);
        out_abort(&o);
        return -1;
    }
    csv_body(f, res, n, lang);
    if (ferror(f) | (fclose(f) != 0)) {
        jxau_msg_format(err, cap, lang, JXAU_WM_WRITE, path, strerror(errno));
        out_abort(&o);
        return -1;
    }
    return out_commit(&o, err, cap);
}

int jxau_write_csv(const char *path, const jxau_result *res, size_t n, jx_lang lang,
                  char *err, size_t cap)
{
    return jxau_report_csv(path, res, n, lang, 1, err, cap);
}

/* ------------------------------------------------------------------ */
/* xlsx                                                                 */

/* A text cell; bytes that are not UTF-8 escaped (LibreOffice shows a cell
 * holding them blank), and control characters too in file names (col 0). */
static void put(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s, lxw_format *fmt)
{
    char *e;
    if (s == NULL || s[0] == '\0')
        return;
    e = jxau_escape_text(s, c == 0);
    worksheet_write_string(ws, r, c, e ? e : "?", fmt);
    free(e);
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

static void summary_sheet(lxw_workbook *wb, const jxau_result *res, size_t n, jx_lang lang,
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
        const jxau_result *r = &res[i];
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

static void findings_sheet(lxw_workbook *wb, const jxau_result *res, size_t n, jx_lang lang,
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
            const jxau_finding *f = &res[i].findings[j];
            put(ws, row, 0, res[i].path, NULL);
            put(ws, row, 1, res[i].unit, NULL);
            put(ws, row, 2, res[i].project, NULL);
            put(ws, row, 3, jxau_fkind_name(f->kind, lang), NULL);
            put(ws, row, 4, f->sheet, NULL);
            put(ws, row, 5, f->cell, NULL);
            put(ws, row, 6, f->stated, NULL);
            put(ws, row, 7, f->computed, NULL);
            put(ws, row, 8, f->msg, NULL);
        }
    worksheet_autofilter(ws, 0, 0, row > 1 ? row - 1 : 1, 8);
}

/* Writes a workbook report to `path` (here: the temporary file). */
typedef int (*book_writer)(const char *path, const jxau_result *res, size_t n, jx_lang lang,
                           char *err, size_t cap);

/*
 * A workbook report written safely: into the temporary file beside it,
 * read back with the audit's own reader (a zip cut short by a full disk is
 * not always reported by the writer), then moved into place.
 */
static int report_book(const char *path, book_writer write, const jxau_result *res, size_t n,
                       jx_lang lang, int replace, char *err, size_t cap)
{
    out_file o;
    int fd;
    xlsx_book *check;

    if (out_begin(&o, path, replace, lang, &fd, err, cap) < 0)
        return -1;
    close(fd);                       /* libxlsxwriter writes the file by its name */
    if (write(o.tmp, res, n, lang, err, cap) < 0) {
        out_abort(&o);
        return -1;
    }
    if ((check = xlsx_open_lang(o.tmp, lang, NULL, err, cap)) == NULL) {
        char why[XLSX_ERR_MAX];
        snprintf(why, sizeof why, "%s", err);
        jxau_msg_format(err, cap, lang, JXAU_WM_WRITE, path, why);
        out_abort(&o);
        return -1;
    }
    xlsx_close(check);
    return out_commit(&o, err, cap);
}

/* The findings workbook (--xlsx): 汇总/Summary and 问题/Findings. */
static int findings_book(const char *path, const jxau_result *res, size_t n, jx_lang lang,
                         char *err, size_t cap)
{
    lxw_workbook *wb;
    lxw_format *bold, *num;
    lxw_error e;

    if ((wb = workbook_new(path)) == NULL) {
        jxau_msg_format(err, cap, lang, JXAU_WM_CREATE, path);
        return -1;
    }
    /* marks the file as a report, so that --force may replace it later */
    workbook_set_custom_property_string(wb, JXAU_REPORT_PROPERTY, JIXIAO_VERSION);
    bold = workbook_add_format(wb);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xDDEBF7);
    num = workbook_add_format(wb);
    format_set_num_format(num, "0.00");
    summary_sheet(wb, res, n, lang, bold, num);
    findings_sheet(wb, res, n, lang, bold);
    e = workbook_close(wb);
    if (e != LXW_NO_ERROR) {
        jxau_msg_format(err, cap, lang, JXAU_WM_WRITE, path, lxw_strerror(e));
        return -1;
    }
    return 0;
}

int jxau_report_xlsx(const char *path, const jxau_result *res, size_t n, jx_lang lang, int replace,
                    char *err, size_t cap)
{
    return report_book(path, findings_book, res, n, lang, replace, err, cap);
}

int jxau_write_xlsx(const char *path, const jxau_result *res, size_t n, jx_lang lang,
                   char *err, size_t cap)
{
    return jxau_report_xlsx(path, res, n, lang, 1, err, cap);
}

/* ------------------------------------------------------------------ */
/* recognising a report                                                 */

static int csv_is_report(const char *path)
{
    char line[512];
    FILE *f = fopen(path, "rb");
    int yes = 0;

    if (f == NULL)
        return 0;
    if (fgets(line, sizeof line, f)) {
        for (int l = 0; l < 2 && !yes; l++) {
            char want[512];
            size_t o = (size_t)snprintf(want, sizeof want, "\xEF\xBB\xBF");
            for (int i = 0; i < CSV_COLS; i++)
                o += (size_t)snprintf(want + o, sizeof want - o, "%s%s",
                                      (l ? csv_head_en : csv_head_zh)[i], i + 1 < CSV_COLS ? "," : "\r\n");
            yes = strcmp(line, want) == 0;
        }
    }
    fclose(f);
    return yes;
}

static int xlsx_is_report(const char *path)
{
    char err[XLSX_ERR_MAX];
    xlsx_book *b = xlsx_open(path, err, sizeof err);
    int yes = 0;

    if (b == NULL)
        return 0;
    if (xlsx_prop_get(b, JXAU_REPORT_PROPERTY)) {
        yes = 1;
    } else if (xlsx_sheet_count(b) == 2) {
        /* a report of an earlier version: exactly the two report sheets */
        const char *a = xlsx_sheet_at(b, 0)->name, *c = xlsx_sheet_at(b, 1)->name;
        yes = (strcmp(a, "汇总") == 0 && strcmp(c, "问题") == 0) ||
              (strcmp(a, "Summary") == 0 && strcmp(c, "Findings") == 0);
    }
    xlsx_close(b);
    return yes;
}

int jxau_is_report(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return 0;
    return csv_is_report(path) || xlsx_is_report(path);
}

int jxau_report_summary(const char *path, const jxau_result *res, size_t n, jx_lang lang,
                       int replace, char *err, size_t cap)
{
    return report_book(path, jxau_write_summary, res, n, lang, replace, err, cap);
}
