#!/usr/bin/env bash
# slqssdk under load, over both transports: 64 applications at once, each
# with 100 requests (4 in flight), every answer checked against what the
# modem says; the transaction ids of all of them interleave on one modem.
# Then an application that stops reading while indications pour in: its
# queue stays bounded, the excess is dropped and it is told how many.
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures

load() {
    local tr=$1 out
    out=$(client load 64 100 4)
    check_contains "$tr: 64 apps x 100 requests, all answered correctly" "$out" "failed_apps=0"
    echo "# $out"
    out=$(client load 8 200 1)
    check_contains "$tr: 8 apps x 200 sequential requests" "$out" "failed_apps=0"
    echo "# $out"
    wait_for "CIDs given back" 10 cids_are 0 0
    check_eq "$tr: every client id given back" "$(stat_of cids.dms)/$(sdk_stat cids)" "0/0"
    check_eq "$tr: nothing pending, nothing timed out" \
        "$(sdk_stat pending)/$(sdk_stat timeouts)" "0/0"

    out=$(client slowind "$CTL" 3000)
    echo "# $out"
    check_contains "$tr: a slow app loses indications and hears how many" "$out" "slowind:"
    local lost
    lost=$(echo "$out" | sed -n 's/.* lost=\([0-9]*\).*/\1/p')
    [ -n "$lost" ] && [ "$lost" -gt 0 ]
    check_status "$tr: ... LOST notices were sent" $? 0
    check_eq "$tr: ... as many as the daemon dropped" "$(sdk_stat ind_dropped)" "$lost"
}
for_each_transport load
finish
