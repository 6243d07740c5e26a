/*
 * The network interface of the connected modem (SLQSGetNetInterface):
 * found by the discovery code (core/discover.c) beside the control node,
 * else in the daemon's device list.
 */
#include "api/wda/inc/qaGobiApiWda.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "api/qmerrno.h"
#include "core/discover.h"
#include "pkgs/api/rt.h"
#include "pkgs/wda/wda_api.h"

#define MAX_FOUND 16

static ULONG driver_named(const char *name)
{
	if (!strcmp(name, "qmi_wwan"))
		return SLQS_NETIF_DRIVER_QMI_WWAN;
	if (!strcmp(name, "GobiNet"))
		return SLQS_NETIF_DRIVER_GOBINET;
	return SLQS_NETIF_DRIVER_UNKNOWN;
}

static ULONG copy_name(char *dst, size_t cap, const char *src)
{
	if (!src[0])
		return eQCWWAN_ERR_SWIWDA_NO_NETIF;
	return slqs_rt_strcpy(dst, cap, src) ? eQCWWAN_ERR_NONE : eQCWWAN_ERR_BUFFER_SZ;
}

ULONG slqs_wda_netif_of_node(const char *sysfs_root, const char *node, char *ifname,
			     size_t cap, ULONG *driver)
{
	struct slqs_found found[MAX_FOUND];
	const char *base = strrchr(node, '/');
	int n;

	base = base ? base + 1 : node;
	n = slqs_discover(sysfs_root, NULL, found, MAX_FOUND);
	for (int i = 0; i < n; i++) {
		if (strcmp(found[i].name, base))
			continue;
		*driver = found[i].kind == SLQS_TR_QCQMI ? SLQS_NETIF_DRIVER_GOBINET
							: driver_named(found[i].driver);
		return copy_name(ifname, cap, found[i].ifname);
	}
	return eQCWWAN_ERR_SWIWDA_NO_NETIF;
}

ULONG slqs_wda_netif_driver(const char *sysfs_root, const char *ifname)
{
	char path[PATH_MAX], target[PATH_MAX];
	const char *base;
	ssize_t n;

	if ((size_t)snprintf(path, sizeof path, "%s/class/net/%s/device/driver",
			     slqs_sysfs_root(sysfs_root), ifname) >= sizeof path)
		return SLQS_NETIF_DRIVER_UNKNOWN;
	n = readlink(path, target, sizeof target - 1);
	if (n <= 0)
		return SLQS_NETIF_DRIVER_UNKNOWN;
	target[n] = '\0';
	base = strrchr(target, '/');
	return driver_named(base ? base + 1 : target);
}

/* The daemon's view: the interface it found with the connected node. */
static ULONG netif_from_daemon(const char *node, char *ifname, size_t cap, ULONG *driver)
{
	static struct ipc_device devs[IPC_MAX_DEVICES];	/* large: not on the stack */
	static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
	struct ipc_msg m = { .type = IPC_ENUMERATE };
	struct rt_control out = { .devs = devs, .max_devs = IPC_MAX_DEVICES };
	ULONG rc;

	pthread_mutex_lock(&lock);
	rc = slqs_link_control(&m, &out);
	if (!rc && out.status != IPC_OK)
		rc = out.status;
	if (!rc) {
		rc = eQCWWAN_ERR_SWIWDA_NO_NETIF;
		for (size_t i = 0; i < out.n_devs; i++) {
			if (strcmp(devs[i].node, node))
				continue;
			*driver = devs[i].driver == IPC_DRV_GOBINET ? SLQS_NETIF_DRIVER_GOBINET
			        : devs[i].driver == IPC_DRV_QMUX    ? SLQS_NETIF_DRIVER_QMI_WWAN
								    : SLQS_NETIF_DRIVER_UNKNOWN;
			rc = copy_name(ifname, cap, devs[i].ifname);
			break;
		}
	}
	pthread_mutex_unlock(&lock);
	return rc;
}

ULONG SLQSGetNetInterface(BYTE ifNameSize, CHAR *pIfName, ULONG *pDriver)
{
	char node[IPC_NODE_LEN];
	ULONG driver = SLQS_NETIF_DRIVER_UNKNOWN;
	ULONG rc;

	if (!pIfName)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_link_get_device(node, sizeof node, NULL, 0);
	if (rc)
		return rc == eQCWWAN_ERR_BUFFER_SZ ? eQCWWAN_ERR_INTERNAL : rc;
	rc = slqs_wda_netif_of_node(NULL, node, pIfName, ifNameSize, &driver);
	if (rc == eQCWWAN_ERR_SWIWDA_NO_NETIF)
		rc = netif_from_daemon(node, pIfName, ifNameSize, &driver);
	if (!rc && pDriver)
		*pDriver = driver;
	return rc;
}
