"""Helpers shared by the jixiao-template tests (run with /usr/bin/python3)."""

import os
import subprocess
import sys
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(HERE, "data")


def run(binary, *args, expect=0):
    """Run the tool; check its exit code; return (stdout, stderr)."""
    p = subprocess.run([binary, *args], capture_output=True, text=True)
    if p.returncode != expect:
        raise AssertionError("%s %s: exit %d (expected %d)\nstdout: %s\nstderr: %s"
                             % (binary, " ".join(args), p.returncode, expect,
                                p.stdout, p.stderr))
    return p.stdout, p.stderr


def formulas_and_cached(path):
    """{(sheet, ref): (formula, cached)} for every formula cell."""
    wf = openpyxl.load_workbook(path)
    wv = openpyxl.load_workbook(path, data_only=True)
    out = {}
    for ws in wf.worksheets:
        wsv = wv[ws.title]
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    v = wsv[c.coordinate].value
                    out[(ws.title, c.coordinate)] = (c.value, "" if v is None else v)
    return out


def xml_of(path, member):
    with zipfile.ZipFile(path) as z:
        return z.read(member).decode("utf-8")


class Checker:
    """Counts checks; prints failures; exits non-zero at the end if any failed."""

    def __init__(self, name):
        self.name, self.passed, self.failed = name, 0, 0

    def ok(self, cond, what):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL: %s" % what, flush=True)
        return cond

    def eq(self, got, want, what):
        return self.ok(got == want, "%s: got %r, want %r" % (what, got, want))

    def near(self, got, want, what, tol=1e-9):
        good = isinstance(got, (int, float)) and abs(got - want) <= tol
        return self.ok(good, "%s: got %r, want %r" % (what, got, want))

    def done(self):
        print("%s: %d checks passed, %d failed" % (self.name, self.passed, self.failed))
        sys.exit(1 if self.failed else 0)
