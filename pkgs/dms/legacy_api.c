/*
 * Which legacy DMS SIM messages the connected modem refuses (dms_legacy.h).
 */
#include "pkgs/dms/dms_legacy.h"

#include <pthread.h>
#include <string.h>

#include "api/dcs/inc/qaGobiApiDcs.h"
#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"

#define NODE_MAX 256

static struct {
	pthread_mutex_t lock;
	char node[NODE_MAX];	/* the device the bits are about */
	unsigned refused;	/* enum slqs_dms_legacy bits */
} L = { .lock = PTHREAD_MUTEX_INITIALIZER };

static pthread_once_t listening = PTHREAD_ONCE_INIT;

/* A device that went away or reset may come back with other firmware. */
static void on_state(enum slqs_dev_state state, int reset, void *ctx)
{
	(void)reset;
	(void)ctx;
	if (state != SLQS_DEV_DISCONNECTED)
		return;
	pthread_mutex_lock(&L.lock);
	L.refused = 0;
	pthread_mutex_unlock(&L.lock);
}

static void listen_once(void)
{
	slqs_state_listen(on_state, NULL);
}

/* The refused bits of device `node`: none when it is another device than last time. */
static unsigned refused_by(const char *node)
{
	unsigned bits;

	pthread_mutex_lock(&L.lock);
	if (strcmp(L.node, node)) {
		strcpy(L.node, node);
		L.refused = 0;
	}
	bits = L.refused;
	pthread_mutex_unlock(&L.lock);
	return bits;
}

ULONG slqs_dms_legacy_call(enum slqs_dms_legacy which, const struct qmi_msg *msg,
			   const void *req, void *rsp, ULONG timeout_ms)
{
	char node[NODE_MAX] = "", key[NODE_MAX];
	ULONG rc;

	pthread_once(&listening, listen_once);
	/* Not connected: node stays "", and the call below says why it fails. */
	if (QCWWAN2kGetConnectedDeviceID(sizeof node, node, sizeof key, key))
		node[0] = '\0';
	if (refused_by(node) & which) {
		if (rsp && msg->rsp_size)
			memset(rsp, 0, msg->rsp_size);	/* as slqs_qmi_call() leaves it */
		return eQCWWAN_ERR_QMI_INVALID_QMI_CMD;
	}
	rc = slqs_qmi_call(msg, req, rsp, timeout_ms);
	if (rc == eQCWWAN_ERR_QMI_INVALID_QMI_CMD) {
		pthread_mutex_lock(&L.lock);
		if (!strcmp(L.node, node))
			L.refused |= which;
		pthread_mutex_unlock(&L.lock);
	}
	return rc;
}
