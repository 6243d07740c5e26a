#include "tools/qmisim/sim_poll.h"

void sim_poll_reset(struct sim_poll *p)
{
	p->n = 0;
	p->timeout_ms = -1;
}

int sim_poll_add(struct sim_poll *p, int fd, short events, sim_poll_fn fn, void *obj)
{
	if (p->n == SIM_POLL_MAX)
		return -1;
	p->fds[p->n] = (struct pollfd){ .fd = fd, .events = events };
	p->fn[p->n] = fn;
	p->obj[p->n] = obj;
	p->n++;
	return 0;
}

void sim_poll_timeout(struct sim_poll *p, int ms)
{
	if (ms >= 0 && (p->timeout_ms < 0 || ms < p->timeout_ms))
		p->timeout_ms = ms;
}

void sim_poll_dispatch(struct sim_poll *p)
{
	/* A callback may close descriptors of later entries: those are rebuilt
	 * next turn, and a closed fd's stale revents are harmless to its owner,
	 * which checks its own state first. */
	for (unsigned i = 0; i < p->n; i++)
		if (p->fds[i].revents)
			p->fn[i](p->obj[i], p->fds[i].fd, p->fds[i].revents);
}
