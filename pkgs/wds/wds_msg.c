#include "pkgs/wds/wds_msg.h"

#include <stddef.h>

/* ---- shared pieces ------------------------------------------------------ */

static const struct qmi_elem profile_id_ei[] = {
	QMI_INT(0, struct wds_profile_id, type, MAND),
	QMI_INT(0, struct wds_profile_id, index, MAND),
	QMI_END
};

static const struct qmi_elem verbose_reason_ei[] = {
	QMI_INT(0, struct wds_verbose_reason, type, MAND),
	QMI_INT(0, struct wds_verbose_reason, reason, MAND),
	QMI_END
};

static const struct qmi_elem ipv6_prefix_ei[] = {
	QMI_INT_ARRAY(0, struct wds_ipv6_prefix, addr, FIXED, MAND),
	QMI_INT(0, struct wds_ipv6_prefix, prefix_len, MAND),
	QMI_END
};

static const struct qmi_elem bearer_tech_ei[] = {
	QMI_INT(0, struct wds_bearer_tech, network_type, MAND),
	QMI_INT(0, struct wds_bearer_tech, rat_mask, MAND),
	QMI_INT(0, struct wds_bearer_tech, so_mask, MAND),
	QMI_END
};

static const struct qmi_elem endpoint_ei[] = {
	QMI_INT(0, struct wds_endpoint, type, MAND),
	QMI_INT(0, struct wds_endpoint, iface, MAND),
	QMI_END
};

/*
 * The TLVs of struct wds_profile. The structs that embed it keep it as
 * their first member, so these offsets are right in theirs too (checked
 * below), and each of those tables lists these elements and then its own.
 */
#define WDS_PROFILE_ELEMS                                                              \
	QMI_STRING(0x10, struct wds_profile, name, REST, OPT),                         \
	QMI_INT(0x11, struct wds_profile, pdp_type, OPT),                              \
	QMI_INT(0x12, struct wds_profile, hdr_compression, OPT),                       \
	QMI_INT(0x13, struct wds_profile, data_compression, OPT),                      \
	QMI_STRING(0x14, struct wds_profile, apn, REST, OPT),                          \
	QMI_INT(0x15, struct wds_profile, dns1, OPT),                                  \
	QMI_INT(0x16, struct wds_profile, dns2, OPT),                                  \
	QMI_STRING(0x1B, struct wds_profile, username, REST, OPT),                     \
	QMI_STRING(0x1C, struct wds_profile, password, REST, OPT),                     \
	QMI_INT(0x1D, struct wds_profile, auth, OPT),                                  \
	QMI_INT(0x1E, struct wds_profile, ipv4_addr, OPT),                             \
	QMI_INT(0x25, struct wds_profile, context_number, OPT),                        \
	QMI_INT_ARRAY(0x28, struct wds_profile, ipv6_addr, FIXED, OPT),                \
	QMI_INT_ARRAY(0x2B, struct wds_profile, ipv6_dns1, FIXED, OPT),                \
	QMI_INT_ARRAY(0x2C, struct wds_profile, ipv6_dns2, FIXED, OPT),                \
	QMI_INT(0x2F, struct wds_profile, apn_disabled, OPT),                          \
	QMI_INT(0x3E, struct wds_profile, roaming_disallowed, OPT),                    \
	QMI_INT(0xDD, struct wds_profile, apn_type, OPT)

_Static_assert(offsetof(struct wds_create_profile_req, settings) == 0, "settings first");
_Static_assert(offsetof(struct wds_modify_profile_req, settings) == 0, "settings first");
_Static_assert(offsetof(struct wds_profile_settings_rsp, settings) == 0, "settings first");

/* The extended error code 0xE0 every profile response may carry. */
#define WDS_EXT_ERROR_ELEM(T) QMI_INT(0xE0, T, ext_error, OPT)

static const struct qmi_elem profile_error_rsp_ei[] = {
	WDS_EXT_ERROR_ELEM(struct wds_profile_error_rsp),
	QMI_END
};

/* ---- Reset, Set Event Report / Event Report, Indication Register -------- */

static const struct qmi_elem transfer_stats_req_ei[] = {
	QMI_INT(0, struct wds_transfer_stats_req, interval, MAND),
	QMI_INT(0, struct wds_transfer_stats_req, indicators, MAND),
	QMI_END
};

static const struct qmi_elem set_event_report_req_ei[] = {
	QMI_INT(0x10, struct wds_set_event_report_req, channel_rate, OPT),
	QMI_STRUCT(0x11, struct wds_set_event_report_req, transfer_stats,
		   transfer_stats_req_ei, OPT),
	QMI_INT(0x12, struct wds_set_event_report_req, bearer_tech, OPT),
	QMI_INT(0x13, struct wds_set_event_report_req, dormancy, OPT),
	QMI_INT(0x15, struct wds_set_event_report_req, current_bearer_tech, OPT),
	QMI_INT(0x17, struct wds_set_event_report_req, data_call_status, OPT),
	QMI_INT(0x18, struct wds_set_event_report_req, preferred_data_system, OPT),
	QMI_INT(0x1A, struct wds_set_event_report_req, data_systems, OPT),
	QMI_INT(0x1E, struct wds_set_event_report_req, ext_bearer_tech, OPT),
	QMI_END
};

static const struct qmi_elem channel_rate_pair_ei[] = {
	QMI_INT(0, struct wds_channel_rate_pair, tx_bps, MAND),
	QMI_INT(0, struct wds_channel_rate_pair, rx_bps, MAND),
	QMI_END
};

static const struct qmi_elem data_call_type_ei[] = {
	QMI_INT(0, struct wds_data_call_type, call_type, MAND),
	QMI_INT(0, struct wds_data_call_type, tethered_call_type, MAND),
	QMI_END
};

static const struct qmi_elem event_report_ind_ei[] = {
	QMI_INT(0x10, struct wds_event_report_ind, tx_packets_ok, OPT),
	QMI_INT(0x11, struct wds_event_report_ind, rx_packets_ok, OPT),
	QMI_INT(0x12, struct wds_event_report_ind, tx_packets_error, OPT),
	QMI_INT(0x13, struct wds_event_report_ind, rx_packets_error, OPT),
	QMI_INT(0x14, struct wds_event_report_ind, tx_overflows, OPT),
	QMI_INT(0x15, struct wds_event_report_ind, rx_overflows, OPT),
	QMI_STRUCT(0x16, struct wds_event_report_ind, channel_rates, channel_rate_pair_ei, OPT),
	QMI_INT(0x17, struct wds_event_report_ind, bearer_tech, OPT),
	QMI_INT(0x18, struct wds_event_report_ind, dormancy, OPT),
	QMI_INT(0x19, struct wds_event_report_ind, tx_bytes_ok, OPT),
	QMI_INT(0x1A, struct wds_event_report_ind, rx_bytes_ok, OPT),
	QMI_STRUCT(0x1D, struct wds_event_report_ind, current_bearer_tech, bearer_tech_ei, OPT),
	QMI_INT(0x1F, struct wds_event_report_ind, data_call_status, OPT),
	QMI_STRUCT(0x22, struct wds_event_report_ind, data_call_type, data_call_type_ei, OPT),
	QMI_INT(0x25, struct wds_event_report_ind, tx_packets_dropped, OPT),
	QMI_INT(0x26, struct wds_event_report_ind, rx_packets_dropped, OPT),
	QMI_INT(0x28, struct wds_event_report_ind, data_call_family, OPT),
	QMI_END
};

static const struct qmi_elem indication_register_req_ei[] = {
	QMI_INT(0x12, struct wds_indication_register_req, extended_ip_config, OPT),
	QMI_INT(0x19, struct wds_indication_register_req, profile_changes, OPT),
	QMI_END
};

/* ---- Start / Stop Network, Packet Service Status ------------------------ */

static const struct qmi_elem start_network_req_ei[] = {
	QMI_INT(0x10, struct wds_start_network_req, dns1_pref, OPT),
	QMI_INT(0x11, struct wds_start_network_req, dns2_pref, OPT),
	QMI_INT(0x12, struct wds_start_network_req, nbns1_pref, OPT),
	QMI_INT(0x13, struct wds_start_network_req, nbns2_pref, OPT),
	QMI_STRING(0x14, struct wds_start_network_req, apn, REST, OPT),
	QMI_INT(0x15, struct wds_start_network_req, ipv4_pref, OPT),
	QMI_INT(0x16, struct wds_start_network_req, auth, OPT),
	QMI_STRING(0x17, struct wds_start_network_req, username, REST, OPT),
	QMI_STRING(0x18, struct wds_start_network_req, password, REST, OPT),
	QMI_INT(0x19, struct wds_start_network_req, ip_family, OPT),
	QMI_INT(0x30, struct wds_start_network_req, tech_pref, OPT),
	QMI_INT(0x31, struct wds_start_network_req, profile_3gpp, OPT),
	QMI_INT(0x32, struct wds_start_network_req, profile_3gpp2, OPT),
	QMI_INT(0x33, struct wds_start_network_req, autoconnect, OPT),
	QMI_INT(0x34, struct wds_start_network_req, ext_tech_pref, OPT),
	QMI_INT(0x35, struct wds_start_network_req, call_type, OPT),
	QMI_END
};

static const struct qmi_elem start_network_rsp_ei[] = {
	QMI_INT(0x01, struct wds_start_network_rsp, handle, OPT),
	QMI_INT(0x10, struct wds_start_network_rsp, call_end_reason, OPT),
	QMI_STRUCT(0x11, struct wds_start_network_rsp, verbose_reason, verbose_reason_ei, OPT),
	QMI_END
};

static const struct qmi_elem stop_network_req_ei[] = {
	QMI_INT(0x01, struct wds_stop_network_req, handle, MAND),
	QMI_INT(0x10, struct wds_stop_network_req, disable_autoconnect, OPT),
	QMI_END
};

static const struct qmi_elem get_packet_service_status_rsp_ei[] = {
	QMI_INT(0x01, struct wds_get_packet_service_status_rsp, status, MAND),
	QMI_END
};

static const struct qmi_elem connection_status_ei[] = {
	QMI_INT(0, struct wds_connection_status, status, MAND),
	QMI_INT(0, struct wds_connection_status, reconfiguration_required, MAND),
	QMI_END
};

static const struct qmi_elem packet_service_status_ind_ei[] = {
	QMI_STRUCT(0x01, struct wds_packet_service_status_ind, conn, connection_status_ei, MAND),
	QMI_INT(0x10, struct wds_packet_service_status_ind, call_end_reason, OPT),
	QMI_STRUCT(0x11, struct wds_packet_service_status_ind, verbose_reason,
		   verbose_reason_ei, OPT),
	QMI_INT(0x12, struct wds_packet_service_status_ind, ip_family, OPT),
	QMI_INT(0x14, struct wds_packet_service_status_ind, bearer_id, OPT),
	QMI_INT(0x15, struct wds_packet_service_status_ind, xlat, OPT),
	QMI_INT(0x34, struct wds_packet_service_status_ind, ext_tech_pref, OPT),
	QMI_END
};

/* ---- rates, statistics, bearer technology ------------------------------- */

static const struct qmi_elem channel_rates_ei[] = {
	QMI_INT(0, struct wds_channel_rates, tx_bps, MAND),
	QMI_INT(0, struct wds_channel_rates, rx_bps, MAND),
	QMI_INT(0, struct wds_channel_rates, max_tx_bps, MAND),
	QMI_INT(0, struct wds_channel_rates, max_rx_bps, MAND),
	QMI_END
};

static const struct qmi_elem get_channel_rates_rsp_ei[] = {
	QMI_STRUCT(0x01, struct wds_get_channel_rates_rsp, rates, channel_rates_ei, MAND),
	QMI_END
};

static const struct qmi_elem get_packet_statistics_req_ei[] = {
	QMI_INT(0x01, struct wds_get_packet_statistics_req, mask, OPT),
	QMI_END
};

static const struct qmi_elem get_packet_statistics_rsp_ei[] = {
	QMI_INT(0x10, struct wds_get_packet_statistics_rsp, tx_packets_ok, OPT),
	QMI_INT(0x11, struct wds_get_packet_statistics_rsp, rx_packets_ok, OPT),
	QMI_INT(0x12, struct wds_get_packet_statistics_rsp, tx_packets_error, OPT),
	QMI_INT(0x13, struct wds_get_packet_statistics_rsp, rx_packets_error, OPT),
	QMI_INT(0x14, struct wds_get_packet_statistics_rsp, tx_overflows, OPT),
	QMI_INT(0x15, struct wds_get_packet_statistics_rsp, rx_overflows, OPT),
	QMI_INT(0x19, struct wds_get_packet_statistics_rsp, tx_bytes_ok, OPT),
	QMI_INT(0x1A, struct wds_get_packet_statistics_rsp, rx_bytes_ok, OPT),
	QMI_INT(0x1B, struct wds_get_packet_statistics_rsp, last_call_tx_bytes_ok, OPT),
	QMI_INT(0x1C, struct wds_get_packet_statistics_rsp, last_call_rx_bytes_ok, OPT),
	QMI_INT(0x1D, struct wds_get_packet_statistics_rsp, tx_packets_dropped, OPT),
	QMI_INT(0x1E, struct wds_get_packet_statistics_rsp, rx_packets_dropped, OPT),
	QMI_END
};

static const struct qmi_elem get_data_bearer_tech_rsp_ei[] = {
	QMI_INT(0x01, struct wds_get_data_bearer_tech_rsp, current, OPT),
	QMI_INT(0x10, struct wds_get_data_bearer_tech_rsp, last, OPT),
	QMI_END
};

static const struct qmi_elem get_current_data_bearer_tech_rsp_ei[] = {
	QMI_STRUCT(0x01, struct wds_get_current_data_bearer_tech_rsp, current, bearer_tech_ei, OPT),
	QMI_STRUCT(0x10, struct wds_get_current_data_bearer_tech_rsp, last, bearer_tech_ei, OPT),
	QMI_END
};

/* ---- profiles ----------------------------------------------------------- */

static const struct qmi_elem create_profile_req_ei[] = {
	QMI_INT(0x01, struct wds_create_profile_req, type, MAND),
	WDS_PROFILE_ELEMS,
	QMI_END
};

static const struct qmi_elem create_profile_rsp_ei[] = {
	QMI_STRUCT(0x01, struct wds_create_profile_rsp, id, profile_id_ei, OPT),
	WDS_EXT_ERROR_ELEM(struct wds_create_profile_rsp),
	QMI_END
};

static const struct qmi_elem modify_profile_req_ei[] = {
	QMI_STRUCT(0x01, struct wds_modify_profile_req, id, profile_id_ei, MAND),
	WDS_PROFILE_ELEMS,
	QMI_END
};

static const struct qmi_elem delete_profile_req_ei[] = {
	QMI_STRUCT(0x01, struct wds_delete_profile_req, id, profile_id_ei, MAND),
	QMI_END
};

static const struct qmi_elem get_profile_list_req_ei[] = {
	QMI_INT(0x10, struct wds_get_profile_list_req, type, OPT),
	QMI_END
};

static const struct qmi_elem profile_entry_ei[] = {
	QMI_INT(0, struct wds_profile_entry, type, MAND),
	QMI_INT(0, struct wds_profile_entry, index, MAND),
	QMI_STRING(0, struct wds_profile_entry, name, LEN8, MAND),
	QMI_END
};

/* A failed answer carries no list, so the list is optional on the wire. */
static const struct qmi_elem get_profile_list_rsp_ei[] = {
	QMI_STRUCT_ARRAY(0x01, struct wds_get_profile_list_rsp, profiles, LEN8,
			 profile_entry_ei, OPT),
	WDS_EXT_ERROR_ELEM(struct wds_get_profile_list_rsp),
	QMI_END
};

static const struct qmi_elem get_profile_settings_req_ei[] = {
	QMI_STRUCT(0x01, struct wds_get_profile_settings_req, id, profile_id_ei, MAND),
	QMI_END
};

static const struct qmi_elem profile_settings_rsp_ei[] = {
	WDS_PROFILE_ELEMS,
	WDS_EXT_ERROR_ELEM(struct wds_profile_settings_rsp),
	QMI_END
};

static const struct qmi_elem get_default_settings_req_ei[] = {
	QMI_INT(0x01, struct wds_get_default_settings_req, type, MAND),
	QMI_END
};

static const struct qmi_elem profile_type_family_ei[] = {
	QMI_INT(0, struct wds_profile_type_family, type, MAND),
	QMI_INT(0, struct wds_profile_type_family, family, MAND),
	QMI_END
};

static const struct qmi_elem get_default_profile_num_req_ei[] = {
	QMI_STRUCT(0x01, struct wds_get_default_profile_num_req, which, profile_type_family_ei,
		   MAND),
	QMI_END
};

static const struct qmi_elem get_default_profile_num_rsp_ei[] = {
	QMI_INT(0x01, struct wds_get_default_profile_num_rsp, index, OPT),
	WDS_EXT_ERROR_ELEM(struct wds_get_default_profile_num_rsp),
	QMI_END
};

static const struct qmi_elem default_profile_id_ei[] = {
	QMI_INT(0, struct wds_default_profile_id, type, MAND),
	QMI_INT(0, struct wds_default_profile_id, family, MAND),
	QMI_INT(0, struct wds_default_profile_id, index, MAND),
	QMI_END
};

static const struct qmi_elem set_default_profile_num_req_ei[] = {
	QMI_STRUCT(0x01, struct wds_set_default_profile_num_req, id, default_profile_id_ei, MAND),
	QMI_END
};

/* ---- Get Current Settings ----------------------------------------------- */

static const struct qmi_elem get_current_settings_req_ei[] = {
	QMI_INT(0x10, struct wds_get_current_settings_req, requested, OPT),
	QMI_END
};

static const struct qmi_elem get_current_settings_rsp_ei[] = {
	QMI_STRING(0x10, struct wds_get_current_settings_rsp, profile_name, REST, OPT),
	QMI_INT(0x11, struct wds_get_current_settings_rsp, pdp_type, OPT),
	QMI_STRING(0x14, struct wds_get_current_settings_rsp, apn, REST, OPT),
	QMI_INT(0x15, struct wds_get_current_settings_rsp, dns1, OPT),
	QMI_INT(0x16, struct wds_get_current_settings_rsp, dns2, OPT),
	QMI_STRING(0x1B, struct wds_get_current_settings_rsp, username, REST, OPT),
	QMI_INT(0x1D, struct wds_get_current_settings_rsp, auth, OPT),
	QMI_INT(0x1E, struct wds_get_current_settings_rsp, ipv4_addr, OPT),
	QMI_STRUCT(0x1F, struct wds_get_current_settings_rsp, profile_id, profile_id_ei, OPT),
	QMI_INT(0x20, struct wds_get_current_settings_rsp, ipv4_gateway, OPT),
	QMI_INT(0x21, struct wds_get_current_settings_rsp, ipv4_netmask, OPT),
	QMI_STRUCT(0x25, struct wds_get_current_settings_rsp, ipv6_addr, ipv6_prefix_ei, OPT),
	QMI_STRUCT(0x26, struct wds_get_current_settings_rsp, ipv6_gateway, ipv6_prefix_ei, OPT),
	QMI_INT_ARRAY(0x27, struct wds_get_current_settings_rsp, ipv6_dns1, FIXED, OPT),
	QMI_INT_ARRAY(0x28, struct wds_get_current_settings_rsp, ipv6_dns2, FIXED, OPT),
	QMI_INT(0x29, struct wds_get_current_settings_rsp, mtu, OPT),
	QMI_INT(0x2B, struct wds_get_current_settings_rsp, ip_family, OPT),
	QMI_INT(0x2D, struct wds_get_current_settings_rsp, ext_tech_pref, OPT),
	QMI_END
};

/* ---- autoconnect, IP family, data port ---------------------------------- */

static const struct qmi_elem get_autoconnect_settings_rsp_ei[] = {
	QMI_INT(0x01, struct wds_get_autoconnect_settings_rsp, status, MAND),
	QMI_INT(0x10, struct wds_get_autoconnect_settings_rsp, roaming, OPT),
	QMI_END
};

static const struct qmi_elem set_autoconnect_settings_req_ei[] = {
	QMI_INT(0x01, struct wds_set_autoconnect_settings_req, status, MAND),
	QMI_INT(0x10, struct wds_set_autoconnect_settings_req, roaming, OPT),
	QMI_END
};

static const struct qmi_elem set_ip_family_req_ei[] = {
	QMI_INT(0x01, struct wds_set_ip_family_req, family, MAND),
	QMI_END
};

static const struct qmi_elem bind_mux_data_port_req_ei[] = {
	QMI_STRUCT(0x10, struct wds_bind_mux_data_port_req, endpoint, endpoint_ei, OPT),
	QMI_INT(0x11, struct wds_bind_mux_data_port_req, mux_id, OPT),
	QMI_INT(0x13, struct wds_bind_mux_data_port_req, client_type, OPT),
	QMI_END
};

/* ---- the messages ------------------------------------------------------- */

const struct qmi_msg slqs_wds_reset = {
	.name = "Reset", .service = QMI_SVC_WDS, .id = WDS_MSG_RESET,
};

const struct qmi_msg slqs_wds_event_report = {
	.name = "Event Report", .service = QMI_SVC_WDS, .id = WDS_MSG_EVENT_REPORT,
	.req = set_event_report_req_ei, .req_size = sizeof(struct wds_set_event_report_req),
	.ind = event_report_ind_ei, .ind_size = sizeof(struct wds_event_report_ind),
};

const struct qmi_msg slqs_wds_indication_register = {
	.name = "Indication Register", .service = QMI_SVC_WDS, .id = WDS_MSG_INDICATION_REGISTER,
	.req = indication_register_req_ei, .req_size = sizeof(struct wds_indication_register_req),
};

const struct qmi_msg slqs_wds_start_network = {
	.name = "Start Network", .service = QMI_SVC_WDS, .id = WDS_MSG_START_NETWORK,
	.req = start_network_req_ei, .req_size = sizeof(struct wds_start_network_req),
	.rsp = start_network_rsp_ei, .rsp_size = sizeof(struct wds_start_network_rsp),
};

const struct qmi_msg slqs_wds_stop_network = {
	.name = "Stop Network", .service = QMI_SVC_WDS, .id = WDS_MSG_STOP_NETWORK,
	.req = stop_network_req_ei, .req_size = sizeof(struct wds_stop_network_req),
};

const struct qmi_msg slqs_wds_packet_service_status = {
	.name = "Packet Service Status",
	.service = QMI_SVC_WDS, .id = WDS_MSG_PACKET_SERVICE_STATUS,
	.rsp = get_packet_service_status_rsp_ei,
	.rsp_size = sizeof(struct wds_get_packet_service_status_rsp),
	.ind = packet_service_status_ind_ei,
	.ind_size = sizeof(struct wds_packet_service_status_ind),
};

const struct qmi_msg slqs_wds_get_channel_rates = {
	.name = "Get Channel Rates", .service = QMI_SVC_WDS, .id = WDS_MSG_GET_CHANNEL_RATES,
	.rsp = get_channel_rates_rsp_ei, .rsp_size = sizeof(struct wds_get_channel_rates_rsp),
};

const struct qmi_msg slqs_wds_get_packet_statistics = {
	.name = "Get Packet Statistics",
	.service = QMI_SVC_WDS, .id = WDS_MSG_GET_PACKET_STATISTICS,
	.req = get_packet_statistics_req_ei,
	.req_size = sizeof(struct wds_get_packet_statistics_req),
	.rsp = get_packet_statistics_rsp_ei,
	.rsp_size = sizeof(struct wds_get_packet_statistics_rsp),
};

const struct qmi_msg slqs_wds_create_profile = {
	.name = "Create Profile", .service = QMI_SVC_WDS, .id = WDS_MSG_CREATE_PROFILE,
	.req = create_profile_req_ei, .req_size = sizeof(struct wds_create_profile_req),
	.rsp = create_profile_rsp_ei, .rsp_size = sizeof(struct wds_create_profile_rsp),
};

const struct qmi_msg slqs_wds_modify_profile = {
	.name = "Modify Profile", .service = QMI_SVC_WDS, .id = WDS_MSG_MODIFY_PROFILE,
	.req = modify_profile_req_ei, .req_size = sizeof(struct wds_modify_profile_req),
	.rsp = profile_error_rsp_ei, .rsp_size = sizeof(struct wds_profile_error_rsp),
};

const struct qmi_msg slqs_wds_delete_profile = {
	.name = "Delete Profile", .service = QMI_SVC_WDS, .id = WDS_MSG_DELETE_PROFILE,
	.req = delete_profile_req_ei, .req_size = sizeof(struct wds_delete_profile_req),
	.rsp = profile_error_rsp_ei, .rsp_size = sizeof(struct wds_profile_error_rsp),
};

const struct qmi_msg slqs_wds_get_profile_list = {
	.name = "Get Profile List", .service = QMI_SVC_WDS, .id = WDS_MSG_GET_PROFILE_LIST,
	.req = get_profile_list_req_ei, .req_size = sizeof(struct wds_get_profile_list_req),
	.rsp = get_profile_list_rsp_ei, .rsp_size = sizeof(struct wds_get_profile_list_rsp),
};

const struct qmi_msg slqs_wds_get_profile_settings = {
	.name = "Get Profile Settings", .service = QMI_SVC_WDS, .id = WDS_MSG_GET_PROFILE_SETTINGS,
	.req = get_profile_settings_req_ei, .req_size = sizeof(struct wds_get_profile_settings_req),
	.rsp = profile_settings_rsp_ei, .rsp_size = sizeof(struct wds_profile_settings_rsp),
};

const struct qmi_msg slqs_wds_get_default_settings = {
	.name = "Get Default Settings", .service = QMI_SVC_WDS, .id = WDS_MSG_GET_DEFAULT_SETTINGS,
	.req = get_default_settings_req_ei, .req_size = sizeof(struct wds_get_default_settings_req),
	.rsp = profile_settings_rsp_ei, .rsp_size = sizeof(struct wds_profile_settings_rsp),
};

const struct qmi_msg slqs_wds_get_current_settings = {
	.name = "Get Current Settings", .service = QMI_SVC_WDS, .id = WDS_MSG_GET_CURRENT_SETTINGS,
	.req = get_current_settings_req_ei, .req_size = sizeof(struct wds_get_current_settings_req),
	.rsp = get_current_settings_rsp_ei, .rsp_size = sizeof(struct wds_get_current_settings_rsp),
};

const struct qmi_msg slqs_wds_get_autoconnect_settings = {
	.name = "Get Autoconnect Settings",
	.service = QMI_SVC_WDS, .id = WDS_MSG_GET_AUTOCONNECT_SETTINGS,
	.rsp = get_autoconnect_settings_rsp_ei,
	.rsp_size = sizeof(struct wds_get_autoconnect_settings_rsp),
};

const struct qmi_msg slqs_wds_get_data_bearer_tech = {
	.name = "Get Data Bearer Technology",
	.service = QMI_SVC_WDS, .id = WDS_MSG_GET_DATA_BEARER_TECH,
	.rsp = get_data_bearer_tech_rsp_ei, .rsp_size = sizeof(struct wds_get_data_bearer_tech_rsp),
};

const struct qmi_msg slqs_wds_get_current_data_bearer_tech = {
	.name = "Get Current Data Bearer Technology",
	.service = QMI_SVC_WDS, .id = WDS_MSG_GET_CURRENT_DATA_BEARER_TECH,
	.rsp = get_current_data_bearer_tech_rsp_ei,
	.rsp_size = sizeof(struct wds_get_current_data_bearer_tech_rsp),
};

const struct qmi_msg slqs_wds_get_default_profile_num = {
	.name = "Get Default Profile Number",
	.service = QMI_SVC_WDS, .id = WDS_MSG_GET_DEFAULT_PROFILE_NUM,
	.req = get_default_profile_num_req_ei,
	.req_size = sizeof(struct wds_get_default_profile_num_req),
	.rsp = get_default_profile_num_rsp_ei,
	.rsp_size = sizeof(struct wds_get_default_profile_num_rsp),
};

const struct qmi_msg slqs_wds_set_default_profile_num = {
	.name = "Set Default Profile Number",
	.service = QMI_SVC_WDS, .id = WDS_MSG_SET_DEFAULT_PROFILE_NUM,
	.req = set_default_profile_num_req_ei,
	.req_size = sizeof(struct wds_set_default_profile_num_req),
	.rsp = profile_error_rsp_ei, .rsp_size = sizeof(struct wds_profile_error_rsp),
};

const struct qmi_msg slqs_wds_set_ip_family = {
	.name = "Set IP Family", .service = QMI_SVC_WDS, .id = WDS_MSG_SET_IP_FAMILY,
	.req = set_ip_family_req_ei, .req_size = sizeof(struct wds_set_ip_family_req),
};

const struct qmi_msg slqs_wds_set_autoconnect_settings = {
	.name = "Set Autoconnect Settings",
	.service = QMI_SVC_WDS, .id = WDS_MSG_SET_AUTOCONNECT_SETTINGS,
	.req = set_autoconnect_settings_req_ei,
	.req_size = sizeof(struct wds_set_autoconnect_settings_req),
};

const struct qmi_msg slqs_wds_bind_mux_data_port = {
	.name = "Bind Mux Data Port", .service = QMI_SVC_WDS, .id = WDS_MSG_BIND_MUX_DATA_PORT,
	.req = bind_mux_data_port_req_ei, .req_size = sizeof(struct wds_bind_mux_data_port_req),
};

const struct qmi_msg *const slqs_wds_msgs[] = {
	&slqs_wds_reset,
	&slqs_wds_event_report,
	&slqs_wds_indication_register,
	&slqs_wds_start_network,
	&slqs_wds_stop_network,
	&slqs_wds_packet_service_status,
	&slqs_wds_get_channel_rates,
	&slqs_wds_get_packet_statistics,
	&slqs_wds_create_profile,
	&slqs_wds_modify_profile,
	&slqs_wds_delete_profile,
	&slqs_wds_get_profile_list,
	&slqs_wds_get_profile_settings,
	&slqs_wds_get_default_settings,
	&slqs_wds_get_current_settings,
	&slqs_wds_get_autoconnect_settings,
	&slqs_wds_get_data_bearer_tech,
	&slqs_wds_get_current_data_bearer_tech,
	&slqs_wds_get_default_profile_num,
	&slqs_wds_set_default_profile_num,
	&slqs_wds_set_ip_family,
	&slqs_wds_set_autoconnect_settings,
	&slqs_wds_bind_mux_data_port,
	NULL
};
