/*
 * api_cbk: an application of the SDK's service callbacks
 * (qaGobiApiCbk.h) for the integration tests, written as a vendor-SDK
 * application would be (SWIWWANCMAPI.h, the vendor's names and types).
 * It connects to the first modem and reads commands from standard input,
 * one a line:
 *
 *   set      sets every callback; prints "set NAME rc N" for each
 *   unset NAME   unsets one (power, strength, strengths, siginfo, serving,
 *            roaming, rf, reject, uim); prints "unset NAME rc N"
 *   mark WORD    prints "mark WORD" (a place in the output for the script)
 *   quit     disconnects and exits
 *
 * and answers each with a line "ok". The callbacks print one line per
 * call ("strength -75 radio 8", "power 1" ...), as they run, in the order
 * the SDK runs them (the device-state callback too: "device N");
 * tests/integration/api_cbk.sh injects changes into
 * qmisim and checks the lines and their order.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "SWIWWANCMAPI.h"
#include "tests/integration/api_connect.h"

/* ---- the callbacks: one line each ----------------------------------------------- */

static void on_device(eDevState state)
{
	printf("device %u\n", (unsigned)state);
}

static void on_power(ULONG mode)
{
	printf("power %u\n", mode);
}

static void on_strength(INT8 strength, ULONG radio)
{
	printf("strength %d radio %u\n", strength, radio);
}

static void on_strengths(struct SLQSSignalStrengthsInformation s)
{
	printf("strengths rssi %d radio %u rsrp %d snr %d\n", s.rxSignalStrengthInfo.rxSignalStrength,
	       s.rxSignalStrengthInfo.radioIf, s.lteRsrpinfo.rsrplevel, s.lteSnrinfo.snrlevel);
}

static void on_sig_info(nasSigInfo *p)
{
	if (p->pLTESigInfo)
		printf("siginfo lte rssi %d rsrq %d rsrp %d snr %d\n", p->pLTESigInfo->rssi,
		       p->pLTESigInfo->rsrq, p->pLTESigInfo->rsrp, p->pLTESigInfo->snr);
	if (p->pWCDMASigInfo)
		printf("siginfo wcdma rssi %d ecio %d\n", p->pWCDMASigInfo->rssi,
		       p->pWCDMASigInfo->ecio);
}

static void on_serving(struct ServingSystemInfo *s, struct RoamingInfo *r)
{
	char line[1200];
	int n = snprintf(line, sizeof line, "serving reg %u cs %u ps %u net %u radios %u",
			 s->registrationState, s->csAttachState, s->psAttachState,
			 s->selectedNetwork, s->radioInterfaceNo);

	for (BYTE i = 0; i < s->radioInterfaceNo; i++)
		n += snprintf(line + n, sizeof line - (size_t)n, " %u", s->radioInterfaceList[i]);
	if (r->TlvPresent)
		snprintf(line + n, sizeof line - (size_t)n, " roaming %u", r->roaming_ind);
	printf("%s\n", line);	/* one write: the main thread prints too */
}

static void on_roaming(ULONG roaming)
{
	printf("roaming %u\n", roaming);
}

static void on_rf(ULONG radio, ULONG band, ULONG channel)
{
	printf("rf radio %u band %u channel %u\n", radio, band, channel);
}

static void on_reject(ULONG domain, ULONG cause)
{
	printf("reject domain %u cause %u\n", domain, cause);
}

static void on_uim(UIMStatusChangeInfo *p)
{
	printf("uim slots %u card %u\n", p->statusChange.numSlot,
	       p->statusChange.SlotInfo[0].cardState);
}

/* ---- set / unset ------------------------------------------------------------------ */

static INT8 strength_thresholds[] = { -80, -70 };

static struct SLQSSignalStrengthsIndReq strengths_req = {
	.rxSignalStrengthDelta = 5, .ecioDelta = 4, .ioDelta = 5, .sinrDelta = 1,
	.rsrqDelta = 3, .lteSnrDelta = 20, .lteRsrpDelta = 5,
};

/* LTE RSRP thresholds -100 and -90 dBm (0.1 dBm units). */
static WORD rsrp_list[] = { (WORD)-1000, (WORD)-900 };
static LTERSRPThresh rsrp = { 2, rsrp_list };
static setSignalStrengthInfo sig_info_req = { .pLTERSRPThresh = &rsrp };

/* Sets (on) or unsets one callback by name; -1 for an unknown name. */
static long set_one(const char *name, int on)
{
	if (!strcmp(name, "power"))
		return SetPowerCallback(on ? on_power : NULL);
	if (!strcmp(name, "strength"))
		return SetSignalStrengthCallback(on ? on_strength : NULL, 2, strength_thresholds);
	if (!strcmp(name, "strengths"))
		return SLQSSetSignalStrengthsCallback(on ? on_strengths : NULL, &strengths_req);
	if (!strcmp(name, "siginfo")) {
		ULONG rc = SLQSNasSigInfo2CallBack(on ? on_sig_info : NULL, &sig_info_req);

		/* Firmware without Config Signal Info v2: report on every change instead. */
		if (rc == eQCWWAN_ERR_QMI_INVALID_QMI_CMD) {
			printf("siginfo thresholds refused\n");
			rc = SLQSNasSigInfo2CallBack(on ? on_sig_info : NULL, NULL);
		}
		return rc;
	}
	if (!strcmp(name, "serving"))
		return SLQSSetServingSystemCallback(on ? on_serving : NULL);
	if (!strcmp(name, "roaming"))
		return SetRoamingIndicatorCallback(on ? on_roaming : NULL);
	if (!strcmp(name, "rf"))
		return SetRFInfoCallback(on ? on_rf : NULL);
	if (!strcmp(name, "reject"))
		return SetLURejectCallback(on ? on_reject : NULL);
	if (!strcmp(name, "uim"))
		return SLQSUIMSetStatusChangeCallBack(on ? on_uim : NULL);
	return -1;
}

static const char *const names[] = {
	"power", "strength", "strengths", "siginfo", "serving", "roaming", "rf", "reject", "uim",
};

int main(void)
{
	char line[128];

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (connect_first_modem("api_cbk"))
		return 1;
	SetDeviceStateChangeCbk(on_device);
	while (fgets(line, sizeof line, stdin)) {
		char arg[64] = "";

		line[strcspn(line, "\n")] = '\0';
		if (!strcmp(line, "quit"))
			break;
		if (!strcmp(line, "set")) {
			for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
				printf("set %s rc %ld\n", names[i], set_one(names[i], 1));
		} else if (sscanf(line, "mark %63s", arg) == 1) {
			printf("mark %s\n", arg);
		} else if (sscanf(line, "unset %63s", arg) == 1) {
			printf("unset %s rc %ld\n", arg, set_one(arg, 0));
		} else {
			printf("unknown command: %s\n", line);
		}
		printf("ok\n");
	}
	QCWWANDisconnect();
	return 0;
}
