SUMMARY = "Linux QMI SDK: SLQS-compatible C API for Qualcomm QMI cellular modems"
DESCRIPTION = "Static libraries and headers of an SLQS-compatible C API for \
Qualcomm QMI modems (${PN}-staticdev, ${PN}-dev), slqssdk, the daemon that \
shares the modems among the applications (${PN}), the simulated modem \
qmisim (${PN}-qmisim) and the sample programs (${PN}-samples)."
LICENSE = "BSD-3-Clause"
LIC_FILES_CHKSUM = "file://LICENSE;md5=19db04a531dcab565e9262b4885adac2"
PV = "0.1.0"

# The source: a local SDK tree, SLQS_SRC_DIR in local.conf (built out of
# tree, in ${B}); or leave it empty and set SRC_URI (and SRCREV) in a
# .bbappend to fetch it, e.g. from git.
SLQS_SRC_DIR ??= ""
inherit ${@'externalsrc' if d.getVar('SLQS_SRC_DIR') else ''}
EXTERNALSRC = "${SLQS_SRC_DIR}"
EXTERNALSRC_BUILD = "${WORKDIR}/build"

inherit systemd update-rc.d useradd

# Options: PACKAGECONFIG:pn-slqs = "qmisim samples" in local.conf.
PACKAGECONFIG ??= "qmisim"
PACKAGECONFIG[qmisim] = "INSTALL_QMISIM=1,INSTALL_QMISIM=0"
PACKAGECONFIG[samples] = "INSTALL_SAMPLES=1,INSTALL_SAMPLES=0"

# The SDK's name of the target CPU (its slqscompile.mak); the compiler is
# Yocto's, whatever the name.
COMPATIBLE_HOST = "(arm|aarch64|mips|mipsel|i.86|x86_64).*-linux.*"
SLQS_CPU = "${@{'arm': 'arm', 'aarch64': 'arm64', 'mips': 'mips', 'mipsel': 'mipsel', \
    'i586': 'hosti686', 'i686': 'hosti686', 'x86_64': 'hostx86_64'}.get(d.getVar('TARGET_ARCH'), '')}"
SLQS_INIT = "${@bb.utils.contains('DISTRO_FEATURES', 'systemd', 'systemd', 'sysv', d)}"

EXTRA_OEMAKE = "-C ${S} CPU=${SLQS_CPU} BUILD_DIR=${B}/out \
    CC='${CC}' AR='${AR}' CFLAGS='${CFLAGS}' CPPFLAGS='${CPPFLAGS}' LDFLAGS='${LDFLAGS}' \
    PREFIX=${prefix} BINDIR=${bindir} LIBDIR=${libdir} INCLUDEDIR=${includedir} \
    ${PACKAGECONFIG_CONFARGS}"

do_compile() {
    oe_runmake all
}

do_install() {
    oe_runmake DESTDIR=${D} INIT=${SLQS_INIT} \
        SYSTEMDUNITDIR=${systemd_system_unitdir} INITDIR=${sysconfdir}/init.d install
}

# The daemon in ${PN}; the simulator and the samples in packages of their own.
PACKAGE_BEFORE_PN = "${PN}-qmisim"
PACKAGES += "${PN}-samples"
FILES:${PN}-qmisim = "${bindir}/qmisim"
FILES:${PN} = "${bindir}/slqssdk ${sysconfdir} ${systemd_system_unitdir}"
FILES:${PN}-samples = "${bindir}"

SYSTEMD_SERVICE:${PN} = "slqssdk.service"
INITSCRIPT_NAME = "slqssdk"
INITSCRIPT_PARAMS = "defaults 60"

# The account to run the daemon without root, as the Debian package makes it.
USERADD_PACKAGES = "${PN}"
USERADD_PARAM:${PN} = "--system --no-create-home --home-dir /nonexistent --shell /bin/false --user-group slqs"
# and a member of dialout, the group of the modems' nodes
GROUPMEMS_PARAM:${PN} = "--add slqs --group dialout"
