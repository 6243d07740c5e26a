/*
 * The program's poll() set, rebuilt every turn of the loop: each owner
 * adds its descriptors with a callback, and the shortest timeout wins.
 */
#ifndef QMISIM_SIM_POLL_H
#define QMISIM_SIM_POLL_H

#include <poll.h>

#define SIM_POLL_MAX 256

typedef void (*sim_poll_fn)(void *obj, int fd, short revents);

struct sim_poll {
	struct pollfd fds[SIM_POLL_MAX];
	sim_poll_fn fn[SIM_POLL_MAX];
	void *obj[SIM_POLL_MAX];
	unsigned n;
	int timeout_ms;		/* -1: none */
};

void sim_poll_reset(struct sim_poll *p);
/** Watches fd; returns -1 if the set is full. */
int sim_poll_add(struct sim_poll *p, int fd, short events, sim_poll_fn fn, void *obj);
/** Wakes up after at most ms (ignored when negative). */
void sim_poll_timeout(struct sim_poll *p, int ms);
/** Calls the callbacks of the descriptors that have events. */
void sim_poll_dispatch(struct sim_poll *p);

#endif
