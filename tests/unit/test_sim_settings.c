/*
 * The settings tables of every simulator service: rows the framework can
 * store safely (a numeric field of 1, 2, 4 or 8 bytes whose range fits it,
 * names for a name row, a reader for a custom row), unique key names per
 * section, and the framework's reading of each type.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <cmocka.h>

#include "tools/qmisim/sim_services.h"
#include "tools/qmisim/sim_settings.h"

static int is_numeric(enum sim_setting_type t)
{
	return t == SIM_SET_INT || t == SIM_SET_BOOL || t == SIM_SET_NAME;
}

/* The range a field of `size` bytes holds, signed or not. */
static void field_range(size_t size, int is_signed, long long *lo, long long *hi)
{
	unsigned bits = (unsigned)size * 8;

	if (bits >= 64) {
		*lo = is_signed ? INT64_MIN : 0;
		*hi = INT64_MAX;
	} else if (is_signed) {
		*lo = -(1ll << (bits - 1));
		*hi = (1ll << (bits - 1)) - 1;
	} else {
		*lo = 0;
		*hi = (1ll << bits) - 1;
	}
}

static void check_row(const char *where, const struct sim_setting *row)
{
	long long lo, hi;

	if (row->type == SIM_SET_CUSTOM) {
		if (!row->parse || !row->hint)
			fail_msg("%s %s: a custom row needs parse and hint", where, row->name);
		return;
	}
	if (row->type == SIM_SET_STRING || row->type == SIM_SET_DIGITS) {
		if (row->size < 2)
			fail_msg("%s %s: no room for text", where, row->name);
		if (row->type == SIM_SET_DIGITS && (row->min < 1 || row->max >= (long long)row->size))
			fail_msg("%s %s: digits do not fit", where, row->name);
		return;
	}
	if (!is_numeric(row->type))
		fail_msg("%s %s: unknown type", where, row->name);
	if (row->size != 1 && row->size != 2 && row->size != 4 && row->size != 8)
		fail_msg("%s %s: a %zu-byte number", where, row->name, row->size);
	if (row->type == SIM_SET_NAME && (!row->names || !row->names[0].name))
		fail_msg("%s %s: a name row without names", where, row->name);
	field_range(row->size, row->min < 0, &lo, &hi);
	if (row->min > row->max && row->type != SIM_SET_NAME)
		fail_msg("%s %s: min above max", where, row->name);
	if ((row->type != SIM_SET_NAME || row->numbers == SIM_NUMBERS_IN_RANGE) &&
	    (row->min < lo || row->max > hi))
		fail_msg("%s %s: %lld..%lld does not fit %zu bytes", where, row->name, row->min,
			 row->max, row->size);
	for (const struct sim_name *n = row->names; n && n->name; n++)
		if (n->value < lo || n->value > hi)
			fail_msg("%s %s: name %s does not fit", where, row->name, n->name);
}

static void every_settings_row_is_storable(void **state)
{
	char where[64];
	int rows = 0;

	(void)state;
	for (const struct sim_service *const *s = sim_services; *s; s++) {
		for (const struct sim_section *d = (*s)->sections; d && d->settings; d++) {
			snprintf(where, sizeof(where), "[%s%s%s]", (*s)->name, d->kind ? "." : "",
				 d->kind ? d->kind : "");
			for (const struct sim_setting *r = d->settings; r->name; r++) {
				check_row(where, r);
				for (const struct sim_setting *o = r + 1; o->name; o++)
					if (!strcasecmp(o->name, r->name))
						fail_msg("%s lists %s twice", where, r->name);
				rows++;
			}
		}
	}
	assert_true(rows > 60);
}

static void every_command_row_is_complete(void **state)
{
	(void)state;
	for (const struct sim_service *const *s = sim_services; *s; s++)
		for (const struct sim_command *c = (*s)->commands; c && c->name; c++)
			if (!c->run || !c->args || c->min_args > c->max_args)
				fail_msg("%s %s: incomplete command row", (*s)->name, c->name);
}

/* ---- the framework's reading of each type ------------------------------------------ */

struct block {
	int8_t small;
	uint16_t port;
	uint32_t big;
	int flag;
	char text[6];
	char digits[5];
	uint8_t kind;
	uint8_t has_kind;
};

static const struct sim_name kinds[] = { { "alpha", 1 }, { "beta", 7 }, { NULL, 0 } };

static const struct sim_setting rows[] = {
	{ .name = "small", .type = SIM_SET_INT, SIM_AT(struct block, small), .min = -5, .max = 5 },
	{ .name = "port", .type = SIM_SET_INT, SIM_AT(struct block, port), .min = 1,
	  .max = 65535 },
	{ .name = "big", .type = SIM_SET_INT, SIM_AT(struct block, big), .min = 0,
	  .max = UINT32_MAX },
	{ .name = "flag", .type = SIM_SET_BOOL, SIM_AT(struct block, flag), .min = 3, .max = 9 },
	{ .name = "text", .type = SIM_SET_STRING, SIM_AT(struct block, text) },
	{ .name = "digits", .type = SIM_SET_DIGITS, SIM_AT(struct block, digits), .min = 2,
	  .max = 4 },
	{ .name = "kind", .type = SIM_SET_NAME, SIM_AT(struct block, kind), .names = kinds,
	  .numbers = SIM_NUMBERS_NAMED, SIM_HAS(struct block, has_kind) },
	SIM_SETTINGS_END
};

static int set(struct block *b, const char *key, const char *value, char *err, size_t len)
{
	return sim_setting_apply(sim_setting_find(rows, key), b, value, err, len);
}

static void each_type_reads_and_refuses(void **state)
{
	struct block b = { 0 };
	char err[256];
	long long v;

	(void)state;
	assert_int_equal(set(&b, "SMALL", "-5", err, sizeof(err)), 0);
	assert_int_equal(b.small, -5);
	assert_int_equal(set(&b, "small", "6", err, sizeof(err)), -1);
	assert_string_equal(err, "small: 6 is out of range (-5 to 5)");
	assert_int_equal(set(&b, "port", "0xFFFF", err, sizeof(err)), 0);
	assert_int_equal(b.port, 65535);
	assert_int_equal(set(&b, "big", "4294967295", err, sizeof(err)), 0);
	assert_int_equal(b.big, UINT32_MAX);
	assert_int_equal(set(&b, "flag", "yes", err, sizeof(err)), 0);
	assert_int_equal(b.flag, 9);
	assert_int_equal(set(&b, "flag", "off", err, sizeof(err)), 0);
	assert_int_equal(b.flag, 3);
	assert_int_equal(set(&b, "text", "hello", err, sizeof(err)), 0);
	assert_string_equal(b.text, "hello");
	assert_int_equal(set(&b, "text", "toolong", err, sizeof(err)), -1);
	assert_string_equal(b.text, "hello");
	assert_int_equal(set(&b, "digits", "123", err, sizeof(err)), 0);
	assert_int_equal(set(&b, "digits", "12a", err, sizeof(err)), -1);
	assert_string_equal(err, "digits: '12a' is not 2 to 4 digits");
	assert_int_equal(set(&b, "digits", "12345", err, sizeof(err)), -1);
	assert_string_equal(b.digits, "123");
	assert_int_equal(set(&b, "kind", "Beta", err, sizeof(err)), 0);
	assert_int_equal(b.kind, 7);
	assert_int_equal(b.has_kind, 1);
	assert_int_equal(set(&b, "kind", "1", err, sizeof(err)), 0);
	assert_int_equal(b.kind, 1);
	assert_int_equal(set(&b, "kind", "2", err, sizeof(err)), -1);
	assert_string_equal(err, "kind: '2' is not alpha|beta or their numbers");
	assert_int_equal(sim_setting_number(sim_setting_find(rows, "kind"), "beta", &v, err,
					    sizeof(err)), 0);
	assert_int_equal(v, 7);
	/* a setting the table lacks is an error, not a crash */
	assert_int_equal(set(&b, "nosuch", "1", err, sizeof(err)), -1);
	err[0] = '\0';
	sim_settings_list(rows, err, sizeof(err));
	assert_non_null(strstr(err, "small (-5 to 5), port (1 to 65535)"));
	assert_non_null(strstr(err, "kind (alpha|beta or their numbers)"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_settings_row_is_storable),
		cmocka_unit_test(every_command_row_is_complete),
		cmocka_unit_test(each_type_reads_and_refuses),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
