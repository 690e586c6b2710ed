/*
 * fuzz_addin.c - libFuzzer target: every add-in function with arbitrary
 * arguments of every kind the UNO layer can produce (omitted, blank,
 * numbers including NaN/Inf/1e308, texts including invalid UTF-8 and
 * marked-invalid UTF-16, error cells, ranges of any small shape).
 *
 * Invariants: no crash, no sanitizer report, a number result is finite,
 * a text result is NUL-terminated valid UTF-8 shorter than JXA_MSG_MAX,
 * an error comes with a reason.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "functions.h"
#include "utf16.h"

/* Reads the fuzzer's bytes; 0 once they run out. */
typedef struct feed {
    const uint8_t *p;
    size_t n;
} feed;

static uint8_t take(feed *f)
{
    if (f->n == 0)
        return 0;
    f->n--;
    return *f->p++;
}

static double take_num(feed *f)
{
    static const double special[] = {0, 1, -1, 0.5, 10, 100, 1e308, -1e308,
                                     5e-324, 0.95, 89.5, 90, NAN, INFINITY};
    uint8_t k = take(f);
    uint64_t bits = 0;
    double d;
    int i;

    if (k < 128)
        return special[k % (sizeof special / sizeof special[0])];
    for (i = 0; i < 8; i++)
        bits = bits << 8 | take(f);
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* Texts live in one pool per input (freed by the caller). */
static char *pool;
static size_t pool_used, pool_cap;

static const char *take_str(feed *f, size_t *len)
{
    static const char *const words[] = {
        "≥95%", "≤60分钟", "=100%", "96%", "部分达成", "达成", "显著:1;良好:0.5;不明显:0",
        "≥90%:5;≥80%:4;else:0", "half", "linear", "90;80;60", "优;良;中;差", "不适用",
        "≥ 50万人", "40万人", "ceil", "湖北", "≥95%以上上", "", "0"};
    uint8_t k = take(f);
    size_t n, i;
    char *s;

    if (k < 100) {
        const char *w = words[k % (sizeof words / sizeof words[0])];
        *len = strlen(w);
        return w;
    }
    /* Random UTF-16 code units, converted as the UNO layer converts a
     * cell's text: what reaches the functions is always valid UTF-8. */
    n = take(f);
    if (k > 250)
        n = n * 40;                            /* long texts too */
    if (pool_used + 3 * n + 1 > pool_cap) {
        *len = 0;
        return "";
    }
    {
        uint16_t u[256 * 40];
        int bad = 0;
        for (i = 0; i < n; i++) {
            uint8_t lo = take(f), hi = take(f);
            /* Mostly ASCII and CJK/full-width, sometimes anything. */
            u[i] = hi < 128 ? (uint16_t)(lo & 0x7F) : hi < 200 ? (uint16_t)(0x4E00 + lo * 37)
                 : hi < 230 ? (uint16_t)(0xFF00 + (lo & 0x5F)) : (uint16_t)(hi << 8 | lo);
        }
        s = pool + pool_used;
        *len = jxa_utf16_to_utf8(u, n, s, &bad);
        pool_used += *len + 1;
    }
    return s;
}

static void take_scalar(feed *f, jxa_value *v)
{
    memset(v, 0, sizeof *v);
    switch (take(f) % 6) {
    case 0: v->type = JXA_VOID; break;
    case 1: v->type = JXA_EMPTY; break;
    case 2: case 3: v->type = JXA_NUM; v->num = take_num(f); break;
    case 4:
        v->type = JXA_STR;
        v->str = take_str(f, &v->len);
        v->bad_text = take(f) > 240;
        if (v->len == 0)
            v->type = JXA_EMPTY;
        break;
    default: v->type = JXA_ERRCELL; break;
    }
}

static int valid_utf8(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    while (*u) {
        int k = *u < 0x80 ? 1 : (*u >> 5) == 6 ? 2 : (*u >> 4) == 14 ? 3 : (*u >> 3) == 30 ? 4 : 0;
        int i;
        if (k == 0)
            return 0;
        for (i = 1; i < k; i++)
            if ((u[i] & 0xC0) != 0x80)
                return 0;
        u += k;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    feed f = {data, size};
    jxa_value args[JXA_PARAMS_MAX];
    jxa_value cells[JXA_PARAMS_MAX][16];
    const jxa_func *fn;
    jxa_result res;
    jxa_ctx ctx;
    jx_err e;
    int i, held;

    pool_cap = 64 * 1024;
    pool_used = 0;
    pool = malloc(pool_cap);
    if (pool == NULL)
        return 0;
    fn = &jxa_functions[take(&f) % jxa_nfunctions];
    ctx.lang = take(&f) & 1 ? JX_LANG_EN : JX_LANG_ZH;
    /* Range arguments read from a sheet hold min(rows, held) rows, the
     * same `held` for every one of a call (value.h, addin.c). */
    held = 1 + take(&f) % 4;
    for (i = 0; i < fn->nparams; i++) {
        uint8_t shape = take(&f);
        if (fn->param[i].type == JXA_P_DOUBLE) {
            memset(&args[i], 0, sizeof args[i]);
            args[i].type = JXA_NUM;             /* what Calc passes */
            args[i].num = take_num(&f);
        } else if (fn->param[i].type == JXA_P_RANGE || shape > 200) {
            int r = 1 + take(&f) % 4, c = 1 + take(&f) % 4, k;
            if (take(&f) > 250)
                r = c = 0;
            for (k = 0; k < r * c; k++)
                take_scalar(&f, &cells[i][k]);
            memset(&args[i], 0, sizeof args[i]);
            args[i].type = JXA_ARRAY;
            args[i].rows = r;
            args[i].cols = c;
            args[i].held_rows = fn->param[i].type == JXA_P_RANGE && r > held ? held : r;
            args[i].cell = cells[i];
        } else {
            take_scalar(&f, &args[i]);
            if (fn->param[i].type == JXA_P_STRING && args[i].type != JXA_STR)
                args[i].type = JXA_EMPTY;       /* a string is never a number */
        }
    }
    e = jxa_call(fn, args, &ctx, &res);
    if (e == JX_OK) {
        if (fn->ret == JXA_RET_STRING) {
            if (strlen(res.text) >= JXA_MSG_MAX || !valid_utf8(res.text)) {
                fprintf(stderr, "%s: bad text \"%s\"\n", fn->name, res.text);
                abort();
            }
        } else if (!isfinite(res.num)) {
            fprintf(stderr, "%s: result %g\n", fn->name, res.num);
            abort();
        }
    } else if (res.why[0] == '\0' || !valid_utf8(res.why)) {
        fprintf(stderr, "%s: error %d with reason \"%s\" (argument %d)\n",
                fn->name, (int)e, res.why, res.bad_arg);
        abort();
    }
    free(pool);
    return 0;
}
