/*
 * xlsx.h - a read-only view of an .xlsx workbook for jixiao-audit.
 *
 * The zip container is read with libzip and every XML part with libxml2;
 * nothing here parses zip or XML by hand.  A returned workbook is untrusted
 * input, so the reader:
 *   - refuses OLE/CFB files (D0 CF 11 E0: an encrypted OOXML package or a
 *     legacy .xls) and anything that is not a zip;
 *   - refuses a part whose uncompressed size is over XLSX_PART_MAX, counting
 *     the bytes as they are inflated (the size a zip header claims is not
 *     trusted), and stops once XLSX_BOOK_MAX bytes were read from one
 *     workbook (zip bombs of many parts);
 *   - parses with XML_PARSE_NONET, never loads a DTD or substitutes an
 *     entity, and refuses a part that declares one, found by the parser
 *     (the document's internal or external subset) whatever the part's
 *     encoding (OOXML never has one; a DOCTYPE is how entity expansion
 *     attacks start);
 *   - bounds the cells, shared strings, text and formula bytes (shared
 *     formulas expanded) of a workbook (XLSX_*_MAX below);
 *   - reports every failure as one line of text, never aborts.
 *
 * Cells are read with their type (n, s, str, inlineStr, b, e), their value
 * (shared strings resolved, rich-text runs joined), the cached value of a
 * formula, and the formula text; shared formulas (t="shared") are expanded
 * into each cell of their range by moving the relative references.
 */
#ifndef JX_AUDIT_XLSX_H
#define JX_AUDIT_XLSX_H

#include <stddef.h>
#include "jixiao/error.h"
#include <stdint.h>

/* Largest uncompressed part read (64 MiB). */
#define XLSX_PART_MAX ((size_t)64 << 20)
/* Largest number of uncompressed bytes read from one workbook (256 MiB). */
#define XLSX_BOOK_MAX ((size_t)256 << 20)
/*
 * Work and memory per workbook (issue 11 item 5).  A workbook past one of
 * these is refused as a whole, its reason naming the limit.  The largest
 * of 17 real workbooks (every table of jixiao-template, the seed specs,
 * filled in LibreOffice, saved again by Gnumeric) has 1 018 cells, 342
 * shared strings, 25.6 KB of text and 23 KB of formulas (docs/AUDIT.md):
 * the limits leave a margin of 650 to 1 000 times.
 */
#define XLSX_CELLS_MAX         ((size_t)1 << 20)   /* cells, all sheets read          */
#define XLSX_SHARED_MAX        ((size_t)1 << 18)   /* shared strings                  */
#define XLSX_TEXT_BYTES_MAX    ((size_t)16 << 20)  /* shared strings + cell texts     */
#define XLSX_FORMULA_BYTES_MAX ((size_t)16 << 20)  /* formulas, shared ones expanded  */
#define XLSX_SHEETS_MAX        ((size_t)1024)      /* sheets listed in workbook.xml   */
/* Length of the one-line error texts (bytes, with the NUL). */
#define XLSX_ERR_MAX 256
/* Largest row and column numbers of a cell reference (Excel's limits). */
#define XLSX_MAX_ROW 1048576u
#define XLSX_MAX_COL 16384u

/* A cell's type as the worksheet XML states it (attribute t). */
typedef enum xlsx_type {
    XLSX_T_NONE = 0,   /* no value (a styled blank cell)                  */
    XLSX_T_N,          /* number (t="n" or no t)                          */
    XLSX_T_S,          /* shared string (t="s")                           */
    XLSX_T_STR,        /* formula string result (t="str")                 */
    XLSX_T_INLINE,     /* inline string (t="inlineStr")                   */
    XLSX_T_B,          /* boolean (t="b"); num is 0 or 1                  */
    XLSX_T_E           /* error (t="e"); text is "#DIV/0!" etc.           */
} xlsx_type;

/* One cell.  Rows and columns count from 0 (A1 is 0, 0). */
typedef struct xlsx_cell {
    uint32_t row, col;
    xlsx_type type;
    double num;          /* XLSX_T_N, XLSX_T_B                            */
    const char *text;    /* S/STR/INLINE/E: UTF-8, never NULL for those   */
    const char *formula; /* without '=', NULL when the cell has none      */
    int shared;          /* the formula came from a shared-formula group  */
} xlsx_cell;

/* Visibility of a sheet (workbook.xml state=). */
typedef enum xlsx_state {
    XLSX_VISIBLE = 0,
    XLSX_HIDDEN,
    XLSX_VERY_HIDDEN
} xlsx_state;

/* One worksheet; cells are loaded by xlsx_sheet_load. */
typedef struct xlsx_sheet {
    char *name;          /* UTF-8 as in workbook.xml                      */
    char *part;          /* zip entry name, e.g. "xl/worksheets/sheet1.xml" */
    xlsx_state state;
    int loaded;          /* xlsx_sheet_load succeeded                     */
    int is_chart;        /* a chartsheet or dialog sheet: no cells        */
    int protected_;      /* <sheetProtection> present and not sheet="0"   */
    xlsx_cell *cells;    /* sorted by (row, col)                          */
    size_t ncells;
} xlsx_sheet;

/* A custom document property (docProps/custom.xml). */
typedef struct xlsx_prop {
    char *name;
    char *value;
} xlsx_prop;

typedef struct xlsx_book xlsx_book;

/*
 * Open the workbook at `path` and read its workbook.xml, relationships,
 * shared strings and document properties (worksheets are read on demand).
 * Returns NULL and writes one line into err (cap bytes, cap > 0) on any
 * failure: "not a zip file", "encrypted or legacy .xls (OLE file)",
 * "missing xl/workbook.xml", "part xl/sharedStrings.xml is larger than
 * 64 MiB", "malformed XML in xl/workbook.xml: ..." and so on.
 */
xlsx_book *xlsx_open(const char *path, char *err, size_t cap);

/* The reader's messages (text in both languages: xlsx_msg_format). */
typedef enum xlsx_msg {
    XLSX_MSG_LIMIT_MIB,
    XLSX_MSG_CANNOT_READ_PART,
    XLSX_MSG_PART_OVER_MIB,
    XLSX_MSG_PART_ENCRYPTED,
    XLSX_MSG_CANNOT_OPEN_PART,
    XLSX_MSG_NOMEM_READING,
    XLSX_MSG_CORRUPT_ENTRY,
    XLSX_MSG_BOOK_OVER_MIB,
    XLSX_MSG_CORRUPT_CHECKSUM,
    XLSX_MSG_DTD,
    XLSX_MSG_PART_TOO_LARGE,
    XLSX_MSG_NOMEM_PARSING,
    XLSX_MSG_MALFORMED,
    XLSX_MSG_NO_ROOT,
    XLSX_MSG_NOT_SST,
    XLSX_MSG_LIMIT_SHARED,
    XLSX_MSG_SHEET_UNNAMED,
    XLSX_MSG_SHEET_NO_REL,
    XLSX_MSG_LIMIT_SHEETS,
    XLSX_MSG_NOMEM,
    XLSX_MSG_NO_WORKBOOK,
    XLSX_MSG_MISSING,
    XLSX_MSG_NO_SHEETS,
    XLSX_MSG_OLE,
    XLSX_MSG_NOT_ZIP,
    XLSX_MSG_CANNOT_OPEN,
    XLSX_MSG_NOT_REGULAR,
    XLSX_MSG_CORRUPT_ZIP,
    XLSX_MSG_CANNOT_READ_BUFFER,
    XLSX_MSG_LIMIT_CELLS,
    XLSX_MSG_BAD_REF,
    XLSX_MSG_BAD_NUMBER,
    XLSX_MSG_NO_SHARED,
    XLSX_MSG_NOMEM_SHEET,
    XLSX_MSG_BAD_ROW,
    XLSX_MSG_NOT_WORKSHEET,
    XLSX_MSG_MISSING_PART,
    XLSX_MSG_PARSE_ERROR,
    XLSX_MSG_NO_SST_PART,
    XLSX_MSG_COUNT
} xlsx_msg;

/*
 * xlsx_open with its messages in `lang` (JX_LANG_ZH or JX_LANG_EN), for
 * this call and for xlsx_sheet_load on the book it returns.  On failure
 * *msg (when msg is not NULL) gets the xlsx_msg of err, so that a caller
 * can tell a refusal (XLSX_MSG_DTD, XLSX_MSG_LIMIT_*) from a broken file
 * without reading the text; -1 on success.  xlsx_open itself answers in
 * English, as it always did.
 */
xlsx_book *xlsx_open_lang(const char *path, jx_lang lang, int *msg, char *err, size_t cap);

/* xlsx_open_buffer with its messages in `lang`. */
xlsx_book *xlsx_open_buffer_lang(const void *data, size_t len, jx_lang lang, char *err,
                                 size_t cap);

/*
 * The reader's message table, for tests: the printf format of message id
 * (0 <= id < xlsx_msg_count()) in lang, or NULL for another id.
 */
const char *xlsx_msg_format(int id, jx_lang lang);
int xlsx_msg_count(void);

/*
 * The same as xlsx_open for a workbook held in memory (`data` must stay
 * valid until xlsx_close).  Used by the fuzzer and the tests.
 */
xlsx_book *xlsx_open_buffer(const void *data, size_t len, char *err,
                            size_t cap);

/* Close a workbook and free everything it owns.  Accepts NULL. */
void xlsx_close(xlsx_book *book);

/* Number of sheets, in workbook order. */
size_t xlsx_sheet_count(const xlsx_book *book);

/* Sheet i (0-based), or NULL when out of range. */
xlsx_sheet *xlsx_sheet_at(xlsx_book *book, size_t i);

/* The sheet named `name` (exact UTF-8 match), or NULL. */
xlsx_sheet *xlsx_sheet_by_name(xlsx_book *book, const char *name);

/*
 * Read a sheet's cells and protection.  Returns 0 on success (also when
 * already loaded), -1 with a one-line reason in err otherwise; the sheet
 * stays unloaded then.  A shared-string index out of range, a malformed
 * cell reference or number is an error of the whole sheet: a workbook
 * that lies about its own cells cannot be audited.
 */
int xlsx_sheet_load(xlsx_book *book, xlsx_sheet *sheet, char *err,
                    size_t cap);

/* The cell at (row, col) of a loaded sheet, or NULL when there is none. */
const xlsx_cell *xlsx_cell_at(const xlsx_sheet *sheet, uint32_t row,
                              uint32_t col);

/*
 * Why the workbook was refused while it was read (a DTD, a limit above):
 * "refused: more than 1048576 cells (cells limit)"; NULL when it was not.
 * A sheet that failed to load for such a reason makes the whole workbook
 * unusable, not just that sheet.
 */
const char *xlsx_refused(const xlsx_book *book);

/* The document title (docProps/core.xml dc:title), or NULL. */
const char *xlsx_title(const xlsx_book *book);

/* Number of custom properties (docProps/custom.xml). */
size_t xlsx_prop_count(const xlsx_book *book);

/*
 * A malloc'd copy of s, or NULL when s is NULL or memory ran out.  The
 * audit's one string-copy helper (the reader, the map and the audit use it).
 */
char *xlsx_strdup(const char *s);

/* The value of the custom property `name`, or NULL. */
const char *xlsx_prop_get(const xlsx_book *book, const char *name);

/* Number of shared strings (for tests and diagnostics). */
size_t xlsx_shared_count(const xlsx_book *book);

/*
 * Parse an A1-style reference ("B7", "$AB$12", lower case allowed) of
 * exactly `len` bytes into 0-based row and column.  Returns 0, or -1 when
 * it is not a single cell reference within Excel's limits.
 */
int xlsx_ref_parse(const char *ref, size_t len, uint32_t *row, uint32_t *col);

/* Write the A1 reference of (row, col) into buf (at least 12 bytes). */
void xlsx_ref_format(uint32_t row, uint32_t col, char *buf, size_t cap);

/*
 * Move the relative references of a formula by (drow, dcol), as Excel does
 * when it applies a shared formula to another cell of its range: "A1+$B1"
 * moved by (2, 1) is "B3+$B3".  Text in double quotes, sheet-qualified
 * names and function names are left alone.  Returns a malloc'd string or
 * NULL when out of memory or when a reference would leave the sheet.
 */
char *xlsx_formula_shift(const char *formula, long drow, long dcol);

#endif
