/*
 * qmisim DMS service: the modem's identity, capabilities and operating
 * mode, and the legacy DMS-side SIM messages (answered from the UIM
 * module's card, or refused as MDM9x30 firmware does).
 */
#ifndef QMISIM_SIM_DMS_H
#define QMISIM_SIM_DMS_H

#include "tools/qmisim/sim.h"

extern const struct sim_service sim_dms_service;

/**
 * The QMI DMS operating mode: 0 online, 1 low power, 2 factory test,
 * 3 offline, 4 resetting, 5 shutting down, 6 persistent low power,
 * 7 mode-only low power. SIM_EV_OPERATING_MODE is raised when it changes.
 * Online (0) when the DMS service is not registered.
 */
int sim_dms_operating_mode(struct sim_modem *m);

/** Non-zero when the radio is on (operating mode online). */
int sim_dms_is_online(struct sim_modem *m);

#endif
