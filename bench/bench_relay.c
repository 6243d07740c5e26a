/*
 * bench_relay: the floor of any daemon design on this machine. A
 * do-nothing relay between one client's UNIX socket and the modem's pty,
 * in one epoll loop: what the client writes goes to the pty in one write,
 * what the pty gives goes back in one write. No client ids, no parsing,
 * no checks, so a daemon can do no less per request; our daemon's latency
 * is reported as a ratio to this one's.
 *
 * The socket is SOCK_SEQPACKET, as slqssdk's: on a stream socket the
 * relay's read of a request wakes the client, asleep in its read, for
 * nothing (the write-space wake-up shares the wait queue), which costs a
 * context switch per request that no daemon has to pay.
 *
 *   bench_relay SOCKET DEVICE
 *
 * Prints "ready" once it accepts clients; one client at a time (a new
 * one replaces the old); runs until a signal, or until the pty ends.
 */
#define _GNU_SOURCE	/* accept4 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "bench.h"

static int listen_on(const char *path)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);

	if (fd < 0 || strlen(path) >= sizeof sa.sun_path)
		return -1;
	strcpy(sa.sun_path, path);
	unlink(path);
	if (bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0 || listen(fd, 4) < 0) {
		close(fd);
		return -1;
	}
	return fd;
}

static int watch(int epoll_fd, int fd)
{
	struct epoll_event ev = { .events = EPOLLIN, .data.fd = fd };

	return epoll_ctl(epoll_fd, EPOLL_CTL_ADD, fd, &ev);
}

/* Writes all of buf; false if the peer is gone. */
static int pass_on(int fd, const char *buf, size_t len)
{
	while (len > 0) {
		ssize_t w = write(fd, buf, len);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return 0;
		buf += w;
		len -= (size_t)w;
	}
	return 1;
}

int main(int argc, char **argv)
{
	int listener, device, epoll_fd, client = -1;
	char buf[4096];

	if (argc != 3) {
		fprintf(stderr, "usage: %s SOCKET DEVICE\n", argv[0]);
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);	/* a client gone is seen as EPIPE */
	listener = listen_on(argv[1]);
	device = bench_open_device(argv[2]);
	epoll_fd = epoll_create1(EPOLL_CLOEXEC);
	if (listener < 0 || device < 0 || epoll_fd < 0 || watch(epoll_fd, listener) ||
	    watch(epoll_fd, device)) {
		perror("bench_relay");
		return 1;
	}
	printf("ready\n");
	fflush(stdout);
	for (;;) {
		struct epoll_event ev[4];
		int n = epoll_wait(epoll_fd, ev, 4, -1);

		if (n < 0 && errno != EINTR) {
			perror("bench_relay: epoll_wait");
			return 1;
		}
		for (int i = 0; i < n; i++) {
			int fd = ev[i].data.fd;
			ssize_t r;

			if (fd == listener) {
				int c = accept4(listener, NULL, NULL, SOCK_CLOEXEC);

				if (c >= 0 && client >= 0)
					close(client);	/* closing also unwatches it */
				if (c >= 0 && !watch(epoll_fd, c))
					client = c;
				continue;
			}
			if (fd != client && fd != device)
				continue;	/* a client replaced within this batch */
			r = read(fd, buf, sizeof buf);
			if (r < 0 && errno == EINTR)
				continue;
			if (fd == device && r <= 0) {
				fprintf(stderr, "bench_relay: the device ended\n");
				return 1;
			}
			if (fd == client && (r <= 0 || !pass_on(device, buf, (size_t)r))) {
				close(client);
				client = -1;
			} else if (fd == device && client >= 0 && !pass_on(client, buf, (size_t)r)) {
				close(client);
				client = -1;
			}
		}
	}
}
