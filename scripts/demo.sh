#!/usr/bin/env bash
# demo.sh - `make demo`: the Connection_Manager sample against the simulator.
#
# Starts the modem simulator qmisim, runs SampleApps/Connection_Manager's
# connectionmgr against it (PIN, registration, data session, IP settings),
# then stops the simulator.  Runs only when both programs are built.
#
# PLACEHOLDER: the command-line options of qmisim and connectionmgr are not
# settled yet.  QMISIM_ARGS and CM_ARGS (environment) pass them; the defaults
# below are to be replaced once the programs exist.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bin=${SLQS_BIN_DIR:?SLQS_BIN_DIR is set by make demo}
run=${TARGET_RUN:-}     # qemu-user runner for a cross-built demo, else empty

for p in qmisim connectionmgr; do
    if [ ! -x "$bin/$p" ]; then
        echo "demo: $bin/$p is not built yet; nothing to run."
        exit 0
    fi
done

tmp=$(mktemp -d)
sock=$tmp/qmisim.sock
QMISIM_ARGS=${QMISIM_ARGS:---socket $sock}
CM_ARGS=${CM_ARGS:---device $sock}

echo "demo: starting the simulator: $bin/qmisim $QMISIM_ARGS"
# shellcheck disable=SC2086  # argument lists
$run "$bin/qmisim" $QMISIM_ARGS &
sim=$!
trap 'kill "$sim" 2>/dev/null; wait "$sim" 2>/dev/null; rm -rf "$tmp"' EXIT

# Give the simulator a moment to create its socket.
for _ in $(seq 50); do
    [ -e "$sock" ] && break
    kill -0 "$sim" 2>/dev/null || { echo "demo: qmisim exited early" >&2; exit 1; }
    sleep 0.1
done

echo "demo: running: $bin/connectionmgr $CM_ARGS"
# shellcheck disable=SC2086
$run "$bin/connectionmgr" $CM_ARGS
