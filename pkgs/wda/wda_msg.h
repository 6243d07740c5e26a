/*
 * WDA (Wireless Data Administrative service, 0x1A) messages: the format of
 * the data path (802.3 or raw-IP frames, aggregation) the host and the
 * modem agree on. With qmi_wwan the link layer must match the driver's
 * raw_ip switch.
 *
 * Trap: the Set Data Format request and the responses number the TLVs
 * after 0x16 differently (request 0x17 is the endpoint and 0x1B/0x1C the
 * uplink limits; in the responses 0x17/0x18 are the uplink limits).
 */
#ifndef SLQS_PKGS_WDA_MSG_H
#define SLQS_PKGS_WDA_MSG_H

#include <stdint.h>

#include "core/codec.h"

#define WDA_MSG_SET_DATA_FORMAT 0x0020
#define WDA_MSG_GET_DATA_FORMAT 0x0021

/* QmiWdaLinkLayerProtocol */
#define WDA_LINK_LAYER_802_3  0x01
#define WDA_LINK_LAYER_RAW_IP 0x02

/* QmiWdaDataAggregationProtocol */
#define WDA_AGGREGATION_DISABLED 0x00
#define WDA_AGGREGATION_TLP      0x01
#define WDA_AGGREGATION_QC_NCM   0x02
#define WDA_AGGREGATION_MBIM     0x03
#define WDA_AGGREGATION_RNDIS    0x04
#define WDA_AGGREGATION_QMAP     0x05
#define WDA_AGGREGATION_QMAPV5   0x09

/* QmiDataEndpointType */
#define WDA_ENDPOINT_HSUSB 0x02

struct wda_endpoint {
	uint32_t type;		/* WDA_ENDPOINT_* */
	uint32_t iface;		/* USB interface number */
};

struct wda_set_data_format_req {
	uint8_t has_qos_format;
	uint8_t qos_format;
	uint8_t has_link_layer;
	uint32_t link_layer;		/* WDA_LINK_LAYER_* */
	uint8_t has_ul_protocol;
	uint32_t ul_protocol;		/* WDA_AGGREGATION_* */
	uint8_t has_dl_protocol;
	uint32_t dl_protocol;
	uint8_t has_ndp_signature;
	uint32_t ndp_signature;
	uint8_t has_dl_max_datagrams;
	uint32_t dl_max_datagrams;
	uint8_t has_dl_max_size;
	uint32_t dl_max_size;
	uint8_t has_endpoint;
	struct wda_endpoint endpoint;
	uint8_t has_ul_max_datagrams;
	uint32_t ul_max_datagrams;
	uint8_t has_ul_max_size;
	uint32_t ul_max_size;
};

/* Set Data Format and Get Data Format answer the same TLVs. */
struct wda_data_format {
	uint8_t has_qos_format;
	uint8_t qos_format;
	uint8_t has_link_layer;
	uint32_t link_layer;
	uint8_t has_ul_protocol;
	uint32_t ul_protocol;
	uint8_t has_dl_protocol;
	uint32_t dl_protocol;
	uint8_t has_ndp_signature;
	uint32_t ndp_signature;
	uint8_t has_dl_max_datagrams;
	uint32_t dl_max_datagrams;
	uint8_t has_dl_max_size;
	uint32_t dl_max_size;
	uint8_t has_ul_max_datagrams;
	uint32_t ul_max_datagrams;
	uint8_t has_ul_max_size;
	uint32_t ul_max_size;
	uint8_t has_dl_min_padding;
	uint32_t dl_min_padding;
	uint8_t has_flow_control;
	uint8_t flow_control;
};

struct wda_get_data_format_req {
	uint8_t has_endpoint;
	struct wda_endpoint endpoint;
};

extern const struct qmi_msg slqs_wda_set_data_format;
extern const struct qmi_msg slqs_wda_get_data_format;

/** Every WDA message, NULL-terminated. */
extern const struct qmi_msg *const slqs_wda_msgs[];

#endif
