/*
 * tables.c - the table catalogue and the pieces several tables share.
 */
#include "tables.h"
#include "msg.h"
#include "veryhide.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const tpl_table tpl_tables[] = {
    {"xmzc-zp", "项目支出绩效自评表", "财预〔2020〕10号 附件2", 1, &tpl_kind_xmzc_zp, NULL},
    {"bmzt-zp", "部门整体支出绩效自评表", "衡阳县 附件1-2 (seed 003)", 1, &tpl_kind_bmzt_zp, NULL},
    {"bmzt-jcsj", "部门整体支出绩效评价基础数据表", "衡阳县 附件1-1 (seed 003)", 0, NULL,
     &tpl_kind_bmzt_jcsj},
    {"xmzc-pj", "项目支出绩效评价表", "五华区 附件1 (seed 004)", 0, NULL, &tpl_kind_xmzc_pj},
    {"bmzt-pj", "部门整体支出绩效评价表", "合水县 (seed 000)", 0, NULL, &tpl_kind_bmzt_pj},
    {"kh-pf", "部门预算绩效管理工作考核评分表", "隆化县 (seed 001)", 0, NULL, &tpl_kind_kh_pf},
    {"xmzc-zp-sc", "部门预算项目支出绩效自评表", "四川省大英县 2023 年度 (docs/TEMPLATES.md)", 1,
     &tpl_kind_xmzc_zp_sc, NULL},
    {NULL, NULL, NULL, 0, NULL, NULL},
};

const tpl_table *tpl_table_find(const char *name)
{
    for (const tpl_table *t = tpl_tables; t->name; t++)
        if (strcmp(t->name, name) == 0)
            return t;
    return NULL;
}

void tpl_params_default(tpl_params *p)
{
    memset(p, 0, sizeof *p);
    p->exec_points = JX_EXEC_POINTS_DEFAULT;
    jx_grades_default(&p->grades);
    p->formulas = TPL_FORMULAS_PORTABLE;
}

/* The map's meta record: what the workbook was made for. */
static void map_meta(tpl_book *b, const tpl_params *p)
{
    char k[4][600];
    tpl_book_map(b, "meta", tpl_kv(k[0], sizeof k[0], "unit=%s", p->unit ? p->unit : ""),
             tpl_kv(k[1], sizeof k[1], "project=%s", p->project ? p->project : ""),
             tpl_kv(k[2], sizeof k[2], "year=%s", p->year ? p->year : ""),
             tpl_kv(k[3], sizeof k[3], "dept=%s", p->dept ? p->dept : (p->unit ? p->unit : "")),
             (char *)NULL);
}

/*
 * Where libxlsxwriter writes the zip before the map is made very hidden:
 * in tmpdir when there is one (so the output's own disk is written once),
 * else the target itself, rewritten in place.
 */
static int stage_path(const char *path, const char *tmpdir, char *buf, size_t cap)
{
    int fd;
    if (tmpdir == NULL || (size_t)snprintf(buf, cap, "%s/.jixiao-stage-XXXXXX", tmpdir) >= cap ||
        (fd = mkstemp(buf)) < 0) {
        snprintf(buf, cap, "%s", path);
        return 0;
    }
    close(fd);
    return 1;
}

int tpl_write_table(const tpl_table *t, const tpl_params *p, const char *path,
                    const char *tmpdir, tpl_diag *d)
{
    tpl_book b;
    char comments[256], stage[4096];
    int staged = stage_path(path, tmpdir, stage, sizeof stage), rc;

    if (tpl_book_open(&b, stage, tmpdir, p->formulas, d) != TPL_OK) {
        if (staged)
            unlink(stage);
        return d->code;
    }
    b.map_table = t->name;
    snprintf(comments, sizeof comments, "%s；版式依据：%s；由 jixiao-template 生成",
             t->title, t->source);
    tpl_book_properties(&b, t->title, p->unit, p->year, comments);
    if (t->zp)
        tpl_table_zp(&b, p, t->zp);
    else
        tpl_table_kind(&b, p, t->kind);
    map_meta(&b, p);
    rc = tpl_book_close(&b, d);
    if (rc == TPL_OK)
        rc = tpl_very_hide(stage, path, "_jixiao", d);
    if (staged)
        unlink(stage);
    return rc;
}

/* National tiers: the label a clerk picks and the share of points it allows. */
void tpl_define_levels(tpl_book *b)
{
    static const char *const levels[] = {
        "达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差"};
    jx_scheme s;
    double lo[3], hi[3];

    jx_scheme_national(&s);
    for (int i = 0; i < 3; i++) {
        lo[i] = s.tier[i].lo;
        hi[i] = s.tier[i].hi;
    }
    tpl_book_define_list(b, "jx_levels", 0, levels, lo, hi, 3);
}

const char *tpl_year_line(const tpl_params *p, char *buf, size_t cap)
{
    if (p->year && *p->year)
        snprintf(buf, cap, "（ %s 年度 ）", p->year);
    else
        snprintf(buf, cap, "（      年度 ）");
    return buf;
}

const char *tpl_compiled(tpl_sheet *s, char *buf, jx_err e)
{
    buf[0] = '=';
    if (e != JX_OK) {
        buf[1] = '\0';
        tpl_msg_fail(&s->book->diag, TPL_EXIT_INTERNAL, s->book->path, 0,
                     TPL_M_FORMULA_COMPILE, jx_strerror(e, tpl_msg_lang()));
    }
    return buf;
}

/*
 * `text` as a formula string, the bytes 1..3 in it replaced by the
 * expressions e[0..2] ("" when NULL).
 */
static const char *quote_slots(const char *text, const char *const e[3], char *buf, size_t cap)
{
    size_t used = 0;

    buf[0] = '\0';
    used += (size_t)snprintf(buf, cap, "\"");
    for (const char *p = text; *p && used < cap; p++) {
        if (*p >= 1 && *p <= 3)
            used += (size_t)snprintf(buf + used, cap - used, "\"&%s&\"", e[*p - 1] ? e[*p - 1] : "\"\"");
        else
            used += (size_t)snprintf(buf + used, cap - used, "%c", *p);
    }
    if (used < cap)
        snprintf(buf + used, cap - used, "\"");
    return buf;
}

/* "第N行：" and `body` as a formula string (quote_slots). */
static const char *expr_of(int row, const char *body, const char *const e[3], char *buf, size_t cap)
{
    char pre[64], all[JX_MSG_MAX + 64];

    tpl_row_prefix(row, pre, sizeof pre);
    snprintf(all, sizeof all, "%s%s", pre, body);
    return quote_slots(all, e, buf, cap);
}

const char *tpl_msg_expr(int row, jx_msg_id id, const char *e1, const char *e2, const char *e3,
                         char *buf, size_t cap)
{
    const char *e[3] = {e1, e2, e3};
    char body[JX_MSG_MAX];

    /* Slots become bytes 1..3, then the text is cut there. */
    jx_msg_fill(id, TPL_WORKBOOK_LANG, body, sizeof body, "\x01", "\x02", "\x03");
    return expr_of(row, body, e, buf, cap);
}

const char *tpl_msg_mixed(int row, jx_msg_id id, const char *a1, const char *a2, const char *a3,
                          char *buf, size_t cap)
{
    static const char mark[3][2] = {"\x01", "\x02", "\x03"};
    const char *in[3] = {a1, a2, a3}, *lit[3], *expr[3];
    char body[JX_MSG_MAX];

    /* Literals are filled by the core; expression slots stay markers 1..3. */
    for (int i = 0; i < 3; i++) {
        int is_expr = in[i] && in[i][0] == '=';
        lit[i] = is_expr ? mark[i] : in[i];
        expr[i] = is_expr ? in[i] + 1 : NULL;
    }
    jx_msg_fill(id, TPL_WORKBOOK_LANG, body, sizeof body, lit[0], lit[1], lit[2]);
    return expr_of(row, body, expr, buf, cap);
}

const char *tpl_row_prefix(int row, char *buf, size_t cap)
{
    char rown[16];

    snprintf(rown, sizeof rown, "%d", row);
    jx_msg_fill(JX_MSG_ROW, TPL_WORKBOOK_LANG, buf, cap, rown, NULL, NULL);
    return buf;
}

const char *tpl_check_text(int row, jx_msg_id id, const char *a1, const char *a2, const char *a3,
                         char *buf, size_t cap)
{
    char pre[64], body[JX_MSG_MAX];

    tpl_row_prefix(row, pre, sizeof pre);
    jx_msg_fill(id, TPL_WORKBOOK_LANG, body, sizeof body, a1, a2, a3);
    snprintf(buf, cap, "%s%s", pre, body);
    return buf;
}

void tpl_num_text(double x, char *buf, size_t cap)
{
    snprintf(buf, cap, "%.15g", x);
    double y;
    if (sscanf(buf, "%lf", &y) != 1 || y != x)
        snprintf(buf, cap, "%.17g", x);
}

void tpl_grade_lists(const jx_grades *g, char *th, size_t thcap, char *lb, size_t lbcap)
{
    th[0] = lb[0] = '\0';
    for (int i = 0; i < g->n; i++) {
        char n[32];
        tpl_num_text(g->threshold[i], n, sizeof n);
        snprintf(th + strlen(th), thcap - strlen(th), "%s%s", i ? ";" : "", n);
    }
    for (int i = 0; i <= g->n; i++)
        snprintf(lb + strlen(lb), lbcap - strlen(lb), "%s%s", i ? ";" : "", g->label[i]);
}

const char *tpl_grade_formula(const tpl_params *p, const char *ref, char *buf,
                          size_t cap)
{
    const jx_grades *g = &p->grades;

    if (p->formulas == TPL_FORMULAS_ADDIN) {
        char th[128], lb[256];
        tpl_grade_lists(g, th, sizeof th, lb, sizeof lb);
        snprintf(buf, cap, "=IF(%s=\"\",\"\",ORG.JIXIAO.FUNCTIONS.GRADEBAND(%s,\"%s\",\"%s\"))",
                 ref, ref, th, lb);
        return buf;
    }
    buf[0] = '=';
    if (jx_formula_grade(g, ref, buf + 1, cap - 1) != JX_OK)
        buf[1] = '\0';     /* grades were checked when parsed: cannot happen */
    return buf;
}

/* --- the 校验 column ---------------------------------------------------- */

void tpl_checks_init(tpl_checks *k, int col, int flag_col)
{
    memset(k, 0, sizeof *k);
    k->col = col;
    k->flag_col = flag_col;
    k->first_row = -1;
}

void tpl_check_cell(tpl_sheet *s, tpl_checks *k, int row, const char *formula,
                const char *cached)
{
    char f[64];

    tpl_put_fstr(s, row, k->col, formula, cached, F_CHECK);
    snprintf(f, sizeof f, "=IF(LEN(%s)>0,ROW(),\"\")", tpl_cell(row, k->col).s);
    if (*cached) {
        tpl_put_fnum(s, row, k->flag_col, f, row + 1, F_HELPER);
        if (k->count++ == 0)
            snprintf(k->first_msg, sizeof k->first_msg, "%s", cached);
    } else {
        tpl_put_fstr(s, row, k->flag_col, f, "", F_HELPER);
    }
    if (k->first_row < 0 || row < k->first_row)
        k->first_row = row;
    if (row > k->last_row)
        k->last_row = row;
}

void tpl_check_summary(tpl_sheet *s, tpl_checks *k, int row, int c1, int c2,
                   const char *pending_formula, int pending_now,
                   const char *pending_text)
{
    const char *passed = jx_msg_text(JX_MSG_CHECKS_PASSED, TPL_WORKBOOK_LANG);
    char f[FML_MAX], flags[32], all[32], count[48], body[JX_MSG_MAX], problems[JX_MSG_MAX + 64];
    const char *e[3] = {count, NULL, NULL};
    tpl_val v;

    snprintf(flags, sizeof flags, "%s:%s", tpl_acell(k->first_row, k->flag_col).s,
             tpl_acell(k->last_row, k->flag_col).s);
    snprintf(all, sizeof all, "%s:%s", tpl_acell(0, k->col).s, tpl_acell(k->last_row, k->col).s);
    snprintf(count, sizeof count, "COUNT(%s)", flags);
    /* "共 N 处问题，首个：" with N counted by the formula, then the first problem. */
    jx_msg_fill(JX_MSG_PROBLEMS, TPL_WORKBOOK_LANG, body, sizeof body, "\x01", NULL, NULL);
    quote_slots(body, e, problems, sizeof problems);
    tpl_fml(s, f, sizeof f, "=IF(COUNT(%s)=0,IF(%s,\"%s\",\"%s\"),%s&INDEX(%s,MIN(%s)))",
            flags, pending_formula, pending_text, passed, problems, all, flags);
    if (k->count == 0)
        v = tpl_val_str(pending_now ? pending_text : passed);
    else {
        char n[16], m[JX_MSG_MAX + sizeof k->first_msg];
        snprintf(n, sizeof n, "%d", k->count);
        jx_msg_fill(JX_MSG_PROBLEMS, TPL_WORKBOOK_LANG, body, sizeof body, n, NULL, NULL);
        snprintf(m, sizeof m, "%s%s", body, k->first_msg);
        v = tpl_val_str(m);
    }
    tpl_put_merge_f(s, row, c1, c2, f, &v, F_SUMMARY);
}

void tpl_put_merge_f(tpl_sheet *s, int r, int c1, int c2, const char *formula,
                 const tpl_val *v, tpl_fmt f)
{
    if (c2 > c1)
        tpl_put_merge(s, r, c1, r, c2, NULL, f);
    tpl_put_fval(s, r, c1, formula, v, f);
}

void tpl_put_given_text(tpl_sheet *s, int r, int c1, int c2, const char *text)
{
    int given = text && *text;
    if (c2 > c1)
        tpl_put_merge(s, r, c1, r, c2, given ? text : NULL, given ? F_LABEL_L : F_IN_TEXT);
    else if (given)
        tpl_put_text(s, r, c1, text, F_LABEL_L);
    else
        tpl_put_blank(s, r, c1, F_IN_TEXT);
}

void tpl_put_given_money(tpl_sheet *s, int r, int c, const tpl_fig *fig)
{
    if (fig && fig->set)
        tpl_put_num(s, r, c, fig->v, F_CONST_MONEY);
    else
        tpl_put_blank(s, r, c, F_IN_MONEY);
}
