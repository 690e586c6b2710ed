/*
 * diag.h - one-line errors and exit codes of jixiao-template.
 *
 * Every failure is reported once, as one line on stderr:
 *   jixiao-template: FILE:LINE: reason
 * (FILE and LINE are left out when there is no file or line to name), and
 * the process exits with one of the codes below.  Functions that can fail
 * fill a tpl_diag and return its code, so the caller decides whether to
 * print, skip a batch row or stop.
 */
#ifndef TPL_DIAG_H
#define TPL_DIAG_H

#include <stdarg.h>
#include <stddef.h>

/* Exit codes; stable, documented in docs/TEMPLATES.md. */
enum {
    TPL_OK = 0,
    TPL_EXIT_USAGE = 1,   /* bad command line                           */
    TPL_EXIT_INPUT = 2,   /* a spec or batch file refused               */
    TPL_EXIT_EXISTS = 3,  /* the output exists and --force was not given */
    TPL_EXIT_WRITE = 4,   /* the workbook could not be written          */
    TPL_EXIT_INTERNAL = 5 /* a bug: the core refused our own numbers    */
};

#define TPL_MSG_MAX 768

/* Where and why something failed. */
typedef struct tpl_diag {
    int code;                 /* one of the TPL_EXIT_* codes, TPL_OK when clear */
    char msg[TPL_MSG_MAX];    /* "FILE:LINE: reason" or "reason"               */
} tpl_diag;

/*
 * Record a failure: `code`, and a message prefixed with "file:line: " when
 * file is not NULL (line <= 0 leaves the line out).  Returns `code` so that
 * callers can write `return tpl_fail(d, ...)`.  A diag that already holds a
 * failure keeps the first one: the root cause is the one worth reading.
 */
int tpl_fail(tpl_diag *d, int code, const char *file, long line,
             const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* tpl_fail with its arguments in a va_list (tpl_msg_fail, msg.h, uses it). */
int tpl_vfail(tpl_diag *d, int code, const char *file, long line,
              const char *fmt, va_list ap)
    __attribute__((format(printf, 5, 0)));

/* Print the diag as one line on stderr, prefixed with the program name. */
void tpl_diag_print(const tpl_diag *d);

#endif
