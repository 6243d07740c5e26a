#!/usr/bin/env bash
# The SIM functions of the public API end to end: api_uim
# (tests/integration/api_uim.c, public headers and libraries only) against
# slqssdk serving qmisim, over both transports.
#
# A card configured unlike qmisim's defaults (PIN, PUK, ICCID, IMSI), then:
# card status, EF-ICCID and EF-IMSI (denied while the PIN is needed), wrong
# PINs until the PIN is blocked (1012 with the tries left, then 1035), PUK
# unblock, change PIN, PIN protection off and on, event registration, slot
# status (the card, then the empty slot), NULL and oversized arguments, the
# SIM taken out and put back, the PUK blocked for good.
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures

API_UIM=$BIN/tests/integration/api_uim
[ -x "$API_UIM" ] || skip_all "api_uim is not built ($API_UIM missing: run make itests)"

# uim NAME EXPECTED ARGS...: api_uim ARGS must exit 0 and print EXPECTED;
# the output is left in $OUT.
uim() {
    local name=$1 want=$2 rc
    shift 2
    OUT=$(timeout -k 5 120 env SLQS_SOCKET="$SDK_SOCK" "$API_UIM" "$@" 2>&1)
    rc=$?
    if [ "$rc" -ne 0 ]; then
        not_ok "$name" "api_uim $* exited with $rc" "$OUT"
    else
        check_contains "$name" "$OUT" "$want"
    fi
}

# swapped_bcd DIGITS: the bytes a SIM stores them as (two digits a byte, the
# first in the low half, F-padded), in hex.
swapped_bcd() {
    local d=$1 out= i
    [ $(( ${#d} % 2 )) -eq 0 ] || d=${d}f
    for ((i = 0; i < ${#d}; i += 2)); do out+=${d:i+1:1}${d:i:1}; done
    echo "$out"
}

PIN=4711
PUK=11223344
ICCID=8949011234567890123
IMSI=262011234567890
EF_ICCID=$(swapped_bcd "$ICCID")
EF_IMSI=08$(swapped_bcd "9$IMSI")	# length 8, then the odd-length marker 9 and the digits

uim_checks() {
    local tr=$1

    # The card as it comes up: PIN1 needed (app state 2, PIN1 enabled, not verified).
    uim "$tr: card status: one present card, the USIM as the GW provisioning app" \
        "status rc=0 gw=0x0000 1x=0xffff slots=1 card=1 upin=0 error=0 apps=1 hotswap=0" status
    check_contains "$tr: ... the USIM needs PIN1; PIN1 and PIN2 with 3/10 tries" "$OUT" \
        "app type=2 state=2 perso=2 aid=16 pin1=1 3/10 pin2=1 3/10"
    uim "$tr: EF-ICCID reads without the PIN (the configured ICCID)" \
        "read rc=0 sw=90 00 token=ffffffff encrypted=0 len=10 data=$EF_ICCID" read 2FE2 3F00
    uim "$tr: SIM locked: EF-IMSI is denied before the PIN (1082, card says 69 82)" \
        "read rc=1082 sw=69 82 token=ffffffff encrypted=0 len=0 data=" read 6F07 3F00 7FFF
    uim "$tr: a file the card lacks: 1080, card says 6A 82" \
        "read rc=1080 sw=6a 82" read 6F99 3F00 7FFF

    # Wrong PINs until blocked: 1012 with the tries left, then 1035.
    uim "$tr: a wrong PIN: 1012, 2 tries left, 10 PUK tries" \
        "verify rc=1012 retries=2/10 enc=0 token=ffffffff" verify 0000
    uim "$tr: the right PIN: success, no retries reported (0xFF)" \
        "verify rc=0 retries=255/255 enc=0 token=ffffffff" verify "$PIN"
    uim "$tr: the card is ready: PIN1 enabled and verified, 3 tries again" \
        "app type=2 state=7 perso=2 aid=16 pin1=2 3/10" status
    uim "$tr: EF-IMSI after the PIN (the configured IMSI)" \
        "read rc=0 sw=90 00 token=ffffffff encrypted=0 len=9 data=$EF_IMSI" read 6F07 3F00 7FFF
    uim "$tr: wrong PIN 1 of 3" "verify rc=1012 retries=2/10" verify 1111
    uim "$tr: wrong PIN 2 of 3" "verify rc=1012 retries=1/10" verify 2222
    uim "$tr: wrong PIN 3 of 3: still 1012, 0 tries left" "verify rc=1012 retries=0/10" verify 3333
    uim "$tr: PIN blocked: even the right PIN answers 1035 with 0/10" \
        "verify rc=1035 retries=0/10" verify "$PIN"
    uim "$tr: status: PUK needed (app state 3), PIN1 blocked (4)" \
        "app type=2 state=3 perso=2 aid=16 pin1=4 0/10" status

    # PUK unblock: a wrong PUK counts, the right one sets a new verified PIN.
    uim "$tr: a wrong PUK: 1012, 9 PUK tries left" \
        "unblock rc=1012 retries=0/9" unblock 99999999 2580
    uim "$tr: the right PUK unblocks and sets the new PIN" \
        "unblock rc=0 retries=255/255" unblock "$PUK" 2580
    uim "$tr: status: ready, PIN1 verified, counters back to 3/10" \
        "app type=2 state=7 perso=2 aid=16 pin1=2 3/10" status
    uim "$tr: the old PIN is wrong now" "verify rc=1012 retries=2/10" verify "$PIN"
    uim "$tr: the new PIN is right" "verify rc=0" verify 2580

    # Change PIN.
    uim "$tr: change PIN with a wrong old PIN: 1012, counted" \
        "change rc=1012 retries=2/10" change 0000 1357
    uim "$tr: change PIN with the right old PIN" "change rc=0" change 2580 1357
    uim "$tr: the changed PIN verifies" "verify rc=0" verify 1357

    # PIN protection off and on.
    uim "$tr: PIN protection off with a wrong PIN: 1012" \
        "protect rc=1012 retries=2/10" protect off 0000
    uim "$tr: PIN protection off" "protect rc=0 retries=255/255" protect off 1357
    uim "$tr: status: PIN1 disabled (3), the card ready" \
        "app type=2 state=7 perso=2 aid=16 pin1=3 3/10" status
    uim "$tr: PIN protection off again: no effect (1026)" "protect rc=1026" protect off 1357
    uim "$tr: change PIN while disabled: incompatible state (1090)" \
        "change rc=1090" change 1357 2468
    uim "$tr: PIN protection on" "protect rc=0" protect on 1357
    uim "$tr: status: PIN1 enabled again (verified: 2)" "pin1=2 3/10" status

    # Events and slots.
    uim "$tr: event registration: the modem keeps only what it supports (card, slot status)" \
        "events rc=0 mask=0x11" events 0x13
    uim "$tr: event deregistration" "events rc=0 mask=0x0" events 0
    uim "$tr: Get Slot Status: one physical slot" "slots rc=0 n=1" slots
    check_contains "$tr: ... the card present in the active slot 1, its EF-ICCID" "$OUT" \
        "slot card=2 state=1 logical=1 iccid=10 data=$EF_ICCID"

    # Arguments.
    uim "$tr: NULL and oversized arguments are refused; NULL members are skipped" \
        "args: all ok" args

    # SIM absent.
    simctl uim remove >/dev/null
    uim "$tr: SIM absent: card state absent, no application, no GW session" \
        "status rc=0 gw=0xffff 1x=0xffff slots=1 card=0 upin=0 error=0 apps=0" status
    uim "$tr: SIM absent: verify answers 1037 (UIM uninitialized), no retries" \
        "verify rc=1037 retries=255/255" verify 1357
    uim "$tr: SIM absent: reading EF-ICCID answers 1037" "read rc=1037" read 2FE2 3F00
    uim "$tr: SIM absent: the slot is active and empty, no ICCID" \
        "slot card=1 state=1 logical=1 iccid=0 data=" slots
    simctl uim insert >/dev/null
    uim "$tr: SIM back: the PIN is needed again (a fresh power-up)" \
        "app type=2 state=2 perso=2 aid=16 pin1=1 3/10" status
    uim "$tr: ... and the PIN set before still applies" "verify rc=0" verify 1357

    # The PUK blocked for good.
    simctl uim block puk >/dev/null
    uim "$tr: PUK blocked: status says PIN1 permanently blocked (app state 5, PIN1 5)" \
        "app type=2 state=5 perso=2 aid=16 pin1=5" status
    uim "$tr: PUK blocked: verify answers 1036" "verify rc=1036" verify 1357
    uim "$tr: PUK blocked: unblock answers 1036" "unblock rc=1036" unblock "$PUK" 1234

    wait_for "UIM CIDs given back" 5 cids_are 0 0
    check_eq "$tr: no UIM client id left behind" "$(stat_of cids.uim)" 0
}

for_each_transport uim_checks "$(printf '[uim]\npin = %s\npuk = %s\niccid = %s\nimsi = %s' \
    "$PIN" "$PUK" "$ICCID" "$IMSI")"
finish
