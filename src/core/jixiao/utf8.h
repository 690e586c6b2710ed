/*
 * jixiao/utf8.h - the one UTF-8 validator of the project.
 *
 * Cells, CSV files and rule sentences all arrive as bytes that claim to be
 * UTF-8.  The core, the template tool's CSV reader and the error quotes
 * all check them here, so the three agree on what "valid" means
 * (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
 */
#ifndef JIXIAO_UTF8_H
#define JIXIAO_UTF8_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Decode one character from s[0..n) (n > 0).  Returns its length 1..4 and
 * stores the code point, or returns 0 for an invalid sequence: a stray
 * continuation byte, an overlong form, a surrogate, a value above
 * U+10FFFF or a sequence cut short by the end of the text.
 */
size_t jx_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Offset of the first invalid byte of s[0..n), or n when all is valid. */
size_t jx_utf8_check(const char *s, size_t n);

/* Encode cp (a valid scalar value) into out[0..4); returns the length. */
size_t jx_utf8_encode(uint32_t cp, char *out);

#ifdef __cplusplus
}
#endif

#endif
