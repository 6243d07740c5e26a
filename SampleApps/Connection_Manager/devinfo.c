/*
 * devinfo.c - what the modem is: the device information the vendor's
 * sample writes to syslog, shown on the screen.
 */
#include "cm.h"

/* One string from a DMS "size, buffer" getter, or the error. */
static const char *text(ULONG rc, const CHAR *value)
{
	return rc == eQCWWAN_ERR_NONE ? value : cm_err_name(rc);
}

void cm_devinfo_show(void)
{
	CHAR manufacturer[64], model[64], firmware[128], hardware[64], imsi[32];
	CHAR esn[32], imei[32], meid[32];
	ULONG rc;

	rc = GetManufacturer(sizeof manufacturer, manufacturer);
	cm_say("Manufacturer:  %s\n", text(rc, manufacturer));
	rc = GetModelID(sizeof model, model);
	cm_say("Model:         %s\n", text(rc, model));
	rc = GetFirmwareRevision(sizeof firmware, firmware);
	cm_say("Firmware:      %s\n", text(rc, firmware));
	rc = GetHardwareRevision(sizeof hardware, hardware);
	cm_say("Hardware:      %s\n", text(rc, hardware));
	rc = GetSerialNumbers(sizeof esn, esn, sizeof imei, imei, sizeof meid, meid);
	cm_say("IMEI:          %s\n", text(rc, imei));
	rc = GetIMSI(sizeof imsi, imsi);
	cm_say("IMSI:          %s\n", text(rc, imsi));
	cm_sim_show();
}
