/*
 * SetPowerCallback (api/cbk/inc/qaGobiApiCbk.h): the operating mode of
 * the DMS Event Report indication, reported after Set Event Report asks
 * for it.
 */
#include "api/cbk/inc/qaGobiApiCbk.h"

#include "pkgs/cbk/cbk.h"
#include "pkgs/dms/dms_msg.h"

static void on_power(uint8_t client, const void *ind, void *ctx);
static struct slqs_cbk power_kind = SLQS_CBK_KIND(&slqs_dms_set_event_report, on_power);

static void on_power(uint8_t client, const void *ind, void *ctx)
{
	const struct dms_event_report_ind *r = ind;
	tFNPower fn = (tFNPower)slqs_cbk_get(&power_kind);

	(void)client, (void)ctx;
	if (fn && r->has_operating_mode)
		fn(r->operating_mode);
}

static ULONG register_power(const void *arg, int on)
{
	struct dms_set_event_report_req req = { .has_operating_mode = 1,
						.operating_mode = (uint8_t)on };

	(void)arg;
	return slqs_ind_enable(0, &slqs_dms_set_event_report, &req, SLQS_TIMEOUT_DEFAULT);
}

ULONG SetPowerCallback(tFNPower pCallback)
{
	return slqs_cbk_set(&power_kind, (slqs_cbk_fn)pCallback, register_power, NULL);
}
