/*
 * xlsx_msg.c - messages in two languages, errors, limits, string copies (the xlsx reader; see xlsx.h, xlsx_int.h).
 */
#include "xlsx_int.h"

/* ------------------------------------------------------------------ */
/* errors and small helpers                                            */

/*
 * Every message the reader gives, in Chinese and in English (the audit
 * reports in the language of --lang; the zh texts are what a clerk reads).
 * Each pair takes the same printf conversions in the same order
 * (test_xlsx.c checks it), so one argument list serves both.
 */

static const struct { const char *zh, *en; } xlsx_msgs[XLSX_MSG_COUNT] = {
    [XLSX_MSG_LIMIT_MIB] = {"拒绝：%zu MiB 以上的%s（%s上限）",
        "refused: more than %zu MiB of %s (%s limit)"},
    [XLSX_MSG_CANNOT_READ_PART] = {"无法读取 %s：%s",
        "cannot read %s: %s"},
    [XLSX_MSG_PART_OVER_MIB] = {"部件 %s 大于 %zu MiB",
        "part %s is larger than %zu MiB"},
    [XLSX_MSG_PART_ENCRYPTED] = {"部件 %s 已加密",
        "part %s is encrypted"},
    [XLSX_MSG_CANNOT_OPEN_PART] = {"无法打开 %s：%s",
        "cannot open %s: %s"},
    [XLSX_MSG_NOMEM_READING] = {"读取 %s 时内存不足",
        "out of memory reading %s"},
    [XLSX_MSG_CORRUPT_ENTRY] = {"zip 条目 %s 已损坏：%s",
        "corrupt zip entry %s: %s"},
    [XLSX_MSG_BOOK_OVER_MIB] = {"工作簿解压后超过 %zu MiB",
        "workbook inflates to more than %zu MiB"},
    [XLSX_MSG_CORRUPT_CHECKSUM] = {"zip 条目 %s 已损坏（校验和不符）",
        "corrupt zip entry %s (checksum)"},
    [XLSX_MSG_DTD] = {"部件 %s 声明了 DTD（OOXML 不允许）",
        "part %s declares a DTD (not allowed in OOXML)"},
    [XLSX_MSG_PART_TOO_LARGE] = {"部件 %s 过大",
        "part %s is too large"},
    [XLSX_MSG_NOMEM_PARSING] = {"解析 %s 时内存不足",
        "out of memory parsing %s"},
    [XLSX_MSG_MALFORMED] = {"%s 的 XML 格式错误：第 %d 行：%s",
        "malformed XML in %s: line %d: %s"},
    [XLSX_MSG_NO_ROOT] = {"部件 %s 没有根元素",
        "part %s has no root element"},
    [XLSX_MSG_NOT_SST] = {"%s 不是共享字符串表",
        "%s is not a shared string table"},
    [XLSX_MSG_LIMIT_SHARED] = {"拒绝：共享字符串超过 %zu 个（共享字符串上限）",
        "refused: more than %zu shared strings (shared strings limit)"},
    [XLSX_MSG_SHEET_UNNAMED] = {"workbook.xml 中有一个 <sheet> 缺少名称或 r:id",
        "a <sheet> in workbook.xml lacks its name or r:id"},
    [XLSX_MSG_SHEET_NO_REL] = {"工作表“%.80s”：找不到关系 %.40s",
        "sheet \"%.80s\": relationship %.40s not found"},
    [XLSX_MSG_LIMIT_SHEETS] = {"拒绝：工作表超过 %zu 个（工作表上限）",
        "refused: more than %zu sheets (sheets limit)"},
    [XLSX_MSG_NOMEM] = {"内存不足",
        "out of memory"},
    [XLSX_MSG_NO_WORKBOOK] = {"不是 xlsx 工作簿：缺少 %s",
        "not an xlsx workbook: missing %s"},
    [XLSX_MSG_MISSING] = {"缺少 %s",
        "missing %s"},
    [XLSX_MSG_NO_SHEETS] = {"%s 不是工作簿（没有 <sheets>）",
        "%s is not a workbook (no <sheets>)"},
    [XLSX_MSG_OLE] = {"已加密或为旧版 .xls 文件（OLE 复合文档），不是 xlsx 工作簿",
        "encrypted or legacy .xls (OLE compound file), not an xlsx workbook"},
    [XLSX_MSG_NOT_ZIP] = {"不是 xlsx 工作簿（不是 zip 文件）",
        "not an xlsx workbook (not a zip file)"},
    [XLSX_MSG_CANNOT_OPEN] = {"无法打开文件：%s",
        "cannot open: %s"},
    [XLSX_MSG_NOT_REGULAR] = {"不是普通文件（%s），未读取",
        "not a regular file (%s)"},
    [XLSX_MSG_CORRUPT_ZIP] = {"zip 文件已损坏：%s",
        "corrupt zip file: %s"},
    [XLSX_MSG_CANNOT_READ_BUFFER] = {"无法读取缓冲区：%s",
        "cannot read buffer: %s"},
    [XLSX_MSG_LIMIT_CELLS] = {"拒绝：单元格超过 %zu 个（单元格上限）",
        "refused: more than %zu cells (cells limit)"},
    [XLSX_MSG_BAD_REF] = {"工作表“%.60s”：单元格引用“%.20s”无效",
        "sheet \"%.60s\": bad cell reference \"%.20s\""},
    [XLSX_MSG_BAD_NUMBER] = {"工作表“%.60s” %s：数字“%.20s”无效",
        "sheet \"%.60s\" %s: bad number \"%.20s\""},
    [XLSX_MSG_NO_SHARED] = {"工作表“%.60s” %s：共享字符串 %.20s 不存在%s",
        "sheet \"%.60s\" %s: shared string %.20s does not exist%s"},
    [XLSX_MSG_NOMEM_SHEET] = {"读取工作表“%.60s”时内存不足",
        "out of memory reading sheet \"%.60s\""},
    [XLSX_MSG_BAD_ROW] = {"工作表“%.60s”：行号“%.20s”无效",
        "sheet \"%.60s\": bad row number \"%.20s\""},
    [XLSX_MSG_NOT_WORKSHEET] = {"工作表“%.60s”：%.80s 不是工作表",
        "sheet \"%.60s\": %.80s is not a worksheet"},
    [XLSX_MSG_MISSING_PART] = {"工作表“%.60s”：缺少部件 %.80s",
        "sheet \"%.60s\": missing part %.80s"},
    [XLSX_MSG_PARSE_ERROR] = {"解析错误",
        "parse error"},
    [XLSX_MSG_NO_SST_PART] = {"（没有 sharedStrings.xml）",
        " (no sharedStrings.xml)"},
};

const char *xlsx_msg_format(int id, jx_lang lang)
{
    if (id < 0 || id >= XLSX_MSG_COUNT)
        return NULL;
    return lang == JX_LANG_EN ? xlsx_msgs[id].en : xlsx_msgs[id].zh;
}

int xlsx_msg_count(void) { return XLSX_MSG_COUNT; }

/*
 * The id of the last message written by this thread, read back by the
 * open functions for xlsx_open_lang's `msg` (the message is set deep in
 * the reader, through functions that only carry err and cap).
 */
_Thread_local int xlsx_last_msg;

/* Write message `id` into err as one line: a quote of XML may carry newlines. */
static void vset_err(char *err, size_t cap, jx_lang lang, xlsx_msg id, va_list ap)
{
    xlsx_last_msg = (int)id;
    if (err == NULL || cap == 0)
        return;
    vsnprintf(err, cap, xlsx_msg_format(id, lang), ap);
    for (char *p = err; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
}

void xlsx_set_err(char *err, size_t cap, jx_lang lang, xlsx_msg id, ...)
{
    va_list ap;
    va_start(ap, id);
    vset_err(err, cap, lang, id, ap);
    va_end(ap);
}

/* Refuse the whole workbook: the reason goes to err and stays with the book. */
void xlsx_refuse(xlsx_book *b, char *err, size_t cap, xlsx_msg id, ...)
{
    va_list ap;
    va_start(ap, id);
    vset_err(b->refused, sizeof b->refused, b->lang, id, ap);
    va_end(ap);
    if (err != NULL && cap > 0)
        snprintf(err, cap, "%s", b->refused);
}

/* Count n more bytes against a per-workbook budget; -1 (refused) when over. */
int xlsx_spend(xlsx_book *b, size_t *used, size_t n, size_t max, const char *what_en,
                 const char *what_zh, char *err, size_t cap)
{
    if (n > max - *used) {
        const char *what = b->lang == JX_LANG_EN ? what_en : what_zh;
        xlsx_refuse(b, err, cap, XLSX_MSG_LIMIT_MIB, max >> 20, what, what);
        return -1;
    }
    *used += n;
    return 0;
}

char *xlsx_strdup(const char *s)
{
    size_t n;
    char *p;
    if (s == NULL)
        return NULL;
    n = strlen(s) + 1;
    p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

char *xlsx_strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}
