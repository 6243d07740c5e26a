/*
 * Settings and control commands as data.
 *
 * A service describes its config keys as a table of `struct sim_setting`
 * rows (name, type, where the value goes, limits, allowed names); the
 * framework parses them (the config file and `SERVICE set`-style control
 * commands alike), lists them in `SERVICE help` and reports errors in one
 * style. Control commands are rows of `struct sim_command`; a command
 * returns its status, and writes only its text: the framework adds "ok" or
 * "error: " from the status, never from the text.
 */
#ifndef QMISIM_SIM_SETTINGS_H
#define QMISIM_SIM_SETTINGS_H

#include <stddef.h>
#include <stdint.h>

struct sim_modem;

/** A name a setting accepts, and the value it stands for. */
struct sim_name {
	const char *name;
	long long value;
};

enum sim_setting_type {
	SIM_SET_INT,		/* a decimal or 0x integer in [min, max] */
	SIM_SET_BOOL,		/* yes/no, true/false, on/off, 1/0: stores max / min */
	SIM_SET_STRING,		/* text of at most size - 1 bytes */
	SIM_SET_DIGITS,		/* min to max decimal digits, as text (size bytes) */
	SIM_SET_NAME,		/* one of names[] (or a number, as `numbers` says) */
	SIM_SET_CUSTOM,		/* parse() reads it */
};

/* Which numbers a SIM_SET_NAME row takes besides its names. */
enum sim_numbers {
	SIM_NUMBERS_NONE,
	SIM_NUMBERS_IN_RANGE,	/* any integer in [min, max] */
	SIM_NUMBERS_NAMED,	/* the value of one of its names */
};

struct sim_setting;

/* A custom value reader: block is the section's block (row->off is in it). */
typedef int (*sim_setting_parse_fn)(const struct sim_setting *row, void *block,
				    const char *value, char *err, size_t errlen);

struct sim_setting {
	const char *name;
	enum sim_setting_type type;
	size_t off;			/* where the value goes in the section's block */
	size_t size;			/* the field's size: 1, 2, 4 or 8 for numbers */
	long long min, max;
	const struct sim_name *names;	/* SIM_SET_NAME: ends with { NULL, 0 } */
	enum sim_numbers numbers;	/* SIM_SET_NAME: which numbers are fine too */
	size_t has;			/* non-zero: offset + 1 of a uint8_t flag set to 1 */
	sim_setting_parse_fn parse;	/* SIM_SET_CUSTOM */
	const char *hint;		/* SIM_SET_CUSTOM: the values, for help and errors */
	int arg;			/* for the custom reader */
	unsigned tags;			/* the service's own marks (e.g. "a measurement") */
};

/* Where a field is: SIM_AT(struct dms_state, model). */
#define SIM_AT(type, field) .off = offsetof(type, field), .size = sizeof(((type *)0)->field)
/* A has_ flag set along with the value. */
#define SIM_HAS(type, field) .has = offsetof(type, field) + 1
#define SIM_SETTINGS_END { .name = NULL }

/*
 * A config section of a service: [svc] (kind NULL) or [svc.kind ARG].
 * locate() gives the block the rows' offsets are in (NULL: the service's
 * state block), creating what ARG names if it must; NULL with err set if
 * ARG is wrong.
 */
struct sim_section {
	const char *kind;
	const struct sim_setting *settings;
	void *(*locate)(struct sim_modem *m, void *state, const char *arg, char *err,
			size_t errlen);
	const char *arg_hint;		/* what ARG is, for help: "NAME", "1-16" */
	/* Called after a value of this section was set (derived values); may be NULL. */
	void (*changed)(struct sim_modem *m, void *state);
};
#define SIM_SECTIONS_END { .settings = NULL }

/** The value of `name` in names (case-insensitive): 0, or -1 if it is not there. */
int sim_name_value(const struct sim_name *names, const char *name, long long *value);

/** The first name of `value` in names, or NULL. */
const char *sim_name_of(const struct sim_name *names, long long value);

/** The row of `table` named `name` (case-insensitive), or NULL. */
const struct sim_setting *sim_setting_find(const struct sim_setting *table, const char *name);

/** Reads value into block as row says; 0, or -1 with "name: why" in err. */
int sim_setting_apply(const struct sim_setting *row, void *block, const char *value,
		      char *err, size_t errlen);

/** The number a numeric row (int, bool, name) reads value as, without storing it. */
int sim_setting_number(const struct sim_setting *row, const char *value, long long *v,
		       char *err, size_t errlen);

/** Appends "name (values)" for each row, separated by ", ". */
void sim_settings_list(const struct sim_setting *table, char *out, size_t outlen);

/* ---- control commands ----------------------------------------------------------- */

/** One control command being run. */
struct sim_control {
	struct sim_modem *modem;
	void *state;			/* the service's state block (NULL: the framework's) */
	int argc;			/* argv[0] is the command's name */
	char **argv;
	char *out;			/* the answer's text, without "ok" or "error: " */
	size_t outlen;
};

struct sim_command {
	const char *name;
	const char *args;		/* the arguments' usage, for help ("" if none) */
	int min_args, max_args;
	/* Returns 0 (ok) or -1 (error); ctl->out says what happened or why. */
	int (*run)(const struct sim_control *ctl);
};
#define SIM_COMMANDS_END { .name = NULL }

#endif
