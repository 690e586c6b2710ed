#!/usr/bin/python3
"""bench-template: 1000 workbooks of table 1 (项目支出绩效自评表).

  A. jixiao-template --batch (a 1000-row batch CSV, forked workers on all cores)
  B. Python XlsxWriter (Debian python3-xlsxwriter) writing the same workbook
     1000 times, as a bureau's IT person would script it: one process, with
     XlsxWriter's defaults (temporary files in /tmp) and with in_memory=True.

"The same workbook" is taken literally: B replays every cell (value or
formula with its cached result), format, merge, validation, conditional
format, column width, print setting, protection and defined name of a
workbook A wrote, read once with openpyxl before the clock starts.

Reports wall time, CPU time (user + system of the process and its
children) and peak RSS (the largest of the processes), and the ratios.

usage: bench.py BUILD/jixiao-template WORKDIR [N]
"""

import os
import resource
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
if sys.argv[1:2] != ["--python"]:
    BIN, WORK = sys.argv[1:3]
    N = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
SPEC = os.path.join(HERE, "data", "spec-002-yiliao.csv")


def measure(cmd):
    """Run cmd under GNU time: wall s, CPU s (user + system, children
    included) and peak RSS in MB of the largest process of the tree.

    GNU time rather than getrusage() here: a Python parent's fork() copy
    (before exec) would count Python's own memory as the child's peak."""
    stats = os.path.join(WORK, "time.out")
    subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", stats, *cmd], check=True)
    with open(stats) as f:
        wall, user, system, rss_kb = f.read().split()[-4:]
    return float(wall), float(user) + float(system), int(rss_kb) / 1024.0


def replay_plan(path):
    """Everything needed to write `path` again with XlsxWriter."""
    import openpyxl
    wf = openpyxl.load_workbook(path)
    wv = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in wf.worksheets:
        vs = wv[ws.title]
        cells = []
        for row in ws.iter_rows():
            for c in row:
                if not c.has_style and c.value is None:
                    continue
                st = None
                if c.has_style:
                    f, a, p = c.font, c.alignment, c.protection
                    st = (f.name, f.sz, bool(f.b), f.color.rgb if f.color is not None and isinstance(f.color.rgb, str) else None,
                          a.horizontal, a.vertical, bool(a.wrap_text), c.border.left.style is not None,
                          c.number_format, bool(p.locked), bool(p.hidden))
                cells.append((c.row - 1, c.column - 1, c.value, vs[c.coordinate].value, st))
        merges = [(r.min_row - 1, r.min_col - 1, r.max_row - 1, r.max_col - 1) for r in ws.merged_cells.ranges]
        dvs = []
        for dv in ws.data_validations.dataValidation:
            opt = {"validate": {"decimal": "decimal", "list": "list"}[dv.type],
                   "error_title": dv.errorTitle, "error_message": dv.error,
                   "input_title": dv.promptTitle, "input_message": dv.prompt}
            if dv.type == "list":
                opt["source"] = "=" + dv.formula1
            else:
                opt.update(criteria="between", minimum=float(dv.formula1),
                           maximum=float(dv.formula2) if dv.formula2.replace(".", "", 1).isdigit()
                           else "=" + dv.formula2)
            dvs.append((str(dv.sqref), {k: v for k, v in opt.items() if v is not None}))
        cfs = [(str(cf.sqref), rule.formula[0]) for cf in ws.conditional_formatting for rule in cf.rules]
        cols = [(k, d.width, d.hidden) for k, d in ws.column_dimensions.items()]
        rows = [(k - 1, d.height) for k, d in ws.row_dimensions.items() if d.height]
        sheets.append(dict(title=ws.title, cells=cells, merges=merges, dvs=dvs, cfs=cfs, cols=cols,
                           rows=rows, hidden=ws.sheet_state == "hidden",
                           repeat=ws.print_title_rows, area=ws.print_area,
                           footer=ws.oddFooter.center.text))
    names = [(n, d.attr_text) for n, d in wf.defined_names.items()] if hasattr(wf.defined_names, "items") \
        else [(d.name, d.attr_text) for d in wf.defined_names.definedName]
    return dict(sheets=sheets, names=[n for n in names if not n[0].startswith("_xlnm")],
                title=wf.properties.title)


def write_python(plan, path, in_memory=False):
    import xlsxwriter
    wb = xlsxwriter.Workbook(path, {"in_memory": in_memory})
    fmts = {}

    def fmt(st):
        if st is None:
            return None
        if st not in fmts:
            name, size, bold, color, h, v, wrap, border, numfmt, locked, hidden = st
            d = {"font_name": name, "font_size": size, "bold": bold, "text_wrap": wrap,
                 "align": h or "general", "valign": "vcenter", "locked": locked, "hidden": hidden}
            if border:
                d["border"] = 1
            if numfmt and numfmt != "General":
                d["num_format"] = numfmt
            if color:
                d["font_color"] = "#" + color[-6:]
            fmts[st] = wb.add_format(d)
        return fmts[st]

    bad = wb.add_format({"bg_color": "#FFC7CE", "font_color": "#9C0006"})
    for sh in plan["sheets"]:
        ws = wb.add_worksheet(sh["title"])
        merged_first = {(m[0], m[1]): m for m in sh["merges"]}
        inner = set()
        for (r1, c1, r2, c2) in sh["merges"]:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        inner.add((r, c))
        for r, c, v, cached, st in sh["cells"]:
            if (r, c) in inner:
                continue
            f = fmt(st)
            if (r, c) in merged_first:
                m = merged_first[(r, c)]
                ws.merge_range(m[0], m[1], m[2], m[3], "", f)
            if isinstance(v, str) and v.startswith("="):
                ws.write_formula(r, c, v, f, "" if cached is None else cached)
            elif isinstance(v, str):
                ws.write_string(r, c, v, f)
            elif isinstance(v, (int, float)):
                ws.write_number(r, c, v, f)
            else:
                ws.write_blank(r, c, None, f)
        for rng, opt in sh["dvs"]:
            ws.data_validation(rng, opt)
        for rng, formula in sh["cfs"]:
            ws.conditional_format(rng, {"type": "formula", "criteria": "=" + formula, "format": bad})
        for letter, width, hidden in sh["cols"]:
            ws.set_column("%s:%s" % (letter, letter), width, None, {"hidden": hidden})
        for r, h in sh["rows"]:
            ws.set_row(r, h)
        if sh["hidden"]:
            ws.hide()
        ws.set_landscape()
        ws.set_paper(9)
        ws.fit_to_pages(1, 0)
        if sh["repeat"]:
            ws.repeat_rows(int(sh["repeat"].split(":")[0].strip("$")) - 1)
        if sh["footer"]:
            ws.set_footer("&C" + sh["footer"])
        ws.protect("", {"format_columns": True, "format_rows": True})
    for name, ref in plan["names"]:
        wb.define_name(name, "=" + ref)
    wb.set_properties({"title": plan["title"]})
    wb.close()


def python_main(plan_path, out_dir, n, in_memory):
    import pickle
    with open(plan_path, "rb") as f:
        plan = pickle.load(f)
    for i in range(n):
        write_python(plan, os.path.join(out_dir, "py-%04d.xlsx" % i), in_memory)


def main():
    import pickle
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    batch = os.path.join(WORK, "batch.csv")
    shutil.copy(SPEC, os.path.join(WORK, "yiliao.csv"))
    with open(batch, "w", encoding="utf-8") as f:
        f.write("单位,项目名称,年度,全年预算数,全年执行数,指标表\n")
        for i in range(N):
            f.write("渝水区医疗保障局,医疗救助补助资金%04d,2022,%.2f,%.2f,yiliao.csv\n"
                    % (i, 1000 + i * 0.37, 900 + i * 0.21))
    cores = os.cpu_count() or 1
    results = {}
    for label, tmp in (("C, temp files in the output dir", "OUT"), ("C, temp files in /dev/shm", None)):
        out = os.path.join(WORK, "c-out-%d" % len(results))
        os.makedirs(out)
        cmd = [BIN, "--batch", batch, "--out-dir", out, "--jobs", str(cores), "-q"]
        if tmp == "OUT":
            cmd += ["--tmpdir", out]
        results[label] = measure(cmd)
        files = [x for x in os.listdir(out) if x.endswith(".xlsx")]
        assert len(files) == N, (label, len(files))
    one = os.path.join(WORK, "c-out-0", sorted(os.listdir(os.path.join(WORK, "c-out-0")))[0])
    plan_path = os.path.join(WORK, "plan.pickle")
    with open(plan_path, "wb") as f:
        pickle.dump(replay_plan(one), f)
    for label, mem in (("Python XlsxWriter (defaults)", "0"), ("Python XlsxWriter in_memory", "1")):
        pyout = os.path.join(WORK, "py-out-" + mem)
        os.makedirs(pyout)
        results[label] = measure([sys.executable, os.path.abspath(__file__), "--python", plan_path,
                                  pyout, str(N), mem])
        assert len(os.listdir(pyout)) == N
    size_c = os.path.getsize(one)
    size_py = os.path.getsize(os.path.join(WORK, "py-out-0", "py-0000.xlsx"))

    print("bench-template: %d workbooks of 项目支出绩效自评表 (%d cores; C uses %d workers)" % (N, cores, cores))
    print("%-34s %9s %9s %8s %12s" % ("", "wall s", "CPU s", "peak MB", "ms/workbook"))
    for label, (wall, cpu, rss) in results.items():
        print("%-34s %9.2f %9.2f %8.1f %12.2f" % (label, wall, cpu, rss, wall * 1000 / N))
    c = results["C, temp files in /dev/shm"]
    for label in ("Python XlsxWriter (defaults)", "Python XlsxWriter in_memory"):
        py = results[label]
        print("ratio %s / C (defaults): wall %.1fx, CPU %.1fx" % (label, py[0] / c[0], py[1] / c[1]))
    print("workbook size: C %d bytes, Python %d bytes" % (size_c, size_py))
    print("load average at the end: %.2f %.2f %.2f (other work on these cores inflates wall times)"
          % os.getloadavg())


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--python":
        python_main(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5] == "1")
    else:
        main()
