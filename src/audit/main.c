/*
 * main.c - jixiao-audit: recompute a finance bureau's returned workbooks.
 *
 *   jixiao-audit [--csv FILE] [--xlsx FILE] [--summary FILE] [--png DIR] [--lang zh|en] DIR|FILES...
 *
 * Exit status: 0 nothing found, 1 findings (or workbooks that could not be
 * audited), 2 usage or I/O error.  docs/AUDIT.md describes the reports.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "audit.h"
#include "report.h"
#include "pictures.h"
#include "summary.h"

static const char usage_text[] =
    "usage: jixiao-audit [--csv FILE] [--xlsx FILE] [--summary FILE] [--png DIR] [--lang zh|en] DIR|FILES...\n"
    "\n"
    "Audit workbooks made from jixiao templates and returned filled in: every\n"
    "rate, score, total and grade is recomputed from the inputs with the jixiao\n"
    "core library, using the hidden _jixiao map the template wrote.  Reported per\n"
    "workbook: unit and project, computed and stated total and grade, every\n"
    "disagreement, formulas overwritten or changed, missing 偏差原因, over-\n"
    "achievement (>= 130%) without a reason, sheet protection removed.\n"
    "Directories are scanned for *.xlsx (not recursively, sorted by name).\n"
    "Corrupt, foreign, encrypted or map-less files are reported and skipped.\n"
    "\n"
    "  --csv FILE    also write the findings as CSV (UTF-8 with BOM)\n"
    "  --xlsx FILE   also write the findings workbook (summary and findings sheets)\n"
    "  --summary FILE  also write the bureau's 汇总 workbook: one row per workbook\n"
    "                (budget, spent, rate, total, grade, status, first problem),\n"
    "                totals, every finding linked to its cell, three charts\n"
    "  --png DIR     also render those three charts as DIR/grades.png, scores.png and\n"
    "                exec-rate.png through headless LibreOffice (soffice, pdftoppm)\n"
    "  --lang zh|en  language of messages and headers (default zh)\n"
    "  -h, --help    this text\n"
    "\n"
    "Exit status: 0 nothing found; 1 findings or skipped workbooks;\n"
    "2 usage error, unreadable argument or an output that cannot be written.\n";

typedef struct paths {
    char **v;
    size_t n, alloc;
} paths;

static int push(paths *p, const char *s)
{
    if (p->n == p->alloc) {
        size_t na = p->alloc ? p->alloc * 2 : 64;
        char **g = realloc(p->v, na * sizeof *g);
        if (g == NULL)
            return -1;
        p->v = g;
        p->alloc = na;
    }
    if ((p->v[p->n] = strdup(s)) == NULL)
        return -1;
    p->n++;
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* An .xlsx name, not an office lock file ("~$x.xlsx"). */
static int is_xlsx_name(const char *name)
{
    size_t n = strlen(name);
    return n > 5 && strcasecmp(name + n - 5, ".xlsx") == 0 && strncmp(name, "~$", 2) != 0 &&
           name[0] != '.';
}

/* Add the .xlsx files of a directory, sorted.  -1 on error (message printed). */
static int scan_dir(paths *p, const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    size_t first = p->n;

    if (d == NULL) {
        fprintf(stderr, "jixiao-audit: %s: %s\n", dir, strerror(errno));
        return -1;
    }
    while ((e = readdir(d)) != NULL) {
        char full[4096];
        struct stat st;
        if (!is_xlsx_name(e->d_name))
            continue;
        size_t dl = strlen(dir);
        snprintf(full, sizeof full, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", e->d_name);
        if (stat(full, &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        if (push(p, full) < 0) {
            closedir(d);
            fprintf(stderr, "jixiao-audit: out of memory\n");
            return -1;
        }
    }
    closedir(d);
    qsort(p->v + first, p->n - first, sizeof *p->v, cmp_str);
    return 0;
}

/* The same file as `other` (an output of an earlier run in the scanned
 * directory is not a returned workbook). */
static int same_file(const char *path, const char *other)
{
    struct stat a, b;
    return other && stat(path, &a) == 0 && stat(other, &b) == 0 && a.st_dev == b.st_dev &&
           a.st_ino == b.st_ino;
}

static int usage_error(const char *msg)
{
    fprintf(stderr, "jixiao-audit: %s\n%s", msg, usage_text);
    return 2;
}

int main(int argc, char **argv)
{
    const char *csv = NULL, *xlsx = NULL, *summary = NULL, *png = NULL;
    jx_lang lang = JX_LANG_ZH;
    paths p = {0};
    jxa_result *res;
    int status = 0, nargs = 0;
    char err[XLSX_ERR_MAX];

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_text, stdout);
            return 0;
        } else if (strcmp(a, "--csv") == 0 || strcmp(a, "--xlsx") == 0 || strcmp(a, "--lang") == 0) {
            if (i + 1 >= argc)
                return usage_error("an option lacks its value");
            if (a[2] == 'c')
                csv = argv[++i];
            else if (a[2] == 'x')
                xlsx = argv[++i];
            else if (strcmp(argv[++i], "zh") == 0)
                lang = JX_LANG_ZH;
            else if (strcmp(argv[i], "en") == 0)
                lang = JX_LANG_EN;
            else
                return usage_error("--lang takes zh or en");
        } else if (strcmp(a, "--summary") == 0 || strcmp(a, "--png") == 0) {
            if (i + 1 >= argc)
                return usage_error("an option lacks its value");
            if (a[2] == 's')
                summary = argv[++i];
            else
                png = argv[++i];
        } else if (strcmp(a, "--") == 0) {
            for (i++; i < argc; i++, nargs++)
                if (push(&p, argv[i]) < 0)
                    return 2;
        } else if (a[0] == '-' && a[1]) {
            return usage_error("unknown option");
        } else {
            struct stat st;
            nargs++;
            if (stat(a, &st) != 0) {
                fprintf(stderr, "jixiao-audit: %s: %s\n", a, strerror(errno));
                status = 2;
            } else if (S_ISDIR(st.st_mode) ? scan_dir(&p, a) < 0 : push(&p, a) < 0) {
                status = 2;
            }
        }
    }
    if (nargs == 0)
        return usage_error("no workbooks given");
    for (size_t i = 0; i < p.n;) {
        if (same_file(p.v[i], csv) || same_file(p.v[i], xlsx) || same_file(p.v[i], summary)) {
            free(p.v[i]);
            memmove(p.v + i, p.v + i + 1, (p.n - i - 1) * sizeof *p.v);
            p.n--;
        } else {
            i++;
        }
    }
    res = calloc(p.n ? p.n : 1, sizeof *res);
    if (res == NULL)
        return 2;
    for (size_t i = 0; i < p.n; i++) {
        int rc = jxa_audit_file(p.v[i], lang, &res[i]);
        if (rc < 0) {
            fprintf(stderr, "jixiao-audit: %s: out of memory\n", p.v[i]);
            status = 2;
        } else if ((rc == 1 || res[i].nfindings > 0) && status == 0) {
            status = 1;
        }
    }
    jxa_print_text(stdout, res, p.n, lang);
    if (csv && jxa_write_csv(csv, res, p.n, lang, err, sizeof err) < 0) {
        fprintf(stderr, "jixiao-audit: %s\n", err);
        status = 2;
    }
    if (xlsx && jxa_write_xlsx(xlsx, res, p.n, lang, err, sizeof err) < 0) {
        fprintf(stderr, "jixiao-audit: %s\n", err);
        status = 2;
    }
    if (summary && jxa_write_summary(summary, res, p.n, lang, err, sizeof err) < 0) {
        fprintf(stderr, "jixiao-audit: %s\n", err);
        status = 2;
    }
    if (png && jxa_write_pictures(png, res, p.n, lang, 0, err, sizeof err) < 0) {
        fprintf(stderr, "jixiao-audit: %s\n", err);
        status = 2;
    }
    for (size_t i = 0; i < p.n; i++) {
        jxa_result_free(&res[i]);
        free(p.v[i]);
    }
    free(res);
    free(p.v);
    return status;
}
