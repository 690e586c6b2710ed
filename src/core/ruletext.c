/*
 * ruletext.c - read a 评扣分标准 sentence into a rule and apply it.
 *
 * The sentence is cut into clauses at ， , ； ; 。 and newlines.  Each
 * clause is CONDITION OUTCOME, OUTCOME alone (its condition is the clause
 * before, as in "有一次未按要求完成的，扣1分"), or a cap ("扣完为止",
 * "扣满15分为止").  The family of the whole sentence follows from what its
 * clauses say (see classify()); docs/RULES.md has the grammar.
 */
#include "text.h"
#include "jixiao/ruletext.h"
#include "jixiao/round.h"
#include "jixiao/target.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define MAX_CLAUSES 24

/* What a clause's outcome says. */
typedef enum outcome {
    OUT_NONE = 0,     /* no outcome: a condition for the next clause    */
    OUT_FRACTION,     /* 得满分 / 得一半分 / 不得分: value is a fraction */
    OUT_POINTS,       /* 得N分 / 得分为N分: value is points              */
    OUT_DEDUCT,       /* 扣N分                                           */
    OUT_CAP           /* 扣完为止 (value 0) / 扣满N分为止 (value N)      */
} outcome;

typedef struct clause {
    size_t start, end;        /* the whole clause                        */
    size_t cstart, cend;      /* its condition (may be empty)            */
    outcome out;
    double value;
} clause;

typedef struct sentence {
    const char *s;
    size_t len;
    int n;
    clause c[MAX_CLAUSES];
} sentence;

/* --- Scanning helpers ------------------------------------------------- */

static int is_clause_sep(uint32_t cp)
{
    return cp == ',' || cp == ';' || cp == 0x3002 /* 。 */ || cp == '\n' ||
           cp == 0xFF61 /* ｡ */;
}

/* Offset of the first occurrence of `word` in s[start..end), or end. */
static size_t find_word(const char *s, size_t start, size_t end,
                        const char *word)
{
    jx_cur c;
    jx_cur_init(&c, s, start, end);
    while (!jx_cur_eof(&c)) {
        size_t at = c.pos;
        if (jx_cur_word(&c, word))
            return at;
        jx_cur_next(&c);
    }
    return end;
}

static int contains(const char *s, size_t start, size_t end, const char *w)
{
    return find_word(s, start, end, w) < end;
}

static int contains_digit(const char *s, size_t start, size_t end)
{
    jx_cur c;
    jx_cur_init(&c, s, start, end);
    while (!jx_cur_eof(&c))
        if (jx_is_digit(jx_cur_next(&c)))
            return 1;
    return 0;
}

/* Read a number at the cursor (after spaces) as a double; 0 if none. */
static int read_number(jx_cur *c, double *v)
{
    jx_num num;
    size_t bad;
    int ok;
    jx_cur save = *c;
    jx_cur_skip_space(c);
    if (!jx_scan_number(c, 0, &num, &bad)) {
        *c = save;
        return 0;
    }
    *v = jx_num_value(&num, c->s, 0, &ok);
    if (!ok) {
        *c = save;
        return 0;
    }
    return 1;
}

/* Expect `word` after optional spaces. */
static int expect(jx_cur *c, const char *word)
{
    jx_cur save = *c;
    jx_cur_skip_space(c);
    if (jx_cur_word(c, word))
        return 1;
    *c = save;
    return 0;
}

static int at_end(jx_cur *c)
{
    jx_cur_skip_space(c);
    return jx_cur_eof(c);
}

/* --- Outcomes --------------------------------------------------------- */

/*
 * Try to read an outcome starting exactly at c.  Outcomes end the clause
 * (only spaces may follow).
 */
static int read_outcome(jx_cur c, outcome *out, double *value)
{
    static const char *const full[] = { "得满分", "得全分", "满分" };
    static const char *const half[] = { "得一半分", "得一半", "得半分",
                                        "一半分", "得分减半", "减半" };
    static const char *const zero[] = { "不得分", "不计分", "得0分", "0分" };
    size_t i;
    for (i = 0; i < sizeof full / sizeof *full; i++) {
        jx_cur t = c;
        if (jx_cur_word(&t, full[i]) && at_end(&t)) {
            *out = OUT_FRACTION; *value = 1.0; return 1;
        }
    }
    for (i = 0; i < sizeof half / sizeof *half; i++) {
        jx_cur t = c;
        if (jx_cur_word(&t, half[i]) && at_end(&t)) {
            *out = OUT_FRACTION; *value = 0.5; return 1;
        }
    }
    for (i = 0; i < sizeof zero / sizeof *zero; i++) {
        jx_cur t = c;
        if (jx_cur_word(&t, zero[i]) && at_end(&t)) {
            *out = OUT_FRACTION; *value = 0.0; return 1;
        }
    }
    {   /* 扣完为止 */
        jx_cur t = c;
        if (jx_cur_word(&t, "扣完为止") && at_end(&t)) {
            *out = OUT_CAP; *value = 0.0; return 1;
        }
    }
    {   /* 扣满N分为止 / 最多扣N分 / 扣完N分为止 */
        static const char *const capw[] = { "扣满", "最多扣", "扣完", "最高扣" };
        for (i = 0; i < sizeof capw / sizeof *capw; i++) {
            jx_cur t = c;
            double v;
            if (jx_cur_word(&t, capw[i]) && read_number(&t, &v) &&
                expect(&t, "分")) {
                expect(&t, "为止");
                if (at_end(&t)) { *out = OUT_CAP; *value = v; return 1; }
            }
        }
    }
    {   /* 扣N分 */
        jx_cur t = c;
        double v;
        if (jx_cur_word(&t, "扣") && read_number(&t, &v) && expect(&t, "分")
            && at_end(&t)) {
            *out = OUT_DEDUCT; *value = v; return 1;
        }
    }
    {   /* 得N分 / 得分为N分 / 得分N分 / 计N分 / 该项得N分 */
        static const char *const pts[] = { "得分为", "得分", "得", "计" };
        for (i = 0; i < sizeof pts / sizeof *pts; i++) {
            jx_cur t = c;
            double v;
            if (jx_cur_word(&t, pts[i]) && read_number(&t, &v) &&
                expect(&t, "分") && at_end(&t)) {
                *out = OUT_POINTS; *value = v; return 1;
            }
        }
    }
    return 0;
}

/* "该项得分为6分": 该项 / 本项 / 此项 / 则 alone is no condition. */
static void drop_filler(const char *s, clause *cl)
{
    static const char *const filler[] = { "该项", "本项", "此项", "则", "的" };
    for (size_t i = 0; i < sizeof filler / sizeof *filler; i++) {
        jx_cur c;
        jx_cur_init(&c, s, cl->cstart, cl->cend);
        if (jx_cur_word(&c, filler[i]) && at_end(&c)) {
            cl->cstart = cl->cend;
            return;
        }
    }
}

/*
 * Split a clause into condition and outcome: the outcome starts at the
 * first position from which read_outcome reads to the end of the clause.
 */
static void split_clause(const char *s, clause *cl)
{
    jx_cur c;
    jx_cur_init(&c, s, cl->start, cl->end);
    cl->out = OUT_NONE;
    cl->cstart = cl->start;
    cl->cend = cl->end;
    while (!jx_cur_eof(&c)) {
        if (read_outcome(c, &cl->out, &cl->value)) {
            cl->cend = c.pos;
            break;
        }
        jx_cur_next(&c);
    }
    jx_trim(s, &cl->cstart, &cl->cend);
    drop_filler(s, cl);
}

static jx_err split_sentence(const char *s, size_t len, sentence *st,
                             jx_diag *diag)
{
    jx_cur c;
    size_t start = 0;
    st->s = s;
    st->len = len;
    st->n = 0;
    jx_cur_init(&c, s, 0, len);
    for (;;) {
        size_t at = c.pos;
        uint32_t cp = jx_cur_eof(&c) ? 0 : jx_cur_next(&c);
        if (cp != 0 && !is_clause_sep(cp))
            continue;
        size_t a = start, b = at;
        jx_trim(s, &a, &b);
        if (a < b) {
            if (st->n == MAX_CLAUSES)
                return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, s, len, a);
            clause *cl = &st->c[st->n++];
            cl->start = a;
            cl->end = b;
            split_clause(s, cl);
        }
        if (cp == 0)
            break;
        start = c.pos;
    }
    if (st->n == 0)
        return jx_diag_set(diag, JX_ERR_EMPTY, s, len, 0);
    return JX_OK;
}

/* --- Families --------------------------------------------------------- */

static int is_na_condition(const char *s, size_t a, size_t b)
{
    return contains(s, a, b, "不涉及") || contains(s, a, b, "不适用") ||
           contains(s, a, b, "无此项");
}

/* Words that make a 扣N分 a deduction per occurrence. */
static int is_occurrence(const char *s, size_t a, size_t b)
{
    static const char *const w[] = { "一次", "一天", "一个", "一项", "一处",
                                     "一例", "一份", "每次", "每天", "每个",
                                     "每项", "每处", "每发现", "每少",
                                     "每缺", "每例", "每份", "每逾期" };
    for (size_t i = 0; i < sizeof w / sizeof *w; i++)
        if (contains(s, a, b, w[i]))
            return 1;
    return 0;
}

/* Words that introduce the step of a step deduction. */
static const char *const step_words[] = {
    "每相差", "每低于", "每超过", "每超出", "每超", "每低", "每下降",
    "每降低", "每减少", "每偏离", "每差", "每高于", "每高出"
};

/* If the condition holds a step ("每相差3%"), read it. */
static int read_step(const char *s, size_t a, size_t b, double *step,
                     int *percent)
{
    for (size_t i = 0; i < sizeof step_words / sizeof *step_words; i++) {
        size_t at = find_word(s, a, b, step_words[i]);
        if (at == b)
            continue;
        jx_cur c;
        jx_cur_init(&c, s, at, b);
        jx_cur_word(&c, step_words[i]);
        double v;
        if (!read_number(&c, &v))
            return 0;
        *percent = 0;
        if (expect(&c, "%") || expect(&c, "个百分点") || expect(&c, "百分点")) {
            v /= 100.0;
            *percent = 1;
        }
        *step = v;
        return v > 0;
    }
    return 0;
}

/* The ratio family: "A/B×4分", "A÷B×4分", "A/B\times 4 分". */
static int read_ratio(const char *s, size_t a, size_t b, double *points)
{
    static const char *const times[] = { "×", "\\times", "*", "乘以", "乘" };
    if (!contains(s, a, b, "/") && !contains(s, a, b, "÷"))
        return 0;
    for (size_t i = 0; i < sizeof times / sizeof *times; i++) {
        size_t at = find_word(s, a, b, times[i]);
        if (at == b)
            continue;
        jx_cur c;
        jx_cur_init(&c, s, at, b);
        jx_cur_word(&c, times[i]);
        double v;
        if (read_number(&c, &v) && expect(&c, "分") && at_end(&c)) {
            *points = v;
            return 1;
        }
    }
    return 0;
}

/* --- Bands ------------------------------------------------------------ */

/* Words meaning "below" in a band condition (the target parser has no 未). */
static const char *const below_words[] = { "未达到", "未达", "不足", "不到",
                                           "达不到" };
static const char *const else_words[] = { "其他", "其余", "否则", "以外" };

/*
 * Read a band condition s[a..b): else-words, below-words + quantity, a range
 * "80%-90%" (lower bound counts; bands are sorted so it is right), or any
 * target expression; a leading subject without digits ("参保人数 100%") is
 * skipped.  Returns JX_OK and fills *band (cmp, bound) and *percent.
 */
static jx_err read_condition(const char *s, size_t len, size_t a, size_t b,
                             jx_band *band, int *percent, jx_diag *diag)
{
    size_t i;
    if (a == b)
        return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, s, len, a);
    for (i = 0; i < sizeof else_words / sizeof *else_words; i++)
        if (!contains_digit(s, a, b) && contains(s, a, b, else_words[i])) {
            band->cmp = JX_CMP_ELSE; band->bound = 0; *percent = -1;
            return JX_OK;
        }
    /* Skip a subject: leading text up to the first digit, sign, direction
     * word (低于, 不低于) or below-word (未达到). */
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    size_t first = b;
    int below = 0;
    while (!jx_cur_eof(&c)) {
        size_t at = c.pos;
        jx_cur t = c;
        jx_dir dir;
        for (i = 0; i < sizeof below_words / sizeof *below_words; i++)
            if (jx_cur_word(&t, below_words[i])) { below = 1; break; }
        if (below) { first = t.pos; break; }
        if (jx_scan_dir(&t, &dir)) { first = at; break; }
        uint32_t cp = jx_cur_next(&c);
        if (jx_is_digit(cp) || cp == '<' || cp == '>' || cp == '=' ||
            cp == JX_CP_GE || cp == JX_CP_LE) { first = at; break; }
    }
    if (first == b)
        return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, s, len, a);
    /* A range "80%-90%", "80%（含）-90%", "80%至90%": keep the lower bound. */
    size_t dash = find_word(s, first, b, "-");
    if (dash == b) dash = find_word(s, first, b, "至");
    if (dash == b) dash = find_word(s, first, b, "~");
    if (dash == b) dash = find_word(s, first, b, "～");
    size_t lo_end = dash;
    if (dash < b) {   /* drop a "(含)" before the dash */
        size_t inc = find_word(s, first, dash, "(含)");
        if (inc < dash) lo_end = inc;
    }
    jx_target t;
    int explicit_dir = 0;
    jx_err e = jx_target_scan(s, len, first, lo_end, JX_ERR_RULE_SYNTAX, &t,
                              &explicit_dir, diag);
    if (e != JX_OK)
        return e;
    if (dash < b) {   /* the upper bound must read too */
        jx_target hi;
        jx_cur d;
        jx_cur_init(&d, s, dash, b);
        jx_cur_next(&d);
        e = jx_target_scan(s, len, d.pos, b, JX_ERR_RULE_SYNTAX, &hi, NULL,
                           diag);
        if (e != JX_OK)
            return e;
        t.dir = JX_DIR_GE;
    }
    switch (t.dir) {
    case JX_DIR_GT: band->cmp = JX_CMP_GT; break;
    case JX_DIR_LE: band->cmp = JX_CMP_LE; break;
    case JX_DIR_LT: band->cmp = JX_CMP_LT; break;
    default:        band->cmp = JX_CMP_GE; break;   /* ≥, =, 达到, bare */
    }
    if (below)
        band->cmp = JX_CMP_LT;
    band->bound = t.q.value;
    *percent = t.q.percent;
    return JX_OK;
}

/* Sort order: exact bounds first, ≥/> by bound descending, ≤/< ascending, else last. */
static int band_rank(const jx_band *b)
{
    switch (b->cmp) {
    case JX_CMP_EQ: return 0;
    case JX_CMP_GT: case JX_CMP_GE: return 1;
    case JX_CMP_LT: case JX_CMP_LE: return 2;
    default: return 3;
    }
}

static int band_before(const jx_band *x, const jx_band *y)
{
    int rx = band_rank(x), ry = band_rank(y);
    if (rx != ry) return rx < ry;
    if (rx == 1) {
        if (x->bound != y->bound) return x->bound > y->bound;
        return x->cmp == JX_CMP_GT && y->cmp == JX_CMP_GE;
    }
    if (rx == 2) {
        if (x->bound != y->bound) return x->bound < y->bound;
        return x->cmp == JX_CMP_LT && y->cmp == JX_CMP_LE;
    }
    return 0;
}

static void sort_bands(jx_bandrule *r)
{
    for (int i = 1; i < r->n; i++) {       /* insertion sort: stable, n <= 16 */
        jx_band v = r->band[i];
        int j = i - 1;
        while (j >= 0 && band_before(&v, &r->band[j])) {
            r->band[j + 1] = r->band[j];
            j--;
        }
        r->band[j + 1] = v;
    }
}

static jx_err add_band(const sentence *st, const clause *cl, jx_rule *r,
                       jx_diag *diag)
{
    jx_band band;
    int percent = -1;
    if (r->bands.n == JX_BANDS_MAX)
        return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, st->s, st->len, cl->start);
    jx_err e = read_condition(st->s, st->len, cl->cstart, cl->cend, &band,
                              &percent, diag);
    if (e != JX_OK)
        return e;
    if (percent >= 0) {
        if (r->bands.n > 0 && r->bands_percent >= 0 && percent != r->bands_percent)
            return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, st->s, st->len, cl->cstart);
        r->bands_percent = percent;
    }
    band.kind = cl->out == OUT_POINTS ? JX_BAND_POINTS : JX_BAND_FRACTION;
    band.value = cl->value;
    if (cl->out == OUT_POINTS && cl->value > r->stated_points)
        r->stated_points = cl->value;
    r->bands.band[r->bands.n++] = band;
    return JX_OK;
}

/* --- Levels ----------------------------------------------------------- */

static void copy_label(char *dst, const char *s, size_t a, size_t b)
{
    size_t n = b - a;
    if (n > JX_LABEL_MAX) n = JX_LABEL_MAX;
    while (n > 0 && ((unsigned char)s[a + n] & 0xC0) == 0x80) n--;
    memcpy(dst, s + a, n);
    dst[n] = '\0';
}

/* Add a tier for "效果显著得满分"; "效果X" also answers to "X" and the reverse. */
static jx_err add_level(const sentence *st, const clause *cl, jx_rule *r,
                        jx_diag *diag)
{
    jx_scheme *sc = &r->levels;
    if (sc->n == JX_TIERS_MAX || cl->cend - cl->cstart > JX_LABEL_MAX - 8)
        return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, st->s, st->len, cl->cstart);
    if (cl->out == OUT_POINTS)   /* "显著得6分": a fraction of the stated points later */
        return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, st->s, st->len, cl->cstart);
    jx_tier *t = &sc->tier[sc->n++];
    memset(t, 0, sizeof *t);
    copy_label(t->alias[0], st->s, cl->cstart, cl->cend);
    t->naliases = 1;
    static const char prefix[] = "效果";
    if (strncmp(t->alias[0], prefix, sizeof prefix - 1) == 0 &&
        t->alias[0][sizeof prefix - 1] != '\0') {
        strcpy(t->alias[1], t->alias[0] + sizeof prefix - 1);
        t->naliases = 2;
    } else if (strlen(t->alias[0]) + sizeof prefix <= JX_LABEL_MAX) {
        size_t n = strlen(t->alias[0]);
        memcpy(t->alias[1], prefix, sizeof prefix - 1);
        memcpy(t->alias[1] + sizeof prefix - 1, t->alias[0], n + 1);
        t->naliases = 2;
    }
    t->lo = t->hi = cl->value;
    return JX_OK;
}

/* --- Classification ---------------------------------------------------- */

static void set_na(jx_rule *r, const clause *cl)
{
    r->na_clause = 1;
    r->na_is_points = cl->out == OUT_POINTS;
    r->na_value = cl->value;
}

static void rule_init(jx_rule *r)
{
    memset(r, 0, sizeof *r);
    r->bands_percent = -1;
}

/*
 * Deduction and step sentences: one 扣N分 clause (its condition, or the
 * clause before, names the occurrence or the step), an optional cap, an
 * optional base "得N分" and a not-applicable clause.
 */
static jx_err read_deduction(const sentence *st, jx_rule *r, jx_diag *diag)
{
    int seen = 0;
    for (int i = 0; i < st->n; i++) {
        const clause *cl = &st->c[i];
        size_t a = cl->cstart, b = cl->cend;
        if (cl->out == OUT_DEDUCT) {
            if (seen)
                return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, st->s, st->len, cl->start);
            seen = 1;
            if (a == b && i > 0 && st->c[i - 1].out == OUT_NONE) {
                a = st->c[i - 1].cstart;
                b = st->c[i - 1].cend;
            }
            r->per = cl->value;
            if (read_step(st->s, a, b, &r->step, &r->step_percent))
                r->kind = JX_RULE_STEP;
            else if (is_occurrence(st->s, a, b))
                r->kind = JX_RULE_DEDUCT;
            else
                return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, st->s, st->len, cl->start);
        } else if (cl->out == OUT_CAP) {
            r->cap = cl->value;
        } else if (cl->out == OUT_POINTS || cl->out == OUT_FRACTION) {
            if (is_na_condition(st->s, a, b)) {
                set_na(r, cl);
            } else if (cl->out == OUT_POINTS) {
                r->stated_points = cl->value;       /* the base: "得 5 分" */
            } else if (cl->value != 1.0 || seen) {
                return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, st->s, st->len, cl->start);
            }
        } else if (i + 1 < st->n && st->c[i + 1].out != OUT_NONE) {
            continue;            /* a condition for the next clause */
        } else if (i + 1 == st->n || st->c[i + 1].out == OUT_NONE) {
            /* A description with no outcome that no clause uses. */
            if (!(i + 1 < st->n && st->c[i + 1].cstart == st->c[i + 1].cend))
                return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, st->s, st->len, cl->start);
        }
    }
    return JX_OK;
}

static int has_deduct(const sentence *st)
{
    for (int i = 0; i < st->n; i++)
        if (st->c[i].out == OUT_DEDUCT)
            return 1;
    return 0;
}

/* A clause with no outcome whose next clause has an outcome and no condition. */
static void merge_conditions(sentence *st)
{
    for (int i = 0; i + 1 < st->n; i++) {
        clause *a = &st->c[i], *b = &st->c[i + 1];
        if (a->out == OUT_NONE && b->out != OUT_NONE && b->cstart == b->cend &&
            b->out != OUT_DEDUCT && b->out != OUT_CAP) {
            b->cstart = a->cstart;
            b->cend = a->cend;
            a->out = OUT_NONE;
            a->start = a->end = a->cstart = a->cend = 0;   /* consumed */
        }
    }
}

static jx_err read_scored_clauses(const sentence *st, jx_rule *r,
                                  jx_diag *diag)
{
    int bands = 0, levels = 0;
    for (int i = 0; i < st->n; i++) {
        const clause *cl = &st->c[i];
        if (cl->start == cl->end && cl->out == OUT_NONE)
            continue;                                   /* consumed */
        if (cl->out == OUT_NONE || cl->out == OUT_CAP || cl->out == OUT_DEDUCT)
            return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, st->s, st->len, cl->start);
        if (is_na_condition(st->s, cl->cstart, cl->cend)) {
            set_na(r, cl);
            continue;
        }
        jx_err e;
        if (contains_digit(st->s, cl->cstart, cl->cend) ||
            (cl->cstart < cl->cend && bands > 0 && levels == 0 &&
             (contains(st->s, cl->cstart, cl->cend, "其他") ||
              contains(st->s, cl->cstart, cl->cend, "其余") ||
              contains(st->s, cl->cstart, cl->cend, "否则") ||
              contains(st->s, cl->cstart, cl->cend, "未达到") ||
              contains(st->s, cl->cstart, cl->cend, "未达")))) {
            if (levels)
                return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, st->s, st->len, cl->start);
            e = add_band(st, cl, r, diag);
            bands++;
        } else {
            if (bands || cl->cstart == cl->cend)
                return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, st->s, st->len, cl->start);
            e = add_level(st, cl, r, diag);
            levels++;
        }
        if (e != JX_OK)
            return e;
    }
    if (bands == 0 && levels == 0 && !r->na_clause)
        return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, st->s, st->len, 0);
    r->kind = bands ? JX_RULE_BANDS : JX_RULE_LEVELS;
    if (bands)
        sort_bands(&r->bands);
    return JX_OK;
}

static jx_err classify(sentence *st, jx_rule *r, jx_diag *diag)
{
    if (st->n == 1 && st->c[0].out == OUT_NONE &&
        read_ratio(st->s, st->c[0].start, st->c[0].end, &r->stated_points)) {
        r->kind = JX_RULE_RATIO;
        return JX_OK;
    }
    if (has_deduct(st))
        return read_deduction(st, r, diag);
    /* A ratio clause followed by a not-applicable clause. */
    if (st->c[0].out == OUT_NONE &&
        read_ratio(st->s, st->c[0].start, st->c[0].end, &r->stated_points)) {
        r->kind = JX_RULE_RATIO;
        for (int i = 1; i < st->n; i++) {
            const clause *cl = &st->c[i];
            if (cl->out == OUT_NONE && i + 1 < st->n)
                continue;
            size_t a = cl->cstart, b = cl->cend;
            if (a == b && i > 0 && st->c[i - 1].out == OUT_NONE) {
                a = st->c[i - 1].cstart; b = st->c[i - 1].cend;
            }
            if ((cl->out == OUT_FRACTION || cl->out == OUT_POINTS) &&
                is_na_condition(st->s, a, b)) {
                set_na(r, cl);
                continue;
            }
            return jx_diag_set(diag, JX_ERR_RULE_SYNTAX, st->s, st->len, cl->start);
        }
        return JX_OK;
    }
    merge_conditions(st);
    return read_scored_clauses(st, r, diag);
}

jx_err jx_rule_parse(const char *text, size_t len, jx_rule *out,
                     jx_diag *diag)
{
    jx_diag_clear(diag);
    jx_err e = jx_text_check(text, len, diag);
    if (e != JX_OK)
        return e;
    sentence st;
    e = split_sentence(text, len, &st, diag);
    if (e != JX_OK)
        return e;
    jx_rule r;
    rule_init(&r);
    e = classify(&st, &r, diag);
    if (e != JX_OK)
        return e;
    if (out)
        *out = r;
    return JX_OK;
}

/* --- Applying a rule --------------------------------------------------- */

static int is_na_actual(const jx_actual *a)
{
    if (!a->has_text)
        return 0;
    return contains(a->text, 0, a->len, "不涉及") ||
           contains(a->text, 0, a->len, "不适用") ||
           contains(a->text, 0, a->len, "无此项") ||
           (a->len == 3 && (a->text[0] == 'N' || a->text[0] == 'n') &&
            a->text[1] == '/' && (a->text[2] == 'A' || a->text[2] == 'a'));
}

/* The actual as a quantity (number or text "96%", "3次", "30 分钟"). */
static jx_err actual_quantity(const jx_actual *a, jx_quantity *q,
                              jx_diag *diag)
{
    if (!a->has_text)
        return jx_quantity_from_number(a->num, q);
    return jx_quantity_parse(a->text, a->len, q, diag);
}

/* The actual as a value to compare with bounds (percent: a fraction). */
static jx_err actual_for_bands(const jx_rule *r, const jx_actual *a,
                               double *v, jx_diag *diag)
{
    jx_quantity q;
    jx_err e = actual_quantity(a, &q, diag);
    if (e != JX_OK)
        return e;
    if (q.value < 0)
        return JX_ERR_NEGATIVE;
    if (r->bands_percent == 1 && !q.percent) {
        if (q.unit[0] != '\0')
            return JX_ERR_UNIT_MISMATCH;
        if (q.value > 10.0)
            return JX_ERR_PERCENT_UNIT;    /* 96 typed for 96 % */
    } else if (r->bands_percent == 0 && q.percent) {
        return JX_ERR_UNIT_MISMATCH;
    }
    *v = q.value;
    return JX_OK;
}

/* "3/4" -> 0.75; a number is taken as the fraction itself. */
static jx_err actual_ratio(const jx_actual *a, double *v, jx_diag *diag)
{
    if (!a->has_text) {
        if (!isfinite(a->num)) return JX_ERR_NOT_FINITE;
        if (a->num < 0) return JX_ERR_NEGATIVE;
        *v = a->num;
        return JX_OK;
    }
    size_t slash = find_word(a->text, 0, a->len, "/");
    if (slash == a->len)
        slash = find_word(a->text, 0, a->len, "÷");
    if (slash == a->len) {
        jx_quantity q;
        jx_err e = jx_quantity_parse(a->text, a->len, &q, diag);
        if (e != JX_OK) return e;
        if (q.value < 0) return JX_ERR_NEGATIVE;
        *v = q.value;
        return JX_OK;
    }
    jx_cur c;
    double done, total;
    jx_cur_init(&c, a->text, 0, slash);
    if (!read_number(&c, &done) || !at_end(&c))
        return jx_diag_set(diag, JX_ERR_NUMBER_SYNTAX, a->text, a->len, 0);
    jx_cur_init(&c, a->text, slash, a->len);
    jx_cur_next(&c);
    if (!read_number(&c, &total) || !at_end(&c))
        return jx_diag_set(diag, JX_ERR_NUMBER_SYNTAX, a->text, a->len, slash);
    if (total == 0)
        return JX_ERR_NO_BUDGET;
    *v = done / total;
    return JX_OK;
}

static jx_err score_deduct(const jx_rule *r, const jx_actual *a,
                           double points, int digits, double *score,
                           jx_diag *diag)
{
    jx_quantity q;
    jx_err e = actual_quantity(a, &q, diag);
    if (e != JX_OK)
        return e;
    if (r->kind == JX_RULE_DEDUCT) {
        if (q.percent)
            return JX_ERR_UNIT_MISMATCH;
        double cut = q.value * r->per;
        if (r->cap > 0 && cut > r->cap) cut = r->cap;
        return jx_deduct_score(points, cut, 1.0, digits, score);
    }
    /* STEP: the gap in the step's unit. */
    double gap = q.value;
    if (r->step_percent && !q.percent) {
        if (q.unit[0] != '\0') return JX_ERR_UNIT_MISMATCH;
        if (gap > 10.0) return JX_ERR_PERCENT_UNIT;
    } else if (!r->step_percent && q.percent) {
        return JX_ERR_UNIT_MISMATCH;
    }
    return jx_step_score(points, gap, r->step, r->per, r->cap, JX_STEP_FLOOR,
                         digits, score);
}

static jx_err rule_score(const jx_rule *rule, const jx_actual *actual,
                         double points, int digits, double *score,
                         jx_diag *diag)
{
    if (!rule || !actual || !score)
        return JX_ERR_RANGE;
    if (!isfinite(points)) return JX_ERR_NOT_FINITE;
    if (points < 0) return JX_ERR_NEGATIVE;
    jx_err e = jx_check_digits(digits);
    if (e != JX_OK) return e;
    if (rule->stated_points > 0 && jx_round(rule->stated_points, 2) >
                                   jx_round(points, 2))
        return JX_ERR_RULE_SYNTAX;
    if (is_na_actual(actual)) {
        if (!rule->na_clause)
            return jx_diag_set(diag, JX_ERR_LEVEL_UNKNOWN, actual->text,
                               actual->len, 0);
        double v = rule->na_is_points ? rule->na_value
                                      : rule->na_value * points;
        if (v > points) return JX_ERR_RULE_SYNTAX;
        *score = jx_round(v, digits);
        return JX_OK;
    }
    double v = 0;
    switch (rule->kind) {
    case JX_RULE_BANDS:
        e = actual_for_bands(rule, actual, &v, diag);
        if (e != JX_OK) return e;
        return jx_bandrule_score(&rule->bands, v, points, digits, score);
    case JX_RULE_LEVELS:
        if (!actual->has_text)
            return JX_ERR_LEVEL_UNKNOWN;
        if (rule->levels.n == 0)   /* the sentence only covers 不涉及 */
            return jx_diag_set(diag, JX_ERR_LEVEL_UNKNOWN, actual->text,
                               actual->len, 0);
        return jx_qual_score(&rule->levels, actual->text, actual->len, points,
                             digits, score, diag);
    case JX_RULE_DEDUCT:
    case JX_RULE_STEP:
        return score_deduct(rule, actual, points, digits, score, diag);
    case JX_RULE_RATIO: {
        e = actual_ratio(actual, &v, diag);
        if (e != JX_OK) return e;
        double full = rule->stated_points > 0 ? rule->stated_points : points;
        return jx_ratio_score(v > 1 ? 1 : v, 1.0, full, digits, score);
    }
    }
    return JX_ERR_RANGE;
}

/* Every error leaves a diag with its code, quoting the actual text if any. */
jx_err jx_rule_score(const jx_rule *rule, const jx_actual *actual,
                     double points, int digits, double *score,
                     jx_diag *diag)
{
    jx_diag_clear(diag);
    jx_err e = rule_score(rule, actual, points, digits, score, diag);
    if (e != JX_OK && diag != NULL && diag->code != e) {
        int text = actual != NULL && actual->has_text;
        jx_diag_set(diag, e, text ? actual->text : NULL,
                    text ? actual->len : 0, 0);
    }
    return e;
}

jx_err jx_rule_check(const jx_rule *rule, const jx_actual *actual,
                     double points, double reported, jx_lang lang,
                     char *msg, size_t cap)
{
    double want;
    jx_diag d;
    char a[48], b[48];
    if (cap > 0) msg[0] = '\0';
    jx_err e = jx_rule_score(rule, actual, points, 2, &want, &d);
    if (e == JX_OK && !isfinite(reported))
        e = JX_ERR_NOT_FINITE;
    if (e != JX_OK) {
        if (d.code == e)
            jx_diag_format(&d, lang, msg, cap);
        else if (cap > 0)
            snprintf(msg, cap, "%s", jx_strerror(e, lang));
        return e;
    }
    if (fabs(jx_round(reported, 2) - want) < 0.005)
        return JX_OK;
    jx_fmt_num(want, 2, 0, a, sizeof a);
    jx_fmt_num(reported, 2, 0, b, sizeof b);
    if (cap > 0)
        snprintf(msg, cap, lang == JX_LANG_ZH
                 ? "按评扣分标准应得 %s 分，填报 %s 分"
                 : "the rule gives %s points, %s reported", a, b);
    return JX_ERR_SCORE_RANGE;
}
