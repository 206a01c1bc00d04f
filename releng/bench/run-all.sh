#!/bin/bash
# Every benchmark of Nianbao in one command, printed as one table (about 6–8 minutes on 2 cores):
#   releng/bench/run-all.sh
# start-up (warm and cold), memory with 20 reports open, rule-check throughput and live re-check, import per
# form, export per format, repository import and queries, compare and roll-up. Needs a built product
# (./nianbao builds it) and, for the workbench figures, a display or Xvfb.
set -u
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT" || exit 3
. releng/scripts/find-java.sh
nianbao_find_java_home || { echo "run-all: a JDK 21+ is needed" >&2; exit 3; }
export JAVA_HOME="$NIANBAO_JAVA_HOME"
OUT="$(mktemp -d)"
./nianbao --version >/dev/null || exit 3

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(uname -m), Java $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg)"
releng/bench/startup.sh 5 2 >"$OUT/startup.txt" 2>&1
MANY=20 releng/bench/startup.sh 2 0 >"$OUT/many.txt" 2>&1
./nianbao bench-check testdata/corpus --count 10000 >"$OUT/check.txt" 2>&1
./mvnw -B -q -o verify -pl '!releng/cn.nianbao.product' \
    -Dtest=ExportBenchmark,ImportBenchmark,RepositoryBenchmark,ReviewBenchmark \
    -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false -DtestArgLine=-Dnianbao.benchmark=true \
    >"$OUT/maven.txt" 2>&1

echo
echo "| benchmark | result |"
echo "|---|---|"
row() { printf '| %s | %s |\n' "$1" "$2"; }
row "start-up to the seed in the editor, warm" "$(grep '^warm:' "$OUT/startup.txt")"
row "start-up, cold (page cache dropped)" "$(grep '^cold:' "$OUT/startup.txt")"
row "20 reports open" "$(grep '^warm:' "$OUT/many.txt" | sed 's/.*RSS/RSS/')"
while read -r line; do row "rule check" "$line"; done < <(grep -E 'reports/s|re-check' "$OUT/check.txt")
while read -r line; do row "import" "${line#BENCHMARK }"; done < <(grep '^BENCHMARK' "$OUT/maven.txt")
for module in export store review; do
    file="bundles/cn.nianbao.$module.tests/target/benchmark.txt"
    [ -f "$file" ] && while read -r line; do [ -n "$line" ] && row "$module" "$line"; done <"$file"
done
echo
echo "raw outputs: $OUT"
