/**
 * \file   qaGobiApiCbk.h
 * \brief  Callbacks: functions the SDK calls when something happens.
 *
 * Every callback of an application runs on one thread the SDK starts in
 * SLQSStart(), one call at a time, in the order the events happened. A
 * callback may call any API function (including the one that set it), but
 * should return quickly: later callbacks wait for it. Only the most
 * recently set function of each kind is called; setting NULL unsubscribes.
 */
#ifndef SLQS_API_QAGOBIAPICBK_H
#define SLQS_API_QAGOBIAPICBK_H

#include "../../inc/SwiDataTypes.h"

#ifdef __cplusplus
extern "C" {
#endif

/** State of a modem, as the device-state callback and SLQSGetDeviceMode() report it. */
typedef enum device_state_enum {
	DEVICE_STATE_DISCONNECTED = 0,	/**< Gone, or resetting: requests fail until READY. */
	DEVICE_STATE_READY = 1,		/**< Present and synchronised: requests are served. */
	DEVICE_STATE_BOOT = 2,		/**< In boot-loader mode (not reported by this SDK). */
	DEVICE_STATE_SERIAL_ONLY = 3	/**< Only serial ports present (not reported by this SDK). */
} eDevState;

/**
 * \brief Device-state callback.
 * \param device_state  The modem's new state.
 *
 * A modem reset is reported as DEVICE_STATE_DISCONNECTED followed by
 * DEVICE_STATE_READY once it is back; an unplug as DEVICE_STATE_DISCONNECTED
 * (and READY again on replug). Losing the daemon is reported as
 * DEVICE_STATE_DISCONNECTED too, and READY once the next API call has
 * attached to it again.
 */
typedef void (*tFNDeviceStateChange)(eDevState device_state);

/**
 * \brief Subscribes to changes of the connected modem's state.
 *
 * \param pCallback  The function to call, or NULL to unsubscribe.
 * \return eQCWWAN_ERR_NONE.
 * \note Timeout: none (no communication). Reports start once
 *       QCWWAN2kConnect() has succeeded. A callback sees only the changes
 *       that happen while it is set: a change queued before the call is
 *       not delivered to the new callback.
 */
ULONG SetDeviceStateChangeCbk(tFNDeviceStateChange pCallback);

#ifdef __cplusplus
}
#endif

#endif /* SLQS_API_QAGOBIAPICBK_H */
