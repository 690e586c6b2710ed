#!/usr/bin/python3
"""A spec given as an .xlsx workbook, as budget systems export their 绩效目标表.

usage: test_spec_xlsx.py JIXIAO_TEMPLATE WORKDIR

The seed 002 医疗救助 spec (tests/template/data/spec-002-yiliao.csv) is laid
out as an exported 绩效目标表 — a title row, a unit row, then the header and
the indicator rows, 一级/二级 written once per group as merged cells print
them, 分值 as numbers — and saved three ways: by XlsxWriter (the
libxlsxwriter family), re-saved by real LibreOffice, re-saved by Gnumeric.
Each must give the very workbook the CSV spec gives (every zip part equal
but docProps/core.xml, which holds the creation time), through --spec and
through a batch row's 指标表.  A bad 分值 is refused with its sheet row, a
workbook without a header row and a corrupt one are refused with exit 2.
"""
import csv
import os
import shutil
import subprocess
import sys
import zipfile

import xlsxwriter

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lo"))
from office import Office  # noqa: E402

TEMPLATE, WORK = sys.argv[1:3]
HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = os.path.join(HERE, "data", "spec-002-yiliao.csv")
ARGS = ["--budget", "889.39", "--spent", "774.79", "--unit", "某县医疗保障局",
        "--project", "医疗救助", "--year", "2024"]
FAILS, CHECKS = [], []


def check(cond, what):
    CHECKS.append(what)
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        FAILS.append(what)


def spec_rows():
    with open(SPEC, encoding="utf-8") as f:
        return list(csv.reader(f))


def write_xlsx(path, rows, bad_points_row=None):
    """The spec as an exported 绩效目标表: title and unit rows first."""
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("绩效目标表")
    ws.write(0, 0, "2024年度项目支出绩效目标表")
    ws.write(1, 0, "单位名称：某县医疗保障局")
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if i > 0 and rows[0][j] == "分值" and v:
                v = float(v) if bad_points_row != i else "二十"
            if v != "":
                ws.write(i + 2, j, v)
    wb.close()


def parts(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def template(spec, out):
    # The refusals below are checked in Chinese, whatever the caller's locale.
    return subprocess.run([TEMPLATE, "xmzc-zp", "--spec", spec, "-o", out, "--force", "--lang", "zh"] + ARGS,
                          capture_output=True, text=True)


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    rows = spec_rows()
    want = os.path.join(WORK, "from-csv.xlsx")
    p = template(SPEC, want)
    check(p.returncode == 0, "template from the CSV spec (%s)" % p.stderr.strip())
    ref = parts(want)

    sources = {}
    sources["xlsxwriter"] = os.path.join(WORK, "spec-xlsxwriter.xlsx")
    write_xlsx(sources["xlsxwriter"], rows)
    sources["libreoffice"] = os.path.join(WORK, "spec-libreoffice.xlsx")
    with Office(os.path.join(WORK, "office")) as o:
        d = o.open(sources["xlsxwriter"])
        o.save(d, sources["libreoffice"], "xlsx")
        o.close(d)
    sources["gnumeric"] = os.path.join(WORK, "spec-gnumeric.xlsx")
    g = subprocess.run(["ssconvert", sources["xlsxwriter"], sources["gnumeric"]],
                       capture_output=True, text=True)
    check(g.returncode == 0, "Gnumeric re-saves the spec (%s)" % g.stderr.strip()[-200:])

    for who, spec in sources.items():
        out = os.path.join(WORK, "from-%s.xlsx" % who)
        p = template(spec, out)
        same = p.returncode == 0 and parts(out) == ref
        check(same, "xlsx spec saved by %s gives the CSV spec's workbook (%d %s)"
              % (who, p.returncode, p.stderr.strip()))

    # A batch row pointing at its own .xlsx spec.
    batch = os.path.join(WORK, "batch.csv")
    with open(batch, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["表", "单位", "项目名称", "年度", "全年预算数", "全年执行数", "指标表", "文件名"])
        w.writerow(["xmzc-zp", "某县医疗保障局", "医疗救助", "2024", "889.39", "774.79",
                    "spec-gnumeric.xlsx", "批量"])
    outdir = os.path.join(WORK, "batch-out")
    os.makedirs(outdir)
    p = subprocess.run([TEMPLATE, "--batch", batch, "--out-dir", outdir], capture_output=True, text=True)
    made = os.path.join(outdir, "批量.xlsx")
    check(p.returncode == 0 and os.path.exists(made) and parts(made) == ref,
          "a batch row's 指标表 may be an .xlsx (%d %s)" % (p.returncode, p.stderr.strip()))

    bad = os.path.join(WORK, "bad-points.xlsx")
    write_xlsx(bad, rows, bad_points_row=4)        # data row 4 is sheet row 7
    p = template(bad, os.path.join(WORK, "bad.xlsx"))
    check(p.returncode == 2 and ":7: 分值“二十”不是数字" in p.stderr and "绩效目标表" in p.stderr,
          "a bad 分值 is refused with its sheet and row: %s" % p.stderr.strip())

    nohead = os.path.join(WORK, "no-header.xlsx")
    wb = xlsxwriter.Workbook(nohead)
    wb.add_worksheet("说明").write(0, 0, "本表无指标")
    wb.close()
    p = template(nohead, os.path.join(WORK, "nohead.xlsx"))
    check(p.returncode == 2 and "表头" in p.stderr, "no header row: refused (%s)" % p.stderr.strip())

    corrupt = os.path.join(WORK, "corrupt.xlsx")
    with open(sources["xlsxwriter"], "rb") as f:
        data = f.read()
    with open(corrupt, "wb") as f:
        f.write(data[: len(data) // 2])
    p = template(corrupt, os.path.join(WORK, "corrupt-out.xlsx"))
    check(p.returncode == 2 and "xlsx" in p.stderr, "a truncated workbook: refused (%s)" % p.stderr.strip())
    check(not os.path.exists(os.path.join(WORK, "corrupt-out.xlsx")), "nothing written for it")

    print("%d passed, %d failed" % (len(CHECKS) - len(FAILS), len(FAILS)))
    sys.exit(1 if FAILS else 0)


if __name__ == "__main__":
    main()
