#!/usr/bin/python3
"""test_samples.py - the sample sheets, recalculated in real LibreOffice.

    /usr/bin/python3 tests/samples/test_samples.py --oxt build/jixiao.oxt --jxeval build/jxeval

For every sample-sheets/*.tsv: build it in a headless office with the add-in
installed as a user would, recalculate, and check
  1. every @expect line (the report's real mistakes must be flagged, the
     computed totals and grades must be what the rules give);
  2. every cell that calls one of our functions: its value in Calc must be
     exactly what the same function table computes natively on the core
     library (build/jxeval), for the argument values Calc holds.
Prints one line per failure and a closing "N passed, M failed" line.
"""

import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "sample-sheets"))
sys.path.insert(0, os.path.join(ROOT, "tests", "lo"))

import samples  # noqa: E402
from office import Office  # noqa: E402

CALL = re.compile(r"^=(?:ORG\.JIXIAO\.FUNCTIONS\.)?([A-Z]+)\((.*)\)$", re.S)
REF = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$")


def split_args(s):
    """Split a Calc argument list at top-level ';' (quotes and parentheses respected)."""
    out, depth, quote, cur = [], 0, False, ""
    for ch in s:
        if quote:
            cur += ch
            if ch == '"':
                quote = False
            continue
        if ch == '"':
            quote = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == ";" and depth == 0:
            out.append(cur)
            cur = ""
            continue
        cur += ch
    out.append(cur)
    return [a.strip() for a in out]


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def esc(text):
    return (text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\x1f", "\\u"))


def enc_cell(cell):
    from com.sun.star.table.CellContentType import EMPTY, VALUE, TEXT
    if cell.getError():
        return "x"
    t = cell.getType()
    if t == EMPTY:
        return "e"
    if t == VALUE:
        return "n:%r" % cell.getValue()
    if t == TEXT:
        return "s:" + esc(cell.getString())
    if cell.FormulaResultType2 == 1:
        return "n:%r" % cell.getValue()
    s = cell.getString()
    return "s:" + esc(s) if s else "e"


def enc_arg(xs, arg):
    """Encode one argument as jxeval reads it, or None when it is not simple."""
    if arg == "":
        return "v"
    if arg.startswith('"') and arg.endswith('"'):
        return "s:" + esc(arg[1:-1].replace('""', '"'))
    if re.match(r"^-?\d+(\.\d+)?%?$", arg):
        v = float(arg.rstrip("%")) / (100 if arg.endswith("%") else 1)
        return "n:%r" % v
    m = REF.match(arg)
    if not m:
        return None
    c1, r1 = col_index(m.group(1)), int(m.group(2)) - 1
    if not m.group(3):
        return enc_cell(xs.getCellByPosition(c1, r1))
    c2, r2 = col_index(m.group(3)), int(m.group(4)) - 1
    cells = [enc_cell(xs.getCellByPosition(c, r))
             for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]
    return "r:%dx%d:%s" % (r2 - r1 + 1, c2 - c1 + 1, "\x1f".join(cells))


def agree(calc, native):
    kind, _, rest = native.partition("\t")
    if kind == "err":
        return isinstance(calc, tuple) and calc[0] == "err"
    if isinstance(calc, tuple):
        return False
    if kind == "n":
        return isinstance(calc, float) and calc == float(rest)
    if kind == "b":
        return isinstance(calc, float) and calc == float(rest)
    text = rest.replace("\\t", "\t").replace("\\n", "\n").replace("\\\\", "\\")
    return (calc or "") == text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--jxeval", required=True)
    ap.add_argument("--work", default=None)
    args = ap.parse_args()
    work = args.work or tempfile.mkdtemp(prefix="jx-samples-")
    passed, failed = 0, 0
    names = set(subprocess.run([args.jxeval, "--list"], check=True, text=True,
                               stdout=subprocess.PIPE).stdout.split())
    native = subprocess.Popen([args.jxeval, "--lang", "zh"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, encoding="utf-8")
    # A Chinese UI, as the departments use: CHECK* messages come in Chinese.
    with Office(work, oxt=args.oxt, locale="zh-CN") as office:
        for path in sorted(glob.glob(os.path.join(ROOT, "sample-sheets", "*.tsv"))):
            base = os.path.basename(path)
            src = samples.Source(path)
            doc = samples.build(office, src)
            fails = samples.check_expects(office, doc, src)
            for f in fails:
                print("FAIL %s: %s" % (base, f))
            failed += len(fails)
            passed += len(src.expects) - len(fails)
            calls = 0
            for sh in src.sheets:
                xs = office.sheet(doc, sh.name)
                for r, row in enumerate(sh.rows):
                    for c, text in enumerate(row):
                        m = CALL.match(text)
                        if not m or m.group(1) not in names:
                            continue
                        enc = [enc_arg(xs, a) for a in split_args(m.group(2))]
                        if any(e is None for e in enc):
                            continue
                        native.stdin.write("\t".join([m.group(1)] + enc) + "\n")
                        native.stdin.flush()
                        want = native.stdout.readline().rstrip("\n")
                        got = office.value_of(xs.getCellByPosition(c, r))
                        calls += 1
                        if agree(got, want):
                            passed += 1
                        else:
                            failed += 1
                            print("FAIL %s: %s!%s%d %s: Calc %r, core %r" % (
                                base, sh.name, chr(65 + c) if c < 26 else "?", r + 1,
                                text, got, want))
            print("%s: %d expectations, %d add-in cells compared with the core" % (
                base, len(src.expects), calls))
            office.close(doc)
    native.stdin.close()
    native.wait()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
