/*
 * api_wds: an application of the SDK's data-session API (qaGobiApiWds.h)
 * for the integration tests, written as a vendor-SDK application would be
 * (SWIWWANCMAPI.h, the vendor's names and types). It connects to the first
 * modem and runs its steps in order, in one process (a session belongs to
 * the application that started it), printing one "name: values" line per
 * call; tests/integration/api_wds.sh checks them against qmisim's config.
 *
 *   start:FAM[:PROFILE[:AUTH:USER:PASSWORD]]  SLQSStartStopDataSession start,
 *                          FAM 4, 6 or 7 (dual-stack)
 *   stop:FAM               SLQSStartStopDataSession stop
 *   state                  GetSessionState, SLQSGetSessionState
 *   settings               SLQSGetRuntimeSettings of the sessions started here
 *   counters               byte totals, packet counts, rates, dormancy, bearer
 *   autoconnect            GetAutoconnect, SetAutoconnect(0), GetAutoconnect
 *   events                 SLQSWdsSetEventReport
 *   model                  GetModelID
 *   waitfile:PATH          waits until PATH exists
 *   holdtest:PATH          starts IPv4 on another thread, waits for PATH,
 *                          calls GetModelID and GetSessionState (on the
 *                          start's WDS client) meanwhile, then joins the start
 *   wait                   prints "waiting" and sleeps until killed
 *   errors                 NULL and out-of-range arguments
 *
 * The exit status is 0 unless connecting failed.
 */
#include <arpa/inet.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "SWIWWANCMAPI.h"
#include "tests/integration/api_connect.h"

static ULONG v4_id, v6_id;	/* of the last start */

static const char *ipv4(ULONG a, char *buf)
{
	snprintf(buf, 16, "%u.%u.%u.%u", (unsigned)(a >> 24), (unsigned)(a >> 16 & 0xFF),
		 (unsigned)(a >> 8 & 0xFF), (unsigned)(a & 0xFF));
	return buf;
}

static const char *ipv6(const USHORT *g, char *buf)
{
	unsigned char b[16];

	for (int i = 0; i < 8; i++) {
		b[2 * i] = (unsigned char)(g[i] >> 8);
		b[2 * i + 1] = (unsigned char)(g[i] & 0xFF);
	}
	return inet_ntop(AF_INET6, b, buf, INET6_ADDRSTRLEN) ? buf : "?";
}

/* ---- sessions ------------------------------------------------------------- */

static void start(char *args)
{
	struct ssdatasession_params p;
	ULONG profile, auth;
	char *fam = strtok(args, ":"), *prof = strtok(NULL, ":"), *a = strtok(NULL, ":");
	char *user = strtok(NULL, ":"), *pass = strtok(NULL, ":");
	ULONG rc;

	memset(&p, 0, sizeof(p));
	p.action = 1;
	p.ipfamily = (BYTE)atoi(fam ? fam : "4");
	if (prof) {
		profile = strtoul(prof, NULL, 0);
		p.pProfileId3GPP = &profile;
	}
	if (a) {
		auth = strtoul(a, NULL, 0);
		p.pAuthentication = &auth;
		p.pUsername = user;
		p.pPassword = pass;
	}
	rc = SLQSStartStopDataSession(&p);
	printf("start %u: rc %u id %u v4 %u v6 %u rcv4 %u rcv6 %u reason %u v4reason %u "
	       "v6reason %u verbose %u:%u\n", p.ipfamily, rc, p.sessionId, p.v4sessionId,
	       p.v6sessionId, p.rcv4, p.rcv6, p.failureReason, p.failureReasonv4,
	       p.failureReasonv6, p.verbFailReasonType, p.verbFailReason);
	v4_id = p.v4sessionId;
	v6_id = p.v6sessionId;
}

static void stop(const char *fam)
{
	struct ssdatasession_params p;
	ULONG rc;

	memset(&p, 0, sizeof(p));
	p.action = 0;
	p.ipfamily = (BYTE)atoi(fam);
	rc = SLQSStartStopDataSession(&p);
	printf("stop %u: rc %u v4 %u v6 %u\n", p.ipfamily, rc, p.v4sessionId, p.v6sessionId);
}

static void state(void)
{
	ULONG s = 0, s4 = 0, s6 = 0, rc;

	rc = GetSessionState(&s, 0);
	printf("GetSessionState: rc %u state %u\n", rc, s);
	rc = SLQSGetSessionState(&s4, &s6, 0);
	printf("SLQSGetSessionState: rc %u v4 %u v6 %u\n", rc, s4, s6);
}

static void settings(void)
{
	CHAR name[65], apn[101], user[128];
	ULONG pdp, dns1, dns2, auth, ip, gw, mask, mtu;
	USHORT v6dns1[8], v6dns2[8];
	BYTE family;
	WORD tech;
	struct ProfileIdentifier id;
	struct IPV6AddressInfo v6;
	struct IPV6GWAddressInfo v6gw;
	struct GPRSQoS qos = { .delayClass = 77 };	/* a member no modem reports */
	struct WdsRunTimeSettings r;
	char a[5][INET6_ADDRSTRLEN];
	ULONG rc;

	memset(&r, 0, sizeof(r));
	r.v4sessionId = v4_id ? &v4_id : NULL;
	r.v6sessionId = v6_id ? &v6_id : NULL;
	r.rts = (struct qmiWdsRunTimeSettings){
		.pProfileName = name, .pPDPType = &pdp, .pAPNName = apn,
		.pPrimaryDNSV4 = &dns1, .pSecondaryDNSV4 = &dns2, .pGPRSGrantedQoS = &qos,
		.pUsername = user, .pAuthentication = &auth, .pIPAddressV4 = &ip,
		.pProfileID = &id, .pGWAddressV4 = &gw, .pSubnetMaskV4 = &mask,
		.pPrimaryDNSV6 = v6dns1, .pSecondaryDNSV6 = v6dns2, .pMtu = &mtu,
		.pIPFamilyPreference = &family, .pTechnology = &tech,
		.pIPV6AddrInfo = &v6, .pIPV6GWAddrInfo = &v6gw,
	};
	rc = SLQSGetRuntimeSettings(&r);
	printf("settings: rc %u name '%s' apn '%s' user '%s' pdp %u auth %u profile %u/%u "
	       "mtu %u family %u tech 0x%04x qos %s\n", rc, name, apn, user, pdp, auth,
	       id.profileType, id.profileIndex, mtu, family, tech,
	       qos.delayClass == 0xFFFFFFFFu ? "not reported" : "written");
	if (v4_id)
		printf("settings v4: ip %s gw %s mask %s dns %s %s\n", ipv4(ip, a[0]),
		       ipv4(gw, a[1]), ipv4(mask, a[2]), ipv4(dns1, a[3]),
		       dns2 == 0xFFFFFFFFu ? "none" : ipv4(dns2, a[4]));
	if (v6_id)
		printf("settings v6: ip %s/%u gw %s/%u dns %s\n", ipv6(v6.IPAddressV6, a[0]),
		       v6.IPV6PrefixLen, ipv6(v6gw.gwAddressV6, a[1]), v6gw.gwV6PrefixLen,
		       ipv6(v6dns1, a[2]));
}

static void counters(void)
{
	ULONGLONG tx = 0, rx = 0, tx4 = 0, rx4 = 0, tx6 = 0, rx6 = 0;
	ULONG txp = 0, rxp = 0, txe = 0, rxe = 0, txo = 0, rxo = 0, s4 = 0, s6 = 0;
	ULONG cur_tx = 0, cur_rx = 0, max_tx = 0, max_rx = 0, dorm = 0, bearer = 0, mask = 0xFF;
	struct WdsByteTotals bt = { v4_id ? &v4_id : NULL, v6_id ? &v6_id : NULL,
				    { &tx4, &rx4 }, { &tx6, &rx6 } };
	struct WdsPktStatisticsElmnts e4 = { .pTXPacketSuccesses = &s4 };
	struct WdsPktStatisticsElmnts e6 = { .pTXPacketSuccesses = &s6 };
	struct WdsPktStatisticsResp ps = { v4_id ? &v4_id : NULL, v6_id ? &v6_id : NULL, e4, e6 };
	struct WdsPktStatisticsReq preq = { &mask };
	ULONG max4[2] = { 0, 0 }, max6[2] = { 0, 0 };
	struct WdsConnectionRate conn = { v4_id ? &v4_id : NULL, v6_id ? &v6_id : NULL,
					  { NULL, NULL, &max4[0], &max4[1] },
					  { NULL, NULL, &max6[0], &max6[1] } };
	WDSSWICurrentChannelRates cr;
	QmiWDSDataBearerTechnology cur, last;
	QmiWDSDataBearers b = { 0, &cur, &last };
	ULONG rc;

	/* Traffic grows with each session's age: wait for every session's first
	 * bytes (30 s at most: a deadline for a slow, emulated run, not a timing check). */
	for (int i = 0; i < 3000; i++) {
		rc = v4_id || v6_id ? SLQSGetByteTotals(&bt) : eQCWWAN_ERR_NONE;
		if (rc || ((!v4_id || tx4 > 0) && (!v6_id || tx6 > 0)))
			break;
		usleep(10000);
	}
	rc = GetByteTotals(&tx, &rx, 0);
	printf("GetByteTotals: rc %u %s\n", rc, tx > 0 && rx > tx ? "counting" : "zero");
	rc = SLQSGetByteTotals(&bt);
	printf("SLQSGetByteTotals: rc %u v4 %s v6 %s\n", rc,
	       tx4 > 0 && rx4 > 0 ? "counting" : "zero", tx6 > 0 && rx6 > 0 ? "counting" : "zero");
	rc = GetPacketStatus(&txp, &rxp, &txe, &rxe, &txo, &rxo, 0);
	printf("GetPacketStatus: rc %u packets %s errors %u %u overflows %u %u\n", rc,
	       txp > 0 && rxp > 0 ? "counting" : "zero", txe, rxe, txo, rxo);
	rc = SLQSGetPacketStatistics(&preq, &ps);
	printf("SLQSGetPacketStatistics: rc %u v4 %s v6 %s\n", rc, s4 ? "counting" : "zero",
	       s6 ? "counting" : "zero");
	rc = GetConnectionRate(&cur_tx, &cur_rx, &max_tx, &max_rx, 0);
	printf("GetConnectionRate: rc %u max %u %u\n", rc, max_tx, max_rx);
	rc = SLQSGetConnectionRate(&conn);
	printf("SLQSGetConnectionRate: rc %u v4 max %u %u v6 max %u %u\n", rc, max4[0], max4[1],
	       max6[0], max6[1]);
	rc = SLQSGetCurrentChannelRate(&cr, 0);
	printf("SLQSGetCurrentChannelRate: rc %u max %lu %lu\n", rc, cr.max_channel_tx_rate,
	       cr.max_channel_rx_rate);
	rc = GetDormancyState(&dorm, 0);
	printf("GetDormancyState: rc %u state %u\n", rc, dorm);
	rc = GetDataBearerTechnology(&bearer, 0);
	printf("GetDataBearerTechnology: rc %u bearer 0x%02x\n", rc, bearer);
	rc = SLQSGetDataBearerTechnology(&b, 0);
	printf("SLQSGetDataBearerTechnology: rc %u mask %u network %u rat 0x%x\n", rc,
	       b.dataBearerMask, cur.currentNetwork, cur.ratMask);
}

static void autoconnect(void)
{
	ULONG s = 9, rc;

	rc = GetAutoconnect(&s);
	printf("GetAutoconnect: rc %u setting %u\n", rc, s);
	rc = SetAutoconnect(0);
	printf("SetAutoconnect: rc %u\n", rc);
	rc = GetAutoconnect(&s);
	printf("GetAutoconnect after: rc %u setting %u\n", rc, s);
}

static void events(void)
{
	BYTE on = 1;
	TrStatInd stats = { 10, 0xC3 };
	wdsSetEventReportReq r = { .pDataCallStatusChangeInd = &on, .pDormancyStatusInd = &on,
				   .pTransferStatInd = &stats };

	printf("SLQSWdsSetEventReport: rc %u\n", SLQSWdsSetEventReport(&r));
}

static void model(const char *label)
{
	CHAR m[64] = "";
	ULONG rc = GetModelID(sizeof(m), m);

	printf("%s: rc %u model %s\n", label, rc, m);
	fflush(stdout);
}

static void wait_file(const char *path)
{
	while (access(path, F_OK) != 0)
		usleep(20000);
}

static void *start_v4(void *arg)
{
	char args[] = "4";

	(void)arg;
	start(args);
	return NULL;
}

static void holdtest(const char *path)
{
	pthread_t t;
	ULONG s, rc;

	if (pthread_create(&t, NULL, start_v4, NULL)) {
		printf("holdtest: no thread\n");
		return;
	}
	wait_file(path);	/* qmisim holds the Start Network now */
	model("GetModelID while starting");
	s = 0;
	rc = GetSessionState(&s, 0);	/* the same WDS client as the start's */
	printf("GetSessionState while starting: rc %u state %u\n", rc, s);
	fflush(stdout);
	pthread_join(t, NULL);
}

static void errors(void)
{
	struct ssdatasession_params p;
	ULONG u;
	ULONGLONG q;

	memset(&p, 0, sizeof(p));
	p.action = 1;
	p.ipfamily = 5;
	printf("bad family: rc %u\n", SLQSStartStopDataSession(&p));
	p.ipfamily = 4;
	p.instanceId = 9;
	printf("bad instance: rc %u\n", SLQSStartStopDataSession(&p));
	p.instanceId = 0;
	p.action = 2;
	printf("bad action: rc %u\n", SLQSStartStopDataSession(&p));
	printf("null params: rc %u\n", SLQSStartStopDataSession(NULL));
	printf("null GetSessionState: rc %u\n", GetSessionState(NULL, 0));
	printf("null GetByteTotals: rc %u\n", GetByteTotals(&q, NULL, 0));
	printf("null SLQSGetRuntimeSettings: rc %u\n", SLQSGetRuntimeSettings(NULL));
	printf("bad SetAutoconnect: rc %u\n", SetAutoconnect(7));
	printf("no session GetDormancyState: rc %u\n", GetDormancyState(&u, 0));
	p.action = 0;
	p.ipfamily = 6;
	printf("stop without session: rc %u\n", SLQSStartStopDataSession(&p));
}

int main(int argc, char **argv)
{
	if (connect_first_modem("api_wds"))
		return 1;
	for (int i = 1; i < argc; i++) {
		char *arg = argv[i];

		if (!strncmp(arg, "start:", 6))
			start(arg + 6);
		else if (!strncmp(arg, "stop:", 5))
			stop(arg + 5);
		else if (!strcmp(arg, "state"))
			state();
		else if (!strcmp(arg, "settings"))
			settings();
		else if (!strcmp(arg, "counters"))
			counters();
		else if (!strcmp(arg, "autoconnect"))
			autoconnect();
		else if (!strcmp(arg, "events"))
			events();
		else if (!strcmp(arg, "model"))
			model("GetModelID");
		else if (!strncmp(arg, "waitfile:", 9))
			wait_file(arg + 9);
		else if (!strncmp(arg, "holdtest:", 9))
			holdtest(arg + 9);
		else if (!strcmp(arg, "wait")) {
			printf("waiting\n");
			fflush(stdout);
			for (;;)
				pause();
		} else if (!strcmp(arg, "errors"))
			errors();
		else
			printf("unknown step '%s'\n", arg);
		fflush(stdout);
	}
	QCWWANDisconnect();
	return 0;
}
