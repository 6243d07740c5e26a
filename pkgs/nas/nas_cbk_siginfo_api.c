/*
 * SLQSNasSigInfo2CallBack (api/cbk/inc/qaGobiApiCbk.h): the Signal Info
 * indication, its thresholds and deltas (Config Signal Info v2) and its
 * registration (Register Indications, signal info).
 */
#include "api/cbk/inc/qaGobiApiCbk.h"

#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/cbk/cbk.h"
#include "pkgs/nas/nas_cbk.h"

static void on_sig_info(uint8_t client, const void *ind, void *ctx);
static struct slqs_cbk sig_info_kind = SLQS_CBK_KIND(&slqs_nas_signal_info_ind, on_sig_info);

static void on_sig_info(uint8_t client, const void *ind, void *ctx)
{
	const struct nas_signal_info *r = ind;
	tFNSigInfo fn = (tFNSigInfo)slqs_cbk_get(&sig_info_kind);
	CDMASSInfo cdma = { r->cdma.rssi, r->cdma.ecio }, wcdma = { r->wcdma.rssi, r->wcdma.ecio };
	HDRSSInfo hdr = { r->hdr.rssi, r->hdr.ecio, r->hdr.sinr, r->hdr.io };
	LTESSInfo lte = { r->lte.rssi, r->lte.rsrq, r->lte.rsrp, r->lte.snr };
	INT8 gsm = r->gsm, rscp = r->tdma;
	TDSCDMASigInfoExt tds;
	nasSigInfo info = {
		r->has_cdma ? &cdma : NULL,   r->has_hdr ? &hdr : NULL,
		r->has_gsm ? &gsm : NULL,     r->has_wcdma ? &wcdma : NULL,
		r->has_lte ? &lte : NULL,     r->has_tdma ? &rscp : NULL,
		r->has_tdma_ext ? &tds : NULL,
	};

	(void)client, (void)ctx;
	if (!fn)
		return;
	/* The wire's four little-endian float32 the codec read as integers. */
	memcpy(&tds.rssi, &r->tdma_ext.rssi, sizeof(FLOAT));
	memcpy(&tds.rscp, &r->tdma_ext.rscp, sizeof(FLOAT));
	memcpy(&tds.ecio, &r->tdma_ext.ecio, sizeof(FLOAT));
	memcpy(&tds.sinr, &r->tdma_ext.sinr, sizeof(FLOAT));
	fn(&info);
}

/* A threshold list of Config Signal Info v2, when the caller gave one; -1 when it does not fit. */
static int put_list(int present, BYTE len, const WORD *src, uint8_t *has, uint16_t *n,
		    int16_t *dst)
{
	if (!present)
		return 0;
	if (len > NAS_MAX_THRESHOLDS || (len && !src))
		return -1;
	*has = 1;
	*n = len;
	for (BYTE i = 0; i < len; i++)
		dst[i] = (int16_t)src[i];
	return 0;
}

static void put_delta(const WORD *src, uint8_t *has, uint16_t *delta)
{
	if (src) {
		*has = 1;
		*delta = *src;
	}
}

/* List `name` and its delta from the caller's thresholds struct p (may be NULL). */
#define PUT(name, p, len, list, delta)                                                   \
	(put_delta(delta, &r->has_##name##_delta, &r->name##_delta),                       \
	 put_list(p != NULL, p ? p->len : 0, p ? p->list : NULL,                           \
		  &r->has_##name##_thresholds, &r->n_##name##_thresholds, r->name##_thresholds))

static int config_of(const setSignalStrengthInfo *s, struct nas_config_signal_info2_req *r)
{
	int bad = 0;

	memset(r, 0, sizeof(*r));
	bad |= PUT(cdma_rssi, s->pCDMARSSIThresh, CDMARSSIThreshListLen, pCDMARSSIThreshList,
		   s->pCDMARSSIDelta);
	bad |= PUT(cdma_ecio, s->pCDMAECIOThresh, CDMAECIOThreshListLen, pCDMAECIOThreshList,
		   s->pCDMAECIODelta);
	bad |= PUT(hdr_rssi, s->pHDRRSSIThresh, HDRRSSIThreshListLen, pHDRRSSIThreshList,
		   s->pHDRRSSIDelta);
	bad |= PUT(hdr_ecio, s->pHDRECIOThresh, HDRECIOThreshListLen, pHDRECIOThreshList,
		   s->pHDRECIODelta);
	bad |= PUT(hdr_sinr, s->pHDRSINRThresh, HDRSINRThreshListLen, pHDRSINRThreshList,
		   s->pHDRSINRDelta);
	bad |= PUT(hdr_io, s->pHDRIOThresh, HDRIOThreshListLen, pHDRIOThreshList,
		   s->pHDRIODelta);
	bad |= PUT(gsm_rssi, s->pGSMRSSIThresh, GSMRSSIThreshListLen, pGSMRSSIThreshList,
		   s->pGSMRSSIDelta);
	bad |= PUT(wcdma_rssi, s->pWCDMARSSIThresh, WCDMARSSIThreshListLen,
		   pWCDMARSSIThreshList, s->pWCDMARSSIDelta);
	bad |= PUT(wcdma_ecio, s->pWCDMAECIOThresh, WCDMAECIOThreshListLen,
		   pWCDMAECIOThreshList, s->pWCDMAECIODelta);
	bad |= PUT(lte_rssi, s->pLTERSSIThresh, LTERSSIThreshListLen, pLTERSSIThreshList,
		   s->pLTERSSIDelta);
	bad |= PUT(lte_snr, s->pLTESNRThresh, LTESNRThreshListLen, pLTESNRThreshList,
		   s->pLTESNRDelta);
	bad |= PUT(lte_rsrq, s->pLTERSRQThresh, LTERSRQThreshListLen, pLTERSRQThreshList,
		   s->pLTERSRQDelta);
	bad |= PUT(lte_rsrp, s->pLTERSRPThresh, LTERSRPThreshListLen, pLTERSRPThreshList,
		   s->pLTERSRPDelta);
	if (s->pLTESigRptConfig) {
		r->has_lte_report = 1;
		r->lte_report.rate = s->pLTESigRptConfig->rptRate;
		r->lte_report.average_period = s->pLTESigRptConfig->avgPeriod;
	}
	return bad;
}
#undef PUT

void slqs_nas_cbk_sig_info_needs(struct nas_register_indications_req *req)
{
	if (slqs_cbk_get(&sig_info_kind)) {
		req->has_signal_info = 1;
		req->signal_info = 1;
	}
}

/* The thresholds too go through slqs_ind_enable(): the modem forgets them on reset. */
static ULONG register_sig_info(const void *arg, int on)
{
	const struct nas_config_signal_info2_req *config = arg;
	struct nas_register_indications_req req = { .has_signal_info = 1,
						    .signal_info = (uint8_t)on };
	ULONG rc;

	if (on && config) {
		rc = slqs_ind_enable(0, &slqs_nas_config_signal_info2, config,
				     SLQS_TIMEOUT_DEFAULT);
		if (rc)
			return rc;
	}
	slqs_nas_cbk_serving_needs(&req);
	return slqs_ind_enable(0, &slqs_nas_register_indications, &req, SLQS_TIMEOUT_DEFAULT);
}

ULONG SLQSNasSigInfo2CallBack(tFNSigInfo pCallback, setSignalStrengthInfo *pSetSigInfo)
{
	struct nas_config_signal_info2_req config;

	if (pCallback && pSetSigInfo && config_of(pSetSigInfo, &config))
		return eQCWWAN_ERR_INVALID_ARG;
	return slqs_cbk_set(&sig_info_kind, (slqs_cbk_fn)pCallback, register_sig_info,
			    pCallback && pSetSigInfo ? &config : NULL);
}
