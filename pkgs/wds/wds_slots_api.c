/*
 * The WDS client slots and the session ids this application holds
 * (pkgs/wds/wds_api.h), and the conversions the WDS API files share.
 */
#include "pkgs/wds/wds_api.h"

#include <pthread.h>
#include <string.h>

#include "api/qmerrno.h"
#include "api/wds/inc/qaGobiApiWds.h"
#include "core/qmi_error.h"
#include "pkgs/api/slqs_call.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static ULONG ids[SLQS_WDS_INSTANCES][2];		/* [instance][0 IPv4, 1 IPv6] */
static uint8_t family_set[SLQS_WDS_INSTANCES * 2];	/* Set IP Family sent on the slot */
static pthread_once_t listen_once = PTHREAD_ONCE_INIT;

/* A modem reset ends every session and forgets every client's family. */
static void on_state(enum slqs_dev_state state, int reset, void *ctx)
{
	(void)ctx;
	if (state != SLQS_DEV_DISCONNECTED || !reset)
		return;
	pthread_mutex_lock(&lock);
	memset(ids, 0, sizeof(ids));
	memset(family_set, 0, sizeof(family_set));
	pthread_mutex_unlock(&lock);
}

static void listen_state(void)
{
	slqs_state_listen(on_state, NULL);
}

int slqs_wds_slot(BYTE instance, BYTE family)
{
	if (instance >= SLQS_WDS_INSTANCES)
		return -1;
	return instance * 2 + (family == SLQS_WDS_V6);
}

void slqs_wds_session_ids(BYTE instance, ULONG *v4, ULONG *v6)
{
	pthread_mutex_lock(&lock);
	if (v4)
		*v4 = instance < SLQS_WDS_INSTANCES ? ids[instance][0] : 0;
	if (v6)
		*v6 = instance < SLQS_WDS_INSTANCES ? ids[instance][1] : 0;
	pthread_mutex_unlock(&lock);
}

void slqs_wds_session_set(BYTE instance, BYTE family, ULONG id)
{
	if (instance >= SLQS_WDS_INSTANCES)
		return;
	pthread_once(&listen_once, listen_state);
	pthread_mutex_lock(&lock);
	ids[instance][family == SLQS_WDS_V6] = id;
	pthread_mutex_unlock(&lock);
}

int slqs_wds_slot_of_id(ULONG id, BYTE family)
{
	int slot = -1, v6 = family == SLQS_WDS_V6;

	if (id == 0)
		return slqs_wds_slot(0, family);
	pthread_mutex_lock(&lock);
	for (BYTE i = 0; i < SLQS_WDS_INSTANCES && slot < 0; i++)
		if (ids[i][v6] == id)
			slot = slqs_wds_slot(i, family);
	pthread_mutex_unlock(&lock);
	return slot;
}

int slqs_wds_primary_slot(BYTE instance)
{
	ULONG v4, v6;

	if (instance >= SLQS_WDS_INSTANCES)
		return -1;
	slqs_wds_session_ids(instance, &v4, &v6);
	return slqs_wds_slot(instance, !v4 && v6 ? SLQS_WDS_V6 : SLQS_WDS_V4);
}

ULONG slqs_wds_slot_family(int slot, BYTE family)
{
	struct wds_set_ip_family_req req = { .family = family };
	int done;
	ULONG rc;

	if (slot < 0 || (size_t)slot >= sizeof(family_set))
		return eQCWWAN_ERR_INVALID_ARG;
	pthread_once(&listen_once, listen_state);
	pthread_mutex_lock(&lock);
	done = family_set[slot];
	pthread_mutex_unlock(&lock);
	if (done)
		return eQCWWAN_ERR_NONE;
	/* Kept: the SDK sends it again to a client id the modem re-allocated. */
	rc = slqs_ind_enable((uint8_t)slot, &slqs_wds_set_ip_family, &req, SLQS_TIMEOUT_DEFAULT);
	/* Firmware without Set IP Family speaks IPv4 only: nothing to set for IPv4. */
	if (rc == eQCWWAN_ERR_QMI_OFFSET + QMI_ERR_INVALID_QMI_COMMAND && family == SLQS_WDS_V4)
		rc = eQCWWAN_ERR_NONE;
	if (rc == eQCWWAN_ERR_NONE) {
		pthread_mutex_lock(&lock);
		family_set[slot] = 1;
		pthread_mutex_unlock(&lock);
	}
	return rc;
}

ULONG slqs_wds_start_request(const struct ssdatasession_params *p, BYTE family,
			     struct wds_start_network_req *req)
{
	memset(req, 0, sizeof(*req));
	if (p->pTechnology) {
		switch (*p->pTechnology) {
		case 1:		/* UMTS: 3GPP */
		case 2:		/* CDMA: 3GPP2 */
			req->has_tech_pref = 1;
			req->tech_pref = (uint8_t)*p->pTechnology;
			break;
		case 3:		/* eMBMS */
			req->has_ext_tech_pref = 1;
			req->ext_tech_pref = WDS_EXT_TECH_EMBMS;
			break;
		case 4:		/* modem link-local */
			req->has_ext_tech_pref = 1;
			req->ext_tech_pref = WDS_EXT_TECH_MODEM_LINK_LOCAL;
			break;
		default:
			return eQCWWAN_ERR_INVALID_ARG;
		}
	}
	if (p->pProfileId3GPP) {
		if (*p->pProfileId3GPP > 0xFF)
			return eQCWWAN_ERR_INVALID_ARG;
		req->has_profile_3gpp = 1;
		req->profile_3gpp = (uint8_t)*p->pProfileId3GPP;
	}
	if (p->pProfileId3GPP2) {
		if (*p->pProfileId3GPP2 > 0xFF)
			return eQCWWAN_ERR_INVALID_ARG;
		req->has_profile_3gpp2 = 1;
		req->profile_3gpp2 = (uint8_t)*p->pProfileId3GPP2;
	}
	if (p->pAuthentication) {
		if (*p->pAuthentication > (WDS_AUTH_PAP | WDS_AUTH_CHAP))
			return eQCWWAN_ERR_INVALID_ARG;
		req->has_auth = 1;
		req->auth = (uint8_t)*p->pAuthentication;
	}
	if (slqs_wds_put_string(&req->has_username, req->username, sizeof(req->username),
				p->pUsername, NULL) ||
	    slqs_wds_put_string(&req->has_password, req->password, sizeof(req->password),
				p->pPassword, NULL))
		return eQCWWAN_ERR_INVALID_ARG;
	req->has_ip_family = 1;
	req->ip_family = family;
	return eQCWWAN_ERR_NONE;
}

ULONG slqs_wds_dual_result(ULONG rcv4, ULONG rcv6)
{
	if (!rcv4)
		return rcv6 ? eQCWWAN_ERR_SWICM_V4UP_V6DWN : eQCWWAN_ERR_SWICM_V4UP_V6UP;
	return rcv6 ? eQCWWAN_ERR_SWICM_V4DWN_V6DWN : eQCWWAN_ERR_SWICM_V4DWN_V6UP;
}
