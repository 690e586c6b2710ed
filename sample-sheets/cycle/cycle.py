#!/usr/bin/python3
"""The bureau's year, end to end, for make demo (sample-sheets/cycle/README.md).

usage: cycle.py specs OUTDIR
       cycle.py fill TEMPLATES RETURNED WORKDIR

specs: writes the bureau's targets as departments hand them in — the 渝水区
       spec as a CSV saved the way Excel and WPS on Chinese Windows save
       "CSV (逗号分隔)" (GBK, CRLF, no byte-order mark), the 衡阳县 spec as the
       .xlsx a budget system exports (title and unit rows above the header)
       — and the batch file naming them.
fill:  fills each template of TEMPLATES as its department would, in real
       headless LibreOffice, from returns.tsv (values from the seed reports,
       some with the typical mistakes), and saves it into RETURNED.  The
       cells are found through the template's own _jixiao map (the indicator
       row whose 三级指标 has the name), never by position.
"""
import csv
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tests", "lo"))


def read_tsv(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f
                if line.strip() and not line.startswith("#")]


def specs(out):
    import xlsxwriter
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(HERE, "targets-yushui.csv"), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(out, "绩效目标-渝水区医疗救助-GBK.csv"), "wb") as f:
        f.write(text.replace("\n", "\r\n").encode("gbk"))
    rows = read_tsv("targets-hengyang.tsv")
    wb = xlsxwriter.Workbook(os.path.join(out, "绩效目标表-衡阳县医疗保障局.xlsx"))
    ws = wb.add_worksheet("绩效目标表")
    bold = wb.add_format({"bold": True})
    ws.write(0, 0, "2024年度部门整体支出绩效目标表", bold)
    ws.write(1, 0, "单位名称：衡阳县医疗保障局")
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if not v:
                continue
            if i > 0 and rows[0][j] == "分值":
                ws.write_number(i + 2, j, float(v))
            else:
                ws.write_string(i + 2, j, v, bold if i == 0 else None)
    wb.close()
    shutil.copy(os.path.join(HERE, "batch.csv"), os.path.join(out, "batch.csv"))


def typed(v):
    """What a cell holds after a department types v: 96% is 0.96, 31000 a number."""
    s = v.strip()
    try:
        return float(s[:-1]) / 100 if s.endswith("%") else float(s)
    except ValueError:
        return s


def indicator_rows(path):
    """{三级指标 name: ind record} from the template's _jixiao map."""
    import openpyxl
    wb = openpyxl.load_workbook(path)
    recs = []
    for r in wb["_jixiao"].iter_rows(values_only=True):
        if r[0] == "ind":
            recs.append(dict(kv.split("=", 1) for kv in r[1:] if kv))
    out = {}
    for rec in recs:
        ws = wb[rec["sheet"]]
        row = ws[rec["actual"]].row
        for c in ws[row]:
            if isinstance(c.value, str) and not c.value.startswith("="):
                out.setdefault(c.value.strip(), rec)
    return out


def fill(templates, returned, work):
    from office import Office
    os.makedirs(returned, exist_ok=True)
    books = {}
    for row in read_tsv("returns.tsv"):
        books.setdefault(row[0], []).append(row[1:])
    with Office(work) as o:
        for name, lines in books.items():
            src = os.path.join(templates, name + ".xlsx")
            dst = os.path.join(returned, name + ".xlsx")
            if lines[0][0] == "(未填写)":
                shutil.copy(src, dst)
                print("  %s: returned blank" % name)
                continue
            recs = indicator_rows(src)
            d = o.open(src)
            for ind, actual, *rest in lines:
                rec = recs.get(ind)
                if rec is None:
                    sys.exit("cycle.py: %s has no indicator row named %s" % (name, ind))
                o.set(d, rec["sheet"], rec["actual"], typed(actual))
                if len(rest) > 0 and rest[0]:
                    o.set(d, rec["sheet"], rec["reason"], rest[0])
                if len(rest) > 1 and rest[1]:
                    o.set(d, rec["sheet"], rec["score"], typed(rest[1]))
            o.recalc(d)
            o.save(d, dst, "xlsx")
            o.close(d)
            print("  %s: filled in LibreOffice" % name)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "specs":
        specs(sys.argv[2])
    elif len(sys.argv) == 5 and sys.argv[1] == "fill":
        fill(*sys.argv[2:5])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
