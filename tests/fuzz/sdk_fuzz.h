/*
 * The daemon (pkgs/sdk, libslqssdk-test.a) for the fuzz targets
 * fuzz_sdk_session.c and fuzz_sdk_device.c: one stub modem, stub apps
 * (eventfds: nothing is ever read from them), a clock of our own, and the
 * fuzzer's bytes as a stream of choices. Header-only (static functions) so
 * that the other fuzz targets, which link every other .c file of
 * tests/fuzz, do not pull the daemon in.
 *
 * Promises checked besides crashes and sanitizer reports: every packet the
 * daemon sends an app decodes; when every app has gone and the device is
 * closed, no request, CID or queued byte is left.
 */
#ifndef SLQS_TESTS_FUZZ_SDK_FUZZ_H
#define SLQS_TESTS_FUZZ_SDK_FUZZ_H

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "core/log.h"
#include "core/qmi_error.h"
#include "pkgs/ctl/ctl_msg.h"
#include "pkgs/sdk/sdk.h"

#define FZ_NODE     "fuzz0"
#define FZ_MAX_APPS 6
#define FZ_SENT     64	/* the modem remembers the last requests it got */

/* The fuzzer's bytes, read as choices; zeros once they run out. */
struct fz {
	const uint8_t *p;
	size_t n;
};

static uint8_t fz_u8(struct fz *z)
{
	if (!z->n)
		return 0;
	z->n--;
	return *z->p++;
}

static uint16_t fz_u16(struct fz *z)
{
	return (uint16_t)(fz_u8(z) | fz_u8(z) << 8);
}

/* Up to max bytes of the input (pointing into it). */
static const uint8_t *fz_bytes(struct fz *z, size_t max, uint16_t *len)
{
	const uint8_t *p = z->p;
	size_t n = fz_u8(z);

	if (n > max)
		n = max;
	if (n > z->n)
		n = z->n;
	z->p += n;
	z->n -= n;
	*len = (uint16_t)n;
	return p;
}

/* ---- the stub modem and apps ------------------------------------------------ */

struct fz_sent {
	uint8_t service, cid;
	uint16_t txn, msg_id;
	uint8_t alloc_service;	/* Allocate CID: the service asked for */
};

static struct {
	struct sdk_opts opts;
	struct sdk s;
	struct sdk_dev *dev;
	struct fz_sent sent[FZ_SENT];
	unsigned n_sent;	/* ever; sent[n % FZ_SENT] */
	bool write_fails;
	pid_t full[FZ_MAX_APPS + 1];	/* these apps' sockets are full */
	pid_t next_pid;
} F;

static int fz_dev_write(struct sdk_dev *d, uint8_t service, uint8_t cid, uint16_t txn,
			uint16_t msg_id, const uint8_t *tlv, size_t tlv_len)
{
	struct fz_sent *e = &F.sent[F.n_sent++ % FZ_SENT];

	(void)d;
	if (F.write_fails)
		return -EIO;
	*e = (struct fz_sent){ .service = service, .cid = cid, .txn = txn, .msg_id = msg_id };
	if (service == QMI_SVC_CTL && msg_id == CTL_MSG_ALLOCATE_CID && tlv_len >= 4)
		e->alloc_service = tlv[3];
	return 0;
}

static int fz_app_write(struct sdk_app *a, const uint8_t *pkt, size_t len)
{
	struct ipc_msg m;

	for (unsigned i = 0; i < FZ_MAX_APPS + 1; i++)
		if (F.full[i] && F.full[i] == a->pid)
			return -EAGAIN;
	if (slqs_ipc_decode(pkt, len, &m) != 0)
		abort();	/* the daemon sent something an app cannot read */
	return 0;
}

static const struct sdk_io fz_io = { .dev_write = fz_dev_write, .app_write = fz_app_write };

/* What the loop does after each wake-up. */
static void fz_settle(void)
{
	sdk_timers_run(&F.s);
	app_reap(&F.s);
}

static void fz_later(uint64_t ms)
{
	F.s.now += ms;
	fz_settle();
}

/* The modem is there and synced (the stub needs no open). */
static void fz_plug(void)
{
	sdk_timer_cancel(&F.dev->timer);
	if (F.dev->state == DEV_GONE)
		dev_synced(F.dev);
}

static void fz_setup(void)
{
	static bool quiet;

	if (!quiet) {
		slqs_log_init("fuzz", 0, SLQS_LOG_ERR);
		quiet = true;
	}
	memset(&F, 0, sizeof(F));
	F.opts.n_devices = 1;
	F.s.o = &F.opts;
	F.s.io = &fz_io;
	F.s.now = 1000;
	F.s.epfd = epoll_create1(EPOLL_CLOEXEC);
	F.s.listen_w.fd = -1;
	list_init(&F.s.devs);
	list_init(&F.s.apps);
	list_init(&F.s.dead_apps);
	list_init(&F.s.timers);
	sdk_timer_init(&F.s.expiry, req_expire);
	F.next_pid = 100;
	F.dev = dev_add(&F.s, FZ_NODE, true);
	if (F.s.epfd < 0 || !F.dev)
		abort();
	fz_plug();
}

/* Everything gone: nothing may be left behind. */
static void fz_teardown(void)
{
	app_close_all(&F.s);
	if (F.s.n_hello || !list_empty(&F.s.apps))
		abort();
	for (struct list *p = F.dev->cids.next; p != &F.dev->cids; p = p->next) {
		const struct sdk_cid *c = list_entry(p, struct sdk_cid, dev_link);

		if (c->app || c->state != CID_ALLOCATING)
			abort();	/* only allocations in flight may outlive their app */
	}
	dev_close_all(&F.s);
	if (F.s.n_reqs || sdk_timer_armed(&F.s.expiry))
		abort();
	close(F.s.epfd);
}

/* ---- apps -------------------------------------------------------------------- */

static unsigned fz_n_apps(void)
{
	unsigned n = 0;

	for (struct list *p = F.s.apps.next; p != &F.s.apps; p = p->next)
		n++;
	return n;
}

/* The live app number i (modulo their count), or NULL when there is none. */
static struct sdk_app *fz_app(uint8_t i)
{
	unsigned n = fz_n_apps(), k = 0;

	if (!n)
		return NULL;
	i %= n;
	for (struct list *p = F.s.apps.next; p != &F.s.apps; p = p->next, k++)
		if (k == i)
			return list_entry(p, struct sdk_app, link);
	return NULL;
}

/* A new connection; `greet` makes it say HELLO and CONNECT. */
static void fz_app_new(bool greet)
{
	struct ipc_msg hello = { .type = IPC_HELLO }, conn = { .type = IPC_CONNECT };
	struct sdk_app *a;
	int fd;

	if (fz_n_apps() >= FZ_MAX_APPS || (fd = eventfd(0, EFD_CLOEXEC)) < 0)
		return;
	app_accept(&F.s, fd, 0, F.next_pid++, true);
	if (!greet || list_empty(&F.s.apps))
		return;
	a = list_entry(F.s.apps.prev, struct sdk_app, link);
	hello.u.hello.version = IPC_VERSION;
	app_handle(a, &hello);
	strcpy(conn.u.connect.node, FZ_NODE);
	app_handle(a, &conn);
	fz_settle();
}

/* The app's socket fills up (or drains: its queue is flushed). */
static void fz_toggle_full(struct sdk_app *a)
{
	for (unsigned i = 0; i < FZ_MAX_APPS + 1; i++)
		if (F.full[i] == a->pid) {
			F.full[i] = 0;
			a->w.fn(&F.s, &a->w, EPOLLOUT);
			fz_settle();
			return;
		}
	for (unsigned i = 0; i < FZ_MAX_APPS + 1; i++)
		if (!F.full[i]) {
			F.full[i] = a->pid;
			return;
		}
}

/* A QMI request of the app, its fields chosen by the input. */
static void fz_request(struct fz *z, struct sdk_app *a)
{
	struct ipc_msg m = { .type = IPC_QMI_REQUEST };
	static const uint8_t services[] = { 0x02, 0x03, 0x0B, 0x01, 0x00, 0x1A };

	m.u.req.req_id = fz_u16(z);
	m.u.req.service = services[fz_u8(z) % sizeof(services)];
	m.u.req.client = fz_u8(z) % (IPC_MAX_CLIENTS + 1);
	m.u.req.timeout_ms = (uint32_t)fz_u8(z) * 100;
	m.u.req.msg_id = fz_u16(z);
	m.u.req.tlv = fz_bytes(z, 64, &m.u.req.tlv_len);
	app_handle(a, &m);
	fz_settle();
}

/* ---- the modem's side -------------------------------------------------------- */

static void fz_frame(uint8_t service, uint8_t cid, enum qmi_kind kind, uint16_t txn,
		     uint16_t msg_id, const uint8_t *tlv, uint16_t tlv_len)
{
	struct qmux_frame f = { .flags = QMUX_FLAG_FROM_MODEM, .service = service, .client = cid,
				.sdu = { .kind = kind, .txn = txn, .msg_id = msg_id, .tlv = tlv,
					 .tlv_len = tlv_len } };

	dev_frame(F.dev, &f);
	fz_settle();
}

/* One of the last requests the modem got (chosen by the input), or NULL. */
static const struct fz_sent *fz_pick_sent(struct fz *z)
{
	unsigned have = F.n_sent < FZ_SENT ? F.n_sent : FZ_SENT;

	if (!have)
		return NULL;
	return &F.sent[(F.n_sent - 1 - fz_u8(z) % have) % FZ_SENT];
}

/*
 * The modem answers request e: success, a QMI error chosen by the input
 * (InvalidClientId often), or for Allocate CID a client id.
 */
static void fz_answer(struct fz *z, const struct fz_sent *e)
{
	uint8_t how = fz_u8(z);
	uint16_t err = how & 1 ? 0 : (how & 2 ? QMI_ERR_INVALID_CLIENT_ID : fz_u8(z));
	uint8_t tlv[12] = { 0x02, 4, 0, err ? 1 : 0, 0, (uint8_t)err, (uint8_t)(err >> 8) };
	uint16_t len = 7;

	if (e->service == QMI_SVC_CTL && e->msg_id == CTL_MSG_ALLOCATE_CID) {
		tlv[7] = 0x01;
		tlv[8] = 2;
		tlv[9] = 0;
		tlv[10] = how & 4 ? fz_u8(z) : e->alloc_service;	/* sometimes another service */
		tlv[11] = fz_u8(z);
		len = 12;
	}
	fz_frame(e->service, how & 8 ? fz_u8(z) : e->cid, QMI_RESPONSE, e->txn, e->msg_id, tlv,
		 len);
}

#endif
