/*
 * DMS (Device Management Service, 0x02) messages: identity, capabilities,
 * operating mode and the legacy DMS-side SIM messages.
 */
#ifndef SLQS_PKGS_DMS_MSG_H
#define SLQS_PKGS_DMS_MSG_H

#include <stdint.h>

#include "core/codec.h"
#include "core/msgdef.h"

#define QMI_SVC_DMS 0x02

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

/* UIM Get State. */
#define DMS_UIM_STATE_INITIALIZED   0x00
#define DMS_UIM_STATE_LOCKED_FAILED 0x01
#define DMS_UIM_STATE_ABSENT        0x02
#define DMS_UIM_STATE_UNAVAILABLE   0xFF

/* Get Time sources. */
#define DMS_TIME_SOURCE_DEVICE_CLOCK 0	/* the 32 kHz slow clock */
#define DMS_TIME_SOURCE_CDMA         1
#define DMS_TIME_SOURCE_HDR          2	/* cdma2000 1xEV-DO */

/* Capacities (C side, the NUL included for strings). */
#define DMS_STR_MAX        256	/* manufacturer, model, revisions, IDs */
#define DMS_PIN_MAX        17	/* PINs are 4-8 digits; longer ones are rejected, not cut */
#define DMS_MAX_RADIO_IFS  16
#define DMS_MAX_BANDS      128

/* ---- the messages: one block each, in dms_msgs.def (see core/msgdef.h) ---- */

#define QMI_MSGDEF_MODE DECLARE
#include "pkgs/dms/dms_msgs.def"
#undef QMI_MSGDEF_MODE

/** Every DMS message, NULL-terminated. */
extern const struct qmi_msg *const slqs_dms_msgs[];

#endif

