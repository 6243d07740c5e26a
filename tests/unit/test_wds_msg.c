/* WDS message tables: byte layouts from the reference, round trips and real-modem quirks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/codec.h"
#include "core/qmux.h"
#include "core/status.h"
#include "pkgs/wds/wds_msg.h"
#include "tests/unit/msg_fixture.h"

/* What qmicli sends for --wds-start-network="apn=internet,ip-type=4". */
static void start_network_request_bytes(void **state)
{
	static const uint8_t expect[] = {
		0x14, 0x08, 0x00, 'i', 'n', 't', 'e', 'r', 'n', 'e', 't',
		0x19, 0x01, 0x00, 0x04,
	};
	/* static: padding is zero, so whole structs compare */
	static const struct wds_start_network_req req = { .has_apn = 1, .apn = "internet",
							  .has_ip_family = 1, .ip_family = 4 };
	struct wds_start_network_req back;

	(void)state;
	assert_int_equal(slqs_wds_start_network.id, WDS_MSG_START_NETWORK);
	msg_fx_expect_area(&slqs_wds_start_network, QMI_REQUEST, &req, expect, sizeof(expect),
			   &back);
	assert_memory_equal(&back, &req, sizeof(req));
}

/* A CallFailed answer, reasons first and descending, an unknown TLV between. */
static void start_network_call_failed(void **state)
{
	static const uint8_t tlvs[] = {
		0x11, 0x04, 0x00, 0x06, 0x00, 0x21, 0x00,	/* 3GPP, 33 */
		0x77, 0x02, 0x00, 0xAA, 0xBB,			/* unknown */
		0x10, 0x02, 0x00, 0xFA, 0x03,			/* 1018 */
		0x02, 0x04, 0x00, 0x01, 0x00, 0x0E, 0x00,	/* failure, CallFailed */
	};
	struct wds_start_network_rsp rsp;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_wds_start_network, QMI_RESPONSE, tlvs, sizeof(tlvs), &rsp,
				     &res), 0);
	assert_int_equal(res.result, QMI_RESULT_FAILURE);
	assert_int_equal(res.error, 14);
	assert_false(rsp.has_handle);
	assert_true(rsp.has_call_end_reason);
	assert_int_equal(rsp.call_end_reason, 1018);
	assert_true(rsp.has_verbose_reason);
	assert_int_equal(rsp.verbose_reason.type, WDS_VCER_TYPE_3GPP);
	assert_int_equal(rsp.verbose_reason.reason, 33);
}

static void start_network_success_round_trip(void **state)
{
	struct wds_start_network_rsp rsp = { .has_handle = 1, .handle = 0x8B2C41D0 }, back;
	struct qmi_result ok = { 0, 0 }, res;
	uint8_t buf[64];
	struct qmi_sdu s;

	(void)state;
	msg_fx_encode(&slqs_wds_start_network, QMI_RESPONSE, &ok, &rsp, buf, sizeof(buf), &s);
	/* result TLV + handle TLV only */
	assert_int_equal(s.tlv_len, 7 + 7);
	assert_int_equal(slqs_msg_read(&s, &slqs_wds_start_network, &back, &res), 0);
	assert_true(back.has_handle);
	assert_int_equal(back.handle, 0x8B2C41D0);
	assert_false(back.has_verbose_reason);
}

/* Get Current Settings as a modem may send it: descending, NULs counted, extras. */
static void current_settings_from_modem(void **state)
{
	static const uint8_t tlvs[] = {
		0x2B, 0x01, 0x00, 0x04,					/* IPv4 */
		0x2A, 0x01, 0x00, 0x00,				/* no domains */
		0x29, 0x04, 0x00, 0xDC, 0x05, 0x00, 0x00,		/* MTU 1500 */
		0x25, 0x11, 0x00, 0x20, 0x01, 0x0D, 0xB8, 0x00, 0x01, 0x00, 0x00,
		0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x40,	/* 2001:db8:1::2/64 */
		0x21, 0x04, 0x00, 0x00, 0xFF, 0xFF, 0xFF,		/* 255.255.255.0 */
		0x20, 0x04, 0x00, 0x01, 0x02, 0x00, 0xC0,		/* 192.0.2.1 */
		0x1E, 0x04, 0x00, 0x02, 0x02, 0x00, 0xC0,		/* 192.0.2.2 */
		0x16, 0x04, 0x00, 0x35, 0x64, 0x33, 0xC6,		/* 198.51.100.53 */
		0x15, 0x04, 0x00, 0x35, 0x02, 0x00, 0xC0,		/* 192.0.2.53 */
		0x14, 0x09, 0x00, 'i', 'n', 't', 'e', 'r', 'n', 'e', 't', 0x00,
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
	};
	static const uint8_t addr6[16] = { 0x20, 0x01, 0x0D, 0xB8, 0x00, 0x01, [15] = 0x02 };
	struct wds_get_current_settings_rsp rsp;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_wds_get_current_settings, QMI_RESPONSE, tlvs,
				     sizeof(tlvs), &rsp, &res), 0);
	assert_int_equal(res.result, QMI_RESULT_SUCCESS);
	assert_string_equal(rsp.apn, "internet");
	assert_int_equal(rsp.ipv4_addr, 0xC0000202);
	assert_int_equal(rsp.ipv4_gateway, 0xC0000201);
	assert_int_equal(rsp.ipv4_netmask, 0xFFFFFF00);
	assert_int_equal(rsp.dns1, 0xC0000235);
	assert_int_equal(rsp.dns2, 0xC6336435);
	assert_true(rsp.has_ipv6_addr);
	assert_memory_equal(rsp.ipv6_addr.addr, addr6, 16);
	assert_int_equal(rsp.ipv6_addr.prefix_len, 64);
	assert_int_equal(rsp.mtu, 1500);
	assert_int_equal(rsp.ip_family, WDS_IP_FAMILY_IPV4);
	assert_false(rsp.has_ipv6_gateway);
	assert_false(rsp.has_profile_name);
}

static void current_settings_cut_fields_fail(void **state)
{
	/* An IPv4 address of 3 bytes and an IPv6 TLV cut inside the address. */
	static const uint8_t short_v4[] = {
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x1E, 0x03, 0x00, 0x02, 0x02, 0x00,
	};
	static const uint8_t short_v6[] = {
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x25, 0x05, 0x00, 0x20, 0x01, 0x0D, 0xB8, 0x00,
	};
	struct wds_get_current_settings_rsp rsp;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_wds_get_current_settings, QMI_RESPONSE, short_v4,
				     sizeof(short_v4), &rsp, &res), QMI_E_TRUNCATED);
	assert_int_equal(msg_fx_read(&slqs_wds_get_current_settings, QMI_RESPONSE, short_v6,
				     sizeof(short_v6), &rsp, &res), QMI_E_TRUNCATED);
}

/* Profile list entries carry u8-length names. */
static void profile_list_bytes(void **state)
{
	static const uint8_t tlvs[] = {
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x01, 0x0E, 0x00, 0x02,
		0x00, 0x01, 0x04, 'm', 'a', 'i', 'n',
		0x00, 0x03, 0x03, 'i', 'm', 's',
	};
	struct wds_get_profile_list_rsp rsp;
	struct qmi_result res;
	uint8_t again[64];
	struct qmi_sdu s2;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_wds_get_profile_list, QMI_RESPONSE, tlvs, sizeof(tlvs),
				     &rsp, &res), 0);
	assert_int_equal(rsp.n_profiles, 2);
	assert_int_equal(rsp.profiles[0].index, 1);
	assert_string_equal(rsp.profiles[0].name, "main");
	assert_int_equal(rsp.profiles[1].index, 3);
	assert_string_equal(rsp.profiles[1].name, "ims");
	/* Written back it is the same bytes. */
	msg_fx_encode(&slqs_wds_get_profile_list, QMI_RESPONSE, &res, &rsp, again, sizeof(again),
		      &s2);
	assert_int_equal(s2.tlv_len, sizeof(tlvs));
	assert_memory_equal(s2.tlv, tlvs, sizeof(tlvs));
}

static void profile_list_count_beyond_data_fails(void **state)
{
	static const uint8_t tlvs[] = {
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x01, 0x05, 0x00, 0x03,			/* claims 3 profiles */
		0x00, 0x01, 0x01, 'x',
	};
	struct wds_get_profile_list_rsp rsp;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_wds_get_profile_list, QMI_RESPONSE, tlvs, sizeof(tlvs),
				     &rsp, &res), QMI_E_TRUNCATED);
}

/* Create Profile: the u8 profile type, then the shared settings block. */
static void create_profile_request_bytes(void **state)
{
	static const uint8_t expect[] = {
		0x01, 0x01, 0x00, 0x00,				/* 3GPP */
		0x10, 0x03, 0x00, 'i', 'o', 't',
		0x11, 0x01, 0x00, 0x03,				/* IPv4v6 */
		0x14, 0x03, 0x00, 'm', '2', 'm',
		0x1B, 0x01, 0x00, 'u',
		0x1D, 0x01, 0x00, 0x02,				/* CHAP */
		0x3E, 0x01, 0x00, 0x01,
	};
	static const struct wds_create_profile_req req = {
		.type = WDS_PROFILE_3GPP,
		.settings = {
			.has_name = 1, .name = "iot", .has_pdp_type = 1, .pdp_type = WDS_PDP_IPV4V6,
			.has_apn = 1, .apn = "m2m", .has_username = 1, .username = "u",
			.has_auth = 1, .auth = WDS_AUTH_CHAP,
			.has_roaming_disallowed = 1, .roaming_disallowed = 1,
		},
	};
	struct wds_create_profile_req back;

	(void)state;
	msg_fx_expect_area(&slqs_wds_create_profile, QMI_REQUEST, &req, expect, sizeof(expect),
			   &back);
	assert_memory_equal(&back, &req, sizeof(req));
}

static void modify_profile_needs_identifier(void **state)
{
	static const uint8_t no_id[] = { 0x14, 0x03, 0x00, 'a', 'b', 'c' };
	static const uint8_t with_id[] = {
		0x14, 0x03, 0x00, 'a', 'b', 'c',
		0x01, 0x02, 0x00, 0x00, 0x02,
	};
	struct wds_modify_profile_req req;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_wds_modify_profile, QMI_REQUEST, no_id, sizeof(no_id),
				     &req, NULL), QMI_E_MISSING);
	assert_int_equal(msg_fx_read(&slqs_wds_modify_profile, QMI_REQUEST, with_id, sizeof(with_id),
				     &req, NULL), 0);
	assert_int_equal(req.id.index, 2);
	assert_string_equal(req.settings.apn, "abc");
	assert_false(req.settings.has_name);
}

static void profile_settings_round_trip(void **state)
{
	static const struct wds_profile_settings_rsp rsp = {
		.settings = {
			.has_name = 1, .name = "internet", .has_apn = 1, .apn = "internet",
			.has_pdp_type = 1, .pdp_type = WDS_PDP_IPV4V6,
			.has_auth = 1, .auth = WDS_AUTH_PAP | WDS_AUTH_CHAP,
			.has_username = 1, .username = "user", .has_password = 1,
			.password = "secret", .has_context_number = 1, .context_number = 1,
			.has_ipv6_dns1 = 1, .ipv6_dns1 = { 0x20, 0x01, 0x0D, 0xB8, [15] = 0x53 },
			.has_apn_disabled = 1, .has_roaming_disallowed = 1,
			.has_apn_type = 1, .apn_type = 1ull << 33,
		},
	};
	struct wds_profile_settings_rsp back;
	struct qmi_result ok = { 0, 0 }, res;

	(void)state;
	assert_int_equal(msg_fx_write_read(&slqs_wds_get_profile_settings, QMI_RESPONSE, &ok, &rsp,
					   &back, &res), 0);
	assert_memory_equal(&back, &rsp, sizeof(rsp));
	/* Get Default Settings answers the same TLVs. */
	assert_ptr_equal(slqs_wds_get_default_settings.rsp, slqs_wds_get_profile_settings.rsp);
}

static void profile_error_answer(void **state)
{
	static const uint8_t tlvs[] = {
		0xE0, 0x02, 0x00, 0xEB, 0x03,			/* 1003 */
		0x02, 0x04, 0x00, 0x01, 0x00, 0x51, 0x00,	/* ExtendedInternal */
	};
	struct wds_profile_settings_rsp rsp;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_wds_get_profile_settings, QMI_RESPONSE, tlvs,
				     sizeof(tlvs), &rsp, &res), 0);
	assert_int_equal(res.error, 81);
	assert_true(rsp.has_ext_error);
	assert_int_equal(rsp.ext_error, 1003);
	assert_false(rsp.settings.has_apn);
}

/* Packet Service Status indication of a network drop. */
static void packet_service_status_indication(void **state)
{
	static const uint8_t tlvs[] = {
		0x12, 0x01, 0x00, 0x04,
		0x11, 0x04, 0x00, 0x03, 0x00, 0xD1, 0x07,	/* CM, 2001 no service */
		0x10, 0x02, 0x00, 0x03, 0x00,
		0x01, 0x02, 0x00, 0x01, 0x00,			/* disconnected */
	};
	struct wds_packet_service_status_ind ind, back;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_wds_packet_service_status, QMI_INDICATION, tlvs,
				     sizeof(tlvs), &ind, NULL), 0);
	assert_int_equal(ind.conn.status, WDS_CONN_DISCONNECTED);
	assert_int_equal(ind.call_end_reason, 3);
	assert_int_equal(ind.verbose_reason.type, WDS_VCER_TYPE_CM);
	assert_int_equal(ind.verbose_reason.reason, 2001);
	assert_int_equal(ind.ip_family, 4);
	assert_int_equal(msg_fx_write_read(&slqs_wds_packet_service_status, QMI_INDICATION, NULL,
					   &ind, &back, NULL), 0);
	assert_memory_equal(&back, &ind, sizeof(ind));
	/* The Get answer is a single u8 (no reconfiguration flag). */
	assert_int_equal(slqs_wds_packet_service_status.rsp[0].size, 1);
}

static void statistics_and_bearer_round_trip(void **state)
{
	static const struct wds_get_packet_statistics_rsp st = {
		.has_tx_packets_ok = 1, .tx_packets_ok = 10, .has_rx_bytes_ok = 1,
		.rx_bytes_ok = 0x123456789ull, .has_last_call_tx_bytes_ok = 1,
		.last_call_tx_bytes_ok = 7, .has_rx_packets_dropped = 1,
		.rx_packets_dropped = 0xFFFFFFFF,
	};
	static const struct wds_get_current_data_bearer_tech_rsp bt = {
		.has_current = 1, .current = { WDS_NETWORK_TYPE_3GPP, 1u << 5, 0 },
	};
	struct wds_get_packet_statistics_rsp st2;
	struct wds_get_current_data_bearer_tech_rsp bt2;
	struct qmi_result ok = { 0, 0 }, res;
	uint8_t buf[256];
	struct qmi_sdu s;

	(void)state;
	assert_int_equal(msg_fx_write_read(&slqs_wds_get_packet_statistics, QMI_RESPONSE, &ok, &st,
					   &st2, &res), 0);
	assert_memory_equal(&st2, &st, sizeof(st));
	msg_fx_encode(&slqs_wds_get_current_data_bearer_tech, QMI_RESPONSE, &ok, &bt, buf,
		      sizeof(buf), &s);
	assert_int_equal(s.tlv_len, 7 + 3 + 9);
	assert_int_equal(slqs_msg_read(&s, &slqs_wds_get_current_data_bearer_tech, &bt2, &res), 0);
	assert_memory_equal(&bt2, &bt, sizeof(bt));
}

static void event_report_round_trip(void **state)
{
	static const struct wds_set_event_report_req req = {
		.has_transfer_stats = 1, .transfer_stats = { 5, WDS_STATS_TX_BYTES_OK },
		.has_data_call_status = 1, .data_call_status = 1,
	};
	static const struct wds_event_report_ind ind = {
		.has_data_call_status = 1, .data_call_status = WDS_EVENT_DATA_CALL_ACTIVATED,
		.has_data_call_family = 1, .data_call_family = 6,
		.has_tx_bytes_ok = 1, .tx_bytes_ok = 99,
	};
	struct wds_set_event_report_req req2;
	struct wds_event_report_ind ind2;
	uint8_t buf[256];
	struct qmi_sdu s;

	(void)state;
	msg_fx_encode(&slqs_wds_event_report, QMI_REQUEST, NULL, &req, buf, sizeof(buf), &s);
	/* 0x11 is {u8 interval, u32 indicators} */
	assert_int_equal(s.tlv[0], 0x11);
	assert_int_equal(s.tlv[1], 5);
	assert_int_equal(slqs_msg_read(&s, &slqs_wds_event_report, &req2, NULL), 0);
	assert_memory_equal(&req2, &req, sizeof(req));
	assert_int_equal(msg_fx_write_read(&slqs_wds_event_report, QMI_INDICATION, NULL, &ind, &ind2,
					   NULL), 0);
	assert_memory_equal(&ind2, &ind, sizeof(ind));
}

static void overlong_apn_is_refused(void **state)
{
	uint8_t tlvs[3 + WDS_APN_MAX + 1];
	struct wds_start_network_req req;

	(void)state;
	tlvs[0] = 0x14;
	tlvs[1] = WDS_APN_MAX + 1;
	tlvs[2] = 0;
	memset(tlvs + 3, 'a', WDS_APN_MAX + 1);
	assert_int_equal(msg_fx_read(&slqs_wds_start_network, QMI_REQUEST, tlvs, sizeof(tlvs), &req,
				     NULL), QMI_E_OVERFLOW);
	/* The longest APN with its NUL counted fits. */
	tlvs[2 + WDS_APN_MAX + 1] = '\0';
	assert_int_equal(msg_fx_read(&slqs_wds_start_network, QMI_REQUEST, tlvs, sizeof(tlvs), &req,
				     NULL), 0);
	assert_int_equal(strlen(req.apn), WDS_APN_MAX);
}

/* Every cut of a valid answer either decodes or fails cleanly. */
static void truncations_are_safe(void **state)
{
	struct wds_get_current_settings_rsp rsp = {
		.has_apn = 1, .apn = "internet", .has_ipv4_addr = 1, .ipv4_addr = 0xC0000202,
		.has_ipv6_addr = 1, .ipv6_addr = { { 0x20, 0x01 }, 64 },
		.has_mtu = 1, .mtu = 1500,
	};
	struct qmi_result ok = { 0, 0 };
	uint8_t buf[256];
	struct qmi_sdu s;

	(void)state;
	msg_fx_encode(&slqs_wds_get_current_settings, QMI_RESPONSE, &ok, &rsp, buf, sizeof(buf), &s);
	msg_fx_every_cut(slqs_wds_get_current_settings.rsp, s.tlv, s.tlv_len, sizeof(rsp), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(start_network_request_bytes),
		cmocka_unit_test(start_network_call_failed),
		cmocka_unit_test(start_network_success_round_trip),
		cmocka_unit_test(current_settings_from_modem),
		cmocka_unit_test(current_settings_cut_fields_fail),
		cmocka_unit_test(profile_list_bytes),
		cmocka_unit_test(profile_list_count_beyond_data_fails),
		cmocka_unit_test(create_profile_request_bytes),
		cmocka_unit_test(modify_profile_needs_identifier),
		cmocka_unit_test(profile_settings_round_trip),
		cmocka_unit_test(profile_error_answer),
		cmocka_unit_test(packet_service_status_indication),
		cmocka_unit_test(statistics_and_bearer_round_trip),
		cmocka_unit_test(event_report_round_trip),
		cmocka_unit_test(overlong_apn_is_refused),
		cmocka_unit_test(truncations_are_safe),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
