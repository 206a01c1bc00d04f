#!/bin/sh
# Builds the Windows installers from the materialized win32 product (with nianbao.exe already in it):
#   nianbao-VERSION-setup.exe   NSIS, per user (releng/installer/nianbao.nsi)
#   nianbao-VERSION.msi         wixl, per machine (releng/installer/nianbao.wxs)
# both signed when NIANBAO_SIGN_PKCS12 is set (see sign-windows.sh).
#   build-installers.sh REPO_ROOT PRODUCTS_DIR VERSION
set -eu
ROOT="$1"
PRODUCTS="$2"
VERSION="$(echo "$3" | sed 's/[^0-9.].*//')"
SRC="$PRODUCTS/cn.nianbao.product/win32/win32/x86_64/nianbao"
for tool in makensis wixl wixl-heat; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "build-installers: $tool is needed (Debian: apt-get install nsis wixl)" >&2
        exit 1
    fi
done
[ -f "$SRC/nianbao.exe" ] || { echo "build-installers: no nianbao.exe in $SRC" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 "$ROOT/releng/scripts/png-to-ico.py" "$WORK/nianbao.ico" "$ROOT/bundles/cn.nianbao.app/icons"
SIGN_DEFINE=""
if [ -n "${NIANBAO_SIGN_PKCS12:-}" ]; then
    SIGN_DEFINE="-DSIGN=$ROOT/releng/scripts/sign-windows.sh"
fi

SETUP="$PRODUCTS/nianbao-$VERSION-setup.exe"
# shellcheck disable=SC2086
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DSOURCE="$SRC" -DICON="$WORK/nianbao.ico" \
    -DOUTFILE="$SETUP" $SIGN_DEFINE "$ROOT/releng/installer/nianbao.nsi"

MSI="$PRODUCTS/nianbao-$VERSION.msi"
# wixl takes source paths relative to where it runs: the product is linked into the work folder
ln -s "$SRC" "$WORK/product"
cp "$ROOT/releng/installer/nianbao.wxs" "$WORK/"
# every file a component of its own, as Windows Installer wants; the names relative to the product folder
(cd "$WORK" && find product/ -type f | sort | wixl-heat -p product/ --component-group ProductFiles \
    --directory-ref INSTALLDIR --var var.SourceDir --win64 >files.wxs &&
    wixl -a x64 -D Win64=yes -D Version="$VERSION" -D SourceDir=product -D Icon=nianbao.ico -o "$MSI" \
        nianbao.wxs files.wxs)

sh "$ROOT/releng/scripts/sign-windows.sh" "$SETUP" "$MSI"
echo "build-installers: $SETUP, $MSI"
