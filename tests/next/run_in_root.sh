#!/bin/bash
# run_in_root.sh ROOT BUILD SUITE... - run LibreOffice test suites inside a
# Debian root made by mkroot.sh (another release, or arm64 under
# qemu-user-static), with what the host built.  Root only.
#
# The checkout is bind-mounted at /jixiao and BUILD at /jixiao-build, with
# /proc, /dev and /tmp; every mount is undone on exit, failure or signal.
# Suites:
#   calc     tests/core/calc_round.sh: jx_round against this Calc's ROUND
#   addin    tests/addin/test_addin.py with $OXT (default BUILD/jixiao.oxt)
#   samples  tests/samples/test_samples.py (the five reports, zh-CN office)
# Binaries the suites run (calc_round, jixiao-gen, jxeval) are taken from
# BUILD, or from $HOSTBIN when set (cross-built ones for a foreign root).
# Prints each suite's time; exits non-zero if any suite failed.
set -euo pipefail
root=$1 build=$2; shift 2
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd -P)
build=$(cd "$build" && pwd -P)
bin=${HOSTBIN:-/jixiao-build}
oxt=${OXT:-$build/jixiao.oxt}
oxt=$(cd "$(dirname "$oxt")" && pwd -P)/$(basename "$oxt")
case "$oxt" in "$build"/*) oxt=/jixiao-build/${oxt#"$build"/} ;;
    *) echo "run_in_root: OXT must be under $build" >&2; exit 2 ;; esac
arch=$(chroot "$root" dpkg --print-architecture 2>/dev/null || echo unknown)

# shellcheck source=tests/next/mounts.sh
. "$here/mounts.sh"
trap 'umount_all' EXIT
trap 'exit 130' INT TERM
enable_binfmt "$arch"
mount_root "$root" "$src" /jixiao "$build" /jixiao-build
mkdir -p "$build/next-$arch"
work=/jixiao-build/next-$arch

in_root() {
    chroot "$root" env -i PATH=/usr/bin:/bin:/usr/sbin:/sbin HOME=/root LANG=C.UTF-8 \
        CI="${CI:-}" JIXIAO_AGREEMENT_ROWS="${JIXIAO_AGREEMENT_ROWS:-10000}" \
        sh -c 'cd /jixiao && exec "$@"' sh "$@"
}

echo "run_in_root: $(in_root /usr/lib/libreoffice/program/soffice --version | head -1), $arch, $root"
failed=()
for suite in "$@"; do
    t=$(date +%s)
    case $suite in
      calc)    cmd=(tests/core/calc_round.sh "$bin/tests/calc_round" "$work/calc-round") ;;
      addin)   cmd=(env JIXIAO_GEN="$bin/addin/jixiao-gen" /usr/bin/python3
                    tests/addin/test_addin.py "$oxt" "$work/addin-test") ;;
      samples) cmd=(/usr/bin/python3 tests/samples/test_samples.py --oxt "$oxt"
                    --jxeval "$bin/jxeval" --work "$work/samples-test") ;;
      *) echo "run_in_root: unknown suite $suite" >&2; exit 2 ;;
    esac
    rc=0
    in_root "${cmd[@]}" || rc=$?
    echo "run_in_root: $suite on $arch: $([ $rc = 0 ] && echo passed || echo "FAILED (exit $rc)") in $(( $(date +%s) - t )) s"
    [ $rc = 0 ] || failed+=("$suite")
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "run_in_root: failed: ${failed[*]}" >&2
    exit 1
fi
