#!/usr/bin/python3
"""Measure, on real workbooks, what jixiao-audit's per-workbook limits count
(docs/AUDIT.md, "Limits per workbook").

usage: measure_limits.py WORKBOOK.xlsx...

Prints per workbook: cells (<c> of every worksheet), shared strings (<si>),
text bytes (<t> of shared strings and inline strings), formula bytes (<f>)
and how many formulas are shared.  The figures in docs/AUDIT.md come from
every table of jixiao-template, xmzc-zp with tests/template/data's specs and
the check-audit-template workbooks (LibreOffice- and Gnumeric-saved).
"""
import re
import sys
import zipfile

for p in sys.argv[1:]:
    z = zipfile.ZipFile(p)
    cells = sst = sbytes = fbytes = shared_f = 0
    for n in z.namelist():
        t = z.read(n).decode("utf-8", "replace")
        if n.startswith("xl/worksheets/"):
            cells += len(re.findall(r"<c[ >/]", t))
            fbytes += sum(len(f.encode()) for f in re.findall(r"<f[^>]*>(.*?)</f>", t, re.S))
            shared_f += len(re.findall(r'<f[^>]*t="shared"', t))
            sbytes += sum(len(x.encode()) for x in re.findall(r"<t[^>]*>(.*?)</t>", t, re.S))
        if n == "xl/sharedStrings.xml":
            sst = len(re.findall(r"<si[ >/]", t))
            sbytes += sum(len(x.encode()) for x in re.findall(r"<t[^>]*>(.*?)</t>", t, re.S))
    print("%-28s cells %6d  sst %5d  text %7d B  formulas %7d B (shared %d)"
          % (p.split("/")[-1], cells, sst, sbytes, fbytes, shared_f))
