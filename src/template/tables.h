/*
 * tables.h - the catalogue of official tables and what they are filled with.
 *
 * Each table is data: its cells with their roles (layout.h), laid out after
 * the seed report it comes from (zp_kinds.c, kinds_*.c).  One writer
 * (layout.c, layout_roles.c, and table_zp.c for the indicator block of the
 * 自评表) writes every formula with the cached value the core library
 * computes for the figures given, and finishes the sheet (validation,
 * conditional formats, protection, print setup).
 */
#ifndef TPL_TABLES_H
#define TPL_TABLES_H

#include <jixiao/jixiao.h>
#include "book.h"
#include "layout.h"
#include "spec.h"

/* An optional figure in 万元 (or a count): set says whether it was given. */
typedef struct tpl_fig {
    double v;
    int set;
} tpl_fig;

/* What one workbook is filled with (all text UTF-8, NULL = not given). */
typedef struct tpl_params {
    const char *unit;            /* 实施单位 / 填报单位                       */
    const char *dept;            /* 主管部门 / 预算部门 (default: unit)        */
    const char *project;         /* 项目名称                                 */
    const char *year;            /* "2024"                                   */
    tpl_fig budget_initial;      /* 年初预算数                                */
    tpl_fig budget;              /* 全年预算数 (预算安排资金)                  */
    tpl_fig spent;               /* 全年执行数 (实际支出)                      */
    tpl_fig received;            /* 实际到位资金                              */
    double exec_points;          /* 预算执行率 分值, 10 by default            */
    jx_grades grades;            /* 评价等次 bands                            */
    const tpl_spec *spec;        /* indicator tree, NULL for the default     */
    tpl_formulas formulas;
    const char *password;        /* sheet protection password or NULL       */
} tpl_params;

/* Fill p with the defaults: nothing given, 10 points, 优/良/中/差. */
void tpl_params_default(tpl_params *p);

/* One table of the catalogue. */
typedef struct tpl_table {
    const char *name;            /* command-line name, e.g. "xmzc-zp"        */
    const char *title;           /* Chinese title                            */
    const char *source;          /* where the layout comes from              */
    int uses_spec;               /* --spec applies                           */
    /* Every table is data, one of these two (a province's variant is a
     * kind and a catalogue line, no code): a self-evaluation kind written
     * by tpl_table_zp, or a table without an indicator block written by
     * tpl_table_kind. */
    const struct tpl_zp_kind *zp;
    const struct tpl_kind *kind;
} tpl_table;

/* The catalogue, terminated by a NULL name. */
extern const tpl_table tpl_tables[];

/* Find a table by name; NULL when unknown. */
const tpl_table *tpl_table_find(const char *name);

/*
 * Write table t with params p to `path` (the final name is the caller's
 * business: this writes exactly `path`), temporary files in tmpdir.
 */
int tpl_write_table(const tpl_table *t, const tpl_params *p, const char *path,
                    const char *tmpdir, tpl_diag *d);

/* --- shared pieces used by several tables -------------------------------- */

/* The national qualitative levels on the helper sheet, as name "jx_levels". */
void tpl_define_levels(tpl_book *b);

/* Year text for titles: "（ 2024 年度 ）", or "（    年度 ）" when not given. */
const char *tpl_year_line(const tpl_params *p, char *buf, size_t cap);

/*
 * The thresholds and the labels of g as ';'-separated lists ("90;80;60",
 * "优;良;中;差"): GRADEBAND's arguments and the map's grade record.
 */
void tpl_grade_lists(const jx_grades *g, char *th, size_t thcap, char *lb, size_t lbcap);

/*
 * The nested-IF grade formula for the total in cell `ref` and the label the
 * core gives for `total` (when has_total).  Writes into buf.
 */
const char *tpl_grade_formula(const tpl_params *p, const char *ref, char *buf,
                          size_t cap);

/*
 * A formula the core compiled (jixiao/formula.h) into buf + 1, made a cell
 * formula by its leading "=".  `e` is the compiler's result: the inputs
 * were checked before any table is written, so a refusal here is an
 * internal error (recorded in the book, exit 5), never a wrong formula.
 */
const char *tpl_compiled(tpl_sheet *s, char *buf, jx_err e);

/*
 * A check message of the core's table (jx_msg_fill) as a formula text
 * expression for sheet row `row` (1-based): "第16行：" and the message,
 * its slots filled by the formula expressions e1..e3 (e.g. "ROUND(H16,2)",
 * a number shown as the core shows it).  The workbook then says what
 * CHECKSCORES / CHECKINDICATOR and the audit say.
 */
const char *tpl_msg_expr(int row, jx_msg_id id, const char *e1, const char *e2, const char *e3,
                     char *buf, size_t cap);

/*
 * As tpl_msg_expr, but a slot whose text starts with '=' is a formula
 * expression (the text after the '='), any other slot a literal text
 * written into the string itself ("预算安排资金", "100").  Returns buf.
 */
const char *tpl_msg_mixed(int row, jx_msg_id id, const char *a1, const char *a2, const char *a3,
                          char *buf, size_t cap);

/* The core's row prefix of a check, "第16行：" for sheet row 16 (1-based).  Returns buf. */
const char *tpl_row_prefix(int row, char *buf, size_t cap);

/* The cached text of a check: "第16行：" and message id filled with a1..a3. */
const char *tpl_check_text(int row, jx_msg_id id, const char *a1, const char *a2, const char *a3,
                           char *buf, size_t cap);

/* Shortest decimal text that reads back as exactly x (constants in formulas). */
void tpl_num_text(double x, char *buf, size_t cap);

/*
 * A self-evaluation table (自评表) as data: the fixed part above the
 * indicator block (its cells and their roles, layout.h) and the columns
 * of the indicator block.  Columns B..E of the block are always 一级,
 * 二级, 三级 and 年度指标值; the indicator rows start below ind_head and
 * are followed by 总分, 评价等次, 校验结果 and the note.  A province's
 * variant is one more of these (zp_kinds.c) and a line in tpl_tables.
 */
typedef struct tpl_zp_kind {
    const char *sheet;                   /* sheet name (the table's title)     */
    const struct tpl_cellspec *fixed;    /* the fixed part, in writing order   */
    size_t nfixed;
    int ind_head;                        /* row of the indicator block's heads */
    int c_actual, c_crit, c_points;      /* 实际完成值, 评扣分标准 (-1: none), 分值 */
    int c_score, c_reason, c_check;      /* 得分, 偏差原因, 校验                   */
    int c_flag;                          /* last hidden helper column (flags)  */
    const struct tpl_colspec *widths;
    size_t nwidths;
    /* Heads of the indicator block B.. in order: 一级, 二级, 三级, 指标值,
     * 实际完成值, 评扣分标准 (skipped without c_crit), 分值, 得分, 偏差原因,
     * 校验; NULL: the national ones. */
    const char *const *ind_heads;
} tpl_zp_kind;

/* The self-evaluation kinds (zp_kinds.c). */
extern const tpl_zp_kind tpl_kind_xmzc_zp, tpl_kind_bmzt_zp, tpl_kind_xmzc_zp_sc;

/* Write self-evaluation table `kind` (table_zp.c). */
void tpl_table_zp(tpl_book *b, const tpl_params *p, const tpl_zp_kind *kind);

/* The tables without an indicator block (kinds_bmzt.c, kinds_kh.c, kinds_pj.c). */
extern const tpl_kind tpl_kind_bmzt_jcsj, tpl_kind_bmzt_pj, tpl_kind_kh_pf, tpl_kind_xmzc_pj;



/* --- the 校验 column ---------------------------------------------------- */

/*
 * Every table has a 校验 column of check formulas and one summary cell.
 * Next to each check cell a hidden flag cell holds its row number when the
 * check says something, so the summary can count problems and quote the
 * first with INDEX/MIN (portable, no array formulas).  The cached values
 * of the checks are computed here too, so the summary's cached value is
 * what Calc shows before anything is typed.
 */
typedef struct tpl_checks {
    int col;             /* 校验 column                          */
    int flag_col;        /* hidden flag column                   */
    int first_row, last_row;
    int count;           /* checks with a non-empty cached value */
    char first_msg[256];
} tpl_checks;

/* Start tracking checks written in column col, flags in flag_col. */
void tpl_checks_init(tpl_checks *k, int col, int flag_col);

/* A check formula at row with its cached message ("" when all is well). */
void tpl_check_cell(tpl_sheet *s, tpl_checks *k, int row, const char *formula,
                const char *cached);

/*
 * The summary cell (merged c1..c2 on row): the number of problems and the
 * first, or "校验通过", or `pending_text` while `pending_formula` (a
 * condition) is true; pending_now is its cached truth.
 */
void tpl_check_summary(tpl_sheet *s, tpl_checks *k, int row, int c1, int c2,
                   const char *pending_formula, int pending_now,
                   const char *pending_text);

/* Merge c1..c2 on row r and put a formula with its cached value in it. */
void tpl_put_merge_f(tpl_sheet *s, int r, int c1, int c2, const char *formula,
                 const tpl_val *v, tpl_fmt f);

/* Text if given (locked), else an unlocked blank input; merged c1..c2. */
void tpl_put_given_text(tpl_sheet *s, int r, int c1, int c2, const char *text);

/* A figure if given (locked), else an unlocked money input. */
void tpl_put_given_money(tpl_sheet *s, int r, int c, const tpl_fig *fig);

#endif
