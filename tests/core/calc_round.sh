#!/usr/bin/env bash
# Compare jx_round with LibreOffice Calc's ROUND on a few thousand values:
# calc_round writes a flat ODS sheet, one headless soffice conversion turns
# it into CSV with Calc's results, calc_round compares.  Real Calc is the
# ground truth for every score the core rounds.
#   usage: calc_round.sh BUILD/tests/calc_round WORKDIR
set -euo pipefail
bin=$1
work=$2
if ! command -v soffice >/dev/null; then
    if [ "${CI:-}" = true ]; then echo "calc_round: soffice not found" >&2; exit 1; fi
    echo "calc_round: SKIPPED, soffice not installed (make deps installs it)"
    exit 0
fi
rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)
"$bin" gen "$work/round.fods"
# Own profile: works as root and beside other soffice instances.
# CSV options: comma, quote, UTF-8, from row 1, cell contents not as shown.
# timeout signals soffice's whole process group: no orphan if it hangs.
timeout -k 10 300 soffice -env:UserInstallation="file://$work/profile" --headless \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false' \
    --outdir "$work" "$work/round.fods" >"$work/soffice.log" 2>&1 || {
    cat "$work/soffice.log" >&2; exit 1; }
# The version decides one documented difference (src/core/jixiao/round.h).
version=$(soffice --version 2>/dev/null | head -1)
"$bin" cmp "$work/round.csv" "${version:-unknown}"
