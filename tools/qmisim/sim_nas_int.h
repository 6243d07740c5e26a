/*
 * qmisim NAS internals, shared by sim_nas*.c only: the radio environment
 * (config, changed by control commands), what clients see derived from it,
 * and the answers and indications built from that.
 *
 *   sim_nas.c         the service: handler table, hooks, queries for others
 *   sim_nas_radio.c   RATs, bands, and the registration and signal clients see
 *   sim_nas_answers.c the Get requests' answers
 *   sim_nas_select.c  system selection, registration requests, network scan and time
 *   sim_nas_text.c    names in the encodings networks send
 *   sim_nas_notify.c  subscriptions and the indications when things change
 *   sim_nas_config.c  the [nas] settings and the `nas ...` control commands
 */
#ifndef QMISIM_SIM_NAS_INT_H
#define QMISIM_SIM_NAS_INT_H

#include <stddef.h>
#include <stdint.h>

#include "pkgs/nas/nas_msg.h"
#include "tools/qmisim/sim.h"

enum rat { RAT_LTE, RAT_UMTS, RAT_GSM, RAT_COUNT };

struct rat_def {
	const char *name;
	int8_t radio;			/* NAS_RADIO_* */
	uint16_t mode_bit;		/* its bit in the mode preference */
	uint8_t scan_bit;		/* its bit in Network Scan's type mask */
	uint8_t n_caps;
	uint8_t caps[3];		/* data service capabilities when registered */
};
extern const struct rat_def nas_rats[RAT_COUNT];

/* What the network does when the modem (online, SIM ready) tries to register. */
enum policy { POL_HOME, POL_ROAMING, POL_SEARCHING, POL_DENIED, POL_NONE, POL_COUNT };
extern const char *const nas_policy_names[POL_COUNT];

#define NAS_REG_STATES 5
extern const char *const nas_reg_state_names[NAS_REG_STATES];

struct band_def {
	uint8_t rat;
	uint16_t number;
	uint16_t qmi;
};
/** The band `number` of a RAT, or NULL if the simulator does not know it. */
const struct band_def *nas_band_find(int rat, long number);

#define NAS_BANDWIDTHS 6
extern const int nas_lte_bandwidths[NAS_BANDWIDTHS];

#define NET_PLMN_SET 1
#define NET_NAME_SET 2

struct net {
	uint16_t mcc;
	uint16_t mnc;
	uint8_t mnc3;		/* the MNC has 3 digits */
	uint8_t set;		/* NET_*_SET: which parts the config gave (home network) */
	uint8_t encoding;	/* NAS_NAME_ENC_* of the name in Get PLMN Name (0: ASCII) */
	char name[NAS_NAME_MAX];
};

/* Mode preference bits (System Selection Preference TLV 0x11). */
#define NAS_MODE_PREF_GSM  0x04
#define NAS_MODE_PREF_UMTS 0x08
#define NAS_MODE_PREF_LTE  0x10
#define NAS_MODE_PREF_ALL  0x3F	/* cdma 1x, HDR, GSM, UMTS, LTE, TD-SCDMA */

/* The system selection preferences (Set/Get System Selection Preference). */
struct pref {
	uint8_t emergency;
	uint16_t mode;			/* NAS_MODE_PREF_* bits */
	uint64_t band;			/* 2G/3G band bits */
	uint16_t roam;			/* 1 off, 2 not off, 3 not flashing, 0xFF any */
	uint64_t lte_band;		/* bit n: E-UTRA band n+1 */
	uint64_t tdscdma_band;
	uint8_t net_select;		/* 0 automatic, 1 manual */
	uint8_t manual_set;		/* manual_plmn was given (else: the serving one) */
	struct net manual_plmn;
	uint32_t srv_domain;		/* 0 CS, 1 PS, 2 CS+PS */
	uint32_t gw_acq_order;		/* 0 automatic, 1 GSM first, 2 WCDMA first */
	uint32_t reg_restriction;
	uint16_t n_acq_order;
	int8_t acq_order[NAS_MAX_RATS];
};

/* A network Network Scan finds besides the serving one ([nas.network N]). */
#define NAS_SCAN_MAX 8
struct scan_net {
	int used;
	struct net net;
	int rat;		/* enum rat */
	int forbidden;
	int preferred;
};

/* The radio environment: config, changed by control commands, kept over a reset. */
struct env {
	struct pref pref;
	struct scan_net scan[NAS_SCAN_MAX];
	int time_zone;		/* network time: 15-minute steps east of UTC */
	int dst;		/* daylight saving adjustment, hours */
	int nitz;		/* the network sends its time */
	int serving_name;	/* Serving System carries the operator name */
	struct net serving;
	struct net home;	/* unset parts follow the serving network */
	int rat;		/* enum rat */
	int policy;		/* enum policy */
	int roaming;		/* registered as roaming even with policy home */
	int reject_cause;	/* 3GPP cause when the policy is "denied" */
	int lte_rssi, lte_rsrq, lte_rsrp, lte_snr;	/* dBm, dB, dBm, 0.1 dB */
	int umts_rssi, umts_ecio, umts_rscp;		/* dBm, 0.1 dB, dBm */
	int gsm_rssi;					/* dBm */
	int lac, tac, cell_id, pci, umts_psc, gsm_bsic;
	int band[RAT_COUNT];	/* 3GPP band number per RAT */
	int channel[RAT_COUNT];	/* EARFCN, UARFCN, ARFCN */
	int lte_bandwidth;	/* 0.1 MHz */
};

/* The registration as clients see it, derived by reg_view(). */
struct reg {
	uint8_t state;		/* NAS_REG_* */
	uint8_t attach;		/* NAS_ATTACH_*, CS and PS alike */
	uint8_t service;	/* NAS_SERVICE_* */
	uint8_t roaming;
	uint8_t sim_ready;
	int8_t radio;		/* serving NAS_RADIO_*; NAS_RADIO_NONE: camped on nothing */
};

/* The measurements clients see (all zero when camped on nothing). */
struct sig {
	int camped;
	int rat;
	int rssi, rsrq, rsrp, snr, ecio, rscp;	/* units as in struct env */
	int band, channel;
};

struct nas_state {
	struct env env;
	/* What was last indicated, to notice changes. */
	struct reg last_reg;
	struct sig last_sig;
	struct nas_serving_system last_ss;
	struct nas_system_info last_si;
};

/* Per client: what it asked to be told. */
struct nas_client {
	uint8_t serving_off;	/* Serving System indications are on by default */
	uint8_t sysinfo_off;	/* likewise System Info */
	uint8_t signal_info;	/* Signal Info indications are off by default */
	struct nas_set_event_report_req er;	/* Set Event Report, merged */
	struct nas_config_signal_info_req csi;	/* Config Signal Info thresholds */
	/* Config Signal Info v2 deltas, in tenths of dB(m); 0: none. */
	uint16_t rssi_delta[RAT_COUNT];
	uint16_t ecio_delta, snr_delta, rsrq_delta, rsrp_delta;
};

struct nas_state *nas_state_of(struct sim_modem *m);
/** The home network: the configured parts, the serving network's for the rest. */
void nas_home_net(const struct env *e, struct net *out);
/** The registration clients see, from the environment, the mode and the SIM. */
void nas_reg_view(struct sim_modem *m, const struct env *e, struct reg *r);
/** The measurements clients see, given the registration. */
void nas_sig_view(const struct env *e, const struct reg *r, struct sig *s);
void nas_view(struct sim_modem *m, struct nas_state *st, struct reg *r, struct sig *s);
struct sig nas_sig_now(struct sim_modem *m);
/** ECIO in 0.1 dB to the wire's positive -0.5 dB steps. */
int nas_ecio_steps(int ecio_tenths);

/* ---- sim_nas_answers.c ---------------------------------------------------- */

int nas_get_serving_system(const struct sim_call *call);
int nas_get_system_info(const struct sim_call *call);
int nas_get_signal_info(const struct sim_call *call);
int nas_get_signal_strength(const struct sim_call *call);
int nas_get_home_network(const struct sim_call *call);
int nas_get_operator_name(const struct sim_call *call);
int nas_get_plmn_name(const struct sim_call *call);
int nas_get_rf_band_info(const struct sim_call *call);
int nas_get_cell_location_info(const struct sim_call *call);
void nas_fill_rf_band(const struct sig *s, struct nas_rf_band *b);

/* ---- sim_nas_select.c ---------------------------------------------------- */

int nas_get_sys_sel_pref(const struct sim_call *call);
int nas_set_sys_sel_pref(const struct sim_call *call);
int nas_initiate_register(const struct sim_call *call);
int nas_network_scan(const struct sim_call *call);
int nas_get_network_time(const struct sim_call *call);
/** The manual selection keeps the modem off the serving network. */
int nas_manual_elsewhere(const struct env *e);
/** The preferences' defaults (those of an MC7455). */
void nas_pref_init(struct env *e);

/* ---- sim_nas_text.c ------------------------------------------------------ */

/**
 * Writes a UTF-8 name into out[cap] in a NAS_NAME_ENC_* encoding (ASCII,
 * packed GSM 7-bit or UCS-2; anything else: ASCII), its length in *len.
 * Returns the encoding used.
 */
uint8_t nas_name_encode(uint8_t encoding, const char *name, uint8_t *out, size_t cap,
			uint16_t *len);

/* ---- sim_nas_notify.c ----------------------------------------------------- */

/**
 * Recomputes what clients see and tells those who asked about what
 * changed; raises SIM_EV_REGISTRATION / SIM_EV_SIGNAL for other services.
 */
void nas_refresh(struct sim_modem *m, struct nas_state *st);
int nas_reset(const struct sim_call *call);
int nas_set_event_report(const struct sim_call *call);
int nas_register_indications(const struct sim_call *call);
int nas_config_signal_info(const struct sim_call *call);
int nas_config_signal_info2(const struct sim_call *call);

/* ---- sim_nas_config.c ----------------------------------------------------- */

/** The [nas] section. */
extern const struct sim_section nas_sections[];
/** The `nas ...` control commands. */
extern const struct sim_command nas_commands[];

/* ---- sim_nas.c ------------------------------------------------------------ */

/** The status line of `stats` and of the control commands (operator name too if asked). */
void nas_describe_state(struct sim_modem *m, struct nas_state *st, int with_operator,
			char *out, size_t outlen);

#endif
