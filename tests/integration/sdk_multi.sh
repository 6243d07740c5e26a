#!/usr/bin/env bash
# One slqssdk serving 16 modems at once - 8 through qmi_wwan-style ptys, 8
# through emulated GobiNet nodes - and 64 applications spread over them;
# a reset of one modem touches only that modem's applications.
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures

N=16
conf=$(sim_config)
start_qmisim "$conf" --modems "$N"
chmod 755 "$QMISIM_DIR"
mkdir -p "$QMISIM_DIR/dev"
nodes=()
i=0
while read -r line; do
    if [ "$i" -lt $((N / 2)) ]; then
        nodes+=("$(ready_field link "$line")")
    else
        ln -s "$(ready_field socket "$line")" "$QMISIM_DIR/dev/qcqmi$i"
        nodes+=("$QMISIM_DIR/dev/qcqmi$i")
    fi
    i=$((i + 1))
done <"$QMISIM_DIR/ready"
check_eq "qmisim runs $N modems" "${#nodes[@]}" "$N"

args=()
for n in "${nodes[@]}"; do args+=(--device "$n"); done
SDK_SOCK=$QMISIM_DIR/slqssdk.sock
SDK_LOG=$QMISIM_DIR/slqssdk.log
env LD_PRELOAD="$GOBIEMU" "$SLQSSDK" -f --socket "$SDK_SOCK" "${args[@]}" >>"$SDK_LOG" 2>&1 &
SDK_PID=$!
wait_for "slqssdk serves" 10 client hello || bail_out "slqssdk starts with $N devices"
wait_for "all modems ready" 15 bash -c \
    "[ \$('$SDKCLIENT' -s '$SDK_SOCK' enumerate | grep -c 'state=1') = $N ]"
out=$(client enumerate)
check_eq "enumerate lists $N ready modems" "$(echo "$out" | grep -c 'state=1')" "$N"
check_eq "... $((N / 2)) of them GobiNet" "$(echo "$out" | grep -c 'driver=2 state=1')" $((N / 2))

# 4 apps per modem, 64 in all, at the same time.
pids=()
for n in "${nodes[@]}"; do
    "$SDKCLIENT" -s "$SDK_SOCK" -d "$n" load 4 50 2 >"$QMISIM_DIR/load.$(basename "$n")" 2>&1 &
    pids+=($!)
done
failed=0
for p in "${pids[@]}"; do wait "$p" || failed=$((failed + 1)); done
check_eq "64 apps on $N modems: every answer right" "$failed" 0
[ "$failed" -eq 0 ] || cat "$QMISIM_DIR"/load.* | sed 's/^/#   /'

# A reset of modem 3 during traffic on modems 3 and 4: modem 4's app sends
# until modem 3's app has seen its reset through.
modem_requests() {
    simctl modem "$1" stats | tr ' ' '\n' | sed -n 's/^requests=//p'
}
base4=$(modem_requests 4)
"$SDKCLIENT" -s "$SDK_SOCK" -d "${nodes[4]}" traffic 300 >"$QMISIM_DIR/t4" 2>&1 &
t4=$!
modem4_busy() { [ "$(modem_requests 4)" -ge $((base4 + 20)) ]; }
wait_for "modem 4's app sends" 60 modem4_busy
out=$("$SDKCLIENT" -s "$SDK_SOCK" -d "${nodes[3]}" fault "$CTL" reset 3 2>&1)
kill -USR1 "$t4"
wait "$t4"
check_contains "modem 3's app hears its reset" "$out" "state_reset=1"
check_contains "modem 3's app recovers" "$out" "other=0"
check_contains "modem 4's app hears nothing of it" "$(cat "$QMISIM_DIR/t4")" \
    "reset=0 nodev=0 timeout=0 other=0"
check_contains "... and was never disturbed" "$(cat "$QMISIM_DIR/t4")" "state_reset=0"

busy=0
for i in $(seq 0 $((N - 1))); do
    c=$(simctl modem "$i" stats | tr ' ' '\n' | sed -n 's/^cids.dms=//p')
    [ "$c" = 0 ] || busy=$((busy + 1))
done
check_eq "no modem keeps a client id" "$busy" 0
stop_sdk
[ "$TAP_FAILED" -eq 0 ] || dump_sdk_log
rm -f "$conf"
finish
