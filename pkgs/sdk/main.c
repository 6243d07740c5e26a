/*
 * slqssdk: the daemon that owns the modems' QMI control channels and
 * shares them among applications (see docs/slqssdk.md).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* pipe2 */
#endif
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include "core/log.h"
#include "core/stdio_null.h"
#include "pkgs/sdk/sdk.h"

static void usage(FILE *f)
{
	fprintf(f,
		"Usage: slqssdk [options]\n"
		"Shares QMI modems among applications (SLQS API daemon).\n\n"
		"  -f, --foreground       stay in the foreground, log to stderr\n"
		"                         (default: daemonize, log to syslog)\n"
		"  -v, --verbose          more log: -v debug, -vv trace (hex dumps of frames)\n"
		"  -s, --socket PATH      application socket (default %s)\n"
		"  -g, --group NAME       group allowed to connect (socket mode 0660);\n"
		"                         root and the daemon's own user always may\n"
		"  -d, --device NODE      serve only this device (repeatable): /dev/cdc-wdmN,\n"
		"                         /dev/qcqmiN, a pty or a simulator socket;\n"
		"                         default: every QMI device found in sysfs\n"
		"  -p, --pidfile PATH     write the daemon's pid there\n"
		"      --sysfs-root DIR   where sysfs is (default /sys, or $%s)\n"
		"      --dev-root DIR     where device nodes are (default /dev, or $%s)\n"
		"      --ready-fd N       write a byte to fd N (a pipe) once serving\n"
		"  -h, --help             this text\n"
		"  -V, --version          the version\n",
		IPC_DEFAULT_SOCKET, SLQS_SYSFS_ROOT_ENV, SLQS_DEV_ROOT_ENV);
}

enum { OPT_SYSFS = 256, OPT_DEVROOT, OPT_READY };

static const struct option long_opts[] = {
	{ "foreground", no_argument, NULL, 'f' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "socket", required_argument, NULL, 's' },
	{ "group", required_argument, NULL, 'g' },
	{ "device", required_argument, NULL, 'd' },
	{ "pidfile", required_argument, NULL, 'p' },
	{ "sysfs-root", required_argument, NULL, OPT_SYSFS },
	{ "dev-root", required_argument, NULL, OPT_DEVROOT },
	{ "ready-fd", required_argument, NULL, OPT_READY },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

/* The fd of --ready-fd, kept from any program we might run; -1 if it is
 * not open or is a standard stream (a daemon turns those into /dev/null). */
static int ready_fd_arg(const char *arg)
{
	char *end;
	long fd = strtol(arg, &end, 10);

	if (!*arg || *end || fd <= STDERR_FILENO || fd > INT_MAX ||
	    fcntl((int)fd, F_SETFD, FD_CLOEXEC) < 0)
		return -1;
	return (int)fd;
}

/* Returns 0, or the exit status to leave with (-1: exit 0 at once). */
static int parse_args(int argc, char **argv, struct sdk_opts *o)
{
	int c;

	o->socket_path = IPC_DEFAULT_SOCKET;
	o->ready_fd = -1;
	o->devices = calloc((size_t)argc, sizeof(*o->devices));
	if (!o->devices)
		return 1;
	while ((c = getopt_long(argc, argv, "fvs:g:d:p:hV", long_opts, NULL)) != -1) {
		switch (c) {
		case 'f':
			o->foreground = 1;
			break;
		case 'v':
			o->verbosity++;
			break;
		case 's':
			o->socket_path = optarg;
			break;
		case 'g':
			o->group = optarg;
			break;
		case 'd':
			o->devices[o->n_devices++] = optarg;
			break;
		case 'p':
			o->pidfile = optarg;
			break;
		case OPT_SYSFS:
			o->sysfs_root = optarg;
			break;
		case OPT_DEVROOT:
			o->dev_root = optarg;
			break;
		case OPT_READY:
			o->ready_fd = ready_fd_arg(optarg);
			if (o->ready_fd < 0) {
				fprintf(stderr, "slqssdk: --ready-fd '%s' is not an open fd above 2\n", optarg);
				return 2;
			}
			break;
		case 'h':
			usage(stdout);
			return -1;
		case 'V':
			printf("slqssdk %s (IPC protocol %d)\n", SLQS_VERSION, IPC_VERSION);
			return -1;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "slqssdk: unexpected argument '%s'\n", argv[optind]);
		usage(stderr);
		return 2;
	}
	return 0;
}

/*
 * Forks into the background. The parent stays until the child says it is
 * serving (a byte on the pipe) so that whoever started us can connect at
 * once, and exits 1 if the child failed to start.
 */
static int daemonize(int *ready_fd)
{
	int p[2];
	pid_t pid;
	char b;

	if (pipe2(p, O_CLOEXEC) < 0)
		return -1;
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid > 0) {
		close(p[1]);
		_exit(read(p[0], &b, 1) == 1 ? 0 : 1);
	}
	close(p[0]);
	setsid();
	if (fork() > 0)
		_exit(0);	/* never a session leader: no controlling tty */
	if (chdir("/") < 0) {
		/* "/" always exists; nothing to do */
	}
	slqs_stdio_to_null();
	*ready_fd = p[1];
	return 0;
}

static void on_signal(struct sdk *s, struct sdk_watch *w, uint32_t events)
{
	struct signalfd_siginfo si;

	(void)events;
	while (read(w->fd, &si, sizeof(si)) == (ssize_t)sizeof(si)) {
		if (si.ssi_signo == SIGHUP) {
			log_info("SIGHUP: rescanning devices");
			dev_rescan(s);
		} else {
			log_info("signal %u: exiting", si.ssi_signo);
			s->quit = true;
		}
	}
}

static int setup_signals(struct sdk *s)
{
	sigset_t set;

	signal(SIGPIPE, SIG_IGN);
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	if (sigprocmask(SIG_BLOCK, &set, NULL) < 0)
		return -1;
	s->signal_w.fd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
	s->signal_w.fn = on_signal;
	if (s->signal_w.fd < 0)
		return -1;
	return sdk_watch_add(s, &s->signal_w, EPOLLIN);
}

/* GobiNet takes an fd per client and service: allow as many as we may. */
static void raise_fd_limit(void)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
}

/* Tells whoever waits on fd (if any) that we serve. */
static void say_ready(int fd)
{
	if (fd < 0)
		return;
	if (write(fd, "", 1) < 0) {
		/* they are gone; nobody to tell */
	}
	close(fd);
}

static int write_pidfile(const char *path)
{
	FILE *f = fopen(path, "we");

	if (!f)
		return -1;
	fprintf(f, "%d\n", (int)getpid());
	return fclose(f);
}

static const struct sdk_io real_io = {
	.dev_write = dev_transport_write,
	.app_write = app_socket_write,
};

int main(int argc, char **argv)
{
	static struct sdk_opts o;
	static struct sdk s;
	int rc, ready_fd = -1, level;

	rc = parse_args(argc, argv, &o);
	if (rc)
		return rc < 0 ? 0 : rc;
	level = SLQS_LOG_INFO + o.verbosity;
	slqs_log_init("slqssdk", !o.foreground, level > SLQS_LOG_TRACE ? SLQS_LOG_TRACE : level);
	if (!o.foreground && daemonize(&ready_fd) < 0) {
		log_err("cannot daemonize: %s", strerror(errno));
		return 1;
	}
	s.o = &o;
	s.io = &real_io;
	s.now = sdk_clock();
	s.listen_w.fd = s.signal_w.fd = -1;
	list_init(&s.devs);
	list_init(&s.apps);
	list_init(&s.dead_apps);
	list_init(&s.timers);
	sdk_timer_init(&s.expiry, req_expire);
	raise_fd_limit();
	s.epfd = epoll_create1(EPOLL_CLOEXEC);
	if (s.epfd < 0 || setup_signals(&s) < 0 || binder_start(&s) < 0) {
		log_err("cannot set up the event loop: %s", strerror(errno));
		return 1;
	}
	for (unsigned i = 0; i < o.n_devices; i++)
		if (!dev_find(&s, o.devices[i]) && !dev_add(&s, o.devices[i], true)) {
			log_err("cannot serve device '%s'", o.devices[i]);
			return 1;
		}
	uevent_start(&s);	/* before the scan: nothing plugged meanwhile is missed */
	dev_rescan(&s);
	if (sdk_listen(&s) < 0)
		return 1;
	/* Open the devices now (their timers are due), so an app that connects
	 * the moment we say "ready" (SLQSStart spawning us) finds them. */
	s.now = sdk_clock();
	sdk_timers_run(&s);
	if (o.pidfile && write_pidfile(o.pidfile) < 0)
		log_warn("cannot write %s: %s", o.pidfile, strerror(errno));
	log_info("slqssdk %s started (pid %d, %s)", SLQS_VERSION, (int)getpid(),
		 o.n_devices ? "devices from the command line" : "devices from sysfs");
	say_ready(ready_fd);	/* our first process, which then exits 0 */
	say_ready(o.ready_fd);	/* --ready-fd: SLQSStart() starting us */
	rc = sdk_run(&s);
	/* Give every CID back before leaving: the modem keeps them otherwise. */
	app_close_all(&s);
	dev_close_all(&s);
	binder_stop(&s);
	uevent_stop(&s);
	sdk_listen_close(&s);
	if (o.pidfile)
		unlink(o.pidfile);
	log_info("slqssdk stopped");
	return rc < 0 ? 1 : 0;
}
