/*
 * qmisim WDS service module: the handler table, the client settings
 * messages, events, control commands. Sessions are in sim_wds_session.c,
 * profiles in sim_wds_profiles.c, the config in sim_wds_config.c.
 */
#include "tools/qmisim/sim_wds.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "tools/qmisim/sim_dms.h"
#include "tools/qmisim/sim_nas.h"
#include "tools/qmisim/sim_wds_int.h"

/* ---- per-client settings ------------------------------------------------ */

static int wds_reset(const struct sim_call *call)
{
	struct wds_client *cl = wds_client_of(call->client);

	cl->family = 0;
	cl->mux = 0;
	cl->report_call_status = cl->report_bearer = cl->report_current_bearer = 0;
	cl->report_dormancy = cl->stats_interval = 0;
	cl->stats_mask = 0;
	return 0;
}

static int wds_set_event_report(const struct sim_call *call)
{
	const struct wds_set_event_report_req *req = call->req;
	struct wds_client *cl = wds_client_of(call->client);

	if (req->has_data_call_status)
		cl->report_call_status = req->data_call_status != 0;
	if (req->has_bearer_tech)
		cl->report_bearer = req->bearer_tech != 0;
	if (req->has_current_bearer_tech)
		cl->report_current_bearer = req->current_bearer_tech != 0;
	wds_events_subscribe(cl, req);
	return 0;
}

static int wds_set_ip_family(const struct sim_call *call)
{
	const struct wds_set_ip_family_req *req = call->req;

	if (req->family != WDS_IP_FAMILY_IPV4 && req->family != WDS_IP_FAMILY_IPV6 &&
	    req->family != WDS_IP_FAMILY_UNSPECIFIED)
		return QMI_ERR_INVALID_ARGUMENT;
	wds_client_of(call->client)->family = req->family;
	return 0;
}

static int wds_bind_mux_data_port(const struct sim_call *call)
{
	const struct wds_bind_mux_data_port_req *req = call->req;

	if (req->has_mux_id)
		wds_client_of(call->client)->mux = req->mux_id;
	return 0;
}

static int wds_get_autoconnect(const struct sim_call *call)
{
	struct wds_get_autoconnect_settings_rsp *rsp = call->rsp;
	struct wds_state *st = wds_state_of(call->modem);

	rsp->status = st->autoconnect;
	rsp->has_roaming = 1;
	rsp->roaming = st->autoconnect_roaming;
	return 0;
}

static int wds_set_autoconnect(const struct sim_call *call)
{
	const struct wds_set_autoconnect_settings_req *req = call->req;
	struct wds_state *st = wds_state_of(call->modem);

	if (req->status > WDS_AUTOCONNECT_PAUSED ||
	    (req->has_roaming && req->roaming > WDS_AUTOCONNECT_ROAMING_HOME_ONLY))
		return QMI_ERR_INVALID_ARGUMENT;
	st->autoconnect = req->status;
	if (req->has_roaming)
		st->autoconnect_roaming = req->roaming;
	/* Disabling leaves a running session up; enabling connects now. */
	wds_autoconnect_check(call->modem, st);
	return 0;
}

static const struct sim_handler wds_handlers[] = {
	SIM_HANDLER(slqs_wds_reset, wds_reset),
	SIM_HANDLER(slqs_wds_event_report, wds_set_event_report),
	/* accepted; the simulator sends neither of those indications */
	SIM_HANDLER(slqs_wds_indication_register, sim_answer_accept),
	SIM_HANDLER(slqs_wds_start_network, wds_start_network),
	SIM_HANDLER(slqs_wds_stop_network, wds_stop_network),
	SIM_HANDLER(slqs_wds_packet_service_status, wds_get_packet_service_status),
	SIM_HANDLER(slqs_wds_get_channel_rates, wds_get_channel_rates),
	SIM_HANDLER(slqs_wds_get_packet_statistics, wds_get_packet_statistics),
	SIM_HANDLER(slqs_wds_create_profile, wds_create_profile),
	SIM_HANDLER(slqs_wds_swi_create_profile_indexed, wds_create_profile_indexed),
	SIM_HANDLER(slqs_wds_modify_profile, wds_modify_profile),
	SIM_HANDLER(slqs_wds_delete_profile, wds_delete_profile),
	SIM_HANDLER(slqs_wds_get_profile_list, wds_get_profile_list),
	SIM_HANDLER(slqs_wds_get_profile_settings, wds_get_profile_settings),
	SIM_HANDLER(slqs_wds_get_default_settings, wds_get_default_settings),
	SIM_HANDLER(slqs_wds_get_current_settings, wds_get_current_settings),
	SIM_HANDLER(slqs_wds_get_autoconnect_settings, wds_get_autoconnect),
	SIM_HANDLER(slqs_wds_get_dormancy_status, wds_get_dormancy_status),
	SIM_HANDLER(slqs_wds_get_data_bearer_tech, wds_get_data_bearer_tech),
	SIM_HANDLER(slqs_wds_get_current_data_bearer_tech, wds_get_current_data_bearer_tech),
	SIM_HANDLER(slqs_wds_get_default_profile_num, wds_get_default_profile_num),
	SIM_HANDLER(slqs_wds_set_default_profile_num, wds_set_default_profile_num),
	SIM_HANDLER(slqs_wds_set_ip_family, wds_set_ip_family),
	SIM_HANDLER(slqs_wds_set_autoconnect_settings, wds_set_autoconnect),
	SIM_HANDLER(slqs_wds_bind_mux_data_port, wds_bind_mux_data_port),
	SIM_HANDLERS_END
};

/* ---- lifecycle ---------------------------------------------------------- */

static void wds_init(struct sim_modem *m, void *state)
{
	(void)m;
	wds_config_defaults(state);
}

/* Registration lost: every session ends, as the network's bearers do. */
static void follow_registration(struct sim_modem *m, struct wds_state *st)
{
	if (sim_nas_registered(m)) {
		wds_autoconnect_check(m, st);
		wds_report_bearer(m);
		return;
	}
	wds_sessions_drop(m, st, -1,
			  wds_reason(sim_dms_is_online(m) ? WDS_R_NO_SERVICE : WDS_R_LOW_POWER), 1);
}

static void wds_event(struct sim_modem *m, void *state, enum sim_event_kind ev)
{
	struct wds_state *st = state;

	switch (ev) {
	case SIM_EV_BOOT:
		/* Clients are gone already; profiles and settings are in NV. */
		memset(st->sessions, 0, sizeof(st->sessions));
		wds_held_forget(st, -1);
		wds_profiles_finish(st);
		wds_autoconnect_check(m, st);
		break;
	case SIM_EV_REGISTRATION:
	case SIM_EV_OPERATING_MODE:
		follow_registration(m, st);
		break;
	default:
		break;
	}
}

/* A released client's session ends with it, unless autoconnect keeps it. */
static void wds_client_gone(struct sim_modem *m, void *state, struct sim_client *c)
{
	struct wds_state *st = state;

	wds_held_forget(st, c->cid);	/* nobody is left to answer */
	for (unsigned i = 0; i < WDS_SIM_MAX_SESSIONS; i++) {
		struct wds_session *s = &st->sessions[i];

		if (!s->used || s->owner != c->cid)
			continue;
		if (s->keep)
			s->owner = WDS_SIM_FIRMWARE;
		else
			wds_session_end(m, st, s, wds_reason(WDS_R_CLIENT_END), 0);
	}
}

unsigned sim_wds_sessions(struct sim_modem *m)
{
	struct wds_state *st = wds_state_of(m);
	unsigned n = 0;

	for (unsigned i = 0; st && i < WDS_SIM_MAX_SESSIONS; i++)
		n += st->sessions[i].used;
	return n;
}

/* ---- control ------------------------------------------------------------ */

static const char *const autoconnect_names[] = { "disabled", "enabled", "paused" };

static int cmd_status(const struct sim_control *ctl)
{
	struct wds_state *st = ctl->state;

	snprintf(ctl->out, ctl->outlen, "sessions=%u autoconnect=%s default_profile=%u apns=%u",
		 sim_wds_sessions(ctl->modem), autoconnect_names[st->autoconnect % 3],
		 st->default_profile, st->n_apns);
	wds_sessions_describe(st, ctl->out, ctl->outlen);
	return 0;
}

/* wds drop [REASON] [CID] */
static int cmd_drop(const struct sim_control *ctl)
{
	struct wds_reason why = *wds_reason(WDS_R_REGULAR_DEACTIVATION);
	long long cid = -1;
	char err[128];
	unsigned n;

	if (ctl->argc > 1 && wds_reason_parse(ctl->argv[1], &why)) {
		snprintf(ctl->out, ctl->outlen, "unknown reason '%s' (wds reasons lists them)",
			 ctl->argv[1]);
		return -1;
	}
	if (ctl->argc > 2 && sim_parse_int(ctl->argv[2], 1, 254, &cid, err, sizeof(err))) {
		snprintf(ctl->out, ctl->outlen, "CID: %s", err);
		return -1;
	}
	n = wds_sessions_drop(ctl->modem, ctl->state, (int)cid, &why, 1);
	snprintf(ctl->out, ctl->outlen, "dropped=%u reason=%s", n, wds_reason_name(&why));
	return 0;
}

/* wds apn-fail NAME REASON|none: the APN's `fail` setting, at run time. */
static int cmd_apn_fail(const struct sim_control *ctl)
{
	struct wds_apn *a = wds_apn_find(ctl->state, ctl->argv[1]);

	if (!a) {
		snprintf(ctl->out, ctl->outlen, "no APN '%s' in the config", ctl->argv[1]);
		return -1;
	}
	if (sim_setting_apply(sim_setting_find(wds_apn_settings, "fail"), a,
			      ctl->argv[2], ctl->out, ctl->outlen))
		return -1;
	snprintf(ctl->out, ctl->outlen, "apn=%s fail=%s", a->name,
		 a->has_fail ? wds_reason_name(&a->fail) : "none");
	return 0;
}

static int cmd_reasons(const struct sim_control *ctl)
{
	wds_reason_list(ctl->out, ctl->outlen);
	return 0;
}

static const struct sim_command wds_commands[] = {
	{ "status", "", 0, 0, cmd_status },
	{ "drop", "[REASON] [CID]", 0, 2, cmd_drop },
	{ "apn-fail", "APN REASON|none", 2, 2, cmd_apn_fail },
	{ "reasons", "", 0, 0, cmd_reasons },
	{ "dormant", "on|off", 1, 1, wds_cmd_dormant },
	{ "hold-start", "[on|off]", 0, 1, wds_cmd_hold_start },
	SIM_COMMANDS_END
};

static void wds_describe(struct sim_modem *m, void *state, char *out, size_t outlen)
{
	struct wds_state *st = state;

	snprintf(out, outlen, "wds.sessions=%u wds.started=%lu wds.refused=%lu wds.ended=%lu",
		 sim_wds_sessions(m), st->started, st->refused, st->ended);
}

const struct sim_service sim_wds_service = {
	.name = "wds",
	.id = QMI_SVC_WDS,
	.major = 1,
	.minor = 67,
	.default_cid_limit = 16,
	.handlers = wds_handlers,
	.state_size = sizeof(struct wds_state),
	.client_state_size = sizeof(struct wds_client),
	.init = wds_init,
	.sections = wds_sections,
	.event = wds_event,
	.client_gone = wds_client_gone,
	.commands = wds_commands,
	.describe = wds_describe,
	.tick = wds_events_tick,
};
