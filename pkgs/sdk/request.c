/*
 * Requests in flight: the app's id <-> the modem's transaction id, the
 * per-request deadline, and the daemon's own CTL requests.
 *
 * A sent request sits on dev->pending and in dev->hash under (service,
 * txn); transaction ids count up per service (u8 on CTL, u16 elsewhere),
 * skipping 0 and ids still in flight, so answers of many apps interleave
 * freely. An app's request keeps a copy of its TLVs (in the same
 * allocation): it waits on cid->waiting while its CID is allocated, and
 * is resent once on a new CID if the modem forgot the old one. One timer (s->expiry) is armed at the earliest
 * deadline while any request exists, and cancelled with the last one.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "pkgs/sdk/sdk.h"

static unsigned bucket(uint8_t service, uint16_t txn)
{
	return ((unsigned)service * 7919u + txn) % SDK_REQ_HASH;
}

struct sdk_req *req_lookup(struct sdk_dev *d, uint8_t service, uint16_t txn)
{
	struct list *head = &d->hash[bucket(service, txn)], *pos;

	for (pos = head->next; pos != head; pos = pos->next) {
		struct sdk_req *r = list_entry(pos, struct sdk_req, hlink);

		if (r->service == service && r->txn == txn)
			return r;
	}
	return NULL;
}

static uint16_t next_txn(struct sdk_dev *d, uint8_t service)
{
	uint16_t limit = service == QMI_SVC_CTL ? 0xFF : 0xFFFF;

	for (unsigned tries = 0; tries < limit; tries++) {
		uint16_t t = d->txn[service] >= limit ? 1 : (uint16_t)(d->txn[service] + 1);

		d->txn[service] = t;
		if (!req_lookup(d, service, t))
			return t;
	}
	return 0;	/* every id in flight: cannot happen below the app limits */
}

static void note_deadline(struct sdk *s, uint64_t deadline)
{
	if (!sdk_timer_armed(&s->expiry) || deadline < s->expiry.at)
		sdk_timer_arm(s, &s->expiry, deadline);
}

static struct sdk_req *req_new(struct sdk_dev *d, enum sdk_req_kind kind, uint64_t timeout_ms,
			       const uint8_t *tlv, uint16_t tlv_len)
{
	struct sdk_req *r = malloc(sizeof(*r) + tlv_len);

	if (!r)
		return NULL;
	memset(r, 0, sizeof(*r));
	r->tlv_len = tlv_len;
	if (tlv_len)
		memcpy(r->tlv, tlv, tlv_len);
	list_init(&r->link);
	list_init(&r->hlink);
	list_init(&r->app_link);
	r->kind = kind;
	r->dev = d;
	r->deadline = d->s->now + timeout_ms;
	d->s->n_reqs++;
	note_deadline(d->s, r->deadline);
	return r;
}

void req_free(struct sdk_req *r)
{
	list_del(&r->link);
	if (r->sent) {
		list_del(&r->hlink);
		r->dev->n_pending--;
	}
	if (r->app) {
		list_del(&r->app_link);
		r->app->n_reqs--;
		app_update_watch(r->app);
	}
	if (--r->dev->s->n_reqs == 0)
		sdk_timer_cancel(&r->dev->s->expiry);
	free(r);
}

void req_finish(struct sdk_req *r, uint32_t status, const struct qmi_sdu *sdu)
{
	if (r->kind == REQ_APP && r->app)
		app_send_response(r->app, r->req_id, status, r->service, r->slot,
				  sdu ? sdu->msg_id : r->msg_id, sdu ? sdu->tlv : NULL,
				  sdu ? sdu->tlv_len : 0);
	req_free(r);
}

/*
 * Puts r in flight with a fresh txn and writes it. A write error leaves
 * it in flight: the device is marked broken and failing it answers r.
 */
static void transmit(struct sdk_req *r, uint8_t cid, const uint8_t *tlv, size_t len)
{
	struct sdk_dev *d = r->dev;
	int rc;

	r->txn = next_txn(d, r->service);
	r->to_cid = cid;
	r->sent = true;
	list_del(&r->link);
	list_add_tail(&d->pending, &r->link);
	list_add_tail(&d->hash[bucket(r->service, r->txn)], &r->hlink);
	d->n_pending++;
	rc = dev_send(d, r->service, cid, r->txn, r->msg_id, tlv, len);
	if (rc == -EMSGSIZE || rc == -EINVAL)
		req_finish(r, rc == -EMSGSIZE ? IPC_ST_BUFFER_SZ : IPC_ST_INTERNAL, NULL);
}

void req_send(struct sdk_req *r)
{
	transmit(r, r->cid->cid, r->tlv, r->tlv_len);
}

void req_unsend(struct sdk_req *r)
{
	if (!r->sent)
		return;
	r->sent = false;
	list_del(&r->hlink);
	list_del(&r->link);
	r->dev->n_pending--;
}

void req_submit(struct sdk_app *a, const struct ipc_qmi_request *q)
{
	struct sdk_dev *d = a->dev;
	uint32_t status = IPC_OK;
	struct sdk_cid *c = NULL;
	struct sdk_req *r = NULL;

	if (!d)
		status = IPC_ST_NO_CONNECTION;
	else if (q->service == QMI_SVC_CTL || q->client >= IPC_MAX_CLIENTS)
		status = IPC_ST_INVALID_ARG;
	else if (d->state == DEV_GONE || d->broken)
		status = IPC_ST_NO_DEVICE;
	else if (a->n_reqs >= SDK_APP_MAX_PENDING)
		status = IPC_ST_MEMORY;
	else if (!(c = cid_get(a, d, q->service, q->client)) ||
		 !(r = req_new(d, REQ_APP, q->timeout_ms ? q->timeout_ms : IPC_DEFAULT_TIMEOUT_MS,
			       q->tlv, q->tlv_len)))
		status = IPC_ST_MEMORY;
	if (status != IPC_OK) {
		app_send_response(a, q->req_id, status, q->service, q->client, q->msg_id, NULL, 0);
		return;
	}
	r->app = a;
	r->cid = c;
	r->req_id = q->req_id;
	r->service = q->service;
	r->slot = q->client;
	r->msg_id = q->msg_id;
	list_add_tail(&a->reqs, &r->app_link);
	a->n_reqs++;
	app_update_watch(a);
	a->s->st.requests++;
	if (c->state == CID_READY) {
		req_send(r);
		return;
	}
	list_add_tail(&c->waiting, &r->link);
	cid_start(c);	/* may answer r at once (GobiNet bind refused) */
}

int req_ctl(struct sdk_dev *d, enum sdk_req_kind kind, struct sdk_cid *c,
	    const struct qmi_msg *msg, const void *body)
{
	uint8_t tlv[256];
	struct qmi_wbuf w;
	struct sdk_req *r;

	qmi_wbuf_init(&w, tlv, sizeof(tlv));
	if (body && msg->req && slqs_encode(msg->req, body, &w) < 0)
		return -EINVAL;
	r = req_new(d, kind, SDK_CTL_TIMEOUT_MS, NULL, 0);
	if (!r)
		return -ENOMEM;
	r->cid = c;
	r->service = QMI_SVC_CTL;
	r->msg_id = msg->id;
	transmit(r, 0, tlv, w.len);
	return 0;
}

/* A CTL request of ours got no answer in time. */
static void ctl_expired(struct sdk_req *r)
{
	struct sdk_dev *d = r->dev;
	struct sdk_cid *c = r->cid;
	enum sdk_req_kind kind = r->kind;

	req_free(r);
	switch (kind) {
	case REQ_CTL_SYNC:
		log_warn("%s: no answer to CTL Sync; using the device anyway", d->node);
		dev_synced(d);
		break;
	case REQ_CTL_ALLOC:
		log_warn("%s: no answer to Allocate CID for service 0x%02X", d->node, c->service);
		cid_drop(c, IPC_ST_TIMEOUT);
		break;
	default:
		break;
	}
}

static void expire_dev(struct sdk *s, struct sdk_dev *d, uint64_t now, uint64_t *next)
{
	struct list ctl, *pos, *tmp, *cpos;

	list_init(&ctl);
	list_for_each_safe(pos, tmp, &d->pending) {
		struct sdk_req *r = list_entry(pos, struct sdk_req, link);

		if (r->deadline > now) {
			*next = r->deadline < *next ? r->deadline : *next;
		} else if (r->kind == REQ_APP) {
			s->st.timeouts++;
			req_finish(r, IPC_ST_TIMEOUT, NULL);
		} else {
			list_del(&r->link);
			list_add_tail(&ctl, &r->link);
		}
	}
	for (cpos = d->cids.next; cpos != &d->cids; cpos = cpos->next) {
		struct sdk_cid *c = list_entry(cpos, struct sdk_cid, dev_link);

		list_for_each_safe(pos, tmp, &c->waiting) {
			struct sdk_req *r = list_entry(pos, struct sdk_req, link);

			if (r->deadline > now) {
				*next = r->deadline < *next ? r->deadline : *next;
			} else {
				s->st.timeouts++;
				req_finish(r, IPC_ST_TIMEOUT, NULL);
			}
		}
	}
	/* After the walks: these may drop CIDs and start new requests. */
	while (!list_empty(&ctl))
		ctl_expired(list_entry(ctl.next, struct sdk_req, link));
}

void req_expire(struct sdk *s, struct sdk_timer *t)
{
	uint64_t next = UINT64_MAX;
	struct list *pos;

	(void)t;
	for (pos = s->devs.next; pos != &s->devs; pos = pos->next)
		expire_dev(s, list_entry(pos, struct sdk_dev, link), s->now, &next);
	if (s->n_reqs && next != UINT64_MAX)
		note_deadline(s, next);
}
