/*
 * WDS data sessions (api/wds/inc/qaGobiApiWds.h): SLQSStartStopDataSession
 * for IPv4, IPv6 and dual-stack, one client slot per family, and the
 * session state functions.
 */
#include "api/wds/inc/qaGobiApiWds.h"

#include <string.h>

#include "api/qmerrno.h"
#include "core/qmi_error.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/wds/wds_api.h"
#include "pkgs/wds/wds_msg.h"

#define QMI_CODE(e) (eQCWWAN_ERR_QMI_OFFSET + (e))

/* What one family's start or stop gave. */
struct family_result {
	ULONG rc;
	ULONG id;
	ULONG reason;		/* legacy call end reason, 0: none */
	ULONG verbose_type, verbose;
};

/* The packet service state of a slot's client (WDS_CONN_*). */
static ULONG slot_state(int slot, ULONG *state)
{
	struct wds_get_packet_service_status_rsp rsp;
	ULONG rc = slqs_qmi_call_on((uint8_t)slot, &slqs_wds_packet_service_status, NULL, &rsp,
				    SLQS_TIMEOUT_DEFAULT);

	if (rc == eQCWWAN_ERR_NONE)
		*state = rsp.status;
	return rc;
}

/* NoEffect: the session is up already; ours if this slot holds it, else shared. */
static ULONG already_up(int slot, BYTE instance, BYTE family, ULONG *id)
{
	ULONG v4, v6, state = 0, rc;

	slqs_wds_session_ids(instance, &v4, &v6);
	*id = family == SLQS_WDS_V6 ? v6 : v4;
	if (*id)
		return eQCWWAN_ERR_NONE;
	rc = slot_state(slot, &state);
	if (rc)
		return rc;
	if (state != WDS_CONN_CONNECTED)
		return QMI_CODE(QMI_ERR_NO_EFFECT);
	*id = SLQS_WDS_SHARED_ID;
	return eQCWWAN_ERR_NONE;
}

static void start_family(const struct ssdatasession_params *p, BYTE family,
			 struct family_result *r)
{
	struct wds_start_network_req req;
	struct wds_start_network_rsp rsp;
	int slot = slqs_wds_slot(p->instanceId, family);

	memset(r, 0, sizeof(*r));
	r->rc = slqs_wds_start_request(p, family, &req);
	if (r->rc)
		return;
	r->rc = slqs_wds_slot_family(slot, family);
	if (r->rc)
		return;
	r->rc = slqs_qmi_call_on((uint8_t)slot, &slqs_wds_start_network, &req, &rsp,
				 SLQS_TIMEOUT_LONG);
	if (r->rc == QMI_CODE(QMI_ERR_NO_EFFECT)) {
		r->rc = already_up(slot, p->instanceId, family, &r->id);
	} else if (r->rc == eQCWWAN_ERR_NONE) {
		if (!rsp.has_handle)
			r->rc = eQCWWAN_ERR_MALFORMED_QMI_RSP;
		r->id = rsp.handle;
	} else {
		if (rsp.has_call_end_reason)
			r->reason = rsp.call_end_reason;
		if (rsp.has_verbose_reason) {
			r->verbose_type = rsp.verbose_reason.type;
			r->verbose = (ULONG)(int32_t)rsp.verbose_reason.reason;
		}
	}
	if (r->rc == eQCWWAN_ERR_NONE)
		slqs_wds_session_set(p->instanceId, family, r->id);
}

/* Stops (instance, family)'s session; one the network ended already is no error. */
static ULONG stop_family(BYTE instance, BYTE family)
{
	struct wds_stop_network_req req = { 0 };
	int slot = slqs_wds_slot(instance, family);
	ULONG v4, v6, id, state = 0, rc;

	slqs_wds_session_ids(instance, &v4, &v6);
	id = family == SLQS_WDS_V6 ? v6 : v4;
	if (!id)
		return family == SLQS_WDS_V6 ? eQCWWAN_ERR_SWICM_INVALID_V6_SESSION_ID
					     : eQCWWAN_ERR_SWICM_INVALID_V4_SESSION_ID;
	if (id != SLQS_WDS_SHARED_ID) {
		req.handle = id;
		rc = slqs_qmi_call_on((uint8_t)slot, &slqs_wds_stop_network, &req, NULL,
				      SLQS_TIMEOUT_DEFAULT);
		/* The modem forgot the handle: the network ended the session, or not? */
		if (rc == QMI_CODE(QMI_ERR_INVALID_HANDLE) || rc == QMI_CODE(QMI_ERR_OUT_OF_CALL)) {
			if (slot_state(slot, &state) == eQCWWAN_ERR_NONE &&
			    state == WDS_CONN_DISCONNECTED)
				rc = eQCWWAN_ERR_NONE;
		}
		if (rc)
			return rc;
	}
	slqs_wds_session_set(instance, family, 0);
	return eQCWWAN_ERR_NONE;
}

static ULONG start(struct ssdatasession_params *p)
{
	struct family_result v4 = { 0 }, v6 = { 0 };
	const struct family_result *first;

	if (p->ipfamily != SLQS_WDS_V6)
		start_family(p, SLQS_WDS_V4, &v4);
	if (p->ipfamily != SLQS_WDS_V4)
		start_family(p, SLQS_WDS_V6, &v6);
	p->rcv4 = v4.rc;
	p->rcv6 = v6.rc;
	p->failureReasonv4 = v4.reason;
	p->failureReasonv6 = v6.reason;
	p->v4sessionId = v4.id;
	p->v6sessionId = v6.id;
	p->sessionId = p->ipfamily == SLQS_WDS_V6 ? v6.id : v4.id;
	/* The first family that failed tells the story. */
	first = p->ipfamily == SLQS_WDS_V6 || (p->ipfamily == SLQS_WDS_V4V6 && !v4.rc) ? &v6 : &v4;
	p->failureReason = first->reason;
	p->verbFailReasonType = first->verbose_type;
	p->verbFailReason = first->verbose;
	if (p->ipfamily == SLQS_WDS_V4V6)
		return slqs_wds_dual_result(v4.rc, v6.rc);
	return first->rc;
}

static ULONG stop(struct ssdatasession_params *p)
{
	ULONG rc4 = eQCWWAN_ERR_NONE, rc6 = eQCWWAN_ERR_NONE, v4, v6;

	slqs_wds_session_ids(p->instanceId, &v4, &v6);
	if (p->ipfamily == SLQS_WDS_V4V6 && !v4 && !v6)
		return eQCWWAN_ERR_SWICM_INVALID_SESSION_ID;
	if (p->ipfamily == SLQS_WDS_V4 || (p->ipfamily == SLQS_WDS_V4V6 && v4))
		rc4 = stop_family(p->instanceId, SLQS_WDS_V4);
	if (p->ipfamily == SLQS_WDS_V6 || (p->ipfamily == SLQS_WDS_V4V6 && v6))
		rc6 = stop_family(p->instanceId, SLQS_WDS_V6);
	p->rcv4 = rc4;
	p->rcv6 = rc6;
	slqs_wds_session_ids(p->instanceId, &p->v4sessionId, &p->v6sessionId);
	if (!p->v4sessionId && !p->v6sessionId)
		p->sessionId = 0;
	return rc4 ? rc4 : rc6;
}

ULONG SLQSStartStopDataSession(struct ssdatasession_params *pin)
{
	if (!pin || pin->instanceId >= SLQS_WDS_INSTANCES ||
	    (pin->ipfamily != SLQS_WDS_V4 && pin->ipfamily != SLQS_WDS_V6 &&
	     pin->ipfamily != SLQS_WDS_V4V6))
		return eQCWWAN_ERR_INVALID_ARG;
	if (pin->action == 1)
		return start(pin);
	if (pin->action == 0)
		return stop(pin);
	return eQCWWAN_ERR_INVALID_ARG;
}

/* ---- state -------------------------------------------------------------- */

/* The state of (instance, family)'s client; an IPv6 client speaks IPv6 first. */
static ULONG family_state(BYTE instance, BYTE family, ULONG *state)
{
	int slot = slqs_wds_slot(instance, family);
	ULONG rc;

	if (slot < 0)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_wds_slot_family(slot, family);
	return rc ? rc : slot_state(slot, state);
}

ULONG GetSessionState(ULONG *pState, BYTE instance)
{
	ULONG v4, v6;

	if (!pState || instance >= SLQS_WDS_INSTANCES)
		return eQCWWAN_ERR_INVALID_ARG;
	slqs_wds_session_ids(instance, &v4, &v6);
	return family_state(instance, !v4 && v6 ? SLQS_WDS_V6 : SLQS_WDS_V4, pState);
}

ULONG SLQSGetSessionState(ULONG *pStateV4, ULONG *pStateV6, BYTE instance)
{
	ULONG rc;

	if (!pStateV4 || !pStateV6 || instance >= SLQS_WDS_INSTANCES)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = family_state(instance, SLQS_WDS_V4, pStateV4);
	return rc ? rc : family_state(instance, SLQS_WDS_V6, pStateV6);
}
