#!/usr/bin/env bash
# Interop: the requests the DMS functions send equal what libqmi's qmicli
# sends for the same thing, TLV for TLV (order, transaction and client ids
# aside), as qmisim records them: SetPower (DMS Set Operating Mode), the
# legacy UIMVerifyPIN (DMS UIM Verify PIN), and the UIM fallback of
# UIMVerifyPIN, UIMGetICCID and GetIMSI (UIM Verify PIN, Read Transparent).
. "$(dirname "$0")/sdk_lib.bash"
. "$(dirname "$0")/record_lib.bash"
require_fixtures
require_qmicli

API_DMS=$BIN/tests/integration/api_dms
[ -x "$API_DMS" ] || skip_all "api_dms is not built (run make itests)"

qmisim_dir
REC=$QMISIM_DIR/session.rec
conf=$(sim_config "$(printf '[dms]\nlegacy_uim = yes')")
start_qmisim "$conf" --record "$REC"

# qmicli first (it opens the pty itself), then the SDK on the same modem.
for args in --dms-set-operating-mode=low-power --dms-uim-verify-pin=PIN,1234 \
    --uim-verify-pin=PIN1,1234 --uim-read-transparent=0x3F00,0x2FE2 \
    --uim-read-transparent=0x3F00,0x7FFF,0x6F07 --dms-set-operating-mode=online; do
    out=$(qmi "$args") || bail_out "qmicli $args" "$out"
done
start_sdk qmux
OUT=$(env SLQS_SOCKET="$SDK_SOCK" "$API_DMS" setpower:1 verify:1:1234 \
    sh:"'$QMISIM' --ctl '$CTL' dms legacy-uim no >/dev/null" verify:1:1234 iccid imsi 2>&1) ||
    bail_out "api_dms runs" "$OUT"
stop_sdk
stop_qmisim

same "SetPower(1) sends what qmicli --dms-set-operating-mode=low-power sends" 02 002E
same "UIMVerifyPIN (legacy) sends what qmicli --dms-uim-verify-pin sends" 02 0028
same "UIMVerifyPIN (UIM fallback) sends what qmicli --uim-verify-pin sends" 0B 0026

# Read Transparent: qmicli's ICCID read first, then its IMSI read; ours the same order.
reads=$(requests 0B 0020)
check_eq "UIMGetICCID (UIM fallback) reads EF-ICCID as qmicli --uim-read-transparent" \
    "$(sed -n 3p <<<"$reads")" "$(sed -n 1p <<<"$reads")"
check_eq "GetIMSI (UIM fallback) reads EF-IMSI as qmicli --uim-read-transparent" \
    "$(sed -n 4p <<<"$reads")" "$(sed -n 2p <<<"$reads")"
check_contains "... and both gave the SIM's numbers" "$OUT" "iccid: rc=0 '89001000000123456784'"
check_contains "... the IMSI" "$OUT" "imsi: rc=0 '001010123456789'"
rm -f "$conf"
finish
