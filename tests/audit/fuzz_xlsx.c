/*
 * fuzz_xlsx.c - libFuzzer target over the audit's xlsx reader and the
 * whole audit of a workbook.
 *
 * The input is taken as the bytes of an .xlsx file and opened with
 * xlsx_open_buffer (libzip over zip_source_buffer); every sheet is loaded
 * and every cell touched, then the audit runs over the same workbook (map
 * reading and recomputation).  Seeds are the fixture workbook; libFuzzer
 * mutates the zip, which mostly exercises libzip's checks, and through
 * the occasional intact entry the XML handling.  Any crash, leak or
 * undefined behaviour is a failure; every error must come back as text.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "audit.h"
#include "map.h"
#include "xlsx.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char err[XLSX_ERR_MAX];
    xlsx_book *b = xlsx_open_buffer(data, size, err, sizeof err);
    jxa_result r;
    volatile size_t touched = 0;

    if (b == NULL) {
        if (strlen(err) == 0 || memchr(err, '\n', strlen(err)))
            __builtin_trap();   /* every failure has a one-line reason */
        return 0;
    }
    for (size_t i = 0; i < xlsx_sheet_count(b); i++) {
        xlsx_sheet *s = xlsx_sheet_at(b, i);
        if (xlsx_sheet_load(b, s, err, sizeof err) < 0)
            continue;
        for (size_t j = 0; j < s->ncells; j++) {
            const xlsx_cell *c = &s->cells[j];
            touched += c->text ? strlen(c->text) : 0;
            touched += c->formula ? strlen(c->formula) : 0;
            if (xlsx_cell_at(s, c->row, c->col) == NULL)
                __builtin_trap();
        }
    }
    if (jxa_audit_book(b, "fuzz", JX_LANG_ZH, &r) >= 0)
        jxa_result_free(&r);
    xlsx_close(b);
    (void)touched;
    return 0;
}
