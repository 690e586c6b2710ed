/*
 * jxeval.c - evaluate the add-in's functions without LibreOffice.
 *
 * The sample-sheet test reads every cell that calls one of our functions in
 * real Calc, resolves its arguments to values, and asks this program what
 * the same function table (src/addin/functions.c) computes on the core
 * library natively.  Both must agree to the bit: that proves the UNO layer
 * neither loses nor changes anything between a cell and the core.
 *
 * Input, one call per line (UTF-8):
 *     NAME <TAB> ARG <TAB> ARG ...
 * where ARG is  n:<number> | s:<text> | e (empty cell) | v (omitted)
 *             | r:<rows>x<cols>:<cell>\x1f<cell>\x1f...   (cells n:/s:/e/x)
 * (x is an error cell).  In s: texts, \t \n \\ and \x1f are escaped as
 * \t \n \\ \u.  Output, one line per call:
 *     n <TAB> %.17g | s <TAB> text | b <TAB> 0|1 | err <TAB> code <TAB> why
 * Arguments are passed as Calc would pass them to the parameter's IDL type:
 * a text to a `double` parameter is read as Calc reads it ("96%" -> 0.96;
 * anything else is #VALUE!, reported as err), an empty cell to a `double`
 * is 0, a number to a `string` parameter is its text.
 * Options: --lang zh|en (default zh); --list prints the function names.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "functions.h"

#define MAX_LINE (1 << 20)
#define MAX_CELLS 100000

/* Undo the escapes of an s: text in place. */
static void unescape(char *s)
{
    char *w = s;
    for (; *s; s++) {
        if (*s != '\\' || s[1] == '\0') { *w++ = *s; continue; }
        s++;
        *w++ = *s == 't' ? '\t' : *s == 'n' ? '\n' : *s == 'u' ? '\x1f' : *s;
    }
    *w = '\0';
}

static int parse_scalar(char *t, jxa_value *v)
{
    memset(v, 0, sizeof *v);
    if (strcmp(t, "e") == 0) { v->type = JXA_EMPTY; return 0; }
    if (strcmp(t, "v") == 0) { v->type = JXA_VOID; return 0; }
    if (strcmp(t, "x") == 0) { v->type = JXA_ERRCELL; return 0; }
    if (strncmp(t, "n:", 2) == 0) {
        char *end;
        v->type = JXA_NUM;
        v->num = strtod(t + 2, &end);
        return *end ? -1 : 0;
    }
    if (strncmp(t, "s:", 2) == 0) {
        unescape(t + 2);
        v->type = JXA_STR;
        v->str = t + 2;
        v->len = strlen(t + 2);
        return 0;
    }
    return -1;
}

/* A range: cells are stored in `pool` (freed by the caller). */
static int parse_range(char *t, jxa_value *v, jxa_value **pool)
{
    int rows, cols, used;
    if (sscanf(t, "r:%dx%d:%n", &rows, &cols, &used) != 2 || rows <= 0 ||
        cols <= 0 || (long)rows * cols > MAX_CELLS)
        return -1;
    jxa_value *cells = calloc((size_t)rows * cols, sizeof *cells);
    if (!cells) return -1;
    *pool = cells;
    char *p = t + used;
    for (int k = 0; k < rows * cols; k++) {
        char *sep = strchr(p, '\x1f');
        if (sep) *sep = '\0';
        if ((sep == NULL) != (k == rows * cols - 1) || parse_scalar(p, &cells[k]))
            return -1;
        if (sep) p = sep + 1;
    }
    memset(v, 0, sizeof *v);
    v->type = JXA_ARRAY;
    v->rows = v->held_rows = rows;   /* a literal range holds all its rows (value.h) */
    v->cols = cols;
    v->cell = cells;
    return 0;
}

static void print_text(const char *s)
{
    for (; *s; s++) {
        if (*s == '\t') fputs("\\t", stdout);
        else if (*s == '\n') fputs("\\n", stdout);
        else if (*s == '\\') fputs("\\\\", stdout);
        else putchar(*s);
    }
}

/* Calc's reading of a text typed where a number goes: "96%", "1,234.5", " 3 ". */
static int text_number(const char *s, double *out)
{
    char buf[128];
    size_t n = 0;
    for (; *s && n + 1 < sizeof buf; s++)
        if (*s != ',' && *s != ' ')
            buf[n++] = *s;
    buf[n] = '\0';
    int percent = n > 0 && buf[n - 1] == '%';
    if (percent)
        buf[--n] = '\0';
    char *end;
    double v = strtod(buf, &end);
    if (n == 0 || *end != '\0')
        return -1;
    *out = percent ? v / 100.0 : v;
    return 0;
}

/* Convert each scalar argument the way Calc converts it for the IDL type. */
static int as_calc_passes(const jxa_func *f, jxa_value *arg, char (*text)[64])
{
    for (int k = 0; k < f->nparams; k++) {
        jxa_value *v = &arg[k];
        if (f->param[k].type == JXA_P_DOUBLE) {
            if (v->type == JXA_STR) {
                double d;
                if (text_number(v->str, &d))
                    return -1;               /* Calc: #VALUE!, no call */
                v->type = JXA_NUM;
                v->num = d;
            } else if (v->type == JXA_EMPTY || v->type == JXA_VOID) {
                v->type = JXA_NUM;
                v->num = 0;
            }
        } else if (f->param[k].type == JXA_P_STRING && v->type == JXA_NUM) {
            snprintf(text[k], sizeof text[k], "%.15g", v->num);
            v->type = JXA_STR;
            v->str = text[k];
            v->len = strlen(text[k]);
        } else if (f->param[k].type == JXA_P_STRING && v->type == JXA_EMPTY) {
            v->type = JXA_STR;
            v->str = "";
            v->len = 0;
        }
    }
    return 0;
}

static void eval_line(char *line, const jxa_ctx *ctx)
{
    jxa_value arg[JXA_PARAMS_MAX];
    jxa_value *pool[JXA_PARAMS_MAX] = { 0 };
    char *save = NULL, *name = strtok_r(line, "\t", &save);
    const jxa_func *f = name ? jxa_find(name, strlen(name)) : NULL;
    int n = 0, bad = f == NULL;
    char *t;
    while (!bad && (t = strtok_r(NULL, "\t", &save)) != NULL) {
        if (n == JXA_PARAMS_MAX) { bad = 1; break; }
        bad = t[0] == 'r' ? parse_range(t, &arg[n], &pool[n])
                          : parse_scalar(t, &arg[n]);
        n++;
    }
    if (!bad) {
        for (; n < f->nparams; n++) {           /* trailing omitted arguments */
            memset(&arg[n], 0, sizeof arg[n]);
            arg[n].type = JXA_VOID;
        }
        bad = n != f->nparams;
    }
    char text[JXA_PARAMS_MAX][64];
    if (bad) {
        printf("err\t-1\tbad input line\n");
    } else if (as_calc_passes(f, arg, text)) {
        printf("err\t-2\t#VALUE!: text where a number goes\n");
    } else {
        jxa_result res;
        memset(&res, 0, sizeof res);
        jx_err e = jxa_call(f, arg, ctx, &res);
        if (e != JX_OK) {
            printf("err\t%d\t", (int)e);
            print_text(res.why);
            putchar('\n');
        } else if (f->ret == JXA_RET_STRING) {
            fputs("s\t", stdout);
            print_text(res.text);
            putchar('\n');
        } else if (f->ret == JXA_RET_BOOL) {
            printf("b\t%d\n", res.num != 0);
        } else {
            printf("n\t%.17g\n", res.num);
        }
    }
    for (int k = 0; k < JXA_PARAMS_MAX; k++)
        free(pool[k]);
}

int main(int argc, char **argv)
{
    jxa_ctx ctx = { JX_LANG_ZH };
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (int k = 0; k < jxa_nfunctions; k++)
            puts(jxa_functions[k].name);
        return 0;
    }
    if (argc == 3 && strcmp(argv[1], "--lang") == 0)
        ctx.lang = strcmp(argv[2], "en") == 0 ? JX_LANG_EN : JX_LANG_ZH;
    char *line = malloc(MAX_LINE);
    if (!line) return 2;
    while (fgets(line, MAX_LINE, stdin)) {
        line[strcspn(line, "\r\n")] = '\0';
        eval_line(line, &ctx);
        fflush(stdout);
    }
    free(line);
    return 0;
}
