/*
 * For the integration test clients (api_cbk, api_dms, api_nas, api_uim):
 * attach to the SDK and connect to the first modem listed, as every one of
 * them does before its commands. Header only: every .c file in
 * tests/integration is a program of its own.
 */
#ifndef SLQS_TESTS_API_CONNECT_H
#define SLQS_TESTS_API_CONNECT_H

#include <stdio.h>

#include "SWIWWANCMAPI.h"

/* SLQSStart, then QCWWAN2kConnect to the first device; 0, or 1 after
 * saying on stderr which call failed (prog names the client). */
static inline int connect_first_modem(const char *prog)
{
	struct slqs_device_info dev;
	BYTE n = 1;
	const char *what = "SLQSStart";
	ULONG rc = SLQSStart(0, NULL);

	if (!rc) {
		what = "QCWWAN2kEnumerateDevices";
		rc = QCWWAN2kEnumerateDevices(&n, (BYTE *)&dev);
		if (!rc && n == 0)
			rc = eQCWWAN_ERR_NO_DEVICE;
	}
	if (!rc) {
		what = "QCWWAN2kConnect";
		rc = QCWWAN2kConnect(dev.deviceNode, dev.deviceKey);
	}
	if (rc)
		fprintf(stderr, "%s: %s failed: %u\n", prog, what, (unsigned)rc);
	return rc ? 1 : 0;
}

#endif
