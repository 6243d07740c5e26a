/*
 * Client ids: one per (app, service, client slot) on the app's device,
 * allocated on first use, given back when the app disconnects or dies.
 *
 * QMUX kinds: CTL Allocate/Release CID, asynchronous; an app that leaves
 * while its CID is being allocated leaves an orphan record, released as
 * soon as the answer comes. An Allocate answer nobody waits for (its
 * request timed out) is released too, so the modem never keeps a CID we
 * do not know about. GobiNet: a bound fd per CID; closing it releases.
 *
 * A CID the modem forgets on its own (it answers InvalidClientId: a
 * firmware hiccup, another program releasing it) is replaced: the request
 * goes again, once, on a new one, and the app hears SERVICE_RESET (what
 * it registered with the modem on the old CID is gone).
 */
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <unistd.h>

#include "core/log.h"
#include "pkgs/ctl/ctl_msg.h"
#include "pkgs/sdk/sdk.h"

static void on_cid_fd(struct sdk *s, struct sdk_watch *w, uint32_t events)
{
	(void)s;
	dev_read(list_entry(w, struct sdk_cid, w)->dev, w->fd, events);
}

struct sdk_cid *cid_get(struct sdk_app *a, struct sdk_dev *d, uint8_t service, uint8_t slot)
{
	struct list *pos;
	struct sdk_cid *c;

	for (pos = a->cids.next; pos != &a->cids; pos = pos->next) {
		c = list_entry(pos, struct sdk_cid, app_link);
		if (c->service == service && c->slot == slot)
			return c;
	}
	c = calloc(1, sizeof(*c));
	if (!c)
		return NULL;
	c->dev = d;
	c->app = a;
	c->service = service;
	c->slot = slot;
	c->state = CID_WAIT_DEV;
	c->w.fd = -1;
	c->w.fn = on_cid_fd;
	list_init(&c->waiting);
	list_add_tail(&d->cids, &c->dev_link);
	list_add_tail(&a->cids, &c->app_link);
	return c;
}

/* GobiNet: stops a bind in progress, or closes the bound fd (releasing the CID). */
static void cid_unbind(struct sdk_cid *c)
{
	binder_cancel(c->job);
	c->job = NULL;
	if (c->w.fd >= 0) {
		int fd = c->dev->tr ? slqs_transport_client_remove(c->dev->tr, c->service, c->cid)
				    : -1;

		sdk_watch_del(c->dev->s, &c->w);
		if (fd >= 0)
			binder_close(fd);
		c->w.fd = -1;
	}
}

static void cid_free(struct sdk_cid *c)
{
	cid_unbind(c);
	list_del(&c->dev_link);
	list_del(&c->app_link);
	free(c);
}

/* Answers every request waiting for c with status. */
static void fail_waiting(struct sdk_cid *c, uint32_t status)
{
	while (!list_empty(&c->waiting))
		req_finish(list_entry(c->waiting.next, struct sdk_req, link), status, NULL);
}

/* Sends the requests that waited for c. */
static void cid_ready(struct sdk_cid *c)
{
	c->state = CID_READY;
	while (!list_empty(&c->waiting))
		req_send(list_entry(c->waiting.next, struct sdk_req, link));
}

/* Did a bind fail because the node itself went away? */
static bool node_vanished(int err)
{
	return err == -ENOENT || err == -ENODEV || err == -ENXIO;
}

static uint32_t bind_status(int err)
{
	if (node_vanished(err))
		return IPC_ST_NO_DEVICE;
	return err == -ENOMEM ? IPC_ST_MEMORY : IPC_ST_DRIVER;
}

/* A GobiNet bind finished: fd, or -errno. */
static void on_bound(void *arg, int fd)
{
	struct sdk_cid *c = arg;
	struct sdk_dev *d = c->dev;
	int rc = fd;

	c->job = NULL;
	if (fd >= 0) {
		rc = slqs_transport_client_add(d->tr, c->service, fd, &c->cid);
		if (rc < 0)
			binder_close(fd);
	}
	if (rc < 0) {
		log_warn("%s: binding a client of service 0x%02X failed: %s", d->node, c->service,
			 strerror(-rc));
		if (node_vanished(rc))
			dev_break(d);	/* unplugged: failed (and reopened) from the loop */
		cid_drop(c, bind_status(rc));
		return;
	}
	c->w.fd = fd;
	if (sdk_watch_add(d->s, &c->w, EPOLLIN) < 0) {
		cid_drop(c, IPC_ST_INTERNAL);
		return;
	}
	log_debug("%s: service 0x%02X client %u bound (app %d)", d->node, c->service, c->cid,
		  (int)c->app->pid);
	cid_ready(c);
}

void cid_start(struct sdk_cid *c)
{
	struct sdk_dev *d = c->dev;

	if (c->state != CID_WAIT_DEV || d->state != DEV_READY || d->broken)
		return;
	c->state = CID_ALLOCATING;
	if (d->per_client) {
		c->job = binder_bind(d->node, c->service, on_bound, c);
		if (!c->job)
			cid_drop(c, IPC_ST_MEMORY);
		return;
	}
	struct ctl_allocate_cid_req req = { .service = c->service };

	if (req_ctl(d, REQ_CTL_ALLOC, c, &slqs_ctl_allocate_cid, &req) < 0)
		cid_drop(c, IPC_ST_MEMORY);
}

void cid_release_stray(struct sdk_dev *d, uint8_t service, uint8_t cid)
{
	struct ctl_release_cid req = { .info = { .service = service, .cid = cid } };

	if (d->state == DEV_GONE || d->broken || d->per_client)
		return;
	req_ctl(d, REQ_CTL_RELEASE, NULL, &slqs_ctl_release_cid, &req);
}

void cid_allocated(struct sdk_cid *c, int qmi_error, uint8_t cid)
{
	struct sdk_dev *d = c->dev;

	if (!c->app) {	/* the app left meanwhile */
		if (!qmi_error)
			cid_release_stray(d, c->service, cid);
		cid_free(c);
		return;
	}
	if (qmi_error) {
		log_info("%s: the modem refused a CID for service 0x%02X: QMI error %d", d->node,
			 c->service, qmi_error);
		cid_drop(c, IPC_ST_QMI_OFFSET + (uint32_t)qmi_error);
		return;
	}
	c->cid = cid;
	log_debug("%s: service 0x%02X CID %u allocated (app %d)", d->node, c->service, cid,
		  (int)c->app->pid);
	cid_ready(c);
}

void cid_release(struct sdk_cid *c)
{
	struct sdk_dev *d = c->dev;

	fail_waiting(c, IPC_ST_NO_CONNECTION);
	switch (c->state) {
	case CID_ALLOCATING:
		if (d->per_client)	/* GobiNet: the binder closes what the bind gives */
			break;
		list_del(&c->app_link);	/* CTL: keep it for the answer, then release */
		c->app = NULL;
		return;
	case CID_READY:
		cid_release_stray(d, c->service, c->cid);
		log_debug("%s: service 0x%02X CID %u released", d->node, c->service, c->cid);
		break;
	default:
		break;
	}
	cid_free(c);	/* GobiNet: closing the fd releases the CID */
}

void cid_forgotten(struct sdk_req *r)
{
	struct sdk_cid *c = r->cid;
	struct sdk_dev *d = r->dev;

	req_unsend(r);
	r->retried = true;
	if (c->state == CID_READY && c->cid == r->to_cid) {
		struct ipc_msg m = { .type = IPC_SERVICE_RESET };

		log_info("%s: the modem forgot client id %u of service 0x%02X (app %d); "
			 "allocating another", d->node, c->cid, c->service, (int)c->app->pid);
		cid_unbind(c);
		c->state = CID_WAIT_DEV;
		m.u.svc_reset.service = c->service;
		m.u.svc_reset.client = c->slot;
		app_send(c->app, &m, false);
	}
	list_add_tail(&c->waiting, &r->link);
	if (c->state == CID_READY)
		req_send(r);	/* another request got the new CID already */
	else
		cid_start(c);
}

void cid_drop(struct sdk_cid *c, uint32_t status)
{
	struct list *pos, *tmp;

	fail_waiting(c, status);
	/* Requests still in flight on it (it was being replaced: the modem
	 * forgot it) must not outlive it. */
	if (c->app)
		list_for_each_safe(pos, tmp, &c->app->reqs) {
			struct sdk_req *r = list_entry(pos, struct sdk_req, app_link);

			if (r->cid == c)
				req_finish(r, status, NULL);
		}
	cid_free(c);
}

unsigned cid_count(struct sdk *s)
{
	unsigned n = 0;
	struct list *pos, *cpos;

	for (pos = s->devs.next; pos != &s->devs; pos = pos->next) {
		struct sdk_dev *d = list_entry(pos, struct sdk_dev, link);

		for (cpos = d->cids.next; cpos != &d->cids; cpos = cpos->next)
			n += list_entry(cpos, struct sdk_cid, dev_link)->state == CID_READY;
	}
	return n;
}
