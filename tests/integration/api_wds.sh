#!/usr/bin/env bash
# The data-session API (qaGobiApiWds.h) end to end: api_wds (tests/
# integration/api_wds.c, public headers and libraries only) against slqssdk
# serving qmisim, over both transports. IPv4, IPv6 and dual-stack sessions
# come up with the settings qmisim hands out, count bytes and packets and
# stop; a wrong password or an unknown APN give the call-end reason; no
# registration (a locked SIM, or searching) fails clearly; an already
# connected session (NoEffect) is success; a session the network dropped
# stops without an error; a held Start Network does not hold up the
# application's other calls; an application killed with a session up
# leaves neither session nor client id behind.
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures

API_WDS=$BIN/tests/integration/api_wds
[ -x "$API_WDS" ] || skip_all "api_wds is not built (run make itests)"

# wds NAME EXPECTED... -- STEPS: runs api_wds STEPS (api_steps, sdk_lib.bash).
wds() { api_steps "$1" "$API_WDS" "${@:2}"; }

# api_wds in the background, its output in $1; sets BG.
wds_bg() {
    local out=$1
    shift
    env SLQS_SOCKET="$SDK_SOCK" "$API_WDS" "$@" >"$out" 2>&1 &
    BG=$!
}

sessions_are() { simctl wds status | grep -q "sessions=$1 "; }
wds_cids_are() { [ "$(stat_of cids.wds)" = "$1" ]; }
output_has() { grep -qF -- "$2" "$1"; }
held_is() { simctl wds hold-start | grep -q "held=$1"; }

# No PIN to enter; traffic fast enough to count packets at once; a network with an authenticating APN and a profile for it,
# and a profile naming an APN the network does not know.
CONF='[uim]
pin_enabled = no
[wds]
tx_rate = 4000000
rx_rate = 11000000
[wds.apn internet]
ip_family = 4v6
[wds.apn corporate]
auth = chap
user = alice
password = s3cret
ipv4 = 198.51.100.10/28
gateway = 198.51.100.1
dns1 = 198.51.100.2
dns2 = none
ip_family = 4
[wds.profile 2]
apn = corporate
auth = chap
user = alice
[wds.profile 3]
apn = nowhere'

V4_SETTINGS="settings v4: ip 192.0.2.2 gw 192.0.2.1 mask 255.255.255.0 dns 192.0.2.53 198.51.100.53"
V6_SETTINGS="settings v6: ip 2001:db8:1::2/64 gw 2001:db8:1::1/64 dns 2001:db8::53"

session_checks() {
    local tr=$1 f name
    wait_for "registered" 10 bash -c "'$QMISIM' --ctl '$CTL' nas status | grep -q 'nas.registration=registered'"

    wds "$tr: IPv4 up" "start 4: rc 0" "GetSessionState: rc 0 state 2" \
        "SLQSGetSessionState: rc 0 v4 2 v6 1" \
        "settings: rc 0 name 'internet' apn 'internet' user '' pdp 0 auth 0 profile 0/1 mtu 1500 family 4 tech 0x8004" \
        "qos not reported" \
        "$V4_SETTINGS" "GetByteTotals: rc 0 counting" "SLQSGetByteTotals: rc 0 v4 counting v6 zero" \
        "GetPacketStatus: rc 0 packets counting errors 0 0 overflows 0 0" \
        "SLQSGetPacketStatistics: rc 0 v4 counting" "GetConnectionRate: rc 0 max 50000000 300000000" \
        "SLQSGetConnectionRate: rc 0 v4 max 50000000 300000000 v6 max 0 0" \
        "SLQSGetCurrentChannelRate: rc 0 max 50000000 300000000" "GetDormancyState: rc 0 state 2" \
        "GetDataBearerTechnology: rc 0 bearer 0x0a" \
        "SLQSGetDataBearerTechnology: rc 0 mask 1 network 2 rat 0x20" \
        "stop 4: rc 0 v4 0 v6 0" -- start:4 state settings counters stop:4 state
    check_contains "$tr: ... down after the stop" "$OUT" "SLQSGetSessionState: rc 0 v4 1 v6 1"
    wait_for "no session left" 10 sessions_are 0 || not_ok "$tr: no session left" "$(simctl wds status)"

    wds "$tr: IPv6 up" "start 6: rc 0" "SLQSGetSessionState: rc 0 v4 1 v6 2" \
        "settings: rc 0 name 'internet' apn 'internet'" "family 6" "$V6_SETTINGS" \
        "SLQSGetByteTotals: rc 0 v4 zero v6 counting" "stop 6: rc 0" \
        -- start:6 state settings counters stop:6

    wds "$tr: dual-stack up: V4UP_V6UP (57356), a session id each" \
        "start 7: rc 57356" "rcv4 0 rcv6 0" "SLQSGetSessionState: rc 0 v4 2 v6 2" \
        "$V4_SETTINGS" "$V6_SETTINGS" "SLQSGetByteTotals: rc 0 v4 counting v6 counting" \
        "SLQSGetPacketStatistics: rc 0 v4 counting v6 counting" \
        "SLQSGetConnectionRate: rc 0 v4 max 50000000 300000000 v6 max 50000000 300000000" \
        "stop 7: rc 0 v4 0 v6 0" \
        -- start:7 state settings counters stop:7 state
    check_contains "$tr: ... both down after the stop" "$OUT" "SLQSGetSessionState: rc 0 v4 1 v6 1"
    if [[ $OUT =~ v4\ ([0-9]+)\ v6\ ([0-9]+)\ rcv4 ]] && [ "${BASH_REMATCH[1]}" != 0 ] &&
        [ "${BASH_REMATCH[1]}" != "${BASH_REMATCH[2]}" ]; then
        ok "$tr: ... two different session ids"
    else
        not_ok "$tr: ... two different session ids" "$OUT"
    fi

    wds "$tr: dual-stack on an IPv4-only APN: V4UP_V6DWN (57355) with IPv6's reason (ip-version-mismatch)" \
        "start 7: rc 57355" "rcv4 0 rcv6 1014" "v4reason 0 v6reason 1 verbose 2:231" \
        "stop 7: rc 0" -- start:7:2:2:alice:s3cret stop:7

    wds "$tr: CHAP with the right password" "start 4: rc 0" \
        "settings: rc 0 name 'corporate' apn 'corporate' user 'alice' pdp 0 auth 2 profile 0/2" \
        "settings v4: ip 198.51.100.10 gw 198.51.100.1 mask 255.255.255.240 dns 198.51.100.2 none" \
        -- start:4:2:2:alice:s3cret settings stop:4
    wds "$tr: a wrong password: CallFailed (1014), auth-failed (10, 3GPP 29)" \
        "start 4: rc 1014 id 0 v4 0 v6 0 rcv4 1014 rcv6 0 reason 10 v4reason 10 v6reason 0 verbose 6:29" \
        -- start:4:2:2:alice:wrong
    wds "$tr: an APN the network lacks: option-unsubscribed (1018, 3GPP 33)" \
        "start 4: rc 1014" "reason 1018" "verbose 6:33" -- start:4:3

    wds "$tr: starting twice: NoEffect is success with the same id" "start 4: rc 0" \
        -- start:4 start:4 stop:4
    if [ "$(grep -c "^start 4: rc 0 id $(echo "$OUT" | sed -n 's/^start 4: rc 0 id \([0-9]*\).*/\1/p' | head -n 1) " <<<"$OUT")" = 2 ]; then
        ok "$tr: ... both starts report the same session id"
    else
        not_ok "$tr: ... both starts report the same session id" "$OUT"
    fi

    # Another application's session: NoEffect, connected, a stop leaves it up.
    f=$QMISIM_DIR/owner.out
    wds_bg "$f" start:4 wait
    wait_for "the owner's session" 20 output_has "$f" waiting
    wds "$tr: a session another application holds counts as started" \
        "start 4: rc 0 id 4294967294" "GetSessionState: rc 0 state 2" "stop 4: rc 0" \
        -- start:4 state stop:4
    if sessions_are 1; then ok "$tr: ... and the owner's session stays up"
    else not_ok "$tr: ... and the owner's session stays up" "$(simctl wds status)"; fi
    kill "$BG"; wait "$BG" 2>/dev/null

    # The network drops the session: the stop that follows is no error.
    wait_for "no session left" 10 sessions_are 0
    rm -f "$QMISIM_DIR/go"
    wds_bg "$f" start:4 waitfile:"$QMISIM_DIR/go" stop:4 state
    wait_for "the session is up" 20 sessions_are 1
    simctl wds drop network-failure >/dev/null
    touch "$QMISIM_DIR/go"
    wait "$BG"
    check_contains "$tr: stopping a session the network dropped is no error" "$(cat "$f")" \
        "stop 4: rc 0 v4 0 v6 0"
    check_contains "$tr: ... it is down" "$(cat "$f")" "GetSessionState: rc 0 state 1"

    # A Start Network the modem holds: the application's other calls go on.
    simctl wds hold-start on >/dev/null
    rm -f "$QMISIM_DIR/go"
    wds_bg "$f" holdtest:"$QMISIM_DIR/go" stop:4
    if wait_for "qmisim holds the Start Network" 20 held_is 1; then
        touch "$QMISIM_DIR/go"
        if wait_for "GetModelID answered" 20 output_has "$f" "GetModelID while starting: rc 0"; then
            ok "$tr: GetModelID answers while a Start Network waits"
        else
            not_ok "$tr: GetModelID answers while a Start Network waits" "$(cat "$f")"
        fi
        name="$tr: GetSessionState (the start's own WDS client) answers meanwhile"
        if wait_for "GetSessionState answered" 20 output_has "$f" \
            "GetSessionState while starting: rc 0 state 1"; then
            ok "$name"
        else
            not_ok "$name" "$(cat "$f")"
        fi
        if ! grep -q "^start" "$f"; then ok "$tr: ... the start was still waiting"
        else not_ok "$tr: ... the start was still waiting" "$(cat "$f")"; fi
    else
        not_ok "$tr: qmisim holds the Start Network" "$(simctl wds hold-start)"
    fi
    simctl wds hold-start off >/dev/null
    wait "$BG"
    check_contains "$tr: ... then the start completes" "$(cat "$f")" "start 4: rc 0"
    check_contains "$tr: ... and stops" "$(cat "$f")" "stop 4: rc 0"

    # An application killed with a dual-stack session up.
    wait_for "no session left" 10 sessions_are 0
    wds_bg "$f" start:7 wait
    wait_for "the application waits" 20 output_has "$f" waiting
    check_contains "$tr: an application starts a dual-stack session" "$(cat "$f")" "start 7: rc 57356"
    if sessions_are 2; then ok "$tr: ... qmisim has both sessions"
    else not_ok "$tr: ... qmisim has both sessions" "$(simctl wds status)"; fi
    kill -9 "$BG"; wait "$BG" 2>/dev/null
    if wait_for "sessions gone" 10 sessions_are 0; then ok "$tr: killed: no session left behind"
    else not_ok "$tr: killed: no session left behind" "$(simctl wds status)"; fi
    if wait_for "WDS client ids released" 10 wds_cids_are 0; then
        ok "$tr: ... and no WDS client id"
    else
        not_ok "$tr: ... and no WDS client id" "$(simctl stats)"
    fi

    wds "$tr: autoconnect and event reports" "GetAutoconnect: rc 0 setting 0" \
        "SetAutoconnect: rc 0" "GetAutoconnect after: rc 0 setting 0" \
        "SLQSWdsSetEventReport: rc 0" -- autoconnect events
    wds "$tr: NULL and bad arguments (4), no session" "bad family: rc 4" "bad instance: rc 4" \
        "bad action: rc 4" "null params: rc 4" "null GetSessionState: rc 4" \
        "null GetByteTotals: rc 4" "null SLQSGetRuntimeSettings: rc 4" \
        "bad SetAutoconnect: rc 4" "no session GetDormancyState: rc 1015" \
        "stop without session: rc 57359" -- errors

    # No registration: searching.
    simctl nas register searching >/dev/null
    wds "$tr: not registered: CallFailed, no-service (3, CM 2001)" \
        "start 4: rc 1014 id 0 v4 0 v6 0 rcv4 1014 rcv6 0 reason 3" "verbose 3:2001" -- start:4
    simctl nas register home >/dev/null
}

# The default SIM wants its PIN: without it, no registration and no session.
locked_checks() {
    local tr=$1
    wds "$tr: a locked SIM (PIN not entered): CallFailed, no-service (3)" \
        "start 7: rc 57353" "rcv4 1014 rcv6 1014" "v4reason 3 v6reason 3" "verbose 3:2001" \
        -- start:7
}

for_each_transport session_checks "$CONF"
for_each_transport locked_checks
finish
