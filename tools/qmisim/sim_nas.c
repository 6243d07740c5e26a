/*
 * qmisim NAS service.
 *
 * The [nas] config describes the radio environment: the serving network,
 * the radio access technology (RAT) and cell, the signal per RAT, and what
 * the network does with a registration attempt (the `registration`
 * policy). What clients see is derived from that environment, the
 * operating mode and the SIM whenever it is asked for (reg_view()); the
 * last answers sent are kept only to notice changes and indicate them.
 */
#include "tools/qmisim/sim_nas.h"

#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/qmi_error.h"
#include "pkgs/nas/nas_msg.h"
#include "tools/qmisim/sim_dms.h"
#include "tools/qmisim/sim_uim.h"


/* ---- radio access technologies and registration policies ----------------- */

enum rat { RAT_LTE, RAT_UMTS, RAT_GSM, RAT_COUNT };

static const struct rat_def {
	const char *name;
	int8_t radio;			/* NAS_RADIO_* */
	uint8_t n_caps;
	uint8_t caps[3];		/* data service capabilities when registered */
} rats[RAT_COUNT] = {
	[RAT_LTE] = { "lte", NAS_RADIO_LTE, 1, { NAS_DATA_CAP_LTE } },
	[RAT_UMTS] = { "umts", NAS_RADIO_UMTS, 3,
		       { NAS_DATA_CAP_WCDMA, NAS_DATA_CAP_HSDPA, NAS_DATA_CAP_HSUPA } },
	[RAT_GSM] = { "gsm", NAS_RADIO_GSM, 2, { NAS_DATA_CAP_GPRS, NAS_DATA_CAP_EDGE } },
};

/* What the network does when the modem (online, SIM ready) tries to register. */
enum policy { POL_HOME, POL_ROAMING, POL_SEARCHING, POL_DENIED, POL_NONE, POL_COUNT };

static const char *const policy_names[POL_COUNT] = {
	"home", "roaming", "searching", "denied", "not-registered",
};

static const char *const reg_state_names[] = {
	"not-registered", "registered", "searching", "denied", "unknown",
};

/* 3GPP band numbers to QMI "active band class" values (see qmi-service-nas.json). */
static const struct band_def {
	uint8_t rat;
	uint16_t number;
	uint16_t qmi;
} bands[] = {
	{ RAT_LTE, 1, 120 }, { RAT_LTE, 2, 121 }, { RAT_LTE, 3, 122 }, { RAT_LTE, 4, 123 },
	{ RAT_LTE, 5, 124 }, { RAT_LTE, 6, 125 }, { RAT_LTE, 7, 126 }, { RAT_LTE, 8, 127 },
	{ RAT_LTE, 9, 128 }, { RAT_LTE, 10, 129 }, { RAT_LTE, 11, 130 }, { RAT_LTE, 12, 131 },
	{ RAT_LTE, 13, 132 }, { RAT_LTE, 14, 133 }, { RAT_LTE, 17, 134 }, { RAT_LTE, 18, 143 },
	{ RAT_LTE, 19, 144 }, { RAT_LTE, 20, 145 }, { RAT_LTE, 21, 146 }, { RAT_LTE, 23, 152 },
	{ RAT_LTE, 24, 147 }, { RAT_LTE, 25, 148 }, { RAT_LTE, 26, 153 }, { RAT_LTE, 27, 164 },
	{ RAT_LTE, 28, 158 }, { RAT_LTE, 29, 159 }, { RAT_LTE, 30, 160 }, { RAT_LTE, 31, 165 },
	{ RAT_LTE, 32, 154 }, { RAT_LTE, 33, 135 }, { RAT_LTE, 34, 136 }, { RAT_LTE, 35, 137 },
	{ RAT_LTE, 36, 138 }, { RAT_LTE, 37, 139 }, { RAT_LTE, 38, 140 }, { RAT_LTE, 39, 141 },
	{ RAT_LTE, 40, 142 }, { RAT_LTE, 41, 149 }, { RAT_LTE, 42, 150 }, { RAT_LTE, 43, 151 },
	{ RAT_LTE, 46, 163 }, { RAT_LTE, 47, 166 }, { RAT_LTE, 48, 167 }, { RAT_LTE, 66, 161 },
	{ RAT_LTE, 71, 168 },
	{ RAT_UMTS, 1, 80 }, { RAT_UMTS, 2, 81 }, { RAT_UMTS, 3, 82 }, { RAT_UMTS, 4, 83 },
	{ RAT_UMTS, 5, 84 }, { RAT_UMTS, 6, 85 }, { RAT_UMTS, 7, 86 }, { RAT_UMTS, 8, 87 },
	{ RAT_UMTS, 9, 88 }, { RAT_UMTS, 11, 90 }, { RAT_UMTS, 19, 91 },
	{ RAT_GSM, 450, 40 }, { RAT_GSM, 480, 41 }, { RAT_GSM, 750, 42 }, { RAT_GSM, 850, 43 },
	{ RAT_GSM, 900, 45 }, { RAT_GSM, 1800, 47 }, { RAT_GSM, 1900, 48 },
};

static const struct band_def *band_find(int rat, long number)
{
	for (size_t i = 0; i < sizeof(bands) / sizeof(bands[0]); i++)
		if (bands[i].rat == rat && bands[i].number == number)
			return &bands[i];
	return NULL;
}

/* LTE channel bandwidths in 0.1 MHz, indexed by NAS_DL_BW_*. */
static const int lte_bandwidths[] = { 14, 30, 50, 100, 150, 200 };

/* ---- state ---------------------------------------------------------------- */

#define NET_PLMN_SET 1
#define NET_NAME_SET 2

struct net {
	uint16_t mcc;
	uint16_t mnc;
	uint8_t mnc3;		/* the MNC has 3 digits */
	uint8_t set;		/* NET_*_SET: which parts the config gave (home network) */
	char name[NAS_NAME_MAX];
};

/* The radio environment: config, changed by control commands, kept over a reset. */
struct env {
	struct net serving;
	struct net home;	/* unset parts follow the serving network */
	int rat;		/* enum rat */
	int policy;		/* enum policy */
	int roaming;		/* registered as roaming even with policy home */
	int reject_cause;	/* 3GPP cause when the policy is "denied" */
	int lte_rssi, lte_rsrq, lte_rsrp, lte_snr;	/* dBm, dB, dBm, 0.1 dB */
	int umts_rssi, umts_ecio, umts_rscp;		/* dBm, 0.1 dB, dBm */
	int gsm_rssi;					/* dBm */
	int lac, tac, cell_id, pci, umts_psc, gsm_bsic;
	int band[RAT_COUNT];	/* 3GPP band number per RAT */
	int channel[RAT_COUNT];	/* EARFCN, UARFCN, ARFCN */
	int lte_bandwidth;	/* 0.1 MHz */
};

/* The registration as clients see it, derived by reg_view(). */
struct reg {
	uint8_t state;		/* NAS_REG_* */
	uint8_t attach;		/* NAS_ATTACH_*, CS and PS alike */
	uint8_t service;	/* NAS_SERVICE_* */
	uint8_t roaming;
	uint8_t sim_ready;
	int8_t radio;		/* serving NAS_RADIO_*, NAS_RADIO_NONE when camped on nothing */
};

/* The measurements clients see (all zero when camped on nothing). */
struct sig {
	int camped;
	int rat;
	int rssi, rsrq, rsrp, snr, ecio, rscp;	/* units as in struct env */
	int band, channel;
};

struct nas_state {
	struct env env;
	/* What was last indicated, to notice changes. */
	struct reg last_reg;
	struct sig last_sig;
	struct nas_serving_system last_ss;
	struct nas_system_info last_si;
};

/* Per client: what it asked to be told. */
struct nas_client {
	uint8_t serving_off;	/* Serving System indications are on by default */
	uint8_t sysinfo_off;	/* likewise System Info */
	uint8_t signal_info;	/* Signal Info indications are off by default */
	struct nas_set_event_report_req er;	/* Set Event Report, merged */
	struct nas_config_signal_info_req csi;	/* Config Signal Info thresholds */
};

static struct nas_state *nas(struct sim_modem *m)
{
	return sim_state(m, QMI_SVC_NAS);
}

static void home_net(const struct env *e, struct net *out)
{
	*out = e->home;
	if (!(e->home.set & NET_PLMN_SET)) {
		out->mcc = e->serving.mcc;
		out->mnc = e->serving.mnc;
		out->mnc3 = e->serving.mnc3;
	}
	if (!(e->home.set & NET_NAME_SET))
		memcpy(out->name, e->serving.name, sizeof(out->name));
}

/* ---- deriving what clients see -------------------------------------------- */

static void reg_view(struct sim_modem *m, const struct env *e, struct reg *r)
{
	memset(r, 0, sizeof(*r));
	r->sim_ready = sim_uim_ready(m) != 0;
	r->state = NAS_REG_NOT_REGISTERED;
	r->attach = NAS_ATTACH_DETACHED;
	r->service = NAS_SERVICE_NONE;
	r->radio = NAS_RADIO_NONE;
	if (!sim_dms_is_online(m))
		return;			/* radio off */
	if (e->policy == POL_SEARCHING) {
		r->state = NAS_REG_SEARCHING;	/* no cell found */
		return;
	}
	r->radio = rats[e->rat].radio;
	r->service = NAS_SERVICE_LIMITED;	/* camped: emergency calls at least */
	if (!r->sim_ready)
		return;
	switch (e->policy) {
	case POL_HOME:
	case POL_ROAMING:
		r->state = NAS_REG_REGISTERED;
		r->attach = NAS_ATTACH_ATTACHED;
		r->service = NAS_SERVICE_AVAILABLE;
		r->roaming = e->policy == POL_ROAMING || e->roaming;
		break;
	case POL_DENIED:
		r->state = NAS_REG_DENIED;
		break;
	default:
		break;
	}
}

static void sig_view(const struct env *e, const struct reg *r, struct sig *s)
{
	memset(s, 0, sizeof(*s));
	if (r->radio == NAS_RADIO_NONE)
		return;
	s->camped = 1;
	s->rat = e->rat;
	s->band = e->band[e->rat];
	s->channel = e->channel[e->rat];
	switch (e->rat) {
	case RAT_LTE:
		s->rssi = e->lte_rssi;
		s->rsrq = e->lte_rsrq;
		s->rsrp = e->lte_rsrp;
		s->snr = e->lte_snr;
		break;
	case RAT_UMTS:
		s->rssi = e->umts_rssi;
		s->ecio = e->umts_ecio;
		s->rscp = e->umts_rscp;
		break;
	default:
		s->rssi = e->gsm_rssi;
		break;
	}
}

/* ECIO in 0.1 dB to the wire's positive -0.5 dB steps. */
static int ecio_steps(int ecio_tenths)
{
	return -ecio_tenths / 5;
}

static void view(struct sim_modem *m, struct nas_state *st, struct reg *r, struct sig *s)
{
	reg_view(m, &st->env, r);
	sig_view(&st->env, r, s);
}

/* The measurements clients see now. */
static struct sig sig_now(struct sim_modem *m)
{
	struct reg r;
	struct sig s;

	view(m, nas(m), &r, &s);
	return s;
}

/* ---- building answers ------------------------------------------------------ */

/* The serving cell's identity: 28 bits on LTE/UMTS, 16 on GSM. */
static uint32_t cell_identity(const struct env *e)
{
	return (uint32_t)e->cell_id & (e->rat == RAT_GSM ? 0xFFFFu : 0xFFFFFFFu);
}

static void fill_plmn(const struct net *n, struct nas_plmn *p)
{
	p->mcc = n->mcc;
	p->mnc = n->mnc;
	snprintf(p->description, sizeof(p->description), "%s", n->name);
}

/* Serving System, System Info and Signal Info answer what clients see now;
 * refresh() indicates the same answers when they change. */
static int h_get_serving_system(const struct sim_call *call)
{
	struct nas_serving_system *ss = call->rsp;
	const struct env *e = &nas(call->modem)->env;
	const struct rat_def *rd = &rats[e->rat];
	struct reg r;

	reg_view(call->modem, e, &r);
	memset(ss, 0, sizeof(*ss));
	ss->serving_system.registration_state = r.state;
	ss->serving_system.cs_attach_state = r.attach;
	ss->serving_system.ps_attach_state = r.attach;
	ss->serving_system.selected_network = NAS_NETWORK_UNKNOWN;
	if (r.radio == NAS_RADIO_NONE)
		return 0;
	ss->serving_system.selected_network = NAS_NETWORK_3GPP;
	ss->serving_system.n_radio_interfaces = 1;
	ss->serving_system.radio_interfaces[0] = r.radio;
	if (r.state == NAS_REG_REGISTERED) {
		ss->has_roaming_indicator = 1;
		ss->roaming_indicator = r.roaming ? NAS_ROAMING_IND_ON : NAS_ROAMING_IND_OFF;
		ss->has_data_service_capability = 1;
		ss->n_data_service_capability = rd->n_caps;
		memcpy(ss->data_service_capability, rd->caps, rd->n_caps);
	}
	ss->has_current_plmn = 1;
	fill_plmn(&e->serving, &ss->current_plmn);
	if (e->rat == RAT_LTE) {
		ss->has_lte_tac = 1;
		ss->lte_tac = (uint16_t)e->tac;
	} else {
		ss->has_lac = 1;
		ss->lac = (uint16_t)e->lac;
	}
	if (e->rat == RAT_UMTS) {
		ss->has_umts_psc = 1;
		ss->umts_psc = (uint16_t)e->umts_psc;
	}
	ss->has_cid = 1;
	ss->cid = cell_identity(e);
	ss->has_detailed_service_status = 1;
	ss->detailed_service_status.status = r.service;
	ss->detailed_service_status.capability = NAS_DOMAIN_CS_PS;
	ss->detailed_service_status.forbidden = r.state == NAS_REG_DENIED;
	ss->has_mnc_pcs_digit = 1;
	ss->mnc_pcs_digit.mcc = e->serving.mcc;
	ss->mnc_pcs_digit.mnc = e->serving.mnc;
	ss->mnc_pcs_digit.includes_pcs_digit = e->serving.mnc3;
	return 0;
}

static void fill_sys_info_3gpp(const struct env *e, const struct reg *r,
			       struct nas_sys_info_3gpp *c)
{
	int registered = r->state == NAS_REG_REGISTERED;

	c->domain_valid = 1;
	c->domain = registered ? NAS_DOMAIN_CS_PS : NAS_DOMAIN_NONE;
	c->service_capability_valid = 1;
	c->service_capability = NAS_DOMAIN_CS_PS;
	c->roaming_status_valid = 1;
	c->roaming_status = r->roaming ? NAS_ROAMING_STATUS_ON : NAS_ROAMING_STATUS_OFF;
	c->forbidden_valid = 1;
	c->forbidden = r->state == NAS_REG_DENIED;
	if (e->rat != RAT_LTE) {	/* LTE has a TAC instead */
		c->lac_valid = 1;
		c->lac = (uint16_t)e->lac;
	}
	c->cid_valid = 1;
	c->cid = cell_identity(e);
	if (r->state == NAS_REG_DENIED) {
		c->reject_info_valid = 1;
		c->reject_domain = NAS_DOMAIN_CS_PS;
		c->reject_cause = (uint8_t)e->reject_cause;
	}
	c->network_id_valid = 1;
	snprintf(c->mcc, sizeof(c->mcc), "%03u", e->serving.mcc % 1000u);
	/* As real modems do, a 2-digit MNC is padded with 0xFF. */
	if (e->serving.mnc3)
		snprintf(c->mnc, sizeof(c->mnc), "%03u", e->serving.mnc % 1000u);
	else
		snprintf(c->mnc, sizeof(c->mnc), "%02u\xFF", e->serving.mnc % 100u);
}

static int h_get_system_info(const struct sim_call *call)
{
	struct nas_system_info *si = call->rsp;
	const struct env *e = &nas(call->modem)->env;
	struct reg r;
	struct nas_service_status_3gpp *status[RAT_COUNT] = {
		[RAT_LTE] = &si->lte_service_status,
		[RAT_UMTS] = &si->wcdma_service_status,
		[RAT_GSM] = &si->gsm_service_status,
	};
	struct nas_service_status_3gpp *own;

	reg_view(call->modem, e, &r);
	memset(si, 0, sizeof(*si));
	si->has_lte_service_status = si->has_wcdma_service_status = 1;
	si->has_gsm_service_status = 1;
	si->has_sim_reject_info = 1;
	si->sim_reject_info = r.sim_ready ? NAS_SIM_AVAILABLE : NAS_SIM_UNAVAILABLE;
	if (r.radio == NAS_RADIO_NONE)
		return 0;		/* every RAT: no service */
	own = status[e->rat];
	own->status = own->true_status = r.service;
	own->preferred_data_path = r.state == NAS_REG_REGISTERED;
	switch (e->rat) {
	case RAT_LTE:
		si->has_lte_system_info = 1;
		fill_sys_info_3gpp(e, &r, &si->lte_system_info.common);
		si->lte_system_info.tac_valid = 1;
		si->lte_system_info.tac = (uint16_t)e->tac;
		break;
	case RAT_UMTS:
		si->has_wcdma_system_info = 1;
		fill_sys_info_3gpp(e, &r, &si->wcdma_system_info.common);
		si->wcdma_system_info.psc_valid = 1;
		si->wcdma_system_info.psc = (uint16_t)e->umts_psc;
		break;
	default:
		si->has_gsm_system_info = 1;
		fill_sys_info_3gpp(e, &r, &si->gsm_system_info.common);
		si->gsm_system_info.egprs_support_valid = 1;
		si->gsm_system_info.egprs_support = 1;
		si->gsm_system_info.dtm_support_valid = 1;
		break;
	}
	return 0;
}

static int h_get_signal_info(const struct sim_call *call)
{
	struct nas_signal_info *si = call->rsp;
	struct sig s = sig_now(call->modem);

	memset(si, 0, sizeof(*si));
	if (!s.camped)
		return 0;		/* no measurement at all */
	switch (s.rat) {
	case RAT_LTE:
		si->has_lte = 1;
		si->lte.rssi = (int8_t)s.rssi;
		si->lte.rsrq = (int8_t)s.rsrq;
		si->lte.rsrp = (int16_t)s.rsrp;
		si->lte.snr = (int16_t)s.snr;
		break;
	case RAT_UMTS:
		si->has_wcdma = 1;
		si->wcdma.rssi = (int8_t)s.rssi;
		si->wcdma.ecio = (int16_t)ecio_steps(s.ecio);
		si->has_wcdma_rscp = 1;
		si->wcdma_rscp = (int16_t)s.rscp;
		break;
	default:
		si->has_gsm = 1;
		si->gsm = (int8_t)s.rssi;
		break;
	}
	return 0;
}

static void fill_rf_band(const struct sig *s, struct nas_rf_band *b)
{
	const struct band_def *bd = band_find(s->rat, s->band);

	b->radio_interface = rats[s->rat].radio;
	b->band = bd ? bd->qmi : 0;
	b->channel = (uint16_t)s->channel;
}

/* ---- indications ------------------------------------------------------------ */

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
	int hit = 0;

	if (o->camped != n->camped || o->rat != n->rat)
		return 1;
	if (!t->has_rssi_thresholds && !t->has_ecio_thresholds && !t->has_lte_snr_thresholds &&
	    !t->has_rsrq_thresholds && !t->has_rsrp_thresholds && !t->has_rscp_thresholds)
		return memcmp(o, n, sizeof(*o)) != 0;
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
	int8_t radio = n->camped ? rats[n->rat].radio : NAS_RADIO_NONE;
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
			  moved(ecio_steps(o->ecio), ecio_steps(n->ecio), er->ecio.delta);

		if (er->has_ecio_thresholds && er->ecio_thresholds.report)
			ANY_CROSSED(hit, o->ecio / 5, n->ecio / 5, er->ecio_thresholds.thresholds,
				    er->ecio_thresholds.n_thresholds);
		if (hit) {
			ind->has_ecio = any = 1;
			ind->ecio.ecio = (uint8_t)ecio_steps(n->ecio);
			ind->ecio.radio_interface = radio;
		}
	}
	if (lte && er->has_lte_snr && er->lte_snr.report && moved(o->snr, n->snr, er->lte_snr.delta)) {
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
		fill_rf_band(n, &ind->rf_bands[0]);
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
	if (event_report(nc, nt, &nas(m)->env, &er))
		sim_indicate(m, &slqs_nas_set_event_report, c->cid, &er);
}

/*
 * Recomputes what clients see and tells those who asked about what
 * changed; raises SIM_EV_REGISTRATION / SIM_EV_SIGNAL for other services.
 */
static void refresh(struct sim_modem *m, struct nas_state *st)
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

	view(m, st, &r, &s);
	h_get_serving_system(&now);
	now.rsp = &si;
	h_get_system_info(&now);
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
		h_get_signal_info(&now);
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

/* ---- queries for other modules -------------------------------------------- */

/* The registration clients see now; 0 if the modem has no NAS service. */
static int reg_now(struct sim_modem *m, struct reg *r)
{
	struct nas_state *st = nas(m);

	if (!st)
		return 0;
	reg_view(m, &st->env, r);
	return 1;
}

int sim_nas_registered(struct sim_modem *m)
{
	struct reg r;

	return reg_now(m, &r) && r.state == NAS_REG_REGISTERED && r.attach == NAS_ATTACH_ATTACHED;
}

int sim_nas_radio_interface(struct sim_modem *m)
{
	struct reg r;

	return reg_now(m, &r) ? r.radio : NAS_RADIO_NONE;
}

/* ---- handlers ----------------------------------------------------------------- */

static int h_reset(const struct sim_call *call)
{
	memset(call->client->state, 0, sizeof(struct nas_client));
	return 0;
}

/* Set Event Report changes only what the request mentions. */
static int h_set_event_report(const struct sim_call *call)
{
	const struct nas_set_event_report_req *q = call->req;
	struct nas_set_event_report_req *er = &((struct nas_client *)call->client->state)->er;

#define MERGE(f)                         \
	do {                             \
		if (q->has_##f) {        \
			er->has_##f = 1; \
			er->f = q->f;    \
		}                        \
	} while (0)
	MERGE(signal_strength);
	MERGE(rf_band_info);
	MERGE(reg_reject);
	MERGE(rssi);
	MERGE(ecio);
	MERGE(io);
	MERGE(sinr);
	MERGE(error_rate);
	MERGE(ecio_thresholds);
	MERGE(sinr_thresholds);
	MERGE(lte_snr);
	MERGE(lte_rsrp);
#undef MERGE
	return 0;
}

static int h_register_indications(const struct sim_call *call)
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

static int h_config_signal_info(const struct sim_call *call)
{
	/* Each request replaces the whole configuration. */
	((struct nas_client *)call->client->state)->csi = *(const struct nas_config_signal_info_req *)call->req;
	return 0;
}

static int h_get_signal_strength(const struct sim_call *call)
{
	const struct nas_get_signal_strength_req *q = call->req;
	struct nas_get_signal_strength_rsp *r = call->rsp;
	uint16_t mask = q->has_request_mask ? q->request_mask : 0;
	struct sig s = sig_now(call->modem);
	int8_t radio;

	if (!s.camped)
		return QMI_ERR_INFORMATION_UNAVAILABLE;
	radio = rats[s.rat].radio;
	r->signal_strength.strength = (int8_t)s.rssi;
	r->signal_strength.radio_interface = radio;
	if (mask & NAS_SIGNAL_REQ_RSSI) {
		r->has_rssi_list = 1;
		r->n_rssi_list = 1;
		r->rssi_list[0].rssi = (uint8_t)-s.rssi;
		r->rssi_list[0].radio_interface = radio;
	}
	if ((mask & NAS_SIGNAL_REQ_ECIO) && s.rat == RAT_UMTS) {
		r->has_ecio_list = 1;
		r->n_ecio_list = 1;
		r->ecio_list[0].ecio = (uint8_t)ecio_steps(s.ecio);
		r->ecio_list[0].radio_interface = radio;
	}
	if (s.rat != RAT_LTE)
		return 0;
	if (mask & NAS_SIGNAL_REQ_RSRQ) {
		r->has_rsrq = 1;
		r->rsrq.rsrq = (int8_t)s.rsrq;
		r->rsrq.radio_interface = radio;
	}
	if (mask & NAS_SIGNAL_REQ_LTE_SNR) {
		r->has_lte_snr = 1;
		r->lte_snr = (int16_t)s.snr;
	}
	if (mask & NAS_SIGNAL_REQ_LTE_RSRP) {
		r->has_lte_rsrp = 1;
		r->lte_rsrp = (int16_t)s.rsrp;
	}
	return 0;
}

/* The home network and the SPN come from the SIM: 0, or NotProvisioned without one. */
static int sim_home(struct sim_modem *m, struct net *home)
{
	if (!sim_uim_ready(m))
		return QMI_ERR_NOT_PROVISIONED;
	home_net(&nas(m)->env, home);
	return 0;
}

static int h_get_home_network(const struct sim_call *call)
{
	struct nas_get_home_network_rsp *r = call->rsp;
	struct net home;
	int rc = sim_home(call->modem, &home);

	if (rc)
		return rc;
	fill_plmn(&home, &r->home_network);
	r->has_home_3gpp_mnc = 1;
	r->home_3gpp_mnc.is_3gpp = 1;
	r->home_3gpp_mnc.includes_pcs_digit = home.mnc3;
	return 0;
}

static int h_get_operator_name(const struct sim_call *call)
{
	struct nas_get_operator_name_rsp *r = call->rsp;
	struct net home;
	int rc = sim_home(call->modem, &home);

	if (rc)
		return rc;
	r->has_spn = 1;
	snprintf(r->spn.name, sizeof(r->spn.name), "%s", home.name);
	r->has_operator_string = 1;
	snprintf(r->operator_string, sizeof(r->operator_string), "%s", home.name);
	return 0;
}

static void set_name_bytes(uint8_t *dst, uint16_t *n, size_t cap, const char *name)
{
	size_t len = strnlen(name, cap);

	memcpy(dst, name, len);
	*n = (uint16_t)len;
}

static int h_get_plmn_name(const struct sim_call *call)
{
	const struct nas_get_plmn_name_req *q = call->req;
	struct nas_get_plmn_name_rsp *r = call->rsp;
	const struct env *e = &nas(call->modem)->env;
	struct net home;
	const char *name = "";

	home_net(e, &home);
	if (q->plmn.mcc == e->serving.mcc && q->plmn.mnc == e->serving.mnc)
		name = e->serving.name;
	else if (q->plmn.mcc == home.mcc && q->plmn.mnc == home.mnc)
		name = home.name;
	r->has_eons = 1;
	r->eons.spn_encoding = r->eons.short_name_encoding = NAS_NAME_ENC_ASCII7;
	r->eons.long_name_encoding = NAS_NAME_ENC_ASCII7;
	set_name_bytes(r->eons.spn, &r->eons.n_spn, sizeof(r->eons.spn), name);
	set_name_bytes(r->eons.short_name, &r->eons.n_short_name, sizeof(r->eons.short_name),
		       name);
	set_name_bytes(r->eons.long_name, &r->eons.n_long_name, sizeof(r->eons.long_name), name);
	return 0;
}

static int h_get_rf_band_info(const struct sim_call *call)
{
	struct nas_get_rf_band_info_rsp *r = call->rsp;
	const struct env *e = &nas(call->modem)->env;
	struct sig s = sig_now(call->modem);

	if (!s.camped)
		return QMI_ERR_INFORMATION_UNAVAILABLE;
	r->n_bands = 1;
	fill_rf_band(&s, &r->bands[0]);
	r->has_ext_bands = 1;
	r->n_ext_bands = 1;
	r->ext_bands[0].radio_interface = r->bands[0].radio_interface;
	r->ext_bands[0].band = r->bands[0].band;
	r->ext_bands[0].channel = (uint32_t)s.channel;
	if (s.rat == RAT_LTE) {
		r->has_bandwidths = 1;
		r->n_bandwidths = 1;
		r->bandwidths[0].radio_interface = NAS_RADIO_LTE;
		for (size_t i = 0; i < sizeof(lte_bandwidths) / sizeof(lte_bandwidths[0]); i++)
			if (lte_bandwidths[i] == e->lte_bandwidth)
				r->bandwidths[0].bandwidth = (uint32_t)i;
	}
	return 0;
}

static int h_get_cell_location_info(const struct sim_call *call)
{
	struct nas_get_cell_location_info_rsp *r = call->rsp;
	const struct env *e = &nas(call->modem)->env;
	struct sig s = sig_now(call->modem);
	uint8_t plmn[3];

	if (!s.camped)
		return 0;		/* no cell: nothing to report */
	slqs_nas_plmn_bcd_encode(e->serving.mcc, e->serving.mnc, e->serving.mnc3 ? 3 : 2, plmn);
	if (s.rat == RAT_LTE) {
		struct nas_lte_intra_info *l = &r->lte_intra;

		r->has_lte_intra = 1;
		l->ue_in_idle = 1;
		memcpy(l->plmn, plmn, sizeof(plmn));
		l->tac = (uint16_t)e->tac;
		l->global_cell_id = (uint32_t)e->cell_id;
		l->earfcn = (uint16_t)s.channel;
		l->serving_cell_id = (uint16_t)e->pci;
		l->cell_reselection_priority = 5;
		l->s_non_intra_search = 8;
		l->serving_cell_low_threshold = 6;
		l->s_intra_search = 31;
		l->n_cells = 1;
		l->cells[0].pci = (uint16_t)e->pci;
		l->cells[0].rsrq = (int16_t)(s.rsrq * 10);
		l->cells[0].rsrp = (int16_t)(s.rsrp * 10);
		l->cells[0].rssi = (int16_t)(s.rssi * 10);
		l->cells[0].rx_level = (int16_t)(s.rsrp + 140);
	} else if (s.rat == RAT_UMTS) {
		struct nas_umts_info *u = &r->umts;

		r->has_umts = 1;
		u->cell_id = (uint16_t)e->cell_id;
		memcpy(u->plmn, plmn, sizeof(plmn));
		u->lac = (uint16_t)e->lac;
		u->uarfcn = (uint16_t)s.channel;
		u->psc = (uint16_t)e->umts_psc;
		u->rscp = (int16_t)s.rscp;
		u->ecio = (int16_t)(s.ecio / 10);
		r->has_umts_cell_id = 1;
		r->umts_cell_id = (uint32_t)e->cell_id;
	} else {
		struct nas_geran_info *g = &r->geran;

		r->has_geran = 1;
		g->cell_id = cell_identity(e);
		memcpy(g->plmn, plmn, sizeof(plmn));
		g->lac = (uint16_t)e->lac;
		g->arfcn = (uint16_t)s.channel;
		g->bsic = (uint8_t)e->gsm_bsic;
		g->timing_advance = 0xFFFFFFFF;	/* idle: unknown */
		g->rx_level = (uint16_t)(s.rssi + 110 < 0 ? 0 : s.rssi + 110 > 63 ? 63
							 : s.rssi + 110);
	}
	return 0;
}

static const struct sim_handler nas_handlers[] = {
	SIM_HANDLER(slqs_nas_reset, h_reset),
	SIM_HANDLER(slqs_nas_set_event_report, h_set_event_report),
	SIM_HANDLER(slqs_nas_register_indications, h_register_indications),
	SIM_HANDLER(slqs_nas_get_signal_strength, h_get_signal_strength),
	SIM_HANDLER(slqs_nas_get_serving_system, h_get_serving_system),
	SIM_HANDLER(slqs_nas_get_home_network, h_get_home_network),
	SIM_HANDLER(slqs_nas_get_rf_band_info, h_get_rf_band_info),
	SIM_HANDLER(slqs_nas_get_operator_name, h_get_operator_name),
	SIM_HANDLER(slqs_nas_get_cell_location_info, h_get_cell_location_info),
	SIM_HANDLER(slqs_nas_get_plmn_name, h_get_plmn_name),
	SIM_HANDLER(slqs_nas_get_system_info, h_get_system_info),
	SIM_HANDLER(slqs_nas_get_signal_info, h_get_signal_info),
	SIM_HANDLER(slqs_nas_config_signal_info, h_config_signal_info),
	SIM_HANDLERS_END
};

/* ---- settings: one table for the config file and the control commands ------ */

enum key_type {
	KEY_INT,	/* an integer in [min, max] */
	KEY_TENTHS,	/* a number with one decimal, kept in tenths, a multiple of step */
	KEY_BAND,	/* a 3GPP band number the RAT `arg` knows */
	KEY_BW,		/* an LTE bandwidth in MHz */
	KEY_MCC,	/* 3 digits into the struct net at off */
	KEY_MNC,	/* 2 or 3 digits */
	KEY_NAME,	/* operator name */
	KEY_RAT,
	KEY_POLICY,
	KEY_BOOL,
};

#define KF_SIGNAL 1	/* a measurement: `nas signal` may set it */

struct key_def {
	const char *name;
	uint8_t type;
	uint8_t flags;
	int arg;		/* KEY_TENTHS: step; KEY_BAND: rat */
	size_t off;		/* in struct env */
	int min, max;
};

#define ENV(f) offsetof(struct env, f)
static const struct key_def keys[] = {
	{ "mcc", KEY_MCC, 0, 0, ENV(serving), 0, 0 },
	{ "mnc", KEY_MNC, 0, 0, ENV(serving), 0, 0 },
	{ "operator", KEY_NAME, 0, 0, ENV(serving), 0, 0 },
	{ "home_mcc", KEY_MCC, 0, 0, ENV(home), 0, 0 },
	{ "home_mnc", KEY_MNC, 0, 0, ENV(home), 0, 0 },
	{ "home_operator", KEY_NAME, 0, 0, ENV(home), 0, 0 },
	{ "rat", KEY_RAT, 0, 0, ENV(rat), 0, 0 },
	{ "registration", KEY_POLICY, 0, 0, ENV(policy), 0, 0 },
	{ "roaming", KEY_BOOL, 0, 0, ENV(roaming), 0, 0 },
	{ "reject_cause", KEY_INT, 0, 0, ENV(reject_cause), 0, 255 },
	{ "lte_rssi", KEY_INT, KF_SIGNAL, 0, ENV(lte_rssi), -127, 0 },
	{ "lte_rsrq", KEY_INT, KF_SIGNAL, 0, ENV(lte_rsrq), -40, 0 },
	{ "lte_rsrp", KEY_INT, KF_SIGNAL, 0, ENV(lte_rsrp), -160, -30 },
	{ "lte_snr", KEY_TENTHS, KF_SIGNAL, 1, ENV(lte_snr), -300, 500 },
	{ "umts_rssi", KEY_INT, KF_SIGNAL, 0, ENV(umts_rssi), -127, 0 },
	{ "umts_ecio", KEY_TENTHS, KF_SIGNAL, 5, ENV(umts_ecio), -315, 0 },
	{ "umts_rscp", KEY_INT, KF_SIGNAL, 0, ENV(umts_rscp), -140, 0 },
	{ "gsm_rssi", KEY_INT, KF_SIGNAL, 0, ENV(gsm_rssi), -127, 0 },
	{ "lac", KEY_INT, 0, 0, ENV(lac), 0, 0xFFFF },
	{ "tac", KEY_INT, 0, 0, ENV(tac), 0, 0xFFFF },
	{ "cell_id", KEY_INT, 0, 0, ENV(cell_id), 0, 0xFFFFFFF },
	{ "pci", KEY_INT, 0, 0, ENV(pci), 0, 503 },
	{ "umts_psc", KEY_INT, 0, 0, ENV(umts_psc), 0, 511 },
	{ "gsm_bsic", KEY_INT, 0, 0, ENV(gsm_bsic), 0, 63 },
	{ "lte_band", KEY_BAND, 0, RAT_LTE, ENV(band[RAT_LTE]), 0, 0 },
	{ "umts_band", KEY_BAND, 0, RAT_UMTS, ENV(band[RAT_UMTS]), 0, 0 },
	{ "gsm_band", KEY_BAND, 0, RAT_GSM, ENV(band[RAT_GSM]), 0, 0 },
	{ "lte_earfcn", KEY_INT, 0, 0, ENV(channel[RAT_LTE]), 0, 65535 },
	{ "umts_uarfcn", KEY_INT, 0, 0, ENV(channel[RAT_UMTS]), 0, 16383 },
	{ "gsm_arfcn", KEY_INT, 0, 0, ENV(channel[RAT_GSM]), 0, 1023 },
	{ "lte_bandwidth", KEY_BW, 0, 0, ENV(lte_bandwidth), 0, 0 },
	{ NULL, 0, 0, 0, 0, 0, 0 }
};
#undef ENV

static const struct key_def *key_find(const char *name)
{
	for (const struct key_def *k = keys; k->name; k++)
		if (!strcasecmp(k->name, name))
			return k;
	return NULL;
}

static int name_index(const char *const *names, size_t n, const char *value)
{
	for (size_t i = 0; i < n; i++)
		if (!strcasecmp(names[i], value))
			return (int)i;
	return -1;
}

static int rat_index(const char *value)
{
	for (int i = 0; i < RAT_COUNT; i++)
		if (!strcasecmp(rats[i].name, value))
			return i;
	return -1;
}

static int policy_index(const char *value)
{
	if (!strcasecmp(value, "none"))
		return POL_NONE;
	return name_index(policy_names, POL_COUNT, value);
}

/* "-6.5", "12", "12.4" -> tenths; at most one decimal. */
static int parse_tenths(const char *s, long *out)
{
	const char *p = s;
	int neg = 0;
	long v = 0;

	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	if (!isdigit((unsigned char)*p))
		return -1;
	for (; isdigit((unsigned char)*p); p++) {
		v = v * 10 + (*p - '0');
		if (v > 100000)
			return -1;
	}
	v *= 10;
	if (*p == '.') {
		p++;
		if (!isdigit((unsigned char)*p))
			return -1;
		v += *p++ - '0';
	}
	if (*p)
		return -1;
	*out = neg ? -v : v;
	return 0;
}

/* A string of n_min..n_max decimal digits; returns its length or -1. */
static int parse_digits(const char *s, int n_min, int n_max, long *out)
{
	int n = 0;
	long v = 0;

	for (; s[n]; n++) {
		if (!isdigit((unsigned char)s[n]) || n == n_max)
			return -1;
		v = v * 10 + (s[n] - '0');
	}
	if (n < n_min)
		return -1;
	*out = v;
	return n;
}

static int set_key(struct env *e, const struct key_def *k, const char *value, char *err,
		   size_t errlen)
{
	int *ip = (int *)((char *)e + k->off);
	struct net *net = (struct net *)((char *)e + k->off);
	char why[128];
	long long ll;
	long v;
	int n;

	switch (k->type) {
	case KEY_INT:
		if (sim_parse_int(value, k->min, k->max, &ll, why, sizeof(why)))
			break;
		*ip = (int)ll;
		return 0;
	case KEY_TENTHS:
		if (parse_tenths(value, &v) || v < k->min || v > k->max || v % k->arg) {
			snprintf(err, errlen, "%s: '%s' is not a number from %.1f to %.1f%s",
				 k->name, value, k->min / 10.0, k->max / 10.0,
				 k->arg == 5 ? " in 0.5 steps" : "");
			return -1;
		}
		*ip = (int)v;
		return 0;
	case KEY_BAND:
		if (parse_digits(value, 1, 4, &v) < 0 || !band_find(k->arg, v)) {
			snprintf(err, errlen, "%s: no %s band '%s'", k->name, rats[k->arg].name,
				 value);
			return -1;
		}
		*ip = (int)v;
		return 0;
	case KEY_BW:
		for (size_t i = 0; i < sizeof(lte_bandwidths) / sizeof(lte_bandwidths[0]); i++)
			if (!parse_tenths(value, &v) && v == lte_bandwidths[i]) {
				*ip = (int)v;
				return 0;
			}
		snprintf(err, errlen, "%s: '%s' is not 1.4, 3, 5, 10, 15 or 20 (MHz)", k->name,
			 value);
		return -1;
	case KEY_MCC:
		if (parse_digits(value, 3, 3, &v) < 0) {
			snprintf(err, errlen, "%s: '%s' is not 3 digits", k->name, value);
			return -1;
		}
		net->mcc = (uint16_t)v;
		net->set |= NET_PLMN_SET;
		return 0;
	case KEY_MNC:
		n = parse_digits(value, 2, 3, &v);
		if (n < 0) {
			snprintf(err, errlen, "%s: '%s' is not 2 or 3 digits", k->name, value);
			return -1;
		}
		net->mnc = (uint16_t)v;
		net->mnc3 = n == 3;
		net->set |= NET_PLMN_SET;
		return 0;
	case KEY_NAME:
		if (sim_parse_string(value, net->name, sizeof(net->name), why, sizeof(why)))
			break;
		net->set |= NET_NAME_SET;
		return 0;
	case KEY_RAT:
		n = rat_index(value);
		if (n < 0) {
			snprintf(err, errlen, "%s: '%s' is not lte, umts or gsm", k->name, value);
			return -1;
		}
		*ip = n;
		return 0;
	case KEY_POLICY:
		n = policy_index(value);
		if (n < 0) {
			snprintf(err, errlen, "%s: '%s' is not home, roaming, searching, denied "
				 "or not-registered", k->name, value);
			return -1;
		}
		*ip = n;
		return 0;
	case KEY_BOOL:
		if (sim_parse_bool(value, ip, why, sizeof(why)))
			break;
		return 0;
	default:
		snprintf(why, sizeof(why), "internal error");
		break;
	}
	snprintf(err, errlen, "%s: %s", k->name, why);
	return -1;
}

/* ---- module hooks ---------------------------------------------------------------- */

static void nas_init(struct sim_modem *m, void *state)
{
	struct env *e = &((struct nas_state *)state)->env;

	(void)m;
	/* A healthy LTE cell of the ITU test network 001/01. */
	e->serving.mcc = 1;
	e->serving.mnc = 1;
	e->serving.set = NET_PLMN_SET | NET_NAME_SET;
	snprintf(e->serving.name, sizeof(e->serving.name), "Test Network");
	e->rat = RAT_LTE;
	e->policy = POL_HOME;
	e->reject_cause = 11;	/* PLMN not allowed */
	e->lte_rssi = -65;
	e->lte_rsrq = -9;
	e->lte_rsrp = -95;
	e->lte_snr = 124;
	e->umts_rssi = -75;
	e->umts_ecio = -65;
	e->umts_rscp = -85;
	e->gsm_rssi = -70;
	e->lac = 0x2B67;
	e->tac = 0x2B67;
	e->cell_id = 0x01A2D001;
	e->pci = 123;
	e->umts_psc = 100;
	e->gsm_bsic = 21;
	e->band[RAT_LTE] = 3;
	e->band[RAT_UMTS] = 1;
	e->band[RAT_GSM] = 900;
	e->channel[RAT_LTE] = 1300;
	e->channel[RAT_UMTS] = 10700;
	e->channel[RAT_GSM] = 62;
	e->lte_bandwidth = 200;
}

static int nas_config(struct sim_modem *m, void *state, const char *kind, const char *sub,
		      const char *key, const char *value, char *err, size_t errlen)
{
	const struct key_def *k = key_find(key);

	(void)m;
	if (kind || sub) {
		snprintf(err, errlen, "[nas] has no sub-sections");
		return -1;
	}
	if (!k) {
		snprintf(err, errlen, "unknown [nas] key '%s'", key);
		return -1;
	}
	return set_key(&((struct nas_state *)state)->env, k, value, err, errlen);
}

static void nas_event(struct sim_modem *m, void *state, enum sim_event_kind ev)
{
	if (ev == SIM_EV_BOOT || ev == SIM_EV_OPERATING_MODE || ev == SIM_EV_SIM_STATE)
		refresh(m, state);
}

static void describe(struct sim_modem *m, struct nas_state *st, char *out, size_t outlen)
{
	const struct env *e = &st->env;
	struct reg r;
	struct sig s;
	int n;

	view(m, st, &r, &s);
	n = snprintf(out, outlen,
		     "nas.registration=%s nas.policy=%s nas.roaming=%s nas.ps=%s nas.rat=%s "
		     "nas.plmn=%03u-%0*u nas.service=%s",
		     reg_state_names[r.state], policy_names[e->policy], r.roaming ? "yes" : "no",
		     r.attach == NAS_ATTACH_ATTACHED ? "attached" : "detached", rats[e->rat].name,
		     (unsigned)e->serving.mcc, e->serving.mnc3 ? 3 : 2, (unsigned)e->serving.mnc,
		     r.service == NAS_SERVICE_AVAILABLE ? "full"
		     : r.service == NAS_SERVICE_LIMITED ? "limited" : "none");
	if (n < 0 || (size_t)n >= outlen || !s.camped)
		return;
	out += n;
	outlen -= (size_t)n;
	n = snprintf(out, outlen, " nas.rssi=%d", s.rssi);
	if (n < 0 || (size_t)n >= outlen)
		return;
	if (s.rat == RAT_LTE)
		snprintf(out + n, outlen - (size_t)n, " nas.rsrq=%d nas.rsrp=%d nas.snr=%.1f",
			 s.rsrq, s.rsrp, s.snr / 10.0);
	else if (s.rat == RAT_UMTS)
		snprintf(out + n, outlen - (size_t)n, " nas.ecio=%.1f nas.rscp=%d",
			 s.ecio / 10.0, s.rscp);
}

static void nas_describe(struct sim_modem *m, void *state, char *out, size_t outlen)
{
	describe(m, state, out, outlen);
}

/* `nas status`: the description, then the operator name (which may hold blanks). */
static void status(struct sim_modem *m, struct nas_state *st, char *out, size_t outlen)
{
	size_t n;

	describe(m, st, out, outlen);
	n = strnlen(out, outlen);
	if (n + 1 < outlen)
		snprintf(out + n, outlen - n, " nas.operator=\"%s\"", st->env.serving.name);
}

/* Applies KEY=VALUE words to a copy of the environment: all or nothing. */
static int apply_words(struct env *e, int argc, char **argv, int signal_only, char *out,
		       size_t outlen)
{
	char full[32];

	for (int i = 0; i < argc; i++) {
		char *eq = strchr(argv[i], '=');
		const struct key_def *k;

		if (!eq || eq == argv[i]) {
			snprintf(out, outlen, "'%s' is not KEY=VALUE", argv[i]);
			return -1;
		}
		*eq = '\0';
		k = key_find(argv[i]);
		/* `nas signal rssi=-70` means the current RAT's RSSI. */
		if (!k && signal_only) {
			snprintf(full, sizeof(full), "%s_%s", rats[e->rat].name, argv[i]);
			k = key_find(full);
		}
		if (!k || (signal_only && !(k->flags & KF_SIGNAL))) {
			snprintf(out, outlen, "unknown %s '%s'", signal_only ? "measurement" : "key",
				 argv[i]);
			return -1;
		}
		if (set_key(e, k, eq + 1, out, outlen))
			return -1;
	}
	return 0;
}

static int nas_control(struct sim_modem *m, void *state, int argc, char **argv, char *out,
		       size_t outlen)
{
	struct nas_state *st = state;
	const char *cmd = argc > 1 ? argv[1] : "";
	struct env e = st->env;
	int n;

	if (!strcasecmp(cmd, "status") && argc == 2) {
		status(m, st, out, outlen);
		return 0;
	} else if (!strcasecmp(cmd, "signal") && argc > 2) {
		if (apply_words(&e, argc - 2, argv + 2, 1, out, outlen))
			return -1;
	} else if (!strcasecmp(cmd, "set") && argc > 2) {
		if (apply_words(&e, argc - 2, argv + 2, 0, out, outlen))
			return -1;
	} else if (!strcasecmp(cmd, "register") && (argc == 3 || argc == 4)) {
		n = policy_index(argv[2]);
		if (n < 0) {
			snprintf(out, outlen, "register: '%s' is not home, roaming, searching, "
				 "denied or none", argv[2]);
			return -1;
		}
		e.policy = n;
		e.roaming = n == POL_ROAMING;
		if (argc == 4 && n != POL_DENIED) {
			snprintf(out, outlen, "register: only 'denied' takes a cause");
			return -1;
		}
		if (argc == 4 && set_key(&e, key_find("reject_cause"), argv[3], out, outlen))
			return -1;
	} else if (!strcasecmp(cmd, "rat") && argc == 3) {
		n = rat_index(argv[2]);
		if (n < 0) {
			snprintf(out, outlen, "rat: '%s' is not lte, umts or gsm", argv[2]);
			return -1;
		}
		e.rat = n;
	} else {
		snprintf(out, outlen,
			 "usage: nas status | nas signal KEY=VALUE... (rssi rsrq rsrp snr ecio "
			 "rscp) | nas register home|roaming|searching|denied [CAUSE]|none | "
			 "nas rat lte|umts|gsm | nas set KEY=VALUE... (any [nas] key)");
		return -1;
	}
	st->env = e;
	refresh(m, st);
	status(m, st, out, outlen);
	return 0;
}

const struct sim_service sim_nas_service = {
	.name = "nas",
	.id = QMI_SVC_NAS,
	.major = 1,
	.minor = 25,
	.default_cid_limit = 10,
	.handlers = nas_handlers,
	.state_size = sizeof(struct nas_state),
	.client_state_size = sizeof(struct nas_client),
	.init = nas_init,
	.config = nas_config,
	.event = nas_event,
	.control = nas_control,
	.describe = nas_describe,
};
