/*
 * spec.h - the indicator tree a finance bureau prescribes (--spec FILE.csv).
 *
 * A UTF-8 CSV with a header row naming its columns (any order; Chinese or
 * English names):
 *   一级指标 (level1), 二级指标 (level2), 三级指标 (level3),
 *   指标值 / 年度指标值 (target), 分值 (points), 规则 / 评分规则 (rule),
 *   and optionally 评扣分标准 (criteria).
 * A blank 一级 or 二级 continues the group above (as merged cells print).
 * Rules: prop / 比例 (met: full; missed: points x completion), half / 一半,
 * zero / 不得分 (these need a readable target: "≥95%", "≤60分钟" …),
 * qual / 定性 (the 实际完成值 is chosen from the national tiers and the
 * score must lie in its tier), manual / 人工 (the score is typed in), or
 * a 评扣分标准 sentence ("≥95%得满分，未达到95%得一半分") that the core
 * parses and compiles to a formula; a sentence it cannot is refused with
 * the clause it could not read.  A manual row whose 评扣分标准 the core
 * reads is scored by it too.
 * An empty rule is prop when the target reads as a number, else manual.
 * The points plus the execution-rate points must add up to 100.
 */
#ifndef TPL_SPEC_H
#define TPL_SPEC_H

#include <stddef.h>
#include <jixiao/jixiao.h>
#include "diag.h"
#include "csv.h"

typedef enum tpl_rule {
    RULE_PROP = 0, RULE_HALF, RULE_ZERO, RULE_QUAL, RULE_MANUAL,
    RULE_SENTENCE           /* the 规则 column holds a 评扣分标准 sentence */
} tpl_rule;

#define TPL_SPEC_MAX_ROWS 200

/* One 三级 indicator row. */
typedef struct tpl_ind {
    char *l1, *l2, *l3;     /* names; l1/l2 filled from above when blank */
    char *target_text;      /* as written ("≥95%"), may be ""           */
    char *criteria;         /* 评扣分标准, may be ""                       */
    double points;
    tpl_rule rule;
    int has_target;         /* target parsed (quantitative rules)       */
    jx_target target;
    /*
     * has_sentence: `sentence` is the row's rule read from a sentence the
     * core parses and compiles (jx_rule_parse, jx_formula_rule): the 规则
     * column's (RULE_SENTENCE, then also copied to criteria when that is
     * empty) or, for a manual row, the 评扣分标准 column's.
     */
    int has_sentence;
    jx_rule sentence;
    long line;              /* line in the spec file                    */
} tpl_ind;

typedef struct tpl_spec {
    char *path;
    size_t n;
    tpl_ind ind[TPL_SPEC_MAX_ROWS];
} tpl_spec;

/*
 * Read a spec from an open CSV.  `total_points` is what the rows must add
 * up to (100 minus the execution-rate points).  Errors name the file, the
 * line and the reason: missing column, non-numeric or negative 分值,
 * unreadable target for a quantitative rule, unknown rule, points not
 * adding up.  On success the caller must tpl_spec_free().
 */
int tpl_spec_read(tpl_csv *c, double total_points, tpl_spec *out, tpl_diag *d);

/*
 * tpl_spec_read on a file: a CSV, or an .xlsx workbook (recognised by its
 * zip signature, whatever the name) whose first visible sheet with a
 * header row among its first 30 rows is read as the CSV would be, one
 * line per sheet row (spec_xlsx.c).
 */
int tpl_spec_load(const char *path, double total_points, tpl_spec **out,
                  tpl_diag *d);

/*
 * Is `path` a zip file (an .xlsx), by its first bytes, whatever its name?
 * Only a regular file is looked at: a named pipe is never opened for
 * reading (it would block); the CSV reader refuses what is not a file.
 */
int tpl_spec_is_xlsx(const char *path);

/* Do these header cells name every required column?  1 or 0. */
int tpl_spec_is_header(const char *const *cells, int n);

/*
 * The spec sheet of the workbook at `path` as CSV text (malloc'ed, line N
 * is sheet row N) and the sheet's name (malloc'ed).  Errors: not a
 * readable workbook (the reader's reason), no sheet with a header row.
 */
int tpl_spec_xlsx_csv(const char *path, char **text, char **sheet, tpl_diag *d);

/* Free a spec from tpl_spec_load / tpl_spec_read.  NULL is fine. */
void tpl_spec_free(tpl_spec *s);

/*
 * Parse a number as a clerk writes it in a CSV: optional sign, digits,
 * optional decimals (full-width digits are not accepted here), surrounding
 * spaces allowed.  Returns 1 and sets *v, or 0 for anything else ("", "abc",
 * "1e999", "nan", "12元").
 */
int tpl_parse_number(const char *s, double *v);

/* The rule name as written in docs ("prop", "half", …). */
const char *tpl_rule_name(tpl_rule r);

#endif
