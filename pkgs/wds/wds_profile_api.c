/*
 * WDS profile API (api/wds/inc/qaGobiApiWds.h, section "Profiles"): the
 * structured functions, through WDS Create Profile (or Sierra's indexed
 * create), Modify Profile, Delete Profile and Get Profile Settings.
 */
#include "api/wds/inc/qaGobiApiWds.h"

#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/wds/wds_profile.h"

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
	rc = slqs_wds_settings_to_wire(*pReq->pProfileType, &pReq->curProfile, &req.any.settings);
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
		return slqs_wds_ext_error(rc, rsp.has_ext_error, rsp.ext_error, pResp->pExtErrorCode);
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
	rc = slqs_wds_settings_to_wire(*pReq->pProfileType, &pReq->curProfile, &req.settings);
	if (rc)
		return rc;
	req.id = (struct wds_profile_id){ *pReq->pProfileType, *pReq->pProfileID };
	rc = slqs_qmi_call(&slqs_wds_modify_profile, &req, &rsp, SLQS_TIMEOUT_DEFAULT);
	return slqs_wds_ext_error(rc, rsp.has_ext_error, rsp.ext_error, pResp->pExtErrorCode);
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
	return slqs_wds_ext_error(rc, rsp.has_ext_error, rsp.ext_error, pExtendedErrorCode);
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
		return slqs_wds_ext_error(rc, rsp.has_ext_error, rsp.ext_error, pResp->pExtErrCode);
	if (pReq->ProfileType != WDS_PROFILE_3GPP)
		return eQCWWAN_ERR_NONE;	/* 3GPP2 settings are not decoded */
	return slqs_wds_profile_from_wire(&rsp.settings, &pResp->curProfile.SlqsProfile3GPP);
}
