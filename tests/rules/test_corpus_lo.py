#!/usr/bin/env python3
"""The 评扣分标准 corpus through the real add-in in real LibreOffice.

    /usr/bin/python3 tests/rules/test_corpus_lo.py OXT JXEVAL CORPUS_DIR WORKDIR

Every case of tests/rules/corpus/*.tsv becomes a row of one Calc sheet: the
actual (a number when the corpus writes a bare number, else the text as
typed), the sentence, the points and =RULESCORE(A;B;C) through the installed
extension.  jxeval computes the same call natively (the add-in's function
table on the core, tests/samples/jxeval.c); run_corpus already compares that
with the corpus and with jx_rule_score directly.  Here every cell must agree
with jxeval to the bit, and a refusal must be an error cell (Err:502): the
UNO layer neither loses nor changes a case.  Prints "N passed, N failed".
"""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lo"))
from office import Office  # noqa: E402

F = "ORG.JIXIAO.FUNCTIONS."


NUMBER = re.compile(r"\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)? *")


def bare_number(text):
    """The corpus runner's rule (run_corpus.c): a bare number is a number cell."""
    return float(text) if NUMBER.fullmatch(text) else None


def read_cases(corpus_dir):
    cases = []
    for path in sorted(Path(corpus_dir).glob("*.tsv")):
        header = False
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line or line.startswith("#"):
                continue
            if not header:
                header = True
                continue
            col = line.split("\t")
            sentence = col[3].replace("\\n", "\n")
            cases.append(("%s:%d %s" % (path.name, n, col[0]), col[4], sentence, float(col[2])))
    return cases


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def native(jxeval, cases):
    lines = []
    for _, actual, sentence, points in cases:
        num = bare_number(actual)
        a = "n:%r" % num if num is not None else "s:" + escape(actual)
        lines.append("RULESCORE\t%s\ts:%s\tn:%r" % (a, escape(sentence), points))
    out = subprocess.run([jxeval, "--lang", "zh"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True).stdout.splitlines()
    if len(out) != len(cases):
        sys.exit("jxeval answered %d lines for %d cases" % (len(out), len(cases)))
    result = []
    for line in out:
        kind, _, rest = line.partition("\t")
        result.append(float(rest) if kind == "n" else ("err", rest.split("\t")[0]))
    return result


def main():
    oxt, jxeval, corpus_dir, workdir = sys.argv[1:5]
    cases = read_cases(corpus_dir)
    want = native(jxeval, cases)
    shutil.rmtree(os.path.join(workdir, "office"), ignore_errors=True)
    os.makedirs(workdir, exist_ok=True)
    fails = 0
    with Office(os.path.join(workdir, "office"), oxt=oxt) as office:
        doc = office.new()
        sheet = office.sheet(doc, 0)
        rows = []
        for i, (_, actual, sentence, points) in enumerate(cases):
            num = bare_number(actual)
            rows.append((num if num is not None else actual, sentence, points))
        n = len(rows)
        sheet.getCellRangeByName("A1:C%d" % n).setDataArray(tuple(rows))
        # setDataArray turns a text that looks like a number into one: put texts back as texts
        for i, (a, _, _) in enumerate(rows):
            if isinstance(a, str):
                sheet.getCellByPosition(0, i).setString(a)
        sheet.getCellRangeByName("D1:D%d" % n).setFormulaArray(
            tuple(("=%sRULESCORE(A%d;B%d;C%d)" % (F, r, r, r),) for r in range(1, n + 1)))
        office.recalc(doc)
        got = [office.value_of(sheet.getCellByPosition(3, i)) for i in range(n)]
        office.close(doc)
    for (where, actual, _, _), w, g in zip(cases, want, got):
        if isinstance(w, float):
            ok = isinstance(g, float) and g == w
        else:
            ok = isinstance(g, tuple) and g[0] == "err" and g[1] == 502
        if not ok:
            fails += 1
            if fails <= 20:
                print("FAIL %s [%s]: Calc %r, jxeval %r" % (where, actual, g, w))
    print("corpus in LibreOffice: %d cases (%d scored, %d refused)"
          % (len(cases), sum(isinstance(w, float) for w in want),
             sum(not isinstance(w, float) for w in want)))
    print("%d passed, %d failed" % (len(cases) - fails, fails))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
