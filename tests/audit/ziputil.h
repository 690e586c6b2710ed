/*
 * ziputil.h - small libzip helpers for the audit tests and the fixture
 * generator: write a zip from parts in memory, replace one part of an
 * existing zip, read one part back.  Header-only (static functions) so
 * that each test program carries what it uses.
 */
#ifndef JX_TEST_ZIPUTIL_H
#define JX_TEST_ZIPUTIL_H

#include <stdlib.h>
#include <string.h>
#include <zip.h>

/* One part of a zip to write. */
typedef struct zu_part {
    const char *name;
    const char *data;   /* NUL-terminated unless len is given          */
    size_t len;         /* 0: strlen(data)                             */
} zu_part;

/* Add or replace part `name` in an open archive; 0 or -1. */
static inline int zu_put(zip_t *z, const char *name, const char *data, size_t len)
{
    zip_source_t *src = zip_source_buffer(z, data, len, 0);
    if (src == NULL)
        return -1;
    if (zip_file_add(z, name, src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0) {
        zip_source_free(src);
        return -1;
    }
    return 0;
}

/* Write a new zip at `path` holding `parts` (deflated); 0 or -1. */
static inline int zu_write(const char *path, const zu_part *parts, size_t n)
{
    int err = 0;
    zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (z == NULL)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (zu_put(z, parts[i].name, parts[i].data,
                   parts[i].len ? parts[i].len : strlen(parts[i].data)) < 0) {
            zip_discard(z);
            return -1;
        }
    return zip_close(z) == 0 ? 0 : -1;
}

/* Replace (or add) one part of the zip at `path`; 0 or -1. */
static inline int zu_replace(const char *path, const char *name, const char *data, size_t len)
{
    int err = 0;
    zip_t *z = zip_open(path, 0, &err);
    if (z == NULL)
        return -1;
    if (zu_put(z, name, data, len) < 0) {
        zip_discard(z);
        return -1;
    }
    return zip_close(z) == 0 ? 0 : -1;
}

/* Read part `name` of the zip at `path` (malloc'd, NUL-terminated) or NULL. */
static inline char *zu_read(const char *path, const char *name, size_t *len)
{
    int err = 0;
    zip_t *z = zip_open(path, ZIP_RDONLY, &err);
    zip_stat_t st;
    zip_file_t *f;
    char *buf = NULL;

    if (z == NULL)
        return NULL;
    if (zip_stat(z, name, 0, &st) == 0 && (f = zip_fopen(z, name, 0)) != NULL) {
        buf = malloc(st.size + 1);
        if (buf && zip_fread(f, buf, st.size) == (zip_int64_t)st.size) {
            buf[st.size] = '\0';
            if (len)
                *len = st.size;
        } else {
            free(buf);
            buf = NULL;
        }
        zip_fclose(f);
    }
    zip_discard(z);
    return buf;
}

#endif
