/**
 * \file   qaGobiApiWds.h
 * \brief  Wireless data service: data sessions (IPv4, IPv6, dual-stack),
 *         their state, settings and counters, and the modem's profiles.
 *
 * Every function here talks to the modem chosen with QCWWAN2kConnect()
 * (see qaGobiApiDcs.h) and may be called from any thread; a data session
 * start that waits for the network (up to minutes) never holds up the
 * other calls of the application.
 *
 * Conventions of this header:
 * - `instance` (BYTE instanceId, BYTE instance) selects the modem's data
 *   instance (PDN); 0 is the first and, on most products, the only one.
 * - A session belongs to the application that started it: it is queried
 *   and stopped through the client that started it, and the modem ends it
 *   when that application exits.
 * - A struct whose members are pointers is a "fill what is not NULL"
 *   request: a member left NULL is simply not filled.
 * - IPv4 addresses are ULONG in host order (0xC0A80001 is 192.168.0.1);
 *   IPv6 addresses are USHORT[8], each element one group in host order.
 * - Errors: eQCWWAN_ERR_INVALID_ARG for a NULL where a value is required;
 *   eQCWWAN_ERR_QMI_OFFSET + code (1000 + code) when the modem answers with
 *   a QMI error; eQCWWAN_ERR_MALFORMED_QMI_RSP when the answer does not
 *   decode; eQCWWAN_ERR_NO_CONNECTION, eQCWWAN_ERR_SWICM_TIMEOUT or another
 *   transport error when no answer arrives.
 */
#ifndef SLQS_API_QAGOBIAPIWDS_H
#define SLQS_API_QAGOBIAPIWDS_H

#include "../../inc/SwiDataTypes.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ==== Data sessions: start/stop, state, settings, counters ============== */

/* ==== end of data sessions ============================================== */

/* ==== Profiles ========================================================== */

/* ==== end of profiles =================================================== */

#ifdef __cplusplus
}
#endif

#endif /* SLQS_API_QAGOBIAPIWDS_H */
