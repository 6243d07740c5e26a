/*
 * NAS message tables: round trips, and responses shaped the way real
 * modems send them (TLVs descending, unknown TLVs, short TLVs, 0xFF MNC
 * padding, sentinel values).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/codec.h"
#include "core/status.h"
#include "core/tlv.h"
#include "pkgs/nas/nas_msg.h"
#include "tests/unit/msg_fixture.h"

/* ---- Serving System ---------------------------------------------------------- */

static void fill_serving_system(struct nas_serving_system *s)
{
	memset(s, 0, sizeof(*s));
	s->serving_system = (struct nas_serving_system_info){
		NAS_REG_REGISTERED, NAS_ATTACH_ATTACHED, NAS_ATTACH_ATTACHED, NAS_NETWORK_3GPP,
		1, { NAS_RADIO_LTE } };
	s->has_roaming_indicator = 1;
	s->roaming_indicator = NAS_ROAMING_IND_OFF;
	s->has_data_service_capability = 1;
	s->n_data_service_capability = 1;
	s->data_service_capability[0] = NAS_DATA_CAP_LTE;
	s->has_current_plmn = 1;
	s->current_plmn = (struct nas_plmn){ 1, 1, "Test Network" };
	s->has_lac = 1;
	s->lac = 0x2B67;
	s->has_cid = 1;
	s->cid = 0x01A2D001;
	s->has_detailed_service_status = 1;
	s->detailed_service_status = (struct nas_detailed_service_status){
		NAS_SERVICE_AVAILABLE, NAS_DOMAIN_CS_PS, 0, 0, 0 };
	s->has_lte_tac = 1;
	s->lte_tac = 12345;
	s->has_mnc_pcs_digit = 1;
	s->mnc_pcs_digit = (struct nas_mnc_pcs_digit){ 1, 1, 0 };
}

static void serving_system_round_trips(void **state)
{
	struct nas_serving_system in, out;

	(void)state;
	fill_serving_system(&in);
	msg_fx_round_trip(&slqs_nas_get_serving_system, QMI_RESPONSE, &in, &out);

	in.has_plmn_not_changed = 1;
	in.plmn_not_changed = 1;
	msg_fx_round_trip(&slqs_nas_get_serving_system, QMI_INDICATION, &in, &out);
}

/* The trap: after 0x18 the indication numbers TLVs differently. */
static void serving_system_indication_numbering(void **state)
{
	struct nas_serving_system in;
	uint8_t area[512];
	struct qmi_tlv t;
	size_t rsp_len, ind_len;

	(void)state;
	fill_serving_system(&in);
	rsp_len = msg_fx_encode_area(&slqs_nas_get_serving_system, QMI_RESPONSE, &in, area,
				     sizeof(area));
	assert_int_equal(slqs_tlv_find(area, rsp_len, 0x1C, &t), 1);	/* LAC */
	assert_int_equal(t.len, 2);
	assert_int_equal(slqs_tlv_find(area, rsp_len, 0x24, &t), 1);	/* TAC */
	assert_int_equal(t.len, 2);
	assert_int_equal(slqs_tlv_find(area, rsp_len, 0x27, &t), 1);	/* MNC PCS digit */
	assert_int_equal(t.len, 5);

	ind_len = msg_fx_encode_area(&slqs_nas_get_serving_system, QMI_INDICATION, &in, area,
				     sizeof(area));
	assert_int_equal(ind_len, rsp_len);
	assert_int_equal(slqs_tlv_find(area, ind_len, 0x1C, &t), 0);
	assert_int_equal(slqs_tlv_find(area, ind_len, 0x1D, &t), 1);	/* LAC */
	assert_int_equal(t.len, 2);
	assert_int_equal(slqs_tlv_find(area, ind_len, 0x1E, &t), 1);	/* CID */
	assert_int_equal(t.len, 4);
	assert_int_equal(slqs_tlv_find(area, ind_len, 0x22, &t), 1);	/* detailed status */
	assert_int_equal(t.len, 5);
	assert_int_equal(slqs_tlv_find(area, ind_len, 0x25, &t), 1);	/* TAC */
	assert_int_equal(slqs_tlv_find(area, ind_len, 0x29, &t), 1);	/* MNC PCS digit */
	assert_int_equal(t.len, 5);
}

/* A response as some firmware sends it: descending, unknown TLVs around,
 * a 4-byte detailed service status, a PLMN with an empty name. */
static const uint8_t serving_system_real[] = {
	0xF0, 0x03, 0x00, 0xAA, 0xBB, 0xCC,			/* unknown */
	0x29, 0x04, 0x00, 0x05, 0x00, 0x00, 0x00,		/* name source */
	0x27, 0x05, 0x00, 0x36, 0x01, 0x04, 0x01, 0x01,		/* 310/260, 3 digits */
	0x24, 0x02, 0x00, 0x39, 0x30,				/* TAC 12345 */
	0x21, 0x04, 0x00, 0x02, 0x03, 0x00, 0x00,		/* short: no "forbidden" */
	0x1D, 0x04, 0x00, 0x01, 0xD0, 0xA2, 0x01,		/* CID */
	0x1C, 0x02, 0x00, 0xFE, 0xFF,				/* LAC 0xFFFE */
	0x12, 0x05, 0x00, 0x36, 0x01, 0x04, 0x01, 0x00,		/* PLMN, empty name */
	0x11, 0x03, 0x00, 0x02, 0x01, 0x0B,			/* GPRS, LTE */
	0x10, 0x01, 0x00, 0x01,					/* roaming off */
	0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,		/* result */
	0x01, 0x06, 0x00, 0x01, 0x01, 0x01, 0x02, 0x01, 0x08,	/* registered, LTE */
	0x5A, 0x00, 0x00,					/* unknown, empty */
};

static void serving_system_as_real_modems_send(void **state)
{
	struct nas_serving_system s;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_nas_get_serving_system, QMI_RESPONSE, serving_system_real,
				     sizeof(serving_system_real), &s, &res), 0);
	assert_int_equal(res.result, QMI_RESULT_SUCCESS);
	assert_int_equal(s.serving_system.registration_state, NAS_REG_REGISTERED);
	assert_int_equal(s.serving_system.ps_attach_state, NAS_ATTACH_ATTACHED);
	assert_int_equal(s.serving_system.selected_network, NAS_NETWORK_3GPP);
	assert_int_equal(s.serving_system.n_radio_interfaces, 1);
	assert_int_equal(s.serving_system.radio_interfaces[0], NAS_RADIO_LTE);
	assert_int_equal(s.roaming_indicator, NAS_ROAMING_IND_OFF);
	assert_int_equal(s.n_data_service_capability, 2);
	assert_int_equal(s.data_service_capability[1], NAS_DATA_CAP_LTE);
	assert_true(s.has_current_plmn);
	assert_int_equal(s.current_plmn.mcc, 310);
	assert_int_equal(s.current_plmn.mnc, 260);
	assert_string_equal(s.current_plmn.description, "");
	assert_int_equal(s.lac, 0xFFFE);
	assert_int_equal(s.cid, 0x01A2D001);
	assert_true(s.has_detailed_service_status);
	assert_int_equal(s.detailed_service_status.status, NAS_SERVICE_AVAILABLE);
	assert_int_equal(s.detailed_service_status.capability, NAS_DOMAIN_CS_PS);
	assert_int_equal(s.detailed_service_status.forbidden, 0);
	assert_int_equal(s.lte_tac, 12345);
	assert_int_equal(s.mnc_pcs_digit.includes_pcs_digit, 1);
	assert_int_equal(s.network_name_source, NAS_NAME_SOURCE_MCC_MNC);
	assert_false(s.has_time_zone);
}

static void plmn_variants(void **state)
{
	/* No length byte at all (4 bytes), and a NUL counted in the length. */
	static const uint8_t bare[] = {
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x01, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x12, 0x04, 0x00, 0xF1, 0x00, 0x01, 0x00,
	};
	static const uint8_t with_nul[] = {
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x01, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x12, 0x0A, 0x00, 0x01, 0x00, 0x01, 0x00, 0x05, ' ', 'T', 'e', 's', 0x00,
	};
	/* The name claims more bytes than the TLV has. */
	static const uint8_t overlong[] = {
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x01, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x12, 0x07, 0x00, 0x01, 0x00, 0x01, 0x00, 0x09, 'a', 'b',
	};
	struct nas_serving_system s;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_nas_get_serving_system, QMI_RESPONSE, bare, sizeof(bare),
				     &s, &res), 0);
	assert_int_equal(s.current_plmn.mcc, 241);
	assert_int_equal(s.current_plmn.mnc, 1);
	assert_string_equal(s.current_plmn.description, "");
	assert_int_equal(s.serving_system.n_radio_interfaces, 0);

	assert_int_equal(msg_fx_read(&slqs_nas_get_serving_system, QMI_RESPONSE, with_nul,
				     sizeof(with_nul), &s, &res), 0);
	assert_string_equal(s.current_plmn.description, " Tes");

	assert_int_equal(msg_fx_read(&slqs_nas_get_serving_system, QMI_RESPONSE, overlong,
				     sizeof(overlong), &s, &res), QMI_E_TRUNCATED);
}

static void every_truncation_is_safe(void **state)
{
	struct nas_serving_system s;
	struct qmi_result res;

	(void)state;
	/* Cuts land inside TLVs or before the mandatory ones: never a crash,
	 * never success without what was promised. */
	for (size_t n = 0; n < sizeof(serving_system_real); n++) {
		int rc = msg_fx_read(&slqs_nas_get_serving_system, QMI_RESPONSE, serving_system_real,
				     n, &s, &res);
		assert_true(rc <= 0);
	}
}

static void failed_response_needs_no_payload(void **state)
{
	/* Get Home Network refused (no SIM): only the result TLV. */
	static const uint8_t refused[] = { 0x02, 0x04, 0x00, 0x01, 0x00, 0x34, 0x00 };
	struct nas_get_home_network_rsp h;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_nas_get_home_network, QMI_RESPONSE, refused,
				     sizeof(refused), &h, &res), 0);
	assert_int_equal(res.result, QMI_RESULT_FAILURE);
	assert_int_equal(res.error, 52);
	/* Success without the mandatory home network TLV is malformed. */
	static const uint8_t missing[] = { 0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00 };
	assert_int_equal(msg_fx_read(&slqs_nas_get_home_network, QMI_RESPONSE, missing,
				     sizeof(missing), &h, &res), QMI_E_MISSING);
}

/* ---- System Info ---------------------------------------------------------------- */

static const uint8_t system_info_real[] = {
	0x19, 0x1D, 0x00,				/* LTE system info v2 */
	0x01, 0x03, 0x01, 0x03, 0x01, 0x00, 0x01, 0x00,	/* CS+PS, not roaming, allowed */
	0x01, 0x2B, 0x1A,				/* LAC */
	0x01, 0x01, 0xD0, 0xA2, 0x01,			/* cell id */
	0x00, 0x00, 0x00,				/* no reject */
	0x01, '0', '0', '1', '0', '1', 0xFF,		/* MCC 001, MNC 01 padded */
	0x01, 0x39, 0x30,				/* TAC */
	0x14, 0x03, 0x00, 0x02, 0x02, 0x01,		/* LTE service available */
	0x13, 0x03, 0x00, 0x00, 0x00, 0x00,		/* WCDMA none */
	0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x27, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00,	/* SIM available */
	0x4A, 0x03, 0x00, 0x00, 0x00, 0x00,		/* NR5G status: not in our table */
};

static void system_info_as_real_modems_send(void **state)
{
	struct nas_system_info si;
	struct qmi_result res;
	char mnc[4];

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_nas_get_system_info, QMI_RESPONSE, system_info_real,
				     sizeof(system_info_real), &si, &res), 0);
	assert_true(si.has_lte_service_status);
	assert_int_equal(si.lte_service_status.status, NAS_SERVICE_AVAILABLE);
	assert_int_equal(si.lte_service_status.preferred_data_path, 1);
	assert_true(si.has_wcdma_service_status);
	assert_false(si.has_gsm_service_status);
	assert_true(si.has_lte_system_info);
	assert_int_equal(si.lte_system_info.common.domain, NAS_DOMAIN_CS_PS);
	assert_int_equal(si.lte_system_info.common.roaming_status, NAS_ROAMING_STATUS_OFF);
	assert_int_equal(si.lte_system_info.common.lac, 0x1A2B);
	assert_int_equal(si.lte_system_info.common.cid, 0x01A2D001);
	assert_string_equal(si.lte_system_info.common.mcc, "001");
	assert_int_equal(si.lte_system_info.tac_valid, 1);
	assert_int_equal(si.lte_system_info.tac, 12345);
	assert_int_equal(si.sim_reject_info, NAS_SIM_AVAILABLE);
	/* The padded MNC comes through as sent; the helper cleans it. */
	memcpy(mnc, si.lte_system_info.common.mnc, sizeof(mnc));
	assert_int_equal((unsigned char)mnc[2], 0xFF);
	assert_int_equal(slqs_nas_digits_trim(mnc), 2);
	assert_string_equal(mnc, "01");
}

static void system_info_round_trips_both_numberings(void **state)
{
	struct nas_system_info in, out;
	uint8_t area[512];
	struct qmi_tlv t;
	size_t len;

	(void)state;
	memset(&in, 0, sizeof(in));
	in.has_lte_service_status = 1;
	in.lte_service_status = (struct nas_service_status_3gpp){ 2, 2, 1 };
	in.has_lte_system_info = 1;
	in.lte_system_info.common = (struct nas_sys_info_3gpp){
		1, 3, 1, 3, 1, 1, 1, 0, 0, 0, 1, 0x1234567, 0, 0, 0, 1, "262", "01" };
	in.lte_system_info.tac_valid = 1;
	in.lte_system_info.tac = 0xBEEF;
	in.has_sim_reject_info = 1;
	in.sim_reject_info = NAS_SIM_AVAILABLE;
	msg_fx_round_trip(&slqs_nas_get_system_info, QMI_RESPONSE, &in, &out);
	msg_fx_round_trip(&slqs_nas_system_info_ind, QMI_INDICATION, &in, &out);

	len = msg_fx_encode_area(&slqs_nas_get_system_info, QMI_RESPONSE, &in, area, sizeof(area));
	assert_int_equal(slqs_tlv_find(area, len, 0x27, &t), 1);
	assert_int_equal(slqs_tlv_find(area, len, 0x19, &t), 1);
	assert_int_equal(t.len, 29);
	/* A 2-digit MNC is written NUL-padded to its 3 bytes. */
	assert_int_equal(t.value[25], 0);
	len = msg_fx_encode_area(&slqs_nas_system_info_ind, QMI_INDICATION, &in, area, sizeof(area));
	assert_int_equal(slqs_tlv_find(area, len, 0x27, &t), 0);
	assert_int_equal(slqs_tlv_find(area, len, 0x28, &t), 1);
}

/* ---- signal ----------------------------------------------------------------------- */

static void signal_info_with_sentinels(void **state)
{
	static const uint8_t real[] = {
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x17, 0x04, 0x00, 0x00, 0x80, 0x00, 0x80,	/* 5G: no measurement */
		0x14, 0x06, 0x00, 0xBF, 0xF7, 0xA1, 0xFF, 0x7C, 0x00,
		0x12, 0x01, 0x00, 0x80,				/* GSM -128: unknown */
	};
	struct nas_signal_info si;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_nas_get_signal_info, QMI_RESPONSE, real, sizeof(real),
				     &si, &res), 0);
	assert_true(si.has_lte);
	assert_int_equal(si.lte.rssi, -65);
	assert_int_equal(si.lte.rsrq, -9);
	assert_int_equal(si.lte.rsrp, -95);
	assert_int_equal(si.lte.snr, 124);
	assert_true(si.has_nr5g);
	assert_int_equal(si.nr5g.rsrp, NAS_SIGNAL_UNKNOWN_I16);
	assert_int_equal(si.nr5g.snr, NAS_SIGNAL_UNKNOWN_I16);
	assert_true(si.has_gsm);
	assert_int_equal(si.gsm, NAS_SIGNAL_UNKNOWN_I8);
	assert_false(si.has_wcdma);

	/* The indication uses the same layout. */
	struct nas_signal_info out;
	msg_fx_round_trip(&slqs_nas_signal_info_ind, QMI_INDICATION, &si, &out);
}

static void signal_strength_lists(void **state)
{
	static const uint8_t real[] = {
		0x18, 0x02, 0x00, 0xA1, 0xFF,				/* RSRP -95 */
		0x17, 0x02, 0x00, 0x7C, 0x00,				/* SNR 12.4 */
		0x16, 0x02, 0x00, 0xF7, 0x08,				/* RSRQ -9 */
		0x11, 0x06, 0x00, 0x02, 0x00, 0x41, 0x08, 0x80, 0x05,	/* RSSI list */
		0x10, 0x06, 0x00, 0x02, 0x00, 0xBF, 0x08, 0x80, 0x05,	/* strength list */
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x01, 0x02, 0x00, 0xBF, 0x08,				/* -65 dBm LTE */
	};
	struct nas_get_signal_strength_rsp r, out;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_nas_get_signal_strength, QMI_RESPONSE, real, sizeof(real),
				     &r, &res), 0);
	assert_int_equal(r.signal_strength.strength, -65);
	assert_int_equal(r.signal_strength.radio_interface, NAS_RADIO_LTE);
	assert_int_equal(r.n_strength_list, 2);
	assert_int_equal(r.strength_list[1].strength, -128);
	assert_int_equal(r.strength_list[1].radio_interface, NAS_RADIO_UMTS);
	assert_int_equal(r.n_rssi_list, 2);
	assert_int_equal(r.rssi_list[0].rssi, 65);
	assert_int_equal(r.rssi_list[1].rssi, 128);
	assert_int_equal(r.rsrq.rsrq, -9);
	assert_int_equal(r.lte_snr, 124);
	assert_int_equal(r.lte_rsrp, -95);
	assert_false(r.has_ecio_list);
	msg_fx_round_trip(&slqs_nas_get_signal_strength, QMI_RESPONSE, &r, &out);

	/* The request mask as qmicli sends it. */
	static const uint8_t req_bytes[] = { 0x10, 0x02, 0x00, 0xEF, 0x00 };
	struct nas_get_signal_strength_req req;
	assert_int_equal(msg_fx_read(&slqs_nas_get_signal_strength, QMI_REQUEST, req_bytes,
				     sizeof(req_bytes), &req, NULL), 0);
	assert_true(req.has_request_mask);
	assert_int_equal(req.request_mask, 0x00EF);
}

static void list_count_beyond_data_fails(void **state)
{
	/* The RSSI list says 3 items but carries one. */
	static const uint8_t bad[] = {
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x01, 0x02, 0x00, 0xBF, 0x08,
		0x11, 0x04, 0x00, 0x03, 0x00, 0x41, 0x08,
	};
	struct nas_get_signal_strength_rsp r;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_nas_get_signal_strength, QMI_RESPONSE, bad, sizeof(bad),
				     &r, &res), QMI_E_TRUNCATED);
}

/* ---- requests ----------------------------------------------------------------------- */

static void register_indications_bytes(void **state)
{
	static const uint8_t expect[] = {
		0x13, 0x01, 0x00, 0x01, 0x18, 0x01, 0x00, 0x00, 0x19, 0x01, 0x00, 0x01,
	};
	struct nas_register_indications_req in = { 0 }, out;
	uint8_t area[64];

	(void)state;
	in.has_serving_system = 1;
	in.serving_system = 1;
	in.has_system_info = 1;
	in.system_info = 0;
	in.has_signal_info = 1;
	in.signal_info = 1;
	assert_int_equal(msg_fx_encode_area(&slqs_nas_register_indications, QMI_REQUEST, &in, area,
					    sizeof(area)), sizeof(expect));
	assert_memory_equal(area, expect, sizeof(expect));
	assert_int_equal(msg_fx_read(&slqs_nas_register_indications, QMI_REQUEST, expect,
				     sizeof(expect), &out, NULL), 0);
	assert_true(out.has_serving_system && out.serving_system);
	assert_true(out.has_system_info && !out.system_info);
	assert_true(out.has_signal_info && out.signal_info);
	assert_false(out.has_rf_band_info);
}

static void set_event_report_thresholds(void **state)
{
	static const uint8_t req[] = {
		0x1C, 0x02, 0x00, 0x01, 0x05,				/* RSRP delta 5 */
		0x10, 0x06, 0x00, 0x01, 0x04, 0xA6, 0xB0, 0xBA, 0xC4,	/* -90 -80 -70 -60 */
		0x13, 0x02, 0x00, 0x01, 0x03,				/* RSSI delta 3 */
		0x19, 0x06, 0x00, 0x01, 0x02, 0x0A, 0x00, 0x14, 0x00,	/* ECIO 10, 20 */
	};
	struct nas_set_event_report_req r, out;
	uint8_t *many;
	size_t n = NAS_MAX_THRESHOLDS + 1;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_nas_set_event_report, QMI_REQUEST, req, sizeof(req), &r,
				     NULL), 0);
	assert_true(r.has_signal_strength);
	assert_int_equal(r.signal_strength.report, 1);
	assert_int_equal(r.signal_strength.n_thresholds, 4);
	assert_int_equal(r.signal_strength.thresholds[0], -90);
	assert_int_equal(r.signal_strength.thresholds[3], -60);
	assert_int_equal(r.rssi.delta, 3);
	assert_int_equal(r.lte_rsrp.delta, 5);
	assert_int_equal(r.ecio_thresholds.n_thresholds, 2);
	assert_int_equal(r.ecio_thresholds.thresholds[1], 20);
	assert_false(r.has_lte_snr);
	msg_fx_round_trip(&slqs_nas_set_event_report, QMI_REQUEST, &r, &out);

	/* More thresholds than we hold: refused, not truncated silently. */
	many = test_calloc(1, 5 + n);
	many[0] = 0x10;
	many[1] = (uint8_t)(2 + n);
	many[3] = 1;
	many[4] = (uint8_t)n;
	assert_int_equal(msg_fx_read(&slqs_nas_set_event_report, QMI_REQUEST, many, 5 + n, &r, NULL),
			 QMI_E_OVERFLOW);
	test_free(many);
}

static void event_report_round_trips(void **state)
{
	struct nas_event_report_ind in, out;

	(void)state;
	memset(&in, 0, sizeof(in));
	in.has_signal_strength = 1;
	in.signal_strength = (struct nas_strength){ -70, NAS_RADIO_LTE };
	in.has_rf_bands = 1;
	in.n_rf_bands = 1;
	in.rf_bands[0] = (struct nas_rf_band){ NAS_RADIO_LTE, 122, 1300 };
	in.has_reg_reject = 1;
	in.reg_reject = (struct nas_reg_reject){ NAS_DOMAIN_CS_PS, 11 };
	in.has_rssi = 1;
	in.rssi = (struct nas_rssi){ 70, NAS_RADIO_LTE };
	in.has_rsrq = 1;
	in.rsrq = (struct nas_rsrq){ -11, NAS_RADIO_LTE };
	in.has_lte_snr = 1;
	in.lte_snr = -35;
	in.has_lte_rsrp = 1;
	in.lte_rsrp = -110;
	msg_fx_round_trip(&slqs_nas_set_event_report, QMI_INDICATION, &in, &out);
}

static void config_signal_info_round_trips(void **state)
{
	struct nas_config_signal_info_req in, out;

	(void)state;
	memset(&in, 0, sizeof(in));
	in.has_rssi_thresholds = 1;
	in.n_rssi_thresholds = 3;
	memcpy(in.rssi_thresholds, (int8_t[]){ -100, -80, -60 }, 3);
	in.has_rsrp_thresholds = 1;
	in.n_rsrp_thresholds = 2;
	in.rsrp_thresholds[0] = -120;
	in.rsrp_thresholds[1] = -90;
	in.has_lte_snr_thresholds = 1;
	in.n_lte_snr_thresholds = 1;
	in.lte_snr_thresholds[0] = 50;
	in.has_lte_report = 1;
	in.lte_report = (struct nas_lte_report){ 1, 2 };
	msg_fx_round_trip(&slqs_nas_config_signal_info, QMI_REQUEST, &in, &out);
}

static void plmn_name_request_and_names(void **state)
{
	/* qmicli --nas-get-plmn-name=00101: PLMN, then "send all". */
	static const uint8_t req[] = {
		0x01, 0x04, 0x00, 0x01, 0x00, 0x01, 0x00, 0x16, 0x01, 0x00, 0x01,
	};
	struct nas_get_plmn_name_req r;
	struct nas_get_plmn_name_rsp in, out;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_nas_get_plmn_name, QMI_REQUEST, req, sizeof(req), &r,
				     NULL), 0);
	assert_int_equal(r.plmn.mcc, 1);
	assert_int_equal(r.plmn.mnc, 1);
	assert_true(r.has_send_all_information);

	memset(&in, 0, sizeof(in));
	in.has_eons = 1;
	in.eons.spn_encoding = NAS_NAME_ENC_ASCII7;
	in.eons.n_spn = 4;
	memcpy(in.eons.spn, "Test", 4);
	in.eons.long_name_encoding = NAS_NAME_ENC_ASCII7;
	in.eons.n_long_name = 12;
	memcpy(in.eons.long_name, "Test Network", 12);
	msg_fx_round_trip(&slqs_nas_get_plmn_name, QMI_RESPONSE, &in, &out);
}

static void operator_name_whole_tlv_string(void **state)
{
	static const uint8_t real[] = {
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x13, 0x09, 0x00, ' ', 'T', '-', 'M', 'o', 'b', 'i', 'l', 'e',
		0x10, 0x05, 0x00, 0x01, 0x03, 'T', 'M', 0x00,
	};
	struct nas_get_operator_name_rsp r;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_nas_get_operator_name, QMI_RESPONSE, real, sizeof(real),
				     &r, &res), 0);
	assert_string_equal(r.operator_string, " T-Mobile");
	assert_int_equal(r.spn.display_condition, 1);
	assert_string_equal(r.spn.name, "TM");
}

static void rf_band_and_cell_location_round_trip(void **state)
{
	struct nas_get_rf_band_info_rsp rf = { 0 }, rf_out;
	struct nas_get_cell_location_info_rsp *cl = test_calloc(1, sizeof(*cl));
	struct nas_get_cell_location_info_rsp *cl_out = test_calloc(1, sizeof(*cl_out));

	(void)state;
	rf.n_bands = 1;
	rf.bands[0] = (struct nas_rf_band){ NAS_RADIO_LTE, 122, 1300 };
	rf.has_bandwidths = 1;
	rf.n_bandwidths = 1;
	rf.bandwidths[0] = (struct nas_rf_bandwidth){ NAS_RADIO_LTE, NAS_DL_BW_20 };
	msg_fx_round_trip(&slqs_nas_get_rf_band_info, QMI_RESPONSE, &rf, &rf_out);

	cl->has_lte_intra = 1;
	cl->lte_intra.ue_in_idle = 1;
	slqs_nas_plmn_bcd_encode(1, 1, 2, cl->lte_intra.plmn);
	cl->lte_intra.tac = 12345;
	cl->lte_intra.global_cell_id = 0x01A2D001;
	cl->lte_intra.earfcn = 1300;
	cl->lte_intra.serving_cell_id = 123;
	cl->lte_intra.n_cells = 1;
	cl->lte_intra.cells[0] = (struct nas_lte_cell){ 123, -90, -950, -650, 30 };
	cl->has_umts = 1;
	cl->umts.n_cells = 1;
	cl->umts.n_geran_cells = 2;
	cl->umts.geran_cells[1].rssi = -95;
	cl->has_lte_timing_advance = 1;
	cl->lte_timing_advance = 0xFFFFFFFF;	/* unknown */
	msg_fx_round_trip(&slqs_nas_get_cell_location_info, QMI_RESPONSE, cl, cl_out);
	test_free(cl);
	test_free(cl_out);
}

/* ---- helpers ------------------------------------------------------------------------- */

static void plmn_bcd(void **state)
{
	uint8_t b[3];
	uint16_t mcc, mnc;
	int digits;

	(void)state;
	slqs_nas_plmn_bcd_encode(1, 1, 2, b);
	assert_memory_equal(b, ((uint8_t[]){ 0x00, 0xF1, 0x10 }), 3);
	assert_int_equal(slqs_nas_plmn_bcd_decode(b, &mcc, &mnc, &digits), 0);
	assert_int_equal(mcc, 1);
	assert_int_equal(mnc, 1);
	assert_int_equal(digits, 2);

	slqs_nas_plmn_bcd_encode(310, 260, 3, b);
	assert_memory_equal(b, ((uint8_t[]){ 0x13, 0x00, 0x62 }), 3);
	assert_int_equal(slqs_nas_plmn_bcd_decode(b, &mcc, &mnc, &digits), 0);
	assert_int_equal(mcc, 310);
	assert_int_equal(mnc, 260);
	assert_int_equal(digits, 3);

	assert_int_equal(slqs_nas_plmn_bcd_decode((uint8_t[]){ 0xA0, 0xF1, 0x10 }, &mcc, &mnc,
					     &digits), -1);
}

static void digits_trim(void **state)
{
	char a[4] = { '0', '1', (char)0xFF, 0 };
	char b[4] = "01 ";
	char c[4] = "260";
	char d[4] = { 'x', '1', (char)0xFF, 0 };
	char e[4] = { (char)0xFF, (char)0xFF, (char)0xFF, 0 };

	(void)state;
	assert_int_equal(slqs_nas_digits_trim(a), 2);
	assert_string_equal(a, "01");
	assert_int_equal(slqs_nas_digits_trim(b), 2);
	assert_int_equal(slqs_nas_digits_trim(c), 3);
	assert_int_equal(slqs_nas_digits_trim(d), -1);
	assert_int_equal(slqs_nas_digits_trim(e), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(serving_system_round_trips),
		cmocka_unit_test(serving_system_indication_numbering),
		cmocka_unit_test(serving_system_as_real_modems_send),
		cmocka_unit_test(plmn_variants),
		cmocka_unit_test(every_truncation_is_safe),
		cmocka_unit_test(failed_response_needs_no_payload),
		cmocka_unit_test(system_info_as_real_modems_send),
		cmocka_unit_test(system_info_round_trips_both_numberings),
		cmocka_unit_test(signal_info_with_sentinels),
		cmocka_unit_test(signal_strength_lists),
		cmocka_unit_test(list_count_beyond_data_fails),
		cmocka_unit_test(register_indications_bytes),
		cmocka_unit_test(set_event_report_thresholds),
		cmocka_unit_test(event_report_round_trips),
		cmocka_unit_test(config_signal_info_round_trips),
		cmocka_unit_test(plmn_name_request_and_names),
		cmocka_unit_test(operator_name_whole_tlv_string),
		cmocka_unit_test(rf_band_and_cell_location_round_trip),
		cmocka_unit_test(plmn_bcd),
		cmocka_unit_test(digits_trim),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
