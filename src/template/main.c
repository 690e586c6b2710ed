/*
 * main.c - jixiao-template: the command line.
 *
 *   jixiao-template list
 *   jixiao-template NAME -o FILE.xlsx [options]
 *   jixiao-template [NAME] --batch FILE.csv --out-dir DIR [options]
 *
 * See usage() and docs/TEMPLATES.md.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"
#include "csv.h"
#include "output.h"
#include "tables.h"

static void usage(FILE *f)
{
    fputs("用法：\n"
          "  jixiao-template list\n"
          "  jixiao-template NAME -o FILE.xlsx [选项]\n"
          "  jixiao-template [NAME] --batch FILE.csv --out-dir DIR [选项]\n"
          "选项：\n"
          "  --unit TEXT            实施单位 / 填报单位\n"
          "  --dept TEXT            主管部门（默认同单位）\n"
          "  --project TEXT         项目名称\n"
          "  --year YYYY            年度\n"
          "  --budget-initial N     年初预算数（万元）\n"
          "  --budget N             全年预算数 / 预算安排资金（万元）\n"
          "  --spent N              全年执行数 / 实际支出（万元）\n"
          "  --received N           实际到位资金（万元）\n"
          "  --exec-points N        预算执行率分值（默认 10）\n"
          "  --grades \"90;80;60\"    评价等次分数线\n"
          "  --grade-labels \"优;良;中;差\"\n"
          "  --spec FILE.csv        指标体系（一级,二级,三级,指标值,分值,规则）\n"
          "  --formulas portable|addin\n"
          "  --password TEXT        工作表保护密码（ASCII，最多 15 个字符）\n"
          "  --force                覆盖已存在的文件\n"
          "  --skip-existing        批量：保留已存在的工作簿，只生成其余的（续做中断的批量）\n"
          "  --jobs N               批量生成的并行进程数（默认 CPU 数）\n"
          "  --tmpdir DIR           libxlsxwriter 临时文件目录（批量默认 /dev/shm，否则输出目录）\n"
          "退出码：0 成功，1 命令行错误，2 输入文件有误，3 文件已存在，4 写入失败，5 内部错误\n",
          f);
}

typedef struct cli {
    const tpl_table *table;
    const char *out, *spec, *batch, *out_dir, *tmpdir;
    const char *grades, *labels;
    int force, jobs, quiet, skip_existing;
    tpl_params p;
} cli;

__attribute__((format(printf, 1, 2)))
static int bad(const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "jixiao-template: ");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "（jixiao-template --help 查看用法）\n");
    return TPL_EXIT_USAGE;
}

static int fig_arg(const char *opt, const char *v, tpl_fig *fig)
{
    if (!tpl_parse_number(v, &fig->v) || fig->v < 0) {
        fprintf(stderr, "jixiao-template: %s “%s” 应为不小于 0 的数字\n", opt, v);
        return TPL_EXIT_USAGE;
    }
    fig->set = 1;
    return TPL_OK;
}

/* Sheet passwords use Excel's legacy 16-bit hash: ASCII only, short. */
static int check_password(const char *pw)
{
    size_t n = strlen(pw);
    if (n == 0 || n > 15) {
        fprintf(stderr, "jixiao-template: --password 长度应为 1 到 15 个字符"
                        "（旧式工作表保护哈希只取前 15 个字符）\n");
        return TPL_EXIT_USAGE;
    }
    for (const unsigned char *s = (const unsigned char *)pw; *s; s++)
        if (*s < 0x21 || *s > 0x7E) {
            fprintf(stderr, "jixiao-template: --password 只能使用可见的 ASCII 字符"
                            "（旧式工作表保护哈希不支持中文或空格）\n");
            return TPL_EXIT_USAGE;
        }
    return TPL_OK;
}

static int parse_args(int argc, char **argv, cli *c)
{
    int i = 1;

    memset(c, 0, sizeof *c);
    tpl_params_default(&c->p);
    c->jobs = (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (c->jobs < 1)
        c->jobs = 1;
    if (i < argc && argv[i][0] != '-') {
        c->table = tpl_table_find(argv[i]);
        if (c->table == NULL)
            return bad("未知的表“%s”（jixiao-template list 列出可用的表）", argv[i]);
        i++;
    }
    for (; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        int takes = 1;
        if (strcmp(a, "--force") == 0) { c->force = 1; takes = 0; }
        else if (strcmp(a, "--skip-existing") == 0) { c->skip_existing = 1; takes = 0; }
        else if (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0) { c->quiet = 1; takes = 0; }
        else if (v == NULL) return bad("%s 缺少参数值", a);
        else if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) c->out = v;
        else if (strcmp(a, "--unit") == 0) c->p.unit = v;
        else if (strcmp(a, "--dept") == 0) c->p.dept = v;
        else if (strcmp(a, "--project") == 0) c->p.project = v;
        else if (strcmp(a, "--year") == 0) c->p.year = v;
        else if (strcmp(a, "--budget-initial") == 0) { if (fig_arg(a, v, &c->p.budget_initial)) return TPL_EXIT_USAGE; }
        else if (strcmp(a, "--budget") == 0) { if (fig_arg(a, v, &c->p.budget)) return TPL_EXIT_USAGE; }
        else if (strcmp(a, "--spent") == 0) { if (fig_arg(a, v, &c->p.spent)) return TPL_EXIT_USAGE; }
        else if (strcmp(a, "--received") == 0) { if (fig_arg(a, v, &c->p.received)) return TPL_EXIT_USAGE; }
        else if (strcmp(a, "--exec-points") == 0) {
            if (!tpl_parse_number(v, &c->p.exec_points) || c->p.exec_points < 0 || c->p.exec_points > 100)
                return bad("--exec-points “%s” 应为 0 到 100 之间的数字", v);
        }
        else if (strcmp(a, "--grades") == 0) c->grades = v;
        else if (strcmp(a, "--grade-labels") == 0) c->labels = v;
        else if (strcmp(a, "--spec") == 0) c->spec = v;
        else if (strcmp(a, "--batch") == 0) c->batch = v;
        else if (strcmp(a, "--out-dir") == 0) c->out_dir = v;
        else if (strcmp(a, "--tmpdir") == 0) c->tmpdir = v;
        else if (strcmp(a, "--password") == 0) {
            if (check_password(v))
                return TPL_EXIT_USAGE;
            c->p.password = v;
        }
        else if (strcmp(a, "--jobs") == 0) {
            double j;
            if (!tpl_parse_number(v, &j) || j < 1 || j > 64 || j != (int)j)
                return bad("--jobs “%s” 应为 1 到 64 的整数", v);
            c->jobs = (int)j;
        }
        else if (strcmp(a, "--formulas") == 0) {
            if (strcmp(v, "portable") == 0) c->p.formulas = TPL_FORMULAS_PORTABLE;
            else if (strcmp(v, "addin") == 0) c->p.formulas = TPL_FORMULAS_ADDIN;
            else return bad("--formulas 只能是 portable 或 addin，而不是“%s”", v);
        }
        else return bad("未知的选项“%s”", a);
        i += takes;
    }
    if (c->grades || c->labels) {
        jx_diag jd;
        char m[256];
        jx_diag_clear(&jd);
        if (jx_grades_parse(c->grades, c->grades ? strlen(c->grades) : 0, c->labels,
                            c->labels ? strlen(c->labels) : 0, &c->p.grades, &jd) != JX_OK) {
            jx_diag_format(&jd, JX_LANG_ZH, m, sizeof m);
            return bad("评价等次设置有误：%s", m);
        }
    }
    return TPL_OK;
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
            return bad("%s 过长（%zu 个字符，上限 %zu 个字符）", t[i].opt, n, t[i].max);
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
        return bad("-o 文件名%s", why);
    return TPL_OK;
}

static int run_one(cli *c)
{
    tpl_diag d = {0};
    tpl_spec *spec = NULL;
    tpl_out out;
    int rc;

    if (c->out == NULL)
        return bad("%s", "缺少 -o FILE.xlsx");
    if (c->skip_existing)
        return bad("%s", "--skip-existing 只用于 --batch");
    if (check_texts(c) != TPL_OK || check_out_name(c->out) != TPL_OK)
        return TPL_EXIT_USAGE;
    if (c->spec) {
        if (!c->table->uses_spec)
            return bad("表 %s 不使用 --spec", c->table->name);
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
        return bad("%s", "--batch 需要 --out-dir DIR");
    if (stat(c->out_dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return bad("输出目录“%s”不存在", c->out_dir);
    if (c->out || c->spec)
        return bad("%s", "--batch 不能与 -o 或 --spec 同用（指标表写在批量文件的“指标表”列）");
    if (c->force && c->skip_existing)
        return bad("%s", "--force 与 --skip-existing 不能同用");
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
    /* Say when a CSV was read as GBK or GB18030 rather than UTF-8. */
    if (!c.quiet)
        tpl_csv_notes(stderr);
    if (c.batch)
        return run_batch(&c);
    if (c.table == NULL)
        return bad("%s", "缺少表名（jixiao-template list 列出可用的表）");
    return run_one(&c);
}
