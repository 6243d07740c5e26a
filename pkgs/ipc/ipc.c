/*
 * Encoder and decoder of the app <-> daemon messages (see ipc.h).
 *
 * Each message type has exactly one body function that works in both
 * directions: it is handed a "codec" that either writes the fields of the
 * C struct to a packet or reads them from one, so the layout of a message
 * is written down once.
 */
#include "pkgs/ipc/ipc.h"

#include <string.h>

#include "core/wire.h"

/* One direction of the codec: either w (encoding) or r (decoding) is set. */
struct ipc_codec {
	struct qmi_wbuf *w;
	struct qmi_rbuf *r;
	int err;	/* first error while decoding */
};

static void c_u8(struct ipc_codec *c, uint8_t *v)
{
	if (c->w)
		slqs_put_u8(c->w, *v);
	else if (!c->err && slqs_get_u8(c->r, v))
		c->err = IPC_E_MALFORMED;
}

static void c_u16(struct ipc_codec *c, uint16_t *v)
{
	if (c->w)
		slqs_put_u16(c->w, *v);
	else if (!c->err && slqs_get_u16(c->r, v))
		c->err = IPC_E_MALFORMED;
}

static void c_u32(struct ipc_codec *c, uint32_t *v)
{
	if (c->w)
		slqs_put_u32(c->w, *v);
	else if (!c->err && slqs_get_u32(c->r, v))
		c->err = IPC_E_MALFORMED;
}

/* A u16-length byte string; decoding points *p into the packet. */
static void c_bytes(struct ipc_codec *c, const uint8_t **p, uint16_t *len)
{
	c_u16(c, len);
	if (c->w) {
		slqs_put_bytes(c->w, *p, *len);
	} else if (!c->err) {
		if (slqs_get_bytes(c->r, *len, p))
			c->err = IPC_E_MALFORMED;
	}
}

/* A string in a char array of capacity cap (NUL included). */
static void c_str(struct ipc_codec *c, char *s, size_t cap)
{
	if (c->w) {
		size_t n = strnlen(s, cap);

		if (n >= cap) {	/* not terminated: refuse rather than truncate */
			c->w->err = true;
			return;
		}
		slqs_put_u16(c->w, (uint16_t)n);
		slqs_put_bytes(c->w, s, n);
		return;
	}
	uint16_t n = 0;
	const uint8_t *p = NULL;

	c_bytes(c, &p, &n);
	if (c->err)
		return;
	if (n >= cap || memchr(p, 0, n)) {
		c->err = IPC_E_MALFORMED;
		return;
	}
	memcpy(s, p, n);
	s[n] = '\0';
}

/* ---- message bodies -------------------------------------------------------- */

static void body_hello(struct ipc_codec *c, struct ipc_msg *m)
{
	c_u16(c, &m->u.hello.version);
	c_u32(c, &m->u.hello.pid);
	c_str(c, m->u.hello.name, sizeof m->u.hello.name);
}

static void body_hello_ack(struct ipc_codec *c, struct ipc_msg *m)
{
	c_u32(c, &m->u.hello_ack.status);
	c_u16(c, &m->u.hello_ack.version);
	c_str(c, m->u.hello_ack.daemon_version, sizeof m->u.hello_ack.daemon_version);
}

static void body_device(struct ipc_codec *c, struct ipc_device *d)
{
	c_str(c, d->node, sizeof d->node);
	c_str(c, d->key, sizeof d->key);
	c_u8(c, &d->driver);
	c_u8(c, &d->state);
	c_u16(c, &d->vid);
	c_u16(c, &d->pid);
	c_u8(c, &d->usb_if);
	c_str(c, d->ifname, sizeof d->ifname);
	c_str(c, d->serial, sizeof d->serial);
}

static void body_devices(struct ipc_codec *c, struct ipc_msg *m)
{
	struct ipc_devices *d = &m->u.devices;

	c_u32(c, &d->status);
	c_u16(c, &d->count);
	if (c->w) {
		if (d->count > IPC_MAX_DEVICES || (d->count && !d->list)) {
			c->w->err = true;
			return;
		}
		for (uint16_t i = 0; i < d->count; i++) {
			struct ipc_device tmp = d->list[i];

			body_device(c, &tmp);
		}
		return;
	}
	if (c->err)
		return;
	if (d->count > IPC_MAX_DEVICES) {
		c->err = IPC_E_MALFORMED;
		return;
	}
	/* Validate every entry now, so slqs_ipc_devices_read() cannot fail. */
	d->list = NULL;
	d->raw = c->r->data + c->r->off;
	for (uint16_t i = 0; i < d->count && !c->err; i++) {
		struct ipc_device tmp;

		body_device(c, &tmp);
	}
	d->raw_len = (size_t)(c->r->data + c->r->off - d->raw);
}

static void body_connect(struct ipc_codec *c, struct ipc_msg *m)
{
	c_str(c, m->u.connect.node, sizeof m->u.connect.node);
	c_str(c, m->u.connect.key, sizeof m->u.connect.key);
}

static void body_ack(struct ipc_codec *c, struct ipc_msg *m)
{
	c_u32(c, &m->u.ack.status);
	c_u8(c, &m->u.ack.state);
	c_u8(c, &m->u.ack.driver);
	c_str(c, m->u.ack.node, sizeof m->u.ack.node);
}

static void body_request(struct ipc_codec *c, struct ipc_msg *m)
{
	struct ipc_qmi_request *q = &m->u.req;

	c_u32(c, &q->req_id);
	c_u8(c, &q->service);
	c_u8(c, &q->client);
	c_u32(c, &q->timeout_ms);
	c_u16(c, &q->msg_id);
	c_bytes(c, &q->tlv, &q->tlv_len);
}

static void body_response(struct ipc_codec *c, struct ipc_msg *m)
{
	struct ipc_qmi_response *q = &m->u.rsp;

	c_u32(c, &q->req_id);
	c_u32(c, &q->status);
	c_u8(c, &q->service);
	c_u8(c, &q->client);
	c_u16(c, &q->msg_id);
	c_bytes(c, &q->tlv, &q->tlv_len);
}

static void body_indication(struct ipc_codec *c, struct ipc_msg *m)
{
	struct ipc_indication *q = &m->u.ind;

	c_u8(c, &q->service);
	c_u8(c, &q->client);
	c_u16(c, &q->msg_id);
	c_bytes(c, &q->tlv, &q->tlv_len);
}

static void body_lost(struct ipc_codec *c, struct ipc_msg *m)
{
	c_u32(c, &m->u.lost.count);
}

static void body_state(struct ipc_codec *c, struct ipc_msg *m)
{
	c_u8(c, &m->u.state.state);
	c_str(c, m->u.state.node, sizeof m->u.state.node);
}

static void body_service_reset(struct ipc_codec *c, struct ipc_msg *m)
{
	c_u8(c, &m->u.svc_reset.service);
	c_u8(c, &m->u.svc_reset.client);
}

static void body_stats(struct ipc_codec *c, struct ipc_msg *m)
{
	struct ipc_stats *s = &m->u.stats;

	c_u32(c, &s->apps);
	c_u32(c, &s->devices);
	c_u32(c, &s->devices_ready);
	c_u32(c, &s->cids);
	c_u32(c, &s->pending);
	c_u32(c, &s->requests);
	c_u32(c, &s->timeouts);
	c_u32(c, &s->ind_dropped);
	c_u32(c, &s->refused);
	c_u32(c, &s->resets);
}

struct ipc_type_info {
	const char *name;
	void (*body)(struct ipc_codec *c, struct ipc_msg *m);	/* NULL: no body */
};

static const struct ipc_type_info types[IPC_TYPE_MAX] = {
	[IPC_HELLO]          = { "HELLO", body_hello },
	[IPC_HELLO_ACK]      = { "HELLO_ACK", body_hello_ack },
	[IPC_ENUMERATE]      = { "ENUMERATE", NULL },
	[IPC_DEVICES]        = { "DEVICES", body_devices },
	[IPC_CONNECT]        = { "CONNECT", body_connect },
	[IPC_CONNECT_ACK]    = { "CONNECT_ACK", body_ack },
	[IPC_DISCONNECT]     = { "DISCONNECT", NULL },
	[IPC_DISCONNECT_ACK] = { "DISCONNECT_ACK", body_ack },
	[IPC_QMI_REQUEST]    = { "QMI_REQUEST", body_request },
	[IPC_QMI_RESPONSE]   = { "QMI_RESPONSE", body_response },
	[IPC_INDICATION]     = { "INDICATION", body_indication },
	[IPC_LOST]           = { "LOST", body_lost },
	[IPC_DEVICE_STATE]   = { "DEVICE_STATE", body_state },
	[IPC_KILL]           = { "KILL", NULL },
	[IPC_KILL_ACK]       = { "KILL_ACK", body_ack },
	[IPC_STATS]          = { "STATS", NULL },
	[IPC_STATS_ACK]      = { "STATS_ACK", body_stats },
	[IPC_SERVICE_RESET]  = { "SERVICE_RESET", body_service_reset },
};

static const struct ipc_type_info *type_info(uint8_t type)
{
	if (type == 0 || type >= IPC_TYPE_MAX)
		return NULL;
	return &types[type];
}

const char *slqs_ipc_type_name(uint8_t type)
{
	const struct ipc_type_info *t = type_info(type);

	return t ? t->name : "?";
}

int slqs_ipc_encode(const struct ipc_msg *m, uint8_t *buf, size_t cap)
{
	const struct ipc_type_info *t = type_info(m->type);
	struct qmi_wbuf w;
	struct ipc_codec c = { .w = &w };
	struct ipc_msg copy = *m;	/* the body functions take non-const */

	if (!t)
		return IPC_E_TYPE;
	qmi_wbuf_init(&w, buf, cap);
	slqs_put_u8(&w, IPC_VERSION);
	slqs_put_u8(&w, m->type);
	if (t->body)
		t->body(&c, &copy);
	if (w.err || w.len > IPC_MAX_PACKET)
		return IPC_E_NOSPACE;
	return (int)w.len;
}

int slqs_ipc_decode(const uint8_t *buf, size_t len, struct ipc_msg *m)
{
	struct qmi_rbuf r;
	struct ipc_codec c = { .r = &r };
	uint8_t version, type;
	const struct ipc_type_info *t;

	memset(m, 0, sizeof *m);
	qmi_rbuf_init(&r, buf, len);
	if (slqs_get_u8(&r, &version) || slqs_get_u8(&r, &type))
		return IPC_E_MALFORMED;
	if (version != IPC_VERSION) {
		/* So a daemon can answer an old client's HELLO with a clear status. */
		if (type == IPC_HELLO)
			m->type = IPC_HELLO;
		return IPC_E_VERSION;
	}
	t = type_info(type);
	if (!t)
		return IPC_E_TYPE;
	m->type = type;
	if (t->body)
		t->body(&c, m);
	if (c.err || qmi_rbuf_left(&r) != 0) {
		memset(m, 0, sizeof *m);
		return IPC_E_MALFORMED;
	}
	return 0;
}

size_t slqs_ipc_devices_read(const struct ipc_devices *d, struct ipc_device *out, size_t max)
{
	struct qmi_rbuf r;
	struct ipc_codec c = { .r = &r };
	size_t n = 0;

	if (d->list) {	/* a message built for sending */
		for (; n < d->count && n < max; n++)
			out[n] = d->list[n];
		return n;
	}
	qmi_rbuf_init(&r, d->raw, d->raw_len);
	for (; n < d->count && n < max; n++) {
		memset(&out[n], 0, sizeof out[n]);
		body_device(&c, &out[n]);
		if (c.err)
			break;
	}
	return n;
}
