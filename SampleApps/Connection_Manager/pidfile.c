/*
 * pidfile.c - the running `up`/`watch` of a modem: a pid file held under an
 * advisory lock for the process's whole life, so a second instance is
 * refused, `down` finds whom to signal, and a stale file (the process was
 * killed) is recognised by its free lock.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "cm.h"

static int held_fd = -1;

const char *cm_pidfile_path(const struct cm_options *o, char *buf, size_t size)
{
	const char *dir = getenv("XDG_RUNTIME_DIR");

	if (o->pid_file)
		return o->pid_file;
	if (geteuid() == 0)
		snprintf(buf, size, "/run/connectionmgr-%u.pid", o->modem_index);
	else
		snprintf(buf, size, "%s/connectionmgr-%u-%u.pid", dir && *dir ? dir : "/tmp",
			 (unsigned)geteuid(), o->modem_index);
	return buf;
}

int cm_pidfile_create(const char *path)
{
	char text[32];
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
	int len;

	if (fd < 0) {
		cm_err("cannot create %s: %s", path, strerror(errno));
		return -1;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
		cm_err("another connectionmgr runs for this modem (%s)", path);
		close(fd);
		return -1;
	}
	len = snprintf(text, sizeof text, "%ld\n", (long)getpid());
	if (ftruncate(fd, 0) < 0 || write(fd, text, (size_t)len) != len)
		cm_warn("cannot write %s", path);
	held_fd = fd;
	return 0;
}

void cm_pidfile_remove(const char *path)
{
	if (held_fd < 0)
		return;
	unlink(path);
	close(held_fd);
	held_fd = -1;
}

pid_t cm_pidfile_running(const char *path)
{
	char text[32] = "";
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t len;
	pid_t pid = 0;

	if (fd < 0)
		return 0;
	/* The lock is free: nobody holds the file, whatever pid it names. */
	if (flock(fd, LOCK_SH | LOCK_NB) == 0) {
		close(fd);
		return 0;
	}
	len = read(fd, text, sizeof text - 1);
	if (len > 0)
		pid = (pid_t)strtol(text, NULL, 10);
	close(fd);
	return pid;
}
