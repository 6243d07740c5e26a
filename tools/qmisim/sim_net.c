/*
 * The remote host of the simulated network (see sim_net.h): echo replies
 * to ICMP, ICMPv6 and UDP echo requests for its address, built from the
 * request's bytes field by field, checksums computed.
 */
#include "tools/qmisim/sim_net.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define IPV4_HDR   20
#define IPV6_HDR   40
#define ICMP_HDR   8
#define UDP_HDR    8
#define PROTO_ICMP 1
#define PROTO_UDP  17
#define PROTO_ICMPV6 58
#define ICMP_ECHO_REPLY   0
#define ICMP_ECHO_REQUEST 8
#define ICMPV6_ECHO_REQUEST 128
#define ICMPV6_ECHO_REPLY   129
#define REPLY_TTL  64

/* ---- settings ------------------------------------------------------------- */

static int parse_address(const struct sim_setting *row, void *block, const char *v, char *err,
			 size_t errlen)
{
	int family = row->size == 4 ? AF_INET : AF_INET6;
	uint8_t *field = (uint8_t *)block + row->off;

	if (!strcasecmp(v, "none")) {
		memset(field, 0, row->size);
		return 0;
	}
	if (inet_pton(family, v, field) != 1) {
		snprintf(err, errlen, "'%s' is not an IPv%d address", v, family == AF_INET ? 4 : 6);
		return -1;
	}
	return 0;
}

const struct sim_setting sim_net_settings[] = {
	{ .name = "name", .type = SIM_SET_STRING, SIM_AT(struct sim_net_conf, tun) },
	{ .name = "remote_ipv4", .type = SIM_SET_CUSTOM, SIM_AT(struct sim_net_conf, remote_ipv4),
	  .parse = parse_address, .hint = "an IPv4 address or none" },
	{ .name = "remote_ipv6", .type = SIM_SET_CUSTOM, SIM_AT(struct sim_net_conf, remote_ipv6),
	  .parse = parse_address, .hint = "an IPv6 address or none" },
	{ .name = "echo_port", .type = SIM_SET_INT, SIM_AT(struct sim_net_conf, echo_port),
	  .min = 0, .max = 65535 },
	{ .name = "raw_ip_only", .type = SIM_SET_BOOL, SIM_AT(struct sim_net_conf, raw_ip_only),
	  .min = 0, .max = 1 },
	SIM_SETTINGS_END
};

void sim_net_defaults(struct sim_net_conf *c)
{
	memset(c, 0, sizeof(*c));
	inet_pton(AF_INET, "192.0.2.1", c->remote_ipv4);	/* RFC 5737 TEST-NET-1 */
	inet_pton(AF_INET6, "2001:db8:ffff::1", c->remote_ipv6);	/* RFC 3849 */
	c->echo_port = 7;					/* RFC 862 */
	c->raw_ip_only = 1;
}

/* ---- bytes ---------------------------------------------------------------- */

static uint16_t get16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

static void put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

static uint32_t sum_words(const uint8_t *data, size_t len, uint32_t sum)
{
	size_t i;

	for (i = 0; i + 1 < len; i += 2)
		sum += get16(data + i);
	if (len & 1)
		sum += (uint32_t)data[len - 1] << 8;
	return sum;
}

uint16_t sim_inet_checksum(const uint8_t *data, size_t len, uint32_t sum)
{
	sum = sum_words(data, len, sum);
	while (sum >> 16)
		sum = (sum & 0xFFFF) + (sum >> 16);
	return (uint16_t)~sum;
}

static int all_zero(const uint8_t *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (b[i])
			return 0;
	return 1;
}

/* ---- headers -------------------------------------------------------------- */

/* A parsed IP packet: its addresses and its payload. */
struct ip_view {
	unsigned version;
	const uint8_t *src, *dst;	/* 4 or 16 bytes */
	uint8_t proto;			/* upper-layer protocol */
	const uint8_t *payload;
	size_t payload_len;
	int fragment;			/* part of a fragmented IPv4 datagram */
};

static int view_ipv4(const uint8_t *pkt, size_t len, struct ip_view *v)
{
	size_t hlen, total;

	if (len < IPV4_HDR)
		return -1;
	hlen = (size_t)(pkt[0] & 0x0F) * 4;
	total = get16(pkt + 2);
	if (hlen < IPV4_HDR || hlen > total || total > len)
		return -1;
	v->version = 4;
	v->src = pkt + 12;
	v->dst = pkt + 16;
	v->proto = pkt[9];
	v->payload = pkt + hlen;
	v->payload_len = total - hlen;
	v->fragment = (get16(pkt + 6) & 0x3FFF) != 0;	/* more fragments, or an offset */
	return 0;
}

static int view_ipv6(const uint8_t *pkt, size_t len, struct ip_view *v)
{
	size_t payload;

	if (len < IPV6_HDR)
		return -1;
	payload = get16(pkt + 4);
	if (IPV6_HDR + payload > len)
		return -1;
	v->version = 6;
	v->src = pkt + 8;
	v->dst = pkt + 24;
	v->proto = pkt[6];	/* extension headers are not followed: nothing answers them */
	v->payload = pkt + IPV6_HDR;
	v->payload_len = payload;
	v->fragment = 0;
	return 0;
}

static int view_ip(const uint8_t *pkt, size_t len, struct ip_view *v)
{
	memset(v, 0, sizeof(*v));
	if (len < 1)
		return -1;
	switch (pkt[0] >> 4) {
	case 4: return view_ipv4(pkt, len, v);
	case 6: return view_ipv6(pkt, len, v);
	default: return -1;
	}
}

unsigned sim_ip_source(const uint8_t *pkt, size_t len, const uint8_t **src)
{
	struct ip_view v;

	if (view_ip(pkt, len, &v))
		return 0;
	*src = v.src;
	return v.version;
}

/* The sum of the pseudo-header of an upper-layer checksum. */
static uint32_t pseudo_sum(const struct ip_view *v, size_t upper_len)
{
	size_t alen = v->version == 4 ? 4 : 16;
	uint32_t sum = sum_words(v->src, alen, 0);

	sum = sum_words(v->dst, alen, sum);
	sum += (uint32_t)(upper_len >> 16) + (uint32_t)(upper_len & 0xFFFF);
	return sum + v->proto;
}

/* Writes the reply's IP header (addresses swapped) for a payload of plen bytes;
 * returns its length. */
static size_t reply_header(const uint8_t *req, const struct ip_view *v, size_t plen,
			   uint8_t *out)
{
	if (v->version == 4) {
		memset(out, 0, IPV4_HDR);
		out[0] = 0x45;
		put16(out + 2, (uint16_t)(IPV4_HDR + plen));
		memcpy(out + 4, req + 4, 2);	/* the request's identification */
		out[8] = REPLY_TTL;
		out[9] = v->proto;
		memcpy(out + 12, v->dst, 4);
		memcpy(out + 16, v->src, 4);
		put16(out + 10, sim_inet_checksum(out, IPV4_HDR, 0));
		return IPV4_HDR;
	}
	memcpy(out, req, 4);			/* version, traffic class, flow label */
	put16(out + 4, (uint16_t)plen);
	out[6] = v->proto;
	out[7] = REPLY_TTL;
	memcpy(out + 8, v->dst, 16);
	memcpy(out + 24, v->src, 16);
	return IPV6_HDR;
}

/* ---- the remote host's answers --------------------------------------------- */

/* The upper-layer checksum of a packet is right (IPv4 ICMP has no pseudo-header). */
static int upper_checksum_ok(const struct ip_view *v)
{
	uint32_t sum = v->proto == PROTO_ICMP ? 0 : pseudo_sum(v, v->payload_len);

	return sim_inet_checksum(v->payload, v->payload_len, sum) == 0;
}

/* Fills the reply's upper-layer checksum at offset `at` of its payload. */
static void set_upper_checksum(const struct ip_view *reply, uint8_t *payload, size_t at)
{
	uint32_t sum = reply->proto == PROTO_ICMP ? 0 : pseudo_sum(reply, reply->payload_len);
	uint16_t c;

	put16(payload + at, 0);
	c = sim_inet_checksum(payload, reply->payload_len, sum);
	if (c == 0 && reply->proto == PROTO_UDP)
		c = 0xFFFF;	/* 0 means "no checksum" in UDP */
	put16(payload + at, c);
}

/* What the request asks of the remote host: the reply's ICMP type (or
 * PROTO_UDP for a UDP echo), or -1 when it asks nothing the host answers. */
static int echo_kind(const struct sim_net_conf *c, const struct ip_view *v)
{
	const uint8_t *p = v->payload;

	switch (v->proto) {
	case PROTO_ICMP:
		if (v->version != 4 || v->payload_len < ICMP_HDR || p[0] != ICMP_ECHO_REQUEST ||
		    p[1] != 0)
			return -1;
		return ICMP_ECHO_REPLY;
	case PROTO_ICMPV6:
		if (v->version != 6 || v->payload_len < ICMP_HDR || p[0] != ICMPV6_ECHO_REQUEST ||
		    p[1] != 0)
			return -1;
		return ICMPV6_ECHO_REPLY;
	case PROTO_UDP:
		if (!c->echo_port || v->payload_len < UDP_HDR || get16(p + 2) != c->echo_port ||
		    get16(p + 4) != v->payload_len)
			return -1;
		return PROTO_UDP;
	default:
		return -1;
	}
}

static int to_remote(const struct sim_net_conf *c, const struct ip_view *v)
{
	const uint8_t *remote = v->version == 4 ? c->remote_ipv4 : c->remote_ipv6;
	size_t alen = v->version == 4 ? 4 : 16;

	return !all_zero(remote, alen) && !memcmp(v->dst, remote, alen);
}

size_t sim_net_answer(const struct sim_net_conf *c, const uint8_t *pkt, size_t len,
		      uint8_t *out, size_t cap)
{
	struct ip_view v, reply;
	size_t hlen;
	uint8_t *payload;
	int kind;

	if (view_ip(pkt, len, &v) || v.fragment || !to_remote(c, &v))
		return 0;
	if (v.version == 4 && sim_inet_checksum(pkt, (size_t)(pkt[0] & 0x0F) * 4, 0) != 0)
		return 0;	/* a damaged header never arrives */
	kind = echo_kind(c, &v);
	if (kind < 0)
		return 0;
	/* IPv4 UDP without a checksum is fine; everything else must check out. */
	if (!(v.proto == PROTO_UDP && v.version == 4 && get16(v.payload + 6) == 0) &&
	    !upper_checksum_ok(&v))
		return 0;
	if ((v.version == 4 ? IPV4_HDR : IPV6_HDR) + v.payload_len > cap)
		return 0;
	hlen = reply_header(pkt, &v, v.payload_len, out);
	payload = out + hlen;
	memcpy(payload, v.payload, v.payload_len);
	reply = (struct ip_view){ .version = v.version, .src = v.dst, .dst = v.src,
				  .proto = v.proto, .payload = payload,
				  .payload_len = v.payload_len };
	if (v.proto == PROTO_UDP) {
		memcpy(payload, v.payload + 2, 2);	/* ports swapped */
		memcpy(payload + 2, v.payload, 2);
		set_upper_checksum(&reply, payload, 6);
	} else {
		payload[0] = (uint8_t)kind;
		set_upper_checksum(&reply, payload, 2);
	}
	return hlen + v.payload_len;
}
