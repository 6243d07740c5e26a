# pkgs.mak - what is built from which sources, and the rules that build it.
#
# Included by the top-level Makefile after slqscompile.mak (which sets CC,
# the flags and BUILD_DIR).  Sources are found with wildcards: a new .c file
# or a new pkgs/<svc>/ folder is picked up without editing this file, and a
# folder that does not exist yet simply contributes nothing.
#
# Output tree (BUILD_DIR is build/<CPU>, build/asan-<CPU> or build/fuzz):
#   $(BUILD_DIR)/obj/<path of the source>.o   objects (+ .d dependency files)
#   $(BUILD_DIR)/lib/lib*.a                    static libraries
#   $(BUILD_DIR)/bin/<program>                 programs
#   $(BUILD_DIR)/bin/tests/test_*              unit-test programs

# ---------------------------------------------------------------------------
# Source discovery
# ---------------------------------------------------------------------------
# Service packages: every pkgs/<svc>/ folder except the three runtime ones.
SVC_DIRS := $(filter-out pkgs/api/ pkgs/sdk/ pkgs/ipc/,$(sort $(wildcard pkgs/*/)))

# Libraries: LIB_<name>_SRCS -> $(LIB_DIR)/lib<name>.a
LIB_slqscore_SRCS := $(wildcard core/*.c core/transport/*.c pkgs/ipc/*.c) \
                     $(wildcard $(addsuffix *_msg.c,$(SVC_DIRS)))
LIB_slqsapi_SRCS  := $(wildcard pkgs/api/*.c)
LIB_slqsqmi_SRCS  := $(wildcard $(addsuffix *_api.c,$(SVC_DIRS)))
LIB_qmisim_SRCS   := $(filter-out tools/qmisim/main.c,$(wildcard tools/qmisim/*.c))

# Programs: PROG_<name>_SRCS -> $(BIN_DIR)/<name>, linked with PROG_<name>_LIBS.
# The library lists follow the layering of design.md section 2, so a program
# that reaches into a layer it must not use fails to link.
PROG_slqssdk_SRCS       := $(wildcard pkgs/sdk/*.c)
PROG_slqssdk_LIBS       := slqscore
# The daemon's objects but main(), as a library for its unit tests
# (tests/unit/test_sdk_*.c) only: not in LIBS_BUILT, never installed.
SDK_TEST_LIB_SRCS       := $(filter-out pkgs/sdk/main.c,$(PROG_slqssdk_SRCS))
# (the simulator program once it has its main.c; its other files also form
# libqmisim.a, which the unit tests link)
PROG_qmisim_SRCS        := $(if $(wildcard tools/qmisim/main.c),$(wildcard tools/qmisim/*.c))
PROG_qmisim_LIBS        := slqscore
PROG_connectionmgr_SRCS := $(wildcard SampleApps/Connection_Manager/*.c)
PROG_connectionmgr_LIBS := slqsqmi slqsapi slqscore

# Unit tests: every tests/unit/test_*.c is one cmocka program.  Any other
# tests/unit/*.c is a helper linked into every test program, and so is every
# tests/common/*.c (shared by the unit tests and the fuzz targets).
TEST_COMMON_SRCS := $(wildcard tests/common/*.c)
TEST_SRCS        := $(wildcard tests/unit/test_*.c)
TEST_HELPER_SRCS := $(filter-out $(TEST_SRCS),$(wildcard tests/unit/*.c)) $(TEST_COMMON_SRCS)
# Link order matters for static libraries: users before what they use.
TEST_LIBS        := qmisim slqsqmi slqsapi slqscore

# Integration and interop test programs: every tests/integration/*.c and
# tests/interop/*.c is a program of its own (no cmocka), used by the scripts
# beside it: build/<CPU>/bin/tests/integration/<name>.
ITEST_SRCS := $(wildcard tests/integration/*.c tests/interop/*.c)

# Fuzz targets: every tests/fuzz/fuzz_*.c defines LLVMFuzzerTestOneInput.
# Any other tests/fuzz/*.c, and tests/common/*.c, is a helper linked into
# every fuzz target.
FUZZ_SRCS        := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_HELPER_SRCS := $(filter-out $(FUZZ_SRCS),$(wildcard tests/fuzz/*.c)) $(TEST_COMMON_SRCS)
FUZZ_LIBS        := $(TEST_LIBS)

# A .c file in a service package that matches neither *_msg.c nor *_api.c
# would silently be left out of every library: say so.
SVC_ORPHANS := $(filter-out $(LIB_slqscore_SRCS) $(LIB_slqsqmi_SRCS),\
                 $(wildcard $(addsuffix *.c,$(SVC_DIRS))))
ifneq ($(SVC_ORPHANS),)
$(warning Not built (a service package file must be named *_msg.c or *_api.c): $(SVC_ORPHANS))
endif

# ---------------------------------------------------------------------------
# Derived lists
# ---------------------------------------------------------------------------
objs_of  = $(patsubst %.c,$(OBJ_DIR)/%.o,$(1))
lib_file = $(LIB_DIR)/lib$(1).a

# The three SDK libraries always exist, so the documented link line
# (-lslqsqmi -lslqsapi -lslqscore) works even while one of them is empty.
LIBS_BUILT  := slqscore slqsapi slqsqmi $(if $(LIB_qmisim_SRCS),qmisim)
# Programs only once they have sources.
PROGS_BUILT := $(foreach p,slqssdk qmisim connectionmgr,$(if $(PROG_$(p)_SRCS),$(p)))

LIB_TARGETS  := $(foreach l,$(LIBS_BUILT),$(call lib_file,$(l)))
PROG_TARGETS := $(addprefix $(BIN_DIR)/,$(PROGS_BUILT))
TEST_BINS    := $(patsubst tests/unit/%.c,$(TEST_DIR)/%,$(TEST_SRCS))
ITEST_BINS   := $(patsubst tests/%.c,$(TEST_DIR)/%,$(ITEST_SRCS))
FUZZ_BINS    := $(patsubst tests/fuzz/%.c,$(BIN_DIR)/%,$(FUZZ_SRCS))

# Libraries a test / fuzz target links: those of TEST_LIBS that exist.
SDK_TEST_LIB     := $(if $(SDK_TEST_LIB_SRCS),$(OBJ_DIR)/pkgs/sdk/libslqssdk-test.a)
TEST_LIB_TARGETS := $(SDK_TEST_LIB) \
                    $(foreach l,$(filter $(LIBS_BUILT),$(TEST_LIBS)),$(call lib_file,$(l)))
FUZZ_LIB_TARGETS := $(SDK_TEST_LIB) \
                    $(foreach l,$(filter $(LIBS_BUILT),$(FUZZ_LIBS)),$(call lib_file,$(l)))

ALL_SRCS := $(foreach l,$(LIBS_BUILT),$(LIB_$(l)_SRCS)) \
            $(foreach p,$(PROGS_BUILT),$(PROG_$(p)_SRCS)) \
            $(TEST_SRCS) $(TEST_HELPER_SRCS) $(ITEST_SRCS) $(FUZZ_SRCS) $(FUZZ_HELPER_SRCS)
ALL_OBJS := $(call objs_of,$(sort $(ALL_SRCS)))

# ---------------------------------------------------------------------------
# Build-flags file: rewritten only when the compiler or a flag changes, so a
# change of CC, CFLAGS or WERROR recompiles everything (and a WERROR=1 build
# after a plain one really re-checks every file).  Before the first build with
# a compiler, scripts/check-toolchain.sh makes sure it can build a program and,
# when it cannot and we run as root, installs the Debian packages it needs.
# ---------------------------------------------------------------------------
shq = '$(subst ','\'',$(1))'
FLAGS_FILE   := $(BUILD_DIR)/.build-flags
FLAGS_STRING := CC=$(CC) AR=$(AR) CPPFLAGS=$(SLQS_CPPFLAGS) CFLAGS=$(SLQS_CFLAGS) LDFLAGS=$(SLQS_LDFLAGS)

# Debian package group (scripts/install-deps.sh) that provides the default
# toolchain; none when the user chose the compiler.
ifeq ($(FUZZ),1)
  TOOLCHAIN_GROUP := fuzz
else ifeq ($(origin CC)$(origin CROSS_COMPILE),filefile)
  TOOLCHAIN_GROUP := $(if $(filter 1,$(IS_CROSS)),cross-$(CPU),build)
else
  TOOLCHAIN_GROUP :=
endif

# The compiler as the probes use it: with the flags that change what it links.
PROBE_CC := $(CC) $(ARCH_CFLAGS) $(SANFLAGS) -pthread

$(FLAGS_FILE): FORCE
	@mkdir -p $(@D)
	@if [ "$$(cat $@ 2>/dev/null)" != $(call shq,$(FLAGS_STRING)) ]; then \
	    scripts/check-toolchain.sh cc $(call shq,$(TOOLCHAIN_GROUP)) \
	        $(call shq,$(PROBE_CC)) '' || exit 1; \
	    printf '%s\n' $(call shq,$(FLAGS_STRING)) > $@; \
	fi

# ---------------------------------------------------------------------------
# cmocka.  Native: the system library, checked (and installed as root) once.
# Cross: compiled from Debian's cmocka source with the cross compiler.
# ---------------------------------------------------------------------------
ifeq ($(CMOCKA_LIB),)
CMOCKA_DEP := $(BUILD_DIR)/.cmocka-ok
$(CMOCKA_DEP): | $(FLAGS_FILE)
	$(Q)scripts/check-toolchain.sh cmocka unit \
	    $(call shq,$(PROBE_CC)) $(call shq,$(CMOCKA_CFLAGS) $(CMOCKA_LIBS))
	@touch $@
else
CMOCKA_DEP := $(CMOCKA_LIB)
$(CMOCKA_LIB): scripts/build-cmocka.sh | $(FLAGS_FILE)
	$(call show,CMOCKA,$(CMOCKA_DIR))
	$(Q)AR=$(call shq,$(AR)) scripts/build-cmocka.sh $(CPU) \
	    $(call shq,$(CC) $(ARCH_CFLAGS)) $(CMOCKA_DIR)
endif

# ---------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------
# Compile one C file; extra flags for some objects come from OBJ_EXTRA_CFLAGS.
define compile_c
	$(call show,CC,$<)
	$(Q)mkdir -p $(@D)
	$(Q)$(CC) $(SLQS_CPPFLAGS) $(SLQS_CFLAGS) $(OBJ_EXTRA_CFLAGS) -MMD -MP -c $< -o $@
endef

# Link a program: its objects, then its static libraries as a group (so their
# order does not matter), then $(1) (extra libraries).
define link_prog
	$(call show,LD,$@)
	$(Q)mkdir -p $(@D)
	$(Q)$(CC) $(SLQS_LDFLAGS) $(2) -o $@ $(filter %.o,$^) \
	    -Wl,--start-group $(filter-out $(CMOCKA_LIB),$(filter %.a,$^)) -Wl,--end-group $(1)
endef

$(OBJ_DIR)/%.o: %.c $(FLAGS_FILE)
	$(compile_c)

# Unit-test objects need cmocka's header (built first for a cross CPU).
$(OBJ_DIR)/tests/unit/%.o: OBJ_EXTRA_CFLAGS = $(CMOCKA_CFLAGS)
$(OBJ_DIR)/tests/unit/%.o: tests/unit/%.c $(FLAGS_FILE) | $(CMOCKA_DEP)
	$(compile_c)

# Static libraries: each one's objects are listed below, the recipe is shared.
$(foreach l,$(LIBS_BUILT),$(eval $(call lib_file,$(l)): $(call objs_of,$(LIB_$(l)_SRCS))))
$(SDK_TEST_LIB): $(call objs_of,$(SDK_TEST_LIB_SRCS))
$(LIB_TARGETS) $(SDK_TEST_LIB):
	$(call show,AR,$@)
	$(Q)mkdir -p $(@D)
	$(Q)rm -f $@.tmp
	$(Q)$(AR) rcs $@.tmp $^
	$(Q)mv -f $@.tmp $@

# Programs: objects + PROG_<name>_LIBS (those that exist).
$(foreach p,$(PROGS_BUILT),$(eval $(BIN_DIR)/$(p): $(call objs_of,$(PROG_$(p)_SRCS)) \
    $(foreach l,$(filter $(LIBS_BUILT),$(PROG_$(p)_LIBS)),$(call lib_file,$(l)))))
$(PROG_TARGETS):
	$(call link_prog,$(LDLIBS))

# Unit tests.
$(TEST_DIR)/test_%: $(OBJ_DIR)/tests/unit/test_%.o $(call objs_of,$(TEST_HELPER_SRCS)) \
                    $(TEST_LIB_TARGETS) $(CMOCKA_LIB)
	$(call link_prog,$(CMOCKA_LIBS) $(LDLIBS))

# Integration / interop test programs: one source file each + the libraries.
$(ITEST_BINS): $(TEST_DIR)/%: $(OBJ_DIR)/tests/%.o $(TEST_LIB_TARGETS)
	$(call link_prog,$(LDLIBS))

# Fuzz targets (FUZZ=1 only: clang, -fsanitize=fuzzer at link time).
$(BIN_DIR)/fuzz_%: $(OBJ_DIR)/tests/fuzz/fuzz_%.o $(call objs_of,$(FUZZ_HELPER_SRCS)) \
                   $(FUZZ_LIB_TARGETS)
	$(call link_prog,$(LDLIBS),$(FUZZ_LINKFLAGS))

.PHONY: FORCE
FORCE:

# Objects are never "intermediate": keep them for incremental builds.
.SECONDARY:
.DELETE_ON_ERROR:

-include $(ALL_OBJS:.o=.d)
