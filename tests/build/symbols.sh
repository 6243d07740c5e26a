#!/usr/bin/env bash
# The installed static libraries export only the SDK's own names: every
# global symbol defined in libslqscore.a, libslqsapi.a and libslqsqmi.a is
# either a function or variable declared in a public header under api/, or
# carries the SDK prefix `slqs_` (docs/api-guide.md, "Symbols").  Anything
# else would collide with the names of a firmware image the libraries are
# linked into (libqmi uses qmi_*, for one).
#
# Environment (from tests/run-tests.sh): SLQS_TOP, SLQS_BUILD_DIR, SLQS_CPU.
# NM overrides the symbol lister (default: the CPU's cross nm, else nm).
set -uo pipefail
top=${SLQS_TOP:?}
cd "$top" || exit 1
libdir=${SLQS_BUILD_DIR:?}/lib
cpu=${SLQS_CPU:-host}

nm_cmd=${NM:-}
if [ -z "$nm_cmd" ]; then
    pfx=$(make -s --no-print-directory CPU="$cpu" print-CROSS_COMPILE 2>/dev/null)
    nm_cmd=${pfx}nm
    command -v "$nm_cmd" >/dev/null 2>&1 || nm_cmd=nm
fi
command -v "$nm_cmd" >/dev/null 2>&1 || { echo "no nm to list symbols with (binutils)"; exit 77; }

# The names the public headers declare: an identifier followed by '(' (a
# function) or declared extern.
api_names=$(mktemp)
trap 'rm -f "$api_names"' EXIT
find api -name '*.h' -print0 | xargs -0 cat |
    sed 's,/\*.*\*/,,g' |
    grep -oE '\b[A-Za-z_][A-Za-z0-9_]*[[:space:]]*\(' | sed -E 's/[[:space:]]*\($//' |
    sort -u >"$api_names"

n=0
for lib in libslqscore libslqsapi libslqsqmi; do
    a=$libdir/$lib.a
    if [ ! -f "$a" ]; then
        n=$((n + 1)); echo "not ok $n - $cpu: $lib.a exists (build it first)"; continue
    fi
    # Defined global symbols: nm -g prints "value type name"; undefined ones
    # have no value and are left out by --defined-only.
    # (an ASan build adds __odr_asan.NAME beside each global NAME: judged as NAME)
    bad=$("$nm_cmd" -g --defined-only "$a" 2>/dev/null | awk 'NF == 3 { print $3 }' |
        sed 's/^__odr_asan\.//' | sort -u |
        grep -v '^slqs_' |
        grep -vE '^__x86\.get_pc_thunk\.' |   # i686 PIC helper, hidden visibility
        grep -vxF -f "$api_names")
    count=$("$nm_cmd" -g --defined-only "$a" 2>/dev/null | awk 'NF == 3' | wc -l)
    n=$((n + 1))
    if [ -z "$bad" ]; then
        echo "ok $n - $cpu: $lib.a exports only API names and slqs_* ($count global symbols)"
    else
        echo "not ok $n - $cpu: $lib.a exports names outside the API and the slqs_ prefix"
        printf '# %s\n' $bad
    fi
done
exit 0
