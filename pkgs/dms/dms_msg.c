#include "pkgs/dms/dms_msg.h"

#include <stddef.h>

/* ---- Get Capabilities ---------------------------------------------------- */

static const struct qmi_elem capabilities_ei[] = {
	QMI_INT(0, struct dms_capabilities, max_tx_rate, MAND),
	QMI_INT(0, struct dms_capabilities, max_rx_rate, MAND),
	QMI_INT(0, struct dms_capabilities, data_service, MAND),
	QMI_INT(0, struct dms_capabilities, sim_capability, MAND),
	QMI_INT_ARRAY(0, struct dms_capabilities, radio_ifs, LEN8, MAND),
	QMI_END
};

static const struct qmi_elem get_capabilities_rsp_ei[] = {
	QMI_STRUCT(0x01, struct dms_get_capabilities_rsp, info, capabilities_ei, MAND),
	QMI_END
};

/* ---- single-string responses ------------------------------------------------ */

/* The string fills TLV 0x01 (no length prefix; some firmware counts a NUL). */
static const struct qmi_elem string_rsp_ei[] = {
	QMI_STRING(0x01, struct dms_string_rsp, value, REST, MAND),
	QMI_END
};

/* ---- Get IDs ------------------------------------------------------------------ */

static const struct qmi_elem get_ids_rsp_ei[] = {
	QMI_STRING(0x10, struct dms_get_ids_rsp, esn, REST, OPT),
	QMI_STRING(0x11, struct dms_get_ids_rsp, imei, REST, OPT),
	QMI_STRING(0x12, struct dms_get_ids_rsp, meid, REST, OPT),
	QMI_STRING(0x13, struct dms_get_ids_rsp, imei_sv, REST, OPT),
	QMI_END
};

/* ---- Operating mode ------------------------------------------------------------ */

static const struct qmi_elem get_operating_mode_rsp_ei[] = {
	QMI_INT(0x01, struct dms_get_operating_mode_rsp, mode, MAND),
	QMI_INT(0x10, struct dms_get_operating_mode_rsp, offline_reason, OPT),
	QMI_INT(0x11, struct dms_get_operating_mode_rsp, hw_restricted, OPT),
	QMI_END
};

static const struct qmi_elem set_operating_mode_req_ei[] = {
	QMI_INT(0x01, struct dms_set_operating_mode_req, mode, MAND),
	QMI_END
};

/* ---- Band capabilities ------------------------------------------------------------ */

static const struct qmi_elem get_band_capabilities_rsp_ei[] = {
	QMI_INT(0x01, struct dms_get_band_capabilities_rsp, band_capability, MAND),
	QMI_INT(0x10, struct dms_get_band_capabilities_rsp, lte_band_capability, OPT),
	QMI_INT_ARRAY(0x12, struct dms_get_band_capabilities_rsp, extended_lte_bands, LEN16, OPT),
	QMI_INT_ARRAY(0x13, struct dms_get_band_capabilities_rsp, nr5g_bands, LEN16, OPT),
	QMI_END
};

/* ---- DMS UIM messages ------------------------------------------------------------ */

static const struct qmi_elem pin_retries_ei[] = {
	QMI_INT(0, struct dms_pin_retries, verify_left, MAND),
	QMI_INT(0, struct dms_pin_retries, unblock_left, MAND),
	QMI_END
};

static const struct qmi_elem pin_info_ei[] = {
	QMI_INT(0, struct dms_pin_info, pin_id, MAND),
	QMI_STRING(0, struct dms_pin_info, pin, LEN8, MAND),
	QMI_END
};

static const struct qmi_elem uim_verify_pin_req_ei[] = {
	QMI_STRUCT(0x01, struct dms_uim_verify_pin_req, info, pin_info_ei, MAND),
	QMI_END
};

static const struct qmi_elem uim_verify_pin_rsp_ei[] = {
	QMI_STRUCT(0x10, struct dms_uim_verify_pin_rsp, retries, pin_retries_ei, OPT),
	QMI_END
};

static const struct qmi_elem pin_status_ei[] = {
	QMI_INT(0, struct dms_pin_status, status, MAND),
	QMI_INT(0, struct dms_pin_status, verify_left, MAND),
	QMI_INT(0, struct dms_pin_status, unblock_left, MAND),
	QMI_END
};

static const struct qmi_elem uim_get_pin_status_rsp_ei[] = {
	QMI_STRUCT(0x11, struct dms_uim_get_pin_status_rsp, pin1, pin_status_ei, OPT),
	QMI_STRUCT(0x12, struct dms_uim_get_pin_status_rsp, pin2, pin_status_ei, OPT),
	QMI_END
};

/* ---- messages ---------------------------------------------------------------------- */

const struct qmi_msg slqs_dms_get_capabilities = {
	.name = "Get Capabilities", .service = QMI_SVC_DMS, .id = DMS_MSG_GET_CAPABILITIES,
	.rsp = get_capabilities_rsp_ei, .rsp_size = sizeof(struct dms_get_capabilities_rsp),
};

const struct qmi_msg slqs_dms_get_manufacturer = {
	.name = "Get Manufacturer", .service = QMI_SVC_DMS, .id = DMS_MSG_GET_MANUFACTURER,
	.rsp = string_rsp_ei, .rsp_size = sizeof(struct dms_string_rsp),
};

const struct qmi_msg slqs_dms_get_model = {
	.name = "Get Model", .service = QMI_SVC_DMS, .id = DMS_MSG_GET_MODEL,
	.rsp = string_rsp_ei, .rsp_size = sizeof(struct dms_string_rsp),
};

const struct qmi_msg slqs_dms_get_revision = {
	.name = "Get Revision", .service = QMI_SVC_DMS, .id = DMS_MSG_GET_REVISION,
	.rsp = string_rsp_ei, .rsp_size = sizeof(struct dms_string_rsp),
};

const struct qmi_msg slqs_dms_get_msisdn = {
	.name = "Get MSISDN", .service = QMI_SVC_DMS, .id = DMS_MSG_GET_MSISDN,
	.rsp = string_rsp_ei, .rsp_size = sizeof(struct dms_string_rsp),
};

const struct qmi_msg slqs_dms_get_ids = {
	.name = "Get IDs", .service = QMI_SVC_DMS, .id = DMS_MSG_GET_IDS,
	.rsp = get_ids_rsp_ei, .rsp_size = sizeof(struct dms_get_ids_rsp),
};

const struct qmi_msg slqs_dms_uim_verify_pin = {
	.name = "UIM Verify PIN", .service = QMI_SVC_DMS, .id = DMS_MSG_UIM_VERIFY_PIN,
	.req = uim_verify_pin_req_ei, .req_size = sizeof(struct dms_uim_verify_pin_req),
	.rsp = uim_verify_pin_rsp_ei, .rsp_size = sizeof(struct dms_uim_verify_pin_rsp),
};

const struct qmi_msg slqs_dms_uim_get_pin_status = {
	.name = "UIM Get PIN Status", .service = QMI_SVC_DMS, .id = DMS_MSG_UIM_GET_PIN_STATUS,
	.rsp = uim_get_pin_status_rsp_ei, .rsp_size = sizeof(struct dms_uim_get_pin_status_rsp),
};

const struct qmi_msg slqs_dms_get_hardware_revision = {
	.name = "Get Hardware Revision", .service = QMI_SVC_DMS,
	.id = DMS_MSG_GET_HARDWARE_REVISION,
	.rsp = string_rsp_ei, .rsp_size = sizeof(struct dms_string_rsp),
};

const struct qmi_msg slqs_dms_get_operating_mode = {
	.name = "Get Operating Mode", .service = QMI_SVC_DMS, .id = DMS_MSG_GET_OPERATING_MODE,
	.rsp = get_operating_mode_rsp_ei, .rsp_size = sizeof(struct dms_get_operating_mode_rsp),
};

const struct qmi_msg slqs_dms_set_operating_mode = {
	.name = "Set Operating Mode", .service = QMI_SVC_DMS, .id = DMS_MSG_SET_OPERATING_MODE,
	.req = set_operating_mode_req_ei, .req_size = sizeof(struct dms_set_operating_mode_req),
};

const struct qmi_msg slqs_dms_uim_get_iccid = {
	.name = "UIM Get ICCID", .service = QMI_SVC_DMS, .id = DMS_MSG_UIM_GET_ICCID,
	.rsp = string_rsp_ei, .rsp_size = sizeof(struct dms_string_rsp),
};

const struct qmi_msg slqs_dms_uim_get_imsi = {
	.name = "UIM Get IMSI", .service = QMI_SVC_DMS, .id = DMS_MSG_UIM_GET_IMSI,
	.rsp = string_rsp_ei, .rsp_size = sizeof(struct dms_string_rsp),
};

const struct qmi_msg slqs_dms_get_band_capabilities = {
	.name = "Get Band Capabilities", .service = QMI_SVC_DMS,
	.id = DMS_MSG_GET_BAND_CAPABILITIES,
	.rsp = get_band_capabilities_rsp_ei,
	.rsp_size = sizeof(struct dms_get_band_capabilities_rsp),
};

const struct qmi_msg *const slqs_dms_msgs[] = {
	&slqs_dms_get_capabilities,
	&slqs_dms_get_manufacturer,
	&slqs_dms_get_model,
	&slqs_dms_get_revision,
	&slqs_dms_get_msisdn,
	&slqs_dms_get_ids,
	&slqs_dms_uim_verify_pin,
	&slqs_dms_uim_get_pin_status,
	&slqs_dms_get_hardware_revision,
	&slqs_dms_get_operating_mode,
	&slqs_dms_set_operating_mode,
	&slqs_dms_uim_get_iccid,
	&slqs_dms_uim_get_imsi,
	&slqs_dms_get_band_capabilities,
	NULL
};
