/*
 * NAS selection API (api/nas/inc/qaGobiApiNas.h): system selection
 * preference, network time, network registration and network scan.
 */
#include "api/nas/inc/qaGobiApiNas.h"

#include <stdlib.h>
#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/nas/nas_api.h"
#include "pkgs/nas/nas_msg.h"

#define SLQS_TIMEOUT_30S  30000
#define SLQS_TIMEOUT_SCAN 300000	/* a network scan takes minutes */

/* Sets request field `f` (and its has_ flag) from a caller's pointer when not NULL. */
#define SET_OPT(req, f, ptr)                    \
	do {                                    \
		if (ptr) {                      \
			(req).has_##f = 1;      \
			(req).f = *(ptr);       \
		}                               \
	} while (0)

ULONG SLQSSetSysSelectionPref(sysSelectPrefParams *p)
{
	struct nas_set_sys_sel_pref_req req;

	if (!p || p->pRAT)	/* pRAT: its TLV is not known, so not silently dropped */
		return eQCWWAN_ERR_INVALID_ARG;
	memset(&req, 0, sizeof(req));
	SET_OPT(req, emergency_mode, p->pEmerMode);
	SET_OPT(req, mode_pref, p->pModePref);
	SET_OPT(req, band_pref, p->pBandPref);
	SET_OPT(req, prl_pref, p->pPRLPref);
	SET_OPT(req, roam_pref, p->pRoamPref);
	SET_OPT(req, lte_band_pref, p->pLTEBandPref);
	if (p->pNetSelPref) {
		req.has_net_select = 1;
		req.net_select = (struct nas_net_select){ p->pNetSelPref->netReg,
							  p->pNetSelPref->mcc,
							  p->pNetSelPref->mnc };
	}
	SET_OPT(req, change_duration, p->pChgDuration);
	SET_OPT(req, mnc_pcs_digit, p->pMNCIncPCSDigStat);
	SET_OPT(req, srv_domain_pref, p->pSrvDomainPref);
	SET_OPT(req, gw_acq_order, p->pGWAcqOrderPref);
	SET_OPT(req, tdscdma_band_pref, p->pTdscdmaBandPref);
	if (p->pAcqOrderPref) {
		const struct acqOrderPref *a = p->pAcqOrderPref;

		if (a->acqOrdeLen > NAS_MAX_RATS || (a->acqOrdeLen && !a->pAcqOrder))
			return eQCWWAN_ERR_INVALID_ARG;
		req.has_acq_order = 1;
		req.n_acq_order = a->acqOrdeLen;
		for (BYTE i = 0; i < a->acqOrdeLen; i++)
			req.acq_order[i] = (int8_t)a->pAcqOrder[i];
	}
	SET_OPT(req, reg_restriction, p->pSrvRegRestriction);
	if (p->pCSGID) {
		const struct CSGID *c = p->pCSGID;

		req.has_csg = 1;
		req.csg = (struct nas_csg){ c->mcc, c->mnc, c->mncPcsDigits, c->id, c->rat };
	}
	return slqs_qmi_call(&slqs_nas_set_sys_sel_pref, &req, NULL, SLQS_TIMEOUT_DEFAULT);
}

/* Copies a reported value to a caller's member, or the vendor's "not reported" marker. */
#define GET_OPT(r, f, ptr, unknown)                                     \
	do {                                                            \
		if (ptr)                                                \
			*(ptr) = (r).has_##f ? (r).f : (unknown);       \
	} while (0)

ULONG SLQSGetSysSelectionPref(sysSelectPrefInfo *p)
{
	struct nas_get_sys_sel_pref_rsp r;
	ULONG rc;

	if (!p)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_qmi_call(&slqs_nas_get_sys_sel_pref, NULL, &r, SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return rc;
	GET_OPT(r, emergency_mode, p->pEmerMode, 0xFF);
	GET_OPT(r, mode_pref, p->pModePref, 0xFFFF);
	GET_OPT(r, band_pref, p->pBandPref, UINT64_MAX);
	GET_OPT(r, prl_pref, p->pPRLPref, 0xFFFF);
	GET_OPT(r, roam_pref, p->pRoamPref, 0xFFFF);
	GET_OPT(r, lte_band_pref, p->pLTEBandPref, UINT64_MAX);
	GET_OPT(r, net_select, p->pNetSelPref, 0xFF);
	GET_OPT(r, srv_domain_pref, p->pSrvDomainPref, 0xFFFFFFFFu);
	GET_OPT(r, gw_acq_order, p->pGWAcqOrderPref, 0xFFFFFFFFu);
	return eQCWWAN_ERR_NONE;
}

static void fill_time(const struct nas_network_time *t, int present, timeInfo *o)
{
	if (!o)
		return;
	memset(o, 0, sizeof(*o));
	if (!present)
		return;
	*o = (timeInfo){ t->year, t->month, t->day, t->hour, t->minute, t->second,
			 t->day_of_week, t->time_zone, t->dst_adjustment,
			 (BYTE)t->radio_interface, 1 };
}

ULONG SLQSGetNetworkTime(GetNetworkTimeResp *p)
{
	struct nas_get_network_time_rsp r;
	ULONG rc;

	if (!p)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_qmi_call(&slqs_nas_get_network_time, NULL, &r, SLQS_TIMEOUT_5S);
	if (rc)
		return rc;
	fill_time(&r.time_3gpp2, r.has_time_3gpp2, p->p3GPP2TimeInfo);
	fill_time(&r.time_3gpp, r.has_time_3gpp, p->p3GPPTimeInfo);
	return eQCWWAN_ERR_NONE;
}

ULONG InitiateNetworkRegistration(ULONG regType, WORD mcc, WORD mnc, ULONG rat)
{
	struct nas_initiate_register_req req;

	if (regType != NAS_REGISTER_AUTOMATIC && regType != NAS_REGISTER_MANUAL)
		return eQCWWAN_ERR_INVALID_ARG;
	memset(&req, 0, sizeof(req));
	req.action = (uint8_t)regType;
	if (regType == NAS_REGISTER_MANUAL) {
		req.has_manual = 1;
		req.manual = (struct nas_manual_register){ mcc, mnc, (int8_t)rat };
	}
	return slqs_qmi_call(&slqs_nas_initiate_register, &req, NULL, SLQS_TIMEOUT_30S);
}

ULONG PerformNetworkScan(BYTE *pInstanceSize, BYTE *pInstances)
{
	struct nas_network_scan_req req = { 0 };
	struct nas_network_scan_rsp *r;
	struct SlqsNas3GppNetworkInfo *out = (struct SlqsNas3GppNetworkInfo *)(void *)pInstances;
	BYTE cap;
	ULONG rc;

	if (!pInstanceSize || !pInstances)
		return eQCWWAN_ERR_INVALID_ARG;
	cap = *pInstanceSize;
	r = malloc(sizeof(*r));	/* ~12 KB: not for a caller's thread stack */
	if (!r)
		return eQCWWAN_ERR_MEMORY;
	rc = slqs_qmi_call(&slqs_nas_network_scan, &req, r, SLQS_TIMEOUT_SCAN);
	if (!rc) {
		*pInstanceSize = (BYTE)(r->has_networks ? r->n_networks : 0);
		if (*pInstanceSize > cap)
			rc = eQCWWAN_ERR_BUFFER_SZ;
	}
	for (BYTE i = 0; !rc && i < *pInstanceSize; i++) {
		const struct nas_scan_network *n = &r->networks[i];
		char name[NAS_NAME_MAX * 3];	/* UTF-8 of a 255-byte name */

		out[i] = (struct SlqsNas3GppNetworkInfo){
			n->mcc, n->mnc, NAS_NETSTAT_IN_USE(n->status),
			NAS_NETSTAT_ROAMING(n->status), NAS_NETSTAT_FORBIDDEN(n->status),
			NAS_NETSTAT_PREFERRED(n->status), "" };
		if (slqs_nas_name_copy(n->description, sizeof(n->description), name,
				       sizeof(name)) == eQCWWAN_ERR_NONE)
			slqs_nas_utf8_cut(out[i].Description, sizeof(out[i].Description), name);
	}
	free(r);
	return rc;
}
