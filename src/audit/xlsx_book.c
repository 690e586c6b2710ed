/*
 * xlsx_book.c - relationships, workbook, shared strings, properties; closing (the xlsx reader; see xlsx.h, xlsx_int.h).
 */
#include "xlsx_int.h"

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
    return xlsx_strndup(path, slash ? (size_t)(slash - path + 1) : 0);
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
        const char *rid = xlsx_attr(r, "Id"), *type = xlsx_attr(r, "Type"), *target = xlsx_attr(r, "Target");
        const char *mode = xlsx_attr(r, "TargetMode");
        if (!xlsx_is_el(r, "Relationship") || target == NULL || (mode && strcmp(mode, "External") == 0))
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
        xlsx_set_err(x->err, x->cap, x->b->lang, XLSX_MSG_NOT_SST, x->part);
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
        xlsx_refuse(b, x->err, x->cap, XLSX_MSG_LIMIT_SHARED,
               XLSX_SHARED_MAX);
        return -1;
    }
    if ((str = xlsx_string_item(si)) == NULL)
        goto nomem;
    if (xlsx_spend(b, &b->text_bytes, strlen(str), XLSX_TEXT_BYTES_MAX, "text", "文本", x->err, x->cap) < 0) {
        free(str);
        return -1;
    }
    b->shared[b->nshared++] = str;
    return 0;
nomem:
    xlsx_set_err(x->err, x->cap, x->b->lang, XLSX_MSG_NOMEM_READING, x->part);
    return -1;
}

static int load_shared(xlsx_book *b, const char *part, char *err, size_t cap)
{
    sst_ctx x = {b, 0, part, err, cap};
    int rc = xlsx_stream_part(b, part, on_sst_element, &x, err, cap);

    if (rc == 1)
        return 0;
    b->has_shared_part = 1;
    return rc;
}

static int add_sheet(xlsx_book *b, const xmlNode *s, xmlDoc *rels, size_t *alloc,
                     char *err, size_t cap)
{
    const char *name = xlsx_attr(s, "name"), *state = xlsx_attr(s, "state");
    const char *rid = xlsx_attr_ns(s, "id", "/relationships");
    xlsx_sheet *sh;
    char *part;

    if (name == NULL || rid == NULL) {
        xlsx_set_err(err, cap, b->lang, XLSX_MSG_SHEET_UNNAMED);
        return -1;
    }
    part = rel_find(rels, b->wb_dir, rid, NULL);
    if (part == NULL) {
        xlsx_set_err(err, cap, b->lang, XLSX_MSG_SHEET_NO_REL, name, rid);
        return -1;
    }
    if (b->nsheets >= XLSX_SHEETS_MAX) {
        free(part);
        xlsx_refuse(b, err, cap, XLSX_MSG_LIMIT_SHEETS, XLSX_SHEETS_MAX);
        return -1;
    }
    if (b->nsheets == *alloc) {
        size_t na = *alloc ? *alloc * 2 : 8;
        xlsx_sheet *g = realloc(b->sheets, na * sizeof *g);
        if (g == NULL) {
            free(part);
            xlsx_set_err(err, cap, b->lang, XLSX_MSG_NOMEM);
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
        xlsx_set_err(err, cap, b->lang, XLSX_MSG_NOMEM);
        return -1;
    }
    b->nsheets++;
    if (state && strcmp(state, "hidden") == 0)
        sh->state = XLSX_HIDDEN;
    else if (state && strcmp(state, "veryHidden") == 0)
        sh->state = XLSX_VERY_HIDDEN;
    return 0;
}

/* Part `part` parsed into *doc; -1 with err (message `missing` naming it when absent). */
static int read_required(xlsx_book *b, const char *part, xmlDoc **doc, xlsx_msg missing, char *err,
                         size_t cap)
{
    int rc = xlsx_read_xml(b, part, doc, err, cap);

    if (rc == 1)
        xlsx_set_err(err, cap, b->lang, missing, part);
    return rc == 0 ? 0 : -1;
}

int xlsx_load_workbook(xlsx_book *b, char *err, size_t cap)
{
    xmlDoc *root_rels = NULL, *wb = NULL, *rels = NULL;
    char *wb_part = NULL, *rels_part = NULL, *ss_part = NULL;
    xmlNode *sheets;
    size_t alloc = 0;
    int rc = -1;

    if (xlsx_read_xml(b, "_rels/.rels", &root_rels, err, cap) < 0)
        goto out;
    wb_part = rel_find(root_rels, "", NULL, "/officeDocument");
    if (wb_part == NULL && (wb_part = xlsx_strdup("xl/workbook.xml")) == NULL)
        goto nomem;
    b->wb_dir = dir_of(wb_part);
    rels_part = rels_of(wb_part);
    if (b->wb_dir == NULL || rels_part == NULL)
        goto nomem;
    if (read_required(b, wb_part, &wb, XLSX_MSG_NO_WORKBOOK, err, cap) != 0 ||
        read_required(b, rels_part, &rels, XLSX_MSG_MISSING, err, cap) != 0)
        goto out;
    sheets = xlsx_child(xmlDocGetRootElement(wb), "sheets");
    if (!xlsx_is_el(xmlDocGetRootElement(wb), "workbook") || sheets == NULL) {
        xlsx_set_err(err, cap, b->lang, XLSX_MSG_NO_SHEETS, wb_part);
        goto out;
    }
    for (xmlNode *s = sheets->children; s; s = s->next)
        if (xlsx_is_el(s, "sheet") && add_sheet(b, s, rels, &alloc, err, cap) < 0)
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
    xlsx_set_err(err, cap, b->lang, XLSX_MSG_NOMEM);
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
void xlsx_load_props(xlsx_book *b)
{
    char scratch[XLSX_ERR_MAX];
    xmlDoc *doc;
    size_t alloc = 0;

    if (xlsx_read_xml(b, "docProps/core.xml", &doc, scratch, sizeof scratch) == 0) {
        xmlNode *t = xlsx_child(xmlDocGetRootElement(doc), "title");
        if (t)
            b->title = xlsx_text_of(t);
        xmlFreeDoc(doc);
    }
    if (xlsx_read_xml(b, "docProps/custom.xml", &doc, scratch, sizeof scratch) != 0)
        return;
    for (xmlNode *p = xmlDocGetRootElement(doc)->children; p; p = p->next) {
        const char *name = xlsx_attr(p, "name");
        xmlNode *v;
        if (!xlsx_is_el(p, "property") || name == NULL)
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
        b->props[b->nprops].value = v ? xlsx_text_of(v) : xlsx_strdup("");
        if (b->props[b->nprops].name == NULL || b->props[b->nprops].value == NULL) {
            free(b->props[b->nprops].name);
            free(b->props[b->nprops].value);
            break;
        }
        b->nprops++;
    }
    xmlFreeDoc(doc);
}

/* Free the cells of a sheet (shared-string texts belong to the book). */
void xlsx_free_cells(xlsx_sheet *s)
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
        xlsx_free_cells(s);
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
