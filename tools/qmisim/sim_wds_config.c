/*
 * qmisim WDS config: [wds], [wds.apn NAME] and [wds.profile N] sections,
 * the built-in network, and the call-end reasons by name.
 */
#include "tools/qmisim/sim_wds_int.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- call-end reasons --------------------------------------------------- */

struct reason_name {
	const char *name;
	struct wds_reason r;
};

/* Legacy codes are QmiWdsCallEndReason, verbose ones 3GPP TS 24.008/24.301 causes
 * or the call manager's / modem's own. */
static const struct reason_name reasons[WDS_R_COUNT] = {
	[WDS_R_NO_SERVICE] = { "no-service", { 3, WDS_VCER_TYPE_CM, 2001 } },
	[WDS_R_FADE] = { "fade", { 4, WDS_VCER_TYPE_CM, 2002 } },
	[WDS_R_CLIENT_END] = { "client-end", { 2, WDS_VCER_TYPE_CM, 2000 } },
	[WDS_R_REGULAR_DEACTIVATION] = { "regular-deactivation", { 1008, WDS_VCER_TYPE_3GPP, 36 } },
	[WDS_R_NETWORK_FAILURE] = { "network-failure", { 1009, WDS_VCER_TYPE_3GPP, 38 } },
	[WDS_R_OPERATOR_BARRING] = { "operator-barring", { 1012, WDS_VCER_TYPE_3GPP, 8 } },
	[WDS_R_INSUFFICIENT] = { "insufficient-resources", { 1005, WDS_VCER_TYPE_3GPP, 26 } },
	[WDS_R_UNKNOWN_APN] = { "unknown-apn", { 1013, WDS_VCER_TYPE_3GPP, 27 } },
	[WDS_R_UNKNOWN_PDP] = { "unknown-pdp", { 1014, WDS_VCER_TYPE_3GPP, 28 } },
	[WDS_R_AUTH_FAILED] = { "auth-failed", { 10, WDS_VCER_TYPE_3GPP, 29 } },
	[WDS_R_GGSN_REJECT] = { "ggsn-reject", { 1015, WDS_VCER_TYPE_3GPP, 30 } },
	[WDS_R_ACTIVATION_REJECT] = { "activation-reject", { 1016, WDS_VCER_TYPE_3GPP, 31 } },
	[WDS_R_OPTION_NOT_SUPPORTED] = { "option-not-supported", { 1017, WDS_VCER_TYPE_3GPP, 32 } },
	[WDS_R_OPTION_UNSUBSCRIBED] = { "option-unsubscribed", { 1018, WDS_VCER_TYPE_3GPP, 33 } },
	[WDS_R_OPTION_OUT_OF_ORDER] = { "option-out-of-order", { 1006, WDS_VCER_TYPE_3GPP, 34 } },
	[WDS_R_IPV4_ONLY] = { "ipv4-only", { 1014, WDS_VCER_TYPE_3GPP, 50 } },
	[WDS_R_IPV6_ONLY] = { "ipv6-only", { 1014, WDS_VCER_TYPE_3GPP, 51 } },
	[WDS_R_NETWORK_END] = { "network-end", { 1003, WDS_VCER_TYPE_INTERNAL, 206 } },
	[WDS_R_MODEM_RESTART] = { "modem-restart", { 11, WDS_VCER_TYPE_INTERNAL, 212 } },
	[WDS_R_LOW_POWER] = { "low-power", { 11, WDS_VCER_TYPE_INTERNAL, 219 } },
	[WDS_R_MAX_CONNECTIONS] = { "max-connections", { 11, WDS_VCER_TYPE_INTERNAL, 228 } },
	[WDS_R_APN_MISMATCH] = { "apn-mismatch", { 1, WDS_VCER_TYPE_INTERNAL, 230 } },
	[WDS_R_IP_MISMATCH] = { "ip-version-mismatch", { 1, WDS_VCER_TYPE_INTERNAL, 231 } },
	[WDS_R_INVALID_PROFILE] = { "invalid-profile", { 1, WDS_VCER_TYPE_INTERNAL, 235 } },
};

const struct wds_reason *wds_reason(enum wds_reason_id id)
{
	return &reasons[id].r;
}

static const struct {
	const char *name;
	uint16_t type;
} reason_types[] = {
	{ "3gpp", WDS_VCER_TYPE_3GPP },
	{ "cm", WDS_VCER_TYPE_CM },
	{ "internal", WDS_VCER_TYPE_INTERNAL },
};

int wds_reason_parse(const char *name, struct wds_reason *r)
{
	const char *colon = strchr(name, ':');
	char *end;
	long code;

	for (size_t i = 0; i < WDS_R_COUNT; i++) {
		if (!strcasecmp(name, reasons[i].name)) {
			*r = reasons[i].r;
			return 0;
		}
	}
	/* "TYPE:CODE": a verbose reason the table does not name. */
	if (!colon)
		return -1;
	code = strtol(colon + 1, &end, 10);
	if (end == colon + 1 || *end || code < INT16_MIN || code > INT16_MAX)
		return -1;
	for (size_t i = 0; i < sizeof(reason_types) / sizeof(reason_types[0]); i++) {
		if (strlen(reason_types[i].name) == (size_t)(colon - name) &&
		    !strncasecmp(name, reason_types[i].name, (size_t)(colon - name))) {
			r->legacy = 1;	/* generic unspecified */
			r->type = reason_types[i].type;
			r->code = (int16_t)code;
			return 0;
		}
	}
	return -1;
}

const char *wds_reason_name(const struct wds_reason *r)
{
	for (size_t i = 0; i < WDS_R_COUNT; i++)
		if (reasons[i].r.type == r->type && reasons[i].r.code == r->code)
			return reasons[i].name;
	return "other";
}

void wds_reason_list(char *out, size_t outlen)
{
	size_t used = strlen(out);

	for (size_t i = 0; i < WDS_R_COUNT && used < outlen; i++) {
		int n = snprintf(out + used, outlen - used, "%s%s", i ? " " : "",
				 reasons[i].name);
		if (n < 0)
			break;
		used += (size_t)n;
	}
}

/* ---- defaults ----------------------------------------------------------- */

/* Documentation addresses (RFC 5737 / RFC 3849); APN number n gets its own. */
static void apn_defaults(struct wds_apn *a, const char *name, unsigned n)
{
	memset(a, 0, sizeof(*a));
	sim_copy_string(a->name, sizeof(a->name), name);
	a->families = WDS_SIM_V4 | WDS_SIM_V6;
	a->ipv4 = 0xC0000202u + 16u * n;		/* 192.0.2.2 */
	a->ipv4_prefix = 24;
	a->gateway = 0xC0000201u;			/* 192.0.2.1 */
	a->dns1 = 0xC0000235u;				/* 192.0.2.53 */
	a->dns2 = 0xC6336435u;				/* 198.51.100.53 */
	inet_pton(AF_INET6, "2001:db8:1::2", a->ipv6);
	inet_pton(AF_INET6, "2001:db8:1::1", a->ipv6_gateway);
	a->ipv6[5] = a->ipv6_gateway[5] = (uint8_t)(1 + n);	/* 2001:db8:N:: */
	a->ipv6_prefix = 64;
	inet_pton(AF_INET6, "2001:db8::53", a->ipv6_dns1);
}

/* Profile 1 is completed from the first APN by wds_profiles_finish(). */
void wds_config_defaults(struct wds_state *st)
{
	apn_defaults(&st->apns[0], "internet", 0);
	st->n_apns = 1;
	st->first_apn = -1;
	st->profiles[0].used = 1;
	st->default_profile = 1;
	st->autoconnect = WDS_AUTOCONNECT_DISABLED;
	st->autoconnect_roaming = WDS_AUTOCONNECT_ROAMING_ALLOWED;
	st->mtu = 1500;
	st->unknown_apn = *wds_reason(WDS_R_OPTION_UNSUBSCRIBED);
	st->tx_rate = 2000;
	st->rx_rate = 12000;
}

static uint8_t pdp_of_families(uint8_t families)
{
	if (families == WDS_SIM_V4)
		return WDS_PDP_IPV4;
	return families == WDS_SIM_V6 ? WDS_PDP_IPV6 : WDS_PDP_IPV4V6;
}

void wds_profiles_finish(struct wds_state *st)
{
	if (st->profiles_finished)
		return;
	st->profiles_finished = 1;
	for (unsigned i = 0; i < WDS_SIM_MAX_PROFILES; i++) {
		struct wds_profile *p = &st->profiles[i].p;
		const struct wds_apn *a = NULL;

		if (!st->profiles[i].used)
			continue;
		if (!p->has_apn && i == 0) {
			p->has_apn = 1;
			sim_copy_string(p->apn, sizeof(p->apn), wds_apn_default(st)->name);
		}
		if (p->has_apn)
			a = wds_apn_find(st, p->apn);
		if (!p->has_name) {
			p->has_name = 1;
			/* a long APN makes a cut name */
			snprintf(p->name, sizeof(p->name), "%.*s", (int)sizeof(p->name) - 1,
				 p->apn[0] ? p->apn : "profile");
		}
		if (!p->has_pdp_type) {
			p->has_pdp_type = 1;
			p->pdp_type = a ? pdp_of_families(a->families) : WDS_PDP_IPV4V6;
		}
		p->has_apn = p->has_username = p->has_password = p->has_auth = 1;
		p->has_context_number = p->has_apn_disabled = p->has_roaming_disallowed = 1;
		if (!p->context_number)
			p->context_number = (uint8_t)(i + 1);
	}
}

/* ---- value parsers ------------------------------------------------------ */

static const struct sim_name auth_names[] = {
	{ "none", WDS_AUTH_NONE }, { "pap", WDS_AUTH_PAP }, { "chap", WDS_AUTH_CHAP },
	{ "both", WDS_AUTH_PAP | WDS_AUTH_CHAP }, { NULL, 0 }
};

static const struct sim_name family_names[] = {
	{ "4", WDS_SIM_V4 }, { "ipv4", WDS_SIM_V4 }, { "6", WDS_SIM_V6 }, { "ipv6", WDS_SIM_V6 },
	{ "4v6", WDS_SIM_V4 | WDS_SIM_V6 }, { "ipv4v6", WDS_SIM_V4 | WDS_SIM_V6 }, { NULL, 0 }
};

static const struct sim_name pdp_names[] = {
	{ "ipv4", WDS_PDP_IPV4 }, { "ip", WDS_PDP_IPV4 }, { "4", WDS_PDP_IPV4 },
	{ "ipv6", WDS_PDP_IPV6 }, { "6", WDS_PDP_IPV6 }, { "ipv4v6", WDS_PDP_IPV4V6 },
	{ "4v6", WDS_PDP_IPV4V6 }, { "ppp", WDS_PDP_PPP }, { NULL, 0 }
};

static const struct sim_name roaming_names[] = {
	{ "allowed", WDS_AUTOCONNECT_ROAMING_ALLOWED },
	{ "home-only", WDS_AUTOCONNECT_ROAMING_HOME_ONLY }, { NULL, 0 }
};

/* "a.b.c.d" into a host-order u32; "none" is 0 (not handed out). */
static int read_ipv4(const char *v, uint32_t *out, char *err, size_t errlen)
{
	uint8_t b[4];

	if (!strcasecmp(v, "none")) {
		*out = 0;
		return 0;
	}
	if (inet_pton(AF_INET, v, b) != 1) {
		snprintf(err, errlen, "'%s' is not an IPv4 address", v);
		return -1;
	}
	*out = (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
	return 0;
}

static int read_ipv6(const char *v, uint8_t out[WDS_IPV6_LEN], char *err, size_t errlen)
{
	if (!strcasecmp(v, "none")) {
		memset(out, 0, WDS_IPV6_LEN);
		return 0;
	}
	if (inet_pton(AF_INET6, v, out) != 1) {
		snprintf(err, errlen, "'%s' is not an IPv6 address", v);
		return -1;
	}
	return 0;
}

static void *field_of(const struct sim_setting *row, void *block)
{
	return (char *)block + row->off;
}

static int parse_ipv4(const struct sim_setting *row, void *block, const char *v, char *err,
		      size_t errlen)
{
	return read_ipv4(v, field_of(row, block), err, errlen);
}

static int parse_ipv6(const struct sim_setting *row, void *block, const char *v, char *err,
		      size_t errlen)
{
	return read_ipv6(v, field_of(row, block), err, errlen);
}

/* "address/prefix" (the prefix may be left out: keep the current one); the
 * prefix length is the uint8_t at offset row->arg. */
static int parse_prefixed(const struct sim_setting *row, void *block, const char *v,
			  char *err, size_t errlen)
{
	int v6 = row->size == WDS_IPV6_LEN;
	uint8_t *prefix = (uint8_t *)block + row->arg;
	char buf[INET6_ADDRSTRLEN + 8];
	char *slash;
	long long len = *prefix;

	if (sim_parse_string(v, buf, sizeof(buf), err, errlen))
		return -1;
	slash = strchr(buf, '/');
	if (slash) {
		*slash = '\0';
		if (sim_parse_int(slash + 1, 1, v6 ? 128 : 32, &len, err, errlen))
			return -1;
	}
	if (v6 ? read_ipv6(buf, field_of(row, block), err, errlen)
	       : read_ipv4(buf, field_of(row, block), err, errlen))
		return -1;
	*prefix = (uint8_t)len;
	return 0;
}

static int parse_reason(const struct sim_setting *row, void *block, const char *v, char *err,
			size_t errlen)
{
	if (!wds_reason_parse(v, field_of(row, block)))
		return 0;
	snprintf(err, errlen, "unknown call-end reason '%s' (a name such as "
		 "option-unsubscribed, or 3gpp:N, cm:N, internal:N)", v);
	return -1;
}

/* An APN's `fail`: a reason, or none. */
static int parse_fail(const struct sim_setting *row, void *block, const char *v, char *err,
		      size_t errlen)
{
	struct wds_apn *a = block;

	if (!strcasecmp(v, "none")) {
		a->has_fail = 0;
		return 0;
	}
	if (parse_reason(row, block, v, err, errlen))
		return -1;
	a->has_fail = 1;
	return 0;
}

/* enabled, disabled, paused, or yes/no. */
static int parse_autoconnect(const struct sim_setting *row, void *block, const char *v,
			     char *err, size_t errlen)
{
	uint8_t *out = field_of(row, block);
	int on;

	if (!strcasecmp(v, "paused")) {
		*out = WDS_AUTOCONNECT_PAUSED;
		return 0;
	}
	if (!strcasecmp(v, "enabled") || !strcasecmp(v, "disabled"))
		on = !strcasecmp(v, "enabled");
	else if (sim_parse_bool(v, &on, err, errlen))
		return -1;
	*out = on ? WDS_AUTOCONNECT_ENABLED : WDS_AUTOCONNECT_DISABLED;
	return 0;
}

/* ---- sections ----------------------------------------------------------- */

#define REASON_HINT "a call-end reason name (wds reasons), or 3gpp:N, cm:N, internal:N"

static const struct sim_setting main_settings[] = {
	{ .name = "autoconnect", .type = SIM_SET_CUSTOM, SIM_AT(struct wds_state, autoconnect),
	  .parse = parse_autoconnect, .hint = "enabled|disabled|paused|yes|no" },
	{ .name = "autoconnect_roaming", .type = SIM_SET_NAME,
	  SIM_AT(struct wds_state, autoconnect_roaming), .names = roaming_names },
	{ .name = "default_profile", .type = SIM_SET_INT,
	  SIM_AT(struct wds_state, default_profile), .min = 1, .max = WDS_SIM_MAX_PROFILES },
	{ .name = "mtu", .type = SIM_SET_INT, SIM_AT(struct wds_state, mtu), .min = 576,
	  .max = 65535 },
	{ .name = "unknown_apn_reason", .type = SIM_SET_CUSTOM,
	  SIM_AT(struct wds_state, unknown_apn), .parse = parse_reason, .hint = REASON_HINT },
	{ .name = "tx_rate", .type = SIM_SET_INT, SIM_AT(struct wds_state, tx_rate), .min = 0,
	  .max = 1000000000 },
	{ .name = "rx_rate", .type = SIM_SET_INT, SIM_AT(struct wds_state, rx_rate), .min = 0,
	  .max = 1000000000 },
	SIM_SETTINGS_END
};

#define APN_AT(field) SIM_AT(struct wds_apn, field)
#define APN_IPV4(key, field) \
	{ .name = key, .type = SIM_SET_CUSTOM, APN_AT(field), .parse = parse_ipv4, \
	  .hint = "an IPv4 address or none" }
#define APN_IPV6(key, field) \
	{ .name = key, .type = SIM_SET_CUSTOM, APN_AT(field), .parse = parse_ipv6, \
	  .hint = "an IPv6 address or none" }

const struct sim_setting wds_apn_settings[] = {
	{ .name = "auth", .type = SIM_SET_NAME, APN_AT(auth), .names = auth_names },
	{ .name = "user", .type = SIM_SET_STRING, APN_AT(user) },
	{ .name = "username", .type = SIM_SET_STRING, APN_AT(user) },
	{ .name = "password", .type = SIM_SET_STRING, APN_AT(password) },
	{ .name = "ip_family", .type = SIM_SET_NAME, APN_AT(families), .names = family_names },
	{ .name = "ipv4", .type = SIM_SET_CUSTOM, APN_AT(ipv4), .parse = parse_prefixed,
	  .arg = offsetof(struct wds_apn, ipv4_prefix), .hint = "ADDRESS[/PREFIX] or none" },
	APN_IPV4("gateway", gateway),
	APN_IPV4("dns1", dns1),
	APN_IPV4("dns2", dns2),
	{ .name = "ipv6", .type = SIM_SET_CUSTOM, APN_AT(ipv6), .parse = parse_prefixed,
	  .arg = offsetof(struct wds_apn, ipv6_prefix), .hint = "ADDRESS[/PREFIX] or none" },
	APN_IPV6("ipv6_gateway", ipv6_gateway),
	APN_IPV6("ipv6_dns1", ipv6_dns1),
	APN_IPV6("ipv6_dns2", ipv6_dns2),
	{ .name = "mtu", .type = SIM_SET_INT, APN_AT(mtu), .min = 576, .max = 65535 },
	{ .name = "fail", .type = SIM_SET_CUSTOM, APN_AT(fail), .parse = parse_fail,
	  .hint = REASON_HINT " or none" },
	SIM_SETTINGS_END
};

/* A profile's settings mark themselves present (its has_ flag). */
#define PROFILE(key, kind, field) \
	.name = key, .type = kind, SIM_AT(struct wds_profile, field), \
	SIM_HAS(struct wds_profile, has_##field)

static const struct sim_setting profile_settings[] = {
	{ PROFILE("apn", SIM_SET_STRING, apn) },
	{ PROFILE("name", SIM_SET_STRING, name) },
	{ PROFILE("pdp_type", SIM_SET_NAME, pdp_type), .names = pdp_names },
	{ PROFILE("auth", SIM_SET_NAME, auth), .names = auth_names },
	{ PROFILE("user", SIM_SET_STRING, username) },
	{ PROFILE("username", SIM_SET_STRING, username) },
	{ PROFILE("password", SIM_SET_STRING, password) },
	SIM_SETTINGS_END
};

/*
 * The APN section `name` (created with defaults on its first key). The
 * built-in "internet" stays: a section without keys never reaches us, so
 * "[wds.apn internet]" alone must still mean a working "internet".
 */
static void *apn_section(struct sim_modem *m, void *state, const char *name, char *err,
			 size_t errlen)
{
	struct wds_state *st = state;
	struct wds_apn *a;

	(void)m;
	if (strlen(name) > WDS_APN_MAX) {
		snprintf(err, errlen, "APN names have at most %d characters", WDS_APN_MAX);
		return NULL;
	}
	a = wds_apn_find(st, name);
	if (a) {
		if (st->first_apn < 0)
			st->first_apn = (int)(a - st->apns);
		return a;
	}
	if (st->n_apns == WDS_SIM_MAX_APNS) {
		snprintf(err, errlen, "at most %d APNs", WDS_SIM_MAX_APNS);
		return NULL;
	}
	/* Numbered among the configured ones: the first gets 192.0.2.2 ... */
	a = &st->apns[st->n_apns];
	apn_defaults(a, name, st->n_apns - 1);
	if (st->first_apn < 0)
		st->first_apn = (int)st->n_apns;
	st->n_apns++;
	return a;
}

/* "[wds.profile N]": N from 1 to the number of profiles; it is stored from then on. */
static void *profile_section(struct sim_modem *m, void *state, const char *sub, char *err,
			     size_t errlen)
{
	struct wds_state *st = state;
	long long n;

	(void)m;
	if (sim_parse_int(sub, 1, WDS_SIM_MAX_PROFILES, &n, err, errlen)) {
		snprintf(err, errlen, "profile indexes go from 1 to %d", WDS_SIM_MAX_PROFILES);
		return NULL;
	}
	st->profiles[n - 1].used = 1;
	return &st->profiles[n - 1].p;
}

const struct sim_section wds_sections[] = {
	{ .kind = NULL, .settings = main_settings },
	{ .kind = "apn", .settings = wds_apn_settings, .locate = apn_section, .arg_hint = "NAME" },
	{ .kind = "profile", .settings = profile_settings, .locate = profile_section,
	  .arg_hint = "1-16" },
	SIM_SECTIONS_END
};
