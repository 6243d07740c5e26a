#include "core/tlv.h"

#include "core/status.h"

int slqs_tlv_next(struct qmi_rbuf *r, struct qmi_tlv *t)
{
	uint8_t type;
	uint16_t len;

	if (qmi_rbuf_left(r) == 0)
		return 0;
	if (slqs_get_u8(r, &type) || slqs_get_u16(r, &len) ||
	    slqs_get_bytes(r, len, &t->value))
		return QMI_E_TRUNCATED;
	t->type = type;
	t->len = len;
	return 1;
}

int slqs_tlv_find(const uint8_t *area, size_t len, uint8_t type, struct qmi_tlv *t)
{
	struct qmi_rbuf r;
	struct qmi_tlv cur;
	int found = 0, rc;

	qmi_rbuf_init(&r, area, len);
	while ((rc = slqs_tlv_next(&r, &cur)) == 1) {
		if (cur.type == type) {
			*t = cur;
			found = 1;
		}
	}
	return rc < 0 ? rc : found;
}

int slqs_tlv_validate(const uint8_t *area, size_t len)
{
	struct qmi_rbuf r;
	struct qmi_tlv t;
	int rc;

	qmi_rbuf_init(&r, area, len);
	while ((rc = slqs_tlv_next(&r, &t)) == 1)
		;
	return rc;
}

size_t slqs_tlv_begin(struct qmi_wbuf *w, uint8_t type)
{
	slqs_put_u8(w, type);
	return slqs_put_reserve(w, 2);
}

void slqs_tlv_end(struct qmi_wbuf *w, size_t mark)
{
	size_t len;

	if (w->err || mark == SIZE_MAX)
		return;
	len = w->len - (mark + 2);
	if (len > UINT16_MAX) {
		w->err = true;
		return;
	}
	put_le16(w->data + mark, (uint16_t)len);
}

void slqs_tlv_put(struct qmi_wbuf *w, uint8_t type, const void *value, size_t len)
{
	size_t mark = slqs_tlv_begin(w, type);

	slqs_put_bytes(w, value, len);
	slqs_tlv_end(w, mark);
}
