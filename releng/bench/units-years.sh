#!/bin/bash
# The repository at the scale of a province: the corpus replicated over AGENCIES units × YEARS years (default
# 10,000 × 10 = 100,000 reports), imported into H2 and into a private PostgreSQL server (started and stopped
# by the test fixture, fsync off), then agency histories, the year totals, a region's roll-up, the intake view
# of a roster of 1,000 units and the copy search over the last year (docs/benchmarks.md). Not part of ./run-tests. Needs a JDK 21+, initdb/pg_ctl
# (Debian's postgresql) and about 1.5 GB in the temporary folder for the 100,000 files and the two databases.
#   releng/bench/units-years.sh                       # 10,000 × 10, h2 and postgresql
#   AGENCIES=300 YEARS=2 releng/bench/units-years.sh   # a smoke run (about a minute)
#   BACKENDS=postgresql releng/bench/units-years.sh
set -u
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT" || exit 3
. releng/scripts/find-java.sh
nianbao_find_java_home || { echo "units-years: a JDK 21+ is needed" >&2; exit 3; }
export JAVA_HOME="$NIANBAO_JAVA_HOME"
AGENCIES="${AGENCIES:-10000}"
YEARS="${YEARS:-10}"
BACKENDS="${BACKENDS:-h2,postgresql}"
# the heap holds one year's comparable texts and the import's parse window; 4 GB is ample for 10,000 a year
./mvnw -B -q -o verify \
    -pl target-platform,bundles/cn.nianbao.model,bundles/cn.nianbao.testing,bundles/cn.nianbao.validation,bundles/cn.nianbao.io,bundles/cn.nianbao.export,bundles/cn.nianbao.store,bundles/cn.nianbao.review,bundles/cn.nianbao.review.tests \
    -Dtest=UnitsYearsBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    "-DtestArgLine=-Xmx4g -Dnianbao.benchmark=true -Dnianbao.benchmark.agencies=$AGENCIES -Dnianbao.benchmark.years=$YEARS -Dnianbao.benchmark.backends=$BACKENDS"
status=$?
grep -h '' bundles/cn.nianbao.review.tests/target/units-years-benchmark.txt 2>/dev/null
exit $status
