#!/usr/bin/env bash
# Integration: `connectionmgr watch` keeps a dual-stack link up: 20
# network-initiated drops (qmisim `wds drop`) give 20 reconnects with IPv4
# and IPv6 traffic flowing after each; a modem reset (the SIM asks for its
# PIN again, the data format is back to 802.3) and an unplug/replug (the
# interface goes away and comes back as a new one) during a session
# recover too, and so does a restart of the SDK daemon; SIGTERM then
# leaves nothing behind, also while the modem is away. Started while the
# modem is not registered, watch keeps trying until it is.
. "$(dirname "$0")/cm_lib.bash"
cm_enter_netns "$@"

DROPS=${CM_DROPS:-20}
cm_start_modem
log=$QMISIM_DIR/watch.log
cm_bg "$log" watch --pin 1234 --ip-family 4v6 --backoff-min 100 --backoff-max 2000

# reconnected N: the log counts N reconnects and the link carries traffic again.
reconnected() {
    [ "$(cm_count "$log" "reconnected (")" -ge "$1" ] && cm_addresses_are_up && cm_ping 4 && cm_ping 6
}

wait_for "watch connects" 30 grep -q "connected on" "$log" ||
    bail_out "watch connects" "$(cat "$log")"
wait_for "the addresses are set" 10 cm_addresses_are_up
cm_ping 4 && cm_ping 6
check_status "traffic flows before the drops" $? 0

# ---- network-initiated drops -------------------------------------------------------------
good=0
for i in $(seq 1 "$DROPS"); do
    simctl wds drop regular-deactivation >/dev/null
    if wait_for "reconnect $i" 20 reconnected "$i"; then
        good=$((good + 1))
    else
        not_ok "drop $i: reconnected with traffic" "$(tail -n 20 "$log")"
        break
    fi
done
check_eq "$DROPS drops, $DROPS reconnects with IPv4 and IPv6 traffic after each" "$good" "$DROPS"
check_eq "the log counts $DROPS reconnects" "$(cm_count "$log" "reconnected (")" "$DROPS"
check_eq "two sessions at the modem" "$(stat_of wds.sessions)" 2

# ---- modem reset ---------------------------------------------------------------------------------
n=$(cm_count "$log" "reconnected (")
simctl reset >/dev/null
if wait_for "reconnect after the reset" 60 reconnected $((n + 1)); then
    ok "a modem reset: reconnected, traffic flows"
else
    not_ok "a modem reset: reconnected, traffic flows" "$(tail -n 30 "$log")"
fi
check_contains "after the reset the PIN was entered again" "$(tail -n 30 "$log")" "SIM PIN accepted"
check_eq "and the modem is on raw-IP again" "$(stat_of wda.link_layer)" raw-ip

# ---- unplug and replug ---------------------------------------------------------------------------
n=$(cm_count "$log" "reconnected (")
simctl unplug >/dev/null
wait_for "watch notices the unplug" 20 grep -q "the modem went away\|the session ended" "$log"
gone() { ! ip link show "$CM_IF" >/dev/null 2>&1; }
check_status "unplugged: the interface is gone" "$(gone; echo $?)" 0
simctl replug >/dev/null
if wait_for "reconnect after the replug" 60 reconnected $((n + 1)); then
    ok "unplug/replug: reconnected, traffic flows"
else
    not_ok "unplug/replug: reconnected, traffic flows" "$(tail -n 30 "$log")"
fi

# ---- no busy loop while the modem is away: the delays double up to the cap -------------------------
mark=$(wc -l <"$log")
simctl unplug >/dev/null
capped() { [ "$(tail -n +"$mark" "$log" | grep -c "reconnecting in 2000 ms")" -ge 2 ]; }
wait_for "the retry delay reaches its cap twice" 30 capped
delays=$(tail -n +"$mark" "$log" | sed -n 's/.*reconnecting in \([0-9]*\) ms.*/\1/p' | head -n 7 | tr '\n' ' ')
check_eq "while the modem is away the retries back off (ms)" "$delays" "100 200 400 800 1600 2000 2000 "
n=$(cm_count "$log" "reconnected (")
simctl replug >/dev/null
wait_for "reconnect after the second replug" 60 reconnected $((n + 1))
check_status "second replug: reconnected, traffic flows" $? 0

# ---- the SDK daemon restarts --------------------------------------------------------------------
n=$(cm_count "$log" "reconnected (")
stop_sdk
start_sdk none
if wait_for "reconnect after the daemon restart" 60 reconnected $((n + 1)); then
    ok "the SDK daemon restarted: reconnected, traffic flows"
else
    not_ok "the SDK daemon restarted: reconnected, traffic flows" "$(tail -n 30 "$log")"
fi

# ---- stop ----------------------------------------------------------------------------------------
cm_stop
check_status "SIGTERM: exit 0" "$CM_RC" 0 "$(tail -n 20 "$log")"
cm_check_clean "after SIGTERM"

# ---- watch started before the network is there -------------------------------------------------
simctl nas register searching >/dev/null
log=$QMISIM_DIR/watch3.log
cm_bg "$log" watch --pin 1234 --ip-family 4 --reg-timeout 1 --backoff-min 100 --backoff-max 1000
wait_for "watch keeps trying without a network" 20 grep -q "not connected yet: retrying" "$log"
check_status "watch keeps trying while not registered" $? 0 "$(cat "$log")"
simctl nas register home >/dev/null
wait_for "watch connects once registered" 30 grep -q "reconnected (" "$log" && wait_for "traffic" 10 cm_ping 4
check_status "once registered: connected, traffic flows" $? 0 "$(tail -n 20 "$log")"
cm_stop
check_status "SIGTERM: exit 0" "$CM_RC" 0
cm_check_clean "after the late start"

# ---- SIGTERM while waiting for the modem --------------------------------------------------------
log=$QMISIM_DIR/watch2.log
cm_bg "$log" watch --pin 1234 --ip-family 4 --backoff-min 100 --backoff-max 2000
wait_for "watch connects again" 30 grep -q "connected on" "$log"
simctl unplug >/dev/null
wait_for "watch waits for the modem" 20 grep -q "not there yet" "$log"
cm_stop
check_status "SIGTERM while the modem is away: exit 0" "$CM_RC" 0 "$(tail -n 20 "$log")"
simctl replug >/dev/null
cm_check_clean "after SIGTERM with the modem away"
finish
