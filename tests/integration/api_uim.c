/*
 * api_uim: the SIM functions of the public API (qaGobiApiUim.h), as an
 * application calls them; tests/integration/api_uim.sh drives it against
 * qmisim + slqssdk. Each command makes one call and prints its result
 * code and what it filled, as key=value words the script looks for.
 *
 *   api_uim status                  SLQSUIMGetCardStatus
 *   api_uim verify PIN              SLQSUIMVerifyPin (PIN1, session 0)
 *   api_uim unblock PUK NEWPIN      SLQSUIMUnblockPin
 *   api_uim change OLD NEW          SLQSUIMChangePin
 *   api_uim protect on|off PIN      SLQSUIMSetPinProtection
 *   api_uim read FILE [DIR...]      SLQSUIMReadTransparent (hex ids, session 6)
 *   api_uim events MASK             SLQSUIMEventRegister
 *   api_uim slots                   SLQSUIMGetSlotsStatus
 *   api_uim args                    NULL and oversized arguments, NULL members
 *
 * The PIN and read commands use the session named above (0 primary GW
 * provisioning, 6 card slot 1) unless API_UIM_SESSION names another.
 *
 * Exit status 0 when the call was made (whatever its result code), 1 on a
 * usage or connection error or when `args` saw a wrong answer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "SWIWWANCMAPI.h"
#include "tests/integration/api_connect.h"

#define SESSION_PRIMARY_GW 0
#define SESSION_CARD_SLOT1 6
#define PIN1 1

/* The session of a command: DEFAULT, or $API_UIM_SESSION when set (the
 * interop test gives each call the session qmicli chose). */
static BYTE session(BYTE dflt)
{
	const char *env = getenv("API_UIM_SESSION");

	return env && *env ? (BYTE)atoi(env) : dflt;
}

/* Copies an ASCII PIN into a vendor PIN field and its length. */
static void set_pin(BYTE *val, BYTE *len, const char *pin)
{
	*len = (BYTE)strlen(pin);
	memcpy(val, pin, *len);
}

/* What the PIN commands fill: every member set, so every one is checked. */
static remainingRetries retries;
static encryptedPIN1 encrypted_pin1;
static ULONG pin_token;
static UIMPinResp pin_resp = { &retries, &encrypted_pin1, &pin_token };

static int print_pin_result(const char *what, ULONG rc)
{
	printf("%s rc=%u retries=%u/%u enc=%u token=%x\n", what, rc, retries.verifyLeft,
	       retries.unblockLeft, encrypted_pin1.pin1Len, pin_token);
	return 0;
}

static int status(void)
{
	cardStatus cs;
	hotSwapStatus hs;
	UIMGetCardStatusResp resp = { &cs, &hs };
	ULONG rc = SLQSUIMGetCardStatus(&resp);
	const slotInfo *s = &cs.SlotInfo[0];
	const appStatus *a = &s->AppStatus[0];

	if (rc) {
		printf("status rc=%u\n", rc);
		return 0;
	}
	printf("status rc=0 gw=0x%04x 1x=0x%04x slots=%u card=%u upin=%u error=%u apps=%u "
	       "hotswap=%u\n", cs.indexGwPri, cs.index1xPri, cs.numSlot, s->cardState,
	       s->upinState, s->errorState, s->numApp, hs.hotSwapLength);
	if (s->numApp)
		printf("app type=%u state=%u perso=%u aid=%u pin1=%u %u/%u pin2=%u %u/%u\n",
		       a->appType, a->appState, a->persoState, a->aidLength, a->pin1State,
		       a->pin1Retries, a->puk1Retries, a->pin2State, a->pin2Retries,
		       a->puk2Retries);
	return 0;
}

static int verify(const char *pin)
{
	UIMVerifyPinReq req = { .sessionInfo = { session(SESSION_PRIMARY_GW), 0, { 0 } } };

	req.verifyPIN.pinID = PIN1;
	set_pin(req.verifyPIN.pinVal, &req.verifyPIN.pinLen, pin);
	return print_pin_result("verify", SLQSUIMVerifyPin(&req, &pin_resp));
}

static int unblock(const char *puk, const char *pin)
{
	UIMUnblockPinReq req = { .sessionInfo = { session(SESSION_PRIMARY_GW), 0, { 0 } } };

	req.unblockPIN.pinID = PIN1;
	set_pin(req.unblockPIN.pukVal, &req.unblockPIN.pukLen, puk);
	set_pin(req.unblockPIN.newPINVal, &req.unblockPIN.newPINLen, pin);
	return print_pin_result("unblock", SLQSUIMUnblockPin(&req, &pin_resp));
}

static int change(const char *old_pin, const char *new_pin)
{
	UIMChangePinReq req = { .sessionInfo = { session(SESSION_CARD_SLOT1), 0, { 0 } } };

	req.changePIN.pinID = PIN1;
	set_pin(req.changePIN.oldPINVal, &req.changePIN.oldPINLen, old_pin);
	set_pin(req.changePIN.pinVal, &req.changePIN.pinLen, new_pin);
	return print_pin_result("change", SLQSUIMChangePin(&req, &pin_resp));
}

static int protect(const char *on, const char *pin)
{
	UIMSetPinProtectionReq req = { .sessionInfo = { session(SESSION_CARD_SLOT1), 0, { 0 } } };

	req.pinProtection.pinID = PIN1;
	req.pinProtection.pinOperation = !strcmp(on, "on");
	set_pin(req.pinProtection.pinValue, &req.pinProtection.pinLength, pin);
	return print_pin_result("protect", SLQSUIMSetPinProtection(&req, &pin_resp));
}

static int read_file(int argc, char **argv)
{
	static UIMReadTransparentReq req;
	cardResult cr;
	readResult rr;
	ULONG token;
	BYTE encrypted;
	UIMReadTransparentResp resp = { &cr, &rr, &token, &encrypted };
	ULONG rc;

	req.sessionInfo.sessionType = session(SESSION_CARD_SLOT1);
	req.fileIndex.fileID = (WORD)strtoul(argv[0], NULL, 16);
	for (int i = 1; i < argc && i <= MAX_PATH_LENGTH; i++)
		req.fileIndex.path[i - 1] = (WORD)strtoul(argv[i], NULL, 16);
	req.fileIndex.pathLen = (BYTE)(2 * (argc - 1));
	rc = SLQSUIMReadTransparent(&req, &resp);
	printf("read rc=%u sw=%02x %02x token=%x encrypted=%u len=%u data=", rc, cr.sw1, cr.sw2,
	       token, encrypted, rr.contentLen);
	for (WORD i = 0; i < rr.contentLen; i++)
		printf("%02x", rr.content[i]);
	printf("\n");
	return 0;
}

static int events(const char *mask)
{
	UIMEventRegisterReqResp ev = { (ULONG)strtoul(mask, NULL, 0) };
	ULONG rc = SLQSUIMEventRegister(&ev);

	printf("events rc=%u mask=0x%x\n", rc, ev.eventMask);
	return 0;
}

static int slots(void)
{
	static UIMSlotsStatus st;
	BYTE n = 0xEE;
	UIMGetSlotsStatusResp resp = { &n, &st };
	ULONG rc = SLQSUIMGetSlotsStatus(&resp);

	printf("slots rc=%u n=%u\n", rc, rc ? 0 : n);
	for (BYTE i = 0; !rc && i < n; i++) {
		const UIMSlotStatus *sl = &st.uimSlotStatus[i];

		printf("slot card=%u state=%u logical=%u iccid=%u data=", sl->uPhyCardStatus,
		       sl->uPhySlotStatus, sl->bLogicalSlot, sl->bICCIDLength);
		for (BYTE j = 0; j < sl->bICCIDLength; j++)
			printf("%02x", sl->bICCID[j]);
		printf("\n");
	}
	return 0;
}

/* ---- arguments ------------------------------------------------------------------------ */

static int bad;

static void expect(const char *what, ULONG got, ULONG want)
{
	printf("args: %s %s (%u)\n", what, got == want ? "ok" : "WRONG", got);
	bad += got != want;
}

/* NULL and oversized arguments are refused before anything is sent; NULL members are skipped. */
static int args(void)
{
	UIMPinResp none = { NULL, NULL, NULL };
	UIMVerifyPinReq vp = { .sessionInfo = { SESSION_PRIMARY_GW, 0, { 0 } } };
	UIMUnblockPinReq up = { .sessionInfo = { SESSION_PRIMARY_GW, 0, { 0 } } };
	UIMChangePinReq cp = { .sessionInfo = { SESSION_PRIMARY_GW, 0, { 0 } } };
	UIMSetPinProtectionReq sp = { .sessionInfo = { SESSION_PRIMARY_GW, 0, { 0 } } };
	static UIMReadTransparentReq rt;
	UIMReadTransparentResp rt_none = { NULL, NULL, NULL, NULL };
	UIMGetCardStatusResp cs_none = { NULL, NULL };

	expect("GetCardStatus(NULL)", SLQSUIMGetCardStatus(NULL), eQCWWAN_ERR_INVALID_ARG);
	expect("VerifyPin(NULL, resp)", SLQSUIMVerifyPin(NULL, &none), eQCWWAN_ERR_INVALID_ARG);
	expect("VerifyPin(req, NULL)", SLQSUIMVerifyPin(&vp, NULL), eQCWWAN_ERR_INVALID_ARG);
	expect("UnblockPin(NULL, resp)", SLQSUIMUnblockPin(NULL, &none), eQCWWAN_ERR_INVALID_ARG);
	expect("ChangePin(req, NULL)", SLQSUIMChangePin(&cp, NULL), eQCWWAN_ERR_INVALID_ARG);
	expect("SetPinProtection(NULL, resp)", SLQSUIMSetPinProtection(NULL, &none),
	       eQCWWAN_ERR_INVALID_ARG);
	expect("ReadTransparent(NULL, resp)", SLQSUIMReadTransparent(NULL, &rt_none),
	       eQCWWAN_ERR_INVALID_ARG);
	expect("ReadTransparent(req, NULL)", SLQSUIMReadTransparent(&rt, NULL),
	       eQCWWAN_ERR_INVALID_ARG);
	expect("EventRegister(NULL)", SLQSUIMEventRegister(NULL), eQCWWAN_ERR_INVALID_ARG);
	expect("GetSlotsStatus(NULL)", SLQSUIMGetSlotsStatus(NULL), eQCWWAN_ERR_INVALID_ARG);

	/* Too long for the request: refused, not cut (and so not counted by the card). */
	vp.verifyPIN.pinID = PIN1;
	set_pin(vp.verifyPIN.pinVal, &vp.verifyPIN.pinLen, "12345678901234567");
	expect("a 17-digit PIN", SLQSUIMVerifyPin(&vp, &none), eQCWWAN_ERR_INVALID_ARG);
	set_pin(up.unblockPIN.pukVal, &up.unblockPIN.pukLen, "11111111");
	up.unblockPIN.newPINLen = 200;
	expect("a 200-byte new PIN", SLQSUIMUnblockPin(&up, &none), eQCWWAN_ERR_INVALID_ARG);
	sp.sessionInfo.aidLength = 33;
	expect("a 33-byte AID", SLQSUIMSetPinProtection(&sp, &none), eQCWWAN_ERR_INVALID_ARG);
	rt.sessionInfo.sessionType = SESSION_CARD_SLOT1;
	rt.fileIndex.fileID = 0x2FE2;
	rt.fileIndex.path[0] = 0x3F00;
	rt.fileIndex.pathLen = 3;
	expect("an odd path length", SLQSUIMReadTransparent(&rt, &rt_none), eQCWWAN_ERR_INVALID_ARG);
	rt.fileIndex.pathLen = 18;
	expect("a path of 9 ids", SLQSUIMReadTransparent(&rt, &rt_none), eQCWWAN_ERR_INVALID_ARG);

	/* Members left NULL are not filled, the calls still work. */
	expect("GetCardStatus with NULL members", SLQSUIMGetCardStatus(&cs_none), 0);
	rt.fileIndex.pathLen = 2;
	expect("ReadTransparent with NULL members", SLQSUIMReadTransparent(&rt, &rt_none), 0);
	printf("args: %s\n", bad ? "some WRONG" : "all ok");
	return bad ? 1 : 0;
}

int main(int argc, char **argv)
{
	const char *cmd = argc > 1 ? argv[1] : "";
	int rc;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (connect_first_modem("api_uim"))
		return 1;
	if (!strcmp(cmd, "status"))
		rc = status();
	else if (!strcmp(cmd, "verify") && argc == 3)
		rc = verify(argv[2]);
	else if (!strcmp(cmd, "unblock") && argc == 4)
		rc = unblock(argv[2], argv[3]);
	else if (!strcmp(cmd, "change") && argc == 4)
		rc = change(argv[2], argv[3]);
	else if (!strcmp(cmd, "protect") && argc == 4)
		rc = protect(argv[2], argv[3]);
	else if (!strcmp(cmd, "read") && argc >= 3)
		rc = read_file(argc - 2, argv + 2);
	else if (!strcmp(cmd, "events") && argc == 3)
		rc = events(argv[2]);
	else if (!strcmp(cmd, "slots"))
		rc = slots();
	else if (!strcmp(cmd, "args"))
		rc = args();
	else {
		fprintf(stderr, "api_uim: usage: see the top of api_uim.c\n");
		rc = 1;
	}
	QCWWANDisconnect();
	return rc;
}
