#!/bin/bash
# Acceptance of the .deb packages, run by `mvnw verify` (releng/cn.nianbao.product): their control data
# (architecture, dependencies, glibc floor), their files (launcher, runtime of the right architecture, desktop
# entry, icon, MIME type) and the amd64 package's program run from its unpacked files on the seed.
# The installation with apt into a fresh Debian root is the release check releng/it/deb-install-check.sh
# (minutes of downloads). lintian already ran when the packages were built.
#   Usage: deb-acceptance.sh PRODUCTS_DIR REPO_ROOT
set -u
PRODUCTS="$1"
ROOT="$2"
WORK="$(mktemp -d)"
. "$ROOT/releng/it/checks.sh"

for arch in amd64 arm64; do
    deb="$(ls "$PRODUCTS"/nianbao_*_"$arch".deb 2>/dev/null | head -n 1)"
    check "$arch: package built" [ -n "$deb" ]
    [ -n "$deb" ] || continue
    dpkg-deb -f "$deb" >"$WORK/$arch.control"
    dpkg-deb -c "$deb" | awk '{ print $6 }' >"$WORK/$arch.files"
    check "$arch: Architecture $arch" grep -qx "Architecture: $arch" "$WORK/$arch.control"
    check "$arch: depends on GTK 3" grep -q "^Depends:.*libgtk-3-0" "$WORK/$arch.control"
    check "$arch: states its glibc floor" grep -q "^Depends: libc6 (>= 2\.[0-9]*)" "$WORK/$arch.control"
    check "$arch: no X libraries needed by the runtime (headless AWT)" bash -c "! grep -q 'libxtst' '$WORK/$arch.control'"
    for file in ./opt/nianbao/nianbao ./opt/nianbao/jre/bin/java ./usr/bin/nianbao \
            ./usr/share/applications/nianbao.desktop ./usr/share/mime/packages/nianbao.xml \
            ./usr/share/icons/hicolor/48x48/apps/nianbao.png ./usr/share/doc/nianbao/copyright \
            ./opt/nianbao/configuration/.shared; do
        check "$arch: $file" grep -qx "$file" "$WORK/$arch.files"
    done
    mkdir -p "$WORK/$arch"
    dpkg-deb -x "$deb" "$WORK/$arch"
done
check "arm64: the runtime is aarch64" bash -c "file -L '$WORK/arm64/opt/nianbao/jre/bin/java' | grep -q 'ARM aarch64'"
check "arm64: needs glibc 2.38 (Debian's OpenJDK)" grep -q "libc6 (>= 2.38)" "$WORK/arm64.control"
check "amd64: the runtime is x86-64" bash -c "file -L '$WORK/amd64/opt/nianbao/jre/bin/java' | grep -q 'x86-64'"

DESKTOP="$WORK/amd64/usr/share/applications/nianbao.desktop"
check "desktop entry opens .nianbao files" grep -qx "MimeType=application/x-nianbao;" "$DESKTOP"
check "desktop entry has its Chinese name" grep -qx "Name\[zh_CN\]=年报" "$DESKTOP"
if command -v desktop-file-validate >/dev/null 2>&1; then
    check "desktop entry valid" desktop-file-validate "$DESKTOP"
fi
check "MIME type: *.nianbao" grep -q '<glob pattern="\*.nianbao"/>' "$WORK/amd64/usr/share/mime/packages/nianbao.xml"
check "MIME type: well-formed XML" python3 -c "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])" \
    "$WORK/amd64/usr/share/mime/packages/nianbao.xml"

# the amd64 program from the package's files, with no Java on the PATH
export NIANBAO_DATA="$WORK/data"
env -u JAVA_HOME PATH=/usr/bin:/bin "$WORK/amd64/opt/nianbao/nianbao" check "$ROOT/seeds/000_8ac5e3a1fa8dde41.txt" \
    >"$WORK/seed.out" 2>"$WORK/seed.err"
check "amd64: check seed exits 0" [ $? = 0 ]
check "amd64: check seed reports LBL-01" grep -q "LBL-01" "$WORK/seed.out"

echo "deb acceptance: $passed passed, $failed failed"
if [ "$failed" -gt 0 ]; then
    echo "--- outputs kept in $WORK"
    exit 1
fi
rm -rf "$WORK"
