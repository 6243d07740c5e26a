/*
 * The control socket of the qmisim program: a UNIX stream socket with a
 * line protocol, one command per line, one answer line per command
 * ("ok ..." or "error: ..."). Several control clients may be connected.
 */
#ifndef QMISIM_SIM_CTLSOCK_H
#define QMISIM_SIM_CTLSOCK_H

#include <stddef.h>
#include <stdio.h>

#include "tools/qmisim/sim_modem.h"
#include "tools/qmisim/sim_poll.h"

struct sim_ctlsrv;

/** Listens on path for commands to the n modems; NULL with err on failure. */
struct sim_ctlsrv *sim_ctlsrv_new(const char *path, struct sim_modem *const *modems,
				  unsigned n, char *err, size_t errlen);
void sim_ctlsrv_poll(struct sim_ctlsrv *s, struct sim_poll *p);
/** Closes the socket and its clients and removes the socket file. */
void sim_ctlsrv_free(struct sim_ctlsrv *s);

/**
 * The client side (`qmisim --ctl PATH COMMAND...`): sends one command,
 * prints the answer line to out. Returns 0 for "ok", 1 for "error", 2 if
 * the simulator could not be reached (the reason goes to err).
 */
int sim_ctl_send(const char *path, const char *command, FILE *out, FILE *err,
		 int timeout_ms);

#endif
