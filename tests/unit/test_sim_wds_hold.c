/*
 * qmisim's `wds hold-start`: Start Network requests wait unanswered while
 * every other request is answered; `off` answers them in order as if they
 * had just arrived; a client released meanwhile gets nothing; Get Dormancy
 * Status follows the client's session.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "pkgs/dms/dms_msg.h"
#include "pkgs/wds/wds_msg.h"
#include "tests/unit/sim_fixture.h"

static const char config[] = "[uim]\npin_enabled = no\n";

static void held_then_answered(void **state)
{
	struct fx *h = fx_new(config, NULL);
	uint8_t wds = fx_cid(h, QMI_SVC_WDS), dms = fx_cid(h, QMI_SVC_DMS);
	struct wds_start_network_req req = { .has_ip_family = 1, .ip_family = 4 };
	struct dms_string_rsp model;
	struct wds_start_network_rsp rsp;
	struct qmux_frame fr;
	struct qmi_result res;
	uint16_t txn;

	(void)state;
	fx_control_ok(h, "wds hold-start on", "hold=on held=0");
	fx_clear(h);
	txn = fx_send(h, &slqs_wds_start_network, wds, &req);
	assert_int_equal(h->n, 0);	/* no answer yet */
	fx_control_ok(h, "wds hold-start", "hold=on held=1");
	/* Other requests go on meanwhile. */
	assert_int_equal(fx_request(h, &slqs_dms_get_model, dms, NULL, &model), 0);
	fx_control_ok(h, "wds status", "sessions=0");
	/* Off: the held start is answered now, with its own transaction id. */
	fx_control_ok(h, "wds hold-start off", "hold=off held=0");
	fr = fx_take(h, QMI_RESPONSE, QMI_SVC_WDS, slqs_wds_start_network.id);
	assert_int_equal(fr.client, wds);
	assert_int_equal(fr.sdu.txn, txn);
	memset(&rsp, 0, sizeof(rsp));
	assert_int_equal(slqs_msg_read(&fr.sdu, &slqs_wds_start_network, &rsp, &res), 0);
	assert_int_equal(res.error, 0);
	assert_true(rsp.has_handle);
	fx_control_ok(h, "wds status", "sessions=1");
	fx_free(h);
}

static void released_while_held(void **state)
{
	struct fx *h = fx_new(config, NULL);
	uint8_t wds = fx_cid(h, QMI_SVC_WDS);
	struct wds_start_network_req req = { 0 };

	(void)state;
	fx_control_ok(h, "wds hold-start on", NULL);
	fx_send(h, &slqs_wds_start_network, wds, &req);
	assert_int_equal(fx_release_cid(h, QMI_SVC_WDS, wds), 0);
	fx_control_ok(h, "wds hold-start", "held=0");
	fx_control_ok(h, "wds hold-start off", NULL);
	assert_int_equal(h->n, 0);	/* nobody to answer */
	fx_control_ok(h, "wds status", "sessions=0");
	fx_control_fails(h, "wds hold-start maybe", "on or off");
	fx_free(h);
}

static void dormancy_follows_session(void **state)
{
	struct fx *h = fx_new(config, NULL);
	uint8_t wds = fx_cid(h, QMI_SVC_WDS);
	struct wds_start_network_req req = { 0 };
	struct wds_start_network_rsp rsp;
	struct wds_get_dormancy_status_rsp d;

	(void)state;
	assert_int_equal(fx_request(h, &slqs_wds_get_dormancy_status, wds, NULL, &d), 15);
	assert_int_equal(fx_request(h, &slqs_wds_start_network, wds, &req, &rsp), 0);
	assert_int_equal(fx_request(h, &slqs_wds_get_dormancy_status, wds, NULL, &d), 0);
	assert_true(d.has_status);
	assert_int_equal(d.status, WDS_DORMANCY_ACTIVE);
	fx_control_ok(h, "wds dormant on", NULL);	/* the answer follows the command */
	assert_int_equal(fx_request(h, &slqs_wds_get_dormancy_status, wds, NULL, &d), 0);
	assert_int_equal(d.status, WDS_DORMANCY_DORMANT);
	fx_free(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(held_then_answered),
		cmocka_unit_test(released_while_held),
		cmocka_unit_test(dormancy_follows_session),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
