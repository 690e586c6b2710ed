/*
 * msg.c - the message table of jixiao-template (see msg.h).
 *
 * Static strings indexed by id, so a message never allocates and never
 * fails.  The zh texts are what a clerk reads (tests/template/test_cli.py
 * pins them byte for byte); each en text takes the same printf conversions
 * in the same order.
 */
#include "msg.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const struct { const char *zh, *en; } tpl_msgs[TPL_M__COUNT] = {
    [TPL_M_USAGE] = {
        "用法：\n"
        "  jixiao-template list\n"
        "  jixiao-template NAME -o FILE.xlsx [选项]\n"
        "  jixiao-template [NAME] --batch FILE.csv --out-dir DIR [选项]\n"
        "选项：\n"
        "  --unit TEXT            实施单位 / 填报单位\n"
        "  --dept TEXT            主管部门（默认同单位）\n"
        "  --project TEXT         项目名称\n"
        "  --year YYYY            年度\n"
        "  --budget-initial N     年初预算数（万元）\n"
        "  --budget N             全年预算数 / 预算安排资金（万元）\n"
        "  --spent N              全年执行数 / 实际支出（万元）\n"
        "  --received N           实际到位资金（万元）\n"
        "  --exec-points N        预算执行率分值（默认 10）\n"
        "  --grades \"90;80;60\"    评价等次分数线\n"
        "  --grade-labels \"优;良;中;差\"\n"
        "  --spec FILE.csv        指标体系（一级,二级,三级,指标值,分值,规则）\n"
        "  --formulas portable|addin\n"
        "  --password TEXT        工作表保护密码（ASCII，最多 15 个字符）\n"
        "  --force                覆盖已存在的文件\n"
        "  --skip-existing        批量：保留已存在的工作簿，只生成其余的（续做中断的批量）\n"
        "  --jobs N               批量生成的并行进程数（默认 CPU 数）\n"
        "  --tmpdir DIR           libxlsxwriter 临时文件目录（批量默认 /dev/shm，否则输出目录）\n"
        "  --lang zh|en           提示信息的语言（默认按 LC_ALL、LC_MESSAGES 或 LANG：en 开头为英文，否则中文）\n"
        "  -q, --quiet            不提示编码和批量结果（错误照常提示）\n"
        "  -h, --help             本说明\n"
        "退出码：0 成功，1 命令行错误，2 输入文件有误，3 文件已存在，4 写入失败，5 内部错误\n",
        "usage:\n"
        "  jixiao-template list\n"
        "  jixiao-template NAME -o FILE.xlsx [options]\n"
        "  jixiao-template [NAME] --batch FILE.csv --out-dir DIR [options]\n"
        "options:\n"
        "  --unit TEXT            implementing unit / reporting unit (实施单位 / 填报单位)\n"
        "  --dept TEXT            department in charge (主管部门; default: the unit)\n"
        "  --project TEXT         project name (项目名称)\n"
        "  --year YYYY            year (年度)\n"
        "  --budget-initial N     budget at the start of the year (年初预算数, 10 000 yuan)\n"
        "  --budget N             budget of the whole year (全年预算数, 10 000 yuan)\n"
        "  --spent N              spent in the whole year (全年执行数, 10 000 yuan)\n"
        "  --received N           funds received (实际到位资金, 10 000 yuan)\n"
        "  --exec-points N        points of the execution rate (default 10)\n"
        "  --grades \"90;80;60\"    grade thresholds (评价等次分数线)\n"
        "  --grade-labels \"优;良;中;差\"\n"
        "  --spec FILE.csv        indicators (一级,二级,三级,指标值,分值,规则)\n"
        "  --formulas portable|addin\n"
        "  --password TEXT        sheet protection password (ASCII, at most 15 characters)\n"
        "  --force                overwrite an existing file\n"
        "  --skip-existing        batch: keep the workbooks that exist, write the others\n"
        "                         (finishes an interrupted batch)\n"
        "  --jobs N               processes writing a batch in parallel (default: the CPUs)\n"
        "  --tmpdir DIR           folder of libxlsxwriter's temporary files (batch default\n"
        "                         /dev/shm, else the output folder)\n"
        "  --lang zh|en           language of messages (default: en when LC_ALL,\n"
        "                         LC_MESSAGES or LANG starts with en, otherwise zh)\n"
        "  -q, --quiet            no encoding note, no batch summary (errors are still shown)\n"
        "  -h, --help             this text\n"
        "exit status: 0 done, 1 command-line error, 2 input file refused, 3 file exists,\n"
        "4 could not write, 5 internal error\n"},
    [TPL_M_SEE_HELP] = {"（jixiao-template --help 查看用法）", " (see jixiao-template --help)"},
    [TPL_M_FIG_ARG] = {"%s “%s” 应为不小于 0 的数字", "%s \"%s\" should be a number not below 0"},
    [TPL_M_PASSWORD_LENGTH] = {"--password 长度应为 1 到 15 个字符（旧式工作表保护哈希只取前 15 个字符）",
        "--password should have 1 to 15 characters (the legacy sheet protection hash "
        "reads only the first 15)"},
    [TPL_M_PASSWORD_ASCII] = {"--password 只能使用可见的 ASCII 字符（旧式工作表保护哈希不支持中文或空格）",
        "--password may use visible ASCII characters only (the legacy sheet protection hash "
        "cannot take Chinese or spaces)"},
    [TPL_M_UNKNOWN_TABLE] = {"未知的表“%s”（jixiao-template list 列出可用的表）",
        "unknown table \"%s\" (jixiao-template list shows the tables)"},
    [TPL_M_NO_VALUE] = {"%s 缺少参数值", "%s lacks its value"},
    [TPL_M_EXEC_POINTS_ARG] = {"--exec-points “%s” 应为 0 到 100 之间的数字",
        "--exec-points \"%s\" should be a number from 0 to 100"},
    [TPL_M_JOBS_ARG] = {"--jobs “%s” 应为 1 到 64 的整数", "--jobs \"%s\" should be a whole number from 1 to 64"},
    [TPL_M_FORMULAS_ARG] = {"--formulas 只能是 portable 或 addin，而不是“%s”",
        "--formulas takes portable or addin, not \"%s\""},
    [TPL_M_LANG_ARG] = {"--lang 只能是 zh 或 en，而不是“%s”", "--lang takes zh or en, not \"%s\""},
    [TPL_M_UNKNOWN_OPTION] = {"未知的选项“%s”", "unknown option \"%s\""},
    [TPL_M_GRADES] = {"评价等次设置有误：%s", "the grades are wrong: %s"},
    [TPL_M_OPT_TOO_LONG] = {"%s 过长（%zu 个字符，上限 %zu 个字符）",
        "%s is too long (%zu characters, at most %zu)"},
    [TPL_M_OUT_NAME] = {"-o 文件名%s", "-o file name %s"},
    [TPL_M_NO_OUTPUT] = {"缺少 -o FILE.xlsx", "missing -o FILE.xlsx"},
    [TPL_M_SKIP_NEEDS_BATCH] = {"--skip-existing 只用于 --batch", "--skip-existing is for --batch only"},
    [TPL_M_TABLE_NO_SPEC_OPT] = {"表 %s 不使用 --spec", "table %s takes no --spec"},
    [TPL_M_BATCH_NEEDS_DIR] = {"--batch 需要 --out-dir DIR", "--batch needs --out-dir DIR"},
    [TPL_M_NO_OUT_DIR] = {"输出目录“%s”不存在", "output folder \"%s\" does not exist"},
    [TPL_M_BATCH_NO_O_SPEC] = {"--batch 不能与 -o 或 --spec 同用（指标表写在批量文件的“指标表”列）",
        "--batch cannot go with -o or --spec (a row's spec goes in the batch file's "
        "指标表 column)"},
    [TPL_M_FORCE_AND_SKIP] = {"--force 与 --skip-existing 不能同用",
        "--force and --skip-existing cannot go together"},
    [TPL_M_NO_TABLE] = {"缺少表名（jixiao-template list 列出可用的表）",
        "missing table name (jixiao-template list shows the tables)"},

    [TPL_M_NO_GB18030] = {"无法转换 GB18030 编码：%s", "cannot convert from GB18030: %s"},
    [TPL_M_UTF16] = {"是 UTF-16 编码（Excel 的“Unicode 文本”），请另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”后再试",
        "is UTF-16 (Excel's \"Unicode Text\"): save it as \"CSV UTF-8 (Comma delimited)\" "
        "or \"CSV (Comma delimited)\" and try again"},
    [TPL_M_BAD_UTF8] = {"UTF-8 编码错误（第 %zu 字节 0x%02X），请另存为 UTF-8 CSV",
        "broken UTF-8 (byte %zu, 0x%02X): save it as UTF-8 CSV"},
    [TPL_M_NOT_UTF8_NOR_GB] = {"既不是 UTF-8 也不是 GB18030/GBK 编码（第 %zu 字节 0x%02X），请另存为“CSV UTF-8”后再试",
        "neither UTF-8 nor GB18030/GBK (byte %zu, 0x%02X): save it as \"CSV UTF-8\" and try again"},
    [TPL_M_READ_AS] = {"%s: 按 %s 编码读取（Excel/WPS 的“CSV（逗号分隔）”）",
        "%s: read as %s (Excel's or WPS's \"CSV (Comma delimited)\")"},
    [TPL_M_NUL_BYTES] = {"文件含有 NUL 字节，不是文本 CSV", "the file holds NUL bytes: not a text CSV"},
    [TPL_M_KIND_FOLDER] = {"目录", "a folder"},
    [TPL_M_KIND_FIFO] = {"命名管道", "a named pipe"},
    [TPL_M_KIND_DEVICE] = {"设备", "a device"},
    [TPL_M_KIND_SOCKET] = {"套接字", "a socket"},
    [TPL_M_KIND_SPECIAL] = {"特殊文件", "a special file"},
    [TPL_M_NOT_REGULAR] = {"不是普通文件（是%s），不读取", "not a regular file (%s): not read"},
    [TPL_M_CANNOT_OPEN] = {"无法打开：%s", "cannot open: %s"},
    [TPL_M_CANNOT_STAT] = {"无法读取：%s", "cannot read: %s"},
    [TPL_M_CANNOT_SEEK] = {"无法读取（不是普通文件）", "cannot read (not a regular file)"},
    [TPL_M_FILE_TOO_BIG] = {"文件过大（%ld 字节，上限 %u）", "file too big (%ld bytes, at most %u)"},
    [TPL_M_READ_FAILED] = {"读取失败：%s", "read failed: %s"},
    [TPL_M_TOO_MANY_FIELDS] = {"字段过多（超过 %d 列）", "too many fields (more than %d columns)"},
    [TPL_M_OPEN_QUOTE] = {"引号未闭合（字段从此行开始）", "unclosed quote (the field starts on this line)"},
    [TPL_M_AFTER_QUOTE] = {"第 %d 列：右引号后还有文字", "column %d: text after the closing quote"},
    [TPL_M_QUOTE_INSIDE] = {"第 %d 列：引号只能出现在字段开头", "column %d: a quote may only start a field"},
    [TPL_M_EMPTY_FILE] = {"文件为空，缺少表头行", "the file is empty: no header row"},

    [TPL_M_SPEC_NO_COLUMN] = {"缺少“%s”列（表头须包含：一级指标,二级指标,三级指标,指标值,分值,规则）",
        "no \"%s\" column (the header must hold 一级指标,二级指标,三级指标,指标值,分值,规则)"},
    [TPL_M_SENTENCE] = {"评扣分标准无法计算得分：%s", "the scoring criteria (评扣分标准) cannot score: %s"},
    [TPL_M_FIRST_L1_EMPTY] = {"第一行的一级指标不能为空", "the first row's level-1 indicator (一级指标) is empty"},
    [TPL_M_FIRST_L2_EMPTY] = {"第一行的二级指标不能为空", "the first row's level-2 indicator (二级指标) is empty"},
    [TPL_M_NEW_L1_NEEDS_L2] = {"新的一级指标“%s”须填写二级指标",
        "the new level-1 indicator \"%s\" needs its level-2 indicator (二级指标)"},
    [TPL_M_L3_EMPTY] = {"三级指标不能为空", "the level-3 indicator (三级指标) is empty"},
    [TPL_M_POINTS_NOT_NUMBER] = {"分值“%s”不是数字", "points (分值) \"%s\" is not a number"},
    [TPL_M_POINTS_RANGE] = {"分值 %s 应在 0 到 100 之间", "points (分值) %s should be from 0 to 100"},
    [TPL_M_UNKNOWN_RULE] = {"未知的评分规则“%s”（可用 prop、half、zero、qual、manual）",
        "unknown rule \"%s\" (use prop, half, zero, qual or manual)"},
    [TPL_M_RULE_NEEDS_TARGET] = {"规则 %s 需要可计算的指标值：%s", "rule %s needs a target it can compute: %s"},
    [TPL_M_TOO_MANY_ROWS] = {"指标行过多（上限 %d 行）", "too many indicator rows (at most %d)"},
    [TPL_M_NO_ROWS] = {"没有指标行", "no indicator rows"},
    [TPL_M_WEIGHTS] = {"%s（三级指标分值合计应为 %g，另加预算执行率 %g 分共 100 分）",
        "%s (the level-3 indicators' points should add up to %g, plus %g for the execution "
        "rate: 100 in all)"},
    [TPL_M_SPEC_SHEET] = {"%s（工作表“%s”）", "%s (sheet \"%s\")"},
    [TPL_M_NO_HEADER_SHEET] = {"没有一张工作表的前 %d 行里有表头（一级指标,二级指标,三级指标,指标值,分值）",
        "no sheet has a header row (一级指标,二级指标,三级指标,指标值,分值) in its first %d rows"},
    [TPL_M_NOT_XLSX] = {"不是可读取的 xlsx 工作簿：%s", "not a readable xlsx workbook: %s"},

    [TPL_M_INV_SOFT_HYPHEN] = {"软连字符", "soft hyphen"},
    [TPL_M_INV_BIDI] = {"双向文本控制符", "bidirectional text control"},
    [TPL_M_INV_FILLER] = {"不可见的填充字符", "invisible filler"},
    [TPL_M_INV_ZERO_WIDTH] = {"零宽字符", "zero-width character"},
    [TPL_M_INV_LINE_SEP] = {"行或段落分隔符", "line or paragraph separator"},
    [TPL_M_INV_INVISIBLE] = {"不可见字符", "invisible character"},
    [TPL_M_INV_DEPRECATED] = {"已弃用的格式字符", "deprecated format character"},
    [TPL_M_INV_ANNOTATION] = {"行间注释控制符", "interlinear annotation control"},
    [TPL_M_INV_FORMAT] = {"格式字符", "format character"},
    [TPL_M_INV_TAG] = {"标签字符", "tag character"},
    [TPL_M_NAME_LOCK] = {"“%s”以“~$”开头：Office 把这样的文件当作锁文件，jixiao-audit 也会跳过它",
        "\"%s\" starts with \"~$\": Office takes such a file for a lock file, and jixiao-audit "
        "skips it too"},
    [TPL_M_NAME_RESERVED] = {"“%s”是 Windows 保留的设备名，这样的文件在 Windows 上无法打开或删除",
        "\"%s\" is a device name Windows reserves: such a file cannot be opened or deleted "
        "on Windows"},
    [TPL_M_NAME_INVISIBLE] = {"“%s”含不可见的格式字符 U+%04lX（%s），它会改变文件名的显示顺序或隐藏字符",
        "\"%s\" holds the invisible format character U+%04lX (%s), which reorders or hides "
        "what the name shows"},

    [TPL_M_BATCH_NO_COLUMN] = {"缺少“%s”列（表头须包含：单位,项目名称,年度,全年预算数,全年执行数）",
        "no \"%s\" column (the header must hold 单位,项目名称,年度,全年预算数,全年执行数)"},
    [TPL_M_COL_NOT_NUMBER] = {"%s“%s”不是数字", "%s \"%s\" is not a number"},
    [TPL_M_COL_NEGATIVE] = {"%s %s 不能为负数", "%s %s cannot be negative"},
    [TPL_M_SPEC_CITED] = {"%s（%s 第 %ld 行引用）", "%s (named by %s line %ld)"},
    [TPL_M_NAME_TOO_LONG] = {"文件名过长（%zu 字节，上限 %d 字节）",
        "file name too long (%zu bytes, at most %d)"},
    [TPL_M_NAME_GIVEN] = {"文件名%s", "file name %s"},
    [TPL_M_NAME_DERIVED] = {"由年度、单位、项目名称和表生成的文件名%s",
        "the file name made of year, unit, project and table %s"},
    [TPL_M_PATH_TOO_LONG] = {"输出路径过长", "output path too long"},
    [TPL_M_BATCH_EXISTS] = {"%s 已存在，未覆盖（要覆盖请加 --force；续做中断的批量请加 --skip-existing）",
        "%s exists: not overwritten (add --force to overwrite; add --skip-existing to finish "
        "an interrupted batch)"},
    [TPL_M_COL_TOO_LONG] = {"%s过长（%zu 个字符，上限 %zu 个字符）",
        "%s too long (%zu characters, at most %zu)"},
    [TPL_M_TOO_FEW_COLUMNS] = {"列数不足（%d 列，表头有更多列）",
        "too few columns (%d, the header has more)"},
    [TPL_M_COL_EMPTY] = {"%s不能为空", "%s is empty"},
    [TPL_M_EXEC_NOT_NUMBER] = {"执行率分值“%s”不是数字",
        "execution rate points (执行率分值) \"%s\" is not a number"},
    [TPL_M_EXEC_RANGE] = {"执行率分值 %s 应在 0 到 100 之间",
        "execution rate points (执行率分值) %s should be from 0 to 100"},
    [TPL_M_TABLE_NO_SPEC_COL] = {"表 %s 不使用指标表", "table %s takes no spec (指标表)"},
    [TPL_M_NO_DATA_ROWS] = {"没有数据行", "no data rows"},
    [TPL_M_WORKER_DIED] = {"工作进程 %d 异常结束", "worker %d ended abnormally"},
    [TPL_M_STOPPED] = {"已停止（信号 %d）：已完成的工作簿都已保留，未完成的临时文件已删除；"
                       "同样的命令加 --skip-existing 可完成其余的工作簿",
        "stopped (signal %d): the finished workbooks are kept, unfinished temporary files "
        "removed; the same command with --skip-existing writes the rest"},
    [TPL_M_DONE] = {"已生成 %zu 个工作簿：%s", "%zu workbooks written: %s"},
    [TPL_M_DONE_SKIPPED] = {"已生成 %zu 个工作簿，已跳过 %zu 个已存在的工作簿：%s",
        "%zu workbooks written, %zu that existed skipped: %s"},

    [TPL_M_NOT_FILE_NAME] = {"输出路径不是文件名", "the output path is not a file name"},
    [TPL_M_EXISTS] = {"文件已存在，未覆盖（要覆盖请加 --force）",
        "the file exists: not overwritten (add --force to overwrite)"},
    [TPL_M_NO_TEMP] = {"无法在目标目录创建临时文件：%s",
        "cannot create a temporary file in the target folder: %s"},
    [TPL_M_CANNOT_WRITE] = {"无法写入：%s", "cannot write: %s"},
    [TPL_M_WRITE_PART] = {"写入工作表“%s”%s %s 失败：%s",
        "sheet \"%s\": writing the %s %s failed: %s"},
    [TPL_M_PART_TEXT] = {"文字", "text"},
    [TPL_M_PART_NUMBER] = {"数值", "number"},
    [TPL_M_PART_MERGE] = {"合并单元格", "merged cell"},
    [TPL_M_PART_BLANK_INPUT] = {"空白输入格", "blank input cell"},
    [TPL_M_PART_FORMULA] = {"公式", "formula"},
    [TPL_M_PART_VALIDATION] = {"数据有效性", "data validation"},
    [TPL_M_PART_LIST] = {"下拉列表", "drop-down list"},
    [TPL_M_PART_COND_FORMAT] = {"条件格式", "conditional format"},
    [TPL_M_PART_ROW_HEIGHT] = {"行高", "row height"},
    [TPL_M_PART_PRINT_TITLES] = {"打印标题行", "print title rows"},
    [TPL_M_PART_FOOTER] = {"页脚", "footer"},
    [TPL_M_PART_COL_WIDTH] = {"列宽", "column width"},
    [TPL_M_PART_HIDDEN_COLS] = {"隐藏列", "hidden columns"},
    [TPL_M_NO_WORKBOOK] = {"无法创建工作簿", "cannot create the workbook"},
    [TPL_M_TOO_MANY_SHEETS] = {"工作表过多", "too many sheets"},
    [TPL_M_NO_SHEET] = {"无法添加工作表“%s”", "cannot add sheet \"%s\""},
    [TPL_M_NO_MAP_SHEET] = {"无法写入审计映射表", "cannot write the audit map sheet"},
    [TPL_M_MAP_RECORD] = {"审计映射表记录“%s”写入失败",
        "writing the audit map record \"%s\" failed"},
    [TPL_M_NO_NAME] = {"无法定义名称 %s", "cannot define the name %s"},
    [TPL_M_CLOSE_FAILED] = {"写入失败：%s", "writing failed: %s"},
    [TPL_M_MERGE_OVERLAP] = {"工作表“%s”的合并区域 %s:%s 与已有合并区域重叠",
        "sheet \"%s\": merged range %s:%s overlaps a merged range already there"},
    [TPL_M_TOO_MANY_MERGES] = {"合并区域过多", "too many merged ranges"},
    [TPL_M_FORMULA_TOO_LONG] = {"公式过长（%d 字节）", "formula too long (%d bytes)"},
    [TPL_M_FORMULA_COMPILE] = {"公式编译失败：%s", "compiling a formula failed: %s"},
    [TPL_M_NO_REREAD] = {"无法重新读取刚写出的工作簿",
        "cannot read back the workbook just written"},
    [TPL_M_NO_VERY_HIDE] = {"无法把工作表 %s 设为深度隐藏", "cannot make sheet %s very hidden"},
    [TPL_M_WRITE_FAILED] = {"写入失败", "writing failed"},
    [TPL_M_MAP_EMPTY_CELL] = {"审计映射表记录指向空单元格", "an audit map record points at an empty cell"},
    [TPL_M_V_POINTS] = {"分值", "points"},
    [TPL_M_V_SCORE] = {"得分", "score"},
    [TPL_M_V_ACTUAL] = {"实际完成值", "actual value"},
    [TPL_M_V_ACTUAL_PROMPT] = {"请填写实际完成的数值", "enter the value actually achieved"},
    [TPL_M_V_ACTUAL_PCT_PROMPT] = {"请填写实际完成的数值（百分比，如 96%%）", "enter the value actually achieved (a percentage, such as 96%%)"},
    [TPL_M_V_LEVEL_PROMPT] = {"请选择达成年度指标的程度", "choose how far the year's target was reached"},
    [TPL_M_V_FROM_LIST] = {"请从下拉列表中选择", "choose from the drop-down list"},
    [TPL_M_V_MONEY] = {"金额（万元）", "amount (10 000 yuan)"},
    [TPL_M_V_MONEY_PROMPT] = {"请填写不小于 0 的金额，单位万元", "enter an amount of at least 0, in 10 000 yuan"},
    [TPL_M_V_COUNT] = {"人数", "people"},
    [TPL_M_V_COUNT_PROMPT] = {"请填写人数", "enter the number of people"},
    [TPL_M_V_AREA] = {"规模（m²）", "area (m²)"},
    [TPL_M_V_AREA_PROMPT] = {"请填写不小于 0 的面积", "enter an area of at least 0"},
    [TPL_M_V_DEDUCTIONS] = {"扣分次数", "deductions"},
    [TPL_M_V_DEDUCTIONS_PROMPT] = {"请填写未按要求完成的次数（或逾期天数）", "enter the times not done as required (or the days late)"},
    [TPL_M_V_QUANTITY] = {"数量", "quantity"},
    [TPL_M_V_QUANTITY_PROMPT] = {"请填写完成数和应完成数（不涉及填 0）", "enter the number done and the number due (0 when not applicable)"},
    [TPL_M_V_STATED_AREA] = {"填报得分", "stated score"},
    [TPL_M_V_STATED_AREA_PROMPT] = {"填写报告中该项的得分", "enter the score the report gives this item"},
    [TPL_M_V_STATED_TOTAL] = {"填报总分", "stated total"},
    [TPL_M_V_STATED_TOTAL_PROMPT] = {"填写报告中写明的总分", "enter the total score the report states"},
};

static jx_lang current = JX_LANG_ZH;

void tpl_msg_set_lang(jx_lang lang)
{
    current = lang == JX_LANG_EN ? JX_LANG_EN : JX_LANG_ZH;
}

jx_lang tpl_msg_lang(void)
{
    return current;
}


const char *tpl_msg_text_in(tpl_msg_id id, jx_lang lang)
{
    if ((int)id < 0 || id >= TPL_M__COUNT || tpl_msgs[id].zh == NULL)
        return "";
    return lang == JX_LANG_EN ? tpl_msgs[id].en : tpl_msgs[id].zh;
}

const char *tpl_msg_text(tpl_msg_id id)
{
    return tpl_msg_text_in(id, current);
}

void tpl_msg_format(char *buf, size_t cap, tpl_msg_id id, ...)
{
    va_list ap;
    if (cap == 0)
        return;
    va_start(ap, id);
    vsnprintf(buf, cap, tpl_msg_text(id), ap);
    va_end(ap);
}

void tpl_msg_format_in(char *buf, size_t cap, jx_lang lang, tpl_msg_id id, ...)
{
    va_list ap;
    if (cap == 0)
        return;
    va_start(ap, id);
    vsnprintf(buf, cap, tpl_msg_text_in(id, lang), ap);
    va_end(ap);
}

void tpl_msg_print(FILE *f, tpl_msg_id id, ...)
{
    va_list ap;
    va_start(ap, id);
    vfprintf(f, tpl_msg_text(id), ap);
    va_end(ap);
}

void tpl_msg_say(tpl_msg_id id, ...)
{
    va_list ap;
    fputs("jixiao-template: ", stderr);
    va_start(ap, id);
    vfprintf(stderr, tpl_msg_text(id), ap);
    va_end(ap);
    fputc('\n', stderr);
}

int tpl_msg_fail(tpl_diag *d, int code, const char *file, long line, tpl_msg_id id, ...)
{
    va_list ap;
    va_start(ap, id);
    code = tpl_vfail(d, code, file, line, tpl_msg_text(id), ap);
    va_end(ap);
    return code;
}

int tpl_msg_fail_nomem(tpl_diag *d, const char *file, long line)
{
    return tpl_fail(d, TPL_EXIT_INTERNAL, file, line, "%s",
                    jx_strerror(JX_ERR_NOMEM, current));
}
