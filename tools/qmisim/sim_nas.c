/*
 * qmisim NAS service: the network the simulated modem sees and its
 * registration. The [nas] config describes the radio environment: the
 * serving network, the radio access technology (RAT) and cell, the signal
 * per RAT, and what the network does with a registration attempt (the
 * `registration` policy). What clients see is derived from that
 * environment, the operating mode and the SIM whenever it is asked for
 * (nas_reg_view()); the last answers sent are kept only to notice changes
 * and indicate them. The parts: sim_nas_int.h.
 */
#include "tools/qmisim/sim_nas.h"

#include <stdio.h>
#include <string.h>

#include "tools/qmisim/sim_nas_int.h"

/* ---- queries for other modules -------------------------------------------- */

/* The registration clients see now; 0 if the modem has no NAS service. */
static int reg_now(struct sim_modem *m, struct reg *r)
{
	struct nas_state *st = nas_state_of(m);

	if (!st)
		return 0;
	nas_reg_view(m, &st->env, r);
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

static const struct sim_handler nas_handlers[] = {
	SIM_HANDLER(slqs_nas_reset, nas_reset),
	SIM_HANDLER(slqs_nas_set_event_report, nas_set_event_report),
	SIM_HANDLER(slqs_nas_register_indications, nas_register_indications),
	SIM_HANDLER(slqs_nas_get_signal_strength, nas_get_signal_strength),
	SIM_HANDLER(slqs_nas_get_serving_system, nas_get_serving_system),
	SIM_HANDLER(slqs_nas_get_home_network, nas_get_home_network),
	SIM_HANDLER(slqs_nas_get_rf_band_info, nas_get_rf_band_info),
	SIM_HANDLER(slqs_nas_get_operator_name, nas_get_operator_name),
	SIM_HANDLER(slqs_nas_get_cell_location_info, nas_get_cell_location_info),
	SIM_HANDLER(slqs_nas_get_plmn_name, nas_get_plmn_name),
	SIM_HANDLER(slqs_nas_get_system_info, nas_get_system_info),
	SIM_HANDLER(slqs_nas_get_signal_info, nas_get_signal_info),
	SIM_HANDLER(slqs_nas_config_signal_info, nas_config_signal_info),
	SIM_HANDLER(slqs_nas_config_signal_info2, nas_config_signal_info2),
	SIM_HANDLER(slqs_nas_get_sys_sel_pref, nas_get_sys_sel_pref),
	SIM_HANDLER(slqs_nas_set_sys_sel_pref, nas_set_sys_sel_pref),
	SIM_HANDLER(slqs_nas_initiate_register, nas_initiate_register),
	SIM_HANDLER(slqs_nas_network_scan, nas_network_scan),
	SIM_HANDLER(slqs_nas_get_network_time, nas_get_network_time),
	SIM_HANDLERS_END
};

/* ---- module hooks ---------------------------------------------------------------- */

static void nas_init(struct sim_modem *m, void *state)
{
	struct env *e = &((struct nas_state *)state)->env;

	(void)m;
	/* A healthy LTE cell of the ITU test network 001/01. */
	e->serving.mcc = 1;
	e->serving.mnc = 1;
	e->serving.set = NET_PLMN_SET | NET_NAME_SET;
	sim_copy_string(e->serving.name, sizeof(e->serving.name), "Test Network");
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
	e->serving_name = 1;
	nas_pref_init(e);
}

static void nas_event(struct sim_modem *m, void *state, enum sim_event_kind ev)
{
	if (ev == SIM_EV_BOOT || ev == SIM_EV_OPERATING_MODE || ev == SIM_EV_SIM_STATE)
		nas_refresh(m, state);
}

void nas_describe_state(struct sim_modem *m, struct nas_state *st, int with_operator,
			char *out, size_t outlen)
{
	const struct env *e = &st->env;
	struct reg r;
	struct sig s;

	nas_view(m, st, &r, &s);
	snprintf(out, outlen,
		 "nas.registration=%s nas.policy=%s nas.roaming=%s nas.ps=%s nas.rat=%s "
		 "nas.plmn=%03u-%0*u nas.service=%s",
		 nas_reg_state_names[r.state], nas_policy_names[e->policy],
		 r.roaming ? "yes" : "no",
		 r.attach == NAS_ATTACH_ATTACHED ? "attached" : "detached",
		 nas_rats[e->rat].name, (unsigned)e->serving.mcc, e->serving.mnc3 ? 3 : 2,
		 (unsigned)e->serving.mnc,
		 r.service == NAS_SERVICE_AVAILABLE ? "full"
		 : r.service == NAS_SERVICE_LIMITED ? "limited" : "none");
	if (s.camped)
		sim_appendf(out, outlen, " nas.rssi=%d", s.rssi);
	if (s.camped && s.rat == RAT_LTE)
		sim_appendf(out, outlen, " nas.rsrq=%d nas.rsrp=%d nas.snr=%.1f", s.rsrq, s.rsrp,
			    s.snr / 10.0);
	else if (s.camped && s.rat == RAT_UMTS)
		sim_appendf(out, outlen, " nas.ecio=%.1f nas.rscp=%d", s.ecio / 10.0, s.rscp);
	/* last: the operator name may hold blanks */
	if (with_operator)
		sim_appendf(out, outlen, " nas.operator=\"%s\"", e->serving.name);
}

static void nas_describe(struct sim_modem *m, void *state, char *out, size_t outlen)
{
	nas_describe_state(m, state, 0, out, outlen);
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
	.sections = nas_sections,
	.event = nas_event,
	.commands = nas_commands,
	.describe = nas_describe,
};

