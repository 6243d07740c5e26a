/* DMS message tables: round trips, and responses shaped like real modems send them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/codec.h"
#include "core/qmux.h"
#include "core/status.h"
#include "pkgs/dms/dms_msg.h"
#include "tests/unit/msg_fixture.h"

static void manufacturer_with_counted_nul(void **state)
{
	/* "Sierra Wireless, Incorporated" followed by the NUL the firmware counts. */
	static const uint8_t tlvs[] = {
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x01, 0x1E, 0x00, 'S', 'i', 'e', 'r', 'r', 'a', ' ', 'W', 'i', 'r', 'e', 'l',
		'e', 's', 's', ',', ' ', 'I', 'n', 'c', 'o', 'r', 'p', 'o', 'r', 'a', 't', 'e',
		'd', 0x00,
	};
	struct dms_string_rsp rsp;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_dms_get_manufacturer, QMI_RESPONSE, tlvs, sizeof(tlvs),
				     &rsp, &res), 0);
	assert_int_equal(res.result, QMI_RESULT_SUCCESS);
	assert_string_equal(rsp.value, "Sierra Wireless, Incorporated");
}

static void model_blanks_kept_verbatim(void **state)
{
	/* Trailing tab and blank (as "EM12-AW\t"): the decoder keeps them. */
	static const uint8_t tlvs[] = {
		0x01, 0x08, 0x00, 'M', 'C', '7', '4', '5', '5', '\t', ' ',
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
	};
	struct dms_string_rsp rsp;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_dms_get_model, QMI_RESPONSE, tlvs, sizeof(tlvs), &rsp,
				     &res), 0);
	assert_string_equal(rsp.value, "MC7455\t ");
}

static void string_round_trip_and_exact_bytes(void **state)
{
	struct dms_string_rsp in = { "SWI9X30C_02.24.05.06" }, out;
	static const uint8_t expect_tlv[] = {
		0x01, 0x14, 0x00, 'S', 'W', 'I', '9', 'X', '3', '0', 'C', '_', '0', '2', '.', '2',
		'4', '.', '0', '5', '.', '0', '6',
	};

	(void)state;
	/* The simulator sends no NUL: exactly the characters. */
	msg_fx_expect_area(&slqs_dms_get_revision, QMI_RESPONSE, &in, expect_tlv,
			   sizeof(expect_tlv), &out);
	assert_string_equal(out.value, in.value);
}

static void ids_descending_with_unknown_tlvs(void **state)
{
	/* MEID, IMEI, ESN in descending order, a vendor TLV first, result last. */
	static const uint8_t tlvs[] = {
		0x9A, 0x02, 0x00, 0xDE, 0xAD,
		0x12, 0x0F, 0x00, '3', '5', '9', '0', '7', '2', '0', '6', '1', '2', '3', '4', '5',
		'6', 0x00,
		0x11, 0x0F, 0x00, '3', '5', '9', '0', '7', '2', '0', '6', '1', '2', '3', '4', '5',
		'6', '9',
		0x10, 0x02, 0x00, '0', 0x00,
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
	};
	struct dms_get_ids_rsp rsp;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_dms_get_ids, QMI_RESPONSE, tlvs, sizeof(tlvs), &rsp,
				     &res), 0);
	assert_true(rsp.has_esn);
	assert_string_equal(rsp.esn, "0");
	assert_true(rsp.has_imei);
	assert_string_equal(rsp.imei, "359072061234569");
	assert_true(rsp.has_meid);
	assert_string_equal(rsp.meid, "35907206123456");
	assert_false(rsp.has_imei_sv);
}

static void ids_round_trip_skips_absent(void **state)
{
	struct dms_get_ids_rsp in = { 0 }, out;
	struct qmi_result res;

	(void)state;
	in.has_imei = 1;
	strcpy(in.imei, "359072061234569");
	in.has_esn = 1;
	strcpy(in.esn, "0");
	assert_int_equal(msg_fx_write_read(&slqs_dms_get_ids, QMI_RESPONSE, NULL, &in, &out,
					   &res), 0);
	assert_true(out.has_imei);
	assert_string_equal(out.imei, in.imei);
	assert_true(out.has_esn);
	assert_false(out.has_meid);
}

static void capabilities_exact_bytes(void **state)
{
	struct dms_get_capabilities_rsp in = {
		.info = { 50000000, 300000000, DMS_DATA_CAP_SIMUL_CSPS, DMS_SIM_CAP_SUPPORTED,
			  2, { DMS_RADIO_UMTS, DMS_RADIO_LTE } },
	}, out;
	static const uint8_t expect[] = {
		0x01, 0x0D, 0x00,
		0x80, 0xF0, 0xFA, 0x02,		/* 50 000 000 */
		0x00, 0xA3, 0xE1, 0x11,		/* 300 000 000 */
		0x03, 0x02, 0x02, 0x05, 0x08,
	};

	(void)state;
	msg_fx_expect_area(&slqs_dms_get_capabilities, QMI_RESPONSE, &in, expect, sizeof(expect),
			   &out);
	assert_int_equal(out.info.max_rx_rate, 300000000u);
	assert_int_equal(out.info.n_radio_ifs, 2);
	assert_int_equal(out.info.radio_ifs[1], DMS_RADIO_LTE);
}

static void capabilities_radio_count_past_data_fails(void **state)
{
	/* Radio interface count 3 with only 2 bytes left: refused, never read past. */
	static const uint8_t tlvs[] = {
		0x01, 0x0D, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x02, 0x03, 0x05, 0x08,
	};
	struct dms_get_capabilities_rsp out;

	(void)state;
	assert_int_equal(slqs_decode(slqs_dms_get_capabilities.rsp, tlvs, sizeof(tlvs), &out,
				    sizeof(out), 1), QMI_E_TRUNCATED);
}

static void operating_mode_round_trip(void **state)
{
	struct dms_get_operating_mode_rsp in = {
		.mode = DMS_MODE_OFFLINE, .has_offline_reason = 1, .offline_reason = 0x0008,
		.has_hw_restricted = 1, .hw_restricted = 0,
	}, out;
	struct dms_set_operating_mode_req set = { DMS_MODE_LOW_POWER }, set_out;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_write_read(&slqs_dms_get_operating_mode, QMI_RESPONSE, NULL,
					   &in, &out, &res), 0);
	assert_int_equal(out.mode, DMS_MODE_OFFLINE);
	assert_true(out.has_offline_reason);
	assert_int_equal(out.offline_reason, 0x0008);
	assert_true(out.has_hw_restricted);
	assert_int_equal(msg_fx_write_read(&slqs_dms_set_operating_mode, QMI_REQUEST, NULL, &set,
					   &set_out, NULL), 0);
	assert_int_equal(set_out.mode, DMS_MODE_LOW_POWER);
}

static void set_operating_mode_without_mode_fails(void **state)
{
	struct dms_set_operating_mode_req out;

	(void)state;
	assert_int_equal(slqs_decode(slqs_dms_set_operating_mode.req, NULL, 0, &out, sizeof(out), 1),
			 QMI_E_MISSING);
}

static void band_capabilities_round_trip(void **state)
{
	struct dms_get_band_capabilities_rsp in = { 0 }, out;
	struct qmi_result res;

	(void)state;
	in.band_capability = (1ull << 22) | (1ull << 49);
	in.has_lte_band_capability = 1;
	in.lte_band_capability = (1ull << 0) | (1ull << 40);
	in.has_extended_lte_bands = 1;
	in.n_extended_lte_bands = 3;
	in.extended_lte_bands[0] = 1;
	in.extended_lte_bands[1] = 41;
	in.extended_lte_bands[2] = 66;
	assert_int_equal(msg_fx_write_read(&slqs_dms_get_band_capabilities, QMI_RESPONSE, NULL,
					   &in, &out, &res), 0);
	assert_int_equal(out.band_capability, in.band_capability);
	assert_true(out.has_lte_band_capability);
	assert_true(out.lte_band_capability == in.lte_band_capability);
	assert_int_equal(out.n_extended_lte_bands, 3);
	assert_int_equal(out.extended_lte_bands[2], 66);
	assert_false(out.has_nr5g_bands);
}

static void uim_verify_pin_request_bytes(void **state)
{
	struct dms_uim_verify_pin_req in = { .info = { DMS_PIN_ID_PIN1, "1234" } }, out;
	static const uint8_t expect[] = { 0x01, 0x06, 0x00, 0x01, 0x04, '1', '2', '3', '4' };

	(void)state;
	msg_fx_expect_area(&slqs_dms_uim_verify_pin, QMI_REQUEST, &in, expect, sizeof(expect),
			   &out);
	assert_int_equal(out.info.pin_id, DMS_PIN_ID_PIN1);
	assert_string_equal(out.info.pin, "1234");
}

static void uim_verify_pin_overlong_pin_refused(void **state)
{
	/* A 20-digit "PIN" does not fit: an error, not a cut string. */
	static const uint8_t tlvs[] = {
		0x01, 0x16, 0x00, 0x01, 0x14,
		'1', '2', '3', '4', '5', '6', '7', '8', '9', '0',
		'1', '2', '3', '4', '5', '6', '7', '8', '9', '0',
	};
	struct dms_uim_verify_pin_req out;

	(void)state;
	assert_int_equal(slqs_decode(slqs_dms_uim_verify_pin.req, tlvs, sizeof(tlvs), &out,
				    sizeof(out), 1), QMI_E_OVERFLOW);
}

static void uim_verify_pin_failure_carries_retries(void **state)
{
	/* IncorrectPin (12) with 2 verify / 10 unblock retries, TLVs descending. */
	static const uint8_t tlvs[] = {
		0x10, 0x02, 0x00, 0x02, 0x0A,
		0x02, 0x04, 0x00, 0x01, 0x00, 0x0C, 0x00,
	};
	struct dms_uim_verify_pin_rsp rsp;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_dms_uim_verify_pin, QMI_RESPONSE, tlvs, sizeof(tlvs),
				     &rsp, &res), 0);
	assert_int_equal(res.result, QMI_RESULT_FAILURE);
	assert_int_equal(res.error, 12);
	assert_true(rsp.has_retries);
	assert_int_equal(rsp.retries.verify_left, 2);
	assert_int_equal(rsp.retries.unblock_left, 10);
}

static void uim_legacy_refused_has_only_result(void **state)
{
	/* What an MC7455 answers to DMS UIM Get ICCID: InvalidQmiCommand (71). */
	static const uint8_t tlvs[] = { 0x02, 0x04, 0x00, 0x01, 0x00, 0x47, 0x00 };
	struct dms_string_rsp rsp;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_dms_uim_get_iccid, QMI_RESPONSE, tlvs, sizeof(tlvs), &rsp,
				     &res), 0);
	assert_int_equal(res.error, 71);
	assert_string_equal(rsp.value, "");
}

static void uim_pin_status_round_trip(void **state)
{
	struct dms_uim_get_pin_status_rsp in = {
		.has_pin1 = 1, .pin1 = { 1, 3, 10 }, .has_pin2 = 1, .pin2 = { 1, 3, 10 },
	}, out;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_write_read(&slqs_dms_uim_get_pin_status, QMI_RESPONSE, NULL, &in,
					   &out, &res), 0);
	assert_true(out.has_pin1);
	assert_int_equal(out.pin1.status, 1);
	assert_int_equal(out.pin1.verify_left, 3);
	assert_int_equal(out.pin1.unblock_left, 10);
	assert_true(out.has_pin2);
}

static void pin_status_short_tlv_keeps_what_is_there(void **state)
{
	/* PIN1 status TLV cut after two of its three bytes. */
	static const uint8_t tlvs[] = { 0x11, 0x02, 0x00, 0x02, 0x03 };
	struct dms_uim_get_pin_status_rsp out;

	(void)state;
	assert_int_equal(slqs_decode(slqs_dms_uim_get_pin_status.rsp, tlvs, sizeof(tlvs), &out,
				    sizeof(out), 1), 0);
	assert_true(out.has_pin1);
	assert_int_equal(out.pin1.status, 2);
	assert_int_equal(out.pin1.verify_left, 3);
	assert_int_equal(out.pin1.unblock_left, 0);
}

/* Every cut of every encoded response decodes or fails cleanly (ASan watches). */
static void truncations_never_over_read(void **state)
{
	struct dms_get_band_capabilities_rsp bands = { .band_capability = 1,
		.has_lte_band_capability = 1, .lte_band_capability = 2,
		.has_extended_lte_bands = 1, .n_extended_lte_bands = 2,
		.extended_lte_bands = { 1, 66 } };
	struct dms_get_capabilities_rsp caps = { .info = { 1, 2, 3, 2, 2, { 5, 8 } } };
	struct dms_get_ids_rsp ids = { .has_esn = 1, .esn = "0", .has_imei = 1,
		.imei = "359072061234569" };
	const struct { const struct qmi_msg *m; const void *c; } cases[] = {
		{ &slqs_dms_get_band_capabilities, &bands },
		{ &slqs_dms_get_capabilities, &caps },
		{ &slqs_dms_get_ids, &ids },
	};
	uint8_t area[1024];

	(void)state;
	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		size_t len = msg_fx_encode_area(cases[k].m, QMI_RESPONSE, cases[k].c, area,
						sizeof(area));

		msg_fx_every_cut(cases[k].m->rsp, area, len, cases[k].m->rsp_size, 1);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(manufacturer_with_counted_nul),
		cmocka_unit_test(model_blanks_kept_verbatim),
		cmocka_unit_test(string_round_trip_and_exact_bytes),
		cmocka_unit_test(ids_descending_with_unknown_tlvs),
		cmocka_unit_test(ids_round_trip_skips_absent),
		cmocka_unit_test(capabilities_exact_bytes),
		cmocka_unit_test(capabilities_radio_count_past_data_fails),
		cmocka_unit_test(operating_mode_round_trip),
		cmocka_unit_test(set_operating_mode_without_mode_fails),
		cmocka_unit_test(band_capabilities_round_trip),
		cmocka_unit_test(uim_verify_pin_request_bytes),
		cmocka_unit_test(uim_verify_pin_overlong_pin_refused),
		cmocka_unit_test(uim_verify_pin_failure_carries_retries),
		cmocka_unit_test(uim_legacy_refused_has_only_result),
		cmocka_unit_test(uim_pin_status_round_trip),
		cmocka_unit_test(pin_status_short_tlv_keeps_what_is_there),
		cmocka_unit_test(truncations_never_over_read),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
