/*
 * qmisim NAS: choosing the network. The system selection preferences
 * (which RATs, bands, automatic or manual network), a manual or automatic
 * registration, the network scan (the serving network and the configured
 * [nas.network N] entries) and the network's time (NITZ).
 */
#include "tools/qmisim/sim_nas_int.h"

#include <string.h>
#include <time.h>

#include "tools/qmisim/sim_dms.h"

/* The MC7455's bands: WCDMA 1, 2, 3, 4, 5, 8 and its LTE bands. */
static const uint16_t mc7455_lte[] = { 1, 2, 3, 4, 5, 7, 12, 13, 20, 25, 26, 29, 30, 41 };

void nas_pref_init(struct env *e)
{
	struct pref *p = &e->pref;

	memset(p, 0, sizeof(*p));
	p->mode = NAS_MODE_PREF_GSM | NAS_MODE_PREF_UMTS | NAS_MODE_PREF_LTE;
	p->band = (1ull << 22) | (1ull << 23) | (1ull << 24) | (1ull << 25) | (1ull << 26) |
		  (1ull << 49);
	for (size_t i = 0; i < sizeof(mc7455_lte) / sizeof(mc7455_lte[0]); i++)
		p->lte_band |= 1ull << (mc7455_lte[i] - 1);
	p->roam = 0xFF;
	p->srv_domain = 2;
	e->nitz = 1;
}

static int same_plmn(const struct net *a, uint16_t mcc, uint16_t mnc)
{
	return a->mcc == mcc && a->mnc == mnc;
}

int nas_manual_elsewhere(const struct env *e)
{
	const struct pref *p = &e->pref;

	return p->net_select == 1 && p->manual_set &&
	       !same_plmn(&e->serving, p->manual_plmn.mcc, p->manual_plmn.mnc);
}

/* ---- System Selection Preference ------------------------------------------------ */

int nas_get_sys_sel_pref(const struct sim_call *call)
{
	struct nas_get_sys_sel_pref_rsp *r = call->rsp;
	const struct pref *p = &nas_state_of(call->modem)->env.pref;

	r->has_emergency_mode = r->has_mode_pref = r->has_band_pref = 1;
	r->has_roam_pref = r->has_lte_band_pref = r->has_net_select = 1;
	r->has_srv_domain_pref = r->has_gw_acq_order = 1;
	r->emergency_mode = p->emergency;
	r->mode_pref = p->mode;
	r->band_pref = p->band;
	r->roam_pref = p->roam;
	r->lte_band_pref = p->lte_band;
	r->net_select = p->net_select;
	r->srv_domain_pref = p->srv_domain;
	r->gw_acq_order = p->gw_acq_order;
	return 0;
}

static int radio_known(int8_t radio)
{
	for (int i = 0; i < RAT_COUNT; i++)
		if (nas_rats[i].radio == radio)
			return 1;
	return radio == NAS_RADIO_CDMA_1X || radio == NAS_RADIO_EVDO ||
	       radio == NAS_RADIO_TDSCDMA;
}

/* The request's values, checked before anything is stored: 0 or InvalidArgument. */
static int sys_sel_valid(const struct nas_set_sys_sel_pref_req *q)
{
	int bad = 0;

	bad |= q->has_emergency_mode && q->emergency_mode > 1;
	bad |= q->has_mode_pref && (q->mode_pref == 0 || (q->mode_pref & ~NAS_MODE_PREF_ALL));
	bad |= q->has_roam_pref && !(q->roam_pref >= 1 && q->roam_pref <= 3) &&
	       q->roam_pref != 0xFF;
	bad |= q->has_net_select && (q->net_select.mode > 1 ||
				     (q->net_select.mode == 1 && q->net_select.mcc > 999));
	bad |= q->has_change_duration && q->change_duration > 1;
	bad |= q->has_srv_domain_pref && q->srv_domain_pref > 4;
	bad |= q->has_gw_acq_order && q->gw_acq_order > 2;
	bad |= q->has_mnc_pcs_digit && q->mnc_pcs_digit > 1;
	bad |= q->has_reg_restriction && q->reg_restriction > 2;
	for (uint16_t i = 0; q->has_acq_order && i < q->n_acq_order; i++)
		bad |= !radio_known(q->acq_order[i]);
	return bad ? QMI_ERR_INVALID_ARGUMENT : 0;
}

/*
 * Stores what the request names and re-evaluates the registration. The
 * change duration (power cycle or permanent) is accepted but not modelled:
 * preferences last until changed, like the rest of the radio environment.
 */
int nas_set_sys_sel_pref(const struct sim_call *call)
{
	const struct nas_set_sys_sel_pref_req *q = call->req;
	struct nas_state *st = nas_state_of(call->modem);
	struct pref *p = &st->env.pref;
	int rc = sys_sel_valid(q);

	if (rc)
		return rc;
#define STORE(has, to, from) \
	do {                 \
		if (q->has)  \
			to = from; \
	} while (0)
	STORE(has_emergency_mode, p->emergency, q->emergency_mode);
	STORE(has_mode_pref, p->mode, q->mode_pref);
	STORE(has_band_pref, p->band, q->band_pref);
	STORE(has_roam_pref, p->roam, q->roam_pref);
	STORE(has_lte_band_pref, p->lte_band, q->lte_band_pref);
	STORE(has_tdscdma_band_pref, p->tdscdma_band, q->tdscdma_band_pref);
	STORE(has_gw_acq_order, p->gw_acq_order, q->gw_acq_order);
	STORE(has_reg_restriction, p->reg_restriction, q->reg_restriction);
#undef STORE
	/* 3 and 4 are one-off PS attach and detach requests, not preferences. */
	if (q->has_srv_domain_pref && q->srv_domain_pref <= 2)
		p->srv_domain = q->srv_domain_pref;
	if (q->has_acq_order) {
		p->n_acq_order = q->n_acq_order;
		memcpy(p->acq_order, q->acq_order, sizeof(p->acq_order));
	}
	if (q->has_net_select) {
		p->net_select = q->net_select.mode;
		p->manual_set = q->net_select.mode == 1;
		p->manual_plmn.mcc = q->net_select.mcc;
		p->manual_plmn.mnc = q->net_select.mnc;
		p->manual_plmn.mnc3 = q->has_mnc_pcs_digit && q->mnc_pcs_digit;
	}
	nas_refresh(call->modem, st);
	return 0;
}

/* ---- Initiate Network Register ------------------------------------------------ */

/* The RAT of a 3GPP radio interface, or -1. */
static int rat_of_radio(int8_t radio)
{
	for (int i = 0; i < RAT_COUNT; i++)
		if (nas_rats[i].radio == radio)
			return i;
	return -1;
}

/* The scan entry of this PLMN on this RAT that may be registered on, or NULL. */
static struct scan_net *scan_entry(struct env *e, uint16_t mcc, uint16_t mnc, int rat)
{
	for (int i = 0; i < NAS_SCAN_MAX; i++) {
		struct scan_net *sn = &e->scan[i];

		if (sn->used && same_plmn(&sn->net, mcc, mnc) && sn->rat == rat && !sn->forbidden)
			return sn;
	}
	return NULL;
}

/*
 * Manual registration: on the serving network (any RAT the simulator has)
 * or on a network a scan finds, which then serves, roaming unless it is
 * the home network (the old serving network takes its place in the scan
 * list); anything else is denied.
 */
static void register_manually(struct env *e, const struct nas_manual_register *mr, int mnc3)
{
	int rat = rat_of_radio(mr->radio_interface);
	struct scan_net *sn = rat < 0 ? NULL : scan_entry(e, mr->mcc, mr->mnc, rat);

	e->pref.net_select = 1;
	e->pref.manual_set = 1;
	e->pref.manual_plmn.mcc = mr->mcc;
	e->pref.manual_plmn.mnc = mr->mnc;
	e->pref.manual_plmn.mnc3 = (uint8_t)mnc3;
	if (rat >= 0 && same_plmn(&e->serving, mr->mcc, mr->mnc)) {
		e->rat = rat;
	} else if (sn) {
		struct scan_net old = { 1, e->serving, e->rat, 0, 0 };
		struct net home;

		/* The home network is the SIM's: it stays where it was. */
		nas_home_net(e, &home);
		e->home = home;
		e->home.set = NET_PLMN_SET | NET_NAME_SET;
		e->roaming = !same_plmn(&sn->net, home.mcc, home.mnc);
		e->serving = sn->net;
		e->serving.set = NET_PLMN_SET | NET_NAME_SET;
		e->rat = sn->rat;
		*sn = old;
	}
}

int nas_initiate_register(const struct sim_call *call)
{
	const struct nas_initiate_register_req *q = call->req;
	struct nas_state *st = nas_state_of(call->modem);

	if (q->action == NAS_REGISTER_AUTOMATIC) {
		st->env.pref.net_select = 0;
		st->env.pref.manual_set = 0;
	} else if (q->action == NAS_REGISTER_MANUAL) {
		if (!q->has_manual)
			return QMI_ERR_MISSING_ARGUMENT;
		register_manually(&st->env, &q->manual, q->has_mnc_pcs_digit && q->mnc_pcs_digit);
	} else {
		return QMI_ERR_INVALID_ARGUMENT;
	}
	nas_refresh(call->modem, st);
	return 0;
}

/* ---- Network Scan ----------------------------------------------------------------- */

/* The status byte's 2-bit fields: 1 for yes, 2 for no. */
static uint8_t net_status(int in_use, int roaming, int forbidden, int preferred)
{
	return (uint8_t)((in_use ? 1 : 2) | (roaming ? 2 : 1) << 2 | (forbidden ? 1 : 2) << 4 |
			 (preferred ? 1 : 2) << 6);
}

static void add_network(struct nas_network_scan_rsp *r, const struct net *n, int rat,
			uint8_t status)
{
	uint16_t i = r->n_networks;

	if (i >= NAS_MAX_NETWORKS)
		return;
	r->networks[i].mcc = r->rats[i].mcc = r->pcs_digits[i].mcc = n->mcc;
	r->networks[i].mnc = r->rats[i].mnc = r->pcs_digits[i].mnc = n->mnc;
	r->networks[i].status = status;
	sim_copy_string(r->networks[i].description, sizeof(r->networks[i].description), n->name);
	r->rats[i].radio_interface = nas_rats[rat].radio;
	r->pcs_digits[i].includes_pcs_digit = n->mnc3;
	r->n_networks = r->n_rats = r->n_pcs_digits = (uint16_t)(i + 1);
}

int nas_network_scan(const struct sim_call *call)
{
	const struct nas_network_scan_req *q = call->req;
	struct nas_network_scan_rsp *r = call->rsp;
	const struct env *e = &nas_state_of(call->modem)->env;
	uint8_t types = q->has_network_type && q->network_type ? q->network_type : 0xFF;
	struct net home;
	struct reg reg;

	if (!sim_dms_is_online(call->modem))
		return QMI_ERR_DEVICE_NOT_READY;	/* the radio is off */
	nas_home_net(e, &home);
	nas_reg_view(call->modem, e, &reg);
	/* the serving network first, when there is a cell */
	if (reg.radio != NAS_RADIO_NONE && (types & nas_rats[e->rat].scan_bit))
		add_network(r, &e->serving, e->rat,
			    net_status(reg.state == NAS_REG_REGISTERED,
				       !same_plmn(&e->serving, home.mcc, home.mnc),
				       reg.state == NAS_REG_DENIED, 0));
	for (int i = 0; i < NAS_SCAN_MAX; i++) {
		const struct scan_net *sn = &e->scan[i];

		if (!sn->used || !(types & nas_rats[sn->rat].scan_bit) ||
		    (same_plmn(&sn->net, e->serving.mcc, e->serving.mnc) && sn->rat == e->rat))
			continue;	/* not found, or the serving network again */
		add_network(r, &sn->net, sn->rat,
			    net_status(0, !same_plmn(&sn->net, home.mcc, home.mnc),
				       sn->forbidden, sn->preferred));
	}
	r->has_networks = r->has_rats = r->has_pcs_digits = 1;
	r->has_scan_result = 1;
	r->scan_result = 0;	/* done */
	return 0;
}

/* ---- Get Network Time ------------------------------------------------------------- */

/* The network's time (NITZ), as 3GPP networks send it: UTC with the zone apart. */
int nas_get_network_time(const struct sim_call *call)
{
	struct nas_get_network_time_rsp *r = call->rsp;
	const struct env *e = &nas_state_of(call->modem)->env;
	struct nas_network_time *t = &r->time_3gpp;
	struct reg reg;
	struct tm tm;
	time_t now = time(NULL);

	nas_reg_view(call->modem, e, &reg);
	if (reg.state != NAS_REG_REGISTERED || !e->nitz)
		return 0;		/* nothing heard from a network */
	gmtime_r(&now, &tm);
	r->has_time_3gpp = 1;
	t->year = (uint16_t)(tm.tm_year + 1900);
	t->month = (uint8_t)(tm.tm_mon + 1);
	t->day = (uint8_t)tm.tm_mday;
	t->hour = (uint8_t)tm.tm_hour;
	t->minute = (uint8_t)tm.tm_min;
	t->second = (uint8_t)tm.tm_sec;
	t->day_of_week = (uint8_t)((tm.tm_wday + 6) % 7);	/* 0 is Monday */
	t->time_zone = (int8_t)e->time_zone;
	t->dst_adjustment = (uint8_t)e->dst;
	t->radio_interface = reg.radio;
	return 0;
}
