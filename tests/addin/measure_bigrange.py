"""measure_bigrange.py - peak resident size of soffice.bin for one add-in
formula over huge ranges (the figures in docs/ADDIN.md, issue 11 item 4).

For each formula: a fresh office with the add-in, the few used cells of
test_bigrange.py's sheet "data", VmHWM before, then the formula alone,
calculateAll, VmHWM after and the cell's value.  soffice.bin runs with
RLIMIT_AS = its start-up size + LIMIT_MB (default 8192) so that a build
that builds whole arrays cannot take the machine down; such a run shows
"office lost".  Not part of `make check` (a figure, not a pass/fail).

usage: [LONG_ROWS=n] [LIMIT_MB=m] measure_bigrange.py OXT WORKDIR [FORMULA...]
"""

import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from test_bigrange import (DATA, F, Limited, Office, idle_size,  # noqa: E402
                           soffice_bin, status)

LIMIT_MB = int(os.environ.get("LIMIT_MB", "8192"))
# LONG_ROWS=n adds sheet "long" with n used rows in A and B (1 + i % 7).
LONG_ROWS = int(os.environ.get("LONG_ROWS", "0"))
FORMULAS = [
    F + "SCORESUM($data.A:A;$data.B:B)",
    F + "CHECKWEIGHTS($data.A1:Z1048576;206.5)",
    F + "SCORESUM($data.A1:Z1048576;$data.A1:Z1048576)",
]


def measure(oxt, workdir, formula, limit):
    office = Office(os.path.join(workdir, "office"), oxt=oxt)
    try:
        with Limited(limit):
            office.start()
        pid = soffice_bin(office)
        doc = office.new()
        office.add_sheet(doc, "data")
        for ref, v in DATA.items():
            office.set(doc, "data", ref, v)
        if LONG_ROWS:
            office.add_sheet(doc, "long").getCellRangeByName(
                "A1:B%d" % LONG_ROWS).setDataArray(
                tuple((float(1 + i % 7),) * 2 for i in range(LONG_ROWS)))
        office.recalc(doc)
        before = status(pid, "VmHWM")
        try:
            office.set(doc, 0, "A1", "=" + formula)
            office.recalc(doc)
            got = office.get(doc, 0, "A1")
        except Exception as e:
            got = "office lost: %s" % type(e).__name__
        after = status(pid, "VmHWM")
        print("%-60s VmHWM %4d -> %s MiB  value %r"
              % (formula.replace(F, ""), before,
                 "%4d" % after if after is not None else "gone", got))
    finally:
        office.stop()


def main():
    oxt, workdir = sys.argv[1], sys.argv[2]
    formulas = sys.argv[3:] or FORMULAS
    os.makedirs(workdir, exist_ok=True)
    shutil.rmtree(os.path.join(workdir, "office"), ignore_errors=True)
    limit = (idle_size(workdir, oxt) << 20) + (LIMIT_MB << 20)
    print("%s: RLIMIT_AS %d MiB" % (oxt, limit >> 20))
    for formula in formulas:
        measure(oxt, workdir, formula, limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
