"""test_office.py - the harness keeps its promises: values from real cells,
errors as ("err", code), a clear exception when soffice cannot start, and
no soffice process left behind, even when the test body raises.

usage: test_office.py WORKDIR"""

import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import office as O  # noqa: E402


def group_alive(pgid):
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False


def main():
    work = os.path.abspath(sys.argv[1])
    shutil.rmtree(work, ignore_errors=True)
    fails = 0

    def check(cond, what):
        nonlocal fails
        if not cond:
            fails += 1
            print("FAIL [office.py] " + what)

    # Values, errors, empties, formats.
    with O.Office(os.path.join(work, "a")) as office:
        pgid = office.proc.pid
        doc = office.new()
        office.set(doc, 0, "A1", 35.82)
        office.set(doc, 0, "A2", "=ROUND(A1/72*10;2)")
        office.set(doc, 0, "A3", "=1/0")
        office.set(doc, 0, "A4", "text")
        office.recalc(doc)
        check(office.get(doc, 0, "A2") == 4.98, "ROUND cell %r" % (office.get(doc, 0, "A2"),))
        check(office.get(doc, 0, "A3") == ("err", 532), "1/0 is %r" % (office.get(doc, 0, "A3"),))
        check(office.get(doc, 0, "A4") == "text", "text cell")
        check(office.get(doc, 0, "A9") is None, "empty cell")
        for fmt in ("ods", "xlsx", "pdf"):
            path = office.save(doc, os.path.join(work, "out." + fmt), fmt)
            check(os.path.getsize(path) > 0, "save " + fmt)
        again = office.open(os.path.join(work, "out.xlsx"))
        check(office.get(again, 0, "A2") == 4.98, "reopened xlsx")
        try:
            office.open(os.path.join(work, "missing.ods"))
            check(False, "opening a missing file raised nothing")
        except FileNotFoundError:
            pass
    check(not group_alive(pgid), "soffice still running after a normal exit")

    # An exception in the body still ends soffice.
    try:
        with O.Office(os.path.join(work, "b")) as office:
            pgid = office.proc.pid
            raise RuntimeError("test body failed")
    except RuntimeError:
        pass
    check(not group_alive(pgid), "soffice still running after an exception")

    # soffice that cannot start: a clear OfficeError, quickly.
    saved = O.SOFFICE
    O.SOFFICE = "/bin/false"
    try:
        with O.Office(os.path.join(work, "c"), start_timeout=30):
            check(False, "a failing soffice raised nothing")
    except O.OfficeError as e:
        check("exited" in str(e), "message: %s" % str(e)[:80])
    finally:
        O.SOFFICE = saved

    print("test_office: %s" % ("all passed" if not fails else "%d failures" % fails))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
