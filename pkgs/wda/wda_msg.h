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
#include "core/msgdef.h"

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

/* ---- the messages: one block each, in wda_msgs.def (see core/msgdef.h) ---- */

#define QMI_MSGDEF_MODE DECLARE
#include "pkgs/wda/wda_msgs.def"
#undef QMI_MSGDEF_MODE

/** Every WDA message, NULL-terminated. */
extern const struct qmi_msg *const slqs_wda_msgs[];

#endif

