# slqscompile.mak - per-CPU toolchain and compiler flags.
#
# Included by the top-level Makefile before pkgs.mak.  Everything here is
# data: which compiler, which flags, where the objects go.  The rules that use
# it live in pkgs.mak.
#
# User-facing variables (all optional):
#   CPU=<name>          target CPU, see SLQS_CPUS below (default: the host's)
#   CROSS_COMPILE=pfx-  toolchain prefix (default: the Debian cross gcc for CPU)
#   CC, AR              compiler / archiver (CC=clang works, also for cross)
#   CFLAGS              optimisation/debug flags (default -O2 -g)
#   EXTRA_CFLAGS, EXTRA_LDFLAGS   appended to every compile / link
#   WERROR=1            turn warnings into errors (CI sets it)
#   V=1                 show full commands instead of "  CC  file.c"
#   ASAN=1              AddressSanitizer+UBSan build in build/asan-<CPU>
#   FUZZ=1              libFuzzer build (clang) in build/fuzz, host CPU only

# ---------------------------------------------------------------------------
# CPU table.  One line per CPU and property; nothing else in the build names
# a CPU, so adding a CPU means adding one entry to each table.
# ---------------------------------------------------------------------------
SLQS_CPUS := hostx86_64 hosti686 arm arm64 mips mipsel

# GNU triplet; the cross prefix is "<triplet>-" and the Debian cross sysroot
# (used by qemu-user's -L) is /usr/<triplet>.
TRIPLET_hostx86_64 := x86_64-linux-gnu
TRIPLET_hosti686   := i686-linux-gnu
TRIPLET_arm        := arm-linux-gnueabihf
TRIPLET_arm64      := aarch64-linux-gnu
TRIPLET_mips       := mips-linux-gnu
TRIPLET_mipsel     := mipsel-linux-gnu

# qemu-user emulator that runs the CPU's binaries on another host.
QEMU_hostx86_64 := qemu-x86_64
QEMU_hosti686   := qemu-i386
QEMU_arm        := qemu-arm
QEMU_arm64      := qemu-aarch64
QEMU_mips       := qemu-mips
QEMU_mipsel     := qemu-mipsel

# `uname -m` of a machine that natively runs the CPU's binaries.
UNAME_hostx86_64 := x86_64
UNAME_hosti686   := i386 i486 i586 i686
UNAME_arm        := armv6l armv7l armv8l
UNAME_arm64      := aarch64 arm64
UNAME_mips       := mips
UNAME_mipsel     :=

# ---------------------------------------------------------------------------
# Which CPU: the host's by default.
# ---------------------------------------------------------------------------
HOST_UNAME := $(shell uname -m)
HOST_CPU   := $(firstword $(foreach c,$(SLQS_CPUS),$(if $(filter $(HOST_UNAME),$(UNAME_$(c))),$(c))))
CPU ?= $(HOST_CPU)

ifeq ($(strip $(CPU)),)
$(error This host ($(HOST_UNAME)) has no default CPU: pass CPU=<one of: $(SLQS_CPUS)>)
endif
ifeq ($(filter $(CPU),$(SLQS_CPUS)),)
$(error Unknown CPU '$(CPU)'. Valid CPU names: $(SLQS_CPUS))
endif

# Native build: the host's own compiler, binaries run directly.
# Cross build:  <triplet>-gcc, binaries run under qemu-user.
ifeq ($(CPU),$(HOST_CPU))
  IS_CROSS := 0
  CROSS_COMPILE ?=
else
  IS_CROSS := 1
  CROSS_COMPILE ?= $(TRIPLET_$(CPU))-
  # i686 on an x86_64 host: without the i686 cross gcc, use the host gcc -m32
  # if it has a 32-bit C library (gcc-multilib, which Debian will not install
  # beside its cross compilers; otherwise the cross gcc gets installed).
  ifeq ($(CPU)-$(HOST_CPU)-$(origin CROSS_COMPILE),hosti686-hostx86_64-file)
    ifeq ($(shell command -v $(CROSS_COMPILE)gcc),)
      ifneq ($(shell gcc -m32 -print-file-name=libc.so 2>/dev/null),libc.so)
        CROSS_COMPILE :=
        ARCH_CFLAGS   := -m32
        IS_CROSS      := 0
      endif
    endif
  endif
endif

# Runner for the target's binaries ("" when they run natively) and the
# sysroot qemu uses to find the target's dynamic loader and libc.
QEMU_SYSROOT ?= /usr/$(notdir $(patsubst %-,%,$(CROSS_COMPILE)))
ifeq ($(IS_CROSS),1)
  TARGET_RUN ?= $(QEMU_$(CPU)) -L $(QEMU_SYSROOT)
else
  TARGET_RUN ?=
endif

# ---------------------------------------------------------------------------
# Toolchain.  Make's built-in defaults (cc, ar) are replaced by the prefixed
# tools; a CC or AR given by the user is kept as is.
# ---------------------------------------------------------------------------
ifeq ($(FUZZ),1)
  # libFuzzer exists only in clang; fuzzing is a host-only activity.
  FUZZ_CC ?= clang
  override CC := $(FUZZ_CC)
  ifneq ($(CPU),$(HOST_CPU))
    $(error make fuzz runs on the host CPU only (got CPU=$(CPU)))
  endif
else ifeq ($(origin CC),default)
  CC := $(CROSS_COMPILE)gcc
endif
ifeq ($(origin AR),default)
  AR := $(CROSS_COMPILE)ar
endif

# clang cross-compiles with --target instead of a prefixed binary.
CC_IS_CLANG := $(if $(findstring clang,$(shell $(CC) --version 2>/dev/null | head -n 1)),1,0)
ifeq ($(CC_IS_CLANG)-$(IS_CROSS),1-1)
  ARCH_CFLAGS += --target=$(TRIPLET_$(CPU))
endif

# ---------------------------------------------------------------------------
# Flags.
# ---------------------------------------------------------------------------
CFLAGS ?= -O2 -g

CSTD      := -std=gnu11
WARNFLAGS := -Wall -Wextra -Wshadow -Wformat=2 -Wstrict-prototypes \
             -Wmissing-prototypes -Wno-missing-field-initializers
ifeq ($(WERROR),1)
  WARNFLAGS += -Werror
endif
INCFLAGS  := -I. -Iapi -Iapi/inc
# 64-bit off_t/ino_t on 32-bit CPUs: without it readdir() fails with
# EOVERFLOW on a 64-bit kernel (ext4 directory offsets), e.g. armhf user space
# on an arm64 kernel, or any 32-bit CPU under qemu-user.  No effect on 64-bit
# CPUs.  (So the public API must not expose off_t or ino_t.)
LFSFLAGS  := -D_FILE_OFFSET_BITS=64

# Sanitizer variants build into their own tree so they never mix objects
# with the normal build.
ifeq ($(FUZZ),1)
  VARIANT   := fuzz
  BUILD_DIR ?= build/fuzz
  SANFLAGS  := -fsanitize=fuzzer-no-link,address,undefined \
               -fno-sanitize-recover=undefined -fno-omit-frame-pointer
  FUZZ_LINKFLAGS := -fsanitize=fuzzer,address,undefined
else ifeq ($(ASAN),1)
  VARIANT   := asan
  BUILD_DIR ?= build/asan-$(CPU)
  SANFLAGS  := -fsanitize=address,undefined -fno-sanitize-recover=undefined \
               -fno-omit-frame-pointer
else
  VARIANT   :=
  BUILD_DIR ?= build/$(CPU)
  SANFLAGS  :=
endif

# What every object is compiled with, and every program linked with.
SLQS_CFLAGS  := $(CSTD) $(WARNFLAGS) $(ARCH_CFLAGS) $(SANFLAGS) -pthread \
                $(CFLAGS) $(EXTRA_CFLAGS)
SLQS_CPPFLAGS := $(INCFLAGS) $(LFSFLAGS) $(CPPFLAGS)
SLQS_LDFLAGS := $(ARCH_CFLAGS) $(SANFLAGS) -pthread $(LDFLAGS) $(EXTRA_LDFLAGS)

# Output tree.
OBJ_DIR  := $(BUILD_DIR)/obj
LIB_DIR  := $(BUILD_DIR)/lib
BIN_DIR  := $(BUILD_DIR)/bin
TEST_DIR := $(BIN_DIR)/tests

# ---------------------------------------------------------------------------
# cmocka for the unit tests: the system's libcmocka-dev on a native build, a
# copy compiled from Debian's cmocka source by scripts/build-cmocka.sh for a
# cross build (Debian has no libcmocka for every CPU, e.g. big-endian mips).
# ---------------------------------------------------------------------------
ifeq ($(IS_CROSS),1)
  CMOCKA_DIR    := $(BUILD_DIR)/cmocka
  CMOCKA_LIB    := $(CMOCKA_DIR)/lib/libcmocka.a
  # -isystem: cmocka.h macros warn on 32-bit CPUs (pointer casts), not our code
  CMOCKA_CFLAGS := -isystem $(CMOCKA_DIR)/include
  CMOCKA_LIBS   := $(CMOCKA_LIB)
else
  CMOCKA_DIR    :=
  CMOCKA_LIB    :=
  CMOCKA_CFLAGS := $(shell pkg-config --cflags cmocka 2>/dev/null)
  CMOCKA_LIBS   := $(or $(shell pkg-config --libs cmocka 2>/dev/null),-lcmocka)
endif

# ---------------------------------------------------------------------------
# Output: "  CC      core/tlv.c" unless V=1 (commands) or make -s (nothing).
# ---------------------------------------------------------------------------
ifeq ($(V),1)
  Q :=
  show =
else ifneq ($(findstring s,$(firstword -$(MAKEFLAGS))),)
  Q := @
  show =
else
  Q := @
  show = @printf '  %-7s %s\n' '$(1)' '$(2)'
endif
