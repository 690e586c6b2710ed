/*
 * book.c - xlsx layer over libxlsxwriter 1.1.4 (see book.h).
 */
#include "book.h"
#include "msg.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <jixiao/jixiao.h>

/* Record the first libxlsxwriter error with the sheet and cell it hit. */
static void note_err(tpl_sheet *s, lxw_error e, int row, int col, tpl_msg_id what)
{
    if (e == LXW_NO_ERROR || s->book->diag.code != TPL_OK)
        return;
    tpl_msg_fail(&s->book->diag, TPL_EXIT_WRITE, s->book->path, 0, TPL_M_WRITE_PART, s->name,
                 tpl_msg_text(what),
             row >= 0 ? tpl_cell(row, col).s : "", lxw_strerror(e));
}

static lxw_format *mkfmt(lxw_workbook *wb, const char *font, double size,
                         int bold, int align, int border, int locked)
{
    lxw_format *f = workbook_add_format(wb);
    format_set_font_name(f, font);
    format_set_font_size(f, size);
    if (bold)
        format_set_bold(f);
    format_set_align(f, (uint8_t)align);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(f);
    if (border)
        format_set_border(f, LXW_BORDER_THIN);
    if (!locked)
        format_set_unlocked(f);
    return f;
}

/*
 * Fonts: 宋体 for labels and headings, 仿宋 for what the department types,
 * as the printed tables do.  Sizes in points (五号 = 10.5).
 */
static void make_formats(tpl_book *b)
{
    lxw_workbook *wb = b->wb;
    lxw_format **F = b->fmt;
    const int C = LXW_ALIGN_CENTER, L = LXW_ALIGN_LEFT, R = LXW_ALIGN_RIGHT;

    F[F_TITLE] = mkfmt(wb, "宋体", 18, 1, C, 0, 1);
    F[F_SUBTITLE] = mkfmt(wb, "仿宋", 12, 0, C, 0, 1);
    F[F_NOTE] = mkfmt(wb, "仿宋", 10.5, 0, L, 0, 1);
    F[F_NOTE_R] = mkfmt(wb, "仿宋", 10.5, 0, R, 0, 1);
    F[F_HEAD] = mkfmt(wb, "宋体", 10.5, 1, C, 1, 1);
    F[F_LABEL] = mkfmt(wb, "宋体", 10.5, 0, C, 1, 1);
    F[F_LABEL_L] = mkfmt(wb, "宋体", 10.5, 0, L, 1, 1);
    F[F_CONST_NUM] = mkfmt(wb, "宋体", 10.5, 0, C, 1, 1);
    F[F_CONST_MONEY] = mkfmt(wb, "宋体", 10.5, 0, C, 1, 1);
    format_set_num_format(F[F_CONST_MONEY], "0.00");
    F[F_CONST_PCT] = mkfmt(wb, "宋体", 10.5, 0, C, 1, 1);
    format_set_num_format(F[F_CONST_PCT], "0.00%");
    F[F_IN_TEXT] = mkfmt(wb, "仿宋", 10.5, 0, L, 1, 0);
    F[F_IN_TEXT_C] = mkfmt(wb, "仿宋", 10.5, 0, C, 1, 0);
    F[F_IN_NUM] = mkfmt(wb, "仿宋", 10.5, 0, C, 1, 0);
    F[F_IN_MONEY] = mkfmt(wb, "仿宋", 10.5, 0, C, 1, 0);
    format_set_num_format(F[F_IN_MONEY], "0.00");
    F[F_IN_PCT] = mkfmt(wb, "仿宋", 10.5, 0, C, 1, 0);
    format_set_num_format(F[F_IN_PCT], "0.00%");
    F[F_OUT_NUM] = mkfmt(wb, "宋体", 10.5, 0, C, 1, 1);
    F[F_OUT_MONEY] = mkfmt(wb, "宋体", 10.5, 0, C, 1, 1);
    format_set_num_format(F[F_OUT_MONEY], "0.00");
    F[F_OUT_PCT] = mkfmt(wb, "宋体", 10.5, 0, C, 1, 1);
    format_set_num_format(F[F_OUT_PCT], "0.00%");
    F[F_OUT_TEXT] = mkfmt(wb, "宋体", 10.5, 1, C, 1, 1);
    F[F_CHECK] = mkfmt(wb, "宋体", 9, 0, L, 1, 1);
    format_set_font_color(F[F_CHECK], 0xC00000);
    F[F_SUMMARY] = mkfmt(wb, "宋体", 10.5, 1, L, 1, 1);
    format_set_font_color(F[F_SUMMARY], 0xC00000);
    /* Helper cells: locked and their formulas hidden under protection. */
    F[F_HELPER] = mkfmt(wb, "宋体", 9, 0, C, 0, 1);
    format_set_hidden(F[F_HELPER]);
    F[F_BAD] = workbook_add_format(wb);
    format_set_bg_color(F[F_BAD], 0xFFC7CE);
    format_set_font_color(F[F_BAD], 0x9C0006);
}

int tpl_book_open(tpl_book *b, const char *path, const char *tmpdir,
              tpl_formulas formulas, tpl_diag *d)
{
    lxw_workbook_options opt;

    memset(b, 0, sizeof *b);
    memset(&opt, 0, sizeof opt);
    opt.tmpdir = (char *)tmpdir;
    b->path = path;
    b->formulas = formulas;
    b->wb = workbook_new_opt(path, &opt);
    if (b->wb == NULL)
        return tpl_msg_fail(d, TPL_EXIT_WRITE, path, 0, TPL_M_NO_WORKBOOK);
    make_formats(b);
    return TPL_OK;
}

static void book_map_begin(tpl_book *b);

tpl_sheet *tpl_book_sheet(tpl_book *b, const char *name)
{
    tpl_sheet *s;

    if (b->nsheets >= (int)(sizeof b->sheets / sizeof b->sheets[0])) {
        tpl_msg_fail(&b->diag, TPL_EXIT_INTERNAL, b->path, 0, TPL_M_TOO_MANY_SHEETS);
        return NULL;
    }
    s = &b->sheets[b->nsheets++];
    memset(s, 0, sizeof *s);
    s->book = b;
    s->name = name;
    for (int i = 0; i < TPL_COLS_MAX; i++)
        s->colw[i] = 8.43;   /* Excel's default width */
    s->ws = workbook_add_worksheet(b->wb, name);
    if (s->ws == NULL) {
        tpl_msg_fail(&b->diag, TPL_EXIT_WRITE, b->path, 0, TPL_M_NO_SHEET, name);
        return NULL;
    }
    /* The map follows the table's own sheet (the audit expects sheet1 = the table). */
    if (b->nsheets == 1)
        book_map_begin(b);
    return s;
}

/* The _jixiao map sheet, right after the table's own sheet (book.h). */
static void book_map_begin(tpl_book *b)
{
    tpl_sheet *s;

    if (b->map || b->map_table == NULL)
        return;
    s = tpl_book_sheet(b, "_jixiao");
    if (s == NULL)
        return;
    b->map = s;
    /* "hidden" here; made "veryHidden" after closing (veryhide.c). */
    worksheet_hide(s->ws);
    worksheet_protect(s->ws, NULL, NULL);
    if (jxau_mapw_attach(&b->mapw, s->ws, b->fmt[F_HELPER], b->map_table, JIXIAO_VERSION) < 0)
        tpl_msg_fail(&b->diag, TPL_EXIT_WRITE, b->path, 0, TPL_M_NO_MAP_SHEET);
}

void tpl_book_map(tpl_book *b, const char *kind, ...)
{
    va_list ap;
    int rc;

    if (b->map == NULL)
        return;
    va_start(ap, kind);
    rc = jxau_mapw_addv(&b->mapw, kind, ap);
    va_end(ap);
    if (rc < 0 && b->diag.code == TPL_OK)
        tpl_msg_fail(&b->diag, TPL_EXIT_INTERNAL, b->path, 0, TPL_M_MAP_RECORD, kind);
}

const char *tpl_kv(char *buf, size_t cap, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, cap, fmt, ap);
    va_end(ap);
    return buf;
}

/* Record a formula cell in the map (not the helper sheets' own). */
static void map_formula(tpl_sheet *s, int row, int col, const char *formula)
{
    tpl_book *b = s->book;
    char k1[300], k2[64], k3[FML_MAX + 8];

    if (b->map == NULL || s == b->map || s == b->lists)
        return;
    tpl_book_map(b, "formula", tpl_kv(k1, sizeof k1, "sheet=%s", s->name),
             tpl_kv(k2, sizeof k2, "cell=%s", tpl_cell(row, col).s),
             tpl_kv(k3, sizeof k3, "f=%s", formula[0] == '=' ? formula + 1 : formula), (char *)NULL);
}

/* The hidden, protected helper sheet of drop-down lists, created on first use. */
static tpl_sheet *book_lists(tpl_book *b)
{
    if (b->lists == NULL) {
        b->lists = tpl_book_sheet(b, "lists");
        if (b->lists == NULL)
            return NULL;
        worksheet_hide(b->lists->ws);
        worksheet_protect(b->lists->ws, NULL, NULL);
    }
    return b->lists;
}

void tpl_book_define_list(tpl_book *b, const char *name, int col,
                      const char *const *items, const double *lo,
                      const double *hi, int n)
{
    tpl_sheet *s = book_lists(b);
    char ref[64];

    if (s == NULL)
        return;
    for (int i = 0; i < n; i++) {
        tpl_put_text(s, i, col, items[i], F_HELPER);
        if (lo)
            tpl_put_num(s, i, col + 1, lo[i], F_HELPER);
        if (hi)
            tpl_put_num(s, i, col + 2, hi[i], F_HELPER);
    }
    snprintf(ref, sizeof ref, "=lists!$%c$1:$%c$%d", 'A' + col, 'A' + col, n);
    if (workbook_define_name(b->wb, name, ref) != LXW_NO_ERROR)
        tpl_msg_fail(&b->diag, TPL_EXIT_WRITE, b->path, 0, TPL_M_NO_NAME, name);
    if (lo) {
        char nm[64];
        snprintf(nm, sizeof nm, "%s_lo", name);
        snprintf(ref, sizeof ref, "=lists!$%c$1:$%c$%d", 'B' + col, 'B' + col, n);
        workbook_define_name(b->wb, nm, ref);
        snprintf(nm, sizeof nm, "%s_hi", name);
        snprintf(ref, sizeof ref, "=lists!$%c$1:$%c$%d", 'C' + col, 'C' + col, n);
        workbook_define_name(b->wb, nm, ref);
    }
}

void tpl_book_properties(tpl_book *b, const char *title, const char *unit,
                     const char *year, const char *comments)
{
    lxw_doc_properties p;

    memset(&p, 0, sizeof p);
    p.title = (char *)title;
    p.subject = (char *)(unit ? unit : "");
    p.company = (char *)(unit ? unit : "");
    p.keywords = (char *)(year ? year : "");
    p.category = (char *)"预算绩效管理";
    p.author = (char *)"jixiao-template";
    p.comments = (char *)(comments ? comments : "");
    workbook_set_properties(b->wb, &p);
    if (unit && *unit)
        workbook_set_custom_property_string(b->wb, "单位", unit);
    if (year && *year)
        workbook_set_custom_property_string(b->wb, "年度", year);
}

int tpl_book_close(tpl_book *b, tpl_diag *d)
{
    lxw_error e = workbook_close(b->wb);

    b->wb = NULL;
    if (b->diag.code != TPL_OK) {
        *d = b->diag;
        return d->code;
    }
    if (e != LXW_NO_ERROR)
        return tpl_msg_fail(d, TPL_EXIT_WRITE, b->path, 0, TPL_M_CLOSE_FAILED, lxw_strerror(e));
    return TPL_OK;
}

/* --- cells ------------------------------------------------------------ */

tpl_a1 tpl_cell(int row, int col)
{
    tpl_a1 a;
    lxw_rowcol_to_cell(a.s, (lxw_row_t)row, (lxw_col_t)col);
    return a;
}

tpl_a1 tpl_acell(int row, int col)
{
    tpl_a1 a;
    lxw_rowcol_to_cell_abs(a.s, (lxw_row_t)row, (lxw_col_t)col, 1, 1);
    return a;
}

/*
 * Display width of UTF-8 text in column-width units: a CJK character is
 * about two digits wide, other characters about one.
 */
static double text_units(const char *t)
{
    double u = 0;
    for (const unsigned char *p = (const unsigned char *)t; *p; p++) {
        if (*p < 0x80)
            u += 1.1;
        else if (*p >= 0xC0)
            u += *p >= 0xE0 ? 2.0 : 1.1;
    }
    return u;
}

/* Remember a single-row text so tpl_sheet_finish() can size its row. */
static void note_text(tpl_sheet *s, int row, int c1, int c2, const char *text)
{
    if (!text || !*text || row >= TPL_ROWS_MAX || c2 >= TPL_COLS_MAX ||
        s->ntexts >= (int)(sizeof s->text / sizeof s->text[0]))
        return;
    s->text[s->ntexts].row = (short)row;
    s->text[s->ntexts].c1 = (short)c1;
    s->text[s->ntexts].c2 = (short)c2;
    s->text[s->ntexts].units = (float)text_units(text);
    s->ntexts++;
}

tpl_a1 tpl_colabs(int row, int col)
{
    tpl_a1 a;
    lxw_rowcol_to_cell_abs(a.s, (lxw_row_t)row, (lxw_col_t)col, 0, 1);
    return a;
}

void tpl_put_text(tpl_sheet *s, int row, int col, const char *text, tpl_fmt f)
{
    lxw_error e;
    /* worksheet_write_string stores a shared string: "=1+1" stays text. */
    if (text == NULL || *text == '\0')
        e = worksheet_write_blank(s->ws, (lxw_row_t)row, (lxw_col_t)col, s->book->fmt[f]);
    else
        e = worksheet_write_string(s->ws, (lxw_row_t)row, (lxw_col_t)col, text, s->book->fmt[f]);
    note_err(s, e, row, col, TPL_M_PART_TEXT);
    if (f != F_TITLE && f != F_HELPER)
        note_text(s, row, col, col, text);
}

void tpl_put_num(tpl_sheet *s, int row, int col, double v, tpl_fmt f)
{
    note_err(s, worksheet_write_number(s->ws, (lxw_row_t)row, (lxw_col_t)col, v,
                                       s->book->fmt[f]), row, col, TPL_M_PART_NUMBER);
}

static int overlaps(const tpl_range *a, int r1, int c1, int r2, int c2)
{
    return !(r2 < a->r1 || r1 > a->r2 || c2 < a->c1 || c1 > a->c2);
}

void tpl_put_merge(tpl_sheet *s, int r1, int c1, int r2, int c2,
               const char *text, tpl_fmt f)
{
    if (r1 == r2 && c1 == c2) {
        tpl_put_text(s, r1, c1, text, f);
        return;
    }
    for (int i = 0; i < s->nmerges; i++) {
        if (overlaps(&s->merge[i], r1, c1, r2, c2)) {
            tpl_msg_fail(&s->book->diag, TPL_EXIT_INTERNAL, s->book->path, 0, TPL_M_MERGE_OVERLAP,
                         s->name, tpl_cell(r1, c1).s, tpl_cell(r2, c2).s);
            return;
        }
    }
    if (s->nmerges >= TPL_MERGES_MAX) {
        tpl_msg_fail(&s->book->diag, TPL_EXIT_INTERNAL, s->book->path, 0, TPL_M_TOO_MANY_MERGES);
        return;
    }
    s->merge[s->nmerges++] = (tpl_range){r1, c1, r2, c2};
    if (r1 == r2 && f != F_TITLE)
        note_text(s, r1, c1, c2, text);
    note_err(s, worksheet_merge_range(s->ws, (lxw_row_t)r1, (lxw_col_t)c1,
                                      (lxw_row_t)r2, (lxw_col_t)c2,
                                      text ? text : "", s->book->fmt[f]),
             r1, c1, TPL_M_PART_MERGE);
}

void tpl_put_blank(tpl_sheet *s, int row, int col, tpl_fmt f)
{
    note_err(s, worksheet_write_blank(s->ws, (lxw_row_t)row, (lxw_col_t)col,
                                      s->book->fmt[f]), row, col, TPL_M_PART_BLANK_INPUT);
}

void tpl_put_fnum(tpl_sheet *s, int row, int col, const char *formula, double v,
              tpl_fmt f)
{
    note_err(s, worksheet_write_formula_num(s->ws, (lxw_row_t)row, (lxw_col_t)col,
                                            formula, s->book->fmt[f], v),
             row, col, TPL_M_PART_FORMULA);
    map_formula(s, row, col, formula);
}

void tpl_put_fstr(tpl_sheet *s, int row, int col, const char *formula,
              const char *v, tpl_fmt f)
{
    note_err(s, worksheet_write_formula_str(s->ws, (lxw_row_t)row, (lxw_col_t)col,
                                            formula, s->book->fmt[f], v),
             row, col, TPL_M_PART_FORMULA);
    map_formula(s, row, col, formula);
}

void tpl_put_fval(tpl_sheet *s, int row, int col, const char *formula,
              const tpl_val *v, tpl_fmt f)
{
    if (v->is_num)
        tpl_put_fnum(s, row, col, formula, v->num, f);
    else
        tpl_put_fstr(s, row, col, formula, v->str, f);
}

tpl_val tpl_val_num(double x)
{
    tpl_val v;
    v.is_num = 1;
    v.num = x;
    v.str[0] = '\0';
    return v;
}

tpl_val tpl_val_str(const char *str)
{
    tpl_val v;
    v.is_num = 0;
    v.num = 0;
    snprintf(v.str, sizeof v.str, "%s", str);
    return v;
}

/* --- validation, conditional formats, page ------------------------------ */

void tpl_valid_decimal(tpl_sheet *s, int r1, int c1, int r2, int c2, double lo,
                   double hi, const char *hi_formula, const char *title,
                   const char *message)
{
    lxw_data_validation v;

    memset(&v, 0, sizeof v);
    v.validate = LXW_VALIDATION_TYPE_DECIMAL;
    v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    v.minimum_number = lo;
    v.maximum_number = hi;
    if (hi_formula) {
        v.validate = LXW_VALIDATION_TYPE_DECIMAL_FORMULA;
        v.minimum_formula = (char *)"0";
        v.maximum_formula = (char *)hi_formula;
    }
    v.error_title = (char *)title;
    v.error_message = (char *)message;
    v.input_title = (char *)title;
    v.input_message = (char *)message;
    note_err(s, worksheet_data_validation_range(s->ws, (lxw_row_t)r1, (lxw_col_t)c1,
                                                (lxw_row_t)r2, (lxw_col_t)c2, &v),
             r1, c1, TPL_M_PART_VALIDATION);
}

void tpl_valid_list(tpl_sheet *s, int r1, int c1, int r2, int c2,
                const char *name_formula, const char *message)
{
    lxw_data_validation v;

    memset(&v, 0, sizeof v);
    v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    v.value_formula = (char *)name_formula;
    v.error_title = (char *)tpl_msg_text_in(TPL_M_V_FROM_LIST, TPL_WORKBOOK_LANG);
    v.error_message = (char *)message;
    note_err(s, worksheet_data_validation_range(s->ws, (lxw_row_t)r1, (lxw_col_t)c1,
                                                (lxw_row_t)r2, (lxw_col_t)c2, &v),
             r1, c1, TPL_M_PART_LIST);
}

void tpl_cond_bad(tpl_sheet *s, int r1, int c1, int r2, int c2, const char *formula)
{
    lxw_conditional_format cf;

    memset(&cf, 0, sizeof cf);
    cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
    cf.value_string = (char *)formula;
    cf.format = s->book->fmt[F_BAD];
    note_err(s, worksheet_conditional_format_range(s->ws, (lxw_row_t)r1, (lxw_col_t)c1,
                                                   (lxw_row_t)r2, (lxw_col_t)c2, &cf),
             r1, c1, TPL_M_PART_COND_FORMAT);
}

/* Row heights for wrapped text: lines of 10.5-point text at ~14 points each. */
static void fit_rows(tpl_sheet *s)
{
    double need[TPL_ROWS_MAX] = {0};

    for (int i = 0; i < s->ntexts; i++) {
        double w = 0;
        for (int c = s->text[i].c1; c <= s->text[i].c2; c++)
            w += s->colw[c];
        w = w > 2 ? w - 1 : 1;                  /* cell padding */
        int lines = (int)(s->text[i].units / w) + 1;
        double h = lines > 1 ? lines * 14.0 + 2 : 0;
        if (h > need[s->text[i].row])
            need[s->text[i].row] = h;
    }
    for (int r = 0; r < TPL_ROWS_MAX; r++) {
        double h = need[r] > s->rowh[r] ? need[r] : s->rowh[r];
        if (h > 0)
            note_err(s, worksheet_set_row(s->ws, (lxw_row_t)r, h, NULL), r, 0, TPL_M_PART_ROW_HEIGHT);
    }
}

void tpl_sheet_finish(tpl_sheet *s, int rep1, int rep2, const char *password)
{
    lxw_protection p;

    fit_rows(s);
    worksheet_set_paper(s->ws, 9);          /* A4 */
    worksheet_set_landscape(s->ws);
    worksheet_fit_to_pages(s->ws, 1, 0);    /* one page wide, as tall as needed */
    worksheet_set_margins(s->ws, 0.5, 0.5, 0.6, 0.7);
    worksheet_center_horizontally(s->ws);
    if (rep1 >= 0)
        note_err(s, worksheet_repeat_rows(s->ws, (lxw_row_t)rep1, (lxw_row_t)rep2),
                 -1, 0, TPL_M_PART_PRINT_TITLES);
    note_err(s, worksheet_set_footer(s->ws, "&C第 &P 页 共 &N 页"), -1, 0, TPL_M_PART_FOOTER);
    memset(&p, 0, sizeof p);
    p.format_columns = 1;   /* widening a column or row harms nothing */
    p.format_rows = 1;
    worksheet_protect(s->ws, password, &p);
}

void tpl_col_width(tpl_sheet *s, int c1, int c2, double width)
{
    for (int c = c1; c <= c2 && c < TPL_COLS_MAX; c++)
        s->colw[c] = width;
    note_err(s, worksheet_set_column(s->ws, (lxw_col_t)c1, (lxw_col_t)c2, width, NULL),
             -1, 0, TPL_M_PART_COL_WIDTH);
}

void tpl_col_hide(tpl_sheet *s, int c1, int c2)
{
    lxw_row_col_options o;
    memset(&o, 0, sizeof o);
    o.hidden = 1;
    note_err(s, worksheet_set_column_opt(s->ws, (lxw_col_t)c1, (lxw_col_t)c2, 10, NULL, &o),
             -1, 0, TPL_M_PART_HIDDEN_COLS);
}

void tpl_row_height(tpl_sheet *s, int row, double points)
{
    /* Applied by tpl_sheet_finish(), together with the heights texts need. */
    if (row >= 0 && row < TPL_ROWS_MAX)
        s->rowh[row] = points;
    else
        note_err(s, worksheet_set_row(s->ws, (lxw_row_t)row, points, NULL), row, 0, TPL_M_PART_ROW_HEIGHT);
}

const char *tpl_fml(tpl_sheet *s, char *buf, size_t cap, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(buf, cap, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= cap)
        tpl_msg_fail(&s->book->diag, TPL_EXIT_INTERNAL, s->book->path, 0,
                     TPL_M_FORMULA_TOO_LONG, n);
    return buf;
}
