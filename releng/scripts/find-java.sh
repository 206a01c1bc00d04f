# Sourced by ./nianbao, ./run-tests and .ci/run: sets NIANBAO_JAVA_HOME to a JDK 21 or newer
# (JAVA_HOME first, then the java on the PATH, then the usual JDK folders), or returns 1.
nianbao_java_major() {
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}

nianbao_find_java_home() {
    for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null)" \
            /usr/lib/jvm/*/bin/java /usr/java/*/bin/java /opt/*/bin/java /opt/java/*/bin/java \
            /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do
        [ -n "$candidate" ] && [ -x "$candidate" ] || continue
        major="$(nianbao_java_major "$candidate")"
        if [ -n "$major" ] && [ "$major" -ge 21 ] && [ -x "$(dirname "$candidate")/javac" ]; then
            NIANBAO_JAVA_HOME="$(cd "$(dirname "$(readlink -f "$candidate")")/.." && pwd)"
            return 0
        fi
    done
    return 1
}
