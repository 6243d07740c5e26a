/*
 * A fake sysfs tree that shows simulated modems the way the kernel shows
 * a qmi_wwan modem (Sierra Wireless 1199:9071): the control node
 * class/usbmisc/cdc-wdmN, its USB interface and device, the network
 * interface beside it (net/NAME with qmi/raw_ip) and class/net/NAME, plus
 * a device node DEV/cdc-wdmN linked to the simulator's pty. Programs that
 * discover modems in sysfs (slqssdk with SLQS_SYSFS_ROOT and
 * SLQS_DEV_ROOT) find the simulated modem as on hardware.
 * See docs/qmisim-tun.md.
 */
#ifndef QMISIM_SIM_SYSFS_H
#define QMISIM_SIM_SYSFS_H

#include <stddef.h>

/** Where a modem appears. */
struct sim_sysfs_dev {
	const char *root;	/* the fake sysfs root */
	const char *dev_root;	/* where the node links go */
	unsigned index;		/* modem index: cdc-wdmN, USB device 1-(N+1) */
	const char *pty;	/* what DEV/cdc-wdmN points at */
	const char *ifname;	/* its network interface, or NULL */
};

/** Writes (or rewrites) the modem's entries; 0, or -1 with err. */
int sim_sysfs_add(const struct sim_sysfs_dev *d, char *err, size_t errlen);

/** Removes the modem's entries (an unplugged device, or at exit). */
void sim_sysfs_remove(const struct sim_sysfs_dev *d);

#endif
