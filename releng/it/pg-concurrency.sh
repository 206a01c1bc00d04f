#!/bin/bash
# Many users at once on a team repository (issue 18), with the built command line: CLIENTS processes (8)
# import, check out and edit or accept a warning, save based on what they read, and change statuses on one PostgreSQL
# repository for SECONDS (20 in ./run-tests; the release check runs 60: docs/repository-trust.md); then the
# same while a killer sends SIGKILL to a random client's Nianbao every few seconds. After each round:
# `repo verify` passes, every acknowledged save is in the history with the acknowledged number and link, every
# refused save was refused with the conflict message, a status step the workflow does not allow was refused with its
# message, and nothing else failed.
# The server is private: initdb + pg_ctl in a temporary folder on a free loopback port, stopped at the end.
# No PostgreSQL here: a FAIL in CI (CI=true), a skip with the reason elsewhere.
#   Usage: pg-concurrency.sh PRODUCTS_DIR REPO_ROOT [SECONDS]
set -u
PRODUCTS="$1"
ROOT="$2"
SECONDS_RUN="${3:-20}"
CLIENTS="${NIANBAO_PG_CLIENTS:-8}"
CORPUS="$ROOT/testdata/corpus"
WORK="$(mktemp -d /tmp/nianbao-pgc.XXXXXX)"
. "$ROOT/releng/it/checks.sh"

pg_bin() {
    local dir
    for dir in "${NIANBAO_PG_BIN:-}" $(dirname "$(command -v initdb 2>/dev/null)" 2>/dev/null) \
            $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
        if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            dirname "$(readlink -f "$dir/initdb")"
            return 0
        fi
    done
    return 1
}

BIN="$(pg_bin)" || {
    if [ "${CI:-}" = true ]; then
        echo "FAIL pg-concurrency: no PostgreSQL (initdb, pg_ctl) found; .ci/run installs Debian's postgresql"
        exit 1
    fi
    echo "skipped pg-concurrency: no PostgreSQL (initdb, pg_ctl) on this machine (outside CI only)"
    exit 0
}

# PostgreSQL refuses to run as root: then the server runs as postgres (Debian's package makes the user)
AS=()
if [ "$(id -u)" = 0 ]; then
    AS=(runuser -u "$(getent passwd postgres >/dev/null && echo postgres || echo nobody)" --)
fi
free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 40000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}
PORT="$(free_port)"
export NIANBAO_DB_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
mkdir -p "$WORK/pg"
chmod 711 "$WORK" # the server user passes through to its own folder
printf '%s' "$NIANBAO_DB_PASSWORD" >"$WORK/pg/password"
[ ${#AS[@]} -gt 0 ] && chown -R "${AS[2]}" "$WORK/pg"
stop_server() {
    "${AS[@]}" "$BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1
    rm -rf "$WORK"
}
trap stop_server EXIT
"${AS[@]}" "$BIN/initdb" -D "$WORK/pg/data" -U nianbao --pwfile="$WORK/pg/password" -A scram-sha-256 -E UTF8 \
    --locale=C -N >"$WORK/initdb.log" 2>&1 || { cat "$WORK/initdb.log"; echo "FAIL pg-concurrency: initdb"; exit 1; }
"${AS[@]}" "$BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w -t 60 -o "-p $PORT \
    -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK/pg -c max_connections=60" start >/dev/null \
    || { cat "$WORK/pg/server.log"; echo "FAIL pg-concurrency: the server did not start"; exit 1; }
PGPASSWORD="$NIANBAO_DB_PASSWORD" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U nianbao team
export NIANBAO_REPOSITORY="postgresql://nianbao@127.0.0.1:$PORT/team?sslmode=disable"

# the product, read-only to its users: every client has its own data folder and OSGi configuration
mkdir -p "$WORK/install"
tar -xzf "$PRODUCTS/cn.nianbao.product-linux.gtk.x86_64.tar.gz" -C "$WORK/install"
touch "$WORK/install/nianbao/configuration/.shared"
NB="$WORK/install/nianbao/nianbao"
export NIANBAO_NO_CDS=1
nb() { NIANBAO_DATA="$WORK/data-$CLIENT" "$NB" "$@" --lang en </dev/null; }

CLIENT=setup
nb repo import "$CORPUS" >"$WORK/setup.out" 2>&1
check "the corpus is imported into the server repository" grep -q "imported, 0 skipped, 0 failed" "$WORK/setup.out"
mapfile -t REPORTS < <(nb repo list | awk -F'\t' '{ print $6 "\t" $2 }')
check "the server lists the corpus" [ "${#REPORTS[@]}" -ge 5 ]
# every status of the review workflow: a step the workflow does not allow from where the report is gets refused
STATUSES=(DRAFT SUBMITTED IN_REVIEW RETURNED REVISED APPROVED PUBLISHED)

# one client: random operations until the deadline, one line per outcome in its log:
#   ACK agency year number link | CONFLICT | STATUS | IMPORT | KILLED op | FAIL op rc stderr
client() {
    CLIENT="$1"
    local deadline="$2" log="$WORK/client-$1.log" n=0
    mkdir -p "$WORK/c$CLIENT"
    while [ "$(date +%s)" -lt "$deadline" ]; do
        n=$((n + 1))
        local pick="${REPORTS[RANDOM % ${#REPORTS[@]}]}"
        local agency="${pick%%	*}" year="${pick##*	}" out="$WORK/c$CLIENT/out" err="$WORK/c$CLIENT/err" rc
        # each client starts with another kind of operation, so that every kind runs even in a short round
        local op=$(((CLIENT + n) % 5))
        # accepting a warning: 宝鸡市科学技术局 2024 has one TYP-03 finding (blank cells in table III)
        [ $op -eq 1 ] && agency=宝鸡市科学技术局 && year=2024
        case $op in
            0|1)
                local edited="$WORK/c$CLIENT/edited.nianbao"
                nb repo checkout --agency "$agency" --year "$year" -o "$WORK/c$CLIENT/r.nianbao" >"$out" 2>"$err" &
                echo $! >"$WORK/c$CLIENT/pid"; wait $!; rc=$?
                if [ $rc -ne 0 ]; then outcome checkout $rc "$err" "$log"; continue; fi
                local base
                base="$(sed -n 's/^revision \([0-9]*\) of .*/\1/p' "$out")"
                if [ $op -eq 0 ]; then
                    # the edit: the report's title, different in every save
                    sed "0,/ title=\"/s// title=\"[client $CLIENT edit $n $RANDOM] /" "$WORK/c$CLIENT/r.nianbao" >"$edited"
                else
                    # accept the warning with a reason, or take an acceptance back
                    nb accept "$WORK/c$CLIENT/r.nianbao" TYP-03 --reason "client $CLIENT: 本年度无此类申请 $n" \
                        --author "client$CLIENT" -o "$edited" >"$out" 2>"$err" &
                    echo $! >"$WORK/c$CLIENT/pid"; wait $!; rc=$?
                    if [ $rc -eq 1 ]; then
                        nb accept --revoke "$WORK/c$CLIENT/r.nianbao" TYP-03 -o "$edited" >"$out" 2>"$err" &
                        echo $! >"$WORK/c$CLIENT/pid"; wait $!; rc=$?
                    fi
                    if [ $rc -ne 0 ]; then outcome accept $rc "$err" "$log"; continue; fi
                    echo ACCEPT >>"$log"
                fi
                nb repo save "$edited" --base "$base" --author "client$CLIENT" >"$out" 2>"$err" &
                echo $! >"$WORK/c$CLIENT/pid"; wait $!; rc=$?
                if [ $rc -eq 0 ]; then
                    sed -n "s/^saved as revision \([0-9]*\) of .* (link \([0-9a-f]*\))$/ACK $agency	$year	\1	\2/p" "$out" >>"$log"
                elif [ $rc -eq 2 ] && grep -q "your changes were NOT saved, and nothing was overwritten" "$err"; then
                    echo CONFLICT >>"$log"
                else
                    outcome save $rc "$err" "$log"
                fi
                ;;
            2)
                nb repo status --agency "$agency" --year "$year" "${STATUSES[RANDOM % ${#STATUSES[@]}]}" >"$out" 2>"$err" &
                echo $! >"$WORK/c$CLIENT/pid"; wait $!; rc=$?
                if [ $rc -eq 0 ]; then
                    echo STATUS >>"$log"
                elif [ $rc -eq 2 ] && grep -q "it cannot be set to .*Allowed next:" "$err"; then
                    echo REFUSED >>"$log" # the workflow's answer to a step it does not allow, not a failure
                    # then the first step it names as allowed ("Allowed next: in review, approved." → IN_REVIEW)
                    local next
                    next=$(sed -n 's/.*Allowed next: \([a-z ]*\).*/\1/p' "$err" | head -n 1 | tr 'a-z ' 'A-Z_')
                    nb repo status --agency "$agency" --year "$year" "$next" >"$out" 2>"$err" &
                    echo $! >"$WORK/c$CLIENT/pid"; wait $!; rc=$?
                    if [ $rc -eq 0 ]; then
                        echo STATUS >>"$log"
                    elif [ $rc -eq 2 ] && grep -q "it cannot be set to .*Allowed next:" "$err"; then
                        echo REFUSED >>"$log" # another client moved the report on in between
                    else
                        outcome status $rc "$err" "$log"
                    fi
                else
                    outcome status $rc "$err" "$log"
                fi
                ;;
            3|4)
                # a report new to the repository: a corpus report under an agency name of its own
                local new="$WORK/c$CLIENT/new-$n.txt"
                sed "s/宝鸡市科学技术局/宝鸡市第${CLIENT}号局${n}/" "$CORPUS/000-baoji-kejiju-2024.txt" >"$new"
                nb repo import "$new" >"$out" 2>"$err" &
                echo $! >"$WORK/c$CLIENT/pid"; wait $!; rc=$?
                [ $rc -eq 0 ] && echo IMPORT >>"$log" || outcome import $rc "$err" "$log"
                ;;
        esac
    done
    rm -f "$WORK/c$CLIENT/pid"
}

outcome() {
    # a client killed by the killer (137) is expected in the second round; anything else is a failure
    if [ "$2" -eq 137 ]; then
        echo "KILLED $1" >>"$4"
    else
        echo "FAIL $1 $2 $(head -c 400 "$3" | tr '\n' ' ')" >>"$4"
    fi
}

killer() {
    local deadline="$1"
    while [ "$(date +%s)" -lt "$deadline" ]; do
        sleep $((2 + RANDOM % 3))
        local victim="$WORK/c$((1 + RANDOM % CLIENTS))/pid"
        [ -f "$victim" ] && kill -KILL "$(cat "$victim")" 2>/dev/null && echo kill >>"$WORK/kills.log"
    done
}

round() {
    local name="$1" with_killer="$2"
    rm -f "$WORK"/client-*.log "$WORK/kills.log"
    local deadline=$(($(date +%s) + SECONDS_RUN)) pids=()
    for i in $(seq 1 "$CLIENTS"); do
        # (bash's "Killed" notices of the killed Nianbao go to a file)
        client "$i" "$deadline" 2>>"$WORK/jobs.log" &
        pids+=($!)
    done
    [ "$with_killer" = yes ] && { killer "$deadline" & pids+=($!); }
    wait "${pids[@]}"
    cat "$WORK"/client-*.log >"$WORK/$name.log"
    local acks conflicts statuses refused imports fails kills accepts
    acks=$(grep -c '^ACK' "$WORK/$name.log"); conflicts=$(grep -c '^CONFLICT' "$WORK/$name.log")
    accepts=$(grep -c '^ACCEPT' "$WORK/$name.log")
    statuses=$(grep -c '^STATUS' "$WORK/$name.log"); refused=$(grep -c '^REFUSED' "$WORK/$name.log"); imports=$(grep -c '^IMPORT' "$WORK/$name.log")
    fails=$(grep -c '^FAIL' "$WORK/$name.log"); kills=$(cat "$WORK/kills.log" 2>/dev/null | wc -l)
    echo "     $name: $CLIENTS clients, ${SECONDS_RUN}s: $acks saves acknowledged, $conflicts refused as conflicts," \
        "$accepts accept/revoke edits among them, $statuses status changes ($refused steps refused by the workflow), $imports imports, $kills clients killed"
    grep '^FAIL' "$WORK/$name.log" | head -5
    check "$name: no operation failed other than by a conflict (or a kill)" [ "$fails" = 0 ]
    check "$name: saves were acknowledged" [ "$acks" -gt 0 ]
    [ "$with_killer" = no ] && check "$name: statuses were changed, warnings accepted, reports imported" \
        [ "$statuses" -gt 0 -a "$accepts" -gt 0 -a "$imports" -gt 0 ]
    [ "$with_killer" = yes ] && check "$name: clients were killed" [ "$kills" -gt 0 ]
    CLIENT=verify
    nb repo verify >"$WORK/verify.out" 2>&1
    check "$name: repo verify passes" [ $? -eq 0 ]
    grep -v '^verified' "$WORK/verify.out" | head -5
    # one history per report, then every acknowledged number and link in it
    local missing=0 agency year number link histories="$WORK/histories-$RANDOM"
    mkdir -p "$histories"
    while IFS='	' read -r agency year; do
        nb repo history --agency "$agency" --year "$year" >"$histories/$agency-$year"
    done < <(grep '^ACK' "$WORK/$name.log" | cut -f1,2 | sed 's/^ACK //' | sort -u)
    while IFS='	' read -r agency year number link; do
        agency="${agency#ACK }"
        grep -q "^r$number	.*	$link	" "$histories/$agency-$year" || {
            missing=$((missing + 1)); echo "     missing: $agency $year r$number $link"; }
    done < <(grep '^ACK' "$WORK/$name.log")
    check "$name: every acknowledged revision is in the history" [ "$missing" = 0 ]
}

round concurrent no
round "concurrent, clients killed" yes
echo "pg-concurrency: $passed passed, $failed failed"
[ "$failed" = 0 ]
