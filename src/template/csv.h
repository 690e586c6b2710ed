/*
 * csv.h - a small strict CSV reader for spec and batch files.
 *
 * RFC 4180 records (comma separated, double quotes around fields that hold
 * commas, quotes or newlines, "" for a quote), in UTF-8 or in GB18030/GBK
 * (what Excel and WPS on Chinese Windows save as "CSV (逗号分隔)"),
 * converted to UTF-8 with iconv.  The whole file is read and checked
 * before the first record is returned, so broken UTF-8, bytes that are
 * neither, or UTF-16 are refused with the line it starts on and nothing
 * else is done.  A UTF-8 byte-order mark (Excel writes one) is skipped;
 * CRLF and LF line ends are both accepted; blank lines are skipped.
 */
#ifndef TPL_CSV_H
#define TPL_CSV_H

#include <stddef.h>
#include <stdio.h>
#include "diag.h"

/* Largest file accepted: a spec or a bureau's batch is far smaller. */
#define TPL_CSV_MAX_BYTES (16u * 1024u * 1024u)
#define TPL_CSV_MAX_FIELDS 64

typedef struct tpl_csv {
    const char *path;       /* for messages                               */
    char *data;             /* whole file, NUL-terminated                 */
    size_t len, pos;
    long line;              /* line where the next record starts          */
    long rec_line;          /* line where the last returned record starts */
    int nfields;
    char *field[TPL_CSV_MAX_FIELDS];
    char *buf;              /* unquoted copies of the fields              */
    size_t bufcap;
    const char *encoding;   /* what the file was read as: "UTF-8", "GBK"
                               or "GB18030" (static)                      */
} tpl_csv;

/*
 * Where to say that a file was read as GBK or GB18030 (one line each;
 * NULL, the default, says nothing).  The command line passes stderr
 * unless --quiet.
 */
void tpl_csv_notes(FILE *f);

/*
 * Read `path` and validate it as UTF-8.  Errors: cannot read, not a
 * regular file (a named pipe, a device or a folder is refused at once,
 * never waited on), too big, not UTF-8 (saying when the bytes look like GBK).  On success the caller
 * must tpl_csv_close().
 */
int tpl_csv_open(tpl_csv *c, const char *path, tpl_diag *d);

/*
 * Same for text already in memory (copied); `name` is used in messages.
 * Used by the unit tests and for stdin.
 */
int tpl_csv_open_mem(tpl_csv *c, const char *name, const char *text,
                     size_t len, tpl_diag *d);

/*
 * Next record into c->field[0 .. c->nfields-1] (valid until the next call),
 * with surrounding ASCII spaces of unquoted fields trimmed.  Returns 1 for a
 * record, 0 at the end, -1 on error (unterminated quote, text after a
 * closing quote, too many fields) with d filled.
 */
int tpl_csv_next(tpl_csv *c, tpl_diag *d);

/* The most names (and the NULL after them) a column kind has in a header. */
#define TPL_CSV_NAMES 5

/*
 * Read the header record and map each column kind k < n to the first field
 * that is one of names[k][0..] (NULL-ended); map[k] = -1 when none is.
 * Which columns must be there is the caller's to say.  Returns TPL_OK, or
 * fails on a read error or an empty file (TPL_M_EMPTY_FILE).
 */
int tpl_csv_read_header(tpl_csv *c, const char *const names[][TPL_CSV_NAMES], int n, int map[],
                        tpl_diag *d);

/* Free what tpl_csv_open allocated.  Safe on a zeroed struct. */
void tpl_csv_close(tpl_csv *c);

/*
 * Whether the bytes at s (at most len) look like a GBK double-byte
 * character: lead 0x81-0xFE, trail 0x40-0xFE except 0x7F.  Used only to
 * say "this looks like GBK" in a message.
 */
int tpl_looks_gbk(const unsigned char *s, size_t len);

/* Whether all of s decodes as GBK (ASCII plus valid double-byte pairs). */
int tpl_gbk_valid(const unsigned char *s, size_t len);

#endif
