/*
 * Control commands: one line in, one line out ("ok ..." or "error: ...").
 * The framework's commands (stats and the faults) are here; a line whose
 * first word is a service name goes to that service's control hook.
 */
#include "tools/qmisim/sim_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define CONTROL_MAX_LINE 1024
#define CONTROL_MAX_ARGS 32

struct command {
	const char *name;
	const char *args;	/* usage of the arguments, for help */
	int min_args, max_args;
	/* Writes the text after "ok " (or the reason after "error: "); 0 or -1. */
	int (*fn)(struct sim_modem *m, int argc, char **argv, char *out, size_t outlen);
};

static const struct command commands[];

static int cmd_help(struct sim_modem *m, int argc, char **argv, char *out, size_t outlen)
{
	(void)argc;
	(void)argv;
	sim_appendf(out, outlen, "commands:");
	for (const struct command *c = commands; c->name; c++)
		sim_appendf(out, outlen, " %s%s%s;", c->name, c->args[0] ? " " : "", c->args);
	sim_appendf(out, outlen, " modem N COMMAND; services:");
	for (size_t i = 0; i < m->n_slots; i++)
		if (m->slots[i].svc->control)
			sim_appendf(out, outlen, " %s", m->slots[i].svc->name);
	sim_appendf(out, outlen, " (SERVICE help)");
	return 0;
}

static int cmd_stats(struct sim_modem *m, int argc, char **argv, char *out, size_t outlen)
{
	const struct sim_stats *st = &m->stats;
	char extra[SIM_CONTROL_MAX];

	(void)argc;
	(void)argv;
	sim_appendf(out, outlen,
		    "modem=%u name=%s plugged=%d requests=%lu responses=%lu indications=%lu "
		    "malformed=%lu garbage=%lu dropped=%lu replayed=%lu resets=%lu "
		    "delay_ms=%u drop_pending=%lu requests.ctl=%lu",
		    m->index, m->name, !m->unplugged, st->requests, st->responses,
		    st->indications, st->malformed, st->garbage, st->dropped, st->replayed,
		    st->resets, m->delay_ms, m->drop_next, m->ctl_requests);
	for (size_t i = 0; i < m->n_slots; i++) {
		const struct sim_slot *s = &m->slots[i];

		sim_appendf(out, outlen, " cids.%s=%u limit.%s=%u requests.%s=%lu", s->svc->name,
			    s->in_use, s->svc->name, s->cid_limit, s->svc->name, s->requests);
	}
	for (size_t i = 0; i < m->n_slots; i++) {
		if (!m->slots[i].svc->describe)
			continue;
		/* A fresh buffer each: a hook that overwrites cannot erase the rest. */
		extra[0] = '\0';
		m->slots[i].svc->describe(m, m->slots[i].state, extra, sizeof(extra));
		if (extra[0])
			sim_appendf(out, outlen, " %s", extra + strspn(extra, " "));
	}
	return 0;
}

static int cmd_reset(struct sim_modem *m, int argc, char **argv, char *out, size_t outlen)
{
	(void)argc;
	(void)argv;
	if (m->unplugged) {
		snprintf(out, outlen, "the modem is unplugged");
		return -1;
	}
	sim_request_reset(m);
	snprintf(out, outlen, "reset: Sync indication sent, client ids dropped");
	return 0;
}

static int cmd_unplug(struct sim_modem *m, int argc, char **argv, char *out, size_t outlen)
{
	(void)argc;
	(void)argv;
	if (m->unplugged) {
		snprintf(out, outlen, "already unplugged");
		return -1;
	}
	if (m->io.unplug && m->io.unplug(m->io.arg, m, out, outlen))
		return -1;
	m->unplugged = 1;
	/* The device is gone: so are its clients, its queue and partial input. */
	sim_discard_output(m, SIM_PORT_ALL);
	for (unsigned i = 0; i < SIM_MAX_PORTS; i++)
		sim_modem_port_closed(m, i);
	sim_client_release_all(m, NULL);
	snprintf(out, outlen, "unplugged");
	return 0;
}

static int cmd_replug(struct sim_modem *m, int argc, char **argv, char *out, size_t outlen)
{
	(void)argc;
	(void)argv;
	if (!m->unplugged) {
		snprintf(out, outlen, "not unplugged");
		return -1;
	}
	char where[SIM_CONTROL_MAX] = "";

	if (m->io.replug && m->io.replug(m->io.arg, m, where, sizeof(where))) {
		snprintf(out, outlen, "%s", where);
		return -1;
	}
	m->unplugged = 0;
	sim_event(m, SIM_EV_BOOT);	/* a modem plugged in boots */
	snprintf(out, outlen, "replugged%s%s", where[0] ? " " : "", where);
	return 0;
}

static int number_arg(const char *arg, long long max, long long *v, char *out, size_t outlen)
{
	return sim_parse_int(arg, 0, max, v, out, outlen);
}

static int cmd_delay(struct sim_modem *m, int argc, char **argv, char *out, size_t outlen)
{
	long long v;

	(void)argc;
	if (number_arg(argv[1], 600000, &v, out, outlen))
		return -1;
	m->delay_ms = (unsigned)v;
	snprintf(out, outlen, "responses delayed by %u ms", m->delay_ms);
	return 0;
}

static int cmd_drop(struct sim_modem *m, int argc, char **argv, char *out, size_t outlen)
{
	long long v;

	(void)argc;
	if (number_arg(argv[1], 1000000, &v, out, outlen))
		return -1;
	m->drop_next = (unsigned long)v;
	snprintf(out, outlen, "the next %lu responses will be dropped", m->drop_next);
	return 0;
}

static int cmd_malformed(struct sim_modem *m, int argc, char **argv, char *out,
			 size_t outlen)
{
	const char *kind = argc > 1 ? argv[1] : "tlv";

	if (m->unplugged) {
		snprintf(out, outlen, "the modem is unplugged");
		return -1;
	}
	if (sim_send_malformed(m, kind)) {
		snprintf(out, outlen, "unknown kind '%s' (tlv, truncated, garbage)", kind);
		return -1;
	}
	snprintf(out, outlen, "malformed frame (%s) sent", kind);
	return 0;
}

static struct sim_slot *service_arg(struct sim_modem *m, const char *name, char *out,
				    size_t outlen)
{
	struct sim_slot *s = sim_slot_by_name(m, name);

	if (!s)
		snprintf(out, outlen, "unknown service '%s'", name);
	return s;
}

static int cmd_exhaust(struct sim_modem *m, int argc, char **argv, char *out, size_t outlen)
{
	struct sim_slot *s = service_arg(m, argv[1], out, outlen);
	unsigned taken = 0;

	(void)argc;
	if (!s)
		return -1;
	while (sim_client_alloc(m, s, SIM_PORT_NONE) > 0)
		taken++;
	snprintf(out, outlen, "%s: %u of %u client ids in use (%u taken now)", s->svc->name,
		 s->in_use, s->cid_limit, taken);
	return 0;
}

static int cmd_release_all(struct sim_modem *m, int argc, char **argv, char *out,
			   size_t outlen)
{
	struct sim_slot *s = NULL;

	if (argc > 1 && !(s = service_arg(m, argv[1], out, outlen)))
		return -1;
	sim_client_release_all(m, s);
	snprintf(out, outlen, "client ids of %s released", s ? s->svc->name : "every service");
	return 0;
}

static const struct command commands[] = {
	{ "help", "", 0, 0, cmd_help },
	{ "stats", "", 0, 0, cmd_stats },
	{ "reset", "", 0, 0, cmd_reset },
	{ "unplug", "", 0, 0, cmd_unplug },
	{ "replug", "", 0, 0, cmd_replug },
	{ "delay", "MS", 1, 1, cmd_delay },
	{ "drop", "N", 1, 1, cmd_drop },
	{ "malformed", "[tlv|truncated|garbage]", 0, 1, cmd_malformed },
	{ "exhaust", "SERVICE", 1, 1, cmd_exhaust },
	{ "release-all", "[SERVICE]", 0, 1, cmd_release_all },
	{ NULL, NULL, 0, 0, NULL }
};

/* Runs a service's hook; the hook may or may not start its answer with ok/error. */
static int service_command(struct sim_modem *m, struct sim_slot *s, int argc, char **argv,
			   char *out, size_t outlen)
{
	char answer[SIM_CONTROL_MAX] = "";
	int rc = s->svc->control(m, s->state, argc, argv, answer, sizeof(answer));

	if (!strncmp(answer, "ok", 2) && (answer[2] == ' ' || !answer[2]))
		snprintf(out, outlen, "%s", answer);
	else if (!strncmp(answer, "error", 5))
		snprintf(out, outlen, "%s", answer);
	else
		snprintf(out, outlen, "%s%s%s", rc ? "error: " : "ok", !rc && answer[0] ? " " : "",
			 rc && !answer[0] ? "failed" : answer);
	return rc ? -1 : 0;
}

static int run_words(struct sim_modem *m, int argc, char **argv, char *out, size_t outlen)
{
	char text[SIM_CONTROL_MAX] = "";
	const struct command *c;
	struct sim_slot *s;
	int rc;

	for (c = commands; c->name; c++)
		if (!strcasecmp(argv[0], c->name))
			break;
	if (!c->name) {
		s = sim_slot_by_name(m, argv[0]);
		if (s && s->svc->control)
			return service_command(m, s, argc, argv, out, outlen);
		snprintf(out, outlen, "error: unknown command '%s' (try help)", argv[0]);
		return -1;
	}
	if (argc - 1 < c->min_args || argc - 1 > c->max_args) {
		snprintf(out, outlen, "error: usage: %s%s%s", c->name, c->args[0] ? " " : "",
			 c->args);
		return -1;
	}
	rc = c->fn(m, argc, argv, text, sizeof(text));
	snprintf(out, outlen, "%s%s%s", rc ? "error: " : "ok", !rc && text[0] ? " " : "", text);
	return rc;
}

/* Copies a line and splits it; fills out and returns -1 if it cannot. */
static int split_line(const char *line, char *buf, char **argv, int *argc, char *out,
		      size_t outlen)
{
	size_t len = strcspn(line, "\r\n");

	if (len > CONTROL_MAX_LINE) {
		snprintf(out, outlen, "error: command longer than %d characters",
			 CONTROL_MAX_LINE);
		return -1;
	}
	memcpy(buf, line, len);
	buf[len] = '\0';
	*argc = sim_split_words(buf, argv, CONTROL_MAX_ARGS);
	if (*argc <= 0) {
		snprintf(out, outlen, "error: %s", *argc ? "too many words" : "empty command");
		return -1;
	}
	return 0;
}

int sim_modem_control(struct sim_modem *m, const char *line, char *out, size_t outlen)
{
	char buf[CONTROL_MAX_LINE + 1], *argv[CONTROL_MAX_ARGS];
	int argc, rc;

	if (split_line(line, buf, argv, &argc, out, outlen))
		return -1;
	rc = run_words(m, argc, argv, out, outlen);
	sim_modem_flush(m);
	return rc;
}

int sim_control_dispatch(struct sim_modem *const *modems, unsigned n, const char *line,
			 char *out, size_t outlen)
{
	char buf[CONTROL_MAX_LINE + 1], *words[CONTROL_MAX_ARGS], **argv = words;
	struct sim_modem *m;
	long long idx = 0;
	int argc, rc;

	if (split_line(line, buf, words, &argc, out, outlen))
		return -1;
	if (!strcasecmp(argv[0], "modem")) {
		char why[128];

		if (argc < 3) {
			snprintf(out, outlen, "error: usage: modem N COMMAND");
			return -1;
		}
		if (n == 0 || sim_parse_int(argv[1], 0, (long long)n - 1, &idx, why,
					    sizeof(why))) {
			snprintf(out, outlen, "error: no modem %s (there are %u)", argv[1], n);
			return -1;
		}
		argv += 2;
		argc -= 2;
	} else if (n == 0) {
		snprintf(out, outlen, "error: no modem");
		return -1;
	}
	m = modems[idx];
	rc = run_words(m, argc, argv, out, outlen);
	sim_modem_flush(m);
	return rc;
}
