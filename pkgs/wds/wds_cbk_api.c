/*
 * The data session callbacks (api/cbk/inc/qaGobiApiCbk.h):
 * SLQSSetSessionStateCallback and SLQSSetPacketSrvStatusCallback, made
 * from the WDS Packet Service Status indication the modem sends to the
 * client that owns a session, and SLQSSetWdsEventCallback, made from the
 * WDS Event Report indication after Set Event Report asks for dormancy,
 * bearer and transfer statistics on the clients of an instance.
 *
 * A data session lives on a WDS client slot (slqs_qmi_call_on()): one per
 * IP family and PDP instance (pkgs/wds/wds_api.h says which, and the
 * session ids the application holds).
 */
#include "api/cbk/inc/qaGobiApiCbk.h"

#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/cbk/cbk.h"
#include "pkgs/wds/wds_api.h"
#include "pkgs/wds/wds_msg.h"

#define INSTANCES SLQS_WDS_INSTANCES
#define FAMILIES 2		/* index 0 IPv4, 1 IPv6 */
#define SLOTS (INSTANCES * FAMILIES)

static const BYTE family_code[FAMILIES] = { SLQS_WDS_V4, SLQS_WDS_V6 };

/* ---- sessions ------------------------------------------------------------------- */

/* The client slot of (instance, family index), or -1 when there is none. */
static int slot_of(BYTE instance, int family)
{
	int slot = slqs_wds_slot(instance, family_code[family]);

	return slot >= 0 && slot < SLOTS ? slot : -1;
}

/* The instance and family index served by `slot`; 0, or -1 for a slot no session uses. */
static int owner_of(uint8_t slot, BYTE *instance, int *family)
{
	for (BYTE i = 0; i < INSTANCES; i++)
		for (int f = 0; f < FAMILIES; f++)
			if (slot_of(i, f) == slot) {
				*instance = i;
				*family = f;
				return 0;
			}
	return -1;
}

/*
 * Fills the instance, service and session ids of the session on `slot`,
 * *family with its family index; -1 for a slot no session uses.
 */
static int describe_slot(uint8_t slot, qaQmiInterfaceInfo *info, int *family)
{
	BYTE instance;

	memset(info, 0, sizeof *info);
	if (owner_of(slot, &instance, family))
		return -1;
	info->qaQmiinstanceid = instance;
	info->qaQmisvctype = eQA_QMI_SVC_WDS;
	slqs_wds_session_ids(instance, &info->v4sessionId, &info->v6sessionId);
	return 0;
}

/* ---- session state and packet service status ------------------------------------------ */

static void on_session_state(uint8_t client, const void *ind, void *ctx);
static void on_packet_service(uint8_t client, const void *ind, void *ctx);
static struct slqs_cbk session_kind =
	SLQS_CBK_KIND(&slqs_wds_packet_service_status, on_session_state);
static struct slqs_cbk packet_service_kind =
	SLQS_CBK_KIND(&slqs_wds_packet_service_status, on_packet_service);

static void on_session_state(uint8_t client, const void *ind, void *ctx)
{
	const struct wds_packet_service_status_ind *r = ind;
	tFNSLQSSessionState fn = (tFNSLQSSessionState)slqs_cbk_get(&session_kind);
	qaQmiInterfaceInfo info;
	slqsSessionStateInfo s = { .pQmiInterfaceInfo = &info };
	int family;

	(void)ctx;
	if (!fn || describe_slot(client, &info, &family))
		return;
	s.state = r->conn.status;
	s.reconfiguration_required = r->conn.reconfiguration_required;
	s.sessionEndReason = r->has_call_end_reason ? r->call_end_reason : 0;
	fn(&s);
}

static void on_packet_service(uint8_t client, const void *ind, void *ctx)
{
	const struct wds_packet_service_status_ind *r = ind;
	tFNPacketSrvState fn = (tFNPacketSrvState)slqs_cbk_get(&packet_service_kind);
	qaQmiInterfaceInfo info;
	packetSrvStatus p = { .pQmiInterfaceInfo = &info };
	int family;

	(void)ctx;
	if (!fn || describe_slot(client, &info, &family))
		return;
	p.connStatus = r->conn.status;
	p.reconfigReqd = r->conn.reconfiguration_required;
	if (r->has_call_end_reason)
		p.sessionEndReason = r->call_end_reason;
	if (r->has_verbose_reason) {
		p.verboseSessnEndReasonType = r->verbose_reason.type;
		p.verboseSessnEndReason = (WORD)r->verbose_reason.reason;
	}
	p.ipFamily = r->has_ip_family ? r->ip_family : family_code[family];
	if (r->has_tech_name)
		p.techName = r->tech_name;
	if (r->has_bearer_id)
		p.bearerID = r->bearer_id;
	fn(&p);
}

/* The modem sends Packet Service Status to the session's client unasked. */
static ULONG register_nothing(const void *arg, int on)
{
	(void)arg, (void)on;
	return eQCWWAN_ERR_NONE;
}

ULONG SLQSSetSessionStateCallback(tFNSLQSSessionState pCallback)
{
	return slqs_cbk_set(&session_kind, (slqs_cbk_fn)pCallback, register_nothing, NULL);
}

ULONG SLQSSetPacketSrvStatusCallback(tFNPacketSrvState pCallback)
{
	return slqs_cbk_set(&packet_service_kind, (slqs_cbk_fn)pCallback, register_nothing,
			    NULL);
}

/* ---- WDS events ------------------------------------------------------------------------ */

/* One kind per instance, as each instance registers and unregisters on its own. */
static void on_event_0(uint8_t client, const void *ind, void *ctx);
static void on_event_1(uint8_t client, const void *ind, void *ctx);
static struct slqs_cbk event_kinds[] = {
	SLQS_CBK_KIND(&slqs_wds_event_report, on_event_0),
	SLQS_CBK_KIND(&slqs_wds_event_report, on_event_1),
};
_Static_assert(sizeof event_kinds / sizeof event_kinds[0] == INSTANCES,
	       "one event kind per data instance");

/* The counters last passed on per slot (callback thread only): unchanged ones are not. */
static struct {
	uint8_t valid;
	ULONG tx_packets, rx_packets;
	ULONGLONG tx_bytes, rx_bytes;
} last_counts[SLOTS];

/* Fills the counters of r into e; 1 when one of them changed since the last report. */
static int take_counts(uint8_t slot, const struct wds_event_report_ind *r, slqsWdsEventInfo *e,
		       ULONG *pk, ULONGLONG *by)
{
	int changed = !last_counts[slot].valid;

	if (r->has_tx_packets_ok) {
		pk[0] = r->tx_packets_ok;
		e->pPacketsCountTX = &pk[0];
		changed |= pk[0] != last_counts[slot].tx_packets;
		last_counts[slot].tx_packets = pk[0];
	}
	if (r->has_rx_packets_ok) {
		pk[1] = r->rx_packets_ok;
		e->pPacketsCountRX = &pk[1];
		changed |= pk[1] != last_counts[slot].rx_packets;
		last_counts[slot].rx_packets = pk[1];
	}
	if (r->has_tx_bytes_ok) {
		by[0] = r->tx_bytes_ok;
		e->pTotalBytesTX = &by[0];
		changed |= by[0] != last_counts[slot].tx_bytes;
		last_counts[slot].tx_bytes = by[0];
	}
	if (r->has_rx_bytes_ok) {
		by[1] = r->rx_bytes_ok;
		e->pTotalBytesRX = &by[1];
		changed |= by[1] != last_counts[slot].rx_bytes;
		last_counts[slot].rx_bytes = by[1];
	}
	last_counts[slot].valid = 1;
	return changed;
}

static void on_event(BYTE instance, uint8_t client, const struct wds_event_report_ind *r)
{
	tFNSLQSWDSEvent fn = (tFNSLQSWDSEvent)slqs_cbk_get(&event_kinds[instance]);
	qaQmiInterfaceInfo info;
	slqsWdsEventInfo e = { .pQmiInterfaceInfo = &info };
	ULONG dormancy, bearer, packets[2];
	ULONGLONG bytes[2];
	int counts = 0;

	BYTE owner;
	int family;

	if (!fn || owner_of(client, &owner, &family) || owner != instance)
		return;
	if (r->has_tx_packets_ok || r->has_rx_packets_ok || r->has_tx_bytes_ok ||
	    r->has_rx_bytes_ok)
		counts = take_counts(client, r, &e, packets, bytes);
	if (!counts) {		/* unchanged counters are not passed on */
		e.pPacketsCountTX = e.pPacketsCountRX = NULL;
		e.pTotalBytesTX = e.pTotalBytesRX = NULL;
	}
	if (r->has_dormancy) {
		dormancy = r->dormancy;
		e.pDormancyStatus = &dormancy;
	}
	if (r->has_bearer_tech) {
		bearer = (uint8_t)r->bearer_tech;	/* -1 (unknown) is 0xFF */
		e.pDataBearer = &bearer;
	}
	if (!counts && !e.pDormancyStatus && !e.pDataBearer)
		return;		/* nothing this callback reports (call status ...) */
	describe_slot(client, &info, &family);
	fn(&e);
}

static void on_event_0(uint8_t client, const void *ind, void *ctx)
{
	(void)ctx;
	on_event(0, client, ind);
}

static void on_event_1(uint8_t client, const void *ind, void *ctx)
{
	(void)ctx;
	on_event(1, client, ind);
}

/* What SLQSSetWdsEventCallback() asked for. */
struct event_args {
	BYTE interval;
	BYTE instance;
	uint8_t families;	/* bit 0 IPv4, bit 1 IPv6 */
};

/* Families registered per instance (under slqs_cbk_set()'s lock). */
static uint8_t registered[INSTANCES];

static ULONG register_family(BYTE instance, int family, BYTE interval, int on)
{
	int slot = slot_of(instance, family);
	struct wds_set_event_report_req req = {
		.has_bearer_tech = 1, .bearer_tech = (uint8_t)on,
		.has_dormancy = 1, .dormancy = (uint8_t)on,
		.has_transfer_stats = 1,
	};

	if (on) {
		req.transfer_stats.interval = interval;
		req.transfer_stats.indicators = WDS_STATS_TX_PACKETS_OK | WDS_STATS_RX_PACKETS_OK |
						WDS_STATS_TX_BYTES_OK | WDS_STATS_RX_BYTES_OK;
	}
	if (slot < 0)
		return eQCWWAN_ERR_INVALID_ARG;
	return slqs_ind_enable((uint8_t)slot, &slqs_wds_event_report, &req, SLQS_TIMEOUT_DEFAULT);
}

/* Turns the asked families on (on) and every other registered family of the instance off. */
static ULONG register_events(const void *arg, int on)
{
	const struct event_args *a = arg;
	uint8_t want = on ? a->families : 0;
	ULONG rc = eQCWWAN_ERR_NONE;

	for (int f = 0; f < FAMILIES; f++) {
		uint8_t bit = (uint8_t)(1u << f);
		ULONG r;

		if (!(want & bit) && !(registered[a->instance] & bit))
			continue;
		r = register_family(a->instance, f, a->interval, (want & bit) != 0);
		if (want & bit) {
			if (r)
				return r;	/* the modem refused: the previous callback stays */
			registered[a->instance] |= bit;
		} else {
			registered[a->instance] &= (uint8_t)~bit;
			if (!rc)
				rc = r;
		}
	}
	return rc;
}

ULONG SLQSSetWdsEventCallback(tFNSLQSWDSEvent pCallback, BYTE interval, BYTE instanceid,
			      BYTE ipfamily)
{
	struct event_args a = { interval, instanceid, 0 };

	if (instanceid >= INSTANCES || slot_of(instanceid, FAMILIES - 1) < 0)
		return eQCWWAN_ERR_INVALID_ARG;
	if (pCallback) {
		if (!interval)
			return eQCWWAN_ERR_INVALID_ARG;
		if (ipfamily == SLQS_WDS_V4)
			a.families = 1;
		else if (ipfamily == SLQS_WDS_V6)
			a.families = 2;
		else if (ipfamily == SLQS_WDS_V4V6)
			a.families = 3;
		else
			return eQCWWAN_ERR_INVALID_ARG;
	}
	return slqs_cbk_set(&event_kinds[instanceid], (slqs_cbk_fn)pCallback, register_events, &a);
}
