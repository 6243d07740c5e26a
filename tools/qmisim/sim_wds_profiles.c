/*
 * qmisim WDS profiles: the modem's stored 3GPP profiles (indexes 1..16)
 * and the default one. Profile errors come as ExtendedInternal with a DS
 * profile error code, as real modems send them; 3GPP2 has no profiles here.
 */
#include "tools/qmisim/sim_wds_int.h"

#include <stdio.h>
#include <string.h>

struct wds_profile *wds_profile_get(struct wds_state *st, uint8_t index)
{
	if (index < 1 || index > WDS_SIM_MAX_PROFILES || !st->profiles[index - 1].used)
		return NULL;
	return &st->profiles[index - 1].p;
}

/* Copies field f when src has it (ints, strings and arrays alike). */
#define TAKE(f)                                                       \
	do {                                                          \
		if (src->has_##f) {                                   \
			dst->has_##f = 1;                             \
			memcpy(&dst->f, &src->f, sizeof(dst->f));     \
		}                                                     \
	} while (0)

void wds_profile_merge(struct wds_profile *dst, const struct wds_profile *src)
{
	TAKE(name);
	TAKE(pdp_type);
	TAKE(hdr_compression);
	TAKE(data_compression);
	TAKE(apn);
	TAKE(dns1);
	TAKE(dns2);
	TAKE(umts_req_qos);
	TAKE(umts_min_qos);
	TAKE(gprs_req_qos);
	TAKE(gprs_min_qos);
	TAKE(username);
	TAKE(password);
	TAKE(auth);
	TAKE(ipv4_addr);
	TAKE(pcscf_pco);
	TAKE(pdp_access_control);
	TAKE(pcscf_dhcp);
	TAKE(im_cn);
	TAKE(context_number);
	TAKE(secondary_flag);
	TAKE(primary_id);
	TAKE(ipv6_addr);
	TAKE(umts_req_qos_sig);
	TAKE(umts_min_qos_sig);
	TAKE(ipv6_dns1);
	TAKE(ipv6_dns2);
	TAKE(addr_alloc);
	TAKE(lte_qos);
	TAKE(apn_disabled);
	TAKE(roaming_disallowed);
	TAKE(apn_type);
}

/* ExtendedInternal with a DS profile error in the response's 0xE0 TLV. */
static int ds_error(uint8_t *has_ext, uint16_t *ext, uint16_t code)
{
	*has_ext = 1;
	*ext = code;
	return QMI_ERR_EXTENDED_INTERNAL;
}

/* 0, or the DS profile error of a 3GPP profile reference. */
static uint16_t check_profile(struct wds_state *st, uint8_t type, uint8_t index)
{
	if (type != WDS_PROFILE_3GPP)
		return WDS_DS_INVALID_PROFILE_TYPE;
	if (index < 1 || index > WDS_SIM_MAX_PROFILES)
		return WDS_DS_INVALID_PROFILE_NUMBER;
	return wds_profile_get(st, index) ? 0 : WDS_DS_CONTEXT_NOT_DEFINED;
}

/* 0 for a stored 3GPP profile; otherwise the error, its DS code in the response. */
static int profile_ref(struct wds_state *st, uint8_t type, uint8_t index, uint8_t *has_ext,
		       uint16_t *ext)
{
	uint16_t bad = check_profile(st, type, index);

	return bad ? ds_error(has_ext, ext, bad) : 0;
}

/* profile_ref() for the messages that answer nothing but a profile error. */
static int profile_error(struct wds_state *st, uint8_t type, uint8_t index, void *vrsp)
{
	struct wds_profile_error_rsp *rsp = vrsp;

	return profile_ref(st, type, index, &rsp->has_ext_error, &rsp->ext_error);
}

/* Get Profile Settings and Get Default Settings: a stored profile's settings. */
static int settings_of(struct wds_state *st, uint8_t type, uint8_t index,
		       struct wds_profile_settings_rsp *rsp)
{
	int rc = profile_ref(st, type, index, &rsp->has_ext_error, &rsp->ext_error);

	if (!rc)
		rsp->settings = *wds_profile_get(st, index);
	return rc;
}

int wds_get_profile_list(const struct sim_call *call)
{
	const struct wds_get_profile_list_req *req = call->req;
	struct wds_get_profile_list_rsp *rsp = call->rsp;
	struct wds_state *st = wds_state_of(call->modem);

	rsp->has_profiles = 1;
	if (req->has_type && req->type != WDS_PROFILE_3GPP)
		return 0;	/* no 3GPP2 profiles: an empty list */
	for (unsigned i = 0; i < WDS_SIM_MAX_PROFILES; i++) {
		struct wds_profile_entry *e = &rsp->profiles[rsp->n_profiles];

		if (!st->profiles[i].used)
			continue;
		e->type = WDS_PROFILE_3GPP;
		e->index = (uint8_t)(i + 1);
		sim_copy_string(e->name, sizeof(e->name), st->profiles[i].p.name);
		rsp->n_profiles++;
	}
	return 0;
}

int wds_get_profile_settings(const struct sim_call *call)
{
	const struct wds_get_profile_settings_req *req = call->req;

	return settings_of(wds_state_of(call->modem), req->id.type, req->id.index, call->rsp);
}

int wds_get_default_settings(const struct sim_call *call)
{
	const struct wds_get_default_settings_req *req = call->req;
	struct wds_state *st = wds_state_of(call->modem);

	return settings_of(st, req->type, st->default_profile, call->rsp);
}

/* Stores a new profile at index i + 1 from the request's settings; answers its id. */
static void create_at(struct wds_state *st, unsigned i, const struct wds_profile *settings,
		      struct wds_create_profile_rsp *rsp)
{
	struct wds_profile_slot *slot = &st->profiles[i];

	/* A new profile has every setting, empty unless the request gives it. */
	slot->used = 1;
	slot->p = (struct wds_profile){
		.has_name = 1, .has_pdp_type = 1, .pdp_type = WDS_PDP_IPV4, .has_apn = 1,
		.has_username = 1, .has_password = 1, .has_auth = 1, .has_context_number = 1,
		.context_number = (uint8_t)(i + 1), .has_apn_disabled = 1,
		.has_roaming_disallowed = 1,
	};
	wds_profile_merge(&slot->p, settings);
	rsp->has_id = 1;
	rsp->id.type = WDS_PROFILE_3GPP;
	rsp->id.index = (uint8_t)(i + 1);
}

int wds_create_profile(const struct sim_call *call)
{
	const struct wds_create_profile_req *req = call->req;
	struct wds_create_profile_rsp *rsp = call->rsp;
	struct wds_state *st = wds_state_of(call->modem);
	unsigned i;

	if (req->type != WDS_PROFILE_3GPP)
		return ds_error(&rsp->has_ext_error, &rsp->ext_error, WDS_DS_INVALID_PROFILE_TYPE);
	for (i = 0; i < WDS_SIM_MAX_PROFILES && st->profiles[i].used; i++)
		;
	if (i == WDS_SIM_MAX_PROFILES)
		return ds_error(&rsp->has_ext_error, &rsp->ext_error, WDS_DS_OUT_OF_PROFILES);
	create_at(st, i, &req->settings, rsp);
	return 0;
}

/* Sierra's indexed create: an index already stored is refused (invalid operation). */
int wds_create_profile_indexed(const struct sim_call *call)
{
	const struct wds_modify_profile_req *req = call->req;
	struct wds_create_profile_rsp *rsp = call->rsp;
	struct wds_state *st = wds_state_of(call->modem);
	uint16_t bad = check_profile(st, req->id.type, req->id.index);

	if (!bad)
		bad = WDS_DS_INVALID_OPERATION;
	else if (bad == WDS_DS_CONTEXT_NOT_DEFINED)
		bad = 0;	/* a free index: what this message wants */
	if (bad)
		return ds_error(&rsp->has_ext_error, &rsp->ext_error, bad);
	create_at(st, req->id.index - 1u, &req->settings, rsp);
	return 0;
}

int wds_modify_profile(const struct sim_call *call)
{
	const struct wds_modify_profile_req *req = call->req;
	struct wds_state *st = wds_state_of(call->modem);
	int rc = profile_error(st, req->id.type, req->id.index, call->rsp);

	if (!rc)
		wds_profile_merge(wds_profile_get(st, req->id.index), &req->settings);
	return rc;
}

int wds_delete_profile(const struct sim_call *call)
{
	const struct wds_delete_profile_req *req = call->req;
	struct wds_profile_error_rsp *rsp = call->rsp;
	struct wds_state *st = wds_state_of(call->modem);
	uint16_t bad = check_profile(st, req->id.type, req->id.index);

	if (!bad && wds_profile_in_use(st, req->id.index))
		bad = WDS_DS_INVALID_OPERATION;	/* a live session uses it */
	if (bad)
		return ds_error(&rsp->has_ext_error, &rsp->ext_error, bad);
	memset(&st->profiles[req->id.index - 1], 0, sizeof(st->profiles[0]));
	return 0;
}

int wds_get_default_profile_num(const struct sim_call *call)
{
	const struct wds_get_default_profile_num_req *req = call->req;
	struct wds_get_default_profile_num_rsp *rsp = call->rsp;
	struct wds_state *st = wds_state_of(call->modem);

	if (req->which.type != WDS_PROFILE_3GPP)
		return ds_error(&rsp->has_ext_error, &rsp->ext_error, WDS_DS_INVALID_PROFILE_TYPE);
	/* One default serves both families (embedded and tethered). */
	rsp->has_index = 1;
	rsp->index = st->default_profile;
	return 0;
}

int wds_set_default_profile_num(const struct sim_call *call)
{
	const struct wds_set_default_profile_num_req *req = call->req;
	struct wds_state *st = wds_state_of(call->modem);
	int rc = profile_error(st, req->id.type, req->id.index, call->rsp);

	if (!rc)
		st->default_profile = req->id.index;
	return rc;
}
