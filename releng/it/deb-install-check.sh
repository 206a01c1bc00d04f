#!/bin/bash
# Release check of the amd64 .deb (minutes of downloads, so not in every build): a fresh Debian root made
# with debootstrap, the package installed there with apt-get install ./nianbao_*.deb (apt pulls GTK and the
# rest), then `nianbao check` of the seed, the desktop entry and the MIME type looked up as the desktop
# would. As root, with network.
#   Usage: deb-install-check.sh DEB REPO_ROOT [SUITE]       (SUITE: bookworm, the default, or trixie)
set -u
DEB="$(readlink -f "$1")"
ROOT="$2"
SUITE="${3:-bookworm}"
WORK="$(mktemp -d)"
TARGET="$WORK/root"
started=$SECONDS
. "$ROOT/releng/it/checks.sh"

debootstrap --variant=minbase "$SUITE" "$TARGET" http://deb.debian.org/debian >"$WORK/debootstrap.log" 2>&1 \
    || { tail -n 20 "$WORK/debootstrap.log"; exit 1; }
echo "deb install check: fresh $SUITE root in $((SECONDS - started)) s"
mount -t proc proc "$TARGET/proc"
trap 'umount "$TARGET/proc" 2>/dev/null' EXIT
cp "$DEB" "$TARGET/tmp/"
cp "$ROOT/seeds/000_8ac5e3a1fa8dde41.txt" "$TARGET/tmp/seed.txt"
in_root() { chroot "$TARGET" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root DEBIAN_FRONTEND=noninteractive "$@"; }
check "no Java in the fresh root" [ -z "$(in_root sh -c 'command -v java')" ]
in_root apt-get update -q >"$WORK/apt.log" 2>&1
# the desktop's own databases come with a desktop; installed here so that their triggers run
in_root apt-get install -y -q shared-mime-info desktop-file-utils "/tmp/$(basename "$DEB")" >>"$WORK/apt.log" 2>&1
check "apt-get install ./nianbao_*.deb" [ $? = 0 ]
check "GTK 3 pulled in as a dependency" in_root sh -c 'dpkg -s libgtk-3-0 >/dev/null 2>&1 || dpkg -s libgtk-3-0t64 >/dev/null 2>&1'
in_root sh -c 'cd /tmp && nianbao check seed.txt' >"$WORK/seed.out" 2>&1
check "nianbao check seed: exit 0" [ $? = 0 ]
check "nianbao check seed: LBL-01" grep -q LBL-01 "$WORK/seed.out"
check "MIME type registered" grep -q "application/x-nianbao" "$TARGET/usr/share/mime/globs2"
check "desktop entry registered for it" grep -q "application/x-nianbao=nianbao.desktop" \
    "$TARGET/usr/share/applications/mimeinfo.cache"
in_root apt-get remove -y -q nianbao >>"$WORK/apt.log" 2>&1
check "apt-get remove nianbao" [ ! -e "$TARGET/opt/nianbao" ]

echo "deb install check: $passed passed, $failed failed, $((SECONDS - started)) s"
if [ "$failed" -gt 0 ]; then
    echo "--- outputs kept in $WORK"
    exit 1
fi
umount "$TARGET/proc"
rm -rf "$WORK"
