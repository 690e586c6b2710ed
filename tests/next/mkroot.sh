#!/bin/bash
# mkroot.sh SUITE ARCH DIR - a minimal Debian root with headless Calc and
# Python-UNO, for running the LibreOffice suites against another release
# (trixie: LibreOffice 25.x) or another architecture (arm64, under
# qemu-user-static).  Root only.
#
# DIR is reused when it holds a finished, verified root (DIR/.jixiao-root
# records what it is; soffice --version must still run inside it); a broken
# or half-built one is rebuilt from scratch in DIR.new and moved into place
# only when complete, so a killed build never leaves a root that looks good.
#
# The packages come from the mirror the host uses (first deb.debian.org-style
# URI in /etc/apt/sources.list*; MIRROR overrides it).
set -euo pipefail
suite=$1 arch=$2 dir=$3
here=$(cd "$(dirname "$0")" && pwd)
# The office, Python-UNO for the tests, the Chinese UI the samples run in.
PKGS=${PKGS:-libreoffice-calc-nogui python3-uno libreoffice-l10n-zh-cn}
stamp="$suite $arch $PKGS"
mkdir -p "$(dirname "$dir")"
# One builder at a time per root (two make runs may share the cache).
exec 9>"$dir.lock"
flock 9

mirror=${MIRROR:-$( { grep -rshoE '(URIs:|deb) +https?://[^ ]*/debian/?( |$)' \
    /etc/apt/sources.list /etc/apt/sources.list.d/ || true; } | awk 'NR==1{print $2}')}
mirror=${mirror:-http://deb.debian.org/debian}

t0=$(date +%s)
stage() { echo "mkroot[$suite/$arch]: $1 ($(( $(date +%s) - t0 )) s)"; }

# shellcheck source=tests/next/mounts.sh
. "$here/mounts.sh"
trap 'umount_all' EXIT
enable_binfmt "$arch"

# The office version in ROOT (it needs /proc), empty when it does not run.
office_version() {
    mount_root "$1"
    chroot "$1" /usr/lib/libreoffice/program/soffice --version 2>/dev/null | head -1 || true
    umount_all
}

# apt-get install PKGS into ROOT (mounted; the host's resolv.conf).
install_pkgs() {
    mount_root "$1"
    cp /etc/resolv.conf "$1/etc/resolv.conf" 2>/dev/null || true
    chroot "$1" env DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 sh -c \
        "apt-get update -qq && apt-get install -y -qq --no-install-recommends $PKGS" \
        > "$dir.apt.log" 2>&1 || { tail -20 "$dir.apt.log" >&2; umount_all; return 1; }
    chroot "$1" apt-get clean
    umount_all
}

# Verify the new root's office, then move it into place.
finish() {
    ver=$(office_version "$new")
    [ -n "$ver" ] || { echo "mkroot: soffice does not run in $new" >&2; exit 1; }
    echo "$stamp" > "$new/.jixiao-root"
    rm -rf "$dir" && mv "$new" "$dir"
    stage "built $dir: $ver"
    exit 0
}

# A cached root: reuse it when it is what we asked for and its office runs;
# when only the package list grew, add the packages to it.
if [ -f "$dir/.jixiao-root" ] && ver=$(office_version "$dir") && [ -n "$ver" ]; then
    have=$(cat "$dir/.jixiao-root")
    if [ "$have" = "$stamp" ]; then
        stage "cached root $dir: $ver"
        exit 0
    fi
    if [ "$(echo "$have" | cut -d' ' -f1,2)" = "$suite $arch" ]; then
        stage "cached root $dir: adding $PKGS"
        rm -f "$dir/.jixiao-root"
        install_pkgs "$dir"
        echo "$stamp" > "$dir/.jixiao-root"
        stage "updated $dir: $(office_version "$dir")"
        exit 0
    fi
fi

new=$dir.new
# A base system finished before (DIR.new/.jixiao-base) is resumed: a first
# build interrupted during the package install does not download it again.
if [ "$(cat "$new/.jixiao-base" 2>/dev/null)" = "$suite $arch" ]; then
    stage "resuming $new (base system present)"
    stage "apt-get install $PKGS"
    install_pkgs "$new"
    finish
fi
rm -rf "$new"

foreign=()
if [ "$arch" != "$(dpkg --print-architecture)" ]; then
    foreign=(--foreign)
fi
stage "debootstrap $suite $arch from $mirror"
debootstrap --variant=minbase --arch="$arch" "${foreign[@]}" "$suite" "$new" "$mirror" \
    > "$dir.debootstrap.log" 2>&1 || { tail -20 "$dir.debootstrap.log" >&2; exit 1; }
if [ ${#foreign[@]} -gt 0 ]; then
    stage "second stage under qemu-user-static"
    chroot "$new" /debootstrap/debootstrap --second-stage >> "$dir.debootstrap.log" 2>&1 ||
        { tail -20 "$dir.debootstrap.log" >&2; exit 1; }
fi
echo "$suite $arch" > "$new/.jixiao-base"
stage "apt-get install $PKGS"
install_pkgs "$new"
finish
