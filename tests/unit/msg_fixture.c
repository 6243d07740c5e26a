/* Codec helpers of the message table tests: see msg_fixture.h. */
#include "tests/unit/msg_fixture.h"

#include <setjmp.h>
#include <stdarg.h>
#include <string.h>
#include <cmocka.h>

#include "core/status.h"
#include "core/tlv.h"

static const struct qmi_result success = { QMI_RESULT_SUCCESS, 0 };

void msg_fx_encode(const struct qmi_msg *m, enum qmi_kind kind, const struct qmi_result *res,
		   const void *c, uint8_t *buf, size_t cap, struct qmi_sdu *s)
{
	struct qmi_wbuf w;
	struct qmux_frame f;

	if (kind == QMI_RESPONSE && !res)
		res = &success;
	qmi_wbuf_init(&w, buf, cap);
	assert_int_equal(slqs_msg_write(&w, 1, m, kind, 5, 0x0102, res, c), 0);
	assert_int_equal(slqs_qmux_parse(buf, w.len, &f), 0);
	assert_int_equal(f.service, m->service);
	assert_int_equal(f.sdu.kind, kind);
	assert_int_equal(f.sdu.msg_id, m->id);
	*s = f.sdu;
}

int msg_fx_write_read(const struct qmi_msg *m, enum qmi_kind kind,
		      const struct qmi_result *res_in, const void *in, void *out,
		      struct qmi_result *res_out)
{
	uint8_t *buf = test_malloc(QMUX_MAX_FRAME);
	struct qmi_sdu s;
	int rc;

	msg_fx_encode(m, kind, res_in, in, buf, QMUX_MAX_FRAME, &s);
	rc = slqs_msg_read(&s, m, out, res_out);
	test_free(buf);
	return rc;
}

/* Comparing bytes, not C structs, leaves their padding out. */
void msg_fx_round_trip(const struct qmi_msg *m, enum qmi_kind kind, const void *c, void *out)
{
	uint8_t *a = test_malloc(QMUX_MAX_FRAME), *b = test_malloc(QMUX_MAX_FRAME);
	struct qmi_sdu sa, sb;
	struct qmi_result got;

	msg_fx_encode(m, kind, NULL, c, a, QMUX_MAX_FRAME, &sa);
	assert_int_equal(msg_fx_read(m, kind, sa.tlv, sa.tlv_len, out, &got), 0);
	msg_fx_encode(m, kind, NULL, out, b, QMUX_MAX_FRAME, &sb);
	assert_int_equal(sa.tlv_len, sb.tlv_len);
	assert_memory_equal(sa.tlv, sb.tlv, sa.tlv_len);
	test_free(a);
	test_free(b);
}

int msg_fx_read(const struct qmi_msg *m, enum qmi_kind kind, const uint8_t *tlvs, size_t len,
		void *out, struct qmi_result *res)
{
	size_t hdr = slqs_sdu_hdr_len(m->service);
	uint8_t *sdu = test_malloc(hdr + len);	/* exact size: the area ends the block */
	struct qmi_wbuf w;
	struct qmi_frame_mark mk;
	struct qmi_sdu s = { .kind = kind, .msg_id = m->id, .tlv = sdu + hdr,
			     .tlv_len = (uint16_t)len };
	int rc;

	qmi_wbuf_init(&w, sdu, hdr + len);
	mk = slqs_frame_begin(&w, 0, m->service, 0, kind, 7, m->id);
	slqs_put_bytes(&w, tlvs, len);
	assert_int_equal(slqs_frame_end(&w, mk), 0);
	if (slqs_tlv_validate(tlvs, len) == 0) {
		assert_int_equal(slqs_sdu_parse(m->service, sdu, w.len, &s), 0);
		assert_int_equal(s.kind, kind);
		assert_int_equal(s.msg_id, m->id);
	}
	rc = slqs_msg_read(&s, m, out, res);
	test_free(sdu);
	return rc;
}

size_t msg_fx_encode_area(const struct qmi_msg *m, enum qmi_kind kind, const void *c,
			  uint8_t *area, size_t cap)
{
	struct qmi_wbuf w;

	qmi_wbuf_init(&w, area, cap);
	assert_int_equal(slqs_encode(slqs_msg_table(m, kind, NULL), c, &w), 0);
	return w.len;
}

void msg_fx_expect_area(const struct qmi_msg *m, enum qmi_kind kind, const void *c,
			const uint8_t *expect, size_t len, void *out)
{
	uint8_t *buf = test_malloc(QMUX_MAX_FRAME);
	struct qmi_sdu s;
	size_t skip = 0;

	msg_fx_encode(m, kind, NULL, c, buf, QMUX_MAX_FRAME, &s);
	if (kind == QMI_RESPONSE) {
		/* The codec writes the result TLV first: expect holds what follows it. */
		assert_true(s.tlv_len >= 7 && s.tlv[0] == QMI_TLV_RESULT);
		skip = 7;
	}
	assert_int_equal(s.tlv_len - skip, len);
	assert_memory_equal(s.tlv + skip, expect, len);
	assert_int_equal(slqs_msg_read(&s, m, out, NULL), 0);
	test_free(buf);
}

void msg_fx_every_cut(const struct qmi_elem *ei, const uint8_t *area, size_t len,
		      size_t out_size, int require_mandatory)
{
	void *out = test_malloc(out_size);

	for (size_t n = 0; n < len; n++) {
		uint8_t *cut = test_malloc(n ? n : 1);
		int rc;

		memcpy(cut, area, n);
		rc = slqs_decode(ei, cut, n, out, out_size, require_mandatory);
		assert_true(rc == 0 || rc == QMI_E_TRUNCATED ||
			    (require_mandatory && rc == QMI_E_MISSING));
		test_free(cut);
	}
	test_free(out);
}
