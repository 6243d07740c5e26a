/*
 * qmisim DMS service: identity, capabilities, operating mode, the legacy
 * DMS UIM messages, its [dms] config section and `dms ...` commands.
 *
 * The defaults describe a Sierra Wireless MC7455 (LTE Cat 6, UMTS).
 * Like that modem (an MDM9x30), the legacy DMS UIM messages answer
 * InvalidQmiCommand unless `legacy_uim = yes`.
 */
#include "tools/qmisim/sim_dms.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/qmi_error.h"
#include "core/qmux.h"
#include "pkgs/dms/dms_msg.h"
#include "tools/qmisim/sim_uim.h"

#define DMS_MODES 8

struct dms_state {
	char manufacturer[DMS_STR_MAX];
	char model[DMS_STR_MAX];
	char revision[DMS_STR_MAX];
	char hardware_revision[DMS_STR_MAX];
	char esn[DMS_STR_MAX];		/* "": not sent */
	char imei[DMS_STR_MAX];
	char meid[DMS_STR_MAX];
	char imei_sv[DMS_STR_MAX];
	char msisdn[DMS_STR_MAX];	/* "": NotProvisioned */
	struct dms_capabilities caps;
	uint64_t band_capability;
	uint16_t n_lte_bands;
	uint16_t lte_bands[DMS_MAX_BANDS];
	int legacy_uim;
	uint8_t boot_mode;		/* the mode after power-up or reset */
	uint8_t mode;			/* the current mode */
};

/* libqmi's names of the operating modes, by value. */
static const char *const mode_names[DMS_MODES] = {
	"online", "low-power", "factory-test", "offline", "reset", "shutting-down",
	"persistent-low-power", "mode-only-low-power",
};

static const char *const data_service_names[] = {
	"none", "cs", "ps", "simultaneous-cs-ps", "non-simultaneous-cs-ps",
};

/* Radio interface names, by value (NULL: no such value). */
static const char *const radio_names[] = {
	NULL, "cdma-1x", "evdo", NULL, "gsm", "umts", NULL, NULL, "lte", "tds", "5gnr",
};

static struct dms_state *dms(struct sim_modem *m)
{
	return sim_state(m, QMI_SVC_DMS);
}

static const char *mode_name(uint8_t mode)
{
	return mode < DMS_MODES ? mode_names[mode] : "unknown";
}

/* ---- queries for other modules ----------------------------------------------- */

int sim_dms_operating_mode(struct sim_modem *m)
{
	struct dms_state *s = dms(m);

	return s ? s->mode : DMS_MODE_ONLINE;
}

int sim_dms_is_online(struct sim_modem *m)
{
	return sim_dms_operating_mode(m) == DMS_MODE_ONLINE;
}

static void set_mode(struct sim_modem *m, struct dms_state *s, uint8_t mode)
{
	if (s->mode == mode)
		return;
	s->mode = mode;
	sim_event(m, SIM_EV_OPERATING_MODE);
}

/* ---- identity and capabilities ------------------------------------------------ */

static int answer_string(void *rsp, const char *value)
{
	struct dms_string_rsp *r = rsp;

	sim_copy_string(r->value, sizeof(r->value), value);
	return 0;
}

/* An optional ID string: sent when configured. */
static void put_id(uint8_t *has, char *dst, size_t size, const char *value)
{
	*has = value[0] != '\0';
	sim_copy_string(dst, size, value);
}

static int h_get_ids(const struct sim_call *call)
{
	struct dms_get_ids_rsp *r = call->rsp;
	struct dms_state *s = dms(call->modem);

	put_id(&r->has_esn, r->esn, sizeof(r->esn), s->esn);
	put_id(&r->has_imei, r->imei, sizeof(r->imei), s->imei);
	put_id(&r->has_meid, r->meid, sizeof(r->meid), s->meid);
	put_id(&r->has_imei_sv, r->imei_sv, sizeof(r->imei_sv), s->imei_sv);
	return 0;
}

static int h_get_band_capabilities(const struct sim_call *call)
{
	struct dms_get_band_capabilities_rsp *r = call->rsp;
	struct dms_state *s = dms(call->modem);

	r->band_capability = s->band_capability;
	r->has_lte_band_capability = 1;
	r->lte_band_capability = 0;
	for (uint16_t i = 0; i < s->n_lte_bands; i++)
		if (s->lte_bands[i] >= 1 && s->lte_bands[i] <= 64)
			r->lte_band_capability |= 1ull << (s->lte_bands[i] - 1);
	r->has_extended_lte_bands = s->n_lte_bands > 0;
	r->n_extended_lte_bands = s->n_lte_bands;
	memcpy(r->extended_lte_bands, s->lte_bands, sizeof(s->lte_bands));
	return 0;
}

/* ---- operating mode -------------------------------------------------------------- */

static int h_get_operating_mode(const struct sim_call *call)
{
	struct dms_get_operating_mode_rsp *r = call->rsp;
	struct dms_state *s = dms(call->modem);

	r->mode = s->mode;
	r->has_offline_reason = s->mode == DMS_MODE_OFFLINE;
	r->offline_reason = 0;
	r->has_hw_restricted = 1;
	r->hw_restricted = 0;
	return 0;
}

static int h_set_operating_mode(const struct sim_call *call)
{
	const struct dms_set_operating_mode_req *q = call->req;
	struct dms_state *s = dms(call->modem);

	if (q->mode >= DMS_MODES)
		return QMI_ERR_INVALID_ARGUMENT;
	if (q->mode == DMS_MODE_SHUTTING_DOWN)
		return QMI_ERR_NOT_SUPPORTED;	/* the simulator cannot power off */
	/* Offline is left only through a reset, as on real firmware. */
	if (s->mode == DMS_MODE_OFFLINE && q->mode != DMS_MODE_OFFLINE &&
	    q->mode != DMS_MODE_RESET)
		return QMI_ERR_INVALID_TRANSITION;
	set_mode(call->modem, s, q->mode);
	if (q->mode == DMS_MODE_RESET)
		sim_request_reset(call->modem);	/* after this response: Sync, CIDs dropped, boot */
	return 0;
}

/* ---- legacy DMS UIM messages -------------------------------------------------------- */

/* 0 when the firmware still answers the DMS UIM messages. */
static int legacy_refused(struct sim_modem *m)
{
	return dms(m)->legacy_uim ? 0 : QMI_ERR_INVALID_QMI_COMMAND;
}

/* Reading a SIM file that needs the PIN: the error, or 0. */
static int sim_readable(struct sim_modem *m)
{
	if (!sim_uim_card_present(m))
		return QMI_ERR_UIM_UNINITIALIZED;
	return sim_uim_ready(m) ? 0 : QMI_ERR_DEVICE_NOT_READY;
}

static int h_uim_verify_pin(const struct sim_call *call)
{
	const struct dms_uim_verify_pin_req *q = call->req;
	struct dms_uim_verify_pin_rsp *r = call->rsp;
	int rc = legacy_refused(call->modem);

	if (rc)
		return rc;
	rc = sim_uim_verify_pin(call->modem, q->info.pin_id, q->info.pin, &r->retries.verify_left,
				&r->retries.unblock_left);
	r->has_retries = (uint8_t)sim_uim_error_has_retries(rc);
	return rc;
}

static int pin_status(struct sim_modem *m, uint8_t pin_id, struct dms_pin_status *st)
{
	return sim_uim_pin_status(m, pin_id, &st->status, &st->verify_left, &st->unblock_left);
}

static int h_uim_get_pin_status(const struct sim_call *call)
{
	struct dms_uim_get_pin_status_rsp *r = call->rsp;
	int rc = legacy_refused(call->modem);

	if (!rc)
		rc = pin_status(call->modem, DMS_PIN_ID_PIN1, &r->pin1);
	if (!rc)
		rc = pin_status(call->modem, DMS_PIN_ID_PIN2, &r->pin2);
	r->has_pin1 = r->has_pin2 = rc == 0;
	return rc;
}

static int h_uim_get_iccid(const struct sim_call *call)
{
	int rc = legacy_refused(call->modem);

	if (!rc && !sim_uim_card_present(call->modem))
		rc = QMI_ERR_UIM_UNINITIALIZED;	/* EF-ICCID needs no PIN */
	return rc ? rc : answer_string(call->rsp, sim_uim_iccid(call->modem));
}

static int h_uim_get_imsi(const struct sim_call *call)
{
	int rc = legacy_refused(call->modem);

	if (!rc)
		rc = sim_readable(call->modem);
	return rc ? rc : answer_string(call->rsp, sim_uim_imsi(call->modem));
}

/* The MSISDN lives on the SIM (EF-MSISDN): readable once the PIN is in. */
static int h_get_msisdn(const struct sim_call *call)
{
	struct dms_state *s = dms(call->modem);
	int rc = sim_readable(call->modem);

	if (!rc && !s->msisdn[0])
		rc = QMI_ERR_NOT_PROVISIONED;
	return rc ? rc : answer_string(call->rsp, s->msisdn);
}

/* An answer that is one of the configured identity strings. */
#define DMS_CONFIGURED_STRING(message, field) \
	SIM_ANSWER_STRING(message, struct dms_state, field, struct dms_string_rsp, value)

static const struct sim_handler dms_handlers[] = {
	SIM_ANSWER_COPY(slqs_dms_get_capabilities, struct dms_state, caps,
			struct dms_get_capabilities_rsp, info),
	DMS_CONFIGURED_STRING(slqs_dms_get_manufacturer, manufacturer),
	DMS_CONFIGURED_STRING(slqs_dms_get_model, model),
	DMS_CONFIGURED_STRING(slqs_dms_get_revision, revision),
	SIM_HANDLER(slqs_dms_get_msisdn, h_get_msisdn),
	SIM_HANDLER(slqs_dms_get_ids, h_get_ids),
	SIM_HANDLER(slqs_dms_uim_verify_pin, h_uim_verify_pin),
	SIM_HANDLER(slqs_dms_uim_get_pin_status, h_uim_get_pin_status),
	DMS_CONFIGURED_STRING(slqs_dms_get_hardware_revision, hardware_revision),
	SIM_HANDLER(slqs_dms_get_operating_mode, h_get_operating_mode),
	SIM_HANDLER(slqs_dms_set_operating_mode, h_set_operating_mode),
	SIM_HANDLER(slqs_dms_uim_get_iccid, h_uim_get_iccid),
	SIM_HANDLER(slqs_dms_uim_get_imsi, h_uim_get_imsi),
	SIM_HANDLER(slqs_dms_get_band_capabilities, h_get_band_capabilities),
	SIM_HANDLERS_END
};

/* ---- config ------------------------------------------------------------------------ */

static void dms_init(struct sim_modem *m, void *state)
{
	static const uint16_t mc7455_lte[] = { 1, 2, 3, 4, 5, 7, 12, 13, 20, 25, 26, 29, 30, 41 };
	struct dms_state *s = state;

	(void)m;
	sim_copy_string(s->manufacturer, sizeof(s->manufacturer), "Sierra Wireless, Incorporated");
	sim_copy_string(s->model, sizeof(s->model), "MC7455");
	sim_copy_string(s->revision, sizeof(s->revision),
		 "SWI9X30C_02.24.05.06 r7040 CARMD-EV-FRMWR2 2017/05/19 06:23:09");
	sim_copy_string(s->hardware_revision, sizeof(s->hardware_revision), "1.0");
	sim_copy_string(s->esn, sizeof(s->esn), "0");
	sim_copy_string(s->imei, sizeof(s->imei), "359072061234569");
	sim_copy_string(s->meid, sizeof(s->meid), "35907206123456");
	sim_copy_string(s->msisdn, sizeof(s->msisdn), "15555550100");
	s->caps = (struct dms_capabilities){
		.max_tx_rate = 50000000, .max_rx_rate = 300000000,
		.data_service = DMS_DATA_CAP_SIMUL_CSPS, .sim_capability = DMS_SIM_CAP_SUPPORTED,
		.n_radio_ifs = 2, .radio_ifs = { DMS_RADIO_UMTS, DMS_RADIO_LTE },
	};
	/* WCDMA bands 1, 2, 3, 4, 5 and 8. */
	s->band_capability = (1ull << 22) | (1ull << 23) | (1ull << 24) | (1ull << 25) |
			     (1ull << 26) | (1ull << 49);
	s->n_lte_bands = sizeof(mc7455_lte) / sizeof(mc7455_lte[0]);
	memcpy(s->lte_bands, mc7455_lte, sizeof(mc7455_lte));
	s->boot_mode = DMS_MODE_ONLINE;
	s->mode = DMS_MODE_ONLINE;
}

/* A value given by name (from names[], by index) or as a number up to max. */
static int parse_named(const char *value, const char *const *names, size_t n, long long max,
		       long long *out, char *err, size_t errlen)
{
	for (size_t i = 0; i < n; i++) {
		if (names[i] && !strcasecmp(value, names[i])) {
			*out = (long long)i;
			return 0;
		}
	}
	return sim_parse_int(value, 0, max, out, err, errlen);
}

/* A list of numbers or names separated by commas or blanks ("" is empty). */
static int parse_list(const char *value, const char *const *names, size_t n_names,
		      long long max, uint16_t *out, uint16_t cap, uint16_t *count, char *err,
		      size_t errlen)
{
	char buf[1024], *save = NULL, *tok;
	uint16_t n = 0;
	long long v;

	if (snprintf(buf, sizeof(buf), "%s", value) >= (int)sizeof(buf)) {
		snprintf(err, errlen, "list too long");
		return -1;
	}
	for (tok = strtok_r(buf, ", \t", &save); tok; tok = strtok_r(NULL, ", \t", &save)) {
		if (n == cap) {
			snprintf(err, errlen, "at most %u items", cap);
			return -1;
		}
		if (parse_named(tok, names, n_names, max, &v, err, errlen))
			return -1;
		out[n++] = (uint16_t)v;
	}
	*count = n;
	return 0;
}

static int config_radios(struct dms_capabilities *caps, const char *value, char *err,
			 size_t errlen)
{
	uint16_t radios[DMS_MAX_RADIO_IFS], n;

	if (parse_list(value, radio_names, sizeof(radio_names) / sizeof(radio_names[0]),
		       UINT8_MAX, radios, DMS_MAX_RADIO_IFS, &n, err, errlen))
		return -1;
	for (uint16_t i = 0; i < n; i++)
		caps->radio_ifs[i] = (uint8_t)radios[i];
	caps->n_radio_ifs = n;
	return 0;
}

static int config_u32(const char *value, uint32_t *out, char *err, size_t errlen)
{
	long long v;

	if (sim_parse_int(value, 0, UINT32_MAX, &v, err, errlen))
		return -1;
	*out = (uint32_t)v;
	return 0;
}

static int config_boot_mode(struct dms_state *s, const char *value, char *err, size_t errlen)
{
	long long v;

	if (parse_named(value, mode_names, DMS_MODES, DMS_MODES - 1, &v, err, errlen))
		return -1;
	if (v == DMS_MODE_RESET || v == DMS_MODE_SHUTTING_DOWN) {
		snprintf(err, errlen, "a modem cannot boot into '%s'", value);
		return -1;
	}
	s->boot_mode = s->mode = (uint8_t)v;
	return 0;
}

/* The identity strings, by key. */
static char *string_key(struct dms_state *s, const char *key)
{
	static const struct { const char *key; size_t off; } keys[] = {
		{ "manufacturer", offsetof(struct dms_state, manufacturer) },
		{ "model", offsetof(struct dms_state, model) },
		{ "revision", offsetof(struct dms_state, revision) },
		{ "hardware_revision", offsetof(struct dms_state, hardware_revision) },
		{ "esn", offsetof(struct dms_state, esn) },
		{ "imei", offsetof(struct dms_state, imei) },
		{ "meid", offsetof(struct dms_state, meid) },
		{ "imei_sv", offsetof(struct dms_state, imei_sv) },
		{ "msisdn", offsetof(struct dms_state, msisdn) },
	};

	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (!strcasecmp(key, keys[i].key))
			return (char *)s + keys[i].off;
	return NULL;
}

static int dms_config(struct sim_modem *m, void *state, const char *kind, const char *sub,
		      const char *key, const char *value, char *err, size_t errlen)
{
	struct dms_state *s = state;
	char *str = string_key(s, key);
	long long v;
	int b;

	(void)m;
	if (kind || sub) {
		snprintf(err, errlen, "[dms] takes no argument");
		return -1;
	}
	if (str)
		return sim_parse_string(value, str, DMS_STR_MAX, err, errlen);
	if (!strcasecmp(key, "operating_mode"))
		return config_boot_mode(s, value, err, errlen);
	if (!strcasecmp(key, "legacy_uim"))
		return sim_parse_bool(value, &s->legacy_uim, err, errlen);
	if (!strcasecmp(key, "band_capability")) {
		if (sim_parse_int(value, 0, INT64_MAX, &v, err, errlen))
			return -1;
		s->band_capability = (uint64_t)v;
		return 0;
	}
	if (!strcasecmp(key, "lte_bands"))
		return parse_list(value, NULL, 0, UINT16_MAX, s->lte_bands, DMS_MAX_BANDS,
				  &s->n_lte_bands, err, errlen);
	if (!strcasecmp(key, "radio_interfaces"))
		return config_radios(&s->caps, value, err, errlen);
	if (!strcasecmp(key, "max_tx_rate"))
		return config_u32(value, &s->caps.max_tx_rate, err, errlen);
	if (!strcasecmp(key, "max_rx_rate"))
		return config_u32(value, &s->caps.max_rx_rate, err, errlen);
	if (!strcasecmp(key, "data_service")) {
		if (parse_named(value, data_service_names, sizeof(data_service_names) /
				sizeof(data_service_names[0]), UINT8_MAX, &v, err, errlen))
			return -1;
		s->caps.data_service = (uint8_t)v;
		return 0;
	}
	if (!strcasecmp(key, "sim_capability")) {
		if (sim_parse_bool(value, &b, err, errlen))
			return -1;
		s->caps.sim_capability = b ? DMS_SIM_CAP_SUPPORTED : DMS_SIM_CAP_NOT_SUPPORTED;
		return 0;
	}
	snprintf(err, errlen, "unknown key '%s' in [dms] (manufacturer, model, revision, "
		 "hardware_revision, esn, imei, meid, imei_sv, msisdn, operating_mode, legacy_uim, "
		 "band_capability, lte_bands, radio_interfaces, max_tx_rate, max_rx_rate, "
		 "data_service, sim_capability)", key);
	return -1;
}

/* ---- events, control, description ------------------------------------------------ */

static void dms_event(struct sim_modem *m, void *state, enum sim_event_kind ev)
{
	struct dms_state *s = state;

	/* Persistent low power survives a reset; anything else boots as configured. */
	if (ev == SIM_EV_BOOT)
		set_mode(m, s, s->mode == DMS_MODE_PERSISTENT_LOW_POWER ? s->mode : s->boot_mode);
}

static void dms_describe(struct sim_modem *m, void *state, char *out, size_t outlen)
{
	const struct dms_state *s = state;

	(void)m;
	snprintf(out, outlen, "dms.mode=%s dms.legacy_uim=%s", mode_name(s->mode),
		 s->legacy_uim ? "yes" : "no");
}

static int dms_control(struct sim_modem *m, void *state, int argc, char **argv, char *out,
		       size_t outlen)
{
	struct dms_state *s = state;
	const char *cmd = argc > 1 ? argv[1] : "";
	long long v;
	int b;

	if (!strcasecmp(cmd, "mode") && argc == 3) {
		/* The control line may do what a host may not (leave offline directly). */
		if (parse_named(argv[2], mode_names, DMS_MODES, DMS_MODES - 1, &v, out, outlen))
			return -1;
		if (v == DMS_MODE_RESET || v == DMS_MODE_SHUTTING_DOWN) {
			snprintf(out, outlen, "use the reset command to reset the modem");
			return -1;
		}
		set_mode(m, s, (uint8_t)v);
	} else if (!strcasecmp(cmd, "legacy-uim") && argc == 3) {
		if (sim_parse_bool(argv[2], &b, out, outlen))
			return -1;
		s->legacy_uim = b;
	} else if (!(!strcasecmp(cmd, "status") && argc == 2)) {
		snprintf(out, outlen, "usage: dms status | mode online|low-power|offline|"
			 "factory-test|persistent-low-power|mode-only-low-power | "
			 "legacy-uim yes|no");
		return strcasecmp(cmd, "help") ? -1 : 0;
	}
	dms_describe(m, s, out, outlen);
	return 0;
}

const struct sim_service sim_dms_service = {
	.name = "dms",
	.id = QMI_SVC_DMS,
	.major = 1,
	.minor = 14,
	.default_cid_limit = 10,
	.handlers = dms_handlers,
	.state_size = sizeof(struct dms_state),
	.init = dms_init,
	.config = dms_config,
	.event = dms_event,
	.control = dms_control,
	.describe = dms_describe,
};
