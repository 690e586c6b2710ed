/*
 * main.c - jixiao-template: the command line.
 *
 *   jixiao-template list
 *   jixiao-template NAME -o FILE.xlsx [options]
 *   jixiao-template [NAME] --batch FILE.csv --out-dir DIR [options]
 *
 * See usage() and docs/TEMPLATES.md.  Every message comes from msg.h, in
 * Chinese or English (the locale, then --lang: lang_first).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"
#include "csv.h"
#include "msg.h"
#include "output.h"
#include "tables.h"

static void usage(FILE *f)
{
    fputs(tpl_msg_text(TPL_M_USAGE), f);
}

typedef struct cli {
    const tpl_table *table;
    const char *out, *spec, *batch, *out_dir, *tmpdir;
    const char *grades, *labels;
    int force, jobs, quiet, skip_existing, help;
    tpl_params p;
} cli;

/* A command-line error: the message, then where to find the usage. */
static int bad(tpl_msg_id id, ...)
{
    va_list ap;
    fputs("jixiao-template: ", stderr);
    va_start(ap, id);
    vfprintf(stderr, tpl_msg_text(id), ap);
    va_end(ap);
    fprintf(stderr, "%s\n", tpl_msg_text(TPL_M_SEE_HELP));
    return TPL_EXIT_USAGE;
}

/* Sheet passwords use Excel's legacy 16-bit hash: ASCII only, short. */
static int check_password(const char *pw)
{
    size_t n = strlen(pw);
    if (n == 0 || n > 15) {
        tpl_msg_say(TPL_M_PASSWORD_LENGTH);
        return TPL_EXIT_USAGE;
    }
    for (const unsigned char *s = (const unsigned char *)pw; *s; s++)
        if (*s < 0x21 || *s > 0x7E) {
            tpl_msg_say(TPL_M_PASSWORD_ASCII);
            return TPL_EXIT_USAGE;
        }
    return TPL_OK;
}

/*
 * The options, as data: each names the cli field it sets (offsetof) and
 * the function that reads its value; a flag (takes no value) sets an int.
 */
typedef int (*opt_reader)(cli *c, size_t field, const char *opt, const char *v);

typedef struct cli_opt {
    const char *name, *alias;
    opt_reader read;          /* NULL: a flag, sets the int at field to 1 */
    size_t field;
} cli_opt;

static int opt_text(cli *c, size_t field, const char *opt, const char *v)
{
    *(const char **)((char *)c + field) = v;
    return TPL_OK;
}

/* A sum of money (万元): a number not below 0. */
static int opt_fig(cli *c, size_t field, const char *opt, const char *v)
{
    tpl_fig *fig = (tpl_fig *)((char *)c + field);
    if (!tpl_parse_number(v, &fig->v) || fig->v < 0) {
        tpl_msg_say(TPL_M_FIG_ARG, opt, v);
        return TPL_EXIT_USAGE;
    }
    fig->set = 1;
    return TPL_OK;
}

static int opt_exec_points(cli *c, size_t field, const char *opt, const char *v)
{
    if (!tpl_parse_number(v, &c->p.exec_points) || c->p.exec_points < 0 || c->p.exec_points > 100)
        return bad(TPL_M_EXEC_POINTS_ARG, v);
    return TPL_OK;
}

static int opt_password(cli *c, size_t field, const char *opt, const char *v)
{
    if (check_password(v))
        return TPL_EXIT_USAGE;
    c->p.password = v;
    return TPL_OK;
}

static int opt_jobs(cli *c, size_t field, const char *opt, const char *v)
{
    double j;
    if (!tpl_parse_number(v, &j) || j < 1 || j > 64 || j != (int)j)
        return bad(TPL_M_JOBS_ARG, v);
    c->jobs = (int)j;
    return TPL_OK;
}

static int opt_formulas(cli *c, size_t field, const char *opt, const char *v)
{
    if (strcmp(v, "portable") == 0)
        c->p.formulas = TPL_FORMULAS_PORTABLE;
    else if (strcmp(v, "addin") == 0)
        c->p.formulas = TPL_FORMULAS_ADDIN;
    else
        return bad(TPL_M_FORMULAS_ARG, v);
    return TPL_OK;
}

/* main chose the language before parsing (lang_first); this checks the value. */
static int opt_lang(cli *c, size_t field, const char *opt, const char *v)
{
    jx_lang lang;
    if (!jx_lang_parse(v, &lang))
        return bad(TPL_M_LANG_ARG, v);
    return TPL_OK;
}

#define AT(f) offsetof(cli, f)
static const cli_opt cli_opts[] = {
    {"--force", NULL, NULL, AT(force)},
    {"--skip-existing", NULL, NULL, AT(skip_existing)},
    {"--quiet", "-q", NULL, AT(quiet)},
    {"--help", "-h", NULL, AT(help)},
    {"--output", "-o", opt_text, AT(out)},
    {"--unit", NULL, opt_text, AT(p.unit)},
    {"--dept", NULL, opt_text, AT(p.dept)},
    {"--project", NULL, opt_text, AT(p.project)},
    {"--year", NULL, opt_text, AT(p.year)},
    {"--budget-initial", NULL, opt_fig, AT(p.budget_initial)},
    {"--budget", NULL, opt_fig, AT(p.budget)},
    {"--spent", NULL, opt_fig, AT(p.spent)},
    {"--received", NULL, opt_fig, AT(p.received)},
    {"--exec-points", NULL, opt_exec_points, 0},
    {"--grades", NULL, opt_text, AT(grades)},
    {"--grade-labels", NULL, opt_text, AT(labels)},
    {"--spec", NULL, opt_text, AT(spec)},
    {"--batch", NULL, opt_text, AT(batch)},
    {"--out-dir", NULL, opt_text, AT(out_dir)},
    {"--tmpdir", NULL, opt_text, AT(tmpdir)},
    {"--password", NULL, opt_password, 0},
    {"--jobs", NULL, opt_jobs, 0},
    {"--formulas", NULL, opt_formulas, 0},
    {"--lang", NULL, opt_lang, 0},
};
#undef AT

static const cli_opt *find_opt(const char *a)
{
    for (size_t i = 0; i < sizeof cli_opts / sizeof cli_opts[0]; i++)
        if (strcmp(a, cli_opts[i].name) == 0 || (cli_opts[i].alias && strcmp(a, cli_opts[i].alias) == 0))
            return &cli_opts[i];
    return NULL;
}

static void cli_defaults(cli *c)
{
    memset(c, 0, sizeof *c);
    tpl_params_default(&c->p);
    c->jobs = (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (c->jobs < 1)
        c->jobs = 1;
}

/* --grades and --grade-labels, read by the core. */
static int parse_grades(cli *c)
{
    jx_diag jd;
    char m[256];

    if (!c->grades && !c->labels)
        return TPL_OK;
    jx_diag_clear(&jd);
    if (jx_grades_parse(c->grades, c->grades ? strlen(c->grades) : 0, c->labels,
                        c->labels ? strlen(c->labels) : 0, &c->p.grades, &jd) != JX_OK) {
        jx_diag_format(&jd, tpl_msg_lang(), m, sizeof m);
        return bad(TPL_M_GRADES, m);
    }
    return TPL_OK;
}

static int parse_args(int argc, char **argv, cli *c)
{
    int i = 1;

    cli_defaults(c);
    if (i < argc && argv[i][0] != '-') {
        c->table = tpl_table_find(argv[i]);
        if (c->table == NULL)
            return bad(TPL_M_UNKNOWN_TABLE, argv[i]);
        i++;
    }
    for (; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        const cli_opt *o = find_opt(a);
        if (o == NULL)
            return v == NULL ? bad(TPL_M_NO_VALUE, a) : bad(TPL_M_UNKNOWN_OPTION, a);
        if (o->read == NULL) {
            *(int *)((char *)c + o->field) = 1;
            continue;
        }
        if (v == NULL)
            return bad(TPL_M_NO_VALUE, a);
        if (o->read(c, o->field, a, v) != TPL_OK)
            return TPL_EXIT_USAGE;
        i++;
    }
    return parse_grades(c);
}

/*
 * The language of messages: the locale, then --lang (its last valid value),
 * read before anything else so that an error before --lang speaks it too.
 */
static void lang_first(int argc, char **argv)
{
    jx_lang lang = jx_lang_from_locale();
    for (int i = 1; i + 1 < argc; i++)
        if (strcmp(argv[i], "--lang") == 0)
            jx_lang_parse(argv[i + 1], &lang);
    tpl_msg_set_lang(lang);
}

static int list_tables(void)
{
    for (const tpl_table *t = tpl_tables; t->name; t++)
        printf("%-10s %s\n", t->name, t->title);
    return TPL_OK;
}

/* Texts longer than the workbook has room for are refused, never cut. */
static int check_texts(const cli *c)
{
    const struct { const char *opt, *v; size_t max; } t[] = {
        {"--unit", c->p.unit, TPL_TEXT_MAX_CHARS}, {"--dept", c->p.dept, TPL_TEXT_MAX_CHARS},
        {"--project", c->p.project, TPL_TEXT_MAX_CHARS}, {"--year", c->p.year, TPL_YEAR_MAX_CHARS},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        size_t n = t[i].v ? tpl_utf8_chars(t[i].v) : 0;
        if (n > t[i].max)
            return bad(TPL_M_OPT_TOO_LONG, t[i].opt, n, t[i].max);
    }
    return TPL_OK;
}

/* The name -o gives (without its folder and ".xlsx") must be one a user can open and audit. */
static int check_out_name(const char *out)
{
    char name[TPL_PATH_MAX], why[TPL_MSG_MAX / 2];
    const char *slash = strrchr(out, '/');
    size_t n;

    snprintf(name, sizeof name, "%s", slash ? slash + 1 : out);
    n = strlen(name);
    if (n > 5 && strcasecmp(name + n - 5, ".xlsx") == 0)
        name[n - 5] = '\0';
    if (tpl_name_refused(name, why, sizeof why))
        return bad(TPL_M_OUT_NAME, why);
    return TPL_OK;
}

static int run_one(cli *c)
{
    tpl_diag d = {0};
    tpl_spec *spec = NULL;
    tpl_out out;
    int rc;

    if (c->out == NULL)
        return bad(TPL_M_NO_OUTPUT);
    if (c->skip_existing)
        return bad(TPL_M_SKIP_NEEDS_BATCH);
    if (check_texts(c) != TPL_OK || check_out_name(c->out) != TPL_OK)
        return TPL_EXIT_USAGE;
    if (c->spec) {
        if (!c->table->uses_spec)
            return bad(TPL_M_TABLE_NO_SPEC_OPT, c->table->name);
        if (tpl_spec_load(c->spec, 100 - c->p.exec_points, &spec, &d) != TPL_OK) {
            tpl_diag_print(&d);
            return d.code;
        }
        c->p.spec = spec;
    }
    /* A stop while writing removes the temporary file (output.h). */
    tpl_out_catch_stop();
    rc = tpl_out_begin(&out, c->out, c->force, &d);
    if (rc == TPL_OK)
        rc = tpl_write_table(c->table, &c->p, out.tmp, c->tmpdir, &d);
    if (tpl_out_stopped()) {
        tpl_out_abort(&out);
        tpl_spec_free(spec);
        tpl_out_die_of_stop();
    }
    if (rc == TPL_OK)
        rc = tpl_out_commit(&out, &d);
    if (rc != TPL_OK) {
        tpl_out_abort(&out);
        tpl_diag_print(&d);
    }
    tpl_spec_free(spec);
    return rc;
}

static int run_batch(cli *c)
{
    tpl_batch_opts o;
    struct stat st;

    if (c->out_dir == NULL)
        return bad(TPL_M_BATCH_NEEDS_DIR);
    if (stat(c->out_dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return bad(TPL_M_NO_OUT_DIR, c->out_dir);
    if (c->out || c->spec)
        return bad(TPL_M_BATCH_NO_O_SPEC);
    if (c->force && c->skip_existing)
        return bad(TPL_M_FORCE_AND_SKIP);
    memset(&o, 0, sizeof o);
    o.batch_path = c->batch;
    o.out_dir = c->out_dir;
    o.table = c->table ? c->table : tpl_table_find("xmzc-zp");
    o.formulas = c->p.formulas;
    o.password = c->p.password;
    o.grades = c->p.grades;
    o.force = c->force;
    o.skip_existing = c->skip_existing;
    o.jobs = c->jobs;
    /*
     * libxlsxwriter writes a dozen temporary files per workbook: keep them
     * in memory (/dev/shm) when it is there, next to the output otherwise.
     * The workbook itself is always written beside its final name.
     */
    if (c->tmpdir)
        o.tmpdir = c->tmpdir;
    else if (access("/dev/shm", W_OK | X_OK) == 0)
        o.tmpdir = "/dev/shm";
    else
        o.tmpdir = c->out_dir;
    o.quiet = c->quiet;
    return tpl_batch_run(&o);
}

int main(int argc, char **argv)
{
    cli c;
    int rc;

    lang_first(argc, argv);
    if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        usage(stdout);
        return TPL_OK;
    }
    if (argc == 2 && strcmp(argv[1], "list") == 0)
        return list_tables();
    if (argc < 2) {
        usage(stderr);
        return TPL_EXIT_USAGE;
    }
    rc = parse_args(argc, argv, &c);
    if (rc != TPL_OK)
        return rc;
    if (c.help) {
        usage(stdout);
        return TPL_OK;
    }
    /* Say when a CSV was read as GBK or GB18030 rather than UTF-8. */
    if (!c.quiet)
        tpl_csv_notes(stderr);
    if (c.batch)
        return run_batch(&c);
    if (c.table == NULL)
        return bad(TPL_M_NO_TABLE);
    return run_one(&c);
}
