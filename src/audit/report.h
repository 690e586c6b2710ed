/*
 * report.h - the three outputs of jixiao-audit: a text table, a CSV file
 * and a summary workbook.
 */
#ifndef JX_AUDIT_REPORT_H
#define JX_AUDIT_REPORT_H

#include <stdio.h>

#include "audit.h"

/*
 * One line per workbook (file, unit / project, computed total and grade,
 * stated total and grade, number of findings or why it was skipped),
 * followed by its findings indented, one per line:
 *     项目支出绩效自评表!H14  填报 10  重算 8.5  指标得分填报 10，按输入重算应为 8.5
 */
void jxau_print_text(FILE *out, const jxau_result *res, size_t n, jx_lang lang);

/*
 * Write the CSV report: UTF-8 with a byte-order mark (so that Excel and
 * WPS read it as UTF-8), CRLF line ends, RFC 4180 quoting.  One row per
 * workbook (kind "workbook", with the totals, grades and count) and one
 * row per finding.  Texts that a spreadsheet would run as a formula
 * (starting with = + - @) are prefixed with an apostrophe.  Returns 0, or
 * -1 with a one-line reason in err.
 */
int jxau_write_csv(const char *path, const jxau_result *res, size_t n, jx_lang lang,
                  char *err, size_t cap);

/*
 * Write the summary workbook with libxlsxwriter: a sheet with one row per
 * workbook and a sheet with one row per finding, both with a frozen,
 * filtered header row.  Returns 0, or -1 with a one-line reason in err.
 */
int jxau_write_xlsx(const char *path, const jxau_result *res, size_t n, jx_lang lang,
                   char *err, size_t cap);

/* Custom document property that marks a summary workbook as a report. */
#define JXAU_REPORT_PROPERTY "jixiao-audit-report"

/*
 * jxau_write_csv and jxau_write_xlsx, written safely: into a temporary file
 * beside `path` that is flushed and then renamed over it (`replace`), or
 * linked to it only if no file exists there (`replace` 0).  A failure
 * (a full disk) leaves any previous file at `path` as it was and no
 * temporary file behind.  jxau_write_csv and jxau_write_xlsx are these with
 * replace = 1.  Texts that are not UTF-8 are shown escaped (\xNN), and
 * control characters in file names too.  Returns 0, or -1 with a reason.
 */
int jxau_report_csv(const char *path, const jxau_result *res, size_t n, jx_lang lang, int replace,
                   char *err, size_t cap);
int jxau_report_xlsx(const char *path, const jxau_result *res, size_t n, jx_lang lang, int replace,
                    char *err, size_t cap);

/*
 * A text as it may be shown: bytes that are not UTF-8 written \xNN (a
 * file name in GBK stays recognisable), and with `controls` the control
 * characters too (\x1b, \u202e).  Returns a malloc'd string, or NULL.
 */
char *jxau_escape_text(const char *in, int controls);

/*
 * The bureau's 汇总 workbook (--summary, summary.h: jxau_write_summary),
 * written safely as above:
 * into a temporary file, read back, then moved into place.  Returns 0, or
 * -1 with a one-line reason in err.
 */
int jxau_report_summary(const char *path, const jxau_result *res, size_t n, jx_lang lang,
                       int replace, char *err, size_t cap);

/*
 * Whether the regular file at `path` is a report jixiao-audit wrote: a CSV
 * starting with its header row, or a workbook with the JXAU_REPORT_PROPERTY
 * property (or, from earlier versions, exactly the sheets 汇总 and 问题 or
 * Summary and Findings).  Only such a file may be replaced (with --force).
 */
int jxau_is_report(const char *path);

#endif
