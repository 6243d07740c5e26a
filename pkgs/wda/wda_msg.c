#include "pkgs/wda/wda_msg.h"

#include <stddef.h>

static const struct qmi_elem endpoint_ei[] = {
	QMI_INT(0, struct wda_endpoint, type, MAND),
	QMI_INT(0, struct wda_endpoint, iface, MAND),
	QMI_END
};

static const struct qmi_elem set_data_format_req_ei[] = {
	QMI_INT(0x10, struct wda_set_data_format_req, qos_format, OPT),
	QMI_INT(0x11, struct wda_set_data_format_req, link_layer, OPT),
	QMI_INT(0x12, struct wda_set_data_format_req, ul_protocol, OPT),
	QMI_INT(0x13, struct wda_set_data_format_req, dl_protocol, OPT),
	QMI_INT(0x14, struct wda_set_data_format_req, ndp_signature, OPT),
	QMI_INT(0x15, struct wda_set_data_format_req, dl_max_datagrams, OPT),
	QMI_INT(0x16, struct wda_set_data_format_req, dl_max_size, OPT),
	QMI_STRUCT(0x17, struct wda_set_data_format_req, endpoint, endpoint_ei, OPT),
	QMI_INT(0x1B, struct wda_set_data_format_req, ul_max_datagrams, OPT),
	QMI_INT(0x1C, struct wda_set_data_format_req, ul_max_size, OPT),
	QMI_END
};

/* Numbered differently from the request after 0x16: see wda_msg.h. */
static const struct qmi_elem data_format_ei[] = {
	QMI_INT(0x10, struct wda_data_format, qos_format, OPT),
	QMI_INT(0x11, struct wda_data_format, link_layer, OPT),
	QMI_INT(0x12, struct wda_data_format, ul_protocol, OPT),
	QMI_INT(0x13, struct wda_data_format, dl_protocol, OPT),
	QMI_INT(0x14, struct wda_data_format, ndp_signature, OPT),
	QMI_INT(0x15, struct wda_data_format, dl_max_datagrams, OPT),
	QMI_INT(0x16, struct wda_data_format, dl_max_size, OPT),
	QMI_INT(0x17, struct wda_data_format, ul_max_datagrams, OPT),
	QMI_INT(0x18, struct wda_data_format, ul_max_size, OPT),
	QMI_INT(0x1A, struct wda_data_format, dl_min_padding, OPT),
	QMI_INT(0x1B, struct wda_data_format, flow_control, OPT),
	QMI_END
};

static const struct qmi_elem get_data_format_req_ei[] = {
	QMI_STRUCT(0x10, struct wda_get_data_format_req, endpoint, endpoint_ei, OPT),
	QMI_END
};

const struct qmi_msg slqs_wda_set_data_format = {
	.name = "Set Data Format", .service = QMI_SVC_WDA, .id = WDA_MSG_SET_DATA_FORMAT,
	.req = set_data_format_req_ei, .req_size = sizeof(struct wda_set_data_format_req),
	.rsp = data_format_ei, .rsp_size = sizeof(struct wda_data_format),
};

const struct qmi_msg slqs_wda_get_data_format = {
	.name = "Get Data Format", .service = QMI_SVC_WDA, .id = WDA_MSG_GET_DATA_FORMAT,
	.req = get_data_format_req_ei, .req_size = sizeof(struct wda_get_data_format_req),
	.rsp = data_format_ei, .rsp_size = sizeof(struct wda_data_format),
};

const struct qmi_msg *const slqs_wda_msgs[] = {
	&slqs_wda_set_data_format,
	&slqs_wda_get_data_format,
	NULL
};
