/*
 * The modem's data path (see sim_net.h): a packet from the host travels
 * only while the modem's data format is raw IP (the interface's: a modem
 * left in 802.3 would take the packet for a broken Ethernet frame) and on
 * a live session that owns its source address; it is counted there, and
 * the network's answer is counted on the way back.
 */
#include "tools/qmisim/sim_internal.h"
#include "tools/qmisim/sim_net.h"
#include "tools/qmisim/sim_wda.h"
#include "tools/qmisim/sim_wds.h"

#include "core/log.h"
#include "pkgs/wda/wda_msg.h"

size_t sim_modem_packet(struct sim_modem *m, const uint8_t *pkt, size_t len, uint8_t *out,
			size_t cap)
{
	struct sim_net_stats *st = &m->net.stats;
	const uint8_t *src;
	unsigned version;
	size_t n;

	st->from_host++;
	version = sim_ip_source(pkt, len, &src);
	if (!version) {
		st->malformed++;
		return 0;
	}
	if (m->net.conf.raw_ip_only && sim_wda_link_layer(m) != WDA_LINK_LAYER_RAW_IP) {
		st->not_raw_ip++;
		return 0;
	}
	if (m->unplugged || sim_wds_count_packet(m, version, src, len, 1)) {
		st->dropped++;
		return 0;
	}
	n = sim_net_answer(&m->net.conf, pkt, len, out, cap);
	if (!n) {
		st->unanswered++;
		return 0;
	}
	/* The answer goes back to the request's source: the same session. */
	if (sim_wds_count_packet(m, version, src, n, 0)) {
		st->unanswered++;	/* cannot happen: the session was just found */
		return 0;
	}
	st->to_host++;
	slqs_log(SLQS_LOG_TRACE, "%s: data path: %zu bytes answered with %zu", m->name, len, n);
	return n;
}

const char *sim_modem_tun_name(const struct sim_modem *m)
{
	return m->net.conf.tun;
}

void sim_modem_use_data_path(struct sim_modem *m)
{
	sim_wds_measure_traffic(m);
}

const struct sim_net_stats *sim_modem_net_stats(const struct sim_modem *m)
{
	return &m->net.stats;
}
