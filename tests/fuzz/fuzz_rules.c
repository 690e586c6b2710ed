/*
 * fuzz_rules.c - libFuzzer target for the other rule texts: band rules
 * (jx_bandrule_parse + jx_bandrule_score), indicator mode words
 * (jx_ind_opts_parse) and grade bands (jx_grades_parse + jx_grade).
 *
 * Input: TEXT [NUL TEXT2].  TEXT is read as a band rule and as mode words;
 * TEXT and TEXT2 as grade thresholds and labels.  Invariants: no crash;
 * diags printable; parsed rules well formed; every score finite and within
 * [0, points]; out-params untouched on error.
 */
#include "fuzz_util.h"

static void check_bandrule(const jx_bandrule *r)
{
    FUZZ_ASSERT(r->n >= 1 && r->n <= JX_BANDS_MAX);
    for (int i = 0; i < r->n; i++) {
        const jx_band *b = &r->band[i];
        FUZZ_ASSERT(b->cmp >= JX_CMP_GE && b->cmp <= JX_CMP_ELSE);
        FUZZ_ASSERT(b->kind >= JX_BAND_POINTS && b->kind <= JX_BAND_RATIO);
        FUZZ_ASSERT(isfinite(b->bound) && b->bound >= 0.0);
        FUZZ_ASSERT(isfinite(b->value) && b->value >= 0.0);
        if (b->kind == JX_BAND_FRACTION) FUZZ_ASSERT(b->value <= 1.0);
        /* nothing can follow an else */
        if (b->cmp == JX_CMP_ELSE) FUZZ_ASSERT(i == r->n - 1);
    }
}

static void fuzz_bands(const char *text, size_t len)
{
    static const double xs[] = { 0.0, 0.5, 0.9, 0.95, 1.0, 1.3, 10.0, 96.0 };
    static const double points[] = { 10.0, 5.0, 100.0, 0.0 };
    jx_bandrule r, r0;
    jx_diag d;
    memset(&r, 0x3C, sizeof r);
    r0 = r;
    jx_err e = jx_bandrule_parse(text, len, &r, &d);
    fuzz_check_diag(&d, e, len);
    if (e != JX_OK) {
        FUZZ_ASSERT(memcmp(&r, &r0, sizeof r) == 0);
        return;
    }
    check_bandrule(&r);

    /* Typed in full width ("≥９０％：满分；ｅｌｓｅ：ｈａｌｆ"), the same rule. */
    static char wide[3 * 1024 + 16];
    size_t wlen = len <= 1024 ? fuzz_widen(text, len, wide, sizeof wide) : 0;
    if (wlen > 0 && wlen <= JX_TEXT_MAX) {
        jx_bandrule w;
        memset(&w, 0, sizeof w);
        FUZZ_ASSERT(jx_bandrule_parse(wide, wlen, &w, &d) == JX_OK);
        FUZZ_ASSERT(memcmp(&w, &r, sizeof r) == 0);
    }
    for (size_t p = 0; p < sizeof points / sizeof points[0]; p++) {
        for (size_t i = 0; i < sizeof xs / sizeof xs[0] + (size_t)r.n; i++) {
            double x = i < sizeof xs / sizeof xs[0]
                           ? xs[i] : r.band[i - sizeof xs / sizeof xs[0]].bound;
            double s = -1.0;
            e = jx_bandrule_score(&r, x, points[p], (int)(i % 3), &s);
            if (e == JX_OK) fuzz_check_score(s, points[p]);
            else FUZZ_ASSERT(s == -1.0);
        }
    }
}

static void fuzz_opts(const char *text, size_t len)
{
    jx_ind_opts o, o0;
    jx_diag d;
    jx_ind_opts_default(&o);
    o0 = o;
    jx_err e = jx_ind_opts_parse(text, len, &o, &d);
    fuzz_check_diag(&d, e, len);
    if (e != JX_OK) {
        FUZZ_ASSERT(memcmp(&o, &o0, sizeof o) == 0);
        return;
    }
    FUZZ_ASSERT(o.miss >= JX_MISS_PROP && o.miss <= JX_MISS_ZERO);
    FUZZ_ASSERT(o.reverse == JX_REVERSE_AB || o.reverse == JX_REVERSE_LINEAR);
    FUZZ_ASSERT(o.digits == o0.digits && o.over_threshold == o0.over_threshold);
}

static void fuzz_grades(const char *th, size_t tlen, const char *lab,
                        size_t llen)
{
    static const double totals[] = { 0.0, 59.99, 60.0, 89.5, 90.0, 100.0 };
    jx_grades g, g0;
    jx_diag d;
    memset(&g, 0x77, sizeof g);
    g0 = g;
    jx_err e = jx_grades_parse(th, tlen, lab, llen, &g, &d);
    FUZZ_ASSERT((unsigned)e < JX_ERR__COUNT);
    fuzz_check_cstr(d.text, sizeof d.text);
    fuzz_check_cstr(d.at, sizeof d.at);
    if (e != JX_OK) {
        FUZZ_ASSERT(d.code == e);
        FUZZ_ASSERT(memcmp(&g, &g0, sizeof g) == 0);
        return;
    }
    FUZZ_ASSERT(g.n >= 1 && g.n <= JX_GRADES_MAX);
    for (int i = 0; i < g.n; i++) {
        FUZZ_ASSERT(isfinite(g.threshold[i]) && g.threshold[i] >= 0.0);
        if (i > 0) FUZZ_ASSERT(g.threshold[i] < g.threshold[i - 1]);
    }
    for (int i = 0; i <= g.n; i++) {
        fuzz_check_cstr(g.label[i], sizeof g.label[i]);
        FUZZ_ASSERT(g.label[i][0] != '\0');
    }
    for (size_t i = 0; i < sizeof totals / sizeof totals[0]; i++) {
        const char *label = NULL;
        e = jx_grade(&g, totals[i], &label);
        FUZZ_ASSERT(e == JX_OK && label != NULL);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *a, *b;
    size_t alen, blen;
    fuzz_split(data, size, &a, &alen, &b, &blen);
    fuzz_bands(a, alen);
    fuzz_opts(a, alen);
    fuzz_grades(a, alen, b, blen);
    fuzz_grades(NULL, 0, a, alen);
    return 0;
}
