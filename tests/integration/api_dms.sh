#!/usr/bin/env bash
# The DMS functions (qaGobiApiDms.h) end to end: api_dms
# (tests/integration/api_dms.c, public API only) against slqssdk serving
# qmisim, over both transports (qmi_wwan-style pty, emulated GobiNet).
#
# Identity, capabilities, bands and operating mode return what qmisim is
# configured with; the DMS-named SIM functions (PIN status, verify, change,
# wrong PINs until blocked, PUK unblock, ICCID, IMSI, SIM state) give the
# same answers whether the firmware still takes the legacy DMS messages
# (legacy_uim = yes) or refuses them and the SDK uses the UIM service; the
# refusal is remembered until the modem resets. Error paths: no SIM, SIM
# locked, PIN blocked for good, buffers too small, NULL arguments.
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures

API_DMS=$BIN/tests/integration/api_dms
[ -x "$API_DMS" ] || skip_all "api_dms is not built (run make itests)"

# run STEPS...: api_dms STEPS on the daemon; its output is left in $OUT.
run() {
    OUT=$(timeout -k 5 120 env SLQS_SOCKET="$SDK_SOCK" "$API_DMS" "$@" 2>&1) ||
        not_ok "api_dms $*" "exited with $?" "$OUT"
}

# has NAME LINE: api_dms printed LINE (a whole line) in the last run.
has() {
    if grep -qxF -- "$2" <<<"$OUT"; then ok "$1"; else not_ok "$1" "want line: $2" "$OUT"; fi
}

# counted SERVICE: qmisim's request counter of SERVICE (dms, uim).
counted() { stat_of "requests.$1"; }

TIME_COUNT=1184263354341
HW=2.5 IMEI=359072069876540 MEID=35907206987654 ESN=80A1B2C3 MSISDN=15555550142
ICCID=8949000012345678901 IMSI=26201987654321 REV="SWI9X30C_02.33.03.00 test"

# ---- identity, capabilities, power (once per transport) ---------------------------------

device_checks() {
    local tr=$1
    run ids caps caps:2 bands power prl prlinfo time args
    has "$tr: GetHardwareRevision returns the configured revision" "hardware: rc=0 '$HW'"
    has "$tr: GetFirmwareRevisions: AMSS revision, no boot or PRI revision" \
        "revisions: rc=0 amss='$REV' boot='' pri=''"
    has "$tr: GetSerialNumbers returns ESN, IMEI and MEID" \
        "serials: rc=0 esn='$ESN' imei='$IMEI' meid='$MEID'"
    has "$tr: GetSerialNumbers leaves a buffer of size 0 alone" \
        "imei only: rc=0 esn='untouched' imei='$IMEI'"
    has "$tr: GetDeviceCapabilities returns rates, services, SIM and radio interfaces" \
        "caps: rc=0 tx=25000000 rx=150000000 data=2 sim=2 n=3 ifaces=4,5,8"
    has "$tr: GetDeviceCapabilities with room for 2 of 3 interfaces: BUFFER_SZ" \
        "caps: rc=5 tx=25000000 rx=150000000 data=2 sim=2 n=2 ifaces="
    has "$tr: SLQSGetBandCapability returns the configured mask" "bands: rc=0 0x2000000C00380"
    has "$tr: GetPower: online" "power: rc=0 mode=0"
    # A 3GPP-only modem has no PRL: qmisim refuses Get PRL Version (NotSupported)
    # and answers Get Current PRL Info without its TLVs.
    has "$tr: GetPRLVersion without a PRL: the modem's NotSupported (1094), no hang" \
        "prl: rc=1094 version=0"
    has "$tr: SLQSGetCurrentPRLInfo without a PRL: success, both values unknown" \
        "prlinfo: rc=0 version=65535 preference=255"
    has "$tr: GetNetworkTime returns the modem's count and source" \
        "time: rc=0 count=$TIME_COUNT source=2"
    has "$tr: NULL arguments give INVALID_ARG, size 0 BUFFER_SZ" "args: 0 wrong"

    run voice verify:1:1234 voice small
    has "$tr: GetVoiceNumber before the PIN: DeviceNotReady (1052)" \
        "voice: rc=1052 number='' min=''"
    has "$tr: GetVoiceNumber after the PIN: the MSISDN, no MIN" \
        "voice: rc=0 number='$MSISDN' min=''"
    has "$tr: buffers one byte short give BUFFER_SZ and empty strings" "small: 0 wrong"

    run setpower:1 power setpower:3 setpower:0 setpower:9 setpower:256 statecb setpower:4 \
        waitreset power
    has "$tr: SetPower low power" "setpower:1: rc=0"
    has "$tr: ... GetPower says low power" "power: rc=0 mode=1"
    has "$tr: SetPower offline" "setpower:3: rc=0"
    has "$tr: leaving offline but by a reset: InvalidTransition (1060)" "setpower:0: rc=1060"
    has "$tr: an unknown mode: the modem's InvalidArgument (1048)" "setpower:9: rc=1048"
    has "$tr: a mode above 255: INVALID_ARG" "setpower:256: rc=4"
    has "$tr: SetPower reset" "setpower:4: rc=0"
    has "$tr: ... the modem resets (DISCONNECTED, READY)" "waitreset: states=DR"
    has "$tr: ... and comes back online" "power: rc=0 mode=0"
}

# ---- the SIM functions (legacy DMS messages or the UIM fallback) -----------------------

sim_checks() {
    local tr="$1 $LEGACY"
    run uimstate pinstatus:1 pinstatus:2 iccid imsi verify:1:0000 verify:1:1234 pinstatus:1 \
        imsi uimstate verify:2:5678 verify:3:1234 verify:1:12
    has "$tr: SLQSUIMGetState: locked before the PIN" "uimstate: rc=0 state=1"
    has "$tr: UIMGetPINStatus PIN1: enabled, not verified, 3 and 10 tries" \
        "pinstatus:1: rc=0 status=1 verify=3 unblock=10"
    has "$tr: UIMGetPINStatus PIN2" "pinstatus:2: rc=0 status=1 verify=3 unblock=10"
    has "$tr: UIMGetICCID without the PIN" "iccid: rc=0 '$ICCID'"
    has "$tr: GetIMSI before the PIN: DeviceNotReady (1052)" "imsi: rc=1052 ''"
    has "$tr: UIMVerifyPIN wrong: IncorrectPin (1012), 2 tries left" \
        "verify:1:0000: rc=1012 verify=2 unblock=10"
    has "$tr: UIMVerifyPIN right; retries unknown" "verify:1:1234: rc=0 verify=-1 unblock=-1"
    has "$tr: ... PIN1 enabled and verified, counter back to 3" \
        "pinstatus:1: rc=0 status=2 verify=3 unblock=10"
    has "$tr: GetIMSI after the PIN" "imsi: rc=0 '$IMSI'"
    has "$tr: SLQSUIMGetState: ready after the PIN" "uimstate: rc=0 state=0"
    has "$tr: UIMVerifyPIN PIN2" "verify:2:5678: rc=0 verify=-1 unblock=-1"
    has "$tr: a PIN id the SIM lacks: InvalidPinId (1011)" \
        "verify:3:1234: rc=1011 verify=-1 unblock=-1"
    has "$tr: a PIN of 2 digits: InvalidArgument (1048)" "verify:1:12: rc=1048 verify=-1 unblock=-1"

    run change:1:9999:4321 change:1:1234:4321 verify:1:1111 verify:1:1111 verify:1:1111 \
        verify:1:4321 pinstatus:1 uimstate unblock:1:00000000:5555 unblock:1:12345678:5555 \
        pinstatus:1 verify:1:5555
    has "$tr: UIMChangePIN with a wrong old PIN: 1012, 2 tries left" \
        "change:1:9999:4321: rc=1012 verify=2 unblock=10"
    has "$tr: UIMChangePIN" "change:1:1234:4321: rc=0 verify=-1 unblock=-1"
    has "$tr: wrong PIN until blocked: 1 try left" "verify:1:1111: rc=1012 verify=1 unblock=10"
    has "$tr: ... the third wrong PIN: 0 tries left" "verify:1:1111: rc=1012 verify=0 unblock=10"
    has "$tr: ... then even the right PIN is refused: PinBlocked (1035)" \
        "verify:1:4321: rc=1035 verify=0 unblock=10"
    has "$tr: UIMGetPINStatus: blocked" "pinstatus:1: rc=0 status=4 verify=0 unblock=10"
    has "$tr: SLQSUIMGetState: locked while blocked" "uimstate: rc=0 state=1"
    has "$tr: UIMUnblockPIN with a wrong PUK: 1012, 9 PUK tries left" \
        "unblock:1:00000000:5555: rc=1012 verify=0 unblock=9"
    has "$tr: UIMUnblockPIN with the PUK" "unblock:1:12345678:5555: rc=0 verify=-1 unblock=-1"
    has "$tr: ... PIN1 verified, counters reset" "pinstatus:1: rc=0 status=2 verify=3 unblock=10"
    has "$tr: ... the new PIN works" "verify:1:5555: rc=0 verify=-1 unblock=-1"

    simctl uim block puk >/dev/null
    run verify:1:5555 pinstatus:1
    # `uim block puk` empties the PUK counter only; the PIN's stays as it was.
    has "$tr: PIN blocked for good: PinAlwaysBlocked (1036)" "verify:1:5555: rc=1036 verify=3 unblock=0"
    has "$tr: UIMGetPINStatus: permanently blocked" "pinstatus:1: rc=0 status=5 verify=3 unblock=0"

    simctl uim remove >/dev/null
    run iccid imsi pinstatus:1 verify:1:1234 uimstate
    has "$tr: no SIM: UIMGetICCID UimUninitialized (1037)" "iccid: rc=1037 ''"
    has "$tr: no SIM: GetIMSI 1037" "imsi: rc=1037 ''"
    has "$tr: no SIM: UIMGetPINStatus 1037" "pinstatus:1: rc=1037 status=-1 verify=-1 unblock=-1"
    has "$tr: no SIM: UIMVerifyPIN 1037" "verify:1:1234: rc=1037 verify=-1 unblock=-1"
    has "$tr: no SIM: SLQSUIMGetState not present" "uimstate: rc=0 state=2"
}

# The legacy messages' path: how many DMS and UIM requests a run made.
path_checks() {
    local tr=$1 d u
    d=$(counted dms) u=$(counted uim)
    run iccid iccid iccid
    check_eq "$tr: legacy refused: asked once, then the UIM service each time (DMS/UIM requests)" \
        "$(($(counted dms) - d))/$(($(counted uim) - u))" "1/3"
    d=$(counted dms) u=$(counted uim)
    run iccid sh:"'$QMISIM' --ctl '$CTL' dms legacy-uim yes >/dev/null" iccid
    check_eq "$tr: the refusal is remembered by the application (no new DMS request)" \
        "$(($(counted dms) - d))/$(($(counted uim) - u))" "1/2"
    simctl dms legacy-uim no >/dev/null
    d=$(counted dms) u=$(counted uim)
    run statecb iccid sh:"'$QMISIM' --ctl '$CTL' reset >/dev/null" waitreset \
        sh:"'$QMISIM' --ctl '$CTL' dms legacy-uim yes >/dev/null" iccid
    check_eq "$tr: ... and forgotten when the modem resets (asked again, taken)" \
        "$(($(counted dms) - d))/$(($(counted uim) - u))" "2/1"
    has "$tr: ... the same ICCID both ways" "iccid: rc=0 '$ICCID'"
    simctl dms legacy-uim no >/dev/null
}

CONF="$(printf '[dms]\nhardware_revision = %s\nrevision = %s\nimei = %s\nmeid = %s\nesn = %s
msisdn = %s\nmax_tx_rate = 25000000\nmax_rx_rate = 150000000\ndata_service = ps
radio_interfaces = gsm, umts, lte\nband_capability = 0x2000000C00380\ntime_count = %s
time_source = hdr\n[uim]\niccid = %s\nimsi = %s' "$HW" "$REV" "$IMEI" "$MEID" "$ESN" "$MSISDN" \
    "$TIME_COUNT" "$ICCID" "$IMSI")"

checks_refused() {
    LEGACY="(legacy refused)"
    device_checks "$1"	# ends with a reset: the PIN is to be entered again
    sim_checks "$1"
    simctl uim insert >/dev/null
    path_checks "$1"
}

checks_legacy() {
    LEGACY="(legacy DMS)"
    local tr=$1 d u
    # This modem also has a PRL, a MIN and boot and PRI revisions.
    run prl prlinfo verify:1:1234 voice ids
    has "$tr: GetPRLVersion returns the configured version" "prl: rc=0 version=21050"
    has "$tr: SLQSGetCurrentPRLInfo returns version and PRL-only preference" \
        "prlinfo: rc=0 version=21050 preference=1"
    has "$tr: GetVoiceNumber returns the MSISDN and the MIN" \
        "voice: rc=0 number='$MSISDN' min='$MIN'"
    has "$tr: GetFirmwareRevisions returns AMSS, boot and PRI revisions" \
        "revisions: rc=0 amss='$REV' boot='$BOOT' pri='$PRI'"
    # A fresh card (PIN not verified) for the SIM checks.
    simctl uim remove >/dev/null
    simctl uim insert >/dev/null

    d=$(counted uim)
    sim_checks "$tr"
    check_eq "$tr: with legacy_uim all the SIM work stays on DMS (no UIM request)" \
        "$(($(counted uim) - d))" 0
}

MIN=5551234567 BOOT="SWI9X30C_02.33.03.00 boot" PRI="002.033_001"
for_each_transport checks_refused "$CONF"
for_each_transport checks_legacy "$(printf '%s\n[dms]\nlegacy_uim = yes\nprl_version = 21050
prl_only = yes\nmin = %s\nboot_revision = %s\npri_revision = %s' "$CONF" "$MIN" "$BOOT" "$PRI")"

finish
