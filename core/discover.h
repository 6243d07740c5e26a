/*
 * Finding QMI devices in sysfs.
 *
 * Looks at <sysfs>/class/usbmisc/cdc-wdm* (qmi_wwan and friends) and
 * <sysfs>/class/QCQMI/qcqmi* (GobiNet). For each node: the USB interface
 * it belongs to (the `device` link), that interface's number and bound
 * driver, the USB device's VID/PID/serial (the interface's parent
 * directory) and the network interface beside it (<interface>/net/).
 *
 * The sysfs root is "/sys" unless overridden (the daemon's --sysfs-root,
 * the SLQS_SYSFS_ROOT environment variable), so tests run on a fake tree.
 * Device nodes are named <dev root>/<name>, the dev root "/dev" unless
 * overridden (--dev-root, SLQS_DEV_ROOT).
 */
#ifndef SLQS_CORE_DISCOVER_H
#define SLQS_CORE_DISCOVER_H

#include <stddef.h>
#include <stdint.h>

#include "core/transport/transport.h"

#define SLQS_SYSFS_ROOT_ENV "SLQS_SYSFS_ROOT"
#define SLQS_DEV_ROOT_ENV   "SLQS_DEV_ROOT"

struct slqs_found {
	char node[256];		/* /dev/cdc-wdm0 */
	char name[64];		/* cdc-wdm0 */
	char driver[32];	/* bound driver: qmi_wwan, GobiNet ... or "" */
	enum slqs_tr_kind kind;	/* transport the node needs */
	uint16_t vid, pid;	/* 0 when unknown */
	int usb_if;		/* bInterfaceNumber, -1 when unknown */
	char serial[64];	/* USB serial or "" */
	char ifname[16];	/* network interface or "" */
	char usb_path[64];	/* USB device directory name ("1-1.2") or "" */
};

/** override if non-empty, else $SLQS_SYSFS_ROOT if set, else "/sys". */
const char *slqs_sysfs_root(const char *override);

/** override if non-empty, else $SLQS_DEV_ROOT if set, else "/dev". */
const char *slqs_dev_root(const char *override);

/**
 * Scans sysfs (roots: see slqs_sysfs_root and slqs_dev_root; NULL means
 * the default) and fills up to max entries, cdc-wdm before qcqmi, each in
 * number order. Returns how many were filled; a tree without these
 * classes (no modem, no driver loaded) gives 0. Unreadable attributes are
 * left unknown rather than failing the scan.
 */
int slqs_discover(const char *sysfs_root, const char *dev_root, struct slqs_found *out,
		  size_t max);

#endif
