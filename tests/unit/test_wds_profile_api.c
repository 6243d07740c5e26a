/*
 * The WDS profile functions (pkgs/wds/wds_profile_api.c) against a fake
 * modem: this file defines slqs_qmi_call() (and slqs_copy_string(), the
 * rest of call.c the functions use), so their requests are encoded with the
 * real tables and compared byte for byte, and canned answers (byte
 * fixtures) are decoded into their arguments. Checked here: every filled
 * member in both directions, sizes, extended errors, refusals that send
 * nothing, and the two requests of SetDefaultProfile().
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "SWIWWANCMAPI.h"
#include "core/codec.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/wds/wds_msg.h"
#include "tests/unit/msg_fixture.h"

/* ---- the fake modem -------------------------------------------------------------- */

#define MAX_CALLS 4

static struct {
	int calls;
	const struct qmi_msg *msg[MAX_CALLS];	/* the requests, in order */
	uint8_t req[MAX_CALLS][512];		/* their TLV areas */
	size_t req_len[MAX_CALLS];
	const uint8_t *answer[MAX_CALLS];	/* the canned responses, result included */
	size_t answer_len[MAX_CALLS];
} fake;

#define ANSWER(i, bytes) (fake.answer[i] = (bytes), fake.answer_len[i] = sizeof(bytes))

ULONG slqs_qmi_call(const struct qmi_msg *msg, const void *req, void *rsp, ULONG timeout_ms)
{
	int i = fake.calls++;
	struct qmi_result res;

	assert_true(i < MAX_CALLS);
	assert_int_equal(timeout_ms, SLQS_TIMEOUT_DEFAULT);
	fake.msg[i] = msg;
	fake.req_len[i] = req ? msg_fx_encode_area(msg, QMI_REQUEST, req, fake.req[i],
						   sizeof(fake.req[i]))
			      : 0;
	if (msg_fx_read(msg, QMI_RESPONSE, fake.answer[i], fake.answer_len[i], rsp, &res))
		return eQCWWAN_ERR_MALFORMED_QMI_RSP;
	return res.result ? eQCWWAN_ERR_QMI_OFFSET + res.error : eQCWWAN_ERR_NONE;
}

static int reset_fake(void **state)
{
	(void)state;
	memset(&fake, 0, sizeof(fake));
	return 0;
}

/* Request i was msg with exactly these TLVs. */
static void expect_request(int i, const struct qmi_msg *msg, const uint8_t *bytes, size_t len)
{
	assert_true(i < fake.calls);
	assert_ptr_equal(fake.msg[i], msg);
	assert_int_equal(fake.req_len[i], len);
	assert_memory_equal(fake.req[i], bytes, len);
}

#define EXPECT_REQUEST(i, msg, bytes) expect_request(i, msg, bytes, sizeof(bytes))

#define OK_RESULT 0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00
#define FAILED(e) 0x02, 0x04, 0x00, 0x01, 0x00, (e), 0x00
/* ExtendedInternal (81) with DS profile error `code` in TLV 0xE0. */
#define EXTENDED(code) FAILED(81), 0xE0, 0x02, 0x00, (code) & 0xFF, (code) >> 8

static const uint8_t ok_only[] = { OK_RESULT };

/* ---- create ---------------------------------------------------------------------- */

static void create_sends_every_member_given(void **state)
{
	static const uint8_t expect[] = {
		0x01, 0x01, 0x00, 0x00,					/* 3GPP */
		0x10, 0x03, 0x00, 'i', 'o', 't',
		0x11, 0x01, 0x00, 0x03,					/* IPv4v6 */
		0x14, 0x08, 0x00, 'i', 'n', 't', 'e', 'r', 'n', 'e', 't',
		0x15, 0x04, 0x00, 0x08, 0x08, 0x08, 0x08,
		0x1B, 0x04, 0x00, 'u', 's', 'e', 'r',
		0x1C, 0x02, 0x00, 'p', 'w',
		0x1D, 0x01, 0x00, 0x02,					/* CHAP */
		0x1E, 0x04, 0x00, 0x01, 0x00, 0x00, 0x0A,		/* 10.0.0.1 */
		0x25, 0x01, 0x00, 0x07,
		0x28, 0x10, 0x00, 0x20, 0x01, 0x0D, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01,
		0x2E, 0x11, 0x00, 0x09, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0,
	};
	static const uint8_t answer[] = { OK_RESULT, 0x01, 0x02, 0x00, 0x00, 0x03 };
	BYTE type = 0, pdp = 3, auth = 2, context = 7, out_type = 0xFF, out_index = 0;
	WORD name_size = 3, pw_size = 2;
	ULONG dns1 = 0x08080808, ip = 0x0A000001;
	USHORT ipv6[8] = { 0x2001, 0x0DB8, 0, 0, 0, 0, 0, 1 };
	struct QosClassID lte = { 9, 1, 2, 3, 4 };
	struct CreateProfileIn in = { .pProfileType = &type };
	struct CreateProfileOut out = { &out_type, &out_index, NULL };
	struct Profile3GPP *p = &in.curProfile.SlqsProfile3GPP;

	(void)state;
	p->pProfilename = "iot-extra";		/* the size cuts it */
	p->pProfilenameSize = &name_size;
	p->pPDPtype = &pdp;
	p->pAPNName = "internet";		/* no size: all of it */
	p->pPriDNSIPv4AddPref = &dns1;
	p->pUsername = "user";
	p->pPassword = "pw";
	p->pPasswordSize = &pw_size;
	p->pAuthenticationPref = &auth;
	p->pIPv4AddrPref = &ip;
	p->pPdpContext = &context;
	p->pIPv6AddPref = ipv6;
	p->pQosClassID = &lte;
	ANSWER(0, answer);
	assert_int_equal(SLQSCreateProfile(&in, &out), eQCWWAN_ERR_NONE);
	EXPECT_REQUEST(0, &slqs_wds_create_profile, expect);
	assert_int_equal(out_type, 0);
	assert_int_equal(out_index, 3);
}

static void create_returns_the_extended_error(void **state)
{
	static const uint8_t answer[] = { EXTENDED(1006) };
	BYTE type = 0, index = 0xEE;
	USHORT ext = 0;
	struct CreateProfileIn in = { .pProfileType = &type };
	struct CreateProfileOut out = { NULL, &index, &ext };

	(void)state;
	ANSWER(0, answer);
	assert_int_equal(SLQSCreateProfile(&in, &out), eQCWWAN_ERR_QMI_EXTENDED_INTERNAL);
	assert_int_equal(ext, 1006);
	assert_int_equal(index, 0xEE);		/* untouched */
}

static void create_success_without_an_index_is_malformed(void **state)
{
	BYTE type = 0;
	struct CreateProfileIn in = { .pProfileType = &type };
	struct CreateProfileOut out = { 0 };

	(void)state;
	ANSWER(0, ok_only);
	assert_int_equal(SLQSCreateProfile(&in, &out), eQCWWAN_ERR_MALFORMED_QMI_RSP);
}

static void refusals_send_nothing(void **state)
{
	BYTE type = 0, type2 = 1, bad_type = 7, id = 1, byte = 1;
	ULONG timeout = 60;
	struct TFTIDParams tft = { 0 };
	char long_apn[WDS_APN_MAX + 2];
	struct CreateProfileIn in = { .pProfileType = &type };
	struct CreateProfileOut out = { 0 };
	struct ModifyProfileIn min = { .pProfileID = &id, .pProfileType = &type };
	struct ModifyProfileOut mout = { 0 };
	GetProfileSettingIn gin = { 0, 1 };

	(void)state;
	memset(long_apn, 'a', sizeof(long_apn) - 1);
	long_apn[sizeof(long_apn) - 1] = '\0';
	assert_int_equal(SLQSCreateProfile(NULL, &out), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSCreateProfile(&in, NULL), eQCWWAN_ERR_INVALID_ARG);
	in.pProfileType = NULL;
	assert_int_equal(SLQSCreateProfile(&in, &out), eQCWWAN_ERR_INVALID_ARG);
	in.pProfileType = &bad_type;
	assert_int_equal(SLQSCreateProfile(&in, &out), eQCWWAN_ERR_INVALID_ARG);
	in.pProfileType = &type;
	in.curProfile.SlqsProfile3GPP.pTFTID1Params = &tft;
	assert_int_equal(SLQSCreateProfile(&in, &out), eQCWWAN_ERR_INVALID_ARG);
	in.curProfile.SlqsProfile3GPP.pTFTID1Params = NULL;
	in.curProfile.SlqsProfile3GPP.pPDNInactivTimeout = &timeout;
	assert_int_equal(SLQSCreateProfile(&in, &out), eQCWWAN_ERR_INVALID_ARG);
	in.curProfile.SlqsProfile3GPP.pPDNInactivTimeout = NULL;
	in.curProfile.SlqsProfile3GPP.pAPNName = long_apn;
	assert_int_equal(SLQSCreateProfile(&in, &out), eQCWWAN_ERR_INVALID_ARG);
	memset(&in.curProfile, 0, sizeof(in.curProfile));
	in.pProfileType = &type2;
	in.curProfile.SlqsProfile3GPP2.pAllowLinger = &byte;	/* 3GPP2 settings: not sent */
	assert_int_equal(SLQSCreateProfile(&in, &out), eQCWWAN_ERR_INVALID_ARG);

	assert_int_equal(SLQSModifyProfile(NULL, &mout), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSModifyProfile(&min, NULL), eQCWWAN_ERR_INVALID_ARG);
	min.pProfileID = NULL;
	assert_int_equal(SLQSModifyProfile(&min, &mout), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSDeleteProfile(NULL, NULL), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSGetProfileSettings(NULL, NULL), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSGetProfileSettings(&gin, NULL), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSGetProfile(0x100, 1, NULL, NULL, NULL, NULL, NULL, 0, NULL, 0, NULL,
					0, NULL, NULL),
			 eQCWWAN_ERR_INVALID_ARG);
	timeout = 0x100;
	assert_int_equal(SLQSSetProfile(0, 1, &timeout, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
					NULL),
			 eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(fake.calls, 0);
}

static void create_at_an_index_is_sierras_indexed_create(void **state)
{
	static const uint8_t expect[] = {
		0x01, 0x02, 0x00, 0x00, 0x05,				/* 3GPP, index 5 */
		0x14, 0x03, 0x00, 'a', 'p', 'n',
	};
	static const uint8_t answer[] = { OK_RESULT, 0x01, 0x02, 0x00, 0x00, 0x05 };
	static const uint8_t unknown[] = { FAILED(71) };	/* InvalidQmiCommand */
	BYTE type = 0, id = 5, index = 0;
	struct CreateProfileIn in = { .pProfileID = &id, .pProfileType = &type };
	struct CreateProfileOut out = { NULL, &index, NULL };

	(void)state;
	in.curProfile.SlqsProfile3GPP.pAPNName = "apn";
	ANSWER(0, answer);
	ANSWER(1, unknown);
	assert_int_equal(SLQSCreateProfile(&in, &out), eQCWWAN_ERR_NONE);
	EXPECT_REQUEST(0, &slqs_wds_swi_create_profile_indexed, expect);
	assert_int_equal(index, 5);
	assert_int_equal(SLQSCreateProfile(&in, &out), eQCWWAN_ERR_QMI_INVALID_QMI_CMD);
}

static void a_3gpp2_profile_travels_as_its_type(void **state)
{
	static const uint8_t expect[] = { 0x01, 0x01, 0x00, 0x01 };
	static const uint8_t answer[] = { OK_RESULT, 0x01, 0x02, 0x00, 0x01, 0x65 };
	BYTE type = 1, index = 0;
	struct CreateProfileIn in = { .pProfileType = &type };
	struct CreateProfileOut out = { NULL, &index, NULL };

	(void)state;
	ANSWER(0, answer);
	assert_int_equal(SLQSCreateProfile(&in, &out), eQCWWAN_ERR_NONE);
	EXPECT_REQUEST(0, &slqs_wds_create_profile, expect);
	assert_int_equal(index, 101);
}

/* ---- modify, delete -------------------------------------------------------------- */

static void modify_sends_the_identifier_and_the_changes(void **state)
{
	static const uint8_t expect[] = {
		0x01, 0x02, 0x00, 0x00, 0x02,				/* 3GPP, index 2 */
		0x14, 0x03, 0x00, 'i', 'n', 't',
		0x19, 0x14, 0x00, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0, 5, 0, 0, 0,
		0x2F, 0x01, 0x00, 0x01,
	};
	BYTE type = 0, id = 2, disabled = 1;
	WORD apn_size = 3;
	struct GPRSRequestedQoS gprs = { 1, 2, 3, 4, 5 };
	USHORT ext = 0xAAAA;
	struct ModifyProfileIn in = { .pProfileID = &id, .pProfileType = &type };
	struct ModifyProfileOut out = { &ext };

	(void)state;
	in.curProfile.SlqsProfile3GPP.pAPNName = "internet";
	in.curProfile.SlqsProfile3GPP.pAPNnameSize = &apn_size;
	in.curProfile.SlqsProfile3GPP.pGPRSRequestedQos = &gprs;
	in.curProfile.SlqsProfile3GPP.pAPNDisabledFlag = &disabled;
	ANSWER(0, ok_only);
	assert_int_equal(SLQSModifyProfile(&in, &out), eQCWWAN_ERR_NONE);
	EXPECT_REQUEST(0, &slqs_wds_modify_profile, expect);
	assert_int_equal(ext, 0xAAAA);		/* no error: untouched */
}

static void modify_returns_the_extended_error(void **state)
{
	static const uint8_t answer[] = { EXTENDED(1003) };
	BYTE type = 0, id = 9;
	USHORT ext = 0;
	struct ModifyProfileIn in = { .pProfileID = &id, .pProfileType = &type };
	struct ModifyProfileOut out = { &ext };

	(void)state;
	ANSWER(0, answer);
	assert_int_equal(SLQSModifyProfile(&in, &out), eQCWWAN_ERR_QMI_EXTENDED_INTERNAL);
	assert_int_equal(ext, 1003);
}

static void delete_and_its_errors(void **state)
{
	static const uint8_t expect[] = { 0x01, 0x02, 0x00, 0x00, 0x05 };
	static const uint8_t in_use[] = { EXTENDED(3) };
	static const uint8_t plain[] = { FAILED(48) };	/* InvalidArgument, no 0xE0 */
	struct SLQSDeleteProfileParams del = { 0, 5 };
	WORD ext = 0x5555;

	(void)state;
	ANSWER(0, ok_only);
	ANSWER(1, in_use);
	ANSWER(2, in_use);
	ANSWER(3, plain);
	assert_int_equal(SLQSDeleteProfile(&del, &ext), eQCWWAN_ERR_NONE);
	EXPECT_REQUEST(0, &slqs_wds_delete_profile, expect);
	assert_int_equal(ext, 0x5555);
	assert_int_equal(SLQSDeleteProfile(&del, &ext), eQCWWAN_ERR_QMI_EXTENDED_INTERNAL);
	assert_int_equal(ext, 3);
	assert_int_equal(SLQSDeleteProfile(&del, NULL), eQCWWAN_ERR_QMI_EXTENDED_INTERNAL);
	ext = 0x5555;
	assert_int_equal(SLQSDeleteProfile(&del, &ext), eQCWWAN_ERR_QMI_OFFSET + 48);
	assert_int_equal(ext, 0x5555);
}

/* ---- reading ----------------------------------------------------------------------- */

/* A stored profile as a modem reports it (TLVs descending, one unknown). */
static const uint8_t settings[] = {
	OK_RESULT,
	0xDE, 0x01, 0x00, 0x01,						/* unknown here */
	0x2E, 0x11, 0x00, 0x08, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0,
	0x2B, 0x10, 0x00, 0x20, 0x01, 0x48, 0x60, 0x48, 0x60, 0, 0, 0, 0, 0, 0, 0, 0, 0x88, 0x88,
	0x29, 0x22, 0x00, 0x03, 0x10, 0, 0, 0, 0x20, 0, 0, 0, 0x30, 0, 0, 0, 0x40, 0, 0, 0,
	0x01, 0xDC, 0x05, 0, 0, 0x01, 0x02, 0x03, 0x64, 0, 0, 0, 0x05, 0, 0, 0, 0x01,
	0x1D, 0x01, 0x00, 0x03,						/* PAP or CHAP */
	0x1B, 0x04, 0x00, 'u', 's', 'e', 'r',
	0x16, 0x04, 0x00, 0x04, 0x04, 0x08, 0x08,			/* 8.8.4.4 */
	0x15, 0x04, 0x00, 0x08, 0x08, 0x08, 0x08,
	0x14, 0x08, 0x00, 'i', 'n', 't', 'e', 'r', 'n', 'e', 't',
	0x11, 0x01, 0x00, 0x03,
	0x10, 0x05, 0x00, 'w', 'o', 'r', 'k', 0x00,			/* NUL counted */
};

static void get_settings_fills_what_is_asked(void **state)
{
	static const uint8_t expect[] = { 0x01, 0x02, 0x00, 0x00, 0x04 };
	GetProfileSettingIn in = { 0, 4 };
	GetProfileSettingOut out;
	struct Profile3GPP *p = &out.curProfile.SlqsProfile3GPP;
	CHAR name[8], apn[16], user[8], password[8] = "keep";
	WORD name_size = sizeof(name), apn_size = sizeof(apn), user_size = sizeof(user);
	WORD pw_size = sizeof(password);
	BYTE pdp = 0xFF, auth = 0xFF, context = 0xEE;
	ULONG dns1 = 0, dns2 = 0, ip = 0xFFFFFFFF;
	USHORT dns6[8];
	struct QosClassID lte;
	struct UMTSReqQoSSigInd umts;

	(void)state;
	memset(&out, 0, sizeof(out));
	*p = (struct Profile3GPP){
		.pProfilename = name, .pProfilenameSize = &name_size, .pPDPtype = &pdp,
		.pAPNName = apn, .pAPNnameSize = &apn_size, .pPriDNSIPv4AddPref = &dns1,
		.pSecDNSIPv4AddPref = &dns2, .pUsername = user, .pUsernameSize = &user_size,
		.pPassword = password, .pPasswordSize = &pw_size, .pAuthenticationPref = &auth,
		.pIPv4AddrPref = &ip, .pPdpContext = &context, .pPriDNSIPv6addpref = dns6,
		.pQosClassID = &lte, .pUMTSReqQoSSigInd = &umts,
	};
	ANSWER(0, settings);
	assert_int_equal(SLQSGetProfileSettings(&in, &out), eQCWWAN_ERR_NONE);
	EXPECT_REQUEST(0, &slqs_wds_get_profile_settings, expect);
	assert_string_equal(name, "work");
	assert_string_equal(apn, "internet");
	assert_string_equal(user, "user");
	assert_string_equal(password, "keep");	/* not reported */
	assert_int_equal(pdp, 3);
	assert_int_equal(auth, 3);
	assert_int_equal(dns1, 0x08080808);
	assert_int_equal(dns2, 0x08080404);
	assert_int_equal(ip, 0xFFFFFFFF);	/* not reported */
	assert_int_equal(context, 0xEE);
	assert_int_equal(dns6[0], 0x2001);
	assert_int_equal(dns6[1], 0x4860);
	assert_int_equal(dns6[7], 0x8888);
	assert_int_equal(lte.QCI, 8);
	assert_int_equal(lte.maxUlBitRate, 4);
	assert_int_equal(umts.UMTSReqQoS.trafficClass, 3);
	assert_int_equal(umts.UMTSReqQoS.maxSDUSize, 1500);
	assert_int_equal(umts.UMTSReqQoS.transferDelay, 100);
	assert_int_equal(umts.UMTSReqQoS.trafficPriority, 5);
	assert_int_equal(umts.SigInd, 1);
}

static void get_settings_buffer_too_small_and_errors(void **state)
{
	static const uint8_t no_profile[] = { EXTENDED(1003) };
	GetProfileSettingIn in = { 0, 4 };
	GetProfileSettingOut out;
	CHAR apn[8];
	WORD apn_size = sizeof(apn);
	WORD ext = 0;
	BYTE pdp = 0xFF;

	(void)state;
	memset(&out, 0, sizeof(out));
	out.curProfile.SlqsProfile3GPP.pAPNName = apn;
	out.curProfile.SlqsProfile3GPP.pAPNnameSize = &apn_size;
	out.curProfile.SlqsProfile3GPP.pPDPtype = &pdp;
	out.pExtErrCode = &ext;
	ANSWER(0, settings);
	ANSWER(1, no_profile);
	assert_int_equal(SLQSGetProfileSettings(&in, &out), eQCWWAN_ERR_BUFFER_SZ);
	assert_int_equal(pdp, 3);		/* the rest is still filled */
	assert_int_equal(ext, 0);
	assert_int_equal(SLQSGetProfileSettings(&in, &out), eQCWWAN_ERR_QMI_EXTENDED_INTERNAL);
	assert_int_equal(ext, 1003);
}

static void get_profile_flat(void **state)
{
	static const uint8_t expect[] = { 0x01, 0x02, 0x00, 0x00, 0x04 };
	static const uint8_t no_profile[] = { EXTENDED(1003) };
	ULONG pdp = 0, auth = 0, dns1 = 0, dns2 = 0, ip = 0x12345678;
	CHAR name[8] = "old", apn[16], user[4] = "xyz";
	WORD ext = 0;

	(void)state;
	ANSWER(0, settings);
	ANSWER(1, settings);
	ANSWER(2, no_profile);
	assert_int_equal(SLQSGetProfile(0, 4, &pdp, &ip, &dns1, &dns2, &auth, sizeof(name), name,
					sizeof(apn), apn, 0, user, &ext),
			 eQCWWAN_ERR_NONE);
	EXPECT_REQUEST(0, &slqs_wds_get_profile_settings, expect);
	assert_int_equal(pdp, 3);
	assert_int_equal(auth, 3);
	assert_int_equal(dns1, 0x08080808);
	assert_int_equal(dns2, 0x08080404);
	assert_int_equal(ip, 0x12345678);	/* not reported */
	assert_string_equal(name, "work");
	assert_string_equal(apn, "internet");
	assert_string_equal(user, "xyz");	/* size 0: not filled */
	/* Only the wanted outputs; a user name that does not fit. */
	assert_int_equal(SLQSGetProfile(0, 4, NULL, NULL, NULL, NULL, NULL, 0, NULL, 0, NULL,
					sizeof(user), user, NULL),
			 eQCWWAN_ERR_BUFFER_SZ);
	assert_int_equal(SLQSGetProfile(0, 9, &pdp, NULL, NULL, NULL, NULL, 0, NULL, 0, NULL, 0,
					NULL, &ext),
			 eQCWWAN_ERR_QMI_EXTENDED_INTERNAL);
	assert_int_equal(ext, 1003);
}

static void default_profile_lte_reads_the_default_settings(void **state)
{
	static const uint8_t expect[] = { 0x01, 0x01, 0x00, 0x00 };
	static const uint8_t answer[] = {
		OK_RESULT,
		0x10, 0x03, 0x00, 'd', 'e', 'f',
		0x28, 0x10, 0x00, 0xFE, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x12, 0x34,
	};
	ULONG pdp = 0xFFFFFFFF, auth = 0xFFFFFFFF;
	USHORT v6[8] = { 0 }, dns6[8] = { 9 };
	CHAR name[8], apn[8] = "stale", user[8] = "stale";

	(void)state;
	ANSWER(0, answer);
	ANSWER(1, answer);
	assert_int_equal(GetDefaultProfileLTE(0, &pdp, NULL, NULL, NULL, v6, dns6, NULL, &auth,
					      sizeof(name), name, sizeof(apn), apn, sizeof(user),
					      user),
			 eQCWWAN_ERR_NONE);
	EXPECT_REQUEST(0, &slqs_wds_get_default_settings, expect);
	assert_string_equal(name, "def");
	assert_string_equal(apn, "");		/* not reported: empty */
	assert_string_equal(user, "");
	assert_int_equal(pdp, 0xFFFFFFFF);
	assert_int_equal(auth, 0xFFFFFFFF);
	assert_int_equal(v6[0], 0xFE80);
	assert_int_equal(v6[7], 0x1234);
	assert_int_equal(dns6[0], 9);
	assert_int_equal(GetDefaultProfile(0, &pdp, NULL, NULL, NULL, NULL, sizeof(name), name, 0,
					   NULL, 0, NULL),
			 eQCWWAN_ERR_NONE);
	EXPECT_REQUEST(1, &slqs_wds_get_default_settings, expect);
}

/* ---- writing ----------------------------------------------------------------------- */

static void set_default_profile_modifies_the_default(void **state)
{
	static const uint8_t ask[] = { 0x01, 0x02, 0x00, 0x00, 0x01 };	/* 3GPP, tethered */
	static const uint8_t index5[] = { OK_RESULT, 0x01, 0x01, 0x00, 0x05 };
	static const uint8_t expect[] = {
		0x01, 0x02, 0x00, 0x00, 0x05,
		0x11, 0x01, 0x00, 0x00,
		0x14, 0x03, 0x00, 'a', 'p', 'n',
		0x1B, 0x01, 0x00, 'u',
		0x1C, 0x01, 0x00, 'p',
		0x1D, 0x01, 0x00, 0x01,
	};
	ULONG pdp = 0, auth = 1;

	(void)state;
	ANSWER(0, index5);
	ANSWER(1, ok_only);
	assert_int_equal(SetDefaultProfile(0, &pdp, NULL, NULL, NULL, &auth, NULL, "apn", "u",
					   "p"),
			 eQCWWAN_ERR_NONE);
	assert_int_equal(fake.calls, 2);
	EXPECT_REQUEST(0, &slqs_wds_get_default_profile_num, ask);
	EXPECT_REQUEST(1, &slqs_wds_modify_profile, expect);
}

static void set_profile_names_its_index(void **state)
{
	static const uint8_t expect[] = {
		0x01, 0x02, 0x00, 0x00, 0x03,
		0x10, 0x01, 0x00, 'n',
		0x15, 0x04, 0x00, 0x01, 0x02, 0x03, 0x04,
	};
	static const uint8_t refused[] = { EXTENDED(1003) };
	ULONG dns = 0x04030201;

	(void)state;
	ANSWER(0, ok_only);
	ANSWER(1, refused);
	assert_int_equal(SLQSSetProfile(0, 3, NULL, NULL, &dns, NULL, NULL, "n", NULL, NULL,
					NULL),
			 eQCWWAN_ERR_NONE);
	EXPECT_REQUEST(0, &slqs_wds_modify_profile, expect);
	assert_int_equal(SLQSSetProfile(0, 3, NULL, NULL, &dns, NULL, NULL, "n", NULL, NULL,
					NULL),
			 eQCWWAN_ERR_QMI_EXTENDED_INTERNAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(create_sends_every_member_given, reset_fake),
		cmocka_unit_test_setup(create_returns_the_extended_error, reset_fake),
		cmocka_unit_test_setup(create_success_without_an_index_is_malformed, reset_fake),
		cmocka_unit_test_setup(refusals_send_nothing, reset_fake),
		cmocka_unit_test_setup(create_at_an_index_is_sierras_indexed_create, reset_fake),
		cmocka_unit_test_setup(a_3gpp2_profile_travels_as_its_type, reset_fake),
		cmocka_unit_test_setup(modify_sends_the_identifier_and_the_changes, reset_fake),
		cmocka_unit_test_setup(modify_returns_the_extended_error, reset_fake),
		cmocka_unit_test_setup(delete_and_its_errors, reset_fake),
		cmocka_unit_test_setup(get_settings_fills_what_is_asked, reset_fake),
		cmocka_unit_test_setup(get_settings_buffer_too_small_and_errors, reset_fake),
		cmocka_unit_test_setup(get_profile_flat, reset_fake),
		cmocka_unit_test_setup(default_profile_lte_reads_the_default_settings, reset_fake),
		cmocka_unit_test_setup(set_default_profile_modifies_the_default, reset_fake),
		cmocka_unit_test_setup(set_profile_names_its_index, reset_fake),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
