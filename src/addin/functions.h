/*
 * functions.h - the add-in's one function table.
 *
 * Every spreadsheet function is one row of jxa_functions[]: its name (the
 * IDL method name, stored in files as ORG.JIXIAO.FUNCTIONS.<NAME>), its
 * zh-CN and en-US display names and help, its parameters and the C function
 * that computes it by calling the core library.  From this table come
 *  - the dispatch of XFunctions calls (addin.c, by method position),
 *  - the Function Wizard metadata (XAddIn, addin.c),
 *  - idl/org/jixiao/XFunctions.idl and docs/functions.md (gen.c).
 * Adding a function is adding a row (and `make docs-functions`).
 *
 * No UNO here: arguments arrive as jxa_value (value.h).
 */
#ifndef JIXIAO_ADDIN_FUNCTIONS_H
#define JIXIAO_ADDIN_FUNCTIONS_H

#include "value.h"

/* The IDL type of a parameter, which decides how Calc passes it. */
typedef enum jxa_ptype {
    JXA_P_DOUBLE = 0, /* double: Calc passes an empty cell as 0 and answers
                         #VALUE! itself for text, without calling us        */
    JXA_P_STRING,     /* string: Calc converts a number to its text         */
    JXA_P_ANY,        /* any: number or text, or omitted (void): optional
                         arguments and text-or-number values like "≥95%"    */
    JXA_P_RANGE       /* com.sun.star.table.XCellRange: a range of cells,
                         read by the add-in over its used rows only (a whole
                         column costs its used cells); arrives as JXA_ARRAY,
                         blanks JXA_EMPTY, error cells JXA_ERRCELL.  Calc
                         refuses inline arrays {1;2} and computed arrays
                         here itself (Err:504) without calling us          */
} jxa_ptype;

typedef struct jxa_param {
    const char *name;      /* IDL parameter name (ASCII)                     */
    jxa_ptype type;
    int optional;          /* may be omitted (JXA_P_ANY only)                */
    const char *zh_name, *en_name;
    const char *zh_help, *en_help;
} jxa_param;

#define JXA_PARAMS_MAX 8

/*
 * Compute a function.  arg has exactly nparams values (omitted optional
 * ones are JXA_VOID).  Returns JX_OK with res->num or res->text set, or an
 * error with res->bad_arg / res->why set (the caller raises
 * IllegalArgumentException, which Calc shows as Err:502).
 */
typedef jx_err (*jxa_impl)(const jxa_value *arg, const jxa_ctx *ctx,
                           jxa_result *res);

typedef struct jxa_func {
    const char *name;      /* upper-case ASCII, the IDL method name          */
    jxa_rtype ret;
    const char *zh_name, *en_name;   /* Function Wizard names               */
    const char *zh_help, *en_help;   /* one paragraph with an example       */
    int nparams;
    jxa_param param[JXA_PARAMS_MAX];
    jxa_impl impl;
} jxa_func;

/* The table, in IDL method order. */
extern const jxa_func jxa_functions[];
extern const int jxa_nfunctions;

/* The row named `name` (ASCII, case-insensitive), or NULL. */
const jxa_func *jxa_find(const char *name, size_t len);

/*
 * Call f with args, after the checks every function shares: required
 * arguments present, and on success a finite result (never NaN/Inf).
 */
jx_err jxa_call(const jxa_func *f, const jxa_value *arg, const jxa_ctx *ctx,
                jxa_result *res);

#endif
