/*
 * UIM API, the PINs (api/uim/inc/qaGobiApiUim.h): verify, unblock, change,
 * enable/disable. Each copies the caller's session, PIN(s) and optional
 * members into its request; all four answer with struct uim_pin_rsp, whose
 * retries come back on failure too.
 */
#include "pkgs/uim/uim_api.h"

#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"

/*
 * A caller's PIN (len ASCII characters, no NUL) as the request's string:
 * INVALID_ARG when it is too long for the TLV or holds a NUL (it could not
 * be sent as given).
 */
static ULONG copy_pin(char dst[UIM_PIN_MAX], const BYTE *src, BYTE len)
{
	if (len >= UIM_PIN_MAX || memchr(src, '\0', len))
		return eQCWWAN_ERR_INVALID_ARG;
	memcpy(dst, src, len);
	dst[len] = '\0';
	return eQCWWAN_ERR_NONE;
}

/* What the modem said, into the caller's members ("not reported" markers when absent). */
static void pin_resp_to_api(UIMPinResp *out, const struct uim_pin_rsp *rsp)
{
	if (out->pRemainingRetries) {
		out->pRemainingRetries->verifyLeft = rsp->has_retries ? rsp->retries.verify_left : 0xFF;
		out->pRemainingRetries->unblockLeft =
			rsp->has_retries ? rsp->retries.unblock_left : 0xFF;
	}
	if (out->pEncryptedPIN1) {
		encryptedPIN1 *e = out->pEncryptedPIN1;

		memset(e, 0, sizeof(*e));
		if (rsp->has_encrypted_pin1) {
			e->pin1Len = (BYTE)rsp->n_encrypted_pin1;
			memcpy(e->pin1Val, rsp->encrypted_pin1, rsp->n_encrypted_pin1);
		}
	}
	if (out->pIndicationToken)
		*out->pIndicationToken = rsp->has_token ? rsp->token : 0xFFFFFFFFu;
}

/* Sends a PIN request; the caller's members are filled whatever the outcome. */
static ULONG pin_call(const struct qmi_msg *msg, const void *req, UIMPinResp *out)
{
	struct uim_pin_rsp rsp;
	ULONG rc = slqs_qmi_call(msg, req, &rsp, UIM_TIMEOUT_MS);

	/* Without an answer rsp stays zeroed: every member reads "not reported". */
	if (rc == eQCWWAN_ERR_MALFORMED_QMI_RSP)
		memset(&rsp, 0, sizeof(rsp));	/* half-decoded: trust none of it */
	pin_resp_to_api(out, &rsp);
	return rc;
}

ULONG SLQSUIMVerifyPin(UIMVerifyPinReq *pUIMVerifyPinReq, UIMPinResp *pUIMVerifyPinResp)
{
	const UIMVerifyPinReq *in = pUIMVerifyPinReq;
	struct uim_verify_pin_req req = { 0 };
	ULONG rc;

	if (!in || !pUIMVerifyPinResp)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_uim_session(&req.session, &in->sessionInfo);
	if (!rc)
		rc = copy_pin(req.info.pin, in->verifyPIN.pinVal, in->verifyPIN.pinLen);
	if (rc)
		return rc;
	req.info.pin_id = in->verifyPIN.pinID;
	if (in->pEncryptedPIN1) {
		req.has_encrypted_pin1 = 1;
		req.n_encrypted_pin1 = in->pEncryptedPIN1->pin1Len;
		memcpy(req.encrypted_pin1, in->pEncryptedPIN1->pin1Val, in->pEncryptedPIN1->pin1Len);
	}
	uim_opt_u8(&req.has_key_ref, &req.key_ref, in->pKeyReferenceID);
	uim_opt_u32(&req.has_token, &req.token, in->pIndicationToken);
	return pin_call(&slqs_uim_verify_pin, &req, pUIMVerifyPinResp);
}

ULONG SLQSUIMUnblockPin(UIMUnblockPinReq *pUIMUnblockPinReq, UIMPinResp *pUIMUnblockPinResp)
{
	const UIMUnblockPinReq *in = pUIMUnblockPinReq;
	struct uim_unblock_pin_req req = { 0 };
	ULONG rc;

	if (!in || !pUIMUnblockPinResp)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_uim_session(&req.session, &in->sessionInfo);
	if (!rc)
		rc = copy_pin(req.info.puk, in->unblockPIN.pukVal, in->unblockPIN.pukLen);
	if (!rc)
		rc = copy_pin(req.info.new_pin, in->unblockPIN.newPINVal, in->unblockPIN.newPINLen);
	if (rc)
		return rc;
	req.info.pin_id = in->unblockPIN.pinID;
	uim_opt_u8(&req.has_key_ref, &req.key_ref, in->pKeyReferenceID);
	uim_opt_u32(&req.has_token, &req.token, in->pIndicationToken);
	return pin_call(&slqs_uim_unblock_pin, &req, pUIMUnblockPinResp);
}

ULONG SLQSUIMChangePin(UIMChangePinReq *pUIMChangePinReq, UIMPinResp *pUIMChangePinResp)
{
	const UIMChangePinReq *in = pUIMChangePinReq;
	struct uim_change_pin_req req = { 0 };
	ULONG rc;

	if (!in || !pUIMChangePinResp)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_uim_session(&req.session, &in->sessionInfo);
	if (!rc)
		rc = copy_pin(req.info.old_pin, in->changePIN.oldPINVal, in->changePIN.oldPINLen);
	if (!rc)
		rc = copy_pin(req.info.new_pin, in->changePIN.pinVal, in->changePIN.pinLen);
	if (rc)
		return rc;
	req.info.pin_id = in->changePIN.pinID;
	uim_opt_u8(&req.has_key_ref, &req.key_ref, in->pKeyReferenceID);
	uim_opt_u32(&req.has_token, &req.token, in->pIndicationToken);
	return pin_call(&slqs_uim_change_pin, &req, pUIMChangePinResp);
}

ULONG SLQSUIMSetPinProtection(UIMSetPinProtectionReq *pUIMSetPinProtectionReq,
			      UIMPinResp *pUIMSetPinProtectionResp)
{
	const UIMSetPinProtectionReq *in = pUIMSetPinProtectionReq;
	struct uim_set_pin_protection_req req = { 0 };
	ULONG rc;

	if (!in || !pUIMSetPinProtectionResp)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_uim_session(&req.session, &in->sessionInfo);
	if (!rc)
		rc = copy_pin(req.info.pin, in->pinProtection.pinValue, in->pinProtection.pinLength);
	if (rc)
		return rc;
	req.info.pin_id = in->pinProtection.pinID;
	req.info.enabled = in->pinProtection.pinOperation;
	uim_opt_u8(&req.has_key_ref, &req.key_ref, in->pKeyReferenceID);
	uim_opt_u32(&req.has_token, &req.token, in->pIndicationToken);
	return pin_call(&slqs_uim_set_pin_protection, &req, pUIMSetPinProtectionResp);
}
