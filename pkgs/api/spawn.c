/*
 * Starting the daemon when SLQSStart() finds none: the executable is the
 * one given to SetSDKImagePath(), else `slqssdk` beside the application's
 * executable, else `slqssdk` in a directory of PATH.
 *
 * The daemon detaches itself (slqssdk does unless given -f): its first
 * process exits 0 once the daemon serves, non-zero when it cannot start,
 * so SLQSStart() reaps it and fails at once instead of at its timeout. A
 * pipe closed on exec tells whether the exec itself worked; another one,
 * given to the daemon with --ready-fd, gets a byte the moment it serves
 * (or end of file if it dies first), so SLQSStart() connects then rather
 * than polling the socket. Standard streams are /dev/null: the daemon
 * logs to syslog.
 */
#define _GNU_SOURCE	/* pipe2 */
#include "pkgs/api/rt.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "api/qmerrno.h"
#include "core/log.h"
#include "core/stdio_null.h"

#define DAEMON_NAME "slqssdk"

static pthread_mutex_t image_lock = PTHREAD_MUTEX_INITIALIZER;
static char image[PATH_MAX];

ULONG slqs_spawn_set_image(const char *path)
{
	bool ok;

	if (!path || !*path)
		return eQCWWAN_ERR_INVALID_ARG;
	pthread_mutex_lock(&image_lock);
	ok = slqs_rt_strcpy(image, sizeof image, path);
	pthread_mutex_unlock(&image_lock);
	return ok ? eQCWWAN_ERR_NONE : eQCWWAN_ERR_INVALID_ARG;
}

static bool executable(const char *path)
{
	return access(path, X_OK) == 0;
}

/* `slqssdk` in the directory of our own executable. */
static bool beside_self(char *out, size_t size)
{
	char self[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
	char *slash;

	if (n <= 0)
		return false;
	self[n] = '\0';
	slash = strrchr(self, '/');
	if (!slash)
		return false;
	slash[1] = '\0';
	return snprintf(out, size, "%s%s", self, DAEMON_NAME) < (int)size && executable(out);
}

static bool in_path(char *out, size_t size)
{
	const char *p = getenv("PATH");

	while (p && *p) {
		const char *end = strchr(p, ':');
		size_t len = end ? (size_t)(end - p) : strlen(p);

		if (len > 0 && snprintf(out, size, "%.*s/%s", (int)len, p, DAEMON_NAME) < (int)size &&
		    executable(out))
			return true;
		p = end ? end + 1 : NULL;
	}
	return false;
}

/* Fills exe with the daemon to run; false (logged) when there is none. */
static bool find_image(char *exe, size_t size)
{
	bool set, ok;

	pthread_mutex_lock(&image_lock);
	set = image[0] != '\0';
	ok = set && slqs_rt_strcpy(exe, size, image);
	pthread_mutex_unlock(&image_lock);
	if (set) {
		if (!ok || !executable(exe)) {
			log_warn("slqsapi: SDK image %s is not an executable file", image);
			return false;
		}
		return true;
	}
	if (beside_self(exe, size) || in_path(exe, size))
		return true;
	log_warn("slqsapi: no daemon runs and no %s executable was found "
		 "(SetSDKImagePath, the application's directory, PATH)", DAEMON_NAME);
	return false;
}

/* In the child: only async-signal-safe calls until exec. */
static void exec_daemon(const char *exe, char *const argv[], int report, int ready)
{
	int err;

	slqs_stdio_to_null();
	fcntl(ready, F_SETFD, 0);	/* the daemon keeps this one */
	execv(exe, argv);
	err = errno;
	(void)!write(report, &err, sizeof err);
	_exit(127);
}

/*
 * A pipe whose ends are above the standard streams, which the child turns
 * into /dev/null before it uses them (an application may have closed its
 * own). 0 or -1.
 */
static int pipe_above_stdio(int p[2])
{
	if (pipe2(p, O_CLOEXEC) < 0)
		return -1;
	for (int i = 0; i < 2; i++) {
		int fd = p[i] > STDERR_FILENO ? p[i] : fcntl(p[i], F_DUPFD_CLOEXEC, STDERR_FILENO + 1);

		if (fd != p[i])
			close(p[i]);
		p[i] = fd;
	}
	if (p[0] >= 0 && p[1] >= 0)
		return 0;
	if (p[0] >= 0)
		close(p[0]);
	if (p[1] >= 0)
		close(p[1]);
	return -1;
}

ULONG slqs_spawn_daemon(const char *sock, pid_t *child, int *ready)
{
	char exe[PATH_MAX], sock_arg[PATH_MAX], ready_arg[16];
	char *argv[6];
	int pfd[2], rfd[2], err = 0;
	pid_t pid;
	ssize_t n;

	if (!find_image(exe, sizeof exe) || !slqs_rt_strcpy(sock_arg, sizeof sock_arg, sock))
		return eQCWWAN_ERR_SWICM_SOCKET_IN_USE;
	if (pipe_above_stdio(pfd) < 0)
		return eQCWWAN_ERR_SWICM_SOCKET_IN_USE;
	if (pipe_above_stdio(rfd) < 0) {
		close(pfd[0]);
		close(pfd[1]);
		return eQCWWAN_ERR_SWICM_SOCKET_IN_USE;
	}
	snprintf(ready_arg, sizeof ready_arg, "%d", rfd[1]);
	argv[0] = exe;
	argv[1] = (char *)"--socket";
	argv[2] = sock_arg;
	argv[3] = (char *)"--ready-fd";
	argv[4] = ready_arg;
	argv[5] = NULL;
	log_info("slqsapi: starting %s --socket %s", exe, sock);
	pid = fork();
	if (pid == 0)
		exec_daemon(exe, argv, pfd[1], rfd[1]);
	close(pfd[1]);
	close(rfd[1]);
	/* EOF: the exec succeeded and closed the pipe; an int: its errno. */
	do
		n = pid > 0 ? read(pfd[0], &err, sizeof err) : -1;
	while (n < 0 && errno == EINTR);
	close(pfd[0]);
	if (pid < 0 || n != 0) {
		log_warn("slqsapi: could not start %s: %s", exe,
			 strerror(pid < 0 ? errno : n == (ssize_t)sizeof err ? err : EIO));
		if (pid > 0)
			waitpid(pid, NULL, 0);
		close(rfd[0]);
		return eQCWWAN_ERR_SWICM_SOCKET_IN_USE;
	}
	*child = pid;
	*ready = rfd[0];
	return eQCWWAN_ERR_NONE;
}

void slqs_spawn_wait_ready(int *ready, int ms)
{
	struct pollfd p = { .fd = *ready, .events = POLLIN };
	char b;

	if (*ready < 0) {
		usleep((useconds_t)ms * 1000);
		return;
	}
	if (poll(&p, 1, ms) == 0)
		return;
	/* A byte: it serves. End of file: it died (slqs_spawn_check says how). */
	if (read(*ready, &b, 1) < 0 && errno == EINTR)
		return;
	close(*ready);
	*ready = -1;
}

int slqs_spawn_check(pid_t *child)
{
	int st;
	pid_t r;

	if (*child <= 0)
		return 0;
	r = waitpid(*child, &st, WNOHANG);
	if (r == 0)
		return 0;	/* still starting (or a daemon that stays in the foreground) */
	*child = 0;
	if (r < 0)
		return 0;	/* SIGCHLD ignored by the application: we cannot know */
	if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
		return 0;	/* daemonized: its child serves */
	if (WIFEXITED(st))
		log_warn("slqsapi: the daemon exited with status %d (its log: syslog)",
			 WEXITSTATUS(st));
	else
		log_warn("slqsapi: the daemon was killed by signal %d", WTERMSIG(st));
	return -1;
}
