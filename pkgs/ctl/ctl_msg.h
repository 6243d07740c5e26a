/*
 * CTL (service 0) messages: the control service every QMUX transport
 * speaks to allocate and release client ids.
 */
#ifndef SLQS_PKGS_CTL_MSG_H
#define SLQS_PKGS_CTL_MSG_H

#include <stdint.h>

#include "core/codec.h"

#define CTL_MSG_GET_VERSION_INFO 0x0021
#define CTL_MSG_ALLOCATE_CID     0x0022
#define CTL_MSG_RELEASE_CID      0x0023
#define CTL_MSG_SET_DATA_FORMAT  0x0026
#define CTL_MSG_SYNC             0x0027

#define CTL_MAX_SERVICES 64

/** A service and one of its client ids. */
struct ctl_cid_info {
	uint8_t service;
	uint8_t cid;
};

struct ctl_service_version {
	uint8_t service;
	uint16_t major;
	uint16_t minor;
};

struct ctl_version_info_rsp {
	uint16_t n_services;
	struct ctl_service_version services[CTL_MAX_SERVICES];
};

struct ctl_allocate_cid_req {
	uint8_t service;
};

struct ctl_allocate_cid_rsp {
	struct ctl_cid_info info;
};

/* Release CID carries the same TLV both ways. */
struct ctl_release_cid {
	struct ctl_cid_info info;
};

struct ctl_set_data_format_req {
	uint8_t format;		/* 0 no QoS header, 1 QoS header */
	uint8_t has_protocol;
	uint16_t protocol;	/* 1 802.3, 2 raw-IP */
};

struct ctl_set_data_format_rsp {
	uint8_t has_protocol;
	uint16_t protocol;
};

extern const struct qmi_msg slqs_ctl_get_version_info;
extern const struct qmi_msg slqs_ctl_allocate_cid;
extern const struct qmi_msg slqs_ctl_release_cid;
extern const struct qmi_msg slqs_ctl_set_data_format;
extern const struct qmi_msg slqs_ctl_sync;

/** Every CTL message, NULL-terminated. */
extern const struct qmi_msg *const slqs_ctl_msgs[];

#endif
