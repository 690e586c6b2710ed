/*
 * main.c - jixiao-audit: recompute a finance bureau's returned workbooks.
 *
 *   jixiao-audit [--csv FILE] [--xlsx FILE] [--summary FILE] [--png DIR] [--force]
 *                [--lang zh|en] DIR|FILES...
 *
 * Exit status: 0 nothing found, 1 findings (or workbooks that could not be
 * audited), 2 usage or I/O error.  docs/AUDIT.md describes the reports.
 */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "audit.h"
#include "report.h"
#include "audit_msg.h"
#include "pictures.h"

static const char usage_text[] =
    "usage: jixiao-audit [--csv FILE] [--xlsx FILE] [--summary FILE] [--png DIR]\n"
    "                    [--force] [--lang zh|en] DIR|FILES...\n"
    "\n"
    "Audit workbooks made from jixiao templates and returned filled in: every\n"
    "rate, score, total and grade is recomputed from the inputs with the jixiao\n"
    "core library, using the hidden _jixiao map the template wrote.  Reported per\n"
    "workbook: unit and project, computed and stated total and grade, every\n"
    "disagreement, formulas overwritten or changed, missing 偏差原因, over-\n"
    "achievement (>= 130%) without a reason, sheet protection removed.\n"
    "Directories are scanned for *.xlsx (not recursively, sorted by name).\n"
    "Corrupt, foreign, encrypted or map-less files, pipes, devices and broken\n"
    "links are reported and skipped; lock files and hidden files are listed.\n"
    "\n"
    "  --csv FILE    also write the findings as CSV (UTF-8 with BOM)\n"
    "  --xlsx FILE   also write a summary workbook (summary and findings sheets)\n"
    "  --summary FILE  also write the bureau's 汇总 workbook: one row per workbook\n"
    "                with budget, execution rate, score, grade and status, totals,\n"
    "                every finding linked to its cell, and charts\n"
    "  --png DIR     also render those three charts as DIR/grades.png, scores.png and\n"
    "                exec-rate.png through headless LibreOffice (soffice, pdftoppm)\n"
    "  --force       replace a report or pictures of an earlier run (never an input,\n"
    "                never a file jixiao-audit did not write)\n"
    "  --lang zh|en  language of messages and headers (default: en when LC_ALL,\n"
    "                LC_MESSAGES or LANG starts with en, otherwise zh)\n"
    "  -h, --help    this text\n"
    "\n"
    "Exit status: 0 nothing found; 1 findings or skipped workbooks;\n"
    "2 usage error, unreadable argument or an output that cannot be written.\n";

/* The language of messages: --lang, else the locale (zh... or en...), else zh. */
static jx_lang msg_lang = JX_LANG_ZH;

/* Print message id to stderr as "jixiao-audit: ...". */
static void say(jxau_msg id, ...)
{
    va_list ap;
    va_start(ap, id);
    fputs("jixiao-audit: ", stderr);
    vfprintf(stderr, jxau_msg_text(msg_lang, id), ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* One argument or folder entry: a workbook to audit, or one listed with
 * why it was not (a pipe, a dangling link, a lock file ...). */
typedef struct entry {
    char *path;
    const char *why_zh, *why_en;    /* set: not audited                      */
    int ignored;                    /* listed but not counted (lock, hidden)  */
    int explicit_;                  /* named on the command line             */
} entry;

typedef struct entries {
    entry *v;
    size_t n, alloc;
} entries;

static int push(entries *p, const char *s, int explicit_)
{
    if (p->n == p->alloc) {
        size_t na = p->alloc ? p->alloc * 2 : 64;
        entry *g = realloc(p->v, na * sizeof *g);
        if (g == NULL)
            return -1;
        p->v = g;
        p->alloc = na;
    }
    memset(&p->v[p->n], 0, sizeof p->v[p->n]);
    if ((p->v[p->n].path = strdup(s)) == NULL)
        return -1;
    p->v[p->n].explicit_ = explicit_;
    p->n++;
    return 0;
}

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->path, ((const entry *)b)->path);
}

/* Named like a workbook: *.xlsx, any case. */
static int xlsx_suffix(const char *name)
{
    size_t n = strlen(name);
    return n > 5 && strcasecmp(name + n - 5, ".xlsx") == 0;
}

/* Why an entry named *.xlsx is not a workbook to read: NULL when it is a
 * regular file (or a link to one).  Sets *ignored for lock and hidden files. */
static const char *entry_why(const char *name, const char *full, int *ignored, const char **zh)
{
    struct stat st;

    *ignored = 0;
    if (strncmp(name, "~$", 2) == 0) {
        *ignored = 1;
        *zh = "Office 锁定文件（~$…），不是工作簿";
        return "office lock file (~$...), not a workbook";
    }
    if (name[0] == '.') {
        *ignored = 1;
        *zh = "隐藏文件";
        return "hidden file";
    }
    if (stat(full, &st) != 0) {
        int e = errno;
        if (lstat(full, &st) == 0 && S_ISLNK(st.st_mode)) {
            *zh = e == ELOOP ? "链接循环，无法读取" : "链接指向的文件不存在";
            return e == ELOOP ? "link loop, cannot be read" : "dangling link: its target does not exist";
        }
        *zh = "无法读取";
        return "cannot be read";
    }
    if (S_ISREG(st.st_mode))
        return NULL;
    if (S_ISDIR(st.st_mode)) {
        *zh = "名为 *.xlsx 的文件夹（不读取子文件夹）";
        return "a folder named *.xlsx (folders are not read)";
    }
    *zh = S_ISFIFO(st.st_mode) ? "命名管道，不是普通文件，未读取" : "设备或特殊文件，不是普通文件，未读取";
    return S_ISFIFO(st.st_mode) ? "named pipe, not a regular file; not read" :
                                  "device or special file, not a regular file; not read";
}

/* Add the entries of a folder named *.xlsx, sorted; the ones that cannot
 * be workbooks are listed with their reason.  -1 on error (message printed). */
static int scan_dir(entries *p, const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    size_t first = p->n;

    if (d == NULL) {
        say(JXAU_AM_PATH_ERROR, dir, strerror(errno));
        return -1;
    }
    while ((e = readdir(d)) != NULL) {
        char full[4096];
        const char *zh = NULL, *why;
        int ignored;
        size_t dl = strlen(dir);
        if (!xlsx_suffix(e->d_name))
            continue;
        snprintf(full, sizeof full, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", e->d_name);
        why = entry_why(e->d_name, full, &ignored, &zh);
        if (push(p, full, 0) < 0) {
            closedir(d);
            say(JXAU_AM_NO_MEMORY);
            return -1;
        }
        p->v[p->n - 1].why_en = why;
        p->v[p->n - 1].why_zh = zh;
        p->v[p->n - 1].ignored = ignored;
    }
    closedir(d);
    qsort(p->v + first, p->n - first, sizeof *p->v, cmp_entry);
    return 0;
}

/* Both paths name one existing file (the same inode, through any link). */
static int same_file(const char *path, const char *other)
{
    struct stat a, b;
    return other && stat(path, &a) == 0 && stat(other, &b) == 0 && a.st_dev == b.st_dev &&
           a.st_ino == b.st_ino;
}

static int usage_error(jxau_msg id)
{
    say(id);
    fputs(usage_text, stderr);
    return 2;
}

/*
 * May the report `out` (--csv or --xlsx) be written?  Never over an input
 * (named, or a workbook of a scanned folder, through any link), never over
 * a file jixiao-audit did not write, over an earlier report only with
 * --force (issue 11 item 1).  An earlier report lying in a scanned folder
 * is then listed as ignored.  Returns 0, or 2 after a message.
 */
static int check_output(const char *opt, const char *out, const char *other, entries *p, int force)
{
    struct stat st;

    if (other && (strcmp(out, other) == 0 || same_file(out, other))) {
        say(JXAU_AM_SAME_FILE, out);
        return 2;
    }
    if (stat(out, &st) != 0)
        return 0;   /* does not exist yet (or a dangling link, replaced by the rename) */
    for (size_t i = 0; i < p->n; i++) {
        if (p->v[i].why_en || !same_file(p->v[i].path, out))
            continue;
        if (p->v[i].explicit_ || !jxau_is_report(out)) {
            say(JXAU_AM_OVER_INPUT, opt, out, p->v[i].path);
            return 2;
        }
        p->v[i].why_en = "this run's own report, not a workbook";
        p->v[i].why_zh = "本次运行写出的报告，不是工作簿";
        p->v[i].ignored = 1;
    }
    if (!S_ISREG(st.st_mode)) {
        say(JXAU_AM_OUT_NOT_REGULAR, opt, out);
        return 2;
    }
    if (!jxau_is_report(out)) {
        say(JXAU_AM_OUT_FOREIGN, opt, out);
        return 2;
    }
    if (!force) {
        say(JXAU_AM_OUT_NEEDS_FORCE, opt, out);
        return 2;
    }
    return 0;
}

/* The result of an entry that is listed, not audited. */
static int list_only(const entry *e, jx_lang lang, jxau_result *r)
{
    memset(r, 0, sizeof *r);
    r->path = strdup(e->path);
    r->skipped = 1;
    r->ignored = e->ignored;
    snprintf(r->reason, sizeof r->reason, "%s", lang == JX_LANG_EN ? e->why_en : e->why_zh);
    return r->path ? 1 : -1;
}

int main(int argc, char **argv)
{
    const char *csv = NULL, *xlsx = NULL, *summary = NULL, *png = NULL;
    jx_lang lang = jx_lang_from_locale();
    entries p = {0};
    jxau_result *res;
    int status = 0, nargs = 0, force = 0;
    char err[XLSX_ERR_MAX];

    /* a file-size limit makes write() fail instead of killing us half-way */
    signal(SIGXFSZ, SIG_IGN);
    /* --lang first: a usage error before it must already speak its language */
    for (int i = 1; i + 1 < argc && strcmp(argv[i], "--") != 0; i++)
        if (strcmp(argv[i], "--lang") == 0)
            jx_lang_parse(argv[i + 1], &lang);
    msg_lang = lang;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_text, stdout);
            return 0;
        } else if (strcmp(a, "--force") == 0) {
            force = 1;
        } else if (strcmp(a, "--csv") == 0 || strcmp(a, "--xlsx") == 0 || strcmp(a, "--lang") == 0 ||
                   strcmp(a, "--summary") == 0) {
            if (i + 1 >= argc)
                return usage_error(JXAU_AM_NO_VALUE);
            if (a[2] == 's')
                summary = argv[++i];
            else if (a[2] == 'c')
                csv = argv[++i];
            else if (a[2] == 'x')
                xlsx = argv[++i];
            else if (!jx_lang_parse(argv[++i], &lang))
                return usage_error(JXAU_AM_LANG_VALUE);
        } else if (strcmp(a, "--png") == 0) {
            if (i + 1 >= argc)
                return usage_error(JXAU_AM_NO_VALUE);
            png = argv[++i];
        } else if (strcmp(a, "--") == 0) {
            for (i++; i < argc; i++, nargs++)
                if (push(&p, argv[i], 1) < 0)
                    return 2;
        } else if (a[0] == '-' && a[1]) {
            return usage_error(JXAU_AM_UNKNOWN_OPTION);
        } else {
            struct stat st;
            nargs++;
            if (stat(a, &st) != 0) {
                say(JXAU_AM_PATH_ERROR, a, strerror(errno));
                status = 2;
            } else if (S_ISDIR(st.st_mode) ? scan_dir(&p, a) < 0 : push(&p, a, 1) < 0) {
                status = 2;
            }
        }
    }
    if (nargs == 0)
        return usage_error(JXAU_AM_NO_WORKBOOKS);
    if ((csv && check_output("--csv", csv, xlsx, &p, force) != 0) ||
        (csv && check_output("--csv", csv, summary, &p, force) != 0) ||
        (xlsx && check_output("--xlsx", xlsx, summary, &p, force) != 0) ||
        (summary && check_output("--summary", summary, NULL, &p, force) != 0)) {
        for (size_t i = 0; i < p.n; i++)
            free(p.v[i].path);
        free(p.v);
        return 2;
    }
    res = calloc(p.n ? p.n : 1, sizeof *res);
    if (res == NULL)
        return 2;
    for (size_t i = 0; i < p.n; i++) {
        int rc = p.v[i].why_en ? list_only(&p.v[i], lang, &res[i]) :
                                 jxau_audit_file(p.v[i].path, lang, &res[i]);
        if (rc < 0) {
            say(JXAU_AM_PATH_NO_MEMORY, p.v[i].path);
            status = 2;
        } else if (((rc == 1 && !res[i].ignored) || res[i].nfindings > 0) && status == 0) {
            status = 1;
        }
    }
    jxau_print_text(stdout, res, p.n, lang);
    /* The reports asked for, in this order; each failure is said, and the run ends with 2. */
    const struct {
        const char *to;
        int (*write)(const char *, const jxau_result *, size_t, jx_lang, int, char *, size_t);
    } reports[] = {
        {csv, jxau_report_csv}, {xlsx, jxau_report_xlsx},
        {summary, jxau_report_summary}, {png, jxau_write_pictures},
    };
    for (size_t i = 0; i < sizeof reports / sizeof reports[0]; i++)
        if (reports[i].to && reports[i].write(reports[i].to, res, p.n, lang, force, err, sizeof err) < 0) {
            fprintf(stderr, "jixiao-audit: %s\n", err);
            status = 2;
        }
    for (size_t i = 0; i < p.n; i++) {
        jxau_result_free(&res[i]);
        free(p.v[i].path);
    }
    free(res);
    free(p.v);
    return status;
}
