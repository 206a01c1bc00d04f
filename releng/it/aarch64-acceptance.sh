#!/bin/bash
# Acceptance of the Linux aarch64 archive, run by `mvnw verify` (releng/cn.nianbao.product): the archive
# unpacked into a fresh arm64 root made of Debian trixie packages (libc, the shell and the tools the
# launcher script uses; no Java) and run there under qemu-user: `nianbao --version` and `nianbao check` of
# the seed must print what the x86_64 archive prints. Needs qemu-user-static and binfmt_misc (registered
# here when it is not; as root); where neither can be had it says so and skips: then it is a release check,
# run by hand with the same command.
#   Usage: aarch64-acceptance.sh PRODUCTS_DIR REPO_ROOT [CACHE_DIR]
set -u
PRODUCTS="$1"
ROOT="$2"
CACHE="${3:-$HOME/.cache/nianbao}"
ARCHIVE="$PRODUCTS/cn.nianbao.product-linux.gtk.aarch64.tar.gz"
started=$SECONDS

skip() {
    echo "skip aarch64 acceptance: $1"
    echo "  (release check: run 'releng/it/aarch64-acceptance.sh $PRODUCTS $ROOT' as root where qemu-user-static"
    echo "   and binfmt_misc are available)"
    exit 0
}
[ "$(id -u)" = 0 ] || skip "needs root (chroot, device nodes)"
command -v qemu-aarch64-static >/dev/null 2>&1 || skip "qemu-user-static is not installed"
if [ ! -e /proc/sys/fs/binfmt_misc/register ]; then
    mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc 2>/dev/null || skip "binfmt_misc cannot be mounted"
fi
if ! grep -q enabled /proc/sys/fs/binfmt_misc/qemu-aarch64 2>/dev/null; then
    update-binfmts --enable qemu-aarch64 >/dev/null 2>&1 || skip "qemu-aarch64 cannot be registered with binfmt_misc"
fi

WORK="$(mktemp -d)"
ARM="$WORK/arm64-root"
. "$ROOT/releng/it/checks.sh"

# the arm64 root: the packages the launcher script and the runtime need, with their dependencies
. "$ROOT/releng/scripts/debian-arm64-apt.sh"
nianbao_arm64_apt "$CACHE" || skip "the Debian archive cannot be reached"
APT_CONFIG="$NIANBAO_ARM64_APT" apt-get -q -y -d install dash coreutils sed mawk libc6 zlib1g libstdc++6 \
    >"$WORK/apt.log" 2>&1 || { cat "$WORK/apt.log"; exit 1; }
mkdir -p "$ARM"
for deb in "$CACHE"/apt/archives/*.deb; do
    dpkg-deb -x "$deb" "$ARM"
done
# what the packages' maintainer scripts and the merged /usr of a Debian install would have made
for dir in bin sbin lib; do
    ln -sfn "usr/$dir" "$ARM/$dir"
done
ln -sf mawk "$ARM/usr/bin/awk"
ln -sf dash "$ARM/usr/bin/sh"
mkdir -p "$ARM/dev" "$ARM/tmp" "$ARM/opt"
chmod 1777 "$ARM/tmp"
mknod -m 666 "$ARM/dev/null" c 1 3
mknod -m 666 "$ARM/dev/zero" c 1 5
mknod -m 666 "$ARM/dev/urandom" c 1 9
mknod -m 666 "$ARM/dev/random" c 1 8
echo "aarch64 acceptance: arm64 root ready in $((SECONDS - started)) s"

tar -xzf "$ARCHIVE" -C "$ARM/opt"
check "the archive brings its runtime" [ -x "$ARM/opt/nianbao/jre/bin/java" ]
check "the runtime is aarch64" bash -c "file -L '$ARM/opt/nianbao/jre/bin/java' | grep -q 'ARM aarch64'"
check "no other Java in the root" [ -z "$(find "$ARM" -name java -type f ! -path "$ARM/opt/nianbao/jre/*")" ]

# the x86_64 archive's answers, for comparison
mkdir -p "$WORK/x86"
tar -xzf "$PRODUCTS/cn.nianbao.product-linux.gtk.x86_64.tar.gz" -C "$WORK/x86"
cp "$ROOT/seeds/000_8ac5e3a1fa8dde41.txt" "$WORK/x86/seed.txt"
cp "$ROOT/seeds/000_8ac5e3a1fa8dde41.txt" "$ARM/tmp/seed.txt"
x86() { (cd "$WORK/x86" && env -i PATH=/usr/bin:/bin HOME="$WORK/x86" NIANBAO_DATA="$WORK/x86/data" ./nianbao/nianbao "$@"); }
# no class-data archives under emulation: dumping them takes minutes there (product-acceptance.sh checks the
# dump of a missing base archive natively)
arm() {
    chroot "$ARM" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp NIANBAO_DATA=/tmp/data NIANBAO_NO_CDS=1 LANG=C.UTF-8 \
        sh -c 'cd /tmp && exec /opt/nianbao/nianbao "$@"' nianbao "$@"
}
x86 --version >"$WORK/x86-version.out" 2>&1
x86 check seed.txt >"$WORK/x86-check.out" 2>&1
echo $? >"$WORK/x86-check.rc"

t=$SECONDS
arm --version >"$WORK/arm-version.out" 2>"$WORK/arm-version.err"
check "aarch64 --version: exit 0" [ $? = 0 ]
check "aarch64 --version: the same as x86_64" cmp -s "$WORK/x86-version.out" "$WORK/arm-version.out"
echo "aarch64 acceptance: --version under qemu in $((SECONDS - t)) s"
t=$SECONDS
arm check seed.txt >"$WORK/arm-check.out" 2>"$WORK/arm-check.err"
check "aarch64 check seed: the same exit code as x86_64" [ $? = "$(cat "$WORK/x86-check.rc")" ]
check "aarch64 check seed: the same output as x86_64" cmp -s "$WORK/x86-check.out" "$WORK/arm-check.out"
check "aarch64 check seed: nothing on stderr" [ ! -s "$WORK/arm-check.err" ]
echo "aarch64 acceptance: check seed under qemu in $((SECONDS - t)) s"

# the repository on aarch64: lz4-java's JNI compressor for arm64 is copied out of its jar and loaded (kept in
# /tmp here to be seen; lz4-java deletes a copy that fails to load), the stored revision reads back and the
# chain verifies (docs/repository-trust.md, "Which coder writes the rows")
t=$SECONDS
mkdir -p "$ARM/tmp/reports"
cp "$ROOT/seeds/000_8ac5e3a1fa8dde41.txt" "$ARM/tmp/reports/seed.txt"
chroot "$ARM" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp NIANBAO_DATA=/tmp/data NIANBAO_NO_CDS=1 LANG=C.UTF-8 \
    NIANBAO_VMARGS=-Dlz4java.jnilib.temp.keep=true \
    sh -c 'cd /tmp && exec /opt/nianbao/nianbao repo import /tmp/reports' >"$WORK/arm-import.out" 2>"$WORK/arm-import.err"
check "aarch64 repo import of the seed: exit 0" [ $? = 0 ]
check "aarch64 repo import: no JVM warning on stderr (native access allowed by the launcher)" \
    bash -c "! grep -q WARNING '$WORK/arm-import.err'"
check "aarch64 repo import: the arm64 LZ4 library was loaded from lz4-java's jar" \
    bash -c "file -L '$ARM'/tmp/liblz4-java-*.so | grep -q 'ARM aarch64'"
arm repo verify >"$WORK/arm-verify.out" 2>&1
check "aarch64 repo verify: exit 0" [ $? = 0 ]
echo "aarch64 acceptance: repo import and verify under qemu in $((SECONDS - t)) s"

echo "aarch64 acceptance: $passed passed, $failed failed, $((SECONDS - started)) s"
if [ "$failed" -gt 0 ]; then
    echo "--- outputs kept in $WORK"
    exit 1
fi
rm -rf "$WORK"
