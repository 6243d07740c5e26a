#!/usr/bin/env bash
# Interop: the profile requests the SDK sends equal what libqmi's qmicli
# sends for the same thing, TLV for TLV (order, transaction and client ids
# aside), as qmisim records them: Create Profile (name, APN, PDP type
# IPv4v6, CHAP, user name, password), Sierra's Create Profile Indexed,
# Modify Profile, Delete Profile, Get Default Settings and Get Default
# Profile Number. qmicli runs first, then
# api_wds_profile with the same values on the same modem.
. "$(dirname "$0")/sdk_lib.bash"
. "$(dirname "$0")/record_lib.bash"
require_fixtures
require_qmicli

API=$BIN/tests/integration/api_wds_profile
[ -x "$API" ] || skip_all "api_wds_profile is not built (run make itests)"

qmisim_dir
REC=$QMISIM_DIR/session.rec
conf=$(sim_config '[uim]
pin_enabled = no')
start_qmisim "$conf" --record "$REC"

# Each creates profile 2 (the first free index), changes it and deletes it again.
for args in "--wds-create-profile=3gpp,name=work,apn=m2m.example,pdp-type=IPV4V6,auth=CHAP,username=bob,password=pw1" \
    "--wds-modify-profile=3gpp,2,apn=iot.example,username=carol,auth=PAP" \
    --wds-delete-profile=3gpp,2 \
    "--wds-swi-create-profile-indexed=3gpp,5,name=work,apn=m2m.example,pdp-type=IPV4V6,auth=CHAP,username=bob,password=pw1" \
    --wds-delete-profile=3gpp,5 --wds-get-default-settings=3gpp \
    --wds-get-default-profile-number=3gpp; do
    out=$(qmi "$args")
    [ $? -lt 124 ] || bail_out "qmicli $args answered" "$out"
    check_not_contains "qmicli $args: accepted" "$out" "error"
done
start_sdk qmux
OUT=$(env SLQS_SOCKET="$SDK_SOCK" "$API" create:work:m2m.example:3:2:bob:pw1 \
    modify:2:iot.example:carol::1 delete:2 create:work:m2m.example:3:2:bob:pw1:5 default \
    setdefault 2>&1) ||
    bail_out "api_wds_profile runs" "$OUT"
check_contains "api_wds_profile: the profile is created at 2" "$OUT" "create: rc 0 type 0 index 2"
check_contains "api_wds_profile: ... and at 5" "$OUT" "create: rc 0 type 0 index 5"
stop_sdk
stop_qmisim

same "SLQSCreateProfile sends what qmicli --wds-create-profile sends" 01 0027
# SetDefaultProfile modifies too: the SDK's first Modify Profile is SLQSModifyProfile's.
same "SLQSModifyProfile sends what qmicli --wds-modify-profile sends" 01 0028 1 2
same "SLQSCreateProfile at index 5 sends what qmicli --wds-swi-create-profile-indexed sends" \
    01 5558
same "SLQSDeleteProfile sends what qmicli --wds-delete-profile sends" 01 0029
same "GetDefaultProfile sends what qmicli --wds-get-default-settings sends" 01 002C 1 2
same "SetDefaultProfile asks for the default as qmicli --wds-get-default-profile-number does" \
    01 0049
# The creation as recorded, for the log.
requests 01 0027 | sed 's/^/# Create Profile:/'
rm -f "$conf"
finish
