#!/usr/bin/env bash
# Interop: libqmi's qmicli drives qmisim's SIM through the UIM service -
# card status, verify / change / unblock PIN with their counters, PIN
# protection, transparent reads - and the `uim` control commands.
. "$(dirname "$0")/lib.sh"
require_qmicli

# ---- the built-in SIM: PIN 1234 enabled, PUK 12345678 --------------------------------
start_qmisim -

check_qmi "card status answers" "Successfully got card status" --uim-get-card-status
check_contains "card present" "$out" "Card state: 'present'"
check_contains "a USIM" "$out" "Application type:  'usim (2)'"
check_contains "the PIN is required" "$out" "Application state: 'pin1-or-upin-pin-required'"
check_contains "PIN1 enabled, not verified" "$out" "PIN1 state: 'enabled-not-verified'"
check_contains "3 PIN1 retries" "$out" "PIN1 retries: '3'"
check_contains "10 PUK1 retries" "$out" "PUK1 retries: '10'"
check_contains "primary GW session" "$out" "Primary GW:   slot '1', application '1'"

# A wrong PIN is refused and counted; the right one unlocks the SIM.
check_qmi "wrong PIN refused" "IncorrectPin" --uim-verify-pin=PIN1,0000
check_contains "wrong PIN: 2 tries left" "$out" "Verify: 2"
check_qmi "card status shows 2 tries left" "PIN1 retries: '2'" --uim-get-card-status
check_qmi "right PIN accepted" "PIN verified successfully" --uim-verify-pin=PIN1,1234
check_qmi "PIN1 verified" "PIN1 state: 'enabled-verified'" --uim-get-card-status
check_contains "counter back to 3" "$out" "PIN1 retries: '3'"
check_contains "application ready" "$out" "Application state: 'ready'"
check_eq "the simulator agrees" "$(stat_of uim.pin1)" enabled-verified

# Change PIN: the old one stops working.
check_qmi "change PIN" "PIN changed successfully" --uim-change-pin=PIN1,1234,4321
check_qmi "the old PIN is wrong now" "IncorrectPin" --uim-verify-pin=PIN1,1234
check_qmi "the new PIN works" "PIN verified successfully" --uim-verify-pin=PIN1,4321

# Three wrong PINs block it; the PUK unblocks it and sets a new PIN.
qmi --uim-verify-pin=PIN1,0000 >/dev/null
qmi --uim-verify-pin=PIN1,0000 >/dev/null
check_qmi "third wrong PIN: no tries left" "Verify: 0" --uim-verify-pin=PIN1,0000
check_qmi "blocked: even the right PIN is refused" "PinBlocked" --uim-verify-pin=PIN1,4321
check_qmi "PIN1 blocked" "PIN1 state: 'blocked'" --uim-get-card-status
check_contains "PUK required" "$out" "Application state: 'puk1-or-upin-puk-required'"
check_qmi "wrong PUK refused" "IncorrectPin" --uim-unblock-pin=PIN1,00000000,1111
check_contains "wrong PUK: 9 tries left" "$out" "Unblock: 9"
check_qmi "unblock with the PUK" "PIN unblocked successfully" --uim-unblock-pin=PIN1,12345678,1111
check_qmi "unblocked and verified" "PIN1 state: 'enabled-verified'" --uim-get-card-status
check_contains "PUK counter back to 10" "$out" "PUK1 retries: '10'"
check_qmi "the PIN set by unblock works" "PIN verified successfully" --uim-verify-pin=PIN1,1111

# PIN protection: a disabled PIN is not asked after a reset.
check_qmi "disable the PIN" "PIN protection updated" --uim-set-pin-protection=PIN1,disable,1111
check_qmi "disable it again: no effect" "NoEffect" --uim-set-pin-protection=PIN1,disable,1111
simctl reset >/dev/null
check_qmi "after a reset: still disabled" "PIN1 state: 'disabled'" --uim-get-card-status
check_qmi "after a reset: ready without PIN" "Application state: 'ready'" --uim-get-card-status
check_qmi "enable the PIN" "PIN protection updated" --uim-set-pin-protection=PIN1,enable,1111
simctl reset >/dev/null
check_qmi "after a reset: the PIN is asked" "PIN1 state: 'enabled-not-verified'" \
    --uim-get-card-status

# Transparent reads: EF-ICCID without the PIN, EF-IMSI only with it.
check_qmi "read EF-ICCID" "98:00:01:00:00:10:32:54:76:48" --uim-read-transparent=0x3F00,0x2FE2
check_qmi "EF-IMSI needs the PIN" "AccessDenied" --uim-read-transparent=0x3F00,0x7FFF,0x6F07
qmi --uim-verify-pin=PIN1,1111 >/dev/null
check_qmi "read EF-IMSI" "08:09:10:10:10:32:54:76:98" --uim-read-transparent=0x3F00,0x7FFF,0x6F07

# Slot status: one slot, the card in it.
check_qmi "slot status: one slot" "1 physical slots found" --uim-get-slot-status
check_contains "slot status: card present" "$out" "Card status: present"
check_contains "slot status: active" "$out" "Slot status: active"
check_contains "slot status: ICCID" "$out" "ICCID: 89001000000123456784"
check_contains "slot status: UICC" "$out" "Protocol: uicc"

# Control: take the card out and put it back.
out=$(simctl uim remove)
check_contains "uim remove" "$out" "uim.card=absent"
check_qmi "slot status: no card" "Card status: absent" --uim-get-slot-status
check_qmi "no card" "Card state: 'absent'" --uim-get-card-status
check_qmi "no card: PIN refused" "UimUninitialized" --uim-verify-pin=PIN1,1111
simctl uim insert >/dev/null
check_qmi "card back, PIN asked again" "PIN1 state: 'enabled-not-verified'" --uim-get-card-status
out=$(simctl uim block puk)
check_contains "uim block puk" "$out" "uim.pin1=permanently-blocked"
check_qmi "permanently blocked: verify refused" "PinAlwaysBlocked" --uim-verify-pin=PIN1,1111
check_qmi "permanently blocked: unblock refused" "PinAlwaysBlocked" \
    --uim-unblock-pin=PIN1,12345678,1234
check_eq "no client id leaked" "$(stat_of cids.uim)" 0

# ---- a config file: another PIN, one try left -------------------------------------
qmisim_config uim.conf <<'EOF'
[uim]
pin = 4711
puk = 87654321
pin_retries = 1
EOF
start_qmisim "$QMISIM_DIR/uim.conf"
check_qmi "configured: 1 PIN try left" "PIN1 retries: '1'" --uim-get-card-status
check_qmi "configured PIN" "PIN verified successfully" --uim-verify-pin=PIN1,4711
check_qmi "counter back to 3" "PIN1 retries: '3'" --uim-get-card-status

finish
