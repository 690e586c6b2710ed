/*
 * xlsx_ref.c - cell references and shared formulas (the xlsx reader; see xlsx.h, xlsx_int.h).
 */
#include "xlsx_int.h"

/* ------------------------------------------------------------------ */
/* references and shared formulas                                       */

int xlsx_ref_parse(const char *ref, size_t len, uint32_t *row, uint32_t *col)
{
    size_t i = 0;
    uint64_t c = 0, r = 0;
    int nc = 0, nr = 0;

    if (i < len && ref[i] == '$')
        i++;
    while (i < len && isalpha((unsigned char)ref[i]) && nc < 4) {
        c = c * 26 + (uint64_t)(toupper((unsigned char)ref[i]) - 'A' + 1);
        i++;
        nc++;
    }
    if (i < len && ref[i] == '$')
        i++;
    while (i < len && isdigit((unsigned char)ref[i]) && nr < 8) {
        r = r * 10 + (uint64_t)(ref[i] - '0');
        i++;
        nr++;
    }
    if (i != len || nc == 0 || nr == 0 || c > XLSX_MAX_COL || r == 0 || r > XLSX_MAX_ROW)
        return -1;
    *row = (uint32_t)(r - 1);
    *col = (uint32_t)(c - 1);
    return 0;
}

void xlsx_ref_format(uint32_t row, uint32_t col, char *buf, size_t cap)
{
    char letters[8];
    int n = 0;
    uint32_t c = col + 1;
    while (c > 0 && n < 7) {
        letters[n++] = (char)('A' + (c - 1) % 26);
        c = (c - 1) / 26;
    }
    for (int i = 0; i < n / 2; i++) {
        char t = letters[i];
        letters[i] = letters[n - 1 - i];
        letters[n - 1 - i] = t;
    }
    letters[n] = '\0';
    snprintf(buf, cap, "%s%u", letters, row + 1);
}

static int ident_char(char ch)
{
    return isalnum((unsigned char)ch) || ch == '_' || ch == '.' || (unsigned char)ch >= 0x80;
}

/*
 * Length of a cell reference starting at s (with optional $ signs), or 0.
 * Sets the parts' positions so the caller can move them.
 */
static size_t scan_ref(const char *s, int *col_abs, size_t *col_len, int *row_abs,
                       size_t *row_at, size_t *row_len)
{
    size_t i = 0, cl = 0, rl = 0;
    *col_abs = s[i] == '$';
    if (*col_abs)
        i++;
    while (isalpha((unsigned char)s[i + cl]) && cl < 4)
        cl++;
    if (cl == 0 || cl > 3)
        return 0;
    i += cl;
    *row_abs = s[i] == '$';
    if (*row_abs)
        i++;
    *row_at = i;
    while (isdigit((unsigned char)s[i + rl]) && rl < 8)
        rl++;
    if (rl == 0)
        return 0;
    i += rl;
    *col_len = cl;
    *row_len = rl;
    /* a function name (LOG10() or a longer name (ABC12X) is not a reference */
    if (ident_char(s[i]) || s[i] == '(' || s[i] == '!')
        return 0;
    return i;
}

static int append(char **out, size_t *len, size_t *alloc, const char *s, size_t n)
{
    if (*len + n + 1 > *alloc) {
        size_t na = (*len + n + 1) * 2;
        char *g = realloc(*out, na);
        if (g == NULL)
            return -1;
        *out = g;
        *alloc = na;
    }
    memcpy(*out + *len, s, n);
    *len += n;
    (*out)[*len] = '\0';
    return 0;
}

char *xlsx_formula_shift(const char *f, long drow, long dcol)
{
    size_t len = 0, alloc = strlen(f) + 16, i = 0;
    char *out = malloc(alloc);

    if (out == NULL)
        return NULL;
    out[0] = '\0';
    while (f[i]) {
        int ca, ra;
        size_t cl, rat, rl, n;
        if (f[i] == '"' || f[i] == '\'') {
            /* a string literal or a quoted sheet name: copy to its end */
            char q = f[i];
            size_t j = i + 1;
            while (f[j] && !(f[j] == q && f[j + 1] != q))
                j += (f[j] == q) ? 2 : 1;
            if (f[j])
                j++;
            if (append(&out, &len, &alloc, f + i, j - i) < 0)
                goto fail;
            i = j;
            continue;
        }
        if ((i == 0 || !ident_char(f[i - 1])) &&
            (n = scan_ref(f + i, &ca, &cl, &ra, &rat, &rl)) > 0) {
            uint32_t row, col;
            char buf[32], letters[16];
            char ref[24];
            size_t k = 0;
            for (size_t j = 0; j < n && k < sizeof ref - 1; j++)
                if (f[i + j] != '$')
                    ref[k++] = f[i + j];
            if (xlsx_ref_parse(ref, k, &row, &col) < 0)
                goto fail;
            long nr = (long)row + (ra ? 0 : drow), nc = (long)col + (ca ? 0 : dcol);
            if (nr < 0 || nc < 0 || nr >= (long)XLSX_MAX_ROW || nc >= (long)XLSX_MAX_COL)
                goto fail;
            xlsx_ref_format(0, (uint32_t)nc, letters, sizeof letters);
            letters[strlen(letters) - 1] = '\0';  /* drop the row "1" */
            snprintf(buf, sizeof buf, "%s%s%s%ld", ca ? "$" : "", letters, ra ? "$" : "", nr + 1);
            if (append(&out, &len, &alloc, buf, strlen(buf)) < 0)
                goto fail;
            i += n;
            continue;
        }
        /* copy one identifier or one character */
        size_t j = i + 1;
        if (ident_char(f[i]))
            while (ident_char(f[j]))
                j++;
        if (append(&out, &len, &alloc, f + i, j - i) < 0)
            goto fail;
        i = j;
    }
    return out;
fail:
    free(out);
    return NULL;
}
