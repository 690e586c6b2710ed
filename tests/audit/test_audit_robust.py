#!/usr/bin/python3
"""Nothing lost, nothing hung: jixiao-audit against careless and hostile use
(issue 11 items 1, 2, 3, 5, 6, 7).

usage: test_audit_robust.py JIXIAO_AUDIT MKFIXTURE WORKDIR [--no-office]

  1. a report named like an input (the same file, a hard or symbolic link to
     it, a workbook of a scanned folder) is refused up front (exit 2) and the
     input is left as it was; an existing report needs --force; a file the
     tool did not write is never overwritten, not even with --force;
  2. reports are written to a temporary file and renamed: a write that fails
     (file-size limit, as a full disk) keeps the previous report intact and
     leaves no temporary file;
  3. the reports are valid UTF-8: a formula cut on a character boundary,
     non-UTF-8 file names escaped (stdout, CSV, xlsx), terminal control
     characters escaped on stdout; the xlsx read back by openpyxl and by
     LibreOffice shows the cells (LibreOffice shows invalid UTF-8 as blank);
  5. hostile workbooks (a shared formula expanding to ~1 GB, millions of empty
     <c/> or <si/>, 20 MB of text, a map asking for the whole sheet or for
     100 000 records) are refused naming the limit, run under `timeout` and
     an address-space limit so that a regression fails instead of hanging;
  6. a DTD is refused in every part and encoding (UTF-8, UTF-16 LE/BE);
  7. a named pipe or a device given as a workbook is refused, not waited
     on; in a folder, pipes, dangling links, link loops, folders named
     *.xlsx, lock and hidden files are each listed with the reason.
"""
import csv
import hashlib
import io
import os
import re
import resource
import shutil
import subprocess
import sys
import zipfile

AUDIT, MKFIXTURE, WORK = sys.argv[1:4]
OFFICE = "--no-office" not in sys.argv
SHEET = "xl/worksheets/sheet1.xml"
MAP = "xl/worksheets/sheet2.xml"
SST = "xl/sharedStrings.xml"
FAILS = []
PASSES = []
HARD_TIMEOUT = 60                 # seconds: hostile files must be refused well within
HARD_AS = 768 << 20               # bytes of address space for one audit


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    (PASSES if cond else FAILS).append(what)


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def limited(fsize=None):
    def pre():
        resource.setrlimit(resource.RLIMIT_AS, (HARD_AS, HARD_AS))
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    return pre


def run(*args, fsize=None, timeout=HARD_TIMEOUT):
    """Run the audit under a wall-clock and memory limit; stdout as bytes."""
    try:
        p = subprocess.run([AUDIT, *args], capture_output=True, timeout=timeout,
                           preexec_fn=limited(fsize))
    except subprocess.TimeoutExpired:
        return "timeout", b"", b""
    return p.returncode, p.stdout, p.stderr


def rewrite(src, dst, changes):
    """Copy zip src to dst; changes maps part -> fn(bytes) -> bytes."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in changes:
                data = changes[item.filename](data)
            zout.writestr(item.filename, data)


def text_fn(fn):
    return lambda b: fn(b.decode("utf-8")).encode("utf-8")


def csv_rows(path):
    with open(path, "rb") as f:
        raw = f.read()
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))[1:]


def book_row(rows):
    return next(r for r in rows if r[4] in ("workbook", "skipped", "unfilled", "ignored"))


# ---------------------------------------------------------------------------
def test_inputs_never_overwritten(clean, d):
    before = digest(clean)
    hard = os.path.join(d, "hard.csv")
    os.link(clean, hard)
    soft = os.path.join(d, "soft.xlsx")
    os.symlink(os.path.abspath(clean), soft)
    for opt, out in (("--xlsx", clean), ("--csv", clean), ("--csv", hard), ("--xlsx", soft)):
        rc, _, err = run(opt, out, clean)
        check(rc == 2 and digest(clean) == before and b"input" in err,
              "%s naming an input (%s) refused, input intact (rc=%s %s)"
              % (opt, os.path.basename(out), rc, err.decode(errors="replace").strip()))
    rc, _, err = run("--force", "--xlsx", clean, clean)
    check(rc == 2 and digest(clean) == before, "--force does not allow writing over an input")
    scan = os.path.join(d, "scan")
    os.makedirs(scan)
    inside = os.path.join(scan, "a.xlsx")
    shutil.copy(clean, inside)
    rc, _, err = run("--force", "--xlsx", inside, scan)
    check(rc == 2 and digest(inside) == before, "a workbook of the scanned folder as --xlsx refused")

    report = os.path.join(d, "r.csv")
    rc, _, _ = run("--csv", report, clean)
    first = digest(report)
    rc, _, err = run("--csv", report, clean)
    check(rc == 2 and digest(report) == first and b"--force" in err,
          "an existing report needs --force (rc=%s %s)" % (rc, err.decode(errors="replace").strip()))
    rc, _, _ = run("--force", "--csv", report, clean)
    check(rc == 0, "an existing report is replaced with --force")
    notes = os.path.join(d, "notes.csv")
    with open(notes, "w") as f:
        f.write("a file the audit did not write\n")
    rc, _, err = run("--force", "--csv", notes, clean)
    with open(notes) as f:
        check(rc == 2 and f.read() == "a file the audit did not write\n",
              "a file the audit did not write is not overwritten, even with --force (%s)"
              % err.decode(errors="replace").strip())
    rc, _, _ = run("--csv", os.path.join(d, "same"), "--xlsx", os.path.join(d, "same"), clean)
    check(rc == 2, "--csv and --xlsx naming the same file refused")
    xr = os.path.join(d, "r.xlsx")
    run("--xlsx", xr, clean)
    rc, _, _ = run("--force", "--xlsx", xr, clean)
    check(rc == 0, "an existing summary workbook is replaced with --force")
    # The report inside the scanned folder is not audited on the next run.
    rep = os.path.join(scan, "summary.xlsx")
    run("--xlsx", rep, scan)
    rc, out, _ = run("--force", "--xlsx", rep, scan)
    audited = [l for l in out.decode().splitlines() if not l.startswith(" ") and "summary" in l]
    check(rc == 0 and all("ignored" in l or "忽略" in l for l in audited),
          "this run's own report in DIR is not audited (%s)" % audited)


def test_full_disk(clean, d):
    big = os.path.join(d, "many")
    os.makedirs(big)
    for i in range(12):
        shutil.copy(os.path.join(WORK, "tampered.xlsx"), os.path.join(big, "t%02d.xlsx" % i))
    rcsv, rxlsx = os.path.join(d, "keep.csv"), os.path.join(d, "keep.xlsx")
    rc, _, _ = run("--csv", rcsv, "--xlsx", rxlsx, clean)
    check(rc == 0, "previous good reports written")
    good_csv, good_xlsx = digest(rcsv), digest(rxlsx)
    for opt, path, good in (("--csv", rcsv, good_csv), ("--xlsx", rxlsx, good_xlsx)):
        size = os.path.getsize(path)
        rc, _, err = run("--force", opt, path, big, fsize=max(size, 1024))
        left = [n for n in os.listdir(d) if n.startswith("." + os.path.basename(path))]
        check(rc == 2 and os.path.basename(path).encode() in err and digest(path) == good
              and not left,
              "%s: a write that fails (file-size limit) keeps the previous report, no temporary "
              "left (rc=%s, left=%s, %s)" % (opt, rc, left, err.decode(errors="replace").strip()))


def test_utf8_reports(clean, d):
    long_text = "指标" * 120
    longf = os.path.join(d, "long.xlsx")
    rewrite(clean, longf, {SHEET: text_fn(lambda x: re.sub(
        r'(<c r="H14"[^>]*>)<f>.*?</f>', r'\1<f>IF(G14="","%s",G14)</f>' % long_text, x, count=1))})
    names = [b"\xff\xfe-gbk-\xd6\xd0.xlsx", b"\x1b[31mred\x07.xlsx", "\u202eevil.xlsx".encode()]
    u = os.path.join(d, "names")
    os.makedirs(u)
    shutil.copy(longf, os.path.join(u, "long.xlsx"))
    for n in names:
        shutil.copy(longf, os.path.join(os.fsencode(u), n))
    rcsv, rxlsx = os.path.join(d, "u.csv"), os.path.join(d, "u.xlsx")
    rc, out, err = run("--csv", rcsv, "--xlsx", rxlsx, u)
    try:
        text = out.decode("utf-8")
        ok = True
    except UnicodeDecodeError:
        ok, text = False, ""
    check(rc == 1 and ok, "stdout is valid UTF-8 (rc=%s)" % rc)
    check(b"\x1b" not in out and b"\x07" not in out and "\u202e" not in text,
          "terminal control characters in names escaped on stdout")
    check("\\xff\\xfe-gbk-\\xd6\\xd0.xlsx" in text, "a non-UTF-8 name shown escaped on stdout")
    try:
        rows = csv_rows(rcsv)
    except UnicodeDecodeError as e:
        rows = []
        check(False, "CSV is valid UTF-8 (%s)" % e)
    check(any(r[0].endswith("\\xff\\xfe-gbk-\\xd6\\xd0.xlsx") for r in rows),
          "a non-UTF-8 name shown escaped in the CSV")
    changed = [r for r in rows if r[4] == "formula-changed"]
    check(len(changed) == 4 and all(r[8].lstrip("'").startswith("=IF(G14") and r[8][-1] in "指标"
                                    for r in changed),
          "the cut formula ends on a whole character in the CSV (%s)"
          % [r[8][-6:] for r in changed])
    with zipfile.ZipFile(rxlsx) as z:
        bad = []
        for n in z.namelist():
            try:
                z.read(n).decode("utf-8")
            except UnicodeDecodeError:
                bad.append(n)
    check(not bad, "every part of the --xlsx report is valid UTF-8 (%s)" % bad)
    import openpyxl
    try:
        wb = openpyxl.load_workbook(rxlsx)
    except Exception as e:      # noqa: BLE001 - any failure to read it is the finding
        check(False, "openpyxl reads the --xlsx report (%s)" % e)
        return
    fs = wb.worksheets[1]
    stated = [fs.cell(r, 7).value for r in range(2, fs.max_row + 1) if fs.cell(r, 4).value == "公式被改动"]
    files = [wb.worksheets[0].cell(r, 1).value for r in range(2, wb.worksheets[0].max_row + 1)]
    check(len(stated) == 4 and all(s and s.startswith("=IF(G14") for s in stated),
          "openpyxl reads the cut formula cells (%d)" % len(stated))
    check(any(f and f.endswith("\\xff\\xfe-gbk-\\xd6\\xd0.xlsx") for f in files),
          "openpyxl reads the escaped name")
    if not OFFICE:
        return
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lo"))
    from office import Office
    with Office(os.path.join(WORK, "office")) as o:
        doc = o.open(rxlsx)
        seen = []
        for r in range(2, fs.max_row + 1):
            if fs.cell(r, 4).value == "公式被改动":
                seen.append(o.get(doc, "问题", "G%d" % r))
        names_lo = [o.get(doc, "汇总", "A%d" % r) for r in range(2, wb.worksheets[0].max_row + 1)]
        o.close(doc)
    check(len(seen) == 4 and all(isinstance(s, str) and s.startswith("=IF(G14") for s in seen),
          "LibreOffice shows the cut formula cells non-blank (%s)" % [str(s)[:12] for s in seen])
    check(all(isinstance(n, str) and n for n in names_lo),
          "LibreOffice shows every file name non-blank (%s)" % names_lo)


# ---------------------------------------------------------------------------
def add_rows(xml, rows):
    return xml.replace("</sheetData>", rows + "</sheetData>", 1)


def shared_formula_bomb(x):
    formula = "+".join(["A1"] * 2700)          # ~8 KB, Excel's longest formula
    rows = ['<row r="100"><c r="K100"><f t="shared" ref="K100:K130000" si="77">%s</f><v>0</v></c></row>'
            % formula]
    rows += ['<row r="%d"><c r="K%d"><f t="shared" si="77"/><v>0</v></c></row>' % (r, r)
             for r in range(101, 130001)]
    return add_rows(x, "".join(rows))


def many_empty_cells(x):
    return add_rows(x, '<row r="200">' + "<c/>" * 12_000_000 + "</row>")


def many_empty_strings(b):
    x = b.decode()
    return x.replace("</sst>", "<si/>" * 10_000_000 + "</sst>").encode()


def much_text(b):
    x = b.decode()
    return x.replace("</sst>", ("<si><t>%s</t></si>" % ("文" * 3500)) * 2000 + "</sst>").encode()


def map_whole_sheet(x):
    return re.sub(r"parts=[A-Z0-9:,]+", "parts=A1:XFD1048576", x, count=1)


def map_many_records(x):
    row = '<c t="inlineStr"><is><t>input</t></is></c><c t="inlineStr"><is><t>sheet=项目支出绩效自评表' \
          '</t></is></c><c t="inlineStr"><is><t>cell=D7</t></is></c><c t="inlineStr"><is><t>kind=money' \
          '</t></is></c>'
    return add_rows(x, "".join('<row r="%d">%s</row>' % (r, row) for r in range(1000, 101000)))


def test_hostile(clean, d):
    cases = [
        ("shared formula expanding to ~1 GB", {SHEET: text_fn(shared_formula_bomb)}, "formula"),
        ("12 million empty <c/>", {SHEET: text_fn(many_empty_cells)}, "cells"),
        ("10 million empty <si/>", {SST: many_empty_strings}, "shared strings"),
        ("20 MB of shared-string text", {SST: much_text}, "text"),
        ("a map with 100 000 records", {MAP: text_fn(map_many_records)}, "records"),
    ]
    for name, changes, limit in cases:
        path = os.path.join(d, re.sub(r"\W+", "-", name) + ".xlsx")
        rewrite(clean, path, changes)
        rc, out, err = run("--lang", "en", "--csv", path + ".csv", path)
        reason = ""
        if rc in (0, 1):
            reason = book_row(csv_rows(path + ".csv"))[10]
        check(rc == 1 and "limit" in reason and limit in reason,
              "%s (%d KB): refused within %d s and %d MiB naming the %s limit (rc=%s: %s)"
              % (name, os.path.getsize(path) >> 10, HARD_TIMEOUT, HARD_AS >> 20, limit, rc,
                 reason or err.decode(errors="replace")[-200:]))
    path = os.path.join(d, "map-whole-sheet.xlsx")
    # the parts= of a sum record lives in the shared strings of the map
    rewrite(clean, path, {SST: text_fn(map_whole_sheet)})
    rc, out, err = run("--lang", "en", "--csv", path + ".csv", path)
    rows = csv_rows(path + ".csv") if rc in (0, 1) else []
    check(rc == 1 and any(r[4] == "map" and "cells" in r[10] for r in rows),
          "a map record over the whole sheet is a bad record, at once (rc=%s %s)"
          % (rc, [r[10] for r in rows if r[4] == "map"]))


DTD = '<!DOCTYPE x [<!ENTITY a "b">]>'


def with_dtd(encoding):
    def fn(b):
        x = b.decode("utf-8")
        x = re.sub(r'encoding="UTF-8"', 'encoding="%s"' % ("UTF-16" if encoding != "utf-8" else "UTF-8"),
                   x, count=1)
        x = re.sub(r"(<\?xml[^>]*\?>)", r"\1" + DTD, x, count=1)
        if encoding == "utf-8":
            return x.encode()
        bom = b"\xff\xfe" if encoding == "utf-16-le" else b"\xfe\xff"
        return bom + x.encode(encoding)
    return fn


def test_dtd(clean, d):
    for part in ("_rels/.rels", "xl/workbook.xml", SST, SHEET, MAP):
        for enc in ("utf-8", "utf-16-le", "utf-16-be"):
            path = os.path.join(d, "dtd-%s-%s.xlsx" % (re.sub(r"\W+", "_", part), enc))
            rewrite(clean, path, {part: with_dtd(enc)})
            rc, out, err = run("--lang", "en", "--csv", path + ".csv", path)
            reason = book_row(csv_rows(path + ".csv"))[10] if rc in (0, 1) else ""
            check(rc == 1 and "DTD" in reason, "%s in %s with a DTD refused (%s)" % (part, enc, reason))
    # the same part in UTF-16 without a DTD still reads: the refusal is the DTD
    path = os.path.join(d, "utf16-sheet.xlsx")
    rewrite(clean, path, {SHEET: lambda b: b"\xff\xfe" + b.decode().replace(
        'encoding="UTF-8"', 'encoding="UTF-16"', 1).encode("utf-16-le")})
    rc, _, _ = run(path)
    check(rc == 0, "a UTF-16 sheet without a DTD is audited (rc=%s)" % rc)


def test_non_regular(clean, d):
    fifo = os.path.join(d, "pipe.xlsx")
    os.mkfifo(fifo)
    rc, out, err = run("--lang", "en", fifo, timeout=20)
    check(rc == 1 and b"not a regular file" in out, "a named pipe given as a workbook is refused "
          "at once (rc=%s %s)" % (rc, out.decode(errors="replace").strip()))
    rc, out, err = run("--lang", "en", "/dev/zero", timeout=20)
    check(rc == 1 and b"not a regular file" in out, "a device given as a workbook is refused (%s)"
          % out.decode(errors="replace").strip())
    scan = os.path.join(d, "scan7")
    os.makedirs(scan)
    shutil.copy(clean, os.path.join(scan, "a-good.xlsx"))
    os.mkfifo(os.path.join(scan, "b-pipe.xlsx"))
    os.symlink(os.path.join(scan, "nowhere.xlsx"), os.path.join(scan, "c-dangling.xlsx"))
    os.symlink("d-loop.xlsx", os.path.join(scan, "d-loop.xlsx"))
    os.makedirs(os.path.join(scan, "e-folder.xlsx"))
    shutil.copy(clean, os.path.join(scan, "~$a-good.xlsx"))
    shutil.copy(clean, os.path.join(scan, ".hidden.xlsx"))
    with open(os.path.join(scan, "notes.txt"), "w") as f:
        f.write("not named *.xlsx")
    rc, out, err = run("--lang", "en", "--csv", os.path.join(d, "scan7.csv"), scan, timeout=20)
    lines = [l for l in out.decode(errors="replace").splitlines() if not l.startswith(" ")]
    want = {"b-pipe.xlsx": "named pipe", "c-dangling.xlsx": "dangling", "d-loop.xlsx": "loop",
            "e-folder.xlsx": "folder", "~$a-good.xlsx": "lock file", ".hidden.xlsx": "hidden"}
    for name, why in want.items():
        line = [l for l in lines if os.path.join(scan, name) + ":" in l]
        check(len(line) == 1 and why in line[0], "%s listed as skipped: %s" % (name, line))
    check(rc == 1 and len(lines) == 7 and "notes.txt" not in out.decode(),
          "scan: 1 audited, 6 listed, exit 1 (rc=%s, %d lines)" % (rc, len(lines)))
    rows = csv_rows(os.path.join(d, "scan7.csv"))
    check(len([r for r in rows if r[4] in ("skipped", "ignored")]) == 6, "the CSV lists them too")
    # lock and hidden files alone do not make the run fail
    calm = os.path.join(d, "calm")
    os.makedirs(calm)
    shutil.copy(clean, os.path.join(calm, "a.xlsx"))
    shutil.copy(clean, os.path.join(calm, "~$a.xlsx"))
    rc, out, _ = run(calm)
    check(rc == 0 and out.count(b"\n") == 2, "a lock file is listed but not counted (rc=%s)" % rc)


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    clean = os.path.join(WORK, "clean.xlsx")
    subprocess.run([MKFIXTURE, clean], check=True)
    rewrite(clean, os.path.join(WORK, "tampered.xlsx"),
            {SHEET: text_fn(lambda x: re.sub(r'(<c r="H14"[^>]*>)<f>.*?</f>', r"\1", x, count=1))})
    only = os.environ.get("ONLY", "").split(",") if os.environ.get("ONLY") else None
    for name, fn in (("inputs", test_inputs_never_overwritten), ("disk", test_full_disk),
                     ("utf8", test_utf8_reports), ("hostile", test_hostile), ("dtd", test_dtd),
                     ("nonregular", test_non_regular)):
        if only and name not in only:
            continue
        d = os.path.join(WORK, name)
        os.makedirs(d)
        print("== %s" % name)
        mine = os.path.join(d, "clean.xlsx")     # a copy each: a failure cannot spread
        shutil.copy(clean, mine)
        fn(mine, d)
    print("%d passed, %d failed" % (len(PASSES), len(FAILS)))
    sys.exit(1 if FAILS else 0)


main()
