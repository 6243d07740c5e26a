/*
 * NAS signal API (api/nas/inc/qaGobiApiNas.h): Get Signal Strength, Get
 * Signal Info and Get RF Band Information, in the vendor SDK's units.
 */
#include "api/nas/inc/qaGobiApiNas.h"

#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/nas/nas_msg.h"

ULONG GetSignalStrengths(ULONG *pArraySizes, INT8 *pSignalStrengths, ULONG *pRadioInterfaces)
{
	struct nas_get_signal_strength_req req = { 0 };
	struct nas_get_signal_strength_rsp rsp;
	ULONG rc, n = 0, cap;

	if (!pArraySizes || !pSignalStrengths || !pRadioInterfaces)
		return eQCWWAN_ERR_INVALID_ARG;
	cap = *pArraySizes;
	rc = slqs_qmi_call(&slqs_nas_get_signal_strength, &req, &rsp, SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return rc;
	/* The serving interface first, then the others the list names. */
	if (cap > 0) {
		pSignalStrengths[0] = rsp.signal_strength.strength;
		pRadioInterfaces[0] = (ULONG)(BYTE)rsp.signal_strength.radio_interface;
	}
	n = 1;
	for (uint16_t i = 0; rsp.has_strength_list && i < rsp.n_strength_list; i++) {
		const struct nas_strength *s = &rsp.strength_list[i];

		if (s->radio_interface == rsp.signal_strength.radio_interface)
			continue;
		if (n < cap) {
			pSignalStrengths[n] = s->strength;
			pRadioInterfaces[n] = (ULONG)(BYTE)s->radio_interface;
		}
		n++;
	}
	*pArraySizes = n;
	return n > cap ? eQCWWAN_ERR_BUFFER_SZ : eQCWWAN_ERR_NONE;
}

/* Appends a list entry unless the vendor's 18-entry array is full. */
#define APPEND(len, list, ...)                                                  \
	do {                                                                    \
		if ((len) >= SLQS_SS_INFO_LIST_MAX_ELEMENTS)                    \
			return eQCWWAN_ERR_BUFFER_SZ;                           \
		(list)[(len)++] = (__typeof__((list)[0])){ __VA_ARGS__ };       \
	} while (0)

static ULONG fill_signal_strength(const struct nas_get_signal_strength_rsp *r,
				  struct slqsSignalStrengthInfo *p)
{
	APPEND(p->rxSignalStrengthListLen, p->rxSignalStrengthList,
	       r->signal_strength.strength, (BYTE)r->signal_strength.radio_interface);
	for (uint16_t i = 0; r->has_rssi_list && i < r->n_rssi_list; i++)	/* -rssi dBm */
		APPEND(p->rxSignalStrengthListLen, p->rxSignalStrengthList,
		       (SHORT)-r->rssi_list[i].rssi, (BYTE)r->rssi_list[i].radio_interface);
	for (uint16_t i = 0; r->has_ecio_list && i < r->n_ecio_list; i++)	/* -0.5 dB steps */
		APPEND(p->ecioListLen, p->ecioList, (SHORT)-(r->ecio_list[i].ecio / 2),
		       (BYTE)r->ecio_list[i].radio_interface);
	for (uint16_t i = 0; r->has_error_rate_list && i < r->n_error_rate_list; i++)
		APPEND(p->errorRateListLen, p->errorRateList, r->error_rate_list[i].rate,
		       (BYTE)r->error_rate_list[i].radio_interface);
	if (r->has_io)
		p->Io = r->io;
	if (r->has_sinr)
		p->sinr = r->sinr;
	if (r->has_rsrq) {
		p->rsrqInfo.rsrq = r->rsrq.rsrq;
		p->rsrqInfo.radioIf = (BYTE)r->rsrq.radio_interface;
	}
	if (r->has_lte_snr)
		p->ltesnr = r->lte_snr;
	if (r->has_lte_rsrp)
		p->ltersrp = r->lte_rsrp;
	return eQCWWAN_ERR_NONE;
}

ULONG SLQSGetSignalStrength(struct slqsSignalStrengthInfo *pSignalInfo)
{
	struct nas_get_signal_strength_req req = { 0 };
	struct nas_get_signal_strength_rsp rsp;
	USHORT mask;
	ULONG rc;

	if (!pSignalInfo)
		return eQCWWAN_ERR_INVALID_ARG;
	mask = pSignalInfo->signalStrengthReqMask;
	req.has_request_mask = 1;
	req.request_mask = mask;
	rc = slqs_qmi_call(&slqs_nas_get_signal_strength, &req, &rsp, SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return rc;
	memset(pSignalInfo, 0, sizeof(*pSignalInfo));
	pSignalInfo->signalStrengthReqMask = mask;
	pSignalInfo->Io = (INT32)0xFFFFFFFF;
	pSignalInfo->sinr = 0xFF;
	pSignalInfo->rsrqInfo.radioIf = 0xFF;
	pSignalInfo->ltesnr = NAS_SIGNAL_UNKNOWN_I16;
	pSignalInfo->ltersrp = NAS_SIGNAL_UNKNOWN_I16;
	return fill_signal_strength(&rsp, pSignalInfo);
}

/* Copies a technology's answer, or all bits set when the modem sent none. */
static void fill_or_unknown(void *dst, const void *src, size_t size, int present)
{
	if (!dst)
		return;
	if (present)
		memcpy(dst, src, size);
	else
		memset(dst, 0xFF, size);
}

ULONG SLQSNasGetSigInfo(nasGetSigInfoResp *p)
{
	struct nas_signal_info r;
	CDMASSInfo cdma, wcdma;
	HDRSSInfo hdr;
	LTESSInfo lte;
	TDSCDMASigInfoExt tds;
	ULONG rc;

	if (!p)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_qmi_call(&slqs_nas_get_signal_info, NULL, &r, SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return rc;
	cdma = (CDMASSInfo){ r.cdma.rssi, r.cdma.ecio };
	hdr = (HDRSSInfo){ r.hdr.rssi, r.hdr.ecio, r.hdr.sinr, r.hdr.io };
	wcdma = (CDMASSInfo){ r.wcdma.rssi, r.wcdma.ecio };
	lte = (LTESSInfo){ r.lte.rssi, r.lte.rsrq, r.lte.rsrp, r.lte.snr };
	/* The wire's TD-SCDMA extension is 4 little-endian float32 the codec read as integers. */
	memcpy(&tds.rssi, &r.tdma_ext.rssi, sizeof(FLOAT));
	memcpy(&tds.rscp, &r.tdma_ext.rscp, sizeof(FLOAT));
	memcpy(&tds.ecio, &r.tdma_ext.ecio, sizeof(FLOAT));
	memcpy(&tds.sinr, &r.tdma_ext.sinr, sizeof(FLOAT));
	fill_or_unknown(p->pCDMASSInfo, &cdma, sizeof(cdma), r.has_cdma);
	fill_or_unknown(p->pHDRSSInfo, &hdr, sizeof(hdr), r.has_hdr);
	fill_or_unknown(p->pGSMSSInfo, &r.gsm, sizeof(INT8), r.has_gsm);
	fill_or_unknown(p->pWCDMASSInfo, &wcdma, sizeof(wcdma), r.has_wcdma);
	fill_or_unknown(p->pLTESSInfo, &lte, sizeof(lte), r.has_lte);
	fill_or_unknown(p->pTDSCDMASigInfoRscp, &r.tdma, sizeof(INT8), r.has_tdma);
	fill_or_unknown(p->pTDSCDMASigInfoExt, &tds, sizeof(tds), r.has_tdma_ext);
	return eQCWWAN_ERR_NONE;
}

ULONG GetRFInfo(BYTE *pInstanceSize, struct RFBandInfoElements *pRFBandInfo)
{
	struct nas_get_rf_band_info_rsp rsp;
	BYTE cap;
	ULONG rc;

	if (!pInstanceSize || !pRFBandInfo)
		return eQCWWAN_ERR_INVALID_ARG;
	cap = *pInstanceSize;
	rc = slqs_qmi_call(&slqs_nas_get_rf_band_info, NULL, &rsp, SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return rc;
	*pInstanceSize = (BYTE)rsp.n_bands;
	if (rsp.n_bands > cap)
		return eQCWWAN_ERR_BUFFER_SZ;
	for (uint16_t i = 0; i < rsp.n_bands; i++)
		pRFBandInfo[i] = (struct RFBandInfoElements){ (BYTE)rsp.bands[i].radio_interface,
							      rsp.bands[i].band,
							      rsp.bands[i].channel };
	return eQCWWAN_ERR_NONE;
}
