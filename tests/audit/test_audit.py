#!/usr/bin/python3
"""Tamper tests for jixiao-audit.

usage: test_audit.py JIXIAO_AUDIT MKFIXTURE WORKDIR

Writes a fixture workbook (tests/audit/mkfixture.c), makes copies with one
change each by editing the XML inside the zip (as a user editing the
workbook in an office would leave it), runs the audit on each and checks
that it reports exactly the expected findings, and nothing on the
untouched copy.  Also checks the command line: directories, exit codes,
the CSV (BOM, one row per workbook and per finding) and the summary xlsx.
"""
import csv
import os
import re
import shutil
import subprocess
import sys
import zipfile

AUDIT, MKFIXTURE, WORK = sys.argv[1:4]
SHEET_PART = "xl/worksheets/sheet1.xml"
FAILS = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        FAILS.append(what)


def rewrite(src, dst, part, fn):
    """Copy zip src to dst with part replaced by fn(text)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == part:
                new = fn(data.decode("utf-8"))
                assert new != data.decode("utf-8"), "tamper of %s changed nothing" % dst
                data = new.encode("utf-8")
            zout.writestr(item, data)


def cell_re(ref):
    return re.compile(r'<c r="%s"[^>]*?(/>|>.*?</c>)' % ref, re.S)


def drop_formula(ref, value=None):
    """Type a constant over a formula cell (optionally a new value)."""
    def fn(xml):
        m = cell_re(ref).search(xml)
        cell = m.group(0)
        new = re.sub(r"<f>.*?</f>", "", cell, flags=re.S)
        if value is not None:
            new = re.sub(r"<v>.*?</v>", "<v>%s</v>" % value, new)
            new = re.sub(r' t="(str|s)"', "", new)
        return xml.replace(cell, new)
    return fn


def set_formula(ref, formula):
    def fn(xml):
        cell = cell_re(ref).search(xml).group(0)
        return xml.replace(cell, re.sub(r"<f>.*?</f>", "<f>%s</f>" % formula, cell, flags=re.S))
    return fn


def set_value(ref, value):
    """Change a typed number (no recalculation: cached formulas stay)."""
    def fn(xml):
        cell = cell_re(ref).search(xml).group(0)
        return xml.replace(cell, re.sub(r"<v>.*?</v>", "<v>%s</v>" % value, cell))
    return fn


def delete_cell(ref):
    def fn(xml):
        return cell_re(ref).sub("", xml, count=1)
    return fn


def unprotect(xml):
    return re.sub(r"<sheetProtection[^>]*/>", "", xml)


def drop_map_sheet(xml):
    return re.sub(r'<sheet name="_jixiao"[^>]*/>', "", xml)


# The audit speaks English when the locale starts with en: these checks
# expect its default (Chinese) unless they pass --lang or set the locale.
ENV = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
ENV["LANG"] = "C.UTF-8"


def run(*args, env=None):
    p = subprocess.run([AUDIT, *args], capture_output=True, text=True, env=env or ENV)
    return p.returncode, p.stdout, p.stderr


def findings(path):
    """(code, cell) of each finding, and the workbook row, via --csv."""
    out = os.path.join(WORK, "one.csv")
    rc, stdout, stderr = run("--force", "--lang", "en", "--csv", out, path)
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))[1:]
    book = [r for r in rows if r[4] in ("workbook", "skipped")]
    found = sorted((r[4], r[7]) for r in rows if r[4] not in ("workbook", "skipped"))
    return rc, found, book[0], stdout


def expect(name, path, want, rc_want=1):
    rc, found, book, stdout = findings(path)
    ok = rc == rc_want and found == sorted(want)
    check(ok, "%s: %s" % (name, want))
    if not ok:
        print("     rc=%d found=%s\n%s" % (rc, found, stdout))
    return book


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    clean = os.path.join(WORK, "clean.xlsx")
    subprocess.run([MKFIXTURE, clean], check=True)

    book = expect("untouched fixture audits clean", clean, [], 0)
    check(book[11] == "92.93" and book[12] == "优" and book[13] == "92.93 优",
          "computed and stated total and grade: %s" % book[11:14])
    with zipfile.ZipFile(clean) as z:
        wbxml = z.read("xl/workbook.xml").decode()
    check('name="_jixiao"' in wbxml and 'state="veryHidden"' in wbxml, "map sheet is very hidden")

    cases = [
        ("score formula overwritten with its own value", SHEET_PART, drop_formula("H14"),
         [("formula-const", "H14")]),
        ("total overwritten with 95", SHEET_PART, drop_formula("H21", 95),
         [("formula-const", "H21"), ("mismatch", "H21")]),
        ("total overwritten with 75 (grade left 优)", SHEET_PART, drop_formula("H21", 75),
         [("formula-const", "H21"), ("mismatch", "H21"), ("mismatch", "B22")]),
        ("score formula replaced by another formula", SHEET_PART, set_formula("H14", "G14"),
         [("formula-changed", "H14")]),
        ("protection removed", SHEET_PART, unprotect, [("unprotected", "")]),
        ("偏差原因 deleted where score < points", SHEET_PART, delete_cell("I15"),
         [("no-reason", "I15")]),
        ("reason of a 150% over-achievement deleted", SHEET_PART, delete_cell("I18"),
         [("over-no-reason", "I18")]),
        ("spent changed without recalculation", SHEET_PART, set_value("E7", 600),
         [("mismatch", "G7"), ("mismatch", "H7")]),
        ("qualitative score outside its tier", SHEET_PART, set_value("H20", 3),
         [("mismatch", "H20"), ("mismatch", "H21")]),
        ("an actual value blanked", SHEET_PART, delete_cell("F14"), [("input-blank", "F14")]),
        ("points changed so they add up to 105", SHEET_PART, set_value("G14", 25),
         [("mismatch", "F7,G14:G20"), ("mismatch", "G21"), ("mismatch", "H14"),
          ("no-reason", "I14")]),
    ]
    for i, (name, part, fn, want) in enumerate(cases):
        path = os.path.join(WORK, "t%02d.xlsx" % i)
        rewrite(clean, path, part, fn)
        expect(name, path, want)

    # The total overwritten: the computed total stays the recomputed one.
    path = os.path.join(WORK, "t01.xlsx")
    rc, found, book, _ = findings(path)
    check(book[11] == "92.93" and book[13] == "95 优", "overwritten total: computed 92.93, stated 95")

    # Not audited: no map, not a zip, OLE, truncated zip.
    nomap = os.path.join(WORK, "nomap.xlsx")
    rewrite(clean, nomap, "xl/workbook.xml", drop_map_sheet)
    _, _, book, _ = findings(nomap)
    check(book[4] == "skipped" and "not made from a jixiao template" in book[10],
          "workbook without _jixiao is skipped: %s" % book[10])
    ole = os.path.join(WORK, "ole.xlsx")
    with open(ole, "wb") as f:
        f.write(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504)
    _, _, book, _ = findings(ole)
    check("encrypted or legacy .xls" in book[10], "OLE file: %s" % book[10])
    trunc = os.path.join(WORK, "trunc.xlsx")
    with open(clean, "rb") as f:
        data = f.read()
    with open(trunc, "wb") as f:
        f.write(data[: len(data) // 2])
    _, _, book, _ = findings(trunc)
    check(book[4] == "skipped" and "zip" in book[10], "truncated zip: %s" % book[10])

    # A directory: only *.xlsx, sorted; findings -> exit 1; outputs written.
    d = os.path.join(WORK, "dir")
    os.makedirs(d)
    shutil.copy(clean, os.path.join(d, "b-clean.xlsx"))
    shutil.copy(os.path.join(WORK, "t00.xlsx"), os.path.join(d, "a-tampered.xlsx"))
    shutil.copy(ole, os.path.join(d, "c-ole.xlsx"))
    shutil.copy(clean, os.path.join(d, "~$lock.xlsx"))
    with open(os.path.join(d, "notes.txt"), "w") as f:
        f.write("not a workbook")
    csv_out, xlsx_out = os.path.join(WORK, "dir.csv"), os.path.join(WORK, "dir.xlsx")
    rc, stdout, stderr = run("--csv", csv_out, "--xlsx", xlsx_out, d)
    lines = [l for l in stdout.splitlines() if not l.startswith(" ")]
    check(rc == 1 and len(lines) == 4 and "a-tampered" in lines[0] and "b-clean" in lines[1]
          and "c-ole" in lines[2] and "~$lock" in lines[3] and "忽略" in lines[3],
          "directory scan: 3 workbooks sorted, the lock file listed as ignored, exit 1")
    with open(csv_out, "rb") as f:
        raw = f.read()
    check(raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw, "CSV has a BOM and CRLF")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    check(len(rows) == 1 + 4 + 1 and [r[4] for r in rows].count("ignored") == 1,
          "CSV: header, 3 workbook rows, the lock file, 1 finding (%d rows)" % len(rows))
    import openpyxl
    wb = openpyxl.load_workbook(xlsx_out)
    s, f = wb.worksheets
    check(s.max_row == 5 and f.max_row == 2 and s.freeze_panes == "A2" and s.auto_filter.ref,
          "summary xlsx: 4 entries, 1 finding, frozen and filtered header")
    check(s.cell(3, 5).value == 92.93 and s.cell(3, 6).value == "优", "summary xlsx totals")

    # Run again with the summary inside the scanned directory: it is not audited.
    inside = os.path.join(d, "summary.xlsx")
    run("--xlsx", inside, d)
    rc, stdout, _ = run("--force", "--xlsx", inside, d)
    lines = [l for l in stdout.splitlines() if not l.startswith(" ")]
    check(len(lines) == 5 and "summary.xlsx: 忽略: 本次运行写出的报告" in stdout,
          "the summary written into DIR is listed as this run's report, not audited")

    rc, stdout, _ = run(clean)
    check(rc == 0 and "92.93" in stdout, "clean file alone: exit 0")
    rc, _, _ = run(os.path.join(WORK, "missing.xlsx"))
    check(rc == 2, "missing file: exit 2")
    rc, _, err = run("--bogus", clean)
    check(rc == 2 and err.startswith("jixiao-audit: 未知选项\n"), "unknown option: exit 2, in Chinese")
    rc, _, err = run("--bogus", "--lang", "en", clean)
    check(rc == 2 and err.startswith("jixiao-audit: unknown option\n"),
          "unknown option with --lang en (given after it): in English (%r)" % err[:40])
    rc, _, err = run("--bogus", clean, env=dict(ENV, LANG="en_US.UTF-8"))
    check(rc == 2 and err.startswith("jixiao-audit: unknown option\n"), "LANG=en_US: in English")
    rc, _, err = run("--bogus", clean, env=dict(ENV, LANG="en_US.UTF-8", LC_ALL="zh_CN.UTF-8"))
    check(rc == 2 and err.startswith("jixiao-audit: 未知选项\n"), "LC_ALL=zh_CN wins over LANG")
    rc, _, err = run("--lang", "en", "--csv", os.path.join(WORK, "report.csv"), "--xlsx",
                     os.path.join(WORK, "report.csv"), clean)
    check(rc == 2 and "two outputs name the same file" in err, "two outputs, one file: in English")
    rc, _, err = run("--csv", os.path.join(WORK, "report.csv"), "--xlsx",
                     os.path.join(WORK, "report.csv"), clean)
    check(rc == 2 and "两个输出指向同一个文件" in err, "two outputs, one file: in Chinese")
    rc, _, _ = run()
    check(rc == 2, "no arguments: exit 2")
    rc, _, err = run("--csv", os.path.join(WORK, "no", "such", "dir.csv"), clean)
    check(rc == 2 and "jixiao-audit: 无法写出 " in err, "unwritable CSV: exit 2, said in Chinese")
    rc, _, err = run("--lang", "en", "--csv", os.path.join(WORK, "no", "such", "dir.csv"), clean)
    check(rc == 2 and "jixiao-audit: cannot write " in err, "unwritable CSV with --lang en: in English")
    afile = os.path.join(WORK, "not-a-folder")
    with open(afile, "w") as f:
        f.write("x")
    rc, _, err = run("--png", afile, clean)
    check(rc == 2 and "不是文件夹" in err, "--png naming a file: refused in Chinese (%r)" % err[-60:])
    rc, _, err = run("--lang", "en", "--png", afile, clean)
    check(rc == 2 and "not a folder" in err, "--png naming a file: refused in English")
    rc, stdout, _ = run("--help")
    check(rc == 0 and "Exit status" in stdout, "--help documents the exit status")

    print("%d failures" % len(FAILS))
    sys.exit(1 if FAILS else 0)


main()
