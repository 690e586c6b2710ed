/*
 * ruletext_report.c - forms of the report-assessment tables (报表报送
 * 考核): notes that carry no score, requirements, verdicts on the unit,
 * "不另加分", and actuals written with their verb (see the header and
 * docs/RULES.md, "Reports, deadlines, occurrences (g11)").
 *
 * The words are tables in ruletext_words.c; these functions only look
 * for them in one clause, as folded text (full width = half width).
 */
#include "ruletext_report.h"
#include "ruletext_words.h"
#include "text.h"

#include <string.h>

/* Where w starts in s[a..b), or b. */
static size_t word_at(const char *s, size_t a, size_t b, const char *w)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    while (!jx_cur_eof(&c)) {
        size_t at = c.pos;
        if (jx_cur_word(&c, w)) return at;
        jx_cur_next(&c);
    }
    return b;
}

/* The first of the words found in s[a..b) (its start, its end), or b. */
static size_t first_of(const char *s, size_t a, size_t b, const char *const *w, size_t n,
                       size_t *end)
{
    size_t best = b;
    for (size_t i = 0; i < n; i++) {
        size_t at = word_at(s, a, b, w[i]);
        if (at < best) {
            jx_cur c;
            jx_cur_init(&c, s, at, b);
            jx_cur_word(&c, w[i]);
            best = at;
            if (end) *end = c.pos;
        }
    }
    return best;
}

static int has_any(const char *s, size_t a, size_t b, const char *const *w, size_t n)
{
    return first_of(s, a, b, w, n, NULL) < b;
}

static int has_digit(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    while (!jx_cur_eof(&c))
        if (jx_is_digit(jx_cur_next(&c))) return 1;
    return 0;
}

/* Only closing marks left from at: quotes, brackets, full stops, blanks. */
static int only_closing(const char *s, size_t at, size_t b)
{
    static const char *const marks[] = { "”", "\"", "’", "'", ")", "】", "」", "。", "." };
    jx_cur c;
    jx_cur_init(&c, s, at, b);
    for (;;) {
        jx_cur_skip_space(&c);
        if (jx_cur_eof(&c)) return 1;
        size_t i;
        for (i = 0; i < sizeof marks / sizeof *marks; i++)
            if (jx_cur_word(&c, marks[i])) break;
        if (i == sizeof marks / sizeof *marks) return 0;
    }
}

/* The clause is one of the words, maybe in brackets ("下同", "(下同)"). */
static int is_one_of(const char *s, size_t a, size_t b, const char *const *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        jx_cur c;
        jx_cur_init(&c, s, a, b);
        jx_cur_skip_space(&c);
        int br = jx_cur_word(&c, "(");
        if (!jx_cur_word(&c, w[i])) continue;
        jx_cur_skip_space(&c);
        if (br && !jx_cur_word(&c, ")")) continue;
        if (only_closing(s, c.pos, b)) return 1;
    }
    return 0;
}

/* "遇节假日顺延", "节假日不顺延". */
static int holiday_note(const char *s, size_t a, size_t b)
{
    return !has_digit(s, a, b) && has_any(s, a, b, jx_rw_holiday, jx_rw_holiday_n) &&
           word_at(s, a, b, "顺延") < b &&
           !has_any(s, a, b, jx_rw_score_word, jx_rw_score_word_n);
}

/* "扣分日从截止报送日期的第二天开始算至实际报送日(包括当天)": from … to. */
static int day_count_note(const char *s, size_t a, size_t b)
{
    size_t from_end = b;
    if (has_digit(s, a, b) || first_of(s, a, b, jx_rw_count_from, jx_rw_count_from_n, &from_end) == b)
        return 0;
    return first_of(s, from_end, b, jx_rw_count_to, jx_rw_count_to_n, NULL) < b &&
           !has_any(s, a, b, jx_rw_vague, jx_rw_vague_n);
}

/* "该指标主要考核项目目标依据的充分性": what the item assesses. */
static int assesses_note(const char *s, size_t a, size_t b)
{
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    jx_cur_skip_space(&c);
    size_t i, k;
    for (i = 0; i < jx_rw_this_item_n; i++)
        if (jx_cur_word(&c, jx_rw_this_item[i])) break;
    if (i == jx_rw_this_item_n) return 0;
    for (k = 0; k < jx_rw_assesses_n; k++)
        if (jx_cur_word(&c, jx_rw_assesses[k])) break;
    return k < jx_rw_assesses_n && !has_digit(s, a, b) &&
           !has_any(s, a, b, jx_rw_score_word, jx_rw_score_word_n) &&
           !has_any(s, a, b, jx_rw_vague, jx_rw_vague_n);
}

int jx_rt_report_note(const char *s, size_t a, size_t b)
{
    jx_trim(s, &a, &b);
    if (a >= b) return 0;
    /* "提前报送的不另加分": nothing above the item's points, which the
     * clamp to P says already */
    if (!has_digit(s, a, b) && jx_rt_no_bonus_at(s, a, b) < b) return 1;
    return is_one_of(s, a, b, jx_rw_same_below, jx_rw_same_below_n) ||
           holiday_note(s, a, b) || assesses_note(s, a, b) || day_count_note(s, a, b);
}

static int has_step(const char *s, size_t a, size_t b)
{
    for (size_t i = 0; i < jx_rw_step_n; i++)
        if (word_at(s, a, b, jx_rw_step[i].word) < b) return 1;
    for (size_t i = 0; i < jx_rw_occurrence_n; i++)     /* 每次 每天 …, not 一份 */
        if (strncmp(jx_rw_occurrence[i], "每", 3) == 0 && word_at(s, a, b, jx_rw_occurrence[i]) < b)
            return 1;
    return 0;
}

int jx_rt_requirement(const char *s, size_t a, size_t b)
{
    jx_trim(s, &a, &b);
    return a < b && has_any(s, a, b, jx_rw_must, jx_rw_must_n) &&
           !has_any(s, a, b, jx_rw_score_word, jx_rw_score_word_n) &&
           !has_any(s, a, b, jx_rw_vague, jx_rw_vague_n) &&
           /* "每迟报一天…": a step or an occurrence, never a requirement */
           !has_step(s, a, b);
}

size_t jx_rt_verdict_at(const char *s, size_t a, size_t b)
{
    static const char *const deem[] = { "视为", "视同", "认定为", "评为", "定为" };
    size_t end = b;
    size_t at = first_of(s, a, b, jx_rw_verdict, jx_rw_verdict_n, &end);
    if (at < b && only_closing(s, end, b)) return at;
    if (at < b) {                       /* "倒扣10分": a deduction from the total */
        jx_cur c;
        jx_num num;
        size_t bad;
        jx_cur_init(&c, s, end, b);
        jx_cur_skip_space(&c);
        if (jx_scan_number(&c, 0, &num, &bad)) {
            jx_cur_skip_space(&c);
            if (jx_cur_word(&c, "分") && only_closing(s, c.pos, b)) return at;
        }
    }
    at = first_of(s, a, b, deem, sizeof deem / sizeof *deem, NULL);
    if (at == b || has_digit(s, at, b)) return b;
    /* the fail word last: "视为绩效考核结果“不合格”" */
    for (size_t i = 0; i < jx_rw_verdict_fail_n; i++) {
        size_t f = at, e;
        while ((f = word_at(s, f, b, jx_rw_verdict_fail[i])) < b) {
            jx_cur c;
            jx_cur_init(&c, s, f, b);
            jx_cur_word(&c, jx_rw_verdict_fail[i]);
            e = c.pos;
            if (only_closing(s, e, b)) return at;
            f = e;
        }
    }
    return b;
}

size_t jx_rt_no_bonus_at(const char *s, size_t a, size_t b)
{
    size_t end = b;
    size_t at = first_of(s, a, b, jx_rw_no_bonus, jx_rw_no_bonus_n, &end);
    return at < b && only_closing(s, end, b) ? at : b;
}

size_t jx_rt_actual_verb(const char *t, size_t n)
{
    for (size_t i = 0; i < jx_rw_actual_verb_n; i++) {
        size_t l = strlen(jx_rw_actual_verb[i]);
        if (n > l && memcmp(t, jx_rw_actual_verb[i], l) == 0 && t[l] >= '0' && t[l] <= '9')
            return l;
    }
    return 0;
}

double jx_rt_occurrence_step(const char *s, size_t a, size_t b, const char **unit)
{
    static const char *const units[] = { "天", "日", "小时" };   /* of jx_rw_half_occurrence */
    for (size_t i = 0; i < jx_rw_half_occurrence_n; i++)
        if (word_at(s, a, b, jx_rw_half_occurrence[i]) < b) {
            *unit = units[i < sizeof units / sizeof *units ? i : 0];
            return 0.5;
        }
    *unit = "";
    return 1;
}

/* "提前3天报送", "提前报送": 提前, maybe a count and its unit, a verb of reporting. */
static int early(const char *t, size_t n)
{
    static const char *const verbs[] = { "报送", "上报", "提交", "报出", "完成" };
    jx_cur c;
    jx_cur_init(&c, t, 0, n);
    size_t i;
    for (i = 0; i < jx_rw_early_n; i++)
        if (jx_cur_word(&c, jx_rw_early[i])) break;
    if (i == jx_rw_early_n) return 0;
    jx_cur_skip_space(&c);
    while (!jx_cur_eof(&c) && (jx_is_digit(jx_cur_peek(&c, &(size_t){0})) ||
                               jx_cur_peek(&c, &(size_t){0}) == '.'))
        jx_cur_next(&c);
    for (i = 0; i < jx_rw_deadline_unit_n; i++)
        if (jx_cur_word(&c, jx_rw_deadline_unit[i])) break;
    for (i = 0; i < sizeof verbs / sizeof *verbs; i++)
        if (jx_cur_word(&c, verbs[i])) break;
    if (i == sizeof verbs / sizeof *verbs) return 0;
    jx_cur_skip_space(&c);
    return jx_cur_eof(&c);
}

int jx_rt_on_time(const char *counted, const char *t, size_t n)
{
    size_t cn = strlen(counted);
    if (cn == 0 || !has_any(counted, 0, cn, jx_rw_late, jx_rw_late_n)) return 0;
    if (early(t, n)) return 1;
    for (size_t i = 0; i < jx_rw_on_time_n; i++)
        if (strlen(jx_rw_on_time[i]) == n && memcmp(jx_rw_on_time[i], t, n) == 0) return 1;
    return 0;
}

/* "迟报" against "每迟一天": both name lateness, no denial in the actual's words. */
static int both_late(const char *counted, const char *t, size_t n)
{
    size_t cn = strlen(counted);
    static const char *const other[] = { "提前", "按时", "及时", "准时" };
    return has_any(counted, 0, cn, jx_rw_late, jx_rw_late_n) &&
           has_any(t, 0, n, jx_rw_late, jx_rw_late_n) && !has_any(t, 0, n, jx_rw_deny, jx_rw_deny_n) &&
           !has_any(t, 0, n, other, sizeof other / sizeof *other) &&
           !has_any(counted, 0, cn, other, sizeof other / sizeof *other);
}

/* The bytes of a denial at t's start (不能 未能 没有 未 不 没), or 0. */
static size_t denial_len(const char *t, size_t n)
{
    static const char *const deny[] = { "不能", "未能", "没有", "未", "不", "没" };
    for (size_t i = 0; i < sizeof deny / sizeof *deny; i++) {
        size_t l = strlen(deny[i]);
        if (n > l && memcmp(t, deny[i], l) == 0) return l;
    }
    return 0;
}

int jx_rt_counts_alternative(const char *counted, const char *t, size_t n)
{
    if (both_late(counted, t, n)) return 1;
    static const char *const sep[] = { "或者", "或", "、", "；", ";", "，", "," };
    static const char *const lead[] = { "每", "有", "出现", "发现" };
    size_t cn = strlen(counted), a = 0;
    if (n == 0 || cn == 0) return 0;
    while (a < cn) {
        size_t end = cn, next = cn;
        for (size_t i = 0; i < sizeof sep / sizeof *sep; i++) {
            const char *p = strstr(counted + a, sep[i]);
            if (p && (size_t)(p - counted) < end) {
                end = (size_t)(p - counted);
                next = end + strlen(sep[i]);
            }
        }
        size_t x = a;
        for (int again = 1; again;) {           /* "每", "有一处" */
            again = 0;
            for (size_t i = 0; i < sizeof lead / sizeof *lead; i++) {
                size_t l = strlen(lead[i]);
                if (end - x > l && memcmp(counted + x, lead[i], l) == 0) { x += l; again = 1; }
            }
        }
        if (end - x >= n && memcmp(counted + x, t, n) == 0 &&
            !has_any(counted, x, x + n, jx_rw_deny, jx_rw_deny_n))
            return 1;
        /* "漏报单位" inside "经审核发现漏报单位": two characters or more, no
         * denial before it in that alternative */
        for (size_t p = x; n >= 6 && p + n <= end; p++)
            if (memcmp(counted + p, t, n) == 0 && !has_any(counted, x, p + n, jx_rw_deny, jx_rw_deny_n))
                return 1;
        /* "未按指定方式报送" for "不能按指定方式报送": a denial in other words */
        size_t dx = denial_len(counted + x, end - x), dt = denial_len(t, n);
        if (dx && dt && end - x - dx >= n - dt && n > dt &&
            memcmp(counted + x + dx, t + dt, n - dt) == 0 &&
            !has_any(counted, x + dx, x + dx + (n - dt), jx_rw_deny, jx_rw_deny_n))
            return 1;
        a = next;
    }
    return 0;
}

int jx_rt_none_counted(const char *counted, const char *t, size_t n)
{
    static const char *const none[] = { "没有", "无" };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        size_t l = strlen(none[i]);
        if (n > l && memcmp(t, none[i], l) == 0) {
            for (size_t k = l; k < n; k++)
                if (t[k] >= '0' && t[k] <= '9') return 0;
            return jx_rt_counts_alternative(counted, t + l, n - l);
        }
    }
    return 0;
}

int jx_rt_exhaust_cap(const char *s, size_t a, size_t b)
{
    static const char *const w[] = { "扣完", "扣满", "直至扣完" };
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    jx_cur_skip_space(&c);
    for (size_t i = 0; i < sizeof w / sizeof *w; i++)
        if (jx_cur_word(&c, w[i])) return 1;
    return 0;
}

size_t jx_rt_or_alternative(const char *s, size_t a, size_t b)
{
    static const char *const rule_words[] = { "每", "以上", "以下", "低于", "高于", "超过", "不足",
                                              "得", "扣", "加", "分", "其他", "其余", "否则" };
    size_t at = word_at(s, a, b, "或");
    if (at == b) return b;
    jx_cur c;
    jx_cur_init(&c, s, at, b);
    jx_cur_word(&c, "或");
    jx_cur_skip_space(&c);
    if (jx_cur_eof(&c) || has_digit(s, c.pos, b) ||
        has_any(s, c.pos, b, rule_words, sizeof rule_words / sizeof *rule_words) ||
        has_any(s, c.pos, b, jx_rw_vague, jx_rw_vague_n))
        return b;
    return at;
}

int jx_rt_rank_lead(const char *s, size_t a, size_t b)
{
    static const char *const verbs[] = { "打分", "计分", "评分", "得分", "赋分", "记分" };
    jx_cur c;
    jx_trim(s, &a, &b);
    jx_cur_init(&c, s, a, b);
    size_t i;
    for (i = 0; i < jx_rw_rank_lead_n; i++)
        if (jx_cur_word(&c, jx_rw_rank_lead[i])) break;
    if (i == jx_rw_rank_lead_n || has_digit(s, a, b)) return 0;
    for (i = 0; i < sizeof verbs / sizeof *verbs; i++)
        if (jx_cur_word(&c, verbs[i])) break;
    return i < sizeof verbs / sizeof *verbs && only_closing(s, c.pos, b);
}

int jx_rt_rank_decrement(const char *s, size_t a, size_t b, double *per)
{
    jx_cur c;
    jx_trim(s, &a, &b);
    jx_cur_init(&c, s, a, b);
    size_t i;
    for (i = 0; i < jx_rw_rank_place_n; i++)
        if (jx_cur_word(&c, jx_rw_rank_place[i])) break;
    if (i == jx_rw_rank_place_n) return 0;
    jx_cur_skip_space(&c);
    jx_cur_word(&c, "按");
    jx_cur_skip_space(&c);
    jx_num num;
    size_t bad;
    int ok;
    if (!jx_scan_number(&c, 0, &num, &bad)) return 0;
    *per = jx_num_value(&num, s, 0, &ok);
    jx_cur_skip_space(&c);
    if (!ok || !(*per > 0) || !jx_cur_word(&c, "分")) return 0;
    jx_cur_skip_space(&c);
    if (!jx_cur_word(&c, "递减") && !jx_cur_word(&c, "扣减") && !jx_cur_word(&c, "减少"))
        return 0;
    return only_closing(s, c.pos, b);
}

size_t jx_rt_tail_exception(const char *s, size_t a, size_t b)
{
    size_t x = a, y = b;
    jx_trim(s, &x, &y);
    if (y < x + 1 || s[y - 1] != ')') return b;
    size_t open = b;
    for (size_t at = word_at(s, x, y, "("); at < y; at = word_at(s, at + 1, y, "("))
        open = at;
    if (open == b || open == x) return b;
    size_t in = open + 1, out = y - 1;
    jx_trim(s, &in, &out);
    static const char *const except[] = { "除外" };
    if (out < in + 6 || memcmp(s + out - 6, except[0], 6) != 0 || has_digit(s, in, out) ||
        has_any(s, in, out, jx_rw_score_word, jx_rw_score_word_n) ||
        has_any(s, in, out, jx_rw_vague, jx_rw_vague_n) || word_at(s, in, out, "(") < out)
        return b;
    return open;
}

int jx_rt_unit_noun_counted(const char *counted, const char *unit)
{
    size_t n = strlen(unit), best = 0;
    for (size_t i = 0; i < jx_rw_units_n; i++) {      /* the longest unit word first */
        size_t l = strlen(jx_rw_units[i]);
        if (l <= n && l > best && memcmp(unit, jx_rw_units[i], l) == 0) best = l;
    }
    if (best == 0 || best == n || !counted[0]) return 1;   /* no unit, no noun, words unknown */
    return strstr(counted, unit + best) != NULL;
}

/* The longest unit word at t[0..n), its length or 0. */
static size_t unit_word(const char *t, size_t n)
{
    size_t best = 0;
    for (size_t i = 0; i < jx_rw_units_n; i++) {
        size_t l = strlen(jx_rw_units[i]);
        if (l <= n && l > best && memcmp(t, jx_rw_units[i], l) == 0) best = l;
    }
    for (size_t i = 0; i < jx_rw_count_units_n; i++) {
        size_t l = strlen(jx_rw_count_units[i]);
        if (l <= n && l > best && memcmp(t, jx_rw_count_units[i], l) == 0) best = l;
    }
    return best;
}

/* One item "漏填指标1处" or "1个项目填写错误": 1 with its count and unit. */
static int counted_item(const char *counted, const char *t, size_t n, double *v, char *unit,
                        size_t cap)
{
    size_t d = 0;
    while (d < n && !(t[d] >= '0' && t[d] <= '9')) d++;
    if (d == n) return 0;
    size_t e = d;
    double x = 0;
    while (e < n && t[e] >= '0' && t[e] <= '9') x = x * 10 + (t[e++] - '0');
    if (e < n && t[e] == '.') return 0;                /* a count is whole */
    size_t u = unit_word(t + e, n - e);
    if (u == 0 || u >= cap) return 0;
    memcpy(unit, t + e, u);
    unit[u] = '\0';
    size_t rest = e + u;
    if (d > 0) {                                      /* words, count, unit: nothing after */
        if (rest != n || !jx_rt_counts_alternative(counted, t, d)) return 0;
    } else {                                          /* count, unit, words */
        if (rest == n || !jx_rt_counts_alternative(counted, t + rest, n - rest)) return 0;
    }
    *v = x;
    return 1;
}

int jx_rt_sum_counted(const char *counted, const char *t, size_t n, double *sum, char *unit,
                      size_t cap)
{
    static const char *const sep[] = { "，", "、", "；", ",", ";" };
    int items = 0;
    size_t a = 0;
    double total = 0;
    char first[32] = "";
    if (!counted[0]) return 0;
    while (a <= n) {
        size_t b = n, w = 0;
        for (size_t i = a; i < n && !w; i++)
            for (size_t k = 0; k < sizeof sep / sizeof *sep && !w; k++) {
                size_t l = strlen(sep[k]);
                if (n - i >= l && memcmp(t + i, sep[k], l) == 0) { b = i; w = l; }
            }
        size_t x = a, y = b;
        while (x < y && t[x] == ' ') x++;
        while (y > x && t[y - 1] == ' ') y--;
        double v;
        char u[32];
        if (x == y || !counted_item(counted, t + x, y - x, &v, u, sizeof u)) return 0;
        if (items && strcmp(u, first) != 0) return 0;   /* one unit for all */
        if (!items) memcpy(first, u, sizeof first);
        total += v;
        items++;
        if (!w) break;
        a = b + w;
    }
    if (items < 2 || strlen(first) >= cap) return 0;
    memcpy(unit, first, strlen(first) + 1);
    *sum = total;
    return 1;
}

int jx_rt_done_in_full(const char *s, size_t a, size_t b)
{
    static const char *const lead[] = { "全面完成", "全部完成", "完成" };
    static const char *const end[] = { "任务", "目标" };
    jx_trim(s, &a, &b);
    if (b >= a + 3 && memcmp(s + b - 3, "的", 3) == 0) b -= 3;
    if (has_digit(s, a, b) || has_any(s, a, b, jx_rw_deny, jx_rw_deny_n) ||
        has_any(s, a, b, jx_rw_vague, jx_rw_vague_n) || b - a > 36)
        return 0;
    jx_cur c;
    jx_cur_init(&c, s, a, b);
    size_t i;
    for (i = 0; i < sizeof lead / sizeof *lead; i++)
        if (jx_cur_word(&c, lead[i])) break;
    if (i == sizeof lead / sizeof *lead) return 0;
    for (i = 0; i < sizeof end / sizeof *end; i++) {
        size_t l = strlen(end[i]);
        if (b >= c.pos + l && memcmp(s + b - l, end[i], l) == 0) return 1;
    }
    return 0;
}

size_t jx_rt_done_scores_at(const char *s, size_t a, size_t b)
{
    size_t x = a, y = b;
    jx_trim(s, &x, &y);
    if (y < x + 6 || memcmp(s + y - 6, "得分", 6) != 0) return b;
    return jx_rt_done_in_full(s, x, y - 6) ? y - 6 : b;
}

int jx_rt_done_bound(const char *label, int *code)
{
    size_t n = strlen(label);
    if (has_digit(label, 0, n) || has_any(label, 0, n, jx_rw_deny, jx_rw_deny_n) ||
        has_any(label, 0, n, jx_rw_vague, jx_rw_vague_n))
        return 0;
    if (n >= 3 && memcmp(label + n - 3, "的", 3) == 0) n -= 3;
    for (size_t i = 0; i < jx_rw_done_bound_n; i++) {
        size_t l = strlen(jx_rw_done_bound[i].word);
        if (n >= l && memcmp(label + n - l, jx_rw_done_bound[i].word, l) == 0) {
            *code = jx_rw_done_bound[i].code;
            return 1;
        }
    }
    return 0;
}
