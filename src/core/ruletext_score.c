/*
 * ruletext_score.c - apply a parsed 评扣分标准 rule (jixiao/ruletext.h) to
 * an actual, check a reported score, and say in words how the sentence was
 * read (RULEEXPLAIN) and how one score came about (SCOREEXPLAIN).
 */
#include "text.h"
#include "ruletext_words.h"
#include "ruletext_name.h"
#include "ruletext_fresh.h"
#include "ruletext_report.h"
#include "ruletext_parts.h"
#include "ruletext_num.h"
#include "jixiao/ruletext.h"
#include "jixiao/round.h"
#include "jixiao/target.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int text_has(const char *s, size_t len, const char *w)
{
    jx_cur c;
    jx_cur_init(&c, s, 0, len);
    while (!jx_cur_eof(&c)) {
        if (jx_cur_word(&c, w)) return 1;
        jx_cur_next(&c);
    }
    return 0;
}

static int is_na_actual(const jx_actual *a)
{
    if (!a->has_text) return 0;
    for (size_t i = 0; i < jx_rw_na_n; i++)
        if (text_has(a->text, a->len, jx_rw_na[i])) return 1;
    return a->len == 3 && (a->text[0] == 'N' || a->text[0] == 'n') &&
           a->text[1] == '/' && (a->text[2] == 'A' || a->text[2] == 'a');
}

/* Equal once the blanks a PDF leaves inside words are dropped. */
static int same_but_spaces(const char *a, size_t an, const char *b, size_t bn)
{
    size_t i = 0, j = 0;
    for (;;) {
        while (i < an && a[i] == ' ') i++;
        while (j < bn && b[j] == ' ') j++;
        if (i == an || j == bn) return i == an && j == bn;
        if (a[i] != b[j]) return 0;
        i++;
        j++;
    }
}

/* The level clause the actual names: the label, with or without 效果. */
static const jx_rclause *find_level(const jx_rule *r, const jx_actual *a)
{
    size_t b = 0, e = a->len;
    jx_trim(a->text, &b, &e);
    const char *t = a->text + b;
    size_t n = e - b;
    static const char fx[] = "效果";
    const size_t fl = sizeof fx - 1;
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (c->cond.kind != JX_RC_LEVEL) continue;
        const char *l = c->cond.label;
        size_t ll = strlen(l);
        if (ll == n && memcmp(l, t, n) == 0) return c;
        if (same_but_spaces(l, ll, t, n)) return c;   /* "非税收入 征收标准" (a PDF's wrap) */
        if (ll == n + fl && memcmp(l, fx, fl) == 0 && memcmp(l + fl, t, n) == 0) return c;
        if (n == ll + fl && memcmp(t, fx, fl) == 0 && memcmp(t + fl, l, ll) == 0) return c;
    }
    /* "没有楼堂馆所项目" for "没有楼堂馆所项目的部门": the label names who it
     * is about after 的 */
    static const char *const who[] = { "的部门", "的单位", "的地区", "的企业" };
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (c->cond.kind != JX_RC_LEVEL) continue;
        const char *l = c->cond.label;
        size_t ll = strlen(l);
        for (size_t k = 0; k < sizeof who / sizeof *who; k++)
            if (ll == n + strlen(who[k]) && memcmp(l, t, n) == 0 && strcmp(l + n, who[k]) == 0)
                return c;
    }
    /* "健全" for "财务会计制度健全" beside "基本健全", "不健全": the one label
     * the actual ends, when what comes before it is no modifier */
    static const char *const modifier[] = { "基本", "不", "未", "较", "比较", "较为", "部分",
                                            "没有", "无", "非常", "很", "不太", "一般" };
    const jx_rclause *hit = NULL;
    int hits = 0;
    for (int i = 0; i < r->n && n >= 6; i++) {
        const jx_rclause *c = &r->clause[i];
        if (c->cond.kind != JX_RC_LEVEL) continue;
        const char *l = c->cond.label;
        size_t ll = strlen(l);
        if (ll <= n || memcmp(l + ll - n, t, n) != 0) continue;
        int mod = 0;
        for (size_t k = 0; k < sizeof modifier / sizeof *modifier; k++) {
            size_t ml = strlen(modifier[k]);
            if (ll - n >= ml && memcmp(l + ll - n - ml, modifier[k], ml) == 0) mod = 1;
        }
        if (!mod) { hit = c; hits++; }
    }
    if (hits == 1) return hit;
    return jx_rf_bare_polar(r, t, n);   /* "无" against "有…计2分,没有不得分" */
}

/*
 * A level typed as a state rather than copied from the sentence: "已制定"
 * against "制定会议费管理办法的得2分", "未公示" against "未公示的扣0.5分".
 * Polarity words (已 有 / 未 无 没有 不) are split off both sides; the
 * actual names a clause when the polarities agree and the clause's words
 * contain the actual's (at least two characters), for exactly one clause.
 * When the polarities disagree and the sentence has a single level clause,
 * the actual says that clause did not happen (*not_met = 1).
 */
static const char *const pos_words[] = { "已", "有", "已经" };
static const char *const neg_words[] = { "没有", "未", "无", "不", "没" };

static int polarity(const char **t, size_t *n)
{
    for (size_t i = 0; i < sizeof neg_words / sizeof *neg_words; i++) {
        size_t l = strlen(neg_words[i]);
        if (*n > l && memcmp(*t, neg_words[i], l) == 0) { *t += l; *n -= l; return -1; }
    }
    for (size_t i = 0; i < sizeof pos_words / sizeof *pos_words; i++) {
        size_t l = strlen(pos_words[i]);
        if (*n > l && memcmp(*t, pos_words[i], l) == 0) { *t += l; *n -= l; return 1; }
    }
    return 1;
}

static int has_bytes(const char *h, size_t hn, const char *nd, size_t nn)
{
    for (size_t i = 0; i + nn <= hn; i++)
        if (memcmp(h + i, nd, nn) == 0) return 1;
    return 0;
}

/* Does a label hold a negation anywhere ("未签订", "不规范", "没有")? */
static int negated(const char *l, size_t ln)
{
    for (size_t i = 0; i < sizeof neg_words / sizeof *neg_words; i++)
        if (has_bytes(l, ln, neg_words[i], strlen(neg_words[i]))) return 1;
    return 0;
}

/*
 * The one label holding the whole actual ("未签订" in "…政府未签订年度
 * 综治目标管理责任书"), not right after a negation ("完成" in "未完成").
 */
/*
 * A long part keeps only its last words as its label (ruletext_parts.c,
 * part_words): the text is also in the words cut from it.  "符合" against
 * four "是否符合…" questions named the one label still showing 符合 (g9).
 */
static int cut_words_have(const jx_rclause *c, const char *t, size_t n)
{
    size_t wn = strlen(c->cond.words);
    return wn > strlen(c->cond.label) && has_bytes(c->cond.words, wn, t, n);
}

static const jx_rclause *find_words(const jx_rule *r, const char *t, size_t n)
{
    const jx_rclause *hit = NULL;
    int hits = 0;
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (c->cond.kind != JX_RC_LEVEL) continue;
        const char *l = c->cond.label;
        size_t ln = strlen(l);
        for (size_t k = 0; k + n <= ln; k++) {
            if (memcmp(l + k, t, n) != 0) continue;
            int after_neg = 0;
            for (size_t w = 0; w < sizeof neg_words / sizeof *neg_words; w++) {
                size_t wl = strlen(neg_words[w]);
                if (k >= wl && memcmp(l + k - wl, neg_words[w], wl) == 0) after_neg = 1;
            }
            if (!after_neg) { hit = c; hits++; break; }
        }
        if (hit != c && cut_words_have(c, t, n))
            hits++;                     /* cut from a part's label, in its words */
    }
    return hits == 1 ? hit : NULL;
}

static const jx_rclause *find_state(const jx_rule *r, const jx_actual *a, int *not_met,
                                    const jx_rclause **other)
{
    size_t b = 0, e = a->len;
    jx_trim(a->text, &b, &e);
    const char *t = a->text + b;
    size_t n = e - b;
    if (n >= 6) {
        const jx_rclause *w = find_words(r, t, n);
        if (w) return w;
    }
    int ap = polarity(&t, &n);
    const jx_rclause *hit = NULL, *only = NULL, *phit = NULL;
    int hits = 0, levels = 0, contra = 0, phits = 0, cut = 0;
    *not_met = 0;
    if (n < 6) return NULL;                    /* two characters at least */
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (c->cond.kind != JX_RC_LEVEL) continue;
        levels++;
        only = c;
        const char *l = c->cond.label;
        size_t ln = strlen(l);
        int lp = negated(l, ln) ? -1 : 1;    /* "…未能实现…全覆盖": negative */
        if (!has_bytes(l, ln, t, n)) {
            cut += cut_words_have(c, t, n);
            continue;
        }
        if (lp == ap) {
            hit = c; hits++;
            if (ln >= n && memcmp(l, t, n) == 0) { phit = c; phits++; }
        } else {
            contra++;
        }
    }
    if (cut) return NULL;                 /* also in words cut from another label */
    if (hits == 1) return hit;
    if (phits == 1) return phit;          /* "配合" begins one clause only */
    /* "…的,得2分;未完成的,不得分" with "已完成": not the negative clause,
     * so the positive one (when there are exactly these two) */
    if (hits == 0 && contra == 1 && levels == 2 && ap > 0) {
        const jx_rclause *neg = NULL, *pos = NULL;
        for (int i = 0; i < r->n; i++) {
            const jx_rclause *c = &r->clause[i];
            if (c->cond.kind != JX_RC_LEVEL) continue;
            const char *l = c->cond.label;
            size_t ln = strlen(l);
            if (polarity(&l, &ln) < 0) neg = c; else pos = c;
        }
        /* …and only when the other clause is the success: two failures
         * ("未制订…扣5分；低于…指标扣5分") say nothing of each other */
        if (neg && pos && pos->out.kind != JX_RO_DEDUCT &&
            !(pos->out.kind == JX_RO_FRACTION && pos->out.value <= 0)) {
            const char *l = neg->cond.label;
            size_t ln = strlen(l);
            polarity(&l, &ln);
            if (has_bytes(l, ln, t, n)) return pos;
        }
    }
    /* the one clause did not happen: only when the actual denies what the
     * label's denial word stands before ("已报送" is no denial of "未按时报送") */
    if (hits == 0 && levels == 1 && contra == 1 &&
        (!negated(only->cond.label, strlen(only->cond.label)) ||
         jx_rt_denies(only, a->text + b, e - b))) {
        *not_met = 1;
        *other = only;
    }
    return NULL;
}

/* --- Sub-items with their own points ---------------------------------- */

static int is_part(const jx_rclause *c)
{
    return c->cond.kind == JX_RC_LEVEL && c->out.kind == JX_RO_POINTS && c->out.value > 0;
}

/*
 * A rule whose level clauses are sub-items adding up to the item's points
 * ("目标明确(1分),目标细化(1.5分),目标量化(1.5 分)" on 4 points): every
 * level clause gives points (or is "没有不得分"), their sum is P.  *each
 * is the points of one part when all are equal, else 0.
 */
static int parts_of(const jx_rule *r, double p, int *n, double *each)
{
    double sum = 0;
    *n = 0;
    *each = -1;
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (c->cond.kind == JX_RC_NA) continue;
        if (c->cond.kind == JX_RC_LEVEL && c->out.kind == JX_RO_FRACTION && c->out.value == 0)
            continue;
        if (!is_part(c)) return 0;
        sum += c->out.value;
        if (*each < 0) *each = c->out.value;
        else if (*each != c->out.value) *each = 0;
        (*n)++;
    }
    return *n > 0 && fabs(sum - p) < 0.005;
}

static int text_is(const char *t, size_t n, const char *const *w, size_t nw)
{
    for (size_t i = 0; i < nw; i++)
        if (strlen(w[i]) == n && memcmp(t, w[i], n) == 0) return 1;
    return 0;
}

static int skip_prefix(const char **t, size_t *n, const char *w)
{
    size_t l = strlen(w);
    if (*n > l && memcmp(*t, w, l) == 0) { *t += l; *n -= l; return 1; }
    return 0;
}

static int skip_suffix(const char *t, size_t *n, const char *w)
{
    size_t l = strlen(w);
    if (*n > l && memcmp(t + *n - l, w, l) == 0) { *n -= l; return 1; }
    return 0;
}

/* A whole count in digits "2" (the whole text). */
static int whole_count(const char *t, size_t n, double *v)
{
    /* "三项均有", "四项均符合": one numeral, as "3项均完成" */
    for (size_t i = 0; i < jx_rw_numerals_n && n == 3; i++)
        if (!memcmp(t, jx_rw_numerals[i].word, 3) && strlen(jx_rw_numerals[i].word) == 3 &&
            jx_rw_numerals[i].value >= 1 && jx_rw_numerals[i].value == floor(jx_rw_numerals[i].value)) {
            *v = jx_rw_numerals[i].value;
            return 1;
        }
    if (n == 0 || n > 3) return 0;
    double x = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i] < '0' || t[i] > '9') return 0;
        x = x * 10 + (t[i] - '0');
    }
    *v = x;
    return 1;
}

/* The one part an item names: its label, or the one label holding it. */
static const jx_rclause *part_named(const jx_rule *r, const char *t, size_t n)
{
    const jx_rclause *hit = NULL;
    int hits = 0;
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (!is_part(c)) continue;
        size_t ll = strlen(c->cond.label);
        if (ll == n && memcmp(c->cond.label, t, n) == 0) return c;
        if (n >= 6 && has_bytes(c->cond.label, ll, t, n)) { hit = c; hits++; }
        else if (n >= 6 && has_bytes(c->cond.words, strlen(c->cond.words), t, n))
            hits++;                     /* in its words, cut from its label (part_words) */
    }
    return hits == 1 ? hit : NULL;
}

/*
 * The score of a parts rule: "全部符合" / "3项均完成" (all), "没有" (none),
 * "有2项" / "3/4" (a count: only when the parts are worth the same; a bare
 * "2" is refused: parts met or parts missing?),
 * "明确、细化" or "仅制定了县级农田水利规划" (the parts named, summed).
 * 1: *v set; 0: not a parts actual; -1: a parts actual that cannot be
 * scored (a count of unequal parts, an item naming no part or two).
 */
static int part_score(const jx_rule *r, const jx_actual *a, double p, double *v)
{
    static const char *const all[] = { "全部符合", "均符合", "都符合", "全部完成", "均完成",
                                       "均已完成", "全部达到", "均达到", "全部满足", "均满足",
                                       "全部具备", "均具备", "全部", "齐全", "均有", "都有" };
    static const char *const none[] = { "没有", "无", "均未完成", "全部未完成", "均不符合",
                                        "都不符合", "全部不符合", "均未达到", "都没有", "均无",
                                        "都无", "均没有", "全无" };
    static const char *const verbs[] = { "有", "完成", "符合", "达到" };
    int n;
    double each, k;
    if (!parts_of(r, p, &n, &each)) return 0;
    if (!a->has_text)       /* a bare number: parts met, or failures?  Written out only */
        return -1;
    size_t b = 0, e = a->len;
    jx_trim(a->text, &b, &e);
    const char *t = a->text + b;
    size_t len = e - b;
    if (text_is(t, len, all, sizeof all / sizeof *all)) { *v = p; return 1; }
    if (text_is(t, len, none, sizeof none / sizeof *none)) { *v = 0; return 1; }
    if (n == 1 && len == 3 && memcmp(t, "有", 3) == 0 &&
        memcmp(r->clause[0].cond.label, "有", 3) == 0) { *v = p; return 1; }
    {   /* "3项均完成", "有2项", "完成2项", "2项符合" */
        const char *u = t;
        size_t m = len;
        for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++)
            if (skip_prefix(&u, &m, verbs[i])) break;
        size_t m0 = m;
        int whole = 0;
        for (size_t i = 0; i < sizeof all / sizeof *all && !whole; i++)
            whole = skip_suffix(u, &m, all[i]);
        if (!whole)
            for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++)
                if (skip_suffix(u, &m, verbs[i])) break;
        if (skip_suffix(u, &m, "项") && (whole_count(u, m, &k) || jx_rt_numeral_whole(u, m, &k))) {
            if (k > n) return -1;
            if (whole) { if (k != n) return -1; *v = p; return 1; }
            if (each <= 0) return -1;
            *v = k * each;
            return 1;
        }
        (void)m0;
    }
    {   /* "3/4" of the parts */
        const char *sl = memchr(t, '/', len);
        double q;
        if (sl && whole_count(t, (size_t)(sl - t), &k) &&
            whole_count(sl + 1, len - (size_t)(sl - t) - 1, &q)) {
            if (q != n || k > q) return -1;
            if (k == q) { *v = p; return 1; }
            if (each <= 0) return -1;
            *v = k * each;
            return 1;
        }
    }
    /* the parts named: "明确、细化", "仅制定了县级农田水利规划" */
    int only = skip_prefix(&t, &len, "仅") || skip_prefix(&t, &len, "只");
    const jx_rclause *seen[JX_RCLAUSES_MAX];
    int ns = 0, items = 0;
    double sum = 0;
    size_t i = 0;
    while (i <= len) {
        size_t j = i;
        while (j < len && !(has_bytes(t + j, len - j, "、", 3) && memcmp(t + j, "、", 3) == 0) &&
               t[j] != ',' && t[j] != ';')
            j++;
        const char *it = t + i;
        size_t il = j - i;
        while (il > 0 && *it == ' ') { it++; il--; }
        while (il > 0 && it[il - 1] == ' ') il--;
        if (il == 0) return items ? -1 : 0;
        for (size_t w = 0; w < sizeof neg_words / sizeof *neg_words; w++) {
            size_t wl = strlen(neg_words[w]);
            if (il >= wl && memcmp(it, neg_words[w], wl) == 0) return items || only ? -1 : 0;
        }
        const jx_rclause *c = part_named(r, it, il);
        if (!c) return items || only ? -1 : 0;
        for (int x = 0; x < ns; x++)
            if (seen[x] == c) return -1;
        seen[ns++] = c;
        sum += c->out.value;
        items++;
        if (j >= len) break;
        i = j + (j + 3 <= len && memcmp(t + j, "、", 3) == 0 ? 3 : 1);   /* ";" last: no 、 read past it */
    }
    if (items < 2 && !only) return 0;
    *v = sum;
    return 1;
}

/* --- Kinds of failure listed by the actual (ruletext.h, KINDS) --------- */

static int same_unit(const char *a, const char *b);
static int has_kind(const jx_rule *r, jx_rcond_kind k);
static void steps_of(const jx_rout *o, double x, double *above, double *below);
static double outcome_value(const jx_rout *o, double x, double p);

static const jx_rout *kinds_base(const jx_rule *r)
{
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].cond.kind == JX_RC_KIND) return &r->clause[i].out;
    return NULL;
}

/* Every level deducts (and there are two or more): a list of them is summed. */
static int deduct_levels(const jx_rule *r)
{
    int n = 0, full = 0;
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (c->cond.kind == JX_RC_NA) continue;
        if (c->cond.kind != JX_RC_LEVEL) return 0;
        /* "报表装订整齐…的得5分" beside the failures: the one standard, full
         * points (two such are parts, each its own points: not this) (g11) */
        if ((c->out.kind == JX_RO_FRACTION && c->out.value == 1) ||
            (c->out.kind == JX_RO_POINTS && r->stated_points > 0 && c->out.value == r->stated_points)) {
            if (full++) return 0;
            continue;
        }
        if (c->out.kind != JX_RO_DEDUCT &&
            !(c->out.kind == JX_RO_FRACTION && c->out.value == 0)) return 0;   /* 不得分 */
        n++;
    }
    return n >= 2;
}

static int unit_fits(const char *u, size_t un, const char *cu)
{
    size_t cl = strlen(cu);
    if (un == 0) return 1;
    if (un <= cl && memcmp(cu, u, un) == 0) return 1;         /* "个" for "个行业" */
    if (cl > 0 && un >= cl && memcmp(u, cu, cl) == 0) return 1; /* "项制度" for "项" */
    char t[32];
    if (un >= sizeof t) return 0;
    memcpy(t, u, un);
    t[un] = '\0';
    return same_unit(t, cu);
}

/* Two KIND clauses counting alike: same unit, step, prices and cap. */
static int same_kind(const jx_rclause *a, const jx_rclause *b)
{
    return strcmp(a->cond.unit, b->cond.unit) == 0 && a->out.step == b->out.step &&
           a->out.over_per == b->out.over_per && a->out.under_per == b->out.under_per &&
           a->out.max_deduct == b->out.max_deduct && a->out.base == b->out.base &&
           a->out.base_frac == b->out.base_frac && a->out.ref == b->out.ref;
}

/*
 * Does the item's words w name another KIND clause equal to c ("少2条" of
 * "未制定“一河一策”的,少1条扣1分,最高扣4分;未制定年度计划的,每少1条扣1分,
 * 最高扣4分")?  Then which one is not known, and it does not matter while
 * no cap bites: the count may be split between them.
 */
static int equal_kinds_named(const jx_rule *r, const jx_rclause *c, const char *w, size_t wn)
{
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *k = &r->clause[i];
        if (k == c || k->cond.kind != JX_RC_KIND || !same_kind(c, k)) continue;
        size_t kl = strlen(k->cond.label);
        if (has_bytes(k->cond.label, kl, w, wn) || has_bytes(w, wn, k->cond.label, kl) ||
            jx_rt_names(k->cond.label, w, wn))
            return 1;
    }
    return 0;
}

/* What kind c moves the score for a count x; *capped set when its own
 * cap on additions (max_add) bites. */
static double kind_delta(const jx_rclause *c, double x, double p, int *capped)
{
    double up, down;
    steps_of(&c->out, x, &up, &down);
    double delta = (up * c->out.over_per + down * c->out.under_per) * (c->out.per_frac ? p : 1);
    if (c->out.max_deduct > 0 && delta < -c->out.max_deduct) delta = -c->out.max_deduct;
    if (c->out.max_add > 0 && delta > c->out.max_add) {
        delta = c->out.max_add;
        *capped = 1;
    }
    return delta;
}

/* A kind's words end in the verb of what went wrong ("宣传培训少"): an item
 * must say it ("少2次"), a bare count is not read as that kind. */
static const char *const kind_wrong[] = { "缺", "少", "下降", "降低", "减少", "差", "超过",
                                          "超出", "超", "增加", "上升", "多" };

static int ends_wrong(const char *l)
{
    size_t kl = strlen(l);
    for (size_t w = 0; w < sizeof kind_wrong / sizeof *kind_wrong; w++) {
        size_t wl = strlen(kind_wrong[w]);
        if (kl >= wl && memcmp(l + kl - wl, kind_wrong[w], wl) == 0) return 1;
    }
    return 0;
}

/*
 * A bare count in a unit ("4次", "3例") against the one kind counting in
 * that unit: against a kind whose words state a frequency standard
 * ("每季度召开一次专题会议少", need 4) what was held, the shortfall need −
 * count; against another kind whose words do not end in what went wrong
 * ("…提供" 例 beside "…发现" 次) that kind's count.  0 when no kind or two
 * count in that unit.
 */
static int unit_kind(const jx_rule *r, double x, const char *u, size_t un, double p,
                     const jx_rclause **hit, double *d_out, int *capped)
{
    const jx_rclause *c = NULL;
    if (un == 0) return 0;              /* a bare number: a count of what? */
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *k = &r->clause[i];
        if (k->cond.kind != JX_RC_KIND || strcmp(k->cond.unit, "%") == 0 ||
            !unit_fits(u, un, k->cond.unit))
            continue;
        if (c) return 0;                /* two kinds count in it: which? */
        c = k;
    }
    if (!c) return 0;
    if (!(c->out.need > 0)) {
        /* a level beside it may be found "1次" too ("…发现一次扣1分；…的,扣2分") */
        if (ends_wrong(c->cond.label) || has_kind(r, JX_RC_LEVEL)) return 0;
    }
    *hit = c;
    if (c->out.need > 0) x = x < c->out.need ? c->out.need - x : 0;
    *d_out = -kind_delta(c, x, p, capped);
    return 1;
}

/* One item "漏报3次": *d the deduction it names (negative: an addition); 0 unread. */
static int kind_item(const jx_rule *r, const char *t, size_t n, double p,
                     const jx_rclause **hit, double *d_out, int *capped)
{
    size_t d = 0;
    while (d < n && !(t[d] >= '0' && t[d] <= '9')) d++;
    size_t e = d;
    double x;
    if (d == n) {                        /* "缺一项": a numeral before a unit */
        if (!jx_rt_numeral_count(t, n, &d, &e, &x)) return 0;
    } else {
        while (e < n && ((t[e] >= '0' && t[e] <= '9') || t[e] == '.')) e++;
        char num[32];
        if (e - d >= sizeof num) return 0;
        memcpy(num, t + d, e - d);
        num[e - d] = '\0';
        char *end;
        x = strtod(num, &end);
        if (*end != '\0' || !(x >= 0)) return 0;
    }
    size_t as = 0, ae = d, us = e, ue = n;
    jx_trim(t, &as, &ae);
    jx_trim(t, &us, &ue);
    if (ae == as)                       /* "1次": a count of which kind? */
        return unit_kind(r, x, t + us, ue - us, p, hit, d_out, capped);
    int pct = 0;                         /* "下降4%", "下降4个百分点" */
    if ((ue - us == 1 && t[us] == '%') || (ue - us == 12 && memcmp(t + us, "个百分点", 12) == 0) ||
        (ue - us == 3 && memcmp(t + us, "％", 3) == 0)) {
        pct = 1;
        x /= 100;
    }
    const jx_rclause *c = NULL;
    int hits = 0, held = 0;
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *k = &r->clause[i];
        if (k->cond.kind != JX_RC_KIND) continue;
        if (pct != (strcmp(k->cond.unit, "%") == 0)) continue;
        if (!pct && !unit_fits(t + us, ue - us, k->cond.unit)) continue;
        size_t kl = strlen(k->cond.label);
        if (ae > as && !has_bytes(k->cond.label, kl, t + as, ae - as) &&
            !has_bytes(t + as, ae - as, k->cond.label, kl) &&
            !jx_rt_names(k->cond.label, t + as, ae - as))      /* "未明確工作機制" */
            continue;
        /* "人员持证率88%" is a rate, not "每下降5%": the kind's word for
         * what went wrong must be in the item */
        int said = 1;
        for (size_t w = 0; w < sizeof kind_wrong / sizeof *kind_wrong; w++) {
            size_t wl = strlen(kind_wrong[w]);
            if (kl >= wl && memcmp(k->cond.label + kl - wl, kind_wrong[w], wl) == 0 &&
                !has_bytes(t + as, ae - as, kind_wrong[w], wl))
                said = 0;                /* the label ends with it: the verb of the count */
        }
        if (!said && !(k->out.need > 0)) continue;
        if (c && !same_kind(c, k)) hits++;   /* two different kinds: which? */
        if (!c) hits++;
        c = k;
        held = !said;                    /* "召开3次" of "每季度召开一次…少": held */
    }
    if (hits != 1) return 0;
    *hit = c;
    if (held) x = x < c->out.need ? c->out.need - x : 0;
    double up, down;
    steps_of(&c->out, x, &up, &down);
    double delta = (up * c->out.over_per + down * c->out.under_per) * (c->out.per_frac ? p : 1);
    if (equal_kinds_named(r, c, t + as, ae - as) && c->out.max_deduct > 0 &&
        delta < -c->out.max_deduct)
        return 0;           /* "少6条" of equal kinds capped at 4 each: 4, or 3 + 3? */
    *d_out = -kind_delta(c, x, p, capped);
    return 1;
}

/* Split at 且 ， ； (and 、 及 和 inside a piece that is no level: "未明确
 *具体办事机构和专(兼)职人员" is one level). */
static int is_item_sep(const char *t, size_t n, size_t i, int comma, size_t *len)
{
    static const char *const w[] = { "并且", "且", "，", "；", ",", ";" };
    static const char *const weak[] = { "、", "及", "和" };
    for (size_t k = 0; k < sizeof w / sizeof *w; k++) {
        size_t l = strlen(w[k]);
        if (i + l <= n && memcmp(t + i, w[k], l) == 0) { *len = l; return 1; }
    }
    for (size_t k = 0; comma && k < sizeof weak / sizeof *weak; k++)
        if (i + 3 <= n && memcmp(t + i, weak[k], 3) == 0) { *len = 3; return 1; }
    return 0;
}

/* Does a piece hold a weak separator (、 及 和)? */
static int has_weak_sep(const char *t, size_t n)
{
    return has_bytes(t, n, "、", 3) || has_bytes(t, n, "及", 3) || has_bytes(t, n, "和", 3);
}

static const jx_rclause *level_exact(const jx_rule *r, const char *t, size_t n)
{
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (c->cond.kind == JX_RC_LEVEL && strlen(c->cond.label) == n &&
            memcmp(c->cond.label, t, n) == 0)
            return c;
    }
    return NULL;
}

/*
 * How often one item may name clause c: once, or once per alternative when
 * the label ends in 各 ("内容不符合要求或未定期更新各扣2分": each of them).
 */
static int each_alternatives(const jx_rclause *c)
{
    const char *l = c->cond.label;
    size_t n = strlen(l);
    if (c->cond.kind != JX_RC_LEVEL || n < 3 || memcmp(l + n - 3, "各", 3) != 0) return 1;
    int k = 1;
    static const char *const alt[] = { "、", "或", "和" };
    for (size_t i = 0; i < n; i++)
        for (size_t w = 0; w < sizeof alt / sizeof *alt; w++)
            if (i + 3 <= n && memcmp(l + i, alt[w], 3) == 0) k++;
    return k;
}

/* The deductions of the pieces of t[0..n) (additions negative); *bad when one cannot be read. */
static double list_deduction(const jx_rule *r, const char *t, size_t n, double p, int comma,
                             const jx_rclause **seen, int *ns, int *bad, int *capped)
{
    double total = 0;
    size_t i = 0, start = 0, l = 0;
    for (;;) {
        int end = i >= n;
        if (end || is_item_sep(t, n, i, comma, &l)) {
            size_t a = start, b = i;
            jx_trim(t, &a, &b);
            if (a >= b) return *bad = 1, 0;
            const jx_rclause *c = level_exact(r, t + a, b - a);
            if (!c) c = jx_rt_named(r, t + a, b - a);    /* "发生火灾事故" */
            if (!c) c = jx_rt_part_named(r, t + a, b - a);   /* "逾期申报": a part's level */
            double d;
            if (c) {
                d = p - outcome_value(&c->out, 0, p);
            } else if (!comma && has_weak_sep(t + a, b - a)) {
                d = list_deduction(r, t + a, b - a, p, 1, seen, ns, bad, capped);
                c = NULL;
                if (*bad) return 0;
                total += d;
                if (end) break;
                i += l;
                start = i;
                continue;
            } else if (!kind_item(r, t + a, b - a, p, &c, &d, capped)) {
                return *bad = 1, 0;
            }
            if (!c) return *bad = 1, 0;
            int twice = 0;
            for (int k = 0; k < *ns; k++)
                if (seen[k] == c) twice++;
            if (twice >= each_alternatives(c)) return *bad = 1, 0;   /* the same kind twice */
            if (*ns == JX_RCLAUSES_MAX) return *bad = 1, 0;
            seen[(*ns)++] = c;
            total += d;
            if (end) break;
            i += l;
            start = i;
            continue;
        }
        i++;
    }
    return total;
}

/*
 * A parts rule (jx_rt_deduct_parts) whose actual names every part, met (its
 * heading's words: "按时报送" of "按时间要求及时报送年度目标任务") or failed
 * (one of its deductions: "超出时间报送"), once each: *d the deductions.
 * 1 read; 0 not so.
 */
static int each_part_named(const jx_rule *r, const char *t, size_t n, double p, double *d)
{
    enum { PARTS = 16 };
    int state[PARTS] = { 0 };           /* 1 met, 2 failed */
    int nparts = 0;
    for (int i = 0; i < r->n; i++) {
        int k = jx_rt_part_of(r, &r->clause[i]);
        if (k >= PARTS) return 0;
        if (k + 1 > nparts) nparts = k + 1;
    }
    *d = 0;
    size_t i = 0, start = 0, l = 0;
    for (;;) {
        int end = i >= n;
        if (!end && !is_item_sep(t, n, i, 1, &l)) { i++; continue; }
        size_t a = start, b = i;
        jx_trim(t, &a, &b);
        if (a >= b) return 0;
        const jx_rclause *c = level_exact(r, t + a, b - a);
        if (!c) c = jx_rt_part_named(r, t + a, b - a);
        if (!c) c = jx_rt_named(r, t + a, b - a);
        double dd = 0;
        int capped = 0;
        if (c) {
            dd = p - outcome_value(&c->out, 0, p);
        } else if (!kind_item(r, t + a, b - a, p, &c, &dd, &capped)) {
            c = NULL;
        }
        int part = c ? jx_rt_part_of(r, c) : -1;
        if (c && part >= 0) {           /* a failure of that part */
            if (state[part]) return 0;
            state[part] = 2;
            *d += dd;
        } else {                        /* the heading of one part, met */
            int hit = -1;
            for (int q = 0; q < r->n; q++) {
                const char *h = r->clause[q].cond.part;
                if (!h[0] || !jx_rt_names(h, t + a, b - a)) continue;
                int k = jx_rt_part_of(r, &r->clause[q]);
                if (hit >= 0 && hit != k) return 0;   /* two parts' words: which? */
                hit = k;
            }
            if (hit < 0 || state[hit]) return 0;
            state[hit] = 1;
        }
        if (end) break;
        i += l;
        start = i;
    }
    for (int k = 0; k < nparts; k++)
        if (!state[k]) return 0;        /* a part not named: met or not? */
    return 1;
}

/*
 * A rule of kinds, or of levels that all deduct: the actual lists what went
 * wrong ("迟报2次、漏报1次", "组织机构不健全且没有专、兼职安全管理人员").
 * 1: *v set; 0: not such a rule (or a single level, scored as before); -1:
 * an actual that cannot be read.
 */
static int kinds_score(const jx_rule *r, const jx_actual *a, double p, double *v)
{
    const jx_rout *k = kinds_base(r);
    int levels = deduct_levels(r);
    if (!k && !levels) return 0;
    for (int i = 0; !k && i < r->n; i++)     /* the standard's points are not the item's */
        if (r->clause[i].out.kind == JX_RO_POINTS && r->clause[i].out.value != p) return 0;
    double base = k ? (k->base_frac ? k->base * p : k->base) : p;
    if (!a->has_text) {
        /* levels only: a number is no level (0 failures, or 0 = not done?),
         * unless every level is a finding ("一经发现…扣"): 0 found is P */
        if (!k) return a->num == 0 && jx_rt_findings_only(r) ? (*v = base, 1) : 0;
        if (a->num == 0) { *v = base; return 1; }   /* nothing went wrong */
        return -1;                      /* a count of which kind? */
    }
    size_t b = 0, e = a->len;
    jx_trim(a->text, &b, &e);
    const char *t = a->text + b;
    size_t n = e - b;
    if (n == 1 && t[0] == '0') { *v = base; return 1; }
    if (k && !levels) {                  /* "按时报送" when every kind is a lateness (g11) */
        int late = 0, kinds_n = 0;
        for (int i = 0; i < r->n; i++)
            if (r->clause[i].cond.kind == JX_RC_KIND) {
                kinds_n++;
                late += jx_rt_on_time(r->clause[i].cond.label, t, n);
            }
        if (kinds_n && late == kinds_n && kinds_n == r->n) { *v = base; return 1; }
    }
    int said = -1;
    if (jx_rt_parts_rule(r)) {           /* the other parts: met, or not said? */
        said = jx_rt_parts_actual(&t, &n);
        if (said == 1) { *v = base; return 1; }
        double dn;
        if (said == 0 && each_part_named(r, t, n, p, &dn)) { *v = base - dn; return 1; }
        if (said == 0) return -1;
    }
    if (said != 2 && level_exact(r, t, n)) return 0;   /* one level named whole: as before */
    const jx_rclause *seen[JX_RCLAUSES_MAX];
    int ns = 0;
    int bad = 0, capped = 0;
    double d = list_deduction(r, t, n, p, 0, seen, &ns, &bad, &capped);
    if (!k && said != 2 && (bad || ns < 2)) return 0;   /* one level: find_level / find_state */
    if (bad || (capped && ns > 1)) return -1;   /* a kind over its own cap beside another:
                                                   the kind's cap or the item's? */
    if (r->kinds_cap > 0 && d > r->kinds_cap) d = r->kinds_cap;   /* "扣完6分为止" */
    *v = base - d;
    return 1;
}

static int has_kind(const jx_rule *r, jx_rcond_kind k)
{
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].cond.kind == k) return 1;
    return 0;
}

/* Does the rule compare numbers?  (否则 next to level words is a level default.) */
static int has_numeric(const jx_rule *r)
{
    int levels = has_kind(r, JX_RC_LEVEL);
    for (int i = 0; i < r->n; i++) {
        jx_rcond_kind k = r->clause[i].cond.kind;
        if (r->clause[i].out.kind == JX_RO_OPEN) continue;   /* scores nothing */
        if (k == JX_RC_RANGE || k == JX_RC_ALWAYS || (k == JX_RC_ELSE && !levels)) return 1;
    }
    return 0;
}

static int has_ratio(const jx_rule *r)
{
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].out.kind == JX_RO_RATIO || r->clause[i].out.kind == JX_RO_LINEAR)
            return 1;
    return 0;
}

/* "3/4" -> 0.75 (1 when the text is a ratio). */
static int ratio_text(const jx_actual *a, double *v, jx_err *e, jx_diag *diag)
{
    const char *s = a->text;
    size_t n = a->len, slash = n;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '/') { slash = i; break; }
    if (slash == n) return 0;
    jx_quantity p, q;
    *e = jx_quantity_parse(s, slash, &p, diag);
    if (*e == JX_OK) *e = jx_quantity_parse(s + slash + 1, n - slash - 1, &q, diag);
    if (*e == JX_OK && (p.percent || q.percent))
        *e = jx_diag_set(diag, JX_ERR_NUMBER_SYNTAX, s, n, 0);
    if (*e == JX_OK && (p.value < 0 || q.value < 0)) *e = JX_ERR_NEGATIVE;
    if (*e == JX_OK && q.value == 0) *e = JX_ERR_NO_BUDGET;
    if (*e == JX_OK) *v = p.value / q.value;
    return 1;
}

/* A traditional unit as its simplified form ("項" -> "项"). */
static const char *simple_unit(const char *u)
{
    static const char *const tr[][2] = { { "項", "项" }, { "處", "处" }, { "個", "个" }, { "條", "条" },
                                         { "位", "名" } };   /* 第5位, 3位专家 (g11) */
    for (size_t i = 0; i < sizeof tr / sizeof *tr; i++)
        if (strcmp(u, tr[i][0]) == 0) return tr[i][1];
    return u;
}

static int same_unit(const char *a, const char *b);

/* "項要素" for "項", "项制度" for "项": the unit, then what is counted. */
static int unit_then_noun(const char *u, const char *ru)
{
    size_t l = strlen(ru);
    if (l == 0 || strlen(u) <= l || strncmp(u, ru, l) != 0) return 0;
    for (const char *p = u + l; *p; p++)
        if ((*p >= '0' && *p <= '9') || *p == '%' || *p == '.') return 0;
    return 1;
}

static int same_unit(const char *a, const char *b)
{
    a = simple_unit(a);
    b = simple_unit(b);
    if (strcmp(a, b) == 0) return 1;
    if ((!strcmp(a, "天") && !strcmp(b, "日")) || (!strcmp(a, "日") && !strcmp(b, "天")))
        return 1;
    if ((!strcmp(a, "个") || !strcmp(a, "项") || !strcmp(a, "件")) &&
        (!strcmp(b, "个") || !strcmp(b, "项") || !strcmp(b, "件")))
        return 1;
    return 0;
}

/* The shortfall mode of the rule's STEPS clause (0: none). */
static int shortfall_of(const jx_rule *r)
{
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].out.kind == JX_RO_STEPS && r->clause[i].out.shortfall)
            return r->clause[i].out.shortfall;
    return 0;
}

/*
 * A rule counting in 万元 (its numbers are in 万元) and an actual read in
 * base units ("60万元" is 600000 元): the rule's scale, or 0 when the rule's
 * unit is not the actual's with a scale in front.
 */
static double rule_scale(const char *rule_unit, const char *base)
{
    static const struct { const char *p; double v; } sc[] = {
        { "千万", 1e7 }, { "百万", 1e6 }, { "千", 1e3 }, { "万", 1e4 }, { "亿", 1e8 } };
    for (size_t i = 0; i < sizeof sc / sizeof *sc; i++) {
        size_t l = strlen(sc[i].p);
        if (strncmp(rule_unit, sc[i].p, l) == 0 && strcmp(rule_unit + l, base) == 0 && base[0])
            return sc[i].v;
    }
    return 0;
}

/* The rule's STEPS clause reads an excess written as such (超过2人). */
static int gap_over_of(const jx_rule *r)
{
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].out.kind == JX_RO_STEPS && r->clause[i].out.shortfall == 2)
            return r->clause[i].out.gap_over;
    return 0;
}

/* A rule counting occurrences from 0 (逾期一天扣0.5分): "缺2项" is 2 of them. */
static int count_rule(const jx_rule *r)
{
    for (int i = 0; i < r->n; i++) {
        const jx_rout *o = &r->clause[i].out;
        /* step 0.5: an occurrence of half a unit ("每迟报半天") */
        if (o->kind == JX_RO_STEPS && o->ref == 0 && (o->step == 1 || o->step == 0.5) &&
            o->over_per < 0 &&
            r->percent != 1)
            return 1;
    }
    return 0;
}

/* "低于月初1.5个百分点": the words naming the reference before the number
 * (at most 8 characters, no digit) are skipped. */
static void skip_reference(const char **t, size_t *n)
{
    size_t i = 0;
    int chars = 0;
    while (i < *n && !((*t)[i] >= '0' && (*t)[i] <= '9')) {
        unsigned char ch = (unsigned char)(*t)[i];
        size_t l = ch < 0x80 ? 1 : ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
        if (ch < 0x80 || ++chars > 8 || i + l > *n) return;
        i += l;
    }
    if (i < *n) { *t += i; *n -= i; }
}

/* Where the word w first starts in t[0..n), or NULL. */
static const char *memmem_word(const char *t, size_t n, const char *w)
{
    size_t l = strlen(w);
    for (size_t i = 0; i + l <= n; i++)
        if (memcmp(t + i, w, l) == 0) return t + i;
    return NULL;
}

/* t[0..n) is only the words of a reference (1 to 8 characters, no digit, no
 * ASCII): "历史最佳水平", "上年水平". */
static int reference_words(const char *t, size_t n)
{
    size_t i = 0;
    int chars = 0;
    while (i < n) {
        unsigned char ch = (unsigned char)t[i];
        size_t l = ch < 0x80 ? 1 : ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
        if (ch < 0x80 || ++chars > 8 || i + l > n) return 0;
        i += l;
    }
    return chars > 0;
}

/*
 * A change written as such, either way, for a sentence whose reference is
 * elsewhere (shortfall 2, gap_over 2): 上升 / 增加 / 提高 / 高于 / 超过 N is +N,
 * 下降 / 减少 / 降低 / 低于 N is −N, 持平 is 0; "个百分点" is a percent.  A bare
 * number is refused (the rate itself, or the change?).
 */
static jx_err written_change(const jx_rule *r, const jx_actual *a, const char *t, size_t n,
                             double *x, jx_diag *diag)
{
    static const char *const up[] = { "上升", "增加", "提高", "增长", "高于", "高出", "超过" };
    static const char *const down[] = { "下降", "减少", "降低", "低于" };
    int sign = 0;
    if (n == 6 && memcmp(t, "持平", 6) == 0) { *x = 0; return JX_OK; }
    /* "达到历史最佳水平": the reference itself, no change (bpc05-06) */
    if (n > 6 && memcmp(t, "达到", 6) == 0 && reference_words(t + 6, n - 6)) { *x = 0; return JX_OK; }
    /* "比历史最佳水平提高3%": the reference first, then the change */
    if (n > 3 && memcmp(t, "比", 3) == 0) {
        size_t best = n;
        for (size_t i = 0; i < sizeof up / sizeof *up; i++) {
            const char *w = memmem_word(t + 3, n - 3, up[i]);
            if (w && (size_t)(w - t) < best) best = (size_t)(w - t);
        }
        for (size_t i = 0; i < sizeof down / sizeof *down; i++) {
            const char *w = memmem_word(t + 3, n - 3, down[i]);
            if (w && (size_t)(w - t) < best) best = (size_t)(w - t);
        }
        if (best == n || !reference_words(t + 3, best - 3))
            return jx_diag_set(diag, JX_ERR_NUMBER_SYNTAX, a->text, a->len, 0);
        t += best;
        n -= best;
    }
    for (size_t i = 0; i < sizeof up / sizeof *up && !sign; i++)
        if (n > strlen(up[i]) && memcmp(t, up[i], strlen(up[i])) == 0) {
            t += strlen(up[i]); n -= strlen(up[i]); sign = 1;
        }
    for (size_t i = 0; i < sizeof down / sizeof *down && !sign; i++)
        if (n > strlen(down[i]) && memcmp(t, down[i], strlen(down[i])) == 0) {
            t += strlen(down[i]); n -= strlen(down[i]); sign = -1;
        }
    if (!sign) return jx_diag_set(diag, JX_ERR_NUMBER_SYNTAX, a->text, a->len, 0);
    skip_reference(&t, &n);
    static const char *const pp[] = { "个百分点", "百分点" };
    int pct = 0;
    for (size_t i = 0; i < 2 && !pct; i++) {
        size_t l = strlen(pp[i]);
        if (n > l && memcmp(t + n - l, pp[i], l) == 0) { n -= l; pct = 1; }
    }
    jx_quantity q;
    jx_err e = jx_quantity_parse(t, n, &q, diag);
    if (e) return e;
    if (q.value < 0 || (pct && (q.percent || q.unit[0])))
        return jx_diag_set(diag, JX_ERR_NUMBER_SYNTAX, a->text, a->len, 0);
    if (pct) q.percent = 1, q.value /= 100.0;
    if ((r->percent == 1) != (q.percent != 0) ||
        (q.unit[0] && r->unit[0] && !same_unit(q.unit, r->unit)))
        return jx_diag_set(diag, JX_ERR_UNIT_MISMATCH, a->text, a->len, 0);
    *x = sign * q.value;
    return JX_OK;
}

/* A count the sentence requires, counted below ("每月上报…每少一次": 12). */
static int required_count(const jx_rule *r, double *need)
{
    for (int i = 0; i < r->n; i++) {
        const jx_rout *o = &r->clause[i].out;
        if (o->kind == JX_RO_STEPS && o->ref > 0 && o->under_per < 0 && o->over_per == 0 &&
            o->step == 1 && !o->shortfall && r->percent != 1) {
            *need = o->ref;
            return 1;
        }
    }
    return 0;
}

/* Steps both ways from 0 ("每下降1起加0.2分，上升一起扣0.2分"): "下降3起" is -3, not 3 missing. */
/* A count of criteria (jx_rt_criteria_count): only counts written with
 * their verb are read ("符合3项", "不符合1项"), a bare number is refused. */
static int criteria_need(const jx_rule *r, double *need)
{
    for (int i = 0; i < r->n; i++) {
        const jx_rout *o = &r->clause[i].out;
        if (o->kind == JX_RO_STEPS && o->shortfall == 2 && o->ref > 0 && o->under_per < 0 &&
            o->over_per == 0) {
            *need = o->ref;
            return 1;
        }
    }
    return 0;
}

static int two_way(const jx_rule *r)
{
    for (int i = 0; i < r->n; i++) {
        const jx_rout *o = &r->clause[i].out;
        if (o->kind == JX_RO_STEPS && o->over_per != 0 && o->under_per != 0 && r->signed_actual)
            return 1;
    }
    return 0;
}

/* Points for each item from nothing ("每项达到目标值得1分"): one STEPS clause. */
static int per_item(const jx_rule *r)
{
    if (r->n != 1) return 0;
    const jx_rout *o = &r->clause[0].out;
    return o->kind == JX_RO_STEPS && o->ref == 0 && o->step == 1 && o->base == 0 &&
           !o->base_frac && o->over_per > 0 && o->under_per == 0 && r->percent != 1;
}

/* "3/4": 3 whole items met of 4. */
static int items_met(const jx_actual *a, double *met)
{
    const char *s = a->text, *sl = memchr(a->text, '/', a->len);
    if (!sl) return 0;
    double k = 0, q = 0;
    size_t i = 0, n = (size_t)(sl - s);
    if (n == 0 || a->len - n - 1 == 0) return 0;
    for (; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return 0;
        k = k * 10 + (s[i] - '0');
    }
    for (i = n + 1; i < a->len; i++) {
        if (s[i] < '0' || s[i] > '9') return 0;
        q = q * 10 + (s[i] - '0');
    }
    if (k > q || q > 1000) return 0;
    *met = k;
    return 1;
}

static jx_err actual_value(const jx_rule *r, const jx_actual *a, double *x, jx_diag *diag);

/*
 * "未按要求登记2件" against "…未按要求进行登记的,扣 5 分/件": the words
 * before the count name what the rule's one occurrence clause counts; they
 * are skipped (left as they are when they name nothing: then refused).
 */
static void skip_counted_words(const jx_rule *r, const char **t, size_t *n)
{
    size_t d = 0;
    while (d < *n && !((*t)[d] >= '0' && (*t)[d] <= '9')) d++;
    if (d == 0 || d == *n) return;
    const jx_rclause *c = NULL;
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].out.kind == JX_RO_STEPS) {
            if (c) return;                    /* two counts: which? */
            c = &r->clause[i];
        }
    if (c && c->cond.words[0] && jx_rt_names_clause(c, *t, d)) { *t += d; *n -= d; }
}

/*
 * "2个行业无本底资料" against "无本底资料的，每个行业扣1分": the words after
 * the count (and its unit) name what the rule's one occurrence clause
 * counts; they are cut off (left when they name nothing: then refused).
 */
static void skip_counted_tail(const jx_rule *r, const char *t, size_t *n)
{
    size_t d = 0;
    while (d < *n && !(t[d] >= '0' && t[d] <= '9')) d++;
    if (d != 0 || *n == 0) return;                 /* the count comes first */
    const jx_rclause *c = NULL;
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].out.kind == JX_RO_STEPS) {
            if (c) return;                        /* two counts: which? */
            c = &r->clause[i];
        }
    if (!c || !c->cond.words[0]) return;
    while (d < *n && ((t[d] >= '0' && t[d] <= '9') || t[d] == '.')) d++;
    for (size_t p = d; p < *n; p++) {
        if (((unsigned char)t[p] & 0xC0) == 0x80) continue;   /* inside a character */
        jx_quantity q;
        jx_diag g;
        if (jx_rt_names_clause(c, t + p, *n - p) && jx_quantity_parse(t, p, &q, &g) == JX_OK) {
            *n = p;
            return;
        }
    }
}

/*
 * "无领导小组" (or "无领导小组、协管员") against "无领导小组、项目负责人、协管员
 * 和协管信息员的，每一项扣0.5分": the condition of the one occurrence clause
 * lists the things counted; an actual with no number listing some of them
 * (each item naming that clause) is their count.  1 and *k set, or 0.
 */
static int named_items(const jx_rule *r, const char *t, size_t n, double *k)
{
    const jx_rclause *c = NULL;
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].out.kind == JX_RO_STEPS) {
            if (c) return 0;
            c = &r->clause[i];
        }
    if (!c || !c->cond.words[0] || !strstr(c->cond.words, "、")) return 0;
    for (size_t i = 0; i < n; i++)
        if (t[i] >= '0' && t[i] <= '9') return 0;
    static const char *const sep[] = { "、", "，", "," };
    int items = 0;
    size_t a = 0;
    while (a <= n) {
        size_t b = a, w = 0;
        for (; b < n && !w; b++)
            for (size_t j = 0; j < sizeof sep / sizeof *sep && !w; j++)
                if (n - b >= strlen(sep[j]) && memcmp(t + b, sep[j], strlen(sep[j])) == 0)
                    w = strlen(sep[j]);
        size_t e = w ? b - 1 : n;
        if (e == a || !jx_rt_names_clause(c, t + a, e - a)) return 0;
        items++;
        if (!w) break;
        a = e + w;
    }
    *k = items;
    return items > 0;
}

/* "符合要求" against "不符合要求的,扣 10 分/项": the one thing counted denied, none of it. */
static int counted_denied(const jx_rule *r, const char *t, size_t n)
{
    const jx_rclause *c = NULL;
    for (size_t i = 0; i < n; i++)
        if (t[i] >= '0' && t[i] <= '9') return 0;
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].out.kind == JX_RO_STEPS) {
            if (c) return 0;
            c = &r->clause[i];
        }
    /* "有领导小组" against "无领导小组、项目负责人、协管员…的，每一项扣": one of
     * the things counted is there, the others are not said (it gave P) */
    if (c && strstr(c->cond.words, "、") && !text_has(t, n, "均") && !text_has(t, n, "都") &&
        !text_has(t, n, "全"))
        return 0;
    return c && c->cond.words[0] && jx_rt_denies(c, t, n);
}

/* The noun after a count's unit ("起较大事故") is in what the one STEPS
 * clause counts, or there is none. */
static int counted_noun_fits(const jx_rule *r, const char *unit)
{
    const jx_rclause *c = NULL;
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].out.kind == JX_RO_STEPS) {
            if (c) return 1;                  /* kinds: kind_item reads them */
            c = &r->clause[i];
        }
    return !c || jx_rt_unit_noun_counted(c->cond.words, unit);
}

/*
 * "联网上报" against "使用…系统联网上报会计报表的记10分,不能按指定方式报送的
 * 每次扣1分": the actual restates what full points are for (the base
 * clause's words, out.words of the one STEPS clause), no number, and
 * names nothing the clause counts: no occurrence.
 */
static int names_base(const jx_rule *r, const char *t, size_t n)
{
    const jx_rclause *c = NULL;
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].out.kind == JX_RO_STEPS) {
            if (c) return 0;
            c = &r->clause[i];
        }
    if (!c || !c->out.words[0] || n < 6) return 0;
    for (size_t i = 0; i < n; i++)
        if (t[i] >= '0' && t[i] <= '9') return 0;
    /* "…符合规定,且质量较高,4分": a second requirement the actual may not
     * meet; levels beside the count: the actual may be one of them */
    if (strstr(c->out.words, "且") || strstr(c->out.words, "同时") || has_kind(r, JX_RC_LEVEL))
        return 0;
    return jx_rt_names(c->out.words, t, n) && !(c->cond.words[0] && jx_rt_names_clause(c, t, n));
}

/* Several things the one occurrence clause counts, listed with their counts. */
static int sum_counted(const jx_rule *r, const char *t, size_t n, double *x)
{
    const jx_rclause *c = NULL;
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].out.kind == JX_RO_STEPS) {
            if (c) return 0;
            c = &r->clause[i];
        }
    char unit[32];
    double v;
    if (!c || !jx_rt_sum_counted(c->cond.words, t, n, &v, unit, sizeof unit)) return 0;
    if (r->unit[0] && !same_unit(unit, r->unit)) return 0;
    *x = v;
    return 1;
}

/* "按时报送", "提前3天报送" against the one clause counting late reports. */
static int on_time(const jx_rule *r, const char *t, size_t n)
{
    const jx_rclause *c = NULL;
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].out.kind == JX_RO_STEPS) {
            if (c) return 0;
            c = &r->clause[i];
        }
    /* a count of late days from 0 that deducts (a written gap or a count) */
    return c && c->out.ref == 0 && c->out.over_per < 0 && c->out.under_per == 0 &&
           jx_rt_on_time(c->cond.words, t, n);
}

/*
 * "涂改2处" against "每涂改一处或有一处不清楚扣1分": the words before the
 * number start one thing the one occurrence clause counts: skipped.  1 when
 * the actual is "无涂改" (none of it: the caller reads 0).
 */
static int counted_alternative(const jx_rule *r, const char **t, size_t *n)
{
    const jx_rclause *c = NULL;
    for (int i = 0; i < r->n; i++)
        if (r->clause[i].out.kind == JX_RO_STEPS) {
            if (c) return 0;
            c = &r->clause[i];
        }
    if (!c || !c->cond.words[0]) return 0;
    if (jx_rt_none_counted(c->cond.words, *t, *n)) return 1;
    size_t d = 0;
    while (d < *n && !((*t)[d] >= '0' && (*t)[d] <= '9')) d++;
    if (d > 0 && d < *n && jx_rt_counts_alternative(c->cond.words, *t, d)) { *t += d; *n -= d; }
    return 0;
}

/* Does the text actual read as a number for this rule ("缺失2项", "93%")? */
static int actual_reads_number(const jx_rule *r, const jx_actual *a)
{
    double x;
    jx_diag d;
    return actual_value(r, a, &x, &d) == JX_OK;
}

/* The actual as the number the clauses compare (a fraction for % rules). */
static jx_err actual_value(const jx_rule *r, const jx_actual *a, double *x,
                           jx_diag *diag)
{
    jx_quantity q;
    jx_err e = JX_OK;
    if (a->has_text) {
        double v;
        if (ratio_text(a, &v, &e, diag)) {
            if (e) return e;
            double met;
            if (per_item(r) && items_met(a, &met)) {   /* "3/4" of "每项…得0.5分": 3 */
                *x = met;
                return JX_OK;
            }
            if (r->percent != 1 && !has_ratio(r)) return JX_ERR_UNIT_MISMATCH;
            *x = v;
            return JX_OK;
        }
        const char *t = a->text;
        size_t n = a->len;
        /* "完成96%", "完成4项": a verb of completion before the number says
         * what was done; never where a bare number is what is missing or
         * what went wrong (a count of shortfalls or of faults) */
        size_t verb = shortfall_of(r) || count_rule(r) ? 0 : jx_rt_actual_verb(t, n);
        t += verb;
        n -= verb;
        if (on_time(r, t, n)) { *x = 0; return JX_OK; }   /* "按时报送", "提前3天报送" */
        if (r->rank_from_bottom) {      /* "倒数第4名": the sentence counts from the bottom */
            if (!(n > 9 && memcmp(t, "倒数第", 9) == 0))
                return jx_diag_set(diag, JX_ERR_NUMBER_SYNTAX, a->text, a->len, 0);
            t += 6;
            n -= 6;
        }
        if (n > 3 && memcmp(t, "第", 3) == 0 && strcmp(r->unit, "名") == 0) {
            t += 3;                     /* a rank "第3名" */
            n -= 3;
        }
        if (strcmp(r->unit, "次") == 0 && jx_rt_frequency_count(t, n, x))
            return JX_OK;                /* "每月1次": 12 a year */
        /* "少2次" against a count the sentence requires (每月上报: 12; 至少3次):
         * 2 missing, so the count done is the required one less 2 */
        double need;
        size_t vl;
        int missed;
        if (criteria_need(r, &need) && jx_rt_count_words(t, n, &vl, &missed)) {
            /* "符合3项" (met) / "不符合1项" (missed) against "符合全部3项…每不符合1项扣" */
            jx_quantity p;
            if ((e = jx_quantity_parse(t + vl, n - vl, &p, diag))) return e;
            if (p.percent || p.value < 0 || p.value > need || p.value != floor(p.value) ||
                (p.unit[0] && r->unit[0] && !same_unit(p.unit, r->unit)))
                return jx_diag_set(diag, JX_ERR_NUMBER_SYNTAX, a->text, a->len, 0);
            *x = missed ? need - p.value : p.value;
            return JX_OK;
        }
        if (!shortfall_of(r) && !count_rule(r) && required_count(r, &need)) {
            static const char *const short_of[] = { "少了", "少", "缺", "差" };
            for (size_t i = 0; i < sizeof short_of / sizeof *short_of; i++) {
                size_t l = strlen(short_of[i]);
                if (n > l && memcmp(t, short_of[i], l) == 0) {
                    jx_quantity p;
                    if ((e = jx_quantity_parse(t + l, n - l, &p, diag))) return e;
                    if (p.percent || p.value < 0 || p.value > need ||
                        (p.unit[0] && r->unit[0] && !same_unit(p.unit, r->unit)))
                        return jx_diag_set(diag, JX_ERR_NUMBER_SYNTAX, a->text, a->len, 0);
                    *x = need - p.value;
                    return JX_OK;
                }
            }
        }
        /* "缺2项", "少2次": the count missing, for a sentence counting what is missing */
        int sf = shortfall_of(r), said = 0;
        if (sf == 2 && gap_over_of(r) == 2)      /* "上升0.1个百分点", "低于0.05个百分点" */
            return written_change(r, a, t, n, x, diag);
        static const char *const miss[] = { "缺失", "缺少", "下降", "降低", "减少", "低于", "少了",
                                            "少", "缺", "差" };
        static const char *const excess[] = { "超过", "超出", "增加", "上升", "增长", "高出",
                                              "多了", "多",
                                              "滞后", "推迟", "延迟", "延期", "延误", "拖延" };  /* late */
        static const char *const no_excess[] = { "未超过", "没有超过", "不超过", "未超出",
                                                 "持平", "减少", "下降", "降低" };
        int over = sf == 2 && gap_over_of(r);
        if (over) {
            for (size_t i = 0; i < sizeof no_excess / sizeof *no_excess; i++) {
                size_t l = strlen(no_excess[i]);
                if (n >= l && memcmp(t, no_excess[i], l) == 0) {
                    jx_quantity p;   /* "减少10万元": what follows must read */
                    if (n > l && (e = jx_quantity_parse(t + l, n - l, &p, diag))) return e;
                    if (n > l && (p.value < 0 || p.percent != (r->percent == 1)))
                        return jx_diag_set(diag, JX_ERR_NUMBER_SYNTAX, a->text, a->len, 0);
                    *x = 0;
                    return JX_OK;
                }
            }
        }
        for (size_t i = 0; over && i < sizeof excess / sizeof *excess; i++) {
            size_t l = strlen(excess[i]);
            if (n > l && memcmp(t, excess[i], l) == 0) { t += l; n -= l; said = 1; break; }
        }
        if (!over && count_rule(r) && !two_way(r)) {
            if (counted_denied(r, t, n)) { *x = 0; return JX_OK; }   /* "符合要求" */
            if (names_base(r, t, n)) { *x = 0; return JX_OK; }       /* "联网上报" */
            if (sum_counted(r, t, n, x)) return JX_OK;  /* "漏报单位1处,漏填指标1处" */
            skip_counted_words(r, &t, &n);     /* "未按要求登记2件" */
            skip_counted_tail(r, t, &n);       /* "2个行业无本底资料" */
            double k;
            if (named_items(r, t, n, &k)) { *x = k; return JX_OK; }   /* "无领导小组" */
        }
        for (size_t i = 0; !over && (sf || count_rule(r)) && !two_way(r) && i < sizeof miss / sizeof *miss; i++) {
            size_t l = strlen(miss[i]);
            if (n > l && memcmp(t, miss[i], l) == 0) { t += l; n -= l; said = 1; break; }
        }
        if (!said && !over && count_rule(r) && !two_way(r) && counted_alternative(r, &t, &n)) {
            *x = 0;                                     /* "无涂改"; "涂改2处" skips 涂改 */
            return JX_OK;
        }
        if (said && sf == 2) skip_reference(&t, &n);   /* "低于月初1.5个百分点" */
        if (said && r->percent == 1) {  /* "下降3个百分点" is 3 % */
            static const char *const pp[] = { "个百分点", "百分点" };
            for (size_t i = 0; i < 2; i++) {
                size_t l = strlen(pp[i]);
                if (n > l && memcmp(t + n - l, pp[i], l) == 0) {
                    jx_quantity p;
                    if ((e = jx_quantity_parse(t, n - l, &p, diag))) return e;
                    if (p.percent || p.unit[0]) return jx_diag_set(diag, JX_ERR_NUMBER_SYNTAX, a->text, a->len, 0);
                    *x = p.value / 100.0;
                    return p.value < 0 ? JX_ERR_NEGATIVE : JX_OK;
                }
            }
        }
        if (sf == 2 && !said)     /* "12次": done, not missing; the target is in words */
            return jx_diag_set(diag, JX_ERR_NUMBER_SYNTAX, a->text, a->len, 0);
        /* a change written in words where the actual is a change:
         * "增加4名", "下降3起", "持平" */
        int neg = 0, worded = 0;
        if (r->signed_actual && !said) {
            static const char *const up[] = { "增加", "上升", "提高", "增长" };
            static const char *const down[] = { "减少", "下降", "降低" };
            if (n == 6 && memcmp(t, "持平", 6) == 0) { *x = 0; return JX_OK; }
            for (size_t i = 0; i < sizeof up / sizeof *up && !worded; i++)
                if (n > strlen(up[i]) && memcmp(t, up[i], strlen(up[i])) == 0) {
                    t += strlen(up[i]); n -= strlen(up[i]); worded = 1;
                }
            for (size_t i = 0; i < sizeof down / sizeof *down && !worded; i++)
                if (n > strlen(down[i]) && memcmp(t, down[i], strlen(down[i])) == 0) {
                    t += strlen(down[i]); n -= strlen(down[i]); worded = 1; neg = 1;
                }
        }
        /* a decrease "-5%" where the sentence speaks of 变动率 / 增长率 */
        if (worded) { /* the sign is the word's: "减少-3名" is no change */ }
        else if (r->signed_actual && n > 1 && t[0] == '-') { neg = 1; t++; n--; }
        else if (r->signed_actual && n > 3 && memcmp(t, "−", 3) == 0) { neg = 1; t += 3; n -= 3; }
        if ((e = jx_quantity_parse(t, n, &q, diag))) return e;
        /* "1起较大事故" against "每发生一起一般事故扣1分": what is counted
         * after the unit must be what the clause counts */
        if (count_rule(r) && !counted_noun_fits(r, q.unit))
            return jx_diag_set(diag, JX_ERR_NUMBER_SYNTAX, a->text, a->len, 0);
        if (worded && q.value < 0) return jx_diag_set(diag, JX_ERR_NUMBER_SYNTAX, a->text, a->len, 0);
        if (neg) q.value = -q.value;
    } else if (shortfall_of(r) == 2 || r->rank_from_bottom) {
        return JX_ERR_NUMBER_SYNTAX;      /* a bare count: done or missing? a bare rank: from which end? */
    } else if ((e = jx_quantity_from_number(a->num, &q))) {
        return e;
    }
    if (q.value < 0 && !r->signed_actual) return JX_ERR_NEGATIVE;
    if (r->percent == 1 || (r->percent < 0 && has_ratio(r))) {
        if (!q.percent) {
            if (q.unit[0] != '\0') return JX_ERR_UNIT_MISMATCH;
            if (fabs(q.value) > 10.0) return JX_ERR_PERCENT_UNIT;  /* 96 for 96 % */
        }
    } else if (q.percent) {
        return JX_ERR_UNIT_MISMATCH;
    } else if (q.unit[0] && r->unit[0] && rule_scale(r->unit, q.unit) > 0) {
        *x = q.value / rule_scale(r->unit, q.unit);   /* "60万元" against 每增加20万元 */
        return JX_OK;
    } else if (q.unit[0] && r->unit[0] && !same_unit(q.unit, r->unit) &&
               !unit_then_noun(q.unit, r->unit)) {
        return JX_ERR_UNIT_MISMATCH;
    } else if (q.unit[0] && !r->unit[0] && r->percent != 0) {
        /* a count rule with no unit: accept 次 天 项… */
    }
    *x = q.value;
    return JX_OK;
}

static int cond_holds(const jx_rcond *c, double x)
{
    switch (c->kind) {
    case JX_RC_ALWAYS: case JX_RC_ELSE: return 1;
    case JX_RC_RANGE:
        if (c->has_lo && (c->lo_incl ? !(x >= c->lo - 1e-12) : !(x > c->lo + 1e-12)))
            return 0;
        if (c->has_hi && (c->hi_incl ? !(x <= c->hi + 1e-12) : !(x < c->hi - 1e-12)))
            return 0;
        return 1;
    default: return 0;
    }
}

static double count_steps(double gap, double step, jx_step_mode m)
{
    if (!(gap > 1e-12)) return 0;
    /* The gap comes from a subtraction (0.95 - 0.93 = 0.0199999…): whole
     * steps are counted with a tolerance of 1e-9 step, far below any step
     * a table prints and far above the rounding of two doubles. */
    double q = gap / step;
    if (m == JX_STEP_LINEAR) return q;
    if (m == JX_STEP_CEIL) return ceil(q - 1e-9);
    return floor(q + 1e-9);
}

/* Steps above and below for a STEPS outcome (for the explanation too). */
static void steps_of(const jx_rout *o, double x, double *above, double *below)
{
    *above = o->over_per != 0 ? count_steps(x - o->ref, o->step, o->partial) : 0;
    *below = o->under_per != 0 ? count_steps(o->ref - x, o->step, o->partial) : 0;
}

static double outcome_value(const jx_rout *o, double x, double p)
{
    switch (o->kind) {
    case JX_RO_FRACTION: return o->value * p;
    case JX_RO_POINTS:   return o->value;
    case JX_RO_DEDUCT:   return p - o->value;
    case JX_RO_RATIO:    return (x > 1 ? 1 : x) * (o->value > 0 ? o->value : p);
    case JX_RO_LINEAR:   return (o->a + o->b * x) * p;
    case JX_RO_BONUS:    return p + o->value;
    case JX_RO_STEPS: {
        double up, down;
        steps_of(o, x, &up, &down);
        double delta = (up * o->over_per + down * o->under_per) * (o->per_frac ? p : 1);
        if (o->max_deduct > 0 && delta < -o->max_deduct) delta = -o->max_deduct;
        return (o->base_frac ? o->base * p : o->base) + delta;
    }
    case JX_RO_OPEN: return 0;            /* never scored (rule_score refuses) */
    }
    return 0;
}

/*
 * "90-100%:3分;70-90%:1分": 90 % is the top of one range and the bottom of
 * the next, and the sentence marks neither end (含 / 不含).  The reader's
 * [a, b) is a convention, not the sentence: a value on such a shared end
 * where the two ranges score differently is refused (bpf04-04; the two
 * gatherers who met this table wrote ERR there, or no case at all).
 */
static int on_unmarked_edge(const jx_rule *r, double x)
{
    for (int i = 0; i < r->n; i++) {
        const jx_rcond *lo = &r->clause[i].cond;
        if (lo->kind != JX_RC_RANGE || !(lo->unmarked & 1) || !lo->has_lo ||
            fabs(x - lo->lo) > 1e-12)
            continue;
        for (int j = 0; j < r->n; j++) {
            const jx_rcond *hi = &r->clause[j].cond;
            const jx_rout *a = &r->clause[i].out, *b = &r->clause[j].out;
            if (j != i && hi->kind == JX_RC_RANGE && (hi->unmarked & 2) && hi->has_hi &&
                fabs(x - hi->hi) <= 1e-12 && (a->kind != b->kind || a->value != b->value))
                return 1;
        }
    }
    return 0;
}

/* The clause that scores x, or NULL (then rule->otherwise applies). */
static const jx_rclause *match(const jx_rule *r, double x)
{
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (c->cond.kind != JX_RC_LEVEL && c->cond.kind != JX_RC_NA &&
            cond_holds(&c->cond, x))
            return c;
    }
    return NULL;
}

/*
 * The range a score is kept in: [0, min(P, max_score)] for every rule but
 * those whose sentence itself leaves it (ruletext.h, SCORES OUTSIDE [0, P]).
 * hi is INFINITY when the sentence adds beyond 满分 with no cap.
 */
static void score_range(const jx_rule *r, double p, double *lo, double *hi)
{
    *lo = r->below_zero ? -INFINITY : 0;
    *hi = r->max_score > 0 && r->max_score < p ? r->max_score : p;
    if (r->above_points)
        *hi = r->top_frac > 0 ? r->top_frac * p : r->max_score > 0 ? r->max_score : INFINITY;
}

typedef struct trace {
    const jx_rclause *clause;   /* NULL: otherwise */
    double x;
    int numeric;
    double raw;                 /* before clamping */
    int parts;                  /* sub-items named and summed */
    int not_met;                /* a text saying the one clause did not happen */
} trace;

static jx_err plain_score(const jx_rule *r, const jx_actual *a, double p,
                          int digits, double *score, trace *tr, jx_diag *diag)
{
    if (!r || !a || !score) return JX_ERR_RANGE;
    if (!isfinite(p)) return JX_ERR_NOT_FINITE;
    if (p < 0) return JX_ERR_NEGATIVE;
    jx_err e = jx_check_digits(digits);
    if (e != JX_OK) return e;
    double lo_s, top_s;                   /* a sentence may name points up to its own top */
    score_range(r, p, &lo_s, &top_s);
    (void)lo_s;
    if (!(r->above_points && r->max_score > 0 && r->top_frac == 0)) top_s = p;
    if (r->stated_points > 0 && jx_round(r->stated_points, 2) > jx_round(top_s > p ? top_s : p, 2))
        return JX_ERR_RULE_SYNTAX;
    if (jx_rt_parts_rule(r) && jx_round(r->stated_points, 2) != jx_round(p, 2))
        return JX_ERR_RULE_SYNTAX;        /* parts summing to less than the item: what of the rest? */
    const jx_rclause *c = NULL;
    double x = 0, v;
    int not_met = 0, k;
    const jx_rclause *denied = NULL;
    jx_rt_read named;
    memset(tr, 0, sizeof *tr);
    if (a->has_text && (e = jx_text_check(a->text, a->len, diag)) != JX_OK)
        return e;                         /* not UTF-8, empty, too long */
    if (is_na_actual(a)) {
        for (int i = 0; i < r->n && !c; i++)
            if (r->clause[i].cond.kind == JX_RC_NA) c = &r->clause[i];
        if (!c) return jx_diag_set(diag, JX_ERR_LEVEL_UNKNOWN, a->text, a->len, 0);
    } else if (a->has_text && (k = jx_rt_excess_actual(r, a->text, a->len, &c, &x)) != 0) {
        /* "超额完成5个百分点": the excess, scored by its own clause (EXCESS) */
        if (k < 0) return jx_diag_set(diag, JX_ERR_NUMBER_SYNTAX, a->text, a->len, 0);
    } else if ((k = kinds_score(r, a, p, &v)) != 0) {
        if (k < 0) {
            if (a->has_text) return jx_diag_set(diag, JX_ERR_LEVEL_UNKNOWN, a->text, a->len, 0);
            char t[48];
            jx_fmt_num(a->num, 6, 0, t, sizeof t);
            return jx_diag_set(diag, JX_ERR_LEVEL_UNKNOWN, t, strlen(t), 0);
        }
        memset(tr, 0, sizeof *tr);
        tr->raw = v;
        tr->parts = !a->has_text && a->num == 0 ? 3 : 2;   /* 0: nothing went wrong */
        double lo, top;
        score_range(r, p, &lo, &top);
        if (!(v > lo)) v = lo;
        *score = jx_round(v > top ? top : v, digits);
        return JX_OK;
    } else if (a->has_text && has_kind(r, JX_RC_LEVEL) && (c = find_level(r, a)) != NULL) {
        /* a level the sentence names */
    } else if (a->has_text && has_kind(r, JX_RC_LEVEL) && !has_numeric(r) &&
               ((c = find_state(r, a, &not_met, &denied)) != NULL || not_met)) {
        /* a state: "已制定" names the clause, or says it did not happen */
    } else if (a->has_text && has_kind(r, JX_RC_LEVEL) && has_numeric(r) &&
               !actual_reads_number(r, a) &&
               (c = jx_rt_named(r, a->text, a->len)) != NULL) {
        /* a level of a rule that also counts, named in other words
         * ("发现存在不实陈说" next to "缺失…每项扣0.5分") */
    } else if (a->has_text && !has_numeric(r) &&
               (k = jx_rt_text_score(r, a->text, a->len, p, &named)) != 0) {
        /* named in other words (ruletext_name.h) */
        if (k < 0) return jx_diag_set(diag, JX_ERR_LEVEL_UNKNOWN, a->text, a->len, 0);
        if (named.how == JX_RT_CLAUSE) {
            c = named.clause;
        } else if (named.how == JX_RT_NOT_MET && named.clause) {
            c = named.clause;
            tr->parts = 4;
        } else {
            memset(tr, 0, sizeof *tr);
            tr->raw = named.value;
            tr->parts = named.how == JX_RT_PARTS ? 1 : named.how == JX_RT_NO_FAULT ? 3 : 4;
            tr->not_met = named.how == JX_RT_NOT_MET;
            v = named.value;
            *score = jx_round(v > p ? p : (v > 0 ? v : 0), digits);
            return JX_OK;
        }
    } else if (!has_numeric(r) && (k = part_score(r, a, p, &v)) != 0) {
        if (k < 0)                       /* a parts actual that does not add up */
            return a->has_text ? jx_diag_set(diag, JX_ERR_LEVEL_UNKNOWN, a->text, a->len, 0)
                               : JX_ERR_LEVEL_UNKNOWN;
        memset(tr, 0, sizeof *tr);
        tr->raw = v;
        tr->parts = 1;
        *score = jx_round(v > p ? p : v, digits);
        return JX_OK;
    } else if (!has_numeric(r)) {
        if (!a->has_text) {              /* quote the number as typed */
            char t[48];
            jx_fmt_num(a->num, 6, 0, t, sizeof t);
            return jx_diag_set(diag, JX_ERR_LEVEL_UNKNOWN, t, strlen(t), 0);
        }
        return jx_diag_set(diag, JX_ERR_LEVEL_UNKNOWN, a->text, a->len, 0);
    } else {
        if ((e = actual_value(r, a, &x, diag))) return e;
        if (r->abs_actual) x = fabs(x);   /* ±10%: the size of a signed rate */
        /* a rank (名, no change of a count) starts at 1: 0 is no rank ("占比为0"?) */
        if (strcmp(r->unit, "名") == 0 && !r->signed_actual && x < 1)
            return JX_ERR_RANGE;
        if (on_unmarked_edge(r, x))
            return JX_ERR_RULE_SYNTAX;
        c = match(r, x);
        tr->numeric = 1;
    }
    if (!c && r->otherwise < 0)           /* a value the sentence does not list */
        return JX_ERR_RULE_SYNTAX;
    v = c ? outcome_value(&c->out, x, p) : r->otherwise * p;
    const jx_rclause *els = NULL;
    for (int i = 0; i < r->n && !els; i++)
        if (r->clause[i].cond.kind == JX_RC_ELSE) els = &r->clause[i];
    if (not_met && denied && denied->out.veto)   /* "若发生…总得分为零": no score otherwise */
        return jx_diag_set(diag, JX_ERR_LEVEL_UNKNOWN, a->text, a->len, 0);
    tr->not_met = not_met;
    if (not_met && denied && els)         /* "…的得10分，否则不得分" */
        v = outcome_value(&els->out, x, p);
    else if (not_met && denied)           /* the one clause did not happen */
        v = (denied->out.kind == JX_RO_DEDUCT ||
             (denied->out.kind == JX_RO_FRACTION && denied->out.value < 1)) ? p : 0;
    if (c && (c->out.kind == JX_RO_POINTS || c->out.kind == JX_RO_DEDUCT) &&
        jx_round(c->out.value, 2) > jx_round(top_s > p ? top_s : p, 2))
        return JX_ERR_RULE_SYNTAX;
    if (a->has_text && c && c->cond.kind == JX_RC_LEVEL && jx_rt_shared(r, c, a->text, a->len))
        return jx_diag_set(diag, JX_ERR_LEVEL_UNKNOWN, a->text, a->len, 0);   /* which one? */
    if (a->has_text && c && c->cond.kind == JX_RC_LEVEL && r->exact_levels &&
        !same_but_spaces(c->cond.label, strlen(c->cond.label), a->text, a->len))
        return jx_diag_set(diag, JX_ERR_LEVEL_UNKNOWN, a->text, a->len, 0);   /* part of it */
    tr->clause = c;
    tr->x = x;
    tr->raw = v;
    double lo, top;
    score_range(r, p, &lo, &top);
    if (v > top) v = top;
    if (!(v > lo)) v = lo;
    if (!isfinite(v)) return JX_ERR_NOT_FINITE;   /* beyond the points with no top */
    *score = jx_round(v, digits);
    return JX_OK;
}

/* --- Open clauses (OPEN CLAUSES in ruletext.h) ---------------------------- */

static jx_err refuse_open(const jx_rclause *c, jx_diag *diag)
{
    return jx_diag_set(diag, JX_ERR_RULE_OPEN, c->out.quote, strlen(c->out.quote), 0);
}

/* Words of t found in l, not right after a negation ("符合要求" in "不符合要求"
 * is the other level). */
static int holds_words(const char *l, size_t ln, const char *t, size_t n)
{
    for (size_t k = 0; n > 0 && k + n <= ln; k++) {
        if (memcmp(l + k, t, n) != 0) continue;
        int after_neg = 0;
        for (size_t w = 0; w < sizeof neg_words / sizeof *neg_words; w++) {
            size_t wl = strlen(neg_words[w]);
            if (k >= wl && memcmp(l + k - wl, neg_words[w], wl) == 0) after_neg = 1;
        }
        if (!after_neg) return 1;
    }
    return 0;
}

/* May the text actual name the OPEN level c?  One holds the other's words. */
static int open_named(const jx_rclause *c, const jx_actual *a)
{
    size_t b = 0, e = a->len;
    jx_trim(a->text, &b, &e);
    const char *t = a->text + b, *l = c->cond.label;
    size_t n = e - b, ln = strlen(l);
    return n > 0 && (holds_words(l, ln, t, n) || has_bytes(t, n, l, ln));
}

/*
 * Score with OPEN clauses: the rest of the rule scores the actual as if
 * they were not there; the score stands only when the actual certainly
 * does not fall under one of them (see ruletext.h).
 */
static jx_err open_score(const jx_rule *r, const jx_actual *a, double p,
                         int digits, double *score, trace *tr, jx_diag *diag);

/*
 * A text actual with full-width ASCII ("少２次", "９３％", typed with a
 * Chinese input method) as ASCII and no blanks between a number and an
 * ideograph ("缺 2 项") into buf, as the sentence is read (fold_sentence in
 * ruletext.c): the reader's byte tests find the number.
 * 1 when something was folded (then *out is the folded actual).
 */
static int ideograph_at(const char *s, size_t i, size_t n)
{
    uint32_t cp;
    size_t k = i < n ? jx_utf8_decode((const unsigned char *)s + i, n - i, &cp) : 0;
    return k == 3 && cp >= 0x4E00u && cp <= 0x9FFFu;
}

static int fold_actual(const jx_actual *a, char *buf, size_t cap, jx_actual *out)
{
    if (!a || !a->has_text || !a->text || a->len >= cap) return 0;
    size_t n = 0;
    int folded = 0;
    for (size_t i = 0; i < a->len;) {
        const unsigned char *u = (const unsigned char *)a->text + i;
        uint32_t cp = 0;
        size_t k = u[0] < 0x80 ? 1 : jx_utf8_decode(u, a->len - i, &cp);
        if (k == 0) return 0;
        if (u[0] == ' ' && n > 0) {      /* "缺 2 项" is "缺2项", as the sentence reads */
            size_t j = i;
            while (j < a->len && a->text[j] == ' ') j++;
            int next_digit = j < a->len && (jx_is_digit((unsigned char)a->text[j]) ||
                                            (j + 3 <= a->len && (unsigned char)a->text[j] == 0xEF &&
                                             (unsigned char)a->text[j + 1] == 0xBC &&
                                             (unsigned char)a->text[j + 2] >= 0x90 &&
                                             (unsigned char)a->text[j + 2] <= 0x99));
            if ((jx_is_digit((unsigned char)buf[n - 1]) && ideograph_at(a->text, j, a->len)) ||
                (n >= 3 && ideograph_at(buf, n - 3, n) && next_digit)) {
                i = j;
                folded = 1;
                continue;
            }
        }
        if (k == 3 && cp >= 0xFF01u && cp <= 0xFF5Eu) {
            buf[n++] = (char)(cp - 0xFEE0u);
            folded = 1;
        } else {
            memcpy(buf + n, a->text + i, k);
            n += k;
        }
        i += k;
    }
    buf[n] = '\0';
    *out = *a;
    out->text = buf;
    out->len = n;
    return folded;
}

static jx_err rule_score(const jx_rule *r, const jx_actual *a, double p,
                         int digits, double *score, trace *tr, jx_diag *diag)
{
    char buf[JX_TEXT_MAX + 1];
    jx_actual fa;
    if (!fold_actual(a, buf, sizeof buf, &fa))
        return open_score(r, a, p, digits, score, tr, diag);
    jx_err e = open_score(r, &fa, p, digits, score, tr, diag);
    if (e != JX_OK && diag && diag->code == e && strcmp(diag->text, buf) == 0)
        jx_diag_set(diag, e, a->text, a->len, 0);    /* quote it as typed */
    return e;
}

static jx_err open_score(const jx_rule *r, const jx_actual *a, double p,
                         int digits, double *score, trace *tr, jx_diag *diag)
{
    int opens = 0;
    for (int i = 0; r && i < r->n; i++)
        opens += r->clause[i].out.kind == JX_RO_OPEN;
    if (!opens || !a || !score)
        return plain_score(r, a, p, digits, score, tr, diag);
    jx_rule rest = *r;
    int from[JX_RCLAUSES_MAX];
    rest.n = 0;
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (c->out.kind != JX_RO_OPEN) {
            from[rest.n] = i;
            rest.clause[rest.n++] = *c;
            continue;
        }
        if (c->cond.kind == JX_RC_ALWAYS && !c->out.open_known)
            return refuse_open(c, diag);          /* every actual may fall under it */
        if ((c->cond.kind == JX_RC_LEVEL || c->cond.kind == JX_RC_ELSE) && a->has_text &&
            c->cond.label[0] && open_named(c, a))
            return refuse_open(c, diag);
    }
    jx_err e = plain_score(&rest, a, p, digits, score, tr, diag);
    if (e != JX_OK) return e;
    for (int i = 0; i < r->n && tr->not_met; i++)  /* "…得2分,否则,酌情扣分": not met is 否则 */
        if (r->clause[i].out.kind == JX_RO_OPEN && r->clause[i].cond.kind == JX_RC_ELSE)
            return refuse_open(&r->clause[i], diag);
    if (tr->clause)                               /* the clause in r, not in the copy */
        tr->clause = &r->clause[from[tr->clause - rest.clause]];
    if (tr->numeric) {
        const jx_rclause *first = match(r, tr->x);
        if (first && first->out.kind == JX_RO_OPEN && !first->out.open_known)
            return refuse_open(first, diag);
    } else if (!a->has_text) {
        /* a bare number scored another way (a count of kinds): an OPEN bound
         * or 其他 it was not compared with may hold */
        for (int i = 0; i < r->n; i++) {
            const jx_rclause *c = &r->clause[i];
            if (c->out.kind == JX_RO_OPEN && !c->out.open_known &&
                (c->cond.kind == JX_RC_RANGE || c->cond.kind == JX_RC_ELSE))
                return refuse_open(c, diag);
        }
    }
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (c->out.kind != JX_RO_OPEN || !c->out.open_known) continue;
        jx_rout known = c->out;
        known.kind = JX_RO_FRACTION;
        if (fabs(jx_round(known.value * p, digits) - *score) >= 0.005)
            return refuse_open(c, diag);      /* it may hold, and it would change the score */
    }
    return JX_OK;
}

jx_err jx_rule_score(const jx_rule *rule, const jx_actual *actual,
                     double points, int digits, double *score, jx_diag *diag)
{
    trace tr;
    double s;
    jx_diag_clear(diag);
    jx_err e = rule_score(rule, actual, points, digits, &s, &tr, diag);
    if (e != JX_OK && diag != NULL && diag->code != e) {
        int text = actual != NULL && actual->has_text;
        char t[48] = "";
        if (actual != NULL && !text && isfinite(actual->num))   /* quote the number as typed */
            jx_fmt_num(actual->num, 6, 0, t, sizeof t);
        jx_diag_set(diag, e, text ? actual->text : t, text ? actual->len : strlen(t), 0);
    }
    if (e == JX_OK) *score = s;
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

/* --- Explanations ------------------------------------------------------- */

typedef struct out {
    char *buf;
    size_t cap, len;
} out;

#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 2, 3)))
#endif
static void put(out *o, const char *fmt, ...);

static void put(out *o, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    size_t n = strlen(tmp);
    if (o->cap == 0) return;
    size_t room = o->cap - 1 - o->len;
    if (n > room) {
        n = room;
        while (n > 0 && ((unsigned char)tmp[n] & 0xC0) == 0x80) n--;
    }
    memcpy(o->buf + o->len, tmp, n);
    o->len += n;
    o->buf[o->len] = '\0';
}

/* A bound or a step as the rule writes it: "95%", "5次", "2". */
static const char *qty(const jx_rule *r, double v, char *b, size_t cap)
{
    char n[48];
    if (r->rank_from_bottom && strcmp(r->unit, "名") == 0) {   /* "倒数第3名" */
        jx_fmt_num(v, 4, 0, n, sizeof n);
        snprintf(b, cap, "倒数第%s名", n);
        return b;
    }
    if (r->percent == 1) {
        jx_fmt_num(v * 100, 4, 0, n, sizeof n);
        snprintf(b, cap, "%s%%", n);
    } else {
        jx_fmt_num(v, 4, 0, n, sizeof n);
        snprintf(b, cap, "%s%s", n, r->unit);
    }
    return b;
}

static const char *num(double v, char *b, size_t cap)
{
    jx_fmt_num(v, 4, 0, b, cap);
    return b;
}

/* The part a clause of numbered parts belongs to: "（按时申报绩效目标）". */
static void put_part(out *o, const jx_rcond *c, jx_lang lang)
{
    if (c->part[0])
        put(o, lang == JX_LANG_ZH ? "（%s）" : " (part \"%s\")", c->part);
}

static void put_cond(out *o, const jx_rule *r, const jx_rcond *c, jx_lang lang)
{
    char a[64], b[64];
    int zh = lang == JX_LANG_ZH;
    switch (c->kind) {
    case JX_RC_ALWAYS: put(o, zh ? "其余" : "otherwise"); break;
    case JX_RC_ELSE: put(o, zh ? "其他" : "else"); break;
    case JX_RC_NA: put(o, zh ? "不涉及" : "not applicable"); break;
    case JX_RC_LEVEL:
        put(o, "“%s”", c->label);
        put_part(o, c, lang);
        break;
    case JX_RC_KIND:
        put(o, zh ? "“%s”（按%s计）" : "\"%s\" (counted in %s)", c->label, c->unit);
        break;
    case JX_RC_RANGE:
        if (c->has_lo && c->has_hi && c->lo == c->hi)
            put(o, "=%s", qty(r, c->lo, a, sizeof a));
        else if (c->has_lo && c->has_hi)
            put(o, "%s%s–%s%s", qty(r, c->lo, a, sizeof a), c->lo_incl ? (zh ? "（含）" : " (incl.)") : "",
                qty(r, c->hi, b, sizeof b), c->hi_incl ? (zh ? "（含）" : " (incl.)") : "");
        else if (c->has_lo)
            put(o, "%s%s", c->lo_incl ? "≥" : ">", qty(r, c->lo, a, sizeof a));
        else
            put(o, "%s%s", c->hi_incl ? "≤" : "<", qty(r, c->hi, a, sizeof a));
        break;
    }
}

static void put_steps(out *o, const jx_rule *r, const jx_rout *u, jx_lang lang)
{
    char a[64], b[64], c[64];
    int zh = lang == JX_LANG_ZH;
    const char *unit = r->percent == 1 ? (zh ? "个百分点" : " percentage point") : r->unit;
    char st[64];
    if (r->percent == 1) num(u->step * 100, st, sizeof st);
    else num(u->step, st, sizeof st);
    if (u->base_frac && u->base == 1) put(o, zh ? "满分" : "full points");
    else if (u->base_frac) put(o, zh ? "%s倍分值" : "%s × points", num(u->base, a, sizeof a));
    else put(o, zh ? "%s分" : "%s points", num(u->base, a, sizeof a));
    const double per[2] = { u->over_per, u->under_per };
    for (int k = 0; k < 2; k++) {
        if (per[k] == 0) continue;
        int ded = per[k] < 0;
        if (u->per_frac) {                /* "扣权重分的1%": a share of P */
            num(fabs(per[k]) * 100, c, sizeof c);
            if (zh)
                put(o, "，自%s起每%s%s%s%s分值的%s%%", qty(r, u->ref, b, sizeof b),
                    k == 0 ? "多" : "少", st, unit, ded ? "扣" : "加", c);
            else
                put(o, ", %s %s%% of the points per %s%s %s %s", ded ? "minus" : "plus", c,
                    st, unit, k == 0 ? "above" : "below", qty(r, u->ref, b, sizeof b));
            continue;
        }
        if (zh)
            put(o, "，自%s起每%s%s%s%s%s分", qty(r, u->ref, b, sizeof b), k == 0 ? "多" : "少",
                st, unit, ded ? "扣" : "加", num(fabs(per[k]), c, sizeof c));
        else
            put(o, ", %s %s per %s%s %s %s", ded ? "minus" : "plus", num(fabs(per[k]), c, sizeof c),
                st, unit, k == 0 ? "above" : "below", qty(r, u->ref, b, sizeof b));
    }
    if (u->max_deduct > 0)
        put(o, zh ? "，最多扣%s分" : ", at most %s off", num(u->max_deduct, a, sizeof a));
    else if (u->over_per < 0 || u->under_per < 0)
        put(o, zh ? "，扣完为止" : ", down to 0");
    if (u->shortfall == 2 && u->ref > 0 && u->under_per < 0 && u->over_per == 0)
        put(o, zh ? "（实际写明符合或不符合的项数，如“符合2项”“不符合1项”）"
                  : " (the actual says how many are met or not: \"符合2项\", \"不符合1项\")");
    if (u->partial == JX_STEP_CEIL) put(o, zh ? "（不足一档按一档）" : " (a started step counts)");
    else if (u->partial == JX_STEP_LINEAR) put(o, zh ? "（按比例）" : " (proportional)");
    else put(o, zh ? "（只计整档）" : " (whole steps)");
}

/* "酌情扣分（评价人决定，不自动计分）" */
static void put_open(out *o, const jx_rout *u, jx_lang lang)
{
    char a[64], b[64];
    int zh = lang == JX_LANG_ZH;
    switch (u->open) {
    case JX_OPEN_RANGE:
        put(o, zh ? "%s–%s分（评价人在此范围内决定，不自动计分）"
                  : "%s–%s points (the evaluator decides within the range; not scored automatically)",
            num(u->open_lo, a, sizeof a), num(u->open_hi, b, sizeof b));
        break;
    case JX_OPEN_ELSEWHERE:
        if (u->open_known) {
            const char *v = u->value == 1 ? (zh ? "满分" : "full points")
                          : u->value == 0 ? (zh ? "不得分" : "0") : NULL;
            if (v)
                put(o, zh ? "“%s”时%s（是否符合需其他资料判断，与其余规则得分不同时不自动计分）"
                          : "\"%s\": %s (whether it holds needs other data; not scored when that "
                            "would change the score)", u->words, v);
            else
                put(o, zh ? "“%s”时%s倍分值（是否符合需其他资料判断，与其余规则得分不同时不自动计分）"
                          : "\"%s\": %s × points (whether it holds needs other data; not scored when "
                            "that would change the score)", u->words, num(u->value, a, sizeof a));
        } else {
            put(o, zh ? "%s（需其他资料，不自动计分）" : "\"%s\" (needs other data; not scored automatically)",
                u->words);
        }
        break;
    case JX_OPEN_UNSTATED:
        put(o, zh ? "%s（扣分数未写明，不自动计分）" : "\"%s\" (the amount is not stated; not scored automatically)",
            u->words);
        break;
    case JX_OPEN_ALSO:
        put(o, zh ? "还须“%s”，实际值未反映，不自动计分"
                  : "also requires \"%s\", which the actual does not show; not scored automatically",
            u->words);
        break;
    case JX_OPEN_WHICH:
        put(o, zh ? "%s（此说法对应多个子项，无法确定是哪一项，不自动计分）"
                  : "\"%s\" (several parts say so: which one is not known; not scored automatically)",
            u->words);
        break;
    case JX_OPEN_EITHER:
        put(o, zh ? "只达到其中一种情形的标准，实际值未说明是哪一种（另一种：“%s”），不自动计分"
                  : "meets the bound of one alternative only; the actual does not say which "
                    "(the other: \"%s\"); not scored automatically", u->words);
        break;
    case JX_OPEN_BEYOND:
        put(o, zh ? "%s（评分以外的处理，本项不据此计分）"
                  : "\"%s\" (a consequence beyond the item's score; not scored)", u->words);
        break;
    case JX_OPEN_JUDGED:
    default:
        put(o, zh ? "%s（评价人决定，不自动计分）"
                  : "\"%s\" (the evaluator decides; not scored automatically)", u->words);
        break;
    }
}

static void put_out(out *o, const jx_rule *r, const jx_rout *u, jx_lang lang)
{
    char a[64], b[64];
    int zh = lang == JX_LANG_ZH;
    switch (u->kind) {
    case JX_RO_FRACTION:
        if (u->value == 1) put(o, zh ? "满分" : "full points");
        else if (u->value == 0) put(o, zh ? "不得分" : "0");
        else if (u->value == 0.5) put(o, zh ? "一半分" : "half the points");
        else put(o, zh ? "%s倍分值" : "%s × points", num(u->value, a, sizeof a));
        break;
    case JX_RO_POINTS: put(o, zh ? "%s分" : "%s points", num(u->value, a, sizeof a)); break;
    case JX_RO_DEDUCT: put(o, zh ? "扣%s分" : "minus %s", num(u->value, a, sizeof a)); break;
    case JX_RO_RATIO:
        if (u->value > 0) put(o, zh ? "完成比例×%s分（至多1）" : "ratio × %s points (at most 1)", num(u->value, a, sizeof a));
        else put(o, zh ? "完成比例×分值（至多1）" : "ratio × points (at most 1)");
        break;
    case JX_RO_LINEAR:
        put(o, zh ? "(%s%+g×实际值)×分值" : "(%s %+g × actual) × points", num(u->a, a, sizeof a), u->b);
        (void)b;
        break;
    case JX_RO_STEPS: put_steps(o, r, u, lang); break;
    case JX_RO_OPEN: put_open(o, u, lang); break;
    case JX_RO_BONUS:
        if (u->value == 0) put(o, zh ? "满分（不奖分）" : "full points (no bonus)");
        else put(o, zh ? "满分另奖%s分" : "full points plus a bonus of %s", num(u->value, a, sizeof a));
        break;
    }
}

size_t jx_rule_explain(const jx_rule *r, jx_lang lang, char *buf, size_t cap)
{
    out o = { buf, cap, 0 };
    char a[64];
    int zh = lang == JX_LANG_ZH;
    if (cap > 0) buf[0] = '\0';
    if (!r) return 0;
    if (r->abs_actual)                    /* "±10%以内" */
        put(&o, zh ? "按实际值的绝对值（±）：" : "by the size of the actual (±): ");
    for (int i = 0; i < r->n; i++) {
        const jx_rclause *c = &r->clause[i];
        if (i) put(&o, zh ? "；" : "; ");
        if (c->cond.kind == JX_RC_KIND) {   /* "“迟报”每1次扣0.5分" */
            const jx_rout *u = &c->out;
            char st[64], pr[64];
            int pct = strcmp(c->cond.unit, "%") == 0;
            num(pct ? u->step * 100 : u->step, st, sizeof st);
            num(fabs(u->over_per), pr, sizeof pr);
            int add = u->over_per > 0;
            put(&o, zh ? "“%s”" : "\"%s\"", c->cond.label);
            put_part(&o, &c->cond, lang);
            put(&o, zh ? (add ? "每%s%s加%s分" : "每%s%s扣%s分")
                       : (add ? ": plus %s per %s %s" : ": minus %s per %s %s"),
                zh ? st : pr, zh ? (pct ? "个百分点" : c->cond.unit) : st,
                zh ? pr : (pct ? "percentage point(s)" : c->cond.unit));
            if (u->max_deduct > 0)
                put(&o, zh ? "，最多扣%s分" : ", at most %s", num(u->max_deduct, a, sizeof a));
            if (u->max_add > 0)             /* "提供一例得1分,最高8分" */
                put(&o, zh ? "，最多加%s分" : ", at most %s added", num(u->max_add, a, sizeof a));
            if (u->need > 0)                /* "每季度召开一次": 4 a year */
                put(&o, zh ? "（全年应%s%s，填实际次数时按所少计）"
                           : " (%s %s required a year; a count held is read as the shortfall from it)",
                    num(u->need, a, sizeof a), c->cond.unit);
            continue;
        }
        if (!(c->out.kind == JX_RO_OPEN && c->cond.kind == JX_RC_ALWAYS)) {
            put_cond(&o, r, &c->cond, lang);   /* an OPEN clause with no condition: its words */
            put(&o, zh ? "：" : ": ");
        }
        put_out(&o, r, &c->out, lang);
    }
    int last = r->n - 1;                  /* the last clause that scores */
    while (last >= 0 && r->clause[last].out.kind == JX_RO_OPEN) last--;
    if (last >= 0 && r->clause[last].cond.kind != JX_RC_ALWAYS &&
        !has_kind(r, JX_RC_ELSE) && has_numeric(r))
        put(&o, zh ? "；其余：%s" : "; otherwise: %s",
            r->otherwise == 1 ? (zh ? "满分" : "full points")
            : r->otherwise < 0 ? (zh ? "句中未规定（不评分）" : "not stated (no score)")
            : (zh ? "不得分" : "0"));
    if (r->above_points && r->top_frac > 0)
        put(&o, zh ? "；可超过分值，最高为分值的%s倍" : "; may exceed the points, at most %s × points",
            num(r->top_frac, a, sizeof a));
    else if (r->above_points && r->max_score > 0)
        put(&o, zh ? "；最高%s分（可超过分值）" : "; at most %s points (may exceed the item's points)",
            num(r->max_score, a, sizeof a));
    else if (r->above_points)
        put(&o, zh ? "；加分可超过分值，不设上限" : "; additions may exceed the points, with no top");
    else if (r->max_score > 0)
        put(&o, zh ? "；最高%s分" : "; at most %s points", num(r->max_score, a, sizeof a));
    if (r->below_zero)
        put(&o, zh ? "；扣分可低于0分" : "; deductions may go below 0");
    if (jx_rt_parts_rule(r))             /* the other parts are not assumed met */
        put(&o, zh ? "；实际须写明全部符合，或列出全部扣分情形（如“仅逾期”“逾期，其余符合”），"
                     "或逐项写明各部分符合或扣分情形"
                   : "; the actual must say all parts are met, or list every failure "
                     "(\"仅逾期\", \"逾期，其余符合\"), or name every part, met or not");
    if (r->kinds_cap > 0)
        put(&o, zh ? "；各项合计最多扣%s分" : "; at most %s off for all kinds together",
            num(r->kinds_cap, a, sizeof a));
    return o.len;
}

jx_err jx_rule_score_explain(const jx_rule *r, const jx_actual *act,
                             double points, jx_lang lang, char *msg, size_t cap)
{
    trace tr;
    double s;
    jx_diag d;
    char a[64], b[64], c[64];
    int zh = lang == JX_LANG_ZH;
    out o = { msg, cap, 0 };
    if (cap > 0) msg[0] = '\0';
    jx_diag_clear(&d);
    jx_err e = rule_score(r, act, points, 2, &s, &tr, &d);
    if (e != JX_OK) {
        if (d.code == e) jx_diag_format(&d, lang, msg, cap);
        else if (cap > 0) snprintf(msg, cap, "%s", jx_strerror(e, lang));
        return e;
    }
    if (tr.numeric) put(&o, zh ? "实际%s" : "actual %s", qty(r, tr.x, a, sizeof a));
    else if (!act->has_text)              /* a bare count of kinds or findings ("0") */
        put(&o, zh ? "实际%s" : "actual %s", num(act->num, a, sizeof a));
    else put(&o, zh ? "实际“%.*s”" : "actual \"%.*s\"", (int)(act->len > 200 ? 200 : act->len),
             act->text ? act->text : "");
    if (tr.parts == 2) {
        put(&o, zh ? "，按所列各项合计" : ", the items listed, summed");
    } else if (tr.parts == 3) {
        put(&o, zh ? "，未出现所列扣分情形" : ", none of the failures listed");
    } else if (tr.parts == 4) {
        put(&o, zh ? "，所述情形未发生" : ", what the clause names did not happen");
        if (tr.clause) {
            put(&o, zh ? "，按“" : ", so \"");
            put_cond(&o, r, &tr.clause->cond, lang);
            put(&o, zh ? "”，" : "\": ");
            put_out(&o, r, &tr.clause->out, lang);
        }
    } else if (tr.parts) {
        put(&o, zh ? "，按所符合的子项分值合计" : ", the points of the sub-items met, summed");
    } else if (!tr.clause) {
        put(&o, zh ? "，不在任何条件内，按其余" : ", matches no clause: otherwise");
    } else {
        int lv = tr.clause->cond.kind == JX_RC_LEVEL;
        put(&o, zh ? (lv ? "，符合" : "，符合“") : (lv ? ", meets " : ", meets \""));
        put_cond(&o, r, &tr.clause->cond, lang);
        if (!lv) put(&o, zh ? "”" : "\"");
        const jx_rout *u = &tr.clause->out;
        if (u->kind == JX_RO_STEPS) {
            double up, down;
            steps_of(u, tr.x, &up, &down);
            double n = up > 0 ? up : down;
            if (n > 0) {
                double per = (up > 0 ? u->over_per : u->under_per) * (u->per_frac ? points : 1);
                if (zh)
                    put(&o, "，%s%s共%s档，%s%s分", up > 0 ? "高于" : "低于", qty(r, u->ref, a, sizeof a),
                        num(n, b, sizeof b), per < 0 ? "扣" : "加", num(fabs(n * per), c, sizeof c));
                else
                    put(&o, ", %s steps %s %s, %s %s", num(n, b, sizeof b), up > 0 ? "above" : "below",
                        qty(r, u->ref, a, sizeof a), per < 0 ? "minus" : "plus", num(fabs(n * per), c, sizeof c));
            }
        } else {
            put(&o, zh ? "，" : ", ");
            put_out(&o, r, u, lang);
        }
    }
    put(&o, zh ? "，得%s分" : ", score %s", num(s, a, sizeof a));
    return JX_OK;
}
