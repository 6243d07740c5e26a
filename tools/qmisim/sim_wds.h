/*
 * qmisim WDS service: the packet-data side of the simulated modem. The
 * configured network ([wds.apn NAME] sections) accepts or refuses calls
 * with realistic call-end reasons and hands out its addresses; stored
 * profiles ([wds.profile N]) feed Start Network; sessions follow the
 * registration (NAS) and end with a Packet Service Status indication.
 * Config keys and control commands: docs/qmisim-wds.md.
 */
#ifndef QMISIM_SIM_WDS_H
#define QMISIM_SIM_WDS_H

#include "tools/qmisim/sim.h"

extern const struct sim_service sim_wds_service;

/** Live data sessions (every client and family counted). */
unsigned sim_wds_sessions(struct sim_modem *m);

/**
 * The data path (sim_net.h): the live session that owns address `addr`
 * (IP version 4 or 6; 4 or 16 bytes) counts a packet of `bytes` bytes, sent
 * by the host (`to_network`) or to it. Returns 0, or -1 when no live
 * session has that address (the packet is not carried).
 */
int sim_wds_count_packet(struct sim_modem *m, unsigned version, const uint8_t *addr,
			 size_t bytes, int to_network);

/** Traffic is measured from now on: statistics report the counted packets. */
void sim_wds_measure_traffic(struct sim_modem *m);

#endif
