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

/* Build the new archive into out (capacity checked by the caller's sizing). */
static int rewrite(const unsigned char *zip, size_t len, const char *name, unsigned char *out,
                   size_t cap, size_t *outlen)
{
    size_t eocd = len >= 22 ? len - 22 : 0, o = 0, cd, cdend, newcd;
    unsigned n;
    uint32_t *newoff;
    unsigned char *newdata = NULL;
    size_t newclen = 0, newulen = 0;
    uint32_t newcrc = 0;
    int done = 0;

    while (eocd > 0 && rd32(zip + eocd) != 0x06054b50)
        eocd--;
    if (rd32(zip + eocd) != 0x06054b50)
        return -1;
    n = rd16(zip + eocd + 10);
    cd = rd32(zip + eocd + 16);
    cdend = cd + rd32(zip + eocd + 12);
    if (cdend > eocd || (newoff = calloc(n ? n : 1, sizeof *newoff)) == NULL)
        return -1;
    /* Local entries, in central-directory order. */
    for (size_t p = cd, i = 0; i < n; i++) {
        unsigned nl = rd16(zip + p + 28), el = rd16(zip + p + 30), cl = rd16(zip + p + 32);
        uint32_t csize = rd32(zip + p + 20), usize = rd32(zip + p + 24), loff = rd32(zip + p + 42);
        size_t ll = local_len(zip, len, loff, csize);
        if (rd32(zip + p) != 0x02014b50 || ll == 0)
            goto fail;
        newoff[i] = (uint32_t)o;
        if (nl == strlen(WORKBOOK_XML) && memcmp(zip + p + 46, WORKBOOK_XML, nl) == 0 &&
            rd16(zip + p + 10) == 8) {
            unsigned lnl = rd16(zip + loff + 26), lel = rd16(zip + loff + 28);
            char *xml = inflate_all(zip + loff + 30 + lnl + lel, csize, usize), *fixed;
            fixed = xml ? mark(xml, name, &newulen) : NULL;
            free(xml);
            if (fixed == NULL)
                goto fail;
            newdata = deflate_all(fixed, newulen, &newclen);
            newcrc = (uint32_t)crc32(0, (const unsigned char *)fixed, (uInt)newulen);
            free(fixed);
            if (newdata == NULL || o + 30 + lnl + newclen > cap)
                goto fail;
            memcpy(out + o, zip + loff, 30 + lnl);            /* header and name, no extra */
            wr16(out + o + 6, rd16(zip + loff + 6) & ~0x8u);  /* sizes are in the header now */
            wr32(out + o + 14, newcrc);
            wr32(out + o + 18, (uint32_t)newclen);
            wr32(out + o + 22, (uint32_t)newulen);
            wr16(out + o + 28, 0);
            memcpy(out + o + 30 + lnl, newdata, newclen);
            o += 30 + lnl + newclen;
            done = 1;
        } else {
            if (o + ll > cap)
                goto fail;
            memcpy(out + o, zip + loff, ll);
            o += ll;
        }
        p += 46 + nl + el + cl;
    }
    if (!done)
        goto fail;
    /* Central directory with the new offsets (and the new entry's sizes). */
    newcd = o;
    for (size_t p = cd, i = 0; i < n; i++) {
        unsigned nl = rd16(zip + p + 28), el = rd16(zip + p + 30), cl = rd16(zip + p + 32);
        size_t hl = 46 + nl + el + cl;
        if (o + hl > cap)
            goto fail;
        memcpy(out + o, zip + p, hl);
        wr32(out + o + 42, newoff[i]);
        if (nl == strlen(WORKBOOK_XML) && memcmp(zip + p + 46, WORKBOOK_XML, nl) == 0) {
            wr16(out + o + 8, rd16(zip + p + 8) & ~0x8u);
            wr32(out + o + 16, newcrc);
            wr32(out + o + 20, (uint32_t)newclen);
            wr32(out + o + 24, (uint32_t)newulen);
        }
        o += hl;
        p += hl;
    }
    if (o + (len - eocd) > cap)
        goto fail;
    memcpy(out + o, zip + eocd, len - eocd);
    wr32(out + o + 12, (uint32_t)(o - newcd));
    wr32(out + o + 16, (uint32_t)newcd);
    o += len - eocd;
    *outlen = o;
    free(newoff);
    free(newdata);
    return 0;
fail:
    free(newoff);
    free(newdata);
    return -1;
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
