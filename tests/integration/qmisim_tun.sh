#!/usr/bin/env bash
# Integration: qmisim's data path through a TUN interface, in a network
# namespace of its own. Nothing goes through while the modem's data format
# is 802.3 (its boot format) or no session is up; once raw IP is set (WDA)
# and a session brought up with qmicli, the simulated network answers
# pings and UDP echo (IPv4, IPv6) for its remote address; the packets show in WDS Get Packet Statistics and `wds status`;
# once the session stops, pings go unanswered. Unplug takes the interface
# away and replug brings it back; slqssdk, started on qmisim's fake sysfs
# tree, finds the modem with its network interface, as on hardware.
# Needs root, /dev/net/tun, `ip netns`, ping and qmicli; skips without.
. "$(dirname "$0")/sdk_lib.bash"

TUN=wwsim0
REMOTE4=192.0.2.1
REMOTE6=2001:db8:ffff::1

# ---- outside: the namespace, then this script again inside it ------------------------
. "$(dirname "$0")/netns_lib.bash"
if [ -z "${NETNS:-}" ]; then
    require_qmicli
    require_fixtures
fi
netns_reexec "$0" "$@"

# ---- inside the namespace -------------------------------------------------------------
require_fixtures

# qmicli_value TEXT KEY: the quoted value after "KEY: '" in qmicli's output.
qmicli_value() {
    printf '%s\n' "$1" | sed -n "s/.*$2: '\\([^']*\\)'.*/\\1/p" | head -n 1
}

# pings FAMILY ADDRESS: three echo requests; ping says how many were answered.
pings() {
    ping "-$1" -c 3 -i 0.2 -W 2 "$2" 2>&1
}

# start_session FAMILY: a session kept on its own client; sets CID and HANDLE.
start_session() {
    out=$(qmi --wds-start-network="apn=internet,ip-type=$1" --client-no-release-cid)
    CID=$(qmicli_value "$out" "CID")
    HANDLE=$(qmicli_value "$out" "Packet data handle")
    [ -n "$CID" ] && [ -n "$HANDLE" ] || bail_out "IPv$1 session starts" "$out"
    ok "IPv$1 session up (CID $CID)"
}

# address_of CID FAMILY: the address Get Current Settings hands out ("a/len" for IPv6).
address_of() {
    qmi --client-cid="$1" --client-no-release-cid --wds-get-current-settings |
        sed -n "s/^[[:space:]]*IPv$2 address: *//p" | head -n 1
}

# stat CID KEY: a counter of WDS Get Packet Statistics ("TX bytes OK" ...).
wds_stat() {
    qmi --client-cid="$1" --client-no-release-cid --wds-get-packet-statistics |
        sed -n "s/^[[:space:]]*$2: *//p" | head -n 1
}

qmisim_config tun.conf <<'CONF'
[uim]
pin_enabled = no
[tun]
echo_port = 7
CONF
SYS=$QMISIM_DIR/sys
start_qmisim "$QMISIM_DIR/tun.conf" --tun "$TUN" --sysfs-root "$SYS"
check_contains "the ready line names the interface" "$(cat "$QMISIM_DIR/ready")" "tun $TUN"

out=$(ip -d link show "$TUN" 2>&1)
check_contains "the TUN interface exists" "$out" "$TUN:"
check_contains "raw IP: a TUN without packet information" "$out" "tun type tun pi off"
check_eq "sysfs: the interface is the control node's sibling" \
    "$(ls "$SYS/class/usbmisc/cdc-wdm0/device/net")" "$TUN"
check_eq "sysfs: class/net/$TUN with qmi/raw_ip" "$(cat "$SYS/class/net/$TUN/qmi/raw_ip")" "N"

# ---- no raw IP, no session: nothing goes through ---------------------------------------------
ip link set "$TUN" up
ip addr add 192.0.2.2/24 dev "$TUN"
ping -4 -c 1 -W 1 "$REMOTE4" >/dev/null 2>&1
check_status "a modem in 802.3 (its boot format): no answer" $? 1
check_eq "the packet was not taken for raw IP" "$(( $(stat_of net.not_raw_ip) >= 1 ))" 1
check_qmi "WDA: raw IP" "Link layer protocol: 'raw-ip'" \
    --wda-set-data-format="link-layer-protocol=raw-ip"
ping -4 -c 1 -W 1 "$REMOTE4" >/dev/null 2>&1
check_status "raw IP but no session: no answer" $? 1
check_eq "the packet was dropped and counted" "$(( $(stat_of net.dropped) >= 1 ))" 1
ip addr flush dev "$TUN"

# ---- IPv4 ------------------------------------------------------------------------------
start_session 4
CID4=$CID HANDLE4=$HANDLE
addr4=$(address_of "$CID4" 4)
check_eq "the session's IPv4 address" "$addr4" "192.0.2.2"
ip addr add "$addr4/24" dev "$TUN"
out=$(pings 4 "$REMOTE4")
check_contains "IPv4 ping through the TUN" "$out" "3 packets transmitted, 3 received"
tx=$(wds_stat "$CID4" "TX packets OK")
rx=$(wds_stat "$CID4" "RX bytes OK")
check_eq "Get Packet Statistics counts the 3 requests" "$tx" 3
check_eq "and the 3 answers' bytes (84 each)" "$rx" 252
check_contains "wds status shows them" "$(simctl wds status)" "family=ipv4 apn=internet mux=0"
check_contains "with the bytes" "$(simctl wds status)" "tx_bytes=252 rx_bytes=252"

# udp_echo ADDRESS: one datagram to the echo port; prints what comes back.
udp_echo() {
    python3 - "$1" <<'PY' 2>&1
import socket, sys
s = socket.socket(socket.AF_INET6 if ":" in sys.argv[1] else socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(5)
s.sendto(b"echo me", (sys.argv[1], 7))
print(s.recvfrom(100)[0].decode())
PY
}
have_python=$(command -v python3)

if [ -n "$have_python" ]; then
    check_eq "UDP echo on port 7" "$(udp_echo "$REMOTE4")" "echo me"
    check_eq "counted too" "$(wds_stat "$CID4" "TX packets OK")" 4
else
    ok "UDP echo not tried: no python3 # SKIP"
fi

rx4=$(wds_stat "$CID4" "RX bytes OK")

# ---- IPv6 ------------------------------------------------------------------------------
start_session 6
CID6=$CID
addr6=$(address_of "$CID6" 6)
check_eq "the session's IPv6 address" "$addr6" "2001:db8:1::2/64"
ip -6 addr add "$addr6" dev "$TUN" nodad
ip -6 route add "$REMOTE6" dev "$TUN"
# Even without DAD the kernel finishes the address in a work item: until
# then it is tentative and an answer to it is dropped.
ipv6_usable() {
    ip -6 addr show dev "$TUN" | grep -q "${addr6%/*}/" &&
        [ -z "$(ip -6 addr show dev "$TUN" tentative)" ]
}
wait_for "the IPv6 address is no longer tentative" 5 ipv6_usable
out=$(pings 6 "$REMOTE6")
check_contains "IPv6 ping through the TUN" "$out" "3 packets transmitted, 3 received"
check_eq "the IPv6 session counts its own" "$(wds_stat "$CID6" "RX packets OK")" 3
check_eq "the IPv4 one is unchanged" "$(wds_stat "$CID4" "RX bytes OK")" "$rx4"
if [ -n "$have_python" ]; then
    check_eq "UDP echo over IPv6" "$(udp_echo "$REMOTE6")" "echo me"
    check_eq "counted on the IPv6 session" "$(wds_stat "$CID6" "RX packets OK")" 4
else
    ok "UDP echo over IPv6 not tried: no python3 # SKIP"
fi

# ---- the session stops: no more answers --------------------------------------------------
out=$(qmi --client-cid="$CID4" --wds-stop-network="$HANDLE4")
check_contains "IPv4 session stopped" "$out" "Network stopped"
dropped=$(stat_of net.dropped)
ping -4 -c 1 -W 1 "$REMOTE4" >/dev/null 2>&1
check_status "stopped: no answer" $? 1
# (at least: the kernel's own IPv6 packets from the link-local address are dropped too)
check_eq "the packet was dropped" "$(( $(stat_of net.dropped) > dropped ))" 1
out=$(pings 6 "$REMOTE6")
check_contains "IPv6 still answers" "$out" "3 packets transmitted, 3 received"

# ---- unplug and replug --------------------------------------------------------------------
simctl unplug >/dev/null
ip link show "$TUN" >/dev/null 2>&1
check_status "unplug: the interface is gone" $? 1
check_eq "and its sysfs entry" "$(ls "$SYS/class/net")" ""
simctl replug >/dev/null
check_contains "replug: the interface is back (down, as a new one)" \
    "$(ip link show "$TUN" 2>&1)" "state DOWN"
check_eq "and in sysfs" "$(ls "$SYS/class/net")" "$TUN"

# ---- slqssdk finds the modem and its interface through the fake sysfs ---------------------
export SLQS_SYSFS_ROOT=$SYS SLQS_DEV_ROOT=$SYS/dev
start_sdk none
found() { client enumerate | grep -q "node=$SYS/dev/cdc-wdm0 .*state=1 "; }
wait_for "slqssdk opens the discovered modem" 10 found
out=$(client enumerate)
check_contains "slqssdk discovers the modem with its interface" "$out" \
    "vid=1199 pid=9071 if=8 ifname=$TUN"
stop_sdk
# --device with the tree's node: sysfs still tells the daemon what it is
start_sdk none --device "$SYS/dev/cdc-wdm0"
wait_for "slqssdk opens the named modem" 10 found
check_contains "slqssdk --device NODE-OF-THE-TREE: the interface too" "$(client enumerate)" \
    "vid=1199 pid=9071 if=8 ifname=$TUN"
stop_sdk
finish
