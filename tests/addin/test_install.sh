#!/bin/bash
# test_install.sh BUILD BOOK - `make install` / `make uninstall` as a new user
# would run them: a user who has never started LibreOffice (no profile),
# then LibreOffice computing a workbook with the add-in's functions.
#
# As root the "new user" is nobody with a fresh HOME; otherwise the current
# user with a fresh HOME.  BOOK is the case workbook test_addin.py saved;
# its first case is =ORG.JIXIAO.FUNCTIONS.EXECRATE(479.71;1071.15).
set -euo pipefail
build=$1 book=$2 keep=()
home=$(mktemp -d /tmp/jixiao-newuser-XXXXXX)
trap 'rm -rf "$home"' EXIT
chmod 755 "$home"
run=()
if [ "$(id -u)" = 0 ]; then
    chown nobody:nogroup "$home"
    run=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
fi
# MAKEFLAGS stays out: make 4.4 (Debian 13) passes a jobserver fifo the
# unprivileged user cannot open, and make install needs no parallel jobs.
as_user() { "${run[@]}" env -u MAKEFLAGS -u MFLAGS HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }

# The user must reach the checkout by its absolute path: soffice and make cd
# into it, and a relative path passes a test from inside it even where no
# path leads there (a clone under /root, mode 700).  When it cannot, `make
# install` runs from a copy of the sources and the built .oxt in the user's
# home, told (-o) to take that .oxt as it is rather than rebuild it.
reachable() { as_user sh -c 'cd "$1" && test -r Makefile -a -r "$2/jixiao.oxt"' _ "$1" "$2" 2>/dev/null; }
src=$(pwd -P)
case "$build" in /*) ;; *) build=$src/$build ;; esac
if ! reachable "$src" "$build"; then
    copy=$home/checkout
    mkdir "$copy"
    tar -C "$src" --exclude=./.git --exclude="./${build#"$src"/}" -cf - . | tar -C "$copy" -xpf -
    mkdir -p "$copy/build" && cp -p "$build/jixiao.oxt" "$copy/build/"
    keep=(-o "$copy/build/jixiao.oxt")
    [ "$(id -u)" = 0 ] && chown -R nobody:nogroup "$copy"
    echo "install: $src is not reachable by the office user; make install runs from a copy in $copy"
    src=$copy build=$copy/build
    if ! reachable "$src" "$build"; then
        echo "FAIL [install] the office user cannot read the copy $copy either" >&2; exit 1
    fi
fi
cd "$src"
cp "$book" "$home/book.ods"; [ "$(id -u)" = 0 ] && chown nobody "$home/book.ods"
as_user make -s --no-print-directory BUILD="$build" "${keep[@]}" install
# Recalculate on load, so the CSV shows what the add-in computes now.
reg="$home/.config/libreoffice/4/user/registrymodifications.xcu"
sed -i 's#</oor:items>#<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>#' "$reg"
(cd "$home" && as_user timeout 180 /usr/lib/libreoffice/program/soffice --headless \
    --convert-to csv --outdir "$home" "$home/book.ods" >/dev/null 2>&1)
first=$(head -1 "$home/book.csv")
case "$first" in
  "execrate 003,0.44784577"*) echo "install: a new user's office computes EXECRATE: $first" ;;
  *) echo "FAIL [install] after make install the first case reads: $first" >&2; exit 1 ;;
esac
as_user make -s --no-print-directory BUILD="$build" "${keep[@]}" uninstall
if as_user /usr/lib/libreoffice/program/unopkg list 2>/dev/null | grep -q org.jixiao.calc; then
    echo "FAIL [install] still listed after make uninstall" >&2; exit 1
fi
echo "install: make install / uninstall as a new user: ok"
