"""check_rdb.py SIG RDB_IDL - the compiled type library declares exactly the
table's methods, in the table's order (the add-in dispatches on position).

SIG is `jixiao-gen sig`; RDB_IDL is `unoidl-read ... jixiao.rdb`."""
import sys

sig = [l.strip() for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
lines = open(sys.argv[2], encoding="utf-8").read().split("\n")
start = next(i for i, l in enumerate(lines) if l.strip() == "interface XFunctions {")
methods = []
for l in lines[start + 1:]:
    l = l.strip()
    if l == "};":
        break
    if not l.startswith("interface "):
        methods.append(l)
if methods != sig:
    for a, b in zip(sig + [""] * len(methods), methods + [""] * len(sig)):
        if a != b:
            print("table: %s\nrdb:   %s" % (a, b))
            break
    print("check_rdb: the type library and the function table disagree", file=sys.stderr)
    sys.exit(1)
print("check_rdb: %d methods in the type library match the function table" % len(sig))
