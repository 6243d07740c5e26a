/*
 * The IPC listener: a SOCK_SEQPACKET socket, mode 0660 (group: --group),
 * and the credential check of every peer (SO_PEERCRED): root, the
 * daemon's own user and members of the group get in; anyone else is told
 * so (HELLO_ACK with IPC_ST_ACCESS_DENIED) and logged.
 *
 * Out of descriptors, accept() fails while the listener stays readable:
 * the daemon then closes a connection that has been silent for a while
 * (no HELLO) or rests the listener, and logs the shortage once a period.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* accept4, struct ucred, SO_PEERGROUPS */
#endif
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "core/log.h"
#include "pkgs/sdk/sdk.h"

#define MAX_PEER_GROUPS 256

/* Creates the socket's directory (one level) if it is missing. */
static void make_parent(const char *path)
{
	char dir[sizeof(((struct sockaddr_un *)0)->sun_path)];
	char *slash;

	strcpy(dir, path);
	slash = strrchr(dir, '/');
	if (!slash || slash == dir)
		return;
	*slash = '\0';
	if (mkdir(dir, 0755) == 0)
		log_info("created %s", dir);
}

/*
 * 1 if a daemon may be serving on path already: only a refused connection
 * (a socket file nobody listens on: its daemon died) or no file at all
 * lets us take the path. A busy daemon (full backlog: EAGAIN) or one we
 * may not reach (EACCES) is still alive.
 */
static int someone_listens(const struct sockaddr_un *sa)
{
	int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	int rc, err;

	if (fd < 0)
		return 0;
	rc = connect(fd, (const struct sockaddr *)sa, sizeof(*sa));
	err = errno;
	close(fd);
	return rc == 0 || (err != ECONNREFUSED && err != ENOENT);
}

/* Is gid among the peer's groups? SO_PEERGROUPS, else the group database. */
static int peer_in_group(int fd, uid_t uid, gid_t gid, gid_t group)
{
	gid_t groups[MAX_PEER_GROUPS];
	socklen_t len = sizeof(groups);
	int n = MAX_PEER_GROUPS;

	if (gid == group)
		return 1;
#ifdef SO_PEERGROUPS
	if (getsockopt(fd, SOL_SOCKET, SO_PEERGROUPS, groups, &len) == 0) {
		for (size_t i = 0; i < len / sizeof(gid_t); i++)
			if (groups[i] == group)
				return 1;
		return 0;
	}
#else
	(void)fd;
	(void)len;
#endif
	struct passwd pw, *pwp = NULL;
	char buf[4096];

	if (getpwuid_r(uid, &pw, buf, sizeof(buf), &pwp) != 0 || !pwp)
		return 0;
	if (getgrouplist(pw.pw_name, pw.pw_gid, groups, &n) < 0)
		return 0;
	for (int i = 0; i < n; i++)
		if (groups[i] == group)
			return 1;
	return 0;
}

static void on_listen_rested(struct sdk *s, struct sdk_timer *t)
{
	(void)t;
	sdk_watch_add(s, &s->listen_w, EPOLLIN);
}

/* Once per SDK_FD_LOG_MS at most, with what happened since the last line. */
static void log_fd_shortage(struct sdk *s, int err)
{
	if (s->fd_logged_at && s->now < s->fd_logged_at + SDK_FD_LOG_MS)
		return;
	log_warn("out of file descriptors (%s): %u connections had to wait, %u silent ones "
		 "closed%s", strerror(err), s->fd_short, s->fd_evicted,
		 s->fd_logged_at ? " in the last period" : "");
	s->fd_logged_at = s->now;
	s->fd_short = s->fd_evicted = 0;
}

/*
 * accept() found no descriptor: close a connection that has said nothing
 * for a while and try again, or else stop watching the listener for
 * SDK_ACCEPT_PAUSE_MS (it stays readable: watching it would spin).
 * Returns true to try again.
 */
static bool short_of_fds(struct sdk *s, int err)
{
	s->fd_short++;
	if (app_evict_silent(s)) {
		s->fd_evicted++;
		app_reap(s);	/* its descriptor is free now */
		log_fd_shortage(s, err);
		return true;
	}
	log_fd_shortage(s, err);
	sdk_watch_del(s, &s->listen_w);
	sdk_timer_arm(s, &s->listen_rest, s->now + SDK_ACCEPT_PAUSE_MS);
	return false;
}

static void on_listen(struct sdk *s, struct sdk_watch *w, uint32_t events)
{
	(void)events;
	for (;;) {
		struct ucred cred;
		socklen_t clen = sizeof(cred);
		int fd = accept4(w->fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
		bool allowed;

		if (fd < 0) {
			if ((errno == EMFILE || errno == ENFILE || errno == ENOBUFS ||
			     errno == ENOMEM) && short_of_fds(s, errno))
				continue;
			return;
		}
		if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &clen) < 0) {
			log_warn("SO_PEERCRED: %s; closing the connection", strerror(errno));
			close(fd);
			continue;
		}
		allowed = cred.uid == 0 || cred.uid == geteuid() ||
			  (s->has_group && peer_in_group(fd, cred.uid, cred.gid, s->group));
		if (!allowed) {
			log_warn("refused application pid %d uid %u gid %u: not root, not uid %u%s",
				 (int)cred.pid, (unsigned)cred.uid, (unsigned)cred.gid,
				 (unsigned)geteuid(), s->has_group ? ", not in the group" : "");
			s->st.refused++;
		}
		app_accept(s, fd, cred.uid, cred.pid, allowed);
	}
}

int sdk_listen(struct sdk *s)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	const char *path = s->o->socket_path;
	mode_t old;
	int fd, rc;

	if (strlen(path) >= sizeof(sa.sun_path)) {
		log_err("socket path too long: %s", path);
		return -1;
	}
	strcpy(sa.sun_path, path);
	if (s->o->group) {
		struct group *g = getgrnam(s->o->group);
		char *end;
		unsigned long v = strtoul(s->o->group, &end, 10);

		if (g) {
			s->group = g->gr_gid;
		} else if (*s->o->group && !*end) {
			s->group = (gid_t)v;
		} else {
			log_err("unknown group '%s'", s->o->group);
			return -1;
		}
		s->has_group = true;
	}
	make_parent(path);
	if (someone_listens(&sa)) {
		log_err("another slqssdk already serves %s", path);
		return -1;
	}
	unlink(path);	/* a stale socket of a daemon that died */
	fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		log_err("socket: %s", strerror(errno));
		return -1;
	}
	old = umask(0117);	/* born 0660: never a moment world-accessible */
	rc = bind(fd, (struct sockaddr *)&sa, sizeof(sa));
	umask(old);
	if (rc < 0) {
		log_err("bind %s: %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	if (s->has_group && chown(path, (uid_t)-1, s->group) < 0)
		log_warn("chown %s to group %u: %s", path, (unsigned)s->group, strerror(errno));
	chmod(path, 0660);
	if (listen(fd, 128) < 0) {
		log_err("listen: %s", strerror(errno));
		close(fd);
		unlink(path);
		return -1;
	}
	s->listen_w.fd = fd;
	s->listen_w.fn = on_listen;
	sdk_timer_init(&s->listen_rest, on_listen_rested);
	if (sdk_watch_add(s, &s->listen_w, EPOLLIN) < 0) {
		close(fd);
		unlink(path);
		return -1;
	}
	log_info("listening on %s (mode 0660%s%s)", path, s->has_group ? ", group " : "",
		 s->has_group ? s->o->group : "");
	return 0;
}

void sdk_listen_close(struct sdk *s)
{
	if (s->listen_w.fd < 0)
		return;
	sdk_timer_cancel(&s->listen_rest);
	sdk_watch_del(s, &s->listen_w);
	close(s->listen_w.fd);
	s->listen_w.fd = -1;
	unlink(s->o->socket_path);
}
