/*
 * pty and socket of one simulated modem (see sim_dev.h).
 *
 * The pty master reports POLLHUP while no host has the slave open, and
 * bytes written meanwhile would wait for the next host: so while the slave
 * is closed we write nothing, drop what a departed host left unread, and
 * wait for a new host instead of polling the master: an inotify watch on
 * the slave wakes us when one opens it (so its first request is answered
 * at once), or, where inotify is missing, a look every PTY_IDLE_MS.
 */
#define _GNU_SOURCE	/* accept4, posix_openpt */
#include "tools/qmisim/sim_dev.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "core/log.h"
#include "core/qmux.h"
#include "tools/qmisim/sim_internal.h"
#include "tools/qmisim/sim_unix.h"

#define PTY_IDLE_MS   20
#define OUTQ_MAX      (1024 * 1024)	/* a host that stops reading loses frames */
#define PATH_MAX_LEN  4096

/* Frames waiting for a descriptor that would block. */
struct pkt {
	struct pkt *next;
	size_t len;
	uint8_t data[];
};

struct outq {
	struct pkt *head, *tail;
	size_t off;		/* bytes of head already written (stream only) */
	size_t bytes;
};

struct sim_dev {
	struct sim_modem *m;
	struct sim_io io;
	char *link, *sock_path;

	int pty;		/* master, -1 when unplugged */
	char pts[64];
	int attached;		/* a host has the slave open */
	int pty_watch;		/* inotify fd watching the slave's opens; -1: none */
	struct outq pty_q;

	int listen_fd, conn_fd;
	struct outq conn_q;
	uint8_t *packet;	/* one socket packet: QMUX_MAX_FRAME bytes, kept */
};

/* ---- output queues -------------------------------------------------------------- */

static void outq_clear(struct outq *q)
{
	struct pkt *p;

	while ((p = q->head)) {
		q->head = p->next;
		free(p);
	}
	q->tail = NULL;
	q->off = q->bytes = 0;
}

static void outq_push(struct outq *q, const uint8_t *data, size_t len, const char *who)
{
	struct pkt *p;

	if (q->bytes + len > OUTQ_MAX) {
		log_warn("%s: the host is not reading, frame dropped", who);
		return;
	}
	p = malloc(sizeof(*p) + len);
	if (!p) {
		log_err("%s: out of memory, frame dropped", who);
		return;
	}
	p->next = NULL;
	p->len = len;
	memcpy(p->data, data, len);
	if (q->tail)
		q->tail->next = p;
	else
		q->head = p;
	q->tail = p;
	q->bytes += len;
}

/* Writes what the descriptor takes; -1 if it failed for good. */
static int outq_write(struct outq *q, int fd, int packets)
{
	struct pkt *p;
	ssize_t n;

	while ((p = q->head)) {
		n = packets ? send(fd, p->data, p->len, MSG_NOSIGNAL | MSG_DONTWAIT)
			    : write(fd, p->data + q->off, p->len - q->off);
		if (n < 0)
			return errno == EAGAIN || errno == EINTR ? 0 : -1;
		q->off += (size_t)n;
		if (packets || q->off == p->len) {
			q->head = p->next;
			if (!q->head)
				q->tail = NULL;
			q->bytes -= p->len;
			q->off = 0;
			free(p);
		}
	}
	return 0;
}

/*
 * Sends a frame: straight to the descriptor while nothing waits before it
 * (no copy), the rest queued for when it can take more. -1 if the
 * descriptor failed for good.
 */
static int outq_send(struct outq *q, int fd, int packets, const uint8_t *data, size_t len,
		     const char *who)
{
	ssize_t n = 0;

	if (!q->head) {
		n = packets ? send(fd, data, len, MSG_NOSIGNAL | MSG_DONTWAIT)
			    : write(fd, data, len);
		if (n < 0 && errno != EAGAIN && errno != EINTR)
			return -1;
		if (n < 0)
			n = 0;
		if ((size_t)n == len || (packets && n > 0))
			return 0;
	}
	outq_push(q, data + n, len - (size_t)n, who);
	return outq_write(q, fd, packets);
}

/* ---- paths ------------------------------------------------------------------------ */

/* Points the link at the pty, atomically (a reader never sees it missing). */
static int make_link(struct sim_dev *d, char *err, size_t errlen)
{
	char tmp[PATH_MAX_LEN];
	struct stat st;

	if (lstat(d->link, &st) == 0 && !S_ISLNK(st.st_mode)) {
		snprintf(err, errlen, "%s exists and is not a symlink", d->link);
		return -1;
	}
	snprintf(tmp, sizeof(tmp), "%s.tmp%ld", d->link, (long)getpid());
	unlink(tmp);
	if (symlink(d->pts, tmp) || rename(tmp, d->link)) {
		snprintf(err, errlen, "%s: %s", d->link, strerror(errno));
		unlink(tmp);
		return -1;
	}
	return 0;
}

/* Removes the link if it still points at our pty (another may own it now). */
static void remove_link(struct sim_dev *d)
{
	char target[sizeof(d->pts)];
	ssize_t n;

	if (!d->link)
		return;
	n = readlink(d->link, target, sizeof(target) - 1);
	if (n < 0)
		return;
	target[n] = '\0';
	if (!strcmp(target, d->pts))
		unlink(d->link);
}

/* ---- pty ---------------------------------------------------------------------------- */

/* Sets the pty raw (QMUX is binary) through a short-lived slave descriptor. */
static int make_raw(const char *pts, char *err, size_t errlen)
{
	struct termios t;
	int fd = open(pts, O_RDWR | O_NOCTTY | O_NONBLOCK);

	if (fd < 0 || tcgetattr(fd, &t)) {
		snprintf(err, errlen, "%s: %s", pts, strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	cfmakeraw(&t);
	if (tcsetattr(fd, TCSANOW, &t)) {
		snprintf(err, errlen, "%s: %s", pts, strerror(errno));
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

/* An inotify fd that turns readable when someone opens the slave; -1 if none. */
static int watch_slave(const char *pts)
{
	int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);

	if (fd >= 0 && inotify_add_watch(fd, pts, IN_OPEN) < 0) {
		close(fd);
		fd = -1;
	}
	if (fd < 0)
		log_debug("no inotify watch on %s (%s): looking every %d ms for a host", pts,
			  strerror(errno), PTY_IDLE_MS);
	return fd;
}

static void unwatch_slave(struct sim_dev *d)
{
	if (d->pty_watch >= 0)
		close(d->pty_watch);
	d->pty_watch = -1;
}

static int open_pty(struct sim_dev *d, char *err, size_t errlen)
{
	const char *name;

	d->pty = posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	if (d->pty < 0 || grantpt(d->pty) || unlockpt(d->pty) || !(name = ptsname(d->pty))) {
		snprintf(err, errlen, "cannot create a pty: %s", strerror(errno));
		goto fail;
	}
	snprintf(d->pts, sizeof(d->pts), "%s", name);
	if (make_raw(d->pts, err, errlen))
		goto fail;
	d->pty_watch = watch_slave(d->pts);	/* after make_raw: its own open is not a host */
	d->attached = 0;
	if (d->link && make_link(d, err, errlen))
		goto fail;
	return 0;
fail:
	unwatch_slave(d);
	if (d->pty >= 0)
		close(d->pty);
	d->pty = -1;
	return -1;
}

static void close_pty(struct sim_dev *d)
{
	if (d->pty < 0)
		return;
	remove_link(d);
	unwatch_slave(d);
	close(d->pty);	/* the host's reads and writes now fail */
	d->pty = -1;
	d->attached = 0;
	outq_clear(&d->pty_q);
}

/* The host closed the slave: forget it and what it left unread. */
static void pty_detach(struct sim_dev *d)
{
	int fd;

	log_debug("%s: host closed %s", sim_modem_name(d->m), d->pts);
	d->attached = 0;
	outq_clear(&d->pty_q);
	sim_modem_port_closed(d->m, SIM_DEV_PORT_PTY);
	fd = open(d->pts, O_RDWR | O_NOCTTY | O_NONBLOCK);
	if (fd >= 0) {
		tcflush(fd, TCIFLUSH);	/* stale bytes would greet the next host */
		close(fd);
	}
}

/* Feeds the modem what the host wrote (it may have closed since: its
 * requests still reach the modem, as on a real device). */
/*
 * Reads until a short read: poll() is level-triggered, so what is left is
 * seen on the next round, and a read that would only say EAGAIN is not
 * spent on the request's path.
 */
static void pty_drain(struct sim_dev *d)
{
	uint8_t buf[4096];
	ssize_t n;

	do {
		n = d->pty >= 0 ? read(d->pty, buf, sizeof(buf)) : -1;
		if (n > 0)
			sim_modem_input(d->m, SIM_DEV_PORT_PTY, buf, (size_t)n);
	} while (n == (ssize_t)sizeof(buf));
}

static void pty_event(void *obj, int fd, short revents)
{
	struct sim_dev *d = obj;

	if (fd != d->pty)
		return;
	if (revents & POLLIN) {
		pty_drain(d);
		if (d->pty != fd)
			return;
	}
	if ((revents & POLLOUT) && outq_write(&d->pty_q, d->pty, 0))
		revents |= POLLHUP;
	if (revents & (POLLHUP | POLLERR))
		pty_detach(d);
}

/* Someone opened the slave: empty the watch; sim_dev_poll() then looks. */
static void pty_watch_event(void *obj, int fd, short revents)
{
	char buf[sizeof(struct inotify_event) + 256];

	(void)obj;
	(void)revents;
	while (read(fd, buf, sizeof(buf)) > 0)
		;
}

/* While no host is attached: has one opened the slave since? */
static void pty_check_attach(struct sim_dev *d)
{
	struct pollfd p = { .fd = d->pty, .events = POLLIN };

	if (poll(&p, 1, 0) < 0)
		return;
	if (!(p.revents & POLLHUP)) {
		log_debug("%s: host opened %s", sim_modem_name(d->m), d->pts);
		d->attached = 1;
	} else if (p.revents & POLLIN) {
		pty_drain(d);	/* a host came and went between two looks */
	}
}

/* ---- socket ---------------------------------------------------------------------- */

static int open_listener(struct sim_dev *d, char *err, size_t errlen)
{
	d->listen_fd = sim_unix_listen(d->sock_path, SOCK_SEQPACKET, err, errlen);
	return d->listen_fd < 0 ? -1 : 0;
}

static void close_conn(struct sim_dev *d)
{
	if (d->conn_fd < 0)
		return;
	close(d->conn_fd);
	d->conn_fd = -1;
	outq_clear(&d->conn_q);
	sim_modem_port_closed(d->m, SIM_DEV_PORT_SOCKET);
}

static void close_socket(struct sim_dev *d)
{
	close_conn(d);
	if (d->listen_fd >= 0) {
		close(d->listen_fd);
		d->listen_fd = -1;
		unlink(d->sock_path);
	}
}

static void listen_event(void *obj, int fd, short revents)
{
	struct sim_dev *d = obj;
	int c;

	(void)revents;
	if (fd != d->listen_fd)
		return;
	c = accept4(d->listen_fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
	if (c < 0)
		return;
	if (d->conn_fd >= 0) {
		/* Like a cdc-wdm node, one opener at a time. */
		log_warn("%s: %s is in use, connection refused", sim_modem_name(d->m),
			 d->sock_path);
		close(c);
		return;
	}
	d->conn_fd = c;
	log_debug("%s: host connected to %s", sim_modem_name(d->m), d->sock_path);
}

static void conn_event(void *obj, int fd, short revents)
{
	struct sim_dev *d = obj;
	ssize_t n;
	int e;

	if (fd != d->conn_fd)
		return;
	if (revents & POLLIN) {
		while ((n = recv(fd, d->packet, QMUX_MAX_FRAME, MSG_DONTWAIT)) > 0) {
			sim_modem_input_frame(d->m, SIM_DEV_PORT_SOCKET, d->packet, (size_t)n);
			if (d->conn_fd != fd)
				break;
		}
		e = errno;
		if (d->conn_fd != fd)
			return;
		if (n == 0 || (n < 0 && e != EAGAIN && e != EINTR))
			revents |= POLLHUP;
	}
	if ((revents & POLLOUT) && outq_write(&d->conn_q, fd, 1))
		revents |= POLLHUP;
	if (revents & (POLLHUP | POLLERR)) {
		log_debug("%s: host left %s", sim_modem_name(d->m), d->sock_path);
		close_conn(d);
	}
}

/* ---- the modem's callbacks ------------------------------------------------------ */

static void send_to(struct sim_dev *d, unsigned port, const uint8_t *frame, size_t len)
{
	if (port == SIM_DEV_PORT_PTY && d->pty >= 0 && d->attached) {
		if (outq_send(&d->pty_q, d->pty, 0, frame, len, d->pts))
			pty_detach(d);
	} else if (port == SIM_DEV_PORT_SOCKET && d->conn_fd >= 0) {
		if (outq_send(&d->conn_q, d->conn_fd, 1, frame, len, d->sock_path))
			close_conn(d);
	}
}

static void dev_output(void *arg, struct sim_modem *m, unsigned port, const uint8_t *frame,
		       size_t len)
{
	struct sim_dev *d = arg;

	(void)m;
	if (port == SIM_PORT_ALL) {
		send_to(d, SIM_DEV_PORT_PTY, frame, len);
		send_to(d, SIM_DEV_PORT_SOCKET, frame, len);
	} else {
		send_to(d, port, frame, len);
	}
}

static int dev_unplug(void *arg, struct sim_modem *m, char *err, size_t errlen)
{
	struct sim_dev *d = arg;

	(void)err;
	(void)errlen;
	log_info("%s: unplugged", sim_modem_name(m));
	close_pty(d);
	if (d->sock_path)
		close_socket(d);
	return 0;
}

static int dev_replug(void *arg, struct sim_modem *m, char *err, size_t errlen)
{
	struct sim_dev *d = arg;

	if (open_pty(d, err, errlen))
		return -1;
	if (d->sock_path && open_listener(d, err, errlen)) {
		close_pty(d);
		return -1;
	}
	sim_dev_describe(d, err, errlen);	/* tells the caller where it is now */
	log_info("%s: replugged: %s", sim_modem_name(m), err);
	return 0;
}

/* ---- life cycle ---------------------------------------------------------------------- */

struct sim_dev *sim_dev_new(const char *link, const char *socket)
{
	struct sim_dev *d = calloc(1, sizeof(*d));

	if (!d)
		return NULL;
	d->pty = d->listen_fd = d->conn_fd = d->pty_watch = -1;
	d->link = link ? strdup(link) : NULL;
	d->sock_path = socket ? strdup(socket) : NULL;
	d->packet = socket ? malloc(QMUX_MAX_FRAME) : NULL;
	if ((link && !d->link) || (socket && (!d->sock_path || !d->packet))) {
		sim_dev_free(d);
		return NULL;
	}
	d->io = (struct sim_io){ .output = dev_output, .unplug = dev_unplug,
				 .replug = dev_replug, .arg = d };
	return d;
}

const struct sim_io *sim_dev_io(struct sim_dev *d)
{
	return &d->io;
}

int sim_dev_start(struct sim_dev *d, struct sim_modem *m, char *err, size_t errlen)
{
	d->m = m;
	if (open_pty(d, err, errlen))
		return -1;
	if (d->sock_path && open_listener(d, err, errlen)) {
		close_pty(d);
		return -1;
	}
	return 0;
}

const char *sim_dev_pty(const struct sim_dev *d)
{
	return d->pty >= 0 ? d->pts : NULL;
}

void sim_dev_describe(const struct sim_dev *d, char *out, size_t outlen)
{
	out[0] = '\0';
	sim_appendf(out, outlen, "pty %s", d->pty >= 0 ? d->pts : "-");
	if (d->link)
		sim_appendf(out, outlen, " link %s", d->link);
	if (d->sock_path)
		sim_appendf(out, outlen, " socket %s", d->sock_path);
}

void sim_dev_poll(struct sim_dev *d, struct sim_poll *p)
{
	if (d->pty >= 0) {
		if (!d->attached)
			pty_check_attach(d);
		if (d->attached)
			sim_poll_add(p, d->pty, (short)(POLLIN | (d->pty_q.head ? POLLOUT : 0)),
				     pty_event, d);
		else if (d->pty_watch >= 0)
			sim_poll_add(p, d->pty_watch, POLLIN, pty_watch_event, d);
		else
			sim_poll_timeout(p, PTY_IDLE_MS);
	}
	if (d->listen_fd >= 0)
		sim_poll_add(p, d->listen_fd, POLLIN, listen_event, d);
	if (d->conn_fd >= 0)
		sim_poll_add(p, d->conn_fd, (short)(POLLIN | (d->conn_q.head ? POLLOUT : 0)),
			     conn_event, d);
}

void sim_dev_free(struct sim_dev *d)
{
	if (!d)
		return;
	close_pty(d);
	close_socket(d);
	free(d->link);
	free(d->sock_path);
	free(d->packet);
	free(d);
}
