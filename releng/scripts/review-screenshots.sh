#!/bin/bash
# Makes docs/screenshots/compare-05-06-{t3,text,summary}-zh.png (the compare editor on 宿迁 2023→2024, corpus
# 05→06) and trends-suqian-zh.png (a trend chart with its table) in Chinese, by running the UI test that does
# it with real SWT widgets (under Xvfb when there is no display). Pass "en" for the English ones.
#   releng/scripts/review-screenshots.sh [zh|en]
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/find-java.sh"
nianbao_find_java_home || { echo "review-screenshots: a JDK 21+ is needed" >&2; exit 3; }
export JAVA_HOME="$NIANBAO_JAVA_HOME"
LANGUAGE="${1:-zh}"
OUT="$ROOT/docs/screenshots"
mkdir -p "$OUT"
MODULES=target-platform,bundles/cn.nianbao.model,bundles/cn.nianbao.testing,bundles/cn.nianbao.validation,bundles/cn.nianbao.io,bundles/cn.nianbao.store,bundles/cn.nianbao.export,bundles/cn.nianbao.ui,bundles/cn.nianbao.review,bundles/cn.nianbao.review.ui,bundles/cn.nianbao.review.ui.tests,bundles/cn.nianbao.collections.osgi,bundles/cn.nianbao.cli,bundles/cn.nianbao.app,features/cn.nianbao.feature
cmd=("$ROOT/mvnw" -B -q -o -f "$ROOT/pom.xml" verify -pl "$MODULES" -Dtest=CompareEditorTest
    -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false
    "-Dnianbao.screenshots=$OUT" "-DtestArgLine=-Duser.language=$LANGUAGE")
if [ -z "${DISPLAY:-}" ]; then
    xvfb-run -a -s "-screen 0 1280x1024x24" "${cmd[@]}"
else
    "${cmd[@]}"
fi && ls -l "$OUT"/compare-05-06-*-"$LANGUAGE".png "$OUT"/trends-suqian-"$LANGUAGE".png
