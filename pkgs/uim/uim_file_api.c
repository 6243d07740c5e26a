/*
 * UIM API, the card's files (api/uim/inc/qaGobiApiUim.h): Read Transparent.
 */
#include "pkgs/uim/uim_api.h"

#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"

/*
 * The caller's file and path into the request's file TLV. The vendor
 * counts the path in bytes (pathLen) but holds it as 16-bit file ids; the
 * wire carries those ids low byte first.
 */
static ULONG file_from_api(struct uim_file *dst, const fileInfo *src)
{
	if (src->pathLen % 2 || src->pathLen > sizeof(dst->path))
		return eQCWWAN_ERR_INVALID_ARG;
	dst->file_id = src->fileID;
	dst->n_path = src->pathLen;
	for (unsigned i = 0; i < src->pathLen / 2u; i++) {
		dst->path[2 * i] = (uint8_t)(src->path[i] & 0xFF);
		dst->path[2 * i + 1] = (uint8_t)(src->path[i] >> 8);
	}
	return eQCWWAN_ERR_NONE;
}

/* The answer into the caller's members; BUFFER_SZ when the data does not fit. */
static ULONG read_to_api(UIMReadTransparentResp *out, const struct uim_read_transparent_rsp *rsp,
			 ULONG rc)
{
	if (out->pCardResult) {
		out->pCardResult->sw1 = rsp->has_card_result ? rsp->card_result.sw1 : 0;
		out->pCardResult->sw2 = rsp->has_card_result ? rsp->card_result.sw2 : 0;
	}
	if (out->pIndicationToken)
		*out->pIndicationToken = rsp->has_token ? rsp->token : 0xFFFFFFFFu;
	if (out->pEncryptedData)
		*out->pEncryptedData = rsp->has_encrypted ? rsp->encrypted : 0;
	if (out->pReadResult) {
		readResult *r = out->pReadResult;
		uint16_t n = !rc && rsp->has_data ? rsp->n_data : 0;

		r->contentLen = 0;
		if (n > sizeof(r->content))
			return eQCWWAN_ERR_BUFFER_SZ;
		r->contentLen = n;
		memcpy(r->content, rsp->data, n);
	}
	return rc;
}

ULONG SLQSUIMReadTransparent(UIMReadTransparentReq *pUIMReadTransparentReq,
			     UIMReadTransparentResp *pUIMReadTransparentResp)
{
	const UIMReadTransparentReq *in = pUIMReadTransparentReq;
	struct uim_read_transparent_req req = { 0 };
	struct uim_read_transparent_rsp rsp;
	ULONG rc;

	if (!in || !pUIMReadTransparentResp)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_uim_session(&req.session, &in->sessionInfo);
	if (!rc)
		rc = file_from_api(&req.file, &in->fileIndex);
	if (rc)
		return rc;
	req.read.offset = in->readTransparent.offset;
	req.read.length = in->readTransparent.length;
	uim_opt_u32(&req.has_token, &req.token, in->pIndicationToken);
	uim_opt_u8(&req.has_encrypt, &req.encrypt, in->pEncryptData);
	rc = slqs_qmi_call(&slqs_uim_read_transparent, &req, &rsp, UIM_TIMEOUT_MS);
	if (rc == eQCWWAN_ERR_MALFORMED_QMI_RSP)
		memset(&rsp, 0, sizeof(rsp));	/* half-decoded: trust none of it */
	return read_to_api(pUIMReadTransparentResp, &rsp, rc);
}
