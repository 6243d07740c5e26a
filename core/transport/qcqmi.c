/*
 * The GobiNet driver's /dev/qcqmiN: every open fd is one QMI client.
 * ioctl(GET_SERVICE_FILE, service) - service by value - makes the driver
 * allocate a CID on its own control channel; from then on write() takes a
 * request SDU and read() returns one response or indication SDU, without
 * the QMUX header. close() releases the CID. We never see the CID, so a
 * client is named by a handle of ours.
 */
#include "core/transport/tr_priv.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "core/log.h"
#include "core/status.h"

static int open_node(const char *node)
{
	int fd = open(node, O_RDWR | O_NONBLOCK | O_CLOEXEC);

	return fd < 0 ? -errno : fd;
}

static int qcqmi_open(struct slqs_transport *t)
{
	uint32_t vidpid = 0;
	int fd = open_node(t->node);

	if (fd < 0)
		return fd;
	if (ioctl(fd, QCQMI_IOCTL_GET_VIDPID, &vidpid) == 0)
		t->vidpid = vidpid;
	close(fd);
	t->rxbuf = malloc(TR_RXBUF);
	if (!t->rxbuf)
		return -ENOMEM;
	t->max_frame = QMUX_MAX_FRAME;
	return 0;
}

static void qcqmi_close(struct slqs_transport *t)
{
	for (size_t i = 0; i < t->n_chans; i++)
		close(t->chans[i].fd);
	t->n_chans = 0;
}

static struct tr_chan *find_chan(struct slqs_transport *t, uint8_t service, uint8_t cid)
{
	for (size_t i = 0; i < t->n_chans; i++)
		if (t->chans[i].service == service && t->chans[i].cid == cid)
			return &t->chans[i];
	return NULL;
}

static struct tr_chan *find_fd(struct slqs_transport *t, int fd)
{
	for (size_t i = 0; i < t->n_chans; i++)
		if (t->chans[i].fd == fd)
			return &t->chans[i];
	return NULL;
}

/* The lowest handle 1..254 not in use for service, or 0. */
static uint8_t free_handle(struct slqs_transport *t, uint8_t service)
{
	for (unsigned h = 1; h < QMI_CID_BROADCAST; h++)
		if (!find_chan(t, service, (uint8_t)h))
			return (uint8_t)h;
	return 0;
}

int slqs_qcqmi_bind(const char *node, uint8_t service)
{
	int fd;

	if (service == QMI_SVC_CTL)
		return -EINVAL;	/* the driver's own; it would refuse too */
	fd = open_node(node);
	if (fd < 0)
		return fd;
	/* The service goes by value, not by pointer: that is the driver's ABI. */
	if (ioctl(fd, QCQMI_IOCTL_GET_SERVICE_FILE, (unsigned long)service) < 0) {
		int e = errno;

		close(fd);
		return -e;
	}
	return fd;
}

int slqs_transport_client_add(struct slqs_transport *t, uint8_t service, int fd, uint8_t *cid)
{
	uint8_t h;

	if (!slqs_transport_per_client(t) || service == QMI_SVC_CTL || fd < 0)
		return -EINVAL;
	h = free_handle(t, service);
	if (!h)
		return -EMFILE;
	if (t->n_chans == t->cap_chans) {
		size_t cap = t->cap_chans ? 2 * t->cap_chans : 16;
		struct tr_chan *c = realloc(t->chans, cap * sizeof(*c));

		if (!c)
			return -ENOMEM;
		t->chans = c;
		t->cap_chans = cap;
	}
	t->chans[t->n_chans++] = (struct tr_chan){ .fd = fd, .service = service, .cid = h };
	*cid = h;
	return 0;
}

int slqs_transport_client_remove(struct slqs_transport *t, uint8_t service, uint8_t cid)
{
	struct tr_chan *c = slqs_transport_per_client(t) ? find_chan(t, service, cid) : NULL;
	int fd;

	if (!c)
		return -1;
	fd = c->fd;
	*c = t->chans[--t->n_chans];
	return fd;
}

static int qcqmi_write(struct slqs_transport *t, uint8_t service, uint8_t cid,
		       const uint8_t *buf, size_t len)
{
	struct tr_chan *c = find_chan(t, service, cid);

	if (!c)
		return -EINVAL;
	return slqs_tr_write_all(c->fd, 0, buf, len);
}

/*
 * One read per call: GobiNet's read blocks until an SDU is there, whatever
 * O_NONBLOCK says, so we only read when poll said readable, and once.
 * Level-triggered epoll calls us again while more is queued.
 */
static int qcqmi_recv(struct slqs_transport *t, int fd, slqs_tr_frame_fn fn, void *arg)
{
	struct tr_chan *c = find_fd(t, fd);
	struct qmux_frame f;
	ssize_t n;
	int rc;

	if (!c)
		return 0;
	do
		n = read(fd, t->rxbuf, TR_RXBUF);
	while (n < 0 && errno == EINTR);
	if (n == 0)
		return -EPIPE;
	if (n < 0)
		return errno == EAGAIN ? 0 : -errno;
	slqs_log_frame("<-modem", t->rxbuf, (size_t)n, 0, c->service);
	f.flags = QMUX_FLAG_FROM_MODEM;
	f.service = c->service;
	f.client = c->cid;
	rc = slqs_sdu_parse(c->service, t->rxbuf, (size_t)n, &f.sdu);
	if (rc < 0) {
		log_warn("%s: dropped a malformed SDU of %zd bytes: %s", t->node, n,
			 slqs_status_str(rc));
		return 0;
	}
	fn(arg, &f);
	return 0;
}

const struct tr_ops slqs_tr_qcqmi_ops = {
	.kind = SLQS_TR_QCQMI,
	.open = qcqmi_open,
	.close = qcqmi_close,
	.write = qcqmi_write,
	.recv = qcqmi_recv,
};
