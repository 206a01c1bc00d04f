#!/bin/bash
# Acceptance of the built products, run by `mvnw verify` (releng/cn.nianbao.product) after they are archived:
#   the linux x86_64 archive unpacked into a fresh folder and run with no Java on the PATH and no JAVA_HOME
#   (its bundled runtime): the command line's exit codes and output on the seed and the corpus, and, when
#   there is a display, the workbench starting with the seed open (with a screenshot); the Windows and
#   Linux aarch64 archives inspected, since no such machine is here.
#   Usage: product-acceptance.sh PRODUCTS_DIR REPO_ROOT
set -u
PRODUCTS="$1"
ROOT="$2"
SEED="$ROOT/seeds/000_8ac5e3a1fa8dde41.txt"
CORPUS="$ROOT/testdata/corpus"
WORK="$(mktemp -d)"
export NIANBAO_DATA="$WORK/data"
mkdir -p "$WORK/install" "$WORK/bin"
tar -xzf "$PRODUCTS/cn.nianbao.product-linux.gtk.x86_64.tar.gz" -C "$WORK/install"
NB="$WORK/install/nianbao/nianbao"
# a PATH with the tools the launcher script uses and no java
for tool in sh dirname sed head ls mkdir cat uname df awk; do ln -s "$(command -v "$tool")" "$WORK/bin/$tool"; done
nb() { env -u JAVA_HOME PATH="$WORK/bin" NIANBAO_DEBUG=1 "$NB" "$@"; }
. "$ROOT/releng/it/checks.sh"

run() {
    # run NAME ARGS...: stdout to $WORK/NAME.out, stderr to $WORK/NAME.err, exit code to $WORK/NAME.rc
    local name="$1"
    shift
    nb "$@" >"$WORK/$name.out" 2>"$WORK/$name.err.all" </dev/null
    echo $? >"$WORK/$name.rc"
    grep -v "^nianbao: using the Java at" "$WORK/$name.err.all" >"$WORK/$name.err"
}
rc() { cat "$WORK/$1.rc"; }
has() { grep -q -- "$2" "$WORK/$1"; }
lacks() { ! grep -q -- "$2" "$WORK/$1"; }
one_line() { [ "$(wc -l <"$WORK/$1")" -eq 1 ] && lacks "$1" "Exception" && lacks "$1" "	at "; }

run version --version
check "--version exits 0" [ "$(rc version)" = 0 ]
if [ -d "$WORK/install/nianbao/jre" ]; then
    check "runs on its bundled runtime with no Java on the PATH" has version.err.all "using the Java at $WORK/install/nianbao/jre/bin/java"
fi
check "--version names nianbao" has version.out "^nianbao "

run seed check "$SEED"
check "seed: exit 0" [ "$(rc seed)" = 0 ]
check "seed: LBL-01 本年度止件数" has seed.out "LBL-01.*本年度止件数"
check "seed: blank cells reported (TYP-03)" has seed.out "TYP-03"
check "seed: no ERROR" lacks seed.out " ERROR "

run hongze check "$CORPUS/02-hongze-quzhengfu-2023.txt" --format json
check "02: exit 1" [ "$(rc hongze)" = 1 ]
check "02: SUM-05" has hongze.out '"rule": "SUM-05"'
check "02: SUM-07" has hongze.out '"rule": "SUM-07"'

for report in 03-hongze-quzhengfu-2024 04-huaian-shizhengfu-2024 05-suqian-shi-2023 06-suqian-shi-2024; do
    run "$report" check "$CORPUS/$report.txt"
    check "$report: no SUM error" lacks "$report.out" "ERROR SUM-"
done

run missing check "$WORK/no-such-report.txt"
check "missing file: exit 2" [ "$(rc missing)" = 2 ]
check "missing file: one clear line" one_line missing.err

head -c 4096 /dev/urandom >"$WORK/junk.txt"
run junk check "$WORK/junk.txt"
check "binary junk: exit 2" [ "$(rc junk)" = 2 ]
check "binary junk: one clear line" one_line junk.err

run csv export "$SEED" --format csv -o "$WORK/seed.csv"
check "export csv: exit 0" [ "$(rc csv)" = 0 ]
check "export csv: header" [ "$(head -n 1 "$WORK/seed.csv")" = "table,row,column,value" ]
check "export csv: 200 cells" [ "$(wc -l <"$WORK/seed.csv")" -eq 201 ]
check "export csv: fee as printed" grep -qx "T2,FEE,AMOUNT,0.16" "$WORK/seed.csv"

# a template installed by dropping its catalogue file into the data folder, with no new build (issue 15): the
# test-only 2099 format has a row R26 and a column C8 that the national formats lack
V2099="$ROOT/testdata/v2099"
mkdir -p "$WORK/tpl-data/templates" && cp "$V2099/v2099.xmi" "$WORK/tpl-data/templates/"
(NIANBAO_DATA="$WORK/tpl-data"; run tpl_csv export "$V2099/a-2099.txt" --format csv -o "$WORK/a-2099.csv")
check "installed template: export exit 0" [ "$(rc tpl_csv)" = 0 ]
check "installed template: its new row and column exported (R26, C8)" grep -qx "T3,R26,C8,1" "$WORK/a-2099.csv"
check "installed template: nothing on stderr" [ ! -s "$WORK/tpl_csv.err" ]
run notpl_csv export "$V2099/a-2099.txt" --format csv -o "$WORK/a-2099-national.csv"
check "without the template: read in the national layout, no R26" lacks a-2099-national.csv "R26"
echo "<broken" >"$WORK/tpl-data/templates/broken.xmi"
(NIANBAO_DATA="$WORK/tpl-data"; run tpl_broken export "$V2099/a-2099.txt" --format csv -o "$WORK/a-2099-b.csv")
check "a broken template file: named in one line on stderr" has tpl_broken.err "broken.xmi"
check "a broken template file: the good one still used" grep -qx "T3,R26,C8,1" "$WORK/a-2099-b.csv"

# the native format is an input like any other (issue 12): a roll-up saved as .nianbao checks, exports, imports
run rollup rollup "$SEED" -o "$WORK/sum.nianbao"
check "rollup -o .nianbao: written" [ -s "$WORK/sum.nianbao" ]
run native_check check "$WORK/sum.nianbao"
check "check .nianbao: read (exit 0 or 1)" [ "$(rc native_check)" -lt 2 ]
check "check .nianbao: nothing on stderr" [ ! -s "$WORK/native_check.err" ]
run native_csv export "$WORK/sum.nianbao" --format csv -o "$WORK/sum.csv"
check "export .nianbao: exit 0" [ "$(rc native_csv)" = 0 ]
check "export .nianbao: same cells as the seed" cmp -s "$WORK/seed.csv" "$WORK/sum.csv"
mkdir -p "$WORK/native-in" && cp "$WORK/sum.nianbao" "$WORK/native-in/"
run native_import repo import "$WORK/native-in" --data "$WORK/native-data"
check "repo import of a folder with a .nianbao: exit 0" [ "$(rc native_import)" = 0 ]
check "repo import of a folder with a .nianbao: imported" has native_import.out "1 imported"

# output paths (issue 19): a FIFO is refused and stays a FIFO
mkfifo "$WORK/fifo.csv"
run fifo export "$SEED" --format csv -o "$WORK/fifo.csv"
check "-o FIFO: exit 2" [ "$(rc fifo)" = 2 ]
check "-o FIFO: one clear line" one_line fifo.err
check "-o FIFO: still a FIFO" [ -p "$WORK/fifo.csv" ]

# a killed export (issue 19): SIGKILL the moment its temporary file appears (mid-write), three times; the
# next export to the same path must leave the finished file and no temporary file of ours beside it
KILLED="$WORK/killed"
mkdir -p "$KILLED"
caught=0
for _ in 1 2 3; do
    nb export "$SEED" --format pdf -o "$KILLED/seed.pdf" >/dev/null 2>&1 </dev/null &
    caught=$((caught + $(python3 "$ROOT/releng/it/kill-on-temp.py" "$KILLED/seed.pdf" 120)))
    wait 2>/dev/null
done
check "killed exports: killed while writing ($caught of 3 with a temporary file)" [ "$caught" -ge 1 ]
run afterkill export "$SEED" --format pdf -o "$KILLED/seed.pdf"
check "export after killed exports: exit 0" [ "$(rc afterkill)" = 0 ]
check "export after killed exports: no temporary file remains" [ -z "$(ls -A "$KILLED" | grep -v -x seed.pdf)" ]
check "export after killed exports: a whole PDF" sh -c "head -c 5 '$KILLED/seed.pdf' | grep -q '%PDF-' && tail -c 1024 '$KILLED/seed.pdf' | grep -q '%%EOF'"

# a full disk (issue 19): a 2 MiB tmpfs, filled; needs root and a kernel that lets us mount
FULL="$WORK/full"
mkdir -p "$FULL"
if mount -t tmpfs -o size=2m tmpfs "$FULL" 2>/dev/null; then
    mkdir -p "$FULL/data"
    dd if=/dev/zero of="$FULL/filler" bs=64k 2>/dev/null
    (export NIANBAO_DATA="$FULL/data"; run fullversion --version)
    check "full data disk: --version still exits 0 (no class-data archive)" [ "$(rc fullversion)" = 0 ]
    run fullexport export "$SEED" --format csv -o "$FULL/seed.csv"
    check "full disk: export fails (exit 2)" [ "$(rc fullexport)" = 2 ]
    check "full disk: said as such" has fullexport.err "Not enough disk space\|磁盘空间不足"
    check "full disk: no file, no temporary file left" [ -z "$(ls -A "$FULL" | grep -v -x -e filler -e data)" ]
    umount "$FULL"
else
    echo "skip full disk: mounting a tmpfs is not permitted here (needs root)"
fi

if [ -n "${DISPLAY:-}" ]; then
    NIANBAO_VMARGS="-Dnianbao.startupProbe=true" nb "$SEED" -consoleLog -nl zh_CN >"$WORK/gui.out" 2>&1 &
    pid=$!
    for _ in $(seq 1 120); do
        grep -q NIANBAO_EDITOR_SHOWN "$WORK/gui.out" && break
        sleep 0.5
    done
    sleep 1
    if command -v import >/dev/null 2>&1; then
        import -window root "$PRODUCTS/workbench-from-archive.png" 2>/dev/null
    fi
    pkill -f "$WORK/install/nianbao/" 2>/dev/null
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    # the JVM saves Equinox's framework state while it shuts down: let it finish before the next checks look
    # at the installation's configuration folder
    for _ in $(seq 1 60); do
        pgrep -f "$WORK/install/nianbao/" >/dev/null || break
        sleep 0.5
    done
    check "workbench starts with the seed open" has gui.out NIANBAO_EDITOR_SHOWN
    check "workbench logs no exception" lacks gui.out "Exception"
fi

# an installation whose configuration is shared and read-only (a package's, marked by configuration/.shared,
# or a folder the user cannot write): Equinox's caches go to the data folder, the installation stays as it was
touch "$WORK/install/nianbao/configuration/.shared"
ls -R "$WORK/install/nianbao/configuration" >"$WORK/config-before.list"
run shared check "$SEED"
check "shared configuration: check seed exit 0" [ "$(rc shared)" = 0 ]
check "shared configuration: nothing written into the installation" \
    bash -c "ls -R '$WORK/install/nianbao/configuration' | cmp -s - '$WORK/config-before.list'"
check "shared configuration: Equinox's caches in the data folder" [ -d "$NIANBAO_DATA/configuration/org.eclipse.osgi" ]
rm "$WORK/install/nianbao/configuration/.shared"

# a runtime with no base class-data archive, as the cross-linked aarch64 one: the first start dumps one into
# the data folder, and the launcher's own archive is made on top of it
mkdir -p "$WORK/no-base"
mv "$WORK/install/nianbao/jre/lib/server/"classes*.jsa "$WORK/no-base/"
(export NIANBAO_DATA="$WORK/cds-data"; run cds_first --version; run cds_second --version)
check "no base CDS archive: starts (exit 0)" [ "$(rc cds_first)$(rc cds_second)" = 00 ]
check "no base CDS archive: the first start dumps one into the data folder" \
    bash -c "ls '$WORK/cds-data/cds/'base-*.jsa >/dev/null 2>&1 && [ -s '$WORK/cds-data/cds/cli.jsa' ]"
mv "$WORK/no-base/"classes*.jsa "$WORK/install/nianbao/jre/lib/server/"

# the archives for machines that are not here, inspected
WIN="$PRODUCTS/cn.nianbao.product-win32.win32.x86_64.zip"
unzip -l "$WIN" >"$WORK/win.list"
check "windows: launcher nianbao.cmd" grep -q " nianbao/nianbao.cmd$" "$WORK/win.list"
check "windows: launchers nianbao.exe and nianbaoc.exe" bash -c "grep -q ' nianbao/nianbao.exe$' '$WORK/win.list' && grep -q ' nianbao/nianbaoc.exe$' '$WORK/win.list'"
check "windows: SWT win32 fragment" grep -q "plugins/org.eclipse.swt.win32.win32.x86_64_" "$WORK/win.list"
check "windows: no GTK fragment" bash -c "! grep -q 'org.eclipse.swt.gtk' '$WORK/win.list'"
check "windows: no Linux launcher needed" bash -c "! grep -q ' nianbao/nianbao$' '$WORK/win.list'"
check "windows: equinox launcher jar" grep -q "plugins/org.eclipse.equinox.launcher_" "$WORK/win.list"
check "windows: configuration" grep -q "nianbao/configuration/config.ini" "$WORK/win.list"
tar -tzf "$PRODUCTS/cn.nianbao.product-linux.gtk.aarch64.tar.gz" >"$WORK/arm.list"
check "aarch64: launcher script" grep -q "^nianbao/nianbao$" "$WORK/arm.list"
check "aarch64: bundled runtime" grep -q "^nianbao/jre/bin/java$" "$WORK/arm.list"
check "aarch64: SWT gtk aarch64 fragment" grep -q "plugins/org.eclipse.swt.gtk.linux.aarch64_" "$WORK/arm.list"
check "aarch64: no x86_64 fragment" bash -c "! grep -q 'org.eclipse.swt.gtk.linux.x86_64' '$WORK/arm.list'"

unzip -l "$PRODUCTS/../cn.nianbao.product-"*.zip >"$WORK/site.list" 2>/dev/null
check "offline update site zip (p2 repository)" grep -qE " (content|artifacts)\.(jar|xml\.xz)$" "$WORK/site.list"

echo "product acceptance: $passed passed, $failed failed"
if [ "$failed" -gt 0 ]; then
    echo "--- outputs kept in $WORK"
    exit 1
fi
rm -rf "$WORK"
