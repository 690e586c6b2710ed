/*
 * spec_xlsx.c - a spec given as an .xlsx workbook (spec.h).
 *
 * Budget systems export a department's 绩效目标表 as a workbook whose
 * first sheet has a title, a few lines about the unit, then a header row
 * (一级指标, 二级指标, 三级指标, 指标值, 分值, …) and the indicator rows.
 * The workbook is read with the audit's reader (src/audit/xlsx.c: libzip
 * and libxml2, the same limits on untrusted files) and the sheet is turned
 * into the CSV text the spec reader already knows, one line per sheet row:
 * rows above the header become blank lines, which the CSV reader skips,
 * so a message's line number is the row number the user sees in the
 * office.  Nothing about indicators is interpreted here.
 */
#include "spec.h"
#include "xlsx.h"
#include "msg.h"

#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int tpl_spec_is_xlsx(const char *path)
{
    unsigned char m[4] = {0};
    struct stat st;
    ssize_t n = 0;
    int fd;

    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return 0;
    fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);   /* never waits, even on a pipe */
    if (fd < 0)
        return 0;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
        n = read(fd, m, sizeof m);
    close(fd);
    return n == 4 && memcmp(m, "PK\3\4", 4) == 0;
}

/* Rows searched for the header (a title and unit lines come first). */
#define HEADER_ROWS 30

typedef struct sbuf {
    char *p;
    size_t len, cap;
    int oom;
} sbuf;

static void put(sbuf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 4096;
        while (nc < b->len + n + 1)
            nc *= 2;
        char *g = realloc(b->p, nc);
        if (g == NULL) {
            b->oom = 1;
            return;
        }
        b->p = g;
        b->cap = nc;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

/* A cell as text: a string as it is, a number in at most 15 digits. */
static const char *cell_text(const xlsx_cell *c, char *buf, size_t cap)
{
    if (c == NULL)
        return "";
    switch (c->type) {
    case XLSX_T_N:
        if (!isfinite(c->num))
            return "";
        snprintf(buf, cap, "%.15g", c->num);
        return buf;
    case XLSX_T_S:
    case XLSX_T_STR:
    case XLSX_T_INLINE:
        return c->text ? c->text : "";
    default:
        return "";
    }
}

/* One CSV field, quoted when it holds a comma, a quote or a line break. */
static void put_field(sbuf *b, const char *s)
{
    if (strpbrk(s, ",\"\r\n") == NULL) {
        put(b, s, strlen(s));
        return;
    }
    put(b, "\"", 1);
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            put(b, "\"\"", 2);
        else
            put(b, p, 1);
    }
    put(b, "\"", 1);
}

/* Widest column used in a row (cells are sorted by row, then column). */
static uint32_t row_width(const xlsx_sheet *s, size_t first, uint32_t row)
{
    uint32_t w = 0;
    for (size_t i = first; i < s->ncells && s->cells[i].row == row; i++)
        w = s->cells[i].col + 1;
    return w;
}

/* Is row `row` the header?  Its cell texts, as the spec reader matches them. */
static int is_header(const xlsx_sheet *s, size_t first, uint32_t row)
{
    const char *f[TPL_CSV_MAX_FIELDS];
    char num[TPL_CSV_MAX_FIELDS][32];
    int n = 0;

    for (size_t i = first; i < s->ncells && s->cells[i].row == row && n < TPL_CSV_MAX_FIELDS; i++) {
        f[n] = cell_text(&s->cells[i], num[n], sizeof num[n]);
        n++;
    }
    return tpl_spec_is_header(f, n);
}

/* The sheet from its header row on as CSV; rows above are blank lines. */
static void sheet_csv(const xlsx_sheet *s, sbuf *b)
{
    size_t i = 0;
    uint32_t line = 0;
    int in_table = 0;

    while (i < s->ncells) {
        uint32_t row = s->cells[i].row, w = row_width(s, i, row);
        size_t first = i;
        char num[32];
        for (; line < row; line++)
            put(b, "\n", 1);
        if (!in_table)
            in_table = is_header(s, first, row);
        if (in_table) {
            for (uint32_t col = 0; col < w; col++) {
                const xlsx_cell *c = NULL;
                for (size_t k = first; k < s->ncells && s->cells[k].row == row; k++)
                    if (s->cells[k].col == col)
                        c = &s->cells[k];
                if (col)
                    put(b, ",", 1);
                put_field(b, cell_text(c, num, sizeof num));
            }
        }
        put(b, "\n", 1);
        line = row + 1;
        while (i < s->ncells && s->cells[i].row == row)
            i++;
    }
}

/* The first visible sheet with a header row in its first rows, or NULL. */
static xlsx_sheet *find_sheet(xlsx_book *book, char *err, size_t cap)
{
    for (size_t k = 0; k < xlsx_sheet_count(book); k++) {
        xlsx_sheet *s = xlsx_sheet_at(book, k);
        if (s->state != XLSX_VISIBLE || s->is_chart)
            continue;
        if (xlsx_sheet_load(book, s, err, cap) < 0)
            return NULL;
        for (size_t i = 0; i < s->ncells && s->cells[i].row < HEADER_ROWS;) {
            uint32_t row = s->cells[i].row;
            if (is_header(s, i, row))
                return s;
            while (i < s->ncells && s->cells[i].row == row)
                i++;
        }
    }
    tpl_msg_format(err, cap, TPL_M_NO_HEADER_SHEET, HEADER_ROWS);
    return NULL;
}

int tpl_spec_xlsx_csv(const char *path, char **text, char **sheet, tpl_diag *d)
{
    char err[XLSX_ERR_MAX];
    /* The reader's reasons in the language of ours. */
    xlsx_book *book = xlsx_open_lang(path, tpl_msg_lang(), NULL, err, sizeof err);
    xlsx_sheet *s;
    sbuf b = {0};

    *text = NULL;
    *sheet = NULL;
    if (book == NULL)
        return tpl_msg_fail(d, TPL_EXIT_INPUT, path, 0, TPL_M_NOT_XLSX, err);
    s = find_sheet(book, err, sizeof err);
    if (s == NULL) {
        xlsx_close(book);
        return tpl_fail(d, TPL_EXIT_INPUT, path, 0, "%s", err);
    }
    sheet_csv(s, &b);
    *sheet = strdup(s->name);
    xlsx_close(book);
    if (b.oom || *sheet == NULL || b.p == NULL) {
        free(b.p);
        free(*sheet);
        *sheet = NULL;
        return tpl_msg_fail_nomem(d, path, 0);
    }
    *text = b.p;
    return TPL_OK;
}
