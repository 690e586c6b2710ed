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
 * rows are good.  Then rows are written by `jobs` forked workers, which die
 * with the parent (PR_SET_PDEATHSIG) and stop, removing their temporary
 * files, on SIGINT, SIGTERM or SIGHUP to either (output.h).  With
 * skip_existing, rows whose workbook already exists are left as they are:
 * a workbook only gets its final name once complete, so a stopped batch
 * is finished by running it again with --skip-existing.
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
    int skip_existing;           /* keep rows whose workbook exists   */
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

/*
 * Longest 单位, 主管部门 and 项目名称 (also --unit, --dept, --project) and
 * 年度 (--year), in characters.  Longer texts are refused, never cut: the
 * tables leave room for them in fixed cells and lines (512 bytes for
 * "填报单位（盖章）：" + the unit, 64 for "（ 年度 ）" + the year), the
 * map's records (600 bytes) and the document properties (Excel's limit of
 * 255 characters).  100 characters of up to 4 bytes fit all of them; in
 * the five seed reports the longest unit has 11 characters and the longest
 * project name 41 (report 004: "昆财社基（2023）87号提前下达…补助资金").
 */
#define TPL_TEXT_MAX_CHARS 100
#define TPL_YEAR_MAX_CHARS 10

/* Number of characters (UTF-8 sequences) in s. */
size_t tpl_utf8_chars(const char *s);

/*
 * Why a workbook's file name (without ".xlsx", as tpl_safe_name makes it)
 * must not be used, or NULL when it may.  Refused: "~$…" (Office's lock
 * files, which jixiao-audit skips), the names Windows reserves for devices
 * (CON, PRN, AUX, NUL, COM0-9, LPT0-9, COM¹²³, LPT¹²³, CONIN$, CONOUT$) in
 * any case, with any extension, and names holding invisible format
 * characters (bidirectional controls such as U+202E, zero-width
 * characters, the soft hyphen, tag characters …) that can disguise a
 * name.  The reason, quoting the name with such characters written as
 * <U+XXXX>, goes into why (cap bytes) and why is returned.
 */
const char *tpl_name_refused(const char *name, char *why, size_t cap);

#endif
