#!/bin/sh
# Sourced: a private APT configuration for Debian trixie arm64 packages, so that the build can download
# them (the aarch64 JDK's jmods, the packages of a minimal arm64 root for the tests) without touching the
# build machine's own APT sources or dpkg architectures. Trixie, because its glibc (2.41) and OpenJDK 25
# match the Temurin 25 jlink of the build. Needs network on the first call; the lists are kept.
#   . debian-arm64-apt.sh CACHE_DIR     then APT_CONFIG="$NIANBAO_ARM64_APT" apt-get ...
nianbao_arm64_apt() {
    dir="$1/apt"
    mkdir -p "$dir/lists/partial" "$dir/archives/partial" "$dir/etc/apt.conf.d" "$dir/etc/preferences.d" \
        "$dir/etc/sources.list.d"
    touch "$dir/status"
    echo "deb [arch=arm64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${NIANBAO_DEBIAN_MIRROR:-http://deb.debian.org/debian} trixie main" \
        >"$dir/etc/sources.list"
    # an empty dpkg status: apt resolves every dependency from the archive, nothing from this machine
    cat >"$dir/apt.conf" <<CONF
Dir::Etc "$dir/etc";
Dir::Etc::SourceList "$dir/etc/sources.list";
Dir::Etc::SourceParts "$dir/etc/sources.list.d";
Dir::State "$dir";
Dir::State::Lists "$dir/lists";
Dir::State::status "$dir/status";
Dir::Cache "$dir";
Dir::Cache::Archives "$dir/archives";
APT::Architecture "arm64";
APT::Architectures { "arm64"; };
APT::Install-Recommends "false";
Debug::NoLocking "true";
APT::Sandbox::User "root";
CONF
    NIANBAO_ARM64_APT="$dir/apt.conf"
    if [ ! -s "$dir/updated" ] || [ -n "$(find "$dir/updated" -mmin +1440)" ]; then
        APT_CONFIG="$NIANBAO_ARM64_APT" apt-get -q -o Debug::NoLocking=1 update >"$dir/update.log" 2>&1 \
            || { cat "$dir/update.log" >&2; return 1; }
        date >"$dir/updated"
    fi
}
