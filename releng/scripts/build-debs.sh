#!/bin/sh
# Builds the .deb packages of Nianbao for amd64 and arm64 (Debian, UOS, Kylin and other Debian-family
# desktops) from the materialized linux products, each with its bundled runtime:
#   /opt/nianbao                      the product (launcher script, plugins, jre)
#   /usr/bin/nianbao                  the command line on the PATH
#   /usr/share/applications/nianbao.desktop, /usr/share/icons/hicolor/*/apps/nianbao.png
#   /usr/share/mime/packages/nianbao.xml   application/x-nianbao for *.nianbao
# The desktop and MIME databases are refreshed by the triggers of desktop-file-utils and shared-mime-info,
# so the package has no maintainer scripts. The glibc floor (libc6 >= X) is read from the runtime's
# binaries. Built with dpkg-deb; checked with lintian when it is installed (errors fail the build).
#   build-debs.sh REPO_ROOT PRODUCTS_DIR VERSION
set -eu
ROOT="$1"
PRODUCTS="$2"
VERSION="$(echo "$3" | sed 's/-SNAPSHOT$/~snapshot/')"
SRC="$ROOT/releng/debian"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# the highest GLIBC_x.y symbol version that the binaries under DIR ask for
glibc_floor() {
    find "$2" -type f \( -name '*.so' -o -path '*/bin/*' -o -name jspawnhelper \) -exec "$1" -T {} + 2>/dev/null \
        | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -u -V | tail -n 1
}

build() {
    arch="$1"
    product="$PRODUCTS/cn.nianbao.product/linux/gtk/$2/nianbao"
    binutils="$3"
    depends="$4"
    if [ ! -x "$product/jre/bin/java" ]; then
        echo "build-debs: $product has no runtime; no $arch package" >&2
        return 1
    fi
    stage="$WORK/$arch"
    mkdir -p "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" "$stage/usr/share/mime/packages" \
        "$stage/usr/share/doc/nianbao" "$stage/usr/share/lintian/overrides" "$stage/DEBIAN"
    cp -a "$product" "$stage/opt/nianbao"
    # the launcher then keeps Equinox's caches in the user's data folder, for root too (see rootfiles/linux)
    : >"$stage/opt/nianbao/configuration/.shared"
    install -m 755 "$SRC/nianbao-wrapper" "$stage/usr/bin/nianbao"
    install -m 644 "$SRC/nianbao.desktop" "$stage/usr/share/applications/nianbao.desktop"
    install -m 644 "$SRC/nianbao-mime.xml" "$stage/usr/share/mime/packages/nianbao.xml"
    for size in 16 32 48 64 128; do
        mkdir -p "$stage/usr/share/icons/hicolor/${size}x$size/apps"
        install -m 644 "$ROOT/bundles/cn.nianbao.app/icons/nianbao$size.png" \
            "$stage/usr/share/icons/hicolor/${size}x$size/apps/nianbao.png"
    done
    install -m 644 "$SRC/copyright" "$stage/usr/share/doc/nianbao/copyright"
    printf 'nianbao (%s) unstable; urgency=medium\n\n  * Built from the Nianbao sources.\n\n -- Nianbao <nianbao@nianbao.cn>  %s\n' \
        "$VERSION" "$(date -R -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}")" | gzip -9n >"$stage/usr/share/doc/nianbao/changelog.gz"
    install -m 644 "$SRC/lintian-overrides" "$stage/usr/share/lintian/overrides/nianbao"
    # dpkg and lintian want regular permissions whatever the build machine's umask
    find "$stage" -type d -exec chmod 755 {} +
    find "$stage/opt" -type f ! -perm -u+x -exec chmod 644 {} +
    find "$stage/opt" -type f -perm -u+x -exec chmod 755 {} +
    # jlink --strip-debug leaves the symbol tables of the runtime's binaries, which a package must not ship
    find "$stage/opt/nianbao/jre" -type f \( -name '*.so' -o -path '*/bin/*' -o -name jspawnhelper -o -name jexec \) \
        -exec "${binutils}strip" --strip-unneeded {} +

    floor="$(glibc_floor "${binutils}objdump" "$stage/opt/nianbao/jre")"
    size="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
    sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" \
        -e "s/@DEPENDS@/libc6 (>= $floor), $depends/" "$SRC/control" >"$stage/DEBIAN/control"
    deb="$PRODUCTS/nianbao_${VERSION}_$arch.deb"
    # gzip: every dpkg reads it (xz takes minutes here and gains little over the already compressed jars)
    dpkg-deb --root-owner-group -Zgzip --build "$stage" "$deb" >/dev/null
    echo "build-debs: $deb (runtime needs glibc >= $floor)"
    if command -v lintian >/dev/null 2>&1; then
        # without the Java checks, which unpack every jar (minutes) to say that jars belong in /usr/share/java
        lintian --fail-on error -X languages/java,languages/java/bytecode --suppress-tags "$LINTIAN_QUIET" "$deb"
    fi
}

# warnings about what an add-on application in /opt is by design: its jars with it, its help in the program
LINTIAN_QUIET=jar-not-in-usr-share,no-manual-page
# GTK for SWT (libgtk-3-0t64 from Debian 13, libgtk-3-0 before); the runtime's AWT runs headless (no X
# libraries); the x86_64 runtime (Temurin) carries its own zlib, freetype and image libraries, Debian's
# arm64 one uses the system's
GTK="libgtk-3-0t64 | libgtk-3-0"
build amd64 x86_64 "" "$GTK"
build arm64 aarch64 aarch64-linux-gnu- "$GTK, zlib1g, libstdc++6, libgcc-s1, libfreetype6, libharfbuzz0b, liblcms2-2, libjpeg62-turbo, libpng16-16t64 | libpng16-16, libgif7"
