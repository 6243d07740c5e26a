/*
 * The client runtime against a scripted fake daemon (a thread of this
 * test speaking pkgs/ipc): enumeration and selection, result mapping,
 * timeouts, out-of-order responses under 16 threads, indications and
 * device-state callbacks in order, losing and regaining the daemon,
 * refusals and KILL. No modem, simulator or real daemon is needed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "SWIWWANCMAPI.h"
#include "core/codec.h"
#include "core/tlv.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/dms/dms_msg.h"
#include "pkgs/ipc/ipc.h"

/* ---- test messages (service 2) ------------------------------------------------- */

enum {
	M_MODEL = 0x22,		/* success, TLV 0x01 "EM7455" */
	M_FAIL = 0x23,		/* IncorrectPin + TLV 0x10 retries 2 */
	M_NORESULT = 0x24,	/* no result TLV */
	M_SILENT = 0x25,	/* never answered */
	M_RESET = 0x26,		/* daemon status IPC_ST_DEVICE_RESET */
	M_WRONG = 0x27,		/* answered as another message */
	M_EVENTS = 0x28,	/* indication, RESET, READY, then success */
	M_DROP = 0x29,		/* the daemon closes the connection */
	M_ECHO = 0x2A,		/* TLV 0x01 u32 echoed (batches answered in reverse) */
	M_IND = 0x30,		/* indication: TLV 0x01 u8 */
};

struct t_rsp {
	char model[32];
	uint8_t has_retries;
	uint8_t retries;
};

static const struct qmi_elem t_rsp_ei[] = {
	QMI_STRING(0x01, struct t_rsp, model, REST, MAND),
	QMI_INT(0x10, struct t_rsp, retries, OPT),
	QMI_END
};

struct t_echo {
	uint32_t v;
};

static const struct qmi_elem t_echo_ei[] = {
	QMI_INT(0x01, struct t_echo, v, MAND),
	QMI_END
};

struct t_ind {
	uint8_t v;
};

static const struct qmi_elem t_ind_ei[] = {
	QMI_INT(0x01, struct t_ind, v, MAND),
	QMI_END
};

#define T_MSG(id_) { .name = #id_, .service = 2, .id = id_, \
		     .rsp = t_rsp_ei, .rsp_size = sizeof(struct t_rsp) }
static const struct qmi_msg m_model = T_MSG(M_MODEL);
static const struct qmi_msg m_fail = T_MSG(M_FAIL);
static const struct qmi_msg m_noresult = T_MSG(M_NORESULT);
static const struct qmi_msg m_silent = T_MSG(M_SILENT);
static const struct qmi_msg m_reset = T_MSG(M_RESET);
static const struct qmi_msg m_wrong = T_MSG(M_WRONG);
static const struct qmi_msg m_events = T_MSG(M_EVENTS);
static const struct qmi_msg m_drop = T_MSG(M_DROP);
static const struct qmi_msg m_echo = {
	.name = "echo", .service = 2, .id = M_ECHO,
	.req = t_echo_ei, .req_size = sizeof(struct t_echo),
	.rsp = t_echo_ei, .rsp_size = sizeof(struct t_echo),
};
static const struct qmi_msg m_ind = {
	.name = "ind", .service = 2, .id = M_IND,
	.ind = t_ind_ei, .ind_size = sizeof(struct t_ind),
};

/* ---- the fake daemon -------------------------------------------------------------- */

static const struct ipc_device fake_devs[] = {
	{ .node = "/dev/cdc-wdm7", .key = "SER7", .driver = IPC_DRV_QMUX,
	  .state = IPC_DEV_READY, .serial = "SER7-LONG-SERIAL" },
	{ .node = "/dev/cdc-wdm8", .key = "K8", .driver = IPC_DRV_QMUX,
	  .state = IPC_DEV_READY, .serial = "S8", .ifname = "wwan8" },
	{ .node = "/dev/cdc-wdm9", .key = "K9", .state = IPC_DEV_GONE },
};
#define N_FAKE_DEVS (sizeof fake_devs / sizeof fake_devs[0])

static struct {
	char dir[64];
	char path[128];
	int lfd;
	pthread_t thread;
	uint32_t hello_status;	/* HELLO_ACK status */
	int bad_version;	/* answer HELLO with a packet of another version */
	/* Shared with the test's thread: accessed with GET/SET only. */
	int connects;		/* CONNECTs seen */
	int kills;		/* KILLs seen */
	int quit;		/* stop accepting */
	int max_batch;		/* most packets read at once */
} F;

#define GET(x)    __atomic_load_n(&(x), __ATOMIC_SEQ_CST)
#define SET(x, v) __atomic_store_n(&(x), (v), __ATOMIC_SEQ_CST)

/* The fake runs on its own thread: cmocka's asserts belong to the main one. */
static void fake_check(int ok, const char *what)
{
	if (!ok) {
		fprintf(stderr, "fake daemon: %s failed\n", what);
		abort();
	}
}

static void fake_send(int fd, const struct ipc_msg *m)
{
	fake_check(slqs_ipc_send(fd, m, 0) == 0, "slqs_ipc_send");
}

static void send_response(int fd, const struct ipc_qmi_request *q, uint32_t status,
			  uint16_t msg_id, const uint8_t *tlv, size_t len)
{
	struct ipc_msg r = { .type = IPC_QMI_RESPONSE };

	r.u.rsp.req_id = q->req_id;
	r.u.rsp.status = status;
	r.u.rsp.service = q->service;
	r.u.rsp.client = q->client;
	r.u.rsp.msg_id = msg_id;
	r.u.rsp.tlv = tlv;
	r.u.rsp.tlv_len = (uint16_t)len;
	fake_send(fd, &r);
}

/* A response TLV area: result (result, error) and optional extra TLVs. */
static size_t build(uint8_t *buf, size_t cap, int with_result, uint16_t result, uint16_t error,
		    uint8_t t1, const void *v1, size_t l1, uint8_t t2, const void *v2, size_t l2)
{
	struct qmi_wbuf w;

	qmi_wbuf_init(&w, buf, cap);
	if (with_result) {
		uint8_t res[4] = { (uint8_t)result, (uint8_t)(result >> 8), (uint8_t)error,
				   (uint8_t)(error >> 8) };

		slqs_tlv_put(&w, QMI_TLV_RESULT, res, sizeof res);
	}
	if (v1)
		slqs_tlv_put(&w, t1, v1, l1);
	if (v2)
		slqs_tlv_put(&w, t2, v2, l2);
	return w.len;
}

static void send_state(int fd, uint8_t state)
{
	struct ipc_msg m = { .type = IPC_DEVICE_STATE };

	m.u.state.state = state;
	strcpy(m.u.state.node, fake_devs[0].node);
	fake_send(fd, &m);
}

/*
 * A canned answer for the tests of service API functions: the next request
 * for message `msg_id` (-1: none) gets these response TLVs. The test's
 * thread writes it before its request; the store of msg_id publishes it.
 */
static struct {
	int msg_id;
	uint8_t tlv[512];
	size_t len;
} canned = { .msg_id = -1 };

/* Returns -1 when the connection must be closed. */
static int fake_request(int fd, const struct ipc_qmi_request *q)
{
	uint8_t tlv[256];
	const uint8_t retries = 2, ind_v = 42;
	size_t n;

	if (GET(canned.msg_id) == q->msg_id) {
		SET(canned.msg_id, -1);
		send_response(fd, q, IPC_OK, q->msg_id, canned.tlv, canned.len);
		return 0;
	}
	switch (q->msg_id) {
	case M_MODEL:
		n = build(tlv, sizeof tlv, 1, 0, 0, 0x01, "EM7455", 6, 0, NULL, 0);
		send_response(fd, q, IPC_OK, q->msg_id, tlv, n);
		break;
	case M_FAIL:
		n = build(tlv, sizeof tlv, 1, 1, 12, 0x10, &retries, 1, 0, NULL, 0);
		send_response(fd, q, IPC_OK, q->msg_id, tlv, n);
		break;
	case M_NORESULT:
		n = build(tlv, sizeof tlv, 0, 0, 0, 0x01, "x", 1, 0, NULL, 0);
		send_response(fd, q, IPC_OK, q->msg_id, tlv, n);
		break;
	case M_SILENT:
		break;
	case M_RESET:
		send_response(fd, q, IPC_ST_DEVICE_RESET, q->msg_id, NULL, 0);
		break;
	case M_WRONG:
		n = build(tlv, sizeof tlv, 1, 0, 0, 0x01, "EM7455", 6, 0, NULL, 0);
		send_response(fd, q, IPC_OK, 0x99, tlv, n);
		break;
	case M_EVENTS: {
		struct ipc_msg m = { .type = IPC_INDICATION };

		n = build(tlv, sizeof tlv, 0, 0, 0, 0x01, &ind_v, 1, 0, NULL, 0);
		m.u.ind.service = 2;
		m.u.ind.msg_id = M_IND;
		m.u.ind.tlv = tlv;
		m.u.ind.tlv_len = (uint16_t)n;
		fake_send(fd, &m);
		send_state(fd, IPC_DEV_RESET);
		send_state(fd, IPC_DEV_READY);
		n = build(tlv, sizeof tlv, 1, 0, 0, 0x01, "EM7455", 6, 0, NULL, 0);
		send_response(fd, q, IPC_OK, q->msg_id, tlv, n);
		break;
	}
	case M_DROP:
		return -1;
	default:
		send_response(fd, q, IPC_ST_INVALID_ARG, q->msg_id, NULL, 0);
		break;
	}
	return 0;
}

static int fake_control(int fd, const struct ipc_msg *m)
{
	struct ipc_msg r = { 0 };

	switch (m->type) {
	case IPC_HELLO:
		if (F.bad_version) {
			uint8_t pkt[] = { IPC_VERSION + 1, IPC_HELLO_ACK, 0, 0, 0, 0 };

			fake_check(send(fd, pkt, sizeof pkt, MSG_NOSIGNAL) == (ssize_t)sizeof pkt,
				   "send");
			return -1;
		}
		r.type = IPC_HELLO_ACK;
		r.u.hello_ack.status = F.hello_status;
		r.u.hello_ack.version = IPC_VERSION;
		strcpy(r.u.hello_ack.daemon_version, "fake");
		fake_send(fd, &r);
		return F.hello_status ? -1 : 0;
	case IPC_ENUMERATE:
		r.type = IPC_DEVICES;
		r.u.devices.count = N_FAKE_DEVS;
		r.u.devices.list = fake_devs;
		fake_send(fd, &r);
		return 0;
	case IPC_CONNECT:
		SET(F.connects, GET(F.connects) + 1);
		r.type = IPC_CONNECT_ACK;
		r.u.ack.status = IPC_ST_NO_DEVICE;
		for (size_t i = 0; i < N_FAKE_DEVS; i++) {
			const struct ipc_device *d = &fake_devs[i];

			if (d->state == IPC_DEV_READY && !strcmp(d->node, m->u.connect.node) &&
			    (!m->u.connect.key[0] || !strcmp(d->key, m->u.connect.key))) {
				r.u.ack.status = IPC_OK;
				r.u.ack.state = IPC_DEV_READY;
				r.u.ack.driver = d->driver;
				strcpy(r.u.ack.node, d->node);
			}
		}
		fake_send(fd, &r);
		return 0;
	case IPC_DISCONNECT:
		r.type = IPC_DISCONNECT_ACK;
		fake_send(fd, &r);
		return 0;
	case IPC_KILL:
		SET(F.kills, GET(F.kills) + 1);
		SET(F.quit, 1);
		r.type = IPC_KILL_ACK;
		fake_send(fd, &r);
		return -1;
	default:
		return -1;
	}
}

/* One connection. Whatever is readable at once is one batch; its echo
 * requests are answered in reverse order, to mix responses up. */
static void fake_serve(int fd)
{
	static uint8_t bufs[16][IPC_MAX_PACKET];
	struct ipc_msg batch[16];
	size_t n;

	for (;;) {
		ssize_t got = slqs_ipc_recv(fd, bufs[0], sizeof bufs[0], &batch[0], 0);

		if (got < 0)
			return;
		n = 1;
		while (n < 16 && slqs_ipc_recv(fd, bufs[n], sizeof bufs[n], &batch[n], MSG_DONTWAIT) > 0)
			n++;
		if ((int)n > GET(F.max_batch))
			SET(F.max_batch, (int)n);
		for (size_t i = 0; i < n; i++) {
			int rc = 0;

			if (batch[i].type != IPC_QMI_REQUEST)
				rc = fake_control(fd, &batch[i]);
			else if (batch[i].u.req.msg_id != M_ECHO)
				rc = fake_request(fd, &batch[i].u.req);
			if (rc < 0)
				return;
		}
		for (size_t i = n; i-- > 0;) {
			const struct ipc_qmi_request *q = &batch[i].u.req;
			uint8_t tlv[32];
			size_t len;

			if (batch[i].type != IPC_QMI_REQUEST || q->msg_id != M_ECHO)
				continue;
			len = build(tlv, sizeof tlv, 1, 0, 0, 0, NULL, 0, 0, NULL, 0);
			memcpy(tlv + len, q->tlv, q->tlv_len);	/* the request's TLV 0x01 */
			send_response(fd, q, IPC_OK, q->msg_id, tlv, len + q->tlv_len);
		}
	}
}

static void *fake_main(void *arg)
{
	(void)arg;
	while (!GET(F.quit)) {
		int fd = accept(F.lfd, NULL, NULL);

		if (fd < 0)
			break;
		fake_serve(fd);
		close(fd);
	}
	close(F.lfd);
	unlink(F.path);
	return NULL;
}

static void fake_start(uint32_t hello_status, int bad_version)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };

	F.hello_status = hello_status;
	F.bad_version = bad_version;
	SET(F.quit, 0);
	F.lfd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	assert_true(F.lfd >= 0);
	strcpy(sa.sun_path, F.path);
	unlink(F.path);
	assert_int_equal(bind(F.lfd, (struct sockaddr *)&sa, sizeof sa), 0);
	assert_int_equal(listen(F.lfd, 8), 0);
	assert_int_equal(pthread_create(&F.thread, NULL, fake_main, NULL), 0);
}

/* Stops a fake that got no KILL. */
static void fake_stop(void)
{
	SET(F.quit, 1);
	shutdown(F.lfd, SHUT_RDWR);
	pthread_join(F.thread, NULL);
}

/* ---- helpers ------------------------------------------------------------------------- */

static double now_s(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* What the callbacks saw, in order. */
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static char event_log[512];

static void log_event(const char *s)
{
	pthread_mutex_lock(&log_lock);
	strncat(event_log, s, sizeof event_log - strlen(event_log) - 1);
	pthread_mutex_unlock(&log_lock);
}

static void clear_log(void)
{
	pthread_mutex_lock(&log_lock);
	event_log[0] = '\0';
	pthread_mutex_unlock(&log_lock);
}

/* Waits up to 3 s for the log to read `want`. */
static void expect_log(const char *want)
{
	double t0 = now_s();
	char got[sizeof event_log];

	for (;;) {
		pthread_mutex_lock(&log_lock);
		memcpy(got, event_log, sizeof got);
		pthread_mutex_unlock(&log_lock);
		if (!strcmp(got, want) || now_s() - t0 > 3.0)
			break;
		usleep(5000);
	}
	assert_string_equal(got, want);
}

static void on_state(eDevState s)
{
	log_event(s == DEVICE_STATE_READY ? "[ready]" : "[down]");
}

static void on_listen(enum slqs_dev_state s, int reset, void *ctx)
{
	(void)ctx;
	if (s == SLQS_DEV_DISCONNECTED && reset)
		log_event("(reset)");
}

static void on_ind(uint8_t client, const void *ind, void *ctx)
{
	const struct t_ind *i = ind;
	char s[32];

	snprintf(s, sizeof s, "[ind %u %u %s]", client, i->v, (const char *)ctx);
	log_event(s);
}

/* ---- tests ----------------------------------------------------------------------------- */

static void start_and_enumerate(void **state)
{
	struct slqs_device_info d[4];
	BYTE n = 4, mode = 9;

	(void)state;
	fake_start(IPC_OK, 0);
	assert_int_equal(SLQSStart(0, NULL), eQCWWAN_ERR_NONE);
	assert_int_equal(SLQSStart(0, NULL), eQCWWAN_ERR_NONE);	/* idempotent */
	assert_int_equal(QCWWAN2kEnumerateDevices(&n, (BYTE *)d), eQCWWAN_ERR_NONE);
	assert_int_equal(n, 2);		/* the GONE one is not listed */
	assert_string_equal(d[0].deviceNode, "/dev/cdc-wdm7");
	assert_string_equal(d[0].deviceKey, "SER7");
	assert_string_equal(d[1].deviceNode, "/dev/cdc-wdm8");
	n = 1;
	assert_int_equal(QCWWAN2kEnumerateDevices(&n, (BYTE *)d), eQCWWAN_ERR_NONE);
	assert_int_equal(n, 1);
	assert_int_equal(SLQSGetDeviceMode(&mode), eQCWWAN_ERR_NONE);
	assert_int_equal(mode, DEVICE_STATE_READY);
}

static void selection(void **state)
{
	struct slqs_device_info d[4];
	BYTE n = 4, mode = 9;

	(void)state;
	assert_int_equal(SLQSStart(1, NULL), eQCWWAN_ERR_NONE);
	assert_int_equal(QCWWAN2kEnumerateDevices(&n, (BYTE *)d), eQCWWAN_ERR_NONE);
	assert_int_equal(n, 2);
	assert_string_equal(d[0].deviceNode, "/dev/cdc-wdm8");
	assert_string_equal(d[1].deviceNode, "/dev/cdc-wdm7");
	static const char *const names[] = { "S8", "K8", "wwan8", "/dev/cdc-wdm8" };
	for (size_t i = 0; i < 4; i++) {
		n = 4;
		assert_int_equal(SLQSStart(0, (CHAR *)names[i]), eQCWWAN_ERR_NONE);
		assert_int_equal(QCWWAN2kEnumerateDevices(&n, (BYTE *)d), eQCWWAN_ERR_NONE);
		assert_string_equal(d[0].deviceNode, "/dev/cdc-wdm8");
	}
	assert_int_equal(SLQSStart(0, (CHAR *)"nope"), eQCWWAN_ERR_NONE);
	assert_int_equal(QCWWAN2kEnumerateDevices(&n, (BYTE *)d), eQCWWAN_ERR_NO_DEVICE);
	assert_int_equal(SLQSGetDeviceMode(&mode), eQCWWAN_ERR_NONE);
	assert_int_equal(mode, DEVICE_STATE_DISCONNECTED);
	assert_int_equal(SLQSStart(2, NULL), eQCWWAN_ERR_NONE);	/* only 2 present */
	assert_int_equal(QCWWAN2kEnumerateDevices(&n, (BYTE *)d), eQCWWAN_ERR_NO_DEVICE);
	assert_int_equal(SLQSStart(0, NULL), eQCWWAN_ERR_NONE);
}

static void connect_device(void **state)
{
	CHAR node[256], key[16], tiny[4];

	(void)state;
	assert_int_equal(QCWWAN2kConnect((CHAR *)"/dev/cdc-wdm7", (CHAR *)"WRONG"),
			 eQCWWAN_ERR_NO_DEVICE);
	assert_int_equal(QCWWAN2kGetConnectedDeviceID(sizeof node, node, sizeof key, key),
			 eQCWWAN_ERR_NO_DEVICE);
	assert_int_equal(QCWWAN2kConnect((CHAR *)"/dev/cdc-wdm9", NULL), eQCWWAN_ERR_NO_DEVICE);
	assert_int_equal(QCWWAN2kConnect((CHAR *)"", NULL), eQCWWAN_ERR_NONE);
	assert_int_equal(QCWWAN2kGetConnectedDeviceID(sizeof node, node, sizeof key, key),
			 eQCWWAN_ERR_NONE);
	assert_string_equal(node, "/dev/cdc-wdm7");
	assert_string_equal(key, "SER7");	/* looked up: the caller gave none */
	assert_int_equal(QCWWAN2kGetConnectedDeviceID(sizeof tiny, tiny, sizeof key, key),
			 eQCWWAN_ERR_BUFFER_SZ);
	assert_int_equal(QCWWAN2kConnect((CHAR *)"/dev/cdc-wdm7", (CHAR *)"SER7"),
			 eQCWWAN_ERR_NONE);
}

static void result_mapping(void **state)
{
	struct t_rsp rsp;
	double t0;

	(void)state;
	assert_int_equal(slqs_qmi_call(&m_model, NULL, &rsp, 0), eQCWWAN_ERR_NONE);
	assert_string_equal(rsp.model, "EM7455");
	assert_int_equal(rsp.has_retries, 0);
	/* A failed response still hands over its TLVs. */
	assert_int_equal(slqs_qmi_call(&m_fail, NULL, &rsp, 0), eQCWWAN_ERR_QMI_INCORRECT_PIN);
	assert_int_equal(rsp.has_retries, 1);
	assert_int_equal(rsp.retries, 2);
	assert_int_equal(slqs_qmi_call(&m_noresult, NULL, &rsp, 0),
			 eQCWWAN_ERR_MALFORMED_QMI_RSP);
	assert_int_equal(slqs_qmi_call(&m_wrong, NULL, &rsp, 0), eQCWWAN_ERR_INVALID_QMI_RSP);
	assert_int_equal(slqs_qmi_call(&m_reset, NULL, &rsp, 0), eQCWWAN_ERR_RESET);
	assert_int_equal(slqs_qmi_call(&m_model, NULL, NULL, 0), eQCWWAN_ERR_NONE);
	t0 = now_s();
	assert_int_equal(slqs_qmi_call(&m_silent, NULL, &rsp, 200), eQCWWAN_ERR_SWICM_TIMEOUT);
	assert_true(now_s() - t0 < 3.0);
	/* The link survives a timeout. */
	assert_int_equal(slqs_qmi_call(&m_model, NULL, &rsp, 0), eQCWWAN_ERR_NONE);
}

static void raw_round_trip(void **state)
{
	BYTE req[4] = { M_MODEL, 0x00, 0x00, 0x00 }, *rsp = NULL;
	USHORT len = 0;
	struct qmi_tlv t;

	(void)state;
	assert_int_equal(SLQSSendRawQMI(req, 2, sizeof req, 1000, &rsp, &len), eQCWWAN_ERR_NONE);
	assert_non_null(rsp);
	assert_int_equal(rsp[0], M_MODEL);
	assert_int_equal(rsp[1], 0);
	assert_int_equal(len, 4 + (rsp[2] | rsp[3] << 8));
	assert_int_equal(slqs_tlv_find(rsp + 4, len - 4u, 0x01, &t), 1);
	assert_memory_equal(t.value, "EM7455", 6);
	req[0] = M_FAIL;
	assert_int_equal(SLQSSendRawQMI(req, 2, sizeof req, 0, &rsp, &len),
			 eQCWWAN_ERR_QMI_INCORRECT_PIN);
	assert_int_equal(slqs_tlv_find(rsp + 4, len - 4u, 0x10, &t), 1);
	assert_int_equal(t.value[0], 2);
}

/* The next request `msg_id` is answered with (result, error) and, unless s is NULL, TLV 0x01 = s. */
static void answer_next(uint16_t msg_id, uint16_t result, uint16_t error, const char *s, size_t len)
{
	canned.len = build(canned.tlv, sizeof canned.tlv, 1, result, error, 0x01, s, len, 0, NULL, 0);
	SET(canned.msg_id, msg_id);
}

/* One call of a DMS identity function against a canned answer. */
struct string_case {
	const char *what;
	ULONG (*fn)(BYTE, CHAR *);
	uint16_t msg_id;		/* the message fn must send */
	uint16_t result, error;		/* the answer's result TLV */
	const char *value;		/* its TLV 0x01 (NULL: none) */
	size_t len;
	BYTE size;			/* the caller's buffer */
	ULONG rc;			/* expected */
	const char *out;		/* expected in the buffer */
};

static void dms_identity_strings(void **state)
{
	static char big[300];
	const struct string_case cases[] = {
		{ "manufacturer", GetManufacturer, DMS_MSG_GET_MANUFACTURER, 0, 0,
		  "Sierra Wireless, Incorporated", 29, 64, eQCWWAN_ERR_NONE,
		  "Sierra Wireless, Incorporated" },
		{ "model", GetModelID, DMS_MSG_GET_MODEL, 0, 0, "MC7455", 6, 64,
		  eQCWWAN_ERR_NONE, "MC7455" },
		{ "revision", GetFirmwareRevision, DMS_MSG_GET_REVISION, 0, 0,
		  "SWI9X30C_02.24.05.06", 20, 64, eQCWWAN_ERR_NONE, "SWI9X30C_02.24.05.06" },
		{ "NUL counted in the TLV", GetModelID, DMS_MSG_GET_MODEL, 0, 0, "EM7455\0", 7, 64,
		  eQCWWAN_ERR_NONE, "EM7455" },
		{ "exact fit", GetModelID, DMS_MSG_GET_MODEL, 0, 0, "MC7455", 6, 7,
		  eQCWWAN_ERR_NONE, "MC7455" },
		{ "one byte short", GetModelID, DMS_MSG_GET_MODEL, 0, 0, "MC7455", 6, 6,
		  eQCWWAN_ERR_BUFFER_SZ, "" },
		{ "QMI error DeviceNotReady", GetManufacturer, DMS_MSG_GET_MANUFACTURER, 1, 52,
		  NULL, 0, 64, eQCWWAN_ERR_QMI_OFFSET + 52, "" },
		{ "success without the string", GetFirmwareRevision, DMS_MSG_GET_REVISION, 0, 0,
		  NULL, 0, 64, eQCWWAN_ERR_MALFORMED_QMI_RSP, "" },
		{ "string over the protocol's 255 bytes", GetFirmwareRevision,
		  DMS_MSG_GET_REVISION, 0, 0, big, sizeof big, 64, eQCWWAN_ERR_MALFORMED_QMI_RSP,
		  "" },
	};
	CHAR buf[64];

	(void)state;
	memset(big, 'A', sizeof big);
	/* A function sending another message would get the fake's usual answer. */
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct string_case *c = &cases[i];
		ULONG rc;

		strcpy(buf, "stale");
		answer_next(c->msg_id, c->result, c->error, c->value, c->len);
		rc = c->fn(c->size, buf);
		if (rc != c->rc || strcmp(buf, c->out))
			fail_msg("%s: rc %u, '%s'", c->what, rc, buf);
	}
	/* A TLV shorter than its header says. */
	answer_next(DMS_MSG_GET_MODEL, 0, 0, "MC7455", 6);
	canned.tlv[canned.len - 6 - 2] = 9;	/* TLV 0x01 claims 9 bytes, 6 follow */
	assert_int_equal(GetModelID(sizeof buf, buf), eQCWWAN_ERR_MALFORMED_QMI_RSP);
}

#define THREADS 16
#define CALLS 100

static void *hammer(void *arg)
{
	uintptr_t id = (uintptr_t)arg, bad = 0;

	for (uint32_t i = 0; i < CALLS; i++) {
		struct t_echo req = { .v = (uint32_t)(id << 16 | i) }, rsp = { 0 };

		if (slqs_qmi_call(&m_echo, &req, &rsp, 0) != eQCWWAN_ERR_NONE || rsp.v != req.v)
			bad++;
	}
	return (void *)bad;
}

static void concurrent_requests(void **state)
{
	pthread_t t[THREADS];

	(void)state;
	for (uintptr_t i = 0; i < THREADS; i++)
		assert_int_equal(pthread_create(&t[i], NULL, hammer, (void *)i), 0);
	for (int i = 0; i < THREADS; i++) {
		void *bad;

		pthread_join(t[i], &bad);
		assert_int_equal((uintptr_t)bad, 0);
	}
	/* Responses really were answered out of order. */
	assert_true(GET(F.max_batch) >= 2);
}

static void callbacks_in_order(void **state)
{
	struct t_rsp rsp;

	(void)state;
	clear_log();
	assert_int_equal(SetDeviceStateChangeCbk(on_state), eQCWWAN_ERR_NONE);
	assert_int_equal(slqs_state_listen(on_listen, NULL), eQCWWAN_ERR_NONE);
	assert_int_equal(slqs_ind_subscribe(&m_ind, on_ind, "a"), eQCWWAN_ERR_NONE);
	assert_int_equal(slqs_ind_subscribe(&m_ind, on_ind, "b"), eQCWWAN_ERR_NONE); /* replaces */
	assert_int_equal(slqs_qmi_call(&m_events, NULL, &rsp, 0), eQCWWAN_ERR_NONE);
	expect_log("[ind 0 42 b](reset)[down][ready]");

	/* Unsubscribed: nothing more arrives. */
	clear_log();
	slqs_ind_unsubscribe(&m_ind, on_ind);
	assert_int_equal(SetDeviceStateChangeCbk(NULL), eQCWWAN_ERR_NONE);
	assert_int_equal(slqs_qmi_call(&m_events, NULL, &rsp, 0), eQCWWAN_ERR_NONE);
	expect_log("(reset)");
}

static void daemon_lost_and_back(void **state)
{
	struct t_rsp rsp;
	int before = GET(F.connects);
	double t0 = now_s();

	(void)state;
	clear_log();
	assert_int_equal(SetDeviceStateChangeCbk(on_state), eQCWWAN_ERR_NONE);
	assert_int_equal(slqs_qmi_call(&m_drop, NULL, &rsp, 5000), eQCWWAN_ERR_NO_CONNECTION);
	assert_true(now_s() - t0 < 2.0);	/* at once, not at the timeout */
	expect_log("[down]");
	/* The next call reattaches and reconnects the device. */
	assert_int_equal(slqs_qmi_call(&m_model, NULL, &rsp, 0), eQCWWAN_ERR_NONE);
	assert_int_equal(GET(F.connects), before + 1);
	expect_log("[down][ready]");
}

static void disconnect(void **state)
{
	CHAR node[256], key[16];
	struct t_rsp rsp;

	(void)state;
	assert_int_equal(slqs_ind_subscribe(&m_ind, on_ind, "c"), eQCWWAN_ERR_NONE);
	assert_int_equal(QCWWANDisconnect(), eQCWWAN_ERR_NONE);
	assert_int_equal(QCWWAN2kGetConnectedDeviceID(sizeof node, node, sizeof key, key),
			 eQCWWAN_ERR_NO_DEVICE);
	clear_log();
	/* Callbacks were dropped; connecting again works. */
	assert_int_equal(QCWWAN2kConnect((CHAR *)"/dev/cdc-wdm8", NULL), eQCWWAN_ERR_NONE);
	assert_int_equal(slqs_qmi_call(&m_events, NULL, &rsp, 0), eQCWWAN_ERR_NONE);
	expect_log("(reset)");
}

static void kill_daemon(void **state)
{
	struct t_rsp rsp;
	BYTE mode;

	(void)state;
	assert_int_equal(SLQSKillSDKProcess(), eQCWWAN_ERR_NONE);
	pthread_join(F.thread, NULL);
	assert_int_equal(GET(F.kills), 1);
	assert_int_equal(slqs_qmi_call(&m_model, NULL, &rsp, 0), eQCWWAN_ERR_NO_CONNECTION);
	assert_int_equal(SLQSGetDeviceMode(&mode), eQCWWAN_ERR_NO_CONNECTION);
}

static void refused(void **state)
{
	(void)state;
	fake_start(IPC_ST_ACCESS_DENIED, 0);
	assert_int_equal(SLQSStart(0, NULL), eQCWWAN_ERR_QMI_ACCESS_DENIED);
	fake_stop();
	fake_start(IPC_ST_VERSION, 0);
	assert_int_equal(SLQSStart(0, NULL), eQCWWAN_ERR_SWICM_AM_VERS_ERROR);
	fake_stop();
	fake_start(IPC_OK, 1);
	assert_int_equal(SLQSStart(0, NULL), eQCWWAN_ERR_SWICM_AM_VERS_ERROR);
	fake_stop();
	/* And a normal start still works afterwards. */
	fake_start(IPC_OK, 0);
	assert_int_equal(SLQSStart(0, NULL), eQCWWAN_ERR_NONE);
	assert_int_equal(SLQSKillSDKProcess(), eQCWWAN_ERR_NONE);
	pthread_join(F.thread, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(start_and_enumerate),
		cmocka_unit_test(selection),
		cmocka_unit_test(connect_device),
		cmocka_unit_test(result_mapping),
		cmocka_unit_test(raw_round_trip),
		cmocka_unit_test(dms_identity_strings),
		cmocka_unit_test(concurrent_requests),
		cmocka_unit_test(callbacks_in_order),
		cmocka_unit_test(daemon_lost_and_back),
		cmocka_unit_test(disconnect),
		cmocka_unit_test(kill_daemon),
		cmocka_unit_test(refused),
	};
	int rc;

	snprintf(F.dir, sizeof F.dir, "/tmp/test_api_fake.XXXXXX");
	if (!mkdtemp(F.dir))
		return 1;
	snprintf(F.path, sizeof F.path, "%s/sock", F.dir);
	setenv("SLQS_SOCKET", F.path, 1);
	/* Never start a real daemon from here. */
	SetSDKImagePath("/nonexistent/slqssdk");
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	unlink(F.path);
	rmdir(F.dir);
	return rc;
}
