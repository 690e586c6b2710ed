/*
 * csv.c - strict UTF-8 CSV reader (see csv.h).
 */
#include "csv.h"

#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "jixiao/utf8.h"
#include "msg.h"

int tpl_looks_gbk(const unsigned char *s, size_t len)
{
    return len >= 2 && s[0] >= 0x81 && s[0] <= 0xFE &&
           s[1] >= 0x40 && s[1] <= 0xFE && s[1] != 0x7F;
}

int tpl_gbk_valid(const unsigned char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        if (s[i] < 0x80) {
            i++;
        } else if (tpl_looks_gbk(s + i, len - i)) {
            i += 2;
        } else {
            return 0;
        }
    }
    return 1;
}

/* Line number (from 1) of byte offset `off`. */
static long line_of(const char *data, size_t off)
{
    long line = 1;
    for (size_t i = 0; i < off; i++)
        if (data[i] == '\n')
            line++;
    return line;
}

static FILE *notes;

void tpl_csv_notes(FILE *f)
{
    notes = f;
}

/*
 * UTF-16 (Excel's "Unicode 文本"): a byte-order mark, or NUL bytes in
 * every other place of the first line's worth of text.
 */
static int looks_utf16(const unsigned char *s, size_t len)
{
    size_t n = len < 256 ? len : 256, zeros[2] = {0, 0};
    if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
        return 1;
    for (size_t i = 0; i < n; i++)
        zeros[i & 1] += s[i] == 0;
    return n >= 4 && (zeros[0] * 4 >= n || zeros[1] * 4 >= n);
}

/*
 * Whether the bytes read more like GB18030/GBK than like UTF-8 with a
 * flaw: of the non-ASCII characters, fewer decode as UTF-8 than do not.
 * A UTF-8 file with one broken character stays a UTF-8 error (converting
 * it as GB18030 could succeed and turn every Chinese character into the
 * wrong one); a GBK file has a broken "UTF-8" character almost every
 * other byte.
 */
static int mostly_not_utf8(const char *data, size_t len)
{
    size_t good = 0, bad = 0, i = 0;
    while (i < len) {
        if ((unsigned char)data[i] < 0x80) {
            i++;
            continue;
        }
        size_t n = 1;
        while (n < 4 && i + n < len && ((unsigned char)data[i + n] & 0xC0) == 0x80)
            n++;
        size_t ok = jx_utf8_check(data + i, n);
        if (ok == n) {
            good++;
            i += n;
        } else {
            bad++;
            i += ok > 0 ? ok : 1;
        }
    }
    return bad > good;
}

/*
 * Convert c->data from GB18030 (a superset of GBK) to UTF-8 with glibc's
 * iconv.  Returns TPL_OK, or the offset of the first byte it could not
 * read in *bad and TPL_EXIT_INPUT.
 */
static int from_gb18030(tpl_csv *c, size_t *bad, tpl_diag *d)
{
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    size_t cap = c->len * 2 + 4, inleft = c->len, outleft = cap;
    char *out, *in = c->data, *o;

    if (cd == (iconv_t)-1)
        return tpl_msg_fail(d, TPL_EXIT_INTERNAL, c->path, 0, TPL_M_NO_GB18030, strerror(errno));
    out = malloc(cap + 1);
    if (out == NULL) {
        iconv_close(cd);
        return tpl_msg_fail_nomem(d, c->path, 0);
    }
    o = out;
    if (iconv(cd, &in, &inleft, &o, &outleft) == (size_t)-1 ||
        iconv(cd, NULL, NULL, &o, &outleft) == (size_t)-1) {
        *bad = (size_t)(in - c->data);
        iconv_close(cd);
        free(out);
        return TPL_EXIT_INPUT;
    }
    iconv_close(cd);
    *o = '\0';
    free(c->data);
    c->data = out;
    c->len = (size_t)(o - out);
    return TPL_OK;
}

/*
 * Read the loaded bytes as UTF-8 (with or without a BOM) or, what Excel
 * and WPS on Chinese Windows save as "CSV (逗号分隔)", as GB18030/GBK,
 * converted to UTF-8; UTF-16 is refused by name.  Skips a BOM.
 */
static int check_text(tpl_csv *c, tpl_diag *d)
{
    size_t bad;

    if (looks_utf16((const unsigned char *)c->data, c->len))
        return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, 1, TPL_M_UTF16);
    c->encoding = "UTF-8";
    bad = jx_utf8_check(c->data, c->len);
    if (bad < c->len) {
        const unsigned char *b = (const unsigned char *)c->data + bad;
        if (!mostly_not_utf8(c->data, c->len))
            return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, line_of(c->data, bad),
                                TPL_M_BAD_UTF8, bad + 1, (unsigned)b[0]);
        int gbk = tpl_gbk_valid((const unsigned char *)c->data, c->len);
        size_t where = 0;
        int rc = from_gb18030(c, &where, d);
        if (rc == TPL_EXIT_INPUT)
            return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, line_of(c->data, where),
                                TPL_M_NOT_UTF8_NOR_GB, where + 1, (unsigned)(unsigned char)c->data[where]);
        if (rc != TPL_OK)
            return rc;
        c->encoding = gbk ? "GBK" : "GB18030";
        if (notes) {
            fputs("jixiao-template: ", notes);
            tpl_msg_print(notes, TPL_M_READ_AS, c->path, c->encoding);
            fputc('\n', notes);
        }
    }
    if (memchr(c->data, '\0', c->len) != NULL)
        return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path,
                            line_of(c->data, (size_t)((char *)memchr(c->data, '\0', c->len) - c->data)),
                            TPL_M_NUL_BYTES);
    if (c->len >= 3 && memcmp(c->data, "\xEF\xBB\xBF", 3) == 0)
        c->pos = 3;
    c->line = 1;
    c->bufcap = c->len + 2;
    c->buf = malloc(c->bufcap);
    if (c->buf == NULL)
        return tpl_msg_fail_nomem(d, c->path, 0);
    return TPL_OK;
}

int tpl_csv_open_mem(tpl_csv *c, const char *name, const char *text,
                     size_t len, tpl_diag *d)
{
    memset(c, 0, sizeof *c);
    c->path = name;
    c->data = malloc(len + 1);
    if (c->data == NULL)
        return tpl_msg_fail_nomem(d, name, 0);
    memcpy(c->data, text, len);
    c->data[len] = '\0';
    c->len = len;
    return check_text(c, d);
}

/* What a non-regular file is, for the refusal. */
static tpl_msg_id file_kind(mode_t m)
{
    if (S_ISDIR(m))
        return TPL_M_KIND_FOLDER;
    if (S_ISFIFO(m))
        return TPL_M_KIND_FIFO;
    if (S_ISCHR(m) || S_ISBLK(m))
        return TPL_M_KIND_DEVICE;
    if (S_ISSOCK(m))
        return TPL_M_KIND_SOCKET;
    return TPL_M_KIND_SPECIAL;
}

static int not_regular(const char *path, mode_t m, tpl_diag *d)
{
    return tpl_msg_fail(d, TPL_EXIT_INPUT, path, 0, TPL_M_NOT_REGULAR, tpl_msg_text(file_kind(m)));
}

/*
 * Open a regular file for reading without ever waiting: a named pipe
 * would block open() until a writer came, and a device or a folder is
 * not a CSV.  stat() first so that a device is not even opened; then
 * open with O_NONBLOCK and check again with fstat() (the name may have
 * changed in between).
 */
static FILE *open_regular(const char *path, tpl_diag *d)
{
    struct stat st;
    int fd, flags;
    FILE *f;

    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        not_regular(path, st.st_mode, d);
        return NULL;
    }
    fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        tpl_msg_fail(d, TPL_EXIT_INPUT, path, 0, TPL_M_CANNOT_OPEN, strerror(errno));
        return NULL;
    }
    if (fstat(fd, &st) != 0) {
        tpl_msg_fail(d, TPL_EXIT_INPUT, path, 0, TPL_M_CANNOT_STAT, strerror(errno));
        close(fd);
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        not_regular(path, st.st_mode, d);
        close(fd);
        return NULL;
    }
    flags = fcntl(fd, F_GETFL);
    if (flags >= 0)
        fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    f = fdopen(fd, "rb");
    if (f == NULL) {
        tpl_msg_fail(d, TPL_EXIT_INPUT, path, 0, TPL_M_CANNOT_OPEN, strerror(errno));
        close(fd);
    }
    return f;
}

int tpl_csv_open(tpl_csv *c, const char *path, tpl_diag *d)
{
    FILE *f;
    long size;

    memset(c, 0, sizeof *c);
    c->path = path;
    f = open_regular(path, d);
    if (f == NULL)
        return d->code;
    if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 ||
        fseek(f, 0, SEEK_SET) != 0) {
        fclose(f);
        return tpl_msg_fail(d, TPL_EXIT_INPUT, path, 0, TPL_M_CANNOT_SEEK);
    }
    if ((unsigned long)size > TPL_CSV_MAX_BYTES) {
        fclose(f);
        return tpl_msg_fail(d, TPL_EXIT_INPUT, path, 0, TPL_M_FILE_TOO_BIG, size, TPL_CSV_MAX_BYTES);
    }
    c->data = malloc((size_t)size + 1);
    if (c->data == NULL) {
        fclose(f);
        return tpl_msg_fail_nomem(d, path, 0);
    }
    c->len = fread(c->data, 1, (size_t)size, f);
    if (ferror(f)) {
        fclose(f);
        return tpl_msg_fail(d, TPL_EXIT_INPUT, path, 0, TPL_M_READ_FAILED, strerror(errno));
    }
    fclose(f);
    c->data[c->len] = '\0';
    return check_text(c, d);
}

/* Trim ASCII spaces and tabs around an unquoted field in place. */
static char *trim(char *s, char *end)
{
    while (s < end && (*s == ' ' || *s == '\t'))
        s++;
    while (end > s && (end[-1] == ' ' || end[-1] == '\t'))
        end--;
    *end = '\0';
    return s;
}

/* Skip blank lines (only spaces/tabs and a line end). */
static void skip_blank_lines(tpl_csv *c)
{
    for (;;) {
        size_t p = c->pos;
        while (p < c->len && (c->data[p] == ' ' || c->data[p] == '\t' || c->data[p] == '\r'))
            p++;
        if (p < c->len && c->data[p] == '\n') {
            c->pos = p + 1;
            c->line++;
            continue;
        }
        if (p >= c->len)
            c->pos = c->len;
        return;
    }
}

static int at_field_end(const tpl_csv *c)
{
    return c->pos >= c->len || c->data[c->pos] == ',' || c->data[c->pos] == '\n' ||
           c->data[c->pos] == '\r';
}

static void skip_spaces(tpl_csv *c)
{
    while (c->pos < c->len && (c->data[c->pos] == ' ' || c->data[c->pos] == '\t'))
        c->pos++;
}

/*
 * A quoted field from just after its opening quote: "" is a quote, line
 * ends belong to the field; after the closing quote only spaces may come
 * before the comma or the line end.  Returns the end of the copy in out,
 * or NULL with d filled.
 */
static char *quoted_field(tpl_csv *c, char *out, tpl_diag *d)
{
    for (;;) {
        if (c->pos >= c->len) {
            tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, c->rec_line, TPL_M_OPEN_QUOTE);
            return NULL;
        }
        char ch = c->data[c->pos++];
        if (ch == '"') {
            if (c->pos < c->len && c->data[c->pos] == '"') {
                *out++ = '"';
                c->pos++;
                continue;
            }
            break;
        }
        if (ch == '\n')
            c->line++;
        *out++ = ch;
    }
    skip_spaces(c);
    if (!at_field_end(c)) {
        tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, c->line, TPL_M_AFTER_QUOTE, c->nfields + 1);
        return NULL;
    }
    *out = '\0';
    return out;
}

/* An unquoted field: up to the comma or the line end; no quote inside. */
static char *plain_field(tpl_csv *c, char *out, tpl_diag *d)
{
    while (!at_field_end(c)) {
        if (c->data[c->pos] == '"') {
            tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, c->line, TPL_M_QUOTE_INSIDE, c->nfields + 1);
            return NULL;
        }
        *out++ = c->data[c->pos++];
    }
    return out;
}

/*
 * One field into out (then c->field[c->nfields++]); returns where the next
 * field's copy goes, or NULL with d filled.
 */
static char *next_field(tpl_csv *c, char *out, tpl_diag *d)
{
    char *start = out, *end;
    size_t p = c->pos;
    int quoted = 0;

    if (c->nfields >= TPL_CSV_MAX_FIELDS) {
        tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, c->rec_line, TPL_M_TOO_MANY_FIELDS, TPL_CSV_MAX_FIELDS);
        return NULL;
    }
    /* Spaces before an opening quote are allowed. */
    while (p < c->len && (c->data[p] == ' ' || c->data[p] == '\t'))
        p++;
    if (p < c->len && c->data[p] == '"') {
        quoted = 1;
        c->pos = p + 1;
        end = quoted_field(c, out, d);
    } else {
        end = plain_field(c, out, d);
    }
    if (end == NULL)
        return NULL;
    c->field[c->nfields++] = quoted ? start : trim(start, end);
    return end + 1;
}

/* After a field: 1 when a comma says another follows, else past the line end and 0. */
static int next_in_record(tpl_csv *c)
{
    if (c->pos < c->len && c->data[c->pos] == ',') {
        c->pos++;
        return 1;
    }
    if (c->pos < c->len && c->data[c->pos] == '\r')
        c->pos++;
    if (c->pos < c->len && c->data[c->pos] == '\n') {
        c->pos++;
        c->line++;
    }
    return 0;
}

int tpl_csv_next(tpl_csv *c, tpl_diag *d)
{
    char *out = c->buf;

    skip_blank_lines(c);
    if (c->pos >= c->len)
        return 0;
    c->rec_line = c->line;
    c->nfields = 0;
    do {
        out = next_field(c, out, d);
        if (out == NULL)
            return -1;
    } while (next_in_record(c));
    return 1;
}

int tpl_csv_read_header(tpl_csv *c, const char *const names[][TPL_CSV_NAMES], int n, int map[],
                        tpl_diag *d)
{
    int r = tpl_csv_next(c, d);

    if (r < 0)
        return d->code;
    if (r == 0)
        return tpl_msg_fail(d, TPL_EXIT_INPUT, c->path, 1, TPL_M_EMPTY_FILE);
    for (int k = 0; k < n; k++) {
        map[k] = -1;
        for (int i = 0; i < c->nfields && map[k] < 0; i++)
            for (int j = 0; names[k][j]; j++)
                if (strcmp(c->field[i], names[k][j]) == 0) {
                    map[k] = i;
                    break;
                }
    }
    return TPL_OK;
}

void tpl_csv_close(tpl_csv *c)
{
    free(c->data);
    free(c->buf);
    c->data = c->buf = NULL;
}
