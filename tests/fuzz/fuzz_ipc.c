/*
 * Fuzz target for the daemon's IPC decoder (pkgs/ipc): whatever an
 * application sends must be refused or decoded without a crash, and what
 * decodes must encode back to the very same bytes (one layout per message).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pkgs/ipc/ipc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint8_t out[IPC_MAX_PACKET];
static struct ipc_device devs[IPC_MAX_DEVICES];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ipc_msg m;
	int len;

	if (slqs_ipc_decode(data, size, &m) != 0)
		return 0;
	if (m.type == IPC_DEVICES) {
		size_t n = slqs_ipc_devices_read(&m.u.devices, devs, IPC_MAX_DEVICES);

		if (n != m.u.devices.count)
			abort();
		m.u.devices.list = devs;	/* encode from the copies */
	}
	len = slqs_ipc_encode(&m, out, sizeof(out));
	if (len < 0 || (size_t)len != size || memcmp(out, data, size))
		abort();
	return 0;
}
