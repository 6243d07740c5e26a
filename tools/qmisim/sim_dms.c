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
#include <time.h>

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
	char min[DMS_STR_MAX];		/* CDMA MIN; "": not sent */
	char boot_revision[DMS_STR_MAX];	/* "": not sent (MC7455) */
	char pri_revision[DMS_STR_MAX];
	int32_t prl_version;		/* -1: no PRL (a 3GPP-only modem) */
	uint8_t prl_only;
	uint16_t time_source;		/* DMS_TIME_SOURCE_* */
	int64_t time_count;		/* 1.25 ms units since 1980-01-06; -1: the host clock */
	struct dms_capabilities caps;
	uint64_t band_capability;
	uint16_t n_lte_bands;
	uint16_t lte_bands[DMS_MAX_BANDS];
	int legacy_uim;
	uint8_t boot_mode;		/* the mode after power-up or reset */
	uint8_t mode;			/* the current mode */
	struct dms_event_report_ind last;	/* what Event Reports last said */
};

/* Per client: the reports its Set Event Report turned on. */
struct dms_client {
	struct dms_set_event_report_req er;
};

/* libqmi's names of the modes a modem may boot into or be put in from the
 * control line: not reset or shutting down (the `reset` command resets). */
static const struct sim_name settled_modes[] = {
	{ "online", DMS_MODE_ONLINE }, { "low-power", DMS_MODE_LOW_POWER },
	{ "factory-test", DMS_MODE_FACTORY_TEST }, { "offline", DMS_MODE_OFFLINE },
	{ "persistent-low-power", DMS_MODE_PERSISTENT_LOW_POWER },
	{ "mode-only-low-power", DMS_MODE_MODE_ONLY_LOW_POWER },
	{ NULL, 0 }
};

static const struct sim_name data_service_names[] = {
	{ "none", 0 }, { "cs", 1 }, { "ps", 2 }, { "simultaneous-cs-ps", 3 },
	{ "non-simultaneous-cs-ps", 4 }, { NULL, 0 }
};

static const struct sim_name time_source_names[] = {
	{ "device", DMS_TIME_SOURCE_DEVICE_CLOCK }, { "cdma", DMS_TIME_SOURCE_CDMA },
	{ "hdr", DMS_TIME_SOURCE_HDR }, { NULL, 0 }
};

static const struct sim_name radio_names[] = {
	{ "cdma-1x", DMS_RADIO_CDMA1X }, { "evdo", DMS_RADIO_EVDO }, { "gsm", DMS_RADIO_GSM },
	{ "umts", DMS_RADIO_UMTS }, { "lte", DMS_RADIO_LTE }, { "tds", DMS_RADIO_TDS },
	{ "5gnr", DMS_RADIO_5GNR }, { NULL, 0 }
};

static struct dms_state *dms(struct sim_modem *m)
{
	return sim_state(m, QMI_SVC_DMS);
}

static const char *mode_name(uint8_t mode)
{
	const char *name = sim_name_of(settled_modes, mode);

	/* reset and shutting down last only until the response has left */
	if (!name)
		name = mode == DMS_MODE_RESET ? "reset"
		       : mode == DMS_MODE_SHUTTING_DOWN ? "shutting-down" : "unknown";
	return name;
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

/* ---- Set Event Report and the Event Report indication -------------------------- */

static uint8_t uim_state(struct sim_modem *m)
{
	if (!sim_state(m, QMI_SVC_UIM))
		return DMS_UIM_STATE_UNAVAILABLE;
	if (!sim_uim_card_present(m))
		return DMS_UIM_STATE_ABSENT;
	return sim_uim_ready(m) ? DMS_UIM_STATE_INITIALIZED : DMS_UIM_STATE_LOCKED_FAILED;
}

/* What an Event Report would say now (every TLV), for comparing with the last. */
static void events_now(struct sim_modem *m, const struct dms_state *s,
		       struct dms_event_report_ind *now)
{
	struct dms_pin_status *pins[] = { &now->pin1, &now->pin2 };

	memset(now, 0, sizeof(*now));
	now->operating_mode = s->mode;
	now->uim_state = uim_state(m);
	for (uint8_t id = DMS_PIN_ID_PIN1; id <= DMS_PIN_ID_PIN2; id++)
		sim_uim_pin_status(m, id, &pins[id - 1]->status, &pins[id - 1]->verify_left,
				   &pins[id - 1]->unblock_left);
}

struct event_change {
	const struct dms_event_report_ind *before, *now;
};

static void report_client(struct sim_modem *m, struct sim_client *c, void *arg)
{
	const struct event_change *ch = arg;
	const struct dms_client *dc = c->state;
	const struct dms_set_event_report_req *er = &dc->er;
	struct dms_event_report_ind ind = *ch->now;
	int pins = er->has_pin_state && er->pin_state;

	ind.has_operating_mode = er->has_operating_mode && er->operating_mode &&
				 ch->now->operating_mode != ch->before->operating_mode;
	ind.has_uim_state = er->has_uim_state && er->uim_state &&
			    ch->now->uim_state != ch->before->uim_state;
	ind.has_pin1 = pins && memcmp(&ch->now->pin1, &ch->before->pin1, sizeof(ind.pin1));
	ind.has_pin2 = pins && memcmp(&ch->now->pin2, &ch->before->pin2, sizeof(ind.pin2));
	if (ind.has_operating_mode || ind.has_uim_state || ind.has_pin1 || ind.has_pin2)
		sim_indicate(m, &slqs_dms_set_event_report, c->cid, &ind);
}

/* Tells the clients that asked what changed since the last report. */
static void report_events(struct sim_modem *m, struct dms_state *s)
{
	struct dms_event_report_ind now;
	struct event_change ch = { &s->last, &now };

	events_now(m, s, &now);
	if (!memcmp(&now, &s->last, sizeof(now)))
		return;
	sim_for_each_client(m, QMI_SVC_DMS, report_client, &ch);
	s->last = now;
}

/* Set Event Report changes only the reports the request names. */
static int h_set_event_report(const struct sim_call *call)
{
	const struct dms_set_event_report_req *q = call->req;
	struct dms_set_event_report_req *er = &((struct dms_client *)call->client->state)->er;

	SIM_MERGE_OPTIONAL(er, q, power_state);
	SIM_MERGE_OPTIONAL(er, q, pin_state);
	SIM_MERGE_OPTIONAL(er, q, activation_state);
	SIM_MERGE_OPTIONAL(er, q, operating_mode);
	SIM_MERGE_OPTIONAL(er, q, uim_state);
	SIM_MERGE_OPTIONAL(er, q, wireless_disable);
	SIM_MERGE_OPTIONAL(er, q, prl_init);
	return 0;
}

static void set_mode(struct sim_modem *m, struct dms_state *s, uint8_t mode)
{
	if (s->mode == mode)
		return;
	s->mode = mode;
	report_events(m, s);
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
	struct dms_state *s = call->state;

	put_id(&r->has_esn, r->esn, sizeof(r->esn), s->esn);
	put_id(&r->has_imei, r->imei, sizeof(r->imei), s->imei);
	put_id(&r->has_meid, r->meid, sizeof(r->meid), s->meid);
	put_id(&r->has_imei_sv, r->imei_sv, sizeof(r->imei_sv), s->imei_sv);
	return 0;
}

static int h_get_band_capabilities(const struct sim_call *call)
{
	struct dms_get_band_capabilities_rsp *r = call->rsp;
	struct dms_state *s = call->state;

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
	struct dms_state *s = call->state;

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
	struct dms_state *s = call->state;

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
		/* after this response: Sync, CIDs dropped, boot */
		sim_request_reset(call->modem);
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

/* UIM Unblock PIN and UIM Change PIN: the UIM module's PIN rules, DMS's framing. */
static int pin_change(const struct sim_call *call,
		      int (*op)(struct sim_modem *m, uint8_t pin_id, const char *code,
				const char *new_pin, uint8_t *verify_left, uint8_t *unblock_left))
{
	const struct dms_uim_pin_change_req *q = call->req;
	struct dms_uim_verify_pin_rsp *r = call->rsp;
	int rc = legacy_refused(call->modem);

	if (rc)
		return rc;
	rc = op(call->modem, q->info.pin_id, q->info.code, q->info.new_pin,
		&r->retries.verify_left, &r->retries.unblock_left);
	r->has_retries = (uint8_t)sim_uim_error_has_retries(rc);
	return rc;
}

static int h_uim_unblock_pin(const struct sim_call *call)
{
	return pin_change(call, sim_uim_unblock_pin);
}

static int h_uim_change_pin(const struct sim_call *call)
{
	return pin_change(call, sim_uim_change_pin);
}

static int h_uim_get_state(const struct sim_call *call)
{
	struct dms_uim_get_state_rsp *r = call->rsp;
	int rc = legacy_refused(call->modem);

	r->state = uim_state(call->modem);
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
	struct dms_string_rsp *r = call->rsp;
	struct dms_state *s = call->state;
	int rc = sim_readable(call->modem);

	if (!rc && !s->msisdn[0])
		rc = QMI_ERR_NOT_PROVISIONED;
	if (rc)
		return rc;
	put_id(&r->has_opt10, r->opt10, sizeof(r->opt10), s->min);
	return answer_string(r, s->msisdn);
}

/* The AMSS revision, and the boot and PRI revisions when configured. */
static int h_get_revision(const struct sim_call *call)
{
	struct dms_string_rsp *r = call->rsp;
	struct dms_state *s = call->state;

	put_id(&r->has_opt10, r->opt10, sizeof(r->opt10), s->boot_revision);
	put_id(&r->has_opt11, r->opt11, sizeof(r->opt11), s->pri_revision);
	return answer_string(r, s->revision);
}

/* Seconds from the Unix epoch to the GPS epoch (1980-01-06 00:00:00 UTC). */
#define GPS_EPOCH_UNIX 315964800LL

/* The time in 1.25 ms units since the GPS epoch: configured, or the host's (no leap seconds). */
static uint64_t time_units(const struct dms_state *s)
{
	struct timespec ts;
	int64_t ms;

	if (s->time_count >= 0)
		return (uint64_t)s->time_count;
	clock_gettime(CLOCK_REALTIME, &ts);
	ms = ((int64_t)ts.tv_sec - GPS_EPOCH_UNIX) * 1000 + ts.tv_nsec / 1000000;
	return ms > 0 ? (uint64_t)ms * 4 / 5 : 0;
}

static int h_get_time(const struct sim_call *call)
{
	struct dms_get_time_rsp *r = call->rsp;
	struct dms_state *s = call->state;
	uint64_t units = time_units(s);

	r->device.count_low = (uint32_t)units;
	r->device.count_high = (uint16_t)(units >> 32);
	r->device.source = s->time_source;
	r->has_system_ms = r->has_user_ms = 1;
	r->system_ms = r->user_ms = units * 5 / 4;
	return 0;
}

/*
 * Without a PRL (a 3GPP-only modem) Get PRL Version fails; which error a
 * real MC7455 gives is unverified: NotSupported here.
 */
static int h_get_prl_version(const struct sim_call *call)
{
	struct dms_get_prl_version_rsp *r = call->rsp;
	struct dms_state *s = call->state;

	if (s->prl_version < 0)
		return QMI_ERR_NOT_SUPPORTED;
	r->version = (uint16_t)s->prl_version;
	r->has_prl_only = 1;
	r->prl_only = s->prl_only;
	return 0;
}

/* The same facts, both optional: no PRL is success without them. */
static int h_get_current_prl_info(const struct sim_call *call)
{
	struct dms_get_current_prl_info_rsp *r = call->rsp;
	struct dms_state *s = call->state;

	r->has_version = r->has_prl_only = s->prl_version >= 0;
	r->version = (uint16_t)(s->prl_version < 0 ? 0 : s->prl_version);
	r->prl_only = s->prl_only;
	return 0;
}

/* An answer that is one of the configured identity strings. */
#define DMS_CONFIGURED_STRING(message, field) \
	SIM_ANSWER_STRING(message, struct dms_state, field, struct dms_string_rsp, value)

static const struct sim_handler dms_handlers[] = {
	SIM_ANSWER_COPY(slqs_dms_get_capabilities, struct dms_state, caps,
			struct dms_get_capabilities_rsp, info),
	DMS_CONFIGURED_STRING(slqs_dms_get_manufacturer, manufacturer),
	DMS_CONFIGURED_STRING(slqs_dms_get_model, model),
	SIM_HANDLER(slqs_dms_set_event_report, h_set_event_report),
	SIM_HANDLER(slqs_dms_get_revision, h_get_revision),
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
	SIM_HANDLER(slqs_dms_uim_unblock_pin, h_uim_unblock_pin),
	SIM_HANDLER(slqs_dms_uim_change_pin, h_uim_change_pin),
	SIM_HANDLER(slqs_dms_uim_get_state, h_uim_get_state),
	SIM_HANDLER(slqs_dms_get_time, h_get_time),
	SIM_HANDLER(slqs_dms_get_prl_version, h_get_prl_version),
	SIM_HANDLER(slqs_dms_get_current_prl_info, h_get_current_prl_info),
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
	s->prl_version = -1;
	s->time_count = -1;
}

/* A list of numbers or names separated by commas or blanks ("" is empty),
 * into a uint16_t or uint8_t array (row->size is the array's); its uint16_t
 * count is at offset row->arg. */
static int parse_list(const struct sim_setting *row, void *block, const char *value,
		      char *err, size_t errlen, const struct sim_name *names, size_t item_size)
{
	char buf[1024], *save = NULL, *tok;
	uint8_t *items = (uint8_t *)block + row->off;
	size_t n = 0, cap = row->size / item_size;
	long long v;

	if (sim_parse_string(value, buf, sizeof(buf), err, errlen))
		return -1;
	for (tok = strtok_r(buf, ", \t", &save); tok; tok = strtok_r(NULL, ", \t", &save)) {
		if (n == cap) {
			snprintf(err, errlen, "at most %zu items", cap);
			return -1;
		}
		if (!names || sim_name_value(names, tok, &v)) {
			if (sim_parse_int(tok, 0, item_size == 1 ? UINT8_MAX : UINT16_MAX, &v,
					  err, errlen))
				return -1;
		}
		if (item_size == 1)
			items[n] = (uint8_t)v;
		else
			((uint16_t *)(void *)items)[n] = (uint16_t)v;
		n++;
	}
	*(uint16_t *)(void *)((char *)block + row->arg) = (uint16_t)n;
	return 0;
}

static int parse_lte_bands(const struct sim_setting *row, void *block, const char *value,
			   char *err, size_t errlen)
{
	return parse_list(row, block, value, err, errlen, NULL, sizeof(uint16_t));
}

static int parse_radios(const struct sim_setting *row, void *block, const char *value,
			char *err, size_t errlen)
{
	return parse_list(row, block, value, err, errlen, radio_names, 1);
}

#define DMS_STRING(key, field) \
	{ .name = key, .type = SIM_SET_STRING, SIM_AT(struct dms_state, field) }

static const struct sim_setting dms_settings[] = {
	DMS_STRING("manufacturer", manufacturer),
	DMS_STRING("model", model),
	DMS_STRING("revision", revision),
	DMS_STRING("hardware_revision", hardware_revision),
	DMS_STRING("esn", esn),
	DMS_STRING("imei", imei),
	DMS_STRING("meid", meid),
	DMS_STRING("imei_sv", imei_sv),
	DMS_STRING("msisdn", msisdn),
	DMS_STRING("min", min),
	DMS_STRING("boot_revision", boot_revision),
	DMS_STRING("pri_revision", pri_revision),
	{ .name = "prl_version", .type = SIM_SET_INT, SIM_AT(struct dms_state, prl_version),
	  .min = -1, .max = UINT16_MAX },
	{ .name = "prl_only", .type = SIM_SET_BOOL, SIM_AT(struct dms_state, prl_only),
	  .min = 0, .max = 1 },
	{ .name = "time_source", .type = SIM_SET_NAME, SIM_AT(struct dms_state, time_source),
	  .names = time_source_names, .numbers = SIM_NUMBERS_IN_RANGE, .min = 0,
	  .max = UINT16_MAX },
	{ .name = "time_count", .type = SIM_SET_INT, SIM_AT(struct dms_state, time_count),
	  .min = -1, .max = (1LL << 48) - 1 },
	{ .name = "operating_mode", .type = SIM_SET_NAME, SIM_AT(struct dms_state, boot_mode),
	  .names = settled_modes, .numbers = SIM_NUMBERS_NAMED },
	{ .name = "legacy_uim", .type = SIM_SET_BOOL, SIM_AT(struct dms_state, legacy_uim),
	  .min = 0, .max = 1 },
	{ .name = "band_capability", .type = SIM_SET_INT,
	  SIM_AT(struct dms_state, band_capability), .min = 0, .max = INT64_MAX },
	{ .name = "lte_bands", .type = SIM_SET_CUSTOM, SIM_AT(struct dms_state, lte_bands),
	  .parse = parse_lte_bands, .arg = offsetof(struct dms_state, n_lte_bands),
	  .hint = "band numbers separated by commas" },
	{ .name = "radio_interfaces", .type = SIM_SET_CUSTOM,
	  SIM_AT(struct dms_state, caps.radio_ifs), .parse = parse_radios,
	  .arg = offsetof(struct dms_state, caps.n_radio_ifs),
	  .hint = "cdma-1x, evdo, gsm, umts, lte, tds, 5gnr or numbers, separated by commas" },
	{ .name = "max_tx_rate", .type = SIM_SET_INT, SIM_AT(struct dms_state, caps.max_tx_rate),
	  .min = 0, .max = UINT32_MAX },
	{ .name = "max_rx_rate", .type = SIM_SET_INT, SIM_AT(struct dms_state, caps.max_rx_rate),
	  .min = 0, .max = UINT32_MAX },
	{ .name = "data_service", .type = SIM_SET_NAME,
	  SIM_AT(struct dms_state, caps.data_service), .names = data_service_names,
	  .numbers = SIM_NUMBERS_IN_RANGE, .min = 0, .max = UINT8_MAX },
	{ .name = "sim_capability", .type = SIM_SET_BOOL,
	  SIM_AT(struct dms_state, caps.sim_capability), .min = DMS_SIM_CAP_NOT_SUPPORTED,
	  .max = DMS_SIM_CAP_SUPPORTED },
	SIM_SETTINGS_END
};

/* The configured boot mode is also the mode until the first boot. */
static void dms_settings_changed(struct sim_modem *m, void *state)
{
	struct dms_state *s = state;

	(void)m;
	s->mode = s->boot_mode;
}

static const struct sim_section dms_sections[] = {
	{ .kind = NULL, .settings = dms_settings, .changed = dms_settings_changed },
	SIM_SECTIONS_END
};

/* ---- events, control, description ------------------------------------------------ */

static void dms_event(struct sim_modem *m, void *state, enum sim_event_kind ev)
{
	struct dms_state *s = state;

	/* Persistent low power survives a reset; anything else boots as configured. */
	if (ev == SIM_EV_BOOT)
		set_mode(m, s, s->mode == DMS_MODE_PERSISTENT_LOW_POWER ? s->mode : s->boot_mode);
	if (ev == SIM_EV_BOOT || ev == SIM_EV_SIM_STATE)
		report_events(m, s);
}

static void dms_describe(struct sim_modem *m, void *state, char *out, size_t outlen)
{
	const struct dms_state *s = state;

	(void)m;
	snprintf(out, outlen, "dms.mode=%s dms.legacy_uim=%s", mode_name(s->mode),
		 s->legacy_uim ? "yes" : "no");
}

static int status_answer(const struct sim_control *ctl)
{
	dms_describe(ctl->modem, ctl->state, ctl->out, ctl->outlen);
	return 0;
}

/* `dms mode MODE`: the control line may do what a host may not (leave offline directly). */
static int cmd_mode(const struct sim_control *ctl)
{
	long long v;

	if (sim_setting_number(sim_setting_find(dms_settings, "operating_mode"), ctl->argv[1],
			       &v, ctl->out, ctl->outlen))
		return -1;
	set_mode(ctl->modem, ctl->state, (uint8_t)v);
	return status_answer(ctl);
}

static int cmd_legacy_uim(const struct sim_control *ctl)
{
	if (sim_setting_apply(sim_setting_find(dms_settings, "legacy_uim"), ctl->state,
			      ctl->argv[1], ctl->out, ctl->outlen))
		return -1;
	return status_answer(ctl);
}

static const struct sim_command dms_commands[] = {
	{ "status", "", 0, 0, status_answer },
	{ "mode", "online|low-power|offline|factory-test|persistent-low-power|"
		  "mode-only-low-power", 1, 1, cmd_mode },
	{ "legacy-uim", "yes|no", 1, 1, cmd_legacy_uim },
	SIM_COMMANDS_END
};

const struct sim_service sim_dms_service = {
	.name = "dms",
	.id = QMI_SVC_DMS,
	.major = 1,
	.minor = 14,
	.default_cid_limit = 10,
	.handlers = dms_handlers,
	.state_size = sizeof(struct dms_state),
	.client_state_size = sizeof(struct dms_client),
	.init = dms_init,
	.sections = dms_sections,
	.event = dms_event,
	.commands = dms_commands,
	.describe = dms_describe,
};
