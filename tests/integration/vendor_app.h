/*
 * What the vendor-style test applications (tests/integration/vendor_*app.c)
 * share, written as a vendor SDK 4.x application would write it: the
 * device list struct such applications declare themselves, a failure
 * counter with its check, and the attach sequence (SLQSStart,
 * QCWWAN2kEnumerateDevices, QCWWAN2kConnect to the first device). Header
 * only: every .c file in tests/integration is a program of its own.
 */
#ifndef SLQS_TESTS_VENDOR_APP_H
#define SLQS_TESTS_VENDOR_APP_H

#include <stdio.h>

#include "SWIWWANCMAPI.h"

/* As vendor applications declare it themselves. */
struct device_info_param {
	CHAR deviceNode[256];
	CHAR deviceKey[16];
};

static const char *app_name = "vendor app";
static int failures;

/* Counts and reports (stderr) a call that did not return eQCWWAN_ERR_NONE. */
static inline void check(const char *what, ULONG rc)
{
	if (rc != eQCWWAN_ERR_NONE) {
		fprintf(stderr, "%s: %s failed: %lu\n", app_name, what, (unsigned long)rc);
		failures++;
	}
}

/* Starts the SDK and connects to the first device; 0, or 1 when there is none. */
static inline int start_and_connect(const char *name)
{
	struct device_info_param devices[4];
	BYTE n_devices = 4;
	ULONG rc;

	app_name = name;
	rc = SLQSStart(0, NULL);
	check("SLQSStart", rc);
	if (rc)
		return 1;
	check("QCWWAN2kEnumerateDevices", QCWWAN2kEnumerateDevices(&n_devices, (BYTE *)devices));
	if (n_devices == 0) {
		fprintf(stderr, "%s: no device\n", app_name);
		return 1;
	}
	check("QCWWAN2kConnect", QCWWAN2kConnect(devices[0].deviceNode, devices[0].deviceKey));
	return 0;
}

#endif
