/*
 * qmisim WDS data sessions: their life (Start/Stop Network, network drops,
 * autoconnect) and the indications that go with it. What a live session
 * answers is in sim_wds_query.c.
 *
 * Rules (those of real Qualcomm modems): a session belongs to the client
 * that started it; a client holds one session (dual-stack takes two
 * clients, one per family); one session per family and data port, which a
 * second client asking for the same APN finds already up (NoEffect); a
 * released client's session ends, unless it was started with autoconnect.
 */
#include "tools/qmisim/sim_wds_int.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "pkgs/nas/nas_msg.h"
#include "tools/qmisim/sim_nas.h"

#define HANDLE_BASE   0x86F0A2C0u	/* handles look like a real modem's */
#define HANDLE_STRIDE 0x00001F48u

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

static struct wds_client *client_state(struct sim_modem *m, uint8_t cid);

/* ---- lookups ------------------------------------------------------------ */

struct wds_apn *wds_apn_find(struct wds_state *st, const char *name)
{
	for (unsigned i = 0; i < st->n_apns; i++)
		if (!strcasecmp(st->apns[i].name, name))
			return &st->apns[i];
	return NULL;
}

struct wds_apn *wds_apn_default(struct wds_state *st)
{
	return &st->apns[st->first_apn > 0 ? st->first_apn : 0];
}

int wds_profile_in_use(const struct wds_state *st, uint8_t index)
{
	for (unsigned i = 0; i < WDS_SIM_MAX_SESSIONS; i++)
		if (st->sessions[i].used && st->sessions[i].profile == index)
			return 1;
	return 0;
}

static uint8_t client_family(const struct wds_client *cl)
{
	return cl->family == WDS_IP_FAMILY_IPV6 ? WDS_IP_FAMILY_IPV6 : WDS_IP_FAMILY_IPV4;
}

static struct wds_session *owned_session(struct wds_state *st, uint8_t cid)
{
	for (unsigned i = 0; i < WDS_SIM_MAX_SESSIONS; i++)
		if (st->sessions[i].used && st->sessions[i].owner == cid)
			return &st->sessions[i];
	return NULL;
}

static struct wds_session *port_session(struct wds_state *st, uint8_t mux, uint8_t family)
{
	for (unsigned i = 0; i < WDS_SIM_MAX_SESSIONS; i++)
		if (st->sessions[i].used && st->sessions[i].mux == mux &&
		    st->sessions[i].family == family)
			return &st->sessions[i];
	return NULL;
}

struct wds_session *wds_client_session(struct wds_state *st, struct sim_client *c)
{
	struct wds_client *cl = wds_client_of(c);
	struct wds_session *s = owned_session(st, c->cid);

	return s ? s : port_session(st, cl->mux, client_family(cl));
}

/* ---- radio and traffic -------------------------------------------------- */

struct wds_bearer wds_bearer_now(struct sim_modem *m)
{
	switch (sim_nas_radio_interface(m)) {
	case NAS_RADIO_LTE:
	case NAS_RADIO_5GNR:
		return (struct wds_bearer){ 0x0A, 1u << 5, 50000000, 300000000 };
	case NAS_RADIO_UMTS:
		return (struct wds_bearer){ 0x09, (1u << 2) | (1u << 3), 5760000, 42200000 };
	case NAS_RADIO_TDSCDMA:
		return (struct wds_bearer){ 0x12, 1u << 9, 2200000, 2800000 };
	case NAS_RADIO_GSM:
		return (struct wds_bearer){ 0x06, 1u << 4, 118400, 236800 };
	default:
		return (struct wds_bearer){ -1, 0, 0, 0 };
	}
}

void wds_current_bearer(struct sim_modem *m, struct wds_bearer_tech *b)
{
	b->network_type = WDS_NETWORK_TYPE_3GPP;
	b->rat_mask = wds_bearer_now(m).rat;
	b->so_mask = 0;
}

/* The packets counted by the data path, or else traffic that grows with the
 * session's age at the configured rates. */
struct wds_traffic wds_traffic_of(const struct wds_state *st, const struct wds_session *s)
{
	uint64_t ms = now_ms() - s->start_ms;
	struct wds_traffic t;

	if (st->measured)
		return s->counted;

	t.tx_bytes = ms * st->tx_rate / 1000u;
	t.rx_bytes = ms * st->rx_rate / 1000u;
	t.tx_packets = (uint32_t)(t.tx_bytes / 400u);
	t.rx_packets = (uint32_t)(t.rx_bytes / 1100u);
	return t;
}

/* ---- indications -------------------------------------------------------- */

struct notice {
	const struct wds_session *s;
	const struct wds_packet_service_status_ind *pss;
	const struct wds_event_report_ind *ev;
};

static void notify_one(struct sim_modem *m, struct sim_client *c, void *arg)
{
	const struct notice *n = arg;
	struct wds_client *cl = wds_client_of(c);

	if (n->s->owner == WDS_SIM_FIRMWARE ? cl->mux == n->s->mux : c->cid == n->s->owner)
		sim_indicate(m, &slqs_wds_packet_service_status, c->cid, n->pss);
	if (cl->report_call_status && (c->cid == n->s->owner || cl->mux == n->s->mux))
		sim_indicate(m, &slqs_wds_event_report, c->cid, n->ev);
}

/* Packet Service Status to the owner (a firmware session: its port's clients),
 * Event Report to the clients that asked for call status. */
static void notify(struct sim_modem *m, const struct wds_session *s, int up,
		   const struct wds_reason *why)
{
	struct wds_packet_service_status_ind pss = {
		.conn = { up ? WDS_CONN_CONNECTED : WDS_CONN_DISCONNECTED, 0 },
		.has_ip_family = 1, .ip_family = s->family,
		.has_tech_name = 1, .tech_name = WDS_EXT_TECH_3GPP,
	};
	struct wds_event_report_ind ev = {
		.has_data_call_status = 1,
		.data_call_status = up ? WDS_EVENT_DATA_CALL_ACTIVATED
				       : WDS_EVENT_DATA_CALL_TERMINATED,
		.has_data_call_family = 1, .data_call_family = s->family,
	};
	struct notice n = { s, &pss, &ev };

	if (why) {
		pss.has_call_end_reason = 1;
		pss.call_end_reason = why->legacy;
		pss.has_verbose_reason = 1;
		pss.verbose_reason.type = why->type;
		pss.verbose_reason.reason = why->code;
	}
	sim_for_each_client(m, QMI_SVC_WDS, notify_one, &n);
}

static void report_bearer_one(struct sim_modem *m, struct sim_client *c, void *arg)
{
	struct wds_state *st = arg;
	struct wds_client *cl = wds_client_of(c);
	struct wds_event_report_ind ev = { 0 };

	if (!wds_client_session(st, c))
		return;
	if (cl->report_bearer) {
		ev.has_bearer_tech = 1;
		ev.bearer_tech = wds_bearer_now(m).tech;
	}
	if (cl->report_current_bearer) {
		ev.has_current_bearer_tech = 1;
		wds_current_bearer(m, &ev.current_bearer_tech);
	}
	if (ev.has_bearer_tech || ev.has_current_bearer_tech)
		sim_indicate(m, &slqs_wds_event_report, c->cid, &ev);
}

void wds_report_bearer(struct sim_modem *m)
{
	sim_for_each_client(m, QMI_SVC_WDS, report_bearer_one, wds_state_of(m));
}

/* ---- session life ------------------------------------------------------- */

static struct wds_session *session_new(struct wds_state *st, uint8_t owner, uint8_t mux,
				       uint8_t family, unsigned apn)
{
	for (unsigned i = 0; i < WDS_SIM_MAX_SESSIONS; i++) {
		struct wds_session *s = &st->sessions[i];

		if (s->used)
			continue;
		memset(s, 0, sizeof(*s));
		s->used = 1;
		s->owner = owner;
		s->mux = mux;
		s->family = family;
		s->apn = (uint8_t)apn;
		s->start_ms = now_ms();
		if (st->next_handle == 0 || st->next_handle == WDS_HANDLE_ANY)
			st->next_handle = HANDLE_BASE;
		s->handle = st->next_handle;
		st->next_handle += HANDLE_STRIDE;
		st->started++;
		return s;
	}
	return NULL;
}

void wds_session_end(struct sim_modem *m, struct wds_state *st, struct wds_session *s,
		     const struct wds_reason *why, int notify_clients)
{
	struct wds_client *owner = s->owner != WDS_SIM_FIRMWARE ? client_state(m, s->owner)
								 : NULL;

	if (owner) {
		struct wds_traffic t = wds_traffic_of(st, s);

		owner->had_call = 1;
		owner->last_tx_bytes = t.tx_bytes;
		owner->last_rx_bytes = t.rx_bytes;
		owner->last_bearer = wds_bearer_now(m).tech;
		wds_current_bearer(m, &owner->last_current_bearer);
	}
	if (notify_clients)
		notify(m, s, 0, why);
	s->used = 0;
	st->ended++;
}

unsigned wds_sessions_drop(struct sim_modem *m, struct wds_state *st, int cid,
			   const struct wds_reason *why, int notify_clients)
{
	unsigned n = 0;

	for (unsigned i = 0; i < WDS_SIM_MAX_SESSIONS; i++) {
		struct wds_session *s = &st->sessions[i];

		if (s->used && (cid < 0 || s->owner == cid)) {
			wds_session_end(m, st, s, why, notify_clients);
			n++;
		}
	}
	return n;
}

/* The default profile's APN and family, brought up by the firmware itself. */
void wds_autoconnect_check(struct sim_modem *m, struct wds_state *st)
{
	const struct wds_profile *p = wds_profile_get(st, st->default_profile);
	const struct wds_apn *a;
	struct wds_session *s;
	uint8_t family;

	if (st->autoconnect != WDS_AUTOCONNECT_ENABLED || !sim_nas_registered(m))
		return;
	for (unsigned i = 0; i < WDS_SIM_MAX_SESSIONS; i++)
		if (st->sessions[i].used && st->sessions[i].owner == WDS_SIM_FIRMWARE)
			return;
	a = p && p->apn[0] ? wds_apn_find(st, p->apn) : wds_apn_default(st);
	if (!a || a->has_fail)
		return;
	family = (a->families & WDS_SIM_V4) ? WDS_IP_FAMILY_IPV4 : WDS_IP_FAMILY_IPV6;
	if (port_session(st, 0, family))
		return;
	s = session_new(st, WDS_SIM_FIRMWARE, 0, family, (unsigned)(a - st->apns));
	if (!s)
		return;
	s->profile = st->default_profile;
	s->keep = 1;
	notify(m, s, 1, NULL);
}

void wds_sessions_describe(struct wds_state *st, char *out, size_t outlen)
{
	size_t used = strlen(out);

	for (unsigned i = 0; i < WDS_SIM_MAX_SESSIONS && used < outlen; i++) {
		const struct wds_session *s = &st->sessions[i];
		int n;

		if (!s->used)
			continue;
		n = snprintf(out + used, outlen - used,
			     " [handle=%u cid=%u family=ipv%u apn=%s mux=%u up_ms=%llu"
			     " tx_bytes=%llu rx_bytes=%llu]",
			     (unsigned)s->handle, s->owner, s->family, st->apns[s->apn].name,
			     s->mux, (unsigned long long)(now_ms() - s->start_ms),
			     (unsigned long long)wds_traffic_of(st, s).tx_bytes,
			     (unsigned long long)wds_traffic_of(st, s).rx_bytes);
		if (n < 0)
			break;
		used += (size_t)n;
	}
}

/* ---- Start Network ------------------------------------------------------ */

/* What a Start Network asks for, the request's TLVs over the profile's. */
struct call {
	const char *apn;
	uint8_t auth;
	const char *user, *password;
	uint8_t family;
	uint8_t profile;
	const struct wds_profile *p;
};

static int refuse(struct wds_state *st, struct wds_start_network_rsp *rsp,
		  const struct wds_reason *why)
{
	rsp->has_call_end_reason = 1;
	rsp->call_end_reason = why->legacy;
	rsp->has_verbose_reason = 1;
	rsp->verbose_reason.type = why->type;
	rsp->verbose_reason.reason = why->code;
	st->refused++;
	return QMI_ERR_CALL_FAILED;
}

static int call_params(struct wds_state *st, const struct wds_client *cl,
		       const struct wds_start_network_req *req, struct call *k)
{
	static const struct wds_profile none;
	const struct wds_profile *p;

	k->profile = req->has_profile_3gpp ? req->profile_3gpp : st->default_profile;
	p = wds_profile_get(st, k->profile);
	if (!p) {
		if (req->has_profile_3gpp)
			return -1;
		p = &none;	/* the default was deleted: the network decides */
		k->profile = 0;
	}
	k->p = p;
	k->apn = req->has_apn ? req->apn : p->apn;
	k->user = req->has_username ? req->username : p->username;
	k->password = req->has_password ? req->password : p->password;
	if (req->has_auth)
		k->auth = req->auth;
	else if (p->has_auth)
		k->auth = p->auth;
	else
		k->auth = k->user[0] ? WDS_AUTH_PAP | WDS_AUTH_CHAP : WDS_AUTH_NONE;
	k->family = req->has_ip_family ? req->ip_family : client_family(cl);
	return 0;
}

/* The network's verdict on a call to APN a; NULL when it accepts it. */
static const struct wds_reason *network_verdict(const struct wds_apn *a, const struct call *k)
{
	uint8_t want = k->family == WDS_IP_FAMILY_IPV6 ? WDS_SIM_V6 : WDS_SIM_V4;

	if (a->has_fail)
		return &a->fail;
	if (k->p->has_pdp_type &&
	    ((k->p->pdp_type == WDS_PDP_IPV4 && want == WDS_SIM_V6) ||
	     (k->p->pdp_type == WDS_PDP_IPV6 && want == WDS_SIM_V4)))
		return wds_reason(WDS_R_IP_MISMATCH);
	if (!(a->families & want))
		return wds_reason(want == WDS_SIM_V6 ? WDS_R_IPV4_ONLY : WDS_R_IPV6_ONLY);
	if (a->auth && (!(k->auth & a->auth) || strcmp(k->user, a->user) ||
			strcmp(k->password, a->password)))
		return wds_reason(WDS_R_AUTH_FAILED);
	return NULL;
}

/* Start Network of client c, answered now. */
static int start_call(struct sim_modem *m, struct sim_client *c,
		      const struct wds_start_network_req *req, struct wds_start_network_rsp *rsp)
{
	struct wds_state *st = wds_state_of(m);
	struct wds_client *cl = wds_client_of(c);
	const struct wds_reason *why;
	struct wds_session *s;
	struct wds_apn *a;
	struct call k;

	if (call_params(st, cl, req, &k))
		return refuse(st, rsp, wds_reason(WDS_R_INVALID_PROFILE));
	if (k.family == WDS_IP_FAMILY_UNSPECIFIED)
		k.family = WDS_IP_FAMILY_IPV4;
	if (k.family != WDS_IP_FAMILY_IPV4 && k.family != WDS_IP_FAMILY_IPV6)
		return QMI_ERR_INVALID_ARGUMENT;
	if (owned_session(st, c->cid))
		return QMI_ERR_NO_EFFECT;	/* one call per client */
	if (!sim_nas_registered(m))
		return refuse(st, rsp, wds_reason(WDS_R_NO_SERVICE));
	a = k.apn[0] ? wds_apn_find(st, k.apn) : wds_apn_default(st);
	s = port_session(st, cl->mux, k.family);
	if (s) {
		/* The port already carries this family: the same APN is "already up". */
		if (a && s->apn == (uint8_t)(a - st->apns))
			return QMI_ERR_NO_EFFECT;
		return refuse(st, rsp, wds_reason(WDS_R_APN_MISMATCH));
	}
	if (!a)
		return refuse(st, rsp, &st->unknown_apn);
	why = network_verdict(a, &k);
	if (why)
		return refuse(st, rsp, why);
	s = session_new(st, c->cid, cl->mux, k.family, (unsigned)(a - st->apns));
	if (!s)
		return refuse(st, rsp, wds_reason(WDS_R_MAX_CONNECTIONS));
	s->profile = k.profile;
	s->auth = a->auth ? (uint8_t)(k.auth & a->auth) : WDS_AUTH_NONE;
	sim_copy_string(s->user, sizeof(s->user), a->auth ? k.user : "");
	if (req->has_autoconnect && req->autoconnect) {
		st->autoconnect = WDS_AUTOCONNECT_ENABLED;
		s->keep = 1;
	}
	rsp->has_handle = 1;
	rsp->handle = s->handle;
	notify(m, s, 1, NULL);
	return 0;
}

int wds_start_network(const struct sim_call *call)
{
	struct wds_state *st = wds_state_of(call->modem);
	struct wds_held_start *h;

	if (!st->hold_start)
		return start_call(call->modem, call->client, call->req, call->rsp);
	if (st->n_held == WDS_SIM_MAX_HELD)
		return QMI_ERR_DEVICE_NOT_READY;	/* "busy": never silently lost */
	h = &st->held[st->n_held++];
	h->later = SIM_LATER(call);
	h->req = *(const struct wds_start_network_req *)call->req;
	return SIM_ANSWER_LATER;
}

/* ---- Stop Network ------------------------------------------------------- */

int wds_stop_network(const struct sim_call *call)
{
	const struct wds_stop_network_req *req = call->req;
	struct wds_state *st = wds_state_of(call->modem);
	struct wds_session *s = owned_session(st, call->client->cid);
	unsigned n;

	if (req->has_disable_autoconnect && req->disable_autoconnect) {
		/* "Stop the autoconnect call": the firmware's own session goes. */
		st->autoconnect = WDS_AUTOCONNECT_DISABLED;
		n = wds_sessions_drop(call->modem, st, WDS_SIM_FIRMWARE,
				      wds_reason(WDS_R_CLIENT_END), 1);
		if (s && s->handle == req->handle)
			wds_session_end(call->modem, st, s, wds_reason(WDS_R_CLIENT_END), 1);
		else if (!n && req->handle != WDS_HANDLE_ANY)
			return QMI_ERR_INVALID_HANDLE;
		return 0;
	}
	if (!s || s->handle != req->handle)
		return QMI_ERR_INVALID_HANDLE;	/* unknown, or another client's */
	wds_session_end(call->modem, st, s, wds_reason(WDS_R_CLIENT_END), 1);
	return 0;
}

/* ---- client lookup ------------------------------------------------------ */

struct find_client {
	uint8_t cid;
	struct sim_client *found;
};

static void find_one(struct sim_modem *m, struct sim_client *c, void *arg)
{
	struct find_client *f = arg;

	(void)m;
	if (c->cid == f->cid)
		f->found = c;
}

static struct sim_client *client_of(struct sim_modem *m, uint8_t cid)
{
	struct find_client f = { cid, NULL };

	sim_for_each_client(m, QMI_SVC_WDS, find_one, &f);
	return f.found;
}

static struct wds_client *client_state(struct sim_modem *m, uint8_t cid)
{
	struct sim_client *c = client_of(m, cid);

	return c ? wds_client_of(c) : NULL;
}

/* ---- held Start Network answers (`wds hold-start`) ---------------------- */

struct held_call {
	struct sim_client *c;
	const struct wds_start_network_req *req;
};

static int answer_held(struct sim_modem *m, void *rsp, void *arg)
{
	const struct held_call *k = arg;

	return start_call(m, k->c, k->req, rsp);
}

/* Answers every held Start Network, in order, as if it arrived now. */
static void release_held(struct sim_modem *m, struct wds_state *st)
{
	unsigned n = st->n_held;

	st->n_held = 0;
	for (unsigned i = 0; i < n; i++) {
		struct held_call k = { client_of(m, st->held[i].later.cid), &st->held[i].req };

		if (k.c)	/* else gone since (not forgotten: a reset) */
			sim_answer_later(m, &st->held[i].later, answer_held, &k);
	}
}

void wds_held_forget(struct wds_state *st, int cid)
{
	unsigned kept = 0;

	for (unsigned i = 0; i < st->n_held; i++)
		if (cid >= 0 && st->held[i].later.cid != cid)
			st->held[kept++] = st->held[i];
	st->n_held = kept;
}

int wds_cmd_hold_start(const struct sim_control *ctl)
{
	struct wds_state *st = ctl->state;

	if (ctl->argc > 1) {
		if (!strcmp(ctl->argv[1], "on")) {
			st->hold_start = 1;
		} else if (!strcmp(ctl->argv[1], "off")) {
			st->hold_start = 0;
			release_held(ctl->modem, st);
		} else {
			snprintf(ctl->out, ctl->outlen, "hold-start takes on or off, not '%s'",
				 ctl->argv[1]);
			return -1;
		}
	}
	snprintf(ctl->out, ctl->outlen, "hold=%s held=%u", st->hold_start ? "on" : "off",
		 st->n_held);
	return 0;
}

/* ---- Get Dormancy Status ------------------------------------------------ */

/* The traffic channel of a live session: active, or dormant after `wds dormant on`;
 * out of a call: OutOfCall. */
int wds_get_dormancy_status(const struct sim_call *call)
{
	struct wds_get_dormancy_status_rsp *rsp = call->rsp;
	struct wds_state *st = wds_state_of(call->modem);

	if (!wds_client_session(st, call->client))
		return QMI_ERR_OUT_OF_CALL;
	rsp->has_status = 1;
	rsp->status = st->dormant ? WDS_DORMANCY_DORMANT : WDS_DORMANCY_ACTIVE;
	return 0;
}
