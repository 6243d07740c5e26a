/*
 * bench_slqs: the benchmark client for our stack, app -> libslqsapi ->
 * slqssdk -> modem. It uses the public API only, like an application:
 * SLQSStart (the daemon's socket comes from SLQS_SOCKET), connect to the
 * first modem, then raw DMS Get Model requests whose answer is decoded
 * (result and model string) as libqmi decodes its own.
 *
 *   SLQS_SOCKET=PATH bench_slqs [--image SLQSSDK] lat N ... | tput PROCS M | hold PROCS PID
 *   SLQS_SOCKET=PATH bench_slqs --image SLQSSDK cold K
 *
 * cold (ours only): K times, in a new process and with no daemon running,
 * the time SLQSStart takes (it starts the daemon, found with
 * SetSDKImagePath) and the time from calling it to the first answer
 * (enumerate, connect, one Get Model); then the daemon is stopped
 * (SIGTERM) and waited for until it is gone.
 */
#define _GNU_SOURCE	/* prctl */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "SWIWWANCMAPI.h"
#include "bench.h"
#include "bench_proc.h"

/* How long a cold start may take to its first answer before it failed. */
#define COLD_DEADLINE_US 5e6
/* Between two tries while the daemon does not list a ready modem yet. */
#define COLD_RETRY_US 100

/* One Get Model round trip; 0, else what went wrong (not printed). */
static const char *get_model(void)
{
	BYTE req[4] = { BENCH_DMS_GET_MODEL & 0xFF, BENCH_DMS_GET_MODEL >> 8, 0, 0 };
	BYTE *rsp = NULL;
	USHORT len = 0;

	if (SLQSSendRawQMI(req, BENCH_SVC_DMS, sizeof req, 2000, &rsp, &len))
		return "SLQSSendRawQMI failed";
	if (len < 4 || rsp[0] != req[0] || rsp[1] != req[1])
		return "not a Get Model answer";
	/* the message's id and length come before its TLVs */
	return bench_check_get_model("bench_slqs", rsp + 4, (size_t)len - 4) ? "bad answer" : NULL;
}

static int slqs_request(void)
{
	const char *err = get_model();

	if (err)
		fprintf(stderr, "bench_slqs: %s\n", err);
	return err ? -1 : 0;
}

/* Enumerate, connect to the first modem; 0 or the SLQS error code. */
static ULONG connect_first(void)
{
	struct slqs_device_info dev;
	BYTE n = 1;
	ULONG rc = QCWWAN2kEnumerateDevices(&n, (BYTE *)&dev);

	return rc ? rc : QCWWAN2kConnect(dev.deviceNode, dev.deviceKey);
}

static int slqs_setup(void)
{
	ULONG rc;

	if ((rc = SLQSStart(0, NULL)) || (rc = connect_first())) {
		fprintf(stderr, "bench_slqs: start/enumerate/connect: %u (0x%X)\n", rc, rc);
		return -1;
	}
	return 0;
}

static void slqs_teardown(void)
{
	QCWWANDisconnect();
}

/* ---- cold: SLQSStart with no daemon running ------------------------------------- */

static int someone_listens(const char *path)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0), ok;

	snprintf(sa.sun_path, sizeof sa.sun_path, "%s", path);
	ok = fd >= 0 && connect(fd, (struct sockaddr *)&sa, sizeof sa) == 0;
	if (fd >= 0)
		close(fd);
	return ok;
}

/* In a new process: one cold start, reported on `out` as "START FIRST TRIES".
 * The daemon it starts is left running, for the parent to stop. */
static void cold_child(int out)
{
	double t0 = bench_now_us(), started, answered = 0;
	const char *err = NULL;
	int tries = 0;
	ULONG rc = SLQSStart(0, NULL);

	started = bench_now_us();
	if (rc) {
		fprintf(stderr, "bench_slqs: cold SLQSStart: %u (0x%X)\n", rc, rc);
		_exit(1);
	}
	/* the modem may not be listed, or not ready, right after the start */
	while (bench_now_us() - t0 < COLD_DEADLINE_US) {
		tries++;
		rc = connect_first();
		if (!rc && !(err = get_model())) {
			answered = bench_now_us();
			break;
		}
		usleep(COLD_RETRY_US);
	}
	if (answered == 0)
		fprintf(stderr, "bench_slqs: cold start: no answer within %.0f s (%s, last rc %u)\n",
			COLD_DEADLINE_US / 1e6, err ? err : "connect failed", rc);
	else
		dprintf(out, "%.1f %.1f %d\n", started - t0, answered - t0, tries);
	QCWWANDisconnect();
	_exit(answered == 0);
}

/* Stops the daemon the cold start left and waits until it is gone. It
 * detached from the process that started it and this process is the
 * subreaper, so it (and whatever it forked) is now a child of this process,
 * reaped here; after 3 s what is left is killed. */
static void stop_daemon(void)
{
	int signalled = 0;

	for (int i = 0; i < 300; i++) {
		int pid;

		while (waitpid(-1, NULL, WNOHANG) > 0)
			;
		if (!(pid = proc_find_child((int)getpid())))
			return;
		if (pid != signalled)
			kill(pid, SIGTERM);	/* what SLQSKillSDKProcess asks for: CIDs released, exit */
		signalled = pid;
		usleep(10 * 1000);
	}
	for (int pid; (pid = proc_find_child((int)getpid())); waitpid(pid, NULL, 0)) {
		fprintf(stderr, "bench_slqs: the daemon %d did not stop; killing it\n", pid);
		kill(pid, SIGKILL);
	}
}

static int mode_cold(int starts)
{
	const char *sock = getenv("SLQS_SOCKET");
	double *start_us = calloc((size_t)starts, sizeof *start_us);
	double *first_us = calloc((size_t)starts, sizeof *first_us);
	int done = 0, tries = 0, errors = 0;

	if (!start_us || !first_us) {
		errors = 1;
		starts = 0;
	} else if (!sock || !*sock) {
		fprintf(stderr, "bench_slqs: cold needs SLQS_SOCKET (a socket of its own)\n");
		errors = 1;
		starts = 0;
	}
	/* the daemon detaches from the process that starts it: adopt it */
	prctl(PR_SET_CHILD_SUBREAPER, 1);
	for (int i = 0; i < starts; i++) {
		int fds[2], t;
		FILE *in;
		pid_t pid;

		if (someone_listens(sock)) {
			fprintf(stderr, "bench_slqs: a daemon already serves %s: not a cold start\n", sock);
			errors++;
			break;
		}
		if (pipe(fds) < 0) {
			errors++;
			break;
		}
		fflush(NULL);
		pid = fork();
		if (pid == 0) {
			close(fds[0]);
			cold_child(fds[1]);
		}
		close(fds[1]);
		in = fdopen(fds[0], "r");
		if (in && fscanf(in, "%lf %lf %d", &start_us[done], &first_us[done], &t) == 3) {
			done++;
			tries += t;
		} else {
			errors++;
		}
		if (in)
			fclose(in);
		else
			close(fds[0]);
		if (pid > 0)
			waitpid(pid, NULL, 0);
		stop_daemon();
	}
	printf("cold stack=slqs n=%d errors=%d tries=%d", done, errors, tries);
	if (done > 0) {
		bench_print_stats("start_", start_us, done);
		bench_print_stats("first_", first_us, done);
	}
	printf("\n");
	free(start_us);
	free(first_us);
	return errors ? 1 : 0;
}

int main(int argc, char **argv)
{
	static const struct bench_stack slqs = {
		.name = "slqs",
		.setup = slqs_setup,
		.request = slqs_request,
		.teardown = slqs_teardown,
	};
	int starts;

	if (argc > 2 && !strcmp(argv[1], "--image")) {
		SetSDKImagePath(argv[2]);
		argv[2] = argv[0];
		argc -= 2;
		argv += 2;
	}
	if (argc == 3 && !strcmp(argv[1], "cold")) {
		starts = atoi(argv[2]);
		if (starts > 0 && starts <= 1000)
			return mode_cold(starts);
	}
	return bench_main(&slqs, argc, argv);
}
