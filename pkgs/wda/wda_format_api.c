/*
 * WDA data format API (api/wda/inc/qaGobiApiWda.h): Get and Set Data
 * Format. Both answers carry the same TLVs (pkgs/wda/wda_msgs.def: the
 * request numbers the uplink limits differently).
 */
#include "api/wda/inc/qaGobiApiWda.h"

#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/wda/wda_msg.h"

static void put_ulong(ULONG *dst, uint8_t has, uint32_t v)
{
	if (dst)
		*dst = has ? v : SLQS_WDA_UNKNOWN;
}

static void fill_format(const struct wda_data_format *f, wdaDataFormat *p)
{
	if (p->pQosFormat)
		*p->pQosFormat = f->has_qos_format ? f->qos_format : 0xFF;
	put_ulong(p->pLinkProtocol, f->has_link_layer, f->link_layer);
	put_ulong(p->pUlAggregationProtocol, f->has_ul_protocol, f->ul_protocol);
	put_ulong(p->pDlAggregationProtocol, f->has_dl_protocol, f->dl_protocol);
	put_ulong(p->pNdpSignature, f->has_ndp_signature, f->ndp_signature);
	put_ulong(p->pDlAggregationMaxDatagrams, f->has_dl_max_datagrams, f->dl_max_datagrams);
	put_ulong(p->pDlAggregationMaxSize, f->has_dl_max_size, f->dl_max_size);
	put_ulong(p->pUlAggregationMaxDatagrams, f->has_ul_max_datagrams, f->ul_max_datagrams);
	put_ulong(p->pUlAggregationMaxSize, f->has_ul_max_size, f->ul_max_size);
}

ULONG SLQSWdaGetDataFormat(wdaDataFormat *pResp)
{
	struct wda_get_data_format_req req = { 0 };
	struct wda_data_format rsp;
	ULONG rc;

	if (!pResp)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_qmi_call(&slqs_wda_get_data_format, &req, &rsp, SLQS_TIMEOUT_DEFAULT);
	if (!rc)
		fill_format(&rsp, pResp);
	return rc;
}

/* Copies an optional request member: *has = 1 when the caller gave it. */
#define TAKE(ptr, has, field)                   \
	do {                                    \
		if (ptr) {                      \
			(has) = 1;              \
			(field) = *(ptr);       \
			given = 1;              \
		}                               \
	} while (0)

ULONG SLQSWdaSetDataFormat(wdaSetDataFormatReq *pReq, wdaDataFormat *pResp)
{
	struct wda_set_data_format_req req = { 0 };
	struct wda_data_format rsp;
	int given = 0;
	ULONG rc;

	if (!pReq)
		return eQCWWAN_ERR_INVALID_ARG;
	if ((pReq->pLinkProtocol && *pReq->pLinkProtocol != SLQS_WDA_LINK_LAYER_802_3 &&
	     *pReq->pLinkProtocol != SLQS_WDA_LINK_LAYER_RAW_IP) ||
	    (pReq->pQosFormat && *pReq->pQosFormat > 1))
		return eQCWWAN_ERR_INVALID_ARG;
	TAKE(pReq->pQosFormat, req.has_qos_format, req.qos_format);
	TAKE(pReq->pLinkProtocol, req.has_link_layer, req.link_layer);
	TAKE(pReq->pUlAggregationProtocol, req.has_ul_protocol, req.ul_protocol);
	TAKE(pReq->pDlAggregationProtocol, req.has_dl_protocol, req.dl_protocol);
	TAKE(pReq->pDlAggregationMaxDatagrams, req.has_dl_max_datagrams, req.dl_max_datagrams);
	TAKE(pReq->pDlAggregationMaxSize, req.has_dl_max_size, req.dl_max_size);
	TAKE(pReq->pUlAggregationMaxDatagrams, req.has_ul_max_datagrams, req.ul_max_datagrams);
	TAKE(pReq->pUlAggregationMaxSize, req.has_ul_max_size, req.ul_max_size);
	if (!given)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_qmi_call(&slqs_wda_set_data_format, &req, &rsp, SLQS_TIMEOUT_DEFAULT);
	if (!rc && pResp)
		fill_format(&rsp, pResp);
	return rc;
}
