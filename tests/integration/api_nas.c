/*
 * api_nas: an application of the SDK's network API (qaGobiApiNas.h) for
 * the integration tests, written as a vendor-SDK application would be
 * (SWIWWANCMAPI.h, the vendor's names and types). Each command connects to
 * the first modem, calls the functions of one topic and prints what they
 * returned, one "name: value" line each; tests/integration/api_nas.sh
 * checks the lines against qmisim's configuration.
 *
 *   api_nas signal    GetSignalStrengths, SLQSGetSignalStrength,
 *                     SLQSNasGetSigInfo, GetRFInfo
 *   api_nas serving   GetServingNetwork, SLQSGetServingSystem,
 *                     GetHomeNetwork, SLQSNasGetSysInfo
 *   api_nas cell      SLQSNasGetCellLocationInfo
 *   api_nas select    SLQSGetSysSelectionPref, SLQSSetSysSelectionPref,
 *                     SLQSGetNetworkTime, InitiateNetworkRegistration,
 *                     PerformNetworkScan (result codes)
 *   api_nas errors    NULL arguments and buffers too small
 *
 * and steps that take arguments, any number in one run, in order:
 *
 *   selpref                       SLQSGetSysSelectionPref, every member
 *   setpref:MODE[:NET:MCC:MNC]    SLQSSetSysSelectionPref: the mode preference
 *                                 and, with NET (0 automatic, 1 manual), the
 *                                 network selection
 *   nettime                       SLQSGetNetworkTime, both sides
 *   register:TYPE[:MCC:MNC:RAT]   InitiateNetworkRegistration
 *   scan                          PerformNetworkScan, every network
 *   setacq:MODE:DUR:GW:RAT[,RAT]  SLQSSetSysSelectionPref: mode preference,
 *                                 change duration, GSM/WCDMA acquisition
 *                                 order and radio acquisition order
 *   strength:MASK                 SLQSGetSignalStrength with that request mask
 *
 * A failing call prints "NAME: rc N" and the command goes on; the exit
 * status is 0 unless connecting failed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "SWIWWANCMAPI.h"
#include "tests/integration/api_connect.h"

/* Prints "name: rc N" for a failed call; returns non-zero when it failed. */
static int failed(const char *name, ULONG rc)
{
	if (rc)
		printf("%s: rc %u\n", name, rc);
	return rc != 0;
}

/* ---- signal -------------------------------------------------------------- */

static void signal_strengths(void)
{
	INT8 strength[4];
	ULONG radio[4], n = 4;

	if (failed("GetSignalStrengths", GetSignalStrengths(&n, strength, radio)))
		return;
	for (ULONG i = 0; i < n; i++)
		printf("GetSignalStrengths[%u]: %d dBm radio %u\n", i, strength[i], radio[i]);
}

/* SLQSGetSignalStrength asking for MASK (a NAS_SIGNAL_REQ_* set). */
static void signal_strength_mask(USHORT mask)
{
	struct slqsSignalStrengthInfo s;

	memset(&s, 0, sizeof(s));
	s.signalStrengthReqMask = mask;
	if (failed("SLQSGetSignalStrength", SLQSGetSignalStrength(&s)))
		return;
	for (USHORT i = 0; i < s.rxSignalStrengthListLen; i++)
		printf("SLQSGetSignalStrength rx[%u]: %d dBm radio %u\n", i,
		       s.rxSignalStrengthList[i].rxSignalStrength, s.rxSignalStrengthList[i].radioIf);
	for (USHORT i = 0; i < s.ecioListLen; i++)
		printf("SLQSGetSignalStrength ecio[%u]: %d dB radio %u\n", i, s.ecioList[i].ecio,
		       s.ecioList[i].radioIf);
	printf("SLQSGetSignalStrength rsrq: %d radio %u snr: %d rsrp: %d io: %d sinr: %u\n",
	       s.rsrqInfo.rsrq, s.rsrqInfo.radioIf, s.ltesnr, s.ltersrp, s.Io, s.sinr);
}

static void slqs_signal_strength(void)
{
	signal_strength_mask(0xFF);
}

static void sig_info(void)
{
	CDMASSInfo cdma, wcdma;
	HDRSSInfo hdr;
	LTESSInfo lte;
	INT8 gsm, tds;
	TDSCDMASigInfoExt tds_ext;
	nasGetSigInfoResp r = { &cdma, &hdr, &gsm, &wcdma, &lte, &tds, &tds_ext };

	if (failed("SLQSNasGetSigInfo", SLQSNasGetSigInfo(&r)))
		return;
	printf("SLQSNasGetSigInfo lte: rssi %d rsrq %d rsrp %d snr %d\n", lte.rssi, lte.rsrq,
	       lte.rsrp, lte.snr);
	printf("SLQSNasGetSigInfo wcdma: rssi %d ecio %d\n", wcdma.rssi, wcdma.ecio);
	printf("SLQSNasGetSigInfo gsm: %d cdma: %d hdr: %d\n", gsm, cdma.rssi, hdr.rssi);
}

static void rf_info(void)
{
	struct RFBandInfoElements rf[4];
	BYTE n = 4;

	if (failed("GetRFInfo", GetRFInfo(&n, rf)))
		return;
	for (BYTE i = 0; i < n; i++)
		printf("GetRFInfo[%u]: radio %u band %u channel %u\n", i, rf[i].radioInterface,
		       rf[i].activeBandClass, rf[i].activeChannel);
}

/* ---- serving ------------------------------------------------------------- */

static void serving_network(void)
{
	ULONG reg, cs, ps, ran, roaming;
	BYTE radios[8], n = 8;
	WORD mcc, mnc;
	CHAR name[64];
	ULONG rc = GetServingNetwork(&reg, &cs, &ps, &ran, &n, radios, &roaming, &mcc, &mnc,
				     sizeof(name), name);

	if (failed("GetServingNetwork", rc))
		return;
	printf("GetServingNetwork: reg %u cs %u ps %u ran %u roaming %d plmn %u-%u name '%s'"
	       " radios", reg, cs, ps, ran, (int)roaming, mcc, mnc, name);
	for (BYTE i = 0; i < n; i++)
		printf(" %u", radios[i]);
	printf("\n");
}

static void slqs_serving_system(void)
{
	qaQmiServingSystemParam s;
	const currentPLMN *p = &s.CurrentPLMN;

	if (failed("SLQSGetServingSystem", SLQSGetServingSystem(&s)))
		return;
	printf("SLQSGetServingSystem: reg %u roam %u caps %u plmn %u-%u '%.*s' tac 0x%X cell 0x%X"
	       " lac 0x%X status %u sid 0x%X\n", s.ServingSystem.regState, s.roamIndicatorVal,
	       s.DataSrvCapabilities.dataCapabilitiesLen, p->MCC, p->MNC, p->netDescrLength,
	       (const char *)p->netDescr, s.trackAreaCode, s.CellID, s.Lac,
	       s.DetailedSvcInfo.srvStatus, s.SystemID);
}

static void home_network(void)
{
	WORD mcc, mnc, sid, nid;
	CHAR name[64];

	if (failed("GetHomeNetwork", GetHomeNetwork(&mcc, &mnc, sizeof(name), name, &sid, &nid)))
		return;
	printf("GetHomeNetwork: %u-%u '%s' sid %u nid %u\n", mcc, mnc, name, sid, nid);
}

static void sys_info(void)
{
	GSMSrvStatusInfo lte_status, gsm_status;
	SrvStatusInfo cdma_status;
	LTESysInfo lte;
	WCDMASysInfo wcdma;
	BYTE voice;
	nasGetSysInfoResp r;

	memset(&r, 0, sizeof(r));
	r.pLTESrvStatusInfo = &lte_status;
	r.pGSMSrvStatusInfo = &gsm_status;
	r.pCDMASrvStatusInfo = &cdma_status;
	r.pLTESysInfo = &lte;
	r.pWCDMASysInfo = &wcdma;
	r.pLTEVoiceSupportSysInfo = &voice;
	if (failed("SLQSNasGetSysInfo", SLQSNasGetSysInfo(&r)))
		return;
	printf("SLQSNasGetSysInfo lte: status %u roam %u/%u tac 0x%X cell 0x%X mcc %.3s"
	       " mnc %02X%02X%02X\n", lte_status.srvStatus, lte.sysInfoLTE.roamStatusValid,
	       lte.sysInfoLTE.roamStatus, lte.tac, lte.cellId, (const char *)lte.MCC, lte.MNC[0],
	       lte.MNC[1], lte.MNC[2]);
	printf("SLQSNasGetSysInfo wcdma: psc %u valid %u; gsm status %u; cdma status %u\n",
	       wcdma.psc, wcdma.pscValid, gsm_status.srvStatus, cdma_status.srvStatus);
}

/* ---- cell location ------------------------------------------------------- */

static void cell_location(void)
{
	static LTEInfoIntrafreq lte;	/* the vendor's structs are large */
	static UMTSInfo umts;
	static GERANInfo geran;
	static LTEInfoInterfreq inter;
	ULONG umts_cell;
	nasCellLocationInfoResp r;

	memset(&r, 0, sizeof(r));
	r.pLTEInfoIntrafreq = &lte;
	r.pUMTSInfo = &umts;
	r.pGERANInfo = &geran;
	r.pLTEInfoInterfreq = &inter;
	r.pUMTSCellID = &umts_cell;
	if (failed("SLQSNasGetCellLocationInfo", SLQSNasGetCellLocationInfo(&r)))
		return;
	printf("cell lte: idle %u tac 0x%X gci 0x%X earfcn %u pci %u plmn %02X%02X%02X cells %u",
	       lte.ueInIdle, lte.tac, lte.globalCellId, lte.earfcn, lte.servingCellId, lte.plmn[0],
	       lte.plmn[1], lte.plmn[2], lte.cellsLen);
	for (BYTE i = 0; i < lte.cellsLen; i++)
		printf(" [pci %u rsrp %d rsrq %d]", lte.CellParams[i].pci, lte.CellParams[i].rsrp,
		       lte.CellParams[i].rsrq);
	printf("\ncell umts: psc %u lac 0x%X cell 0x%X cells %u; geran: cells %u bsic %u;"
	       " inter: idle %u freqs %u\n", umts.psc, umts.lac, umts_cell, umts.umtsInst,
	       geran.nmrInst, geran.bsic, inter.ueInIdle, inter.freqsLen);
}

/* ---- selection, time, registration, scan ----------------------------------- */

static void selection(void)
{
	BYTE emer, netsel;
	WORD mode, mode_set = 0x18;	/* UMTS + LTE */
	ULONGLONG band;
	sysSelectPrefInfo get = { &emer, &mode, &band, NULL, NULL, NULL, &netsel, NULL, NULL };
	sysSelectPrefParams set;
	timeInfo t3gpp;
	GetNetworkTimeResp time = { NULL, &t3gpp };
	struct SlqsNas3GppNetworkInfo nets[8];
	BYTE n = 8;
	ULONG rc;

	memset(&set, 0, sizeof(set));
	set.pModePref = &mode_set;
	rc = SLQSGetSysSelectionPref(&get);
	printf("SLQSGetSysSelectionPref: rc %u", rc);
	if (!rc)
		printf(" mode 0x%X netsel %u", mode, netsel);
	printf("\nSLQSSetSysSelectionPref: rc %u\n", SLQSSetSysSelectionPref(&set));
	rc = SLQSGetNetworkTime(&time);
	printf("SLQSGetNetworkTime: rc %u", rc);
	if (!rc && t3gpp.TlvPresent)
		printf(" %u-%02u-%02u %02u:%02u tz %d", t3gpp.year, t3gpp.month, t3gpp.day,
		       t3gpp.hour, t3gpp.minute, t3gpp.timeZone);
	printf("\nInitiateNetworkRegistration: rc %u\n", InitiateNetworkRegistration(1, 0, 0, 0));
	rc = PerformNetworkScan(&n, (BYTE *)nets);
	printf("PerformNetworkScan: rc %u", rc);
	for (BYTE i = 0; !rc && i < n; i++)
		printf(" [%u-%u %u '%s']", nets[i].MCC, nets[i].MNC, nets[i].InUse,
		       nets[i].Description);
	printf("\n");
}

/* ---- errors ------------------------------------------------------------------- */

static void errors(void)
{
	ULONG reg, cs, ps, ran, roaming, n = 0, radio[1], rc;
	BYTE radios[8], nr = 8, zero = 0;
	WORD mcc, mnc, sid, nid;
	INT8 strength[1];
	CHAR name[64];
	struct RFBandInfoElements rf[1];

	printf("null GetSignalStrengths: rc %u\n", GetSignalStrengths(NULL, strength, radio));
	printf("null SLQSGetSignalStrength: rc %u\n", SLQSGetSignalStrength(NULL));
	printf("null SLQSNasGetSigInfo: rc %u\n", SLQSNasGetSigInfo(NULL));
	printf("null GetRFInfo: rc %u\n", GetRFInfo(&nr, NULL));
	printf("null GetServingNetwork: rc %u\n",
	       GetServingNetwork(&reg, &cs, &ps, &ran, &nr, radios, &roaming, &mcc, NULL,
				 sizeof(name), name));
	printf("null SLQSGetServingSystem: rc %u\n", SLQSGetServingSystem(NULL));
	printf("null GetHomeNetwork: rc %u\n",
	       GetHomeNetwork(&mcc, &mnc, sizeof(name), name, NULL, &nid));
	printf("null SLQSNasGetSysInfo: rc %u\n", SLQSNasGetSysInfo(NULL));
	printf("null SLQSNasGetCellLocationInfo: rc %u\n", SLQSNasGetCellLocationInfo(NULL));
	printf("null SLQSGetSysSelectionPref: rc %u\n", SLQSGetSysSelectionPref(NULL));
	printf("null SLQSSetSysSelectionPref: rc %u\n", SLQSSetSysSelectionPref(NULL));
	printf("null SLQSGetNetworkTime: rc %u\n", SLQSGetNetworkTime(NULL));
	printf("null PerformNetworkScan: rc %u\n", PerformNetworkScan(NULL, NULL));
	printf("bad InitiateNetworkRegistration: rc %u\n", InitiateNetworkRegistration(7, 0, 0, 0));

	/* Called before printing: the "need" count is what the call left. */
	rc = GetSignalStrengths(&n, strength, radio);
	printf("short GetSignalStrengths: rc %u need %u\n", rc, n);
	rc = GetRFInfo(&zero, rf);
	printf("short GetRFInfo: rc %u need %u\n", rc, zero);
	nr = 0;
	rc = GetServingNetwork(&reg, &cs, &ps, &ran, &nr, radios, &roaming, &mcc, &mnc,
			       sizeof(name), name);
	printf("short GetServingNetwork radios: rc %u need %u\n", rc, nr);
	nr = 8;
	printf("short GetServingNetwork name: rc %u\n",
	       GetServingNetwork(&reg, &cs, &ps, &ran, &nr, radios, &roaming, &mcc, &mnc, 4, name));
	printf("short GetHomeNetwork name: rc %u\n", GetHomeNetwork(&mcc, &mnc, 2, name, &sid, &nid));
}

/* ---- steps with arguments ------------------------------------------------------ */

static void sel_pref(const char *arg)
{
	BYTE emer, netsel;
	WORD mode, prl, roam;
	ULONGLONG band, lte;
	ULONG domain, order;
	sysSelectPrefInfo get = { &emer, &mode, &band, &prl, &roam, &lte, &netsel, &domain,
				  &order };
	ULONG rc = SLQSGetSysSelectionPref(&get);

	(void)arg;
	printf("selpref: rc %u", rc);
	if (!rc)
		printf(" emer %u mode 0x%X band 0x%llX prl 0x%X roam 0x%X lte 0x%llX netsel %u"
		       " domain %u order %u", emer, mode, (unsigned long long)band, prl, roam,
		       (unsigned long long)lte, netsel, domain, order);
	printf("\n");
}

static void set_pref(const char *arg)
{
	WORD mode = (WORD)strtoul(arg, NULL, 0);
	struct netSelectionPref net = { 0, 0, 0 };
	sysSelectPrefParams set;
	const char *rest = strchr(arg, ':');

	memset(&set, 0, sizeof(set));
	set.pModePref = &mode;
	if (rest) {
		unsigned reg = 0, mcc = 0, mnc = 0;

		sscanf(rest + 1, "%u:%u:%u", &reg, &mcc, &mnc);
		net = (struct netSelectionPref){ (BYTE)reg, (WORD)mcc, (WORD)mnc };
		set.pNetSelPref = &net;
	}
	printf("setpref:%s: rc %u\n", arg, SLQSSetSysSelectionPref(&set));
}

/* SLQSSetSysSelectionPref with what qmicli sends alongside a mode (its
 * change duration, GSM/WCDMA order and radio acquisition order). */
static void set_acq(const char *arg)
{
	unsigned mode = 0, duration = 0, gw_order = 0;
	int used = 0;
	BYTE order[8], dur;
	WORD mode_pref;
	ULONG gw;
	struct acqOrderPref acq = { 0, order };
	sysSelectPrefParams set;
	const char *rats;

	sscanf(arg, "%i:%u:%u:%n", &mode, &duration, &gw_order, &used);
	for (rats = arg + used; used && *rats && acq.acqOrdeLen < sizeof(order); rats++) {
		order[acq.acqOrdeLen++] = (BYTE)strtoul(rats, (char **)&rats, 0);
		if (*rats != ',')
			break;
	}
	mode_pref = (WORD)mode;
	dur = (BYTE)duration;
	gw = gw_order;
	memset(&set, 0, sizeof(set));
	set.pModePref = &mode_pref;
	set.pChgDuration = &dur;
	set.pGWAcqOrderPref = &gw;
	set.pAcqOrderPref = &acq;
	printf("setacq:%s: rc %u\n", arg, SLQSSetSysSelectionPref(&set));
}

static void strength(const char *arg)
{
	signal_strength_mask((USHORT)strtoul(arg, NULL, 0));
}

static void print_time(const char *side, const timeInfo *t)
{
	printf(" %s", side);
	if (!t->TlvPresent) {
		printf(" none");
		return;
	}
	printf(" %u-%02u-%02u dow %u tz %d dst %u radio %u", t->year, t->month, t->day,
	       t->dayOfWeek, t->timeZone, t->dayLtSavingAdj, t->radioInterface);
}

static void net_time(const char *arg)
{
	timeInfo t2, t3;
	GetNetworkTimeResp time = { &t2, &t3 };
	ULONG rc = SLQSGetNetworkTime(&time);

	(void)arg;
	printf("nettime: rc %u", rc);
	if (!rc) {
		print_time("3gpp2", &t2);
		print_time("3gpp", &t3);
	}
	printf("\n");
}

static void net_register(const char *arg)
{
	unsigned type = 0, mcc = 0, mnc = 0, rat = 0;

	sscanf(arg, "%u:%u:%u:%u", &type, &mcc, &mnc, &rat);
	printf("register:%s: rc %u\n", arg,
	       InitiateNetworkRegistration(type, (WORD)mcc, (WORD)mnc, rat));
}

static void net_scan(const char *arg)
{
	struct SlqsNas3GppNetworkInfo nets[8];
	BYTE n = 8;
	ULONG rc = PerformNetworkScan(&n, (BYTE *)nets);

	(void)arg;
	printf("scan: rc %u n %u", rc, rc ? 0 : n);
	for (BYTE i = 0; !rc && i < n; i++)
		printf(" [%u-%u use %u roam %u forbidden %u preferred %u '%s']", nets[i].MCC,
		       nets[i].MNC, nets[i].InUse, nets[i].Roaming, nets[i].Forbidden,
		       nets[i].Preferred, nets[i].Description);
	printf("\n");
}

/* Runs STEP[:ARGS]; 0 if it is one of the steps above. */
static int run_step(const char *step)
{
	static const struct {
		const char *name;
		void (*run)(const char *arg);
	} steps[] = {
		{ "selpref", sel_pref }, { "setpref", set_pref }, { "nettime", net_time },
		{ "register", net_register }, { "scan", net_scan }, { "setacq", set_acq },
		{ "strength", strength },
	};
	size_t len = strcspn(step, ":");

	for (size_t i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
		if (strlen(steps[i].name) != len || strncmp(step, steps[i].name, len))
			continue;
		steps[i].run(step[len] ? step + len + 1 : "");
		return 0;
	}
	return -1;
}

int main(int argc, char **argv)
{
	static const struct {
		const char *name;
		void (*run)(void);
	} topics[][4] = {
		{ { "signal", signal_strengths }, { "", slqs_signal_strength }, { "", sig_info },
		  { "", rf_info } },
		{ { "serving", serving_network }, { "", slqs_serving_system }, { "", home_network },
		  { "", sys_info } },
		{ { "cell", cell_location } },
		{ { "select", selection } },
		{ { "errors", errors } },
	};

	if (argc < 2 || connect_first_modem("api_nas"))
		return 1;
	if (run_step(argv[1]) == 0) {
		for (int i = 2; i < argc; i++)
			if (run_step(argv[i]))
				fprintf(stderr, "api_nas: unknown step %s\n", argv[i]);
		QCWWANDisconnect();
		return 0;
	}
	for (size_t t = 0; t < sizeof(topics) / sizeof(topics[0]); t++) {
		if (strcmp(argv[1], topics[t][0].name))
			continue;
		for (size_t i = 0; i < 4 && topics[t][i].run; i++)
			topics[t][i].run();
		QCWWANDisconnect();
		return 0;
	}
	fprintf(stderr, "api_nas: unknown command %s\n", argv[1]);
	return 1;
}
