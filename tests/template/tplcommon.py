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


class Core:
    """The core library through ctypes: the numbers the workbooks must show.

    Structs are passed as opaque, generously sized buffers so this file does
    not depend on their layout."""

    def __init__(self, so_path):
        import ctypes as C
        self.C = C
        self.lib = C.CDLL(so_path)
        self.lib.jx_round.restype = C.c_double
        self.lib.jx_round.argtypes = [C.c_double, C.c_int]

    def _double_out(self, fn, *args):
        C = self.C
        out = C.c_double()
        err = fn(*args, C.byref(out))
        return None if err else out.value

    def exec_rate(self, spent, budget):
        C = self.C
        return self._double_out(self.lib.jx_exec_rate, C.c_double(spent), C.c_double(budget))

    def fund_rate(self, received, budget):
        C = self.C
        return self._double_out(self.lib.jx_fund_rate, C.c_double(received), C.c_double(budget))

    def control_rate(self, actual, planned):
        C = self.C
        return self._double_out(self.lib.jx_control_rate, C.c_double(actual), C.c_double(planned))

    def exec_score(self, spent, budget, points=10.0):
        C = self.C
        return self._double_out(self.lib.jx_exec_score, C.c_double(spent), C.c_double(budget),
                                C.c_double(points), None, C.c_int(2))

    def round(self, x, digits=2):
        return self.lib.jx_round(x, digits)

    def ind_score(self, actual, target, points, mode="prop"):
        """Score of a quantitative indicator: actual a number, target text."""
        C = self.C
        t = C.create_string_buffer(512)
        q = C.create_string_buffer(512)
        o = C.create_string_buffer(512)
        raw = target.encode("utf-8")
        if self.lib.jx_target_parse(raw, C.c_size_t(len(raw)), t, None):
            raise ValueError("core refuses target %r" % target)
        if self.lib.jx_quantity_from_number(C.c_double(actual), q):
            raise ValueError("core refuses actual %r" % actual)
        self.lib.jx_ind_opts_default(o)
        if mode != "prop":
            m = mode.encode()
            if self.lib.jx_ind_opts_parse(m, C.c_size_t(len(m)), o, None):
                raise ValueError(mode)
        out = C.c_double()
        flags = C.c_uint()
        err = self.lib.jx_ind_score(q, t, C.c_double(points), o, C.byref(out), C.byref(flags))
        if err:
            raise ValueError("core error %d for %r vs %r" % (err, actual, target))
        return out.value

    def ind_formula(self, target, actual_ref, points_ref, mode="prop"):
        """The portable score formula the core compiles for a target."""
        C = self.C
        t = C.create_string_buffer(512)
        o = C.create_string_buffer(512)
        raw = target.encode("utf-8")
        if self.lib.jx_target_parse(raw, C.c_size_t(len(raw)), t, None):
            raise ValueError("core refuses target %r" % target)
        self.lib.jx_ind_opts_default(o)
        if mode != "prop":
            m = mode.encode()
            if self.lib.jx_ind_opts_parse(m, C.c_size_t(len(m)), o, None):
                raise ValueError(mode)
        refs = (C.c_char_p * 3)(actual_ref.encode(), points_ref.encode(), None)
        buf = C.create_string_buffer(8192)
        if self.lib.jx_formula_ind_score(t, o, refs, buf, C.c_size_t(8192)):
            raise ValueError("core cannot compile %r" % target)
        return "=" + buf.value.decode("utf-8")

    def grade(self, total):
        C = self.C
        g = C.create_string_buffer(4096)
        self.lib.jx_grades_default(g)
        label = C.c_char_p()
        if self.lib.jx_grade(g, C.c_double(total), C.byref(label)):
            return None
        return label.value.decode("utf-8")

    def check_weights(self, points, expected=100.0):
        C = self.C
        arr = (C.c_double * len(points))(*points)
        msg = C.create_string_buffer(512)
        self.lib.jx_check_weights(arr, C.c_size_t(len(points)), C.c_double(expected),
                                  C.c_int(0), msg, C.c_size_t(512))
        return msg.value.decode("utf-8")


def core_check_tree(core, rows):
    """jx_check_tree over (l1, l2, l1_points|None, l2_points|None, leaf_points)."""
    C = core.C

    class Row(C.Structure):
        _fields_ = [("l1", C.c_char_p), ("l2", C.c_char_p), ("l1_points", C.c_double),
                    ("l2_points", C.c_double), ("leaf_points", C.c_double),
                    ("has_l1_points", C.c_int), ("has_l2_points", C.c_int)]

    arr = (Row * len(rows))()
    for i, (l1, l2, p1, p2, leaf) in enumerate(rows):
        arr[i] = Row((l1 or "").encode(), (l2 or "").encode(), p1 or 0.0, p2 or 0.0, leaf or 0.0,
                     p1 is not None, p2 is not None)
    msg = C.create_string_buffer(512)
    core.lib.jx_check_tree(arr, C.c_size_t(len(rows)), C.c_int(0), msg, C.c_size_t(512))
    return msg.value.decode("utf-8")


def core_check_total(core, parts, stated):
    C = core.C
    arr = (C.c_double * len(parts))(*parts)
    msg = C.create_string_buffer(512)
    core.lib.jx_check_total(arr, C.c_size_t(len(parts)), C.c_double(stated), C.c_int(0), msg,
                            C.c_size_t(512))
    return msg.value.decode("utf-8")


def core_deduct(core, points, count, per):
    C = core.C
    return core._double_out(core.lib.jx_deduct_score, C.c_double(points), C.c_double(count),
                            C.c_double(per), C.c_int(2))


def core_ratio(core, done, total, points):
    C = core.C
    return core._double_out(core.lib.jx_ratio_score, C.c_double(done), C.c_double(total),
                            C.c_double(points), C.c_int(2))
