/*
 * Frames leaving the modem: encoding responses, the output queue with its
 * response delay, the `drop` fault and the malformed frames of the
 * `malformed` fault. The queue is strictly first in, first out, so a
 * delayed response also holds back what follows it, as on a busy modem.
 */
#include "tools/qmisim/sim_internal.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/log.h"
#include "core/status.h"
#include "core/tlv.h"

uint64_t sim_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

static void append_output(struct sim_modem *m, struct sim_out *first, struct sim_out *last)
{
	if (m->out_tail)
		m->out_tail->next = first;
	else
		m->out_head = first;
	m->out_tail = last;
}

void sim_release_held(struct sim_modem *m)
{
	if (!m->held_head)
		return;
	append_output(m, m->held_head, m->held_tail);
	m->held_head = m->held_tail = NULL;
}

void sim_queue(struct sim_modem *m, unsigned port, const uint8_t *frame, size_t len,
	       enum sim_out_kind kind)
{
	int is_response = kind == SIM_OUT_RESPONSE;

	struct sim_out *o;

	if (m->unplugged)
		return;
	if (is_response && m->drop_next > 0) {
		m->drop_next--;
		m->stats.dropped++;
		log_info("%s: response dropped (drop fault, %lu more)", m->name, m->drop_next);
		return;
	}
	o = malloc(sizeof(*o) + len);
	if (!o) {
		log_err("%s: out of memory, frame lost", m->name);
		return;
	}
	o->next = NULL;
	o->due_ms = sim_now_ms() + (is_response ? m->delay_ms : 0);
	o->port = port;
	o->len = len;
	memcpy(o->data, frame, len);
	/* A real modem answers a request before the indications it causes. */
	if (m->in_request && kind == SIM_OUT_INDICATION) {
		if (m->held_tail)
			m->held_tail->next = o;
		else
			m->held_head = o;
		m->held_tail = o;
	} else {
		append_output(m, o, o);
	}
	if (is_response)
		m->stats.responses++;
	else if (kind == SIM_OUT_INDICATION)
		m->stats.indications++;
}

int sim_modem_flush(struct sim_modem *m)
{
	uint64_t now = sim_now_ms();
	struct sim_out *o;

	while ((o = m->out_head) && o->due_ms <= now) {
		m->out_head = o->next;
		if (!m->out_head)
			m->out_tail = NULL;
		if (m->rec)
			sim_record_frame(m->rec, m->index, 0, o->data, o->len);
		slqs_log_frame("<-modem", o->data, o->len, 1, 0);
		if (m->io.output)
			m->io.output(m->io.arg, m, o->port, o->data, o->len);
		free(o);
	}
	if (!m->out_head)
		return -1;
	return (int)(m->out_head->due_ms - now);
}

void sim_discard_output(struct sim_modem *m, unsigned port)
{
	struct sim_out **pp = &m->out_head, *o;

	m->out_tail = NULL;
	while ((o = *pp)) {
		if (port == SIM_PORT_ALL || o->port == port) {
			*pp = o->next;
			free(o);
		} else {
			m->out_tail = o;
			pp = &o->next;
		}
	}
}

void sim_respond(struct sim_modem *m, unsigned port, const struct qmi_msg *msg, uint8_t cid,
		 uint16_t txn, uint16_t error, const void *rsp)
{
	struct qmi_result res = {
		.result = error ? QMI_RESULT_FAILURE : QMI_RESULT_SUCCESS,
		.error = error,
	};
	struct qmi_wbuf w;
	int rc;

	qmi_wbuf_init(&w, m->frame, QMUX_MAX_FRAME);
	rc = slqs_msg_write(&w, 1, msg, QMI_RESPONSE, cid, txn, &res, rsp);
	if (rc) {
		/* A handler filled its response beyond what the table allows. */
		log_err("%s: cannot encode %s response: %s", m->name, msg->name,
			slqs_status_str(rc));
		if (rsp)
			sim_respond(m, port, msg, cid, txn, QMI_ERR_INTERNAL, NULL);
		return;
	}
	sim_queue(m, port, w.data, w.len, SIM_OUT_RESPONSE);
}

void sim_respond_error(struct sim_modem *m, unsigned port, uint8_t service, uint8_t cid,
		       uint16_t txn, uint16_t msg_id, uint16_t error)
{
	const struct qmi_msg bare = { .name = "error", .service = service, .id = msg_id };

	if (service == QMI_SVC_CTL)
		txn &= 0xFF;
	log_debug("%s: service 0x%02X message 0x%04X: error %u (%s)", m->name, service,
		  msg_id, error, slqs_error_name(error));
	sim_respond(m, port, &bare, cid, txn, error, NULL);
}

/* ---- the `malformed` fault ---------------------------------------------------- */

/* A DMS indication whose only TLV claims more bytes than the frame has. */
static void build_bad_tlv(struct qmi_wbuf *w)
{
	struct qmi_frame_mark mk = slqs_frame_begin(w, 1, 0x02, QMI_CID_BROADCAST,
						   QMI_INDICATION, 0, 0x0001);

	slqs_put_u8(w, 0x10);
	slqs_put_u16(w, 40);
	slqs_put_u16(w, 0xBEEF);
	slqs_frame_end(w, mk);
}

/* A CTL frame whose QMUX length covers only part of the SDU header. */
static void build_truncated(struct qmi_wbuf *w)
{
	slqs_put_u8(w, QMUX_MARKER);
	slqs_put_u16(w, QMUX_HDR_LEN - 1 + 3);
	slqs_put_u8(w, QMUX_FLAG_FROM_MODEM);
	slqs_put_u8(w, QMI_SVC_CTL);
	slqs_put_u8(w, 0);
	slqs_put_u8(w, 0x02);
	slqs_put_u8(w, 0);
	slqs_put_u8(w, 0x27);
}

/* Bytes that are no frame at all (no 0x01 marker among them). */
static void build_garbage(struct qmi_wbuf *w)
{
	static const uint8_t junk[] = { 0xDE, 0xAD, 0xBE, 0xEF, 0x00, 0x7E, 0x7E, 0xFF,
					0x55, 0xAA, 0x02, 0x80, 0x00, 0x0D, 0x0A, 0x00 };

	slqs_put_bytes(w, junk, sizeof(junk));
}

int sim_send_malformed(struct sim_modem *m, const char *kind)
{
	static const struct {
		const char *name;
		void (*build)(struct qmi_wbuf *w);
	} kinds[] = {
		{ "tlv", build_bad_tlv },
		{ "truncated", build_truncated },
		{ "garbage", build_garbage },
	};
	struct qmi_wbuf w;

	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		if (strcmp(kind, kinds[i].name))
			continue;
		qmi_wbuf_init(&w, m->frame, QMUX_MAX_FRAME);
		kinds[i].build(&w);
		sim_queue(m, SIM_PORT_ALL, w.data, w.len, SIM_OUT_RAW);
		return 0;
	}
	return -1;
}
