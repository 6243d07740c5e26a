/* The generic codec: every element kind, both directions, and bad input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/codec.h"
#include "core/status.h"
#include "core/tlv.h"
#include "tests/common/sample_msg.h"

static int decode(const uint8_t *tlvs, size_t len, struct sample *out)
{
	/* Exact-size heap copy: ASan then catches any read past the input. */
	uint8_t *copy = test_malloc(len ? len : 1);
	int rc;

	memcpy(copy, tlvs, len);
	rc = slqs_decode(sample_ei, copy, len, out, sizeof(*out), 1);
	test_free(copy);
	return rc;
}

static void fill(struct sample *s)
{
	memset(s, 0, sizeof(*s));
	s->word = 0xA1B2C3D4;
	s->has_plmn = 1;
	s->plmn = (struct plmn){ 310, 260, "T-Mobile" };
	s->has_rats = 1;
	s->n_rats = 3;
	s->rats[0] = 8;
	s->rats[1] = 5;
	s->rats[2] = 4;
	s->has_pairs = 1;
	s->n_pairs = 2;
	s->pairs[0] = (struct pair){ 1, -128 };
	s->pairs[1] = (struct pair){ 2, 300 };
	s->has_model = 1;
	strcpy(s->model, "MC7455");
	s->has_mcc = 1;
	strcpy(s->mcc, "001");
	s->has_fixed = 1;
	s->fixed[0] = 1;
	s->fixed[1] = 0xFFFF;
	s->fixed[2] = 3;
	s->has_big = 1;
	s->big = 0x0102030405060708ULL;
	s->has_rssi = 1;
	s->rssi = -65;
	s->has_blob = 1;
	s->n_blob = 2;
	s->blob[0] = 0xDE;
	s->blob[1] = 0xAD;
}

static size_t encode(const struct sample *s, uint8_t *buf, size_t cap)
{
	struct qmi_wbuf w;

	qmi_wbuf_init(&w, buf, cap);
	assert_int_equal(slqs_encode(sample_ei, s, &w), 0);
	return w.len;
}

static void round_trip_every_kind(void **state)
{
	struct sample in, out;
	uint8_t buf[256];
	size_t len;

	(void)state;
	fill(&in);
	len = encode(&in, buf, sizeof(buf));
	assert_int_equal(decode(buf, len, &out), 0);
	assert_memory_equal(&in, &out, sizeof(in));
}

static void exact_bytes(void **state)
{
	struct sample in;
	uint8_t buf[256];
	size_t len;
	static const uint8_t expect[] = {
		0x01, 0x04, 0x00, 0xD4, 0xC3, 0xB2, 0xA1,		/* u32 LE */
		0x10, 0x07, 0x00, 0x01, 0x00, 0x02, 0x00, 0x02, 'A', 'B',	/* struct */
		0x11, 0x02, 0x00, 0x01, 0x08,				/* LEN8 array */
		0x17, 0x01, 0x00, 0xBF,					/* int8 -65 */
	};

	(void)state;
	memset(&in, 0, sizeof(in));
	in.word = 0xA1B2C3D4;
	in.has_plmn = 1;
	in.plmn = (struct plmn){ 1, 2, "AB" };
	in.has_rats = 1;
	in.n_rats = 1;
	in.rats[0] = 8;
	in.has_rssi = 1;
	in.rssi = -65;
	len = encode(&in, buf, sizeof(buf));
	assert_int_equal(len, sizeof(expect));
	assert_memory_equal(buf, expect, sizeof(expect));
}

static void descending_order_and_unknown_tlvs(void **state)
{
	static const uint8_t tlvs[] = {
		0x99, 0x02, 0x00, 0xEE, 0xEE,		/* unknown, before */
		0x17, 0x01, 0x00, 0x80,			/* -128: a sentinel, kept as is */
		0x13, 0x06, 0x00, 'E', 'M', '1', '2', '\t', 0x00,
		0x01, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00,
		0x42, 0x00, 0x00,			/* unknown, empty, after */
	};
	struct sample out;

	(void)state;
	assert_int_equal(decode(tlvs, sizeof(tlvs), &out), 0);
	assert_int_equal(out.word, 1);
	assert_int_equal(out.has_rssi, 1);
	assert_int_equal(out.rssi, -128);
	/* NUL counted in the length is dropped; the tab is the modem's. */
	assert_string_equal(out.model, "EM12\t");
	assert_int_equal(out.has_plmn, 0);
}

static void short_struct_tlv_decodes_what_is_there(void **state)
{
	/* A PLMN TLV with MCC and MNC but no name length byte at all. */
	static const uint8_t tlvs[] = {
		0x01, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x10, 0x04, 0x00, 0x36, 0x01, 0x04, 0x01,
	};
	/* ...and one cut in the middle of the MNC: that is an error. */
	static const uint8_t cut[] = {
		0x01, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x10, 0x03, 0x00, 0x36, 0x01, 0x04,
	};
	struct sample out;

	(void)state;
	assert_int_equal(decode(tlvs, sizeof(tlvs), &out), 0);
	assert_int_equal(out.has_plmn, 1);
	assert_int_equal(out.plmn.mcc, 310);
	assert_int_equal(out.plmn.mnc, 260);
	assert_string_equal(out.plmn.name, "");
	assert_int_equal(decode(cut, sizeof(cut), &out), QMI_E_TRUNCATED);
}

static void longer_tlv_than_documented_is_accepted(void **state)
{
	/* Newer firmware appends fields: the known prefix is read. */
	static const uint8_t tlvs[] = {
		0x01, 0x06, 0x00, 0x05, 0x00, 0x00, 0x00, 0xAA, 0xBB,
	};
	struct sample out;

	(void)state;
	assert_int_equal(decode(tlvs, sizeof(tlvs), &out), 0);
	assert_int_equal(out.word, 5);
}

static void missing_mandatory(void **state)
{
	static const uint8_t tlvs[] = { 0x17, 0x01, 0x00, 0x80 };
	struct sample out;

	(void)state;
	assert_int_equal(decode(tlvs, sizeof(tlvs), &out), QMI_E_MISSING);
	assert_int_equal(slqs_decode(sample_ei, tlvs, sizeof(tlvs), &out, sizeof(out), 0), 0);
}

static void bad_counts_and_lengths(void **state)
{
	/* Count larger than the C array. */
	static const uint8_t too_many[] = {
		0x01, 0x04, 0x00, 0, 0, 0, 0,
		0x11, 0x0A, 0x00, 0x09, 1, 2, 3, 4, 5, 6, 7, 8, 9,
	};
	/* Count larger than the data. */
	static const uint8_t short_data[] = {
		0x01, 0x04, 0x00, 0, 0, 0, 0,
		0x11, 0x03, 0x00, 0x05, 1, 2,
	};
	/* String longer than its C field (11 chars + NUL fit, 12 do not). */
	static const uint8_t long_string[] = {
		0x01, 0x04, 0x00, 0, 0, 0, 0,
		0x13, 0x0C, 0x00, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l',
	};
	/* String length prefix past the TLV. */
	static const uint8_t string_past[] = {
		0x01, 0x04, 0x00, 0, 0, 0, 0,
		0x10, 0x06, 0x00, 0x01, 0x00, 0x01, 0x00, 0x05, 'x',
	};
	/* Struct array whose second element is cut at an element boundary. */
	static const uint8_t pairs_cut[] = {
		0x01, 0x04, 0x00, 0, 0, 0, 0,
		0x12, 0x05, 0x00, 0x02, 0x00, 0x01, 0x02, 0x00,
	};
	/* TLV header claims more than the area holds. */
	static const uint8_t tlv_past[] = { 0x01, 0x05, 0x00, 0, 0, 0, 0 };
	/* Integer TLV shorter than the integer. */
	static const uint8_t int_short[] = { 0x01, 0x03, 0x00, 0, 0, 0 };
	struct sample out;

	(void)state;
	assert_int_equal(decode(too_many, sizeof(too_many), &out), QMI_E_OVERFLOW);
	assert_int_equal(decode(short_data, sizeof(short_data), &out), QMI_E_TRUNCATED);
	assert_int_equal(decode(long_string, sizeof(long_string), &out), QMI_E_OVERFLOW);
	assert_int_equal(decode(string_past, sizeof(string_past), &out), QMI_E_TRUNCATED);
	assert_int_equal(decode(pairs_cut, sizeof(pairs_cut), &out), QMI_E_TRUNCATED);
	assert_int_equal(decode(tlv_past, sizeof(tlv_past), &out), QMI_E_TRUNCATED);
	assert_int_equal(decode(int_short, sizeof(int_short), &out), QMI_E_TRUNCATED);
}

static void every_prefix_of_a_message_is_safe(void **state)
{
	struct sample in, out;
	uint8_t buf[256];
	size_t len;

	(void)state;
	fill(&in);
	len = encode(&in, buf, sizeof(buf));
	for (size_t n = 0; n < len; n++) {
		int rc = decode(buf, n, &out);
		/* Every cut is either a clean TLV boundary or an error. */
		assert_true(rc == 0 || rc == QMI_E_TRUNCATED || rc == QMI_E_MISSING);
	}
}

static void repeated_tlv_last_wins(void **state)
{
	static const uint8_t tlvs[] = {
		0x01, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00,
		0x11, 0x03, 0x00, 0x02, 0x07, 0x07,
		0x11, 0x02, 0x00, 0x01, 0x09,
	};
	struct sample out;

	(void)state;
	assert_int_equal(decode(tlvs, sizeof(tlvs), &out), 0);
	assert_int_equal(out.n_rats, 1);
	assert_int_equal(out.rats[0], 9);
	assert_int_equal(out.rats[1], 0);
}

static void encode_refuses_what_does_not_fit(void **state)
{
	struct sample in;
	uint8_t buf[256];
	struct qmi_wbuf w;

	(void)state;
	fill(&in);
	in.n_rats = 9;	/* more than the array holds */
	qmi_wbuf_init(&w, buf, sizeof(buf));
	assert_int_equal(slqs_encode(sample_ei, &in, &w), QMI_E_OVERFLOW);

	fill(&in);
	memset(in.model, 'x', sizeof(in.model));	/* not terminated */
	qmi_wbuf_init(&w, buf, sizeof(buf));
	assert_int_equal(slqs_encode(sample_ei, &in, &w), QMI_E_OVERFLOW);

	fill(&in);
	qmi_wbuf_init(&w, buf, 20);
	assert_int_equal(slqs_encode(sample_ei, &in, &w), QMI_E_NOSPACE);
	assert_true(w.len <= 20);
}

static void fixed_string_is_padded(void **state)
{
	struct sample in, out;
	uint8_t buf[64];
	size_t len;
	static const uint8_t expect[] = {
		0x01, 0x04, 0x00, 0, 0, 0, 0,
		0x14, 0x03, 0x00, '4', '4', 0x00,
	};

	(void)state;
	memset(&in, 0, sizeof(in));
	in.has_mcc = 1;
	strcpy(in.mcc, "44");
	len = encode(&in, buf, sizeof(buf));
	assert_int_equal(len, sizeof(expect));
	assert_memory_equal(buf, expect, len);
	assert_int_equal(decode(buf, len, &out), 0);
	assert_string_equal(out.mcc, "44");
}

static void table_check_catches_mistakes(void **state)
{
	static const struct qmi_elem dup[] = {
		QMI_INT(0x01, struct sample, word, MAND),
		QMI_INT(0x01, struct sample, rssi, MAND),
		QMI_END
	};
	static const struct qmi_elem result_tlv[] = {
		QMI_INT(0x02, struct sample, word, MAND),
		QMI_END
	};

	(void)state;
	assert_int_equal(slqs_table_check(sample_ei, sizeof(struct sample)), 0);
	assert_int_equal(slqs_table_check(dup, sizeof(struct sample)), QMI_E_INVAL);
	/* TLV 0x02 is the result in a response, a normal TLV elsewhere. */
	assert_int_equal(slqs_table_check(result_tlv, sizeof(struct sample)), 0);
	assert_int_equal(slqs_msg_check(&(struct qmi_msg){ .rsp = result_tlv,
			 .rsp_size = sizeof(struct sample) }), QMI_E_INVAL);
	assert_int_equal(slqs_table_check(sample_ei, 8), QMI_E_INVAL);
}

static void status_text(void **state)
{
	(void)state;
	assert_string_equal(slqs_status_str(QMI_OK), "success");
	assert_non_null(strstr(slqs_status_str(QMI_E_MISSING), "mandatory"));
	assert_string_equal(slqs_status_str(-999), "unknown status");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(round_trip_every_kind),
		cmocka_unit_test(exact_bytes),
		cmocka_unit_test(descending_order_and_unknown_tlvs),
		cmocka_unit_test(short_struct_tlv_decodes_what_is_there),
		cmocka_unit_test(longer_tlv_than_documented_is_accepted),
		cmocka_unit_test(missing_mandatory),
		cmocka_unit_test(bad_counts_and_lengths),
		cmocka_unit_test(every_prefix_of_a_message_is_safe),
		cmocka_unit_test(repeated_tlv_last_wins),
		cmocka_unit_test(encode_refuses_what_does_not_fit),
		cmocka_unit_test(fixed_string_is_padded),
		cmocka_unit_test(table_check_catches_mistakes),
		cmocka_unit_test(status_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
