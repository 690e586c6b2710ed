#!/usr/bin/python3
"""jixiao-audit on workbooks made by jixiao-template itself.

usage: test_audit_template.py JIXIAO_AUDIT JIXIAO_TEMPLATE WORKDIR

Makes a 项目支出绩效自评表 with the seed 002 医疗救助 indicators, fills it in
real LibreOffice as a department would (actual values, reasons), lets Calc
recalculate and save, and checks:
  1. the blank template: only the actual values are reported missing;
  2. the filled workbook audits clean, Calc's total equals the recomputed one;
  3. in a copy filled the same way, a score typed over its formula and a
     reason left out (of a 150 % over-achievement) are found, and nothing else.
Needs the template tool to write the _jixiao map (docs/AUDIT-MAP.md).
"""
import csv
import os
import shutil
import subprocess
import sys

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
    p = subprocess.run([AUDIT, "--lang", "en", "--csv", out, path], capture_output=True, text=True)
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))[1:]
    found = sorted((r[4], r[7]) for r in rows if r[4] not in ("workbook", "skipped"))
    if p.returncode not in (0, 1):
        print(p.stdout + p.stderr)
    return p.returncode, found, rows[0]


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
    check(rc == 1 and found == sorted(("input-blank", c) for c in ACTUALS),
          "blank template: only the actual values are missing (%s)" % found)

    filled = os.path.join(WORK, "filled.xlsx")
    tampered = os.path.join(WORK, "tampered.xlsx")
    with Office(os.path.join(WORK, "office")) as o:
        for out, extra in ((filled, {}), (tampered, {"H15": 20, "I16": ""})):
            d = o.open(blank)
            for ref, v in list(ACTUALS.items()) + list(REASONS.items()) + list(extra.items()):
                o.set(d, SHEET, ref, v)
            o.recalc(d)
            o.save(d, out, "xlsx")
            o.close(d)

    rc, found, book = audit(filled)
    check(rc == 0 and found == [], "filled in Calc: clean (%s)" % found)
    check(book[11] == book[13].split()[0] and book[12] == book[13].split()[1],
          "Calc's total and grade equal the recomputed ones: %s" % book[11:14])
    rc, found, book = audit(tampered)
    want = [("formula-const", "H15"), ("mismatch", "H15"), ("over-no-reason", "I16")]  # 150 %
    check(rc == 1 and found == sorted(want), "typed score and missing reason found (%s)" % found)
    print("%d failures" % len(FAILS))
    sys.exit(1 if FAILS else 0)


main()
