#!/usr/bin/env bash
# Callbacks survive the daemon: an application (sdkapp, on libslqsapi)
# sets a device-state callback and registers NAS Signal Info indications;
# the daemon is killed, SLQSStart fails while it is down, a new daemon
# starts: the callback fires again (READY) and the registration is sent
# again on the new daemon's client id, so indications come again.
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures

SDKAPP=$BIN/tests/integration/sdkapp
[ -x "$SDKAPP" ] || skip_all "sdkapp is not built ($SDKAPP missing: run make itests)"

restart() {
    local tr=$1 out pidfile=$QMISIM_DIR/sdk2.pid start
    # The new daemon runs on its own (its pid in a file); the first is ours.
    start="'$SLQSSDK' -f --socket '$SDK_SOCK' --device '$NODE' \
--pidfile '$pidfile' >>'$SDK_LOG' 2>&1 &
for i in \$(seq 100); do [ -S '$SDK_SOCK' ] && [ -s '$pidfile' ] && exit 0; sleep 0.1; done; exit 1"
    [ "$tr" = gobinet ] && start="LD_PRELOAD='$GOBIEMU' $start"
    out=$(SLQS_SOCKET=$SDK_SOCK timeout -k 5 180 "$SDKAPP" restart \
        "kill -9 $SDK_PID" "$start" \
        "'$QMISIM' --ctl '$CTL' nas signal rssi=-71 >/dev/null" \
        "'$QMISIM' --ctl '$CTL' nas signal rssi=-62 >/dev/null" 2>&1)
    check_status "$tr: kill, failed start, new daemon: callbacks and indications come back" $? 0
    echo "$out" | sed 's/^/# /'
    check_contains "$tr: the state callback fired after the restart" "$out" \
        "the callback hears READY: ok"
    check_contains "$tr: indications registered again with the modem" "$out" \
        "an indication after (registration restored): ok"
    wait "$SDK_PID" 2>/dev/null
    SDK_PID=$(cat "$pidfile" 2>/dev/null)
}
for_each_transport restart
finish
