/*
 * The profile functions' conversions (see pkgs/wds/wds_profile.h): struct
 * Profile3GPP to and from struct wds_profile, member by member, and the
 * extended error of a refused profile request.
 */
#include "pkgs/wds/wds_profile.h"

#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/wds/wds_api.h"

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

/* USHORT[8] groups from a caller's pointer, when not NULL, to the wire. */
static void ipv6_to_wire(uint8_t *has, uint8_t wire[WDS_IPV6_LEN], const USHORT *groups)
{
	if (!groups)
		return;
	slqs_wds_ipv6_wire(groups, wire);
	*has = 1;
}

static void ipv6_from_wire(uint8_t has, const uint8_t wire[WDS_IPV6_LEN], USHORT *groups)
{
	if (has && groups)
		slqs_wds_ipv6_groups(wire, groups);
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

ULONG slqs_wds_profile_to_wire(const struct Profile3GPP *p, struct wds_profile *w)
{
	ULONG rc;

	if (p->pTFTID1Params || p->pTFTID2Params || p->pPDNInactivTimeout || p->pAPNClass)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_wds_put_string(&w->has_name, w->name, sizeof(w->name), p->pProfilename,
			p->pProfilenameSize);
	if (!rc)
		rc = slqs_wds_put_string(&w->has_apn, w->apn, sizeof(w->apn), p->pAPNName, p->pAPNnameSize);
	if (!rc)
		rc = slqs_wds_put_string(&w->has_username, w->username, sizeof(w->username), p->pUsername,
				p->pUsernameSize);
	if (!rc)
		rc = slqs_wds_put_string(&w->has_password, w->password, sizeof(w->password), p->pPassword,
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

ULONG slqs_wds_settings_to_wire(BYTE type, const QmiProfileInfo *info, struct wds_profile *w)
{
	static const struct Profile3GPP2 none;

	memset(w, 0, sizeof(*w));
	if (type == WDS_PROFILE_3GPP)
		return slqs_wds_profile_to_wire(&info->SlqsProfile3GPP, w);
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

ULONG slqs_wds_profile_from_wire(const struct wds_profile *w, struct Profile3GPP *p)
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

ULONG slqs_wds_ext_error(ULONG rc, uint8_t has, uint16_t code, WORD *out)
{
	if (out && has && rc == eQCWWAN_ERR_QMI_OFFSET + QMI_ERR_EXTENDED_INTERNAL)
		*out = code;
	return rc;
}
