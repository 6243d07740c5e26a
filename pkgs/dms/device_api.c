/*
 * Device management API (api/dms/inc/qaGobiApiDms.h): capabilities, bands,
 * PRL, network time and the operating ("power") mode. Every value is the
 * modem's own QMI number, passed through unchanged.
 */
#include "api/dms/inc/qaGobiApiDms.h"

#include <stdint.h>

#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/dms/dms_msg.h"

/* Asks for `msg` (no request TLVs) once the caller's pointers are checked. */
static ULONG ask(const struct qmi_msg *msg, void *rsp, int pointers_ok)
{
	if (!pointers_ok)
		return eQCWWAN_ERR_INVALID_ARG;
	return slqs_qmi_call(msg, NULL, rsp, SLQS_TIMEOUT_DEFAULT);
}

ULONG GetDeviceCapabilities(ULONG *pMaxTXChannelRate, ULONG *pMaxRXChannelRate,
			    ULONG *pDataServiceCapability, ULONG *pSimCapability,
			    ULONG *pRadioIfacesSize, BYTE *pRadioIfaces)
{
	struct dms_get_capabilities_rsp rsp;
	const struct dms_capabilities *c = &rsp.info;
	ULONG rc = ask(&slqs_dms_get_capabilities, &rsp,
		       pMaxTXChannelRate && pMaxRXChannelRate && pDataServiceCapability &&
		       pSimCapability && pRadioIfacesSize && pRadioIfaces);

	if (rc)
		return rc;
	*pMaxTXChannelRate = c->max_tx_rate;
	*pMaxRXChannelRate = c->max_rx_rate;
	*pDataServiceCapability = c->data_service;
	*pSimCapability = c->sim_capability;
	if (c->n_radio_ifs > *pRadioIfacesSize)
		return eQCWWAN_ERR_BUFFER_SZ;
	*pRadioIfacesSize = c->n_radio_ifs;
	for (uint16_t i = 0; i < c->n_radio_ifs; i++)
		pRadioIfaces[i] = c->radio_ifs[i];
	return eQCWWAN_ERR_NONE;
}

ULONG SLQSGetBandCapability(ULONGLONG *pBandCapability)
{
	struct dms_get_band_capabilities_rsp rsp;
	ULONG rc = ask(&slqs_dms_get_band_capabilities, &rsp, pBandCapability != NULL);

	if (!rc)
		*pBandCapability = rsp.band_capability;
	return rc;
}

ULONG GetPRLVersion(WORD *pPRLVersion)
{
	struct dms_get_prl_version_rsp rsp;
	ULONG rc = ask(&slqs_dms_get_prl_version, &rsp, pPRLVersion != NULL);

	if (!rc)
		*pPRLVersion = rsp.version;
	return rc;
}

ULONG SLQSGetCurrentPRLInfo(dmsCurrentPRLInfo *pCurrentPRLInfo)
{
	struct dms_get_current_prl_info_rsp rsp;
	ULONG rc = ask(&slqs_dms_get_current_prl_info, &rsp, pCurrentPRLInfo != NULL);

	if (rc)
		return rc;
	/* What the modem left out is "unknown", as in the vendor SDK. */
	if (pCurrentPRLInfo->pPRLVersion)
		*pCurrentPRLInfo->pPRLVersion = rsp.has_version ? rsp.version : 0xFFFF;
	if (pCurrentPRLInfo->pPRLPreference)
		*pCurrentPRLInfo->pPRLPreference = rsp.has_prl_only ? rsp.prl_only : 0xFF;
	return eQCWWAN_ERR_NONE;
}

ULONG GetNetworkTime(ULONGLONG *pTimeStamp, ULONG *pTimeSource)
{
	struct dms_get_time_rsp rsp;
	ULONG rc = ask(&slqs_dms_get_time, &rsp, pTimeStamp && pTimeSource);

	if (rc)
		return rc;
	*pTimeStamp = (ULONGLONG)rsp.device.count_high << 32 | rsp.device.count_low;
	*pTimeSource = rsp.device.source;
	return eQCWWAN_ERR_NONE;
}

ULONG GetPower(ULONG *pPowerMode)
{
	struct dms_get_operating_mode_rsp rsp;
	ULONG rc = ask(&slqs_dms_get_operating_mode, &rsp, pPowerMode != NULL);

	if (!rc)
		*pPowerMode = rsp.mode;
	return rc;
}

ULONG SetPower(ULONG powerMode)
{
	struct dms_set_operating_mode_req req;
	ULONG rc;

	/* The mode travels as one byte: a larger value cannot be sent. */
	if (powerMode > UINT8_MAX)
		return eQCWWAN_ERR_INVALID_ARG;
	req.mode = (uint8_t)powerMode;
	rc = slqs_qmi_call(&slqs_dms_set_operating_mode, &req, NULL, SLQS_TIMEOUT_DEFAULT);
	/* A reset that overtakes its own answer (seen over GobiNet) is what was asked. */
	if (rc == eQCWWAN_ERR_RESET && req.mode == DMS_MODE_RESET)
		rc = eQCWWAN_ERR_NONE;
	return rc;
}
