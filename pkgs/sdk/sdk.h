/*
 * slqssdk internals: the objects the daemon's files share.
 *
 *   struct sdk      the daemon: epoll loop, options, lists, counters
 *   struct sdk_dev  a modem: its transport, state, CIDs, in-flight requests
 *   struct sdk_app  an application socket: its CIDs, requests, out queue
 *   struct sdk_cid  one CID of (app, service, client slot) on a device
 *   struct sdk_req  a request waiting for a CID or for the modem's answer;
 *                   also the daemon's own CTL requests (Sync, Allocate,
 *                   Release)
 *
 * Everything runs on one thread. Objects are freed only where noted;
 * an app whose socket breaks is closed at the end of the loop iteration
 * (app->dead) so no caller ever holds a freed app.
 *
 * Bytes leave the daemon through struct sdk_io only (to a modem, to an
 * app), and time is s->now, read once per wake-up: the unit tests
 * (tests/unit/test_sdk_*.c) drive the modules with a stub device, stub
 * apps and a clock of their own.
 */
#ifndef SLQS_SDK_H
#define SLQS_SDK_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "core/codec.h"
#include "core/discover.h"
#include "core/transport/transport.h"
#include "pkgs/ipc/ipc.h"
#include "pkgs/sdk/list.h"

#include "core/version.h"

#define SDK_MAX_DEVICES      64	/* devices tracked (IPC_MAX_DEVICES) */
#define SDK_APP_MAX_PENDING  64	/* requests in flight or answered, unread, per app */
#define SDK_APP_MAX_IND      256	/* indications queued per app */
#define SDK_APP_MAX_QUEUED   (256 * 1024)	/* bytes queued to an app: no more
						   reading it, indications dropped */
#define SDK_CTL_TIMEOUT_MS   5000	/* Sync / Allocate / Release CID */
#define SDK_REOPEN_MS        1000	/* retry period of a gone device */
#define SDK_RESCAN_MS        2000	/* sysfs rescan period without uevents */
#define SDK_REFUSE_HOLD_MS   2000	/* a refused peer may read the refusal */
#define SDK_HELLO_TIMEOUT_MS 3000	/* a connection must say HELLO within it */
#define SDK_ACCEPT_PAUSE_MS  250	/* out of descriptors: listener rests that long */
#define SDK_EVICT_AGE_MS     1000	/* ... or a silent connection that old is closed */
#define SDK_FD_LOG_MS        10000	/* "out of descriptors" logged once per period */
#define SDK_REQ_HASH         1024	/* buckets of the in-flight table */
#define SDK_BINDERS          8	/* threads doing GobiNet binds and closes */
#define SDK_BINDER_DRAIN_S   10	/* at exit, wait that long for CID releases */

struct sdk;
struct sdk_app;
struct sdk_dev;
struct sdk_job;

/* An fd in the epoll set and what to do when it is ready. */
struct sdk_watch {
	int fd;
	void (*fn)(struct sdk *s, struct sdk_watch *w, uint32_t events);
};

/* Something due at a time (ms, monotonic); armed only while it is wanted. */
struct sdk_timer {
	struct list link;		/* s->timers, by time (self-linked: not armed) */
	uint64_t at;
	void (*fn)(struct sdk *s, struct sdk_timer *t);
};

/* Where bytes leave the daemon: the real ones (main.c) or a test's stubs. */
struct sdk_io {
	/* One QMI request to the modem: 0 or -errno. */
	int (*dev_write)(struct sdk_dev *d, uint8_t service, uint8_t cid, uint16_t txn,
			 uint16_t msg_id, const uint8_t *tlv, size_t tlv_len);
	/* One packet to an app, never blocking: 0, -EAGAIN (full) or -errno. */
	int (*app_write)(struct sdk_app *a, const uint8_t *pkt, size_t len);
};

enum sdk_dev_state {
	DEV_GONE,	/* not open; reopened every SDK_REOPEN_MS */
	DEV_SYNCING,	/* open, CTL Sync sent (QMUX kinds) */
	DEV_READY,
};

struct sdk_dev {
	struct list link;		/* in sdk->devs */
	struct sdk *s;
	char node[IPC_NODE_LEN];
	bool from_cmdline;		/* --device: never forgotten */
	bool broken;			/* a write failed: failed from its timer */
	bool in_sysfs;			/* seen by the last scan */
	bool per_client;		/* GobiNet: a bound fd per CID, no CTL of ours */
	struct slqs_found info;		/* sysfs facts (if any) */
	struct slqs_transport *tr;
	struct sdk_watch w;		/* the device fd (QMUX kinds) */
	struct sdk_timer timer;		/* reopen, forget, or fail a broken one */
	enum sdk_dev_state state;
	bool told_gone;			/* apps were told GONE/RESET: say READY later */
	uint16_t txn[256];		/* last transaction id per service */
	struct list apps;		/* struct sdk_app.dev_link: connected to it */
	struct list cids;		/* struct sdk_cid.dev_link */
	struct list pending;		/* struct sdk_req.link, sent to the modem */
	struct list hash[SDK_REQ_HASH];	/* struct sdk_req.hlink by (service, txn) */
	unsigned n_pending;
};

struct sdk_pkt {
	struct list link;
	bool indication;		/* may be dropped when the queue is full */
	size_t len;
	uint8_t data[];
};

struct sdk_app {
	struct list link;		/* in sdk->apps, or sdk->dead_apps */
	struct list dev_link;		/* in dev->apps while connected */
	struct sdk *s;
	struct sdk_watch w;
	uid_t uid;
	pid_t pid;
	char name[IPC_NAME_LEN];
	bool hello;			/* HELLO accepted */
	bool refused;			/* being shown the door */
	bool dead;			/* close at the end of this loop iteration */
	uint64_t since;			/* accepted at (ms) */
	struct sdk_timer timer;		/* closes it: no HELLO in time, or refused */
	struct sdk_dev *dev;		/* connected device */
	struct list cids;		/* struct sdk_cid.app_link */
	struct list reqs;		/* struct sdk_req.app_link */
	unsigned n_reqs;
	struct list outq;		/* struct sdk_pkt, waiting for EPOLLOUT */
	unsigned n_ind_queued;
	unsigned n_rsp_queued;		/* other packets queued (answers, states) */
	size_t queued_bytes;		/* of every packet in outq */
	uint32_t lost;			/* indications dropped, not yet reported */
	uint32_t events;		/* what the epoll set watches on its socket */
};

enum sdk_cid_state {
	CID_WAIT_DEV,		/* device not ready yet */
	CID_ALLOCATING,		/* CTL Allocate CID sent, or GobiNet bind running */
	CID_READY,
};

struct sdk_cid {
	struct list dev_link;		/* in dev->cids */
	struct list app_link;		/* in app->cids (self-linked when orphaned) */
	struct sdk_dev *dev;
	struct sdk_app *app;		/* NULL: the app left while allocating */
	uint8_t service, slot, cid;
	enum sdk_cid_state state;
	struct list waiting;		/* struct sdk_req.link, to send when READY */
	struct sdk_watch w;		/* GobiNet client fd (-1 otherwise) */
	struct sdk_job *job;		/* GobiNet bind in progress */
};

enum sdk_req_kind {
	REQ_APP,		/* an application's QMI request */
	REQ_CTL_SYNC,
	REQ_CTL_ALLOC,		/* cid: the record being allocated */
	REQ_CTL_RELEASE,
};

struct sdk_req {
	struct list link;		/* dev->pending or cid->waiting */
	struct list hlink;		/* dev->hash bucket while sent */
	struct list app_link;		/* app->reqs (REQ_APP) */
	enum sdk_req_kind kind;
	struct sdk_dev *dev;
	struct sdk_app *app;
	struct sdk_cid *cid;
	bool sent;
	uint32_t req_id;
	uint8_t service, slot;
	uint16_t msg_id, txn;
	uint8_t to_cid;			/* CID it was sent to (checked on the answer) */
	uint64_t deadline;		/* ms, monotonic */
	bool retried;			/* resent once on a new CID (InvalidClientId) */
	uint16_t tlv_len;
	uint8_t tlv[];			/* REQ_APP: a copy, kept to resend */
};

struct sdk_opts {
	const char *socket_path;
	const char *group;		/* NULL: root and our own uid only */
	const char *pidfile;
	const char *sysfs_root;
	const char *dev_root;
	const char **devices;		/* --device, n_devices of them */
	unsigned n_devices;
	int foreground;
	int verbosity;
	int ready_fd;			/* --ready-fd, or -1 */
};

struct sdk {
	const struct sdk_opts *o;
	const struct sdk_io *io;
	uint64_t now;			/* ms, monotonic: this wake-up's time */
	int epfd;
	struct sdk_watch listen_w;
	struct sdk_timer listen_rest;	/* out of descriptors: watch the listener again */
	unsigned fd_short;		/* accepts that failed for lack of descriptors */
	unsigned fd_evicted;		/* ... silent connections closed to make room */
	uint64_t fd_logged_at;		/* last "out of descriptors" log line */
	struct sdk_watch signal_w;
	gid_t group;
	bool has_group;
	bool quit;
	struct list devs;
	struct list apps;		/* live ones */
	struct list dead_apps;		/* closed at the end of the loop iteration */
	unsigned n_hello;		/* live apps past HELLO (STATS) */
	unsigned n_reqs;		/* requests in flight or waiting, all devices */
	struct list timers;		/* struct sdk_timer.link, earliest first */
	struct sdk_timer expiry;	/* at the earliest request deadline (or earlier) */
	struct ipc_stats st;		/* counters for STATS (apps etc. computed) */
};

/* ---- loop.c ---- */
uint64_t sdk_clock(void);		/* ms, monotonic */
int sdk_watch_add(struct sdk *s, struct sdk_watch *w, uint32_t events);
int sdk_watch_mod(struct sdk *s, struct sdk_watch *w, uint32_t events);
void sdk_watch_del(struct sdk *s, struct sdk_watch *w);
/* Sleeps until an fd is ready or a timer is due; runs until s->quit. */
int sdk_run(struct sdk *s);

/* ---- timer.c ---- */
void sdk_timer_init(struct sdk_timer *t, void (*fn)(struct sdk *s, struct sdk_timer *t));
/* (Re)arms t for `at` (0: the end of this loop iteration). */
void sdk_timer_arm(struct sdk *s, struct sdk_timer *t, uint64_t at);
void sdk_timer_cancel(struct sdk_timer *t);
bool sdk_timer_armed(const struct sdk_timer *t);
/* Fires the timers due at s->now, each disarmed before its call. */
void sdk_timers_run(struct sdk *s);
/* Milliseconds until the next timer (for epoll_wait), -1: none armed. */
int sdk_timers_wait_ms(const struct sdk *s);

/* ---- uevent.c ---- */
/* Hot-plug: rescans on the kernel's uevents (or, without them, periodically). */
void uevent_start(struct sdk *s);
void uevent_stop(struct sdk *s);

/* ---- listen.c ---- */
int sdk_listen(struct sdk *s);
void sdk_listen_close(struct sdk *s);

/* ---- app.c ---- */
void app_accept(struct sdk *s, int fd, uid_t uid, pid_t pid, bool allowed);
/* Out of descriptors: closes the oldest connection that has been silent
 * (no HELLO, nothing to read) for SDK_EVICT_AGE_MS. false: none. */
bool app_evict_silent(struct sdk *s);
/* Handles one decoded message from the app; anything out of place closes it. */
void app_handle(struct sdk_app *a, const struct ipc_msg *m);
/* The real sdk_io.app_write: the app's socket. */
int app_socket_write(struct sdk_app *a, const uint8_t *pkt, size_t len);
/* Queues or sends m to the app; indications may be dropped (LOST later). */
void app_send(struct sdk_app *a, const struct ipc_msg *m, bool indication);
void app_send_response(struct sdk_app *a, uint32_t req_id, uint32_t status, uint8_t service,
		       uint8_t slot, uint16_t msg_id, const uint8_t *tlv, uint16_t tlv_len);
void app_send_state(struct sdk_app *a, struct sdk_dev *d, enum ipc_dev_state state);
void app_kill(struct sdk_app *a);	/* mark dead: closed after this iteration */
/* Reads the app's socket only while it is within its limits (requests in
 * flight or answered but unread, bytes queued); call when they change. */
void app_update_watch(struct sdk_app *a);
void app_reap(struct sdk *s);		/* close the dead ones */
void app_release_device(struct sdk_app *a, uint32_t status);
void app_close_all(struct sdk *s);

/* ---- device.c ---- */
/* A device to serve; opened at the end of this loop iteration. */
struct sdk_dev *dev_add(struct sdk *s, const char *node, bool from_cmdline);
struct sdk_dev *dev_find(struct sdk *s, const char *node);
/* Reads sysfs: new modems are added (without --device), known ones learn their facts. */
void dev_rescan(struct sdk *s);
/* The modem reset (lost = false: CTL Sync) or vanished (lost = true). */
void dev_fail(struct sdk_dev *d, bool lost);
/* A write or bind found the device gone: failed at the end of this loop iteration. */
void dev_break(struct sdk_dev *d);
void dev_describe(const struct sdk_dev *d, struct ipc_device *out);
void dev_close_all(struct sdk *s);
/* Sends one request (through s->io); a write error breaks the device. 0 or -errno. */
int dev_send(struct sdk_dev *d, uint8_t service, uint8_t cid, uint16_t txn, uint16_t msg_id,
	     const uint8_t *tlv, size_t tlv_len);
/* The real sdk_io.dev_write: the device's transport. */
int dev_transport_write(struct sdk_dev *d, uint8_t service, uint8_t cid, uint16_t txn,
			uint16_t msg_id, const uint8_t *tlv, size_t tlv_len);
void dev_notify(struct sdk_dev *d, enum ipc_dev_state state);
/* CTL Sync answered (or not at all): the device serves requests. */
void dev_synced(struct sdk_dev *d);
/* Reads what the modem sent on fd (the device's, or a GobiNet client's);
 * a read error or hang-up fails the device. The CID whose fd it was may
 * be gone afterwards. */
void dev_read(struct sdk_dev *d, int fd, uint32_t events);
/* Handles a frame from the modem (transport callback; arg is the device). */
void dev_frame(void *arg, const struct qmux_frame *f);

/* ---- cid.c ---- */
struct sdk_cid *cid_get(struct sdk_app *a, struct sdk_dev *d, uint8_t service, uint8_t slot);
void cid_start(struct sdk_cid *c);	/* allocate if the device is ready */
void cid_allocated(struct sdk_cid *c, int qmi_error, uint8_t cid);
void cid_release(struct sdk_cid *c);	/* app done with it: give it back, free */
void cid_drop(struct sdk_cid *c, uint32_t status);	/* modem forgot it: free */
void cid_release_stray(struct sdk_dev *d, uint8_t service, uint8_t cid);
/* The modem answered r with InvalidClientId: r goes again (once) on a new
 * CID, allocated unless another request did that already. */
void cid_forgotten(struct sdk_req *r);
unsigned cid_count(struct sdk *s);

/* ---- binder.c ---- */
/* A bind finished (on the loop's thread): the bound fd, or -errno. */
typedef void sdk_bound_fn(void *arg, int fd);
int binder_start(struct sdk *s);
void binder_stop(struct sdk *s);	/* waits (bounded) for queued closes */
/* Binds a client of service on node off the loop; NULL if it cannot be queued. */
struct sdk_job *binder_bind(const char *node, uint8_t service, sdk_bound_fn *done, void *arg);
void binder_cancel(struct sdk_job *j);	/* nobody waits any more: the fd gets closed */
void binder_close(int fd);		/* close a bound fd, releasing its CID */

/* ---- request.c ---- */
void req_submit(struct sdk_app *a, const struct ipc_qmi_request *q);
/* Sends a waiting request once its CID is READY. */
void req_send(struct sdk_req *r);
/* Takes a sent request out of flight (to wait for a CID again). */
void req_unsend(struct sdk_req *r);
int req_ctl(struct sdk_dev *d, enum sdk_req_kind kind, struct sdk_cid *c,
	    const struct qmi_msg *msg, const void *body);
struct sdk_req *req_lookup(struct sdk_dev *d, uint8_t service, uint16_t txn);
/* Answers (status != IPC_OK: fails) and frees a request. */
void req_finish(struct sdk_req *r, uint32_t status, const struct qmi_sdu *sdu);
void req_free(struct sdk_req *r);
/* The expiry timer: answers (or gives up) what is past its deadline. */
void req_expire(struct sdk *s, struct sdk_timer *t);

#endif
