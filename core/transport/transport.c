/*
 * The transport front end: picks an implementation, builds outgoing
 * frames (QMUX header or bare SDU as the kind wants), traces both ways.
 */
#include "core/transport/tr_priv.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/log.h"
#include "core/status.h"

static const struct tr_ops *ops_of(enum slqs_tr_kind kind)
{
	switch (kind) {
	case SLQS_TR_QMUX:
		return &slqs_tr_qmuxdev_ops;
	case SLQS_TR_QCQMI:
		return &slqs_tr_qcqmi_ops;
	case SLQS_TR_SEQPACKET:
		return &slqs_tr_seqpacket_ops;
	default:
		return NULL;
	}
}

const char *slqs_tr_kind_name(enum slqs_tr_kind kind)
{
	switch (kind) {
	case SLQS_TR_QMUX:
		return "qmux";
	case SLQS_TR_QCQMI:
		return "gobinet";
	case SLQS_TR_SEQPACKET:
		return "socket";
	default:
		return "unknown";
	}
}

enum slqs_tr_kind slqs_transport_guess(const char *node)
{
	const char *base = strrchr(node, '/');
	struct stat st;

	base = base ? base + 1 : node;
	if (!strncmp(base, "qcqmi", 5))
		return SLQS_TR_QCQMI;
	if (stat(node, &st) < 0)
		return SLQS_TR_UNKNOWN;
	if (S_ISSOCK(st.st_mode))
		return SLQS_TR_SEQPACKET;
	if (S_ISCHR(st.st_mode))
		return SLQS_TR_QMUX;
	return SLQS_TR_UNKNOWN;
}

struct slqs_transport *slqs_transport_open(const char *node, enum slqs_tr_kind kind, int *err)
{
	struct slqs_transport *t;
	const struct tr_ops *ops;
	int rc;

	if (kind == SLQS_TR_UNKNOWN)
		kind = slqs_transport_guess(node);
	ops = ops_of(kind);
	if (!ops || strlen(node) >= TR_NODE_LEN) {
		*err = ops ? -ENAMETOOLONG : -ENODEV;
		return NULL;
	}
	t = calloc(1, sizeof(*t));
	if (!t) {
		*err = -ENOMEM;
		return NULL;
	}
	t->ops = ops;
	t->fd = -1;
	t->max_frame = SLQS_TR_MAX_FRAME_DEFAULT;
	strcpy(t->node, node);
	rc = ops->open(t);
	if (rc < 0) {
		*err = rc;
		free(t->rxbuf);
		free(t);
		return NULL;
	}
	*err = 0;
	return t;
}

int slqs_transport_probe(const char *node)
{
	int fd = open(node, O_RDWR | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);

	if (fd < 0)
		return -errno;
	close(fd);
	return 0;
}

void slqs_transport_close(struct slqs_transport *t)
{
	if (!t)
		return;
	t->ops->close(t);
	if (t->fd >= 0)
		close(t->fd);
	slqs_qmux_reasm_free(&t->reasm);
	free(t->rxbuf);
	free(t->chans);
	free(t);
}

enum slqs_tr_kind slqs_transport_kind(const struct slqs_transport *t)
{
	return t->ops->kind;
}

const char *slqs_transport_node(const struct slqs_transport *t)
{
	return t->node;
}

int slqs_transport_fd(const struct slqs_transport *t)
{
	return t->fd;
}

int slqs_transport_per_client(const struct slqs_transport *t)
{
	return t->ops->kind == SLQS_TR_QCQMI;
}

size_t slqs_transport_max_frame(const struct slqs_transport *t)
{
	return t->max_frame;
}

uint32_t slqs_transport_vidpid(const struct slqs_transport *t)
{
	return t->vidpid;
}

int slqs_transport_send(struct slqs_transport *t, uint8_t service, uint8_t cid, uint16_t txn,
			uint16_t msg_id, const uint8_t *tlv, size_t tlv_len)
{
	int qmux = !slqs_transport_per_client(t);
	size_t cap = QMUX_HDR_LEN + 8 + tlv_len;
	uint8_t stackbuf[1024];
	uint8_t *buf;
	struct qmi_wbuf w;
	struct qmi_frame_mark mark;
	int rc;

	if (cap > t->max_frame)
		return -EMSGSIZE;
	buf = cap <= sizeof(stackbuf) ? stackbuf : malloc(cap);
	if (!buf)
		return -ENOMEM;
	qmi_wbuf_init(&w, buf, cap);
	mark = slqs_frame_begin(&w, qmux, service, cid, QMI_REQUEST, txn, msg_id);
	slqs_put_bytes(&w, tlv, tlv_len);
	rc = slqs_frame_end(&w, mark);
	if (rc == 0) {
		slqs_log_frame("->modem", buf, w.len, qmux, service);
		rc = t->ops->write(t, service, cid, buf, w.len);
	} else {
		rc = -EMSGSIZE;
	}
	if (buf != stackbuf)
		free(buf);
	return rc;
}

int slqs_transport_recv(struct slqs_transport *t, int fd, slqs_tr_frame_fn fn, void *arg)
{
	return t->ops->recv(t, fd, fn, arg);
}

static long ms_since(const struct timespec *t0)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - t0->tv_sec) * 1000 + (now.tv_nsec - t0->tv_nsec) / 1000000;
}

int slqs_tr_write_all(int fd, int sock, const uint8_t *buf, size_t len)
{
	struct timespec t0;
	size_t off = 0;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	while (off < len) {
		ssize_t n = sock ? send(fd, buf + off, len - off, MSG_NOSIGNAL)
				 : write(fd, buf + off, len - off);

		if (n > 0) {
			off += (size_t)n;
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno != EAGAIN)
			return -errno;
		/* Full: a modem drains within milliseconds; give up after 1 s. */
		long left = 1000 - ms_since(&t0);
		struct pollfd p = { .fd = fd, .events = POLLOUT };

		if (left <= 0 || poll(&p, 1, (int)left) <= 0)
			return -ETIMEDOUT;
		if (p.revents & (POLLERR | POLLHUP | POLLNVAL))
			return -EIO;
	}
	return 0;
}

void slqs_tr_deliver_qmux(struct slqs_transport *t, const uint8_t *buf, size_t len,
		     slqs_tr_frame_fn fn, void *arg)
{
	struct qmux_frame f;
	int rc;

	slqs_log_frame("<-modem", buf, len, 1, 0);
	rc = slqs_qmux_parse(buf, len, &f);
	if (rc < 0) {
		log_warn("%s: dropped a malformed frame of %zu bytes: %s", t->node, len,
			 slqs_status_str(rc));
		return;
	}
	if (!(f.flags & QMUX_FLAG_FROM_MODEM)) {
		log_debug("%s: ignored a frame without the from-modem flag", t->node);
		return;
	}
	fn(arg, &f);
}
