/*
 * pictures.h - the 汇总 charts as PNG pictures for a written report.
 *
 * Rendered by headless LibreOffice (already what the project tests and
 * demonstrates with), not by a plotting library of our own: each chart is
 * written alone into a workbook (summary.h: jxau_write_chart_book), the
 * office prints the workbooks to PDF in one run, and pdftoppm (poppler)
 * turns each first page into a PNG.  So the pictures are the very charts
 * the bureau sees in the 汇总 workbook.
 */
#ifndef JX_AUDIT_PICTURES_H
#define JX_AUDIT_PICTURES_H

#include <stddef.h>

#include "audit.h"

/* Most seconds the office and pdftoppm may take, together. */
#define JXAU_PICTURES_TIMEOUT 240

/*
 * Write DIR/grades.png, DIR/scores.png and DIR/exec-rate.png.  DIR must be
 * an existing folder; a picture that exists is replaced only with `force`.
 * Work files live in a temporary folder inside DIR, removed afterwards.
 * The office is `soffice` on PATH, or $JIXIAO_SOFFICE.  Returns 0, or -1
 * with a one-line reason in err (nothing half-written is left in DIR).
 */
int jxau_write_pictures(const char *dir, const jxau_result *res, size_t n, jx_lang lang, int force,
                       char *err, size_t cap);

#endif
