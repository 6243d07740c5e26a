/*
 * Bounds-checked little-endian readers and writers for wire data.
 *
 * QMI is little-endian on every CPU; these helpers assemble and split
 * integers byte by byte so the code is correct on big-endian MIPS too.
 * A reader never reads past its end and a writer never writes past its
 * capacity: a failed write latches `err` so a sequence of puts needs one
 * check at the end.
 */
#ifndef SLQS_CORE_WIRE_H
#define SLQS_CORE_WIRE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

static inline uint16_t get_le16(const uint8_t *p)
{
	return (uint16_t)(p[0] | (p[1] << 8));
}

static inline uint32_t get_le32(const uint8_t *p)
{
	return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
	       ((uint32_t)p[3] << 24);
}

static inline uint64_t get_le64(const uint8_t *p)
{
	return (uint64_t)get_le32(p) | ((uint64_t)get_le32(p + 4) << 32);
}

static inline void put_le16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
}

static inline void put_le32(uint8_t *p, uint32_t v)
{
	put_le16(p, (uint16_t)v);
	put_le16(p + 2, (uint16_t)(v >> 16));
}

static inline void put_le64(uint8_t *p, uint64_t v)
{
	put_le32(p, (uint32_t)v);
	put_le32(p + 4, (uint32_t)(v >> 32));
}

/** A read cursor over a byte range. */
struct qmi_rbuf {
	const uint8_t *data;
	size_t len;
	size_t off;
};

static inline void qmi_rbuf_init(struct qmi_rbuf *r, const void *data, size_t len)
{
	r->data = data;
	r->len = len;
	r->off = 0;
}

static inline size_t qmi_rbuf_left(const struct qmi_rbuf *r)
{
	return r->len - r->off;
}

/* Each getter returns 0, or QMI_E_TRUNCATED (and reads nothing). */
int slqs_get_u8(struct qmi_rbuf *r, uint8_t *v);
int slqs_get_u16(struct qmi_rbuf *r, uint16_t *v);
int slqs_get_u32(struct qmi_rbuf *r, uint32_t *v);
int slqs_get_u64(struct qmi_rbuf *r, uint64_t *v);
/** Reads an unsigned little-endian integer of 1, 2, 4 or 8 bytes. */
int slqs_get_uint(struct qmi_rbuf *r, size_t size, uint64_t *v);
/** Points *p at the next n bytes and skips them. */
int slqs_get_bytes(struct qmi_rbuf *r, size_t n, const uint8_t **p);

/** A write cursor over a fixed buffer. */
struct qmi_wbuf {
	uint8_t *data;
	size_t cap;
	size_t len;
	bool err;	/* latched: some write did not fit */
};

static inline void qmi_wbuf_init(struct qmi_wbuf *w, void *data, size_t cap)
{
	w->data = data;
	w->cap = cap;
	w->len = 0;
	w->err = false;
}

void slqs_put_u8(struct qmi_wbuf *w, uint8_t v);
void slqs_put_u16(struct qmi_wbuf *w, uint16_t v);
void slqs_put_u32(struct qmi_wbuf *w, uint32_t v);
void slqs_put_u64(struct qmi_wbuf *w, uint64_t v);
/** Writes the low `size` bytes (1, 2, 4 or 8) of v, little-endian. */
void slqs_put_uint(struct qmi_wbuf *w, size_t size, uint64_t v);
void slqs_put_bytes(struct qmi_wbuf *w, const void *p, size_t n);
/** Reserves n bytes to be filled later; returns their offset (or SIZE_MAX). */
size_t slqs_put_reserve(struct qmi_wbuf *w, size_t n);

#endif
