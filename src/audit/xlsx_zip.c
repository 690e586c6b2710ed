/*
 * xlsx_zip.c - parts read out of the zip within the limits; opening a workbook (the xlsx reader; see xlsx.h, xlsx_int.h).
 */
#include "xlsx_int.h"

/* ------------------------------------------------------------------ */
/* reading parts                                                        */

/*
 * Read a zip entry into a NUL-terminated buffer.  Returns 0 and the
 * buffer, 1 when the entry does not exist, -1 on error (err set).  The
 * size limits are checked on the bytes actually inflated.
 */
int xlsx_read_part(xlsx_book *b, const char *name, char **out, size_t *outlen,
                     char *err, size_t cap)
{
    zip_int64_t idx = zip_name_locate(b->zip, name, 0);
    zip_stat_t st;
    zip_file_t *zf;
    size_t have = 0, alloc;
    char *buf;

    *out = NULL;
    if (idx < 0)
        return 1;
    zip_stat_init(&st);
    if (zip_stat_index(b->zip, (zip_uint64_t)idx, 0, &st) != 0) {
        xlsx_set_err(err, cap, b->lang, XLSX_MSG_CANNOT_READ_PART, name, zip_strerror(b->zip));
        return -1;
    }
    if ((st.valid & ZIP_STAT_SIZE) && st.size > XLSX_PART_MAX) {
        xlsx_set_err(err, cap, b->lang, XLSX_MSG_PART_OVER_MIB, name, XLSX_PART_MAX >> 20);
        return -1;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        xlsx_set_err(err, cap, b->lang, XLSX_MSG_PART_ENCRYPTED, name);
        return -1;
    }
    zf = zip_fopen_index(b->zip, (zip_uint64_t)idx, 0);
    if (zf == NULL) {
        xlsx_set_err(err, cap, b->lang, XLSX_MSG_CANNOT_OPEN_PART, name, zip_strerror(b->zip));
        return -1;
    }
    alloc = (st.valid & ZIP_STAT_SIZE) && st.size < (1u << 20) ? (size_t)st.size + 1 : (1u << 16);
    buf = malloc(alloc);
    for (;;) {
        zip_int64_t n;
        if (buf == NULL) {
            zip_fclose(zf);
            xlsx_set_err(err, cap, b->lang, XLSX_MSG_NOMEM_READING, name);
            return -1;
        }
        if (have + 1 >= alloc) {
            char *g;
            if (alloc > XLSX_PART_MAX) {
                free(buf);
                zip_fclose(zf);
                xlsx_set_err(err, cap, b->lang, XLSX_MSG_PART_OVER_MIB, name, XLSX_PART_MAX >> 20);
                return -1;
            }
            g = realloc(buf, alloc * 2);
            if (g == NULL) {
                free(buf);
                buf = NULL;
                continue;
            }
            buf = g;
            alloc *= 2;
        }
        n = zip_fread(zf, buf + have, alloc - 1 - have);
        if (n < 0) {
            xlsx_set_err(err, cap, b->lang, XLSX_MSG_CORRUPT_ENTRY, name, zip_file_strerror(zf));
            free(buf);
            zip_fclose(zf);
            return -1;
        }
        if (n == 0)
            break;
        have += (size_t)n;
        b->read_total += (size_t)n;
        if (have > XLSX_PART_MAX) {
            free(buf);
            zip_fclose(zf);
            xlsx_set_err(err, cap, b->lang, XLSX_MSG_PART_OVER_MIB, name, XLSX_PART_MAX >> 20);
            return -1;
        }
        if (b->read_total > XLSX_BOOK_MAX) {
            free(buf);
            zip_fclose(zf);
            xlsx_set_err(err, cap, b->lang, XLSX_MSG_BOOK_OVER_MIB, XLSX_BOOK_MAX >> 20);
            return -1;
        }
    }
    if (zip_fclose(zf) != 0) {
        xlsx_set_err(err, cap, b->lang, XLSX_MSG_CORRUPT_CHECKSUM, name);
        free(buf);
        return -1;
    }
    buf[have] = '\0';
    *out = buf;
    if (outlen)
        *outlen = have;
    return 0;
}

/* ------------------------------------------------------------------ */
/* opening                                                              */

static const unsigned char ole_magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

/* Name what the first bytes say a non-zip file is. */
static int sniff(const unsigned char *head, size_t n, jx_lang lang, char *err, size_t cap)
{
    if (n >= 4 && memcmp(head, ole_magic, 4) == 0) {
        xlsx_set_err(err, cap, lang, XLSX_MSG_OLE);
        return -1;
    }
    if (n < 4 || head[0] != 'P' || head[1] != 'K') {
        xlsx_set_err(err, cap, lang, XLSX_MSG_NOT_ZIP);
        return -1;
    }
    return 0;
}

static const char *zip_err_text(int code, char *buf, size_t cap)
{
    zip_error_t ze;
    zip_error_init_with_code(&ze, code);
    snprintf(buf, cap, "%s", zip_error_strerror(&ze));
    zip_error_fini(&ze);
    return buf;
}

xlsx_book *xlsx_finish_open(xlsx_book *b, char *err, size_t cap)
{
    if (xlsx_load_workbook(b, err, cap) < 0) {
        xlsx_close(b);
        return NULL;
    }
    xlsx_load_props(b);
    return b;
}

/* What a file that is not a regular file is, for the message. */
static const char *file_kind(mode_t mode, jx_lang lang)
{
    int en = lang == JX_LANG_EN;
    if (S_ISFIFO(mode)) return en ? "named pipe" : "命名管道";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return en ? "device" : "设备";
    if (S_ISDIR(mode)) return en ? "folder" : "文件夹";
    if (S_ISSOCK(mode)) return en ? "socket" : "特殊文件";
    return en ? "special file" : "特殊文件";
}

/*
 * Open for reading without ever blocking: a named pipe or a device given
 * as a workbook would otherwise wait forever for a writer.  The check is
 * made on the opened descriptor (fstat), so the file cannot be swapped
 * between the check and the read.  Returns the descriptor or -1.
 */
static int open_regular(const char *path, jx_lang lang, char *err, size_t cap)
{
    struct stat st;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);

    if (fd < 0) {
        xlsx_set_err(err, cap, lang, XLSX_MSG_CANNOT_OPEN, strerror(errno));
        return -1;
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        xlsx_set_err(err, cap, lang, XLSX_MSG_NOT_REGULAR, file_kind(st.st_mode, lang));
        close(fd);
        return -1;
    }
    return fd;
}

static xlsx_book *open_path(const char *path, jx_lang lang, char *err, size_t cap);

xlsx_book *xlsx_open(const char *path, char *err, size_t cap)
{
    return xlsx_open_lang(path, JX_LANG_EN, NULL, err, cap);
}

xlsx_book *xlsx_open_lang(const char *path, jx_lang lang, int *msg, char *err, size_t cap)
{
    xlsx_book *b = open_path(path, lang, err, cap);
    if (msg != NULL)
        *msg = b == NULL ? xlsx_last_msg : -1;
    return b;
}

static xlsx_book *open_path(const char *path, jx_lang lang, char *err, size_t cap)
{
    unsigned char head[8];
    ssize_t n;
    int fd = open_regular(path, lang, err, cap);
    xlsx_book *b;
    int zerr = 0;
    char zbuf[128];

    if (fd < 0)
        return NULL;
    n = pread(fd, head, sizeof head, 0);
    if (sniff(head, n > 0 ? (size_t)n : 0, lang, err, cap) < 0) {
        close(fd);
        return NULL;
    }
    if ((b = calloc(1, sizeof *b)) == NULL) {
        close(fd);
        xlsx_set_err(err, cap, lang, XLSX_MSG_NOMEM);
        return NULL;
    }
    b->lang = lang;
    b->zip = zip_fdopen(fd, ZIP_CHECKCONS, &zerr);   /* owns fd from here on */
    if (b->zip == NULL) {
        xlsx_set_err(err, cap, lang, XLSX_MSG_CORRUPT_ZIP, zip_err_text(zerr, zbuf, sizeof zbuf));
        close(fd);
        free(b);
        return NULL;
    }
    return xlsx_finish_open(b, err, cap);
}

xlsx_book *xlsx_open_buffer(const void *data, size_t len, char *err, size_t cap)
{
    return xlsx_open_buffer_lang(data, len, JX_LANG_EN, err, cap);
}

xlsx_book *xlsx_open_buffer_lang(const void *data, size_t len, jx_lang lang, char *err,
                                 size_t cap)
{
    xlsx_book *b;
    zip_error_t ze;
    zip_source_t *src;

    if (sniff(data, len, lang, err, cap) < 0)
        return NULL;
    b = calloc(1, sizeof *b);
    if (b == NULL) {
        xlsx_set_err(err, cap, lang, XLSX_MSG_NOMEM);
        return NULL;
    }
    b->lang = lang;
    zip_error_init(&ze);
    src = zip_source_buffer_create(data, len, 0, &ze);
    if (src == NULL) {
        xlsx_set_err(err, cap, lang, XLSX_MSG_CANNOT_READ_BUFFER, zip_error_strerror(&ze));
        zip_error_fini(&ze);
        free(b);
        return NULL;
    }
    b->zip = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
    if (b->zip == NULL) {
        xlsx_set_err(err, cap, lang, XLSX_MSG_CORRUPT_ZIP, zip_error_strerror(&ze));
        zip_source_free(src);
        zip_error_fini(&ze);
        free(b);
        return NULL;
    }
    zip_error_fini(&ze);
    return xlsx_finish_open(b, err, cap);
}
