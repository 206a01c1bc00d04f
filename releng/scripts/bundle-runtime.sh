#!/bin/sh
# Puts a Java runtime made with jlink into the materialized linux x86_64 product (folder jre/), so that the
# archive runs where no Java is installed. Only the platform of the build JDK can be served: the build
# machines have a Linux x86_64 JDK only, so the aarch64 and Windows archives still need a Java 21+ installed.
#   bundle-runtime.sh JAVA_HOME PRODUCTS_DIR
JDK="$1"
PRODUCTS="$2"
TARGET="$PRODUCTS/cn.nianbao.product/linux/gtk/x86_64/nianbao/jre"
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ] || [ ! -x "$JDK/bin/jlink" ]; then
    echo "bundle-runtime: no Linux x86_64 jlink here; the linux x86_64 archive will need an installed Java 21+"
    exit 0
fi
rm -rf "$TARGET"
# java.se for SWT/AWT/XML/JDBC, jdk.unsupported for Equinox and EMF, jdk.charsets for GB18030/GBK files,
# jdk.localedata (zh) for Chinese formats, jdk.zipfs for Office files, jdk.xml.dom for the e4 CSS engine
exec "$JDK/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.zipfs,jdk.management,jdk.xml.dom \
    --include-locales=en,zh --generate-cds-archive --strip-debug --no-man-pages --no-header-files --compress=zip-6 --output "$TARGET"
