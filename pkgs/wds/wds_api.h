/*
 * What the WDS API files (the pkgs/wds *_api.c files) share: which client slot
 * serves which data instance and IP family, the session ids (packet data
 * handles) this application started, and the small conversions between
 * the wire and the vendor SDK's types. Internal to the SDK; the callbacks
 * (SLQSSetSessionStateCallback & co.) read the session ids from here.
 *
 * Each (instance, family) has a client slot of its own (slqs_qmi_call_on):
 * a session is started, queried and stopped on its slot, so a dual-stack
 * call uses two WDS client ids, as real modems need.
 */
#ifndef SLQS_PKGS_WDS_WDS_API_H
#define SLQS_PKGS_WDS_WDS_API_H

#include <stddef.h>
#include <stdint.h>

#include "api/inc/SwiDataTypes.h"
#include "pkgs/wds/wds_msg.h"

#define SLQS_WDS_INSTANCES 2	/* data instances: 2 x 2 families = the 4 client slots */

/* Families, as the vendor's ssdatasession_params.ipfamily counts them. */
#define SLQS_WDS_V4   4
#define SLQS_WDS_V6   6
#define SLQS_WDS_V4V6 7

/*
 * The id of a session this application did not start (Start Network
 * answered NoEffect: the firmware's autoconnect or another client holds
 * it). Stopping it only forgets it: the modem lets its owner stop it.
 */
#define SLQS_WDS_SHARED_ID 0xFFFFFFFEu

/* The client slot of (instance, family 4 or 6); -1 for an instance out of range. */
int slqs_wds_slot(BYTE instance, BYTE family);

/*
 * The session ids of `instance` (0: none up as far as this application
 * knows). Either pointer may be NULL. Thread-safe.
 */
void slqs_wds_session_ids(BYTE instance, ULONG *v4, ULONG *v6);

/* Records (id != 0) or forgets (id 0) the session of (instance, family). */
void slqs_wds_session_set(BYTE instance, BYTE family, ULONG id);

/*
 * The slot of the session named `id` in `family`: a held id of any
 * instance, or 0 for instance 0's. -1 when this application holds no such
 * session.
 */
int slqs_wds_slot_of_id(ULONG id, BYTE family);

/*
 * The slot that answers for an instance's "current session": its IPv4
 * client, or its IPv6 client when only an IPv6 session is held. -1 for an
 * instance out of range.
 */
int slqs_wds_primary_slot(BYTE instance);

/*
 * Makes the slot's client speak `family` (WDS Set IP Family), once; the
 * SDK repeats it whenever the modem forgets the client. Returns NONE or
 * the modem's error.
 */
ULONG slqs_wds_slot_family(int slot, BYTE family);

/*
 * The Start Network request of a vendor start for one family (4 or 6):
 * the profile ids, technology, authentication and credentials of p. NONE,
 * or INVALID_ARG when a string does not fit its TLV.
 */
struct ssdatasession_params;
ULONG slqs_wds_start_request(const struct ssdatasession_params *p, BYTE family,
			     struct wds_start_network_req *req);

/* The dual-stack result code (eQCWWAN_ERR_SWICM_V4UP_V6UP & co.) of two families' results. */
ULONG slqs_wds_dual_result(ULONG rcv4, ULONG rcv6);

/* ---- conversions (wds_wire_api.c: no modem calls) ---- */

/*
 * An optional string argument into a request's TLV string: up to *size
 * characters of src (all of it for a NULL size); nothing for a NULL src.
 * NONE, or INVALID_ARG when it does not fit cap - 1 bytes.
 */
ULONG slqs_wds_put_string(uint8_t *has, char *dst, size_t cap, const CHAR *src, const WORD *size);

/* An IPv6 address (16 bytes, network order) as 8 USHORT groups, and back. */
void slqs_wds_ipv6_groups(const uint8_t addr[WDS_IPV6_LEN], USHORT groups[8]);
void slqs_wds_ipv6_wire(const USHORT groups[8], uint8_t addr[WDS_IPV6_LEN]);

#endif
