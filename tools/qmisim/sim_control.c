/*
 * Control commands: one line in, one line out ("ok ..." or "error: ...").
 * The framework's commands (stats and the faults) are here; a line whose
 * first word is a service name runs a row of that service's command table.
 * Every command returns its status; the prefix comes from that, never from
 * the text.
 */
#include "tools/qmisim/sim_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define CONTROL_MAX_LINE 1024
#define CONTROL_MAX_ARGS 32

static const struct sim_command commands[];

/* `help`: the framework's commands and the services that have their own. */
static int cmd_help(const struct sim_control *ctl)
{
	struct sim_modem *m = ctl->modem;

	sim_appendf(ctl->out, ctl->outlen, "commands:");
	for (const struct sim_command *c = commands; c->name; c++)
		sim_appendf(ctl->out, ctl->outlen, " %s%s%s;", c->name, c->args[0] ? " " : "",
			    c->args);
	sim_appendf(ctl->out, ctl->outlen, " modem N COMMAND; services:");
	for (size_t i = 0; i < m->n_slots; i++)
		if (m->slots[i].svc->commands || m->slots[i].svc->sections)
			sim_appendf(ctl->out, ctl->outlen, " %s", m->slots[i].svc->name);
	sim_appendf(ctl->out, ctl->outlen, " (SERVICE help)");
	return 0;
}

static int cmd_stats(const struct sim_control *ctl)
{
	struct sim_modem *m = ctl->modem;
	const struct sim_stats *st = &m->stats;
	char extra[SIM_CONTROL_MAX];

	sim_appendf(ctl->out, ctl->outlen,
		    "modem=%u name=%s plugged=%d requests=%lu responses=%lu indications=%lu "
		    "malformed=%lu garbage=%lu dropped=%lu replayed=%lu resets=%lu "
		    "delay_ms=%u drop_pending=%lu requests.ctl=%lu",
		    m->index, m->name, !m->unplugged, st->requests, st->responses,
		    st->indications, st->malformed, st->garbage, st->dropped, st->replayed,
		    st->resets, m->delay_ms, m->drop_next, m->ctl_requests);
	sim_appendf(ctl->out, ctl->outlen,
		    " net.from_host=%lu net.to_host=%lu net.dropped=%lu net.not_raw_ip=%lu"
		    " net.unanswered=%lu net.malformed=%lu", m->net.stats.from_host,
		    m->net.stats.to_host, m->net.stats.dropped, m->net.stats.not_raw_ip,
		    m->net.stats.unanswered, m->net.stats.malformed);
	for (size_t i = 0; i < m->n_slots; i++) {
		const struct sim_slot *s = &m->slots[i];

		sim_appendf(ctl->out, ctl->outlen, " cids.%s=%u limit.%s=%u requests.%s=%lu",
			    s->svc->name, s->in_use, s->svc->name, s->cid_limit, s->svc->name,
			    s->requests);
	}
	for (size_t i = 0; i < m->n_slots; i++) {
		if (!m->slots[i].svc->describe)
			continue;
		/* A fresh buffer each: a hook that overwrites cannot erase the rest. */
		extra[0] = '\0';
		m->slots[i].svc->describe(m, m->slots[i].state, extra, sizeof(extra));
		if (extra[0])
			sim_appendf(ctl->out, ctl->outlen, " %s", extra + strspn(extra, " "));
	}
	return 0;
}

/* The answer of a command that fails: its reason. */
static int refuse(const struct sim_control *ctl, const char *why)
{
	sim_copy_string(ctl->out, ctl->outlen, why);
	return -1;
}

static int cmd_reset(const struct sim_control *ctl)
{
	if (ctl->modem->unplugged)
		return refuse(ctl, "the modem is unplugged");
	sim_request_reset(ctl->modem);
	sim_copy_string(ctl->out, ctl->outlen, "reset: Sync indication sent, client ids dropped");
	return 0;
}

static int cmd_unplug(const struct sim_control *ctl)
{
	struct sim_modem *m = ctl->modem;

	if (m->unplugged)
		return refuse(ctl, "already unplugged");
	if (m->io.unplug && m->io.unplug(m->io.arg, m, ctl->out, ctl->outlen))
		return -1;
	m->unplugged = 1;
	/* The device is gone: so are its clients, its queue and partial input. */
	sim_discard_output(m, SIM_PORT_ALL);
	for (unsigned i = 0; i < SIM_MAX_PORTS; i++)
		sim_modem_port_closed(m, i);
	sim_client_release_all(m, NULL);
	sim_copy_string(ctl->out, ctl->outlen, "unplugged");
	return 0;
}

static int cmd_replug(const struct sim_control *ctl)
{
	struct sim_modem *m = ctl->modem;
	char where[SIM_CONTROL_MAX] = "";

	if (!m->unplugged)
		return refuse(ctl, "not unplugged");
	if (m->io.replug && m->io.replug(m->io.arg, m, where, sizeof(where)))
		return refuse(ctl, where);
	m->unplugged = 0;
	sim_event(m, SIM_EV_BOOT);	/* a modem plugged in boots */
	snprintf(ctl->out, ctl->outlen, "replugged%s%s", where[0] ? " " : "", where);
	return 0;
}

/* The fault settings the commands change, as settings rows of the modem. */
static const struct sim_setting fault_settings[] = {
	{ .name = "delay", .type = SIM_SET_INT, SIM_AT(struct sim_modem, delay_ms),
	  .min = 0, .max = SIM_DELAY_MAX_MS },
	{ .name = "drop", .type = SIM_SET_INT, SIM_AT(struct sim_modem, drop_next),
	  .min = 0, .max = 1000000 },
	SIM_SETTINGS_END
};

static int set_fault(const struct sim_control *ctl)
{
	return sim_setting_apply(sim_setting_find(fault_settings, ctl->argv[0]), ctl->modem,
				 ctl->argv[1], ctl->out, ctl->outlen);
}

static int cmd_delay(const struct sim_control *ctl)
{
	if (set_fault(ctl))
		return -1;
	snprintf(ctl->out, ctl->outlen, "responses delayed by %u ms", ctl->modem->delay_ms);
	return 0;
}

static int cmd_drop(const struct sim_control *ctl)
{
	if (set_fault(ctl))
		return -1;
	snprintf(ctl->out, ctl->outlen, "the next %lu responses will be dropped",
		 ctl->modem->drop_next);
	return 0;
}

static int cmd_malformed(const struct sim_control *ctl)
{
	const char *kind = ctl->argc > 1 ? ctl->argv[1] : "tlv";

	if (ctl->modem->unplugged)
		return refuse(ctl, "the modem is unplugged");
	if (sim_send_malformed(ctl->modem, kind)) {
		snprintf(ctl->out, ctl->outlen, "unknown kind '%s' (tlv, truncated, garbage)",
			 kind);
		return -1;
	}
	snprintf(ctl->out, ctl->outlen, "malformed frame (%s) sent", kind);
	return 0;
}

static struct sim_slot *service_arg(const struct sim_control *ctl, const char *name)
{
	struct sim_slot *s = sim_slot_by_name(ctl->modem, name);

	if (!s)
		snprintf(ctl->out, ctl->outlen, "unknown service '%s'", name);
	return s;
}

static int cmd_exhaust(const struct sim_control *ctl)
{
	struct sim_slot *s = service_arg(ctl, ctl->argv[1]);
	unsigned taken = 0;

	if (!s)
		return -1;
	while (sim_client_alloc(ctl->modem, s, SIM_PORT_NONE) > 0)
		taken++;
	snprintf(ctl->out, ctl->outlen, "%s: %u of %u client ids in use (%u taken now)",
		 s->svc->name, s->in_use, s->cid_limit, taken);
	return 0;
}

static int cmd_release_all(const struct sim_control *ctl)
{
	struct sim_slot *s = NULL;

	if (ctl->argc > 1 && !(s = service_arg(ctl, ctl->argv[1])))
		return -1;
	sim_client_release_all(ctl->modem, s);
	snprintf(ctl->out, ctl->outlen, "client ids of %s released",
		 s ? s->svc->name : "every service");
	return 0;
}

static const struct sim_command commands[] = {
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
	SIM_COMMANDS_END
};

static const struct sim_command *command_find(const struct sim_command *table,
					      const char *name)
{
	for (; table && table->name; table++)
		if (!strcasecmp(table->name, name))
			return table;
	return NULL;
}

/* "usage: nas status; nas rat lte|umts|gsm; ..." */
static void service_usage(const struct sim_service *svc, char *out, size_t outlen)
{
	sim_appendf(out, outlen, "usage:");
	for (const struct sim_command *c = svc->commands; c && c->name; c++)
		sim_appendf(out, outlen, "%s %s %s%s%s", c == svc->commands ? "" : ";", svc->name,
			    c->name, c->args[0] ? " " : "", c->args);
}

/* `SERVICE help`: its commands, then its settings, section by section. */
static void service_help(const struct sim_service *svc, char *out, size_t outlen)
{
	service_usage(svc, out, outlen);
	for (const struct sim_section *d = svc->sections; d && d->settings; d++) {
		sim_appendf(out, outlen, "; settings of [%s%s%s%s%s]: ", svc->name,
			    d->kind ? "." : "", d->kind ? d->kind : "", d->arg_hint ? " " : "",
			    d->arg_hint ? d->arg_hint : "");
		sim_settings_list(d->settings, out, outlen);
	}
}

/* Runs one command row: checks its argument count, then the command itself. */
static int run_command(const struct sim_command *c, struct sim_control *ctl)
{
	if (ctl->argc - 1 < c->min_args || ctl->argc - 1 > c->max_args) {
		snprintf(ctl->out, ctl->outlen, "usage: %s%s%s", c->name, c->args[0] ? " " : "",
			 c->args);
		return -1;
	}
	return c->run(ctl) ? -1 : 0;
}

/* A service's command: "nas signal rssi=-70" (argv[0] is the service). */
static int service_command(struct sim_slot *s, struct sim_control *ctl)
{
	const struct sim_service *svc = s->svc;
	const struct sim_command *c;

	if (ctl->argc == 2 && !strcasecmp(ctl->argv[1], "help")) {
		service_help(svc, ctl->out, ctl->outlen);
		return 0;
	}
	c = ctl->argc < 2 ? NULL : command_find(svc->commands, ctl->argv[1]);
	if (!c) {
		service_usage(svc, ctl->out, ctl->outlen);
		return -1;
	}
	ctl->state = s->state;
	ctl->argc--;
	ctl->argv++;
	return run_command(c, ctl);
}

/* Runs a command and writes its answer: "ok TEXT" or "error: TEXT", by its status. */
static int run_words(struct sim_modem *m, int argc, char **argv, char *out, size_t outlen)
{
	char text[SIM_CONTROL_MAX] = "";
	struct sim_control ctl = { .modem = m, .argc = argc, .argv = argv, .out = text,
				   .outlen = sizeof(text) };
	const struct sim_command *c = command_find(commands, argv[0]);
	struct sim_slot *s = c ? NULL : sim_slot_by_name(m, argv[0]);
	int rc;

	if (c)
		rc = run_command(c, &ctl);
	else if (s && (s->svc->commands || s->svc->sections))
		rc = service_command(s, &ctl);
	else {
		snprintf(text, sizeof(text), "unknown command '%s' (try help)", argv[0]);
		rc = -1;
	}
	if (rc)
		snprintf(out, outlen, "error: %s", text[0] ? text : "failed");
	else
		snprintf(out, outlen, "ok%s%s", text[0] ? " " : "", text);
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
