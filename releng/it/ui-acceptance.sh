#!/bin/bash
# Acceptance of the workbench driven as a person drives it (issue 12): the real materialized Linux product
# started under its own Xvfb with the openbox window manager, at 1366x768 and 1600x1000, and driven ONLY by
# X input events from xdotool (mouse moves, clicks, drags, key presses, typed text) and the X clipboard
# (xclip, CRLF line ends as Excel on Windows puts them). Results are read back from the files the workbench
# saves, from the command line (`nianbao check --format json`, `nianbao export --format csv`) and from
# screenshots (ImageMagick `import -window root`). Nothing calls into the grid or the document.
#
#   Usage: ui-acceptance.sh PRODUCTS_DIR REPO_ROOT [SCENARIO...]     (docs/ui-acceptance.md)
#
# Where to click: the workbench window is moved to 0,0 and sized to the whole screen, so its layout is
# stable for a given screen size; the grid's body origin, its row height and column positions are located
# once per run from a screenshot of 表三 (grid_geometry below: the NatTable's header row has a fill colour
# of its own) and every click is computed from that origin, not from a fixed pixel list.
set -u
PRODUCTS="$1"
ROOT="$2"
shift 2
ONLY="$*"
# Scenarios listed in KNOWN_FAIL print KNOWN-FAIL instead of failing the build (for a feature still on a
# branch); a PASS there prints UNEXPECTED-PASS so the list gets shortened. Every scenario of issue 12 is
# merged: the list is empty and any failure fails the suite. Override with NIANBAO_UI_KNOWN_FAIL.
KNOWN_FAIL="${NIANBAO_UI_KNOWN_FAIL-}"
SEED="$ROOT/seeds/000_8ac5e3a1fa8dde41.txt"
SUQIAN_2023="$ROOT/testdata/corpus/05-suqian-shi-2023.txt"
case "$(uname -m)" in aarch64|arm64) ARCH=aarch64 ;; *) ARCH=x86_64 ;; esac
NB="$PRODUCTS/cn.nianbao.product/linux/gtk/$ARCH/nianbao/nianbao"
WORK="$(mktemp -d)"
SHOTS="${NIANBAO_UI_SHOTS:-$PRODUCTS/ui-acceptance}"
mkdir -p "$SHOTS" "$WORK/home"
export HOME="$WORK/home" NIANBAO_DATA="$WORK/data" LANG=C.UTF-8 LC_ALL=C.UTF-8
export XDG_CONFIG_HOME="$WORK/home/.config"
RESULTS="$WORK/results"
echo "ui acceptance: product $NB, work folder $WORK"
: >"$RESULTS"
XVFB_PID=
WM_PID=
NB_PID=
RUN=0

for tool in Xvfb openbox xdotool xclip import convert xdpyinfo; do
    command -v "$tool" >/dev/null 2>&1 || { echo "ui acceptance: $tool is missing (apt-get install openbox xdotool xclip imagemagick x11-utils xvfb)"; exit 1; }
done
[ -x "$NB" ] || { echo "ui acceptance: no product at $NB (./mvnw -B -ntp package -DskipTests)"; exit 1; }

# --- the display -----------------------------------------------------------------------------------------

start_display() {
    # start_display WIDTH HEIGHT: a fresh Xvfb on a free display number, openbox on it
    stop_display
    local n=$((90 + RANDOM % 100))
    while [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
    Xvfb ":$n" -screen 0 "${1}x${2}x24" -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
    XVFB_PID=$!
    export DISPLAY=":$n"
    for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.2; done
    openbox >"$WORK/openbox.log" 2>&1 &
    WM_PID=$!
    sleep 1
    SCREEN_W=$1
    SCREEN_H=$2
}

stop_display() {
    stop_nb
    [ -n "$WM_PID" ] && kill "$WM_PID" 2>/dev/null && wait "$WM_PID" 2>/dev/null
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null
    WM_PID=
    XVFB_PID=
}

trap 'stop_display' EXIT

# --- the product -----------------------------------------------------------------------------------------

start_nb() {
    # start_nb [FILE...]: the workbench in Chinese; waits for its window and fills the screen with it
    RUN=$((RUN + 1))
    NB_LOG="$WORK/gui.$RUN.log"
    NIANBAO_VMARGS="-Dnianbao.startupProbe=true" "$NB" "$@" -consoleLog -nl zh_CN >"$NB_LOG" 2>&1 &
    NB_PID=$!
    WIN=
    for _ in $(seq 1 120); do
        WIN=$(xdotool search --onlyvisible --name "年报" 2>/dev/null | head -n 1)
        [ -n "$WIN" ] && break
        sleep 0.5
    done
    [ -n "$WIN" ] || return 1
    if [ $# -gt 0 ]; then
        for _ in $(seq 1 60); do grep -q NIANBAO_EDITOR_SHOWN "$NB_LOG" && break; sleep 0.5; done
    fi
    main_window
    sleep 1.5
}

main_window() {
    # the workbench's window (the one titled 年报 — 政府信息公开…), at 0,0 over the whole screen
    WIN=$(xdotool search --onlyvisible --name "政府信息公开工作年度报告" 2>/dev/null | head -n 1)
    [ -n "$WIN" ] || WIN=$(xdotool search --onlyvisible --name "年报" | head -n 1)
    xdotool windowactivate --sync "$WIN" 2>/dev/null
    xdotool windowmove --sync "$WIN" 0 0 windowsize --sync "$WIN" "$SCREEN_W" "$SCREEN_H" 2>/dev/null
    sleep 0.5
}

stop_nb() {
    # the workbench started by start_nb (its launcher's pid and the java it started), hard
    [ -n "$NB_PID" ] || return 0
    local children
    children=$(pgrep -P "$NB_PID" 2>/dev/null)
    kill -9 $children "$NB_PID" 2>/dev/null
    wait "$NB_PID" 2>/dev/null
    NB_PID=
}

nb() { "$NB" "$@" </dev/null 2>&1; }

# --- input, as a person gives it -------------------------------------------------------------------------

key() { xdotool key --clearmodifiers --delay 80 "$@"; sleep 0.4; }
typed() { xdotool type --clearmodifiers --delay 60 "$1"; sleep 0.4; }
click() { xdotool mousemove --sync "$1" "$2" click 1; sleep 0.4; }
drag() { xdotool mousemove --sync "$1" "$2" mousedown 1 mousemove --sync $(( ($1 + $3) / 2 )) $(( ($2 + $4) / 2 )) mousemove --sync "$3" "$4" mouseup 1; sleep 0.4; }
clipboard() { printf '%b' "$1" | xclip -selection clipboard -loops 1 & sleep 0.3; }

dialog() {
    # dialog TITLE: waits up to 10 s for a visible window of that title; its id on stdout
    local id
    for _ in $(seq 1 40); do
        id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n 1)
        [ -n "$id" ] && { echo "$id"; return 0; }
        sleep 0.25
    done
    return 1
}

count_windows() { xdotool search --onlyvisible --name "$1" 2>/dev/null | wc -l; }

file_dialog() {
    # file_dialog PATH: in the GTK file chooser that just opened, types the full path and confirms
    sleep 1
    key ctrl+l
    key ctrl+a
    typed "$1"
    key Return
    sleep 1
    # an overwrite question is answered yes (替换)
    if xdotool search --onlyvisible --name "^$" >/dev/null 2>&1 && [ -f "$1" ]; then key Return; fi
    sleep 1
}

shot() { import -window root "$SHOTS/$1.png" 2>/dev/null; LAST_SHOT="$SHOTS/$1.png"; }

# --- reading the screen ----------------------------------------------------------------------------------

redness() {
    # redness PNG X Y W H: share of pixels in the box that are clearly red (the finding colour)
    convert "$1" -crop "${4}x${5}+${2}+${3}" +repage -depth 8 rgb:- | python3 -c '
import sys
b = sys.stdin.buffer.read()
n = len(b) // 3
red = sum(1 for i in range(0, n * 3, 3) if b[i] > 180 and b[i] - b[i + 1] > 40 and b[i] - b[i + 2] > 40)
print(round(100 * red / max(n, 1)))'
}

grid_geometry() {
    # grid_geometry PNG: finds the 表三 grid as the largest box of grid lines in the editor area and prints
    # "X0 Y0 ROWH COL1..." — the body origin, the row height and the x of each data column's centre
    convert "$1" -depth 8 rgb:- | python3 "$ROOT/releng/it/grid_geometry.py" "$SCREEN_W" "$SCREEN_H"
}

# --- the command line ------------------------------------------------------------------------------------

rules_of() { nb check "$1" --format json | python3 -c '
import json, sys
try:
    d = json.load(sys.stdin)
except Exception:
    print("UNREADABLE"); sys.exit()
items = d if isinstance(d, list) else d.get("findings", d.get("reports", [d]))
out = []
def walk(x):
    if isinstance(x, dict):
        if "rule" in x: out.append(x["rule"])
        for v in x.values(): walk(v)
    elif isinstance(x, list):
        for v in x: walk(v)
walk(d)
print(" ".join(sorted(set(out))))'; }

cells_of() { nb export "$1" --format csv -o "$2" >/dev/null; }

# --- reporting -------------------------------------------------------------------------------------------

verdict() {
    # verdict N NAME OK REASON: one line per scenario; a FAIL outside KNOWN_FAIL fails the suite
    local n="$1" name="$2" ok="$3" reason="${4//$'\n'/ }" status
    if [ "$ok" = 0 ]; then
        status=PASS
        case " $KNOWN_FAIL " in *" $n "*) status=UNEXPECTED-PASS ;; esac
    else
        status=FAIL
        case " $KNOWN_FAIL " in *" $n "*) status=KNOWN-FAIL ;; esac
    fi
    printf '%-15s %s %s: %s [%s]\n' "$status" "$n" "$name" "$reason" "${LAST_SHOT:-no screenshot}" | tee -a "$RESULTS"
}

wanted() { [ -z "$ONLY" ] || case " $ONLY " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

. "$ROOT/releng/it/ui-scenarios.sh"

for size in ${NIANBAO_UI_SIZES:-1366x768 1600x1000}; do
    start_display "${size%x*}" "${size#*x}"
    SIZE=$size
    for n in 1 2 3 4 5 6 7 8 9 10 11 12 13 15 16 18 19 20 21; do
        wanted "$n" || continue
        # the layout-dependent scenarios run at every size, the others once (the build's time is shared)
        [ "$size" = 1366x768 ] || [ "$n" = 1 ] || [ "$n" = 7 ] || [ -n "$ONLY" ] || continue
        LAST_SHOT=
        # each scenario on a fresh user: no journal, preferences or repository left by the one before
        export HOME="$WORK/home-$size-$n" NIANBAO_DATA="$WORK/data-$size-$n" XDG_CONFIG_HOME="$WORK/home-$size-$n/.config"
        mkdir -p "$HOME"
        "scenario_$n"
        stop_nb
    done
    stop_display
done

echo "--- ui acceptance (screenshots in $SHOTS)"
cat "$RESULTS"
if grep -q "^FAIL " "$RESULTS"; then
    echo "--- outputs kept in $WORK"
    exit 1
fi
[ -n "${NIANBAO_UI_KEEP:-}" ] || rm -rf "$WORK"
