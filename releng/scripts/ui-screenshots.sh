#!/bin/bash
# Makes docs/screenshots/editor-t3-broken-{zh,en}.png: the 表三 editor on the seed with a broken identity
# (a number typed into 一、本年新收 that no longer adds up), in Chinese and in English, by running the UI
# test that does it with real SWT widgets (under Xvfb when there is no display).
#   releng/scripts/ui-screenshots.sh
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/find-java.sh"
nianbao_find_java_home || { echo "ui-screenshots: a JDK 21+ is needed" >&2; exit 3; }
export JAVA_HOME="$NIANBAO_JAVA_HOME"
OUT="$ROOT/docs/screenshots"
mkdir -p "$OUT"
run() {
    local cmd=("$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" verify -pl '!releng/cn.nianbao.product'
        -Dtest=ReportEditorTest -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false
        "-Dnianbao.screenshots=$OUT" "-DtestArgLine=-Duser.language=$1")
    if [ -z "${DISPLAY:-}" ]; then
        xvfb-run -a -s "-screen 0 1280x1024x24" "${cmd[@]}"
    else
        "${cmd[@]}"
    fi
}
run zh && run en && ls -l "$OUT"/editor-t3-broken-*.png
