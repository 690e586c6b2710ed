/*
 * batch.c - a bureau's whole batch: check everything, then fork workers
 * (see batch.h).
 */
#include "batch.h"

#include <stdio.h>
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <string.h>
#include <strings.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include "csv.h"
#include "msg.h"
#include "output.h"

enum {
    B_UNIT, B_PROJECT, B_YEAR, B_BUDGET, B_SPENT,
    B_DEPT, B_BUDGET_INITIAL, B_RECEIVED, B_EXEC_POINTS, B_SPEC, B_TABLE, B_FILE,
    B__N
};
static const char *const bcol_names[B__N][TPL_CSV_NAMES] = {
    {"单位", "unit", "填报单位", NULL},
    {"项目名称", "project", NULL},
    {"年度", "year", NULL},
    {"全年预算数", "budget", NULL},
    {"全年执行数", "spent", NULL},
    {"主管部门", "dept", NULL},
    {"年初预算数", "budget_initial", NULL},
    {"实际到位资金", "received", NULL},
    {"执行率分值", "exec_points", NULL},
    {"指标表", "spec", NULL},
    {"表", "table", NULL},
    {"文件名", "file", NULL},
};
#define B_REQUIRED 5

/*
 * One checked row, ready to write.  Kept small: a forked worker's resident
 * size includes every page of the parent's heap, so 1000 rows of full
 * tpl_params would cost each worker a megabyte.
 */
typedef struct brow {
    long line;
    char *text[B__N];      /* "" fields share one static empty string */
    tpl_fig budget, spent, budget_initial, received;
    double exec_points;
    const tpl_spec *spec;
    const tpl_table *table;
    char *path;            /* exact size: 1000 rows must not cost 4 MB per worker */
    int skip;              /* its workbook exists and --skip-existing was given */
} brow;

/* Specs named by the batch, loaded once each. */
typedef struct spec_cache {
    char *path;
    double exec_points;
    tpl_spec *spec;
} spec_cache;

typedef struct batch {
    const tpl_batch_opts *o;
    brow *rows;
    size_t n, cap;
    spec_cache *specs;
    size_t nspecs;
    char **names;          /* lower-cased names in use, for collisions */
    size_t skipped;        /* rows left as they are (--skip-existing) */
} batch;

static char empty[1];

static char *dupstr(const char *s)
{
    if (*s == '\0')
        return empty;
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

void tpl_safe_name(const char *text, char *out, size_t cap)
{
    size_t o = 0, lim = cap - 1 < TPL_NAME_MAX ? cap - 1 : TPL_NAME_MAX;
    const unsigned char *s = (const unsigned char *)text;

    while (*s == '.' || *s == ' ')
        s++;
    while (*s) {
        size_t n = *s < 0x80 ? 1 : *s >= 0xF0 ? 4 : *s >= 0xE0 ? 3 : 2;
        if (o + n > lim)
            break;
        if (*s < 0x20 || *s == 0x7F || strchr("\\/:*?\"<>|", *s)) {
            out[o++] = '_';
            s++;
            continue;
        }
        memcpy(out + o, s, n);
        o += n;
        s += n;
    }
    while (o > 0 && (out[o - 1] == '.' || out[o - 1] == ' '))
        o--;
    out[o] = '\0';
    if (o == 0)
        snprintf(out, cap, "workbook");
}

size_t tpl_utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0u) != 0x80u;
    return n;
}

/* Code point of the UTF-8 sequence at s (len bytes), or -1 when it is not one. */
static long utf8_at(const unsigned char *s, size_t *len)
{
    size_t n = *s < 0x80 ? 1 : (*s & 0xE0) == 0xC0 ? 2 : (*s & 0xF0) == 0xE0 ? 3 :
               (*s & 0xF8) == 0xF0 ? 4 : 0;
    long cp = n == 1 ? *s : n == 2 ? (*s & 0x1F) : n == 3 ? (*s & 0x0F) : (*s & 0x07);
    if (n == 0) {
        *len = 1;
        return -1;
    }
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *len = 1;
            return -1;
        }
        cp = cp << 6 | (s[i] & 0x3F);
    }
    *len = n;
    return cp;
}

/*
 * Invisible characters that change how a name reads (Unicode's format
 * characters Cf, the line and paragraph separators, the Hangul fillers):
 * "报表<U+202E>xcl.exe" shows as "报表exe.lcx".  Variation selectors are
 * left alone (an emoji's U+FE0F is seen as part of it).
 */
static const struct { long lo, hi; tpl_msg_id what; } invisible[] = {
    {0x00AD, 0x00AD, TPL_M_INV_SOFT_HYPHEN}, {0x061C, 0x061C, TPL_M_INV_BIDI},
    {0x115F, 0x1160, TPL_M_INV_FILLER},      {0x180E, 0x180E, TPL_M_INV_ZERO_WIDTH},
    {0x200B, 0x200D, TPL_M_INV_ZERO_WIDTH},  {0x200E, 0x200F, TPL_M_INV_BIDI},
    {0x2028, 0x2029, TPL_M_INV_LINE_SEP},    {0x202A, 0x202E, TPL_M_INV_BIDI},
    {0x2060, 0x2064, TPL_M_INV_INVISIBLE},   {0x2066, 0x2069, TPL_M_INV_BIDI},
    {0x206A, 0x206F, TPL_M_INV_DEPRECATED},  {0x3164, 0x3164, TPL_M_INV_FILLER},
    {0xFEFF, 0xFEFF, TPL_M_INV_ZERO_WIDTH},  {0xFFA0, 0xFFA0, TPL_M_INV_FILLER},
    {0xFFF9, 0xFFFB, TPL_M_INV_ANNOTATION},  {0x1D173, 0x1D17A, TPL_M_INV_FORMAT},
    {0xE0000, 0xE007F, TPL_M_INV_TAG},
};

/* What kind of invisible character cp is, in the messages' language; NULL when visible. */
static const char *invisible_kind(long cp)
{
    for (size_t i = 0; i < sizeof invisible / sizeof invisible[0]; i++)
        if (cp >= invisible[i].lo && cp <= invisible[i].hi)
            return tpl_msg_text(invisible[i].what);
    return NULL;
}

/* Devices Windows reserves in every folder, whatever the extension. */
static const char *const reserved[] = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
    "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³",
};

/* Whether the name before its first '.' (trailing spaces ignored, as
 * Windows does) is a reserved device name. */
static int is_reserved(const char *name)
{
    size_t n = strcspn(name, ".");
    while (n > 0 && name[n - 1] == ' ')
        n--;
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (strlen(reserved[i]) == n && strncasecmp(name, reserved[i], n) == 0)
            return 1;
    return 0;
}

/* name with its invisible characters written as <U+XXXX>. */
static void show_name(const char *name, char *out, size_t cap)
{
    const unsigned char *s = (const unsigned char *)name;
    size_t o = 0, len;

    while (*s && o + 12 < cap) {
        long cp = utf8_at(s, &len);
        if (cp >= 0 && invisible_kind(cp))
            o += (size_t)snprintf(out + o, cap - o, "<U+%04lX>", cp);
        else {
            memcpy(out + o, s, len);
            o += len;
        }
        s += len;
    }
    out[o] = '\0';
}

const char *tpl_name_refused(const char *name, char *why, size_t cap)
{
    char shown[TPL_NAME_MAX * 3 + 16];
    const unsigned char *s = (const unsigned char *)name;
    size_t len;

    show_name(name, shown, sizeof shown);
    if (strncmp(name, "~$", 2) == 0) {
        tpl_msg_format(why, cap, TPL_M_NAME_LOCK, shown);
        return why;
    }
    if (is_reserved(name)) {
        tpl_msg_format(why, cap, TPL_M_NAME_RESERVED, shown);
        return why;
    }
    for (; *s; s += len) {
        long cp = utf8_at(s, &len);
        const char *kind = cp >= 0 ? invisible_kind(cp) : NULL;
        if (kind) {
            tpl_msg_format(why, cap, TPL_M_NAME_INVISIBLE, shown, cp, kind);
            return why;
        }
    }
    return NULL;
}

static int read_header(tpl_csv *c, int map[B__N], tpl_diag *d)
{
    int rc = tpl_csv_read_header(c, bcol_names, B__N, map, d);

    for (int k = 0; rc == TPL_OK && k < B_REQUIRED; k++)
        if (map[k] < 0)
            return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, c->rec_line, TPL_M_BATCH_NO_COLUMN,
                                bcol_names[k][0]);
    return rc;
}

/* A figure column: blank is "not given", otherwise a number >= 0. */
static int read_fig(const brow *r, int k, const char *path, tpl_fig *fig, tpl_diag *d)
{
    const char *s = r->text[k];
    fig->set = 0;
    if (*s == '\0')
        return TPL_OK;
    if (!tpl_parse_number(s, &fig->v))
        return tpl_msg_fail(d, TPL_EXIT_INPUT, path, r->line, TPL_M_COL_NOT_NUMBER, bcol_names[k][0], s);
    if (fig->v < 0)
        return tpl_msg_fail(d, TPL_EXIT_INPUT, path, r->line, TPL_M_COL_NEGATIVE, bcol_names[k][0], s);
    fig->set = 1;
    return TPL_OK;
}

/* Load (once) the spec a row names, relative to the batch file. */
static int row_spec(batch *b, brow *r, tpl_diag *d)
{
    const char *name = r->text[B_SPEC];
    char path[TPL_PATH_MAX];
    const char *slash;

    if (*name == '\0')
        return TPL_OK;
    slash = strrchr(b->o->batch_path, '/');
    if (name[0] != '/' && slash)
        snprintf(path, sizeof path, "%.*s/%s", (int)(slash - b->o->batch_path),
                 b->o->batch_path, name);
    else
        snprintf(path, sizeof path, "%s", name);
    for (size_t i = 0; i < b->nspecs; i++)
        if (strcmp(b->specs[i].path, path) == 0 && b->specs[i].exec_points == r->exec_points) {
            r->spec = b->specs[i].spec;
            return TPL_OK;
        }
    spec_cache *sc = realloc(b->specs, (b->nspecs + 1) * sizeof *sc);
    if (sc == NULL)
        return tpl_msg_fail_nomem(d, NULL, 0);
    b->specs = sc;
    if (tpl_spec_load(path, 100 - r->exec_points, &sc[b->nspecs].spec, d) != TPL_OK) {
        /* Say which batch row asked for it, after the spec's own reason. */
        char m[TPL_MSG_MAX + 64];
        tpl_msg_format(m, sizeof m, TPL_M_SPEC_CITED, d->msg, b->o->batch_path, r->line);
        memcpy(d->msg, m, sizeof d->msg - 1);
        d->msg[sizeof d->msg - 1] = '\0';
        return d->code;
    }
    sc[b->nspecs].path = dupstr(path);
    sc[b->nspecs].exec_points = r->exec_points;
    r->spec = sc[b->nspecs].spec;
    b->nspecs++;
    return TPL_OK;
}

static void lower_ascii(char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s - 'A' + 'a');
}

/* Choose a file name no other row uses (case-insensitively), "-2", "-3"… */
static int row_name(batch *b, brow *r, tpl_diag *d)
{
    char base[TPL_NAME_MAX + 1], name[TPL_NAME_MAX + 16], key[TPL_NAME_MAX + 16], raw[1024];
    size_t idx = (size_t)(r - b->rows);

    if (*r->text[B_FILE])
        snprintf(raw, sizeof raw, "%s", r->text[B_FILE]);
    else
        snprintf(raw, sizeof raw, "%s-%s-%s-%s", r->text[B_YEAR], r->text[B_UNIT],
                 r->text[B_PROJECT], r->table->name);
    if (strlen(r->text[B_FILE]) > TPL_NAME_MAX)
        return tpl_msg_fail(d, TPL_EXIT_INPUT, b->o->batch_path, r->line, TPL_M_NAME_TOO_LONG,
                            strlen(r->text[B_FILE]), TPL_NAME_MAX);
    tpl_safe_name(raw, base, sizeof base);
    char why[TPL_MSG_MAX / 2];
    if (tpl_name_refused(base, why, sizeof why))
        return tpl_msg_fail(d, TPL_EXIT_INPUT, b->o->batch_path, r->line,
                            *r->text[B_FILE] ? TPL_M_NAME_GIVEN : TPL_M_NAME_DERIVED, why);
    snprintf(name, sizeof name, "%s", base);
    for (int k = 2;; k++) {
        int used = 0;
        snprintf(key, sizeof key, "%s", name);
        lower_ascii(key);
        for (size_t i = 0; i < idx && !used; i++)
            used = strcmp(b->names[i], key) == 0;
        if (!used)
            break;
        snprintf(name, sizeof name, "%s-%d", base, k);
    }
    b->names[idx] = dupstr(key);
    size_t need = strlen(b->o->out_dir) + strlen(name) + 7;
    if (need >= TPL_PATH_MAX - 16)
        return tpl_msg_fail(d, TPL_EXIT_USAGE, b->o->batch_path, r->line, TPL_M_PATH_TOO_LONG);
    r->path = malloc(need);
    if (r->path == NULL || b->names[idx] == NULL)
        return tpl_msg_fail_nomem(d, NULL, 0);
    snprintf(r->path, need, "%s/%s.xlsx", b->o->out_dir, name);
    if (!b->o->force && tpl_out_exists(r->path)) {
        if (b->o->skip_existing) {
            r->skip = 1;
            b->skipped++;
            return TPL_OK;
        }
        return tpl_msg_fail(d, TPL_EXIT_EXISTS, b->o->batch_path, r->line, TPL_M_BATCH_EXISTS, r->path);
    }
    return TPL_OK;
}

/* Texts longer than the workbook has room for are refused, never cut. */
static int check_lengths(const brow *r, const char *path, tpl_diag *d)
{
    static const struct { int col; size_t max; } lim[] = {
        {B_UNIT, TPL_TEXT_MAX_CHARS}, {B_DEPT, TPL_TEXT_MAX_CHARS},
        {B_PROJECT, TPL_TEXT_MAX_CHARS}, {B_YEAR, TPL_YEAR_MAX_CHARS},
    };
    for (size_t i = 0; i < sizeof lim / sizeof lim[0]; i++) {
        size_t n = tpl_utf8_chars(r->text[lim[i].col]);
        if (n > lim[i].max)
            return tpl_msg_fail(d, TPL_EXIT_INPUT, path, r->line, TPL_M_COL_TOO_LONG,
                                bcol_names[lim[i].col][0], n, lim[i].max);
    }
    return TPL_OK;
}

static int check_row(batch *b, tpl_csv *c, const int map[B__N], brow *r, tpl_diag *d)
{
    const char *path = c->path;

    memset(r, 0, sizeof *r);
    r->line = c->rec_line;
    for (int k = 0; k < B__N; k++) {
        const char *f = map[k] >= 0 && map[k] < c->nfields ? c->field[map[k]] : "";
        r->text[k] = dupstr(f);
        if (r->text[k] == NULL)
            return tpl_msg_fail_nomem(d, path, r->line);
    }
    if (c->nfields != 0 && map[B_SPENT] >= c->nfields)
        return tpl_msg_fail(d, TPL_EXIT_INPUT, path, r->line, TPL_M_TOO_FEW_COLUMNS, c->nfields);
    if (check_lengths(r, path, d) != TPL_OK)
        return d->code;
    for (int k = 0; k < 3; k++)
        if (*r->text[k] == '\0')
            return tpl_msg_fail(d, TPL_EXIT_INPUT, path, r->line, TPL_M_COL_EMPTY, bcol_names[k][0]);
    r->exec_points = JX_EXEC_POINTS_DEFAULT;
    if (read_fig(r, B_BUDGET, path, &r->budget, d) || read_fig(r, B_SPENT, path, &r->spent, d) ||
        read_fig(r, B_BUDGET_INITIAL, path, &r->budget_initial, d) ||
        read_fig(r, B_RECEIVED, path, &r->received, d))
        return d->code;
    if (*r->text[B_EXEC_POINTS]) {
        if (!tpl_parse_number(r->text[B_EXEC_POINTS], &r->exec_points))
            return tpl_msg_fail(d, TPL_EXIT_INPUT, path, r->line, TPL_M_EXEC_NOT_NUMBER,
                                r->text[B_EXEC_POINTS]);
        if (r->exec_points < 0 || r->exec_points > 100)
            return tpl_msg_fail(d, TPL_EXIT_INPUT, path, r->line, TPL_M_EXEC_RANGE,
                                r->text[B_EXEC_POINTS]);
    }
    r->table = b->o->table;
    if (*r->text[B_TABLE] && (r->table = tpl_table_find(r->text[B_TABLE])) == NULL)
        return tpl_msg_fail(d, TPL_EXIT_INPUT, path, r->line, TPL_M_UNKNOWN_TABLE, r->text[B_TABLE]);
    if (*r->text[B_SPEC] && !r->table->uses_spec)
        return tpl_msg_fail(d, TPL_EXIT_INPUT, path, r->line, TPL_M_TABLE_NO_SPEC_COL, r->table->name);
    if (row_spec(b, r, d) != TPL_OK)
        return d->code;
    return row_name(b, r, d);
}

static int read_all(batch *b, tpl_diag *d)
{
    tpl_csv c;
    int map[B__N], r;

    if (tpl_csv_open(&c, b->o->batch_path, d) != TPL_OK) {
        tpl_csv_close(&c);
        return d->code;
    }
    if (read_header(&c, map, d) != TPL_OK) {
        tpl_csv_close(&c);
        return d->code;
    }
    while ((r = tpl_csv_next(&c, d)) == 1) {
        if (b->n == b->cap) {
            size_t cap = b->cap ? b->cap * 2 : 64;
            brow *rows = realloc(b->rows, cap * sizeof *rows);
            char **names = realloc(b->names, cap * sizeof *names);
            if (rows)
                b->rows = rows;
            if (names)
                b->names = names;
            if (!rows || !names) {
                tpl_csv_close(&c);
                return tpl_msg_fail_nomem(d, NULL, 0);
            }
            b->cap = cap;
        }
        b->names[b->n] = NULL;
        b->n++;
        if (check_row(b, &c, map, &b->rows[b->n - 1], d) != TPL_OK) {
            tpl_csv_close(&c);
            return d->code;
        }
    }
    tpl_csv_close(&c);
    if (r < 0)
        return d->code;
    if (b->n == 0)
        return tpl_msg_fail(d, TPL_EXIT_INPUT, b->o->batch_path, 0, TPL_M_NO_DATA_ROWS);
    return TPL_OK;
}

/* Write one row's workbook; errors are printed here, in the worker. */
static int write_row(const batch *b, const brow *r)
{
    tpl_out out;
    tpl_diag d = {0};
    tpl_params p;

    tpl_params_default(&p);
    p.unit = r->text[B_UNIT];
    p.project = r->text[B_PROJECT];
    p.year = r->text[B_YEAR];
    p.dept = *r->text[B_DEPT] ? r->text[B_DEPT] : NULL;
    p.formulas = b->o->formulas;
    p.password = b->o->password;
    p.grades = b->o->grades;
    p.budget = r->budget;
    p.spent = r->spent;
    p.budget_initial = r->budget_initial;
    p.received = r->received;
    p.exec_points = r->exec_points;
    p.spec = r->spec;
    if (tpl_out_begin(&out, r->path, b->o->force, &d) == TPL_OK &&
        tpl_write_table(r->table, &p, out.tmp, b->o->tmpdir, &d) == TPL_OK) {
        /* Stopped while writing: the half-made batch keeps only whole files. */
        if (tpl_out_stopped()) {
            tpl_out_abort(&out);
            return TPL_OK;
        }
        if (tpl_out_commit(&out, &d) == TPL_OK)
            return TPL_OK;
    }
    tpl_out_abort(&out);
    if (tpl_out_stopped())
        return TPL_OK;
    tpl_diag_print(&d);
    return d.code;
}

/* Rows w, w + jobs, w + 2 jobs …; returns the first failure's code. */
static int worker(const batch *b, int w, int jobs)
{
    int rc = TPL_OK;

#ifdef __GLIBC__
    /*
     * One workbook is built and freed after another.  Keeping the freed heap
     * instead of returning it to the kernel each time saves ~50 brk() calls
     * and the page faults of touching the memory again per workbook
     * (measured with strace -c and perf); the peak stays the same.
     */
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TOP_PAD, 256 * 1024);
#endif
    for (size_t i = (size_t)w; i < b->n && !tpl_out_stopped(); i += (size_t)jobs) {
        if (b->rows[i].skip)
            continue;
        int e = write_row(b, &b->rows[i]);
        if (e != TPL_OK && rc == TPL_OK)
            rc = e;
    }
    return rc;
}

/*
 * In a new worker: die with the parent.  PR_SET_PDEATHSIG sends SIGTERM
 * (recorded like any stop) when the parent dies, even of SIGKILL; a parent
 * that died before the call is seen by getppid() no longer being it.
 */
static void bind_to_parent(pid_t parent)
{
    tpl_out_forward_stop(NULL, 0);
#ifdef __linux__
    prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
    if (getppid() != parent)
        _exit(TPL_EXIT_INTERNAL);
}

/*
 * A worker killed from outside (SIGKILL, the OOM killer) leaves the
 * temporary file of the workbook it was writing: remove those of its rows
 * that have no workbook.
 */
static void clean_after(const batch *b, int w, int jobs)
{
    for (size_t i = (size_t)w; i < b->n; i += (size_t)jobs)
        if (!b->rows[i].skip && !tpl_out_exists(b->rows[i].path))
            tpl_out_remove_orphans(b->rows[i].path);
}

/* Wait for every worker; the first failure's code (none once stopped). */
static int reap(const batch *b, const pid_t *pid, int jobs, int rc)
{
    for (int w = 0; w < jobs; w++) {
        int st;
        if (pid[w] <= 0)
            continue;
        if (waitpid(pid[w], &st, 0) < 0 || !WIFEXITED(st)) {
            clean_after(b, w, jobs);
            if (tpl_out_stopped())
                continue;
            tpl_msg_say(TPL_M_WORKER_DIED, w);
            if (rc == TPL_OK)
                rc = TPL_EXIT_INTERNAL;
        } else if (WEXITSTATUS(st) != 0 && rc == TPL_OK) {
            rc = WEXITSTATUS(st);
        }
    }
    return rc;
}

static int run_workers(const batch *b)
{
    int jobs = b->o->jobs < 1 ? 1 : b->o->jobs, rc = TPL_OK;
    pid_t pid[64], parent = getpid();

    tpl_out_catch_stop();
    if ((size_t)jobs > b->n - b->skipped)
        jobs = (int)(b->n - b->skipped);
    if (jobs > 64)
        jobs = 64;
    if (jobs <= 1)
        return worker(b, 0, 1);
    fflush(NULL);
#ifdef __GLIBC__
    /* Workers inherit (and count in their RSS) every resident parent page. */
    malloc_trim(0);
#endif
    /* No stop is handled until every worker is known, so none is missed. */
    tpl_out_block_stop(1);
    for (int w = 0; w < jobs; w++) {
        pid[w] = fork();
        if (pid[w] == 0) {
            bind_to_parent(parent);
            tpl_out_block_stop(0);
            _exit(worker(b, w, jobs));
        }
        if (pid[w] < 0) {
            /* Could not fork: do this share here. */
            tpl_out_block_stop(0);
            int e = worker(b, w, jobs);
            tpl_out_block_stop(1);
            if (e != TPL_OK && rc == TPL_OK)
                rc = e;
        }
    }
    int live[64];
    for (int w = 0; w < jobs; w++)
        live[w] = pid[w];
    tpl_out_forward_stop(live, jobs);
    tpl_out_block_stop(0);
    rc = reap(b, pid, jobs, rc);
    tpl_out_forward_stop(NULL, 0);
    return rc;
}

static void free_batch(batch *b)
{
    for (size_t i = 0; i < b->n; i++) {
        for (int k = 0; k < B__N; k++)
            if (b->rows[i].text[k] != empty)
                free(b->rows[i].text[k]);
        free(b->rows[i].path);
        free(b->names[i]);
    }
    for (size_t i = 0; i < b->nspecs; i++) {
        free(b->specs[i].path);
        tpl_spec_free(b->specs[i].spec);
    }
    free(b->rows);
    free(b->names);
    free(b->specs);
}

int tpl_batch_run(const tpl_batch_opts *o)
{
    batch b;
    tpl_diag d = {0};
    int rc;

    memset(&b, 0, sizeof b);
    b.o = o;
    rc = read_all(&b, &d);
    if (rc != TPL_OK) {
        tpl_diag_print(&d);
        free_batch(&b);
        return rc;
    }
    rc = run_workers(&b);
    if (tpl_out_stopped()) {
        tpl_msg_say(TPL_M_STOPPED, tpl_out_stopped());
        free_batch(&b);
        tpl_out_die_of_stop();
    }
    if (rc == TPL_OK && !o->quiet) {
        if (b.skipped)
            tpl_msg_print(stdout, TPL_M_DONE_SKIPPED, b.n - b.skipped, b.skipped, o->out_dir);
        else
            tpl_msg_print(stdout, TPL_M_DONE, b.n, o->out_dir);
        putchar('\n');
    }
    free_batch(&b);
    return rc;
}
