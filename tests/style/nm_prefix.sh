#!/bin/bash
# nm_prefix.sh - every exported symbol carries its component's prefix.
#
# Usage: nm_prefix.sh BUILD_DIR
#
# One prefix per component (issue 13, docs/ARCHITECTURE.md "Names"):
#   jx_    the core (libjixiao.a, libjixiao.so)
#   jxa_   the add-in (jxu_ for its plain-C UNO layer in unoc.c)
#   tpl_   the template tool
#   jxau_  the audit
#   xlsx_  the audit's xlsx reader (src/audit/xlsx_*.c), linked into the
#          audit and into the template tool (.xlsx specs)
#   jxau_mapw_  the writer of the audit's map format (src/audit/mapwrite.c),
#          linked into the template tool, the one writer of the _jixiao map
# A global defined symbol (nm types T D B R ...) in an artifact must match
# the artifact's rule below.  Names starting with '_' and `main`,
# `data_start` come from the C runtime; names with '@' are copies of a
# shared library's data (stderr@GLIBC); type A is a version node.
set -u
B=${1:-build}
RUNTIME='^(_.*|main|data_start)$'

pass=0; fail=0

# check FILE NM-OPTIONS REGEX: every global defined symbol of FILE matches REGEX.
check() {
    local file=$1 opts=$2 re=$3 bad=0 sym
    if [ ! -e "$file" ]; then
        echo "FAIL $file: not built"; fail=$((fail + 1)); return
    fi
    while read -r sym; do
        [[ $sym =~ $re || $sym =~ $RUNTIME || $sym == *@* ]] && continue
        echo "FAIL $file: exported symbol without its component's prefix: $sym"
        bad=1
    done < <(nm $opts --defined-only "$file" 2>/dev/null | awk 'NF == 3 && $2 != "A" { print $3 }' | sort -u)
    if [ $bad = 0 ]; then pass=$((pass + 1)); echo "ok   $file"; else fail=$((fail + 1)); fi
}

check "$B/libjixiao.a"            -g '^jx_'
check "$B/libjixiao.so"           -D '^jx_'
check "$B/addin/jixiao.uno.so"    -D '^component_(getFactory|getImplementationEnvironment)$'
for o in "$B"/addin/*.o; do
    check "$o" -g '^(jxa_|jxu_|component_)'
done
check "$B/jixiao-template"        -g '^(jx_|tpl_|xlsx_|jxau_mapw_)'
check "$B/jixiao-audit"           -g '^(jx_|jxau_|xlsx_)'

echo "nm prefixes: $pass passed, $fail failed"
[ $fail = 0 ]
