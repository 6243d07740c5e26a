#!/bin/bash
# qmisim's WDS service through libqmi's qmicli: profiles, a data session on
# a client kept with --client-no-release-cid, its status and the settings
# it hands out (those of the config), refusals with their call-end
# reasons, dual-stack IPv6, a network drop, and no CID left behind.
. "$(dirname "$0")/lib.sh"
require_qmicli

qmisim_config wds.conf <<'EOF'
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
start_qmisim "$QMISIM_DIR/wds.conf"

# qmicli_field TEXT KEY: the quoted value after "KEY: '" in qmicli's output.
qmicli_field() {
    printf '%s\n' "$1" | sed -n "s/.*$2: '\\([^']*\\)'.*/\\1/p" | head -n 1
}

# ---- profiles ------------------------------------------------------------------
check_qmi "profile list: profile 1" "[1] 3gpp - internet" --wds-get-profile-list=3gpp
check_contains "profile list: profile 2 from the config" "$out" "[2] 3gpp - office"
# Get Profile Settings (qmicli asks it for each listed profile).
check_contains "profile settings: APN of profile 1" "$out" "APN: 'internet'"
check_contains "profile settings: APN of profile 2" "$out" "APN: 'corporate'"
check_contains "profile settings: auth of profile 2" "$out" "Auth: 'chap'"
check_contains "profile settings: user of profile 2" "$out" "Username: 'alice'"

check_qmi "default profile number" "Default profile number: '1'" \
    --wds-get-default-profile-number=3gpp
check_qmi "default settings: APN" "APN: 'internet'" --wds-get-default-settings=3gpp

check_qmi "create profile: first free index" "Profile index: '3'" \
    --wds-create-profile="3gpp,name=iot,apn=m2m,pdp-type=IPV4V6"
check_qmi "modify profile" "Profile successfully modified" \
    --wds-modify-profile="3gpp,3,apn=m2m.example"
check_qmi "modified profile listed" "APN: 'm2m.example'" --wds-get-profile-list=3gpp
check_qmi "delete profile" "Profile successfully deleted" --wds-delete-profile=3gpp,3
check_qmi "delete a missing profile" "3gpp-context-not-defined" --wds-delete-profile=3gpp,3

# ---- an IPv4 session kept on its client ----------------------------------------
check_qmi "start network (IPv4)" "Network started" \
    --wds-start-network="apn=internet,ip-type=4" --client-no-release-cid
handle=$(qmicli_field "$out" "Packet data handle")
cid=$(qmicli_field "$out" "CID")
if [ -z "$handle" ] || [ -z "$cid" ]; then
    bail_out "start network prints a handle and a CID" "$out"
fi
ok "start network prints handle $handle and CID $cid"

check_qmi "packet service status: connected" "Connection status: 'connected'" \
    --client-cid="$cid" --client-no-release-cid --wds-get-packet-service-status

check_qmi "current settings: IPv4 family" "IP Family: IPv4" \
    --client-cid="$cid" --client-no-release-cid --wds-get-current-settings
check_contains "current settings: address" "$out" "IPv4 address: 192.0.2.77"
check_contains "current settings: netmask" "$out" "IPv4 subnet mask: 255.255.255.0"
check_contains "current settings: gateway" "$out" "IPv4 gateway address: 192.0.2.1"
check_contains "current settings: primary DNS" "$out" "IPv4 primary DNS: 192.0.2.53"
check_contains "current settings: secondary DNS" "$out" "IPv4 secondary DNS: 198.51.100.53"
check_contains "current settings: MTU" "$out" "MTU: 1428"

check_qmi "packet statistics" "TX bytes OK:" \
    --client-cid="$cid" --client-no-release-cid --wds-get-packet-statistics
check_qmi "data bearer technology: LTE" "Data bearer technology (current): 'lte'" \
    --client-cid="$cid" --client-no-release-cid --wds-get-data-bearer-technology

# Another client: the same APN is already up, and the handle is not its own.
check_qmi "second client, same APN: NoEffect" "NoEffect" \
    --wds-start-network="apn=internet,ip-type=4"
check_qmi "stop from another client: InvalidHandle" "InvalidHandle" --wds-stop-network="$handle"

check_qmi "stop network on the owning client" "Network stopped" \
    --client-cid="$cid" --wds-stop-network="$handle"
check_eq "no session left" "$(stat_of wds.sessions)" "0"

# ---- refusals ------------------------------------------------------------------
check_qmi "unknown APN: CallFailed" "CallFailed" --wds-start-network="apn=no.such.apn,ip-type=4"
check_contains "unknown APN: verbose reason" "$out" "[3gpp] option-unsubscribed"

check_qmi "wrong password: CallFailed" "CallFailed" \
    --wds-start-network="apn=corporate,ip-type=4,auth=CHAP,username=alice,password=wrong"
check_contains "wrong password: verbose reason" "$out" "[3gpp] authentication-failed"

check_qmi "right password: started" "Network started" \
    --wds-start-network="apn=corporate,ip-type=4,auth=CHAP,username=alice,password=s3cret"

check_qmi "IPv6 on an IPv4-only APN" "[3gpp] ipv4-only-allowed" \
    --wds-start-network="apn=corporate,ip-type=6,auth=CHAP,username=alice,password=s3cret"

simctl nas register searching >/dev/null
check_qmi "no network: no service" "[cm] no-service" --wds-start-network="apn=internet,ip-type=4"
simctl nas register home >/dev/null

# ---- dual stack: IPv4 and IPv6 on two clients -----------------------------------
out=$(qmi --wds-start-network="apn=internet,ip-type=4" --client-no-release-cid)
cid4=$(qmicli_field "$out" "CID")
check_contains "dual stack: IPv4 started" "$out" "Network started"
out=$(qmi --wds-set-ip-family=6 --client-no-release-cid)
cid6=$(qmicli_field "$out" "CID")
check_qmi "dual stack: IPv6 started" "Network started" \
    --client-cid="$cid6" --client-no-release-cid --wds-start-network="apn=internet,ip-type=6"
handle6=$(qmicli_field "$out" "Packet data handle")
check_qmi "IPv6 settings: family" "IP Family: IPv6" \
    --client-cid="$cid6" --client-no-release-cid --wds-get-current-settings
check_contains "IPv6 settings: address" "$out" "IPv6 address: 2001:db8:7::77/64"
check_contains "IPv6 settings: gateway" "$out" "IPv6 gateway address: 2001:db8:7::1/64"
check_contains "IPv6 settings: DNS" "$out" "IPv6 primary DNS: 2001:db8::53"
check_eq "dual stack: two sessions" "$(stat_of wds.sessions)" "2"

# The network drops everything; the clients see it.
out=$(simctl wds drop regular-deactivation)
check_contains "control: wds drop" "$out" "dropped=2"
check_qmi "after the drop: disconnected" "Connection status: 'disconnected'" \
    --client-cid="$cid4" --client-no-release-cid --wds-get-packet-service-status
check_qmi "after the drop: the handle is gone" "InvalidHandle" \
    --client-cid="$cid6" --wds-stop-network="$handle6"
qmi --client-cid="$cid4" --wds-noop >/dev/null

# ---- autoconnect settings ---------------------------------------------------------
check_qmi "autoconnect: disabled" "Status: 'disabled'" --wds-get-autoconnect-settings
check_qmi "autoconnect: set" "Autoconnect settings updated" --wds-set-autoconnect-settings=enabled
check_eq "autoconnect: the firmware connects" "$(stat_of wds.sessions)" "1"
check_qmi "autoconnect: a new client sees it up" "Connection status: 'connected'" \
    --wds-get-packet-service-status
check_qmi "autoconnect: stopped" "Network stopped" --wds-stop-network=disable-autoconnect
check_eq "autoconnect: session gone" "$(stat_of wds.sessions)" "0"

# Every client qmicli allocated was released.
check_eq "no WDS client id leaked" "$(stat_of cids.wds)" "0"
finish
