/*
 * QMI TLVs: u8 type, u16 little-endian length, value.
 *
 * The reader walks a TLV area and refuses a TLV whose length runs past the
 * area; the writer lets a TLV's value be written in pieces and patches its
 * length at the end.
 */
#ifndef SLQS_CORE_TLV_H
#define SLQS_CORE_TLV_H

#include <stddef.h>
#include <stdint.h>

#include "core/wire.h"

#define QMI_TLV_HDR_LEN 3
#define QMI_TLV_RESULT  0x02	/* result TLV of every response */

struct qmi_tlv {
	uint8_t type;
	uint16_t len;
	const uint8_t *value;
};

/**
 * Reads the next TLV of the area in r.
 * Returns 1 with *t filled, 0 at the clean end of the area, or
 * QMI_E_TRUNCATED if a header or value runs past the end.
 */
int slqs_tlv_next(struct qmi_rbuf *r, struct qmi_tlv *t);

/**
 * Finds TLV `type` in an area (the last one if repeated).
 * Returns 1 found, 0 absent, or QMI_E_TRUNCATED if the area is malformed.
 */
int slqs_tlv_find(const uint8_t *area, size_t len, uint8_t type, struct qmi_tlv *t);

/** Checks that an area is a well-formed sequence of TLVs (0 or QMI_E_TRUNCATED). */
int slqs_tlv_validate(const uint8_t *area, size_t len);

/** Starts a TLV; returns a mark for slqs_tlv_end(). */
size_t slqs_tlv_begin(struct qmi_wbuf *w, uint8_t type);

/** Ends the TLV started at mark, patching its length. */
void slqs_tlv_end(struct qmi_wbuf *w, size_t mark);

/** Writes a whole TLV. */
void slqs_tlv_put(struct qmi_wbuf *w, uint8_t type, const void *value, size_t len);

#endif
