/* UIM message tables: card status layout, PIN messages as qmicli sends them, file reads. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/codec.h"
#include "core/qmux.h"
#include "core/status.h"
#include "pkgs/uim/uim_msg.h"
#include "tests/unit/msg_fixture.h"

static const uint8_t usim_aid[16] = {
	0xA0, 0x00, 0x00, 0x00, 0x87, 0x10, 0x02, 0xFF,
	0x44, 0xFF, 0x12, 0x89, 0x00, 0x00, 0x01, 0x00,
};

/* Card status: one present card, one USIM waiting for PIN1 (3 tries, 10 PUK tries). */
static void fill_status(struct uim_card_status *s)
{
	struct uim_app_status *app = &s->cards[0].apps[0];

	memset(s, 0, sizeof(*s));
	s->index_gw_primary = 0x0000;
	s->index_1x_primary = UIM_INDEX_NONE;
	s->index_gw_secondary = UIM_INDEX_NONE;
	s->index_1x_secondary = UIM_INDEX_NONE;
	s->n_cards = 1;
	s->cards[0].card_state = UIM_CARD_PRESENT;
	s->cards[0].n_apps = 1;
	app->type = UIM_APP_TYPE_USIM;
	app->state = UIM_APP_STATE_PIN_REQUIRED;
	app->perso_state = UIM_PERSO_STATE_READY;
	app->perso_feature = UIM_PERSO_FEATURE_UNKNOWN;
	app->n_aid = sizeof(usim_aid);
	memcpy(app->aid, usim_aid, sizeof(usim_aid));
	app->pin1_state = UIM_PIN_ENABLED_NOT_VERIFIED;
	app->pin1_retries = 3;
	app->puk1_retries = 10;
	app->pin2_state = UIM_PIN_ENABLED_NOT_VERIFIED;
	app->pin2_retries = 3;
	app->puk2_retries = 10;
}

static const uint8_t status_tlv[] = {
	0x10, 0x2D, 0x00,
	0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,	/* GW primary slot 0 app 0 */
	0x01,						/* one card */
	0x01, 0x00, 0x00, 0x00, 0x00,			/* present, no UPIN, no error */
	0x01,						/* one application */
	0x02, 0x02, 0x02, 0x0B, 0x00, 0x00,		/* USIM, PIN required, perso ready */
	0x10, 0xA0, 0x00, 0x00, 0x00, 0x87, 0x10, 0x02, 0xFF,
	0x44, 0xFF, 0x12, 0x89, 0x00, 0x00, 0x01, 0x00,
	0x00, 0x01, 0x03, 0x0A, 0x01, 0x03, 0x0A,	/* PIN1 / PIN2 */
};

static void card_status_exact_bytes(void **state)
{
	struct uim_card_status_msg in = { 0 }, out;

	(void)state;
	fill_status(&in.status);
	msg_fx_expect_area(&slqs_uim_get_card_status, QMI_RESPONSE, &in, status_tlv,
			   sizeof(status_tlv), &out);
	assert_memory_equal(&out, &in, sizeof(in));
}

static void card_status_indication_round_trip(void **state)
{
	struct uim_card_status_msg in, out;

	(void)state;
	fill_status(&in.status);
	in.status.cards[0].apps[0].state = UIM_APP_STATE_READY;
	in.status.cards[0].apps[0].pin1_state = UIM_PIN_ENABLED_VERIFIED;
	assert_int_equal(slqs_uim_card_status_ind.id, UIM_MSG_CARD_STATUS_IND);
	assert_int_equal(msg_fx_write_read(&slqs_uim_card_status_ind, QMI_INDICATION, NULL, &in,
					   &out, NULL), 0);
	assert_int_equal(out.status.cards[0].apps[0].pin1_state, UIM_PIN_ENABLED_VERIFIED);
	assert_int_equal(out.status.cards[0].apps[0].n_aid, 16);
}

static void card_status_real_modem_order(void **state)
{
	/* Vendor TLVs (0x12, 0x11) first, the status, the result last. */
	uint8_t tlvs[sizeof(status_tlv) + 32];
	static const uint8_t head[] = { 0x12, 0x01, 0x00, 0x01, 0x11, 0x02, 0x00, 0x01, 0x00 };
	static const uint8_t result[] = { 0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00 };
	struct uim_card_status_msg out;
	struct qmi_result res;
	size_t n = 0;

	(void)state;
	memcpy(tlvs + n, head, sizeof(head));
	n += sizeof(head);
	memcpy(tlvs + n, status_tlv, sizeof(status_tlv));
	n += sizeof(status_tlv);
	memcpy(tlvs + n, result, sizeof(result));
	n += sizeof(result);
	assert_int_equal(msg_fx_read(&slqs_uim_get_card_status, QMI_RESPONSE, tlvs, n, &out, &res),
			 0);
	assert_int_equal(res.result, QMI_RESULT_SUCCESS);
	assert_int_equal(out.status.n_cards, 1);
	assert_int_equal(out.status.cards[0].apps[0].type, UIM_APP_TYPE_USIM);
	assert_int_equal(out.status.cards[0].apps[0].puk1_retries, 10);
	assert_int_equal(out.status.index_1x_primary, UIM_INDEX_NONE);
	/* 0x11 is the hot-swap status: one slot, "not supported". */
	assert_true(out.has_hot_swap);
	assert_int_equal(out.n_hot_swap, 1);
	assert_int_equal(out.hot_swap[0], 0);
}

static void slot_status_indication(void **state)
{
	/* An active slot with a card, an empty inactive one; the slot information (0x11) skipped. */
	static const uint8_t tlvs[] = {
		0x10, 0x17, 0x00, 0x02,
		0x02, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x02, 0x98, 0x10,
		0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x11, 0x08, 0x00, 0x01, 0x02, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00,	/* UICC, 1 app */
	};
	struct uim_slot_status_msg out;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_uim_slot_status_ind, QMI_INDICATION, tlvs, sizeof(tlvs),
				     &out, NULL), 0);
	assert_true(out.has_slots);
	assert_int_equal(out.n_slots, 2);
	assert_int_equal(out.slots[0].card_state, UIM_PHYS_CARD_PRESENT);
	assert_int_equal(out.slots[0].slot_state, UIM_SLOT_ACTIVE);
	assert_int_equal(out.slots[0].logical_slot, 1);
	assert_int_equal(out.slots[0].n_iccid, 2);
	assert_int_equal(out.slots[1].card_state, UIM_PHYS_CARD_ABSENT);
	assert_int_equal(out.slots[1].n_iccid, 0);
}

static void card_status_bad_counts_fail(void **state)
{
	uint8_t tlvs[sizeof(status_tlv)];
	struct uim_card_status_msg out;

	(void)state;
	/* Two cards announced, one present. */
	memcpy(tlvs, status_tlv, sizeof(tlvs));
	tlvs[11] = 0x02;
	assert_int_equal(slqs_decode(slqs_uim_get_card_status.rsp, tlvs, sizeof(tlvs), &out,
				    sizeof(out), 1), QMI_E_TRUNCATED);
	/* More applications than the C side holds. */
	memcpy(tlvs, status_tlv, sizeof(tlvs));
	tlvs[17] = UIM_MAX_APPS + 1;
	assert_int_equal(slqs_decode(slqs_uim_get_card_status.rsp, tlvs, sizeof(tlvs), &out,
				    sizeof(out), 1), QMI_E_OVERFLOW);
	/* An AID longer than the TLV. */
	memcpy(tlvs, status_tlv, sizeof(tlvs));
	tlvs[24] = 0x1F;
	assert_int_equal(slqs_decode(slqs_uim_get_card_status.rsp, tlvs, sizeof(tlvs), &out,
				    sizeof(out), 1), QMI_E_TRUNCATED);
}

static void verify_pin_request_as_qmicli_sends(void **state)
{
	/* qmicli --uim-verify-pin=PIN1,1234: card slot 1 session, no AID. */
	static const uint8_t expect[] = {
		0x01, 0x02, 0x00, 0x06, 0x00,
		0x02, 0x06, 0x00, 0x01, 0x04, '1', '2', '3', '4',
	};
	struct uim_verify_pin_req in = {
		.session = { UIM_SESSION_CARD_SLOT1, 0, { 0 } },
		.info = { UIM_PIN_ID_PIN1, "1234" },
	}, out;

	(void)state;
	msg_fx_expect_area(&slqs_uim_verify_pin, QMI_REQUEST, &in, expect, sizeof(expect), &out);
	assert_int_equal(out.session.type, UIM_SESSION_CARD_SLOT1);
	assert_int_equal(out.session.n_aid, 0);
	assert_string_equal(out.info.pin, "1234");
	assert_false(out.has_token);
}

static void pin_requests_need_session_and_info(void **state)
{
	static const uint8_t info_only[] = { 0x02, 0x06, 0x00, 0x01, 0x04, '1', '2', '3', '4' };
	struct uim_verify_pin_req out;

	(void)state;
	assert_int_equal(slqs_decode(slqs_uim_verify_pin.req, info_only, sizeof(info_only), &out,
				    sizeof(out), 1), QMI_E_MISSING);
}

static void unblock_and_change_round_trip(void **state)
{
	struct uim_unblock_pin_req ub = {
		.session = { UIM_SESSION_PRIMARY_GW_PROV, 0, { 0 } },
		.info = { UIM_PIN_ID_PIN1, "12345678", "4321" },
		.has_token = 1, .token = 0xA5A5A5A5,
	}, ub_out;
	struct uim_change_pin_req ch = {
		.session = { UIM_SESSION_NONPROV_SLOT1, 16, { 0 } },
		.info = { UIM_PIN_ID_PIN2, "5678", "87654321" },
	}, ch_out;

	(void)state;
	memcpy(ch.session.aid, usim_aid, sizeof(usim_aid));
	assert_int_equal(msg_fx_write_read(&slqs_uim_unblock_pin, QMI_REQUEST, NULL, &ub, &ub_out,
					   NULL), 0);
	assert_string_equal(ub_out.info.puk, "12345678");
	assert_string_equal(ub_out.info.new_pin, "4321");
	assert_true(ub_out.has_token);
	assert_int_equal(ub_out.token, 0xA5A5A5A5);

	assert_int_equal(msg_fx_write_read(&slqs_uim_change_pin, QMI_REQUEST, NULL, &ch, &ch_out,
					   NULL), 0);
	assert_int_equal(ch_out.info.pin_id, UIM_PIN_ID_PIN2);
	assert_string_equal(ch_out.info.old_pin, "5678");
	assert_string_equal(ch_out.info.new_pin, "87654321");
	assert_int_equal(ch_out.session.n_aid, 16);
	assert_memory_equal(ch_out.session.aid, usim_aid, 16);
}

static void pin_failure_descending_with_card_result(void **state)
{
	/* IncorrectPin, card result 63 C2, retries {2, 10}: in descending order. */
	static const uint8_t tlvs[] = {
		0x13, 0x02, 0x00, 0x63, 0xC2,
		0x10, 0x02, 0x00, 0x02, 0x0A,
		0x02, 0x04, 0x00, 0x01, 0x00, 0x0C, 0x00,
	};
	struct uim_pin_rsp rsp;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_uim_verify_pin, QMI_RESPONSE, tlvs, sizeof(tlvs), &rsp,
				     &res), 0);
	assert_int_equal(res.error, 12);
	assert_true(rsp.has_retries);
	assert_int_equal(rsp.retries.verify_left, 2);
	assert_int_equal(rsp.retries.unblock_left, 10);
	assert_true(rsp.has_card_result);
	assert_int_equal(rsp.card_result.sw1, 0x63);
	assert_int_equal(rsp.card_result.sw2, 0xC2);
	/* Set PIN Protection defines no card result: TLV 0x13 is skipped there. */
	assert_int_equal(msg_fx_read(&slqs_uim_set_pin_protection, QMI_RESPONSE, tlvs, sizeof(tlvs),
				     &rsp, &res), 0);
	assert_true(rsp.has_retries);
	assert_false(rsp.has_card_result);
}

static void set_pin_protection_request(void **state)
{
	/* qmicli --uim-set-pin-protection=PIN1,disable,1234 */
	static const uint8_t expect[] = {
		0x01, 0x02, 0x00, 0x06, 0x00,
		0x02, 0x07, 0x00, 0x01, 0x00, 0x04, '1', '2', '3', '4',
	};
	struct uim_set_pin_protection_req in = {
		.session = { UIM_SESSION_CARD_SLOT1, 0, { 0 } },
		.info = { UIM_PIN_ID_PIN1, 0, "1234" },
	}, out;

	(void)state;
	msg_fx_expect_area(&slqs_uim_set_pin_protection, QMI_REQUEST, &in, expect, sizeof(expect),
			   &out);
	assert_int_equal(out.info.enabled, 0);
	assert_string_equal(out.info.pin, "1234");
}

static void register_events_round_trip(void **state)
{
	static const uint8_t req_bytes[] = { 0x01, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00 };
	struct uim_register_events_req req;
	struct uim_register_events_rsp rsp = { 1, UIM_EVENT_CARD_STATUS }, rsp_out;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_uim_register_events, QMI_REQUEST, req_bytes,
				     sizeof(req_bytes), &req, NULL), 0);
	assert_int_equal(req.mask, UIM_EVENT_CARD_STATUS);
	assert_int_equal(msg_fx_write_read(&slqs_uim_register_events, QMI_RESPONSE, NULL, &rsp,
					   &rsp_out, NULL), 0);
	assert_true(rsp_out.has_mask);
	assert_int_equal(rsp_out.mask, UIM_EVENT_CARD_STATUS);
}

static void read_transparent_iccid(void **state)
{
	/* qmicli --uim-read-transparent=0x3F00,0x2FE2 */
	static const uint8_t req_bytes[] = {
		0x01, 0x02, 0x00, 0x00, 0x00,
		0x02, 0x05, 0x00, 0xE2, 0x2F, 0x02, 0x00, 0x3F,
		0x03, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
	};
	static const uint8_t iccid[10] = {
		0x98, 0x10, 0x00, 0x00, 0x00, 0x10, 0x32, 0x54, 0x76, 0x48,
	};
	struct uim_read_transparent_req req;
	struct uim_read_transparent_rsp rsp = { 0 }, out;
	uint8_t buf[64];
	struct qmi_wbuf w;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_uim_read_transparent, QMI_REQUEST, req_bytes,
				     sizeof(req_bytes), &req, NULL), 0);
	assert_int_equal(req.session.type, UIM_SESSION_PRIMARY_GW_PROV);
	assert_int_equal(req.file.file_id, 0x2FE2);
	assert_int_equal(req.file.n_path, 2);
	assert_int_equal(req.file.path[1], 0x3F);
	assert_int_equal(req.read.length, 0);

	rsp.has_card_result = 1;
	rsp.card_result = (struct uim_card_result){ 0x90, 0x00 };
	rsp.has_data = 1;
	rsp.n_data = sizeof(iccid);
	memcpy(rsp.data, iccid, sizeof(iccid));
	qmi_wbuf_init(&w, buf, sizeof(buf));
	assert_int_equal(slqs_encode(slqs_uim_read_transparent.rsp, &rsp, &w), 0);
	/* 0x10 card result (5 bytes), then 0x11 with a u16 length. */
	assert_int_equal(w.len, 5 + 3 + 2 + sizeof(iccid));
	assert_int_equal(buf[5], 0x11);
	assert_int_equal(buf[8], sizeof(iccid));
	assert_int_equal(buf[9], 0x00);
	assert_int_equal(slqs_decode(slqs_uim_read_transparent.rsp, buf, w.len, &out, sizeof(out),
				    1), 0);
	assert_int_equal(out.n_data, sizeof(iccid));
	assert_memory_equal(out.data, iccid, sizeof(iccid));
	assert_int_equal(out.card_result.sw1, 0x90);
}

static void truncations_never_over_read(void **state)
{
	struct uim_card_status_msg cs = { 0 };
	struct uim_pin_rsp pin = { 1, { 0, 10 }, 1, 7, 1, { 0x69, 0x83 } };
	const struct { const struct qmi_elem *ei; const void *c; size_t size; } cases[] = {
		{ slqs_uim_get_card_status.rsp, &cs, sizeof(struct uim_card_status_msg) },
		{ slqs_uim_verify_pin.rsp, &pin, sizeof(struct uim_pin_rsp) },
	};
	uint8_t buf[512];
	struct qmi_wbuf w;

	(void)state;
	fill_status(&cs.status);
	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		qmi_wbuf_init(&w, buf, sizeof(buf));
		assert_int_equal(slqs_encode(cases[k].ei, cases[k].c, &w), 0);
		msg_fx_every_cut(cases[k].ei, buf, w.len, cases[k].size, 1);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(card_status_exact_bytes),
		cmocka_unit_test(card_status_indication_round_trip),
		cmocka_unit_test(card_status_real_modem_order),
		cmocka_unit_test(card_status_bad_counts_fail),
		cmocka_unit_test(slot_status_indication),
		cmocka_unit_test(verify_pin_request_as_qmicli_sends),
		cmocka_unit_test(pin_requests_need_session_and_info),
		cmocka_unit_test(unblock_and_change_round_trip),
		cmocka_unit_test(pin_failure_descending_with_card_result),
		cmocka_unit_test(set_pin_protection_request),
		cmocka_unit_test(register_events_round_trip),
		cmocka_unit_test(read_transparent_iccid),
		cmocka_unit_test(truncations_never_over_read),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
