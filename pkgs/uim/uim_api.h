/*
 * What the UIM API files (uim_api.c, uim_pin_api.c, uim_file_api.c) share:
 * the timeout, the session conversion, and the card status in the vendor's
 * layout (also what a card status indication handler hands its callback).
 */
#ifndef SLQS_PKGS_UIM_UIM_API_H
#define SLQS_PKGS_UIM_UIM_API_H

#include <stddef.h>

#include "api/uim/inc/qaGobiApiUim.h"
#include "pkgs/uim/uim_msg.h"

/* The vendor SDK documents 30 s for every UIM request (the card may be slow). */
#define UIM_TIMEOUT_MS 30000

/* The answer's arrays fit the vendor structs, so copying never cuts. */
_Static_assert(UIM_MAX_CARDS <= MAX_NO_OF_SLOTS, "cards fit cardStatus");
_Static_assert(UIM_MAX_APPS <= MAX_NO_OF_APPLICATIONS, "applications fit slotInfo");
_Static_assert(UIM_AID_MAX <= MAX_DESCRIPTION_LENGTH, "AIDs fit appStatus");
_Static_assert(UIM_BYTES_MAX <= MAX_DESCRIPTION_LENGTH, "byte strings fit");
_Static_assert(UIM_MAX_PHYS_SLOTS <= MAX_SLOTS_STATUS, "slots fit UIMSlotsStatus");

/*
 * Copies the caller's session into the request's session TLV: NONE, or
 * INVALID_ARG when its AID does not fit (longer than UIM_AID_MAX bytes).
 */
ULONG slqs_uim_session(struct uim_session *dst, const UIMSessionInformation *src);

/* The card status in the vendor's layout; unused slots and applications zeroed. */
void slqs_uim_card_status_to_api(cardStatus *dst, const struct uim_card_status *src);

/* An optional request member the caller may point at: its TLV is sent when non-NULL. */
static inline void uim_opt_u8(uint8_t *has, uint8_t *value, const BYTE *src)
{
	*has = src != NULL;
	if (src)
		*value = *src;
}

static inline void uim_opt_u32(uint8_t *has, uint32_t *value, const ULONG *src)
{
	*has = src != NULL;
	if (src)
		*value = *src;
}

#endif
