/*
 * uno_c.h - the LibreOffice binary-UNO C headers, made to compile as C11.
 *
 * typelib/typedescription.h (LibreOffice 7.4) ends with three helper
 * functions written for C++: declared `inline bool` and taking the enum tag
 * `_typelib_TypeClass` without the `enum` keyword.  gcc 12 rejects both in
 * C.  We never call those helpers, so for the duration of that one include
 *  - `bool` comes from <stdbool.h>,
 *  - `_typelib_TypeClass` names the typedef (in typeclass.h this only
 *    renames the enum tag, which nothing in C refers to),
 *  - `inline` becomes `static inline`, so a C translation unit that does
 *    not use the helpers emits no symbol and needs no external definition.
 * Every other header is included untouched.  Include this file instead of
 * any uno/ or typelib/ header.
 */
#ifndef JIXIAO_UNO_C_H
#define JIXIAO_UNO_C_H

#include <stdbool.h>
#include <sal/types.h>
#include <rtl/ustring.h>

#define _typelib_TypeClass typelib_TypeClass
#include <typelib/typeclass.h>
#define inline static inline
#include <typelib/typedescription.h>
#undef inline
#undef _typelib_TypeClass

#include <uno/any2.h>
#include <uno/data.h>
#include <uno/dispatcher.h>
#include <uno/environment.h>
#include <uno/lbnames.h>
#include <uno/sequence2.h>

#endif
