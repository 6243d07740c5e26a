#!/usr/bin/env bash
# Interop: the requests the DMS functions send equal what libqmi's qmicli
# sends for the same thing, TLV for TLV (order, transaction and client ids
# aside), as qmisim records them: SetPower (DMS Set Operating Mode), the
# legacy UIMVerifyPIN (DMS UIM Verify PIN), and the UIM fallback of
# UIMVerifyPIN, UIMGetICCID and GetIMSI (UIM Verify PIN, Read Transparent).
. "$(dirname "$0")/sdk_lib.bash"
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

# requests SVC MSG: the TLVs of each host request SVC/MSG (hex, e.g. 02 002E)
# in the recording, one request a line, its TLVs sorted by type.
requests() {
    awk -v svc="$1" -v msg="$2" '
        $3 == "host" && $8 == svc && $14 $13 == msg {
            n = 0
            for (i = 17; i + 2 <= NF; i += 3 + len) {
                len = strtonum_hex($(i + 2) $(i + 1))
                v = $i ":"
                for (j = 0; j < len; j++) v = v $(i + 3 + j)
                t[n++] = v
            }
            for (a = 1; a < n; a++)	# insertion sort: a handful of TLVs
                for (b = a; b > 0 && t[b - 1] > t[b]; b--) { x = t[b]; t[b] = t[b - 1]; t[b - 1] = x }
            line = ""
            for (a = 0; a < n; a++) line = line " " t[a]
            print line
        }
        function strtonum_hex(h,   k, r) {
            r = 0
            for (k = 1; k <= length(h); k++) r = r * 16 + index("0123456789ABCDEF", substr(h, k, 1)) - 1
            return r
        }' "$REC"
}

# same NAME SVC MSG: the first request (qmicli's) equals the last (the SDK's).
same() {
    local all first last
    all=$(requests "$2" "$3")
    first=$(head -n 1 <<<"$all")
    last=$(tail -n 1 <<<"$all")
    if [ "$(wc -l <<<"$all")" -lt 2 ] || [ -z "$first" ]; then
        not_ok "$1" "fewer than two $2/$3 requests recorded" "$all"
    else
        check_eq "$1" "$last" "$first"
    fi
}

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
