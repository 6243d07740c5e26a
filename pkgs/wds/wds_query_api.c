/*
 * What a live WDS session answers (api/wds/inc/qaGobiApiWds.h): packet
 * and byte counters, channel rates, dormancy, data bearer technology.
 * Each asks the client slot of the session it names (pkgs/wds/wds_api.h).
 */
#include "api/wds/inc/qaGobiApiWds.h"

#include <string.h>

#include "api/qmerrno.h"
#include "core/qmi_error.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/wds/wds_api.h"
#include "pkgs/wds/wds_msg.h"

#define UNKNOWN32 0xFFFFFFFFu

/* The primary slot of an instance, made to speak its family. */
static ULONG instance_slot(BYTE instance, int *slot)
{
	ULONG v4, v6;

	*slot = slqs_wds_primary_slot(instance);
	if (*slot < 0)
		return eQCWWAN_ERR_INVALID_ARG;
	slqs_wds_session_ids(instance, &v4, &v6);
	return slqs_wds_slot_family(*slot, !v4 && v6 ? SLQS_WDS_V6 : SLQS_WDS_V4);
}

/* The slot of a session id given by pointer (NULL: not asked, *slot = -1). */
static ULONG id_slot(const ULONG *id, BYTE family, int *slot)
{
	*slot = -1;
	if (!id)
		return eQCWWAN_ERR_NONE;
	*slot = slqs_wds_slot_of_id(*id, family);
	if (*slot < 0)
		return family == SLQS_WDS_V6 ? eQCWWAN_ERR_SWICM_INVALID_V6_SESSION_ID
					     : eQCWWAN_ERR_SWICM_INVALID_V4_SESSION_ID;
	return slqs_wds_slot_family(*slot, family);
}

/* ---- packet statistics -------------------------------------------------- */

static ULONG statistics(int slot, ULONG mask, struct wds_get_packet_statistics_rsp *rsp,
			ULONG timeout)
{
	struct wds_get_packet_statistics_req req = { .has_mask = 1, .mask = mask };

	return slqs_qmi_call_on((uint8_t)slot, &slqs_wds_get_packet_statistics, &req, rsp,
				timeout);
}

#define PUT(dst, has, v) do { if ((dst) && (has)) *(dst) = (v); } while (0)

static void fill_statistics(const struct wds_get_packet_statistics_rsp *r,
			    struct WdsPktStatisticsElmnts *e)
{
	PUT(e->pTXPacketSuccesses, r->has_tx_packets_ok, r->tx_packets_ok);
	PUT(e->pRXPacketSuccesses, r->has_rx_packets_ok, r->rx_packets_ok);
	PUT(e->pTXPacketErrors, r->has_tx_packets_error, r->tx_packets_error);
	PUT(e->pRXPacketErrors, r->has_rx_packets_error, r->rx_packets_error);
	PUT(e->pTXPacketOverflows, r->has_tx_overflows, r->tx_overflows);
	PUT(e->pRXPacketOverflows, r->has_rx_overflows, r->rx_overflows);
	PUT(e->pTXOkBytesCount, r->has_tx_bytes_ok, r->tx_bytes_ok);
	PUT(e->pRXOkBytesCount, r->has_rx_bytes_ok, r->rx_bytes_ok);
	PUT(e->pTXOKBytesLastCall, r->has_last_call_tx_bytes_ok, r->last_call_tx_bytes_ok);
	PUT(e->pRXOKBytesLastCall, r->has_last_call_rx_bytes_ok, r->last_call_rx_bytes_ok);
	PUT(e->pTXDroppedCount, r->has_tx_packets_dropped, r->tx_packets_dropped);
	PUT(e->pRXDroppedCount, r->has_rx_packets_dropped, r->rx_packets_dropped);
}

/* A counter the answer lacks is "unknown". */
static ULONG counter(uint8_t has, uint32_t v)
{
	return has ? v : UNKNOWN32;
}

/* What GetPacketStatus() reports: packets OK, in error and overflowed, each way. */
#define PACKET_COUNTERS                                                           \
	(WDS_STATS_TX_PACKETS_OK | WDS_STATS_RX_PACKETS_OK | WDS_STATS_TX_PACKETS_ERROR | \
	 WDS_STATS_RX_PACKETS_ERROR | WDS_STATS_TX_OVERFLOWS | WDS_STATS_RX_OVERFLOWS)

ULONG GetPacketStatus(ULONG *pTXPacketSuccesses, ULONG *pRXPacketSuccesses,
		      ULONG *pTXPacketErrors, ULONG *pRXPacketErrors,
		      ULONG *pTXPacketOverflows, ULONG *pRXPacketOverflows, BYTE instance)
{
	struct wds_get_packet_statistics_rsp r;
	int slot;
	ULONG rc;

	if (!pTXPacketSuccesses || !pRXPacketSuccesses || !pTXPacketErrors || !pRXPacketErrors ||
	    !pTXPacketOverflows || !pRXPacketOverflows)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = instance_slot(instance, &slot);
	if (!rc)
		rc = statistics(slot, PACKET_COUNTERS, &r, SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return rc;
	*pTXPacketSuccesses = counter(r.has_tx_packets_ok, r.tx_packets_ok);
	*pRXPacketSuccesses = counter(r.has_rx_packets_ok, r.rx_packets_ok);
	*pTXPacketErrors = counter(r.has_tx_packets_error, r.tx_packets_error);
	*pRXPacketErrors = counter(r.has_rx_packets_error, r.rx_packets_error);
	*pTXPacketOverflows = counter(r.has_tx_overflows, r.tx_overflows);
	*pRXPacketOverflows = counter(r.has_rx_overflows, r.rx_overflows);
	return eQCWWAN_ERR_NONE;
}

ULONG GetByteTotals(ULONGLONG *pTXTotalBytes, ULONGLONG *pRXTotalBytes, BYTE instance)
{
	struct wds_get_packet_statistics_rsp r;
	int slot;
	ULONG rc;

	if (!pTXTotalBytes || !pRXTotalBytes)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = instance_slot(instance, &slot);
	if (!rc)
		rc = statistics(slot, WDS_STATS_TX_BYTES_OK | WDS_STATS_RX_BYTES_OK, &r,
				SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return rc;
	*pTXTotalBytes = r.has_tx_bytes_ok ? r.tx_bytes_ok : ~0ULL;
	*pRXTotalBytes = r.has_rx_bytes_ok ? r.rx_bytes_ok : ~0ULL;
	return eQCWWAN_ERR_NONE;
}

/*
 * Runs `one` for the IPv4 and the IPv6 session named by v4/v6 (NULL: not
 * asked; at least one must be given). The first error wins.
 */
typedef ULONG (*per_session_fn)(int slot, BYTE family, void *arg);

static ULONG per_session(const ULONG *v4, const ULONG *v6, per_session_fn one, void *arg)
{
	ULONG rc4 = eQCWWAN_ERR_NONE, rc6 = eQCWWAN_ERR_NONE;
	int slot;

	if (!v4 && !v6)
		return eQCWWAN_ERR_INVALID_ARG;
	if (v4) {
		rc4 = id_slot(v4, SLQS_WDS_V4, &slot);
		if (!rc4)
			rc4 = one(slot, SLQS_WDS_V4, arg);
	}
	if (v6) {
		rc6 = id_slot(v6, SLQS_WDS_V6, &slot);
		if (!rc6)
			rc6 = one(slot, SLQS_WDS_V6, arg);
	}
	return rc4 ? rc4 : rc6;
}

struct stats_job {
	ULONG mask;
	struct WdsPktStatisticsResp *out;
};

static ULONG stats_one(int slot, BYTE family, void *arg)
{
	struct stats_job *j = arg;
	struct wds_get_packet_statistics_rsp r;
	ULONG rc = statistics(slot, j->mask, &r, SLQS_TIMEOUT_5S);

	/* Out of a call the modem still tells the last call's bytes. */
	if (!rc || rc == eQCWWAN_ERR_QMI_OFFSET + QMI_ERR_OUT_OF_CALL)
		fill_statistics(&r, family == SLQS_WDS_V6 ? &j->out->PktStatElmntsV6
							  : &j->out->PktStatElmntsV4);
	return rc;
}

ULONG SLQSGetPacketStatistics(struct WdsPktStatisticsReq *pStatMask,
			      struct WdsPktStatisticsResp *pPktStatistics)
{
	struct stats_job j;

	if (!pStatMask || !pPktStatistics)
		return eQCWWAN_ERR_INVALID_ARG;
	j.mask = pStatMask->pStatMask ? *pStatMask->pStatMask : 0x3FF;
	j.out = pPktStatistics;
	return per_session(pPktStatistics->pV4sessionId, pPktStatistics->pV6sessionId, stats_one,
			   &j);
}

static ULONG bytes_one(int slot, BYTE family, void *arg)
{
	struct WdsByteTotals *t = arg;
	struct WdsByteTotalsElmnts *e = family == SLQS_WDS_V6 ? &t->ByteTotalsElmntsV6
								: &t->ByteTotalsElmntsV4;
	struct wds_get_packet_statistics_rsp r;
	ULONG rc = statistics(slot, WDS_STATS_TX_BYTES_OK | WDS_STATS_RX_BYTES_OK, &r,
			      SLQS_TIMEOUT_DEFAULT);

	if (!rc) {
		PUT(e->pTXTotalBytes, r.has_tx_bytes_ok, r.tx_bytes_ok);
		PUT(e->pRXTotalBytes, r.has_rx_bytes_ok, r.rx_bytes_ok);
	}
	return rc;
}

ULONG SLQSGetByteTotals(struct WdsByteTotals *pByteTotals)
{
	if (!pByteTotals)
		return eQCWWAN_ERR_INVALID_ARG;
	return per_session(pByteTotals->pV4sessionId, pByteTotals->pV6sessionId, bytes_one,
			   pByteTotals);
}

/* ---- channel rates ------------------------------------------------------ */

static ULONG rates(int slot, struct wds_channel_rates *out)
{
	struct wds_get_channel_rates_rsp r;
	ULONG rc = slqs_qmi_call_on((uint8_t)slot, &slqs_wds_get_channel_rates, NULL, &r,
				    SLQS_TIMEOUT_DEFAULT);

	if (!rc)
		*out = r.rates;
	return rc;
}

ULONG GetConnectionRate(ULONG *pCurrentChannelTXRate, ULONG *pCurrentChannelRXRate,
			ULONG *pMaxChannelTXRate, ULONG *pMaxChannelRXRate, BYTE instance)
{
	struct wds_channel_rates r;
	int slot;
	ULONG rc;

	if (!pCurrentChannelTXRate || !pCurrentChannelRXRate || !pMaxChannelTXRate ||
	    !pMaxChannelRXRate)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = instance_slot(instance, &slot);
	if (!rc)
		rc = rates(slot, &r);
	if (rc)
		return rc;
	*pCurrentChannelTXRate = r.tx_bps;
	*pCurrentChannelRXRate = r.rx_bps;
	*pMaxChannelTXRate = r.max_tx_bps;
	*pMaxChannelRXRate = r.max_rx_bps;
	return eQCWWAN_ERR_NONE;
}

static ULONG rates_one(int slot, BYTE family, void *arg)
{
	struct WdsConnectionRate *c = arg;
	struct WdsConnectionRateElmnts *e = family == SLQS_WDS_V6 ? &c->ConnRateElmntsV6
								    : &c->ConnRateElmntsV4;
	struct wds_channel_rates r;
	ULONG rc = rates(slot, &r);

	if (!rc) {
		PUT(e->pCurrentChannelTXRate, 1, r.tx_bps);
		PUT(e->pCurrentChannelRXRate, 1, r.rx_bps);
		PUT(e->pMaxChannelTXRate, 1, r.max_tx_bps);
		PUT(e->pMaxChannelRXRate, 1, r.max_rx_bps);
	}
	return rc;
}

ULONG SLQSGetConnectionRate(struct WdsConnectionRate *pConnectionRate)
{
	if (!pConnectionRate)
		return eQCWWAN_ERR_INVALID_ARG;
	return per_session(pConnectionRate->pV4sessionId, pConnectionRate->pV6sessionId,
			   rates_one, pConnectionRate);
}

ULONG SLQSGetCurrentChannelRate(WDSSWICurrentChannelRates *pRates, BYTE instance)
{
	ULONG tx, rx, max_tx, max_rx, rc;

	if (!pRates)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = GetConnectionRate(&tx, &rx, &max_tx, &max_rx, instance);
	if (rc)
		return rc;
	pRates->current_channel_tx_rate = tx;
	pRates->current_channel_rx_rate = rx;
	pRates->max_channel_tx_rate = max_tx;
	pRates->max_channel_rx_rate = max_rx;
	return eQCWWAN_ERR_NONE;
}

/* ---- dormancy, bearer --------------------------------------------------- */

ULONG GetDormancyState(ULONG *pDormancyState, BYTE instance)
{
	struct wds_get_dormancy_status_rsp r;
	int slot;
	ULONG rc;

	if (!pDormancyState)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = instance_slot(instance, &slot);
	if (!rc)
		rc = slqs_qmi_call_on((uint8_t)slot, &slqs_wds_get_dormancy_status, NULL, &r,
				      SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return rc;
	if (!r.has_status)
		return eQCWWAN_ERR_MALFORMED_QMI_RSP;
	*pDormancyState = r.status;
	return eQCWWAN_ERR_NONE;
}

ULONG GetDataBearerTechnology(ULONG *pDataBearer, BYTE instance)
{
	struct wds_get_data_bearer_tech_rsp r;
	int slot;
	ULONG rc;

	if (!pDataBearer)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = instance_slot(instance, &slot);
	if (!rc)
		rc = slqs_qmi_call_on((uint8_t)slot, &slqs_wds_get_data_bearer_tech, NULL, &r,
				      SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return rc;
	/* -1 (unknown) is the vendor's 0xFF. */
	*pDataBearer = r.has_current ? (uint8_t)r.current : 0xFF;
	return eQCWWAN_ERR_NONE;
}

static void fill_bearer(const struct wds_bearer_tech *b, QmiWDSDataBearerTechnology *out)
{
	out->currentNetwork = b->network_type;
	out->ratMask = b->rat_mask;
	out->soMask = b->so_mask;
}

ULONG SLQSGetDataBearerTechnology(QmiWDSDataBearers *pDataBearers, BYTE instance)
{
	struct wds_get_current_data_bearer_tech_rsp r;
	int slot;
	ULONG rc;

	if (!pDataBearers)
		return eQCWWAN_ERR_INVALID_ARG;
	pDataBearers->dataBearerMask = 0;
	rc = instance_slot(instance, &slot);
	if (rc)
		return rc;
	rc = slqs_qmi_call_on((uint8_t)slot, &slqs_wds_get_current_data_bearer_tech, NULL, &r,
			      SLQS_TIMEOUT_DEFAULT);
	/* Out of a call the answer still carries the last call's bearer. */
	if (rc && rc != eQCWWAN_ERR_QMI_OFFSET + QMI_ERR_OUT_OF_CALL)
		return rc;
	if (r.has_current && pDataBearers->pCurDataBearerTechnology) {
		fill_bearer(&r.current, pDataBearers->pCurDataBearerTechnology);
		pDataBearers->dataBearerMask |= QMI_WDS_CURRENT_CALL_DB_MASK;
	}
	if (r.has_last && pDataBearers->pLastCallDataBearerTechnology) {
		fill_bearer(&r.last, pDataBearers->pLastCallDataBearerTechnology);
		pDataBearers->dataBearerMask |= QMI_WDS_LAST_CALL_DB_MASK;
	}
	return rc;
}
