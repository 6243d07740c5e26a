#!/usr/bin/env bash
# slqssdk under abuse (docs/slqssdk.md, "Limits"):
#   - an application that floods requests and never reads: the daemon's
#     memory stays bounded and other applications are served meanwhile
#     (SDK_FLOOD_SECONDS, default 10; the issue's figure is 30);
#   - out of file descriptors with 100 silent connections: little CPU, a
#     few log lines, and a real client is served;
#   - a client id the modem forgets (qmisim release-all) costs one retried
#     request, not every later one;
#   - a HELLO whose body says another version is refused;
#   - a second daemon on a live socket refuses to start; a dead one's
#     socket file is taken over.
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures

FLOOD_SECONDS=${SDK_FLOOD_SECONDS:-10}
# Growth of the daemon's resident memory allowed during the flood (KiB):
# the documented per-application bound is far below it; unbounded queues
# grow by ~3 MB a second.
FLOOD_GROWTH_KB=16384
CLK_TCK=$(getconf CLK_TCK)

rss_kb() { sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\).*/\1/p' "/proc/$1/status"; }
hwm_kb() { sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\).*/\1/p' "/proc/$1/status"; }
# CPU time (user + system, clock ticks) of a process; the name may hold spaces.
cpu_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }

abuse() {
    local tr=$1 out base hwm fpid tpid

    # 1. The flood, with another application working meanwhile.
    client raw 2 0x21 >/dev/null
    base=$(rss_kb "$SDK_PID")
    "$SDKCLIENT" -s "$SDK_SOCK" flood "$FLOOD_SECONDS" >"$QMISIM_DIR/flood.out" 2>&1 &
    fpid=$!
    out=$(client traffic $(( FLOOD_SECONDS > 4 ? FLOOD_SECONDS - 2 : 2 )))
    check_status "$tr: another application is served during the flood ($out)" $? 0
    wait "$fpid"
    check_status "$tr: the flooding client ran ($(cat "$QMISIM_DIR/flood.out"))" $? 0
    hwm=$(hwm_kb "$SDK_PID")
    echo "# $tr: daemon RSS before the flood ${base} KiB, peak ${hwm} KiB (${FLOOD_SECONDS} s)"
    [ $((hwm - base)) -lt "$FLOOD_GROWTH_KB" ]
    check_status "$tr: the daemon grew by less than $FLOOD_GROWTH_KB KiB ($((hwm - base)) KiB)" $? 0
    wait_for "the flood's requests answered" 30 bash -c "[ \$('$SDKCLIENT' -s '$SDK_SOCK' stats |
        grep -o 'pending=[0-9]*') = pending=0 ]"
    out=$(client raw 2 0x21)
    check_contains "$tr: served after the flood" "$out" "raw: status=0"

    # 3. The modem forgets every client id: one retry each, then all is well.
    out=$(client relost "$CTL" 6)
    check_contains "$tr: after release-all every request succeeds (retried once)" "$out" \
        "relost: ok=6 of 6 service_resets=1"
    out=$(client relost "$CTL" 3)
    check_contains "$tr: ... and again" "$out" "relost: ok=3 of 3 service_resets=1"
    grep -q "forgot client id" "$SDK_LOG"
    check_status "$tr: the daemon logged the forgotten client id" $? 0

    # 5. HELLO's body version.
    out=$(client hellover 99)
    check_contains "$tr: HELLO with body version 99 is refused (AM_VERS_ERROR)" "$out" \
        "hellover: status=57350"
    out=$(client hellover 1)
    check_contains "$tr: HELLO with body version 1 is accepted" "$out" "hellover: status=0"
}
for_each_transport abuse

# 2. Out of descriptors: 100 silent connections against a limit of 64.
conf=$(sim_config)
start_qmisim "$conf"
SDK_SOCK=$QMISIM_DIR/slqssdk.sock
SDK_LOG=$QMISIM_DIR/slqssdk.log
if ! command -v prlimit >/dev/null 2>&1; then
    echo "# prlimit is missing: the descriptor test is skipped"
else
    prlimit --nofile=64:64 "$SLQSSDK" -f -v --socket "$SDK_SOCK" --device "$LINK" \
        >>"$SDK_LOG" 2>&1 &
    SDK_PID=$!
    wait_for "slqssdk serves" 10 client hello || bail_out "slqssdk starts with 64 descriptors"
    "$SDKCLIENT" -s "$SDK_SOCK" silent 100 60 >"$QMISIM_DIR/silent.out" 2>&1 &
    spid=$!
    wait_for "the silent connections" 10 grep -q opened= "$QMISIM_DIR/silent.out"
    lines0=$(grep -vc '\[debug\]' "$SDK_LOG")
    t0=$(cpu_ticks "$SDK_PID")
    s0=$(date +%s%N)
    sleep 4
    t1=$(cpu_ticks "$SDK_PID")
    s1=$(date +%s%N)
    lines1=$(grep -vc '\[debug\]' "$SDK_LOG")
    # CPU share in per mille of one core over the window.
    window_ms=$(( (s1 - s0) / 1000000 ))
    cpu=$(( (t1 - t0) * 1000 * 1000 / CLK_TCK / window_ms ))
    echo "# out of descriptors: CPU ${cpu}/1000 of a core, $((lines1 - lines0)) log lines in ${window_ms} ms"
    [ "$cpu" -lt 100 ]
    check_status "fds: the daemon uses under 10% of a core (${cpu}/1000)" $? 0
    [ $((lines1 - lines0)) -le $(( 3 * window_ms / 1000 + 3 )) ]
    check_status "fds: it logs a few lines a second at most ($((lines1 - lines0)))" $? 0
    r0=$(date +%s%N)
    wait_for "a real client is served" 30 client raw 2 0x21
    check_status "fds: a real client is served" $? 0
    echo "# out of descriptors: a real client served after $(( ($(date +%s%N) - r0) / 1000000 )) ms"
    grep -q "out of file descriptors" "$SDK_LOG"
    check_status "fds: the shortage is logged" $? 0
    kill "$spid" 2>/dev/null
    wait "$spid" 2>/dev/null
    out=$(cat "$QMISIM_DIR/silent.out")
    check_contains "fds: silent connections were closed by the daemon" "$out" "closed_by_daemon="
    check_not_contains "fds: ... every one of them" "$out" "closed_by_daemon=0"
    stop_sdk
fi

# 5. One daemon per socket: a live one keeps it, a dead one's is taken over.
start_sdk qmux
"$SLQSSDK" -f --socket "$SDK_SOCK" --device "$LINK" >"$QMISIM_DIR/second.log" 2>&1
check_status "a second daemon on a live socket refuses to start" $? 1
check_contains "... and says why" "$(cat "$QMISIM_DIR/second.log")" "already serves"
out=$(client raw 2 0x21)
check_contains "... and the first one still serves" "$out" "raw: status=0"
{ kill -9 "$SDK_PID"; wait "$SDK_PID"; } 2>/dev/null
SDK_PID=
[ -S "$SDK_SOCK" ]
check_status "a killed daemon leaves its socket file" $? 0
start_sdk qmux
out=$(client raw 2 0x21)
check_contains "a new daemon takes a dead one's socket over" "$out" "raw: status=0"
stop_sdk
[ "$TAP_FAILED" -eq 0 ] || dump_sdk_log
cleanup_qmisim
rm -f "$conf"
finish
