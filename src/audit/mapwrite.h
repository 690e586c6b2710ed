/*
 * mapwrite.h - the one writer of the `_jixiao` audit map
 * (docs/AUDIT-MAP.md) into a workbook being written with libxlsxwriter.
 *
 * Used by jixiao-template (book.c) and by the audit's test fixtures
 * (tests/audit/mkfixture.c, test_map.c), so that the fixtures hold exactly
 * what the template writes.  It is not linked into jixiao-audit, which only
 * reads maps (map.c).  The writer calls these while it writes its cells,
 * so that each record names the cells exactly where they were put.
 *
 *     jxau_mapw m;
 *     jxau_mapw_begin(&m, wb, "xmzc-zp", JIXIAO_VERSION, password);
 *     jxau_mapw_add(&m, "meta", "unit=衡阳县财政局", "project=…", NULL);
 *     jxau_mapw_sheet(&m, "项目支出绩效自评表");
 *     jxau_mapw_add(&m, "exec", "budget=D7", "spent=E7", "points=F7",
 *                  "rate=G7", "score=H7", "base=budget", NULL);
 *     jxau_mapw_formula(&m, 6, 7, "=IF(G7=\"\",\"\",ROUND(MIN(G7,1)*F7,2))");
 *     jxau_mapw_input(&m, 6, 3, "money");
 *     ... workbook_close(wb) ...
 *     tpl_very_hide(path, path, "_jixiao", &diag);   // src/template/veryhide.h
 *
 * The map sheet is added when jxau_mapw_begin is called: call it after
 * adding the visible sheets so that it is last in the workbook.  It is
 * made "very hidden" after closing by the template's veryhide.c, the only
 * code that does so (libxlsxwriter 1.1.4 writes state="hidden" only).
 */
#ifndef JX_AUDIT_MAPWRITE_H
#define JX_AUDIT_MAPWRITE_H

#include <stdarg.h>
#include <stddef.h>
#include <xlsxwriter.h>

/* A map being written. */
typedef struct jxau_mapw {
    lxw_worksheet *ws;
    lxw_format *fmt;        /* format of every map cell (NULL: none)  */
    lxw_row_t row;          /* next record row (0-based)              */
    char sheet[128];        /* sheet= of the following records        */
    int failed;             /* a write failed; jxau_mapw_add returns -1 */
} jxau_mapw;

/*
 * Add the `_jixiao` sheet to `wb`, write its header row
 * (jixiao-map | 1 | table | tool_version), hide it and protect it with
 * `password` (NULL: no password).  Returns 0, or -1 when libxlsxwriter
 * refuses the sheet (a sheet of that name already exists).
 */
int jxau_mapw_begin(jxau_mapw *m, lxw_workbook *wb, const char *table,
                   const char *tool_version, const char *password);

/*
 * Like jxau_mapw_begin for a map sheet `ws` the caller has already added
 * (and hides and protects itself, as the template does through its own
 * sheet bookkeeping); every map cell gets format `fmt` (NULL: none).
 * Returns 0, or -1 when a header cell could not be written.
 */
int jxau_mapw_attach(jxau_mapw *m, lxw_worksheet *ws, lxw_format *fmt,
                    const char *table, const char *tool_version);

/* The sheet named by `sheet=` in the following records (not in meta). */
void jxau_mapw_sheet(jxau_mapw *m, const char *sheet);

/*
 * Write one record: column A `kind`, then the "key=value" strings given,
 * ending with NULL; `sheet=` is written first when a sheet is set and the
 * kind is not meta.  The list ends at the first NULL.  The map holds one
 * line per value (docs/AUDIT-MAP.md), so a TAB, CR or LF in a value (a
 * unit or project name typed over two lines) is written as one space; a
 * pair without a key before '=' is refused.  Returns 0, or -1 when a pair
 * is refused or a write failed (and every later call returns -1 too).
 */
int jxau_mapw_add(jxau_mapw *m, const char *kind, ...);

/* jxau_mapw_add with the pairs in a va_list (for writers that forward). */
int jxau_mapw_addv(jxau_mapw *m, const char *kind, va_list ap);

/*
 * A `formula` record for the cell at (row, col), 0-based as libxlsxwriter
 * counts, with the formula as the template wrote it (a leading '=' is
 * dropped).  Returns as jxau_mapw_add.
 */
int jxau_mapw_formula(jxau_mapw *m, lxw_row_t row, lxw_col_t col,
                     const char *formula);

/* An `input` record: kind is money, rate, score, count, text or level. */
int jxau_mapw_input(jxau_mapw *m, lxw_row_t row, lxw_col_t col,
                   const char *kind);

#endif
