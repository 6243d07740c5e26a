/*
 * The modem object: its services, the path of a host frame to a handler,
 * and the functions sim.h promises to service modules.
 */
#include "tools/qmisim/sim_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/log.h"
#include "core/status.h"
#include "tools/qmisim/sim_services.h"

/* ---- services ------------------------------------------------------------- */

struct sim_slot *sim_slot_by_id(struct sim_modem *m, uint8_t service)
{
	for (size_t i = 0; i < m->n_slots; i++)
		if (m->slots[i].svc->id == service)
			return &m->slots[i];
	return NULL;
}

struct sim_slot *sim_slot_by_name(struct sim_modem *m, const char *name)
{
	for (size_t i = 0; i < m->n_slots; i++)
		if (!strcasecmp(m->slots[i].svc->name, name))
			return &m->slots[i];
	return NULL;
}

void *sim_state(struct sim_modem *m, uint8_t service)
{
	struct sim_slot *s = sim_slot_by_id(m, service);

	return s ? s->state : NULL;
}

void sim_event(struct sim_modem *m, enum sim_event_kind ev)
{
	for (size_t i = 0; i < m->n_slots; i++)
		if (m->slots[i].svc->event)
			m->slots[i].svc->event(m, m->slots[i].state, ev);
}

void sim_for_each_client(struct sim_modem *m, uint8_t service,
			 void (*fn)(struct sim_modem *m, struct sim_client *c, void *arg),
			 void *arg)
{
	struct sim_slot *s = sim_slot_by_id(m, service);

	if (!s)
		return;
	for (unsigned cid = SIM_CID_MIN; cid <= SIM_CID_MAX; cid++)
		if (s->clients[cid])
			fn(m, &s->clients[cid]->c, arg);
}

unsigned sim_modem_index(const struct sim_modem *m)
{
	return m->index;
}

const char *sim_modem_name(const struct sim_modem *m)
{
	return m->name;
}

const struct sim_stats *sim_modem_stats(const struct sim_modem *m)
{
	return &m->stats;
}

unsigned sim_modem_cids_in_use(const struct sim_modem *m, uint8_t service)
{
	for (size_t i = 0; i < m->n_slots; i++)
		if (m->slots[i].svc->id == service)
			return m->slots[i].in_use;
	return 0;
}

int sim_modem_unplugged(const struct sim_modem *m)
{
	return m->unplugged;
}

void sim_modem_set_record(struct sim_modem *m, struct sim_record *rec)
{
	m->rec = rec;
}

void sim_modem_set_replay(struct sim_modem *m, struct sim_replay *rp)
{
	m->replay = rp;
}

/* ---- reset ------------------------------------------------------------------ */

void sim_do_reset(struct sim_modem *m)
{
	m->reset_pending = 0;
	m->stats.resets++;
	log_info("%s: reset: Sync indication, every client id dropped", m->name);
	sim_ctl_sync_indication(m);
	sim_client_release_all(m, NULL);
	sim_event(m, SIM_EV_BOOT);
}

void sim_request_reset(struct sim_modem *m)
{
	if (m->in_request)
		m->reset_pending = 1;	/* after the current response */
	else
		sim_do_reset(m);
}

/* ---- indications ---------------------------------------------------------- */

int sim_indicate(struct sim_modem *m, const struct qmi_msg *msg, uint8_t cid, const void *ind)
{
	struct sim_slot *s = sim_slot_by_id(m, msg->service);
	struct sim_client_rec *c = NULL;
	struct qmi_wbuf w;
	int rc;

	if (!s)
		return QMI_E_INVAL;
	if (cid != QMI_CID_BROADCAST) {
		c = sim_client_find(s, cid);
		if (!c)
			return QMI_E_INVAL;
	}
	if (sim_frame_begin(m, &w))
		return QMI_E_NOSPACE;
	rc = slqs_msg_write(&w, 1, msg, QMI_INDICATION, cid, 0, NULL, ind);
	if (rc) {
		log_err("%s: cannot encode indication %s: %s", m->name, msg->name,
			slqs_status_str(rc));
		return rc;
	}
	if (c && c->port == SIM_PORT_NONE)
		return 0;	/* a CID held by the exhaust fault: nobody listens */
	sim_frame_queue(m, &w, c ? c->port : SIM_PORT_ALL, SIM_OUT_INDICATION);
	return 0;
}

/* ---- requests ------------------------------------------------------------- */

static const struct sim_handler *find_handler(const struct sim_service *svc, uint16_t id)
{
	if (!svc->handlers)
		return NULL;
	for (const struct sim_handler *h = svc->handlers; h->msg; h++)
		if (h->msg->id == id)
			return h;
	return NULL;
}

int sim_answer_string(const struct sim_call *call)
{
	const struct sim_handler *row = call->row;

	sim_copy_string((char *)call->rsp + row->rsp_off, row->rsp_size,
			(const char *)call->state + row->state_off);
	return 0;
}

int sim_answer_copy(const struct sim_call *call)
{
	const struct sim_handler *row = call->row;

	memcpy((char *)call->rsp + row->rsp_off, (const char *)call->state + row->state_off,
	       row->rsp_size);
	return 0;
}

void sim_answer_later(struct sim_modem *m, const struct sim_later *later, sim_later_fn fn,
		      void *arg)
{
	int outer = m->in_request;
	int rc;

	memset(m->rsp_buf, 0, later->msg->rsp_size);
	m->in_request = 1;	/* its indications wait for the answer */
	rc = fn(m, m->rsp_buf, arg);
	if (rc < 0 || rc > UINT16_MAX) {
		log_err("%s: %s answer returned %d", m->name, later->msg->name, rc);
		rc = QMI_ERR_INTERNAL;
	}
	sim_respond(m, later->port, later->msg, later->cid, later->txn, (uint16_t)rc, m->rsp_buf);
	if (!outer) {
		m->in_request = 0;
		sim_release_held(m);
	}
}

int sim_answer_accept(const struct sim_call *call)
{
	(void)call;
	return 0;
}

/* Finds the handler, decodes, runs it and answers; c is the requesting client.
 * The request and response structs live in the modem's scratch buffers
 * (sized for the largest message at creation): no allocation per request. */
static void run_handler(struct sim_modem *m, unsigned port, const struct qmux_frame *f,
			const struct sim_service *svc, void *state, struct sim_client *c)
{
	const struct qmi_sdu *sdu = &f->sdu;
	const struct sim_handler *h = find_handler(svc, sdu->msg_id);
	struct sim_call call = { .modem = m, .client = c, .state = state, .req = m->req_buf,
				 .rsp = m->rsp_buf, .row = h, .port = port, .txn = sdu->txn };
	int rc;

	if (!h) {
		sim_respond_error(m, port, f->service, f->client, sdu->txn, sdu->msg_id,
				  QMI_ERR_INVALID_QMI_COMMAND);
		return;
	}
	memset(m->req_buf, 0, h->msg->req_size);
	memset(m->rsp_buf, 0, h->msg->rsp_size);
	rc = slqs_msg_read(sdu, h->msg, m->req_buf, NULL);
	if (rc) {
		log_info("%s: %s request refused: %s", m->name, h->msg->name,
			 slqs_status_str(rc));
		sim_respond_error(m, port, f->service, f->client, sdu->txn, sdu->msg_id,
				  rc == QMI_E_MISSING ? QMI_ERR_MISSING_ARGUMENT
						      : QMI_ERR_MALFORMED_MESSAGE);
		return;
	}
	rc = h->fn(&call);
	if (rc == SIM_ANSWER_LATER)
		return;
	if (rc < 0 || rc > UINT16_MAX) {
		log_err("%s: %s handler returned %d", m->name, h->msg->name, rc);
		rc = QMI_ERR_INTERNAL;
	}
	sim_respond(m, port, h->msg, f->client, sdu->txn, (uint16_t)rc, m->rsp_buf);
}

static void service_request(struct sim_modem *m, unsigned port, const struct qmux_frame *f)
{
	struct sim_slot *s = sim_slot_by_id(m, f->service);
	struct sim_client_rec *c = s ? sim_client_find(s, f->client) : NULL;

	if (s)
		s->requests++;
	if (!c) {
		sim_respond_error(m, port, f->service, f->client, f->sdu.txn, f->sdu.msg_id,
				  QMI_ERR_INVALID_CLIENT_ID);
		return;
	}
	if (m->replay && sim_replay_answer(m, port, f))
		return;
	run_handler(m, port, f, s->svc, s->state, &c->c);
}

/* Answers a frame we could not parse, if its header says whom to answer. */
static void malformed_frame(struct sim_modem *m, unsigned port, const uint8_t *buf,
			    size_t len)
{
	struct qmi_rbuf r;
	uint8_t marker, qflags, service, client, sflags, txn8;
	uint16_t qlen, txn, msg_id;
	int rc;

	m->stats.malformed++;
	qmi_rbuf_init(&r, buf, len);
	if (slqs_get_u8(&r, &marker) || slqs_get_u16(&r, &qlen) || slqs_get_u8(&r, &qflags) ||
	    slqs_get_u8(&r, &service) || slqs_get_u8(&r, &client) || slqs_get_u8(&r, &sflags)) {
		log_info("%s: malformed frame (%zu bytes), header unreadable", m->name, len);
		return;
	}
	if (service == QMI_SVC_CTL) {
		rc = slqs_get_u8(&r, &txn8);
		txn = txn8;
	} else {
		rc = slqs_get_u16(&r, &txn);
	}
	if (rc || slqs_get_u16(&r, &msg_id)) {
		log_info("%s: malformed frame (%zu bytes), header unreadable", m->name, len);
		return;
	}
	log_info("%s: malformed frame for service 0x%02X message 0x%04X", m->name, service,
		 msg_id);
	sim_respond_error(m, port, service, client, txn, msg_id, QMI_ERR_MALFORMED_MESSAGE);
}

static void handle_frame(struct sim_modem *m, unsigned port, const uint8_t *buf, size_t len)
{
	struct qmux_frame f;

	if (m->rec)
		sim_record_frame(m->rec, m->index, 1, buf, len);
	slqs_log_frame("->modem", buf, len, 1, 0);
	if (slqs_qmux_parse(buf, len, &f) || f.sdu.kind != QMI_REQUEST) {
		malformed_frame(m, port, buf, len);
		return;
	}
	m->stats.requests++;
	m->in_request = 1;
	m->cur_port = port;
	if (f.service == QMI_SVC_CTL) {
		struct sim_client ctl = { QMI_SVC_CTL, f.client, NULL };

		m->ctl_requests++;
		run_handler(m, port, &f, &sim_ctl_service, NULL, &ctl);
	} else {
		service_request(m, port, &f);
	}
	m->in_request = 0;
	sim_release_held(m);
	if (m->reset_pending)
		sim_do_reset(m);
}

void sim_modem_input(struct sim_modem *m, unsigned port, const void *data, size_t len)
{
	const uint8_t *p = data, *frame;
	struct qmux_reasm *r;
	size_t took, flen;

	if (port >= SIM_MAX_PORTS || m->unplugged)
		return;
	r = &m->reasm[port];
	if (!r->buf && slqs_qmux_reasm_init(r, 0)) {
		log_err("%s: out of memory", m->name);
		return;
	}
	while (len > 0) {
		took = slqs_qmux_reasm_feed(r, p, len);
		p += took;
		len -= took;
		while (slqs_qmux_reasm_next(r, &frame, &flen))
			handle_frame(m, port, frame, flen);
		if (took == 0 && len > 0) {
			/* Cannot happen (a full buffer always yields a frame or skips);
			 * guard against looping forever anyway. */
			slqs_qmux_reasm_reset(r);
		}
	}
	m->stats.garbage = 0;
	for (unsigned i = 0; i < SIM_MAX_PORTS; i++)
		m->stats.garbage += m->reasm[i].skipped;
	sim_modem_flush(m);
}

void sim_modem_input_frame(struct sim_modem *m, unsigned port, const uint8_t *frame,
			   size_t len)
{
	if (port >= SIM_MAX_PORTS || m->unplugged)
		return;
	handle_frame(m, port, frame, len);
	sim_modem_flush(m);
}

void sim_modem_port_closed(struct sim_modem *m, unsigned port)
{
	if (port >= SIM_MAX_PORTS)
		return;
	if (m->reasm[port].buf)
		slqs_qmux_reasm_reset(&m->reasm[port]);
	sim_discard_output(m, port);
}

/* ---- life cycle -------------------------------------------------------------- */

/* Grows the scratch sizes to hold every message a service answers. */
static void size_scratch(struct sim_modem *m, const struct sim_service *svc)
{
	if (!svc->handlers)
		return;
	for (const struct sim_handler *h = svc->handlers; h->msg; h++) {
		if (h->msg->req_size > m->req_size)
			m->req_size = h->msg->req_size;
		if (h->msg->rsp_size > m->rsp_size)
			m->rsp_size = h->msg->rsp_size;
	}
}

static int alloc_scratch(struct sim_modem *m)
{
	/* malloc'd, so aligned for any struct a message table describes */
	m->req_buf = malloc(m->req_size ? m->req_size : 1);
	m->rsp_buf = malloc(m->rsp_size ? m->rsp_size : 1);
	return m->req_buf && m->rsp_buf ? 0 : -1;
}

static int add_services(struct sim_modem *m, const struct sim_service *const *list,
			char *err, size_t errlen)
{
	size_scratch(m, &sim_ctl_service);
	for (; *list; list++) {
		const struct sim_service *svc = *list;
		struct sim_slot *s;

		if (m->n_slots == SIM_MAX_SERVICES || svc->id == QMI_SVC_CTL ||
		    sim_slot_by_id(m, svc->id) || sim_slot_by_name(m, svc->name)) {
			snprintf(err, errlen, "service %s cannot be registered (duplicate, CTL "
				 "or too many)", svc->name);
			return -1;
		}
		s = &m->slots[m->n_slots++];
		s->svc = svc;
		s->cid_limit = svc->default_cid_limit > SIM_CID_MAX ? SIM_CID_MAX
								  : svc->default_cid_limit;
		s->state = calloc(1, svc->state_size ? svc->state_size : 1);
		if (!s->state) {
			snprintf(err, errlen, "out of memory");
			return -1;
		}
		if (svc->init)
			svc->init(m, s->state);
		size_scratch(m, svc);
	}
	if (alloc_scratch(m)) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	return 0;
}

static int load_config(struct sim_modem *m, const struct sim_modem_opts *o, char *err,
		       size_t errlen)
{
	char *text;
	int rc;

	if (!o->config_path)
		return o->config_text ? sim_config_apply(m, "config", o->config_text, err,
							 errlen)
				      : 0;
	text = sim_config_read_file(o->config_path, err, errlen);
	if (!text)
		return -1;
	rc = sim_config_apply(m, o->config_path, text, err, errlen);
	free(text);
	return rc;
}

struct sim_modem *sim_modem_new(const struct sim_modem_opts *o, char *err, size_t errlen)
{
	struct sim_modem *m = calloc(1, sizeof(*m));

	if (!m) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	m->held_at = SIM_HELD_NONE;
	m->index = o->index;
	snprintf(m->name, sizeof(m->name), "qmisim%u", o->index);
	sim_net_defaults(&m->net.conf);
	if (o->io)
		m->io = *o->io;
	if (add_services(m, o->services ? o->services : sim_services, err, errlen) ||
	    load_config(m, o, err, errlen)) {
		sim_modem_free(m);
		return NULL;
	}
	sim_event(m, SIM_EV_BOOT);
	return m;
}

void sim_modem_free(struct sim_modem *m)
{
	if (!m)
		return;
	/* Let services free what their clients hold. */
	sim_client_release_all(m, NULL);
	sim_discard_output(m, SIM_PORT_ALL);
	for (size_t i = 0; i < m->n_slots; i++)
		free(m->slots[i].state);
	for (unsigned i = 0; i < SIM_MAX_PORTS; i++)
		slqs_qmux_reasm_free(&m->reasm[i]);
	free(m->out_buf);
	free(m->req_buf);
	free(m->rsp_buf);
	free(m);
}
