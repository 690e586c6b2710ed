/*
 * mapwrite.c - writing the `_jixiao` map with libxlsxwriter (see
 * mapwrite.h), and making it very hidden afterwards with libzip and
 * libxml2.
 */
#include "mapwrite.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zip.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#define MAP_SHEET "_jixiao"

int jxau_mapw_begin(jxau_mapw *m, lxw_workbook *wb, const char *table, const char *tool_version,
                   const char *password)
{
    memset(m, 0, sizeof *m);
    m->ws = workbook_add_worksheet(wb, MAP_SHEET);
    if (m->ws == NULL)
        return -1;
    if (worksheet_write_string(m->ws, 0, 0, "jixiao-map", NULL) != LXW_NO_ERROR ||
        worksheet_write_string(m->ws, 0, 1, "1", NULL) != LXW_NO_ERROR ||
        worksheet_write_string(m->ws, 0, 2, table ? table : "", NULL) != LXW_NO_ERROR ||
        worksheet_write_string(m->ws, 0, 3, tool_version ? tool_version : "", NULL) != LXW_NO_ERROR)
        return -1;
    worksheet_protect(m->ws, password, NULL);
    worksheet_hide(m->ws);
    m->row = 1;
    return 0;
}

void jxau_mapw_sheet(jxau_mapw *m, const char *sheet)
{
    snprintf(m->sheet, sizeof m->sheet, "%s", sheet ? sheet : "");
}

/* A value the map can hold: one line, no TAB, and a key before '='. */
static int good_pair(const char *kv)
{
    const char *eq = strchr(kv, '=');
    return eq && eq != kv && strpbrk(kv, "\t\r\n") == NULL;
}

static int put(jxau_mapw *m, lxw_col_t col, const char *text)
{
    if (worksheet_write_string(m->ws, m->row, col, text, NULL) != LXW_NO_ERROR) {
        m->failed = 1;
        return -1;
    }
    return 0;
}

static int add_list(jxau_mapw *m, const char *kind, va_list ap)
{
    const char *kv;
    lxw_col_t col = 1;
    char sheet[160];

    if (m->ws == NULL || m->failed || put(m, 0, kind) < 0)
        return -1;
    if (m->sheet[0] && strcmp(kind, "meta") != 0) {
        snprintf(sheet, sizeof sheet, "sheet=%s", m->sheet);
        if (put(m, col++, sheet) < 0)
            return -1;
    }
    while ((kv = va_arg(ap, const char *)) != NULL) {
        if (!good_pair(kv)) {
            m->failed = 1;
            return -1;
        }
        if (put(m, col++, kv) < 0)
            return -1;
    }
    m->row++;
    return 0;
}

int jxau_mapw_add(jxau_mapw *m, const char *kind, ...)
{
    va_list ap;
    int rc;
    va_start(ap, kind);
    rc = add_list(m, kind, ap);
    va_end(ap);
    return rc;
}

/* Call jxau_mapw_add with pairs built here. */
static int add2(jxau_mapw *m, const char *kind, const char *a, const char *b)
{
    return jxau_mapw_add(m, kind, a, b, (const char *)NULL);
}

int jxau_mapw_formula(jxau_mapw *m, lxw_row_t row, lxw_col_t col, const char *formula)
{
    char ref[32], cell[40], *f;
    size_t n;
    int rc;

    if (formula[0] == '=')
        formula++;
    n = strlen(formula) + 3;
    if ((f = malloc(n)) == NULL)
        return -1;
    snprintf(f, n, "f=%s", formula);
    lxw_rowcol_to_cell(ref, row, col);
    snprintf(cell, sizeof cell, "cell=%s", ref);
    rc = add2(m, "formula", cell, f);
    free(f);
    return rc;
}

int jxau_mapw_input(jxau_mapw *m, lxw_row_t row, lxw_col_t col, const char *kind)
{
    char ref[32], cell[40], k[40];
    lxw_rowcol_to_cell(ref, row, col);
    snprintf(cell, sizeof cell, "cell=%s", ref);
    snprintf(k, sizeof k, "kind=%s", kind);
    return add2(m, "input", cell, k);
}

/* ------------------------------------------------------------------ */
/* very hidden                                                          */

static char *read_entry(zip_t *z, const char *name, size_t *len)
{
    zip_stat_t st;
    zip_file_t *f;
    char *buf = NULL;

    if (zip_stat(z, name, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || st.size > (64u << 20))
        return NULL;
    if ((f = zip_fopen(z, name, 0)) == NULL)
        return NULL;
    buf = malloc(st.size + 1);
    if (buf && zip_fread(f, buf, st.size) == (zip_int64_t)st.size) {
        buf[st.size] = '\0';
        *len = st.size;
    } else {
        free(buf);
        buf = NULL;
    }
    zip_fclose(f);
    return buf;
}

/* Set state="veryHidden" on <sheet name="_jixiao">; 1 when found. */
static int mark_sheet(xmlDoc *doc)
{
    xmlNode *root = xmlDocGetRootElement(doc);
    for (xmlNode *s = root ? root->children : NULL; s; s = s->next) {
        if (s->type != XML_ELEMENT_NODE || strcmp((const char *)s->name, "sheets") != 0)
            continue;
        for (xmlNode *c = s->children; c; c = c->next) {
            xmlChar *name;
            int hit;
            if (c->type != XML_ELEMENT_NODE || strcmp((const char *)c->name, "sheet") != 0)
                continue;
            name = xmlGetProp(c, (const xmlChar *)"name");
            hit = name && strcmp((const char *)name, MAP_SHEET) == 0;
            xmlFree(name);
            if (hit) {
                xmlSetProp(c, (const xmlChar *)"state", (const xmlChar *)"veryHidden");
                return 1;
            }
        }
    }
    return 0;
}

int jxau_map_very_hide(const char *path, char *err, size_t cap)
{
    int zerr = 0;
    zip_t *z = zip_open(path, 0, &zerr);
    char *xml;
    size_t len = 0;
    xmlDoc *doc;
    xmlChar *out = NULL;
    int outlen = 0;
    zip_source_t *src;

    if (z == NULL) {
        snprintf(err, cap, "%s: cannot open as a zip", path);
        return -1;
    }
    xml = read_entry(z, "xl/workbook.xml", &len);
    doc = xml ? xmlReadMemory(xml, (int)len, "workbook.xml", NULL,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING) : NULL;
    free(xml);
    if (doc == NULL || !mark_sheet(doc)) {
        snprintf(err, cap, "%s: no %s sheet in xl/workbook.xml", path, MAP_SHEET);
        xmlFreeDoc(doc);
        zip_discard(z);
        return -1;
    }
    xmlDocDumpMemoryEnc(doc, &out, &outlen, "UTF-8");
    xmlFreeDoc(doc);
    src = out ? zip_source_buffer(z, out, (zip_uint64_t)outlen, 0) : NULL;
    if (src == NULL || zip_file_add(z, "xl/workbook.xml", src, ZIP_FL_OVERWRITE) < 0) {
        zip_source_free(src);
        xmlFree(out);
        zip_discard(z);
        snprintf(err, cap, "%s: cannot replace xl/workbook.xml", path);
        return -1;
    }
    if (zip_close(z) != 0) {
        snprintf(err, cap, "%s: cannot write: %s", path, zip_strerror(z));
        zip_discard(z);
        xmlFree(out);
        return -1;
    }
    xmlFree(out);
    return 0;
}
