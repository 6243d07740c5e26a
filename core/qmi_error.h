/*
 * QMI protocol error codes: the u16 `error` of a response's result TLV.
 * (The SLQS API reports them as eQCWWAN_ERR_QMI_OFFSET + code.)
 */
#ifndef SLQS_CORE_QMI_ERROR_H
#define SLQS_CORE_QMI_ERROR_H

#include <stdint.h>

#define QMI_ERR_NONE                   0
#define QMI_ERR_MALFORMED_MESSAGE      1
#define QMI_ERR_NO_MEMORY              2
#define QMI_ERR_INTERNAL               3
#define QMI_ERR_ABORTED                4
#define QMI_ERR_CLIENT_IDS_EXHAUSTED   5
#define QMI_ERR_UNABORTABLE_TRANSACTION 6
#define QMI_ERR_INVALID_CLIENT_ID      7
#define QMI_ERR_INVALID_HANDLE         9
#define QMI_ERR_INVALID_PROFILE        10
#define QMI_ERR_INVALID_PIN_ID         11
#define QMI_ERR_INCORRECT_PIN          12
#define QMI_ERR_NO_NETWORK_FOUND       13
#define QMI_ERR_CALL_FAILED            14
#define QMI_ERR_OUT_OF_CALL            15
#define QMI_ERR_NOT_PROVISIONED        16
#define QMI_ERR_MISSING_ARGUMENT       17
#define QMI_ERR_ARGUMENT_TOO_LONG      19
#define QMI_ERR_INVALID_TRANSACTION_ID 22
#define QMI_ERR_DEVICE_IN_USE          23
#define QMI_ERR_NO_EFFECT              26
#define QMI_ERR_NO_FREE_PROFILE        27
#define QMI_ERR_INVALID_PDP_TYPE       28
#define QMI_ERR_INVALID_PROFILE_TYPE   30
#define QMI_ERR_INVALID_SERVICE_TYPE   31
#define QMI_ERR_PIN_BLOCKED            35
#define QMI_ERR_PIN_ALWAYS_BLOCKED     36
#define QMI_ERR_UIM_UNINITIALIZED      37
#define QMI_ERR_INVALID_ARGUMENT       48
#define QMI_ERR_DEVICE_NOT_READY       52
#define QMI_ERR_INVALID_TRANSITION     60
#define QMI_ERR_INVALID_OPERATION      70
#define QMI_ERR_INVALID_QMI_COMMAND    71
#define QMI_ERR_INFORMATION_UNAVAILABLE 74
#define QMI_ERR_SIM_FILE_NOT_FOUND     80
#define QMI_ERR_EXTENDED_INTERNAL      81
#define QMI_ERR_ACCESS_DENIED          82
#define QMI_ERR_INCOMPATIBLE_STATE     90
#define QMI_ERR_NOT_SUPPORTED          94

/** The libqmi-style name of a QMI error ("IncorrectPin"), or "Unknown". */
const char *slqs_error_name(uint16_t code);

#endif
