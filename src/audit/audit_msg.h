#ifndef JIXIAO_AUDIT_AUDIT_MSG_H
#define JIXIAO_AUDIT_AUDIT_MSG_H
/*
 * Every message jixiao-audit writes — its command line, writing reports and
 * pictures, and the findings of an audit — in one table, Chinese and
 * English (audit_msg.c).  Both texts of a message take the same printf
 * conversions in the same order (tests/audit/test_audit_msg.c checks it).  The
 * xlsx reader, a component of its own, keeps its table in xlsx_msg.c; the
 * rule messages the audit quotes come from the core (jx_strerror,
 * jx_msg_fill).
 */
#include <stddef.h>

#include "jixiao/error.h"

typedef enum jxau_msg {
    /* the command line (main.c) */
    JXAU_AM_NO_VALUE, JXAU_AM_LANG_VALUE, JXAU_AM_UNKNOWN_OPTION, JXAU_AM_NO_WORKBOOKS,
    JXAU_AM_SAME_FILE,         /* path */
    JXAU_AM_OVER_INPUT,        /* option, path, input */
    JXAU_AM_OUT_NOT_REGULAR,   /* option, path */
    JXAU_AM_OUT_FOREIGN,       /* option, path */
    JXAU_AM_OUT_NEEDS_FORCE,   /* option, path */
    JXAU_AM_NO_MEMORY,
    JXAU_AM_PATH_NO_MEMORY,    /* path */
    JXAU_AM_PATH_ERROR,        /* path, reason */
    /* writing a report, a chart book or pictures (report.c, summary.c, pictures.c) */
    JXAU_WM_WRITE,             /* path, reason */
    JXAU_WM_WRITE_NOMEM,       /* path */
    JXAU_WM_CREATE,            /* path */
    JXAU_WM_APPEARED,          /* path */
    JXAU_WM_NOMEM,
    JXAU_WM_PATH_ERROR,        /* path, reason */
    JXAU_WM_NOT_FOLDER,        /* path */
    JXAU_WM_EXISTS,            /* path */
    JXAU_WM_OFFICE,            /* office binary, JXAU_WM_IN_TIME or "" */
    JXAU_WM_IN_TIME,
    JXAU_WM_PDFTOPPM,          /* chart name */
    /* findings of an audit (audit.c) */
    JXAU_FM_BLANK,             /* how a blank cell is shown */
    JXAU_FM_SHEET_MISSING,     /* sheet */
    JXAU_FM_SHEET_UNREAD,      /* sheet, reason */
    JXAU_FM_CHART_SHEET,       /* the reason for a chart sheet */
    JXAU_FM_INPUT_BLANK,       /* cell, record kind */
    JXAU_FM_NOT_NUMBER,        /* cell */
    JXAU_FM_MISMATCH,          /* what, stated, recomputed */
    JXAU_FM_ZERO_DENOMINATOR,  /* what */
    JXAU_FM_EXEC_RATE_RECEIVED,
    JXAU_FM_EXEC_RATE,
    JXAU_FM_EXEC_SCORE,
    JXAU_FM_RULE,
    JXAU_FM_ACTUAL,
    JXAU_FM_ACTUAL_NOT_LEVEL,
    JXAU_FM_QUAL_RANGE,        /* level, low, high, stated */
    JXAU_FM_TARGET,
    JXAU_FM_IND_SCORE,
    JXAU_FM_OVER_NO_REASON,    /* percent (%g) */
    JXAU_FM_TOTAL_BLANK,       /* parts */
    JXAU_FM_GRADE,             /* stated grade, total, grade */
    JXAU_FM_TREE_RANGES,       /* map row (%u) */
    JXAU_FM_FORMULA_NOW,       /* cell, JXAU_FM_NOW_* */
    JXAU_FM_NOW_NOTHING, JXAU_FM_NOW_NUMBER, JXAU_FM_NOW_TEXT,
    JXAU_FM_FORMULA_CHANGED,   /* cell */
    JXAU_FM_WANT_NUMBER,       /* cell */
    JXAU_FM_NEGATIVE,          /* cell */
    JXAU_FM_UNPROTECTED,       /* sheet */
    JXAU_FM_FUND_RATE,
    JXAU_FM_CONTROL_RATE,
    JXAU_MSG_COUNT
} jxau_msg;

/* The text of message id in lang: a printf format for those with arguments. */
const char *jxau_msg_text(jx_lang lang, jxau_msg id);

/* Write message id, in lang, with its arguments into buf (cap bytes). */
void jxau_msg_format(char *buf, size_t cap, jx_lang lang, jxau_msg id, ...);

#endif
