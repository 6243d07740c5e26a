/*
 * The legacy DMS-side SIM messages (DMS UIM Verify PIN, Get ICCID ...) and
 * the memory of which of them the connected modem refuses. MDM9x30-class
 * firmware (MC7455, EM7455) answers them with InvalidQmiCommand; the API
 * functions then use the UIM service, and ask the DMS message no more on
 * that device. The memory is per device (named by its node) and is
 * forgotten when the device goes away or resets (its firmware may have
 * changed).
 */
#ifndef SLQS_PKGS_DMS_DMS_LEGACY_H
#define SLQS_PKGS_DMS_DMS_LEGACY_H

#include "api/inc/SwiDataTypes.h"
#include "core/codec.h"

/* One bit per legacy message. */
enum slqs_dms_legacy {
	SLQS_DMS_LEGACY_VERIFY_PIN = 1u << 0,
	SLQS_DMS_LEGACY_UNBLOCK_PIN = 1u << 1,
	SLQS_DMS_LEGACY_CHANGE_PIN = 1u << 2,
	SLQS_DMS_LEGACY_PIN_STATUS = 1u << 3,
	SLQS_DMS_LEGACY_ICCID = 1u << 4,
	SLQS_DMS_LEGACY_IMSI = 1u << 5,
	SLQS_DMS_LEGACY_UIM_STATE = 1u << 6,
};

/*
 * slqs_qmi_call() of the legacy message `msg` (bit `which`), unless the
 * connected modem refused it before. Returns what slqs_qmi_call() returns,
 * and eQCWWAN_ERR_QMI_INVALID_QMI_CMD without asking when the message is
 * known to be refused: then the caller uses the UIM service.
 */
ULONG slqs_dms_legacy_call(enum slqs_dms_legacy which, const struct qmi_msg *msg,
			   const void *req, void *rsp, ULONG timeout_ms);

#endif
