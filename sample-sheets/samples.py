"""samples.py - read the sample-sheet sources (*.tsv) and build them in Calc.

A source is UTF-8 text, one line per sheet row, cells separated by TAB:
  - a cell that is a plain number ("1071.15", "-3") becomes a number;
  - a cell starting with "=" is a formula in Calc's English syntax with ";"
    between arguments; the add-in's functions are written by their English
    names (EXECRATE, INDSCORE, ...);
  - a cell starting with "'" is text without the quote ("'=100%" is the text
    =100%, as the tables print it);
  - anything else is text.
Lines starting with "#" are comments.  Lines starting with "@" are
directives:
  @sheet NAME             start a new sheet (rows count from 1 again)
  @widths W1 W2 ...       column widths in characters
  @percent A1:B2          number format 0.00% for a range
  @expect S!A1 = TEXT     the cell's value equals TEXT (numbers compared
                          within 1e-9 when TEXT is a number)
  @expect S!A1 ~ TEXT     the cell's text contains TEXT
  @expect S!A1 empty      the cell shows "" (a check that found nothing)
  @summary ID TITLE | reported=S!R | computed=S!R | grade=S!R |
           reported_grade=S!R | flags=S!R [S!R ...]
                          what `make demo` prints for this report
Used by sample-sheets/build.py (make demo) and tests/samples (make check).
"""

import re

NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
ADDIN_SERVICE = "ORG.JIXIAO.FUNCTIONS"


class Sheet:
    def __init__(self, name):
        self.name = name
        self.rows = []          # list of lists of cell texts
        self.widths = []
        self.percent = []       # ranges


class Source:
    def __init__(self, path):
        self.path = path
        self.sheets = []
        self.expects = []       # (sheet, ref, op, text)
        self.summary = None     # dict
        self._parse(open(path, encoding="utf-8").read())

    def _parse(self, text):
        cur = None
        for n, line in enumerate(text.split("\n"), 1):
            if line.startswith("#") or (line == "" and cur is None):
                continue
            if line.startswith("@"):
                cur = self._directive(line, cur, n)
                continue
            if cur is None:
                raise ValueError("%s:%d: row before @sheet" % (self.path, n))
            cur.rows.append(line.split("\t") if line else [])
        while self.sheets and self.sheets[-1].rows and self.sheets[-1].rows[-1] == []:
            self.sheets[-1].rows.pop()

    def _directive(self, line, cur, n):
        word, _, rest = line[1:].partition(" ")
        if word == "sheet":
            cur = Sheet(rest.strip())
            self.sheets.append(cur)
        elif word == "widths":
            cur.widths = [float(w) for w in rest.split()]
        elif word == "percent":
            cur.percent.append(rest.strip())
        elif word == "expect":
            m = re.match(r"^(\S+)!(\S+) (=|~|empty)\s?(.*)$", rest)
            if not m:
                raise ValueError("%s:%d: bad @expect" % (self.path, n))
            self.expects.append((m.group(1), m.group(2), m.group(3), m.group(4)))
        elif word == "summary":
            parts = [p.strip() for p in rest.split("|")]
            ident, _, title = parts[0].partition(" ")
            s = {"id": ident, "title": title}
            for p in parts[1:]:
                k, _, v = p.partition("=")
                s[k.strip()] = v.strip()
            self.summary = s
        else:
            raise ValueError("%s:%d: unknown directive @%s" % (self.path, n, word))
        return cur


def cell_value(text):
    """The value to put in a cell for a source cell text."""
    if text == "":
        return None
    if text.startswith("'"):
        return ("text", text[1:])
    if NUMBER.match(text):
        return float(text)
    return text


def build(office, src):
    """Build `src` (a Source) into a new Calc document; returns the doc."""
    doc = office.new()
    sheets = doc.getSheets()
    for i, sh in enumerate(src.sheets):
        if i == 0:
            sheets.getByIndex(0).setName(sh.name)
        else:
            sheets.insertNewByName(sh.name, i)
        xs = sheets.getByName(sh.name)
        for r, row in enumerate(sh.rows):
            for c, text in enumerate(row):
                v = cell_value(text)
                if v is None:
                    continue
                cell = xs.getCellByPosition(c, r)
                if isinstance(v, tuple):
                    cell.setString(v[1])
                elif isinstance(v, float):
                    cell.setValue(v)
                elif v.startswith("="):
                    cell.setFormula(v)
                else:
                    cell.setString(v)
        _format(doc, xs, sh)
    office.recalc(doc)
    return doc


def _format(doc, xs, sh):
    cols = xs.getColumns()
    for i, w in enumerate(sh.widths):
        # characters to 1/100 mm: a CJK character is about 4.2 mm at 10 pt.
        cols.getByIndex(i).Width = int(w * 230)
    if sh.percent:
        fmts = doc.getNumberFormats()
        from com.sun.star.lang import Locale
        key = fmts.queryKey("0.00%", Locale(), False)
        if key == -1:
            key = fmts.addNew("0.00%", Locale())
        for rng in sh.percent:
            xs.getCellRangeByName(rng).NumberFormat = key
    _borders_and_print(doc, xs, sh)


def _borders_and_print(doc, xs, sh):
    """Thin borders over the used rows, wrapped text, bold title; A4
    landscape, one page wide, so the PDF shows what a clerk prints."""
    import uno
    ncols = max((len(r) for r in sh.rows), default=1)
    nrows = len(sh.rows)
    rng = xs.getCellRangeByPosition(0, 1, max(ncols - 1, 0), max(nrows - 1, 1))
    line = uno.createUnoStruct("com.sun.star.table.BorderLine2")
    line.OuterLineWidth = 8
    border = uno.createUnoStruct("com.sun.star.table.TableBorder2")
    for side in ("Top", "Bottom", "Left", "Right", "Horizontal", "Vertical"):
        setattr(border, side + "Line", line)
        setattr(border, "Is%sLineValid" % side, True)
    rng.TableBorder2 = border
    rng.IsTextWrapped = True
    rng.VertJustify = 2          # centre
    title = xs.getCellRangeByName("A1")
    title.CharWeight = 150.0
    title.CharHeight = 14.0
    style = doc.getStyleFamilies().getByName("PageStyles").getByName(xs.PageStyle)
    if not style.IsLandscape:
        w, h = style.Width, style.Height
        style.IsLandscape = True
        style.Width, style.Height = max(w, h), min(w, h)
    style.ScaleToPagesX = 1
    style.ScaleToPagesY = 0
    style.CenterHorizontally = True


def cell_text(office, doc, sheet, ref):
    cell = office.sheet(doc, sheet).getCellRangeByName(ref)
    return cell.getString()


def check_expects(office, doc, src):
    """Return a list of failure strings (empty when every @expect holds)."""
    bad = []
    for sheet, ref, op, text in src.expects:
        got = office.get(doc, sheet, ref)
        shown = office.sheet(doc, sheet).getCellRangeByName(ref).getString()
        where = "%s!%s" % (sheet, ref)
        if isinstance(got, tuple):
            bad.append("%s: error %s (expected %s %s)" % (where, got[1], op, text))
        elif op == "empty":
            if shown != "":
                bad.append("%s: expected no message, got %r" % (where, shown))
        elif op == "=":
            if NUMBER.match(text):
                if not isinstance(got, float) or abs(got - float(text)) > 1e-9:
                    bad.append("%s: expected %s, got %r" % (where, text, got))
            elif shown != text:
                bad.append("%s: expected %r, got %r" % (where, text, shown))
        elif op == "~":
            hay = shown if not isinstance(got, float) else "%s %r" % (shown, got)
            if text not in hay:
                bad.append("%s: expected text containing %r, got %r" % (where, text, shown))
    return bad


def cells_of(spec):
    """'S!A1:A3 T!B2' -> [(sheet, 'A1:A3'), (sheet2, 'B2')]."""
    out = []
    for part in spec.split():
        s, _, r = part.partition("!")
        out.append((s, r))
    return out
