"""test_bigrange.py - range functions over whole columns and a whole sheet,
in real LibreOffice under a memory limit (issue 11, item 4).

A range parameter declared sequence<sequence<any>> makes Calc build the
whole array before the add-in runs (~118 bytes a cell an argument):
=SCORESUM(A1:Z1048576;A1:Z1048576) asked for gigabytes and a whole-sheet
range got soffice killed.  Here soffice.bin runs with its address space
limited (RLIMIT_AS: its size after start-up plus JIXIAO_BIGRANGE_HEADROOM_MB,
default 1024 MiB, far below what the whole arrays need), on a sheet with a
few used cells, and every cell must
  - hold the same value as the same formula over the used rows only (what
    the functions answered before for ranges of that size), and that value
    is also checked against Python's own arithmetic;
  - and the office must still be alive and computing afterwards.
It prints soffice.bin's peak resident size (VmHWM) after each step.

usage: test_bigrange.py OXT WORKDIR
"""

import os
import resource
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lo"))
from office import Office  # noqa: E402

F = "ORG.JIXIAO.FUNCTIONS."
HEADROOM = int(os.environ.get("JIXIAO_BIGRANGE_HEADROOM_MB", "1024")) << 20

# A few used cells on sheet "data": scores in A, points in B (SCORESUM),
# more numbers as far as column Z and row 40, so that the used area is
# A1:Z40; a scoring tree in K..O of sheet "tree" (CHECKTREE).
DATA = {
    "A1": 13, "A2": 13, "A3": 11, "A4": 25.5, "A5": 8, "A6": 9, "A7": 10,
    "B1": 15, "B2": 15, "B3": 15, "B4": 30, "B5": 10, "B6": 10, "B7": 10,
    "Z40": 4, "Y39": 5, "D20": 3,
}
TREE = {
    "K1": "决策", "L1": 40, "M1": "项目立项", "N1": 13, "O1": 6,
    "M2": None, "O2": 7, "M3": "绩效目标", "N3": 7, "O3": 7,
    "K4": "过程", "L4": 20, "M4": "资金管理", "N4": 20, "O4": 8,
    "O5": 6, "O6": 6,
}

# Sheet "far": the points column goes further down than the scores, the
# reasons further still, an error cell in D: ranges of one call must pair
# up row by row however far each one's content goes.
FAR = {"A1": 10, "B1": 10, "B500": 5, "C700": "延期", "D1": "=1/0", "D2": 4}

# Sheet "long": 70 000 used rows (more than one 65 536-cell chunk read
# from Calc), score = points = 1 + i % 7.
LONG_ROWS = 70000
LONG = [1 + i % 7 for i in range(LONG_ROWS)]

# (name, formula over huge ranges, same formula over the used rows, expected)
# The expected values are worked out here, not read from Calc.
SUM_ALL = sum(DATA.values())
CASES = [
    ("scoresum whole columns", F + "SCORESUM($data.A:A;$data.B:B)",
     F + "SCORESUM($data.A1:A40;$data.B1:B40)", 89.5),
    ("scoresum A1:B1048576", F + "SCORESUM($data.A1:A1048576;$data.B1:B1048576)",
     F + "SCORESUM($data.A1:A40;$data.B1:B40)", 89.5),
    ("scoresum 26 whole columns twice", F + "SCORESUM($data.A1:Z1048576;$data.A1:Z1048576)",
     F + "SCORESUM($data.A1:Z40;$data.A1:Z40)", round(SUM_ALL, 2)),
    ("rescaledtotal whole columns", F + "RESCALEDTOTAL($data.A:A;$data.B:B)",
     F + "RESCALEDTOTAL($data.A1:A40;$data.B1:B40)", round(89.5 / 105 * 100, 2)),
    ("checkweights whole column", F + "CHECKWEIGHTS($data.B:B;105)",
     F + "CHECKWEIGHTS($data.B1:B40;105)", ""),
    ("checkweights 26 columns", F + "CHECKWEIGHTS($data.A1:Z1048576;%r)" % SUM_ALL,
     F + "CHECKWEIGHTS($data.A1:Z40;%r)" % SUM_ALL, ""),
    ("checktotal whole column", F + "CHECKTOTAL($data.A:A;89.5)",
     F + "CHECKTOTAL($data.A1:A40;89.5)", ""),
    ("checkscores whole columns", F + "CHECKSCORES($data.A:A;$data.B:B;$data.C:C)",
     F + "CHECKSCORES($data.A1:A40;$data.B1:B40;$data.C1:C40)", "nonempty"),
    ("checktree whole columns", F + "CHECKTREE($tree.K:L;$tree.M:N;$tree.O:O)",
     F + "CHECKTREE($tree.K1:L6;$tree.M1:N6;$tree.O1:O6)", "nonempty"),
    ("rescaledtotal points further down", F + "RESCALEDTOTAL($far.A:A;$far.B:B)",
     F + "RESCALEDTOTAL($far.A1:A500;$far.B1:B500)", round(10 / 15 * 100, 2)),
    ("checkscores points further down", F + "CHECKSCORES($far.A:A;$far.B:B)",
     F + "CHECKSCORES($far.A1:A500;$far.B1:B500)", "nonempty"),
    ("checkscores reasons as any", F + "CHECKSCORES($far.A1:A1000;$far.B1:B1000;$far.C1:C1000)",
     F + "CHECKSCORES($far.A1:A700;$far.B1:B700;$far.C1:C700)", "nonempty"),
    # Calc itself refuses an inline array where the parameter is a range
    # (XCellRange): an error, never a crash or a guess.
    ("scoresum inline arrays", F + "SCORESUM({1;2};{2;2})",
     F + "SCORESUM({1;2};{2;2})", ("err", 504)),
    ("scoresum ranges one row apart", F + "SCORESUM($far.A2:A1048576;$far.B1:B1048575)",
     F + "SCORESUM($far.A2:A501;$far.B1:B500)", 0.0),
    ("checkweights error cell", F + "CHECKWEIGHTS($far.D:D)",
     F + "CHECKWEIGHTS($far.D1:D2)", "error"),
    ("checktotal one cell", F + "CHECKTOTAL($data.A1;13)",
     F + "CHECKTOTAL($data.A1:A1;13)", ""),
    ("scoresum 70000 used rows", F + "SCORESUM($long.A:A;$long.B:B)",
     F + "SCORESUM($long.A1:A%d;$long.B1:B%d)" % (LONG_ROWS, LONG_ROWS), float(sum(LONG))),
    # A whole-sheet range (16 384 columns) over 70 000 used rows would hold
    # 1.1 billion cells: refused (Err:502) before anything is read.
    ("checkweights whole sheet, many used rows", F + "CHECKWEIGHTS($long.1:1048576)",
     F + "CHECKWEIGHTS($long.1:1048576)", ("err", 502)),
    ("checkweights whole sheet, 40 used rows", F + "CHECKWEIGHTS($data.1:1048576;%r)" % SUM_ALL,
     F + "CHECKWEIGHTS($data.A1:Z40;%r)" % SUM_ALL, ""),
    ("scoresum shapes differ", F + "SCORESUM($data.A1:A1048576;$data.B1:B1048575)",
     F + "SCORESUM($data.A1:A40;$data.B1:B39)", ("err", 502)),
]


def soffice_bin_pids(office):
    """soffice.bin processes of this office (its own process group)."""
    pids = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name) as f:
                st = f.read()
        except OSError:
            continue
        comm = st[st.index("(") + 1:st.rindex(")")]
        fields = st[st.rindex(")") + 2:].split()
        if comm == "soffice.bin" and int(fields[2]) == office.proc.pid:
            pids.append(int(name))
    return pids


def status(pid, key):
    """A kB figure from /proc/PID/status, in MiB (None: process gone)."""
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) // 1024
    except OSError:
        return None
    return None


def soffice_bin(office):
    pids = soffice_bin_pids(office)
    if len(pids) != 1:
        raise RuntimeError("expected one soffice.bin, found %r" % pids)
    return pids[0]


def idle_size(workdir, oxt):
    """soffice.bin's address-space size (MiB) once started with the add-in."""
    with Office(os.path.join(workdir, "office"), oxt=oxt) as office:
        return status(soffice_bin(office), "VmSize")


class Limited:
    """RLIMIT_AS for the offices started inside (inherited through setpriv
    and the soffice script: setting it on another process needs
    CAP_SYS_RESOURCE, which a container may not have); this process gets
    its own limit back on exit."""

    def __init__(self, limit):
        self.limit = limit

    def __enter__(self):
        self.saved = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (self.limit, self.saved[1]))

    def __exit__(self, *exc):
        resource.setrlimit(resource.RLIMIT_AS, self.saved)
        return False


def expected_ok(exp, got):
    if exp == "error":
        return isinstance(got, tuple) and got[0] == "err"
    if exp == "nonempty":
        return isinstance(got, str) and got != ""
    if isinstance(exp, float):
        return isinstance(got, float) and abs(got - exp) < 1e-9
    return got == exp


def run_cases(office, limit):
    """Every case in the limited office: (passed, failed)."""
    passed = failed = 0
    pid = soffice_bin(office)
    print("soffice.bin %d: RLIMIT_AS %d MiB (%d MiB after start), VmHWM %d MiB"
          % (pid, limit >> 20, status(pid, "VmSize"), status(pid, "VmHWM")))
    doc = office.new()
    office.add_sheet(doc, "data")
    office.add_sheet(doc, "tree")
    office.add_sheet(doc, "far")
    for sheet, cells in (("data", DATA), ("tree", TREE), ("far", FAR)):
        for ref, v in cells.items():
            office.set(doc, sheet, ref, v)
    office.add_sheet(doc, "long").getCellRangeByName("A1:B%d" % LONG_ROWS).setDataArray(
        tuple((float(x), float(x)) for x in LONG))
    for i, (name, big, small, exp) in enumerate(CASES):
        office.set(doc, 0, "A%d" % (i + 1), "=" + small)
    office.recalc(doc)
    for i, (name, big, small, exp) in enumerate(CASES):
        ref = "B%d" % (i + 1)
        alive = True
        try:
            # Reading the cell computes it (autocalculate): no
            # calculateAll, which would recompute every earlier case too.
            office.set(doc, 0, ref, "=" + big)
            got = office.get(doc, 0, ref)
            want = office.get(doc, 0, "A%d" % (i + 1))
        except Exception as e:          # the bridge dies with the office
            got, want, alive = "office lost: %s" % type(e).__name__, None, False
        hwm = status(pid, "VmHWM")
        ok = alive and hwm is not None and expected_ok(exp, got) and got == want
        if ok:
            passed += 1
        else:
            failed += 1
        print("%s %s: %r (used rows: %r, expected %r), soffice.bin VmHWM %s MiB"
              % ("ok  " if ok else "FAIL", name, got, want, exp,
                 hwm if hwm is not None else "gone"))
        if not alive or hwm is None:
            failed += len(CASES) - i - 1
            print("FAIL the office died: remaining cases not run")
            break
    else:
        print("soffice.bin at the end: VmSize %s MiB of RLIMIT_AS %d MiB"
              % (status(pid, "VmSize"), limit >> 20))
        office.close(doc)
    return passed, failed


def main():
    oxt, workdir = sys.argv[1], sys.argv[2]
    os.makedirs(workdir, exist_ok=True)
    shutil.rmtree(os.path.join(workdir, "office"), ignore_errors=True)
    limit = (idle_size(workdir, oxt) << 20) + HEADROOM
    office = Office(os.path.join(workdir, "office"), oxt=oxt)
    try:
        with Limited(limit):
            office.start()
        passed, failed = run_cases(office, limit)
    finally:
        office.stop()
    print("test_bigrange: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
