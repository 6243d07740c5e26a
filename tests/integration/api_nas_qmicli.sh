#!/usr/bin/env bash
# Interop: the requests the NAS and UIM functions send equal what libqmi's
# qmicli sends for the same thing, TLV for TLV (order, transaction and
# client ids aside), as qmisim records them. qmicli runs first, then the
# SDK's test clients on the same modem; where a function's request depends
# on its caller (a signal request mask, a SIM session), the client is given
# what qmicli chose.
. "$(dirname "$0")/sdk_lib.bash"
. "$(dirname "$0")/record_lib.bash"
require_fixtures
require_qmicli

API_NAS=$BIN/tests/integration/api_nas
API_UIM=$BIN/tests/integration/api_uim
if [ ! -x "$API_NAS" ] || [ ! -x "$API_UIM" ]; then
    skip_all "api_nas/api_uim are not built (run make itests)"
fi

qmisim_dir
REC=$QMISIM_DIR/session.rec
conf=$(sim_config)
start_qmisim "$conf" --record "$REC"

# qmicli's set-system-selection-preference with GSM/UMTS/LTE modes adds a
# permanent change duration, automatic GSM/WCDMA order and the radio order
# in the order given (LTE 8, UMTS 5); setacq sends the same.
for args in --nas-get-signal-strength --nas-get-signal-info --nas-get-rf-band-info \
    --nas-get-serving-system --nas-get-home-network --nas-get-system-info \
    --nas-get-cell-location-info --nas-get-system-selection-preference \
    "--nas-set-system-selection-preference=lte|umts" --nas-network-scan \
    --uim-get-card-status --uim-get-slot-status --uim-verify-pin=PIN1,1234 \
    --uim-change-pin=PIN1,1234,4321 --uim-set-pin-protection=PIN1,disable,4321 \
    --uim-unblock-pin=PIN1,12345678,1234 --uim-read-transparent=0x3F00,0x2FE2; do
    # A modem error is an answer (the request is what counts); a hang is not.
    out=$(qmi "$args")
    [ $? -lt 124 ] || bail_out "qmicli $args answered" "$out"
done
start_sdk qmux
sdk() { env SLQS_SOCKET="$SDK_SOCK" "$@" 2>&1; }
# One topic a run: its functions' requests come in the order api_nas.c calls them.
for cmd in signal serving cell "selpref setacq:0x18:1:0:8,5 scan strength:0xEF"; do
    # shellcheck disable=SC2086 # the steps are words
    OUT=$(sdk "$API_NAS" $cmd) || bail_out "api_nas $cmd runs" "$OUT"
done
# qmicli's PIN requests name the session of card slot 1 (6), its reads the
# primary GW provisioning session (0).
for cmd in status slots "6 verify 1234" "6 change 1234 4321" "6 protect off 4321" \
    "6 unblock 12345678 1234" "0 read 2FE2 3F00"; do
    # shellcheck disable=SC2086 # the words of one command
    set -- $cmd
    session=
    [ "$1" = "${1#[0-9]}" ] || { session=$1; shift; }
    OUT=$(API_UIM_SESSION=$session sdk "$API_UIM" "$@") || bail_out "api_uim $cmd runs" "$OUT"
done
stop_sdk
stop_qmisim

# NAS (03). Requests 1 are qmicli's; the SDK's follow in api_nas.c's order.
same "SLQSGetSignalStrength (mask 0xEF) sends what qmicli --nas-get-signal-strength sends" 03 0020
same "SLQSNasGetSigInfo sends what qmicli --nas-get-signal-info sends" 03 004F
same "GetRFInfo sends what qmicli --nas-get-rf-band-info sends" 03 0031
same "GetServingNetwork sends what qmicli --nas-get-serving-system sends" 03 0024 1 2
same "SLQSGetServingSystem sends what qmicli --nas-get-serving-system sends" 03 0024 1 3
same "GetHomeNetwork sends what qmicli --nas-get-home-network sends" 03 0025
same "SLQSNasGetSysInfo sends what qmicli --nas-get-system-info sends" 03 004D
same "SLQSNasGetCellLocationInfo sends what qmicli --nas-get-cell-location-info sends" 03 0043
same "SLQSGetSysSelectionPref sends what qmicli --nas-get-system-selection-preference sends" \
    03 0034
same "SLQSSetSysSelectionPref sends what qmicli --nas-set-system-selection-preference=lte|umts sends" \
    03 0033
same "PerformNetworkScan sends what qmicli --nas-network-scan sends" 03 0021

# UIM (0B).
same "SLQSUIMGetCardStatus sends what qmicli --uim-get-card-status sends" 0B 002F
same "SLQSUIMGetSlotsStatus sends what qmicli --uim-get-slot-status sends" 0B 0047
same "SLQSUIMVerifyPin sends what qmicli --uim-verify-pin sends" 0B 0026
same "SLQSUIMChangePin sends what qmicli --uim-change-pin sends" 0B 0028
same "SLQSUIMSetPinProtection sends what qmicli --uim-set-pin-protection sends" 0B 0025
same "SLQSUIMUnblockPin sends what qmicli --uim-unblock-pin sends" 0B 0027
same "SLQSUIMReadTransparent sends what qmicli --uim-read-transparent sends" 0B 0020
rm -f "$conf"
finish
