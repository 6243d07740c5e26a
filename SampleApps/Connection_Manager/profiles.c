/*
 * profiles.c - the modem's stored 3GPP profiles (indexes 1 to 16): list,
 * show, create, modify, delete; and the profile for an APN given on the
 * command line.
 */
#include <string.h>
#include <strings.h>

#include "cm.h"

enum { TYPE_3GPP = 0, FIRST = 1, LAST = 16 };

struct profile {
	ULONG pdp_type, ip, dns1, dns2, auth;
	CHAR name[64], apn[101], user[64];
};

static const char *pdp_name(ULONG t)
{
	static const char *const names[] = { "IPv4", "PPP", "IPv6", "IPv4v6" };
	return t < 4 ? names[t] : "?";
}

static const char *auth_name(ULONG a)
{
	static const char *const names[] = { "none", "PAP", "CHAP", "PAP or CHAP" };
	return a < 4 ? names[a] : "?";
}

static ULONG read_profile(BYTE id, struct profile *p)
{
	WORD ext = 0;

	memset(p, 0, sizeof *p);
	return SLQSGetProfile(TYPE_3GPP, id, &p->pdp_type, &p->ip, &p->dns1, &p->dns2, &p->auth,
			      sizeof p->name, p->name, sizeof p->apn, p->apn, sizeof p->user, p->user,
			      &ext);
}

void cm_profiles_list(void)
{
	struct profile p;
	BYTE id;
	int n = 0;

	for (id = FIRST; id <= LAST; id++) {
		if (read_profile(id, &p) != eQCWWAN_ERR_NONE)
			continue;
		cm_say("  %2u  %-16s APN %-20s %s\n", id, p.name, p.apn, pdp_name(p.pdp_type));
		n++;
	}
	if (!n)
		cm_say("  no profiles\n");
}

int cm_profile_show(BYTE id)
{
	struct profile p;
	ULONG rc = read_profile(id, &p);

	if (rc != eQCWWAN_ERR_NONE) {
		cm_say("profile %u: %s\n", id, cm_err_name(rc));
		return -1;
	}
	cm_say("Profile %u:\n  name %s\n  APN %s\n  PDP type %s\n  authentication %s\n  user %s\n",
	       id, p.name, p.apn, pdp_name(p.pdp_type), auth_name(p.auth), p.user);
	return 0;
}

/* The values a Profile3GPP points at, kept alive for the call. */
struct profile_values {
	BYTE pdp, auth;
	WORD name_len, apn_len, user_len, pass_len;
};

static void fill(struct Profile3GPP *p, struct profile_values *v, ULONG pdp_type, const char *name,
		 const char *apn, ULONG auth, const char *user, const char *password)
{
	v->pdp = (BYTE)pdp_type;
	v->auth = (BYTE)auth;
	v->name_len = (WORD)strlen(name);
	v->apn_len = (WORD)strlen(apn);
	v->user_len = (WORD)strlen(user);
	v->pass_len = (WORD)strlen(password);
	p->pProfilename = (CHAR *)name;
	p->pProfilenameSize = &v->name_len;
	p->pPDPtype = &v->pdp;
	p->pAPNName = (CHAR *)apn;
	p->pAPNnameSize = &v->apn_len;
	p->pAuthenticationPref = &v->auth;
	p->pUsername = (CHAR *)user;
	p->pUsernameSize = &v->user_len;
	p->pPassword = (CHAR *)password;
	p->pPasswordSize = &v->pass_len;
}

int cm_profile_write(BYTE id, bool create, ULONG pdp_type, const char *name, const char *apn,
		     ULONG auth, const char *user, const char *password)
{
	BYTE type = TYPE_3GPP, out_type = 0, out_index = 0;
	struct profile_values v;
	WORD ext = 0;
	ULONG rc;

	if (create) {
		struct CreateProfileIn in;
		struct CreateProfileOut out = { &out_type, &out_index, &ext };

		memset(&in, 0, sizeof in);
		in.pProfileID = id ? &id : NULL;
		in.pProfileType = &type;
		fill(&in.curProfile.SlqsProfile3GPP, &v, pdp_type, name, apn, auth, user, password);
		rc = SLQSCreateProfile(&in, &out);
		id = out_index;
	} else {
		struct ModifyProfileIn in;
		struct ModifyProfileOut out = { &ext };

		memset(&in, 0, sizeof in);
		in.pProfileID = &id;
		in.pProfileType = &type;
		fill(&in.curProfile.SlqsProfile3GPP, &v, pdp_type, name, apn, auth, user, password);
		rc = SLQSModifyProfile(&in, &out);
	}
	if (rc != eQCWWAN_ERR_NONE) {
		cm_err("%s profile: %s (extended error %u)", create ? "creating the" : "modifying the",
		       cm_err_name(rc), ext);
		return -1;
	}
	return id;
}

int cm_profile_delete(BYTE id)
{
	struct SLQSDeleteProfileParams params = { TYPE_3GPP, id };
	WORD ext = 0;
	ULONG rc = SLQSDeleteProfile(&params, &ext);

	if (rc != eQCWWAN_ERR_NONE) {
		cm_err("deleting profile %u: %s (extended error %u)", id, cm_err_name(rc), ext);
		return -1;
	}
	return 0;
}

int cm_profile_for_apn(const char *apn, ULONG *profile)
{
	struct profile p;
	BYTE id;
	int created;

	for (id = FIRST; id <= LAST; id++)
		if (read_profile(id, &p) == eQCWWAN_ERR_NONE && !strcasecmp(p.apn, apn)) {
			*profile = id;
			cm_debug("APN %s: profile %u", apn, id);
			return CM_EXIT_OK;
		}
	/* The modem stores the APN in a profile of its own, as a user would. */
	created = cm_profile_write(0, true, 3 /* IPv4v6 */, apn, apn, 0, "", "");
	if (created <= 0)
		return CM_EXIT_ERROR;
	cm_info("APN %s: created profile %d", apn, created);
	*profile = (ULONG)created;
	return CM_EXIT_OK;
}
