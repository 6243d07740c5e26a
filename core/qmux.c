#include "core/qmux.h"

#include "core/status.h"
#include "core/tlv.h"

size_t slqs_sdu_hdr_len(uint8_t service)
{
	return service == QMI_SVC_CTL ? 6 : 7;
}

/* CTL uses bit0 response / bit1 indication; services use bit1 / bit2. */
uint8_t slqs_sdu_flags(uint8_t service, enum qmi_kind kind)
{
	uint8_t shift = service == QMI_SVC_CTL ? 0 : 1;

	switch (kind) {
	case QMI_RESPONSE:   return (uint8_t)(0x01 << shift);
	case QMI_INDICATION: return (uint8_t)(0x02 << shift);
	default:             return 0;
	}
}

static enum qmi_kind kind_of(uint8_t service, uint8_t flags)
{
	if (flags & slqs_sdu_flags(service, QMI_INDICATION))
		return QMI_INDICATION;
	if (flags & slqs_sdu_flags(service, QMI_RESPONSE))
		return QMI_RESPONSE;
	return QMI_REQUEST;
}

int slqs_sdu_parse(uint8_t service, const uint8_t *buf, size_t len, struct qmi_sdu *s)
{
	struct qmi_rbuf r;
	uint8_t txn8;
	int rc;

	qmi_rbuf_init(&r, buf, len);
	if (slqs_get_u8(&r, &s->flags))
		return QMI_E_BADFRAME;
	if (service == QMI_SVC_CTL) {
		rc = slqs_get_u8(&r, &txn8);
		s->txn = txn8;
	} else {
		rc = slqs_get_u16(&r, &s->txn);
	}
	if (rc || slqs_get_u16(&r, &s->msg_id) || slqs_get_u16(&r, &s->tlv_len) ||
	    slqs_get_bytes(&r, s->tlv_len, &s->tlv))
		return QMI_E_BADFRAME;
	s->kind = kind_of(service, s->flags);
	return slqs_tlv_validate(s->tlv, s->tlv_len) ? QMI_E_BADFRAME : 0;
}

int slqs_qmux_parse(const uint8_t *buf, size_t len, struct qmux_frame *f)
{
	struct qmi_rbuf r;
	uint8_t marker;
	uint16_t qlen;

	qmi_rbuf_init(&r, buf, len);
	if (slqs_get_u8(&r, &marker) || marker != QMUX_MARKER ||
	    slqs_get_u16(&r, &qlen) || (size_t)qlen + 1 != len ||
	    slqs_get_u8(&r, &f->flags) || slqs_get_u8(&r, &f->service) ||
	    slqs_get_u8(&r, &f->client))
		return QMI_E_BADFRAME;
	return slqs_sdu_parse(f->service, buf + QMUX_HDR_LEN, len - QMUX_HDR_LEN, &f->sdu);
}

struct qmi_frame_mark slqs_frame_begin(struct qmi_wbuf *w, int qmux, uint8_t service,
				      uint8_t client, enum qmi_kind kind, uint16_t txn,
				      uint16_t msg_id)
{
	struct qmi_frame_mark m = { SIZE_MAX, SIZE_MAX };

	if (qmux) {
		m.start = w->len;
		slqs_put_u8(w, QMUX_MARKER);
		slqs_put_reserve(w, 2);
		slqs_put_u8(w, kind == QMI_REQUEST ? 0 : QMUX_FLAG_FROM_MODEM);
		slqs_put_u8(w, service);
		slqs_put_u8(w, client);
	}
	slqs_put_u8(w, slqs_sdu_flags(service, kind));
	if (service == QMI_SVC_CTL) {
		if (txn > UINT8_MAX)
			w->err = true;	/* CTL transaction ids are one byte */
		slqs_put_u8(w, (uint8_t)txn);
	} else {
		slqs_put_u16(w, txn);
	}
	slqs_put_u16(w, msg_id);
	m.tlv_len_at = slqs_put_reserve(w, 2);
	if (w->err)
		m.tlv_len_at = SIZE_MAX;
	return m;
}

int slqs_frame_end(struct qmi_wbuf *w, struct qmi_frame_mark m)
{
	size_t tlv_len, qmux_len;

	if (w->err || m.tlv_len_at == SIZE_MAX)
		return QMI_E_NOSPACE;
	tlv_len = w->len - (m.tlv_len_at + 2);
	if (tlv_len > UINT16_MAX)
		return QMI_E_TOOBIG;
	put_le16(w->data + m.tlv_len_at, (uint16_t)tlv_len);
	if (m.start != SIZE_MAX) {
		qmux_len = w->len - (m.start + 1);
		if (qmux_len > UINT16_MAX)
			return QMI_E_TOOBIG;
		put_le16(w->data + m.start + 1, (uint16_t)qmux_len);
	}
	return 0;
}

const char *slqs_service_name(uint8_t service)
{
	static const struct {
		uint8_t id;
		const char *name;
	} names[] = {
		{ 0x00, "CTL" }, { 0x01, "WDS" }, { 0x02, "DMS" }, { 0x03, "NAS" },
		{ 0x04, "QOS" }, { 0x05, "WMS" }, { 0x06, "PDS" }, { 0x09, "VOICE" },
		{ 0x0B, "UIM" }, { 0x0C, "PBM" }, { 0x10, "LOC" }, { 0x1A, "WDA" },
		{ 0x24, "PDC" }, { 0x2A, "DSD" },
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (names[i].id == service)
			return names[i].name;
	return NULL;
}
