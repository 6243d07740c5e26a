/*
 * api_wds_cbk: an application of the data session and SDK callbacks
 * (qaGobiApiCbk.h) for the integration tests. It connects to the first
 * modem and reads commands from standard input, one a line:
 *
 *   set session | set packet | set terminated
 *   set events INTERVAL INSTANCE FAMILY
 *                sets one callback; prints "set NAME rc N"
 *   unset session | unset packet | unset terminated | unset events INSTANCE
 *                prints "unset NAME rc N"
 *   start FAMILY starts a data session of family 4, 6 or 7 (both) on
 *                instance 0 (SLQSStartStopDataSession); prints
 *                "start FAMILY rc N v4 ID v6 ID"
 *   mark WORD    prints "mark WORD"
 *   quit         disconnects and exits
 *
 * and answers each with a line "ok". The callbacks print one line per call
 * as they run: "session inst I svc S state N reconfig R reason N ids V4/V6",
 * "packet inst I conn C reason R verbose T/V family F tech X bearer B",
 * "event inst I [dormancy D] [bearer B] [tx-packets N rx-packets N
 * tx-bytes N rx-bytes N]", "terminated TEXT", "device N".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "SWIWWANCMAPI.h"
#include "tests/integration/api_connect.h"

/* ---- the callbacks: one line each ------------------------------------------------ */

static void on_device(eDevState state)
{
	printf("device %u\n", (unsigned)state);
}

static void on_session(slqsSessionStateInfo *s)
{
	printf("session inst %u svc %u state %u reconfig %u reason %u ids %u/%u\n",
	       s->pQmiInterfaceInfo->qaQmiinstanceid, (unsigned)s->pQmiInterfaceInfo->qaQmisvctype,
	       s->state, s->reconfiguration_required, s->sessionEndReason,
	       s->pQmiInterfaceInfo->v4sessionId, s->pQmiInterfaceInfo->v6sessionId);
}

static void on_packet(packetSrvStatus *p)
{
	printf("packet inst %u conn %u reason %u verbose %u/%u family %u tech %x bearer %u\n",
	       p->pQmiInterfaceInfo->qaQmiinstanceid, p->connStatus, p->sessionEndReason,
	       p->verboseSessnEndReasonType, p->verboseSessnEndReason, p->ipFamily, p->techName,
	       p->bearerID);
}

static void on_event(slqsWdsEventInfo *e)
{
	char line[256];
	int n = snprintf(line, sizeof line, "event inst %u", e->pQmiInterfaceInfo->qaQmiinstanceid);

	if (e->pDormancyStatus)
		n += snprintf(line + n, sizeof line - (size_t)n, " dormancy %u", *e->pDormancyStatus);
	if (e->pDataBearer)
		n += snprintf(line + n, sizeof line - (size_t)n, " bearer %u", *e->pDataBearer);
	if (e->pPacketsCountTX && e->pPacketsCountRX && e->pTotalBytesTX && e->pTotalBytesRX)
		snprintf(line + n, sizeof line - (size_t)n,
			 " tx-packets %u rx-packets %u tx-bytes %llu rx-bytes %llu",
			 *e->pPacketsCountTX, *e->pPacketsCountRX,
			 (unsigned long long)*e->pTotalBytesTX, (unsigned long long)*e->pTotalBytesRX);
	printf("%s\n", line);
}

static void on_terminated(BYTE *reason)
{
	printf("terminated %s\n", (const char *)reason);
}

/* ---- commands ------------------------------------------------------------------------ */

static long set_one(const char *name, int on, const char *args)
{
	unsigned interval = 0, instance = 0, family = 0;

	if (!strcmp(name, "session"))
		return SLQSSetSessionStateCallback(on ? on_session : NULL);
	if (!strcmp(name, "packet"))
		return SLQSSetPacketSrvStatusCallback(on ? on_packet : NULL);
	if (!strcmp(name, "terminated"))
		return SLQSSetSDKTerminatedCallback(on ? on_terminated : NULL);
	if (!strcmp(name, "events")) {
		if (on && sscanf(args, "%u %u %u", &interval, &instance, &family) != 3)
			return -1;
		if (!on && sscanf(args, "%u", &instance) != 1)
			return -1;
		return SLQSSetWdsEventCallback(on ? on_event : NULL, (BYTE)interval, (BYTE)instance,
					       (BYTE)family);
	}
	return -1;
}

/* A session of instance 0 (family 4, 6 or 7: both). */
static void start_session(unsigned family)
{
	struct ssdatasession_params p = { .action = 1, .instanceId = 0, .ipfamily = (BYTE)family };
	ULONG rc = SLQSStartStopDataSession(&p);

	printf("start %u rc %u v4 %u v6 %u\n", family, rc, p.v4sessionId, p.v6sessionId);
}

int main(void)
{
	char line[128];

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (connect_first_modem("api_wds_cbk"))
		return 1;
	SetDeviceStateChangeCbk(on_device);
	while (fgets(line, sizeof line, stdin)) {
		char name[32] = "";
		int at = 0;
		unsigned family;

		line[strcspn(line, "\n")] = '\0';
		at = (int)strlen(line);	/* where the arguments start: none by default */
		if (!strcmp(line, "quit"))
			break;
		if (sscanf(line, "set %31s %n", name, &at) == 1) {
			printf("set %s rc %ld\n", name, set_one(name, 1, line + at));
		} else if (sscanf(line, "unset %31s %n", name, &at) == 1) {
			printf("unset %s rc %ld\n", name, set_one(name, 0, line + at));
		} else if (sscanf(line, "start %u", &family) == 1) {
			start_session(family);
		} else if (sscanf(line, "mark %31s", name) == 1) {
			printf("mark %s\n", name);
		} else {
			printf("unknown command: %s\n", line);
		}
		printf("ok\n");
	}
	QCWWANDisconnect();
	return 0;
}
