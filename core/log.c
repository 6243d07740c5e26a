#include "core/log.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <syslog.h>
#include <time.h>

#include "core/qmux.h"

static const char *log_ident = "slqs";
static int log_syslog;
static enum slqs_log_level log_level = SLQS_LOG_WARN;
static slqs_msg_namer log_namer;

static const char *const level_names[] = { "err", "warn", "info", "debug", "trace" };

void slqs_log_init(const char *ident, int use_syslog, enum slqs_log_level level)
{
	if (ident)
		log_ident = ident;
	log_syslog = use_syslog;
	log_level = level;
	if (use_syslog)
		openlog(log_ident, LOG_PID, LOG_DAEMON);
}

void slqs_log_set_level(enum slqs_log_level level)
{
	log_level = level;
}

enum slqs_log_level slqs_log_get_level(void)
{
	return log_level;
}

int slqs_log_level_parse(const char *s)
{
	for (size_t i = 0; i < sizeof(level_names) / sizeof(level_names[0]); i++)
		if (!strcasecmp(s, level_names[i]))
			return (int)i;
	if (s[0] >= '0' && s[0] <= '4' && s[1] == '\0')
		return s[0] - '0';
	return -1;
}

void slqs_log_set_msg_namer(slqs_msg_namer namer)
{
	log_namer = namer;
}

static void log_line(enum slqs_log_level level, const char *text)
{
	static const int prio[] = { LOG_ERR, LOG_WARNING, LOG_INFO, LOG_DEBUG, LOG_DEBUG };
	struct timespec ts;
	struct tm tm;
	char stamp[32];

	if (log_syslog) {
		syslog(prio[level], "%s", text);
		return;
	}
	clock_gettime(CLOCK_REALTIME, &ts);
	localtime_r(&ts.tv_sec, &tm);
	strftime(stamp, sizeof(stamp), "%H:%M:%S", &tm);
	/* One fprintf per line keeps lines of concurrent threads whole. */
	fprintf(stderr, "%s.%03ld %s[%s]: %s\n", stamp, ts.tv_nsec / 1000000, log_ident,
		level_names[level], text);
}

void slqs_log(enum slqs_log_level level, const char *fmt, ...)
{
	char text[1024];
	va_list ap;

	if (level > log_level)
		return;
	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	log_line(level, text);
}

size_t slqs_hex(char *out, size_t cap, const uint8_t *buf, size_t len)
{
	static const char digits[] = "0123456789ABCDEF";
	size_t i, o = 0;

	if (cap == 0)
		return 0;
	for (i = 0; i < len; i++) {
		size_t need = (i ? 1 : 0) + 2;

		if (o + need >= cap)	/* keep room for the NUL */
			break;
		if (i)
			out[o++] = ' ';
		out[o++] = digits[buf[i] >> 4];
		out[o++] = digits[buf[i] & 0xF];
	}
	out[o] = '\0';
	return i;
}

static const char *kind_name(enum qmi_kind kind)
{
	switch (kind) {
	case QMI_REQUEST:  return "request";
	case QMI_RESPONSE: return "response";
	default:           return "indication";
	}
}

void slqs_log_frame(const char *dir, const uint8_t *buf, size_t len, int qmux,
		    uint8_t service)
{
	char hex[3 * 512 + 8], head[160];
	struct qmux_frame f;
	const char *svc, *msg;
	size_t shown;
	int rc;

	if (log_level < SLQS_LOG_TRACE)
		return;
	memset(&f, 0, sizeof(f));
	f.service = service;
	rc = qmux ? slqs_qmux_parse(buf, len, &f) : slqs_sdu_parse(service, buf, len, &f.sdu);
	if (rc) {
		snprintf(head, sizeof(head), "malformed frame");
	} else {
		svc = slqs_service_name(f.service);
		msg = log_namer ? log_namer(f.service, f.sdu.msg_id) : NULL;
		snprintf(head, sizeof(head), "%s(0x%02X) cid %u %s txn %u msg 0x%04X%s%s%s",
			 svc ? svc : "?", f.service, f.client, kind_name(f.sdu.kind),
			 f.sdu.txn, f.sdu.msg_id, msg ? " (" : "", msg ? msg : "",
			 msg ? ")" : "");
	}
	shown = slqs_hex(hex, sizeof(hex) - 8, buf, len);
	slqs_log(SLQS_LOG_TRACE, "%s %s [%zu bytes] %s%s", dir, head, len, hex,
		 shown < len ? " ..." : "");
}
