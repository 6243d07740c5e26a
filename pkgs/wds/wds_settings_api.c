/*
 * WDS settings (api/wds/inc/qaGobiApiWds.h): a live session's runtime
 * settings (Get Current Settings), the modem's autoconnect and the event
 * reports of the application's client.
 */
#include "api/wds/inc/qaGobiApiWds.h"

#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/wds/wds_api.h"
#include "pkgs/wds/wds_msg.h"

/* Everything Get Current Settings can tell that SLQSGetRuntimeSettings reads. */
#define RUNTIME_MASK                                                                    \
	(WDS_REQ_PROFILE_ID | WDS_REQ_PROFILE_NAME | WDS_REQ_PDP_TYPE | WDS_REQ_APN_NAME |   \
	 WDS_REQ_DNS_ADDRESS | WDS_REQ_USERNAME | WDS_REQ_AUTH_PROTOCOL |                   \
	 WDS_REQ_IP_ADDRESS | WDS_REQ_GATEWAY_INFO | WDS_REQ_MTU | WDS_REQ_IP_FAMILY |      \
	 WDS_REQ_EXTENDED_TECH)

/* The vendor's buffer sizes for the strings (name, APN, user name). */
#define RTS_NAME_SIZE (WDS_PROFILE_NAME_MAX + 1)
#define RTS_APN_SIZE  (WDS_APN_MAX + 1)
#define RTS_USER_SIZE 128

#define UNKNOWN(p) do { if (p) memset((p), 0xFF, sizeof(*(p))); } while (0)

/* Before filling: every wanted member "not reported". */
static void mark_unknown(struct qmiWdsRunTimeSettings *s)
{
	if (s->pProfileName)
		s->pProfileName[0] = '\0';
	if (s->pAPNName)
		s->pAPNName[0] = '\0';
	if (s->pUsername)
		s->pUsername[0] = '\0';
	UNKNOWN(s->pPDPType);
	UNKNOWN(s->pPrimaryDNSV4);
	UNKNOWN(s->pSecondaryDNSV4);
	UNKNOWN(s->pUMTSGrantedQoS);
	UNKNOWN(s->pGPRSGrantedQoS);
	UNKNOWN(s->pAuthentication);
	UNKNOWN(s->pIPAddressV4);
	UNKNOWN(s->pProfileID);
	UNKNOWN(s->pGWAddressV4);
	UNKNOWN(s->pSubnetMaskV4);
	UNKNOWN(s->pPCSCFAddrPCO);
	UNKNOWN(s->pServerAddrList);
	UNKNOWN(s->pPCSCFFQDNAddrList);
	if (s->pPrimaryDNSV6)
		memset(s->pPrimaryDNSV6, 0xFF, 8 * sizeof(USHORT));
	if (s->pSecondaryDNSV6)
		memset(s->pSecondaryDNSV6, 0xFF, 8 * sizeof(USHORT));
	UNKNOWN(s->pMtu);
	UNKNOWN(s->pDomainList);
	UNKNOWN(s->pIPFamilyPreference);
	UNKNOWN(s->pIMCNflag);
	UNKNOWN(s->pTechnology);
	UNKNOWN(s->pIPV6AddrInfo);
	UNKNOWN(s->pIPV6GWAddrInfo);
}

#define PUT(dst, has, v) do { if ((dst) && (has)) *(dst) = (v); } while (0)

static void put_text(CHAR *dst, size_t size, uint8_t has, const char *src)
{
	if (dst && has)
		slqs_copy_string(dst, size, src);	/* too long: left empty */
}

static void fill_ipv4(const struct wds_get_current_settings_rsp *r,
		      struct qmiWdsRunTimeSettings *s)
{
	PUT(s->pPrimaryDNSV4, r->has_dns1, r->dns1);
	PUT(s->pSecondaryDNSV4, r->has_dns2, r->dns2);
	PUT(s->pIPAddressV4, r->has_ipv4_addr, r->ipv4_addr);
	PUT(s->pGWAddressV4, r->has_ipv4_gateway, r->ipv4_gateway);
	PUT(s->pSubnetMaskV4, r->has_ipv4_netmask, r->ipv4_netmask);
}

static void fill_ipv6(const struct wds_get_current_settings_rsp *r,
		      struct qmiWdsRunTimeSettings *s)
{
	if (s->pPrimaryDNSV6 && r->has_ipv6_dns1)
		slqs_wds_ipv6_groups(r->ipv6_dns1, s->pPrimaryDNSV6);
	if (s->pSecondaryDNSV6 && r->has_ipv6_dns2)
		slqs_wds_ipv6_groups(r->ipv6_dns2, s->pSecondaryDNSV6);
	if (s->pIPV6AddrInfo && r->has_ipv6_addr) {
		s->pIPV6AddrInfo->IPV6PrefixLen = r->ipv6_addr.prefix_len;
		slqs_wds_ipv6_groups(r->ipv6_addr.addr, s->pIPV6AddrInfo->IPAddressV6);
	}
	if (s->pIPV6GWAddrInfo && r->has_ipv6_gateway) {
		s->pIPV6GWAddrInfo->gwV6PrefixLen = r->ipv6_gateway.prefix_len;
		slqs_wds_ipv6_groups(r->ipv6_gateway.addr, s->pIPV6GWAddrInfo->gwAddressV6);
	}
}

static void fill_common(const struct wds_get_current_settings_rsp *r,
			struct qmiWdsRunTimeSettings *s)
{
	put_text(s->pProfileName, RTS_NAME_SIZE, r->has_profile_name, r->profile_name);
	put_text(s->pAPNName, RTS_APN_SIZE, r->has_apn, r->apn);
	put_text(s->pUsername, RTS_USER_SIZE, r->has_username, r->username);
	PUT(s->pPDPType, r->has_pdp_type, r->pdp_type);
	PUT(s->pAuthentication, r->has_auth, r->auth);
	PUT(s->pMtu, r->has_mtu, r->mtu);
	PUT(s->pIPFamilyPreference, r->has_ip_family, r->ip_family);
	PUT(s->pTechnology, r->has_ext_tech_pref, r->ext_tech_pref);
	if (s->pProfileID && r->has_profile_id) {
		s->pProfileID->profileType = r->profile_id.type;
		s->pProfileID->profileIndex = r->profile_id.index;
	}
}

/* Reads the settings of the session named by id (family 4 or 6). */
static ULONG read_settings(const ULONG *id, BYTE family, struct qmiWdsRunTimeSettings *s)
{
	struct wds_get_current_settings_req req = { .has_requested = 1,
						    .requested = RUNTIME_MASK };
	struct wds_get_current_settings_rsp r;
	int slot = slqs_wds_slot_of_id(*id, family);
	ULONG rc;

	if (slot < 0)
		return family == SLQS_WDS_V6 ? eQCWWAN_ERR_SWICM_INVALID_V6_SESSION_ID
					     : eQCWWAN_ERR_SWICM_INVALID_V4_SESSION_ID;
	rc = slqs_wds_slot_family(slot, family);
	if (!rc)
		rc = slqs_qmi_call_on((uint8_t)slot, &slqs_wds_get_current_settings, &req, &r,
				      SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return rc;
	fill_common(&r, s);
	if (family == SLQS_WDS_V6)
		fill_ipv6(&r, s);
	else
		fill_ipv4(&r, s);
	return eQCWWAN_ERR_NONE;
}

ULONG SLQSGetRuntimeSettings(struct WdsRunTimeSettings *pRunTimeSettings)
{
	struct WdsRunTimeSettings *p = pRunTimeSettings;
	ULONG rc = eQCWWAN_ERR_NONE;

	if (!p || (!p->v4sessionId && !p->v6sessionId))
		return eQCWWAN_ERR_INVALID_ARG;
	mark_unknown(&p->rts);
	if (p->v4sessionId)
		rc = read_settings(p->v4sessionId, SLQS_WDS_V4, &p->rts);
	if (!rc && p->v6sessionId)
		rc = read_settings(p->v6sessionId, SLQS_WDS_V6, &p->rts);
	return rc;
}

/* ---- autoconnect -------------------------------------------------------- */

ULONG GetAutoconnect(ULONG *pSetting)
{
	struct wds_get_autoconnect_settings_rsp r;
	ULONG rc;

	if (!pSetting)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_qmi_call(&slqs_wds_get_autoconnect_settings, NULL, &r, SLQS_TIMEOUT_DEFAULT);
	if (!rc)
		*pSetting = r.status;
	return rc;
}

ULONG SetAutoconnect(ULONG setting)
{
	struct wds_set_autoconnect_settings_req req = { .status = (uint8_t)setting };

	if (setting > WDS_AUTOCONNECT_PAUSED)
		return eQCWWAN_ERR_INVALID_ARG;
	/* Enabling may bring a session up before the answer. */
	return slqs_qmi_call(&slqs_wds_set_autoconnect_settings, &req, NULL,
			     setting == WDS_AUTOCONNECT_ENABLED ? SLQS_TIMEOUT_LONG
								: SLQS_TIMEOUT_5S);
}

/* ---- event reports ------------------------------------------------------ */

#define TAKE(req, f, src) do { if (src) { (req).has_##f = 1; (req).f = *(src); } } while (0)

ULONG SLQSWdsSetEventReport(wdsSetEventReportReq *pSetEventReportReq)
{
	const wdsSetEventReportReq *p = pSetEventReportReq;
	struct wds_set_event_report_req req;

	if (!p)
		return eQCWWAN_ERR_INVALID_ARG;
	memset(&req, 0, sizeof(req));
	TAKE(req, channel_rate, p->pCurrChannelRateInd);
	TAKE(req, bearer_tech, p->pDataBearerTechInd);
	TAKE(req, dormancy, p->pDormancyStatusInd);
	TAKE(req, mip_status, p->pMIPStatusInd);
	TAKE(req, current_bearer_tech, p->pCurrDataBearerTechInd);
	TAKE(req, evdo_page_monitor, p->pEVDOPageMonPerChangeInd);
	TAKE(req, data_call_status, p->pDataCallStatusChangeInd);
	TAKE(req, preferred_data_system, p->pCurrPrefDataSysInd);
	TAKE(req, data_systems, p->pDataSystemStatusChangeInd);
	if (p->pTransferStatInd) {
		req.has_transfer_stats = 1;
		req.transfer_stats.interval = p->pTransferStatInd->statsPeriod;
		req.transfer_stats.indicators = p->pTransferStatInd->statsMask;
	}
	if (!req.has_channel_rate && !req.has_bearer_tech && !req.has_dormancy &&
	    !req.has_mip_status && !req.has_current_bearer_tech && !req.has_evdo_page_monitor &&
	    !req.has_data_call_status && !req.has_preferred_data_system &&
	    !req.has_data_systems && !req.has_transfer_stats)
		return eQCWWAN_ERR_INVALID_ARG;
	return slqs_ind_enable((uint8_t)slqs_wds_slot(0, SLQS_WDS_V4), &slqs_wds_event_report, &req,
			       SLQS_TIMEOUT_DEFAULT);
}
