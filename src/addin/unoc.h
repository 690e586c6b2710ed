/*
 * unoc.h - a small binary-UNO toolkit in C: objects with several
 * interfaces, type references, strings, sequences, any and exceptions.
 *
 * Binary UNO ("uno" environment) has no vtables: an interface is a
 * uno_Interface (acquire, release, dispatch) and every call goes through
 * dispatch with the member's type description, raw argument pointers, a
 * return slot to construct into and an exception slot.  An object here is
 * a reference count plus one uno_Interface per interface it implements
 * (a "facet"), so that the environment, which registers interfaces by
 * pointer and type, sees distinct pointers for distinct interfaces just as
 * it does for C++ objects; XInterface is always facet 0 (object identity).
 *
 * Ownership follows UNO: returned interfaces are acquired, in-arguments are
 * borrowed, sequence and any constructors copy (acquire) their elements.
 */
#ifndef JIXIAO_ADDIN_UNOC_H
#define JIXIAO_ADDIN_UNOC_H

#include <stdatomic.h>
#include <stddef.h>
#include "uno_c.h"

/* Type references used by the add-in, looked up once (jxu_types_init). */
typedef struct jxu_types {
    typelib_TypeDescriptionReference *t_void, *t_boolean, *t_string, *t_any,
        *t_type, *t_seq_type, *t_seq_byte, *t_seq_string,
        *t_XInterface, *t_XFunctions, *t_XAddIn, *t_XLocalizable,
        *t_XServiceName, *t_XServiceInfo, *t_XTypeProvider,
        *t_XSingleComponentFactory, *t_Locale, *t_IllegalArgumentException,
        *t_RuntimeException,
        /* reading a range argument (XCellRange) from Calc */
        *t_XCellRange, *t_XCellRangeAddressable, *t_XCellRangesQuery,
        *t_XSheetCellRanges, *t_XCellRangeData, *t_CellRangeAddress,
        *t_seq_CellRangeAddress, *t_seq_seq_any;
} jxu_types;

/*
 * Member type descriptions of the methods the add-in calls on objects Calc
 * hands it (binary UNO calls need them), looked up once by name.
 */
typedef struct jxu_methods {
    typelib_TypeDescription *queryInterface;     /* XInterface            */
    typelib_TypeDescription *getRangeAddress;    /* XCellRangeAddressable */
    typelib_TypeDescription *queryContentCells;  /* XCellRangesQuery      */
    typelib_TypeDescription *getRangeAddresses;  /* XSheetCellRanges      */
    typelib_TypeDescription *getCellRangeByPosition; /* XCellRange        */
    typelib_TypeDescription *getDataArray;       /* XCellRangeData        */
} jxu_methods;

extern jxu_methods jxu_m;

extern jxu_types jxu_t;

/*
 * Look up every type reference and check the C mirrors of UNO structs
 * against the type library.  Returns 0 on success, -1 (after printing why
 * on stderr) when a type is missing or a layout differs: the add-in then
 * refuses to load rather than corrupt memory.  Safe to call more than once.
 */
int jxu_types_init(void);

/* --- C mirrors of UNO structs (checked by jxu_types_init) ------------- */

/* com.sun.star.lang.Locale */
typedef struct jxu_Locale {
    rtl_uString *Language;
    rtl_uString *Country;
    rtl_uString *Variant;
} jxu_Locale;

/* com.sun.star.table.CellRangeAddress */
typedef struct jxu_CellRangeAddress {
    sal_Int16 Sheet;
    sal_Int32 StartColumn;
    sal_Int32 StartRow;
    sal_Int32 EndColumn;
    sal_Int32 EndRow;
} jxu_CellRangeAddress;

/* com.sun.star.uno.Exception (interfaces are uno_Interface* in binary UNO) */
typedef struct jxu_Exception {
    rtl_uString *Message;
    uno_Interface *Context;
} jxu_Exception;

/* com.sun.star.lang.IllegalArgumentException */
typedef struct jxu_IllegalArgumentException {
    jxu_Exception base;
    sal_Int16 ArgumentPosition;
} jxu_IllegalArgumentException;

/* --- Objects and facets ----------------------------------------------- */

struct jxu_object;

/* One interface of an object. */
typedef struct jxu_facet {
    uno_Interface ui;            /* first: a facet is a uno_Interface       */
    struct jxu_object *owner;
    int index;
} jxu_facet;

/* Which facet serves which interface type (NULL-terminated list). */
typedef struct jxu_iface_map {
    typelib_TypeDescriptionReference **type;  /* e.g. &jxu_t.t_XAddIn   */
    int facet;
} jxu_iface_map;

typedef struct jxu_object {
    atomic_long refs;
    void (*destroy)(struct jxu_object *obj);  /* refs reached 0           */
    const jxu_iface_map *ifaces;
    int nfacets;
    jxu_facet *facet;            /* nfacets of them, facet 0 = XInterface   */
} jxu_object;

/*
 * Set up an object with refs = 1 and its facets all dispatching to
 * `dispatch`.  `facets` is storage inside the caller's object.
 */
void jxu_object_init(jxu_object *obj, jxu_facet *facets, int nfacets,
                     const jxu_iface_map *ifaces, uno_DispatchMethod dispatch,
                     void (*destroy)(jxu_object *));

/* The acquire/release every facet uses. */
void jxu_acquire(uno_Interface *ui);
void jxu_release(uno_Interface *ui);

/*
 * Handle the three XInterface members (positions 0-2) for any facet:
 * returns 1 when the member was one of them (and the call is done).
 */
int jxu_dispatch_xinterface(uno_Interface *ui, const typelib_TypeDescription *member,
                            void *ret, void *args[], uno_Any **exc);

/* The member's own name (not decorated) and absolute position. */
rtl_uString *jxu_member_name(const typelib_TypeDescription *member);
sal_Int32 jxu_member_pos(const typelib_TypeDescription *member);

/* Whether a UNO string equals an ASCII literal. */
int jxu_str_is(const rtl_uString *s, const char *ascii);

/* --- Calling other objects ------------------------------------------- */

/*
 * Call method `member` of `ui` with raw argument pointers; the result is
 * constructed into `ret` (raw memory of the return type's size).  Returns 0,
 * or -1 when the method raised an exception (which is destroyed: the
 * caller answers with its own error).
 */
int jxu_call(uno_Interface *ui, const typelib_TypeDescription *member,
             void *ret, void *args[]);

/* queryInterface: `ui` as interface `type`, acquired, or NULL. */
uno_Interface *jxu_query(uno_Interface *ui, typelib_TypeDescriptionReference *type);

/* --- Strings ----------------------------------------------------------- */

/* A new UNO string (refcount 1) from UTF-8; never NULL (empty on failure). */
rtl_uString *jxu_str_new(const char *utf8);

/* --- Returning values and exceptions ------------------------------------ */

/* Construct a string into a return slot (takes a new reference). */
void jxu_return_str(void *ret, const char *utf8);

/* Construct a sequence<string> from n UTF-8 strings into a return slot. */
void jxu_return_strings(void *ret, const char *const *utf8, int n);

/* Construct a sequence<type> into a return slot. */
void jxu_return_types(void *ret, typelib_TypeDescriptionReference *const *types,
                      int n);

/* Construct an empty sequence<byte> into a return slot. */
void jxu_return_empty_bytes(void *ret);

/* Raise IllegalArgumentException(message, position) in the exception slot. */
void jxu_raise_illegal(uno_Any **exc, const char *utf8, int position);

/* Raise RuntimeException(message) in the exception slot. */
void jxu_raise_runtime(uno_Any **exc, const char *utf8);

#endif
