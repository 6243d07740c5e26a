/*
 * log.c - messages with levels to stderr and (unless asked not to) syslog.
 *
 * Errors, warnings and progress go through cm_log(); what the user asked to
 * see (device information, status) goes to stdout through cm_say().
 */
#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>

#include "cm.h"

static enum cm_level max_level = CM_INFO;
static bool to_syslog;
static const char *prog = "connectionmgr";

void cm_log_init(const char *ident, enum cm_level level, bool use_syslog)
{
	prog = ident;
	max_level = level;
	to_syslog = use_syslog;
	if (use_syslog)
		openlog(ident, LOG_PID, LOG_DAEMON);
}

void cm_log(enum cm_level level, const char *fmt, ...)
{
	static const int prio[] = { LOG_ERR, LOG_WARNING, LOG_INFO, LOG_DEBUG };
	static const char *const tag[] = { "error: ", "warning: ", "", "debug: " };
	char text[512];
	va_list ap;

	if (level > max_level)
		return;
	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);	/* a longer message is cut */
	va_end(ap);
	if (to_syslog)
		syslog(prio[level], "%s", text);
	/* One write per line: lines of several processes do not mix. */
	fprintf(stderr, "%s: %s%s\n", prog, tag[level], text);
}

void cm_say(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	fflush(stdout);
}
