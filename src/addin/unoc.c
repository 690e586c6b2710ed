/*
 * unoc.c - the binary-UNO toolkit (see unoc.h).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rtl/textenc.h>
#include <rtl/string.h>

#include "unoc.h"

jxu_types jxu_t;
jxu_methods jxu_m;

/* --- Types ------------------------------------------------------------ */

static int by_name(typelib_TypeDescriptionReference **ref, typelib_TypeClass cls,
                   const char *name)
{
    typelib_TypeDescription *td = NULL;

    /* Make sure the type library knows it: a missing .rdb shows up here,
     * not as a crash in the middle of a recalculation. */
    rtl_uString *n = NULL;
    rtl_uString_newFromAscii(&n, name);
    typelib_typedescription_getByName(&td, n);
    rtl_uString_release(n);
    if (td == NULL) {
        fprintf(stderr, "jixiao add-in: type %s is unknown to the type library\n",
                name);
        return -1;
    }
    typelib_typedescription_release(td);
    typelib_typedescriptionreference_newByAsciiName(ref, cls, name);
    return 0;
}

/* Compare a C mirror with the type library: size and member offsets. */
static int check_layout(const char *name, size_t size, const size_t *offsets,
                        int n)
{
    typelib_TypeDescription *td = NULL;
    typelib_CompoundTypeDescription *ct;
    rtl_uString *s = NULL;
    int i, ok = 1;

    rtl_uString_newFromAscii(&s, name);
    typelib_typedescription_getByName(&td, s);
    rtl_uString_release(s);
    if (td == NULL)
        return -1;
    ct = (typelib_CompoundTypeDescription *)td;
    if ((size_t)td->nSize != size || ct->nMembers != n)
        ok = 0;
    for (i = 0; ok && i < n; i++)
        if ((size_t)ct->pMemberOffsets[i] != offsets[i])
            ok = 0;
    if (!ok)
        fprintf(stderr, "jixiao add-in: C layout of %s differs from the type "
                "library (size %d, %d members)\n", name, (int)td->nSize,
                (int)ct->nMembers);
    else if (getenv("JIXIAO_ADDIN_DEBUG") != NULL) {
        /* The integration test reads this line from soffice's output. */
        fprintf(stderr, "jixiao add-in: layout of %s matches the type library: "
                "size %d, offsets", name, (int)td->nSize);
        for (i = 0; i < n; i++)
            fprintf(stderr, " %d", (int)ct->pMemberOffsets[i]);
        fputc('\n', stderr);
    }
    typelib_typedescription_release(td);
    return ok ? 0 : -1;
}

/* Own members only: a compound's offsets are for the members it declares. */
static int check_layouts(void)
{
    const size_t locale[] = {offsetof(jxu_Locale, Language),
                             offsetof(jxu_Locale, Country),
                             offsetof(jxu_Locale, Variant)};
    const size_t exc[] = {offsetof(jxu_Exception, Message),
                          offsetof(jxu_Exception, Context)};
    const size_t iae[] = {offsetof(jxu_IllegalArgumentException, ArgumentPosition)};
    const size_t cra[] = {offsetof(jxu_CellRangeAddress, Sheet),
                          offsetof(jxu_CellRangeAddress, StartColumn),
                          offsetof(jxu_CellRangeAddress, StartRow),
                          offsetof(jxu_CellRangeAddress, EndColumn),
                          offsetof(jxu_CellRangeAddress, EndRow)};

    if (check_layout("com.sun.star.lang.Locale", sizeof(jxu_Locale), locale, 3) ||
        check_layout("com.sun.star.uno.Exception", sizeof(jxu_Exception), exc, 2) ||
        check_layout("com.sun.star.lang.IllegalArgumentException",
                     sizeof(jxu_IllegalArgumentException), iae, 1) ||
        check_layout("com.sun.star.table.CellRangeAddress",
                     sizeof(jxu_CellRangeAddress), cra, 5))
        return -1;
    return 0;
}

/*
 * The member type description of `name` in interface `iface` (kept for the
 * life of the process: binary-UNO calls pass it on every call).
 */
static int method(typelib_TypeDescription **out, typelib_TypeDescriptionReference *iface,
                  const char *name)
{
    typelib_TypeDescription *td = NULL;
    typelib_InterfaceTypeDescription *it;
    sal_Int32 i;

    typelib_typedescriptionreference_getDescription(&td, iface);
    if (td != NULL && !td->bComplete)
        typelib_typedescription_complete(&td);
    if (td == NULL)
        return -1;
    it = (typelib_InterfaceTypeDescription *)td;
    for (i = 0; i < it->nAllMembers && *out == NULL; i++) {
        typelib_TypeDescription *m = NULL;
        typelib_typedescriptionreference_getDescription(&m, it->ppAllMembers[i]);
        if (m != NULL && jxu_str_is(jxu_member_name(m), name))
            *out = m;
        else if (m != NULL)
            typelib_typedescription_release(m);
    }
    typelib_typedescription_release(td);
    if (*out == NULL)
        fprintf(stderr, "jixiao add-in: method %s is unknown to the type library\n",
                name);
    return *out != NULL ? 0 : -1;
}

/* The types and methods for reading a range argument from Calc. */
static int range_types_init(void)
{
    jxu_types *t = &jxu_t;
    jxu_methods *m = &jxu_m;
    typelib_TypeDescriptionReference *seq_any = NULL;

    if (by_name(&t->t_XCellRange, typelib_TypeClass_INTERFACE, "com.sun.star.table.XCellRange") ||
        by_name(&t->t_XCellRangeAddressable, typelib_TypeClass_INTERFACE,
                "com.sun.star.sheet.XCellRangeAddressable") ||
        by_name(&t->t_XCellRangesQuery, typelib_TypeClass_INTERFACE,
                "com.sun.star.sheet.XCellRangesQuery") ||
        by_name(&t->t_XSheetCellRanges, typelib_TypeClass_INTERFACE,
                "com.sun.star.sheet.XSheetCellRanges") ||
        by_name(&t->t_XCellRangeData, typelib_TypeClass_INTERFACE,
                "com.sun.star.sheet.XCellRangeData") ||
        by_name(&t->t_CellRangeAddress, typelib_TypeClass_STRUCT,
                "com.sun.star.table.CellRangeAddress"))
        return -1;
    typelib_static_sequence_type_init(&t->t_seq_CellRangeAddress, t->t_CellRangeAddress);
    typelib_static_sequence_type_init(&seq_any, t->t_any);
    typelib_static_sequence_type_init(&t->t_seq_seq_any, seq_any);
    return method(&m->queryInterface, t->t_XInterface, "queryInterface") ||
           method(&m->getRangeAddress, t->t_XCellRangeAddressable, "getRangeAddress") ||
           method(&m->queryContentCells, t->t_XCellRangesQuery, "queryContentCells") ||
           method(&m->getRangeAddresses, t->t_XSheetCellRanges, "getRangeAddresses") ||
           method(&m->getCellRangeByPosition, t->t_XCellRange, "getCellRangeByPosition") ||
           method(&m->getDataArray, t->t_XCellRangeData, "getDataArray") ? -1 : 0;
}

static int types_status = -1;

static void types_init_once(void)
{
    jxu_types *t = &jxu_t;

    t->t_void = *typelib_static_type_getByTypeClass(typelib_TypeClass_VOID);
    t->t_boolean = *typelib_static_type_getByTypeClass(typelib_TypeClass_BOOLEAN);
    t->t_string = *typelib_static_type_getByTypeClass(typelib_TypeClass_STRING);
    t->t_any = *typelib_static_type_getByTypeClass(typelib_TypeClass_ANY);
    t->t_type = *typelib_static_type_getByTypeClass(typelib_TypeClass_TYPE);
    typelib_static_sequence_type_init(&t->t_seq_type, t->t_type);
    typelib_static_sequence_type_init(
        &t->t_seq_byte, *typelib_static_type_getByTypeClass(typelib_TypeClass_BYTE));
    typelib_static_sequence_type_init(&t->t_seq_string, t->t_string);
    if (by_name(&t->t_XInterface, typelib_TypeClass_INTERFACE, "com.sun.star.uno.XInterface") ||
        by_name(&t->t_XFunctions, typelib_TypeClass_INTERFACE, "org.jixiao.XFunctions") ||
        by_name(&t->t_XAddIn, typelib_TypeClass_INTERFACE, "com.sun.star.sheet.XAddIn") ||
        by_name(&t->t_XLocalizable, typelib_TypeClass_INTERFACE, "com.sun.star.lang.XLocalizable") ||
        by_name(&t->t_XServiceName, typelib_TypeClass_INTERFACE, "com.sun.star.lang.XServiceName") ||
        by_name(&t->t_XServiceInfo, typelib_TypeClass_INTERFACE, "com.sun.star.lang.XServiceInfo") ||
        by_name(&t->t_XTypeProvider, typelib_TypeClass_INTERFACE, "com.sun.star.lang.XTypeProvider") ||
        by_name(&t->t_XSingleComponentFactory, typelib_TypeClass_INTERFACE,
                "com.sun.star.lang.XSingleComponentFactory") ||
        by_name(&t->t_Locale, typelib_TypeClass_STRUCT, "com.sun.star.lang.Locale") ||
        by_name(&t->t_IllegalArgumentException, typelib_TypeClass_EXCEPTION,
                "com.sun.star.lang.IllegalArgumentException") ||
        by_name(&t->t_RuntimeException, typelib_TypeClass_EXCEPTION,
                "com.sun.star.uno.RuntimeException") ||
        range_types_init())
        return;
    types_status = check_layouts();
}

int jxu_types_init(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;

    pthread_once(&once, types_init_once);
    return types_status;
}

/* --- Objects ---------------------------------------------------------- */

void jxu_object_init(jxu_object *obj, jxu_facet *facets, int nfacets,
                     const jxu_iface_map *ifaces, uno_DispatchMethod dispatch,
                     void (*destroy)(jxu_object *))
{
    int i;

    atomic_init(&obj->refs, 1);
    obj->destroy = destroy;
    obj->ifaces = ifaces;
    obj->nfacets = nfacets;
    obj->facet = facets;
    for (i = 0; i < nfacets; i++) {
        facets[i].ui.acquire = jxu_acquire;
        facets[i].ui.release = jxu_release;
        facets[i].ui.pDispatcher = dispatch;
        facets[i].owner = obj;
        facets[i].index = i;
    }
}

void jxu_acquire(uno_Interface *ui)
{
    atomic_fetch_add(&((jxu_facet *)ui)->owner->refs, 1);
}

void jxu_release(uno_Interface *ui)
{
    jxu_object *obj = ((jxu_facet *)ui)->owner;

    if (atomic_fetch_sub(&obj->refs, 1) == 1)
        obj->destroy(obj);
}

rtl_uString *jxu_member_name(const typelib_TypeDescription *member)
{
    return ((const typelib_InterfaceMemberTypeDescription *)member)->pMemberName;
}

sal_Int32 jxu_member_pos(const typelib_TypeDescription *member)
{
    return ((const typelib_InterfaceMemberTypeDescription *)member)->nPosition;
}

int jxu_str_is(const rtl_uString *s, const char *ascii)
{
    return rtl_ustr_ascii_compare_WithLength(s->buffer, s->length, ascii) == 0 &&
           strlen(ascii) == (size_t)s->length;
}

/*
 * queryInterface: the facet serving the requested type, or any of its
 * bases (XLocalizable is a base of XAddIn: served by the XAddIn facet).
 */
static jxu_facet *find_facet(jxu_object *obj, typelib_TypeDescriptionReference *want)
{
    const jxu_iface_map *m;

    if (typelib_typedescriptionreference_equals(want, jxu_t.t_XInterface))
        return &obj->facet[0];
    for (m = obj->ifaces; m->type != NULL; m++)
        if (typelib_typedescriptionreference_equals(want, *m->type))
            return &obj->facet[m->facet];
    return NULL;
}

int jxu_dispatch_xinterface(uno_Interface *ui, const typelib_TypeDescription *member,
                            void *ret, void *args[], uno_Any **exc)
{
    jxu_object *obj = ((jxu_facet *)ui)->owner;
    jxu_facet *f;

    switch (jxu_member_pos(member)) {
    case 0: /* any queryInterface([in] type aType) */
        f = find_facet(obj, *(typelib_TypeDescriptionReference **)args[0]);
        if (f != NULL) {
            uno_Interface *p = &f->ui;
            typelib_TypeDescriptionReference *want =
                *(typelib_TypeDescriptionReference **)args[0];
            uno_type_any_construct((uno_Any *)ret, &p, want, NULL);
        } else {
            uno_type_any_construct((uno_Any *)ret, NULL, jxu_t.t_void, NULL);
        }
        break;
    case 1:
        jxu_acquire(ui);
        break;
    case 2:
        jxu_release(ui);
        break;
    default:
        return 0;
    }
    *exc = NULL;
    return 1;
}

/* --- Calling other objects ------------------------------------------- */

int jxu_call(uno_Interface *ui, const typelib_TypeDescription *member,
             void *ret, void *args[])
{
    uno_Any exc;
    uno_Any *pexc = &exc;

    (*ui->pDispatcher)(ui, member, ret, args, &pexc);
    if (pexc == NULL)
        return 0;
    uno_any_destruct(pexc, NULL);
    return -1;
}

uno_Interface *jxu_query(uno_Interface *ui, typelib_TypeDescriptionReference *type)
{
    void *args[1] = {&type};
    uno_Interface *p = NULL;
    uno_Any ret;

    if (jxu_call(ui, jxu_m.queryInterface, &ret, args))
        return NULL;
    if (ret.pType->eTypeClass == typelib_TypeClass_INTERFACE) {
        p = *(uno_Interface **)ret.pData;
        if (p != NULL)
            (*p->acquire)(p);
    }
    uno_any_destruct(&ret, NULL);
    return p;
}

/* --- Strings ---------------------------------------------------------- */

rtl_uString *jxu_str_new(const char *utf8)
{
    rtl_uString *s = NULL;

    rtl_string2UString(&s, utf8, (sal_Int32)strlen(utf8), RTL_TEXTENCODING_UTF8,
                       OSTRING_TO_OUSTRING_CVTFLAGS);
    if (s == NULL)
        rtl_uString_new(&s);
    return s;
}

/* --- Returning values ------------------------------------------------- */

void jxu_return_str(void *ret, const char *utf8)
{
    *(rtl_uString **)ret = jxu_str_new(utf8);
}

void jxu_return_strings(void *ret, const char *const *utf8, int n)
{
    rtl_uString *s[8];
    int i;

    if (n > 8)
        n = 8;
    for (i = 0; i < n; i++)
        s[i] = jxu_str_new(utf8[i]);
    *(sal_Sequence **)ret = NULL;
    uno_type_sequence_construct((sal_Sequence **)ret, jxu_t.t_seq_string, s, n, NULL);
    for (i = 0; i < n; i++)
        rtl_uString_release(s[i]);
}

void jxu_return_types(void *ret, typelib_TypeDescriptionReference *const *types,
                      int n)
{
    *(sal_Sequence **)ret = NULL;
    uno_type_sequence_construct((sal_Sequence **)ret, jxu_t.t_seq_type,
                                (void *)types, n, NULL);
}

void jxu_return_empty_bytes(void *ret)
{
    *(sal_Sequence **)ret = NULL;
    uno_type_sequence_construct((sal_Sequence **)ret, jxu_t.t_seq_byte, NULL, 0, NULL);
}

/* --- Exceptions ------------------------------------------------------- */

void jxu_raise_illegal(uno_Any **exc, const char *utf8, int position)
{
    jxu_IllegalArgumentException e;

    memset(&e, 0, sizeof e);
    e.base.Message = jxu_str_new(utf8);
    e.base.Context = NULL;
    e.ArgumentPosition = (sal_Int16)(position < 0 ? -1 : position);
    uno_type_any_construct(*exc, &e, jxu_t.t_IllegalArgumentException, NULL);
    rtl_uString_release(e.base.Message);
}

void jxu_raise_runtime(uno_Any **exc, const char *utf8)
{
    jxu_Exception e;

    e.Message = jxu_str_new(utf8);
    e.Context = NULL;
    uno_type_any_construct(*exc, &e, jxu_t.t_RuntimeException, NULL);
    rtl_uString_release(e.Message);
}
