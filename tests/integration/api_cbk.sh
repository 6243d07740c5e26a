#!/usr/bin/env bash
# The service callbacks (qaGobiApiCbk.h) end to end: api_cbk (tests/
# integration/api_cbk.c, public headers and libraries only) sets every
# callback through slqssdk on qmisim, over both transports; changes
# injected through qmisim's control interface must reach each callback,
# in the order they were made, and stop once it is unset.
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures

API_CBK=$BIN/tests/integration/api_cbk
[ -x "$API_CBK" ] || skip_all "api_cbk is not built (run make itests)"

CONF='[uim]
pin_enabled = no'

# cmd LINE: one command to api_cbk; waits for its "ok".
cmd() {
    local want=$(( $(grep -c '^ok$' "$CBK_OUT") + 1 ))
    echo "$1" >&7
    wait_for "api_cbk answers $1" 20 oks_reach "$want" ||
        not_ok "api_cbk answers $1" "no ok" "$(cat "$CBK_OUT")"
}
oks_reach() { [ "$(grep -c '^ok$' "$CBK_OUT")" -ge "$1" ]; }

# since MARK: the callback lines after the last line equal to MARK.
since() {
    awk -v m="$1" '$0 == m { n = NR } { l[NR] = $0 } END { for (i = n + 1; i <= NR; i++) print l[i] }' \
        "$CBK_OUT"
}

# event NAME MARK REGEX: waits for a line matching REGEX after MARK.
event() {
    if wait_for "$1" 20 bash -c "$(declare -f since); CBK_OUT='$CBK_OUT'; since '$2' | grep -Eq '$3'"; then
        ok "$1"
    else
        not_ok "$1" "no line matching '$3' after '$2'" "$(since "$2")"
    fi
}

# in_order NAME MARK REGEX...: after MARK, the first lines matching each REGEX come in this order.
in_order() {
    local name=$1 mark=$2 prev=0 n re
    shift 2
    for re in "$@"; do
        n=$(since "$mark" | grep -nE -m1 "$re" | cut -d: -f1)
        if [ -z "$n" ] || [ "$n" -le "$prev" ]; then
            not_ok "$name" "'$re' is not after the previous line" "$(since "$mark")"
            return
        fi
        prev=$n
    done
    ok "$name"
}

cbk_checks() {
    local tr=$1 power=yes

    wait_for "registered" 10 bash -c "'$QMISIM' --ctl '$CTL' nas status | grep -q 'nas.registration=registered'"
    CBK_OUT=$QMISIM_DIR/api_cbk.out
    rm -f "$QMISIM_DIR/api_cbk.in"
    mkfifo "$QMISIM_DIR/api_cbk.in"
    timeout -k 5 120 env SLQS_SOCKET="$SDK_SOCK" "$API_CBK" <"$QMISIM_DIR/api_cbk.in" \
        >"$CBK_OUT" 2>&1 &
    local pid=$!
    exec 7>"$QMISIM_DIR/api_cbk.in"

    cmd set
    for name in strength strengths siginfo serving roaming rf reject uim; do
        check_contains "$tr: set $name" "$(cat "$CBK_OUT")" "set $name rc 0"
    done
    if grep -q '^set power rc 1071$' "$CBK_OUT"; then
        power=no	# qmisim does not answer DMS Set Event Report (yet)
    else
        check_contains "$tr: set power" "$(cat "$CBK_OUT")" "set power rc 0"
    fi

    # Signal: -65 dBm -> -75 (crosses -70) -> -85 (crosses -80), in that order.
    simctl nas signal rssi=-75 >/dev/null
    event "$tr: strength -75" "ok" '^strength -75 radio 8$'
    simctl nas signal rssi=-85 rsrp=-105 >/dev/null
    event "$tr: strength -85" "ok" '^strength -85 radio 8$'
    in_order "$tr: signal strengths in order" "ok" '^strength -75 radio 8$' '^strength -85 radio 8$'
    in_order "$tr: SLQSSetSignalStrengthsCallback in order" "ok" \
        '^strengths rssi -75 radio 8 ' '^strengths rssi -85 radio 8 '
    if grep -q '^siginfo thresholds refused$' "$CBK_OUT"; then
        # (a modem without Config Signal Info v2 reports every change)
        in_order "$tr: SLQSNasSigInfo2CallBack in order" "ok" \
            '^siginfo lte rssi -75 ' '^siginfo lte rssi -85 .* rsrp -105 '
    else
        # Its RSRP thresholds (-100, -90 dBm) honoured: -75 dBm RSSI alone
        # crosses none, RSRP -95 -> -105 crosses -100. The first report
        # must be that one: nothing came before it.
        event "$tr: SLQSNasSigInfo2CallBack on the RSRP threshold" "ok" \
            '^siginfo lte rssi -85 .* rsrp -105 '
        check_not_contains "$tr: SLQSNasSigInfo2CallBack quiet between thresholds" \
            "$(since ok)" "siginfo lte rssi -75 "
    fi

    # Band and channel.
    simctl nas set lte_band=7 lte_earfcn=3100 >/dev/null
    event "$tr: RF info" "ok" '^rf radio 8 band 126 channel 3100$'

    # Roaming, home, then denied with cause 15: serving system, roaming, reject in order.
    simctl nas register roaming >/dev/null
    event "$tr: roaming" "ok" '^roaming 0$'
    simctl nas register home >/dev/null
    event "$tr: home" "ok" '^roaming 1$'
    simctl nas register denied 15 >/dev/null
    event "$tr: LU reject" "ok" '^reject domain [0-9]+ cause 15$'
    in_order "$tr: serving system follows the registration" "ok" \
        '^serving reg 1 cs 1 ps 1 net 2 radios 1 8 roaming 0$' '^roaming 0$' \
        '^serving reg 1 cs 1 ps 1 net 2 radios 1 8 roaming 1$' '^roaming 1$' '^serving reg 3 '
    simctl nas register home >/dev/null

    # SIM out and in.
    simctl uim remove >/dev/null
    event "$tr: SIM removed" "ok" '^uim slots 1 card 0$'
    simctl uim insert >/dev/null
    event "$tr: SIM inserted" "ok" '^uim slots 1 card 1$'
    in_order "$tr: SIM events in order" "ok" '^uim slots 1 card 0$' '^uim slots 1 card 1$'

    if [ $power = yes ]; then
        simctl dms mode low-power >/dev/null
        event "$tr: power low" "ok" '^power 1$'
        simctl dms mode online >/dev/null
        event "$tr: power online" "ok" '^power 0$'
        in_order "$tr: power in order" "ok" '^power 1$' '^power 0$'
    else
        ok "$tr: SetPowerCallback # SKIP qmisim does not answer DMS Set Event Report (1071)"
    fi
    wait_for "registered again" 10 bash -c "'$QMISIM' --ctl '$CTL' nas status | grep -q 'nas.registration=registered'"

    # A modem reset drops every client id and registration: the SDK registers
    # the callbacks again before the application hears READY.
    cmd "mark reset"
    simctl reset >/dev/null
    event "$tr: reset reported" "mark reset" '^device 1$'
    wait_for "registered again" 10 bash -c "'$QMISIM' --ctl '$CTL' nas status | grep -q 'nas.registration=registered'"
    simctl nas signal rssi=-75 >/dev/null
    event "$tr: strength after the reset" "mark reset" '^strength -75 radio 8$'
    simctl uim remove >/dev/null
    event "$tr: SIM callback after the reset" "mark reset" '^uim slots 1 card 0$'
    simctl uim insert >/dev/null
    event "$tr: SIM back after the reset" "mark reset" '^uim slots 1 card 1$'
    wait_for "registered again" 10 bash -c "'$QMISIM' --ctl '$CTL' nas status | grep -q 'nas.registration=registered'"

    # Unset all but the serving system callback, change everything, then move
    # to UMTS: nothing may come before the UMTS serving system event.
    [ $power = yes ] && cmd "unset power"
    for name in strength strengths siginfo roaming rf reject uim; do
        cmd "unset $name"
        check_contains "$tr: unset $name" "$(cat "$CBK_OUT")" "unset $name rc 0"
    done
    simctl nas signal rssi=-55 rsrp=-80 >/dev/null
    simctl nas set lte_band=3 lte_earfcn=1300 >/dev/null
    simctl nas register roaming >/dev/null
    simctl uim remove >/dev/null
    simctl uim insert >/dev/null
    [ $power = yes ] && simctl dms mode low-power >/dev/null && simctl dms mode online >/dev/null
    wait_for "registered again" 10 bash -c "'$QMISIM' --ctl '$CTL' nas status | grep -q 'nas.registration=registered'"
    simctl nas rat umts >/dev/null
    event "$tr: serving system still set" "unset uim rc 0" '^serving reg 1 .* radios 1 5'
    check_eq "$tr: nothing after unsetting" \
        "$(since "unset uim rc 0" | grep -Ev '^(serving |ok$)')" ""

    cmd "unset serving"
    echo quit >&7
    exec 7>&-
    wait "$pid"
    check_eq "$tr: api_cbk exits" "$?" 0
    sed "s/^/# $tr: /" "$CBK_OUT"	# the transcript, for the log
}

for_each_transport cbk_checks "$CONF"
finish
