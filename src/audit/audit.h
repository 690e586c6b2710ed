/*
 * audit.h - recompute a returned jixiao workbook from its inputs.
 *
 * jxau_audit_file opens an .xlsx, reads its `_jixiao` map (map.h) and, for
 * every record, recomputes with the core library what the cells should
 * hold; each disagreement, overwritten or changed formula, missing
 * 偏差原因, unexplained over-achievement, blank input and removed sheet
 * protection becomes one finding.  A file that cannot be audited (not an
 * xlsx, corrupt, encrypted, no map) is a result with `skipped` set and its
 * one-line reason; nothing here aborts or exits.
 */
#ifndef JX_AUDIT_AUDIT_H
#define JX_AUDIT_AUDIT_H

#include <stddef.h>

#include "jixiao/jixiao.h"
#include "xlsx.h"

/* What a finding is about. */
typedef enum jxau_fkind {
    JXAU_F_MISMATCH = 0,     /* a stated value disagrees with the recomputed one  */
    JXAU_F_FORMULA_CONST,    /* a template formula was overwritten with a value   */
    JXAU_F_FORMULA_CHANGED,  /* a template formula was replaced by another one    */
    JXAU_F_NO_REASON,        /* score below its points and no 偏差原因             */
    JXAU_F_OVER_NO_REASON,   /* completion >= 130 % and no 偏差原因                */
    JXAU_F_UNPROTECTED,      /* <sheetProtection> removed from a template sheet   */
    JXAU_F_INPUT_BLANK,      /* an input a record needs is blank                  */
    JXAU_F_INPUT_BAD,        /* an input that cannot be read (text, unit, rule)   */
    JXAU_F_MAP,              /* a map record that cannot be used                  */
    JXAU_F_KIND_COUNT
} jxau_fkind;

/* Sizes of the text fields of a finding. */
#define JXAU_SHEET_MAX 96
#define JXAU_VALUE_MAX 160
#define JXAU_MSG_MAX   512

/* One finding.  Texts are UTF-8, one line each. */
typedef struct jxau_finding {
    jxau_fkind kind;
    char sheet[JXAU_SHEET_MAX];
    char cell[24];                  /* "H14", "B14:B31", "" when none         */
    char stated[JXAU_VALUE_MAX];     /* what the workbook holds                */
    char computed[JXAU_VALUE_MAX];   /* what it should hold (or the template's formula) */
    char msg[JXAU_MSG_MAX];
} jxau_finding;

/* The audit of one workbook. */
typedef struct jxau_result {
    char *path;
    int skipped;                    /* not audited; `reason` says why         */
    char reason[XLSX_ERR_MAX];
    char *table;                    /* map header: "xmzc-zp"                  */
    char *unit, *project, *year, *dept;  /* meta record; NULL when absent    */
    int has_total;                  /* a total was found (grade or sum record) */
    double total_computed;
    int has_stated_total;
    double total_stated;
    char grade_computed[40];        /* "" when unknown                        */
    char grade_stated[40];
    jxau_finding *findings;
    size_t nfindings;
    int has_exec;                   /* an exec record read both amounts      */
    double budget, spent;           /* its 全年预算数 and 全年执行数 (万元)  */
    int has_rate;
    double exec_rate;               /* spent / budget, recomputed            */
    int ignored;                    /* with skipped: listed, not a workbook and
                                       not counted in the exit status (an
                                       office lock file, a hidden file, this
                                       run's own report)                   */
    int unfilled;                   /* a blank returned template (未填写): no
                                       input filled, nothing else wrong; no
                                       totals, grades or findings then     */
} jxau_result;

/*
 * Audit the workbook at `path` with messages in `lang`.  Fills *out (free
 * it with jxau_result_free).  Returns 0 when audited (findings or not), 1
 * when skipped (out->reason says why), -1 when out of memory.
 */
int jxau_audit_file(const char *path, jx_lang lang, jxau_result *out);

/*
 * The same for an open workbook; `name` is what the result calls it.
 * The workbook stays open (the caller closes it).
 */
int jxau_audit_book(xlsx_book *book, const char *name, jx_lang lang,
                   jxau_result *out);

/* Free what a result owns and zero it.  Accepts a zeroed result. */
void jxau_result_free(jxau_result *r);

/* Short name of a finding kind in `lang` ("公式被改为数值" / "formula overwritten"). */
const char *jxau_fkind_name(jxau_fkind kind, jx_lang lang);

/* Stable ASCII code of a finding kind for CSV filters ("formula-const"). */
const char *jxau_fkind_code(jxau_fkind kind);

/*
 * Compare two formulas as a template wrote and an office saved them, by
 * meaning, token by token: whitespace and a leading '=' left out; strings
 * and quoted sheet names exactly; numbers by value (0.7 is
 * 0.699999999999999999989); names, functions and references upper-cased
 * without the _xlfn./_xlws./_xll. prefixes Excel adds; a one-cell range
 * (G30:G30) as its cell.  Returns 1 when they are the same formula.
 */
int jxau_formula_same(const char *a, const char *b);

#endif
