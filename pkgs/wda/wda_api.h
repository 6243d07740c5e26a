/*
 * What the WDA API files (the pkgs/wda *_api.c files) share: the host side of raw-IP
 * alignment (the interface of a control node, its qmi/raw_ip switch, its
 * up/down state) and the alignment itself over any modem. Internal to the
 * SDK; the unit tests drive these against a fake sysfs tree and a fake
 * modem.
 */
#ifndef SLQS_PKGS_WDA_WDA_API_H
#define SLQS_PKGS_WDA_WDA_API_H

#include <stddef.h>

#include "api/inc/SwiDataTypes.h"
#include "api/wda/inc/qaGobiApiWda.h"

/*
 * The interface beside control node `node` (a path; its last component
 * names it: cdc-wdmN or qcqmiN) in the sysfs tree at `sysfs_root` (NULL:
 * the default, see core/discover.h). NONE with ifname and *driver
 * (SLQS_NETIF_DRIVER_*) filled; SWIWDA_NO_NETIF when sysfs knows no such
 * node or it has no interface; BUFFER_SZ when the name does not fit.
 */
ULONG slqs_wda_netif_of_node(const char *sysfs_root, const char *node, char *ifname,
			     size_t cap, ULONG *driver);

/* The driver bound under <sysfs>/class/net/<ifname>/device: SLQS_NETIF_DRIVER_*. */
ULONG slqs_wda_netif_driver(const char *sysfs_root, const char *ifname);

/*
 * Reads <sysfs>/class/net/<ifname>/qmi/raw_ip into *value (1 Y, 0 N).
 * NONE; SWIWDA_NO_RAWIP_SWITCH when there is no such file (*value then
 * SLQS_RAWIP_HOST_NONE); SWIDCS_FILEIO_ERR when it cannot be read or says
 * neither Y nor N.
 */
ULONG slqs_wda_raw_ip_read(const char *sysfs_root, const char *ifname, BYTE *value);

/* Writes Y (value 1) or N (0) to the switch: NONE or slqs_wda_write_error(errno). */
ULONG slqs_wda_raw_ip_write(const char *sysfs_root, const char *ifname, BYTE value);

/* The code for a failed write of raw_ip: EBUSY (the kernel: the interface
 * runs) is SWIWDA_IFACE_UP, anything else SWIDCS_FILEIO_ERR. */
ULONG slqs_wda_write_error(int err);

/* 1 if the interface is up, 0 if down or unknown to this kernel (ENODEV). */
int slqs_wda_iface_is_up(const char *ifname);

/* Sets or clears IFF_UP: NONE or SWIDCS_IOCTL_ERR. */
ULONG slqs_wda_iface_set_up(const char *ifname, int up);

/* The modem side of an alignment (the real one: WDA through the daemon). */
struct slqs_wda_modem {
	/* the link layer in use (SLQS_WDA_LINK_LAYER_*) */
	ULONG (*get_link)(void *ctx, ULONG *link);
	/* asks for `want`, aggregation off; *granted: what the modem answered */
	ULONG (*set_link)(void *ctx, ULONG want, ULONG *granted);
	void *ctx;
};

/*
 * SLQSSetRawIpAlignment() once the interface is known: ifname "" leaves
 * the host alone (GobiNet, SLQS_RAWIP_MODEM_ONLY); `driver` is the
 * interface's SLQS_NETIF_DRIVER_*. res is filled (never NULL here).
 */
ULONG slqs_wda_align(const char *sysfs_root, ULONG link, ULONG flags, const char *ifname,
		     ULONG driver, const struct slqs_wda_modem *modem, slqsRawIpAlignment *res);

#endif
