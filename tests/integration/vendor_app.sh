#!/usr/bin/env bash
# An application written for the vendor SDK 4.x (tests/integration/
# vendor_app.c: SWIWWANCMAPI.h, the vendor's names and types only) runs
# against slqssdk serving qmisim over both transports and gets the values
# qmisim is configured with. tests/build/vendor_app.sh checks that the same
# source compiles with -Wall -Wextra -Werror and links with the vendor's
# link line; the cross step runs this script with the program emulated.
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures

VENDOR_APP=$BIN/tests/integration/vendor_app
[ -x "$VENDOR_APP" ] || skip_all "vendor_app is not built ($VENDOR_APP missing: run make itests)"

run_app() {
    local tr=$1 out rc
    out=$(timeout -k 5 120 env SLQS_SOCKET="$SDK_SOCK" "$VENDOR_APP" 2>&1)
    rc=$?
    check_eq "$tr: the vendor-style application succeeds" "$rc" 0
    check_contains "$tr: GetModelID" "$out" "model: EM7411"
    check_contains "$tr: GetSerialNumbers" "$out" "imei: 359072069876540"
    check_contains "$tr: UIMGetICCID" "$out" "iccid: 8949000000000000017"
    check_contains "$tr: GetPower (online)" "$out" "power: 0"
    check_contains "$tr: GetSignalStrengths" "$out" "strength: -71 radio 8"
    [ "$TAP_FAILED" -eq 0 ] || echo "$out" | sed 's/^/# /'
}

for_each_transport run_app "$(printf '[dms]\nmodel = EM7411\nimei = 359072069876540\n[uim]\niccid = 8949000000000000017\n[nas]\nlte_rssi = -71\n')"
finish
