#!/usr/bin/env bash
# build-cmocka.sh <CPU> <CC> <outdir>
#
# Builds cmocka (the unit-test framework) with a cross compiler, for CPUs that
# Debian ships no libcmocka for (big-endian mips among them).  Produces
#   <outdir>/lib/libcmocka.a  and  <outdir>/include/cmocka.h
#
# The source is Debian's own cmocka source package, fetched once with apt into
# build/cmocka-src (CMOCKA_SRC_CACHE overrides) using private apt state: the
# system's apt configuration, lists and cache are not touched, and root is not
# needed.  AR (environment) is the archiver; by default it is derived from CC.
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 <CPU> <CC> <outdir>" >&2
    exit 2
fi
cpu=$1 cc=$2 out=$3
top=$(cd "$(dirname "$0")/.." && pwd)
cache=${CMOCKA_SRC_CACHE:-$top/build/cmocka-src}

# Default archiver: "<prefix>gcc ..." -> "<prefix>ar"; anything else -> ar.
if [ -z "${AR:-}" ]; then
    first=${cc%% *}
    case "$first" in
        *gcc) AR=${first%gcc}ar ;;
        *)    AR="ar" ;;
    esac
fi

find_source() { ls -d "$cache"/cmocka-*/src/cmocka.c 2>/dev/null | sort -V | tail -n 1 || true; }

# --- 1. the source, downloaded once -----------------------------------------
fetch_source() {
    local d=$cache/apt
    rm -rf "$d"
    mkdir -p "$d/lists/partial" "$d/cache/archives/partial" "$d/parts" "$d/dl"

    # The system's package sources, as source ("deb-src") entries.
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        sed 's/^Types:.*/Types: deb-src/' "$f"
        echo
    done >"$d/parts/src.sources"
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        sed -n 's/^[[:space:]]*deb[[:space:]]/deb-src /p' "$f"
    done >"$d/parts/src.list"

    local opts=(-q
        -o "Dir::Etc::SourceList=/dev/null"
        -o "Dir::Etc::SourceParts=$d/parts"
        -o "Dir::State::Lists=$d/lists"
        -o "Dir::Cache=$d/cache"
        -o "Debug::NoLocking=1")
    # apt drops privileges to _apt for downloads; our private folders are not
    # its to write, so download as ourselves.
    [ "$(id -u)" -ne 0 ] || opts+=(-o "APT::Sandbox::User=root")

    echo "build-cmocka: fetching Debian's cmocka source package (once, into ${cache#"$top"/})"
    # A source entry that has no deb-src index fails here; apt-get source
    # below tells whether what we need was found.
    apt-get "${opts[@]}" update >"$d/update.log" 2>&1 || true
    if ! (cd "$d/dl" && apt-get "${opts[@]}" source --download-only cmocka) >"$d/source.log" 2>&1; then
        echo "build-cmocka: could not download the cmocka source package:" >&2
        cat "$d/update.log" "$d/source.log" | grep -E '^(E|W|Err):' | head -n 8 | sed 's/^/    /' >&2
        exit 1
    fi
    local tarball="" t
    for t in "$d"/dl/cmocka_*.orig.tar.*; do
        case "$t" in *.asc) ;; *) tarball=$t ;; esac
    done
    [ -f "$tarball" ] || { echo "build-cmocka: no cmocka tarball was downloaded" >&2; exit 1; }
    if ! tar -xf "$tarball" -C "$cache" 2>"$d/tar.log"; then
        # xz-utils is needed for .tar.xz
        "$top/scripts/install-deps.sh" cmocka-src >&2 || exit 1
        tar -xf "$tarball" -C "$cache"
    fi
    # Debian's patches only touch cmocka's documentation build: not needed.
}

mkdir -p "$cache"
src=$(find_source)
if [ -z "$src" ]; then
    # Two cross builds may start at once: one downloads, the other waits.
    if command -v flock >/dev/null 2>&1; then
        exec 9>"$cache/.lock"
        flock 9
    fi
    src=$(find_source)
    if [ -z "$src" ]; then
        fetch_source
        src=$(find_source)
    fi
fi
[ -n "$src" ] || { echo "build-cmocka: no cmocka.c under $cache" >&2; exit 1; }
srcdir=$(dirname "$(dirname "$src")")

# --- 2. compile it with the target's compiler --------------------------------
tmp="$out/tmp.$$"
rm -rf "$tmp"
mkdir -p "$tmp" "$out/lib" "$out/include"
trap 'rm -rf "$tmp"' EXIT

# cmocka's CMake build would generate config.h; every target we build for is
# Linux with glibc (or a close relative), so the answers are fixed, except the
# byte order and pointer size, which the compiler knows.
cat >"$tmp/config.h" <<'H'
#define HAVE_SIGNAL_H 1
#define HAVE_STRINGS_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_MALLOC_H 1
#define HAVE_STRUCT_TIMESPEC 1
#define HAVE_CLOCK_GETTIME 1
#define HAVE_CLOCK_REALTIME 1
#define HAVE_SIGLONGJMP 1
#define HAVE_STRSIGNAL 1
#define HAVE_GCC_THREAD_LOCAL_STORAGE 1
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define WORDS_BIGENDIAN 1
#endif
#define WORDS_SIZEOF_VOID_P __SIZEOF_POINTER__
H

# shellcheck disable=SC2086  # CC is a command with flags
$cc -std=gnu99 -O2 -g -DHAVE_CONFIG_H -I"$tmp" -I"$srcdir/include" \
    -c "$srcdir/src/cmocka.c" -o "$tmp/cmocka.o"
$AR rcs "$tmp/libcmocka.a" "$tmp/cmocka.o"
cp "$srcdir/include/cmocka.h" "$srcdir/include/cmocka_pbc.h" "$out/include/"
mv "$tmp/libcmocka.a" "$out/lib/libcmocka.a"
echo "build-cmocka: $(basename "$srcdir") for $cpu -> $out/lib/libcmocka.a"
