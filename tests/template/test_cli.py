#!/usr/bin/python3
"""Command-line behaviour of jixiao-template: refused inputs with their exact
one-line errors and exit codes, never overwriting without --force, no
half-written files, batch naming; the messages in English (--lang en, the
locale), one check per message id the command line can reach.

usage: test_cli.py BUILD/jixiao-template WORKDIR
"""

import os
import shutil
import subprocess
import sys

import openpyxl

from tplcommon import DATA, Checker

BIN, WORK = sys.argv[1:3]
ck = Checker("template command line")
shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK)


# The checks below pin the Chinese messages: run without a locale (unknown:
# Chinese, as before --lang existed), whatever the caller's environment says.
ENV = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}


def tool(*args, env=None):
    p = subprocess.run([BIN, *args], capture_output=True, text=True, env=ENV if env is None else env)
    return p.returncode, p.stdout, p.stderr


def refused(args, code, message, what):
    rc, out, err = tool(*args)
    ck.eq(rc, code, what + ": exit code")
    ck.eq(err, "jixiao-template: " + message + "\n", what + ": message")


def leftovers(d):
    return sorted(f for f in os.listdir(d) if f.startswith("."))


out = os.path.join(WORK, "t.xlsx")

# --- spec files refused, each with file, line and reason -------------------
cases = {
    "bad-utf8.csv": "2: UTF-8 编码错误（第 91 字节 0xE4），请另存为 UTF-8 CSV",
    "bad-missing-column.csv": "1: 缺少“指标值”列（表头须包含：一级指标,二级指标,三级指标,指标值,分值,规则）",
    "bad-weight-text.csv": "3: 分值“十”不是数字",
    "bad-weight-sum.csv": "3: 分值合计 85，应为 90（三级指标分值合计应为 90，另加预算执行率 10 分共 100 分）",
    "bad-target.csv": "2: 规则 prop 需要可计算的指标值：无法识别的指标值：“≥九五”，无法识别的部分：“九五”",
    "bad-sentence.csv": "3: 评扣分标准无法计算得分：评扣分标准此处由评价人决定或需其他资料，不自动计分：“按实际情况酌情打分”",
}
for name, msg in cases.items():
    path = os.path.join(DATA, name)
    refused(["xmzc-zp", "--spec", path, "-o", out], 2, "%s:%s" % (path, msg), name)
    ck.ok(not os.path.exists(out), name + ": nothing written")

# --- command line ------------------------------------------------------------
rc, so, _ = tool("list")
ck.eq(rc, 0, "list exit 0")
ck.eq(len(so.splitlines()), 7, "list prints seven tables (six seeds and one province's variant)")
ck.ok(so.splitlines()[0].split() == ["xmzc-zp", "项目支出绩效自评表"], "list: name, then title")
refused(["nosuch", "-o", out], 1, "未知的表“nosuch”（jixiao-template list 列出可用的表）"
        "（jixiao-template --help 查看用法）", "unknown table")
refused(["xmzc-zp"], 1, "缺少 -o FILE.xlsx（jixiao-template --help 查看用法）", "missing -o")
refused(["xmzc-zp", "-o", out, "--password", "密码"], 1,
        "--password 只能使用可见的 ASCII 字符（旧式工作表保护哈希不支持中文或空格）", "non-ASCII password")
refused(["xmzc-zp", "-o", out, "--password", "a" * 16], 1,
        "--password 长度应为 1 到 15 个字符（旧式工作表保护哈希只取前 15 个字符）", "long password")
refused(["xmzc-zp", "-o", out, "--budget", "-3"], 1, "--budget “-3” 应为不小于 0 的数字", "negative budget")
refused(["xmzc-zp", "-o", out, "--formulas", "vba"], 1,
        "--formulas 只能是 portable 或 addin，而不是“vba”（jixiao-template --help 查看用法）", "bad --formulas")
refused(["kh-pf", "-o", out, "--spec", os.path.join(DATA, "spec-002-yiliao.csv")], 1,
        "表 kh-pf 不使用 --spec（jixiao-template --help 查看用法）", "spec on a table without one")

# --- never overwrite without --force; no temporary files left ----------------
rc, _, _ = tool("xmzc-zp", "-o", out)
ck.eq(rc, 0, "first write")
before = open(out, "rb").read()
refused(["xmzc-zp", "-o", out, "--year", "2030"], 3, "%s: 文件已存在，未覆盖（要覆盖请加 --force）" % out,
        "existing file refused")
ck.eq(open(out, "rb").read(), before, "existing file untouched")
rc, _, _ = tool("xmzc-zp", "-o", out, "--year", "2030", "--force")
ck.eq(rc, 0, "--force overwrites")
ck.eq(openpyxl.load_workbook(out).worksheets[0]["A3"].value, "（ 2030 年度 ）", "new content")
missing = os.path.join(WORK, "no-such-dir", "x.xlsx")
rc, _, err = tool("xmzc-zp", "-o", missing)
ck.eq(rc, 4, "unwritable target: exit 4")
ck.ok(err.startswith("jixiao-template: %s: 无法在目标目录创建临时文件" % missing), "unwritable target message")
ck.eq(leftovers(WORK), [], "no temporary files left")
mask = os.umask(0)
os.umask(mask)
ck.eq(oct(os.stat(out).st_mode & 0o777), oct(0o666 & ~mask), "ordinary file mode (not mkstemp's 0600)")

# --- batch -------------------------------------------------------------------
bdir = os.path.join(WORK, "batch")
odir = os.path.join(WORK, "out")
os.makedirs(bdir)
os.makedirs(odir)
shutil.copy(os.path.join(DATA, "spec-002-yiliao.csv"), os.path.join(bdir, "yiliao.csv"))
shutil.copy(os.path.join(DATA, "bad-weight-sum.csv"), os.path.join(bdir, "bad.csv"))


def batch(name, text, encoding="utf-8"):
    path = os.path.join(bdir, name)
    with open(path, "wb") as f:
        f.write(text.encode(encoding) if isinstance(text, str) else text)
    return path


good = batch("good.csv",
             "\ufeff单位,项目名称,年度,全年预算数,全年执行数,指标表,表\r\n"
             "渝水区医保局,医疗救助补助资金,2022,1546.43,1546.43,yiliao.csv,\r\n"
             "渝水区医保局,医疗救助补助资金,2022,1546.43,1546.43,,\r\n"
             "渝水区医保局,\"软件/维护:费\"\"?\",2022,5,5,,\r\n"
             "渝水区医保局,\"长" + "很" * 80 + "名\",2022,5,5,,\r\n"
             "衡阳县医疗保障局,部门整体,2024,1071.15,479.71,,bmzt-zp\r\n")
rc, so, err = tool("--batch", good, "--out-dir", odir, "--jobs", "2")
ck.eq((rc, err), (0, ""), "good batch")
names = sorted(os.listdir(odir))
ck.eq(len(names), 5, "one workbook per row: %r" % names)
ck.ok("2022-渝水区医保局-医疗救助补助资金-xmzc-zp.xlsx" in names, "readable name")
ck.ok("2022-渝水区医保局-医疗救助补助资金-xmzc-zp-2.xlsx" in names, "collision resolved with -2")
ck.ok("2022-渝水区医保局-软件_维护_费__-xmzc-zp.xlsx" in names, "separators and quotes replaced")
ck.ok(all(len(n.encode()) <= 120 + 5 for n in names), "names at most 120 bytes before .xlsx")
ck.ok(all("/" not in n and not any(ord(c) < 32 for c in n) for n in names), "no separators/control chars")
wb = openpyxl.load_workbook(os.path.join(odir, "2022-渝水区医保局-医疗救助补助资金-xmzc-zp.xlsx"))
ck.eq(wb.worksheets[0]["D14"].value, "住院救助人次", "batch row used its spec")
ck.eq(openpyxl.load_workbook(os.path.join(odir, "2024-衡阳县医疗保障局-部门整体-bmzt-zp.xlsx"))
      .worksheets[0].title, "部门整体支出绩效自评表", "table column honoured")
ck.eq(leftovers(odir), [], "batch leaves no temporary files")

# Running it again refuses before writing anything (the files exist).
refused(["--batch", good, "--out-dir", odir], 3,
        "%s:2: %s/2022-渝水区医保局-医疗救助补助资金-xmzc-zp.xlsx 已存在，未覆盖"
        "（要覆盖请加 --force；续做中断的批量请加 --skip-existing）"
        % (good, odir), "batch refuses to overwrite")
rc, _, _ = tool("--batch", good, "--out-dir", odir, "--force")
ck.eq(rc, 0, "batch --force")

empty = os.path.join(WORK, "empty")
os.makedirs(empty)
bad_batches = {
    "utf16.csv": ("单位,项目名称,年度,全年预算数,全年执行数\n渝水区,救助,2022,1,1\n", "utf-16",
                  "1: 是 UTF-16 编码（Excel 的“Unicode 文本”），请另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”后再试"),
    "broken.csv": ("单位,项目名称,年度,全年预算数,全年执行数\n".encode() + b"\xe6\xb8,a,2022,1,1\n", None,
                   "2: UTF-8 编码错误（第 60 字节 0xE6），请另存为 UTF-8 CSV"),
    "nocol.csv": ("单位,项目名称,年度,全年预算数\n渝水区,救助,2022,1\n", "utf-8",
                  "1: 缺少“全年执行数”列（表头须包含：单位,项目名称,年度,全年预算数,全年执行数）"),
    "nan.csv": ("单位,项目名称,年度,全年预算数,全年执行数\n渝水区,救助,2022,1,1\n渝水区,印刷,2022,五万,1\n", "utf-8",
                "3: 全年预算数“五万”不是数字"),
    "weight.csv": ("单位,项目名称,年度,全年预算数,全年执行数,执行率分值\n渝水区,救助,2022,1,1,十\n", "utf-8",
                   "2: 执行率分值“十”不是数字"),
    "quote.csv": ("单位,项目名称,年度,全年预算数,全年执行数\n渝水区,\"救助,2022,1,1\n", "utf-8",
                  "2: 引号未闭合（字段从此行开始）"),
}
for name, (text, enc, msg) in bad_batches.items():
    path = batch(name, text if enc is None else text.encode(enc))
    refused(["--batch", path, "--out-dir", empty], 2, "%s:%s" % (path, msg), "batch " + name)
path = batch("badspec.csv", "单位,项目名称,年度,全年预算数,全年执行数,指标表\n渝水区,救助,2022,1,1,bad.csv\n")
refused(["--batch", path, "--out-dir", empty], 2,
        "%s/bad.csv:3: 分值合计 85，应为 90（三级指标分值合计应为 90，另加预算执行率 10 分共 100 分）"
        "（%s 第 2 行引用）" % (bdir, path), "batch row with a spec whose weights do not add up")
ck.eq(os.listdir(empty), [], "refused batches write nothing")

# --- names the audit would skip, Windows cannot open, or that hide what they are;
# texts longer than the workbook has room for (issue 11 item 11) -------------
LOCK = "以“~$”开头：Office 把这样的文件当作锁文件，jixiao-audit 也会跳过它"
RESERVED = "是 Windows 保留的设备名，这样的文件在 Windows 上无法打开或删除"
BIDI = "含不可见的格式字符 U+202E（双向文本控制符），它会改变文件名的显示顺序或隐藏字符"
HEAD = "单位,项目名称,年度,全年预算数,全年执行数,文件名\n"
bad_names = {
    "lock.csv": ("渝水区,救助,2022,1,1,~$报表\n", "2: 文件名“~$报表”" + LOCK),
    "con.csv": ("渝水区,救助,2022,1,1,con\n", "2: 文件名“con”" + RESERVED),
    "lpt.csv": ("渝水区,救助,2022,1,1,\n渝水区,救助,2022,1,1,LPT1.2022\n", "3: 文件名“LPT1.2022”" + RESERVED),
    "nul.csv": ("渝水区,救助,2022,1,1, .Nul. \n", "2: 文件名“Nul”" + RESERVED),
    "bidi.csv": ("渝水区,救助,2022,1,1,报表\u202excl.exe\n", "2: 文件名“报表<U+202E>xcl.exe”" + BIDI),
    "bidi-derived.csv": ("渝水区,救助\u202e,2022,1,1,\n",
                         "2: 由年度、单位、项目名称和表生成的文件名“2022-渝水区-救助<U+202E>-xmzc-zp”" + BIDI),
    "longname.csv": ("渝水区,救助,2022,1,1," + "名" * 41 + "\n", "2: 文件名过长（123 字节，上限 120 字节）"),
    "longunit.csv": ("单" * 101 + ",救助,2022,1,1,\n", "2: 单位过长（101 个字符，上限 100 个字符）"),
    "longproject.csv": ("渝水区," + "项" * 101 + ",2022,1,1,\n", "2: 项目名称过长（101 个字符，上限 100 个字符）"),
    "longyear.csv": ("渝水区,救助,20222022202,1,1,\n", "2: 年度过长（11 个字符，上限 10 个字符）"),
}
for name, (rows, msg) in bad_names.items():
    path = batch(name, HEAD + rows)
    refused(["--batch", path, "--out-dir", empty], 2, "%s:%s" % (path, msg), "batch " + name)
longdept = batch("longdept.csv", "单位,项目名称,年度,全年预算数,全年执行数,主管部门\n渝水区,救助,2022,1,1," + "部" * 101 + "\n")
refused(["--batch", longdept, "--out-dir", empty], 2, "%s:2: 主管部门过长（101 个字符，上限 100 个字符）" % longdept,
        "batch long 主管部门")
ck.eq(os.listdir(empty), [], "refused names write nothing")
HELP = "（jixiao-template --help 查看用法）"
for opt, limit in (("--unit", 100), ("--dept", 100), ("--project", 100), ("--year", 10)):
    refused(["xmzc-zp", "-o", out + ".u", opt, "单" * 40000], 1,
            "%s 过长（40000 个字符，上限 %d 个字符）%s" % (opt, limit, HELP), opt + " of 40 000 characters")
rc, _, err = tool("xmzc-zp", "-o", out + ".u", "--force", "--unit", "单" * 100, "--project", "项" * 100)
ck.eq((rc, err), (0, ""), "100 characters are accepted")
os.unlink(out + ".u")
for base, why in (("~$x", "“~$x”" + LOCK), ("CON", "“CON”" + RESERVED),
                  ("a\u202eb", "“a<U+202E>b”" + BIDI.replace("U+202E", "U+202E"))):
    target = os.path.join(WORK, base + ".xlsx")
    refused(["xmzc-zp", "-o", target], 1, "-o 文件名%s%s" % (why, HELP), "-o " + ascii(base))
    ck.ok(not os.path.exists(target), "-o %s: nothing written" % ascii(base))

# --- GBK / GB18030 (Excel and WPS "CSV (逗号分隔)" on Chinese Windows) read like UTF-8 ---
# (issue 12 section 1): the same content in every encoding gives the same workbook,
# byte for byte in every part (the creation time in docProps/core.xml aside).
import re
import zipfile


def parts(path):
    with zipfile.ZipFile(path) as z:
        out = {n: z.read(n) for n in z.namelist()}
    out["docProps/core.xml"] = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"T", out["docProps/core.xml"])
    return out


encdir = os.path.join(WORK, "enc")
os.makedirs(encdir)
spec_text = open(os.path.join(DATA, "spec-002-yiliao.csv"), encoding="utf-8").read()
# U+3400 takes four bytes in GB18030: only GB18030 (not GBK) can hold it.
rare = spec_text.replace("住院救助人次", "住院救助人次㐀")
for label, text, encs in (("gbk", spec_text, (("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8"), ("gbk", "GBK"))),
                          ("gb18030", rare, (("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8"),
                                             ("gb18030", "GB18030")))):
    books = {}
    for enc, shown in encs:
        d = os.path.join(encdir, label + "-" + enc)
        os.makedirs(d)
        spec = os.path.join(d, "指标.csv")
        with open(spec, "wb") as f:
            f.write(text.replace("\n", "\r\n").encode(enc))
        book = os.path.join(d, "t.xlsx")
        rc, so, err = tool("xmzc-zp", "--spec", spec, "-o", book, "--year", "2022", "--unit", "渝水区")
        note = "" if shown == "UTF-8" else \
            "jixiao-template: %s: 按 %s 编码读取（Excel/WPS 的“CSV（逗号分隔）”）\n" % (spec, shown)
        ck.eq((rc, err), (0, note), "%s spec in %s: read, encoding reported" % (label, enc))
        rc, _, err = tool("xmzc-zp", "--spec", spec, "-o", book + ".q", "-q")
        ck.eq((rc, err), (0, ""), "%s spec in %s: -q says nothing" % (label, enc))
        books[enc] = parts(book)
    first = encs[0][0]
    for enc, _ in encs[1:]:
        ck.eq(sorted(books[enc]), sorted(books[first]), "%s: %s and %s: same parts" % (label, enc, first))
        ck.eq([n for n in books[first] if books[enc].get(n) != books[first][n]], [],
              "%s: %s and %s: every part byte-identical" % (label, enc, first))
ck.ok(any("㐀".encode() in v for v in books["gb18030"].values()), "the GB18030-only character arrived")
gbkbatch = batch("gbk-batch.csv", ("单位,项目名称,年度,全年预算数,全年执行数,指标表\r\n"
                                   "渝水区医保局,医疗救助,2022,1546.43,1546.43,yiliao.csv\r\n").encode("gbk"))
gbkout = os.path.join(WORK, "gbk-out")
os.makedirs(gbkout)
rc, so, err = tool("--batch", gbkbatch, "--out-dir", gbkout)
ck.eq((rc, err), (0, "jixiao-template: %s: 按 GBK 编码读取（Excel/WPS 的“CSV（逗号分隔）”）\n" % gbkbatch),
      "GBK batch read, encoding reported")
ck.eq(os.listdir(gbkout), ["2022-渝水区医保局-医疗救助-xmzc-zp.xlsx"], "GBK batch: the name in Chinese")

# --- a named pipe, a device or a folder is refused, never waited on ----------
# (issue 11 item 7: opening a FIFO blocked until a writer came, forever.)
fifo = os.path.join(bdir, "pipe.csv")
os.mkfifo(fifo)
notfile = {"pipe.csv": (fifo, "命名管道"), "/dev/zero": ("/dev/zero", "设备"),
           "folder": (bdir, "目录")}


def refused_quickly(args, code, message, what):
    try:
        p = subprocess.run([BIN, *args], capture_output=True, text=True, timeout=20, env=ENV)
    except subprocess.TimeoutExpired:
        ck.ok(False, what + ": still waiting after 20 s")
        return
    ck.eq(p.returncode, code, what + ": exit code")
    ck.eq(p.stderr, "jixiao-template: " + message + "\n", what + ": message")


for what, (path, kind) in notfile.items():
    why = "%s: 不是普通文件（是%s），不读取" % (path, kind)
    refused_quickly(["xmzc-zp", "--spec", path, "-o", out + ".x"], 2, why, "--spec " + what)
    refused_quickly(["--batch", path, "--out-dir", empty], 2, why, "--batch " + what)
path = batch("pipespec.csv", "单位,项目名称,年度,全年预算数,全年执行数,指标表\n渝水区,救助,2022,1,1,pipe.csv\n")
refused_quickly(["--batch", path, "--out-dir", empty], 2,
                "%s: 不是普通文件（是命名管道），不读取（%s 第 2 行引用）" % (fifo, path), "batch row naming a pipe")
ck.eq(os.listdir(empty), [], "refused non-files write nothing")
os.unlink(fifo)

# --- messages in English: --lang en, and the locale (issue 13 section 3) -------
# Every message the tool prints comes from one table (src/template/msg.c).
# One check per message id the command line can reach, each naming its id;
# the count at the end says how many of the table's ids were reached.
import re

EN = dict(ENV, LANG="en_US.UTF-8")
ZH = dict(ENV, LANG="zh_CN.UTF-8")
SEE = " (see jixiao-template --help)"
reached = set()
endir = os.path.join(WORK, "en")
os.makedirs(endir)


def en_file(name, data):
    path = os.path.join(endir, name)
    with open(path, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)
    return path


def en_refused(ids, args, code, message, env=None):
    """The tool with --lang en (or, given env, in env's locale) refuses with
    exactly `message` (after the program name and, for a file, its path:line:
    as given)."""
    what = "en " + "+".join(ids)
    rc, _, err = tool(*args, env=env) if env else tool(*args, "--lang", "en")
    ok = ck.eq(rc, code, what + ": exit code")
    ok = ck.eq(err, "jixiao-template: " + message + "\n", what + ": message") and ok
    if ok:
        reached.update(ids)


eout = os.path.join(endir, "t.xlsx")
DATAF = lambda n: os.path.join(DATA, n)          # noqa: E731
# The command line.
rc, so, _ = tool("--help", "--lang", "en")
if ck.ok(rc == 0 and so.startswith("usage:\n  jixiao-template list\n") and "--lang zh|en" in so,
         "en TPL_M_USAGE: --help in English"):
    reached.add("TPL_M_USAGE")
rc, so2, _ = tool("--lang", "en", "--help")
ck.eq((rc, so2), (0, so), "--help after --lang: the same text")
rc, so, _ = tool("--help")
ck.ok(so.startswith("用法：\n") and "--lang zh|en" in so, "--help without a locale: Chinese, names --lang")
en_refused(["TPL_M_FIG_ARG"], ["xmzc-zp", "-o", eout, "--budget", "-3"], 1,
           '--budget "-3" should be a number not below 0')
en_refused(["TPL_M_PASSWORD_LENGTH"], ["xmzc-zp", "-o", eout, "--password", "a" * 16], 1,
           "--password should have 1 to 15 characters (the legacy sheet protection hash reads only the first 15)")
en_refused(["TPL_M_PASSWORD_ASCII"], ["xmzc-zp", "-o", eout, "--password", "密码"], 1,
           "--password may use visible ASCII characters only (the legacy sheet protection hash "
           "cannot take Chinese or spaces)")
en_refused(["TPL_M_UNKNOWN_TABLE", "TPL_M_SEE_HELP"], ["nosuch", "-o", eout], 1,
           'unknown table "nosuch" (jixiao-template list shows the tables)' + SEE)
en_refused(["TPL_M_NO_VALUE"], ["xmzc-zp", "--unit"], 1, "--unit lacks its value" + SEE, env=EN)
en_refused(["TPL_M_EXEC_POINTS_ARG"], ["xmzc-zp", "-o", eout, "--exec-points", "200"], 1,
           '--exec-points "200" should be a number from 0 to 100' + SEE)
en_refused(["TPL_M_JOBS_ARG"], ["xmzc-zp", "-o", eout, "--jobs", "0"], 1,
           '--jobs "0" should be a whole number from 1 to 64' + SEE)
en_refused(["TPL_M_FORMULAS_ARG"], ["xmzc-zp", "-o", eout, "--formulas", "vba"], 1,
           '--formulas takes portable or addin, not "vba"' + SEE)
en_refused(["TPL_M_UNKNOWN_OPTION"], ["xmzc-zp", "--bogus", "x"], 1, 'unknown option "--bogus"' + SEE)
en_refused(["TPL_M_GRADES"], ["xmzc-zp", "-o", eout, "--grades", "abc"], 1,
           'the grades are wrong: cannot read the scoring rule: "abc"' + SEE)
en_refused(["TPL_M_OPT_TOO_LONG"], ["xmzc-zp", "-o", eout, "--unit", "单" * 101], 1,
           "--unit is too long (101 characters, at most 100)" + SEE)
en_refused(["TPL_M_NO_OUTPUT"], ["xmzc-zp"], 1, "missing -o FILE.xlsx" + SEE)
en_refused(["TPL_M_SKIP_NEEDS_BATCH"], ["xmzc-zp", "-o", eout, "--skip-existing"], 1,
           "--skip-existing is for --batch only" + SEE)
en_refused(["TPL_M_TABLE_NO_SPEC_OPT"], ["kh-pf", "-o", eout, "--spec", DATAF("spec-002-yiliao.csv")], 1,
           "table kh-pf takes no --spec" + SEE)
en_refused(["TPL_M_BATCH_NEEDS_DIR"], ["--batch", good], 1, "--batch needs --out-dir DIR" + SEE)
en_refused(["TPL_M_NO_OUT_DIR"], ["--batch", good, "--out-dir", endir + "/none"], 1,
           'output folder "%s/none" does not exist%s' % (endir, SEE))
en_refused(["TPL_M_BATCH_NO_O_SPEC"], ["--batch", good, "--out-dir", endir, "-o", eout], 1,
           "--batch cannot go with -o or --spec (a row's spec goes in the batch file's 指标表 column)" + SEE)
en_refused(["TPL_M_FORCE_AND_SKIP"], ["--batch", good, "--out-dir", endir, "--force", "--skip-existing"], 1,
           "--force and --skip-existing cannot go together" + SEE)
en_refused(["TPL_M_NO_TABLE"], ["-o", eout], 1, "missing table name (jixiao-template list shows the tables)" + SEE)
# --lang's own value: refused in the locale's language (the value names none).
en_refused(["TPL_M_LANG_ARG"], ["xmzc-zp", "-o", eout, "--lang", "fr"], 1,
           '--lang takes zh or en, not "fr"' + SEE, env=EN)
refused(["xmzc-zp", "-o", eout, "--lang", "fr"], 1, "--lang 只能是 zh 或 en，而不是“fr”（jixiao-template --help 查看用法）",
        "--lang fr without a locale: Chinese")

# Output names (-o): each kind of invisible character, Windows devices, lock files.
NAME_WHY = ' holds the invisible format character U+%04X (%s), which reorders or hides what the name shows'
for ch, kind, mid in (("\u00ad", "soft hyphen", "TPL_M_INV_SOFT_HYPHEN"),
                      ("\u202e", "bidirectional text control", "TPL_M_INV_BIDI"),
                      ("\u3164", "invisible filler", "TPL_M_INV_FILLER"),
                      ("\u200b", "zero-width character", "TPL_M_INV_ZERO_WIDTH"),
                      ("\u2028", "line or paragraph separator", "TPL_M_INV_LINE_SEP"),
                      ("\u2060", "invisible character", "TPL_M_INV_INVISIBLE"),
                      ("\u206a", "deprecated format character", "TPL_M_INV_DEPRECATED"),
                      ("\ufff9", "interlinear annotation control", "TPL_M_INV_ANNOTATION"),
                      ("\U0001d173", "format character", "TPL_M_INV_FORMAT"),
                      ("\U000e0001", "tag character", "TPL_M_INV_TAG")):
    base = "a" + ch + "b"
    en_refused([mid, "TPL_M_NAME_INVISIBLE", "TPL_M_OUT_NAME"], ["xmzc-zp", "-o", os.path.join(endir, base + ".xlsx")],
               1, '-o file name "a<U+%04X>b"%s%s' % (ord(ch), NAME_WHY % (ord(ch), kind), SEE))
en_refused(["TPL_M_NAME_LOCK"], ["xmzc-zp", "-o", os.path.join(endir, "~$x.xlsx")], 1,
           '-o file name "~$x" starts with "~$": Office takes such a file for a lock file, and jixiao-audit '
           "skips it too" + SEE)
en_refused(["TPL_M_NAME_RESERVED"], ["xmzc-zp", "-o", os.path.join(endir, "CON.xlsx")], 1,
           '-o file name "CON" is a device name Windows reserves: such a file cannot be opened or deleted '
           "on Windows" + SEE)

# Writing.
rc, _, _ = tool("xmzc-zp", "-o", eout)
ck.eq(rc, 0, "en: a first workbook")
en_refused(["TPL_M_EXISTS"], ["xmzc-zp", "-o", eout], 3,
           "%s: the file exists: not overwritten (add --force to overwrite)" % eout)
en_refused(["TPL_M_NO_TEMP"], ["xmzc-zp", "-o", os.path.join(endir, "none", "x.xlsx")], 4,
           "%s: cannot create a temporary file in the target folder: No such file or directory"
           % os.path.join(endir, "none", "x.xlsx"))
en_refused(["TPL_M_NOT_FILE_NAME"], ["xmzc-zp", "-o", endir + "/"], 1, "%s/: the output path is not a file name" % endir)
folder = os.path.join(endir, "folder.xlsx")
os.makedirs(folder)
en_refused(["TPL_M_CANNOT_WRITE"], ["xmzc-zp", "-o", folder, "--force"], 4, "%s: cannot write: Is a directory" % folder)
ck.eq(leftovers(endir), [], "en: refused writes leave no temporary files")

# Specs (CSV, then .xlsx).
HEAD6 = "一级指标,二级指标,三级指标,指标值,分值,规则\n"
spec_cases = [
    (["TPL_M_BAD_UTF8"], DATAF("bad-utf8.csv"), "2: broken UTF-8 (byte 91, 0xE4): save it as UTF-8 CSV"),
    (["TPL_M_SPEC_NO_COLUMN"], DATAF("bad-missing-column.csv"),
     '1: no "指标值" column (the header must hold 一级指标,二级指标,三级指标,指标值,分值,规则)'),
    (["TPL_M_POINTS_NOT_NUMBER"], DATAF("bad-weight-text.csv"), '3: points (分值) "十" is not a number'),
    (["TPL_M_WEIGHTS"], DATAF("bad-weight-sum.csv"),
     "3: points add up to 85, expected 90 (the level-3 indicators' points should add up to 90, plus 10 "
     "for the execution rate: 100 in all)"),
    (["TPL_M_RULE_NEEDS_TARGET"], DATAF("bad-target.csv"),
     '2: rule prop needs a target it can compute: cannot read the target: "≥九五", unreadable part: "九五"'),
    (["TPL_M_SENTENCE"], DATAF("bad-sentence.csv"),
     '3: the scoring criteria (评扣分标准) cannot score: the rule leaves this score to the evaluator or to other data: "按实际情况酌情打分"'),
    (["TPL_M_FIRST_L1_EMPTY"], en_file("l1.csv", HEAD6 + ",数量,a,≥1,90,prop\n"),
     "2: the first row's level-1 indicator (一级指标) is empty"),
    (["TPL_M_FIRST_L2_EMPTY"], en_file("l2.csv", HEAD6 + "产出,,a,≥1,90,prop\n"),
     "2: the first row's level-2 indicator (二级指标) is empty"),
    (["TPL_M_NEW_L1_NEEDS_L2"], en_file("l1new.csv", HEAD6 + "产出,数量,a,≥1,45,prop\n效益,,b,≥1,45,prop\n"),
     '3: the new level-1 indicator "效益" needs its level-2 indicator (二级指标)'),
    (["TPL_M_L3_EMPTY"], en_file("l3.csv", HEAD6 + "产出,数量,,≥1,90,prop\n"),
     "2: the level-3 indicator (三级指标) is empty"),
    (["TPL_M_POINTS_RANGE"], en_file("range.csv", HEAD6 + "产出,数量,a,≥1,190,prop\n"),
     "2: points (分值) 190 should be from 0 to 100"),
    (["TPL_M_UNKNOWN_RULE"], en_file("rule.csv", HEAD6 + "产出,数量,a,≥1,90,maybe\n"),
     '2: unknown rule "maybe" (use prop, half, zero, qual or manual)'),
    (["TPL_M_TOO_MANY_ROWS"], en_file("rows.csv", HEAD6 + "产出,数量,a,≥1,0.1,prop\n" * 201),
     "202: too many indicator rows (at most 200)"),
    (["TPL_M_NO_ROWS"], en_file("norows.csv", HEAD6), "2: no indicator rows"),
    (["TPL_M_EMPTY_FILE"], en_file("empty.csv", ""), "1: the file is empty: no header row"),
    (["TPL_M_OPEN_QUOTE"], en_file("quote.csv", HEAD6 + '产出,"数量,a,≥1,90,prop\n'),
     "2: unclosed quote (the field starts on this line)"),
    (["TPL_M_AFTER_QUOTE"], en_file("after.csv", HEAD6 + '产出,"数量"x,a,≥1,90,prop\n'),
     "2: column 2: text after the closing quote"),
    (["TPL_M_QUOTE_INSIDE"], en_file("inside.csv", HEAD6 + '产出,数"量,a,≥1,90,prop\n'),
     "2: column 2: a quote may only start a field"),
    (["TPL_M_TOO_MANY_FIELDS"], en_file("fields.csv", HEAD6 + "a," * 64 + "a\n"),
     "2: too many fields (more than 64 columns)"),
    (["TPL_M_NUL_BYTES"], en_file("nul.csv", HEAD6 + "产出,数量,a\0,≥1,90,prop\n"),
     "2: the file holds NUL bytes: not a text CSV"),
    (["TPL_M_UTF16"], en_file("utf16.csv", HEAD6.encode("utf-16")),
     '1: is UTF-16 (Excel\'s "Unicode Text"): save it as "CSV UTF-8 (Comma delimited)" or '
     '"CSV (Comma delimited)" and try again'),
    (["TPL_M_NOT_UTF8_NOR_GB"], en_file("neither.csv", b"a,b\n\xff\xfe\xff\xfe,\xff\n"),
     '2: neither UTF-8 nor GB18030/GBK (byte 5, 0xFF): save it as "CSV UTF-8" and try again'),
]
for ids, path, msg in spec_cases:
    en_refused(ids, ["xmzc-zp", "--spec", path, "-o", eout + ".s"], 2, "%s:%s" % (path, msg))
en_refused(["TPL_M_CANNOT_OPEN"], ["xmzc-zp", "--spec", endir + "/none.csv", "-o", eout + ".s"], 2,
           "%s/none.csv: cannot open: No such file or directory" % endir)
big_spec = os.path.join(endir, "big.csv")
with open(big_spec, "wb") as f:
    f.truncate(16 * 1024 * 1024 + 1)          # sparse: refused by its size before it is read
en_refused(["TPL_M_FILE_TOO_BIG"], ["xmzc-zp", "--spec", big_spec, "-o", eout + ".s"], 2,
           "%s: file too big (16777217 bytes, at most 16777216)" % big_spec)
import socket
sockpath = os.path.join(endir, "s.csv")
sock = socket.socket(socket.AF_UNIX)
sock.bind(sockpath)
for path, kind, mid in ((endir, "a folder", "TPL_M_KIND_FOLDER"), ("/dev/zero", "a device", "TPL_M_KIND_DEVICE"),
                        (sockpath, "a socket", "TPL_M_KIND_SOCKET")):
    en_refused([mid, "TPL_M_NOT_REGULAR"], ["xmzc-zp", "--spec", path, "-o", eout + ".s"], 2,
               "%s: not a regular file (%s): not read" % (path, kind))
sock.close()
fifo_en = os.path.join(endir, "pipe.csv")
os.mkfifo(fifo_en)
en_refused(["TPL_M_KIND_FIFO"], ["xmzc-zp", "--spec", fifo_en, "-o", eout + ".s"], 2,
           "%s: not a regular file (a named pipe): not read" % fifo_en)
os.unlink(fifo_en)
wb = openpyxl.Workbook()
wb.active.title = "目标"
wb.active.append(["一级指标", "二级指标", "三级指标", "指标值", "分值"])
wb.active.append(["产出", "数量", "a", "≥1", "九十"])
xspec = os.path.join(endir, "spec.xlsx")
wb.save(xspec)
en_refused(["TPL_M_SPEC_SHEET"], ["xmzc-zp", "--spec", xspec, "-o", eout + ".s"], 2,
           '%s (sheet "目标"):2: points (分值) "九十" is not a number' % xspec)
wb = openpyxl.Workbook()
wb.active.append(["标题"])
nohead = os.path.join(endir, "nohead.xlsx")
wb.save(nohead)
en_refused(["TPL_M_NO_HEADER_SHEET"], ["xmzc-zp", "--spec", nohead, "-o", eout + ".s"], 2,
           "%s: no sheet has a header row (一级指标,二级指标,三级指标,指标值,分值) in its first 30 rows" % nohead)
cut = en_file("cut.xlsx", open(xspec, "rb").read()[:400])
rc, _, err = tool("xmzc-zp", "--spec", cut, "-o", eout + ".s", "--lang", "en")
if ck.ok(rc == 2 and err.startswith("jixiao-template: %s: not a readable xlsx workbook: " % cut)
         and not re.search("[\u4e00-\u9fff]", err), "en TPL_M_NOT_XLSX, the reader's reason in English: %r" % err):
    reached.add("TPL_M_NOT_XLSX")
rc, _, err = tool("xmzc-zp", "--spec", cut, "-o", eout + ".s")
ck.ok(rc == 2 and "不是可读取的 xlsx 工作簿：" in err and re.search("[\u4e00-\u9fff]", err.split("工作簿：", 1)[1]),
      "zh: the reader's reason in Chinese too: %r" % err)

# Batches.
BHEAD = "单位,项目名称,年度,全年预算数,全年执行数,指标表,表,执行率分值,文件名\n"
batch_cases = [
    (["TPL_M_BATCH_NO_COLUMN"], "单位,项目名称,年度,全年预算数\n渝水区,救助,2022,1\n", 2,
     '1: no "全年执行数" column (the header must hold 单位,项目名称,年度,全年预算数,全年执行数)'),
    (["TPL_M_COL_NOT_NUMBER"], BHEAD + "渝水区,救助,2022,五万,1,,,,\n", 2, '2: 全年预算数 "五万" is not a number'),
    (["TPL_M_COL_NEGATIVE"], BHEAD + "渝水区,救助,2022,-1,1,,,,\n", 2, "2: 全年预算数 -1 cannot be negative"),
    (["TPL_M_SPEC_CITED"], BHEAD + "渝水区,救助,2022,1,1,bad.csv,,,\n", 2, None),
    (["TPL_M_NAME_TOO_LONG"], BHEAD + "渝水区,救助,2022,1,1,,,," + "名" * 41 + "\n", 2,
     "2: file name too long (123 bytes, at most 120)"),
    (["TPL_M_NAME_GIVEN"], BHEAD + "渝水区,救助,2022,1,1,,,,con\n", 2,
     '2: file name "con" is a device name Windows reserves: such a file cannot be opened or deleted on Windows'),
    (["TPL_M_NAME_DERIVED"], BHEAD + "渝水区,救助\u202e,2022,1,1,,,,\n", 2,
     '2: the file name made of year, unit, project and table "2022-渝水区-救助<U+202E>-xmzc-zp"' +
     NAME_WHY % (0x202E, "bidirectional text control")),
    (["TPL_M_COL_TOO_LONG"], BHEAD + "单" * 101 + ",救助,2022,1,1,,,,\n", 2, "2: 单位 too long (101 characters, at most 100)"),
    (["TPL_M_TOO_FEW_COLUMNS"], BHEAD + "渝水区,救助\n", 2, "2: too few columns (2, the header has more)"),
    (["TPL_M_COL_EMPTY"], BHEAD + ",救助,2022,1,1,,,,\n", 2, "2: 单位 is empty"),
    (["TPL_M_EXEC_NOT_NUMBER"], BHEAD + "渝水区,救助,2022,1,1,,,十,\n", 2,
     '2: execution rate points (执行率分值) "十" is not a number'),
    (["TPL_M_EXEC_RANGE"], BHEAD + "渝水区,救助,2022,1,1,,,200,\n", 2,
     "2: execution rate points (执行率分值) 200 should be from 0 to 100"),
    (["TPL_M_TABLE_NO_SPEC_COL"], BHEAD + "渝水区,救助,2022,1,1,yiliao.csv,kh-pf,,\n", 2,
     "2: table kh-pf takes no spec (指标表)"),
    (["TPL_M_NO_DATA_ROWS"], BHEAD, 2, "0: no data rows"),
]
for ids, text, code, msg in batch_cases:
    path = batch("en-%s.csv" % ids[0], text)
    if msg is None:
        msg = None
        full = ("%s/bad.csv:3: points add up to 85, expected 90 (the level-3 indicators' points should add up "
                "to 90, plus 10 for the execution rate: 100 in all) (named by %s line 2)" % (bdir, path))
    else:
        full = "%s:%s" % (path, msg)
    en_refused(ids, ["--batch", path, "--out-dir", empty], code, full.replace("%s:0: " % path, "%s: " % path))
ck.eq(os.listdir(empty), [], "en: refused batches write nothing")
# An output folder so deep that a workbook's path would pass the limit (4 080 bytes).
deep = os.path.join(endir, "deep")
while len(deep) < 4050:
    deep = os.path.join(deep, "d" * min(200, 4060 - len(deep)))
os.makedirs(deep)
path = batch("en-deep.csv", BHEAD + "渝水区,救助,2022,1,1,,,,\n")
en_refused(["TPL_M_PATH_TOO_LONG"], ["--batch", path, "--out-dir", deep], 1, "%s:2: output path too long" % path)
enout = os.path.join(endir, "out")
os.makedirs(enout)
rc, so, err = tool("--batch", good, "--out-dir", enout, "--lang", "en")
if ck.eq((rc, so, err), (0, "5 workbooks written: %s\n" % enout, ""), "en TPL_M_DONE"):
    reached.add("TPL_M_DONE")
en_refused(["TPL_M_BATCH_EXISTS"], ["--batch", good, "--out-dir", enout], 3,
           "%s:2: %s/2022-渝水区医保局-医疗救助补助资金-xmzc-zp.xlsx exists: not overwritten (add --force to "
           "overwrite; add --skip-existing to finish an interrupted batch)" % (good, enout))
os.unlink(os.path.join(enout, "2022-渝水区医保局-医疗救助补助资金-xmzc-zp-2.xlsx"))
rc, so, err = tool("--batch", good, "--out-dir", enout, "--skip-existing", "--lang", "en")
if ck.eq((rc, so, err), (0, "1 workbooks written, 4 that existed skipped: %s\n" % enout, ""),
         "en TPL_M_DONE_SKIPPED"):
    reached.add("TPL_M_DONE_SKIPPED")
rc, so, err = tool("--batch", gbkbatch, "--out-dir", enout, "--lang", "en")
if ck.eq((rc, err), (0, "jixiao-template: %s: read as GBK (Excel's or WPS's \"CSV (Comma delimited)\")\n" % gbkbatch),
         "en TPL_M_READ_AS"):
    reached.add("TPL_M_READ_AS")

# The locale chooses when --lang is not given; --lang wins over it.
MISSING_O = ("missing -o FILE.xlsx" + SEE, "缺少 -o FILE.xlsx（jixiao-template --help 查看用法）")
for env, args, want, what in (
        (EN, [], 0, "LANG=en_US.UTF-8: English"),
        (ZH, [], 1, "LANG=zh_CN.UTF-8: Chinese"),
        (ENV, [], 1, "no locale: Chinese (as before)"),
        (dict(ENV, LANG="fr_FR.UTF-8"), [], 1, "LANG=fr_FR.UTF-8 (neither): Chinese"),
        (dict(EN, LC_ALL="zh_CN.UTF-8"), [], 1, "LC_ALL=zh_CN over LANG=en_US: Chinese"),
        (dict(ZH, LC_MESSAGES="en_US.UTF-8"), [], 0, "LC_MESSAGES=en_US over LANG=zh_CN: English"),
        (EN, ["--lang", "zh"], 1, "LANG=en_US.UTF-8 --lang zh: Chinese"),
        (ZH, ["--lang", "en"], 0, "LANG=zh_CN.UTF-8 --lang en: English")):
    rc, _, err = tool("xmzc-zp", *args, env=env)
    ck.eq((rc, err), (1, "jixiao-template: %s\n" % MISSING_O[want]), what)
rc, _, err = tool("xmzc-zp", "--spec", DATAF("bad-weight-sum.csv"), "-o", eout + ".s", env=EN)
ck.ok(err.endswith("points add up to 85, expected 90 (the level-3 indicators' points should add up to 90, plus 10 "
                   "for the execution rate: 100 in all)\n"), "LANG=en: the core's part in English too: %r" % err)

# --- stopping a batch (issue 11 item 10) ---------------------------------------
# A big batch is stopped at a point; its workers must not outlive it, SIGTERM
# and SIGINT must leave no temporary or staging file, and a rerun with
# --skip-existing must finish the batch, keeping the workbooks already made.
import signal
import time

ROWS = 240
bigdir = os.path.join(WORK, "big")
os.makedirs(bigdir)
big = os.path.join(bigdir, "big.csv")
with open(big, "w", encoding="utf-8") as f:
    f.write("单位,项目名称,年度,全年预算数,全年执行数\n")
    for i in range(ROWS):
        f.write("单位%d,项目%d,2024,100,90\n" % (i, i))


def children(pid):
    """Pids whose parent is pid (from /proc)."""
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            return [int(k) for k in f.read().split()]
    except OSError:
        pass                            # kernels without it: scan every process
    kids = []
    for e in os.listdir("/proc"):
        if e.isdigit():
            try:
                with open("/proc/%s/stat" % e) as f:
                    st = f.read()
            except OSError:
                continue
            if int(st[st.rindex(")") + 2:].split()[1]) == pid:
                kids.append(int(e))
    return kids


def alive(pid):
    """Running (a zombie nobody reaped counts as gone)."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            st = f.read()
    except OSError:
        return False
    return st[st.rindex(")") + 2] != "Z"


def xlsx_in(d):
    return [n for n in os.listdir(d) if n.endswith(".xlsx") and not n.startswith(".")]


def stop_batch(sig, when, group, lang):
    """Start the batch (messages in lang), stop it with sig once `when`
    workbooks exist; returns (exit status, the workers' pids, output folder,
    staging folder, stderr)."""
    odir = os.path.join(WORK, "stop-%s-%d" % (signal.Signals(sig).name, when))
    stage = odir + ".stage"
    os.makedirs(odir)
    os.makedirs(stage)
    p = subprocess.Popen([BIN, "--batch", big, "--out-dir", odir, "--jobs", "2", "--tmpdir", stage,
                          "--lang", lang], env=ENV,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    workers = []
    deadline = time.time() + 120
    while time.time() < deadline and p.poll() is None:
        if len(workers) < 2:        # the second worker may not be forked yet
            workers = children(p.pid)
        if len(workers) == 2 and len(xlsx_in(odir)) >= when:
            break
        time.sleep(0.005)
    try:
        if group:
            os.killpg(p.pid, sig)      # Ctrl-C in a terminal reaches the whole group
        else:
            os.kill(p.pid, sig)
    except ProcessLookupError:
        pass                           # finished first: the checks below say so
    _, err = p.communicate(timeout=120)
    return p.returncode, workers, odir, stage, err.decode()


for sig, when, group in ((signal.SIGTERM, 1, False), (signal.SIGINT, ROWS // 3, True),
                         (signal.SIGKILL, 1, False), (signal.SIGKILL, ROWS // 3, False)):
    name = "%s after %d" % (signal.Signals(sig).name, when)
    lang = "en" if sig == signal.SIGTERM else "zh"
    rc, workers, odir, stage, err = stop_batch(sig, when, group, lang)
    ck.eq(len(workers), 2, name + ": two workers seen")
    ck.eq(rc, -sig, name + ": the tool died of the signal")
    # Workers finish the workbook in hand, then exit (at most one each).
    for _ in range(600):
        if not any(alive(w) for w in workers):
            break
        time.sleep(0.05)
    ck.eq([w for w in workers if alive(w)], [], name + ": no worker outlives the tool")
    made = len(xlsx_in(odir))
    ck.ok(0 < made < ROWS, name + ": stopped part way (%d of %d)" % (made, ROWS))
    # Even after a SIGKILL of the tool: its workers are told (SIGTERM) and clean up.
    ck.eq(leftovers(odir), [], name + ": no temporary files left")
    ck.eq(os.listdir(stage), [], name + ": no staging files left")
    if sig != signal.SIGKILL:
        ck.ok("--skip-existing" in err, name + ": says how to finish: %r" % err)
    if sig == signal.SIGTERM:
        ck.eq(err, "jixiao-template: stopped (signal 15): the finished workbooks are kept, unfinished "
              "temporary files removed; the same command with --skip-existing writes the rest\n",
              name + ": the stop message in English")
        reached.add("TPL_M_STOPPED")
    elif sig == signal.SIGINT:
        ck.eq(err, "jixiao-template: 已停止（信号 2）：已完成的工作簿都已保留，未完成的临时文件已删除；"
              "同样的命令加 --skip-existing 可完成其余的工作簿\n", name + ": the stop message in Chinese")
    # Without --skip-existing or --force a rerun refuses (nothing is overwritten) ...
    rc, _, err = tool("--batch", big, "--out-dir", odir, "--jobs", "2", "--tmpdir", stage)
    ck.eq(rc, 3, name + ": plain rerun refuses")
    ck.ok("--skip-existing" in err, name + ": the refusal names --skip-existing")
    # ... with --skip-existing it writes only what is missing.
    kept = {n: os.stat(os.path.join(odir, n)).st_mtime_ns for n in xlsx_in(odir)}
    rc, so, err = tool("--batch", big, "--out-dir", odir, "--jobs", "2", "--tmpdir", stage,
                       "--skip-existing")
    ck.eq((rc, err), (0, ""), name + ": rerun with --skip-existing")
    ck.eq(len(xlsx_in(odir)), ROWS, name + ": rerun completes the batch")
    ck.ok(("已跳过 %d 个已存在的工作簿" % made) in so, name + ": rerun says what it kept: %r" % so)
    ck.eq({n: os.stat(os.path.join(odir, n)).st_mtime_ns for n in kept}, kept,
          name + ": workbooks already made are kept as they were")
    ck.eq(leftovers(odir), [], name + ": rerun leaves no temporary files")
    last = os.path.join(odir, "2024-单位%d-项目%d-xmzc-zp.xlsx" % (ROWS - 1, ROWS - 1))
    if ck.ok(os.path.exists(last), name + ": the last row's workbook exists"):
        ck.ok(openpyxl.load_workbook(last).worksheets[0].max_row > 10, name + ": and is whole")

# A worker killed from outside (the OOM killer, say) is reported, and the batch fails (exit 5).
odir = os.path.join(WORK, "worker-killed")
os.makedirs(odir)
p = subprocess.Popen([BIN, "--batch", big, "--out-dir", odir, "--jobs", "2", "--lang", "en"], env=ENV,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
workers = []
deadline = time.time() + 120
while time.time() < deadline and p.poll() is None and not (len(workers) == 2 and xlsx_in(odir)):
    workers = children(p.pid)
    time.sleep(0.005)
if len(workers) == 2:
    os.kill(workers[1], signal.SIGKILL)
_, err = p.communicate(timeout=120)
if ck.ok(p.returncode == 5 and re.fullmatch(r"jixiao-template: worker [01] ended abnormally\n", err.decode()),
         "en TPL_M_WORKER_DIED: a killed worker is reported (exit %d, %r)" % (p.returncode, err.decode())):
    reached.add("TPL_M_WORKER_DIED")
# The killed worker could not remove its temporary file: the batch does.
ck.eq(leftovers(odir), [], "a killed worker's temporary file is removed")
refused(["xmzc-zp", "-o", out, "--skip-existing"], 1,
        "--skip-existing 只用于 --batch（jixiao-template --help 查看用法）", "--skip-existing without --batch")
refused(["--batch", big, "--out-dir", odir, "--force", "--skip-existing"], 1,
        "--force 与 --skip-existing 不能同用（jixiao-template --help 查看用法）", "--force with --skip-existing")

# How many of the message table's ids the checks above reached in English.
with open(os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                       "src", "template", "msg.h"), encoding="utf-8") as f:
    ids = set(re.findall(r"^\s+(TPL_M_[A-Z0-9_]+),", f.read(), re.M)) - {"TPL_M__COUNT"}
ck.eq(sorted(reached - ids), [], "every id a check names is in msg.h")
print("message ids checked in English: %d of %d (not reached from the command line: %s)"
      % (len(reached & ids), len(ids), " ".join(sorted(ids - reached))))

ck.done()
