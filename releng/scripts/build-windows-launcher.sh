#!/bin/sh
# Compiles the Windows launcher (releng/native/win32) with mingw-w64 into nianbao.exe (GUI subsystem, for
# the workbench) and nianbaoc.exe (console, for the command line), with the icon and a version resource.
#   build-windows-launcher.sh REPO_ROOT OUT_DIR VERSION        (VERSION like 0.1.0 or 0.1.0-SNAPSHOT)
set -eu
ROOT="$1"
OUT="$2"
VERSION="$3"
SRC="$ROOT/releng/native/win32"
CC="${MINGW_PREFIX:-x86_64-w64-mingw32}-gcc"
WINDRES="${MINGW_PREFIX:-x86_64-w64-mingw32}-windres"
if ! command -v "$CC" >/dev/null 2>&1 || ! command -v "$WINDRES" >/dev/null 2>&1; then
    echo "build-windows-launcher: $CC and $WINDRES are needed (Debian: apt-get install gcc-mingw-w64-x86-64)" >&2
    exit 1
fi
mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 "$ROOT/releng/scripts/png-to-ico.py" "$WORK/nianbao.ico" "$ROOT/bundles/cn.nianbao.app/icons"
cp "$SRC/nianbao.rc" "$WORK/"
NUMBERS="$(echo "$VERSION" | sed 's/[^0-9.].*//')"
MAJOR="$(echo "$NUMBERS" | cut -d. -f1)"
MINOR="$(echo "$NUMBERS." | cut -d. -f2)"
MICRO="$(echo "$NUMBERS.." | cut -d. -f3)"
# -static: no mingw runtime DLLs to ship beside the exe; -s: the launcher has nothing to debug for users
CFLAGS="-municode -Os -s -static -Wall -Wextra -Werror -std=c11"
for exe in nianbao nianbaoc; do
    if [ "$exe" = nianbaoc ]; then
        flags="-mconsole -DNIANBAO_CONSOLE"
        description="Nianbao command line"
    else
        flags="-mwindows"
        description="Nianbao"
    fi
    "$WINDRES" -I"$WORK" -DNIANBAO_VERSION_MAJOR="${MAJOR:-0}" -DNIANBAO_VERSION_MINOR="${MINOR:-0}" \
        -DNIANBAO_VERSION_MICRO="${MICRO:-0}" -DNIANBAO_VERSION_TEXT="\\\"$VERSION\\\"" \
        -DNIANBAO_DESCRIPTION="\\\"$description\\\"" -DNIANBAO_EXE="\\\"$exe.exe\\\"" \
        "$WORK/nianbao.rc" -O coff -o "$WORK/$exe.res.o"
    # shellcheck disable=SC2086
    "$CC" $CFLAGS $flags -o "$OUT/$exe.exe" "$SRC/launcher.c" "$SRC/find_java.c" "$SRC/command_line.c" \
        "$WORK/$exe.res.o" -lshell32 -ladvapi32
done
echo "build-windows-launcher: $OUT/nianbao.exe, $OUT/nianbaoc.exe ($VERSION)"
sh "$ROOT/releng/scripts/sign-windows.sh" "$OUT/nianbao.exe" "$OUT/nianbaoc.exe"
