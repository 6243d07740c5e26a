/*
 * Request messages of the SDK's registries (pkgs/<svc>/<svc>_msg.c) that
 * the simulator deliberately does not answer: a host gets InvalidQmiCommand
 * (71) for them, as from a modem whose firmware lacks the message.
 *
 * tests/unit/test_sim_registry.c fails when a request message of any
 * registry has neither a handler nor a row here, so a new message cannot
 * be forgotten silently. Every row says why the simulator leaves it out;
 * a row for a message that has a handler fails the test too.
 *
 * Today every request message has a handler, so the list is empty. A row
 * looks like:
 *
 *	{ &slqs_dms_get_foo, "needs a real radio: nothing to simulate" },
 */
#include "tools/qmisim/sim_services.h"

#include <stddef.h>

const struct sim_unanswered sim_unanswered[] = {
	{ NULL, NULL }
};
