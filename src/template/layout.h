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
    ROLE_MAP_EXEC    /* the map's exec record and money inputs go here (their
                        place among the map rows and shared strings)       */
} tpl_role;

/* The fields of tpl_params a role can show. */
enum {
    FIELD_PROJECT, FIELD_UNIT, FIELD_DEPT,     /* texts (FIELD_DEPT: else the unit) */
    FIELD_BUDGET_INITIAL, FIELD_BUDGET, FIELD_SPENT
};

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
    short sr1, sc1, sr2, sc2;  /* the cells a check sums (CHECK_INCOME/EXPENSE) */
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

#endif
