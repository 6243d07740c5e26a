/*
 * Text helpers shared by the config file, the control commands and the
 * service modules' config hooks. Every input here is untrusted.
 */
#include "tools/qmisim/sim_internal.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int sim_parse_int(const char *value, long long min, long long max, long long *out,
		  char *err, size_t errlen)
{
	const char *p = value;
	unsigned long long u;
	int neg = 0, base = 10;
	char *end;
	long long v;

	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		base = 16;	/* no octal: "010" is ten */
		p += 2;
	}
	if (!(base == 16 ? isxdigit((unsigned char)*p) : isdigit((unsigned char)*p)))
		goto bad;	/* strtoull would accept blanks and a second sign */
	errno = 0;
	u = strtoull(p, &end, base);
	if (*end || errno || u > (unsigned long long)LLONG_MAX + (unsigned)neg)
		goto bad;
	v = neg ? (long long)(0 - u) : (long long)u;
	if (v < min || v > max) {
		snprintf(err, errlen, "%s is out of range (%lld to %lld)", value, min, max);
		return -1;
	}
	*out = v;
	return 0;
bad:
	snprintf(err, errlen, "'%s' is not an integer", value);
	return -1;
}

int sim_parse_bool(const char *value, int *out, char *err, size_t errlen)
{
	static const char *const yes[] = { "yes", "true", "on", "1" };
	static const char *const no[] = { "no", "false", "off", "0" };

	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		if (!strcasecmp(value, yes[i])) {
			*out = 1;
			return 0;
		}
		if (!strcasecmp(value, no[i])) {
			*out = 0;
			return 0;
		}
	}
	snprintf(err, errlen, "'%s' is not yes/no", value);
	return -1;
}

int sim_parse_string(const char *value, char *out, size_t outsize, char *err, size_t errlen)
{
	size_t len = strlen(value);

	if (len >= outsize) {
		snprintf(err, errlen, "'%.32s%s' is too long (at most %zu characters)", value,
			 len > 32 ? "..." : "", outsize ? outsize - 1 : 0);
		return -1;
	}
	memcpy(out, value, len + 1);
	return 0;
}

void sim_copy_string(char *dst, size_t size, const char *src)
{
	size_t len = strnlen(src, size - 1);

	memcpy(dst, src, len);
	dst[len] = '\0';
}

int sim_split_words(char *line, char **argv, int max)
{
	int argc = 0;
	char *p = line, *o;

	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			return argc;
		if (argc == max)
			return -1;
		argv[argc++] = o = p;
		/* A word ends at a blank outside double quotes; quotes are removed. */
		for (int quoted = 0; *p && (quoted || (*p != ' ' && *p != '\t')); p++) {
			if (*p == '"')
				quoted = !quoted;
			else
				*o++ = *p;
		}
		if (*p)
			p++;
		*o = '\0';
	}
}

void sim_appendf(char *out, size_t outlen, const char *fmt, ...)
{
	size_t used = strnlen(out, outlen);
	va_list ap;

	if (used + 1 >= outlen)
		return;
	va_start(ap, fmt);
	vsnprintf(out + used, outlen - used, fmt, ap);
	va_end(ap);
}
