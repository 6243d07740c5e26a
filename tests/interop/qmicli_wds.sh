#!/bin/bash
# qmisim's WDS service through libqmi's qmicli: profiles, a data session on
# a client kept with --client-no-release-cid, its status and the settings
# it hands out (those of the config), refusals with their call-end
# reasons, dual-stack IPv6, a network drop, and no CID left behind.
. "$(dirname "$0")/lib.sh"
require_qmicli

tmp=$(mktemp -d "${TMPDIR:-/tmp}/qmicli-wds.XXXXXX")
trap 'cleanup_qmisim; rm -rf "$tmp"' EXIT

cat >"$tmp/wds.conf" <<'EOF'
[uim]
pin_enabled = no

[wds]
mtu = 1428

[wds.apn internet]
ipv4 = 192.0.2.77/24
gateway = 192.0.2.1
dns1 = 192.0.2.53
dns2 = 198.51.100.53
ipv6 = 2001:db8:7::77/64
ipv6_gateway = 2001:db8:7::1
ipv6_dns1 = 2001:db8::53

[wds.apn corporate]
auth = chap
user = alice
password = s3cret
ip_family = 4

[wds.profile 2]
apn = corporate
name = office
auth = chap
user = alice
EOF
start_qmisim "$tmp/wds.conf"

# qmicli_field TEXT KEY: the quoted value after "KEY: '" in qmicli's output.
qmicli_field() {
    printf '%s\n' "$1" | sed -n "s/.*$2: '\\([^']*\\)'.*/\\1/p" | head -n 1
}

# ---- profiles ------------------------------------------------------------------
out=$(qmi --wds-get-profile-list=3gpp)
check_contains "profile list: profile 1" "$out" "[1] 3gpp - internet"
check_contains "profile list: profile 2 from the config" "$out" "[2] 3gpp - office"
# Get Profile Settings (qmicli asks it for each listed profile).
check_contains "profile settings: APN of profile 1" "$out" "APN: 'internet'"
check_contains "profile settings: APN of profile 2" "$out" "APN: 'corporate'"
check_contains "profile settings: auth of profile 2" "$out" "Auth: 'chap'"
check_contains "profile settings: user of profile 2" "$out" "Username: 'alice'"

out=$(qmi --wds-get-default-profile-number=3gpp)
check_contains "default profile number" "$out" "Default profile number: '1'"
out=$(qmi --wds-get-default-settings=3gpp)
check_contains "default settings: APN" "$out" "APN: 'internet'"

out=$(qmi --wds-create-profile="3gpp,name=iot,apn=m2m,pdp-type=IPV4V6")
check_contains "create profile: first free index" "$out" "Profile index: '3'"
out=$(qmi --wds-modify-profile="3gpp,3,apn=m2m.example")
check_contains "modify profile" "$out" "Profile successfully modified"
out=$(qmi --wds-get-profile-list=3gpp)
check_contains "modified profile listed" "$out" "APN: 'm2m.example'"
out=$(qmi --wds-delete-profile=3gpp,3)
check_contains "delete profile" "$out" "Profile successfully deleted"
out=$(qmi --wds-delete-profile=3gpp,3)
check_contains "delete a missing profile" "$out" "3gpp-context-not-defined"

# ---- an IPv4 session kept on its client ----------------------------------------
out=$(qmi --wds-start-network="apn=internet,ip-type=4" --client-no-release-cid)
check_contains "start network (IPv4)" "$out" "Network started"
handle=$(qmicli_field "$out" "Packet data handle")
cid=$(qmicli_field "$out" "CID")
if [ -z "$handle" ] || [ -z "$cid" ]; then
    bail_out "start network prints a handle and a CID" "$out"
fi
ok "start network prints handle $handle and CID $cid"

out=$(qmi --client-cid="$cid" --client-no-release-cid --wds-get-packet-service-status)
check_contains "packet service status: connected" "$out" "Connection status: 'connected'"

out=$(qmi --client-cid="$cid" --client-no-release-cid --wds-get-current-settings)
check_contains "current settings: IPv4 family" "$out" "IP Family: IPv4"
check_contains "current settings: address" "$out" "IPv4 address: 192.0.2.77"
check_contains "current settings: netmask" "$out" "IPv4 subnet mask: 255.255.255.0"
check_contains "current settings: gateway" "$out" "IPv4 gateway address: 192.0.2.1"
check_contains "current settings: primary DNS" "$out" "IPv4 primary DNS: 192.0.2.53"
check_contains "current settings: secondary DNS" "$out" "IPv4 secondary DNS: 198.51.100.53"
check_contains "current settings: MTU" "$out" "MTU: 1428"

out=$(qmi --client-cid="$cid" --client-no-release-cid --wds-get-packet-statistics)
check_contains "packet statistics" "$out" "TX bytes OK:"
out=$(qmi --client-cid="$cid" --client-no-release-cid --wds-get-data-bearer-technology)
check_contains "data bearer technology: LTE" "$out" "Data bearer technology (current): 'lte'"

# Another client: the same APN is already up, and the handle is not its own.
out=$(qmi --wds-start-network="apn=internet,ip-type=4")
check_contains "second client, same APN: NoEffect" "$out" "NoEffect"
out=$(qmi --wds-stop-network="$handle")
check_contains "stop from another client: InvalidHandle" "$out" "InvalidHandle"

out=$(qmi --client-cid="$cid" --wds-stop-network="$handle")
check_contains "stop network on the owning client" "$out" "Network stopped"
check_eq "no session left" "$(stat_of wds.sessions)" "0"

# ---- refusals ------------------------------------------------------------------
out=$(qmi --wds-start-network="apn=no.such.apn,ip-type=4")
check_contains "unknown APN: CallFailed" "$out" "CallFailed"
check_contains "unknown APN: verbose reason" "$out" "[3gpp] option-unsubscribed"

out=$(qmi --wds-start-network="apn=corporate,ip-type=4,auth=CHAP,username=alice,password=wrong")
check_contains "wrong password: CallFailed" "$out" "CallFailed"
check_contains "wrong password: verbose reason" "$out" "[3gpp] authentication-failed"

out=$(qmi --wds-start-network="apn=corporate,ip-type=4,auth=CHAP,username=alice,password=s3cret")
check_contains "right password: started" "$out" "Network started"

out=$(qmi --wds-start-network="apn=corporate,ip-type=6,auth=CHAP,username=alice,password=s3cret")
check_contains "IPv6 on an IPv4-only APN" "$out" "[3gpp] ipv4-only-allowed"

simctl nas register searching >/dev/null
out=$(qmi --wds-start-network="apn=internet,ip-type=4")
check_contains "no network: no service" "$out" "[cm] no-service"
simctl nas register home >/dev/null

# ---- dual stack: IPv4 and IPv6 on two clients -----------------------------------
out=$(qmi --wds-start-network="apn=internet,ip-type=4" --client-no-release-cid)
cid4=$(qmicli_field "$out" "CID")
check_contains "dual stack: IPv4 started" "$out" "Network started"
out=$(qmi --wds-set-ip-family=6 --client-no-release-cid)
cid6=$(qmicli_field "$out" "CID")
out=$(qmi --client-cid="$cid6" --client-no-release-cid --wds-start-network="apn=internet,ip-type=6")
check_contains "dual stack: IPv6 started" "$out" "Network started"
handle6=$(qmicli_field "$out" "Packet data handle")
out=$(qmi --client-cid="$cid6" --client-no-release-cid --wds-get-current-settings)
check_contains "IPv6 settings: family" "$out" "IP Family: IPv6"
check_contains "IPv6 settings: address" "$out" "IPv6 address: 2001:db8:7::77/64"
check_contains "IPv6 settings: gateway" "$out" "IPv6 gateway address: 2001:db8:7::1/64"
check_contains "IPv6 settings: DNS" "$out" "IPv6 primary DNS: 2001:db8::53"
check_eq "dual stack: two sessions" "$(stat_of wds.sessions)" "2"

# The network drops everything; the clients see it.
out=$(simctl wds drop regular-deactivation)
check_contains "control: wds drop" "$out" "dropped=2"
out=$(qmi --client-cid="$cid4" --client-no-release-cid --wds-get-packet-service-status)
check_contains "after the drop: disconnected" "$out" "Connection status: 'disconnected'"
out=$(qmi --client-cid="$cid6" --wds-stop-network="$handle6")
check_contains "after the drop: the handle is gone" "$out" "InvalidHandle"
qmi --client-cid="$cid4" --wds-noop >/dev/null

# ---- autoconnect settings ---------------------------------------------------------
out=$(qmi --wds-get-autoconnect-settings)
check_contains "autoconnect: disabled" "$out" "Status: 'disabled'"
out=$(qmi --wds-set-autoconnect-settings=enabled)
check_contains "autoconnect: set" "$out" "Autoconnect settings updated"
check_eq "autoconnect: the firmware connects" "$(stat_of wds.sessions)" "1"
out=$(qmi --wds-get-packet-service-status)
check_contains "autoconnect: a new client sees it up" "$out" "Connection status: 'connected'"
out=$(qmi --wds-stop-network=disable-autoconnect)
check_contains "autoconnect: stopped" "$out" "Network stopped"
check_eq "autoconnect: session gone" "$(stat_of wds.sessions)" "0"

# Every client qmicli allocated was released.
check_eq "no WDS client id leaked" "$(stat_of cids.wds)" "0"
finish
