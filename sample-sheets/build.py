#!/usr/bin/python3
"""build.py - build the sample sheets in headless LibreOffice with the add-in.

    /usr/bin/python3 sample-sheets/build.py --oxt build/jixiao.oxt --out out/samples [--pdf]
        [--render DIR --render-out DIR]

For every sample-sheets/*.tsv: build the workbook, recalculate, save it as
.ods (and .pdf with --pdf) into --out, check its @expect lines, and print
one table: report, reported total, computed total, grade, flags.  Exits 1
when an @expect fails.
"""

import argparse
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "tests", "lo"))

import samples  # noqa: E402
from office import Office  # noqa: E402


def range_values(office, doc, spec):
    """All shown texts of the cells in a spec like 'S!A1:A3 T!B2'."""
    out = []
    for sheet, rng in samples.cells_of(spec):
        xs = office.sheet(doc, sheet)
        cells = xs.getCellRangeByName(rng).getRangeAddress()
        for row in range(cells.StartRow, cells.EndRow + 1):
            for col in range(cells.StartColumn, cells.EndColumn + 1):
                out.append(xs.getCellByPosition(col, row).getString())
    return out


def summary_rows(office, doc, src):
    s = src.summary
    rep = range_values(office, doc, s["reported"])
    com = range_values(office, doc, s["computed"])
    gra = range_values(office, doc, s["grade"])
    rgr = range_values(office, doc, s["reported_grade"]) if s.get("reported_grade") else []
    flags = [f for f in range_values(office, doc, s["flags"]) if f]
    rows = []
    for i in range(len(com)):
        rows.append((rep[i] if i < len(rep) else "", com[i],
                     (rgr[i] + " → " if i < len(rgr) and rgr[i] else "") + gra[i]))
    return rows, flags


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--work", default=None, help="private profile dir")
    ap.add_argument("--pdf", action="store_true")
    ap.add_argument("--render", default=None,
                    help="also export every .xlsx in this directory to PDF")
    ap.add_argument("--render-out", default=None)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    work = args.work or os.path.join(args.out, ".office")
    failures = []
    table = []
    with Office(work, oxt=args.oxt, locale="zh-CN") as office:
        for path in sorted(glob.glob(os.path.join(HERE, "*.tsv"))):
            src = samples.Source(path)
            doc = samples.build(office, src)
            base = os.path.splitext(os.path.basename(path))[0]
            office.save(doc, os.path.join(args.out, base + ".ods"), "ods")
            if args.pdf:
                office.save(doc, os.path.join(args.out, base + ".pdf"), "pdf")
            failures += ["%s: %s" % (base, f) for f in samples.check_expects(office, doc, src)]
            rows, flags = summary_rows(office, doc, src)
            table.append((src.summary, rows, flags))
            office.close(doc)
        if args.render:
            render(office, args.render, args.render_out or args.out)
    print_table(table)
    if failures:
        print("\nSample checks that failed:")
        for f in failures:
            print("  " + f)
        return 1
    return 0


def render(office, src_dir, out_dir):
    """Export every workbook in src_dir to PDF (templates as a clerk prints them)."""
    os.makedirs(out_dir, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(src_dir, "*.xlsx"))):
        doc = office.open(path)
        base = os.path.splitext(os.path.basename(path))[0]
        office.save(doc, os.path.join(out_dir, base + ".pdf"), "pdf")
        office.close(doc)


def width(text):
    """Columns a text takes in a terminal (CJK characters take two)."""
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text, n, right=False):
    fill = " " * max(0, n - width(text))
    return fill + text if right else text + fill


def print_table(table):
    cols = (4, 34, 9, 9, 26)
    head = ("", "report / 报告", "reported", "computed", "grade 等次 (报告 → 计算)")
    print(" ".join(pad(h, n, i in (2, 3)) for i, (h, n) in enumerate(zip(head, cols))) + " flags 校验")
    for s, rows, flags in table:
        for i, (rep, com, grade) in enumerate(rows):
            cells = (s["id"] if i == 0 else "", s["title"] if i == 0 else "", rep, com, grade)
            line = " ".join(pad(c, n, k in (2, 3)) for k, (c, n) in enumerate(zip(cells, cols)))
            if i == 0:
                line += " %d" % len(flags)
            print(line)
        for f in flags:
            print(" " * (sum(cols) + len(cols)) + "- " + f)
        print()


if __name__ == "__main__":
    sys.exit(main())
