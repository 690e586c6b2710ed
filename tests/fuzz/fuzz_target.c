/*
 * fuzz_target.c - libFuzzer target for target expressions and actual
 * values: jx_target_parse and jx_quantity_parse, then everything that
 * consumes their results (align, completion, met, score, format).
 *
 * Input: TARGET [NUL ACTUAL].  Without a NUL the same text is tried as
 * both.  Invariants: no crash or sanitizer report; diags printable and
 * NUL-terminated; out-params untouched on error; every number finite;
 * completion >= 0; scores within [0, points]; a formatted target parses
 * back with the same direction and unit; a text read as both a target and
 * an actual gives the same quantity; the text typed in full width reads
 * the same.
 */
#include "fuzz_util.h"

static void check_target(const jx_target *t)
{
    FUZZ_ASSERT(t->dir >= JX_DIR_GE && t->dir <= JX_DIR_EQ);
    FUZZ_ASSERT(isfinite(t->q.value) && t->q.value >= 0.0);
    FUZZ_ASSERT(t->q.scale == 1.0 || t->q.scale == 1e3 || t->q.scale == 1e4 ||
                t->q.scale == 1e6 || t->q.scale == 1e7 || t->q.scale == 1e8);
    FUZZ_ASSERT(t->q.percent == 0 || t->q.percent == 1);
    FUZZ_ASSERT(!t->q.percent || (t->q.scale == 1.0 && t->q.unit[0] == '\0'));
    fuzz_check_cstr(t->q.unit, sizeof t->q.unit);
}

static void check_format(const jx_target *t)
{
    char buf[512], small[6];     /* 309 digits + sign + unit fit */
    size_t n = jx_target_format(t, buf, sizeof buf);
    FUZZ_ASSERT(n < sizeof buf && strlen(buf) == n && fuzz_utf8_ok(buf, n));
    size_t m = jx_target_format(t, small, sizeof small);
    FUZZ_ASSERT(m == n);
    fuzz_check_cstr(small, sizeof small);

    jx_target back;
    jx_diag d;
    jx_err e = jx_target_parse(buf, n, &back, &d);
    FUZZ_ASSERT(e == JX_OK);
    FUZZ_ASSERT(back.dir == t->dir);
    FUZZ_ASSERT(back.q.percent == t->q.percent);
    FUZZ_ASSERT(strcmp(back.q.unit, t->q.unit) == 0);
    FUZZ_ASSERT(back.q.scale == t->q.scale);
    /* 15 significant digits are written where no exponent is needed */
    double w = t->q.percent ? t->q.value * 100.0 : t->q.value / t->q.scale;
    if (w >= 1e-4 && w < 1e15)
        FUZZ_ASSERT(fabs(back.q.value - t->q.value) <= 1e-14 * t->q.value);
}

static void score_pair(const jx_quantity *a, const jx_target *t)
{
    static const double points[] = { 10.0, 0.0, 7.5, 100.0 };
    double v = -1.0, c = -1.0;
    int met = -1;

    jx_err e = jx_quantity_align(a, t, &v);
    FUZZ_ASSERT((unsigned)e < JX_ERR__COUNT);
    if (e == JX_OK) FUZZ_ASSERT(isfinite(v) && v >= 0.0);
    else FUZZ_ASSERT(v == -1.0);

    for (int r = 0; r < 2; r++) {
        c = -1.0;
        jx_err ec = jx_completion(a, t, (jx_reverse_rule)r, &c);
        if (ec == JX_OK) FUZZ_ASSERT(isfinite(c) && c >= 0.0);
        else FUZZ_ASSERT(c == -1.0);
        if (e != JX_OK) FUZZ_ASSERT(ec == e);    /* align errors pass through */
    }
    jx_err em = jx_target_met(a, t, &met);
    FUZZ_ASSERT(em == e);
    if (em == JX_OK) FUZZ_ASSERT(met == 0 || met == 1);

    for (size_t p = 0; p < sizeof points / sizeof points[0]; p++) {
        for (int mode = 0; mode < 3; mode++) {
            jx_ind_opts o;
            double s = -1.0;
            unsigned f = 99;
            jx_ind_opts_default(&o);
            o.miss = (jx_miss_mode)mode;
            o.reverse = (jx_reverse_rule)(p & 1);
            o.digits = (int)(p % 3);
            jx_err es = jx_ind_score(a, t, points[p], &o, &s, &f);
            if (es != JX_OK) {
                FUZZ_ASSERT(s == -1.0 && f == 99);
                continue;
            }
            fuzz_check_score(s, points[p]);
            FUZZ_ASSERT((f & ~(JX_FLAG_MET | JX_FLAG_OVER)) == 0);
            /* met means full points (as rounded), whatever the mode */
            if ((f & JX_FLAG_MET) && points[p] == 10.0) FUZZ_ASSERT(s == 10.0);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *ttext, *atext;
    size_t tlen, alen;
    fuzz_split(data, size, &ttext, &tlen, &atext, &alen);
    if (alen == 0) {
        atext = ttext;
        alen = tlen;
    }

    jx_target t, t0;
    jx_quantity q, q0;
    jx_diag d;
    memset(&t, 0xA5, sizeof t);
    memset(&q, 0xA5, sizeof q);
    t0 = t;
    q0 = q;

    jx_err et = jx_target_parse(ttext, tlen, &t, &d);
    fuzz_check_diag(&d, et, tlen);
    if (et == JX_OK) {
        check_target(&t);
        check_format(&t);
    } else {
        FUZZ_ASSERT(memcmp(&t, &t0, sizeof t) == 0);
    }

    jx_err eq = jx_quantity_parse(atext, alen, &q, &d);
    fuzz_check_diag(&d, eq, alen);
    if (eq == JX_OK) {
        FUZZ_ASSERT(isfinite(q.value) && q.value >= 0.0);
        fuzz_check_cstr(q.unit, sizeof q.unit);
    } else {
        FUZZ_ASSERT(memcmp(&q, &q0, sizeof q) == 0);
    }

    /* The same text read both ways names the same quantity (the target
     * grammar only adds a direction around it). */
    if (et == JX_OK && eq == JX_OK && atext == ttext)
        FUZZ_ASSERT(memcmp(&t.q, &q, sizeof q) == 0);
    if (et == JX_OK && eq == JX_OK) score_pair(&q, &t);

    /* Typed in full width, the target reads the same (or fails the same). */
    static char wide[3 * 1024 + 16];
    size_t wlen = tlen <= 1024 ? fuzz_widen(ttext, tlen, wide, sizeof wide) : 0;
    if (wlen > 0 && wlen <= JX_TEXT_MAX) {
        jx_target w;
        memset(&w, 0xA5, sizeof w);
        jx_err ew = jx_target_parse(wide, wlen, &w, &d);
        fuzz_check_diag(&d, ew, wlen);
        FUZZ_ASSERT(ew == et);
        if (et == JX_OK) FUZZ_ASSERT(memcmp(&w, &t, sizeof t) == 0);
    }
    if (et == JX_OK) {
        /* a numeric cell against the target: the add-in's common case */
        static const double cells[] = { 0.0, 0.96, 10.0, 96.0, 5830.0, 1e300 };
        for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++) {
            jx_quantity n;
            FUZZ_ASSERT(jx_quantity_from_number(cells[i], &n) == JX_OK);
            score_pair(&n, &t);
        }
    }
    return 0;
}
