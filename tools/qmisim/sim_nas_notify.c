/*
 * qmisim NAS: what clients asked to be told (Set Event Report, Register
 * Indications, Config Signal Info) and the indications sent when the
 * registration or the signal changes.
 */
#include "tools/qmisim/sim_nas_int.h"

#include <stdlib.h>
#include <string.h>

struct notify {
	const struct reg *reg_old, *reg_now;
	const struct sig *sig_old, *sig_now;
	const struct nas_serving_system *ss;	/* NULL: unchanged */
	const struct nas_system_info *si;	/* NULL: unchanged */
	const struct nas_signal_info *sgi;	/* NULL: signal unchanged */
};

static int crossed(long before, long after, long threshold)
{
	return (before < threshold) != (after < threshold);
}

/* Whether a value moved across any threshold of a list (any integer type). */
#define ANY_CROSSED(hit, before, after, list, n)                              \
	for (size_t i_ = 0; i_ < (size_t)(n) && !(hit); i_++)                 \
		(hit) = crossed((before), (after), (long)(list)[i_])

static int moved(int before, int after, int delta)
{
	return abs(after - before) >= (delta > 0 ? delta : 1);
}

/* Signal Info: on thresholds the client configured, or on any change. */
static int signal_info_due(const struct nas_client *c, const struct sig *o, const struct sig *n)
{
	const struct nas_config_signal_info_req *t = &c->csi;
	uint16_t rssi_delta = c->rssi_delta[n->rat];
	int hit = 0;

	if (o->camped != n->camped || o->rat != n->rat)
		return 1;
	if (!t->has_rssi_thresholds && !t->has_ecio_thresholds && !t->has_lte_snr_thresholds &&
	    !t->has_rsrq_thresholds && !t->has_rsrp_thresholds && !t->has_rscp_thresholds &&
	    !rssi_delta && !c->ecio_delta && !c->snr_delta && !c->rsrq_delta && !c->rsrp_delta)
		return memcmp(o, n, sizeof(*o)) != 0;
	/* v2 deltas, in tenths: a value that moved at least that far */
	hit = (rssi_delta && moved(o->rssi * 10, n->rssi * 10, rssi_delta)) ||
	      (c->ecio_delta && moved(o->ecio, n->ecio, c->ecio_delta)) ||
	      (c->snr_delta && moved(o->snr, n->snr, c->snr_delta)) ||
	      (c->rsrq_delta && moved(o->rsrq * 10, n->rsrq * 10, c->rsrq_delta)) ||
	      (c->rsrp_delta && moved(o->rsrp * 10, n->rsrp * 10, c->rsrp_delta));
	ANY_CROSSED(hit, o->rssi, n->rssi, t->rssi_thresholds, t->n_rssi_thresholds);
	ANY_CROSSED(hit, o->ecio / 5, n->ecio / 5, t->ecio_thresholds, t->n_ecio_thresholds);
	ANY_CROSSED(hit, o->snr, n->snr, t->lte_snr_thresholds, t->n_lte_snr_thresholds);
	ANY_CROSSED(hit, o->rsrq, n->rsrq, t->rsrq_thresholds, t->n_rsrq_thresholds);
	ANY_CROSSED(hit, o->rsrp, n->rsrp, t->rsrp_thresholds, t->n_rsrp_thresholds);
	ANY_CROSSED(hit, o->rscp, n->rscp, t->rscp_thresholds, t->n_rscp_thresholds);
	return hit;
}

/* The Event Report TLVs a client's Set Event Report asks for; 0 if none. */
static int event_report(const struct nas_client *c, const struct notify *nt,
			const struct env *e, struct nas_event_report_ind *ind)
{
	const struct nas_set_event_report_req *er = &c->er;
	const struct sig *o = nt->sig_old, *n = nt->sig_now;
	int8_t radio = n->camped ? nas_rats[n->rat].radio : NAS_RADIO_NONE;
	int lte = n->camped && n->rat == RAT_LTE, any = 0;

	memset(ind, 0, sizeof(*ind));
	if (nt->reg_now->state == NAS_REG_DENIED && nt->reg_old->state != NAS_REG_DENIED &&
	    er->has_reg_reject && er->reg_reject) {
		ind->has_reg_reject = any = 1;
		ind->reg_reject.domain = NAS_DOMAIN_CS_PS;
		ind->reg_reject.cause = (uint16_t)e->reject_cause;
	}
	if (!n->camped || !nt->sgi)
		return any;		/* nothing measured, or nothing changed */
	if (er->has_signal_strength && er->signal_strength.report) {
		int hit = !o->camped || o->rat != n->rat;

		if (!er->signal_strength.n_thresholds)
			hit = hit || o->rssi != n->rssi;
		ANY_CROSSED(hit, o->rssi, n->rssi, er->signal_strength.thresholds,
			    er->signal_strength.n_thresholds);
		if (hit) {
			ind->has_signal_strength = any = 1;
			ind->signal_strength.strength = (int8_t)n->rssi;
			ind->signal_strength.radio_interface = radio;
			if (lte) {
				ind->has_rsrq = 1;
				ind->rsrq.rsrq = (int8_t)n->rsrq;
				ind->rsrq.radio_interface = radio;
			}
		}
	}
	if (er->has_rssi && er->rssi.report && moved(o->rssi, n->rssi, er->rssi.delta)) {
		ind->has_rssi = any = 1;
		ind->rssi.rssi = (uint8_t)-n->rssi;
		ind->rssi.radio_interface = radio;
	}
	if (n->rat == RAT_UMTS) {
		int hit = er->has_ecio && er->ecio.report &&
			  moved(nas_ecio_steps(o->ecio), nas_ecio_steps(n->ecio), er->ecio.delta);

		if (er->has_ecio_thresholds && er->ecio_thresholds.report)
			ANY_CROSSED(hit, o->ecio / 5, n->ecio / 5, er->ecio_thresholds.thresholds,
				    er->ecio_thresholds.n_thresholds);
		if (hit) {
			ind->has_ecio = any = 1;
			ind->ecio.ecio = (uint8_t)nas_ecio_steps(n->ecio);
			ind->ecio.radio_interface = radio;
		}
	}
	if (lte && er->has_lte_snr && er->lte_snr.report &&
	    moved(o->snr, n->snr, er->lte_snr.delta)) {
		ind->has_lte_snr = any = 1;
		ind->lte_snr = (int16_t)n->snr;
	}
	if (lte && er->has_lte_rsrp && er->lte_rsrp.report &&
	    moved(o->rsrp, n->rsrp, er->lte_rsrp.delta)) {
		ind->has_lte_rsrp = any = 1;
		ind->lte_rsrp = (int16_t)n->rsrp;
	}
	if (er->has_rf_band_info && er->rf_band_info &&
	    (o->rat != n->rat || o->band != n->band || o->channel != n->channel)) {
		ind->has_rf_bands = any = 1;
		ind->n_rf_bands = 1;
		nas_fill_rf_band(n, &ind->rf_bands[0]);
	}
	return any;
}

static void notify_client(struct sim_modem *m, struct sim_client *c, void *arg)
{
	const struct notify *nt = arg;
	const struct nas_client *nc = c->state;
	struct nas_event_report_ind er;

	if (!nc)
		return;
	if (nt->ss && !nc->serving_off)
		sim_indicate(m, &slqs_nas_get_serving_system, c->cid, nt->ss);
	if (nt->si && !nc->sysinfo_off)
		sim_indicate(m, &slqs_nas_system_info_ind, c->cid, nt->si);
	if (nt->sgi && nc->signal_info && signal_info_due(nc, nt->sig_old, nt->sig_now))
		sim_indicate(m, &slqs_nas_signal_info_ind, c->cid, nt->sgi);
	if (event_report(nc, nt, &nas_state_of(m)->env, &er))
		sim_indicate(m, &slqs_nas_set_event_report, c->cid, &er);
}

/*
 * Recomputes what clients see and tells those who asked about what
 * changed; raises SIM_EV_REGISTRATION / SIM_EV_SIGNAL for other services.
 */
void nas_refresh(struct sim_modem *m, struct nas_state *st)
{
	struct nas_serving_system ss;
	struct nas_system_info si;
	struct nas_signal_info sgi;
	struct reg r, old_reg = st->last_reg;
	struct sig s, old_sig = st->last_sig;
	struct notify nt = { &old_reg, &r, &old_sig, &s, NULL, NULL, NULL };
	int reg_changed, sig_changed;

	/* The answers a Get request would have now, from the same handlers. */
	struct sim_call now = { .modem = m, .state = st, .rsp = &ss };

	nas_view(m, st, &r, &s);
	nas_get_serving_system(&now);
	now.rsp = &si;
	nas_get_system_info(&now);
	/* Byte compares: the answers zero every padding byte first. */
	if (memcmp(&ss, &st->last_ss, sizeof(ss))) {
		memcpy(&st->last_ss, &ss, sizeof(ss));
		nt.ss = &ss;
	}
	if (memcmp(&si, &st->last_si, sizeof(si))) {
		memcpy(&st->last_si, &si, sizeof(si));
		nt.si = &si;
	}
	sig_changed = memcmp(&s, &old_sig, sizeof(s)) != 0;
	if (sig_changed) {
		now.rsp = &sgi;
		nas_get_signal_info(&now);
		nt.sgi = &sgi;
	}
	/* The SIM alone (say, a PIN entered in low power mode) is no registration change. */
	reg_changed = r.state != old_reg.state || r.attach != old_reg.attach ||
		      r.service != old_reg.service || r.roaming != old_reg.roaming ||
		      r.radio != old_reg.radio;
	st->last_reg = r;
	st->last_sig = s;
	if (nt.ss || nt.si || nt.sgi || reg_changed)
		sim_for_each_client(m, QMI_SVC_NAS, notify_client, &nt);
	if (reg_changed)
		sim_event(m, SIM_EV_REGISTRATION);
	if (sig_changed)
		sim_event(m, SIM_EV_SIGNAL);
}

/* ---- handlers ----------------------------------------------------------------- */

int nas_reset(const struct sim_call *call)
{
	memset(call->client->state, 0, sizeof(struct nas_client));
	return 0;
}

/* Set Event Report changes only what the request mentions. */
int nas_set_event_report(const struct sim_call *call)
{
	const struct nas_set_event_report_req *q = call->req;
	struct nas_set_event_report_req *er = &((struct nas_client *)call->client->state)->er;

	SIM_MERGE_OPTIONAL(er, q, signal_strength);
	SIM_MERGE_OPTIONAL(er, q, rf_band_info);
	SIM_MERGE_OPTIONAL(er, q, reg_reject);
	SIM_MERGE_OPTIONAL(er, q, rssi);
	SIM_MERGE_OPTIONAL(er, q, ecio);
	SIM_MERGE_OPTIONAL(er, q, io);
	SIM_MERGE_OPTIONAL(er, q, sinr);
	SIM_MERGE_OPTIONAL(er, q, error_rate);
	SIM_MERGE_OPTIONAL(er, q, ecio_thresholds);
	SIM_MERGE_OPTIONAL(er, q, sinr_thresholds);
	SIM_MERGE_OPTIONAL(er, q, lte_snr);
	SIM_MERGE_OPTIONAL(er, q, lte_rsrp);
	return 0;
}

int nas_register_indications(const struct sim_call *call)
{
	const struct nas_register_indications_req *q = call->req;
	struct nas_client *nc = call->client->state;

	if (q->has_serving_system)
		nc->serving_off = !q->serving_system;
	if (q->has_system_info)
		nc->sysinfo_off = !q->system_info;
	if (q->has_signal_info)
		nc->signal_info = q->signal_info != 0;
	return 0;
}

int nas_config_signal_info(const struct sim_call *call)
{
	const struct nas_config_signal_info_req *req = call->req;
	struct nas_client *nc = call->client->state;

	/* Each request (v1 or v2) replaces the whole configuration. */
	memset(nc->rssi_delta, 0, sizeof(nc->rssi_delta));
	nc->ecio_delta = nc->snr_delta = nc->rsrq_delta = nc->rsrp_delta = 0;
	nc->csi = *req;
	return 0;
}

/*
 * Appends v2 thresholds (tenths of dB(m)) to a v1 list (of 1- or 2-byte
 * items) in the v1 unit: tenths / div, as far as the list has room.
 */
static void add_thresholds(uint8_t *has, uint16_t *n, void *list, size_t item_size,
			   const int16_t *src, uint16_t n_src, int div)
{
	for (uint16_t i = 0; i < n_src && *n < NAS_MAX_THRESHOLDS; i++, (*n)++) {
		int v = src[i] / div;

		if (item_size == 1)
			((int8_t *)list)[*n] = (int8_t)(v < -128 ? -128 : v > 127 ? 127 : v);
		else
			((int16_t *)list)[*n] = (int16_t)v;
		*has = 1;
	}
}

#define ADD_V2(v1_field, v2_field, div)                                                    	add_thresholds(&nc->csi.has_##v1_field, &nc->csi.n_##v1_field, nc->csi.v1_field,     		       sizeof(nc->csi.v1_field[0]), req->v2_field##_thresholds,              		       req->has_##v2_field##_thresholds ? req->n_##v2_field##_thresholds : 0, 		       div)
#define DELTA_V2(v2_field) (req->has_##v2_field##_delta ? req->v2_field##_delta : 0)

/*
 * Config Signal Info v2: per technology, in tenths. Kept as the v1
 * thresholds the Signal Info indication is checked against (the RSSI
 * lists of GSM, UMTS and LTE merged: the modem measures one RAT at a time)
 * plus the deltas, per RAT for the RSSI. CDMA and HDR are not simulated.
 */
int nas_config_signal_info2(const struct sim_call *call)
{
	const struct nas_config_signal_info2_req *req = call->req;
	struct nas_client *nc = call->client->state;

	memset(&nc->csi, 0, sizeof(nc->csi));
	ADD_V2(rssi_thresholds, gsm_rssi, 10);
	ADD_V2(rssi_thresholds, wcdma_rssi, 10);
	ADD_V2(rssi_thresholds, lte_rssi, 10);
	ADD_V2(ecio_thresholds, wcdma_ecio, 5);	/* v1: 0.5 dB steps */
	ADD_V2(lte_snr_thresholds, lte_snr, 1);	/* v1: 0.1 dB too */
	ADD_V2(rsrq_thresholds, lte_rsrq, 10);
	ADD_V2(rsrp_thresholds, lte_rsrp, 10);
	nc->csi.has_lte_report = req->has_lte_report;
	nc->csi.lte_report = req->lte_report;
	nc->rssi_delta[RAT_GSM] = DELTA_V2(gsm_rssi);
	nc->rssi_delta[RAT_UMTS] = DELTA_V2(wcdma_rssi);
	nc->rssi_delta[RAT_LTE] = DELTA_V2(lte_rssi);
	nc->ecio_delta = DELTA_V2(wcdma_ecio);
	nc->snr_delta = DELTA_V2(lte_snr);
	nc->rsrq_delta = DELTA_V2(lte_rsrq);
	nc->rsrp_delta = DELTA_V2(lte_rsrp);
	return 0;
}
#undef ADD_V2
#undef DELTA_V2
