/* WDA message tables, and the request/response TLV numbering trap. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/codec.h"
#include "core/qmux.h"
#include "core/status.h"
#include "pkgs/wda/wda_msg.h"
#include "tests/unit/msg_fixture.h"

/* What qmicli sends for link-layer-protocol=raw-ip,ep-type=hsusb,ep-iface-number=8,
 * ul-max-datagrams=16: the endpoint is 0x17 and the uplink limit 0x1B. */
static void set_request_bytes(void **state)
{
	static const uint8_t expect[] = {
		0x11, 0x04, 0x00, 0x02, 0x00, 0x00, 0x00,
		0x17, 0x08, 0x00, 0x02, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00,
		0x1B, 0x04, 0x00, 0x10, 0x00, 0x00, 0x00,
	};
	static const struct wda_set_data_format_req req = {
		.has_link_layer = 1, .link_layer = WDA_LINK_LAYER_RAW_IP,
		.has_endpoint = 1, .endpoint = { WDA_ENDPOINT_HSUSB, 8 },
		.has_ul_max_datagrams = 1, .ul_max_datagrams = 16,
	};
	struct wda_set_data_format_req back;

	(void)state;
	msg_fx_expect_area(&slqs_wda_set_data_format, QMI_REQUEST, &req, expect, sizeof(expect),
			   &back);
	assert_memory_equal(&back, &req, sizeof(req));
}

/* In the answer 0x17/0x18 are the uplink limits and 0x1B flow control (u8). */
static void response_numbering(void **state)
{
	static const uint8_t tlvs[] = {
		0x1B, 0x01, 0x00, 0x00,
		0x18, 0x04, 0x00, 0x00, 0x40, 0x00, 0x00,	/* ul max size 16384 */
		0x17, 0x04, 0x00, 0x20, 0x00, 0x00, 0x00,	/* ul max datagrams 32 */
		0x99, 0x01, 0x00, 0x01,				/* unknown */
		0x11, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00,	/* 802.3 */
		0x10, 0x01, 0x00, 0x00,
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
	};
	struct wda_data_format rsp;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_wda_get_data_format, QMI_RESPONSE, tlvs, sizeof(tlvs),
				     &rsp, &res), 0);
	assert_int_equal(rsp.link_layer, WDA_LINK_LAYER_802_3);
	assert_true(rsp.has_ul_max_datagrams);
	assert_int_equal(rsp.ul_max_datagrams, 32);
	assert_true(rsp.has_ul_max_size);
	assert_int_equal(rsp.ul_max_size, 16384);
	assert_true(rsp.has_flow_control);
	assert_int_equal(rsp.flow_control, 0);
	assert_true(rsp.has_qos_format);
	assert_false(rsp.has_dl_protocol);
}

/* An 8-byte endpoint TLV 0x17 in an answer is not an uplink limit: it is refused. */
static void request_layout_in_a_response_is_caught(void **state)
{
	static const uint8_t tlvs[] = {
		0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x17, 0x03, 0x00, 0x02, 0x00, 0x00,
	};
	struct wda_data_format rsp;
	struct qmi_result res;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_wda_set_data_format, QMI_RESPONSE, tlvs, sizeof(tlvs),
				     &rsp, &res), QMI_E_TRUNCATED);
}

static void get_request_with_and_without_endpoint(void **state)
{
	static const uint8_t with_ep[] = {
		0x10, 0x08, 0x00, 0x02, 0x00, 0x00, 0x00, 0x0C, 0x00, 0x00, 0x00,
	};
	struct wda_get_data_format_req req;

	(void)state;
	assert_int_equal(msg_fx_read(&slqs_wda_get_data_format, QMI_REQUEST, NULL, 0, &req, NULL),
			 0);
	assert_false(req.has_endpoint);
	assert_int_equal(msg_fx_read(&slqs_wda_get_data_format, QMI_REQUEST, with_ep,
				     sizeof(with_ep), &req, NULL), 0);
	assert_true(req.has_endpoint);
	assert_int_equal(req.endpoint.type, WDA_ENDPOINT_HSUSB);
	assert_int_equal(req.endpoint.iface, 12);
}

static void data_format_round_trip(void **state)
{
	static const struct wda_data_format f = {
		.has_qos_format = 1, .has_link_layer = 1, .link_layer = WDA_LINK_LAYER_RAW_IP,
		.has_ul_protocol = 1, .ul_protocol = WDA_AGGREGATION_QMAP,
		.has_dl_protocol = 1, .dl_protocol = WDA_AGGREGATION_QMAP,
		.has_dl_max_datagrams = 1, .dl_max_datagrams = 32,
		.has_dl_max_size = 1, .dl_max_size = 32768,
		.has_ul_max_datagrams = 1, .ul_max_datagrams = 16,
		.has_ul_max_size = 1, .ul_max_size = 8192,
		.has_dl_min_padding = 1, .has_flow_control = 1, .flow_control = 1,
	};
	struct qmi_result ok = { 0, 0 }, res;
	struct wda_data_format back;

	(void)state;
	assert_int_equal(msg_fx_write_read(&slqs_wda_set_data_format, QMI_RESPONSE, &ok, &f, &back,
					   &res), 0);
	assert_memory_equal(&back, &f, sizeof(f));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(set_request_bytes),
		cmocka_unit_test(response_numbering),
		cmocka_unit_test(request_layout_in_a_response_is_caught),
		cmocka_unit_test(get_request_with_and_without_endpoint),
		cmocka_unit_test(data_format_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
