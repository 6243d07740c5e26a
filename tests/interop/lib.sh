# tests/interop/lib.sh - sourced by the interop and integration scripts.
#
# What a test script does (tests/run-tests.sh counts it):
#   . "$(dirname "$0")/../interop/lib.sh"
#   require_qmicli                      # interop tests: skip (77) without qmicli
#   start_qmisim "$config"              # a simulated modem on a temporary dir
#   out=$(qmi --dms-get-manufacturer)   # qmicli -d $LINK --device-open-qmi ...
#   check_contains "manufacturer" "$out" "Manufacturer: 'Sierra Wireless'"
#   check_qmi "model" "Model: 'MC7455'" --dms-get-model    # the same in one line
#   finish                              # exit 0 if all passed, 1 otherwise
#
# It prints TAP lines "ok N - name" / "not ok N - name" (details as "# ..."),
# exits 77 with the reason on its last line when it cannot run, and stops
# qmisim (removing its files) whatever way the script ends: it sets an EXIT
# trap, so a script that needs its own must call cleanup_qmisim from it.
#
# Environment: SLQS_BIN_DIR (set by run-tests.sh) or SLQS_BIN: the folder
# holding qmisim; otherwise build/<CPU>/bin of the tree, CPU derived from
# `uname -m` like the Makefile does (or taken from SLQS_CPU).
# QMI_TIMEOUT: seconds a qmicli call may take (default 20).

TAP_N=0
TAP_FAILED=0
QMISIM_PID=
QMISIM_DIR=
QMI_TIMEOUT=${QMI_TIMEOUT:-20}
LIB_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# ---- TAP -------------------------------------------------------------------

ok() {
    TAP_N=$((TAP_N + 1))
    echo "ok $TAP_N - $1"
}

# not_ok NAME [DETAIL...]: a failure; each DETAIL line is shown as a comment.
not_ok() {
    local name=$1
    shift
    TAP_N=$((TAP_N + 1))
    TAP_FAILED=$((TAP_FAILED + 1))
    echo "not ok $TAP_N - $name"
    if [ $# -gt 0 ]; then
        printf '%s\n' "$@" | sed 's/^/#   /'
    fi
}

# check_contains NAME OUTPUT EXPECTED: passes if OUTPUT contains EXPECTED.
check_contains() {
    case $2 in
        *"$3"*) ok "$1" ;;
        *) not_ok "$1" "expected to find: $3" "in output:" "$2" ;;
    esac
}

# check_not_contains NAME OUTPUT UNEXPECTED
check_not_contains() {
    case $2 in
        *"$3"*) not_ok "$1" "did not expect: $3" "in output:" "$2" ;;
        *) ok "$1" ;;
    esac
}

# check_eq NAME ACTUAL EXPECTED
check_eq() {
    if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1" "expected: $3" "got:      $2"; fi
}

# check_status NAME STATUS EXPECTED [OUTPUT]: a command's exit status.
check_status() {
    if [ "$2" -eq "$3" ]; then
        ok "$1"
    else
        not_ok "$1" "exit status $2, expected $3" ${4:+"output:"} ${4:+"$4"}
    fi
}

# skip_all REASON: the script cannot run here (exit 77, reason last).
skip_all() {
    echo "$1"
    exit 77
}

# bail_out REASON: the script cannot go on; what it could not do is a failure.
bail_out() {
    not_ok "$1" "${@:2}"
    [ -z "$QMISIM_DIR" ] || dump_qmisim_log
    echo "1..$TAP_N"
    exit 1
}

# finish: the plan, and the exit status.
finish() {
    echo "1..$TAP_N"
    [ "$TAP_FAILED" -eq 0 ] && exit 0
    [ -z "$QMISIM_DIR" ] || dump_qmisim_log
    exit 1
}

# ---- locating things ----------------------------------------------------------

# The CPU name of this host, as slqscompile.mak derives it.
host_cpu() {
    case $(uname -m) in
        x86_64) echo hostx86_64 ;;
        i386 | i486 | i586 | i686) echo hosti686 ;;
        armv6l | armv7l | armv8l) echo arm ;;
        aarch64 | arm64) echo arm64 ;;
        mips) echo mips ;;
        *) echo unknown ;;
    esac
}

bin_dir() {
    if [ -n "${SLQS_BIN_DIR:-}" ]; then
        echo "$SLQS_BIN_DIR"
    elif [ -n "${SLQS_BIN:-}" ]; then
        echo "$SLQS_BIN"
    else
        echo "$LIB_TOP/build/${SLQS_CPU:-$(host_cpu)}/bin"
    fi
}

QMISIM=$(bin_dir)/qmisim

require_qmisim() {
    [ -x "$QMISIM" ] || skip_all "qmisim is not built ($QMISIM missing: run make)"
}

require_qmicli() {
    command -v qmicli >/dev/null 2>&1 ||
        skip_all "qmicli is not installed (Debian package libqmi-utils)"
}

# ---- the simulator --------------------------------------------------------------

# qmisim_dir: creates the test's temporary directory (QMISIM_DIR) unless it
# exists; start_qmisim uses it and cleanup_qmisim removes it.
qmisim_dir() {
    [ -n "$QMISIM_DIR" ] || QMISIM_DIR=$(mktemp -d "${TMPDIR:-/tmp}/qmisim-test.XXXXXX")
}

# qmisim_config NAME: writes stdin to NAME in the test's directory, for
# start_qmisim "$QMISIM_DIR/NAME" (run it outside $(...): it may create the directory).
qmisim_config() {
    qmisim_dir
    cat >"$QMISIM_DIR/$1"
}

dump_qmisim_log() {
    if [ -s "$QMISIM_DIR/qmisim.log" ]; then
        echo "# last lines of the qmisim log:"
        tail -n 30 "$QMISIM_DIR/qmisim.log" | sed 's/^/#   /'
    fi
}

stop_qmisim() {
    if [ -n "$QMISIM_PID" ]; then
        kill "$QMISIM_PID" 2>/dev/null
        wait "$QMISIM_PID" 2>/dev/null
        QMISIM_PID=
    fi
}

cleanup_qmisim() {
    stop_qmisim
    [ -z "$QMISIM_DIR" ] || rm -rf "$QMISIM_DIR"
    QMISIM_DIR=
}
trap cleanup_qmisim EXIT

# start_qmisim [CONFIG] [QMISIM-OPTION...]: starts a simulated modem on a new
# temporary directory and waits until it serves. Sets:
#   LINK  the stable symlink to its pty (what qmicli -d takes)
#   PTY   the pty itself
#   SOCK  its SOCK_SEQPACKET socket
#   CTL   its control socket
#   QMISIM_DIR, QMISIM_PID
# With several modems (--modems N), LINK, PTY and SOCK are modem 0's; the
# others' are in the ready lines ($QMISIM_DIR/ready, one per modem).
# CONFIG may be a file or "-" for the built-in defaults.
start_qmisim() {
    local config=${1:--} line i
    [ $# -eq 0 ] || shift
    require_qmisim
    stop_qmisim
    qmisim_dir
    CTL=$QMISIM_DIR/control
    local args=(--link "$QMISIM_DIR/cdc-wdm0" --socket "$QMISIM_DIR/qmi.sock" --control "$CTL" -vv)
    [ "$config" = - ] || args+=(--config "$config")
    : >"$QMISIM_DIR/ready"
    "$QMISIM" "${args[@]}" "$@" >"$QMISIM_DIR/ready" 2>>"$QMISIM_DIR/qmisim.log" &
    QMISIM_PID=$!
    for i in $(seq 1 100); do
        line=$(head -n 1 "$QMISIM_DIR/ready")
        [ -n "$line" ] && break
        if ! kill -0 "$QMISIM_PID" 2>/dev/null; then
            wait "$QMISIM_PID" 2>/dev/null
            QMISIM_PID=
            bail_out "qmisim starts" "$(cat "$QMISIM_DIR/qmisim.log")"
        fi
        sleep 0.05
    done
    [ -n "$line" ] || bail_out "qmisim starts" "no ready line within 5 s"
    PTY=$(ready_field pty "$line")
    LINK=$(ready_field link "$line")
    SOCK=$(ready_field socket "$line")
    [ -e "$LINK" ] || bail_out "qmisim starts" "no link $LINK (ready line: $line)"
}

# ready_field KEY LINE: the value after KEY in a ready line.
ready_field() {
    echo "$2" | tr ' ' '\n' | sed -n "/^$1\$/{n;p;q}"
}

# qmi ARGS...: qmicli on the simulated modem; output and status are qmicli's.
qmi() {
    timeout -k 5 "$QMI_TIMEOUT" qmicli -d "$LINK" --device-open-qmi "$@" 2>&1
}

# check_qmi NAME EXPECTED ARGS...: qmicli ARGS on the simulated modem must
# print EXPECTED; the output stays in $out for more checks.
check_qmi() {
    local name=$1 expected=$2
    shift 2
    out=$(qmi "$@")
    check_contains "$name" "$out" "$expected"
}

# simctl COMMAND...: one control command; prints the answer line.
simctl() {
    "$QMISIM" --ctl "$CTL" "$@" 2>&1
}

# stat_of KEY: one value of the `stats` answer (e.g. stat_of cids.dms).
stat_of() {
    simctl stats | tr ' ' '\n' | sed -n "s/^$1=//p"
}
