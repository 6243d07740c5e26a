/*
 * network.c - the network side: wait for registration (packet-switched
 * attach) with a bound, and show the serving system and the signal.
 */
#include <string.h>
#include <time.h>

#include "cm.h"

static const char *radio_name(unsigned r)
{
	static const char *const names[] = { "none", "cdma 1X", "cdma EV-DO", "AMPS", "GSM",
					     "UMTS", "", "", "LTE", "TD-SCDMA" };
	return r < sizeof names / sizeof names[0] && names[r][0] ? names[r] : "other";
}

static const char *reg_name(unsigned s)
{
	static const char *const names[] = { "not registered", "registered", "searching",
					     "registration denied", "unknown" };
	return s < sizeof names / sizeof names[0] ? names[s] : "unknown";
}

static ULONG serving(qaQmiServingSystemParam *ss)
{
	memset(ss, 0, sizeof *ss);
	return SLQSGetServingSystem(ss);
}

static bool registered(const qaQmiServingSystemParam *ss)
{
	return ss->ServingSystem.regState == 1 && ss->ServingSystem.psAttachState == 1;
}

int cm_network_wait(unsigned timeout_s)
{
	struct timespec start, now;
	qaQmiServingSystemParam ss;
	ULONG rc;
	bool said = false;

	clock_gettime(CLOCK_MONOTONIC, &start);
	for (;;) {
		rc = serving(&ss);
		if (rc == eQCWWAN_ERR_NONE && registered(&ss)) {
			cm_info("registered on %.*s (%03u-%02u), %s", (int)ss.CurrentPLMN.netDescrLength,
				(const char *)ss.CurrentPLMN.netDescr, ss.CurrentPLMN.MCC,
				ss.CurrentPLMN.MNC,
				radio_name(ss.ServingSystem.numRadioInterfaces ?
						   ss.ServingSystem.radioInterface[0] : 0));
			return CM_EXIT_OK;
		}
		if (!said) {
			cm_info("waiting up to %u s for registration (%s)", timeout_s,
				rc == eQCWWAN_ERR_NONE ? reg_name(ss.ServingSystem.regState)
						       : cm_err_name(rc));
			said = true;
		}
		clock_gettime(CLOCK_MONOTONIC, &now);
		if (now.tv_sec - start.tv_sec >= (time_t)timeout_s)
			break;
		/* Registration takes seconds on a real network: a look twice a second. */
		if (cm_events_wait(500) == CM_EV_STOP)
			return CM_EXIT_ERROR;
	}
	cm_err("not registered after %u s (%s)", timeout_s,
	       rc == eQCWWAN_ERR_NONE ? reg_name(ss.ServingSystem.regState) : cm_err_name(rc));
	return CM_EXIT_NO_NETWORK;
}

void cm_signal_show(void)
{
	LTESSInfo lte;
	CDMASSInfo wcdma;
	INT8 gsm;
	nasGetSigInfoResp sig = { .pLTESSInfo = &lte, .pWCDMASSInfo = &wcdma, .pGSMSSInfo = &gsm };
	ULONG rc;

	memset(&lte, 0x80, sizeof lte);	/* -128: not reported */
	memset(&wcdma, 0x80, sizeof wcdma);
	gsm = -128;
	rc = SLQSNasGetSigInfo(&sig);
	if (rc != eQCWWAN_ERR_NONE) {
		cm_say("Signal:        %s\n", cm_err_name(rc));
		return;
	}
	if (lte.rssi != -128)
		cm_say("Signal:        LTE RSSI %d dBm, RSRP %d dBm, RSRQ %d dB, SNR %.1f dB\n",
		       lte.rssi, lte.rsrp, lte.rsrq, lte.snr / 10.0);
	else if (wcdma.rssi != -128)
		cm_say("Signal:        WCDMA RSSI %d dBm, Ec/Io %.1f dB\n", wcdma.rssi,
		       wcdma.ecio * -0.5);
	else if (gsm != -128)
		cm_say("Signal:        GSM RSSI %d dBm\n", gsm);
	else
		cm_say("Signal:        none\n");
}

void cm_network_show(void)
{
	qaQmiServingSystemParam ss;
	ULONG rc = serving(&ss);
	unsigned i;

	if (rc != eQCWWAN_ERR_NONE) {
		cm_say("Network:       %s\n", cm_err_name(rc));
		return;
	}
	cm_say("Network:       %s, PS %s, %.*s (%03u-%02u)%s", reg_name(ss.ServingSystem.regState),
	       ss.ServingSystem.psAttachState == 1 ? "attached" : "detached",
	       (int)ss.CurrentPLMN.netDescrLength, (const char *)ss.CurrentPLMN.netDescr,
	       ss.CurrentPLMN.MCC, ss.CurrentPLMN.MNC,
	       ss.ServingSystem.numRadioInterfaces ? ", radio" : "");
	for (i = 0; i < ss.ServingSystem.numRadioInterfaces && i < MAX_SERV_SYSTEM_RADIO_INTERFACES; i++)
		cm_say(" %s", radio_name(ss.ServingSystem.radioInterface[i]));
	cm_say("\n");
	cm_signal_show();
}
