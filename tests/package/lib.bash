# tests/package/lib.bash - sourced by tests/package/*.sh (the `package`
# step of tests/run-tests.sh, `make package-check`).
#
# Builds on tests/integration/sdk_lib.bash (TAP helpers, start_qmisim,
# start_sdk, wait_for) and adds:
#   TOP, VERSION                the tree and its version
#   mkvar VAR [ARGS...]         a variable as the build computes it
#   cpu_compiler_works CPU      is CPU's compiler installed and working?
#   elf_machine FILE            "CLASS ENDIAN MACHINE" of an ELF file
#   expected_machine CPU        the same, as CPU's programs must have it
#   readme_block N FILE         the Nth ```sh block of a Markdown/README file
#   skip NAME REASON            a TAP line for a check that cannot run here

. "$(dirname "${BASH_SOURCE[0]}")/../integration/sdk_lib.bash"

TOP=$LIB_TOP
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES

mkvar() {
    local v=$1
    shift
    make -s --no-print-directory -C "$TOP" "$@" "print-$v" 2>/dev/null
}
VERSION=$(mkvar VERSION)

# cpu_compiler_works CPU: 0 if CPU's compiler can link a program (nothing
# is installed here: run-tests.sh installs the packages when it is root).
cpu_compiler_works() {
    "$TOP/scripts/check-toolchain.sh" cc '' "$(mkvar PROBE_CC CPU="$1")" >/dev/null 2>&1
}

# elf_machine FILE: "64|32 LE|BE e_machine" from the ELF header.
elf_machine() {
    local b
    read -r -a b <<<"$(od -An -tu1 -w20 -N20 "$1")"
    [ "${b[0]}-${b[1]}-${b[2]}-${b[3]}" = "127-69-76-70" ] || { echo "not-ELF"; return; }
    local class=$((b[4] == 2 ? 64 : 32)) endian machine
    if [ "${b[5]}" -eq 2 ]; then
        endian=BE machine=$((b[18] * 256 + b[19]))
    else
        endian=LE machine=$((b[19] * 256 + b[18]))
    fi
    echo "$class $endian $machine"
}

expected_machine() {
    case $1 in
        hostx86_64) echo "64 LE 62" ;;
        hosti686)   echo "32 LE 3" ;;
        arm)        echo "32 LE 40" ;;
        arm64)      echo "64 LE 183" ;;
        mips)       echo "32 BE 8" ;;
        mipsel)     echo "32 LE 8" ;;
        *)          echo "unknown CPU $1" ;;
    esac
}

# readme_block N FILE: the lines of the Nth (from 1) block fenced by
# ```sh and ```, the commands a reader is told to type.
readme_block() {
    awk -v n="$1" '/^```sh$/ { i++; inb = (i == n); next }
                   /^```$/ { inb = 0; next }
                   inb' "$2"
}

skip() {
    TAP_N=$((TAP_N + 1))
    echo "ok $TAP_N - $1 # SKIP $2"
}
