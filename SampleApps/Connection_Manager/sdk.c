/*
 * sdk.c - attach to the SDK daemon and to the modem, as every SLQS
 * application does: SetSDKImagePath, SLQSStart (which starts the daemon if
 * none runs), QCWWAN2kEnumerateDevices until the modem is there,
 * QCWWAN2kConnect. The device-state callback feeds the event queue, so the
 * watch loop hears about modem resets and unplugs.
 */
#include <stdio.h>
#include <string.h>

#include "cm.h"

static struct slqs_device_info device;
static bool attached;

static void device_state_changed(eDevState state)
{
	cm_debug("device state %d", (int)state);
	cm_events_post(state == DEVICE_STATE_READY ? CM_EV_DEVICE_READY : CM_EV_DEVICE_GONE);
}

const char *cm_err_name(ULONG rc)
{
	static char buf[48];

	switch (rc) {
	case eQCWWAN_ERR_NONE: return "success";
	case eQCWWAN_ERR_NO_DEVICE: return "no device";
	case eQCWWAN_ERR_NO_CONNECTION: return "no connection to the SDK daemon";
	case eQCWWAN_ERR_SWICM_TIMEOUT: return "timed out";
	case eQCWWAN_ERR_SWICM_SOCKET_IN_USE: return "no SDK daemon could be reached or started";
	case eQCWWAN_ERR_SWICM_AM_VERS_ERROR: return "library and SDK daemon versions differ";
	case eQCWWAN_ERR_QMI_ACCESS_DENIED: return "the SDK daemon refuses this user";
	case eQCWWAN_ERR_RESET: return "the modem reset";
	case eQCWWAN_ERR_QMI_INCORRECT_PIN: return "wrong PIN";
	case eQCWWAN_ERR_QMI_PIN_BLOCKED: return "PIN blocked (PUK needed)";
	case eQCWWAN_ERR_QMI_PIN_PERM_BLOCKED: return "PIN blocked for good";
	case eQCWWAN_ERR_QMI_SIM_NOT_INITIALIZED: return "SIM not ready";
	case eQCWWAN_ERR_QMI_CALL_FAILED: return "call failed";
	case eQCWWAN_ERR_QMI_OUT_OF_CALL: return "no call up";
	case eQCWWAN_ERR_QMI_NO_EFFECT: return "no effect";
	}
	if (rc > eQCWWAN_ERR_QMI_OFFSET && rc < eQCWWAN_ERR_QMI_OFFSET + 1000)
		snprintf(buf, sizeof buf, "QMI error %u", (unsigned)(rc - eQCWWAN_ERR_QMI_OFFSET));
	else
		snprintf(buf, sizeof buf, "SDK error %u (0x%X)", (unsigned)rc, (unsigned)rc);
	return buf;
}

static int attach(const struct cm_options *o)
{
	ULONG rc;

	if (o->sdk_path && SetSDKImagePath((LPCSTR)o->sdk_path) != eQCWWAN_ERR_NONE)
		cm_warn("SetSDKImagePath(%s) refused", o->sdk_path);
	rc = SLQSStart(o->modem_index, NULL);
	if (rc != eQCWWAN_ERR_NONE) {
		cm_err("cannot reach the SDK daemon (SLQSStart: %s)", cm_err_name(rc));
		return CM_EXIT_NO_MODEM;
	}
	attached = true;
	SetDeviceStateChangeCbk(device_state_changed);
	return CM_EXIT_OK;
}

static int wait_device(unsigned timeout_s)
{
	unsigned waited;
	ULONG rc = eQCWWAN_ERR_NO_DEVICE;

	for (waited = 0;; waited++) {
		BYTE n = 1;

		rc = QCWWAN2kEnumerateDevices(&n, (BYTE *)&device);
		if (rc == eQCWWAN_ERR_NONE && n == 0)
			rc = eQCWWAN_ERR_NO_DEVICE;
		if (rc == eQCWWAN_ERR_NONE)
			rc = QCWWAN2kConnect(device.deviceNode, device.deviceKey);
		if (rc == eQCWWAN_ERR_NONE)
			break;
		if (waited == 0)
			cm_info("waiting up to %u s for the modem (%s)", timeout_s, cm_err_name(rc));
		/* Once a second, as the vendor's sample; a signal ends the wait. */
		if (waited >= timeout_s || cm_events_wait(1000) == CM_EV_STOP) {
			cm_err("no modem: %s", cm_err_name(rc));
			return cm_stop_requested() ? CM_EXIT_ERROR : CM_EXIT_NO_MODEM;
		}
	}
	cm_debug("connected to %s", device.deviceNode);
	/* Set again after every connect: QCWWANDisconnect drops callbacks. */
	SetDeviceStateChangeCbk(device_state_changed);
	return CM_EXIT_OK;
}

int cm_sdk_open(const struct cm_options *o)
{
	int rc = attach(o);

	return rc == CM_EXIT_OK ? wait_device(o->device_timeout_s) : rc;
}

const char *cm_sdk_node(void)
{
	return device.deviceNode;
}

void cm_sdk_detach(void)
{
	if (!attached)
		return;
	SetDeviceStateChangeCbk(NULL);
	QCWWANDisconnect();
	attached = false;
}
