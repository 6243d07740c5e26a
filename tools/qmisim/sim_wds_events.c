/*
 * qmisim WDS Event Report beyond call status and bearers: the transfer
 * statistics a client asked for (TLV 0x11 of Set Event Report: a period
 * and the counters), sent every period while the client sees a session,
 * and the dormancy status (TLV 0x13), sent when `wds dormant on|off`
 * changes it. Bearer changes follow the NAS radio (`nas rat ...`, see
 * sim_wds_session.c).
 */
#include "tools/qmisim/sim_wds_int.h"

#include <stdio.h>
#include <string.h>

void wds_events_subscribe(struct wds_client *cl, const struct wds_set_event_report_req *req)
{
	if (req->has_dormancy)
		cl->report_dormancy = req->dormancy != 0;
	if (req->has_transfer_stats) {
		cl->stats_interval = req->transfer_stats.interval;
		cl->stats_mask = req->transfer_stats.indicators;
		cl->stats_due_ms = 0;
	}
}

/* The counters the client asked for, taken from the session it sees. */
static void fill_stats(const struct wds_client *cl, const struct wds_traffic *t,
		       struct wds_event_report_ind *ev)
{
	ev->has_tx_packets_ok = (cl->stats_mask & WDS_STATS_TX_PACKETS_OK) != 0;
	ev->tx_packets_ok = t->tx_packets;
	ev->has_rx_packets_ok = (cl->stats_mask & WDS_STATS_RX_PACKETS_OK) != 0;
	ev->rx_packets_ok = t->rx_packets;
	ev->has_tx_bytes_ok = (cl->stats_mask & WDS_STATS_TX_BYTES_OK) != 0;
	ev->tx_bytes_ok = t->tx_bytes;
	ev->has_rx_bytes_ok = (cl->stats_mask & WDS_STATS_RX_BYTES_OK) != 0;
	ev->rx_bytes_ok = t->rx_bytes;
	/* The simulated network neither loses nor drops packets. */
	ev->has_tx_packets_error = (cl->stats_mask & WDS_STATS_TX_PACKETS_ERROR) != 0;
	ev->has_rx_packets_error = (cl->stats_mask & WDS_STATS_RX_PACKETS_ERROR) != 0;
	ev->has_tx_overflows = (cl->stats_mask & WDS_STATS_TX_OVERFLOWS) != 0;
	ev->has_rx_overflows = (cl->stats_mask & WDS_STATS_RX_OVERFLOWS) != 0;
	ev->has_tx_packets_dropped = (cl->stats_mask & WDS_STATS_TX_PACKETS_DROPPED) != 0;
	ev->has_rx_packets_dropped = (cl->stats_mask & WDS_STATS_RX_PACKETS_DROPPED) != 0;
}

struct tick {
	struct wds_state *st;
	uint64_t now;
	int next;		/* ms until the earliest next report, -1: none */
};

static void tick_one(struct sim_modem *m, struct sim_client *c, void *arg)
{
	struct tick *k = arg;
	struct wds_client *cl = wds_client_of(c);
	uint64_t period = (uint64_t)cl->stats_interval * 1000u;
	struct wds_session *s;
	int left;

	if (!period || !cl->stats_mask)
		return;
	if (!cl->stats_due_ms)
		cl->stats_due_ms = k->now + period;
	if (cl->stats_due_ms <= k->now) {
		s = wds_client_session(k->st, c);
		if (s) {
			struct wds_event_report_ind ev = { 0 };
			struct wds_traffic t = wds_traffic_of(k->st, s);

			fill_stats(cl, &t, &ev);
			sim_indicate(m, &slqs_wds_event_report, c->cid, &ev);
		}
		/* A late tick does not make up for the reports it missed. */
		cl->stats_due_ms = k->now + period;
	}
	left = (int)(cl->stats_due_ms - k->now);
	if (k->next < 0 || left < k->next)
		k->next = left;
}

int wds_events_tick(struct sim_modem *m, void *state, uint64_t now_ms)
{
	struct tick k = { state, now_ms, -1 };

	sim_for_each_client(m, QMI_SVC_WDS, tick_one, &k);
	return k.next;
}

static void report_dormancy_one(struct sim_modem *m, struct sim_client *c, void *arg)
{
	struct wds_state *st = arg;
	struct wds_event_report_ind ev = { .has_dormancy = 1 };

	if (!wds_client_of(c)->report_dormancy || !wds_client_session(st, c))
		return;
	ev.dormancy = st->dormant ? WDS_DORMANCY_DORMANT : WDS_DORMANCY_ACTIVE;
	sim_indicate(m, &slqs_wds_event_report, c->cid, &ev);
}

/* wds dormant on|off: the traffic channel goes dormant or active again. */
int wds_cmd_dormant(const struct sim_control *ctl)
{
	struct wds_state *st = ctl->state;
	char err[128];
	int on;

	if (sim_parse_bool(ctl->argv[1], &on, err, sizeof(err))) {
		snprintf(ctl->out, ctl->outlen, "%s", err);
		return -1;
	}
	if (st->dormant != on) {
		st->dormant = (uint8_t)on;
		sim_for_each_client(ctl->modem, QMI_SVC_WDS, report_dormancy_one, st);
	}
	snprintf(ctl->out, ctl->outlen, "dormant=%s", on ? "yes" : "no");
	return 0;
}
