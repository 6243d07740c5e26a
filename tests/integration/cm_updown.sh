#!/usr/bin/env bash
# Integration: connectionmgr brings a dual-stack link up end to end and down
# again, in a network namespace with qmisim's TUN interface as the modem's
# network interface: SIM PIN, addresses, default routes, DNS file, IPv4 and
# IPv6 pings through the link, growing byte totals; after `down`, and after
# SIGTERM or SIGINT, no address, route, session, client id or pid file is
# left. Also: `up` ends with exit 8 when the network drops the session, the
# PIN is not tried at one try left (unless --force-pin), a wrong PIN and a
# refused APN and a registration timeout give their exit codes, as do an
# unwritable resolv.conf or a missing interface (7), no daemon or no modem
# (3), and a bad command line (2: one line and a pointer to --help).
. "$(dirname "$0")/cm_lib.bash"
cm_enter_netns "$@"

cm_start_modem $'[wds.apn internet]\nip_family = 4v6\n[wds.apn corporate]\nauth = chap\nuser = alice\npassword = s3cret\nipv4 = 198.51.100.10/28\ngateway = 198.51.100.1\nip_family = 4'
resolv=$QMISIM_DIR/resolv.conf
echo "nameserver 127.0.0.53" >"$resolv"

# ---- up in the background, then down -------------------------------------------------
out=$(cm up --pin 1234 --ip-family 4v6 --resolv-conf "$resolv" --background)
check_status "up --background returns 0 once connected" $? 0 "$out"
check_contains "the PIN was entered" "$out" "SIM PIN accepted"
check_contains "the interface was found through the SDK" "$out" "connected on $CM_IF"
check_contains "IPv4 settings shown" "$out" "IPv4:          192.0.2.2/24"
check_contains "IPv6 settings shown" "$out" "IPv6:          2001:db8:1::2/64"
check_eq "addresses on $CM_IF" "$(ip -brief address show dev "$CM_IF" | grep -oE '(192\.0\.2|2001:db8)[^ ]*' | tr '\n' ' ')" \
    "192.0.2.2/24 2001:db8:1::2/64 "
check_contains "IPv4 default route on $CM_IF" "$(ip route show default)" "default dev $CM_IF"
check_contains "IPv6 default route on $CM_IF" "$(ip -6 route show default)" "default dev $CM_IF"
check_contains "MTU set" "$(ip link show "$CM_IF")" "mtu 1500"
check_contains "DNS written" "$(cat "$resolv")" "nameserver 192.0.2.53"
check_contains "IPv6 DNS written" "$(cat "$resolv")" "nameserver 2001:db8::53"
check_eq "two sessions at the modem" "$(stat_of wds.sessions)" 2
check_eq "the modem is on raw-IP" "$(stat_of wda.link_layer)" raw-ip

bytes_before=$(cm status | sed -n 's/^Bytes: *\([0-9]*\) sent.*/\1/p')
ping -4 -c 3 -i 0.2 -W 2 "$CM_REMOTE4" >/dev/null 2>&1
check_status "IPv4 ping through the link" $? 0
ping -6 -c 3 -i 0.2 -W 2 "$CM_REMOTE6" >/dev/null 2>&1
check_status "IPv6 ping through the link" $? 0
out=$(cm status)
check_status "status says connected (exit 0)" $? 0 "$out"
bytes_after=$(printf '%s\n' "$out" | sed -n 's/^Bytes: *\([0-9]*\) sent.*/\1/p')
if [ -n "$bytes_after" ] && [ "${bytes_after:-0}" -gt "${bytes_before:-0}" ]; then
    ok "byte totals grow with the traffic ($bytes_before -> $bytes_after sent)"
else
    not_ok "byte totals grow with the traffic" "before: $bytes_before" "$out"
fi
check_contains "status shows the device" "$out" "Model:         MC7455"
check_contains "status shows the signal" "$out" "Signal:        LTE"

out=$(cm up --ip-family 4)
check_status "a second up for the same modem is refused" $? 1 "$out"
out=$(cm down)
check_status "down" $? 0 "$out"
cm_check_clean "after down"
check_eq "resolv.conf restored" "$(cat "$resolv")" "nameserver 127.0.0.53"
out=$(cm status)
check_status "status says not connected (exit 9)" $? 9 "$out"
out=$(cm down)
check_status "down with nothing up is fine" $? 0 "$out"

# ---- up in the foreground, then SIGTERM --------------------------------------------------
cm_bg "$QMISIM_DIR/up.log" up --ip-family 4v6 --resolv-conf "$resolv"
wait_for "the foreground up connects" 30 grep -q "connected on" "$QMISIM_DIR/up.log"
wait_for "the addresses are set" 10 cm_addresses_are_up
cm_ping 4
check_status "foreground up: IPv4 ping" $? 0
cm_ping 6
check_status "foreground up: IPv6 ping" $? 0
cm_stop
check_status "SIGTERM: exit 0" "$CM_RC" 0 "$(cat "$QMISIM_DIR/up.log")"
cm_check_clean "after SIGTERM"

# ---- the same, ended with SIGINT (Ctrl-C) ---------------------------------------------------
cm_bg "$QMISIM_DIR/up-int.log" up --ip-family 4v6 --resolv-conf "$resolv"
wait_for "up connects again" 30 grep -q "connected on" "$QMISIM_DIR/up-int.log"
wait_for "the addresses are set again" 10 cm_addresses_are_up
cm_stop INT
check_status "SIGINT: exit 0" "$CM_RC" 0 "$(cat "$QMISIM_DIR/up-int.log")"
cm_check_clean "after SIGINT"
check_eq "resolv.conf restored after SIGINT" "$(cat "$resolv")" "nameserver 127.0.0.53"

# ---- the network ends the session: up exits 8 ---------------------------------------------
cm_bg "$QMISIM_DIR/drop.log" up --ip-family 4
wait_for "up connects" 30 grep -q "connected on" "$QMISIM_DIR/drop.log"
simctl wds drop network-failure >/dev/null
wait "$CM_PID"
rc=$?
CM_PID=
check_status "a network drop ends up with exit 8" "$rc" 8 "$(cat "$QMISIM_DIR/drop.log")"
cm_check_clean "after the drop"

# ---- IPv6 only ------------------------------------------------------------------------------
out=$(cm up --ip-family 6 --background)
check_status "IPv6 only: up" $? 0 "$out"
check_eq "IPv6 only: just the IPv6 address" "$(ip -brief address show dev "$CM_IF" | grep -oE '(192\.0\.2|2001:db8)[^ ]*' | tr '\n' ' ')" \
    "2001:db8:1::2/64 "
check_eq "IPv6 only: no IPv4 default route" "$(ip route show default)" ""
cm_ping 6
check_status "IPv6 only: ping" $? 0
cm down >/dev/null
cm_check_clean "after IPv6 only"

# ---- an APN of its own, with CHAP --------------------------------------------------------------
out=$(cm up --apn corporate --user alice --password wrong --auth chap --ip-family 4)
check_status "a wrong password: exit 6" $? 6 "$out"
check_contains "the profile for the APN was created" "$out" "APN corporate: created profile 2"
check_contains "the refusal says auth-failed (legacy 10)" "$out" "call end reason 10,"
out=$(cm up --apn corporate --user alice --password s3cret --auth chap --ip-family 4 --background)
check_status "the APN's profile, with CHAP: up" $? 0 "$out"
check_contains "the APN's address" "$out" "IPv4:          198.51.100.10/28"
check_contains "the session is on APN corporate" "$(simctl wds status)" "apn=corporate"
cm_ping 4
check_status "APN corporate: ping" $? 0
cm down >/dev/null
cm_check_clean "after APN corporate"

# ---- refusals -------------------------------------------------------------------------------
simctl wds apn-fail internet operator-barring >/dev/null
out=$(cm up --ip-family 4)
check_status "a refused session: exit 6" $? 6 "$out"
check_contains "with the call end reason" "$out" "call end reason 1012"
simctl wds apn-fail internet none >/dev/null
cm_check_clean "after the refusal"

simctl nas register searching >/dev/null
out=$(cm up --ip-family 4 --reg-timeout 1)
check_status "no registration within --reg-timeout: exit 5" $? 5 "$out"
check_contains "saying so" "$out" "not registered after 1 s"
simctl nas register home >/dev/null
cm_check_clean "after the registration timeout"

# ---- the interface or the DNS file cannot be configured: 7 ------------------------------
out=$(cm up --ip-family 4 --resolv-conf "$QMISIM_DIR/no-such-dir/resolv.conf")
check_status "a resolv.conf in a missing folder: exit 7" $? 7 "$out"
check_contains "saying which file" "$out" "error: cannot write $QMISIM_DIR/no-such-dir/resolv.conf"
cm_check_clean "after the resolv.conf failure"
out=$(cm up --ip-family 4 --ifname nosuch0)
check_status "an interface that does not exist: exit 7" $? 7 "$out"
check_contains "saying which interface" "$out" "nosuch0"
cm_check_clean "after the interface failure"

# ---- no SDK daemon, no modem: 3 --------------------------------------------------------
# (--sdk names no program, or SLQSStart would start a daemon on that socket)
out=$(SLQS_SOCKET=$QMISIM_DIR/no-daemon.sock cm status --sdk "$QMISIM_DIR/no-slqssdk")
check_status "no SDK daemon: exit 3" $? 3 "$out"
check_contains "saying so" "$out" "error: cannot reach the SDK daemon"
out=$(cm up --ip-family 4 --modem 1 --device-timeout 1)
check_status "no modem 1 within --device-timeout: exit 3" $? 3 "$out"
check_contains "saying so" "$out" "error: no modem"

stop_sdk
cm_start_modem $'[uim]\npin_retries = 1'
out=$(cm up --pin 1234 --ip-family 4)
check_status "one PIN try left: refused (exit 4)" $? 4 "$out"
check_contains "saying why" "$out" "only one PIN try is left"
check_eq "the PIN was not tried" "$(stat_of uim.pin1_retries)" 1
out=$(cm up --pin 1234 --force-pin --ip-family 4 --background)
check_status "one PIN try left, --force-pin: up" $? 0 "$out"
check_contains "the PIN was tried and accepted" "$out" "SIM PIN accepted"
check_eq "the tries are back to 3" "$(stat_of uim.pin1_retries)" 3
cm down >/dev/null
cm_check_clean "after --force-pin"

stop_sdk
cm_start_modem
out=$(cm up --pin 9999 --ip-family 4)
check_status "a wrong PIN: exit 4" $? 4 "$out"
check_contains "with the tries left" "$out" "wrong PIN: 2 tries left"
out=$(cm up --ip-family 4)
check_status "no PIN for a locked SIM: exit 4" $? 4 "$out"

out=$("$CM" --help)
check_status "--help: exit 0" $? 0
check_contains "--help lists the exit codes" "$out" "Exit codes"
out=$("$CM" up --ip-family 5 2>&1)
check_status "a bad option: exit 2" $? 2 "$out"
check_eq "a bad option: one line saying what, one pointing to --help" "$out" \
    "connectionmgr: bad IP family (4, 6 or 4v6): '5'
connectionmgr: --help lists the options"
out=$("$CM" up --no-such-option 2>&1)
check_status "an unknown option: exit 2" $? 2 "$out"
check_eq "an unknown option: two lines, no usage" "$(printf '%s\n' "$out" | wc -l)" 2
check_contains "naming it" "$out" "no-such-option"
out=$("$CM" "$SLQSSDK" 9 2>&1)
check_status "the menu's modem index out of range: exit 2" $? 2 "$out"
check_contains "saying so" "$out" "bad modem index (0-8): '9'"
finish
