#!/usr/bin/env bash
# make demo: the README's main job, from a fresh Debian 12 machine.
#   1. install what is missing (make deps) and build (library, add-in, tools);
#   2. write a bureau's batch of locked templates (sample-sheets/bureau.csv:
#      tables 1-6 for the seed reports' departments) into out/templates;
#   3. install the extension into a private LibreOffice profile, rebuild the
#      five real reports as sample sheets, recalculate them headless, check
#      them, render templates and samples to PDF and PNG;
#   4. print the table: report, reported total, computed total, grade, flags;
#   5. the bureau's year (sample-sheets/cycle): targets from a GBK CSV and an
#      .xlsx 绩效目标表 -> a batch of templates -> filled in LibreOffice as the
#      departments would (some with typical mistakes) -> audit -> 汇总 workbook
#      with its charts as pictures.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-out}
BUILD=${BUILD:-build}

make deps
make BUILD="$BUILD" all oxt

rm -rf "$OUT/templates" "$OUT/samples" "$OUT/pdf" "$OUT/png"
mkdir -p "$OUT/templates" "$OUT/pdf" "$OUT/png"
echo "== Templates for a bureau's departments (sample-sheets/bureau.csv)"
"$BUILD/jixiao-template" --batch sample-sheets/bureau.csv --out-dir "$OUT/templates"
"$BUILD/jixiao-template" xmzc-zp --formulas addin -o "$OUT/templates/项目支出绩效自评表-加载项公式.xlsx" --force

echo "== The five real reports, recomputed in headless LibreOffice with the add-in"
/usr/bin/python3 sample-sheets/build.py --oxt "$BUILD/jixiao.oxt" --out "$OUT/samples" \
    --pdf --render "$OUT/templates" --render-out "$OUT/pdf" --work "$OUT/.office"

for pdf in "$OUT"/samples/*.pdf "$OUT"/pdf/*.pdf; do
    [ -e "$pdf" ] || continue
    pdftoppm -png -r 60 -f 1 -l 1 "$pdf" "$OUT/png/$(basename "${pdf%.pdf}")"
done

echo "== The bureau's year: targets in, templates out, returns audited, 汇总 out (sample-sheets/cycle)"
C="$OUT/cycle"
rm -rf "$C"
mkdir -p "$C/templates" "$C/returned" "$C/png"
/usr/bin/python3 sample-sheets/cycle/cycle.py specs "$C/targets"
"$BUILD/jixiao-template" --batch "$C/targets/batch.csv" --out-dir "$C/templates"
/usr/bin/python3 sample-sheets/cycle/cycle.py fill "$C/templates" "$C/returned" "$OUT/.office-cycle"
rc=0
"$BUILD/jixiao-audit" --summary "$C/汇总.xlsx" --png "$C/png" --csv "$C/审核.csv" "$C/returned" || rc=$?
[ "$rc" -le 1 ] || { echo "demo: jixiao-audit failed ($rc)" >&2; exit 1; }
timeout 180 soffice -env:UserInstallation="file://$(realpath "$OUT")/.office-cycle/convert" --headless \
    --convert-to pdf --outdir "$C" "$C/汇总.xlsx" >/dev/null 2>&1 &&
    pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$C/汇总.pdf" "$C/png/汇总" ||
    echo "demo: could not render 汇总.xlsx as a picture" >&2

cat <<TXT

== Where everything is
  $OUT/templates/   locked .xlsx templates (open in LibreOffice, WPS or Excel)
  $OUT/samples/     the five reports as .ods sample sheets (need the add-in) and .pdf
  $OUT/pdf/         the templates as PDF;  $OUT/png/  first pages as PNG
  $OUT/cycle/       the bureau's year: targets/ (GBK CSV, .xlsx spec, batch), templates/,
                    returned/ (filled in LibreOffice), 审核.csv, 汇总.xlsx, png/ (its charts)
  $BUILD/jixiao.oxt the extension: Tools > Extension Manager > Add, or: make install
TXT
