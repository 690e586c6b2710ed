#!/usr/bin/python3
"""jixiao-audit on workbooks made by jixiao-template itself.

usage: test_audit_template.py JIXIAO_AUDIT JIXIAO_TEMPLATE WORKDIR

Makes a 项目支出绩效自评表 with the seed 002 医疗救助 indicators, fills it in
real LibreOffice as a department would (actual values, reasons), lets Calc
recalculate and save, and checks:
  1. the blank template, as written and saved again unchanged by LibreOffice
     and by Gnumeric: reported once as unfilled (未填写), without a grade or
     findings, exit 0 (issue 11 item 9);
  2. the filled workbook audits clean, Calc's total equals the recomputed one;
  3. in a copy filled the same way, a score typed over its formula and a
     reason left out (of a 150 % over-achievement) are found, and nothing else.
  4. the filled workbook and the tampered copy saved again by Gnumeric
     (ssconvert writes 0.7 as 0.699999999999999999989, G30:G30 as G30) give
     the same findings: no false "formula changed"; a real change of a
     formula in the Gnumeric-saved file is still found.
Needs the template tool to write the _jixiao map (docs/AUDIT-MAP.md).
"""
import csv
import os
import shutil
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lo"))
from office import Office  # noqa: E402

AUDIT, TEMPLATE, WORK = sys.argv[1:4]
HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = os.path.join(HERE, "..", "template", "data", "spec-002-yiliao.csv")
SHEET = "项目支出绩效自评表"
ACTUALS = {"F14": 31000, "F15": 19000, "F16": 15000, "F17": 0.72, "F18": 0.65, "F19": 0.9,
           "F20": 0.96, "F21": 0.97}
REASONS = {"I15": "参保人数下降", "I16": "门诊需求增加", "I18": "部分地区报销比例未达标"}
FAILS = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        FAILS.append(what)


def audit(path):
    out = path + ".csv"
    p = subprocess.run([AUDIT, "--lang", "en", "--csv", out, path], capture_output=True, text=True,
                       errors="replace")
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))[1:]
    found = sorted((r[4], r[7]) for r in rows if r[4] not in ("workbook", "skipped", "unfilled"))
    if p.returncode not in (0, 1):
        print(p.stdout + p.stderr)
    return p.returncode, found, rows[0]


def gnumeric(src, dst):
    """Save src again with Gnumeric (ssconvert), as a department using it would."""
    subprocess.run(["ssconvert", src, dst], check=True, capture_output=True, timeout=300)


def edit_formula(src, dst, ref, old, new):
    """Copy src with `old` replaced by `new` in the formula of cell ref."""
    import re
    done = False
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/") and not done:
                text = data.decode("utf-8")
                m = re.search(r'<c r="%s"[^>]*>.*?</c>' % ref, text, re.S)
                if m and old in m.group(0):
                    text = text.replace(m.group(0), m.group(0).replace(old, new, 1))
                    data, done = text.encode("utf-8"), True
            zout.writestr(item, data)
    assert done, "no formula with %s in %s of %s" % (old, ref, src)


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    blank = os.path.join(WORK, "blank.xlsx")
    subprocess.run([TEMPLATE, "xmzc-zp", "--spec", SPEC, "--budget", "889.39", "--spent", "774.79",
                    "--unit", "渝水区医疗保障局", "--project", "医疗救助", "--year", "2024",
                    "-o", blank, "--force"], check=True)
    rc, found, book = audit(blank)
    if book[4] == "skipped":
        sys.exit("jixiao-template wrote no usable _jixiao map: %s" % book[10])
    check(rc == 0 and found == [] and book[4] == "unfilled" and book[11:14] == ["", "", ""],
          "blank template: unfilled, no grade, no findings, exit 0 (rc=%d %s %s)" % (rc, found, book))

    filled = os.path.join(WORK, "filled.xlsx")
    tampered = os.path.join(WORK, "tampered.xlsx")
    blank_lo = os.path.join(WORK, "blank-lo.xlsx")
    with Office(os.path.join(WORK, "office")) as o:
        d = o.open(blank)
        o.save(d, blank_lo, "xlsx")
        o.close(d)
        for out, extra in ((filled, {}), (tampered, {"H15": 20, "I16": ""})):
            d = o.open(blank)
            for ref, v in list(ACTUALS.items()) + list(REASONS.items()) + list(extra.items()):
                o.set(d, SHEET, ref, v)
            o.recalc(d)
            o.save(d, out, "xlsx")
            o.close(d)

    blank_gn = os.path.join(WORK, "blank-gn.xlsx")
    gnumeric(blank, blank_gn)
    for name, path in (("LibreOffice", blank_lo), ("Gnumeric", blank_gn)):
        rc, found, book = audit(path)
        check(rc == 0 and found == [] and book[4] == "unfilled",
              "blank template saved by %s: unfilled (rc=%d %s %s)" % (name, rc, found, book[4:11]))
    rc, found, book = audit(filled)
    check(rc == 0 and found == [], "filled in Calc: clean (%s)" % found)
    check(book[11] == book[13].split()[0] and book[12] == book[13].split()[1],
          "Calc's total and grade equal the recomputed ones: %s" % book[11:14])
    rc, found, book = audit(tampered)
    want = [("formula-const", "H15"), ("mismatch", "H15"), ("over-no-reason", "I16")]  # 150 %
    check(rc == 1 and found == sorted(want), "typed score and missing reason found (%s)" % found)
    # Gnumeric: the same workbooks saved again give the same findings.
    filled_gn, tampered_gn = os.path.join(WORK, "filled-gn.xlsx"), os.path.join(WORK, "tampered-gn.xlsx")
    gnumeric(filled, filled_gn)
    gnumeric(tampered, tampered_gn)
    with zipfile.ZipFile(filled_gn) as z:
        sheet = next(n for n in z.namelist() if n.startswith("xl/worksheets/"))
        rewritten = "0.699999999999999999989" in z.read(sheet).decode()
    check(rewritten, "Gnumeric rewrote 0.7 as 0.699999999999999999989 (the case this tests)")
    rc, found, book = audit(filled_gn)
    check(rc == 0 and found == [], "filled, saved by Gnumeric: clean (%s)" % found)
    rc, found, book = audit(tampered_gn)
    check(rc == 1 and found == sorted(want), "tampered, saved by Gnumeric: same findings (%s)" % found)
    changed = os.path.join(WORK, "changed-gn.xlsx")
    edit_formula(filled_gn, changed, "H17", "0.699999999999999999989", "0.6")
    rc, found, book = audit(changed)
    check(rc == 1 and found == [("formula-changed", "H17")],
          "a real change of a formula in a Gnumeric file is found (%s)" % found)
    print("%d failures" % len(FAILS))
    sys.exit(1 if FAILS else 0)


main()
