/*
 * A program written the way an application of the vendor SDK 4.x is: it
 * includes SWIWWANCMAPI.h only, declares its own device-list struct, uses
 * the vendor's names and types (ULONG, BYTE, CHAR, INT8 ...) and nothing
 * of ours beyond them. tests/build/vendor_app.sh compiles it with
 * -Wall -Wextra -Werror and links it with the vendor's link line for each
 * CPU; tests/integration/vendor_app.sh runs it (the `make itests` build)
 * against qmisim.
 *
 * Prints one "name: value" line per call; exit status 0 when every call
 * succeeded.
 */
#include <stdio.h>
#include <string.h>

#include "SWIWWANCMAPI.h"
#include "vendor_app.h"

static void on_signal(INT8 strength, ULONG radio)
{
	(void)strength;
	(void)radio;
}

int main(void)
{
	CHAR model[128] = "", firmware[128] = "", esn[32], imei[32], meid[32], iccid[32];
	ULONG power = 0, sizes = 4, radios[4];
	INT8 strengths[4];
	INT8 thresholds[2] = { -90, -70 };

	if (start_and_connect("vendor_app"))
		return 1;

	check("GetModelID", GetModelID(sizeof model, model));
	check("GetFirmwareRevision", GetFirmwareRevision(sizeof firmware, firmware));
	check("GetSerialNumbers", GetSerialNumbers(sizeof esn, esn, sizeof imei, imei,
						   sizeof meid, meid));
	check("GetPower", GetPower(&power));
	check("UIMGetICCID", UIMGetICCID(sizeof iccid, iccid));
	check("GetSignalStrengths", GetSignalStrengths(&sizes, strengths, radios));
	check("SetSignalStrengthCallback", SetSignalStrengthCallback(on_signal, 2, thresholds));
	check("SetSignalStrengthCallback(NULL)", SetSignalStrengthCallback(NULL, 0, NULL));

	printf("model: %s\nfirmware: %s\nimei: %s\npower: %lu\niccid: %s\n", model, firmware, imei,
	       (unsigned long)power, iccid);
	if (sizes > 0)
		printf("strength: %d radio %lu\n", strengths[0], (unsigned long)radios[0]);
	check("QCWWANDisconnect", QCWWANDisconnect());
	return failures != 0;
}
