/*
 * The generic QMI codec: every message is described by a table of
 * elements, and one engine encodes and decodes them all (the shape of the
 * Linux kernel's qmi_elem_info tables).
 *
 * A table lists a message's TLVs in order, ended by QMI_END. Each top-level
 * element is one TLV; a TLV with several fields is a QMI_STRUCT whose `sub`
 * table lists the fields (with TLV number 0). Example, Allocate CID:
 *
 *   struct ctl_cid_info { uint8_t service; uint8_t cid; };
 *   static const struct qmi_elem ctl_cid_info_ei[] = {
 *           QMI_INT(0, struct ctl_cid_info, service, MAND),
 *           QMI_INT(0, struct ctl_cid_info, cid, MAND),
 *           QMI_END
 *   };
 *   struct ctl_alloc_cid_rsp { struct ctl_cid_info info; };
 *   static const struct qmi_elem ctl_alloc_cid_rsp_ei[] = {
 *           QMI_STRUCT(0x01, struct ctl_alloc_cid_rsp, info, ctl_cid_info_ei, MAND),
 *           QMI_END
 *   };
 *
 * The services write their structs, tables and messages through
 * core/msgdef.h, one block per message (docs/adding-a-message.md).
 *
 * C-side conventions the macros rely on:
 *   - an OPT (optional) TLV `x` has a presence flag `uint8_t has_x` beside it;
 *   - an array or byte string `x` has its element count in `uint16_t n_x`
 *     (except FIXED arrays, whose count is their capacity);
 *   - a string is a char array; its capacity includes the terminating NUL.
 *
 * Decoding is forgiving where real modems are untidy and strict where
 * being lenient would misread: TLVs in any order, unknown TLVs skipped,
 * bytes after the documented layout ignored, a multi-field TLV that stops
 * at a field boundary decoded as far as it goes (the rest left zero),
 * trailing NULs of strings dropped; but a field cut in the middle, a count
 * larger than the data or the C capacity, or a missing mandatory TLV fail.
 */
#ifndef SLQS_CORE_CODEC_H
#define SLQS_CORE_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "core/qmux.h"
#include "core/wire.h"

enum qmi_elem_type {
	QMI_ET_END = 0,
	QMI_ET_INT,	/* unsigned or signed integer of 1, 2, 4 or 8 bytes */
	QMI_ET_STRING,	/* char array, NUL-terminated in C */
	QMI_ET_STRUCT,	/* nested fields described by `sub` */
};

/* How the length of an array or string is carried on the wire. */
enum qmi_prefix {
	QMI_PFX_NONE = 0,	/* a single item */
	QMI_PFX_FIXED,		/* fixed: array capacity, or string capacity - 1 */
	QMI_PFX_LEN8,		/* u8 count/length before the items */
	QMI_PFX_LEN16,		/* u16 count/length before the items */
	QMI_PFX_REST,		/* as many as the rest of the TLV holds */
};

#define QMI_EF_OPTIONAL 0x01	/* TLV may be absent; presence flag at `has` */
#define QMI_EF_ARRAY    0x02	/* repeated item; count at `count` unless FIXED */

struct qmi_elem {
	uint8_t type;		/* enum qmi_elem_type */
	uint8_t tlv;		/* TLV type (top level); 0 inside a struct */
	uint8_t flags;		/* QMI_EF_* */
	uint8_t prefix;		/* enum qmi_prefix for arrays and strings */
	uint16_t size;		/* C size of one item */
	uint16_t max;		/* array capacity in items (1 if not an array) */
	uint32_t offset;	/* of the field in its C struct */
	uint32_t has;		/* of the uint8_t presence flag (optional TLVs) */
	uint32_t count;		/* of the uint16_t item count (arrays) */
	const struct qmi_elem *sub;	/* fields of a struct */
	const char *name;
};

/* ---- table-writing macros ---------------------------------------------- */

#define QMI__FLAGS_MAND 0
#define QMI__FLAGS_OPT  QMI_EF_OPTIONAL
#define QMI__HAS_MAND(T, f) 0
#define QMI__HAS_OPT(T, f)  offsetof(T, has_##f)
#define QMI__FSIZE(T, f)    sizeof(((T *)0)->f)
#define QMI__ISIZE(T, f)    sizeof(((T *)0)->f[0])
#define QMI__CAP(T, f)      (QMI__FSIZE(T, f) / QMI__ISIZE(T, f))
#define QMI__COUNT_FIXED(T, f) 0
#define QMI__COUNT_LEN8(T, f)  offsetof(T, n_##f)
#define QMI__COUNT_LEN16(T, f) offsetof(T, n_##f)
#define QMI__COUNT_REST(T, f)  offsetof(T, n_##f)

#define QMI__ELEM(tlv_, et, fl, pfx, sz, mx, T, f, opt, sub_)                  \
	{ .type = (et), .tlv = (tlv_), .flags = (uint8_t)(QMI__FLAGS_##opt | (fl)), \
	  .prefix = (pfx), .size = (uint16_t)(sz), .max = (uint16_t)(mx),      \
	  .offset = offsetof(T, f), .has = QMI__HAS_##opt(T, f), .count = 0,   \
	  .sub = (sub_), .name = #f }

/** An integer field (its size is the C field's). opt: MAND or OPT. */
#define QMI_INT(tlv, T, f, opt) \
	QMI__ELEM(tlv, QMI_ET_INT, 0, QMI_PFX_NONE, QMI__FSIZE(T, f), 1, T, f, opt, NULL)

/** A string in a char array; pfx: FIXED, LEN8, LEN16 or REST. */
#define QMI_STRING(tlv, T, f, pfx, opt) \
	QMI__ELEM(tlv, QMI_ET_STRING, 0, QMI_PFX_##pfx, QMI__FSIZE(T, f), 1, T, f, opt, NULL)

/** A nested struct described by table `sub`. */
#define QMI_STRUCT(tlv, T, f, sub, opt) \
	QMI__ELEM(tlv, QMI_ET_STRUCT, 0, QMI_PFX_NONE, QMI__FSIZE(T, f), 1, T, f, opt, sub)

#define QMI__ARRAY(tlv_, et, T, f, pfx, sub_, opt)                                \
	{ .type = (et), .tlv = (tlv_), .flags = (uint8_t)(QMI__FLAGS_##opt | QMI_EF_ARRAY), \
	  .prefix = QMI_PFX_##pfx, .size = (uint16_t)QMI__ISIZE(T, f),              \
	  .max = (uint16_t)QMI__CAP(T, f), .offset = offsetof(T, f),                \
	  .has = QMI__HAS_##opt(T, f), .count = QMI__COUNT_##pfx(T, f),             \
	  .sub = (sub_), .name = #f }

/** An array of integers (a byte string is an array of uint8_t). */
#define QMI_INT_ARRAY(tlv, T, f, pfx, opt) QMI__ARRAY(tlv, QMI_ET_INT, T, f, pfx, NULL, opt)

/** An array of structs described by table `sub`. */
#define QMI_STRUCT_ARRAY(tlv, T, f, pfx, sub, opt) \
	QMI__ARRAY(tlv, QMI_ET_STRUCT, T, f, pfx, sub, opt)

#define QMI_END { .type = QMI_ET_END }

/* ---- messages ------------------------------------------------------------ */

/** One QMI message: its id and the tables of each direction (NULL: no TLVs). */
struct qmi_msg {
	const char *name;
	uint8_t service;
	uint16_t id;
	const struct qmi_elem *req;
	uint16_t req_size;
	const struct qmi_elem *rsp;	/* without the result TLV: the codec adds it */
	uint16_t rsp_size;
	const struct qmi_elem *ind;
	uint16_t ind_size;
};

/** The result TLV 0x02 of a response. */
struct qmi_result {
	uint16_t result;	/* 0 success, 1 failure */
	uint16_t error;		/* QMI error code */
};

#define QMI_RESULT_SUCCESS 0
#define QMI_RESULT_FAILURE 1

/* ---- the engine ------------------------------------------------------------ */

/**
 * Decodes a TLV area into the C struct `out` of out_size bytes (zeroed
 * first). With `require_mandatory` false a missing mandatory TLV is not an
 * error (a failed response carries only its result).
 */
int slqs_decode(const struct qmi_elem *ei, const uint8_t *tlvs, size_t len, void *out,
	       size_t out_size, int require_mandatory);

/** Appends the TLVs described by ei from `in` (optional ones if flagged present). */
int slqs_encode(const struct qmi_elem *ei, const void *in, struct qmi_wbuf *w);

/** Checks a table against the size of its C struct (for tests): 0 or QMI_E_INVAL. */
int slqs_table_check(const struct qmi_elem *ei, size_t c_size);

/** Checks every table of a message; a response table may not claim TLV 0x02. */
int slqs_msg_check(const struct qmi_msg *m);

/** The element table and C size a message uses for a kind. */
const struct qmi_elem *slqs_msg_table(const struct qmi_msg *m, enum qmi_kind kind,
				     size_t *c_size);

/**
 * Writes a whole message: QMUX frame (qmux true) or bare SDU, then the
 * result TLV for a response (res must be non-NULL), then the TLVs of `c`
 * (may be NULL when the kind has no table).
 */
int slqs_msg_write(struct qmi_wbuf *w, int qmux, const struct qmi_msg *m, enum qmi_kind kind,
		  uint8_t client, uint16_t txn, const struct qmi_result *res, const void *c);

/**
 * Decodes a received SDU of message m into `c` (may be NULL if the kind
 * has no table). For a response, res receives the result TLV, which must
 * be present; a failed result excuses missing mandatory TLVs. Returns 0 or
 * a negative qmi_status (QMI_E_UNEXPECTED if the message id differs).
 */
int slqs_msg_read(const struct qmi_sdu *s, const struct qmi_msg *m, void *c,
		 struct qmi_result *res);

/** Reads just the result TLV of a response TLV area. */
int slqs_result_read(const uint8_t *tlvs, size_t len, struct qmi_result *res);

#endif
