#!/usr/bin/python3
"""Command-line behaviour of jixiao-template: refused inputs with their exact
one-line errors and exit codes, never overwriting without --force, no
half-written files, batch naming.

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


def tool(*args):
    p = subprocess.run([BIN, *args], capture_output=True, text=True)
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
        p = subprocess.run([BIN, *args], capture_output=True, text=True, timeout=20)
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


def stop_batch(sig, when, group):
    """Start the batch, stop it with sig once `when` workbooks exist; returns
    (exit status, the workers' pids, output folder, staging folder)."""
    odir = os.path.join(WORK, "stop-%s-%d" % (signal.Signals(sig).name, when))
    stage = odir + ".stage"
    os.makedirs(odir)
    os.makedirs(stage)
    p = subprocess.Popen([BIN, "--batch", big, "--out-dir", odir, "--jobs", "2", "--tmpdir", stage],
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
    rc, workers, odir, stage, err = stop_batch(sig, when, group)
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
refused(["xmzc-zp", "-o", out, "--skip-existing"], 1,
        "--skip-existing 只用于 --batch（jixiao-template --help 查看用法）", "--skip-existing without --batch")
refused(["--batch", big, "--out-dir", odir, "--force", "--skip-existing"], 1,
        "--force 与 --skip-existing 不能同用（jixiao-template --help 查看用法）", "--force with --skip-existing")

ck.done()
