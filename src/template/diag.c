/*
 * diag.c - one-line error reporting (see diag.h).
 */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int tpl_fail(tpl_diag *d, int code, const char *file, long line,
             const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    code = tpl_vfail(d, code, file, line, fmt, ap);
    va_end(ap);
    return code;
}

int tpl_vfail(tpl_diag *d, int code, const char *file, long line,
              const char *fmt, va_list ap)
{
    size_t used = 0;

    if (d == NULL || d->code != TPL_OK)
        return d ? d->code : code;
    d->code = code;
    d->msg[0] = '\0';
    if (file != NULL && line > 0)
        used = (size_t)snprintf(d->msg, sizeof d->msg, "%s:%ld: ", file, line);
    else if (file != NULL)
        used = (size_t)snprintf(d->msg, sizeof d->msg, "%s: ", file);
    if (used >= sizeof d->msg)
        used = sizeof d->msg - 1;
    vsnprintf(d->msg + used, sizeof d->msg - used, fmt, ap);
    /* One line, whatever the reason quoted: newlines would split it. */
    for (char *p = d->msg; *p; p++)
        if (*p == '\n' || *p == '\r')
            *p = ' ';
    return code;
}

void tpl_diag_print(const tpl_diag *d)
{
    fprintf(stderr, "jixiao-template: %s\n", d->msg);
}
