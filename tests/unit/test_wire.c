/* Little-endian wire helpers, TLV walking and the log helpers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/log.h"
#include "core/qmi_error.h"
#include "core/status.h"
#include "core/tlv.h"
#include "core/wire.h"

static void little_endian_on_every_cpu(void **state)
{
	uint8_t b[8];

	(void)state;
	put_le16(b, 0x1234);
	assert_int_equal(b[0], 0x34);
	assert_int_equal(b[1], 0x12);
	put_le32(b, 0xA1B2C3D4);
	assert_int_equal(b[0], 0xD4);
	assert_int_equal(b[3], 0xA1);
	assert_int_equal(get_le32(b), 0xA1B2C3D4);
	put_le64(b, 0x0102030405060708ULL);
	assert_int_equal(b[0], 0x08);
	assert_int_equal(b[7], 0x01);
	assert_true(get_le64(b) == 0x0102030405060708ULL);
}

static void reader_stops_at_its_end(void **state)
{
	static const uint8_t data[] = { 0x01, 0x02, 0x03 };
	struct qmi_rbuf r;
	uint16_t v16;
	uint32_t v32;
	uint8_t v8;

	(void)state;
	qmi_rbuf_init(&r, data, sizeof(data));
	assert_int_equal(slqs_get_u32(&r, &v32), QMI_E_TRUNCATED);
	assert_int_equal(r.off, 0);	/* a failed read consumes nothing */
	assert_int_equal(slqs_get_u16(&r, &v16), 0);
	assert_int_equal(v16, 0x0201);
	assert_int_equal(slqs_get_u16(&r, &v16), QMI_E_TRUNCATED);
	assert_int_equal(slqs_get_u8(&r, &v8), 0);
	assert_int_equal(v8, 3);
	assert_int_equal(qmi_rbuf_left(&r), 0);
	assert_int_equal(slqs_get_u8(&r, &v8), QMI_E_TRUNCATED);
}

static void writer_latches_overflow(void **state)
{
	uint8_t buf[5];
	struct qmi_wbuf w;

	(void)state;
	qmi_wbuf_init(&w, buf, sizeof(buf));
	slqs_put_u32(&w, 1);
	assert_false(w.err);
	slqs_put_u16(&w, 2);	/* does not fit */
	assert_true(w.err);
	slqs_put_u8(&w, 3);	/* would fit, but the error is latched */
	assert_true(w.err);
	assert_int_equal(w.len, 4);
}

static void tlv_walk_and_find(void **state)
{
	static const uint8_t area[] = {
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x10, 0x01, 0x00, 0xAA,
		0x10, 0x01, 0x00, 0xBB,
	};
	struct qmi_tlv t;

	(void)state;
	assert_int_equal(slqs_tlv_find(area, sizeof(area), 0x10, &t), 1);
	assert_int_equal(t.value[0], 0xBB);	/* the last of a repeated TLV */
	assert_int_equal(slqs_tlv_find(area, sizeof(area), 0x11, &t), 0);
	assert_int_equal(slqs_tlv_find(area, sizeof(area) - 1, 0x10, &t), QMI_E_TRUNCATED);
	assert_int_equal(slqs_tlv_validate(area, 2), QMI_E_TRUNCATED);
	assert_int_equal(slqs_tlv_validate(area, 0), 0);
}

static void tlv_writer_patches_length(void **state)
{
	uint8_t buf[16];
	struct qmi_wbuf w;
	size_t mark;
	static const uint8_t expect[] = { 0x11, 0x03, 0x00, 0x01, 0x02, 0x03 };

	(void)state;
	qmi_wbuf_init(&w, buf, sizeof(buf));
	mark = slqs_tlv_begin(&w, 0x11);
	slqs_put_u8(&w, 1);
	slqs_put_u16(&w, 0x0302);
	slqs_tlv_end(&w, mark);
	assert_int_equal(w.len, sizeof(expect));
	assert_memory_equal(buf, expect, sizeof(expect));
}

static void hex_dump_fits_its_buffer(void **state)
{
	static const uint8_t data[] = { 0x01, 0xAB, 0xFF };
	char out[16];

	(void)state;
	assert_int_equal(slqs_hex(out, sizeof(out), data, 3), 3);
	assert_string_equal(out, "01 AB FF");
	assert_int_equal(slqs_hex(out, 6, data, 3), 2);	/* "01 AB" and its NUL */
	assert_string_equal(out, "01 AB");
	assert_int_equal(slqs_hex(out, 1, data, 3), 0);
	assert_string_equal(out, "");
}

static void log_levels_parse(void **state)
{
	(void)state;
	assert_int_equal(slqs_log_level_parse("trace"), SLQS_LOG_TRACE);
	assert_int_equal(slqs_log_level_parse("WARN"), SLQS_LOG_WARN);
	assert_int_equal(slqs_log_level_parse("2"), SLQS_LOG_INFO);
	assert_int_equal(slqs_log_level_parse("9"), -1);
	assert_int_equal(slqs_log_level_parse("loud"), -1);
}

static void trace_decodes_frames(void **state)
{
	static const uint8_t frame[] = {
		0x01, 0x0F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x22, 0x00, 0x04, 0x00,
		0x01, 0x01, 0x00, 0x02,
	};

	(void)state;
	/* Exercised for memory safety; output goes to stderr. */
	slqs_log_init("test", 0, SLQS_LOG_TRACE);
	slqs_log_frame("->modem", frame, sizeof(frame), 1, 0);
	slqs_log_frame("->modem", frame, 5, 1, 0);
	slqs_log_frame("->modem", frame + 6, sizeof(frame) - 6, 0, 2);
	slqs_log_set_level(SLQS_LOG_WARN);
	assert_int_equal(slqs_log_get_level(), SLQS_LOG_WARN);
}

static void qmi_error_names(void **state)
{
	(void)state;
	assert_string_equal(slqs_error_name(QMI_ERR_INCORRECT_PIN), "IncorrectPin");
	assert_string_equal(slqs_error_name(QMI_ERR_INVALID_QMI_COMMAND), "InvalidQmiCommand");
	assert_string_equal(slqs_error_name(0xFFFF), "Unknown");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(little_endian_on_every_cpu),
		cmocka_unit_test(reader_stops_at_its_end),
		cmocka_unit_test(writer_latches_overflow),
		cmocka_unit_test(tlv_walk_and_find),
		cmocka_unit_test(tlv_writer_patches_length),
		cmocka_unit_test(hex_dump_fits_its_buffer),
		cmocka_unit_test(log_levels_parse),
		cmocka_unit_test(trace_decodes_frames),
		cmocka_unit_test(qmi_error_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
