/*
 * qmisim WDS and WDA modules through the simulator library: request frames
 * in, responses and indications out, checked against the config.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "core/codec.h"
#include "core/qmi_error.h"
#include "core/qmux.h"
#include "pkgs/ctl/ctl_msg.h"
#include "pkgs/wda/wda_msg.h"
#include "pkgs/wds/wds_msg.h"
#include "tools/qmisim/sim_modem.h"
#include "tools/qmisim/sim_wda.h"
#include "tools/qmisim/sim_wds.h"
#include "tests/unit/sim_fixture.h"

/* A SIM without PIN, so the network registers at once, and three APNs. */
static const char base_config[] =
	"[uim]\npin_enabled = no\n"
	"[wds.apn internet]\nip_family = 4v6\n"
	"[wds.apn secure]\nauth = chap\nuser = alice\npassword = s3cret\n"
	"ipv4 = 198.51.100.10/28\ngateway = 198.51.100.1\ndns1 = 198.51.100.2\n"
	"dns2 = none\nmtu = 1400\nip_family = 4\n"
	"[wds.apn blocked]\nfail = operator-barring\n";

/* Start Network with an APN and a family (0: left out); returns the error, handle in *hd. */
static int start(struct fx *h, uint8_t cid, const char *apn, uint8_t family,
		 uint32_t *hd, struct wds_start_network_rsp *out)
{
	struct wds_start_network_req req = { 0 };
	struct wds_start_network_rsp rsp;
	int rc;

	if (apn) {
		req.has_apn = 1;
		snprintf(req.apn, sizeof(req.apn), "%s", apn);
	}
	req.has_ip_family = family != 0;
	req.ip_family = family;
	rc = fx_request(h, &slqs_wds_start_network, cid, &req, &rsp);
	if (hd)
		*hd = rsp.handle;
	if (out)
		*out = rsp;
	return rc;
}

static uint8_t status(struct fx *h, uint8_t cid)
{
	struct wds_get_packet_service_status_rsp rsp;

	assert_int_equal(fx_request(h, &slqs_wds_packet_service_status, cid, NULL, &rsp), 0);
	return rsp.status;
}

static int stop(struct fx *h, uint8_t cid, uint32_t handle)
{
	struct wds_stop_network_req req = { .handle = handle };
	char none;

	return fx_request(h, &slqs_wds_stop_network, cid, &req, &none);
}

static void set_family(struct fx *h, uint8_t cid, uint8_t family)
{
	struct wds_set_ip_family_req req = { family };
	char none;

	assert_int_equal(fx_request(h, &slqs_wds_set_ip_family, cid, &req, &none), 0);
}

/* ---- sessions ------------------------------------------------------------------------ */

static void session_lifecycle(void **state)
{
	struct fx *h = fx_new(base_config, NULL);
	struct wds_get_current_settings_req q = { 1, 0xFFFFFFFF };
	struct wds_get_current_settings_rsp cs;
	struct wds_packet_service_status_ind ind;
	struct wds_get_packet_statistics_req sq = { 0 };
	struct wds_get_packet_statistics_rsp st;
	uint8_t cid = fx_cid(h, QMI_SVC_WDS);
	uint32_t hd;

	(void)state;
	assert_int_equal(status(h, cid), WDS_CONN_DISCONNECTED);
	assert_int_equal(fx_request(h, &slqs_wds_get_current_settings, cid, &q, &cs),
			 QMI_ERR_OUT_OF_CALL);
	assert_int_equal(start(h, cid, "internet", 4, &hd, NULL), 0);
	assert_true(hd != 0 && hd != WDS_HANDLE_ANY);
	assert_true(fx_indication(h, &slqs_wds_packet_service_status, cid, 0, &ind));
	assert_int_equal(ind.conn.status, WDS_CONN_CONNECTED);
	assert_int_equal(ind.ip_family, 4);
	assert_int_equal(status(h, cid), WDS_CONN_CONNECTED);
	assert_int_equal(sim_wds_sessions(h->m), 1);

	/* The built-in addresses of the first APN. */
	assert_int_equal(fx_request(h, &slqs_wds_get_current_settings, cid, &q, &cs), 0);
	assert_string_equal(cs.apn, "internet");
	assert_int_equal(cs.ipv4_addr, 0xC0000202);
	assert_int_equal(cs.ipv4_gateway, 0xC0000201);
	assert_int_equal(cs.ipv4_netmask, 0xFFFFFF00);
	assert_int_equal(cs.dns1, 0xC0000235);
	assert_int_equal(cs.dns2, 0xC6336435);
	assert_int_equal(cs.mtu, 1500);
	assert_int_equal(cs.ip_family, 4);
	assert_int_equal(cs.profile_id.index, 1);
	assert_false(cs.has_ipv6_addr);

	assert_int_equal(fx_request(h, &slqs_wds_get_packet_statistics, cid, &sq, &st), 0);
	assert_true(st.has_tx_bytes_ok && st.has_rx_packets_ok);

	/* Stop: the owner hears why, the statistics keep the last call. */
	assert_int_equal(stop(h, cid, hd), 0);
	assert_true(fx_indication(h, &slqs_wds_packet_service_status, cid, 0, &ind));
	assert_int_equal(ind.conn.status, WDS_CONN_DISCONNECTED);
	assert_int_equal(ind.call_end_reason, 2);
	assert_int_equal(ind.verbose_reason.type, WDS_VCER_TYPE_CM);
	assert_int_equal(ind.verbose_reason.reason, 2000);
	assert_int_equal(status(h, cid), WDS_CONN_DISCONNECTED);
	assert_int_equal(fx_request(h, &slqs_wds_get_packet_statistics, cid, &sq, &st),
			 QMI_ERR_OUT_OF_CALL);
	assert_true(st.has_last_call_tx_bytes_ok);
	assert_false(st.has_tx_bytes_ok);
	assert_int_equal(stop(h, cid, hd), QMI_ERR_INVALID_HANDLE);
	fx_free(h);
}

static void configured_apn_with_chap(void **state)
{
	struct fx *h = fx_new(base_config, NULL);
	struct wds_start_network_req req = {
		.has_apn = 1, .apn = "SECURE", .has_auth = 1, .auth = WDS_AUTH_CHAP,
		.has_username = 1, .username = "alice", .has_password = 1, .password = "s3cret",
	};
	struct wds_start_network_rsp rsp;
	struct wds_get_current_settings_req q = { 0 };	/* no mask: everything */
	struct wds_get_current_settings_rsp cs;
	uint8_t cid = fx_cid(h, QMI_SVC_WDS);

	(void)state;
	assert_int_equal(fx_request(h, &slqs_wds_start_network, cid, &req, &rsp), 0);
	assert_true(rsp.has_handle);
	assert_false(rsp.has_verbose_reason);
	assert_int_equal(fx_request(h, &slqs_wds_get_current_settings, cid, &q, &cs), 0);
	assert_string_equal(cs.apn, "secure");
	assert_int_equal(cs.ipv4_addr, 0xC633640A);
	assert_int_equal(cs.ipv4_netmask, 0xFFFFFFF0);
	assert_int_equal(cs.ipv4_gateway, 0xC6336401);
	assert_int_equal(cs.dns1, 0xC6336402);
	assert_false(cs.has_dns2);
	assert_int_equal(cs.mtu, 1400);
	assert_string_equal(cs.username, "alice");
	assert_int_equal(cs.auth, WDS_AUTH_CHAP);
	fx_free(h);
}

/* Expects CallFailed with this legacy and verbose reason. */
static void expect_refusal(struct fx *h, uint8_t cid, const char *apn, uint8_t family,
			   uint16_t legacy, uint16_t type, int16_t code)
{
	struct wds_start_network_rsp rsp;

	assert_int_equal(start(h, cid, apn, family, NULL, &rsp), QMI_ERR_CALL_FAILED);
	assert_false(rsp.has_handle);
	assert_true(rsp.has_call_end_reason && rsp.has_verbose_reason);
	assert_int_equal(rsp.call_end_reason, legacy);
	assert_int_equal(rsp.verbose_reason.type, type);
	assert_int_equal(rsp.verbose_reason.reason, code);
}

static void refusals(void **state)
{
	struct fx *h = fx_new(base_config, NULL);
	uint8_t cid = fx_cid(h, QMI_SVC_WDS);

	(void)state;
	expect_refusal(h, cid, "nope", 4, 1018, WDS_VCER_TYPE_3GPP, 33);
	expect_refusal(h, cid, "secure", 4, 10, WDS_VCER_TYPE_3GPP, 29);	/* no CHAP */
	expect_refusal(h, cid, "secure", 6, 1014, WDS_VCER_TYPE_3GPP, 50);	/* v4 only */
	expect_refusal(h, cid, "blocked", 0, 1012, WDS_VCER_TYPE_3GPP, 8);
	fx_control_ok(h, "wds apn-fail internet insufficient-resources", NULL);
	expect_refusal(h, cid, "internet", 4, 1005, WDS_VCER_TYPE_3GPP, 26);
	fx_control_ok(h, "wds apn-fail internet none", NULL);
	fx_control_fails(h, "wds apn-fail nope none", NULL);
	/* No network: no service. */
	fx_control_ok(h, "nas register searching", NULL);
	expect_refusal(h, cid, "internet", 4, 3, WDS_VCER_TYPE_CM, 2001);
	fx_control_ok(h, "nas register home", NULL);
	assert_int_equal(start(h, cid, "internet", 4, NULL, NULL), 0);
	assert_int_equal(sim_wds_sessions(h->m), 1);
	fx_free(h);
}

static void pin_locked_sim_gives_no_service(void **state)
{
	struct fx *h = fx_new("[wds]\nmtu = 1400\n", NULL);	/* the PIN is enabled */
	uint8_t cid = fx_cid(h, QMI_SVC_WDS);

	(void)state;
	expect_refusal(h, cid, "internet", 4, 3, WDS_VCER_TYPE_CM, 2001);
	fx_free(h);
}

static void ownership_and_dual_stack(void **state)
{
	struct fx *h = fx_new(base_config, NULL);
	struct wds_get_current_settings_req q = { 0 };
	struct wds_get_current_settings_rsp cs;
	uint8_t a = fx_cid(h, QMI_SVC_WDS), b = fx_cid(h, QMI_SVC_WDS);
	uint32_t ha, hb;

	(void)state;
	assert_int_equal(start(h, a, "internet", 0, &ha, NULL), 0);
	/* One call per client; the family's session is already up for another client. */
	assert_int_equal(start(h, a, "internet", 6, NULL, NULL), QMI_ERR_NO_EFFECT);
	assert_int_equal(start(h, b, "internet", 0, NULL, NULL), QMI_ERR_NO_EFFECT);
	assert_int_equal(status(h, b), WDS_CONN_CONNECTED);	/* same port and family */
	expect_refusal(h, b, "secure", 0, 1, WDS_VCER_TYPE_INTERNAL, 230);
	assert_int_equal(stop(h, b, ha), QMI_ERR_INVALID_HANDLE);

	/* Dual-stack: the second client asks for IPv6. */
	set_family(h, b, 6);
	assert_int_equal(status(h, b), WDS_CONN_DISCONNECTED);
	assert_int_equal(start(h, b, "internet", 0, &hb, NULL), 0);
	assert_int_not_equal(ha, hb);
	assert_int_equal(fx_request(h, &slqs_wds_get_current_settings, b, &q, &cs), 0);
	assert_int_equal(cs.ip_family, 6);
	assert_true(cs.has_ipv6_addr && cs.has_ipv6_gateway && cs.has_ipv6_dns1);
	assert_int_equal(cs.ipv6_addr.addr[0], 0x20);
	assert_int_equal(cs.ipv6_addr.addr[5], 0x01);
	assert_int_equal(cs.ipv6_addr.addr[15], 0x02);
	assert_int_equal(cs.ipv6_addr.prefix_len, 64);
	assert_false(cs.has_ipv4_addr);
	assert_int_equal(sim_wds_sessions(h->m), 2);

	/* A released client's session ends with it. */
	assert_int_equal(fx_release_cid(h, QMI_SVC_WDS, a), 0);
	assert_int_equal(sim_wds_sessions(h->m), 1);
	assert_int_equal(status(h, b), WDS_CONN_CONNECTED);
	fx_control_ok(h, "wds status", "sessions=1");
	assert_non_null(strstr(h->answer, "family=ipv6"));
	fx_free(h);
}

static void network_drops(void **state)
{
	struct fx *h = fx_new(base_config, NULL);
	struct wds_packet_service_status_ind ind;
	struct wds_get_data_bearer_tech_rsp dbt;
	uint8_t a = fx_cid(h, QMI_SVC_WDS), b = fx_cid(h, QMI_SVC_WDS);

	(void)state;
	assert_int_equal(start(h, a, "internet", 4, NULL, NULL), 0);
	set_family(h, b, 6);
	assert_int_equal(start(h, b, "internet", 6, NULL, NULL), 0);
	fx_control_ok(h, "wds drop network-failure 99", "dropped=0");
	fx_control_ok(h, "wds drop network-failure", "dropped=2");
	assert_true(fx_indication(h, &slqs_wds_packet_service_status, a, 0, &ind));
	assert_int_equal(ind.conn.status, WDS_CONN_DISCONNECTED);
	assert_int_equal(ind.call_end_reason, 1009);
	assert_int_equal(ind.verbose_reason.reason, 38);
	assert_true(fx_indication(h, &slqs_wds_packet_service_status, b, 0, &ind));
	assert_int_equal(ind.ip_family, 6);
	fx_control_fails(h, "wds drop bogus", NULL);
	assert_int_equal(fx_request(h, &slqs_wds_get_data_bearer_tech, a, NULL, &dbt),
			 QMI_ERR_OUT_OF_CALL);
	assert_true(dbt.has_last);
	assert_int_equal(dbt.last, 0x0A);	/* LTE */

	/* Losing the network ends the session with "no service". */
	assert_int_equal(start(h, a, "internet", 4, NULL, NULL), 0);
	fx_control_ok(h, "nas register none", NULL);
	assert_true(fx_indication(h, &slqs_wds_packet_service_status, a, 0, &ind));
	assert_int_equal(ind.call_end_reason, 3);
	assert_int_equal(ind.verbose_reason.reason, 2001);
	assert_int_equal(sim_wds_sessions(h->m), 0);

	/* Radio off: "low power". */
	fx_control_ok(h, "nas register home", NULL);
	assert_int_equal(start(h, a, "internet", 4, NULL, NULL), 0);
	fx_control_ok(h, "dms mode low-power", NULL);
	assert_true(fx_indication(h, &slqs_wds_packet_service_status, a, 0, &ind));
	assert_int_equal(ind.verbose_reason.type, WDS_VCER_TYPE_INTERNAL);
	assert_int_equal(ind.verbose_reason.reason, 219);
	assert_int_equal(sim_wds_sessions(h->m), 0);
	fx_free(h);
}

static void reset_ends_everything(void **state)
{
	struct fx *h = fx_new(base_config, NULL);
	uint8_t cid = fx_cid(h, QMI_SVC_WDS);

	(void)state;
	assert_int_equal(start(h, cid, NULL, 0, NULL, NULL), 0);	/* profile 1's APN */
	assert_int_equal(sim_wds_sessions(h->m), 1);
	fx_control_ok(h, "reset", NULL);
	assert_int_equal(sim_wds_sessions(h->m), 0);
	fx_free(h);
}

static void event_report_on_call_status(void **state)
{
	struct fx *h = fx_new(base_config, NULL);
	struct wds_set_event_report_req req = { .has_data_call_status = 1, .data_call_status = 1,
						.has_current_bearer_tech = 1,
						.current_bearer_tech = 1 };
	struct wds_event_report_ind ev;
	uint8_t cid = fx_cid(h, QMI_SVC_WDS);
	char none;
	uint32_t hd;

	(void)state;
	assert_int_equal(fx_request(h, &slqs_wds_event_report, cid, &req, &none), 0);
	assert_int_equal(start(h, cid, "internet", 4, &hd, NULL), 0);
	assert_true(fx_indication(h, &slqs_wds_event_report, cid, 0, &ev));
	assert_int_equal(ev.data_call_status, WDS_EVENT_DATA_CALL_ACTIVATED);
	assert_int_equal(ev.data_call_family, 4);
	fx_control_ok(h, "nas rat umts", NULL);
	assert_true(fx_indication(h, &slqs_wds_event_report, cid, 0, &ev));
	assert_true(ev.has_current_bearer_tech);
	assert_int_equal(ev.current_bearer_tech.rat_mask, (1u << 2) | (1u << 3));
	assert_int_equal(stop(h, cid, hd), 0);
	assert_true(fx_indication(h, &slqs_wds_event_report, cid, 0, &ev));
	assert_int_equal(ev.data_call_status, WDS_EVENT_DATA_CALL_TERMINATED);
	fx_free(h);
}

static void autoconnect_session(void **state)
{
	struct fx *h = fx_new("[uim]\npin_enabled = no\n[wds]\nautoconnect = yes\n", NULL);
	struct wds_get_autoconnect_settings_rsp ac;
	struct wds_stop_network_req req = { .handle = WDS_HANDLE_ANY,
					    .has_disable_autoconnect = 1,
					    .disable_autoconnect = 1 };
	uint8_t cid = fx_cid(h, QMI_SVC_WDS);
	char none;

	(void)state;
	assert_int_equal(sim_wds_sessions(h->m), 1);	/* up at boot */
	assert_int_equal(status(h, cid), WDS_CONN_CONNECTED);
	assert_int_equal(start(h, cid, "internet", 4, NULL, NULL), QMI_ERR_NO_EFFECT);
	assert_int_equal(fx_request(h, &slqs_wds_get_autoconnect_settings, cid, NULL, &ac), 0);
	assert_int_equal(ac.status, WDS_AUTOCONNECT_ENABLED);
	assert_int_equal(fx_request(h, &slqs_wds_stop_network, cid, &req, &none), 0);
	assert_int_equal(sim_wds_sessions(h->m), 0);
	assert_int_equal(fx_request(h, &slqs_wds_get_autoconnect_settings, cid, NULL, &ac), 0);
	assert_int_equal(ac.status, WDS_AUTOCONNECT_DISABLED);
	fx_free(h);
}

/* ---- profiles --------------------------------------------------------------------------- */

static void profiles(void **state)
{
	struct fx *h = fx_new(
		"[uim]\npin_enabled = no\n[wds.apn corp]\nip_family = 4\n"
		"[wds.profile 3]\napn = corp\nname = office\nauth = pap\nuser = bob\n", NULL);
	struct wds_get_profile_list_req lq = { .has_type = 1, .type = WDS_PROFILE_3GPP };
	struct wds_get_profile_list_rsp list;
	struct wds_get_profile_settings_req gq = { { WDS_PROFILE_3GPP, 1 } };
	struct wds_profile_settings_rsp ps;
	struct wds_create_profile_req cq = {
		.type = WDS_PROFILE_3GPP,
		.settings = { .has_name = 1, .name = "iot", .has_apn = 1, .apn = "m2m" },
	};
	struct wds_create_profile_rsp cr;
	struct wds_modify_profile_req mq = {
		.id = { WDS_PROFILE_3GPP, 2 },
		.settings = { .has_pdp_type = 1, .pdp_type = WDS_PDP_IPV6 },
	};
	struct wds_delete_profile_req dq = { { WDS_PROFILE_3GPP, 2 } };
	struct wds_set_default_profile_num_req sq = { { WDS_PROFILE_3GPP, 1, 3 } };
	struct wds_get_default_profile_num_req nq = { { WDS_PROFILE_3GPP, 1 } };
	struct wds_get_default_profile_num_rsp nr;
	struct wds_profile_error_rsp er;
	struct wds_get_current_settings_req csq = { 0 };
	struct wds_get_current_settings_rsp cs;
	uint8_t cid = fx_cid(h, QMI_SVC_WDS);

	(void)state;
	/* Profile 1 follows the first APN; profile 3 is the config's. */
	assert_int_equal(fx_request(h, &slqs_wds_get_profile_list, cid, &lq, &list), 0);
	assert_int_equal(list.n_profiles, 2);
	assert_int_equal(list.profiles[0].index, 1);
	assert_string_equal(list.profiles[0].name, "corp");
	assert_int_equal(list.profiles[1].index, 3);
	assert_string_equal(list.profiles[1].name, "office");
	assert_int_equal(fx_request(h, &slqs_wds_get_profile_settings, cid, &gq, &ps), 0);
	assert_string_equal(ps.settings.apn, "corp");
	assert_int_equal(ps.settings.pdp_type, WDS_PDP_IPV4);
	gq.id.index = 3;
	assert_int_equal(fx_request(h, &slqs_wds_get_profile_settings, cid, &gq, &ps), 0);
	assert_int_equal(ps.settings.auth, WDS_AUTH_PAP);
	assert_string_equal(ps.settings.username, "bob");
	assert_true(ps.settings.has_password);

	/* Create takes the first free index; modify and delete it. */
	assert_int_equal(fx_request(h, &slqs_wds_create_profile, cid, &cq, &cr), 0);
	assert_int_equal(cr.id.index, 2);
	assert_int_equal(fx_request(h, &slqs_wds_modify_profile, cid, &mq, &er), 0);
	gq.id.index = 2;
	assert_int_equal(fx_request(h, &slqs_wds_get_profile_settings, cid, &gq, &ps), 0);
	assert_string_equal(ps.settings.name, "iot");
	assert_int_equal(ps.settings.pdp_type, WDS_PDP_IPV6);
	assert_int_equal(fx_request(h, &slqs_wds_delete_profile, cid, &dq, &er), 0);
	assert_int_equal(fx_request(h, &slqs_wds_get_profile_settings, cid, &gq, &ps), 81);
	assert_int_equal(ps.ext_error, 1003);
	gq.id.index = 17;
	assert_int_equal(fx_request(h, &slqs_wds_get_profile_settings, cid, &gq, &ps), 81);
	assert_int_equal(ps.ext_error, 5);
	gq.id.type = WDS_PROFILE_3GPP2;
	assert_int_equal(fx_request(h, &slqs_wds_get_profile_settings, cid, &gq, &ps), 81);
	assert_int_equal(ps.ext_error, 4);

	/* The default profile feeds a Start Network without TLVs. */
	assert_int_equal(fx_request(h, &slqs_wds_set_default_profile_num, cid, &sq, &er), 0);
	assert_int_equal(fx_request(h, &slqs_wds_get_default_profile_num, cid, &nq, &nr), 0);
	assert_int_equal(nr.index, 3);
	assert_int_equal(start(h, cid, NULL, 0, NULL, NULL), 0);
	assert_int_equal(fx_request(h, &slqs_wds_get_current_settings, cid, &csq, &cs), 0);
	assert_int_equal(cs.profile_id.index, 3);
	assert_string_equal(cs.profile_name, "office");
	assert_string_equal(cs.apn, "corp");
	/* A profile in use cannot go. */
	dq.id.index = 3;
	assert_int_equal(fx_request(h, &slqs_wds_delete_profile, cid, &dq, &er), 81);
	assert_int_equal(er.ext_error, 3);
	fx_free(h);
}

static void bad_config_is_refused(void **state)
{
	static const char *const bad[] = {
		"[wds.apn x]\nauth = maybe\n",
		"[wds.apn x]\nipv4 = 300.1.1.1/24\n",
		"[wds.apn x]\nipv6 = 2001:db8::1/129\n",
		"[wds.apn x]\nfail = sometimes\n",
		"[wds.profile 17]\napn = x\n",
		"[wds.profile 2]\npdp_type = ipx\n",
		"[wds]\nfrobnicate = 1\n",
		"[wda]\nlink_layer = token-ring\n",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		fx_refuse_config(NULL, bad[i], "config:");
}

/* ---- WDA ----------------------------------------------------------------------------------- */

static void wda_data_format(void **state)
{
	struct fx *h = fx_new(base_config, NULL);
	struct wda_get_data_format_req gq = { 0 };
	struct wda_set_data_format_req sq = { .has_link_layer = 1,
					      .link_layer = WDA_LINK_LAYER_RAW_IP,
					      .has_dl_protocol = 1,
					      .dl_protocol = WDA_AGGREGATION_QMAP,
					      .has_dl_max_datagrams = 1,
					      .dl_max_datagrams = 1000 };
	struct wda_data_format f;
	uint8_t cid = fx_cid(h, QMI_SVC_WDA);

	(void)state;
	assert_int_equal(fx_request(h, &slqs_wda_get_data_format, cid, &gq, &f), 0);
	assert_int_equal(f.link_layer, WDA_LINK_LAYER_802_3);
	assert_int_equal(f.dl_protocol, WDA_AGGREGATION_DISABLED);
	assert_false(f.has_dl_max_datagrams);
	assert_int_equal(fx_request(h, &slqs_wda_set_data_format, cid, &sq, &f), 0);
	assert_int_equal(f.link_layer, WDA_LINK_LAYER_RAW_IP);
	assert_int_equal(f.dl_protocol, WDA_AGGREGATION_QMAP);
	assert_int_equal(f.dl_max_datagrams, 32);	/* capped */
	assert_int_equal(sim_wda_link_layer(h->m), WDA_LINK_LAYER_RAW_IP);
	sq.link_layer = 7;
	assert_int_equal(fx_request(h, &slqs_wda_set_data_format, cid, &sq, &f),
			 QMI_ERR_INVALID_ARGUMENT);
	/* A reboot brings back the configured format. */
	fx_control_ok(h, "reset", NULL);
	cid = fx_cid(h, QMI_SVC_WDA);
	assert_int_equal(fx_request(h, &slqs_wda_get_data_format, cid, &gq, &f), 0);
	assert_int_equal(f.link_layer, WDA_LINK_LAYER_802_3);
	fx_free(h);
}

static void wda_without_raw_ip(void **state)
{
	struct fx *h = fx_new("[wda]\nraw_ip = no\nqmap = no\n", NULL);
	struct wda_set_data_format_req sq = { .has_link_layer = 1,
					      .link_layer = WDA_LINK_LAYER_RAW_IP,
					      .has_ul_protocol = 1,
					      .ul_protocol = WDA_AGGREGATION_QMAP };
	struct wda_data_format f;
	uint8_t cid = fx_cid(h, QMI_SVC_WDA);

	(void)state;
	assert_int_equal(fx_request(h, &slqs_wda_set_data_format, cid, &sq, &f), 0);
	assert_int_equal(f.link_layer, WDA_LINK_LAYER_802_3);
	assert_int_equal(f.ul_protocol, WDA_AGGREGATION_DISABLED);
	fx_free(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(session_lifecycle),
		cmocka_unit_test(configured_apn_with_chap),
		cmocka_unit_test(refusals),
		cmocka_unit_test(pin_locked_sim_gives_no_service),
		cmocka_unit_test(ownership_and_dual_stack),
		cmocka_unit_test(network_drops),
		cmocka_unit_test(reset_ends_everything),
		cmocka_unit_test(event_report_on_call_status),
		cmocka_unit_test(autoconnect_session),
		cmocka_unit_test(profiles),
		cmocka_unit_test(bad_config_is_refused),
		cmocka_unit_test(wda_data_format),
		cmocka_unit_test(wda_without_raw_ip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
