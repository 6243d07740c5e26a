#!/usr/bin/env bash
# Integration: connectionmgr's messages reach syslog (facility daemon, ident
# connectionmgr[pid]) with the priority of their level: progress info, -v
# debug, errors err; --no-syslog keeps them off syslog; -q drops progress
# from stderr, -v adds debug lines there. Syslog is a datagram socket
# (cm_syslogd.py) put at /dev/log in a mount namespace of the test's own
# (unshare -m), so the host's logging is neither needed nor touched.
. "$(dirname "$0")/cm_lib.bash"
command -v python3 >/dev/null 2>&1 || skip_all "python3 is not installed (the syslog stand-in)"
command -v unshare >/dev/null 2>&1 || skip_all "unshare is not installed (util-linux)"
cm_enter_netns "$@"
if [ -z "${CM_TEST_MNTNS:-}" ]; then
    unshare -m true 2>/dev/null || skip_all "cannot create a mount namespace (unshare -m)"
    CM_TEST_MNTNS=1 exec unshare -m --propagation private "$BASH" "$0" "$@"
fi

# dev_log_to SOCKET: /dev/log is SOCKET, in this mount namespace only.
# Without a /dev/log to mount over, /dev becomes a tmpfs holding the old
# entries (bound back) and /dev/log.
dev_log_to() {
    local sock=$1 stage e n
    if [ -e /dev/log ] || [ -L /dev/log ]; then
        mount --bind "$sock" /dev/log
        return
    fi
    stage=$(mktemp -d /tmp/cm-dev.XXXXXX)
    mount --rbind /dev "$stage" || return 1
    mount -t tmpfs -o mode=755 cm-dev /dev || return 1
    for e in "$stage"/*; do
        n=/dev/${e##*/}
        if [ -L "$e" ]; then cp -P "$e" "$n"
        elif [ -d "$e" ]; then mkdir "$n" && mount --rbind "$e" "$n"
        else touch "$n" && mount --bind "$e" "$n"
        fi
    done
    umount -l "$stage" && rmdir "$stage"
    ln -s "$sock" /dev/log
}

cm_start_modem $'[uim]\npin_enabled = no'
syslog=$QMISIM_DIR/syslog.txt
: >"$syslog"
python3 "$(dirname "$0")/cm_syslogd.py" "$QMISIM_DIR/log.sock" "$syslog" &
syslogd_pid=$!
wait_for "the syslog stand-in listens" 10 test -S "$QMISIM_DIR/log.sock" ||
    bail_out "cm_syslogd.py starts"
dev_log_to "$QMISIM_DIR/log.sock" || bail_out "/dev/log in the test's mount namespace"
stop_syslogd() { kill "$syslogd_pid" 2>/dev/null; wait "$syslogd_pid" 2>/dev/null; }
trap 'stop_syslogd; cm_cleanup' EXIT

# cm_logged ARGS...: connectionmgr with syslog on (cm adds --no-syslog).
cm_logged() {
    timeout -k 5 120 "$CM" "$@" --pid-file "$CM_PIDFILE" 2>&1
}
no_daemon() {
    SLQS_SOCKET=$QMISIM_DIR/no-daemon.sock "$@" status --sdk "$QMISIM_DIR/no-slqssdk"
}

# ---- --no-syslog first: what reaches syslog afterwards shows it sent nothing --------------
out=$(no_daemon cm)
check_status "--no-syslog, no daemon: exit 3" $? 3 "$out"
check_contains "the error on stderr" "$out" "connectionmgr: error: cannot reach the SDK daemon"

# ---- an error: priority err (daemon.err = <27>) ----------------------------------------------
out=$(no_daemon cm_logged)
check_status "no daemon: exit 3" $? 3 "$out"
wait_for "the error reaches syslog" 10 grep -q "cannot reach the SDK daemon" "$syslog"
check_status "the error reaches syslog" $? 0 "$(cat "$syslog")"
check_eq "only the run with syslog on sent it" "$(grep -c "cannot reach the SDK daemon" "$syslog")" 1
check_contains "an error is daemon.err, ident connectionmgr[pid]" \
    "$(grep -E '^<27>.* connectionmgr\[[0-9]+\]: cannot reach the SDK daemon' "$syslog")" "cannot reach"

# ---- progress (info) and -v (debug), from a background link --------------------------------
out=$(cm_logged up --ip-family 4 --background -v)
check_status "up --background -v: exit 0" $? 0 "$out"
check_contains "-v: debug lines on stderr" "$out" "connectionmgr: debug: "
wait_for "the link's progress reaches syslog" 10 grep -q "connected on $CM_IF" "$syslog"
check_status "the background child's progress reaches syslog" $? 0 "$(cat "$syslog")"
check_contains "progress is daemon.info (<30>)" \
    "$(grep -E "^<30>.* connectionmgr\[[0-9]+\]: connected on $CM_IF" "$syslog")" "connected on"
check_contains "-v: debug is daemon.debug (<31>)" \
    "$(grep -E '^<31>.* connectionmgr\[[0-9]+\]: ' "$syslog")" "connectionmgr"
out=$(cm_logged down)
check_status "down" $? 0 "$out"
wait_for "the background child's teardown reaches syslog" 10 \
    grep -qE '^<30>.* connectionmgr\[[0-9]+\]: .*(disconnected|down)' "$syslog"
check_status "the background child's teardown reaches syslog (it has no stderr)" $? 0 "$(cat "$syslog")"
cm_check_clean "after down"

# ---- -q: no progress on stderr ----------------------------------------------------------------
out=$(cm up --ip-family 4 --background -q)
check_status "up --background -q: exit 0" $? 0 "$out"
check_not_contains "-q: no progress lines" "$out" "connected on"
check_not_contains "-q: no debug lines" "$out" "debug:"
cm down >/dev/null
cm_check_clean "after -q"
finish
