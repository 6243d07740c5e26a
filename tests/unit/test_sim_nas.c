/*
 * qmisim NAS module through the simulator library: request frames in,
 * responses and indications out, registration following the operating
 * mode (DMS) and the SIM (UIM), and the `nas` control commands.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/codec.h"
#include "core/qmi_error.h"
#include "core/qmux.h"
#include "core/tlv.h"
#include "pkgs/ctl/ctl_msg.h"
#include "pkgs/dms/dms_msg.h"
#include "pkgs/nas/nas_msg.h"
#include "tools/qmisim/sim_dms.h"
#include "tools/qmisim/sim_modem.h"
#include "tools/qmisim/sim_nas.h"
#include "tools/qmisim/sim_uim.h"
#include "tests/unit/sim_fixture.h"

static const struct sim_service *const services[] = {
	&sim_dms_service, &sim_nas_service, &sim_uim_service, &fx_spy_service, NULL
};

/* A modem with a NAS client in r->cid. */
static struct fx *rig_new(const char *config)
{
	struct fx *r = fx_new(config, services);

	r->cid = fx_cid(r, QMI_SVC_NAS);
	return r;
}

static void serving_system(struct fx *r, struct nas_serving_system *ss)
{
	assert_int_equal(fx_request(r, &slqs_nas_get_serving_system, r->cid, NULL, ss), 0);
}

static void register_signal_info(struct fx *r)
{
	struct nas_register_indications_req q = { .has_signal_info = 1, .signal_info = 1 };

	assert_int_equal(fx_request(r, &slqs_nas_register_indications, r->cid, &q, NULL), 0);
}

#define SIM_READY "[uim]\npin_enabled = no\n"

/* ---- registration ----------------------------------------------------------------- */

static void registered_by_default(void **state)
{
	struct fx *r = rig_new(SIM_READY);
	struct nas_serving_system ss;

	(void)state;
	serving_system(r, &ss);
	assert_int_equal(ss.serving_system.registration_state, NAS_REG_REGISTERED);
	assert_int_equal(ss.serving_system.cs_attach_state, NAS_ATTACH_ATTACHED);
	assert_int_equal(ss.serving_system.ps_attach_state, NAS_ATTACH_ATTACHED);
	assert_int_equal(ss.serving_system.selected_network, NAS_NETWORK_3GPP);
	assert_int_equal(ss.serving_system.n_radio_interfaces, 1);
	assert_int_equal(ss.serving_system.radio_interfaces[0], NAS_RADIO_LTE);
	assert_true(ss.has_roaming_indicator);
	assert_int_equal(ss.roaming_indicator, NAS_ROAMING_IND_OFF);
	assert_int_equal(ss.current_plmn.mcc, 1);
	assert_int_equal(ss.current_plmn.mnc, 1);
	assert_string_equal(ss.current_plmn.description, "Test Network");
	assert_true(ss.has_lte_tac);
	assert_false(ss.has_lac);
	assert_int_equal(ss.data_service_capability[0], NAS_DATA_CAP_LTE);
	assert_int_equal(ss.detailed_service_status.status, NAS_SERVICE_AVAILABLE);
	assert_true(sim_nas_registered(r->m));
	assert_int_equal(sim_nas_radio_interface(r->m), NAS_RADIO_LTE);
	fx_free(r);
}

/* A locked SIM: camped in limited service until the PIN is entered. */
static void registration_follows_the_sim(void **state)
{
	struct fx *r = rig_new(NULL);
	struct nas_serving_system ss;
	struct nas_system_info si;
	unsigned before = fx_events(r, SIM_EV_REGISTRATION);

	(void)state;
	serving_system(r, &ss);
	assert_int_equal(ss.serving_system.registration_state, NAS_REG_NOT_REGISTERED);
	assert_int_equal(ss.serving_system.ps_attach_state, NAS_ATTACH_DETACHED);
	assert_int_equal(ss.serving_system.radio_interfaces[0], NAS_RADIO_LTE);
	assert_int_equal(ss.detailed_service_status.status, NAS_SERVICE_LIMITED);
	assert_false(ss.has_roaming_indicator);
	assert_false(sim_nas_registered(r->m));
	assert_int_equal(fx_request(r, &slqs_nas_get_home_network, r->cid, NULL,
				    &(struct nas_get_home_network_rsp){ 0 }),
			 QMI_ERR_NOT_PROVISIONED);

	fx_control_ok(r, "uim verify 1234", NULL);
	/* Indications on by default: Serving System and System Info. */
	assert_true(fx_indication(r, &slqs_nas_get_serving_system, r->cid, 0, &ss));
	assert_int_equal(ss.serving_system.registration_state, NAS_REG_REGISTERED);
	assert_int_equal(ss.lte_tac, 0x2B67);	/* indication numbering */
	assert_true(fx_indication(r, &slqs_nas_system_info_ind, r->cid, 0, &si));
	assert_int_equal(si.lte_service_status.status, NAS_SERVICE_AVAILABLE);
	assert_int_equal(si.sim_reject_info, NAS_SIM_AVAILABLE);
	assert_int_equal(fx_events(r, SIM_EV_REGISTRATION), before + 1);
	assert_true(sim_nas_registered(r->m));
	fx_free(r);
}

static void registration_follows_operating_mode(void **state)
{
	struct fx *r = rig_new(SIM_READY "[dms]\noperating_mode = low-power\n");
	struct nas_serving_system ss;
	struct nas_signal_info sgi;
	struct nas_get_signal_strength_rsp gss;
	struct dms_set_operating_mode_req online = { .mode = DMS_MODE_ONLINE };
	uint8_t dms = fx_cid(r, QMI_SVC_DMS);

	(void)state;
	serving_system(r, &ss);
	assert_int_equal(ss.serving_system.registration_state, NAS_REG_NOT_REGISTERED);
	assert_int_equal(ss.serving_system.selected_network, NAS_NETWORK_UNKNOWN);
	assert_int_equal(ss.serving_system.n_radio_interfaces, 0);
	assert_false(ss.has_current_plmn);
	assert_int_equal(sim_nas_radio_interface(r->m), NAS_RADIO_NONE);
	/* Radio off: nothing measured. */
	assert_int_equal(fx_request(r, &slqs_nas_get_signal_info, r->cid, NULL, &sgi), 0);
	assert_false(sgi.has_lte);
	assert_int_equal(fx_request(r, &slqs_nas_get_signal_strength, r->cid, NULL, &gss), 74);

	assert_int_equal(fx_request(r, &slqs_dms_set_operating_mode, dms, &online, NULL), 0);
	assert_true(fx_indication(r, &slqs_nas_get_serving_system, r->cid, 0, &ss));
	assert_int_equal(ss.serving_system.registration_state, NAS_REG_REGISTERED);
	assert_true(sim_nas_registered(r->m));
	fx_free(r);
}

static void registration_policies(void **state)
{
	struct fx *r = rig_new(SIM_READY);
	struct nas_set_event_report_req er = { .has_reg_reject = 1, .reg_reject = 1 };
	struct nas_register_indications_req off = { .has_system_info = 1, .system_info = 0 };
	struct nas_event_report_ind ind;
	struct nas_serving_system ss;
	struct nas_system_info si;

	(void)state;
	assert_int_equal(fx_request(r, &slqs_nas_set_event_report, r->cid, &er, NULL), 0);
	fx_control_ok(r, "nas register denied 15", NULL);
	assert_true(fx_indication(r, &slqs_nas_set_event_report, r->cid, 0, &ind));
	assert_true(ind.has_reg_reject);
	assert_int_equal(ind.reg_reject.cause, 15);
	serving_system(r, &ss);
	assert_int_equal(ss.serving_system.registration_state, NAS_REG_DENIED);
	assert_int_equal(ss.detailed_service_status.forbidden, 1);
	assert_int_equal(fx_request(r, &slqs_nas_get_system_info, r->cid, NULL, &si), 0);
	assert_int_equal(si.lte_system_info.common.reject_info_valid, 1);
	assert_int_equal(si.lte_system_info.common.reject_cause, 15);
	assert_false(sim_nas_registered(r->m));

	/* System Info indications turned off: only Serving System comes. */
	assert_int_equal(fx_request(r, &slqs_nas_register_indications, r->cid, &off, NULL), 0);
	fx_control_ok(r, "nas register searching", NULL);
	assert_true(fx_indication(r, &slqs_nas_get_serving_system, r->cid, 0, &ss));
	assert_int_equal(ss.serving_system.registration_state, NAS_REG_SEARCHING);
	assert_int_equal(ss.serving_system.n_radio_interfaces, 0);
	assert_false(fx_indication(r, &slqs_nas_system_info_ind, r->cid, 0, &si));
	assert_int_equal(sim_nas_radio_interface(r->m), NAS_RADIO_NONE);

	fx_control_ok(r, "nas register roaming", NULL);
	serving_system(r, &ss);
	assert_int_equal(ss.serving_system.registration_state, NAS_REG_REGISTERED);
	assert_int_equal(ss.roaming_indicator, NAS_ROAMING_IND_ON);
	assert_true(sim_nas_registered(r->m));
	fx_control_ok(r, "nas register none", NULL);
	serving_system(r, &ss);
	assert_int_equal(ss.serving_system.registration_state, NAS_REG_NOT_REGISTERED);
	fx_free(r);
}

static void roaming_with_a_home_network(void **state)
{
	struct fx *r = rig_new(SIM_READY "[nas]\nmcc = 262\nmnc = 002\noperator = \"Visited\"\n"
			       "home_mcc = 310\nhome_mnc = 260\nhome_operator = Home\n"
				"roaming = yes\n");
	struct nas_serving_system ss;
	struct nas_get_home_network_rsp hn;
	struct nas_get_plmn_name_req pq = { .plmn = { 310, 260 } };
	struct nas_get_plmn_name_rsp pn;

	(void)state;
	serving_system(r, &ss);
	assert_int_equal(ss.roaming_indicator, NAS_ROAMING_IND_ON);
	assert_int_equal(ss.current_plmn.mcc, 262);
	assert_int_equal(ss.current_plmn.mnc, 2);
	assert_int_equal(ss.mnc_pcs_digit.includes_pcs_digit, 1);
	assert_string_equal(ss.current_plmn.description, "Visited");
	assert_int_equal(fx_request(r, &slqs_nas_get_home_network, r->cid, NULL, &hn), 0);
	assert_int_equal(hn.home_network.mcc, 310);
	assert_int_equal(hn.home_network.mnc, 260);
	assert_string_equal(hn.home_network.description, "Home");
	assert_int_equal(hn.home_3gpp_mnc.includes_pcs_digit, 1);
	assert_int_equal(fx_request(r, &slqs_nas_get_plmn_name, r->cid, &pq, &pn), 0);
	assert_int_equal(pn.eons.n_long_name, 4);
	assert_memory_equal(pn.eons.long_name, "Home", 4);
	fx_free(r);
}

/* ---- system info on the wire ------------------------------------------------------- */

static void system_info_pads_the_mnc(void **state)
{
	struct fx *r = rig_new(SIM_READY);
	struct qmux_frame f;
	struct qmi_tlv t;

	(void)state;
	fx_clear(r);
	fx_send(r, &slqs_nas_get_system_info, r->cid, NULL);
	assert_int_equal(r->n, 1);
	f = fx_frame(r, 0);
	assert_int_equal(slqs_tlv_find(f.sdu.tlv, f.sdu.tlv_len, 0x19, &t), 1);
	assert_int_equal(t.len, 29);
	assert_memory_equal(t.value + 20, "00101\xFF", 6);
	fx_free(r);
}

/* ---- signal ------------------------------------------------------------------------- */

static void signal_defaults(void **state)
{
	struct fx *r = rig_new(SIM_READY);
	struct nas_signal_info sgi;
	struct nas_get_signal_strength_req q = { .has_request_mask = 1, .request_mask = 0xEF };
	struct nas_get_signal_strength_rsp gss;

	(void)state;
	assert_int_equal(fx_request(r, &slqs_nas_get_signal_info, r->cid, NULL, &sgi), 0);
	assert_true(sgi.has_lte);
	assert_int_equal(sgi.lte.rssi, -65);
	assert_int_equal(sgi.lte.rsrq, -9);
	assert_int_equal(sgi.lte.rsrp, -95);
	assert_int_equal(sgi.lte.snr, 124);
	assert_false(sgi.has_wcdma || sgi.has_gsm);

	assert_int_equal(fx_request(r, &slqs_nas_get_signal_strength, r->cid, &q, &gss), 0);
	assert_int_equal(gss.signal_strength.strength, -65);
	assert_int_equal(gss.signal_strength.radio_interface, NAS_RADIO_LTE);
	assert_int_equal(gss.rssi_list[0].rssi, 65);
	assert_int_equal(gss.rsrq.rsrq, -9);
	assert_int_equal(gss.lte_snr, 124);
	assert_int_equal(gss.lte_rsrp, -95);
	assert_false(gss.has_ecio_list);
	/* Without a mask: only the mandatory TLV. */
	assert_int_equal(fx_request(r, &slqs_nas_get_signal_strength, r->cid, NULL, &gss), 0);
	assert_false(gss.has_rssi_list || gss.has_rsrq || gss.has_lte_rsrp);
	fx_free(r);
}

static void signal_change_indicated(void **state)
{
	struct fx *r = rig_new(SIM_READY);
	struct nas_signal_info sgi;
	unsigned before = fx_events(r, SIM_EV_SIGNAL);

	(void)state;
	/* Not registered for Signal Info: nothing. */
	fx_control_ok(r, "nas signal rssi=-70", NULL);
	assert_false(fx_indication(r, &slqs_nas_signal_info_ind, r->cid, 0, &sgi));
	assert_int_equal(fx_events(r, SIM_EV_SIGNAL), before + 1);

	register_signal_info(r);
	fx_control_ok(r, "nas signal rsrp=-101 snr=3.5 rsrq=-12", NULL);
	assert_true(fx_indication(r, &slqs_nas_signal_info_ind, r->cid, 0, &sgi));
	assert_int_equal(sgi.lte.rssi, -70);
	assert_int_equal(sgi.lte.rsrp, -101);
	assert_int_equal(sgi.lte.snr, 35);
	assert_int_equal(sgi.lte.rsrq, -12);
	/* The same values again: no change, no indication. */
	fx_control_ok(r, "nas signal rsrp=-101", NULL);
	assert_false(fx_indication(r, &slqs_nas_signal_info_ind, r->cid, 0, &sgi));
	fx_free(r);
}

static void signal_info_thresholds(void **state)
{
	struct fx *r = rig_new(SIM_READY);
	struct nas_config_signal_info_req cfg = { 0 };
	struct nas_signal_info sgi;

	(void)state;
	register_signal_info(r);
	cfg.has_rsrp_thresholds = 1;
	cfg.n_rsrp_thresholds = 2;
	cfg.rsrp_thresholds[0] = -110;
	cfg.rsrp_thresholds[1] = -100;
	assert_int_equal(fx_request(r, &slqs_nas_config_signal_info, r->cid, &cfg, NULL), 0);
	fx_control_ok(r, "nas signal rsrp=-98 rssi=-60", NULL);	/* stays above -100 */
	assert_false(fx_indication(r, &slqs_nas_signal_info_ind, r->cid, 0, &sgi));
	fx_control_ok(r, "nas signal rsrp=-105", NULL);		/* crosses -100 */
	assert_true(fx_indication(r, &slqs_nas_signal_info_ind, r->cid, 0, &sgi));
	assert_int_equal(sgi.lte.rsrp, -105);
	fx_control_ok(r, "nas signal rsrp=-109", NULL);
	assert_false(fx_indication(r, &slqs_nas_signal_info_ind, r->cid, 0, &sgi));
	fx_free(r);
}

/* v2: the same, in tenths per technology, and deltas. */
static void signal_info_v2(void **state)
{
	struct fx *r = rig_new(SIM_READY);
	struct nas_config_signal_info2_req cfg = { 0 };
	struct nas_signal_info sgi;

	(void)state;
	register_signal_info(r);
	cfg.has_lte_rsrp_thresholds = 1;
	cfg.n_lte_rsrp_thresholds = 1;
	cfg.lte_rsrp_thresholds[0] = -1000;		/* -100 dBm */
	cfg.has_lte_snr_delta = 1;
	cfg.lte_snr_delta = 30;				/* 3 dB */
	assert_int_equal(fx_request(r, &slqs_nas_config_signal_info2, r->cid, &cfg, NULL), 0);
	fx_control_ok(r, "nas signal rsrp=-98 rssi=-60 snr=11", NULL);	/* nothing crossed */
	assert_false(fx_indication(r, &slqs_nas_signal_info_ind, r->cid, 0, &sgi));
	fx_control_ok(r, "nas signal rsrp=-105", NULL);		/* crosses -100 */
	assert_true(fx_indication(r, &slqs_nas_signal_info_ind, r->cid, 0, &sgi));
	assert_int_equal(sgi.lte.rsrp, -105);
	fx_control_ok(r, "nas signal snr=14.5", NULL);		/* moved 3.5 dB >= 3 */
	assert_true(fx_indication(r, &slqs_nas_signal_info_ind, r->cid, 0, &sgi));
	assert_int_equal(sgi.lte.snr, 145);

	/* A v1 request replaces the whole configuration, deltas included. */
	struct nas_config_signal_info_req v1 = { .has_rsrp_thresholds = 1, .n_rsrp_thresholds = 1,
						 .rsrp_thresholds = { -120 } };
	assert_int_equal(fx_request(r, &slqs_nas_config_signal_info, r->cid, &v1, NULL), 0);
	fx_control_ok(r, "nas signal snr=2 rsrp=-101", NULL);
	assert_false(fx_indication(r, &slqs_nas_signal_info_ind, r->cid, 0, &sgi));
	fx_free(r);
}

static void event_report_signal(void **state)
{
	struct fx *r = rig_new(SIM_READY);
	struct nas_set_event_report_req er = { 0 };
	struct nas_event_report_ind ind;

	(void)state;
	er.has_signal_strength = 1;
	er.signal_strength.report = 1;
	er.signal_strength.n_thresholds = 2;
	er.signal_strength.thresholds[0] = -80;
	er.signal_strength.thresholds[1] = -70;
	er.has_lte_rsrp = 1;
	er.lte_rsrp = (struct nas_report_delta){ 1, 5 };
	assert_int_equal(fx_request(r, &slqs_nas_set_event_report, r->cid, &er, NULL), 0);

	fx_control_ok(r, "nas signal rssi=-68 rsrp=-97", NULL);	/* no threshold, delta 2 < 5 */
	assert_false(fx_indication(r, &slqs_nas_set_event_report, r->cid, 0, &ind));
	fx_control_ok(r, "nas signal rssi=-75", NULL);
	assert_true(fx_indication(r, &slqs_nas_set_event_report, r->cid, 0, &ind));
	assert_true(ind.has_signal_strength);
	assert_int_equal(ind.signal_strength.strength, -75);
	assert_int_equal(ind.signal_strength.radio_interface, NAS_RADIO_LTE);
	assert_true(ind.has_rsrq);
	assert_false(ind.has_lte_rsrp);
	fx_control_ok(r, "nas signal rsrp=-103", NULL);
	assert_true(fx_indication(r, &slqs_nas_set_event_report, r->cid, 0, &ind));
	assert_false(ind.has_signal_strength);
	assert_true(ind.has_lte_rsrp);
	assert_int_equal(ind.lte_rsrp, -103);

	/* NAS Reset forgets what the client asked for. */
	assert_int_equal(fx_request(r, &slqs_nas_reset, r->cid, NULL, NULL), 0);
	fx_control_ok(r, "nas signal rsrp=-120 rssi=-90", NULL);
	assert_false(fx_indication(r, &slqs_nas_set_event_report, r->cid, 0, &ind));
	fx_free(r);
}

static void other_rats(void **state)
{
	struct fx *r = rig_new(SIM_READY "[nas]\nrat = umts\numts_ecio = -7.5\numts_band = 8\n"
			       "umts_uarfcn = 3011\nlac = 0x1234\n");
	struct nas_serving_system ss;
	struct nas_signal_info sgi;
	struct nas_get_rf_band_info_rsp rf;
	struct nas_get_cell_location_info_rsp *cl = test_calloc(1, sizeof(*cl));
	struct nas_system_info si;

	(void)state;
	serving_system(r, &ss);
	assert_int_equal(ss.serving_system.radio_interfaces[0], NAS_RADIO_UMTS);
	assert_true(ss.has_lac);
	assert_int_equal(ss.lac, 0x1234);
	assert_false(ss.has_lte_tac);
	assert_int_equal(fx_request(r, &slqs_nas_get_signal_info, r->cid, NULL, &sgi), 0);
	assert_true(sgi.has_wcdma);
	assert_int_equal(sgi.wcdma.rssi, -75);
	assert_int_equal(sgi.wcdma.ecio, 15);	/* -0.5 dB steps */
	assert_int_equal(sgi.wcdma_rscp, -85);
	assert_int_equal(fx_request(r, &slqs_nas_get_rf_band_info, r->cid, NULL, &rf), 0);
	assert_int_equal(rf.bands[0].band, 87);	/* WCDMA 900 */
	assert_int_equal(rf.bands[0].channel, 3011);
	assert_false(rf.has_bandwidths);
	assert_int_equal(fx_request(r, &slqs_nas_get_cell_location_info, r->cid, NULL, cl), 0);
	assert_true(cl->has_umts);
	assert_int_equal(cl->umts.lac, 0x1234);
	assert_int_equal(cl->umts.uarfcn, 3011);
	test_free(cl);

	/* Switching RAT is a new serving system and a new signal. */
	register_signal_info(r);
	fx_control_ok(r, "nas rat gsm", NULL);
	assert_true(fx_indication(r, &slqs_nas_get_serving_system, r->cid, 0, &ss));
	assert_int_equal(ss.serving_system.radio_interfaces[0], NAS_RADIO_GSM);
	assert_true(fx_indication(r, &slqs_nas_system_info_ind, r->cid, 0, &si));
	assert_true(si.has_gsm_system_info);
	assert_int_equal(si.gsm_service_status.status, NAS_SERVICE_AVAILABLE);
	assert_int_equal(si.wcdma_service_status.status, NAS_SERVICE_NONE);
	assert_true(fx_indication(r, &slqs_nas_signal_info_ind, r->cid, 0, &sgi));
	assert_true(sgi.has_gsm);
	assert_int_equal(sgi.gsm, -70);
	assert_int_equal(sim_nas_radio_interface(r->m), NAS_RADIO_GSM);
	fx_free(r);
}

static void lte_band_and_cell(void **state)
{
	struct fx *r = rig_new(SIM_READY "[nas]\nlte_band = 20\nlte_earfcn = 6300\n"
			       "lte_bandwidth = 10\npci = 7\n");
	struct nas_get_rf_band_info_rsp rf;
	struct nas_get_cell_location_info_rsp *cl = test_calloc(1, sizeof(*cl));
	uint16_t mcc, mnc;
	int digits;

	(void)state;
	assert_int_equal(fx_request(r, &slqs_nas_get_rf_band_info, r->cid, NULL, &rf), 0);
	assert_int_equal(rf.bands[0].band, 145);	/* E-UTRA band 20 */
	assert_int_equal(rf.ext_bands[0].channel, 6300);
	assert_int_equal(rf.bandwidths[0].bandwidth, NAS_DL_BW_10);
	assert_int_equal(fx_request(r, &slqs_nas_get_cell_location_info, r->cid, NULL, cl), 0);
	assert_true(cl->has_lte_intra);
	assert_int_equal(cl->lte_intra.serving_cell_id, 7);
	assert_int_equal(cl->lte_intra.cells[0].rsrp, -950);
	assert_int_equal(slqs_nas_plmn_bcd_decode(cl->lte_intra.plmn, &mcc, &mnc, &digits), 0);
	assert_int_equal(mcc, 1);
	assert_int_equal(mnc, 1);
	assert_int_equal(digits, 2);
	test_free(cl);
	fx_free(r);
}

/* ---- config and control ------------------------------------------------------------- */

/* ---- choosing the network ------------------------------------------------------------ */

static uint8_t reg_state(struct fx *r)
{
	struct nas_serving_system ss;

	serving_system(r, &ss);
	return ss.serving_system.registration_state;
}

static void sys_sel_pref_get_and_set(void **state)
{
	struct fx *r = rig_new(SIM_READY "[nas]\nroam_pref = off\ngw_acq_order = wcdma-first\n");
	struct nas_get_sys_sel_pref_rsp g;
	struct nas_set_sys_sel_pref_req q = { 0 };

	(void)state;
	assert_int_equal(fx_request(r, &slqs_nas_get_sys_sel_pref, r->cid, NULL, &g), 0);
	assert_true(g.has_mode_pref && g.has_band_pref && g.has_lte_band_pref);
	assert_true(g.has_roam_pref && g.has_net_select && g.has_srv_domain_pref);
	assert_true(g.has_gw_acq_order && g.has_emergency_mode);
	assert_int_equal(g.mode_pref, 0x1C);
	assert_int_equal(g.lte_band_pref & 0x7, 0x7);		/* bands 1, 2, 3 */
	assert_int_equal(g.roam_pref, 1);
	assert_int_equal(g.net_select, 0);
	assert_int_equal(g.srv_domain_pref, 2);
	assert_int_equal(g.gw_acq_order, 2);
	/* What a Set names is stored, the rest kept. */
	q.has_mode_pref = 1;
	q.mode_pref = 0x18;
	q.has_lte_band_pref = 1;
	q.lte_band_pref = 0x44;
	q.has_roam_pref = 1;
	q.roam_pref = 0xFF;
	assert_int_equal(fx_request(r, &slqs_nas_set_sys_sel_pref, r->cid, &q, NULL), 0);
	assert_int_equal(fx_request(r, &slqs_nas_get_sys_sel_pref, r->cid, NULL, &g), 0);
	assert_int_equal(g.mode_pref, 0x18);
	assert_int_equal(g.lte_band_pref, 0x44);
	assert_int_equal(g.roam_pref, 0xFF);
	assert_int_equal(g.gw_acq_order, 2);
	assert_int_equal(reg_state(r), NAS_REG_REGISTERED);
	/* Bad values: InvalidArgument, nothing stored. */
	memset(&q, 0, sizeof(q));
	q.has_mode_pref = 1;
	q.mode_pref = 0;
	assert_int_equal(fx_request(r, &slqs_nas_set_sys_sel_pref, r->cid, &q, NULL),
			 QMI_ERR_INVALID_ARGUMENT);
	q.mode_pref = 0x04;
	q.has_gw_acq_order = 1;
	q.gw_acq_order = 7;
	assert_int_equal(fx_request(r, &slqs_nas_set_sys_sel_pref, r->cid, &q, NULL),
			 QMI_ERR_INVALID_ARGUMENT);
	memset(&q, 0, sizeof(q));
	q.has_roam_pref = 1;
	q.roam_pref = 9;
	assert_int_equal(fx_request(r, &slqs_nas_set_sys_sel_pref, r->cid, &q, NULL),
			 QMI_ERR_INVALID_ARGUMENT);
	assert_int_equal(fx_request(r, &slqs_nas_get_sys_sel_pref, r->cid, NULL, &g), 0);
	assert_int_equal(g.mode_pref, 0x18);
	/* GSM only: the LTE cell is no longer allowed; the Serving System indication says so. */
	memset(&q, 0, sizeof(q));
	q.has_mode_pref = 1;
	q.mode_pref = 0x04;	/* GSM */
	assert_int_equal(fx_request(r, &slqs_nas_set_sys_sel_pref, r->cid, &q, NULL), 0);
	assert_int_equal(fx_indications(r, &slqs_nas_get_serving_system, r->cid, NULL), 1);
	assert_int_equal(reg_state(r), NAS_REG_SEARCHING);
	fx_control_ok(r, "nas rat gsm", "nas.registration=registered");
	/* Manual selection of a network that is not here: denied; automatic again: back. */
	memset(&q, 0, sizeof(q));
	q.has_net_select = 1;
	q.net_select = (struct nas_net_select){ 1, 262, 1 };
	assert_int_equal(fx_request(r, &slqs_nas_set_sys_sel_pref, r->cid, &q, NULL), 0);
	assert_int_equal(reg_state(r), NAS_REG_DENIED);
	assert_int_equal(fx_request(r, &slqs_nas_get_sys_sel_pref, r->cid, NULL, &g), 0);
	assert_int_equal(g.net_select, 1);
	q.net_select = (struct nas_net_select){ 0, 0, 0 };
	assert_int_equal(fx_request(r, &slqs_nas_set_sys_sel_pref, r->cid, &q, NULL), 0);
	assert_int_equal(reg_state(r), NAS_REG_REGISTERED);
	/* The control line changes the preferences too. */
	fx_control_ok(r, "nas set mode_pref=0x10", "nas.registration=searching");
	fx_control_ok(r, "nas set mode_pref=0x14", "nas.registration=registered");
	fx_free(r);
}

#define NETWORKS SIM_READY "[nas]\nhome_mcc = 001\nhome_mnc = 01\n" \
	"[nas.network 1]\nmcc = 262\nmnc = 02\nrat = umts\nname = Other\npreferred = yes\n" \
	"[nas.network 2]\nmcc = 262\nmnc = 03\nrat = lte\nname = Banned\nforbidden = yes\n"

static void network_scan(void **state)
{
	struct fx *r = rig_new(NETWORKS);
	struct nas_network_scan_req q = { 0 };
	static struct nas_network_scan_rsp s;

	(void)state;
	assert_int_equal(fx_request(r, &slqs_nas_network_scan, r->cid, &q, &s), 0);
	assert_true(s.has_networks && s.has_rats && s.has_pcs_digits && s.has_scan_result);
	assert_int_equal(s.scan_result, 0);
	assert_int_equal(s.n_networks, 3);
	assert_int_equal(s.n_rats, 3);
	/* serving first: in use, home, not forbidden, not preferred */
	assert_int_equal(s.networks[0].mcc, 1);
	assert_string_equal(s.networks[0].description, "Test Network");
	assert_int_equal(s.networks[0].status, 1 | 1 << 2 | 2 << 4 | 2 << 6);
	assert_int_equal(s.rats[0].radio_interface, NAS_RADIO_LTE);
	assert_int_equal(s.networks[1].mcc, 262);
	assert_int_equal(s.networks[1].mnc, 2);
	assert_string_equal(s.networks[1].description, "Other");
	assert_int_equal(s.networks[1].status, 2 | 2 << 2 | 2 << 4 | 1 << 6);
	assert_int_equal(s.rats[1].radio_interface, NAS_RADIO_UMTS);
	assert_int_equal(s.pcs_digits[1].includes_pcs_digit, 0);
	assert_int_equal(NAS_NETSTAT_FORBIDDEN(s.networks[2].status), 1);
	/* Only UMTS asked for. */
	q.has_network_type = 1;
	q.network_type = 0x02;
	assert_int_equal(fx_request(r, &slqs_nas_network_scan, r->cid, &q, &s), 0);
	assert_int_equal(s.n_networks, 1);
	assert_int_equal(s.networks[0].mnc, 2);
	/* Radio off: no scan. */
	fx_control_ok(r, "dms mode low-power", NULL);
	assert_int_equal(fx_request(r, &slqs_nas_network_scan, r->cid, NULL, &s),
			 QMI_ERR_DEVICE_NOT_READY);
	fx_free(r);
	fx_refuse_config(services, "[nas.network 9]\nmcc = 262\n", "config:2:");
	fx_refuse_config(services, "[nas.network 1]\nrat = cdma\n", "config:2:");
}

static int initiate(struct fx *r, uint8_t action, uint16_t mcc, uint16_t mnc, int8_t radio)
{
	struct nas_initiate_register_req q = { .action = action };

	if (action == NAS_REGISTER_MANUAL) {
		q.has_manual = 1;
		q.manual = (struct nas_manual_register){ mcc, mnc, radio };
	}
	return fx_request(r, &slqs_nas_initiate_register, r->cid, &q, NULL);
}

static void initiate_network_register(void **state)
{
	struct fx *r = rig_new(NETWORKS);
	struct nas_serving_system ss;
	static struct nas_network_scan_rsp s;

	(void)state;
	/* Manual on a scanned network: it serves, the old one is scanned instead. */
	assert_int_equal(initiate(r, NAS_REGISTER_MANUAL, 262, 2, NAS_RADIO_UMTS), 0);
	assert_true(fx_indications(r, &slqs_nas_get_serving_system, r->cid, &ss) >= 1);
	serving_system(r, &ss);
	assert_int_equal(ss.serving_system.registration_state, NAS_REG_REGISTERED);
	assert_int_equal(ss.current_plmn.mcc, 262);
	assert_int_equal(ss.current_plmn.mnc, 2);
	assert_string_equal(ss.current_plmn.description, "Other");
	assert_int_equal(ss.serving_system.radio_interfaces[0], NAS_RADIO_UMTS);
	assert_int_equal(ss.roaming_indicator, NAS_ROAMING_IND_ON);
	assert_int_equal(fx_request(r, &slqs_nas_network_scan, r->cid, NULL, &s), 0);
	assert_int_equal(s.networks[0].mnc, 2);
	assert_int_equal(s.networks[1].mcc, 1);
	/* Manual on a forbidden or unknown network: denied. */
	assert_int_equal(initiate(r, NAS_REGISTER_MANUAL, 262, 3, NAS_RADIO_LTE), 0);
	assert_int_equal(reg_state(r), NAS_REG_DENIED);
	assert_int_equal(initiate(r, NAS_REGISTER_MANUAL, 999, 99, NAS_RADIO_LTE), 0);
	assert_int_equal(reg_state(r), NAS_REG_DENIED);
	/* Automatic: back on the serving network. */
	assert_int_equal(initiate(r, NAS_REGISTER_AUTOMATIC, 0, 0, 0), 0);
	assert_int_equal(reg_state(r), NAS_REG_REGISTERED);
	/* Manual on the serving network on another RAT: that RAT. */
	assert_int_equal(initiate(r, NAS_REGISTER_MANUAL, 262, 2, NAS_RADIO_LTE), 0);
	assert_int_equal(reg_state(r), NAS_REG_REGISTERED);
	assert_int_equal(sim_nas_radio_interface(r->m), NAS_RADIO_LTE);
	/* Manual without the network, or an unknown action. */
	assert_int_equal(fx_raw_request(r, QMI_SVC_NAS, r->cid, NAS_MSG_INITIATE_REGISTER,
					(const uint8_t[]){ 0x01, 0x01, 0x00, 0x02 }, 4),
			 QMI_ERR_MISSING_ARGUMENT);
	assert_int_equal(initiate(r, 3, 0, 0, 0), QMI_ERR_INVALID_ARGUMENT);
	fx_free(r);
}

static void network_time(void **state)
{
	struct fx *r = rig_new(SIM_READY "[nas]\ntime_zone = -20\ndst = 1\n");
	struct nas_get_network_time_rsp t;

	(void)state;
	assert_int_equal(fx_request(r, &slqs_nas_get_network_time, r->cid, NULL, &t), 0);
	assert_false(t.has_time_3gpp2);
	assert_true(t.has_time_3gpp);
	assert_true(t.time_3gpp.year >= 2024);
	assert_in_range(t.time_3gpp.month, 1, 12);
	assert_in_range(t.time_3gpp.day, 1, 31);
	assert_in_range(t.time_3gpp.day_of_week, 0, 6);
	assert_int_equal(t.time_3gpp.time_zone, -20);
	assert_int_equal(t.time_3gpp.dst_adjustment, 1);
	assert_int_equal(t.time_3gpp.radio_interface, NAS_RADIO_LTE);
	/* Not registered, or a network that sends no time: no TLV. */
	fx_control_ok(r, "nas register searching", NULL);
	assert_int_equal(fx_request(r, &slqs_nas_get_network_time, r->cid, NULL, &t), 0);
	assert_false(t.has_time_3gpp);
	fx_control_ok(r, "nas register home", NULL);
	fx_control_ok(r, "nas set nitz=no", NULL);
	assert_int_equal(fx_request(r, &slqs_nas_get_network_time, r->cid, NULL, &t), 0);
	assert_false(t.has_time_3gpp);
	fx_free(r);
}

/* Every indication the callbacks need can be raised from the control line. */
static void indications_from_the_control_line(void **state)
{
	struct fx *r = rig_new(SIM_READY);
	struct nas_set_event_report_req er = { 0 };
	struct nas_event_report_ind ind;
	struct nas_serving_system ss;
	struct nas_system_info si;

	(void)state;
	er.has_rf_band_info = 1;
	er.rf_band_info = 1;
	er.has_reg_reject = 1;
	er.reg_reject = 1;
	assert_int_equal(fx_request(r, &slqs_nas_set_event_report, r->cid, &er, NULL), 0);
	/* roaming */
	fx_control_ok(r, "nas set roaming=yes", "nas.roaming=yes");
	assert_int_equal(fx_indications(r, &slqs_nas_get_serving_system, r->cid, &ss), 1);
	assert_int_equal(ss.roaming_indicator, NAS_ROAMING_IND_ON);
	assert_int_equal(fx_indications(r, &slqs_nas_system_info_ind, r->cid, &si), 1);
	assert_int_equal(si.lte_system_info.common.roaming_status, NAS_ROAMING_STATUS_ON);
	fx_control_ok(r, "nas register roaming", NULL);
	fx_control_ok(r, "nas register home", "nas.roaming=no");
	assert_int_equal(fx_indications(r, &slqs_nas_get_serving_system, r->cid, &ss), 1);
	assert_int_equal(ss.roaming_indicator, NAS_ROAMING_IND_OFF);
	/* RF band and channel */
	fx_control_ok(r, "nas set lte_band=7 lte_earfcn=3100", NULL);
	assert_true(fx_indication(r, &slqs_nas_set_event_report, r->cid, 0, &ind));
	assert_true(ind.has_rf_bands);
	assert_int_equal(ind.rf_bands[0].band, 126);
	assert_int_equal(ind.rf_bands[0].channel, 3100);
	fx_control_ok(r, "nas set lte_earfcn=3150", NULL);
	assert_true(fx_indication(r, &slqs_nas_set_event_report, r->cid, 0, &ind));
	assert_int_equal(ind.rf_bands[0].channel, 3150);
	fx_control_ok(r, "nas rat umts", NULL);
	assert_true(fx_indication(r, &slqs_nas_set_event_report, r->cid, 0, &ind));
	assert_int_equal(ind.rf_bands[0].radio_interface, NAS_RADIO_UMTS);
	/* registration reject */
	fx_control_ok(r, "nas register denied 13", "nas.registration=denied");
	assert_true(fx_indication(r, &slqs_nas_set_event_report, r->cid, 0, &ind));
	assert_true(ind.has_reg_reject);
	assert_int_equal(ind.reg_reject.cause, 13);
	fx_free(r);
}

/* Names as networks send them: Get PLMN Name in UCS-2 or packed GSM 7-bit. */
static void name_encodings(void **state)
{
	struct fx *r = rig_new(SIM_READY "[nas]\noperator = Café\noperator_encoding = ucs2\n"
			       "serving_name = no\n");
	struct nas_get_plmn_name_req pq = { .plmn = { 1, 1 } };
	struct nas_get_plmn_name_rsp pn;
	struct nas_serving_system ss;
	static const uint8_t ucs2[] = { 0x00, 'C', 0x00, 'a', 0x00, 'f', 0x00, 0xE9 };
	static const uint8_t gsm7[] = { 0xD4, 0xF2, 0x9C, 0x0E };	/* "Test" */
	static const uint8_t gsm7_at[] = { 0x00, 0x00 };		/* "@@": septet 0 twice */

	(void)state;
	serving_system(r, &ss);
	assert_true(ss.has_current_plmn);
	assert_string_equal(ss.current_plmn.description, "");
	assert_int_equal(fx_request(r, &slqs_nas_get_plmn_name, r->cid, &pq, &pn), 0);
	assert_int_equal(pn.eons.long_name_encoding, NAS_NAME_ENC_UCS2);
	assert_int_equal(pn.eons.n_long_name, sizeof(ucs2));
	assert_memory_equal(pn.eons.long_name, ucs2, sizeof(ucs2));
	assert_int_equal(pn.eons.spn_encoding, NAS_NAME_ENC_UCS2);
	fx_control_ok(r, "nas set operator=Test operator_encoding=gsm7 serving_name=yes", NULL);
	serving_system(r, &ss);
	assert_string_equal(ss.current_plmn.description, "Test");
	assert_int_equal(fx_request(r, &slqs_nas_get_plmn_name, r->cid, &pq, &pn), 0);
	assert_int_equal(pn.eons.short_name_encoding, NAS_NAME_ENC_GSM);
	assert_int_equal(pn.eons.n_short_name, sizeof(gsm7));
	assert_memory_equal(pn.eons.short_name, gsm7, sizeof(gsm7));
	fx_control_ok(r, "nas set operator=A@@", NULL);
	assert_int_equal(fx_request(r, &slqs_nas_get_plmn_name, r->cid, &pq, &pn), 0);
	assert_int_equal(pn.eons.n_long_name, 3);
	assert_int_equal(pn.eons.long_name[0], 0x41);
	assert_memory_equal(pn.eons.long_name + 1, gsm7_at, sizeof(gsm7_at));
	fx_control_ok(r, "nas set operator_encoding=ascii", NULL);
	assert_int_equal(fx_request(r, &slqs_nas_get_plmn_name, r->cid, &pq, &pn), 0);
	assert_int_equal(pn.eons.long_name_encoding, NAS_NAME_ENC_ASCII7);
	assert_memory_equal(pn.eons.long_name, "A@@", 3);
	fx_free(r);
}

static void bad_config_refused(void **state)
{
	static const char *const bad[] = {
		"[nas]\nmnc = 1\n", "[nas]\nmcc = 12a\n", "[nas]\nrat = cdma\n",
		"[nas]\nlte_band = 99\n", "[nas]\numts_ecio = -7.3\n", "[nas]\nlte_snr = 1.25\n",
		"[nas]\nregistration = maybe\n", "[nas]\nlte_rssi = 5\n", "[nas]\ncolour = red\n",
		"[nas]\nlte_bandwidth = 7\n", "[nas sub]\nrat = lte\n",
		"[nas]\nmode_pref = 0x40\n", "[nas]\nroam_pref = sometimes\n",
		"[nas]\nnet_select = 2\n", "[nas]\ntime_zone = 97\n",
		"[nas]\noperator_encoding = ebcdic\n",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		fx_refuse_config(services, bad[i], "config:");
}

static void control_commands(void **state)
{
	struct fx *r = rig_new(SIM_READY);
	struct nas_signal_info sgi;

	(void)state;
	fx_control_ok(r, "nas status", "nas.registration=registered");
	assert_non_null(strstr(r->answer, "nas.plmn=001-01"));
	assert_non_null(strstr(r->answer, "nas.snr=12.4"));
	fx_control_fails(r, "nas signal ecio=-5", "unknown measurement");	/* not on LTE */
	fx_control_fails(r, "nas signal rssi", "KEY=VALUE");
	fx_control_fails(r, "nas signal lac=5", "unknown measurement");
	fx_control_fails(r, "nas register maybe", "register");
	fx_control_fails(r, "nas register home 12", "only 'denied'");
	fx_control_fails(r, "nas rat 5g", "rat");
	fx_control_fails(r, "nas bogus", "usage");
	/* A failed command changes nothing, not even its valid words. */
	fx_control_fails(r, "nas signal rssi=-90 rsrp=0", "lte_rsrp");
	assert_int_equal(fx_request(r, &slqs_nas_get_signal_info, r->cid, NULL, &sgi), 0);
	assert_int_equal(sgi.lte.rssi, -65);
	fx_control_ok(r, "nas set mcc=262 mnc=03 operator=\"Other Net\"", NULL);
	fx_control_ok(r, "nas status", "nas.plmn=262-03");
	assert_non_null(strstr(r->answer, "nas.operator=\"Other Net\""));
	fx_free(r);
}

/* The environment survives a reboot; the registration is recomputed. */
static void reset_keeps_the_network(void **state)
{
	struct fx *r = rig_new(NULL);
	struct nas_serving_system ss;
	struct nas_signal_info sgi;

	(void)state;
	fx_control_ok(r, "uim verify 1234", NULL);
	fx_control_ok(r, "nas signal rssi=-77", NULL);
	assert_true(sim_nas_registered(r->m));
	fx_control_ok(r, "reset", NULL);
	r->cid = fx_cid(r, QMI_SVC_NAS);
	serving_system(r, &ss);
	assert_int_equal(ss.serving_system.registration_state, NAS_REG_NOT_REGISTERED);
	fx_control_ok(r, "uim verify 1234", NULL);
	assert_int_equal(fx_request(r, &slqs_nas_get_signal_info, r->cid, NULL, &sgi), 0);
	assert_int_equal(sgi.lte.rssi, -77);
	assert_true(sim_nas_registered(r->m));
	fx_free(r);
}

static void malformed_request_answered(void **state)
{
	struct fx *r = rig_new(SIM_READY);
	struct nas_config_signal_info_req cfg = { 0 };
	uint8_t buf[FX_FRAME_MAX];
	struct qmi_wbuf w;

	(void)state;
	/* 33 RSRP thresholds: more than the modem keeps. */
	cfg.has_rsrp_thresholds = 1;
	cfg.n_rsrp_thresholds = NAS_MAX_THRESHOLDS;
	qmi_wbuf_init(&w, buf, sizeof(buf));
	assert_int_equal(slqs_msg_write(&w, 1, &slqs_nas_config_signal_info, QMI_REQUEST, r->cid,
				       77, NULL, &cfg), 0);
	/* Bump the count byte (the TLV's first value byte) and append one more. */
	assert_int_equal(buf[QMUX_HDR_LEN + 7 + 3], NAS_MAX_THRESHOLDS);
	buf[QMUX_HDR_LEN + 7 + 3] = NAS_MAX_THRESHOLDS + 1;
	buf[QMUX_HDR_LEN + 7 + 1] += 2;				/* TLV length */
	buf[QMUX_HDR_LEN + 5] += 2;				/* SDU TLV length */
	buf[1] += 2;						/* QMUX length */
	buf[w.len] = buf[w.len + 1] = 0;
	fx_clear(r);
	sim_modem_input_frame(r->m, 0, buf, w.len + 2);
	assert_int_equal(r->n, 1);
	/* A failure (the result agrees with its error). */
	assert_int_equal(fx_take_result(r, QMI_SVC_NAS, NAS_MSG_CONFIG_SIGNAL_INFO, 77),
			 QMI_ERR_MALFORMED_MESSAGE);
	fx_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(registered_by_default),
		cmocka_unit_test(registration_follows_the_sim),
		cmocka_unit_test(registration_follows_operating_mode),
		cmocka_unit_test(registration_policies),
		cmocka_unit_test(roaming_with_a_home_network),
		cmocka_unit_test(system_info_pads_the_mnc),
		cmocka_unit_test(signal_defaults),
		cmocka_unit_test(signal_change_indicated),
		cmocka_unit_test(signal_info_thresholds),
		cmocka_unit_test(signal_info_v2),
		cmocka_unit_test(event_report_signal),
		cmocka_unit_test(other_rats),
		cmocka_unit_test(lte_band_and_cell),
		cmocka_unit_test(sys_sel_pref_get_and_set),
		cmocka_unit_test(network_scan),
		cmocka_unit_test(initiate_network_register),
		cmocka_unit_test(network_time),
		cmocka_unit_test(indications_from_the_control_line),
		cmocka_unit_test(name_encodings),
		cmocka_unit_test(bad_config_refused),
		cmocka_unit_test(control_commands),
		cmocka_unit_test(reset_keeps_the_network),
		cmocka_unit_test(malformed_request_answered),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
