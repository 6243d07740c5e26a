#!/usr/bin/env bash
# Integration: the qmisim program and its control CLI - options, config
# errors, stats, the faults (exhaust, reset, delay, drop, malformed,
# unplug/replug), the socket transport and a clean stop on SIGTERM.
# Frames are exchanged with a few lines of python3 when it is there.
. "$(dirname "$0")/../interop/lib.sh"
require_qmisim

# ---- the program's options ---------------------------------------------------------

out=$("$QMISIM" --help)
check_contains "--help lists the options" "$out" "--control PATH"
check_contains "--help lists the control commands" "$out" "exhaust SERVICE"
out=$("$QMISIM" --version)
check_contains "--version" "$out" "qmisim "
out=$("$QMISIM" --frobnicate 2>&1)
check_status "an unknown option is refused" $? 2 "$out"

bad=$(mktemp)
printf '[modem]\nname = x\nspeed = 9\n' >"$bad"
out=$("$QMISIM" --config "$bad" 2>&1)
check_status "a bad config stops it" $? 1 "$out"
check_contains "the error names file and line" "$out" "$bad:3: unknown key 'speed'"
rm -f "$bad"

# ---- control commands ----------------------------------------------------------------

start_qmisim -
check_contains "it prints where it serves" "$(cat "$QMISIM_DIR/ready")" \
    "pty $PTY link $LINK socket $SOCK control $CTL"
check_eq "the link points at the pty" "$(readlink "$LINK")" "$PTY"

out=$("$QMISIM" --control "$CTL" 2>&1)
check_status "a second qmisim on the same control socket stops" $? 1 "$out"
check_contains "saying it is in use" "$out" "$CTL is in use by another process"
check_contains "the first still answers" "$(simctl stats)" "ok modem=0"

out=$(simctl help)
check_contains "help" "$out" "ok commands:"
out=$(simctl stats)
check_contains "stats" "$out" "ok modem=0 "
check_contains "stats counts client ids" "$out" " cids.dms=0 "

out=$(simctl frobnicate)
check_status "an unknown command fails" $? 1 "$out"
check_contains "and says so" "$out" "error: unknown command 'frobnicate'"
out=$(simctl modem 3 stats)
check_contains "there is no modem 3" "$out" "error: no modem 3"

out=$(simctl exhaust dms)
check_contains "exhaust" "$out" "ok dms: 10 of 10 client ids in use"
check_eq "exhausted" "$(stat_of cids.dms)" 10
out=$(simctl reset)
check_contains "reset" "$out" "ok reset"
check_eq "reset dropped the client ids" "$(stat_of cids.dms)" 0
check_eq "reset counted" "$(stat_of resets)" 1

simctl delay 250 >/dev/null
check_eq "delay" "$(stat_of delay_ms)" 250
simctl delay 0 >/dev/null
simctl drop 2 >/dev/null
check_eq "drop" "$(stat_of drop_pending)" 2
simctl drop 0 >/dev/null
out=$(simctl malformed garbage)
check_contains "malformed" "$out" "ok malformed frame (garbage) sent"
out=$(simctl release-all nosuch)
check_contains "release-all of an unknown service" "$out" "error: unknown service"

# ---- frames on the socket and the pty (python3) -----------------------------------------

# qmux_exchange PATH KIND: sends CTL Allocate CID for DMS (the design's example
# bytes, txn 1) and prints the answer's bytes in hex.
qmux_exchange() {
    python3 - "$1" "$2" <<'PY'
import os, socket, sys, select
path, kind = sys.argv[1], sys.argv[2]
req = bytes.fromhex("01 0F 00 00 00 00 00 01 22 00 04 00 01 01 00 02")
if kind == "socket":
    s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    s.connect(path)
    s.send(req)
    s.settimeout(5)
    print(s.recv(65536).hex(" ").upper())
else:
    fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
    os.write(fd, req[:5]); os.write(fd, req[5:])     # any chunking will do
    data = b""
    while len(data) < 3 or len(data) < 1 + int.from_bytes(data[1:3], "little"):
        if not select.select([fd], [], [], 5)[0]:
            break
        data += os.read(fd, 4096)
    print(data.hex(" ").upper())
PY
}

if command -v python3 >/dev/null 2>&1; then
    out=$(qmux_exchange "$SOCK" socket)
    check_contains "socket: Allocate CID answered" "$out" "01 17 00 80 00 00 01 01 22 00 0C 00 02 04 00 00 00 00 00 01 02 00 02"
    out=$(qmux_exchange "$LINK" pty)
    check_contains "pty: Allocate CID answered" "$out" "01 17 00 80 00 00 01 01 22 00 0C 00 02 04 00 00 00 00 00 01 02 00 02"
    check_eq "both client ids counted" "$(stat_of cids.dms)" 2
else
    ok "socket and pty frames # SKIP python3 is not installed"
fi

# ---- unplug and replug -----------------------------------------------------------------

out=$(simctl unplug)
check_contains "unplug" "$out" "ok unplugged"
if [ -e "$LINK" ] || [ -e "$SOCK" ]; then
    not_ok "unplug removes the link and the socket" "$(ls -l "$QMISIM_DIR")"
else
    ok "unplug removes the link and the socket"
fi
check_eq "unplugged in stats" "$(stat_of plugged)" 0
check_eq "unplug dropped the client ids" "$(stat_of cids.dms)" 0
out=$(simctl reset)
check_contains "no reset while unplugged" "$out" "error: the modem is unplugged"
out=$(simctl replug)
check_contains "replug" "$out" "ok replugged pty /dev/pts/"
newpty=$(readlink "$LINK")
check_contains "the link is back" "$out" "link $LINK"
if [ -n "$newpty" ] && [ -c "$newpty" ] && [ -S "$SOCK" ]; then
    ok "it points at a pty again, the socket is back"
else
    not_ok "it points at a pty again, the socket is back" "$(ls -l "$QMISIM_DIR")"
fi
if command -v python3 >/dev/null 2>&1; then
    out=$(qmux_exchange "$LINK" pty)
    check_contains "the new pty answers" "$out" "01 17 00 80 00 00 01 01 22 00"
fi

# ---- several modems, clean stop ----------------------------------------------------------

start_qmisim - --modems 2
check_eq "two modems, two ready lines" "$(wc -l <"$QMISIM_DIR/ready")" 2
if [ -L "$QMISIM_DIR/cdc-wdm00" ] && [ -L "$QMISIM_DIR/cdc-wdm01" ]; then
    ok "one link per modem, the index appended"
else
    not_ok "one link per modem, the index appended" "$(ls -l "$QMISIM_DIR")"
fi
out=$(simctl modem 1 exhaust wda)
check_contains "modem 1 addressed" "$out" "ok wda: "
check_eq "modem 0 untouched" "$(stat_of cids.wda)" 0
kill "$QMISIM_PID"
wait "$QMISIM_PID"
check_status "SIGTERM stops it cleanly" $? 0
QMISIM_PID=
left=$(ls "$QMISIM_DIR" | grep -v -e '^ready$' -e '^qmisim.log$')
check_eq "and removes its links and sockets" "$left" ""

finish
