/* The app <-> daemon protocol: every message round-trips, bad input is refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cmocka.h>

#include "pkgs/ipc/ipc.h"

static uint8_t buf[IPC_MAX_PACKET];

static const uint8_t tlv[] = { 0x01, 0x02, 0x00, 0xAA, 0xBB };

/* One filled-in message of each type. */
static void sample(uint8_t type, struct ipc_msg *m, struct ipc_device *devs)
{
	memset(m, 0, sizeof(*m));
	m->type = type;
	switch (type) {
	case IPC_HELLO:
		m->u.hello.version = IPC_VERSION;
		m->u.hello.pid = 0x12345678;
		strcpy(m->u.hello.name, "app");
		break;
	case IPC_HELLO_ACK:
		m->u.hello_ack.status = IPC_ST_ACCESS_DENIED;
		m->u.hello_ack.version = IPC_VERSION;
		strcpy(m->u.hello_ack.daemon_version, "0.1.0");
		break;
	case IPC_DEVICES:
		memset(devs, 0, 2 * sizeof(*devs));
		strcpy(devs[0].node, "/dev/cdc-wdm0");
		strcpy(devs[0].key, "0123456789ABCDE");
		devs[0].driver = IPC_DRV_QMUX;
		devs[0].state = IPC_DEV_READY;
		devs[0].vid = 0x1199;
		devs[0].pid = 0x9071;
		devs[0].usb_if = 8;
		strcpy(devs[0].ifname, "wwan0");
		strcpy(devs[0].serial, "0123456789ABCDEF");
		strcpy(devs[1].node, "/dev/qcqmi1");
		devs[1].driver = IPC_DRV_GOBINET;
		devs[1].usb_if = 0xFF;
		m->u.devices.count = 2;
		m->u.devices.list = devs;
		break;
	case IPC_CONNECT:
		strcpy(m->u.connect.node, "/dev/cdc-wdm0");
		strcpy(m->u.connect.key, "key");
		break;
	case IPC_CONNECT_ACK:
	case IPC_DISCONNECT_ACK:
	case IPC_KILL_ACK:
		m->u.ack.status = IPC_ST_NO_DEVICE;
		m->u.ack.state = IPC_DEV_RESET;
		m->u.ack.driver = IPC_DRV_SOCKET;
		strcpy(m->u.ack.node, "/run/sim.sock");
		break;
	case IPC_QMI_REQUEST:
		m->u.req.req_id = 0xDEADBEEF;
		m->u.req.service = 2;
		m->u.req.client = 1;
		m->u.req.timeout_ms = 5000;
		m->u.req.msg_id = 0x0021;
		m->u.req.tlv = tlv;
		m->u.req.tlv_len = sizeof(tlv);
		break;
	case IPC_QMI_RESPONSE:
		m->u.rsp.req_id = 7;
		m->u.rsp.status = IPC_ST_TIMEOUT;
		m->u.rsp.service = 3;
		m->u.rsp.msg_id = 0x0024;
		m->u.rsp.tlv = tlv;
		m->u.rsp.tlv_len = sizeof(tlv);
		break;
	case IPC_INDICATION:
		m->u.ind.service = 1;
		m->u.ind.client = 3;
		m->u.ind.msg_id = 0x0022;
		m->u.ind.tlv = tlv;
		m->u.ind.tlv_len = sizeof(tlv);
		break;
	case IPC_LOST:
		m->u.lost.count = 42;
		break;
	case IPC_DEVICE_STATE:
		m->u.state.state = IPC_DEV_GONE;
		strcpy(m->u.state.node, "/dev/cdc-wdm1");
		break;
	case IPC_SERVICE_RESET:
		m->u.svc_reset.service = 3;
		m->u.svc_reset.client = 2;
		break;
	case IPC_STATS_ACK:
		m->u.stats.apps = 1;
		m->u.stats.cids = 2;
		m->u.stats.resets = 10;
		break;
	default:
		break;	/* no body */
	}
}

static void check_same(const struct ipc_msg *a, const struct ipc_msg *b)
{
	assert_int_equal(a->type, b->type);
	switch (a->type) {
	case IPC_HELLO:
		assert_int_equal(a->u.hello.version, b->u.hello.version);
		assert_int_equal(a->u.hello.pid, b->u.hello.pid);
		assert_string_equal(a->u.hello.name, b->u.hello.name);
		break;
	case IPC_HELLO_ACK:
		assert_int_equal(a->u.hello_ack.status, b->u.hello_ack.status);
		assert_string_equal(a->u.hello_ack.daemon_version, b->u.hello_ack.daemon_version);
		break;
	case IPC_DEVICES: {
		struct ipc_device out[4];

		assert_int_equal(b->u.devices.count, a->u.devices.count);
		assert_null(b->u.devices.list);
		assert_int_equal(slqs_ipc_devices_read(&b->u.devices, out, 4), 2);
		for (int i = 0; i < 2; i++) {
			const struct ipc_device *x = &a->u.devices.list[i];

			assert_string_equal(out[i].node, x->node);
			assert_string_equal(out[i].key, x->key);
			assert_string_equal(out[i].ifname, x->ifname);
			assert_string_equal(out[i].serial, x->serial);
			assert_int_equal(out[i].driver, x->driver);
			assert_int_equal(out[i].state, x->state);
			assert_int_equal(out[i].vid, x->vid);
			assert_int_equal(out[i].pid, x->pid);
			assert_int_equal(out[i].usb_if, x->usb_if);
		}
		assert_int_equal(slqs_ipc_devices_read(&b->u.devices, out, 1), 1);
		break;
	}
	case IPC_CONNECT:
		assert_string_equal(a->u.connect.node, b->u.connect.node);
		assert_string_equal(a->u.connect.key, b->u.connect.key);
		break;
	case IPC_CONNECT_ACK:
	case IPC_DISCONNECT_ACK:
	case IPC_KILL_ACK:
		assert_int_equal(a->u.ack.status, b->u.ack.status);
		assert_int_equal(a->u.ack.state, b->u.ack.state);
		assert_int_equal(a->u.ack.driver, b->u.ack.driver);
		assert_string_equal(a->u.ack.node, b->u.ack.node);
		break;
	case IPC_QMI_REQUEST:
		assert_int_equal(a->u.req.req_id, b->u.req.req_id);
		assert_int_equal(a->u.req.service, b->u.req.service);
		assert_int_equal(a->u.req.client, b->u.req.client);
		assert_int_equal(a->u.req.timeout_ms, b->u.req.timeout_ms);
		assert_int_equal(a->u.req.msg_id, b->u.req.msg_id);
		assert_int_equal(a->u.req.tlv_len, b->u.req.tlv_len);
		assert_memory_equal(a->u.req.tlv, b->u.req.tlv, a->u.req.tlv_len);
		break;
	case IPC_QMI_RESPONSE:
		assert_int_equal(a->u.rsp.req_id, b->u.rsp.req_id);
		assert_int_equal(a->u.rsp.status, b->u.rsp.status);
		assert_int_equal(a->u.rsp.msg_id, b->u.rsp.msg_id);
		assert_memory_equal(a->u.rsp.tlv, b->u.rsp.tlv, a->u.rsp.tlv_len);
		break;
	case IPC_INDICATION:
		assert_int_equal(a->u.ind.service, b->u.ind.service);
		assert_int_equal(a->u.ind.client, b->u.ind.client);
		assert_memory_equal(a->u.ind.tlv, b->u.ind.tlv, a->u.ind.tlv_len);
		break;
	case IPC_LOST:
		assert_int_equal(a->u.lost.count, b->u.lost.count);
		break;
	case IPC_DEVICE_STATE:
		assert_int_equal(a->u.state.state, b->u.state.state);
		assert_string_equal(a->u.state.node, b->u.state.node);
		break;
	case IPC_SERVICE_RESET:
		assert_memory_equal(&a->u.svc_reset, &b->u.svc_reset, sizeof(a->u.svc_reset));
		break;
	case IPC_STATS_ACK:
		assert_memory_equal(&a->u.stats, &b->u.stats, sizeof(a->u.stats));
		break;
	default:
		break;
	}
}

static void every_type_round_trips(void **state)
{
	(void)state;
	for (uint8_t t = 1; t < IPC_TYPE_MAX; t++) {
		struct ipc_device devs[2];
		struct ipc_msg m, out;
		int len;

		sample(t, &m, devs);
		len = slqs_ipc_encode(&m, buf, sizeof(buf));
		assert_true(len >= 2);
		assert_int_equal(buf[0], IPC_VERSION);
		assert_int_equal(buf[1], t);
		assert_int_equal(slqs_ipc_decode(buf, (size_t)len, &out), 0);
		check_same(&m, &out);
		assert_string_not_equal(slqs_ipc_type_name(t), "?");
	}
	assert_string_equal(slqs_ipc_type_name(0), "?");
	assert_string_equal(slqs_ipc_type_name(IPC_TYPE_MAX), "?");
}

/* The exact bytes of a request: the format is a contract with other builds. */
static void request_layout(void **state)
{
	static const uint8_t want[] = {
		IPC_VERSION, IPC_QMI_REQUEST,
		0xEF, 0xBE, 0xAD, 0xDE,		/* req_id */
		0x02, 0x01,			/* service, client */
		0x88, 0x13, 0x00, 0x00,		/* timeout 5000 */
		0x21, 0x00,			/* msg id */
		0x05, 0x00, 0x01, 0x02, 0x00, 0xAA, 0xBB,
	};
	struct ipc_msg m;

	(void)state;
	sample(IPC_QMI_REQUEST, &m, NULL);
	assert_int_equal(slqs_ipc_encode(&m, buf, sizeof(buf)), sizeof(want));
	assert_memory_equal(buf, want, sizeof(want));
}

static void every_truncation_fails(void **state)
{
	(void)state;
	for (uint8_t t = 1; t < IPC_TYPE_MAX; t++) {
		struct ipc_device devs[2];
		struct ipc_msg m, out;
		int len;

		sample(t, &m, devs);
		len = slqs_ipc_encode(&m, buf, sizeof(buf));
		for (int cut = 0; cut < len; cut++)
			assert_int_not_equal(slqs_ipc_decode(buf, (size_t)cut, &out), 0);
		/* One byte too many is refused too. */
		buf[len] = 0;
		assert_int_equal(slqs_ipc_decode(buf, (size_t)len + 1, &out), IPC_E_MALFORMED);
	}
}

static void version_and_type_checked(void **state)
{
	struct ipc_msg m, out;
	int len;

	(void)state;
	sample(IPC_HELLO, &m, NULL);
	len = slqs_ipc_encode(&m, buf, sizeof(buf));
	buf[0] = IPC_VERSION + 1;
	assert_int_equal(slqs_ipc_decode(buf, (size_t)len, &out), IPC_E_VERSION);
	assert_int_equal(out.type, IPC_HELLO);	/* so the daemon can answer */
	buf[0] = IPC_VERSION;
	buf[1] = 0;
	assert_int_equal(slqs_ipc_decode(buf, (size_t)len, &out), IPC_E_TYPE);
	buf[1] = IPC_TYPE_MAX;
	assert_int_equal(slqs_ipc_decode(buf, (size_t)len, &out), IPC_E_TYPE);
	buf[1] = 0xFF;
	assert_int_equal(slqs_ipc_decode(buf, (size_t)len, &out), IPC_E_TYPE);
	assert_int_equal(slqs_ipc_decode(buf, 0, &out), IPC_E_MALFORMED);
}

static void bad_strings_refused(void **state)
{
	uint8_t p[64] = { IPC_VERSION, IPC_CONNECT };
	struct ipc_msg out;
	size_t n = 2;

	(void)state;
	/* node "a\0b": a NUL inside */
	p[n++] = 3;
	p[n++] = 0;
	p[n++] = 'a';
	p[n++] = 0;
	p[n++] = 'b';
	p[n++] = 0;	/* key "" */
	p[n++] = 0;
	assert_int_equal(slqs_ipc_decode(p, n, &out), IPC_E_MALFORMED);
	p[5] = 'x';
	assert_int_equal(slqs_ipc_decode(p, n, &out), 0);
	assert_string_equal(out.u.connect.node, "axb");

	/* key of 16 characters: one more than its capacity holds */
	uint8_t q[64] = { IPC_VERSION, IPC_CONNECT, 0, 0, IPC_KEY_LEN, 0 };

	memset(q + 6, 'k', IPC_KEY_LEN);
	assert_int_equal(slqs_ipc_decode(q, 6 + IPC_KEY_LEN, &out), IPC_E_MALFORMED);
	q[4] = IPC_KEY_LEN - 1;
	assert_int_equal(slqs_ipc_decode(q, 6 + IPC_KEY_LEN - 1, &out), 0);
	assert_int_equal(strlen(out.u.connect.key), IPC_KEY_LEN - 1);

	/* A string length running past the packet. */
	uint8_t r[] = { IPC_VERSION, IPC_HELLO, 1, 0, 0, 0, 0, 0, 0xFF, 0xFF, 'x' };

	assert_int_equal(slqs_ipc_decode(r, sizeof(r), &out), IPC_E_MALFORMED);
}

static void device_count_bounded(void **state)
{
	uint8_t p[] = { IPC_VERSION, IPC_DEVICES, 0, 0, 0, 0,
			(uint8_t)(IPC_MAX_DEVICES + 1), 0 };
	struct ipc_msg out;

	(void)state;
	assert_int_equal(slqs_ipc_decode(p, sizeof(p), &out), IPC_E_MALFORMED);
	p[6] = 0;
	assert_int_equal(slqs_ipc_decode(p, sizeof(p), &out), 0);
	assert_int_equal(out.u.devices.count, 0);
	p[6] = 1;	/* one device announced, none there */
	assert_int_equal(slqs_ipc_decode(p, sizeof(p), &out), IPC_E_MALFORMED);
}

static void encoder_refuses_what_does_not_fit(void **state)
{
	struct ipc_device devs[2];
	struct ipc_msg m;
	uint8_t small[8];

	(void)state;
	sample(IPC_QMI_REQUEST, &m, NULL);
	assert_int_equal(slqs_ipc_encode(&m, small, sizeof(small)), IPC_E_NOSPACE);
	sample(IPC_CONNECT, &m, NULL);
	memset(m.u.connect.key, 'k', sizeof(m.u.connect.key));	/* no NUL */
	assert_int_equal(slqs_ipc_encode(&m, buf, sizeof(buf)), IPC_E_NOSPACE);
	m.type = 0;
	assert_int_equal(slqs_ipc_encode(&m, buf, sizeof(buf)), IPC_E_TYPE);
	sample(IPC_DEVICES, &m, devs);
	m.u.devices.list = NULL;	/* count without entries */
	m.u.devices.count = 1;
	assert_int_equal(slqs_ipc_encode(&m, buf, sizeof(buf)), IPC_E_NOSPACE);
}

static void socket_helpers(void **state)
{
	struct ipc_device devs[2];
	struct ipc_msg m, out;
	int sv[2];
	static uint8_t big[4000];

	(void)state;
	assert_int_equal(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv), 0);
	sample(IPC_DEVICES, &m, devs);
	assert_int_equal(slqs_ipc_send(sv[0], &m, 0), 0);
	assert_true(slqs_ipc_recv(sv[1], buf, sizeof(buf), &out, 0) > 0);
	check_same(&m, &out);

	/* A big SDU takes the allocated path. */
	sample(IPC_INDICATION, &m, NULL);
	memset(big, 0x5A, sizeof(big));
	m.u.ind.tlv = big;
	m.u.ind.tlv_len = sizeof(big);
	assert_int_equal(slqs_ipc_send(sv[0], &m, 0), 0);
	assert_true(slqs_ipc_recv(sv[1], buf, sizeof(buf), &out, 0) > 0);
	assert_int_equal(out.u.ind.tlv_len, sizeof(big));
	assert_memory_equal(out.u.ind.tlv, big, sizeof(big));

	/* A packet bigger than the buffer, and garbage, are refused. */
	assert_int_equal(slqs_ipc_send(sv[0], &m, 0), 0);
	assert_int_equal(slqs_ipc_recv(sv[1], buf, 100, &out, 0), IPC_E_MALFORMED);
	assert_int_equal(send(sv[0], "\x01\x63", 2, 0), 2);
	assert_int_equal(slqs_ipc_recv(sv[1], buf, sizeof(buf), &out, 0), IPC_E_TYPE);
	assert_int_equal(slqs_ipc_recv(sv[1], buf, sizeof(buf), &out, MSG_DONTWAIT), -EAGAIN);
	close(sv[0]);
	assert_int_equal(slqs_ipc_recv(sv[1], buf, sizeof(buf), &out, 0), IPC_E_CLOSED);
	close(sv[1]);
}

static void socket_path_choice(void **state)
{
	(void)state;
	assert_string_equal(slqs_ipc_socket_path("/x"), "/x");
	setenv(IPC_SOCKET_ENV, "/from/env", 1);
	assert_string_equal(slqs_ipc_socket_path(NULL), "/from/env");
	assert_string_equal(slqs_ipc_socket_path(""), "/from/env");
	unsetenv(IPC_SOCKET_ENV);
	assert_string_equal(slqs_ipc_socket_path(NULL), IPC_DEFAULT_SOCKET);
	assert_int_equal(slqs_ipc_connect("/nonexistent/dir/sock"), -ENOENT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_type_round_trips),
		cmocka_unit_test(request_layout),
		cmocka_unit_test(every_truncation_fails),
		cmocka_unit_test(version_and_type_checked),
		cmocka_unit_test(bad_strings_refused),
		cmocka_unit_test(device_count_bounded),
		cmocka_unit_test(encoder_refuses_what_does_not_fit),
		cmocka_unit_test(socket_helpers),
		cmocka_unit_test(socket_path_choice),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
