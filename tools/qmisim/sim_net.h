/*
 * The simulated network behind qmisim's data sessions, and the modem's
 * data path to it.
 *
 * A host sends raw IP packets (no link header: qmi_wwan in raw-IP mode)
 * on the modem's network interface. While the modem's data format (WDA) is
 * raw IP too, a packet whose source address belongs to a live WDS session
 * is carried to a small network in which one remote
 * host answers ICMP echo, ICMPv6 echo and UDP echo; every other packet is
 * dropped and counted. sim_net_answer() is the remote host (pure: bytes
 * in, bytes out); sim_modem_packet() is the modem's side (sessions and
 * counters). The program's TUN device (sim_tun.h) feeds them.
 * See docs/qmisim-tun.md.
 */
#ifndef QMISIM_SIM_NET_H
#define QMISIM_SIM_NET_H

#include <stddef.h>
#include <stdint.h>

#include "tools/qmisim/sim_settings.h"

#define SIM_NET_IFNAME_MAX 16		/* IFNAMSIZ, NUL included */
#define SIM_NET_PACKET_MAX 65535	/* the largest IP packet */

/** The [tun] section: the interface and the remote host. */
struct sim_net_conf {
	char tun[SIM_NET_IFNAME_MAX];	/* TUN interface name; "" = none (unless --tun) */
	uint8_t remote_ipv4[4];		/* the address that answers; 0.0.0.0 = none */
	uint8_t remote_ipv6[16];	/* :: = none */
	uint16_t echo_port;		/* UDP echo port; 0 = no UDP echo */
	uint8_t raw_ip_only;		/* carry only while WDA says raw IP (the TUN's format) */
};

/** Packets of the data path (the `stats` pairs net.*). */
struct sim_net_stats {
	unsigned long from_host;	/* packets the host sent */
	unsigned long to_host;		/* answers written back */
	unsigned long dropped;		/* no live session has the source address */
	unsigned long not_raw_ip;	/* dropped: the modem expects 802.3 frames (WDA) */
	unsigned long unanswered;	/* carried, but nothing answers them */
	unsigned long malformed;	/* not an IP packet */
};

struct sim_net {
	struct sim_net_conf conf;
	struct sim_net_stats stats;
};

/** The [tun] settings (name, remote_ipv4, remote_ipv6, echo_port, raw_ip_only). */
extern const struct sim_setting sim_net_settings[];

/** Built-in values: remote 192.0.2.1 and 2001:db8:ffff::1, UDP echo on 7,
 * raw IP only. */
void sim_net_defaults(struct sim_net_conf *c);

/**
 * The Internet checksum (RFC 1071) of data, added to a partial sum `sum`
 * (a pseudo-header's); the value to store in the packet.
 */
uint16_t sim_inet_checksum(const uint8_t *data, size_t len, uint32_t sum);

/**
 * The IP version of a packet (4 or 6) and its source address (4 or 16
 * bytes, pointing into pkt); 0 when pkt is no well-formed IP header.
 */
unsigned sim_ip_source(const uint8_t *pkt, size_t len, const uint8_t **src);

/**
 * The remote host: its answer to pkt (an echo reply, checksums computed)
 * written to out, and its length; 0 when it does not answer (another
 * destination, another protocol, a bad checksum, a fragment, cap too
 * small).
 */
size_t sim_net_answer(const struct sim_net_conf *c, const uint8_t *pkt, size_t len,
		      uint8_t *out, size_t cap);

/* ---- the modem's data path (sim_datapath.c) ------------------------------- */

struct sim_modem;

/**
 * A packet from the host on the modem's network interface: carried if a
 * live session has its source address (counted on that session), answered
 * by the network if it answers (the answer counted too). Returns the
 * answer's length in out (at most cap), 0 if none.
 */
size_t sim_modem_packet(struct sim_modem *m, const uint8_t *pkt, size_t len, uint8_t *out,
			size_t cap);

/** The [tun] name of the modem's config ("" if none). */
const char *sim_modem_tun_name(const struct sim_modem *m);

/**
 * The modem has a real network interface from now on: WDS Get Packet
 * Statistics reports the packets counted, not synthetic traffic.
 */
void sim_modem_use_data_path(struct sim_modem *m);

/** Counters of the data path. */
const struct sim_net_stats *sim_modem_net_stats(const struct sim_modem *m);

#endif
