#!/usr/bin/env bash
# Interop: the Start Network request SLQSStartStopDataSession sends equals
# what libqmi's qmicli sends for the same session (3GPP profile 1, CHAP,
# user name and password), TLV for TLV (order, transaction and client ids
# aside), as qmisim records them: for IPv4 (ip-type=4) and for IPv6
# (ip-type=6). qmicli runs first, then the SDK's test client.
. "$(dirname "$0")/sdk_lib.bash"
. "$(dirname "$0")/record_lib.bash"
require_fixtures
require_qmicli

API_WDS=$BIN/tests/integration/api_wds
[ -x "$API_WDS" ] || skip_all "api_wds is not built (run make itests)"

qmisim_dir
REC=$QMISIM_DIR/session.rec
conf=$(sim_config "$(printf '[uim]\npin_enabled = no\n')")
start_qmisim "$conf" --record "$REC"
wait_for "registered" 10 bash -c "'$QMISIM' --ctl '$CTL' nas status | grep -q 'nas.registration=registered'" ||
    bail_out "qmisim registers"

for family in 4 6; do
    # qmicli releases its client id on exit, which ends the session again.
    out=$(qmi --wds-start-network="3gpp-profile=1,auth=CHAP,username=alice,password=s3cret,ip-type=$family")
    [ $? -lt 124 ] || bail_out "qmicli --wds-start-network (IPv$family) answered" "$out"
done
start_sdk qmux
for family in 4 6; do
    OUT=$(env SLQS_SOCKET="$SDK_SOCK" "$API_WDS" "start:$family:1:2:alice:s3cret" "stop:$family" 2>&1) ||
        bail_out "api_wds start:$family runs" "$OUT"
    check_contains "SLQSStartStopDataSession starts IPv$family" "$OUT" "start $family: rc 0"
done
stop_sdk
stop_qmisim

# WDS (01) Start Network: qmicli's IPv4 and IPv6 requests are 1 and 2, the SDK's 3 and 4.
same "SLQSStartStopDataSession (IPv4) sends what qmicli --wds-start-network=...,ip-type=4 sends" \
    01 0020 1 3
same "SLQSStartStopDataSession (IPv6) sends what qmicli --wds-start-network=...,ip-type=6 sends" \
    01 0020 2 4
# The family the client of the N-th IPv6 Start Network (TLV 0x19 = 06) in the
# recording had asked for with Set IP Family (0x004D, TLV 0x01) before; "none".
family_before_v6_start() {
    host_requests 01 | awk -v want="$1" '
        $2 == "004D" { for (i = 3; i <= NF; i++) if ($i ~ /^01:/) family[$1] = substr($i, 4) }
        $2 == "0020" && / 19:06( |$)/ && ++n == want {
            print(($1 in family) ? family[$1] : "none")
            exit
        }'
}
# The second IPv6 start is the SDK's: its client was made an IPv6 client first.
check_eq "SLQSStartStopDataSession (IPv6) sets its client's IP family (Set IP Family 6) first" \
    "$(family_before_v6_start 2)" 06

rm -f "$conf"
finish
