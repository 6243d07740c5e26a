/*
 * qmisim WDS internals, shared by sim_wds*.c only: the configured network
 * (APNs and what they hand out), the stored profiles and the live data
 * sessions.
 */
#ifndef QMISIM_SIM_WDS_INT_H
#define QMISIM_SIM_WDS_INT_H

#include <stddef.h>
#include <stdint.h>

#include "pkgs/wds/wds_msg.h"
#include "tools/qmisim/sim.h"

#define WDS_SIM_MAX_APNS     8
#define WDS_SIM_MAX_PROFILES 16	/* 3GPP profile indexes 1..16, as on an MC7455 */
#define WDS_SIM_MAX_SESSIONS 16
#define WDS_SIM_FIRMWARE     0	/* session owner: firmware autoconnect, no client */

/* QmiWdsDsProfileError codes sent with QMI_ERR_EXTENDED_INTERNAL. */
#define WDS_DS_INVALID_OPERATION      3
#define WDS_DS_INVALID_PROFILE_TYPE   4
#define WDS_DS_INVALID_PROFILE_NUMBER 5
#define WDS_DS_CONTEXT_NOT_DEFINED    1003
#define WDS_DS_OUT_OF_PROFILES        1006

/* Families an APN serves (bits). */
#define WDS_SIM_V4 0x01
#define WDS_SIM_V6 0x02

/** Why a call ended (or was refused): the legacy code and the verbose pair. */
struct wds_reason {
	uint16_t legacy;	/* QmiWdsCallEndReason */
	uint16_t type;		/* WDS_VCER_TYPE_* */
	int16_t code;
};

/** One APN of the simulated network and the addresses it hands out. */
struct wds_apn {
	char name[WDS_APN_MAX + 1];
	uint8_t auth;		/* WDS_AUTH_* the network accepts; 0: no authentication */
	char user[WDS_CREDENTIAL_MAX + 1];
	char password[WDS_CREDENTIAL_MAX + 1];
	uint8_t families;	/* WDS_SIM_V4 | WDS_SIM_V6 */
	uint32_t ipv4, gateway, dns1, dns2;
	uint8_t ipv4_prefix;
	uint8_t ipv6[WDS_IPV6_LEN], ipv6_gateway[WDS_IPV6_LEN];
	uint8_t ipv6_dns1[WDS_IPV6_LEN], ipv6_dns2[WDS_IPV6_LEN];
	uint8_t ipv6_prefix;
	uint32_t mtu;		/* 0: the [wds] mtu */
	uint8_t has_fail;	/* the network refuses every call with `fail` */
	struct wds_reason fail;
};

/** A session's traffic so far. */
struct wds_traffic {
	uint64_t tx_bytes, rx_bytes;
	uint32_t tx_packets, rx_packets;
};

/** A live data session (a PDN connection of one IP family). */
struct wds_session {
	uint8_t used;
	uint8_t owner;		/* client id, or WDS_SIM_FIRMWARE */
	uint8_t keep;		/* started with autoconnect: survives its client */
	uint8_t mux;		/* data port (Bind Mux Data Port), 0 = default */
	uint8_t family;		/* WDS_IP_FAMILY_IPV4 / _IPV6 */
	uint8_t profile;	/* 3GPP profile index used (0: none) */
	uint8_t auth;		/* authentication used */
	uint8_t apn;		/* index in wds_state.apns */
	uint32_t handle;
	uint64_t start_ms;
	char user[WDS_CREDENTIAL_MAX + 1];
	struct wds_traffic counted;	/* packets of the data path (sim_net.h) */
};

/** One stored profile (index = position + 1). */
struct wds_profile_slot {
	uint8_t used;
	struct wds_profile p;	/* the has_* flags say which settings exist */
};

/** A Start Network kept unanswered by `wds hold-start on`. */
struct wds_held_start {
	struct sim_later later;
	struct wds_start_network_req req;
};
#define WDS_SIM_MAX_HELD 8

/** Per-client state (the framework allocates it zeroed). */
struct wds_client {
	uint8_t family;		/* Set IP Family; 0 = not set (IPv4) */
	uint8_t mux;
	uint8_t report_call_status;	/* Set Event Report subscriptions */
	uint8_t report_bearer;
	uint8_t report_current_bearer;
	uint8_t report_dormancy;
	uint8_t stats_interval;		/* transfer statistics period, s; 0: none */
	uint32_t stats_mask;		/* WDS_STATS_* asked for */
	uint64_t stats_due_ms;		/* next report; 0: from the next tick on */
	uint8_t had_call;
	int8_t last_bearer;
	struct wds_bearer_tech last_current_bearer;
	uint64_t last_tx_bytes, last_rx_bytes;
};

struct wds_state {
	/* network and settings (config) */
	struct wds_apn apns[WDS_SIM_MAX_APNS];
	unsigned n_apns;
	int first_apn;			/* the first [wds.apn] section's, -1 if none */
	struct wds_profile_slot profiles[WDS_SIM_MAX_PROFILES];
	uint8_t profiles_finished;	/* profile 1 completed from the first APN */
	uint8_t default_profile;
	uint8_t autoconnect;		/* WDS_AUTOCONNECT_* */
	uint8_t autoconnect_roaming;
	uint32_t mtu;
	struct wds_reason unknown_apn;	/* answer to an APN the network lacks */
	uint32_t tx_rate, rx_rate;	/* bytes per second of a live session */
	uint8_t measured;		/* a data path counts real packets: no synthetic traffic */
	uint8_t dormant;		/* `wds dormant on`: traffic channel dormant */

	/* runtime */
	struct wds_session sessions[WDS_SIM_MAX_SESSIONS];
	uint8_t hold_start;		/* `wds hold-start on`: Start Network waits */
	unsigned n_held;
	struct wds_held_start held[WDS_SIM_MAX_HELD];
	uint32_t next_handle;
	unsigned long started, refused, ended;
};

static inline struct wds_state *wds_state_of(struct sim_modem *m)
{
	return sim_state(m, QMI_SVC_WDS);
}

static inline struct wds_client *wds_client_of(struct sim_client *c)
{
	return c->state;
}

/* ---- sim_wds_config.c: config, reason names, defaults ------------------- */

void wds_config_defaults(struct wds_state *st);
/** The [wds], [wds.apn NAME] and [wds.profile N] settings. */
extern const struct sim_section wds_sections[];
/** The settings of an APN ([wds.apn NAME]); `wds apn-fail` uses its `fail`. */
extern const struct sim_setting wds_apn_settings[];
/** Completes profile 1 from the first APN once the config is read. */
void wds_profiles_finish(struct wds_state *st);
/** A reason by name ("no-service", "3gpp:33" ...); 0 or -1. */
int wds_reason_parse(const char *name, struct wds_reason *r);
/** The name of a reason, for status lines. */
const char *wds_reason_name(const struct wds_reason *r);
/** The reasons the simulator names (their names: sim_wds_config.c). */
enum wds_reason_id {
	WDS_R_NO_SERVICE, WDS_R_FADE, WDS_R_CLIENT_END, WDS_R_REGULAR_DEACTIVATION,
	WDS_R_NETWORK_FAILURE, WDS_R_OPERATOR_BARRING, WDS_R_INSUFFICIENT, WDS_R_UNKNOWN_APN,
	WDS_R_UNKNOWN_PDP, WDS_R_AUTH_FAILED, WDS_R_GGSN_REJECT, WDS_R_ACTIVATION_REJECT,
	WDS_R_OPTION_NOT_SUPPORTED, WDS_R_OPTION_UNSUBSCRIBED, WDS_R_OPTION_OUT_OF_ORDER,
	WDS_R_IPV4_ONLY, WDS_R_IPV6_ONLY, WDS_R_NETWORK_END, WDS_R_MODEM_RESTART,
	WDS_R_LOW_POWER, WDS_R_MAX_CONNECTIONS, WDS_R_APN_MISMATCH, WDS_R_IP_MISMATCH,
	WDS_R_INVALID_PROFILE, WDS_R_COUNT
};
const struct wds_reason *wds_reason(enum wds_reason_id id);
/** Appends the reason names, blank-separated (for help texts). */
void wds_reason_list(char *out, size_t outlen);

/* ---- sim_wds_session.c: sessions, Start/Stop Network -------------------- */

/** The APN named `name` (case-insensitive), or NULL. */
struct wds_apn *wds_apn_find(struct wds_state *st, const char *name);
/** The network's default APN (an empty APN asks for it): the first configured one. */
struct wds_apn *wds_apn_default(struct wds_state *st);
/** Ends a session; notifies its owner (or everyone on its port) if `notify`. */
void wds_session_end(struct sim_modem *m, struct wds_state *st, struct wds_session *s,
		     const struct wds_reason *why, int notify);
/** Ends every session (whose owner is `cid`, or all for cid < 0). Returns how many. */
unsigned wds_sessions_drop(struct sim_modem *m, struct wds_state *st, int cid,
			   const struct wds_reason *why, int notify);
/** Brings up the firmware's autoconnect session when it should be up. */
void wds_autoconnect_check(struct sim_modem *m, struct wds_state *st);
/** Whether any live session uses profile `index`. */
int wds_profile_in_use(const struct wds_state *st, uint8_t index);
/** Sends the current bearer to subscribed clients (the radio changed). */
void wds_report_bearer(struct sim_modem *m);
/** The session a client sees: its own, else its port's in its IP family. */
struct wds_session *wds_client_session(struct wds_state *st, struct sim_client *c);

/** The bearer of the serving radio technology (NAS). */
struct wds_bearer {
	int8_t tech;		/* QmiWdsDataBearerTechnology */
	uint32_t rat;		/* QmiWdsRat3gpp */
	uint32_t max_tx, max_rx;	/* bit/s */
};
struct wds_bearer wds_bearer_now(struct sim_modem *m);
void wds_current_bearer(struct sim_modem *m, struct wds_bearer_tech *b);

struct wds_traffic wds_traffic_of(const struct wds_state *st, const struct wds_session *s);

/** Appends "handle=... cid=... " for each session. */
void wds_sessions_describe(struct wds_state *st, char *out, size_t outlen);

int wds_start_network(const struct sim_call *call);
int wds_stop_network(const struct sim_call *call);
int wds_get_dormancy_status(const struct sim_call *call);
/** Forgets the held Start Network requests of client cid (all for cid < 0). */
void wds_held_forget(struct wds_state *st, int cid);
/** `wds hold-start [on|off]`: hold Start Network answers; off answers the held ones. */
int wds_cmd_hold_start(const struct sim_control *ctl);

/* ---- sim_wds_events.c: Event Report subscriptions and timed reports ----- */

/** Records what a Set Event Report asks for beyond call status and bearers. */
void wds_events_subscribe(struct wds_client *cl, const struct wds_set_event_report_req *req);
/** Sends the transfer statistics that are due; ms until the next, or -1. */
int wds_events_tick(struct sim_modem *m, void *state, uint64_t now_ms);
/** `wds dormant on|off`. */
int wds_cmd_dormant(const struct sim_control *ctl);

/* ---- sim_wds_query.c: what a session answers ---------------------------- */

int wds_get_packet_service_status(const struct sim_call *call);
int wds_get_current_settings(const struct sim_call *call);
int wds_get_packet_statistics(const struct sim_call *call);
int wds_get_channel_rates(const struct sim_call *call);
int wds_get_data_bearer_tech(const struct sim_call *call);
int wds_get_current_data_bearer_tech(const struct sim_call *call);

/* ---- sim_wds_profiles.c: the profile messages --------------------------- */

/** Stored profile `index` (1-based), or NULL if none is stored there. */
struct wds_profile *wds_profile_get(struct wds_state *st, uint8_t index);
/** Copies the settings present in src over dst. */
void wds_profile_merge(struct wds_profile *dst, const struct wds_profile *src);

int wds_get_profile_list(const struct sim_call *call);
int wds_get_profile_settings(const struct sim_call *call);
int wds_get_default_settings(const struct sim_call *call);
int wds_create_profile(const struct sim_call *call);
int wds_create_profile_indexed(const struct sim_call *call);
int wds_modify_profile(const struct sim_call *call);
int wds_delete_profile(const struct sim_call *call);
int wds_get_default_profile_num(const struct sim_call *call);
int wds_set_default_profile_num(const struct sim_call *call);

#endif
