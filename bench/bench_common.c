/*
 * bench_common.c - what every benchmark program shares (see bench.h): the
 * measuring modes, the statistics, opening the modem's node and checking
 * a Get Model answer. Processes are forked before a stack is set up, so
 * each one has its own connection, as separate applications would.
 */
#define _GNU_SOURCE	/* pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
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

/* ---- the modem ---------------------------------------------------------------- */

int bench_open_device(const char *path)
{
	int fd = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC);
	struct termios tio;

	if (fd >= 0 && isatty(fd) && tcgetattr(fd, &tio) == 0) {
		cfmakeraw(&tio);
		tcsetattr(fd, TCSANOW, &tio);
	}
	return fd;
}

/* ---- answers ------------------------------------------------------------------ */

const unsigned char *bench_tlv_find(const unsigned char *tlvs, size_t len, unsigned char type,
				    size_t *vlen)
{
	size_t off = 0;

	while (off + 3 <= len) {
		size_t l = (size_t)(tlvs[off + 1] | tlvs[off + 2] << 8);

		if (off + 3 + l > len)
			return NULL;
		if (tlvs[off] == type) {
			*vlen = l;
			return tlvs + off + 3;
		}
		off += 3 + l;
	}
	return NULL;
}

int bench_check_get_model(const char *who, const unsigned char *tlvs, size_t len)
{
	const unsigned char *result, *model;
	size_t rlen, mlen;

	result = bench_tlv_find(tlvs, len, 0x02, &rlen);
	model = bench_tlv_find(tlvs, len, 0x01, &mlen);
	if (!result || rlen != 4 || result[0] || result[1] || !model || mlen == 0 || !model[0]) {
		fprintf(stderr, "%s: Get Model answer without success or model\n", who);
		return -1;
	}
	return 0;
}

/* ---- statistics ---------------------------------------------------------------- */

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

void bench_print_stats(const char *prefix, double *us, int n)
{
	double sum = 0;

	for (int i = 0; i < n; i++)
		sum += us[i];
	qsort(us, (size_t)n, sizeof *us, cmp_double);
	printf(" %smean_us=%.1f %sp50_us=%.1f %sp99_us=%.1f %smin_us=%.1f %smax_us=%.1f", prefix,
	       sum / n, prefix, percentile(us, n, 0.50), prefix, percentile(us, n, 0.99), prefix,
	       us[0], prefix, us[n - 1]);
}

/* ---- processes started together ------------------------------------------------ */

struct fanout {
	int ready[2];	/* children -> parent: 'R' set up, 'E' failed */
	int go[2];	/* parent closes its end: every child starts */
	int done[2];	/* children -> parent: "ok errors\n" */
	pid_t pid[MAX_PROCS];
	int procs;
	int warm;	/* each child makes its warm-up requests before 'R' */
};

static void child(const struct bench_stack *st, struct fanout *f, int m)
{
	int ok = 0, errors = 0, set;
	char c;

	/* the go pipe reads EOF once every copy of its write end is closed */
	close(f->ready[0]);
	close(f->go[1]);
	close(f->done[0]);
	set = st->setup() == 0 && (!f->warm || warm_up(st) == 0);
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

static void release_children(struct fanout *f)
{
	if (f->go[1] >= 0)
		close(f->go[1]);
	f->go[1] = -1;
}

/* Reads the result lines of the `running` children that were set up; the
 * time the last one arrived. */
static double collect(struct fanout *f, int running, long *ok, long *errors)
{
	char buf[8192];
	size_t len = 0;
	int lines = 0;
	double last = bench_now_us();

	while (lines < running && len < sizeof buf - 1) {
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
	*errors += running - lines;	/* a child that never reported */
	return last;
}

/* Lets the children finish; the number that did not exit with status 0. */
static int finish(struct fanout *f)
{
	int bad = 0, status;

	release_children(f);
	for (int i = 0; i < f->procs; i++)
		if (waitpid(f->pid[i], &status, 0) < 0 || !WIFEXITED(status) ||
		    WEXITSTATUS(status))
			bad++;
	close(f->ready[0]);
	close(f->done[0]);
	return bad;
}

static void report_setup_failures(const struct bench_stack *st, int failed, int procs)
{
	if (failed)
		fprintf(stderr, "%s: %d of %d clients failed to set up\n", st->name, failed, procs);
}

/* ---- lat: sequential round trips --------------------------------------------- */

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

/* n round trips; first, `idle` other processes attach and stay idle. */
static int mode_lat(const struct bench_stack *st, int n, int idle, struct watch *w, int nw)
{
	struct fanout attached = { .procs = idle, .warm = 0 };
	double *us = calloc((size_t)n, sizeof *us);
	int errors = 0, failed = 0;

	/* forked before this process sets up: each has its own connection */
	if (!us || (idle && start_children(st, &attached, 0))) {
		free(us);
		return 1;
	}
	if (idle && (failed = await_ready(&attached))) {
		report_setup_failures(st, failed, idle);
		finish(&attached);
		free(us);
		return 1;
	}
	if (st->setup()) {
		fprintf(stderr, "%s: setup failed\n", st->name);
		if (idle)
			finish(&attached);
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
	}
	snapshot(w, nw, 1);
	st->teardown();
	if (idle && finish(&attached))
		errors++;
	printf("lat stack=%s idle=%d n=%d errors=%d", st->name, idle, n, errors);
	bench_print_stats("", us, n);
	/* per request: CPU time and context switches of each process involved */
	for (int i = 0; i < nw; i++)
		printf(" cpu_%s_us=%.1f cs_%s=%.2f", w[i].name,
		       (w[i].after.cpu_us - w[i].before.cpu_us) / n, w[i].name,
		       (double)(w[i].after.switches - w[i].before.switches) / n);
	printf("\n");
	free(us);
	return errors ? 1 : 0;
}

/* ---- tput: processes started together ------------------------------------------ */

static int mode_tput(const struct bench_stack *st, int procs, int m)
{
	struct fanout f = { .procs = procs, .warm = 1 };
	long ok = 0, errors = 0;
	double t0, t1;
	int failed, bad;

	if (start_children(st, &f, m))
		return 1;
	/* a client that cannot set up is a finding: the others still run */
	failed = await_ready(&f);
	report_setup_failures(st, failed, procs);
	t0 = bench_now_us();
	release_children(&f);
	t1 = failed < procs ? collect(&f, procs - failed, &ok, &errors) : t0;
	bad = finish(&f);
	printf("tput stack=%s procs=%d setup_failed=%d per_proc=%d requests=%ld errors=%ld "
	       "secs=%.3f rps=%.0f\n",
	       st->name, procs, failed, m, ok, errors, (t1 - t0) / 1e6,
	       t1 > t0 ? ok / ((t1 - t0) / 1e6) : 0.0);
	return failed || errors || bad ? 1 : 0;
}

/* ---- hold: a server with PROCS idle clients ------------------------------------ */

/* PID's voluntary context switches (all threads) over `secs` seconds. */
static void report_idle(const struct bench_stack *st, int procs, int pid, int secs)
{
	struct proc_usage before, after;
	double t0, t1;

	proc_usage(pid, &before);
	t0 = bench_now_us();
	sleep((unsigned)secs);
	proc_usage(pid, &after);
	t1 = bench_now_us();
	printf("idle stack=%s procs=%d pid=%d secs=%.2f wakeups=%ld wakeups_per_min=%.0f "
	       "cpu_us=%.0f\n",
	       st->name, procs, pid, (t1 - t0) / 1e6, after.wakeups - before.wakeups,
	       (double)(after.wakeups - before.wakeups) * 60e6 / (t1 - t0),
	       after.cpu_us - before.cpu_us);
}

static int mode_hold(const struct bench_stack *st, int procs, int pid, int idle_secs)
{
	struct fanout f = { .procs = procs, .warm = 1 };
	int failed;

	if (start_children(st, &f, 0))
		return 1;
	failed = await_ready(&f);
	report_setup_failures(st, failed, procs);
	usleep(300 * 1000);	/* let the server finish what the last client started */
	printf("hold stack=%s procs=%d setup_failed=%d pid=%d vmrss_kib=%ld private_kib=%ld "
	       "pss_kib=%ld vmhwm_kib=%ld\n",
	       st->name, procs, failed, pid, proc_kib(pid, "status", "VmRSS"),
	       proc_kib(pid, "smaps_rollup", "Private_"), proc_kib(pid, "smaps_rollup", "Pss:"),
	       proc_kib(pid, "status", "VmHWM"));
	if (idle_secs > 0 && !failed)
		report_idle(st, procs, pid, idle_secs);
	fflush(stdout);
	return finish(&f) || failed ? 1 : 0;
}

/* lat's "idle=K" (K other processes attached meanwhile, 0 to MAX_PROCS-1). */
static int parse_idle(const char *arg)
{
	return strcmp(arg, "idle=0") ? positive(arg + 5, MAX_PROCS - 1) : 0;
}

int bench_main(const struct bench_stack *st, int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";
	int a = argc > 2 ? positive(argv[2], 10000000) : -1;
	int b = argc > 3 ? positive(argv[3], 10000000) : -1;
	int c = argc > 4 ? positive(argv[4], 3600) : 0;
	int has_idle = argc > 3 && !strncmp(argv[3], "idle=", 5);
	int idle = has_idle ? parse_idle(argv[3]) : 0;
	int first_watch = has_idle ? 4 : 3;
	struct watch w[MAX_WATCH];
	int nw;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (!strcmp(mode, "lat") && argc >= 3 && a > 0 && idle >= 0 &&
	    (nw = parse_watches(argc - first_watch, argv + first_watch, w)) > 0)
		return mode_lat(st, a, idle, w, nw);
	if (!strcmp(mode, "tput") && argc == 4 && a > 0 && a <= MAX_PROCS && b > 0)
		return mode_tput(st, a, b);
	if (!strcmp(mode, "hold") && (argc == 4 || (argc == 5 && c > 0)) && a > 0 &&
	    a <= MAX_PROCS && b > 0)
		return mode_hold(st, a, b, c);
	fprintf(stderr,
		"usage: %s [stack options] lat N [idle=K] [NAME=PID]... | tput PROCS M\n"
		"       | hold PROCS SERVER-PID [SECONDS]\n"
		"  lat   N sequential DMS Get Model round trips: mean, p50, p99 (us), and\n"
		"        per request the CPU time and context switches of this client\n"
		"        and of each process NAME=PID (e.g. daemon=123 modem=456); with\n"
		"        idle=K, K other processes stay attached (set up, no request) meanwhile\n"
		"  tput  PROCS processes x M requests, started together: requests/s\n"
		"  hold  PROCS processes each holding a DMS client: SERVER-PID's memory,\n"
		"        and with SECONDS its wake-ups (voluntary context switches) meanwhile\n",
		argv[0]);
	return 2;
}
