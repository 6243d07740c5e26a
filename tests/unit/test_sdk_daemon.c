/*
 * The daemon's modules (pkgs/sdk) against a stub modem and stub apps:
 * no sockets, no transport, a clock of our own. The stub modem records
 * what the daemon writes to it and the test answers with frames handed to
 * dev_frame(); the stub apps record (decoded) what the daemon sends them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cmocka.h>

#include "pkgs/ctl/ctl_msg.h"
#include "pkgs/sdk/sdk.h"

#define NODE     "stub0"
#define SVC_DMS  0x02
#define SVC_NAS  0x03
#define SVC_UIM  0x0B
#define MAX_SENT 256
#define MAX_GOT  1024

/* ---- the stub modem ------------------------------------------------------- */

struct sent {
	uint8_t service, cid;
	uint16_t txn, msg_id;
	uint8_t tlv[16];
	size_t tlv_len;
};

static struct sent sent[MAX_SENT];
static unsigned n_sent;
static int write_error;		/* what the next writes return */

static int stub_dev_write(struct sdk_dev *d, uint8_t service, uint8_t cid, uint16_t txn,
			  uint16_t msg_id, const uint8_t *tlv, size_t tlv_len)
{
	(void)d;
	if (write_error)
		return write_error;
	assert_true(n_sent < MAX_SENT);
	assert_true(tlv_len <= sizeof(sent[0].tlv));
	sent[n_sent] = (struct sent){ .service = service, .cid = cid, .txn = txn,
				      .msg_id = msg_id, .tlv_len = tlv_len };
	if (tlv_len)
		memcpy(sent[n_sent].tlv, tlv, tlv_len);
	n_sent++;
	return 0;
}

/* ---- the stub apps -------------------------------------------------------- */

struct got {
	pid_t pid;
	struct ipc_msg m;	/* pointers cleared: only the fields are kept */
};

static struct got got[MAX_GOT];
static unsigned n_got;
static pid_t full_pid;		/* this app's socket is full */

static int stub_app_write(struct sdk_app *a, const uint8_t *pkt, size_t len)
{
	struct ipc_msg m;

	if (a->pid == full_pid)
		return -EAGAIN;
	assert_int_equal(slqs_ipc_decode(pkt, len, &m), 0);
	assert_true(n_got < MAX_GOT);
	m.u.rsp.tlv = NULL;
	got[n_got].pid = a->pid;
	got[n_got].m = m;
	n_got++;
	return 0;
}

static const struct sdk_io stub_io = { .dev_write = stub_dev_write,
				       .app_write = stub_app_write };

/* ---- the daemon under test ------------------------------------------------ */

static struct sdk_opts opts = { .n_devices = 1 };
static struct sdk s;
static struct sdk_dev *dev;

static int setup(void **state)
{
	(void)state;
	memset(&s, 0, sizeof(s));
	s.o = &opts;
	s.io = &stub_io;
	s.now = 1000;
	s.epfd = epoll_create1(EPOLL_CLOEXEC);
	list_init(&s.devs);
	list_init(&s.apps);
	list_init(&s.dead_apps);
	list_init(&s.timers);
	sdk_timer_init(&s.expiry, req_expire);
	n_sent = n_got = 0;
	write_error = 0;
	full_pid = 0;
	dev = dev_add(&s, NODE, true);
	assert_non_null(dev);
	sdk_timer_cancel(&dev->timer);	/* not opened: the stub is the modem */
	dev_synced(dev);
	return s.epfd < 0;
}

static int teardown(void **state)
{
	(void)state;
	app_close_all(&s);
	dev_close_all(&s);
	close(s.epfd);
	return 0;
}

/* What the loop does after each wake-up. */
static void settle(void)
{
	sdk_timers_run(&s);
	app_reap(&s);
}

static void later(uint64_t ms)
{
	s.now += ms;
	settle();
}

static struct sdk_app *app_new(pid_t pid)
{
	struct ipc_msg hello = { .type = IPC_HELLO }, conn = { .type = IPC_CONNECT };
	struct sdk_app *a;

	app_accept(&s, eventfd(0, EFD_CLOEXEC), 0, pid, true);
	assert_false(list_empty(&s.apps));
	a = list_entry(s.apps.prev, struct sdk_app, link);
	assert_int_equal(a->pid, pid);
	hello.u.hello.version = IPC_VERSION;
	app_handle(a, &hello);
	strcpy(conn.u.connect.node, NODE);
	app_handle(a, &conn);
	assert_ptr_equal(a->dev, dev);
	return a;
}

static void request(struct sdk_app *a, uint32_t id, uint8_t service, uint32_t timeout_ms)
{
	struct ipc_msg m = { .type = IPC_QMI_REQUEST };

	m.u.req.req_id = id;
	m.u.req.service = service;
	m.u.req.msg_id = 0x0021;
	m.u.req.timeout_ms = timeout_ms;
	app_handle(a, &m);
	settle();
}

static void modem_says(uint8_t service, uint8_t cid, enum qmi_kind kind, uint16_t txn,
		       uint16_t msg_id, const uint8_t *tlv, uint16_t tlv_len)
{
	struct qmux_frame f = { .flags = QMUX_FLAG_FROM_MODEM, .service = service, .client = cid,
				.sdu = { .kind = kind, .txn = txn, .msg_id = msg_id, .tlv = tlv,
					 .tlv_len = tlv_len } };

	dev_frame(dev, &f);
	settle();
}

/* The modem answers Allocate CID request `i` of sent[] with cid. */
static void grant_cid(unsigned i, uint8_t cid)
{
	const uint8_t tlv[] = { 0x02, 4, 0, 0, 0, 0, 0, 0x01, 2, 0, sent[i].tlv[3], cid };

	assert_int_equal(sent[i].service, QMI_SVC_CTL);
	assert_int_equal(sent[i].msg_id, CTL_MSG_ALLOCATE_CID);
	modem_says(QMI_SVC_CTL, 0, QMI_RESPONSE, sent[i].txn, CTL_MSG_ALLOCATE_CID, tlv,
		   sizeof(tlv));
}

/* The modem answers the request sent[i] with success. */
static void answer(unsigned i)
{
	static const uint8_t ok[] = { 0x02, 4, 0, 0, 0, 0, 0 };

	modem_says(sent[i].service, sent[i].cid, QMI_RESPONSE, sent[i].txn, sent[i].msg_id, ok,
		   sizeof(ok));
}

/* How many messages of type the app pid got; the last one in *last. */
static unsigned count_got(pid_t pid, uint8_t type, struct ipc_msg *last)
{
	unsigned n = 0;

	for (unsigned i = 0; i < n_got; i++)
		if (got[i].pid == pid && got[i].m.type == type) {
			n++;
			if (last)
				*last = got[i].m;
		}
	return n;
}

/* The last response the app got: its status (asserts there is one for id). */
static uint32_t response_status(pid_t pid, uint32_t req_id)
{
	for (unsigned i = n_got; i-- > 0;)
		if (got[i].pid == pid && got[i].m.type == IPC_QMI_RESPONSE &&
		    got[i].m.u.rsp.req_id == req_id)
			return got[i].m.u.rsp.status;
	fail_msg("app %d got no response to request %u", (int)pid, req_id);
	return 0;
}

static bool released(uint8_t service, uint8_t cid)
{
	for (unsigned i = 0; i < n_sent; i++)
		if (sent[i].service == QMI_SVC_CTL && sent[i].msg_id == CTL_MSG_RELEASE_CID &&
		    sent[i].tlv_len == 5 && sent[i].tlv[3] == service && sent[i].tlv[4] == cid)
			return true;
	return false;
}

/* An app holding a READY CID of service (cid), nothing in flight. */
static struct sdk_app *app_with_cid(pid_t pid, uint8_t service, uint8_t cid)
{
	struct sdk_app *a = app_new(pid);
	unsigned first = n_sent;

	request(a, 1, service, 0);
	grant_cid(first, cid);
	assert_int_equal(sent[first + 1].cid, cid);
	answer(first + 1);
	assert_int_equal(response_status(pid, 1), IPC_OK);
	return a;
}

/* ---- transaction ids ------------------------------------------------------ */

static void txn_ids_count_up_skip_zero_and_in_flight(void **state)
{
	struct sdk_app *a = app_new(100);

	(void)state;
	request(a, 1, SVC_DMS, 0);
	assert_int_equal(n_sent, 1);
	assert_int_equal(sent[0].txn, 1);	/* CTL: Allocate CID */
	grant_cid(0, 5);
	assert_int_equal(n_sent, 2);
	assert_int_equal(sent[1].service, SVC_DMS);
	assert_int_equal(sent[1].cid, 5);
	assert_int_equal(sent[1].txn, 1);	/* still in flight */

	dev->txn[SVC_DMS] = 0xFFFE;
	request(a, 2, SVC_DMS, 0);
	request(a, 3, SVC_DMS, 0);
	assert_int_equal(sent[2].txn, 0xFFFF);
	assert_int_equal(sent[3].txn, 2);	/* wrapped: not 0, not 1 (in flight) */

	/* Answers are matched by txn, whatever their order. */
	answer(3);
	answer(1);
	assert_int_equal(response_status(100, 3), IPC_OK);
	assert_int_equal(response_status(100, 1), IPC_OK);
	assert_int_equal(count_got(100, IPC_QMI_RESPONSE, NULL), 2);
	answer(2);
	assert_int_equal(response_status(100, 2), IPC_OK);
}

static void ctl_txn_ids_wrap_at_255(void **state)
{
	struct sdk_app *a = app_new(100);

	(void)state;
	dev->txn[QMI_SVC_CTL] = 0xFE;
	request(a, 1, SVC_DMS, 0);
	request(a, 2, SVC_UIM, 0);
	assert_int_equal(n_sent, 2);
	assert_int_equal(sent[0].txn, 0xFF);
	assert_int_equal(sent[1].txn, 1);
	grant_cid(1, 6);
	grant_cid(0, 5);
	assert_int_equal(n_sent, 4);
	assert_int_equal(cid_count(&s), 2);
}

/* ---- client ids ----------------------------------------------------------- */

static void cid_allocated_once_and_released_on_disconnect(void **state)
{
	struct sdk_app *a = app_with_cid(100, SVC_DMS, 5);
	struct ipc_msg bye = { .type = IPC_DISCONNECT };

	(void)state;
	request(a, 2, SVC_DMS, 0);
	assert_int_equal(sent[n_sent - 1].service, SVC_DMS);	/* no second allocation */
	answer(n_sent - 1);
	assert_int_equal(cid_count(&s), 1);
	app_handle(a, &bye);
	assert_true(released(SVC_DMS, 5));
	assert_int_equal(cid_count(&s), 0);
}

static void allocation_in_flight_when_the_app_dies(void **state)
{
	struct sdk_app *a = app_new(100);

	(void)state;
	request(a, 1, SVC_DMS, 0);
	assert_int_equal(n_sent, 1);
	app_kill(a);
	settle();
	assert_true(list_empty(&s.apps));
	assert_false(released(SVC_DMS, 9));
	grant_cid(0, 9);	/* nobody wants it any more: given back */
	assert_true(released(SVC_DMS, 9));
	assert_int_equal(cid_count(&s), 0);
	assert_true(list_empty(&dev->cids));
}

static void late_allocate_answer_after_timeout(void **state)
{
	struct sdk_app *a = app_new(100);

	(void)state;
	request(a, 1, SVC_DMS, 60000);
	assert_int_equal(n_sent, 1);
	later(SDK_CTL_TIMEOUT_MS - 1);
	assert_int_equal(count_got(100, IPC_QMI_RESPONSE, NULL), 0);
	later(1);
	assert_int_equal(response_status(100, 1), IPC_ST_TIMEOUT);
	assert_true(list_empty(&dev->cids));

	grant_cid(0, 9);	/* too late: the modem's CID is given back */
	assert_true(released(SVC_DMS, 9));
	assert_int_equal(cid_count(&s), 0);

	request(a, 2, SVC_DMS, 0);	/* the next request allocates again */
	assert_int_equal(sent[n_sent - 1].msg_id, CTL_MSG_ALLOCATE_CID);
}

static void modem_refuses_a_cid(void **state)
{
	const uint8_t refused[] = { 0x02, 4, 0, 1, 0, 5, 0 };	/* ClientIdsExhausted */
	struct sdk_app *a = app_new(100);

	(void)state;
	request(a, 1, SVC_DMS, 0);
	modem_says(QMI_SVC_CTL, 0, QMI_RESPONSE, sent[0].txn, CTL_MSG_ALLOCATE_CID, refused,
		   sizeof(refused));
	assert_int_equal(response_status(100, 1), IPC_ST_QMI_OFFSET + 5);
	assert_true(list_empty(&dev->cids));
}

static void reset_forgets_cids_and_fails_pending(void **state)
{
	struct sdk_app *a = app_with_cid(100, SVC_DMS, 5);
	struct ipc_msg st;

	(void)state;
	request(a, 2, SVC_DMS, 0);	/* pending at the modem */
	modem_says(QMI_SVC_CTL, 0, QMI_INDICATION, 0, CTL_MSG_SYNC, NULL, 0);
	assert_int_equal(response_status(100, 2), IPC_ST_DEVICE_RESET);
	assert_int_equal(count_got(100, IPC_DEVICE_STATE, &st), 2);	/* RESET, READY */
	assert_int_equal(st.u.state.state, IPC_DEV_READY);
	assert_false(released(SVC_DMS, 5));	/* the modem dropped them itself */
	assert_int_equal(cid_count(&s), 0);
	assert_int_equal(dev->n_pending, 0);

	request(a, 3, SVC_DMS, 0);
	assert_int_equal(sent[n_sent - 1].msg_id, CTL_MSG_ALLOCATE_CID);
}

static void unplug_fails_pending_and_drops_cids(void **state)
{
	struct sdk_app *a = app_with_cid(100, SVC_DMS, 5);
	struct ipc_msg st;

	(void)state;
	request(a, 2, SVC_DMS, 0);
	dev_fail(dev, true);	/* a read error */
	settle();
	assert_int_equal(response_status(100, 2), IPC_ST_NO_DEVICE);
	assert_int_equal(count_got(100, IPC_DEVICE_STATE, &st), 1);
	assert_int_equal(st.u.state.state, IPC_DEV_GONE);
	assert_int_equal(dev->state, DEV_GONE);
	assert_int_equal(cid_count(&s), 0);
	assert_false(released(SVC_DMS, 5));
	assert_true(sdk_timer_armed(&dev->timer));	/* reopened later */
	assert_int_equal(dev->timer.at, s.now + SDK_REOPEN_MS);

	request(a, 3, SVC_DMS, 0);
	assert_int_equal(response_status(100, 3), IPC_ST_NO_DEVICE);
}

static void write_error_fails_the_device_from_the_loop(void **state)
{
	struct sdk_app *a = app_with_cid(100, SVC_DMS, 5);
	struct ipc_msg m = { .type = IPC_QMI_REQUEST };

	(void)state;
	write_error = -EIO;
	m.u.req.req_id = 2;
	m.u.req.service = SVC_DMS;
	app_handle(a, &m);
	assert_true(dev->broken);
	assert_int_equal(count_got(100, IPC_QMI_RESPONSE, NULL), 1);	/* not yet */
	settle();
	assert_int_equal(response_status(100, 2), IPC_ST_NO_DEVICE);
	assert_int_equal(dev->state, DEV_GONE);
}

/* ---- deadlines ------------------------------------------------------------ */

static void requests_expire_at_their_deadline(void **state)
{
	struct sdk_app *a = app_with_cid(100, SVC_DMS, 5);
	unsigned sent_before;

	(void)state;
	assert_int_equal(sdk_timers_wait_ms(&s), -1);	/* idle: no timer */
	request(a, 2, SVC_DMS, 300);
	request(a, 3, SVC_DMS, 100);
	sent_before = n_sent;
	assert_int_equal(sdk_timers_wait_ms(&s), 100);
	later(99);
	assert_int_equal(count_got(100, IPC_QMI_RESPONSE, NULL), 1);
	later(1);
	assert_int_equal(response_status(100, 3), IPC_ST_TIMEOUT);
	assert_int_equal(sdk_timers_wait_ms(&s), 200);
	later(200);
	assert_int_equal(response_status(100, 2), IPC_ST_TIMEOUT);
	assert_int_equal(s.st.timeouts, 2);
	assert_int_equal(sdk_timers_wait_ms(&s), -1);	/* nothing left: no timer */

	answer(sent_before - 1);	/* a late answer goes nowhere */
	assert_int_equal(count_got(100, IPC_QMI_RESPONSE, NULL), 3);
}

static void a_request_waiting_for_its_cid_expires(void **state)
{
	struct sdk_app *a = app_new(100);

	(void)state;
	request(a, 1, SVC_DMS, 200);	/* the Allocate CID is never answered */
	later(200);
	assert_int_equal(response_status(100, 1), IPC_ST_TIMEOUT);
	assert_int_equal(sdk_timers_wait_ms(&s), SDK_CTL_TIMEOUT_MS - 200);
}

/* ---- indications ---------------------------------------------------------- */

static void indication(uint8_t cid)
{
	static const uint8_t tlv[] = { 0x10, 1, 0, 1 };

	modem_says(SVC_NAS, cid, QMI_INDICATION, 0, 0x0024, tlv, sizeof(tlv));
}

static void indications_go_to_the_cids_owners(void **state)
{
	(void)state;
	app_with_cid(100, SVC_NAS, 10);
	app_with_cid(200, SVC_NAS, 11);
	app_with_cid(300, SVC_DMS, 11);

	indication(QMI_CID_BROADCAST);
	assert_int_equal(count_got(100, IPC_INDICATION, NULL), 1);
	assert_int_equal(count_got(200, IPC_INDICATION, NULL), 1);
	assert_int_equal(count_got(300, IPC_INDICATION, NULL), 0);

	indication(11);
	assert_int_equal(count_got(100, IPC_INDICATION, NULL), 1);
	assert_int_equal(count_got(200, IPC_INDICATION, NULL), 2);
	assert_int_equal(count_got(300, IPC_INDICATION, NULL), 0);
}

static void a_slow_app_loses_indications_and_hears_how_many(void **state)
{
	struct sdk_app *slow;
	struct ipc_msg last;
	unsigned n = SDK_APP_MAX_IND + 44;

	(void)state;
	app_with_cid(100, SVC_NAS, 10);
	slow = app_with_cid(200, SVC_NAS, 11);
	full_pid = 200;
	for (unsigned i = 0; i < n; i++)
		indication(QMI_CID_BROADCAST);
	assert_int_equal(count_got(100, IPC_INDICATION, NULL), n);
	assert_int_equal(count_got(200, IPC_INDICATION, NULL), 0);
	assert_int_equal(slow->n_ind_queued, SDK_APP_MAX_IND);
	assert_int_equal(slow->lost, 44);
	assert_int_equal(s.st.ind_dropped, 44);

	full_pid = 0;	/* the app reads again */
	slow->w.fn(&s, &slow->w, EPOLLOUT);
	assert_int_equal(count_got(200, IPC_INDICATION, NULL), SDK_APP_MAX_IND);
	assert_int_equal(count_got(200, IPC_LOST, &last), 1);
	assert_int_equal(last.u.lost.count, 44);
	assert_int_equal(got[n_got - 1].m.type, IPC_LOST);	/* after the queue */
	assert_int_equal(slow->n_ind_queued, 0);

	indication(11);
	assert_int_equal(count_got(200, IPC_INDICATION, NULL), SDK_APP_MAX_IND + 1);
	assert_int_equal(count_got(200, IPC_LOST, NULL), 1);
}

/* ---- apps ----------------------------------------------------------------- */

static void dead_apps_are_closed_without_touching_the_others(void **state)
{
	struct sdk_app *a[3];

	(void)state;
	for (int i = 0; i < 3; i++)
		a[i] = app_new(100 + i);
	app_kill(a[1]);
	assert_false(list_empty(&s.dead_apps));
	settle();
	assert_true(list_empty(&s.dead_apps));
	assert_ptr_equal(s.apps.next, &a[0]->link);
	assert_ptr_equal(s.apps.next->next, &a[2]->link);
	assert_int_equal(s.n_hello, 2);
}

static void a_refused_peer_is_closed_after_the_hold(void **state)
{
	struct ipc_msg ack;

	(void)state;
	app_accept(&s, eventfd(0, EFD_CLOEXEC), 65533, 300, false);
	assert_int_equal(count_got(300, IPC_HELLO_ACK, &ack), 1);
	assert_int_equal(ack.u.hello_ack.status, IPC_ST_ACCESS_DENIED);
	assert_int_equal(sdk_timers_wait_ms(&s), SDK_REFUSE_HOLD_MS);
	later(SDK_REFUSE_HOLD_MS - 1);
	assert_false(list_empty(&s.apps));
	later(1);
	assert_true(list_empty(&s.apps));
	assert_int_equal(sdk_timers_wait_ms(&s), -1);
}

/* ---- a client id the modem forgets ------------------------------------------ */

static void answer_error(unsigned i, uint16_t error)
{
	const uint8_t tlv[] = { 0x02, 4, 0, 1, 0, (uint8_t)error, (uint8_t)(error >> 8) };

	modem_says(sent[i].service, sent[i].cid, QMI_RESPONSE, sent[i].txn, sent[i].msg_id, tlv,
		   sizeof(tlv));
}

static void a_forgotten_cid_is_replaced_and_the_request_resent_once(void **state)
{
	struct sdk_app *a;
	struct ipc_msg last;
	unsigned first;

	(void)state;
	a = app_with_cid(100, SVC_DMS, 5);
	first = n_sent;
	request(a, 2, SVC_DMS, 0);
	request(a, 3, SVC_DMS, 0);
	answer_error(first, 7);	/* InvalidClientId */
	assert_int_equal(count_got(100, IPC_SERVICE_RESET, &last), 1);
	assert_int_equal(last.u.svc_reset.service, SVC_DMS);
	assert_int_equal(count_got(100, IPC_QMI_RESPONSE, NULL), 1);	/* only request 1's */
	assert_int_equal(sent[first + 2].msg_id, CTL_MSG_ALLOCATE_CID);
	answer_error(first + 1, 7);	/* the other one: waits for the same new CID */
	assert_int_equal(n_sent, first + 3);
	grant_cid(first + 2, 9);
	assert_int_equal(n_sent, first + 5);
	assert_int_equal(sent[first + 3].cid, 9);
	assert_int_equal(sent[first + 4].cid, 9);
	answer_error(first + 3, 7);	/* forgotten again: no second retry */
	assert_int_equal(response_status(100, 2), IPC_OK);	/* the modem's own answer */
	answer(first + 4);
	assert_int_equal(response_status(100, 3), IPC_OK);
	assert_int_equal(count_got(100, IPC_SERVICE_RESET, NULL), 1);
	assert_false(released(SVC_DMS, 5));	/* the modem has no CID 5 to release */
}

/* Found by fuzz_sdk_device: a request still in flight on a CID being
 * replaced must not outlive it when the new allocation fails. */
static void a_failed_replacement_answers_the_requests_in_flight(void **state)
{
	static const uint8_t refused[] = { 0x02, 4, 0, 1, 0, 5, 0 };	/* ClientIdsExhausted */
	struct sdk_app *a;
	unsigned first;

	(void)state;
	a = app_with_cid(100, SVC_DMS, 5);
	first = n_sent;
	request(a, 2, SVC_DMS, 0);
	request(a, 3, SVC_DMS, 0);
	answer_error(first, 7);
	assert_int_equal(sent[first + 2].msg_id, CTL_MSG_ALLOCATE_CID);
	modem_says(QMI_SVC_CTL, 0, QMI_RESPONSE, sent[first + 2].txn, CTL_MSG_ALLOCATE_CID,
		   refused, sizeof(refused));
	assert_int_equal(response_status(100, 2), IPC_ST_QMI_OFFSET + 5);
	assert_int_equal(response_status(100, 3), IPC_ST_QMI_OFFSET + 5);
	assert_int_equal(a->n_reqs, 0);
	answer_error(first + 1, 7);	/* its late answer: nobody waits */
	assert_int_equal(count_got(100, IPC_QMI_RESPONSE, NULL), 3);
}

/* ---- limits ---------------------------------------------------------------- */

static void a_greedy_app_is_not_read_beyond_its_limit(void **state)
{
	struct sdk_app *greedy, *other;
	unsigned first;

	(void)state;
	greedy = app_with_cid(200, SVC_DMS, 11);
	other = app_with_cid(100, SVC_DMS, 10);
	full_pid = 200;	/* it never reads */
	first = n_sent;
	for (uint32_t i = 0; i < SDK_APP_MAX_PENDING; i++) {
		assert_true(greedy->events & EPOLLIN);
		request(greedy, 10 + i, SVC_DMS, 0);
		answer(first + i);
	}
	assert_int_equal(greedy->n_rsp_queued, SDK_APP_MAX_PENDING);
	assert_false(greedy->events & EPOLLIN);	/* its sends now block */
	assert_true(greedy->events & EPOLLOUT);
	assert_true(other->events & EPOLLIN);
	request(other, 2, SVC_DMS, 0);
	answer(n_sent - 1);
	assert_int_equal(response_status(100, 2), IPC_OK);

	full_pid = 0;	/* it reads: it is read again */
	greedy->w.fn(&s, &greedy->w, EPOLLOUT);
	assert_int_equal(greedy->n_rsp_queued, 0);
	assert_int_equal(greedy->queued_bytes, 0);
	assert_int_equal(greedy->events, EPOLLIN);
}

static void indications_stop_at_the_byte_limit(void **state)
{
	static const uint8_t big[8000];
	struct sdk_app *slow;

	(void)state;
	slow = app_with_cid(200, SVC_NAS, 11);
	full_pid = 200;
	for (unsigned i = 0; i < 100; i++)
		modem_says(SVC_NAS, 11, QMI_INDICATION, 0, 0x0024, big, sizeof(big));
	assert_true(slow->queued_bytes < SDK_APP_MAX_QUEUED + sizeof(big) + 64);
	assert_true(slow->lost > 0);
	assert_false(slow->events & EPOLLIN);
}

static void a_silent_connection_is_closed(void **state)
{
	(void)state;
	app_accept(&s, eventfd(0, EFD_CLOEXEC), 0, 300, true);
	assert_int_equal(sdk_timers_wait_ms(&s), SDK_HELLO_TIMEOUT_MS);
	later(SDK_HELLO_TIMEOUT_MS - 1);
	assert_false(list_empty(&s.apps));
	later(1);
	assert_true(list_empty(&s.apps));
}

static void silent_connections_are_evicted_oldest_first(void **state)
{
	struct sdk_app *talker;

	int peer[2][2];

	(void)state;
	/* Sockets: eviction peeks whether the peer sent something. */
	for (int i = 0; i < 2; i++)
		assert_int_equal(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, peer[i]), 0);
	app_accept(&s, peer[0][0], 0, 300, true);
	later(SDK_EVICT_AGE_MS / 2);
	app_accept(&s, peer[1][0], 0, 301, true);
	talker = app_new(302);
	assert_false(app_evict_silent(&s));	/* none is old enough */
	later(SDK_EVICT_AGE_MS / 2);
	assert_true(app_evict_silent(&s));
	settle();
	assert_ptr_equal(list_entry(s.apps.next, struct sdk_app, link)->pid, 301);
	later(SDK_EVICT_AGE_MS);
	assert_true(app_evict_silent(&s));
	settle();
	assert_false(app_evict_silent(&s));	/* one that said HELLO stays */
	assert_ptr_equal(s.apps.next, &talker->link);
	close(peer[0][1]);
	close(peer[1][1]);
}

static void a_hello_body_of_another_version_is_refused(void **state)
{
	struct ipc_msg hello = { .type = IPC_HELLO }, ack;
	struct sdk_app *a;

	(void)state;
	app_accept(&s, eventfd(0, EFD_CLOEXEC), 0, 300, true);
	a = list_entry(s.apps.prev, struct sdk_app, link);
	hello.u.hello.version = 99;
	app_handle(a, &hello);
	assert_int_equal(count_got(300, IPC_HELLO_ACK, &ack), 1);
	assert_int_equal(ack.u.hello_ack.status, IPC_ST_VERSION);
	settle();
	assert_true(list_empty(&s.apps));
	assert_int_equal(s.n_hello, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(txn_ids_count_up_skip_zero_and_in_flight),
		T(ctl_txn_ids_wrap_at_255),
		T(cid_allocated_once_and_released_on_disconnect),
		T(allocation_in_flight_when_the_app_dies),
		T(late_allocate_answer_after_timeout),
		T(modem_refuses_a_cid),
		T(reset_forgets_cids_and_fails_pending),
		T(unplug_fails_pending_and_drops_cids),
		T(write_error_fails_the_device_from_the_loop),
		T(requests_expire_at_their_deadline),
		T(a_request_waiting_for_its_cid_expires),
		T(indications_go_to_the_cids_owners),
		T(a_slow_app_loses_indications_and_hears_how_many),
		T(dead_apps_are_closed_without_touching_the_others),
		T(a_refused_peer_is_closed_after_the_hold),
		T(a_forgotten_cid_is_replaced_and_the_request_resent_once),
		T(a_failed_replacement_answers_the_requests_in_flight),
		T(a_greedy_app_is_not_read_beyond_its_limit),
		T(indications_stop_at_the_byte_limit),
		T(a_silent_connection_is_closed),
		T(silent_connections_are_evicted_oldest_first),
		T(a_hello_body_of_another_version_is_refused),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
