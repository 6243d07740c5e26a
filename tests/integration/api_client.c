/*
 * api_client: an application of the SDK for the integration tests. It
 * uses only the public API (SWIWWANCMAPI.h), the way a customer's program
 * would, and prints what it did; tests/integration/api_sim.sh drives it
 * against qmisim + slqssdk.
 *
 *   api_client enumerate            list the modems
 *   api_client model                connect, raw DMS Get Model, print it
 *   api_client identity             GetManufacturer, GetModelID, GetFirmwareRevision
 *   api_client threads N M          N threads x M raw requests, all checked
 *   api_client reset CMD            device-state callback around `sh -c CMD`
 *   api_client error                a message the modem does not know
 *   api_client start IMAGE          SetSDKImagePath(IMAGE), then as `model`
 *   api_client kill                 SLQSKillSDKProcess
 *
 * Exit status 0 when everything behaved, 1 otherwise.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "SWIWWANCMAPI.h"

#define SVC_DMS 0x02
#define DMS_GET_MANUFACTURER 0x0021
#define DMS_GET_MODEL 0x0022
#define DMS_GET_REVISION 0x0023
#define UNKNOWN_MSG 0x5555

static int fail(const char *what, ULONG rc)
{
	fprintf(stderr, "api_client: %s failed: %u (0x%X)\n", what, rc, rc);
	return 1;
}

/* Reads string TLV 0x01 out of a response message (id, length, TLVs). */
static int tlv_string(const BYTE *msg, USHORT len, char *out, size_t cap)
{
	size_t off = 4;

	while (off + 3 <= len) {
		unsigned type = msg[off];
		size_t l = (size_t)(msg[off + 1] | msg[off + 2] << 8);

		if (off + 3 + l > len)
			return -1;
		if (type == 0x01) {
			if (l >= cap)
				return -1;
			memcpy(out, msg + off + 3, l);
			out[l] = '\0';
			return 0;
		}
		off += 3 + l;
	}
	return -1;
}

/* A DMS request without TLVs whose answer is a string in TLV 0x01. */
static ULONG dms_string(WORD msg_id, char *out, size_t cap)
{
	BYTE req[4] = { (BYTE)msg_id, (BYTE)(msg_id >> 8), 0, 0 };
	BYTE *rsp = NULL;
	USHORT len = 0;
	ULONG rc = SLQSSendRawQMI(req, SVC_DMS, sizeof req, 2000, &rsp, &len);

	if (rc)
		return rc;
	if (len < 4 || rsp[0] != req[0] || rsp[1] != req[1] || tlv_string(rsp, len, out, cap))
		return eQCWWAN_ERR_MALFORMED_QMI_RSP;
	return eQCWWAN_ERR_NONE;
}

static int start(void)
{
	ULONG rc = SLQSStart(0, NULL);

	return rc ? fail("SLQSStart", rc) : 0;
}

static int enumerate(int print)
{
	struct slqs_device_info devs[8];
	BYTE n = 8;
	ULONG rc = QCWWAN2kEnumerateDevices(&n, (BYTE *)devs);

	if (rc)
		return fail("QCWWAN2kEnumerateDevices", rc);
	for (BYTE i = 0; print && i < n; i++)
		printf("device %u: %s key '%s'\n", i, devs[i].deviceNode, devs[i].deviceKey);
	return 0;
}

static int connect_first(void)
{
	struct slqs_device_info dev;
	CHAR node[256], key[16];
	BYTE n = 1, mode = 0;
	ULONG rc;

	if ((rc = SLQSGetDeviceMode(&mode)))
		return fail("SLQSGetDeviceMode", rc);
	if (mode != DEVICE_STATE_READY)
		return fail("SLQSGetDeviceMode (not READY)", mode);
	if ((rc = QCWWAN2kEnumerateDevices(&n, (BYTE *)&dev)))
		return fail("QCWWAN2kEnumerateDevices", rc);
	if ((rc = QCWWAN2kConnect(dev.deviceNode, dev.deviceKey)))
		return fail("QCWWAN2kConnect", rc);
	if ((rc = QCWWAN2kGetConnectedDeviceID(sizeof node, node, sizeof key, key)))
		return fail("QCWWAN2kGetConnectedDeviceID", rc);
	if (strcmp(node, dev.deviceNode))
		return fail("QCWWAN2kGetConnectedDeviceID (other node)", 0);
	printf("connected to %s\n", node);
	return 0;
}

static int model(void)
{
	char s[128];
	ULONG rc = dms_string(DMS_GET_MODEL, s, sizeof s);

	if (rc)
		return fail("SLQSSendRawQMI (DMS Get Model)", rc);
	printf("model: %s\n", s);
	return 0;
}

/* The typed DMS API: each string, and a buffer one byte too small for it. */
static int identity(void)
{
	static const struct {
		const char *name;
		ULONG (*fn)(BYTE, CHAR *);
	} calls[] = {
		{ "manufacturer", GetManufacturer },
		{ "model", GetModelID },
		{ "firmware", GetFirmwareRevision },
	};
	CHAR s[255];	/* the most a BYTE size can describe */

	for (size_t i = 0; i < sizeof calls / sizeof calls[0]; i++) {
		ULONG rc = calls[i].fn(sizeof s, s);

		if (rc)
			return fail(calls[i].name, rc);
		printf("%s: '%s'\n", calls[i].name, s);
		rc = calls[i].fn((BYTE)strlen(s), s);
		if (rc != eQCWWAN_ERR_BUFFER_SZ)
			return fail("a buffer one byte short (want BUFFER_SZ)", rc);
	}
	return 0;
}

/* ---- threads ---------------------------------------------------------------- */

static const WORD thread_msgs[] = { DMS_GET_MANUFACTURER, DMS_GET_MODEL, DMS_GET_REVISION };
static char expected[3][128];
static int per_thread;

static void *worker(void *arg)
{
	uintptr_t bad = 0, id = (uintptr_t)arg;

	for (int i = 0; i < per_thread; i++) {
		size_t k = (id + (size_t)i) % 3;
		char s[128];
		ULONG rc = dms_string(thread_msgs[k], s, sizeof s);

		if (rc || strcmp(s, expected[k])) {
			fprintf(stderr, "thread %lu call %d: rc %u, '%s'\n", (unsigned long)id, i, rc,
				rc ? "" : s);
			bad++;
		}
	}
	return (void *)bad;
}

static int threads(int n, int m)
{
	pthread_t t[256];
	uintptr_t bad = 0;

	if (n < 1 || n > 256 || m < 1)
		return fail("threads: arguments", 0);
	for (int k = 0; k < 3; k++) {
		ULONG rc = dms_string(thread_msgs[k], expected[k], sizeof expected[k]);

		if (rc)
			return fail("sequential DMS request", rc);
	}
	per_thread = m;
	for (int i = 0; i < n; i++)
		if (pthread_create(&t[i], NULL, worker, (void *)(uintptr_t)i))
			return fail("pthread_create", 0);
	for (int i = 0; i < n; i++) {
		void *r;

		pthread_join(t[i], &r);
		bad += (uintptr_t)r;
	}
	printf("%d requests, %lu wrong\n", n * m, (unsigned long)bad);
	return bad ? 1 : 0;
}

/* ---- device-state callback ---------------------------------------------------- */

static pthread_mutex_t seen_lock = PTHREAD_MUTEX_INITIALIZER;
static char seen[256];

static void on_state(eDevState s)
{
	pthread_mutex_lock(&seen_lock);
	strncat(seen, s == DEVICE_STATE_READY ? "R" : s == DEVICE_STATE_DISCONNECTED ? "D" : "?",
		sizeof seen - strlen(seen) - 1);
	pthread_mutex_unlock(&seen_lock);
}

static int reset(const char *cmd)
{
	char got[sizeof seen] = "";
	ULONG rc;

	/* Hold a client id, as a working application does: with GobiNet the
	 * daemon learns of a reset through the client descriptors it holds. */
	if (model())
		return 1;
	if ((rc = SetDeviceStateChangeCbk(on_state)))
		return fail("SetDeviceStateChangeCbk", rc);
	if (system(cmd) != 0)
		return fail("the reset command", 0);
	for (int i = 0; i < 1500 && strcmp(got, "DR"); i++) {
		usleep(10000);
		pthread_mutex_lock(&seen_lock);
		memcpy(got, seen, sizeof got);
		pthread_mutex_unlock(&seen_lock);
	}
	printf("device states: %s\n", got);
	if (strcmp(got, "DR"))
		return fail("device-state callback (want DISCONNECTED then READY)", 0);
	/* The modem answers again, on fresh client ids. */
	return model();
}

static int qmi_error(void)
{
	char s[16];
	ULONG rc = dms_string(UNKNOWN_MSG, s, sizeof s);

	printf("unknown message: %u\n", rc);
	return rc == eQCWWAN_ERR_QMI_INVALID_QMI_CMD ? 0 : fail("unknown DMS message", rc);
}

int main(int argc, char **argv)
{
	const char *cmd = argc > 1 ? argv[1] : "";
	CHAR *version = NULL;
	int rc;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (!strcmp(cmd, "kill"))
		return start() || SLQSKillSDKProcess() ? 1 : 0;
	if (!strcmp(cmd, "start") && argc > 2) {
		ULONG r = SetSDKImagePath(argv[2]);

		if (r)
			return fail("SetSDKImagePath", r);
	}
	if (start())
		return 1;
	if (SLQSGetSdkVersion(&version) == eQCWWAN_ERR_NONE)
		printf("sdk: %s\n", version);
	if (!strcmp(cmd, "enumerate"))
		return enumerate(1);
	rc = connect_first();
	if (rc)
		return rc;
	if (!strcmp(cmd, "model") || !strcmp(cmd, "start"))
		rc = model();
	else if (!strcmp(cmd, "identity"))
		rc = identity();
	else if (!strcmp(cmd, "threads") && argc > 3)
		rc = threads(atoi(argv[2]), atoi(argv[3]));
	else if (!strcmp(cmd, "reset") && argc > 2)
		rc = reset(argv[2]);
	else if (!strcmp(cmd, "error"))
		rc = qmi_error();
	else
		rc = fail("usage: see the top of api_client.c", 0);
	QCWWANDisconnect();
	return rc;
}
