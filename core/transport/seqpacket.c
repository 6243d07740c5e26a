/*
 * QMUX over a UNIX SOCK_SEQPACKET socket (the simulator): one whole frame
 * per packet, like a cdc-wdm read or write, so no reassembly.
 */
#include "core/transport/tr_priv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static int seqpacket_open(struct slqs_transport *t)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd;

	if (strlen(t->node) >= sizeof(sa.sun_path))
		return -ENAMETOOLONG;
	strcpy(sa.sun_path, t->node);
	t->rxbuf = malloc(TR_RXBUF);
	if (!t->rxbuf)
		return -ENOMEM;
	fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	/* A local connect completes at once (or fails); no EINPROGRESS. */
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		int e = errno;

		close(fd);
		return e == EAGAIN ? -ECONNREFUSED : -e;
	}
	t->fd = fd;
	t->max_frame = QMUX_MAX_FRAME;
	return 0;
}

static void seqpacket_close(struct slqs_transport *t)
{
	(void)t;
}

static int seqpacket_write(struct slqs_transport *t, uint8_t service, uint8_t cid,
			   const uint8_t *buf, size_t len)
{
	(void)service;
	(void)cid;
	return slqs_tr_write_all(t->fd, 1, buf, len);
}

static int seqpacket_recv(struct slqs_transport *t, int fd, slqs_tr_frame_fn fn, void *arg)
{
	(void)fd;
	for (;;) {
		ssize_t n = recv(t->fd, t->rxbuf, TR_RXBUF, MSG_DONTWAIT);

		if (n == 0)
			return -EPIPE;
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return errno == EAGAIN ? 0 : -errno;
		}
		slqs_tr_deliver_qmux(t, t->rxbuf, (size_t)n, fn, arg);
	}
}

const struct tr_ops slqs_tr_seqpacket_ops = {
	.kind = SLQS_TR_SEQPACKET,
	.open = seqpacket_open,
	.close = seqpacket_close,
	.write = seqpacket_write,
	.recv = seqpacket_recv,
};
