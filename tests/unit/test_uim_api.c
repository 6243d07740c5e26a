/*
 * The UIM API functions (pkgs/uim/uim_*api.c) against a fake modem: this
 * file defines slqs_qmi_call() itself, so the functions' requests are
 * encoded with the real tables and compared byte for byte, and canned
 * answers (byte fixtures) are decoded into them. What the simulator cannot
 * show is checked here: optional request TLVs, hot-swap and slot answers,
 * a file too big for readResult, malformed answers, "not reported" markers.
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
#include "pkgs/uim/uim_msg.h"
#include "tests/unit/msg_fixture.h"

/* ---- the fake modem -------------------------------------------------------------- */

static struct {
	int calls;
	const struct qmi_msg *msg;	/* the last request */
	uint8_t req[1024];		/* its TLV area */
	size_t req_len;
	ULONG timeout_ms;
	const uint8_t *answer;		/* the canned response TLVs, result included */
	size_t answer_len;
} fake;

#define ANSWER(bytes) (fake.answer = (bytes), fake.answer_len = sizeof(bytes))

ULONG slqs_qmi_call(const struct qmi_msg *msg, const void *req, void *rsp, ULONG timeout_ms)
{
	struct qmi_result res;

	fake.calls++;
	fake.msg = msg;
	fake.timeout_ms = timeout_ms;
	fake.req_len = req ? msg_fx_encode_area(msg, QMI_REQUEST, req, fake.req, sizeof(fake.req))
			   : 0;
	if (msg_fx_read(msg, QMI_RESPONSE, fake.answer, fake.answer_len, rsp, &res))
		return eQCWWAN_ERR_MALFORMED_QMI_RSP;
	return res.result ? eQCWWAN_ERR_QMI_OFFSET + res.error : eQCWWAN_ERR_NONE;
}

static int reset_fake(void **state)
{
	(void)state;
	memset(&fake, 0, sizeof(fake));
	return 0;
}

static void expect_request(const struct qmi_msg *msg, const uint8_t *bytes, size_t len)
{
	assert_ptr_equal(fake.msg, msg);
	assert_int_equal(fake.timeout_ms, 30000);
	assert_int_equal(fake.req_len, len);
	assert_memory_equal(fake.req, bytes, len);
}

#define OK_RESULT 0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00
#define FAILED(e) 0x02, 0x04, 0x00, 0x01, 0x00, (e), 0x00

/* ---- PINs ------------------------------------------------------------------------ */

static remainingRetries retries;
static encryptedPIN1 enc;
static ULONG token;
static UIMPinResp all_members = { &retries, &enc, &token };

static void set_pin(BYTE *val, BYTE *len, const char *pin)
{
	*len = (BYTE)strlen(pin);
	memcpy(val, pin, *len);
}

static void verify_pin_sends_every_optional_tlv(void **state)
{
	static const uint8_t answer[] = { OK_RESULT };
	static const uint8_t sent[] = {
		0x01, 0x04, 0x00, 0x04, 0x02, 0xA0, 0x00,	/* non-prov. slot 1, 2-byte AID */
		0x02, 0x06, 0x00, 0x01, 0x04, '1', '2', '3', '4',
		0x10, 0x04, 0x00, 0x03, 0xAA, 0xBB, 0xCC,	/* encrypted PIN1 */
		0x11, 0x01, 0x00, 0x02,				/* key reference */
		0x12, 0x04, 0x00, 0x07, 0x00, 0x00, 0x00,	/* token */
	};
	encryptedPIN1 e1 = { 3, { 0xAA, 0xBB, 0xCC } };
	BYTE key = 2;
	ULONG tok = 7;
	UIMVerifyPinReq req = { { 4, 2, { 0xA0, 0x00 } }, { 1, 0, { 0 } }, &e1, &key, &tok };

	(void)state;
	set_pin(req.verifyPIN.pinVal, &req.verifyPIN.pinLen, "1234");
	ANSWER(answer);
	assert_int_equal(SLQSUIMVerifyPin(&req, &all_members), 0);
	expect_request(&slqs_uim_verify_pin, sent, sizeof(sent));
	/* Success reports no retries: the vendor's "unavailable" markers. */
	assert_int_equal(retries.verifyLeft, 0xFF);
	assert_int_equal(retries.unblockLeft, 0xFF);
	assert_int_equal(enc.pin1Len, 0);
	assert_int_equal(token, 0xFFFFFFFF);
}

static void wrong_pin_returns_1012_and_the_retries(void **state)
{
	static const uint8_t answer[] = {
		0x13, 0x02, 0x00, 0x63, 0xC1,
		0x10, 0x02, 0x00, 0x01, 0x0A,
		FAILED(12),
	};
	UIMVerifyPinReq req = { .sessionInfo = { 0, 0, { 0 } } };

	(void)state;
	req.verifyPIN.pinID = 1;
	set_pin(req.verifyPIN.pinVal, &req.verifyPIN.pinLen, "0000");
	ANSWER(answer);
	assert_int_equal(SLQSUIMVerifyPin(&req, &all_members), eQCWWAN_ERR_QMI_INCORRECT_PIN);
	assert_int_equal(retries.verifyLeft, 1);
	assert_int_equal(retries.unblockLeft, 10);
}

static void pin_answer_with_encrypted_pin1_and_token(void **state)
{
	static const uint8_t answer[] = {
		0x11, 0x03, 0x00, 0x02, 0x12, 0x34,
		0x12, 0x04, 0x00, 0x55, 0x00, 0x00, 0x00,
		OK_RESULT,
	};
	static const uint8_t sent[] = {
		0x01, 0x02, 0x00, 0x06, 0x00,
		0x02, 0x07, 0x00, 0x01, 0x01, 0x04, '1', '2', '3', '4',
		0x10, 0x01, 0x00, 0x01,				/* key reference */
	};
	BYTE key = 1;
	UIMSetPinProtectionReq req = { { 6, 0, { 0 } }, { 1, 1, 0, { 0 } }, &key, NULL };

	(void)state;
	set_pin(req.pinProtection.pinValue, &req.pinProtection.pinLength, "1234");
	ANSWER(answer);
	assert_int_equal(SLQSUIMSetPinProtection(&req, &all_members), 0);
	expect_request(&slqs_uim_set_pin_protection, sent, sizeof(sent));
	assert_int_equal(enc.pin1Len, 2);
	assert_int_equal(enc.pin1Val[1], 0x34);
	assert_int_equal(token, 0x55);
}

static void unblock_and_change_requests(void **state)
{
	static const uint8_t answer[] = { OK_RESULT };
	static const uint8_t unblock[] = {
		0x01, 0x02, 0x00, 0x00, 0x00,
		0x02, 0x0F, 0x00, 0x01, 0x08, '1', '1', '2', '2', '3', '3', '4', '4',
		0x04, '2', '5', '8', '0',
		0x11, 0x04, 0x00, 0x09, 0x00, 0x00, 0x00,	/* token */
	};
	static const uint8_t change[] = {
		0x01, 0x02, 0x00, 0x06, 0x00,
		0x02, 0x0B, 0x00, 0x02, 0x04, '5', '6', '7', '8', 0x04, '8', '7', '6', '5',
	};
	ULONG tok = 9;
	UIMUnblockPinReq ub = { .sessionInfo = { 0, 0, { 0 } }, .pIndicationToken = &tok };
	UIMChangePinReq ch = { .sessionInfo = { 6, 0, { 0 } } };

	(void)state;
	ANSWER(answer);
	ub.unblockPIN.pinID = 1;
	set_pin(ub.unblockPIN.pukVal, &ub.unblockPIN.pukLen, "11223344");
	set_pin(ub.unblockPIN.newPINVal, &ub.unblockPIN.newPINLen, "2580");
	assert_int_equal(SLQSUIMUnblockPin(&ub, &all_members), 0);
	expect_request(&slqs_uim_unblock_pin, unblock, sizeof(unblock));
	ch.changePIN.pinID = 2;
	set_pin(ch.changePIN.oldPINVal, &ch.changePIN.oldPINLen, "5678");
	set_pin(ch.changePIN.pinVal, &ch.changePIN.pinLen, "8765");
	assert_int_equal(SLQSUIMChangePin(&ch, &all_members), 0);
	expect_request(&slqs_uim_change_pin, change, sizeof(change));
}

static void malformed_pin_answer_reports_nothing(void **state)
{
	/* Retries, then an encrypted PIN1 announcing 5 bytes but holding 2. */
	static const uint8_t answer[] = {
		0x10, 0x02, 0x00, 0x02, 0x0A,
		0x11, 0x03, 0x00, 0x05, 0x01, 0x02,
		OK_RESULT,
	};
	UIMChangePinReq req = { .sessionInfo = { 0, 0, { 0 } } };

	(void)state;
	ANSWER(answer);
	retries.verifyLeft = 7;
	assert_int_equal(SLQSUIMChangePin(&req, &all_members), eQCWWAN_ERR_MALFORMED_QMI_RSP);
	assert_int_equal(retries.verifyLeft, 0xFF);
}

static void null_members_are_not_filled(void **state)
{
	static const uint8_t answer[] = { 0x10, 0x02, 0x00, 0x02, 0x0A, FAILED(12) };
	UIMPinResp none = { NULL, NULL, NULL };
	UIMVerifyPinReq req = { .sessionInfo = { 0, 0, { 0 } } };

	(void)state;
	ANSWER(answer);
	assert_int_equal(SLQSUIMVerifyPin(&req, &none), eQCWWAN_ERR_QMI_INCORRECT_PIN);
}

static void bad_arguments_send_nothing(void **state)
{
	UIMVerifyPinReq vp = { .sessionInfo = { 0, 0, { 0 } } };
	UIMSetPinProtectionReq sp = { .sessionInfo = { 4, 33, { 0 } } };
	UIMChangePinReq cp = { .sessionInfo = { 0, 0, { 0 } } };
	static UIMReadTransparentReq rt;
	UIMReadTransparentResp rt_none = { NULL, NULL, NULL, NULL };

	(void)state;
	set_pin(vp.verifyPIN.pinVal, &vp.verifyPIN.pinLen, "12345678901234567");
	assert_int_equal(SLQSUIMVerifyPin(&vp, &all_members), eQCWWAN_ERR_INVALID_ARG);
	memcpy(vp.verifyPIN.pinVal, "12\0" "4", 4);	/* a NUL inside */
	vp.verifyPIN.pinLen = 4;
	assert_int_equal(SLQSUIMVerifyPin(&vp, &all_members), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSUIMSetPinProtection(&sp, &all_members), eQCWWAN_ERR_INVALID_ARG);
	cp.changePIN.pinLen = 17;
	assert_int_equal(SLQSUIMChangePin(&cp, &all_members), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSUIMChangePin(NULL, &all_members), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSUIMUnblockPin(NULL, &all_members), eQCWWAN_ERR_INVALID_ARG);
	rt.fileIndex.pathLen = 1;
	assert_int_equal(SLQSUIMReadTransparent(&rt, &rt_none), eQCWWAN_ERR_INVALID_ARG);
	rt.fileIndex.pathLen = 18;
	assert_int_equal(SLQSUIMReadTransparent(&rt, &rt_none), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSUIMGetCardStatus(NULL), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSUIMEventRegister(NULL), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSUIMGetSlotsStatus(NULL), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(fake.calls, 0);
}

/* ---- files ----------------------------------------------------------------------- */

static cardResult card;
static readResult data;
static BYTE encrypted;
static UIMReadTransparentResp read_members = { &card, &data, &token, &encrypted };

static void read_transparent_path_and_answer(void **state)
{
	static const uint8_t answer[] = {
		0x10, 0x02, 0x00, 0x90, 0x00,
		0x11, 0x05, 0x00, 0x03, 0x00, 0x08, 0x29, 0x26,
		0x13, 0x01, 0x00, 0x01,
		OK_RESULT,
	};
	static const uint8_t sent[] = {
		0x01, 0x02, 0x00, 0x00, 0x00,
		0x02, 0x07, 0x00, 0x07, 0x6F, 0x04, 0x00, 0x3F, 0xFF, 0x7F,
		0x03, 0x04, 0x00, 0x02, 0x00, 0x03, 0x00,
		0x11, 0x01, 0x00, 0x01,				/* encrypt */
	};
	BYTE encrypt = 1;
	UIMReadTransparentReq req = {
		.fileIndex = { 0x6F07, 4, { 0x3F00, 0x7FFF } },
		.readTransparent = { 2, 3 },
		.pEncryptData = &encrypt,
	};

	(void)state;
	ANSWER(answer);
	assert_int_equal(SLQSUIMReadTransparent(&req, &read_members), 0);
	expect_request(&slqs_uim_read_transparent, sent, sizeof(sent));
	assert_int_equal(card.sw1, 0x90);
	assert_int_equal(data.contentLen, 3);
	assert_int_equal(data.content[2], 0x26);
	assert_int_equal(encrypted, 1);
	assert_int_equal(token, 0xFFFFFFFF);
}

/* A successful Read Transparent answer of n bytes (0x00, 0x01, 0x02 ...). */
static size_t read_answer(uint8_t *buf, uint16_t n)
{
	static const uint8_t head[] = { 0x10, 0x02, 0x00, 0x90, 0x00, 0x11 };
	static const uint8_t result[] = { OK_RESULT };
	size_t len = 0;

	memcpy(buf, head, sizeof(head));
	len += sizeof(head);
	buf[len++] = (uint8_t)(n + 2);
	buf[len++] = (uint8_t)((n + 2) >> 8);
	buf[len++] = (uint8_t)n;
	buf[len++] = (uint8_t)(n >> 8);
	for (uint16_t i = 0; i < n; i++)
		buf[len++] = (uint8_t)i;
	memcpy(buf + len, result, sizeof(result));
	return len + sizeof(result);
}

static void read_transparent_too_big_for_read_result(void **state)
{
	static uint8_t answer[300];
	UIMReadTransparentReq req = { .fileIndex = { 0x6F3A, 0, { 0 } } };

	(void)state;
	fake.answer = answer;
	fake.answer_len = read_answer(answer, 257);
	assert_int_equal(SLQSUIMReadTransparent(&req, &read_members), eQCWWAN_ERR_BUFFER_SZ);
	assert_int_equal(data.contentLen, 0);
	assert_int_equal(card.sw1, 0x90);
	/* 256 bytes fit exactly. */
	fake.answer_len = read_answer(answer, 256);
	assert_int_equal(SLQSUIMReadTransparent(&req, &read_members), 0);
	assert_int_equal(data.contentLen, 256);
	assert_int_equal(data.content[255], 0xFF);
}

static void read_transparent_error_keeps_the_card_result(void **state)
{
	static const uint8_t answer[] = { 0x10, 0x02, 0x00, 0x69, 0x82, FAILED(82) };
	UIMReadTransparentReq req = { .fileIndex = { 0x6F07, 0, { 0 } } };

	(void)state;
	ANSWER(answer);
	data.contentLen = 99;
	assert_int_equal(SLQSUIMReadTransparent(&req, &read_members),
			 eQCWWAN_ERR_QMI_ACCESS_DENIED);
	assert_int_equal(card.sw1, 0x69);
	assert_int_equal(card.sw2, 0x82);
	assert_int_equal(data.contentLen, 0);
}

/* ---- card status, events, slots ---------------------------------------------------- */

static const uint8_t two_cards[] = {
	0x10, 0x25, 0x00,
	0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
	0x02,						/* two slots */
	0x01, 0x00, 0xFF, 0xFF, 0x00, 0x01,		/* present, one application */
	0x02, 0x07, 0x02, 0x0B, 0x00, 0x00, 0x02, 0xA0, 0x00,
	0x00, 0x02, 0x03, 0x0A, 0x01, 0x03, 0x0A,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00,		/* empty slot */
	0x11, 0x03, 0x00, 0x02, 0x02, 0x03,		/* hot swap: present, absent */
	OK_RESULT,
};

static void card_status_in_the_vendor_layout(void **state)
{
	static cardStatus cs;
	hotSwapStatus hs;
	UIMGetCardStatusResp resp = { &cs, &hs };
	const appStatus *a = &cs.SlotInfo[0].AppStatus[0];

	(void)state;
	memset(&cs, 0xAA, sizeof(cs));
	ANSWER(two_cards);
	assert_int_equal(SLQSUIMGetCardStatus(&resp), 0);
	assert_ptr_equal(fake.msg, &slqs_uim_get_card_status);
	assert_int_equal(fake.req_len, 0);
	assert_int_equal(cs.indexGwPri, 0x0000);
	assert_int_equal(cs.index1xSec, 0xFFFF);
	assert_int_equal(cs.numSlot, 2);
	assert_int_equal(cs.SlotInfo[0].cardState, 1);
	assert_int_equal(cs.SlotInfo[0].upinRetries, 0xFF);
	assert_int_equal(cs.SlotInfo[0].numApp, 1);
	assert_int_equal(a->appType, 2);
	assert_int_equal(a->appState, 7);
	assert_int_equal(a->persoFeature, 11);
	assert_int_equal(a->aidLength, 2);
	assert_int_equal(a->aidVal[0], 0xA0);
	assert_int_equal(a->pin1State, 2);
	assert_int_equal(a->puk1Retries, 10);
	assert_int_equal(a->pin2State, 1);
	assert_int_equal(cs.SlotInfo[0].AppStatus[1].appType, 0);	/* unused: zeroed */
	assert_int_equal(cs.SlotInfo[1].cardState, 0);
	assert_int_equal(cs.SlotInfo[4].numApp, 0);
	assert_int_equal(hs.hotSwapLength, 2);
	assert_int_equal(hs.hotSwap[1], 3);
}

static void card_status_error_fills_nothing(void **state)
{
	static const uint8_t answer[] = { FAILED(3) };
	static const uint8_t no_status[] = { OK_RESULT };
	cardStatus cs;
	UIMGetCardStatusResp resp = { &cs, NULL };

	(void)state;
	memset(&cs, 0xAA, sizeof(cs));
	ANSWER(answer);
	assert_int_equal(SLQSUIMGetCardStatus(&resp), eQCWWAN_ERR_QMI_INTERNAL);
	assert_int_equal(cs.numSlot, 0xAA);
	/* A success without the card status TLV is malformed. */
	ANSWER(no_status);
	assert_int_equal(SLQSUIMGetCardStatus(&resp), eQCWWAN_ERR_MALFORMED_QMI_RSP);
}

static void event_register_mask_in_and_out(void **state)
{
	static const uint8_t answer[] = { 0x10, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00, OK_RESULT };
	static const uint8_t silent[] = { OK_RESULT };
	static const uint8_t sent[] = { 0x01, 0x04, 0x00, 0x13, 0x00, 0x00, 0x00 };
	UIMEventRegisterReqResp ev = { 0x13 };

	(void)state;
	ANSWER(answer);
	assert_int_equal(SLQSUIMEventRegister(&ev), 0);
	expect_request(&slqs_uim_register_events, sent, sizeof(sent));
	assert_int_equal(ev.eventMask, 0x01);
	/* An answer without the mask leaves the request's. */
	ev.eventMask = 0x13;
	ANSWER(silent);
	assert_int_equal(SLQSUIMEventRegister(&ev), 0);
	assert_int_equal(ev.eventMask, 0x13);
}

static void slots_status_in_the_vendor_layout(void **state)
{
	static const uint8_t answer[] = {
		0x10, 0x17, 0x00, 0x02,
		0x02, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x02, 0x98, 0x10,
		0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
		OK_RESULT,
	};
	static const uint8_t none[] = { OK_RESULT };
	static UIMSlotsStatus st;
	BYTE n = 0;
	UIMGetSlotsStatusResp resp = { &n, &st };
	UIMGetSlotsStatusResp count_only = { &n, NULL };

	(void)state;
	ANSWER(answer);
	assert_int_equal(SLQSUIMGetSlotsStatus(&resp), 0);
	assert_ptr_equal(fake.msg, &slqs_uim_get_slots_status);
	assert_int_equal(n, 2);
	assert_int_equal(st.uimSlotStatus[0].uPhyCardStatus, 2);
	assert_int_equal(st.uimSlotStatus[0].uPhySlotStatus, 1);
	assert_int_equal(st.uimSlotStatus[0].bLogicalSlot, 1);
	assert_int_equal(st.uimSlotStatus[0].bICCIDLength, 2);
	assert_int_equal(st.uimSlotStatus[0].bICCID[0], 0x98);
	assert_int_equal(st.uimSlotStatus[1].uPhyCardStatus, 1);
	assert_int_equal(st.uimSlotStatus[1].uPhySlotStatus, 0);
	ANSWER(none);
	assert_int_equal(SLQSUIMGetSlotsStatus(&count_only), 0);
	assert_int_equal(n, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(verify_pin_sends_every_optional_tlv, reset_fake),
		cmocka_unit_test_setup(wrong_pin_returns_1012_and_the_retries, reset_fake),
		cmocka_unit_test_setup(pin_answer_with_encrypted_pin1_and_token, reset_fake),
		cmocka_unit_test_setup(unblock_and_change_requests, reset_fake),
		cmocka_unit_test_setup(malformed_pin_answer_reports_nothing, reset_fake),
		cmocka_unit_test_setup(null_members_are_not_filled, reset_fake),
		cmocka_unit_test_setup(bad_arguments_send_nothing, reset_fake),
		cmocka_unit_test_setup(read_transparent_path_and_answer, reset_fake),
		cmocka_unit_test_setup(read_transparent_too_big_for_read_result, reset_fake),
		cmocka_unit_test_setup(read_transparent_error_keeps_the_card_result, reset_fake),
		cmocka_unit_test_setup(card_status_in_the_vendor_layout, reset_fake),
		cmocka_unit_test_setup(card_status_error_fills_nothing, reset_fake),
		cmocka_unit_test_setup(event_register_mask_in_and_out, reset_fake),
		cmocka_unit_test_setup(slots_status_in_the_vendor_layout, reset_fake),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
