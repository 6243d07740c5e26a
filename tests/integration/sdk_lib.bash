# tests/integration/sdk_lib.bash - sourced by tests/integration/sdk_*.sh.
#
# Builds on tests/interop/lib.sh (TAP helpers, start_qmisim, simctl,
# stat_of) and adds the daemon:
#   start_sdk qmux|gobinet [SLQSSDK-OPTION...]   slqssdk on qmisim's pty, or on
#                         an emulated GobiNet node (tests/gobinet, LD_PRELOAD)
#                         backed by qmisim's socket; sets SDK_SOCK, SDK_LOG, NODE
#   stop_sdk              SIGTERM, wait
#   client ARGS...        tests/integration/sdkclient on that daemon
#   sdk_stat KEY          one counter of `sdkclient stats`
#   wait_for DESC SECS CMD...   retries CMD until it succeeds
#   for_each_transport FN       FN qmux; FN gobinet (each with a fresh qmisim)
#
# sdkclient comes from the build ($SLQS_BIN_DIR/tests/integration/sdkclient,
# `make itests`), or is compiled here if missing; the GobiNet emulation
# libgobiemu.so is compiled here (when its sources changed) into
# $SLQS_BUILD_DIR/test-fixtures.

. "$(dirname "${BASH_SOURCE[0]}")/../interop/lib.sh"

SDK_PID=
SDK_SOCK=
SDK_LOG=
NODE=
BIN=$(bin_dir)
SLQSSDK=$BIN/slqssdk
BUILD=${SLQS_BUILD_DIR:-$(dirname "$BIN")}
FIXTURES=$BUILD/test-fixtures
SIM_CONF=

sdk_cleanup() {
    stop_sdk
    cleanup_qmisim
}
trap sdk_cleanup EXIT

# newer_than TARGET SOURCES...: 0 if TARGET exists and no source is newer.
up_to_date() {
    local t=$1 s
    shift
    [ -e "$t" ] || return 1
    for s in "$@"; do [ "$s" -nt "$t" ] && return 1; done
    return 0
}

# The programs the tests need; skips the script when they cannot be had.
require_fixtures() {
    local cc=${CC:-cc} flags=(-std=gnu11 -O2 -g -I"$LIB_TOP" -pthread)
    [ -x "$SLQSSDK" ] || skip_all "slqssdk is not built ($SLQSSDK missing: run make)"
    require_qmisim
    mkdir -p "$FIXTURES"

    SDKCLIENT=$BIN/tests/integration/sdkclient
    if [ ! -x "$SDKCLIENT" ]; then
        SDKCLIENT=$FIXTURES/sdkclient
        local lib=$BUILD/lib/libslqscore.a
        [ -f "$lib" ] || skip_all "libslqscore.a is not built ($lib missing)"
        up_to_date "$SDKCLIENT" "$LIB_TOP/tests/integration/sdkclient.c" "$lib" ||
            "$cc" "${flags[@]}" -o "$SDKCLIENT" "$LIB_TOP/tests/integration/sdkclient.c" "$lib" ||
            bail_out "build sdkclient"
    fi

    # The GobiNet emulation is a test fixture only: built here, with the few
    # core files it needs compiled position-independent.
    GOBIEMU=$FIXTURES/libgobiemu.so
    local srcs=("$LIB_TOP"/tests/gobinet/*.c "$LIB_TOP"/core/{wire,tlv,qmux,codec,status}.c
                "$LIB_TOP"/pkgs/ctl/ctl_msg.c "$LIB_TOP"/pkgs/dms/dms_msg.c)
    if ! up_to_date "$GOBIEMU" "${srcs[@]}" "$LIB_TOP"/tests/gobinet/*.h; then
        # Built aside and renamed: a concurrent test never loads half a file.
        "$cc" "${flags[@]}" -fPIC -fvisibility=hidden -shared -Wl,--no-undefined \
            -o "$GOBIEMU.$$" "${srcs[@]}" -ldl && mv "$GOBIEMU.$$" "$GOBIEMU" ||
            bail_out "build libgobiemu.so"
    fi
}

# A qmisim config with room for many clients (real modems have ~10 per service).
sim_config() {
    SIM_CONF=$(mktemp "${TMPDIR:-/tmp}/sdk-sim.XXXXXX.conf")
    printf '[ctl]\ncid_limit = 254\n%s\n' "${1:-}" >"$SIM_CONF"
    echo "$SIM_CONF"
}

dump_sdk_log() {
    if [ -n "$SDK_LOG" ] && [ -s "$SDK_LOG" ]; then
        echo "# last lines of the slqssdk log:"
        grep -v '\[debug\]' "$SDK_LOG" | tail -n 30 | sed 's/^/#   /'
    fi
}

stop_sdk() {
    if [ -n "$SDK_PID" ]; then
        kill "$SDK_PID" 2>/dev/null
        for _ in $(seq 1 100); do kill -0 "$SDK_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$SDK_PID" 2>/dev/null
        wait "$SDK_PID" 2>/dev/null
        SDK_PID=
    fi
}

# start_sdk qmux|gobinet [OPTION...]: the daemon on the simulated modem.
start_sdk() {
    local kind=$1 pre=()
    shift
    stop_sdk
    SDK_SOCK=$QMISIM_DIR/slqssdk.sock
    SDK_LOG=$QMISIM_DIR/slqssdk.log
    case $kind in
        qmux) NODE=$LINK ;;
        gobinet)
            mkdir -p "$QMISIM_DIR/dev"
            NODE=$QMISIM_DIR/dev/qcqmi0
            ln -sfn "$SOCK" "$NODE"
            pre=(env LD_PRELOAD="$GOBIEMU") ;;
        none) NODE= ;;
        *) bail_out "start_sdk: unknown transport $kind" ;;
    esac
    "${pre[@]}" "$SLQSSDK" -f -v --socket "$SDK_SOCK" ${NODE:+--device "$NODE"} "$@" \
        >>"$SDK_LOG" 2>&1 &
    SDK_PID=$!
    wait_for "slqssdk serves" 10 client hello >/dev/null ||
        bail_out "slqssdk starts ($kind)" "$(tail -n 20 "$SDK_LOG")"
}

client() {
    timeout -k 5 120 "$SDKCLIENT" -s "$SDK_SOCK" "$@" 2>&1
}

# api_steps NAME PROGRAM EXPECTED... -- ARGS: runs a test application
# (PROGRAM ARGS) against the daemon; every EXPECTED must be in its output
# (one check each, named NAME: EXPECTED). The output is left in $OUT.
# Variables assigned before the call (VAR=value api_steps ...) reach PROGRAM.
api_steps() {
    local name=$1 prog=$2 want=() rc w
    shift 2
    while [ "$1" != -- ]; do want+=("$1"); shift; done
    shift
    OUT=$(timeout -k 5 120 env SLQS_SOCKET="$SDK_SOCK" "$prog" "$@" 2>&1)
    rc=$?
    if [ "$rc" -ne 0 ]; then
        not_ok "$name" "${prog##*/} $* exited with $rc" "$OUT"
        return
    fi
    for w in "${want[@]}"; do check_contains "$name: $w" "$OUT" "$w"; done
}

# sdk_stat KEY: one counter of the daemon (cids, pending, apps ...).
sdk_stat() {
    client stats | tr ' ' '\n' | sed -n "s/^$1=//p"
}

# wait_for DESC SECONDS COMMAND...: 0 once COMMAND succeeds, 1 at the deadline.
wait_for() {
    local desc=$1 secs=$2 i
    shift 2
    for i in $(seq 1 $((secs * 10))); do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "# timed out waiting for: $desc" >&2
    return 1
}

# cids_are DMS UIM: qmisim holds that many client ids.
cids_are() {
    [ "$(stat_of cids.dms)" = "$1" ] && [ "$(stat_of cids.uim)" = "$2" ]
}

# for_each_transport FN [CONFIG-TEXT]: FN runs once per transport, each on a
# fresh qmisim (CONFIG-TEXT added to its config) and daemon.
for_each_transport() {
    local fn=$1 conf
    conf=$(sim_config "${2:-}")
    for tr in qmux gobinet; do
        start_qmisim "$conf"
        chmod 755 "$QMISIM_DIR"
        start_sdk "$tr"
        "$fn" "$tr"
        stop_sdk
        [ "$TAP_FAILED" -eq 0 ] || dump_sdk_log
        cleanup_qmisim
    done
    rm -f "$conf"
}
