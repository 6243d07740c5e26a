/*
 * Encoding and decoding helpers for the message table tests (cmocka):
 * round trips through the codec and reads of hand-written TLV areas, each
 * from an exact-size heap copy so that ASan catches any read past the input.
 * Every helper fails the test when the codec does not do what it should.
 */
#ifndef TESTS_UNIT_MSG_FIXTURE_H
#define TESTS_UNIT_MSG_FIXTURE_H

#include <stddef.h>
#include <stdint.h>

#include "core/codec.h"
#include "core/qmux.h"

/**
 * Encodes c as message m of kind in a whole QMUX frame into buf and parses
 * it back: s points into buf. res is a response's result (NULL: success).
 */
void msg_fx_encode(const struct qmi_msg *m, enum qmi_kind kind, const struct qmi_result *res,
		   const void *c, uint8_t *buf, size_t cap, struct qmi_sdu *s);

/** Encodes `in` as above and reads it back into out; returns the read's status. */
int msg_fx_write_read(const struct qmi_msg *m, enum qmi_kind kind,
		      const struct qmi_result *res_in, const void *in, void *out,
		      struct qmi_result *res_out);

/** Encodes c, decodes it into out and encodes out again: both must be the same bytes. */
void msg_fx_round_trip(const struct qmi_msg *m, enum qmi_kind kind, const void *c, void *out);

/**
 * Reads a TLV area as message m of kind (the result TLV, for a response,
 * is part of the area). A well-formed area is wrapped in an SDU header
 * that must parse, as a modem's answer would; a broken one is read as is.
 * Returns slqs_msg_read()'s status.
 */
int msg_fx_read(const struct qmi_msg *m, enum qmi_kind kind, const uint8_t *tlvs, size_t len,
		void *out, struct qmi_result *res);

/** The TLV area of kind encoded from c (at most cap bytes); returns its length. */
size_t msg_fx_encode_area(const struct qmi_msg *m, enum qmi_kind kind, const void *c,
			  uint8_t *area, size_t cap);

/**
 * Encodes c as above: its TLVs (after the result TLV of a response) must
 * be exactly `expect`; then reads the message back into out.
 */
void msg_fx_expect_area(const struct qmi_msg *m, enum qmi_kind kind, const void *c,
			const uint8_t *expect, size_t len, void *out);

/**
 * Decodes every cut of an encoded area into an out_size struct: each must
 * decode or fail cleanly (truncated; missing, when mandatory TLVs are
 * required).
 */
void msg_fx_every_cut(const struct qmi_elem *ei, const uint8_t *area, size_t len,
		      size_t out_size, int require_mandatory);

#endif
