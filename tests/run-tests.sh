#!/usr/bin/env bash
# tests/run-tests.sh [step...] - the engine behind `make check`.
#
# Steps (default: all, in this order):
#   native  build for the host; run the checks of the build itself
#           (tests/build/*.sh: e.g. the libraries' exported symbols), the
#           unit tests (tests/unit), then the integration
#           (tests/integration/*.sh) and interop (tests/interop/*.sh)
#           scripts: the executable ones (a script that is not executable
#           is a helper they source)
#   asan    the build checks and the unit tests again, built with ASan +
#           UBSan (build/asan-<CPU>)
#   cross   for each CPU in CHECK_CROSS_CPUS (default "arm mips"): build,
#           run the build checks, run the unit tests under qemu-user, then
#           the integration scripts twice: "CPU-daemon:" with only slqssdk
#           emulated (native simulator and clients), and "CPU-peers:" with
#           qmisim and the test clients emulated around the native daemon
#           (interop scripts included, native qmicli against the emulated
#           simulator).  Every link then has one native and one emulated
#           end, so a byte-order mistake cannot cancel itself out.
#   fuzz    run each libFuzzer target for FUZZ_SMOKE_SECONDS (default 10)
#   package the scripts of tests/package: make dist's tarball for every CPU
#           used as an integrator would, the Debian packages, the other
#           recipes and init scripts (`make package-check` runs only this)
# Before them, the Debian packages those steps need are installed when we run
# as root (scripts/install-deps.sh); otherwise a step whose tools are missing
# is skipped, with the reason, never passed silently.
#
# Counting: unit-test programs run with CMOCKA_MESSAGE_OUTPUT=TAP; each
# "ok N" line is a pass, "not ok N" a failure, "# SKIP" a skip.  A program
# that exits non-zero without any "not ok" line (a crash, a timeout) counts
# one failure more.  Scripts print their own TAP lines and exit 0; exit 77
# means skipped, the reason on their last output line.  A build that fails
# counts as one failure.  The last line is "N passed, N failed[, N skipped]"
# and the exit status is non-zero when anything failed.
#
# Test programs get SLQS_TOP (the tree) and, under qemu-user, SLQS_QEMU
# (the emulator's name; empty natively).  Scripts get SLQS_TOP, SLQS_CPU,
# SLQS_BUILD_DIR and SLQS_BIN_DIR.
#
# Environment: WERROR, SLQS_CC (compiler of the native and asan builds),
# CHECK_CROSS_CPUS, CHECK_JOBS (default 2), TEST_TIMEOUT (seconds per test
# program, default 300), FUZZ_SMOKE_SECONDS, and to chase a flaky test:
#   CHECK_ONLY="GLOB..."  run only the tests whose name matches one of the
#                         shell patterns (names as the summary prints them:
#                         test_codec, asan:test_codec, integration:sdk_kill,
#                         mips-daemon:integration:sdk_basic, build:symbols)
#   CHECK_REPEAT=N        run each test N times (each run counts); e.g.
#     make check CHECK_STEPS=native CHECK_ONLY=integration:sdk_kill CHECK_REPEAT=20
set -uo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
# Make's own variables from a calling `make check` must not leak into ours.
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES

ALL_STEPS="native asan cross fuzz package"
steps=("$@")
[ ${#steps[@]} -gt 0 ] || read -r -a steps <<<"$ALL_STEPS"
for s in "${steps[@]}"; do
    case " $ALL_STEPS " in
        *" $s "*) ;;
        *) echo "run-tests.sh: unknown step '$s' (steps: $ALL_STEPS)" >&2; exit 2 ;;
    esac
done
want() { case " ${steps[*]} " in *" $1 "*) return 0 ;; esac; return 1; }

JOBS=${CHECK_JOBS:-2}
REPEAT=${CHECK_REPEAT:-1}
case $REPEAT in ''|*[!0-9]*|0) echo "run-tests.sh: CHECK_REPEAT must be a positive number" >&2; exit 2 ;; esac
read -r -a ONLY <<<"${CHECK_ONLY:-}"
TEST_TIMEOUT=${TEST_TIMEOUT:-300}
FUZZ_SMOKE_SECONDS=${FUZZ_SMOKE_SECONDS:-10}
read -r -a CROSS_CPUS <<<"${CHECK_CROSS_CPUS:-arm mips}"

common_args=("WERROR=${WERROR:-0}")
native_args=("${common_args[@]}")
[ -z "${SLQS_CC:-}" ] || native_args+=("CC=$SLQS_CC")

LOGDIR=build/test-logs
rm -rf "$LOGDIR"
mkdir -p "$LOGDIR"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'echo; echo "interrupted"; exit 130' INT TERM

passed=0 failed=0 skipped=0
failures=() skip_reasons=()
start_time=$SECONDS

header()    { printf '\n==== %s ====\n' "$*"; }
note_fail() { failed=$((failed + 1)); failures+=("$1"); echo "FAILED: $1"; }
note_skip() { skipped=$((skipped + 1)); skip_reasons+=("$1"); echo "SKIPPED: $1"; }

mk()    { make -j"$JOBS" --no-print-directory "$@"; }
# mkvar VAR [make args...]: a variable's value as the build computes it.
mkvar() { local v=$1; shift; make -s --no-print-directory "$@" "print-$v" 2>/dev/null; }

# count_tap LABEL LOG RC: add the TAP results in LOG to the totals.
count_tap() {
    local label=$1 log=$2 rc=$3 p f s
    p=$(grep -E '^ok( |$)' "$log" | grep -vciE '#[[:space:]]*skip')
    f=$(grep -E '^not ok( |$)' "$log" | grep -vciE '#[[:space:]]*(skip|todo)')
    s=$(grep -E '^(not )?ok( |$)' "$log" | grep -ciE '#[[:space:]]*skip')
    local extra=""
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1
        case $rc in
            124|137) extra="timed out after ${TEST_TIMEOUT}s" ;;
            1[3-9][0-9]) extra="killed by signal $((rc - 128)) ($(kill -l $((rc - 128)) 2>/dev/null))" ;;
            *)       extra="exited with status $rc" ;;
        esac
        [ $((p + s)) -gt 0 ] && extra="$extra after $((p + s)) results"
        local san
        san=$(grep -m 1 -oE '(ERROR: [A-Za-z]+Sanitizer: [^ ]+( [^ ]+)?|runtime error: .*)' "$log")
        [ -z "$san" ] || extra="$extra: $san"
    elif [ $((p + f + s)) -eq 0 ]; then
        f=1
        extra="printed no TAP results"
    fi
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))

    local summary="$p passed"
    [ "$f" -eq 0 ] || summary="$summary, $f failed"
    [ "$s" -eq 0 ] || summary="$summary, $s skipped"
    if [ "$f" -eq 0 ]; then
        printf '  PASS  %-40s (%s)\n' "$label" "$summary"
    else
        printf '  FAIL  %-40s (%s)\n' "$label" "$summary"
        # The failing cases with cmocka's diagnostics ("# ..." lines).
        awk '/^not ok/ && !/# *[Ss][Kk][Ii][Pp]/ { show = 1; print "        " $0; next }
             /^#/ && show { print "        " $0; next }
             { show = 0 }' "$log" | head -n 40
        grep -E '^not ok' "$log" | grep -viE '#[[:space:]]*(skip|todo)' |
            sed -E 's/^not ok [0-9]* *-? *//' | while read -r c; do echo "$label: $c"; done \
            >>"$tmp/failed-cases"
        if [ -n "$extra" ]; then
            echo "        $extra; last output:"
            tail -n 15 "$log" | sed 's/^/        | /'
            echo "$label: $extra" >>"$tmp/failed-cases"
        fi
        echo "        (full log: $log)"
    fi
    grep -E '^(not )?ok( |$)' "$log" | grep -iE '#[[:space:]]*skip' |
        sed -E 's/^(not )?ok [0-9]* *-? *//; s/# *[Ss][Kk][Ii][Pp] *//' |
        while read -r c; do echo "$label: $c"; done >>"$tmp/skipped-cases"
}

# selected LABEL: is this test one of CHECK_ONLY's (all when it is empty)?
selected() {
    local g
    [ ${#ONLY[@]} -eq 0 ] && return 0
    for g in "${ONLY[@]}"; do
        # shellcheck disable=SC2053  # a pattern on purpose
        [[ $1 == $g ]] && return 0
    done
    return 1
}

# runs LABEL: the labels and log names of the CHECK_REPEAT runs of a test,
# as "label<TAB>log" lines.
runs() {
    local label=$1 i
    if [ "$REPEAT" -eq 1 ]; then
        printf '%s\t%s\n' "$label" "$LOGDIR/${label//:/-}.log"
    else
        for ((i = 1; i <= REPEAT; i++)); do
            printf '%s\t%s\n' "$label#$i" "$LOGDIR/${label//:/-}.$i.log"
        done
    fi
}

# run_test_program PREFIX PROGRAM [RUNNER...]: one cmocka program.
run_test_program() {
    local prefix=$1 prog=$2; shift 2
    local label log rc
    selected "$prefix$(basename "$prog")" || return 0
    while IFS=$'\t' read -r label log; do
        # (in a subshell, so that bash's note about a crashed program goes to the log)
        # SLQS_QEMU tells a test it runs emulated (e.g. unknown ioctls give ENOSYS).
        (CMOCKA_MESSAGE_OUTPUT=TAP SLQS_TOP="$top" SLQS_QEMU="${1:-}" \
            timeout -k 10 "$TEST_TIMEOUT" "$@" "$prog") >"$log" 2>&1 </dev/null
        rc=$?
        count_tap "$label" "$log" "$rc"
    done < <(runs "$prefix$(basename "$prog")")
}

# run_test_script PREFIX SCRIPT BUILD_DIR CPU [BIN_DIR [VAR=VALUE...]]: one
# integration/interop script; BIN_DIR (default BUILD_DIR/bin) is where it
# finds the programs, the VAR=VALUEs go into its environment.
run_test_script() {
    local prefix=$1 script=$2 bdir=$3 cpu=$4 bin=${5:-$top/$3/bin}
    shift $(($# < 5 ? $# : 5))
    local label log rc
    selected "$prefix$(basename "$script" .sh)" || return 0
    while IFS=$'\t' read -r label log; do
        (env SLQS_TOP="$top" SLQS_CPU="$cpu" SLQS_BUILD_DIR="$top/$bdir" SLQS_BIN_DIR="$bin" "$@" \
            timeout -k 10 "$TEST_TIMEOUT" bash "$script") >"$log" 2>&1 </dev/null
        rc=$?
        if [ "$rc" -eq 77 ]; then
            note_skip "$label: $(tail -n 1 "$log")"
            continue
        fi
        count_tap "$label" "$log" "$rc"
    done < <(runs "$prefix$(basename "$script" .sh)")
}

# script_suite PREFIX KINDS BUILD_DIR CPU [BIN_DIR [VAR=VALUE...]]: every
# executable script of tests/<kind>/ for each of the space-separated KINDS.
script_suite() {
    local prefix=$1 kinds=$2 kind s scripts
    shift 2
    for kind in $kinds; do
        scripts=(tests/"$kind"/*.sh)
        [ -e "${scripts[0]}" ] || continue
        header "${prefix}$kind tests"
        for s in "${scripts[@]}"; do
            if [ -x "$s" ]; then
                run_test_script "$prefix$kind:" "$s" "$@"
            else
                echo "  ($s is not executable: a helper the tests source, not run)"
            fi
        done
    done
}

# unit_tests PREFIX RUNNER-STRING [make args...]: build and run the unit tests.
unit_tests() {
    local prefix=$1 runner=$2; shift 2
    local bins step=${prefix:-native:}
    if ! mk "$@" cmocka >"$tmp/cmocka.log" 2>&1; then
        cat "$tmp/cmocka.log"
        note_skip "$step unit tests: cmocka is not available (scripts/install-deps.sh unit, as root)"
        return
    fi
    # -k: one test that does not build must not keep the others from running.
    mk -k "$@" tests || note_fail "$step building the unit tests"
    read -r -a bins <<<"$(mkvar TEST_BINS "$@")"
    if [ ${#bins[@]} -eq 0 ]; then
        echo "  (no unit tests yet: tests/unit/test_*.c)"
        return
    fi
    local b
    for b in "${bins[@]}"; do
        # Did not build (counted above); a binary older than its source is stale.
        [ -x "$b" ] && ! [ "tests/unit/$(basename "$b").c" -nt "$b" ] || continue
        # shellcheck disable=SC2086  # the runner is a command with arguments
        run_test_program "$prefix" "$b" $runner
    done
}

# build_checks PREFIX BUILD_DIR CPU: the scripts of tests/build/ that check
# what a build produced (they read files; nothing runs under emulation).
build_checks() {
    local prefix=$1 bdir=$2 cpu=$3 s
    for s in tests/build/*.sh; do
        [ -x "$s" ] || continue
        run_test_script "${prefix}build:" "$s" "$bdir" "$cpu"
    done
}

# can_build CC FLAGS...: can CC compile and link a trivial program?
can_build() {
    local cc=$1; shift
    # shellcheck disable=SC2086
    printf 'int main(void) { return 0; }\n' | $cc -x c - -o "$tmp/probe" "$@" >"$tmp/probe.log" 2>&1
}

# ---------------------------------------------------------------------------
step_deps() {
    local groups=()
    want native && groups+=(build unit net)
    # (the cross step runs the interop scripts too, against emulated qmisim)
    { want native || want cross; } && ls tests/interop/*.sh >/dev/null 2>&1 && groups+=(interop)
    if want cross; then
        local c
        for c in "${CROSS_CPUS[@]}"; do groups+=("cross-$c"); done
        groups+=(cmocka-src qemu)
    fi
    want fuzz && ls tests/fuzz/fuzz_*.c >/dev/null 2>&1 && groups+=(fuzz)
    if want package; then
        # make dist builds for every CPU; the tests run the arm build emulated
        mapfile -t -O ${#groups[@]} groups < <(scripts/install-deps.sh --list | awk '$1 ~ /^cross-/ { print $1 }' | sort -u)
        groups+=(build docs package qemu)
    fi
    [ ${#groups[@]} -gt 0 ] || return 0

    header "deps: Debian packages for ${groups[*]}"
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "Not a Debian system: steps whose tools are missing will be skipped."
    elif [ "$(id -u)" -eq 0 ]; then
        scripts/install-deps.sh "${groups[@]}" ||
            echo "WARNING: could not install every package; steps that need them will be skipped."
        scripts/install-deps.sh --check "${groups[@]}"
    else
        scripts/install-deps.sh --check "${groups[@]}" ||
            echo "Not root: missing packages are not installed; steps that need them will be skipped."
    fi
}

step_native() {
    local cpu bdir cc
    cpu=$(mkvar CPU "${native_args[@]}")
    bdir=$(mkvar BUILD_DIR "${native_args[@]}")
    cc=$(mkvar CC "${native_args[@]}")
    header "native: build for $cpu with $cc${WERROR:+ (WERROR=$WERROR)}"
    # A failed build still lets the unit tests run when the libraries built.
    mk -k "${native_args[@]}" all itests || note_fail "native: build for $cpu"

    build_checks "" "$bdir" "$cpu"

    header "native: unit tests ($cpu)"
    unit_tests "" "" "${native_args[@]}"

    script_suite "" "integration interop" "$bdir" "$cpu"
}

step_asan() {
    local cc
    cc=$(mkvar CC "${native_args[@]}")
    header "asan: unit tests with AddressSanitizer + UndefinedBehaviorSanitizer ($cc)"
    if ! can_build "$cc" -fsanitize=address,undefined || ! "$tmp/probe" >/dev/null 2>&1; then
        sed 's/^/    /' "$tmp/probe.log" | head -n 5
        note_skip "asan: $cc cannot build and run an -fsanitize=address,undefined program"
        return
    fi
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:check_initialization_order=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    mk -k "${native_args[@]}" ASAN=1 all || note_fail "asan: build"
    build_checks "asan:" "$(mkvar BUILD_DIR "${native_args[@]}" ASAN=1)" "$(mkvar CPU "${native_args[@]}")"
    unit_tests "asan:" "" "${native_args[@]}" ASAN=1
}

step_cross() {
    local cpu cc run qemu sysroot what
    for cpu in "${CROSS_CPUS[@]}"; do
        case $cpu in
            mips) what=" (big-endian)" ;;
            *)    what="" ;;
        esac
        header "cross: $cpu build"
        cc=$(mkvar CC "${common_args[@]}" CPU="$cpu")
        run=$(mkvar TARGET_RUN "${common_args[@]}" CPU="$cpu")
        sysroot=$(mkvar QEMU_SYSROOT "${common_args[@]}" CPU="$cpu")
        qemu=${run%% *}
        if [ -z "$cc" ] || ! command -v "${cc%% *}" >/dev/null 2>&1; then
            note_skip "$cpu: cross compiler ${cc:-?} is not installed (scripts/install-deps.sh cross-$cpu)"
            continue
        fi
        if ! can_build "$cc"; then
            sed 's/^/    /' "$tmp/probe.log" | head -n 5
            note_skip "$cpu: $cc cannot link a program (scripts/install-deps.sh cross-$cpu)"
            continue
        fi
        mk -k "${common_args[@]}" CPU="$cpu" all || note_fail "$cpu: build"
        build_checks "$cpu:" "$(mkvar BUILD_DIR "${common_args[@]}" CPU="$cpu")" "$cpu"
        if [ -z "$qemu" ] || ! command -v "$qemu" >/dev/null 2>&1; then
            note_skip "$cpu: ${qemu:-qemu} is not installed, unit tests not run (scripts/install-deps.sh qemu)"
            continue
        fi
        if [ ! -d "$sysroot" ]; then
            note_skip "$cpu: no $cpu sysroot at $sysroot for $qemu -L"
            continue
        fi
        header "cross: running unit tests under $qemu$what"
        unit_tests "$cpu:" "$run" "${common_args[@]}" CPU="$cpu"
        cross_scripts "$cpu" "$cc" "$run"
    done
}

# emulated_bin_dir DIR CROSS_BIN NATIVE_BIN RUN NAME...: a folder laid out
# like a build's bin/ for the test scripts: the programs named (paths below
# bin/, shell patterns) are wrappers that exec CROSS_BIN's build under RUN
# (so process ids stay those the scripts saw), every other one is a link to
# NATIVE_BIN's.
emulated_bin_dir() {
    local dir=$1 xbin=$2 nbin=$3 run=$4 rel pat emulate
    shift 4
    # The emulator by its full path: some tests run programs with an empty PATH.
    local emu=${run%% *} args=
    [ "$emu" = "$run" ] || args=" ${run#* }"
    run="$(command -v "$emu")$args"
    rm -rf "$dir"
    mkdir -p "$dir"
    while read -r rel; do
        rel=${rel#./}
        mkdir -p "$dir/$(dirname "$rel")"
        emulate=
        for pat in "$@"; do
            # shellcheck disable=SC2053  # a pattern on purpose
            [[ $rel == $pat ]] && emulate=1
        done
        if [ -n "$emulate" ] && [ -x "$xbin/$rel" ]; then
            printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$run" "$xbin/$rel" >"$dir/$rel"
            chmod +x "$dir/$rel"
        else
            ln -s "$nbin/$rel" "$dir/$rel"
        fi
    done < <(cd "$nbin" && find . -type f -perm -u+x)
}

# cross_scripts CPU CC RUN: the integration and interop scripts with one end
# of every link emulated (see the header).
cross_scripts() {
    local cpu=$1 cc=$2 run=$3 xbdir nbdir
    xbdir=$(mkvar BUILD_DIR "${common_args[@]}" CPU="$cpu")
    nbdir=$(mkvar BUILD_DIR "${native_args[@]}")
    if ! mk "${common_args[@]}" CPU="$cpu" itests || ! mk "${native_args[@]}" all itests; then
        note_fail "$cpu: building the programs of the integration tests"
        return
    fi
    # Only the daemon emulated: the GobiNet emulation it preloads is built
    # for its CPU (CC), into the cross build's test-fixtures.
    emulated_bin_dir "$top/$xbdir/emu-daemon" "$top/$xbdir/bin" "$top/$nbdir/bin" "$run" slqssdk
    script_suite "$cpu-daemon:" integration "$xbdir" "$cpu" "$top/$xbdir/emu-daemon" \
        CC="$cc" SLQS_QEMU="${run%% *}"
    # The simulator and the clients emulated around the native daemon.
    emulated_bin_dir "$top/$xbdir/emu-peers" "$top/$xbdir/bin" "$top/$nbdir/bin" "$run" \
        qmisim connectionmgr 'tests/*'
    script_suite "$cpu-peers:" "integration interop" "$nbdir" "$cpu" "$top/$xbdir/emu-peers" \
        SLQS_QEMU="${run%% *}"
}

step_fuzz() {
    local srcs bins
    srcs=(tests/fuzz/fuzz_*.c)
    header "fuzz: smoke run of each libFuzzer target (${FUZZ_SMOKE_SECONDS}s each)"
    if [ ! -e "${srcs[0]}" ]; then
        echo "  (no fuzz targets yet: tests/fuzz/fuzz_*.c)"
        return
    fi
    printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n);\n%s\n' \
        'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { (void)d; (void)n; return 0; }' \
        >"$tmp/fz.c"
    local fcc=${FUZZ_CC:-clang}
    if ! command -v "$fcc" >/dev/null 2>&1 ||
       ! "$fcc" -fsanitize=fuzzer,address,undefined "$tmp/fz.c" -o "$tmp/fz" >"$tmp/fz.log" 2>&1; then
        sed 's/^/    /' "$tmp/fz.log" 2>/dev/null | head -n 5
        note_skip "fuzz: $fcc with libFuzzer is not available (scripts/install-deps.sh fuzz)"
        return
    fi
    if ! mk "${common_args[@]}" FUZZ=1 fuzz-bins; then
        note_fail "fuzz: build"
        return
    fi
    read -r -a bins <<<"$(mkvar FUZZ_BINS "${common_args[@]}" FUZZ=1)"
    local log=$LOGDIR/fuzz.log rc
    scripts/run-fuzz.sh "$FUZZ_SMOKE_SECONDS" "${bins[@]}" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    count_tap "fuzz" "$log" "$rc"
}

step_package() {
    script_suite "" package "$(mkvar BUILD_DIR "${native_args[@]}")" "$(mkvar CPU "${native_args[@]}")"
}

# ---------------------------------------------------------------------------
step_deps
for s in "${steps[@]}"; do
    t0=$SECONDS
    "step_$s"
    echo "  ($s: $((SECONDS - t0))s)"
done

echo
echo "Total time: $((SECONDS - start_time))s; logs in $LOGDIR/"
if [ -s "$tmp/failed-cases" ] || [ ${#failures[@]} -gt 0 ]; then
    echo "Failed:"
    for f in "${failures[@]}"; do echo "  $f"; done
    [ ! -s "$tmp/failed-cases" ] || sed 's/^/  /' "$tmp/failed-cases"
fi
if [ -s "$tmp/skipped-cases" ] || [ ${#skip_reasons[@]} -gt 0 ]; then
    echo "Skipped:"
    for r in "${skip_reasons[@]}"; do echo "  $r"; done
    [ ! -s "$tmp/skipped-cases" ] || sed 's/^/  /; s/$/ (skipped by the test)/' "$tmp/skipped-cases"
fi
line="$passed passed, $failed failed"
[ "$skipped" -eq 0 ] || line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ]
