/*
 * WDS profile API (api/wds/inc/qaGobiApiWds.h, section "Profiles"): the
 * modem's stored profiles through WDS Create/Modify/Delete Profile, Get
 * Profile Settings, Get Default Settings and Get Default Profile Number.
 * struct Profile3GPP maps to struct wds_profile member by member; 3GPP2
 * profiles travel as their type only.
 */
#include "api/wds/inc/qaGobiApiWds.h"

#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/wds/wds_msg.h"

/* QMI ExtendedInternal: the response's TLV 0xE0 says why. */
#define QMI_ERR_EXTENDED_INTERNAL 81

/* ---- settings to the wire ------------------------------------------------------- */

/* Sets request field `f` (and its has_ flag) from a caller's pointer when not NULL. */
#define PUT(w, f, ptr)                          \
	do {                                    \
		if (ptr) {                      \
			(w)->has_##f = 1;       \
			(w)->f = *(ptr);        \
		}                               \
	} while (0)

/*
 * A string setting: up to *size characters of src (all of it for a NULL
 * size), or INVALID_ARG when that does not fit the TLV's cap - 1 bytes.
 */
static ULONG put_string(uint8_t *has, char *dst, size_t cap, const CHAR *src, const WORD *size)
{
	size_t len;

	if (!src)
		return eQCWWAN_ERR_NONE;
	len = size ? strnlen(src, *size) : strlen(src);
	if (len >= cap)
		return eQCWWAN_ERR_INVALID_ARG;
	memcpy(dst, src, len);
	dst[len] = '\0';
	*has = 1;
	return eQCWWAN_ERR_NONE;
}

/* USHORT[8], one group per element in host order, to 16 bytes in network order. */
static void ipv6_to_wire(uint8_t *has, uint8_t wire[WDS_IPV6_LEN], const USHORT *groups)
{
	if (!groups)
		return;
	for (int i = 0; i < 8; i++) {
		wire[2 * i] = (uint8_t)(groups[i] >> 8);
		wire[2 * i + 1] = (uint8_t)groups[i];
	}
	*has = 1;
}

static void ipv6_from_wire(uint8_t has, const uint8_t wire[WDS_IPV6_LEN], USHORT *groups)
{
	if (!has || !groups)
		return;
	for (int i = 0; i < 8; i++)
		groups[i] = (USHORT)(wire[2 * i] << 8 | wire[2 * i + 1]);
}

static struct wds_umts_qos umts_to_wire(const struct UMTSQoS *q)
{
	return (struct wds_umts_qos){ q->trafficClass, q->maxUplinkBitrate, q->maxDownlinkBitrate,
				      q->grntUplinkBitrate, q->grntDownlinkBitrate,
				      q->qosDeliveryOrder, q->maxSDUSize, q->sduErrorRatio,
				      q->resBerRatio, q->deliveryErrSDU, q->transferDelay,
				      q->trafficPriority };
}

static struct UMTSQoS umts_from_wire(const struct wds_umts_qos *w)
{
	return (struct UMTSQoS){ w->traffic_class, w->max_uplink, w->max_downlink,
				 w->guaranteed_uplink, w->guaranteed_downlink, w->delivery_order,
				 w->max_sdu_size, w->sdu_error_ratio, w->residual_ber,
				 w->erroneous_delivery, w->transfer_delay, w->traffic_priority };
}

static struct wds_gprs_qos gprs_to_wire(const struct GPRSRequestedQoS *q)
{
	return (struct wds_gprs_qos){ q->precedenceClass, q->delayClass, q->reliabilityClass,
				      q->peakThroughputClass, q->meanThroughputClass };
}

static struct GPRSRequestedQoS gprs_from_wire(const struct wds_gprs_qos *w)
{
	return (struct GPRSRequestedQoS){ w->precedence, w->delay, w->reliability,
					  w->peak_throughput, w->mean_throughput };
}

#define PUT_QOS(w, f, ptr, conv)                        \
	do {                                            \
		if (ptr) {                              \
			(w)->has_##f = 1;               \
			(w)->f = conv(ptr);             \
		}                                       \
	} while (0)

#define PUT_QOS_SIG(w, f, ptr)                                          \
	do {                                                            \
		if (ptr) {                                              \
			(w)->has_##f = 1;                               \
			(w)->f.qos = umts_to_wire(&(ptr)->UMTSReqQoS);  \
			(w)->f.signalling = (ptr)->SigInd;              \
		}                                                       \
	} while (0)

/* The settings a 3GPP profile gives, or INVALID_ARG (a string too long, a member we do not send). */
static ULONG profile_to_wire(const struct Profile3GPP *p, struct wds_profile *w)
{
	ULONG rc;

	if (p->pTFTID1Params || p->pTFTID2Params || p->pPDNInactivTimeout || p->pAPNClass)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = put_string(&w->has_name, w->name, sizeof(w->name), p->pProfilename,
			p->pProfilenameSize);
	if (!rc)
		rc = put_string(&w->has_apn, w->apn, sizeof(w->apn), p->pAPNName, p->pAPNnameSize);
	if (!rc)
		rc = put_string(&w->has_username, w->username, sizeof(w->username), p->pUsername,
				p->pUsernameSize);
	if (!rc)
		rc = put_string(&w->has_password, w->password, sizeof(w->password), p->pPassword,
				p->pPasswordSize);
	if (rc)
		return rc;
	PUT(w, pdp_type, p->pPDPtype);
	PUT(w, hdr_compression, p->pPdpHdrCompType);
	PUT(w, data_compression, p->pPdpDataCompType);
	PUT(w, dns1, p->pPriDNSIPv4AddPref);
	PUT(w, dns2, p->pSecDNSIPv4AddPref);
	PUT_QOS(w, umts_req_qos, p->pUMTSReqQoS, umts_to_wire);
	PUT_QOS(w, umts_min_qos, p->pUMTSMinQoS, umts_to_wire);
	PUT_QOS(w, gprs_req_qos, p->pGPRSRequestedQos, gprs_to_wire);
	PUT_QOS(w, gprs_min_qos, p->pGPRSMinimumQoS, gprs_to_wire);
	PUT(w, auth, p->pAuthenticationPref);
	PUT(w, ipv4_addr, p->pIPv4AddrPref);
	PUT(w, pcscf_pco, p->pPcscfAddrUsingPCO);
	PUT(w, pdp_access_control, p->pPdpAccessConFlag);
	PUT(w, pcscf_dhcp, p->pPcscfAddrUsingDhcp);
	PUT(w, im_cn, p->pImCnFlag);
	PUT(w, context_number, p->pPdpContext);
	PUT(w, secondary_flag, p->pSecondaryFlag);
	PUT(w, primary_id, p->pPrimaryID);
	ipv6_to_wire(&w->has_ipv6_addr, w->ipv6_addr, p->pIPv6AddPref);
	PUT_QOS_SIG(w, umts_req_qos_sig, p->pUMTSReqQoSSigInd);
	PUT_QOS_SIG(w, umts_min_qos_sig, p->pUMTSMinQosSigInd);
	ipv6_to_wire(&w->has_ipv6_dns1, w->ipv6_dns1, p->pPriDNSIPv6addpref);
	ipv6_to_wire(&w->has_ipv6_dns2, w->ipv6_dns2, p->pSecDNSIPv6addpref);
	PUT(w, addr_alloc, p->pAddrAllocPref);
	if (p->pQosClassID) {
		const struct QosClassID *q = p->pQosClassID;

		w->has_lte_qos = 1;
		w->lte_qos = (struct wds_lte_qos){ q->QCI, q->gDlBitRate, q->maxDlBitRate,
						   q->gUlBitRate, q->maxUlBitRate };
	}
	PUT(w, apn_disabled, p->pAPNDisabledFlag);
	return eQCWWAN_ERR_NONE;
}

/* The type/index/3GPP2 checks common to Create and Modify; fills w for 3GPP. */
static ULONG settings_to_wire(BYTE type, const QmiProfileInfo *info, struct wds_profile *w)
{
	static const struct Profile3GPP2 none;

	memset(w, 0, sizeof(*w));
	if (type == WDS_PROFILE_3GPP)
		return profile_to_wire(&info->SlqsProfile3GPP, w);
	if (type != WDS_PROFILE_3GPP2)
		return eQCWWAN_ERR_INVALID_ARG;
	/* No 3GPP2 TLV is described: refuse settings rather than drop them. */
	return memcmp(&info->SlqsProfile3GPP2, &none, sizeof(none)) ? eQCWWAN_ERR_INVALID_ARG
								     : eQCWWAN_ERR_NONE;
}

/* ---- settings from the wire ----------------------------------------------------- */

/* Copies reported field `f` to a caller's member when both exist. */
#define GET(w, f, ptr)                          \
	do {                                    \
		if ((ptr) && (w)->has_##f)      \
			*(ptr) = (w)->f;        \
	} while (0)

/* A reported string into a caller's buffer of *size bytes (nothing without a size). */
static ULONG get_string(uint8_t has, const char *src, CHAR *dst, const WORD *size)
{
	if (!has || !dst || !size)
		return eQCWWAN_ERR_NONE;
	return slqs_copy_string(dst, *size, src);
}

/* Fills the members of p that are not NULL from what the modem reported. */
static ULONG profile_from_wire(const struct wds_profile *w, struct Profile3GPP *p)
{
	ULONG rc = get_string(w->has_name, w->name, p->pProfilename, p->pProfilenameSize);
	ULONG rc2 = get_string(w->has_apn, w->apn, p->pAPNName, p->pAPNnameSize);
	ULONG rc3 = get_string(w->has_username, w->username, p->pUsername, p->pUsernameSize);
	ULONG rc4 = get_string(w->has_password, w->password, p->pPassword, p->pPasswordSize);

	GET(w, pdp_type, p->pPDPtype);
	GET(w, hdr_compression, p->pPdpHdrCompType);
	GET(w, data_compression, p->pPdpDataCompType);
	GET(w, dns1, p->pPriDNSIPv4AddPref);
	GET(w, dns2, p->pSecDNSIPv4AddPref);
	if (p->pUMTSReqQoS && w->has_umts_req_qos)
		*p->pUMTSReqQoS = umts_from_wire(&w->umts_req_qos);
	if (p->pUMTSMinQoS && w->has_umts_min_qos)
		*p->pUMTSMinQoS = umts_from_wire(&w->umts_min_qos);
	if (p->pGPRSRequestedQos && w->has_gprs_req_qos)
		*p->pGPRSRequestedQos = gprs_from_wire(&w->gprs_req_qos);
	if (p->pGPRSMinimumQoS && w->has_gprs_min_qos)
		*p->pGPRSMinimumQoS = gprs_from_wire(&w->gprs_min_qos);
	GET(w, auth, p->pAuthenticationPref);
	GET(w, ipv4_addr, p->pIPv4AddrPref);
	GET(w, pcscf_pco, p->pPcscfAddrUsingPCO);
	GET(w, pdp_access_control, p->pPdpAccessConFlag);
	GET(w, pcscf_dhcp, p->pPcscfAddrUsingDhcp);
	GET(w, im_cn, p->pImCnFlag);
	GET(w, context_number, p->pPdpContext);
	GET(w, secondary_flag, p->pSecondaryFlag);
	GET(w, primary_id, p->pPrimaryID);
	ipv6_from_wire(w->has_ipv6_addr, w->ipv6_addr, p->pIPv6AddPref);
	if (p->pUMTSReqQoSSigInd && w->has_umts_req_qos_sig)
		*p->pUMTSReqQoSSigInd = (struct UMTSReqQoSSigInd){
			umts_from_wire(&w->umts_req_qos_sig.qos), w->umts_req_qos_sig.signalling };
	if (p->pUMTSMinQosSigInd && w->has_umts_min_qos_sig)
		*p->pUMTSMinQosSigInd = (struct UMTSReqQoSSigInd){
			umts_from_wire(&w->umts_min_qos_sig.qos), w->umts_min_qos_sig.signalling };
	ipv6_from_wire(w->has_ipv6_dns1, w->ipv6_dns1, p->pPriDNSIPv6addpref);
	ipv6_from_wire(w->has_ipv6_dns2, w->ipv6_dns2, p->pSecDNSIPv6addpref);
	GET(w, addr_alloc, p->pAddrAllocPref);
	if (p->pQosClassID && w->has_lte_qos)
		*p->pQosClassID = (struct QosClassID){ w->lte_qos.qci,
						       w->lte_qos.guaranteed_downlink,
						       w->lte_qos.max_downlink,
						       w->lte_qos.guaranteed_uplink,
						       w->lte_qos.max_uplink };
	GET(w, apn_disabled, p->pAPNDisabledFlag);
	return rc ? rc : rc2 ? rc2 : rc3 ? rc3 : rc4;
}

/* Hands the modem's extended error to the caller when the call failed with one. */
static ULONG ext_error(ULONG rc, uint8_t has, uint16_t code, WORD *out)
{
	if (out && has && rc == eQCWWAN_ERR_QMI_OFFSET + QMI_ERR_EXTENDED_INTERNAL)
		*out = code;
	return rc;
}

/* ---- the structured functions ----------------------------------------------------- */

/*
 * Create Profile, or with an index Sierra's Create Profile Indexed (a modem
 * without it answers InvalidQmiCommand, 1071: create without the index).
 */
ULONG SLQSCreateProfile(struct CreateProfileIn *pReq, struct CreateProfileOut *pResp)
{
	union {
		struct wds_create_profile_req any;
		struct wds_modify_profile_req at;	/* settings and the identifier */
	} req;
	struct wds_create_profile_rsp rsp;
	const struct qmi_msg *msg = &slqs_wds_create_profile;
	ULONG rc;

	if (!pReq || !pResp || !pReq->pProfileType)
		return eQCWWAN_ERR_INVALID_ARG;
	/* settings first in both requests (checked in wds_msg.c) */
	rc = settings_to_wire(*pReq->pProfileType, &pReq->curProfile, &req.any.settings);
	if (rc)
		return rc;
	if (pReq->pProfileID) {
		msg = &slqs_wds_swi_create_profile_indexed;
		req.at.id = (struct wds_profile_id){ *pReq->pProfileType, *pReq->pProfileID };
	} else {
		req.any.type = *pReq->pProfileType;
	}
	rc = slqs_qmi_call(msg, &req, &rsp, SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return ext_error(rc, rsp.has_ext_error, rsp.ext_error, pResp->pExtErrorCode);
	if (!rsp.has_id)
		return eQCWWAN_ERR_MALFORMED_QMI_RSP;
	if (pResp->pProfileType)
		*pResp->pProfileType = rsp.id.type;
	if (pResp->pProfileIndex)
		*pResp->pProfileIndex = rsp.id.index;
	return eQCWWAN_ERR_NONE;
}

ULONG SLQSModifyProfile(struct ModifyProfileIn *pReq, struct ModifyProfileOut *pResp)
{
	struct wds_modify_profile_req req;
	struct wds_profile_error_rsp rsp;
	ULONG rc;

	if (!pReq || !pResp || !pReq->pProfileType || !pReq->pProfileID)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = settings_to_wire(*pReq->pProfileType, &pReq->curProfile, &req.settings);
	if (rc)
		return rc;
	req.id = (struct wds_profile_id){ *pReq->pProfileType, *pReq->pProfileID };
	rc = slqs_qmi_call(&slqs_wds_modify_profile, &req, &rsp, SLQS_TIMEOUT_DEFAULT);
	return ext_error(rc, rsp.has_ext_error, rsp.ext_error, pResp->pExtErrorCode);
}

ULONG SLQSDeleteProfile(struct SLQSDeleteProfileParams *pProfileToDelete,
			WORD *pExtendedErrorCode)
{
	struct wds_delete_profile_req req;
	struct wds_profile_error_rsp rsp;
	ULONG rc;

	if (!pProfileToDelete)
		return eQCWWAN_ERR_INVALID_ARG;
	req.id = (struct wds_profile_id){ pProfileToDelete->profileType,
					  pProfileToDelete->profileIndex };
	rc = slqs_qmi_call(&slqs_wds_delete_profile, &req, &rsp, SLQS_TIMEOUT_DEFAULT);
	return ext_error(rc, rsp.has_ext_error, rsp.ext_error, pExtendedErrorCode);
}

ULONG SLQSGetProfileSettings(GetProfileSettingIn *pReq, GetProfileSettingOut *pResp)
{
	struct wds_get_profile_settings_req req;
	struct wds_profile_settings_rsp rsp;
	ULONG rc;

	if (!pReq || !pResp)
		return eQCWWAN_ERR_INVALID_ARG;
	req.id = (struct wds_profile_id){ pReq->ProfileType, pReq->ProfileID };
	rc = slqs_qmi_call(&slqs_wds_get_profile_settings, &req, &rsp, SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return ext_error(rc, rsp.has_ext_error, rsp.ext_error, pResp->pExtErrCode);
	if (pReq->ProfileType != WDS_PROFILE_3GPP)
		return eQCWWAN_ERR_NONE;	/* 3GPP2 settings are not decoded */
	return profile_from_wire(&rsp.settings, &pResp->curProfile.SlqsProfile3GPP);
}

/* ---- the flat functions ------------------------------------------------------------ */

/* The caller's outputs of SLQSGetProfile() and kin, NULL where not wanted. */
struct flat_out {
	ULONG *pdp, *ip, *dns1, *dns2, *auth;
	USHORT *ipv6, *ipv6_dns1, *ipv6_dns2;
	BYTE name_size, apn_size, user_size;
	CHAR *name, *apn, *user;
};

/* The strings a caller wants empty first, so that a setting not reported reads "". */
static void clear_strings(const struct flat_out *o)
{
	if (o->name && o->name_size)
		o->name[0] = '\0';
	if (o->apn && o->apn_size)
		o->apn[0] = '\0';
	if (o->user && o->user_size)
		o->user[0] = '\0';
}

static ULONG flat_from_wire(const struct wds_profile *w, const struct flat_out *o)
{
	WORD name_size = o->name_size, apn_size = o->apn_size, user_size = o->user_size;
	struct Profile3GPP p = {
		.pProfilename = o->name_size ? o->name : NULL,
		.pProfilenameSize = &name_size,
		.pAPNName = o->apn_size ? o->apn : NULL,
		.pAPNnameSize = &apn_size,
		.pPriDNSIPv4AddPref = o->dns1,
		.pSecDNSIPv4AddPref = o->dns2,
		.pUsername = o->user_size ? o->user : NULL,
		.pUsernameSize = &user_size,
		.pIPv4AddrPref = o->ip,
		.pIPv6AddPref = o->ipv6,
		.pPriDNSIPv6addpref = o->ipv6_dns1,
		.pSecDNSIPv6addpref = o->ipv6_dns2,
	};

	clear_strings(o);
	/* PDP type and authentication are ULONG here, BYTE in struct Profile3GPP. */
	if (o->pdp && w->has_pdp_type)
		*o->pdp = w->pdp_type;
	if (o->auth && w->has_auth)
		*o->auth = w->auth;
	return profile_from_wire(w, &p);
}

/* Get Profile Settings of one 3GPP profile into the flat outputs. */
static ULONG flat_get(ULONG type, BYTE id, const struct flat_out *o, WORD *ext)
{
	struct wds_get_profile_settings_req req;
	struct wds_profile_settings_rsp rsp;
	ULONG rc;

	if (type > 0xFF)
		return eQCWWAN_ERR_INVALID_ARG;
	req.id = (struct wds_profile_id){ (uint8_t)type, id };
	rc = slqs_qmi_call(&slqs_wds_get_profile_settings, &req, &rsp, SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return ext_error(rc, rsp.has_ext_error, rsp.ext_error, ext);
	return flat_from_wire(&rsp.settings, o);
}

/* Get Default Settings into the flat outputs. */
static ULONG flat_get_default(ULONG type, const struct flat_out *o)
{
	struct wds_get_default_settings_req req;
	struct wds_profile_settings_rsp rsp;
	ULONG rc;

	if (type > 0xFF)
		return eQCWWAN_ERR_INVALID_ARG;
	req.type = (uint8_t)type;
	rc = slqs_qmi_call(&slqs_wds_get_default_settings, &req, &rsp, SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return rc;
	return flat_from_wire(&rsp.settings, o);
}

/* The caller's inputs of SLQSSetProfile() and SetDefaultProfile(). */
struct flat_in {
	ULONG *pdp, *ip, *dns1, *dns2, *auth;
	CHAR *name, *apn, *user, *password;
};

/* Modify Profile of one profile with the flat inputs. */
static ULONG flat_set(ULONG type, BYTE id, const struct flat_in *in)
{
	struct wds_modify_profile_req req;
	struct wds_profile_error_rsp rsp;
	BYTE pdp, auth;
	struct Profile3GPP p = {
		.pProfilename = in->name,
		.pAPNName = in->apn,
		.pPriDNSIPv4AddPref = in->dns1,
		.pSecDNSIPv4AddPref = in->dns2,
		.pUsername = in->user,
		.pPassword = in->password,
		.pIPv4AddrPref = in->ip,
	};
	ULONG rc;

	if (type > 0xFF || (in->pdp && *in->pdp > 0xFF) || (in->auth && *in->auth > 0xFF))
		return eQCWWAN_ERR_INVALID_ARG;
	if (in->pdp) {
		pdp = (BYTE)*in->pdp;
		p.pPDPtype = &pdp;
	}
	if (in->auth) {
		auth = (BYTE)*in->auth;
		p.pAuthenticationPref = &auth;
	}
	memset(&req, 0, sizeof(req));
	rc = profile_to_wire(&p, &req.settings);
	if (rc)
		return rc;
	req.id = (struct wds_profile_id){ (uint8_t)type, id };
	return slqs_qmi_call(&slqs_wds_modify_profile, &req, &rsp, SLQS_TIMEOUT_DEFAULT);
}

ULONG SLQSGetProfile(ULONG profileType, BYTE profileId, ULONG *pPDPType, ULONG *pIPAddress,
		     ULONG *pPrimaryDNS, ULONG *pSecondaryDNS, ULONG *pAuthentication,
		     BYTE nameSize, CHAR *pName, BYTE apnSize, CHAR *pAPNName, BYTE userSize,
		     CHAR *pUsername, WORD *pExtendedErrorCode)
{
	const struct flat_out o = {
		.pdp = pPDPType, .ip = pIPAddress, .dns1 = pPrimaryDNS, .dns2 = pSecondaryDNS,
		.auth = pAuthentication, .name_size = nameSize, .name = pName,
		.apn_size = apnSize, .apn = pAPNName, .user_size = userSize, .user = pUsername,
	};

	return flat_get(profileType, profileId, &o, pExtendedErrorCode);
}

ULONG SLQSSetProfile(ULONG profileType, BYTE profileId, ULONG *pPDPType, ULONG *pIPAddress,
		     ULONG *pPrimaryDNS, ULONG *pSecondaryDNS, ULONG *pAuthentication,
		     CHAR *pName, CHAR *pAPNName, CHAR *pUsername, CHAR *pPassword)
{
	const struct flat_in in = { pPDPType, pIPAddress, pPrimaryDNS, pSecondaryDNS,
				    pAuthentication, pName, pAPNName, pUsername, pPassword };

	return flat_set(profileType, profileId, &in);
}

ULONG GetDefaultProfile(ULONG profileType, ULONG *pPDPType, ULONG *pIPAddress,
			ULONG *pPrimaryDNS, ULONG *pSecondaryDNS, ULONG *pAuthentication,
			BYTE nameSize, CHAR *pName, BYTE apnSize, CHAR *pAPNName, BYTE userSize,
			CHAR *pUsername)
{
	const struct flat_out o = {
		.pdp = pPDPType, .ip = pIPAddress, .dns1 = pPrimaryDNS, .dns2 = pSecondaryDNS,
		.auth = pAuthentication, .name_size = nameSize, .name = pName,
		.apn_size = apnSize, .apn = pAPNName, .user_size = userSize, .user = pUsername,
	};

	return flat_get_default(profileType, &o);
}

ULONG GetDefaultProfileLTE(ULONG profileType, ULONG *pPDPType, ULONG *pIPAddressv4,
			   ULONG *pPrimaryDNSv4, ULONG *pSecondaryDNSv4, USHORT *pIPAddressv6,
			   USHORT *pPrimaryDNSv6, USHORT *pSecondaryDNSv6, ULONG *pAuthentication,
			   BYTE nameSize, CHAR *pName, BYTE apnSize, CHAR *pAPNName,
			   BYTE userSize, CHAR *pUsername)
{
	const struct flat_out o = {
		.pdp = pPDPType, .ip = pIPAddressv4, .dns1 = pPrimaryDNSv4,
		.dns2 = pSecondaryDNSv4, .auth = pAuthentication, .ipv6 = pIPAddressv6,
		.ipv6_dns1 = pPrimaryDNSv6, .ipv6_dns2 = pSecondaryDNSv6,
		.name_size = nameSize, .name = pName, .apn_size = apnSize, .apn = pAPNName,
		.user_size = userSize, .user = pUsername,
	};

	return flat_get_default(profileType, &o);
}

ULONG SetDefaultProfile(ULONG profileType, ULONG *pPDPType, ULONG *pIPAddress,
			ULONG *pPrimaryDNS, ULONG *pSecondaryDNS, ULONG *pAuthentication,
			CHAR *pName, CHAR *pAPNName, CHAR *pUsername, CHAR *pPassword)
{
	const struct flat_in in = { pPDPType, pIPAddress, pPrimaryDNS, pSecondaryDNS,
				    pAuthentication, pName, pAPNName, pUsername, pPassword };
	struct wds_get_default_profile_num_req req;
	struct wds_get_default_profile_num_rsp rsp;
	ULONG rc;

	if (profileType > 0xFF)
		return eQCWWAN_ERR_INVALID_ARG;
	/*
	 * The profile the modem names its default for the host's (tethered)
	 * sessions, as qmicli asks; then its change.
	 */
	req.which = (struct wds_profile_type_family){ (uint8_t)profileType,
						      WDS_PROFILE_FAMILY_TETHERED };
	rc = slqs_qmi_call(&slqs_wds_get_default_profile_num, &req, &rsp, SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return rc;
	if (!rsp.has_index)
		return eQCWWAN_ERR_MALFORMED_QMI_RSP;
	return flat_set(profileType, rsp.index, &in);
}
