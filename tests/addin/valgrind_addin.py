"""valgrind_addin.py - memcheck over a headless LibreOffice computing the
integration workbook with the add-in.

1. Builds the case workbook (tests/addin/test_addin.py) in a normal office
   and saves it as integration.ods; its expected values are kept.
2. Prepares a private profile with jixiao.oxt installed by unopkg (as an
   unprivileged user when run as root, like every test here).
3. Runs soffice.bin under valgrind memcheck converting integration.ods to
   CSV: the profile says "always recalculate on load", so every case cell,
   including every error path, is computed by the add-in under memcheck.
4. Checks the CSV against the expected values (the run really computed),
   and fails on any memcheck error or leak (definite, indirect or possible)
   whose stack contains a frame of the add-in (jixiao.uno.so, with its
   sources: src/addin and the core linked into it).  LibreOffice's own
   reports, of which there are many at exit, are counted but not judged.
   One exception, explained: the factory and the add-in object live as long
   as the office (the service manager and Calc's add-in collection hold
   them and are not destroyed at exit); they hold only pointers to their
   facets, which lie inside the block, so memcheck calls those two blocks
   "possibly lost".  They are listed, not failed; any other possibly-lost
   block from our code fails.

usage: valgrind_addin.py OXT WORKDIR
"""

import csv
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lo"))
sys.path.insert(0, HERE)
from office import Office, SOFFICE  # noqa: E402
import test_addin as T  # noqa: E402

SOFFICE_BIN = os.path.join(os.path.dirname(SOFFICE), "soffice.bin")
# Frames of the add-in: its library, its sources, or any jx_/jxa_/jxu_
# function (the core is linked into the library; with debug info valgrind
# names the function and file, not the library).
OURS = re.compile(r"jixiao\.uno\.so|src/addin/|src/core/|: jx[au]?_\w+ \(|"
                  r"\b(addin|unoc|functions|args)\.c:|: (component_getFactory|"
                  r"component_getImplementationEnvironment|addin_\w+|factory_\w+) \(")


def prepare(oxt, workdir):
    """Case workbook plus a profile with the extension installed."""
    work = os.path.join(workdir, "office")
    shutil.rmtree(work, ignore_errors=True)
    office = Office(work, oxt=oxt)
    with office:
        doc = T.build_cases(office)
        expected = T.read_cases(office, doc)
        book = office.save(doc, os.path.join(workdir, "integration.ods"), "ods")
        office.close(doc)
    return office, book, expected


def memcheck(office, book, workdir):
    """Run the conversion under valgrind; returns (csv path, log path)."""
    out = os.path.join(office.io, "out")
    os.makedirs(out, exist_ok=True)
    staged = office._stage(book)
    if office._drop:
        for d in (out,):
            os.chown(d, office.uid, office.gid)
    log = os.path.join(office.base, "valgrind.log")
    prefix, env = office._run_as_user()
    env["G_SLICE"] = "always-malloc"
    cmd = prefix + [
        "valgrind", "--tool=memcheck", "--leak-check=full",
        "--child-silent-after-fork=yes",
        "--show-leak-kinds=definite,indirect,possible", "--num-callers=40",
        "--error-limit=no", "--log-file=" + log,
        SOFFICE_BIN, "--headless", "--nologo", "--norestore", "--nolockcheck",
        "-env:UserInstallation=" + office._profile_url(),
        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false",
        "--outdir", out, staged,
    ]
    t0 = time.time()
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=1800,
                       cwd=office.base, start_new_session=True)
    print("valgrind run: %.0f s, exit %d" % (time.time() - t0, r.returncode))
    if r.returncode != 0:
        print(r.stdout[-2000:], r.stderr[-2000:])
    return os.path.join(out, "integration.csv"), log


def blocks(log):
    """Memcheck reports as lists of lines, one per error or leak."""
    text = open(log, encoding="utf-8", errors="replace").read().split("\n")
    out, cur = [], []
    for line in text:
        body = re.sub(r"^==\d+== ?", "", line)
        if body.strip() == "":
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(body)
    if cur:
        out.append(cur)
    return out


# The two objects the office keeps until it exits (see the top).
LIVE_OBJECTS = re.compile(r"by 0x[0-9A-F]+: (component_getFactory|addin_new) \(addin\.c")


def judge(log):
    ours, theirs, live = [], 0, 0
    for b in blocks(log):
        head = b[0]
        is_report = (head.startswith("Invalid ") or head.startswith("Conditional jump")
                     or head.startswith("Use of uninitialised") or "bytes in" in head
                     or head.startswith("Mismatched") or head.startswith("Syscall param")
                     or head.startswith("Source and destination"))
        if not is_report:
            continue
        if not any(OURS.search(line) for line in b):
            theirs += 1
        elif "possibly lost" in head and LIVE_OBJECTS.search(b[2] if len(b) > 2 else ""):
            live += 1
        else:
            ours.append(b)
    return ours, theirs, live


def check_values(csv_path, expected):
    """The CSV written under valgrind holds the values computed there."""
    with open(csv_path, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    bad = 0
    for i, exp in enumerate(expected):
        cell = rows[i][1] if i < len(rows) and len(rows[i]) > 1 else None
        if isinstance(exp, tuple):
            ok = cell is not None and (cell.startswith("Err:") or cell.startswith("#"))
        elif isinstance(exp, float):
            try:
                ok = abs(float(cell) - exp) <= 1e-9 * max(1.0, abs(exp))
            except (TypeError, ValueError):
                ok = False
        else:
            ok = cell == exp
        if not ok:
            bad += 1
            if bad <= 5:
                print("FAIL [valgrind csv] %s: %r, expected %r" % (T.CASES[i][0], cell, exp))
    print("valgrind csv: %d case cells, %d differ" % (len(expected), bad))
    return bad


def main():
    oxt, workdir = sys.argv[1], sys.argv[2]
    os.makedirs(workdir, exist_ok=True)
    office, book, expected = prepare(oxt, workdir)
    csv_path, log = memcheck(office, book, workdir)
    if not os.path.exists(csv_path):
        print("FAIL: no CSV was written under valgrind; log %s" % log)
        return 1
    fails = check_values(csv_path, expected)
    ours, theirs, live = judge(log)
    for b in ours[:10]:
        print("FAIL [memcheck] " + "\n    ".join(b[:25]))
    summary = [l for l in open(log, errors="replace") if "ERROR SUMMARY" in l or "definitely lost" in l]
    print("memcheck: %d reports attributed to the add-in, %d elsewhere in LibreOffice "
          "(not judged), %d possibly-lost live objects (factory, add-in)"
          % (len(ours), theirs, live))
    print("".join(re.sub(r"^==\d+== ", "  ", l) for l in summary), end="")
    fails += len(ours)
    kept = os.path.join(workdir, "valgrind.log")
    if os.path.abspath(log) != kept:
        shutil.copyfile(log, kept)
    print("valgrind_addin: %s (log: %s)" % ("clean" if fails == 0 else "%d failures" % fails, kept))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
