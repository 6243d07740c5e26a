/*
 * qmisim NAS service: the network the simulated modem sees (operator,
 * radio access technology, cell, signal) and its registration, which
 * follows the operating mode (DMS) and the SIM (UIM). Raises
 * SIM_EV_REGISTRATION when the registration changes and SIM_EV_SIGNAL
 * when the signal does, and sends the NAS indications clients asked for.
 */
#ifndef QMISIM_SIM_NAS_H
#define QMISIM_SIM_NAS_H

#include "tools/qmisim/sim.h"

extern const struct sim_service sim_nas_service;

/** Registered (home or roaming) with PS attached: data calls may start. */
int sim_nas_registered(struct sim_modem *m);

/**
 * The QMI NAS radio interface of the serving cell (NAS_RADIO_*: 4 GSM,
 * 5 UMTS, 8 LTE), or 0 (none) while the modem camps on no cell (radio
 * off, or searching).
 */
int sim_nas_radio_interface(struct sim_modem *m);

#endif
