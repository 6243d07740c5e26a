/*
 * Reading settings by their table rows: one parser and one error style for
 * every service, the config file and the control commands alike.
 */
#include "tools/qmisim/sim_settings.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "tools/qmisim/sim_internal.h"

int sim_name_value(const struct sim_name *names, const char *name, long long *value)
{
	for (; names && names->name; names++) {
		if (!strcasecmp(names->name, name)) {
			*value = names->value;
			return 0;
		}
	}
	return -1;
}

const char *sim_name_of(const struct sim_name *names, long long value)
{
	for (; names && names->name; names++)
		if (names->value == value)
			return names->name;
	return NULL;
}

const struct sim_setting *sim_setting_find(const struct sim_setting *table, const char *name)
{
	for (; table && table->name; table++)
		if (!strcasecmp(table->name, name))
			return table;
	return NULL;
}

/* Stores v in a field of row->size bytes (signed when the range goes below 0). */
static void store_int(const struct sim_setting *row, void *block, long long v)
{
	char *p = (char *)block + row->off;
	int is_signed = row->min < 0;

	switch (row->size) {
	case 1:
		if (is_signed)
			*(int8_t *)p = (int8_t)v;
		else
			*(uint8_t *)p = (uint8_t)v;
		break;
	case 2:
		if (is_signed)
			*(int16_t *)p = (int16_t)v;
		else
			*(uint16_t *)p = (uint16_t)v;
		break;
	case 4:
		if (is_signed)
			*(int32_t *)p = (int32_t)v;
		else
			*(uint32_t *)p = (uint32_t)v;
		break;
	default:
		*(int64_t *)p = (int64_t)v;
		break;
	}
}

static int all_digits(const char *s, long long min, long long max)
{
	size_t n = strlen(s);

	if ((long long)n < min || (long long)n > max)
		return 0;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return 0;
	return 1;
}

/* Appends the names a row accepts: "a|b|c". */
static void list_names(const struct sim_setting *row, char *out, size_t outlen)
{
	for (const struct sim_name *n = row->names; n && n->name; n++)
		sim_appendf(out, outlen, "%s%s", n == row->names ? "" : "|", n->name);
}

/* What a row accepts, for help and errors. */
static void describe_values(const struct sim_setting *row, char *out, size_t outlen)
{
	switch (row->type) {
	case SIM_SET_INT:
		sim_appendf(out, outlen, "%lld to %lld", row->min, row->max);
		break;
	case SIM_SET_BOOL:
		sim_appendf(out, outlen, "yes|no");
		break;
	case SIM_SET_STRING:
		sim_appendf(out, outlen, "text, at most %zu characters", row->size - 1);
		break;
	case SIM_SET_DIGITS:
		sim_appendf(out, outlen, "%lld to %lld digits", row->min, row->max);
		break;
	case SIM_SET_NAME:
		list_names(row, out, outlen);
		if (row->numbers == SIM_NUMBERS_IN_RANGE)
			sim_appendf(out, outlen, " or %lld to %lld", row->min, row->max);
		else if (row->numbers == SIM_NUMBERS_NAMED)
			sim_appendf(out, outlen, " or their numbers");
		break;
	case SIM_SET_CUSTOM:
		sim_appendf(out, outlen, "%s", row->hint ? row->hint : "see the docs");
		break;
	}
}

/* The number a numeric row's value stands for; -1 with the reason in why. */
static int read_number(const struct sim_setting *row, const char *value, long long *v,
		       char *why, size_t whylen)
{
	int b;

	switch (row->type) {
	case SIM_SET_INT:
		return sim_parse_int(value, row->min, row->max, v, why, whylen);
	case SIM_SET_BOOL:
		if (sim_parse_bool(value, &b, why, whylen))
			return -1;
		*v = b ? row->max : row->min;
		return 0;
	case SIM_SET_NAME:
		if (!sim_name_value(row->names, value, v))
			return 0;
		if (row->numbers == SIM_NUMBERS_IN_RANGE && isdigit((unsigned char)value[0]))
			return sim_parse_int(value, row->min, row->max, v, why, whylen);
		if (row->numbers == SIM_NUMBERS_NAMED && isdigit((unsigned char)value[0]) &&
		    !sim_parse_int(value, 0, LLONG_MAX, v, why, whylen) &&
		    sim_name_of(row->names, *v))
			return 0;
		break;
	default:
		break;
	}
	snprintf(why, whylen, "'%s' is not ", value);
	describe_values(row, why, whylen);
	return -1;
}

static int read_value(const struct sim_setting *row, void *block, const char *value,
		      char *why, size_t whylen)
{
	long long v;

	switch (row->type) {
	case SIM_SET_STRING:
		return sim_parse_string(value, (char *)block + row->off, row->size, why, whylen);
	case SIM_SET_DIGITS:
		if (!all_digits(value, row->min, row->max) || strlen(value) >= row->size) {
			snprintf(why, whylen, "'%s' is not ", value);
			describe_values(row, why, whylen);
			return -1;
		}
		memcpy((char *)block + row->off, value, strlen(value) + 1);
		return 0;
	case SIM_SET_CUSTOM:
		return row->parse(row, block, value, why, whylen);
	default:
		if (read_number(row, value, &v, why, whylen))
			return -1;
		store_int(row, block, v);
		return 0;
	}
}

/* A command that names a setting the table lacks: a bug, said instead of a crash. */
static int no_row(char *err, size_t errlen)
{
	snprintf(err, errlen, "internal error: no such setting");
	return -1;
}

int sim_setting_number(const struct sim_setting *row, const char *value, long long *v,
		       char *err, size_t errlen)
{
	char why[256] = "";

	if (!row)
		return no_row(err, errlen);
	if (read_number(row, value, v, why, sizeof(why)) == 0)
		return 0;
	snprintf(err, errlen, "%s: %s", row->name, why);
	return -1;
}

int sim_setting_apply(const struct sim_setting *row, void *block, const char *value,
		      char *err, size_t errlen)
{
	char why[256] = "";

	if (!row)
		return no_row(err, errlen);
	if (read_value(row, block, value, why, sizeof(why))) {
		snprintf(err, errlen, "%s: %s", row->name, why[0] ? why : "refused");
		return -1;
	}
	if (row->has)
		*((uint8_t *)block + row->has - 1) = 1;
	return 0;
}

void sim_settings_list(const struct sim_setting *table, char *out, size_t outlen)
{
	for (const struct sim_setting *row = table; row && row->name; row++) {
		sim_appendf(out, outlen, "%s%s (", row == table ? "" : ", ", row->name);
		describe_values(row, out, outlen);
		sim_appendf(out, outlen, ")");
	}
}
