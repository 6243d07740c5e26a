/*
 * qmisim's WDS Event Report beyond call status (tools/qmisim/sim_wds_events.c):
 * transfer statistics on the service's timer, dormancy on `wds dormant`.
 * The timer runs with made-up times far past the real clock, so the
 * output flush (which runs it with the real one) never makes a report
 * fall due by itself.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "core/codec.h"
#include "pkgs/wds/wds_msg.h"
#include "tools/qmisim/sim_modem.h"
#include "tools/qmisim/sim_wds.h"
#include "tests/unit/sim_fixture.h"

#define FAR_AHEAD 1000000000000ull	/* ms: beyond any CLOCK_MONOTONIC reading */

static const char config[] = "[uim]\npin_enabled = no\n[wds.apn internet]\nip_family = 4v6\n";

static void start(struct fx *h, uint8_t cid)
{
	struct wds_start_network_req req = { .has_ip_family = 1, .ip_family = 4 };
	struct wds_start_network_rsp rsp;

	assert_int_equal(fx_request(h, &slqs_wds_start_network, cid, &req, &rsp), 0);
}

static void subscribe(struct fx *h, uint8_t cid, const struct wds_set_event_report_req *req)
{
	char none;

	assert_int_equal(fx_request(h, &slqs_wds_event_report, cid, req, &none), 0);
}

/* Runs the WDS timer at `now` and sends what it queued; returns its next wait. */
static int tick(struct fx *h, uint64_t now)
{
	int next;

	fx_clear(h);
	next = sim_wds_service.tick(h->m, sim_state(h->m, QMI_SVC_WDS), now);
	sim_modem_flush(h->m);
	return next;
}

static void transfer_statistics_every_period(void **state)
{
	struct fx *h = fx_new(config, NULL);
	uint8_t a = fx_cid(h, QMI_SVC_WDS), idle = fx_cid(h, QMI_SVC_WDS);
	struct wds_set_event_report_req req = {
		.has_transfer_stats = 1,
		.transfer_stats = { 2, WDS_STATS_TX_PACKETS_OK | WDS_STATS_RX_PACKETS_OK |
				       WDS_STATS_TX_BYTES_OK | WDS_STATS_RX_BYTES_OK |
				       WDS_STATS_TX_OVERFLOWS },
	};
	struct wds_event_report_ind ev;

	(void)state;
	assert_int_equal(tick(h, FAR_AHEAD), -1);	/* nobody asked */
	subscribe(h, a, &req);
	req.transfer_stats.interval = 1;
	subscribe(h, idle, &req);			/* no session: no reports */
	start(h, a);
	/* The requests' flushes ran the timer on the real clock: the first
	 * made-up tick is past every due time, and starts the periods anew. */
	tick(h, FAR_AHEAD);
	assert_int_equal(fx_indications(h, &slqs_wds_event_report, a, &ev), 1);
	assert_int_equal(tick(h, FAR_AHEAD + 1999), 1);	/* `idle` skipped its report */
	assert_int_equal(fx_indications(h, &slqs_wds_event_report, a, &ev), 0);
	assert_int_equal(tick(h, FAR_AHEAD + 2000), 999);
	assert_int_equal(fx_indications(h, &slqs_wds_event_report, a, &ev), 1);
	assert_true(ev.has_tx_packets_ok && ev.has_rx_packets_ok);
	assert_true(ev.has_tx_bytes_ok && ev.has_rx_bytes_ok);
	assert_true(ev.has_tx_overflows);
	assert_int_equal(ev.tx_overflows, 0);
	assert_false(ev.has_rx_overflows || ev.has_tx_packets_error || ev.has_dormancy ||
		     ev.has_bearer_tech || ev.has_data_call_status);
	assert_int_equal(fx_indications(h, &slqs_wds_event_report, idle, &ev), 0);

	/* Period 0 stops them. */
	req.transfer_stats.interval = 0;
	subscribe(h, a, &req);
	subscribe(h, idle, &req);
	assert_int_equal(tick(h, FAR_AHEAD + 10000), -1);
	assert_int_equal(fx_indications(h, &slqs_wds_event_report, a, &ev), 0);
	fx_free(h);
}

static void dormancy_on_command(void **state)
{
	struct fx *h = fx_new(config, NULL);
	uint8_t a = fx_cid(h, QMI_SVC_WDS), deaf = fx_cid(h, QMI_SVC_WDS);
	struct wds_set_event_report_req req = { .has_dormancy = 1, .dormancy = 1 };
	struct wds_event_report_ind ev;
	char none;

	(void)state;
	subscribe(h, a, &req);
	start(h, a);
	fx_control_ok(h, "wds dormant on", "dormant=yes");
	assert_int_equal(fx_indications(h, &slqs_wds_event_report, a, &ev), 1);
	assert_true(ev.has_dormancy);
	assert_int_equal(ev.dormancy, 1);
	assert_int_equal(fx_indications(h, &slqs_wds_event_report, deaf, &ev), 0);
	fx_control_ok(h, "wds dormant on", NULL);		/* no change, no report */
	assert_int_equal(fx_indications(h, &slqs_wds_event_report, a, &ev), 0);
	fx_control_ok(h, "wds dormant off", "dormant=no");
	assert_int_equal(fx_indications(h, &slqs_wds_event_report, a, &ev), 1);
	assert_int_equal(ev.dormancy, 2);
	fx_control_fails(h, "wds dormant maybe", NULL);
	/* WDS Reset drops the subscription. */
	assert_int_equal(fx_request(h, &slqs_wds_reset, a, NULL, &none), 0);
	fx_control_ok(h, "wds dormant on", NULL);
	assert_int_equal(fx_indications(h, &slqs_wds_event_report, a, &ev), 0);
	fx_free(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(transfer_statistics_every_period),
		cmocka_unit_test(dormancy_on_command),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
