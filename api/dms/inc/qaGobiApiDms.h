/**
 * \file   qaGobiApiDms.h
 * \brief  Device management: the modem's identity (manufacturer, model,
 *         firmware revision).
 *
 * Every function here talks to the modem chosen with QCWWAN2kConnect()
 * (see qaGobiApiDcs.h) and may be called from any thread.
 *
 * Strings: the caller passes a buffer and its size in bytes, the
 * terminating NUL included. When the modem's string does not fit, the
 * function returns eQCWWAN_ERR_BUFFER_SZ; after any failure the buffer
 * holds an empty string (when its size is at least 1).
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

#ifdef __cplusplus
}
#endif

#endif /* SLQS_API_QAGOBIAPIDMS_H */
