/*
 * qmisim WDS: what a session answers (status, current settings,
 * statistics, channel rates, bearer technology). Out of a call most of
 * them answer OutOfCall with what the client's last call had.
 */
#include "tools/qmisim/sim_wds_int.h"
#include "tools/qmisim/sim_wds.h"

#include <stdio.h>
#include <string.h>

/* ---- status and settings ------------------------------------------------ */

int wds_get_packet_service_status(const struct sim_call *call)
{
	struct wds_get_packet_service_status_rsp *rsp = call->rsp;

	rsp->status = wds_client_session(wds_state_of(call->modem), call->client)
			      ? WDS_CONN_CONNECTED : WDS_CONN_DISCONNECTED;
	return 0;
}

static uint32_t netmask(uint8_t prefix)
{
	return prefix ? 0xFFFFFFFFu << (32 - prefix) : 0;
}

static int nonzero(const uint8_t *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (b[i])
			return 1;
	return 0;
}

static void settings_v4(const struct wds_apn *a, uint32_t want,
			struct wds_get_current_settings_rsp *rsp)
{
	if (want & WDS_REQ_IP_ADDRESS) {
		rsp->has_ipv4_addr = 1;
		rsp->ipv4_addr = a->ipv4;
	}
	if (want & WDS_REQ_GATEWAY_INFO) {
		rsp->has_ipv4_gateway = rsp->has_ipv4_netmask = 1;
		rsp->ipv4_gateway = a->gateway;
		rsp->ipv4_netmask = netmask(a->ipv4_prefix);
	}
	if (want & WDS_REQ_DNS_ADDRESS) {
		rsp->has_dns1 = a->dns1 != 0;
		rsp->dns1 = a->dns1;
		rsp->has_dns2 = a->dns2 != 0;
		rsp->dns2 = a->dns2;
	}
}

static void settings_v6(const struct wds_apn *a, uint32_t want,
			struct wds_get_current_settings_rsp *rsp)
{
	if (want & WDS_REQ_IP_ADDRESS) {
		rsp->has_ipv6_addr = 1;
		memcpy(rsp->ipv6_addr.addr, a->ipv6, WDS_IPV6_LEN);
		rsp->ipv6_addr.prefix_len = a->ipv6_prefix;
	}
	if (want & WDS_REQ_GATEWAY_INFO) {
		rsp->has_ipv6_gateway = 1;
		memcpy(rsp->ipv6_gateway.addr, a->ipv6_gateway, WDS_IPV6_LEN);
		rsp->ipv6_gateway.prefix_len = a->ipv6_prefix;
	}
	if (want & WDS_REQ_DNS_ADDRESS) {
		rsp->has_ipv6_dns1 = (uint8_t)nonzero(a->ipv6_dns1, WDS_IPV6_LEN);
		memcpy(rsp->ipv6_dns1, a->ipv6_dns1, WDS_IPV6_LEN);
		rsp->has_ipv6_dns2 = (uint8_t)nonzero(a->ipv6_dns2, WDS_IPV6_LEN);
		memcpy(rsp->ipv6_dns2, a->ipv6_dns2, WDS_IPV6_LEN);
	}
}

int wds_get_current_settings(const struct sim_call *call)
{
	const struct wds_get_current_settings_req *req = call->req;
	struct wds_get_current_settings_rsp *rsp = call->rsp;
	struct wds_state *st = wds_state_of(call->modem);
	const struct wds_session *s = wds_client_session(st, call->client);
	uint32_t want = req->has_requested ? req->requested : 0xFFFFFFFFu;
	const struct wds_profile *p;
	const struct wds_apn *a;

	if (!s)
		return QMI_ERR_OUT_OF_CALL;
	a = &st->apns[s->apn];
	p = wds_profile_get(st, s->profile);
	if ((want & WDS_REQ_PROFILE_ID) && s->profile) {
		rsp->has_profile_id = 1;
		rsp->profile_id.type = WDS_PROFILE_3GPP;
		rsp->profile_id.index = s->profile;
	}
	if ((want & WDS_REQ_PROFILE_NAME) && p) {
		rsp->has_profile_name = 1;
		sim_copy_string(rsp->profile_name, sizeof(rsp->profile_name), p->name);
	}
	if (want & WDS_REQ_PDP_TYPE) {
		rsp->has_pdp_type = 1;
		rsp->pdp_type = s->family == WDS_IP_FAMILY_IPV6 ? WDS_PDP_IPV6 : WDS_PDP_IPV4;
	}
	if (want & WDS_REQ_APN_NAME) {
		rsp->has_apn = 1;
		sim_copy_string(rsp->apn, sizeof(rsp->apn), a->name);
	}
	if ((want & WDS_REQ_USERNAME) && s->user[0]) {
		rsp->has_username = 1;
		sim_copy_string(rsp->username, sizeof(rsp->username), s->user);
	}
	if (want & WDS_REQ_AUTH_PROTOCOL) {
		rsp->has_auth = 1;
		rsp->auth = s->auth;
	}
	if (s->family == WDS_IP_FAMILY_IPV6)
		settings_v6(a, want, rsp);
	else
		settings_v4(a, want, rsp);
	if (want & WDS_REQ_MTU) {
		rsp->has_mtu = 1;
		rsp->mtu = a->mtu ? a->mtu : st->mtu;
	}
	if (want & WDS_REQ_IP_FAMILY) {
		rsp->has_ip_family = 1;
		rsp->ip_family = s->family;
	}
	if (want & WDS_REQ_EXTENDED_TECH) {
		rsp->has_ext_tech_pref = 1;
		rsp->ext_tech_pref = WDS_EXT_TECH_3GPP;
	}
	return 0;
}

int wds_get_packet_statistics(const struct sim_call *call)
{
	const struct wds_get_packet_statistics_req *req = call->req;
	struct wds_get_packet_statistics_rsp *rsp = call->rsp;
	struct wds_state *st = wds_state_of(call->modem);
	struct wds_client *cl = wds_client_of(call->client);
	const struct wds_session *s = wds_client_session(st, call->client);
	uint32_t want = req->has_mask ? req->mask : 0xFFFFFFFFu;
	struct wds_traffic t;

	if (!s) {
		/* Out of a call: the counters of the client's last call. */
		rsp->has_last_call_tx_bytes_ok = rsp->has_last_call_rx_bytes_ok = 1;
		rsp->last_call_tx_bytes_ok = cl->last_tx_bytes;
		rsp->last_call_rx_bytes_ok = cl->last_rx_bytes;
		return QMI_ERR_OUT_OF_CALL;
	}
	t = wds_traffic_of(st, s);
	rsp->has_tx_packets_ok = !!(want & WDS_STATS_TX_PACKETS_OK);
	rsp->tx_packets_ok = t.tx_packets;
	rsp->has_rx_packets_ok = !!(want & WDS_STATS_RX_PACKETS_OK);
	rsp->rx_packets_ok = t.rx_packets;
	rsp->has_tx_packets_error = !!(want & WDS_STATS_TX_PACKETS_ERROR);
	rsp->has_rx_packets_error = !!(want & WDS_STATS_RX_PACKETS_ERROR);
	rsp->has_tx_overflows = !!(want & WDS_STATS_TX_OVERFLOWS);
	rsp->has_rx_overflows = !!(want & WDS_STATS_RX_OVERFLOWS);
	rsp->has_tx_bytes_ok = !!(want & WDS_STATS_TX_BYTES_OK);
	rsp->tx_bytes_ok = t.tx_bytes;
	rsp->has_rx_bytes_ok = !!(want & WDS_STATS_RX_BYTES_OK);
	rsp->rx_bytes_ok = t.rx_bytes;
	rsp->has_tx_packets_dropped = !!(want & WDS_STATS_TX_PACKETS_DROPPED);
	rsp->has_rx_packets_dropped = !!(want & WDS_STATS_RX_PACKETS_DROPPED);
	return 0;
}

int wds_get_channel_rates(const struct sim_call *call)
{
	struct wds_get_channel_rates_rsp *rsp = call->rsp;
	struct wds_state *st = wds_state_of(call->modem);
	struct wds_bearer b = wds_bearer_now(call->modem);

	rsp->rates.max_tx_bps = b.max_tx;
	rsp->rates.max_rx_bps = b.max_rx;
	if (wds_client_session(st, call->client)) {
		rsp->rates.tx_bps = st->tx_rate * 8u;
		rsp->rates.rx_bps = st->rx_rate * 8u;
	} else {
		rsp->rates.tx_bps = rsp->rates.rx_bps = WDS_RATE_UNAVAILABLE;
	}
	return 0;
}

int wds_get_data_bearer_tech(const struct sim_call *call)
{
	struct wds_get_data_bearer_tech_rsp *rsp = call->rsp;
	struct wds_client *cl = wds_client_of(call->client);

	if (!wds_client_session(wds_state_of(call->modem), call->client)) {
		rsp->has_last = cl->had_call;
		rsp->last = cl->last_bearer;
		return QMI_ERR_OUT_OF_CALL;
	}
	rsp->has_current = 1;
	rsp->current = wds_bearer_now(call->modem).tech;
	return 0;
}

int wds_get_current_data_bearer_tech(const struct sim_call *call)
{
	struct wds_get_current_data_bearer_tech_rsp *rsp = call->rsp;
	struct wds_client *cl = wds_client_of(call->client);

	if (!wds_client_session(wds_state_of(call->modem), call->client)) {
		rsp->has_last = cl->had_call;
		rsp->last = cl->last_current_bearer;
		return QMI_ERR_OUT_OF_CALL;
	}
	rsp->has_current = 1;
	wds_current_bearer(call->modem, &rsp->current);
	return 0;
}

/* ---- the data path: packets counted on the session that owns them -------- */

static int same_prefix(const uint8_t *a, const uint8_t *b, unsigned bits)
{
	unsigned whole = bits / 8, rest = bits % 8;

	if (memcmp(a, b, whole))
		return 0;
	return !rest || !((a[whole] ^ b[whole]) & (uint8_t)(0xFFu << (8 - rest)));
}

/* An IPv4 session owns its address; an IPv6 one the prefix it was given
 * (the network routes the whole prefix to the device, as for SLAAC). */
static int session_owns(const struct wds_state *st, const struct wds_session *s,
			unsigned version, const uint8_t *addr)
{
	const struct wds_apn *a = &st->apns[s->apn];

	if (version == 4)
		return s->family == WDS_IP_FAMILY_IPV4 && a->ipv4 &&
		       a->ipv4 == ((uint32_t)addr[0] << 24 | (uint32_t)addr[1] << 16 |
				   (uint32_t)addr[2] << 8 | addr[3]);
	return s->family == WDS_IP_FAMILY_IPV6 && nonzero(a->ipv6, WDS_IPV6_LEN) &&
	       same_prefix(addr, a->ipv6, a->ipv6_prefix ? a->ipv6_prefix : 128);
}

int sim_wds_count_packet(struct sim_modem *m, unsigned version, const uint8_t *addr,
			 size_t bytes, int to_network)
{
	struct wds_state *st = wds_state_of(m);

	for (unsigned i = 0; st && i < WDS_SIM_MAX_SESSIONS; i++) {
		struct wds_session *s = &st->sessions[i];

		if (!s->used || !session_owns(st, s, version, addr))
			continue;
		if (to_network) {
			s->counted.tx_packets++;
			s->counted.tx_bytes += bytes;
		} else {
			s->counted.rx_packets++;
			s->counted.rx_bytes += bytes;
		}
		return 0;
	}
	return -1;
}

void sim_wds_measure_traffic(struct sim_modem *m)
{
	struct wds_state *st = wds_state_of(m);

	if (st)
		st->measured = 1;
}
