/*
 * run_corpus.c - score every case of the tests/rules/corpus TSV files (the
 * 评扣分标准 corpus, format in docs/RULES.md and tests/rules/FORMAT.md)
 * through the core (jx_rule_parse + jx_rule_score) and through the
 * add-in's function table (the RULESCORE row, without UNO, as jxeval
 * does), and check:
 *   - a case passes when the score equals the expected one (|d| < 0.005)
 *     or ERR was expected and the result is an error;
 *   - a "silent wrong" is a number returned where another number or ERR
 *     was expected: the worst outcome, there must be none;
 *   - every refused case names what it could not read: a rule error
 *     quotes one clause of the sentence (a substring with no clause
 *     separator in it), a score error quotes the sentence or the actual;
 *   - the add-in and the core agree on every case (same bits or both err).
 * Prints one line per failure, then "N passed, N failed" and the silent
 * wrong count.  Exit 1 when any silent wrong, any disagreement, any bad
 * quote, or the pass rate below --min-pass P (percent).
 *
 * Usage: run_corpus [--min-pass P] [--verbose] DIR_OR_FILE...
 */
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "functions.h"
#include "jixiao/jixiao.h"

#define LINE_MAX_BYTES 16384

typedef struct counts {
    int cases, passed, failed, silent, disagree, badquote, refused;
    int sentences;
    char last_id[64];
} counts;

static int verbose;

/* Undo the corpus escape of a line break (\n) in place. */
static void unescape(char *s)
{
    char *w = s;
    for (; *s; s++) {
        if (s[0] == '\\' && s[1] == 'n') { *w++ = '\n'; s++; continue; }
        *w++ = *s;
    }
    *w = '\0';
}

/* A bare number (as a cell holding a number), else NULL-free text. */
static int bare_number(const char *s, double *v)
{
    char *end;
    if (*s == '\0') return 0;
    *v = strtod(s, &end);
    while (*end == ' ') end++;
    return *end == '\0' && end != s;
}

/* Does the quote (possibly cut with a trailing "…") occur in hay? */
static int quoted_in(const char *quote, const char *hay)
{
    char q[256];
    snprintf(q, sizeof q, "%s", quote);
    size_t n = strlen(q);
    static const char ell[] = "\xE2\x80\xA6";   /* … */
    if (n >= 3 && strcmp(q + n - 3, ell) == 0) q[n - 3] = '\0';
    return q[0] != '\0' && strstr(hay, q) != NULL;
}

static int has_clause_sep(const char *q)
{
    static const char *const sep[] = { ",", ";", "，", "；", "。" };
    for (size_t i = 0; i < sizeof sep / sizeof *sep; i++)
        if (strstr(q, sep[i])) return 1;
    return 0;
}

static void run_case(counts *k, const char *file, int lineno, const char *id,
                     double points, const char *sentence, const char *actual,
                     const char *expected)
{
    jx_rule rule;
    jx_diag d;
    jx_actual act;
    double num, score = 0;
    int is_num = bare_number(actual, &num);
    int want_err = strcmp(expected, "ERR") == 0;
    char *end;
    double want = want_err ? 0 : strtod(expected, &end);
    memset(&act, 0, sizeof act);
    if (is_num) act.num = num;
    else { act.has_text = 1; act.text = actual; act.len = strlen(actual); }

    k->cases++;
    if (strcmp(k->last_id, id) != 0) {
        k->sentences++;
        snprintf(k->last_id, sizeof k->last_id, "%s", id);
    }
    int parse_err = 0;
    jx_err e = jx_rule_parse(sentence, strlen(sentence), &rule, &d);
    if (e != JX_OK) parse_err = 1;
    else e = jx_rule_score(&rule, &act, points, 2, &score, &d);

    /* The add-in's RULESCORE row, as Calc would call it. */
    const jxa_func *f = jxa_find("RULESCORE", 9);
    jxa_value arg[3];
    jxa_result res;
    jxa_ctx ctx = { JX_LANG_ZH };
    memset(arg, 0, sizeof arg);
    memset(&res, 0, sizeof res);
    if (is_num) { arg[0].type = JXA_NUM; arg[0].num = num; }
    else { arg[0].type = JXA_STR; arg[0].str = actual; arg[0].len = strlen(actual); }
    arg[1].type = JXA_STR; arg[1].str = sentence; arg[1].len = strlen(sentence);
    arg[2].type = JXA_NUM; arg[2].num = points;
    jx_err ae = jxa_call(f, arg, &ctx, &res);

    char where[160];
    snprintf(where, sizeof where, "%s:%d %s [%s]", file, lineno, id, actual);
    if ((e == JX_OK) != (ae == JX_OK) ||
        (e == JX_OK && memcmp(&score, &res.num, sizeof score) != 0)) {
        k->disagree++;
        printf("DISAGREE %s: core %s %.17g, add-in %s %.17g\n", where,
               e ? "err" : "ok", score, ae ? "err" : "ok", res.num);
    }
    if (e == JX_OK) {
        if (!want_err && fabs(score - want) < 0.005) {
            k->passed++;
            if (verbose) printf("ok %s = %g\n", where, score);
            return;
        }
        k->failed++;
        k->silent++;
        printf("SILENT WRONG %s: gives %g, expected %s (%s)\n", where, score,
               expected, sentence);
        return;
    }
    k->refused++;
    char msg[JX_MSG_MAX];
    jx_diag_format(&d, JX_LANG_ZH, msg, sizeof msg);
    /* A refusal must name what it could not read. */
    int good = d.code == e && d.text[0] != '\0' &&
               (parse_err ? quoted_in(d.text, sentence) && !has_clause_sep(d.text)
                          : quoted_in(d.text, sentence) || quoted_in(d.text, actual));
    if (!good) {
        k->badquote++;
        printf("BAD QUOTE %s: %s (%s)\n", where, msg, sentence);
    }
    if (ae == JX_OK || strstr(res.why, d.text) == NULL) {
        k->badquote++;
        printf("BAD ADD-IN MESSAGE %s: %s\n", where, res.why);
    }
    if (want_err) {
        k->passed++;
        if (verbose) printf("ok %s refused: %s\n", where, msg);
        return;
    }
    k->failed++;
    printf("REFUSED %s: %s; expected %s\n", where, msg, expected);
}

static void run_file(counts *k, const char *path)
{
    FILE *fp = fopen(path, "r");
    if (!fp) { perror(path); exit(2); }
    char *line = malloc(LINE_MAX_BYTES);
    int lineno = 0, header = 0;
    while (fgets(line, LINE_MAX_BYTES, fp)) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0') continue;
        if (!header) { header = 1; continue; }
        char *col[7] = { 0 };
        char *p = line;
        int n = 0;
        while (n < 7) {
            col[n++] = p;
            char *tab = strchr(p, '\t');
            if (!tab) break;
            *tab = '\0';
            p = tab + 1;
        }
        if (n < 6) {
            printf("BAD LINE %s:%d (%d columns)\n", path, lineno, n);
            k->failed++; k->cases++;
            continue;
        }
        unescape(col[3]);
        run_case(k, path, lineno, col[0], strtod(col[2], NULL), col[3], col[4],
                 col[5]);
    }
    free(line);
    fclose(fp);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void run_dir(counts *k, const char *dir)
{
    DIR *dp = opendir(dir);
    if (!dp) { run_file(k, dir); return; }
    char *names[1024];
    int n = 0;
    struct dirent *de;
    while ((de = readdir(dp)) != NULL && n < 1024) {
        size_t l = strlen(de->d_name);
        if (l > 4 && strcmp(de->d_name + l - 4, ".tsv") == 0)
            names[n++] = strdup(de->d_name);
    }
    closedir(dp);
    qsort(names, (size_t)n, sizeof *names, by_name);
    for (int i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        run_file(k, path);
        free(names[i]);
    }
}

int main(int argc, char **argv)
{
    counts k;
    double min_pass = 0;
    memset(&k, 0, sizeof k);
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--min-pass") == 0 && i + 1 < argc)
            min_pass = atof(argv[++i]);
        else if (strcmp(argv[i], "--verbose") == 0)
            verbose = 1;
        else
            run_dir(&k, argv[i]);
    }
    double rate = k.cases ? 100.0 * k.passed / k.cases : 0;
    printf("corpus: %d sentences, %d cases; %d refused\n", k.sentences, k.cases,
           k.refused);
    printf("%d passed, %d failed (%.1f %%)\n", k.passed, k.failed, rate);
    printf("%d silent wrong, %d add-in disagreements, %d refusals not quoting a clause\n",
           k.silent, k.disagree, k.badquote);
    if (k.silent || k.disagree || k.badquote || k.cases == 0 || rate < min_pass) {
        printf("check-rules: FAILED (pass rate must be >= %.1f %%, no silent wrong)\n",
               min_pass);
        return 1;
    }
    return 0;
}
