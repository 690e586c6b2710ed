/*
 * bench_core.c - how fast the core scores indicator rows, against the same
 * arithmetic written inline in C, in the same run.
 *
 * Each generated row is scored four times, as a 自评表 row set is:
 *   1. execution: jx_exec_score (rate x 10, capped, rounded);
 *   2. a quantitative indicator worth 50: jx_ind_score against a target
 *      parsed once (and, in a third pass, parsed from its text per row);
 *   3. a qualitative indicator worth 40: jx_qual_score on the level text;
 *   4. the grade of the three added up: jx_grade.
 * "scores/s" counts those four per row.  The inline version does the same
 * arithmetic the way one would write it by hand in a loop: naive rounding
 * floor(x*100+0.5)/100, plain comparisons, strcmp on the level text.
 *
 * Rows come from a block of BLOCK generated rows reused N / BLOCK times, so
 * the timing measures scoring, not generation or memory bandwidth.
 *
 *   bench_core [rows]      (default 10000000)
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "jixiao/jixiao.h"

#define BLOCK 4096
#define EXEC_POINTS 10.0
#define IND_POINTS 50.0
#define QUAL_POINTS 40.0

/* Targets as real tables print them (seed 002 and the national rule). */
static const char *const target_texts[] = {
    "≥95%", "≥ 30000", "≤60分钟", "=100%", "≤3万元", "≥50万人", "不低于95%",
    "95%以上",
};
#define NTARGETS (sizeof target_texts / sizeof target_texts[0])

static const char *const level_texts[] = {
    "达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差",
};
/* Top of each national tier, for the inline version. */
static const double level_top[] = {1.0, 0.8, 0.6};
#define NLEVELS (sizeof level_texts / sizeof level_texts[0])

typedef struct row {
    double spent, budget;
    jx_quantity actual;    /* in the target's written unit, as a cell holds it */
    double actual_base;    /* the same in base units, for the inline version */
    int target;
    int level;
} row;

static row rows[BLOCK];
static jx_target targets[NTARGETS];
static size_t target_len[NTARGETS], level_len[NLEVELS];
static jx_scheme scheme;
static jx_grades grades;

static uint64_t rng_state = 0x853C49E6748FEA9Bu;

static uint64_t rng(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Du;
}

/* A uniform double in [lo, hi) with 2 decimals, as money and values are. */
static double money(double lo, double hi)
{
    double x = lo + (double)(rng() >> 11) / 9007199254740992.0 * (hi - lo);
    return floor(x * 100.0) / 100.0;
}

static void make_rows(void)
{
    size_t i;

    for (i = 0; i < NTARGETS; i++) {
        target_len[i] = strlen(target_texts[i]);
        if (jx_target_parse(target_texts[i], target_len[i], &targets[i], NULL)) {
            fprintf(stderr, "bench_core: cannot parse %s\n", target_texts[i]);
            exit(1);
        }
    }
    for (i = 0; i < NLEVELS; i++)
        level_len[i] = strlen(level_texts[i]);
    jx_scheme_national(&scheme);
    jx_grades_default(&grades);
    for (i = 0; i < BLOCK; i++) {
        row *r = &rows[i];
        const jx_target *t;
        double written;

        r->budget = money(1, 2000);
        r->spent = money(0, r->budget * 1.1);   /* some over-execution */
        r->target = (int)(rng() % NTARGETS);
        r->level = (int)(rng() % NLEVELS);
        t = &targets[r->target];
        /* An actual between 70 % and 130 % of the target, in its written unit:
         * a fraction for percent targets, "30" for 30 万人. */
        written = t->q.value / (t->q.percent ? 1.0 : t->q.scale) *
                  money(0.7, 1.3);
        if (t->q.percent)
            written = floor(written * 10000.0) / 10000.0;
        jx_quantity_from_number(written, &r->actual);
        r->actual_base = t->q.percent ? written : written * t->q.scale;
    }
}

static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* --- Through the core ----------------------------------------------- */

static double score_row_core(const row *r, const jx_target *t)
{
    double e = 0, s = 0, q = 0;
    const char *label = NULL;

    jx_exec_score(r->spent, r->budget, EXEC_POINTS, NULL, 2, &e);
    jx_ind_score(&r->actual, t, IND_POINTS, NULL, &s, NULL);
    jx_qual_score(&scheme, level_texts[r->level], level_len[r->level],
                  QUAL_POINTS, 2, &q, NULL);
    jx_grade(&grades, e + s + q, &label);
    return e + s + q + (double)(label[0] & 7);
}

static double run_core(size_t n)
{
    double sum = 0;
    size_t i;

    for (i = 0; i < n; i++) {
        const row *r = &rows[i % BLOCK];
        sum += score_row_core(r, &targets[r->target]);
    }
    return sum;
}

/* The same, parsing the target text of every row. */
static double run_core_parse(size_t n)
{
    double sum = 0;
    size_t i;

    for (i = 0; i < n; i++) {
        const row *r = &rows[i % BLOCK];
        jx_target t;
        jx_target_parse(target_texts[r->target], target_len[r->target], &t, NULL);
        sum += score_row_core(r, &t);
    }
    return sum;
}

/* Each core call alone, to show where the time goes. */
static double run_exec_only(size_t n)
{
    double sum = 0, e = 0;
    size_t i;

    for (i = 0; i < n; i++) {
        const row *r = &rows[i % BLOCK];
        jx_exec_score(r->spent, r->budget, EXEC_POINTS, NULL, 2, &e);
        sum += e;
    }
    return sum;
}

static double run_ind_only(size_t n)
{
    double sum = 0, s = 0;
    size_t i;

    for (i = 0; i < n; i++) {
        const row *r = &rows[i % BLOCK];
        jx_ind_score(&r->actual, &targets[r->target], IND_POINTS, NULL, &s, NULL);
        sum += s;
    }
    return sum;
}

static double run_qual_only(size_t n)
{
    double sum = 0, q = 0;
    size_t i;

    for (i = 0; i < n; i++) {
        const row *r = &rows[i % BLOCK];
        jx_qual_score(&scheme, level_texts[r->level], level_len[r->level],
                      QUAL_POINTS, 2, &q, NULL);
        sum += q;
    }
    return sum;
}

static double run_grade_only(size_t n)
{
    double sum = 0;
    const char *label = NULL;
    size_t i;

    for (i = 0; i < n; i++) {
        jx_grade(&grades, (double)(i % 10001) / 100.0, &label);
        sum += (double)(label[0] & 7);
    }
    return sum;
}

static double run_parse_only(size_t n)
{
    double sum = 0;
    size_t i;

    for (i = 0; i < n; i++) {
        const row *r = &rows[i % BLOCK];
        jx_target t;
        jx_target_parse(target_texts[r->target], target_len[r->target], &t, NULL);
        sum += t.q.value;
    }
    return sum;
}

/* --- Inline --------------------------------------------------------- */

static double round2_naive(double x)
{
    return floor(x * 100.0 + 0.5) / 100.0;
}

static double round2_calc(double x)
{
    return jx_round(x, 2);
}

/* The inline row, with the rounding passed in so that a second inline run
 * can show how much of the difference is Calc's rounding alone. */
static inline double score_row_inline(const row *r, double (*round2)(double))
{
    const jx_target *t = &targets[r->target];
    double rate, e, c, s, q, total;
    int met, lv;
    const char *level = level_texts[r->level];
    const char *label;

    rate = r->spent / r->budget;
    e = round2((rate < 1 ? rate : 1) * EXEC_POINTS);

    if (t->dir == JX_DIR_LE || t->dir == JX_DIR_LT) {
        met = r->actual_base <= t->q.value;
        c = r->actual_base > 0 ? t->q.value / r->actual_base : 1;
    } else {
        met = r->actual_base >= t->q.value;
        c = r->actual_base / t->q.value;
    }
    s = met ? IND_POINTS : round2((c < 1 ? c : 1) * IND_POINTS);

    for (lv = 0; lv < (int)NLEVELS; lv++)
        if (strcmp(level, level_texts[lv]) == 0)
            break;
    q = round2(level_top[lv < (int)NLEVELS ? lv : 0] * QUAL_POINTS);

    total = e + s + q;
    label = total >= 90 ? "优" : total >= 80 ? "良" : total >= 60 ? "中" : "差";
    return total + (double)(label[0] & 7);
}

static double run_inline(size_t n)
{
    double sum = 0;
    size_t i;

    for (i = 0; i < n; i++)
        sum += score_row_inline(&rows[i % BLOCK], round2_naive);
    return sum;
}

static double run_inline_calc(size_t n)
{
    double sum = 0;
    size_t i;

    for (i = 0; i < n; i++)
        sum += score_row_inline(&rows[i % BLOCK], round2_calc);
    return sum;
}

/* --- Report --------------------------------------------------------- */

typedef double (*runner)(size_t);

/* Best of `reps` runs: the machine is shared, the minimum is the signal. */
static double time_run(runner f, size_t n, int reps, double *checksum)
{
    double best = 1e300;
    int k;

    for (k = 0; k < reps; k++) {
        double t0 = now();
        *checksum = f(n);
        t0 = now() - t0;
        if (t0 < best)
            best = t0;
    }
    return best;
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? (size_t)strtoull(argv[1], NULL, 10) : 10000000u;
    double t_core, t_inline, t_parse, t_calc, c_core, c_inline, c_parse, c_calc;
    double rows_core, rows_inline, rows_parse, rows_calc;

    if (n == 0)
        n = 1;
    make_rows();
    t_inline = time_run(run_inline, n, 3, &c_inline);
    t_calc = time_run(run_inline_calc, n, 3, &c_calc);
    t_core = time_run(run_core, n, 3, &c_core);
    t_parse = time_run(run_core_parse, n, 1, &c_parse);
    rows_core = (double)n / t_core;
    rows_inline = (double)n / t_inline;
    rows_parse = (double)n / t_parse;
    rows_calc = (double)n / t_calc;

    printf("bench_core: %zu rows, 4 scores per row (exec, indicator, qualitative, grade), best of 3\n", n);
    printf("  inline C            %8.3f s  %12.0f rows/s  %12.0f scores/s\n",
           t_inline, rows_inline, 4 * rows_inline);
    printf("  inline C, jx_round  %8.3f s  %12.0f rows/s  %12.0f scores/s\n",
           t_calc, rows_calc, 4 * rows_calc);
    printf("  core, parsed once   %8.3f s  %12.0f rows/s  %12.0f scores/s\n",
           t_core, rows_core, 4 * rows_core);
    printf("  core, parse per row %8.3f s  %12.0f rows/s  %12.0f scores/s\n",
           t_parse, rows_parse, 4 * rows_parse);
    printf("  core / inline time:        %.2fx  (goal <= 1.5x)\n", t_core / t_inline);
    printf("  core / inline-with-jx_round time: %.2fx  (the rest is validation, units, level text)\n",
           t_core / t_calc);
    printf("  parse-per-row / parsed-once time: %.2fx\n", t_parse / t_core);
    printf("  core scores/s: %.3g (goal >= 1e7): %s\n", 4 * rows_core,
           4 * rows_core >= 1e7 ? "met" : "NOT met");
    /* Checksums keep the work from being optimised away; core and inline
     * differ only where naive rounding differs from Calc's. */
    printf("  checksums: core %.2f, parse %.2f, inline %.2f, inline+jx_round %.2f\n",
           c_core, c_parse, c_inline, c_calc);
    {
        static const struct { const char *name; runner f; } parts[] = {
            {"jx_exec_score", run_exec_only}, {"jx_ind_score", run_ind_only},
            {"jx_qual_score", run_qual_only}, {"jx_grade", run_grade_only},
            {"jx_target_parse", run_parse_only},
        };
        size_t k, m = n / 4 ? n / 4 : 1;
        double c;

        printf("  per call (%zu calls each):", m);
        for (k = 0; k < sizeof parts / sizeof parts[0]; k++)
            printf(" %s %.1f ns;", parts[k].name,
                   time_run(parts[k].f, m, 1, &c) / (double)m * 1e9);
        printf("\n");
    }
    return c_core == c_parse ? 0 : 1;
}
