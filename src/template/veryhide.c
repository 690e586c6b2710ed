/*
 * veryhide.c - state="hidden" -> state="veryHidden" for one sheet (see
 * veryhide.h), by rewriting the workbook's zip in memory with zlib.
 *
 * libzip would do it in three calls but costs each process 2 MB more
 * resident memory (measured: 4.9 -> 7.0 MB for one workbook), which a
 * batch worker cannot afford.  The zip written by libxlsxwriter (minizip,
 * no zip64, a dozen small entries) is simple enough to copy entry by entry:
 * every entry is copied byte for byte except xl/workbook.xml, which is
 * inflated, patched, deflated again and given its new sizes and CRC in
 * both its local header and the central directory.
 */
#include "veryhide.h"

#include "msg.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define WORKBOOK_XML "xl/workbook.xml"
#define MAX_ZIP (8u << 20)

static unsigned rd16(const unsigned char *p) { return p[0] | (unsigned)p[1] << 8; }
static uint32_t rd32(const unsigned char *p)
{
    return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static void wr16(unsigned char *p, unsigned v) { p[0] = (unsigned char)v; p[1] = (unsigned char)(v >> 8); }
static void wr32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

/* Whole file into memory. */
static unsigned char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    unsigned char *buf;
    long n;

    if (f == NULL)
        return NULL;
    if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) <= 0 || (unsigned long)n > MAX_ZIP ||
        fseek(f, 0, SEEK_SET) != 0 || (buf = malloc((size_t)n)) == NULL) {
        fclose(f);
        return NULL;
    }
    if (fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return buf;
}

/* Inflate raw deflate data of known size. */
static char *inflate_all(const unsigned char *in, size_t inlen, size_t outlen)
{
    z_stream z;
    char *out = malloc(outlen + 1);

    if (out == NULL)
        return NULL;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
        free(out);
        return NULL;
    }
    z.next_in = (unsigned char *)in;
    z.avail_in = (uInt)inlen;
    z.next_out = (unsigned char *)out;
    z.avail_out = (uInt)outlen;
    int rc = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    if (rc != Z_STREAM_END || z.total_out != outlen) {
        free(out);
        return NULL;
    }
    out[outlen] = '\0';
    return out;
}

/* Raw-deflate `in`; *outlen gets the size. */
static unsigned char *deflate_all(const char *in, size_t inlen, size_t *outlen)
{
    z_stream z;
    size_t cap = deflateBound(NULL, (uLong)inlen) + 64;
    unsigned char *out = malloc(cap);

    if (out == NULL)
        return NULL;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        free(out);
        return NULL;
    }
    z.next_in = (unsigned char *)in;
    z.avail_in = (uInt)inlen;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    int rc = deflate(&z, Z_FINISH);
    *outlen = z.total_out;
    deflateEnd(&z);
    if (rc != Z_STREAM_END) {
        free(out);
        return NULL;
    }
    return out;
}

/* workbook.xml with the named sheet very hidden; NULL when not found. */
static char *mark(const char *xml, const char *name, size_t *outlen)
{
    static const char hidden[] = " state=\"hidden\"", very[] = " state=\"veryHidden\"";
    char needle[160];
    const char *el, *end, *st;
    size_t len = strlen(xml);
    char *out;

    snprintf(needle, sizeof needle, "<sheet name=\"%s\"", name);
    if ((el = strstr(xml, needle)) == NULL || (end = strchr(el, '>')) == NULL ||
        (st = strstr(el, hidden)) == NULL || st > end)
        return NULL;
    *outlen = len - (sizeof hidden - 1) + (sizeof very - 1);
    if ((out = malloc(*outlen + 1)) == NULL)
        return NULL;
    memcpy(out, xml, (size_t)(st - xml));
    memcpy(out + (st - xml), very, sizeof very - 1);
    strcpy(out + (st - xml) + sizeof very - 1, st + sizeof hidden - 1);
    return out;
}

/* Length of a local entry: header, name, extra, data and data descriptor. */
static size_t local_len(const unsigned char *zip, size_t len, size_t off, uint32_t csize)
{
    size_t n;
    if (off + 30 > len || rd32(zip + off) != 0x04034b50)
        return 0;
    n = 30 + rd16(zip + off + 26) + rd16(zip + off + 28) + (size_t)csize;
    if (rd16(zip + off + 6) & 0x8) {                      /* data descriptor follows */
        if (off + n + 4 <= len && rd32(zip + off + n) == 0x08074b50)
            n += 16;
        else
            n += 12;
    }
    return off + n <= len ? n : 0;
}

/* The archive as read: its bytes, the end record and the central directory. */
typedef struct zip_in {
    const unsigned char *zip;
    size_t len, eocd, cd;
    unsigned n;                 /* entries */
} zip_in;

/* The archive being written: out[0..o) used of cap. */
typedef struct zip_out {
    unsigned char *out;
    size_t cap, o;
} zip_out;

/* xl/workbook.xml as rewritten: its deflated bytes, sizes and CRC. */
typedef struct new_entry {
    unsigned char *data;
    size_t clen, ulen;
    uint32_t crc;
} new_entry;

/* Find the end-of-central-directory record, scanning back over a comment. */
static int read_eocd(const unsigned char *zip, size_t len, zip_in *z)
{
    size_t eocd = len >= 22 ? len - 22 : 0;

    while (eocd > 0 && rd32(zip + eocd) != 0x06054b50)
        eocd--;
    if (rd32(zip + eocd) != 0x06054b50)
        return -1;
    z->zip = zip;
    z->len = len;
    z->eocd = eocd;
    z->n = rd16(zip + eocd + 10);
    z->cd = rd32(zip + eocd + 16);
    return z->cd + rd32(zip + eocd + 12) > eocd ? -1 : 0;
}

/* Whether the central header at cdh names xl/workbook.xml. */
static int names_workbook(const unsigned char *cdh)
{
    unsigned nl = rd16(cdh + 28);
    return nl == strlen(WORKBOOK_XML) && memcmp(cdh + 46, WORKBOOK_XML, nl) == 0;
}

/* Length of the central header at cdh: fixed part, name, extra, comment. */
static size_t central_len(const unsigned char *cdh)
{
    return 46 + (size_t)rd16(cdh + 28) + rd16(cdh + 30) + rd16(cdh + 32);
}

/* Inflate the workbook entry at loff, mark the sheet, deflate it into e. */
static int patch_workbook(const unsigned char *zip, const unsigned char *cdh, const char *name,
                          new_entry *e)
{
    uint32_t csize = rd32(cdh + 20), usize = rd32(cdh + 24), loff = rd32(cdh + 42);
    unsigned lnl = rd16(zip + loff + 26), lel = rd16(zip + loff + 28);
    char *xml = inflate_all(zip + loff + 30 + lnl + lel, csize, usize), *fixed;

    fixed = xml ? mark(xml, name, &e->ulen) : NULL;
    free(xml);
    if (fixed == NULL)
        return -1;
    e->data = deflate_all(fixed, e->ulen, &e->clen);
    e->crc = (uint32_t)crc32(0, (const unsigned char *)fixed, (uInt)e->ulen);
    free(fixed);
    return e->data == NULL ? -1 : 0;
}

/* The workbook's local entry with e's data: header and name, no extra, no descriptor. */
static int put_workbook_local(const unsigned char *zip, uint32_t loff, const new_entry *e,
                              zip_out *w)
{
    unsigned lnl = rd16(zip + loff + 26);
    unsigned char *h = w->out + w->o;

    if (w->o + 30 + lnl + e->clen > w->cap)
        return -1;
    memcpy(h, zip + loff, 30 + lnl);
    wr16(h + 6, rd16(zip + loff + 6) & ~0x8u);  /* sizes are in the header now */
    wr32(h + 14, e->crc);
    wr32(h + 18, (uint32_t)e->clen);
    wr32(h + 22, (uint32_t)e->ulen);
    wr16(h + 28, 0);
    memcpy(h + 30 + lnl, e->data, e->clen);
    w->o += 30 + lnl + e->clen;
    return 0;
}

/* Append n bytes from p when they fit. */
static int put_bytes(zip_out *w, const unsigned char *p, size_t n)
{
    if (w->o + n > w->cap)
        return -1;
    memcpy(w->out + w->o, p, n);
    w->o += n;
    return 0;
}

/* Local entries in central-directory order, workbook.xml patched; 1 when it was. */
static int copy_locals(const zip_in *z, const char *name, zip_out *w, uint32_t *newoff,
                       new_entry *e)
{
    const unsigned char *zip = z->zip;
    int done = 0;

    for (size_t p = z->cd, i = 0; i < z->n; i++) {
        const unsigned char *cdh = zip + p;
        uint32_t loff = rd32(cdh + 42);
        size_t ll = local_len(zip, z->len, loff, rd32(cdh + 20));
        if (rd32(cdh) != 0x02014b50 || ll == 0)
            return -1;
        newoff[i] = (uint32_t)w->o;
        if (names_workbook(cdh) && rd16(cdh + 10) == 8) {
            if (patch_workbook(zip, cdh, name, e) != 0 || put_workbook_local(zip, loff, e, w) != 0)
                return -1;
            done = 1;
        } else if (put_bytes(w, zip + loff, ll) != 0) {
            return -1;
        }
        p += central_len(cdh);
    }
    return done;
}

/* Central directory with the new offsets (and the new entry's sizes). */
static int copy_central(const zip_in *z, zip_out *w, const uint32_t *newoff, const new_entry *e)
{
    for (size_t p = z->cd, i = 0; i < z->n; i++) {
        const unsigned char *cdh = z->zip + p;
        size_t hl = central_len(cdh);
        unsigned char *h = w->out + w->o;
        if (put_bytes(w, cdh, hl) != 0)
            return -1;
        wr32(h + 42, newoff[i]);
        if (names_workbook(cdh)) {
            wr16(h + 8, rd16(cdh + 8) & ~0x8u);
            wr32(h + 16, e->crc);
            wr32(h + 20, (uint32_t)e->clen);
            wr32(h + 24, (uint32_t)e->ulen);
        }
        p += hl;
    }
    return 0;
}

/* The end record (and comment), pointing at the central directory at newcd. */
static int copy_eocd(const zip_in *z, zip_out *w, size_t newcd)
{
    unsigned char *h = w->out + w->o;

    if (put_bytes(w, z->zip + z->eocd, z->len - z->eocd) != 0)
        return -1;
    wr32(h + 12, (uint32_t)(w->o - (z->len - z->eocd) - newcd));
    wr32(h + 16, (uint32_t)newcd);
    return 0;
}

/* Build the new archive into out (capacity checked by the caller's sizing). */
static int rewrite(const unsigned char *zip, size_t len, const char *name, unsigned char *out,
                   size_t cap, size_t *outlen)
{
    zip_in z;
    zip_out w = {out, cap, 0};
    new_entry e = {NULL, 0, 0, 0};
    uint32_t *newoff;
    size_t newcd;
    int rc = -1;

    if (read_eocd(zip, len, &z) != 0 || (newoff = calloc(z.n ? z.n : 1, sizeof *newoff)) == NULL)
        return -1;
    if (copy_locals(&z, name, &w, newoff, &e) == 1) {
        newcd = w.o;
        if (copy_central(&z, &w, newoff, &e) == 0 && copy_eocd(&z, &w, newcd) == 0) {
            *outlen = w.o;
            rc = 0;
        }
    }
    free(newoff);
    free(e.data);
    return rc;
}

int tpl_very_hide(const char *src, const char *path, const char *name, tpl_diag *d)
{
    size_t len = 0, outlen = 0, cap;
    unsigned char *zip = slurp(src, &len), *out;
    FILE *f;
    int rc;

    if (zip == NULL)
        return tpl_msg_fail(d, TPL_EXIT_WRITE, path, 0, TPL_M_NO_REREAD);
    cap = len + 4096;   /* the patched XML grows by 4 bytes; deflate may differ slightly */
    out = malloc(cap);
    rc = out ? rewrite(zip, len, name, out, cap, &outlen) : -1;
    free(zip);
    if (rc != 0) {
        free(out);
        return tpl_msg_fail(d, TPL_EXIT_INTERNAL, path, 0, TPL_M_NO_VERY_HIDE, name);
    }
    f = fopen(path, "wb");
    if (f == NULL || fwrite(out, 1, outlen, f) != outlen) {
        if (f)
            fclose(f);
        free(out);
        return tpl_msg_fail(d, TPL_EXIT_WRITE, path, 0, TPL_M_WRITE_FAILED);
    }
    free(out);
    if (fclose(f) != 0)
        return tpl_msg_fail(d, TPL_EXIT_WRITE, path, 0, TPL_M_WRITE_FAILED);
    return TPL_OK;
}
