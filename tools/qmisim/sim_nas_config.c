/*
 * qmisim NAS: the [nas] settings (one table for the config file and the
 * `nas set` / `nas signal` commands) and the `nas ...` control commands.
 */
#include "tools/qmisim/sim_nas_int.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define TAG_SIGNAL 1u	/* a measurement: `nas signal` may set it */

static const struct sim_name rat_names[] = {
	{ "lte", RAT_LTE }, { "umts", RAT_UMTS }, { "gsm", RAT_GSM }, { NULL, 0 }
};

static const struct sim_name policy_names[] = {
	{ "home", POL_HOME }, { "roaming", POL_ROAMING }, { "searching", POL_SEARCHING },
	{ "denied", POL_DENIED }, { "not-registered", POL_NONE }, { "none", POL_NONE },
	{ NULL, 0 }
};

static const struct sim_name encoding_names[] = {
	{ "ascii", NAS_NAME_ENC_ASCII7 }, { "gsm7", NAS_NAME_ENC_GSM },
	{ "ucs2", NAS_NAME_ENC_UCS2 }, { NULL, 0 }
};

static const struct sim_name roam_names[] = {
	{ "off", 1 }, { "not-off", 2 }, { "not-flashing", 3 }, { "any", 0xFF }, { NULL, 0 }
};

static const struct sim_name net_select_names[] = {
	{ "automatic", 0 }, { "auto", 0 }, { "manual", 1 }, { NULL, 0 }
};

static const struct sim_name domain_names[] = {
	{ "cs", 0 }, { "ps", 1 }, { "cs-ps", 2 }, { NULL, 0 }
};

static const struct sim_name acq_order_names[] = {
	{ "automatic", 0 }, { "gsm-first", 1 }, { "wcdma-first", 2 }, { NULL, 0 }
};

static int *int_field(const struct sim_setting *row, void *block)
{
	return (int *)(void *)((char *)block + row->off);
}

/* "-6.5", "12", "12.4" -> tenths; at most one decimal. */
static int read_tenths(const char *s, long *out)
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
static int read_digits(const char *s, int n_min, int n_max, long *out)
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

/* A number with one decimal, kept in tenths, within [min, max], a multiple of arg. */
static int parse_tenths(const struct sim_setting *row, void *block, const char *value,
			char *err, size_t errlen)
{
	long v;

	if (read_tenths(value, &v) || v < row->min || v > row->max || v % row->arg) {
		snprintf(err, errlen, "'%s' is not a number from %.1f to %.1f%s", value,
			 row->min / 10.0, row->max / 10.0, row->arg == 5 ? " in 0.5 steps" : "");
		return -1;
	}
	*int_field(row, block) = (int)v;
	return 0;
}

/* A 3GPP band number the RAT `arg` knows. */
static int parse_band(const struct sim_setting *row, void *block, const char *value,
		      char *err, size_t errlen)
{
	long v;

	if (read_digits(value, 1, 4, &v) < 0 || !nas_band_find(row->arg, v)) {
		snprintf(err, errlen, "no %s band '%s'", nas_rats[row->arg].name, value);
		return -1;
	}
	*int_field(row, block) = (int)v;
	return 0;
}

/* An LTE channel bandwidth in MHz, kept in tenths. */
static int parse_bandwidth(const struct sim_setting *row, void *block, const char *value,
			   char *err, size_t errlen)
{
	long v;

	for (size_t i = 0; i < NAS_BANDWIDTHS; i++) {
		if (!read_tenths(value, &v) && v == nas_lte_bandwidths[i]) {
			*int_field(row, block) = (int)v;
			return 0;
		}
	}
	snprintf(err, errlen, "'%s' is not 1.4, 3, 5, 10, 15 or 20 (MHz)", value);
	return -1;
}

/* The MCC of the struct net at row->off: 3 digits. */
static int parse_mcc(const struct sim_setting *row, void *block, const char *value,
		     char *err, size_t errlen)
{
	struct net *net = (struct net *)(void *)((char *)block + row->off);
	long v;

	if (read_digits(value, 3, 3, &v) < 0) {
		snprintf(err, errlen, "'%s' is not 3 digits", value);
		return -1;
	}
	net->mcc = (uint16_t)v;
	net->set |= NET_PLMN_SET;
	return 0;
}

/* The MNC of the struct net at row->off: 2 or 3 digits (which counts). */
static int parse_mnc(const struct sim_setting *row, void *block, const char *value,
		     char *err, size_t errlen)
{
	struct net *net = (struct net *)(void *)((char *)block + row->off);
	long v;
	int n = read_digits(value, 2, 3, &v);

	if (n < 0) {
		snprintf(err, errlen, "'%s' is not 2 or 3 digits", value);
		return -1;
	}
	net->mnc = (uint16_t)v;
	net->mnc3 = n == 3;
	net->set |= NET_PLMN_SET;
	return 0;
}

/* The manual network's MCC / MNC: given, no longer the serving one. */
static int parse_manual_mcc(const struct sim_setting *row, void *block, const char *value,
			    char *err, size_t errlen)
{
	int rc = parse_mcc(row, block, value, err, errlen);

	((struct env *)block)->pref.manual_set |= rc == 0;
	return rc;
}

static int parse_manual_mnc(const struct sim_setting *row, void *block, const char *value,
			    char *err, size_t errlen)
{
	int rc = parse_mnc(row, block, value, err, errlen);

	((struct env *)block)->pref.manual_set |= rc == 0;
	return rc;
}

/* The operator name of the struct net at row->off. */
static int parse_operator(const struct sim_setting *row, void *block, const char *value,
			  char *err, size_t errlen)
{
	struct net *net = (struct net *)(void *)((char *)block + row->off);

	if (sim_parse_string(value, net->name, sizeof(net->name), err, errlen))
		return -1;
	net->set |= NET_NAME_SET;
	return 0;
}

#define ENV_AT(field) SIM_AT(struct env, field)
#define ENV_INT(key, field, lo, hi) \
	{ .name = key, .type = SIM_SET_INT, ENV_AT(field), .min = lo, .max = hi }
#define ENV_SIGNAL(key, field, lo, hi) \
	{ .name = key, .type = SIM_SET_INT, ENV_AT(field), .min = lo, .max = hi, \
	  .tags = TAG_SIGNAL }
#define ENV_TENTHS(key, field, lo, hi, step, what) \
	{ .name = key, .type = SIM_SET_CUSTOM, ENV_AT(field), .min = lo, .max = hi, \
	  .arg = step, .parse = parse_tenths, .tags = TAG_SIGNAL, .hint = what }
#define ENV_NET(key, field, parser, what) \
	{ .name = key, .type = SIM_SET_CUSTOM, ENV_AT(field), .parse = parser, .hint = what }
#define ENV_BAND(key, rat) \
	{ .name = key, .type = SIM_SET_CUSTOM, ENV_AT(band[rat]), .arg = rat, \
	  .parse = parse_band, .hint = "a 3GPP band number" }

static const struct sim_setting nas_settings[] = {
	ENV_NET("mcc", serving, parse_mcc, "3 digits"),
	ENV_NET("mnc", serving, parse_mnc, "2 or 3 digits"),
	ENV_NET("operator", serving, parse_operator, "a name"),
	ENV_NET("home_mcc", home, parse_mcc, "3 digits"),
	ENV_NET("home_mnc", home, parse_mnc, "2 or 3 digits"),
	ENV_NET("home_operator", home, parse_operator, "a name"),
	{ .name = "operator_encoding", .type = SIM_SET_NAME, ENV_AT(serving.encoding),
	  .names = encoding_names },
	{ .name = "home_operator_encoding", .type = SIM_SET_NAME, ENV_AT(home.encoding),
	  .names = encoding_names },
	{ .name = "serving_name", .type = SIM_SET_BOOL, ENV_AT(serving_name), .min = 0, .max = 1 },
	{ .name = "rat", .type = SIM_SET_NAME, ENV_AT(rat), .names = rat_names },
	{ .name = "registration", .type = SIM_SET_NAME, ENV_AT(policy), .names = policy_names },
	{ .name = "roaming", .type = SIM_SET_BOOL, ENV_AT(roaming), .min = 0, .max = 1 },
	ENV_INT("reject_cause", reject_cause, 0, 255),
	ENV_SIGNAL("lte_rssi", lte_rssi, -127, 0),
	ENV_SIGNAL("lte_rsrq", lte_rsrq, -40, 0),
	ENV_SIGNAL("lte_rsrp", lte_rsrp, -160, -30),
	ENV_TENTHS("lte_snr", lte_snr, -300, 500, 1, "-30.0 to 50.0"),
	ENV_SIGNAL("umts_rssi", umts_rssi, -127, 0),
	ENV_TENTHS("umts_ecio", umts_ecio, -315, 0, 5, "-31.5 to 0 in 0.5 steps"),
	ENV_SIGNAL("umts_rscp", umts_rscp, -140, 0),
	ENV_SIGNAL("gsm_rssi", gsm_rssi, -127, 0),
	ENV_INT("lac", lac, 0, 0xFFFF),
	ENV_INT("tac", tac, 0, 0xFFFF),
	ENV_INT("cell_id", cell_id, 0, 0xFFFFFFF),
	ENV_INT("pci", pci, 0, 503),
	ENV_INT("umts_psc", umts_psc, 0, 511),
	ENV_INT("gsm_bsic", gsm_bsic, 0, 63),
	ENV_BAND("lte_band", RAT_LTE),
	ENV_BAND("umts_band", RAT_UMTS),
	ENV_BAND("gsm_band", RAT_GSM),
	ENV_INT("lte_earfcn", channel[RAT_LTE], 0, 65535),
	ENV_INT("umts_uarfcn", channel[RAT_UMTS], 0, 16383),
	ENV_INT("gsm_arfcn", channel[RAT_GSM], 0, 1023),
	{ .name = "lte_bandwidth", .type = SIM_SET_CUSTOM, ENV_AT(lte_bandwidth),
	  .parse = parse_bandwidth, .hint = "1.4, 3, 5, 10, 15 or 20 (MHz)" },
	/* the system selection preferences */
	ENV_INT("mode_pref", pref.mode, 1, NAS_MODE_PREF_ALL),
	ENV_INT("band_pref", pref.band, 0, INT64_MAX),
	ENV_INT("lte_band_pref", pref.lte_band, 0, INT64_MAX),
	{ .name = "roam_pref", .type = SIM_SET_NAME, ENV_AT(pref.roam), .names = roam_names,
	  .numbers = SIM_NUMBERS_NAMED },
	{ .name = "net_select", .type = SIM_SET_NAME, ENV_AT(pref.net_select),
	  .names = net_select_names },
	ENV_NET("manual_mcc", pref.manual_plmn, parse_manual_mcc, "3 digits"),
	ENV_NET("manual_mnc", pref.manual_plmn, parse_manual_mnc, "2 or 3 digits"),
	{ .name = "srv_domain_pref", .type = SIM_SET_NAME, ENV_AT(pref.srv_domain),
	  .names = domain_names },
	{ .name = "gw_acq_order", .type = SIM_SET_NAME, ENV_AT(pref.gw_acq_order),
	  .names = acq_order_names },
	/* the network's time */
	ENV_INT("time_zone", time_zone, -96, 96),
	ENV_INT("dst", dst, 0, 2),
	{ .name = "nitz", .type = SIM_SET_BOOL, ENV_AT(nitz), .min = 0, .max = 1 },
	SIM_SETTINGS_END
};

#define SCAN_AT(field) SIM_AT(struct scan_net, field)

/* [nas.network N]: a network Network Scan finds (besides the serving one). */
static const struct sim_setting scan_settings[] = {
	{ .name = "mcc", .type = SIM_SET_CUSTOM, SCAN_AT(net), .parse = parse_mcc,
	  .hint = "3 digits" },
	{ .name = "mnc", .type = SIM_SET_CUSTOM, SCAN_AT(net), .parse = parse_mnc,
	  .hint = "2 or 3 digits" },
	{ .name = "name", .type = SIM_SET_CUSTOM, SCAN_AT(net), .parse = parse_operator,
	  .hint = "a name" },
	{ .name = "rat", .type = SIM_SET_NAME, SCAN_AT(rat), .names = rat_names },
	{ .name = "forbidden", .type = SIM_SET_BOOL, SCAN_AT(forbidden), .min = 0, .max = 1 },
	{ .name = "preferred", .type = SIM_SET_BOOL, SCAN_AT(preferred), .min = 0, .max = 1 },
	SIM_SETTINGS_END
};

/* [nas] is the radio environment; it takes no argument. */
static void *env_block(struct sim_modem *m, void *state, const char *arg, char *err,
		       size_t errlen)
{
	(void)m;
	if (arg[0]) {
		snprintf(err, errlen, "[nas] takes no argument");
		return NULL;
	}
	return &((struct nas_state *)state)->env;
}

/* [nas.network N], N from 1: the entry, in use from now on. */
static void *scan_block(struct sim_modem *m, void *state, const char *arg, char *err,
			size_t errlen)
{
	struct env *e = &((struct nas_state *)state)->env;
	long n;

	(void)m;
	if (read_digits(arg, 1, 2, &n) < 0 || n < 1 || n > NAS_SCAN_MAX) {
		snprintf(err, errlen, "[nas.network N]: N is 1 to %d", NAS_SCAN_MAX);
		return NULL;
	}
	e->scan[n - 1].used = 1;
	return &e->scan[n - 1];
}

const struct sim_section nas_sections[] = {
	{ .kind = NULL, .settings = nas_settings, .locate = env_block },
	{ .kind = "network", .settings = scan_settings, .locate = scan_block, .arg_hint = "1-8" },
	SIM_SECTIONS_END
};

/* ---- control ---------------------------------------------------------------- */

/* The new environment is in force: clients see it, then the status line. */
static int apply_env(const struct sim_control *ctl, const struct env *e)
{
	struct nas_state *st = ctl->state;

	st->env = *e;
	nas_refresh(ctl->modem, st);
	nas_describe_state(ctl->modem, st, 1, ctl->out, ctl->outlen);
	return 0;
}

/* The row KEY names; `nas signal rssi=-70` means the current RAT's RSSI. */
static const struct sim_setting *word_setting(const struct env *e, const char *key,
					      unsigned tags)
{
	const struct sim_setting *row = sim_setting_find(nas_settings, key);
	char full[32];

	if (!row && tags) {
		snprintf(full, sizeof(full), "%s_%s", nas_rats[e->rat].name, key);
		row = sim_setting_find(nas_settings, full);
	}
	return row && (row->tags & tags) == tags ? row : NULL;
}

/* Applies KEY=VALUE words (argv[1...]) to a copy of the environment: all or nothing. */
static int apply_words(const struct sim_control *ctl, unsigned tags)
{
	struct env e = ((struct nas_state *)ctl->state)->env;

	for (int i = 1; i < ctl->argc; i++) {
		char *eq = strchr(ctl->argv[i], '=');
		const struct sim_setting *row;

		if (!eq || eq == ctl->argv[i]) {
			snprintf(ctl->out, ctl->outlen, "'%s' is not KEY=VALUE", ctl->argv[i]);
			return -1;
		}
		*eq = '\0';
		row = word_setting(&e, ctl->argv[i], tags);
		if (!row) {
			snprintf(ctl->out, ctl->outlen, "unknown %s '%s'",
				 tags ? "measurement" : "key", ctl->argv[i]);
			return -1;
		}
		if (sim_setting_apply(row, &e, eq + 1, ctl->out, ctl->outlen))
			return -1;
	}
	return apply_env(ctl, &e);
}

static int cmd_status(const struct sim_control *ctl)
{
	nas_describe_state(ctl->modem, ctl->state, 1, ctl->out, ctl->outlen);
	return 0;
}

static int cmd_signal(const struct sim_control *ctl)
{
	return apply_words(ctl, TAG_SIGNAL);
}

static int cmd_set(const struct sim_control *ctl)
{
	return apply_words(ctl, 0);
}

/* nas register home|roaming|searching|denied [CAUSE]|none */
static int cmd_register(const struct sim_control *ctl)
{
	struct env e = ((struct nas_state *)ctl->state)->env;

	if (sim_setting_apply(sim_setting_find(nas_settings, "registration"), &e, ctl->argv[1],
			      ctl->out, ctl->outlen))
		return -1;
	e.roaming = e.policy == POL_ROAMING;
	if (ctl->argc == 3 && e.policy != POL_DENIED) {
		snprintf(ctl->out, ctl->outlen, "register: only 'denied' takes a cause");
		return -1;
	}
	if (ctl->argc == 3 && sim_setting_apply(sim_setting_find(nas_settings, "reject_cause"),
						&e, ctl->argv[2], ctl->out, ctl->outlen))
		return -1;
	return apply_env(ctl, &e);
}

static int cmd_rat(const struct sim_control *ctl)
{
	struct env e = ((struct nas_state *)ctl->state)->env;

	if (sim_setting_apply(sim_setting_find(nas_settings, "rat"), &e, ctl->argv[1], ctl->out,
			      ctl->outlen))
		return -1;
	return apply_env(ctl, &e);
}

const struct sim_command nas_commands[] = {
	{ "status", "", 0, 0, cmd_status },
	{ "signal", "KEY=VALUE... (rssi rsrq rsrp snr ecio rscp)", 1, 16, cmd_signal },
	{ "register", "home|roaming|searching|denied [CAUSE]|none", 1, 2, cmd_register },
	{ "rat", "lte|umts|gsm", 1, 1, cmd_rat },
	{ "set", "KEY=VALUE... (any [nas] setting)", 1, 31, cmd_set },
	SIM_COMMANDS_END
};
