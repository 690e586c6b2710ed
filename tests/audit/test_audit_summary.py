#!/usr/bin/python3
"""The bureau's 汇总 workbook: jixiao-audit --summary (issue 12 section 2).

usage: test_audit_summary.py JIXIAO_AUDIT MKFIXTURE JIXIAO_TEMPLATE WORKDIR

A folder of returned workbooks (the fixture clean, with an actual value
changed, with the total overwritten; a blank jixiao-template form; an OLE
file; an office lock file) is summarised and the workbook read back:
  - 汇总: one row per returned workbook (the lock file left out), sorted by
    unit and project; status 通过 / 有问题 N 处 (N as in the CSV) / 未填写 /
    跳过; totals and the average equal the sums of the workbooks' own cells;
    frozen, filtered header; A4 landscape;
  - 问题: every finding, its cell a link into its workbook;
  - 图表: three charts whose series name the right ranges; grade counts;
  - LibreOffice recalculates the formulas to the same values, Gnumeric
    converts the workbook without error.
"""
import csv
import os
import re
import shutil
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lo"))
from office import Office  # noqa: E402

AUDIT, MKFIXTURE, TEMPLATE, WORK = sys.argv[1:5]
SHEET = "xl/worksheets/sheet1.xml"
PASSES, FAILS = [], []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    (PASSES if cond else FAILS).append(what)


def rewrite(src, dst, fn):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == SHEET:
                data = fn(data.decode()).encode()
            zout.writestr(item.filename, data)


def main():
    import openpyxl
    shutil.rmtree(WORK, ignore_errors=True)
    d = os.path.join(WORK, "returned")
    os.makedirs(d)
    clean = os.path.join(d, "a-clean.xlsx")
    subprocess.run([MKFIXTURE, clean], check=True)
    rewrite(clean, os.path.join(d, "b-actual.xlsx"),
            lambda x: re.sub(r'(<c r="F14"[^>]*><v>)[^<]*', r"\g<1>100", x, count=1))
    rewrite(clean, os.path.join(d, "c-total.xlsx"),
            lambda x: re.sub(r'(<c r="H21"[^>]*>)<f>.*?</f><v>[^<]*', r"\g<1><v>75", x, count=1))
    subprocess.run([TEMPLATE, "xmzc-zp", "--budget", "200", "--spent", "150", "--unit", "乙单位",
                    "--project", "空白项目", "--year", "2024", "-o", os.path.join(d, "d-blank.xlsx"),
                    "--force"], check=True, capture_output=True)
    with open(os.path.join(d, "e-ole.xlsx"), "wb") as f:
        f.write(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504)
    shutil.copy(clean, os.path.join(d, "~$a-clean.xlsx"))

    summary, csv_out = os.path.join(WORK, "汇总.xlsx"), os.path.join(WORK, "all.csv")
    p = subprocess.run([AUDIT, "--summary", summary, "--csv", csv_out, d], capture_output=True)
    check(p.returncode == 1 and os.path.exists(summary), "--summary written, exit 1 (rc=%d %s)"
          % (p.returncode, p.stderr.decode(errors="replace").strip()))
    with open(csv_out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))[1:]
    nfind = {}
    for r in rows:
        if r[4] not in ("workbook", "skipped", "unfilled", "ignored"):
            nfind[r[0]] = nfind.get(r[0], 0) + 1

    wb = openpyxl.load_workbook(summary, data_only=True)
    wf = openpyxl.load_workbook(summary)
    check(wb.sheetnames == ["汇总", "问题", "图表"], "sheets 汇总, 问题, 图表 (%s)" % wb.sheetnames)
    s = wb["汇总"]
    body = [r for r in s.iter_rows(min_row=2, values_only=True) if r[0] and r[0] not in ("合计", "平均")]
    files = [os.path.basename(r[0]) for r in body]
    check(sorted(files) == ["a-clean.xlsx", "b-actual.xlsx", "c-total.xlsx", "d-blank.xlsx", "e-ole.xlsx"],
          "one row per returned workbook, the lock file left out (%s)" % files)
    keys = [(r[1] or "", r[2] or "", r[0]) for r in body]
    check(keys == sorted(keys), "rows sorted by unit, project, file")
    status = {os.path.basename(r[0]): r[9] for r in body}
    want = {"a-clean.xlsx": "通过", "d-blank.xlsx": "未填写", "e-ole.xlsx": "跳过",
            "b-actual.xlsx": "有问题 %d 处" % nfind.get(os.path.join(d, "b-actual.xlsx"), 0),
            "c-total.xlsx": "有问题 %d 处" % nfind.get(os.path.join(d, "c-total.xlsx"), 0)}
    check(status == want and nfind, "status per workbook (%s)" % status)
    check(s.freeze_panes == "A2" and s.auto_filter.ref and s.page_setup.orientation == "landscape"
          and str(s.page_setup.paperSize) == "9", "frozen, filtered header; A4 landscape")

    # totals from the workbooks' own cells
    budgets, spents = [], []
    for name in ("a-clean.xlsx", "b-actual.xlsx", "c-total.xlsx", "d-blank.xlsx"):
        ws = openpyxl.load_workbook(os.path.join(d, name), data_only=True).worksheets[0]
        budgets.append(ws["D7"].value)
        spents.append(ws["E7"].value)
    total = next(r for r in s.iter_rows(min_row=2) if r[0].value == "合计")
    average = next(r for r in s.iter_rows(min_row=2) if r[0].value == "平均")
    check(abs(total[4].value - sum(budgets)) < 1e-9 and abs(total[5].value - sum(spents)) < 1e-9,
          "合计 = the sum of the workbooks' 全年预算数 and 全年执行数 (%s, %s)"
          % (total[4].value, total[5].value))
    scores = [r[7] for r in body if r[7] is not None]
    check(len(scores) == 3 and abs(average[7].value - sum(scores) / 3) < 1e-9,
          "平均 = the mean of the audited totals (%s)" % average[7].value)
    ftotal = next(r for r in wf["汇总"].iter_rows(min_row=2) if r[0].value == "合计")
    check(str(ftotal[4].value).startswith("=IFERROR(SUM(E2:E"), "合计 is a live formula (%s)" % ftotal[4].value)

    q = wf["问题"]
    links = [(c.hyperlink.target, c.hyperlink.location, c.value) for c in q["F"][1:] if c.hyperlink]
    check(q.max_row - 1 == sum(nfind.values()) and len(links) == q.max_row - 1 and
          all(t.startswith("file:///") and re.search(r"/returned/[bc]-\w+\.xlsx$", t) and
              loc == "'项目支出绩效自评表'!" + v for t, loc, v in links),
          "问题: every finding, cells linked into their workbooks (%d findings, %d links, e.g. %s)"
          % (q.max_row - 1, len(links), links[:1]))

    with zipfile.ZipFile(summary) as z:
        charts = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
        refs = [re.findall(r"<c:f>([^<]*)</c:f>", z.read(n).decode()) for n in charts]
    last = len(body) + 1
    check(refs == [["'图表'!$A$2:$A$5", "'图表'!$B$2:$B$5"],
                   ["'汇总'!$B$2:$B$%d" % last, "'汇总'!$G$2:$G$%d" % last],
                   ["'图表'!$A$8:$A$12", "'图表'!$B$8:$B$12"]],
          "three charts over the right ranges (%s)" % refs)
    g = wb["图表"]
    grades = {g.cell(r, 1).value: g.cell(r, 2).value for r in range(2, 6)}
    want_g = {k: sum(1 for r in body if r[8] == k) for k in "优良中差"}
    check(grades == want_g, "grade counts (%s)" % grades)

    with Office(os.path.join(WORK, "office")) as o:
        doc = o.open(summary)
        o.recalc(doc)
        lo_total = o.get(doc, "汇总", "E%d" % (last + 1))
        lo_avg = o.get(doc, "汇总", "H%d" % (last + 2))
        lo_you = o.get(doc, "图表", "B2")
        o.close(doc)
    check(abs(lo_total - sum(budgets)) < 1e-6 and abs(lo_avg - sum(scores) / 3) < 1e-6
          and lo_you == want_g["优"], "LibreOffice recalculates the same totals and counts (%s, %s, %s)"
          % (lo_total, lo_avg, lo_you))
    gn = subprocess.run(["ssconvert", "-S", summary, os.path.join(WORK, "gn-%n.csv")],
                        capture_output=True, timeout=300)
    check(gn.returncode == 0 and os.path.exists(os.path.join(WORK, "gn-0.csv")),
          "Gnumeric reads the summary (%s)" % gn.stderr.decode(errors="replace")[-200:])
    print("%d passed, %d failed" % (len(PASSES), len(FAILS)))
    sys.exit(1 if FAILS else 0)


main()
