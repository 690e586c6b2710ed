/*
 * batch.h - one workbook per row of a batch CSV (--batch FILE.csv --out-dir DIR).
 *
 * Columns (header row, any order, Chinese or English names):
 *   required: 单位 (unit), 项目名称 (project), 年度 (year),
 *             全年预算数 (budget), 全年执行数 (spent)
 *   optional: 主管部门 (dept), 年初预算数 (budget_initial),
 *             实际到位资金 (received), 执行率分值 (exec_points),
 *             指标表 (spec: a spec CSV, relative to the batch file),
 *             表 (table: a table name, default the command's table),
 *             文件名 (file: the workbook name without .xlsx)
 * The whole file is read and checked first (encoding, columns, numbers,
 * every spec it names, every output name); nothing is written unless all
 * rows are good.  Then rows are written by `jobs` forked workers.
 */
#ifndef TPL_BATCH_H
#define TPL_BATCH_H

#include <stddef.h>
#include "tables.h"

#define TPL_NAME_MAX 120   /* bytes of a file name before ".xlsx" */

/* Options that apply to every row. */
typedef struct tpl_batch_opts {
    const char *batch_path;
    const char *out_dir;
    const tpl_table *table;      /* default table                     */
    tpl_formulas formulas;
    const char *password;
    jx_grades grades;
    int force;
    int jobs;                    /* worker processes, >= 1            */
    const char *tmpdir;          /* libxlsxwriter temporary files     */
    int quiet;
} tpl_batch_opts;

/* Run a batch; returns an exit code, errors printed on stderr. */
int tpl_batch_run(const tpl_batch_opts *o);

/*
 * Make a safe, readable file name from `text` (UTF-8): path separators,
 * control characters and characters Windows refuses (\ / : * ? " < > |)
 * become "_", leading dots and spaces and trailing dots and spaces are
 * removed, the result is cut to TPL_NAME_MAX bytes on a character boundary,
 * and an empty result becomes "workbook".  Writes into out (cap bytes).
 */
void tpl_safe_name(const char *text, char *out, size_t cap);

#endif
