/*
 * WDS profile API (api/wds/inc/qaGobiApiWds.h, section "Profiles"): the
 * flat functions, one argument per setting: SLQSGetProfile/SLQSSetProfile
 * on a profile index, GetDefaultProfile(LTE)/SetDefaultProfile on the
 * modem's default profile.
 */
#include "api/wds/inc/qaGobiApiWds.h"

#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/wds/wds_profile.h"

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
	return slqs_wds_profile_from_wire(w, &p);
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
		return slqs_wds_ext_error(rc, rsp.has_ext_error, rsp.ext_error, ext);
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
	rc = slqs_wds_profile_to_wire(&p, &req.settings);
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
