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
	snprintf(a->name, sizeof(a->name), "%s", name);
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
			snprintf(p->apn, sizeof(p->apn), "%s", wds_apn_default(st)->name);
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

static int parse_auth(const char *v, uint8_t *auth, char *err, size_t errlen)
{
	if (!strcasecmp(v, "none"))
		*auth = WDS_AUTH_NONE;
	else if (!strcasecmp(v, "pap"))
		*auth = WDS_AUTH_PAP;
	else if (!strcasecmp(v, "chap"))
		*auth = WDS_AUTH_CHAP;
	else if (!strcasecmp(v, "both"))
		*auth = WDS_AUTH_PAP | WDS_AUTH_CHAP;
	else {
		snprintf(err, errlen, "auth is none, pap, chap or both");
		return -1;
	}
	return 0;
}

static int parse_families(const char *v, uint8_t *fam, char *err, size_t errlen)
{
	if (!strcmp(v, "4") || !strcasecmp(v, "ipv4"))
		*fam = WDS_SIM_V4;
	else if (!strcmp(v, "6") || !strcasecmp(v, "ipv6"))
		*fam = WDS_SIM_V6;
	else if (!strcasecmp(v, "4v6") || !strcasecmp(v, "ipv4v6"))
		*fam = WDS_SIM_V4 | WDS_SIM_V6;
	else {
		snprintf(err, errlen, "ip_family is 4, 6 or 4v6");
		return -1;
	}
	return 0;
}

static int parse_pdp(const char *v, uint8_t *pdp, char *err, size_t errlen)
{
	uint8_t fam;

	if (!strcasecmp(v, "ppp")) {
		*pdp = WDS_PDP_PPP;
		return 0;
	}
	if (!strcasecmp(v, "ip")) {
		*pdp = WDS_PDP_IPV4;
		return 0;
	}
	if (parse_families(v, &fam, err, errlen)) {
		snprintf(err, errlen, "pdp_type is ipv4, ipv6, ipv4v6 or ppp");
		return -1;
	}
	*pdp = pdp_of_families(fam);
	return 0;
}

/* "a.b.c.d" into a host-order u32; "none" is 0 (not handed out). */
static int parse_ipv4(const char *v, uint32_t *out, char *err, size_t errlen)
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

static int parse_ipv6(const char *v, uint8_t out[WDS_IPV6_LEN], char *err, size_t errlen)
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

/* "address/prefix" (the prefix may be left out: keep the current one). */
static int parse_prefixed(const char *v, int v6, void *addr, uint8_t *prefix, char *err,
			  size_t errlen)
{
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
	if (v6 ? parse_ipv6(buf, addr, err, errlen) : parse_ipv4(buf, addr, err, errlen))
		return -1;
	*prefix = (uint8_t)len;
	return 0;
}

static int parse_reason(const char *v, struct wds_reason *r, char *err, size_t errlen)
{
	if (!wds_reason_parse(v, r))
		return 0;
	snprintf(err, errlen, "unknown call-end reason '%s' (a name such as "
		 "option-unsubscribed, or 3gpp:N, cm:N, internal:N)", v);
	return -1;
}

static int parse_u32(const char *v, long long min, long long max, uint32_t *out, char *err,
		     size_t errlen)
{
	long long n;

	if (sim_parse_int(v, min, max, &n, err, errlen))
		return -1;
	*out = (uint32_t)n;
	return 0;
}

/* ---- sections ----------------------------------------------------------- */

static int apn_key(struct wds_apn *a, const char *key, const char *v, char *err, size_t errlen)
{
	if (!strcasecmp(key, "auth"))
		return parse_auth(v, &a->auth, err, errlen);
	if (!strcasecmp(key, "user") || !strcasecmp(key, "username"))
		return sim_parse_string(v, a->user, sizeof(a->user), err, errlen);
	if (!strcasecmp(key, "password"))
		return sim_parse_string(v, a->password, sizeof(a->password), err, errlen);
	if (!strcasecmp(key, "ip_family"))
		return parse_families(v, &a->families, err, errlen);
	if (!strcasecmp(key, "ipv4"))
		return parse_prefixed(v, 0, &a->ipv4, &a->ipv4_prefix, err, errlen);
	if (!strcasecmp(key, "gateway"))
		return parse_ipv4(v, &a->gateway, err, errlen);
	if (!strcasecmp(key, "dns1"))
		return parse_ipv4(v, &a->dns1, err, errlen);
	if (!strcasecmp(key, "dns2"))
		return parse_ipv4(v, &a->dns2, err, errlen);
	if (!strcasecmp(key, "ipv6"))
		return parse_prefixed(v, 1, a->ipv6, &a->ipv6_prefix, err, errlen);
	if (!strcasecmp(key, "ipv6_gateway"))
		return parse_ipv6(v, a->ipv6_gateway, err, errlen);
	if (!strcasecmp(key, "ipv6_dns1"))
		return parse_ipv6(v, a->ipv6_dns1, err, errlen);
	if (!strcasecmp(key, "ipv6_dns2"))
		return parse_ipv6(v, a->ipv6_dns2, err, errlen);
	if (!strcasecmp(key, "mtu"))
		return parse_u32(v, 576, 65535, &a->mtu, err, errlen);
	if (!strcasecmp(key, "fail")) {
		if (!strcasecmp(v, "none")) {
			a->has_fail = 0;
			return 0;
		}
		a->has_fail = 1;
		return parse_reason(v, &a->fail, err, errlen);
	}
	snprintf(err, errlen, "unknown key '%s' in [wds.apn] (auth, user, password, ip_family, "
		 "ipv4, gateway, dns1, dns2, ipv6, ipv6_gateway, ipv6_dns1, ipv6_dns2, mtu, "
		 "fail)", key);
	return -1;
}

/*
 * The APN section `name` (created with defaults on its first key). The
 * built-in "internet" stays: a section without keys never reaches us, so
 * "[wds.apn internet]" alone must still mean a working "internet".
 */
static struct wds_apn *apn_section(struct wds_state *st, const char *name, char *err,
				   size_t errlen)
{
	struct wds_apn *a;

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

static int profile_key(struct wds_profile *p, const char *key, const char *v, char *err,
		       size_t errlen)
{
	if (!strcasecmp(key, "apn")) {
		p->has_apn = 1;
		return sim_parse_string(v, p->apn, sizeof(p->apn), err, errlen);
	}
	if (!strcasecmp(key, "name")) {
		p->has_name = 1;
		return sim_parse_string(v, p->name, sizeof(p->name), err, errlen);
	}
	if (!strcasecmp(key, "pdp_type")) {
		p->has_pdp_type = 1;
		return parse_pdp(v, &p->pdp_type, err, errlen);
	}
	if (!strcasecmp(key, "auth")) {
		p->has_auth = 1;
		return parse_auth(v, &p->auth, err, errlen);
	}
	if (!strcasecmp(key, "user") || !strcasecmp(key, "username")) {
		p->has_username = 1;
		return sim_parse_string(v, p->username, sizeof(p->username), err, errlen);
	}
	if (!strcasecmp(key, "password")) {
		p->has_password = 1;
		return sim_parse_string(v, p->password, sizeof(p->password), err, errlen);
	}
	snprintf(err, errlen, "unknown key '%s' in [wds.profile] (apn, name, pdp_type, auth, "
		 "user, password)", key);
	return -1;
}

static int autoconnect_value(const char *v, uint8_t *out, char *err, size_t errlen)
{
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

static int main_key(struct wds_state *st, const char *key, const char *v, char *err,
		    size_t errlen)
{
	long long n;

	if (!strcasecmp(key, "autoconnect"))
		return autoconnect_value(v, &st->autoconnect, err, errlen);
	if (!strcasecmp(key, "autoconnect_roaming")) {
		if (!strcasecmp(v, "allowed"))
			st->autoconnect_roaming = WDS_AUTOCONNECT_ROAMING_ALLOWED;
		else if (!strcasecmp(v, "home-only"))
			st->autoconnect_roaming = WDS_AUTOCONNECT_ROAMING_HOME_ONLY;
		else {
			snprintf(err, errlen, "autoconnect_roaming is allowed or home-only");
			return -1;
		}
		return 0;
	}
	if (!strcasecmp(key, "default_profile")) {
		if (sim_parse_int(v, 1, WDS_SIM_MAX_PROFILES, &n, err, errlen))
			return -1;
		st->default_profile = (uint8_t)n;
		return 0;
	}
	if (!strcasecmp(key, "mtu"))
		return parse_u32(v, 576, 65535, &st->mtu, err, errlen);
	if (!strcasecmp(key, "unknown_apn_reason"))
		return parse_reason(v, &st->unknown_apn, err, errlen);
	if (!strcasecmp(key, "tx_rate"))
		return parse_u32(v, 0, 1000000000, &st->tx_rate, err, errlen);
	if (!strcasecmp(key, "rx_rate"))
		return parse_u32(v, 0, 1000000000, &st->rx_rate, err, errlen);
	snprintf(err, errlen, "unknown key '%s' in [wds] (autoconnect, autoconnect_roaming, "
		 "default_profile, mtu, unknown_apn_reason, tx_rate, rx_rate)", key);
	return -1;
}

/* "[wds.profile N]": N from 1 to the number of profiles; 0 if it is not. */
static int profile_index_of(const char *sub)
{
	char *end;
	long n = strtol(sub, &end, 10);

	if (end == sub || *end || n < 1 || n > WDS_SIM_MAX_PROFILES)
		return 0;
	return (int)n;
}

int wds_config(struct sim_modem *m, void *state, const char *kind, const char *sub,
	       const char *key, const char *value, char *err, size_t errlen)
{
	struct wds_state *st = state;
	struct wds_apn *a;
	int idx;

	(void)m;
	if (!kind && !sub)
		return main_key(st, key, value, err, errlen);
	if (kind && sub && !strcasecmp(kind, "profile")) {
		idx = profile_index_of(sub);
		if (!idx) {
			snprintf(err, errlen, "profile indexes go from 1 to %d", WDS_SIM_MAX_PROFILES);
			return -1;
		}
		st->profiles[idx - 1].used = 1;
		return profile_key(&st->profiles[idx - 1].p, key, value, err, errlen);
	}
	if (kind && sub && !strcasecmp(kind, "apn")) {
		a = apn_section(st, sub, err, errlen);
		return a ? apn_key(a, key, value, err, errlen) : -1;
	}
	snprintf(err, errlen, "[wds] sub-sections are [wds.apn NAME] and [wds.profile N]");
	return -1;
}
