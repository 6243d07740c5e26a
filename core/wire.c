#include "core/wire.h"

#include <string.h>

#include "core/status.h"

int slqs_get_uint(struct qmi_rbuf *r, size_t size, uint64_t *v)
{
	const uint8_t *p;
	uint64_t x = 0;

	if (size != 1 && size != 2 && size != 4 && size != 8)
		return QMI_E_INVAL;
	if (slqs_get_bytes(r, size, &p))
		return QMI_E_TRUNCATED;
	for (size_t i = size; i-- > 0;)
		x = (x << 8) | p[i];
	*v = x;
	return 0;
}

int slqs_get_u8(struct qmi_rbuf *r, uint8_t *v)
{
	uint64_t x;
	int rc = slqs_get_uint(r, 1, &x);

	if (!rc)
		*v = (uint8_t)x;
	return rc;
}

int slqs_get_u16(struct qmi_rbuf *r, uint16_t *v)
{
	uint64_t x;
	int rc = slqs_get_uint(r, 2, &x);

	if (!rc)
		*v = (uint16_t)x;
	return rc;
}

int slqs_get_u32(struct qmi_rbuf *r, uint32_t *v)
{
	uint64_t x;
	int rc = slqs_get_uint(r, 4, &x);

	if (!rc)
		*v = (uint32_t)x;
	return rc;
}

int slqs_get_u64(struct qmi_rbuf *r, uint64_t *v)
{
	return slqs_get_uint(r, 8, v);
}

int slqs_get_bytes(struct qmi_rbuf *r, size_t n, const uint8_t **p)
{
	if (n > qmi_rbuf_left(r))
		return QMI_E_TRUNCATED;
	*p = r->data + r->off;
	r->off += n;
	return 0;
}

size_t slqs_put_reserve(struct qmi_wbuf *w, size_t n)
{
	size_t at = w->len;

	if (w->err || n > w->cap - w->len) {
		w->err = true;
		return SIZE_MAX;
	}
	w->len += n;
	return at;
}

void slqs_put_bytes(struct qmi_wbuf *w, const void *p, size_t n)
{
	size_t at = slqs_put_reserve(w, n);

	if (at != SIZE_MAX && n)
		memcpy(w->data + at, p, n);
}

void slqs_put_uint(struct qmi_wbuf *w, size_t size, uint64_t v)
{
	size_t at = slqs_put_reserve(w, size);

	if (at == SIZE_MAX)
		return;
	for (size_t i = 0; i < size; i++, v >>= 8)
		w->data[at + i] = (uint8_t)v;
}

void slqs_put_u8(struct qmi_wbuf *w, uint8_t v)
{
	slqs_put_uint(w, 1, v);
}

void slqs_put_u16(struct qmi_wbuf *w, uint16_t v)
{
	slqs_put_uint(w, 2, v);
}

void slqs_put_u32(struct qmi_wbuf *w, uint32_t v)
{
	slqs_put_uint(w, 4, v);
}

void slqs_put_u64(struct qmi_wbuf *w, uint64_t v)
{
	slqs_put_uint(w, 8, v);
}
