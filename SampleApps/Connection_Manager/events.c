/*
 * events.c - one queue for everything the watch loop and the commands wait
 * on: SIGINT/SIGTERM, and what the SDK's callbacks report (they run on the
 * SDK's callback thread and must return quickly, so they only post here).
 *
 * A pipe carries one byte per event; signals arrive through a signalfd
 * (blocked in every thread, so they never interrupt an SDK call).
 */
#define _GNU_SOURCE	/* pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include "cm.h"

static int pipe_fd[2] = { -1, -1 };
static int sig_fd = -1;
static atomic_bool stop_requested;

int cm_events_init(void)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	/* Before SLQSStart: the SDK's threads inherit the mask. */
	if (pthread_sigmask(SIG_BLOCK, &set, NULL) != 0)
		return -1;
	sig_fd = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
	if (sig_fd < 0 || pipe2(pipe_fd, O_CLOEXEC | O_NONBLOCK) < 0)
		return -1;
	signal(SIGPIPE, SIG_IGN);
	return 0;
}

void cm_events_post(enum cm_event ev)
{
	unsigned char b = (unsigned char)ev;

	if (pipe_fd[1] >= 0 && write(pipe_fd[1], &b, 1) < 0 && errno != EAGAIN)
		cm_debug("event %d not queued", ev);
}

bool cm_stop_requested(void)
{
	return atomic_load(&stop_requested);
}

/* A pending signal becomes CM_EV_STOP (and stays requested). */
static bool take_signal(void)
{
	struct signalfd_siginfo si;

	if (read(sig_fd, &si, sizeof si) != (ssize_t)sizeof si)
		return false;
	cm_info("signal %u: stopping", si.ssi_signo);
	atomic_store(&stop_requested, true);
	return true;
}

enum cm_event cm_events_wait_on(int fd, int timeout_ms)
{
	struct pollfd p[3] = { { .fd = sig_fd, .events = POLLIN }, { .fd = pipe_fd[0], .events = POLLIN },
			       { .fd = fd, .events = POLLIN } };
	unsigned char b;

	if (cm_stop_requested())
		return CM_EV_STOP;
	for (;;) {
		int n = poll(p, 3, timeout_ms);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return CM_EV_TICK;
		if ((p[0].revents & POLLIN) && take_signal())
			return CM_EV_STOP;
		if ((p[1].revents & POLLIN) && read(pipe_fd[0], &b, 1) == 1)
			return (enum cm_event)b;
		if (p[2].revents)
			return CM_EV_INPUT;
	}
}

enum cm_event cm_events_wait(int timeout_ms)
{
	return cm_events_wait_on(-1, timeout_ms);
}
