/*
 * qmisim's data path on byte fixtures (no TUN): the simulated network's
 * echo host (ICMP, ICMPv6, UDP echo, checksums), what it leaves
 * unanswered, and the modem's side: packets carried only on a live
 * session owning their source address, counted in WDS Get Packet
 * Statistics. The fixtures' checksums were computed independently.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/qmi_error.h"
#include "pkgs/wda/wda_msg.h"
#include "pkgs/wds/wds_msg.h"
#include "tools/qmisim/sim_modem.h"
#include "tools/qmisim/sim_net.h"
#include "tests/unit/sim_fixture.h"

/* Host 192.0.2.2 / 2001:db8:1::2 (the built-in APN's addresses), remote
 * 192.0.2.1 / 2001:db8:ffff::1 (the built-in remote). */
static const uint8_t ping4[] = {
	0x45, 0x00, 0x00, 0x3c, 0x12, 0x34, 0x40, 0x00, 0x40, 0x01, 0xa4, 0x89,
	0xc0, 0x00, 0x02, 0x02, 0xc0, 0x00, 0x02, 0x01, 0x08, 0x00, 0xc3, 0xba,
	0x42, 0x42, 0x00, 0x01, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17,
	0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x21, 0x22, 0x23,
	0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f,
};

static const uint8_t pong4[] = {
	0x45, 0x00, 0x00, 0x3c, 0x12, 0x34, 0x00, 0x00, 0x40, 0x01, 0xe4, 0x89,
	0xc0, 0x00, 0x02, 0x01, 0xc0, 0x00, 0x02, 0x02, 0x00, 0x00, 0xcb, 0xba,
	0x42, 0x42, 0x00, 0x01, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17,
	0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x21, 0x22, 0x23,
	0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f,
};

static const uint8_t ping6[] = {
	0x60, 0x00, 0x00, 0x00, 0x00, 0x28, 0x3a, 0x40, 0x20, 0x01, 0x0d, 0xb8,
	0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02,
	0x20, 0x01, 0x0d, 0xb8, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x01, 0x80, 0x00, 0xef, 0xe1, 0x42, 0x42, 0x00, 0x01,
	0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b,
	0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27,
	0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f,
};

static const uint8_t pong6[] = {
	0x60, 0x00, 0x00, 0x00, 0x00, 0x28, 0x3a, 0x40, 0x20, 0x01, 0x0d, 0xb8,
	0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
	0x20, 0x01, 0x0d, 0xb8, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x02, 0x81, 0x00, 0xee, 0xe1, 0x42, 0x42, 0x00, 0x01,
	0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b,
	0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27,
	0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f,
};

static const uint8_t udp4[] = {
	0x45, 0x00, 0x00, 0x27, 0x12, 0x34, 0x40, 0x00, 0x40, 0x11, 0xa4, 0x8e,
	0xc0, 0x00, 0x02, 0x02, 0xc0, 0x00, 0x02, 0x01, 0x9c, 0x40, 0x00, 0x07,
	0x00, 0x13, 0xa8, 0xb0, 0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x2c, 0x20, 0x65,
	0x63, 0x68, 0x6f,
};

static const uint8_t udp4_back[] = {
	0x45, 0x00, 0x00, 0x27, 0x12, 0x34, 0x00, 0x00, 0x40, 0x11, 0xe4, 0x8e,
	0xc0, 0x00, 0x02, 0x01, 0xc0, 0x00, 0x02, 0x02, 0x00, 0x07, 0x9c, 0x40,
	0x00, 0x13, 0xa8, 0xb0, 0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x2c, 0x20, 0x65,
	0x63, 0x68, 0x6f,
};

static const uint8_t udp6[] = {
	0x60, 0x00, 0x00, 0x00, 0x00, 0x13, 0x11, 0x40, 0x20, 0x01, 0x0d, 0xb8,
	0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02,
	0x20, 0x01, 0x0d, 0xb8, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x01, 0x9c, 0x40, 0x00, 0x07, 0x00, 0x13, 0xd1, 0x3e,
	0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x2c, 0x20, 0x65, 0x63, 0x68, 0x6f,
};

static const uint8_t udp6_back[] = {
	0x60, 0x00, 0x00, 0x00, 0x00, 0x13, 0x11, 0x40, 0x20, 0x01, 0x0d, 0xb8,
	0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
	0x20, 0x01, 0x0d, 0xb8, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x02, 0x00, 0x07, 0x9c, 0x40, 0x00, 0x13, 0xd1, 0x3e,
	0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x2c, 0x20, 0x65, 0x63, 0x68, 0x6f,
};

static struct sim_net_conf conf(void)
{
	struct sim_net_conf c;

	sim_net_defaults(&c);
	return c;
}

static size_t answer(const uint8_t *pkt, size_t len, uint8_t *out)
{
	struct sim_net_conf c = conf();

	return sim_net_answer(&c, pkt, len, out, SIM_NET_PACKET_MAX);
}

#define ASSERT_ANSWER(req, want)                                         \
	do {                                                             \
		uint8_t out_[SIM_NET_PACKET_MAX];                        \
		assert_int_equal(answer(req, sizeof(req), out_), sizeof(want)); \
		assert_memory_equal(out_, want, sizeof(want));           \
	} while (0)

/* ---- the echo host -------------------------------------------------------------- */

static void checksum_rfc1071(void **state)
{
	/* RFC 1071's example: the sum is ddf2, the checksum its complement. */
	static const uint8_t b[] = { 0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7 };

	(void)state;
	assert_int_equal(sim_inet_checksum(b, sizeof(b), 0), 0x220d);
	/* a packet with its checksum in place sums to zero */
	assert_int_equal(sim_inet_checksum(ping4, 20, 0), 0);
	/* an odd length pads with zero */
	assert_int_equal(sim_inet_checksum(b, 3, 0), (uint16_t)~0xf201);
}

static void echo_replies(void **state)
{
	(void)state;
	ASSERT_ANSWER(ping4, pong4);
	ASSERT_ANSWER(ping6, pong6);
	ASSERT_ANSWER(udp4, udp4_back);
	ASSERT_ANSWER(udp6, udp6_back);
}

static void source_address(void **state)
{
	const uint8_t *src = NULL;

	(void)state;
	assert_int_equal(sim_ip_source(ping4, sizeof(ping4), &src), 4);
	assert_memory_equal(src, ping4 + 12, 4);
	assert_int_equal(sim_ip_source(ping6, sizeof(ping6), &src), 6);
	assert_memory_equal(src, ping6 + 8, 16);
	assert_int_equal(sim_ip_source(ping4, 19, &src), 0);
	assert_int_equal(sim_ip_source(ping6, 39, &src), 0);
	assert_int_equal(sim_ip_source((const uint8_t *)"\x50", 1, &src), 0);
	assert_int_equal(sim_ip_source(ping4, 0, &src), 0);
}

/* A copy of pkt with byte `at` changed to v. */
static size_t answer_changed(const uint8_t *pkt, size_t len, size_t at, uint8_t v)
{
	uint8_t copy[256], out[SIM_NET_PACKET_MAX];

	assert_true(len <= sizeof(copy));
	memcpy(copy, pkt, len);
	copy[at] = v;
	return answer(copy, len, out);
}

static void unanswered(void **state)
{
	uint8_t out[SIM_NET_PACKET_MAX];
	struct sim_net_conf c = conf();

	(void)state;
	/* another destination */
	assert_int_equal(answer_changed(ping4, sizeof(ping4), 19, 9), 0);
	assert_int_equal(answer_changed(ping6, sizeof(ping6), 39, 9), 0);
	/* damaged: IPv4 header, ICMP, ICMPv6, UDP checksums */
	assert_int_equal(answer_changed(ping4, sizeof(ping4), 8, 63), 0);
	assert_int_equal(answer_changed(ping4, sizeof(ping4), 40, 0xEE), 0);
	assert_int_equal(answer_changed(ping6, sizeof(ping6), 60, 0xEE), 0);
	assert_int_equal(answer_changed(udp4, sizeof(udp4), 30, 'H'), 0);
	assert_int_equal(answer_changed(udp6, sizeof(udp6), 50, 'H'), 0);
	/* an echo reply, and ICMP type/code other than echo request */
	assert_int_equal(answer(pong4, sizeof(pong4), out), 0);
	assert_int_equal(answer(pong6, sizeof(pong6), out), 0);
	/* lengths: cut, or claiming more than there is */
	assert_int_equal(answer(ping4, sizeof(ping4) - 1, out), 0);
	assert_int_equal(answer(ping6, sizeof(ping6) - 1, out), 0);
	assert_int_equal(answer(udp4, 27, out), 0);
	/* a fragment (more fragments set) */
	assert_int_equal(answer_changed(ping4, sizeof(ping4), 6, 0x20), 0);
	/* UDP to another port; UDP echo off; no remote */
	assert_int_equal(answer_changed(udp4, sizeof(udp4), 23, 9), 0);
	c.echo_port = 0;
	assert_int_equal(sim_net_answer(&c, udp4, sizeof(udp4), out, sizeof(out)), 0);
	c = conf();
	memset(c.remote_ipv4, 0, 4);
	assert_int_equal(sim_net_answer(&c, ping4, sizeof(ping4), out, sizeof(out)), 0);
	/* no room for the answer */
	c = conf();
	assert_int_equal(sim_net_answer(&c, ping4, sizeof(ping4), out, sizeof(ping4) - 1), 0);
	assert_int_equal(sim_net_answer(&c, ping4, sizeof(ping4), out, sizeof(ping4)),
			 sizeof(ping4));
}

/* IPv4 UDP may go without a checksum; the answer has one. */
static void udp_without_checksum(void **state)
{
	uint8_t req[sizeof(udp4)], out[SIM_NET_PACKET_MAX];

	(void)state;
	memcpy(req, udp4, sizeof(req));
	req[26] = req[27] = 0;
	assert_int_equal(answer(req, sizeof(req), out), sizeof(udp4_back));
	assert_memory_equal(out, udp4_back, sizeof(udp4_back));
}

/* Whatever the bytes, the host never reads or writes out of bounds (ASan). */
static void random_bytes(void **state)
{
	static uint8_t pkt[200], out[SIM_NET_PACKET_MAX];
	const uint8_t *src;
	unsigned seed = 7;

	(void)state;
	for (int i = 0; i < 20000; i++) {
		size_t len = (size_t)(rand_r(&seed) % sizeof(pkt));

		for (size_t j = 0; j < len; j++)
			pkt[j] = (uint8_t)rand_r(&seed);
		if (len)	/* mostly IP versions 4 and 6 */
			pkt[0] = (uint8_t)((i & 1 ? 0x40 : 0x60) | (pkt[0] & 0x0F));
		sim_ip_source(pkt, len, &src);
		assert_true(answer(pkt, len, out) <= len);
	}
}

/* ---- the modem's side ------------------------------------------------------------- */

static const char modem_config[] = "[uim]\npin_enabled = no\n[wda]\nlink_layer = raw-ip\n";

static size_t modem_packet(struct fx *h, const uint8_t *pkt, size_t len, uint8_t *out)
{
	return sim_modem_packet(h->m, pkt, len, out, SIM_NET_PACKET_MAX);
}

static uint32_t start(struct fx *h, uint8_t cid, uint8_t family)
{
	struct wds_start_network_req req = { .has_ip_family = 1, .ip_family = family };
	struct wds_start_network_rsp rsp;

	assert_int_equal(fx_request(h, &slqs_wds_start_network, cid, &req, &rsp), 0);
	return rsp.handle;
}

static struct wds_get_packet_statistics_rsp statistics(struct fx *h, uint8_t cid)
{
	struct wds_get_packet_statistics_req req = { 0 };
	struct wds_get_packet_statistics_rsp rsp;

	assert_int_equal(fx_request(h, &slqs_wds_get_packet_statistics, cid, &req, &rsp), 0);
	return rsp;
}

static void carried_while_up(void **state)
{
	struct fx *h = fx_new(modem_config, NULL);
	uint8_t cid4 = fx_cid(h, QMI_SVC_WDS), cid6 = fx_cid(h, QMI_SVC_WDS);
	static uint8_t out[SIM_NET_PACKET_MAX];
	struct wds_get_packet_statistics_rsp st;
	struct wds_stop_network_req stop;
	uint8_t other[sizeof(ping4)];
	char none;

	(void)state;
	sim_modem_use_data_path(h->m);
	/* no session: dropped */
	assert_int_equal(modem_packet(h, ping4, sizeof(ping4), out), 0);
	assert_int_equal(sim_modem_net_stats(h->m)->dropped, 1);

	stop.handle = start(h, cid4, 4);
	st = statistics(h, cid4);
	assert_int_equal(st.tx_packets_ok, 0);	/* measured: no synthetic traffic */
	assert_int_equal(st.tx_bytes_ok, 0);
	assert_int_equal(modem_packet(h, ping4, sizeof(ping4), out), sizeof(pong4));
	assert_memory_equal(out, pong4, sizeof(pong4));
	assert_int_equal(modem_packet(h, udp4, sizeof(udp4), out), sizeof(udp4_back));
	/* the IPv6 session is not up yet */
	assert_int_equal(modem_packet(h, ping6, sizeof(ping6), out), 0);
	st = statistics(h, cid4);
	assert_int_equal(st.tx_packets_ok, 2);
	assert_int_equal(st.rx_packets_ok, 2);
	assert_int_equal(st.tx_bytes_ok, sizeof(ping4) + sizeof(udp4));
	assert_int_equal(st.rx_bytes_ok, sizeof(pong4) + sizeof(udp4_back));

	/* IPv6: its own session, its own counts; the whole /64 is the host's */
	start(h, cid6, 6);
	assert_int_equal(modem_packet(h, ping6, sizeof(ping6), out), sizeof(pong6));
	assert_memory_equal(out, pong6, sizeof(pong6));
	st = statistics(h, cid6);
	assert_int_equal(st.tx_packets_ok, 1);
	assert_int_equal(st.rx_bytes_ok, sizeof(pong6));
	assert_int_equal(statistics(h, cid4).tx_packets_ok, 2);

	/* a source no session owns: dropped */
	memcpy(other, ping4, sizeof(other));
	other[15] = 3;	/* from 192.0.2.3 */
	assert_int_equal(modem_packet(h, other, sizeof(other), out), 0);
	assert_int_equal(sim_modem_net_stats(h->m)->dropped, 3);
	/* carried but to nobody who answers (192.0.2.9): counted as sent */
	memcpy(other, ping4, sizeof(other));
	other[19] = 9;
	assert_int_equal(modem_packet(h, other, sizeof(other), out), 0);
	assert_int_equal(sim_modem_net_stats(h->m)->unanswered, 1);
	assert_int_equal(statistics(h, cid4).tx_packets_ok, 3);
	/* not IP */
	assert_int_equal(modem_packet(h, (const uint8_t *)"\x00\x01", 2, out), 0);
	assert_int_equal(sim_modem_net_stats(h->m)->malformed, 1);

	/* the session ends: dropped again, the last call's bytes kept */
	assert_int_equal(fx_request(h, &slqs_wds_stop_network, cid4, &stop, &none), 0);
	assert_int_equal(modem_packet(h, ping4, sizeof(ping4), out), 0);
	assert_int_equal(sim_modem_net_stats(h->m)->to_host, 3);
	assert_int_equal(sim_modem_net_stats(h->m)->from_host, 9);
	{
		struct wds_get_packet_statistics_req req = { 0 };
		struct wds_get_packet_statistics_rsp rsp;

		assert_int_equal(fx_request(h, &slqs_wds_get_packet_statistics, cid4, &req, &rsp),
				 QMI_ERR_OUT_OF_CALL);
		assert_int_equal(rsp.last_call_tx_bytes_ok, 2 * sizeof(ping4) + sizeof(udp4));
	}
	/* the counters are in stats */
	fx_control_ok(h, "stats", " net.from_host=9 net.to_host=3 net.dropped=4 net.not_raw_ip=0 net.unanswered=1"
		      " net.malformed=1");
	fx_free(h);
}

/* Without a data path the statistics stay synthetic: here, at rates of
 * zero, nothing, whatever travels. */
static void synthetic_without_data_path(void **state)
{
	struct fx *h = fx_new("[uim]\npin_enabled = no\n[wda]\nlink_layer = raw-ip\n"
			      "[wds]\ntx_rate = 0\nrx_rate = 0\n", NULL);
	uint8_t cid = fx_cid(h, QMI_SVC_WDS);
	static uint8_t out[SIM_NET_PACKET_MAX];

	(void)state;
	start(h, cid, 4);
	assert_int_equal(modem_packet(h, ping4, sizeof(ping4), out), sizeof(pong4));
	assert_int_equal(statistics(h, cid).tx_packets_ok, 0);
	assert_int_equal(statistics(h, cid).rx_bytes_ok, 0);
	fx_free(h);
}

/* The interface is raw IP: a modem left in 802.3 (its boot format) carries
 * nothing until the host sets raw IP with WDA, unless raw_ip_only is off. */
static void raw_ip_only(void **state)
{
	struct fx *h = fx_new("[uim]\npin_enabled = no\n", NULL);
	struct wda_set_data_format_req sq = { .has_link_layer = 1,
					      .link_layer = WDA_LINK_LAYER_RAW_IP };
	struct wda_data_format f;
	static uint8_t out[SIM_NET_PACKET_MAX];

	(void)state;
	start(h, fx_cid(h, QMI_SVC_WDS), 4);
	assert_int_equal(modem_packet(h, ping4, sizeof(ping4), out), 0);
	assert_int_equal(sim_modem_net_stats(h->m)->not_raw_ip, 1);
	assert_int_equal(fx_request(h, &slqs_wda_set_data_format, fx_cid(h, QMI_SVC_WDA), &sq,
				    &f), 0);
	assert_int_equal(modem_packet(h, ping4, sizeof(ping4), out), sizeof(pong4));
	fx_free(h);

	h = fx_new("[uim]\npin_enabled = no\n[tun]\nraw_ip_only = no\n", NULL);
	start(h, fx_cid(h, QMI_SVC_WDS), 4);
	assert_int_equal(modem_packet(h, ping4, sizeof(ping4), out), sizeof(pong4));
	fx_free(h);
}

static void tun_settings(void **state)
{
	struct fx *h = fx_new("[tun]\nname = wwsim7\nremote_ipv4 = 198.51.100.7\n"
			      "remote_ipv6 = none\necho_port = 0\n", NULL);

	(void)state;
	assert_string_equal(sim_modem_tun_name(h->m), "wwsim7");
	fx_free(h);
	fx_refuse_config(NULL, "[tun]\nremote_ipv4 = 300.1.1.1\n",
			 "config:2: remote_ipv4: '300.1.1.1' is not an IPv4 address");
	fx_refuse_config(NULL, "[tun]\nremote_ipv6 = 192.0.2.1\n",
			 "config:2: remote_ipv6: '192.0.2.1' is not an IPv6 address");
	fx_refuse_config(NULL, "[tun]\ncolour = red\n", "config:2: unknown key 'colour' in [tun]");
	fx_refuse_config(NULL, "[tun]\nname = a-name-far-too-long-for-linux\n", "config:2: name");
	fx_refuse_config(NULL, "[tun x]\n", "config:1: [tun] takes no argument");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(checksum_rfc1071),
		cmocka_unit_test(echo_replies),
		cmocka_unit_test(source_address),
		cmocka_unit_test(unanswered),
		cmocka_unit_test(udp_without_checksum),
		cmocka_unit_test(random_bytes),
		cmocka_unit_test(carried_while_up),
		cmocka_unit_test(synthetic_without_data_path),
		cmocka_unit_test(raw_ip_only),
		cmocka_unit_test(tun_settings),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
