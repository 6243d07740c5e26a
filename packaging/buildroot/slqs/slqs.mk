################################################################################
#
# slqs: the Linux QMI SDK (libraries and headers to staging; the daemon,
# optionally the simulator and the samples, to the target)
#
################################################################################

SLQS_VERSION = 0.1.0
SLQS_SITE = $(call qstrip,$(BR2_PACKAGE_SLQS_SOURCE_DIR))
SLQS_SITE_METHOD = local
SLQS_LICENSE = BSD-3-Clause
SLQS_LICENSE_FILES = LICENSE
SLQS_INSTALL_STAGING = YES

# The SDK's name of the target CPU (its slqscompile.mak); the compiler is
# Buildroot's, whatever the name.
SLQS_CPU = $(strip \
	$(if $(BR2_arm),arm) $(if $(BR2_aarch64),arm64) \
	$(if $(BR2_mips),mips) $(if $(BR2_mipsel),mipsel) \
	$(if $(BR2_i386),hosti686) $(if $(BR2_x86_64),hostx86_64))

SLQS_MAKE_OPTS = \
	CPU=$(SLQS_CPU) \
	CC="$(TARGET_CC)" \
	AR="$(TARGET_AR)" \
	CFLAGS="$(TARGET_CFLAGS)" \
	LDFLAGS="$(TARGET_LDFLAGS)" \
	PREFIX=/usr \
	INSTALL_QMISIM=$(if $(BR2_PACKAGE_SLQS_QMISIM),1,0) \
	INSTALL_SAMPLES=$(if $(BR2_PACKAGE_SLQS_SAMPLES),1,0)

# The source tree's own build/ (objects of the developer's builds) is not
# this package's.
define SLQS_REMOVE_TREE_BUILD
	rm -rf $(@D)/build
endef
SLQS_POST_RSYNC_HOOKS += SLQS_REMOVE_TREE_BUILD

define SLQS_BUILD_CMDS
	$(TARGET_MAKE_ENV) $(MAKE) -C $(@D) $(SLQS_MAKE_OPTS) all
endef

define SLQS_INSTALL_STAGING_CMDS
	$(TARGET_MAKE_ENV) $(MAKE) -C $(@D) $(SLQS_MAKE_OPTS) INIT=none \
		DESTDIR=$(STAGING_DIR) install
endef

# (the headers and static libraries also land here; Buildroot removes
# them from the target when it finalizes it)
define SLQS_INSTALL_TARGET_CMDS
	$(TARGET_MAKE_ENV) $(MAKE) -C $(@D) $(SLQS_MAKE_OPTS) INIT=none \
		DESTDIR=$(TARGET_DIR) install
endef

define SLQS_INSTALL_INIT_SYSTEMD
	$(TARGET_MAKE_ENV) $(MAKE) -C $(@D) $(SLQS_MAKE_OPTS) INIT=systemd \
		SYSTEMDUNITDIR=/usr/lib/systemd/system DESTDIR=$(TARGET_DIR) install-init
endef

# BusyBox init and SysV init run /etc/init.d/S??* in order.
define SLQS_INSTALL_INIT_SYSV
	$(TARGET_MAKE_ENV) $(MAKE) -C $(@D) $(SLQS_MAKE_OPTS) INIT=sysv \
		INIT_NAME=S60slqssdk DESTDIR=$(TARGET_DIR) install-init
endef

$(eval $(generic-package))
