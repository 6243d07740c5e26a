/*
 * Application sessions: one SOCK_SEQPACKET connection each. Reads and
 * checks the app's messages, answers them, and sends it responses,
 * indications and device states through a per-app queue that never
 * blocks the loop: when the socket is full, packets wait for EPOLLOUT;
 * indications beyond SDK_APP_MAX_IND queued (or SDK_APP_MAX_QUEUED bytes)
 * are dropped and counted, and the app gets LOST {n} before the next one.
 *
 * Bounds: an app that has SDK_APP_MAX_PENDING requests in flight or
 * answered but not read yet, or SDK_APP_MAX_QUEUED bytes queued, is not
 * read any more (its sends block in its own socket) until it reads or its
 * requests are answered: one greedy app costs the daemon a bounded amount
 * of memory and the others nothing.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "core/log.h"
#include "pkgs/sdk/sdk.h"

/* The loop is single-threaded; a received packet stays valid (its TLVs are
 * sent on from it) while answers are encoded into the other buffer. */
static uint8_t rxbuf[IPC_MAX_PACKET];
static uint8_t scratch[IPC_MAX_PACKET];

static void on_app(struct sdk *s, struct sdk_watch *w, uint32_t events);

/* Moved to the dead list, so closing them never walks the live ones. */
void app_kill(struct sdk_app *a)
{
	if (a->dead)
		return;
	a->dead = true;
	if (a->hello)
		a->s->n_hello--;
	list_del(&a->link);
	list_add_tail(&a->s->dead_apps, &a->link);
}

int app_socket_write(struct sdk_app *a, const uint8_t *pkt, size_t len)
{
	ssize_t n;

	do
		n = send(a->w.fd, pkt, len, MSG_DONTWAIT | MSG_NOSIGNAL);
	while (n < 0 && errno == EINTR);
	return n < 0 ? -errno : 0;
}

static bool app_full(const struct sdk_app *a)
{
	return a->n_reqs + a->n_rsp_queued >= SDK_APP_MAX_PENDING ||
	       a->queued_bytes >= SDK_APP_MAX_QUEUED;
}

void app_update_watch(struct sdk_app *a)
{
	uint32_t ev;

	if (a->dead)
		return;
	ev = (app_full(a) ? 0 : EPOLLIN) | (list_empty(&a->outq) ? 0 : EPOLLOUT);
	if (ev == a->events)
		return;
	a->events = ev;
	sdk_watch_mod(a->s, &a->w, ev);
}

/* Keeps the encoded packet (scratch) until the socket takes it. */
static int enqueue(struct sdk_app *a, size_t len, bool indication)
{
	struct sdk_pkt *p = malloc(sizeof(*p) + len);

	if (!p)
		return -1;
	p->indication = indication;
	p->len = len;
	memcpy(p->data, scratch, len);
	list_add_tail(&a->outq, &p->link);
	if (indication)
		a->n_ind_queued++;
	else
		a->n_rsp_queued++;
	a->queued_bytes += len;
	app_update_watch(a);
	return 0;
}

static void send_lost(struct sdk_app *a)
{
	struct ipc_msg m = { .type = IPC_LOST, .u.lost.count = a->lost };

	a->lost = 0;
	app_send(a, &m, false);
}

void app_send(struct sdk_app *a, const struct ipc_msg *m, bool indication)
{
	int len, rc;

	if (a->dead)
		return;
	if (indication) {
		if (a->n_ind_queued >= SDK_APP_MAX_IND || a->queued_bytes >= SDK_APP_MAX_QUEUED) {
			a->lost++;
			a->s->st.ind_dropped++;
			return;
		}
		if (a->lost)
			send_lost(a);
	}
	len = slqs_ipc_encode(m, scratch, sizeof(scratch));
	if (len < 0) {
		log_err("cannot encode %s for app %d: %d", slqs_ipc_type_name(m->type), (int)a->pid,
			len);
		app_kill(a);
		return;
	}
	if (list_empty(&a->outq)) {
		rc = a->s->io->app_write(a, scratch, (size_t)len);
		if (rc == 0)
			return;
		if (rc != -EAGAIN) {
			log_info("app %d (%s): send failed (%s); closing", (int)a->pid, a->name,
				 strerror(-rc));
			app_kill(a);
			return;
		}
	}
	if (enqueue(a, (size_t)len, indication) < 0)
		app_kill(a);
}

/* Sends what waits in the queue; stops at a full socket. */
static void flush(struct sdk *s, struct sdk_app *a)
{
	while (!list_empty(&a->outq)) {
		struct sdk_pkt *p = list_entry(a->outq.next, struct sdk_pkt, link);
		int rc = s->io->app_write(a, p->data, p->len);

		if (rc < 0) {
			if (rc != -EAGAIN)
				app_kill(a);
			return;
		}
		list_del(&p->link);
		if (p->indication)
			a->n_ind_queued--;
		else
			a->n_rsp_queued--;
		a->queued_bytes -= p->len;
		free(p);
	}
	app_update_watch(a);
	if (a->lost)
		send_lost(a);
}

void app_send_response(struct sdk_app *a, uint32_t req_id, uint32_t status, uint8_t service,
		       uint8_t slot, uint16_t msg_id, const uint8_t *tlv, uint16_t tlv_len)
{
	struct ipc_msg m = { .type = IPC_QMI_RESPONSE };

	m.u.rsp.req_id = req_id;
	m.u.rsp.status = status;
	m.u.rsp.service = service;
	m.u.rsp.client = slot;
	m.u.rsp.msg_id = msg_id;
	m.u.rsp.tlv = tlv;
	m.u.rsp.tlv_len = tlv_len;
	app_send(a, &m, false);
}

void app_send_state(struct sdk_app *a, struct sdk_dev *d, enum ipc_dev_state state)
{
	struct ipc_msg m = { .type = IPC_DEVICE_STATE };

	m.u.state.state = (uint8_t)state;
	strcpy(m.u.state.node, d->node);
	app_send(a, &m, false);
}

/* No HELLO in time, or a refused peer had its chance to read why. */
static void on_app_timer(struct sdk *s, struct sdk_timer *t)
{
	struct sdk_app *a = list_entry(t, struct sdk_app, timer);

	(void)s;
	if (!a->refused)
		log_debug("app pid %d said no HELLO within %d ms; closing", (int)a->pid,
			  SDK_HELLO_TIMEOUT_MS);
	app_kill(a);
}

static bool has_input(int fd)
{
	char b;

	return recv(fd, &b, 1, MSG_PEEK | MSG_DONTWAIT) >= 0 || errno != EAGAIN;
}

bool app_evict_silent(struct sdk *s)
{
	struct list *pos;

	for (pos = s->apps.next; pos != &s->apps; pos = pos->next) {
		struct sdk_app *a = list_entry(pos, struct sdk_app, link);

		if (s->now < a->since + SDK_EVICT_AGE_MS)
			break;	/* in accept order: the rest are younger */
		if (a->hello || a->refused || has_input(a->w.fd))
			continue;
		app_kill(a);
		return true;
	}
	return false;
}

void app_accept(struct sdk *s, int fd, uid_t uid, pid_t pid, bool allowed)
{
	struct sdk_app *a = calloc(1, sizeof(*a));

	if (!a) {
		close(fd);
		return;
	}
	a->s = s;
	a->w.fd = fd;
	a->w.fn = on_app;
	a->uid = uid;
	a->pid = pid;
	strcpy(a->name, "?");
	a->since = s->now;
	list_init(&a->dev_link);
	sdk_timer_init(&a->timer, on_app_timer);
	list_init(&a->cids);
	list_init(&a->reqs);
	list_init(&a->outq);
	a->events = EPOLLIN;
	if (sdk_watch_add(s, &a->w, EPOLLIN) < 0) {
		close(fd);
		free(a);
		return;
	}
	list_add_tail(&s->apps, &a->link);
	if (!allowed) {
		struct ipc_msg m = { .type = IPC_HELLO_ACK };

		m.u.hello_ack.status = IPC_ST_ACCESS_DENIED;
		m.u.hello_ack.version = IPC_VERSION;
		strcpy(m.u.hello_ack.daemon_version, SLQS_VERSION);
		a->refused = true;
		sdk_timer_arm(s, &a->timer, s->now + SDK_REFUSE_HOLD_MS);
		app_send(a, &m, false);
		return;
	}
	sdk_timer_arm(s, &a->timer, s->now + SDK_HELLO_TIMEOUT_MS);
	log_debug("app pid %d uid %u connected", (int)pid, (unsigned)uid);
}

/* Answers every pending request with status and gives back the CIDs. */
void app_release_device(struct sdk_app *a, uint32_t status)
{
	struct list *pos, *tmp;

	list_for_each_safe(pos, tmp, &a->reqs)
		req_finish(list_entry(pos, struct sdk_req, app_link), status, NULL);
	list_for_each_safe(pos, tmp, &a->cids)
		cid_release(list_entry(pos, struct sdk_cid, app_link));
	list_del(&a->dev_link);
	a->dev = NULL;
}

static void app_close(struct sdk *s, struct sdk_app *a)
{
	struct list *pos, *tmp;

	app_kill(a);	/* nothing more is sent */
	sdk_timer_cancel(&a->timer);
	app_release_device(a, IPC_ST_NO_CONNECTION);
	list_for_each_safe(pos, tmp, &a->outq) {
		list_del(pos);
		free(list_entry(pos, struct sdk_pkt, link));
	}
	sdk_watch_del(s, &a->w);
	close(a->w.fd);
	list_del(&a->link);
	if (a->hello)
		log_debug("app pid %d (%s) gone", (int)a->pid, a->name);
	free(a);
}

void app_reap(struct sdk *s)
{
	while (!list_empty(&s->dead_apps))
		app_close(s, list_entry(s->dead_apps.next, struct sdk_app, link));
}

void app_close_all(struct sdk *s)
{
	while (!list_empty(&s->apps)) {
		struct sdk_app *a = list_entry(s->apps.next, struct sdk_app, link);

		flush(s, a);	/* a last KILL_ACK, if the socket takes it */
		app_close(s, a);
	}
	app_reap(s);
}

/* ---- requests from the app ---------------------------------------------- */

static void send_ack(struct sdk_app *a, uint8_t type, uint32_t status, struct sdk_dev *d)
{
	struct ipc_msg m = { .type = type };

	m.u.ack.status = status;
	if (d && status == IPC_OK) {
		struct ipc_device info;

		dev_describe(d, &info);
		m.u.ack.state = info.state;
		m.u.ack.driver = info.driver;
		strcpy(m.u.ack.node, d->node);
	}
	app_send(a, &m, false);
}

/* The app speaks another protocol (in the packet's header, or HELLO's body). */
static void refuse_version(struct sdk_app *a, int version)
{
	struct ipc_msg ack = { .type = IPC_HELLO_ACK };

	ack.u.hello_ack.status = IPC_ST_VERSION;
	ack.u.hello_ack.version = IPC_VERSION;
	strcpy(ack.u.hello_ack.daemon_version, SLQS_VERSION);
	log_warn("app pid %d speaks another IPC version (%d, ours is %d); refused", (int)a->pid,
		 version, IPC_VERSION);
	app_send(a, &ack, false);
	app_kill(a);
}

static void on_hello(struct sdk_app *a, const struct ipc_hello *h)
{
	struct ipc_msg m = { .type = IPC_HELLO_ACK };

	m.u.hello_ack.status = IPC_OK;
	m.u.hello_ack.version = IPC_VERSION;
	strcpy(m.u.hello_ack.daemon_version, SLQS_VERSION);
	a->hello = true;
	a->s->n_hello++;
	sdk_timer_cancel(&a->timer);
	strcpy(a->name, h->name[0] ? h->name : "?");
	log_debug("app pid %d uid %u: hello from '%s' (pid %u)", (int)a->pid, (unsigned)a->uid,
		  a->name, (unsigned)h->pid);
	app_send(a, &m, false);
}

static void on_enumerate(struct sdk *s, struct sdk_app *a)
{
	static struct ipc_device list[IPC_MAX_DEVICES];
	struct ipc_msg m = { .type = IPC_DEVICES };
	struct list *pos;
	uint16_t n = 0;

	if (!s->o->n_devices)
		dev_rescan(s);	/* a modem the uevents did not announce (a fake sysfs) */
	for (pos = s->devs.next; pos != &s->devs && n < IPC_MAX_DEVICES; pos = pos->next) {
		struct sdk_dev *d = list_entry(pos, struct sdk_dev, link);

		if (d->state != DEV_GONE)
			dev_describe(d, &list[n++]);
	}
	m.u.devices.status = n ? IPC_OK : IPC_ST_NO_DEVICE;
	m.u.devices.count = n;
	m.u.devices.list = list;
	app_send(a, &m, false);
}

static void on_connect(struct sdk *s, struct sdk_app *a, const struct slqs_ipc_connect *c)
{
	struct sdk_dev *found = NULL;
	struct list *pos;

	for (pos = s->devs.next; pos != &s->devs; pos = pos->next) {
		struct sdk_dev *d = list_entry(pos, struct sdk_dev, link);
		struct ipc_device info;

		if (c->node[0] && strcmp(c->node, d->node))
			continue;
		dev_describe(d, &info);
		if (c->key[0] && strcmp(c->key, info.key))
			continue;
		if (!c->node[0] && d->state == DEV_GONE)
			continue;
		found = d;
		break;
	}
	if (!found || found->state == DEV_GONE) {
		send_ack(a, IPC_CONNECT_ACK, IPC_ST_NO_DEVICE, NULL);
		return;
	}
	if (a->dev && a->dev != found)
		app_release_device(a, IPC_ST_NO_CONNECTION);
	if (!a->dev)
		list_add_tail(&found->apps, &a->dev_link);
	a->dev = found;
	log_debug("app pid %d (%s) uses %s", (int)a->pid, a->name, found->node);
	send_ack(a, IPC_CONNECT_ACK, IPC_OK, found);
}

static void on_stats(struct sdk *s, struct sdk_app *a)
{
	struct ipc_msg m = { .type = IPC_STATS_ACK };
	struct list *pos;

	m.u.stats = s->st;
	m.u.stats.apps = s->n_hello;
	m.u.stats.devices = m.u.stats.devices_ready = m.u.stats.pending = 0;
	for (pos = s->devs.next; pos != &s->devs; pos = pos->next) {
		struct sdk_dev *d = list_entry(pos, struct sdk_dev, link);

		m.u.stats.devices++;
		m.u.stats.devices_ready += d->state == DEV_READY;
		m.u.stats.pending += d->n_pending;
	}
	m.u.stats.cids = cid_count(s);
	app_send(a, &m, false);
}

void app_handle(struct sdk_app *a, const struct ipc_msg *m)
{
	struct sdk *s = a->s;

	if (a->refused) {
		app_kill(a);
		return;
	}
	if (!a->hello && m->type != IPC_HELLO) {
		log_info("app pid %d: %s before HELLO; closing", (int)a->pid,
			 slqs_ipc_type_name(m->type));
		app_kill(a);
		return;
	}
	switch (m->type) {
	case IPC_HELLO:
		if (a->hello)
			break;
		if (m->u.hello.version != IPC_VERSION)
			refuse_version(a, m->u.hello.version);
		else
			on_hello(a, &m->u.hello);
		return;
	case IPC_ENUMERATE:
		on_enumerate(s, a);
		return;
	case IPC_CONNECT:
		on_connect(s, a, &m->u.connect);
		return;
	case IPC_DISCONNECT:
		app_release_device(a, IPC_ST_NO_CONNECTION);
		send_ack(a, IPC_DISCONNECT_ACK, IPC_OK, NULL);
		return;
	case IPC_QMI_REQUEST:
		req_submit(a, &m->u.req);
		return;
	case IPC_KILL:
		log_info("app pid %d (%s) asked the daemon to exit", (int)a->pid, a->name);
		send_ack(a, IPC_KILL_ACK, IPC_OK, NULL);
		s->quit = true;
		return;
	case IPC_STATS:
		on_stats(s, a);
		return;
	default:
		break;
	}
	log_info("app pid %d (%s): unexpected %s; closing", (int)a->pid, a->name,
		 slqs_ipc_type_name(m->type));
	app_kill(a);
}

/*
 * One packet per readiness event: the watch is level-triggered, so a
 * socket with more waiting is reported again by the next epoll_wait, and
 * no wake-up ends in a read that finds nothing (EAGAIN). Apps with
 * packets waiting are served in turn, one each per loop iteration.
 */
static void on_app(struct sdk *s, struct sdk_watch *w, uint32_t events)
{
	struct sdk_app *a = list_entry(w, struct sdk_app, w);
	struct ipc_msg m;
	ssize_t rc;

	if (a->dead)
		return;
	if (events & EPOLLOUT)
		flush(s, a);
	if (!(events & (EPOLLIN | EPOLLHUP | EPOLLERR)) || a->dead || s->quit)
		return;
	if (!(a->events & EPOLLIN)) {	/* over its limits: only a hang-up counts */
		if (!(events & EPOLLIN))
			app_kill(a);
		return;
	}
	rc = slqs_ipc_recv(a->w.fd, rxbuf, sizeof(rxbuf), &m, MSG_DONTWAIT);
	if (rc == -EAGAIN)
		return;
	if (rc == IPC_E_VERSION && m.type == IPC_HELLO && !a->hello && !a->refused) {
		refuse_version(a, -1);
		return;
	}
	if (rc < 0) {
		/* EOF or a reset connection: the app closed or died, nothing to say. */
		if (rc != IPC_E_CLOSED && rc != -ECONNRESET && !a->refused)
			log_info("app pid %d (%s): %s; closing", (int)a->pid, a->name,
				 rc <= IPC_E_MALFORMED && rc >= IPC_E_CLOSED
					 ? "malformed message" : strerror((int)-rc));
		app_kill(a);
		return;
	}
	app_handle(a, &m);
}
