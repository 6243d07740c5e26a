#!/usr/bin/env bash
# scripts/dist.sh - `make dist`: the binary SDK, one reproducible tarball.
#
# Builds the libraries, slqssdk and qmisim for every CPU of DIST_CPUS
# (default: every CPU of slqscompile.mak), the API reference, and packs them
# with the headers, the samples (each with a Makefile that builds it
# against the tarball for any CPU), the guides, the daemon's start-up files,
# LICENSE, a README (packaging/dist/README.in) and SHA256SUMS into
#   $DIST_DIR/slqs-sdk-<version>.tar.gz          (DIST_DIR default build/dist)
#
# Reproducible: the same source gives the same bytes, wherever the tree is.
# Every file's time is SOURCE_DATE_EPOCH (default: the last commit's time),
# owner and group 0, names sorted, modes normalised, gzip -n; the objects
# are compiled with -ffile-prefix-map so no build path is embedded (checked
# before packing).  Environment: DIST_CPUS, DIST_DIR, DIST_JOBS (default 2),
# DIST_CFLAGS (default -O2 -g), SOURCE_DATE_EPOCH.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES
export LC_ALL=C TZ=UTC

die() { echo "make dist: $*" >&2; exit 1; }
mkvar() { local v=$1; shift; make -s --no-print-directory "$@" "print-$v"; }
say() { printf '  %-7s %s\n' "$1" "$2"; }

version=$(mkvar VERSION)
all_cpus=$(mkvar SLQS_CPUS)
read -r -a cpus <<<"${DIST_CPUS:-$all_cpus}"
for c in "${cpus[@]}"; do
    case " $all_cpus " in *" $c "*) ;; *) die "unknown CPU '$c' in DIST_CPUS (CPUs: $all_cpus)" ;; esac
done
jobs=${DIST_JOBS:-2}
cflags=${DIST_CFLAGS:--O2 -g}
out=$(mkdir -p "${DIST_DIR:-build/dist}" && cd "${DIST_DIR:-build/dist}" && pwd)

if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH=$(git -C "$top" log -1 --format=%ct 2>/dev/null) ||
        die "SOURCE_DATE_EPOCH is not set and $top is not a git tree: set it (seconds since 1970)"
fi
export SOURCE_DATE_EPOCH

name=slqs-sdk-$version
stage=$out/stage/$name
tarball=$out/$name.tar.gz

# --- 1. A working compiler for every CPU, or a clear message ----------------
missing=()
for c in "${cpus[@]}"; do
    probe=$(mkvar PROBE_CC CPU="$c")
    group=$(mkvar TOOLCHAIN_GROUP CPU="$c")
    # (installs the Debian cross compiler when we are root)
    if ! scripts/check-toolchain.sh cc "$group" "$probe" >"$out/toolchain-$c.log" 2>&1; then
        missing+=("$c")
        sed 's/^/    /' "$out/toolchain-$c.log" | tail -n 5 >&2
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    ok=()
    for c in "${cpus[@]}"; do
        case " ${missing[*]} " in *" $c "*) ;; *) ok+=("$c") ;; esac
    done
    die "no working compiler for CPU ${missing[*]}.
  Install them (as root): scripts/install-deps.sh$(printf ' cross-%s' "${missing[@]}")
  or make a tarball without them: make dist DIST_CPUS='${ok[*]}'"
fi

# --- 2. Build each CPU into $out/build/<CPU> --------------------------------
# Fixed flags: the tarball does not depend on the caller's CFLAGS.
build_args=(CFLAGS="$cflags" CPPFLAGS= LDFLAGS= EXTRA_LDFLAGS= WERROR=0
            EXTRA_CFLAGS="-ffile-prefix-map=$top=.")
for c in "${cpus[@]}"; do
    say BUILD "$c"
    # A source added or removed since the last dist: start afresh, so no
    # object of a removed file stays in a library.
    srcs=$(mkvar ALL_SRCS CPU="$c")
    if [ "$(cat "$out/build/$c.sources" 2>/dev/null)" != "$srcs" ]; then
        rm -rf "$out/build/$c"
        mkdir -p "$out/build"
        echo "$srcs" >"$out/build/$c.sources"
    fi
    make -s -j"$jobs" --no-print-directory "${build_args[@]}" CPU="$c" \
        BUILD_DIR="$out/build/$c" libs progs || die "the build for CPU=$c failed"
done

# --- 3. The API reference (the same doxygen run as `make docs`) -------------
say DOXYGEN "docs/html"
command -v doxygen >/dev/null || scripts/install-deps.sh docs ||
    die "the API reference needs doxygen (Debian package doxygen)"
rm -rf "$out/docs"
{ cat docs/Doxyfile; echo "OUTPUT_DIRECTORY = $out/docs"; } |
    SLQS_VERSION=$version doxygen - || die "doxygen failed (make docs shows the warnings)"

# --- 4. The tree of the tarball ---------------------------------------------
say STAGE "$name"
rm -rf "$out/stage"
mkdir -p "$stage"
# headers: the layout of `make install` (include/slqs/...)
(cd api && find . -name '*.h' -print0) | while IFS= read -r -d '' h; do
    install -D -m 0644 "api/$h" "$stage/include/slqs/$h"
done
for c in "${cpus[@]}"; do
    read -r -a libs <<<"$(mkvar INSTALL_LIBS CPU="$c" BUILD_DIR="$out/build/$c")"
    install -D -m 0644 -t "$stage/lib/$c" "${libs[@]}"
    install -D -m 0755 -t "$stage/bin/$c" "$out/build/$c/bin/slqssdk" "$out/build/$c/bin/qmisim"
    # pkg-config file relative to its own place: lib/<CPU>/pkgconfig/../../..
    # ($$ is make's escape of a $)
    make -s --no-print-directory slqs-pc PC_OUT="$stage/lib/$c/pkgconfig/slqs.pc" \
        PREFIX='$${pcfiledir}/../../..' LIBDIR="\$\${prefix}/lib/$c" INCLUDEDIR='$${prefix}/include'
done
install -m 0644 slqscompile.mak LICENSE "$stage/"
sed -e "s|@VERSION@|$version|g" -e "s|@CPUS@|${cpus[*]}|g" packaging/dist/README.in >"$stage/README"

# the samples: each folder of SampleApps with C sources, and a Makefile
# naming the program the source tree builds from it (pkgs.mak's PROG_*)
mkdir -p "$stage/SampleApps"
install -m 0644 packaging/dist/sample.mak "$stage/SampleApps/sample.mak"
install -m 0644 packaging/dist/SampleApps.mk "$stage/SampleApps/Makefile"
progs=$(mkvar PROGS_BUILT)
for d in SampleApps/*/; do
    d=${d%/}
    ls "$d"/*.c >/dev/null 2>&1 || continue
    prog='' sample_libs=''
    for p in $progs; do
        srcs=$(mkvar "PROG_${p}_SRCS")
        case " $srcs " in *" $d/"*) prog=$p; sample_libs=$(mkvar "PROG_${p}_LIBS") ;; esac
    done
    [ -n "$prog" ] || { prog=$(basename "$d" | tr '[:upper:]' '[:lower:]'); }
    mkdir -p "$stage/$d"
    (cd "$d" && find . -type f ! -name Makefile -print0) | while IFS= read -r -d '' f; do
        install -D -m 0644 "$d/$f" "$stage/$d/$f"
    done
    {
        echo "# Builds $prog from this folder against this SDK's libraries, for any"
        echo "# CPU (../sample.mak says how; the source tree builds it with its own rules)."
        echo "PROG := $prog"
        [ -z "$sample_libs" ] || echo "SAMPLE_LIBS := $sample_libs"
        echo "include ../sample.mak"
    } >"$stage/$d/Makefile"
done

# docs: the reference and the guides
mkdir -p "$stage/docs"
cp -R "$out/docs/html" "$stage/docs/html"
install -m 0644 docs/*.md "$stage/docs/"

# the daemon's start-up files, for a target's /usr/bin/slqssdk
mkdir -p "$stage/init"
for f in slqssdk.service slqssdk.procd slqssdk.init; do
    sed 's|@BINDIR@|/usr/bin|g' "pkgs/sdk/$f" >"$stage/init/$f"
done
chmod 0755 "$stage/init/slqssdk.procd" "$stage/init/slqssdk.init"

# --- 5. No build path may be embedded ---------------------------------------
leaks=$(grep -rlF -e "$top" -e "$out" "$stage" || true)
[ -z "$leaks" ] || die "build paths are embedded in: $(echo "$leaks" | sed "s|$stage/||" | tr '\n' ' ')"

# --- 6. Checksums, then the tarball -----------------------------------------
(cd "$stage" && find . -type f | sed 's|^\./||' | sort | xargs -d '\n' sha256sum >../SHA256SUMS)
mv "$stage/../SHA256SUMS" "$stage/SHA256SUMS"
find "$stage" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
say TAR "$tarball"
tar -C "$out/stage" --format=gnu --sort=name --mtime="@$SOURCE_DATE_EPOCH" \
    --owner=0 --group=0 --numeric-owner --mode='u+rw,go-w,go+rX,u+X' \
    -cf - "$name" | gzip -n -9 >"$tarball.tmp"
mv "$tarball.tmp" "$tarball"
echo "$tarball ($(du -k "$tarball" | cut -f1) KiB, CPUs: ${cpus[*]})"
