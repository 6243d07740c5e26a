/*
 * WDS (Wireless Data Service, 0x01) messages: data sessions, their
 * settings and statistics, and the modem's stored profiles.
 *
 * IPv4 addresses are u32 values in host order (192.0.2.1 = 0xC0000201),
 * carried little-endian like every other integer. IPv6 addresses travel in
 * network byte order, so they are plain 16-byte arrays here.
 */
#ifndef SLQS_PKGS_WDS_MSG_H
#define SLQS_PKGS_WDS_MSG_H

#include <stdint.h>

#include "core/codec.h"
#include "core/msgdef.h"

/* ---- values (libqmi names in comments) ------------------------------------ */

#define WDS_IP_FAMILY_IPV4        4
#define WDS_IP_FAMILY_IPV6        6
#define WDS_IP_FAMILY_UNSPECIFIED 8

#define WDS_CONN_DISCONNECTED     1
#define WDS_CONN_CONNECTED        2
#define WDS_CONN_SUSPENDED        3
#define WDS_CONN_AUTHENTICATING   4

#define WDS_AUTH_NONE             0x00
#define WDS_AUTH_PAP              0x01
#define WDS_AUTH_CHAP             0x02

#define WDS_PDP_IPV4              0
#define WDS_PDP_PPP               1
#define WDS_PDP_IPV6              2
#define WDS_PDP_IPV4V6            3

#define WDS_PROFILE_3GPP          0
#define WDS_PROFILE_3GPP2         1
#define WDS_PROFILE_FAMILY_EMBEDDED 0
#define WDS_PROFILE_FAMILY_TETHERED 1

#define WDS_AUTOCONNECT_DISABLED  0
#define WDS_AUTOCONNECT_ENABLED   1
#define WDS_AUTOCONNECT_PAUSED    2
#define WDS_AUTOCONNECT_ROAMING_ALLOWED   0
#define WDS_AUTOCONNECT_ROAMING_HOME_ONLY 1

/* QmiWdsVerboseCallEndReasonType */
#define WDS_VCER_TYPE_MIP         1
#define WDS_VCER_TYPE_INTERNAL    2
#define WDS_VCER_TYPE_CM          3
#define WDS_VCER_TYPE_3GPP        6
#define WDS_VCER_TYPE_PPP         7
#define WDS_VCER_TYPE_EHRPD       8
#define WDS_VCER_TYPE_IPV6        9

/* Get Current Settings requested-settings mask (QmiWdsRequestedSettings). */
#define WDS_REQ_PROFILE_ID        (1u << 0)
#define WDS_REQ_PROFILE_NAME      (1u << 1)
#define WDS_REQ_PDP_TYPE          (1u << 2)
#define WDS_REQ_APN_NAME          (1u << 3)
#define WDS_REQ_DNS_ADDRESS       (1u << 4)
#define WDS_REQ_GRANTED_QOS       (1u << 5)
#define WDS_REQ_USERNAME          (1u << 6)
#define WDS_REQ_AUTH_PROTOCOL     (1u << 7)
#define WDS_REQ_IP_ADDRESS        (1u << 8)
#define WDS_REQ_GATEWAY_INFO      (1u << 9)
#define WDS_REQ_MTU               (1u << 13)
#define WDS_REQ_DOMAIN_NAME_LIST  (1u << 14)
#define WDS_REQ_IP_FAMILY         (1u << 15)
#define WDS_REQ_EXTENDED_TECH     (1u << 17)

/* Technology names (Packet Service Status 0x13, Get Current Settings 0x2D). */
#define WDS_EXT_TECH_CDMA 0x8001
#define WDS_EXT_TECH_3GPP 0x8004
#define WDS_EXT_TECH_EMBMS 0x8882
#define WDS_EXT_TECH_MODEM_LINK_LOCAL 0x8888

/* Get Packet Statistics mask (QmiWdsPacketStatisticsMaskFlag). */
#define WDS_STATS_TX_PACKETS_OK      (1u << 0)
#define WDS_STATS_RX_PACKETS_OK      (1u << 1)
#define WDS_STATS_TX_PACKETS_ERROR   (1u << 2)
#define WDS_STATS_RX_PACKETS_ERROR   (1u << 3)
#define WDS_STATS_TX_OVERFLOWS       (1u << 4)
#define WDS_STATS_RX_OVERFLOWS       (1u << 5)
#define WDS_STATS_TX_BYTES_OK        (1u << 6)
#define WDS_STATS_RX_BYTES_OK        (1u << 7)
#define WDS_STATS_TX_PACKETS_DROPPED (1u << 8)
#define WDS_STATS_RX_PACKETS_DROPPED (1u << 9)

/* Event Report 0x1F data call status (QmiWdsDataCallStatus). */
#define WDS_EVENT_DATA_CALL_ACTIVATED  1
#define WDS_EVENT_DATA_CALL_TERMINATED 2

#define WDS_NETWORK_TYPE_3GPP     2	/* QmiWdsNetworkType */

#define WDS_DORMANCY_DORMANT      1	/* QmiWdsDormancyStatus */
#define WDS_DORMANCY_ACTIVE       2

/* ---- sizes ----------------------------------------------------------------- */

#define WDS_APN_MAX          100	/* 3GPP TS 23.003 */
#define WDS_PROFILE_NAME_MAX 64
#define WDS_CREDENTIAL_MAX   127
#define WDS_MAX_PROFILES     24
#define WDS_IPV6_LEN         16

/* ---- sentinels ---------------------------------------------------------------- */

#define WDS_HANDLE_ANY 0xFFFFFFFFu	/* Stop Network's handle with disable_autoconnect */
#define WDS_RATE_UNAVAILABLE 0xFFFFFFFFu	/* Get Channel Rates: no rate known */

/* ---- the messages: one block each, in wds_msgs.def (see core/msgdef.h) ---- */

#define QMI_MSGDEF_MODE DECLARE
#include "pkgs/wds/wds_msgs.def"
#undef QMI_MSGDEF_MODE

/** Every WDS message, NULL-terminated. */
extern const struct qmi_msg *const slqs_wds_msgs[];

#endif

