/*
 * args.c - the scripted command line: `connectionmgr COMMAND [OPTION...]`.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cm.h"

void cm_options_default(struct cm_options *o)
{
	memset(o, 0, sizeof *o);
	o->command = CM_CMD_MENU;
	o->family = CM_V4;
	o->technology = 1;		/* UMTS: every 3GPP radio, LTE included */
	o->netcfg = true;
	o->default_route = true;
	o->reg_timeout_s = 60;
	o->device_timeout_s = 30;
	o->backoff_min_ms = 1000;
	o->backoff_max_ms = 60000;
	o->down_timeout_s = 30;
	o->log_level = CM_INFO;
	o->use_syslog = true;
}

const char *cm_family_name(enum cm_family f)
{
	return f == CM_V4 ? "IPv4" : f == CM_V6 ? "IPv6" : "dual-stack";
}

static const struct {
	const char *name;
	enum cm_command command;
} commands[] = {
	{ "up", CM_CMD_UP }, { "down", CM_CMD_DOWN }, { "status", CM_CMD_STATUS },
	{ "watch", CM_CMD_WATCH },
};

bool cm_args_is_command(const char *word)
{
	size_t i;

	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (!strcmp(word, commands[i].name))
			return true;
	return !strcmp(word, "-h") || !strcmp(word, "--help");
}

void cm_args_usage(FILE *to)
{
	fputs("Usage: connectionmgr [SDK_PATH] [MODEM_INDEX]     interactive menu\n"
	      "       connectionmgr up|watch [OPTION...]         bring the link up and keep it\n"
	      "       connectionmgr down|status [OPTION...]\n"
	      "\n"
	      "Commands:\n"
	      "  up       connect, configure the interface, stay in the foreground until\n"
	      "           SIGINT/SIGTERM or `down`, then tear everything down; exits 8 if\n"
	      "           the network ends the session (the modem ends a session whose\n"
	      "           application exits, so the process is the session's lifetime)\n"
	      "  watch    as up, but reconnects after drops, modem resets and unplugs\n"
	      "  down     stop the running up/watch of this modem and wait until it is down\n"
	      "  status   device, network, signal and session; exit 0 if connected\n"
	      "\n"
	      "Options of up and watch:\n"
	      "  --apn APN               use the stored profile with this APN (created if none)\n"
	      "  --profile N             3GPP profile index (default: the modem's default)\n"
	      "  --ip-family 4|6|4v6     IPv4 (default), IPv6 or both\n"
	      "  --pin PIN               SIM PIN, entered if the SIM asks for it\n"
	      "  --force-pin             try the PIN even when only one try is left\n"
	      "  --user U --password P   credentials; --auth none|pap|chap|both\n"
	      "  --ifname IF             the network interface (default: the SDK finds it)\n"
	      "  --no-netcfg             configure no interface (session only)\n"
	      "  --no-default-route      addresses only, no default routes\n"
	      "  --resolv-conf PATH      write the DNS servers there (restored on down)\n"
	      "  --background            return once connected; the link stays up in a\n"
	      "                          background process until `down`\n"
	      "  --reg-timeout S         wait this long for registration (60)\n"
	      "  --backoff-min MS, --backoff-max MS   reconnect delays (1000, 60000)\n"
	      "Common options:\n"
	      "  --sdk PATH              the slqssdk daemon to start if none runs\n"
	      "  --modem N               modem index (0)\n"
	      "  --device-timeout S      wait this long for the modem (30)\n"
	      "  --pid-file PATH         the running instance's pid file\n"
	      "  --down-timeout S        `down`: wait this long for the link to go (30)\n"
	      "  -v, --verbose  -q, --quiet  --no-syslog\n"
	      "\n"
	      "Exit codes: 0 done (status: connected), 1 other error, 2 usage,\n"
	      "  3 no SDK daemon or modem, 4 SIM PIN needed/wrong/blocked/one try left,\n"
	      "  5 not registered in time, 6 session refused by the network,\n"
	      "  7 interface or resolv.conf configuration failed, 8 session ended\n"
	      "  by the network (up), 9 not connected (status)\n",
	      to);
}

static bool parse_uint(const char *s, unsigned long max, unsigned long *out)
{
	char *end;

	if (!s || !*s)
		return false;
	*out = strtoul(s, &end, 10);
	return !*end && *out <= max;
}

static bool parse_family(const char *s, enum cm_family *f)
{
	if (!strcmp(s, "4"))
		*f = CM_V4;
	else if (!strcmp(s, "6"))
		*f = CM_V6;
	else if (!strcmp(s, "4v6") || !strcmp(s, "46") || !strcmp(s, "both"))
		*f = CM_V4V6;
	else
		return false;
	return true;
}

static bool parse_auth(const char *s, ULONG *auth)
{
	static const char *const names[] = { "none", "pap", "chap", "both" };
	ULONG i;

	for (i = 0; i < 4; i++)
		if (!strcasecmp(s, names[i])) {
			*auth = i;	/* bit 0 PAP, bit 1 CHAP */
			return true;
		}
	return false;
}

enum {
	OPT_APN = 256, OPT_PROFILE, OPT_FAMILY, OPT_PIN, OPT_FORCE_PIN, OPT_USER, OPT_PASSWORD,
	OPT_AUTH, OPT_IFNAME, OPT_NO_NETCFG, OPT_NO_ROUTE, OPT_RESOLV, OPT_BACKGROUND,
	OPT_REG_TIMEOUT, OPT_BACKOFF_MIN, OPT_BACKOFF_MAX, OPT_SDK, OPT_MODEM, OPT_DEV_TIMEOUT,
	OPT_PIDFILE, OPT_DOWN_TIMEOUT, OPT_NO_SYSLOG,
};

static const struct option long_options[] = {
	{ "apn", required_argument, NULL, OPT_APN },
	{ "profile", required_argument, NULL, OPT_PROFILE },
	{ "ip-family", required_argument, NULL, OPT_FAMILY },
	{ "pin", required_argument, NULL, OPT_PIN },
	{ "force-pin", no_argument, NULL, OPT_FORCE_PIN },
	{ "user", required_argument, NULL, OPT_USER },
	{ "password", required_argument, NULL, OPT_PASSWORD },
	{ "auth", required_argument, NULL, OPT_AUTH },
	{ "ifname", required_argument, NULL, OPT_IFNAME },
	{ "no-netcfg", no_argument, NULL, OPT_NO_NETCFG },
	{ "no-default-route", no_argument, NULL, OPT_NO_ROUTE },
	{ "resolv-conf", required_argument, NULL, OPT_RESOLV },
	{ "background", no_argument, NULL, OPT_BACKGROUND },
	{ "reg-timeout", required_argument, NULL, OPT_REG_TIMEOUT },
	{ "backoff-min", required_argument, NULL, OPT_BACKOFF_MIN },
	{ "backoff-max", required_argument, NULL, OPT_BACKOFF_MAX },
	{ "sdk", required_argument, NULL, OPT_SDK },
	{ "modem", required_argument, NULL, OPT_MODEM },
	{ "device-timeout", required_argument, NULL, OPT_DEV_TIMEOUT },
	{ "pid-file", required_argument, NULL, OPT_PIDFILE },
	{ "down-timeout", required_argument, NULL, OPT_DOWN_TIMEOUT },
	{ "no-syslog", no_argument, NULL, OPT_NO_SYSLOG },
	{ "verbose", no_argument, NULL, 'v' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

int cm_args_bad(const char *what, const char *value)
{
	fprintf(stderr, "connectionmgr: bad %s: '%s'\n", what, value ? value : "");
	return CM_EXIT_USAGE;
}

/* A whole number from min to max into *out; CM_EXIT_OK or CM_EXIT_USAGE. */
static int number(const char *arg, unsigned min, unsigned max, const char *what, unsigned *out)
{
	unsigned long n;

	if (!parse_uint(arg, max, &n) || n < min)
		return cm_args_bad(what, arg);
	*out = (unsigned)n;
	return CM_EXIT_OK;
}

/* One option; CM_EXIT_OK or CM_EXIT_USAGE. */
static int take(struct cm_options *o, int c, const char *arg)
{
	unsigned n;
	int rc;

	switch (c) {
	case OPT_APN: o->apn = arg; break;
	case OPT_PROFILE:
		rc = number(arg, 1, 16, "profile index (1-16)", &n);
		o->profile = (ULONG)n;
		return rc;
	case OPT_FAMILY:
		if (!parse_family(arg, &o->family))
			return cm_args_bad("IP family (4, 6 or 4v6)", arg);
		break;
	case OPT_PIN: o->pin = arg; break;
	case OPT_FORCE_PIN: o->force_pin = true; break;
	case OPT_USER: o->user = arg; break;
	case OPT_PASSWORD: o->password = arg; break;
	case OPT_AUTH:
		if (!parse_auth(arg, &o->auth))
			return cm_args_bad("authentication (none, pap, chap or both)", arg);
		break;
	case OPT_IFNAME: o->ifname = arg; break;
	case OPT_NO_NETCFG: o->netcfg = false; break;
	case OPT_NO_ROUTE: o->default_route = false; break;
	case OPT_RESOLV: o->resolv_conf = arg; break;
	case OPT_BACKGROUND: o->background = true; break;
	case OPT_REG_TIMEOUT:
		return number(arg, 0, 3600, "registration timeout (s)", &o->reg_timeout_s);
	case OPT_BACKOFF_MIN:
		return number(arg, 1, 3600000, "backoff (ms)", &o->backoff_min_ms);
	case OPT_BACKOFF_MAX:
		return number(arg, 1, 3600000, "backoff (ms)", &o->backoff_max_ms);
	case OPT_SDK: o->sdk_path = arg; break;
	case OPT_MODEM:
		rc = number(arg, 0, 8, "modem index (0-8)", &n);
		o->modem_index = (BYTE)n;
		return rc;
	case OPT_DEV_TIMEOUT:
		return number(arg, 0, 3600, "device timeout (s)", &o->device_timeout_s);
	case OPT_DOWN_TIMEOUT:
		return number(arg, 0, 3600, "down timeout (s)", &o->down_timeout_s);
	case OPT_PIDFILE: o->pid_file = arg; break;
	case OPT_NO_SYSLOG: o->use_syslog = false; break;
	case 'v': o->log_level = CM_DEBUG; break;
	case 'q': o->log_level = CM_WARN; break;
	default: return CM_EXIT_USAGE;
	}
	return CM_EXIT_OK;
}

int cm_args_parse(struct cm_options *o, int argc, char **argv)
{
	size_t i;
	int c, rc;

	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
		cm_args_usage(stdout);
		return -1;
	}
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (!strcmp(argv[1], commands[i].name))
			o->command = commands[i].command;
	o->reconnect = o->command == CM_CMD_WATCH;
	optind = 2;
	while ((c = getopt_long(argc, argv, "vqh", long_options, NULL)) != -1) {
		if (c == 'h') {
			cm_args_usage(stdout);
			return -1;
		}
		rc = take(o, c, optarg);
		if (rc != CM_EXIT_OK)
			return rc;
	}
	if (optind < argc)
		return cm_args_bad("argument", argv[optind]);
	if (o->backoff_max_ms < o->backoff_min_ms)
		o->backoff_max_ms = o->backoff_min_ms;
	if ((o->user || o->password) && !o->auth)
		o->auth = 3;	/* credentials without --auth: whichever the network asks */
	return CM_EXIT_OK;
}
