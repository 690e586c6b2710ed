"""office.py - drive a private headless LibreOffice from tests.

Shared harness for every test that needs real Calc (add-in, templates,
round trips).  Run with Debian's /usr/bin/python3 (python3-uno).

    from office import Office
    with Office("/tmp/work", oxt="build/jixiao.oxt") as office:
        doc = office.new()                       # or office.open("a.xlsx")
        office.set(doc, 0, "A1", 479.71)         # sheet by index or name
        office.set(doc, 0, "B1", "=ORG.JIXIAO.FUNCTIONS.EXECRATE(A1;1071.15)")
        office.recalc(doc)                       # calculateAll
        office.get(doc, 0, "B1")                 # -> 0.4478..., "text",
                                                 #    None (empty) or ("err", 502)
        office.save(doc, "/tmp/out.xlsx", "xlsx")  # "ods", "xlsx", "pdf"
        office.close(doc)

What it does, and why:
- A private profile under `workdir` (never the user's own; under a private
  /tmp directory, `office.base`, when the unprivileged user cannot reach
  workdir, e.g. a checkout under /root), with
  ODFRecalcMode / OOXMLRecalcMode = 0 ("always recalculate on load") in
  registrymodifications.xcu, so a reopened file shows fresh values rather
  than cached ones.
- unopkg refuses to install into a user profile as root, and an office
  running as root is not what users run: when started as root, soffice and
  unopkg run as an unprivileged user (`nobody` by default, via setpriv) with
  HOME inside workdir.  Files passed to open()/save() are copied through
  workdir/io so that user can read and write them.
- soffice is started once on the new profile before `unopkg add` (a profile
  first created by unopkg loses the registration), then stopped, the .oxt
  installed, and soffice started again.
- The connection is a URP socket on 127.0.0.1 (a free port); a pipe would be
  named after the user and the client runs as root.
- soffice runs in its own process group.  On exit (normal, exception,
  SIGTERM/SIGINT or interpreter exit) the office is asked to terminate,
  then the whole group gets SIGTERM and SIGKILL: no orphaned soffice.
- Every wait has a timeout; a failed start raises OfficeError with the tail
  of soffice's output.

Python-UNO is bootstrapped on first use.  When `oxt` is given, its .rdb is
put on URE_MORE_TYPES before that, so the Python side knows the add-in's
types too (a client that calls getTypes() on the add-in needs them).

Options: Office(workdir, oxt=None, user="nobody", locale=None,
start_timeout=180, extra_config=None, env=None).  `env` adds
environment variables for soffice and unopkg.  `locale` ("zh-CN", "en-US") sets
the UI language (Setup/L10N/ooLocale and Linguistic/General/UILocale);
LibreOffice only uses it when that language pack is installed
(libreoffice-l10n-zh-cn for zh-CN).  `extra_config` is a list of
(path, prop, type, value) tuples written into registrymodifications.xcu,
e.g. ("/org.openoffice.Office.Calc/Formula/Calculation",
"UseThreadedCalculationForFormulaGroups", "boolean", "false").
"""

import atexit
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from xml.sax.saxutils import escape

SOFFICE = os.environ.get("SOFFICE", "/usr/lib/libreoffice/program/soffice")
UNOPKG = os.environ.get("UNOPKG", "/usr/lib/libreoffice/program/unopkg")

FILTERS = {
    "ods": "calc8",
    "xlsx": "Calc MS Excel 2007 XML",
    "pdf": "calc_pdf_Export",
    "csv": "Text - txt - csv (StarCalc)",
}

# com.sun.star.sheet.FormulaResult
_FR_VALUE, _FR_STRING, _FR_ERROR = 1, 2, 4

# Offices started by this process, killed at exit whatever happens.
_live = set()
# Private directories under /tmp (see Office._prepare_dirs), removed at exit.
_temp_bases = []


class OfficeError(RuntimeError):
    """soffice or unopkg failed to start, install or answer in time."""


def _kill_all_live():
    for office in list(_live):
        office._kill()


def _remove_temp_bases():
    _kill_all_live()
    for base in _temp_bases:
        shutil.rmtree(base, ignore_errors=True)


atexit.register(_remove_temp_bases)


def _on_signal(signum, frame):
    _kill_all_live()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


for _sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    if signal.getsignal(_sig) in (signal.SIG_DFL, signal.default_int_handler):
        signal.signal(_sig, _on_signal)


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _file_url(path):
    import uno
    return uno.systemPathToFileUrl(os.path.abspath(path))


def _cell_address(ref):
    """'B3' -> (column 1, row 2)."""
    ref = ref.replace("$", "").upper()
    i = 0
    col = 0
    while i < len(ref) and ref[i].isalpha():
        col = col * 26 + (ord(ref[i]) - ord("A") + 1)
        i += 1
    if i == 0 or i == len(ref):
        raise ValueError("bad cell reference %r" % ref)
    return col - 1, int(ref[i:]) - 1


class Office:
    """A private headless LibreOffice; use as a context manager."""

    def __init__(self, workdir, oxt=None, user="nobody", locale=None,
                 start_timeout=180, extra_config=None, env=None):
        self.workdir = os.path.abspath(workdir)
        self.oxt = oxt and os.path.abspath(oxt)
        self.locale = locale
        self.start_timeout = start_timeout
        self.extra_config = list(extra_config or [])
        self.extra_env = dict(env or {})
        self.proc = None
        self.desktop = None
        self.ctx = None
        self._docs = []
        self._drop = os.geteuid() == 0
        if self._drop:
            pw = pwd.getpwnam(user)
            self.uid, self.gid = pw.pw_uid, pw.pw_gid
        else:
            self.uid, self.gid = os.geteuid(), os.getegid()
        self._set_base(self.workdir)

    def _set_base(self, base):
        """Where the office's own files live: workdir, or a private
        directory under /tmp when the unprivileged user cannot reach
        workdir (a checkout under /root in CI)."""
        self.base = base
        self.profile = os.path.join(base, "profile")
        self.home = os.path.join(base, "home")
        self.io = os.path.join(base, "io")
        self.log = os.path.join(base, "soffice.log")

    # ---- lifecycle -------------------------------------------------------

    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc):
        self.stop()
        return False

    def start(self):
        """Create the profile, install the .oxt if any, start and connect."""
        self._prepare_dirs()
        self._write_config()
        if self.oxt:
            rdbs = self._extract_rdbs()
            if rdbs and "uno" not in sys.modules:
                # Replaces fundamentalrc's value: keep the office's own types.
                more = " ".join(["<file://%s/types>*" % os.path.dirname(SOFFICE)]
                                + ["file://" + p for p in rdbs])
                os.environ["URE_MORE_TYPES"] = more
            # First start creates the profile; unopkg must not create it.
            self._launch()
            self._shutdown()
            self._unopkg("add", "-f", "--suppress-license", self._stage(self.oxt))
            self._write_config()
        self._launch()

    def stop(self):
        """Close documents, terminate soffice, kill what is left."""
        for doc in list(self._docs):
            try:
                self.close(doc)
            except Exception:
                pass
        self._shutdown()

    def _run_as_user(self):
        """Command prefix and environment for the unprivileged user."""
        env = {
            "HOME": self.home,
            "PATH": "/usr/bin:/bin",
            "LANG": os.environ.get("LANG", "C.UTF-8"),
            "SAL_USE_VCLPLUGIN": "svp",
            "TMPDIR": os.path.join(self.base, "tmp"),
        }
        env.update(self.extra_env)
        prefix = []
        if self._drop:
            prefix = ["setpriv", "--reuid=%d" % self.uid,
                      "--regid=%d" % self.gid, "--clear-groups", "--"]
        return prefix, env

    def _reachable(self, path):
        """Can the office user traverse every directory down to path?"""
        p = path
        while True:
            st = os.stat(p)
            if st.st_uid != self.uid and not st.st_mode & 0o001:
                return False
            if p == "/":
                return True
            p = os.path.dirname(p)

    def _prepare_dirs(self):
        os.makedirs(self.workdir, exist_ok=True)
        if self._drop and self.base == self.workdir and not self._reachable(self.workdir):
            base = tempfile.mkdtemp(prefix="jixiao-office-")
            os.chmod(base, 0o755)
            _temp_bases.append(base)
            self._set_base(base)
        for d in (self.base, self.profile, self.home, self.io,
                  os.path.join(self.base, "tmp")):
            os.makedirs(d, exist_ok=True)
        if self._drop:
            for root, dirs, files in os.walk(self.base):
                for name in [root] + [os.path.join(root, f) for f in files]:
                    os.chown(name, self.uid, self.gid)
            if not self._reachable(self.base):
                raise OfficeError("%s is not reachable by uid %d" % (self.base, self.uid))

    def _give(self, path):
        if self._drop:
            os.chown(path, self.uid, self.gid)

    def _stage(self, path):
        """Copy a file into workdir/io where the office user can read it."""
        dst = os.path.join(self.io, os.path.basename(path))
        if os.path.abspath(path) != dst:
            shutil.copyfile(path, dst)
        self._give(dst)
        return dst

    def _extract_rdbs(self):
        out = []
        with zipfile.ZipFile(self.oxt) as z:
            for name in z.namelist():
                if name.endswith(".rdb"):
                    dst = os.path.join(self.workdir, "types-" + os.path.basename(name))
                    with z.open(name) as src, open(dst, "wb") as f:
                        shutil.copyfileobj(src, f)
                    out.append(dst)
        return out

    def _config_items(self):
        items = [
            ("/org.openoffice.Office.Calc/Formula/Load", "ODFRecalcMode", "int", "0"),
            ("/org.openoffice.Office.Calc/Formula/Load", "OOXMLRecalcMode", "int", "0"),
            ("/org.openoffice.Office.Common/Misc", "FirstRun", "boolean", "false"),
            ("/org.openoffice.Office.Common/Misc", "ShowTipOfTheDay", "boolean", "false"),
            ("/org.openoffice.Office.Recovery/AutoSave", "Enabled", "boolean", "false"),
            ("/org.openoffice.Office.Recovery/RecoveryInfo", "Enabled", "boolean", "false"),
        ]
        if self.locale:
            items.append(("/org.openoffice.Setup/L10N", "ooLocale", "string", self.locale))
            items.append(("/org.openoffice.Office.Linguistic/General", "UILocale",
                          "string", self.locale))
        return items + self.extra_config

    def _write_config(self):
        """Put our items into registrymodifications.xcu (LibreOffice keeps
        the rest of the file; ours win because they come last)."""
        user = os.path.join(self.profile, "user")
        os.makedirs(user, exist_ok=True)
        self._give(user)
        path = os.path.join(user, "registrymodifications.xcu")
        body = ""
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            start = text.find("<oor:items")
            start = text.find(">", start) + 1 if start >= 0 else -1
            end = text.rfind("</oor:items>")
            if start > 0 and end > start:
                body = text[start:end]
        ours = "".join(
            '<item oor:path="%s"><prop oor:name="%s" oor:op="fuse">'
            '<value>%s</value></prop></item>\n' % (escape(p), escape(n), escape(v))
            for p, n, t, v in self._config_items())
        with open(path, "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                    'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
                    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                    + body + ours + "</oor:items>\n")
        self._give(path)

    def _profile_url(self):
        return "file://" + self.profile

    def _launch(self):
        import uno  # bootstraps Python-UNO (after URE_MORE_TYPES is set)
        from com.sun.star.connection import NoConnectException

        port = _free_port()
        prefix, env = self._run_as_user()
        cmd = prefix + [
            SOFFICE, "--headless", "--invisible", "--nologo", "--norestore",
            "--nodefault", "--nolockcheck",
            "-env:UserInstallation=" + self._profile_url(),
            "--accept=socket,host=127.0.0.1,port=%d;urp;" % port,
        ]
        logf = open(self.log, "ab")
        self.proc = subprocess.Popen(cmd, env=env, stdout=logf, stderr=logf,
                                     stdin=subprocess.DEVNULL,
                                     start_new_session=True, cwd=self.base)
        logf.close()
        _live.add(self)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        url = ("uno:socket,host=127.0.0.1,port=%d;urp;"
               "StarOffice.ComponentContext" % port)
        deadline = time.monotonic() + self.start_timeout
        while True:
            if self.proc.poll() is not None:
                raise OfficeError("soffice exited with %s before accepting "
                                  "connections; log:\n%s"
                                  % (self.proc.returncode, self._log_tail()))
            try:
                self.ctx = resolver.resolve(url)
                break
            except NoConnectException:
                if time.monotonic() > deadline:
                    raise OfficeError("soffice did not accept a connection within "
                                      "%ds; log:\n%s" % (self.start_timeout,
                                                         self._log_tail()))
                time.sleep(0.25)
        self.desktop = self.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", self.ctx)

    def _log_tail(self, n=3000):
        try:
            with open(self.log, "rb") as f:
                return f.read()[-n:].decode("utf-8", "replace")
        except OSError:
            return "(no log)"

    def _shutdown(self, timeout=30):
        """Ask soffice to quit, then make sure its whole group is gone."""
        if self.desktop is not None:
            try:
                self.desktop.terminate()
            except Exception:
                pass  # the bridge dies with the office: expected
        self.desktop = None
        self.ctx = None
        if self.proc is not None:
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                pass
        self._kill()

    def _kill(self):
        proc = self.proc
        if proc is None:
            return
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                break
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                try:
                    os.killpg(proc.pid, 0)
                except ProcessLookupError:
                    break
                proc.poll()
                time.sleep(0.05)
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            pass
        self.proc = None
        _live.discard(self)

    def _unopkg(self, *args, timeout=300):
        prefix, env = self._run_as_user()
        cmd = prefix + [UNOPKG] + list(args) + [
            "-env:UserInstallation=" + self._profile_url()]
        try:
            r = subprocess.run(cmd, env=env, capture_output=True, text=True,
                               timeout=timeout, cwd=self.base,
                               start_new_session=True)
        except subprocess.TimeoutExpired:
            raise OfficeError("unopkg %s timed out after %ds" % (args[0], timeout))
        if r.returncode != 0:
            raise OfficeError("unopkg %s failed (%d):\n%s%s"
                              % (" ".join(args), r.returncode, r.stdout, r.stderr))
        return r.stdout

    # ---- documents -------------------------------------------------------

    @staticmethod
    def _props(**kw):
        import uno
        out = []
        for k, v in kw.items():
            p = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
            p.Name, p.Value = k, v
            out.append(p)
        return tuple(out)

    def open(self, path, **props):
        """Open a document hidden; extra load properties as keywords
        (e.g. MacroExecutionMode=4)."""
        if not os.path.exists(path):
            raise FileNotFoundError(path)
        staged = self._stage(path) if self._drop else os.path.abspath(path)
        props.setdefault("Hidden", True)
        doc = self.desktop.loadComponentFromURL(_file_url(staged), "_blank", 0,
                                                self._props(**props))
        if doc is None:
            raise OfficeError("LibreOffice could not open %s" % path)
        self._docs.append(doc)
        return doc

    def new(self, **props):
        """A new, hidden Calc document."""
        props.setdefault("Hidden", True)
        doc = self.desktop.loadComponentFromURL("private:factory/scalc", "_blank",
                                                0, self._props(**props))
        self._docs.append(doc)
        return doc

    def sheet(self, doc, sheet):
        """A sheet by index (0-based) or name."""
        sheets = doc.getSheets()
        if isinstance(sheet, int):
            return sheets.getByIndex(sheet)
        return sheets.getByName(sheet)

    def add_sheet(self, doc, name):
        sheets = doc.getSheets()
        sheets.insertNewByName(name, sheets.getCount())
        return sheets.getByName(name)

    def cell(self, doc, sheet, ref):
        col, row = _cell_address(ref)
        return self.sheet(doc, sheet).getCellByPosition(col, row)

    def recalc(self, doc):
        doc.calculateAll()

    def get(self, doc, sheet, ref):
        """Value of a cell: float, str, None when empty, ("err", code) for a
        Calc error (502 = invalid argument, 504 = parameter list, 519 =
        #VALUE!, 32767/525 = #NAME?, 32767 = #N/A)."""
        return self.value_of(self.cell(doc, sheet, ref))

    @staticmethod
    def value_of(cell):
        from com.sun.star.table.CellContentType import EMPTY, VALUE, TEXT
        err = cell.getError()
        if err:
            return ("err", err)
        t = cell.getType()
        if t == EMPTY:
            return None
        if t == VALUE:
            return cell.getValue()
        if t == TEXT:
            return cell.getString()
        rt = cell.FormulaResultType2
        if rt == _FR_VALUE:
            return cell.getValue()
        return cell.getString()

    def set(self, doc, sheet, ref, value):
        """Numbers become values, strings starting with '=' formulas, other
        strings text, None clears the cell."""
        c = self.cell(doc, sheet, ref)
        if value is None:
            c.setString("")
        elif isinstance(value, bool) or isinstance(value, (int, float)):
            c.setValue(float(value))
        elif isinstance(value, str) and value.startswith("="):
            c.setFormula(value)
        else:
            c.setString(str(value))

    def formula(self, doc, sheet, ref):
        return self.cell(doc, sheet, ref).getFormula()

    def save(self, doc, path, fmt):
        """Save (ods, xlsx) or export (pdf, csv) to path."""
        if fmt not in FILTERS:
            raise ValueError("format must be one of %s" % ", ".join(FILTERS))
        path = os.path.abspath(path)
        target = os.path.join(self.io, os.path.basename(path)) if self._drop else path
        props = self._props(FilterName=FILTERS[fmt], Overwrite=True)
        if fmt in ("pdf", "csv"):
            doc.storeToURL(_file_url(target), props)
        else:
            doc.storeToURL(_file_url(target), props)
        if target != path:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            shutil.copyfile(target, path)
        return path

    def close(self, doc):
        if doc in self._docs:
            self._docs.remove(doc)
        try:
            doc.close(True)
        except Exception:
            doc.dispose()
