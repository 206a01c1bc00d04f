#!/bin/sh
# The raw list of docs/error-audit.md: every ERROR that `nianbao check` raises on the real reports and
# fixtures of testdata/ (all but the made-up 2099 format of testdata/v2099), one line each, in English.
#   releng/scripts/error-audit.sh            with ./nianbao (builds the product when it is stale)
#   NIANBAO=/path/to/nianbao releng/scripts/error-audit.sh   with a product already built
# ErrorAuditTest (cn.nianbao.cli.tests) fails when this list and the table of docs/error-audit.md differ.
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
NIANBAO="${NIANBAO:-$ROOT/nianbao}"
cd "$ROOT" || exit 3
FILES=$(find testdata -path testdata/v2099 -prune -o -type f \
    \( -name '*.txt' -o -name '*.html' -o -name '*.docx' -o -name '*.pdf' \) -print | sort)
# shellcheck disable=SC2086
"$NIANBAO" check --lang en $FILES | grep ': ERROR '
# check exits 1 when it found an ERROR: that is the expected outcome here
[ $? -le 1 ] || exit 3
