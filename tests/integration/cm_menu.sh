#!/usr/bin/env bash
# Integration: connectionmgr's interactive menu, typed at through a
# pseudo-terminal (tests/integration/cm_pty.py): the device information on
# start, a dual-stack LTE session started with the default profile, its
# settings on the refreshed screen (Enter), traffic through it, the
# profile list, stopping it, a profile created, modified, shown and
# deleted, the power mode set, a power cycle, quitting; nothing left behind.
# Then, with a SIM that asks for its PIN: a session refused with a pointer
# to 11 (no command-line hints), a wrong PIN (the tries left shown), the
# right one, the signal and serving system (13), registration after it. At
# one try left: 11 asks first; no answer keeps the try, yes uses it.
. "$(dirname "$0")/cm_lib.bash"
command -v python3 >/dev/null 2>&1 || skip_all "python3 is not installed (drives the pty)"
cm_enter_netns "$@"

cm_start_modem $'[uim]\npin_enabled = no'
transcript=$QMISIM_DIR/menu.txt
CTL_CMD="$QMISIM --ctl $CTL"
ping4="ping -4 -c 1 -W 2 $CM_REMOTE4 >/dev/null && echo ping4-ok"
ping6="ping -6 -c 1 -W 2 $CM_REMOTE6 >/dev/null && echo ping6-ok"
# dialogue: runs the menu on the dialogue given on stdin; sets rc and out
# (the transcript).
dialogue() {
    timeout -k 5 120 python3 "$(dirname "$0")/cm_pty.py" "$CM" "$SLQSSDK" 0 >"$transcript" 2>&1
    rc=$?
    out=$(cat "$transcript")
}

dialogue <<DIALOGUE
expect Model:
expect Option:
send 2\n
expect Profile index
send \n
expect IP family
send \n
expect connected on $CM_IF
expect Option:
run $CTL_CMD wds status
run $ping4
run $ping6
send \n
expect IPv6:
expect Option:
send 4\n
expect internet
expect Option:
send 3\n
expect disconnected
expect Option:
run $CTL_CMD wds status
send 6\n
expect Profile index
send \n
expect Name:
send office\n
expect APN:
send corp.example\n
expect PDP type
send 0\n
expect Authentication
send 2\n
expect User name:
send alice\n
expect Password:
send s3cret\n
expect created
expect Option:
send 7\n
expect Profile index
send 2\n
expect Name:
send office\n
expect APN:
send corp2.example\n
expect PDP type
send \n
expect Authentication
send \n
expect User name:
send bob\n
expect Password:
send pw\n
expect modified
expect Option:
send 5\n
expect Profile index
send 2\n
expect user
expect Option:
send 8\n
expect Profile index
send 2\n
expect deleted
expect Option:
send 5\n
expect Profile index
send 2\n
expect Option:
send 10\n
expect power mode now: 0
expect Mode:
send 1\n
expect SetPower(1): success
expect Option:
send 10\n
expect power mode now: 1
expect Mode:
send 0\n
expect SetPower(0): success
expect Option:
send 9\n
expect resetting the modem
expect the modem is back
expect Option:
send 12\n
expect IMEI:
expect Option:
run $CTL_CMD stats
send q\n
DIALOGUE
check_status "the dialogue ran to its end" "$rc" 0 "$out"
check_contains "the menu starts as the vendor's: device information" "$out" "out: Model:         MC7455"
check_contains "it offers LTE sessions" "$out" "2 start an LTE session"
check_contains "the session came up" "$out" "connectionmgr: connected on $CM_IF"
check_contains "two sessions at the modem while up" "$out" "run: ok sessions=2"
check_contains "IPv4 traffic through the link" "$out" "run: ping4-ok"
check_contains "IPv6 traffic through the link" "$out" "run: ping6-ok"
check_contains "the refreshed screen shows the IPv4 settings" "$out" "out: IPv4:          192.0.2.2/24"
check_contains "and the IPv6 settings" "$out" "out: IPv6:          2001:db8:1::2/64"
check_contains "and the byte counts" "$out" "out: Bytes:"
check_contains "the profile list" "$out" "out:    1  internet"
check_contains "no session after stop" "$out" "run: ok sessions=0"
check_contains "a profile created at the first free index" "$out" "out: profile 2 created"
check_contains "modified" "$out" "out: profile 2 modified"
check_contains "shown with the new APN" "$out" "out:   APN corp2.example"
check_contains "and the new user" "$out" "out:   user bob"
check_contains "deleted" "$out" "out: profile 2 deleted"
check_contains "and gone" "$out" "out: profile 2: QMI error"
check_contains "the power mode set to low power and back" "$out" "out: SetPower(0): success"
check_contains "a power cycle: the modem comes back" "$out" "out: the modem is back"
check_contains "and was reset" "$out" "resets=1 "
check_contains "q quits with exit 0" "$out" "exit: 0"
CM_PIDFILE=$QMISIM_DIR/no-pid-file   # the menu writes none: cm_check_clean finds none
cm_check_clean "after quitting"

# ---- SIM PIN entry (11), signal and serving system (13) ----------------------------------------
stop_sdk
cm_start_modem
dialogue <<DIALOGUE
expect Option:
send 2\n
expect with 11 first
expect Option:
send 11\n
expect PIN (Enter: cancel):
send 9999\n
expect Option:
send 11\n
expect PIN (Enter: cancel):
send 1234\n
expect the SIM is unlocked
expect Option:
send 13\n
expect Signal:
expect Option:
send q\n
DIALOGUE
check_status "the PIN dialogue ran to its end" "$rc" 0 "$out"
check_contains "a session on a locked SIM points to 11" "$out" \
    "out: the SIM is locked (3 tries left): enter its PIN with 11 first"
check_not_contains "no command-line hints in the menu" "$out" "--pin"
check_contains "the SIM's state before the PIN" "$out" "PIN enabled, not verified, 3 tries left"
check_contains "a wrong PIN: the tries left" "$out" "wrong PIN: 2 tries left"
check_contains "the right PIN unlocks the SIM" "$out" "out: the SIM is unlocked"
check_contains "13 shows the serving system" "$out" "out: Network:       registered"
check_contains "and the signal" "$out" "out: Signal:        LTE RSSI"
check_contains "q quits with exit 0" "$out" "exit: 0"
cm_check_clean "after the PIN dialogue"

# ---- the last PIN try: used only when confirmed ------------------------------------------------
stop_sdk
cm_start_modem $'[uim]\npin_retries = 1'
dialogue <<DIALOGUE
expect Option:
send 11\n
expect Use the last try? (yes/No):
send \n
expect not tried
expect Option:
run $CTL_CMD uim status
send 11\n
expect Use the last try? (yes/No):
send yes\n
expect PIN (Enter: cancel):
send 1234\n
expect the SIM is unlocked
expect Option:
run $CTL_CMD uim status
send q\n
DIALOGUE
check_status "the last-try dialogue ran to its end" "$rc" 0 "$out"
check_contains "the menu warns before the last try" "$out" \
    "out: Only one PIN try is left: a wrong PIN blocks the SIM."
check_contains "no answer: the PIN is not tried" "$out" "out: not tried: the SIM stays locked"
check_contains "and the try is still there" "$out" "uim.pin1_retries=1 "
check_not_contains "no command-line hints in the menu" "$out" "--force-pin"
check_contains "yes: the PIN is tried and unlocks the SIM" "$out" "out: the SIM is unlocked"
check_contains "the tries are back to 3" "$out" "uim.pin1_retries=3 "
check_contains "q quits with exit 0" "$out" "exit: 0"
cm_check_clean "after the last-try dialogue"
finish
