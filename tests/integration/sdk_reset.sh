#!/usr/bin/env bash
# The modem resets (CTL Sync) and is unplugged and plugged back while an
# application sends requests, over both transports: pending requests fail
# at once with a clear code (28 reset, 6 no device), the app hears the
# device state (RESET/GONE then READY), and requests work again with new
# client ids; none is left behind. The client makes each fault itself once
# the state it needs is there (answers flowing, answers dropped, the device
# gone), so nothing here depends on how fast the machine is.
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures

# field NAME LINE: the value of NAME= in a traffic line.
field() {
    echo "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"
}

faults() {
    local tr=$1 out
    # Reset with answers outstanding: qmisim drops the next 3, so those
    # requests are pending when the Sync comes.
    out=$(client fault "$CTL" reset)
    check_status "$tr: reset: the client saw it through" $? 0 "$out"
    echo "# reset: $out"
    check_contains "$tr: reset: traffic recovers (last requests answered)" "$out" "other=0"
    [ "$(field reset "$out")" -ge 1 ]
    check_status "$tr: reset: pending requests fail with the reset code" $? 0
    check_eq "$tr: reset: the app hears RESET then READY" \
        "$(field state_reset "$out")/$(field state_ready "$out")" "1/1"
    [ "$(field last_ok_streak "$out")" -ge 5 ]
    check_status "$tr: reset: requests succeed again" $? 0

    out=$(client fault "$CTL" unplug)
    check_status "$tr: unplug: the client saw it through" $? 0 "$out"
    echo "# unplug: $out"
    check_contains "$tr: unplug: traffic recovers" "$out" "other=0"
    [ "$(field nodev "$out")" -ge 1 ]
    check_status "$tr: unplug: requests fail with NO_DEVICE meanwhile" $? 0
    [ "$(field state_gone "$out")" -ge 1 ] && [ "$(field state_ready "$out")" -ge 1 ]
    check_status "$tr: unplug: the app hears GONE then READY" $? 0
    [ "$(field last_ok_streak "$out")" -ge 5 ]
    check_status "$tr: unplug: requests succeed again after replug" $? 0
    out=$(client enumerate)
    check_contains "$tr: unplug: the device is listed again" "$out" "node=$NODE "

    wait_for "CIDs given back" 10 cids_are 0 0
    check_eq "$tr: no client id left on the modem" "$(stat_of cids.dms)/$(sdk_stat cids)" "0/0"
}
for_each_transport faults
finish
