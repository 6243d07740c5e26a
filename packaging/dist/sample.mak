# sample.mak - builds one sample application against this SDK's
# prebuilt libraries, for any CPU of slqscompile.mak (the same CPU names,
# cross compilers and flags as the SDK itself was built with).
#
# A sample's Makefile sets PROG (the program's name) and optionally
# SAMPLE_LIBS, then includes this file:
#   make                 for this computer's CPU
#   make CPU=arm         cross-compiled (arm-linux-gnueabihf-gcc; see
#                        slqscompile.mak for every CPU and its compiler)
#   make CC=... CROSS_COMPILE=...   another toolchain
#   make clean
# The program is bin/<PROG><CPU> (e.g. bin/connectionmgrarm), the objects
# are in obj/<CPU>/, beside the sample's sources (the vendor SDK's layout).

SDK_TOP := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))..)
include $(SDK_TOP)/slqscompile.mak

SAMPLE_LIBS ?= slqsqmi slqsapi slqscore
SDK_LIB_DIR := $(SDK_TOP)/lib/$(CPU)
SDK_INC_DIR := $(SDK_TOP)/include/slqs
# The API headers by their path below include/slqs or by their bare name.
SDK_INCFLAGS := -I$(SDK_INC_DIR) -I$(SDK_INC_DIR)/inc \
                $(patsubst %/,-I%,$(sort $(dir $(wildcard $(SDK_INC_DIR)/*/inc/*.h))))

SRCS := $(sort $(wildcard *.c))
SAMPLE_OBJ_DIR := obj/$(CPU)
SAMPLE_BIN := bin/$(PROG)$(CPU)
OBJS := $(patsubst %.c,$(SAMPLE_OBJ_DIR)/%.o,$(SRCS))
LIB_FILES := $(patsubst %,$(SDK_LIB_DIR)/lib%.a,$(SAMPLE_LIBS))

.PHONY: all clean
all: $(SAMPLE_BIN)

ifeq ($(wildcard $(SDK_LIB_DIR)/libslqscore.a),)
  $(error This SDK has no libraries for CPU=$(CPU) ($(SDK_LIB_DIR) is missing))
endif
ifeq ($(filter clean,$(MAKECMDGOALS)),)
  ifeq ($(shell command -v $(firstword $(CC))),)
    $(error The compiler for CPU=$(CPU), $(firstword $(CC)), is not installed (Debian: gcc-$(TRIPLET_$(CPU)), or give CC=/CROSS_COMPILE=))
  endif
endif

$(SAMPLE_OBJ_DIR)/%.o: %.c
	@mkdir -p $(@D)
	$(call show,CC,$<)
	$(Q)$(CC) $(SDK_INCFLAGS) $(LFSFLAGS) $(CPPFLAGS) $(SLQS_CFLAGS) -MMD -MP -c $< -o $@

$(SAMPLE_BIN): $(OBJS) $(LIB_FILES)
	@mkdir -p $(@D)
	$(call show,LD,$@)
	$(Q)$(CC) $(SLQS_LDFLAGS) -o $@ $(OBJS) -L$(SDK_LIB_DIR) $(addprefix -l,$(SAMPLE_LIBS)) -lpthread

clean:
	rm -rf obj bin

-include $(OBJS:.o=.d)
