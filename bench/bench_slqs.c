/*
 * bench_slqs: the benchmark client for our stack, app -> libslqsapi ->
 * slqssdk -> modem. It uses the public API only, like an application:
 * SLQSStart (the daemon's socket comes from SLQS_SOCKET), connect to the
 * first modem, then raw DMS Get Model requests whose answer is decoded
 * (result and model string) as libqmi decodes its own.
 *
 *   SLQS_SOCKET=PATH bench_slqs lat N | tput PROCS M | hold PROCS PID
 */
#include <stdio.h>
#include <string.h>

#include "SWIWWANCMAPI.h"
#include "bench.h"

#define SVC_DMS 0x02
#define DMS_GET_MODEL 0x0022

/* Value and length of TLV `type` in a response message (id, length, TLVs). */
static const BYTE *tlv_find(const BYTE *msg, USHORT len, BYTE type, size_t *vlen)
{
	size_t off = 4;

	while (off + 3 <= len) {
		size_t l = (size_t)(msg[off + 1] | msg[off + 2] << 8);

		if (off + 3 + l > len)
			return NULL;
		if (msg[off] == type) {
			*vlen = l;
			return msg + off + 3;
		}
		off += 3 + l;
	}
	return NULL;
}

static int slqs_request(void)
{
	BYTE req[4] = { DMS_GET_MODEL & 0xFF, DMS_GET_MODEL >> 8, 0, 0 };
	BYTE *rsp = NULL;
	USHORT len = 0;
	char model[128];
	const BYTE *v;
	size_t vlen;
	ULONG rc = SLQSSendRawQMI(req, SVC_DMS, sizeof req, 2000, &rsp, &len);

	if (rc) {
		fprintf(stderr, "bench_slqs: SLQSSendRawQMI: %u\n", rc);
		return -1;
	}
	if (len < 4 || rsp[0] != req[0] || rsp[1] != req[1] ||
	    !(v = tlv_find(rsp, len, 0x01, &vlen)) || vlen == 0 || vlen >= sizeof model) {
		fprintf(stderr, "bench_slqs: malformed Get Model answer\n");
		return -1;
	}
	memcpy(model, v, vlen);
	model[vlen] = '\0';
	return 0;
}

static int slqs_setup(void)
{
	struct slqs_device_info dev;
	BYTE n = 1;
	ULONG rc;

	if ((rc = SLQSStart(0, NULL)) ||
	    (rc = QCWWAN2kEnumerateDevices(&n, (BYTE *)&dev)) ||
	    (rc = QCWWAN2kConnect(dev.deviceNode, dev.deviceKey))) {
		fprintf(stderr, "bench_slqs: start/enumerate/connect: %u (0x%X)\n", rc, rc);
		return -1;
	}
	return 0;
}

static void slqs_teardown(void)
{
	QCWWANDisconnect();
}

int main(int argc, char **argv)
{
	static const struct bench_stack slqs = {
		.name = "slqs",
		.setup = slqs_setup,
		.request = slqs_request,
		.teardown = slqs_teardown,
	};

	return bench_main(&slqs, argc, argv);
}
