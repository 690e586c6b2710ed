#!/usr/bin/python3
"""jixiao-audit on workbooks saved again by real LibreOffice.

usage: test_audit_lo.py JIXIAO_AUDIT MKFIXTURE WORKDIR

A returned workbook has usually been opened and saved by an office, which
rewrites the shared strings, the styles and every formula's text and
cached value (the harness profile recalculates on load).  Checks:
  1. the fixture saved by LibreOffice audits clean: the map survives, the
     formulas read the same after normalising, Calc's values agree with
     the core's;
  2. an input changed in Calc and recalculated there still audits clean
     (the audit recomputes what Calc computes);
  3. a score formula overwritten in Calc with a number is found.
"""
import csv
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lo"))
from office import Office  # noqa: E402

AUDIT, MKFIXTURE, WORK = sys.argv[1:4]
SHEET = "项目支出绩效自评表"
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
    if p.returncode != 0:
        print(p.stdout + p.stderr)
    return p.returncode, found, rows[0]


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    src = os.path.join(WORK, "fixture.xlsx")
    subprocess.run([MKFIXTURE, src], check=True)
    saved = os.path.join(WORK, "lo-saved.xlsx")
    changed = os.path.join(WORK, "lo-changed.xlsx")
    overwritten = os.path.join(WORK, "lo-overwritten.xlsx")
    with Office(os.path.join(WORK, "office")) as o:
        d = o.open(src)
        o.save(d, saved, "xlsx")
        o.close(d)
        d = o.open(src)
        o.set(d, SHEET, "E7", 600)
        o.set(d, SHEET, "F15", 0.85)
        o.set(d, SHEET, "I18", "")
        o.set(d, SHEET, "F18", 1100)
        o.recalc(d)
        o.save(d, changed, "xlsx")
        o.close(d)
        d = o.open(src)
        o.set(d, SHEET, "H14", 20)
        o.recalc(d)
        o.save(d, overwritten, "xlsx")
        o.close(d)

    rc, found, book = audit(saved)
    check(rc == 0 and found == [], "saved by LibreOffice: clean (%s)" % found)
    check(book[11] == "92.93" and book[13] == "92.93 优", "totals after LibreOffice: %s" % book[11:14])
    rc, found, book = audit(changed)
    check(rc == 0 and found == [], "inputs changed and recalculated in Calc: clean (%s)" % found)
    check(book[11] == book[13].split()[0], "Calc's total equals the recomputed one: %s" % book[11:14])
    rc, found, _ = audit(overwritten)
    check(rc == 1 and found == [("formula-const", "H14")],
          "score overwritten in Calc: found (%s)" % found)
    print("%d failures" % len(FAILS))
    sys.exit(1 if FAILS else 0)


main()
