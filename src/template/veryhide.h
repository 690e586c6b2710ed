/*
 * veryhide.h - make the _jixiao audit map sheet "very hidden".
 *
 * docs/AUDIT-MAP.md asks for a very hidden map (state="veryHidden": no
 * office offers to unhide it; only a macro or the XML can), but
 * libxlsxwriter 1.1.4 can only write state="hidden".  After the workbook
 * is closed, this rewrites that one attribute in xl/workbook.xml with
 * zlib; the other entries are copied as they are, not recompressed.
 */
#ifndef TPL_VERYHIDE_H
#define TPL_VERYHIDE_H

#include "diag.h"

/*
 * Write the closed workbook `src` to `dst` (may be the same path) with
 * sheet `name` very hidden.  `dst` is named in messages.
 */
int tpl_very_hide(const char *src, const char *dst, const char *name, tpl_diag *d);

#endif
