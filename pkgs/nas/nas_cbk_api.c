/*
 * NAS callbacks made from the Event Report indication
 * (api/cbk/inc/qaGobiApiCbk.h): SetSignalStrengthCallback,
 * SLQSSetSignalStrengthsCallback, SetRFInfoCallback, SetLURejectCallback.
 * Each owns its TLVs of Set Event Report, so turning one off never touches
 * another's reporting; as the runtime keeps only the latest Set Event
 * Report to send again after a reset, each request also carries the TLVs
 * of every other kind still set (cbk.h).
 */
#include "api/cbk/inc/qaGobiApiCbk.h"

#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/cbk/cbk.h"
#include "pkgs/nas/nas_msg.h"

/* The kinds sharing Set Event Report (their row in event_kinds[]). */
enum { STRENGTH, STRENGTHS, RF, REJECT };

static ULONG send_event_report(int self, const void *arg, int on);

/* ---- SetSignalStrengthCallback ------------------------------------------------- */

static void on_strength(uint8_t client, const void *ind, void *ctx);
static struct slqs_cbk strength_kind = SLQS_CBK_KIND(&slqs_nas_set_event_report, on_strength);

static void on_strength(uint8_t client, const void *ind, void *ctx)
{
	const struct nas_event_report_ind *r = ind;
	tFNSignalStrength fn = (tFNSignalStrength)slqs_cbk_get(&strength_kind);

	(void)client, (void)ctx;
	if (fn && r->has_signal_strength)
		fn(r->signal_strength.strength, (ULONG)(BYTE)r->signal_strength.radio_interface);
}

struct strength_args {
	BYTE n;
	INT8 thresholds[SIGSTRENGTH_THRESHOLD_ARR_SZ];
};

static void put_strength(struct nas_set_event_report_req *req, const void *arg, int on)
{
	const struct strength_args *a = arg;

	req->has_signal_strength = 1;
	req->signal_strength.report = (uint8_t)on;
	if (on) {
		req->signal_strength.n_thresholds = a->n;
		memcpy(req->signal_strength.thresholds, a->thresholds, a->n);
	}
}

static ULONG register_strength(const void *arg, int on)
{
	return send_event_report(STRENGTH, arg, on);
}

ULONG SetSignalStrengthCallback(tFNSignalStrength pCallback, BYTE thresholdsSize,
				INT8 *pThresholds)
{
	struct strength_args a = { .n = pCallback ? thresholdsSize : 0 };

	if (a.n > SIGSTRENGTH_THRESHOLD_ARR_SZ || (a.n && !pThresholds))
		return eQCWWAN_ERR_INVALID_ARG;
	if (a.n)
		memcpy(a.thresholds, pThresholds, a.n);
	return slqs_cbk_set(&strength_kind, (slqs_cbk_fn)pCallback, register_strength, &a);
}

/* ---- SLQSSetSignalStrengthsCallback ----------------------------------------------- */

static void on_strengths(uint8_t client, const void *ind, void *ctx);
static struct slqs_cbk strengths_kind = SLQS_CBK_KIND(&slqs_nas_set_event_report, on_strengths);

/* The measurements of the indication; what it does not carry keeps all bits set. */
static int strengths_of(const struct nas_event_report_ind *r,
			struct SLQSSignalStrengthsInformation *s)
{
	memset(s, 0xFF, sizeof(*s));
	if (r->has_rssi)	/* -rssi dBm */
		s->rxSignalStrengthInfo = (struct rxSignalStrengthListElement){
			(SHORT)-r->rssi.rssi, (BYTE)r->rssi.radio_interface };
	if (r->has_ecio)	/* -0.5 dB steps, to dB as SLQSGetSignalStrength() */
		s->ecioInfo = (struct ecioListElement){ (SHORT)-(r->ecio.ecio / 2),
							(BYTE)r->ecio.radio_interface };
	if (r->has_io)
		s->io = (ULONG)r->io;
	if (r->has_sinr)
		s->sinr = r->sinr;
	if (r->has_error_rate)
		s->errorRateInfo = (struct errorRateListElement){
			r->error_rate.rate, (BYTE)r->error_rate.radio_interface };
	if (r->has_rsrq)
		s->rsrqInfo = (struct rsrqInformation){ r->rsrq.rsrq,
							(BYTE)r->rsrq.radio_interface };
	if (r->has_lte_snr)
		s->lteSnrinfo.snrlevel = r->lte_snr;
	if (r->has_lte_rsrp)
		s->lteRsrpinfo.rsrplevel = r->lte_rsrp;
	return r->has_rssi || r->has_ecio || r->has_io || r->has_sinr || r->has_error_rate ||
	       r->has_rsrq || r->has_lte_snr || r->has_lte_rsrp;
}

static void on_strengths(uint8_t client, const void *ind, void *ctx)
{
	tFNSLQSSignalStrengths fn = (tFNSLQSSignalStrengths)slqs_cbk_get(&strengths_kind);
	struct SLQSSignalStrengthsInformation s;

	(void)client, (void)ctx;
	if (fn && strengths_of(ind, &s))
		fn(s);
}

static void report_delta(uint8_t *has, struct nas_report_delta *d, int on, unsigned delta)
{
	*has = 1;
	d->report = (uint8_t)on;
	d->delta = (uint8_t)(on ? (delta > 0xFF ? 0xFF : delta) : 0);
}

static void put_strengths(struct nas_set_event_report_req *req, const void *arg, int on)
{
	const struct SLQSSignalStrengthsIndReq *a = arg;
	static const struct SLQSSignalStrengthsIndReq none;

	if (!on)
		a = &none;
	req->has_error_rate = 1;
	req->error_rate = (uint8_t)on;
	report_delta(&req->has_rssi, &req->rssi, on, a->rxSignalStrengthDelta);
	report_delta(&req->has_ecio, &req->ecio, on, a->ecioDelta);
	report_delta(&req->has_io, &req->io, on, a->ioDelta);
	report_delta(&req->has_sinr, &req->sinr, on, a->sinrDelta);
	report_delta(&req->has_rsrq, &req->rsrq, on, a->rsrqDelta);
	report_delta(&req->has_lte_snr, &req->lte_snr, on, a->lteSnrDelta);
	report_delta(&req->has_lte_rsrp, &req->lte_rsrp, on, a->lteRsrpDelta);
	req->has_ecio_thresholds = !on || a->ecioThresholdListLen;
	req->ecio_thresholds.report = (uint8_t)on;
	req->ecio_thresholds.n_thresholds = a->ecioThresholdListLen;
	memcpy(req->ecio_thresholds.thresholds, a->ecioThresholdList,
	       a->ecioThresholdListLen * sizeof(a->ecioThresholdList[0]));
	req->has_sinr_thresholds = !on || a->sinrThresholdListLen;
	req->sinr_thresholds.report = (uint8_t)on;
	req->sinr_thresholds.n_thresholds = a->sinrThresholdListLen;
	memcpy(req->sinr_thresholds.thresholds, a->sinrThresholdList, a->sinrThresholdListLen);
}

static ULONG register_strengths(const void *arg, int on)
{
	return send_event_report(STRENGTHS, arg, on);
}

ULONG SLQSSetSignalStrengthsCallback(tFNSLQSSignalStrengths pCallback,
				     struct SLQSSignalStrengthsIndReq *pSLQSSignalStrengthsIndReq)
{
	const struct SLQSSignalStrengthsIndReq *a = pSLQSSignalStrengthsIndReq;
	const size_t ecio_max = sizeof(a->ecioThresholdList) / sizeof(a->ecioThresholdList[0]);

	if (pCallback && (!a || a->ecioThresholdListLen > ecio_max ||
			  a->sinrThresholdListLen > sizeof(a->sinrThresholdList)))
		return eQCWWAN_ERR_INVALID_ARG;
	return slqs_cbk_set(&strengths_kind, (slqs_cbk_fn)pCallback, register_strengths, a);
}

/* ---- SetRFInfoCallback ------------------------------------------------------------ */

static void on_rf(uint8_t client, const void *ind, void *ctx);
static struct slqs_cbk rf_kind = SLQS_CBK_KIND(&slqs_nas_set_event_report, on_rf);

static void on_rf(uint8_t client, const void *ind, void *ctx)
{
	const struct nas_event_report_ind *r = ind;
	tFNRFInfo fn = (tFNRFInfo)slqs_cbk_get(&rf_kind);

	(void)client, (void)ctx;
	for (uint16_t i = 0; fn && r->has_rf_bands && i < r->n_rf_bands; i++)
		fn((ULONG)(BYTE)r->rf_bands[i].radio_interface, r->rf_bands[i].band,
		   r->rf_bands[i].channel);
}

static void put_rf(struct nas_set_event_report_req *req, const void *arg, int on)
{
	(void)arg;
	req->has_rf_band_info = 1;
	req->rf_band_info = (uint8_t)on;
}

static ULONG register_rf(const void *arg, int on)
{
	return send_event_report(RF, arg, on);
}

ULONG SetRFInfoCallback(tFNRFInfo pCallback)
{
	return slqs_cbk_set(&rf_kind, (slqs_cbk_fn)pCallback, register_rf, NULL);
}

/* ---- SetLURejectCallback ---------------------------------------------------------- */

static void on_reject(uint8_t client, const void *ind, void *ctx);
static struct slqs_cbk reject_kind = SLQS_CBK_KIND(&slqs_nas_set_event_report, on_reject);

static void on_reject(uint8_t client, const void *ind, void *ctx)
{
	const struct nas_event_report_ind *r = ind;
	tFNLUReject fn = (tFNLUReject)slqs_cbk_get(&reject_kind);

	(void)client, (void)ctx;
	if (fn && r->has_reg_reject)
		fn(r->reg_reject.domain, r->reg_reject.cause);
}

static void put_reject(struct nas_set_event_report_req *req, const void *arg, int on)
{
	(void)arg;
	req->has_reg_reject = 1;
	req->reg_reject = (uint8_t)on;
}

static ULONG register_reject(const void *arg, int on)
{
	return send_event_report(REJECT, arg, on);
}

ULONG SetLURejectCallback(tFNLUReject pCallback)
{
	return slqs_cbk_set(&reject_kind, (slqs_cbk_fn)pCallback, register_reject, NULL);
}

/* ---- the shared Set Event Report -------------------------------------------------- */

/* The arguments of the kinds' accepted registrations (the kinds' lock guards them). */
static struct strength_args strength_kept;
static struct SLQSSignalStrengthsIndReq strengths_kept;

static const struct {
	const struct slqs_cbk *kind;
	void (*put)(struct nas_set_event_report_req *req, const void *arg, int on);
	void *kept;		/* NULL: the kind takes no argument */
	size_t kept_size;
} event_kinds[] = {
	[STRENGTH] = { &strength_kind, put_strength, &strength_kept, sizeof(strength_kept) },
	[STRENGTHS] = { &strengths_kind, put_strengths, &strengths_kept, sizeof(strengths_kept) },
	[RF] = { &rf_kind, put_rf, NULL, 0 },
	[REJECT] = { &reject_kind, put_reject, NULL, 0 },
};

/*
 * Turns kind `self`'s reports on or off, repeating those of every other
 * kind still set: the runtime resends only the latest Set Event Report
 * after a reset, so it must hold them all.
 */
static ULONG send_event_report(int self, const void *arg, int on)
{
	struct nas_set_event_report_req req = { 0 };
	ULONG rc;

	for (size_t i = 0; i < sizeof(event_kinds) / sizeof(event_kinds[0]); i++)
		if ((int)i == self)
			event_kinds[i].put(&req, arg, on);
		else if (slqs_cbk_get(event_kinds[i].kind))
			event_kinds[i].put(&req, event_kinds[i].kept, 1);
	rc = slqs_ind_enable(0, &slqs_nas_set_event_report, &req, SLQS_TIMEOUT_DEFAULT);
	if (!rc && on && event_kinds[self].kept)
		memcpy(event_kinds[self].kept, arg, event_kinds[self].kept_size);
	return rc;
}
