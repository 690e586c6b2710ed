# shellcheck shell=bash
# mounts.sh - sourced: bind mounts into a chroot, and undoing every one of
# them (call umount_all from an EXIT trap, so a failure leaves nothing
# mounted).  Each mount is recorded before the next is made.
JX_MOUNTS=()

# mount_root ROOT [SRC DEST]... : /proc, /dev, /dev/pts, /tmp, then each
# SRC bind-mounted at ROOT/DEST.
mount_root() {
    local root=$1; shift
    mount -t proc proc "$root/proc" && JX_MOUNTS+=("$root/proc")
    mount --bind /dev "$root/dev" && JX_MOUNTS+=("$root/dev")
    mount --bind /dev/pts "$root/dev/pts" && JX_MOUNTS+=("$root/dev/pts")
    mount --bind /tmp "$root/tmp" && JX_MOUNTS+=("$root/tmp")
    while [ $# -ge 2 ]; do
        mkdir -p "$root/$2"
        mount --bind "$1" "$root/$2" && JX_MOUNTS+=("$root/$2")
        shift 2
    done
}

# Unmount in reverse order; lazily if something inside still holds it.
umount_all() {
    local i
    for (( i=${#JX_MOUNTS[@]}-1; i>=0; i-- )); do
        umount "${JX_MOUNTS[$i]}" 2>/dev/null || umount -l "${JX_MOUNTS[$i]}" || true
    done
    JX_MOUNTS=()
}

# enable_binfmt ARCH: a foreign ARCH (arm64) runs through qemu-user-static;
# make sure the kernel hands its binaries to it (binfmt_misc may not be
# mounted in a container).  Nothing to do for the host's own architecture.
enable_binfmt() {
    local q
    [ "$1" = "$(dpkg --print-architecture)" ] && return 0
    q=qemu-${1/arm64/aarch64}
    [ -e /proc/sys/fs/binfmt_misc/register ] ||
        mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
    [ -e "/proc/sys/fs/binfmt_misc/$q" ] || update-binfmts --enable "$q"
    if [ ! -e "/proc/sys/fs/binfmt_misc/$q" ]; then
        echo "no binfmt_misc entry for $q: install qemu-user-static binfmt-support" >&2
        return 1
    fi
}
