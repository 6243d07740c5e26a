#!/usr/bin/env bash
# An application written for the vendor SDK 4.x (tests/integration/
# vendor_app.c: SWIWWANCMAPI.h, the vendor's names and types) compiles with
# -Wall -Wextra -Werror and links with the vendor's link line against this
# build's libraries, for the CPU of the build:
#   CC -Wall -Wextra -Werror -I<headers> app.c -L<build>/lib \
#      -lslqsqmi -lslqsapi -lslqscore -lpthread
# (tests/integration/vendor_app.sh runs the program against qmisim.)
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

echo "1..2"
if log=$("${cc[@]}" -std=gnu11 -Wall -Wextra -Werror "${san[@]}" -Iapi \
         -c tests/integration/vendor_app.c \
         -o "$out/app.o" 2>&1); then
    echo "ok 1 - $cpu: a vendor-style application compiles with -Wall -Wextra -Werror"
else
    echo "not ok 1 - $cpu: a vendor-style application compiles with -Wall -Wextra -Werror"
    printf '# %s\n' "$log"
fi
if log=$("${cc[@]}" "${san[@]}" "$out/app.o" -L"$bdir/lib" -lslqsqmi -lslqsapi -lslqscore -lpthread \
         -o "$out/app" 2>&1); then
    echo "ok 2 - $cpu: it links with -lslqsqmi -lslqsapi -lslqscore -lpthread"
else
    echo "not ok 2 - $cpu: it links with -lslqsqmi -lslqsapi -lslqscore -lpthread"
    printf '# %s\n' "$log"
fi
exit 0
