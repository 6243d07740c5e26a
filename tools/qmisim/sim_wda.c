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

static int wda_get_data_format(const struct sim_call *call)
{
	*(struct wda_data_format *)call->rsp = wda_state_of(call->modem)->cur;
	return 0;
}

static const struct sim_handler wda_handlers[] = {
	SIM_HANDLER(slqs_wda_set_data_format, wda_set_data_format),
	SIM_HANDLER(slqs_wda_get_data_format, wda_get_data_format),
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

static int parse_limit(const char *value, uint32_t *out, char *err, size_t errlen)
{
	long long v;

	if (sim_parse_int(value, 1, 1048576, &v, err, errlen))
		return -1;
	*out = (uint32_t)v;
	return 0;
}

static int link_layer_value(const char *value, uint32_t *out, char *err, size_t errlen)
{
	if (!strcasecmp(value, "802-3") || !strcasecmp(value, "802.3"))
		*out = WDA_LINK_LAYER_802_3;
	else if (!strcasecmp(value, "raw-ip") || !strcasecmp(value, "raw_ip"))
		*out = WDA_LINK_LAYER_RAW_IP;
	else {
		snprintf(err, errlen, "link_layer is 802-3 or raw-ip");
		return -1;
	}
	return 0;
}

static int wda_config(struct sim_modem *m, void *state, const char *kind, const char *sub,
		      const char *key, const char *value, char *err, size_t errlen)
{
	struct wda_state *st = state;
	int rc;

	(void)m;
	if (kind || sub) {
		snprintf(err, errlen, "[wda] has no sub-sections");
		return -1;
	}
	if (!strcasecmp(key, "link_layer"))
		rc = link_layer_value(value, &st->boot_link_layer, err, errlen);
	else if (!strcasecmp(key, "raw_ip"))
		rc = sim_parse_bool(value, &st->raw_ip, err, errlen);
	else if (!strcasecmp(key, "qmap"))
		rc = sim_parse_bool(value, &st->qmap, err, errlen);
	else if (!strcasecmp(key, "dl_max_datagrams"))
		rc = parse_limit(value, &st->dl_max_datagrams, err, errlen);
	else if (!strcasecmp(key, "dl_max_size"))
		rc = parse_limit(value, &st->dl_max_size, err, errlen);
	else if (!strcasecmp(key, "ul_max_datagrams"))
		rc = parse_limit(value, &st->ul_max_datagrams, err, errlen);
	else if (!strcasecmp(key, "ul_max_size"))
		rc = parse_limit(value, &st->ul_max_size, err, errlen);
	else {
		snprintf(err, errlen, "unknown key '%s' in [wda] (link_layer, raw_ip, qmap, "
			 "dl_max_datagrams, dl_max_size, ul_max_datagrams, ul_max_size)", key);
		rc = -1;
	}
	if (!rc)
		boot_format(st);
	return rc;
}

static void wda_event(struct sim_modem *m, void *state, enum sim_event_kind ev)
{
	(void)m;
	if (ev == SIM_EV_BOOT)
		boot_format(state);
}

static void wda_describe(struct sim_modem *m, void *state, char *out, size_t outlen)
{
	const struct wda_state *st = state;

	(void)m;
	snprintf(out, outlen, "wda.link_layer=%s wda.ul=%u wda.dl=%u",
		 link_layer_name(st->cur.link_layer), (unsigned)st->cur.ul_protocol,
		 (unsigned)st->cur.dl_protocol);
}

static int wda_control(struct sim_modem *m, void *state, int argc, char **argv, char *out,
		       size_t outlen)
{
	if (argc == 2 && !strcasecmp(argv[1], "status")) {
		char text[128];

		wda_describe(m, state, text, sizeof(text));
		snprintf(out, outlen, "ok %s", text);
		return 0;
	}
	snprintf(out, outlen, "%s: wda status",
		 argc == 2 && !strcasecmp(argv[1], "help") ? "ok usage" : "error: usage");
	return strncmp(out, "ok", 2) ? -1 : 0;
}

const struct sim_service sim_wda_service = {
	.name = "wda",
	.id = QMI_SVC_WDA,
	.major = 1,
	.minor = 16,
	.default_cid_limit = 10,
	.handlers = wda_handlers,
	.state_size = sizeof(struct wda_state),
	.init = wda_init,
	.config = wda_config,
	.event = wda_event,
	.control = wda_control,
	.describe = wda_describe,
};
