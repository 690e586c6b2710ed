/*
 * xlsx_int.h - internal to the xlsx reader (src/audit/xlsx_*.c), not for
 * its users (they include xlsx.h).
 *
 * The reader is split by concern: xlsx_msg.c (messages, errors, string
 * copies), xlsx_zip.c (parts out of the zip, opening), xlsx_xml.c (XML
 * helpers, parsing a part whole or streamed), xlsx_book.c (relationships,
 * workbook, shared strings, properties), xlsx_ref.c (references, shared
 * formulas), xlsx_sheet.c (worksheets and cells).
 */
/*
 * The reader: read-only .xlsx access on libzip and libxml2.
 *
 * Every part is read whole into memory (bounded by XLSX_PART_MAX).  The
 * small parts (relationships, workbook, properties) are parsed into a
 * libxml2 tree; worksheets and shared strings, which grow with the data,
 * are streamed with xmlTextReader and only one cell (or one string) at a
 * time is expanded into a tree, so memory stays near the size of the part
 * (a tree of a 32 MB sheet of a million cells takes 0.8 GB).  Elements are
 * matched by local name, whatever their namespace prefix (x:, none).
 */
#ifndef JX_AUDIT_XLSX_INT_H
#define JX_AUDIT_XLSX_INT_H

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


/*
 * Called for every element of a streamed part with its local name and
 * depth (0 for the root).  Returns 0 to go on, 1 to stop reading (not an
 * error), -1 on error (err already set).
 */
typedef int (*xlsx_element_fn)(void *ctx, xmlTextReaderPtr rd, const char *name, int depth);

/* The id of the last message written by this thread (xlsx_msg.c). */
extern _Thread_local int xlsx_last_msg;

/* Helpers shared by the reader's files; each is documented where defined. */
void xlsx_set_err(char *err, size_t cap, jx_lang lang, xlsx_msg id, ...);
void xlsx_refuse(xlsx_book *b, char *err, size_t cap, xlsx_msg id, ...);
int xlsx_spend(xlsx_book *b, size_t *used, size_t n, size_t max, const char *what_en,
                 const char *what_zh, char *err, size_t cap);
char *xlsx_strndup(const char *s, size_t n);
int xlsx_is_el(const xmlNode *n, const char *name);
xmlNode *xlsx_child(const xmlNode *n, const char *name);
const char *xlsx_attr(const xmlNode *n, const char *name);
const char *xlsx_attr_ns(const xmlNode *n, const char *name, const char *uri_tail);
char *xlsx_text_of(const xmlNode *n);
char *xlsx_string_item(const xmlNode *si);
int xlsx_read_part(xlsx_book *b, const char *name, char **out, size_t *outlen,
                     char *err, size_t cap);
int xlsx_stream_part(xlsx_book *b, const char *part, xlsx_element_fn fn, void *ctx, char *err,
                       size_t cap);
int xlsx_read_xml(xlsx_book *b, const char *name, xmlDoc **doc, char *err, size_t cap);
xlsx_book *xlsx_finish_open(xlsx_book *b, char *err, size_t cap);
void xlsx_free_cells(xlsx_sheet *s);
int xlsx_load_workbook(xlsx_book *b, char *err, size_t cap);
void xlsx_load_props(xlsx_book *b);

#endif
