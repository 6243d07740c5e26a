/*
 * Socket side of the app <-> daemon protocol: one message per
 * SOCK_SEQPACKET packet.
 */
#include "pkgs/ipc/ipc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

/* Messages without a TLV area fit here; bigger ones are sized exactly. */
#define SMALL_PACKET 1024

static size_t packet_bound(const struct ipc_msg *m)
{
	switch (m->type) {
	case IPC_QMI_REQUEST:
		return 64 + m->u.req.tlv_len;
	case IPC_QMI_RESPONSE:
		return 64 + m->u.rsp.tlv_len;
	case IPC_INDICATION:
		return 64 + m->u.ind.tlv_len;
	case IPC_DEVICES:
		return 64 + (size_t)m->u.devices.count *
			(IPC_NODE_LEN + IPC_KEY_LEN + IPC_IFNAME_LEN + IPC_SERIAL_LEN + 32);
	default:
		return SMALL_PACKET;
	}
}

int slqs_ipc_send(int fd, const struct ipc_msg *m, int flags)
{
	uint8_t small[SMALL_PACKET];
	size_t cap = packet_bound(m);
	uint8_t *buf = cap <= sizeof small ? small : malloc(cap);
	int len, rc = 0;

	if (!buf)
		return -ENOMEM;
	len = slqs_ipc_encode(m, buf, cap);
	if (len < 0) {
		rc = len;
	} else {
		ssize_t n;

		do
			n = send(fd, buf, (size_t)len, flags | MSG_NOSIGNAL);
		while (n < 0 && errno == EINTR);
		if (n < 0)
			rc = -errno;
		else if (n != len)
			rc = -EMSGSIZE;	/* cannot happen on SOCK_SEQPACKET */
	}
	if (buf != small)
		free(buf);
	return rc;
}

ssize_t slqs_ipc_recv(int fd, uint8_t *buf, size_t cap, struct ipc_msg *m, int flags)
{
	struct iovec iov = { .iov_base = buf, .iov_len = cap };
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1 };
	ssize_t n;
	int rc;

	do
		n = recvmsg(fd, &mh, flags | MSG_CMSG_CLOEXEC);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -errno;
	if (n == 0)
		return IPC_E_CLOSED;	/* an empty packet is never sent: EOF */
	if (mh.msg_flags & MSG_TRUNC)
		return IPC_E_MALFORMED;
	rc = slqs_ipc_decode(buf, (size_t)n, m);
	return rc ? rc : n;
}

const char *slqs_ipc_socket_path(const char *path)
{
	const char *env;

	if (path && *path)
		return path;
	env = getenv(IPC_SOCKET_ENV);
	if (env && *env)
		return env;
	return IPC_DEFAULT_SOCKET;
}

int slqs_ipc_connect(const char *path)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	const char *p = slqs_ipc_socket_path(path);
	int fd, rc;

	if (strlen(p) >= sizeof sa.sun_path)
		return -ENAMETOOLONG;
	memcpy(sa.sun_path, p, strlen(p) + 1);
	fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	do
		rc = connect(fd, (struct sockaddr *)&sa, sizeof sa);
	while (rc < 0 && errno == EINTR);
	if (rc < 0) {
		rc = -errno;
		close(fd);
		return rc;
	}
	return fd;
}
