/*
 * qmisim DMS and UIM modules through the simulator library: real request
 * frames in, response and indication frames out, as a host sees them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/codec.h"
#include "core/qmi_error.h"
#include "core/qmux.h"
#include "pkgs/ctl/ctl_msg.h"
#include "pkgs/dms/dms_msg.h"
#include "pkgs/uim/uim_msg.h"
#include "tools/qmisim/sim_dms.h"
#include "tools/qmisim/sim_modem.h"
#include "tools/qmisim/sim_uim.h"
#include "tests/unit/sim_fixture.h"

static const struct sim_service *const services[] = {
	&sim_dms_service, &sim_uim_service, &fx_spy_service, NULL
};

/* ---- UIM helpers -------------------------------------------------------------- */

static int uim_verify(struct fx *h, uint8_t cid, uint8_t pin_id, const char *pin,
		      struct uim_pin_rsp *rsp)
{
	struct uim_verify_pin_req req = { .session = { UIM_SESSION_CARD_SLOT1, 0, { 0 } },
					  .info = { pin_id, "" } };

	strcpy(req.info.pin, pin);
	return fx_request(h, &slqs_uim_verify_pin, cid, &req, rsp);
}

static int uim_unblock(struct fx *h, uint8_t cid, const char *puk, const char *pin,
		       struct uim_pin_rsp *rsp)
{
	struct uim_unblock_pin_req req = { .session = { UIM_SESSION_PRIMARY_GW_PROV, 0, { 0 } },
					   .info = { UIM_PIN_ID_PIN1, "", "" } };

	strcpy(req.info.puk, puk);
	strcpy(req.info.new_pin, pin);
	return fx_request(h, &slqs_uim_unblock_pin, cid, &req, rsp);
}

static const struct uim_app_status *card_app(struct fx *h, uint8_t cid,
					     struct uim_card_status_msg *cs)
{
	assert_int_equal(fx_request(h, &slqs_uim_get_card_status, cid, NULL, cs), 0);
	assert_int_equal(cs->status.n_cards, 1);
	assert_int_equal(cs->status.cards[0].card_state, UIM_CARD_PRESENT);
	assert_int_equal(cs->status.cards[0].n_apps, 1);
	return &cs->status.cards[0].apps[0];
}

/* ---- DMS ---------------------------------------------------------------------- */

static void dms_identity_defaults(void **state)
{
	struct fx *h = fx_new(NULL, services);
	uint8_t cid = fx_cid(h, QMI_SVC_DMS);
	struct dms_string_rsp s;
	struct dms_get_ids_rsp ids;
	struct dms_get_capabilities_rsp caps;
	struct dms_get_band_capabilities_rsp bands;

	(void)state;
	assert_int_equal(fx_request(h, &slqs_dms_get_manufacturer, cid, NULL, &s), 0);
	assert_string_equal(s.value, "Sierra Wireless, Incorporated");
	assert_int_equal(fx_request(h, &slqs_dms_get_model, cid, NULL, &s), 0);
	assert_string_equal(s.value, "MC7455");
	assert_int_equal(fx_request(h, &slqs_dms_get_revision, cid, NULL, &s), 0);
	assert_true(strncmp(s.value, "SWI9X30C_", 9) == 0);
	assert_int_equal(fx_request(h, &slqs_dms_get_hardware_revision, cid, NULL, &s), 0);
	assert_int_equal(fx_request(h, &slqs_dms_get_ids, cid, NULL, &ids), 0);
	assert_true(ids.has_imei);
	assert_int_equal(strlen(ids.imei), 15);
	assert_true(ids.has_esn);
	assert_false(ids.has_imei_sv);
	assert_int_equal(fx_request(h, &slqs_dms_get_capabilities, cid, NULL, &caps), 0);
	assert_int_equal(caps.info.n_radio_ifs, 2);
	assert_int_equal(caps.info.radio_ifs[1], DMS_RADIO_LTE);
	assert_int_equal(caps.info.sim_capability, DMS_SIM_CAP_SUPPORTED);
	assert_int_equal(fx_request(h, &slqs_dms_get_band_capabilities, cid, NULL, &bands), 0);
	assert_true(bands.has_lte_band_capability);
	assert_true(bands.lte_band_capability & 1);		/* band 1 */
	assert_true(bands.lte_band_capability & (1ull << 40));	/* band 41 */
	assert_int_equal(bands.n_extended_lte_bands, 14);
	fx_free(h);
}

static void dms_config_overrides(void **state)
{
	struct fx *h = fx_new(
		"[dms]\n"
		"manufacturer = \"ACME Modems \"\n"
		"model = EM7455\n"
		"imei = 490154203237518\n"
		"esn =\n"
		"meid =\n"
		"imei_sv = 07\n"
		"radio_interfaces = gsm, umts lte\n"
		"lte_bands = 2 4 66\n"
		"max_rx_rate = 600000000\n"
		"data_service = ps\n"
		"operating_mode = low-power\n", services);
	uint8_t cid = fx_cid(h, QMI_SVC_DMS);
	struct dms_string_rsp s;
	struct dms_get_ids_rsp ids;
	struct dms_get_capabilities_rsp caps;
	struct dms_get_band_capabilities_rsp bands;
	struct dms_get_operating_mode_rsp mode;

	(void)state;
	assert_int_equal(fx_request(h, &slqs_dms_get_manufacturer, cid, NULL, &s), 0);
	assert_string_equal(s.value, "ACME Modems ");	/* quoted: the blank is kept */
	assert_int_equal(fx_request(h, &slqs_dms_get_ids, cid, NULL, &ids), 0);
	assert_string_equal(ids.imei, "490154203237518");
	assert_false(ids.has_esn);
	assert_false(ids.has_meid);
	assert_true(ids.has_imei_sv);
	assert_string_equal(ids.imei_sv, "07");
	assert_int_equal(fx_request(h, &slqs_dms_get_capabilities, cid, NULL, &caps), 0);
	assert_int_equal(caps.info.n_radio_ifs, 3);
	assert_int_equal(caps.info.radio_ifs[0], DMS_RADIO_GSM);
	assert_int_equal(caps.info.max_rx_rate, 600000000u);
	assert_int_equal(caps.info.data_service, DMS_DATA_CAP_PS);
	assert_int_equal(fx_request(h, &slqs_dms_get_band_capabilities, cid, NULL, &bands), 0);
	assert_true(bands.lte_band_capability == ((1ull << 1) | (1ull << 3)));
	assert_int_equal(bands.n_extended_lte_bands, 3);
	assert_int_equal(bands.extended_lte_bands[2], 66);
	assert_int_equal(fx_request(h, &slqs_dms_get_operating_mode, cid, NULL, &mode), 0);
	assert_int_equal(mode.mode, DMS_MODE_LOW_POWER);
	assert_false(sim_dms_is_online(h->m));
	fx_free(h);
}

static void bad_configs_are_refused(void **state)
{
	static const char *const bad[] = {
		"[dms]\noperating_mode = reset\n",
		"[dms]\noperating_mode = sideways\n",
		"[dms]\nradio_interfaces = lte, warp\n",
		"[dms]\nlegacy_uim = maybe\n",
		"[dms]\ncolour = blue\n",
		"[dms]\noperating_mode = 4\n",
		"[uim]\npin = 12\n",
		"[uim]\npin = 12ab\n",
		"[uim]\npuk = 123456789\n",
		"[uim]\npin_retries = 4\n",
		"[uim]\npuk_retries = 11\n",
		"[uim]\niccid = 8901\n",
		"[uim]\nimsi = 0010101234567890\n",
		"[uim]\ncard_present = perhaps\n",
		"[dms]\ntime_count = 0x1000000000000\n",
		"[dms]\nprl_version = 65536\n",
		"[dms]\ntime_source = sundial\n",
		"[uim]\nslots = 6\n",
		"[uim]\natr = 3B9\n",
		"[uim]\natr = zz\n",
	};

	(void)state;
	/* The framework names the line the module refused. */
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		fx_refuse_config(services, bad[i], "config:2: ");
	/* A section that takes no argument is refused at its header. */
	fx_refuse_config(services, "[dms sub]\nmodel = x\n",
			 "config:1: [dms] takes no argument");
}

static void dms_msisdn_needs_the_sim(void **state)
{
	struct fx *h = fx_new(NULL, services);
	uint8_t dms_cid = fx_cid(h, QMI_SVC_DMS), uim_cid = fx_cid(h, QMI_SVC_UIM);
	struct dms_string_rsp s;
	struct uim_pin_rsp pr;

	(void)state;
	assert_int_equal(fx_request(h, &slqs_dms_get_msisdn, dms_cid, NULL, &s),
			 QMI_ERR_DEVICE_NOT_READY);
	assert_int_equal(uim_verify(h, uim_cid, UIM_PIN_ID_PIN1, "1234", &pr), 0);
	assert_int_equal(fx_request(h, &slqs_dms_get_msisdn, dms_cid, NULL, &s), 0);
	assert_string_equal(s.value, "15555550100");
	fx_free(h);

	h = fx_new("[dms]\nmsisdn =\n[uim]\npin_enabled = no\n", services);
	dms_cid = fx_cid(h, QMI_SVC_DMS);
	assert_int_equal(fx_request(h, &slqs_dms_get_msisdn, dms_cid, NULL, &s),
			 QMI_ERR_NOT_PROVISIONED);
	fx_free(h);
}

static void dms_legacy_uim_refused_by_default(void **state)
{
	struct fx *h = fx_new(NULL, services);
	uint8_t cid = fx_cid(h, QMI_SVC_DMS);
	struct dms_uim_verify_pin_req vreq = { { DMS_PIN_ID_PIN1, "1234" } };
	struct dms_uim_verify_pin_rsp vrsp;
	struct dms_uim_get_pin_status_rsp ps;
	struct dms_string_rsp s;

	(void)state;
	assert_int_equal(fx_request(h, &slqs_dms_uim_get_pin_status, cid, NULL, &ps),
			 QMI_ERR_INVALID_QMI_COMMAND);
	assert_int_equal(fx_request(h, &slqs_dms_uim_verify_pin, cid, &vreq, &vrsp),
			 QMI_ERR_INVALID_QMI_COMMAND);
	assert_false(vrsp.has_retries);
	assert_int_equal(fx_request(h, &slqs_dms_uim_get_iccid, cid, NULL, &s),
			 QMI_ERR_INVALID_QMI_COMMAND);
	assert_int_equal(fx_request(h, &slqs_dms_uim_get_imsi, cid, NULL, &s),
			 QMI_ERR_INVALID_QMI_COMMAND);
	/* Nothing was verified behind the host's back. */
	assert_false(sim_uim_ready(h->m));
	fx_free(h);
}

static void dms_legacy_uim_when_enabled(void **state)
{
	struct fx *h = fx_new("[dms]\nlegacy_uim = yes\n", services);
	uint8_t cid = fx_cid(h, QMI_SVC_DMS);
	struct dms_uim_verify_pin_req vreq = { { DMS_PIN_ID_PIN1, "9999" } };
	struct dms_uim_verify_pin_rsp vrsp;
	struct dms_uim_get_pin_status_rsp ps;
	struct dms_string_rsp s;

	(void)state;
	assert_int_equal(fx_request(h, &slqs_dms_uim_get_pin_status, cid, NULL, &ps), 0);
	assert_true(ps.has_pin1);
	assert_int_equal(ps.pin1.status, UIM_PIN_ENABLED_NOT_VERIFIED);
	assert_int_equal(ps.pin1.verify_left, 3);
	assert_int_equal(ps.pin1.unblock_left, 10);
	assert_true(ps.has_pin2);
	assert_int_equal(fx_request(h, &slqs_dms_uim_get_iccid, cid, NULL, &s), 0);
	assert_string_equal(s.value, sim_uim_iccid(h->m));
	assert_int_equal(fx_request(h, &slqs_dms_uim_get_imsi, cid, NULL, &s),
			 QMI_ERR_DEVICE_NOT_READY);
	assert_int_equal(fx_request(h, &slqs_dms_uim_verify_pin, cid, &vreq, &vrsp),
			 QMI_ERR_INCORRECT_PIN);
	assert_true(vrsp.has_retries);
	assert_int_equal(vrsp.retries.verify_left, 2);
	assert_int_equal(vrsp.retries.unblock_left, 10);
	strcpy(vreq.info.pin, "1234");
	assert_int_equal(fx_request(h, &slqs_dms_uim_verify_pin, cid, &vreq, &vrsp), 0);
	assert_false(vrsp.has_retries);
	assert_int_equal(fx_request(h, &slqs_dms_uim_get_pin_status, cid, NULL, &ps), 0);
	assert_int_equal(ps.pin1.status, UIM_PIN_ENABLED_VERIFIED);
	assert_int_equal(ps.pin1.verify_left, 3);
	assert_int_equal(fx_request(h, &slqs_dms_uim_get_imsi, cid, NULL, &s), 0);
	assert_string_equal(s.value, "001010123456789");
	/* PIN id 3 does not exist on the DMS side. */
	vreq.info.pin_id = 3;
	assert_int_equal(fx_request(h, &slqs_dms_uim_verify_pin, cid, &vreq, &vrsp),
			 QMI_ERR_INVALID_PIN_ID);
	fx_free(h);
}

/* Unblock PIN, Change PIN and Get State follow the UIM card, or are refused like the rest. */
static int dms_pin_change(struct fx *h, uint8_t cid, const struct qmi_msg *msg,
			  const char *code, const char *new_pin, struct dms_uim_verify_pin_rsp *rsp)
{
	struct dms_uim_pin_change_req req = { { DMS_PIN_ID_PIN1, "", "" } };

	strcpy(req.info.code, code);
	strcpy(req.info.new_pin, new_pin);
	return fx_request(h, msg, cid, &req, rsp);
}

static uint8_t dms_uim_state(struct fx *h, uint8_t cid)
{
	struct dms_uim_get_state_rsp r;

	assert_int_equal(fx_request(h, &slqs_dms_uim_get_state, cid, NULL, &r), 0);
	return r.state;
}

static void dms_legacy_unblock_change_state(void **state)
{
	struct fx *h = fx_new("[dms]\nlegacy_uim = yes\n", services);
	uint8_t cid = fx_cid(h, QMI_SVC_DMS);
	struct dms_uim_verify_pin_rsp r;

	(void)state;
	assert_int_equal(dms_uim_state(h, cid), DMS_UIM_STATE_LOCKED_FAILED);
	assert_int_equal(dms_pin_change(h, cid, &slqs_dms_uim_change_pin, "9999", "4321", &r),
			 QMI_ERR_INCORRECT_PIN);
	assert_true(r.has_retries);
	assert_int_equal(r.retries.verify_left, 2);
	assert_int_equal(r.retries.unblock_left, 10);
	assert_int_equal(dms_pin_change(h, cid, &slqs_dms_uim_change_pin, "1234", "4321", &r), 0);
	assert_false(r.has_retries);
	assert_int_equal(dms_uim_state(h, cid), DMS_UIM_STATE_INITIALIZED);
	fx_control_ok(h, "uim block pin", NULL);
	assert_int_equal(dms_uim_state(h, cid), DMS_UIM_STATE_LOCKED_FAILED);
	assert_int_equal(dms_pin_change(h, cid, &slqs_dms_uim_unblock_pin, "00000000", "5555",
					&r), QMI_ERR_INCORRECT_PIN);
	assert_int_equal(r.retries.verify_left, 0);
	assert_int_equal(r.retries.unblock_left, 9);
	assert_int_equal(dms_pin_change(h, cid, &slqs_dms_uim_unblock_pin, "12345678", "5555",
					&r), 0);
	assert_int_equal(dms_uim_state(h, cid), DMS_UIM_STATE_INITIALIZED);
	assert_int_equal(dms_pin_change(h, cid, &slqs_dms_uim_unblock_pin, "12", "5555", &r),
			 QMI_ERR_INVALID_ARGUMENT);
	assert_false(r.has_retries);
	fx_control_ok(h, "uim remove", NULL);
	assert_int_equal(dms_uim_state(h, cid), DMS_UIM_STATE_ABSENT);
	assert_int_equal(dms_pin_change(h, cid, &slqs_dms_uim_change_pin, "5555", "1234", &r),
			 QMI_ERR_UIM_UNINITIALIZED);
	/* Refused as the other legacy messages once the firmware drops them. */
	fx_control_ok(h, "dms legacy-uim no", NULL);
	assert_int_equal(dms_pin_change(h, cid, &slqs_dms_uim_change_pin, "5555", "1234", &r),
			 QMI_ERR_INVALID_QMI_COMMAND);
	assert_int_equal(dms_pin_change(h, cid, &slqs_dms_uim_unblock_pin, "12345678", "1234",
					&r), QMI_ERR_INVALID_QMI_COMMAND);
	assert_int_equal(fx_request(h, &slqs_dms_uim_get_state, cid, NULL, NULL),
			 QMI_ERR_INVALID_QMI_COMMAND);
	fx_free(h);
}

static void dms_time_prl_revisions_min(void **state)
{
	struct fx *h = fx_new(NULL, services);
	uint8_t cid = fx_cid(h, QMI_SVC_DMS);
	struct dms_get_time_rsp t;
	struct dms_get_prl_version_rsp prl;
	struct dms_get_current_prl_info_rsp info;
	struct dms_string_rsp s;
	uint64_t units;

	(void)state;
	/* The host clock: after 2024-01-01 (1388102418 s after the GPS epoch), in 1.25 ms. */
	assert_int_equal(fx_request(h, &slqs_dms_get_time, cid, NULL, &t), 0);
	units = (uint64_t)t.device.count_high << 32 | t.device.count_low;
	assert_true(units > 1388102418ull * 800);
	assert_int_equal(t.device.source, DMS_TIME_SOURCE_DEVICE_CLOCK);
	assert_true(t.has_system_ms);
	assert_true(t.system_ms / 1000 - units / 800 <= 1);
	/* A 3GPP-only modem has no PRL. */
	assert_int_equal(fx_request(h, &slqs_dms_get_prl_version, cid, NULL, &prl),
			 QMI_ERR_NOT_SUPPORTED);
	assert_int_equal(fx_request(h, &slqs_dms_get_current_prl_info, cid, NULL, &info), 0);
	assert_false(info.has_version);
	assert_false(info.has_prl_only);
	/* No boot or PRI revision, no MIN (as an MC7455). */
	assert_int_equal(fx_request(h, &slqs_dms_get_revision, cid, NULL, &s), 0);
	assert_false(s.has_opt10);
	assert_false(s.has_opt11);
	fx_free(h);

	h = fx_new("[dms]\ntime_count = 0x123456789AB\ntime_source = cdma\nprl_version = 21050\n"
		   "prl_only = yes\nboot_revision = BOOT1\npri_revision = PRI 9\nmin = 5551234567\n"
		   "[uim]\npin_enabled = no\n", services);
	cid = fx_cid(h, QMI_SVC_DMS);
	assert_int_equal(fx_request(h, &slqs_dms_get_time, cid, NULL, &t), 0);
	assert_int_equal(t.device.count_low, 0x456789AB);
	assert_int_equal(t.device.count_high, 0x123);
	assert_int_equal(t.device.source, DMS_TIME_SOURCE_CDMA);
	assert_int_equal(t.system_ms, 0x123456789ABull * 5 / 4);
	assert_int_equal(fx_request(h, &slqs_dms_get_prl_version, cid, NULL, &prl), 0);
	assert_int_equal(prl.version, 21050);
	assert_true(prl.has_prl_only);
	assert_int_equal(prl.prl_only, 1);
	assert_int_equal(fx_request(h, &slqs_dms_get_current_prl_info, cid, NULL, &info), 0);
	assert_true(info.has_version);
	assert_int_equal(info.version, 21050);
	assert_int_equal(info.prl_only, 1);
	assert_int_equal(fx_request(h, &slqs_dms_get_revision, cid, NULL, &s), 0);
	assert_string_equal(s.opt10, "BOOT1");
	assert_string_equal(s.opt11, "PRI 9");
	assert_int_equal(fx_request(h, &slqs_dms_get_msisdn, cid, NULL, &s), 0);
	assert_string_equal(s.value, "15555550100");
	assert_true(s.has_opt10);
	assert_string_equal(s.opt10, "5551234567");
	fx_free(h);
}

static void dms_event_report_operating_mode(void **state)
{
	struct fx *h = fx_new(NULL, services);
	uint8_t a = fx_cid(h, QMI_SVC_DMS), b = fx_cid(h, QMI_SVC_DMS);
	struct dms_set_event_report_req er = { .has_operating_mode = 1, .operating_mode = 1 };
	struct dms_set_operating_mode_req lpm = { DMS_MODE_LOW_POWER };
	struct dms_event_report_ind ind;

	(void)state;
	assert_int_equal(fx_request(h, &slqs_dms_set_event_report, a, &er, NULL), 0);
	/* A host's Set Operating Mode, then the control line: one report each, to a only. */
	assert_int_equal(fx_request(h, &slqs_dms_set_operating_mode, b, &lpm, NULL), 0);
	assert_int_equal(fx_indications(h, &slqs_dms_set_event_report, a, &ind), 1);
	assert_true(ind.has_operating_mode);
	assert_int_equal(ind.operating_mode, DMS_MODE_LOW_POWER);
	assert_false(ind.has_pin1);
	assert_false(ind.has_uim_state);
	assert_int_equal(fx_indications(h, &slqs_dms_set_event_report, b, &ind), 0);
	fx_control_ok(h, "dms mode online", "dms.mode=online");
	assert_int_equal(fx_indications(h, &slqs_dms_set_event_report, a, &ind), 1);
	assert_int_equal(ind.operating_mode, DMS_MODE_ONLINE);
	/* The same mode again: nothing changed, nothing said. */
	fx_control_ok(h, "dms mode online", NULL);
	assert_int_equal(fx_indications(h, &slqs_dms_set_event_report, a, &ind), 0);
	/* PIN and UIM state reports when asked for; a SIM change alone is no mode report. */
	er = (struct dms_set_event_report_req){ .has_pin_state = 1, .pin_state = 1,
						.has_uim_state = 1, .uim_state = 1 };
	assert_int_equal(fx_request(h, &slqs_dms_set_event_report, a, &er, NULL), 0);
	fx_control_ok(h, "uim verify 1234", NULL);
	assert_int_equal(fx_indications(h, &slqs_dms_set_event_report, a, &ind), 1);
	assert_false(ind.has_operating_mode);
	assert_true(ind.has_pin1);
	assert_int_equal(ind.pin1.status, UIM_PIN_ENABLED_VERIFIED);
	assert_false(ind.has_pin2);
	assert_true(ind.has_uim_state);
	assert_int_equal(ind.uim_state, DMS_UIM_STATE_INITIALIZED);
	/* Turning the mode report off stops it. */
	er = (struct dms_set_event_report_req){ .has_operating_mode = 1, .operating_mode = 0 };
	assert_int_equal(fx_request(h, &slqs_dms_set_event_report, a, &er, NULL), 0);
	fx_control_ok(h, "dms mode low-power", NULL);
	assert_int_equal(fx_indications(h, &slqs_dms_set_event_report, a, &ind), 0);
	fx_free(h);
}

static void dms_operating_mode_transitions(void **state)
{
	struct fx *h = fx_new(NULL, services);
	uint8_t cid = fx_cid(h, QMI_SVC_DMS);
	struct dms_set_operating_mode_req set;
	struct dms_get_operating_mode_rsp get;
	unsigned ev = fx_events(h, SIM_EV_OPERATING_MODE);

	(void)state;
	assert_true(sim_dms_is_online(h->m));
	set.mode = DMS_MODE_LOW_POWER;
	assert_int_equal(fx_request(h, &slqs_dms_set_operating_mode, cid, &set, NULL), 0);
	assert_int_equal(sim_dms_operating_mode(h->m), DMS_MODE_LOW_POWER);
	assert_int_equal(fx_events(h, SIM_EV_OPERATING_MODE), ev + 1);
	/* The same mode again: no event. */
	assert_int_equal(fx_request(h, &slqs_dms_set_operating_mode, cid, &set, NULL), 0);
	assert_int_equal(fx_events(h, SIM_EV_OPERATING_MODE), ev + 1);
	set.mode = DMS_MODE_ONLINE;
	assert_int_equal(fx_request(h, &slqs_dms_set_operating_mode, cid, &set, NULL), 0);
	assert_true(sim_dms_is_online(h->m));
	set.mode = DMS_MODE_OFFLINE;
	assert_int_equal(fx_request(h, &slqs_dms_set_operating_mode, cid, &set, NULL), 0);
	assert_int_equal(fx_request(h, &slqs_dms_get_operating_mode, cid, NULL, &get), 0);
	assert_int_equal(get.mode, DMS_MODE_OFFLINE);
	assert_true(get.has_offline_reason);
	assert_true(get.has_hw_restricted);
	set.mode = DMS_MODE_ONLINE;
	assert_int_equal(fx_request(h, &slqs_dms_set_operating_mode, cid, &set, NULL),
			 QMI_ERR_INVALID_TRANSITION);
	set.mode = DMS_MODE_SHUTTING_DOWN;
	assert_int_equal(fx_request(h, &slqs_dms_set_operating_mode, cid, &set, NULL),
			 QMI_ERR_NOT_SUPPORTED);
	set.mode = 8;
	assert_int_equal(fx_request(h, &slqs_dms_set_operating_mode, cid, &set, NULL),
			 QMI_ERR_INVALID_ARGUMENT);
	assert_int_equal(sim_dms_operating_mode(h->m), DMS_MODE_OFFLINE);
	fx_free(h);
}

static void dms_reset_reboots_the_modem(void **state)
{
	struct fx *h = fx_new(NULL, services);
	uint8_t cid = fx_cid(h, QMI_SVC_DMS), uim_cid = fx_cid(h, QMI_SVC_UIM);
	struct dms_set_operating_mode_req set = { DMS_MODE_OFFLINE };
	struct dms_string_rsp s;
	struct uim_pin_rsp pr;

	(void)state;
	assert_int_equal(uim_verify(h, uim_cid, UIM_PIN_ID_PIN1, "1234", &pr), 0);
	assert_true(sim_uim_ready(h->m));
	assert_int_equal(fx_request(h, &slqs_dms_set_operating_mode, cid, &set, NULL), 0);
	set.mode = DMS_MODE_RESET;
	assert_int_equal(fx_request(h, &slqs_dms_set_operating_mode, cid, &set, NULL), 0);
	/* The response first (fx_request took it), then CTL Sync. */
	fx_take(h, QMI_INDICATION, QMI_SVC_CTL, CTL_MSG_SYNC);
	assert_int_equal(sim_modem_stats(h->m)->resets, 1);
	assert_int_equal(sim_modem_cids_in_use(h->m, QMI_SVC_DMS), 0);
	assert_true(sim_dms_is_online(h->m));		/* boot mode again */
	assert_false(sim_uim_ready(h->m));		/* the PIN is asked again */
	assert_int_equal(fx_request(h, &slqs_dms_get_model, cid, NULL, &s),
			 QMI_ERR_INVALID_CLIENT_ID);
	fx_free(h);
}

static void dms_persistent_low_power_survives_reset(void **state)
{
	struct fx *h = fx_new(NULL, services);
	uint8_t cid = fx_cid(h, QMI_SVC_DMS);
	struct dms_set_operating_mode_req set = { DMS_MODE_PERSISTENT_LOW_POWER };

	(void)state;
	assert_int_equal(fx_request(h, &slqs_dms_set_operating_mode, cid, &set, NULL), 0);
	fx_control_ok(h, "reset", NULL);
	assert_int_equal(sim_dms_operating_mode(h->m), DMS_MODE_PERSISTENT_LOW_POWER);
	cid = fx_cid(h, QMI_SVC_DMS);
	set.mode = DMS_MODE_ONLINE;
	assert_int_equal(fx_request(h, &slqs_dms_set_operating_mode, cid, &set, NULL), 0);
	fx_control_ok(h, "reset", NULL);
	assert_true(sim_dms_is_online(h->m));
	fx_free(h);
}

static void dms_control_commands(void **state)
{
	struct fx *h = fx_new(NULL, services);

	(void)state;
	fx_control_ok(h, "dms mode offline", "dms.mode=offline");
	assert_int_equal(sim_dms_operating_mode(h->m), DMS_MODE_OFFLINE);
	/* The control line may leave offline directly. */
	fx_control_ok(h, "dms mode 0", NULL);
	assert_true(sim_dms_is_online(h->m));
	fx_control_fails(h, "dms mode reset", NULL);
	assert_true(strncmp(h->answer, "error: ", 7) == 0);
	fx_control_ok(h, "dms legacy-uim yes", "dms.legacy_uim=yes");
	fx_control_fails(h, "dms frobnicate", NULL);
	fx_control_fails(h, "dms", "usage");
	fx_control_ok(h, "dms help", NULL);
	assert_true(strncmp(h->answer, "ok usage: dms", 13) == 0);
	fx_control_ok(h, "stats", "dms.mode=online");
	assert_non_null(strstr(h->answer, "uim.pin1=enabled-not-verified"));
	fx_free(h);
}

/* ---- UIM ---------------------------------------------------------------------- */

static void uim_card_status_default(void **state)
{
	struct fx *h = fx_new(NULL, services);
	uint8_t cid = fx_cid(h, QMI_SVC_UIM);
	struct uim_card_status_msg cs;
	const struct uim_app_status *app = card_app(h, cid, &cs);

	(void)state;
	assert_int_equal(cs.status.index_gw_primary, 0x0000);
	assert_int_equal(cs.status.index_1x_primary, UIM_INDEX_NONE);
	assert_int_equal(app->type, UIM_APP_TYPE_USIM);
	assert_int_equal(app->state, UIM_APP_STATE_PIN_REQUIRED);
	assert_int_equal(app->n_aid, 16);
	assert_int_equal(app->pin1_state, UIM_PIN_ENABLED_NOT_VERIFIED);
	assert_int_equal(app->pin1_retries, 3);
	assert_int_equal(app->puk1_retries, 10);
	assert_int_equal(app->pin2_state, UIM_PIN_ENABLED_NOT_VERIFIED);
	assert_false(sim_uim_ready(h->m));
	assert_string_equal(sim_uim_imsi(h->m), "001010123456789");
	assert_int_equal(strlen(sim_uim_iccid(h->m)), 20);
	fx_free(h);
}

static void uim_three_wrong_pins_block(void **state)
{
	struct fx *h = fx_new(NULL, services);
	uint8_t cid = fx_cid(h, QMI_SVC_UIM);
	struct uim_card_status_msg cs;
	struct uim_pin_rsp r;
	unsigned ev = fx_events(h, SIM_EV_SIM_STATE);

	(void)state;
	for (int i = 2; i >= 0; i--) {
		assert_int_equal(uim_verify(h, cid, UIM_PIN_ID_PIN1, "0000", &r),
				 QMI_ERR_INCORRECT_PIN);
		assert_true(r.has_retries);
		assert_int_equal(r.retries.verify_left, i);
		assert_int_equal(r.retries.unblock_left, 10);
	}
	assert_int_equal(fx_events(h, SIM_EV_SIM_STATE), ev + 3);
	/* Blocked: even the right PIN is refused, nothing counted. */
	assert_int_equal(uim_verify(h, cid, UIM_PIN_ID_PIN1, "1234", &r), QMI_ERR_PIN_BLOCKED);
	assert_int_equal(r.retries.verify_left, 0);
	assert_int_equal(r.retries.unblock_left, 10);
	assert_int_equal(card_app(h, cid, &cs)->pin1_state, UIM_PIN_BLOCKED);
	assert_int_equal(cs.status.cards[0].apps[0].state, UIM_APP_STATE_PUK_REQUIRED);
	/* A wrong PUK counts; the right one sets the new PIN and verifies it. */
	assert_int_equal(uim_unblock(h, cid, "00000000", "4321", &r), QMI_ERR_INCORRECT_PIN);
	assert_int_equal(r.retries.unblock_left, 9);
	assert_int_equal(uim_unblock(h, cid, "12345678", "4321", &r), 0);
	assert_false(r.has_retries);
	assert_true(sim_uim_ready(h->m));
	assert_int_equal(card_app(h, cid, &cs)->pin1_retries, 3);
	assert_int_equal(cs.status.cards[0].apps[0].puk1_retries, 10);
	assert_int_equal(uim_verify(h, cid, UIM_PIN_ID_PIN1, "4321", &r), 0);
	fx_free(h);
}

static void uim_ten_wrong_puks_block_for_good(void **state)
{
	struct fx *h = fx_new("[uim]\npin_retries = 0\npuk_retries = 2\n", services);
	uint8_t cid = fx_cid(h, QMI_SVC_UIM);
	struct uim_card_status_msg cs;
	struct uim_pin_rsp r;

	(void)state;
	assert_int_equal(card_app(h, cid, &cs)->pin1_state, UIM_PIN_BLOCKED);
	assert_int_equal(uim_unblock(h, cid, "00000000", "1111", &r), QMI_ERR_INCORRECT_PIN);
	assert_int_equal(uim_unblock(h, cid, "00000000", "1111", &r), QMI_ERR_INCORRECT_PIN);
	assert_int_equal(r.retries.unblock_left, 0);
	assert_int_equal(uim_unblock(h, cid, "12345678", "1111", &r),
			 QMI_ERR_PIN_ALWAYS_BLOCKED);
	assert_int_equal(uim_verify(h, cid, UIM_PIN_ID_PIN1, "1234", &r),
			 QMI_ERR_PIN_ALWAYS_BLOCKED);
	assert_int_equal(card_app(h, cid, &cs)->pin1_state, UIM_PIN_PERMANENTLY_BLOCKED);
	assert_int_equal(cs.status.cards[0].apps[0].state, UIM_APP_STATE_PIN_BLOCKED);
	fx_free(h);

	/* The full count from the default: 10 wrong PUKs. */
	h = fx_new("[uim]\npin_retries = 0\n", services);
	cid = fx_cid(h, QMI_SVC_UIM);
	for (int i = 9; i >= 0; i--) {
		assert_int_equal(uim_unblock(h, cid, "87654321", "1111", &r),
				 QMI_ERR_INCORRECT_PIN);
		assert_int_equal(r.retries.unblock_left, i);
	}
	assert_int_equal(uim_unblock(h, cid, "12345678", "1111", &r),
			 QMI_ERR_PIN_ALWAYS_BLOCKED);
	fx_free(h);
}

static void uim_change_and_protection(void **state)
{
	struct fx *h = fx_new(NULL, services);
	uint8_t cid = fx_cid(h, QMI_SVC_UIM);
	struct uim_change_pin_req ch = { .session = { UIM_SESSION_CARD_SLOT1, 0, { 0 } },
					 .info = { UIM_PIN_ID_PIN1, "1234", "2468" } };
	struct uim_set_pin_protection_req sp = {
		.session = { UIM_SESSION_CARD_SLOT1, 0, { 0 } },
		.info = { UIM_PIN_ID_PIN1, 0, "2468" } };
	struct uim_pin_rsp r;

	(void)state;
	assert_int_equal(fx_request(h, &slqs_uim_change_pin, cid, &ch, &r), 0);
	assert_true(sim_uim_ready(h->m));
	assert_int_equal(uim_verify(h, cid, UIM_PIN_ID_PIN1, "1234", &r), QMI_ERR_INCORRECT_PIN);
	assert_int_equal(uim_verify(h, cid, UIM_PIN_ID_PIN1, "2468", &r), 0);
	/* A wrong old PIN counts like a wrong verification. */
	strcpy(ch.info.old_pin, "1357");
	assert_int_equal(fx_request(h, &slqs_uim_change_pin, cid, &ch, &r), QMI_ERR_INCORRECT_PIN);
	assert_int_equal(r.retries.verify_left, 2);
	/* Not digits, too short: refused, not counted. */
	strcpy(ch.info.new_pin, "12a4");
	assert_int_equal(fx_request(h, &slqs_uim_change_pin, cid, &ch, &r),
			 QMI_ERR_INVALID_ARGUMENT);
	assert_false(r.has_retries);
	assert_int_equal(uim_verify(h, cid, UIM_PIN_ID_PIN1, "12", &r), QMI_ERR_INVALID_ARGUMENT);
	assert_int_equal(sim_uim_pin_status(h->m, UIM_PIN_ID_PIN1, NULL, &r.retries.verify_left,
					    NULL), 0);
	assert_int_equal(r.retries.verify_left, 2);
	/* Disable: the PIN is not asked after a reset any more. */
	assert_int_equal(fx_request(h, &slqs_uim_set_pin_protection, cid, &sp, &r), 0);
	assert_int_equal(fx_request(h, &slqs_uim_set_pin_protection, cid, &sp, &r),
			 QMI_ERR_NO_EFFECT);
	strcpy(ch.info.old_pin, "2468");
	strcpy(ch.info.new_pin, "1111");
	assert_int_equal(fx_request(h, &slqs_uim_change_pin, cid, &ch, &r),
			 QMI_ERR_INCOMPATIBLE_STATE);
	fx_control_ok(h, "reset", NULL);
	assert_true(sim_uim_ready(h->m));
	cid = fx_cid(h, QMI_SVC_UIM);
	sp.info.enabled = 1;
	assert_int_equal(fx_request(h, &slqs_uim_set_pin_protection, cid, &sp, &r), 0);
	fx_control_ok(h, "reset", NULL);
	assert_false(sim_uim_ready(h->m));
	fx_free(h);
}

static void uim_boot_asks_pin_again_counters_persist(void **state)
{
	struct fx *h = fx_new(NULL, services);
	uint8_t cid = fx_cid(h, QMI_SVC_UIM);
	struct uim_card_status_msg cs;
	struct uim_pin_rsp r;

	(void)state;
	assert_int_equal(uim_verify(h, cid, UIM_PIN_ID_PIN1, "1234", &r), 0);
	assert_int_equal(uim_verify(h, cid, UIM_PIN_ID_PIN2, "0000", &r), QMI_ERR_INCORRECT_PIN);
	fx_control_ok(h, "reset", NULL);
	cid = fx_cid(h, QMI_SVC_UIM);
	assert_int_equal(card_app(h, cid, &cs)->pin1_state, UIM_PIN_ENABLED_NOT_VERIFIED);
	assert_int_equal(cs.status.cards[0].apps[0].pin2_retries, 2);
	assert_int_equal(uim_verify(h, cid, UIM_PIN_ID_UPIN, "1234", &r), QMI_ERR_INVALID_PIN_ID);
	fx_free(h);
}

static void uim_indication_only_to_registered_clients(void **state)
{
	struct fx *h = fx_new(NULL, services);
	uint8_t a = fx_cid(h, QMI_SVC_UIM), b = fx_cid(h, QMI_SVC_UIM);
	struct uim_register_events_req ev = { UIM_EVENT_CARD_STATUS | UIM_EVENT_SAP_CONNECTION };
	struct uim_register_events_rsp evr;
	struct uim_card_status_msg ind;
	struct uim_pin_rsp r;

	(void)state;
	assert_int_equal(fx_request(h, &slqs_uim_register_events, a, &ev, &evr), 0);
	assert_true(evr.has_mask);
	assert_int_equal(evr.mask, UIM_EVENT_CARD_STATUS);
	assert_int_equal(uim_verify(h, b, UIM_PIN_ID_PIN1, "1234", &r), 0);
	assert_int_equal(fx_indications(h, &slqs_uim_card_status_ind, a, &ind), 1);
	assert_int_equal(ind.status.cards[0].apps[0].pin1_state, UIM_PIN_ENABLED_VERIFIED);
	assert_int_equal(fx_indications(h, &slqs_uim_card_status_ind, b, &ind), 0);
	/* No change, no indication. */
	assert_int_equal(uim_verify(h, b, UIM_PIN_ID_PIN1, "1234", &r), 0);
	assert_int_equal(fx_indications(h, &slqs_uim_card_status_ind, a, &ind), 0);
	/* Removal and insertion are announced too. */
	fx_control_ok(h, "uim remove", "uim.card=absent");
	assert_int_equal(fx_indications(h, &slqs_uim_card_status_ind, a, &ind), 1);
	assert_int_equal(ind.status.cards[0].card_state, UIM_CARD_ABSENT);
	assert_int_equal(ind.status.index_gw_primary, UIM_INDEX_NONE);
	fx_control_ok(h, "uim insert", NULL);
	assert_int_equal(fx_indications(h, &slqs_uim_card_status_ind, a, &ind), 1);
	assert_int_equal(ind.status.cards[0].apps[0].pin1_state, UIM_PIN_ENABLED_NOT_VERIFIED);
	/* Unregistering stops them. */
	ev.mask = 0;
	assert_int_equal(fx_request(h, &slqs_uim_register_events, a, &ev, &evr), 0);
	assert_int_equal(uim_verify(h, b, UIM_PIN_ID_PIN1, "1234", &r), 0);
	assert_int_equal(fx_indications(h, &slqs_uim_card_status_ind, a, &ind), 0);
	fx_free(h);
}

static void uim_slot_status(void **state)
{
	struct fx *h = fx_new(NULL, services);
	uint8_t a = fx_cid(h, QMI_SVC_UIM), b = fx_cid(h, QMI_SVC_UIM);
	struct uim_register_events_req ev = { UIM_EVENT_CARD_STATUS |
					      UIM_EVENT_PHYSICAL_SLOT_STATUS };
	struct uim_register_events_rsp evr;
	struct uim_slot_status_msg ss;
	/* 89001000000123456784 as EF-ICCID holds it */
	static const uint8_t iccid[] = { 0x98, 0x00, 0x01, 0x00, 0x00, 0x10, 0x32, 0x54, 0x76, 0x48 };

	(void)state;
	assert_int_equal(fx_request(h, &slqs_uim_get_slots_status, b, NULL, &ss), 0);
	assert_true(ss.has_slots);
	assert_int_equal(ss.n_slots, 1);
	assert_int_equal(ss.slots[0].card_state, UIM_PHYS_CARD_PRESENT);
	assert_int_equal(ss.slots[0].slot_state, UIM_SLOT_ACTIVE);
	assert_int_equal(ss.slots[0].logical_slot, 1);
	assert_int_equal(ss.slots[0].n_iccid, sizeof(iccid));
	assert_memory_equal(ss.slots[0].iccid, iccid, sizeof(iccid));
	assert_true(ss.has_slot_info);
	assert_int_equal(ss.slot_info[0].protocol, 2);
	assert_int_equal(ss.slot_info[0].n_apps, 1);
	assert_int_equal(ss.slot_info[0].atr[0], 0x3B);
	/* Slot events are taken along with card status events. */
	assert_int_equal(fx_request(h, &slqs_uim_register_events, a, &ev, &evr), 0);
	assert_int_equal(evr.mask, UIM_EVENT_CARD_STATUS | UIM_EVENT_PHYSICAL_SLOT_STATUS);
	fx_control_ok(h, "uim remove", NULL);
	assert_int_equal(fx_indications(h, &slqs_uim_slot_status_ind, a, &ss), 1);
	assert_int_equal(ss.slots[0].card_state, UIM_PHYS_CARD_ABSENT);
	assert_int_equal(ss.slots[0].slot_state, UIM_SLOT_ACTIVE);
	assert_int_equal(ss.slots[0].n_iccid, 0);
	assert_int_equal(ss.slot_info[0].n_atr, 0);
	assert_int_equal(fx_indications(h, &slqs_uim_slot_status_ind, b, &ss), 0);
	fx_control_ok(h, "uim insert", NULL);
	assert_int_equal(fx_indications(h, &slqs_uim_slot_status_ind, a, &ss), 1);
	assert_int_equal(ss.slots[0].card_state, UIM_PHYS_CARD_PRESENT);
	/* A PIN change is no slot change. */
	fx_control_ok(h, "uim verify 1234", NULL);
	assert_int_equal(fx_indications(h, &slqs_uim_slot_status_ind, a, &ss), 0);
	fx_free(h);

	/* Two slots, the card in the second, its own ATR. */
	h = fx_new("[uim]\nslots = 2\nactive_slot = 2\natr = 3B 02 14 50\n", services);
	a = fx_cid(h, QMI_SVC_UIM);
	assert_int_equal(fx_request(h, &slqs_uim_get_slots_status, a, NULL, &ss), 0);
	assert_int_equal(ss.n_slots, 2);
	assert_int_equal(ss.slots[0].card_state, UIM_PHYS_CARD_ABSENT);
	assert_int_equal(ss.slots[0].slot_state, UIM_SLOT_INACTIVE);
	assert_int_equal(ss.slots[1].card_state, UIM_PHYS_CARD_PRESENT);
	assert_int_equal(ss.slots[1].slot_state, UIM_SLOT_ACTIVE);
	assert_int_equal(ss.slots[1].logical_slot, 1);
	assert_int_equal(ss.slot_info[1].n_atr, 4);
	assert_int_equal(ss.slot_info[1].atr[3], 0x50);
	fx_free(h);
}

static void uim_card_removed(void **state)
{
	struct fx *h = fx_new("[uim]\ncard_present = no\n", services);
	uint8_t cid = fx_cid(h, QMI_SVC_UIM);
	struct uim_card_status_msg cs;
	struct uim_pin_rsp r;

	(void)state;
	assert_int_equal(fx_request(h, &slqs_uim_get_card_status, cid, NULL, &cs), 0);
	assert_int_equal(cs.status.cards[0].card_state, UIM_CARD_ABSENT);
	assert_int_equal(cs.status.cards[0].n_apps, 0);
	assert_false(sim_uim_card_present(h->m));
	assert_string_equal(sim_uim_imsi(h->m), "");
	assert_string_equal(sim_uim_iccid(h->m), "");
	assert_int_equal(uim_verify(h, cid, UIM_PIN_ID_PIN1, "1234", &r),
			 QMI_ERR_UIM_UNINITIALIZED);
	assert_false(r.has_retries);
	fx_control_ok(h, "uim insert", NULL);
	assert_int_equal(uim_verify(h, cid, UIM_PIN_ID_PIN1, "1234", &r), 0);
	assert_true(sim_uim_ready(h->m));
	fx_free(h);
}

static void uim_sessions_checked(void **state)
{
	struct fx *h = fx_new(NULL, services);
	uint8_t cid = fx_cid(h, QMI_SVC_UIM);
	struct uim_verify_pin_req req = { .session = { UIM_SESSION_CARD_SLOT2, 0, { 0 } },
					  .info = { UIM_PIN_ID_PIN1, "1234" } };
	struct uim_card_status_msg cs;
	struct uim_pin_rsp r;
	/* Info TLV only: the session TLV is missing. */
	static const uint8_t no_session[] = { 0x02, 0x06, 0x00, 0x01, 0x04, '1', '2', '3', '4' };

	(void)state;
	assert_int_equal(fx_request(h, &slqs_uim_verify_pin, cid, &req, &r),
			 QMI_ERR_INVALID_ARGUMENT);
	req.session.type = UIM_SESSION_NONPROV_SLOT1;	/* needs the card's AID */
	assert_int_equal(fx_request(h, &slqs_uim_verify_pin, cid, &req, &r),
			 QMI_ERR_INVALID_ARGUMENT);
	card_app(h, cid, &cs);
	req.session.n_aid = cs.status.cards[0].apps[0].n_aid;
	memcpy(req.session.aid, cs.status.cards[0].apps[0].aid, req.session.n_aid);
	assert_int_equal(fx_request(h, &slqs_uim_verify_pin, cid, &req, &r), 0);
	assert_int_equal(fx_raw_request(h, QMI_SVC_UIM, cid, UIM_MSG_VERIFY_PIN, no_session,
					sizeof(no_session)), QMI_ERR_MISSING_ARGUMENT);
	fx_free(h);
}

static void uim_hostile_requests(void **state)
{
	struct fx *h = fx_new(NULL, services);
	uint8_t cid = fx_cid(h, QMI_SVC_UIM);
	/* A 20-digit PIN: longer than any PIN, refused without being cut. */
	static const uint8_t long_pin[] = {
		0x01, 0x02, 0x00, 0x06, 0x00,
		0x02, 0x16, 0x00, 0x01, 0x14, '1', '2', '3', '4', '1', '2', '3', '4', '1', '2',
		'3', '4', '1', '2', '3', '4', '1', '2', '3', '4',
	};
	/* The PIN length runs past the TLV. */
	static const uint8_t cut_pin[] = {
		0x01, 0x02, 0x00, 0x06, 0x00, 0x02, 0x03, 0x00, 0x01, 0x08, '1',
	};
	/* A PIN with a NUL inside: compared as sent, wrong. */
	static const uint8_t nul_pin[] = {
		0x01, 0x02, 0x00, 0x06, 0x00, 0x02, 0x06, 0x00, 0x01, 0x04, '1', 0x00, '3', '4',
	};
	uint8_t pin1_left;

	(void)state;
	assert_int_equal(fx_raw_request(h, QMI_SVC_UIM, cid, UIM_MSG_VERIFY_PIN, long_pin,
					sizeof(long_pin)), QMI_ERR_MALFORMED_MESSAGE);
	assert_int_equal(fx_raw_request(h, QMI_SVC_UIM, cid, UIM_MSG_VERIFY_PIN, cut_pin,
					sizeof(cut_pin)), QMI_ERR_MALFORMED_MESSAGE);
	assert_int_not_equal(fx_raw_request(h, QMI_SVC_UIM, cid, UIM_MSG_VERIFY_PIN, nul_pin,
					    sizeof(nul_pin)), 0);
	assert_int_equal(fx_raw_request(h, QMI_SVC_UIM, cid, 0x0099, NULL, 0),
			 QMI_ERR_INVALID_QMI_COMMAND);
	assert_int_equal(sim_uim_pin_status(h->m, UIM_PIN_ID_PIN1, NULL, &pin1_left, NULL), 0);
	assert_int_equal(pin1_left, 3);
	assert_false(sim_uim_ready(h->m));
	fx_free(h);
}

static void uim_read_transparent(void **state)
{
	struct fx *h = fx_new("[uim]\niccid = 8944500102198304826\n"
			      "imsi = 23415123456789\n", services);
	uint8_t cid = fx_cid(h, QMI_SVC_UIM);
	struct uim_read_transparent_req req = {
		.session = { UIM_SESSION_PRIMARY_GW_PROV, 0, { 0 } },
		.file = { 0x2FE2, 2, { 0x00, 0x3F } },
	};
	struct uim_read_transparent_rsp *rsp = test_malloc(sizeof(*rsp));
	static const uint8_t ef_iccid[] = {
		0x98, 0x44, 0x05, 0x10, 0x20, 0x91, 0x38, 0x40, 0x28, 0xF6,
	};
	static const uint8_t ef_imsi[] = {
		0x08, 0x21, 0x43, 0x51, 0x21, 0x43, 0x65, 0x87, 0xF9,
	};
	struct uim_pin_rsp r;

	(void)state;
	assert_int_equal(fx_request(h, &slqs_uim_read_transparent, cid, &req, rsp), 0);
	assert_true(rsp->has_card_result);
	assert_int_equal(rsp->card_result.sw1, 0x90);
	assert_int_equal(rsp->n_data, sizeof(ef_iccid));
	assert_memory_equal(rsp->data, ef_iccid, sizeof(ef_iccid));
	/* A part of the file. */
	req.read.offset = 8;
	req.read.length = 2;
	assert_int_equal(fx_request(h, &slqs_uim_read_transparent, cid, &req, rsp), 0);
	assert_int_equal(rsp->n_data, 2);
	assert_int_equal(rsp->data[1], 0xF6);
	req.read.length = 3;
	assert_int_equal(fx_request(h, &slqs_uim_read_transparent, cid, &req, rsp),
			 QMI_ERR_INVALID_ARGUMENT);
	req.read.offset = 0;
	req.read.length = 0;
	/* EF-IMSI needs the PIN. */
	req.file = (struct uim_file){ 0x6F07, 4, { 0x00, 0x3F, 0xFF, 0x7F } };
	assert_int_equal(fx_request(h, &slqs_uim_read_transparent, cid, &req, rsp),
			 QMI_ERR_ACCESS_DENIED);
	assert_int_equal(rsp->card_result.sw1, 0x69);
	assert_false(rsp->has_data);
	assert_int_equal(uim_verify(h, cid, UIM_PIN_ID_PIN1, "1234", &r), 0);
	assert_int_equal(fx_request(h, &slqs_uim_read_transparent, cid, &req, rsp), 0);
	assert_int_equal(rsp->n_data, sizeof(ef_imsi));
	assert_memory_equal(rsp->data, ef_imsi, sizeof(ef_imsi));
	req.file.file_id = 0x6F46;
	assert_int_equal(fx_request(h, &slqs_uim_read_transparent, cid, &req, rsp),
			 QMI_ERR_SIM_FILE_NOT_FOUND);
	assert_int_equal(rsp->card_result.sw1, 0x6A);
	test_free(rsp);
	fx_free(h);
}

static void uim_control_commands(void **state)
{
	struct fx *h = fx_new(NULL, services);

	(void)state;
	fx_control_ok(h, "uim status", NULL);
	assert_true(strncmp(h->answer, "ok uim.card=present", 19) == 0);
	fx_control_fails(h, "uim verify 9999", "IncorrectPin");
	fx_control_ok(h, "uim verify 1234", NULL);
	assert_true(sim_uim_ready(h->m));
	fx_control_ok(h, "uim block", "uim.pin1=blocked");
	assert_false(sim_uim_ready(h->m));
	fx_control_ok(h, "uim block puk", "uim.pin1=permanently-blocked");
	fx_control_fails(h, "uim block sideways", NULL);
	fx_control_fails(h, "uim", "usage");
	fx_control_ok(h, "uim help", NULL);
	assert_true(strncmp(h->answer, "ok usage: uim", 13) == 0);
	fx_control_fails(h, "uim remove now", NULL);
	fx_free(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(dms_identity_defaults),
		cmocka_unit_test(dms_config_overrides),
		cmocka_unit_test(bad_configs_are_refused),
		cmocka_unit_test(dms_msisdn_needs_the_sim),
		cmocka_unit_test(dms_legacy_uim_refused_by_default),
		cmocka_unit_test(dms_legacy_uim_when_enabled),
		cmocka_unit_test(dms_legacy_unblock_change_state),
		cmocka_unit_test(dms_time_prl_revisions_min),
		cmocka_unit_test(dms_event_report_operating_mode),
		cmocka_unit_test(dms_operating_mode_transitions),
		cmocka_unit_test(dms_reset_reboots_the_modem),
		cmocka_unit_test(dms_persistent_low_power_survives_reset),
		cmocka_unit_test(dms_control_commands),
		cmocka_unit_test(uim_card_status_default),
		cmocka_unit_test(uim_three_wrong_pins_block),
		cmocka_unit_test(uim_ten_wrong_puks_block_for_good),
		cmocka_unit_test(uim_change_and_protection),
		cmocka_unit_test(uim_boot_asks_pin_again_counters_persist),
		cmocka_unit_test(uim_indication_only_to_registered_clients),
		cmocka_unit_test(uim_slot_status),
		cmocka_unit_test(uim_card_removed),
		cmocka_unit_test(uim_sessions_checked),
		cmocka_unit_test(uim_hostile_requests),
		cmocka_unit_test(uim_read_transparent),
		cmocka_unit_test(uim_control_commands),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
