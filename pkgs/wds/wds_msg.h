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

#define WDS_MSG_RESET                     0x0000
#define WDS_MSG_EVENT_REPORT              0x0001	/* Set Event Report + indication */
#define WDS_MSG_INDICATION_REGISTER       0x0003
#define WDS_MSG_START_NETWORK             0x0020
#define WDS_MSG_STOP_NETWORK              0x0021
#define WDS_MSG_PACKET_SERVICE_STATUS     0x0022	/* Get ... + indication */
#define WDS_MSG_GET_CHANNEL_RATES         0x0023
#define WDS_MSG_GET_PACKET_STATISTICS     0x0024
#define WDS_MSG_CREATE_PROFILE            0x0027
#define WDS_MSG_MODIFY_PROFILE            0x0028
#define WDS_MSG_DELETE_PROFILE            0x0029
#define WDS_MSG_GET_PROFILE_LIST          0x002A
#define WDS_MSG_GET_PROFILE_SETTINGS      0x002B
#define WDS_MSG_GET_DEFAULT_SETTINGS      0x002C
#define WDS_MSG_GET_CURRENT_SETTINGS      0x002D
#define WDS_MSG_GET_AUTOCONNECT_SETTINGS  0x0034
#define WDS_MSG_GET_DATA_BEARER_TECH      0x0037
#define WDS_MSG_GET_CURRENT_DATA_BEARER_TECH 0x0044
#define WDS_MSG_GET_DEFAULT_PROFILE_NUM   0x0049
#define WDS_MSG_SET_DEFAULT_PROFILE_NUM   0x004A
#define WDS_MSG_SET_IP_FAMILY             0x004D
#define WDS_MSG_SET_AUTOCONNECT_SETTINGS  0x0051
#define WDS_MSG_BIND_MUX_DATA_PORT        0x00A2

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

/* ---- sizes ----------------------------------------------------------------- */

#define WDS_APN_MAX          100	/* 3GPP TS 23.003 */
#define WDS_PROFILE_NAME_MAX 64
#define WDS_CREDENTIAL_MAX   127
#define WDS_MAX_PROFILES     24
#define WDS_IPV6_LEN         16

/* ---- shared pieces ---------------------------------------------------------- */

struct wds_profile_id {
	uint8_t type;		/* WDS_PROFILE_3GPP, ... */
	uint8_t index;
};

struct wds_verbose_reason {
	uint16_t type;		/* WDS_VCER_TYPE_* */
	int16_t reason;
};

struct wds_ipv6_prefix {
	uint8_t addr[WDS_IPV6_LEN];	/* network byte order */
	uint8_t prefix_len;
};

struct wds_bearer_tech {
	uint8_t network_type;	/* WDS_NETWORK_TYPE_* */
	uint32_t rat_mask;
	uint32_t so_mask;
};

/* Endpoint of a data port (WDA and Bind Mux Data Port use it too). */
struct wds_endpoint {
	uint32_t type;		/* QmiDataEndpointType: 2 HSUSB ... */
	uint32_t iface;
};

/*
 * The settings of a stored profile. Create/Modify Profile requests and the
 * Get Profile/Default Settings responses all start with this block, which
 * lets one element list describe it in all four messages.
 */
struct wds_profile {
	uint8_t has_name;
	char name[WDS_PROFILE_NAME_MAX + 1];
	uint8_t has_pdp_type;
	uint8_t pdp_type;		/* WDS_PDP_* */
	uint8_t has_hdr_compression;
	uint8_t hdr_compression;
	uint8_t has_data_compression;
	uint8_t data_compression;
	uint8_t has_apn;
	char apn[WDS_APN_MAX + 1];
	uint8_t has_dns1;
	uint32_t dns1;
	uint8_t has_dns2;
	uint32_t dns2;
	uint8_t has_username;
	char username[WDS_CREDENTIAL_MAX + 1];
	uint8_t has_password;
	char password[WDS_CREDENTIAL_MAX + 1];
	uint8_t has_auth;
	uint8_t auth;			/* WDS_AUTH_* bits */
	uint8_t has_ipv4_addr;
	uint32_t ipv4_addr;
	uint8_t has_context_number;
	uint8_t context_number;
	uint8_t has_ipv6_addr;
	uint8_t ipv6_addr[WDS_IPV6_LEN];
	uint8_t has_ipv6_dns1;
	uint8_t ipv6_dns1[WDS_IPV6_LEN];
	uint8_t has_ipv6_dns2;
	uint8_t ipv6_dns2[WDS_IPV6_LEN];
	uint8_t has_apn_disabled;
	uint8_t apn_disabled;
	uint8_t has_roaming_disallowed;
	uint8_t roaming_disallowed;
	uint8_t has_apn_type;
	uint64_t apn_type;
};

/* ---- Reset, Set Event Report / Event Report, Indication Register ---------- */

struct wds_transfer_stats_req {
	uint8_t interval;	/* seconds; 0 stops the reports */
	uint32_t indicators;	/* WDS_STATS_* bits (a signed int in libqmi) */
};

struct wds_set_event_report_req {
	uint8_t has_channel_rate;
	uint8_t channel_rate;
	uint8_t has_transfer_stats;
	struct wds_transfer_stats_req transfer_stats;
	uint8_t has_bearer_tech;
	uint8_t bearer_tech;
	uint8_t has_dormancy;
	uint8_t dormancy;
	uint8_t has_current_bearer_tech;
	uint8_t current_bearer_tech;
	uint8_t has_data_call_status;
	uint8_t data_call_status;
	uint8_t has_preferred_data_system;
	uint8_t preferred_data_system;
	uint8_t has_data_systems;
	uint8_t data_systems;
	uint8_t has_ext_bearer_tech;
	uint8_t ext_bearer_tech;
};

struct wds_channel_rate_pair {
	int32_t tx_bps;
	int32_t rx_bps;
};

struct wds_data_call_type {
	uint8_t call_type;
	uint8_t tethered_call_type;
};

struct wds_event_report_ind {
	uint8_t has_tx_packets_ok;
	uint32_t tx_packets_ok;
	uint8_t has_rx_packets_ok;
	uint32_t rx_packets_ok;
	uint8_t has_tx_packets_error;
	uint32_t tx_packets_error;
	uint8_t has_rx_packets_error;
	uint32_t rx_packets_error;
	uint8_t has_tx_overflows;
	uint32_t tx_overflows;
	uint8_t has_rx_overflows;
	uint32_t rx_overflows;
	uint8_t has_channel_rates;
	struct wds_channel_rate_pair channel_rates;
	uint8_t has_bearer_tech;
	int8_t bearer_tech;		/* QmiWdsDataBearerTechnology */
	uint8_t has_dormancy;
	uint8_t dormancy;
	uint8_t has_tx_bytes_ok;
	uint64_t tx_bytes_ok;
	uint8_t has_rx_bytes_ok;
	uint64_t rx_bytes_ok;
	uint8_t has_current_bearer_tech;
	struct wds_bearer_tech current_bearer_tech;
	uint8_t has_data_call_status;
	uint8_t data_call_status;	/* WDS_EVENT_DATA_CALL_* */
	uint8_t has_data_call_type;
	struct wds_data_call_type data_call_type;
	uint8_t has_tx_packets_dropped;
	uint32_t tx_packets_dropped;
	uint8_t has_rx_packets_dropped;
	uint32_t rx_packets_dropped;
	uint8_t has_data_call_family;
	uint32_t data_call_family;	/* a u32 on the wire */
};

struct wds_indication_register_req {
	uint8_t has_extended_ip_config;
	uint8_t extended_ip_config;
	uint8_t has_profile_changes;
	uint8_t profile_changes;
};

/* ---- Start / Stop Network, Packet Service Status --------------------------- */

struct wds_start_network_req {
	uint8_t has_dns1_pref;
	uint32_t dns1_pref;
	uint8_t has_dns2_pref;
	uint32_t dns2_pref;
	uint8_t has_nbns1_pref;
	uint32_t nbns1_pref;
	uint8_t has_nbns2_pref;
	uint32_t nbns2_pref;
	uint8_t has_apn;
	char apn[WDS_APN_MAX + 1];
	uint8_t has_ipv4_pref;
	uint32_t ipv4_pref;
	uint8_t has_auth;
	uint8_t auth;			/* WDS_AUTH_* bits */
	uint8_t has_username;
	char username[WDS_CREDENTIAL_MAX + 1];
	uint8_t has_password;
	char password[WDS_CREDENTIAL_MAX + 1];
	uint8_t has_ip_family;
	uint8_t ip_family;		/* WDS_IP_FAMILY_* */
	uint8_t has_tech_pref;
	uint8_t tech_pref;
	uint8_t has_profile_3gpp;
	uint8_t profile_3gpp;
	uint8_t has_profile_3gpp2;
	uint8_t profile_3gpp2;
	uint8_t has_autoconnect;
	uint8_t autoconnect;
	uint8_t has_ext_tech_pref;
	uint16_t ext_tech_pref;
	uint8_t has_call_type;
	uint8_t call_type;
};

/* The handle only comes with success, the reasons only with CallFailed. */
struct wds_start_network_rsp {
	uint8_t has_handle;
	uint32_t handle;
	uint8_t has_call_end_reason;
	uint16_t call_end_reason;	/* QmiWdsCallEndReason */
	uint8_t has_verbose_reason;
	struct wds_verbose_reason verbose_reason;
};

#define WDS_HANDLE_ANY 0xFFFFFFFFu	/* Stop Network's handle with disable_autoconnect */

struct wds_stop_network_req {
	uint32_t handle;		/* or WDS_HANDLE_ANY */
	uint8_t has_disable_autoconnect;
	uint8_t disable_autoconnect;
};

struct wds_get_packet_service_status_rsp {
	uint8_t status;			/* WDS_CONN_* */
};

struct wds_connection_status {
	uint8_t status;			/* WDS_CONN_* */
	uint8_t reconfiguration_required;
};

struct wds_packet_service_status_ind {
	struct wds_connection_status conn;
	uint8_t has_call_end_reason;
	uint16_t call_end_reason;
	uint8_t has_verbose_reason;
	struct wds_verbose_reason verbose_reason;
	uint8_t has_ip_family;
	uint8_t ip_family;
	uint8_t has_bearer_id;
	uint8_t bearer_id;
	uint8_t has_xlat;
	uint8_t xlat;
	uint8_t has_ext_tech_pref;
	uint16_t ext_tech_pref;
};

/* ---- rates, statistics, bearer technology ----------------------------------- */

#define WDS_RATE_UNAVAILABLE 0xFFFFFFFFu

struct wds_channel_rates {
	uint32_t tx_bps;
	uint32_t rx_bps;
	uint32_t max_tx_bps;
	uint32_t max_rx_bps;
};

struct wds_get_channel_rates_rsp {
	struct wds_channel_rates rates;
};

struct wds_get_packet_statistics_req {
	uint8_t has_mask;
	uint32_t mask;			/* WDS_STATS_* */
};

/* Out of a call, the modem answers OutOfCall with the last call's bytes. */
struct wds_get_packet_statistics_rsp {
	uint8_t has_tx_packets_ok;
	uint32_t tx_packets_ok;
	uint8_t has_rx_packets_ok;
	uint32_t rx_packets_ok;
	uint8_t has_tx_packets_error;
	uint32_t tx_packets_error;
	uint8_t has_rx_packets_error;
	uint32_t rx_packets_error;
	uint8_t has_tx_overflows;
	uint32_t tx_overflows;
	uint8_t has_rx_overflows;
	uint32_t rx_overflows;
	uint8_t has_tx_bytes_ok;
	uint64_t tx_bytes_ok;
	uint8_t has_rx_bytes_ok;
	uint64_t rx_bytes_ok;
	uint8_t has_last_call_tx_bytes_ok;
	uint64_t last_call_tx_bytes_ok;
	uint8_t has_last_call_rx_bytes_ok;
	uint64_t last_call_rx_bytes_ok;
	uint8_t has_tx_packets_dropped;
	uint32_t tx_packets_dropped;
	uint8_t has_rx_packets_dropped;
	uint32_t rx_packets_dropped;
};

/* Out of a call: OutOfCall with only `last`. */
struct wds_get_data_bearer_tech_rsp {
	uint8_t has_current;
	int8_t current;			/* QmiWdsDataBearerTechnology */
	uint8_t has_last;
	int8_t last;
};

struct wds_get_current_data_bearer_tech_rsp {
	uint8_t has_current;
	struct wds_bearer_tech current;
	uint8_t has_last;
	struct wds_bearer_tech last;
};

/* ---- profiles ------------------------------------------------------------------ */

/* Every profile message may fail with ExtendedInternal (81) + this code. */
struct wds_profile_error_rsp {
	uint8_t has_ext_error;
	uint16_t ext_error;		/* QmiWdsDsProfileError */
};

struct wds_create_profile_req {
	struct wds_profile settings;	/* first: see struct wds_profile */
	uint8_t type;			/* WDS_PROFILE_* */
};

struct wds_create_profile_rsp {
	uint8_t has_id;
	struct wds_profile_id id;
	uint8_t has_ext_error;
	uint16_t ext_error;
};

struct wds_modify_profile_req {
	struct wds_profile settings;	/* first: see struct wds_profile */
	struct wds_profile_id id;
};

struct wds_delete_profile_req {
	struct wds_profile_id id;
};

struct wds_get_profile_list_req {
	uint8_t has_type;
	uint8_t type;
};

struct wds_profile_entry {
	uint8_t type;
	uint8_t index;
	char name[WDS_PROFILE_NAME_MAX + 1];	/* u8 length on the wire */
};

struct wds_get_profile_list_rsp {
	uint8_t has_profiles;
	uint16_t n_profiles;
	struct wds_profile_entry profiles[WDS_MAX_PROFILES];
	uint8_t has_ext_error;
	uint16_t ext_error;
};

struct wds_get_profile_settings_req {
	struct wds_profile_id id;
};

/* Get Profile Settings and Get Default Settings answer this. */
struct wds_profile_settings_rsp {
	struct wds_profile settings;	/* first: see struct wds_profile */
	uint8_t has_ext_error;
	uint16_t ext_error;
};

struct wds_get_default_settings_req {
	uint8_t type;
};

struct wds_profile_type_family {
	uint8_t type;
	uint8_t family;			/* WDS_PROFILE_FAMILY_* */
};

struct wds_get_default_profile_num_req {
	struct wds_profile_type_family which;
};

struct wds_get_default_profile_num_rsp {
	uint8_t has_index;
	uint8_t index;
	uint8_t has_ext_error;
	uint16_t ext_error;
};

struct wds_default_profile_id {
	uint8_t type;
	uint8_t family;
	uint8_t index;
};

struct wds_set_default_profile_num_req {
	struct wds_default_profile_id id;
};

/* ---- Get Current Settings ---------------------------------------------------- */

struct wds_get_current_settings_req {
	uint8_t has_requested;
	uint32_t requested;		/* WDS_REQ_* */
};

struct wds_get_current_settings_rsp {
	uint8_t has_profile_name;
	char profile_name[WDS_PROFILE_NAME_MAX + 1];
	uint8_t has_pdp_type;
	uint8_t pdp_type;
	uint8_t has_apn;
	char apn[WDS_APN_MAX + 1];
	uint8_t has_dns1;
	uint32_t dns1;
	uint8_t has_dns2;
	uint32_t dns2;
	uint8_t has_username;
	char username[WDS_CREDENTIAL_MAX + 1];
	uint8_t has_auth;
	uint8_t auth;
	uint8_t has_ipv4_addr;
	uint32_t ipv4_addr;
	uint8_t has_profile_id;
	struct wds_profile_id profile_id;
	uint8_t has_ipv4_gateway;
	uint32_t ipv4_gateway;
	uint8_t has_ipv4_netmask;
	uint32_t ipv4_netmask;
	uint8_t has_ipv6_addr;
	struct wds_ipv6_prefix ipv6_addr;
	uint8_t has_ipv6_gateway;
	struct wds_ipv6_prefix ipv6_gateway;
	uint8_t has_ipv6_dns1;
	uint8_t ipv6_dns1[WDS_IPV6_LEN];
	uint8_t has_ipv6_dns2;
	uint8_t ipv6_dns2[WDS_IPV6_LEN];
	uint8_t has_mtu;
	uint32_t mtu;
	uint8_t has_ip_family;
	uint8_t ip_family;
	uint8_t has_ext_tech_pref;
	uint16_t ext_tech_pref;
};

/* ---- autoconnect, IP family, data port ------------------------------------------ */

struct wds_get_autoconnect_settings_rsp {
	uint8_t status;			/* WDS_AUTOCONNECT_* */
	uint8_t has_roaming;
	uint8_t roaming;
};

struct wds_set_autoconnect_settings_req {
	uint8_t status;
	uint8_t has_roaming;
	uint8_t roaming;
};

struct wds_set_ip_family_req {
	uint8_t family;			/* WDS_IP_FAMILY_IPV4 or _IPV6 */
};

struct wds_bind_mux_data_port_req {
	uint8_t has_endpoint;
	struct wds_endpoint endpoint;
	uint8_t has_mux_id;
	uint8_t mux_id;
	uint8_t has_client_type;
	uint32_t client_type;
};

/* ---- the messages ---------------------------------------------------------------- */

extern const struct qmi_msg slqs_wds_reset;
extern const struct qmi_msg slqs_wds_event_report;	/* Set Event Report + indication */
extern const struct qmi_msg slqs_wds_indication_register;
extern const struct qmi_msg slqs_wds_start_network;
extern const struct qmi_msg slqs_wds_stop_network;
extern const struct qmi_msg slqs_wds_packet_service_status;	/* get + indication */
extern const struct qmi_msg slqs_wds_get_channel_rates;
extern const struct qmi_msg slqs_wds_get_packet_statistics;
extern const struct qmi_msg slqs_wds_create_profile;
extern const struct qmi_msg slqs_wds_modify_profile;
extern const struct qmi_msg slqs_wds_delete_profile;
extern const struct qmi_msg slqs_wds_get_profile_list;
extern const struct qmi_msg slqs_wds_get_profile_settings;
extern const struct qmi_msg slqs_wds_get_default_settings;
extern const struct qmi_msg slqs_wds_get_current_settings;
extern const struct qmi_msg slqs_wds_get_autoconnect_settings;
extern const struct qmi_msg slqs_wds_get_data_bearer_tech;
extern const struct qmi_msg slqs_wds_get_current_data_bearer_tech;
extern const struct qmi_msg slqs_wds_get_default_profile_num;
extern const struct qmi_msg slqs_wds_set_default_profile_num;
extern const struct qmi_msg slqs_wds_set_ip_family;
extern const struct qmi_msg slqs_wds_set_autoconnect_settings;
extern const struct qmi_msg slqs_wds_bind_mux_data_port;

/** Every WDS message, NULL-terminated. */
extern const struct qmi_msg *const slqs_wds_msgs[];

#endif
