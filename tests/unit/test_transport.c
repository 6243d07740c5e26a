/*
 * The transports over stand-ins for the real devices: a pty for cdc-wdm
 * (a byte stream of QMUX frames), a listening SOCK_SEQPACKET socket for
 * the simulator, and a socketpair for a bound GobiNet fd (bare SDUs).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* posix_openpt, ptsname */
#endif
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/codec.h"
#include "core/qmux.h"
#include "core/tlv.h"
#include "core/transport/transport.h"
#include "pkgs/ctl/ctl_msg.h"

static const uint8_t tlv[] = { 0x01, 0x01, 0x00, 0x02 };

/* Frames the callback saw. */
struct seen {
	int n;
	uint8_t service[8], client[8];
	uint16_t txn[8], msg[8];
	enum qmi_kind kind[8];
};

static void collect(void *arg, const struct qmux_frame *f)
{
	struct seen *s = arg;

	if (s->n >= 8)
		return;
	s->service[s->n] = f->service;
	s->client[s->n] = f->client;
	s->txn[s->n] = f->sdu.txn;
	s->msg[s->n] = f->sdu.msg_id;
	s->kind[s->n] = f->sdu.kind;
	s->n++;
}

/* A modem's answer: QMUX frame (qmux) or bare SDU. */
static size_t modem_frame(uint8_t *buf, size_t cap, int qmux, uint8_t service, uint8_t client,
			  enum qmi_kind kind, uint16_t txn, uint16_t msg)
{
	struct qmi_wbuf w;
	struct qmi_frame_mark m;

	qmi_wbuf_init(&w, buf, cap);
	m = slqs_frame_begin(&w, qmux, service, client, kind, txn, msg);
	slqs_tlv_put(&w, 0x02, "\0\0\0\0", 4);
	assert_int_equal(slqs_frame_end(&w, m), 0);
	return w.len;
}

static int wait_readable(int fd)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };

	return poll(&p, 1, 2000);
}

static void qmux_over_pty(void **state)
{
	uint8_t buf[256], two[256];
	struct qmux_frame f;
	struct seen seen = { 0 };
	struct slqs_transport *t;
	size_t len, l1, l2;
	ssize_t n;
	int master, err;

	(void)state;
	master = posix_openpt(O_RDWR | O_NOCTTY);
	assert_true(master >= 0);
	assert_int_equal(grantpt(master), 0);
	assert_int_equal(unlockpt(master), 0);
	assert_int_equal(slqs_transport_guess(ptsname(master)), SLQS_TR_QMUX);
	t = slqs_transport_open(ptsname(master), SLQS_TR_UNKNOWN, &err);
	assert_non_null(t);
	assert_int_equal(slqs_transport_kind(t), SLQS_TR_QMUX);
	assert_false(slqs_transport_per_client(t));
	assert_true(slqs_transport_fd(t) >= 0);

	/* Host -> modem: one whole QMUX frame, the bytes untouched (raw pty). */
	assert_int_equal(slqs_transport_send(t, 0x02, 7, 0x0D0A, 0x0021, tlv, sizeof(tlv)), 0);
	assert_true(wait_readable(master) > 0);
	n = read(master, buf, sizeof(buf));
	assert_int_equal(n, QMUX_HDR_LEN + 7 + sizeof(tlv));
	assert_int_equal(slqs_qmux_parse(buf, (size_t)n, &f), 0);
	assert_int_equal(f.flags, 0);
	assert_int_equal(f.service, 0x02);
	assert_int_equal(f.client, 7);
	assert_int_equal(f.sdu.txn, 0x0D0A);
	assert_int_equal(f.sdu.kind, QMI_REQUEST);
	assert_memory_equal(f.sdu.tlv, tlv, sizeof(tlv));

	/* Modem -> host: garbage, two frames in one write, a third split. */
	len = 0;
	two[len++] = 0x55;
	l1 = modem_frame(two + len, sizeof(two) - len, 1, 0x02, 7, QMI_RESPONSE, 0x0D0A, 0x21);
	len += l1;
	l2 = modem_frame(two + len, sizeof(two) - len, 1, 0x00, 0xFF, QMI_INDICATION, 3, 0x27);
	len += l2;
	assert_int_equal(write(master, two, len), (ssize_t)len);
	assert_true(wait_readable(slqs_transport_fd(t)) > 0);
	assert_int_equal(slqs_transport_recv(t, slqs_transport_fd(t), collect, &seen), 0);
	assert_int_equal(seen.n, 2);
	assert_int_equal(seen.kind[0], QMI_RESPONSE);
	assert_int_equal(seen.txn[0], 0x0D0A);
	assert_int_equal(seen.kind[1], QMI_INDICATION);
	assert_int_equal(seen.msg[1], CTL_MSG_SYNC);
	assert_int_equal(seen.client[1], 0xFF);

	len = modem_frame(buf, sizeof(buf), 1, 0x03, 2, QMI_INDICATION, 0, 0x24);
	assert_int_equal(write(master, buf, 5), 5);
	assert_true(wait_readable(slqs_transport_fd(t)) > 0);
	assert_int_equal(slqs_transport_recv(t, slqs_transport_fd(t), collect, &seen), 0);
	assert_int_equal(seen.n, 2);
	assert_int_equal(write(master, buf + 5, len - 5), (ssize_t)(len - 5));
	assert_true(wait_readable(slqs_transport_fd(t)) > 0);
	assert_int_equal(slqs_transport_recv(t, slqs_transport_fd(t), collect, &seen), 0);
	assert_int_equal(seen.n, 3);
	assert_int_equal(seen.service[2], 0x03);

	/* Too big for the device. */
	static uint8_t big[SLQS_TR_MAX_FRAME_DEFAULT];

	assert_int_equal(slqs_transport_send(t, 2, 7, 1, 0x21, big, sizeof(big)), -EMSGSIZE);

	/* The modem goes away: the stream breaks. */
	close(master);
	assert_true(slqs_transport_recv(t, slqs_transport_fd(t), collect, &seen) < 0);
	slqs_transport_close(t);
}

static void seqpacket_socket(void **state)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	struct slqs_transport *t;
	struct seen seen = { 0 };
	struct qmux_frame f;
	uint8_t buf[256];
	char dir[] = "/tmp/test_transport.XXXXXX";
	int lfd, peer, err;
	ssize_t n;
	size_t len;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(sa.sun_path, sizeof(sa.sun_path), "%s/sim.sock", dir);
	lfd = socket(AF_UNIX, SOCK_SEQPACKET, 0);
	assert_int_equal(bind(lfd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	assert_int_equal(listen(lfd, 1), 0);
	assert_int_equal(slqs_transport_guess(sa.sun_path), SLQS_TR_SEQPACKET);

	t = slqs_transport_open(sa.sun_path, SLQS_TR_UNKNOWN, &err);
	assert_non_null(t);
	assert_int_equal(slqs_transport_kind(t), SLQS_TR_SEQPACKET);
	assert_string_equal(slqs_transport_node(t), sa.sun_path);
	peer = accept(lfd, NULL, NULL);
	assert_true(peer >= 0);

	assert_int_equal(slqs_transport_send(t, 0, 0, 9, CTL_MSG_SYNC, NULL, 0), 0);
	n = recv(peer, buf, sizeof(buf), 0);
	assert_int_equal(slqs_qmux_parse(buf, (size_t)n, &f), 0);
	assert_int_equal(f.service, 0);
	assert_int_equal(f.sdu.txn, 9);	/* u8 on CTL */
	assert_int_equal(f.sdu.msg_id, CTL_MSG_SYNC);

	/* A malformed packet and one from the host side are dropped, a good one kept. */
	assert_int_equal(send(peer, "\x01\x02", 2, 0), 2);
	len = modem_frame(buf, sizeof(buf), 1, 0x02, 1, QMI_REQUEST, 4, 0x21);
	assert_int_equal(send(peer, buf, len, 0), (ssize_t)len);
	len = modem_frame(buf, sizeof(buf), 1, 0x02, 1, QMI_RESPONSE, 4, 0x21);
	assert_int_equal(send(peer, buf, len, 0), (ssize_t)len);
	assert_true(wait_readable(slqs_transport_fd(t)) > 0);
	usleep(20000);
	assert_int_equal(slqs_transport_recv(t, slqs_transport_fd(t), collect, &seen), 0);
	assert_int_equal(seen.n, 1);
	assert_int_equal(seen.kind[0], QMI_RESPONSE);

	close(peer);
	assert_int_equal(slqs_transport_recv(t, slqs_transport_fd(t), collect, &seen), -EPIPE);
	slqs_transport_close(t);
	close(lfd);
	unlink(sa.sun_path);
	rmdir(dir);

	assert_null(slqs_transport_open(sa.sun_path, SLQS_TR_SEQPACKET, &err));
	assert_int_equal(err, -ENOENT);
}

/* GobiNet: a bound client fd carries bare SDUs; here a socketpair plays it. */
static void qcqmi_clients(void **state)
{
	char node[] = "/tmp/qcqmi0.XXXXXX";
	struct slqs_transport *t;
	struct seen seen = { 0 };
	struct qmi_sdu sdu;
	uint8_t buf[256], cid, cid2;
	int sv[2], sv2[2], err, fd, rc;
	ssize_t n;
	size_t len;

	(void)state;
	fd = mkstemp(node);	/* opens like a node; the ioctls fail (not a tty) */
	assert_true(fd >= 0);
	close(fd);
	t = slqs_transport_open(node, SLQS_TR_QCQMI, &err);
	assert_non_null(t);
	assert_true(slqs_transport_per_client(t));
	assert_int_equal(slqs_transport_fd(t), -1);
	assert_int_equal(slqs_transport_vidpid(t), 0);
	assert_int_equal(slqs_qcqmi_bind(node, 0), -EINVAL);	/* CTL is the driver's */
	rc = slqs_qcqmi_bind(node, 2);	/* a file is no driver: ENOTTY (ENOSYS under qemu-user) */
	assert_true(rc == -ENOTTY || rc == -ENOSYS);
	assert_int_equal(slqs_qcqmi_bind("/nonexistent/qcqmi9", 2), -ENOENT);

	assert_int_equal(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv), 0);
	assert_int_equal(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv2), 0);
	assert_int_equal(slqs_transport_client_add(t, 0x02, sv[0], &cid), 0);
	assert_int_equal(slqs_transport_client_add(t, 0x02, sv2[0], &cid2), 0);
	assert_int_not_equal(cid, cid2);
	assert_int_equal(slqs_transport_client_add(t, 0x00, sv2[0], &cid2), -EINVAL);

	/* Sent: the bare SDU, on that client's fd. */
	assert_int_equal(slqs_transport_send(t, 0x02, cid, 0x1234, 0x0022, tlv, sizeof(tlv)), 0);
	n = recv(sv[1], buf, sizeof(buf), MSG_DONTWAIT);
	assert_int_equal(n, 7 + sizeof(tlv));
	assert_int_equal(slqs_sdu_parse(0x02, buf, (size_t)n, &sdu), 0);
	assert_int_equal(sdu.txn, 0x1234);
	assert_int_equal(recv(sv2[1], buf, sizeof(buf), MSG_DONTWAIT), -1);
	assert_int_equal(slqs_transport_send(t, 0x02, 99, 1, 0x22, NULL, 0), -EINVAL);

	/* Received: one SDU per call, named by the handle. */
	len = modem_frame(buf, sizeof(buf), 0, 0x02, 0, QMI_RESPONSE, 0x1234, 0x22);
	assert_int_equal(send(sv2[1], buf, len, 0), (ssize_t)len);
	assert_int_equal(send(sv2[1], buf, len, 0), (ssize_t)len);
	assert_int_equal(slqs_transport_recv(t, sv2[0], collect, &seen), 0);
	assert_int_equal(seen.n, 1);
	assert_int_equal(seen.service[0], 0x02);
	assert_int_equal(seen.client[0], cid2);
	assert_int_equal(seen.txn[0], 0x1234);
	assert_int_equal(slqs_transport_recv(t, sv2[0], collect, &seen), 0);
	assert_int_equal(seen.n, 2);

	/* Removed: the caller gets the fd back to close. */
	assert_int_equal(slqs_transport_client_remove(t, 0x02, cid2), sv2[0]);
	assert_int_equal(slqs_transport_client_remove(t, 0x02, cid2), -1);
	close(sv2[0]);
	close(sv2[1]);

	close(sv[1]);
	assert_int_equal(slqs_transport_recv(t, sv[0], collect, &seen), -EPIPE);
	slqs_transport_close(t);	/* closes sv[0] */
	unlink(node);
}

static void guessing(void **state)
{
	char file[] = "/tmp/test_guess.XXXXXX";
	int fd;

	(void)state;
	assert_int_equal(slqs_transport_guess("/dev/qcqmi3"), SLQS_TR_QCQMI);
	assert_int_equal(slqs_transport_guess("/dev/null"), SLQS_TR_QMUX);
	assert_int_equal(slqs_transport_guess("/nonexistent/cdc-wdm0"), SLQS_TR_UNKNOWN);
	fd = mkstemp(file);
	close(fd);
	assert_int_equal(slqs_transport_guess(file), SLQS_TR_UNKNOWN);
	unlink(file);
	assert_string_equal(slqs_tr_kind_name(SLQS_TR_QCQMI), "gobinet");
	assert_string_equal(slqs_tr_kind_name(SLQS_TR_UNKNOWN), "unknown");
	assert_int_equal(slqs_transport_probe("/dev/null"), 0);
	assert_int_equal(slqs_transport_probe("/nonexistent"), -ENOENT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(qmux_over_pty),
		cmocka_unit_test(seqpacket_socket),
		cmocka_unit_test(qcqmi_clients),
		cmocka_unit_test(guessing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
