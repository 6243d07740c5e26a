/*
 * The generic QMI call every service API function uses (slqs_call.h):
 * encode with the message's table, send through the daemon, decode the
 * response (on whichever thread reads the socket) straight into the
 * caller's struct, and turn the QMI result into the SLQS return code.
 */
#include "pkgs/api/slqs_call.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "api/qmerrno.h"
#include "core/log.h"
#include "core/status.h"
#include "core/tlv.h"
#include "pkgs/api/rt.h"

/* Most requests are small; bigger ones get a heap buffer of the largest size. */
#define SMALL_REQUEST 512

static ULONG qmi_code(const struct qmi_result *res)
{
	if (res->result == QMI_RESULT_SUCCESS)
		return eQCWWAN_ERR_NONE;
	/* A failure without an error code is a firmware bug; say "failed" at least. */
	return res->error ? eQCWWAN_ERR_QMI_OFFSET + (ULONG)res->error : eQCWWAN_ERR_GENERAL;
}

ULONG slqs_result_code(const uint8_t *tlv, size_t len)
{
	struct qmi_result res;

	if (slqs_result_read(tlv, len, &res))
		return eQCWWAN_ERR_MALFORMED_QMI_RSP;
	return qmi_code(&res);
}

/* ---- decoded calls ------------------------------------------------------------------ */

struct call_ctx {
	const struct qmi_msg *msg;
	void *rsp;
};

/* The reading thread: decode the response into the caller's struct. */
static ULONG decode_response(const struct ipc_qmi_response *r, void *arg)
{
	const struct call_ctx *c = arg;
	struct qmi_result res;
	size_t size;
	const struct qmi_elem *ei = slqs_msg_table(c->msg, QMI_RESPONSE, &size);
	int rc;

	if (slqs_result_read(r->tlv, r->tlv_len, &res))
		return eQCWWAN_ERR_MALFORMED_QMI_RSP;
	if (c->rsp && ei)
		rc = slqs_decode(ei, r->tlv, r->tlv_len, c->rsp, size,
				res.result == QMI_RESULT_SUCCESS);
	else
		rc = slqs_tlv_validate(r->tlv, r->tlv_len);
	if (rc && res.result == QMI_RESULT_SUCCESS) {
		log_warn("slqsapi: malformed %s response: %s", c->msg->name, slqs_status_str(rc));
		return eQCWWAN_ERR_MALFORMED_QMI_RSP;
	}
	/* A failed response's own error says more than its undecodable extras. */
	return qmi_code(&res);
}

/* slqs_qmi_call_on(), and with `keep` the request is remembered when it succeeds. */
static ULONG call_on(uint8_t client, const struct qmi_msg *msg, const void *req, void *rsp,
		     ULONG timeout_ms, bool keep)
{
	uint8_t small[SMALL_REQUEST];
	uint8_t *buf = small;
	struct call_ctx ctx = { .msg = msg, .rsp = rsp };
	struct qmi_wbuf w;
	ULONG rc;
	int enc;

	if (!msg || msg->service == QMI_SVC_CTL || client >= IPC_MAX_CLIENTS)
		return eQCWWAN_ERR_INVALID_ARG;
	if (rsp && msg->rsp_size)
		memset(rsp, 0, msg->rsp_size);
	qmi_wbuf_init(&w, small, sizeof small);
	enc = req ? slqs_encode(msg->req, req, &w) : 0;
	if (enc == QMI_E_NOSPACE) {
		buf = malloc(UINT16_MAX);
		if (!buf)
			return eQCWWAN_ERR_MEMORY;
		qmi_wbuf_init(&w, buf, UINT16_MAX);
		enc = slqs_encode(msg->req, req, &w);
	}
	if (enc) {
		log_warn("slqsapi: %s request does not encode: %s", msg->name, slqs_status_str(enc));
		rc = eQCWWAN_ERR_INVALID_ARG;
	} else {
		rc = slqs_link_ensure();
		if (!rc)
			rc = slqs_link_qmi(msg->service, client, msg->id, buf, w.len, timeout_ms,
				      decode_response, &ctx);
		if (!rc && keep)
			slqs_resub_remember(msg->service, client, msg->id, buf, w.len);
	}
	if (buf != small)
		free(buf);
	return rc;
}

ULONG slqs_qmi_call_on(uint8_t client, const struct qmi_msg *msg, const void *req, void *rsp,
		       ULONG timeout_ms)
{
	return call_on(client, msg, req, rsp, timeout_ms, false);
}

ULONG slqs_ind_enable(uint8_t client, const struct qmi_msg *msg, const void *req,
		      ULONG timeout_ms)
{
	return call_on(client, msg, req, NULL, timeout_ms, true);
}

ULONG slqs_qmi_call(const struct qmi_msg *msg, const void *req, void *rsp, ULONG timeout_ms)
{
	return slqs_qmi_call_on(0, msg, req, rsp, timeout_ms);
}

/* ---- raw calls ------------------------------------------------------------------------- */

struct raw_ctx {
	uint8_t *rsp;
	size_t cap;
	size_t *len;
};

static ULONG copy_response(const struct ipc_qmi_response *r, void *arg)
{
	const struct raw_ctx *c = arg;

	if (r->tlv_len > c->cap)
		return eQCWWAN_ERR_BUFFER_SZ;
	memcpy(c->rsp, r->tlv, r->tlv_len);
	*c->len = r->tlv_len;
	return eQCWWAN_ERR_NONE;
}

ULONG slqs_raw_call(uint8_t service, uint8_t client, uint16_t msg_id, const uint8_t *tlv,
		    size_t tlv_len, uint8_t *rsp, size_t cap, size_t *rsp_len, ULONG timeout_ms)
{
	struct raw_ctx ctx = { .rsp = rsp, .cap = cap, .len = rsp_len };
	ULONG rc;

	if (service == QMI_SVC_CTL || client >= IPC_MAX_CLIENTS || (!tlv && tlv_len) || !rsp ||
	    !rsp_len || tlv_len > UINT16_MAX)
		return eQCWWAN_ERR_INVALID_ARG;
	*rsp_len = 0;
	rc = slqs_link_ensure();
	if (rc)
		return rc;
	return slqs_link_qmi(service, client, msg_id, tlv, tlv_len, timeout_ms, copy_response, &ctx);
}
