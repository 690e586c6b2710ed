"""bench_addin.py - per-call cost of the add-in against Calc's alternatives.

One headless office (tests/lo/office.py), 100 000 rows of (spent, budget,
points), the same execution score computed by
  (a) Calc built-ins       =ROUND(MIN(A1/B1;1)*C1;2)
  (b) the Analysis add-in  =QUOTIENT(A1;B1) and =MROUND(A1;B1) (C++ add-in,
                           two numeric arguments: the nearest native peer)
  (c) ours                 =ORG.JIXIAO.FUNCTIONS.EXECSCORE(A1;B1;C1)
                           and =ORG.JIXIAO.FUNCTIONS.EXECRATE(A1;B1)
  (d) LibreOffice Basic    =SCOREB(A1;B1;C1)
Only calculateAll is timed; each variant runs RUNS times and the median is
taken; the same calculateAll on the data alone (the empty-column baseline)
is subtracted; per-call microseconds and ratios to (a) are printed.
Built-in formula groups run threaded by default (both cores) while add-in
and Basic calls run on one thread, so (a) is also measured single-threaded.

usage: bench_addin.py OXT WORKDIR [ROWS] [RUNS]
"""

import os
import shutil
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lo"))
from office import Office  # noqa: E402

BASIC = """
Function SCOREB(spent As Double, budget As Double, points As Double) As Double
    Dim r As Double
    r = spent / budget
    If r > 1 Then r = 1
    SCOREB = Int(r * points * 100 + 0.5) / 100
End Function
"""

VARIANTS = [
    ("a  built-in ROUND(MIN(A/B;1)*C;2)", "=ROUND(MIN(A1/B1;1)*C1;2)"),
    ("b1 Analysis QUOTIENT(A;B)", "=QUOTIENT(A1;B1)"),
    ("b2 Analysis MROUND(A;B)", "=MROUND(A1;B1)"),
    ("c1 jixiao EXECSCORE(A;B;C)", "=ORG.JIXIAO.FUNCTIONS.EXECSCORE(A1;B1;C1)"),
    ("c2 jixiao EXECRATE(A;B)", "=ORG.JIXIAO.FUNCTIONS.EXECRATE(A1;B1)"),
    ("d  Basic SCOREB(A;B;C)", "=SCOREB(A1;B1;C1)"),
]


def fill_data(office, doc, rows):
    """Spent, budget, points: deterministic, varied, all valid."""
    sheet = office.sheet(doc, 0)
    data = []
    for i in range(rows):
        budget = 100.0 + (i * 37) % 900
        spent = budget * (((i * 7919) % 1300) / 1000.0)
        data.append((round(spent, 2), budget, 10.0))
    sheet.getCellRangeByName("A1:C%d" % rows).setDataArray(tuple(data))
    return sheet


def fill_formula(sheet, formula, rows):
    from com.sun.star.sheet.FillDirection import TO_BOTTOM
    sheet.getCellRangeByName("D1").setFormula(formula)
    # fillAuto, not setFormulaArray: the latter is quadratic (UNO-NOTES).
    sheet.getCellRangeByName("D1:D%d" % rows).fillAuto(TO_BOTTOM, 1)


def time_calc(doc, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        doc.calculateAll()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), min(times), max(times)


def add_basic(doc):
    libs = doc.BasicLibraries
    if not libs.hasByName("Standard"):
        libs.createLibrary("Standard")
    lib = libs.getByName("Standard")
    if lib.hasByName("Module1"):
        lib.removeByName("Module1")
    lib.insertByName("Module1", BASIC)


def set_threaded(office, on):
    import uno
    cp = office.ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", office.ctx)
    arg = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
    arg.Name, arg.Value = "nodepath", "/org.openoffice.Office.Calc/Formula/Calculation"
    node = cp.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess", (arg,))
    node.setPropertyValue("UseThreadedCalculationForFormulaGroups", on)
    node.commitChanges()


def run_variant(office, workdir, rows, runs, formula, basic=False):
    doc = office.new()
    sheet = fill_data(office, doc, rows)
    if basic:
        # Basic in a cell needs the document loaded with macros allowed:
        # save with the module, reopen with MacroExecutionMode=4.
        add_basic(doc)
        path = os.path.join(workdir, "bench-basic.ods")
        office.save(doc, path, "ods")
        office.close(doc)
        doc = office.open(path, MacroExecutionMode=4)
        sheet = office.sheet(doc, 0)
    base = time_calc(doc, runs)
    fill_formula(sheet, formula, rows)
    doc.calculateAll()                     # warm: first call loads things
    check = [office.get(doc, 0, "D%d" % r) for r in (1, rows // 2, rows)]
    t = time_calc(doc, runs)
    office.close(doc)
    return base, t, check


def main():
    oxt, workdir = sys.argv[1], sys.argv[2]
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else 100000
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    os.makedirs(workdir, exist_ok=True)
    shutil.rmtree(os.path.join(workdir, "office"), ignore_errors=True)
    results = []
    with Office(os.path.join(workdir, "office"), oxt=oxt) as office:
        plan = [(n, f, False) for n, f in VARIANTS]
        plan.insert(1, ("a' built-in, single-threaded", VARIANTS[0][1], "single"))
        for name, formula, mode in plan:
            if mode == "single":
                set_threaded(office, False)
            base, t, check = run_variant(office, workdir, rows, runs, formula,
                                         basic=name.startswith("d"))
            if mode == "single":
                set_threaded(office, True)
            bad = [c for c in check if not isinstance(c, float)]
            per_call = (t[0] - base[0]) / rows * 1e6
            results.append((name, per_call, t, base, check, bad))
            print("%-36s %8.3f us/call  (median %.3f s, min %.3f, max %.3f; "
                  "baseline %.3f s) sample %s%s"
                  % (name, per_call, t[0], t[1], t[2], base[0], check[:2],
                     "  ERROR CELLS" if bad else ""), flush=True)
    ref = results[0][1]
    print("\nper call, %d rows, median of %d calculateAll runs, minus baseline:" % (rows, runs))
    for name, per_call, *_ in results:
        print("  %-36s %8.3f us   %6.2f x (a)" % (name, per_call, per_call / ref if ref > 0 else float("nan")))
    ours = [r for r in results if r[0].startswith("c1")][0][1]
    analysis = min(r[1] for r in results if r[0].startswith("b"))
    basic = [r for r in results if r[0].startswith("d")][0][1]
    print("\ngoals: (c) vs fastest (b): %.2f x faster (goal >= 2);  (c)/(a): %.2f (goal <= 2);  "
          "(d)/(c): %.1f x (goal >= 40)" % (analysis / ours, ours / ref, basic / ours))
    if any(r[5] for r in results):
        print("some variants produced error cells: see above", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
