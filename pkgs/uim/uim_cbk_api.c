/*
 * SLQSUIMSetStatusChangeCallBack (api/cbk/inc/qaGobiApiCbk.h): the UIM
 * Card Status indication, sent after Register Events sets the card
 * status bit.
 */
#include "api/cbk/inc/qaGobiApiCbk.h"

#include "pkgs/cbk/cbk.h"
#include "pkgs/uim/uim_api.h"

static void on_card_status(uint8_t client, const void *ind, void *ctx);
static struct slqs_cbk card_status_kind = SLQS_CBK_KIND(&slqs_uim_card_status_ind, on_card_status);

static void on_card_status(uint8_t client, const void *ind, void *ctx)
{
	const struct uim_card_status_msg *r = ind;
	tFNUIMStatusChangeInfo fn = (tFNUIMStatusChangeInfo)slqs_cbk_get(&card_status_kind);
	UIMStatusChangeInfo info;	/* about 13 KB: the callback thread's stack has room */

	(void)client, (void)ctx;
	if (!fn)
		return;
	slqs_uim_card_status_to_api(&info.statusChange, &r->status);
	fn(&info);
}

static ULONG register_card_status(const void *arg, int on)
{
	struct uim_register_events_req req = { .mask = on ? UIM_EVENT_CARD_STATUS : 0 };

	(void)arg;
	return slqs_ind_enable(0, &slqs_uim_register_events, &req, UIM_TIMEOUT_MS);
}

ULONG SLQSUIMSetStatusChangeCallBack(tFNUIMStatusChangeInfo pCallback)
{
	return slqs_cbk_set(&card_status_kind, (slqs_cbk_fn)pCallback, register_card_status,
			    NULL);
}
