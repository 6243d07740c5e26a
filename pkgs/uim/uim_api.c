/*
 * UIM API (api/uim/inc/qaGobiApiUim.h): card status, event registration,
 * physical slots, and the conversions the other UIM API files share.
 */
#include "pkgs/uim/uim_api.h"

#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"

ULONG slqs_uim_session(struct uim_session *dst, const UIMSessionInformation *src)
{
	if (src->aidLength > sizeof(dst->aid))
		return eQCWWAN_ERR_INVALID_ARG;
	dst->type = src->sessionType;
	dst->n_aid = src->aidLength;
	memcpy(dst->aid, src->aid, src->aidLength);
	return eQCWWAN_ERR_NONE;
}

static void app_to_api(appStatus *dst, const struct uim_app_status *src)
{
	dst->appType = src->type;
	dst->appState = src->state;
	dst->persoState = src->perso_state;
	dst->persoFeature = src->perso_feature;
	dst->persoRetries = src->perso_retries;
	dst->persoUnblockRetries = src->perso_unblock_retries;
	dst->aidLength = (BYTE)src->n_aid;
	memcpy(dst->aidVal, src->aid, src->n_aid);
	dst->univPin = src->upin_replaces_pin1;
	dst->pin1State = src->pin1_state;
	dst->pin1Retries = src->pin1_retries;
	dst->puk1Retries = src->puk1_retries;
	dst->pin2State = src->pin2_state;
	dst->pin2Retries = src->pin2_retries;
	dst->puk2Retries = src->puk2_retries;
}

void slqs_uim_card_status_to_api(cardStatus *dst, const struct uim_card_status *src)
{
	memset(dst, 0, sizeof(*dst));
	dst->indexGwPri = src->index_gw_primary;
	dst->index1xPri = src->index_1x_primary;
	dst->indexGwSec = src->index_gw_secondary;
	dst->index1xSec = src->index_1x_secondary;
	dst->numSlot = (BYTE)src->n_cards;
	for (uint16_t i = 0; i < src->n_cards; i++) {
		const struct uim_card *card = &src->cards[i];
		slotInfo *slot = &dst->SlotInfo[i];

		slot->cardState = card->card_state;
		slot->upinState = card->upin_state;
		slot->upinRetries = card->upin_retries;
		slot->upukRetries = card->upuk_retries;
		slot->errorState = card->error_code;
		slot->numApp = (BYTE)card->n_apps;
		for (uint16_t a = 0; a < card->n_apps; a++)
			app_to_api(&slot->AppStatus[a], &card->apps[a]);
	}
}

ULONG SLQSUIMGetCardStatus(UIMGetCardStatusResp *pUIMGetCardStatusResp)
{
	UIMGetCardStatusResp *out = pUIMGetCardStatusResp;
	struct uim_card_status_msg rsp;
	ULONG rc;

	if (!out)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_qmi_call(&slqs_uim_get_card_status, NULL, &rsp, UIM_TIMEOUT_MS);
	if (rc)
		return rc;
	if (out->pCardStatus)
		slqs_uim_card_status_to_api(out->pCardStatus, &rsp.status);
	if (out->pHotSwapStatus) {
		hotSwapStatus *hs = out->pHotSwapStatus;

		memset(hs, 0, sizeof(*hs));
		if (rsp.has_hot_swap) {
			hs->hotSwapLength = (BYTE)rsp.n_hot_swap;
			memcpy(hs->hotSwap, rsp.hot_swap, rsp.n_hot_swap);
		}
	}
	return eQCWWAN_ERR_NONE;
}

ULONG SLQSUIMEventRegister(UIMEventRegisterReqResp *pUIMEventRegisterReqResp)
{
	struct uim_register_events_req req;
	struct uim_register_events_rsp rsp;
	ULONG rc;

	if (!pUIMEventRegisterReqResp)
		return eQCWWAN_ERR_INVALID_ARG;
	req.mask = pUIMEventRegisterReqResp->eventMask;
	rc = slqs_qmi_call(&slqs_uim_register_events, &req, &rsp, UIM_TIMEOUT_MS);
	if (!rc && rsp.has_mask)
		pUIMEventRegisterReqResp->eventMask = rsp.mask;
	return rc;
}

static void slot_to_api(UIMSlotStatus *dst, const struct uim_phys_slot *src)
{
	dst->uPhyCardStatus = src->card_state;
	dst->uPhySlotStatus = src->slot_state;
	dst->bLogicalSlot = src->logical_slot;
	dst->bICCIDLength = (BYTE)src->n_iccid;
	memcpy(dst->bICCID, src->iccid, src->n_iccid);
}

ULONG SLQSUIMGetSlotsStatus(UIMGetSlotsStatusResp *pUIMGetSlotsStatusResp)
{
	UIMGetSlotsStatusResp *out = pUIMGetSlotsStatusResp;
	struct uim_slot_status_msg rsp;
	uint16_t n;
	ULONG rc;

	if (!out)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_qmi_call(&slqs_uim_get_slots_status, NULL, &rsp, UIM_TIMEOUT_MS);
	if (rc)
		return rc;
	n = rsp.has_slots ? rsp.n_slots : 0;
	if (out->pNumberOfPhySlot)
		*out->pNumberOfPhySlot = (BYTE)n;
	if (out->pUimSlotsStatus) {
		memset(out->pUimSlotsStatus, 0, sizeof(*out->pUimSlotsStatus));
		for (uint16_t i = 0; i < n; i++)
			slot_to_api(&out->pUimSlotsStatus->uimSlotStatus[i], &rsp.slots[i]);
	}
	return eQCWWAN_ERR_NONE;
}
