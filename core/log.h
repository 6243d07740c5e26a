/*
 * Logging for the daemon, the simulator and the client library.
 *
 * Lines go to stderr (with a timestamp) or to syslog. The trace level adds
 * a hex dump of every frame with its decoded header.
 */
#ifndef SLQS_CORE_LOG_H
#define SLQS_CORE_LOG_H

#include <stddef.h>
#include <stdint.h>

enum slqs_log_level {
	SLQS_LOG_ERR,
	SLQS_LOG_WARN,
	SLQS_LOG_INFO,
	SLQS_LOG_DEBUG,
	SLQS_LOG_TRACE,
};

/** Sets the program name, the sink (syslog when non-zero) and the level. */
void slqs_log_init(const char *ident, int use_syslog, enum slqs_log_level level);
void slqs_log_set_level(enum slqs_log_level level);
enum slqs_log_level slqs_log_get_level(void);

/** Parses "err", "warn", "info", "debug", "trace" or 0-4; -1 if neither. */
int slqs_log_level_parse(const char *s);

void slqs_log(enum slqs_log_level level, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#define log_err(...)   slqs_log(SLQS_LOG_ERR, __VA_ARGS__)
#define log_warn(...)  slqs_log(SLQS_LOG_WARN, __VA_ARGS__)
#define log_info(...)  slqs_log(SLQS_LOG_INFO, __VA_ARGS__)
#define log_debug(...) slqs_log(SLQS_LOG_DEBUG, __VA_ARGS__)

/** Names messages in traces; core knows no service, so the tables tell it. */
typedef const char *(*slqs_msg_namer)(uint8_t service, uint16_t msg_id);
void slqs_log_set_msg_namer(slqs_msg_namer namer);

/**
 * At trace level, logs a frame: `dir` says where it goes ("->modem"),
 * then its decoded header and a hex dump. `qmux` false means a bare SDU of
 * `service` (GobiNet).
 */
void slqs_log_frame(const char *dir, const uint8_t *buf, size_t len, int qmux,
		    uint8_t service);

/**
 * Writes "01 0F 00 ..." into out (always NUL-terminated); returns the
 * number of bytes dumped, fewer than len if out was too small.
 */
size_t slqs_hex(char *out, size_t cap, const uint8_t *buf, size_t len);

#endif
