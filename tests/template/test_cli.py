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
    "bad-gbk.csv": "1: 不是 UTF-8 编码（看起来是 GBK），请另存为“CSV UTF-8”后再试",
    "bad-utf8.csv": "2: UTF-8 编码错误（第 91 字节 0xE4），请另存为 UTF-8 CSV",
    "bad-missing-column.csv": "1: 缺少“指标值”列（表头须包含：一级指标,二级指标,三级指标,指标值,分值,规则）",
    "bad-weight-text.csv": "3: 分值“十”不是数字",
    "bad-weight-sum.csv": "3: 分值合计 85，应为 90（三级指标分值合计应为 90，另加预算执行率 10 分共 100 分）",
    "bad-target.csv": "2: 规则 prop 需要可计算的指标值：无法识别的指标值：“≥九五”，无法识别的部分：“九五”",
    "bad-sentence.csv": "3: 评扣分标准无法计算得分：无法识别的评分规则：“按实际情况酌情打分”",
}
for name, msg in cases.items():
    path = os.path.join(DATA, name)
    refused(["xmzc-zp", "--spec", path, "-o", out], 2, "%s:%s" % (path, msg), name)
    ck.ok(not os.path.exists(out), name + ": nothing written")

# --- command line ------------------------------------------------------------
rc, so, _ = tool("list")
ck.eq(rc, 0, "list exit 0")
ck.eq(len(so.splitlines()), 6, "list prints six tables")
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
        "%s:2: %s/2022-渝水区医保局-医疗救助补助资金-xmzc-zp.xlsx 已存在，未覆盖（要覆盖请加 --force）"
        % (good, odir), "batch refuses to overwrite")
rc, _, _ = tool("--batch", good, "--out-dir", odir, "--force")
ck.eq(rc, 0, "batch --force")

empty = os.path.join(WORK, "empty")
os.makedirs(empty)
bad_batches = {
    "gbk.csv": ("单位,项目名称,年度,全年预算数,全年执行数\n渝水区,救助,2022,1,1\n", "gbk",
                "1: 不是 UTF-8 编码（看起来是 GBK），请另存为“CSV UTF-8”后再试"),
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

ck.done()
