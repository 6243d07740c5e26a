/*
 * The simulated modem as a library: what the qmisim program and the tests
 * use. A modem takes host bytes in (a byte stream or whole frames, on one
 * of a few "ports", e.g. the pty and the socket) and hands the frames it
 * sends to an output callback. It keeps no file descriptors: the program
 * owns the devices.
 */
#ifndef QMISIM_SIM_MODEM_H
#define QMISIM_SIM_MODEM_H

#include <stddef.h>
#include <stdint.h>

#include "tools/qmisim/sim.h"

#define SIM_MAX_PORTS 4		/* host attachments per modem (pty, socket ...) */
#define SIM_PORT_ALL  0xFFu	/* output port: every attached host */
#define SIM_CONTROL_MAX 4096	/* longest control answer, NUL included */

struct sim_record;
struct sim_replay;

/** How a modem reaches the program around it (every member may be NULL). */
struct sim_io {
	/* A frame for the host on `port` (or SIM_PORT_ALL). */
	void (*output)(void *arg, struct sim_modem *m, unsigned port, const uint8_t *frame,
		       size_t len);
	/* The `unplug`/`replug` faults: make the device vanish / come back.
	 * Return 0 (replug may say where the device is now in msg), or -1
	 * with the reason in msg. */
	int (*unplug)(void *arg, struct sim_modem *m, char *msg, size_t msglen);
	int (*replug)(void *arg, struct sim_modem *m, char *msg, size_t msglen);
	void *arg;
};

struct sim_modem_opts {
	unsigned index;			/* among the process's modems */
	const char *config_path;	/* config file, or NULL */
	const char *config_text;	/* config given as text (if no path); NULL: defaults */
	const struct sim_service *const *services;	/* NULL: sim_services[] */
	const struct sim_io *io;	/* NULL: frames go nowhere */
};

/** Counters for `stats` and for tests. */
struct sim_stats {
	unsigned long requests;		/* every request frame, CTL included */
	unsigned long responses;	/* responses queued for the host */
	unsigned long indications;	/* indications queued for the host */
	unsigned long malformed;	/* host frames that were not a valid request */
	unsigned long dropped;		/* responses lost to the `drop` fault */
	unsigned long garbage;		/* stream bytes that were not part of a frame */
	unsigned long replayed;		/* requests answered from a recording */
	unsigned long resets;		/* simulated reboots */
};

/**
 * Creates a modem: services' defaults, then the config, then SIM_EV_BOOT.
 * Returns NULL with a message (file:line: what) in err on failure.
 */
struct sim_modem *sim_modem_new(const struct sim_modem_opts *o, char *err, size_t errlen);
void sim_modem_free(struct sim_modem *m);

/** Host bytes from a stream (pty): any chunking, frames are reassembled. */
void sim_modem_input(struct sim_modem *m, unsigned port, const void *data, size_t len);

/** One whole frame (a socket packet, like a cdc-wdm write). */
void sim_modem_input_frame(struct sim_modem *m, unsigned port, const uint8_t *frame,
			   size_t len);

/** A host left `port`: forget its partial input and its queued frames. */
void sim_modem_port_closed(struct sim_modem *m, unsigned port);

/**
 * Sends the queued frames that are due. Returns the milliseconds until the
 * next one is due, or -1 if none is queued. Call it after input and when
 * the returned time has passed.
 */
int sim_modem_flush(struct sim_modem *m);

/**
 * Runs one control command ("stats", "delay 100", "wds drop 2" ...).
 * `out` receives one line starting with "ok" or "error: ". Returns 0 or -1.
 */
int sim_modem_control(struct sim_modem *m, const char *line, char *out, size_t outlen);

/**
 * Runs a control line for one of several modems: "modem N <cmd>" addresses
 * modem N, anything else modem 0.
 */
int sim_control_dispatch(struct sim_modem *const *modems, unsigned n, const char *line,
			 char *out, size_t outlen);

/** The modem's name ([modem] name, default "qmisim<index>"). */
const char *sim_modem_name(const struct sim_modem *m);

/** Counters since creation. */
const struct sim_stats *sim_modem_stats(const struct sim_modem *m);

/** Client ids of a service in use (0 for an unknown service). */
unsigned sim_modem_cids_in_use(const struct sim_modem *m, uint8_t service);

/** Non-zero while the `unplug` fault is in force. */
int sim_modem_unplugged(const struct sim_modem *m);

/** Writes every frame both ways to rec (NULL: stop); rec stays the caller's. */
void sim_modem_set_record(struct sim_modem *m, struct sim_record *rec);

/** Answers service requests from a loaded recording (NULL: stop). */
void sim_modem_set_replay(struct sim_modem *m, struct sim_replay *rp);

#endif
