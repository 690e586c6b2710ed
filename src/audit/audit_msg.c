/* The message table of jixiao-audit (audit_msg.h): every text once, zh and en. */
#include "audit_msg.h"

#include <stdarg.h>
#include <stdio.h>

static const struct { const char *zh, *en; } texts[JXAU_MSG_COUNT] = {
    [JXAU_AM_NO_VALUE]        = {"选项缺少取值", "an option lacks its value"},
    [JXAU_AM_LANG_VALUE]      = {"--lang 只接受 zh 或 en", "--lang takes zh or en"},
    [JXAU_AM_UNKNOWN_OPTION]  = {"未知选项", "unknown option"},
    [JXAU_AM_NO_WORKBOOKS]    = {"没有给出工作簿", "no workbooks given"},
    [JXAU_AM_SAME_FILE]       = {"两个输出指向同一个文件 %s", "two outputs name the same file %s"},
    [JXAU_AM_OVER_INPUT]      = {"%s %s 就是输入的工作簿 %s，不在它上面写报告",
                                 "%s %s is the input workbook %s; refusing to write a report over it"},
    [JXAU_AM_OUT_NOT_REGULAR] = {"%s %s 不是普通文件，未写出", "%s %s is not a regular file; not written"},
    [JXAU_AM_OUT_FOREIGN]     = {"%s %s 已存在，且不是 jixiao-audit 写的，不覆盖（请换一个文件名）",
                                 "%s %s exists and was not written by jixiao-audit; not overwritten "
                                 "(choose another name)"},
    [JXAU_AM_OUT_NEEDS_FORCE] = {"%s %s 已存在（之前一次运行的报告）；加 --force 才替换",
                                 "%s %s exists (a report of an earlier run); add --force to replace it"},
    [JXAU_AM_NO_MEMORY]       = {"内存不足", "out of memory"},
    [JXAU_AM_PATH_NO_MEMORY]  = {"%s：内存不足", "%s: out of memory"},
    [JXAU_AM_PATH_ERROR]      = {"%s：%s", "%s: %s"},

    [JXAU_WM_WRITE]       = {"无法写出 %s：%s", "cannot write %s: %s"},
    [JXAU_WM_WRITE_NOMEM] = {"无法写出 %s：内存不足", "cannot write %s: out of memory"},
    [JXAU_WM_CREATE]      = {"无法创建 %s", "cannot create %s"},
    [JXAU_WM_APPEARED]    = {"%s 在写出期间出现了，未覆盖", "%s appeared meanwhile; not overwritten"},
    [JXAU_WM_NOMEM]       = {"内存不足", "out of memory"},
    [JXAU_WM_PATH_ERROR]  = {"%s：%s", "%s: %s"},
    [JXAU_WM_NOT_FOLDER]  = {"%s：不是文件夹", "%s: not a folder"},
    [JXAU_WM_EXISTS]      = {"%s 已存在（加 --force 才替换）", "%s exists (use --force to replace it)"},
    [JXAU_WM_OFFICE]      = {"LibreOffice（%s）未能打印图表%s", "LibreOffice (%s) could not print the charts%s"},
    [JXAU_WM_IN_TIME]     = {"（超时）", " in time"},
    [JXAU_WM_PDFTOPPM]    = {"pdftoppm 未能把 %s.pdf 转成图片", "pdftoppm could not turn %s.pdf into a picture"},

    [JXAU_FM_BLANK]         = {"（空）", "(blank)"},
    [JXAU_FM_SHEET_MISSING] = {"映射所指的工作表“%s”不存在（已被删除或改名）",
                               "sheet \"%s\" named by the map is missing (deleted or renamed)"},
    [JXAU_FM_SHEET_UNREAD]  = {"工作表“%s”无法读取：%s", "sheet \"%s\" cannot be read: %s"},
    [JXAU_FM_CHART_SHEET]   = {"它是图表工作表", "chart sheet"},
    [JXAU_FM_INPUT_BLANK]   = {"%s 未填写（%s 需要它）", "%s is blank (needed by %s)"},
    [JXAU_FM_NOT_NUMBER]    = {"%s 应为数字", "%s should be a number"},
    [JXAU_FM_MISMATCH]      = {"%s填报 %s，按输入重算应为 %s", "%s: %s stated, recomputed %s"},
    [JXAU_FM_ZERO_DENOMINATOR] = {"%s的分母为 0，不能填写比率",
                                  "%s: the denominator is 0, no rate can be stated"},
    [JXAU_FM_EXEC_RATE_RECEIVED] = {"预算执行率（实际支出÷实际到位）", "execution rate (spent / received)"},
    [JXAU_FM_EXEC_RATE]     = {"预算执行率", "execution rate"},
    [JXAU_FM_EXEC_SCORE]    = {"执行率得分", "execution score"},
    [JXAU_FM_RULE]          = {"评扣分标准", "scoring rule"},
    [JXAU_FM_ACTUAL]        = {"实际完成值", "actual value"},
    [JXAU_FM_ACTUAL_NOT_LEVEL] = {"实际完成值（既不是数值也不是达成档次）",
                                  "actual value (neither a number nor a level)"},
    [JXAU_FM_QUAL_RANGE]    = {"定性指标“%s”的得分应在 %s–%s 之间，填报 %s",
                               "qualitative level \"%s\" scores %s–%s, %s stated"},
    [JXAU_FM_TARGET]        = {"年度指标值", "target"},
    [JXAU_FM_IND_SCORE]     = {"指标得分", "indicator score"},
    [JXAU_FM_OVER_NO_REASON] = {"完成率达到 %g%% 及以上，未说明偏差原因",
                                "completion at or above %g%% and no reason given"},
    [JXAU_FM_TOTAL_BLANK]   = {"合计单元格为空，各项合计 %s", "the total is blank, parts add up to %s"},
    [JXAU_FM_GRADE]         = {"评价等次填报“%s”，总分 %s 应为“%s”",
                               "grade \"%s\" stated, a total of %s is \"%s\""},
    [JXAU_FM_TREE_RANGES]   = {"映射第 %u 行：tree 的各区域行数不同", "map row %u: tree ranges differ in size"},
    [JXAU_FM_FORMULA_NOW]   = {"公式单元格 %s 被改为%s", "formula cell %s now holds %s"},
    [JXAU_FM_NOW_NOTHING]   = {"空白", "nothing"},
    [JXAU_FM_NOW_NUMBER]    = {"数值", "a number"},
    [JXAU_FM_NOW_TEXT]      = {"文本", "a text"},
    [JXAU_FM_FORMULA_CHANGED] = {"公式单元格 %s 的公式被改动", "the formula of %s was changed"},
    [JXAU_FM_WANT_NUMBER]   = {"%s 应填写数字", "%s should hold a number"},
    [JXAU_FM_NEGATIVE]      = {"%s 不能为负数", "%s cannot be negative"},
    [JXAU_FM_UNPROTECTED]   = {"工作表“%s”的保护已被取消", "sheet \"%s\" is no longer protected"},
    [JXAU_FM_FUND_RATE]     = {"资金到位率", "funds received rate"},
    [JXAU_FM_CONTROL_RATE]  = {"控制率", "control rate"},
};

const char *jxau_msg_text(jx_lang lang, jxau_msg id)
{
    if ((unsigned)id >= JXAU_MSG_COUNT)
        return "";
    return lang == JX_LANG_EN ? texts[id].en : texts[id].zh;
}

void jxau_msg_format(char *buf, size_t cap, jx_lang lang, jxau_msg id, ...)
{
    va_list ap;

    if (cap == 0)
        return;
    va_start(ap, id);
    vsnprintf(buf, cap, jxau_msg_text(lang, id), ap);
    va_end(ap);
}
