/*
 * SLQSGetRuntimeSettings (pkgs/wds/wds_settings_api.c) against a fake
 * runtime: the calls this file defines instead of pkgs/api/call.c answer
 * Get Current Settings from byte fixtures and record the client slot each
 * request went to. Checked: each family's session is read on its own slot,
 * made to speak its family first (Set IP Family); what the modem reports
 * fills the members asked for (technology and profile included), what it
 * does not report reads "not reported", a NULL member is left alone.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "SWIWWANCMAPI.h"
#include "core/codec.h"
#include "pkgs/wds/wds_api.h"
#include "pkgs/wds/wds_msg.h"
#include "tests/unit/ind_fake.h"
#include "tests/unit/msg_fixture.h"

/* ---- the fake runtime (pkgs/api/call.c's functions) ---------------------------------- */

static struct {
	int calls;
	uint8_t client;			/* of the last request */
	const struct qmi_msg *msg;
	const uint8_t *answer;		/* the canned response, result included */
	size_t answer_len;
} fake;

IND_FAKE_RUNTIME

ULONG slqs_qmi_call_on(uint8_t client, const struct qmi_msg *msg, const void *req, void *rsp,
		       ULONG timeout_ms)
{
	struct qmi_result res;

	(void)req;
	assert_int_equal(timeout_ms, SLQS_TIMEOUT_DEFAULT);
	fake.calls++;
	fake.client = client;
	fake.msg = msg;
	if (msg_fx_read(msg, QMI_RESPONSE, fake.answer, fake.answer_len, rsp, &res))
		return eQCWWAN_ERR_MALFORMED_QMI_RSP;
	return res.result ? eQCWWAN_ERR_QMI_OFFSET + res.error : eQCWWAN_ERR_NONE;
}

ULONG slqs_qmi_call(const struct qmi_msg *msg, const void *req, void *rsp, ULONG timeout_ms)
{
	return slqs_qmi_call_on(0, msg, req, rsp, timeout_ms);
}

ULONG slqs_raw_call(uint8_t service, uint8_t client, uint16_t msg_id, const uint8_t *tlv,
		    size_t tlv_len, uint8_t *rsp, size_t cap, size_t *rsp_len, ULONG timeout_ms)
{
	(void)service, (void)client, (void)msg_id, (void)tlv, (void)tlv_len, (void)rsp;
	(void)cap, (void)rsp_len, (void)timeout_ms;
	return eQCWWAN_ERR_GENERAL;
}

ULONG slqs_result_code(const uint8_t *tlv, size_t len)
{
	(void)tlv, (void)len;
	return eQCWWAN_ERR_GENERAL;
}

/* The session bookkeeping listens to device states: not here. */
ULONG slqs_state_listen(slqs_state_fn fn, void *ctx)
{
	(void)fn, (void)ctx;
	return eQCWWAN_ERR_NONE;
}

static int reset(void **state)
{
	memset(&fake, 0, sizeof(fake));
	return ind_fake_reset(state);
}

/* Set IP Family `family` went to slot `slot` (request i of the fake runtime). */
static void expect_family(int i, uint8_t slot, uint8_t family)
{
	const uint8_t want[] = { 0x01, 0x01, 0x00, family };

	assert_true(i < fake_rt.n_sent);
	assert_ptr_equal(fake_rt.sent[i].msg, &slqs_wds_set_ip_family);
	assert_int_equal(fake_rt.sent[i].client, slot);
	assert_int_equal(fake_rt.sent[i].len, sizeof want);
	assert_memory_equal(fake_rt.sent[i].tlv, want, sizeof want);
}

/* ---- the tests ------------------------------------------------------------------------ */

static void ipv4_session_on_its_slot(void **state)
{
	static const uint8_t answer[] = {
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,	/* success */
		0x10, 0x03, 0x00, 'w', 'e', 'b',		/* profile name */
		0x11, 0x01, 0x00, 0x00,				/* PDP type IPv4 */
		0x14, 0x03, 0x00, 'a', 'p', 'n',		/* APN */
		0x1E, 0x04, 0x00, 0x02, 0x02, 0x00, 0xC0,	/* 192.0.2.2 */
		0x1F, 0x02, 0x00, 0x00, 0x03,			/* 3GPP profile 3 */
		0x29, 0x04, 0x00, 0xDC, 0x05, 0x00, 0x00,	/* MTU 1500 */
		0x2B, 0x01, 0x00, 0x04,				/* IPv4 */
		0x2D, 0x02, 0x00, 0x04, 0x80,			/* UMTS (0x8004) */
	};
	CHAR name[65], apn[101], user[128] = "x";
	ULONG ip = 0, dns1 = 0, mtu = 0, pdp = 9, id = 0x1234;
	BYTE family = 0;
	WORD tech = 0;
	struct ProfileIdentifier profile = { 9, 9 };
	struct UMTSQoS qos = { 0 };
	struct WdsRunTimeSettings s;

	(void)state;
	slqs_wds_session_set(0, SLQS_WDS_V4, id);
	fake.answer = answer;
	fake.answer_len = sizeof answer;
	memset(&s, 0, sizeof(s));
	s.v4sessionId = &id;
	s.rts = (struct qmiWdsRunTimeSettings){
		.pProfileName = name, .pPDPType = &pdp, .pAPNName = apn, .pUsername = user,
		.pPrimaryDNSV4 = &dns1, .pUMTSGrantedQoS = &qos, .pIPAddressV4 = &ip,
		.pProfileID = &profile, .pMtu = &mtu, .pIPFamilyPreference = &family,
		.pTechnology = &tech,
	};
	assert_int_equal(SLQSGetRuntimeSettings(&s), eQCWWAN_ERR_NONE);
	expect_family(0, 0, 4);
	assert_int_equal(fake.calls, 1);
	assert_int_equal(fake.client, 0);
	assert_ptr_equal(fake.msg, &slqs_wds_get_current_settings);
	assert_string_equal(name, "web");
	assert_string_equal(apn, "apn");
	assert_int_equal(pdp, 0);
	assert_int_equal(ip, 0xC0000202u);
	assert_int_equal(profile.profileType, 0);
	assert_int_equal(profile.profileIndex, 3);
	assert_int_equal(mtu, 1500);
	assert_int_equal(family, 4);
	assert_int_equal(tech, 0x8004);
	/* Not reported: empty, all bits set. */
	assert_string_equal(user, "");
	assert_int_equal(dns1, 0xFFFFFFFFu);
	assert_int_equal(qos.trafficClass, 0xFF);
	assert_int_equal(qos.transferDelay, 0xFFFFFFFFu);
	slqs_wds_session_set(0, SLQS_WDS_V4, 0);
}

static void ipv6_session_on_its_slot(void **state)
{
	static const uint8_t answer[] = {
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,	/* success */
		0x25, 0x11, 0x00, 0x20, 0x01, 0x0D, 0xB8, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0, 0,
		0x00, 0x02, 0x40,				/* 2001:db8:1::2/64 */
		0x2B, 0x01, 0x00, 0x06,				/* IPv6 */
	};
	ULONG id = 0x5678, ip = 0;
	BYTE family = 0;
	struct IPV6AddressInfo v6;
	struct WdsRunTimeSettings s;

	(void)state;
	slqs_wds_session_set(1, SLQS_WDS_V6, id);
	fake.answer = answer;
	fake.answer_len = sizeof answer;
	memset(&s, 0, sizeof(s));
	s.v6sessionId = &id;
	s.rts.pIPV6AddrInfo = &v6;
	s.rts.pIPFamilyPreference = &family;
	s.rts.pIPAddressV4 = &ip;
	assert_int_equal(SLQSGetRuntimeSettings(&s), eQCWWAN_ERR_NONE);
	expect_family(0, 3, 6);		/* instance 1, IPv6: slot 3 */
	assert_int_equal(fake.client, 3);
	assert_int_equal(family, 6);
	assert_int_equal(v6.IPV6PrefixLen, 64);
	assert_int_equal(v6.IPAddressV6[0], 0x2001);
	assert_int_equal(v6.IPAddressV6[1], 0x0DB8);
	assert_int_equal(v6.IPAddressV6[2], 1);
	assert_int_equal(v6.IPAddressV6[7], 2);
	assert_int_equal(ip, 0xFFFFFFFFu);	/* an IPv6 session has none */
	/* An id this application does not hold: refused, nothing sent. */
	id = 0x9999;
	fake.calls = 0;
	assert_int_equal(SLQSGetRuntimeSettings(&s), eQCWWAN_ERR_SWICM_INVALID_V6_SESSION_ID);
	assert_int_equal(fake.calls, 0);
	slqs_wds_session_set(1, SLQS_WDS_V6, 0);
}

static void arguments(void **state)
{
	struct WdsRunTimeSettings s;

	(void)state;
	memset(&s, 0, sizeof(s));
	assert_int_equal(SLQSGetRuntimeSettings(NULL), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSGetRuntimeSettings(&s), eQCWWAN_ERR_INVALID_ARG);	/* no id */
	assert_int_equal(fake.calls, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(ipv4_session_on_its_slot, reset),
		cmocka_unit_test_setup(ipv6_session_on_its_slot, reset),
		cmocka_unit_test_setup(arguments, reset),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
