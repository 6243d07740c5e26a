# tests/integration/cm_lib.bash - sourced by tests/integration/cm_*.sh, the
# Connection_Manager sample's end-to-end tests.
#
# Builds on sdk_lib.bash (qmisim, slqssdk, TAP, wait_for) and adds:
#   cm_enter_netns          re-runs the script as root inside a network
#                           namespace of its own (skips without root, TUN, ip, ping)
#   cm_start_modem [CONF]   qmisim with its TUN interface $CM_IF and fake sysfs,
#                           and slqssdk finding it there, as on hardware
#   cm ARGS...              connectionmgr on that daemon (output on stdout)
#   cm_bg LOG ARGS...       the same in the background; sets CM_PID
#   cm_stop [SIGNAL]        SIGTERM (or SIGNAL) to CM_PID, waits for it; sets CM_RC
#   cm_count LOG TEXT       how many lines of LOG contain TEXT
#   cm_check_clean NAME     nothing left: no address, route, session, client id
#   cm_ping 4|6             one echo to the simulated network's host answered
. "$(dirname "${BASH_SOURCE[0]}")/sdk_lib.bash"

CM=$BIN/connectionmgr
CM_IF=wwcm0
CM_REMOTE4=192.0.2.1		# qmisim's echo host ([tun] defaults)
CM_REMOTE6=2001:db8:ffff::1
CM_PID=
CM_RC=

cm_enter_netns() {
    [ -n "${CM_TEST_NETNS:-}" ] && return 0
    [ "$(id -u)" -eq 0 ] || skip_all "not root: the data path needs a TUN interface in a network namespace"
    [ -c /dev/net/tun ] || skip_all "no /dev/net/tun (the tun module is not loaded)"
    local tool ns rc
    for tool in ip ping; do
        command -v "$tool" >/dev/null 2>&1 ||
            skip_all "$tool is not installed (scripts/install-deps.sh net)"
    done
    [ -x "$CM" ] || skip_all "connectionmgr is not built ($CM missing: run make)"
    require_qmisim
    "$QMISIM" --help 2>&1 | grep -q -- "--tun" || skip_all "this qmisim has no data path (--tun)"
    ns=cm-test-$$
    ip netns add "$ns" 2>/dev/null || skip_all "cannot create a network namespace (ip netns add)"
    CM_TEST_NETNS=$ns ip netns exec "$ns" "$BASH" "$0" "$@"
    rc=$?
    ip netns del "$ns"
    exit $rc
}

cm_cleanup() {
    [ -z "$CM_PID" ] || { kill "$CM_PID" 2>/dev/null; wait "$CM_PID" 2>/dev/null; }
    CM_PID=
    sdk_cleanup
}
trap cm_cleanup EXIT

# cm_start_modem [CONFIG-TEXT]: a fresh simulated modem and daemon.
cm_start_modem() {
    require_fixtures
    ip link set lo up
    qmisim_dir
    printf '[ctl]\ncid_limit = 254\n%s\n' "${1:-}" >"$QMISIM_DIR/cm.conf"
    start_qmisim "$QMISIM_DIR/cm.conf" --tun "$CM_IF" --sysfs-root "$QMISIM_DIR/sys"
    export SLQS_SYSFS_ROOT=$QMISIM_DIR/sys SLQS_DEV_ROOT=$QMISIM_DIR/sys/dev
    start_sdk none
    wait_for "slqssdk opens the modem" 10 sdk_sees_modem ||
        bail_out "slqssdk finds the simulated modem" "$(tail -n 20 "$SDK_LOG")"
    export SLQS_SOCKET=$SDK_SOCK
    CM_PIDFILE=$QMISIM_DIR/connectionmgr.pid
}

sdk_sees_modem() {
    client enumerate | grep -q "state=1 "
}

cm() {
    timeout -k 5 120 "$CM" "$@" --pid-file "$CM_PIDFILE" --no-syslog 2>&1
}

cm_bg() {
    local log=$1
    shift
    "$CM" "$@" --pid-file "$CM_PIDFILE" --no-syslog >"$log" 2>&1 &
    CM_PID=$!
}

cm_stop() {
    kill "-${1:-TERM}" "$CM_PID" 2>/dev/null
    # Bounded: one that ignores the signal is killed (and fails its check).
    wait_for "connectionmgr ends on SIG${1:-TERM}" 30 cm_has_exited || kill -KILL "$CM_PID"
    wait "$CM_PID"
    CM_RC=$?
    CM_PID=
}

# cm_has_exited: CM_PID is gone or a zombie (it has exited, not yet waited for).
cm_has_exited() {
    local state
    state=$(sed 's/.*) //' "/proc/$CM_PID/stat" 2>/dev/null) || return 0
    [ "${state%% *}" = Z ]
}

cm_count() {
    grep -c -- "$2" "$1" 2>/dev/null || true
}

cm_ping() {
    local to=$CM_REMOTE4
    [ "$1" = 6 ] && to=$CM_REMOTE6
    ping "-$1" -c 1 -W 2 "$to" >/dev/null 2>&1
}

# up_on_link: the session's addresses are on the interface.
cm_addresses_are_up() {
    ip -brief address show dev "$CM_IF" 2>/dev/null | grep -q "192.0.2.2/24 2001:db8:1::2/64"
}

cm_sessions_are() {
    [ "$(stat_of wds.sessions)" = "$1" ]
}

cm_no_cids() {
    local s
    for s in dms nas wds uim wda; do
        [ "$(stat_of "cids.$s")" = 0 ] || return 1
    done
}

cm_check_clean() {
    local name=$1 addrs
    wait_for "$name: no session left" 10 cm_sessions_are 0
    check_eq "$name: no session left at the modem" "$(stat_of wds.sessions)" 0
    wait_for "$name: client ids released" 10 cm_no_cids
    check_eq "$name: no client id left (dms nas wds uim wda)" \
        "$(for s in dms nas wds uim wda; do printf '%s ' "$(stat_of "cids.$s")"; done)" "0 0 0 0 0 "
    addrs=$(ip -brief address show dev "$CM_IF" 2>/dev/null | grep -oE '(192\.0\.2|2001:db8)[^ ]*')
    check_eq "$name: no address left on $CM_IF" "$addrs" ""
    check_eq "$name: no default route left" "$(ip route show default; ip -6 route show default)" ""
    check_eq "$name: the pid file is gone" "$(ls "$CM_PIDFILE" 2>/dev/null)" ""
}
