/*
 * qmisim WDA service module. A modem that lacks raw-IP or QMAP (config)
 * answers a request for them with what it does use, as real ones do: the
 * host must read the answer, not assume its request was granted.
 */
#include "tools/qmisim/sim_wda.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "pkgs/wda/wda_msg.h"

struct wda_state {
	/* config */
	uint32_t boot_link_layer;
	int raw_ip;			/* raw-IP supported */
	int qmap;			/* QMAP aggregation supported */
	uint32_t dl_max_datagrams, dl_max_size, ul_max_datagrams, ul_max_size;
	/* runtime */
	struct wda_data_format cur;
	/* what the host asked: the last Set Data Format request, and how many came */
	struct wda_set_data_format_req asked;
	unsigned sets;
};

static struct wda_state *wda_state_of(struct sim_modem *m)
{
	return sim_state(m, QMI_SVC_WDA);
}

uint32_t sim_wda_link_layer(struct sim_modem *m)
{
	struct wda_state *st = wda_state_of(m);

	return st ? st->cur.link_layer : WDA_LINK_LAYER_802_3;
}

static uint32_t at_most(uint32_t want, uint32_t max)
{
	return want < max ? want : max;
}

/* The TLVs that describe the format in use; limits only with aggregation. */
static void format_flags(struct wda_data_format *f)
{
	f->has_qos_format = f->has_link_layer = 1;
	f->has_ul_protocol = f->has_dl_protocol = 1;
	f->has_dl_max_datagrams = f->has_dl_max_size = f->dl_protocol != WDA_AGGREGATION_DISABLED;
	f->has_ul_max_datagrams = f->has_ul_max_size = f->ul_protocol != WDA_AGGREGATION_DISABLED;
}

static void boot_format(struct wda_state *st)
{
	memset(&st->cur, 0, sizeof(st->cur));
	st->cur.link_layer = st->raw_ip ? st->boot_link_layer : WDA_LINK_LAYER_802_3;
	st->cur.dl_max_datagrams = st->dl_max_datagrams;
	st->cur.dl_max_size = st->dl_max_size;
	st->cur.ul_max_datagrams = st->ul_max_datagrams;
	st->cur.ul_max_size = st->ul_max_size;
	format_flags(&st->cur);
}

static uint32_t granted_protocol(const struct wda_state *st, uint32_t want)
{
	return st->qmap && want == WDA_AGGREGATION_QMAP ? want : WDA_AGGREGATION_DISABLED;
}

static int wda_set_data_format(const struct sim_call *call)
{
	const struct wda_set_data_format_req *req = call->req;
	struct wda_state *st = wda_state_of(call->modem);
	struct wda_data_format *f = &st->cur;

	st->asked = *req;	/* kept even when refused: the test wants the host's words */
	st->sets++;
	if ((req->has_link_layer && req->link_layer != WDA_LINK_LAYER_802_3 &&
	     req->link_layer != WDA_LINK_LAYER_RAW_IP) ||
	    (req->has_qos_format && req->qos_format > 1))
		return QMI_ERR_INVALID_ARGUMENT;
	if (req->has_link_layer)
		f->link_layer = st->raw_ip ? req->link_layer : WDA_LINK_LAYER_802_3;
	if (req->has_qos_format)
		f->qos_format = req->qos_format;
	if (req->has_ul_protocol)
		f->ul_protocol = granted_protocol(st, req->ul_protocol);
	if (req->has_dl_protocol)
		f->dl_protocol = granted_protocol(st, req->dl_protocol);
	if (req->has_dl_max_datagrams)
		f->dl_max_datagrams = at_most(req->dl_max_datagrams, st->dl_max_datagrams);
	if (req->has_dl_max_size)
		f->dl_max_size = at_most(req->dl_max_size, st->dl_max_size);
	if (req->has_ul_max_datagrams)
		f->ul_max_datagrams = at_most(req->ul_max_datagrams, st->ul_max_datagrams);
	if (req->has_ul_max_size)
		f->ul_max_size = at_most(req->ul_max_size, st->ul_max_size);
	format_flags(f);
	*(struct wda_data_format *)call->rsp = *f;
	return 0;
}

static const struct sim_handler wda_handlers[] = {
	SIM_HANDLER(slqs_wda_set_data_format, wda_set_data_format),
	/* the format in use, as the last Set Data Format (or the boot) left it */
	SIM_ANSWER_WHOLE(slqs_wda_get_data_format, struct wda_state, cur,
			 struct wda_data_format),
	SIM_HANDLERS_END
};

/* ---- lifecycle, config, control ---------------------------------------------- */

static void wda_init(struct sim_modem *m, void *state)
{
	struct wda_state *st = state;

	(void)m;
	st->boot_link_layer = WDA_LINK_LAYER_802_3;	/* a freshly booted modem */
	st->raw_ip = 1;
	st->qmap = 1;
	st->dl_max_datagrams = 32;
	st->dl_max_size = 32768;
	st->ul_max_datagrams = 16;
	st->ul_max_size = 8192;
	boot_format(st);
}

static const char *link_layer_name(uint32_t v)
{
	return v == WDA_LINK_LAYER_RAW_IP ? "raw-ip" : "802-3";
}

static const struct sim_name link_layer_names[] = {
	{ "802-3", WDA_LINK_LAYER_802_3 }, { "802.3", WDA_LINK_LAYER_802_3 },
	{ "raw-ip", WDA_LINK_LAYER_RAW_IP }, { "raw_ip", WDA_LINK_LAYER_RAW_IP },
	{ NULL, 0 }
};

#define WDA_LIMIT(key, field) \
	{ .name = key, .type = SIM_SET_INT, SIM_AT(struct wda_state, field), .min = 1, \
	  .max = 1048576 }

static const struct sim_setting wda_settings[] = {
	{ .name = "link_layer", .type = SIM_SET_NAME, SIM_AT(struct wda_state, boot_link_layer),
	  .names = link_layer_names },
	{ .name = "raw_ip", .type = SIM_SET_BOOL, SIM_AT(struct wda_state, raw_ip), .min = 0,
	  .max = 1 },
	{ .name = "qmap", .type = SIM_SET_BOOL, SIM_AT(struct wda_state, qmap), .min = 0,
	  .max = 1 },
	WDA_LIMIT("dl_max_datagrams", dl_max_datagrams),
	WDA_LIMIT("dl_max_size", dl_max_size),
	WDA_LIMIT("ul_max_datagrams", ul_max_datagrams),
	WDA_LIMIT("ul_max_size", ul_max_size),
	SIM_SETTINGS_END
};

/* The format a boot gives follows the settings. */
static void wda_settings_changed(struct sim_modem *m, void *state)
{
	(void)m;
	boot_format(state);
}

static const struct sim_section wda_sections[] = {
	{ .kind = NULL, .settings = wda_settings, .changed = wda_settings_changed },
	SIM_SECTIONS_END
};

static void wda_event(struct sim_modem *m, void *state, enum sim_event_kind ev)
{
	(void)m;
	if (ev == SIM_EV_BOOT)
		boot_format(state);
}

/* Appends ",key:value" (no comma after the '=') for a TLV the request had. */
static void put_asked(char *out, size_t outlen, int has, const char *key, const char *value)
{
	size_t n = strlen(out);

	if (has && n > 0 && n < outlen)
		snprintf(out + n, outlen - n, "%s%s:%s", out[n - 1] == '=' ? "" : ",", key, value);
}

static void put_asked_num(char *out, size_t outlen, int has, const char *key, unsigned long v)
{
	char num[24];

	snprintf(num, sizeof num, "%lu", v);
	put_asked(out, outlen, has, key, num);
}

/* " wda.sets=N wda.asked=link_layer:raw-ip,ul:0,dl:0" (only the TLVs sent), or none. */
static void describe_asked(const struct wda_state *st, char *out, size_t outlen)
{
	const struct wda_set_data_format_req *a = &st->asked;
	size_t n = strlen(out);

	snprintf(out + n, outlen - n, " wda.sets=%u wda.asked=%s", st->sets,
		 st->sets ? "" : "none");
	if (!st->sets)
		return;
	put_asked_num(out, outlen, a->has_qos_format, "qos", a->qos_format);
	put_asked(out, outlen, a->has_link_layer, "link_layer",
		  a->link_layer == WDA_LINK_LAYER_RAW_IP ? "raw-ip"
		  : a->link_layer == WDA_LINK_LAYER_802_3 ? "802-3" : "other");
	put_asked_num(out, outlen, a->has_ul_protocol, "ul", a->ul_protocol);
	put_asked_num(out, outlen, a->has_dl_protocol, "dl", a->dl_protocol);
	put_asked_num(out, outlen, a->has_ndp_signature, "ndp", a->ndp_signature);
	put_asked_num(out, outlen, a->has_dl_max_datagrams, "dl_max_datagrams",
		      a->dl_max_datagrams);
	put_asked_num(out, outlen, a->has_dl_max_size, "dl_max_size", a->dl_max_size);
	put_asked_num(out, outlen, a->has_endpoint, "ep_iface", a->endpoint.iface);
	put_asked_num(out, outlen, a->has_ul_max_datagrams, "ul_max_datagrams",
		      a->ul_max_datagrams);
	put_asked_num(out, outlen, a->has_ul_max_size, "ul_max_size", a->ul_max_size);
	n = strlen(out);
	if (n > 0 && out[n - 1] == '=')
		snprintf(out + n, outlen - n, "nothing");
}

static void wda_describe(struct sim_modem *m, void *state, char *out, size_t outlen)
{
	const struct wda_state *st = state;

	(void)m;
	snprintf(out, outlen, "wda.link_layer=%s wda.ul=%u wda.dl=%u",
		 link_layer_name(st->cur.link_layer), (unsigned)st->cur.ul_protocol,
		 (unsigned)st->cur.dl_protocol);
	describe_asked(st, out, outlen);
}

static int cmd_status(const struct sim_control *ctl)
{
	wda_describe(ctl->modem, ctl->state, ctl->out, ctl->outlen);
	return 0;
}

static const struct sim_command wda_commands[] = {
	{ "status", "", 0, 0, cmd_status },
	SIM_COMMANDS_END
};

const struct sim_service sim_wda_service = {
	.name = "wda",
	.id = QMI_SVC_WDA,
	.major = 1,
	.minor = 16,
	.default_cid_limit = 10,
	.handlers = wda_handlers,
	.state_size = sizeof(struct wda_state),
	.init = wda_init,
	.sections = wda_sections,
	.event = wda_event,
	.commands = wda_commands,
	.describe = wda_describe,
};
