/* Detaching a daemon's standard streams (the daemon, and the library that starts it). */
#ifndef SLQS_CORE_STDIO_NULL_H
#define SLQS_CORE_STDIO_NULL_H

/**
 * Points standard input, output and error at /dev/null. Only
 * async-signal-safe calls, so a child may use it between fork and exec.
 */
void slqs_stdio_to_null(void);

#endif
