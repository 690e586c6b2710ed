/*
 * addin.c - the Calc add-in component org.jixiao.Functions in binary UNO.
 *
 * Calc finds add-ins as implementations of com.sun.star.sheet.AddIn,
 * creates one through its factory, calls XAddIn::setLocale, reads the
 * functions through introspection (which needs XTypeProvider) and the
 * Function Wizard texts through XAddIn, then calls XFunctions methods
 * through core reflection.  Everything about the functions comes from the
 * table in functions.c; this file only converts UNO values.
 *
 * The component lives in the "uno" environment (environment="uno" in the
 * .components file and component_getImplementationEnvironment), so the
 * loader hands us and takes from us plain uno_Interface pointers.
 */
#include <stdlib.h>
#include <string.h>

#include "unoc.h"
#include "functions.h"
#include "utf16.h"

#define SERVICE_NAME "org.jixiao.Functions"
#define IMPL_NAME    "org.jixiao.Functions.Impl"
#define ADDIN_SERVICE "com.sun.star.sheet.AddIn"
/* Calc ignores unknown categories and files everything under Add-In. */
#define CATEGORY     "Add-In"

/* --- The add-in object ------------------------------------------------ */

enum { FK_FUNCTIONS, FK_ADDIN, FK_SERVICENAME, FK_SERVICEINFO, FK_TYPEPROVIDER,
       FK__COUNT };

static const jxu_iface_map addin_ifaces[] = {
    {&jxu_t.t_XFunctions, FK_FUNCTIONS},
    {&jxu_t.t_XAddIn, FK_ADDIN},
    {&jxu_t.t_XLocalizable, FK_ADDIN},
    {&jxu_t.t_XServiceName, FK_SERVICENAME},
    {&jxu_t.t_XServiceInfo, FK_SERVICEINFO},
    {&jxu_t.t_XTypeProvider, FK_TYPEPROVIDER},
    {NULL, 0}
};

typedef struct addin {
    jxu_object obj;
    jxu_facet facet[FK__COUNT];
    jxu_Locale locale;          /* as last set, for getLocale              */
    jx_lang names;              /* language of Function Wizard texts       */
    jx_lang messages;           /* language of CHECK* messages             */
    int messages_set;
} addin;

static void addin_destroy(jxu_object *obj)
{
    addin *a = (addin *)obj;

    rtl_uString_release(a->locale.Language);
    rtl_uString_release(a->locale.Country);
    rtl_uString_release(a->locale.Variant);
    free(a);
}

static void addin_dispatch(uno_Interface *ui, const typelib_TypeDescription *member,
                           void *ret, void *args[], uno_Any **exc);

static addin *addin_new(void)
{
    addin *a = calloc(1, sizeof *a);

    if (a == NULL)
        return NULL;
    jxu_object_init(&a->obj, a->facet, FK__COUNT, addin_ifaces, addin_dispatch,
                    addin_destroy);
    rtl_uString_newFromAscii(&a->locale.Language, "en");
    rtl_uString_newFromAscii(&a->locale.Country, "US");
    rtl_uString_new(&a->locale.Variant);
    a->names = JX_LANG_EN;
    a->messages = JX_LANG_EN;
    return a;
}

/*
 * Calc (7.4) calls setLocale twice while reading the add-in: first with the
 * UI language, to get local names, then with en-US, to get English names,
 * and then keeps the object.  So the first locale decides the language of
 * messages for the object's life, and each call decides the names.
 */
static void set_locale(addin *a, const jxu_Locale *loc)
{
    jx_lang lang = jxu_str_is(loc->Language, "zh") ? JX_LANG_ZH : JX_LANG_EN;

    rtl_uString_assign(&a->locale.Language, loc->Language);
    rtl_uString_assign(&a->locale.Country, loc->Country);
    rtl_uString_assign(&a->locale.Variant, loc->Variant);
    a->names = lang;
    if (!a->messages_set) {
        a->messages = lang;
        a->messages_set = 1;
    }
}

/* --- Converting arguments --------------------------------------------- */

/* Bump allocator for one call's converted arguments: short texts and
 * small ranges fit in `first` (on the stack); beyond that it takes blocks
 * of at least 64 KB from malloc, all freed when the call returns. */
typedef struct arena {
    char first[1024];
    char *cur;                  /* current block and what is left of it   */
    size_t left;
    void *blocks[64];
    int nblocks;
} arena;

static void arena_init(arena *ar)
{
    ar->cur = ar->first;
    ar->left = sizeof ar->first;
    ar->nblocks = 0;
}

static void *arena_alloc(arena *ar, size_t n)
{
    void *p;

    n = (n + 15) & ~(size_t)15;
    if (n > ar->left) {
        /* Blocks grow (64 KB, doubling every 4 blocks) so that the 64
         * slots hold the texts of a range of millions of cells. */
        size_t grow = (size_t)65536 << (ar->nblocks / 4);
        size_t size = n > grow ? n : grow;
        if (ar->nblocks == (int)(sizeof ar->blocks / sizeof ar->blocks[0]))
            return NULL;
        ar->cur = malloc(size);
        if (ar->cur == NULL) {
            ar->left = 0;
            return NULL;
        }
        ar->blocks[ar->nblocks++] = ar->cur;
        ar->left = size;
    }
    p = ar->cur;
    ar->cur += n;
    ar->left -= n;
    return p;
}

static void arena_free(arena *ar)
{
    int i;

    for (i = 0; i < ar->nblocks; i++)
        free(ar->blocks[i]);
}

/* A UNO string as a value: "" is an empty cell. */
static int string_value(arena *ar, const rtl_uString *s, jxa_value *v)
{
    char *buf;

    if (s->length == 0) {
        v->type = JXA_EMPTY;
        return 0;
    }
    buf = arena_alloc(ar, (size_t)s->length * 3 + 1);
    if (buf == NULL)
        return -1;
    v->type = JXA_STR;
    v->bad_text = 0;
    v->len = jxa_utf16_to_utf8(s->buffer, (size_t)s->length, buf, &v->bad_text);
    v->str = buf;
    return 0;
}

/* A scalar any (a cell of a range, or an optional argument). */
static int scalar_value(arena *ar, const uno_Any *any, jxa_value *v)
{
    switch (any->pType->eTypeClass) {
    case typelib_TypeClass_VOID:
        v->type = JXA_VOID;
        return 0;
    case typelib_TypeClass_DOUBLE:
        v->type = JXA_NUM;
        v->num = *(const double *)any->pData;
        return 0;
    case typelib_TypeClass_FLOAT:
        v->type = JXA_NUM;
        v->num = *(const float *)any->pData;
        return 0;
    case typelib_TypeClass_LONG:
        v->type = JXA_NUM;
        v->num = *(const sal_Int32 *)any->pData;
        return 0;
    case typelib_TypeClass_BOOLEAN:
        v->type = JXA_NUM;
        v->num = *(const sal_Bool *)any->pData ? 1.0 : 0.0;
        return 0;
    case typelib_TypeClass_STRING:
        return string_value(ar, *(rtl_uString *const *)any->pData, v);
    default:
        v->type = JXA_ERRCELL;
        return 0;
    }
}

/*
 * Rows of cells (sequence< sequence< any > >) into `cell`, row-major with
 * `ncols` columns.  Inside a range an empty cell is "" and an error cell is
 * void (Calc's FillMixedArray), which become JXA_EMPTY and JXA_ERRCELL.
 * Returns 0, 1 when a row has another length (not a range), -1 out of memory.
 */
static int rows_into(arena *ar, const sal_Sequence *rows, sal_Int32 ncols,
                     jxa_value *cell)
{
    const sal_Sequence *const *row = (const sal_Sequence *const *)rows->elements;
    sal_Int32 r, c;

    memset(cell, 0, (size_t)rows->nElements * (size_t)ncols * sizeof *cell);
    for (r = 0; r < rows->nElements; r++) {
        const uno_Any *any = (const uno_Any *)row[r]->elements;
        if (row[r]->nElements != ncols)
            return 1;
        for (c = 0; c < ncols; c++) {
            jxa_value *cv = &cell[(size_t)r * (size_t)ncols + (size_t)c];
            if (scalar_value(ar, &any[c], cv))
                return -1;
            if (cv->type == JXA_VOID)
                cv->type = JXA_ERRCELL;
        }
    }
    return 0;
}

/* sequence< sequence< any > > (an `any` argument holding an array). */
static int range_value(arena *ar, const sal_Sequence *rows, jxa_value *v)
{
    const sal_Sequence *const *row = (const sal_Sequence *const *)rows->elements;
    jxa_value *cell;
    int rc;

    v->type = JXA_ARRAY;
    v->rows = v->held_rows = rows->nElements;
    v->cols = v->rows > 0 ? row[0]->nElements : 0;
    v->cell = NULL;
    if (v->rows == 0 || v->cols == 0) {
        v->rows = v->cols = v->held_rows = 0;
        return 0;
    }
    cell = arena_alloc(ar, (size_t)v->rows * (size_t)v->cols * sizeof *cell);
    if (cell == NULL)
        return -1;
    rc = rows_into(ar, rows, v->cols, cell);
    if (rc < 0)
        return -1;
    if (rc > 0)                 /* ragged: not a range */
        v->type = JXA_ERRCELL;
    else
        v->cell = cell;
    return 0;
}

/* An `any` argument: a scalar, or a range when Calc passed a reference. */
static int any_value(arena *ar, const uno_Any *any, jxa_value *v)
{
    if (any->pType->eTypeClass == typelib_TypeClass_SEQUENCE) {
        typelib_TypeDescriptionReference *t = any->pType;
        if (jxu_str_is(t->pTypeName, "[][]any"))
            return range_value(ar, *(const sal_Sequence *const *)any->pData, v);
        v->type = JXA_ERRCELL;
        return 0;
    }
    return scalar_value(ar, any, v);
}

/* --- Range arguments (XCellRange) -------------------------------------- */

/*
 * A range parameter is declared com.sun.star.table.XCellRange: Calc then
 * passes its own range object (ScCellRangeObj) without building the cells
 * as an array, which for sequence< sequence< any > > cost ~118 bytes a
 * cell an argument: 6.5 GB for A1:Z1048576, and whole sheets got soffice
 * killed.  We read only the rows down to the last cell with content:
 *   XCellRangeAddressable::getRangeAddress   the range's full size;
 *   XCellRangesQuery::queryContentCells      where its non-empty cells
 *     (values, dates, texts, formulas) are, as a list of rectangles
 *     (Calc walks the cells that exist, not the empty ones);
 *   XCellRange::getCellRangeByPosition +
 *   XCellRangeData::getDataArray             the cells of those rows, in
 *     the same form Calc built before (its FillMixedArray: empty "", error
 *     cells void).
 * Cells below the last content row are empty by construction, so every
 * function sees the same cells as before (value.h, held_rows).
 */

/* Cells read from Calc at once (its array form: ~118 bytes a cell). */
#define CHUNK_CELLS 65536

/* VALUE | DATETIME | STRING | FORMULA: every cell that is not empty. */
#define CONTENT_FLAGS ((sal_Int16)(1 | 2 | 4 | 16))

typedef struct cellrange {
    uno_Interface *range;        /* the argument (borrowed), NULL: none   */
    sal_Int32 rows, cols;        /* its full size                         */
    sal_Int32 used;              /* rows from its top to its last content */
} cellrange;

/* Rows from row `top` down to the last non-empty cell of `range` (0: none). */
static int content_rows(uno_Interface *range, sal_Int32 top, sal_Int32 *used)
{
    uno_Interface *q = jxu_query(range, jxu_t.t_XCellRangesQuery);
    uno_Interface *found = NULL;
    sal_Sequence *addr = NULL;
    sal_Int16 flags = CONTENT_FLAGS;
    void *args[1] = {&flags};
    const jxu_CellRangeAddress *a;
    sal_Int32 k;
    int rc;

    if (q == NULL)
        return -1;
    rc = jxu_call(q, jxu_m.queryContentCells, &found, args);
    (*q->release)(q);
    if (rc || found == NULL)
        return -1;
    rc = jxu_call(found, jxu_m.getRangeAddresses, &addr, NULL);
    (*found->release)(found);
    if (rc)
        return -1;
    *used = 0;
    a = (const jxu_CellRangeAddress *)addr->elements;
    for (k = 0; k < addr->nElements; k++)
        if (a[k].EndRow - top + 1 > *used)
            *used = a[k].EndRow - top + 1;
    uno_type_destructData(&addr, jxu_t.t_seq_CellRangeAddress, NULL);
    return 0;
}

/* The full size of a range argument and how many of its rows have content. */
static int cellrange_measure(uno_Interface *range, cellrange *cr)
{
    uno_Interface *ad = jxu_query(range, jxu_t.t_XCellRangeAddressable);
    jxu_CellRangeAddress a;
    int rc;

    if (ad == NULL)
        return -1;
    rc = jxu_call(ad, jxu_m.getRangeAddress, &a, NULL);
    (*ad->release)(ad);
    if (rc)
        return -1;
    cr->range = range;
    cr->rows = a.EndRow - a.StartRow + 1;
    cr->cols = a.EndColumn - a.StartColumn + 1;
    if (cr->rows <= 0 || cr->cols <= 0)
        return -1;
    /* A range of one chunk is read whole: asking where its content ends
     * costs more than reading it (SCORESUM over two 7-row ranges: 222 µs
     * a call with the question, 60 µs without; 35 µs with any[][]). */
    if ((size_t)cr->rows * (size_t)cr->cols <= CHUNK_CELLS) {
        cr->used = cr->rows;
        return 0;
    }
    return content_rows(range, a.StartRow, &cr->used);
}

/* Rows r0 ... r0 + n - 1 of a range argument into cell (0, -1, -2 unreadable). */
static int cellrange_rows(arena *ar, const cellrange *cr, sal_Int32 r0, sal_Int32 n,
                          jxa_value *cell)
{
    sal_Int32 pos[4] = {0, r0, cr->cols - 1, r0 + n - 1};
    void *args[4] = {&pos[0], &pos[1], &pos[2], &pos[3]};
    uno_Interface *sub = NULL, *data;
    sal_Sequence *cells = NULL;
    int rc;

    if (r0 == 0 && n == cr->rows) {     /* all of it: no sub-range needed */
        data = jxu_query(cr->range, jxu_t.t_XCellRangeData);
    } else {
        if (jxu_call(cr->range, jxu_m.getCellRangeByPosition, &sub, args) || sub == NULL)
            return -2;
        data = jxu_query(sub, jxu_t.t_XCellRangeData);
        (*sub->release)(sub);
    }
    if (data == NULL)
        return -2;
    rc = jxu_call(data, jxu_m.getDataArray, &cells, NULL);
    (*data->release)(data);
    if (rc)
        return -2;
    if (cells->nElements != n)          /* not the rows asked for: never guess */
        rc = 1;
    else
        rc = rows_into(ar, cells, cr->cols, cell);
    uno_type_destructData(&cells, jxu_t.t_seq_seq_any, NULL);
    return rc > 0 ? -2 : rc;
}

/*
 * The first `nrows` rows of a range argument as a JXA_ARRAY, fetched from
 * Calc CHUNK_CELLS cells at a time: Calc's array form costs several times
 * ours, so only a chunk of it exists at once.  0, -1 or -2 (unreadable).
 */
static int cellrange_value(arena *ar, const cellrange *cr, sal_Int32 nrows,
                           jxa_value *v)
{
    sal_Int32 step = CHUNK_CELLS / cr->cols > 0 ? CHUNK_CELLS / cr->cols : 1;
    jxa_value *cell = arena_alloc(ar, (size_t)nrows * (size_t)cr->cols * sizeof *cell);
    sal_Int32 r;
    int rc;

    if (cell == NULL)
        return -1;
    for (r = 0; r < nrows; r += step) {
        sal_Int32 n = nrows - r < step ? nrows - r : step;
        if ((rc = cellrange_rows(ar, cr, r, n, cell + (size_t)r * (size_t)cr->cols)))
            return rc;
    }
    v->type = JXA_ARRAY;
    v->rows = cr->rows;
    v->cols = cr->cols;
    v->held_rows = nrows;
    v->cell = cell;
    return 0;
}

/*
 * Most cells the range arguments of one call may hold together.  Reading
 * costs sizeof(jxa_value) (56 bytes on x86-64) a cell here plus Calc's
 * chunk (CHUNK_CELLS), so this bounds one call at ~235 MB and texts; whole
 * columns (2^20 rows) always fit, twice over.  A larger used part (a whole-sheet range over thousands of used
 * rows: 16384 columns a row) is refused with Err:502 before anything is
 * read.
 */
#define RANGE_CELLS_MAX ((size_t)1 << 22)

/*
 * Read every range argument: each holds min(its rows, R) rows, R being the
 * most content rows of any of them (at least 1), so that ranges of the
 * same size pair up cell by cell.  Returns 0, -1 out of memory, -2 when
 * Calc did not answer as documented, -3 when the used part is too large
 * (*bad: the argument); the call then fails, never guesses.
 */
static int read_cellranges(arena *ar, const jxa_func *f, void *args[], jxa_value *v,
                           int *bad)
{
    cellrange cr[JXA_PARAMS_MAX];
    sal_Int32 most = 1;
    size_t total = 0;
    int i, rc;

    for (i = 0; i < f->nparams; i++) {
        uno_Interface *range;
        cr[i].range = NULL;
        if (f->param[i].type != JXA_P_RANGE)
            continue;
        range = *(uno_Interface *const *)args[i];
        if (range == NULL) {
            v[i].type = JXA_VOID;           /* not passed: JX_ERR_EMPTY */
            continue;
        }
        if (cellrange_measure(range, &cr[i]))
            return -2;
        if (cr[i].used > most)
            most = cr[i].used;
    }
    for (i = 0; i < f->nparams; i++) {
        if (cr[i].range == NULL)
            continue;
        total += (size_t)(cr[i].rows < most ? cr[i].rows : most) * (size_t)cr[i].cols;
        if (total > RANGE_CELLS_MAX) {
            *bad = i;
            return -3;
        }
    }
    for (i = 0; i < f->nparams; i++)
        if (cr[i].range != NULL &&
            (rc = cellrange_value(ar, &cr[i], cr[i].rows < most ? cr[i].rows : most,
                                  &v[i])) != 0)
            return rc;
    return 0;
}

/* 0, or as read_cellranges: -1 out of memory, -2 unreadable, -3 too large. */
static int convert_args(arena *ar, const jxa_func *f, void *args[], jxa_value *v,
                        int *bad)
{
    int i, rc;

    memset(v, 0, sizeof(jxa_value) * JXA_PARAMS_MAX);
    if ((rc = read_cellranges(ar, f, args, v, bad)) != 0)
        return rc;
    for (i = 0; i < f->nparams; i++) {
        rc = 0;
        switch (f->param[i].type) {
        case JXA_P_DOUBLE:
            v[i].type = JXA_NUM;
            v[i].num = *(const double *)args[i];
            break;
        case JXA_P_STRING:
            rc = string_value(ar, *(rtl_uString *const *)args[i], &v[i]);
            break;
        case JXA_P_ANY:
            rc = any_value(ar, (const uno_Any *)args[i], &v[i]);
            break;
        case JXA_P_RANGE:               /* read_cellranges did it */
            break;
        }
        if (rc)
            return -1;
    }
    return 0;
}

/* --- XFunctions ------------------------------------------------------- */

/*
 * XFunctions methods are declared in table order after XInterface's three,
 * so a method's position gives its row.  The member type description of
 * each row is checked by name once and remembered: later calls cost one
 * pointer comparison.
 */
static const typelib_TypeDescription *verified[64];

static const jxa_func *function_for(const typelib_TypeDescription *member)
{
    sal_Int32 i = jxu_member_pos(member) - 3;
    const jxa_func *f;

    if (i < 0 || i >= jxa_nfunctions || i >= 64)
        return NULL;
    f = &jxa_functions[i];
    if (verified[i] == member)
        return f;
    if (!jxu_str_is(jxu_member_name(member), f->name))
        return NULL;
    verified[i] = member;
    return f;
}

static void call_function(addin *a, const jxa_func *f, void *ret, void *args[],
                          uno_Any **exc)
{
    jxa_value v[JXA_PARAMS_MAX];
    jxa_result res;
    jxa_ctx ctx;
    arena ar;
    jx_err e;
    int rc, bad = -1;

    ctx.lang = a->messages;
    arena_init(&ar);
    if ((rc = convert_args(&ar, f, args, v, &bad)) != 0) {
        arena_free(&ar);
        if (rc == -3)           /* Err:502, like any argument out of range */
            jxu_raise_illegal(exc, jx_strerror(JX_ERR_RANGE, ctx.lang), bad);
        else                    /* Calc shows these as #VALUE! (Err:519) */
            jxu_raise_runtime(exc, rc == -2 ? "jixiao add-in: could not read a "
                              "range argument from Calc" : "out of memory");
        return;
    }
    e = jxa_call(f, v, &ctx, &res);
    arena_free(&ar);
    if (e != JX_OK) {
        jxu_raise_illegal(exc, res.why, res.bad_arg);
        return;
    }
    switch (f->ret) {
    case JXA_RET_DOUBLE:
    case JXA_RET_BOOL:          /* declared double: see gen.c idl_ret */
        *(double *)ret = res.num;
        break;
    case JXA_RET_STRING:
        jxu_return_str(ret, res.text);
        break;
    }
    *exc = NULL;
}

/* --- XAddIn ----------------------------------------------------------- */

/* The row for a programmatic name passed as a UNO string, or NULL. */
static const jxa_func *function_named(const rtl_uString *s)
{
    char buf[64];
    int bad = 0;

    if (s->length <= 0 || s->length > 20)
        return NULL;
    jxa_utf16_to_utf8(s->buffer, (size_t)s->length, buf, &bad);
    return jxa_find(buf, strlen(buf));
}

static const char *pick(jx_lang lang, const char *zh, const char *en)
{
    return lang == JX_LANG_ZH ? zh : en;
}

/* getProgrammaticFuntionName: a display name (either language) back to
 * the programmatic one; "" when unknown, as the interface asks. */
static const char *programmatic_name(const rtl_uString *display)
{
    char buf[256];
    int bad = 0, i;

    if (display->length <= 0 || display->length > 80)
        return "";
    jxa_utf16_to_utf8(display->buffer, (size_t)display->length, buf, &bad);
    for (i = 0; i < jxa_nfunctions; i++) {
        const jxa_func *f = &jxa_functions[i];
        if (strcmp(buf, f->zh_name) == 0 || strcmp(buf, f->en_name) == 0 ||
            strcmp(buf, f->name) == 0)
            return f->name;
    }
    return "";
}

/* The XAddIn and XLocalizable members, by name.  Returns 0 if unknown. */
static int dispatch_addin(addin *a, rtl_uString *name, void *ret, void *args[])
{
    const jxa_func *f;
    sal_Int32 n;

    if (jxu_str_is(name, "setLocale")) {
        set_locale(a, (const jxu_Locale *)args[0]);
        return 1;
    }
    if (jxu_str_is(name, "getLocale")) {
        jxu_Locale *out = ret;
        rtl_uString_acquire(out->Language = a->locale.Language);
        rtl_uString_acquire(out->Country = a->locale.Country);
        rtl_uString_acquire(out->Variant = a->locale.Variant);
        return 1;
    }
    if (jxu_str_is(name, "getProgrammaticFuntionName")) {
        jxu_return_str(ret, programmatic_name(*(rtl_uString **)args[0]));
        return 1;
    }
    if (jxu_str_is(name, "getProgrammaticCategoryName") ||
        jxu_str_is(name, "getDisplayCategoryName")) {
        jxu_return_str(ret, CATEGORY);
        return 1;
    }
    /* Every remaining XAddIn method takes the programmatic name first. */
    if (!jxu_str_is(name, "getDisplayFunctionName") &&
        !jxu_str_is(name, "getFunctionDescription") &&
        !jxu_str_is(name, "getDisplayArgumentName") &&
        !jxu_str_is(name, "getArgumentDescription"))
        return 0;
    f = function_named(*(rtl_uString **)args[0]);
    if (jxu_str_is(name, "getDisplayFunctionName")) {
        jxu_return_str(ret, f ? pick(a->names, f->zh_name, f->en_name) : "");
        return 1;
    }
    if (jxu_str_is(name, "getFunctionDescription")) {
        jxu_return_str(ret, f ? pick(a->names, f->zh_help, f->en_help) : "");
        return 1;
    }
    if (jxu_str_is(name, "getDisplayArgumentName") ||
        jxu_str_is(name, "getArgumentDescription")) {
        int display = jxu_str_is(name, "getDisplayArgumentName");
        const jxa_param *p;
        n = *(const sal_Int32 *)args[1];
        if (f == NULL || n < 0 || n >= f->nparams) {
            jxu_return_str(ret, "");
            return 1;
        }
        p = &f->param[n];
        jxu_return_str(ret, display ? pick(a->names, p->zh_name, p->en_name)
                                    : pick(a->names, p->zh_help, p->en_help));
        return 1;
    }
    return 0;
}

static const char *const addin_services[] = {ADDIN_SERVICE, SERVICE_NAME};

/* XServiceInfo for both objects: implementation name and services. */
static int dispatch_serviceinfo(rtl_uString *name, void *ret, void *args[],
                                const char *impl, const char *const *services,
                                int nservices)
{
    int i;

    if (jxu_str_is(name, "getImplementationName")) {
        jxu_return_str(ret, impl);
        return 1;
    }
    if (jxu_str_is(name, "supportsService")) {
        const rtl_uString *want = *(rtl_uString **)args[0];
        sal_Bool yes = 0;
        for (i = 0; i < nservices; i++)
            if (jxu_str_is(want, services[i]))
                yes = 1;
        *(sal_Bool *)ret = yes;
        return 1;
    }
    if (jxu_str_is(name, "getSupportedServiceNames")) {
        jxu_return_strings(ret, services, nservices);
        return 1;
    }
    return 0;
}

static void addin_dispatch(uno_Interface *ui, const typelib_TypeDescription *member,
                           void *ret, void *args[], uno_Any **exc)
{
    jxu_facet *facet = (jxu_facet *)ui;
    addin *a = (addin *)facet->owner;
    rtl_uString *name;
    int done = 0;

    if (member->eTypeClass != typelib_TypeClass_INTERFACE_METHOD) {
        jxu_raise_runtime(exc, "jixiao add-in: no attributes");
        return;
    }
    if (jxu_dispatch_xinterface(ui, member, ret, args, exc))
        return;
    if (facet->index == FK_FUNCTIONS) {
        const jxa_func *f = function_for(member);
        if (f != NULL) {
            call_function(a, f, ret, args, exc);
            return;
        }
    }
    name = jxu_member_name(member);
    switch (facet->index) {
    case FK_ADDIN:
        done = dispatch_addin(a, name, ret, args);
        break;
    case FK_SERVICENAME:
        if (jxu_str_is(name, "getServiceName")) {
            jxu_return_str(ret, SERVICE_NAME);
            done = 1;
        }
        break;
    case FK_SERVICEINFO:
        done = dispatch_serviceinfo(name, ret, args, IMPL_NAME, addin_services, 2);
        break;
    case FK_TYPEPROVIDER:
        if (jxu_str_is(name, "getTypes")) {
            typelib_TypeDescriptionReference *t[5] = {
                jxu_t.t_XFunctions, jxu_t.t_XAddIn, jxu_t.t_XServiceName,
                jxu_t.t_XServiceInfo, jxu_t.t_XTypeProvider};
            jxu_return_types(ret, t, 5);
            done = 1;
        } else if (jxu_str_is(name, "getImplementationId")) {
            jxu_return_empty_bytes(ret);
            done = 1;
        }
        break;
    }
    if (done)
        *exc = NULL;
    else
        jxu_raise_runtime(exc, "jixiao add-in: unknown method");
}

/* --- The factory ------------------------------------------------------ */

enum { FF_FACTORY, FF_SERVICEINFO, FF__COUNT };

static const jxu_iface_map factory_ifaces[] = {
    {&jxu_t.t_XSingleComponentFactory, FF_FACTORY},
    {&jxu_t.t_XServiceInfo, FF_SERVICEINFO},
    {NULL, 0}
};

typedef struct factory {
    jxu_object obj;
    jxu_facet facet[FF__COUNT];
} factory;

static void factory_destroy(jxu_object *obj)
{
    free(obj);
}

static void factory_dispatch(uno_Interface *ui, const typelib_TypeDescription *member,
                             void *ret, void *args[], uno_Any **exc)
{
    jxu_facet *facet = (jxu_facet *)ui;
    rtl_uString *name;

    if (member->eTypeClass == typelib_TypeClass_INTERFACE_METHOD &&
        jxu_dispatch_xinterface(ui, member, ret, args, exc))
        return;
    name = jxu_member_name(member);
    if (facet->index == FF_FACTORY &&
        (jxu_str_is(name, "createInstanceWithContext") ||
         jxu_str_is(name, "createInstanceWithArgumentsAndContext"))) {
        addin *a = addin_new();
        if (a == NULL) {
            jxu_raise_runtime(exc, "out of memory");
            return;
        }
        /* Returned acquired: the new object's one reference. */
        *(uno_Interface **)ret = &a->facet[FK_FUNCTIONS].ui;
        *exc = NULL;
        return;
    }
    if (facet->index == FF_SERVICEINFO &&
        dispatch_serviceinfo(name, ret, args, IMPL_NAME, addin_services, 2)) {
        *exc = NULL;
        return;
    }
    jxu_raise_runtime(exc, "jixiao add-in factory: unknown method");
}

/* --- Component entry points ------------------------------------------- */

/* Tell the loader we speak binary UNO (matches environment="uno"). */
SAL_DLLPUBLIC_EXPORT void component_getImplementationEnvironment(
    const char **env_type_name, uno_Environment **env);

SAL_DLLPUBLIC_EXPORT void component_getImplementationEnvironment(
    const char **env_type_name, uno_Environment **env)
{
    (void)env;
    *env_type_name = UNO_LB_UNO;
}

/*
 * The factory for IMPL_NAME, acquired, or NULL: for another name, or when
 * the type library lacks our types or disagrees with our struct layouts
 * (then Calc shows #NAME? instead of the office crashing).
 */
SAL_DLLPUBLIC_EXPORT void *component_getFactory(const char *impl_name,
                                                void *service_manager,
                                                void *registry_key);

SAL_DLLPUBLIC_EXPORT void *component_getFactory(const char *impl_name,
                                                void *service_manager,
                                                void *registry_key)
{
    factory *f;

    (void)service_manager;
    (void)registry_key;
    if (impl_name == NULL || strcmp(impl_name, IMPL_NAME) != 0)
        return NULL;
    if (jxu_types_init() != 0)
        return NULL;
    f = calloc(1, sizeof *f);
    if (f == NULL)
        return NULL;
    jxu_object_init(&f->obj, f->facet, FF__COUNT, factory_ifaces,
                    factory_dispatch, factory_destroy);
    return &f->facet[FF_FACTORY].ui;
}
