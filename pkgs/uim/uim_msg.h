/*
 * UIM (User Identity Module service, 0x0B) messages: card status, PIN
 * verification and management, event registration, transparent file reads.
 */
#ifndef SLQS_PKGS_UIM_MSG_H
#define SLQS_PKGS_UIM_MSG_H

#include <stdint.h>

#include "core/codec.h"

#define QMI_SVC_UIM 0x0B

#define UIM_MSG_READ_TRANSPARENT   0x0020
#define UIM_MSG_SET_PIN_PROTECTION 0x0025
#define UIM_MSG_VERIFY_PIN         0x0026
#define UIM_MSG_UNBLOCK_PIN        0x0027
#define UIM_MSG_CHANGE_PIN         0x0028
#define UIM_MSG_REGISTER_EVENTS    0x002E
#define UIM_MSG_GET_CARD_STATUS    0x002F
#define UIM_MSG_CARD_STATUS_IND    0x0032

/* Session types (the ones a single-SIM modem uses). */
#define UIM_SESSION_PRIMARY_GW_PROV    0
#define UIM_SESSION_PRIMARY_1X_PROV    1
#define UIM_SESSION_SECONDARY_GW_PROV  2
#define UIM_SESSION_SECONDARY_1X_PROV  3
#define UIM_SESSION_NONPROV_SLOT1      4
#define UIM_SESSION_NONPROV_SLOT2      5
#define UIM_SESSION_CARD_SLOT1         6
#define UIM_SESSION_CARD_SLOT2         7

/* PIN ids. */
#define UIM_PIN_ID_PIN1 1
#define UIM_PIN_ID_PIN2 2
#define UIM_PIN_ID_UPIN 3

/* Card states. */
#define UIM_CARD_ABSENT  0
#define UIM_CARD_PRESENT 1
#define UIM_CARD_ERROR   2

/* Card error codes (meaningful in UIM_CARD_ERROR). */
#define UIM_CARD_ERR_UNKNOWN          0
#define UIM_CARD_ERR_POWER_DOWN       1
#define UIM_CARD_ERR_POSSIBLY_REMOVED 6

/* PIN states. */
#define UIM_PIN_NOT_INITIALIZED      0
#define UIM_PIN_ENABLED_NOT_VERIFIED 1
#define UIM_PIN_ENABLED_VERIFIED     2
#define UIM_PIN_DISABLED             3
#define UIM_PIN_BLOCKED              4
#define UIM_PIN_PERMANENTLY_BLOCKED  5

/* Application types and states. */
#define UIM_APP_TYPE_SIM  1
#define UIM_APP_TYPE_USIM 2
#define UIM_APP_TYPE_ISIM 5

#define UIM_APP_STATE_UNKNOWN      0
#define UIM_APP_STATE_DETECTED     1
#define UIM_APP_STATE_PIN_REQUIRED 2
#define UIM_APP_STATE_PUK_REQUIRED 3
#define UIM_APP_STATE_CHECK_PERSO  4
#define UIM_APP_STATE_PIN_BLOCKED  5	/* PIN1 permanently blocked */
#define UIM_APP_STATE_ILLEGAL      6
#define UIM_APP_STATE_READY        7

#define UIM_PERSO_STATE_READY     2
#define UIM_PERSO_FEATURE_UNKNOWN 11

/* Index of a provisioning application: slot << 8 | application; none. */
#define UIM_INDEX_NONE 0xFFFF

/* Register Events mask bits. */
#define UIM_EVENT_CARD_STATUS          0x01
#define UIM_EVENT_SAP_CONNECTION       0x02
#define UIM_EVENT_EXTENDED_CARD_STATUS 0x04
#define UIM_EVENT_PHYSICAL_SLOT_STATUS 0x10


/* Capacities (C side; strings include the NUL). */
#define UIM_AID_MAX       32	/* application identifiers are at most 16 bytes */
#define UIM_PIN_MAX       17	/* PINs 4-8 digits, PUKs 8; longer ones rejected, not cut */
#define UIM_PATH_MAX      16
#define UIM_READ_MAX      4096
#define UIM_MAX_CARDS     3
#define UIM_MAX_APPS      8

/* ---- shared TLVs --------------------------------------------------------- */

/** Session TLV 0x01 of most requests. */
struct uim_session {
	uint8_t type;			/* UIM_SESSION_* */
	uint16_t n_aid;
	uint8_t aid[UIM_AID_MAX];	/* only for non-provisioning sessions */
};

struct uim_pin_retries {
	uint8_t verify_left;
	uint8_t unblock_left;
};

/** Status words of the card's answer. */
struct uim_card_result {
	uint8_t sw1;
	uint8_t sw2;
};

/* ---- Card status (Get Card Status response, Card Status indication) --------- */

struct uim_app_status {
	uint8_t type;			/* UIM_APP_TYPE_* */
	uint8_t state;			/* UIM_APP_STATE_* */
	uint8_t perso_state;
	uint8_t perso_feature;
	uint8_t perso_retries;
	uint8_t perso_unblock_retries;
	uint16_t n_aid;
	uint8_t aid[UIM_AID_MAX];
	uint8_t upin_replaces_pin1;
	uint8_t pin1_state;		/* UIM_PIN_* */
	uint8_t pin1_retries;
	uint8_t puk1_retries;
	uint8_t pin2_state;
	uint8_t pin2_retries;
	uint8_t puk2_retries;
};

struct uim_card {
	uint8_t card_state;		/* UIM_CARD_* */
	uint8_t upin_state;
	uint8_t upin_retries;
	uint8_t upuk_retries;
	uint8_t error_code;		/* UIM_CARD_ERR_* */
	uint16_t n_apps;
	struct uim_app_status apps[UIM_MAX_APPS];
};

struct uim_card_status {
	uint16_t index_gw_primary;	/* UIM_INDEX_NONE when there is none */
	uint16_t index_1x_primary;
	uint16_t index_gw_secondary;
	uint16_t index_1x_secondary;
	uint16_t n_cards;
	struct uim_card cards[UIM_MAX_CARDS];
};

/* Get Card Status response and Card Status indication. */
struct uim_card_status_msg {
	struct uim_card_status status;
};

/* ---- PIN messages ---------------------------------------------------------------- */

struct uim_verify_pin_info {
	uint8_t pin_id;			/* UIM_PIN_ID_* */
	char pin[UIM_PIN_MAX];
};

struct uim_verify_pin_req {
	struct uim_session session;
	struct uim_verify_pin_info info;
	uint8_t has_token;
	uint32_t token;
};

struct uim_unblock_pin_info {
	uint8_t pin_id;
	char puk[UIM_PIN_MAX];
	char new_pin[UIM_PIN_MAX];
};

struct uim_unblock_pin_req {
	struct uim_session session;
	struct uim_unblock_pin_info info;
	uint8_t has_token;
	uint32_t token;
};

struct uim_change_pin_info {
	uint8_t pin_id;
	char old_pin[UIM_PIN_MAX];
	char new_pin[UIM_PIN_MAX];
};

struct uim_change_pin_req {
	struct uim_session session;
	struct uim_change_pin_info info;
	uint8_t has_token;
	uint32_t token;
};

struct uim_set_pin_protection_info {
	uint8_t pin_id;
	uint8_t enabled;		/* boolean: enable or disable the PIN */
	char pin[UIM_PIN_MAX];
};

struct uim_set_pin_protection_req {
	struct uim_session session;
	struct uim_set_pin_protection_info info;
	uint8_t has_token;
	uint32_t token;
};

/*
 * Response of Verify, Unblock, Change PIN and Set PIN Protection: the
 * retries are sent on failure (Set PIN Protection has no card result).
 */
struct uim_pin_rsp {
	uint8_t has_retries;
	struct uim_pin_retries retries;
	uint8_t has_token;
	uint32_t token;
	uint8_t has_card_result;
	struct uim_card_result card_result;
};

/* ---- Register Events ------------------------------------------------------------- */

struct uim_register_events_req {
	uint32_t mask;			/* UIM_EVENT_* */
};

struct uim_register_events_rsp {
	uint8_t has_mask;
	uint32_t mask;			/* the events the modem accepted */
};

/* ---- Read Transparent -------------------------------------------------------------- */

struct uim_file {
	uint16_t file_id;		/* e.g. 0x2FE2 EF-ICCID, 0x6F07 EF-IMSI */
	uint16_t n_path;
	uint8_t path[UIM_PATH_MAX];	/* u16 file ids, low byte first: 00 3F 00 7F ... */
};

struct uim_read_info {
	uint16_t offset;
	uint16_t length;		/* 0: the whole file */
};

struct uim_read_transparent_req {
	struct uim_session session;
	struct uim_file file;
	struct uim_read_info read;
	uint8_t has_token;
	uint32_t token;
	uint8_t has_encrypt;
	uint8_t encrypt;
};

struct uim_read_transparent_rsp {
	uint8_t has_card_result;
	struct uim_card_result card_result;
	uint8_t has_data;
	uint16_t n_data;
	uint8_t data[UIM_READ_MAX];
	uint8_t has_token;
	uint32_t token;
	uint8_t has_encrypted;
	uint8_t encrypted;
};

extern const struct qmi_msg slqs_uim_read_transparent;
extern const struct qmi_msg slqs_uim_set_pin_protection;
extern const struct qmi_msg slqs_uim_verify_pin;
extern const struct qmi_msg slqs_uim_unblock_pin;
extern const struct qmi_msg slqs_uim_change_pin;
extern const struct qmi_msg slqs_uim_register_events;
extern const struct qmi_msg slqs_uim_get_card_status;
extern const struct qmi_msg slqs_uim_card_status_ind;

/** Every UIM message, NULL-terminated. */
extern const struct qmi_msg *const slqs_uim_msgs[];

#endif
