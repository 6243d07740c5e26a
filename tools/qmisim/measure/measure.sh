#!/bin/sh
# Measures qmisim's request path (valgrind needed): heap allocations and
# instructions per request, through the library (harness.c) and through
# the program's socket (socket_client.py). Run from the top of the tree
# after `make`; QMISIM=path measures another build of the program.
#   tools/qmisim/measure/measure.sh [N]
set -e
N=${1:-10000}
CPU=$(make -s print-CPU | tail -1)
LIB=${LIB:-build/$CPU/lib}
QMISIM=${QMISIM:-build/$CPU/bin/qmisim}
HERE=$(dirname "$0")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

cc -O2 -std=gnu11 -I. -o "$T/harness" "$HERE/harness.c" "$LIB/libqmisim.a" \
    "$LIB/libslqsqmi.a" "$LIB/libslqscore.a" -lpthread

# $1: what to count (allocs|instructions); $2: N. Prints the total.
library() {
    if [ "$1" = allocs ]; then
        valgrind "$T/harness" "$2" 2>&1 >/dev/null |
            sed -n 's/.*total heap usage: \([0-9,]*\) allocs.*/\1/p' | tr -d ,
    else
        valgrind --tool=callgrind --callgrind-out-file="$T/cg" "$T/harness" "$2" 2>&1 \
            >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
    fi
}

# The program on a socket: $1 as above, $2 requests (DMS Get Manufacturer).
program() {
    tool=; [ "$1" = instructions ] && tool="--tool=callgrind --callgrind-out-file=$T/cg2"
    # shellcheck disable=SC2086
    valgrind $tool --log-file="$T/vg.log" "$QMISIM" --socket "$T/sock" --link "$T/link" \
        >/dev/null 2>&1 &
    pid=$!
    python3 "$HERE/socket_client.py" "$T/sock" "$2" >/dev/null
    kill -TERM $pid; wait $pid 2>/dev/null || true
    if [ "$1" = allocs ]; then
        sed -n 's/.*total heap usage: \([0-9,]*\) allocs.*/\1/p' "$T/vg.log" | tr -d ,
    else
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$T/vg.log"
    fi
}

per() { echo "$1 $2 $3" | awk '{ printf "%.2f", ($2 - $1) / $3 }'; }

a0=$(library allocs 0); a1=$(library allocs "$N")
i0=$(library instructions 0); i1=$(library instructions "$N")
echo "library, $((2 * N)) requests: allocations $a0 -> $a1 ($(per "$a0" "$a1" $((2 * N))) a request)," \
     "instructions $(per "$i0" "$i1" $((2 * N))) a request"
M=$((N / 5))
p0=$(program allocs 0); p1=$(program allocs "$M")
q0=$(program instructions 0); q1=$(program instructions "$M")
echo "program on its socket, $M requests: allocations $p0 -> $p1 ($(per "$p0" "$p1" "$M") a request)," \
     "instructions $(per "$q0" "$q1" "$M") a request"
