/*
 * QMUX framing and QMI SDU headers.
 *
 *   QMUX:  0x01 | u16 length | u8 flags | u8 service | u8 client | SDU
 *   SDU:   u8 flags | txn (u8 on CTL, u16 elsewhere) | u16 msg id | u16 TLV length | TLVs
 *
 * The QMUX length counts every byte after the 0x01 marker. cdc-wdm and the
 * simulator carry whole QMUX frames; GobiNet carries bare SDUs.
 */
#ifndef SLQS_CORE_QMUX_H
#define SLQS_CORE_QMUX_H

#include <stddef.h>
#include <stdint.h>

#include "core/wire.h"

#define QMUX_MARKER        0x01
#define QMUX_HDR_LEN       6	/* marker + length + flags + service + client */
#define QMUX_FLAG_FROM_MODEM 0x80
/* QMI service numbers. */
#define QMI_SVC_CTL        0x00
#define QMI_SVC_WDS        0x01
#define QMI_SVC_DMS        0x02
#define QMI_SVC_NAS        0x03
#define QMI_SVC_QOS        0x04
#define QMI_SVC_WMS        0x05
#define QMI_SVC_PDS        0x06
#define QMI_SVC_VOICE      0x09
#define QMI_SVC_UIM        0x0B
#define QMI_SVC_PBM        0x0C
#define QMI_SVC_LOC        0x10
#define QMI_SVC_WDA        0x1A
#define QMI_SVC_PDC        0x24
#define QMI_SVC_DSD        0x2A
#define QMI_CID_BROADCAST  0xFF
#define QMUX_MAX_FRAME     (UINT16_MAX + 1)	/* largest a u16 length allows */

enum qmi_kind {
	QMI_REQUEST,
	QMI_RESPONSE,
	QMI_INDICATION,
};

/** A decoded SDU; `tlv` points into the buffer that was parsed. */
struct qmi_sdu {
	enum qmi_kind kind;
	uint8_t flags;		/* raw SDU flags byte */
	uint16_t txn;
	uint16_t msg_id;
	const uint8_t *tlv;
	uint16_t tlv_len;
};

/** A decoded QMUX frame. */
struct qmux_frame {
	uint8_t flags;		/* QMUX_FLAG_FROM_MODEM or 0 */
	uint8_t service;
	uint8_t client;
	struct qmi_sdu sdu;
};

/** SDU header size for a service: 6 on CTL (u8 txn), 7 elsewhere. */
size_t slqs_sdu_hdr_len(uint8_t service);

/** The SDU flags byte for a message kind on a service. */
uint8_t slqs_sdu_flags(uint8_t service, enum qmi_kind kind);

/**
 * Parses a bare SDU of `service` occupying exactly len bytes (bytes after
 * the TLV area are ignored). Returns 0 or a negative qmi_status.
 */
int slqs_sdu_parse(uint8_t service, const uint8_t *buf, size_t len, struct qmi_sdu *s);

/**
 * Parses one whole QMUX frame occupying exactly len bytes. Checks the
 * marker, that the QMUX length equals len - 1, the SDU header and that the
 * TLV area is well formed. Returns 0 or a negative qmi_status.
 */
int slqs_qmux_parse(const uint8_t *buf, size_t len, struct qmux_frame *f);

/** Where the lengths of a frame being written are patched. */
struct qmi_frame_mark {
	size_t start;		/* offset of the QMUX marker, or SIZE_MAX for a bare SDU */
	size_t tlv_len_at;	/* offset of the SDU's TLV length */
};

/**
 * Writes a QMUX header and SDU header; the caller then writes TLVs and
 * calls slqs_frame_end(). With `qmux` false only the SDU is written
 * (GobiNet). The QMUX flags follow from the kind (requests go to the modem).
 */
struct qmi_frame_mark slqs_frame_begin(struct qmi_wbuf *w, int qmux, uint8_t service,
				      uint8_t client, enum qmi_kind kind, uint16_t txn,
				      uint16_t msg_id);

/** Patches the lengths; returns 0, QMI_E_NOSPACE or QMI_E_TOOBIG. */
int slqs_frame_end(struct qmi_wbuf *w, struct qmi_frame_mark m);

/** Name of a QMI service ("DMS", ...) or NULL when unknown. */
const char *slqs_service_name(uint8_t service);

#endif
