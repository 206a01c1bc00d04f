#!/bin/bash
# The built product's own bulk import, started the way docs/cli.md says: the corpus replicated over
# AGENCIES units × YEARS years as text files (default 10,000 × 10 = 100,000; written by UnitsYearsBenchmark's
# writeTo mode), then `./nianbao repo import FOLDER` into a fresh H2 data folder, timed (wall and the process's
# CPU), then `./nianbao repo verify`. The launcher's own JVM settings apply (docs/benchmarks.md). Not part of
# ./run-tests. Needs a JDK 21+ and about 1 GB in the temporary folder; ./nianbao builds the product if missing.
#   releng/bench/product-import.sh
#   AGENCIES=2000 YEARS=10 releng/bench/product-import.sh
set -u
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT" || exit 3
. releng/scripts/find-java.sh
nianbao_find_java_home || { echo "product-import: a JDK 21+ is needed" >&2; exit 3; }
export JAVA_HOME="$NIANBAO_JAVA_HOME"
AGENCIES="${AGENCIES:-10000}"
YEARS="${YEARS:-10}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
./mvnw -B -q -o verify \
    -pl target-platform,bundles/cn.nianbao.model,bundles/cn.nianbao.testing,bundles/cn.nianbao.validation,bundles/cn.nianbao.io,bundles/cn.nianbao.export,bundles/cn.nianbao.store,bundles/cn.nianbao.review,bundles/cn.nianbao.review.tests \
    -Dtest=UnitsYearsBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    "-DtestArgLine=-Dnianbao.benchmark=true -Dnianbao.benchmark.agencies=$AGENCIES -Dnianbao.benchmark.years=$YEARS -Dnianbao.benchmark.writeTo=$WORK/reports" \
    || exit 3
count=$(find "$WORK/reports" -type f -name '*.txt' | wc -l)
./nianbao --version >/dev/null || exit 3   # builds the product once, outside the timing
TIMEFORMAT='%R %U %S'
{ time { ./nianbao repo import "$WORK/reports" --data "$WORK/data" >"$WORK/out" 2>"$WORK/err"; echo $? >"$WORK/status"; } ; } 2>"$WORK/cpu"
status=$(cat "$WORK/status")
if [ $status -ne 0 ]; then
    echo "product-import: repo import exited $status" >&2
    tail -5 "$WORK/err" >&2
    exit $status
fi
read -r wall user sys <"$WORK/cpu"
./nianbao repo verify --data "$WORK/data" >"$WORK/verify" 2>&1
verified=$?
awk -v n="$count" -v w="$wall" -v u="$user" -v k="$sys" -v load="$(cut -d' ' -f1 /proc/loadavg)" -v v="$verified" \
    'BEGIN { printf "product: repo import of %d reports in %.1f s = %.0f reports/s (process CPU %.1f s; load %s); verify exit %d\n", n, w, n / w, u + k, load, v }'
exit $verified
