/*
 * The emulated GobiNet driver (see gobiemu.h): per modem one connection
 * to qmisim's socket, on which it speaks CTL itself; per open fd a
 * socketpair whose far end receives that client's SDUs. One thread reads
 * every modem connection and routes what comes: CTL answers and the
 * driver's own DMS answer to the waiting caller, the rest to the fds
 * bound to (service, CID), broadcast indications to every fd of the
 * service.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "tests/gobinet/gobiemu.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "core/codec.h"
#include "core/qmux.h"
#include "pkgs/ctl/ctl_msg.h"
#include "pkgs/dms/dms_msg.h"

#define IOCTL_GET_SERVICE_FILE 0x8BE1
#define IOCTL_GET_VIDPID       0x8BE2
#define IOCTL_GET_MEID         0x8BE3
#define IOCTL_RELEASE          0x8BE4
#define MEID_LEN               14
#define WAIT_MS                5000	/* a CTL answer; the driver waits as long */
#define MAX_POLL               64
#define RXBUF                  (QMUX_MAX_FRAME + 1)

struct waiter {
	struct waiter *next;
	uint8_t service, cid;
	uint16_t txn;
	bool done;
	uint8_t *frame;		/* the answer, malloc'd */
	size_t len;
};

struct emu_dev {
	struct emu_dev *next;
	char path[sizeof(((struct sockaddr_un *)0)->sun_path)];
	int fd;			/* connection to qmisim, -1 while gone */
	unsigned gen;		/* bumped on each connection */
	unsigned epoch;		/* bumped on each connection and modem reset */
	pthread_mutex_t lock;	/* fd writes, waiters, txn counters */
	pthread_cond_t cond;
	struct waiter *waiters;
	uint8_t ctl_txn;
	uint16_t svc_txn;
	bool has_meid;
	char meid[MEID_LEN];
};

struct emu_fd {
	struct emu_fd *next;
	int a, e;		/* the app's end, our end (-1 once dead) */
	struct emu_dev *dev;
	unsigned epoch;		/* the dev epoch the fd was opened in */
	bool bound, dead;
	uint8_t service, cid;
};

/* g_lock guards the device and fd lists and every emu_fd; take it before a dev lock. */
static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t probe_lock = PTHREAD_MUTEX_INITIALIZER;	/* MEID reads */
static struct emu_dev *devs;
static struct emu_fd *fds;
static int wake_fd[2] = { -1, -1 };
static bool thread_started;

void gemu_log(const char *fmt, ...)
{
	static int on = -1;
	va_list ap;

	if (on < 0) {
		const char *e = getenv("GOBIEMU_DEBUG");

		on = e && *e && *e != '0';
	}
	if (!on)
		return;
	va_start(ap, fmt);
	fprintf(stderr, "gobiemu[%d]: ", (int)getpid());
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

static void wake_thread(void)
{
	if (wake_fd[1] >= 0 && real_write(wake_fd[1], "", 1) < 0) {
		/* the pipe is full: the thread wakes anyway */
	}
}

static struct emu_fd *find_fd(int a)
{
	for (struct emu_fd *f = fds; f; f = f->next)
		if (f->a == a)
			return f;
	return NULL;
}

/* Marks f dead: its app end sees a hangup, its calls ENXIO. Under g_lock. */
static void kill_fd(struct emu_fd *f)
{
	f->dead = true;
	if (f->e >= 0) {
		real_close(f->e);
		f->e = -1;
	}
}

/* ---- the connection to the modem ------------------------------------------ */

static void dev_disconnect(struct emu_dev *d, unsigned gen)
{
	pthread_mutex_lock(&g_lock);
	pthread_mutex_lock(&d->lock);
	if (d->fd >= 0 && d->gen == gen) {
		gemu_log("%s: modem gone", d->path);
		real_close(d->fd);
		d->fd = -1;
		d->has_meid = false;
		pthread_cond_broadcast(&d->cond);
	}
	pthread_mutex_unlock(&d->lock);
	for (struct emu_fd *f = fds; f; f = f->next)
		if (f->dev == d)
			kill_fd(f);
	pthread_mutex_unlock(&g_lock);
}

/* Connects d if it is not; under g_lock. 0 or -errno. */
static int dev_connect(struct emu_dev *d)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd;

	if (d->fd >= 0)
		return 0;
	strcpy(sa.sun_path, d->path);
	fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		int e = errno;

		real_close(fd);
		gemu_log("%s: cannot reach the modem: %s", d->path, strerror(e));
		return -ENXIO;
	}
	pthread_mutex_lock(&d->lock);
	d->fd = fd;
	d->gen++;
	d->epoch++;
	pthread_mutex_unlock(&d->lock);
	gemu_log("%s: connected to the modem", d->path);
	wake_thread();
	return 0;
}

static struct emu_dev *dev_get(const char *path)
{
	struct emu_dev *d;

	for (d = devs; d; d = d->next)
		if (!strcmp(d->path, path))
			return d;
	d = calloc(1, sizeof(*d));
	if (!d || strlen(path) >= sizeof(d->path)) {
		free(d);
		return NULL;
	}
	strcpy(d->path, path);
	d->fd = -1;
	pthread_mutex_init(&d->lock, NULL);
	pthread_cond_init(&d->cond, NULL);
	d->next = devs;
	devs = d;
	return d;
}

/*
 * Sends request c of message m to (service, cid) and waits for its answer,
 * decoded into rsp. Returns 0 (res says how the modem answered), or
 * -ENXIO (modem gone), -ETIMEDOUT, -EIO (malformed answer).
 */
static int transact(struct emu_dev *d, uint8_t cid, const struct qmi_msg *m, const void *c,
		    void *rsp, struct qmi_result *res)
{
	uint8_t buf[512];
	struct qmi_wbuf w;
	struct waiter wt = { .service = m->service, .cid = cid };
	struct timespec until;
	struct qmux_frame f;
	int rc = 0;

	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += WAIT_MS / 1000;
	pthread_mutex_lock(&d->lock);
	if (d->fd < 0) {
		pthread_mutex_unlock(&d->lock);
		return -ENXIO;
	}
	if (m->service == QMI_SVC_CTL)
		wt.txn = ++d->ctl_txn ? d->ctl_txn : ++d->ctl_txn;
	else
		wt.txn = ++d->svc_txn ? d->svc_txn : ++d->svc_txn;
	qmi_wbuf_init(&w, buf, sizeof(buf));
	if (slqs_msg_write(&w, 1, m, QMI_REQUEST, cid, wt.txn, NULL, c) < 0) {
		pthread_mutex_unlock(&d->lock);
		return -EINVAL;
	}
	wt.next = d->waiters;
	d->waiters = &wt;
	if (send(d->fd, buf, w.len, MSG_NOSIGNAL) < 0)
		rc = -ENXIO;
	while (!rc && !wt.done && d->fd >= 0)
		if (pthread_cond_timedwait(&d->cond, &d->lock, &until) == ETIMEDOUT)
			rc = -ETIMEDOUT;
	if (!rc && !wt.done)
		rc = -ENXIO;
	for (struct waiter **p = &d->waiters; *p; p = &(*p)->next)
		if (*p == &wt) {
			*p = wt.next;
			break;
		}
	pthread_mutex_unlock(&d->lock);
	if (!rc && (slqs_qmux_parse(wt.frame, wt.len, &f) < 0 || slqs_msg_read(&f.sdu, m, rsp, res) < 0))
		rc = -EIO;
	free(wt.frame);
	return rc;
}

static int alloc_cid(struct emu_dev *d, uint8_t service, uint8_t *cid)
{
	struct ctl_allocate_cid_req req = { .service = service };
	struct ctl_allocate_cid_rsp rsp;
	struct qmi_result res;
	int rc = transact(d, 0, &slqs_ctl_allocate_cid, &req, &rsp, &res);

	if (rc < 0)
		return rc;
	if (res.result != QMI_RESULT_SUCCESS || rsp.info.service != service) {
		gemu_log("%s: modem refused a CID for service %u (QMI error %u)", d->path,
			 service, res.error);
		return -EIO;
	}
	*cid = rsp.info.cid;
	gemu_log("%s: service %u: CID %u allocated", d->path, service, *cid);
	return 0;
}

static void release_cid(struct emu_dev *d, uint8_t service, uint8_t cid)
{
	struct ctl_release_cid req = { .info = { .service = service, .cid = cid } };
	struct ctl_release_cid rsp;
	struct qmi_result res;
	int rc = transact(d, 0, &slqs_ctl_release_cid, &req, &rsp, &res);

	gemu_log("%s: service %u: CID %u released (%d)", d->path, service, cid, rc);
}

/* The driver reads the MEID with a DMS client of its own, at probe. */
static int fetch_meid(struct emu_dev *d)
{
	static struct dms_get_ids_rsp ids;	/* big; callers hold probe_lock */
	struct qmi_result res;
	uint8_t cid;
	int rc;

	if (d->has_meid)
		return 0;
	rc = alloc_cid(d, slqs_dms_get_ids.service, &cid);
	if (rc < 0)
		return rc;
	rc = transact(d, cid, &slqs_dms_get_ids, NULL, &ids, &res);
	release_cid(d, slqs_dms_get_ids.service, cid);
	if (rc < 0)
		return rc;
	memset(d->meid, '0', MEID_LEN);
	if (res.result == QMI_RESULT_SUCCESS && ids.has_meid)
		memcpy(d->meid, ids.meid, strnlen(ids.meid, MEID_LEN));
	d->has_meid = true;
	return 0;
}

/* ---- the reader thread ------------------------------------------------------ */

static bool wake_waiter(struct emu_dev *d, const struct qmux_frame *f, const uint8_t *buf,
			size_t len)
{
	bool found = false;

	pthread_mutex_lock(&d->lock);
	for (struct waiter *w = d->waiters; w; w = w->next) {
		if (w->done || w->service != f->service || w->cid != f->client ||
		    w->txn != f->sdu.txn)
			continue;
		w->frame = malloc(len);
		if (w->frame) {
			memcpy(w->frame, buf, len);
			w->len = len;
			w->done = true;
		}
		pthread_cond_broadcast(&d->cond);
		found = true;
		break;
	}
	pthread_mutex_unlock(&d->lock);
	return found;
}

static void route(struct emu_dev *d, const uint8_t *buf, size_t len)
{
	struct qmux_frame f;

	if (slqs_qmux_parse(buf, len, &f) < 0) {
		gemu_log("%s: malformed frame from the modem dropped", d->path);
		return;
	}
	if (f.sdu.kind == QMI_RESPONSE && wake_waiter(d, &f, buf, len))
		return;
	pthread_mutex_lock(&g_lock);
	if (f.service == QMI_SVC_CTL) {
		if (f.sdu.kind == QMI_INDICATION && f.sdu.msg_id == CTL_MSG_SYNC) {
			/* The modem rebooted: every client is gone, as on a USB reset. */
			gemu_log("%s: modem reset (CTL Sync)", d->path);
			for (struct emu_fd *x = fds; x; x = x->next)
				if (x->dev == d)
					kill_fd(x);
			pthread_mutex_lock(&d->lock);
			d->epoch++;	/* fds opened from now on are new clients */
			d->has_meid = false;
			pthread_mutex_unlock(&d->lock);
		}
		pthread_mutex_unlock(&g_lock);
		return;
	}
	for (struct emu_fd *x = fds; x; x = x->next) {
		if (x->dev != d || !x->bound || x->dead || x->service != f.service ||
		    (f.client != QMI_CID_BROADCAST && f.client != x->cid))
			continue;
		if (send(x->e, buf + QMUX_HDR_LEN, len - QMUX_HDR_LEN,
			 MSG_DONTWAIT | MSG_NOSIGNAL) < 0)
			gemu_log("%s: SDU for CID %u lost: %s", d->path, x->cid, strerror(errno));
	}
	pthread_mutex_unlock(&g_lock);
}

static void *reader(void *unused)
{
	static uint8_t buf[RXBUF];
	struct pollfd p[MAX_POLL];
	struct emu_dev *pd[MAX_POLL];
	unsigned pgen[MAX_POLL];

	(void)unused;
	for (;;) {
		int n = 1;

		p[0] = (struct pollfd){ .fd = wake_fd[0], .events = POLLIN };
		pthread_mutex_lock(&g_lock);
		for (struct emu_dev *d = devs; d && n < MAX_POLL; d = d->next) {
			pthread_mutex_lock(&d->lock);
			if (d->fd >= 0) {
				p[n] = (struct pollfd){ .fd = d->fd, .events = POLLIN };
				pd[n] = d;
				pgen[n++] = d->gen;
			}
			pthread_mutex_unlock(&d->lock);
		}
		pthread_mutex_unlock(&g_lock);
		if (poll(p, (nfds_t)n, 500) <= 0)
			continue;
		if (p[0].revents) {
			char junk[64];

			if (real_read(wake_fd[0], junk, sizeof(junk)) < 0) {
				/* nothing: non-blocking and drained */
			}
			continue;	/* the set may have changed */
		}
		for (int i = 1; i < n; i++) {
			ssize_t len;

			if (!p[i].revents)
				continue;
			len = recv(p[i].fd, buf, sizeof(buf), MSG_DONTWAIT);
			if (len > 0)
				route(pd[i], buf, (size_t)len);
			else if (len == 0 || errno != EAGAIN)
				dev_disconnect(pd[i], pgen[i]);
		}
	}
	return NULL;
}

/* Under g_lock. */
static int start_thread(void)
{
	pthread_t t;
	pthread_attr_t attr;

	if (thread_started)
		return 0;
	if (pipe2(wake_fd, O_CLOEXEC | O_NONBLOCK) < 0)
		return -errno;
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	if (pthread_create(&t, &attr, reader, NULL) != 0) {
		pthread_attr_destroy(&attr);
		return -EAGAIN;
	}
	pthread_attr_destroy(&attr);
	thread_started = true;
	return 0;
}

/* ---- the file operations ------------------------------------------------------ */

int gdrv_open(const char *sock_path, int flags)
{
	struct emu_dev *d;
	struct emu_fd *f;
	int sv[2], rc;
	int type = SOCK_SEQPACKET | ((flags & O_CLOEXEC) ? SOCK_CLOEXEC : 0);

	pthread_mutex_lock(&g_lock);
	rc = start_thread();
	d = rc ? NULL : dev_get(sock_path);
	if (!d) {
		pthread_mutex_unlock(&g_lock);
		return rc ? rc : -ENOMEM;
	}
	rc = dev_connect(d);
	if (rc < 0) {
		pthread_mutex_unlock(&g_lock);
		return rc;
	}
	f = calloc(1, sizeof(*f));
	if (!f || socketpair(AF_UNIX, type, 0, sv) < 0) {
		rc = f ? -errno : -ENOMEM;
		free(f);
		pthread_mutex_unlock(&g_lock);
		return rc;
	}
	fcntl(sv[1], F_SETFD, FD_CLOEXEC);
	if (flags & O_NONBLOCK)
		fcntl(sv[0], F_SETFL, fcntl(sv[0], F_GETFL) | O_NONBLOCK);
	f->a = sv[0];
	f->e = sv[1];
	f->dev = d;
	pthread_mutex_lock(&d->lock);
	f->epoch = d->epoch;
	pthread_mutex_unlock(&d->lock);
	f->next = fds;
	fds = f;
	pthread_mutex_unlock(&g_lock);
	gemu_log("%s: opened fd %d", sock_path, f->a);
	return f->a;
}

int gdrv_owns(int fd)
{
	int yes;

	if (fd < 0)
		return 0;
	pthread_mutex_lock(&g_lock);
	yes = find_fd(fd) != NULL;
	pthread_mutex_unlock(&g_lock);
	return yes;
}

/* Copies fd's record (and checks it is usable) under g_lock. */
static int snapshot(int fd, struct emu_fd *out)
{
	struct emu_fd *f;
	int rc = 0;

	pthread_mutex_lock(&g_lock);
	f = find_fd(fd);
	if (!f)
		rc = -EBADF;
	else if (f->dead)
		rc = -ENXIO;
	else
		*out = *f;
	pthread_mutex_unlock(&g_lock);
	return rc;
}

int gdrv_close(int fd)
{
	struct emu_fd *f = NULL;

	pthread_mutex_lock(&g_lock);
	for (struct emu_fd **p = &fds; *p; p = &(*p)->next)
		if ((*p)->a == fd) {
			f = *p;
			*p = f->next;
			break;
		}
	pthread_mutex_unlock(&g_lock);
	if (!f)
		return -EBADF;
	/* As the driver does: the CID goes back before close() returns. */
	if (f->bound && !f->dead)
		release_cid(f->dev, f->service, f->cid);
	if (f->e >= 0)
		real_close(f->e);
	real_close(f->a);
	gemu_log("fd %d closed", fd);
	free(f);
	return 0;
}

ssize_t gdrv_read(int fd, void *buf, size_t len)
{
	struct emu_fd f;
	int rc = snapshot(fd, &f);

	if (rc < 0)
		return rc;
	if (!f.bound)
		return -EBADR;
	for (;;) {
		struct pollfd p = { .fd = fd, .events = POLLIN };
		ssize_t size;

		/* The driver's read waits for an SDU whatever O_NONBLOCK says. */
		if (poll(&p, 1, -1) < 0)
			return -errno;
		size = recv(fd, NULL, 0, MSG_PEEK | MSG_TRUNC | MSG_DONTWAIT);
		if (size == 0)
			return -ENXIO;	/* our end closed: the modem went away */
		if (size < 0) {
			if (errno == EAGAIN || errno == EINTR)
				continue;
			return -errno;
		}
		if ((size_t)size > len) {
			char drop;

			if (recv(fd, &drop, 1, MSG_DONTWAIT) < 0) {
				/* gone already */
			}
			return -EOVERFLOW;	/* and the SDU is lost, as in the driver */
		}
		size = recv(fd, buf, len, MSG_DONTWAIT);
		if (size < 0 && (errno == EAGAIN || errno == EINTR))
			continue;
		return size < 0 ? -errno : size;
	}
}

ssize_t gdrv_write(int fd, const void *buf, size_t len)
{
	uint8_t *frame;
	struct qmi_wbuf w;
	struct emu_fd f;
	int rc = snapshot(fd, &f);

	if (rc < 0)
		return rc;
	if (!f.bound)
		return -EBADR;
	if (len + QMUX_HDR_LEN > QMUX_MAX_FRAME)
		return -EINVAL;
	frame = malloc(len + QMUX_HDR_LEN);
	if (!frame)
		return -ENOMEM;
	/* The driver's QMUX header: length, host->modem flags, service, CID. */
	qmi_wbuf_init(&w, frame, len + QMUX_HDR_LEN);
	slqs_put_u8(&w, QMUX_MARKER);
	slqs_put_u16(&w, (uint16_t)(len + QMUX_HDR_LEN - 1));
	slqs_put_u8(&w, 0);
	slqs_put_u8(&w, f.service);
	slqs_put_u8(&w, f.cid);
	slqs_put_bytes(&w, buf, len);
	pthread_mutex_lock(&f.dev->lock);
	if (f.dev->fd < 0 || f.dev->epoch != f.epoch)
		rc = -ENXIO;
	else if (send(f.dev->fd, frame, w.len, MSG_NOSIGNAL) < 0)
		rc = -ENXIO;
	pthread_mutex_unlock(&f.dev->lock);
	free(frame);
	return rc < 0 ? rc : (ssize_t)len;
}

static int bind_service(int fd, struct emu_fd *snap, unsigned long arg)
{
	uint8_t service = (uint8_t)arg, cid;
	struct emu_fd *f;
	int rc;

	if (!service)
		return -EINVAL;	/* CTL is the driver's */
	if (snap->bound)
		return -EBADR;
	rc = alloc_cid(snap->dev, service, &cid);
	if (rc < 0)
		return rc;
	pthread_mutex_lock(&g_lock);
	f = find_fd(fd);
	if (f && !f->dead && !f->bound) {
		f->bound = true;
		f->service = service;
		f->cid = cid;
		f = NULL;
	} else {
		rc = f && f->bound ? -EBADR : -ENXIO;
	}
	pthread_mutex_unlock(&g_lock);
	if (rc < 0)	/* closed, reset or bound meanwhile: give it back */
		release_cid(snap->dev, service, cid);
	return rc;
}

static int unbind(int fd, struct emu_fd *snap)
{
	struct emu_fd *f;

	if (!snap->bound)
		return 0;
	pthread_mutex_lock(&g_lock);
	f = find_fd(fd);
	if (f)
		f->bound = false;
	pthread_mutex_unlock(&g_lock);
	release_cid(snap->dev, snap->service, snap->cid);
	return 0;
}

int gdrv_ioctl(int fd, unsigned long request, unsigned long arg)
{
	struct emu_fd f;
	int rc = snapshot(fd, &f);

	if (rc < 0)
		return rc;
	switch (request) {
	case IOCTL_GET_SERVICE_FILE:
		return bind_service(fd, &f, arg);
	case IOCTL_GET_VIDPID: {
		const char *env = getenv("GOBIEMU_VIDPID");
		uint32_t v = env ? (uint32_t)strtoul(env, NULL, 0) : 0x11999071u;

		if (!arg)
			return -EINVAL;
		memcpy((void *)arg, &v, sizeof(v));
		return 0;
	}
	case IOCTL_GET_MEID:
		if (!arg)
			return -EINVAL;
		pthread_mutex_lock(&probe_lock);
		rc = fetch_meid(f.dev);
		if (!rc)
			memcpy((void *)arg, f.dev->meid, MEID_LEN);
		pthread_mutex_unlock(&probe_lock);
		return rc;
	case IOCTL_RELEASE:
		return unbind(fd, &f);
	default:
		return -EBADRQC;
	}
}
