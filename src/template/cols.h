/*
 * cols.h - columns by their letters, zero-based like libxlsxwriter's
 * (A = 0): the one column-letter enum of the template, for the tables'
 * data and writers.  Included by those files only (single letters would
 * shadow names elsewhere).
 */
#ifndef TPL_COLS_H
#define TPL_COLS_H

enum { A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P };

#endif
