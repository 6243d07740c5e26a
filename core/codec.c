#include "core/codec.h"

#include <string.h>

#include "core/status.h"
#include "core/tlv.h"

/* ---- C-side accessors ------------------------------------------------------ */

static void store_uint(uint8_t *dst, size_t size, uint64_t v)
{
	switch (size) {
	case 1: { uint8_t x = (uint8_t)v; memcpy(dst, &x, 1); break; }
	case 2: { uint16_t x = (uint16_t)v; memcpy(dst, &x, 2); break; }
	case 4: { uint32_t x = (uint32_t)v; memcpy(dst, &x, 4); break; }
	default: memcpy(dst, &v, 8); break;
	}
}

static uint64_t load_uint(const uint8_t *src, size_t size)
{
	switch (size) {
	case 1: { uint8_t x; memcpy(&x, src, 1); return x; }
	case 2: { uint16_t x; memcpy(&x, src, 2); return x; }
	case 4: { uint32_t x; memcpy(&x, src, 4); return x; }
	default: { uint64_t x; memcpy(&x, src, 8); return x; }
	}
}

static uint16_t load_count(const uint8_t *base, const struct qmi_elem *e)
{
	return (uint16_t)load_uint(base + e->count, 2);
}

static int int_size_ok(size_t size)
{
	return size == 1 || size == 2 || size == 4 || size == 8;
}

/* ---- decoding ---------------------------------------------------------------- */

static int decode_elem(const struct qmi_elem *e, struct qmi_rbuf *r, uint8_t *base,
		       int tolerant);

static int decode_fields(const struct qmi_elem *sub, struct qmi_rbuf *r, uint8_t *item,
			 int tolerant)
{
	for (const struct qmi_elem *f = sub; f->type != QMI_ET_END; f++) {
		/* A TLV that stops at a field boundary: keep what it has. */
		if (tolerant && qmi_rbuf_left(r) == 0)
			return 0;
		int rc = decode_elem(f, r, item, 0);
		if (rc)
			return rc;
	}
	return 0;
}

/* Reads a u8/u16 length prefix, or derives the length. */
static int read_length(const struct qmi_elem *e, struct qmi_rbuf *r, size_t fixed, size_t *n)
{
	uint8_t n8;
	uint16_t n16;

	switch (e->prefix) {
	case QMI_PFX_LEN8:
		if (slqs_get_u8(r, &n8))
			return QMI_E_TRUNCATED;
		*n = n8;
		return 0;
	case QMI_PFX_LEN16:
		if (slqs_get_u16(r, &n16))
			return QMI_E_TRUNCATED;
		*n = n16;
		return 0;
	case QMI_PFX_FIXED:
	case QMI_PFX_NONE:
		*n = fixed;
		return 0;
	case QMI_PFX_REST:
		*n = SIZE_MAX;	/* resolved by the caller */
		return 0;
	}
	return QMI_E_INVAL;
}

static int decode_item(const struct qmi_elem *e, struct qmi_rbuf *r, uint8_t *item,
		       int tolerant)
{
	uint64_t v;
	size_t n;
	const uint8_t *p;
	int rc;

	switch (e->type) {
	case QMI_ET_INT:
		if (!int_size_ok(e->size))
			return QMI_E_INVAL;
		rc = slqs_get_uint(r, e->size, &v);
		if (!rc)
			store_uint(item, e->size, v);
		return rc;
	case QMI_ET_STRING:
		if (e->size < 1)
			return QMI_E_INVAL;
		rc = read_length(e, r, (size_t)e->size - 1, &n);
		if (rc)
			return rc;
		if (n == SIZE_MAX)
			n = qmi_rbuf_left(r);
		if (slqs_get_bytes(r, n, &p))
			return QMI_E_TRUNCATED;
		while (n > 0 && p[n - 1] == '\0')	/* NUL counted in the length */
			n--;
		if (n > (size_t)e->size - 1)
			return QMI_E_OVERFLOW;
		memcpy(item, p, n);
		item[n] = '\0';
		return 0;
	case QMI_ET_STRUCT:
		if (!e->sub)
			return QMI_E_INVAL;
		return decode_fields(e->sub, r, item, tolerant);
	}
	return QMI_E_INVAL;
}

static int decode_elem(const struct qmi_elem *e, struct qmi_rbuf *r, uint8_t *base,
		       int tolerant)
{
	uint8_t *field = base + e->offset;
	size_t n, i;
	int rc;

	if (!(e->flags & QMI_EF_ARRAY))
		return decode_item(e, r, field, tolerant);

	rc = read_length(e, r, e->max, &n);
	if (rc)
		return rc;
	if (n != SIZE_MAX && n > e->max)
		return QMI_E_OVERFLOW;
	for (i = 0; n == SIZE_MAX ? qmi_rbuf_left(r) > 0 : i < n; i++) {
		if (i >= e->max)
			return QMI_E_OVERFLOW;
		rc = decode_item(e, r, field + i * e->size, 0);
		if (rc)
			return rc;
	}
	if (e->prefix != QMI_PFX_FIXED)
		store_uint(base + e->count, 2, i);
	return 0;
}

static const struct qmi_elem *find_tlv(const struct qmi_elem *ei, uint8_t type)
{
	for (const struct qmi_elem *e = ei; e->type != QMI_ET_END; e++)
		if (e->tlv == type)
			return e;
	return NULL;
}

int slqs_decode(const struct qmi_elem *ei, const uint8_t *tlvs, size_t len, void *out,
	       size_t out_size, int require_mandatory)
{
	uint8_t seen[256 / 8] = { 0 };
	struct qmi_rbuf r;
	struct qmi_tlv t;
	int rc;

	if (out && out_size)
		memset(out, 0, out_size);
	qmi_rbuf_init(&r, tlvs, len);
	while ((rc = slqs_tlv_next(&r, &t)) == 1) {
		const struct qmi_elem *e = ei ? find_tlv(ei, t.type) : NULL;
		struct qmi_rbuf v;

		if (!e)
			continue;	/* unknown TLV: newer firmware, vendor extension */
		if (!out)
			return QMI_E_INVAL;
		/* A repeated TLV replaces the earlier one. */
		memset((uint8_t *)out + e->offset, 0, (size_t)e->size * e->max);
		qmi_rbuf_init(&v, t.value, t.len);
		rc = decode_elem(e, &v, out,
				 e->type == QMI_ET_STRUCT && !(e->flags & QMI_EF_ARRAY));
		if (rc)
			return rc;
		if (e->flags & QMI_EF_OPTIONAL)
			((uint8_t *)out)[e->has] = 1;
		seen[t.type / 8] |= (uint8_t)(1u << (t.type % 8));
	}
	if (rc < 0)
		return rc;
	if (!require_mandatory || !ei)
		return 0;
	for (const struct qmi_elem *e = ei; e->type != QMI_ET_END; e++)
		if (!(e->flags & QMI_EF_OPTIONAL) && !(seen[e->tlv / 8] & (1u << (e->tlv % 8))))
			return QMI_E_MISSING;
	return 0;
}

/* ---- encoding ---------------------------------------------------------------- */

static int encode_elem(const struct qmi_elem *e, const uint8_t *base, struct qmi_wbuf *w);

static int write_length(const struct qmi_elem *e, size_t n, struct qmi_wbuf *w)
{
	switch (e->prefix) {
	case QMI_PFX_LEN8:
		if (n > UINT8_MAX)
			return QMI_E_OVERFLOW;
		slqs_put_u8(w, (uint8_t)n);
		return 0;
	case QMI_PFX_LEN16:
		if (n > UINT16_MAX)
			return QMI_E_OVERFLOW;
		slqs_put_u16(w, (uint16_t)n);
		return 0;
	default:
		return 0;
	}
}

static int encode_item(const struct qmi_elem *e, const uint8_t *item, struct qmi_wbuf *w)
{
	size_t n;
	int rc;

	switch (e->type) {
	case QMI_ET_INT:
		if (!int_size_ok(e->size))
			return QMI_E_INVAL;
		slqs_put_uint(w, e->size, load_uint(item, e->size));
		return 0;
	case QMI_ET_STRING:
		n = strnlen((const char *)item, e->size);
		if (n >= e->size)
			return QMI_E_OVERFLOW;	/* not NUL-terminated */
		if (e->prefix == QMI_PFX_FIXED) {
			size_t at = slqs_put_reserve(w, (size_t)e->size - 1);
			if (at != SIZE_MAX) {
				memset(w->data + at, 0, (size_t)e->size - 1);
				memcpy(w->data + at, item, n);
			}
			return 0;
		}
		rc = write_length(e, n, w);
		if (!rc)
			slqs_put_bytes(w, item, n);
		return rc;
	case QMI_ET_STRUCT:
		if (!e->sub)
			return QMI_E_INVAL;
		for (const struct qmi_elem *f = e->sub; f->type != QMI_ET_END; f++) {
			rc = encode_elem(f, item, w);
			if (rc)
				return rc;
		}
		return 0;
	}
	return QMI_E_INVAL;
}

static int encode_elem(const struct qmi_elem *e, const uint8_t *base, struct qmi_wbuf *w)
{
	const uint8_t *field = base + e->offset;
	size_t n;
	int rc;

	if (!(e->flags & QMI_EF_ARRAY))
		return encode_item(e, field, w);
	n = e->prefix == QMI_PFX_FIXED ? e->max : load_count(base, e);
	if (n > e->max)
		return QMI_E_OVERFLOW;
	rc = write_length(e, n, w);
	for (size_t i = 0; !rc && i < n; i++)
		rc = encode_item(e, field + i * e->size, w);
	return rc;
}

int slqs_encode(const struct qmi_elem *ei, const void *in, struct qmi_wbuf *w)
{
	const uint8_t *base = in;

	if (!ei)
		return 0;
	for (const struct qmi_elem *e = ei; e->type != QMI_ET_END; e++) {
		size_t mark;
		int rc;

		if (!base)
			return QMI_E_INVAL;
		if ((e->flags & QMI_EF_OPTIONAL) && !base[e->has])
			continue;
		mark = slqs_tlv_begin(w, e->tlv);
		rc = encode_elem(e, base, w);
		if (rc)
			return rc;
		slqs_tlv_end(w, mark);
	}
	return w->err ? QMI_E_NOSPACE : 0;
}

/* ---- table checks ------------------------------------------------------------ */

static int check_elems(const struct qmi_elem *ei, size_t c_size, int top, int response)
{
	for (const struct qmi_elem *e = ei; e->type != QMI_ET_END; e++) {
		size_t span = (size_t)e->size * e->max;

		if (e->offset + span > c_size || e->max == 0)
			return QMI_E_INVAL;
		if (top ? (e->tlv == 0 || (response && e->tlv == QMI_TLV_RESULT)) : e->tlv != 0)
			return QMI_E_INVAL;
		if (top && find_tlv(ei, e->tlv) != e)
			return QMI_E_INVAL;	/* one element per TLV */
		if ((e->flags & QMI_EF_OPTIONAL) && (!top || e->has >= c_size))
			return QMI_E_INVAL;
		if ((e->flags & QMI_EF_ARRAY) && e->prefix != QMI_PFX_FIXED &&
		    e->count + 2 > c_size)
			return QMI_E_INVAL;
		if (!top && e->prefix == QMI_PFX_REST && e[1].type != QMI_ET_END)
			return QMI_E_INVAL;	/* "the rest" must end its TLV */
		if ((e->flags & QMI_EF_ARRAY) ? e->prefix == QMI_PFX_NONE :
		    (e->type != QMI_ET_STRING) != (e->prefix == QMI_PFX_NONE))
			return QMI_E_INVAL;	/* a length form only where one is read */
		if (e->type == QMI_ET_INT && !int_size_ok(e->size))
			return QMI_E_INVAL;
		if (e->type == QMI_ET_STRUCT &&
		    (!e->sub || check_elems(e->sub, e->size, 0, 0)))
			return QMI_E_INVAL;
	}
	return 0;
}

int slqs_table_check(const struct qmi_elem *ei, size_t c_size)
{
	return ei ? check_elems(ei, c_size, 1, 0) : 0;
}

int slqs_msg_check(const struct qmi_msg *m)
{
	/* In a response, TLV 0x02 is the result, which the codec writes itself. */
	if ((m->req && check_elems(m->req, m->req_size, 1, 0)) ||
	    (m->rsp && check_elems(m->rsp, m->rsp_size, 1, 1)) ||
	    (m->ind && check_elems(m->ind, m->ind_size, 1, 0)))
		return QMI_E_INVAL;
	return 0;
}

/* ---- whole messages ---------------------------------------------------------- */

const struct qmi_elem *slqs_msg_table(const struct qmi_msg *m, enum qmi_kind kind,
				     size_t *c_size)
{
	const struct qmi_elem *ei;
	size_t size;

	switch (kind) {
	case QMI_REQUEST:    ei = m->req; size = m->req_size; break;
	case QMI_RESPONSE:   ei = m->rsp; size = m->rsp_size; break;
	default:             ei = m->ind; size = m->ind_size; break;
	}
	if (c_size)
		*c_size = size;
	return ei;
}

int slqs_msg_write(struct qmi_wbuf *w, int qmux, const struct qmi_msg *m, enum qmi_kind kind,
		  uint8_t client, uint16_t txn, const struct qmi_result *res, const void *c)
{
	const struct qmi_elem *ei = slqs_msg_table(m, kind, NULL);
	struct qmi_frame_mark mark;
	int rc;

	if (kind == QMI_RESPONSE && !res)
		return QMI_E_INVAL;
	mark = slqs_frame_begin(w, qmux, m->service, client, kind, txn, m->id);
	if (kind == QMI_RESPONSE) {
		size_t t = slqs_tlv_begin(w, QMI_TLV_RESULT);
		slqs_put_u16(w, res->result);
		slqs_put_u16(w, res->error);
		slqs_tlv_end(w, t);
	}
	if (ei && c) {
		rc = slqs_encode(ei, c, w);
		if (rc)
			return rc;
	}
	return slqs_frame_end(w, mark);
}

int slqs_result_read(const uint8_t *tlvs, size_t len, struct qmi_result *res)
{
	struct qmi_tlv t;
	struct qmi_rbuf r;
	int rc = slqs_tlv_find(tlvs, len, QMI_TLV_RESULT, &t);

	if (rc < 0)
		return rc;
	if (rc == 0)
		return QMI_E_MISSING;
	qmi_rbuf_init(&r, t.value, t.len);
	if (slqs_get_u16(&r, &res->result) || slqs_get_u16(&r, &res->error))
		return QMI_E_TRUNCATED;
	return 0;
}

int slqs_msg_read(const struct qmi_sdu *s, const struct qmi_msg *m, void *c,
		 struct qmi_result *res)
{
	size_t size;
	const struct qmi_elem *ei = slqs_msg_table(m, s->kind, &size);
	struct qmi_result dummy;
	int mandatory = 1, rc;

	if (s->msg_id != m->id)
		return QMI_E_UNEXPECTED;
	if (s->kind == QMI_RESPONSE) {
		if (!res)
			res = &dummy;
		rc = slqs_result_read(s->tlv, s->tlv_len, res);
		if (rc)
			return rc;
		mandatory = res->result == QMI_RESULT_SUCCESS;
	}
	if (!ei || !c)
		return slqs_tlv_validate(s->tlv, s->tlv_len);
	return slqs_decode(ei, s->tlv, s->tlv_len, c, size, mandatory);
}
