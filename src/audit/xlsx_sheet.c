/*
 * xlsx_sheet.c - worksheets and their cells (the xlsx reader; see xlsx.h, xlsx_int.h).
 */
#include "xlsx_int.h"

/* ------------------------------------------------------------------ */
/* worksheets                                                           */

typedef struct shared_f {
    long si;
    uint32_t row, col;
    const char *text;       /* points into the tree */
} shared_f;

typedef struct sheet_ctx {
    xlsx_book *b;
    xlsx_sheet *s;
    size_t alloc;
    shared_f *sf;
    size_t nsf, sfalloc;
    char *err;
    size_t cap;
    uint32_t row, next_row, col;   /* the current row, the next one, the next column */
} sheet_ctx;

static int cell_cmp(const void *a, const void *b)
{
    const xlsx_cell *x = a, *y = b;
    if (x->row != y->row)
        return x->row < y->row ? -1 : 1;
    return x->col < y->col ? -1 : x->col > y->col;
}

static xlsx_type type_of(const char *t)
{
    if (t == NULL || strcmp(t, "n") == 0) return XLSX_T_N;
    if (strcmp(t, "s") == 0) return XLSX_T_S;
    if (strcmp(t, "str") == 0) return XLSX_T_STR;
    if (strcmp(t, "inlineStr") == 0) return XLSX_T_INLINE;
    if (strcmp(t, "b") == 0) return XLSX_T_B;
    if (strcmp(t, "e") == 0) return XLSX_T_E;
    if (strcmp(t, "d") == 0) return XLSX_T_STR;   /* ISO dates: keep as text */
    return XLSX_T_NONE;
}

static int parse_number(const char *v, double *out)
{
    char *end;
    while (isspace((unsigned char)*v))
        v++;
    if (*v == '\0')
        return -1;
    errno = 0;
    *out = strtod(v, &end);
    while (isspace((unsigned char)*end))
        end++;
    return *end == '\0' && isfinite(*out) ? 0 : -1;
}

static int spend_formula(sheet_ctx *x, const char *f)
{
    return xlsx_spend(x->b, &x->b->formula_bytes, strlen(f) + 1, XLSX_FORMULA_BYTES_MAX, "formula", "公式",
                 x->err, x->cap);
}

/* The formula of a cell: plain, a shared master, or a shared follower.
 * 0, -1 out of memory, -2 refused (err set). */
static int cell_formula(sheet_ctx *x, xlsx_cell *c, const xmlNode *f)
{
    const char *t = xlsx_attr(f, "t"), *si = xlsx_attr(f, "si");
    char *text = xlsx_text_of(f);

    if (text == NULL)
        return -1;
    if (t && strcmp(t, "shared") == 0 && si) {
        long id = strtol(si, NULL, 10);
        if (text[0]) {
            /* the master: remember it for the cells below and right */
            if (x->nsf == x->sfalloc) {
                size_t na = x->sfalloc ? x->sfalloc * 2 : 16;
                shared_f *g = realloc(x->sf, na * sizeof *g);
                if (g == NULL) {
                    free(text);
                    return -1;
                }
                x->sf = g;
                x->sfalloc = na;
            }
            x->sf[x->nsf++] = (shared_f){id, c->row, c->col, text};
            c->shared = 1;
            if (spend_formula(x, text) < 0)
                return -2;
            c->formula = xlsx_strdup(text);
            return c->formula ? 0 : -1;
        }
        free(text);
        for (size_t i = x->nsf; i-- > 0;)
            if (x->sf[i].si == id) {
                /* each follower costs the master's length: counted before
                 * the work, so a small file cannot expand to gigabytes */
                if (spend_formula(x, x->sf[i].text) < 0)
                    return -2;
                c->formula = xlsx_formula_shift(x->sf[i].text,
                                                (long)c->row - (long)x->sf[i].row,
                                                (long)c->col - (long)x->sf[i].col);
                c->shared = 1;
                return 0;   /* NULL when it leaves the sheet: no formula */
            }
        return 0;           /* a follower without master: no formula text */
    }
    if (t && strcmp(t, "array") != 0 && strcmp(t, "normal") != 0 && strcmp(t, "shared") != 0) {
        free(text);         /* dataTable formulas have no text to audit */
        return 0;
    }
    if (spend_formula(x, text) < 0) {
        free(text);
        return -2;
    }
    c->formula = text;
    return 0;
}

static int add_cell(sheet_ctx *x, const xmlNode *cn, uint32_t rowhint, uint32_t *nextcol)
{
    const char *r = xlsx_attr(cn, "r"), *t = xlsx_attr(cn, "t");
    xlsx_cell *c;
    xmlNode *v = xlsx_child(cn, "v"), *f = xlsx_child(cn, "f"), *is = xlsx_child(cn, "is");
    char *vt = NULL;
    char ref[24];
    int rc;

    if (x->b->ncells >= XLSX_CELLS_MAX) {
        xlsx_refuse(x->b, x->err, x->cap, XLSX_MSG_LIMIT_CELLS, XLSX_CELLS_MAX);
        return -1;
    }
    x->b->ncells++;
    if (x->s->ncells == x->alloc) {
        size_t na = x->alloc ? x->alloc * 2 : 256;
        xlsx_cell *g = realloc(x->s->cells, na * sizeof *g);
        if (g == NULL)
            goto nomem;
        x->s->cells = g;
        x->alloc = na;
    }
    c = &x->s->cells[x->s->ncells];
    memset(c, 0, sizeof *c);
    if (r) {
        if (xlsx_ref_parse(r, strlen(r), &c->row, &c->col) < 0) {
            xlsx_set_err(x->err, x->cap, x->b->lang, XLSX_MSG_BAD_REF, x->s->name, r);
            return -1;
        }
    } else {
        c->row = rowhint;
        c->col = *nextcol;
    }
    *nextcol = c->col + 1;
    c->type = type_of(t);
    if (f && (rc = cell_formula(x, c, f)) < 0) {
        if (rc == -2)
            return -1;
        goto nomem;
    }
    x->s->ncells++;   /* from here on xlsx_close frees what c owns */
    if (c->type == XLSX_T_INLINE) {
        if (is == NULL) {
            c->type = XLSX_T_NONE;
            return 0;
        }
        if ((c->text = xlsx_string_item(is)) == NULL)
            goto nomem;
        return xlsx_spend(x->b, &x->b->text_bytes, strlen(c->text), XLSX_TEXT_BYTES_MAX, "text", "文本",
                     x->err, x->cap);
    }
    if (v == NULL) {
        c->type = XLSX_T_NONE;
        return 0;
    }
    if ((vt = xlsx_text_of(v)) == NULL)
        goto nomem;
    xlsx_ref_format(c->row, c->col, ref, sizeof ref);
    switch (c->type) {
    case XLSX_T_N:
    case XLSX_T_B:
        if (parse_number(vt, &c->num) < 0) {
            xlsx_set_err(x->err, x->cap, x->b->lang, XLSX_MSG_BAD_NUMBER, x->s->name, ref, vt);
            free(vt);
            return -1;
        }
        free(vt);
        return 0;
    case XLSX_T_S: {
        double idx;
        if (parse_number(vt, &idx) < 0 || idx < 0 || idx != floor(idx) ||
            idx >= (double)x->b->nshared) {
            xlsx_set_err(x->err, x->cap, x->b->lang, XLSX_MSG_NO_SHARED,
                    x->s->name, ref, vt,
                    x->b->has_shared_part ? "" : xlsx_msg_format(XLSX_MSG_NO_SST_PART, x->b->lang));
            free(vt);
            return -1;
        }
        c->text = x->b->shared[(size_t)idx];
        free(vt);
        return 0;
    }
    case XLSX_T_NONE:
        free(vt);
        return 0;
    default:
        c->text = vt;    /* kept: counted as text */
        return xlsx_spend(x->b, &x->b->text_bytes, strlen(vt), XLSX_TEXT_BYTES_MAX, "text", "文本", x->err,
                     x->cap);
    }
nomem:
    free(vt);
    xlsx_set_err(x->err, x->cap, x->b->lang, XLSX_MSG_NOMEM_SHEET, x->s->name);
    return -1;
}

/* A <row>: its number (r=, or the one after the previous row). */
static int on_row(sheet_ctx *x, xmlTextReaderPtr rd)
{
    xmlChar *r = xmlTextReaderGetAttribute(rd, (const xmlChar *)"r");
    if (r) {
        char *end;
        unsigned long n = strtoul((const char *)r, &end, 10);
        if (*end || n == 0 || n > XLSX_MAX_ROW || r[0] == '-') {
            xlsx_set_err(x->err, x->cap, x->b->lang, XLSX_MSG_BAD_ROW, x->s->name,
                    (const char *)r);
            xmlFree(r);
            return -1;
        }
        x->row = (uint32_t)(n - 1);
        xmlFree(r);
    } else {
        x->row = x->next_row;
    }
    x->next_row = x->row + 1;
    x->col = 0;
    return 0;
}

static int on_sheet_element(void *arg, xmlTextReaderPtr rd, const char *name, int depth)
{
    sheet_ctx *x = arg;
    xlsx_sheet *s = x->s;

    if (depth == 0) {
        if (strcmp(name, "chartsheet") == 0 || strcmp(name, "dialogsheet") == 0) {
            s->is_chart = 1;
            return 1;
        }
        if (strcmp(name, "worksheet") != 0) {
            xlsx_set_err(x->err, x->cap, x->b->lang, XLSX_MSG_NOT_WORKSHEET, s->name, s->part);
            return -1;
        }
        return 0;
    }
    if (depth == 1 && strcmp(name, "sheetProtection") == 0) {
        xmlChar *sh = xmlTextReaderGetAttribute(rd, (const xmlChar *)"sheet");
        s->protected_ = !(sh && (strcmp((const char *)sh, "0") == 0 ||
                                 strcmp((const char *)sh, "false") == 0));
        xmlFree(sh);
        return 0;
    }
    if (depth == 2 && strcmp(name, "row") == 0)
        return on_row(x, rd);
    if (depth == 3 && strcmp(name, "c") == 0) {
        xmlNode *c = xmlTextReaderExpand(rd);
        if (c == NULL)
            return 0;   /* malformed: stream_part reports the reader's error */
        return add_cell(x, c, x->row, &x->col) < 0 ? -1 : 0;
    }
    return 0;
}

int xlsx_sheet_load(xlsx_book *b, xlsx_sheet *s, char *err, size_t cap)
{
    sheet_ctx x = {b, s, 0, NULL, 0, 0, err, cap, 0, 0, 0};
    int rc;

    if (s->loaded)
        return 0;
    s->protected_ = 0;
    s->is_chart = 0;
    rc = xlsx_stream_part(b, s->part, on_sheet_element, &x, err, cap);
    if (rc == 1)
        xlsx_set_err(err, cap, b->lang, XLSX_MSG_MISSING_PART, s->name, s->part);
    for (size_t i = 0; i < x.nsf; i++)
        free((char *)x.sf[i].text);
    free(x.sf);
    if (rc != 0) {
        xlsx_free_cells(s);
        return -1;
    }
    if (s->ncells > 1)
        qsort(s->cells, s->ncells, sizeof *s->cells, cell_cmp);
    s->loaded = 1;
    return 0;
}

const xlsx_cell *xlsx_cell_at(const xlsx_sheet *s, uint32_t row, uint32_t col)
{
    xlsx_cell key;
    key.row = row;
    key.col = col;
    if (s == NULL || !s->loaded || s->ncells == 0)
        return NULL;
    return bsearch(&key, s->cells, s->ncells, sizeof key, cell_cmp);
}
