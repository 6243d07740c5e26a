# Makefile - user-facing targets of the open Linux QMI SDK.
#
#   make                  libraries and programs for the host CPU
#   make CPU=mips         the same, cross-compiled (see `make help`)
#   make check            every test: native, ASan, arm and mips under qemu, fuzz smoke
#
# The toolchain and flags are in slqscompile.mak, the sources and build
# rules in pkgs.mak; this file only has the targets a user types.

# The version is written once, in core/version.h.
VERSION := $(shell sed -n 's/^\#define SLQS_VERSION "\(.*\)"/\1/p' core/version.h)

.DEFAULT_GOAL := all

include slqscompile.mak
include pkgs.mak

# Installation directories (GNU conventions; DESTDIR is prepended to all).
PREFIX         ?= /usr/local
BINDIR         ?= $(PREFIX)/bin
LIBDIR         ?= $(PREFIX)/lib
INCLUDEDIR     ?= $(PREFIX)/include
MANDIR         ?= $(PREFIX)/share/man
PKGCONFIGDIR   ?= $(LIBDIR)/pkgconfig
SYSTEMDUNITDIR ?= $(PREFIX)/lib/systemd/system
# The daemon's start-up files: INIT=systemd (unit), procd (OpenWrt init
# script), sysv (SysV/BusyBox init script) or none.  Init scripts go to
# INITDIR/INIT_NAME whatever the PREFIX, as init looks for them there.
INIT           ?= systemd
INITDIR        ?= /etc/init.d
INIT_NAME      ?= slqssdk
# What `make install` installs besides the SDK and its daemon (1 or 0).
INSTALL_QMISIM  ?= 1
INSTALL_SAMPLES ?= 1

FUZZ_SECONDS ?= 60

API_HEADERS := $(shell find api -name '*.h' 2>/dev/null)

.PHONY: all libs progs tests itests cmocka check asan-check fuzz fuzz-bins demo docs \
        install install-init slqs-pc dist deb package-check bench clean distclean help

# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------
all: libs progs

libs: $(LIB_TARGETS)

progs: $(PROG_TARGETS)

# The test programs for $(CPU) (run them with `make check`): the cmocka unit
# tests, and the programs the integration/interop scripts drive.
tests: $(TEST_BINS) itests

itests: $(ITEST_BINS)

# cmocka for $(CPU): checked (native) or compiled (cross).
cmocka: $(CMOCKA_DEP)

# Fuzz targets; only meaningful in the FUZZ=1 variant (`make fuzz` does that).
fuzz-bins: $(FUZZ_BINS)
ifneq ($(filter fuzz-bins,$(MAKECMDGOALS)),)
  ifneq ($(FUZZ),1)
    $(error fuzz-bins is built with FUZZ=1; use `make fuzz`)
  endif
endif

# ---------------------------------------------------------------------------
# Testing
# ---------------------------------------------------------------------------
# tests/run-tests.sh does the work; it runs make itself for each variant.
# CHECK_STEPS limits it to some of: native asan cross fuzz; CHECK_ONLY and
# CHECK_REPEAT pick tests and repeat them (tests/run-tests.sh says how).
# A CC given to `make check` applies to the native and ASan builds.
CHECK_ENV := WERROR=$(WERROR) \
             $(if $(CHECK_ONLY),CHECK_ONLY=$(call shq,$(CHECK_ONLY))) \
             $(if $(CHECK_REPEAT),CHECK_REPEAT=$(call shq,$(CHECK_REPEAT))) \
             $(if $(filter-out default file,$(origin CC)),SLQS_CC=$(call shq,$(CC)))

check:
	@$(CHECK_ENV) tests/run-tests.sh $(CHECK_STEPS)

asan-check:
	@$(CHECK_ENV) tests/run-tests.sh asan

# Build every fuzz target with clang and run each for FUZZ_SECONDS.
fuzz:
	$(Q)$(MAKE) --no-print-directory FUZZ=1 fuzz-bins
	$(Q)scripts/run-fuzz.sh $(FUZZ_SECONDS) $(patsubst tests/fuzz/%.c,build/fuzz/bin/%,$(FUZZ_SRCS))

bench: all
	$(Q)if [ -f bench/Makefile ]; then \
	    scripts/install-deps.sh bench valgrind && \
	    $(MAKE) --no-print-directory -C bench CPU=$(CPU) SLQS_TOP=$(CURDIR) \
	        SLQS_BUILD_DIR=$(CURDIR)/$(BUILD_DIR); \
	elif ls bench/*.sh >/dev/null 2>&1; then \
	    scripts/install-deps.sh bench || exit 1; \
	    for s in bench/*.sh; do \
	        echo "== $$s"; \
	        SLQS_TOP=$(CURDIR) SLQS_BUILD_DIR=$(CURDIR)/$(BUILD_DIR) bash $$s || exit 1; \
	    done; \
	else \
	    echo "No benchmarks exist yet (bench/Makefile or bench/*.sh would be run here)."; \
	fi

# ---------------------------------------------------------------------------
# Demo: SampleApps/Connection_Manager against the modem simulator.
# ---------------------------------------------------------------------------
demo: all
	$(Q)if [ -x $(BIN_DIR)/connectionmgr ] && [ -x $(BIN_DIR)/qmisim ] && [ -x $(BIN_DIR)/slqssdk ]; then \
	    SLQS_BIN_DIR=$(BIN_DIR) TARGET_RUN=$(call shq,$(TARGET_RUN)) scripts/demo.sh; \
	else \
	    echo "make demo runs the Connection_Manager sample (connectionmgr) against the"; \
	    echo "simulated modem (qmisim) through the SDK daemon (slqssdk), but these are"; \
	    echo "not built:$(if $(wildcard $(BIN_DIR)/connectionmgr),, connectionmgr)$(if $(wildcard $(BIN_DIR)/qmisim),, qmisim)$(if $(wildcard $(BIN_DIR)/slqssdk),, slqssdk) (see the build output above)."; \
	    exit 1; \
	fi

# ---------------------------------------------------------------------------
# Documentation: Doxygen reference of the api/ headers (+ docs/*.md pages).
# Undocumented API is an error.
# ---------------------------------------------------------------------------
docs:
ifeq ($(API_HEADERS),)
	@echo "make docs: api/ has no headers yet, so there is nothing to document (no docs generated)."
else
	$(Q)command -v doxygen >/dev/null || scripts/install-deps.sh docs || \
	    { echo "make docs needs doxygen (Debian package doxygen)." >&2; exit 1; }
	$(Q)mkdir -p build/docs
	$(call show,DOXYGEN,docs/Doxyfile)
	$(Q)SLQS_VERSION=$(VERSION) doxygen docs/Doxyfile
	@echo "API reference: build/docs/html/index.html"
endif

# ---------------------------------------------------------------------------
# Installation: headers, SDK libraries, programs, pkg-config file, the
# daemon's start-up file for INIT and man pages (those that exist).
# `make install CPU=arm DESTDIR=rootfs PREFIX=/usr` fills a cross target's
# root file system.
# ---------------------------------------------------------------------------
INSTALL_LIBS := $(filter-out $(call lib_file,qmisim),$(LIB_TARGETS))
# The sample programs: those built from SampleApps/ sources.
SAMPLE_PROGS  := $(foreach p,$(PROGS_BUILT),$(if $(filter SampleApps/%,$(PROG_$(p)_SRCS)),$(p)))
INSTALL_PROGS := $(addprefix $(BIN_DIR)/,$(filter-out $(if $(filter 1,$(INSTALL_QMISIM)),,qmisim) \
                   $(if $(filter 1,$(INSTALL_SAMPLES)),,$(SAMPLE_PROGS)),$(PROGS_BUILT)))
# The start-up file of INIT, where it goes and its mode.
INIT_FILE_systemd := pkgs/sdk/slqssdk.service
INIT_FILE_procd   := pkgs/sdk/slqssdk.procd
INIT_FILE_sysv    := pkgs/sdk/slqssdk.init
INIT_DEST_systemd := $(SYSTEMDUNITDIR)/slqssdk.service
INIT_DEST_procd   := $(INITDIR)/$(INIT_NAME)
INIT_DEST_sysv    := $(INITDIR)/$(INIT_NAME)
INIT_FILE := $(wildcard $(INIT_FILE_$(INIT)))
INIT_DEST := $(INIT_DEST_$(INIT))
INIT_MODE := $(if $(filter systemd,$(INIT)),0644,0755)
ifneq ($(filter install install-init,$(MAKECMDGOALS)),)
  ifeq ($(filter $(INIT),systemd procd sysv none),)
    $(error INIT=$(INIT): use one of systemd procd sysv none)
  endif
endif
MAN_PAGES    := $(wildcard docs/man/*.[1-8])
SUBST_DIRS    = sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@BINDIR@|$(BINDIR)|g' \
                    -e 's|@LIBDIR@|$(LIBDIR)|g' -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|g' \
                    -e 's|@VERSION@|$(VERSION)|g' \
                    -e 's|@SVC_INC_CFLAGS@|$(SVC_INC_CFLAGS)|g'
SVC_INC_CFLAGS = $(patsubst api/%,-I$${includedir}/slqs/%,$(patsubst %/,%,$(sort $(dir $(wildcard api/*/inc/*.h)))))

install: all install-init
	$(call show,INSTALL,$(DESTDIR)$(PREFIX))
	$(Q)for h in $(API_HEADERS:api/%=%); do \
	    install -D -m 0644 api/$$h $(DESTDIR)$(INCLUDEDIR)/slqs/$$h || exit 1; \
	done
	$(Q)install -d $(DESTDIR)$(LIBDIR) $(DESTDIR)$(PKGCONFIGDIR)
	$(Q)install -m 0644 $(INSTALL_LIBS) $(DESTDIR)$(LIBDIR)/
	$(Q)$(SUBST_DIRS) slqs.pc.in > $(DESTDIR)$(PKGCONFIGDIR)/slqs.pc
ifneq ($(INSTALL_PROGS),)
	$(Q)install -d $(DESTDIR)$(BINDIR)
	$(Q)install -m 0755 $(INSTALL_PROGS) $(DESTDIR)$(BINDIR)/
endif
	$(Q)for m in $(MAN_PAGES); do \
	    s=$${m##*.}; install -D -m 0644 $$m $(DESTDIR)$(MANDIR)/man$$s/$${m##*/} || exit 1; \
	done

# Only the daemon's start-up file (build systems that install it apart).
install-init:
ifneq ($(INIT_FILE),)
	$(Q)install -d $(dir $(DESTDIR)$(INIT_DEST))
	$(Q)$(SUBST_DIRS) $(INIT_FILE) > $(DESTDIR)$(INIT_DEST)
	$(Q)chmod $(INIT_MODE) $(DESTDIR)$(INIT_DEST)
endif

# The pkg-config file for the directories given (PREFIX, LIBDIR,
# INCLUDEDIR) into PC_OUT (`make dist` writes one for each CPU with it).
PC_OUT ?= $(BUILD_DIR)/slqs.pc
slqs-pc:
	$(Q)mkdir -p $(dir $(PC_OUT))
	$(Q)$(SUBST_DIRS) slqs.pc.in > $(PC_OUT)

# ---------------------------------------------------------------------------
# Binary distribution and packages (docs/packaging.md).
#   make dist           build/dist/slqs-sdk-<version>.tar.gz: every CPU of
#                       DIST_CPUS (default all), headers, samples, docs
#   make deb            the Debian packages into build/deb (dpkg-buildpackage)
#   make package-check  the tests of both and of the other recipes
# ---------------------------------------------------------------------------
dist:
	$(Q)DIST_CPUS=$(call shq,$(DIST_CPUS)) scripts/dist.sh

deb:
	$(Q)scripts/build-deb.sh

package-check:
	@$(CHECK_ENV) tests/run-tests.sh package

# ---------------------------------------------------------------------------
# Cleaning.  `clean` keeps build/cmocka-src (a download); `distclean` not.
# ---------------------------------------------------------------------------
clean:
	$(call show,CLEAN,build)
	$(Q)rm -rf $(filter-out build/cmocka-src,$(wildcard build/*))

distclean:
	$(call show,CLEAN,build)
	$(Q)rm -rf build

# `make print-VAR` shows a variable's value (used by tests/run-tests.sh).
print-%:
	$(info $($*))@:

help:
	@echo "Targets:"
	@echo "  all (default)  libraries and programs for CPU into build/<CPU>/{lib,bin}"
	@echo "  tests          build the unit-test programs for CPU (build/<CPU>/bin/tests)"
	@echo "  check          run every test: native unit + integration + interop, ASan+UBSan,"
	@echo "                 arm and big-endian mips under qemu, fuzz smoke; ends with"
	@echo "                 'N passed, N failed[, N skipped]' (CHECK_STEPS=native|asan|cross|fuzz|package)"
	@echo "  asan-check     unit tests built with ASan+UBSan into build/asan-<CPU>"
	@echo "  fuzz           build the libFuzzer targets (clang) and run each FUZZ_SECONDS"
	@echo "  demo           run the Connection_Manager sample against the simulator"
	@echo "  docs           API reference from api/ with doxygen into build/docs"
	@echo "  install        headers, libraries, programs, slqs.pc, the daemon's start-up file"
	@echo "                 (INIT=systemd|procd|sysv|none; INSTALL_QMISIM=0, INSTALL_SAMPLES=0)"
	@echo "  dist           build/dist/slqs-sdk-$(VERSION).tar.gz: libraries and programs for every"
	@echo "                 CPU (DIST_CPUS='arm mips' for a subset), headers, samples, docs"
	@echo "  deb            Debian packages into build/deb (dpkg-buildpackage)"
	@echo "  package-check  tests of make dist, the Debian packages and the other recipes"
	@echo "  bench          run the benchmarks in bench/ (if any)"
	@echo "  clean          remove build/ (keeps the downloaded cmocka source)"
	@echo "  distclean      remove build/ entirely"
	@echo "Variables:"
	@echo "  CPU=<cpu>          one of: $(SLQS_CPUS) (now: $(CPU), host: $(HOST_CPU))"
	@echo "  CROSS_COMPILE=pfx- toolchain prefix (default for CPU: $(if $(CROSS_COMPILE),$(CROSS_COMPILE),none))"
	@echo "  CC=, AR=           compiler and archiver (CC=clang works)"
	@echo "  CFLAGS=            optimisation flags (default -O2 -g); EXTRA_CFLAGS= adds more"
	@echo "  WERROR=1           warnings are errors (CI uses it)"
	@echo "  V=1                show full commands"
	@echo "  PREFIX=/usr/local  installation prefix; DESTDIR= staging root"
	@echo "  FUZZ_SECONDS=60    run time of each fuzz target in 'make fuzz'"
	@echo "  FUZZ_SMOKE_SECONDS=10  the same in 'make check' (environment)"
	@echo "Debian packages: scripts/install-deps.sh --list (installs them as root)"
