/* QMUX framing and the CTL messages: the byte sequences from the design. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/codec.h"
#include "core/qmux.h"
#include "core/status.h"
#include "pkgs/ctl/ctl_msg.h"

static const uint8_t alloc_dms_req[] = {
	0x01, 0x0F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x22, 0x00, 0x04, 0x00,
	0x01, 0x01, 0x00, 0x02,
};

static const uint8_t alloc_dms_rsp[] = {
	0x01, 0x17, 0x00, 0x80, 0x00, 0x00, 0x01, 0x01, 0x22, 0x00, 0x0C, 0x00,
	0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x02, 0x00, 0x02, 0x07,
};

static void encode_allocate_cid(void **state)
{
	struct ctl_allocate_cid_req req = { .service = 0x02 };
	uint8_t buf[64];
	struct qmi_wbuf w;

	(void)state;
	qmi_wbuf_init(&w, buf, sizeof(buf));
	assert_int_equal(slqs_msg_write(&w, 1, &slqs_ctl_allocate_cid, QMI_REQUEST, 0, 1, NULL,
				       &req), 0);
	assert_int_equal(w.len, sizeof(alloc_dms_req));
	assert_memory_equal(buf, alloc_dms_req, sizeof(alloc_dms_req));
}

static void decode_allocate_cid_response(void **state)
{
	struct qmux_frame f;
	struct ctl_allocate_cid_rsp rsp;
	struct qmi_result res;

	(void)state;
	assert_int_equal(slqs_qmux_parse(alloc_dms_rsp, sizeof(alloc_dms_rsp), &f), 0);
	assert_int_equal(f.flags, QMUX_FLAG_FROM_MODEM);
	assert_int_equal(f.service, QMI_SVC_CTL);
	assert_int_equal(f.sdu.kind, QMI_RESPONSE);
	assert_int_equal(f.sdu.txn, 1);
	assert_int_equal(f.sdu.msg_id, CTL_MSG_ALLOCATE_CID);
	assert_int_equal(slqs_msg_read(&f.sdu, &slqs_ctl_allocate_cid, &rsp, &res), 0);
	assert_int_equal(res.result, QMI_RESULT_SUCCESS);
	assert_int_equal(res.error, 0);
	assert_int_equal(rsp.info.service, 0x02);
	assert_int_equal(rsp.info.cid, 7);
}

static void every_truncation_fails(void **state)
{
	struct qmux_frame f;

	(void)state;
	for (size_t n = 0; n < sizeof(alloc_dms_rsp); n++) {
		/* Copy so ASan sees an exact-size buffer and flags any over-read. */
		uint8_t *cut = test_malloc(n ? n : 1);
		memcpy(cut, alloc_dms_rsp, n);
		assert_int_equal(slqs_qmux_parse(cut, n, &f), QMI_E_BADFRAME);
		test_free(cut);
	}
}

static void overlong_and_garbage_fail(void **state)
{
	uint8_t buf[sizeof(alloc_dms_rsp) + 1];
	struct qmux_frame f;

	(void)state;
	memcpy(buf, alloc_dms_rsp, sizeof(alloc_dms_rsp));
	buf[sizeof(alloc_dms_rsp)] = 0xAA;
	/* A frame followed by a byte its length does not cover. */
	assert_int_equal(slqs_qmux_parse(buf, sizeof(buf), &f), QMI_E_BADFRAME);
	/* Wrong marker. */
	memcpy(buf, alloc_dms_rsp, sizeof(alloc_dms_rsp));
	buf[0] = 0x02;
	assert_int_equal(slqs_qmux_parse(buf, sizeof(alloc_dms_rsp), &f), QMI_E_BADFRAME);
	/* SDU TLV length larger than the frame. */
	memcpy(buf, alloc_dms_rsp, sizeof(alloc_dms_rsp));
	buf[10] = 0x0D;
	assert_int_equal(slqs_qmux_parse(buf, sizeof(alloc_dms_rsp), &f), QMI_E_BADFRAME);
	/* A TLV length running past the SDU. */
	memcpy(buf, alloc_dms_rsp, sizeof(alloc_dms_rsp));
	buf[20] = 0x03;
	assert_int_equal(slqs_qmux_parse(buf, sizeof(alloc_dms_rsp), &f), QMI_E_BADFRAME);
}

static void failed_response_needs_no_payload(void **state)
{
	/* Allocate CID refused with ClientIdsExhausted (5): no TLV 0x01. */
	const struct qmi_result refused = { QMI_RESULT_FAILURE, 5 };
	struct ctl_allocate_cid_rsp rsp;
	struct qmi_result res;
	struct qmux_frame f;
	uint8_t buf[64];
	struct qmi_wbuf w;

	(void)state;
	qmi_wbuf_init(&w, buf, sizeof(buf));
	assert_int_equal(slqs_msg_write(&w, 1, &slqs_ctl_allocate_cid, QMI_RESPONSE, 0, 9,
				       &refused, NULL), 0);
	assert_int_equal(slqs_qmux_parse(buf, w.len, &f), 0);
	assert_int_equal(slqs_msg_read(&f.sdu, &slqs_ctl_allocate_cid, &rsp, &res), 0);
	assert_int_equal(res.result, QMI_RESULT_FAILURE);
	assert_int_equal(res.error, 5);
}

static void missing_result_or_payload_fails(void **state)
{
	/* Success claimed but the allocation TLV is absent. */
	static const uint8_t no_payload[] = {
		0x01, 0x12, 0x00, 0x80, 0x00, 0x00, 0x01, 0x01, 0x22, 0x00, 0x07, 0x00,
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
	};
	/* No result TLV at all. */
	static const uint8_t no_result[] = {
		0x01, 0x10, 0x00, 0x80, 0x00, 0x00, 0x01, 0x01, 0x22, 0x00, 0x05, 0x00,
		0x01, 0x02, 0x00, 0x02, 0x07,
	};
	struct ctl_allocate_cid_rsp rsp;
	struct qmi_result res;
	struct qmux_frame f;

	(void)state;
	assert_int_equal(slqs_qmux_parse(no_payload, sizeof(no_payload), &f), 0);
	assert_int_equal(slqs_msg_read(&f.sdu, &slqs_ctl_allocate_cid, &rsp, &res), QMI_E_MISSING);
	assert_int_equal(slqs_qmux_parse(no_result, sizeof(no_result), &f), 0);
	assert_int_equal(slqs_msg_read(&f.sdu, &slqs_ctl_allocate_cid, &rsp, &res), QMI_E_MISSING);
	/* The frame answers another message. */
	assert_int_equal(slqs_qmux_parse(alloc_dms_rsp, sizeof(alloc_dms_rsp), &f), 0);
	assert_int_equal(slqs_msg_read(&f.sdu, &slqs_ctl_release_cid, &rsp, &res),
			 QMI_E_UNEXPECTED);
}

static void service_sdu_has_u16_txn(void **state)
{
	/* DMS Get Model request, client 7, txn 0x1234, then its bare SDU. */
	static const struct qmi_msg get_model = { .name = "Get Model", .service = 0x02, .id = 0x0022 };
	static const uint8_t expect[] = {
		0x01, 0x0C, 0x00, 0x00, 0x02, 0x07, 0x00, 0x34, 0x12, 0x22, 0x00, 0x00, 0x00,
	};
	uint8_t buf[32];
	struct qmi_wbuf w;
	struct qmux_frame f;
	struct qmi_sdu s;

	(void)state;
	qmi_wbuf_init(&w, buf, sizeof(buf));
	assert_int_equal(slqs_msg_write(&w, 1, &get_model, QMI_REQUEST, 7, 0x1234, NULL, NULL), 0);
	assert_int_equal(w.len, sizeof(expect));
	assert_memory_equal(buf, expect, sizeof(expect));
	assert_int_equal(slqs_qmux_parse(buf, w.len, &f), 0);
	assert_int_equal(f.sdu.txn, 0x1234);
	assert_int_equal(f.client, 7);

	qmi_wbuf_init(&w, buf, sizeof(buf));
	assert_int_equal(slqs_msg_write(&w, 0, &get_model, QMI_REQUEST, 7, 0x1234, NULL, NULL), 0);
	assert_int_equal(w.len, sizeof(expect) - QMUX_HDR_LEN);
	assert_memory_equal(buf, expect + QMUX_HDR_LEN, w.len);
	assert_int_equal(slqs_sdu_parse(0x02, buf, w.len, &s), 0);
	assert_int_equal(s.txn, 0x1234);
	assert_int_equal(s.msg_id, 0x0022);
}

static void kind_flags(void **state)
{
	(void)state;
	assert_int_equal(slqs_sdu_flags(0, QMI_RESPONSE), 0x01);
	assert_int_equal(slqs_sdu_flags(0, QMI_INDICATION), 0x02);
	assert_int_equal(slqs_sdu_flags(2, QMI_RESPONSE), 0x02);
	assert_int_equal(slqs_sdu_flags(2, QMI_INDICATION), 0x04);
	assert_int_equal(slqs_sdu_flags(2, QMI_REQUEST), 0x00);
}

static void ctl_txn_must_fit_a_byte(void **state)
{
	uint8_t buf[64];
	struct qmi_wbuf w;

	(void)state;
	qmi_wbuf_init(&w, buf, sizeof(buf));
	assert_int_equal(slqs_msg_write(&w, 1, &slqs_ctl_sync, QMI_REQUEST, 0, 256, NULL, NULL),
			 QMI_E_NOSPACE);
}

static void encode_into_small_buffer_fails(void **state)
{
	struct ctl_allocate_cid_req req = { .service = 0x02 };
	uint8_t buf[sizeof(alloc_dms_req)];
	struct qmi_wbuf w;

	(void)state;
	for (size_t cap = 0; cap < sizeof(buf); cap++) {
		qmi_wbuf_init(&w, buf, cap);
		assert_int_not_equal(slqs_msg_write(&w, 1, &slqs_ctl_allocate_cid, QMI_REQUEST, 0,
						   1, NULL, &req), 0);
		assert_true(w.len <= cap);
	}
}

static void ctl_tables_are_consistent(void **state)
{
	(void)state;
	for (const struct qmi_msg *const *m = slqs_ctl_msgs; *m; m++) {
		assert_int_equal(slqs_msg_check(*m), 0);
	}
}

static void version_info_round_trip(void **state)
{
	struct ctl_version_info_rsp in = { 0 }, out;
	const struct qmi_result ok = { 0, 0 };
	struct qmi_result res;
	struct qmux_frame f;
	uint8_t buf[512];
	struct qmi_wbuf w;

	(void)state;
	in.n_services = 3;
	in.services[0] = (struct ctl_service_version){ 0x00, 1, 5 };
	in.services[1] = (struct ctl_service_version){ 0x02, 1, 14 };
	in.services[2] = (struct ctl_service_version){ 0x1A, 1, 0x1234 };
	qmi_wbuf_init(&w, buf, sizeof(buf));
	assert_int_equal(slqs_msg_write(&w, 1, &slqs_ctl_get_version_info, QMI_RESPONSE, 0, 3,
				       &ok, &in), 0);
	assert_int_equal(slqs_qmux_parse(buf, w.len, &f), 0);
	assert_int_equal(slqs_msg_read(&f.sdu, &slqs_ctl_get_version_info, &out, &res), 0);
	assert_int_equal(out.n_services, 3);
	assert_int_equal(out.services[2].service, 0x1A);
	assert_int_equal(out.services[2].minor, 0x1234);
	assert_int_equal(out.services[1].minor, 14);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(encode_allocate_cid),
		cmocka_unit_test(decode_allocate_cid_response),
		cmocka_unit_test(every_truncation_fails),
		cmocka_unit_test(overlong_and_garbage_fail),
		cmocka_unit_test(failed_response_needs_no_payload),
		cmocka_unit_test(missing_result_or_payload_fails),
		cmocka_unit_test(service_sdu_has_u16_txn),
		cmocka_unit_test(kind_flags),
		cmocka_unit_test(ctl_txn_must_fit_a_byte),
		cmocka_unit_test(encode_into_small_buffer_fails),
		cmocka_unit_test(ctl_tables_are_consistent),
		cmocka_unit_test(version_info_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
