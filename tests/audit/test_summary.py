#!/usr/bin/python3
"""jixiao-audit --summary and --png: the bureau's 汇总 workbook.

usage: test_summary.py JIXIAO_AUDIT JIXIAO_TEMPLATE WORKDIR

A small bureau: four 项目支出绩效自评表 made by jixiao-template for three
units (one unit with two projects), three filled in real LibreOffice (one
with a score typed over its formula), one returned blank; beside them an
encrypted (OLE) file and an office lock file.  Checks, reading the 汇总
workbook back with openpyxl:
  1. one 汇总 row per workbook, sorted by unit, with the budget and spent
     the templates were made with, the status of each (通过 / 有问题 N 处 /
     未填写 / 未审核：why) and its first problem; the lock file left out;
  2. the 合计 and 平均 rows are SUBTOTAL formulas whose cached values equal
     the sums and averages of the audited workbooks;
  3. every finding of the CSV report is one 问题 row, linked to its workbook
     and cell (the relative link resolves to the file);
  4. three charts on 图表, each series over the right 图表数据 range, whose
     formulas count the 汇总 rows;
  5. LibreOffice and Gnumeric recalculating the workbook get the cached
     values (so the workbook opens and computes the same in both);
  6. --png writes three PNG pictures; a second run refuses to replace them.
"""
import csv
import glob
import os
import shutil
import subprocess
import sys
import zipfile

import openpyxl

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lo"))
from office import Office  # noqa: E402

AUDIT, TEMPLATE, WORK = sys.argv[1:4]
HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = os.path.join(HERE, "..", "template", "data", "spec-002-yiliao.csv")
SHEET = "项目支出绩效自评表"
ACTUALS = {"F14": 31000, "F15": 19000, "F16": 15000, "F17": 0.72, "F18": 0.65, "F19": 0.9,
           "F20": 0.96, "F21": 0.97}
REASONS = {"I15": "参保人数下降", "I16": "门诊需求增加", "I18": "部分地区报销比例未达标"}
# file, unit, project, budget, spent, how it comes back
BOOKS = [
    ("b1.xlsx", "乙县医疗保障局", "医疗救助", 889.39, 774.79, "filled"),
    ("a1.xlsx", "甲县医疗保障局", "医疗救助", 1546.43, 1546.43, "filled"),
    ("a2.xlsx", "甲县医疗保障局", "城乡居民医保", 70.0, 52.5, "tampered"),
    ("c1.xlsx", "丙县医疗保障局", "医疗救助", 83.0, 0.0, "blank"),
]
FAILS = []
CHECKS = []


def check(cond, what):
    CHECKS.append(what)
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        FAILS.append(what)


def close(a, b, eps=1e-6):
    try:
        return abs(float(a) - float(b)) < eps
    except (TypeError, ValueError):
        return False


def make_bureau(ret):
    blank = {}
    for name, unit, project, budget, spent, _ in BOOKS:
        path = os.path.join(WORK, "blank-" + name)
        subprocess.run([TEMPLATE, "xmzc-zp", "--spec", SPEC, "--budget", str(budget),
                        "--spent", str(spent), "--unit", unit, "--project", project,
                        "--year", "2024", "-o", path, "--force"], check=True)
        blank[name] = path
    with Office(os.path.join(WORK, "office")) as o:
        for name, *_, how in BOOKS:
            if how == "blank":
                shutil.copy(blank[name], os.path.join(ret, name))
                continue
            d = o.open(blank[name])
            extra = {"H15": 20} if how == "tampered" else {}
            for ref, v in list(ACTUALS.items()) + list(REASONS.items()) + list(extra.items()):
                o.set(d, SHEET, ref, v)
            o.recalc(d)
            o.save(d, os.path.join(ret, name), "xlsx")
            o.close(d)
    with open(os.path.join(ret, "e-ole.xlsx"), "wb") as f:      # encrypted or legacy .xls
        f.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    with open(os.path.join(ret, "~$b1.xlsx"), "wb") as f:        # the office's lock file
        f.write(b"\x06jixiao")


def run_audit(ret, summary, png, csv_out):
    cmd = [AUDIT, "--lang", "zh", "--summary", summary, "--png", png, "--csv", csv_out, ret]
    return subprocess.run(cmd, capture_output=True, text=True)


def findings_of(csv_out):
    with open(csv_out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))[1:]
    return [r for r in rows if r[4] not in ("workbook", "skipped", "unfilled", "ignored")]


def check_summary_sheet(wb, nfind):
    ws = wb["汇总"]
    head = [c.value for c in ws[1]]
    col = {h: i for i, h in enumerate(head)}
    rows = []
    for r in ws.iter_rows(min_row=2):
        if r[col["单位"]].value == "合计":
            break
        rows.append([c.value for c in r])
    check(len(rows) == len(BOOKS) + 1, "汇总: %d rows, one per workbook and the OLE file (no lock file)"
          % len(rows))
    ole = [r for r in rows if r[col["文件"]] == "e-ole.xlsx"]
    check(ole and str(ole[-1][col["状态"]]).startswith("未审核：") and rows[-1] is ole[-1],
          "the encrypted file's row comes last and says why: %s" % (ole and ole[-1][col["状态"]]))
    rows = [r for r in rows if r[col["文件"]] != "e-ole.xlsx"]
    units = [r[col["单位"]] for r in rows]
    check(units == sorted(units), "汇总 rows sorted by unit: %s" % units)
    check(ws.auto_filter.ref is not None and ws.freeze_panes == "A2",
          "汇总: autofilter %s, frozen header %s" % (ws.auto_filter.ref, ws.freeze_panes))
    check(ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "9",
          "汇总 prints on A4 landscape")
    by_file = {r[col["文件"]]: r for r in rows}
    for name, unit, project, budget, spent, how in BOOKS:
        r = by_file.get(name)
        if r is None:
            check(False, "汇总 has a row for %s" % name)
            continue
        check(r[col["单位"]] == unit and r[col["项目"]] == project, "%s: unit and project" % name)
        check(close(r[col["预算数"]], budget) and close(r[col["实际支出"]], spent),
              "%s: budget %s spent %s" % (name, r[col["预算数"]], r[col["实际支出"]]))
        check(close(r[col["执行率"]], spent / budget), "%s: execution rate %s" % (name, r[col["执行率"]]))
        status = r[col["状态"]]
        want = {"filled": "通过", "blank": "未填写"}.get(how)
        if want:
            check(status == want, "%s: status %s (want %s)" % (name, status, want))
        else:
            check(status.startswith("有问题") and r[col["首个问题"]],
                  "%s: status %s, first problem %s" % (name, status, r[col["首个问题"]]))
        if how == "blank":
            check(r[col["总分（重算）"]] is None and r[col["等次"]] is None,
                  "%s: a blank workbook has no total and no grade" % name)
    total_row = len(BOOKS) + 3
    tr = [c.value for c in ws[total_row]]
    ar = [c.value for c in ws[total_row + 1]]
    check(tr[col["单位"]] == "合计" and ar[col["单位"]] == "平均", "合计 and 平均 rows")
    return col, rows, total_row


def check_totals(wb_f, wb_v, col, rows, total_row):
    ws_f, ws_v = wb_f["汇总"], wb_v["汇总"]
    letter = {h: openpyxl.utils.get_column_letter(i + 1) for h, i in col.items()}
    budget = sum(b[3] for b in BOOKS)
    spent = sum(b[4] for b in BOOKS)
    f = ws_f["%s%d" % (letter["预算数"], total_row)].value
    check(isinstance(f, str) and f.startswith("=SUBTOTAL(9,"), "合计 budget is SUBTOTAL: %s" % f)
    check(close(ws_v["%s%d" % (letter["预算数"], total_row)].value, budget),
          "合计 budget cached %s = %s" % (ws_v["%s%d" % (letter["预算数"], total_row)].value, budget))
    check(close(ws_v["%s%d" % (letter["实际支出"], total_row)].value, spent), "合计 spent = %s" % spent)
    totals = [r[col["总分（重算）"]] for r in rows if r[col["总分（重算）"]] is not None]
    avg = ws_v["%s%d" % (letter["总分（重算）"], total_row + 1)].value
    check(len(totals) == 3 and close(avg, sum(totals) / len(totals)),
          "平均 total %s = mean of %s" % (avg, totals))


def check_problems(wb, nfind, ret, summary):
    ws = wb["问题"]
    rows = list(ws.iter_rows(min_row=2))
    check(len(rows) == nfind, "问题: %d rows for %d findings" % (len(rows), nfind))
    base = os.path.dirname(os.path.abspath(summary))
    ok = 0
    for r in rows:
        link = r[3].hyperlink
        if link is None:
            continue
        # libxlsxwriter writes external links the Windows way (returned\\a.xlsx):
        # most bureaus open the 汇总 in Excel or WPS on Windows
        path = (link.target or "").replace("\\", "/")
        where = link.location or ""
        if os.path.isfile(os.path.join(base, path)) and where.startswith("'%s'!" % SHEET):
            ok += 1
    check(rows and ok == len(rows), "问题: %d of %d cells link to their workbook and cell" % (ok, len(rows)))


def check_charts(summary, wb_f):
    with zipfile.ZipFile(summary) as z:
        charts = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
        xml = [z.read(n).decode() for n in charts]
    check(len(charts) == 3, "three native charts: %s" % charts)
    want = ["'图表数据'!$A$2:$A$5", "'图表数据'!$B$2:$B$5", "'图表数据'!$D$2:$D$6",
            "'图表数据'!$E$2:$E$6", "'图表数据'!$G$2:$G$4", "'图表数据'!$J$2:$J$4"]
    text = "".join(xml)
    missing = [w for w in want if w not in text]
    check(not missing, "chart series over 图表数据 ranges (missing %s)" % missing)
    ds = wb_f["图表数据"]
    check(ds["B2"].value == "=COUNTIFS('汇总'!$H$2:$H$6,\">=90\")" and
          ds["H2"].value.startswith("=SUMIF('汇总'!$B$2:$B$6,G2,"),
          "chart data count the 汇总 rows: %s / %s" % (ds["B2"].value, ds["H2"].value))


def formula_cells(wb_f, wb_v, sheet):
    out = []
    for row in wb_f[sheet].iter_rows():
        for c in row:
            if isinstance(c.value, str) and c.value.startswith("="):
                out.append((c.coordinate, wb_v[sheet][c.coordinate].value))
    return out


def check_engines(summary, wb_f, wb_v):
    cells = {s: formula_cells(wb_f, wb_v, s) for s in ("汇总", "图表数据")}
    bad = []
    with Office(os.path.join(WORK, "office2")) as o:
        d = o.open(summary)
        o.recalc(d)
        for s, lst in cells.items():
            for ref, cached in lst:
                got = o.get(d, s, ref)
                if not close(got, cached):
                    bad.append((s, ref, got, cached))
        o.close(d)
    n = sum(len(v) for v in cells.values())
    check(n > 20 and not bad, "LibreOffice recalculates %d formula cells to the cached values %s" % (n, bad[:3]))
    if shutil.which("ssconvert") is None:
        check(False, "gnumeric's ssconvert is installed (make deps)")
        return
    out = os.path.join(WORK, "gnumeric.csv")
    p = subprocess.run(["ssconvert", "--recalc", "-S", summary, out], capture_output=True, text=True)
    sheets = sorted(glob.glob(out + ".*"))
    check(p.returncode == 0 and len(sheets) == 4, "Gnumeric opens the 汇总 workbook (%s)" % p.stderr[-200:])
    if len(sheets) < 4:
        return
    bad = []
    for idx, s in ((0, "汇总"), (3, "图表数据")):
        with open(sheets[idx], encoding="utf-8", newline="") as f:
            grid = list(csv.reader(f))
        for ref, cached in cells[s]:
            c = openpyxl.utils.cell.coordinate_from_string(ref)
            r, k = c[1] - 1, openpyxl.utils.column_index_from_string(c[0]) - 1
            got = grid[r][k] if r < len(grid) and k < len(grid[r]) else None
            try:
                got = float(got.rstrip("%")) / (100 if got.endswith("%") else 1)
            except (TypeError, ValueError, AttributeError):
                pass
            if not close(got, cached, 0.006):   # CSV shows the cells' formats (0.00)
                bad.append((s, ref, got, cached))
    check(not bad, "Gnumeric recalculates them to the cached values %s" % bad[:3])


def check_pictures(png, ret, summary, csv_out):
    pics = sorted(os.listdir(png))
    check(pics == ["exec-rate.png", "grades.png", "scores.png"], "--png wrote %s" % pics)
    for p in pics:
        with open(os.path.join(png, p), "rb") as f:
            head = f.read(24)
        w = int.from_bytes(head[16:20], "big")
        check(head[:8] == b"\x89PNG\r\n\x1a\n" and w > 600, "%s is a PNG %d px wide" % (p, w))
    before = {p: os.stat(os.path.join(png, p)).st_mtime_ns for p in pics}
    r = run_audit(ret, summary + ".again.xlsx", png, csv_out + ".again")
    after = {p: os.stat(os.path.join(png, p)).st_mtime_ns for p in pics}
    check(r.returncode == 2 and "--force" in r.stderr and before == after,
          "existing pictures are kept without --force (%d, %s)" % (r.returncode, r.stderr.strip()[-120:]))
    check(not [n for n in os.listdir(png) if n.startswith(".")], "no work files left in the picture folder")


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    ret = os.path.join(WORK, "returned")
    png = os.path.join(WORK, "png")
    os.makedirs(ret)
    os.makedirs(png)
    make_bureau(ret)
    summary = os.path.join(WORK, "汇总.xlsx")
    csv_out = os.path.join(WORK, "audit.csv")
    r = run_audit(ret, summary, png, csv_out)
    check(r.returncode == 1, "audit exit 1 (findings): %d %s" % (r.returncode, r.stderr.strip()))
    nfind = len(findings_of(csv_out))
    wb_f = openpyxl.load_workbook(summary)
    wb_v = openpyxl.load_workbook(summary, data_only=True)
    check(wb_f.sheetnames == ["汇总", "问题", "图表", "图表数据"], "sheets %s" % wb_f.sheetnames)
    col, rows, total_row = check_summary_sheet(wb_v, nfind)
    check_totals(wb_f, wb_v, col, rows, total_row)
    check_problems(wb_v, nfind, ret, summary)
    check_charts(summary, wb_f)
    check_engines(summary, wb_f, wb_v)
    check_pictures(png, ret, summary, csv_out)
    print("%d passed, %d failed" % (len(CHECKS) - len(FAILS), len(FAILS)))
    sys.exit(1 if FAILS else 0)


if __name__ == "__main__":
    main()
