/*
 * spec.c - read the indicator tree CSV (see spec.h).
 */
#include "spec.h"

#include <stdio.h>

#include <errno.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"

int tpl_parse_number(const char *s, double *v)
{
    char *end;
    double x;
    const char *p = s;

    while (*p == ' ' || *p == '\t')
        p++;
    if (*p == '\0')
        return 0;
    /* Only plain decimal notation: no hex, no exponent, no inf/nan. */
    for (const char *q = p; *q; q++) {
        if (!((*q >= '0' && *q <= '9') || *q == '.' || *q == '-' || *q == '+' ||
              *q == ' ' || *q == '\t'))
            return 0;
    }
    errno = 0;
    x = strtod(p, &end);
    if (end == p || errno == ERANGE || !isfinite(x))
        return 0;
    while (*end == ' ' || *end == '\t')
        end++;
    if (*end != '\0')
        return 0;
    *v = x;
    return 1;
}

const char *tpl_rule_name(tpl_rule r)
{
    static const char *const names[] = {"prop", "half", "zero", "qual", "manual", "sentence"};
    return (unsigned)r < 6 ? names[r] : "?";
}

/* Column roles and the header names that select them. */
enum { COL_L1, COL_L2, COL_L3, COL_TARGET, COL_POINTS, COL_RULE, COL_CRIT, COL__N };
static const char *const col_names[COL__N][TPL_CSV_NAMES] = {
    {"一级指标", "一级", "level1", NULL},
    {"二级指标", "二级", "level2", NULL},
    {"三级指标", "三级", "level3", "indicator", NULL},
    {"指标值", "年度指标值", "target", NULL},
    {"分值", "points", "weight", NULL},
    {"评分规则", "规则", "rule", NULL},
    {"评扣分标准", "标准", "criteria", NULL},
};
static const int col_required[COL__N] = {1, 1, 1, 1, 1, 0, 0};

static int parse_rule(const char *s, tpl_rule *r)
{
    static const struct { const char *w; tpl_rule r; } words[] = {
        {"prop", RULE_PROP}, {"比例", RULE_PROP}, {"按比例", RULE_PROP},
        {"half", RULE_HALF}, {"一半", RULE_HALF},
        {"zero", RULE_ZERO}, {"不得分", RULE_ZERO},
        {"qual", RULE_QUAL}, {"定性", RULE_QUAL},
        {"manual", RULE_MANUAL}, {"人工", RULE_MANUAL}, {"手工", RULE_MANUAL},
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcmp(s, words[i].w) == 0) {
            *r = words[i].r;
            return 1;
        }
    return 0;
}

static char *dup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

/* Map header fields to roles; fails on a missing required column. */
static int read_header(tpl_csv *c, int map[COL__N], tpl_diag *d)
{
    int rc = tpl_csv_read_header(c, col_names, COL__N, map, d);

    for (int k = 0; rc == TPL_OK && k < COL__N; k++)
        if (map[k] < 0 && col_required[k])
            return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, c->rec_line, TPL_M_SPEC_NO_COLUMN,
                                col_names[k][0]);
    return rc;
}

int tpl_spec_is_header(const char *const *cells, int n)
{
    for (int k = 0; k < COL__N; k++) {
        int found = !col_required[k];
        for (int i = 0; i < n && !found; i++)
            for (int j = 0; col_names[k][j] && !found; j++)
                found = strcmp(cells[i], col_names[k][j]) == 0;
        if (!found)
            return 0;
    }
    return 1;
}

static const char *fld(const tpl_csv *c, const int map[COL__N], int k)
{
    return map[k] >= 0 && map[k] < c->nfields ? c->field[map[k]] : "";
}

static int has_non_ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80)
            return 1;
    return 0;
}

/*
 * A 评扣分标准 sentence as the row's rule: the core must read it and
 * compile it (the cells do not matter for that), else the spec is refused
 * with the part that could not be read, never written as a wrong formula.
 */
static int read_sentence(const char *text, tpl_ind *ind, const tpl_csv *c, tpl_diag *d)
{
    static const jx_formula_refs probe = {"A1", "B1", NULL};
    char why[256], f[JX_FORMULA_MAX];
    jx_diag jd;
    jx_err e = jx_rule_parse(text, strlen(text), &ind->sentence, &jd);

    if (e == JX_OK)
        e = jx_formula_rule(&ind->sentence, &probe, 2, text, f, sizeof f, &jd);
    if (e != JX_OK) {
        if (jd.code == e)
            jx_diag_format(&jd, tpl_msg_lang(), why, sizeof why);
        else
            snprintf(why, sizeof why, "%s", jx_strerror(e, tpl_msg_lang()));
        return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, c->rec_line, TPL_M_SENTENCE, why);
    }
    ind->has_sentence = 1;
    return TPL_OK;
}

/* The names of the three levels and the texts; an empty level repeats the row above. */
static int read_names(tpl_csv *c, const int map[COL__N], const tpl_ind *prev, tpl_ind *ind,
                      tpl_diag *d)
{
    const char *l1 = fld(c, map, COL_L1), *l2 = fld(c, map, COL_L2);

    if (*l1 == '\0' && prev == NULL)
        return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, c->rec_line, TPL_M_FIRST_L1_EMPTY);
    if (*l2 == '\0' && prev == NULL)
        return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, c->rec_line, TPL_M_FIRST_L2_EMPTY);
    ind->l1 = dup(*l1 ? l1 : prev->l1);
    ind->l2 = dup(*l2 ? l2 : (*l1 && strcmp(l1, prev->l1) != 0 ? "" : prev->l2));
    ind->l3 = dup(fld(c, map, COL_L3));
    ind->target_text = dup(fld(c, map, COL_TARGET));
    ind->criteria = dup(fld(c, map, COL_CRIT));
    if (!ind->l1 || !ind->l2 || !ind->l3 || !ind->target_text || !ind->criteria)
        return tpl_msg_fail_nomem(d, c->path, c->rec_line);
    if (*ind->l2 == '\0')
        return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, c->rec_line, TPL_M_NEW_L1_NEEDS_L2, ind->l1);
    if (*ind->l3 == '\0')
        return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, c->rec_line, TPL_M_L3_EMPTY);
    return TPL_OK;
}

/* The 规则 column: a rule word, a sentence the core reads, or blank. */
static int read_rule(const tpl_csv *c, const char *rule, int parsed, tpl_ind *ind, tpl_diag *d)
{
    if (*rule == '\0') {
        ind->rule = parsed ? RULE_PROP : RULE_MANUAL;
    } else if (!parse_rule(rule, &ind->rule)) {
        if (!has_non_ascii(rule))
            return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, c->rec_line, TPL_M_UNKNOWN_RULE, rule);
        if (read_sentence(rule, ind, c, d) != TPL_OK)
            return d->code;
        ind->rule = RULE_SENTENCE;
        if (*ind->criteria == '\0') {
            free(ind->criteria);
            if ((ind->criteria = dup(rule)) == NULL)
                return tpl_msg_fail_nomem(d, c->path, c->rec_line);
        }
    } else if (ind->rule == RULE_MANUAL && *ind->criteria &&
               jx_rule_parse(ind->criteria, strlen(ind->criteria), &ind->sentence, NULL) == JX_OK) {
        /* The 评扣分标准 scores a manual row: it must compile, or be refused. */
        if (read_sentence(ind->criteria, ind, c, d) != TPL_OK)
            return d->code;
    }
    return TPL_OK;
}

/* Fill one row from the current record; checks points, rule and target. */
static int read_row(tpl_csv *c, const int map[COL__N], const tpl_ind *prev,
                    tpl_ind *ind, tpl_diag *d)
{
    const char *pts = fld(c, map, COL_POINTS), *rule = fld(c, map, COL_RULE);
    jx_diag jd;

    ind->line = c->rec_line;
    if (read_names(c, map, prev, ind, d) != TPL_OK)
        return d->code;
    if (!tpl_parse_number(pts, &ind->points))
        return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, c->rec_line, TPL_M_POINTS_NOT_NUMBER, pts);
    if (ind->points < 0 || ind->points > 100)
        return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, c->rec_line, TPL_M_POINTS_RANGE, pts);
    jx_diag_clear(&jd);
    int parsed = jx_target_parse(ind->target_text, strlen(ind->target_text),
                                 &ind->target, &jd) == JX_OK;
    if (read_rule(c, rule, parsed, ind, d) != TPL_OK)
        return d->code;
    if (ind->rule <= RULE_ZERO && !parsed) {
        char why[256];
        jx_diag_format(&jd, tpl_msg_lang(), why, sizeof why);
        return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, c->rec_line, TPL_M_RULE_NEEDS_TARGET,
                            tpl_rule_name(ind->rule), why);
    }
    ind->has_target = parsed && ind->rule <= RULE_ZERO;
    return TPL_OK;
}

int tpl_spec_read(tpl_csv *c, double total_points, tpl_spec *out, tpl_diag *d)
{
    int map[COL__N];
    double *pts;
    int r;
    char msg[JX_MSG_MAX];

    memset(out, 0, sizeof *out);
    if (read_header(c, map, d) != TPL_OK)
        return d->code;
    while ((r = tpl_csv_next(c, d)) == 1) {
        if (out->n >= TPL_SPEC_MAX_ROWS)
            return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, c->rec_line, TPL_M_TOO_MANY_ROWS,
                                TPL_SPEC_MAX_ROWS);
        if (read_row(c, map, out->n ? &out->ind[out->n - 1] : NULL,
                     &out->ind[out->n], d) != TPL_OK) {
            out->n++;
            return d->code;
        }
        out->n++;
    }
    if (r < 0)
        return d->code;
    if (out->n == 0)
        return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, c->line, TPL_M_NO_ROWS);
    pts = malloc(out->n * sizeof *pts);
    if (pts == NULL)
        return tpl_msg_fail_nomem(d, c->path, 0);
    for (size_t i = 0; i < out->n; i++)
        pts[i] = out->ind[i].points;
    r = jx_check_weights(pts, out->n, total_points, tpl_msg_lang(), msg, sizeof msg);
    free(pts);
    if (r != JX_OK)
        return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, out->ind[out->n - 1].line, TPL_M_WEIGHTS,
                            msg, total_points, 100 - total_points);
    return TPL_OK;
}

/* The spec as CSV records: the file itself, or the sheet of a workbook
 * (then `name`, which must outlive c, says which sheet). */
static int open_spec(tpl_csv *c, const char *path, char *name, size_t cap, tpl_diag *d)
{
    char *text, *sheet;
    int rc;

    memset(c, 0, sizeof *c);
    if (!tpl_spec_is_xlsx(path))
        return tpl_csv_open(c, path, d);
    if (tpl_spec_xlsx_csv(path, &text, &sheet, d) != TPL_OK)
        return d->code;
    tpl_msg_format(name, cap, TPL_M_SPEC_SHEET, path, sheet);
    rc = tpl_csv_open_mem(c, name, text, strlen(text), d);
    free(text);
    free(sheet);
    return rc;
}

int tpl_spec_load(const char *path, double total_points, tpl_spec **out,
                  tpl_diag *d)
{
    tpl_csv c;
    tpl_spec *s;
    char name[4200];

    *out = NULL;
    if (open_spec(&c, path, name, sizeof name, d) != TPL_OK) {
        tpl_csv_close(&c);
        return d->code;
    }
    s = calloc(1, sizeof *s);
    if (s == NULL) {
        tpl_csv_close(&c);
        return tpl_msg_fail_nomem(d, path, 0);
    }
    if (tpl_spec_read(&c, total_points, s, d) != TPL_OK) {
        tpl_csv_close(&c);
        tpl_spec_free(s);
        return d->code;
    }
    tpl_csv_close(&c);
    s->path = dup(path);
    *out = s;
    return TPL_OK;
}

void tpl_spec_free(tpl_spec *s)
{
    if (s == NULL)
        return;
    for (size_t i = 0; i < s->n; i++) {
        free(s->ind[i].l1);
        free(s->ind[i].l2);
        free(s->ind[i].l3);
        free(s->ind[i].target_text);
        free(s->ind[i].criteria);
    }
    free(s->path);
    free(s);
}
