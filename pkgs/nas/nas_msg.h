/*
 * NAS (Network Access Service, 0x03) messages: registration, serving
 * system, system info, signal strength and their indications.
 *
 * Several ids carry a request/response and an indication with different
 * layouts: the indication tables hang on the same struct qmi_msg (.ind).
 * Serving System and System Info use one C struct for the response and the
 * indication, but the TLV numbers differ after 0x18/0x23: each direction
 * has its own table over that struct.
 *
 * Units are the wire's: see the comment at each field.
 */
#ifndef SLQS_PKGS_NAS_MSG_H
#define SLQS_PKGS_NAS_MSG_H

#include <stdint.h>

#include "core/codec.h"

#define QMI_SVC_NAS 0x03

#define NAS_MSG_RESET                  0x0000
#define NAS_MSG_SET_EVENT_REPORT       0x0002	/* also the Event Report indication */
#define NAS_MSG_REGISTER_INDICATIONS   0x0003
#define NAS_MSG_GET_SIGNAL_STRENGTH    0x0020
#define NAS_MSG_GET_SERVING_SYSTEM     0x0024	/* also the Serving System indication */
#define NAS_MSG_GET_HOME_NETWORK       0x0025
#define NAS_MSG_GET_RF_BAND_INFO       0x0031
#define NAS_MSG_GET_OPERATOR_NAME      0x0039
#define NAS_MSG_GET_CELL_LOCATION_INFO 0x0043
#define NAS_MSG_GET_PLMN_NAME          0x0044
#define NAS_MSG_GET_SYSTEM_INFO        0x004D
#define NAS_MSG_SYSTEM_INFO_IND        0x004E
#define NAS_MSG_GET_SIGNAL_INFO        0x004F
#define NAS_MSG_CONFIG_SIGNAL_INFO     0x0050
#define NAS_MSG_SIGNAL_INFO_IND        0x0051

/* Radio interfaces (i8 on the wire; -1 unknown). */
#define NAS_RADIO_UNKNOWN  (-1)
#define NAS_RADIO_NONE     0
#define NAS_RADIO_CDMA_1X  1
#define NAS_RADIO_EVDO     2
#define NAS_RADIO_AMPS     3
#define NAS_RADIO_GSM      4
#define NAS_RADIO_UMTS     5
#define NAS_RADIO_LTE      8
#define NAS_RADIO_TDSCDMA  9
#define NAS_RADIO_5GNR     12

/* Registration state (Serving System). */
#define NAS_REG_NOT_REGISTERED 0
#define NAS_REG_REGISTERED     1
#define NAS_REG_SEARCHING      2	/* not registered, searching */
#define NAS_REG_DENIED         3
#define NAS_REG_UNKNOWN        4

/* CS/PS attach state. */
#define NAS_ATTACH_UNKNOWN  0
#define NAS_ATTACH_ATTACHED 1
#define NAS_ATTACH_DETACHED 2

/* Selected network. */
#define NAS_NETWORK_UNKNOWN 0
#define NAS_NETWORK_3GPP2   1
#define NAS_NETWORK_3GPP    2

/* Roaming indicator of Serving System: note 0 means roaming. */
#define NAS_ROAMING_IND_ON  0
#define NAS_ROAMING_IND_OFF 1

/* Roaming status of System Info. */
#define NAS_ROAMING_STATUS_OFF 0
#define NAS_ROAMING_STATUS_ON  1

/* Service status (System Info, detailed service status). */
#define NAS_SERVICE_NONE       0
#define NAS_SERVICE_LIMITED    1
#define NAS_SERVICE_AVAILABLE  2
#define NAS_SERVICE_LIMITED_REGIONAL 3
#define NAS_SERVICE_POWER_SAVE 4

/* Service domain. */
#define NAS_DOMAIN_NONE    0
#define NAS_DOMAIN_CS      1
#define NAS_DOMAIN_PS      2
#define NAS_DOMAIN_CS_PS   3
#define NAS_DOMAIN_UNKNOWN 4

/* Data service capability (Serving System 0x11). */
#define NAS_DATA_CAP_NONE        0x00
#define NAS_DATA_CAP_GPRS        0x01
#define NAS_DATA_CAP_EDGE        0x02
#define NAS_DATA_CAP_HSDPA       0x03
#define NAS_DATA_CAP_HSUPA       0x04
#define NAS_DATA_CAP_WCDMA       0x05
#define NAS_DATA_CAP_GSM         0x09
#define NAS_DATA_CAP_LTE         0x0B
#define NAS_DATA_CAP_HSDPA_PLUS  0x0C
#define NAS_DATA_CAP_DC_HSDPA_PLUS 0x0D

/* Request mask of Get Signal Strength. */
#define NAS_SIGNAL_REQ_RSSI       0x0001
#define NAS_SIGNAL_REQ_ECIO       0x0002
#define NAS_SIGNAL_REQ_IO         0x0004
#define NAS_SIGNAL_REQ_SINR       0x0008
#define NAS_SIGNAL_REQ_ERROR_RATE 0x0010
#define NAS_SIGNAL_REQ_RSRQ       0x0020
#define NAS_SIGNAL_REQ_LTE_SNR    0x0040
#define NAS_SIGNAL_REQ_LTE_RSRP   0x0080

/* LTE downlink bandwidth (RF Band Information 0x12). */
#define NAS_DL_BW_1_4 0
#define NAS_DL_BW_3   1
#define NAS_DL_BW_5   2
#define NAS_DL_BW_10  3
#define NAS_DL_BW_15  4
#define NAS_DL_BW_20  5

/* Name encodings of Get PLMN Name. */
#define NAS_NAME_ENC_UNSPECIFIED 0x00
#define NAS_NAME_ENC_ASCII7      0x01
#define NAS_NAME_ENC_UCS2        0x04
#define NAS_NAME_ENC_GSM         0x09

/* SIM reject state (System Info). */
#define NAS_SIM_UNAVAILABLE 0
#define NAS_SIM_AVAILABLE   1

/* Network name source. */
#define NAS_NAME_SOURCE_UNKNOWN 0
#define NAS_NAME_SOURCE_MCC_MNC 5

/* Sentinels real modems send for "no measurement". */
#define NAS_SIGNAL_UNKNOWN_I8  (-128)
#define NAS_SIGNAL_UNKNOWN_I16 (-32768)

/* C capacities (the wire allows more; a longer list is refused as malformed). */
#define NAS_MAX_RATS       8	/* radio interfaces, per-RAT lists */
#define NAS_MAX_THRESHOLDS 32	/* threshold lists of Set Event Report / Config Signal Info */
#define NAS_MAX_DATA_CAPS  16
#define NAS_MAX_CELLS      16	/* neighbour cells of Get Cell Location Info */
#define NAS_NAME_MAX       256	/* operator names: u8 length + NUL */

/* ---- shared pieces --------------------------------------------------------- */

/** A report flag with a delta (Set Event Report 0x13-0x16, 0x1B, 0x1C). */
struct nas_report_delta {
	uint8_t report;
	uint8_t delta;		/* RSSI dB, ECIO/SNR 0.1 dB units, RSRP dB */
};

/** Signal strength in dBm on one radio interface. */
struct nas_strength {
	int8_t strength;
	int8_t radio_interface;
};

/** RSSI as a positive number: -rssi dBm. */
struct nas_rssi {
	uint8_t rssi;
	int8_t radio_interface;
};

/** ECIO as a positive number of -0.5 dB steps. */
struct nas_ecio {
	uint8_t ecio;
	int8_t radio_interface;
};

struct nas_error_rate {
	uint16_t rate;
	int8_t radio_interface;
};

/** LTE RSRQ in dB. */
struct nas_rsrq {
	int8_t rsrq;
	int8_t radio_interface;
};

struct nas_rf_band {
	int8_t radio_interface;
	uint16_t band;		/* active band class (LTE band n: see the JSON) */
	uint16_t channel;	/* (E/U)ARFCN */
};

/** MCC and MNC as numbers, and a name (Serving System 0x12, Home Network 0x01). */
struct nas_plmn {
	uint16_t mcc;
	uint16_t mnc;
	char description[NAS_NAME_MAX];
};

struct nas_sid_nid {
	uint16_t sid;
	uint16_t nid;
};

/* ---- Set Event Report / Event Report indication (0x0002) ------------------ */

struct nas_strength_thresholds {
	uint8_t report;
	uint16_t n_thresholds;
	int8_t thresholds[NAS_MAX_THRESHOLDS];	/* dBm */
};

struct nas_ecio_thresholds {
	uint8_t report;
	uint16_t n_thresholds;
	int16_t thresholds[NAS_MAX_THRESHOLDS];	/* -0.5 dB steps */
};

struct nas_sinr_thresholds {
	uint8_t report;
	uint16_t n_thresholds;
	uint8_t thresholds[NAS_MAX_THRESHOLDS];
};

struct nas_set_event_report_req {
	uint8_t has_signal_strength;		/* 0x10 */
	struct nas_strength_thresholds signal_strength;
	uint8_t has_rf_band_info;		/* 0x11 */
	uint8_t rf_band_info;
	uint8_t has_reg_reject;			/* 0x12 */
	uint8_t reg_reject;
	uint8_t has_rssi;			/* 0x13 */
	struct nas_report_delta rssi;
	uint8_t has_ecio;			/* 0x14 */
	struct nas_report_delta ecio;
	uint8_t has_io;				/* 0x15 */
	struct nas_report_delta io;
	uint8_t has_sinr;			/* 0x16 */
	struct nas_report_delta sinr;
	uint8_t has_error_rate;			/* 0x17 */
	uint8_t error_rate;
	uint8_t has_ecio_thresholds;		/* 0x19 */
	struct nas_ecio_thresholds ecio_thresholds;
	uint8_t has_sinr_thresholds;		/* 0x1A */
	struct nas_sinr_thresholds sinr_thresholds;
	uint8_t has_lte_snr;			/* 0x1B */
	struct nas_report_delta lte_snr;
	uint8_t has_lte_rsrp;			/* 0x1C */
	struct nas_report_delta lte_rsrp;
};

struct nas_reg_reject {
	uint8_t domain;
	uint16_t cause;		/* 3GPP reject cause */
};

struct nas_event_report_ind {
	uint8_t has_signal_strength;		/* 0x10 */
	struct nas_strength signal_strength;
	uint8_t has_rf_bands;			/* 0x11 */
	uint16_t n_rf_bands;
	struct nas_rf_band rf_bands[NAS_MAX_RATS];
	uint8_t has_reg_reject;			/* 0x12 */
	struct nas_reg_reject reg_reject;
	uint8_t has_rssi;			/* 0x13 */
	struct nas_rssi rssi;
	uint8_t has_ecio;			/* 0x14 */
	struct nas_ecio ecio;
	uint8_t has_io;				/* 0x15 */
	int32_t io;
	uint8_t has_sinr;			/* 0x16 */
	uint8_t sinr;
	uint8_t has_error_rate;			/* 0x17 */
	struct nas_error_rate error_rate;
	uint8_t has_rsrq;			/* 0x18 */
	struct nas_rsrq rsrq;
	uint8_t has_lte_snr;			/* 0x19: 0.1 dB */
	int16_t lte_snr;
	uint8_t has_lte_rsrp;			/* 0x1A: dBm */
	int16_t lte_rsrp;
};

/* ---- Register Indications (0x0003): every TLV is an on/off switch -------- */

struct nas_network_reject_reg {
	uint8_t enable;
	uint8_t suppress_system_info;
};

struct nas_register_indications_req {
	uint8_t has_system_selection_preference;	/* 0x10 */
	uint8_t system_selection_preference;
	uint8_t has_ddtm;				/* 0x12 */
	uint8_t ddtm;
	uint8_t has_serving_system;			/* 0x13 */
	uint8_t serving_system;
	uint8_t has_dual_standby;			/* 0x14 */
	uint8_t dual_standby;
	uint8_t has_subscription_info;			/* 0x15 */
	uint8_t subscription_info;
	uint8_t has_network_time;			/* 0x17 */
	uint8_t network_time;
	uint8_t has_system_info;			/* 0x18 */
	uint8_t system_info;
	uint8_t has_signal_info;			/* 0x19 */
	uint8_t signal_info;
	uint8_t has_error_rate;				/* 0x1A */
	uint8_t error_rate;
	uint8_t has_hdr_new_uati;			/* 0x1B */
	uint8_t hdr_new_uati;
	uint8_t has_hdr_session_closed;			/* 0x1C */
	uint8_t hdr_session_closed;
	uint8_t has_managed_roaming;			/* 0x1D */
	uint8_t managed_roaming;
	uint8_t has_current_plmn_name;			/* 0x1E */
	uint8_t current_plmn_name;
	uint8_t has_embms_status;			/* 0x1F */
	uint8_t embms_status;
	uint8_t has_rf_band_info;			/* 0x20 */
	uint8_t rf_band_info;
	uint8_t has_network_reject;			/* 0x21 */
	struct nas_network_reject_reg network_reject;
};

/* ---- Get Signal Strength (0x0020) ----------------------------------------- */

struct nas_get_signal_strength_req {
	uint8_t has_request_mask;		/* 0x10: NAS_SIGNAL_REQ_* */
	uint16_t request_mask;
};

struct nas_get_signal_strength_rsp {
	struct nas_strength signal_strength;	/* 0x01 */
	uint8_t has_strength_list;		/* 0x10 */
	uint16_t n_strength_list;
	struct nas_strength strength_list[NAS_MAX_RATS];
	uint8_t has_rssi_list;			/* 0x11 */
	uint16_t n_rssi_list;
	struct nas_rssi rssi_list[NAS_MAX_RATS];
	uint8_t has_ecio_list;			/* 0x12 */
	uint16_t n_ecio_list;
	struct nas_ecio ecio_list[NAS_MAX_RATS];
	uint8_t has_io;				/* 0x13 */
	int32_t io;
	uint8_t has_sinr;			/* 0x14 */
	uint8_t sinr;
	uint8_t has_error_rate_list;		/* 0x15 */
	uint16_t n_error_rate_list;
	struct nas_error_rate error_rate_list[NAS_MAX_RATS];
	uint8_t has_rsrq;			/* 0x16 */
	struct nas_rsrq rsrq;
	uint8_t has_lte_snr;			/* 0x17: 0.1 dB */
	int16_t lte_snr;
	uint8_t has_lte_rsrp;			/* 0x18: dBm */
	int16_t lte_rsrp;
};

/* ---- Get Serving System (0x0024) and its indication ----------------------- */

struct nas_serving_system_info {
	uint8_t registration_state;	/* NAS_REG_* */
	uint8_t cs_attach_state;	/* NAS_ATTACH_* */
	uint8_t ps_attach_state;
	uint8_t selected_network;	/* NAS_NETWORK_* */
	uint16_t n_radio_interfaces;
	int8_t radio_interfaces[NAS_MAX_RATS];
};

struct nas_detailed_service_status {
	uint8_t status;		/* NAS_SERVICE_* */
	uint8_t capability;	/* NAS_DOMAIN_* */
	uint8_t hdr_status;
	uint8_t hdr_hybrid;
	uint8_t forbidden;
};

struct nas_mnc_pcs_digit {
	uint16_t mcc;
	uint16_t mnc;
	uint8_t includes_pcs_digit;	/* 1: the MNC has 3 digits */
};

/* Response and indication share this struct; "rsp/ind" give both TLV numbers. */
struct nas_serving_system {
	struct nas_serving_system_info serving_system;	/* 0x01 */
	uint8_t has_roaming_indicator;			/* 0x10: NAS_ROAMING_IND_* */
	uint8_t roaming_indicator;
	uint8_t has_data_service_capability;		/* 0x11 */
	uint16_t n_data_service_capability;
	uint8_t data_service_capability[NAS_MAX_DATA_CAPS];
	uint8_t has_current_plmn;			/* 0x12 */
	struct nas_plmn current_plmn;
	uint8_t has_cdma_system_id;			/* 0x13 */
	struct nas_sid_nid cdma_system_id;
	uint8_t has_time_zone;				/* 0x1A: 15-minute steps */
	int8_t time_zone;
	uint8_t has_dst_adjustment;			/* 0x1B: hours */
	uint8_t dst_adjustment;
	uint8_t has_lac;				/* 0x1C rsp / 0x1D ind */
	uint16_t lac;
	uint8_t has_cid;				/* 0x1D rsp / 0x1E ind */
	uint32_t cid;
	uint8_t has_detailed_service_status;		/* 0x21 rsp / 0x22 ind */
	struct nas_detailed_service_status detailed_service_status;
	uint8_t has_lte_tac;				/* 0x24 rsp / 0x25 ind */
	uint16_t lte_tac;
	uint8_t has_umts_psc;				/* 0x26 rsp / 0x28 ind */
	uint16_t umts_psc;
	uint8_t has_mnc_pcs_digit;			/* 0x27 rsp / 0x29 ind */
	struct nas_mnc_pcs_digit mnc_pcs_digit;
	uint8_t has_network_name_source;		/* 0x29 rsp / 0x2B ind */
	uint32_t network_name_source;
	uint8_t has_plmn_not_changed;			/* ind only: 0x27 */
	uint8_t plmn_not_changed;
};

/* ---- Get Home Network (0x0025) ---------------------------------------------- */

struct nas_home_3gpp_mnc {
	uint8_t is_3gpp;
	uint8_t includes_pcs_digit;
};

struct nas_get_home_network_rsp {
	struct nas_plmn home_network;			/* 0x01 */
	uint8_t has_home_system_id;			/* 0x10 */
	struct nas_sid_nid home_system_id;
	uint8_t has_home_3gpp_mnc;			/* 0x12 */
	struct nas_home_3gpp_mnc home_3gpp_mnc;
	uint8_t has_network_name_source;		/* 0x13 */
	uint32_t network_name_source;
};

/* ---- Get RF Band Information (0x0031) ------------------------------------- */

struct nas_rf_band_ext {
	int8_t radio_interface;
	uint16_t band;
	uint32_t channel;
};

struct nas_rf_bandwidth {
	int8_t radio_interface;
	uint32_t bandwidth;	/* NAS_DL_BW_* */
};

struct nas_get_rf_band_info_rsp {
	uint16_t n_bands;				/* 0x01 */
	struct nas_rf_band bands[NAS_MAX_RATS];
	uint8_t has_ext_bands;				/* 0x11 */
	uint16_t n_ext_bands;
	struct nas_rf_band_ext ext_bands[NAS_MAX_RATS];
	uint8_t has_bandwidths;				/* 0x12 */
	uint16_t n_bandwidths;
	struct nas_rf_bandwidth bandwidths[NAS_MAX_RATS];
};

/* ---- Get Operator Name (0x0039) --------------------------------------------- */

struct nas_spn {
	uint8_t display_condition;
	char name[NAS_NAME_MAX];
};

struct nas_get_operator_name_rsp {
	uint8_t has_spn;				/* 0x10 */
	struct nas_spn spn;
	uint8_t has_operator_string;			/* 0x13 */
	char operator_string[NAS_NAME_MAX];
};

/* ---- Get Cell Location Info (0x0043) ---------------------------------------- */

/* PLMNs here are 3 BCD bytes (slqs_nas_plmn_bcd_encode()). */
struct nas_geran_cell {
	uint32_t cell_id;
	uint8_t plmn[3];
	uint16_t lac;
	uint16_t arfcn;
	uint8_t bsic;
	uint16_t rx_level;
};

struct nas_geran_info {
	uint32_t cell_id;
	uint8_t plmn[3];
	uint16_t lac;
	uint16_t arfcn;
	uint8_t bsic;
	uint32_t timing_advance;
	uint16_t rx_level;
	uint16_t n_cells;
	struct nas_geran_cell cells[NAS_MAX_CELLS];
};

struct nas_umts_cell {
	uint16_t uarfcn;
	uint16_t psc;
	int16_t rscp;		/* dBm */
	int16_t ecio;		/* dB */
};

struct nas_umts_geran_cell {
	uint16_t arfcn;
	uint8_t ncc;
	uint8_t bcc;
	int16_t rssi;
};

struct nas_umts_info {
	uint16_t cell_id;
	uint8_t plmn[3];
	uint16_t lac;
	uint16_t uarfcn;
	uint16_t psc;
	int16_t rscp;
	int16_t ecio;
	uint16_t n_cells;
	struct nas_umts_cell cells[NAS_MAX_CELLS];
	uint16_t n_geran_cells;
	struct nas_umts_geran_cell geran_cells[NAS_MAX_CELLS];
};

struct nas_lte_cell {
	uint16_t pci;
	int16_t rsrq;		/* 0.1 dB */
	int16_t rsrp;		/* 0.1 dBm */
	int16_t rssi;		/* 0.1 dBm */
	int16_t rx_level;
};

struct nas_lte_intra_info {
	uint8_t ue_in_idle;
	uint8_t plmn[3];
	uint16_t tac;
	uint32_t global_cell_id;
	uint16_t earfcn;
	uint16_t serving_cell_id;	/* physical cell id */
	uint8_t cell_reselection_priority;
	uint8_t s_non_intra_search;
	uint8_t serving_cell_low_threshold;
	uint8_t s_intra_search;
	uint16_t n_cells;
	struct nas_lte_cell cells[NAS_MAX_CELLS];
};

struct nas_get_cell_location_info_rsp {
	uint8_t has_geran;				/* 0x10 */
	struct nas_geran_info geran;
	uint8_t has_umts;				/* 0x11 */
	struct nas_umts_info umts;
	uint8_t has_lte_intra;				/* 0x13 */
	struct nas_lte_intra_info lte_intra;
	uint8_t has_umts_cell_id;			/* 0x17: 28-bit cell id */
	uint32_t umts_cell_id;
	uint8_t has_lte_timing_advance;			/* 0x1E */
	uint32_t lte_timing_advance;
};

/* ---- Get PLMN Name (0x0044) --------------------------------------------------- */

struct nas_plmn_id {
	uint16_t mcc;
	uint16_t mnc;
};

struct nas_get_plmn_name_req {
	struct nas_plmn_id plmn;			/* 0x01 */
	uint8_t has_suppress_sim_error;			/* 0x10 */
	uint8_t suppress_sim_error;
	uint8_t has_mnc_pcs_digit;			/* 0x11 */
	uint8_t mnc_pcs_digit;
	uint8_t has_always_send_plmn_name;		/* 0x12 */
	uint8_t always_send_plmn_name;
	uint8_t has_use_static_table_only;		/* 0x13 */
	uint8_t use_static_table_only;
	uint8_t has_csg_id;				/* 0x14 */
	uint32_t csg_id;
	uint8_t has_radio_access_technology;		/* 0x15 */
	uint8_t radio_access_technology;
	uint8_t has_send_all_information;		/* 0x16 */
	uint8_t send_all_information;
};

/* Names are byte strings in the encoding given before each. */
struct nas_eons_name {
	uint8_t spn_encoding;		/* NAS_NAME_ENC_* */
	uint16_t n_spn;
	uint8_t spn[NAS_NAME_MAX - 1];
	uint8_t short_name_encoding;
	uint8_t short_name_country_initials;
	uint8_t short_name_spare_bits;
	uint16_t n_short_name;
	uint8_t short_name[NAS_NAME_MAX - 1];
	uint8_t long_name_encoding;
	uint8_t long_name_country_initials;
	uint8_t long_name_spare_bits;
	uint16_t n_long_name;
	uint8_t long_name[NAS_NAME_MAX - 1];
};

struct nas_get_plmn_name_rsp {
	uint8_t has_eons;				/* 0x10 */
	struct nas_eons_name eons;
	uint8_t has_network_name_source;		/* 0x15 */
	uint32_t network_name_source;
};

/* ---- Get System Info (0x004D) and the System Info indication (0x004E) ---- */

struct nas_service_status {		/* CDMA, HDR */
	uint8_t status;
	uint8_t preferred_data_path;
};

struct nas_service_status_3gpp {	/* GSM, WCDMA, LTE */
	uint8_t status;			/* NAS_SERVICE_* */
	uint8_t true_status;
	uint8_t preferred_data_path;
};

/* The head every 3GPP "System Info v2" TLV starts with. */
struct nas_sys_info_3gpp {
	uint8_t domain_valid;
	uint8_t domain;			/* NAS_DOMAIN_* */
	uint8_t service_capability_valid;
	uint8_t service_capability;
	uint8_t roaming_status_valid;
	uint8_t roaming_status;		/* NAS_ROAMING_STATUS_* */
	uint8_t forbidden_valid;
	uint8_t forbidden;
	uint8_t lac_valid;
	uint16_t lac;
	uint8_t cid_valid;
	uint32_t cid;
	uint8_t reject_info_valid;
	uint8_t reject_domain;
	uint8_t reject_cause;
	uint8_t network_id_valid;
	char mcc[4];		/* 3 ASCII digits */
	char mnc[4];		/* 2 or 3 digits; real modems pad with 0xFF: slqs_nas_digits_trim() */
};

struct nas_gsm_sys_info {
	struct nas_sys_info_3gpp common;
	uint8_t egprs_support_valid;
	uint8_t egprs_support;
	uint8_t dtm_support_valid;
	uint8_t dtm_support;
};

struct nas_wcdma_sys_info {
	struct nas_sys_info_3gpp common;
	uint8_t hs_call_status_valid;
	uint8_t hs_call_status;
	uint8_t hs_service_valid;
	uint8_t hs_service;
	uint8_t psc_valid;
	uint16_t psc;
};

struct nas_lte_sys_info {
	struct nas_sys_info_3gpp common;
	uint8_t tac_valid;
	uint16_t tac;
};

/* Response and indication share this struct; "rsp/ind" give both TLV numbers. */
struct nas_system_info {
	uint8_t has_cdma_service_status;		/* 0x10 */
	struct nas_service_status cdma_service_status;
	uint8_t has_hdr_service_status;			/* 0x11 */
	struct nas_service_status hdr_service_status;
	uint8_t has_gsm_service_status;			/* 0x12 */
	struct nas_service_status_3gpp gsm_service_status;
	uint8_t has_wcdma_service_status;		/* 0x13 */
	struct nas_service_status_3gpp wcdma_service_status;
	uint8_t has_lte_service_status;			/* 0x14 */
	struct nas_service_status_3gpp lte_service_status;
	uint8_t has_gsm_system_info;			/* 0x17 */
	struct nas_gsm_sys_info gsm_system_info;
	uint8_t has_wcdma_system_info;			/* 0x18 */
	struct nas_wcdma_sys_info wcdma_system_info;
	uint8_t has_lte_system_info;			/* 0x19 */
	struct nas_lte_sys_info lte_system_info;
	uint8_t has_lte_voice_support;			/* 0x21 */
	uint8_t lte_voice_support;
	uint8_t has_plmn_not_changed;			/* ind only: 0x24 */
	uint8_t plmn_not_changed;
	uint8_t has_sim_reject_info;			/* 0x27 rsp / 0x28 ind: NAS_SIM_* */
	uint32_t sim_reject_info;
	uint8_t has_ims_voice_support;			/* rsp only: 0x29 */
	uint8_t ims_voice_support;
	uint8_t has_gsm_rac;				/* rsp only: 0x2C */
	uint8_t gsm_rac;
	uint8_t has_wcdma_rac;				/* rsp only: 0x2D */
	uint8_t wcdma_rac;
};

/* ---- Get Signal Info (0x004F) and the Signal Info indication (0x0051) ---- */

struct nas_cdma_signal {
	int8_t rssi;		/* dBm */
	int16_t ecio;		/* -0.5 dB steps */
};

struct nas_hdr_signal {
	int8_t rssi;
	int16_t ecio;
	uint8_t sinr;		/* level 0-8 */
	int32_t io;
};

struct nas_wcdma_signal {
	int8_t rssi;		/* dBm */
	int16_t ecio;		/* -0.5 dB steps */
};

struct nas_lte_signal {
	int8_t rssi;		/* dBm */
	int8_t rsrq;		/* dB */
	int16_t rsrp;		/* dBm */
	int16_t snr;		/* 0.1 dB */
};

struct nas_tdma_signal_ext {
	int32_t rssi;
	int32_t rscp;
	int32_t ecio;
	int32_t sinr;
};

struct nas_nr5g_signal {
	int16_t rsrp;		/* dBm */
	int16_t snr;		/* 0.1 dB */
};

/* One table serves both: the indication just never carries 0x16. */
struct nas_signal_info {
	uint8_t has_cdma;				/* 0x10 */
	struct nas_cdma_signal cdma;
	uint8_t has_hdr;				/* 0x11 */
	struct nas_hdr_signal hdr;
	uint8_t has_gsm;				/* 0x12: RSSI dBm */
	int8_t gsm;
	uint8_t has_wcdma;				/* 0x13 */
	struct nas_wcdma_signal wcdma;
	uint8_t has_lte;				/* 0x14 */
	struct nas_lte_signal lte;
	uint8_t has_tdma;				/* 0x15 */
	int8_t tdma;
	uint8_t has_tdma_ext;				/* 0x16 */
	struct nas_tdma_signal_ext tdma_ext;
	uint8_t has_nr5g;				/* 0x17 */
	struct nas_nr5g_signal nr5g;
	uint8_t has_nr5g_rsrq;				/* 0x18: dB */
	int16_t nr5g_rsrq;
	uint8_t has_wcdma_rscp;				/* 0x19: dBm */
	int16_t wcdma_rscp;
};

/* ---- Config Signal Info (0x0050) ------------------------------------------- */

struct nas_lte_report {
	uint8_t rate;
	uint8_t average_period;
};

struct nas_config_signal_info_req {
	uint8_t has_rssi_thresholds;			/* 0x10: dBm */
	uint16_t n_rssi_thresholds;
	int8_t rssi_thresholds[NAS_MAX_THRESHOLDS];
	uint8_t has_ecio_thresholds;			/* 0x11: -0.5 dB steps */
	uint16_t n_ecio_thresholds;
	int16_t ecio_thresholds[NAS_MAX_THRESHOLDS];
	uint8_t has_sinr_thresholds;			/* 0x12 */
	uint16_t n_sinr_thresholds;
	uint8_t sinr_thresholds[NAS_MAX_THRESHOLDS];
	uint8_t has_lte_snr_thresholds;			/* 0x13: 0.1 dB */
	uint16_t n_lte_snr_thresholds;
	int16_t lte_snr_thresholds[NAS_MAX_THRESHOLDS];
	uint8_t has_io_thresholds;			/* 0x14 */
	uint16_t n_io_thresholds;
	int32_t io_thresholds[NAS_MAX_THRESHOLDS];
	uint8_t has_rsrq_thresholds;			/* 0x15: dB */
	uint16_t n_rsrq_thresholds;
	int8_t rsrq_thresholds[NAS_MAX_THRESHOLDS];
	uint8_t has_rsrp_thresholds;			/* 0x16: dBm */
	uint16_t n_rsrp_thresholds;
	int16_t rsrp_thresholds[NAS_MAX_THRESHOLDS];
	uint8_t has_lte_report;				/* 0x17 */
	struct nas_lte_report lte_report;
	uint8_t has_rscp_thresholds;			/* 0x18: dBm */
	uint16_t n_rscp_thresholds;
	int8_t rscp_thresholds[NAS_MAX_THRESHOLDS];
};

/* ---- the messages ----------------------------------------------------------- */

extern const struct qmi_msg slqs_nas_reset;
extern const struct qmi_msg slqs_nas_set_event_report;	/* .ind: Event Report */
extern const struct qmi_msg slqs_nas_register_indications;
extern const struct qmi_msg slqs_nas_get_signal_strength;
extern const struct qmi_msg slqs_nas_get_serving_system;	/* .ind: Serving System */
extern const struct qmi_msg slqs_nas_get_home_network;
extern const struct qmi_msg slqs_nas_get_rf_band_info;
extern const struct qmi_msg slqs_nas_get_operator_name;
extern const struct qmi_msg slqs_nas_get_cell_location_info;
extern const struct qmi_msg slqs_nas_get_plmn_name;
extern const struct qmi_msg slqs_nas_get_system_info;
extern const struct qmi_msg slqs_nas_system_info_ind;
extern const struct qmi_msg slqs_nas_get_signal_info;
extern const struct qmi_msg slqs_nas_config_signal_info;
extern const struct qmi_msg slqs_nas_signal_info_ind;

/** Every NAS message, NULL-terminated. */
extern const struct qmi_msg *const slqs_nas_msgs[];

/* ---- value helpers (no wire bytes: the codec does those) -------------------- */

/**
 * Packs a PLMN into the 3 BCD bytes of 3GPP TS 24.008 (Cell Location Info):
 * a 2-digit MNC gets the 0xF filler. mnc_digits is 2 or 3.
 */
void slqs_nas_plmn_bcd_encode(uint16_t mcc, uint16_t mnc, int mnc_digits, uint8_t out[3]);

/**
 * Unpacks 3 BCD PLMN bytes. Returns 0, or -1 if a digit is not 0-9 (or
 * the filler is misplaced); *mnc_digits receives 2 or 3.
 */
int slqs_nas_plmn_bcd_decode(const uint8_t in[3], uint16_t *mcc, uint16_t *mnc, int *mnc_digits);

/**
 * Trims a fixed-size MCC/MNC string of System Info in place: real modems
 * pad a 2-digit MNC with 0xFF (or blanks). Returns the number of digits
 * left, or -1 if what is left is not all decimal digits.
 */
int slqs_nas_digits_trim(char *s);

#endif
