/**
 * \file   qaGobiApiDms.h
 * \brief  Device management: the modem's identity, capabilities, time,
 *         operating mode, and the DMS-named SIM functions (PIN, ICCID, IMSI).
 *
 * Every function here talks to the modem chosen with QCWWAN2kConnect()
 * (see qaGobiApiDcs.h) and may be called from any thread.
 *
 * Strings: the caller passes a buffer and its size in bytes, the
 * terminating NUL included. When the modem's string does not fit, the
 * function returns eQCWWAN_ERR_BUFFER_SZ; after any failure the buffer
 * holds an empty string (when its size is at least 1). Functions returning
 * several strings skip a buffer whose size is 0 (the caller does not want
 * that one) and return "" for a string the modem does not report.
 *
 * Errors every function may return besides those it lists:
 * eQCWWAN_ERR_QMI_OFFSET + code when the modem answers with QMI error code
 * (e.g. 1071, eQCWWAN_ERR_QMI_INVALID_QMI_CMD, for a message the firmware
 * does not know); eQCWWAN_ERR_MALFORMED_QMI_RSP when its answer does not
 * decode or lacks a mandatory value; eQCWWAN_ERR_NO_CONNECTION,
 * eQCWWAN_ERR_SWICM_TIMEOUT or another transport error when no answer
 * arrives.
 *
 * The SIM functions named UIM... (and GetIMSI) use the legacy DMS
 * messages. MDM9x30-class firmware (MC7455, EM7455) refuses those
 * with InvalidQmiCommand; these functions then do the same work through
 * the UIM service and return the same values and error codes. The refusal
 * is remembered per device until it disconnects or resets. See
 * docs/api-dms.md.
 */
#ifndef SLQS_API_QAGOBIAPIDMS_H
#define SLQS_API_QAGOBIAPIDMS_H

#include "../../inc/SwiDataTypes.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * \brief Reads the modem's manufacturer, e.g. "Sierra Wireless, Incorporated".
 *
 * \param stringSize  Size of pString in bytes, NUL included.
 * \param pString     Receives the manufacturer, NUL-terminated.
 * \return eQCWWAN_ERR_NONE on success;
 *         eQCWWAN_ERR_INVALID_ARG if pString is NULL;
 *         eQCWWAN_ERR_BUFFER_SZ if the string and its NUL do not fit in
 *         stringSize bytes;
 *         eQCWWAN_ERR_QMI_OFFSET + code when the modem answers with QMI
 *         error code;
 *         eQCWWAN_ERR_MALFORMED_QMI_RSP when its answer does not decode
 *         (e.g. no string, or one longer than 255 bytes);
 *         eQCWWAN_ERR_NO_CONNECTION, eQCWWAN_ERR_SWICM_TIMEOUT or another
 *         transport error when no answer arrives.
 * \note Timeout: 2 seconds.
 */
ULONG GetManufacturer(BYTE stringSize, CHAR *pString);

/**
 * \brief Reads the modem's model, e.g. "MC7455".
 *
 * \param stringSize  Size of pString in bytes, NUL included.
 * \param pString     Receives the model, NUL-terminated.
 * \return As GetManufacturer().
 * \note Timeout: 2 seconds.
 */
ULONG GetModelID(BYTE stringSize, CHAR *pString);

/**
 * \brief Reads the revision of the modem's running firmware, e.g.
 *        "SWI9X30C_02.24.05.06 r7040 CARMD-EV-FRMWR2 2017/05/19 06:23:09".
 *
 * \param stringSize  Size of pString in bytes, NUL included.
 * \param pString     Receives the revision, NUL-terminated.
 * \return As GetManufacturer().
 * \note Timeout: 2 seconds.
 */
ULONG GetFirmwareRevision(BYTE stringSize, CHAR *pString);

/**
 * \brief Reads the modem's firmware revisions: AMSS (the running firmware,
 *        as GetFirmwareRevision()), boot code and PRI.
 *
 * Boot and PRI revisions come from older (Gobi-era) firmware only; MC7455
 * and EM7455 firmware reports none, and "" is returned for them.
 *
 * \param amssSize     Size of pAMSSString in bytes (0: not wanted).
 * \param pAMSSString  Receives the AMSS revision.
 * \param bootSize     Size of pBootString in bytes (0: not wanted).
 * \param pBootString  Receives the boot code revision, or "".
 * \param priSize      Size of pPRIString in bytes (0: not wanted).
 * \param pPRIString   Receives the PRI revision, or "".
 * \return eQCWWAN_ERR_NONE on success; eQCWWAN_ERR_INVALID_ARG if a
 *         pointer is NULL; eQCWWAN_ERR_BUFFER_SZ if a wanted string does
 *         not fit (then every buffer is left empty).
 * \note Timeout: 2 seconds.
 */
ULONG GetFirmwareRevisions(BYTE amssSize, CHAR *pAMSSString, BYTE bootSize, CHAR *pBootString,
			   BYTE priSize, CHAR *pPRIString);

/**
 * \brief Reads the modem's hardware revision, e.g. "1.0".
 *
 * \param stringSize  Size of pString in bytes, NUL included.
 * \param pString     Receives the hardware revision, NUL-terminated.
 * \return As GetManufacturer().
 * \note Timeout: 2 seconds.
 */
ULONG GetHardwareRevision(BYTE stringSize, CHAR *pString);

/**
 * \brief Reads the modem's serial numbers: ESN, IMEI and MEID.
 *
 * A number the modem does not have (an LTE/UMTS modem has no ESN; some
 * have no MEID) is returned as "".
 *
 * \param esnSize      Size of pESNString in bytes (0: not wanted).
 * \param pESNString   Receives the ESN (8 hex digits), or "".
 * \param imeiSize     Size of pIMEIString in bytes (0: not wanted).
 * \param pIMEIString  Receives the IMEI (15 digits), or "".
 * \param meidSize     Size of pMEIDString in bytes (0: not wanted).
 * \param pMEIDString  Receives the MEID (14 hex digits), or "".
 * \return As GetFirmwareRevisions().
 * \note Timeout: 2 seconds.
 */
ULONG GetSerialNumbers(BYTE esnSize, CHAR *pESNString, BYTE imeiSize, CHAR *pIMEIString,
		       BYTE meidSize, CHAR *pMEIDString);

/**
 * \brief Reads the voice number (MSISDN, or MDN on CDMA) and the MIN.
 *
 * The voice number is read from the SIM: the modem answers
 * eQCWWAN_ERR_QMI_SIM_NOT_INITIALIZED (1037) without a SIM,
 * eQCWWAN_ERR_QMI_DEVICE_NOT_READY (1052) before the PIN is verified and
 * eQCWWAN_ERR_QMI_NOT_PROVISIONED (1016) when the SIM holds no number.
 *
 * \param voiceNumberSize  Size of pVoiceNumber in bytes (0: not wanted).
 * \param pVoiceNumber     Receives the voice number.
 * \param minSize          Size of pMIN in bytes (0: not wanted).
 * \param pMIN             Receives the MIN (CDMA), or "" when there is none.
 * \return As GetFirmwareRevisions().
 * \note Timeout: 2 seconds.
 */
ULONG GetVoiceNumber(BYTE voiceNumberSize, CHAR *pVoiceNumber, BYTE minSize, CHAR *pMIN);

/**
 * \brief Reads the modem's capabilities.
 *
 * Values are the modem's (QMI DMS) numbers. Note: the SIM capability is 1
 * for "not supported" and 2 for "supported" (the value on the wire, which
 * the vendor SDK also passes through, although its text says 0 and 1).
 *
 * \param pMaxTXChannelRate       Receives the highest uplink rate, bits per second.
 * \param pMaxRXChannelRate       Receives the highest downlink rate, bits per second.
 * \param pDataServiceCapability  Receives 0 none, 1 CS only, 2 PS only,
 *                                3 simultaneous CS and PS, 4 non-simultaneous CS and PS.
 * \param pSimCapability          Receives 1 SIM not supported, 2 SIM supported.
 * \param pRadioIfacesSize        In: how many entries pRadioIfaces has room for;
 *                                out: how many it holds.
 * \param pRadioIfaces            Receives the radio interfaces: 1 CDMA 1x,
 *                                2 CDMA 1xEV-DO, 4 GSM, 5 UMTS, 8 LTE, 9 TD-SCDMA, 10 5G NR.
 * \return eQCWWAN_ERR_NONE on success; eQCWWAN_ERR_INVALID_ARG if a
 *         pointer is NULL; eQCWWAN_ERR_BUFFER_SZ if the modem reports more
 *         radio interfaces than pRadioIfaces has room for (the rates and
 *         capabilities are filled all the same).
 * \note Timeout: 2 seconds.
 */
ULONG GetDeviceCapabilities(ULONG *pMaxTXChannelRate, ULONG *pMaxRXChannelRate,
			    ULONG *pDataServiceCapability, ULONG *pSimCapability,
			    ULONG *pRadioIfacesSize, BYTE *pRadioIfaces);

/**
 * \brief Reads the 2G/3G bands the modem supports.
 *
 * \param pBandCapability  Receives the QMI DMS band mask: bits 0-6 and 10-15,
 *        28-31, 56-59 CDMA band classes; 7 GSM 1800, 8 E-GSM 900, 9 P-GSM 900,
 *        16 GSM 450, 17 GSM 480, 18 GSM 750, 19 GSM 850, 20 GSM railways 900,
 *        21 GSM 1900; 22 WCDMA 2100 (band I), 23 WCDMA 1900 (II), 24 WCDMA 1800
 *        (III), 25 WCDMA 1700 US (IV), 26 WCDMA 850 (V), 27 WCDMA 800 Japan (VI),
 *        48 WCDMA 2600 (VII), 49 WCDMA 900 (VIII), 50 WCDMA 1700 Japan (IX).
 *        LTE bands are not in this mask.
 * \return eQCWWAN_ERR_NONE on success; eQCWWAN_ERR_INVALID_ARG if
 *         pBandCapability is NULL.
 * \note Timeout: 2 seconds.
 */
ULONG SLQSGetBandCapability(ULONGLONG *pBandCapability);

/**
 * \brief Reads the version of the CDMA Preferred Roaming List in use.
 *
 * A CDMA function: LTE/UMTS-only firmware (MC7455, EM7455) answers with a
 * QMI error (e.g. 1071 or 1094).
 *
 * \param pPRLVersion  Receives the PRL version.
 * \return eQCWWAN_ERR_NONE on success; eQCWWAN_ERR_INVALID_ARG if
 *         pPRLVersion is NULL.
 * \note Timeout: 2 seconds.
 */
ULONG GetPRLVersion(WORD *pPRLVersion);

/** The answer of SLQSGetCurrentPRLInfo(): a NULL member is not filled. */
typedef struct dmsCurrentPRLInfo {
	WORD *pPRLVersion;	/**< PRL version; 0xFFFF when the modem reports none. */
	BYTE *pPRLPreference;	/**< PRL-only preference: 0 unset, 1 set; 0xFF when not reported. */
} dmsCurrentPRLInfo;

/**
 * \brief Reads the version and preference of the active CDMA PRL.
 *
 * A CDMA function: LTE/UMTS-only firmware answers with a QMI error.
 *
 * \param pCurrentPRLInfo  The members to fill.
 * \return eQCWWAN_ERR_NONE on success; eQCWWAN_ERR_INVALID_ARG if
 *         pCurrentPRLInfo is NULL.
 * \note Timeout: 2 seconds.
 */
ULONG SLQSGetCurrentPRLInfo(dmsCurrentPRLInfo *pCurrentPRLInfo);

/**
 * \brief Reads the modem's time.
 *
 * \param pTimeStamp   Receives the count of 1.25 ms units since the start of
 *                     GPS time, 1980-01-06 00:00:00 UTC (48 bits).
 * \param pTimeSource  Receives where the time comes from: 0 the modem's
 *                     32 kHz clock, 1 the CDMA network, 2 the CDMA 1xEV-DO
 *                     network.
 * \return eQCWWAN_ERR_NONE on success; eQCWWAN_ERR_INVALID_ARG if a
 *         pointer is NULL.
 * \note Timeout: 2 seconds.
 * \note The count is GPS time: no leap seconds. For the network's time of
 *       day on LTE/UMTS use the NAS function SLQSGetNetworkTime().
 */
ULONG GetNetworkTime(ULONGLONG *pTimeStamp, ULONG *pTimeSource);

/**
 * \brief Reads the modem's operating mode.
 *
 * \param pPowerMode  Receives 0 online, 1 low power (airplane mode),
 *                    2 factory test, 3 offline, 4 resetting, 5 shutting
 *                    down, 6 persistent low power, 7 mode-only low power.
 * \return eQCWWAN_ERR_NONE on success; eQCWWAN_ERR_INVALID_ARG if
 *         pPowerMode is NULL.
 * \note Timeout: 2 seconds.
 */
ULONG GetPower(ULONG *pPowerMode);

/**
 * \brief Sets the modem's operating mode.
 *
 * Modes as GetPower(): 0 online, 1 low power, 2 factory test, 3 offline,
 * 4 reset (the modem reboots after answering: the device disconnects and
 * comes back, see SetDeviceStateChangeCbk()), 6 persistent low power (kept
 * across resets). Modems leave offline only through a reset: another mode
 * is refused with eQCWWAN_ERR_QMI_OFFSET + 60 (InvalidTransition).
 *
 * \param powerMode  The mode.
 * \return eQCWWAN_ERR_NONE on success (for a reset also when the modem
 *         resets before its answer arrives); eQCWWAN_ERR_INVALID_ARG if
 *         powerMode is above 255; the modem's refusal otherwise (e.g. 1048
 *         for a mode it does not know).
 * \note Timeout: 2 seconds.
 */
ULONG SetPower(ULONG powerMode);

/**
 * \brief Reads the SIM's ICCID (18-20 digits), e.g. "89001000000123456784".
 *
 * Works without the PIN. Without a SIM the answer is
 * eQCWWAN_ERR_QMI_SIM_NOT_INITIALIZED (1037).
 *
 * \param stringSize  Size of pString in bytes, NUL included.
 * \param pString     Receives the ICCID, NUL-terminated.
 * \return As GetManufacturer().
 * \note Timeout: 2 seconds (twice that when the UIM service is used).
 */
ULONG UIMGetICCID(BYTE stringSize, CHAR *pString);

/**
 * \brief Reads the SIM's IMSI (6-15 digits), e.g. "001010123456789".
 *
 * Needs the PIN verified (or disabled): before that the answer is
 * eQCWWAN_ERR_QMI_DEVICE_NOT_READY (1052); without a SIM it is
 * eQCWWAN_ERR_QMI_SIM_NOT_INITIALIZED (1037).
 *
 * \param stringSize  Size of pString in bytes, NUL included.
 * \param pString     Receives the IMSI, NUL-terminated.
 * \return As GetManufacturer().
 * \note Timeout: 2 seconds (twice that when the UIM service is used).
 */
ULONG GetIMSI(BYTE stringSize, CHAR *pString);

/**
 * \brief Reads the state and the retries of a SIM PIN.
 *
 * \param id                   1 PIN1, 2 PIN2.
 * \param pStatus              Receives 0 not initialised, 1 enabled and not
 *                             verified, 2 enabled and verified, 3 disabled,
 *                             4 blocked (the PUK is needed), 5 blocked for good;
 *                             0xFFFFFFFF when the modem does not report it.
 * \param pVerifyRetriesLeft   Receives the PIN tries left (0xFFFFFFFF: unknown).
 * \param pUnblockRetriesLeft  Receives the PUK tries left (0xFFFFFFFF: unknown).
 * \return eQCWWAN_ERR_NONE on success; eQCWWAN_ERR_INVALID_ARG if id is not
 *         1 or 2 or a pointer is NULL; eQCWWAN_ERR_QMI_SIM_NOT_INITIALIZED
 *         (1037) without a SIM.
 * \note Timeout: 5 seconds (twice that when the UIM service is used).
 */
ULONG UIMGetPINStatus(ULONG id, ULONG *pStatus, ULONG *pVerifyRetriesLeft,
		      ULONG *pUnblockRetriesLeft);

/**
 * \brief Verifies a SIM PIN.
 *
 * After 3 wrong PINs the PIN is blocked; UIMUnblockPIN() with the PUK
 * unblocks it.
 *
 * \param id                   1 PIN1, 2 PIN2.
 * \param pValue               The PIN, 4-8 digits, NUL-terminated.
 * \param pVerifyRetriesLeft   Receives, when the verification fails, the PIN
 *                             tries left; 0xFFFFFFFF otherwise (unknown).
 * \param pUnblockRetriesLeft  Receives, when it fails, the PUK tries left;
 *                             0xFFFFFFFF otherwise.
 * \return eQCWWAN_ERR_NONE when the PIN is right;
 *         eQCWWAN_ERR_QMI_INCORRECT_PIN (1012) when it is wrong (the
 *         retries are filled); eQCWWAN_ERR_QMI_PIN_BLOCKED (1035) when the
 *         PIN is blocked; eQCWWAN_ERR_QMI_PIN_PERM_BLOCKED (1036) when it is
 *         blocked for good; eQCWWAN_ERR_QMI_SIM_NOT_INITIALIZED (1037)
 *         without a SIM; 1011 (InvalidPinId) for an id the SIM does not
 *         have; 1048 (InvalidArgument) for a PIN that is not 4-8 digits;
 *         eQCWWAN_ERR_INVALID_ARG if a pointer is NULL, id is above 255 or
 *         the PIN is longer than 16 characters.
 * \note Timeout: 5 seconds (twice that when the UIM service is used).
 */
ULONG UIMVerifyPIN(ULONG id, CHAR *pValue, ULONG *pVerifyRetriesLeft, ULONG *pUnblockRetriesLeft);

/**
 * \brief Unblocks a blocked SIM PIN with its PUK and sets a new PIN.
 *
 * After 10 wrong PUKs the SIM is blocked for good.
 *
 * \param id                   1 PIN1, 2 PIN2.
 * \param pPUKValue            The PUK (8 digits), NUL-terminated.
 * \param pNewValue            The new PIN, 4-8 digits.
 * \param pVerifyRetriesLeft   As UIMVerifyPIN().
 * \param pUnblockRetriesLeft  As UIMVerifyPIN().
 * \return As UIMVerifyPIN(); a wrong PUK is eQCWWAN_ERR_QMI_INCORRECT_PIN (1012).
 * \note Timeout: 5 seconds (twice that when the UIM service is used).
 */
ULONG UIMUnblockPIN(ULONG id, CHAR *pPUKValue, CHAR *pNewValue, ULONG *pVerifyRetriesLeft,
		    ULONG *pUnblockRetriesLeft);

/**
 * \brief Changes a SIM PIN.
 *
 * The PIN must be enabled: changing a disabled PIN is refused with 1090
 * (IncompatibleState).
 *
 * \param id                   1 PIN1, 2 PIN2.
 * \param pOldValue            The current PIN (a wrong one counts as a try).
 * \param pNewValue            The new PIN, 4-8 digits.
 * \param pVerifyRetriesLeft   As UIMVerifyPIN().
 * \param pUnblockRetriesLeft  As UIMVerifyPIN().
 * \return As UIMVerifyPIN().
 * \note Timeout: 5 seconds (twice that when the UIM service is used).
 */
ULONG UIMChangePIN(ULONG id, CHAR *pOldValue, CHAR *pNewValue, ULONG *pVerifyRetriesLeft,
		   ULONG *pUnblockRetriesLeft);

/**
 * \brief Reads the SIM's state.
 *
 * \param pUIMState  Receives 0x00 initialised (ready), 0x01 locked (PIN or
 *                   PUK needed, blocked, network-locked) or failed, 0x02 not
 *                   present, 0xFF not known yet.
 * \return eQCWWAN_ERR_NONE on success; eQCWWAN_ERR_INVALID_ARG if pUIMState
 *         is NULL.
 * \note Timeout: 2 seconds (twice that when the UIM service is used).
 */
ULONG SLQSUIMGetState(ULONG *pUIMState);

#ifdef __cplusplus
}
#endif

#endif /* SLQS_API_QAGOBIAPIDMS_H */
