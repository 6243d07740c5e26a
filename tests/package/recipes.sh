#!/usr/bin/env bash
# The Buildroot, OpenWrt and Yocto recipes (packaging/), as deep as this
# machine allows without those build systems:
# - Buildroot: slqs.mk is included by a stub of Buildroot's make framework
#   (qstrip, generic-package running the recipe's BUILD, INSTALL_STAGING,
#   INSTALL_TARGET and INSTALL_INIT_* commands, TARGET_CC the arm cross gcc)
#   and those commands really run: a copy of the tree is built for arm, the
#   staging dir gets headers, libraries and slqs.pc, the target the daemon
#   (an arm program), qmisim only when its option is on, and the start-up
#   file of the init system chosen. The .config it uses comes from
#   Config.in parsed by kconfiglib (as Buildroot's menuconfig would write
#   it; no parser warning, slqs refused without threads); every option
#   slqs.mk uses is defined there.
# - OpenWrt: the package Makefile is included by a stub of rules.mk and
#   package.mk (BuildPackage running Build/Prepare, Build/Compile and each
#   package's install, Build/InstallDev) with the mips cross gcc: the
#   packages get the daemon (big-endian mips) with its procd script, qmisim
#   and the samples; staging the headers, libraries and slqs.pc. The
#   package's menuconfig part parses (kconfiglib).
# - Yocto: no bitbake here; tests/package/bbrun.py, a small stand-in,
#   parses the recipe (anything it does not know fails), expands its
#   variables and ${@python} with stub configuration values and writes its
#   tasks as a script: bash -n, the CPU it picks, COMPATIBLE_HOST, and
#   do_compile + do_install really run for aarch64 (sysvinit with qmisim,
#   then systemd with the samples: what lands in the image).
#   LIC_FILES_CHKSUM's md5 is LICENSE's; the options of PACKAGECONFIG are
#   variables of the Makefile.
# - Every recipe's version is core/version.h's.
. "$(dirname "$0")/lib.bash"

work=$(mktemp -d "${TMPDIR:-/tmp}/recipes-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
pk=$TOP/packaging

check_eq "Buildroot slqs.mk's version is core/version.h's" \
    "$(sed -n 's/^SLQS_VERSION = //p' "$pk/buildroot/slqs/slqs.mk")" "$VERSION"
check_eq "OpenWrt PKG_VERSION is core/version.h's" \
    "$(sed -n 's/^PKG_VERSION:=//p' "$pk/openwrt/slqs/Makefile")" "$VERSION"
check_eq "Yocto PV is core/version.h's" "$(sed -n 's/^PV = "\(.*\)"$/\1/p' "$pk/yocto/slqs.bb")" "$VERSION"

# --- Buildroot ---------------------------------------------------------------
used=$(grep -o 'BR2_PACKAGE_SLQS[A-Z_]*' "$pk/buildroot/slqs/slqs.mk" | sort -u)
defined=$(sed -n 's/^config //p' "$pk/buildroot/slqs/Config.in" | sort -u)
check_eq "Buildroot: every BR2_PACKAGE_SLQS_* of slqs.mk is in Config.in" \
    "$(comm -23 <(echo "$used") <(echo "$defined"))" ""

arm_cc=$(mkvar TRIPLET_arm)-gcc
mips_cc=$(mkvar TRIPLET_mips)-gcc
# Config.in in a Kconfig tree with the symbols it depends on, as Buildroot
# has them (an arm target whose toolchain has threads, unless THREADS=n).
mkdir -p "$work/br"
br_kconfig() {
    cat <<EOF
config BR2_arm
	bool
	default y
EOF
    for a in aarch64 mips mipsel i386 x86_64; do printf 'config BR2_%s\n\tbool\n' "$a"; done
    printf 'config BR2_TOOLCHAIN_HAS_THREADS\n\tbool\n\tdefault %s\n' "${1:-y}"
    echo "source \"$pk/buildroot/slqs/Config.in\""
}
br_kconfig >"$work/br/Kconfig"
# br_config QMISIM(y|n): the .config of menuconfig choosing slqs, its source
# folder and QMISIM (kconfiglib; without it, written by hand).
br_config() {
    local out
    out=$("$TOP/tests/package/kconfig.py" "$work/br/Kconfig" "$work/br/.config" \
        BR2_PACKAGE_SLQS=y BR2_PACKAGE_SLQS_SOURCE_DIR="$TOP" BR2_PACKAGE_SLQS_QMISIM="$1" 2>&1)
    case $? in
        0) ;;
        77) printf 'BR2_arm=y\nBR2_PACKAGE_SLQS=y\nBR2_PACKAGE_SLQS_SOURCE_DIR="%s"\nBR2_PACKAGE_SLQS_QMISIM=%s\n' \
                "$TOP" "$1" >"$work/br/.config" ;;
        *) not_ok "Buildroot: a .config with slqs (QMISIM=$1)" "$out" ;;
    esac
}
if out=$("$TOP/tests/package/kconfig.py" "$work/br/Kconfig" "$work/br/.config" BR2_PACKAGE_SLQS=y 2>&1); then
    ok "Buildroot: Config.in parses (kconfiglib, no warning) and slqs can be chosen for arm"
    br_kconfig n >"$work/br/Kconfig.nothreads"
    out=$("$TOP/tests/package/kconfig.py" "$work/br/Kconfig.nothreads" "$work/br/.config" BR2_PACKAGE_SLQS=y 2>&1)
    check_status "Buildroot: not without a toolchain with threads" $? 1 "$out"
elif [ $? -eq 77 ]; then
    skip "Buildroot: Config.in parsed" "$out"
else
    not_ok "Buildroot: Config.in parses (kconfiglib, no warning) and slqs can be chosen for arm" "$out"
fi

# br_stub DIR INIT(SYSV|SYSTEMD): Buildroot's framework, stubbed, with the
# .config of br_config.
br_stub() {
    cat <<EOF
include $1/.config
qstrip = \$(strip \$(subst ",,\$(1)))
TARGET_CC = $arm_cc
TARGET_AR = $(mkvar TRIPLET_arm)-ar
TARGET_CFLAGS = -O2
TARGET_LDFLAGS =
TARGET_MAKE_ENV = PATH=\$(PATH)
STAGING_DIR = $1/staging
TARGET_DIR = $1/target
define generic-package
$1/src/.stamp_installed:
	\$\$(SLQS_BUILD_CMDS)
	\$\$(SLQS_INSTALL_STAGING_CMDS)
	\$\$(SLQS_INSTALL_TARGET_CMDS)
	\$\$(SLQS_INSTALL_INIT_$2)
endef
include $pk/buildroot/slqs/slqs.mk
EOF
}
if cpu_compiler_works arm; then
    "$TOP/scripts/copy-source.sh" "$work/br/src"
    br_config y
    br_stub "$work/br" SYSV >"$work/br/stub.mk"
    out=$(make -s -f "$work/br/stub.mk" -j2 2>&1)
    check_status "Buildroot: the recipe's commands build and install for arm (BusyBox/SysV init)" $? 0 \
        "$(echo "$out" | tail -n 20)"
    missing=()
    for f in staging/usr/include/slqs/SWIWWANCMAPI.h staging/usr/lib/libslqscore.a \
             staging/usr/lib/pkgconfig/slqs.pc target/usr/bin/slqssdk target/usr/bin/qmisim \
             target/etc/init.d/S60slqssdk; do
        [ -e "$work/br/$f" ] || missing+=("$f")
    done
    check_eq "Buildroot: staging and target hold what they must" "${missing[*]}" ""
    check_eq "Buildroot: the target's daemon is an arm program" \
        "$(elf_machine "$work/br/target/usr/bin/slqssdk")" "$(expected_machine arm)"
    rm -rf "$work/br/target" "$work/br/staging"
    br_config n
    br_stub "$work/br" SYSTEMD >"$work/br/stub.mk"
    out=$(make -s -f "$work/br/stub.mk" 2>&1)
    check_status "Buildroot: again without qmisim, for systemd" $? 0 "$(echo "$out" | tail -n 20)"
    check_eq "Buildroot: the target has the unit and no qmisim" \
        "$(cd "$work/br/target" && find usr/bin usr/lib/systemd etc -type f 2>/dev/null | sort | tr '\n' ' ')" \
        "usr/bin/slqssdk usr/lib/systemd/system/slqssdk.service "
else
    skip "Buildroot: build with the recipe" "no arm cross compiler (scripts/install-deps.sh cross-arm)"
fi

# --- OpenWrt -----------------------------------------------------------------
if cpu_compiler_works mips; then
    ow=$work/ow
    mkdir -p "$ow/top/include" "$ow/root"
    cat >"$ow/top/rules.mk" <<EOF
qstrip = \$(strip \$(subst ",,\$(1)))
INCLUDE_DIR := $ow/top/include
ARCH := mips
TARGET_CC := $mips_cc
TARGET_AR := $(mkvar TRIPLET_mips)-ar
TARGET_CFLAGS := -O2
TARGET_CPPFLAGS :=
TARGET_LDFLAGS :=
EOF
    cat >"$ow/top/include/package.mk" <<EOF
PKG_BUILD_DIR := $ow/build/\$(PKG_NAME)-\$(PKG_VERSION)
PKG_INSTALL_DIR := \$(PKG_BUILD_DIR)/ipkg-install
PKG_JOBS := -j2
INSTALL_DIR := install -d -m0755
INSTALL_BIN := install -m0755
CP := cp -fpR
all:
.prepared:
	\$(Build/Prepare)
	touch \$@
.built: .prepared
	\$(Build/Compile)
	touch \$@
dev: .built
	\$(call Build/InstallDev,$ow/root/staging)
all: dev
define BuildPackage
all: pkg-\$(1)
pkg-\$(1): .built
	\$(call Package/\$(1)/install,$ow/root/\$(1))
endef
EOF
    out=$(cd "$ow" && make -s -f "$pk/openwrt/slqs/Makefile" TOPDIR="$ow/top" SLQS_SOURCE_DIR="$TOP" 2>&1)
    check_status "OpenWrt: Build/Prepare, Build/Compile and the installs run, for mips" $? 0 \
        "$(echo "$out" | tail -n 20)"
    check_eq "OpenWrt: package slqssdk is the daemon and its procd script" \
        "$(cd "$ow/root/slqssdk" 2>/dev/null && find . -type f | sort | tr '\n' ' ')" \
        "./etc/init.d/slqssdk ./usr/bin/slqssdk "
    check_contains "OpenWrt: the init script is procd's" "$(cat "$ow/root/slqssdk/etc/init.d/slqssdk")" \
        "USE_PROCD=1"
    check_eq "OpenWrt: the daemon is a big-endian mips program" \
        "$(elf_machine "$ow/root/slqssdk/usr/bin/slqssdk")" "$(expected_machine mips)"
    check_eq "OpenWrt: package qmisim" "$(cd "$ow/root/qmisim" 2>/dev/null && find . -type f)" \
        "./usr/bin/qmisim"
    read -r -a sample_progs <<<"$(mkvar SAMPLE_PROGS)"
    samples=${sample_progs[*]}
    check_eq "OpenWrt: package slqs-samples (${samples:-no sample programs yet})" \
        "$(cd "$ow/root/slqs-samples" 2>/dev/null && find . -type f | sed 's|.*/||' | sort | tr '\n' ' ')" \
        "$(printf '%s\n' "${sample_progs[@]}" | sed '/^$/d' | sort | tr '\n' ' ')"
    check_eq "OpenWrt: staging holds headers, libraries, slqs.pc" \
        "$(cd "$ow/root/staging" && ls usr/include/slqs/SWIWWANCMAPI.h usr/lib/libslqscore.a \
            usr/lib/pkgconfig/slqs.pc 2>&1 | tr '\n' ' ')" \
        "usr/include/slqs/SWIWWANCMAPI.h usr/lib/libslqscore.a usr/lib/pkgconfig/slqs.pc "
    # the menuconfig part of the package (Package/slqssdk/config)
    { printf 'config PACKAGE_slqssdk\n\tbool\n\tdefault y\n'
      sed -n '/^define Package\/slqssdk\/config$/,/^endef$/p' "$pk/openwrt/slqs/Makefile" | sed '1d;$d'
    } >"$ow/Kconfig"
    out=$("$TOP/tests/package/kconfig.py" "$ow/Kconfig" "$ow/.config" SLQS_SOURCE_DIR="$TOP" 2>&1)
    case $? in
        0) ok "OpenWrt: the package's config parses (kconfiglib) and sets the source folder" ;;
        77) skip "OpenWrt: the package's config parsed" "$out" ;;
        *) not_ok "OpenWrt: the package's config parses (kconfiglib) and sets the source folder" "$out" ;;
    esac
    rm -f "$ow/.prepared"
    out=$(cd "$ow" && make -s -f "$pk/openwrt/slqs/Makefile" TOPDIR="$ow/top" SLQS_SOURCE_DIR= .prepared 2>&1)
    check_contains "OpenWrt: without SLQS_SOURCE_DIR it says what to set" "$out" "Set SLQS_SOURCE_DIR"
else
    skip "OpenWrt: build with the package Makefile" "no mips cross compiler (scripts/install-deps.sh cross-mips)"
fi

# --- Yocto -------------------------------------------------------------------
bb=$pk/yocto/slqs.bb
# bb_tasks OUT VAR=VALUE...: the recipe's tasks as a script (bbrun.py), with
# the variables that bitbake's configuration and classes would set.
bb_tasks() {
    local out=$1
    shift
    "$TOP/tests/package/bbrun.py" "$bb" PN=slqs WORKDIR="$work/yocto/work" \
        S="$work/yocto/src" B="$work/yocto/build" D="$work/yocto/image" \
        prefix=/usr bindir=/usr/bin libdir=/usr/lib includedir=/usr/include sysconfdir=/etc \
        systemd_system_unitdir=/lib/systemd/system SLQS_SRC_DIR="$work/yocto/src" \
        TARGET_ARCH=aarch64 CC="$(mkvar TRIPLET_arm64)-gcc" AR="$(mkvar TRIPLET_arm64)-ar" \
        CFLAGS=-O2 CPPFLAGS= LDFLAGS= "$@" >"$out"
}
mkdir -p "$work/yocto"
out=$(bb_tasks "$work/yocto/tasks.sh" DISTRO_FEATURES=sysvinit 2>&1)
check_status "Yocto: the recipe parses (assignments, flags, inherits, functions; bbrun.py)" $? 0 "$out"
out=$(bash -n "$work/yocto/tasks.sh" 2>&1)
check_status "Yocto: its tasks, expanded, pass bash -n" $? 0 "$out"
check_contains "Yocto: aarch64 is the SDK's CPU arm64" "$(cat "$work/yocto/tasks.sh")" "# SLQS_CPU=arm64"
check_contains "Yocto: SLQS_SRC_DIR brings externalsrc" "$(cat "$work/yocto/tasks.sh")" "# inherit: externalsrc "
hosts=$(sed -n 's/^COMPATIBLE_HOST = "\(.*\)"$/\1/p' "$bb")
matched=$(printf '%s\n' aarch64-poky-linux arm-poky-linux-gnueabi mips-poky-linux mipsel-poky-linux \
    i686-poky-linux x86_64-poky-linux riscv64-poky-linux powerpc-poky-linux | grep -xE "$hosts" | tr '\n' ' ')
check_eq "Yocto: COMPATIBLE_HOST takes the SDK's CPUs only" "$matched" \
    "aarch64-poky-linux arm-poky-linux-gnueabi mips-poky-linux mipsel-poky-linux i686-poky-linux x86_64-poky-linux "
if cpu_compiler_works arm64; then
    "$TOP/scripts/copy-source.sh" "$work/yocto/src"
    out=$(cd "$work/yocto" && bash -ec ". ./tasks.sh; do_compile; do_install" 2>&1)
    check_status "Yocto: do_compile and do_install run, for aarch64 (sysvinit, PACKAGECONFIG default)" $? 0 \
        "$(echo "$out" | tail -n 20)"
    img=$work/yocto/image
    check_eq "Yocto: the image has the daemon, its init script, qmisim, headers, libraries, slqs.pc" \
        "$(cd "$img" && ls usr/bin/slqssdk etc/init.d/slqssdk usr/bin/qmisim usr/include/slqs/SWIWWANCMAPI.h \
            usr/lib/libslqscore.a usr/lib/pkgconfig/slqs.pc 2>&1 | tr '\n' ' ')" \
        "etc/init.d/slqssdk usr/bin/qmisim usr/bin/slqssdk usr/include/slqs/SWIWWANCMAPI.h usr/lib/libslqscore.a usr/lib/pkgconfig/slqs.pc "
    check_eq "Yocto: the daemon is an aarch64 program" "$(elf_machine "$img/usr/bin/slqssdk")" \
        "$(expected_machine arm64)"
    rm -rf "$img"
    bb_tasks "$work/yocto/tasks.sh" DISTRO_FEATURES=systemd PACKAGECONFIG=samples
    out=$(cd "$work/yocto" && bash -ec ". ./tasks.sh; do_install" 2>&1)
    check_status "Yocto: do_install again for systemd, PACKAGECONFIG=samples" $? 0 "$(echo "$out" | tail -n 20)"
    check_eq "Yocto: then the unit, no init script, no qmisim" \
        "$(cd "$img" && find etc lib usr/bin -type f 2>/dev/null | grep -v connectionmgr | sort | tr '\n' ' ')" \
        "lib/systemd/system/slqssdk.service usr/bin/slqssdk "
else
    skip "Yocto: the recipe's tasks run" "no arm64 cross compiler (scripts/install-deps.sh cross-arm64)"
fi
md5=$(sed -n 's/^LIC_FILES_CHKSUM = "file:\/\/LICENSE;md5=\([0-9a-f]*\)"$/\1/p' "$bb")
check_eq "Yocto: LIC_FILES_CHKSUM is LICENSE's md5" "$md5" "$(md5sum "$TOP/LICENSE" | cut -d' ' -f1)"
opts=$(grep -o 'INSTALL_[A-Z]*=' "$bb" | sort -u | tr -d '=' | tr '\n' ' ')
unknown=()
for o in $opts; do grep -q "^$o *?=" "$TOP/Makefile" || unknown+=("$o"); done
check_eq "Yocto: PACKAGECONFIG's options are variables of the Makefile (${opts% })" "${unknown[*]}" ""
finish
