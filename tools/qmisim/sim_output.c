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

/*
 * The queue is one buffer of entries, each a header and the frame, padded
 * to 8 bytes. Frames are encoded straight into it (sim_frame_begin), so a
 * request costs no allocation: the buffer grows only when the queue gets
 * deeper than ever before, up to SIM_OUTQ_MAX, and empties back to its
 * start whenever everything has left.
 */
struct out_hdr {
	uint64_t due_ms;
	uint32_t port;
	uint32_t len;
};

#define ENTRY_SPACE(len) ((sizeof(struct out_hdr) + (len) + 7u) & ~(size_t)7u)

static struct out_hdr entry_at(const struct sim_modem *m, size_t off)
{
	struct out_hdr h;

	memcpy(&h, m->out_buf + off, sizeof(h));
	return h;
}

/* Moves the queued entries to the buffer's start (and what is held with them). */
static void compact(struct sim_modem *m)
{
	size_t used = m->out_tail - m->out_head;

	if (m->out_head == 0)
		return;
	memmove(m->out_buf, m->out_buf + m->out_head, used);
	if (m->held_at != SIM_HELD_NONE)
		m->held_at -= m->out_head;
	m->out_head = 0;
	m->out_tail = used;
}

int sim_frame_begin(struct sim_modem *m, struct qmi_wbuf *w)
{
	size_t need = ENTRY_SPACE(QMUX_MAX_FRAME), cap;
	uint8_t *grown;

	if (m->out_cap - m->out_tail < need)
		compact(m);
	if (m->out_cap - m->out_tail < need) {
		cap = m->out_cap ? 2 * m->out_cap : 2 * need;
		if (m->out_tail + need > SIM_OUTQ_MAX) {
			log_warn("%s: output queue full (%u bytes), frame lost", m->name,
				 SIM_OUTQ_MAX);
			return -1;
		}
		if (cap > SIM_OUTQ_MAX)
			cap = SIM_OUTQ_MAX;
		grown = realloc(m->out_buf, cap);
		if (!grown) {
			log_err("%s: out of memory, frame lost", m->name);
			return -1;
		}
		m->out_buf = grown;
		m->out_cap = cap;
	}
	qmi_wbuf_init(w, m->out_buf + m->out_tail + sizeof(struct out_hdr), QMUX_MAX_FRAME);
	return 0;
}

/* Reverses bytes [from, to) of the queue buffer. */
static void reverse(uint8_t *buf, size_t from, size_t to)
{
	while (from + 1 < to) {
		uint8_t t = buf[from];

		buf[from++] = buf[--to];
		buf[to] = t;
	}
}

/* A real modem answers a request before the indications it causes: the
 * entry at [at, out_tail) goes in front of the held ones (a rotation). */
static void put_before_held(struct sim_modem *m, size_t at)
{
	reverse(m->out_buf, m->held_at, at);
	reverse(m->out_buf, at, m->out_tail);
	reverse(m->out_buf, m->held_at, m->out_tail);
	m->held_at += m->out_tail - at;
}

void sim_frame_queue(struct sim_modem *m, const struct qmi_wbuf *w, unsigned port,
		     enum sim_out_kind kind)
{
	int is_response = kind == SIM_OUT_RESPONSE;
	struct out_hdr h = { .port = port, .len = (uint32_t)w->len };
	size_t at = m->out_tail;

	if (m->unplugged)
		return;
	if (is_response && m->drop_next > 0) {
		m->drop_next--;
		m->stats.dropped++;
		log_info("%s: response dropped (drop fault, %lu more)", m->name, m->drop_next);
		return;
	}
	h.due_ms = sim_now_ms() + (is_response ? m->delay_ms : 0);
	memcpy(m->out_buf + at, &h, sizeof(h));
	m->out_tail += ENTRY_SPACE(w->len);
	if (m->in_request && kind == SIM_OUT_INDICATION && m->held_at == SIM_HELD_NONE)
		m->held_at = at;
	else if (m->in_request && is_response && m->held_at != SIM_HELD_NONE)
		put_before_held(m, at);
	if (is_response)
		m->stats.responses++;
	else if (kind == SIM_OUT_INDICATION)
		m->stats.indications++;
}

void sim_release_held(struct sim_modem *m)
{
	m->held_at = SIM_HELD_NONE;
}

/* Runs the services' timed work; returns the ms until the earliest wants to run again, or -1. */
static int run_ticks(struct sim_modem *m, uint64_t now)
{
	int next = -1;

	for (size_t i = 0; i < m->n_slots; i++) {
		const struct sim_service *svc = m->slots[i].svc;
		int ms;

		if (!svc->tick)
			continue;
		ms = svc->tick(m, m->slots[i].state, now);
		if (ms >= 0 && (next < 0 || ms < next))
			next = ms;
	}
	return next;
}

static int earliest(int a, int b)
{
	return a < 0 ? b : b < 0 ? a : a < b ? a : b;
}

int sim_modem_flush(struct sim_modem *m)
{
	uint64_t now = sim_now_ms();
	int tick = run_ticks(m, now);
	struct out_hdr h;
	const uint8_t *frame;

	while (m->out_head < m->out_tail) {
		h = entry_at(m, m->out_head);
		if (h.due_ms > now)
			return earliest(tick, (int)(h.due_ms - now));
		frame = m->out_buf + m->out_head + sizeof(h);
		m->out_head += ENTRY_SPACE(h.len);
		if (m->rec)
			sim_record_frame(m->rec, m->index, 0, frame, h.len);
		slqs_log_frame("<-modem", frame, h.len, 1, 0);
		if (m->io.output)
			m->io.output(m->io.arg, m, h.port, frame, h.len);
	}
	m->out_head = m->out_tail = 0;	/* everything left: start over */
	return tick;
}

void sim_discard_output(struct sim_modem *m, unsigned port)
{
	size_t from = m->out_head, to = m->out_head, space;
	struct out_hdr h;

	/* Keeps the other ports' entries, in order, packed from the head. */
	while (from < m->out_tail) {
		h = entry_at(m, from);
		space = ENTRY_SPACE(h.len);
		if (port != SIM_PORT_ALL && h.port != port) {
			memmove(m->out_buf + to, m->out_buf + from, space);
			to += space;
		}
		from += space;
	}
	m->out_tail = to;
	m->held_at = SIM_HELD_NONE;
	if (m->out_head == m->out_tail)
		m->out_head = m->out_tail = 0;
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

	if (sim_frame_begin(m, &w))
		return;
	rc = slqs_msg_write(&w, 1, msg, QMI_RESPONSE, cid, txn, &res, rsp);
	if (rc) {
		/* A handler filled its response beyond what the table allows. */
		log_err("%s: cannot encode %s response: %s", m->name, msg->name,
			slqs_status_str(rc));
		if (rsp)
			sim_respond(m, port, msg, cid, txn, QMI_ERR_INTERNAL, NULL);
		return;
	}
	sim_frame_queue(m, &w, port, SIM_OUT_RESPONSE);
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
		if (sim_frame_begin(m, &w) == 0) {
			kinds[i].build(&w);
			sim_frame_queue(m, &w, SIM_PORT_ALL, SIM_OUT_RAW);
		}
		return 0;
	}
	return -1;
}
