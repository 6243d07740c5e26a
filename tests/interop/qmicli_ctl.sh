#!/usr/bin/env bash
# Interop: libqmi's qmicli speaks CTL to qmisim on its pty - version info,
# client id allocation and release, Sync, and the CID limit.
. "$(dirname "$0")/lib.sh"
require_qmicli
start_qmisim -

check_qmi "version info answers" "Supported versions:" --get-service-version-info
for svc in "ctl (1.5)" "dms (" "nas (" "wds (" "uim (" "wda ("; do
    check_contains "version info lists ${svc%% *}" "$out" "$svc"
done

# Allocate a DMS client and keep it, then release it by its number.
out=$(qmi --dms-noop --client-no-release-cid)
cid=$(echo "$out" | sed -n "s/.*CID: '\([0-9]*\)'.*/\1/p")
if [ -n "$cid" ]; then ok "allocate a DMS client id ($cid)"; else not_ok "allocate a DMS client id" "$out"; fi
check_eq "the simulator counts it" "$(stat_of cids.dms)" 1
out=$(qmi --dms-noop --client-cid="$cid")
check_status "release it with --client-cid" $? 0 "$out"
check_eq "no DMS client id left" "$(stat_of cids.dms)" 0

# A CID that was never allocated is refused.
check_qmi "an unknown client id is refused" "InvalidClientId" \
    --dms-get-manufacturer --client-cid=77 --client-no-release-cid

# Sync on open drops whatever a crashed host left behind.
qmi --wds-noop --client-no-release-cid >/dev/null
qmi --nas-noop --client-no-release-cid >/dev/null
check_eq "two client ids held" "$(stat_of cids.wds)$(stat_of cids.nas)" 11
check_qmi "open with Sync" "Supported versions:" --device-open-sync --get-service-version-info
check_eq "Sync dropped them" "$(stat_of cids.wds)$(stat_of cids.nas)" 00

# The per-service limit: exhausted, allocation fails with ClientIdsExhausted.
simctl exhaust uim >/dev/null
check_qmi "an exhausted service refuses a client id" "ClientIdsExhausted" --uim-noop
simctl release-all >/dev/null
check_qmi "after release-all it allocates again" "Service: 'uim'" --uim-noop --client-no-release-cid

# The Sync of a simulated reset reaches a host, which still works afterwards.
simctl reset >/dev/null
check_qmi "qmicli works after a reset" "Supported versions:" --get-service-version-info
check_eq "the reset dropped every client id" "$(stat_of cids.uim)" 0

finish
