#!/usr/bin/env bash
# run.sh - one benchmark run (bench/Makefile calls it; see docs/benchmarks.md).
#
# One qmisim modem (a raw pty, like /dev/cdc-wdm0, response delay 0) is
# driven by three stacks in turn, never two at once:
#   libqmi    libqmi opened directly on the pty (no daemon)
#   slqs      ours: app -> libslqsapi -> slqssdk -> pty
#   proxy     libqmi -> qmi-proxy -> pty
# The stacks take turns ROUNDS times (a daemon is started for its turn and
# stopped after it), so a burst of load from elsewhere on the machine hits
# every stack alike; the median round is reported. In its turn a stack runs
# N sequential requests (latency) and PROCS processes x M requests
# (throughput); in the first round its daemon's memory is read with 1, then
# HOLD, idle clients. The raw result lines go to $RESULTS, the table to
# stdout, progress to stderr.
#
# Environment: BENCH_BIN (the clients), SLQS_BIN_DIR (qmisim, slqssdk),
# RESULTS, the sizes BENCH_N (2000), BENCH_ROUNDS (5), BENCH_PROCS (16),
# BENCH_M (1000), BENCH_HOLD (64), and QMI_PROXY (the qmi-proxy program).
set -u

BENCH_BIN=${BENCH_BIN:?BENCH_BIN: where bench_slqs and bench_libqmi are}
SLQS_BIN_DIR=${SLQS_BIN_DIR:?SLQS_BIN_DIR: where qmisim and slqssdk are}
RESULTS=${RESULTS:-build/bench/results.txt}
N=${BENCH_N:-2000}
ROUNDS=${BENCH_ROUNDS:-5}
PROCS=${BENCH_PROCS:-16}
M=${BENCH_M:-1000}
HOLD=${BENCH_HOLD:-64}
CLIENT_TIMEOUT=120

QMISIM=$SLQS_BIN_DIR/qmisim
SLQSSDK=$SLQS_BIN_DIR/slqssdk
OURS=$BENCH_BIN/bench_slqs
LIBQMI=$BENCH_BIN/bench_libqmi

WORK=
LINK=
SIM_PID=
SERVER_PID=
PROXY=
FAILED=()

say() { echo "bench: $*" >&2; }

fail() {
    FAILED+=("$1")
    say "FAILED: $1"
}

stop_pid() {
    local pid=$1
    [ -n "$pid" ] || return 0
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    return 0
}

cleanup() {
    stop_pid "$SERVER_PID"
    stop_pid "$SIM_PID"
    [ -z "$WORK" ] || rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# wait_until SECONDS COMMAND...: 0 once COMMAND succeeds.
wait_until() {
    local secs=$1
    shift
    for _ in $(seq 1 $((secs * 20))); do
        "$@" && return 0
        sleep 0.05
    done
    return 1
}

# measure WHAT COMMAND...: runs one client; its result line goes to $RESULTS.
measure() {
    local what=$1 out
    shift
    say "$what"
    if out=$(timeout -k 5 "$CLIENT_TIMEOUT" "$@" 2>>"$WORK/clients.log"); then
        echo "$out" >>"$RESULTS"
    else
        [ -z "$out" ] || echo "$out" >>"$RESULTS"
        fail "$what"
        # libqmi warns that a pty is no USB port: noise, not the reason
        grep -v -e 'WARNING' -e '^$' "$WORK/clients.log" | tail -n 5 | sed 's/^/    /' >&2
    fi
}

# ---- the simulated modem --------------------------------------------------------

start_qmisim() {
    printf '[modem]\nresponse_delay_ms = 0\n[ctl]\n# room for %s clients at once (real modems: ~10)\ncid_limit = 254\n' \
        "$HOLD" >"$WORK/sim.conf"
    "$QMISIM" --config "$WORK/sim.conf" --link "$WORK/cdc-wdm0" --control "$WORK/sim.ctl" \
        >"$WORK/sim.ready" 2>"$WORK/qmisim.log" &
    SIM_PID=$!
    if ! wait_until 5 test -s "$WORK/sim.ready"; then
        say "qmisim did not start:"
        cat "$WORK/qmisim.log" >&2
        exit 1
    fi
    LINK=$WORK/cdc-wdm0
}

cids_dms() {
    "$QMISIM" --ctl "$WORK/sim.ctl" stats | tr ' ' '\n' | sed -n 's/^cids\.dms=//p'
}

no_cids_left() { [ "$(cids_dms)" = 0 ]; }

# After a stack's turn the modem should hold none of its client ids.
record_cids() {
    wait_until 3 no_cids_left
    echo "cids stack=$1 left=$(cids_dms)" >>"$RESULTS"
}

# ---- the daemons -------------------------------------------------------------------

find_qmi_proxy() {
    local p
    for p in ${QMI_PROXY:-} /usr/libexec/qmi-proxy /usr/lib/libqmi/qmi-proxy \
             "$(command -v qmi-proxy 2>/dev/null)"; do
        [ -n "$p" ] && [ -x "$p" ] && { echo "$p"; return 0; }
    done
    return 1
}

proxy_listens() { grep -q ' @qmi-proxy$' /proc/net/unix; }

# start_server slqs|libqmi-proxy: the stack's daemon in SERVER_PID, serving.
start_server() {
    case $1 in
        slqs)
            rm -f "$SLQS_SOCKET"
            "$SLQSSDK" -f --socket "$SLQS_SOCKET" --device "$LINK" 2>>"$WORK/slqssdk.log" &
            SERVER_PID=$!
            wait_until 10 test -S "$SLQS_SOCKET" && return 0
            fail "slqssdk starts"
            tail -n 5 "$WORK/slqssdk.log" >&2 ;;
        libqmi-proxy)
            # libqmi clients reach whichever qmi-proxy holds the abstract
            # socket: one we did not start would be measured by mistake.
            if proxy_listens; then
                fail "another qmi-proxy is running (socket @qmi-proxy); stop it to run the benchmark"
                return 1
            fi
            "$PROXY" --no-exit 2>>"$WORK/qmi-proxy.log" &
            SERVER_PID=$!
            wait_until 10 proxy_listens && return 0
            fail "qmi-proxy starts"
            tail -n 5 "$WORK/qmi-proxy.log" >&2 ;;
    esac
    stop_pid "$SERVER_PID"
    SERVER_PID=
    return 1
}

# ---- one round -------------------------------------------------------------------------

turn_direct() {
    measure "round $1, libqmi direct: latency ($N requests)" \
        "$LIBQMI" --device "$LINK" lat "$N" "modem=$SIM_PID"
    record_cids libqmi
}

# turn_server slqs|libqmi-proxy ROUND LABEL CLIENT...
turn_server() {
    local stack=$1 round=$2 label="round $2, $3" pid
    shift 3
    start_server "$stack" || return
    pid=$SERVER_PID
    if [ "$round" = 1 ]; then
        measure "$label: memory with 1 client" "$@" hold 1 "$pid"
        measure "$label: memory with $HOLD clients" "$@" hold "$HOLD" "$pid"
    fi
    measure "$label: latency ($N requests)" "$@" lat "$N" "daemon=$pid" "modem=$SIM_PID"
    measure "$label: throughput ($PROCS processes x $M requests)" "$@" tput "$PROCS" "$M"
    echo "peak stack=$stack vmhwm_kib=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status")" \
        >>"$RESULTS"
    stop_pid "$SERVER_PID"
    SERVER_PID=
    record_cids "$stack"
}

# ---- medians and the table ----------------------------------------------------------------

# median KIND STACK KEY NEW: of the error-free "KIND stack=STACK" lines, the
# one with the median KEY is recorded again as "NEW stack=STACK ...".
median() {
    local lines
    mapfile -t lines < <(grep "^$1 stack=$2 .*errors=0 " "$RESULTS" |
        awk -v k="$3=" '{ for (i = 1; i <= NF; i++) if (index($i, k) == 1) print substr($i, length(k) + 1), $0 }' |
        sort -n | cut -d' ' -f2-)
    [ ${#lines[@]} -gt 0 ] || return 0
    echo "$4 ${lines[$(((${#lines[@]} - 1) / 2))]#"$1 "} rounds=${#lines[@]}" >>"$RESULTS"
}

# get PREFIX KEY [max]: KEY's value in the last line starting with PREFIX
# (with max: the largest over all such lines); "failed" if there is none.
get() {
    awk -v p="$1" -v k="$2=" -v max="${3:-}" '
        index($0, p) == 1 {
            for (i = 1; i <= NF; i++)
                if (index($i, k) == 1) {
                    x = substr($i, length(k) + 1)
                    if (max == "" || v == "" || x + 0 > v + 0) v = x
                }
        }
        END { print (v == "" ? "failed" : v) }' "$RESULTS"
}

# per_request STACK cpu|cs SUFFIX: "client + daemon + modem" of the median round.
per_request() {
    local p="latency stack=$1 " c d
    c=$(get "$p" "$2_client$3")
    d=$(get "$p" "$2_daemon$3")
    [ "$d" = failed ] && d=-
    if [ "$c" = failed ]; then echo failed; else echo "$c + $d + $(get "$p" "$2_modem$3")"; fi
}

row() { printf '| %s | %s | %s | %s |\n' "$@"; }

table() {
    local h1="hold stack=slqs procs=1 " h2="hold stack=slqs procs=$HOLD "
    local p1="hold stack=libqmi-proxy procs=1 " p2="hold stack=libqmi-proxy procs=$HOLD "
    local none="n/a (no daemon)" k
    row "Measure" "ours: app -> libslqsapi -> slqssdk" "libqmi, direct" "libqmi -> qmi-proxy"
    row "---" "---:" "---:" "---:"
    for k in mean p50 p99; do
        row "Latency $k (us), DMS Get Model, $N sequential" \
            "$(get "latency stack=slqs " "${k}_us")" "$(get "latency stack=libqmi " "${k}_us")" \
            "$(get "latency stack=libqmi-proxy " "${k}_us")"
    done
    row "CPU time per request (us): client + daemon + modem" \
        "$(per_request slqs cpu _us)" "$(per_request libqmi cpu _us)" \
        "$(per_request libqmi-proxy cpu _us)"
    row "Context switches per request: client + daemon + modem" \
        "$(per_request slqs cs '')" "$(per_request libqmi cs '')" "$(per_request libqmi-proxy cs '')"
    row "Throughput (requests/s), $PROCS processes x $M requests" \
        "$(get "throughput stack=slqs " rps)" "n/a (one process per device)" \
        "$(get "throughput stack=libqmi-proxy " rps)"
    row "Daemon VmRSS (KiB), 1 client" "$(get "$h1" vmrss_kib)" "$none" "$(get "$p1" vmrss_kib)"
    row "Daemon VmRSS (KiB), $HOLD clients" "$(get "$h2" vmrss_kib)" "$none" "$(get "$p2" vmrss_kib)"
    row "Daemon private memory (KiB), 1 / $HOLD clients" \
        "$(get "$h1" private_kib) / $(get "$h2" private_kib)" "$none" \
        "$(get "$p1" private_kib) / $(get "$p2" private_kib)"
    row "Daemon peak VmRSS in a round (VmHWM, KiB)" "$(get "peak stack=slqs " vmhwm_kib max)" \
        "$none" "$(get "peak stack=libqmi-proxy " vmhwm_kib max)"
    row "DMS client ids left on the modem after a turn (worst)" \
        "$(get "cids stack=slqs " left max)" "$(get "cids stack=libqmi " left max)" \
        "$(get "cids stack=libqmi-proxy " left max)"
}

# ---- the run -------------------------------------------------------------------------------

for prog in "$QMISIM" "$SLQSSDK" "$OURS" "$LIBQMI"; do
    [ -x "$prog" ] || { say "$prog is missing (run make, then make bench)"; exit 1; }
done
WORK=$(mktemp -d "${TMPDIR:-/tmp}/slqs-bench.XXXXXX")
export SLQS_SOCKET=$WORK/slqssdk.sock
mkdir -p "$(dirname "$RESULTS")"
started=$(date +%s)
{
    echo "# slqs benchmark, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "# host: $(uname -srm), $(nproc) CPUs, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "# slqssdk: $("$SLQSSDK" --version 2>&1 | head -n 1); libqmi: $(dpkg-query -W -f='${Version}' libqmi-glib5 2>/dev/null || echo unknown)"
    echo "# sizes: N=$N ROUNDS=$ROUNDS PROCS=$PROCS M=$M HOLD=$HOLD, 50 warm-up requests per process"
    echo "# modem: qmisim pty, response_delay_ms=0"
} >"$RESULTS"

PROXY=$(find_qmi_proxy) || fail "qmi-proxy not found (Debian package libqmi-proxy)"
start_qmisim
for round in $(seq 1 "$ROUNDS"); do
    turn_direct "$round"
    turn_server slqs "$round" "ours (slqssdk)" "$OURS"
    [ -z "$PROXY" ] ||
        turn_server libqmi-proxy "$round" "libqmi via qmi-proxy" "$LIBQMI" --device "$LINK" --proxy
done
stop_pid "$SIM_PID"
SIM_PID=

for stack in slqs libqmi libqmi-proxy; do
    median lat "$stack" mean_us latency
    median tput "$stack" rps throughput
done
echo "# took $(($(date +%s) - started)) s; load average $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS"
summary=$(table)
echo "$summary" >>"$RESULTS"
echo "$summary"
echo "Raw numbers: $RESULTS"
if [ ${#FAILED[@]} -gt 0 ]; then
    printf 'FAILED: %s\n' "${FAILED[@]}"
    exit 1
fi
