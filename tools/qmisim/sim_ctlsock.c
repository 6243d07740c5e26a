#define _GNU_SOURCE	/* accept4, posix_openpt */
#include "tools/qmisim/sim_ctlsock.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "core/log.h"
#include "tools/qmisim/sim_unix.h"

#define MAX_CLIENTS 16
#define LINE_MAX_BYTES 1100	/* a command line plus its newline, with room to spare */

struct sim_ctlsrv;

struct ctl_client {
	struct sim_ctlsrv *srv;
	int fd;
	size_t len;
	char buf[LINE_MAX_BYTES];
};

struct sim_ctlsrv {
	char *path;
	int fd;
	struct sim_modem *const *modems;
	unsigned n;
	struct ctl_client clients[MAX_CLIENTS];
};

struct sim_ctlsrv *sim_ctlsrv_new(const char *path, struct sim_modem *const *modems,
				  unsigned n, char *err, size_t errlen)
{
	struct sim_ctlsrv *s = calloc(1, sizeof(*s));

	if (!s || !(s->path = strdup(path))) {
		snprintf(err, errlen, "out of memory");
		free(s);
		return NULL;
	}
	s->modems = modems;
	s->n = n;
	for (unsigned i = 0; i < MAX_CLIENTS; i++) {
		s->clients[i].srv = s;
		s->clients[i].fd = -1;
	}
	s->fd = sim_unix_listen(path, SOCK_STREAM, err, errlen);
	if (s->fd < 0) {
		free(s->path);
		free(s);
		return NULL;
	}
	return s;
}

static void drop_client(struct ctl_client *c)
{
	close(c->fd);
	c->fd = -1;
	c->len = 0;
}

static void answer(struct sim_ctlsrv *s, struct ctl_client *c, const char *line)
{
	char out[SIM_CONTROL_MAX + 1];
	size_t len;

	sim_control_dispatch(s->modems, s->n, line, out, sizeof(out) - 1);
	log_info("control: %s -> %s", line, out);
	len = strlen(out);
	out[len++] = '\n';
	/* Answers are small next to a socket buffer; a client that lets them
	 * pile up unread is dropped rather than waited for. */
	if (send(c->fd, out, len, MSG_NOSIGNAL | MSG_DONTWAIT) != (ssize_t)len)
		drop_client(c);
}

/* Runs every whole line in the client's buffer. */
static void run_lines(struct sim_ctlsrv *s, struct ctl_client *c)
{
	char *nl;

	while (c->fd >= 0 && (nl = memchr(c->buf, '\n', c->len))) {
		size_t used = (size_t)(nl - c->buf) + 1;

		*nl = '\0';
		if (memchr(c->buf, '\0', used - 1)) {
			static const char bad[] = "error: NUL byte in command\n";

			if (send(c->fd, bad, sizeof(bad) - 1, MSG_NOSIGNAL | MSG_DONTWAIT) < 0)
				drop_client(c);
		} else {
			answer(s, c, c->buf);
		}
		memmove(c->buf, c->buf + used, c->len - used);
		c->len -= used;
	}
	if (c->fd >= 0 && c->len == sizeof(c->buf)) {
		static const char bad[] = "error: command too long\n";

		(void)send(c->fd, bad, sizeof(bad) - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
		drop_client(c);
	}
}

static void client_event(void *obj, int fd, short revents)
{
	struct ctl_client *c = obj;
	ssize_t n;

	if (fd != c->fd)
		return;
	if (revents & POLLIN) {
		n = recv(fd, c->buf + c->len, sizeof(c->buf) - c->len, MSG_DONTWAIT);
		if (n > 0) {
			c->len += (size_t)n;
			run_lines(c->srv, c);
			return;
		}
		if (n < 0 && (errno == EAGAIN || errno == EINTR))
			return;
	}
	drop_client(c);	/* end of file, error or hang-up */
}

static void listen_event(void *obj, int fd, short revents)
{
	struct sim_ctlsrv *s = obj;
	int c;

	(void)revents;
	if (fd != s->fd)
		return;
	while ((c = accept4(s->fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC)) >= 0) {
		unsigned i;

		for (i = 0; i < MAX_CLIENTS && s->clients[i].fd >= 0; i++)
			;
		if (i == MAX_CLIENTS) {
			static const char busy[] = "error: too many control clients\n";

			(void)send(c, busy, sizeof(busy) - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
			close(c);
			continue;
		}
		s->clients[i].fd = c;
		s->clients[i].len = 0;
	}
}

void sim_ctlsrv_poll(struct sim_ctlsrv *s, struct sim_poll *p)
{
	sim_poll_add(p, s->fd, POLLIN, listen_event, s);
	for (unsigned i = 0; i < MAX_CLIENTS; i++)
		if (s->clients[i].fd >= 0)
			sim_poll_add(p, s->clients[i].fd, POLLIN, client_event, &s->clients[i]);
}

void sim_ctlsrv_free(struct sim_ctlsrv *s)
{
	if (!s)
		return;
	for (unsigned i = 0; i < MAX_CLIENTS; i++)
		if (s->clients[i].fd >= 0)
			drop_client(&s->clients[i]);
	close(s->fd);
	unlink(s->path);
	free(s->path);
	free(s);
}

/* ---- the client ---------------------------------------------------------------- */

static int wait_fd(int fd, short events, int timeout_ms)
{
	struct pollfd p = { .fd = fd, .events = events };
	int rc;

	do
		rc = poll(&p, 1, timeout_ms);
	while (rc < 0 && errno == EINTR);
	return rc;
}

int sim_ctl_send(const char *path, const char *command, FILE *out, FILE *err,
		 int timeout_ms)
{
	char line[LINE_MAX_BYTES + 1], reply[SIM_CONTROL_MAX + 2], why[160];
	struct sockaddr_un sa;
	size_t len, got = 0;
	ssize_t n;
	int fd;

	if (sim_unix_addr(path, &sa, why, sizeof(why))) {
		fprintf(err, "qmisim: %s\n", why);
		return 2;
	}
	len = strlen(command);
	if (len + 1 >= sizeof(line) || strchr(command, '\n')) {
		fprintf(err, "qmisim: the command must be one line of at most %d characters\n",
			LINE_MAX_BYTES - 2);
		return 2;
	}
	memcpy(line, command, len);
	line[len++] = '\n';
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof(sa)) ||
	    send(fd, line, len, MSG_NOSIGNAL) != (ssize_t)len) {
		fprintf(err, "qmisim: %s: %s\n", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return 2;
	}
	while (got < sizeof(reply) - 1 && !memchr(reply, '\n', got)) {
		if (wait_fd(fd, POLLIN, timeout_ms) <= 0)
			break;
		n = recv(fd, reply + got, sizeof(reply) - 1 - got, 0);
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	close(fd);
	if (!memchr(reply, '\n', got)) {
		fprintf(err, "qmisim: %s: no answer\n", path);
		return 2;
	}
	reply[got] = '\0';
	*strchr(reply, '\n') = '\0';
	fprintf(out, "%s\n", reply);
	return strncmp(reply, "ok", 2) ? 1 : 0;
}
