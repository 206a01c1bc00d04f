#!/bin/bash
# Guard for speed work on the rules: every finding of `check --format json` over the real reports of
# testdata/corpus and every other fixture of testdata (text, web page, Word, PDF), alone and year against year,
# must stay byte-identical to releng/bench/check-golden.txt (written by the validator before the change).
#   releng/bench/check-golden.sh            compare with the golden file; exit 1 and a diff when they differ
#   releng/bench/check-golden.sh --write    write the golden file anew (only from a build known to be right)
# NIANBAO="java -cp ... Run" runs another build than ./nianbao (a plain-JVM class path, see docs/benchmarks.md).
set -u
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT" || exit 3
GOLDEN=releng/bench/check-golden.txt
read -r -a NIANBAO_CMD <<<"${NIANBAO:-./nianbao}"

mapfile -t FILES < <(find testdata -type f \( -name '*.txt' -o -name '*.html' -o -name '*.docx' -o -name '*.pdf' \) \
    -not -name 'README*' | LC_ALL=C sort)

run() { # one check; its exit code, stdout and stderr, labelled by the arguments
    local status
    echo "=== check $*"
    "${NIANBAO_CMD[@]}" check "$@" --format json 2>"$OUT/err"
    status=$?
    echo "--- exit $status, stderr:"
    cat "$OUT/err"
}

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
{
    run "${FILES[@]}"
    run testdata/corpus/03-hongze-quzhengfu-2024.txt --previous testdata/corpus/02-hongze-quzhengfu-2023.txt
    run testdata/corpus/06-suqian-shi-2024.txt --previous testdata/corpus/05-suqian-shi-2023.txt
    run testdata/appendix/shanghai-style-2025.txt --previous testdata/appendix/shanghai-style-2024.txt
    run testdata/v2099/a-2099.txt --previous testdata/v2099/a-2098.txt
    run testdata/corpus/04-huaian-shizhengfu-2024.txt --published 2025-02-10 --deadline 2025-01-31
    run testdata/webpage/06-suqian-shi-2024-late.html
} >"$OUT/now.txt"

if [ "${1:-}" = "--write" ]; then
    cp "$OUT/now.txt" "$GOLDEN"
    echo "check-golden: wrote $GOLDEN ($(grep -c '"rule"' "$GOLDEN") findings)"
    exit 0
fi
if diff -u "$GOLDEN" "$OUT/now.txt" >"$OUT/diff"; then
    echo "check-golden: identical ($(grep -c '"rule"' "$GOLDEN") findings)"
    exit 0
fi
head -n 200 "$OUT/diff"
echo "check-golden: DIFFERENT from $GOLDEN" >&2
exit 1
