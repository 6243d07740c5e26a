#!/usr/bin/env bash
# demo.sh - `make demo`: the Connection_Manager sample against the simulator.
#
# Starts the simulated modem (qmisim) and the SDK daemon (slqssdk), then runs
# connectionmgr as a script would: SIM PIN, dual-stack connection, device
# information and signal, the interface's addresses, a ping to the simulated
# network over IPv4 and IPv6, disconnection. Stops everything it started.
#
# As root it runs in a network namespace of its own, where qmisim's TUN
# interface plays the modem's network interface (nothing on the host's
# network changes). Otherwise there is no data path: the session comes up at
# the modem, no interface is configured and there is no ping.
#
# Environment: SLQS_BIN_DIR (set by make demo), TARGET_RUN (qemu for a
# cross build), DEMO_PIN (the simulated SIM's PIN, 1234).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${SLQS_BIN_DIR:?SLQS_BIN_DIR is set by make demo}
run=${TARGET_RUN:-}
pin=${DEMO_PIN:-1234}
ifname=wwan0
remote4=192.0.2.1 remote6=2001:db8:ffff::1	# qmisim's echo host ([tun] defaults)

for p in qmisim slqssdk connectionmgr; do
    [ -x "$bin/$p" ] || { echo "demo: $bin/$p is not built; run make first."; exit 1; }
done

if [ -t 1 ]; then bold=$'\033[1m' plain=$'\033[0m'; else bold='' plain=''; fi
step() { printf '\n%s== %s%s\n' "$bold" "$*" "$plain"; }
say() { echo "demo: $*"; }
# show CMD...: prints the command as a user would type it, then runs it.
show() {
    echo "\$ $*"
    "$@"
}
# cm ARGS...: connectionmgr, shown the same way.
cm() {
    echo "\$ connectionmgr $*"
    $run "$bin/connectionmgr" "$@"
}

# ---- root: into a network namespace of our own ------------------------------------
data_path=no why="not root"
if [ "$(id -u)" -eq 0 ] && ! $run "$bin/qmisim" --help 2>&1 | grep -q -- "--tun"; then
    why="this qmisim has no --tun"
elif [ "$(id -u)" -eq 0 ]; then
    if [ -z "${CM_DEMO_IN_NETNS:-}" ]; then
        # ip and ping, if missing (the `net` group of install-deps.sh)
        if ! command -v ip >/dev/null || ! command -v ping >/dev/null; then
            "$top/scripts/install-deps.sh" net >&2 || true
        fi
        if command -v unshare >/dev/null && unshare --net true 2>/dev/null; then
            CM_DEMO_IN_NETNS=1 exec unshare --net -- bash "$0" "$@"
        fi
        why="no network namespace can be created here"
    else
        data_path=yes
        ip link set lo up 2>/dev/null || true
    fi
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/slqs-demo.XXXXXX")
sim_pid='' sdk_pid=''
cleanup() {
    [ -z "$sdk_pid" ] || { kill "$sdk_pid" 2>/dev/null; wait "$sdk_pid" 2>/dev/null || true; }
    [ -z "$sim_pid" ] || { kill "$sim_pid" 2>/dev/null; wait "$sim_pid" 2>/dev/null || true; }
    rm -rf "$tmp"
}
trap cleanup EXIT

# wait_for SECONDS CMD...: until CMD succeeds (checked every 0.1 s).
wait_for() {
    local n=$(($1 * 10))
    shift
    until "$@" 2>/dev/null; do
        n=$((n - 1))
        [ "$n" -gt 0 ] || return 1
        sleep 0.1
    done
}

step "1. A simulated modem"
sim_args=(--link "$tmp/cdc-wdm0" --control "$tmp/control")
if [ "$data_path" = yes ]; then
    sim_args+=(--tun "$ifname" --sysfs-root "$tmp/sys")
    say "qmisim plays a Sierra MC7455 on a qmi_wwan port, with $ifname (a TUN"
    say "interface) as its network interface, in a network namespace of this demo's own."
else
    say "qmisim plays a Sierra MC7455, without a network interface ($why):"
    say "the data session comes up at the modem but carries no traffic."
    [ "$why" != "not root" ] || say "Run 'sudo make demo' to see packets flow."
fi
$run "$bin/qmisim" "${sim_args[@]}" >"$tmp/ready" 2>"$tmp/qmisim.log" &
sim_pid=$!
wait_for 10 test -s "$tmp/ready" || { cat "$tmp/qmisim.log"; exit 1; }

step "2. The SDK daemon"
export SLQS_SOCKET=$tmp/slqssdk.sock
sdk_args=(-f --socket "$SLQS_SOCKET")
if [ "$data_path" = yes ]; then
    # It finds the modem as on real hardware: in (the simulator's) sysfs.
    export SLQS_SYSFS_ROOT=$tmp/sys SLQS_DEV_ROOT=$tmp/sys/dev
else
    sdk_args+=(--device "$tmp/cdc-wdm0")
fi
say "slqssdk owns the modem's control port and shares it with applications."
$run "$bin/slqssdk" "${sdk_args[@]}" 2>"$tmp/slqssdk.log" &
sdk_pid=$!
wait_for 10 test -S "$SLQS_SOCKET" || { cat "$tmp/slqssdk.log"; exit 1; }

common=(--pid-file "$tmp/connectionmgr.pid" --no-syslog)

step "3. Connect: SIM PIN, registration, raw-IP, a dual-stack session"
up=(up --pin "$pin" --ip-family 4v6 --resolv-conf "$tmp/resolv.conf" --background)
[ "$data_path" = yes ] || up+=(--no-netcfg)
cm "${up[@]}" "${common[@]}"
say "the link stays up in a background connectionmgr until 'connectionmgr down'."
if [ -s "$tmp/resolv.conf" ]; then
    say "DNS servers it wrote (to a file of the demo's, not /etc/resolv.conf):"
    sed 's/^/    /' "$tmp/resolv.conf"
fi

step "4. Device information, network, signal"
cm status "${common[@]}" || true

if [ "$data_path" = yes ]; then
    step "5. The interface, as connectionmgr configured it (rtnetlink)"
    show ip -brief address show dev "$ifname"
    show ip route show dev "$ifname"
    show ip -6 route show default

    step "6. Ping the simulated network's host over IPv4 and IPv6"
    show ping -c 3 -i 0.2 -W 2 "$remote4"
    show ping -6 -c 3 -i 0.2 -W 2 "$remote6"
    say "the modem counted the traffic:"
    cm status "${common[@]}" | grep -E '^(Session|Bytes)' || true
else
    step "5-6. Addresses and ping: skipped (no data path: $why)"
fi

step "7. Disconnect"
cm down "${common[@]}"
if [ "$data_path" = yes ]; then
    left=$(ip -brief address show dev "$ifname" | grep -oE '(192\.0\.2|2001:db8)[^ ]*' || true)
    say "the session's addresses left on $ifname: ${left:-none}"
fi
say "sessions at the modem: $($run "$bin/qmisim" --ctl "$tmp/control" wds status | sed 's/^ok //')"

step "Done"
say "stopping slqssdk and qmisim. The sample's sources: SampleApps/Connection_Manager"
say "(README.md there: the menu, the commands, their options and exit codes)."
