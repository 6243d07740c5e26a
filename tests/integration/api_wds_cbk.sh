#!/usr/bin/env bash
# The data session and SDK callbacks (qaGobiApiCbk.h) end to end: api_wds_cbk
# (tests/integration/api_wds_cbk.c) sets them through slqssdk on qmisim, over
# both transports, with a dual-stack session of instance 0 up; qmisim's
# control commands drop it from the network, make it dormant and change the
# bearer; killing slqssdk ends the run.
. "$(dirname "$0")/sdk_lib.bash"
. "$(dirname "$0")/app_lib.bash"
require_fixtures

API=$BIN/tests/integration/api_wds_cbk
[ -x "$API" ] || skip_all "api_wds_cbk is not built (run make itests)"

CONF='[uim]
pin_enabled = no'

registered() { simctl nas status | grep -q 'nas.registration=registered'; }
counter_reports_reach() { [ "$(app_since "mark counters" | grep -c '^event inst 0 tx-packets')" -ge "$1" ]; }

wds_cbk_checks() {
    local tr=$1

    wait_for "registered" 10 registered
    app_start api_wds_cbk "$API"
    for name in session packet terminated "events 1 0 7"; do
        app_cmd "set $name"
        check_contains "$tr: set ${name%% *}" "$(cat "$APP_OUT")" "set ${name%% *} rc 0"
    done
    [ "$tr" = gobinet ] && app_cmd "unset terminated"	# NULL: no call when slqssdk dies

    app_cmd "mark start"
    app_cmd "start 7"
    # eQCWWAN_ERR_SWICM_V4UP_V6UP (0xE00C): both families up.
    check_contains "$tr: dual-stack session up" "$(cat "$APP_OUT")" "start 7 rc 57356 "
    local ids
    ids=$(sed -n 's/^start 7 rc 57356 v4 \([1-9][0-9]*\) v6 \([1-9][0-9]*\)$/\1\/\2/p' "$APP_OUT")
    [ -n "$ids" ] || not_ok "$tr: session ids" "none" "$(cat "$APP_OUT")"
    app_event "$tr: session state: connected" "mark start" '^session inst 0 svc 1 state 2 '
    app_event "$tr: packet service: IPv6 connected" "mark start" '^packet inst 0 conn 2 .* family 6 '

    # Counters every second per family (qmisim's traffic grows at its
    # tx_rate/rx_rate, so every report has changed ones).
    app_cmd "mark counters"
    app_event "$tr: periodic counters" "mark counters" \
        '^event inst 0 tx-packets [0-9]+ rx-packets [0-9]+ tx-bytes [1-9][0-9]* rx-bytes [1-9]'
    if wait_for "two periods of counter reports" 10 counter_reports_reach 4; then
        ok "$tr: counters again after the interval"
    else
        not_ok "$tr: counters again after the interval" "fewer than 4 reports" "$(cat "$APP_OUT")"
    fi

    app_cmd "mark dormancy"
    simctl wds dormant on >/dev/null
    app_event "$tr: dormant" "mark dormancy" '^event inst 0 dormancy 1$'
    simctl wds dormant off >/dev/null
    app_event "$tr: active again" "mark dormancy" '^event inst 0 dormancy 2$'

    app_cmd "mark bearer"
    simctl nas rat umts >/dev/null
    app_event "$tr: bearer HSDPA+HSUPA" "mark bearer" '^event inst 0 bearer 9$'
    simctl nas rat lte >/dev/null
    app_event "$tr: bearer LTE" "mark bearer" '^event inst 0 bearer 10$'
    wait_for "registered" 10 registered

    # A network-initiated drop, regular deactivation: legacy 1008, verbose 3GPP 36.
    app_cmd "mark drop"
    simctl wds drop regular-deactivation >/dev/null
    app_event "$tr: session state: dropped with the reason and the session ids" "mark drop" \
        "^session inst 0 svc 1 state 1 reconfig 0 reason 1008 ids $ids\$"
    app_event "$tr: packet service: IPv4 dropped" "mark drop" \
        '^packet inst 0 conn 1 reason 1008 verbose 6/36 family 4 tech 8004 '
    app_event "$tr: packet service: IPv6 dropped" "mark drop" \
        '^packet inst 0 conn 1 reason 1008 verbose 6/36 family 6 tech 8004 '

    # A modem reset: the SDK registers the WDS events again (READY), so a
    # new session reports its counters without the application's help.
    app_cmd "mark reset"
    simctl reset >/dev/null
    app_event "$tr: reset reported" "mark reset" '^device 1$'
    wait_for "registered after the reset" 10 registered
    app_cmd "start 4"
    app_event "$tr: session state after the reset" "mark reset" '^session inst 0 svc 1 state 2 '
    app_event "$tr: counters after the reset" "mark reset" '^event inst 0 tx-packets '
    simctl wds drop >/dev/null
    app_event "$tr: dropped again" "mark reset" '^packet inst 0 conn 1 reason 1008 '

    # NULL unsubscribes: only the packet service callback is left to hear
    # the next session's dormancy change and drop.
    app_cmd "unset session"
    app_cmd "unset events 0"
    check_contains "$tr: unset session" "$(cat "$APP_OUT")" "unset session rc 0"
    check_contains "$tr: unset events" "$(cat "$APP_OUT")" "unset events rc 0"
    app_cmd "start 4"
    app_cmd "mark unset"
    simctl wds dormant on >/dev/null
    simctl wds dormant off >/dev/null
    simctl wds drop network-end >/dev/null
    app_event "$tr: packet service still set" "mark unset" '^packet inst 0 conn 1 reason 1003 '
    check_eq "$tr: no session state or event after unsetting" \
        "$(app_since "mark unset" | grep -E '^(session|event) ')" ""
    app_cmd "unset packet"

    # The daemon goes away.
    app_cmd "mark kill"
    kill -9 "$SDK_PID"
    app_event "$tr: disconnected" "mark kill" '^device 0$'
    if [ "$tr" = gobinet ]; then
        check_eq "$tr: no SDK-terminated call once unset" \
            "$(app_since "mark kill" | grep '^terminated')" ""
    else
        app_event "$tr: SDK terminated" "mark kill" '^terminated '
        check_eq "$tr: SDK terminated before the device state" \
            "$(app_since "mark kill" | grep -E '^(terminated|device)' | head -1 | cut -d' ' -f1)" \
            terminated
    fi
    app_quit "$tr"
}

for_each_transport wds_cbk_checks "$CONF"
finish
