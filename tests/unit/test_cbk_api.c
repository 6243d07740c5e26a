/*
 * The service callbacks (pkgs/nas, dms, uim *cbk*_api.c) against a fake
 * runtime: this file defines slqs_ind_enable() and the indication
 * subscriptions itself, so each Set function's registration requests are
 * encoded with the real tables and compared byte for byte, and each
 * indication is decoded from a byte fixture as the callback thread does
 * and handed to the subscribed handlers. Checked: the callback's
 * arguments, what reaches the modem on set, replace and unset (always
 * through slqs_ind_enable(), whose resending after a reset pkgs/api's tests
 * check), a refused registration keeping the previous callback, argument
 * errors.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "SWIWWANCMAPI.h"
#include "core/codec.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/dms/dms_msg.h"
#include "pkgs/nas/nas_msg.h"
#include "pkgs/uim/uim_msg.h"
#include "tests/unit/ind_fake.h"

/* ---- the fake runtime ---------------------------------------------------------------- */

/* Registrations must be kept for the runtime to resend: slqs_qmi_call() is not for them. */
ULONG slqs_qmi_call(const struct qmi_msg *msg, const void *req, void *rsp, ULONG timeout_ms)
{
	(void)req, (void)rsp, (void)timeout_ms;
	fail_msg("%s sent with slqs_qmi_call(), not slqs_ind_enable()", msg->name);
	return eQCWWAN_ERR_INTERNAL;
}

IND_FAKE_RUNTIME

#define DELIVER(msg, ...)                                               \
	do {                                                            \
		static const uint8_t b_[] = { __VA_ARGS__ };            \
		ind_fake_deliver(0, msg, b_, sizeof b_);                \
	} while (0)

/* Request i was msg with exactly these TLVs. */
#define EXPECT_SENT(i, m, ...)                                                  \
	do {                                                                    \
		static const uint8_t e_[] = { __VA_ARGS__ };                    \
		assert_true((i) < fake_rt.n_sent);                              \
		assert_ptr_equal(fake_rt.sent[i].msg, (m));                     \
		assert_int_equal(fake_rt.sent[i].len, sizeof e_);               \
		assert_memory_equal(fake_rt.sent[i].tlv, e_, sizeof e_);        \
	} while (0)

/* ---- SetPowerCallback ------------------------------------------------------------------ */

static void power_a(ULONG mode) { fake_note("A%u ", (unsigned)mode); }
static void power_b(ULONG mode) { fake_note("B%u ", (unsigned)mode); }

static void power_set_deliver_replace_unset(void **state)
{
	(void)state;
	assert_int_equal(SetPowerCallback(power_a), 0);
	EXPECT_SENT(0, &slqs_dms_set_event_report, 0x14, 0x01, 0x00, 0x01);
	assert_int_equal(fake_rt.sent[0].timeout_ms, 2000);
	DELIVER(&slqs_dms_set_event_report, 0x14, 0x01, 0x00, 0x01);	/* low power */
	DELIVER(&slqs_dms_set_event_report, 0x10, 0x02, 0x00, 0x00, 0x50); /* power state only */
	assert_int_equal(SetPowerCallback(power_b), 0);			/* only the latest */
	DELIVER(&slqs_dms_set_event_report, 0x14, 0x01, 0x00, 0x00);
	assert_int_equal(SetPowerCallback(NULL), 0);
	EXPECT_SENT(2, &slqs_dms_set_event_report, 0x14, 0x01, 0x00, 0x00);
	assert_int_equal(ind_fake_subscribed(&slqs_dms_set_event_report), 0);
	DELIVER(&slqs_dms_set_event_report, 0x14, 0x01, 0x00, 0x03);
	assert_string_equal(fake_seen, "A1 B0 ");
}

static void refused_registration_keeps_the_previous_callback(void **state)
{
	(void)state;
	assert_int_equal(SetPowerCallback(power_a), 0);
	fake_rt.verdict = eQCWWAN_ERR_QMI_INVALID_QMI_CMD;
	assert_int_equal(SetPowerCallback(power_b), eQCWWAN_ERR_QMI_INVALID_QMI_CMD);
	DELIVER(&slqs_dms_set_event_report, 0x14, 0x01, 0x00, 0x04);
	/* Unsetting drops the callback even when the modem does not answer. */
	fake_rt.verdict = eQCWWAN_ERR_SWICM_TIMEOUT;
	assert_int_equal(SetPowerCallback(NULL), eQCWWAN_ERR_SWICM_TIMEOUT);
	DELIVER(&slqs_dms_set_event_report, 0x14, 0x01, 0x00, 0x05);
	assert_string_equal(fake_seen, "A4 ");
	assert_int_equal(ind_fake_subscribed(&slqs_dms_set_event_report), 0);
}

static void refused_first_registration_subscribes_nothing(void **state)
{
	(void)state;
	fake_rt.verdict = eQCWWAN_ERR_NO_CONNECTION;
	assert_int_equal(SetPowerCallback(power_a), eQCWWAN_ERR_NO_CONNECTION);
	assert_int_equal(ind_fake_subscribed(&slqs_dms_set_event_report), 0);
}

/* ---- NAS Event Report callbacks -------------------------------------------------------- */

static void strength(INT8 s, ULONG ri) { fake_note("S%d/%u ", s, (unsigned)ri); }
static void rf(ULONG ri, ULONG band, ULONG ch)
{
	fake_note("RF%u/%u/%u ", (unsigned)ri, (unsigned)band, (unsigned)ch);
}
static void reject(ULONG d, ULONG c) { fake_note("LU%u/%u ", (unsigned)d, (unsigned)c); }

/*
 * Every registration goes through slqs_ind_enable() on slot 0, "off" ones
 * too; as the runtime keeps only the latest request of a message, a
 * shared Set Event Report or Register Indications repeats what the other
 * kinds still set need.
 */
static void registrations_are_kept_for_the_runtime(void **state)
{
	INT8 th[] = { -75 };

	(void)state;
	assert_int_equal(SetPowerCallback(power_a), 0);
	EXPECT_SENT(0, &slqs_dms_set_event_report, 0x14, 0x01, 0x00, 0x01);
	assert_int_equal(SetSignalStrengthCallback(strength, 1, th), 0);
	EXPECT_SENT(1, &slqs_nas_set_event_report, 0x10, 0x03, 0x00, 0x01, 0x01, 0xB5);
	th[0] = 0;		/* the SDK kept its own copy */
	assert_int_equal(SetRFInfoCallback(rf), 0);
	EXPECT_SENT(2, &slqs_nas_set_event_report, 0x10, 0x03, 0x00, 0x01, 0x01, 0xB5,
		    0x11, 0x01, 0x00, 0x01);
	/* Refused: the strength thresholds kept are still the accepted ones. */
	fake_rt.verdict = eQCWWAN_ERR_QMI_INVALID_ARG;
	th[0] = -60;
	assert_int_equal(SetSignalStrengthCallback(strength, 1, th), eQCWWAN_ERR_QMI_INVALID_ARG);
	fake_rt.verdict = eQCWWAN_ERR_NONE;
	assert_int_equal(SetLURejectCallback(reject), 0);
	EXPECT_SENT(4, &slqs_nas_set_event_report, 0x10, 0x03, 0x00, 0x01, 0x01, 0xB5,
		    0x11, 0x01, 0x00, 0x01, 0x12, 0x01, 0x00, 0x01);
	assert_int_equal(SetSignalStrengthCallback(NULL, 0, NULL), 0);
	EXPECT_SENT(5, &slqs_nas_set_event_report, 0x10, 0x02, 0x00, 0x00, 0x00,
		    0x11, 0x01, 0x00, 0x01, 0x12, 0x01, 0x00, 0x01);
	assert_int_equal(SetRFInfoCallback(NULL), 0);
	assert_int_equal(SetLURejectCallback(NULL), 0);
	EXPECT_SENT(7, &slqs_nas_set_event_report, 0x12, 0x01, 0x00, 0x00);
	assert_int_equal(SetPowerCallback(NULL), 0);
	EXPECT_SENT(8, &slqs_dms_set_event_report, 0x14, 0x01, 0x00, 0x00);
	for (int i = 0; i < fake_rt.n_sent; i++)
		assert_int_equal(fake_rt.sent[i].client, 0);
}

static void strength_thresholds_and_event(void **state)
{
	INT8 th[] = { -90, -70 };

	(void)state;
	assert_int_equal(SetSignalStrengthCallback(strength, 2, th), 0);
	EXPECT_SENT(0, &slqs_nas_set_event_report, 0x10, 0x04, 0x00, 0x01, 0x02, 0xA6, 0xBA);
	DELIVER(&slqs_nas_set_event_report, 0x10, 0x02, 0x00, 0xC0, 0x08);	/* -64 dBm LTE */
	assert_int_equal(SetSignalStrengthCallback(NULL, 0, NULL), 0);
	EXPECT_SENT(1, &slqs_nas_set_event_report, 0x10, 0x02, 0x00, 0x00, 0x00);
	assert_string_equal(fake_seen, "S-64/8 ");
}

static void strength_argument_errors(void **state)
{
	INT8 th[6] = { 0 };

	(void)state;
	assert_int_equal(SetSignalStrengthCallback(strength, 6, th), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SetSignalStrengthCallback(strength, 1, NULL), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(fake_rt.n_sent, 0);
	assert_int_equal(SetSignalStrengthCallback(NULL, 9, NULL), 0);	/* ignored when unsetting */
}

static void rf_and_reject_share_the_indication(void **state)
{
	(void)state;
	assert_int_equal(SetRFInfoCallback(rf), 0);
	EXPECT_SENT(0, &slqs_nas_set_event_report, 0x11, 0x01, 0x00, 0x01);
	assert_int_equal(SetLURejectCallback(reject), 0);	/* RF's stays on */
	EXPECT_SENT(1, &slqs_nas_set_event_report, 0x11, 0x01, 0x00, 0x01, 0x12, 0x01, 0x00, 0x01);
	DELIVER(&slqs_nas_set_event_report,
		0x11, 0x0B, 0x00, 0x02, 0x08, 0x7A, 0x00, 0x2C, 0x01,	/* LTE band 3, 300 */
				  0x05, 0x50, 0x00, 0x5A, 0x29,		/* UMTS band I, 10586 */
		0x12, 0x03, 0x00, 0x01, 0x0B, 0x00);			/* CS, cause 11 */
	assert_int_equal(SetRFInfoCallback(NULL), 0);
	EXPECT_SENT(2, &slqs_nas_set_event_report, 0x11, 0x01, 0x00, 0x00, 0x12, 0x01, 0x00, 0x01);
	DELIVER(&slqs_nas_set_event_report, 0x11, 0x06, 0x00, 0x01, 0x08, 0x7A, 0x00, 0x2C, 0x01,
		0x12, 0x03, 0x00, 0x02, 0x0F, 0x00);
	assert_int_equal(SetLURejectCallback(NULL), 0);
	EXPECT_SENT(3, &slqs_nas_set_event_report, 0x12, 0x01, 0x00, 0x00);
	assert_string_equal(fake_seen, "RF8/122/300 RF5/80/10586 LU1/11 LU2/15 ");
	assert_int_equal(ind_fake_subscribed(&slqs_nas_set_event_report), 0);
}

static struct SLQSSignalStrengthsInformation last;
static int n_strengths;

static void strengths(struct SLQSSignalStrengthsInformation s)
{
	last = s;
	n_strengths++;
}

static void strengths_request_and_event(void **state)
{
	struct SLQSSignalStrengthsIndReq req = {
		.rxSignalStrengthDelta = 3, .ecioDelta = 2, .ioDelta = 4, .sinrDelta = 1,
		.rsrqDelta = 2, .ecioThresholdListLen = 2, .ecioThresholdList = { -10, -20 },
		.sinrThresholdListLen = 1, .sinrThresholdList = { 5 },
		.lteSnrDelta = 300, .lteRsrpDelta = 6,
	};

	(void)state;
	assert_int_equal(SLQSSetSignalStrengthsCallback(strengths, &req), 0);
	EXPECT_SENT(0, &slqs_nas_set_event_report,
		    0x13, 0x02, 0x00, 0x01, 0x03,
		    0x14, 0x02, 0x00, 0x01, 0x02,
		    0x15, 0x02, 0x00, 0x01, 0x04,
		    0x16, 0x02, 0x00, 0x01, 0x01,
		    0x17, 0x01, 0x00, 0x01,
		    0x18, 0x02, 0x00, 0x01, 0x02,
		    0x19, 0x06, 0x00, 0x01, 0x02, 0xF6, 0xFF, 0xEC, 0xFF,
		    0x1A, 0x03, 0x00, 0x01, 0x01, 0x05,
		    0x1B, 0x02, 0x00, 0x01, 0xFF,	/* 300 does not fit the wire's byte */
		    0x1C, 0x02, 0x00, 0x01, 0x06);
	/* A signal-strength-only event is not this callback's. */
	DELIVER(&slqs_nas_set_event_report, 0x10, 0x02, 0x00, 0xC0, 0x08);
	assert_int_equal(n_strengths, 0);
	DELIVER(&slqs_nas_set_event_report,
		0x13, 0x02, 0x00, 0x46, 0x08,		/* -70 dBm */
		0x18, 0x02, 0x00, 0xF6, 0x08,		/* RSRQ -10 dB */
		0x19, 0x02, 0x00, 0x78, 0x00,		/* SNR 12.0 dB */
		0x1A, 0x02, 0x00, 0xA1, 0xFF);		/* RSRP -95 dBm */
	assert_int_equal(n_strengths, 1);
	assert_int_equal(last.rxSignalStrengthInfo.rxSignalStrength, -70);
	assert_int_equal(last.rxSignalStrengthInfo.radioIf, 8);
	assert_int_equal(last.rsrqInfo.rsrq, -10);
	assert_int_equal(last.lteSnrinfo.snrlevel, 120);
	assert_int_equal(last.lteRsrpinfo.rsrplevel, -95);
	assert_int_equal(last.ecioInfo.ecio, -1);		/* not in the event */
	assert_int_equal(last.io, 0xFFFFFFFFu);
	assert_int_equal(last.sinr, 0xFF);
	assert_int_equal(SLQSSetSignalStrengthsCallback(NULL, NULL), 0);
	EXPECT_SENT(1, &slqs_nas_set_event_report,
		    0x13, 0x02, 0x00, 0x00, 0x00, 0x14, 0x02, 0x00, 0x00, 0x00,
		    0x15, 0x02, 0x00, 0x00, 0x00, 0x16, 0x02, 0x00, 0x00, 0x00,
		    0x17, 0x01, 0x00, 0x00, 0x18, 0x02, 0x00, 0x00, 0x00,
		    0x19, 0x02, 0x00, 0x00, 0x00, 0x1A, 0x02, 0x00, 0x00, 0x00,
		    0x1B, 0x02, 0x00, 0x00, 0x00, 0x1C, 0x02, 0x00, 0x00, 0x00);
}

static void strengths_argument_errors(void **state)
{
	struct SLQSSignalStrengthsIndReq req = { .ecioThresholdListLen = 11 };

	(void)state;
	assert_int_equal(SLQSSetSignalStrengthsCallback(strengths, NULL), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSSetSignalStrengthsCallback(strengths, &req), eQCWWAN_ERR_INVALID_ARG);
	req = (struct SLQSSignalStrengthsIndReq){ .sinrThresholdListLen = 6 };
	assert_int_equal(SLQSSetSignalStrengthsCallback(strengths, &req), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(fake_rt.n_sent, 0);
}

/* ---- Serving System callbacks ---------------------------------------------------------- */

static void serving(struct ServingSystemInfo *s, struct RoamingInfo *r)
{
	fake_note("SS%u/%u/%u/%u/%u:%u/%u R%u/%u ", s->registrationState, s->csAttachState,
	     s->psAttachState, s->selectedNetwork, s->radioInterfaceNo, s->radioInterfaceList[0],
	     s->hdrPersonality, r->TlvPresent, r->roaming_ind);
}

static void roaming(ULONG r) { fake_note("ROAM%u ", (unsigned)r); }

static void serving_and_roaming_share_the_registration(void **state)
{
	(void)state;
	assert_int_equal(SLQSSetServingSystemCallback(serving), 0);
	EXPECT_SENT(0, &slqs_nas_register_indications, 0x13, 0x01, 0x00, 0x01);
	assert_int_equal(SetRoamingIndicatorCallback(roaming), 0);
	EXPECT_SENT(1, &slqs_nas_register_indications, 0x13, 0x01, 0x00, 0x01);
	DELIVER(&slqs_nas_get_serving_system,
		0x01, 0x06, 0x00, 0x01, 0x01, 0x01, 0x02, 0x01, 0x08,
		0x10, 0x01, 0x00, 0x00);				/* roaming */
	DELIVER(&slqs_nas_get_serving_system,
		0x01, 0x06, 0x00, 0x02, 0x00, 0x00, 0x02, 0x01, 0x05);	/* no roaming TLV */
	/* The roaming callback still needs the report. */
	assert_int_equal(SLQSSetServingSystemCallback(NULL), 0);
	EXPECT_SENT(2, &slqs_nas_register_indications, 0x13, 0x01, 0x00, 0x01);
	DELIVER(&slqs_nas_get_serving_system,
		0x01, 0x06, 0x00, 0x01, 0x01, 0x01, 0x02, 0x01, 0x08, 0x10, 0x01, 0x00, 0x01);
	assert_int_equal(SetRoamingIndicatorCallback(NULL), 0);
	EXPECT_SENT(3, &slqs_nas_register_indications, 0x13, 0x01, 0x00, 0x00);
	assert_string_equal(fake_seen,
			    "SS1/1/1/2/1:8/255 R1/0 ROAM0 SS2/0/0/2/1:5/255 R0/0 ROAM1 ");
	assert_int_equal(ind_fake_subscribed(&slqs_nas_get_serving_system), 0);
}

/* ---- SLQSNasSigInfo2CallBack ------------------------------------------------------------ */

static void sig_info(nasSigInfo *p)
{
	fake_note("LTE%d", p->pLTESigInfo ? p->pLTESigInfo->rsrp : 0);
	fake_note(" GSM%d", p->pGSMSigInfo ? *p->pGSMSigInfo : 0);
	fake_note(" %d%d%d%d%d ", !p->pCDMASigInfo, !p->pHDRSigInfo, !p->pWCDMASigInfo, !p->pRscp,
	     !p->pTDSCDMASigInfoExt);
}

static void sig_info_config_and_event(void **state)
{
	WORD rssi[] = { (WORD)-1020, (WORD)-400 };
	WORD delta = 20;
	CDMARSSIThresh cdma = { 2, rssi };
	LTESigRptConfig rpt = { 2, 3 };
	setSignalStrengthInfo cfg = { .pCDMARSSIThresh = &cdma, .pLTERSRPDelta = &delta,
				      .pLTESigRptConfig = &rpt };

	(void)state;
	assert_int_equal(SLQSNasSigInfo2CallBack(sig_info, &cfg), 0);
	EXPECT_SENT(0, &slqs_nas_config_signal_info2,
		    0x10, 0x05, 0x00, 0x02, 0x04, 0xFC, 0x70, 0xFE,
		    0x29, 0x02, 0x00, 0x14, 0x00,
		    0x2A, 0x02, 0x00, 0x02, 0x03);
	EXPECT_SENT(1, &slqs_nas_register_indications, 0x19, 0x01, 0x00, 0x01);
	DELIVER(&slqs_nas_signal_info_ind,
		0x12, 0x01, 0x00, 0xB5,					/* GSM -75 */
		0x14, 0x06, 0x00, 0xC4, 0xF7, 0xA1, 0xFF, 0x78, 0x00);	/* LTE, RSRP -95 */
	assert_int_equal(SLQSNasSigInfo2CallBack(NULL, NULL), 0);
	EXPECT_SENT(2, &slqs_nas_register_indications, 0x19, 0x01, 0x00, 0x00);
	assert_int_equal(fake_rt.n_sent, 3);
	assert_string_equal(fake_seen, "LTE-95 GSM-75 11111 ");
}

static void sig_info_without_config_and_errors(void **state)
{
	WORD many[33] = { 0 };
	LTERSRPThresh big = { 33, many };
	LTERSRPThresh none = { 1, NULL };
	setSignalStrengthInfo cfg = { .pLTERSRPThresh = &big };

	(void)state;
	assert_int_equal(SLQSNasSigInfo2CallBack(sig_info, &cfg), eQCWWAN_ERR_INVALID_ARG);
	cfg.pLTERSRPThresh = &none;
	assert_int_equal(SLQSNasSigInfo2CallBack(sig_info, &cfg), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(fake_rt.n_sent, 0);
	assert_int_equal(SLQSNasSigInfo2CallBack(sig_info, NULL), 0);	/* the modem's settings */
	EXPECT_SENT(0, &slqs_nas_register_indications, 0x19, 0x01, 0x00, 0x01);
	assert_int_equal(SLQSNasSigInfo2CallBack(NULL, NULL), 0);
}

/* ---- SLQSUIMSetStatusChangeCallBack ---------------------------------------------------- */

static void card(UIMStatusChangeInfo *p)
{
	const cardStatus *c = &p->statusChange;

	fake_note("UIM%u/%u/%u/%u ", c->indexGwPri, c->numSlot, c->SlotInfo[0].cardState,
	     c->SlotInfo[0].errorState);
}

static void uim_status_change(void **state)
{
	(void)state;
	assert_int_equal(SLQSUIMSetStatusChangeCallBack(card), 0);
	EXPECT_SENT(0, &slqs_uim_register_events, 0x01, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00);
	assert_int_equal(fake_rt.sent[0].timeout_ms, 30000);
	DELIVER(&slqs_uim_card_status_ind,					/* card removed */
		0x10, 0x0F, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
		0x01, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00);
	assert_int_equal(SLQSUIMSetStatusChangeCallBack(NULL), 0);
	EXPECT_SENT(1, &slqs_uim_register_events, 0x01, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00);
	assert_string_equal(fake_seen, "UIM65535/1/0/1 ");
	assert_int_equal(ind_fake_subscribed(&slqs_uim_card_status_ind), 0);
}

static void serving_and_sig_info_share_register_indications(void **state)
{
	(void)state;
	assert_int_equal(SLQSNasSigInfo2CallBack(sig_info, NULL), 0);
	EXPECT_SENT(0, &slqs_nas_register_indications, 0x19, 0x01, 0x00, 0x01);
	assert_int_equal(SetRoamingIndicatorCallback(roaming), 0);
	EXPECT_SENT(1, &slqs_nas_register_indications, 0x13, 0x01, 0x00, 0x01,
		    0x19, 0x01, 0x00, 0x01);
	assert_int_equal(SLQSNasSigInfo2CallBack(NULL, NULL), 0);
	EXPECT_SENT(2, &slqs_nas_register_indications, 0x13, 0x01, 0x00, 0x01,
		    0x19, 0x01, 0x00, 0x00);
	assert_int_equal(SetRoamingIndicatorCallback(NULL), 0);
	EXPECT_SENT(3, &slqs_nas_register_indications, 0x13, 0x01, 0x00, 0x00);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(power_set_deliver_replace_unset, ind_fake_reset),
		cmocka_unit_test_setup(refused_registration_keeps_the_previous_callback,
				       ind_fake_reset),
		cmocka_unit_test_setup(refused_first_registration_subscribes_nothing,
				       ind_fake_reset),
		cmocka_unit_test_setup(registrations_are_kept_for_the_runtime, ind_fake_reset),
		cmocka_unit_test_setup(strength_thresholds_and_event, ind_fake_reset),
		cmocka_unit_test_setup(strength_argument_errors, ind_fake_reset),
		cmocka_unit_test_setup(rf_and_reject_share_the_indication, ind_fake_reset),
		cmocka_unit_test_setup(strengths_request_and_event, ind_fake_reset),
		cmocka_unit_test_setup(strengths_argument_errors, ind_fake_reset),
		cmocka_unit_test_setup(serving_and_roaming_share_the_registration, ind_fake_reset),
		cmocka_unit_test_setup(sig_info_config_and_event, ind_fake_reset),
		cmocka_unit_test_setup(sig_info_without_config_and_errors, ind_fake_reset),
		cmocka_unit_test_setup(uim_status_change, ind_fake_reset),
		cmocka_unit_test_setup(serving_and_sig_info_share_register_indications,
				       ind_fake_reset),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
