/*
 * value.h - cell values as the add-in's functions see them, with no UNO.
 *
 * The binary-UNO layer (addin.c) turns each argument Calc passes (double,
 * string, any, any[][]) into a jxa_value, calls the function from the
 * table (functions.c) and turns its jxa_result back into a UNO value or an
 * IllegalArgumentException.  Keeping UNO out of the functions lets them be
 * unit-tested natively (under ASan and valgrind) and lets the documentation
 * generator link them without LibreOffice.
 */
#ifndef JIXIAO_ADDIN_VALUE_H
#define JIXIAO_ADDIN_VALUE_H

#include <stddef.h>
#include "jixiao/error.h"

/* What a value holds. */
typedef enum jxa_type {
    JXA_VOID = 0,   /* an omitted optional argument                        */
    JXA_EMPTY,      /* an empty cell inside a range (Calc passes "")       */
    JXA_NUM,        /* a number (also TRUE/FALSE and dates, as Calc stores) */
    JXA_STR,        /* a non-empty text, UTF-8                             */
    JXA_ERRCELL,    /* a cell holding an error value inside a range         */
    JXA_ARRAY       /* a range: rows x cols cells, row-major                */
} jxa_type;

typedef struct jxa_value {
    jxa_type type;
    double num;                  /* JXA_NUM                                 */
    const char *str;             /* JXA_STR: UTF-8, NUL-terminated          */
    size_t len;                  /* JXA_STR: bytes                          */
    int bad_text;                /* JXA_STR: the UTF-16 was not valid       */
    int rows, cols;              /* JXA_ARRAY: the range's full size        */
    /*
     * JXA_ARRAY: how many of its first rows cell[] holds (1 ... rows).  A
     * range read from a sheet holds its rows down to the last one with
     * content in any range argument of the call: the rows below are blank
     * cells, not stored, so a whole column costs memory for its used rows
     * only.  Every range argument of one call holds min(rows, that count)
     * rows, so ranges of the same size pair up cell by cell.  Literal
     * arrays and `any` arguments hold all their rows.
     */
    int held_rows;
    const struct jxa_value *cell;/* JXA_ARRAY: held_rows * cols values      */
} jxa_value;

/* What a function returns. */
typedef enum jxa_rtype {
    JXA_RET_DOUBLE = 0,
    JXA_RET_STRING,
    JXA_RET_BOOL     /* 1 or 0, declared double in the IDL (gen.c)  */
} jxa_rtype;

/* Longest message a CHECK* function returns (bytes, UTF-8). */
#define JXA_MSG_MAX 512

typedef struct jxa_result {
    double num;                  /* JXA_RET_DOUBLE, JXA_RET_BOOL (0/1)      */
    char text[JXA_MSG_MAX];      /* JXA_RET_STRING                          */
    /* On error: the argument at fault (0-based, -1 unknown) and why. */
    int bad_arg;
    char why[JXA_MSG_MAX];
} jxa_result;

/* Per-call context: the language of messages. */
typedef struct jxa_ctx {
    jx_lang lang;
} jxa_ctx;

#endif
