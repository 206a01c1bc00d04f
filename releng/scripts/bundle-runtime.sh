#!/bin/sh
# Puts Java runtimes made with jlink into the materialized products (folder jre/), so that the archives run
# where no Java is installed:
#   linux x86_64   from the build JDK itself
#   linux aarch64  cross-linked: the build JDK's jlink with the jmods of Debian trixie's
#                  openjdk-25-jdk-headless:arm64 (downloaded through a private APT configuration, kept in
#                  CACHE_DIR), or of the folder given as -Dnianbao.jmods.linux-aarch64=DIR
#   windows x86_64 cross-linked from the jmods of a Windows JDK 25 given as -Dnianbao.jmods.win32-x64=DIR;
#                  without them the Windows products need an installed Java 21+ (no registry here has a
#                  Windows JDK with a free licence)
# jlink accepts jmods of another platform of the same Java version; it cannot run the runtime it makes, so
# the cross-linked ones have no CDS archive made here (the launchers make one on first start).
#   [NIANBAO_JMODS_AARCH64=DIR|none] [NIANBAO_JMODS_WIN32=DIR] bundle-runtime.sh JAVA_HOME PRODUCTS_DIR CACHE_DIR
# (none: no aarch64 runtime, for a build without network and without the cached jmods)
set -eu
JDK="$1"
PRODUCTS="$2/cn.nianbao.product"
CACHE="$3"
AARCH64_JMODS="${NIANBAO_JMODS_AARCH64:-}"
WIN32_JMODS="${NIANBAO_JMODS_WIN32:-}"
HERE="$(cd "$(dirname "$0")" && pwd)"
# java.se for SWT/AWT/XML/JDBC, jdk.unsupported for Equinox and EMF, jdk.charsets for GB18030/GBK files,
# jdk.localedata (zh) for Chinese formats, jdk.zipfs for Office files, jdk.xml.dom for the e4 CSS engine
MODULES=java.se,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.zipfs,jdk.management,jdk.xml.dom

jlink_runtime() {
    # jlink_runtime TARGET JLINK_OPTIONS...
    target="$1"
    shift
    rm -rf "$target"
    "$JDK/bin/jlink" --add-modules "$MODULES" --include-locales=en,zh --no-man-pages --no-header-files \
        --compress=zip-6 --output "$target" "$@"
}

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ] || [ ! -x "$JDK/bin/jlink" ]; then
    echo "bundle-runtime: no Linux x86_64 jlink here; the archives will need an installed Java 21+"
    exit 0
fi
jlink_runtime "$PRODUCTS/linux/gtk/x86_64/nianbao/jre" --generate-cds-archive --strip-debug

if [ -z "$AARCH64_JMODS" ]; then
    AARCH64_JMODS="$(sh "$HERE/fetch-arm64-jmods.sh" "$CACHE")"
fi
ARM_JRE="$PRODUCTS/linux/gtk/aarch64/nianbao/jre"
if [ "$AARCH64_JMODS" = none ]; then
    echo "bundle-runtime: -Dnianbao.jmods.linux-aarch64=none: the aarch64 archive has no runtime"
else
    jlink_runtime "$ARM_JRE" --module-path "$AARCH64_JMODS" --strip-java-debug-attributes
    # Debian's jmods carry the native debug information (*.debuginfo, libjvm's alone 600 MB): dropped, and the
    # libraries stripped with the aarch64 binutils (jlink's own stripping calls the host's objcopy)
    find "$ARM_JRE" -name '*.debuginfo' -delete
    find "$ARM_JRE" -type f \( -name '*.so' -o -path '*/bin/*' -o -name jspawnhelper -o -name jexec \) \
        -exec aarch64-linux-gnu-strip --strip-unneeded {} +
    echo "bundle-runtime: aarch64 runtime from $AARCH64_JMODS ($(du -sm "$ARM_JRE" | cut -f1) MB)"
fi

if [ -n "$WIN32_JMODS" ]; then
    jlink_runtime "$PRODUCTS/win32/win32/x86_64/nianbao/jre" --module-path "$WIN32_JMODS" --strip-java-debug-attributes
    echo "bundle-runtime: Windows runtime from $WIN32_JMODS"
else
    echo "bundle-runtime: no -Dnianbao.jmods.win32-x64 given; the Windows products need an installed Java 21+"
fi
