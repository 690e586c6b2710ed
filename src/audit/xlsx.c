/*
 * xlsx.c - read-only .xlsx access on libzip and libxml2 (see xlsx.h).
 *
 * Every part is read whole into memory (bounded by XLSX_PART_MAX).  The
 * small parts (relationships, workbook, properties) are parsed into a
 * libxml2 tree; worksheets and shared strings, which grow with the data,
 * are streamed with xmlTextReader and only one cell (or one string) at a
 * time is expanded into a tree, so memory stays near the size of the part
 * (a tree of a 32 MB sheet of a million cells takes 0.8 GB).  Elements are
 * matched by local name, whatever their namespace prefix (x:, none).
 */
#include "xlsx.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zip.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>

struct xlsx_book {
    zip_t *zip;
    zip_source_t *src;      /* for xlsx_open_buffer; owned by zip once opened */
    size_t read_total;      /* uncompressed bytes read so far                */
    char *wb_dir;           /* "xl/" : directory of workbook.xml             */
    xlsx_sheet *sheets;
    size_t nsheets;
    char **shared;          /* shared strings                                */
    size_t nshared;
    int has_shared_part;
    char *title;
    jx_lang lang;           /* of the messages (xlsx_open_lang)              */
    xlsx_prop *props;
    size_t nprops;
    size_t ncells;          /* cells read, all sheets (XLSX_CELLS_MAX)       */
    size_t text_bytes;      /* shared strings + cell texts                   */
    size_t formula_bytes;   /* formulas, shared ones expanded                */
    char refused[XLSX_ERR_MAX];  /* why the workbook was refused, or ""    */
};

/* ------------------------------------------------------------------ */
/* errors and small helpers                                            */

/*
 * Every message the reader gives, in Chinese and in English (the audit
 * reports in the language of --lang; the zh texts are what a clerk reads).
 * Each pair takes the same printf conversions in the same order
 * (test_xlsx.c checks it), so one argument list serves both.
 */

static const struct { const char *zh, *en; } xlsx_msgs[XLSX_MSG_COUNT] = {
    [XLSX_MSG_LIMIT_MIB] = {"拒绝：%zu MiB 以上的%s（%s上限）",
        "refused: more than %zu MiB of %s (%s limit)"},
    [XLSX_MSG_CANNOT_READ_PART] = {"无法读取 %s：%s",
        "cannot read %s: %s"},
    [XLSX_MSG_PART_OVER_MIB] = {"部件 %s 大于 %zu MiB",
        "part %s is larger than %zu MiB"},
    [XLSX_MSG_PART_ENCRYPTED] = {"部件 %s 已加密",
        "part %s is encrypted"},
    [XLSX_MSG_CANNOT_OPEN_PART] = {"无法打开 %s：%s",
        "cannot open %s: %s"},
    [XLSX_MSG_NOMEM_READING] = {"读取 %s 时内存不足",
        "out of memory reading %s"},
    [XLSX_MSG_CORRUPT_ENTRY] = {"zip 条目 %s 已损坏：%s",
        "corrupt zip entry %s: %s"},
    [XLSX_MSG_BOOK_OVER_MIB] = {"工作簿解压后超过 %zu MiB",
        "workbook inflates to more than %zu MiB"},
    [XLSX_MSG_CORRUPT_CHECKSUM] = {"zip 条目 %s 已损坏（校验和不符）",
        "corrupt zip entry %s (checksum)"},
    [XLSX_MSG_DTD] = {"部件 %s 声明了 DTD（OOXML 不允许）",
        "part %s declares a DTD (not allowed in OOXML)"},
    [XLSX_MSG_PART_TOO_LARGE] = {"部件 %s 过大",
        "part %s is too large"},
    [XLSX_MSG_NOMEM_PARSING] = {"解析 %s 时内存不足",
        "out of memory parsing %s"},
    [XLSX_MSG_MALFORMED] = {"%s 的 XML 格式错误：第 %d 行：%s",
        "malformed XML in %s: line %d: %s"},
    [XLSX_MSG_NO_ROOT] = {"部件 %s 没有根元素",
        "part %s has no root element"},
    [XLSX_MSG_NOT_SST] = {"%s 不是共享字符串表",
        "%s is not a shared string table"},
    [XLSX_MSG_LIMIT_SHARED] = {"拒绝：共享字符串超过 %zu 个（共享字符串上限）",
        "refused: more than %zu shared strings (shared strings limit)"},
    [XLSX_MSG_SHEET_UNNAMED] = {"workbook.xml 中有一个 <sheet> 缺少名称或 r:id",
        "a <sheet> in workbook.xml lacks its name or r:id"},
    [XLSX_MSG_SHEET_NO_REL] = {"工作表“%.80s”：找不到关系 %.40s",
        "sheet \"%.80s\": relationship %.40s not found"},
    [XLSX_MSG_LIMIT_SHEETS] = {"拒绝：工作表超过 %zu 个（工作表上限）",
        "refused: more than %zu sheets (sheets limit)"},
    [XLSX_MSG_NOMEM] = {"内存不足",
        "out of memory"},
    [XLSX_MSG_NO_WORKBOOK] = {"不是 xlsx 工作簿：缺少 %s",
        "not an xlsx workbook: missing %s"},
    [XLSX_MSG_MISSING] = {"缺少 %s",
        "missing %s"},
    [XLSX_MSG_NO_SHEETS] = {"%s 不是工作簿（没有 <sheets>）",
        "%s is not a workbook (no <sheets>)"},
    [XLSX_MSG_OLE] = {"已加密或为旧版 .xls 文件（OLE 复合文档），不是 xlsx 工作簿",
        "encrypted or legacy .xls (OLE compound file), not an xlsx workbook"},
    [XLSX_MSG_NOT_ZIP] = {"不是 xlsx 工作簿（不是 zip 文件）",
        "not an xlsx workbook (not a zip file)"},
    [XLSX_MSG_CANNOT_OPEN] = {"无法打开文件：%s",
        "cannot open: %s"},
    [XLSX_MSG_NOT_REGULAR] = {"不是普通文件（%s），未读取",
        "not a regular file (%s)"},
    [XLSX_MSG_CORRUPT_ZIP] = {"zip 文件已损坏：%s",
        "corrupt zip file: %s"},
    [XLSX_MSG_CANNOT_READ_BUFFER] = {"无法读取缓冲区：%s",
        "cannot read buffer: %s"},
    [XLSX_MSG_LIMIT_CELLS] = {"拒绝：单元格超过 %zu 个（单元格上限）",
        "refused: more than %zu cells (cells limit)"},
    [XLSX_MSG_BAD_REF] = {"工作表“%.60s”：单元格引用“%.20s”无效",
        "sheet \"%.60s\": bad cell reference \"%.20s\""},
    [XLSX_MSG_BAD_NUMBER] = {"工作表“%.60s” %s：数字“%.20s”无效",
        "sheet \"%.60s\" %s: bad number \"%.20s\""},
    [XLSX_MSG_NO_SHARED] = {"工作表“%.60s” %s：共享字符串 %.20s 不存在%s",
        "sheet \"%.60s\" %s: shared string %.20s does not exist%s"},
    [XLSX_MSG_NOMEM_SHEET] = {"读取工作表“%.60s”时内存不足",
        "out of memory reading sheet \"%.60s\""},
    [XLSX_MSG_BAD_ROW] = {"工作表“%.60s”：行号“%.20s”无效",
        "sheet \"%.60s\": bad row number \"%.20s\""},
    [XLSX_MSG_NOT_WORKSHEET] = {"工作表“%.60s”：%.80s 不是工作表",
        "sheet \"%.60s\": %.80s is not a worksheet"},
    [XLSX_MSG_MISSING_PART] = {"工作表“%.60s”：缺少部件 %.80s",
        "sheet \"%.60s\": missing part %.80s"},
    [XLSX_MSG_PARSE_ERROR] = {"解析错误",
        "parse error"},
    [XLSX_MSG_NO_SST_PART] = {"（没有 sharedStrings.xml）",
        " (no sharedStrings.xml)"},
};

const char *xlsx_msg_format(int id, jx_lang lang)
{
    if (id < 0 || id >= XLSX_MSG_COUNT)
        return NULL;
    return lang == JX_LANG_EN ? xlsx_msgs[id].en : xlsx_msgs[id].zh;
}

int xlsx_msg_count(void) { return XLSX_MSG_COUNT; }

/*
 * The id of the last message written by this thread, read back by the
 * open functions for xlsx_open_lang's `msg` (the message is set deep in
 * the reader, through functions that only carry err and cap).
 */
static _Thread_local int last_msg;

/* Write message `id` into err as one line: a quote of XML may carry newlines. */
static void vset_err(char *err, size_t cap, jx_lang lang, xlsx_msg id, va_list ap)
{
    last_msg = (int)id;
    if (err == NULL || cap == 0)
        return;
    vsnprintf(err, cap, xlsx_msg_format(id, lang), ap);
    for (char *p = err; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
}

static void set_err(char *err, size_t cap, jx_lang lang, xlsx_msg id, ...)
{
    va_list ap;
    va_start(ap, id);
    vset_err(err, cap, lang, id, ap);
    va_end(ap);
}

/* Refuse the whole workbook: the reason goes to err and stays with the book. */
static void refuse(xlsx_book *b, char *err, size_t cap, xlsx_msg id, ...)
{
    va_list ap;
    va_start(ap, id);
    vset_err(b->refused, sizeof b->refused, b->lang, id, ap);
    va_end(ap);
    if (err != NULL && cap > 0)
        snprintf(err, cap, "%s", b->refused);
}

/* Count n more bytes against a per-workbook budget; -1 (refused) when over. */
static int spend(xlsx_book *b, size_t *used, size_t n, size_t max, const char *what_en,
                 const char *what_zh, char *err, size_t cap)
{
    if (n > max - *used) {
        const char *what = b->lang == JX_LANG_EN ? what_en : what_zh;
        refuse(b, err, cap, XLSX_MSG_LIMIT_MIB, max >> 20, what, what);
        return -1;
    }
    *used += n;
    return 0;
}

char *xlsx_strdup(const char *s)
{
    size_t n;
    char *p;
    if (s == NULL)
        return NULL;
    n = strlen(s) + 1;
    p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

static char *xstrndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

/* Local name of an element is `name` (any namespace). */
static int is_el(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE &&
           strcmp((const char *)n->name, name) == 0;
}

/* First child element called `name`, or NULL. */
static xmlNode *child(const xmlNode *n, const char *name)
{
    for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
        if (is_el(c, name))
            return c;
    return NULL;
}

/*
 * Attribute by local name, whatever its namespace (r:id is "id" in the
 * relationships namespace).  Returns a pointer into the tree or NULL; the
 * value is the attribute's first text child, which is all OOXML uses.
 */
static const char *attr(const xmlNode *n, const char *name)
{
    for (xmlAttr *a = n ? n->properties : NULL; a; a = a->next)
        if (strcmp((const char *)a->name, name) == 0) {
            if (a->children && a->children->type == XML_TEXT_NODE &&
                a->children->content)
                return (const char *)a->children->content;
            return "";
        }
    return NULL;
}

/* Attribute `name` in the namespace whose URI ends with `uri_tail`. */
static const char *attr_ns(const xmlNode *n, const char *name, const char *uri_tail)
{
    size_t tl = strlen(uri_tail);
    for (xmlAttr *a = n ? n->properties : NULL; a; a = a->next) {
        const char *uri = a->ns ? (const char *)a->ns->href : "";
        size_t ul = strlen(uri);
        if (strcmp((const char *)a->name, name) == 0 && ul >= tl &&
            strcmp(uri + ul - tl, uri_tail) == 0)
            return a->children && a->children->content ?
                   (const char *)a->children->content : "";
    }
    return NULL;
}

/*
 * Text of an element: the concatenated text nodes directly below it (and
 * CDATA).  Entity references are not expanded: a part with a DTD is refused
 * before this is ever called.  Returns a malloc'd string or NULL.
 */
static char *text_of(const xmlNode *n)
{
    size_t len = 0, at = 0;
    char *s;
    for (xmlNode *c = n->children; c; c = c->next)
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            len += strlen((const char *)c->content);
    s = malloc(len + 1);
    if (s == NULL)
        return NULL;
    for (xmlNode *c = n->children; c; c = c->next)
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
            size_t l = strlen((const char *)c->content);
            memcpy(s + at, c->content, l);
            at += l;
        }
    s[at] = '\0';
    return s;
}

/*
 * Text of a string item (<si> or <is>): its <t>, or the <t> of every rich
 * text run <r> joined; phonetic runs (<rPh>) are not part of the value.
 */
static char *string_item(const xmlNode *si)
{
    size_t len = 0;
    char *out, *piece;
    xmlNode *t = child(si, "t");

    if (t)
        return text_of(t);
    out = xlsx_strdup("");
    for (xmlNode *r = si->children; r && out; r = r->next) {
        if (!is_el(r, "r") || (t = child(r, "t")) == NULL)
            continue;
        piece = text_of(t);
        if (piece == NULL) {
            free(out);
            return NULL;
        }
        size_t pl = strlen(piece);
        char *grown = realloc(out, len + pl + 1);
        if (grown == NULL) {
            free(piece);
            free(out);
            return NULL;
        }
        out = grown;
        memcpy(out + len, piece, pl + 1);
        len += pl;
        free(piece);
    }
    return out;
}

/* ------------------------------------------------------------------ */
/* reading parts                                                        */

/*
 * Read a zip entry into a NUL-terminated buffer.  Returns 0 and the
 * buffer, 1 when the entry does not exist, -1 on error (err set).  The
 * size limits are checked on the bytes actually inflated.
 */
static int read_part(xlsx_book *b, const char *name, char **out, size_t *outlen,
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
        set_err(err, cap, b->lang, XLSX_MSG_CANNOT_READ_PART, name, zip_strerror(b->zip));
        return -1;
    }
    if ((st.valid & ZIP_STAT_SIZE) && st.size > XLSX_PART_MAX) {
        set_err(err, cap, b->lang, XLSX_MSG_PART_OVER_MIB, name, XLSX_PART_MAX >> 20);
        return -1;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        set_err(err, cap, b->lang, XLSX_MSG_PART_ENCRYPTED, name);
        return -1;
    }
    zf = zip_fopen_index(b->zip, (zip_uint64_t)idx, 0);
    if (zf == NULL) {
        set_err(err, cap, b->lang, XLSX_MSG_CANNOT_OPEN_PART, name, zip_strerror(b->zip));
        return -1;
    }
    alloc = (st.valid & ZIP_STAT_SIZE) && st.size < (1u << 20) ? (size_t)st.size + 1 : (1u << 16);
    buf = malloc(alloc);
    for (;;) {
        zip_int64_t n;
        if (buf == NULL) {
            zip_fclose(zf);
            set_err(err, cap, b->lang, XLSX_MSG_NOMEM_READING, name);
            return -1;
        }
        if (have + 1 >= alloc) {
            char *g;
            if (alloc > XLSX_PART_MAX) {
                free(buf);
                zip_fclose(zf);
                set_err(err, cap, b->lang, XLSX_MSG_PART_OVER_MIB, name, XLSX_PART_MAX >> 20);
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
            set_err(err, cap, b->lang, XLSX_MSG_CORRUPT_ENTRY, name, zip_file_strerror(zf));
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
            set_err(err, cap, b->lang, XLSX_MSG_PART_OVER_MIB, name, XLSX_PART_MAX >> 20);
            return -1;
        }
        if (b->read_total > XLSX_BOOK_MAX) {
            free(buf);
            zip_fclose(zf);
            set_err(err, cap, b->lang, XLSX_MSG_BOOK_OVER_MIB, XLSX_BOOK_MAX >> 20);
            return -1;
        }
    }
    if (zip_fclose(zf) != 0) {
        set_err(err, cap, b->lang, XLSX_MSG_CORRUPT_CHECKSUM, name);
        free(buf);
        return -1;
    }
    buf[have] = '\0';
    *out = buf;
    if (outlen)
        *outlen = have;
    return 0;
}

/* Silence libxml2's own printing to stderr: errors come back as text. */
static void xml_quiet(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

/* A quick first look: a UTF-8 part that declares a DTD is refused before
 * it is parsed.  The parser's own finding (stream_part, read_xml) is what
 * catches every encoding. */
static int has_dtd(xlsx_book *b, const char *buf, const char *name, char *err, size_t cap)
{
    if (strstr(buf, "<!DOCTYPE") == NULL)
        return 0;
    refuse(b, err, cap, XLSX_MSG_DTD, name);
    return 1;
}

/* The first error the streaming parser met. */
typedef struct xml_error {
    int set;
    int line;
    char msg[160];
} xml_error;

static void on_xml_error(void *arg, xmlErrorPtr e)
{
    xml_error *x = arg;
    size_t n;
    if (x->set || e == NULL)
        return;
    x->set = 1;
    x->line = e->line;
    snprintf(x->msg, sizeof x->msg, "%s", e->message ? e->message : "parse error");
    n = strlen(x->msg);
    while (n > 0 && (x->msg[n - 1] == '\n' || x->msg[n - 1] == ' '))
        x->msg[--n] = '\0';
}

/*
 * Called for every element of a streamed part with its local name and
 * depth (0 for the root).  Returns 0 to go on, 1 to stop reading (not an
 * error), -1 on error (err already set).
 */
typedef int (*element_fn)(void *ctx, xmlTextReaderPtr rd, const char *name, int depth);

/*
 * Stream a part through `fn`.  Returns 0, 1 when the part is missing, -1
 * on error with err set ("malformed XML in <part>: line N: ...").
 */
static int stream_part(xlsx_book *b, const char *part, element_fn fn, void *ctx, char *err,
                       size_t cap)
{
    char *buf;
    size_t len;
    int rc = read_part(b, part, &buf, &len, err, cap), r;
    xmlTextReaderPtr rd;
    xml_error xe = {0, 0, ""};

    if (rc != 0)
        return rc;
    if (has_dtd(b, buf, part, err, cap) || len > (size_t)INT32_MAX) {
        if (len > (size_t)INT32_MAX)
            set_err(err, cap, b->lang, XLSX_MSG_PART_TOO_LARGE, part);
        free(buf);
        return -1;
    }
    xmlSetGenericErrorFunc(NULL, xml_quiet);
    rd = xmlReaderForMemory(buf, (int)len, part, NULL,
                            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (rd == NULL) {
        free(buf);
        set_err(err, cap, b->lang, XLSX_MSG_NOMEM_PARSING, part);
        return -1;
    }
    xmlTextReaderSetStructuredErrorHandler(rd, on_xml_error, &xe);
    rc = 0;
    while ((r = xmlTextReaderRead(rd)) == 1) {
        const char *name;
        int type = xmlTextReaderNodeType(rd);
        if (type == XML_READER_TYPE_DOCUMENT_TYPE) {
            /* found by the parser, so in any encoding (UTF-16 too); it
             * comes before the root: nothing of the part was used yet */
            refuse(b, err, cap, XLSX_MSG_DTD, part);
            rc = -1;
            break;
        }
        if (type != XML_READER_TYPE_ELEMENT)
            continue;
        name = (const char *)xmlTextReaderConstLocalName(rd);
        rc = fn(ctx, rd, name ? name : "", xmlTextReaderDepth(rd));
        if (rc != 0)
            break;
    }
    if (rc == 0 && r < 0) {
        set_err(err, cap, b->lang, XLSX_MSG_MALFORMED, part, xe.line,
                xe.set ? xe.msg : xlsx_msg_format(XLSX_MSG_PARSE_ERROR, b->lang));
        rc = -1;
    } else if (rc == 0 && xe.set) {
        set_err(err, cap, b->lang, XLSX_MSG_MALFORMED, part, xe.line, xe.msg);
        rc = -1;
    }
    if (rc == 1)
        rc = 0;
    xmlFreeTextReader(rd);
    free(buf);
    return rc;
}

/*
 * Parse a part into a tree.  Returns 0 with *doc, 1 when the part is
 * missing, -1 on error.  A part that declares a DTD is refused.
 */
static int read_xml(xlsx_book *b, const char *name, xmlDoc **doc, char *err, size_t cap)
{
    char *buf;
    size_t len;
    int rc = read_part(b, name, &buf, &len, err, cap);
    xmlParserCtxtPtr ctx;

    *doc = NULL;
    if (rc != 0)
        return rc;
    if (has_dtd(b, buf, name, err, cap)) {
        free(buf);
        return -1;
    }
    if (len > (size_t)INT32_MAX) {
        free(buf);
        set_err(err, cap, b->lang, XLSX_MSG_PART_TOO_LARGE, name);
        return -1;
    }
    ctx = xmlNewParserCtxt();
    if (ctx == NULL) {
        free(buf);
        set_err(err, cap, b->lang, XLSX_MSG_NOMEM_PARSING, name);
        return -1;
    }
    xmlSetGenericErrorFunc(NULL, xml_quiet);
    *doc = xmlCtxtReadMemory(ctx, buf, (int)len, name, NULL,
                             XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (*doc == NULL) {
        const xmlError *e = xmlCtxtGetLastError(ctx);
        set_err(err, cap, b->lang, XLSX_MSG_MALFORMED, name, e ? e->line : 0,
                e && e->message ? e->message : xlsx_msg_format(XLSX_MSG_PARSE_ERROR, b->lang));
        /* trailing newline of libxml2's message */
        size_t el = err ? strlen(err) : 0;
        while (el > 0 && err[el - 1] == ' ')
            err[--el] = '\0';
        rc = -1;
    } else if ((*doc)->intSubset || (*doc)->extSubset) {
        refuse(b, err, cap, XLSX_MSG_DTD, name);
        xmlFreeDoc(*doc);
        *doc = NULL;
        rc = -1;
    } else if (xmlDocGetRootElement(*doc) == NULL) {
        set_err(err, cap, b->lang, XLSX_MSG_NO_ROOT, name);
        xmlFreeDoc(*doc);
        *doc = NULL;
        rc = -1;
    }
    xmlFreeParserCtxt(ctx);
    free(buf);
    return rc;
}

/* ------------------------------------------------------------------ */
/* relationships                                                        */

/*
 * Resolve a relationship target against the directory of its source part:
 * "worksheets/sheet1.xml" from "xl/" is "xl/worksheets/sheet1.xml";
 * "/xl/x.xml" is absolute; "../" steps up.  Returns malloc'd or NULL.
 */
static char *resolve_target(const char *dir, const char *target)
{
    char *out, *p;
    size_t dl, tl;

    if (target[0] == '/') {
        dir = "";
        target++;
    }
    dl = strlen(dir);
    tl = strlen(target);
    out = malloc(dl + tl + 1);
    if (out == NULL)
        return NULL;
    memcpy(out, dir, dl);
    memcpy(out + dl, target, tl + 1);
    /* remove "x/../" pairs and "./" */
    while ((p = strstr(out, "/./")) != NULL)
        memmove(p, p + 2, strlen(p + 2) + 1);
    if (strncmp(out, "./", 2) == 0)
        memmove(out, out + 2, strlen(out + 2) + 1);
    while ((p = strstr(out, "/../")) != NULL) {
        char *q = p;
        while (q > out && q[-1] != '/')
            q--;
        memmove(q, p + 4, strlen(p + 4) + 1);
    }
    return out;
}

/* Directory part of a zip path, with its trailing slash ("xl/"). */
static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    return xstrndup(path, slash ? (size_t)(slash - path + 1) : 0);
}

/* The rels part of `part`: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels". */
static char *rels_of(const char *part)
{
    const char *slash = strrchr(part, '/');
    size_t dl = slash ? (size_t)(slash - part + 1) : 0;
    size_t need = strlen(part) + 16;
    char *out = malloc(need);
    if (out)
        snprintf(out, need, "%.*s_rels/%s.rels", (int)dl, part, part + dl);
    return out;
}

/* Target of the first relationship whose Type ends with `type_tail`, or
 * whose Id is `id`; malloc'd and resolved against `dir`, or NULL. */
static char *rel_find(xmlDoc *rels, const char *dir, const char *id, const char *type_tail)
{
    xmlNode *root = rels ? xmlDocGetRootElement(rels) : NULL;
    for (xmlNode *r = root ? root->children : NULL; r; r = r->next) {
        const char *rid = attr(r, "Id"), *type = attr(r, "Type"), *target = attr(r, "Target");
        const char *mode = attr(r, "TargetMode");
        if (!is_el(r, "Relationship") || target == NULL || (mode && strcmp(mode, "External") == 0))
            continue;
        if (id && rid && strcmp(rid, id) == 0)
            return resolve_target(dir, target);
        if (type_tail && type) {
            size_t a = strlen(type), t = strlen(type_tail);
            if (a >= t && strcmp(type + a - t, type_tail) == 0)
                return resolve_target(dir, target);
        }
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* workbook, shared strings, properties                                 */

typedef struct sst_ctx {
    xlsx_book *b;
    size_t alloc;
    const char *part;
    char *err;
    size_t cap;
} sst_ctx;

static int on_sst_element(void *arg, xmlTextReaderPtr rd, const char *name, int depth)
{
    sst_ctx *x = arg;
    xlsx_book *b = x->b;
    xmlNode *si;
    char *str;

    if (depth == 0 && strcmp(name, "sst") != 0) {
        set_err(x->err, x->cap, x->b->lang, XLSX_MSG_NOT_SST, x->part);
        return -1;
    }
    if (depth != 1 || strcmp(name, "si") != 0)
        return 0;
    if ((si = xmlTextReaderExpand(rd)) == NULL)
        return 0;   /* the reader's error is reported by stream_part */
    if (b->nshared == x->alloc) {
        size_t na = x->alloc ? x->alloc * 2 : 64;
        char **g = realloc(b->shared, na * sizeof *g);
        if (g == NULL)
            goto nomem;
        b->shared = g;
        x->alloc = na;
    }
    if (b->nshared >= XLSX_SHARED_MAX) {
        refuse(b, x->err, x->cap, XLSX_MSG_LIMIT_SHARED,
               XLSX_SHARED_MAX);
        return -1;
    }
    if ((str = string_item(si)) == NULL)
        goto nomem;
    if (spend(b, &b->text_bytes, strlen(str), XLSX_TEXT_BYTES_MAX, "text", "文本", x->err, x->cap) < 0) {
        free(str);
        return -1;
    }
    b->shared[b->nshared++] = str;
    return 0;
nomem:
    set_err(x->err, x->cap, x->b->lang, XLSX_MSG_NOMEM_READING, x->part);
    return -1;
}

static int load_shared(xlsx_book *b, const char *part, char *err, size_t cap)
{
    sst_ctx x = {b, 0, part, err, cap};
    int rc = stream_part(b, part, on_sst_element, &x, err, cap);

    if (rc == 1)
        return 0;
    b->has_shared_part = 1;
    return rc;
}

static int add_sheet(xlsx_book *b, const xmlNode *s, xmlDoc *rels, size_t *alloc,
                     char *err, size_t cap)
{
    const char *name = attr(s, "name"), *state = attr(s, "state");
    const char *rid = attr_ns(s, "id", "/relationships");
    xlsx_sheet *sh;
    char *part;

    if (name == NULL || rid == NULL) {
        set_err(err, cap, b->lang, XLSX_MSG_SHEET_UNNAMED);
        return -1;
    }
    part = rel_find(rels, b->wb_dir, rid, NULL);
    if (part == NULL) {
        set_err(err, cap, b->lang, XLSX_MSG_SHEET_NO_REL, name, rid);
        return -1;
    }
    if (b->nsheets >= XLSX_SHEETS_MAX) {
        free(part);
        refuse(b, err, cap, XLSX_MSG_LIMIT_SHEETS, XLSX_SHEETS_MAX);
        return -1;
    }
    if (b->nsheets == *alloc) {
        size_t na = *alloc ? *alloc * 2 : 8;
        xlsx_sheet *g = realloc(b->sheets, na * sizeof *g);
        if (g == NULL) {
            free(part);
            set_err(err, cap, b->lang, XLSX_MSG_NOMEM);
            return -1;
        }
        b->sheets = g;
        *alloc = na;
    }
    sh = &b->sheets[b->nsheets];
    memset(sh, 0, sizeof *sh);
    sh->part = part;
    sh->name = xlsx_strdup(name);
    if (sh->name == NULL) {
        free(part);
        set_err(err, cap, b->lang, XLSX_MSG_NOMEM);
        return -1;
    }
    b->nsheets++;
    if (state && strcmp(state, "hidden") == 0)
        sh->state = XLSX_HIDDEN;
    else if (state && strcmp(state, "veryHidden") == 0)
        sh->state = XLSX_VERY_HIDDEN;
    return 0;
}

static int load_workbook(xlsx_book *b, char *err, size_t cap)
{
    xmlDoc *root_rels = NULL, *wb = NULL, *rels = NULL;
    char *wb_part = NULL, *rels_part = NULL, *ss_part = NULL;
    xmlNode *sheets;
    size_t alloc = 0;
    int rc = -1;

    if (read_xml(b, "_rels/.rels", &root_rels, err, cap) < 0)
        goto out;
    wb_part = rel_find(root_rels, "", NULL, "/officeDocument");
    if (wb_part == NULL && (wb_part = xlsx_strdup("xl/workbook.xml")) == NULL)
        goto nomem;
    b->wb_dir = dir_of(wb_part);
    rels_part = rels_of(wb_part);
    if (b->wb_dir == NULL || rels_part == NULL)
        goto nomem;
    switch (read_xml(b, wb_part, &wb, err, cap)) {
    case 1:
        set_err(err, cap, b->lang, XLSX_MSG_NO_WORKBOOK, wb_part);
        goto out;
    case -1:
        goto out;
    }
    switch (read_xml(b, rels_part, &rels, err, cap)) {
    case 1:
        set_err(err, cap, b->lang, XLSX_MSG_MISSING, rels_part);
        goto out;
    case -1:
        goto out;
    }
    sheets = child(xmlDocGetRootElement(wb), "sheets");
    if (!is_el(xmlDocGetRootElement(wb), "workbook") || sheets == NULL) {
        set_err(err, cap, b->lang, XLSX_MSG_NO_SHEETS, wb_part);
        goto out;
    }
    for (xmlNode *s = sheets->children; s; s = s->next)
        if (is_el(s, "sheet") && add_sheet(b, s, rels, &alloc, err, cap) < 0)
            goto out;
    ss_part = rel_find(rels, b->wb_dir, NULL, "/sharedStrings");
    if (ss_part == NULL) {
        size_t need = strlen(b->wb_dir) + 20;
        if ((ss_part = malloc(need)) == NULL)
            goto nomem;
        snprintf(ss_part, need, "%ssharedStrings.xml", b->wb_dir);
    }
    if (load_shared(b, ss_part, err, cap) < 0)
        goto out;
    rc = 0;
    goto out;
nomem:
    set_err(err, cap, b->lang, XLSX_MSG_NOMEM);
out:
    xmlFreeDoc(root_rels);
    xmlFreeDoc(wb);
    xmlFreeDoc(rels);
    free(wb_part);
    free(rels_part);
    free(ss_part);
    return rc;
}

/* docProps/core.xml title and docProps/custom.xml properties; a broken
 * property part is not a reason to refuse the workbook, so errors here
 * only leave the properties empty. */
static void load_props(xlsx_book *b)
{
    char scratch[XLSX_ERR_MAX];
    xmlDoc *doc;
    size_t alloc = 0;

    if (read_xml(b, "docProps/core.xml", &doc, scratch, sizeof scratch) == 0) {
        xmlNode *t = child(xmlDocGetRootElement(doc), "title");
        if (t)
            b->title = text_of(t);
        xmlFreeDoc(doc);
    }
    if (read_xml(b, "docProps/custom.xml", &doc, scratch, sizeof scratch) != 0)
        return;
    for (xmlNode *p = xmlDocGetRootElement(doc)->children; p; p = p->next) {
        const char *name = attr(p, "name");
        xmlNode *v;
        if (!is_el(p, "property") || name == NULL)
            continue;
        for (v = p->children; v && v->type != XML_ELEMENT_NODE; v = v->next)
            ;
        if (b->nprops == alloc) {
            size_t na = alloc ? alloc * 2 : 8;
            xlsx_prop *g = realloc(b->props, na * sizeof *g);
            if (g == NULL)
                break;
            b->props = g;
            alloc = na;
        }
        b->props[b->nprops].name = xlsx_strdup(name);
        b->props[b->nprops].value = v ? text_of(v) : xlsx_strdup("");
        if (b->props[b->nprops].name == NULL || b->props[b->nprops].value == NULL) {
            free(b->props[b->nprops].name);
            free(b->props[b->nprops].value);
            break;
        }
        b->nprops++;
    }
    xmlFreeDoc(doc);
}

/* ------------------------------------------------------------------ */
/* opening                                                              */

static const unsigned char ole_magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

/* Name what the first bytes say a non-zip file is. */
static int sniff(const unsigned char *head, size_t n, jx_lang lang, char *err, size_t cap)
{
    if (n >= 4 && memcmp(head, ole_magic, 4) == 0) {
        set_err(err, cap, lang, XLSX_MSG_OLE);
        return -1;
    }
    if (n < 4 || head[0] != 'P' || head[1] != 'K') {
        set_err(err, cap, lang, XLSX_MSG_NOT_ZIP);
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

static xlsx_book *finish_open(xlsx_book *b, char *err, size_t cap)
{
    if (load_workbook(b, err, cap) < 0) {
        xlsx_close(b);
        return NULL;
    }
    load_props(b);
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
        set_err(err, cap, lang, XLSX_MSG_CANNOT_OPEN, strerror(errno));
        return -1;
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        set_err(err, cap, lang, XLSX_MSG_NOT_REGULAR, file_kind(st.st_mode, lang));
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
        *msg = b == NULL ? last_msg : -1;
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
        set_err(err, cap, lang, XLSX_MSG_NOMEM);
        return NULL;
    }
    b->lang = lang;
    b->zip = zip_fdopen(fd, ZIP_CHECKCONS, &zerr);   /* owns fd from here on */
    if (b->zip == NULL) {
        set_err(err, cap, lang, XLSX_MSG_CORRUPT_ZIP, zip_err_text(zerr, zbuf, sizeof zbuf));
        close(fd);
        free(b);
        return NULL;
    }
    return finish_open(b, err, cap);
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
        set_err(err, cap, lang, XLSX_MSG_NOMEM);
        return NULL;
    }
    b->lang = lang;
    zip_error_init(&ze);
    src = zip_source_buffer_create(data, len, 0, &ze);
    if (src == NULL) {
        set_err(err, cap, lang, XLSX_MSG_CANNOT_READ_BUFFER, zip_error_strerror(&ze));
        zip_error_fini(&ze);
        free(b);
        return NULL;
    }
    b->zip = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
    if (b->zip == NULL) {
        set_err(err, cap, lang, XLSX_MSG_CORRUPT_ZIP, zip_error_strerror(&ze));
        zip_source_free(src);
        zip_error_fini(&ze);
        free(b);
        return NULL;
    }
    zip_error_fini(&ze);
    return finish_open(b, err, cap);
}

/* Free the cells of a sheet (shared-string texts belong to the book). */
static void free_cells(xlsx_sheet *s)
{
    for (size_t j = 0; j < s->ncells; j++) {
        free((char *)s->cells[j].formula);
        if (s->cells[j].type != XLSX_T_S)
            free((char *)s->cells[j].text);
    }
    free(s->cells);
    s->cells = NULL;
    s->ncells = 0;
}

void xlsx_close(xlsx_book *b)
{
    if (b == NULL)
        return;
    for (size_t i = 0; i < b->nsheets; i++) {
        xlsx_sheet *s = &b->sheets[i];
        free_cells(s);
        free(s->name);
        free(s->part);
    }
    free(b->sheets);
    for (size_t i = 0; i < b->nshared; i++)
        free(b->shared[i]);
    free(b->shared);
    for (size_t i = 0; i < b->nprops; i++) {
        free(b->props[i].name);
        free(b->props[i].value);
    }
    free(b->props);
    free(b->title);
    free(b->wb_dir);
    if (b->zip)
        zip_discard(b->zip);
    free(b);
}

size_t xlsx_sheet_count(const xlsx_book *b) { return b->nsheets; }

xlsx_sheet *xlsx_sheet_at(xlsx_book *b, size_t i)
{
    return i < b->nsheets ? &b->sheets[i] : NULL;
}

xlsx_sheet *xlsx_sheet_by_name(xlsx_book *b, const char *name)
{
    for (size_t i = 0; i < b->nsheets; i++)
        if (strcmp(b->sheets[i].name, name) == 0)
            return &b->sheets[i];
    return NULL;
}

const char *xlsx_title(const xlsx_book *b) { return b->title; }
const char *xlsx_refused(const xlsx_book *b) { return b->refused[0] ? b->refused : NULL; }
size_t xlsx_prop_count(const xlsx_book *b) { return b->nprops; }
size_t xlsx_shared_count(const xlsx_book *b) { return b->nshared; }

const char *xlsx_prop_get(const xlsx_book *b, const char *name)
{
    for (size_t i = 0; i < b->nprops; i++)
        if (strcmp(b->props[i].name, name) == 0)
            return b->props[i].value;
    return NULL;
}

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
    return spend(x->b, &x->b->formula_bytes, strlen(f) + 1, XLSX_FORMULA_BYTES_MAX, "formula", "公式",
                 x->err, x->cap);
}

/* The formula of a cell: plain, a shared master, or a shared follower.
 * 0, -1 out of memory, -2 refused (err set). */
static int cell_formula(sheet_ctx *x, xlsx_cell *c, const xmlNode *f)
{
    const char *t = attr(f, "t"), *si = attr(f, "si");
    char *text = text_of(f);

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
    const char *r = attr(cn, "r"), *t = attr(cn, "t");
    xlsx_cell *c;
    xmlNode *v = child(cn, "v"), *f = child(cn, "f"), *is = child(cn, "is");
    char *vt = NULL;
    char ref[24];
    int rc;

    if (x->b->ncells >= XLSX_CELLS_MAX) {
        refuse(x->b, x->err, x->cap, XLSX_MSG_LIMIT_CELLS, XLSX_CELLS_MAX);
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
            set_err(x->err, x->cap, x->b->lang, XLSX_MSG_BAD_REF, x->s->name, r);
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
        if ((c->text = string_item(is)) == NULL)
            goto nomem;
        return spend(x->b, &x->b->text_bytes, strlen(c->text), XLSX_TEXT_BYTES_MAX, "text", "文本",
                     x->err, x->cap);
    }
    if (v == NULL) {
        c->type = XLSX_T_NONE;
        return 0;
    }
    if ((vt = text_of(v)) == NULL)
        goto nomem;
    xlsx_ref_format(c->row, c->col, ref, sizeof ref);
    switch (c->type) {
    case XLSX_T_N:
    case XLSX_T_B:
        if (parse_number(vt, &c->num) < 0) {
            set_err(x->err, x->cap, x->b->lang, XLSX_MSG_BAD_NUMBER, x->s->name, ref, vt);
            free(vt);
            return -1;
        }
        free(vt);
        return 0;
    case XLSX_T_S: {
        double idx;
        if (parse_number(vt, &idx) < 0 || idx < 0 || idx != floor(idx) ||
            idx >= (double)x->b->nshared) {
            set_err(x->err, x->cap, x->b->lang, XLSX_MSG_NO_SHARED,
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
        return spend(x->b, &x->b->text_bytes, strlen(vt), XLSX_TEXT_BYTES_MAX, "text", "文本", x->err,
                     x->cap);
    }
nomem:
    free(vt);
    set_err(x->err, x->cap, x->b->lang, XLSX_MSG_NOMEM_SHEET, x->s->name);
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
            set_err(x->err, x->cap, x->b->lang, XLSX_MSG_BAD_ROW, x->s->name,
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
            set_err(x->err, x->cap, x->b->lang, XLSX_MSG_NOT_WORKSHEET, s->name, s->part);
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
    rc = stream_part(b, s->part, on_sheet_element, &x, err, cap);
    if (rc == 1)
        set_err(err, cap, b->lang, XLSX_MSG_MISSING_PART, s->name, s->part);
    for (size_t i = 0; i < x.nsf; i++)
        free((char *)x.sf[i].text);
    free(x.sf);
    if (rc != 0) {
        free_cells(s);
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
