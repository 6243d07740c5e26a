/*
 * session.c - every data-path call of the sample, in one place: raw-IP
 * alignment and the modem's network interface (WDA, SDK functions the
 * vendor API lacks), data sessions (start, stop, state, settings, byte
 * totals) and the session callbacks (WDS).
 *
 * A session belongs to this process: the modem ends it when the process
 * exits (the SDK releases our client ids), which is why `up` stays in the
 * foreground (see README.md).
 */
#include <arpa/inet.h>
#include <stdatomic.h>
#include <string.h>

#include "cm.h"

enum { INSTANCE = 0 };			/* the first (and usual only) PDN */
enum { STATE_DISCONNECTED = 1, STATE_CONNECTED = 2 };

static uint8_t v4_prefix(uint32_t mask)
{
	uint8_t p = 0;

	while (mask & 0x80000000u) {
		p++;
		mask <<= 1;
	}
	return p;
}

/* USHORT[8] groups (host order) to network-order bytes. */
static void v6_bytes(const USHORT *groups, uint8_t *out)
{
	int i;

	for (i = 0; i < 8; i++) {
		out[2 * i] = (uint8_t)(groups[i] >> 8);
		out[2 * i + 1] = (uint8_t)groups[i];
	}
}

/* Set, and not the SDK's "not reported" (all bits set). */
static bool v6_set(const uint8_t *a)
{
	static const uint8_t zero[16];
	static const uint8_t unset[16] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
					   0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };

	return memcmp(a, zero, 16) != 0 && memcmp(a, unset, 16) != 0;
}

static ULONG reported(ULONG v)
{
	return v == 0xFFFFFFFFu ? 0 : v;
}

/* ---- raw-IP and the network interface ------------------------------------ */

int cm_netif_lookup(char *ifname, size_t size)
{
	ULONG rc = SLQSGetNetInterface((BYTE)(size > 255 ? 255 : size), (CHAR *)ifname, NULL);

	if (rc != eQCWWAN_ERR_NONE) {
		cm_err("the SDK finds no network interface for the modem (%s): give --ifname",
		       cm_err_name(rc));
		return -1;
	}
	return 0;
}

int cm_rawip_align(const char *ifname)
{
	slqsRawIpAlignment result;
	ULONG rc;

	memset(&result, 0, sizeof result);
	/* The kernel changes qmi_wwan's raw_ip only on a down interface: let the
	 * SDK take it down and up again if needed (we configure it afterwards). */
	rc = SLQSSetRawIpAlignment(SLQS_WDA_LINK_LAYER_RAW_IP, SLQS_RAWIP_CYCLE_IFACE,
				   (CHAR *)ifname, &result);
	if (rc == eQCWWAN_ERR_SWIWDA_NO_RAWIP_SWITCH) {
		cm_err("%s has no raw_ip switch in sysfs (qmi_wwan older than Linux 4.5, or not "
		       "a modem's interface)", ifname);
		return CM_EXIT_NETCFG;
	}
	if (rc != eQCWWAN_ERR_NONE) {
		cm_err("cannot make %s and the modem agree on raw-IP: %s", ifname, cm_err_name(rc));
		return CM_EXIT_NETCFG;
	}
	if (result.oldLinkProtocol != result.newLinkProtocol || result.oldHostRawIp != result.newHostRawIp)
		cm_info("%s: data format set to raw-IP", ifname);
	return CM_EXIT_OK;
}

/* ---- sessions ------------------------------------------------------------- */

/* Which families came up, from the result and the per-family codes. */
static void families_up(ULONG rc, enum cm_family f, struct cm_session *s,
			const struct ssdatasession_params *p)
{
	switch (rc) {
	case eQCWWAN_ERR_NONE:
	case eQCWWAN_ERR_QMI_NO_EFFECT:	/* already connected */
	case eQCWWAN_ERR_SWICM_V4UP_V6UP:
		s->v4_up = f != CM_V6;
		s->v6_up = f != CM_V4;
		break;
	case eQCWWAN_ERR_SWICM_V4UP_V6DWN:
		s->v4_up = true;
		break;
	case eQCWWAN_ERR_SWICM_V4DWN_V6UP:
		s->v6_up = true;
		break;
	default:
		break;
	}
	if (f == CM_V4V6) {
		s->v4_id = s->v4_up ? p->v4sessionId : 0;
		s->v6_id = s->v6_up ? p->v6sessionId : 0;
	} else if (f == CM_V4) {
		s->v4_id = s->v4_up ? p->sessionId : 0;
	} else {
		s->v6_id = s->v6_up ? p->sessionId : 0;
	}
}

static void say_refusal(const char *family, ULONG reason, const struct ssdatasession_params *p)
{
	cm_err("%s session refused: call end reason %u, verbose %u/%u", family, (unsigned)reason,
	       (unsigned)p->verbFailReasonType, (unsigned)p->verbFailReason);
}

int cm_session_start(const struct cm_options *o, ULONG profile, struct cm_session *s)
{
	ULONG technology = o->technology, auth = o->auth;
	struct ssdatasession_params p;
	ULONG rc;

	memset(s, 0, sizeof *s);
	memset(&p, 0, sizeof p);
	p.action = 1;
	p.instanceId = INSTANCE;
	p.pTechnology = &technology;
	p.pProfileId3GPP = profile ? &profile : NULL;
	p.ipfamily = (BYTE)o->family;
	if (o->user || o->password || auth) {
		p.pAuthentication = &auth;
		p.pUsername = (CHAR *)o->user;
		p.pPassword = (CHAR *)o->password;
	}
	if (profile)
		cm_info("starting the %s session (profile %u)", cm_family_name(o->family),
			(unsigned)profile);
	else
		cm_info("starting the %s session (the default profile)", cm_family_name(o->family));
	rc = SLQSStartStopDataSession(&p);
	families_up(rc, o->family, s, &p);
	s->failure_v4 = o->family == CM_V4V6 ? p.failureReasonv4 : p.failureReason;
	s->failure_v6 = o->family == CM_V4V6 ? p.failureReasonv6 : p.failureReason;
	s->verbose_type = p.verbFailReasonType;
	s->verbose_reason = p.verbFailReason;
	if (o->family != CM_V6 && !s->v4_up)
		say_refusal("IPv4", s->failure_v4, &p);
	if (o->family != CM_V4 && !s->v6_up)
		say_refusal("IPv6", s->failure_v6, &p);
	if (!s->v4_up && !s->v6_up) {
		cm_debug("SLQSStartStopDataSession: %s", cm_err_name(rc));
		return CM_EXIT_REFUSED;
	}
	return CM_EXIT_OK;
}

void cm_session_stop(struct cm_session *s)
{
	struct ssdatasession_params p;
	ULONG rc;

	if (!s->v4_up && !s->v6_up)
		return;
	memset(&p, 0, sizeof p);
	p.action = 0;
	p.instanceId = INSTANCE;
	/* The SDK stops the sessions it started for these families. */
	p.ipfamily = (BYTE)(s->v4_up && s->v6_up ? CM_V4V6 : s->v4_up ? CM_V4 : CM_V6);
	rc = SLQSStartStopDataSession(&p);
	/* A session the network already ended stops without an error; the
	 * modem being gone (reset, unplug) ended it too. */
	if (rc != eQCWWAN_ERR_NONE)
		cm_debug("stopping the session: %s", cm_err_name(rc));
	s->v4_id = s->v6_id = 0;
	s->v4_up = s->v6_up = false;
}

/* One family's settings from SLQSGetRuntimeSettings. */
static int read_settings(ULONG id, bool v6, struct cm_settings *out)
{
	struct WdsRunTimeSettings rt;
	ULONG ip = 0, gw = 0, mask = 0, dns1 = 0, dns2 = 0, mtu = 0;
	USHORT dns6a[8], dns6b[8];
	struct IPV6AddressInfo addr6;
	struct IPV6GWAddressInfo gw6;
	CHAR apn[sizeof out->apn];
	ULONG rc;

	memset(&rt, 0, sizeof rt);
	memset(&addr6, 0, sizeof addr6);
	memset(&gw6, 0, sizeof gw6);
	memset(dns6a, 0, sizeof dns6a);
	memset(dns6b, 0, sizeof dns6b);
	apn[0] = '\0';
	if (v6)
		rt.v6sessionId = &id;
	else
		rt.v4sessionId = &id;
	rt.rts.pAPNName = apn;
	rt.rts.pMtu = &mtu;
	if (v6) {
		rt.rts.pIPV6AddrInfo = &addr6;
		rt.rts.pIPV6GWAddrInfo = &gw6;
		rt.rts.pPrimaryDNSV6 = dns6a;
		rt.rts.pSecondaryDNSV6 = dns6b;
	} else {
		rt.rts.pIPAddressV4 = &ip;
		rt.rts.pGWAddressV4 = &gw;
		rt.rts.pSubnetMaskV4 = &mask;
		rt.rts.pPrimaryDNSV4 = &dns1;
		rt.rts.pSecondaryDNSV4 = &dns2;
	}
	rc = SLQSGetRuntimeSettings(&rt);
	if (rc != eQCWWAN_ERR_NONE) {
		cm_warn("IPv%c settings: %s", v6 ? '6' : '4', cm_err_name(rc));
		return -1;
	}
	memset(out, 0, sizeof *out);
	out->up = true;
	out->mtu = reported(mtu);
	memcpy(out->apn, apn, sizeof out->apn);
	out->apn[sizeof out->apn - 1] = '\0';
	if (v6) {
		v6_bytes(addr6.IPAddressV6, out->v6.addr);
		out->v6.prefix = addr6.IPV6PrefixLen == 0xFF ? 0 : addr6.IPV6PrefixLen;
		v6_bytes(gw6.gwAddressV6, out->v6_gw.addr);
		out->v6_gw.prefix = gw6.gwV6PrefixLen;
		v6_bytes(dns6a, out->v6_dns[0]);
		v6_bytes(dns6b, out->v6_dns[1]);
		out->has_v6_dns[0] = v6_set(out->v6_dns[0]);
		out->has_v6_dns[1] = v6_set(out->v6_dns[1]);
	} else {
		out->v4 = reported(ip);
		out->v4_gw = reported(gw);
		out->v4_prefix = v4_prefix(reported(mask));
		out->v4_dns[0] = reported(dns1);
		out->v4_dns[1] = reported(dns2);
	}
	return 0;
}

int cm_session_settings(struct cm_session *s)
{
	int bad = 0;

	if (s->v4_up)
		bad |= read_settings(s->v4_id, false, &s->s4);
	if (s->v6_up)
		bad |= read_settings(s->v6_id, true, &s->s6);
	return bad ? -1 : 0;
}

bool cm_session_alive(const struct cm_session *s)
{
	ULONG v4 = 0, v6 = 0;
	ULONG rc = SLQSGetSessionState(&v4, &v6, INSTANCE);

	if (rc != eQCWWAN_ERR_NONE) {
		cm_debug("session state: %s", cm_err_name(rc));
		return false;
	}
	return (!s->v4_up || v4 == STATE_CONNECTED) && (!s->v6_up || v6 == STATE_CONNECTED);
}

/* One family's totals (session id 0: the instance's session of that family). */
static bool family_bytes(bool v6, ULONGLONG *tx, ULONGLONG *rx)
{
	ULONG id = 0;
	struct WdsByteTotals t = { 0 };
	struct WdsByteTotalsElmnts *e = v6 ? &t.ByteTotalsElmntsV6 : &t.ByteTotalsElmntsV4;

	*(v6 ? &t.pV6sessionId : &t.pV4sessionId) = &id;
	e->pTXTotalBytes = tx;
	e->pRXTotalBytes = rx;
	return SLQSGetByteTotals(&t) == eQCWWAN_ERR_NONE;
}

/* The byte totals of the IPv4 and IPv6 sessions together (a dual-stack link
 * is two sessions, each counted on its own). */
int cm_session_bytes(ULONGLONG *tx, ULONGLONG *rx)
{
	ULONGLONG t4 = 0, r4 = 0, t6 = 0, r6 = 0;
	bool v4 = family_bytes(false, &t4, &r4);
	bool v6 = family_bytes(true, &t6, &r6);

	*tx = t4 + t6;
	*rx = r4 + r6;
	return v4 || v6 ? 0 : -1;
}

/* ---- showing it ------------------------------------------------------------ */

static const char *v4_text(uint32_t host_order, char *buf)
{
	uint32_t a = htonl(host_order);

	return inet_ntop(AF_INET, &a, buf, INET6_ADDRSTRLEN);
}

static void show_family(const char *name, bool up, const struct cm_settings *st)
{
	char a[INET6_ADDRSTRLEN], b[INET6_ADDRSTRLEN], c[INET6_ADDRSTRLEN], d[INET6_ADDRSTRLEN];

	if (!up) {
		cm_say("%s:          down\n", name);
		return;
	}
	if (name[3] == '4')
		cm_say("%s:          %s/%u gateway %s DNS %s %s MTU %u APN %s\n", name,
		       v4_text(st->v4, a), st->v4_prefix, v4_text(st->v4_gw, b),
		       v4_text(st->v4_dns[0], c), st->v4_dns[1] ? v4_text(st->v4_dns[1], d) : "",
		       (unsigned)st->mtu, st->apn);
	else
		cm_say("%s:          %s/%u gateway %s DNS %s MTU %u APN %s\n", name,
		       inet_ntop(AF_INET6, st->v6.addr, a, sizeof a), st->v6.prefix,
		       inet_ntop(AF_INET6, st->v6_gw.addr, b, sizeof b),
		       st->has_v6_dns[0] ? inet_ntop(AF_INET6, st->v6_dns[0], c, sizeof c) : "-",
		       (unsigned)st->mtu, st->apn);
}

void cm_session_show(const struct cm_session *s)
{
	ULONGLONG tx = 0, rx = 0;

	show_family("IPv4", s->v4_up, &s->s4);
	show_family("IPv6", s->v6_up, &s->s6);
	if ((s->v4_up || s->v6_up) && cm_session_bytes(&tx, &rx) == 0)
		cm_say("Bytes:         %llu sent, %llu received\n", (unsigned long long)tx,
		       (unsigned long long)rx);
}

bool cm_session_show_modem(void)
{
	ULONGLONG tx = 0, rx = 0;
	ULONG v4 = 0, v6 = 0;
	ULONG rc = SLQSGetSessionState(&v4, &v6, INSTANCE);

	if (rc != eQCWWAN_ERR_NONE) {
		cm_say("Session:       %s\n", cm_err_name(rc));
		return false;
	}
	cm_say("Session:       IPv4 %s, IPv6 %s\n",
	       v4 == STATE_CONNECTED ? "connected" : "disconnected",
	       v6 == STATE_CONNECTED ? "connected" : "disconnected");
	if ((v4 == STATE_CONNECTED || v6 == STATE_CONNECTED) && cm_session_bytes(&tx, &rx) == 0)
		cm_say("Bytes:         %llu sent, %llu received\n", (unsigned long long)tx,
		       (unsigned long long)rx);
	return v4 == STATE_CONNECTED || v6 == STATE_CONNECTED;
}

/* ---- callbacks -------------------------------------------------------------- */

static void session_state_changed(slqsSessionStateInfo *info)
{
	if (info && info->state == STATE_DISCONNECTED) {
		cm_debug("session ended by the modem (reason %u)", (unsigned)info->sessionEndReason);
		cm_events_post(CM_EV_SESSION_DOWN);
	}
}

int cm_session_callbacks(bool on)
{
	ULONG rc = SLQSSetSessionStateCallback(on ? session_state_changed : NULL);

	if (rc != eQCWWAN_ERR_NONE && on)
		cm_warn("session-state callback: %s (drops are seen by polling only)", cm_err_name(rc));
	return rc == eQCWWAN_ERR_NONE ? 0 : -1;
}
