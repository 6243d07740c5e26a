/*
 * What the service packages (pkgs/<svc>/<svc>_api.c) build on: one generic
 * QMI call, indication subscriptions and device-state listeners. Internal
 * to the SDK; applications use the api/ headers.
 *
 * A service API function is a table lookup plus argument copying; the
 * DMS identity functions (pkgs/dms/dms_api.c) share this helper:
 *
 *   static ULONG get_string(const struct qmi_msg *msg, BYTE size, CHAR *out)
 *   {
 *           struct dms_string_rsp rsp;
 *           ...
 *           rc = slqs_qmi_call(msg, NULL, &rsp, SLQS_TIMEOUT_DEFAULT);
 *           if (rc)
 *                   return rc;
 *           return slqs_copy_string(out, size, rsp.value);
 *   }
 *
 *   ULONG GetModelID(BYTE stringSize, CHAR *pString)
 *   {
 *           return get_string(&slqs_dms_get_model, stringSize, pString);
 *   }
 *
 * Threads: every function here may be called from any thread, including
 * the callback thread (from inside an indication handler).
 */
#ifndef SLQS_PKGS_API_SLQS_CALL_H
#define SLQS_PKGS_API_SLQS_CALL_H

#include <stddef.h>
#include <stdint.h>

#include "api/inc/SwiDataTypes.h"
#include "core/codec.h"

/* Timeouts (milliseconds) used by the vendor SDK's functions. */
#define SLQS_TIMEOUT_DEFAULT 2000	/* most requests */
#define SLQS_TIMEOUT_5S      5000
#define SLQS_TIMEOUT_10S    10000
#define SLQS_TIMEOUT_LONG  300000	/* e.g. WDS Start Network */

/*
 * Sends request `msg` built from the C struct `req` (NULL when the message
 * has no request TLVs) and decodes the response into `rsp` (NULL to ignore
 * it; otherwise a struct of msg->rsp_size bytes, zeroed first). Waits up
 * to timeout_ms (0: SLQS_TIMEOUT_DEFAULT).
 *
 * Returns an eQCWWANError value:
 *   NONE                        success, rsp filled
 *   QMI_OFFSET + e (1000 + e)   the modem answered QMI error e; rsp still
 *                               holds what the failed response carried
 *                               (e.g. PIN retries, call-end reason)
 *   MALFORMED_QMI_RSP           no/short result TLV, a TLV that does not
 *                               decode, or a mandatory TLV missing
 *   INVALID_QMI_RSP             the response names another message
 *   INVALID_ARG                 the request does not encode (a string or
 *                               array too long for its TLV)
 *   SWICM_TIMEOUT               no response in time
 *   NO_CONNECTION               not attached to the daemon (no SLQSStart,
 *                               daemon gone) or no QCWWAN2kConnect yet
 *   NO_DEVICE, RESET, ...       the daemon's verdict (device gone, modem
 *                               reset while pending, CID refused ...)
 */
ULONG slqs_qmi_call(const struct qmi_msg *msg, const void *req, void *rsp, ULONG timeout_ms);

/*
 * The same on client slot `client` (0 .. 3) of the service: each slot is a
 * QMI client id of its own in the modem (dual-stack WDS uses one per IP
 * family). slqs_qmi_call() is slot 0.
 */
ULONG slqs_qmi_call_on(uint8_t client, const struct qmi_msg *msg, const void *req, void *rsp,
		       ULONG timeout_ms);

/*
 * The raw form: sends the TLV area `tlv` as message msg_id of `service`
 * and copies the response's TLV area (result TLV included) into rsp (cap
 * bytes), its length into *rsp_len. Returns NONE when a response arrived
 * (whatever its QMI result), BUFFER_SZ when it does not fit, or the
 * transport errors of slqs_qmi_call().
 */
ULONG slqs_raw_call(uint8_t service, uint8_t client, uint16_t msg_id, const uint8_t *tlv,
		    size_t tlv_len, uint8_t *rsp, size_t cap, size_t *rsp_len, ULONG timeout_ms);

/* Maps a response's TLV area to NONE, QMI_OFFSET + error or MALFORMED_QMI_RSP. */
ULONG slqs_result_code(const uint8_t *tlv, size_t len);

/*
 * Copies a decoded string into an API caller's buffer of `size` bytes:
 * NONE, or BUFFER_SZ (nothing copied but an empty string) if it does not fit.
 */
ULONG slqs_copy_string(CHAR *dst, size_t size, const char *src);

/* ---- indications ----------------------------------------------------------- */

/*
 * An indication handler. `ind` is the decoded indication (the message's
 * ind struct, valid during the call only); `client` the slot it came on.
 * Runs on the application's callback thread, in the modem's order, after
 * every earlier callback returned.
 */
typedef void (*slqs_ind_fn)(uint8_t client, const void *ind, void *ctx);

/*
 * Calls fn for every indication `msg` (msg->ind must describe it) of the
 * connected modem. One subscription per (msg, fn): subscribing again
 * replaces ctx. Returns NONE or MEMORY.
 *
 * The daemon sends a service's indications only to applications holding a
 * client id of that service: the request that enables them at the modem
 * (e.g. NAS Register Indications) allocates it.
 */
ULONG slqs_ind_subscribe(const struct qmi_msg *msg, slqs_ind_fn fn, void *ctx);

/*
 * Sends the request that makes the modem send indications (e.g. NAS
 * Register Indications, WDS Set Event Report) on client slot `client`, as
 * slqs_qmi_call_on() does, and when the modem accepts it keeps it: the SDK
 * sends it again whenever the modem has forgotten it (a modem reset or
 * unplug, the daemon restarted and the application re-attached, the
 * modem losing this client id), so the subscriptions keep working. One
 * per (service, slot, message): a later one replaces it (to switch
 * indications off, send the request that does so through this function).
 */
ULONG slqs_ind_enable(uint8_t client, const struct qmi_msg *msg, const void *req,
		      ULONG timeout_ms);

/* Removes the subscription (msg, fn); nothing happens if there is none. */
void slqs_ind_unsubscribe(const struct qmi_msg *msg, slqs_ind_fn fn);

/* ---- device state ------------------------------------------------------------ */

/* Modem states reported to listeners (same numbers as eDevState). */
enum slqs_dev_state {
	SLQS_DEV_DISCONNECTED = 0,	/* gone, resetting, or the daemon is lost */
	SLQS_DEV_READY = 1,
};

/*
 * A device-state listener: runs on the callback thread, before the
 * application's SetDeviceStateChangeCbk() callback, for every change of
 * the connected modem. `reset` is non-zero when the DISCONNECTED state
 * comes from a modem reset (every client id is gone: sessions are down).
 */
typedef void (*slqs_state_fn)(enum slqs_dev_state state, int reset, void *ctx);

/* Adds a listener (at most 16; returns NONE or MEMORY). Listeners stay until exit. */
ULONG slqs_state_listen(slqs_state_fn fn, void *ctx);

#endif
