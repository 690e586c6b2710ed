"""callgrind_addin.py - where the time of an add-in call goes, inside soffice.

Writes a workbook with ROWS rows of =ORG.JIXIAO.FUNCTIONS.<FUNC>(A;B;C),
then runs soffice.bin under callgrind converting it to CSV (the profile
recalculates on load), and prints the inclusive cost of the functions on
the call path (Calc's interpreter, core reflection, the UNO bridge, the
add-in, the core library), per call.

usage: callgrind_addin.py OXT WORKDIR [ROWS] [FORMULA]
"""

import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lo"))
from office import Office, SOFFICE  # noqa: E402

SOFFICE_BIN = os.path.join(os.path.dirname(SOFFICE), "soffice.bin")


def main():
    oxt, workdir = sys.argv[1], sys.argv[2]
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
    formula = sys.argv[4] if len(sys.argv) > 4 else "=ORG.JIXIAO.FUNCTIONS.EXECSCORE(A1;B1;C1)"
    os.makedirs(workdir, exist_ok=True)
    work = os.path.join(workdir, "office")
    shutil.rmtree(work, ignore_errors=True)
    from bench_addin import fill_data, fill_formula
    office = Office(work, oxt=oxt)
    with office:
        doc = office.new()
        sheet = fill_data(office, doc, rows)
        fill_formula(sheet, formula, rows)
        book = office.save(doc, os.path.join(workdir, "callgrind.ods"), "ods")
        office.close(doc)
    staged = office._stage(book)
    out = os.path.join(office.io, "out")
    os.makedirs(out, exist_ok=True)
    if office._drop:
        os.chown(out, office.uid, office.gid)
    cg = os.path.join(office.base, "callgrind.out")
    prefix, env = office._run_as_user()
    cmd = prefix + ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + cg,
                    SOFFICE_BIN, "--headless", "--nologo", "--norestore",
                    "-env:UserInstallation=" + office._profile_url(),
                    "--convert-to", "csv", "--outdir", out, staged]
    subprocess.run(cmd, env=env, capture_output=True, timeout=1800,
                   cwd=office.base, start_new_session=True, check=True)
    ann = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", cg],
                         capture_output=True, text=True, check=True).stdout
    path = os.path.join(workdir, "callgrind.txt")
    with open(path, "w") as f:
        f.write(ann)
    keys = ("ScInterpreter::ScExternal", "ScUnoAddInCall", "invoke", "Idl", "uno_type",
            "dispatch", "call_function", "jxa_", "jx_", "Mapping", "getRegistered",
            "ScCompiler", "Interpret", "calculate", "CalcAll", "DoLoad", "s_stub",
            "cpp2uno", "uno2cpp", "Proxy", "malloc", "free", "Any", "Sequence")
    total = None
    for line in ann.split("\n"):
        if "PROGRAM TOTALS" in line:
            total = int(line.split()[0].replace(",", ""))
            print("total Ir %s" % line.split()[0])
    print("%14s %9s  function (inclusive instructions; per call = / %d)" % ("Ir", "per call", rows))
    shown = 0
    for line in ann.split("\n"):
        parts = line.split(None, 1)
        if len(parts) != 2 or not parts[0].replace(",", "").isdigit():
            continue
        ir = int(parts[0].replace(",", ""))
        name = parts[1]
        if any(k in name for k in keys) and ir > rows * 5:
            print("%14s %9.0f  %s" % (parts[0], ir / rows, name[:150]))
            shown += 1
            if shown > 60:
                break
    print("full annotation: %s" % path)
    return 0 if total else 1


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    sys.exit(main())
