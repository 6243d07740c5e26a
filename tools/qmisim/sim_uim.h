/*
 * qmisim UIM service: one card slot holding a USIM with PIN1/PUK1 and
 * PIN2/PUK2, the PIN rules of a real SIM, card status and its indication.
 *
 * Other modules (DMS's legacy SIM messages, NAS registration) use the
 * queries below; the card itself lives here. Every PIN function returns
 * 0 or a QMI error code (QMI_ERR_*) and raises SIM_EV_SIM_STATE, plus a
 * Card Status indication to registered clients, when the card's status
 * (a PIN state or a retry counter) changes.
 */
#ifndef QMISIM_SIM_UIM_H
#define QMISIM_SIM_UIM_H

#include <stdint.h>

#include "tools/qmisim/sim.h"

extern const struct sim_service sim_uim_service;

/** Card present and PIN1 verified or disabled: the SIM can be used. */
int sim_uim_ready(struct sim_modem *m);

/** A card is in the slot (whatever its PIN state). */
int sim_uim_card_present(struct sim_modem *m);

/**
 * The card's IMSI / ICCID (digits), or "" when no card is present. The
 * PIN is not checked here: a caller modelling a PIN-protected read (the
 * IMSI) checks sim_uim_ready() itself.
 */
const char *sim_uim_imsi(struct sim_modem *m);
const char *sim_uim_iccid(struct sim_modem *m);

/**
 * State of a PIN (pin_id 1 = PIN1, 2 = PIN2): the UIM_PIN_* state (0-5,
 * the same numbers as the DMS PIN status) and its retry counters. Any out
 * pointer may be NULL. Returns 0, QMI_ERR_UIM_UNINITIALIZED without a card
 * or QMI_ERR_INVALID_PIN_ID.
 */
int sim_uim_pin_status(struct sim_modem *m, uint8_t pin_id, uint8_t *state,
		       uint8_t *verify_left, uint8_t *unblock_left);

/*
 * The PIN operations. verify_left/unblock_left (may be NULL) receive the
 * counters after the attempt (0 when the PIN is unknown). Errors:
 * IncorrectPin (a wrong PIN or PUK was counted), PinBlocked (PUK needed),
 * PinAlwaysBlocked, InvalidArgument (not 4-8 digits; nothing counted),
 * UimUninitialized (no card), InvalidPinId, NoEffect (protection already
 * so), IncompatibleState (changing a disabled PIN).
 */
int sim_uim_verify_pin(struct sim_modem *m, uint8_t pin_id, const char *pin,
		       uint8_t *verify_left, uint8_t *unblock_left);
int sim_uim_unblock_pin(struct sim_modem *m, uint8_t pin_id, const char *puk,
			const char *new_pin, uint8_t *verify_left, uint8_t *unblock_left);
int sim_uim_change_pin(struct sim_modem *m, uint8_t pin_id, const char *old_pin,
		       const char *new_pin, uint8_t *verify_left, uint8_t *unblock_left);
int sim_uim_set_pin_protection(struct sim_modem *m, uint8_t pin_id, int enable,
			       const char *pin, uint8_t *verify_left, uint8_t *unblock_left);

/** Whether the failed answer of a PIN operation carries the retry counters. */
int sim_uim_error_has_retries(int qmi_error);

#endif
