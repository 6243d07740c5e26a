/*
 * bench_common.c - the measuring modes shared by every benchmark client
 * (see bench.h). Processes are forked before a stack is set up, so each
 * one has its own connection, as separate applications would.
 */
#define _GNU_SOURCE	/* pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"
#include "bench_proc.h"

#define MAX_PROCS 256

double bench_now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int positive(const char *s, long max)
{
	char *end;
	long v = strtol(s, &end, 10);

	return (*s && !*end && v > 0 && v <= max) ? (int)v : -1;
}

static int warm_up(const struct bench_stack *st)
{
	for (int i = 0; i < BENCH_WARMUP; i++)
		if (st->request())
			return -1;
	return 0;
}

/* ---- lat: sequential round trips --------------------------------------------- */

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The value below which a fraction q of the sorted samples lie. */
static double percentile(const double *sorted, int n, double q)
{
	int k = (int)(q * n + 0.999999) - 1;

	return sorted[k < 0 ? 0 : k >= n ? n - 1 : k];
}

/* A process whose CPU time and context switches a latency run accounts for. */
struct watch {
	char name[16];
	int pid;
	struct proc_usage before, after;
};

#define MAX_WATCH 4

/* "NAME=PID" arguments after lat's N; the client itself comes first. */
static int parse_watches(int argc, char **argv, struct watch *w)
{
	int n = 0;

	snprintf(w[n].name, sizeof w[n].name, "client");
	w[n++].pid = (int)getpid();
	for (int i = 0; i < argc; i++) {
		const char *eq = strchr(argv[i], '=');

		if (n == MAX_WATCH || !eq || eq == argv[i] || (size_t)(eq - argv[i]) >= sizeof w[n].name ||
		    (w[n].pid = positive(eq + 1, 1 << 30)) < 0)
			return -1;
		snprintf(w[n].name, sizeof w[n].name, "%.*s", (int)(eq - argv[i]), argv[i]);
		n++;
	}
	return n;
}

static void snapshot(struct watch *w, int n, int after)
{
	for (int i = 0; i < n; i++)
		proc_usage(w[i].pid, after ? &w[i].after : &w[i].before);
}

static int mode_lat(const struct bench_stack *st, int n, struct watch *w, int nw)
{
	double *us = calloc((size_t)n, sizeof *us), sum = 0;
	int errors = 0;

	if (!us || st->setup()) {
		fprintf(stderr, "%s: setup failed\n", st->name);
		free(us);
		return 1;
	}
	if (warm_up(st))
		errors++;
	snapshot(w, nw, 0);
	for (int i = 0; i < n && !errors; i++) {
		double t0 = bench_now_us();

		errors += st->request() != 0;
		us[i] = bench_now_us() - t0;
		sum += us[i];
	}
	snapshot(w, nw, 1);
	st->teardown();
	qsort(us, (size_t)n, sizeof *us, cmp_double);
	printf("lat stack=%s n=%d errors=%d mean_us=%.1f p50_us=%.1f p99_us=%.1f "
	       "min_us=%.1f max_us=%.1f",
	       st->name, n, errors, sum / n, percentile(us, n, 0.50), percentile(us, n, 0.99),
	       us[0], us[n - 1]);
	/* per request: CPU time and context switches of each process involved */
	for (int i = 0; i < nw; i++)
		printf(" cpu_%s_us=%.1f cs_%s=%.2f", w[i].name,
		       (w[i].after.cpu_us - w[i].before.cpu_us) / n, w[i].name,
		       (double)(w[i].after.switches - w[i].before.switches) / n);
	printf("\n");
	free(us);
	return errors ? 1 : 0;
}

/* ---- processes started together ------------------------------------------------ */

struct fanout {
	int ready[2];	/* children -> parent: 'R' set up, 'E' failed */
	int go[2];	/* parent closes its end: every child starts */
	int done[2];	/* children -> parent: "ok errors\n" */
	pid_t pid[MAX_PROCS];
	int procs;
};

static void child(const struct bench_stack *st, struct fanout *f, int m)
{
	int ok = 0, errors = 0, set;
	char c;

	/* the go pipe reads EOF once every copy of its write end is closed */
	close(f->ready[0]);
	close(f->go[1]);
	close(f->done[0]);
	set = st->setup() == 0 && warm_up(st) == 0;
	if (write(f->ready[1], set ? "R" : "E", 1) != 1 || !set)
		_exit(1);
	while (read(f->go[0], &c, 1) < 0 && errno == EINTR)
		;
	for (int i = 0; i < m; i++) {
		if (st->request())
			errors++;
		else
			ok++;
	}
	dprintf(f->done[1], "%d %d\n", ok, errors);	/* < PIPE_BUF: atomic */
	st->teardown();
	_exit(errors ? 1 : 0);
}

static int start_children(const struct bench_stack *st, struct fanout *f, int m)
{
	/* O_CLOEXEC: a daemon a client might start must not hold them open */
	if (pipe2(f->ready, O_CLOEXEC) || pipe2(f->go, O_CLOEXEC) || pipe2(f->done, O_CLOEXEC)) {
		perror("pipe");
		return -1;
	}
	fflush(NULL);
	for (int i = 0; i < f->procs; i++) {
		f->pid[i] = fork();
		if (f->pid[i] == 0)
			child(st, f, m);
		if (f->pid[i] < 0) {
			perror("fork");
			f->procs = i;
			break;
		}
	}
	close(f->ready[1]);
	close(f->go[0]);
	close(f->done[1]);
	return 0;
}

/* Waits until every child is set up; the number that failed (or died). */
static int await_ready(struct fanout *f)
{
	int got = 0, failed = 0;
	char c;

	while (got < f->procs) {
		ssize_t r = read(f->ready[0], &c, 1);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return failed + f->procs - got;
		got++;
		failed += c != 'R';
	}
	return failed;
}

/* Reads the children's result lines; the time the last one arrived. */
static double collect(struct fanout *f, long *ok, long *errors)
{
	char buf[8192];
	size_t len = 0;
	int lines = 0;
	double last = bench_now_us();

	while (lines < f->procs && len < sizeof buf - 1) {
		ssize_t r = read(f->done[0], buf + len, sizeof buf - 1 - len);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		last = bench_now_us();
		len += (size_t)r;
		buf[len] = '\0';
		lines = 0;
		for (char *p = buf; (p = strchr(p, '\n')); p++)
			lines++;
	}
	*ok = *errors = 0;
	for (char *p = buf, *nl; (nl = strchr(p, '\n')); p = nl + 1) {
		long a, b;

		if (sscanf(p, "%ld %ld", &a, &b) == 2) {
			*ok += a;
			*errors += b;
		}
	}
	*errors += f->procs - lines;	/* a child that never reported */
	return last;
}

static int finish(struct fanout *f)
{
	int bad = 0, status;

	if (f->go[1] >= 0)
		close(f->go[1]);
	for (int i = 0; i < f->procs; i++)
		if (waitpid(f->pid[i], &status, 0) < 0 || !WIFEXITED(status) ||
		    WEXITSTATUS(status))
			bad++;
	close(f->ready[0]);
	close(f->done[0]);
	return bad;
}

static int mode_tput(const struct bench_stack *st, int procs, int m)
{
	struct fanout f = { .procs = procs };
	long ok, errors;
	double t0, t1;
	int failed;

	if (start_children(st, &f, m))
		return 1;
	if ((failed = await_ready(&f))) {
		fprintf(stderr, "%s: %d of %d clients failed to set up\n", st->name, failed, procs);
		finish(&f);
		return 1;
	}
	t0 = bench_now_us();
	close(f.go[1]);
	f.go[1] = -1;
	t1 = collect(&f, &ok, &errors);
	failed = finish(&f);
	printf("tput stack=%s procs=%d per_proc=%d requests=%ld errors=%ld secs=%.3f rps=%.0f\n",
	       st->name, procs, m, ok, errors, (t1 - t0) / 1e6, ok / ((t1 - t0) / 1e6));
	return errors || failed ? 1 : 0;
}

/* ---- hold: memory of a server with PROCS idle clients ------------------------- */

static int mode_hold(const struct bench_stack *st, int procs, int pid)
{
	struct fanout f = { .procs = procs };
	int failed;

	if (start_children(st, &f, 0))
		return 1;
	if ((failed = await_ready(&f))) {
		fprintf(stderr, "%s: %d of %d clients failed to set up\n", st->name, failed, procs);
		finish(&f);
		return 1;
	}
	usleep(300 * 1000);	/* let the server finish what the last client started */
	printf("hold stack=%s procs=%d pid=%d vmrss_kib=%ld private_kib=%ld pss_kib=%ld "
	       "vmhwm_kib=%ld\n",
	       st->name, procs, pid, proc_kib(pid, "status", "VmRSS"),
	       proc_kib(pid, "smaps_rollup", "Private_"), proc_kib(pid, "smaps_rollup", "Pss:"),
	       proc_kib(pid, "status", "VmHWM"));
	fflush(stdout);
	return finish(&f) ? 1 : 0;
}

int bench_main(const struct bench_stack *st, int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";
	int a = argc > 2 ? positive(argv[2], 10000000) : -1;
	int b = argc > 3 ? positive(argv[3], 10000000) : -1;
	struct watch w[MAX_WATCH];
	int nw;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (!strcmp(mode, "lat") && argc >= 3 && a > 0 &&
	    (nw = parse_watches(argc - 3, argv + 3, w)) > 0)
		return mode_lat(st, a, w, nw);
	if (!strcmp(mode, "tput") && argc == 4 && a > 0 && a <= MAX_PROCS && b > 0)
		return mode_tput(st, a, b);
	if (!strcmp(mode, "hold") && argc == 4 && a > 0 && a <= MAX_PROCS && b > 0)
		return mode_hold(st, a, b);
	fprintf(stderr,
		"usage: %s [stack options] lat N [NAME=PID]... | tput PROCS M | hold PROCS SERVER-PID\n"
		"  lat   N sequential DMS Get Model round trips: mean, p50, p99 (us), and\n"
		"        per request the CPU time and context switches of this client\n"
		"        and of each process NAME=PID (e.g. daemon=123 modem=456)\n"
		"  tput  PROCS processes x M requests, started together: requests/s\n"
		"  hold  PROCS processes each holding a DMS client: SERVER-PID's memory\n",
		argv[0]);
	return 2;
}
