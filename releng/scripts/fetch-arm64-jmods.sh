#!/bin/sh
# Prints the folder of the jmods of Debian trixie's openjdk-25-jdk-headless:arm64, downloading and
# unpacking the package into CACHE_DIR when that version is not there yet (about 300 MB, once).
#   fetch-arm64-jmods.sh CACHE_DIR
set -eu
CACHE="$1"
. "$(dirname "$0")/debian-arm64-apt.sh"
nianbao_arm64_apt "$CACHE" >&2
command -v aarch64-linux-gnu-strip >/dev/null 2>&1 \
    || { echo "fetch-arm64-jmods: aarch64-linux-gnu-strip is needed (apt-get install binutils-aarch64-linux-gnu)" >&2; exit 1; }
version="$(APT_CONFIG="$NIANBAO_ARM64_APT" apt-cache policy openjdk-25-jdk-headless | sed -n 's/^ *Candidate: //p')"
[ -n "$version" ] && [ "$version" != "(none)" ] \
    || { echo "fetch-arm64-jmods: openjdk-25-jdk-headless:arm64 is not in the archive" >&2; exit 1; }
dir="$CACHE/openjdk-25-arm64-$(echo "$version" | tr -c 'A-Za-z0-9.\n' _)"
if [ ! -f "$dir/jmods/java.base.jmod" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    (cd "$dir" && APT_CONFIG="$NIANBAO_ARM64_APT" apt-get -q download "openjdk-25-jdk-headless:arm64=$version" >&2)
    dpkg-deb --fsys-tarfile "$dir"/openjdk-25-jdk-headless_*.deb \
        | tar -x -C "$dir" --wildcards './usr/lib/jvm/java-25-openjdk-arm64/jmods/*'
    mv "$dir/usr/lib/jvm/java-25-openjdk-arm64/jmods" "$dir/jmods"
    rm -rf "$dir/usr" "$dir"/*.deb
fi
echo "$dir/jmods"
