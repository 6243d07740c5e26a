/*
 * The devices of one simulated modem in the qmisim program: a raw pty
 * (port 0, a byte stream like /dev/cdc-wdmN) with an optional stable
 * symlink, and an optional UNIX SOCK_SEQPACKET socket (port 1, one QMUX
 * frame per packet) serving one host at a time. Unplug closes them all.
 */
#ifndef QMISIM_SIM_DEV_H
#define QMISIM_SIM_DEV_H

#include <stddef.h>
#include <stdio.h>

#include "tools/qmisim/sim_modem.h"
#include "tools/qmisim/sim_poll.h"

#define SIM_DEV_PORT_PTY    0
#define SIM_DEV_PORT_SOCKET 1

struct sim_dev;

/** A device set; link and socket may be NULL. Nothing is opened yet. */
struct sim_dev *sim_dev_new(const char *link, const char *socket);

/** The callbacks to give the modem (they reach this device set). */
const struct sim_io *sim_dev_io(struct sim_dev *d);

/** Opens the pty, the link and the socket for modem m; 0 or -1 with err. */
int sim_dev_start(struct sim_dev *d, struct sim_modem *m, char *err, size_t errlen);

/** The pty's path (what a host opens), or NULL while unplugged. */
const char *sim_dev_pty(const struct sim_dev *d);

/** Writes "pty P [link L] [socket S]" (no newline). */
void sim_dev_describe(const struct sim_dev *d, char *out, size_t outlen);

/** Adds the device's descriptors (and its timers) to the poll set. */
void sim_dev_poll(struct sim_dev *d, struct sim_poll *p);

/** Closes everything and removes the link and the socket file. */
void sim_dev_free(struct sim_dev *d);

#endif
