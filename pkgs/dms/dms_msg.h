/*
 * DMS (Device Management Service, 0x02) messages: identity, capabilities,
 * operating mode and the legacy DMS-side SIM messages.
 */
#ifndef SLQS_PKGS_DMS_MSG_H
#define SLQS_PKGS_DMS_MSG_H

#include <stdint.h>

#include "core/codec.h"

#define QMI_SVC_DMS 0x02

#define DMS_MSG_GET_CAPABILITIES      0x0020
#define DMS_MSG_GET_MANUFACTURER      0x0021
#define DMS_MSG_GET_MODEL             0x0022
#define DMS_MSG_GET_REVISION          0x0023
#define DMS_MSG_GET_MSISDN            0x0024
#define DMS_MSG_GET_IDS               0x0025
#define DMS_MSG_UIM_VERIFY_PIN        0x0028
#define DMS_MSG_UIM_GET_PIN_STATUS    0x002B
#define DMS_MSG_GET_HARDWARE_REVISION 0x002C
#define DMS_MSG_GET_OPERATING_MODE    0x002D
#define DMS_MSG_SET_OPERATING_MODE    0x002E
#define DMS_MSG_UIM_GET_ICCID         0x003C
#define DMS_MSG_UIM_GET_IMSI          0x0043
#define DMS_MSG_GET_BAND_CAPABILITIES 0x0045

/* Operating modes (Get/Set Operating Mode). */
#define DMS_MODE_ONLINE               0
#define DMS_MODE_LOW_POWER            1
#define DMS_MODE_FACTORY_TEST         2
#define DMS_MODE_OFFLINE              3
#define DMS_MODE_RESET                4
#define DMS_MODE_SHUTTING_DOWN        5
#define DMS_MODE_PERSISTENT_LOW_POWER 6
#define DMS_MODE_MODE_ONLY_LOW_POWER  7

/* Radio interfaces of Get Capabilities. */
#define DMS_RADIO_CDMA1X 1
#define DMS_RADIO_EVDO   2
#define DMS_RADIO_GSM    4
#define DMS_RADIO_UMTS   5
#define DMS_RADIO_LTE    8
#define DMS_RADIO_TDS    9
#define DMS_RADIO_5GNR   10

/* Data service capability. */
#define DMS_DATA_CAP_NONE       0
#define DMS_DATA_CAP_CS         1
#define DMS_DATA_CAP_PS         2
#define DMS_DATA_CAP_SIMUL_CSPS 3
#define DMS_DATA_CAP_NONSIMUL_CSPS 4

/* SIM capability. */
#define DMS_SIM_CAP_NOT_SUPPORTED 1
#define DMS_SIM_CAP_SUPPORTED     2

/* PIN ids and PIN states of the DMS UIM messages (states 0-5 equal UIM's). */
#define DMS_PIN_ID_PIN1 1
#define DMS_PIN_ID_PIN2 2


/* Capacities (C side, the NUL included for strings). */
#define DMS_STR_MAX        256	/* manufacturer, model, revisions, IDs */
#define DMS_PIN_MAX        17	/* PINs are 4-8 digits; longer ones are rejected, not cut */
#define DMS_MAX_RADIO_IFS  16
#define DMS_MAX_BANDS      128

/* ---- Get Capabilities ---------------------------------------------------- */

struct dms_capabilities {
	uint32_t max_tx_rate;		/* bits per second */
	uint32_t max_rx_rate;
	uint8_t data_service;		/* DMS_DATA_CAP_* */
	uint8_t sim_capability;		/* DMS_SIM_CAP_* */
	uint16_t n_radio_ifs;
	uint8_t radio_ifs[DMS_MAX_RADIO_IFS];	/* DMS_RADIO_* */
};

struct dms_get_capabilities_rsp {
	struct dms_capabilities info;
};

/* ---- one-string responses: manufacturer, model, revisions, MSISDN, UIM ICCID/IMSI */

struct dms_string_rsp {
	char value[DMS_STR_MAX];
};

/* ---- Get IDs --------------------------------------------------------------- */

struct dms_get_ids_rsp {
	uint8_t has_esn;
	char esn[DMS_STR_MAX];
	uint8_t has_imei;
	char imei[DMS_STR_MAX];
	uint8_t has_meid;
	char meid[DMS_STR_MAX];
	uint8_t has_imei_sv;
	char imei_sv[DMS_STR_MAX];
};

/* ---- Operating mode -------------------------------------------------------- */

struct dms_get_operating_mode_rsp {
	uint8_t mode;			/* DMS_MODE_* */
	uint8_t has_offline_reason;
	uint16_t offline_reason;	/* bitmask; sent in offline mode */
	uint8_t has_hw_restricted;
	uint8_t hw_restricted;		/* boolean */
};

struct dms_set_operating_mode_req {
	uint8_t mode;
};

/* ---- Band capabilities ------------------------------------------------------- */

struct dms_get_band_capabilities_rsp {
	uint64_t band_capability;	/* 2G/3G band bitmask */
	uint8_t has_lte_band_capability;
	uint64_t lte_band_capability;	/* bit n = E-UTRA band n+1 (bands 1-64) */
	uint8_t has_extended_lte_bands;
	uint16_t n_extended_lte_bands;
	uint16_t extended_lte_bands[DMS_MAX_BANDS];	/* band numbers, any range */
	uint8_t has_nr5g_bands;
	uint16_t n_nr5g_bands;
	uint16_t nr5g_bands[DMS_MAX_BANDS];
};

/* ---- DMS UIM messages ------------------------------------------------------ */

struct dms_pin_retries {
	uint8_t verify_left;
	uint8_t unblock_left;
};

struct dms_pin_info {
	uint8_t pin_id;			/* DMS_PIN_ID_* */
	char pin[DMS_PIN_MAX];
};

struct dms_uim_verify_pin_req {
	struct dms_pin_info info;
};

/* Retries are sent when the verification fails. */
struct dms_uim_verify_pin_rsp {
	uint8_t has_retries;
	struct dms_pin_retries retries;
};

struct dms_pin_status {
	uint8_t status;			/* 0 not initialised ... 5 permanently blocked */
	uint8_t verify_left;
	uint8_t unblock_left;
};

struct dms_uim_get_pin_status_rsp {
	uint8_t has_pin1;
	struct dms_pin_status pin1;
	uint8_t has_pin2;
	struct dms_pin_status pin2;
};

extern const struct qmi_msg slqs_dms_get_capabilities;
extern const struct qmi_msg slqs_dms_get_manufacturer;
extern const struct qmi_msg slqs_dms_get_model;
extern const struct qmi_msg slqs_dms_get_revision;
extern const struct qmi_msg slqs_dms_get_msisdn;
extern const struct qmi_msg slqs_dms_get_ids;
extern const struct qmi_msg slqs_dms_uim_verify_pin;
extern const struct qmi_msg slqs_dms_uim_get_pin_status;
extern const struct qmi_msg slqs_dms_get_hardware_revision;
extern const struct qmi_msg slqs_dms_get_operating_mode;
extern const struct qmi_msg slqs_dms_set_operating_mode;
extern const struct qmi_msg slqs_dms_uim_get_iccid;
extern const struct qmi_msg slqs_dms_uim_get_imsi;
extern const struct qmi_msg slqs_dms_get_band_capabilities;

/** Every DMS message, NULL-terminated. */
extern const struct qmi_msg *const slqs_dms_msgs[];

#endif
