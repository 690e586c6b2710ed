/*
 * fuzz_scheme.c - libFuzzer target for qualitative schemes: jx_scheme_parse
 * then jx_scheme_find / jx_qual_score / jx_qual_check.
 *
 * Input: SCHEME [NUL LEVEL].  Without a level, every alias of the parsed
 * scheme is looked up (it must be found in its own tier).  Invariants: no
 * crash; diags printable; a parsed scheme is well formed (1..8 tiers,
 * 0 <= lo <= hi <= 1, non-empty NUL-terminated UTF-8 aliases, no alias in
 * two tiers); the score of a level passes the tier check of that level.
 */
#include "fuzz_util.h"

static void check_scheme(const jx_scheme *s)
{
    FUZZ_ASSERT(s->n >= 1 && s->n <= JX_TIERS_MAX);
    for (int i = 0; i < s->n; i++) {
        const jx_tier *t = &s->tier[i];
        FUZZ_ASSERT(t->naliases >= 1 && t->naliases <= JX_ALIASES_MAX);
        FUZZ_ASSERT(isfinite(t->lo) && isfinite(t->hi));
        FUZZ_ASSERT(0.0 <= t->lo && t->lo <= t->hi && t->hi <= 1.0);
        for (int j = 0; j < t->naliases; j++) {
            fuzz_check_cstr(t->alias[j], sizeof t->alias[j]);
            FUZZ_ASSERT(t->alias[j][0] != '\0');
        }
    }
}

/* Look `level` up and score it; consistency between find, score, check. */
static void score_level(const jx_scheme *s, const char *level, size_t len,
                        int expect_tier)
{
    static const double points[] = { 10.0, 6.0, 7.5, 0.0 };
    jx_diag d;
    int tier = -1;
    jx_err e = jx_scheme_find(s, level, len, &tier, &d);
    fuzz_check_diag(&d, e, len);
    if (e != JX_OK) {
        FUZZ_ASSERT(tier == -1);
        FUZZ_ASSERT(expect_tier < 0);
        return;
    }
    FUZZ_ASSERT(tier >= 0 && tier < s->n);
    if (expect_tier >= 0) FUZZ_ASSERT(tier == expect_tier);
    for (size_t p = 0; p < sizeof points / sizeof points[0]; p++) {
        double v = -1.0;
        e = jx_qual_score(s, level, len, points[p], 2, &v, &d);
        fuzz_check_diag(&d, e, len);
        FUZZ_ASSERT(e == JX_OK);
        fuzz_check_score(v, points[p]);
        e = jx_qual_check(s, level, len, points[p], v, &d);
        fuzz_check_diag(&d, e, len);
        FUZZ_ASSERT(e == JX_OK);
        /* above the points is always out of range */
        e = jx_qual_check(s, level, len, points[p], points[p] + 1.0, &d);
        FUZZ_ASSERT(e == JX_ERR_SCORE_RANGE);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *stext, *level;
    size_t slen, llen;
    fuzz_split(data, size, &stext, &slen, &level, &llen);

    jx_scheme s, s0;
    jx_diag d;
    memset(&s, 0x5A, sizeof s);
    s0 = s;
    jx_err e = jx_scheme_parse(stext, slen, &s, &d);
    fuzz_check_diag(&d, e, slen);
    if (e != JX_OK) {
        FUZZ_ASSERT(memcmp(&s, &s0, sizeof s) == 0);
        /* the level against the national scheme still must not crash */
        jx_scheme_national(&s);
        if (llen > 0) score_level(&s, level, llen, -1);
        return 0;
    }
    check_scheme(&s);

    /* Typed in full width, the same scheme (labels are folded). */
    static char wide[3 * 1024 + 16];
    size_t wlen = slen <= 1024 ? fuzz_widen(stext, slen, wide, sizeof wide) : 0;
    if (wlen > 0 && wlen <= JX_TEXT_MAX) {
        jx_scheme w;
        memset(&w, 0, sizeof w);
        FUZZ_ASSERT(jx_scheme_parse(wide, wlen, &w, &d) == JX_OK);
        FUZZ_ASSERT(memcmp(&w, &s, sizeof s) == 0);
    }
    if (llen > 0) {
        score_level(&s, level, llen, -1);
        return 0;
    }
    for (int i = 0; i < s.n; i++)
        for (int j = 0; j < s.tier[i].naliases; j++)
            score_level(&s, s.tier[i].alias[j], strlen(s.tier[i].alias[j]), i);
    return 0;
}
