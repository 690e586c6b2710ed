/*
 * gen.c - the workbook of the differential test (tests/diff/test_diff.py).
 *
 * For every rule kind the core compiles (src/core/formula.c) and every
 * sentence of sentences.txt the core parses, one row per actual of a grid
 * (each bound, ± a small step, below, above, zero, blank, text, negative):
 *   A case, B actual, C points, D total (ratios), E the compiled formula
 * and, in expected.csv, what the core computes for the same cells:
 *   row,kind,value        kind n: a number, s: a text, r: refused ("" shown),
 *                         t: a text the core reads as a number ("3次"), which
 *                         the portable formula leaves blank (it parses no text)
 * Formulas are stored with the cached text "未计算" so that an engine that
 * does not recalculate fails every case.
 *
 * usage: gen OUT.xlsx EXPECTED.csv SENTENCES.txt CORPUS_DIR
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
    else fprintf(exp_csv, "%d,%c,,%s\n", row + 1, e->kind, label);
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

/* The grid of a sentence: numbers around every bound and step it names,
 * its level labels, the not-applicable words, a stranger text. */
static int sentence_grid(const jx_rule *r, actual *g, int cap)
{
    double b[4 * JX_RCLAUSES_MAX + 8];
    int nb = 0, n;
    double step = r->percent == 1 ? 0.0001 : 0.01;
    static char labels[2 * JX_RCLAUSES_MAX][JX_LABEL_MAX + 8];
    int nl = 0;

    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (c->cond.kind == JX_RC_RANGE) {
            if (c->cond.has_lo) b[nb++] = c->cond.lo;
            if (c->cond.has_hi) b[nb++] = c->cond.hi;
        }
        if (c->out.kind == JX_RO_STEPS) {
            b[nb++] = c->out.ref + 2 * c->out.step;
            if (c->out.ref - 3 * c->out.step >= 0) b[nb++] = c->out.ref - 3 * c->out.step;
            b[nb++] = c->out.ref + 40 * c->out.step;     /* beyond any cap */
            if (c->out.ref >= 0) b[nb++] = c->out.ref;
        }
        if (c->cond.kind == JX_RC_LEVEL && nl + 2 <= 2 * JX_RCLAUSES_MAX) {
            const char *l = c->cond.label;
            snprintf(labels[nl++], sizeof labels[0], "%s", l);
            if (strncmp(l, "效果", 6) == 0) snprintf(labels[nl++], sizeof labels[0], "%s", l + 6);
            else snprintf(labels[nl++], sizeof labels[0], "效果%s", l);
        }
    }
    if (nb == 0) b[nb++] = 1;
    n = grid(b, nb, step, g);
    if (r->signed_actual) g[n++] = (actual){NUM, -0.05, NULL};
    if (r->percent == 1) g[n++] = (actual){NUM, 96, NULL};
    for (int i = 0; i < nl && n < cap - 4; i++)
        g[n++] = (actual){TEXT, 0, labels[i]};
    g[n++] = (actual){TEXT, 0, "不涉及"};
    g[n++] = (actual){TEXT, 0, "本单位不适用"};
    g[n++] = (actual){TEXT, 0, "一般"};
    return n;
}

/*
 * One case of a sentence.  A text the core reads as a number ("3次") is
 * left blank by the portable formula (it does not parse texts): such a
 * case is kind 't' (the workbook must show no number) and counted apart;
 * so is a level the core matches loosely (a state "已制定", a label's last
 * words, a label with blanks at its ends), which the formula, matching
 * exact labels only, leaves blank.
 */
static int text_cases;
static void sentence_case(const char *sentence, const jx_rule *r, const actual *a,
                          double points, const char *note)
{
    char f[JX_FORMULA_MAX], label[4400], ra[16], rp[16], at[200];
    jx_formula_refs refs = {cell_ref(row, 1, ra), cell_ref(row, 2, rp), NULL};
    double s = 0;

    if (jx_formula_rule(r, &refs, 2, sentence, f, sizeof f, NULL) != JX_OK)
        die("sentence compiled once, not twice");
    jx_actual ac = {a->kind == TEXT, a->v, a->s, a->s ? strlen(a->s) : 0};
    jx_err e = a->kind == BLANK ? JX_ERR_EMPTY : jx_rule_score(r, &ac, points, 2, &s, NULL);
    expect x = from_core(e, s);
    snprintf(label, sizeof label, "rule %s points %g actual %s%s", sentence, points,
             actual_text(a, at, sizeof at), note);
    if (x.kind == 'n' && a->kind == TEXT) {
        int na = strstr(a->s, "不涉及") || strstr(a->s, "不适用") || strstr(a->s, "无此项");
        int level = 0;
        for (int i = 0; i < r->n; i++) {
            const char *l = r->clause[i].cond.label;
            size_t ll = strlen(l);
            /* the formula matches only labels without blanks at their ends */
            int padded = ll == 0 || l[0] == ' ' || l[ll - 1] == ' ' || l[ll - 1] == '\n';
            if (r->clause[i].cond.kind == JX_RC_LEVEL && !padded &&
                (!strcmp(l, a->s) || (!strncmp(l, "效果", 6) && !strcmp(l + 6, a->s)) ||
                 (!strncmp(a->s, "效果", 6) && !strcmp(a->s + 6, l))))
                level = 1;
        }
        if (!na && !level) {
            x.kind = 't';
            text_cases++;
        }
    }
    emit(label, a, points, NULL, f, &x);
}

/* A sentence: parsed and compiled, or listed as refused with its clause. */
static int sentence_ready(const char *line, jx_rule *r)
{
    char f[JX_FORMULA_MAX], m[300];
    static const jx_formula_refs probe = {"B2", "C2", NULL};
    jx_diag d;
    jx_err e = jx_rule_parse(line, strlen(line), r, &d);

    if (e != JX_OK) {
        jx_diag_format(&d, JX_LANG_ZH, m, sizeof m);
        printf("refused: %s\n", m);
        return 0;
    }
    e = jx_formula_rule(r, &probe, 2, line, f, sizeof f, &d);
    if (e != JX_OK) {
        jx_diag_format(&d, JX_LANG_ZH, m, sizeof m);
        printf("not compiled: %s\n", m);
        return 0;
    }
    return 1;
}

static void sentences(const char *path)
{
    FILE *in = fopen(path, "r");
    char line[4096];
    static const double points[] = {10, 6, 5};

    if (!in) die(path);
    while (fgets(line, sizeof line, in)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '\0' || line[0] == '#')
            continue;
        jx_rule r;
        if (!sentence_ready(line, &r))
            continue;
        actual g[400];
        int n = sentence_grid(&r, g, 400);
        for (size_t p = 0; p < sizeof points / sizeof points[0]; p++)
            for (int i = 0; i < n; i++)
                sentence_case(line, &r, &g[i], points[p], "");
    }
    fclose(in);
}

/* A corpus actual as a spreadsheet cell holds it once typed: "96%" and
 * "0.95" become numbers, anything else stays text. */
static actual typed(const char *s, char *keep, size_t cap)
{
    char *end;
    double v = strtod(s, &end);
    if (end != s && *s != ' ' && (*end == '\0' || (end[0] == '%' && end[1] == '\0')))
        return (actual){NUM, *end == '%' ? v / 100 : v, NULL};
    snprintf(keep, cap, "%s", s);
    return (actual){TEXT, 0, keep};
}

/* The 评扣分标准 corpus (the .tsv files of tests/rules/corpus): each distinct sentence
 * with its grid at its points, and every corpus actual. */
static void corpus(const char *dir)
{
    char path[4200], line[16384], last[4096] = "";
    int nsent = 0, refused = 0;
    static char texts[4096][256];      /* a corpus actual whole (64 cut "…专(兼)职人员" inside a character) */
    int nt = 0;
    FILE *ls;

    snprintf(path, sizeof path, "ls %s/*.tsv", dir);
    ls = popen(path, "r");
    if (!ls) die("ls corpus");
    while (fgets(path, sizeof path, ls)) {
        path[strcspn(path, "\n")] = '\0';
        FILE *in = fopen(path, "r");
        if (!in) die(path);
        jx_rule r;
        int ready = 0;
        while (fgets(line, sizeof line, in)) {
            line[strcspn(line, "\r\n")] = '\0';
            if (line[0] == '#' || strncmp(line, "id\t", 3) == 0)
                continue;
            char *f[7] = {0};
            char *p = line;
            for (int k = 0; k < 7 && p; k++) {
                f[k] = p;
                p = strchr(p, '\t');
                if (p) *p++ = '\0';
            }
            if (!f[4]) continue;
            double points = atof(f[2]);
            if (strcmp(f[3], last) != 0) {
                snprintf(last, sizeof last, "%s", f[3]);
                nsent++;
                ready = sentence_ready(f[3], &r);
                refused += !ready;
                if (ready) {
                    actual g[400];
                    int n = sentence_grid(&r, g, 400);
                    for (int i = 0; i < n; i++)
                        sentence_case(f[3], &r, &g[i], points, " (grid)");
                }
            }
            if (!ready || nt >= 4096)
                continue;
            actual a = typed(f[4], texts[nt], sizeof texts[0]);
            nt += a.kind == TEXT;
            sentence_case(f[3], &r, &a, points, " (corpus)");
        }
        fclose(in);
    }
    pclose(ls);
    printf("corpus: %d sentences, %d compiled, %d refused\n", nsent, nsent - refused, refused);
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
    if (argc != 5) die("usage: gen OUT.xlsx EXPECTED.csv SENTENCES.txt CORPUS_DIR");
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
    corpus(argv[4]);
    grades();
    fclose(exp_csv);
    if (workbook_close(wb) != LXW_NO_ERROR) die("workbook_close");
    printf("gen: %d cases (%d texts the core reads but the formula does not parse: left blank)\n",
           cases, text_cases);
    return 0;
}
