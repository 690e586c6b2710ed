/*
 * msg.h - every message jixiao-template prints, in Chinese and English.
 *
 * One table (msg.c) like the core's error.c: an id per message, its zh and
 * en texts as printf formats taking the same conversions in the same order
 * (tests/template/test_msg.c checks it), so one argument list serves both.
 * The language is chosen once, by main: the locale (LC_ALL, LC_MESSAGES,
 * LANG, the first one set: "en..." is English, anything else Chinese, as
 * jixiao-audit does), then --lang zh|en.  Messages that quote the core
 * (jx_diag_format, jx_strerror, jx_check_weights) ask it in tpl_msg_lang().
 *
 * The comment after each id names its arguments.
 */
#ifndef TPL_MSG_H
#define TPL_MSG_H

#include <stddef.h>
#include <stdio.h>

#include "diag.h"
#include "jixiao/error.h"

typedef enum tpl_msg_id {
    /* the command line (main.c) */
    TPL_M_USAGE,              /* (none) the --help text                          */
    TPL_M_SEE_HELP,           /* (none) appended to a command-line error         */
    TPL_M_FIG_ARG,            /* option, value                                   */
    TPL_M_PASSWORD_LENGTH,    /* (none)                                          */
    TPL_M_PASSWORD_ASCII,     /* (none)                                          */
    TPL_M_UNKNOWN_TABLE,      /* name                                            */
    TPL_M_NO_VALUE,           /* option                                          */
    TPL_M_EXEC_POINTS_ARG,    /* value                                           */
    TPL_M_JOBS_ARG,           /* value                                           */
    TPL_M_FORMULAS_ARG,       /* value                                           */
    TPL_M_LANG_ARG,           /* value                                           */
    TPL_M_UNKNOWN_OPTION,     /* option                                          */
    TPL_M_GRADES,             /* the core's reason                               */
    TPL_M_OPT_TOO_LONG,       /* option, characters (size_t), limit (size_t)     */
    TPL_M_OUT_NAME,           /* why (TPL_M_NAME_*)                              */
    TPL_M_NO_OUTPUT,          /* (none)                                          */
    TPL_M_SKIP_NEEDS_BATCH,   /* (none)                                          */
    TPL_M_TABLE_NO_SPEC_OPT,  /* table name                                      */
    TPL_M_BATCH_NEEDS_DIR,    /* (none)                                          */
    TPL_M_NO_OUT_DIR,         /* folder                                          */
    TPL_M_BATCH_NO_O_SPEC,    /* (none)                                          */
    TPL_M_FORCE_AND_SKIP,     /* (none)                                          */
    TPL_M_NO_TABLE,           /* (none)                                          */
    /* CSV files (csv.c) */
    TPL_M_NO_GB18030,         /* strerror                                        */
    TPL_M_UTF16,              /* (none)                                          */
    TPL_M_BAD_UTF8,           /* byte number (size_t), byte (unsigned)           */
    TPL_M_NOT_UTF8_NOR_GB,    /* byte number (size_t), byte (unsigned)           */
    TPL_M_READ_AS,            /* file, encoding: a note, not an error            */
    TPL_M_NUL_BYTES,          /* (none)                                          */
    TPL_M_KIND_FOLDER,        /* (none) what a non-regular file is ...           */
    TPL_M_KIND_FIFO,          /* (none)                                          */
    TPL_M_KIND_DEVICE,        /* (none)                                          */
    TPL_M_KIND_SOCKET,        /* (none)                                          */
    TPL_M_KIND_SPECIAL,       /* (none)                                          */
    TPL_M_NOT_REGULAR,        /* kind (TPL_M_KIND_*)                             */
    TPL_M_CANNOT_OPEN,        /* strerror                                        */
    TPL_M_CANNOT_STAT,        /* strerror                                        */
    TPL_M_CANNOT_SEEK,        /* (none)                                          */
    TPL_M_FILE_TOO_BIG,       /* size (long), limit (unsigned)                   */
    TPL_M_READ_FAILED,        /* strerror                                        */
    TPL_M_TOO_MANY_FIELDS,    /* limit (int)                                     */
    TPL_M_OPEN_QUOTE,         /* (none)                                          */
    TPL_M_AFTER_QUOTE,        /* column (int)                                    */
    TPL_M_QUOTE_INSIDE,       /* column (int)                                    */
    TPL_M_EMPTY_FILE,         /* (none)                                          */
    /* specs (spec.c, spec_xlsx.c) */
    TPL_M_SPEC_NO_COLUMN,     /* column name                                     */
    TPL_M_SENTENCE,           /* the core's reason                               */
    TPL_M_FIRST_L1_EMPTY,     /* (none)                                          */
    TPL_M_FIRST_L2_EMPTY,     /* (none)                                          */
    TPL_M_NEW_L1_NEEDS_L2,    /* level-1 name                                    */
    TPL_M_L3_EMPTY,           /* (none)                                          */
    TPL_M_POINTS_NOT_NUMBER,  /* text                                            */
    TPL_M_POINTS_RANGE,       /* text                                            */
    TPL_M_UNKNOWN_RULE,       /* text                                            */
    TPL_M_RULE_NEEDS_TARGET,  /* rule name, the core's reason                    */
    TPL_M_TOO_MANY_ROWS,      /* limit (int)                                     */
    TPL_M_NO_ROWS,            /* (none)                                          */
    TPL_M_WEIGHTS,            /* the core's reason, total (double), execution (double) */
    TPL_M_SPEC_SHEET,         /* file, sheet: names a workbook's sheet in messages */
    TPL_M_NO_HEADER_SHEET,    /* rows searched (int)                             */
    TPL_M_NOT_XLSX,           /* the reader's reason                             */
    /* file names (batch.c) */
    TPL_M_INV_SOFT_HYPHEN,    /* (none) kinds of invisible characters ...        */
    TPL_M_INV_BIDI,           /* (none)                                          */
    TPL_M_INV_FILLER,         /* (none)                                          */
    TPL_M_INV_ZERO_WIDTH,     /* (none)                                          */
    TPL_M_INV_LINE_SEP,       /* (none)                                          */
    TPL_M_INV_INVISIBLE,      /* (none)                                          */
    TPL_M_INV_DEPRECATED,     /* (none)                                          */
    TPL_M_INV_ANNOTATION,     /* (none)                                          */
    TPL_M_INV_FORMAT,         /* (none)                                          */
    TPL_M_INV_TAG,            /* (none)                                          */
    TPL_M_NAME_LOCK,          /* name                                            */
    TPL_M_NAME_RESERVED,      /* name                                            */
    TPL_M_NAME_INVISIBLE,     /* name, code point (long), kind (TPL_M_INV_*)     */
    /* batches (batch.c) */
    TPL_M_BATCH_NO_COLUMN,    /* column name                                     */
    TPL_M_COL_NOT_NUMBER,     /* column name, text                               */
    TPL_M_COL_NEGATIVE,       /* column name, text                               */
    TPL_M_SPEC_CITED,         /* the spec's message, batch file, line (long)     */
    TPL_M_NAME_TOO_LONG,      /* bytes (size_t), limit (int)                     */
    TPL_M_NAME_GIVEN,         /* why (TPL_M_NAME_*)                              */
    TPL_M_NAME_DERIVED,       /* why (TPL_M_NAME_*)                              */
    TPL_M_PATH_TOO_LONG,      /* (none)                                          */
    TPL_M_BATCH_EXISTS,       /* path                                            */
    TPL_M_COL_TOO_LONG,       /* column name, characters (size_t), limit (size_t) */
    TPL_M_TOO_FEW_COLUMNS,    /* columns (int)                                   */
    TPL_M_COL_EMPTY,          /* column name                                     */
    TPL_M_EXEC_NOT_NUMBER,    /* text                                            */
    TPL_M_EXEC_RANGE,         /* text                                            */
    TPL_M_TABLE_NO_SPEC_COL,  /* table name                                      */
    TPL_M_NO_DATA_ROWS,       /* (none)                                          */
    TPL_M_WORKER_DIED,        /* worker number (int)                             */
    TPL_M_STOPPED,            /* signal (int)                                    */
    TPL_M_DONE,               /* workbooks (size_t), folder                      */
    TPL_M_DONE_SKIPPED,       /* workbooks (size_t), skipped (size_t), folder    */
    /* writing (output.c) */
    TPL_M_NOT_FILE_NAME,      /* (none)                                          */
    TPL_M_EXISTS,             /* (none)                                          */
    TPL_M_NO_TEMP,            /* strerror                                        */
    TPL_M_CANNOT_WRITE,       /* strerror                                        */
    /* workbooks (book.c, tables.c, veryhide.c) */
    TPL_M_WRITE_PART,         /* sheet, part (TPL_M_PART_*), cell, reason        */
    TPL_M_PART_TEXT,          /* (none) the parts of a sheet a write can fail on ... */
    TPL_M_PART_NUMBER,        /* (none)                                          */
    TPL_M_PART_MERGE,         /* (none)                                          */
    TPL_M_PART_BLANK_INPUT,   /* (none)                                          */
    TPL_M_PART_FORMULA,       /* (none)                                          */
    TPL_M_PART_VALIDATION,    /* (none)                                          */
    TPL_M_PART_LIST,          /* (none)                                          */
    TPL_M_PART_COND_FORMAT,   /* (none)                                          */
    TPL_M_PART_ROW_HEIGHT,    /* (none)                                          */
    TPL_M_PART_PRINT_TITLES,  /* (none)                                          */
    TPL_M_PART_FOOTER,        /* (none)                                          */
    TPL_M_PART_COL_WIDTH,     /* (none)                                          */
    TPL_M_PART_HIDDEN_COLS,   /* (none)                                          */
    TPL_M_NO_WORKBOOK,        /* (none)                                          */
    TPL_M_TOO_MANY_SHEETS,    /* (none)                                          */
    TPL_M_NO_SHEET,           /* sheet name                                      */
    TPL_M_NO_MAP_SHEET,       /* (none)                                          */
    TPL_M_MAP_RECORD,         /* record kind                                     */
    TPL_M_NO_NAME,            /* defined name                                    */
    TPL_M_CLOSE_FAILED,       /* libxlsxwriter's reason                          */
    TPL_M_MERGE_OVERLAP,      /* sheet, first cell, last cell                    */
    TPL_M_TOO_MANY_MERGES,    /* (none)                                          */
    TPL_M_FORMULA_TOO_LONG,   /* bytes (int)                                     */
    TPL_M_FORMULA_COMPILE,    /* the core's reason                               */
    TPL_M_NO_REREAD,          /* (none)                                          */
    TPL_M_NO_VERY_HIDE,       /* sheet name                                      */
    TPL_M_WRITE_FAILED,       /* (none)                                          */
    TPL_M_MAP_EMPTY_CELL,     /* (none)                                          */
    /* the data-validation titles and prompts written into workbooks (in TPL_WORKBOOK_LANG;
     * a prompt that states a rule is a check text, the core's jx_msg) */
    TPL_M_V_POINTS,           /* (none)                                          */
    TPL_M_V_SCORE,            /* (none)                                          */
    TPL_M_V_ACTUAL,           /* (none)                                          */
    TPL_M_V_ACTUAL_PROMPT,    /* (none)                                          */
    TPL_M_V_ACTUAL_PCT_PROMPT, /* (none): "%%" is a percent sign                */
    TPL_M_V_LEVEL_PROMPT,     /* (none)                                          */
    TPL_M_V_FROM_LIST,        /* (none)                                          */
    TPL_M_V_MONEY,            /* (none)                                          */
    TPL_M_V_MONEY_PROMPT,     /* (none)                                          */
    TPL_M_V_COUNT,            /* (none)                                          */
    TPL_M_V_COUNT_PROMPT,     /* (none)                                          */
    TPL_M_V_AREA,             /* (none)                                          */
    TPL_M_V_AREA_PROMPT,      /* (none)                                          */
    TPL_M_V_DEDUCTIONS,       /* (none)                                          */
    TPL_M_V_DEDUCTIONS_PROMPT, /* (none) */
    TPL_M_V_QUANTITY,         /* (none)                                          */
    TPL_M_V_QUANTITY_PROMPT,  /* (none)                                          */
    TPL_M_V_STATED_AREA,      /* (none)                                          */
    TPL_M_V_STATED_AREA_PROMPT, /* (none) */
    TPL_M_V_STATED_TOTAL,     /* (none)                                          */
    TPL_M_V_STATED_TOTAL_PROMPT, /* (none) */
    TPL_M__COUNT
} tpl_msg_id;

/* The language of the texts written into workbooks (check texts, validation
 * prompts): the official tables are Chinese whatever --lang says. */
#define TPL_WORKBOOK_LANG JX_LANG_ZH

/* The language of messages from now on (JX_LANG_ZH, the default, or JX_LANG_EN). */
void tpl_msg_set_lang(jx_lang lang);

/* The language messages are given in. */
jx_lang tpl_msg_lang(void);

/* The language the environment asks for, and --lang's value: jx_lang_from_locale and
 * jx_lang_parse (the core's, shared with jixiao-audit). */

/* The printf format of message id in lang; "" for an id out of range. */
const char *tpl_msg_text_in(tpl_msg_id id, jx_lang lang);

/* The printf format of message id in tpl_msg_lang(). */
const char *tpl_msg_text(tpl_msg_id id);

/* Message id formatted into buf (always NUL-terminated when cap > 0). */
void tpl_msg_format(char *buf, size_t cap, tpl_msg_id id, ...);

/* Message id in lang formatted into buf (always NUL-terminated when cap > 0). */
void tpl_msg_format_in(char *buf, size_t cap, jx_lang lang, tpl_msg_id id, ...);

/* Message id formatted to f as it is (no prefix, no line end added). */
void tpl_msg_print(FILE *f, tpl_msg_id id, ...);

/* "jixiao-template: " and message id, one line on stderr. */
void tpl_msg_say(tpl_msg_id id, ...);

/* tpl_fail (diag.h) with message id as its text. */
int tpl_msg_fail(tpl_diag *d, int code, const char *file, long line, tpl_msg_id id, ...);

/* tpl_fail with the core's "out of memory" in tpl_msg_lang(). */
int tpl_msg_fail_nomem(tpl_diag *d, const char *file, long line);

#endif
