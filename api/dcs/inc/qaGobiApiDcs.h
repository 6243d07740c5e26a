/**
 * \file   qaGobiApiDcs.h
 * \brief  Device connectivity: starting the SDK, finding and selecting a modem.
 *
 * Lifecycle of an application:
 *  1. SetSDKImagePath() (optional): where the daemon `slqssdk` is, in case
 *     none is running yet;
 *  2. SLQSStart(): attach to the daemon (starting it if needed);
 *  3. QCWWAN2kEnumerateDevices() and QCWWAN2kConnect(): choose the modem;
 *  4. any service API (GetModelID(), SLQSStartStopDataSession() ...);
 *  5. QCWWANDisconnect() to leave the modem (its client ids are released),
 *     SLQSKillSDKProcess() to stop the daemon itself.
 *
 * Every function here may be called from any thread.
 */
#ifndef SLQS_API_QAGOBIAPIDCS_H
#define SLQS_API_QAGOBIAPIDCS_H

#include "../../inc/SwiDataTypes.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Capacity of a device node string (NUL included). */
#define SLQS_DEVICE_NODE_LEN 256
/** Capacity of a device key string (NUL included). */
#define SLQS_DEVICE_KEY_LEN 16

/**
 * One entry of the array QCWWAN2kEnumerateDevices() fills.
 *
 * Applications written for the vendor SDK declare this layout themselves
 * (often as `struct device_info_param`); any struct of two char arrays of
 * 256 and 16 bytes works, since the function takes a BYTE pointer.
 */
struct slqs_device_info {
	/** Device node to pass to QCWWAN2kConnect(): "/dev/cdc-wdm0", "/dev/qcqmi0" ... */
	CHAR deviceNode[SLQS_DEVICE_NODE_LEN];
	/** Device key: the modem's USB serial number (truncated), or "" when it has none. */
	CHAR deviceKey[SLQS_DEVICE_KEY_LEN];
};

/**
 * \brief Sets the path of the SDK daemon executable `slqssdk`.
 *
 * SLQSStart() runs this program when no daemon answers on the socket.
 * Without a path set here, SLQSStart() looks for `slqssdk` next to the
 * application's own executable, then in the directories of PATH.
 *
 * \param pPath  Full path of the executable, file name included
 *               (shorter than 4096 bytes).
 * \return eQCWWAN_ERR_NONE, or eQCWWAN_ERR_INVALID_ARG if pPath is NULL,
 *         empty or too long.
 * \note Timeout: none (no communication).
 */
ULONG SetSDKImagePath(LPCSTR pPath);

/**
 * \brief Attaches the application to the SDK daemon, starting it if none runs.
 *
 * Connects to the daemon's socket: the path in the environment variable
 * SLQS_SOCKET, else /run/slqssdk/slqssdk.sock. When nothing listens there,
 * runs the daemon (see SetSDKImagePath()) with `--socket <path>` and waits
 * up to 10 seconds for it to answer. Then starts the application's two SDK
 * threads: one reads the daemon's answers, one runs the callbacks.
 * Calling it again while attached only changes the modem selection.
 *
 * \param modem_index  Which modem this application uses when several are
 *                     present: 0 for the first one found, 1 for the second ...
 *                     QCWWAN2kEnumerateDevices() lists that modem first.
 * \param sn           NULL, or a string selecting the modem instead of
 *                     modem_index: its USB serial number, device key,
 *                     device node or network interface name.
 * \return eQCWWAN_ERR_NONE when attached;
 *         eQCWWAN_ERR_SWICM_SOCKET_IN_USE when the daemon could not be
 *         reached or started;
 *         eQCWWAN_ERR_QMI_ACCESS_DENIED when the daemon refuses this user
 *         (not root and not in the daemon's group);
 *         eQCWWAN_ERR_SWICM_AM_VERS_ERROR when the daemon speaks another
 *         protocol version; eQCWWAN_ERR_MEMORY.
 * \note Timeout: 10 seconds (starting the daemon).
 */
ULONG SLQSStart(BYTE modem_index, CHAR *sn);

/**
 * \brief Stops the SDK daemon and detaches the application from it.
 *
 * The daemon serves every application of the host, so this stops it for
 * all of them (each sees its device go away). An application that only
 * wants to leave calls QCWWANDisconnect() instead. When no daemon runs,
 * this does nothing and succeeds.
 *
 * \return eQCWWAN_ERR_NONE, or eQCWWAN_ERR_SWICM_FAILED_TO_KILL_SDK_PROCESS
 *         when the daemon refused or did not stop.
 * \note Timeout: 10 seconds (5 for the daemon's answer, 5 for it to exit).
 */
ULONG SLQSKillSDKProcess(void);

/**
 * \brief Lists the modems currently present.
 *
 * The modem selected by SLQSStart() comes first, then the others in the
 * daemon's order.
 *
 * \param pDevicesSize  In: how many entries pDevices holds (at least 1).
 *                      Out: how many were filled.
 * \param pDevices      Array of *pDevicesSize entries laid out as
 *                      struct slqs_device_info.
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_NO_DEVICE when no modem (or not the
 *         selected one) is present; eQCWWAN_ERR_INVALID_ARG;
 *         eQCWWAN_ERR_NO_CONNECTION before SLQSStart().
 * \note Timeout: 5 seconds.
 */
ULONG QCWWAN2kEnumerateDevices(BYTE *pDevicesSize, BYTE *pDevices);

/**
 * \brief Older name of QCWWAN2kEnumerateDevices(), same behaviour.
 * \param pDevicesSize  See QCWWAN2kEnumerateDevices().
 * \param pDevices      See QCWWAN2kEnumerateDevices().
 * \return See QCWWAN2kEnumerateDevices().
 * \note Timeout: 5 seconds.
 */
ULONG QCWWANEnumerateDevices(BYTE *pDevicesSize, BYTE *pDevices);

/**
 * \brief Makes the application use one modem.
 *
 * Every service API call afterwards goes to this modem. The device-state
 * callback (SetDeviceStateChangeCbk()) reports on it.
 *
 * \param pDeviceID   Device node from QCWWAN2kEnumerateDevices(); "" picks
 *                    the first modem.
 * \param pDeviceKey  Its device key, or NULL / "" not to check it.
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_NO_DEVICE when no such modem is
 *         present or the key differs; eQCWWAN_ERR_INVALID_ARG;
 *         eQCWWAN_ERR_NO_CONNECTION before SLQSStart().
 * \note Timeout: 5 seconds.
 */
ULONG QCWWAN2kConnect(CHAR *pDeviceID, CHAR *pDeviceKey);

/**
 * \brief Older name of QCWWAN2kConnect(), same behaviour.
 * \param pDeviceID   See QCWWAN2kConnect().
 * \param pDeviceKey  See QCWWAN2kConnect().
 * \return See QCWWAN2kConnect().
 * \note Timeout: 5 seconds.
 */
ULONG QCWWANConnect(CHAR *pDeviceID, CHAR *pDeviceKey);

/**
 * \brief Leaves the modem chosen with QCWWAN2kConnect().
 *
 * The daemon releases the application's QMI client ids on that modem.
 * Every callback is unsubscribed. The application stays attached to the
 * daemon and may connect again.
 *
 * \return eQCWWAN_ERR_NONE (also when not connected).
 * \note Timeout: 5 seconds.
 */
ULONG QCWWANDisconnect(void);

/**
 * \brief Returns the node and key of the modem in use.
 *
 * \param deviceIDSize   Capacity of pDeviceID (NUL included).
 * \param pDeviceID      Receives the device node.
 * \param deviceKeySize  Capacity of pDeviceKey (NUL included).
 * \param pDeviceKey     Receives the device key.
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_NO_DEVICE when not connected;
 *         eQCWWAN_ERR_INVALID_ARG for NULL pointers;
 *         eQCWWAN_ERR_BUFFER_SZ when a string does not fit.
 * \note Timeout: none (no communication).
 */
ULONG QCWWAN2kGetConnectedDeviceID(ULONG deviceIDSize, CHAR *pDeviceID, ULONG deviceKeySize,
				   CHAR *pDeviceKey);

/**
 * \brief Tells whether the modem is ready for QMI requests.
 *
 * Reports on the connected modem, or before QCWWAN2kConnect() on the modem
 * SLQSStart() selected.
 *
 * \param pDeviceMode  Receives DEVICE_STATE_READY (1) when the modem is
 *                     present and synchronised, else DEVICE_STATE_DISCONNECTED
 *                     (0); see eDevState in qaGobiApiCbk.h.
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG;
 *         eQCWWAN_ERR_NO_CONNECTION before SLQSStart().
 * \note Timeout: 5 seconds.
 */
ULONG SLQSGetDeviceMode(BYTE *pDeviceMode);

#ifdef __cplusplus
}
#endif

#endif /* SLQS_API_QAGOBIAPIDCS_H */
