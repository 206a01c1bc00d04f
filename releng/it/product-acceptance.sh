#!/bin/bash
# Acceptance of the built linux x86_64 product through its own launcher script, run by `mvnw verify`
# (releng/cn.nianbao.product) after the products are materialized:
#   the command line's exit codes and output on the seed and the corpus, and, when there is a display,
#   the workbench starting with the seed open.       Usage: product-acceptance.sh PRODUCT_DIR REPO_ROOT
set -u
PRODUCT="$1"
ROOT="$2"
NB="$PRODUCT/nianbao"
SEED="$ROOT/seeds/000_8ac5e3a1fa8dde41.txt"
CORPUS="$ROOT/testdata/corpus"
WORK="$(mktemp -d)"
export NIANBAO_DATA="$WORK/data"
passed=0
failed=0

check() {
    # check NAME CONDITION...
    local name="$1"
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "ok   $name"
    else
        failed=$((failed + 1))
        echo "FAIL $name"
    fi
}

run() {
    # run NAME ARGS...: stdout to $WORK/NAME.out, stderr to $WORK/NAME.err, exit code to $WORK/NAME.rc
    local name="$1"
    shift
    "$NB" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" </dev/null
    echo $? >"$WORK/$name.rc"
}
rc() { cat "$WORK/$1.rc"; }
has() { grep -q -- "$2" "$WORK/$1"; }
lacks() { ! grep -q -- "$2" "$WORK/$1"; }
one_line() { [ "$(wc -l <"$WORK/$1")" -eq 1 ] && lacks "$1" "Exception" && lacks "$1" "	at "; }

run version --version
check "--version exits 0" [ "$(rc version)" = 0 ]
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

if [ -n "${DISPLAY:-}" ]; then
    NIANBAO_VMARGS="-Dnianbao.startupProbe=true" "$NB" "$SEED" -consoleLog >"$WORK/gui.out" 2>&1 &
    pid=$!
    for _ in $(seq 1 120); do
        grep -q NIANBAO_EDITOR_SHOWN "$WORK/gui.out" && break
        sleep 0.5
    done
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    check "workbench starts with the seed open" has gui.out NIANBAO_EDITOR_SHOWN
    check "workbench logs no exception" lacks gui.out "Exception"
fi

echo "product acceptance: $passed passed, $failed failed"
if [ "$failed" -gt 0 ]; then
    echo "--- outputs kept in $WORK"
    exit 1
fi
rm -rf "$WORK"
