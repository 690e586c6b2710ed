#!/usr/bin/python3
"""Unpack an .xlsx into the fuzzer's part format: name NUL content NUL ...

usage: unpack.py IN.xlsx OUT

Only the parts the audit reads are kept (workbook, relationships, shared
strings, worksheets, document properties) so the seed stays small.
"""
import sys
import zipfile

src, dst = sys.argv[1:3]
keep = ("_rels/", "xl/_rels/", "xl/workbook.xml", "xl/sharedStrings.xml", "xl/worksheets/",
        "docProps/")
with zipfile.ZipFile(src) as z, open(dst, "wb") as out:
    chunks = []
    for name in z.namelist():
        if name.startswith(keep):
            chunks += [name.encode(), z.read(name)]
    out.write(b"\0".join(chunks))
