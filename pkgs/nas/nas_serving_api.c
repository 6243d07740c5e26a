/*
 * NAS serving-network API (api/nas/inc/qaGobiApiNas.h): Get Serving
 * System, Get Home Network (with Get PLMN Name for a missing name) and Get
 * System Info, in the vendor SDK's layouts and "unknown" markers.
 */
#include "api/nas/inc/qaGobiApiNas.h"

#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/nas/nas_api.h"
#include "pkgs/nas/nas_msg.h"

/*
 * The name of a PLMN as the modem's tables know it (Get PLMN Name): the
 * long name, else the short name, else the SPN. Empty when there is none
 * or the modem refuses: the caller's answer stands without it.
 */
static ULONG plmn_name(uint16_t mcc, uint16_t mnc, CHAR *out, size_t size)
{
	struct nas_get_plmn_name_req req = { .plmn = { mcc, mnc } };
	struct nas_get_plmn_name_rsp rsp;
	const struct nas_eons_name *e = &rsp.eons;

	if (slqs_qmi_call(&slqs_nas_get_plmn_name, &req, &rsp, SLQS_TIMEOUT_DEFAULT) ||
	    !rsp.has_eons)
		return eQCWWAN_ERR_NONE;
	if (e->n_long_name && slqs_nas_name_utf8(slqs_nas_text_of(e->long_name_encoding),
						  e->long_name, e->n_long_name, out, size) < 0)
		return eQCWWAN_ERR_BUFFER_SZ;
	if (!out[0] && e->n_short_name &&
	    slqs_nas_name_utf8(slqs_nas_text_of(e->short_name_encoding), e->short_name,
			       e->n_short_name, out, size) < 0)
		return eQCWWAN_ERR_BUFFER_SZ;
	if (!out[0] && e->n_spn &&
	    slqs_nas_name_utf8(slqs_nas_text_of(e->spn_encoding), e->spn, e->n_spn, out, size) < 0)
		return eQCWWAN_ERR_BUFFER_SZ;
	return eQCWWAN_ERR_NONE;
}

/* A network's name to UTF-8 in the caller's buffer; Get PLMN Name when the modem gave none. */
static ULONG network_name(const struct nas_plmn *p, int known, CHAR *out, BYTE size)
{
	ULONG rc;

	if (size == 0)
		return eQCWWAN_ERR_BUFFER_SZ;
	out[0] = '\0';
	if (!known)
		return eQCWWAN_ERR_NONE;
	rc = slqs_nas_name_copy(p->description, sizeof(p->description), out, size);
	if (rc || out[0])
		return rc;
	return plmn_name(p->mcc, p->mnc, out, size);
}

ULONG GetServingNetwork(ULONG *pRegistrationState, ULONG *pCSDomain, ULONG *pPSDomain,
			ULONG *pRAN, BYTE *pRadioIfacesSize, BYTE *pRadioIfaces, ULONG *pRoaming,
			WORD *pMCC, WORD *pMNC, BYTE nameSize, CHAR *pName)
{
	struct nas_serving_system rsp;
	const struct nas_serving_system_info *ss = &rsp.serving_system;
	BYTE cap;
	ULONG rc;

	if (!pRegistrationState || !pCSDomain || !pPSDomain || !pRAN || !pRadioIfacesSize ||
	    !pRadioIfaces || !pRoaming || !pMCC || !pMNC || !pName)
		return eQCWWAN_ERR_INVALID_ARG;
	cap = *pRadioIfacesSize;
	rc = slqs_qmi_call(&slqs_nas_get_serving_system, NULL, &rsp, SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return rc;
	*pRegistrationState = ss->registration_state;
	*pCSDomain = ss->cs_attach_state;
	*pPSDomain = ss->ps_attach_state;
	*pRAN = ss->selected_network;
	*pRoaming = rsp.has_roaming_indicator ? rsp.roaming_indicator : 0xFFFFFFFFu;
	*pMCC = rsp.has_current_plmn ? rsp.current_plmn.mcc : 0xFFFF;
	*pMNC = rsp.has_current_plmn ? rsp.current_plmn.mnc : 0xFFFF;
	*pRadioIfacesSize = (BYTE)ss->n_radio_interfaces;
	if (ss->n_radio_interfaces > cap)
		return eQCWWAN_ERR_BUFFER_SZ;
	for (uint16_t i = 0; i < ss->n_radio_interfaces; i++)
		pRadioIfaces[i] = (BYTE)ss->radio_interfaces[i];
	return network_name(&rsp.current_plmn, rsp.has_current_plmn, pName, nameSize);
}

ULONG GetHomeNetwork(WORD *pMCC, WORD *pMNC, BYTE nameSize, CHAR *pName, WORD *pSID, WORD *pNID)
{
	struct nas_get_home_network_rsp rsp;
	ULONG rc;

	if (!pMCC || !pMNC || !pName || !pSID || !pNID)
		return eQCWWAN_ERR_INVALID_ARG;
	if (nameSize)
		pName[0] = '\0';
	rc = slqs_qmi_call(&slqs_nas_get_home_network, NULL, &rsp, SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return rc;
	*pMCC = rsp.home_network.mcc;
	*pMNC = rsp.home_network.mnc;
	*pSID = rsp.has_home_system_id ? rsp.home_system_id.sid : 0;
	*pNID = rsp.has_home_system_id ? rsp.home_system_id.nid : 0;
	return network_name(&rsp.home_network, 1, pName, nameSize);
}

/* ---- SLQSGetServingSystem ----------------------------------------------------- */

static ULONG fill_serving_lists(const struct nas_serving_system *r, qaQmiServingSystemParam *p)
{
	servSystem *s = &p->ServingSystem;

	if (r->serving_system.n_radio_interfaces > MAX_SERV_SYSTEM_RADIO_INTERFACES ||
	    r->n_data_service_capability > MAX_DATA_SRV_CAPABILITIES ||
	    r->n_roaming_list > MAX_SERV_SYSTEM_RADIO_INTERFACES)
		return eQCWWAN_ERR_BUFFER_SZ;
	s->numRadioInterfaces = (BYTE)r->serving_system.n_radio_interfaces;
	for (BYTE i = 0; i < s->numRadioInterfaces; i++)
		s->radioInterface[i] = (BYTE)r->serving_system.radio_interfaces[i];
	p->DataSrvCapabilities.dataCapabilitiesLen = (BYTE)r->n_data_service_capability;
	memcpy(p->DataSrvCapabilities.dataCapabilities, r->data_service_capability,
	       r->n_data_service_capability);
	p->RoamingIndicatorList.numInstances = (BYTE)r->n_roaming_list;
	for (uint16_t i = 0; i < r->n_roaming_list; i++) {
		p->RoamingIndicatorList.radioInterface[i] = r->roaming_list[i].radio_interface;
		p->RoamingIndicatorList.roamIndicator[i] = r->roaming_list[i].roaming_indicator;
	}
	return eQCWWAN_ERR_NONE;
}

static void fill_current_plmn(const struct nas_serving_system *r, currentPLMN *c)
{
	char name[NAS_NAME_MAX * 3];	/* UTF-8 of a 255-byte name */

	c->netDescrLength = 0;
	if (!r->has_current_plmn)
		return;
	c->MCC = r->current_plmn.mcc;
	c->MNC = r->current_plmn.mnc;
	memset(c->netDescr, 0, sizeof(c->netDescr));
	if (slqs_nas_name_copy(r->current_plmn.description, sizeof(r->current_plmn.description),
			       name, sizeof(name)))
		return;
	slqs_nas_utf8_cut((CHAR *)c->netDescr, sizeof(c->netDescr), name);
	c->netDescrLength = (BYTE)strlen((const char *)c->netDescr);
}

/* The single-value TLVs: each copied when present, else left at all bits set. */
static void fill_serving_values(const struct nas_serving_system *r, qaQmiServingSystemParam *p)
{
	const struct nas_serving_system_info *s = &r->serving_system;

	p->ServingSystem.regState = s->registration_state;
	p->ServingSystem.csAttachState = s->cs_attach_state;
	p->ServingSystem.psAttachState = s->ps_attach_state;
	p->ServingSystem.selNetwork = s->selected_network;
#define COPY_IF(has, dst, src) do { if (r->has) (dst) = (src); } while (0)
	COPY_IF(has_roaming_indicator, p->roamIndicatorVal, r->roaming_indicator);
	COPY_IF(has_cdma_system_id, p->SystemID, r->cdma_system_id.sid);
	COPY_IF(has_cdma_system_id, p->NetworkID, r->cdma_system_id.nid);
	COPY_IF(has_cdma_base_station, p->BasestationID, r->cdma_base_station.id);
	COPY_IF(has_cdma_base_station, p->BasestationLatitude,
		(ULONG)r->cdma_base_station.latitude);
	COPY_IF(has_cdma_base_station, p->BasestationLongitude,
		(ULONG)r->cdma_base_station.longitude);
	COPY_IF(has_default_roaming, p->defaultRoamInd, r->default_roaming);
	COPY_IF(has_time_zone_3gpp2, p->Gpp2TimeZone,
		((qaQmi3Gpp2TimeZone){ r->time_zone_3gpp2.leap_seconds,
				       (BYTE)r->time_zone_3gpp2.local_time_offset,
				       r->time_zone_3gpp2.daylight_saving }));
	COPY_IF(has_cdma_p_rev, p->CDMA_P_Rev, r->cdma_p_rev);
	COPY_IF(has_time_zone, p->GppTimeZone, (BYTE)r->time_zone);
	COPY_IF(has_dst_adjustment, p->GppNetworkDSTAdjustment, r->dst_adjustment);
	COPY_IF(has_lac, p->Lac, r->lac);
	COPY_IF(has_cid, p->CellID, r->cid);
	COPY_IF(has_concurrent_service, p->concSvcInfo, r->concurrent_service);
	COPY_IF(has_prl_indicator, p->PRLInd, r->prl_indicator);
	COPY_IF(has_dtm_support, p->DTMInd, r->dtm_support);
	COPY_IF(has_detailed_service_status, p->DetailedSvcInfo,
		((detailSvcInfo){ r->detailed_service_status.status,
				  r->detailed_service_status.capability,
				  r->detailed_service_status.hdr_status,
				  r->detailed_service_status.hdr_hybrid,
				  r->detailed_service_status.forbidden }));
	COPY_IF(has_cdma_system_info, p->CDMASystemInfoExt,
		((CDMASysInfoExt){ r->cdma_system_info.mcc, r->cdma_system_info.imsi_11_12 }));
	COPY_IF(has_hdr_personality, p->hdrPersonality, r->hdr_personality);
	COPY_IF(has_lte_tac, p->trackAreaCode, r->lte_tac);
	COPY_IF(has_call_barring, p->CallBarStatus,
		((callBarStatus){ (ULONG)r->call_barring.cs_status,
				  (ULONG)r->call_barring.ps_status }));
#undef COPY_IF
}

ULONG SLQSGetServingSystem(qaQmiServingSystemParam *pServingSystem)
{
	struct nas_serving_system rsp;
	ULONG rc;

	if (!pServingSystem)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_qmi_call(&slqs_nas_get_serving_system, NULL, &rsp, SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return rc;
	memset(pServingSystem, 0xFF, sizeof(*pServingSystem));
	fill_serving_values(&rsp, pServingSystem);
	fill_current_plmn(&rsp, &pServingSystem->CurrentPLMN);
	return fill_serving_lists(&rsp, pServingSystem);
}

/* ---- SLQSNasGetSysInfo ------------------------------------------------------------- */

static void fill_common(const struct nas_sys_info_3gpp *c, sysInfoCommon *s)
{
	*s = (sysInfoCommon){ c->domain_valid, c->domain, c->service_capability_valid,
			      c->service_capability, c->roaming_status_valid, c->roaming_status,
			      c->forbidden_valid, c->forbidden };
}

/* The 3GPP part every GSM/WCDMA/LTE struct shares, member for member. */
#define FILL_3GPP(dst, common_member, c)                                                \
	do {                                                                            \
		fill_common(c, &(dst)->common_member);                                  \
		(dst)->lacValid = (c)->lac_valid;                                       \
		(dst)->lac = (c)->lac;                                                  \
		(dst)->cellIdValid = (c)->cid_valid;                                    \
		(dst)->cellId = (c)->cid;                                               \
		(dst)->regRejectInfoValid = (c)->reject_info_valid;                     \
		(dst)->rejectSrvDomain = (c)->reject_domain;                            \
		(dst)->rejCause = (c)->reject_cause;                                    \
		(dst)->networkIdValid = (c)->network_id_valid;                          \
		plmn_digits((c)->mcc, (dst)->MCC);                                      \
		plmn_digits((c)->mnc, (dst)->MNC);                                      \
	} while (0)

/*
 * MCC/MNC digits as the vendor SDK gives them: ASCII digits, an unused
 * place 0xFF. Modems pad a 2-digit MNC with 0xFF, blanks or NUL (which the
 * codec drops): trimmed, then padded with 0xFF. Anything else is copied.
 */
static void plmn_digits(const char *wire, BYTE out[PLMN_LENGTH])
{
	char d[PLMN_LENGTH + 1];
	int n;

	memcpy(d, wire, PLMN_LENGTH);
	d[PLMN_LENGTH] = '\0';
	n = slqs_nas_digits_trim(d);
	if (n < 0) {
		memcpy(out, wire, PLMN_LENGTH);
		return;
	}
	memset(out, 0xFF, PLMN_LENGTH);
	memcpy(out, d, (size_t)n);
}

static void fill_gsm(const struct nas_gsm_sys_info *g, GSMSysInfo *s)
{
	FILL_3GPP(s, sysInfoGSM, &g->common);
	s->egprsSuppValid = g->egprs_support_valid;
	s->egprsSupp = g->egprs_support;
	s->dtmSuppValid = g->dtm_support_valid;
	s->dtmSupp = g->dtm_support;
}

static void fill_wcdma(const struct nas_wcdma_sys_info *w, WCDMASysInfo *s)
{
	FILL_3GPP(s, sysInfoWCDMA, &w->common);
	s->hsCallStatusValid = w->hs_call_status_valid;
	s->hsCallStatus = w->hs_call_status;
	s->hsIndValid = w->hs_service_valid;
	s->hsInd = w->hs_service;
	s->pscValid = w->psc_valid;
	s->psc = w->psc;
}

static void fill_lte(const struct nas_lte_sys_info *l, LTESysInfo *s)
{
	FILL_3GPP(s, sysInfoLTE, &l->common);
	s->tacValid = l->tac_valid;
	s->tac = l->tac;
}

/* Marks every member "not available" (all bits set), as the vendor SDK does. */
static void sys_info_unknown(nasGetSysInfoResp *p)
{
#define UNKNOWN(m) do { if (p->m) memset(p->m, 0xFF, sizeof(*p->m)); } while (0)
	UNKNOWN(pCDMASrvStatusInfo);
	UNKNOWN(pHDRSrvStatusInfo);
	UNKNOWN(pGSMSrvStatusInfo);
	UNKNOWN(pWCDMASrvStatusInfo);
	UNKNOWN(pLTESrvStatusInfo);
	UNKNOWN(pCDMASysInfo);
	UNKNOWN(pHDRSysInfo);
	UNKNOWN(pGSMSysInfo);
	UNKNOWN(pWCDMASysInfo);
	UNKNOWN(pLTESysInfo);
	UNKNOWN(pAddCDMASysInfo);
	UNKNOWN(pAddHDRSysInfo);
	UNKNOWN(pAddGSMSysInfo);
	UNKNOWN(pAddWCDMASysInfo);
	UNKNOWN(pAddLTESysInfo);
	UNKNOWN(pGSMCallBarringSysInfo);
	UNKNOWN(pWCDMACallBarringSysInfo);
	UNKNOWN(pLTEVoiceSupportSysInfo);
	UNKNOWN(pGSMCipherDomainSysInfo);
	UNKNOWN(pWCDMACipherDomainSysInfo);
#undef UNKNOWN
}

static void fill_status(const struct nas_service_status_3gpp *s, GSMSrvStatusInfo *out)
{
	*out = (GSMSrvStatusInfo){ s->status, s->true_status, s->preferred_data_path };
}

ULONG SLQSNasGetSysInfo(nasGetSysInfoResp *p)
{
	struct nas_system_info r;
	ULONG rc;

	if (!p)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_qmi_call(&slqs_nas_get_system_info, NULL, &r, SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return rc;
	sys_info_unknown(p);
	if (r.has_cdma_service_status && p->pCDMASrvStatusInfo)
		*p->pCDMASrvStatusInfo = (SrvStatusInfo){ r.cdma_service_status.status,
							  r.cdma_service_status.preferred_data_path };
	if (r.has_hdr_service_status && p->pHDRSrvStatusInfo)
		*p->pHDRSrvStatusInfo = (SrvStatusInfo){ r.hdr_service_status.status,
							 r.hdr_service_status.preferred_data_path };
	if (r.has_gsm_service_status && p->pGSMSrvStatusInfo)
		fill_status(&r.gsm_service_status, p->pGSMSrvStatusInfo);
	if (r.has_wcdma_service_status && p->pWCDMASrvStatusInfo)
		fill_status(&r.wcdma_service_status, p->pWCDMASrvStatusInfo);
	if (r.has_lte_service_status && p->pLTESrvStatusInfo)
		fill_status(&r.lte_service_status, p->pLTESrvStatusInfo);
	if (r.has_gsm_system_info && p->pGSMSysInfo)
		fill_gsm(&r.gsm_system_info, p->pGSMSysInfo);
	if (r.has_wcdma_system_info && p->pWCDMASysInfo)
		fill_wcdma(&r.wcdma_system_info, p->pWCDMASysInfo);
	if (r.has_lte_system_info && p->pLTESysInfo)
		fill_lte(&r.lte_system_info, p->pLTESysInfo);
	if (r.has_lte_voice_support && p->pLTEVoiceSupportSysInfo)
		*p->pLTEVoiceSupportSysInfo = r.lte_voice_support;
	return eQCWWAN_ERR_NONE;
}
