/*
 * utf16.h - UTF-16 (what UNO strings hold) to UTF-8 (what the core reads).
 *
 * Kept apart from the UNO layer so that the fuzzer feeds the functions
 * exactly the texts a cell can produce.
 */
#ifndef JIXIAO_ADDIN_UTF16_H
#define JIXIAO_ADDIN_UTF16_H

#include <stddef.h>
#include <stdint.h>

/*
 * Convert len UTF-16 code units into out (room for 3 x len + 1 bytes).
 * Lone surrogates become U+FFFD and set *bad, so the output is always
 * valid UTF-8.  Returns the byte length; out is NUL-terminated.
 */
size_t jxa_utf16_to_utf8(const uint16_t *s, size_t len, char *out, int *bad);

#endif
