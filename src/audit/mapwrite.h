/*
 * mapwrite.h - write the `_jixiao` audit map (docs/AUDIT-MAP.md) into a
 * workbook being written with libxlsxwriter.
 *
 * For jixiao-template (and the audit's own test fixtures): the template
 * calls these while it writes its cells, so that each record names the
 * cells exactly where they were put.
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
 *     jxau_map_very_hide(path);      // libxlsxwriter 1.1.4 writes "hidden"
 *
 * The map sheet is added when jxau_mapw_begin is called: call it after
 * adding the visible sheets so that it is last in the workbook.
 */
#ifndef JX_AUDIT_MAPWRITE_H
#define JX_AUDIT_MAPWRITE_H

#include <stddef.h>
#include <xlsxwriter.h>

/* A map being written. */
typedef struct jxau_mapw {
    lxw_worksheet *ws;
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

/* The sheet named by `sheet=` in the following records (not in meta). */
void jxau_mapw_sheet(jxau_mapw *m, const char *sheet);

/*
 * Write one record: column A `kind`, then the "key=value" strings given,
 * ending with NULL; `sheet=` is written first when a sheet is set and the
 * kind is not meta.  NULL or "" pairs in the middle are not allowed (the
 * list ends at the first NULL).  Values must not contain a TAB or a
 * newline.  Returns 0, or -1 when a value is refused or a write failed.
 */
int jxau_mapw_add(jxau_mapw *m, const char *kind, ...);

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

/*
 * After workbook_close: make the `_jixiao` sheet of the file at `path`
 * very hidden (state="veryHidden", which only a macro or the XML can
 * undo), by rewriting xl/workbook.xml with libxml2 inside the zip with
 * libzip.  Returns 0, or -1 with a one-line reason in err.
 */
int jxau_map_very_hide(const char *path, char *err, size_t cap);

#endif
