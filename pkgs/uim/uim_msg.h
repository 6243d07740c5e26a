/*
 * UIM (User Identity Module service, 0x0B) messages: card status, PIN
 * verification and management, event registration, transparent file reads.
 */
#ifndef SLQS_PKGS_UIM_MSG_H
#define SLQS_PKGS_UIM_MSG_H

#include <stdint.h>

#include "core/codec.h"
#include "core/msgdef.h"

#define QMI_SVC_UIM 0x0B

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

/* Physical card and slot states (Get Slot Status). */
#define UIM_PHYS_CARD_UNKNOWN 0
#define UIM_PHYS_CARD_ABSENT  1
#define UIM_PHYS_CARD_PRESENT 2
#define UIM_SLOT_INACTIVE     0
#define UIM_SLOT_ACTIVE       1

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
#define UIM_MAX_CARDS     5	/* the vendor API's cardStatus holds 5 slots */
#define UIM_MAX_APPS      10	/* ... of 10 applications each */
#define UIM_BYTES_MAX     255	/* u8-counted byte strings: hot-swap, encrypted PIN1, ICCID */
#define UIM_ATR_MAX       33	/* an ATR is at most 33 bytes (ISO/IEC 7816-3) */
#define UIM_MAX_PHYS_SLOTS 5	/* Get Slot Status: physical slots (real modems have 1-3) */

/* ---- the messages: one block each, in uim_msgs.def (see core/msgdef.h) ---- */

#define QMI_MSGDEF_MODE DECLARE
#include "pkgs/uim/uim_msgs.def"
#undef QMI_MSGDEF_MODE

/** Every UIM message, NULL-terminated. */
extern const struct qmi_msg *const slqs_uim_msgs[];

#endif

