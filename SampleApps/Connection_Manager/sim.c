/*
 * sim.c - the SIM's PIN: read its state, enter it when the SIM asks.
 *
 * UIMGetPINStatus/UIMVerifyPIN work on every modem (the SDK falls back to
 * the UIM service where the legacy DMS messages are refused). A PIN is
 * never tried when only one try is left, unless forced: a wrong PIN then
 * blocks the SIM, and the PUK is rarely at hand on a product in the field.
 */
#include <string.h>

#include "cm.h"

enum { PIN1 = 1 };
enum { PIN_UNINITIALISED = 0, PIN_NOT_VERIFIED = 1, PIN_VERIFIED = 2, PIN_DISABLED = 3,
       PIN_BLOCKED = 4, PIN_BLOCKED_FOR_GOOD = 5 };

static const char *pin_state_name(ULONG s)
{
	static const char *const names[] = { "not initialised", "enabled, not verified",
					     "enabled, verified", "disabled", "blocked (PUK needed)",
					     "blocked for good" };
	return s < sizeof names / sizeof names[0] ? names[s] : "unknown";
}

/* The PIN state; waits up to 10 s for a SIM that is still starting. */
static ULONG pin_status(ULONG *state, ULONG *left, ULONG *puk_left)
{
	ULONG rc;
	int tries;

	for (tries = 0;; tries++) {
		rc = UIMGetPINStatus(PIN1, state, left, puk_left);
		if (!(rc == eQCWWAN_ERR_QMI_SIM_NOT_INITIALIZED ||
		      (rc == eQCWWAN_ERR_NONE && *state == PIN_UNINITIALISED)) || tries >= 20)
			return rc;
		if (cm_events_wait(500) == CM_EV_STOP)
			return rc;
	}
}

enum cm_sim_state cm_sim_state(ULONG *left)
{
	ULONG state = 0, puk_left = 0, rc;

	*left = 0;
	rc = pin_status(&state, left, &puk_left);
	if (rc != eQCWWAN_ERR_NONE) {
		cm_err("cannot read the SIM's PIN state: %s", cm_err_name(rc));
		return CM_SIM_UNUSABLE;
	}
	cm_debug("PIN1 %s, %u tries left", pin_state_name(state), (unsigned)*left);
	switch (state) {
	case PIN_VERIFIED:
	case PIN_DISABLED:
		return CM_SIM_READY;
	case PIN_NOT_VERIFIED:
		return CM_SIM_LOCKED;
	default:
		cm_err("the SIM's PIN is %s", pin_state_name(state));
		return CM_SIM_UNUSABLE;
	}
}

int cm_sim_unlock(const char *pin, bool force)
{
	ULONG left, puk_left = 0, rc;

	switch (cm_sim_state(&left)) {
	case CM_SIM_READY:
		return CM_EXIT_OK;
	case CM_SIM_UNUSABLE:
		return CM_EXIT_SIM;
	case CM_SIM_LOCKED:
		break;
	}
	if (!pin) {
		cm_err("the SIM asks for its PIN (%u tries left): give --pin", (unsigned)left);
		return CM_EXIT_SIM;
	}
	if (left == 1 && !force) {
		cm_err("only one PIN try is left: not trying (a wrong PIN would block the SIM); "
		       "--force-pin tries anyway");
		return CM_EXIT_SIM;
	}
	rc = UIMVerifyPIN(PIN1, (CHAR *)pin, &left, &puk_left);
	if (rc != eQCWWAN_ERR_NONE) {
		if (rc == eQCWWAN_ERR_QMI_INCORRECT_PIN)
			cm_err("wrong PIN: %u tries left", (unsigned)left);
		else
			cm_err("PIN refused: %s", cm_err_name(rc));
		return CM_EXIT_SIM;
	}
	cm_info("SIM PIN accepted");
	return CM_EXIT_OK;
}

void cm_sim_show(void)
{
	ULONG state = 0, left = 0, puk_left = 0;
	CHAR iccid[32] = "";
	ULONG rc = UIMGetPINStatus(PIN1, &state, &left, &puk_left);

	if (rc != eQCWWAN_ERR_NONE) {
		cm_say("SIM:           %s\n", cm_err_name(rc));
		return;
	}
	if (UIMGetICCID(sizeof iccid, iccid) != eQCWWAN_ERR_NONE)
		strcpy(iccid, "?");
	cm_say("SIM:           ICCID %s, PIN %s, %u tries left (PUK %u)\n", iccid,
	       pin_state_name(state), (unsigned)left, (unsigned)puk_left);
}
