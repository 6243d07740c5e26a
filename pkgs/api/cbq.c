/*
 * The callback thread: the thread reading the daemon's socket queues
 * events (indications, device-state changes, "lost N" notices) in
 * arrival order; this thread runs them one by one, without locks, so a
 * callback may call any API function. The queue is bounded: a callback
 * that blocks for long makes the SDK drop (and count) events rather than
 * stop reading the daemon, which would stall every request of the
 * application. The device-state callback sees the changes that happen
 * while it is set: a change queued before the application set (or
 * replaced) it is not handed to the new one, as one queued before it was
 * cleared is not handed to the old one.
 */
#include "pkgs/api/rt.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "api/qmerrno.h"
#include "core/log.h"
#include "core/status.h"
#include "pkgs/api/slqs_call.h"

#define QUEUE_MAX     4096
#define MAX_LISTENERS 16

enum { EV_STATE, EV_INDICATION, EV_LOST, EV_REPLAY, EV_TERMINATED };

struct cb_event {
	struct cb_event *next;
	uint8_t kind;
	uint8_t state;		/* EV_STATE: enum slqs_dev_state */
	uint8_t reset;		/* EV_STATE; EV_TERMINATED: the daemon closed the socket */
	unsigned cb_gen;	/* EV_STATE: the state callback's generation when queued */
	uint8_t service;	/* EV_INDICATION, EV_REPLAY */
	uint8_t client;
	uint16_t msg_id;
	uint32_t count;		/* EV_LOST */
	uint16_t len;
	uint8_t tlv[];
};

struct sub {
	const struct qmi_msg *msg;
	slqs_ind_fn fn;
	void *ctx;
};

struct listener {
	slqs_state_fn fn;
	void *ctx;
};

static struct {
	pthread_mutex_t lock;
	pthread_cond_t cond;
	struct cb_event *head, *tail;
	size_t queued;
	uint32_t dropped;
	bool running;
	unsigned gen;		/* a thread runs while its generation is current */
	pthread_t thread;
	tFNDeviceStateChange state_cb;
	unsigned cb_gen;	/* counts changes of state_cb */
	tFNSDKTerminated terminated_cb;
	struct sub *subs;
	size_t n_subs, cap_subs;
	struct listener listeners[MAX_LISTENERS];
	size_t n_listeners;
} Q = {
	.lock = PTHREAD_MUTEX_INITIALIZER,
	.cond = PTHREAD_COND_INITIALIZER,
};

/* ---- running events (callback thread, no lock held) ----------------------------- */

static void run_state(const struct cb_event *ev)
{
	struct listener ls[MAX_LISTENERS];
	tFNDeviceStateChange cb;
	size_t n;

	pthread_mutex_lock(&Q.lock);
	n = Q.n_listeners;
	memcpy(ls, Q.listeners, n * sizeof ls[0]);
	cb = Q.cb_gen == ev->cb_gen ? Q.state_cb : NULL;
	pthread_mutex_unlock(&Q.lock);
	for (size_t i = 0; i < n; i++)
		ls[i].fn((enum slqs_dev_state)ev->state, ev->reset, ls[i].ctx);
	if (cb)
		cb(ev->state == SLQS_DEV_READY ? DEVICE_STATE_READY : DEVICE_STATE_DISCONNECTED);
}

static void run_terminated(const struct cb_event *ev)
{
	/* A copy per call: the callback gets a writable BYTE *. */
	char reason[48];
	tFNSDKTerminated cb;

	pthread_mutex_lock(&Q.lock);
	cb = Q.terminated_cb;
	pthread_mutex_unlock(&Q.lock);
	snprintf(reason, sizeof reason, "%s", ev->reset ? "the SDK process closed the connection"
						       : "connection to the SDK process lost");
	if (cb)
		cb((BYTE *)reason);
}

static void deliver(const struct sub *s, const struct cb_event *ev)
{
	size_t size;
	const struct qmi_elem *ei = slqs_msg_table(s->msg, QMI_INDICATION, &size);
	void *c = calloc(1, size ? size : 1);
	int rc;

	if (!c) {
		log_warn("slqsapi: out of memory; %s indication dropped", s->msg->name);
		return;
	}
	rc = slqs_decode(ei, ev->tlv, ev->len, c, size, 1);
	if (rc)
		log_warn("slqsapi: malformed %s indication dropped: %s", s->msg->name,
			 slqs_status_str(rc));
	else
		s->fn(ev->client, c, s->ctx);
	free(c);
}

static void run_indication(const struct cb_event *ev)
{
	struct sub *match = NULL;
	size_t n = 0;

	pthread_mutex_lock(&Q.lock);
	for (size_t i = 0; i < Q.n_subs; i++) {
		const struct sub *s = &Q.subs[i];

		if (s->msg->service != ev->service || s->msg->id != ev->msg_id)
			continue;
		if (!match)
			match = malloc(Q.n_subs * sizeof *match);
		if (match)
			match[n++] = *s;
	}
	pthread_mutex_unlock(&Q.lock);
	for (size_t i = 0; i < n; i++)
		deliver(&match[i], ev);
	free(match);
}

static void run(const struct cb_event *ev)
{
	switch (ev->kind) {
	case EV_STATE:
		run_state(ev);
		break;
	case EV_INDICATION:
		run_indication(ev);
		break;
	case EV_LOST:
		log_warn("slqsapi: the daemon dropped %u indications: this application "
			 "read them too slowly", ev->count);
		break;
	case EV_REPLAY:
		slqs_resub_replay(ev->service, ev->client);
		break;
	case EV_TERMINATED:
		run_terminated(ev);
		break;
	}
}

static void free_queue(void)
{
	while (Q.head) {
		struct cb_event *ev = Q.head;

		Q.head = ev->next;
		free(ev);
	}
	Q.tail = NULL;
	Q.queued = 0;
}

static void *cb_main(void *arg)
{
	unsigned gen = (unsigned)(uintptr_t)arg;

	for (;;) {
		struct cb_event *ev;
		uint32_t dropped;

		pthread_mutex_lock(&Q.lock);
		while (!Q.head && Q.gen == gen)
			pthread_cond_wait(&Q.cond, &Q.lock);
		if (Q.gen != gen) {
			pthread_mutex_unlock(&Q.lock);
			return NULL;
		}
		ev = Q.head;
		Q.head = ev->next;
		if (!Q.head)
			Q.tail = NULL;
		Q.queued--;
		dropped = Q.dropped;
		Q.dropped = 0;
		pthread_mutex_unlock(&Q.lock);
		if (dropped)
			log_warn("slqsapi: callbacks too slow: %u events dropped", dropped);
		run(ev);
		free(ev);
	}
}

/* ---- start / stop --------------------------------------------------------------------- */

ULONG slqs_cbq_start(void)
{
	ULONG rc = eQCWWAN_ERR_NONE;

	pthread_mutex_lock(&Q.lock);
	if (!Q.running) {
		if (pthread_create(&Q.thread, NULL, cb_main, (void *)(uintptr_t)Q.gen))
			rc = eQCWWAN_ERR_MEMORY;
		else
			Q.running = true;
	}
	pthread_mutex_unlock(&Q.lock);
	return rc;
}

void slqs_cbq_stop(void)
{
	pthread_t t;
	bool was;

	pthread_mutex_lock(&Q.lock);
	was = Q.running;
	t = Q.thread;
	Q.running = false;
	Q.gen++;
	free_queue();
	pthread_cond_broadcast(&Q.cond);
	pthread_mutex_unlock(&Q.lock);
	if (!was)
		return;
	if (pthread_equal(t, pthread_self()))
		pthread_detach(t);	/* a callback stopped the SDK: finish quietly */
	else
		pthread_join(t, NULL);
}

/* ---- posting (the thread reading the socket) --------------------------------------------- */

static void post(struct cb_event *ev)
{
	if (!ev)
		return;
	pthread_mutex_lock(&Q.lock);
	if (!Q.running || Q.queued >= QUEUE_MAX) {
		if (Q.running)
			Q.dropped++;
		free(ev);
	} else {
		ev->cb_gen = Q.cb_gen;
		if (Q.tail)
			Q.tail->next = ev;
		else
			Q.head = ev;
		Q.tail = ev;
		Q.queued++;
		pthread_cond_signal(&Q.cond);
	}
	pthread_mutex_unlock(&Q.lock);
}

static struct cb_event *new_event(uint8_t kind, size_t len)
{
	struct cb_event *ev = calloc(1, sizeof *ev + len);

	if (ev)
		ev->kind = kind;
	else
		log_warn("slqsapi: out of memory; event dropped");
	return ev;
}

void slqs_cbq_post_state(uint8_t slqs_state, int reset)
{
	struct cb_event *ev = new_event(EV_STATE, 0);

	if (ev) {
		ev->state = slqs_state;
		ev->reset = reset != 0;
	}
	post(ev);
}

void slqs_cbq_post_indication(const struct ipc_indication *ind)
{
	struct cb_event *ev = new_event(EV_INDICATION, ind->tlv_len);

	if (ev) {
		ev->service = ind->service;
		ev->client = ind->client;
		ev->msg_id = ind->msg_id;
		ev->len = ind->tlv_len;
		memcpy(ev->tlv, ind->tlv, ind->tlv_len);
	}
	post(ev);
}

void slqs_cbq_post_replay(uint8_t service, uint8_t client)
{
	struct cb_event *ev = new_event(EV_REPLAY, 0);

	if (ev) {
		ev->service = service;
		ev->client = client;
	}
	post(ev);
}

void slqs_cbq_post_lost(uint32_t count)
{
	struct cb_event *ev = new_event(EV_LOST, 0);

	if (ev)
		ev->count = count;
	post(ev);
}

void slqs_cbq_post_terminated(int closed)
{
	struct cb_event *ev = new_event(EV_TERMINATED, 0);

	if (ev)
		ev->reset = closed != 0;
	post(ev);
}

/* ---- subscriptions ---------------------------------------------------------------------- */

void slqs_cbq_set_terminated_callback(tFNSDKTerminated fn)
{
	pthread_mutex_lock(&Q.lock);
	Q.terminated_cb = fn;
	pthread_mutex_unlock(&Q.lock);
}

void slqs_cbq_set_state_callback(tFNDeviceStateChange fn)
{
	pthread_mutex_lock(&Q.lock);
	if (Q.state_cb != fn)
		Q.cb_gen++;
	Q.state_cb = fn;
	pthread_mutex_unlock(&Q.lock);
}

void slqs_cbq_clear_callbacks(void)
{
	pthread_mutex_lock(&Q.lock);
	if (Q.state_cb)
		Q.cb_gen++;
	Q.state_cb = NULL;
	Q.n_subs = 0;
	pthread_mutex_unlock(&Q.lock);
}

static struct sub *find_sub(const struct qmi_msg *msg, slqs_ind_fn fn)
{
	for (size_t i = 0; i < Q.n_subs; i++)
		if (Q.subs[i].msg == msg && Q.subs[i].fn == fn)
			return &Q.subs[i];
	return NULL;
}

ULONG slqs_ind_subscribe(const struct qmi_msg *msg, slqs_ind_fn fn, void *ctx)
{
	ULONG rc = eQCWWAN_ERR_NONE;
	struct sub *s;

	if (!msg || !fn)
		return eQCWWAN_ERR_INVALID_ARG;
	pthread_mutex_lock(&Q.lock);
	s = find_sub(msg, fn);
	if (!s && Q.n_subs == Q.cap_subs) {
		size_t cap = Q.cap_subs ? 2 * Q.cap_subs : 16;
		struct sub *p = realloc(Q.subs, cap * sizeof *p);

		if (p) {
			Q.subs = p;
			Q.cap_subs = cap;
		}
	}
	if (s)
		s->ctx = ctx;
	else if (Q.n_subs < Q.cap_subs)
		Q.subs[Q.n_subs++] = (struct sub){ .msg = msg, .fn = fn, .ctx = ctx };
	else
		rc = eQCWWAN_ERR_MEMORY;
	pthread_mutex_unlock(&Q.lock);
	return rc;
}

void slqs_ind_unsubscribe(const struct qmi_msg *msg, slqs_ind_fn fn)
{
	struct sub *s;

	pthread_mutex_lock(&Q.lock);
	s = find_sub(msg, fn);
	if (s)
		*s = Q.subs[--Q.n_subs];
	pthread_mutex_unlock(&Q.lock);
}

ULONG slqs_state_listen(slqs_state_fn fn, void *ctx)
{
	ULONG rc = eQCWWAN_ERR_MEMORY;

	if (!fn)
		return eQCWWAN_ERR_INVALID_ARG;
	pthread_mutex_lock(&Q.lock);
	if (Q.n_listeners < MAX_LISTENERS) {
		Q.listeners[Q.n_listeners++] = (struct listener){ .fn = fn, .ctx = ctx };
		rc = eQCWWAN_ERR_NONE;
	}
	pthread_mutex_unlock(&Q.lock);
	return rc;
}
