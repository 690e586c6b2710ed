/*
 * fuzz_ruletext.c - libFuzzer target for 评扣分标准 sentences:
 * jx_rule_parse, then jx_rule_score and jx_rule_check on several actuals.
 *
 * Input: RULE [NUL ACTUAL].  Invariants: no crash; diags printable; a
 * parsed rule is well formed (band count within bounds, finite numbers);
 * every score is finite and within [0, points], or within the range the
 * rule itself states (above_points / top_frac / below_zero); the check of a rule's own
 * score finds nothing, and its messages are NUL-terminated UTF-8.
 */
#include "fuzz_util.h"

static void check_rule(const jx_rule *r)
{
    FUZZ_ASSERT(r->kind >= JX_RULE_BANDS && r->kind <= JX_RULE_RATIO);
    FUZZ_ASSERT(r->n >= 1 && r->n <= JX_RCLAUSES_MAX);
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        FUZZ_ASSERT(isfinite(c->cond.lo) && isfinite(c->cond.hi));
        FUZZ_ASSERT(isfinite(c->out.value) && isfinite(c->out.ref) &&
                    isfinite(c->out.over_per) && isfinite(c->out.under_per));
        FUZZ_ASSERT(c->out.kind != JX_RO_STEPS || c->out.step > 0);
        FUZZ_ASSERT(memchr(c->cond.label, '\0', sizeof c->cond.label) != NULL);
        FUZZ_ASSERT(memchr(c->cond.unit, '\0', sizeof c->cond.unit) != NULL);
        FUZZ_ASSERT(c->cond.kind != JX_RC_KIND ||
                    (c->out.kind == JX_RO_STEPS && c->cond.label[0] != '\0'));
        if (c->out.kind == JX_RO_OPEN) {    /* understood, no score: quotes it */
            FUZZ_ASSERT(c->out.open >= JX_OPEN_JUDGED && c->out.open <= JX_OPEN_BEYOND);
            FUZZ_ASSERT(isfinite(c->out.open_lo) && isfinite(c->out.open_hi));
            FUZZ_ASSERT(memchr(c->out.quote, '\0', sizeof c->out.quote) != NULL);
            FUZZ_ASSERT(memchr(c->out.words, '\0', sizeof c->out.words) != NULL);
            FUZZ_ASSERT(c->out.quote[0] != '\0');
        }
    }
    FUZZ_ASSERT(isfinite(r->stated_points) && isfinite(r->max_score));
    /* The explanation is NUL-terminated UTF-8 that fits. */
    char ex[JX_MSG_MAX];
    jx_rule_explain(r, JX_LANG_ZH, ex, sizeof ex);
    fuzz_check_cstr(ex, sizeof ex);
    jx_rule_explain(r, JX_LANG_EN, ex, sizeof ex);
    fuzz_check_cstr(ex, sizeof ex);
}

static void apply(const jx_rule *r, const jx_actual *a, size_t len)
{
    static const double points[] = { 10.0, 6.0, 4.0, 0.5 };
    char msg[JX_MSG_MAX];
    for (size_t p = 0; p < sizeof points / sizeof *points; p++) {
        double s = -1.0;
        jx_diag d;
        jx_err e = jx_rule_score(r, a, points[p], 2, &s, &d);
        fuzz_check_diag(&d, e, a->has_text ? a->len : len);
        if (e != JX_OK)
            continue;
        if (r->above_points || r->below_zero) {
            /* a sentence that itself leaves [0, P] (ruletext.h, SCORES OUTSIDE) */
            FUZZ_ASSERT(isfinite(s));
            FUZZ_ASSERT(r->below_zero || s >= 0);
            FUZZ_ASSERT(!(r->above_points && r->top_frac > 0) ||
                        s <= r->top_frac * points[p] + 0.005);
            FUZZ_ASSERT(r->above_points || s <= points[p] + 0.005);
        } else {
            fuzz_check_score(s, points[p]);
        }
        char ex[JX_MSG_MAX];
        FUZZ_ASSERT(jx_rule_score_explain(r, a, points[p], JX_LANG_ZH, ex, sizeof ex) == JX_OK);
        fuzz_check_cstr(ex, sizeof ex);
        e = jx_rule_check(r, a, points[p], s, JX_LANG_ZH, msg, sizeof msg);
        FUZZ_ASSERT(e == JX_OK && msg[0] == '\0');
        e = jx_rule_check(r, a, points[p], s + 1.0, JX_LANG_EN, msg, sizeof msg);
        FUZZ_ASSERT(e != JX_OK);
        fuzz_check_cstr(msg, sizeof msg);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    const char *nul = memchr(text, '\0', size);
    size_t rlen = nul ? (size_t)(nul - text) : size;
    jx_rule r;
    jx_diag d;
    jx_err e = jx_rule_parse(text, rlen, &r, &d);
    fuzz_check_diag(&d, e, rlen);
    if (e != JX_OK)
        return 0;
    check_rule(&r);
    static const double nums[] = { 0.0, 0.5, 0.95, 1.0, 3.0, 96.0, 1e308 };
    for (size_t i = 0; i < sizeof nums / sizeof *nums; i++) {
        jx_actual a = { 0, nums[i], NULL, 0 };
        apply(&r, &a, 0);
    }
    if (nul) {
        jx_actual a = { 1, 0.0, nul + 1, size - rlen - 1 };
        apply(&r, &a, a.len);
    }
    return 0;
}
