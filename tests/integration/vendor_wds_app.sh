#!/usr/bin/env bash
# A data-session application written for the vendor SDK 4.x (tests/
# integration/vendor_wds_app.c: SWIWWANCMAPI.h, the vendor's names and types
# only) starts a dual-stack session, prints its settings and stops it,
# against slqssdk serving qmisim over both transports; the settings are
# those qmisim hands out. tests/build/vendor_app.sh checks that the source
# compiles with -Werror and links with the vendor's link line; the cross
# step runs this script with the program emulated (arm-daemon:, arm-peers:).
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures

APP=$BIN/tests/integration/vendor_wds_app
[ -x "$APP" ] || skip_all "vendor_wds_app is not built ($APP missing: run make itests)"

run_app() {
    local tr=$1 out rc
    wait_for "registered" 10 bash -c "'$QMISIM' --ctl '$CTL' nas status | grep -q 'nas.registration=registered'"
    out=$(timeout -k 5 120 env SLQS_SOCKET="$SDK_SOCK" "$APP" 2>&1)
    rc=$?
    check_eq "$tr: the vendor-style data application succeeds" "$rc" 0
    check_contains "$tr: dual-stack up (V4UP_V6UP)" "$out" "start: 57356 v4 up v6 up"
    check_contains "$tr: both connected" "$out" "state: v4 2 v6 2"
    check_contains "$tr: the APN" "$out" "apn: internet"
    check_contains "$tr: the IPv4 address" "$out" "ipv4: 192.0.2.2"
    check_contains "$tr: the IPv4 gateway" "$out" "gateway: 192.0.2.1"
    check_contains "$tr: the IPv6 address" "$out" "ipv6: 2001:db8:1:0:0:0:0:2/64"
    check_contains "$tr: the IPv6 DNS" "$out" "ipv6 dns: 2001:db8:0:0:0:0:0:53"
    check_contains "$tr: the MTU" "$out" "mtu: 1500"
    check_contains "$tr: stopped" "$out" "stopped: v4 down v6 down"
    if wait_for "no session left" 10 bash -c "'$QMISIM' --ctl '$CTL' wds status | grep -q 'sessions=0 '"; then
        ok "$tr: ... qmisim has no session left"
    else
        not_ok "$tr: ... qmisim has no session left" "$(simctl wds status)"
    fi
    [ "$TAP_FAILED" -eq 0 ] || echo "$out" | sed 's/^/# /'
}

for_each_transport run_app "$(printf '[uim]\npin_enabled = no\n')"
finish
