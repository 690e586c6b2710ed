/*
 * layout.h - a table's fixed part as data: every cell (or merged range)
 * with its role, interpreted by one writer (layout.c).
 *
 * A role says what a cell is: a label, an input (blank and unlocked, or a
 * figure given on the command line), the 执行率 of a funds row, the
 * execution score, a check.  The writer asks the core for the formulas
 * and cached values of those roles (jx_formula_*, jx_exec_*), and the
 * audit map is written from the same roles (tpl_layout_map_exec), so a cell
 * cannot move in the sheet without moving in the map.
 *
 * The cells are written in the order listed: that order is the order of
 * merges, validations and shared strings in the file, so a table keeps its
 * bytes when its writes are moved from code into data in the same order.
 * docs/TEMPLATES.md says how to add a table or a province's variant.
 */
#ifndef TPL_LAYOUT_H
#define TPL_LAYOUT_H

#include <stddef.h>
#include <jixiao/jixiao.h>
#include "book.h"

struct tpl_params;
struct tpl_checks;

/* What a cell of a fixed part holds. */
typedef enum tpl_role {
    ROLE_TEXT,       /* label `text` in `fmt`; merged when a range         */
    ROLE_BLANK,      /* empty cell in `fmt` (an input when fmt is F_IN_*)   */
    ROLE_YEAR,       /* the 年度 line in `fmt`                               */
    ROLE_GIVEN,      /* text field `arg` when given (locked), else an input */
    ROLE_PREFIXED,   /* `text` followed by text field `arg`, in `fmt`        */
    ROLE_MONEY,      /* figure field `arg` when given, else a money input   */
    ROLE_POINTS,     /* the 预算执行率 分值 (--exec-points)                   */
    ROLE_RATE,       /* 执行率 = spent ÷ budget of the row                  */
    ROLE_EXEC_SCORE, /* 预算执行率 得分 (EXECSCORE), merged c1..c2           */
    ROLE_CHECK,      /* check formula of kind `arg` in the 校验 column        */
    ROLE_VALID_MONEY,/* validation: amounts ≥ 0 in 万元 over the range      */
    ROLE_COND_BAD,   /* highlight the range's rows whose 校验 cell says something */
    ROLE_HEIGHT,     /* row r1 is `arg` points high                          */
    ROLE_MAP_EXEC,   /* the map's exec record and money inputs go here (their
                        place among the map rows and shared strings)       */
    ROLE_YEAR_FMT,   /* `text` with %s: the year, or blanks when not given   */
    ROLE_YEAR_PLUS,  /* `text` with %d: the year + arg; `alt` without a year */
    ROLE_SUM,        /* sum of the box sr1,sc1..sr2,sc2, or of the rows
                        list[0..nlist) in column c1, in `fmt`, merged c1..c2 */
    ROLE_RATIO,      /* rate (sr1,sc1) ÷ (sr2,sc2), of kind `arg` (RATIO_*)  */
    ROLE_DIFF,       /* (sr1,sc1) − (sr2,sc2), money, merged c1..c2          */
    ROLE_COPY,       /* (sr1,sc1) shown again (a score), merged c1..c2      */
    ROLE_GRADE,      /* 评价等次 of the total (sr1,sc1), merged c1..c2      */
    ROLE_TESTS,      /* check cell: tests[0..ntests) in turn, the first that
                        holds gives its message; arg 1: only when the box
                        sr1,sc1..sr2,sc2 has a number                       */
    ROLE_VALID,      /* validation `arg` (VALID_*) over the range            */
    ROLE_SUMMARY,    /* 校验结果 merged c1..c2, pending while `arg` (PEND_*)
                        of the box sr1,sc1..sr2,sc2 holds                   */
    ROLE_MAP,        /* map record `arg` (MAP_*) of the cell at r1,c1        */
    ROLE_NUM,        /* the constant `num` in `fmt`, merged when a range     */
    ROLE_TOTAL,      /* =SUM of the box, cached as the sum of its constants  */
    ROLE_DEDUCT,     /* DEDUCTSCORE: count (sr1,sc1), points in column arg,
                        `num` points per deduction                          */
    ROLE_RATIO_SCORE,/* RATIOSCORE: done (sr1,sc1) of total (sr2,sc2) times
                        the points in column arg                            */
    ROLE_RATE_SCORE, /* EXECSCORE of the rate (sr1,sc1) ÷ (sr2,sc2) with the
                        points in column arg of the row                     */
    ROLE_TICKS,      /* 评价等次 as tick boxes (优☑ 良□ …) of the grade in (sr1,sc1) */
    ROLE_LIST,       /* drop-down list `text` (a defined name): items[0..nitems)
                        in column arg of the helper sheet                   */
    ROLE_VALID_LIST  /* validation: one of the list `text` ("=jx_ptype"), `alt` its prompt */
} tpl_role;

/* The fields of tpl_params a role can show. */
enum {
    FIELD_PROJECT, FIELD_UNIT, FIELD_DEPT,     /* texts (FIELD_DEPT: else the unit) */
    FIELD_BUDGET_INITIAL, FIELD_BUDGET, FIELD_SPENT,
    FIELD_RECEIVED,                            /* 实际到位资金                     */
    FIELD_EVAL_NAME,   /* the project, else "<unit>部门整体支出绩效评价"        */
    FIELD_YEAR_TEXT    /* "2024年度" when the year is given                    */
};

/* Kinds of ROLE_RATIO: how the add-in formula names it and which core rule
 * gives the cached value (jx_exec_rate, jx_fund_rate). */
enum {
    RATIO_PLAIN,       /* portable formula in both modes (得分率)           */
    RATIO_EXEC,        /* EXECRATE(num, den)                                */
    RATIO_FUND,        /* FUNDRATE(num, den)                                */
    RATIO_CONTROL,     /* CONTROLRATE(num, den): 控制率 (人员, 规模, 投资)   */
    RATIO_RECEIVED     /* EXECRATE(num, den) of funds received (项目 评价表)  */
};

/* Flags of ROLE_SUM (its arg). */
enum {
    SUM_PLAIN = 1,     /* SUM without ROUND(…,2)                             */
    SUM_INPUTS = 2     /* blank while the box's input cells are all blank    */
};

/* Validations of ROLE_VALID (their texts are in layout_roles.c). */
enum {
    VALID_MONEY,       /* amounts ≥ 0 in 万元                               */
    VALID_COUNT,       /* head counts                                       */
    VALID_AREA,        /* floor areas in m²                                 */
    VALID_POINTS,      /* 分值 0..100                                       */
    VALID_SCORE,       /* 得分 0..the 分值 in (sr1,sc1)                      */
    VALID_DEDUCTIONS,  /* times a duty was missed (or days late)             */
    VALID_QUANTITY,    /* 完成数 and 应完成数                                 */
    VALID_STATED_AREA, /* 填报得分: an area's score as the report states it  */
    VALID_STATED_TOTAL /* 填报总分: the total as the report states it        */
};

/* When a 校验结果 still says 尚未填写完整 (ROLE_SUMMARY). */
enum {
    PEND_TWO_INPUTS,   /* (sr1,sc1) or (sr2,sc2) still blank                 */
    PEND_SCORES,       /* row sr2 (c sc1..sc2) blank, or less filled than row sr1 */
    PEND_UNFILLED,     /* some cell of the box sr1,sc1..sr2,sc2 still blank  */
    PEND_FEWER         /* rows sr1..sr2: fewer filled in column sc2 than in sc1 */
};

/* Map records of ROLE_MAP, each read from the roles of the cell it names. */
enum {
    MAP_CONTROL,       /* a RATIO_CONTROL: control record, its two inputs    */
    MAP_FUND,          /* a RATIO_FUND: fund record (received, budget, rate) */
    MAP_SUM,           /* a ROLE_SUM over a box: sum record                  */
    MAP_SUM_100,       /* the same, its parts expected to add up to 100      */
    MAP_GRADE,         /* a ROLE_GRADE: grade record (cell, total)           */
    MAP_EXEC_RECEIVED, /* a ROLE_RATE_SCORE: exec record, base=received      */
    MAP_TREE           /* rows r1..r2 of the 004 tree (A 一级, B 分值, C 二级,
                          D 分值, G leaf 分值): tree record                  */
};

/*
 * One test of a ROLE_TESTS check cell on boxes a and b (a single cell when
 * r1 == r2 and c1 == c2), with the core's message `msg`:
 *   TEST_ABOVE_ONE      a is a number above 1 (a rate over 100 %)
 *   TEST_EXCEEDS        a > b, both numbers
 *   TEST_EXCEEDS_R2     a > b, both numbers, rounded to 2 decimals
 *   TEST_PARTS_OVER     the parts b add up to more than the total a
 *   TEST_PARTS_DIFFER   the parts b do not add up to the total a
 *   TEST_RATES_DIFFER   rates a and b differ (4 decimals); msg slots: a, b in %
 *   TEST_NOT_100        a (rounded) is not 100; msg slots: a, 100
 *   TEST_SOME_ABOVE     a score in a is above its points in b
 *   TEST_SOME_NEGATIVE  a score in a is negative
 *   TEST_ABOVE          a is a number above b (a score above its points)
 *   TEST_NEGATIVE       a is a negative number
 *   TEST_DIFFER_R2      a and b differ, rounded to 2 decimals
 *   TEST_STATED         a stated total a differs from the sum of b;
 *                       msg slots: label, the sum, a (JX_MSG_AREA_STATED)
 *   TEST_STATED_TOTAL   the same, both numbers; msg slots: the sum, a
 *   TEST_ABOVE_SUM      a is a number above SUM(b); msg slots: a, b
 *   TEST_NO_SCORE       a is blank, b > 0, and some input of box c is filled
 *   TEST_SUM_NOT_100    a is a number other than 100; msg slots: a, 100
 *   TEST_NOT_100_IF     TEST_NOT_100 while box c has a number
 *   TEST_TREE           the stated points a differ from the sum of the
 *                       children b, or a is blank while column c has points
 *                       stated (JX_MSG_TREE, JX_MSG_TREE_MISSING; label the name)
 * `label` fills slot %1 of messages about a total (PARTS_MISMATCH).  A box
 * row below 0 is the check cell's own row (one test list for many rows).
 */
typedef enum tpl_test_kind {
    TEST_ABOVE_ONE, TEST_EXCEEDS, TEST_EXCEEDS_R2, TEST_PARTS_OVER, TEST_PARTS_DIFFER,
    TEST_RATES_DIFFER, TEST_NOT_100, TEST_SOME_ABOVE, TEST_SOME_NEGATIVE,
    TEST_ABOVE, TEST_NEGATIVE, TEST_DIFFER_R2, TEST_STATED, TEST_STATED_TOTAL,
    TEST_ABOVE_SUM, TEST_NO_SCORE, TEST_SUM_NOT_100, TEST_NOT_100_IF, TEST_TREE
} tpl_test_kind;

typedef struct tpl_box {
    short r1, c1, r2, c2;
} tpl_box;

typedef struct tpl_test {
    tpl_test_kind kind;
    tpl_box a, b;
    jx_msg_id msg;
    const char *label;
    tpl_box c;
} tpl_test;

/* The checks of a funds block (arg of ROLE_CHECK). */
enum {
    CHECK_NONE,        /* a blank 校验 cell                                     */
    CHECK_EXEC_PARTS,  /* total row: 0 budget, above 100 %, 其中 rows not adding up */
    CHECK_EXEC,        /* total row: 0 budget, above 100 %                      */
    CHECK_PART,        /* a 其中 row: above 100 %, spent without budget          */
    CHECK_INCOME,      /* src range (income types) sums to the budget           */
    CHECK_EXPENSE      /* cells src1 + src2 (expense types) sum to the spending */
};

/* One cell or merged range of a fixed part, 0-based and inclusive. */
typedef struct tpl_cellspec {
    tpl_role role;
    short r1, c1, r2, c2;
    const char *text;    /* label, or the prefix of ROLE_PREFIXED      */
    tpl_fmt fmt;
    int arg;             /* field, check kind or height                */
    short sr1, sc1, sr2, sc2;  /* the cells a role reads (its operands)  */
    const char *alt;     /* ROLE_YEAR_PLUS: the text without a year    */
    const short *list;   /* ROLE_SUM: rows summed in column c1         */
    short nlist;
    const tpl_test *tests;     /* ROLE_TESTS                          */
    short ntests;
    short split;         /* ROLE_TESTS: > 0: tests[0..split) are the row's
                            own, written =IF(LEN(own)>0,own,rest)        */
    short nseg;          /* ... and nseg rests (default 1), one test each:
                            =IF(LEN(own)>0,own,IF(LEN(r1)>0,r1,r2))       */
    const char *const *items;  /* ROLE_LIST                            */
    short nitems;
    double num;          /* ROLE_NUM, ROLE_DEDUCT                      */
} tpl_cellspec;

/* A column width, c1..c2 in characters. */
typedef struct tpl_colspec {
    short c1, c2;
    double width;
} tpl_colspec;

/* Where the roles of the execution row are (-1: not in the layout). */
typedef struct tpl_exec_cells {
    int row, budget, spent, points, rate, score;
} tpl_exec_cells;

/* The execution row of a fixed part: the row of the ROLE_EXEC_SCORE cell. */
tpl_exec_cells tpl_layout_exec_cells(const tpl_cellspec *c, size_t n);

/*
 * Write cells c[0..n) into s in order, checks into k.  The rates, scores
 * and checks take their cells from tpl_layout_exec_cells.
 */
void tpl_layout_cells(tpl_sheet *s, const struct tpl_params *p, struct tpl_checks *k,
                  const tpl_cellspec *c, size_t n);

/*
 * The map's exec record and its money inputs, from the same roles
 * (tpl_layout_cells calls it where the layout has ROLE_MAP_EXEC).
 */
void tpl_layout_map_exec(tpl_sheet *s, const tpl_cellspec *c, size_t n);

/* Column widths w[0..n). */
void tpl_layout_widths(tpl_sheet *s, const tpl_colspec *w, size_t n);

/*
 * A whole table as data (a kind without an indicator block): its sheet,
 * its cells in writing order, its widths and page.  Columns c_check + 1 ..
 * c_flag are hidden helpers; the print area is rows 0..print_rows,
 * columns 0..c_check; row repeat_row is printed on every page.
 */
typedef struct tpl_kind {
    const char *sheet;
    const tpl_cellspec *cells;
    size_t ncells;
    const tpl_colspec *widths;
    size_t nwidths;
    int c_check, c_flag;
    int print_rows, repeat_row;
} tpl_kind;

/* The figure a FIELD_BUDGET_INITIAL .. FIELD_RECEIVED names in p; NULL for another field. */
const struct tpl_fig *tpl_layout_fig(const struct tpl_params *p, int field);

/* Write table `kind` into b (layout.c). */
void tpl_table_kind(tpl_book *b, const struct tpl_params *p, const tpl_kind *kind);

/* --- the roles that compute (layout_roles.c) -------------------------- */

/*
 * The cached number of cell r,c when the figures given fix it (a given
 * money figure, a rate of two such); 0 when it is blank in a new workbook.
 */
int tpl_layout_value(const struct tpl_params *p, const tpl_cellspec *c, size_t n, int r, int col,
                     double *v);

/* Write the computing role c (ROLE_SUM .. ROLE_MAP) of the cells c0[0..n). */
void tpl_layout_role(tpl_sheet *s, const struct tpl_params *p, struct tpl_checks *k,
                     const tpl_cellspec *c0, size_t n, const tpl_cellspec *c);

#endif
