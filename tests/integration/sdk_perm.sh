#!/usr/bin/env bash
# Who may talk to slqssdk: the socket is mode 0660 in the --group; every
# peer is checked with SO_PEERCRED (root, the daemon's user and members of
# the group pass). A user outside the group is refused - by the file mode,
# or, if the socket is opened up, by an explicit refusal (status 1082) and
# a log line. Then the daemon itself runs as an unprivileged user in the
# device's group. Needs root (CI runs as root) and setpriv (util-linux).
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures
[ "$(id -u)" -eq 0 ] || skip_all "needs root to run clients as other users"
command -v setpriv >/dev/null || skip_all "setpriv (util-linux) is not installed"
getent group nogroup >/dev/null || skip_all "no group 'nogroup' on this system"

NOGROUP=$(getent group nogroup | cut -d: -f3)
OUTSIDER=65533	# a uid and gid nobody uses, in no group

# as UID GID GROUPS CMD...: runs CMD with those credentials.
as() {
    local uid=$1 gid=$2 groups=$3
    shift 3
    if [ -n "$groups" ]; then
        setpriv --reuid "$uid" --regid "$gid" --groups "$groups" "$@"
    else
        setpriv --reuid "$uid" --regid "$gid" --clear-groups "$@"
    fi
}

perm() {
    local tr=$1 out
    start_sdk "$tr" --group nogroup
    check_eq "$tr: the socket is mode 0660, group nogroup" \
        "$(stat -c '%a %G' "$SDK_SOCK")" "660 nogroup"

    out=$(as 65534 "$NOGROUP" "" "$SDKCLIENT" -s "$SDK_SOCK" raw 2 0x21 2>&1)
    check_contains "$tr: a user whose group is nogroup gets in" "$out" "raw: status=0"
    out=$(as 65534 "$OUTSIDER" "$NOGROUP" "$SDKCLIENT" -s "$SDK_SOCK" hello 2>&1)
    check_contains "$tr: a user with nogroup as supplementary group gets in" "$out" "hello: ok"

    out=$(as "$OUTSIDER" "$OUTSIDER" "" "$SDKCLIENT" -s "$SDK_SOCK" hello 2>&1)
    check_status "$tr: a user outside the group is refused" $? 3 "$out"
    check_contains "$tr: ... by the socket's mode" "$out" "Permission denied"

    # Opened up by mistake: the credential check still says no, explicitly.
    chmod 0666 "$SDK_SOCK"
    out=$(as "$OUTSIDER" "$OUTSIDER" "" "$SDKCLIENT" -s "$SDK_SOCK" hello 2>&1)
    check_contains "$tr: SO_PEERCRED refuses the outsider with status 1082" "$out" \
        "hello: refused status=1082"
    grep -q "refused application pid .* uid $OUTSIDER" "$SDK_LOG"
    check_status "$tr: the refusal is logged" $? 0
    check_eq "$tr: the daemon counts it" "$(sdk_stat refused)" 1
    out=$(client raw 2 0x21)
    check_contains "$tr: root still gets in" "$out" "raw: status=0"
}
for_each_transport perm

# The daemon as an unprivileged user (nobody) in the device's group:
# the modem node is root:nogroup 0660 as a udev rule would make it.
conf=$(sim_config)
start_qmisim "$conf"
chmod 755 "$QMISIM_DIR"
chown "root:$NOGROUP" "$PTY" && chmod 0660 "$PTY"
run=$QMISIM_DIR/run
mkdir -p "$run"
chown 65534:"$NOGROUP" "$run"
SDK_SOCK=$run/slqssdk.sock
SDK_LOG=$QMISIM_DIR/slqssdk.log
touch "$SDK_LOG"
chown 65534 "$SDK_LOG"
setpriv --reuid 65534 --regid "$OUTSIDER" --groups "$NOGROUP" "$SLQSSDK" -f -v --socket "$SDK_SOCK" --device "$LINK" \
    --pidfile "$run/slqssdk.pid" >>"$SDK_LOG" 2>&1 &
SDK_PID=$!
wait_for "slqssdk serves" 10 client hello || bail_out "slqssdk starts as nobody"
check_eq "unprivileged: the daemon runs as uid 65534" "$(ps -o uid= -p "$SDK_PID" | tr -d ' ')" 65534
check_eq "unprivileged: its pidfile" "$(cat "$run/slqssdk.pid")" "$SDK_PID"
out=$(client load 4 50 2)
check_contains "unprivileged: root's apps are served" "$out" "failed_apps=0"
out=$(as 65534 "$NOGROUP" "" "$SDKCLIENT" -s "$SDK_SOCK" raw 2 0x22 2>&1)
check_contains "unprivileged: and the daemon's own user's" "$out" "raw: status=0"
out=$(as "$OUTSIDER" "$OUTSIDER" "" "$SDKCLIENT" -s "$SDK_SOCK" hello 2>&1)
check_status "unprivileged: others are refused" $? 3 "$out"
wait_for "CIDs given back" 10 cids_are 0 0
check_eq "unprivileged: no client id left" "$(stat_of cids.dms)" 0
stop_sdk
[ ! -e "$run/slqssdk.pid" ]
check_status "unprivileged: the pidfile is removed at exit" $? 0
[ "$TAP_FAILED" -eq 0 ] || dump_sdk_log
rm -f "$conf"
finish
