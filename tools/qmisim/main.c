/*
 * qmisim: a simulated QMI modem (or several) on a raw pty and a UNIX
 * socket, with a control socket for faults. See docs/qmisim.md.
 */
#define _GNU_SOURCE	/* ppoll */
#include <errno.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/log.h"
#include "pkgs/all/all_msg.h"
#include "tools/qmisim/sim_ctlsock.h"
#include "tools/qmisim/sim_dev.h"
#include "tools/qmisim/sim_modem.h"
#include "tools/qmisim/sim_net.h"
#include "tools/qmisim/sim_record.h"
#include "tools/qmisim/sim_services.h"
#include "tools/qmisim/sim_sysfs.h"
#include "tools/qmisim/sim_tun.h"

#include "core/version.h"

#define MAX_MODEMS 64
#define ERR_LEN 512
#define CTL_TIMEOUT_MS 10000

struct options {
	const char *configs[MAX_MODEMS];
	unsigned n_configs, n_modems;
	const char *link, *socket, *control, *record, *replay, *pidfile;
	const char *tun, *sysfs_root, *dev_root;
	int verbosity;
};

struct program;

/* One modem's device as the modem sees it: the pty and socket (sim_dev),
 * and with them its network interface and its fake sysfs entries, which
 * come and go with unplug and replug. */
struct plug {
	struct program *pg;
	unsigned i;
	const struct sim_io *dev;	/* sim_dev's callbacks */
	struct sim_io io;		/* what the modem calls */
	char tun_name[32];		/* "" = no TUN */
};

struct program {
	unsigned n;
	struct sim_modem *modems[MAX_MODEMS];
	struct sim_dev *devs[MAX_MODEMS];
	struct plug plugs[MAX_MODEMS];
	struct sim_tun *tuns[MAX_MODEMS];
	const char *sysfs_root;		/* NULL: no fake sysfs */
	char *dev_root;			/* where its node links go */
	struct sim_ctlsrv *ctl;
	struct sim_record *rec;
	struct sim_replay *replay;
	const char *pidfile;
};

static volatile sig_atomic_t stop_signal;

static void usage(FILE *f)
{
	fprintf(f,
"Usage: qmisim [OPTION]...\n"
"       qmisim --ctl PATH COMMAND [ARG]...\n"
"\n"
"A simulated QMI modem: it serves whole QMUX frames on a raw pty (like\n"
"/dev/cdc-wdmN; libqmi's `qmicli -d PTY --device-open-qmi` works on it) and,\n"
"optionally, on a UNIX socket. On start it prints one line per modem,\n"
"  pty /dev/pts/N [link PATH] [socket PATH] [control PATH]\n"
"and then serves until SIGTERM or SIGINT (which remove its links and sockets).\n"
"\n"
"Options:\n"
"  -c, --config FILE    modem config (repeatable: one modem per file; modems\n"
"                       without a file of their own use the last one given,\n"
"                       or the built-in defaults if none is)\n"
"  -n, --modems N       number of simulated modems (default: one per --config,\n"
"                       at least 1; at most %d)\n"
"  -l, --link PATH      stable symlink to the pty (several modems: PATH0, PATH1...)\n"
"  -s, --socket PATH    UNIX SOCK_SEQPACKET socket, one QMUX frame per packet,\n"
"                       one host at a time (several modems: PATH0, PATH1...)\n"
"  -C, --control PATH   control socket (UNIX stream, one command per line)\n"
"  -r, --record FILE    write every frame both ways: time, modem, from, hex\n"
"  -R, --replay FILE    answer service requests from a recording (same service,\n"
"                       message and TLVs; transaction and client ids rewritten);\n"
"                       requests it does not hold are simulated as usual\n"
"  -p, --pidfile FILE   write the process id to FILE\n"
"  -t, --tun NAME       the modem's network interface: a TUN interface NAME\n"
"                       (raw IP) carrying its data sessions' packets to a\n"
"                       simulated network (several modems: NAME0, NAME1...);\n"
"                       needs CAP_NET_ADMIN. Config: [tun] name\n"
"      --sysfs-root DIR write a fake sysfs tree showing the modems as qmi_wwan\n"
"                       devices (class/usbmisc/cdc-wdmN, net/NAME) for\n"
"                       SLQS_SYSFS_ROOT=DIR; node links in DIR/dev\n"
"      --dev-root DIR   put the node links (cdc-wdmN -> pty) in DIR instead\n"
"  -v, --verbose        more log on stderr (-v info, -vv debug, -vvv frames)\n"
"      --ctl PATH CMD   send one control command to a running qmisim, print the\n"
"                       answer; exit 0 for ok, 1 for error, 2 if unreachable\n"
"  -h, --help           this text\n"
"  -V, --version        the version\n"
"\n"
"Control commands (with several modems, prefix \"modem N\"; default modem 0):\n"
"  help                 list the commands\n"
"  stats                counters and client ids in use, key=value pairs\n"
"  reset                simulate a reboot: CTL Sync indication, all CIDs dropped\n"
"  unplug | replug      the device disappears (pty closed, link and socket\n"
"                       removed) / comes back (a new pty, the link updated)\n"
"  delay MS             delay every response by MS milliseconds (0: off)\n"
"  drop N               do not send the next N responses\n"
"  malformed [KIND]     send a broken frame: tlv (default), truncated, garbage\n"
"  exhaust SERVICE      allocate the service's client ids up to its limit\n"
"  release-all [SERVICE] release client ids (of every service by default)\n"
"  SERVICE ARGS...      a service's own commands (dms, nas, wds, uim, wda);\n"
"                       `SERVICE help` lists them and its settings\n"
"\n"
"Config files: '# comment', '[section]' or '[section argument]', 'key = value':\n"
"  [modem]              name, response_delay_ms\n"
"  [ctl]                cid_limit, cid_limit.SERVICE (client ids offered, 0-254)\n"
"  [tun]                name, remote_ipv4, remote_ipv6, echo_port (docs/qmisim-tun.md)\n"
"  [SERVICE], [SERVICE.KIND ARG]  a service's settings (docs/qmisim-SERVICE.md)\n"
"See docs/qmisim.md; example: tools/qmisim/example.conf.\n",
		MAX_MODEMS);
}

static int parse_count(const char *s, unsigned *out)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (!*s || *end || errno || v < 1 || v > MAX_MODEMS)
		return -1;
	*out = (unsigned)v;
	return 0;
}

/* Joins the words of a control command given on the command line. */
static int run_ctl(const char *path, int argc, char **argv)
{
	char cmd[1024] = "";
	size_t used = 0;

	if (argc == 0) {
		fprintf(stderr, "qmisim: --ctl PATH needs a command (try: help)\n");
		return 2;
	}
	for (int i = 0; i < argc; i++) {
		int n = snprintf(cmd + used, sizeof(cmd) - used, "%s%s", i ? " " : "", argv[i]);

		if (n < 0 || (size_t)n >= sizeof(cmd) - used) {
			fprintf(stderr, "qmisim: command too long\n");
			return 2;
		}
		used += (size_t)n;
	}
	return sim_ctl_send(path, cmd, stdout, stderr, CTL_TIMEOUT_MS);
}

/* Returns -1 to go on, or an exit status. */
static int parse_options(int argc, char **argv, struct options *o)
{
	enum { OPT_CTL = 0x100, OPT_SYSFS_ROOT, OPT_DEV_ROOT };
	static const struct option longs[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "modems", required_argument, NULL, 'n' },
		{ "link", required_argument, NULL, 'l' },
		{ "socket", required_argument, NULL, 's' },
		{ "control", required_argument, NULL, 'C' },
		{ "record", required_argument, NULL, 'r' },
		{ "replay", required_argument, NULL, 'R' },
		{ "pidfile", required_argument, NULL, 'p' },
		{ "tun", required_argument, NULL, 't' },
		{ "sysfs-root", required_argument, NULL, OPT_SYSFS_ROOT },
		{ "dev-root", required_argument, NULL, OPT_DEV_ROOT },
		{ "verbose", no_argument, NULL, 'v' },
		{ "ctl", required_argument, NULL, OPT_CTL },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "+c:n:l:s:C:r:R:p:t:vhV", longs, NULL)) != -1) {
		switch (c) {
		case 'c':
			if (o->n_configs == MAX_MODEMS) {
				fprintf(stderr, "qmisim: at most %d config files\n", MAX_MODEMS);
				return 2;
			}
			o->configs[o->n_configs++] = optarg;
			break;
		case 'n':
			if (parse_count(optarg, &o->n_modems)) {
				fprintf(stderr, "qmisim: --modems takes 1 to %d\n", MAX_MODEMS);
				return 2;
			}
			break;
		case 'l': o->link = optarg; break;
		case 's': o->socket = optarg; break;
		case 'C': o->control = optarg; break;
		case 'r': o->record = optarg; break;
		case 'R': o->replay = optarg; break;
		case 'p': o->pidfile = optarg; break;
		case 't': o->tun = optarg; break;
		case OPT_SYSFS_ROOT: o->sysfs_root = optarg; break;
		case OPT_DEV_ROOT: o->dev_root = optarg; break;
		case 'v': o->verbosity++; break;
		case OPT_CTL: return run_ctl(optarg, argc - optind, argv + optind);
		case 'h': usage(stdout); return 0;
		case 'V': printf("qmisim %s\n", SLQS_VERSION); return 0;
		default:
			fprintf(stderr, "Try 'qmisim --help'.\n");
			return 2;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "qmisim: unexpected argument '%s'\nTry 'qmisim --help'.\n",
			argv[optind]);
		return 2;
	}
	if (o->dev_root && !o->sysfs_root) {
		fprintf(stderr, "qmisim: --dev-root goes with --sysfs-root\n");
		return 2;
	}
	if (o->n_modems == 0)
		o->n_modems = o->n_configs ? o->n_configs : 1;
	if (o->n_configs > o->n_modems) {
		fprintf(stderr, "qmisim: %u config files for %u modems\n", o->n_configs,
			o->n_modems);
		return 2;
	}
	return -1;
}

/* PATH for one modem, PATH<index> for several; NULL stays NULL. */
static char *modem_path(const char *path, unsigned i, unsigned n)
{
	char *p;

	if (!path)
		return NULL;
	if (n == 1)
		return strdup(path);
	if (asprintf(&p, "%s%u", path, i) < 0)
		return NULL;
	return p;
}

/* ---- the network interface and the fake sysfs, with the device ------------ */

static struct sim_sysfs_dev sysfs_entry(const struct plug *pl)
{
	const struct program *pg = pl->pg;

	return (struct sim_sysfs_dev){ .root = pg->sysfs_root, .dev_root = pg->dev_root,
				       .index = pl->i, .pty = sim_dev_pty(pg->devs[pl->i]),
				       .ifname = pl->tun_name[0] ? pl->tun_name : NULL };
}

/* A plugged-in modem gets its TUN interface, then its sysfs entries. */
static int data_up(struct plug *pl, char *err, size_t errlen)
{
	struct program *pg = pl->pg;
	struct sim_sysfs_dev e;

	if (pl->tun_name[0]) {
		pg->tuns[pl->i] = sim_tun_open(pl->tun_name, pg->modems[pl->i], err, errlen);
		if (!pg->tuns[pl->i])
			return -1;
		/* the kernel's name (a "%d" in NAME is filled in), kept for replug */
		snprintf(pl->tun_name, sizeof(pl->tun_name), "%s", sim_tun_name(pg->tuns[pl->i]));
	}
	if (!pg->sysfs_root)
		return 0;
	e = sysfs_entry(pl);
	return e.pty ? sim_sysfs_add(&e, err, errlen) : 0;
}

static void data_down(struct plug *pl)
{
	struct program *pg = pl->pg;
	struct sim_sysfs_dev e = sysfs_entry(pl);

	if (pg->sysfs_root)
		sim_sysfs_remove(&e);
	sim_tun_close(pg->tuns[pl->i]);
	pg->tuns[pl->i] = NULL;
}

static void plug_output(void *arg, struct sim_modem *m, unsigned port, const uint8_t *frame,
			size_t len)
{
	struct plug *pl = arg;

	pl->dev->output(pl->dev->arg, m, port, frame, len);
}

static int plug_unplug(void *arg, struct sim_modem *m, char *msg, size_t msglen)
{
	struct plug *pl = arg;
	int rc = pl->dev->unplug(pl->dev->arg, m, msg, msglen);

	data_down(pl);
	return rc;
}

static int plug_replug(void *arg, struct sim_modem *m, char *msg, size_t msglen)
{
	struct plug *pl = arg;
	char err[ERR_LEN];

	if (pl->dev->replug(pl->dev->arg, m, msg, msglen))
		return -1;
	if (data_up(pl, err, sizeof(err))) {
		log_err("%s: replug: %s", sim_modem_name(m), err);
		snprintf(msg, msglen, "%s", err);
		return -1;
	}
	if (pl->tun_name[0])
		sim_appendf(msg, msglen, " tun %s", pl->tun_name);
	return 0;
}

static void plug_init(struct program *pg, unsigned i)
{
	struct plug *pl = &pg->plugs[i];

	pl->pg = pg;
	pl->i = i;
	pl->dev = sim_dev_io(pg->devs[i]);
	pl->io = (struct sim_io){ .output = plug_output, .unplug = plug_unplug,
				  .replug = plug_replug, .arg = pl };
}

/* --tun NAME (NAME<index> for several modems), else the config's [tun] name. */
static int tun_name_of(struct plug *pl, const struct options *o, char *err, size_t errlen)
{
	char *name = o->tun ? modem_path(o->tun, pl->i, o->n_modems) : NULL;
	const char *use = o->tun ? name : sim_modem_tun_name(pl->pg->modems[pl->i]);
	int n;

	if (o->tun && !name) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	n = snprintf(pl->tun_name, sizeof(pl->tun_name), "%s", use);
	if (n < 0 || (size_t)n >= sizeof(pl->tun_name))
		snprintf(err, errlen, "TUN name '%s' is too long", use);
	free(name);	/* after the message: use may be name */
	return n < 0 || (size_t)n >= sizeof(pl->tun_name) ? -1 : 0;
}

/* ---- modems ----------------------------------------------------------------- */

static int start_modem(struct program *pg, const struct options *o, unsigned i, char *err,
		       size_t errlen)
{
	char *link = modem_path(o->link, i, o->n_modems);
	char *sock = modem_path(o->socket, i, o->n_modems);
	struct sim_modem_opts mo = { .index = i };
	int rc = -1;

	if ((o->link && !link) || (o->socket && !sock) ||
	    !(pg->devs[i] = sim_dev_new(link, sock))) {
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	if (o->n_configs)
		mo.config_path = o->configs[i < o->n_configs ? i : o->n_configs - 1];
	plug_init(pg, i);
	mo.io = &pg->plugs[i].io;
	pg->modems[i] = sim_modem_new(&mo, err, errlen);
	if (!pg->modems[i])
		goto out;
	pg->n = i + 1;
	sim_modem_set_record(pg->modems[i], pg->rec);
	sim_modem_set_replay(pg->modems[i], pg->replay);
	if (sim_dev_start(pg->devs[i], pg->modems[i], err, errlen) ||
	    tun_name_of(&pg->plugs[i], o, err, errlen) ||
	    data_up(&pg->plugs[i], err, errlen))
		goto out;
	if (pg->plugs[i].tun_name[0])
		sim_modem_use_data_path(pg->modems[i]);
	rc = 0;
out:
	free(link);
	free(sock);
	return rc;
}

static void stop_program(struct program *pg)
{
	sim_ctlsrv_free(pg->ctl);
	/* Devices first: their removal must not wait for anything else. */
	for (unsigned i = 0; i < pg->n; i++)
		data_down(&pg->plugs[i]);
	for (unsigned i = 0; i < MAX_MODEMS; i++)
		sim_dev_free(pg->devs[i]);
	free(pg->dev_root);
	for (unsigned i = 0; i < pg->n; i++)
		sim_modem_free(pg->modems[i]);
	sim_record_close(pg->rec);
	sim_replay_free(pg->replay);
	if (pg->pidfile)
		unlink(pg->pidfile);
}

static int write_pidfile(const char *path, char *err, size_t errlen)
{
	FILE *f = fopen(path, "w");

	if (!f || fprintf(f, "%ld\n", (long)getpid()) < 0 || fclose(f)) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}

static int start_program(struct program *pg, const struct options *o, char *err,
			 size_t errlen)
{
	if (o->record && !(pg->rec = sim_record_open(o->record, err, errlen)))
		return -1;
	if (o->sysfs_root) {
		pg->sysfs_root = o->sysfs_root;
		if (o->dev_root)
			pg->dev_root = strdup(o->dev_root);
		else if (asprintf(&pg->dev_root, "%s/dev", o->sysfs_root) < 0)
			pg->dev_root = NULL;
		if (!pg->dev_root) {
			snprintf(err, errlen, "out of memory");
			return -1;
		}
	}
	if (o->replay) {
		pg->replay = sim_replay_load(o->replay, err, errlen);
		if (!pg->replay)
			return -1;
		log_info("replay: %zu recorded answers", sim_replay_count(pg->replay));
	}
	for (unsigned i = 0; i < o->n_modems; i++)
		if (start_modem(pg, o, i, err, errlen))
			return -1;
	if (o->control && !(pg->ctl = sim_ctlsrv_new(o->control, pg->modems, pg->n, err,
						      errlen)))
		return -1;
	if (o->pidfile) {
		if (write_pidfile(o->pidfile, err, errlen))
			return -1;
		pg->pidfile = o->pidfile;
	}
	return 0;
}

static void on_signal(int sig)
{
	stop_signal = sig;
}

/* SIGINT/SIGTERM are blocked except inside ppoll(): no wake-up is lost. */
static void setup_signals(sigset_t *wait_mask)
{
	struct sigaction sa = { .sa_handler = on_signal };
	sigset_t block;

	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGHUP);
	sigprocmask(SIG_BLOCK, &block, wait_mask);
	sigdelset(wait_mask, SIGINT);
	sigdelset(wait_mask, SIGTERM);
	sigdelset(wait_mask, SIGHUP);
}

static void run_loop(struct program *pg, const sigset_t *wait_mask)
{
	static struct sim_poll p;
	struct timespec ts, *tsp;

	while (!stop_signal) {
		sim_poll_reset(&p);
		for (unsigned i = 0; i < pg->n; i++) {
			sim_poll_timeout(&p, sim_modem_flush(pg->modems[i]));
			sim_dev_poll(pg->devs[i], &p);
			sim_tun_poll(pg->tuns[i], &p);
		}
		if (pg->ctl)
			sim_ctlsrv_poll(pg->ctl, &p);
		tsp = NULL;
		if (p.timeout_ms >= 0) {
			ts.tv_sec = p.timeout_ms / 1000;
			ts.tv_nsec = (long)(p.timeout_ms % 1000) * 1000000L;
			tsp = &ts;
		}
		if (ppoll(p.fds, p.n, tsp, wait_mask) > 0)
			sim_poll_dispatch(&p);
	}
}

static void print_ready(const struct program *pg, const struct options *o)
{
	char line[1024];

	for (unsigned i = 0; i < pg->n; i++) {
		sim_dev_describe(pg->devs[i], line, sizeof(line));
		if (o->control)
			sim_appendf(line, sizeof(line), " control %s", o->control);
		if (pg->plugs[i].tun_name[0])
			sim_appendf(line, sizeof(line), " tun %s", pg->plugs[i].tun_name);
		if (pg->sysfs_root)
			sim_appendf(line, sizeof(line), " node %s/cdc-wdm%u", pg->dev_root, i);
		printf("%s\n", line);
	}
	fflush(stdout);
}

int main(int argc, char **argv)
{
	static struct options o;
	static struct program pg;
	char err[ERR_LEN];
	sigset_t wait_mask;
	int rc = parse_options(argc, argv, &o), level;

	if (rc >= 0)
		return rc;
	level = SLQS_LOG_WARN + o.verbosity;
	slqs_log_init("qmisim", 0, level > SLQS_LOG_TRACE ? SLQS_LOG_TRACE : level);
	slqs_log_set_msg_namer(slqs_msg_name);	/* traces name each message */
	slqs_log_set_msg_namer(sim_msg_name);
	setup_signals(&wait_mask);
	if (start_program(&pg, &o, err, sizeof(err))) {
		fprintf(stderr, "qmisim: %s\n", err);
		stop_program(&pg);
		return 1;
	}
	print_ready(&pg, &o);
	run_loop(&pg, &wait_mask);
	log_info("signal %d: stopping", (int)stop_signal);
	stop_program(&pg);
	return 0;
}
