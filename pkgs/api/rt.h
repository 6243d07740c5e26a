/*
 * Internals of the client runtime (pkgs/api), shared by its files:
 *
 *   link.c    the socket to the daemon: attach/detach, who reads it (a
 *             calling thread or the reader thread),
 *             the table of requests in flight, control exchanges
 *   cbq.c     the callback thread: an ordered event queue, indication
 *             subscriptions, the device-state callback and listeners
 *   resub.c   indication registrations, sent again when the modem forgot them
 *   spawn.c   finding and starting the daemon executable
 *   call.c    slqs_qmi_call() and friends (see slqs_call.h)
 *   util.c    small helpers (deadlines, strings)
 *   dcs_api.c, cbk_api.c, swi_api.c   the public API functions
 *
 * Locks, always taken in this order when nested: link's attach_lock,
 * ctl_lock, fd_lock, lock, then cbq's lock. No lock is held while a user callback or
 * an indication handler runs, or while a thread blocks on the socket.
 */
#ifndef SLQS_PKGS_API_RT_H
#define SLQS_PKGS_API_RT_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "api/cbk/inc/qaGobiApiCbk.h"
#include "api/inc/SwiDataTypes.h"
#include "pkgs/ipc/ipc.h"

/* Control exchanges (enumerate, connect ...) answer quickly: the daemon is local. */
#define RT_CONTROL_TIMEOUT_MS 5000
/* How long SLQSStart waits for a daemon it started. */
#define RT_START_TIMEOUT_MS 10000
/* Extra wait beyond a request's own timeout, for the daemon's verdict to arrive. */
#define RT_TIMEOUT_MARGIN_MS 1000

/* ---- link.c ------------------------------------------------------------------ */

/* A request in flight, owned by the calling thread (on its stack). */
struct rt_pending;

/*
 * Turns a QMI_RESPONSE with status IPC_OK into the call's result (decodes
 * or copies the TLVs). Runs on the thread reading the socket (the reader
 * thread, or a calling thread while it leads), without locks.
 */
typedef ULONG (*rt_complete_fn)(const struct ipc_qmi_response *r, void *ctx);

/*
 * Attaches to the daemon at `path` (connect + HELLO) and starts the reader
 * thread. Returns NONE, ACCESS_DENIED, AM_VERS_ERROR or SOCKET_IN_USE;
 * *err gets the connect() errno (ENOENT / ECONNREFUSED: nobody listens).
 */
ULONG slqs_link_attach(const char *path, int *err);

/* Closes the link: fails every pending request, joins the reader. */
void slqs_link_detach(void);

/* Whether the application is attached (link up). */
bool slqs_link_is_up(void);

/*
 * After the daemon went away, reattaches to the socket last used and
 * reconnects the device (no daemon is started). Returns NONE when the link
 * is up, NO_CONNECTION otherwise (never attached, or nobody answers).
 */
ULONG slqs_link_ensure(void);

/* Forgets the socket path: slqs_link_ensure() will not reattach (SLQSKillSDKProcess). */
void slqs_link_forget(void);

/*
 * Sends one QMI request and waits for its response (timeout_ms, 0 for the
 * default). `done` runs on the response when the daemon reports IPC_OK.
 */
ULONG slqs_link_qmi(uint8_t service, uint8_t client, uint16_t msg_id, const uint8_t *tlv,
	       size_t tlv_len, ULONG timeout_ms, rt_complete_fn done, void *ctx);

/* What a control exchange returns. */
struct rt_control {
	uint32_t status;		/* the daemon's status field */
	struct ipc_ack ack;		/* *_ACK answers */
	struct ipc_stats stats;		/* STATS_ACK */
	struct ipc_device *devs;	/* DEVICES: caller's array of max_devs */
	size_t max_devs;
	size_t n_devs;
};

/*
 * Sends `req` (ENUMERATE, CONNECT, DISCONNECT, KILL, STATS) and waits for
 * its answer (types DEVICES / *_ACK / STATS_ACK). Returns NONE with `out`
 * filled (out->status says what the daemon thinks), or NO_CONNECTION /
 * SWICM_TIMEOUT (the link is dropped then: answers are matched by order).
 */
ULONG slqs_link_control(const struct ipc_msg *req, struct rt_control *out);

/* The device the application is connected to (QCWWAN2kConnect). */
void slqs_link_set_device(const char *node, const char *key, uint8_t ipc_state);
void slqs_link_clear_device(void);
/* Copies node/key of the connected device (NULL: skip): NONE, NO_DEVICE or BUFFER_SZ. */
ULONG slqs_link_get_device(char *node, size_t node_size, char *key, size_t key_size);
/* The connected device's state (enum ipc_dev_state); GONE when none. */
uint8_t slqs_link_device_state(void);

/* ---- cbq.c ------------------------------------------------------------------- */

/* Starts the callback thread (idempotent). Returns NONE or MEMORY. */
ULONG slqs_cbq_start(void);
/* Stops it (dropping what is queued); safe from the callback thread itself. */
void slqs_cbq_stop(void);

/* Queue an event for the callback thread (from the thread reading the socket). */
void slqs_cbq_post_state(uint8_t slqs_state, int reset);
void slqs_cbq_post_indication(const struct ipc_indication *ind);
void slqs_cbq_post_lost(uint32_t count);
/* The daemon went away (closed: it closed the socket; else the link broke). */
void slqs_cbq_post_terminated(int closed);
/* The application's SDK-terminated callback (NULL: none); QCWWANDisconnect keeps it. */
void slqs_cbq_set_terminated_callback(tFNSDKTerminated fn);
/* The modem forgot the registrations of service (0: every service) on slot
 * client (0xFF: every slot): the callback thread sends them again. */
void slqs_cbq_post_replay(uint8_t service, uint8_t client);

/* The application's device-state callback (NULL: none). */
void slqs_cbq_set_state_callback(tFNDeviceStateChange fn);
/* Drops the application's callback and every indication subscription. */
void slqs_cbq_clear_callbacks(void);

/* ---- resub.c ----------------------------------------------------------------- */

/* Keeps a registration request that succeeded (one per service, slot, message). */
void slqs_resub_remember(uint8_t service, uint8_t client, uint16_t msg_id, const uint8_t *tlv,
			 size_t len);
/* Sends them again (service 0: all; client 0xFF: every slot); blocks: callback thread. */
void slqs_resub_replay(uint8_t service, uint8_t client);
/* Drops them all (QCWWANDisconnect, SLQSKillSDKProcess). */
void slqs_resub_forget(void);

/* ---- spawn.c ----------------------------------------------------------------- */

/* Remembers the daemon executable (SetSDKImagePath). NONE or INVALID_ARG. */
ULONG slqs_spawn_set_image(const char *path);

/*
 * Runs the daemon with `--socket sock --ready-fd N`; *child gets its pid,
 * *ready the pipe it announces readiness on. Returns NONE once it was
 * executed, SOCKET_IN_USE when no executable was found or exec failed
 * (logged).
 */
ULONG slqs_spawn_daemon(const char *sock, pid_t *child, int *ready);

/*
 * Waits at most ms for the started daemon to serve; returns at once when
 * it says so or dies (*ready is then closed and -1; with -1, just sleeps).
 */
void slqs_spawn_wait_ready(int *ready, int ms);

/*
 * Reaps the started daemon's first process if it exited (*child becomes
 * 0). Returns -1 (logged) when it failed, else 0 (running, or detached).
 */
int slqs_spawn_check(pid_t *child);

/* ---- small shared helpers ---------------------------------------------------- */

/* Absolute CLOCK_MONOTONIC time ms from now, for pthread_cond_timedwait. */
void slqs_rt_deadline(struct timespec *ts, ULONG ms);

/* A condition variable whose timed waits use CLOCK_MONOTONIC. */
int slqs_rt_cond_init(pthread_cond_t *c);

/* Copies a string into a fixed buffer; false (and "" in dst) if it does not fit. */
bool slqs_rt_strcpy(char *dst, size_t size, const char *src);

#endif
