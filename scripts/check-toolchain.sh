#!/usr/bin/env bash
# check-toolchain.sh KIND GROUP "CC AND FLAGS" ["EXTRA FLAGS"]
#
# Called by the build before its first compile with a given compiler:
#   KIND=cc      can the compiler build and link a threaded C program?
#   KIND=cmocka  can it build and link a cmocka test (EXTRA = cmocka flags)?
# When it cannot and GROUP is not empty, scripts/install-deps.sh GROUP is run
# (it installs the Debian packages as root, and otherwise prints the command
# to run) and the check is tried again.  Exit 0 = usable.
set -u
kind=$1 group=$2 cc=$3 extra=${4:-}
here=$(cd "$(dirname "$0")" && pwd)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

case "$kind" in
    cc) what="the C compiler"
        cat >"$tmp/probe.c" <<'C'
#include <pthread.h>
#include <stdio.h>
int main(void) { printf("%p\n", (void *)pthread_self); return 0; }
C
        ;;
    cmocka) what="cmocka (unit-test framework)"
        cat >"$tmp/probe.c" <<'C'
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
static void probe(void **state) { (void)state; assert_true(1); }
int main(void) {
    const struct CMUnitTest t[] = { cmocka_unit_test(probe) };
    return cmocka_run_group_tests(t, NULL, NULL);
}
C
        ;;
    *) echo "check-toolchain.sh: unknown kind '$kind'" >&2; exit 2 ;;
esac

probe() {
    # shellcheck disable=SC2086  # CC and the flags are word lists
    $cc "$tmp/probe.c" -o "$tmp/probe" $extra >"$tmp/log" 2>&1
}

probe && exit 0

echo "The build needs $what, and '$cc' cannot build with it:" >&2
sed -n '1,8s/^/    /p' "$tmp/log" >&2
if [ -n "$group" ]; then
    "$here/install-deps.sh" "$group" >&2 || exit 1
    probe && exit 0
    echo "Still failing after installing the '$group' packages:" >&2
    sed -n '1,8s/^/    /p' "$tmp/log" >&2
else
    echo "(A compiler chosen with CC= or CROSS_COMPILE= is not installed automatically.)" >&2
fi
exit 1
