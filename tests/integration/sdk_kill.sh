#!/usr/bin/env bash
# 200 applications killed with SIGKILL in the middle of their requests
# (responses delayed, CID allocations still in flight for some): afterwards
# qmisim holds exactly the client ids it held before, over both transports.
# Half of the apps are killed only once they hold their two client ids
# (they say so), so the test knows that at least that many were allocated
# and must be released, however slowly the machine allocates them.
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures

killed() {
    local tr=$1 out dms0 uim0
    # A long-lived app keeps a client id through it all.
    "$SDKCLIENT" -s "$SDK_SOCK" hold 120 >/dev/null 2>&1 &
    local holder=$!
    wait_for "the holder's CIDs" 10 cids_are 1 1
    dms0=$(stat_of cids.dms)
    uim0=$(stat_of cids.uim)
    check_eq "$tr: before: one DMS and one UIM client id" "$dms0/$uim0" "1/1"

    local ctl0
    ctl0=$(stat_of requests.ctl)
    simctl delay 100 >/dev/null
    out=$(client killtest 200)
    echo "# $out"
    check_contains "$tr: 200 apps killed with requests in flight" "$out" \
        "killed_mid_request=200 "
    check_contains "$tr: 100 of them held their two client ids when killed" "$out" \
        "holding=100"
    simctl delay 0 >/dev/null
    wait_for "CIDs back where they were" 60 cids_are "$dms0" "$uim0"
    local ctl=$(($(stat_of requests.ctl) - ctl0))
    echo "# CTL requests during the test (allocations and releases): $ctl"
    [ "$ctl" -ge 400 ]
    check_status "$tr: the dying apps did get client ids (>= 200 allocated and released)" $? 0
    check_eq "$tr: qmisim's client ids are where they started" \
        "$(stat_of cids.dms)/$(stat_of cids.uim)" "$dms0/$uim0"
    wait_for "daemon settled" 10 bash -c "[ \"\$('$SDKCLIENT' -s '$SDK_SOCK' stats | grep -o 'pending=[0-9]*')\" = pending=0 ]"
    check_eq "$tr: the daemon holds only the survivor's" "$(sdk_stat cids)/$(sdk_stat apps)" "2/1"
    out=$(client raw 2 0x21)
    check_contains "$tr: and still serves" "$out" "raw: status=0"
    kill "$holder" 2>/dev/null
    wait "$holder" 2>/dev/null
    wait_for "the holder's CIDs released" 10 cids_are 0 0
    check_eq "$tr: all given back once the survivor leaves" \
        "$(stat_of cids.dms)/$(stat_of cids.uim)" "0/0"
}
for_each_transport killed
finish
