/*
 * qmisim NAS: the answers to the Get requests. Serving System, System Info
 * and Signal Info answer what clients see now; nas_refresh() indicates the
 * same answers when they change.
 */
#include "tools/qmisim/sim_nas_int.h"

#include <stdio.h>
#include <string.h>

#include "tools/qmisim/sim_uim.h"

/* The serving cell's identity: 28 bits on LTE/UMTS, 16 on GSM. */
static uint32_t cell_identity(const struct env *e)
{
	return (uint32_t)e->cell_id & (e->rat == RAT_GSM ? 0xFFFFu : 0xFFFFFFFu);
}

static void fill_plmn(const struct net *n, struct nas_plmn *p)
{
	p->mcc = n->mcc;
	p->mnc = n->mnc;
	sim_copy_string(p->description, sizeof(p->description), n->name);
}

/* Serving System, System Info and Signal Info answer what clients see now;
 * nas_refresh() indicates the same answers when they change. */
int nas_get_serving_system(const struct sim_call *call)
{
	struct nas_serving_system *ss = call->rsp;
	const struct env *e = &nas_state_of(call->modem)->env;
	const struct rat_def *rd = &nas_rats[e->rat];
	struct reg r;

	nas_reg_view(call->modem, e, &r);
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
	if (!e->serving_name)
		ss->current_plmn.description[0] = '\0';	/* left to Get PLMN Name */
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

int nas_get_system_info(const struct sim_call *call)
{
	struct nas_system_info *si = call->rsp;
	const struct env *e = &nas_state_of(call->modem)->env;
	struct reg r;
	struct nas_service_status_3gpp *status[RAT_COUNT] = {
		[RAT_LTE] = &si->lte_service_status,
		[RAT_UMTS] = &si->wcdma_service_status,
		[RAT_GSM] = &si->gsm_service_status,
	};
	struct nas_service_status_3gpp *own;

	nas_reg_view(call->modem, e, &r);
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

int nas_get_signal_info(const struct sim_call *call)
{
	struct nas_signal_info *si = call->rsp;
	struct sig s = nas_sig_now(call->modem);

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
		si->wcdma.ecio = (int16_t)nas_ecio_steps(s.ecio);
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

void nas_fill_rf_band(const struct sig *s, struct nas_rf_band *b)
{
	const struct band_def *bd = nas_band_find(s->rat, s->band);

	b->radio_interface = nas_rats[s->rat].radio;
	b->band = bd ? bd->qmi : 0;
	b->channel = (uint16_t)s->channel;
}

int nas_get_signal_strength(const struct sim_call *call)
{
	const struct nas_get_signal_strength_req *q = call->req;
	struct nas_get_signal_strength_rsp *r = call->rsp;
	uint16_t mask = q->has_request_mask ? q->request_mask : 0;
	struct sig s = nas_sig_now(call->modem);
	int8_t radio;

	if (!s.camped)
		return QMI_ERR_INFORMATION_UNAVAILABLE;
	radio = nas_rats[s.rat].radio;
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
		r->ecio_list[0].ecio = (uint8_t)nas_ecio_steps(s.ecio);
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
	nas_home_net(&nas_state_of(m)->env, home);
	return 0;
}

int nas_get_home_network(const struct sim_call *call)
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

int nas_get_operator_name(const struct sim_call *call)
{
	struct nas_get_operator_name_rsp *r = call->rsp;
	struct net home;
	int rc = sim_home(call->modem, &home);

	if (rc)
		return rc;
	r->has_spn = 1;
	sim_copy_string(r->spn.name, sizeof(r->spn.name), home.name);
	r->has_operator_string = 1;
	sim_copy_string(r->operator_string, sizeof(r->operator_string), home.name);
	return 0;
}

/* The serving or home network's name, in its configured encoding. */
int nas_get_plmn_name(const struct sim_call *call)
{
	const struct nas_get_plmn_name_req *q = call->req;
	struct nas_get_plmn_name_rsp *r = call->rsp;
	const struct env *e = &nas_state_of(call->modem)->env;
	struct nas_eons_name *n = &r->eons;
	struct net home, none = { 0 };
	const struct net *net = &none;

	nas_home_net(e, &home);
	if (q->plmn.mcc == e->serving.mcc && q->plmn.mnc == e->serving.mnc)
		net = &e->serving;
	else if (q->plmn.mcc == home.mcc && q->plmn.mnc == home.mnc)
		net = &home;
	r->has_eons = 1;
	n->spn_encoding = nas_name_encode(net->encoding, net->name, n->spn, sizeof(n->spn),
					  &n->n_spn);
	n->short_name_encoding = nas_name_encode(net->encoding, net->name, n->short_name,
						 sizeof(n->short_name), &n->n_short_name);
	n->long_name_encoding = nas_name_encode(net->encoding, net->name, n->long_name,
						sizeof(n->long_name), &n->n_long_name);
	return 0;
}

int nas_get_rf_band_info(const struct sim_call *call)
{
	struct nas_get_rf_band_info_rsp *r = call->rsp;
	const struct env *e = &nas_state_of(call->modem)->env;
	struct sig s = nas_sig_now(call->modem);

	if (!s.camped)
		return QMI_ERR_INFORMATION_UNAVAILABLE;
	r->n_bands = 1;
	nas_fill_rf_band(&s, &r->bands[0]);
	r->has_ext_bands = 1;
	r->n_ext_bands = 1;
	r->ext_bands[0].radio_interface = r->bands[0].radio_interface;
	r->ext_bands[0].band = r->bands[0].band;
	r->ext_bands[0].channel = (uint32_t)s.channel;
	if (s.rat == RAT_LTE) {
		r->has_bandwidths = 1;
		r->n_bandwidths = 1;
		r->bandwidths[0].radio_interface = NAS_RADIO_LTE;
		for (size_t i = 0; i < NAS_BANDWIDTHS; i++)
			if (nas_lte_bandwidths[i] == e->lte_bandwidth)
				r->bandwidths[0].bandwidth = (uint32_t)i;
	}
	return 0;
}

int nas_get_cell_location_info(const struct sim_call *call)
{
	struct nas_get_cell_location_info_rsp *r = call->rsp;
	const struct env *e = &nas_state_of(call->modem)->env;
	struct sig s = nas_sig_now(call->modem);
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
