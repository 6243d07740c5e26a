#include "pkgs/nas/nas_msg.h"

#include <stddef.h>
#include <string.h>

/* ---- shared pieces --------------------------------------------------------- */

static const struct qmi_elem report_delta_ei[] = {
	QMI_INT(0, struct nas_report_delta, report, MAND),
	QMI_INT(0, struct nas_report_delta, delta, MAND),
	QMI_END
};

static const struct qmi_elem strength_ei[] = {
	QMI_INT(0, struct nas_strength, strength, MAND),
	QMI_INT(0, struct nas_strength, radio_interface, MAND),
	QMI_END
};

static const struct qmi_elem rssi_ei[] = {
	QMI_INT(0, struct nas_rssi, rssi, MAND),
	QMI_INT(0, struct nas_rssi, radio_interface, MAND),
	QMI_END
};

static const struct qmi_elem ecio_ei[] = {
	QMI_INT(0, struct nas_ecio, ecio, MAND),
	QMI_INT(0, struct nas_ecio, radio_interface, MAND),
	QMI_END
};

static const struct qmi_elem error_rate_ei[] = {
	QMI_INT(0, struct nas_error_rate, rate, MAND),
	QMI_INT(0, struct nas_error_rate, radio_interface, MAND),
	QMI_END
};

static const struct qmi_elem rsrq_ei[] = {
	QMI_INT(0, struct nas_rsrq, rsrq, MAND),
	QMI_INT(0, struct nas_rsrq, radio_interface, MAND),
	QMI_END
};

static const struct qmi_elem rf_band_ei[] = {
	QMI_INT(0, struct nas_rf_band, radio_interface, MAND),
	QMI_INT(0, struct nas_rf_band, band, MAND),
	QMI_INT(0, struct nas_rf_band, channel, MAND),
	QMI_END
};

static const struct qmi_elem plmn_ei[] = {
	QMI_INT(0, struct nas_plmn, mcc, MAND),
	QMI_INT(0, struct nas_plmn, mnc, MAND),
	QMI_STRING(0, struct nas_plmn, description, LEN8, MAND),
	QMI_END
};

static const struct qmi_elem sid_nid_ei[] = {
	QMI_INT(0, struct nas_sid_nid, sid, MAND),
	QMI_INT(0, struct nas_sid_nid, nid, MAND),
	QMI_END
};

/* ---- Set Event Report / Event Report indication ---------------------------- */

static const struct qmi_elem strength_thresholds_ei[] = {
	QMI_INT(0, struct nas_strength_thresholds, report, MAND),
	QMI_INT_ARRAY(0, struct nas_strength_thresholds, thresholds, LEN8, MAND),
	QMI_END
};

static const struct qmi_elem ecio_thresholds_ei[] = {
	QMI_INT(0, struct nas_ecio_thresholds, report, MAND),
	QMI_INT_ARRAY(0, struct nas_ecio_thresholds, thresholds, LEN8, MAND),
	QMI_END
};

static const struct qmi_elem sinr_thresholds_ei[] = {
	QMI_INT(0, struct nas_sinr_thresholds, report, MAND),
	QMI_INT_ARRAY(0, struct nas_sinr_thresholds, thresholds, LEN8, MAND),
	QMI_END
};

#define SER struct nas_set_event_report_req
static const struct qmi_elem set_event_report_req_ei[] = {
	QMI_STRUCT(0x10, SER, signal_strength, strength_thresholds_ei, OPT),
	QMI_INT(0x11, SER, rf_band_info, OPT),
	QMI_INT(0x12, SER, reg_reject, OPT),
	QMI_STRUCT(0x13, SER, rssi, report_delta_ei, OPT),
	QMI_STRUCT(0x14, SER, ecio, report_delta_ei, OPT),
	QMI_STRUCT(0x15, SER, io, report_delta_ei, OPT),
	QMI_STRUCT(0x16, SER, sinr, report_delta_ei, OPT),
	QMI_INT(0x17, SER, error_rate, OPT),
	QMI_STRUCT(0x19, SER, ecio_thresholds, ecio_thresholds_ei, OPT),
	QMI_STRUCT(0x1A, SER, sinr_thresholds, sinr_thresholds_ei, OPT),
	QMI_STRUCT(0x1B, SER, lte_snr, report_delta_ei, OPT),
	QMI_STRUCT(0x1C, SER, lte_rsrp, report_delta_ei, OPT),
	QMI_END
};
#undef SER

static const struct qmi_elem reg_reject_ei[] = {
	QMI_INT(0, struct nas_reg_reject, domain, MAND),
	QMI_INT(0, struct nas_reg_reject, cause, MAND),
	QMI_END
};

#define ERI struct nas_event_report_ind
static const struct qmi_elem event_report_ind_ei[] = {
	QMI_STRUCT(0x10, ERI, signal_strength, strength_ei, OPT),
	QMI_STRUCT_ARRAY(0x11, ERI, rf_bands, LEN8, rf_band_ei, OPT),
	QMI_STRUCT(0x12, ERI, reg_reject, reg_reject_ei, OPT),
	QMI_STRUCT(0x13, ERI, rssi, rssi_ei, OPT),
	QMI_STRUCT(0x14, ERI, ecio, ecio_ei, OPT),
	QMI_INT(0x15, ERI, io, OPT),
	QMI_INT(0x16, ERI, sinr, OPT),
	QMI_STRUCT(0x17, ERI, error_rate, error_rate_ei, OPT),
	QMI_STRUCT(0x18, ERI, rsrq, rsrq_ei, OPT),
	QMI_INT(0x19, ERI, lte_snr, OPT),
	QMI_INT(0x1A, ERI, lte_rsrp, OPT),
	QMI_END
};
#undef ERI

/* ---- Register Indications ---------------------------------------------------- */

static const struct qmi_elem network_reject_reg_ei[] = {
	QMI_INT(0, struct nas_network_reject_reg, enable, MAND),
	QMI_INT(0, struct nas_network_reject_reg, suppress_system_info, MAND),
	QMI_END
};

#define RIR struct nas_register_indications_req
static const struct qmi_elem register_indications_req_ei[] = {
	QMI_INT(0x10, RIR, system_selection_preference, OPT),
	QMI_INT(0x12, RIR, ddtm, OPT),
	QMI_INT(0x13, RIR, serving_system, OPT),
	QMI_INT(0x14, RIR, dual_standby, OPT),
	QMI_INT(0x15, RIR, subscription_info, OPT),
	QMI_INT(0x17, RIR, network_time, OPT),
	QMI_INT(0x18, RIR, system_info, OPT),
	QMI_INT(0x19, RIR, signal_info, OPT),
	QMI_INT(0x1A, RIR, error_rate, OPT),
	QMI_INT(0x1B, RIR, hdr_new_uati, OPT),
	QMI_INT(0x1C, RIR, hdr_session_closed, OPT),
	QMI_INT(0x1D, RIR, managed_roaming, OPT),
	QMI_INT(0x1E, RIR, current_plmn_name, OPT),
	QMI_INT(0x1F, RIR, embms_status, OPT),
	QMI_INT(0x20, RIR, rf_band_info, OPT),
	QMI_STRUCT(0x21, RIR, network_reject, network_reject_reg_ei, OPT),
	QMI_END
};
#undef RIR

/* ---- Get Signal Strength ------------------------------------------------------ */

static const struct qmi_elem get_signal_strength_req_ei[] = {
	QMI_INT(0x10, struct nas_get_signal_strength_req, request_mask, OPT),
	QMI_END
};

#define GSS struct nas_get_signal_strength_rsp
static const struct qmi_elem get_signal_strength_rsp_ei[] = {
	QMI_STRUCT(0x01, GSS, signal_strength, strength_ei, MAND),
	QMI_STRUCT_ARRAY(0x10, GSS, strength_list, LEN16, strength_ei, OPT),
	QMI_STRUCT_ARRAY(0x11, GSS, rssi_list, LEN16, rssi_ei, OPT),
	QMI_STRUCT_ARRAY(0x12, GSS, ecio_list, LEN16, ecio_ei, OPT),
	QMI_INT(0x13, GSS, io, OPT),
	QMI_INT(0x14, GSS, sinr, OPT),
	QMI_STRUCT_ARRAY(0x15, GSS, error_rate_list, LEN16, error_rate_ei, OPT),
	QMI_STRUCT(0x16, GSS, rsrq, rsrq_ei, OPT),
	QMI_INT(0x17, GSS, lte_snr, OPT),
	QMI_INT(0x18, GSS, lte_rsrp, OPT),
	QMI_END
};
#undef GSS

/* ---- Serving System: one struct, two numberings ----------------------------- */

static const struct qmi_elem serving_system_info_ei[] = {
	QMI_INT(0, struct nas_serving_system_info, registration_state, MAND),
	QMI_INT(0, struct nas_serving_system_info, cs_attach_state, MAND),
	QMI_INT(0, struct nas_serving_system_info, ps_attach_state, MAND),
	QMI_INT(0, struct nas_serving_system_info, selected_network, MAND),
	QMI_INT_ARRAY(0, struct nas_serving_system_info, radio_interfaces, LEN8, MAND),
	QMI_END
};

static const struct qmi_elem detailed_service_status_ei[] = {
	QMI_INT(0, struct nas_detailed_service_status, status, MAND),
	QMI_INT(0, struct nas_detailed_service_status, capability, MAND),
	QMI_INT(0, struct nas_detailed_service_status, hdr_status, MAND),
	QMI_INT(0, struct nas_detailed_service_status, hdr_hybrid, MAND),
	QMI_INT(0, struct nas_detailed_service_status, forbidden, MAND),
	QMI_END
};

static const struct qmi_elem mnc_pcs_digit_ei[] = {
	QMI_INT(0, struct nas_mnc_pcs_digit, mcc, MAND),
	QMI_INT(0, struct nas_mnc_pcs_digit, mnc, MAND),
	QMI_INT(0, struct nas_mnc_pcs_digit, includes_pcs_digit, MAND),
	QMI_END
};

#define SS struct nas_serving_system
/* The TLVs both directions number alike. */
#define SS_COMMON_TLVS                                                                \
	QMI_STRUCT(0x01, SS, serving_system, serving_system_info_ei, MAND),          \
	QMI_INT(0x10, SS, roaming_indicator, OPT),                                    \
	QMI_INT_ARRAY(0x11, SS, data_service_capability, LEN8, OPT),                  \
	QMI_STRUCT(0x12, SS, current_plmn, plmn_ei, OPT),                             \
	QMI_STRUCT(0x13, SS, cdma_system_id, sid_nid_ei, OPT),                        \
	QMI_INT(0x1A, SS, time_zone, OPT),                                            \
	QMI_INT(0x1B, SS, dst_adjustment, OPT)

static const struct qmi_elem serving_system_rsp_ei[] = {
	SS_COMMON_TLVS,
	QMI_INT(0x1C, SS, lac, OPT),
	QMI_INT(0x1D, SS, cid, OPT),
	QMI_STRUCT(0x21, SS, detailed_service_status, detailed_service_status_ei, OPT),
	QMI_INT(0x24, SS, lte_tac, OPT),
	QMI_INT(0x26, SS, umts_psc, OPT),
	QMI_STRUCT(0x27, SS, mnc_pcs_digit, mnc_pcs_digit_ei, OPT),
	QMI_INT(0x29, SS, network_name_source, OPT),
	QMI_END
};

/* The indication inserts TLVs after 0x18, so the rest move up. */
static const struct qmi_elem serving_system_ind_ei[] = {
	SS_COMMON_TLVS,
	QMI_INT(0x1D, SS, lac, OPT),
	QMI_INT(0x1E, SS, cid, OPT),
	QMI_STRUCT(0x22, SS, detailed_service_status, detailed_service_status_ei, OPT),
	QMI_INT(0x25, SS, lte_tac, OPT),
	QMI_INT(0x27, SS, plmn_not_changed, OPT),
	QMI_INT(0x28, SS, umts_psc, OPT),
	QMI_STRUCT(0x29, SS, mnc_pcs_digit, mnc_pcs_digit_ei, OPT),
	QMI_INT(0x2B, SS, network_name_source, OPT),
	QMI_END
};
#undef SS_COMMON_TLVS
#undef SS

/* ---- Get Home Network ---------------------------------------------------------- */

static const struct qmi_elem home_3gpp_mnc_ei[] = {
	QMI_INT(0, struct nas_home_3gpp_mnc, is_3gpp, MAND),
	QMI_INT(0, struct nas_home_3gpp_mnc, includes_pcs_digit, MAND),
	QMI_END
};

#define GHN struct nas_get_home_network_rsp
static const struct qmi_elem get_home_network_rsp_ei[] = {
	QMI_STRUCT(0x01, GHN, home_network, plmn_ei, MAND),
	QMI_STRUCT(0x10, GHN, home_system_id, sid_nid_ei, OPT),
	QMI_STRUCT(0x12, GHN, home_3gpp_mnc, home_3gpp_mnc_ei, OPT),
	QMI_INT(0x13, GHN, network_name_source, OPT),
	QMI_END
};
#undef GHN

/* ---- Get RF Band Information ------------------------------------------------- */

static const struct qmi_elem rf_band_ext_ei[] = {
	QMI_INT(0, struct nas_rf_band_ext, radio_interface, MAND),
	QMI_INT(0, struct nas_rf_band_ext, band, MAND),
	QMI_INT(0, struct nas_rf_band_ext, channel, MAND),
	QMI_END
};

static const struct qmi_elem rf_bandwidth_ei[] = {
	QMI_INT(0, struct nas_rf_bandwidth, radio_interface, MAND),
	QMI_INT(0, struct nas_rf_bandwidth, bandwidth, MAND),
	QMI_END
};

#define RFB struct nas_get_rf_band_info_rsp
static const struct qmi_elem get_rf_band_info_rsp_ei[] = {
	QMI_STRUCT_ARRAY(0x01, RFB, bands, LEN8, rf_band_ei, MAND),
	QMI_STRUCT_ARRAY(0x11, RFB, ext_bands, LEN8, rf_band_ext_ei, OPT),
	QMI_STRUCT_ARRAY(0x12, RFB, bandwidths, LEN8, rf_bandwidth_ei, OPT),
	QMI_END
};
#undef RFB

/* ---- Get Operator Name ------------------------------------------------------------ */

static const struct qmi_elem spn_ei[] = {
	QMI_INT(0, struct nas_spn, display_condition, MAND),
	QMI_STRING(0, struct nas_spn, name, LEN8, MAND),
	QMI_END
};

static const struct qmi_elem get_operator_name_rsp_ei[] = {
	QMI_STRUCT(0x10, struct nas_get_operator_name_rsp, spn, spn_ei, OPT),
	/* A string that is a whole TLV has no length byte. */
	QMI_STRING(0x13, struct nas_get_operator_name_rsp, operator_string, REST, OPT),
	QMI_END
};

/* ---- Get Cell Location Info -------------------------------------------------------- */

static const struct qmi_elem geran_cell_ei[] = {
	QMI_INT(0, struct nas_geran_cell, cell_id, MAND),
	QMI_INT_ARRAY(0, struct nas_geran_cell, plmn, FIXED, MAND),
	QMI_INT(0, struct nas_geran_cell, lac, MAND),
	QMI_INT(0, struct nas_geran_cell, arfcn, MAND),
	QMI_INT(0, struct nas_geran_cell, bsic, MAND),
	QMI_INT(0, struct nas_geran_cell, rx_level, MAND),
	QMI_END
};

static const struct qmi_elem geran_info_ei[] = {
	QMI_INT(0, struct nas_geran_info, cell_id, MAND),
	QMI_INT_ARRAY(0, struct nas_geran_info, plmn, FIXED, MAND),
	QMI_INT(0, struct nas_geran_info, lac, MAND),
	QMI_INT(0, struct nas_geran_info, arfcn, MAND),
	QMI_INT(0, struct nas_geran_info, bsic, MAND),
	QMI_INT(0, struct nas_geran_info, timing_advance, MAND),
	QMI_INT(0, struct nas_geran_info, rx_level, MAND),
	QMI_STRUCT_ARRAY(0, struct nas_geran_info, cells, LEN8, geran_cell_ei, MAND),
	QMI_END
};

static const struct qmi_elem umts_cell_ei[] = {
	QMI_INT(0, struct nas_umts_cell, uarfcn, MAND),
	QMI_INT(0, struct nas_umts_cell, psc, MAND),
	QMI_INT(0, struct nas_umts_cell, rscp, MAND),
	QMI_INT(0, struct nas_umts_cell, ecio, MAND),
	QMI_END
};

static const struct qmi_elem umts_geran_cell_ei[] = {
	QMI_INT(0, struct nas_umts_geran_cell, arfcn, MAND),
	QMI_INT(0, struct nas_umts_geran_cell, ncc, MAND),
	QMI_INT(0, struct nas_umts_geran_cell, bcc, MAND),
	QMI_INT(0, struct nas_umts_geran_cell, rssi, MAND),
	QMI_END
};

static const struct qmi_elem umts_info_ei[] = {
	QMI_INT(0, struct nas_umts_info, cell_id, MAND),
	QMI_INT_ARRAY(0, struct nas_umts_info, plmn, FIXED, MAND),
	QMI_INT(0, struct nas_umts_info, lac, MAND),
	QMI_INT(0, struct nas_umts_info, uarfcn, MAND),
	QMI_INT(0, struct nas_umts_info, psc, MAND),
	QMI_INT(0, struct nas_umts_info, rscp, MAND),
	QMI_INT(0, struct nas_umts_info, ecio, MAND),
	QMI_STRUCT_ARRAY(0, struct nas_umts_info, cells, LEN8, umts_cell_ei, MAND),
	QMI_STRUCT_ARRAY(0, struct nas_umts_info, geran_cells, LEN8, umts_geran_cell_ei, MAND),
	QMI_END
};

static const struct qmi_elem lte_cell_ei[] = {
	QMI_INT(0, struct nas_lte_cell, pci, MAND),
	QMI_INT(0, struct nas_lte_cell, rsrq, MAND),
	QMI_INT(0, struct nas_lte_cell, rsrp, MAND),
	QMI_INT(0, struct nas_lte_cell, rssi, MAND),
	QMI_INT(0, struct nas_lte_cell, rx_level, MAND),
	QMI_END
};

#define LII struct nas_lte_intra_info
static const struct qmi_elem lte_intra_info_ei[] = {
	QMI_INT(0, LII, ue_in_idle, MAND),
	QMI_INT_ARRAY(0, LII, plmn, FIXED, MAND),
	QMI_INT(0, LII, tac, MAND),
	QMI_INT(0, LII, global_cell_id, MAND),
	QMI_INT(0, LII, earfcn, MAND),
	QMI_INT(0, LII, serving_cell_id, MAND),
	QMI_INT(0, LII, cell_reselection_priority, MAND),
	QMI_INT(0, LII, s_non_intra_search, MAND),
	QMI_INT(0, LII, serving_cell_low_threshold, MAND),
	QMI_INT(0, LII, s_intra_search, MAND),
	QMI_STRUCT_ARRAY(0, LII, cells, LEN8, lte_cell_ei, MAND),
	QMI_END
};
#undef LII

#define CLI struct nas_get_cell_location_info_rsp
static const struct qmi_elem get_cell_location_info_rsp_ei[] = {
	QMI_STRUCT(0x10, CLI, geran, geran_info_ei, OPT),
	QMI_STRUCT(0x11, CLI, umts, umts_info_ei, OPT),
	QMI_STRUCT(0x13, CLI, lte_intra, lte_intra_info_ei, OPT),
	QMI_INT(0x17, CLI, umts_cell_id, OPT),
	QMI_INT(0x1E, CLI, lte_timing_advance, OPT),
	QMI_END
};
#undef CLI

/* ---- Get PLMN Name -------------------------------------------------------------- */

static const struct qmi_elem plmn_id_ei[] = {
	QMI_INT(0, struct nas_plmn_id, mcc, MAND),
	QMI_INT(0, struct nas_plmn_id, mnc, MAND),
	QMI_END
};

#define PNQ struct nas_get_plmn_name_req
static const struct qmi_elem get_plmn_name_req_ei[] = {
	QMI_STRUCT(0x01, PNQ, plmn, plmn_id_ei, MAND),
	QMI_INT(0x10, PNQ, suppress_sim_error, OPT),
	QMI_INT(0x11, PNQ, mnc_pcs_digit, OPT),
	QMI_INT(0x12, PNQ, always_send_plmn_name, OPT),
	QMI_INT(0x13, PNQ, use_static_table_only, OPT),
	QMI_INT(0x14, PNQ, csg_id, OPT),
	QMI_INT(0x15, PNQ, radio_access_technology, OPT),
	QMI_INT(0x16, PNQ, send_all_information, OPT),
	QMI_END
};
#undef PNQ

#define EON struct nas_eons_name
static const struct qmi_elem eons_name_ei[] = {
	QMI_INT(0, EON, spn_encoding, MAND),
	QMI_INT_ARRAY(0, EON, spn, LEN8, MAND),
	QMI_INT(0, EON, short_name_encoding, MAND),
	QMI_INT(0, EON, short_name_country_initials, MAND),
	QMI_INT(0, EON, short_name_spare_bits, MAND),
	QMI_INT_ARRAY(0, EON, short_name, LEN8, MAND),
	QMI_INT(0, EON, long_name_encoding, MAND),
	QMI_INT(0, EON, long_name_country_initials, MAND),
	QMI_INT(0, EON, long_name_spare_bits, MAND),
	QMI_INT_ARRAY(0, EON, long_name, LEN8, MAND),
	QMI_END
};
#undef EON

static const struct qmi_elem get_plmn_name_rsp_ei[] = {
	QMI_STRUCT(0x10, struct nas_get_plmn_name_rsp, eons, eons_name_ei, OPT),
	QMI_INT(0x15, struct nas_get_plmn_name_rsp, network_name_source, OPT),
	QMI_END
};

/* ---- System Info: one struct, two numberings ----------------------------------- */

static const struct qmi_elem service_status_ei[] = {
	QMI_INT(0, struct nas_service_status, status, MAND),
	QMI_INT(0, struct nas_service_status, preferred_data_path, MAND),
	QMI_END
};

static const struct qmi_elem service_status_3gpp_ei[] = {
	QMI_INT(0, struct nas_service_status_3gpp, status, MAND),
	QMI_INT(0, struct nas_service_status_3gpp, true_status, MAND),
	QMI_INT(0, struct nas_service_status_3gpp, preferred_data_path, MAND),
	QMI_END
};

#define SI3 struct nas_sys_info_3gpp
static const struct qmi_elem sys_info_3gpp_ei[] = {
	QMI_INT(0, SI3, domain_valid, MAND),
	QMI_INT(0, SI3, domain, MAND),
	QMI_INT(0, SI3, service_capability_valid, MAND),
	QMI_INT(0, SI3, service_capability, MAND),
	QMI_INT(0, SI3, roaming_status_valid, MAND),
	QMI_INT(0, SI3, roaming_status, MAND),
	QMI_INT(0, SI3, forbidden_valid, MAND),
	QMI_INT(0, SI3, forbidden, MAND),
	QMI_INT(0, SI3, lac_valid, MAND),
	QMI_INT(0, SI3, lac, MAND),
	QMI_INT(0, SI3, cid_valid, MAND),
	QMI_INT(0, SI3, cid, MAND),
	QMI_INT(0, SI3, reject_info_valid, MAND),
	QMI_INT(0, SI3, reject_domain, MAND),
	QMI_INT(0, SI3, reject_cause, MAND),
	QMI_INT(0, SI3, network_id_valid, MAND),
	QMI_STRING(0, SI3, mcc, FIXED, MAND),
	QMI_STRING(0, SI3, mnc, FIXED, MAND),
	QMI_END
};
#undef SI3

static const struct qmi_elem gsm_sys_info_ei[] = {
	QMI_STRUCT(0, struct nas_gsm_sys_info, common, sys_info_3gpp_ei, MAND),
	QMI_INT(0, struct nas_gsm_sys_info, egprs_support_valid, MAND),
	QMI_INT(0, struct nas_gsm_sys_info, egprs_support, MAND),
	QMI_INT(0, struct nas_gsm_sys_info, dtm_support_valid, MAND),
	QMI_INT(0, struct nas_gsm_sys_info, dtm_support, MAND),
	QMI_END
};

static const struct qmi_elem wcdma_sys_info_ei[] = {
	QMI_STRUCT(0, struct nas_wcdma_sys_info, common, sys_info_3gpp_ei, MAND),
	QMI_INT(0, struct nas_wcdma_sys_info, hs_call_status_valid, MAND),
	QMI_INT(0, struct nas_wcdma_sys_info, hs_call_status, MAND),
	QMI_INT(0, struct nas_wcdma_sys_info, hs_service_valid, MAND),
	QMI_INT(0, struct nas_wcdma_sys_info, hs_service, MAND),
	QMI_INT(0, struct nas_wcdma_sys_info, psc_valid, MAND),
	QMI_INT(0, struct nas_wcdma_sys_info, psc, MAND),
	QMI_END
};

static const struct qmi_elem lte_sys_info_ei[] = {
	QMI_STRUCT(0, struct nas_lte_sys_info, common, sys_info_3gpp_ei, MAND),
	QMI_INT(0, struct nas_lte_sys_info, tac_valid, MAND),
	QMI_INT(0, struct nas_lte_sys_info, tac, MAND),
	QMI_END
};

#define SYI struct nas_system_info
/* The TLVs both directions number alike (0x10-0x23). */
#define SYI_COMMON_TLVS                                                                  \
	QMI_STRUCT(0x10, SYI, cdma_service_status, service_status_ei, OPT),              \
	QMI_STRUCT(0x11, SYI, hdr_service_status, service_status_ei, OPT),               \
	QMI_STRUCT(0x12, SYI, gsm_service_status, service_status_3gpp_ei, OPT),          \
	QMI_STRUCT(0x13, SYI, wcdma_service_status, service_status_3gpp_ei, OPT),        \
	QMI_STRUCT(0x14, SYI, lte_service_status, service_status_3gpp_ei, OPT),          \
	QMI_STRUCT(0x17, SYI, gsm_system_info, gsm_sys_info_ei, OPT),                    \
	QMI_STRUCT(0x18, SYI, wcdma_system_info, wcdma_sys_info_ei, OPT),                \
	QMI_STRUCT(0x19, SYI, lte_system_info, lte_sys_info_ei, OPT),                    \
	QMI_INT(0x21, SYI, lte_voice_support, OPT)

static const struct qmi_elem system_info_rsp_ei[] = {
	SYI_COMMON_TLVS,
	QMI_INT(0x27, SYI, sim_reject_info, OPT),
	QMI_INT(0x29, SYI, ims_voice_support, OPT),
	QMI_INT(0x2C, SYI, gsm_rac, OPT),
	QMI_INT(0x2D, SYI, wcdma_rac, OPT),
	QMI_END
};

/* The indication inserts "PLMN not changed" at 0x24, so the rest move up. */
static const struct qmi_elem system_info_ind_ei[] = {
	SYI_COMMON_TLVS,
	QMI_INT(0x24, SYI, plmn_not_changed, OPT),
	QMI_INT(0x28, SYI, sim_reject_info, OPT),
	QMI_END
};
#undef SYI_COMMON_TLVS
#undef SYI

/* ---- Signal Info ------------------------------------------------------------------ */

static const struct qmi_elem cdma_signal_ei[] = {
	QMI_INT(0, struct nas_cdma_signal, rssi, MAND),
	QMI_INT(0, struct nas_cdma_signal, ecio, MAND),
	QMI_END
};

static const struct qmi_elem hdr_signal_ei[] = {
	QMI_INT(0, struct nas_hdr_signal, rssi, MAND),
	QMI_INT(0, struct nas_hdr_signal, ecio, MAND),
	QMI_INT(0, struct nas_hdr_signal, sinr, MAND),
	QMI_INT(0, struct nas_hdr_signal, io, MAND),
	QMI_END
};

static const struct qmi_elem wcdma_signal_ei[] = {
	QMI_INT(0, struct nas_wcdma_signal, rssi, MAND),
	QMI_INT(0, struct nas_wcdma_signal, ecio, MAND),
	QMI_END
};

static const struct qmi_elem lte_signal_ei[] = {
	QMI_INT(0, struct nas_lte_signal, rssi, MAND),
	QMI_INT(0, struct nas_lte_signal, rsrq, MAND),
	QMI_INT(0, struct nas_lte_signal, rsrp, MAND),
	QMI_INT(0, struct nas_lte_signal, snr, MAND),
	QMI_END
};

static const struct qmi_elem tdma_signal_ext_ei[] = {
	QMI_INT(0, struct nas_tdma_signal_ext, rssi, MAND),
	QMI_INT(0, struct nas_tdma_signal_ext, rscp, MAND),
	QMI_INT(0, struct nas_tdma_signal_ext, ecio, MAND),
	QMI_INT(0, struct nas_tdma_signal_ext, sinr, MAND),
	QMI_END
};

static const struct qmi_elem nr5g_signal_ei[] = {
	QMI_INT(0, struct nas_nr5g_signal, rsrp, MAND),
	QMI_INT(0, struct nas_nr5g_signal, snr, MAND),
	QMI_END
};

#define SGI struct nas_signal_info
static const struct qmi_elem signal_info_ei[] = {
	QMI_STRUCT(0x10, SGI, cdma, cdma_signal_ei, OPT),
	QMI_STRUCT(0x11, SGI, hdr, hdr_signal_ei, OPT),
	QMI_INT(0x12, SGI, gsm, OPT),
	QMI_STRUCT(0x13, SGI, wcdma, wcdma_signal_ei, OPT),
	QMI_STRUCT(0x14, SGI, lte, lte_signal_ei, OPT),
	QMI_INT(0x15, SGI, tdma, OPT),
	QMI_STRUCT(0x16, SGI, tdma_ext, tdma_signal_ext_ei, OPT),
	QMI_STRUCT(0x17, SGI, nr5g, nr5g_signal_ei, OPT),
	QMI_INT(0x18, SGI, nr5g_rsrq, OPT),
	QMI_INT(0x19, SGI, wcdma_rscp, OPT),
	QMI_END
};
#undef SGI

/* ---- Config Signal Info ------------------------------------------------------------ */

static const struct qmi_elem lte_report_ei[] = {
	QMI_INT(0, struct nas_lte_report, rate, MAND),
	QMI_INT(0, struct nas_lte_report, average_period, MAND),
	QMI_END
};

#define CSI struct nas_config_signal_info_req
static const struct qmi_elem config_signal_info_req_ei[] = {
	QMI_INT_ARRAY(0x10, CSI, rssi_thresholds, LEN8, OPT),
	QMI_INT_ARRAY(0x11, CSI, ecio_thresholds, LEN8, OPT),
	QMI_INT_ARRAY(0x12, CSI, sinr_thresholds, LEN8, OPT),
	QMI_INT_ARRAY(0x13, CSI, lte_snr_thresholds, LEN8, OPT),
	QMI_INT_ARRAY(0x14, CSI, io_thresholds, LEN8, OPT),
	QMI_INT_ARRAY(0x15, CSI, rsrq_thresholds, LEN8, OPT),
	QMI_INT_ARRAY(0x16, CSI, rsrp_thresholds, LEN8, OPT),
	QMI_STRUCT(0x17, CSI, lte_report, lte_report_ei, OPT),
	QMI_INT_ARRAY(0x18, CSI, rscp_thresholds, LEN8, OPT),
	QMI_END
};
#undef CSI

/* ---- the messages ------------------------------------------------------------------- */

/* Reset has no TLVs either way. */
const struct qmi_msg slqs_nas_reset = {
	.name = "Reset", .service = QMI_SVC_NAS, .id = NAS_MSG_RESET,
};

/* The same id is the Event Report indication. */
const struct qmi_msg slqs_nas_set_event_report = {
	.name = "Set Event Report", .service = QMI_SVC_NAS, .id = NAS_MSG_SET_EVENT_REPORT,
	.req = set_event_report_req_ei, .req_size = sizeof(struct nas_set_event_report_req),
	.ind = event_report_ind_ei, .ind_size = sizeof(struct nas_event_report_ind),
};

const struct qmi_msg slqs_nas_register_indications = {
	.name = "Register Indications", .service = QMI_SVC_NAS,
	.id = NAS_MSG_REGISTER_INDICATIONS,
	.req = register_indications_req_ei,
	.req_size = sizeof(struct nas_register_indications_req),
};

const struct qmi_msg slqs_nas_get_signal_strength = {
	.name = "Get Signal Strength", .service = QMI_SVC_NAS, .id = NAS_MSG_GET_SIGNAL_STRENGTH,
	.req = get_signal_strength_req_ei, .req_size = sizeof(struct nas_get_signal_strength_req),
	.rsp = get_signal_strength_rsp_ei, .rsp_size = sizeof(struct nas_get_signal_strength_rsp),
};

/* The same id is the Serving System indication. */
const struct qmi_msg slqs_nas_get_serving_system = {
	.name = "Get Serving System", .service = QMI_SVC_NAS, .id = NAS_MSG_GET_SERVING_SYSTEM,
	.rsp = serving_system_rsp_ei, .rsp_size = sizeof(struct nas_serving_system),
	.ind = serving_system_ind_ei, .ind_size = sizeof(struct nas_serving_system),
};

const struct qmi_msg slqs_nas_get_home_network = {
	.name = "Get Home Network", .service = QMI_SVC_NAS, .id = NAS_MSG_GET_HOME_NETWORK,
	.rsp = get_home_network_rsp_ei, .rsp_size = sizeof(struct nas_get_home_network_rsp),
};

const struct qmi_msg slqs_nas_get_rf_band_info = {
	.name = "Get RF Band Information", .service = QMI_SVC_NAS, .id = NAS_MSG_GET_RF_BAND_INFO,
	.rsp = get_rf_band_info_rsp_ei, .rsp_size = sizeof(struct nas_get_rf_band_info_rsp),
};

const struct qmi_msg slqs_nas_get_operator_name = {
	.name = "Get Operator Name", .service = QMI_SVC_NAS, .id = NAS_MSG_GET_OPERATOR_NAME,
	.rsp = get_operator_name_rsp_ei, .rsp_size = sizeof(struct nas_get_operator_name_rsp),
};

const struct qmi_msg slqs_nas_get_cell_location_info = {
	.name = "Get Cell Location Info", .service = QMI_SVC_NAS,
	.id = NAS_MSG_GET_CELL_LOCATION_INFO,
	.rsp = get_cell_location_info_rsp_ei,
	.rsp_size = sizeof(struct nas_get_cell_location_info_rsp),
};

const struct qmi_msg slqs_nas_get_plmn_name = {
	.name = "Get PLMN Name", .service = QMI_SVC_NAS, .id = NAS_MSG_GET_PLMN_NAME,
	.req = get_plmn_name_req_ei, .req_size = sizeof(struct nas_get_plmn_name_req),
	.rsp = get_plmn_name_rsp_ei, .rsp_size = sizeof(struct nas_get_plmn_name_rsp),
};

const struct qmi_msg slqs_nas_get_system_info = {
	.name = "Get System Info", .service = QMI_SVC_NAS, .id = NAS_MSG_GET_SYSTEM_INFO,
	.rsp = system_info_rsp_ei, .rsp_size = sizeof(struct nas_system_info),
};

const struct qmi_msg slqs_nas_system_info_ind = {
	.name = "System Info", .service = QMI_SVC_NAS, .id = NAS_MSG_SYSTEM_INFO_IND,
	.ind = system_info_ind_ei, .ind_size = sizeof(struct nas_system_info),
};

const struct qmi_msg slqs_nas_get_signal_info = {
	.name = "Get Signal Info", .service = QMI_SVC_NAS, .id = NAS_MSG_GET_SIGNAL_INFO,
	.rsp = signal_info_ei, .rsp_size = sizeof(struct nas_signal_info),
};

const struct qmi_msg slqs_nas_config_signal_info = {
	.name = "Config Signal Info", .service = QMI_SVC_NAS, .id = NAS_MSG_CONFIG_SIGNAL_INFO,
	.req = config_signal_info_req_ei, .req_size = sizeof(struct nas_config_signal_info_req),
};

const struct qmi_msg slqs_nas_signal_info_ind = {
	.name = "Signal Info", .service = QMI_SVC_NAS, .id = NAS_MSG_SIGNAL_INFO_IND,
	.ind = signal_info_ei, .ind_size = sizeof(struct nas_signal_info),
};

const struct qmi_msg *const slqs_nas_msgs[] = {
	&slqs_nas_reset,
	&slqs_nas_set_event_report,
	&slqs_nas_register_indications,
	&slqs_nas_get_signal_strength,
	&slqs_nas_get_serving_system,
	&slqs_nas_get_home_network,
	&slqs_nas_get_rf_band_info,
	&slqs_nas_get_operator_name,
	&slqs_nas_get_cell_location_info,
	&slqs_nas_get_plmn_name,
	&slqs_nas_get_system_info,
	&slqs_nas_system_info_ind,
	&slqs_nas_get_signal_info,
	&slqs_nas_config_signal_info,
	&slqs_nas_signal_info_ind,
	NULL
};

/* ---- value helpers -------------------------------------------------------------------- */

void slqs_nas_plmn_bcd_encode(uint16_t mcc, uint16_t mnc, int mnc_digits, uint8_t out[3])
{
	uint8_t m1 = (uint8_t)(mcc / 100 % 10), m2 = (uint8_t)(mcc / 10 % 10),
		m3 = (uint8_t)(mcc % 10);
	uint8_t n1, n2, n3;

	if (mnc_digits == 3) {
		n1 = (uint8_t)(mnc / 100 % 10);
		n2 = (uint8_t)(mnc / 10 % 10);
		n3 = (uint8_t)(mnc % 10);
	} else {
		n1 = (uint8_t)(mnc / 10 % 10);
		n2 = (uint8_t)(mnc % 10);
		n3 = 0x0F;	/* filler */
	}
	out[0] = (uint8_t)(m2 << 4 | m1);
	out[1] = (uint8_t)(n3 << 4 | m3);
	out[2] = (uint8_t)(n2 << 4 | n1);
}

int slqs_nas_plmn_bcd_decode(const uint8_t in[3], uint16_t *mcc, uint16_t *mnc, int *mnc_digits)
{
	uint8_t d[6] = {
		(uint8_t)(in[0] & 0x0F), (uint8_t)(in[0] >> 4), (uint8_t)(in[1] & 0x0F),
		(uint8_t)(in[2] & 0x0F), (uint8_t)(in[2] >> 4), (uint8_t)(in[1] >> 4),
	};	/* MCC1 MCC2 MCC3 MNC1 MNC2 MNC3 */
	int three = d[5] != 0x0F;

	for (int i = 0; i < (three ? 6 : 5); i++)
		if (d[i] > 9)
			return -1;
	*mcc = (uint16_t)(d[0] * 100 + d[1] * 10 + d[2]);
	*mnc = (uint16_t)(three ? d[3] * 100 + d[4] * 10 + d[5] : d[3] * 10 + d[4]);
	*mnc_digits = three ? 3 : 2;
	return 0;
}

int slqs_nas_digits_trim(char *s)
{
	size_t n = strlen(s);

	while (n > 0 && ((unsigned char)s[n - 1] == 0xFF || s[n - 1] == ' '))
		n--;
	s[n] = '\0';
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return -1;
	return (int)n;
}
