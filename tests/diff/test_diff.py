#!/usr/bin/python3
"""Differential test of the portable formulas in two spreadsheet engines.

Part 1, blank templates: every table kind (`jixiao-template list`), blank
and with the seed specs, recalculated by headless LibreOffice
(tests/lo/office.py) and by Gnumeric (`ssconvert --recalc`): no cell of any
sheet may hold an error value.

Part 2, compiled rules: the generator (tests/diff/gen.c) writes a portable
workbook whose score cells are the formulas the core compiles
(src/core/formula.c), one row per (rule, actual) case, and a CSV with the
score the core computes for the same case ("" where the core refuses the
actual).  Both engines recalculate the workbook; every score cell must
equal the core's (a refused case must show no number).

Part 3, sentence rows of the real templates: both indicator tables made
from tests/template/data/spec-sentences.csv (the 规则 column holds the
sentences), filled with three sets of actuals and recalculated in
LibreOffice, saved as .xlsx and recalculated again by Gnumeric; each score
cell against jx_rule_score of the row's sentence (through ctypes).

usage: test_diff.py BUILD/jixiao-template BUILD/tests-diff/gen WORKDIR CORE.so
Prints `N passed, N failed` per engine; exit 1 on any failure.
"""

import csv
import glob
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "lo"))
from office import Office  # noqa: E402

BIN, GEN, WORK, CORE_SO = sys.argv[1:5]
DATA = os.path.join(ROOT, "tests", "template", "data")
ERR = re.compile(r"^#(NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A|UNKNOWN!)")

results = {"LibreOffice": [0, 0], "Gnumeric": [0, 0]}
failures = []


def record(engine, ok, what):
    results[engine][0 if ok else 1] += 1
    if not ok:
        failures.append("%s: %s" % (engine, what))


def run(*args):
    p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        sys.exit("%s failed (%d): %s" % (" ".join(args), p.returncode, p.stderr.strip()))
    return p.stdout


def blank_workbooks():
    """Every table kind blank, and the two indicator tables with seed specs."""
    books = []
    for line in run(BIN, "list").splitlines():
        name = line.split()[0]
        path = os.path.join(WORK, "blank-%s.xlsx" % name)
        run(BIN, name, "-o", path, "--force")
        books.append(path)
    for table in ("xmzc-zp", "bmzt-zp"):
        for spec in ("spec-002-yiliao.csv", "spec-003-hengyang.csv", "spec-directions.csv",
                     "spec-sentences.csv"):
            path = os.path.join(WORK, "spec-%s-%s.xlsx" % (table, spec[:-4]))
            run(BIN, table, "-o", path, "--force", "--spec", os.path.join(DATA, spec))
            books.append(path)
    return books


def gnumeric_sheets(path):
    """{sheet index: rows} of every sheet after `ssconvert --recalc`."""
    out = path[:-5] + ".gnm"
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    subprocess.run(["ssconvert", "--recalc", "-S", "-T", "Gnumeric_stf:stf_assistant",
                    "-O", "format=raw separator=, quoting-mode=auto", path,
                    os.path.join(out, "%n.csv")],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    sheets = {}
    for f in glob.glob(os.path.join(out, "*.csv")):
        with open(f, encoding="utf-8", newline="") as fh:
            sheets[int(os.path.basename(f)[:-4])] = list(csv.reader(fh))
    return sheets


def colname(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def gnumeric_errors(path):
    bad = []
    for idx, rows in sorted(gnumeric_sheets(path).items()):
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if ERR.match(v):
                    bad.append("sheet %d %s%d %s" % (idx, colname(c), r + 1, v))
    return bad


def lo_errors(office, path):
    from com.sun.star.sheet.FormulaResult import ERROR
    doc = office.open(path)
    office.recalc(doc)
    bad = []
    sheets = doc.getSheets()
    for i in range(sheets.getCount()):
        sh = sheets.getByIndex(i)
        found = sh.queryFormulaCells(ERROR)
        if found.getCount():
            bad.append("%s: %s" % (sh.getName(), found.getRangeAddressesAsString()))
    office.close(doc)
    return bad


def part_blank(office):
    for path in blank_workbooks():
        name = os.path.basename(path)
        bad = gnumeric_errors(path)
        record("Gnumeric", not bad, "%s: error values %s" % (name, bad[:5]))
        bad = lo_errors(office, path)
        record("LibreOffice", not bad, "%s: error values %s" % (name, bad[:5]))


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    with Office(os.path.join(WORK, "office")) as office:
        part_blank(office)
        part_rules(office)
        part_sentences(office)
    for f in failures[:40]:
        print("FAIL " + f)
    if len(failures) > 40:
        print("... %d more failures" % (len(failures) - 40))
    for engine, (p, f) in results.items():
        print("formula-diff %s: %d passed, %d failed" % (engine, p, f))
    sys.exit(1 if failures else 0)


def load_expected(path):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r, kind, value, label = line.rstrip("\n").split(",", 3)
            out.append((int(r), kind, value, label))
    return out


def agrees(kind, value, got):
    """The engine's cell against the core: the same number (both rounded by
    ROUND to 2 decimals, so equal up to the last printed digit), the same
    text, or no number at all where the core refuses."""
    if kind in ("r", "t"):
        return got in (None, "")
    if kind == "s":
        return got == value
    try:
        g = float(got)
    except (TypeError, ValueError):
        return False
    return abs(g - float(value)) <= 1e-9 * max(1.0, abs(float(value)))


def part_rules(office):
    book = os.path.join(WORK, "grid.xlsx")
    expected = os.path.join(WORK, "expected.csv")
    out = run(GEN, book, expected, os.path.join(HERE, "sentences.txt"),
              os.path.join(ROOT, "tests", "rules", "corpus"))
    lines = out.splitlines()
    refused = [l for l in lines if l.startswith("refused:")]
    uncompiled = [l for l in lines if l.startswith("not compiled:")]
    print("\n".join(l for l in lines if not l.startswith(("refused:", "not compiled:"))))
    print("sentences the core does not read, refused with the clause named (first 5 of %d):"
          % len(refused))
    print("\n".join("  " + l for l in refused[:5]))
    print("sentences the core reads but the compiler refuses: %d" % len(uncompiled))
    print("\n".join("  " + l for l in uncompiled))
    cases = load_expected(expected)
    last = max(r for r, _, _, _ in cases)

    rows = gnumeric_sheets(book)[0]
    for r, kind, value, label in cases:
        row = rows[r - 1] if r - 1 < len(rows) else []
        got = row[4] if len(row) > 4 else None
        record("Gnumeric", agrees(kind, value, got),
               "row %d %s: core %s %r, Gnumeric %r" % (r, label, kind, value, got))

    doc = office.open(book)
    office.recalc(doc)
    sheet = office.sheet(doc, 0)
    data = sheet.getCellRangeByName("E1:E%d" % last).getDataArray()
    errs = sheet.queryFormulaCells(4)    # FormulaResult.ERROR
    bad = errs.getRangeAddressesAsString()
    for r, kind, value, label in cases:
        got = data[r - 1][0]
        ok = agrees(kind, value, got) and not ("E%d" % r) in bad.split(",")
        record("LibreOffice", ok, "row %d %s: core %s %r, LibreOffice %r" % (r, label, kind, value, got))
    office.close(doc)


# --- Part 3: sentence rows of the real templates -------------------------

SENTENCE_SPEC = os.path.join(DATA, "spec-sentences.csv")
# (table, first indicator row, actual column, score column)
SENTENCE_TABLES = [("xmzc-zp", 14, "F", "H"), ("bmzt-zp", 16, "F", "I")]
FILLS = [
    [0.96, 1.0, "效果显著", 2, 0.06, 0.75, 0.85, 0.7],
    [0.94, 0.9, "效果良好", 30, 0.2, "不涉及", 0.65, 0.59],
    [96, 0.89, "一般", 0, 0, 1.2, 0.9, 0.8],
]


class CoreRules:
    """jx_rule_score through ctypes (the test build of the core)."""

    def __init__(self, so):
        import ctypes as C
        self.C = C
        self.lib = C.CDLL(so)

        class Actual(C.Structure):
            _fields_ = [("has_text", C.c_int), ("num", C.c_double),
                        ("text", C.c_char_p), ("len", C.c_size_t)]
        self.Actual = Actual

    def score(self, sentence, actual, points):
        C = self.C
        rule = C.create_string_buffer(1 << 16)
        raw = sentence.encode("utf-8")
        if self.lib.jx_rule_parse(raw, C.c_size_t(len(raw)), rule, None):
            raise ValueError("core refuses %r" % sentence)
        if isinstance(actual, str):
            t = actual.encode("utf-8")
            a = self.Actual(1, 0.0, t, len(t))
        else:
            a = self.Actual(0, float(actual), None, 0)
        out = C.c_double()
        err = self.lib.jx_rule_score(rule, C.byref(a), C.c_double(points), C.c_int(2),
                                     C.byref(out), None)
        return None if err else out.value


def spec_rows():
    with open(SENTENCE_SPEC, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [(r["规则"], float(r["分值"])) for r in rows]


def part_sentences(office):
    core = CoreRules(CORE_SO)
    rows = spec_rows()
    scored = 0
    for table, first, acol, scol in SENTENCE_TABLES:
        book = os.path.join(WORK, "sentences-%s.xlsx" % table)
        run(BIN, table, "-o", book, "--force", "--spec", SENTENCE_SPEC)
        for k, fill in enumerate(FILLS):
            doc = office.open(book)
            for i, value in enumerate(fill):
                office.set(doc, 0, "%s%d" % (acol, first + i), value)
            office.recalc(doc)
            filled = os.path.join(WORK, "sentences-%s-fill%d.xlsx" % (table, k))
            lo = [office.get(doc, 0, "%s%d" % (scol, first + i)) for i in range(len(fill))]
            office.save(doc, filled, "xlsx")
            office.close(doc)
            gn_rows = gnumeric_sheets(filled)[0]
            col = ord(scol) - ord("A")
            for i, value in enumerate(fill):
                sentence, points = rows[i]
                want = core.score(sentence, value, points)
                kind, wv = ("r", "") if want is None else ("n", repr(want))
                scored += want is not None
                what = "%s fill %d row %d %s actual %r" % (table, k, first + i, sentence, value)
                record("LibreOffice", agrees(kind, wv, lo[i]),
                       "%s: core %r, LibreOffice %r" % (what, want, lo[i]))
                got = gn_rows[first + i - 1][col] if len(gn_rows) >= first + i else None
                record("Gnumeric", agrees(kind, wv, got), "%s: core %r, Gnumeric %r" % (what, want, got))
    print("sentence rows: %d scored by the core, %d refused" %
          (scored, len(SENTENCE_TABLES) * len(FILLS) * len(rows) - scored))


if __name__ == "__main__":
    main()
