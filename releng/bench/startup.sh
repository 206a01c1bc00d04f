#!/bin/bash
# Start-up benchmark of the workbench: wall time from `./nianbao seeds/000_8ac5e3a1fa8dde41.txt` to the
# editor showing the seed (the workbench prints NIANBAO_EDITOR_SHOWN once the editor of the first file is
# open), and the resident memory (VmRSS) of the Java process at that moment.
#   releng/bench/startup.sh [WARM_RUNS] [COLD_RUNS]       (defaults 5 and 2; cold runs need root to drop caches)
# Prints one line per run and a summary; needs a display (starts Xvfb :97 when DISPLAY is unset).
set -u
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WARM="${1:-5}"
COLD="${2:-2}"
PRODUCT="$ROOT/releng/cn.nianbao.product/target/products/cn.nianbao.product/linux/gtk/x86_64/nianbao"
SEED="$ROOT/seeds/000_8ac5e3a1fa8dde41.txt"
[ -x "$PRODUCT/nianbao" ] || "$ROOT/nianbao" --version >/dev/null || exit 3    # builds the product when missing
. "$ROOT/releng/scripts/find-java.sh"
nianbao_find_java_home && export JAVA_HOME="$NIANBAO_JAVA_HOME"
if [ -z "${DISPLAY:-}" ]; then
    Xvfb :97 -screen 0 1400x1000x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB=$!
    export DISPLAY=:97
    sleep 1
fi
DATA="$(mktemp -d)"
export NIANBAO_DATA="$DATA"
# MANY=N opens N reports at once (copies of the seed and the corpus) to measure the memory they take
FILES=("$SEED")
if [ -n "${MANY:-}" ]; then
    FILES=()
    mkdir -p "$DATA/many"
    corpus=("$ROOT"/testdata/corpus/*.txt)
    for i in $(seq 1 "$MANY"); do
        cp "${corpus[$(( (i - 1) % ${#corpus[@]} ))]}" "$DATA/many/report-$i.txt"
        FILES+=("$DATA/many/report-$i.txt")
    done
fi

one_run() {
    local mode="$1" log
    log="$(mktemp -p "$DATA" run-XXXXXX.log)"
    if [ "$mode" = cold ]; then
        sync
        echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || { echo "cold runs need root (drop_caches)"; return 1; }
        rm -rf "$DATA/configuration" "$PRODUCT/configuration/org.eclipse.osgi" "$PRODUCT/configuration/org.eclipse.core.runtime"
    fi
    local start end pid java_pid rss
    start=$(date +%s%N)
    NIANBAO_VMARGS="-Dnianbao.startupProbe=true ${BENCH_VMARGS:-}" "$PRODUCT/nianbao" "${FILES[@]}" >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 600); do
        grep -q NIANBAO_EDITOR_SHOWN "$log" && break
        sleep 0.02
    done
    end=$(date +%s%N)
    java_pid=$(pgrep -P "$pid" java || echo "$pid")
    rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$java_pid/status" 2>/dev/null)
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    printf '%s %.2f s %s MiB\n' "$mode" "$(echo "($end - $start) / 1000000000" | bc -l)" "${rss:-?}"
}

one_run warm >/dev/null   # first start after a build fills the OSGi cache: not counted
for i in $(seq 1 "$WARM"); do one_run warm; done | tee "$DATA/warm.txt"
for i in $(seq 1 "$COLD"); do one_run cold; done | tee "$DATA/cold.txt"
for mode in warm cold; do
    sort -n -k2 "$DATA/$mode.txt" | awk -v m="$mode" '{t[NR]=$2; r[NR]=$4} END {if (NR) printf "%s: median %.2f s (min %.2f, max %.2f), RSS median %s MiB, n=%d\n", m, t[int((NR+1)/2)], t[1], t[NR], r[int((NR+1)/2)], NR}'
done
[ -n "${XVFB:-}" ] && kill "$XVFB"
rm -rf "$DATA"
