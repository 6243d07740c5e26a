/* UNIX socket helpers of the qmisim program (device socket, control socket). */
#ifndef QMISIM_SIM_UNIX_H
#define QMISIM_SIM_UNIX_H

#include <stddef.h>
#include <sys/un.h>

/** Fills sa for path; -1 with err if the path does not fit. */
int sim_unix_addr(const char *path, struct sockaddr_un *sa, char *err, size_t errlen);

/**
 * Listens on path (type SOCK_STREAM or SOCK_SEQPACKET; non-blocking,
 * close-on-exec). A socket file left by an earlier run is replaced; one a
 * live process still serves, or a file that is no socket, is an error.
 * Returns the descriptor, or -1 with err.
 */
int sim_unix_listen(const char *path, int type, char *err, size_t errlen);

#endif
