#include "pkgs/uim/uim_msg.h"

#include <stddef.h>

/* ---- shared TLVs --------------------------------------------------------- */

static const struct qmi_elem session_ei[] = {
	QMI_INT(0, struct uim_session, type, MAND),
	QMI_INT_ARRAY(0, struct uim_session, aid, LEN8, MAND),
	QMI_END
};

static const struct qmi_elem pin_retries_ei[] = {
	QMI_INT(0, struct uim_pin_retries, verify_left, MAND),
	QMI_INT(0, struct uim_pin_retries, unblock_left, MAND),
	QMI_END
};

static const struct qmi_elem card_result_ei[] = {
	QMI_INT(0, struct uim_card_result, sw1, MAND),
	QMI_INT(0, struct uim_card_result, sw2, MAND),
	QMI_END
};

/* ---- Card status ------------------------------------------------------------ */

static const struct qmi_elem app_status_ei[] = {
	QMI_INT(0, struct uim_app_status, type, MAND),
	QMI_INT(0, struct uim_app_status, state, MAND),
	QMI_INT(0, struct uim_app_status, perso_state, MAND),
	QMI_INT(0, struct uim_app_status, perso_feature, MAND),
	QMI_INT(0, struct uim_app_status, perso_retries, MAND),
	QMI_INT(0, struct uim_app_status, perso_unblock_retries, MAND),
	QMI_INT_ARRAY(0, struct uim_app_status, aid, LEN8, MAND),
	QMI_INT(0, struct uim_app_status, upin_replaces_pin1, MAND),
	QMI_INT(0, struct uim_app_status, pin1_state, MAND),
	QMI_INT(0, struct uim_app_status, pin1_retries, MAND),
	QMI_INT(0, struct uim_app_status, puk1_retries, MAND),
	QMI_INT(0, struct uim_app_status, pin2_state, MAND),
	QMI_INT(0, struct uim_app_status, pin2_retries, MAND),
	QMI_INT(0, struct uim_app_status, puk2_retries, MAND),
	QMI_END
};

static const struct qmi_elem card_ei[] = {
	QMI_INT(0, struct uim_card, card_state, MAND),
	QMI_INT(0, struct uim_card, upin_state, MAND),
	QMI_INT(0, struct uim_card, upin_retries, MAND),
	QMI_INT(0, struct uim_card, upuk_retries, MAND),
	QMI_INT(0, struct uim_card, error_code, MAND),
	QMI_STRUCT_ARRAY(0, struct uim_card, apps, LEN8, app_status_ei, MAND),
	QMI_END
};

static const struct qmi_elem card_status_ei[] = {
	QMI_INT(0, struct uim_card_status, index_gw_primary, MAND),
	QMI_INT(0, struct uim_card_status, index_1x_primary, MAND),
	QMI_INT(0, struct uim_card_status, index_gw_secondary, MAND),
	QMI_INT(0, struct uim_card_status, index_1x_secondary, MAND),
	QMI_STRUCT_ARRAY(0, struct uim_card_status, cards, LEN8, card_ei, MAND),
	QMI_END
};

static const struct qmi_elem card_status_msg_ei[] = {
	QMI_STRUCT(0x10, struct uim_card_status_msg, status, card_status_ei, MAND),
	QMI_END
};

/* ---- PIN messages ------------------------------------------------------------ */

static const struct qmi_elem verify_pin_info_ei[] = {
	QMI_INT(0, struct uim_verify_pin_info, pin_id, MAND),
	QMI_STRING(0, struct uim_verify_pin_info, pin, LEN8, MAND),
	QMI_END
};

static const struct qmi_elem verify_pin_req_ei[] = {
	QMI_STRUCT(0x01, struct uim_verify_pin_req, session, session_ei, MAND),
	QMI_STRUCT(0x02, struct uim_verify_pin_req, info, verify_pin_info_ei, MAND),
	QMI_INT(0x12, struct uim_verify_pin_req, token, OPT),
	QMI_END
};

static const struct qmi_elem unblock_pin_info_ei[] = {
	QMI_INT(0, struct uim_unblock_pin_info, pin_id, MAND),
	QMI_STRING(0, struct uim_unblock_pin_info, puk, LEN8, MAND),
	QMI_STRING(0, struct uim_unblock_pin_info, new_pin, LEN8, MAND),
	QMI_END
};

static const struct qmi_elem unblock_pin_req_ei[] = {
	QMI_STRUCT(0x01, struct uim_unblock_pin_req, session, session_ei, MAND),
	QMI_STRUCT(0x02, struct uim_unblock_pin_req, info, unblock_pin_info_ei, MAND),
	QMI_INT(0x11, struct uim_unblock_pin_req, token, OPT),
	QMI_END
};

static const struct qmi_elem change_pin_info_ei[] = {
	QMI_INT(0, struct uim_change_pin_info, pin_id, MAND),
	QMI_STRING(0, struct uim_change_pin_info, old_pin, LEN8, MAND),
	QMI_STRING(0, struct uim_change_pin_info, new_pin, LEN8, MAND),
	QMI_END
};

static const struct qmi_elem change_pin_req_ei[] = {
	QMI_STRUCT(0x01, struct uim_change_pin_req, session, session_ei, MAND),
	QMI_STRUCT(0x02, struct uim_change_pin_req, info, change_pin_info_ei, MAND),
	QMI_INT(0x11, struct uim_change_pin_req, token, OPT),
	QMI_END
};

static const struct qmi_elem set_pin_protection_info_ei[] = {
	QMI_INT(0, struct uim_set_pin_protection_info, pin_id, MAND),
	QMI_INT(0, struct uim_set_pin_protection_info, enabled, MAND),
	QMI_STRING(0, struct uim_set_pin_protection_info, pin, LEN8, MAND),
	QMI_END
};

static const struct qmi_elem set_pin_protection_req_ei[] = {
	QMI_STRUCT(0x01, struct uim_set_pin_protection_req, session, session_ei, MAND),
	QMI_STRUCT(0x02, struct uim_set_pin_protection_req, info, set_pin_protection_info_ei,
		   MAND),
	QMI_INT(0x11, struct uim_set_pin_protection_req, token, OPT),
	QMI_END
};

static const struct qmi_elem pin_rsp_ei[] = {
	QMI_STRUCT(0x10, struct uim_pin_rsp, retries, pin_retries_ei, OPT),
	QMI_INT(0x12, struct uim_pin_rsp, token, OPT),
	QMI_STRUCT(0x13, struct uim_pin_rsp, card_result, card_result_ei, OPT),
	QMI_END
};

/* Set PIN Protection answers like the others, without a card result. */
static const struct qmi_elem set_pin_protection_rsp_ei[] = {
	QMI_STRUCT(0x10, struct uim_pin_rsp, retries, pin_retries_ei, OPT),
	QMI_INT(0x12, struct uim_pin_rsp, token, OPT),
	QMI_END
};

/* ---- Register Events ------------------------------------------------------------ */

static const struct qmi_elem register_events_req_ei[] = {
	QMI_INT(0x01, struct uim_register_events_req, mask, MAND),
	QMI_END
};

static const struct qmi_elem register_events_rsp_ei[] = {
	QMI_INT(0x10, struct uim_register_events_rsp, mask, OPT),
	QMI_END
};

/* ---- Read Transparent -------------------------------------------------------------- */

static const struct qmi_elem file_ei[] = {
	QMI_INT(0, struct uim_file, file_id, MAND),
	QMI_INT_ARRAY(0, struct uim_file, path, LEN8, MAND),
	QMI_END
};

static const struct qmi_elem read_info_ei[] = {
	QMI_INT(0, struct uim_read_info, offset, MAND),
	QMI_INT(0, struct uim_read_info, length, MAND),
	QMI_END
};

static const struct qmi_elem read_transparent_req_ei[] = {
	QMI_STRUCT(0x01, struct uim_read_transparent_req, session, session_ei, MAND),
	QMI_STRUCT(0x02, struct uim_read_transparent_req, file, file_ei, MAND),
	QMI_STRUCT(0x03, struct uim_read_transparent_req, read, read_info_ei, MAND),
	QMI_INT(0x10, struct uim_read_transparent_req, token, OPT),
	QMI_INT(0x11, struct uim_read_transparent_req, encrypt, OPT),
	QMI_END
};

static const struct qmi_elem read_transparent_rsp_ei[] = {
	QMI_STRUCT(0x10, struct uim_read_transparent_rsp, card_result, card_result_ei, OPT),
	QMI_INT_ARRAY(0x11, struct uim_read_transparent_rsp, data, LEN16, OPT),
	QMI_INT(0x12, struct uim_read_transparent_rsp, token, OPT),
	QMI_INT(0x13, struct uim_read_transparent_rsp, encrypted, OPT),
	QMI_END
};

/* ---- messages ---------------------------------------------------------------------- */

const struct qmi_msg slqs_uim_read_transparent = {
	.name = "Read Transparent", .service = QMI_SVC_UIM, .id = UIM_MSG_READ_TRANSPARENT,
	.req = read_transparent_req_ei, .req_size = sizeof(struct uim_read_transparent_req),
	.rsp = read_transparent_rsp_ei, .rsp_size = sizeof(struct uim_read_transparent_rsp),
};

const struct qmi_msg slqs_uim_set_pin_protection = {
	.name = "Set PIN Protection", .service = QMI_SVC_UIM, .id = UIM_MSG_SET_PIN_PROTECTION,
	.req = set_pin_protection_req_ei, .req_size = sizeof(struct uim_set_pin_protection_req),
	.rsp = set_pin_protection_rsp_ei, .rsp_size = sizeof(struct uim_pin_rsp),
};

const struct qmi_msg slqs_uim_verify_pin = {
	.name = "Verify PIN", .service = QMI_SVC_UIM, .id = UIM_MSG_VERIFY_PIN,
	.req = verify_pin_req_ei, .req_size = sizeof(struct uim_verify_pin_req),
	.rsp = pin_rsp_ei, .rsp_size = sizeof(struct uim_pin_rsp),
};

const struct qmi_msg slqs_uim_unblock_pin = {
	.name = "Unblock PIN", .service = QMI_SVC_UIM, .id = UIM_MSG_UNBLOCK_PIN,
	.req = unblock_pin_req_ei, .req_size = sizeof(struct uim_unblock_pin_req),
	.rsp = pin_rsp_ei, .rsp_size = sizeof(struct uim_pin_rsp),
};

const struct qmi_msg slqs_uim_change_pin = {
	.name = "Change PIN", .service = QMI_SVC_UIM, .id = UIM_MSG_CHANGE_PIN,
	.req = change_pin_req_ei, .req_size = sizeof(struct uim_change_pin_req),
	.rsp = pin_rsp_ei, .rsp_size = sizeof(struct uim_pin_rsp),
};

const struct qmi_msg slqs_uim_register_events = {
	.name = "Register Events", .service = QMI_SVC_UIM, .id = UIM_MSG_REGISTER_EVENTS,
	.req = register_events_req_ei, .req_size = sizeof(struct uim_register_events_req),
	.rsp = register_events_rsp_ei, .rsp_size = sizeof(struct uim_register_events_rsp),
};

const struct qmi_msg slqs_uim_get_card_status = {
	.name = "Get Card Status", .service = QMI_SVC_UIM, .id = UIM_MSG_GET_CARD_STATUS,
	.rsp = card_status_msg_ei, .rsp_size = sizeof(struct uim_card_status_msg),
};

const struct qmi_msg slqs_uim_card_status_ind = {
	.name = "Card Status", .service = QMI_SVC_UIM, .id = UIM_MSG_CARD_STATUS_IND,
	.ind = card_status_msg_ei, .ind_size = sizeof(struct uim_card_status_msg),
};

const struct qmi_msg *const slqs_uim_msgs[] = {
	&slqs_uim_read_transparent,
	&slqs_uim_set_pin_protection,
	&slqs_uim_verify_pin,
	&slqs_uim_unblock_pin,
	&slqs_uim_change_pin,
	&slqs_uim_register_events,
	&slqs_uim_get_card_status,
	&slqs_uim_card_status_ind,
	NULL
};
