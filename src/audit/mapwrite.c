/*
 * mapwrite.c - writing the `_jixiao` map with libxlsxwriter (see
 * mapwrite.h).  Hiding the sheet afterwards is veryhide.c's job.
 */
#include "mapwrite.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAP_SHEET "_jixiao"

/* Write one cell of the current row; a failure sticks. */
static int put(jxau_mapw *m, lxw_row_t row, lxw_col_t col, const char *text)
{
    if (worksheet_write_string(m->ws, row, col, text, m->fmt) != LXW_NO_ERROR) {
        m->failed = 1;
        return -1;
    }
    return 0;
}

int jxau_mapw_attach(jxau_mapw *m, lxw_worksheet *ws, lxw_format *fmt, const char *table,
                    const char *tool_version)
{
    memset(m, 0, sizeof *m);
    m->ws = ws;
    m->fmt = fmt;
    if (ws == NULL || put(m, 0, 0, "jixiao-map") < 0 || put(m, 0, 1, "1") < 0 ||
        put(m, 0, 2, table ? table : "") < 0 || put(m, 0, 3, tool_version ? tool_version : "") < 0) {
        m->failed = 1;
        return -1;
    }
    m->row = 1;
    return 0;
}

int jxau_mapw_begin(jxau_mapw *m, lxw_workbook *wb, const char *table, const char *tool_version,
                   const char *password)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, MAP_SHEET);

    memset(m, 0, sizeof *m);
    if (ws == NULL)
        return -1;
    worksheet_protect(ws, password, NULL);
    worksheet_hide(ws);
    return jxau_mapw_attach(m, ws, NULL, table, tool_version);
}

void jxau_mapw_sheet(jxau_mapw *m, const char *sheet)
{
    snprintf(m->sheet, sizeof m->sheet, "%s", sheet ? sheet : "");
}

/* Write "key=value" at col with TAB, CR and LF as spaces; -1 when no key. */
static int put_pair(jxau_mapw *m, lxw_col_t col, const char *kv)
{
    const char *eq = strchr(kv, '=');
    char *line;
    int rc;

    if (eq == NULL || eq == kv) {
        m->failed = 1;
        return -1;
    }
    if ((line = strdup(kv)) == NULL) {
        m->failed = 1;
        return -1;
    }
    for (char *p = line; *p; p++)
        if (*p == '\t' || *p == '\r' || *p == '\n')
            *p = ' ';
    rc = put(m, m->row, col, line);
    free(line);
    return rc;
}

int jxau_mapw_addv(jxau_mapw *m, const char *kind, va_list ap)
{
    const char *kv;
    lxw_col_t col = 1;
    char sheet[160];

    if (m->ws == NULL || m->failed || put(m, m->row, 0, kind) < 0)
        return -1;
    if (m->sheet[0] && strcmp(kind, "meta") != 0) {
        snprintf(sheet, sizeof sheet, "sheet=%s", m->sheet);
        if (put_pair(m, col++, sheet) < 0)
            return -1;
    }
    while ((kv = va_arg(ap, const char *)) != NULL)
        if (put_pair(m, col++, kv) < 0)
            return -1;
    m->row++;
    return 0;
}

int jxau_mapw_add(jxau_mapw *m, const char *kind, ...)
{
    va_list ap;
    int rc;
    va_start(ap, kind);
    rc = jxau_mapw_addv(m, kind, ap);
    va_end(ap);
    return rc;
}

/* Call jxau_mapw_add with pairs built here. */
static int add2(jxau_mapw *m, const char *kind, const char *a, const char *b)
{
    return jxau_mapw_add(m, kind, a, b, (const char *)NULL);
}

int jxau_mapw_formula(jxau_mapw *m, lxw_row_t row, lxw_col_t col, const char *formula)
{
    char ref[32], cell[40], *f;
    size_t n;
    int rc;

    if (formula[0] == '=')
        formula++;
    n = strlen(formula) + 3;
    if ((f = malloc(n)) == NULL)
        return -1;
    snprintf(f, n, "f=%s", formula);
    lxw_rowcol_to_cell(ref, row, col);
    snprintf(cell, sizeof cell, "cell=%s", ref);
    rc = add2(m, "formula", cell, f);
    free(f);
    return rc;
}

int jxau_mapw_input(jxau_mapw *m, lxw_row_t row, lxw_col_t col, const char *kind)
{
    char ref[32], cell[40], k[40];
    lxw_rowcol_to_cell(ref, row, col);
    snprintf(cell, sizeof cell, "cell=%s", ref);
    snprintf(k, sizeof k, "kind=%s", kind);
    return add2(m, "input", cell, k);
}
