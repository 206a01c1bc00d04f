# The scenarios of issue 12, sourced by ui-acceptance.sh (which gives key/typed/click/drag/clipboard, the
# workbench's start and stop, screenshots and verdict). Each scenario drives the product only by input events
# and reads the result back from saved files, the command line and screenshots.

saved() { python3 "$ROOT/releng/it/saved_values.py" "$@"; }
value_in() { saved "$1" | grep "^$2," | cut -d, -f4; }

save_as() {
    # save_as PATH: File ▸ Save As (Ctrl+Shift+S), the path typed into the file chooser
    key ctrl+shift+s
    dialog "年报另存为" >/dev/null && file_dialog "$1"
    for _ in $(seq 1 20); do [ -s "$1" ] && break; sleep 0.25; done
}

save() {
    # save PATH: Ctrl+S; a report that has no file yet asks where (then PATH is typed)
    key ctrl+s
    if dialog "年报另存为" >/dev/null; then file_dialog "$1"; fi
    sleep 1
}

open_file() {
    # open_file PATH: File ▸ Open (Ctrl+O), the path typed into the file chooser
    key ctrl+o
    dialog "打开或导入年报" >/dev/null && file_dialog "$1"
    sleep 2
}

locate_grid() {
    # the data columns (COLS) and body rows (ROWS) of the grid on screen, from a screenshot
    shot "$1"
    local geometry
    geometry=$(grid_geometry "$LAST_SHOT")
    COLS=($(echo "$geometry" | sed -n 1p))
    ROWS=($(echo "$geometry" | sed -n 2p))
    [ "${#COLS[@]}" -ge 6 ] && [ "${#ROWS[@]}" -ge 2 ]
}

cell_red() { redness "$LAST_SHOT" $(("${COLS[$1]}" - 30)) $(("${ROWS[$2]}" - 9)) 60 18; }

s1_state() {
    # s1_state STAGE SAVER: a screenshot and the redness of 一/自然人, then the report saved by SAVER (save or
    # save_as) and read back; sets RED, VALUE (the saved 一/自然人) and RULES (what nianbao check lists)
    sleep 1
    shot "s1-$SIZE-$1"
    RED=$(cell_red 0 0)
    "$2" "$WORK/s1-$SIZE-$1.nianbao"
    VALUE=$(value_in "$WORK/s1-$SIZE-$1.nianbao" "T3,R01,C1")
    RULES=$(rules_of "$WORK/s1-$SIZE-$1.nianbao")
}

# 1. open the seed; click 表三 一/自然人; type 5; Enter; red + SUM-01; Ctrl+Z; cleared
scenario_1() {
    local f="$WORK/s1-$SIZE.txt" why=""
    cp "$SEED" "$f"
    start_nb "$f" || { verdict 1 "click 表三 一/自然人, type 5" 1 "the workbench did not start"; return; }
    locate_grid "s1-$SIZE-opened" || { verdict 1 "click 表三 一/自然人, type 5" 1 "no grid found on screen"; return; }
    click "${COLS[0]}" "${ROWS[0]}"
    typed 5
    key Return
    s1_state typed save
    local red_typed="$RED" value="$VALUE" rules="$RULES"
    key ctrl+z
    s1_state undone save_as
    local red_undone="$RED" value_undone="$VALUE" rules_undone="$RULES"
    [ "$value" = 5 ] || why="$why saved 一/自然人 is '$value', not 5;"
    case " $rules " in *" SUM-01 "*) ;; *) why="$why check lists no SUM-01 after typing ($rules);" ;; esac
    [ "${red_typed:-0}" -ge 3 ] || why="$why the cell is not red after typing (${red_typed}% red);"
    [ "$value_undone" = 1 ] || why="$why after Ctrl+Z 一/自然人 is '$value_undone', not 1;"
    case " $rules_undone " in *" SUM-01 "*) why="$why SUM-01 still listed after Ctrl+Z;" ;; esac
    [ "${red_undone:-0}" -lt 3 ] || why="$why the cell is still red after Ctrl+Z (${red_undone}%);"
    verdict 1 "click 表三 一/自然人, type 5, Enter, Ctrl+Z ($SIZE)" "$([ -z "$why" ]; echo $?)" "${why:-typed 5 gave SUM-01 and red (${red_typed}%), Ctrl+Z cleared both}"
}

# 2. drag-select 3x2 and paste a CRLF block; then a block with a non-number: refused whole
scenario_2() {
    local f="$WORK/s2.txt" why=""
    cp "$SEED" "$f"
    start_nb "$f" || { verdict 2 "drag 3x2, Ctrl+V CRLF block" 1 "the workbench did not start"; return; }
    locate_grid "s2-opened" || { verdict 2 "drag 3x2, Ctrl+V CRLF block" 1 "no grid found on screen"; return; }
    clipboard '7\t8\t9\r\n10\t11\t12\r\n'
    drag "${COLS[0]}" "${ROWS[0]}" "${COLS[2]}" "${ROWS[1]}"
    key ctrl+v
    sleep 1
    shot "s2-pasted"
    save "$WORK/s2-pasted.nianbao"
    local got
    got=$(saved "$WORK/s2-pasted.nianbao" | grep -E "^T3,R0[12],C[123]," | tr '\n' ' ')
    [ "$got" = "T3,R01,C1,7 T3,R01,C2,8 T3,R01,C3,9 T3,R02,C1,10 T3,R02,C2,11 T3,R02,C3,12 " ] \
        || why="$why the pasted block reads '$got';"
    clipboard '1\t2\t3\r\n4\tx\t6\r\n'
    drag "${COLS[0]}" "${ROWS[0]}" "${COLS[2]}" "${ROWS[1]}"
    key ctrl+v
    sleep 1
    shot "s2-refused"
    # a refusal shown in a dialog is closed as a person would; the status line names the cell
    if [ "$(count_windows "输入未被接受")" -gt 0 ]; then key Escape; fi
    save_as "$WORK/s2-refused.nianbao"
    local after
    after=$(saved "$WORK/s2-refused.nianbao" | grep -E "^T3,R0[12],C[123]," | tr '\n' ' ')
    [ "$after" = "$got" ] || why="$why the block with 'x' changed cells: '$after';"
    verdict 2 "drag 3x2, Ctrl+V CRLF block, then one with a non-number" "$([ -z "$why" ]; echo $?)" "${why:-CRLF block pasted into 3x2, block with x refused whole}"
}

# 3. new report: AAA on page 一, BBB on page 六, Ctrl+Z undoes 六 first
scenario_3() {
    local why=""
    start_nb || { verdict 3 "一/六 text undo" 1 "the workbench did not start"; return; }
    key ctrl+n
    dialog "新建年报" >/dev/null || { verdict 3 "一/六 text undo" 1 "Ctrl+N showed no 新建年报 dialog"; return; }
    typed "验收局"
    key Return
    sleep 2
    locate_grid "s3-new" || true
    # into the editor's pages, then Ctrl+PageUp/PageDown from 表三 (page 3) to 一 (1) and 六 (6)
    click "${COLS[0]:-800}" "$((${ROWS[0]:-300} - 60))"
    key ctrl+Prior ctrl+Prior
    typed AAA
    sleep 2
    key ctrl+Next ctrl+Next ctrl+Next ctrl+Next ctrl+Next
    typed BBB
    sleep 2
    key ctrl+z
    sleep 1
    shot "s3-undone-once"
    save "$WORK/s3.nianbao"
    local s1 s6
    s1=$(saved "$WORK/s3.nianbao" S1)
    s6=$(saved "$WORK/s3.nianbao" S6)
    case "$s1" in *AAA*) ;; *) why="$why 一 lost AAA ('$s1');" ;; esac
    case "$s6" in *BBB*) why="$why 六 still has BBB after one Ctrl+Z;" ;; esac
    [ -s "$WORK/s3.nianbao" ] || why="$why nothing was saved;"
    verdict 3 "AAA on 一, BBB on 六, Ctrl+Z undoes 六 first" "$([ -z "$why" ]; echo $?)" "${why:-Ctrl+Z removed BBB from 六 and kept AAA in 一}"
}

# 4. save as .nianbao, quit, reopen by File ▸ Open: equal; check and repo import of it succeed
scenario_4() {
    local f="$WORK/s4.txt" why=""
    cp "$SEED" "$f"
    mkdir -p "$WORK/s4"
    start_nb "$f" || { verdict 4 ".nianbao round trip" 1 "the workbench did not start"; return; }
    save "$WORK/s4/s4.nianbao"
    key ctrl+q
    sleep 3
    stop_nb
    start_nb || { verdict 4 ".nianbao round trip" 1 "the workbench did not restart"; return; }
    open_file "$WORK/s4/s4.nianbao"
    shot "s4-reopened"
    save_as "$WORK/s4-again.nianbao"
    nb export "$SEED" --format csv -o "$WORK/s4-seed.csv" >/dev/null
    tail -n +2 "$WORK/s4-seed.csv" | sort >"$WORK/s4-seed.cells"
    saved "$WORK/s4-again.nianbao" >"$WORK/s4-again.cells" 2>/dev/null
    cmp -s "$WORK/s4-seed.cells" "$WORK/s4-again.cells" || why="$why reopened values differ from the seed's;"
    for section in S1 S5 S6; do
        [ "$(saved "$WORK/s4/s4.nianbao" $section)" = "$(saved "$WORK/s4-again.nianbao" $section 2>/dev/null)" ] \
            || why="$why text $section differs after reopening;"
    done
    nb check "$WORK/s4/s4.nianbao" >"$WORK/s4-check.out"
    local rc=$?
    [ "$rc" -le 1 ] || why="$why nianbao check of the .nianbao exits $rc ($(head -c 200 "$WORK/s4-check.out"));"
    nb repo import "$WORK/s4" >"$WORK/s4-import.out"
    rc=$?
    [ "$rc" = 0 ] || why="$why repo import of a folder with the .nianbao exits $rc ($(head -c 200 "$WORK/s4-import.out"));"
    verdict 4 "save .nianbao, reopen by File ▸ Open, check, repo import" "$([ -z "$why" ]; echo $?)" "${why:-values and texts equal, check and repo import accept the file}"
}

# 5. kill -9 with unsaved edits in two reports; one restore dialog; Ctrl+S back to their files; 不保存: none
scenario_5() {
    local why=""
    cp "$SEED" "$WORK/s5a.txt"
    cp "$ROOT/testdata/corpus/06-suqian-shi-2024.txt" "$WORK/s5b.txt"
    start_nb "$WORK/s5a.txt" || { verdict 5 "crash recovery" 1 "the workbench did not start"; return; }
    save "$WORK/s5a.nianbao"
    open_file "$WORK/s5b.txt"
    save "$WORK/s5b.nianbao"
    # an edit in each: page 一 of the active one, then the other one brought back by File ▸ Open
    key ctrl+Prior ctrl+Prior
    typed "BBB"
    open_file "$WORK/s5a.nianbao"
    key ctrl+Prior ctrl+Prior
    typed "AAA"
    sleep 8
    shot "s5-before-kill"
    kill -9 $(pgrep -P "$NB_PID") "$NB_PID" 2>/dev/null
    wait "$NB_PID" 2>/dev/null
    NB_PID=
    start_nb
    sleep 3
    local dialogs
    dialogs=$(count_windows "恢复未保存的修改")
    shot "s5-restore-dialog"
    [ "$dialogs" = 1 ] || why="$why $dialogs restore dialogs instead of one;"
    key alt+r
    sleep 2
    main_window
    # each restored report brought to the front by File ▸ Open of its file, then Ctrl+S
    local f
    for f in s5a s5b; do
        open_file "$WORK/$f.nianbao"
        key ctrl+s
        sleep 1
        [ "$(count_windows "年报另存为")" = 0 ] || { why="$why Ctrl+S of restored $f asks where to save;"; key Escape; }
    done
    case "$(saved "$WORK/s5a.nianbao" S1)" in AAA*) ;; *) why="$why the restored edit of s5a is not in its file;" ;; esac
    case "$(saved "$WORK/s5b.nianbao" S1)" in BBB*) ;; *) why="$why the restored edit of s5b is not in its file;" ;; esac
    # an unsaved edit (s5b's page 一, from 表三), then Ctrl+Q and 不保存 (two buttons left of the default 保存)
    key ctrl+Prior ctrl+Prior
    typed "CCC"
    sleep 7
    key ctrl+q
    sleep 1
    shot "s5-quit-question"
    key shift+Tab shift+Tab
    key Return
    sleep 3
    stop_nb
    start_nb
    sleep 4
    shot "s5-after-dont-save"
    [ "$(count_windows "恢复未保存的修改")" = 0 ] || why="$why a restore dialog after 不保存;"
    verdict 5 "kill -9 with two dirty reports, restore, Ctrl+S; 不保存 then no restore" "$([ -z "$why" ]; echo $?)" "${why:-one dialog restored both, Ctrl+S wrote their files, 不保存 left nothing}"
}

# 6. File ▸ New from last year's report on 宿迁 2023
scenario_6() {
    local why=""
    start_nb || { verdict 6 "new from last year" 1 "the workbench did not start"; return; }
    key alt+f
    key l
    dialog "打开或导入年报" >/dev/null && file_dialog "$SUQIAN_2023"
    sleep 2
    shot "s6-new-from-2023"
    save "$WORK/s6.nianbao"
    nb export "$SUQIAN_2023" --format csv -o "$WORK/s6-2023.csv" >/dev/null
    local carried expected
    carried=$(saved "$WORK/s6.nianbao" 2>/dev/null | grep "^T3,R02," | cut -d, -f3,4 | tr '\n' ' ')
    expected=$(grep "^T3,R25," "$WORK/s6-2023.csv" | cut -d, -f3,4 | tr '\n' ' ')
    [ -n "$carried" ] && [ "$carried" = "$expected" ] || why="$why 上年结转 is '$carried', 2023 结转下年度 is '$expected';"
    local rules
    rules=$(nb check "$WORK/s6.nianbao" --previous "$SUQIAN_2023" --format json | python3 -c '
import json, sys
try: print(" ".join(sorted({f["rule"] for f in json.load(sys.stdin)})))
except Exception: print("UNREADABLE")')
    case " $rules " in *" XY-01 "*|*UNREADABLE*) why="$why check --previous gives '$rules';" ;; esac
    verdict 6 "File ▸ New from last year's report on 宿迁 2023" "$([ -z "$why" ]; echo $?)" "${why:-上年结转 equals 2023 结转下年度 in all seven columns, XY-01 holds}"
}

# 7. 表三 with 总计 visible (docs/screenshots/table3-1366x768.png is this screenshot, copied by hand and looked at)
scenario_7() {
    local f="$WORK/s7.txt"
    cp "$SEED" "$f"
    start_nb "$f" || { verdict 7 "表三 screenshot" 1 "the workbench did not start"; return; }
    locate_grid "table3-$SIZE" || { verdict 7 "表三 screenshot" 1 "no grid found on screen"; return; }
    # 总计 is the seventh data column: the grid shows it when seven bounded data columns are on screen,
    # the last one entirely inside the screen
    local shown="${#COLS[@]}"
    verdict 7 "表三 at $SIZE shows all seven columns (总计)" "$([ "$shown" -ge 7 ]; echo $?)" "$shown data columns fully on screen"
    scroll_frames
}

scroll_frames() {
    # the mouse wheel scrolls 表三 down and up while the screen is captured frame after frame: a frame whose
    # body has lost most of its contrast (grid lines, labels, numbers) is a blank frame
    local last=$((${#ROWS[@]} - 1))
    local x0=$(("${COLS[0]}" - 330)) y0=$(("${ROWS[0]}" - 12))
    local w=$(("${COLS[$((${#COLS[@]} - 1))]}" + 40 - x0)) h=$(("${ROWS[$last]}" + 12 - y0))
    [ "$x0" -ge 0 ] || x0=0
    xdotool mousemove --sync "${COLS[2]}" "${ROWS[$((last / 2))]}"
    local frames="$WORK/frames-$SIZE"
    mkdir -p "$frames"
    import -window root -crop "${w}x${h}+${x0}+${y0}" "$frames/still.png" 2>/dev/null
    (for _ in $(seq 1 12); do xdotool click 5 click 5; sleep 0.05; xdotool click 4; done) &
    local wheel=$!
    for i in $(seq -w 1 20); do import -window root -crop "${w}x${h}+${x0}+${y0}" "$frames/f$i.png" 2>/dev/null; done
    wait "$wheel"
    local worst
    worst=$(python3 - "$frames" <<'PY'
import glob, subprocess, sys
def contrast(f):
    out = subprocess.run(["convert", f, "-colorspace", "gray", "-format", "%[fx:standard_deviation]", "info:"],
                         capture_output=True, text=True).stdout
    return float(out or 0)
still = contrast(sys.argv[1] + "/still.png")
frames = sorted(glob.glob(sys.argv[1] + "/f*.png"))
ratios = [(contrast(f) / still if still else 0, f) for f in frames]
low = min(ratios)
def moved(f):
    out = subprocess.run(["compare", "-metric", "AE", sys.argv[1] + "/still.png", f, "null:"],
                         capture_output=True, text=True).stderr.split()
    return float(out[0]) > 0 if out else False
print("%d %s %d %d" % (round(100 * low[0]), low[1], len(frames), sum(1 for f in frames if moved(f))))
PY
)
    set -- $worst
    cp "$2" "$SHOTS/scroll-$SIZE-lowest.png" 2>/dev/null
    verdict 7 "表三 at $SIZE scrolls without blank frames" "$([ "${1:-0}" -ge 70 ] && [ "${4:-0}" -ge 5 ]; echo $?)" \
        "$3 frames while the wheel turned, ${4:-0} of them scrolled; the flattest kept ${1:-0}% of the still grid's contrast [$SHOTS/scroll-$SIZE-lowest.png]"
}

# 8. (issue 14) a report with an ERROR: Ctrl+E asks first (仍然导出), then x.pdf typed with the Word filter
# selected (the first one) writes a PDF, not x.pdf.docx
scenario_8() {
    local f="$WORK/s8.txt" why="" out="$WORK/s8-x.pdf"
    cp "$SEED" "$f"
    start_nb "$f" || { verdict 8 "export x.pdf" 1 "the workbench did not start"; return; }
    locate_grid "s8-opened" || { verdict 8 "export x.pdf" 1 "no grid found on screen"; return; }
    click "${COLS[0]}" "${ROWS[0]}"
    typed 5
    key Return
    sleep 1
    key ctrl+e
    if dialog "年报中有错误" >/dev/null; then
        shot "s8-errors-before-export"
        key alt+a
    else
        why="$why no 年报中有错误 question before exporting a report with SUM-01;"
    fi
    dialog "导出年报" >/dev/null && file_dialog "$out"
    for _ in $(seq 1 40); do [ -s "$out" ] && break; sleep 0.25; done
    sleep 1
    shot "s8-exported"
    [ "$(head -c 5 "$out" 2>/dev/null)" = "%PDF-" ] || why="$why $out is not a PDF ($(head -c 8 "$out" 2>/dev/null | od -An -c | tr -s ' '));"
    ls "$WORK"/s8-x.pdf.* >/dev/null 2>&1 && why="$why a file with a second extension was written: $(ls "$WORK"/s8-x.pdf.*);"
    verdict 8 "SUM-01 broken, Ctrl+E, 仍然导出, x.pdf typed with the Word filter" "$([ -z "$why" ]; echo $?)" "${why:-asked before exporting, wrote a PDF (%PDF- magic) under the typed name}"
}

warning_rows() {
    # warning_rows PNG: the centre y of each warning icon (yellow) in the Checks view's first column, which
    # lies below the editor, right of the explorer: one a line, top to bottom
    convert "$1" -depth 8 rgb:- | python3 -c '
import sys
w, h = int(sys.argv[1]), int(sys.argv[2])
b = sys.stdin.buffer.read()
ys = []
for y in range(int(h * 0.7), h):
    row = y * w * 3
    if any(b[row + 3 * x] > 235 and 180 < b[row + 3 * x + 1] < 235 and b[row + 3 * x + 2] < 150 for x in range(265, 320)):
        ys.append(y)
runs, start = [], None
for i, y in enumerate(ys):
    if start is None:
        start = y
    if i + 1 == len(ys) or ys[i + 1] != y + 1:
        if y - start >= 5:
            runs.append((start + y) // 2)
        start = None
print("\n".join(map(str, runs)))' "$SCREEN_W" "$SCREEN_H"
}

typ03_acceptance() {
    # typ03_acceptance FILE: the reason TYP-03 is accepted with, "open" when it is not, "none" without TYP-03
    nb check "$1" --format json | python3 -c '
import json, sys
try:
    found = [f for f in json.load(sys.stdin) if f["rule"] == "TYP-03"]
except Exception:
    print("UNREADABLE"); sys.exit()
print("none" if not found else (found[0]["accepted"] or {}).get("reason") or "open")'
}

# 9. (issue 14) Checks view: the seed's TYP-03 warning clicked, its context menu (Shift+F10), 接受…, a reason, 接受; F5 (check again):
# still accepted in the saved file; then 0 typed into one of its blank cells: the acceptance is gone
scenario_9() {
    local f="$WORK/s9.txt" out="$WORK/s9.nianbao" why="" reason="no such requests this year"
    cp "$SEED" "$f"
    start_nb "$f" || { verdict 9 "accept TYP-03" 1 "the workbench did not start"; return; }
    locate_grid "s9-opened" || { verdict 9 "accept TYP-03" 1 "no grid found on screen"; return; }
    local warnings=($(warning_rows "$LAST_SHOT"))
    # the seed's warnings sorted by rule: LBL-01, then TYP-03
    [ "${#warnings[@]}" -ge 2 ] || { verdict 9 "accept TYP-03" 1 "the Checks view shows ${#warnings[@]} warning icons, not 2"; return; }
    local x=$((SCREEN_W / 2)) y="${warnings[1]}"
    click "$x" "$y"
    # the context menu from the keyboard (Shift+F10): a right click sent by xdotool opens no GTK popup menu
    # under Xvfb here (nor the grid's), while Shift+F10 and the Menu key do
    key shift+F10
    sleep 0.8
    shot "s9-menu"
    key a
    if dialog "接受检查结果" >/dev/null; then
        sleep 0.5
        shot "s9-dialog-empty"
        typed "$reason"
        shot "s9-dialog"
        key alt+a
    else
        why="$why 接受… in the context menu opened no 接受检查结果 dialog;"
    fi
    sleep 1
    key F5
    sleep 1
    shot "s9-accepted"
    save "$out"
    local first
    first=$(typ03_acceptance "$out")
    [ "$first" = "$reason" ] || why="$why after 接受 and F5 the saved TYP-03 is '$first';"
    # 一、本年新收 / 商业企业, blank in the seed, is one of TYP-03's cells
    click "${COLS[1]}" "${ROWS[0]}"
    typed 0
    key Return
    sleep 1
    key ctrl+s
    sleep 2
    shot "s9-cell-changed"
    local after
    after=$(typ03_acceptance "$out")
    [ "$after" = open ] || why="$why after 0 typed into 一/商业企业 the saved TYP-03 is '$after', not open;"
    verdict 9 "accept TYP-03 with a reason, F5, then change one of its cells" "$([ -z "$why" ]; echo $?)" "${why:-accepted with its reason and kept by F5; open again after 一/商业企业 was filled}"
}

highlighted_row() {
    # highlighted_row PNG X Y0: the centre y of the selected (blue) row of an open list at column X below Y0
    convert "$1" -depth 8 rgb:- | python3 -c '
import sys
w, h, x, y0 = (int(a) for a in sys.argv[1:5])
b = sys.stdin.buffer.read()
ys = [y for y in range(y0, h) if b[(y * w + x) * 3] < 90 and 100 < b[(y * w + x) * 3 + 1] < 160 and b[(y * w + x) * 3 + 2] > 190]
print((ys[0] + ys[-1]) // 2 if ys else "")' "$SCREEN_W" "$SCREEN_H" "$2" "$3"
}

# 10. (issue 14) Ctrl+N, an agency typed, 机关层级 opened with the mouse and 国务院部门 clicked (its list shows the
# levels by name; 市级政府部门 is selected, 国务院部门 four rows above it); 确定, saved: the level is STATE_COUNCIL_DEPT
scenario_10() {
    local why="" out="$WORK/s10.nianbao"
    start_nb || { verdict 10 "new report, level by mouse" 1 "the workbench did not start"; return; }
    key ctrl+n
    local d
    d=$(dialog "新建年报") || { verdict 10 "new report, level by mouse" 1 "Ctrl+N showed no 新建年报 dialog"; return; }
    typed "验收部"
    local X Y WIDTH HEIGHT SCREEN WINDOW
    eval "$(xdotool getwindowgeometry --shell "$d")"
    # the combo is the second row of the form: 130, 117 from the dialog's corner (the dialog is ours, its layout fixed)
    click $((X + 130)) $((Y + 117))
    sleep 1
    shot "s10-levels"
    local selected
    selected=$(highlighted_row "$LAST_SHOT" $((X + 140)) $((Y + 130)))
    if [ -n "$selected" ]; then
        click $((X + 140)) $((selected - 4 * 32))
        sleep 0.5
        shot "s10-chosen"
        key Return
        sleep 2
        save "$out"
    else
        why="$why the level list did not open (no selected row below the combo);"
        key Escape
    fi
    grep -q 'agencyLevel="STATE_COUNCIL_DEPT"' "$out" 2>/dev/null || why="$why the saved report's level is $(grep -o 'agencyLevel="[A-Z_]*"' "$out" 2>/dev/null || echo missing), not STATE_COUNCIL_DEPT;"
    verdict 10 "Ctrl+N, 机关层级 国务院部门 chosen with the mouse, saved" "$([ -z "$why" ]; echo $?)" "${why:-the list showed the levels by name; 国务院部门 clicked became STATE_COUNCIL_DEPT in the file}"
}

# 11. (issue 14) two saved reports, an edit in each, File ▸ 全部保存 (Alt+F, V): both files hold their edit;
# then Ctrl+Shift+W (全部关闭): no report left on screen
scenario_11() {
    local why=""
    cp "$SEED" "$WORK/s11a.txt"
    cp "$ROOT/testdata/corpus/06-suqian-shi-2024.txt" "$WORK/s11b.txt"
    start_nb "$WORK/s11a.txt" || { verdict 11 "save all, close all" 1 "the workbench did not start"; return; }
    save "$WORK/s11a.nianbao"
    open_file "$WORK/s11b.txt"
    save "$WORK/s11b.nianbao"
    saved "$WORK/s11a.nianbao" >"$WORK/s11a.before"
    saved "$WORK/s11b.nianbao" >"$WORK/s11b.before"
    locate_grid "s11-b" || { verdict 11 "save all, close all" 1 "no grid found on screen"; return; }
    click "${COLS[0]}" "${ROWS[0]}"
    typed 7
    key Return
    open_file "$WORK/s11a.nianbao"
    locate_grid "s11-a" || { verdict 11 "save all, close all" 1 "no grid found on screen"; return; }
    click "${COLS[0]}" "${ROWS[0]}"
    typed 8
    key Return
    sleep 1
    key alt+f
    key v
    sleep 2
    [ "$(count_windows "年报另存为")" = 0 ] || { why="$why 全部保存 asked where to save;"; key Escape; }
    # the cell typed into is the first body cell the screenshot shows (一 or 二 / 自然人, by report): what counts
    # is that each file now holds its edit, i.e. a cell changed to the number typed
    local a b
    a=$(saved "$WORK/s11a.nianbao" | diff "$WORK/s11a.before" - | grep '^> T3,' | tr '\n' ' ')
    b=$(saved "$WORK/s11b.nianbao" | diff "$WORK/s11b.before" - | grep '^> T3,' | tr '\n' ' ')
    case "$a" in *",C1,8 "*) ;; *) why="$why after 全部保存 s11a changed '$a', no 自然人 cell 8;" ;; esac
    case "$b" in *",C1,7 "*) ;; *) why="$why after 全部保存 s11b changed '$b', no 自然人 cell 7;" ;; esac
    key ctrl+shift+w
    sleep 2
    if locate_grid "s11-closed"; then why="$why a report is still on screen after Ctrl+Shift+W;"; fi
    verdict 11 "edits in two reports, File ▸ 全部保存, Ctrl+Shift+W" "$([ -z "$why" ]; echo $?)" "${why:-全部保存 wrote both files, 全部关闭 closed both}"
}

recent_row() {
    # recent_row PNG: the first row of the start page's 最近打开的文件, found by its icon (the application's icon,
    # whose header band is red) right of the explorer and below the tabs; prints "X Y" of the row's agency text
    convert "$1" -depth 8 rgb:- | python3 -c '
import sys
w, h = int(sys.argv[1]), int(sys.argv[2])
b = sys.stdin.buffer.read()
# the explorer takes the left fifth; the start page tab (whose icon is red too) sits at the editor area edge
for y in range(90, int(h * 0.7)):
    for x in range(int(w * 0.2) + 150, w - 20):
        i = 3 * (y * w + x)
        r, g, bl = b[i], b[i + 1], b[i + 2]
        if r > 170 and g < 70 and bl < 70:
            print(x + 60, y + 4)
            sys.exit()
sys.exit(1)' "$SCREEN_W" "$SCREEN_H"
}

# 13. (issue 14) a report saved once; the workbench started with no file shows the start page with that file
# under 最近打开的文件; a double-click there opens it (Save As then writes its values); Ctrl+W: the start page is back
scenario_13() {
    local why="" row
    cp "$SEED" "$WORK/s13.txt"
    mkdir -p "$WORK/s13"
    start_nb "$WORK/s13.txt" || { verdict 13 "start page, recent file" 1 "the workbench did not start"; return; }
    save "$WORK/s13/baoji-2024.nianbao"
    key ctrl+q
    sleep 3
    stop_nb
    start_nb || { verdict 13 "start page, recent file" 1 "the workbench did not restart"; return; }
    sleep 2
    shot "s13-start-page"
    row=$(recent_row "$LAST_SHOT") || { verdict 13 "start page, recent file" 1 "no start page with a recent file on screen"; return; }
    xdotool mousemove --sync ${row% *} ${row#* } click --repeat 2 --delay 120 1
    sleep 3
    shot "s13-opened"
    save_as "$WORK/s13-reopened.nianbao"
    if [ ! -s "$WORK/s13-reopened.nianbao" ]; then
        why="$why no report opened from the recent file (Save As wrote nothing);"
    else
        saved "$WORK/s13/baoji-2024.nianbao" >"$WORK/s13-saved.cells"
        saved "$WORK/s13-reopened.nianbao" >"$WORK/s13-reopened.cells"
        cmp -s "$WORK/s13-saved.cells" "$WORK/s13-reopened.cells" || why="$why the report opened from the recent file differs from the one saved;"
    fi
    recent_row "$LAST_SHOT" >/dev/null && why="$why the start page stayed on screen with the report open;"
    key ctrl+w
    sleep 2
    shot "s13-closed"
    recent_row "$LAST_SHOT" >/dev/null || why="$why the start page did not come back after Ctrl+W;"
    verdict 13 "start with no file: start page; double-click a recent file; Ctrl+W" "$([ -z "$why" ]; echo $?)" "${why:-the start page listed the saved report, a double-click opened it, Ctrl+W brought the start page back}"
}

# 15. (issue 13) File ▸ 从网址导入… (Alt+F, W) with a report page served by a local web server (loopback): the
# address typed, Enter (导入); the preview 导入已发布的年报 confirmed with Enter; saved: 表三 as on the page
# (宿迁 2023: 一/自然人 3402, 一/总计 3511)
scenario_15() {
    local why="" out="$WORK/s15.nianbao" site="$WORK/s15-site" port server
    mkdir -p "$site/xxgk"
    cp "$ROOT/testdata/forms/05-suqian-shi-2023.html" "$site/xxgk/ndbg-2023.html"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >"$WORK/s15-http.log" 2>&1 &
    server=$!
    if ! start_nb; then
        kill "$server"; wait "$server" 2>/dev/null
        verdict 15 "import from a web address" 1 "the workbench did not start"
        return
    fi
    key alt+f
    shot "s15-file-menu"
    key w
    if dialog "从网址导入" >/dev/null; then
        typed "http://127.0.0.1:$port/xxgk/ndbg-2023.html"
        shot "s15-address"
        key Return
        if dialog "导入已发布的年报" >/dev/null; then
            sleep 1
            shot "s15-preview"
            key Return
            sleep 2
            save "$out"
        else
            shot "s15-no-preview"
            why="$why no preview of the imported report after 导入 (the dialog says what is on the screenshot);"
            key Escape
        fi
    else
        why="$why Alt+F, W showed no 从网址导入 dialog;"
    fi
    kill "$server"
    wait "$server" 2>/dev/null
    grep -q "GET /xxgk/ndbg-2023.html" "$WORK/s15-http.log" || why="$why the local server was not asked for the page;"
    local first total
    first=$(value_in "$out" "T3,R01,C1")
    total=$(value_in "$out" "T3,R01,C7")
    [ "$first" = 3402 ] && [ "$total" = 3511 ] || why="$why saved 一/自然人 '$first' and 一/总计 '$total', not 3402 and 3511;"
    verdict 15 "File ▸ 从网址导入, a local report page, preview, saved" "$([ -z "$why" ]; echo $?)" "${why:-fetched from the local server, previewed and opened; the saved 表三 holds the values of the page}"
}

highlight_left() {
    # highlight_left PNG Y: the first x right of the explorer where the highlighted (blue) row at Y begins
    convert "$1" -depth 8 rgb:- | python3 -c '
import sys
w, y = int(sys.argv[1]), int(sys.argv[2])
b = sys.stdin.buffer.read()
xs = [x for x in range(w // 5, w) if b[(y * w + x) * 3] < 90 and 100 < b[(y * w + x) * 3 + 1] < 160 and b[(y * w + x) * 3 + 2] > 190]
print(xs[0] if xs else "")' "$SCREEN_W" "$2"
}

explorer_white_runs() {
    # explorer_white_runs PNG X: "top bottom" of each white box (over 40 px tall) in column X of the explorer:
    # the open-reports list, the folder list and, last, the repository tree
    convert "$1" -depth 8 rgb:- | python3 -c '
import sys
w, h, x = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
b = sys.stdin.buffer.read()
white = [all(c >= 250 for c in b[(y * w + x) * 3:(y * w + x) * 3 + 3]) for y in range(h)]
start = None
for y in range(h + 1):
    if y < h and white[y]:
        start = y if start is None else start
    elif start is not None:
        if y - start > 40:
            print(start, y - 1)
        start = None' "$SCREEN_W" "$SCREEN_H" "$2"
}

# 12. (issue 14) a report with three revisions (made by nianbao repo import of three states of the seed); the
# repository tree lists it at start (no 刷新); its History from the context menu (Shift+F10, H); r3 and r1
# ticked with the mouse (their rows found as the highlight after End and after Home); 比较 (Shift+Tab, Space): the compare editor opens on
# r1 against r3, which the workbench's probe line names ("NIANBAO_COMPARE_SHOWN 对比 … r1–r3")
scenario_12() {
    local why="" i
    for i in 1 2 3; do
        mkdir -p "$WORK/s12-$i"
        # the line of 表三 一、本年新收: 1 in r1, 2 in r2, 3 in r3 (its label has no digit)
        sed "48s/1/$i/g" "$SEED" >"$WORK/s12-$i/seed.txt"
        nb repo import "$WORK/s12-$i" >"$WORK/s12-import-$i.out" || why="$why repo import $i failed: $(head -c 200 "$WORK/s12-import-$i.out");"
    done
    local listed
    listed=$(nb repo list | tr '\n' ' ')
    start_nb || { verdict 12 "history r1 vs r3" 1 "the workbench did not start"; return; }
    sleep 3
    shot "s12-start"
    local boxes tree_top tree_bottom
    boxes=$(explorer_white_runs "$LAST_SHOT" 12)
    tree_top=$(echo "$boxes" | tail -n 1 | cut -d' ' -f1)
    tree_bottom=$(echo "$boxes" | tail -n 1 | cut -d' ' -f2)
    if [ -z "$tree_top" ]; then
        verdict 12 "history r1 vs r3" 1 "no repository tree found on screen (repo list: $listed)"
        return
    fi
    # the empty lower part of the tree takes the focus; Home selects the agency, Down its year
    click 120 $((tree_bottom - 10))
    key Home
    key Down
    key shift+F10
    sleep 0.8
    shot "s12-menu"
    key h
    sleep 2
    shot "s12-history"
    # End selects r3 and Home r1: their rows are the highlighted ones on the screenshots; then each row's tick box
    # (just inside the left end of the highlight) is clicked. Ticks need no modifier: a Ctrl+click or Ctrl+Space
    # sent by xdotool here did not always arrive with its Ctrl, and Space ticked r3 but not then r1
    local r1 r3 left
    key End
    shot "s12-r3"
    r3=$(highlighted_row "$LAST_SHOT" 1000 $((SCREEN_H / 2)))
    key Home
    shot "s12-r1"
    r1=$(highlighted_row "$LAST_SHOT" 1000 $((SCREEN_H / 2)))
    left=$([ -n "$r1" ] && highlight_left "$LAST_SHOT" "$r1")
    if [ -n "$r1" ] && [ -n "$r3" ] && [ -n "$left" ] && [ "$r1" != "$r3" ]; then
        click $((left + 12)) "$r3"
        click $((left + 12)) "$r1"
    else
        why="$why the History rows r1 and r3 were not found on screen (rows at '$r1' and '$r3', left end '$left');"
    fi
    shot "s12-selected"
    # 比较 from the keyboard: Shift+Tab from the table to the button, Space (Enter in a table with tick boxes
    # toggles the tick of the current row under GTK)
    key shift+Tab
    key space
    local shown=""
    for _ in $(seq 1 20); do
        shown=$(grep -m1 "NIANBAO_COMPARE_SHOWN" "$NB_LOG")
        [ -n "$shown" ] && break
        sleep 0.5
    done
    sleep 1.5
    shot "s12-compare"
    case "$shown" in
        *"r1–r3"*) ;;
        "") why="$why no compare editor opened (no NIANBAO_COMPARE_SHOWN in the log);" ;;
        *) why="$why the compare editor shows '${shown#NIANBAO_COMPARE_SHOWN }', not r1–r3;" ;;
    esac
    verdict 12 "History of a report with 3 revisions, r1 and r3 selected, 比较" "$([ -z "$why" ]; echo $?)" "${why:-the tree listed the report at start; History showed its revisions; 比较 opened ${shown#NIANBAO_COMPARE_SHOWN }}"
}

# 19. (issue 18) the corpus imported into the repository (nianbao repo import); the workbench with no file:
# 审阅 ▸ 评分 (Alt+R, S), 资料库… (Tab, Return), year 2024 typed (Ctrl+A first), Return: the 评分 view opens with the
# four 2024 reports (NIANBAO_SCORE_SHOWN in the log); 导出通报 (Alt+T), s19.xlsx typed into the file chooser:
# the workbook holds every 2024 unit with the score `nianbao score --year 2024` gives it
scenario_19() {
    local why="" out="$WORK/s19.xlsx"
    nb repo import "$ROOT/testdata/corpus" >"$WORK/s19-import.out" || why="$why repo import failed: $(head -c 200 "$WORK/s19-import.out");"
    nb score --year 2024 --format csv >"$WORK/s19-cli.csv"
    start_nb || { verdict 19 "score a year of the repository, write the 通报" 1 "the workbench did not start"; return; }
    key alt+r
    shot "s19-review-menu"
    key s
    if dialog "评分" >/dev/null; then
        key Tab
        key Return
        sleep 1
        key ctrl+a
        typed "2024"
        key Return
    else
        why="$why Alt+R, S showed no 评分 question;"
    fi
    local shown=""
    for _ in $(seq 1 60); do
        shown=$(grep -m1 "NIANBAO_SCORE_SHOWN" "$NB_LOG")
        [ -n "$shown" ] && break
        sleep 0.5
    done
    sleep 1.5
    shot "s19-score-view"
    [ "$shown" = "NIANBAO_SCORE_SHOWN 4" ] || why="$why the 评分 view did not show the four 2024 reports (log: '${shown:-nothing}');"
    key alt+t
    dialog "导出通报" >/dev/null && file_dialog "$out"
    for _ in $(seq 1 20); do [ -s "$out" ] && break; sleep 0.25; done
    # units and scores of the workbook's first sheet (得分) against the command line's CSV
    local compared
    compared=$(python3 "$ROOT/releng/it/notice_scores.py" "$out" "$WORK/s19-cli.csv")
    [ "$compared" = ok ] || why="$why $compared;"
    verdict 19 "审阅 ▸ 评分 of 2024 from the repository, 导出通报 as Excel" "$([ -z "$why" ]; echo $?)" "${why:-the 评分 view showed the four 2024 reports; the 通报 workbook has each unit with the score of nianbao score}"
}

# --- issue 18: the team's server chosen in Preferences ▸ 资料库 -------------------------------------------

s18_server() {
    # s18_server DIR: a private PostgreSQL (initdb + pg_ctl, as in pg-concurrency.sh) with the database team;
    # sets S18_BIN, S18_AS, S18_PORT, S18_PW; returns 1 when there is no PostgreSQL on this machine
    local dir
    S18_BIN=
    for dir in "${NIANBAO_PG_BIN:-}" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
        [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { S18_BIN="$dir"; break; }
    done
    [ -n "$S18_BIN" ] || return 1
    S18_AS=()
    [ "$(id -u)" = 0 ] && S18_AS=(runuser -u "$(getent passwd postgres >/dev/null && echo postgres || echo nobody)" --)
    S18_PORT=$((20000 + RANDOM % 40000))
    S18_PW="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
    mkdir -p "$1"
    chmod 711 "$WORK" "$(dirname "$1")"
    printf '%s' "$S18_PW" >"$1/password"
    [ ${#S18_AS[@]} -gt 0 ] && chown -R "${S18_AS[2]}" "$1"
    "${S18_AS[@]}" "$S18_BIN/initdb" -D "$1/data" -U nianbao --pwfile="$1/password" -A scram-sha-256 -E UTF8 \
        --locale=C -N >"$1/initdb.log" 2>&1 || return 2
    "${S18_AS[@]}" "$S18_BIN/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 60 -o "-p $S18_PORT \
        -c listen_addresses=127.0.0.1 -c unix_socket_directories=$1" start >/dev/null 2>&1 || return 2
    PGPASSWORD="$S18_PW" "$S18_BIN/createdb" -h 127.0.0.1 -p "$S18_PORT" -U nianbao team
}

s18_sql() { PGPASSWORD="$S18_PW" "$S18_BIN/psql" -h 127.0.0.1 -p "$S18_PORT" -U nianbao -d team -tAc "$1" 2>&1; }

s18_checked() {
    # s18_checked: presses 测试连接 (Alt+T) and waits for the result the workbench prints with the probe
    local before
    before=$(grep -c NIANBAO_SERVER_CHECK "$NB_LOG")
    key alt+t
    for _ in $(seq 1 40); do
        [ "$(grep -c NIANBAO_SERVER_CHECK "$NB_LOG")" -gt "$before" ] && break
        sleep 0.5
    done
    grep NIANBAO_SERVER_CHECK "$NB_LOG" | tail -n 1
}

# 18. A private PostgreSQL with the seed imported by the command line; 首选项 (Alt+W, P) by the keyboard:
# 团队的 PostgreSQL 服务器 (Alt+S), host, port, database, user and a wrong password typed, 测试连接 (Alt+T):
# refused login; the right password, 测试连接: connected to a Nianbao repository; 确定. The workbench then
# opens the server (its connection, application Nianbao, is on the server); the preference file holds the
# address and not the password; so does the secure storage file, if there is one.
scenario_18() {
    local pg="$WORK/s18/pg" why="" rc
    s18_server "$pg"
    rc=$?
    if [ "$rc" = 1 ]; then
        if [ "${CI:-}" = true ]; then
            verdict 18 "Preferences ▸ 资料库, a team's server" 1 "no PostgreSQL (initdb, pg_ctl); .ci/run installs it"
        else
            verdict 18 "Preferences ▸ 资料库, a team's server" 0 "skipped: no PostgreSQL on this machine (outside CI only)"
        fi
        return
    fi
    if [ "$rc" != 0 ]; then
        verdict 18 "Preferences ▸ 资料库, a team's server" 1 "the private server did not start: $(tail -n 3 "$pg/server.log" "$pg/initdb.log" 2>/dev/null)"
        return
    fi
    mkdir -p "$WORK/s18/in"
    cp "$SEED" "$WORK/s18/in/seed.txt"
    NIANBAO_DB_PASSWORD="$S18_PW" nb repo import "$WORK/s18/in" --repository \
        "postgresql://nianbao@127.0.0.1:$S18_PORT/team?sslmode=disable" >"$WORK/s18/import.out" \
        || why="$why repo import into the server failed: $(head -c 200 "$WORK/s18/import.out");"
    start_nb || { verdict 18 "Preferences ▸ 资料库, a team's server" 1 "the workbench did not start"; "${S18_AS[@]}" "$S18_BIN/pg_ctl" -D "$pg/data" -m fast -w stop >/dev/null 2>&1; return; }
    key alt+w
    key p
    if dialog "首选项" >/dev/null; then
        sleep 1
        key alt+s
        key alt+h; key ctrl+a; typed 127.0.0.1
        key alt+o; key ctrl+a; typed "$S18_PORT"
        key alt+d; key ctrl+a; typed team
        key alt+u; key ctrl+a; typed nianbao
        key alt+a; key ctrl+a; typed not-the-password
        local refused connected
        refused=$(s18_checked)
        shot "s18-refused"
        key alt+a; key ctrl+a; typed "$S18_PW"
        connected=$(s18_checked)
        shot "s18-connected"
        case "$refused" in *"拒绝了用户 nianbao 的登录"*) ;; *) why="$why a wrong password was not said as refused ('$refused');" ;; esac
        case "$connected" in *"已连接"*"年报资料库"*) ;; *) why="$why 测试连接 with the right password said '$connected';" ;; esac
        key Return
        sleep 2
        # no keyring on this display: secure storage cannot encrypt, and the workbench says so (首选项 again)
        if dialog "首选项" >/dev/null; then
            shot "s18-after-ok"
            key Return
        fi
    else
        why="$why no 首选项 dialog after Alt+W, P;"
    fi
    local sessions=0
    for _ in $(seq 1 20); do
        sessions=$(s18_sql "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'Nianbao'")
        [ "${sessions:-0}" -ge 1 ] 2>/dev/null && break
        sleep 0.5
    done
    shot "s18-tree"
    [ "${sessions:-0}" -ge 1 ] 2>/dev/null || why="$why the workbench did not connect to the server after 确定 ($sessions);"
    local prefs
    prefs=$(find "$HOME" "$NIANBAO_DATA" "$(dirname "$NB")" -name cn.nianbao.ui.prefs 2>/dev/null | head -n 1)
    if [ -z "$prefs" ]; then
        why="$why no preference file cn.nianbao.ui.prefs was written;"
    else
        grep -q "repository.port=$S18_PORT" "$prefs" || why="$why the preference file does not hold the port;"
        grep -q -- "$S18_PW" "$prefs" && why="$why THE PASSWORD IS IN THE PREFERENCE FILE $prefs;"
    fi
    local storage
    storage=$(find "$HOME" -name secure_storage 2>/dev/null | head -n 1)
    [ -n "$storage" ] && grep -q -- "$S18_PW" "$storage" && why="$why the password is in plain text in $storage;"
    "${S18_AS[@]}" "$S18_BIN/pg_ctl" -D "$pg/data" -m fast -w stop >/dev/null 2>&1
    verdict 18 "Preferences ▸ 资料库: a team's server by the keyboard, 测试连接 (wrong password, then right), 确定" \
        "$([ -z "$why" ]; echo $?)" "${why:-a wrong password refused, the right one connected; after 确定 the workbench is connected to the server ($sessions); the password is in neither the preference file nor in plain text elsewhere}"
}

tree_report() {
    # tree_report PNG: selects the first report of the repository tree (the tree's empty lower part takes the
    # focus, Home the agency, Down its year), as scenario 12 does; fails when no tree is on the screenshot
    local boxes tree_bottom
    boxes=$(explorer_white_runs "$1" 12)
    tree_bottom=$(echo "$boxes" | tail -n 1 | cut -d' ' -f2)
    [ -n "$tree_bottom" ] || return 1
    click 120 $((tree_bottom - 10))
    key Home
    key Down
}

tree_step() {
    # tree_step SHOT KEY: the report's context menu in the tree (Shift+F10) and the item of that mnemonic
    shot "$1"
    tree_report "$LAST_SHOT" || return 1
    key shift+F10
    # the menu takes a moment on a busy machine: a key pressed before it shows goes to the tree
    sleep 2
    shot "$1-menu"
    key "$2"
    # a step refreshes the tree (each report checked again) before the next one is chosen
    sleep 3
}

comment_row() {
    # comment_row PNG: "X Y" inside the first comment's row. The 意见 table is right of the findings in the
    # Checks view; its body is the lowest white box (over 15 px tall) in the column 200 px left of the screen's
    # right edge, and its first row starts at the box's top
    convert "$1" -depth 8 rgb:- | python3 -c '
import sys
w, h = int(sys.argv[1]), int(sys.argv[2])
b = sys.stdin.buffer.read()
x = w - 200
white = lambda y: all(c >= 250 for c in b[(y * w + x) * 3:(y * w + x) * 3 + 3])
runs, start = [], None
for y in range(h * 2 // 3, h + 1):
    if y < h and white(y):
        start = y if start is None else start
    elif start is not None:
        if y - start > 15:
            runs.append(start)
        start = None
if runs:
    print(x, runs[-1] + 11)' "$SCREEN_W" "$SCREEN_H" | grep .
}

# 16. (issue 18) the review round trip in the workbench, on the repository. The seed imported and made a draft
# (nianbao repo import, repo status 草稿). In the 资料库 tree (Shift+F10): 报送 (S); 打开 (O); 表三
# 二、上年结转/自然人 (blank) clicked, Shift+F10, 添加意见… (M), the comment typed, Enter; 退回（附意见）… (R), 退回
# (Alt+R): the Checks view shows the comment (screenshot s16-returned); 0 typed into that cell, Ctrl+S, 提交
# (Alt+M); the comment's 已处理 box clicked; 报送 (S, now 已修改); 同意发布 (A). Then, the workbench closed: repo
# status says APPROVED with one return round and no open comment, its log has the return and the
# resubmission, the comment is done, and the report checked out has 0 in 二/自然人.
scenario_16() {
    local why="" folder="$WORK/s16" agency="宝鸡市科学技术局" box
    mkdir -p "$folder"
    cp "$SEED" "$folder/seed.txt"
    nb repo import "$folder" >"$WORK/s16-import.out" || why="$why repo import failed: $(head -c 200 "$WORK/s16-import.out");"
    nb repo status --agency "$agency" --year 2024 草稿 >>"$WORK/s16-import.out" || why="$why repo status 草稿 failed;"
    start_nb || { verdict 16 "review round trip" 1 "the workbench did not start"; return; }
    sleep 3
    tree_step "s16-start" s || why="$why no repository tree found on screen;"
    # opening loads, checks and lays out the report: on a busy machine this takes a while. The O pressed in the
    # menu was lost in two of four runs here (the menu stayed up, nothing opened): then Escape and once more
    local attempt
    for attempt in 1 2; do
        tree_step "s16-submitted-$attempt" o
        for _ in $(seq 1 60); do [ "$(grep -c NIANBAO_EDITOR_SHOWN "$NB_LOG")" -gt 0 ] && break; sleep 0.5; done
        [ "$(grep -c NIANBAO_EDITOR_SHOWN "$NB_LOG")" -gt 0 ] && break
        key Escape
    done
    sleep 2
    if locate_grid "s16-opened"; then
        # a right click opens no popup here (see docs/ui-acceptance.md); Shift+F10 opens the cell's menu
        click "${COLS[0]}" "${ROWS[1]}"
        key shift+F10
        sleep 2
        shot "s16-cell-menu"
        key m
        if dialog "添加意见" >/dev/null; then
            typed "carried over from last year: write 0, not blank"
            key Return
        else
            why="$why no 添加意见 dialog from the cell's context menu;"
        fi
    else
        why="$why the report did not open from the tree (no grid on screen);"
    fi
    tree_step "s16-commented" r
    if dialog "退回报告" >/dev/null; then
        shot "s16-return-question"
        key alt+r
    else
        why="$why no 退回报告 question;"
    fi
    sleep 2
    shot "s16-returned"
    box=$(comment_row "$LAST_SHOT") || why="$why no comment in the Checks view after the return;"
    # the grid found when the report opened (a selected cell is grey, which the geometry would skip)
    if [ "${#ROWS[@]}" -ge 2 ]; then
        shot "s16-before-fix"
        click "${COLS[0]}" "${ROWS[1]}"
        typed 0
        key Return
        key ctrl+s
        if dialog "提交新版本" >/dev/null; then
            key alt+m
        else
            why="$why Ctrl+S showed no 提交新版本 dialog;"
        fi
        sleep 2
    fi
    if [ -n "$box" ]; then
        # the row selected with a click, its 已处理 box ticked with Space (as GTK does for the current row)
        click ${box% *} ${box#* }
        key space
        sleep 1
        shot "s16-ticked"
    fi
    tree_step "s16-fixed" s
    tree_step "s16-resubmitted" a
    shot "s16-approved"
    key ctrl+q
    sleep 3
    stop_nb
    local status comments
    status=$(nb repo status --agency "$agency" --year 2024 --lang en)
    comments=$(nb repo comment list --agency "$agency" --year 2024 --lang en)
    echo "$status" >"$WORK/s16-status.out"
    echo "$comments" >>"$WORK/s16-status.out"
    case "$status" in
        *"APPROVED, return rounds: 1, open comments: 0"*) ;;
        *) why="$why repo status says '$(echo "$status" | head -n 1)', not APPROVED with 1 return round and 0 open comments;" ;;
    esac
    echo "$status" | grep -q "SUBMITTED -> RETURNED" || why="$why the log has no return;"
    echo "$status" | grep -q "RETURNED -> REVISED" || why="$why the log has no resubmission;"
    case "$comments" in
        *"T3/R02/C1  round 1  done"*"write 0, not blank"*) ;;
        *) why="$why the comment list says '$comments', not a done comment on T3/R02/C1;" ;;
    esac
    nb repo checkout --agency "$agency" --year 2024 -o "$WORK/s16-out.nianbao" >/dev/null
    [ "$(value_in "$WORK/s16-out.nianbao" "T3,R02,C1")" = 0 ] || why="$why the fixed cell was not saved as 0;"
    verdict 16 "review round trip: 报送, 添加意见 on a cell, 退回, the comment in the Checks view, fix, 已处理, 报送, 同意发布" "$([ -z "$why" ]; echo $?)" "${why:-the repository shows APPROVED after one return, the comment done and the cell fixed}"
}

# 20. (issue 18) comments on a passage and on a finding, in a file. The seed opened; the editor clicked above the
# grid, Ctrl+PageDown three times (表三 → 六, whose text takes the focus), Ctrl+Home, the agency's name selected
# with Shift+Right (eight characters), the text's menu (Shift+F10), 添加意见… (M), a comment typed, Enter. Then
# the Checks view's TYP-03 warning clicked, its menu (Shift+F10), 添加意见… (M), a comment, Enter; saved as
# .nianbao: `nianbao comment list` lists both, on S6 and the quoted name and on TYP-03 and its cells. Then, the
# caret moved away and the editor back on 表三, a double-click on the passage's comment (the 意见 group's first
# row) selects the name again: X typed over it, Ctrl+S, and 六 saved begins with X instead of the name.
scenario_20() {
    local f="$WORK/s20.txt" out="$WORK/s20.nianbao" why="" name="宝鸡市科学技术局"
    local on_finding="say in part 5 why no business applied" on_passage="name the fee rules"
    cp "$SEED" "$f"
    start_nb "$f" || { verdict 20 "comments on a passage and a finding" 1 "the workbench did not start"; return; }
    locate_grid "s20-opened" || { verdict 20 "comments on a passage and a finding" 1 "no grid found on screen"; return; }
    # into the editor's pages above the grid, then from 表三 to 六, whose text takes the focus (as in scenario 3)
    click "${COLS[0]}" "$((ROWS[0] - 60))"
    key ctrl+Next ctrl+Next ctrl+Next
    sleep 1
    key ctrl+Home
    for _ in $(seq 1 ${#name}); do key shift+Right; done
    shot "s20-passage-selected"
    # a right click sent by xdotool opens no GTK popup menu under Xvfb here (scenario 9): Shift+F10 does
    key shift+F10
    sleep 1
    shot "s20-passage-menu"
    key m
    if dialog "添加意见" >/dev/null; then
        sleep 0.5
        typed "$on_passage"
        shot "s20-passage-dialog"
        key Return
    else
        why="$why 添加意见… in the text's menu opened no 添加意见 dialog;"
    fi
    sleep 1.5
    shot "s20-passage-commented"
    local warnings=($(warning_rows "$LAST_SHOT"))
    # the seed's warnings sorted by rule: LBL-01, then TYP-03 (as in scenario 9); x in the findings' message
    # columns (the message, which has a tooltip), left of the detail pane and the 意见 group now beside them
    if [ "${#warnings[@]}" -ge 2 ]; then
        click 560 "${warnings[1]}"
        key shift+F10
        sleep 1
        shot "s20-finding-menu"
        key m
        if dialog "添加意见" >/dev/null; then
            sleep 0.5
            typed "$on_finding"
            shot "s20-finding-dialog"
            key Return
        else
            why="$why 添加意见… in the finding's menu opened no 添加意见 dialog;"
        fi
    else
        why="$why the Checks view shows ${#warnings[@]} warning icons, not 2;"
    fi
    sleep 1.5
    shot "s20-commented"
    save "$out"
    local comments
    comments=$(nb comment list "$out" --lang en)
    echo "$comments" >"$WORK/s20-comments.out"
    echo "$comments" | grep -q "^#1  S6“$name”  round 1  open .*$on_passage" \
        || why="$why comment list has no open #1 on S6“$name” ('$(echo "$comments" | head -n 1)');"
    echo "$comments" | grep -q "^#2  TYP-03@T3/R01/C2,T3/R01/C3,.*  round 1  open .*$on_finding" \
        || why="$why comment list has no open #2 on TYP-03 and its cells ('$(echo "$comments" | sed -n 2p | cut -c1-120)');"
    # the caret away from the name (Ctrl+End in 六), the editor back on 表三, then the comment double-clicked
    click "${COLS[0]}" "$((ROWS[0] - 60))" 2>/dev/null
    key ctrl+Prior ctrl+Prior ctrl+Prior
    sleep 1
    shot "s20-before-reveal"
    local box
    if box=$(comment_row "$LAST_SHOT"); then
        xdotool mousemove --sync ${box% *} ${box#* } click --repeat 2 --delay 120 1
        sleep 1.5
        shot "s20-revealed"
        typed X
        sleep 1.5
        key ctrl+s
        sleep 2
        local s6
        s6=$(saved "$out" S6)
        case "$s6" in
            "X无收取"*) ;;
            *) why="$why after a double-click on the comment and X typed, 六 was saved as '$(echo "$s6" | head -c 40)', not X in place of the name;" ;;
        esac
    else
        why="$why no comment in the Checks view's 意见 group;"
    fi
    verdict 20 "添加意见 on words selected in 六 and on TYP-03 (Shift+F10, M); saved; a double-click on the passage's comment selects them again" "$([ -z "$why" ]; echo $?)" "${why:-comment list shows #1 on S6“$name” and #2 on TYP-03 and its cells; the double-click selected the name again}"
}

s21_import() {
    # s21_import NAME: 文件 ▸ 导入文件夹到资料库 (Alt+F, F), the folder typed into the chooser; waits for the summary
    # (printed as NIANBAO_IMPORT_SUMMARY under the startup probe), takes its screenshot, closes it with Enter
    key alt+f
    sleep 1
    key f
    sleep 2
    # the chooser opens on Recent, where a typed folder is not entered: Alt+Home (the home folder) first
    key alt+Home
    sleep 1
    key ctrl+l
    key ctrl+a
    typed "$S21_IN/"
    sleep 1
    shot "$1-typed"
    key Return
    S21_SUMMARY=
    local i
    for i in $(seq 1 60); do
        S21_SUMMARY=$(grep -m1 "NIANBAO_IMPORT_SUMMARY" "$NB_LOG")
        [ -n "$S21_SUMMARY" ] && break
        if [ "$i" = 6 ]; then
            shot "$1-chooser"
            key Return
        fi
        sleep 0.5
    done
    sleep 1.5
    shot "$1"
    [ -n "$S21_SUMMARY" ] && key Return
}

# 21. (issue 18, round 10) 文件 ▸ 导入文件夹到资料库 of a folder with a .nianbao file that came back carrying its
# review: the import is recorded under the preferences' name, and a status change the repository's workflow no
# longer allows is named in the summary (a warning), not dropped
scenario_21() {
    local why="" scratch="$WORK/s21/scratch" file history status
    S21_IN="$WORK/s21/in"
    mkdir -p "$scratch/in" "$S21_IN"
    cp "$SEED" "$scratch/in/seed.txt"
    # the officer's file: the seed checked out of a scratch repository, then 起草 → 已报送 → 已退回 in the file
    file="$S21_IN/baoji.nianbao"
    NIANBAO_DATA="$scratch/data" nb repo import "$scratch/in" >"$WORK/s21-scratch.out"
    NIANBAO_DATA="$scratch/data" nb repo checkout 1 -o "$file" >>"$WORK/s21-scratch.out"
    nb status "$file" DRAFT --author 张三 >>"$WORK/s21-scratch.out"
    nb status "$file" SUBMITTED --author 张三 >>"$WORK/s21-scratch.out"
    nb status "$file" RETURNED --author 王审 >>"$WORK/s21-scratch.out"
    [ -s "$file" ] || { verdict 21 "import a folder: author and refused steps" 1 "no .nianbao made: $(head -c 300 "$WORK/s21-scratch.out")"; return; }
    # the name in 首选项, as the 提交新版本 and 接受 dialogs remember it (王审核)
    local settings="$NIANBAO_DATA/workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings"
    mkdir -p "$settings"
    printf 'author=\\u738b\\u5ba1\\u6838\neclipse.preferences.version=1\n' >"$settings/cn.nianbao.ui.prefs"

    start_nb || { verdict 21 "import a folder: author and refused steps" 1 "the workbench did not start"; return; }
    s21_import "s21-imported"
    local first="$S21_SUMMARY"
    stop_nb
    history=$(nb repo history 1)
    echo "$history" >"$WORK/s21-history.out"
    local author
    author=$(echo "$history" | awk -F'\t' '$1 ~ /r1$/ { print $3 }')
    [ "$author" = 王审核 ] || why="$why r1 is recorded under '$author', not the preferences' 王审核;"
    case "$first" in
        *"information 已导入 1 份"*) ;;
        *) why="$why the first summary was '${first:-none}', not 已导入 1 份;" ;;
    esac

    # meanwhile the report goes on in the repository; the officer's file still wants 已退回 → 已修改
    nb repo status 1 REVISED --author 张三 >/dev/null
    nb repo status 1 APPROVED --author 王审 >/dev/null
    nb status "$file" REVISED --author 赵六 >/dev/null
    start_nb || { verdict 21 "import a folder: author and refused steps" 1 "the workbench did not start again"; return; }
    s21_import "s21-refused"
    local second="$S21_SUMMARY"
    stop_nb
    case "$second" in
        *"warning "*"文件中有 1 项状态变更未应用"*"“已退回 → 已修改”（赵六，"*"当前为“同意发布”"*) ;;
        *) why="$why the second summary was '${second:-none}', not a warning naming 已退回 → 已修改 and 同意发布;" ;;
    esac
    status=$(nb repo status 1 | head -n 1)
    case "$status" in *APPROVED*) ;; *) why="$why the report is no longer approved: '$status';" ;; esac
    verdict 21 "文件 ▸ 导入文件夹到资料库 twice: recorded under the preferences' name; a refused status change in the summary" "$([ -z "$why" ]; echo $?)" "${why:-r1 by 王审核; the summary of the second import is a warning naming 已退回 → 已修改 of the file and why (同意发布 meanwhile)}"
}
