#!/usr/bin/env bash
# The applications written for the vendor SDK 4.x (tests/integration/
# vendor_*app.c: SWIWWANCMAPI.h, the vendor's names and types) compile with
# -Wall -Wextra -Werror and link with the vendor's link line against this
# build's libraries, for the CPU of the build:
#   CC -Wall -Wextra -Werror -I<headers> vendor_app.c -L<build>/lib \
#      -lslqsqmi -lslqsapi -lslqscore -lpthread
# (tests/integration/vendor_app.sh and vendor_wds_app.sh run them against qmisim.)
#
# Environment (from tests/run-tests.sh): SLQS_TOP, SLQS_BUILD_DIR, SLQS_CPU.
set -uo pipefail
top=${SLQS_TOP:?}
cd "$top" || exit 1
bdir=${SLQS_BUILD_DIR:?}
cpu=${SLQS_CPU:-}
san=()
case $bdir in
    */asan-*) san=(-fsanitize=address,undefined) ;;	# its libraries need the runtime
esac
# shellcheck disable=SC2207  # a compiler command may carry options
cc=($(make -s --no-print-directory ${cpu:+CPU="$cpu"} print-CC 2>/dev/null))
[ ${#cc[@]} -gt 0 ] || { echo "no compiler for CPU=$cpu"; exit 77; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

apps=(tests/integration/vendor_*app.c)
echo "1..$((2 * ${#apps[@]}))"
n=0
for src in "${apps[@]}"; do
    name=$(basename "$src" .c)
    n=$((n + 1))
    if log=$("${cc[@]}" -std=gnu11 -Wall -Wextra -Werror "${san[@]}" -Iapi -c "$src" \
             -o "$out/$name.o" 2>&1); then
        echo "ok $n - $cpu: $name, a vendor-style application, compiles with -Wall -Wextra -Werror"
    else
        echo "not ok $n - $cpu: $name, a vendor-style application, compiles with -Wall -Wextra -Werror"
        printf '# %s\n' "$log"
    fi
    n=$((n + 1))
    if log=$("${cc[@]}" "${san[@]}" "$out/$name.o" -L"$bdir/lib" -lslqsqmi -lslqsapi -lslqscore \
             -lpthread -o "$out/$name" 2>&1); then
        echo "ok $n - $cpu: $name links with -lslqsqmi -lslqsapi -lslqscore -lpthread"
    else
        echo "not ok $n - $cpu: $name links with -lslqsqmi -lslqsapi -lslqscore -lpthread"
        printf '# %s\n' "$log"
    fi
done
exit 0
