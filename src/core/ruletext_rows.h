/*
 * ruletext_rows.h - 评扣分标准 cells that are table rows run together
 * (private to the core; docs/RULES.md, "Table rows run together (g10)").
 *
 * Some tables print the condition in one column and the points in the
 * next; copied into one cell the columns are joined by a blank and the
 * rows by line breaks:
 *   "固定资产价值大于10万元设备完好率100% 10\n…完好率≥90% 按比例计算得分\n
 *    …完好率<90% 0"          (bpc04-01)
 *   "资产设备是否按规定粘贴资产标签? 2"          (bpc04-07)
 * A POINTS COLUMN is a line whose last token, after a blank, is a bare
 * number (no 分, no unit), with a condition before the blank that does not
 * end in an outcome verb ("扣 0.5" is a wrapped "扣0.5分", not a column);
 * a remark column after the points may follow when it is a scope note
 * with no number ("重大改造、建设项目除外").  These functions only find
 * the layout; ruletext.c reads each row's condition as any other (a row
 * whose condition does not read refuses the sentence).
 */
#ifndef JIXIAO_RULETEXT_ROWS_H
#define JIXIAO_RULETEXT_ROWS_H

#include <stddef.h>

/*
 * Does the line s[a..b) (no line break inside) end in a points column?
 * 1 with *pts the points and *cend the end of the condition before them
 * (the remark column, if any, is left out); 0 otherwise.
 */
int jx_rows_points(const char *s, size_t a, size_t b, double *pts, size_t *cend);

/*
 * Is s[0..len) laid out as table rows: at least two of its lines end in a
 * points column?  Then every line break ends a clause (a row), and a
 * row's points column is its outcome (POINTS).
 */
int jx_rows_layout(const char *s, size_t len);

/*
 * "资产设备是否按规定粘贴资产标签? 2": s[a..b) is one 是否 question ending
 * in a question mark, then its points column.  1 with *pts and *qend (where
 * the question mark starts); 0 otherwise.
 */
int jx_rows_question(const char *s, size_t a, size_t b, double *pts, size_t *qend);

#endif
