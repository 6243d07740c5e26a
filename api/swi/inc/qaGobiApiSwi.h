/**
 * \file   qaGobiApiSwi.h
 * \brief  SDK version and raw QMI requests.
 */
#ifndef SLQS_API_QAGOBIAPISWI_H
#define SLQS_API_QAGOBIAPISWI_H

#include "../../inc/SwiDataTypes.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * \brief Returns the SDK's version string.
 *
 * \param sdkversionpp  Receives a pointer to a constant NUL-terminated
 *                      string such as "SLQS-open 0.1.0"; do not free it.
 * \return eQCWWAN_ERR_NONE, or eQCWWAN_ERR_INVALID_ARG if sdkversionpp is NULL.
 * \note Timeout: none (no communication).
 */
ULONG SLQSGetSdkVersion(CHAR **sdkversionpp);

/**
 * \brief Sends any QMI request to the connected modem and waits for its response.
 *
 * The request and the response are QMI messages without the QMUX and SDU
 * headers, little-endian as on the wire:
 * `u16 message id | u16 TLV length | TLVs`.
 *
 * \param pReqBuf       The request message (length bytes).
 * \param service       QMI service number (1 .. 255; CTL, 0, is the SDK's own).
 * \param length        Bytes in pReqBuf: 4 + its TLV length.
 * \param timeout       Milliseconds to wait for the response; 0 means 2000.
 * \param ppInParm      Receives a pointer to the response message. The
 *                      buffer belongs to the calling thread and stays valid
 *                      until its next SLQSSendRawQMI() call.
 * \param pParamLength  Receives the response message's length in bytes.
 * \return eQCWWAN_ERR_NONE when the modem answered with success;
 *         eQCWWAN_ERR_QMI_OFFSET + code when it answered with a QMI error
 *         (the response is returned too); eQCWWAN_ERR_MALFORMED_QMI_RSP
 *         when the response has no result TLV (returned too);
 *         eQCWWAN_ERR_INVALID_ARG for NULL pointers, a bad service or a
 *         length that disagrees with the message;
 *         eQCWWAN_ERR_SWICM_TIMEOUT; eQCWWAN_ERR_NO_CONNECTION;
 *         eQCWWAN_ERR_NO_DEVICE; eQCWWAN_ERR_RESET when the modem reset
 *         while the request was pending.
 * \note Timeout: the timeout parameter.
 */
ULONG SLQSSendRawQMI(BYTE *pReqBuf, USHORT service, USHORT length, ULONG timeout,
		     BYTE **ppInParm, USHORT *pParamLength);

#ifdef __cplusplus
}
#endif

#endif /* SLQS_API_QAGOBIAPISWI_H */
