/*
 * GobiNet binds and closes, off the event loop.
 *
 * The driver answers the bind ioctl, and close(), only after a round
 * trip to the modem (CTL Allocate / Release CID), which may take seconds
 * while the modem boots. Done on the loop, one slow modem would freeze
 * every app and every other modem; so a small fixed pool of threads
 * (SDK_BINDERS, not one per client) does these calls and the loop hears
 * of each finished bind through an eventfd, then calls the job's
 * completion. Nothing else runs on them: they touch no daemon state but
 * the job queues.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include "core/log.h"
#include "pkgs/sdk/sdk.h"

enum job_kind { JOB_BIND, JOB_CLOSE };

struct sdk_job {
	struct list link;
	enum job_kind kind;
	char node[IPC_NODE_LEN];
	uint8_t service;
	int fd;			/* CLOSE: to close; BIND: the result or -errno */
	sdk_bound_fn *done;	/* BIND: the completion; NULL once cancelled (loop only) */
	void *arg;
	bool cancelled;		/* BIND: nobody waits; skip it if not started (b.lock) */
};

static struct {
	pthread_mutex_t lock;
	pthread_cond_t cond;
	struct list todo, done;
	unsigned outstanding;	/* jobs queued or running */
	unsigned threads;
	bool stopping;
	struct sdk_watch w;	/* eventfd: binds finished */
	struct sdk *s;
} b = { .lock = PTHREAD_MUTEX_INITIALIZER, .cond = PTHREAD_COND_INITIALIZER,
	.todo = LIST_INIT(b.todo), .done = LIST_INIT(b.done), .w = { .fd = -1 } };

static void *worker(void *unused)
{
	(void)unused;
	pthread_mutex_lock(&b.lock);
	for (;;) {
		struct sdk_job *j;

		while (list_empty(&b.todo) && !b.stopping)
			pthread_cond_wait(&b.cond, &b.lock);
		if (list_empty(&b.todo))
			break;
		j = list_entry(b.todo.next, struct sdk_job, link);
		list_del(&j->link);
		/* A bind nobody waits for any more would only be closed again. */
		bool skip = j->cancelled;

		pthread_mutex_unlock(&b.lock);
		if (j->kind == JOB_BIND) {
			j->fd = skip ? -ECANCELED : slqs_qcqmi_bind(j->node, j->service);
		} else {
			close(j->fd);	/* the driver releases the CID */
			free(j);
			j = NULL;
		}
		pthread_mutex_lock(&b.lock);
		b.outstanding--;
		if (j) {
			uint64_t one = 1;

			list_add_tail(&b.done, &j->link);
			if (write(b.w.fd, &one, sizeof(one)) < 0) {
				/* the counter cannot overflow in practice */
			}
		}
		pthread_cond_broadcast(&b.cond);	/* binder_stop waits on it */
	}
	pthread_mutex_unlock(&b.lock);
	return NULL;
}

/* Finished binds: hand each fd to whoever waits, or close it if nobody does. */
static void on_done(struct sdk *s, struct sdk_watch *w, uint32_t events)
{
	struct list done;
	uint64_t n;

	(void)s;
	(void)events;
	if (read(w->fd, &n, sizeof(n)) < 0) {
		/* nothing new */
	}
	list_init(&done);
	pthread_mutex_lock(&b.lock);
	if (!list_empty(&b.done)) {
		done = b.done;
		done.next->prev = &done;
		done.prev->next = &done;
		list_init(&b.done);
	}
	pthread_mutex_unlock(&b.lock);
	while (!list_empty(&done)) {
		struct sdk_job *j = list_entry(done.next, struct sdk_job, link);

		list_del(&j->link);
		if (j->done) {
			j->done(j->arg, j->fd);
		} else if (j->fd >= 0) {
			binder_close(j->fd);	/* the app or the device went meanwhile */
		}
		free(j);
	}
}

static int queue(struct sdk_job *j)
{
	pthread_mutex_lock(&b.lock);
	if (b.threads < SDK_BINDERS && b.outstanding >= b.threads) {
		pthread_t t;

		if (pthread_create(&t, NULL, worker, NULL) == 0) {
			pthread_detach(t);
			b.threads++;
		}
	}
	if (!b.threads) {
		pthread_mutex_unlock(&b.lock);
		return -EAGAIN;
	}
	list_add_tail(&b.todo, &j->link);
	b.outstanding++;
	pthread_cond_signal(&b.cond);
	pthread_mutex_unlock(&b.lock);
	return 0;
}

int binder_start(struct sdk *s)
{
	b.s = s;
	b.w.fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
	b.w.fn = on_done;
	if (b.w.fd < 0)
		return -errno;
	return sdk_watch_add(s, &b.w, EPOLLIN);
}

struct sdk_job *binder_bind(const char *node, uint8_t service, sdk_bound_fn *done, void *arg)
{
	struct sdk_job *j = calloc(1, sizeof(*j));

	if (!j || strlen(node) >= sizeof(j->node)) {
		free(j);
		return NULL;
	}
	j->kind = JOB_BIND;
	strcpy(j->node, node);
	j->service = service;
	j->fd = -1;
	j->done = done;
	j->arg = arg;
	if (queue(j) < 0) {
		free(j);
		return NULL;
	}
	return j;
}

void binder_cancel(struct sdk_job *j)
{
	if (!j)
		return;
	pthread_mutex_lock(&b.lock);
	j->cancelled = true;
	pthread_mutex_unlock(&b.lock);
	j->done = NULL;
}

void binder_close(int fd)
{
	struct sdk_job *j = calloc(1, sizeof(*j));

	if (j) {
		j->kind = JOB_CLOSE;
		j->fd = fd;
	}
	if (!j || queue(j) < 0) {
		free(j);
		close(fd);	/* no thread: block rather than leak the CID */
	}
}

void binder_stop(struct sdk *s)
{
	struct timespec until;

	(void)s;
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += SDK_BINDER_DRAIN_S;
	pthread_mutex_lock(&b.lock);
	b.stopping = true;
	pthread_cond_broadcast(&b.cond);
	/* Let the queued closes give their CIDs back before we exit. */
	while (b.outstanding && pthread_cond_timedwait(&b.cond, &b.lock, &until) != ETIMEDOUT)
		;
	while (!list_empty(&b.done)) {
		struct sdk_job *j = list_entry(b.done.next, struct sdk_job, link);

		list_del(&j->link);
		if (j->fd >= 0)
			close(j->fd);
		free(j);
	}
	pthread_mutex_unlock(&b.lock);
	if (b.w.fd >= 0) {
		sdk_watch_del(s, &b.w);
		close(b.w.fd);
		b.w.fd = -1;
	}
}
