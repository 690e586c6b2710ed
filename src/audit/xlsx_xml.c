/*
 * xlsx_xml.c - XML helpers; parsing a part whole or streamed, refusing DTDs (the xlsx reader; see xlsx.h, xlsx_int.h).
 */
#include "xlsx_int.h"

/* Local name of an element is `name` (any namespace). */
int xlsx_is_el(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE &&
           strcmp((const char *)n->name, name) == 0;
}

/* First child element called `name`, or NULL. */
xmlNode *xlsx_child(const xmlNode *n, const char *name)
{
    for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
        if (xlsx_is_el(c, name))
            return c;
    return NULL;
}

/*
 * Attribute by local name, whatever its namespace (r:id is "id" in the
 * relationships namespace).  Returns a pointer into the tree or NULL; the
 * value is the attribute's first text child, which is all OOXML uses.
 */
const char *xlsx_attr(const xmlNode *n, const char *name)
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
const char *xlsx_attr_ns(const xmlNode *n, const char *name, const char *uri_tail)
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
char *xlsx_text_of(const xmlNode *n)
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
char *xlsx_string_item(const xmlNode *si)
{
    size_t len = 0;
    char *out, *piece;
    xmlNode *t = xlsx_child(si, "t");

    if (t)
        return xlsx_text_of(t);
    out = xlsx_strdup("");
    for (xmlNode *r = si->children; r && out; r = r->next) {
        if (!xlsx_is_el(r, "r") || (t = xlsx_child(r, "t")) == NULL)
            continue;
        piece = xlsx_text_of(t);
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
    xlsx_refuse(b, err, cap, XLSX_MSG_DTD, name);
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
 * Stream a part through `fn`.  Returns 0, 1 when the part is missing, -1
 * on error with err set ("malformed XML in <part>: line N: ...").
 */
int xlsx_stream_part(xlsx_book *b, const char *part, xlsx_element_fn fn, void *ctx, char *err,
                       size_t cap)
{
    char *buf;
    size_t len;
    int rc = xlsx_read_part(b, part, &buf, &len, err, cap), r;
    xmlTextReaderPtr rd;
    xml_error xe = {0, 0, ""};

    if (rc != 0)
        return rc;
    if (has_dtd(b, buf, part, err, cap) || len > (size_t)INT32_MAX) {
        if (len > (size_t)INT32_MAX)
            xlsx_set_err(err, cap, b->lang, XLSX_MSG_PART_TOO_LARGE, part);
        free(buf);
        return -1;
    }
    xmlSetGenericErrorFunc(NULL, xml_quiet);
    rd = xmlReaderForMemory(buf, (int)len, part, NULL,
                            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (rd == NULL) {
        free(buf);
        xlsx_set_err(err, cap, b->lang, XLSX_MSG_NOMEM_PARSING, part);
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
            xlsx_refuse(b, err, cap, XLSX_MSG_DTD, part);
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
        xlsx_set_err(err, cap, b->lang, XLSX_MSG_MALFORMED, part, xe.line,
                xe.set ? xe.msg : xlsx_msg_format(XLSX_MSG_PARSE_ERROR, b->lang));
        rc = -1;
    } else if (rc == 0 && xe.set) {
        xlsx_set_err(err, cap, b->lang, XLSX_MSG_MALFORMED, part, xe.line, xe.msg);
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
int xlsx_read_xml(xlsx_book *b, const char *name, xmlDoc **doc, char *err, size_t cap)
{
    char *buf;
    size_t len;
    int rc = xlsx_read_part(b, name, &buf, &len, err, cap);
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
        xlsx_set_err(err, cap, b->lang, XLSX_MSG_PART_TOO_LARGE, name);
        return -1;
    }
    ctx = xmlNewParserCtxt();
    if (ctx == NULL) {
        free(buf);
        xlsx_set_err(err, cap, b->lang, XLSX_MSG_NOMEM_PARSING, name);
        return -1;
    }
    xmlSetGenericErrorFunc(NULL, xml_quiet);
    *doc = xmlCtxtReadMemory(ctx, buf, (int)len, name, NULL,
                             XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (*doc == NULL) {
        const xmlError *e = xmlCtxtGetLastError(ctx);
        xlsx_set_err(err, cap, b->lang, XLSX_MSG_MALFORMED, name, e ? e->line : 0,
                e && e->message ? e->message : xlsx_msg_format(XLSX_MSG_PARSE_ERROR, b->lang));
        /* trailing newline of libxml2's message */
        size_t el = err ? strlen(err) : 0;
        while (el > 0 && err[el - 1] == ' ')
            err[--el] = '\0';
        rc = -1;
    } else if ((*doc)->intSubset || (*doc)->extSubset) {
        xlsx_refuse(b, err, cap, XLSX_MSG_DTD, name);
        xmlFreeDoc(*doc);
        *doc = NULL;
        rc = -1;
    } else if (xmlDocGetRootElement(*doc) == NULL) {
        xlsx_set_err(err, cap, b->lang, XLSX_MSG_NO_ROOT, name);
        xmlFreeDoc(*doc);
        *doc = NULL;
        rc = -1;
    }
    xmlFreeParserCtxt(ctx);
    free(buf);
    return rc;
}
