/*
 * jixiao/error.h - error codes, messages and parser diagnostics.
 *
 * Every core function returns a jx_err.  JX_OK is zero; every other value
 * has a one-line message in Chinese and in English (jx_strerror).  No core
 * function ever returns NaN or +-Inf through an out-parameter: on error the
 * out-parameter is left untouched.
 *
 * Parsers (target expressions, qualitative schemes, band rules, rule text)
 * also fill a jx_diag that quotes the text they could not read, so that a
 * spreadsheet user sees *which* part of "≥9５%以上上" is wrong.
 */
#ifndef JIXIAO_ERROR_H
#define JIXIAO_ERROR_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Error codes.  Values are stable (they may be stored by callers). */
typedef enum jx_err {
    JX_OK = 0,
    JX_ERR_NOT_FINITE,       /* an argument is NaN or +-Inf                  */
    JX_ERR_NEGATIVE,         /* money, count, weight or value below zero     */
    JX_ERR_NO_BUDGET,        /* budget (denominator) is zero: 0 / 0 is not 100 % */
    JX_ERR_RANGE,            /* an argument is outside its documented range  */
    JX_ERR_EMPTY,            /* an empty text where a value is required      */
    JX_ERR_TOO_LONG,         /* a text longer than JX_TEXT_MAX bytes         */
    JX_ERR_ENCODING,         /* a text that is not valid UTF-8               */
    JX_ERR_TARGET_SYNTAX,    /* a target expression that cannot be read      */
    JX_ERR_NUMBER_SYNTAX,    /* an actual value text that cannot be read     */
    JX_ERR_UNIT_MISMATCH,    /* actual and target carry different units      */
    JX_ERR_PERCENT_UNIT,     /* % target, actual above 10: 96 meant as 96 %? */
    JX_ERR_SCHEME_SYNTAX,    /* a qualitative scheme text that cannot be read */
    JX_ERR_LEVEL_UNKNOWN,    /* a qualitative level not in the scheme        */
    JX_ERR_TIER_MISMATCH,    /* a hand-given score outside its level's tier  */
    JX_ERR_RULE_SYNTAX,      /* a band / step / rule text that cannot be read */
    JX_ERR_SIZE_MISMATCH,    /* ranges of different sizes                    */
    JX_ERR_SCORE_RANGE,      /* a score outside [0, its points]              */
    JX_ERR_BANDS,            /* grade thresholds / labels inconsistent       */
    JX_ERR_DIGITS,           /* rounding digits outside [0, JX_DIGITS_MAX]   */
    JX_ERR_NOMEM,            /* out of memory                                */
    JX_ERR_RULE_OPEN,        /* a rule clause leaves the score to the
                                evaluator or to other data (酌情扣分)        */
    JX_ERR__COUNT            /* number of codes; not an error                */
} jx_err;

/* Message language.  The add-in picks it from the office locale. */
typedef enum jx_lang {
    JX_LANG_ZH = 0,          /* 简体中文 */
    JX_LANG_EN = 1
} jx_lang;

/*
 * The language of the messages a program prints, from the locale: the first
 * of LC_ALL, LC_MESSAGES and LANG that is set and not empty; English when it
 * starts with "en", else Chinese (also when none is set).  jixiao-template
 * and jixiao-audit both use it, so that one environment gives both tools
 * the same language.
 */
jx_lang jx_lang_from_locale(void);

/*
 * Read a language name as the command-line option --lang takes it: "zh" or
 * "en", exactly.  Returns 1 and sets *lang, or 0 (leaving *lang) for any
 * other text.
 */
int jx_lang_parse(const char *name, jx_lang *lang);

/* Longest text (UTF-8 bytes) any core parser accepts; longer is JX_ERR_TOO_LONG. */
#define JX_TEXT_MAX 4096

/*
 * Return the static one-line message for `err` in `lang`.  Never NULL; an
 * unknown code gives a generic "unknown error" message.
 */
const char *jx_strerror(jx_err err, jx_lang lang);

/*
 * Parser diagnostic: the code, the byte offset where reading failed, a copy
 * of the input (`text`) and of the part from the failing offset on (`at`).
 * Both copies are valid UTF-8, cut on a character boundary (an ellipsis
 * "…" marks a cut), and "" when there is nothing to quote (e.g. empty input).
 */
#define JX_DIAG_TEXT_MAX 96
#define JX_DIAG_AT_MAX   32
typedef struct jx_diag {
    jx_err code;
    size_t offset;
    char text[JX_DIAG_TEXT_MAX + 4];
    char at[JX_DIAG_AT_MAX + 4];
} jx_diag;

/* Clear a diag to JX_OK / offset 0 / "". Accepts NULL. */
void jx_diag_clear(jx_diag *diag);

/*
 * Record an error in `diag` (NULL is allowed and ignored): the code, the
 * offset, a quote of `text` and of `text + offset`.  `text` may be NULL
 * when len is 0.  Returns `code` so parsers can `return jx_diag_set(...)`.
 */
jx_err jx_diag_set(jx_diag *diag, jx_err code, const char *text, size_t len,
                   size_t offset);

/*
 * Format `diag` as one line in `lang` into buf (always NUL-terminated when
 * cap > 0): the jx_strerror message, the quoted text and, when the failing
 * part is not the whole text, where it failed, e.g.
 *   无法识别的指标值：“≥95%以上上”，无法识别的部分：“上”
 *   cannot read the target: "≥95%以上上", unreadable part: "上"
 * Returns the number of bytes written, excluding the NUL (never more than
 * cap - 1; the text is cut on a UTF-8 boundary when it does not fit).
 */
size_t jx_diag_format(const jx_diag *diag, jx_lang lang, char *buf, size_t cap);

#ifdef __cplusplus
}
#endif
#endif
