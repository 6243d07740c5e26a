/*
 * The services a simulated modem offers (besides CTL, which the framework
 * owns). Each is a module in its own file, sim_<svc>.c.
 */
#ifndef QMISIM_SIM_SERVICES_H
#define QMISIM_SIM_SERVICES_H

#include <stdint.h>

#include "tools/qmisim/sim.h"

extern const struct sim_service sim_dms_service;
extern const struct sim_service sim_nas_service;
extern const struct sim_service sim_wds_service;
extern const struct sim_service sim_uim_service;
extern const struct sim_service sim_wda_service;

/** A request message the simulator does not answer, and why. */
struct sim_unanswered {
	const struct qmi_msg *msg;
	const char *reason;
};

/** Those messages (sim_unanswered.c), ending with { NULL, NULL }. */
extern const struct sim_unanswered sim_unanswered[];

/** Every service module, in registration order, NULL-terminated. */
extern const struct sim_service *const sim_services[];

/** The service of `list` named `name` (case-insensitive), or NULL. */
const struct sim_service *sim_service_by_name(const struct sim_service *const *list,
					      const char *name);

/** The message name for traces ("Get Manufacturer"), from the handler tables. */
const char *sim_msg_name(uint8_t service, uint16_t msg_id);

#endif
