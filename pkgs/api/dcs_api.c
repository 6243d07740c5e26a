/*
 * Device connectivity (api/dcs/inc/qaGobiApiDcs.h): attaching to the
 * daemon, listing modems, choosing one.
 */
#include "api/dcs/inc/qaGobiApiDcs.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "api/qmerrno.h"
#include "core/log.h"
#include "pkgs/api/rt.h"

#define SELECT_LEN IPC_SERIAL_LEN
#define POLL_MS 20

/* The modem SLQSStart() selected: by serial (or key, node, ifname), else by index. */
static pthread_mutex_t select_lock = PTHREAD_MUTEX_INITIALIZER;
static BYTE select_index;
static char select_sn[SELECT_LEN];

/* ---- listing ------------------------------------------------------------------- */

/* The daemon's present devices (GONE ones left out) and the one SLQSStart chose. */
struct dev_list {
	struct ipc_device all[IPC_MAX_DEVICES];
	size_t n;
	int selected;		/* index in all[] or -1 */
};

static bool matches(const struct ipc_device *d, const char *sn)
{
	return !strcmp(sn, d->serial) || !strcmp(sn, d->key) || !strcmp(sn, d->node) ||
	       (d->ifname[0] && !strcmp(sn, d->ifname));
}

static int pick(const struct dev_list *l)
{
	char sn[SELECT_LEN];
	size_t idx;

	pthread_mutex_lock(&select_lock);
	memcpy(sn, select_sn, sizeof sn);
	idx = select_index;
	pthread_mutex_unlock(&select_lock);
	if (sn[0]) {
		for (size_t i = 0; i < l->n; i++)
			if (matches(&l->all[i], sn))
				return (int)i;
		return -1;
	}
	return idx < l->n ? (int)idx : -1;
}

static ULONG list_devices(struct dev_list *l)
{
	struct ipc_msg m = { .type = IPC_ENUMERATE };
	struct rt_control out = { .devs = l->all, .max_devs = IPC_MAX_DEVICES };
	ULONG rc = slqs_link_ensure();

	l->n = 0;
	if (!rc)
		rc = slqs_link_control(&m, &out);
	if (rc)
		return rc;
	if (out.status != IPC_OK)
		return out.status;
	for (size_t i = 0; i < out.n_devs; i++)
		if (l->all[i].state != IPC_DEV_GONE)
			l->all[l->n++] = l->all[i];
	l->selected = pick(l);
	return eQCWWAN_ERR_NONE;
}

/* Writes entry i of the caller's array (laid out as struct slqs_device_info). */
static void put_entry(BYTE *devices, size_t i, const struct ipc_device *d)
{
	struct slqs_device_info e;

	memset(&e, 0, sizeof e);
	slqs_rt_strcpy(e.deviceNode, sizeof e.deviceNode, d->node);
	slqs_rt_strcpy(e.deviceKey, sizeof e.deviceKey, d->key);
	memcpy(devices + i * sizeof e, &e, sizeof e);
}

ULONG QCWWAN2kEnumerateDevices(BYTE *pDevicesSize, BYTE *pDevices)
{
	static struct dev_list l;	/* large: not on the stack, guarded below */
	static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
	size_t cap, out = 0;
	ULONG rc;

	if (!pDevicesSize || !pDevices || *pDevicesSize == 0)
		return eQCWWAN_ERR_INVALID_ARG;
	cap = *pDevicesSize;
	pthread_mutex_lock(&lock);
	rc = list_devices(&l);
	if (!rc && l.selected < 0)
		rc = eQCWWAN_ERR_NO_DEVICE;
	if (!rc) {
		put_entry(pDevices, out++, &l.all[l.selected]);
		for (size_t i = 0; i < l.n && out < cap; i++)
			if ((int)i != l.selected)
				put_entry(pDevices, out++, &l.all[i]);
		*pDevicesSize = (BYTE)out;
	}
	pthread_mutex_unlock(&lock);
	return rc;
}

ULONG QCWWANEnumerateDevices(BYTE *pDevicesSize, BYTE *pDevices)
{
	return QCWWAN2kEnumerateDevices(pDevicesSize, pDevices);
}

/* ---- connecting ------------------------------------------------------------------ */

/* The present device named `node`, or the selected one for "". */
static ULONG selected_device(const char *node, struct ipc_device *out)
{
	static struct dev_list l;
	static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
	ULONG rc;

	pthread_mutex_lock(&lock);
	rc = list_devices(&l);
	if (!rc) {
		int at = node[0] ? -1 : l.selected;

		for (size_t i = 0; node[0] && at < 0 && i < l.n; i++)
			if (!strcmp(l.all[i].node, node))
				at = (int)i;
		if (at < 0)
			rc = eQCWWAN_ERR_NO_DEVICE;
		else
			*out = l.all[at];
	}
	pthread_mutex_unlock(&lock);
	return rc;
}

ULONG QCWWAN2kConnect(CHAR *pDeviceID, CHAR *pDeviceKey)
{
	struct ipc_msg m = { .type = IPC_CONNECT };
	struct rt_control out = { 0 };
	struct ipc_device dev;
	const char *key = pDeviceKey ? pDeviceKey : "";
	ULONG rc;

	if (!pDeviceID || !slqs_rt_strcpy(m.u.connect.node, sizeof m.u.connect.node, pDeviceID) ||
	    !slqs_rt_strcpy(m.u.connect.key, sizeof m.u.connect.key, key))
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_link_ensure();
	if (rc)
		return rc;
	/* "" means the selected modem (the daemon alone would take its first). */
	if (!pDeviceID[0]) {
		rc = selected_device("", &dev);
		if (rc)
			return rc;
		slqs_rt_strcpy(m.u.connect.node, sizeof m.u.connect.node, dev.node);
	}
	rc = slqs_link_control(&m, &out);
	if (rc)
		return rc;
	if (out.status != IPC_OK)
		return out.status;
	if (!out.ack.node[0])
		slqs_rt_strcpy(out.ack.node, sizeof out.ack.node, m.u.connect.node);
	/* Report the device's own key when the caller gave none. */
	if (!key[0] && selected_device(out.ack.node, &dev) == eQCWWAN_ERR_NONE)
		key = dev.key;
	slqs_link_set_device(out.ack.node, key, out.ack.state);
	return eQCWWAN_ERR_NONE;
}

ULONG QCWWANConnect(CHAR *pDeviceID, CHAR *pDeviceKey)
{
	return QCWWAN2kConnect(pDeviceID, pDeviceKey);
}

ULONG QCWWANDisconnect(void)
{
	struct ipc_msg m = { .type = IPC_DISCONNECT };
	struct rt_control out = { 0 };

	slqs_cbq_clear_callbacks();
	slqs_resub_forget();
	if (slqs_link_is_up())
		slqs_link_control(&m, &out);	/* the daemon releases our CIDs either way on close */
	slqs_link_clear_device();
	return eQCWWAN_ERR_NONE;
}

ULONG QCWWAN2kGetConnectedDeviceID(ULONG deviceIDSize, CHAR *pDeviceID, ULONG deviceKeySize,
				   CHAR *pDeviceKey)
{
	if (!pDeviceID || !pDeviceKey)
		return eQCWWAN_ERR_INVALID_ARG;
	return slqs_link_get_device(pDeviceID, deviceIDSize, pDeviceKey, deviceKeySize);
}

ULONG SLQSGetDeviceMode(BYTE *pDeviceMode)
{
	struct ipc_device dev;
	char node[IPC_NODE_LEN];
	ULONG rc;

	if (!pDeviceMode)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_link_ensure();
	if (rc)
		return rc;
	if (slqs_link_get_device(node, sizeof node, NULL, 0) == eQCWWAN_ERR_NONE) {
		*pDeviceMode = slqs_link_device_state() == IPC_DEV_READY ? DEVICE_STATE_READY
								    : DEVICE_STATE_DISCONNECTED;
		return eQCWWAN_ERR_NONE;
	}
	rc = selected_device("", &dev);
	if (rc == eQCWWAN_ERR_NO_DEVICE) {
		*pDeviceMode = DEVICE_STATE_DISCONNECTED;
		return eQCWWAN_ERR_NONE;
	}
	if (!rc)
		*pDeviceMode = dev.state == IPC_DEV_READY ? DEVICE_STATE_READY
							  : DEVICE_STATE_DISCONNECTED;
	return rc;
}

/* ---- the daemon ---------------------------------------------------------------------- */

ULONG SetSDKImagePath(LPCSTR pPath)
{
	return slqs_spawn_set_image(pPath);
}

static bool nobody_listens(int err)
{
	return err == ENOENT || err == ECONNREFUSED;
}

static long elapsed_ms(const struct timespec *t0)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - t0->tv_sec) * 1000 + (now.tv_nsec - t0->tv_nsec) / 1000000;
}

static ULONG attach_or_start(void)
{
	const char *path = slqs_ipc_socket_path(NULL);
	struct timespec t0;
	pid_t child = 0;
	int err, ready = -1;
	ULONG rc;

	rc = slqs_link_attach(path, &err);
	if (rc != eQCWWAN_ERR_SWICM_SOCKET_IN_USE || !nobody_listens(err))
		return rc;
	rc = slqs_spawn_daemon(path, &child, &ready);
	if (rc)
		return rc;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		slqs_spawn_wait_ready(&ready, POLL_MS);
		rc = slqs_link_attach(path, &err);
		if (rc != eQCWWAN_ERR_SWICM_SOCKET_IN_USE || !nobody_listens(err))
			break;
		if (slqs_spawn_check(&child) < 0 || elapsed_ms(&t0) >= RT_START_TIMEOUT_MS) {
			log_warn("slqsapi: the daemon started does not answer on %s", path);
			break;
		}
	}
	if (ready >= 0)
		close(ready);
	slqs_spawn_check(&child);	/* reap it if it is done */
	return rc;
}

/* SLQS_LOG_LEVEL=err|warn|info|debug|trace sets how much the library logs (stderr). */
static void log_level_from_env(void)
{
	const char *v = getenv("SLQS_LOG_LEVEL");
	int level = v ? slqs_log_level_parse(v) : -1;

	if (level >= 0)
		slqs_log_set_level((enum slqs_log_level)level);
}

ULONG SLQSStart(BYTE modem_index, CHAR *sn)
{
	/* Two threads starting at once must not start two daemons. */
	static pthread_mutex_t start_lock = PTHREAD_MUTEX_INITIALIZER;
	ULONG rc = eQCWWAN_ERR_NONE;

	if (sn && strlen(sn) >= SELECT_LEN)
		return eQCWWAN_ERR_INVALID_ARG;
	pthread_mutex_lock(&select_lock);
	select_index = modem_index;
	slqs_rt_strcpy(select_sn, sizeof select_sn, sn ? sn : "");
	pthread_mutex_unlock(&select_lock);
	pthread_mutex_lock(&start_lock);
	log_level_from_env();
	/* The callback thread runs from the first start on, whatever the
	 * outcome: callbacks set before a failed start (the daemon was down)
	 * fire once the link comes back (SLQSKillSDKProcess stops it). */
	rc = slqs_cbq_start();
	if (!rc && !slqs_link_is_up())
		rc = attach_or_start();
	pthread_mutex_unlock(&start_lock);
	return rc;
}

/* After KILL: wait until nothing accepts on the socket any more. */
static bool daemon_gone(const char *path)
{
	struct timespec t0;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		int fd = slqs_ipc_connect(path);

		if (fd < 0)
			return true;
		close(fd);
		if (elapsed_ms(&t0) >= RT_CONTROL_TIMEOUT_MS)
			return false;
		usleep(POLL_MS * 1000);
	}
}

ULONG SLQSKillSDKProcess(void)
{
	const char *path = slqs_ipc_socket_path(NULL);
	struct ipc_msg m = { .type = IPC_KILL };
	struct rt_control out = { 0 };
	ULONG rc;
	int err;

	slqs_link_forget();
	if (!slqs_link_is_up()) {
		rc = slqs_link_attach(path, &err);
		if (rc == eQCWWAN_ERR_SWICM_SOCKET_IN_USE && nobody_listens(err))
			rc = eQCWWAN_ERR_NONE;	/* nothing runs: nothing to kill */
		else if (!rc)
			rc = slqs_link_control(&m, &out);
	} else {
		rc = slqs_link_control(&m, &out);
	}
	if (!rc && out.status != IPC_OK)
		rc = out.status;
	slqs_link_detach();
	slqs_link_forget();
	slqs_link_clear_device();
	slqs_cbq_stop();
	slqs_resub_forget();
	if (rc == eQCWWAN_ERR_NONE && !daemon_gone(path))
		rc = eQCWWAN_ERR_SWICM_FAILED_TO_KILL_SDK_PROCESS;
	if (rc)
		log_warn("slqsapi: stopping the daemon failed (%u)", rc);
	return rc ? eQCWWAN_ERR_SWICM_FAILED_TO_KILL_SDK_PROCESS : eQCWWAN_ERR_NONE;
}
