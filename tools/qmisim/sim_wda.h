/*
 * qmisim WDA service: the data format (802.3 or raw-IP link layer, QMAP
 * aggregation) the host sets, back to the configured one at every boot.
 * Config keys and control commands: docs/qmisim-wda.md.
 */
#ifndef QMISIM_SIM_WDA_H
#define QMISIM_SIM_WDA_H

#include <stdint.h>

#include "tools/qmisim/sim.h"

extern const struct sim_service sim_wda_service;

/** The link layer in use: WDA_LINK_LAYER_802_3 or WDA_LINK_LAYER_RAW_IP. */
uint32_t sim_wda_link_layer(struct sim_modem *m);

#endif
