#!/bin/bash
# Acceptance of the Windows deliverables under wine, run by `mvnw verify` (releng/cn.nianbao.product) after
# the installers are built. No Windows Java exists here, so a stand-in java.exe (releng/native/win32/
# fake-java.c) logs the arguments it receives; the tests compare them with what was passed in.
#   the NSIS installer, silent (/S), into a fresh prefix: files, Start-menu shortcut, .nianbao association,
#     Add/Remove entry; its uninstaller removes them and leaves the user's data
#   nianbao.exe with no Java: the message-box path (text through NIANBAO_TEST_MESSAGE_FILE, exit code 3)
#   nianbaoc.exe / nianbao.exe with a Java 21 found by JAVA_HOME or the registry: arguments with Chinese,
#     spaces, quotes and wildcards arrive unchanged; a Java 17 is passed over; the exit code comes back
#   nianbao.cmd: a Java 17 refused with exit 3, the launcher jar's path whole in a folder with spaces
#   the MSI with msiexec /qn (per machine): files, shortcut, HKLM association; msiexec /x removes them
#   Usage: windows-acceptance.sh PRODUCTS_DIR REPO_ROOT
set -u
PRODUCTS="$1"
ROOT="$2"
SETUP="$(ls "$PRODUCTS"/nianbao-*-setup.exe | head -n 1)"
MSI="$(ls "$PRODUCTS"/nianbao-*.msi | head -n 1)"
WORK="$(mktemp -d)"
export WINEPREFIX="$WORK/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" LANG=C.UTF-8 LC_ALL=C.UTF-8
unset DISPLAY JAVA_HOME
started=$SECONDS
. "$ROOT/releng/it/checks.sh"
has() { grep -q -- "$2" "$1"; }
lacks() { ! grep -q -- "$2" "$1"; }
# the value of a registry key's default or named value, as reg.exe prints it
reg_value() { wine reg query "$1" ${2:+/v "$2"} 2>/dev/null | tr -d '\r' | sed -n 's/^ *[^ ].*REG_[A-Z]* *//p' | head -n 1; }
win() { wine "$@" </dev/null; }
# a Windows path for a path under the prefix's C: drive
winpath() { echo "C:${1#"$WINEPREFIX/drive_c"}" | tr / '\\'; }

wineboot -i >/dev/null 2>&1
wineserver -w
USERDIR="$WINEPREFIX/drive_c/users/$(id -un)"
echo "windows acceptance: fresh wine prefix in $((SECONDS - started)) s"

# the stand-in Java: a "JDK 21" and a "JDK 17", each with the release file the launcher reads
x86_64-w64-mingw32-gcc -municode -Os -s -static -Wall -Wextra -Werror -std=c11 -mconsole \
    -o "$WORK/fake-java.exe" "$ROOT/releng/native/win32/fake-java.c" -lshell32 || exit 1
for version in 21 17; do
    jdk="$WINEPREFIX/drive_c/Fake JDK $version"
    mkdir -p "$jdk/bin"
    cp "$WORK/fake-java.exe" "$jdk/bin/java.exe"
    cp "$WORK/fake-java.exe" "$jdk/bin/javaw.exe"
    echo "JAVA_VERSION=\"$version.0.5\"" >"$jdk/release"
done
JDK21='C:\Fake JDK 21'
JDK17='C:\Fake JDK 17'
ARGS_LOG="$WORK/args.txt"
export NIANBAO_FAKE_JAVA_LOG='Z:'"$(echo "$ARGS_LOG" | tr / '\\')"
logged() { tr -d '\r' <"$ARGS_LOG"; }
# the arguments after the launcher's own, up to the end mark, one a line
user_args() { logged | sed -n "/^$1\$/,/^--end--\$/p" | sed '1d;$d'; }

# --- the NSIS installer, per user ---
win "$SETUP" /S
wineserver -w
INSTALL="$USERDIR/AppData/Local/Programs/Nianbao"
check "nsis: installed into %LOCALAPPDATA%\\Programs\\Nianbao" [ -f "$INSTALL/nianbao.exe" ]
check "nsis: nianbaoc.exe" [ -f "$INSTALL/nianbaoc.exe" ]
check "nsis: nianbao.cmd" [ -f "$INSTALL/nianbao.cmd" ]
exists() { compgen -G "$1" >/dev/null; }
check "nsis: the product's launcher jar" exists "$INSTALL/plugins/org.eclipse.equinox.launcher_*.jar"
check "nsis: the product's configuration" [ -f "$INSTALL/configuration/config.ini" ]
check "nsis: uninstaller" [ -f "$INSTALL/uninstall.exe" ]
SHORTCUT="$USERDIR/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/年报 Nianbao.lnk"
check "nsis: Start-menu shortcut" [ -f "$SHORTCUT" ]
check "nsis: .nianbao is a Nianbao.Report" [ "$(reg_value 'HKCU\Software\Classes\.nianbao')" = "Nianbao.Report" ]
check "nsis: Nianbao.Report opens in nianbao.exe" [ "$(reg_value 'HKCU\Software\Classes\Nianbao.Report\shell\open\command')" = \
    "\"$(winpath "$INSTALL")\\nianbao.exe\" \"%1\"" ]
check "nsis: Add/Remove programs entry" [ -n "$(reg_value 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Nianbao' UninstallString)" ]

# --- nianbao.exe and nianbaoc.exe ---
MESSAGE="$WORK/message.txt"
NIANBAO_TEST_MESSAGE_FILE='Z:'"$(echo "$MESSAGE" | tr / '\\')" win "$INSTALL/nianbao.exe" "$WORK/x.nianbao"
check "nianbao.exe, no Java: exit 3" [ $? = 3 ]
check "nianbao.exe, no Java: says so in Chinese" has "$MESSAGE" "年报需要 Java 21 或更高版本"
check "nianbao.exe, no Java: and in English" has "$MESSAGE" "Nianbao needs Java 21 or newer"
win "$INSTALL/nianbaoc.exe" --version >/dev/null 2>"$WORK/noj.err"
check "nianbaoc.exe, no Java: exit 3" [ $? = 3 ]
check "nianbaoc.exe, no Java: the message on stderr" has "$WORK/noj.err" "Nianbao needs Java 21 or newer"
JAVA_HOME="$JDK17" win "$INSTALL/nianbaoc.exe" --version >/dev/null 2>&1
check "nianbaoc.exe: a Java 17 in JAVA_HOME is passed over (exit 3)" [ $? = 3 ]

rm -f "$ARGS_LOG"
REPORT='C:\报表 2024\年报 "终稿"\'
JAVA_HOME="$JDK21" NIANBAO_FAKE_JAVA_EXIT=7 win "$INSTALL/nianbaoc.exe" check "$REPORT" '*.txt' '' '-o' 'D:\out put\'
check "nianbaoc.exe: Java's exit code comes back (7)" [ $? = 7 ]
check "nianbaoc.exe: the command line application" has "$ARGS_LOG" "^cn.nianbao.cli.application"
printf '%s\n' check "$REPORT" '*.txt' '' '-o' 'D:\out put\' >"$WORK/expected.txt"
user_args '@noDefault' >"$WORK/got.txt"
check "nianbaoc.exe: arguments arrive exactly (Chinese, spaces, quotes, wildcard, empty, trailing \\)" \
    cmp -s "$WORK/expected.txt" "$WORK/got.txt"
check "nianbaoc.exe: the launcher jar of the installation" has "$ARGS_LOG" \
    "^$(winpath "$INSTALL" | sed 's/\\/\\\\/g')\\\\plugins\\\\org.eclipse.equinox.launcher_.*\\.jar\$"
check "nianbaoc.exe: class-data archive in the user's data folder" has "$ARGS_LOG" \
    '^-XX:SharedArchiveFile=C:\\users\\.*\\AppData\\Local\\Nianbao\\cds\\cli.jsa$'

# a JDK found through the registry, as Oracle's and OpenJDK installers record it; the workbench (javaw)
win reg add 'HKLM\Software\JavaSoft\JDK' /v CurrentVersion /d 21 /f >/dev/null
win reg add 'HKLM\Software\JavaSoft\JDK\21' /v JavaHome /d "$JDK21" /f >/dev/null
rm -f "$ARGS_LOG"
win "$INSTALL/nianbao.exe" 'C:\公开 报告\一.nianbao'
check "nianbao.exe: Java found through the registry, workbench started" has "$ARGS_LOG" '^-data$'
check "nianbao.exe: the file to open arrives whole" [ "$(logged | sed -n '/^--end--$/{x;p};h')" = 'C:\公开 报告\一.nianbao' ]

# --- nianbao.cmd, with the Java in JAVA_HOME, from a folder with spaces ---
# (started as cmd /c "C:\Nian bao\nianbao.cmd" ARGS, whose exit code wine returns; ARGS without quotes, as
# cmd /c would strip the outer quotes of a line with more than one quoted part, on Windows too)
SPACED="$WINEPREFIX/drive_c/Nian bao"
mkdir -p "$SPACED/plugins"
cp "$INSTALL/nianbao.cmd" "$SPACED/"
cp "$INSTALL"/plugins/org.eclipse.equinox.launcher_*.jar "$SPACED/plugins/"
JAVA_HOME="$JDK17" NIANBAO_FAKE_JAVA_VERSION=17 win cmd /c 'C:\Nian bao\nianbao.cmd' --version >/dev/null 2>"$WORK/cmd17.err"
check "nianbao.cmd: a Java 17 is refused (exit 3)" [ $? = 3 ]
check "nianbao.cmd: and says which" has "$WORK/cmd17.err" "is Java 17; Nianbao needs Java 21 or newer"
check "nianbao.cmd: the version probe runs (no \"Can't recognize\")" lacks "$WORK/cmd17.err" "recognize"
rm -f "$ARGS_LOG"
JAVA_HOME="$JDK21" NIANBAO_FAKE_JAVA_EXIT=6 win cmd /c 'C:\Nian bao\nianbao.cmd' check 'C:\reports\a.txt' >/dev/null \
    2>"$WORK/cmd21.err"
check "nianbao.cmd: Java's exit code comes back (6)" [ $? = 6 ]
check "nianbao.cmd: the launcher jar's path whole in a folder with spaces" has "$ARGS_LOG" \
    '^C:\\Nian bao\\plugins\\org.eclipse.equinox.launcher_.*\.jar$'
check "nianbao.cmd: the command line's arguments" [ "$(user_args '@noDefault' | tr '\n' ' ')" = 'check C:\reports\a.txt ' ]
check "nianbao.cmd: nothing on stderr" [ ! -s "$WORK/cmd21.err" ]
check "nianbao.cmd: a single check runs on C1 alone (faster start)" has "$ARGS_LOG" '^-XX:TieredStopAtLevel=1'
rm -f "$ARGS_LOG"
JAVA_HOME="$JDK21" win cmd /c 'C:\Nian bao\nianbao.cmd' bench-check 'C:\reports' >/dev/null 2>&1
check "nianbao.cmd: bench-check reaches Java" has "$ARGS_LOG" '^bench-check'
check "nianbao.cmd: bench-check runs with the full JIT (docs/benchmarks.md)" lacks "$ARGS_LOG" 'TieredStopAtLevel'

# --- uninstalling keeps the user's data ---
mkdir -p "$USERDIR/AppData/Local/Nianbao/workspace"
echo kept >"$USERDIR/AppData/Local/Nianbao/workspace/mine.nianbao"
win "$INSTALL/uninstall.exe" /S
wineserver -w
check "nsis uninstall: the installation folder is gone" [ ! -e "$INSTALL" ]
check "nsis uninstall: the shortcut is gone" [ ! -e "$SHORTCUT" ]
check "nsis uninstall: the association is gone" [ -z "$(reg_value 'HKCU\Software\Classes\.nianbao')" ]
check "nsis uninstall: the Add/Remove entry is gone" \
    [ -z "$(reg_value 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Nianbao' UninstallString)" ]
check "nsis uninstall: the user's data stays" [ "$(cat "$USERDIR/AppData/Local/Nianbao/workspace/mine.nianbao")" = kept ]

# --- the MSI, per machine ---
win msiexec /i "Z:$(echo "$MSI" | tr / '\\')" /qn
check "msi: msiexec /i /qn exit 0" [ $? = 0 ]
wineserver -w
MACHINE="$WINEPREFIX/drive_c/Program Files/Nianbao"
check "msi: installed into Program Files\\Nianbao" [ -f "$MACHINE/nianbao.exe" ]
check "msi: nianbaoc.exe" [ -f "$MACHINE/nianbaoc.exe" ]
check "msi: the product (launcher jar)" exists "$MACHINE/plugins/org.eclipse.equinox.launcher_*.jar"
check "msi: per machine (ALLUSERS=1)" bash -c "msiinfo export '$MSI' Property | grep -q '^ALLUSERS[[:space:]]1'"
# wine's msiexec puts ProgramMenuFolder in the user's Start menu even for ALLUSERS=1; Windows in all users'
msi_shortcut() {
    [ -f "$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Nianbao.lnk" ] \
        || [ -f "$USERDIR/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Nianbao.lnk" ]
}
no_msi_shortcut() { ! msi_shortcut; }
check "msi: Start-menu shortcut" msi_shortcut
check "msi: .nianbao association for the machine" [ "$(reg_value 'HKLM\Software\Classes\.nianbao')" = "Nianbao.Report" ]
check "msi: opens in nianbao.exe" [ "$(reg_value 'HKLM\Software\Classes\Nianbao.Report\shell\open\command')" = \
    '"C:\Program Files\Nianbao\nianbao.exe" "%1"' ]
rm -f "$ARGS_LOG"
win "$MACHINE/nianbaoc.exe" --version >/dev/null 2>&1
check "msi: its nianbaoc.exe starts Java" has "$ARGS_LOG" "^--version$"
win msiexec /x "Z:$(echo "$MSI" | tr / '\\')" /qn
check "msi: msiexec /x /qn exit 0" [ $? = 0 ]
wineserver -w
check "msi uninstall: nianbao.exe is gone" [ ! -e "$MACHINE/nianbao.exe" ]
check "msi uninstall: the shortcut is gone" no_msi_shortcut
check "msi uninstall: the product files are gone" [ -z "$(find "$MACHINE" -type f 2>/dev/null)" ]
check "msi uninstall: the association is gone" [ -z "$(reg_value 'HKLM\Software\Classes\Nianbao.Report\shell\open\command')" ]

wineserver -k 2>/dev/null
echo "windows acceptance: $passed passed, $failed failed, $((SECONDS - started)) s"
if [ "$failed" -gt 0 ]; then
    echo "--- outputs kept in $WORK"
    exit 1
fi
rm -rf "$WORK"
