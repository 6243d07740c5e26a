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

#endif
