#!/usr/bin/env bash
# make dist's tarball as an integrator gets it: unpacked in an empty folder,
# its README's commands run as written with nothing on the PATH but make,
# gcc, the cross compilers and a few base tools: the checksums, every
# sample built for this computer and for arm (then for every other CPU of
# the tarball, with its cross compiler), the simulator and the daemon
# of the tarball started. Then applications built from the tarball (every
# sample, and tests/integration/api_client.c as a sample of its own; also
# through the tarball's pkg-config file) talk to that daemon, natively and,
# with qemu-arm, as arm programs. Also: every CPU's libraries and programs
# are there, for the right machine, and run (--version, under qemu-user
# for the other CPUs); no build path is embedded.
. "$(dirname "$0")/lib.bash"

host=$(mkvar HOST_CPU)
cpus=() absent=()
for c in $(mkvar SLQS_CPUS); do
    if cpu_compiler_works "$c"; then cpus+=("$c"); else absent+=("$c"); fi
done
for need in "$host" arm; do
    case " ${cpus[*]} " in *" $need "*) ;; *)
        skip_all "no working compiler for CPU=$need (scripts/install-deps.sh cross-$need, as root)" ;;
    esac
done
command -v doxygen >/dev/null || skip_all "doxygen is not installed (scripts/install-deps.sh docs)"

out=$(DIST_CPUS="${cpus[*]}" make -s -C "$TOP" dist 2>&1)
check_status "make dist for ${cpus[*]}" $? 0 "$out"
for c in "${absent[@]}"; do
    skip "make dist for CPU=$c" "its cross compiler is not installed"
done
tarball=$TOP/build/dist/slqs-sdk-$VERSION.tar.gz
[ -s "$tarball" ] || bail_out "make dist made $tarball"

work=$(mktemp -d "${TMPDIR:-/tmp}/dist-test.XXXXXX")
D=
dist_cleanup() {
    if [ -n "$D" ]; then
        for p in "$D"/*.pid; do [ -s "$p" ] && kill "$(cat "$p")" 2>/dev/null; done
    fi
    sdk_cleanup
    rm -rf "$work" "$D"
}
trap dist_cleanup EXIT
mkdir "$work/empty"
tar -C "$work/empty" -xzf "$tarball"
check_eq "the tarball holds one folder, slqs-sdk-$VERSION" "$(ls "$work/empty")" "slqs-sdk-$VERSION"
sdk=$work/empty/slqs-sdk-$VERSION

# --- what is in it ----------------------------------------------------------
bad=()
for c in "${cpus[@]}"; do
    for f in lib/$c/libslqsqmi.a lib/$c/libslqsapi.a lib/$c/libslqscore.a \
             lib/$c/pkgconfig/slqs.pc bin/$c/slqssdk bin/$c/qmisim; do
        [ -s "$sdk/$f" ] || bad+=("$f missing")
    done
    for p in slqssdk qmisim; do
        m=$(elf_machine "$sdk/bin/$c/$p")
        [ "$m" = "$(expected_machine "$c")" ] ||
            bad+=("bin/$c/$p is '$m', expected '$(expected_machine "$c")'")
    done
done
check_eq "libraries, slqssdk and qmisim for every CPU, each for its machine" "${bad[*]}" ""
# Each CPU's programs start: natively, or under qemu-user with the CPU's
# Debian cross C library as their root.
ran=() bad=() cannot=()
for c in "${cpus[@]}"; do
    run=()
    if [ "$c" != "$host" ]; then
        qemu=$(mkvar "QEMU_$c") sysroot=/usr/$(mkvar "TRIPLET_$c")
        if ! command -v "$qemu" >/dev/null || [ ! -d "$sysroot" ]; then
            cannot+=("$c")
            continue
        fi
        run=("$qemu" -L "$sysroot")
    fi
    for p in slqssdk qmisim; do
        out=$(timeout -k 5 60 "${run[@]}" "$sdk/bin/$c/$p" --version 2>&1)
        case $out in *"$VERSION"*) ;; *) bad+=("$c/$p: $out") ;; esac
    done
    ran+=("$c")
done
check_eq "slqssdk and qmisim --version run for ${ran[*]}" "${bad[*]}" ""
[ ${#cannot[@]} -eq 0 ] ||
    skip "--version of ${cannot[*]}" "no qemu-user or cross C library for them (scripts/install-deps.sh qemu)"
missing=()
for f in README LICENSE SHA256SUMS slqscompile.mak include/slqs/SWIWWANCMAPI.h \
         docs/html/index.html SampleApps/sample.mak SampleApps/Makefile \
         init/slqssdk.service init/slqssdk.procd init/slqssdk.init; do
    [ -s "$sdk/$f" ] || missing+=("$f")
done
for h in $(cd "$TOP/api" && find . -name '*.h' | sed 's|^\./||'); do
    [ -s "$sdk/include/slqs/$h" ] || missing+=("include/slqs/$h")
done
for g in "$TOP"/docs/*.md; do
    [ -s "$sdk/docs/${g##*/}" ] || missing+=("docs/${g##*/}")
done
check_eq "headers, API reference, guides, samples, init files, README, LICENSE" "${missing[*]}" ""
leaks=$(grep -rlF -e "$TOP" "$sdk" | sed "s|$sdk/||")
check_eq "no build path ($TOP) in any file" "$leaks" ""

# Every sample of the tree (a SampleApps folder with C sources) has its own
# Makefile in the tarball; api_client joins them as one more sample.
samples=()
for d in "$TOP"/SampleApps/*/; do
    d=$(basename "$d")
    ls "$TOP/SampleApps/$d"/*.c >/dev/null 2>&1 || continue
    samples+=("$d")
    [ -s "$sdk/SampleApps/$d/Makefile" ] || not_ok "SampleApps/$d has its Makefile"
done
echo "# samples of the tree: ${samples[*]:-none yet}"
mkdir "$sdk/SampleApps/api_client"
cp "$TOP/tests/integration/api_client.c" "$TOP/tests/integration/api_connect.h" \
    "$sdk/SampleApps/api_client/"
printf 'PROG := api_client\ninclude ../sample.mak\n' >"$sdk/SampleApps/api_client/Makefile"

# --- the README's commands, with only make, gcc and the cross compilers -----
minbin=$work/bin
mkdir "$minbin"
tools=(bash sh make gcc cc as ld ld.bfd ar uname head mkdir rm cat mktemp sleep sha256sum printf)
for t in "${tools[@]}"; do
    p=$(type -P "$t") && ln -s "$p" "$minbin/$t"
done
for t in /usr/bin/"$(mkvar TRIPLET_arm)"-*; do ln -sf "$t" "$minbin/"; done
readme=$sdk/README
# run_block N: the README's Nth shell block, in the unpacked folder.
run_block() {
    (cd "$sdk" && env -i PATH="$minbin" HOME="$work" D="$D" bash -ec \
        "$(readme_block "$1" "$readme"); echo \"D=\$D\"" 2>&1)
}
out=$(run_block 1)
check_status "README: sha256sum -c SHA256SUMS" $? 0 "$out"
out=$(run_block 2)
check_status "README: make -C SampleApps, for $host and for arm (only make, gcc, cross gcc)" $? 0 "$out"
# The same for every other CPU of the tarball, its cross compiler added.
others=()
for c in "${cpus[@]}"; do
    case $c in "$host" | arm) continue ;; esac
    for t in /usr/bin/"$(mkvar "TRIPLET_$c")"-*; do ln -sf "$t" "$minbin/"; done
    out=$(cd "$sdk" && env -i PATH="$minbin" HOME="$work" make -C SampleApps CPU="$c" 2>&1)
    check_status "make -C SampleApps CPU=$c" $? 0 "$out"
    others+=("$c")
done
for s in "${samples[@]}" api_client; do
    prog=$(sed -n 's/^PROG := //p' "$sdk/SampleApps/$s/Makefile")
    for c in "$host" arm "${others[@]}"; do
        f=$sdk/SampleApps/$s/bin/$prog$c
        check_eq "SampleApps/$s built for $c ($prog)" \
            "$( [ -x "$f" ] && elf_machine "$f")" "$(expected_machine "$c")"
    done
done

out=$(run_block 3)
check_status "README: the tarball's qmisim and slqssdk start" $? 0 "$out"
D=$(echo "$out" | sed -n 's/^D=//p' | tail -n 1)
{ [ -d "$D" ] && [ -S "$D/slqssdk.sock" ]; } || bail_out "the daemon's socket is there" "$out"
export SLQS_SOCKET=$D/slqssdk.sock

client_bin=$sdk/SampleApps/api_client/bin/api_client$host
out=$(timeout -k 5 60 "$client_bin" identity 2>&1)
check_contains "api_client built from the tarball: identity through its daemon and simulator" \
    "$out" "manufacturer: '"

# The samples' own checks, once a sample has one (its command and output).
for s in "${samples[@]}"; do
    prog=$(sed -n 's/^PROG := //p' "$sdk/SampleApps/$s/Makefile")
    bin=$sdk/SampleApps/$s/bin/$prog$host
    # its command that reads the modem, the exit statuses it may give, what it prints
    case $s in
        Connection_Manager) args=(status) rcs=" 0 9 " want="Manufacturer:" ;;  # 9: not connected
        *) echo "# $s: no run check defined here"; continue ;;
    esac
    out=$(timeout -k 5 60 "$bin" "${args[@]}" 2>&1)
    rc=$?
    case $rcs in
        *" $rc "*) ok "SampleApps/$s: $prog ${args[*]} against the tarball's daemon (exit $rc)" ;;
        *) not_ok "SampleApps/$s: $prog ${args[*]} against the tarball's daemon" "exit $rc" "$out" ;;
    esac
    check_contains "SampleApps/$s: $prog ${args[*]} says $want" "$out" "$want"
done

# The tarball's pkg-config file, from wherever the tarball is.
if command -v pkg-config >/dev/null; then
    out=
    flags=$(PKG_CONFIG_PATH=$sdk/lib/$host/pkgconfig pkg-config --cflags --libs slqs)
    # shellcheck disable=SC2086  # pkg-config's words
    gcc -o "$work/api_client_pc" "$TOP/tests/integration/api_client.c" $flags &&
        out=$(timeout -k 5 60 "$work/api_client_pc" model 2>&1)
    check_contains "api_client built with the tarball's pkg-config file: model" "$out" "model: "
else
    skip "pkg-config file" "pkg-config is not installed"
fi

# The arm build of api_client, emulated, against the same native daemon.
qemu=$(mkvar QEMU_arm)
sysroot=/usr/$(mkvar TRIPLET_arm)
if command -v "$qemu" >/dev/null && [ -d "$sysroot" ]; then
    out=$(timeout -k 5 120 "$qemu" -L "$sysroot" \
        "$sdk/SampleApps/api_client/bin/api_clientarm" identity 2>&1)
    check_contains "api_client built for arm from the tarball ($qemu): identity" \
        "$out" "manufacturer: '"
else
    skip "arm api_client under qemu" "$qemu or $sysroot missing (scripts/install-deps.sh qemu)"
fi

pids="$(cat "$D/slqssdk.pid") $(cat "$D/qmisim.pid")"
out=$(run_block 4)
check_status "README: kill stops both" $? 0 "$out"
gone() { local p; for p in "$@"; do ! kill -0 "$p" 2>/dev/null || return 1; done; }
# shellcheck disable=SC2086  # two pids
wait_for "the daemon and the simulator stop" 10 gone $pids
check_status "the daemon and the simulator are gone" $? 0
finish
