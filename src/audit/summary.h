/*
 * summary.h - the bureau's 汇总 workbook: every returned workbook in one
 * table for the leadership, every finding linked to its cell, and three
 * native charts (grades, execution rate by unit, score distribution).
 *
 * The workbook is written with libxlsxwriter, so its charts are native
 * chart parts that stay live in Excel, WPS and LibreOffice.  Every total,
 * average and count is a formula (SUBTOTAL / SUMIF / COUNTIFS) over the
 * rows, with the value the audit computed cached beside it, so a filtered
 * or edited table keeps adding up.  Grade thresholds come from the core
 * (jx_grades_default): the chart counts what GRADEBAND grades.
 */
#ifndef JX_AUDIT_SUMMARY_H
#define JX_AUDIT_SUMMARY_H

#include <stddef.h>

#include "audit.h"

/* Sheet names, for tests and for the picture renderer. */
#define JXAU_SUM_SHEET_ZH      "汇总"
#define JXAU_PROBLEM_SHEET_ZH  "问题"
#define JXAU_CHART_SHEET_ZH    "图表"
#define JXAU_CHARTDATA_SHEET_ZH "图表数据"

/* Status of one returned workbook, as the 汇总 sheet's 状态 column says it. */
typedef enum jxau_status {
    JXAU_ST_PASS = 0,     /* audited, nothing found                    */
    JXAU_ST_FINDINGS,     /* audited, N findings                        */
    JXAU_ST_BLANK,        /* a template returned without its inputs     */
    JXAU_ST_SKIPPED       /* not audited (not a jixiao workbook, corrupt) */
} jxau_status;

/* The status of a result. */
jxau_status jxau_result_status(const jxau_result *r);

/*
 * The status in words for `lang`: "通过", "有问题 3 处", "未填写", "未审核：…"
 * (or "passed", "3 findings", "not filled in", "not audited: …").
 */
void jxau_status_text(const jxau_result *r, jx_lang lang, char *buf, size_t cap);

/*
 * Write the 汇总 workbook to `path` (which must not exist or is replaced;
 * the caller decides, see main.c):
 *   汇总     one row per result, sorted by unit, project and file; autofilter,
 *            frozen header, 合计 and 平均 rows (SUBTOTAL, so they follow a
 *            filter), A4 landscape one page wide, header row repeated;
 *   问题     one row per finding, its cell a hyperlink into its workbook;
 *   图表     three column/bar charts over 图表数据;
 *   图表数据 the counts and per-unit sums the charts plot (formulas).
 * Links to workbooks are relative to the folder of `path` when both are
 * below a common folder.  Returns 0, or -1 with a one-line reason in err.
 */
int jxau_write_summary(const char *path, const jxau_result *res, size_t n, jx_lang lang,
                      char *err, size_t cap);

/* The charts, by index: how many, and the picture name of each ("grades",
 * "scores", "exec-rate"). */
size_t jxau_summary_chart_count(void);
const char *jxau_summary_chart_name(size_t i);

/*
 * A workbook holding chart `which` alone, as a chart sheet (so that it
 * prints as one page) over a hidden sheet of plain values: what
 * pictures.c has LibreOffice render.  Returns 0, or -1 with err.
 */
int jxau_write_chart_book(const char *path, size_t which, const jxau_result *res, size_t n,
                         jx_lang lang, char *err, size_t cap);

#endif
