#!/usr/bin/env bash
# install-deps.sh - the one list of every Debian package this project uses,
# and why.  Installs the missing ones of the groups asked for.
#
#   scripts/install-deps.sh [group...]          install what is missing (root)
#   scripts/install-deps.sh --check [group...]  only report what is missing
#   scripts/install-deps.sh --list              print the table
#
# No group means every group.  "cross" means every cross-<CPU> group plus
# cmocka-src.  Not root and something missing: prints the exact apt-get
# command to run and exits 1.  Exit 0 means everything asked for is there.
set -euo pipefail

# group            package                   why
TABLE='
build              gcc                       C compiler for the native build
build              make                      GNU make drives the whole build
build              libc6-dev                 C library headers for the native build
unit               libcmocka-dev             cmocka, the unit-test framework (native unit tests)
cross-hosti686     gcc-i686-linux-gnu        cross compiler for CPU=hosti686
cross-hosti686     libc6-dev-i386-cross      C library for CPU=hosti686
cross-arm          gcc-arm-linux-gnueabihf   cross compiler for CPU=arm (armhf)
cross-arm          libc6-dev-armhf-cross     C library for CPU=arm
cross-arm64        gcc-aarch64-linux-gnu     cross compiler for CPU=arm64
cross-arm64        libc6-dev-arm64-cross     C library for CPU=arm64
cross-mips         gcc-mips-linux-gnu        cross compiler for CPU=mips (big-endian)
cross-mips         libc6-dev-mips-cross      C library for CPU=mips
cross-mipsel       gcc-mipsel-linux-gnu      cross compiler for CPU=mipsel
cross-mipsel       libc6-dev-mipsel-cross    C library for CPU=mipsel
cmocka-src         xz-utils                  unpacks the cmocka source that scripts/build-cmocka.sh compiles for cross unit tests
qemu               qemu-user                 runs the cross-built unit tests (qemu-arm, qemu-mips, ...) on the host
net                iproute2                  ip: network namespaces and TUN addresses in the data-path tests
net                iputils-ping              ping through the simulated data path in the tests
interop            libqmi-utils              qmicli, libqmi'"'"'s QMI client: an independent peer for tests/interop
docs               doxygen                   API reference from the api/ headers (make docs)
fuzz               clang                     libFuzzer targets (make fuzz) need clang
fuzz               libclang-rt-dev           clang'"'"'s libFuzzer and sanitizer runtimes (the distribution'"'"'s clang version)
bench              libqmi-glib-dev           benchmarks compare against libqmi'"'"'s C library
bench              pkg-config                finds libqmi-glib'"'"'s compile and link flags
bench              libqmi-proxy              qmi-proxy, libqmi'"'"'s shared-device daemon, measured against slqssdk
bench              libmbim-glib-dev          qmi-glib.pc names mbim-glib as a private requirement
valgrind           valgrind                  leak checks and instruction counts (callgrind) for tests and benchmarks
'

# What each group is for, as printed in "Installing ... for <purpose>".
purpose() {
    case "$1" in
        build)      echo "the native build" ;;
        unit)       echo "the unit tests" ;;
        cross-*)    echo "cross-compiling for CPU=${1#cross-}" ;;
        cmocka-src) echo "building cmocka for the cross unit tests" ;;
        qemu)       echo "running cross-built tests under qemu-user" ;;
        interop)    echo "the interop tests against libqmi's qmicli" ;;
        net)        echo "the data-path tests (network namespaces, ping)" ;;
        docs)       echo "the API documentation" ;;
        fuzz)       echo "the libFuzzer targets" ;;
        bench)      echo "the benchmarks" ;;
        valgrind)   echo "memory checks and instruction counts" ;;
        *)          echo "$1" ;;
    esac
}

all_groups() { awk 'NF { print $1 }' <<<"$TABLE" | awk '!seen[$0]++'; }
packages_of() { awk -v g="$1" '$1 == g { print $2 }' <<<"$TABLE"; }

usage() {
    sed -n '2,12s/^# \{0,1\}//p' "$0"
    echo "Groups: $(all_groups | tr '\n' ' ')cross"
}

check_only=0
groups=()
for arg in "$@"; do
    case "$arg" in
        --check) check_only=1 ;;
        --list)  printf '%-18s %-25s %s\n' GROUP PACKAGE WHY; sed '/^$/d' <<<"$TABLE"; exit 0 ;;
        -h|--help) usage; exit 0 ;;
        cross)   mapfile -t -O ${#groups[@]} groups < <(all_groups | grep '^cross-')
                 groups+=(cmocka-src) ;;
        -*)      echo "install-deps.sh: unknown option $arg" >&2; usage >&2; exit 2 ;;
        *)       if [ -z "$(packages_of "$arg")" ]; then
                     echo "install-deps.sh: unknown group '$arg'" >&2; usage >&2; exit 2
                 fi
                 groups+=("$arg") ;;
    esac
done
[ ${#groups[@]} -gt 0 ] || mapfile -t groups < <(all_groups)

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-deps.sh: not a Debian-based system; install the equivalents of:" >&2
    for g in "${groups[@]}"; do echo "  $(packages_of "$g" | tr '\n' ' ')  ($(purpose "$g"))" >&2; done
    exit 1
fi

installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" = installed ]
}

# Missing packages, per group (a package shared by two groups is listed once).
missing_all=()
declare -A seen=()
declare -A group_missing=()
for g in "${groups[@]}"; do
    [ -z "${seen["group:$g"]:-}" ] || continue
    seen["group:$g"]=1
    for p in $(packages_of "$g"); do
        [ -z "${seen[$p]:-}" ] || continue
        seen[$p]=1
        if ! installed "$p"; then
            group_missing[$g]+="$p "
            missing_all+=("$p")
        fi
    done
done

if [ ${#missing_all[@]} -eq 0 ]; then
    [ $check_only -eq 1 ] && echo "All Debian packages for: ${groups[*]} are installed."
    exit 0
fi

report_missing() {
    for g in "${groups[@]}"; do
        [ -n "${group_missing[$g]:-}" ] || continue
        echo "$1 Debian packages ${group_missing[$g]% } for $(purpose "$g")$2"
        group_missing[$g]=""      # print each group once
    done
}

if [ $check_only -eq 1 ]; then
    report_missing "Missing" ""
    exit 1
fi

apt_cmd="apt-get install -y --no-install-recommends ${missing_all[*]}"
if [ "$(id -u)" -ne 0 ]; then
    report_missing "Missing" "" >&2
    echo "Run as root:  apt-get update && $apt_cmd" >&2
    exit 1
fi

report_missing "Installing" "..."
export DEBIAN_FRONTEND=noninteractive
apt_opts=(-q -o DPkg::Lock::Timeout=300)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! apt-get "${apt_opts[@]}" update </dev/null >"$log" 2>&1; then
    cat "$log" >&2
    echo "install-deps.sh: apt-get update failed" >&2
    exit 1
fi
apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing_all[@]}" </dev/null
