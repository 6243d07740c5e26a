/*
 * The DMS-named SIM functions older applications call (UIMVerifyPIN,
 * UIMGetICCID, GetIMSI ...). Each asks the legacy DMS message first; when
 * the modem refuses it (MDM9x30 firmware: InvalidQmiCommand) it does the
 * same through the UIM service, and returns the same values and error
 * codes as the legacy message would (dms_legacy.h remembers the refusal).
 *
 * The UIM side: PIN operations on the card session of slot 1 (what qmicli
 * and ModemManager use); ICCID and IMSI read from EF-ICCID (3F00/2FE2) and
 * EF-IMSI (3F00/7FFF/6F07) in the primary GW provisioning (USIM) session;
 * PIN and SIM states from Get Card Status.
 */
#include "api/dms/inc/qaGobiApiDms.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/dms/dms_legacy.h"
#include "pkgs/dms/dms_msg.h"
#include "pkgs/uim/uim_msg.h"

#define UNKNOWN 0xFFFFFFFFu	/* the vendor SDK's "retries/status unknown" */
#define REFUSED eQCWWAN_ERR_QMI_INVALID_QMI_CMD

/* ---- PIN operations ------------------------------------------------------------- */

enum pin_op { PIN_VERIFY, PIN_UNBLOCK, PIN_CHANGE };

static const struct {
	enum slqs_dms_legacy bit;
	const struct qmi_msg *dms, *uim;
} pin_msgs[] = {
	[PIN_VERIFY] = { SLQS_DMS_LEGACY_VERIFY_PIN, &slqs_dms_uim_verify_pin, &slqs_uim_verify_pin },
	[PIN_UNBLOCK] = { SLQS_DMS_LEGACY_UNBLOCK_PIN, &slqs_dms_uim_unblock_pin,
			  &slqs_uim_unblock_pin },
	[PIN_CHANGE] = { SLQS_DMS_LEGACY_CHANGE_PIN, &slqs_dms_uim_change_pin, &slqs_uim_change_pin },
};

/* The caller's PIN into a request field; one that does not fit is refused, not cut. */
static bool put_pin(char *dst, size_t cap, const CHAR *src)
{
	size_t n = strlen(src);

	if (n >= cap)
		return false;
	memcpy(dst, src, n + 1);
	return true;
}

/* The arguments of one PIN operation; code is the PIN, the PUK or the old PIN. */
struct pin_args {
	enum pin_op op;
	uint8_t id;
	const CHAR *code, *new_pin;
};

static ULONG legacy_pin(const struct pin_args *a, struct dms_pin_retries *retries, bool *has)
{
	union {
		struct dms_uim_verify_pin_req verify;
		struct dms_uim_pin_change_req change;
	} req = { 0 };
	struct dms_uim_verify_pin_rsp rsp;
	ULONG rc;

	if (a->op == PIN_VERIFY) {
		req.verify.info.pin_id = a->id;
		if (!put_pin(req.verify.info.pin, sizeof req.verify.info.pin, a->code))
			return eQCWWAN_ERR_INVALID_ARG;
	} else {
		req.change.info.pin_id = a->id;
		if (!put_pin(req.change.info.code, sizeof req.change.info.code, a->code) ||
		    !put_pin(req.change.info.new_pin, sizeof req.change.info.new_pin, a->new_pin))
			return eQCWWAN_ERR_INVALID_ARG;
	}
	rc = slqs_dms_legacy_call(pin_msgs[a->op].bit, pin_msgs[a->op].dms, &req, &rsp,
				  SLQS_TIMEOUT_5S);
	*has = rsp.has_retries;
	retries->verify_left = rsp.retries.verify_left;
	retries->unblock_left = rsp.retries.unblock_left;
	return rc;
}

static ULONG uim_pin(const struct pin_args *a, struct dms_pin_retries *retries, bool *has)
{
	/* Each request starts with the session, then the PIN id and the codes. */
	union {
		struct uim_verify_pin_req verify;
		struct uim_unblock_pin_req unblock;
		struct uim_change_pin_req change;
	} req = { 0 };
	struct uim_pin_rsp rsp;
	bool ok;
	ULONG rc;

	switch (a->op) {
	case PIN_VERIFY:
		req.verify.session.type = UIM_SESSION_CARD_SLOT1;
		req.verify.info.pin_id = a->id;
		ok = put_pin(req.verify.info.pin, sizeof req.verify.info.pin, a->code);
		break;
	case PIN_UNBLOCK:
		req.unblock.session.type = UIM_SESSION_CARD_SLOT1;
		req.unblock.info.pin_id = a->id;
		ok = put_pin(req.unblock.info.puk, sizeof req.unblock.info.puk, a->code) &&
		     put_pin(req.unblock.info.new_pin, sizeof req.unblock.info.new_pin, a->new_pin);
		break;
	default:
		req.change.session.type = UIM_SESSION_CARD_SLOT1;
		req.change.info.pin_id = a->id;
		ok = put_pin(req.change.info.old_pin, sizeof req.change.info.old_pin, a->code) &&
		     put_pin(req.change.info.new_pin, sizeof req.change.info.new_pin, a->new_pin);
		break;
	}
	if (!ok)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_qmi_call(pin_msgs[a->op].uim, &req, &rsp, SLQS_TIMEOUT_5S);
	*has = rsp.has_retries;
	retries->verify_left = rsp.retries.verify_left;
	retries->unblock_left = rsp.retries.unblock_left;
	return rc;
}

static ULONG pin_op(const struct pin_args *a, ULONG id, ULONG *verify_left, ULONG *unblock_left)
{
	struct dms_pin_retries retries;
	bool has = false;
	ULONG rc;

	if (!verify_left || !unblock_left || !a->code || (a->op != PIN_VERIFY && !a->new_pin))
		return eQCWWAN_ERR_INVALID_ARG;
	*verify_left = *unblock_left = UNKNOWN;
	if (id > UINT8_MAX)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = legacy_pin(a, &retries, &has);
	if (rc == REFUSED)
		rc = uim_pin(a, &retries, &has);
	if (has) {
		*verify_left = retries.verify_left;
		*unblock_left = retries.unblock_left;
	}
	return rc;
}

ULONG UIMVerifyPIN(ULONG id, CHAR *pValue, ULONG *pVerifyRetriesLeft, ULONG *pUnblockRetriesLeft)
{
	const struct pin_args a = { PIN_VERIFY, (uint8_t)id, pValue, NULL };

	return pin_op(&a, id, pVerifyRetriesLeft, pUnblockRetriesLeft);
}

ULONG UIMUnblockPIN(ULONG id, CHAR *pPUKValue, CHAR *pNewValue, ULONG *pVerifyRetriesLeft,
		    ULONG *pUnblockRetriesLeft)
{
	const struct pin_args a = { PIN_UNBLOCK, (uint8_t)id, pPUKValue, pNewValue };

	return pin_op(&a, id, pVerifyRetriesLeft, pUnblockRetriesLeft);
}

ULONG UIMChangePIN(ULONG id, CHAR *pOldValue, CHAR *pNewValue, ULONG *pVerifyRetriesLeft,
		   ULONG *pUnblockRetriesLeft)
{
	const struct pin_args a = { PIN_CHANGE, (uint8_t)id, pOldValue, pNewValue };

	return pin_op(&a, id, pVerifyRetriesLeft, pUnblockRetriesLeft);
}

/* ---- card status: PIN status and SIM state ------------------------------------------ */

/*
 * The card and the primary GW (USIM/SIM) application from Get Card Status;
 * *app is NULL when there is none (no card, or a card without one).
 */
static ULONG card_status(struct uim_card_status_msg *st, const struct uim_card **card,
			 const struct uim_app_status **app, ULONG timeout_ms)
{
	const struct uim_card_status *s = &st->status;
	ULONG rc = slqs_qmi_call(&slqs_uim_get_card_status, NULL, st, timeout_ms);
	unsigned slot, index;

	*card = NULL;
	*app = NULL;
	if (rc)
		return rc;
	if (s->n_cards > 0)
		*card = &s->cards[0];
	if (s->index_gw_primary == UIM_INDEX_NONE)
		return eQCWWAN_ERR_NONE;
	slot = s->index_gw_primary >> 8;
	index = s->index_gw_primary & 0xFF;
	if (slot < s->n_cards && index < s->cards[slot].n_apps) {
		*card = &s->cards[slot];
		*app = &s->cards[slot].apps[index];
	}
	return eQCWWAN_ERR_NONE;
}

static ULONG uim_pin_status(ULONG id, struct dms_pin_status *out)
{
	struct uim_card_status_msg st;
	const struct uim_card *card;
	const struct uim_app_status *app;
	ULONG rc = card_status(&st, &card, &app, SLQS_TIMEOUT_5S);

	if (rc)
		return rc;
	/* The legacy message answers UimUninitialized without a usable card. */
	if (!app)
		return eQCWWAN_ERR_QMI_SIM_NOT_INITIALIZED;
	if (id == DMS_PIN_ID_PIN1 && app->upin_replaces_pin1)
		*out = (struct dms_pin_status){ card->upin_state, card->upin_retries,
						card->upuk_retries };
	else if (id == DMS_PIN_ID_PIN1)
		*out = (struct dms_pin_status){ app->pin1_state, app->pin1_retries,
						app->puk1_retries };
	else
		*out = (struct dms_pin_status){ app->pin2_state, app->pin2_retries,
						app->puk2_retries };
	return eQCWWAN_ERR_NONE;
}

ULONG UIMGetPINStatus(ULONG id, ULONG *pStatus, ULONG *pVerifyRetriesLeft,
		      ULONG *pUnblockRetriesLeft)
{
	struct dms_uim_get_pin_status_rsp rsp;
	const struct dms_pin_status *pin = NULL;
	struct dms_pin_status from_uim;
	ULONG rc;

	if ((id != DMS_PIN_ID_PIN1 && id != DMS_PIN_ID_PIN2) || !pStatus || !pVerifyRetriesLeft ||
	    !pUnblockRetriesLeft)
		return eQCWWAN_ERR_INVALID_ARG;
	*pStatus = *pVerifyRetriesLeft = *pUnblockRetriesLeft = UNKNOWN;
	rc = slqs_dms_legacy_call(SLQS_DMS_LEGACY_PIN_STATUS, &slqs_dms_uim_get_pin_status, NULL,
				  &rsp, SLQS_TIMEOUT_5S);
	if (rc == REFUSED) {
		rc = uim_pin_status(id, &from_uim);
		pin = &from_uim;
	} else if (id == DMS_PIN_ID_PIN1 && rsp.has_pin1) {
		pin = &rsp.pin1;
	} else if (id == DMS_PIN_ID_PIN2 && rsp.has_pin2) {
		pin = &rsp.pin2;
	}
	if (rc || !pin)
		return rc;	/* a PIN the modem did not report stays unknown */
	*pStatus = pin->status;
	*pVerifyRetriesLeft = pin->verify_left;
	*pUnblockRetriesLeft = pin->unblock_left;
	return eQCWWAN_ERR_NONE;
}

/* The DMS UIM Get State value the card status amounts to. */
static ULONG uim_state(ULONG *state)
{
	struct uim_card_status_msg st;
	const struct uim_card *card;
	const struct uim_app_status *app;
	ULONG rc = card_status(&st, &card, &app, SLQS_TIMEOUT_DEFAULT);

	if (rc)
		return rc;
	if (!card || card->card_state == UIM_CARD_ABSENT)
		*state = DMS_UIM_STATE_ABSENT;
	else if (card->card_state == UIM_CARD_ERROR)
		*state = DMS_UIM_STATE_LOCKED_FAILED;
	else if (!app)
		*state = DMS_UIM_STATE_UNAVAILABLE;
	else if (app->state == UIM_APP_STATE_READY)
		*state = DMS_UIM_STATE_INITIALIZED;
	else if (app->state >= UIM_APP_STATE_PIN_REQUIRED && app->state <= UIM_APP_STATE_ILLEGAL)
		*state = DMS_UIM_STATE_LOCKED_FAILED;	/* PIN, PUK, perso lock, blocked */
	else
		*state = DMS_UIM_STATE_UNAVAILABLE;	/* still being detected */
	return eQCWWAN_ERR_NONE;
}

ULONG SLQSUIMGetState(ULONG *pUIMState)
{
	struct dms_uim_get_state_rsp rsp;
	ULONG rc;

	if (!pUIMState)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_dms_legacy_call(SLQS_DMS_LEGACY_UIM_STATE, &slqs_dms_uim_get_state, NULL, &rsp,
				  SLQS_TIMEOUT_DEFAULT);
	if (rc == REFUSED)
		return uim_state(pUIMState);
	if (!rc)
		*pUIMState = rsp.state;
	return rc;
}

/* ---- ICCID and IMSI ------------------------------------------------------------------- */

/*
 * Appends the BCD digit `nibble` to out (at most cap - 1 digits). Returns
 * 1 for a digit, 0 at the F filler that ends the number, -1 for anything
 * else (a card or modem that sends garbage).
 */
static int put_digit(char *out, size_t cap, size_t *len, uint8_t nibble)
{
	if (nibble == 0x0F)
		return 0;
	if (nibble > 9 || *len + 1 >= cap)
		return -1;
	out[(*len)++] = (char)('0' + nibble);
	out[*len] = '\0';
	return 1;
}

/* EF-ICCID: BCD, low nibble first, F-padded. */
static bool decode_iccid(const uint8_t *data, size_t n, char *out, size_t cap)
{
	size_t len = 0;
	int rc = 1;

	out[0] = '\0';
	for (size_t i = 0; i < n && rc > 0; i++) {
		rc = put_digit(out, cap, &len, data[i] & 0x0F);
		if (rc > 0)
			rc = put_digit(out, cap, &len, data[i] >> 4);
	}
	return rc >= 0 && len > 0;
}

/*
 * EF-IMSI: a length byte (the bytes that follow), then the first digit in
 * the high nibble beside the parity/type nibble, then BCD low nibble first.
 */
static bool decode_imsi(const uint8_t *data, size_t n, char *out, size_t cap)
{
	size_t len = 0;
	int rc;

	out[0] = '\0';
	if (n < 2 || data[0] < 1 || data[0] > 8 || (size_t)data[0] + 1 > n)
		return false;
	rc = put_digit(out, cap, &len, data[1] >> 4);
	for (size_t i = 2; i <= data[0] && rc > 0; i++) {
		rc = put_digit(out, cap, &len, data[i] & 0x0F);
		if (rc > 0)
			rc = put_digit(out, cap, &len, data[i] >> 4);
	}
	return rc >= 0 && len > 0;
}

/* An elementary file holding a number, and how the legacy message gets it. */
struct ef_number {
	enum slqs_dms_legacy bit;
	const struct qmi_msg *legacy;
	uint16_t file_id;
	uint8_t path[4];		/* file ids, low byte first */
	uint16_t path_len;
	bool (*decode)(const uint8_t *data, size_t n, char *out, size_t cap);
};

static const struct ef_number ef_iccid = {
	SLQS_DMS_LEGACY_ICCID, &slqs_dms_uim_get_iccid, 0x2FE2, { 0x00, 0x3F }, 2, decode_iccid,
};

static const struct ef_number ef_imsi = {
	SLQS_DMS_LEGACY_IMSI, &slqs_dms_uim_get_imsi, 0x6F07, { 0x00, 0x3F, 0xFF, 0x7F }, 4,
	decode_imsi,
};

static ULONG read_ef(const struct ef_number *ef, char *out, size_t cap)
{
	struct uim_read_transparent_req req = { 0 };
	struct uim_read_transparent_rsp rsp;
	ULONG rc;

	req.session.type = UIM_SESSION_PRIMARY_GW_PROV;
	req.file.file_id = ef->file_id;
	req.file.n_path = ef->path_len;
	memcpy(req.file.path, ef->path, ef->path_len);
	req.read.offset = 0;
	req.read.length = 0;	/* the whole file */
	rc = slqs_qmi_call(&slqs_uim_read_transparent, &req, &rsp, SLQS_TIMEOUT_DEFAULT);
	/* The PIN is not in yet: the legacy message calls that DeviceNotReady. */
	if (rc == eQCWWAN_ERR_QMI_ACCESS_DENIED)
		return eQCWWAN_ERR_QMI_DEVICE_NOT_READY;
	if (rc)
		return rc;
	if (!rsp.has_data || !ef->decode(rsp.data, rsp.n_data, out, cap))
		return eQCWWAN_ERR_MALFORMED_QMI_RSP;
	return eQCWWAN_ERR_NONE;
}

static ULONG sim_number(const struct ef_number *ef, BYTE size, CHAR *out)
{
	struct dms_string_rsp rsp;
	ULONG rc;

	if (!out)
		return eQCWWAN_ERR_INVALID_ARG;
	if (size == 0)
		return eQCWWAN_ERR_BUFFER_SZ;
	out[0] = '\0';
	rc = slqs_dms_legacy_call(ef->bit, ef->legacy, NULL, &rsp, SLQS_TIMEOUT_DEFAULT);
	if (rc == REFUSED)
		rc = read_ef(ef, rsp.value, sizeof rsp.value);
	if (rc)
		return rc;
	return slqs_copy_string(out, size, rsp.value);
}

ULONG UIMGetICCID(BYTE stringSize, CHAR *pString)
{
	return sim_number(&ef_iccid, stringSize, pString);
}

ULONG GetIMSI(BYTE stringSize, CHAR *pString)
{
	return sim_number(&ef_imsi, stringSize, pString);
}
