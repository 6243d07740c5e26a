/*
 * NAS callbacks made from the Serving System indication
 * (api/cbk/inc/qaGobiApiCbk.h): SLQSSetServingSystemCallback and
 * SetRoamingIndicatorCallback. Both need Register Indications' serving
 * system report: it goes off when neither is set.
 */
#include "api/cbk/inc/qaGobiApiCbk.h"

#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/cbk/cbk.h"
#include "pkgs/nas/nas_cbk.h"

static void on_serving(uint8_t client, const void *ind, void *ctx);
static void on_roaming(uint8_t client, const void *ind, void *ctx);
static struct slqs_cbk serving_kind = SLQS_CBK_KIND(&slqs_nas_get_serving_system, on_serving);
static struct slqs_cbk roaming_kind = SLQS_CBK_KIND(&slqs_nas_get_serving_system, on_roaming);

static void on_serving(uint8_t client, const void *ind, void *ctx)
{
	const struct nas_serving_system *r = ind;
	const struct nas_serving_system_info *s = &r->serving_system;
	tFNServingSystem fn = (tFNServingSystem)slqs_cbk_get(&serving_kind);
	struct ServingSystemInfo info = {
		s->registration_state, s->cs_attach_state, s->ps_attach_state,
		s->selected_network, (BYTE)s->n_radio_interfaces, { 0 },
		r->has_hdr_personality ? r->hdr_personality : 0xFF,
	};
	struct RoamingInfo roaming = { r->has_roaming_indicator, r->roaming_indicator };

	(void)client, (void)ctx;
	if (!fn)
		return;
	/* NAS_MAX_RATS (the decoder's limit) is far below the 255 entries of the list. */
	for (uint16_t i = 0; i < s->n_radio_interfaces; i++)
		info.radioInterfaceList[i] = (BYTE)s->radio_interfaces[i];
	fn(&info, &roaming);
}

static void on_roaming(uint8_t client, const void *ind, void *ctx)
{
	const struct nas_serving_system *r = ind;
	tFNRoamingIndicator fn = (tFNRoamingIndicator)slqs_cbk_get(&roaming_kind);

	(void)client, (void)ctx;
	if (fn && r->has_roaming_indicator)
		fn(r->roaming_indicator);
}

static int serving_needed(void)
{
	static const struct slqs_cbk *const users[] = { &serving_kind, &roaming_kind };

	return slqs_cbk_any(users, 2);
}

void slqs_nas_cbk_serving_needs(struct nas_register_indications_req *req)
{
	if (serving_needed()) {
		req->has_serving_system = 1;
		req->serving_system = 1;
	}
}

/* The new function is already stored: what both kinds need now is the answer. */
static ULONG register_serving(const void *arg, int on)
{
	struct nas_register_indications_req req = { .has_serving_system = 1 };

	(void)arg, (void)on;
	req.serving_system = (uint8_t)serving_needed();
	slqs_nas_cbk_sig_info_needs(&req);
	return slqs_ind_enable(0, &slqs_nas_register_indications, &req, SLQS_TIMEOUT_DEFAULT);
}

ULONG SLQSSetServingSystemCallback(tFNServingSystem pCallback)
{
	return slqs_cbk_set(&serving_kind, (slqs_cbk_fn)pCallback, register_serving, NULL);
}

ULONG SetRoamingIndicatorCallback(tFNRoamingIndicator pCallback)
{
	return slqs_cbk_set(&roaming_kind, (slqs_cbk_fn)pCallback, register_serving, NULL);
}
