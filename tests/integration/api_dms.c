/*
 * api_dms: an application of the SDK calling the DMS functions
 * (qaGobiApiDms.h) the way a customer's program would, public API only.
 * tests/integration/api_dms.sh drives it against qmisim + slqssdk.
 *
 * Each argument is a step, run in order in one process (so the legacy
 * SIM fallback's memory carries from one step to the next); a step prints
 * one line, "NAME: rc=N ..." with the return code and the values:
 *
 *   ids              GetHardwareRevision, GetFirmwareRevisions, GetSerialNumbers
 *   voice            GetVoiceNumber
 *   caps             GetDeviceCapabilities      caps:N  the same with room for N
 *   bands            SLQSGetBandCapability
 *   prl  prlinfo     GetPRLVersion, SLQSGetCurrentPRLInfo
 *   time             GetNetworkTime
 *   power            GetPower                   setpower:M  SetPower(M)
 *   iccid  imsi      UIMGetICCID, GetIMSI
 *   uimstate         SLQSUIMGetState
 *   pinstatus:ID     UIMGetPINStatus
 *   verify:ID:PIN  unblock:ID:PUK:NEW  change:ID:OLD:NEW
 *   small            every string function with a buffer one byte short
 *   args             every function with NULL arguments
 *   statecb          SetDeviceStateChangeCbk (needed by waitreset)
 *   waitreset        waits for DISCONNECTED then READY
 *   sh:CMD           runs `sh -c CMD`
 *
 * Exit status 0 when every step ran (whatever the codes), 1 otherwise.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "SWIWWANCMAPI.h"
#include "tests/integration/api_connect.h"

static int fail(const char *what, ULONG rc)
{
	fprintf(stderr, "api_dms: %s failed: %u\n", what, rc);
	return 1;
}

/* ---- device-state callback ------------------------------------------------------ */

static pthread_mutex_t seen_lock = PTHREAD_MUTEX_INITIALIZER;
static char seen[64];

static void on_state(eDevState s)
{
	pthread_mutex_lock(&seen_lock);
	strncat(seen, s == DEVICE_STATE_READY ? "R" : "D", sizeof seen - strlen(seen) - 1);
	pthread_mutex_unlock(&seen_lock);
}

static int wait_reset(void)
{
	char got[sizeof seen] = "";

	for (int i = 0; i < 3000 && !strstr(got, "DR"); i++) {
		usleep(10000);
		pthread_mutex_lock(&seen_lock);
		memcpy(got, seen, sizeof got);
		pthread_mutex_unlock(&seen_lock);
	}
	printf("waitreset: states=%s\n", got);
	pthread_mutex_lock(&seen_lock);
	seen[0] = '\0';
	pthread_mutex_unlock(&seen_lock);
	return strstr(got, "DR") ? 0 : 1;
}

/* ---- steps ------------------------------------------------------------------------ */

static void ids(void)
{
	CHAR a[255], b[255], c[255];
	ULONG rc = GetHardwareRevision(sizeof a, a);

	printf("hardware: rc=%u '%s'\n", rc, a);
	rc = GetFirmwareRevisions(sizeof a, a, sizeof b, b, sizeof c, c);
	printf("revisions: rc=%u amss='%s' boot='%s' pri='%s'\n", rc, a, b, c);
	rc = GetSerialNumbers(sizeof a, a, sizeof b, b, sizeof c, c);
	printf("serials: rc=%u esn='%s' imei='%s' meid='%s'\n", rc, a, b, c);
	/* Size 0: not wanted, and not written. */
	strcpy(a, "untouched");
	rc = GetSerialNumbers(0, a, sizeof b, b, 0, c);
	printf("imei only: rc=%u esn='%s' imei='%s'\n", rc, a, b);
}

static void caps(ULONG room)
{
	ULONG tx = 0, rx = 0, data = 0, sim = 0, n = room;
	BYTE ifs[64] = { 0 };
	ULONG rc = GetDeviceCapabilities(&tx, &rx, &data, &sim, &n, ifs);

	printf("caps: rc=%u tx=%u rx=%u data=%u sim=%u n=%u ifaces=", rc, tx, rx, data, sim, n);
	for (ULONG i = 0; !rc && i < n; i++)
		printf("%s%u", i ? "," : "", ifs[i]);
	printf("\n");
}

static void strings_step(const char *name, ULONG (*fn)(BYTE, CHAR *))
{
	CHAR s[255] = "";
	ULONG rc = fn(sizeof s, s);

	printf("%s: rc=%u '%s'\n", name, rc, s);
}

static void pin_step(const char *spec)
{
	char op[16] = "", x[32] = "", y[32] = "";
	unsigned id = 0;
	ULONG v = 0, u = 0, rc;

	sscanf(spec, "%15[^:]:%u:%31[^:]:%31s", op, &id, x, y);
	if (!strcmp(op, "verify"))
		rc = UIMVerifyPIN(id, x, &v, &u);
	else if (!strcmp(op, "unblock"))
		rc = UIMUnblockPIN(id, x, y, &v, &u);
	else
		rc = UIMChangePIN(id, x, y, &v, &u);
	printf("%s: rc=%u verify=%d unblock=%d\n", spec, rc, (int)v, (int)u);
}

static void pin_status(unsigned id)
{
	ULONG s = 0, v = 0, u = 0, rc = UIMGetPINStatus(id, &s, &v, &u);

	printf("pinstatus:%u: rc=%u status=%d verify=%d unblock=%d\n", id, rc, (int)s, (int)v,
	       (int)u);
}

/* Every string function with a buffer one byte short of the value: BUFFER_SZ, "" left. */
static void small(void)
{
	static const struct {
		const char *name;
		ULONG (*fn)(BYTE, CHAR *);
	} fns[] = {
		{ "GetHardwareRevision", GetHardwareRevision }, { "UIMGetICCID", UIMGetICCID },
		{ "GetIMSI", GetIMSI },
	};
	CHAR a[255], b[255], c[255];
	int bad = 0;

	for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
		ULONG rc = fns[i].fn(sizeof a, a);

		if (rc || fns[i].fn((BYTE)strlen(a), a) != eQCWWAN_ERR_BUFFER_SZ || a[0]) {
			printf("small: %s not BUFFER_SZ\n", fns[i].name);
			bad++;
		}
	}
	if (GetFirmwareRevisions(sizeof a, a, 0, b, 0, c) ||
	    GetFirmwareRevisions((BYTE)strlen(a), a, sizeof b, b, sizeof c, c) !=
	    eQCWWAN_ERR_BUFFER_SZ || a[0] || b[0]) {
		printf("small: GetFirmwareRevisions not BUFFER_SZ\n");
		bad++;
	}
	if (GetSerialNumbers(sizeof a, a, sizeof b, b, sizeof c, c) ||
	    GetSerialNumbers(sizeof a, a, (BYTE)strlen(b), b, sizeof c, c) !=
	    eQCWWAN_ERR_BUFFER_SZ || a[0] || b[0] || c[0]) {
		printf("small: GetSerialNumbers not BUFFER_SZ\n");
		bad++;
	}
	if (GetVoiceNumber(sizeof a, a, sizeof b, b) ||
	    GetVoiceNumber((BYTE)strlen(a), a, sizeof b, b) != eQCWWAN_ERR_BUFFER_SZ || a[0]) {
		printf("small: GetVoiceNumber not BUFFER_SZ\n");
		bad++;
	}
	printf("small: %d wrong\n", bad);
}

/* Every function with a NULL where a value is required: INVALID_ARG, nothing sent. */
static void args(void)
{
	CHAR s[32];
	ULONG l = 8, v, u;
	ULONGLONG ll;
	BYTE ifs[8];
	const ULONG want = eQCWWAN_ERR_INVALID_ARG;
	const ULONG got[] = {
		GetHardwareRevision(sizeof s, NULL), GetFirmwareRevisions(8, s, 8, NULL, 8, s),
		GetSerialNumbers(8, NULL, 8, s, 8, s), GetVoiceNumber(8, s, 8, NULL),
		GetDeviceCapabilities(&l, &l, &l, &l, &l, NULL),
		GetDeviceCapabilities(NULL, &l, &l, &l, &l, ifs), SLQSGetBandCapability(NULL),
		GetPRLVersion(NULL), SLQSGetCurrentPRLInfo(NULL), GetNetworkTime(&ll, NULL),
		GetNetworkTime(NULL, &l), GetPower(NULL), SetPower(256), UIMGetICCID(8, NULL),
		GetIMSI(8, NULL), UIMGetPINStatus(1, &l, NULL, &u), UIMGetPINStatus(3, &l, &v, &u),
		UIMGetPINStatus(0, &l, &v, &u), UIMVerifyPIN(1, NULL, &v, &u),
		UIMVerifyPIN(1, "1234", NULL, &u), UIMVerifyPIN(256, "1234", &v, &u),
		UIMVerifyPIN(1, "12345678901234567", &v, &u), UIMUnblockPIN(1, "12345678", NULL, &v, &u),
		UIMUnblockPIN(1, NULL, "1234", &v, &u), UIMChangePIN(1, "1234", NULL, &v, &u),
		UIMChangePIN(1, "1234", "5678", &v, NULL), SLQSUIMGetState(NULL),
	};
	int bad = 0;

	for (size_t i = 0; i < sizeof got / sizeof got[0]; i++) {
		if (got[i] != want) {
			printf("args: call %zu gave %u\n", i, got[i]);
			bad++;
		}
	}
	/* Size 0 for a one-string function: no room for the NUL. */
	if (UIMGetICCID(0, s) != eQCWWAN_ERR_BUFFER_SZ || GetIMSI(0, s) != eQCWWAN_ERR_BUFFER_SZ ||
	    GetHardwareRevision(0, s) != eQCWWAN_ERR_BUFFER_SZ) {
		printf("args: size 0 not BUFFER_SZ\n");
		bad++;
	}
	printf("args: %d wrong\n", bad);
}

static int step(const char *a)
{
	ULONG rc, x = 0, y = 0;
	ULONGLONG ll = 0;
	WORD w = 0;
	BYTE b = 0;

	if (!strcmp(a, "ids")) {
		ids();
	} else if (!strcmp(a, "voice")) {
		CHAR v[255] = "", m[255] = "x";

		rc = GetVoiceNumber(sizeof v, v, sizeof m, m);
		printf("voice: rc=%u number='%s' min='%s'\n", rc, v, m);
	} else if (!strncmp(a, "caps", 4)) {
		caps(a[4] == ':' ? (ULONG)atoi(a + 5) : 64);
	} else if (!strcmp(a, "bands")) {
		rc = SLQSGetBandCapability(&ll);
		printf("bands: rc=%u 0x%llX\n", rc, (unsigned long long)ll);
	} else if (!strcmp(a, "prl")) {
		rc = GetPRLVersion(&w);
		printf("prl: rc=%u version=%u\n", rc, w);
	} else if (!strcmp(a, "prlinfo")) {
		dmsCurrentPRLInfo info = { &w, &b };

		rc = SLQSGetCurrentPRLInfo(&info);
		printf("prlinfo: rc=%u version=%u preference=%u\n", rc, w, b);
	} else if (!strcmp(a, "time")) {
		rc = GetNetworkTime(&ll, &x);
		printf("time: rc=%u count=%llu source=%u\n", rc, (unsigned long long)ll, x);
	} else if (!strcmp(a, "power")) {
		rc = GetPower(&x);
		printf("power: rc=%u mode=%u\n", rc, x);
	} else if (!strncmp(a, "setpower:", 9)) {
		rc = SetPower((ULONG)strtoul(a + 9, NULL, 0));
		printf("%s: rc=%u\n", a, rc);
	} else if (!strcmp(a, "iccid")) {
		strings_step(a, UIMGetICCID);
	} else if (!strcmp(a, "imsi")) {
		strings_step(a, GetIMSI);
	} else if (!strcmp(a, "uimstate")) {
		rc = SLQSUIMGetState(&y);
		printf("uimstate: rc=%u state=%u\n", rc, y);
	} else if (!strncmp(a, "pinstatus:", 10)) {
		pin_status((unsigned)atoi(a + 10));
	} else if (!strncmp(a, "verify:", 7) || !strncmp(a, "unblock:", 8) ||
		   !strncmp(a, "change:", 7)) {
		pin_step(a);
	} else if (!strcmp(a, "small")) {
		small();
	} else if (!strcmp(a, "args")) {
		args();
	} else if (!strcmp(a, "statecb")) {
		rc = SetDeviceStateChangeCbk(on_state);
		if (rc)
			return fail("SetDeviceStateChangeCbk", rc);
	} else if (!strcmp(a, "waitreset")) {
		return wait_reset();
	} else if (!strncmp(a, "sh:", 3)) {
		if (system(a + 3) != 0)
			return fail(a, 0);
	} else {
		return fail("unknown step (see the top of api_dms.c)", 0);
	}
	return 0;
}

int main(int argc, char **argv)
{
	int rc;

	setvbuf(stdout, NULL, _IOLBF, 0);
	rc = connect_first_modem("api_dms");
	for (int i = 1; i < argc && !rc; i++)
		rc = step(argv[i]);
	QCWWANDisconnect();
	return rc;
}
