/*
 * gen.c - the workbook of the differential test (tests/diff/test_diff.py).
 *
 * For every rule kind the core compiles (src/core/formula.c) and every
 * sentence of sentences.txt the core parses, one row per actual of a grid
 * (each bound, ± a small step, below, above, zero, blank, text, negative):
 *   A case, B actual, C points, D total (ratios), E the compiled formula
 * and, in expected.csv, what the core computes for the same cells:
 *   row,kind,value        kind n: a number, s: a text, r: refused ("" shown)
 * Formulas are stored with the cached text "未计算" so that an engine that
 * does not recalculate fails every case.
 *
 * usage: gen OUT.xlsx EXPECTED.csv SENTENCES.txt
 */
#include <jixiao/jixiao.h>
#include <xlsxwriter.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One actual of a grid: a number, a text, or blank. */
typedef struct actual {
    enum { NUM, TEXT, BLANK } kind;
    double v;
    const char *s;
} actual;

/* What the core says for a case. */
typedef struct expect {
    char kind;        /* 'n', 's', 'r' */
    double v;
    const char *s;
} expect;

static lxw_worksheet *ws;
static FILE *exp_csv;
static int row = 1, cases;

static void die(const char *what)
{
    fprintf(stderr, "gen: %s\n", what);
    exit(2);
}

static char *cell_ref(int r, int c, char *buf)
{
    lxw_rowcol_to_cell(buf, (lxw_row_t)r, (lxw_col_t)c);
    return buf;
}

/* Write one case: the cells, the compiled formula, the core's answer. */
static void emit(const char *label, const actual *a, double points, const actual *total,
                 const char *formula, const expect *e)
{
    if (a->kind == NUM) worksheet_write_number(ws, (lxw_row_t)row, 1, a->v, NULL);
    else if (a->kind == TEXT) worksheet_write_string(ws, (lxw_row_t)row, 1, a->s, NULL);
    worksheet_write_string(ws, (lxw_row_t)row, 0, label, NULL);
    worksheet_write_number(ws, (lxw_row_t)row, 2, points, NULL);
    if (total && total->kind == NUM) worksheet_write_number(ws, (lxw_row_t)row, 3, total->v, NULL);
    if (total && total->kind == TEXT) worksheet_write_string(ws, (lxw_row_t)row, 3, total->s, NULL);
    worksheet_write_formula_str(ws, (lxw_row_t)row, 4, formula, NULL, "未计算");
    if (e->kind == 'n') fprintf(exp_csv, "%d,n,%.17g,%s\n", row + 1, e->v, label);
    else if (e->kind == 's') fprintf(exp_csv, "%d,s,%s,%s\n", row + 1, e->s, label);
    else fprintf(exp_csv, "%d,r,,%s\n", row + 1, label);
    row++;
    cases++;
}

static expect from_core(jx_err e, double v)
{
    expect x = {'r', 0, NULL};
    if (e == JX_OK) x.kind = 'n', x.v = v;
    return x;
}

static const char *actual_text(const actual *a, char *buf, size_t cap)
{
    if (a->kind == NUM) snprintf(buf, cap, "%.10g", a->v);
    else if (a->kind == TEXT) snprintf(buf, cap, "'%s'", a->s);
    else snprintf(buf, cap, "blank");
    return buf;
}

/* The grid around bounds b[0..nb): each bound, ± step, below, above, 0,
 * half and twice the largest, negative, blank, text. */
static int grid(const double *b, int nb, double step, actual *out)
{
    int n = 0;
    double hi = 0;
    for (int i = 0; i < nb; i++) {
        out[n++] = (actual){NUM, b[i], NULL};
        out[n++] = (actual){NUM, b[i] + step, NULL};
        if (b[i] - step >= 0) out[n++] = (actual){NUM, b[i] - step, NULL};
        if (b[i] > hi) hi = b[i];
    }
    out[n++] = (actual){NUM, 0, NULL};
    out[n++] = (actual){NUM, hi / 2, NULL};
    out[n++] = (actual){NUM, hi * 1.3, NULL};
    out[n++] = (actual){NUM, hi * 2 + step, NULL};
    out[n++] = (actual){NUM, hi * 3, NULL};
    out[n++] = (actual){NUM, -1, NULL};
    out[n++] = (actual){BLANK, 0, NULL};
    out[n++] = (actual){TEXT, 0, "未填"};
    return n;
}

/* --- Quantitative indicators --------------------------------------------- */

static void indicators(void)
{
    static const char *const targets[] = {
        "≥95%", ">95%", "=100%", "≤5%", "<5%", "≥30000人次", "≥50万人", "≤60分钟",
        "<5次", "≤1071.15万元", ">0", "≥0", "=0", "≤0", "=3", "<0",
    };
    static const char *const modes[] = {"prop", "half", "zero", "prop;linear", "half;linear"};
    char f[JX_FORMULA_MAX], label[200], at[64], ref_a[16], ref_p[16];

    for (size_t t = 0; t < sizeof targets / sizeof targets[0]; t++) {
        jx_target tg;
        if (jx_target_parse(targets[t], strlen(targets[t]), &tg, NULL) != JX_OK)
            die(targets[t]);
        double tv = tg.q.value / tg.q.scale;
        double step = tg.q.percent ? 0.0001 : (tv > 0 ? tv * 0.001 : 0.5);
        actual grid_a[32];
        double bounds[1] = {tv};
        int n = grid(bounds, 1, step, grid_a);
        if (tg.q.percent) grid_a[n++] = (actual){NUM, 96, NULL};   /* 96 for 96 % */
        for (size_t m = 0; m < sizeof modes / sizeof modes[0]; m++) {
            jx_ind_opts o;
            jx_ind_opts_default(&o);
            jx_ind_opts_parse(modes[m], strlen(modes[m]), &o, NULL);
            for (int i = 0; i < n; i++) {
                double points = i % 3 == 2 ? 7.5 : 10, s = 0;
                jx_formula_refs refs = {cell_ref(row, 1, ref_a), cell_ref(row, 2, ref_p), NULL};
                if (jx_formula_ind_score(&tg, &o, &refs, f, sizeof f) != JX_OK)
                    die("indicator formula");
                jx_err e = JX_ERR_EMPTY;
                if (grid_a[i].kind == NUM) {
                    jx_quantity q;
                    jx_quantity_from_number(grid_a[i].v, &q);
                    e = jx_ind_score(&q, &tg, points, &o, &s, NULL);
                }
                expect x = from_core(e, s);
                snprintf(label, sizeof label, "ind %s %s actual %s", targets[t], modes[m],
                         actual_text(&grid_a[i], at, sizeof at));
                emit(label, &grid_a[i], points, NULL, f, &x);
            }
        }
    }
}

/* --- Execution score, deductions, ratios -------------------------------- */

static void exec_scores(void)
{
    static const double budgets[] = {100, 1546.43, 0, -5};
    static const double spent[] = {100, 99.99, 100.01, 0, 47.971, 1546.43, 120, -1};
    char f[JX_FORMULA_MAX], label[160], rs[16], rb[16], rp[16];

    for (size_t b = 0; b < sizeof budgets / sizeof budgets[0]; b++)
        for (size_t i = 0; i < sizeof spent / sizeof spent[0]; i++) {
            double s = 0;
            actual a = {NUM, spent[i], NULL}, tot = {NUM, budgets[b], NULL};
            if (jx_formula_exec_score(cell_ref(row, 1, rs), cell_ref(row, 3, rb),
                                      cell_ref(row, 2, rp), 2, f, sizeof f) != JX_OK)
                die("exec formula");
            jx_err e = jx_exec_score(spent[i], budgets[b], 10, NULL, 2, &s);
            expect x = from_core(e, s);
            snprintf(label, sizeof label, "exec spent %g budget %g", spent[i], budgets[b]);
            emit(label, &a, 10, &tot, f, &x);
        }
}

static void deductions(void)
{
    static const double per[] = {1, 0.5, 0.3};
    static const double counts[] = {0, 1, 2.5, 3, 19.999, 20, 21, 100};
    char f[JX_FORMULA_MAX], label[160], ra[16], rp[16], at[64];

    for (size_t p = 0; p < sizeof per / sizeof per[0]; p++) {
        actual g[16];
        int n = 0;
        for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++)
            g[n++] = (actual){NUM, counts[i], NULL};
        g[n++] = (actual){NUM, -1, NULL};
        g[n++] = (actual){BLANK, 0, NULL};
        g[n++] = (actual){TEXT, 0, "三次"};
        for (int i = 0; i < n; i++) {
            double s = 0;
            jx_formula_refs refs = {cell_ref(row, 1, ra), cell_ref(row, 2, rp), NULL};
            if (jx_formula_deduct_score(&refs, per[p], 2, f, sizeof f) != JX_OK)
                die("deduct formula");
            jx_err e = g[i].kind == NUM ? jx_deduct_score(5, g[i].v, per[p], 2, &s) : JX_ERR_EMPTY;
            expect x = from_core(e, s);
            snprintf(label, sizeof label, "deduct per %g count %s", per[p], actual_text(&g[i], at, sizeof at));
            emit(label, &g[i], 5, NULL, f, &x);
        }
    }
}

static void ratios(void)
{
    static const double totals[] = {4, 3, 0, 7};
    static const double done[] = {0, 1, 2, 3, 4, 5, 2.5};
    char f[JX_FORMULA_MAX], label[160], ra[16], rp[16], rt[16];

    for (size_t t = 0; t < sizeof totals / sizeof totals[0]; t++)
        for (size_t i = 0; i < sizeof done / sizeof done[0] + 2; i++) {
            double s = 0;
            actual a = i < sizeof done / sizeof done[0] ? (actual){NUM, done[i], NULL}
                     : i == sizeof done / sizeof done[0] ? (actual){NUM, -1, NULL}
                     : (actual){BLANK, 0, NULL};
            actual tot = {NUM, totals[t], NULL};
            jx_formula_refs refs = {cell_ref(row, 1, ra), cell_ref(row, 2, rp), cell_ref(row, 3, rt)};
            if (jx_formula_ratio_score(&refs, 2, f, sizeof f) != JX_OK)
                die("ratio formula");
            jx_err e = a.kind == NUM ? jx_ratio_score(a.v, totals[t], 6, 2, &s) : JX_ERR_EMPTY;
            expect x = from_core(e, s);
            snprintf(label, sizeof label, "ratio done %g total %g", a.kind == NUM ? a.v : NAN, totals[t]);
            emit(label, &a, 6, &tot, f, &x);
        }
}

/* --- Band rules ------------------------------------------------------------ */

static void bandrules(void)
{
    static const char *const rules[] = {
        "≥90%:5;≥80%:4;≥70%:3;else:0", "≥95%:full;else:half", "≥90%:full;else:ratio",
        ">60%:1;=50%:half", "<=10%:full;<20%:80%;else:zero",
    };
    char f[JX_FORMULA_MAX], label[200], ra[16], rp[16], at[64];

    for (size_t k = 0; k < sizeof rules / sizeof rules[0]; k++) {
        jx_bandrule br;
        if (jx_bandrule_parse(rules[k], strlen(rules[k]), &br, NULL) != JX_OK)
            die(rules[k]);
        double b[JX_BANDS_MAX];
        int nb = 0;
        for (int i = 0; i < br.n; i++)
            if (br.band[i].cmp != JX_CMP_ELSE) b[nb++] = br.band[i].bound;
        actual g[80];
        int n = grid(b, nb, 0.0001, g);
        for (int i = 0; i < n; i++) {
            double s = 0;
            jx_formula_refs refs = {cell_ref(row, 1, ra), cell_ref(row, 2, rp), NULL};
            if (jx_formula_bandrule(&br, 0, &refs, 2, f, sizeof f) != JX_OK)
                die("band formula");
            jx_err e = g[i].kind == NUM ? jx_bandrule_score(&br, g[i].v, 5, 2, &s) : JX_ERR_EMPTY;
            expect x = from_core(e, s);
            snprintf(label, sizeof label, "bands %s actual %s", rules[k], actual_text(&g[i], at, sizeof at));
            emit(label, &g[i], 5, NULL, f, &x);
        }
    }
}

/* --- Sentences ------------------------------------------------------------- */

/* The grid of a sentence: numbers around what it names, and texts. */
static int sentence_grid(const jx_rule *r, actual *g)
{
    double b[JX_BANDS_MAX + 4];
    int nb = 0, n;
    double step = 0.0001;

    switch (r->kind) {
    case JX_RULE_BANDS:
        for (int i = 0; i < r->bands.n; i++)
            if (r->bands.band[i].cmp != JX_CMP_ELSE) b[nb++] = r->bands.band[i].bound;
        if (r->bands_percent != 1) step = 0.01;
        break;
    case JX_RULE_STEP:
        b[nb++] = r->step; b[nb++] = 2 * r->step; b[nb++] = 3 * r->step;
        b[nb++] = r->step * (r->cap > 0 ? r->cap / r->per : 10);
        break;
    case JX_RULE_DEDUCT:
        b[nb++] = 1; b[nb++] = 5; b[nb++] = 10;
        step = 0.5;
        break;
    case JX_RULE_RATIO:
        b[nb++] = 1; b[nb++] = 0.5;
        step = 0.01;
        break;
    case JX_RULE_LEVELS:
        break;
    }
    n = grid(b, nb, step, g);
    for (int i = 0; i < r->levels.n && r->kind == JX_RULE_LEVELS; i++)
        for (int k = 0; k < r->levels.tier[i].naliases; k++)
            g[n++] = (actual){TEXT, 0, r->levels.tier[i].alias[k]};
    g[n++] = (actual){TEXT, 0, "不涉及"};
    g[n++] = (actual){TEXT, 0, "本单位不适用"};
    g[n++] = (actual){TEXT, 0, "一般"};
    return n;
}

static void sentences(const char *path)
{
    FILE *in = fopen(path, "r");
    char line[4096], f[JX_FORMULA_MAX], label[4300], ra[16], rp[16], at[200];
    static const double points[] = {10, 6, 4, 5};

    if (!in) die(path);
    while (fgets(line, sizeof line, in)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '\0' || line[0] == '#')
            continue;
        jx_rule r;
        jx_diag d;
        if (jx_rule_parse(line, strlen(line), &r, &d) != JX_OK) {
            char m[300];
            jx_diag_format(&d, JX_LANG_ZH, m, sizeof m);
            printf("not parsed (skipped): %s\n", m);
            continue;
        }
        actual g[120];
        int n = sentence_grid(&r, g);
        for (size_t p = 0; p < sizeof points / sizeof points[0]; p++)
            for (int i = 0; i < n; i++) {
                double s = 0;
                jx_formula_refs refs = {cell_ref(row, 1, ra), cell_ref(row, 2, rp), NULL};
                jx_err e = jx_formula_rule(&r, &refs, 2, line, f, sizeof f, &d);
                if (e != JX_OK) {
                    printf("not compiled: %s\n", line);
                    goto next;
                }
                jx_actual ac = {g[i].kind == TEXT, g[i].v, g[i].s, g[i].s ? strlen(g[i].s) : 0};
                e = g[i].kind == BLANK ? JX_ERR_EMPTY : jx_rule_score(&r, &ac, points[p], 2, &s, NULL);
                expect x = from_core(e, s);
                snprintf(label, sizeof label, "rule %s points %g actual %s", line, points[p],
                         actual_text(&g[i], at, sizeof at));
                emit(label, &g[i], points[p], NULL, f, &x);
            }
    next:;
    }
    fclose(in);
}

/* --- 评价等次 ---------------------------------------------------------------- */

static void grades(void)
{
    static const double totals[] = {100, 90, 89.99, 90.01, 80, 79.99, 60, 59.99, 0, 100.01, -1, 45};
    char f[JX_FORMULA_MAX], label[160], ra[16];
    jx_grades g;
    jx_grades_default(&g);

    for (size_t i = 0; i < sizeof totals / sizeof totals[0] + 2; i++) {
        actual a = i < sizeof totals / sizeof totals[0] ? (actual){NUM, totals[i], NULL}
                 : i == sizeof totals / sizeof totals[0] ? (actual){BLANK, 0, NULL}
                 : (actual){TEXT, 0, "优"};
        const char *lb = NULL;
        if (jx_formula_grade(&g, cell_ref(row, 1, ra), f, sizeof f) != JX_OK)
            die("grade formula");
        expect x = {'r', 0, NULL};
        if (a.kind == NUM && jx_grade(&g, a.v, &lb) == JX_OK)
            x.kind = 's', x.s = lb;
        snprintf(label, sizeof label, "grade total %g", a.kind == NUM ? a.v : NAN);
        emit(label, &a, 0, NULL, f, &x);
    }
}

int main(int argc, char **argv)
{
    if (argc != 4) die("usage: gen OUT.xlsx EXPECTED.csv SENTENCES.txt");
    lxw_workbook *wb = workbook_new(argv[1]);
    if (!wb) die(argv[1]);
    ws = workbook_add_worksheet(wb, "grid");
    exp_csv = fopen(argv[2], "w");
    if (!exp_csv) die(argv[2]);
    worksheet_write_string(ws, 0, 0, "case", NULL);
    worksheet_write_string(ws, 0, 1, "actual", NULL);
    worksheet_write_string(ws, 0, 2, "points", NULL);
    worksheet_write_string(ws, 0, 3, "total", NULL);
    worksheet_write_string(ws, 0, 4, "score", NULL);
    indicators();
    exec_scores();
    deductions();
    ratios();
    bandrules();
    sentences(argv[3]);
    grades();
    fclose(exp_csv);
    if (workbook_close(wb) != LXW_NO_ERROR) die("workbook_close");
    printf("gen: %d cases\n", cases);
    return 0;
}
