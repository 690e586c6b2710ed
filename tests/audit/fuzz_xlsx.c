/*
 * fuzz_xlsx.c - libFuzzer target over the audit's xlsx reader and the
 * whole audit of a workbook.
 *
 * Two input forms:
 *   - bytes starting with "PK": the bytes of an .xlsx file, opened with
 *     xlsx_open_buffer (libzip over zip_source_buffer).  Mutations mostly
 *     exercise libzip's own checks.
 *   - anything else: unpacked parts "name NUL content NUL name NUL ...",
 *     zipped here with libzip and then opened the same way, so that the
 *     mutations reach the XML of the workbook, the shared strings, the
 *     sheets and the _jixiao map (seeds: the fixture unpacked, see
 *     src/audit/audit.mk).
 * Every sheet is loaded and every cell touched, then the audit runs over
 * the workbook.  Any crash, leak or undefined behaviour is a failure, and
 * so is a failure without a one-line reason.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zip.h>

#include "audit.h"
#include "map.h"
#include "xlsx.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Most parts an unpacked input may name. */
#define PARTS_MAX 32

/*
 * Zip the unpacked parts of `data` in memory.  Returns a malloc'd zip and
 * its size, or NULL when the input has no part or libzip refuses a name.
 */
static void *pack(const uint8_t *data, size_t size, size_t *outlen)
{
    zip_error_t ze;
    zip_source_t *src;
    zip_t *z;
    const char *p = (const char *)data, *end = p + size;
    char names[PARTS_MAX][128];
    int n = 0;
    void *out = NULL;

    zip_error_init(&ze);
    src = zip_source_buffer_create(NULL, 0, 0, &ze);
    if (src == NULL)
        return NULL;
    zip_source_keep(src);
    z = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
    if (z == NULL) {
        zip_source_free(src);
        zip_error_fini(&ze);
        return NULL;
    }
    while (p < end && n < PARTS_MAX) {
        const char *nul = memchr(p, '\0', (size_t)(end - p)), *body, *bend;
        size_t nl = nul ? (size_t)(nul - p) : 0;
        if (nul == NULL || nl == 0 || nl >= sizeof names[0])
            break;
        memcpy(names[n], p, nl);
        names[n][nl] = '\0';
        body = nul + 1;
        bend = memchr(body, '\0', (size_t)(end - body));
        if (bend == NULL)
            bend = end;
        zip_source_t *part = zip_source_buffer(z, body, (zip_uint64_t)(bend - body), 0);
        if (part == NULL || zip_file_add(z, names[n], part, ZIP_FL_OVERWRITE) < 0)
            zip_source_free(part);
        n++;
        p = bend < end ? bend + 1 : end;
    }
    if (zip_close(z) != 0) {
        zip_discard(z);
        zip_source_free(src);
        zip_error_fini(&ze);
        return NULL;
    }
    if (zip_source_open(src) == 0) {
        zip_int64_t len;
        if (zip_source_seek(src, 0, SEEK_END) == 0 && (len = zip_source_tell(src)) > 0 &&
            zip_source_seek(src, 0, SEEK_SET) == 0 && (out = malloc((size_t)len)) != NULL) {
            if (zip_source_read(src, out, (zip_uint64_t)len) == len) {
                *outlen = (size_t)len;
            } else {
                free(out);
                out = NULL;
            }
        }
        zip_source_close(src);
    }
    zip_source_free(src);
    zip_error_fini(&ze);
    return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char err[XLSX_ERR_MAX];
    void *packed = NULL;
    xlsx_book *b;

    if (!(size >= 2 && data[0] == 'P' && data[1] == 'K')) {
        size_t len = 0;
        if ((packed = pack(data, size, &len)) == NULL)
            return 0;
        data = packed;
        size = len;
    }
    b = xlsx_open_buffer(data, size, err, sizeof err);
    jxau_result r;
    volatile size_t touched = 0;

    if (b == NULL) {
        if (strlen(err) == 0 || memchr(err, '\n', strlen(err)))
            __builtin_trap();   /* every failure has a one-line reason */
        free(packed);
        return 0;
    }
    for (size_t i = 0; i < xlsx_sheet_count(b); i++) {
        xlsx_sheet *s = xlsx_sheet_at(b, i);
        if (xlsx_sheet_load(b, s, err, sizeof err) < 0)
            continue;
        for (size_t j = 0; j < s->ncells; j++) {
            const xlsx_cell *c = &s->cells[j];
            touched += c->text ? strlen(c->text) : 0;
            touched += c->formula ? strlen(c->formula) : 0;
            if (xlsx_cell_at(s, c->row, c->col) == NULL)
                __builtin_trap();
        }
    }
    if (jxau_audit_book(b, "fuzz", JX_LANG_ZH, &r) >= 0)
        jxau_result_free(&r);
    xlsx_close(b);
    free(packed);
    (void)touched;
    return 0;
}
