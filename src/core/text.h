/*
 * text.h - internal: reading the text that real tables contain.
 *
 * Cells arrive as UTF-8 typed by clerks in Chinese input methods, pasted
 * from Word or converted from PDF, so the same target shows up as "≥95%",
 * "≧９５％", "＞＝95 ％" or "⩾95%".  Everything here folds those variants to
 * one form while keeping byte offsets into the original text, so that a
 * diagnostic can quote exactly what the user typed.
 *
 * Nothing here allocates: parsing a target once per row of a large sheet
 * must stay cheap.  Not part of the public API (no jixiao/ prefix).
 */
#ifndef JIXIAO_TEXT_H
#define JIXIAO_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include "jixiao/error.h"
#include "jixiao/utf8.h"
#include "jixiao/target.h"

/* --- UTF-8 ------------------------------------------------------------ */

/* jx_utf8_decode, jx_utf8_check, jx_utf8_encode: see jixiao/utf8.h. */

/* --- Folding ---------------------------------------------------------- */

/* The folded forms of the comparison signs (the ASCII ones stay ASCII). */
#define JX_CP_GE 0x2265u   /* ≥ ; also ≧ ⩾ */
#define JX_CP_LE 0x2264u   /* ≤ ; also ≦ ⩽ */

/*
 * Fold one code point to the form the parsers compare:
 *   full-width ASCII U+FF01..U+FF5E -> ASCII (９ -> 9, ％ -> %, ． -> ., ＞ -> >);
 *   U+3000, U+00A0, tab, CR, LF, U+200B, U+FEFF -> ' ';
 *   ≧ ⩾ -> ≥, ≦ ⩽ -> ≤, ═ -> '=', U+2212 (minus) -> '-';
 *   ASCII upper case -> lower case (keywords are case-insensitive).
 * Anything else is returned unchanged.
 */
uint32_t jx_fold(uint32_t cp);

/* Folded space? */
static inline int jx_is_space(uint32_t folded) { return folded == ' '; }

/* Folded ASCII digit? */
static inline int jx_is_digit(uint32_t folded)
{
    return folded >= '0' && folded <= '9';
}

/* --- Cursor ----------------------------------------------------------- */

/*
 * A position in s[0..end).  The text must have passed jx_utf8_check; an
 * invalid byte is read as U+FFFD of length 1 all the same, so a cursor
 * never runs past `end` even on unchecked text.
 */
typedef struct jx_cur {
    const char *s;
    size_t pos;
    size_t end;
    int exact;      /* 1: jx_cur_word does not match across blanks (targets) */
} jx_cur;

static inline void jx_cur_init(jx_cur *c, const char *s, size_t pos,
                               size_t end)
{
    c->s = s;
    c->pos = pos;
    c->end = end;
    c->exact = 0;
}

static inline int jx_cur_eof(const jx_cur *c) { return c->pos >= c->end; }

/* Folded character at the cursor (0 at the end); *len gets its byte length. */
uint32_t jx_cur_peek(const jx_cur *c, size_t *len);

/* Folded character at the cursor, advancing past it (0 at the end). */
uint32_t jx_cur_next(jx_cur *c);

/* Skip folded spaces. */
void jx_cur_skip_space(jx_cur *c);

/*
 * If the text at the cursor is `word` (UTF-8, compared after folding both
 * sides), advance past it and return 1; else return 0 and stay.  Blanks
 * between two ideographs of the word are skipped in the text (a wrapped
 * line: "百分 点", "实\n际支出") unless the cursor is `exact`.
 */
int jx_cur_word(jx_cur *c, const char *word);

/*
 * Trim folded spaces from both ends of s[*start..*end).
 */
void jx_trim(const char *s, size_t *start, size_t *end);

/*
 * Common checks on a parser's input: NULL or only spaces -> JX_ERR_EMPTY,
 * longer than JX_TEXT_MAX -> JX_ERR_TOO_LONG, invalid UTF-8 ->
 * JX_ERR_ENCODING; each recorded in diag.  JX_OK otherwise.
 */
jx_err jx_text_check(const char *text, size_t len, jx_diag *diag);

/* --- Numbers ---------------------------------------------------------- */

/*
 * Most digits a number may have: the largest double written out in full
 * (DBL_MAX has 309 integer digits) with some room, so that any finite
 * value jx_target_format writes reads back.
 */
#define JX_NUM_DIGITS_MAX 320

/* Flags of jx_scan_number. */
#define JX_NUM_GROUPS 0x1u   /* accept thousands separators "1,234,567" */

/*
 * A decimal number as written: value = mant x 10^exp10 with the digits
 * exactly as typed, so that a scale (万 = 10^4) or a percent (10^-2) is
 * applied without a rounding step: "3.4万" is exactly 34000.
 */
typedef struct jx_num {
    uint64_t mant;      /* significant digits, at most 19 of them      */
    int nsig;           /* significant digits seen (may exceed 19)     */
    int exp10;          /* power of ten of the last digit kept in mant */
    size_t start, end;  /* byte range of the number in the text        */
} jx_num;

/*
 * Scan an unsigned decimal number at the cursor: digits, at most one point
 * followed by at least one digit, thousands separators (',' or '，') only
 * when JX_NUM_GROUPS is set and only in groups of three after a first group
 * of 1-3 digits not starting with 0.  No sign, no exponent.
 * Returns 1 and advances on success.  Returns 0 when no number starts at
 * the cursor (cursor unchanged, *bad = cursor) or when a number starts but
 * is malformed or longer than JX_NUM_DIGITS_MAX digits (*bad = offset of
 * the fault).
 */
int jx_scan_number(jx_cur *c, unsigned flags, jx_num *out, size_t *bad);

/*
 * The double nearest to num x 10^shift (correctly rounded), or 0 with
 * *ok = 0 when it is not finite.  `s` is the text num was scanned from:
 * beyond 15 significant digits the digits are read again from it.
 */
double jx_num_value(const jx_num *num, const char *s, int shift, int *ok);

/* --- Target pieces shared with the rule parsers ------------------------ */

/*
 * Read a comparison at the cursor: a sign (≥ ≧ ⩾ >= ＞＝ > ≤ ≦ ⩽ <= < = == ═
 * ＝, ASCII or full-width) or a word (不低于, 不超过, 大于等于, ...).
 * Returns 1 and advances, or 0 and stays.
 */
int jx_scan_dir(jx_cur *c, jx_dir *dir);

/*
 * Parse a target held in s[start..end) of a larger text s[0..len): the
 * grammar of jx_target_parse.  Errors use `syntax` as the syntax code and
 * quote the whole of s[0..len) with offsets into it, so a rule parser can
 * point into its own text.  *explicit_dir (may be NULL) tells whether a
 * sign, word or suffix gave the direction (a bare number is ≥ by default).
 * The text must already have passed jx_text_check.
 */
jx_err jx_target_scan(const char *s, size_t len, size_t start, size_t end,
                      jx_err syntax, jx_target *out, int *explicit_dir,
                      jx_diag *diag);

#endif
