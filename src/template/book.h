/*
 * book.h - the xlsx layer: one workbook with its shared formats, sheets
 * with merge tracking, and cells written the way every table needs them
 * (labels locked, inputs unlocked and written even when blank, formulas
 * always with their cached value).
 *
 * Errors from libxlsxwriter or from a table (two merges overlapping) are
 * remembered in the book and reported once when the book is closed, so
 * table code stays a straight list of cell writes.
 */
#ifndef TPL_BOOK_H
#define TPL_BOOK_H

#include <stddef.h>
#include <xlsxwriter.h>
#include "diag.h"
#include "mapwrite.h"   /* src/audit: the one _jixiao map writer */

/* Which formulas the tables write. */
typedef enum tpl_formulas {
    TPL_FORMULAS_PORTABLE = 0,   /* IF/ROUND/MIN/SUM/INDEX/MATCH only      */
    TPL_FORMULAS_ADDIN           /* ORG.JIXIAO.FUNCTIONS.* (the Calc add-in) */
} tpl_formulas;

/* The formats every table uses; created once per workbook. */
typedef enum tpl_fmt {
    F_TITLE, F_SUBTITLE, F_NOTE, F_NOTE_R,
    F_HEAD, F_LABEL, F_LABEL_L,            /* locked text, centred / left    */
    F_CONST_NUM, F_CONST_MONEY, F_CONST_PCT, /* locked numbers               */
    F_IN_TEXT, F_IN_TEXT_C, F_IN_NUM, F_IN_MONEY, F_IN_PCT, /* unlocked inputs */
    F_OUT_NUM, F_OUT_MONEY, F_OUT_PCT, F_OUT_TEXT, /* locked formula results */
    F_CHECK, F_SUMMARY, F_HELPER,
    F_BAD,                                  /* conditional highlight         */
    F__COUNT
} tpl_fmt;

#define TPL_MERGES_MAX 512

typedef struct tpl_range {
    int r1, c1, r2, c2;
} tpl_range;

typedef struct tpl_book tpl_book;

#define TPL_ROWS_MAX 320
#define TPL_COLS_MAX 16

/*
 * One worksheet, the merges written on it so far, and what row heights its
 * texts need: neither libxlsxwriter nor LibreOffice grows a row for
 * wrapped text in a file, so tpl_sheet_finish() sets them from the text widths.
 */
typedef struct tpl_sheet {
    tpl_book *book;
    lxw_worksheet *ws;
    const char *name;
    int nmerges;
    tpl_range merge[TPL_MERGES_MAX];
    double colw[TPL_COLS_MAX];         /* column widths (character units) */
    double rowh[TPL_ROWS_MAX];         /* explicit row heights, 0: none   */
    int ntexts;
    struct { short row, c1, c2; float units; } text[TPL_ROWS_MAX * 2];
} tpl_sheet;

struct tpl_book {
    lxw_workbook *wb;
    const char *path;
    tpl_formulas formulas;
    lxw_format *fmt[F__COUNT];
    tpl_diag diag;            /* first error, TPL_OK when none */
    tpl_sheet *lists;         /* hidden helper sheet, or NULL  */
    tpl_sheet *map;           /* the _jixiao audit map, or NULL */
    const char *map_table;    /* table name for the map header */
    jxau_mapw mapw;            /* the map's writer (mapwrite.h)  */
    tpl_sheet sheets[4];
    int nsheets;
};

/*
 * Start a workbook written to `path` (the caller's temporary name) with
 * temporary files in `tmpdir` (NULL: libxlsxwriter's default).  Creates the
 * formats.  Returns TPL_OK or TPL_EXIT_WRITE with d filled.
 */
int tpl_book_open(tpl_book *b, const char *path, const char *tmpdir,
              tpl_formulas formulas, tpl_diag *d);

/* Add a visible worksheet named `name` (UTF-8). NULL on error (in b->diag). */
tpl_sheet *tpl_book_sheet(tpl_book *b, const char *name);

/*
 * Put `items` into column `col` of the hidden, protected helper sheet
 * (created on first use; lists are referred to by defined names: inline
 * lists with Chinese items abort libxlsxwriter 1.1.4 above ~255 bytes) and define `name` as
 * that range; numbers in `lo`/`hi` (may be NULL) go into the next columns
 * for INDEX/MATCH.  Used once per list.
 */
void tpl_book_define_list(tpl_book *b, const char *name, int col,
                      const char *const *items, const double *lo,
                      const double *hi, int n);

/*
 * The audit map (docs/AUDIT-MAP.md) is a hidden, protected sheet `_jixiao`
 * describing cells by role for jixiao-audit.  Set b->map_table before the
 * first sheet is added and the map sheet follows it; from then on every
 * formula written is recorded ("formula", sheet, cell, f=) automatically.
 *
 * One map record: kind, then "key=value" texts, NULL-terminated, written
 * by jxau_mapw_addv (TABs and newlines in values become spaces).  A record
 * the writer refuses fails the workbook (TPL_EXIT_INTERNAL).
 */
void tpl_book_map(tpl_book *b, const char *kind, ...);

/* "key=value" into buf, printf-style; returns buf. */
const char *tpl_kv(char *buf, size_t cap, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Title, subject (unit), keywords (year) and custom 单位/年度 properties. */
void tpl_book_properties(tpl_book *b, const char *title, const char *unit,
                     const char *year, const char *comments);

/*
 * Close the workbook (writing the file).  Returns the first error seen
 * while building, or the close error, with d filled; TPL_OK otherwise.
 */
int tpl_book_close(tpl_book *b, tpl_diag *d);

/* --- cells ------------------------------------------------------------ */

/*
 * A cell reference as text, returned by value (no shared buffer): use
 * tpl_cell(r, c).s within one expression (C11 keeps the returned struct
 * alive to the end of the full expression), or keep the tpl_a1 itself.
 * Never keep the .s pointer of a temporary.
 */
typedef struct tpl_a1 {
    char s[16];            /* "$XFD$1048576" is 12 */
} tpl_a1;

/* "D12" for zero-based row/col. */
tpl_a1 tpl_cell(int row, int col);

/* "$D$12" */
tpl_a1 tpl_acell(int row, int col);

/* "$D12": column fixed, row relative (conditional formats over a block). */
tpl_a1 tpl_colabs(int row, int col);

/* Text (never a formula, even when it starts with '=') in a locked format. */
void tpl_put_text(tpl_sheet *s, int row, int col, const char *text, tpl_fmt f);

/* A number constant. */
void tpl_put_num(tpl_sheet *s, int row, int col, double v, tpl_fmt f);

/* Merge r1..r2 x c1..c2 with text (NULL: blank); refuses overlaps. */
void tpl_put_merge(tpl_sheet *s, int r1, int c1, int r2, int c2,
               const char *text, tpl_fmt f);

/* A blank input cell: written so that its unlocked format sticks. */
void tpl_put_blank(tpl_sheet *s, int row, int col, tpl_fmt f);

/* A formula with a numeric cached value. */
void tpl_put_fnum(tpl_sheet *s, int row, int col, const char *formula, double v,
              tpl_fmt f);

/* A formula with a text cached value ("" for an empty result). */
void tpl_put_fstr(tpl_sheet *s, int row, int col, const char *formula,
              const char *v, tpl_fmt f);

/* Formula cached value: a number or a text. */
typedef struct tpl_val {
    int is_num;
    double num;
    char str[256];
} tpl_val;

/* put_fnum or put_fstr by the kind of v. */
void tpl_put_fval(tpl_sheet *s, int row, int col, const char *formula,
              const tpl_val *v, tpl_fmt f);

tpl_val tpl_val_num(double x);
tpl_val tpl_val_str(const char *s);

/* --- validation, conditional formats, page ------------------------------ */

/* Decimal input between lo and hi (hi_formula overrides hi when not NULL). */
void tpl_valid_decimal(tpl_sheet *s, int r1, int c1, int r2, int c2, double lo,
                   double hi, const char *hi_formula, const char *title,
                   const char *message);

/* Drop-down from a defined name ("=jx_levels"). */
void tpl_valid_list(tpl_sheet *s, int r1, int c1, int r2, int c2,
                const char *name_formula, const char *message);

/* Highlight r1..r2 x c1..c2 with F_BAD where `formula` (relative to r1,c1) is true. */
void tpl_cond_bad(tpl_sheet *s, int r1, int c1, int r2, int c2, const char *formula);

/*
 * A4 landscape, one page wide, rows `rep1..rep2` repeated (-1: none),
 * 第 N 页 共 M 页 footer, centred, sheet protected with `password` (NULL
 * for none) allowing only row/column formatting and selection.
 */
void tpl_sheet_finish(tpl_sheet *s, int rep1, int rep2, const char *password);

/* Column widths in character units; CJK characters count two. */
void tpl_col_width(tpl_sheet *s, int c1, int c2, double width);

/* Hide columns c1..c2 (helper columns next to a table). */
void tpl_col_hide(tpl_sheet *s, int c1, int c2);

/* Row height in points. */
void tpl_row_height(tpl_sheet *s, int row, double points);

/* printf into a formula buffer; records an internal error on overflow. */
const char *tpl_fml(tpl_sheet *s, char *buf, size_t cap, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#define FML_MAX 2048

#endif
