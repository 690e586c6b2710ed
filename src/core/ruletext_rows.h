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
 * "资产设备是否按规定粘贴资产标签? 2": s[a..b) is one 是否 question (a
 * question mark, if any, ends it), then its points column.  1 with *pts and
 * *qend (where the question ends); 0 otherwise.  Without this reading
 * "…粘贴资产标签 2" was a lone bound "≥2: full points".
 */
int jx_rows_question(const char *s, size_t a, size_t b, double *pts, size_t *qend);



/*
 * Grade words (优秀 良好 一般 差 合格 …): a clause that is one of them and
 * bare points ("优秀10分,良好6分,一般2分,差0分", bpc05-01) is a level and
 * its points, not an item heading with its points ("出租屋巡查2分").
 */
extern const char *const jx_rw_grade[];
extern const size_t jx_rw_grade_n;

/* Is s[a..b) exactly one grade word (blanks around it allowed)? */
int jx_rows_grade(const char *s, size_t a, size_t b);

/*
 * "1)“固定资产管理制度的制定情况”:优秀10分": a quoted heading and a colon
 * at s[a..b)'s start name the item and score nothing.  Where what follows
 * the colon starts, or a when there is no such heading (or nothing after
 * it).
 */
size_t jx_rows_quoted_lead(const char *s, size_t a, size_t b);

/*
 * Is the byte at `at` inside a quotation “…” that closes later in
 * s[0..len)?  A comma there is part of the quoted name ("“固定资产台账,
 * 卡片式账的登记情况”"), not a clause separator.
 */
int jx_rows_in_quote(const char *s, size_t len, size_t at);

/*
 * "项目建设进度与计划的符合程度": a heading naming a measure as a verb and
 * 程度 (how far something 符合 / 完成 / 相符).  Where that verb (two
 * characters) starts in s[a..b), *wlen its bytes; b when the heading is not
 * so.  The rows under it may repeat the verb after their bound ("100%符合:
 * 5分", bpf04-05): the same measure, no other condition.
 */
size_t jx_rows_measure_verb(const char *s, size_t a, size_t b, size_t *wlen);

/*
 * Is the blank run s[i..j) of the raw sentence a column gap, to keep when
 * blanks between numbers and ideographs are dropped ("扣 4 分" is "扣4分")?
 * Before a number that ends its line ("…粘贴资产标签 2", "…完好率很高 10"),
 * or after a number that itself follows a blank and a bound ("…≥1 20 重大
 * 改造、建设项目除外": the points, then a remark column).
 */
int jx_rows_column_gap(const char *s, size_t i, size_t j, size_t len);

/*
 * Does the NUL-terminated t (a level's label or words) hold a grade word
 * and its points ("…登记情况:优秀10分,良好")?  Then a grade nobody read was
 * taken into another level's words, and an actual naming it would score
 * that level (优秀 → 6): the sentence is refused.
 */
int jx_rows_grade_points_in(const char *t);
#endif
