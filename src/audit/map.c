/*
 * map.c - reading the `_jixiao` map sheet into records (see map.h).
 */
#include "map.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_words[JXAU_KIND_COUNT] = {
    "meta", "exec", "fund", "control", "ind", "sum", "grade", "tree",
    "formula", "input"
};

/* Keys each kind needs, and how each key is read. */
typedef enum key_type { K_TEXT, K_CELL, K_RANGE, K_RANGES, K_NUMBER, K_INPUT_KIND } key_type;

typedef struct key_spec {
    const char *key;
    key_type type;
    int required;
} key_spec;

#define KEYS_MAX 9
static const key_spec kind_keys[JXAU_KIND_COUNT][KEYS_MAX] = {
    [JXAU_META] = {{"unit", K_TEXT, 0}, {"project", K_TEXT, 0}, {"year", K_TEXT, 0},
                  {"dept", K_TEXT, 0}},
    [JXAU_EXEC] = {{"sheet", K_TEXT, 1}, {"budget", K_CELL, 1}, {"spent", K_CELL, 1},
                  {"points", K_CELL, 1}, {"rate", K_CELL, 1}, {"score", K_CELL, 1},
                  {"base", K_TEXT, 0}},
    [JXAU_FUND] = {{"sheet", K_TEXT, 1}, {"received", K_CELL, 1}, {"budget", K_CELL, 1},
                  {"rate", K_CELL, 1}},
    [JXAU_CONTROL] = {{"sheet", K_TEXT, 1}, {"actual", K_CELL, 1}, {"planned", K_CELL, 1},
                     {"rate", K_CELL, 1}},
    [JXAU_IND] = {{"sheet", K_TEXT, 1}, {"target", K_CELL, 1}, {"actual", K_CELL, 1},
                 {"points", K_CELL, 1}, {"score", K_CELL, 1}, {"reason", K_CELL, 0},
                 {"rule", K_CELL, 0}},
    [JXAU_SUM] = {{"sheet", K_TEXT, 1}, {"cell", K_CELL, 1}, {"parts", K_RANGES, 1},
                 {"expected", K_NUMBER, 0}},
    [JXAU_GRADE] = {{"sheet", K_TEXT, 1}, {"cell", K_CELL, 1}, {"total", K_CELL, 1},
                   {"thresholds", K_TEXT, 0}, {"labels", K_TEXT, 0}},
    [JXAU_TREE] = {{"sheet", K_TEXT, 1}, {"l1", K_RANGE, 1}, {"l2", K_RANGE, 1},
                  {"leaves", K_RANGE, 1}, {"l1points", K_RANGE, 0}, {"l2points", K_RANGE, 0}},
    [JXAU_FORMULA] = {{"sheet", K_TEXT, 1}, {"cell", K_CELL, 1}, {"f", K_TEXT, 1}},
    [JXAU_INPUT] = {{"sheet", K_TEXT, 1}, {"cell", K_CELL, 1}, {"kind", K_INPUT_KIND, 1}},
};

static const char *const input_kinds[] = {"money", "rate", "score", "count", "text", "level"};

int jxau_kind_parse(const char *word)
{
    for (int i = 0; i < JXAU_KIND_COUNT; i++)
        if (strcmp(word, kind_words[i]) == 0)
            return i;
    return -1;
}

const char *jxau_kind_word(jxau_kind kind)
{
    return (unsigned)kind < JXAU_KIND_COUNT ? kind_words[kind] : "?";
}


int jxau_range_parse(const char *text, jxau_range *out)
{
    const char *colon = strchr(text, ':');
    uint32_t r1, c1, r2, c2;

    if (colon == NULL) {
        if (xlsx_ref_parse(text, strlen(text), &r1, &c1) < 0)
            return -1;
        *out = (jxau_range){r1, c1, r1, c1};
        return 0;
    }
    if (xlsx_ref_parse(text, (size_t)(colon - text), &r1, &c1) < 0 ||
        xlsx_ref_parse(colon + 1, strlen(colon + 1), &r2, &c2) < 0)
        return -1;
    out->r1 = r1 < r2 ? r1 : r2;
    out->r2 = r1 < r2 ? r2 : r1;
    out->c1 = c1 < c2 ? c1 : c2;
    out->c2 = c1 < c2 ? c2 : c1;
    return 0;
}

int jxau_ranges_parse(const char *text, jxau_range *out, int max)
{
    char buf[64];
    int n = 0;
    const char *p = text;

    for (;;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        if (len == 0 || len >= sizeof buf || n == max)
            return -1;
        memcpy(buf, p, len);
        buf[len] = '\0';
        if (jxau_range_parse(buf, &out[n]) < 0)
            return -1;
        n++;
        if (comma == NULL)
            return n;
        p = comma + 1;
    }
}

/* Append a formatted line to m->errors; -1 when out of memory. */
static int map_error(jxau_map *m, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int map_error(jxau_map *m, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    char **g = realloc(m->errors, (m->nerrors + 1) * sizeof *g);

    if (g == NULL)
        return -1;
    m->errors = g;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if ((m->errors[m->nerrors] = xlsx_strdup(buf)) == NULL)
        return -1;
    m->nerrors++;
    return 1;
}

int jxau_map_begin(jxau_map *m, const char *const *cells, size_t n, char *err, size_t cap)
{
    char *end;
    double v;

    if (n < 2 || cells[0] == NULL || strcmp(cells[0], JXAU_MAP_MAGIC) != 0) {
        snprintf(err, cap, "the %s sheet does not start with \"%s\"", JXAU_MAP_SHEET, JXAU_MAP_MAGIC);
        return -1;
    }
    v = cells[1] ? strtod(cells[1], &end) : 0;
    if (cells[1] == NULL || end == cells[1] || *end || v != floor(v) || v < 1 || v > 1e6) {
        snprintf(err, cap, "the %s sheet has no map version", JXAU_MAP_SHEET);
        return -1;
    }
    if (v > JXAU_MAP_VERSION) {
        snprintf(err, cap, "map version %d is newer than this audit reads (%d)", (int)v,
                 JXAU_MAP_VERSION);
        return -1;
    }
    m->version = (int)v;
    m->table = xlsx_strdup(n > 2 && cells[2] ? cells[2] : "");
    m->tool = xlsx_strdup(n > 3 && cells[3] ? cells[3] : "");
    if (m->table == NULL || m->tool == NULL) {
        snprintf(err, cap, "out of memory");
        return -1;
    }
    return 0;
}

static const key_spec *find_spec(jxau_kind kind, const char *key)
{
    for (int i = 0; i < KEYS_MAX && kind_keys[kind][i].key; i++)
        if (strcmp(kind_keys[kind][i].key, key) == 0)
            return &kind_keys[kind][i];
    return NULL;
}

/* Cells that n ranges cover. */
static uint64_t range_cells(const jxau_range *rg, int n)
{
    uint64_t cells = 0;
    for (int i = 0; i < n; i++)
        cells += (uint64_t)(rg[i].r2 - rg[i].r1 + 1) * (rg[i].c2 - rg[i].c1 + 1);
    return cells;
}

/* Cells covered by the range keys of a (checked) record. */
static uint64_t record_cells(const jxau_record *r)
{
    jxau_range rg[JXAU_RANGES_MAX];
    uint64_t cells = 0;
    for (size_t i = 0; i < r->nkv; i++) {
        const key_spec *ks = find_spec(r->kind, r->kv[i].key);
        int n = ks && (ks->type == K_RANGE || ks->type == K_RANGES) ?
                jxau_ranges_parse(r->kv[i].value, rg, JXAU_RANGES_MAX) : 0;
        if (n > 0)
            cells += range_cells(rg, n);
    }
    return cells;
}

/* Check a value against its key's type; NULL when good, else why not. */
static const char *bad_value(const key_spec *ks, const char *v)
{
    jxau_range rg[JXAU_RANGES_MAX];
    char *end;

    switch (ks->type) {
    case K_CELL:
        return jxau_range_parse(v, rg) < 0 || rg[0].r1 != rg[0].r2 || rg[0].c1 != rg[0].c2 ?
               "is not a cell" : NULL;
    case K_RANGE:
        if (jxau_range_parse(v, rg) < 0)
            return "is not a range";
        return range_cells(rg, 1) > JXAU_RANGE_CELLS_MAX ? "covers too many cells (range limit)" : NULL;
    case K_RANGES: {
        int n = jxau_ranges_parse(v, rg, JXAU_RANGES_MAX);
        if (n < 0)
            return "is not a list of ranges";
        return range_cells(rg, n) > JXAU_RANGE_CELLS_MAX ? "covers too many cells (range limit)" : NULL;
    }
    case K_NUMBER:
        strtod(v, &end);
        return end == v || *end ? "is not a number" : NULL;
    case K_INPUT_KIND:
        for (size_t i = 0; i < sizeof input_kinds / sizeof *input_kinds; i++)
            if (strcmp(v, input_kinds[i]) == 0)
                return NULL;
        return "is not money, rate, score, count, text or level";
    default:
        return ks->required && v[0] == '\0' ? "is empty" : NULL;
    }
}

static void record_free(jxau_record *r)
{
    for (size_t i = 0; i < r->nkv; i++) {
        free(r->kv[i].key);
        free(r->kv[i].value);
    }
    free(r->kv);
    memset(r, 0, sizeof *r);
}

/* Split the key=value cells of a row into r->kv; 1 with an error line. */
static int split_pairs(jxau_map *m, jxau_record *r, const char *const *cells, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        const char *c = cells[i], *eq;
        if (c == NULL || c[0] == '\0')
            continue;
        eq = strchr(c, '=');
        if (eq == NULL || eq == c)
            return map_error(m, "row %u: \"%.40s\" is not key=value", r->map_row, c);
        jxau_kv kv = {malloc((size_t)(eq - c) + 1), xlsx_strdup(eq + 1)};
        if (kv.key == NULL || kv.value == NULL) {
            free(kv.key);
            free(kv.value);
            return -1;
        }
        memcpy(kv.key, c, (size_t)(eq - c));
        kv.key[eq - c] = '\0';
        if (jxau_get(r, kv.key)) {
            int rc = map_error(m, "row %u: key %.20s= repeats", r->map_row, kv.key);
            free(kv.key);
            free(kv.value);
            return rc;
        }
        jxau_kv *g = realloc(r->kv, (r->nkv + 1) * sizeof *g);
        if (g == NULL) {
            free(kv.key);
            free(kv.value);
            return -1;
        }
        r->kv = g;
        r->kv[r->nkv++] = kv;
    }
    return 0;
}

/* Every key the kind needs is there and every known key reads right. */
static int check_record(jxau_map *m, const jxau_record *r)
{
    const char *word = kind_words[r->kind];
    for (int i = 0; i < KEYS_MAX && kind_keys[r->kind][i].key; i++) {
        const key_spec *ks = &kind_keys[r->kind][i];
        if (ks->required && jxau_get(r, ks->key) == NULL)
            return map_error(m, "row %u: %s lacks %s=", r->map_row, word, ks->key);
    }
    for (size_t i = 0; i < r->nkv; i++) {
        const key_spec *ks = find_spec(r->kind, r->kv[i].key);
        const char *why = ks ? bad_value(ks, r->kv[i].value) : NULL;
        if (why)
            return map_error(m, "row %u: %s %s=%.40s %s", r->map_row, word, ks->key,
                             r->kv[i].value, why);
    }
    return 0;
}

int jxau_map_add(jxau_map *m, uint32_t map_row, const char *const *cells, size_t n)
{
    jxau_record r;
    int kind, rc;
    size_t filled = 0;

    for (size_t i = 0; i < n; i++)
        filled += cells[i] && cells[i][0];
    if (filled == 0)
        return 0;
    memset(&r, 0, sizeof r);
    r.map_row = map_row;
    kind = cells[0] && cells[0][0] ? jxau_kind_parse(cells[0]) : -1;
    if (kind < 0)
        return map_error(m, "row %u: unknown record kind \"%.30s\"", map_row,
                         cells[0] ? cells[0] : "");
    r.kind = (jxau_kind)kind;
    rc = split_pairs(m, &r, cells, n);
    if (rc == 0)
        rc = check_record(m, &r);
    if (rc == 0 && record_cells(&r) > JXAU_MAP_CELLS_MAX - m->range_cells)
        rc = map_error(m, "row %u: the ranges of the map cover more than %d cells in all "
                       "(range limit)", map_row, JXAU_MAP_CELLS_MAX);
    else if (rc == 0)
        m->range_cells += record_cells(&r);
    if (rc != 0) {
        record_free(&r);
        return rc;
    }
    jxau_record *g = realloc(m->rec, (m->n + 1) * sizeof *g);
    if (g == NULL) {
        record_free(&r);
        return -1;
    }
    m->rec = g;
    r.sheet = jxau_get(&r, "sheet");
    m->rec[m->n++] = r;
    return 0;
}

const char *jxau_get(const jxau_record *r, const char *key)
{
    for (size_t i = 0; i < r->nkv; i++)
        if (strcmp(r->kv[i].key, key) == 0)
            return r->kv[i].value;
    return NULL;
}

void jxau_map_free(jxau_map *m)
{
    for (size_t i = 0; i < m->n; i++)
        record_free(&m->rec[i]);
    free(m->rec);
    for (size_t i = 0; i < m->nerrors; i++)
        free(m->errors[i]);
    free(m->errors);
    free(m->table);
    free(m->tool);
    memset(m, 0, sizeof *m);
}

/* Text of a map cell: a string as is, a number as a clerk writes it. */
static const char *cell_text(const xlsx_cell *c, char *buf, size_t cap)
{
    switch (c->type) {
    case XLSX_T_N:
        snprintf(buf, cap, "%.15g", c->num);
        return buf;
    case XLSX_T_S:
    case XLSX_T_STR:
    case XLSX_T_INLINE:
        return c->text;
    default:
        return "";
    }
}

/* Most columns a map row is read from: kind plus key=value cells. */
#define ROW_CELLS_MAX 32

int jxau_map_read(xlsx_book *book, jxau_map *m, char *err, size_t cap)
{
    xlsx_sheet *s = xlsx_sheet_by_name(book, JXAU_MAP_SHEET);
    const char *cells[ROW_CELLS_MAX];
    char nums[ROW_CELLS_MAX][32];
    size_t i = 0;

    memset(m, 0, sizeof *m);
    if (s == NULL)
        return 1;
    if (xlsx_sheet_load(book, s, err, cap) < 0)
        return -1;
    while (i < s->ncells) {
        uint32_t row = s->cells[i].row;
        size_t n = 0;
        memset(cells, 0, sizeof cells);
        for (; i < s->ncells && s->cells[i].row == row; i++) {
            uint32_t col = s->cells[i].col;
            if (col < ROW_CELLS_MAX) {
                cells[col] = cell_text(&s->cells[i], nums[col], sizeof nums[col]);
                if (col + 1 > n)
                    n = col + 1;
            }
        }
        if (row >= JXAU_MAP_ROWS_MAX) {
            snprintf(err, cap, "refused: the map has more than %d rows (map records limit)",
                     JXAU_MAP_ROWS_MAX);
            return -1;
        }
        if (m->table == NULL) {
            if (row != 0) {
                snprintf(err, cap, "the %s sheet does not start with \"%s\"", JXAU_MAP_SHEET,
                         JXAU_MAP_MAGIC);
                return -1;
            }
            if (jxau_map_begin(m, cells, n, err, cap) < 0)
                return -1;
            continue;
        }
        if (jxau_map_add(m, row + 1, cells, n) < 0) {
            snprintf(err, cap, "out of memory reading the map");
            return -1;
        }
    }
    if (m->table == NULL) {
        snprintf(err, cap, "the %s sheet is empty", JXAU_MAP_SHEET);
        return -1;
    }
    return 0;
}
