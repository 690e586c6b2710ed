/*
 * map.h - the audit map of a jixiao workbook (docs/AUDIT-MAP.md).
 *
 * jixiao-template writes a very hidden sheet `_jixiao` whose first row is
 *   jixiao-map | 1 | <table> | <tool version>
 * and whose every further row is one record: column A the kind, columns
 * B... `key=value` pairs in any order.  This module reads those rows into
 * records and checks each record against the keys its kind needs; a bad
 * record is kept as an error line (with its map row) and skipped, so one
 * damaged row does not hide the rest of the workbook.
 */
#ifndef JX_AUDIT_MAP_H
#define JX_AUDIT_MAP_H

#include <stddef.h>
#include <stdint.h>

#include "xlsx.h"

/* Name of the map sheet and the marker in its A1. */
#define JXAU_MAP_SHEET  "_jixiao"
#define JXAU_MAP_MAGIC  "jixiao-map"
/* The map version this audit reads. */
#define JXAU_MAP_VERSION 1
/* Most ranges a `parts=` list may hold ("F7,H14:H31"). */
#define JXAU_RANGES_MAX 16
/*
 * Work a map may ask for (issue 11 item 5): the templates' largest map has
 * 137 rows and 26-row ranges (docs/AUDIT.md).  A map with more rows is
 * refused; a range of more cells, or ranges of more cells in all, are bad
 * records, so that no map makes the audit walk a whole sheet.
 */
#define JXAU_MAP_ROWS_MAX    16384
#define JXAU_RANGE_CELLS_MAX 4096
#define JXAU_MAP_CELLS_MAX   65536

/* Record kinds, in the order of the table in docs/AUDIT-MAP.md. */
typedef enum jxau_kind {
    JXAU_META = 0, JXAU_EXEC, JXAU_FUND, JXAU_CONTROL, JXAU_IND, JXAU_SUM,
    JXAU_GRADE, JXAU_TREE, JXAU_FORMULA, JXAU_INPUT, JXAU_KIND_COUNT
} jxau_kind;

/* A rectangle of cells, 0-based and inclusive. */
typedef struct jxau_range {
    uint32_t r1, c1, r2, c2;
} jxau_range;

/* One key=value pair (both UTF-8, malloc'd). */
typedef struct jxau_kv {
    char *key;
    char *value;
} jxau_kv;

/* One map record. */
typedef struct jxau_record {
    jxau_kind kind;
    uint32_t map_row;     /* 1-based row in _jixiao, for messages          */
    const char *sheet;    /* the sheet= value (points into kv), or NULL    */
    jxau_kv *kv;
    size_t nkv;
} jxau_record;

/* A map: its header, its good records, and one line per bad record. */
typedef struct jxau_map {
    int version;
    char *table;          /* "xmzc-zp", ...; "" when absent                */
    char *tool;           /* tool version; "" when absent                  */
    jxau_record *rec;
    size_t n;
    char **errors;        /* "row 7: exec lacks score=" ...                */
    size_t nerrors;
    size_t range_cells;   /* cells the records' ranges cover, in all       */
} jxau_map;

/* The record kind named `word` ("exec", ...), or -1. */
int jxau_kind_parse(const char *word);

/* The word of a kind ("exec"). */
const char *jxau_kind_word(jxau_kind kind);

/*
 * Read the header row (cells A1..: "jixiao-map", version, table, tool
 * version) into an empty map (zero it first).  Returns 0, or -1 with a
 * one-line reason: wrong marker, a version that is not a whole number, or
 * a version newer than JXAU_MAP_VERSION.
 */
int jxau_map_begin(jxau_map *m, const char *const *cells, size_t n, char *err,
                  size_t cap);

/*
 * Add the record of map row `map_row` (1-based) from its cells (A: kind,
 * B...: key=value; NULL or "" cells are skipped).  A row whose cells are
 * all empty is ignored.  Returns 0 when added or ignored, 1 when the row
 * is bad (its reason is appended to m->errors), -1 when out of memory.
 * A row is bad when: its kind is unknown; a cell is not key=value; a key
 * repeats; a key its kind needs is missing; a cell or range key does not
 * read as A1 / A1:B9; `expected` is not a number; `kind=` of an input is
 * not money, rate, score, count, text or level.
 */
int jxau_map_add(jxau_map *m, uint32_t map_row, const char *const *cells,
                size_t n);

/*
 * Read the map from a workbook: find the `_jixiao` sheet, load it and read
 * its rows.  Returns 0 with the map filled, 1 when the workbook has no
 * `_jixiao` sheet, -1 with a one-line reason when the sheet cannot be read
 * or its header is wrong.  Free the map with jxau_map_free in every case.
 */
int jxau_map_read(xlsx_book *book, jxau_map *m, char *err, size_t cap);

/* Free everything a map owns and zero it.  Accepts a zeroed map. */
void jxau_map_free(jxau_map *m);

/* The value of `key` in a record, or NULL. */
const char *jxau_get(const jxau_record *r, const char *key);

/*
 * Parse a cell ("B7") or a range ("G14:G31", either corner first) into a
 * normalised range.  Returns 0 or -1.
 */
int jxau_range_parse(const char *text, jxau_range *out);

/*
 * Parse a list of cells and ranges separated by ',' (at most
 * JXAU_RANGES_MAX): "F7,G14:G31".  Returns the number read, or -1.
 */
int jxau_ranges_parse(const char *text, jxau_range *out, int max);

#endif
