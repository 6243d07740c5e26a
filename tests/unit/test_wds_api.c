/*
 * WDS session API helpers (pkgs/wds/wds_api.h): the client slot of each
 * instance and family, the session ids the application holds, the Start
 * Network request a vendor start builds (TLV for TLV), the dual-stack
 * result codes, IPv6 groups; the argument checks of
 * SLQSStartStopDataSession that need no modem; and the wire form of the
 * message blocks the session API added (Get Dormancy Status, Set Event
 * Report's MIP and EV-DO TLVs).
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
#include "tests/unit/msg_fixture.h"

static void slots(void **state)
{
	(void)state;
	assert_int_equal(slqs_wds_slot(0, SLQS_WDS_V4), 0);
	assert_int_equal(slqs_wds_slot(0, SLQS_WDS_V6), 1);
	assert_int_equal(slqs_wds_slot(1, SLQS_WDS_V4), 2);
	assert_int_equal(slqs_wds_slot(1, SLQS_WDS_V6), 3);
	assert_int_equal(slqs_wds_slot(2, SLQS_WDS_V4), -1);
}

static void session_ids(void **state)
{
	ULONG v4, v6;

	(void)state;
	slqs_wds_session_ids(0, &v4, &v6);
	assert_int_equal(v4, 0);
	assert_int_equal(v6, 0);
	/* Nothing held: instance 0's IPv4 client answers for the instance. */
	assert_int_equal(slqs_wds_primary_slot(0), 0);
	slqs_wds_session_set(1, SLQS_WDS_V6, 0x86F0A2C0u);
	slqs_wds_session_ids(1, &v4, &v6);
	assert_int_equal(v4, 0);
	assert_int_equal(v6, 0x86F0A2C0u);
	/* Only IPv6 up: its client answers. */
	assert_int_equal(slqs_wds_primary_slot(1), 3);
	assert_int_equal(slqs_wds_slot_of_id(0x86F0A2C0u, SLQS_WDS_V6), 3);
	assert_int_equal(slqs_wds_slot_of_id(0x86F0A2C0u, SLQS_WDS_V4), -1);
	assert_int_equal(slqs_wds_slot_of_id(0, SLQS_WDS_V6), 1);	/* 0: instance 0's */
	slqs_wds_session_set(1, SLQS_WDS_V4, 7);
	assert_int_equal(slqs_wds_primary_slot(1), 2);
	slqs_wds_session_set(1, SLQS_WDS_V4, 0);
	slqs_wds_session_set(1, SLQS_WDS_V6, 0);
	slqs_wds_session_ids(1, &v4, NULL);
	assert_int_equal(v4, 0);
	assert_int_equal(slqs_wds_primary_slot(5), -1);
}

/* The request qmicli sends for 3gpp-profile=1,auth=CHAP,username=u,password=pw,ip-type=4. */
static void start_request_wire(void **state)
{
	static const uint8_t want[] = {
		0x16, 0x01, 0x00, 0x02,			/* auth: CHAP */
		0x17, 0x01, 0x00, 'u',			/* user name */
		0x18, 0x02, 0x00, 'p', 'w',		/* password */
		0x19, 0x01, 0x00, 0x04,			/* IP family 4 */
		0x31, 0x01, 0x00, 0x01,			/* 3GPP profile 1 */
	};
	ULONG profile = 1, auth = 2;
	struct ssdatasession_params p = { .action = 1, .pProfileId3GPP = &profile,
					  .pAuthentication = &auth, .pUsername = "u",
					  .pPassword = "pw", .ipfamily = 4 };
	struct wds_start_network_req req, back;

	(void)state;
	assert_int_equal(slqs_wds_start_request(&p, SLQS_WDS_V4, &req), eQCWWAN_ERR_NONE);
	msg_fx_expect_area(&slqs_wds_start_network, QMI_REQUEST, &req, want, sizeof(want), &back);
}

static void start_request_options(void **state)
{
	ULONG tech = 1, bad = 9, auth = 4, p2 = 101;
	char longname[WDS_CREDENTIAL_MAX + 2];
	struct ssdatasession_params p = { .action = 1, .ipfamily = 7 };
	struct wds_start_network_req req;

	(void)state;
	/* Nothing optional: only the family. */
	assert_int_equal(slqs_wds_start_request(&p, SLQS_WDS_V6, &req), eQCWWAN_ERR_NONE);
	assert_true(req.has_ip_family && req.ip_family == 6);
	assert_false(req.has_profile_3gpp || req.has_auth || req.has_username || req.has_tech_pref);
	p.pTechnology = &tech;
	p.pProfileId3GPP2 = &p2;
	assert_int_equal(slqs_wds_start_request(&p, SLQS_WDS_V4, &req), eQCWWAN_ERR_NONE);
	assert_true(req.has_tech_pref && req.tech_pref == 1);
	assert_true(req.has_profile_3gpp2 && req.profile_3gpp2 == 101);
	tech = 3;	/* eMBMS: the extended technology */
	assert_int_equal(slqs_wds_start_request(&p, SLQS_WDS_V4, &req), eQCWWAN_ERR_NONE);
	assert_true(req.has_ext_tech_pref && !req.has_tech_pref);
	assert_int_equal(req.ext_tech_pref, 0x8882);	/* QMI's eMBMS */
	tech = 4;	/* modem link-local */
	assert_int_equal(slqs_wds_start_request(&p, SLQS_WDS_V4, &req), eQCWWAN_ERR_NONE);
	assert_int_equal(req.ext_tech_pref, 0x8888);
	p.pTechnology = &bad;
	assert_int_equal(slqs_wds_start_request(&p, SLQS_WDS_V4, &req), eQCWWAN_ERR_INVALID_ARG);
	p.pTechnology = NULL;
	p.pAuthentication = &auth;	/* bit 2: no such method */
	assert_int_equal(slqs_wds_start_request(&p, SLQS_WDS_V4, &req), eQCWWAN_ERR_INVALID_ARG);
	p.pAuthentication = NULL;
	memset(longname, 'x', sizeof(longname) - 1);
	longname[sizeof(longname) - 1] = '\0';
	p.pUsername = longname;
	assert_int_equal(slqs_wds_start_request(&p, SLQS_WDS_V4, &req), eQCWWAN_ERR_INVALID_ARG);
}

static void dual_results(void **state)
{
	(void)state;
	assert_int_equal(slqs_wds_dual_result(0, 0), eQCWWAN_ERR_SWICM_V4UP_V6UP);
	assert_int_equal(slqs_wds_dual_result(0, 1014), eQCWWAN_ERR_SWICM_V4UP_V6DWN);
	assert_int_equal(slqs_wds_dual_result(1014, 0), eQCWWAN_ERR_SWICM_V4DWN_V6UP);
	assert_int_equal(slqs_wds_dual_result(1014, 1014), eQCWWAN_ERR_SWICM_V4DWN_V6DWN);
	/* The vendor's numbers. */
	assert_int_equal(eQCWWAN_ERR_SWICM_V4DWN_V6DWN, 0xE009);
	assert_int_equal(eQCWWAN_ERR_SWICM_V4UP_V6UP, 0xE00C);
}

static void ipv6_groups(void **state)
{
	static const uint8_t a[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 1, 0, 0,
				       0, 0, 0, 0, 0, 0, 0xAB, 0xCD };
	USHORT g[8];

	(void)state;
	slqs_wds_ipv6_groups(a, g);
	assert_int_equal(g[0], 0x2001);
	assert_int_equal(g[1], 0x0db8);
	assert_int_equal(g[2], 1);
	assert_int_equal(g[7], 0xABCD);
}

/* Refused before anything is sent: no modem needed. */
static void start_stop_arguments(void **state)
{
	struct ssdatasession_params p = { .action = 1, .ipfamily = 5 };

	(void)state;
	assert_int_equal(SLQSStartStopDataSession(NULL), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSStartStopDataSession(&p), eQCWWAN_ERR_INVALID_ARG);
	p.ipfamily = 4;
	p.instanceId = SLQS_WDS_INSTANCES;
	assert_int_equal(SLQSStartStopDataSession(&p), eQCWWAN_ERR_INVALID_ARG);
	p.instanceId = 0;
	p.action = 3;
	assert_int_equal(SLQSStartStopDataSession(&p), eQCWWAN_ERR_INVALID_ARG);
	/* A stop of nothing held: the vendor's invalid session id codes. */
	p.action = 0;
	assert_int_equal(SLQSStartStopDataSession(&p), eQCWWAN_ERR_SWICM_INVALID_V4_SESSION_ID);
	p.ipfamily = 7;
	assert_int_equal(SLQSStartStopDataSession(&p), eQCWWAN_ERR_SWICM_INVALID_SESSION_ID);
}

static void dormancy_wire(void **state)
{
	static const uint8_t active[] = { 0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
					  0x01, 0x01, 0x00, 0x02 };
	static const uint8_t out_of_call[] = { 0x02, 0x04, 0x00, 0x01, 0x00, 0x0F, 0x00 };
	struct wds_get_dormancy_status_rsp r;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_wds_get_dormancy_status, QMI_RESPONSE, active,
				     sizeof(active), &r, &res), 0);
	assert_true(r.has_status);
	assert_int_equal(r.status, WDS_DORMANCY_ACTIVE);
	assert_int_equal(msg_fx_read(&slqs_wds_get_dormancy_status, QMI_RESPONSE, out_of_call,
				     sizeof(out_of_call), &r, &res), 0);
	assert_int_equal(res.error, 15);
	assert_false(r.has_status);
}

static void event_report_wire(void **state)
{
	static const uint8_t want[] = {
		0x13, 0x01, 0x00, 0x01,		/* dormancy */
		0x14, 0x01, 0x00, 0x01,		/* MIP status */
		0x16, 0x01, 0x00, 0x00,		/* EV-DO page monitor period */
	};
	struct wds_set_event_report_req req = { .has_dormancy = 1, .dormancy = 1,
						.has_mip_status = 1, .mip_status = 1,
						.has_evdo_page_monitor = 1 }, back;

	(void)state;
	msg_fx_expect_area(&slqs_wds_event_report, QMI_REQUEST, &req, want, sizeof(want), &back);
	assert_true(back.has_mip_status && back.has_evdo_page_monitor);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(slots),
		cmocka_unit_test(session_ids),
		cmocka_unit_test(start_request_wire),
		cmocka_unit_test(start_request_options),
		cmocka_unit_test(dual_results),
		cmocka_unit_test(ipv6_groups),
		cmocka_unit_test(start_stop_arguments),
		cmocka_unit_test(dormancy_wire),
		cmocka_unit_test(event_report_wire),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
