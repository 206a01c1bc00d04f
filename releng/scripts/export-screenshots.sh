#!/bin/sh
# Makes the screenshots of the document exports in docs/screenshots/ from the seed report, so that anyone can
# look at what DOCX, PDF and HTML exports look like (merged headers, Chinese fonts, no missing glyphs).
#
#   releng/scripts/export-screenshots.sh [SAMPLES_DIR]
#
# Builds nothing itself. The exported files come from, in this order:
#   1. SAMPLES_DIR, if given: a folder holding seed.pdf, seed.docx and seed.html;
#   2. the built product, when it is newer than the export bundle's sources:
#      nianbao export seeds/000_8ac5e3a1fa8dde41.txt --format pdf|docx|html -o ...;
#   3. else the export tests' sample writer (the same importer and exporters), run through Maven offline on
#      the export modules only (it compiles what is missing, as any test run would).
# Needs: poppler-utils (pdftoppm, pdftotext), libreoffice-writer-nogui (soffice), chromium, and a Chinese
# TrueType font for the PDF (fonts-arphic-uming).
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/docs/screenshots"
SEED="$ROOT/seeds/000_8ac5e3a1fa8dde41.txt"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
case "$(uname -m)" in aarch64|arm64) ARCH=aarch64 ;; *) ARCH=x86_64 ;; esac
PRODUCT="$ROOT/releng/cn.nianbao.product/target/products/cn.nianbao.product/linux/gtk/$ARCH/nianbao/nianbao"

for tool in pdftoppm pdftotext soffice chromium; do
    command -v "$tool" >/dev/null 2>&1 || { echo "export-screenshots: $tool is missing (apt-get install poppler-utils libreoffice-writer-nogui chromium)" >&2; exit 2; }
done

SAMPLES="$WORK/samples"
mkdir -p "$SAMPLES"
if [ $# -ge 1 ]; then
    cp "$1/seed.pdf" "$1/seed.docx" "$1/seed.html" "$SAMPLES/"
elif [ -x "$PRODUCT" ] && [ -z "$(find "$ROOT/bundles/cn.nianbao.export/src" -newer "$PRODUCT" -type f | head -n 1)" ] \
        && "$PRODUCT" export "$SEED" --format pdf -o "$SAMPLES/seed.pdf"; then
    "$PRODUCT" export "$SEED" --format docx -o "$SAMPLES/seed.docx"
    "$PRODUCT" export "$SEED" --format html -o "$SAMPLES/seed.html"
else
    echo "export-screenshots: no product that can export; writing the samples through the export tests" >&2
    . "$ROOT/releng/scripts/find-java.sh"
    nianbao_find_java_home || { echo "export-screenshots: needs a JDK 21+" >&2; exit 3; }
    (cd "$ROOT" && JAVA_HOME="$NIANBAO_JAVA_HOME" ./mvnw -B -q -o verify \
        -pl target-platform,bundles/cn.nianbao.model,bundles/cn.nianbao.testing,bundles/cn.nianbao.validation,bundles/cn.nianbao.io,bundles/cn.nianbao.export,bundles/cn.nianbao.export.tests \
        -Dtest=ExportSamples -DtestArgLine="-Dnianbao.samples.dir=$SAMPLES")
fi

mkdir -p "$OUT"
# PDF: the first page, and the page where table 三 starts (the one with its header note)
pdftoppm -r 110 -f 1 -l 1 -singlefile -png "$SAMPLES/seed.pdf" "$OUT/export-pdf-page1"
pages="$(pdfinfo "$SAMPLES/seed.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')"
t3=1
for p in $(seq 1 "${pages:-1}"); do
    if pdftotext -f "$p" -l "$p" "$SAMPLES/seed.pdf" - | tr -d ' \n' | grep -q '勾稽关系'; then t3=$p; break; fi
done
pdftoppm -r 110 -f "$t3" -l "$t3" -singlefile -png "$SAMPLES/seed.pdf" "$OUT/export-pdf-table3"

# DOCX: through LibreOffice to PDF, then the first page and the table 三 page
HOME="$WORK" soffice --headless --norestore --convert-to pdf --outdir "$WORK/docx" "$SAMPLES/seed.docx" >/dev/null 2>&1
pdftoppm -r 110 -f 1 -l 1 -singlefile -png "$WORK/docx/seed.pdf" "$OUT/export-docx-page1"
dpages="$(pdfinfo "$WORK/docx/seed.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')"
for p in $(seq 1 "${dpages:-1}"); do
    if pdftotext -f "$p" -l "$p" "$WORK/docx/seed.pdf" - | tr -d ' \n' | grep -q '勾稽关系'; then
        pdftoppm -r 110 -f "$p" -l "$p" -singlefile -png "$WORK/docx/seed.pdf" "$OUT/export-docx-table3"; break
    fi
done

# HTML: the full page in headless Chromium, tall enough to show tables 二 and 三
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$WORK/chromium" --window-size=1000,2300 \
    --screenshot="$OUT/export-html.png" "file://$SAMPLES/seed.html" >/dev/null 2>&1
ls -l "$OUT"/export-*.png
