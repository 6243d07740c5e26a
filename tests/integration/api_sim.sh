#!/usr/bin/env bash
# The public API end to end: api_client (tests/integration/api_client.c,
# public headers and libraries only) against slqssdk serving qmisim.
#
# Over both transports (qmi_wwan-style pty, emulated GobiNet): enumerate,
# connect, raw DMS Get Model, the typed DMS identity functions returning
# the strings qmisim is configured with, a QMI error, 16 threads of concurrent
# requests, 8 applications at once, the device-state callback across a
# modem reset and an unplug/replug, no client id left behind.
# Then the daemon's life cycle through the API: SLQSKillSDKProcess,
# SLQSStart without a daemon, with a daemon that cannot start, and
# starting the daemon itself (SetSDKImagePath).
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures

# A daemon the library started is not the framework's to stop: we do.
SPAWNED_PIDFILE=
api_cleanup() {
    [ -z "$SPAWNED_PIDFILE" ] || [ ! -s "$SPAWNED_PIDFILE" ] ||
        kill "$(cat "$SPAWNED_PIDFILE")" 2>/dev/null
    sdk_cleanup
}
trap api_cleanup EXIT

# The client: built by make, or compiled here against the built libraries.
API_CLIENT=$BIN/tests/integration/api_client
if [ ! -x "$API_CLIENT" ]; then
    API_CLIENT=$FIXTURES/api_client
    libs=() deps=()
    for l in slqsqmi slqsapi slqscore; do
        if [ -f "$BUILD/lib/lib$l.a" ]; then
            libs+=("-l$l")
            deps+=("$BUILD/lib/lib$l.a")
        fi
    done
    [ -f "$BUILD/lib/libslqsapi.a" ] || skip_all "libslqsapi.a is not built (run make)"
    up_to_date "$API_CLIENT" "$LIB_TOP/tests/integration/api_client.c" "${deps[@]}" ||
        ${CC:-cc} -std=gnu11 -O2 -g -pthread -I"$LIB_TOP/api" -I"$LIB_TOP/api/inc" \
            -o "$API_CLIENT" "$LIB_TOP/tests/integration/api_client.c" \
            -L"$BUILD/lib" "${libs[@]}" -lpthread ||
        bail_out "build api_client"
fi

# api NAME EXPECTED ARGS...: runs api_client ARGS; passes when it exits 0
# and its output contains EXPECTED. The output is left in $OUT.
api() {
    local name=$1 want=$2 rc
    shift 2
    OUT=$(timeout -k 5 120 env SLQS_SOCKET="$SDK_SOCK" "$API_CLIENT" "$@" 2>&1)
    rc=$?
    if [ "$rc" -ne 0 ]; then
        not_ok "$name" "api_client $* exited with $rc" "$OUT"
    else
        check_contains "$name" "$OUT" "$want"
    fi
}

api_checks() {
    local tr=$1 pids=() i bad=0

    api "$tr: enumerate lists the modem" "device 0: $NODE " enumerate
    api "$tr: connect and raw DMS Get Model" "model: " model
    api "$tr: GetManufacturer returns the configured manufacturer" \
        "manufacturer: '$SIM_MANUFACTURER'" identity
    check_contains "$tr: GetModelID returns the configured model" "$OUT" "model: '$SIM_MODEL'"
    check_contains "$tr: GetFirmwareRevision returns the configured revision" \
        "$OUT" "firmware: '$SIM_REVISION'"
    api "$tr: an unknown message gives 1000 + InvalidQmiCommand (1071)" \
        "unknown message: 1071" error
    api "$tr: 16 threads x 100 concurrent requests, all answered right" \
        "1600 requests, 0 wrong" threads 16 100

    for i in $(seq 8); do
        timeout -k 5 120 env SLQS_SOCKET="$SDK_SOCK" "$API_CLIENT" threads 4 50 \
            >"$QMISIM_DIR/app$i.out" 2>&1 &
        pids+=($!)
    done
    for i in "${!pids[@]}"; do wait "${pids[$i]}" || bad=$((bad + 1)); done
    check_eq "$tr: 8 applications x 4 threads at once, all right" "$bad" 0

    api "$tr: device-state callback: DISCONNECTED then READY across a modem reset" \
        "device states: DR" reset "'$QMISIM' --ctl '$CTL' reset >/dev/null"
    check_contains "$tr: ... and requests work again" "$OUT" "model: "
    api "$tr: device-state callback: DISCONNECTED then READY across unplug/replug" \
        "device states: DR" reset \
        "'$QMISIM' --ctl '$CTL' unplug >/dev/null && sleep 0.3 && '$QMISIM' --ctl '$CTL' replug >/dev/null"

    wait_for "CIDs given back" 5 cids_are 0 0
    check_eq "$tr: no client id left behind by the applications" \
        "$(stat_of cids.dms)/$(sdk_stat cids)" "0/0"
}

# Identity strings unlike qmisim's defaults, so the API cannot pass by luck.
SIM_MANUFACTURER="Example Modems, Ltd."
SIM_MODEL="XM-4711"
SIM_REVISION="XM4711_01.02.03 test build"
for_each_transport api_checks "$(printf '[dms]\nmanufacturer = %s\nmodel = %s\nrevision = %s' \
    "$SIM_MANUFACTURER" "$SIM_MODEL" "$SIM_REVISION")"

# ---- the daemon's life cycle through the API (qmi_wwan-style pty) -------------

# expect_fail NAME EXPECTED ARGS...: api_client must fail, saying EXPECTED.
expect_fail() {
    local name=$1 want=$2
    shift 2
    OUT=$(timeout -k 5 60 env SLQS_SOCKET="$SDK_SOCK" "$@" 2>&1) &&
        { not_ok "$name" "succeeded:" "$OUT"; return; }
    check_contains "$name" "$OUT" "$want"
}

conf=$(sim_config)
start_qmisim "$conf"
start_sdk qmux
api "SLQSKillSDKProcess stops the daemon" "" kill
wait_for "daemon exit" 10 bash -c "! kill -0 $SDK_PID"
check_status "the daemon has exited" "$(kill -0 "$SDK_PID" 2>/dev/null; echo $?)" 1
wait "$SDK_PID" 2>/dev/null
SDK_PID=

# No daemon and nothing to start (PATH emptied): SLQSStart fails at once.
expect_fail "without a daemon SLQSStart fails with SOCKET_IN_USE" \
    "SLQSStart failed: 57349 " env PATH=/nonexistent "$API_CLIENT" enumerate

# A daemon that cannot start (an unknown --group) is noticed at once.
cat >"$QMISIM_DIR/slqssdk-broken" <<EOF
#!/bin/sh
exec '$SLQSSDK' --group no-such-group-for-slqs "\$@"
EOF
chmod +x "$QMISIM_DIR/slqssdk-broken"
expect_fail "SLQSStart with a daemon that cannot start fails" \
    "SLQSStart failed: 57349 " "$API_CLIENT" start "$QMISIM_DIR/slqssdk-broken"
# Noticed when the daemon exits, not at the end of the start timeout (no
# timing: the machine may be slow): the library logs the exit first, and
# gives up on it; a start that timed out would log the exit afterwards.
check_eq "... noticed as the daemon's exit, not at the start timeout" \
    "$(echo "$OUT" | grep -o -m1 'the daemon exited with status 1\|does not answer')" \
    "the daemon exited with status 1"

# SLQSStart starts the daemon: the image is a wrapper adding the modem (a
# daemon started by the library otherwise scans sysfs).
cat >"$QMISIM_DIR/slqssdk-wrapper" <<EOF
#!/bin/sh
exec '$SLQSSDK' --device '$LINK' --pidfile '$QMISIM_DIR/spawned.pid' "\$@"
EOF
chmod +x "$QMISIM_DIR/slqssdk-wrapper"
SPAWNED_PIDFILE=$QMISIM_DIR/spawned.pid
api "SLQSStart starts the daemon (SetSDKImagePath) and it serves requests" \
    "model: " start "$QMISIM_DIR/slqssdk-wrapper"
spawned=$(cat "$QMISIM_DIR/spawned.pid" 2>/dev/null)
check_status "the daemon it started runs detached" \
    "$(kill -0 "${spawned:-0}" 2>/dev/null; echo $?)" 0
api "SLQSKillSDKProcess stops the daemon SLQSStart started" "" kill
wait_for "started daemon exit" 10 bash -c "! kill -0 ${spawned:-0}"
check_status "... it has exited" "$(kill -0 "${spawned:-0}" 2>/dev/null; echo $?)" 1
wait_for "CIDs released" 5 cids_are 0 0
check_eq "no client id left behind" "$(stat_of cids.dms)" 0
rm -f "$conf"

finish
