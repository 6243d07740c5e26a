/*
 * commands.c - the scripted commands: up/watch, down, status.
 *
 * Why `up` stays in the foreground: a data session belongs to the
 * application that started it, and the modem ends it when that application
 * exits (the SDK releases its client ids, as it must, or dead applications
 * would leak the modem's few client ids). So the process that brings the
 * link up is what keeps it up: `up` and `watch` run until SIGINT, SIGTERM or
 * `down`, then tear everything down. `--background` forks before anything
 * else and returns once the link is up, leaving the child to hold it.
 */
#define _GNU_SOURCE	/* pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cm.h"

static int ready_fd = -1;	/* --background: the parent waits on it */

/* The parent's side of --background: forks; returns in the child (0),
 * or exits with the child's bring-up result. */
static int go_background(void)
{
	int p[2];
	unsigned char result;
	pid_t pid;

	if (pipe2(p, O_CLOEXEC) < 0)
		return -1;
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		close(p[0]);
		ready_fd = p[1];
		setsid();
		return 0;
	}
	close(p[1]);
	if (read(p[0], &result, 1) != 1) {
		int status = 0;

		waitpid(pid, &status, 0);
		_exit(WIFEXITED(status) && WEXITSTATUS(status) ? WEXITSTATUS(status) : CM_EXIT_ERROR);
	}
	_exit(result);
}

/* watch: the first bring-up's failures worth retrying (the SDK and the
 * modem are there; the network, the session or the interface is not
 * ready yet). A SIM problem is not: retrying would use up its tries. */
static bool retry_first(const struct cm_options *o, int rc)
{
	return o->reconnect && (rc == CM_EXIT_NO_NETWORK || rc == CM_EXIT_REFUSED ||
				rc == CM_EXIT_NETCFG || rc == CM_EXIT_DROPPED);
}

static void report_ready(int rc);

static void connected_at_last(void)
{
	report_ready(CM_EXIT_OK);
}

/* --background: tells the parent how bring-up went; detaches from its output. */
static void report_ready(int rc)
{
	unsigned char b = (unsigned char)rc;
	int null;

	if (ready_fd < 0)
		return;
	if (rc == CM_EXIT_OK) {
		null = open("/dev/null", O_RDWR | O_CLOEXEC);
		if (null >= 0) {
			dup2(null, 0);
			dup2(null, 1);
			dup2(null, 2);
			close(null);
		}
	}
	if (write(ready_fd, &b, 1) != 1)
		cm_warn("the parent went away");
	close(ready_fd);
	ready_fd = -1;
}

int cm_cmd_up(struct cm_options *o)
{
	struct cm_link link = { .o = o };
	char pidbuf[256];
	const char *pidfile = cm_pidfile_path(o, pidbuf, sizeof pidbuf);
	int rc;

	if (o->background && go_background() < 0) {
		cm_err("cannot fork: %s", strerror(errno));
		return CM_EXIT_ERROR;
	}
	if (cm_pidfile_create(pidfile) < 0) {
		report_ready(CM_EXIT_ERROR);
		return CM_EXIT_ERROR;
	}
	rc = cm_sdk_open(o);
	link.profile = o->profile;
	if (rc == CM_EXIT_OK && o->apn)
		rc = cm_profile_for_apn(o->apn, &link.profile);
	if (rc == CM_EXIT_OK)
		rc = cm_link_up(&link);
	if (rc == CM_EXIT_OK)
		cm_link_show(&link);
	if (rc == CM_EXIT_OK || !retry_first(o, rc)) {
		report_ready(rc);
		if (rc != CM_EXIT_OK)
			goto out;
	} else {
		/* watch: keep trying; with --background the parent waits for it. */
		cm_warn("not connected yet: retrying");
		link.on_connected = connected_at_last;
	}
	rc = cm_watch(&link);
	/* Still pending: stopped before the link ever came up. */
	report_ready(rc == CM_EXIT_OK ? CM_EXIT_ERROR : rc);
out:
	cm_link_down(&link);
	cm_sdk_detach();
	cm_pidfile_remove(pidfile);
	return rc;
}

int cm_cmd_down(const struct cm_options *o)
{
	char pidbuf[256];
	const char *pidfile = cm_pidfile_path(o, pidbuf, sizeof pidbuf);
	pid_t pid = cm_pidfile_running(pidfile);
	unsigned waited;

	if (!pid) {
		cm_info("no connectionmgr holds a link for modem %u (%s)", o->modem_index, pidfile);
		return CM_EXIT_OK;
	}
	if (kill(pid, SIGTERM) < 0) {
		cm_err("cannot signal process %ld: %s", (long)pid, strerror(errno));
		return CM_EXIT_ERROR;
	}
	/* It tears down, then releases the pid file's lock by exiting. */
	for (waited = 0; waited < o->down_timeout_s * 10; waited++) {
		if (!cm_pidfile_running(pidfile)) {
			cm_info("link down");
			return CM_EXIT_OK;
		}
		if (cm_events_wait(100) == CM_EV_STOP)
			break;
	}
	cm_err("process %ld still runs after %u s", (long)pid, o->down_timeout_s);
	return CM_EXIT_ERROR;
}

int cm_cmd_status(const struct cm_options *o)
{
	char pidbuf[256];
	const char *pidfile = cm_pidfile_path(o, pidbuf, sizeof pidbuf);
	pid_t pid = cm_pidfile_running(pidfile);
	bool connected;
	int rc;

	if (pid)
		cm_say("Held by:       connectionmgr process %ld\n", (long)pid);
	rc = cm_sdk_open(o);
	if (rc != CM_EXIT_OK)
		return rc;
	cm_say("Modem:         %s\n", cm_sdk_node());
	cm_devinfo_show();
	cm_network_show();
	connected = cm_session_show_modem();
	cm_sdk_detach();
	return connected ? CM_EXIT_OK : CM_EXIT_NOT_UP;
}
