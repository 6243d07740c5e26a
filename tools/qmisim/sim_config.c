/*
 * The config file: INI-style text.
 *
 *   # a comment (a line whose first non-blank character is # or ;)
 *   [modem]                 framework: name, response_delay_ms
 *   [ctl]                   framework: cid_limit, cid_limit.<svc>
 *   [tun]                   framework: the data path (sim_net.h)
 *   [dms]                   a service's section: keys from its settings table
 *   [wds.apn internet]      a service's sub-section: the "apn" table, its block located
 *                           by "internet"
 *   key = value             blanks around both are dropped; "..." keeps them
 *
 * Anything else is an error naming the file and line. The text is
 * untrusted: lines are bounded, control characters refused.
 */
#include "tools/qmisim/sim_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define CONFIG_MAX_BYTES (1024 * 1024)
#define CONFIG_MAX_LINE  1024
#define ERR_MAX          256

/* The section being read. */
struct section {
	char name[SIM_NAME_MAX];	/* "modem", "ctl" or a service name */
	char kind[SIM_NAME_MAX];	/* "apn" of [wds.apn x], "" if none */
	char sub[SIM_NAME_MAX];		/* the argument, "" if none */
	struct sim_slot *slot;		/* for a service section */
	const struct sim_section *def;	/* its settings */
};

/* [ctl] limits are resolved at the end: a per-service key beats cid_limit. */
struct limits {
	long long all;			/* -1: not given */
	long long per[SIM_MAX_SERVICES];	/* by slot index; -1: not given */
};

static char *trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

static int name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '-' || c == '.';
}

static int valid_name(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!name_char(*s))
			return 0;
	return 1;
}

/* The service's section of that kind; an argument only where it takes one. */
static int find_section(struct section *sec, const char *kind, const char *arg, char *err,
			size_t errlen)
{
	const struct sim_section *d;

	for (d = sec->slot->svc->sections; d->settings; d++)
		if (kind ? d->kind && !strcasecmp(d->kind, kind) : !d->kind)
			break;
	if (!d->settings) {
		snprintf(err, errlen, "unknown section [%s%s%s]", sec->name, kind ? "." : "",
			 kind ? kind : "");
		for (d = sec->slot->svc->sections; d->settings; d++)
			sim_appendf(err, errlen, "%s [%s%s%s%s%s]",
				    d == sec->slot->svc->sections ? " (sections:" : ",", sec->name,
				    d->kind ? "." : "", d->kind ? d->kind : "",
				    d->arg_hint ? " " : "", d->arg_hint ? d->arg_hint : "");
		sim_appendf(err, errlen, ")");
		return -1;
	}
	if (*arg && !d->locate) {
		snprintf(err, errlen, "[%s] takes no argument", sec->name);
		return -1;
	}
	sec->def = d;
	return 0;
}

/* "[name]" or "[name argument]"; name is modem, ctl, <svc> or <svc>.<kind>. */
static int parse_section(struct sim_modem *m, char *line, struct section *sec, char *err,
			 size_t errlen)
{
	char *end = strchr(line, ']'), *name, *arg, *dot;

	if (!end || trim(end + 1)[0]) {
		snprintf(err, errlen, "a section header must be [name] or [name argument]");
		return -1;
	}
	*end = '\0';
	name = trim(line + 1);
	arg = name + strcspn(name, " \t");
	if (*arg)
		*arg++ = '\0';
	arg = trim(arg);
	if (!valid_name(name) || (*arg && !valid_name(arg)) || strlen(name) >= SIM_NAME_MAX ||
	    strlen(arg) >= SIM_NAME_MAX) {
		snprintf(err, errlen, "bad section header: names use letters, digits, "
			 "'_', '-' and '.' (at most %d)", SIM_NAME_MAX - 1);
		return -1;
	}
	memset(sec, 0, sizeof(*sec));
	dot = strchr(name, '.');
	if (dot)
		*dot = '\0';	/* "wds.apn": the service is what comes before the dot */
	strcpy(sec->name, name);
	strcpy(sec->kind, dot ? dot + 1 : "");
	strcpy(sec->sub, arg);
	if (!strcasecmp(name, "modem") || !strcasecmp(name, "ctl") || !strcasecmp(name, "tun")) {
		if (dot || *arg) {
			snprintf(err, errlen, "[%s] takes no argument", name);
			return -1;
		}
		return 0;
	}
	if (dot && !*arg) {
		snprintf(err, errlen, "[%s.%s] needs an argument: [%s.%s NAME]", name, dot + 1,
			 name, dot + 1);
		return -1;
	}
	sec->slot = sim_slot_by_name(m, name);
	if (!sec->slot || !sec->slot->svc->sections) {
		snprintf(err, errlen, "unknown section [%s]%s", name,
			 sec->slot ? " (that service has no settings)" : "");
		return -1;
	}
	return find_section(sec, dot ? dot + 1 : NULL, arg, err, errlen);
}

/* [modem]: the framework's own settings, in the modem object. */
static const struct sim_setting modem_settings[] = {
	{ .name = "name", .type = SIM_SET_STRING, SIM_AT(struct sim_modem, name) },
	{ .name = "response_delay_ms", .type = SIM_SET_INT, SIM_AT(struct sim_modem, delay_ms),
	  .min = 0, .max = SIM_DELAY_MAX_MS },
	SIM_SETTINGS_END
};

/* One key of a table: found and applied, or an error naming the keys there are. */
static int table_key(const struct sim_setting *table, void *block, const char *where,
		     const char *key, const char *value, char *err, size_t errlen)
{
	const struct sim_setting *row = sim_setting_find(table, key);

	if (row)
		return sim_setting_apply(row, block, value, err, errlen);
	snprintf(err, errlen, "unknown key '%s' in %s (", key, where);
	for (row = table; row->name; row++)
		sim_appendf(err, errlen, "%s%s", row == table ? "" : ", ", row->name);
	sim_appendf(err, errlen, ")");
	return -1;
}

static int service_key(struct sim_modem *m, const struct section *sec, const char *key,
		       const char *value, char *err, size_t errlen)
{
	void *state = sec->slot->state, *block = state;
	char where[3 * SIM_NAME_MAX];

	if (sec->def->locate) {
		block = sec->def->locate(m, state, sec->sub, err, errlen);
		if (!block)
			return -1;
	}
	snprintf(where, sizeof(where), "[%s%s%s]", sec->name, sec->kind[0] ? "." : "",
		 sec->kind);
	if (table_key(sec->def->settings, block, where, key, value, err, errlen))
		return -1;
	if (sec->def->changed)
		sec->def->changed(m, state);
	return 0;
}

static int ctl_key(struct sim_modem *m, struct limits *lim, const char *key,
		   const char *value, char *err, size_t errlen)
{
	struct sim_slot *s = NULL;
	long long v;

	if (!strncasecmp(key, "cid_limit.", 10)) {
		s = sim_slot_by_name(m, key + 10);
		if (!s) {
			snprintf(err, errlen, "unknown service '%s' in %s", key + 10, key);
			return -1;
		}
	} else if (strcasecmp(key, "cid_limit")) {
		snprintf(err, errlen, "unknown key '%s' in [ctl] (cid_limit, cid_limit.<service>)",
			 key);
		return -1;
	}
	if (sim_parse_int(value, 0, SIM_CID_MAX, &v, err, errlen))
		return -1;
	if (s)
		lim->per[s - m->slots] = v;
	else
		lim->all = v;
	return 0;
}

/* Strips the quotes of a "quoted value" (which may then hold blanks). */
static int unquote(char **value, char *err, size_t errlen)
{
	size_t len = strlen(*value);

	if (len == 0 || (*value)[0] != '"')
		return 0;
	if (len < 2 || (*value)[len - 1] != '"') {
		snprintf(err, errlen, "a quoted value must end with '\"'");
		return -1;
	}
	(*value)[len - 1] = '\0';
	(*value)++;
	return 0;
}

static int key_line(struct sim_modem *m, struct section *sec, struct limits *lim, char *line,
		    char *err, size_t errlen)
{
	char *eq = strchr(line, '='), *key, *value;

	if (!eq) {
		snprintf(err, errlen, "expected 'key = value', a [section] or a # comment");
		return -1;
	}
	*eq = '\0';
	key = trim(line);
	value = trim(eq + 1);
	if (!valid_name(key)) {
		snprintf(err, errlen, "bad key '%s'", key);
		return -1;
	}
	if (unquote(&value, err, errlen))
		return -1;
	if (!sec->name[0]) {
		snprintf(err, errlen, "'%s' comes before any [section]", key);
		return -1;
	}
	if (!strcasecmp(sec->name, "modem"))
		return table_key(modem_settings, m, "[modem]", key, value, err, errlen);
	if (!strcasecmp(sec->name, "ctl"))
		return ctl_key(m, lim, key, value, err, errlen);
	if (!strcasecmp(sec->name, "tun"))
		return table_key(sim_net_settings, &m->net.conf, "[tun]", key, value, err, errlen);
	return service_key(m, sec, key, value, err, errlen);
}

static int check_chars(const char *line, size_t len, char *err, size_t errlen)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)line[i];

		if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
			snprintf(err, errlen, "control character 0x%02X", c);
			return -1;
		}
	}
	return 0;
}

static void apply_limits(struct sim_modem *m, const struct limits *lim)
{
	for (size_t i = 0; i < m->n_slots; i++) {
		if (lim->per[i] >= 0)
			m->slots[i].cid_limit = (unsigned)lim->per[i];
		else if (lim->all >= 0)
			m->slots[i].cid_limit = (unsigned)lim->all;
	}
}

int sim_config_apply(struct sim_modem *m, const char *name, const char *text, char *err,
		     size_t errlen)
{
	struct section sec = { .name = "" };
	struct limits lim = { .all = -1 };
	char line[CONFIG_MAX_LINE + 1], why[ERR_MAX];
	const char *p = text;
	unsigned lineno = 0;

	for (size_t i = 0; i < SIM_MAX_SERVICES; i++)
		lim.per[i] = -1;
	while (*p) {
		size_t len = strcspn(p, "\n");
		char *s;
		int rc = 0;

		lineno++;
		why[0] = '\0';
		if (len > CONFIG_MAX_LINE) {
			snprintf(why, sizeof(why), "line longer than %d characters",
				 CONFIG_MAX_LINE);
			rc = -1;
		} else {
			memcpy(line, p, len);
			line[len] = '\0';
			rc = check_chars(line, len, why, sizeof(why));
		}
		p += len + (p[len] == '\n');
		if (rc == 0) {
			s = trim(line);
			if (s[0] == '[')
				rc = parse_section(m, s, &sec, why, sizeof(why));
			else if (s[0] && s[0] != '#' && s[0] != ';')
				rc = key_line(m, &sec, &lim, s, why, sizeof(why));
		}
		if (rc) {
			snprintf(err, errlen, "%s:%u: %s", name, lineno, why);
			return -1;
		}
	}
	apply_limits(m, &lim);
	return 0;
}

char *sim_config_read_file(const char *path, char *err, size_t errlen)
{
	FILE *f = fopen(path, "r");
	char *text;
	size_t n;

	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	text = malloc(CONFIG_MAX_BYTES + 1);
	if (!text) {
		fclose(f);
		snprintf(err, errlen, "%s: out of memory", path);
		return NULL;
	}
	n = fread(text, 1, CONFIG_MAX_BYTES + 1, f);
	if (ferror(f) || n > CONFIG_MAX_BYTES || memchr(text, '\0', n)) {
		snprintf(err, errlen, "%s: %s", path,
			 ferror(f) ? strerror(errno)
			 : n > CONFIG_MAX_BYTES ? "larger than 1 MiB" : "contains a NUL byte");
		fclose(f);
		free(text);
		return NULL;
	}
	fclose(f);
	text[n] = '\0';
	return text;
}
