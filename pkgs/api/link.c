/*
 * The application's link to the daemon: one SOCK_SEQPACKET socket, a
 * table of QMI requests in flight keyed by request id, and one control
 * exchange at a time (its answers carry no id, so they are matched by
 * order).
 *
 * One thread at a time reads the socket: the "leader". While requests
 * come back to back, the calling thread leads itself: it sends, then
 * reads the socket until its own answer is there, handling whatever else
 * comes first (other callers' answers, indications, device states) just
 * as the reader thread would. A request then costs one wake-up of the
 * caller, instead of one of the reader thread plus a hand-over to the
 * caller. The reader thread leads whenever no caller does: while the
 * application is idle (for indications and device states), for control
 * exchanges, and for callers that wait while another leads (followers).
 * It gives the socket up to callers only while calls come close together
 * (within YIELD_MS), so an application that calls now and then keeps the
 * reader thread's prompt handling and never pays for the switch.
 *
 * Callers register a request before sending it (the answer may beat the
 * send's return). The leader takes the request out of the table
 * ("claims" it), completes it without locks (decoding into the caller's
 * struct), then marks it done. A caller whose timeout expires removes
 * its request if it is not claimed yet; otherwise it waits for the
 * leader to finish with it. Answers are dispatched before the leader
 * gives the socket up, so events stay in the daemon's order.
 *
 * The socket is closed only under fd_lock held for writing; senders and
 * a leading caller hold it for reading, so they never use a closed (or
 * reused) descriptor.
 */
#define _GNU_SOURCE	/* program_invocation_short_name */
#include "pkgs/api/rt.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "api/qmerrno.h"
#include "core/log.h"
#include "pkgs/api/slqs_call.h"

#define BUCKETS 64
#define HELLO_TIMEOUT_MS 5000
/* Calls closer together than this make the reader thread leave the
 * socket to them; it takes it back after that long without a call. */
#define YIELD_MS 10
/* A leading caller's read returns this often to check its deadline. */
#define LEAD_RCVTIMEO_MS 250

enum { LEAD_NONE, LEAD_READER, LEAD_CALLER };

enum { P_WAITING, P_CLAIMED, P_DONE };

struct rt_pending {
	struct rt_pending *next;
	uint32_t id;
	uint8_t service;
	uint16_t msg_id;
	int state;		/* P_* */
	ULONG rc;
	pthread_cond_t cond;
	rt_complete_fn done;
	void *ctx;
};

struct ctl_wait {
	uint8_t want;		/* the answer's message type */
	int done;
	ULONG rc;
	struct rt_control *out;
	pthread_cond_t cond;
};

static struct {
	pthread_mutex_t attach_lock;	/* attach, detach, reattach */
	pthread_mutex_t ctl_lock;	/* one control exchange at a time */
	pthread_rwlock_t fd_lock;	/* senders (read) against close (write) */
	pthread_mutex_t lock;		/* everything below */
	int fd;
	bool up;			/* fd usable: reader running, daemon there */
	bool reader_started;		/* a reader thread exists (to join) */
	pthread_t reader;
	struct rt_pending *table[BUCKETS];
	size_t n_pending;		/* requests in the table */
	uint32_t next_id;
	struct ctl_wait *ctl;
	uint8_t *rbuf;			/* the leader's receive buffer */
	int lead;			/* LEAD_*: who reads the socket */
	bool reader_parked;		/* the reader waits for a caller to stop leading */
	bool reader_stop;		/* reap(): the reader thread must end */
	bool reader_cond_ok;		/* reader_cond is initialised */
	pthread_cond_t reader_cond;
	uint64_t last_call;		/* ms: a call started or returned */
	bool calls_close;		/* the latest call came within YIELD_MS of another */
	char path[sizeof(((struct sockaddr_un *)0)->sun_path)];
	bool have_path;			/* attached once: slqs_link_ensure may reattach */
	bool connected;			/* QCWWAN2kConnect succeeded */
	char node[IPC_NODE_LEN];
	char key[IPC_KEY_LEN];
	uint8_t dev_state;		/* enum ipc_dev_state of the connected device */
	uint8_t told;			/* SLQS state last reported to the callback thread */
} L = {
	.attach_lock = PTHREAD_MUTEX_INITIALIZER,
	.ctl_lock = PTHREAD_MUTEX_INITIALIZER,
	.fd_lock = PTHREAD_RWLOCK_INITIALIZER,
	.lock = PTHREAD_MUTEX_INITIALIZER,
	.fd = -1,
};

/* ---- the request table (L.lock held) ------------------------------------------ */

static void table_add(struct rt_pending *p)
{
	struct rt_pending **b = &L.table[p->id % BUCKETS];

	p->next = *b;
	*b = p;
	L.n_pending++;
}

static struct rt_pending *table_take(uint32_t id)
{
	for (struct rt_pending **pp = &L.table[id % BUCKETS]; *pp; pp = &(*pp)->next) {
		struct rt_pending *p = *pp;

		if (p->id == id) {
			*pp = p->next;
			L.n_pending--;
			return p;
		}
	}
	return NULL;
}

static void finish(struct rt_pending *p, ULONG rc)
{
	p->rc = rc;
	p->state = P_DONE;
	pthread_cond_signal(&p->cond);
}

/* The daemon is gone: every waiter learns it now, not at its timeout. */
static void fail_all(ULONG rc)
{
	for (size_t i = 0; i < BUCKETS; i++) {
		while (L.table[i]) {
			struct rt_pending *p = L.table[i];

			L.table[i] = p->next;
			finish(p, rc);
		}
	}
	L.n_pending = 0;
	if (L.ctl) {
		L.ctl->rc = rc;
		L.ctl->done = 1;
		pthread_cond_signal(&L.ctl->cond);
		L.ctl = NULL;
	}
}

/* Reports the connected device's state to the callback thread, once per change. */
static void tell_state(uint8_t slqs_state, int reset)
{
	if (L.told == slqs_state)
		return;
	L.told = slqs_state;
	slqs_cbq_post_state(slqs_state, reset);
	/* Ready again after a reset, an unplug or a new daemon: the modem has
	 * forgotten what the application registered. */
	if (slqs_state == SLQS_DEV_READY)
		slqs_cbq_post_replay(0, 0xFF);
}

static ULONG send_error(int rc)
{
	switch (rc) {
	case IPC_E_NOSPACE:
		return eQCWWAN_ERR_INVALID_ARG;
	case -ENOMEM:
		return eQCWWAN_ERR_MEMORY;
	default:
		return eQCWWAN_ERR_NO_CONNECTION;
	}
}

/* ---- handling what the daemon sends --------------------------------------------- */

static void on_response(const struct ipc_qmi_response *r)
{
	struct rt_pending *p;
	ULONG rc;

	pthread_mutex_lock(&L.lock);
	p = table_take(r->req_id);
	if (p)
		p->state = P_CLAIMED;
	pthread_mutex_unlock(&L.lock);
	if (!p) {
		log_debug("slqsapi: response %u arrived after its caller gave up", r->req_id);
		return;
	}
	if (r->status != IPC_OK)
		rc = r->status;
	else if (r->service != p->service || r->msg_id != p->msg_id)
		rc = eQCWWAN_ERR_INVALID_QMI_RSP;
	else
		rc = p->done(r, p->ctx);
	pthread_mutex_lock(&L.lock);
	finish(p, rc);
	pthread_mutex_unlock(&L.lock);
}

static uint8_t answer_type(uint8_t request)
{
	switch (request) {
	case IPC_ENUMERATE:  return IPC_DEVICES;
	case IPC_CONNECT:    return IPC_CONNECT_ACK;
	case IPC_DISCONNECT: return IPC_DISCONNECT_ACK;
	case IPC_KILL:       return IPC_KILL_ACK;
	case IPC_STATS:      return IPC_STATS_ACK;
	default:             return 0;
	}
}

/* Returns -1 when the answer matches no question: the daemon is confused. */
static int on_control_answer(const struct ipc_msg *m)
{
	struct ctl_wait *w;
	struct rt_control *out;

	pthread_mutex_lock(&L.lock);
	w = L.ctl;
	if (!w || w->want != m->type) {
		pthread_mutex_unlock(&L.lock);
		log_warn("slqsapi: unexpected %s from the daemon", slqs_ipc_type_name(m->type));
		return -1;
	}
	out = w->out;
	switch (m->type) {
	case IPC_DEVICES:
		out->status = m->u.devices.status;
		out->n_devs = slqs_ipc_devices_read(&m->u.devices, out->devs, out->max_devs);
		break;
	case IPC_STATS_ACK:
		out->status = IPC_OK;
		out->stats = m->u.stats;
		break;
	default:
		out->status = m->u.ack.status;
		out->ack = m->u.ack;
		break;
	}
	w->rc = eQCWWAN_ERR_NONE;
	w->done = 1;
	L.ctl = NULL;
	pthread_cond_signal(&w->cond);
	pthread_mutex_unlock(&L.lock);
	return 0;
}

static void on_device_state(const struct ipc_device_state *s)
{
	pthread_mutex_lock(&L.lock);
	if (L.connected) {
		L.dev_state = s->state;
		tell_state(s->state == IPC_DEV_READY ? SLQS_DEV_READY : SLQS_DEV_DISCONNECTED,
			   s->state == IPC_DEV_RESET);
	}
	pthread_mutex_unlock(&L.lock);
}

/* Returns -1 to drop the link. */
static int dispatch(const struct ipc_msg *m)
{
	switch (m->type) {
	case IPC_QMI_RESPONSE:
		on_response(&m->u.rsp);
		return 0;
	case IPC_INDICATION:
		slqs_cbq_post_indication(&m->u.ind);
		return 0;
	case IPC_LOST:
		slqs_cbq_post_lost(m->u.lost.count);
		return 0;
	case IPC_DEVICE_STATE:
		on_device_state(&m->u.state);
		return 0;
	case IPC_SERVICE_RESET:
		log_info("slqsapi: the modem lost our client of service 0x%02X; registrations "
			 "sent again", m->u.svc_reset.service);
		slqs_cbq_post_replay(m->u.svc_reset.service, m->u.svc_reset.client);
		return 0;
	case IPC_DEVICES:
	case IPC_CONNECT_ACK:
	case IPC_DISCONNECT_ACK:
	case IPC_KILL_ACK:
	case IPC_STATS_ACK:
		return on_control_answer(m);
	default:
		log_warn("slqsapi: the daemon sent %s, which it never should",
			 slqs_ipc_type_name(m->type));
		return -1;
	}
}

/* ---- leading: reading the socket ------------------------------------------------ */

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static bool past(const struct timespec *dl)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return now.tv_sec > dl->tv_sec || (now.tv_sec == dl->tv_sec && now.tv_nsec >= dl->tv_nsec);
}

/* Whether a caller or a control exchange waits for an answer (L.lock held). */
static bool answers_awaited(void)
{
	return L.n_pending || L.ctl;
}

/* The link broke (n says why): every waiter learns it now, not at its
 * timeout, and the reader thread ends (L.lock held). */
static void link_down(ssize_t n)
{
	if (!L.up)
		return;
	if (n == IPC_E_CLOSED)
		log_info("slqsapi: the daemon closed the connection");
	else
		log_warn("slqsapi: connection to the daemon lost (%zd)", n);
	L.up = false;
	fail_all(eQCWWAN_ERR_NO_CONNECTION);
	if (!L.reader_stop)	/* not the application's own detach */
		slqs_cbq_post_terminated(n == IPC_E_CLOSED);
	if (L.connected) {
		L.dev_state = IPC_DEV_GONE;
		tell_state(SLQS_DEV_DISCONNECTED, 0);
	}
	pthread_cond_signal(&L.reader_cond);
}

/*
 * Reads one packet as the leader and handles it (no lock held). Returns 0,
 * -EAGAIN when nothing came (a leading caller's receive timeout), or why
 * the link is broken.
 */
static ssize_t lead_read(int fd, uint8_t *buf, int flags)
{
	struct ipc_msg m;
	ssize_t n = slqs_ipc_recv(fd, buf, IPC_MAX_PACKET, &m, flags);

	if (n == -EAGAIN || n == -EWOULDBLOCK)
		return -EAGAIN;
	if (n < 0)
		return n;
	return dispatch(&m) < 0 ? IPC_E_MALFORMED : 0;
}

/* Leaves the socket (L.lock held); the reader thread takes it if anyone
 * still waits for an answer, or if it waits for the socket itself. */
static void lead_release(void)
{
	L.lead = LEAD_NONE;
	if (answers_awaited() || L.reader_parked)
		pthread_cond_signal(&L.reader_cond);
}

/*
 * The calling thread leads until p is answered, p's deadline passes or
 * the link breaks (L.lock held on entry and return, dropped meanwhile).
 */
static void lead_for(struct rt_pending *p, const struct timespec *dl)
{
	L.lead = LEAD_CALLER;
	pthread_mutex_unlock(&L.lock);
	pthread_rwlock_rdlock(&L.fd_lock);	/* before L.lock: the lock order */
	pthread_mutex_lock(&L.lock);
	while (L.up && p->state == P_WAITING && !past(dl)) {
		int fd = L.fd;
		uint8_t *buf = L.rbuf;
		ssize_t n;

		pthread_mutex_unlock(&L.lock);
		n = lead_read(fd, buf, 0);
		pthread_mutex_lock(&L.lock);
		if (n < 0 && n != -EAGAIN)
			link_down(n);
	}
	pthread_rwlock_unlock(&L.fd_lock);
	lead_release();
}

/* Waits until the socket has something (or broke): 0, -EAGAIN or -errno. */
static ssize_t wait_readable(int fd)
{
	struct pollfd pfd = { .fd = fd, .events = POLLIN };

	if (poll(&pfd, 1, -1) < 0)
		return errno == EINTR ? -EAGAIN : -errno;
	return 0;
}

/*
 * The reader thread leads whenever no caller does, except while calls
 * come close together and none waits: then it leaves the socket to the
 * next caller, and takes it back YIELD_MS after the last call. It polls
 * before reading so that its read never waits (the socket's receive
 * timeout is for leading callers).
 */
static void *reader_main(void *arg)
{
	int fd = (int)(intptr_t)arg;
	uint8_t *buf;

	pthread_mutex_lock(&L.lock);
	buf = L.rbuf;
	while (L.up && !L.reader_stop) {
		uint64_t now = now_ms();
		ssize_t n;

		if (L.lead != LEAD_NONE) {
			L.reader_parked = true;
			pthread_cond_wait(&L.reader_cond, &L.lock);
			L.reader_parked = false;
			continue;
		}
		if (!answers_awaited() && L.calls_close && now < L.last_call + YIELD_MS) {
			struct timespec until;

			slqs_rt_deadline(&until, (ULONG)(L.last_call + YIELD_MS - now));
			pthread_cond_timedwait(&L.reader_cond, &L.lock, &until);
			continue;
		}
		L.lead = LEAD_READER;
		pthread_mutex_unlock(&L.lock);
		n = wait_readable(fd);
		if (n == 0)
			n = lead_read(fd, buf, MSG_DONTWAIT);
		pthread_mutex_lock(&L.lock);
		L.lead = LEAD_NONE;
		if (n < 0 && n != -EAGAIN)
			link_down(n);
	}
	link_down(IPC_E_CLOSED);	/* stopped by reap(): nobody may wait on */
	pthread_mutex_unlock(&L.lock);
	return NULL;
}

/* ---- attach / detach (attach_lock held) ------------------------------------------ */

/* Joins a reader that is gone (or stops one) and closes its socket. */
static void reap(void)
{
	pthread_mutex_lock(&L.lock);
	if (L.fd >= 0)
		shutdown(L.fd, SHUT_RDWR);	/* wakes the leader and blocked senders */
	L.reader_stop = true;
	if (L.reader_cond_ok)
		pthread_cond_signal(&L.reader_cond);	/* a reader not reading */
	pthread_mutex_unlock(&L.lock);
	if (L.reader_started) {
		pthread_join(L.reader, NULL);
		L.reader_started = false;
	}
	pthread_rwlock_wrlock(&L.fd_lock);	/* no caller leads any more */
	pthread_mutex_lock(&L.lock);
	if (L.fd >= 0)
		close(L.fd);
	L.fd = -1;
	L.up = false;
	L.reader_stop = false;
	free(L.rbuf);
	L.rbuf = NULL;
	pthread_mutex_unlock(&L.lock);
	pthread_rwlock_unlock(&L.fd_lock);
}

static ULONG hello(int fd)
{
	struct ipc_msg m = { .type = IPC_HELLO };
	struct pollfd pfd = { .fd = fd, .events = POLLIN };
	uint8_t buf[512];
	ssize_t n;
	int rc;

	m.u.hello.version = IPC_VERSION;
	m.u.hello.pid = (uint32_t)getpid();
	snprintf(m.u.hello.name, sizeof m.u.hello.name, "%s", program_invocation_short_name);
	if (slqs_ipc_send(fd, &m, 0))
		return eQCWWAN_ERR_SWICM_SOCKET_IN_USE;
	do
		rc = poll(&pfd, 1, HELLO_TIMEOUT_MS);
	while (rc < 0 && errno == EINTR);
	if (rc <= 0) {
		log_warn("slqsapi: the daemon did not answer HELLO");
		return eQCWWAN_ERR_SWICM_SOCKET_IN_USE;
	}
	n = slqs_ipc_recv(fd, buf, sizeof buf, &m, 0);
	if (n == IPC_E_VERSION) {
		log_warn("slqsapi: the daemon speaks another protocol version");
		return eQCWWAN_ERR_SWICM_AM_VERS_ERROR;
	}
	if (n < 0 || m.type != IPC_HELLO_ACK) {
		log_warn("slqsapi: no valid HELLO answer from the daemon (%zd)", n);
		return eQCWWAN_ERR_SWICM_SOCKET_IN_USE;
	}
	if (m.u.hello_ack.status != IPC_OK) {
		log_warn("slqsapi: the daemon refused this application (status %u%s)",
			 m.u.hello_ack.status,
			 m.u.hello_ack.status == IPC_ST_ACCESS_DENIED ?
				 ": not root, not the daemon's user and not in its group" : "");
		return m.u.hello_ack.status;
	}
	return eQCWWAN_ERR_NONE;
}

/* A leading caller's read returns now and then, to see its deadline. */
static int set_lead_timeout(int fd)
{
	struct timeval tv = { .tv_sec = 0, .tv_usec = LEAD_RCVTIMEO_MS * 1000 };

	if (setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv) == 0)
		return 0;
	log_warn("slqsapi: cannot set the socket's receive timeout: %s", strerror(errno));
	return -1;
}

static ULONG attach_locked(const char *path, int *err)
{
	uint8_t *buf;
	int fd, rc;
	ULONG st;

	*err = 0;
	if (strlen(path) >= sizeof L.path)
		return eQCWWAN_ERR_SWICM_SOCKET_IN_USE;
	fd = slqs_ipc_connect(path);
	if (fd < 0) {
		*err = -fd;
		if (-fd == EACCES) {
			log_warn("slqsapi: no permission to use %s", path);
			return eQCWWAN_ERR_QMI_ACCESS_DENIED;
		}
		return eQCWWAN_ERR_SWICM_SOCKET_IN_USE;
	}
	st = hello(fd);
	if (st) {
		close(fd);
		return st;
	}
	if (set_lead_timeout(fd) < 0 || !(buf = malloc(IPC_MAX_PACKET))) {
		close(fd);
		return eQCWWAN_ERR_MEMORY;
	}
	pthread_mutex_lock(&L.lock);
	if (!L.reader_cond_ok && slqs_rt_cond_init(&L.reader_cond) == 0)
		L.reader_cond_ok = true;
	if (!L.reader_cond_ok) {
		pthread_mutex_unlock(&L.lock);
		free(buf);
		close(fd);
		return eQCWWAN_ERR_MEMORY;
	}
	L.rbuf = buf;
	L.fd = fd;
	L.up = true;
	memcpy(L.path, path, strlen(path) + 1);
	L.have_path = true;
	pthread_mutex_unlock(&L.lock);
	rc = pthread_create(&L.reader, NULL, reader_main, (void *)(intptr_t)fd);
	if (rc) {
		pthread_mutex_lock(&L.lock);
		L.up = false;
		pthread_mutex_unlock(&L.lock);
		reap();
		return eQCWWAN_ERR_MEMORY;
	}
	L.reader_started = true;
	return eQCWWAN_ERR_NONE;
}

ULONG slqs_link_attach(const char *path, int *err)
{
	ULONG rc = eQCWWAN_ERR_NONE;

	*err = 0;
	pthread_mutex_lock(&L.attach_lock);
	if (!slqs_link_is_up()) {
		reap();
		rc = attach_locked(path, err);
	}
	pthread_mutex_unlock(&L.attach_lock);
	return rc;
}

void slqs_link_detach(void)
{
	pthread_mutex_lock(&L.attach_lock);
	reap();
	pthread_mutex_unlock(&L.attach_lock);
}

void slqs_link_forget(void)
{
	pthread_mutex_lock(&L.lock);
	L.have_path = false;
	pthread_mutex_unlock(&L.lock);
}

bool slqs_link_is_up(void)
{
	bool up;

	pthread_mutex_lock(&L.lock);
	up = L.up;
	pthread_mutex_unlock(&L.lock);
	return up;
}

/* Connects the device again after a reattach; reports READY if it is. */
static void reconnect_device(void)
{
	struct ipc_msg m = { .type = IPC_CONNECT };
	struct rt_control out = { 0 };
	bool again;

	pthread_mutex_lock(&L.lock);
	again = L.connected;
	memcpy(m.u.connect.node, L.node, sizeof L.node);
	memcpy(m.u.connect.key, L.key, sizeof L.key);
	pthread_mutex_unlock(&L.lock);
	if (!again || slqs_link_control(&m, &out) || out.status != IPC_OK)
		return;
	pthread_mutex_lock(&L.lock);
	L.dev_state = out.ack.state;
	if (out.ack.state == IPC_DEV_READY)
		tell_state(SLQS_DEV_READY, 0);
	pthread_mutex_unlock(&L.lock);
}

ULONG slqs_link_ensure(void)
{
	char path[sizeof L.path];
	bool retry;
	int err;

	pthread_mutex_lock(&L.lock);
	retry = !L.up && L.have_path;
	memcpy(path, L.path, sizeof path);
	pthread_mutex_unlock(&L.lock);
	if (!retry)
		return slqs_link_is_up() ? eQCWWAN_ERR_NONE : eQCWWAN_ERR_NO_CONNECTION;

	pthread_mutex_lock(&L.attach_lock);
	if (!slqs_link_is_up()) {
		reap();
		if (attach_locked(path, &err) == eQCWWAN_ERR_NONE) {
			log_info("slqsapi: reattached to the daemon at %s", path);
			reconnect_device();
		}
	}
	pthread_mutex_unlock(&L.attach_lock);
	return slqs_link_is_up() ? eQCWWAN_ERR_NONE : eQCWWAN_ERR_NO_CONNECTION;
}

/* ---- requests -------------------------------------------------------------------- */

ULONG slqs_link_qmi(uint8_t service, uint8_t client, uint16_t msg_id, const uint8_t *tlv,
	       size_t tlv_len, ULONG timeout_ms, rt_complete_fn done, void *ctx)
{
	struct rt_pending p = {
		.service = service, .msg_id = msg_id, .state = P_WAITING, .done = done, .ctx = ctx,
	};
	struct ipc_msg m = { .type = IPC_QMI_REQUEST };
	struct timespec dl;
	uint64_t now;
	ULONG rc;
	int fd, src;

	if (tlv_len > UINT16_MAX)
		return eQCWWAN_ERR_INVALID_ARG;
	if (timeout_ms == 0)
		timeout_ms = SLQS_TIMEOUT_DEFAULT;
	if (slqs_rt_cond_init(&p.cond))
		return eQCWWAN_ERR_MEMORY;

	pthread_rwlock_rdlock(&L.fd_lock);
	pthread_mutex_lock(&L.lock);
	if (!L.up) {
		pthread_mutex_unlock(&L.lock);
		pthread_rwlock_unlock(&L.fd_lock);
		pthread_cond_destroy(&p.cond);
		return eQCWWAN_ERR_NO_CONNECTION;
	}
	if (++L.next_id == 0)
		L.next_id = 1;
	p.id = L.next_id;
	table_add(&p);
	now = now_ms();
	L.calls_close = now - L.last_call < YIELD_MS;
	L.last_call = now;
	fd = L.fd;
	pthread_mutex_unlock(&L.lock);

	m.u.req.req_id = p.id;
	m.u.req.service = service;
	m.u.req.client = client;
	m.u.req.timeout_ms = timeout_ms;
	m.u.req.msg_id = msg_id;
	m.u.req.tlv = tlv;
	m.u.req.tlv_len = (uint16_t)tlv_len;
	src = slqs_ipc_send(fd, &m, 0);
	pthread_rwlock_unlock(&L.fd_lock);

	slqs_rt_deadline(&dl, timeout_ms > UINT32_MAX - RT_TIMEOUT_MARGIN_MS ?
				 UINT32_MAX : timeout_ms + RT_TIMEOUT_MARGIN_MS);
	pthread_mutex_lock(&L.lock);
	if (src && p.state == P_WAITING) {
		table_take(p.id);
		finish(&p, send_error(src));
	}
	while (p.state != P_DONE) {
		if (p.state == P_WAITING && L.lead == LEAD_NONE && L.up && !past(&dl)) {
			lead_for(&p, &dl);	/* nobody reads the socket: this thread does */
		} else if (p.state == P_CLAIMED) {	/* being decoded right now */
			pthread_cond_wait(&p.cond, &L.lock);
		} else if (pthread_cond_timedwait(&p.cond, &L.lock, &dl) == ETIMEDOUT &&
			   p.state == P_WAITING) {
			table_take(p.id);
			finish(&p, eQCWWAN_ERR_SWICM_TIMEOUT);
		}
	}
	L.last_call = now_ms();
	rc = p.rc;
	pthread_mutex_unlock(&L.lock);
	pthread_cond_destroy(&p.cond);
	return rc;
}

ULONG slqs_link_control(const struct ipc_msg *req, struct rt_control *out)
{
	struct ctl_wait w = { .want = answer_type(req->type), .out = out };
	struct timespec dl;
	ULONG rc;
	int fd, src;

	if (!w.want)
		return eQCWWAN_ERR_INTERNAL;
	if (slqs_rt_cond_init(&w.cond))
		return eQCWWAN_ERR_MEMORY;
	pthread_mutex_lock(&L.ctl_lock);
	pthread_rwlock_rdlock(&L.fd_lock);
	pthread_mutex_lock(&L.lock);
	if (!L.up) {
		pthread_mutex_unlock(&L.lock);
		pthread_rwlock_unlock(&L.fd_lock);
		rc = eQCWWAN_ERR_NO_CONNECTION;
		goto out;
	}
	L.ctl = &w;
	if (L.lead == LEAD_NONE)
		pthread_cond_signal(&L.reader_cond);	/* it leads while someone waits */
	fd = L.fd;
	pthread_mutex_unlock(&L.lock);
	src = slqs_ipc_send(fd, req, 0);
	pthread_rwlock_unlock(&L.fd_lock);

	slqs_rt_deadline(&dl, RT_CONTROL_TIMEOUT_MS);
	pthread_mutex_lock(&L.lock);
	if (src && !w.done) {
		L.ctl = NULL;
		w.rc = send_error(src);
		w.done = 1;
	}
	while (!w.done) {
		if (pthread_cond_timedwait(&w.cond, &L.lock, &dl) == ETIMEDOUT && !w.done) {
			/* A late answer would be taken for the next question's: drop the link. */
			log_warn("slqsapi: the daemon did not answer %s; reconnecting",
				 slqs_ipc_type_name(req->type));
			L.ctl = NULL;
			w.rc = eQCWWAN_ERR_SWICM_TIMEOUT;
			w.done = 1;
			if (L.fd >= 0)
				shutdown(L.fd, SHUT_RDWR);
		}
	}
	rc = w.rc;
	pthread_mutex_unlock(&L.lock);
out:
	pthread_mutex_unlock(&L.ctl_lock);
	pthread_cond_destroy(&w.cond);
	return rc;
}

/* ---- the connected device ----------------------------------------------------------- */

void slqs_link_set_device(const char *node, const char *key, uint8_t ipc_state)
{
	pthread_mutex_lock(&L.lock);
	L.connected = true;
	slqs_rt_strcpy(L.node, sizeof L.node, node);
	slqs_rt_strcpy(L.key, sizeof L.key, key);
	L.dev_state = ipc_state;
	L.told = ipc_state == IPC_DEV_READY ? SLQS_DEV_READY : SLQS_DEV_DISCONNECTED;
	pthread_mutex_unlock(&L.lock);
}

void slqs_link_clear_device(void)
{
	pthread_mutex_lock(&L.lock);
	L.connected = false;
	L.node[0] = L.key[0] = '\0';
	L.dev_state = IPC_DEV_GONE;
	L.told = SLQS_DEV_DISCONNECTED;
	pthread_mutex_unlock(&L.lock);
}

ULONG slqs_link_get_device(char *node, size_t node_size, char *key, size_t key_size)
{
	ULONG rc = eQCWWAN_ERR_NONE;

	pthread_mutex_lock(&L.lock);
	if (!L.connected)
		rc = eQCWWAN_ERR_NO_DEVICE;
	else if ((node && !slqs_rt_strcpy(node, node_size, L.node)) ||
		 (key && !slqs_rt_strcpy(key, key_size, L.key)))
		rc = eQCWWAN_ERR_BUFFER_SZ;
	pthread_mutex_unlock(&L.lock);
	return rc;
}

uint8_t slqs_link_device_state(void)
{
	uint8_t st;

	pthread_mutex_lock(&L.lock);
	st = L.connected && L.up ? L.dev_state : IPC_DEV_GONE;
	pthread_mutex_unlock(&L.lock);
	return st;
}
