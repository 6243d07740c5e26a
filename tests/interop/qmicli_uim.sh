#!/usr/bin/env bash
# Interop: libqmi's qmicli drives qmisim's SIM through the UIM service -
# card status, verify / change / unblock PIN with their counters, PIN
# protection, transparent reads - and the `uim` control commands.
. "$(dirname "$0")/lib.sh"
require_qmicli

# card_status_has NAME EXPECTED: Get Card Status shows EXPECTED.
card_status_has() {
    check_contains "$1" "$(qmi --uim-get-card-status)" "$2"
}

# ---- the built-in SIM: PIN 1234 enabled, PUK 12345678 --------------------------------
start_qmisim -

out=$(qmi --uim-get-card-status)
check_contains "card status answers" "$out" "Successfully got card status"
check_contains "card present" "$out" "Card state: 'present'"
check_contains "a USIM" "$out" "Application type:  'usim (2)'"
check_contains "the PIN is required" "$out" "Application state: 'pin1-or-upin-pin-required'"
check_contains "PIN1 enabled, not verified" "$out" "PIN1 state: 'enabled-not-verified'"
check_contains "3 PIN1 retries" "$out" "PIN1 retries: '3'"
check_contains "10 PUK1 retries" "$out" "PUK1 retries: '10'"
check_contains "primary GW session" "$out" "Primary GW:   slot '1', application '1'"

# A wrong PIN is refused and counted; the right one unlocks the SIM.
out=$(qmi --uim-verify-pin=PIN1,0000)
check_contains "wrong PIN refused" "$out" "IncorrectPin"
check_contains "wrong PIN: 2 tries left" "$out" "Verify: 2"
card_status_has "card status shows 2 tries left" "PIN1 retries: '2'"
out=$(qmi --uim-verify-pin=PIN1,1234)
check_contains "right PIN accepted" "$out" "PIN verified successfully"
out=$(qmi --uim-get-card-status)
check_contains "PIN1 verified" "$out" "PIN1 state: 'enabled-verified'"
check_contains "counter back to 3" "$out" "PIN1 retries: '3'"
check_contains "application ready" "$out" "Application state: 'ready'"
check_eq "the simulator agrees" "$(stat_of uim.pin1)" enabled-verified

# Change PIN: the old one stops working.
out=$(qmi --uim-change-pin=PIN1,1234,4321)
check_contains "change PIN" "$out" "PIN changed successfully"
out=$(qmi --uim-verify-pin=PIN1,1234)
check_contains "the old PIN is wrong now" "$out" "IncorrectPin"
out=$(qmi --uim-verify-pin=PIN1,4321)
check_contains "the new PIN works" "$out" "PIN verified successfully"

# Three wrong PINs block it; the PUK unblocks it and sets a new PIN.
qmi --uim-verify-pin=PIN1,0000 >/dev/null
qmi --uim-verify-pin=PIN1,0000 >/dev/null
out=$(qmi --uim-verify-pin=PIN1,0000)
check_contains "third wrong PIN: no tries left" "$out" "Verify: 0"
out=$(qmi --uim-verify-pin=PIN1,4321)
check_contains "blocked: even the right PIN is refused" "$out" "PinBlocked"
out=$(qmi --uim-get-card-status)
check_contains "PIN1 blocked" "$out" "PIN1 state: 'blocked'"
check_contains "PUK required" "$out" "Application state: 'puk1-or-upin-puk-required'"
out=$(qmi --uim-unblock-pin=PIN1,00000000,1111)
check_contains "wrong PUK refused" "$out" "IncorrectPin"
check_contains "wrong PUK: 9 tries left" "$out" "Unblock: 9"
out=$(qmi --uim-unblock-pin=PIN1,12345678,1111)
check_contains "unblock with the PUK" "$out" "PIN unblocked successfully"
out=$(qmi --uim-get-card-status)
check_contains "unblocked and verified" "$out" "PIN1 state: 'enabled-verified'"
check_contains "PUK counter back to 10" "$out" "PUK1 retries: '10'"
out=$(qmi --uim-verify-pin=PIN1,1111)
check_contains "the PIN set by unblock works" "$out" "PIN verified successfully"

# PIN protection: a disabled PIN is not asked after a reset.
out=$(qmi --uim-set-pin-protection=PIN1,disable,1111)
check_contains "disable the PIN" "$out" "PIN protection updated"
out=$(qmi --uim-set-pin-protection=PIN1,disable,1111)
check_contains "disable it again: no effect" "$out" "NoEffect"
simctl reset >/dev/null
card_status_has "after a reset: still disabled" "PIN1 state: 'disabled'"
card_status_has "after a reset: ready without PIN" "Application state: 'ready'"
out=$(qmi --uim-set-pin-protection=PIN1,enable,1111)
check_contains "enable the PIN" "$out" "PIN protection updated"
simctl reset >/dev/null
card_status_has "after a reset: the PIN is asked" "PIN1 state: 'enabled-not-verified'"

# Transparent reads: EF-ICCID without the PIN, EF-IMSI only with it.
out=$(qmi --uim-read-transparent=0x3F00,0x2FE2)
check_contains "read EF-ICCID" "$out" "98:00:01:00:00:10:32:54:76:48"
out=$(qmi --uim-read-transparent=0x3F00,0x7FFF,0x6F07)
check_contains "EF-IMSI needs the PIN" "$out" "AccessDenied"
qmi --uim-verify-pin=PIN1,1111 >/dev/null
out=$(qmi --uim-read-transparent=0x3F00,0x7FFF,0x6F07)
check_contains "read EF-IMSI" "$out" "08:09:10:10:10:32:54:76:98"

# Control: take the card out and put it back.
out=$(simctl uim remove)
check_contains "uim remove" "$out" "uim.card=absent"
card_status_has "no card" "Card state: 'absent'"
out=$(qmi --uim-verify-pin=PIN1,1111)
check_contains "no card: PIN refused" "$out" "UimUninitialized"
simctl uim insert >/dev/null
card_status_has "card back, PIN asked again" "PIN1 state: 'enabled-not-verified'"
out=$(simctl uim block puk)
check_contains "uim block puk" "$out" "uim.pin1=permanently-blocked"
out=$(qmi --uim-verify-pin=PIN1,1111)
check_contains "permanently blocked: verify refused" "$out" "PinAlwaysBlocked"
out=$(qmi --uim-unblock-pin=PIN1,12345678,1234)
check_contains "permanently blocked: unblock refused" "$out" "PinAlwaysBlocked"
check_eq "no client id leaked" "$(stat_of cids.uim)" 0

# ---- a config file: another PIN, one try left -------------------------------------
cat >"$QMISIM_DIR/uim.conf" <<'EOF'
[uim]
pin = 4711
puk = 87654321
pin_retries = 1
EOF
start_qmisim "$QMISIM_DIR/uim.conf"
card_status_has "configured: 1 PIN try left" "PIN1 retries: '1'"
out=$(qmi --uim-verify-pin=PIN1,4711)
check_contains "configured PIN" "$out" "PIN verified successfully"
card_status_has "counter back to 3" "PIN1 retries: '3'"

finish
