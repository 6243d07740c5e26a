/*
 * The daemon's one event loop: epoll over the listener, the signalfd, the
 * uevent socket, every device fd, every app socket and every GobiNet
 * client fd; it sleeps until one is ready or the next timer is due, and
 * with no timer armed it sleeps until an fd wakes it.
 */
#include <errno.h>
#include <string.h>
#include <sys/epoll.h>
#include <time.h>

#include "core/log.h"
#include "pkgs/sdk/sdk.h"

#define MAX_EVENTS 64

/* The batch being dispatched, so a watch removed mid-batch is skipped. */
static struct epoll_event batch[MAX_EVENTS];
static int batch_n, batch_i;

uint64_t sdk_clock(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

int sdk_watch_add(struct sdk *s, struct sdk_watch *w, uint32_t events)
{
	struct epoll_event ev = { .events = events, .data.ptr = w };

	return epoll_ctl(s->epfd, EPOLL_CTL_ADD, w->fd, &ev) < 0 ? -errno : 0;
}

int sdk_watch_mod(struct sdk *s, struct sdk_watch *w, uint32_t events)
{
	struct epoll_event ev = { .events = events, .data.ptr = w };

	return epoll_ctl(s->epfd, EPOLL_CTL_MOD, w->fd, &ev) < 0 ? -errno : 0;
}

void sdk_watch_del(struct sdk *s, struct sdk_watch *w)
{
	if (w->fd >= 0)
		epoll_ctl(s->epfd, EPOLL_CTL_DEL, w->fd, NULL);
	for (int i = batch_i + 1; i < batch_n; i++)
		if (batch[i].data.ptr == w)
			batch[i].data.ptr = NULL;
}

/* What is due now, then the apps that died meanwhile. */
static void settle(struct sdk *s)
{
	s->now = sdk_clock();
	sdk_timers_run(s);
	app_reap(s);
}

int sdk_run(struct sdk *s)
{
	settle(s);
	while (!s->quit) {
		batch_n = epoll_wait(s->epfd, batch, MAX_EVENTS, sdk_timers_wait_ms(s));
		if (batch_n < 0) {
			if (errno == EINTR)
				continue;
			log_err("epoll_wait: %s", strerror(errno));
			return -1;
		}
		s->now = sdk_clock();
		for (batch_i = 0; batch_i < batch_n; batch_i++) {
			struct sdk_watch *w = batch[batch_i].data.ptr;

			if (w)
				w->fn(s, w, batch[batch_i].events);
		}
		batch_n = batch_i = 0;
		settle(s);
	}
	return 0;
}
