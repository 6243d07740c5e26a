#!/usr/bin/env bash
# The Connection_Manager sample builds the way an integrator builds it, for
# the CPU of the build, with warnings as errors:
#   - the tree's build/<CPU>/bin/connectionmgr needs no shared library but
#     the C library (the SDK's libraries are linked statically);
#   - a copy of SampleApps/Connection_Manager builds with its own Makefile
#     against the tree (SDK_TOP), and against an installation of this build
#     found with pkg-config (`make install DESTDIR=...`), as a copy taken out
#     of the tree would.
#
# Environment (from tests/run-tests.sh): SLQS_TOP, SLQS_BUILD_DIR, SLQS_CPU.
set -uo pipefail
top=${SLQS_TOP:?}
cd "$top" || exit 1
bdir=${SLQS_BUILD_DIR:?}
cpu=${SLQS_CPU:?}
case $bdir in
    */asan-* | */fuzz) echo "the sample's build is checked in the plain builds"; exit 77 ;;
esac
# The make arguments of tests/run-tests.sh, so that nothing is rebuilt differently.
margs=(CPU="$cpu" WERROR="${WERROR:-0}")
[ -z "${SLQS_CC:-}" ] || [ "$cpu" != "$(make -s --no-print-directory print-HOST_CPU)" ] ||
    margs+=(CC="$SLQS_CC")
# shellcheck disable=SC2207  # a compiler command may carry options
cc=($(make -s --no-print-directory "${margs[@]}" print-CC 2>/dev/null))
[ ${#cc[@]} -gt 0 ] || { echo "no compiler for CPU=$cpu"; exit 77; }
command -v readelf >/dev/null || { echo "readelf is not installed (binutils)"; exit 77; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
n=0
result() {   # result OK? NAME [DETAIL]
    n=$((n + 1))
    if [ "$1" -eq 0 ]; then echo "ok $n - $cpu: $2"; else echo "not ok $n - $cpu: $2"; printf '# %s\n' "${3:-}"; fi
}

# only_libc PROGRAM: its shared libraries are the C library's.
only_libc() {
    local needed
    needed=$(readelf -d "$1" 2>&1 | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' |
        grep -v -E '^(libc\.so|libpthread\.so|ld-linux|ld\.so)' || true)
    [ -z "$needed" ] || { echo "also needs: $needed"; return 1; }
}

# A copy of the folder, built with its Makefile against the tree.
cp -r SampleApps/Connection_Manager "$out/tree-copy"
rm -rf "$out/tree-copy/obj" "$out/tree-copy/bin"
log=$(make -s -C "$out/tree-copy" SDK_TOP="$top" "${margs[@]}" WERROR=1 2>&1)
result $? "a copy of the folder builds against the tree (make SDK_TOP=... CPU=$cpu)" "$log"
log=$(only_libc "$out/tree-copy/bin/connectionmgr$cpu" 2>&1)
result $? "and needs no shared library but libc" "$log"

# An installation of this build (which builds the programs too), the tree's
# connectionmgr, and a copy that knows only pkg-config.
root=$out/root
log=$(make -s "${margs[@]}" install DESTDIR="$root" PREFIX=/usr 2>&1)
result $? "make install CPU=$cpu DESTDIR=..." "$log"
prog=$bdir/bin/connectionmgr
if [ -x "$prog" ]; then
    log=$(only_libc "$prog" 2>&1)
    result $? "build/$cpu/bin/connectionmgr needs no shared library but libc" "$log"
else
    result 1 "build/$cpu/bin/connectionmgr is built (by make install)" "missing: $prog"
fi

cp -r SampleApps/Connection_Manager "$out/pc-copy"
rm -rf "$out/pc-copy/obj" "$out/pc-copy/bin"
log=$(PKG_CONFIG_PATH='' PKG_CONFIG_LIBDIR="$root/usr/lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$root" \
      make -s -C "$out/pc-copy" SDK_TOP=/nonexistent CPU="$cpu" CC="${cc[*]}" WERROR=1 2>&1)
result $? "a copy of the folder builds against the installation (pkg-config slqs)" "$log"
log=$(only_libc "$out/pc-copy/bin/connectionmgr$cpu" 2>&1)
result $? "and needs no shared library but libc" "$log"
echo "1..$n"
exit 0
