/*
 * What the WDS profile API files (pkgs/wds/wds_profile*_api.c) share: the
 * conversions between the vendor's struct Profile3GPP and the Create /
 * Modify Profile and Get Profile Settings TLVs (struct wds_profile), and
 * the extended error of a refused request. Internal to the SDK.
 */
#ifndef SLQS_PKGS_WDS_WDS_PROFILE_H
#define SLQS_PKGS_WDS_WDS_PROFILE_H

#include <stdint.h>

#include "api/wds/inc/qaGobiApiWds.h"
#include "pkgs/wds/wds_msg.h"

/*
 * The settings of p that are not NULL into w (w's has_ flags set for them;
 * the caller zeroes w). INVALID_ARG for a string too long for its TLV or a
 * member no TLV carries here (TFTs, PDN inactivity timeout, APN class).
 */
ULONG slqs_wds_profile_to_wire(const struct Profile3GPP *p, struct wds_profile *w);

/*
 * Zeroes w, then the settings of a profile of `type` into it: a 3GPP
 * profile's members, or nothing for 3GPP2 (INVALID_ARG when a 3GPP2 member
 * is set, since no 3GPP2 TLV is described; also for another type).
 */
ULONG slqs_wds_settings_to_wire(BYTE type, const QmiProfileInfo *info, struct wds_profile *w);

/*
 * The members of p that are not NULL from what w reports; the others, and
 * those w lacks, stay as they are. BUFFER_SZ when a string does not fit
 * its size (that string is then ""; the other members are still filled).
 */
ULONG slqs_wds_profile_from_wire(const struct wds_profile *w, struct Profile3GPP *p);

/*
 * rc, after handing the modem's DS profile error `code` to *out (when out
 * is not NULL, the response had one and rc is ExtendedInternal, 1081).
 */
ULONG slqs_wds_ext_error(ULONG rc, uint8_t has, uint16_t code, WORD *out);

#endif
