#include "pkgs/ctl/ctl_msg.h"

#include <stddef.h>

static const struct qmi_elem cid_info_ei[] = {
	QMI_INT(0, struct ctl_cid_info, service, MAND),
	QMI_INT(0, struct ctl_cid_info, cid, MAND),
	QMI_END
};

static const struct qmi_elem service_version_ei[] = {
	QMI_INT(0, struct ctl_service_version, service, MAND),
	QMI_INT(0, struct ctl_service_version, major, MAND),
	QMI_INT(0, struct ctl_service_version, minor, MAND),
	QMI_END
};

static const struct qmi_elem version_info_rsp_ei[] = {
	QMI_STRUCT_ARRAY(0x01, struct ctl_version_info_rsp, services, LEN8,
			 service_version_ei, MAND),
	QMI_END
};

static const struct qmi_elem allocate_cid_req_ei[] = {
	QMI_INT(0x01, struct ctl_allocate_cid_req, service, MAND),
	QMI_END
};

static const struct qmi_elem allocate_cid_rsp_ei[] = {
	QMI_STRUCT(0x01, struct ctl_allocate_cid_rsp, info, cid_info_ei, MAND),
	QMI_END
};

static const struct qmi_elem release_cid_ei[] = {
	QMI_STRUCT(0x01, struct ctl_release_cid, info, cid_info_ei, MAND),
	QMI_END
};

static const struct qmi_elem set_data_format_req_ei[] = {
	QMI_INT(0x01, struct ctl_set_data_format_req, format, MAND),
	QMI_INT(0x10, struct ctl_set_data_format_req, protocol, OPT),
	QMI_END
};

static const struct qmi_elem set_data_format_rsp_ei[] = {
	QMI_INT(0x10, struct ctl_set_data_format_rsp, protocol, OPT),
	QMI_END
};

const struct qmi_msg slqs_ctl_get_version_info = {
	.name = "Get Version Info", .service = QMI_SVC_CTL, .id = CTL_MSG_GET_VERSION_INFO,
	.rsp = version_info_rsp_ei, .rsp_size = sizeof(struct ctl_version_info_rsp),
};

const struct qmi_msg slqs_ctl_allocate_cid = {
	.name = "Allocate CID", .service = QMI_SVC_CTL, .id = CTL_MSG_ALLOCATE_CID,
	.req = allocate_cid_req_ei, .req_size = sizeof(struct ctl_allocate_cid_req),
	.rsp = allocate_cid_rsp_ei, .rsp_size = sizeof(struct ctl_allocate_cid_rsp),
};

const struct qmi_msg slqs_ctl_release_cid = {
	.name = "Release CID", .service = QMI_SVC_CTL, .id = CTL_MSG_RELEASE_CID,
	.req = release_cid_ei, .req_size = sizeof(struct ctl_release_cid),
	.rsp = release_cid_ei, .rsp_size = sizeof(struct ctl_release_cid),
};

const struct qmi_msg slqs_ctl_set_data_format = {
	.name = "Set Data Format", .service = QMI_SVC_CTL, .id = CTL_MSG_SET_DATA_FORMAT,
	.req = set_data_format_req_ei, .req_size = sizeof(struct ctl_set_data_format_req),
	.rsp = set_data_format_rsp_ei, .rsp_size = sizeof(struct ctl_set_data_format_rsp),
};

/* Sync has no TLVs in either direction; it is also an indication. */
const struct qmi_msg slqs_ctl_sync = {
	.name = "Sync", .service = QMI_SVC_CTL, .id = CTL_MSG_SYNC,
};

const struct qmi_msg *const slqs_ctl_msgs[] = {
	&slqs_ctl_get_version_info,
	&slqs_ctl_allocate_cid,
	&slqs_ctl_release_cid,
	&slqs_ctl_set_data_format,
	&slqs_ctl_sync,
	NULL
};
