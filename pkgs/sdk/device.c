/*
 * Modems: found in sysfs (or named with --device), opened, synced, and
 * watched. A CTL Sync indication means the modem dropped every CID: the
 * pending requests fail with IPC_ST_DEVICE_RESET and the apps hear RESET
 * then READY (their CIDs are allocated again on next use). A read or write
 * error means the device went away: requests fail with IPC_ST_NO_DEVICE,
 * apps hear GONE, and the node is tried again every SDK_REOPEN_MS until
 * it is back (READY). Each device has one timer: armed to reopen it, to
 * forget it (gone from sysfs, nobody connected) or to fail it from the
 * loop when a write found it broken; never while it serves.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>

#include "core/log.h"
#include "core/qmi_error.h"
#include "pkgs/ctl/ctl_msg.h"
#include "pkgs/sdk/sdk.h"

struct sdk_dev *dev_find(struct sdk *s, const char *node)
{
	struct list *pos;

	for (pos = s->devs.next; pos != &s->devs; pos = pos->next) {
		struct sdk_dev *d = list_entry(pos, struct sdk_dev, link);

		if (!strcmp(d->node, node))
			return d;
	}
	return NULL;
}

static void on_dev_timer(struct sdk *s, struct sdk_timer *t);

struct sdk_dev *dev_add(struct sdk *s, const char *node, bool from_cmdline)
{
	struct sdk_dev *d;
	unsigned n = 0;
	struct list *pos;

	for (pos = s->devs.next; pos != &s->devs; pos = pos->next)
		n++;
	if (strlen(node) >= sizeof(d->node) || n >= SDK_MAX_DEVICES)
		return NULL;
	d = calloc(1, sizeof(*d));
	if (!d)
		return NULL;
	d->s = s;
	strcpy(d->node, node);
	d->from_cmdline = from_cmdline;
	d->state = DEV_GONE;
	d->w.fd = -1;
	d->info.usb_if = -1;
	list_init(&d->apps);
	list_init(&d->cids);
	list_init(&d->pending);
	for (unsigned i = 0; i < SDK_REQ_HASH; i++)
		list_init(&d->hash[i]);
	list_add_tail(&s->devs, &d->link);
	sdk_timer_init(&d->timer, on_dev_timer);
	sdk_timer_arm(s, &d->timer, 0);
	return d;
}

static void dev_free(struct sdk_dev *d)
{
	sdk_timer_cancel(&d->timer);
	list_del(&d->link);
	free(d);
}

void dev_notify(struct sdk_dev *d, enum ipc_dev_state state)
{
	struct list *pos, *tmp;

	list_for_each_safe(pos, tmp, &d->apps) {
		struct sdk_app *a = list_entry(pos, struct sdk_app, dev_link);

		if (a->hello)
			app_send_state(a, d, state);
	}
}

void dev_describe(const struct sdk_dev *d, struct ipc_device *out)
{
	enum slqs_tr_kind kind = d->tr ? slqs_transport_kind(d->tr) : d->info.kind;
	uint32_t vidpid = d->tr ? slqs_transport_vidpid(d->tr) : 0;

	memset(out, 0, sizeof(*out));
	strcpy(out->node, d->node);
	/* The SLQS device key holds 15 characters: the serial's first ones. */
	memcpy(out->key, d->info.serial, strnlen(d->info.serial, sizeof(out->key) - 1));
	out->driver = (uint8_t)(kind ? kind : slqs_transport_guess(d->node));
	out->state = d->state == DEV_GONE ? IPC_DEV_GONE : IPC_DEV_READY;
	out->vid = d->info.vid ? d->info.vid : (uint16_t)(vidpid >> 16);
	out->pid = d->info.pid ? d->info.pid : (uint16_t)vidpid;
	out->usb_if = d->info.usb_if < 0 ? 0xFF : (uint8_t)d->info.usb_if;
	snprintf(out->ifname, sizeof(out->ifname), "%s", d->info.ifname);
	snprintf(out->serial, sizeof(out->serial), "%s", d->info.serial);
}

int dev_transport_write(struct sdk_dev *d, uint8_t service, uint8_t cid, uint16_t txn,
			uint16_t msg_id, const uint8_t *tlv, size_t tlv_len)
{
	if (!d->tr)
		return -ENODEV;
	return slqs_transport_send(d->tr, service, cid, txn, msg_id, tlv, tlv_len);
}

void dev_break(struct sdk_dev *d)
{
	if (d->broken)
		return;
	d->broken = true;	/* failed from the loop, not from deep in a call chain */
	sdk_timer_arm(d->s, &d->timer, 0);
}

int dev_send(struct sdk_dev *d, uint8_t service, uint8_t cid, uint16_t txn, uint16_t msg_id,
	     const uint8_t *tlv, size_t tlv_len)
{
	int rc;

	if (d->broken)
		return -ENODEV;
	rc = d->s->io->dev_write(d, service, cid, txn, msg_id, tlv, tlv_len);
	if (rc < 0 && rc != -EMSGSIZE && rc != -EINVAL && rc != -ENOMEM) {
		log_warn("%s: write failed: %s", d->node, strerror(-rc));
		dev_break(d);
	}
	return rc;
}

/* Starts the allocations that waited for the device. */
void dev_synced(struct sdk_dev *d)
{
	struct list *pos, *tmp;

	d->state = DEV_READY;
	log_info("%s: ready (%s)", d->node, d->tr ? slqs_tr_kind_name(slqs_transport_kind(d->tr))
						  : "no transport");
	if (d->told_gone) {
		d->told_gone = false;
		dev_notify(d, IPC_DEV_READY);
	}
	list_for_each_safe(pos, tmp, &d->cids)
		cid_start(list_entry(pos, struct sdk_cid, dev_link));
}

void dev_read(struct sdk_dev *d, int fd, uint32_t events)
{
	int rc = slqs_transport_recv(d->tr, fd, dev_frame, d);

	if (rc < 0 || (events & (EPOLLHUP | EPOLLERR))) {
		log_warn("%s: %s lost (%s)", d->node, fd == d->w.fd ? "device" : "client fd",
			 rc < 0 ? strerror(-rc) : "hangup");
		dev_fail(d, true);
	}
}

static void on_dev_fd(struct sdk *s, struct sdk_watch *w, uint32_t events)
{
	(void)s;
	dev_read(list_entry(w, struct sdk_dev, w), w->fd, events);
}

static void retry_later(struct sdk_dev *d)
{
	sdk_timer_arm(d->s, &d->timer, d->s->now + SDK_REOPEN_MS);
}

static void dev_open(struct sdk_dev *d)
{
	enum slqs_tr_kind kind = d->in_sysfs ? d->info.kind : SLQS_TR_UNKNOWN;
	int err;

	d->broken = false;
	d->tr = slqs_transport_open(d->node, kind, &err);
	if (!d->tr) {
		retry_later(d);
		log_debug("%s: cannot open: %s", d->node, strerror(-err));
		return;
	}
	if (d->from_cmdline && d->told_gone)
		dev_rescan(d->s);	/* plugged again: its sysfs facts may differ (no uevents) */
	d->per_client = slqs_transport_per_client(d->tr);
	if (d->per_client) {
		dev_synced(d);	/* the driver speaks CTL, not us */
		return;
	}
	d->w.fd = slqs_transport_fd(d->tr);
	d->w.fn = on_dev_fd;
	if (sdk_watch_add(d->s, &d->w, EPOLLIN) < 0) {
		slqs_transport_close(d->tr);
		d->tr = NULL;
		d->w.fd = -1;
		retry_later(d);
		return;
	}
	/* Sync drops CIDs a previous daemon may have left behind. */
	d->state = DEV_SYNCING;
	memset(d->txn, 0, sizeof(d->txn));
	if (req_ctl(d, REQ_CTL_SYNC, NULL, &slqs_ctl_sync, NULL) < 0)
		dev_synced(d);
}

static void close_transport(struct sdk_dev *d)
{
	if (d->w.fd >= 0) {
		sdk_watch_del(d->s, &d->w);
		d->w.fd = -1;
	}
	slqs_transport_close(d->tr);
	d->tr = NULL;
}

void dev_fail(struct sdk_dev *d, bool lost)
{
	bool reset = !lost;
	uint32_t status;

	/* GobiNet shows a modem reset as broken client fds on a node that still opens. */
	if (lost && d->tr && d->per_client && slqs_transport_probe(d->node) == 0)
		reset = true;
	status = reset ? IPC_ST_DEVICE_RESET : IPC_ST_NO_DEVICE;
	d->s->st.resets++;
	log_warn("%s: %s; failing %u pending requests, forgetting the CIDs", d->node,
		 reset ? "modem reset" : "device gone", d->n_pending);
	while (!list_empty(&d->pending)) {
		struct sdk_req *r = list_entry(d->pending.next, struct sdk_req, link);

		if (r->kind == REQ_APP)
			req_finish(r, status, NULL);
		else
			req_free(r);
	}
	while (!list_empty(&d->cids))
		cid_drop(list_entry(d->cids.next, struct sdk_cid, dev_link), status);
	if (lost)
		close_transport(d);
	d->broken = false;
	if (reset) {
		dev_notify(d, IPC_DEV_RESET);
		if (!lost) {	/* the same transport serves on */
			dev_notify(d, IPC_DEV_READY);
			return;
		}
		d->told_gone = true;
		d->state = DEV_GONE;
		dev_open(d);	/* GobiNet: the node opens, so it is back */
		if (d->state == DEV_GONE)	/* ... or it vanished right then */
			dev_notify(d, IPC_DEV_GONE);
		return;
	}
	d->state = DEV_GONE;
	d->told_gone = true;
	retry_later(d);
	dev_notify(d, IPC_DEV_GONE);
}

/* ---- frames from the modem ---------------------------------------------- */

static void ctl_answer(struct sdk_dev *d, struct sdk_req *r, const struct qmux_frame *f)
{
	struct ctl_allocate_cid_rsp rsp;
	struct qmi_result res = { 0, 0 };
	struct sdk_cid *c = r->cid;
	enum sdk_req_kind kind = r->kind;
	int rc;

	req_free(r);
	switch (kind) {
	case REQ_CTL_SYNC:
		dev_synced(d);
		break;
	case REQ_CTL_ALLOC:
		rc = slqs_msg_read(&f->sdu, &slqs_ctl_allocate_cid, &rsp, &res);
		if (rc < 0)
			cid_allocated(c, QMI_ERR_INTERNAL, 0);
		else if (res.result != QMI_RESULT_SUCCESS)
			cid_allocated(c, res.error ? res.error : QMI_ERR_INTERNAL, 0);
		else if (rsp.info.service != c->service)
			cid_allocated(c, QMI_ERR_INTERNAL, 0);
		else
			cid_allocated(c, 0, rsp.info.cid);
		break;
	default:
		break;	/* Release CID: nothing to do either way */
	}
}

/* An answer nobody waits for; an Allocate CID one would leak a CID. */
static void stray_answer(struct sdk_dev *d, const struct qmux_frame *f)
{
	struct ctl_allocate_cid_rsp rsp;
	struct qmi_result res;

	log_debug("%s: answer to unknown txn %u of service 0x%02X dropped", d->node, f->sdu.txn,
		  f->service);
	if (f->service == QMI_SVC_CTL && f->sdu.msg_id == CTL_MSG_ALLOCATE_CID &&
	    slqs_msg_read(&f->sdu, &slqs_ctl_allocate_cid, &rsp, &res) == 0 &&
	    res.result == QMI_RESULT_SUCCESS)
		cid_release_stray(d, rsp.info.service, rsp.info.cid);
}

static void route_indication(struct sdk_dev *d, const struct qmux_frame *f)
{
	struct ipc_msg m = { .type = IPC_INDICATION };
	struct list *pos;

	m.u.ind.service = f->service;
	m.u.ind.msg_id = f->sdu.msg_id;
	m.u.ind.tlv = f->sdu.tlv;
	m.u.ind.tlv_len = f->sdu.tlv_len;
	for (pos = d->cids.next; pos != &d->cids; pos = pos->next) {
		struct sdk_cid *c = list_entry(pos, struct sdk_cid, dev_link);

		if (c->state != CID_READY || !c->app || c->service != f->service ||
		    (f->client != QMI_CID_BROADCAST && c->cid != f->client))
			continue;
		m.u.ind.client = c->slot;
		app_send(c->app, &m, true);
	}
}

/* Did the modem answer "I do not know this client id"? */
static bool client_forgotten(const struct qmi_sdu *sdu)
{
	struct qmi_result res;

	return slqs_result_read(sdu->tlv, sdu->tlv_len, &res) == 0 &&
	       res.result != QMI_RESULT_SUCCESS && res.error == QMI_ERR_INVALID_CLIENT_ID;
}

void dev_frame(void *arg, const struct qmux_frame *f)
{
	struct sdk_dev *d = arg;
	struct sdk_req *r;

	switch (f->sdu.kind) {
	case QMI_RESPONSE:
		r = req_lookup(d, f->service, f->sdu.txn);
		if (!r) {
			stray_answer(d, f);
		} else if (f->service == QMI_SVC_CTL) {
			ctl_answer(d, r, f);
		} else if (r->to_cid != f->client) {
			log_warn("%s: answer to txn %u came for CID %u, not %u; dropped", d->node,
				 f->sdu.txn, f->client, r->to_cid);
		} else if (r->kind == REQ_APP && !r->retried && client_forgotten(&f->sdu)) {
			cid_forgotten(r);
		} else {
			req_finish(r, IPC_OK, &f->sdu);
		}
		break;
	case QMI_INDICATION:
		if (f->service != QMI_SVC_CTL)
			route_indication(d, f);
		else if (f->sdu.msg_id == CTL_MSG_SYNC && d->state == DEV_READY)
			dev_fail(d, false);	/* while syncing it only confirms ours */
		break;
	default:
		break;
	}
}

/* ---- discovery and retries ----------------------------------------------- */

void dev_rescan(struct sdk *s)
{
	static struct slqs_found found[SDK_MAX_DEVICES];
	static bool was_in_sysfs[SDK_MAX_DEVICES];
	struct list *pos;
	unsigned k = 0;
	int n;

	n = slqs_discover(s->o->sysfs_root, s->o->dev_root, found, SDK_MAX_DEVICES);
	for (pos = s->devs.next; pos != &s->devs; pos = pos->next) {
		struct sdk_dev *d = list_entry(pos, struct sdk_dev, link);

		was_in_sysfs[k++] = d->in_sysfs;
		d->in_sysfs = false;
	}
	for (int i = 0; i < n; i++) {
		struct sdk_dev *d = dev_find(s, found[i].node);

		if (!d && !s->o->n_devices) {
			d = dev_add(s, found[i].node, false);
			if (d)
				log_info("found %s (%s, %04x:%04x)", found[i].node,
					 found[i].driver[0] ? found[i].driver : "no driver",
					 found[i].vid, found[i].pid);
		}
		if (!d)
			continue;
		d->info = found[i];
		d->in_sysfs = true;
	}
	/* A gone device that came or went in sysfs: reopen or forget it now
	 * (those added by this scan come last and are opened anyway). */
	pos = s->devs.next;
	for (unsigned i = 0; i < k; i++, pos = pos->next) {
		struct sdk_dev *d = list_entry(pos, struct sdk_dev, link);

		if (d->state == DEV_GONE && was_in_sysfs[i] != d->in_sysfs)
			sdk_timer_arm(s, &d->timer, 0);
	}
}

/* Fails a broken device, or reopens (or forgets) a gone one. */
static void on_dev_timer(struct sdk *s, struct sdk_timer *t)
{
	struct sdk_dev *d = list_entry(t, struct sdk_dev, timer);

	(void)s;
	if (d->broken) {
		dev_fail(d, true);
		return;
	}
	if (d->state != DEV_GONE)
		return;
	if (!d->from_cmdline && !d->in_sysfs && list_empty(&d->apps)) {
		log_info("%s: removed", d->node);
		dev_free(d);
	} else {
		dev_open(d);
	}
}

void dev_close_all(struct sdk *s)
{
	while (!list_empty(&s->devs)) {
		struct sdk_dev *d = list_entry(s->devs.next, struct sdk_dev, link);

		while (!list_empty(&d->pending))
			req_free(list_entry(d->pending.next, struct sdk_req, link));
		while (!list_empty(&d->cids))
			cid_drop(list_entry(d->cids.next, struct sdk_cid, dev_link), IPC_ST_NO_DEVICE);
		if (d->tr)
			close_transport(d);
		dev_free(d);
	}
}
