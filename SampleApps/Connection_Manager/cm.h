/*
 * cm.h - what the parts of connectionmgr share: the settings of a link, its
 * live state, the exit codes, and each file's entry points.
 *
 * The files, one job each:
 *   main.c      picks the mode (scripted command or interactive menu)
 *   args.c      command-line options of the scripted commands, --help
 *   log.c       messages to syslog and stderr, with levels
 *   sdk.c       attach to the SDK daemon, wait for the modem, connect
 *   events.c    one queue of what happened (signals, SDK callbacks)
 *   sim.c       SIM PIN state and entry
 *   network.c   registration, serving system, signal
 *   devinfo.c   device information
 *   session.c   every WDS/WDA call: raw-IP, data sessions, settings, counters
 *   profiles.c  the modem's stored profiles
 *   netcfg.c    the network interface through rtnetlink
 *   resolv.c    DNS servers into a resolv.conf file
 *   link.c      bring a link up in order, and tear it down
 *   watch.c     keep it up: reconnect with backoff, wait for the modem
 *   pidfile.c   the running instance, for `down` and `status`
 *   menu.c      the interactive menu
 */
#ifndef CM_H
#define CM_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>
#include <net/if.h>

#include "SWIWWANCMAPI.h"

/* ---- exit codes (documented in README.md and --help) ---------------- */
enum cm_exit {
	CM_EXIT_OK = 0,		/* done; `status`: connected */
	CM_EXIT_ERROR = 1,	/* any other failure */
	CM_EXIT_USAGE = 2,	/* bad command line */
	CM_EXIT_NO_MODEM = 3,	/* no SDK daemon, or no modem within the timeout */
	CM_EXIT_SIM = 4,	/* PIN missing, wrong, blocked, or refused at one try left */
	CM_EXIT_NO_NETWORK = 5,	/* not registered within the timeout */
	CM_EXIT_REFUSED = 6,	/* the network refused the data session */
	CM_EXIT_NETCFG = 7,	/* the interface or resolv.conf could not be configured */
	CM_EXIT_DROPPED = 8,	/* `up`: the session ended without being asked to */
	CM_EXIT_NOT_UP = 9,	/* `status`: not connected */
};

/* ---- logging --------------------------------------------------------- */
enum cm_level { CM_ERR, CM_WARN, CM_INFO, CM_DEBUG };

void cm_log_init(const char *ident, enum cm_level level, bool use_syslog);
void cm_log(enum cm_level level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#define cm_err(...) cm_log(CM_ERR, __VA_ARGS__)
#define cm_warn(...) cm_log(CM_WARN, __VA_ARGS__)
#define cm_info(...) cm_log(CM_INFO, __VA_ARGS__)
#define cm_debug(...) cm_log(CM_DEBUG, __VA_ARGS__)
/* What the user asked to see (status, device info): stdout, never syslog. */
void cm_say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- settings -------------------------------------------------------- */
enum cm_family { CM_V4 = 4, CM_V6 = 6, CM_V4V6 = 7 };	/* ssdatasession_params.ipfamily */

enum cm_command { CM_CMD_MENU, CM_CMD_UP, CM_CMD_DOWN, CM_CMD_STATUS, CM_CMD_WATCH };

struct cm_options {
	enum cm_command command;
	const char *sdk_path;		/* SetSDKImagePath, NULL: the SDK's search */
	BYTE modem_index;
	const char *apn;		/* NULL: the profile's */
	ULONG profile;			/* 3GPP profile index, 0: none given */
	enum cm_family family;
	ULONG technology;		/* 1 UMTS (3GPP, LTE too), 2 CDMA */
	const char *pin;
	bool force_pin;			/* try the PIN even with one try left */
	const char *user, *password;
	ULONG auth;			/* 0 none, 1 PAP, 2 CHAP, 3 either */
	const char *ifname;		/* NULL: the SDK finds the modem's interface */
	bool netcfg;			/* configure the interface (--no-netcfg: no) */
	bool netcfg_optional;		/* no interface found: a session without one */
	bool default_route;
	const char *resolv_conf;	/* NULL: leave DNS alone */
	const char *pid_file;
	bool background;		/* up/watch: return once the link is up */
	bool reconnect;			/* watch */
	unsigned reg_timeout_s;		/* registration wait */
	unsigned device_timeout_s;	/* wait for the modem */
	unsigned backoff_min_ms, backoff_max_ms;
	unsigned down_timeout_s;
	enum cm_level log_level;
	bool use_syslog;
};

void cm_options_default(struct cm_options *o);
/* Parses a scripted command line (argv[1] is the command); CM_EXIT_OK to
 * go on, or the code to exit with (after --help: a negative value). */
int cm_args_parse(struct cm_options *o, int argc, char **argv);
bool cm_args_is_command(const char *word);
int cm_args_bad(const char *what, const char *value);	/* says so; CM_EXIT_USAGE */
void cm_args_usage(FILE *to);
const char *cm_family_name(enum cm_family f);

/* ---- events (events.c) ------------------------------------------------ */
enum cm_event {
	CM_EV_NONE = 0,
	CM_EV_STOP,		/* SIGINT / SIGTERM */
	CM_EV_SESSION_DOWN,	/* the modem says a session of ours ended */
	CM_EV_DEVICE_GONE,	/* modem reset or unplugged, or daemon lost */
	CM_EV_DEVICE_READY,	/* modem back */
	CM_EV_TICK,		/* nothing happened within the wait */
	CM_EV_INPUT,		/* cm_events_wait_on: its fd is readable */
};
int cm_events_init(void);	/* blocks SIGINT/SIGTERM: call before any thread exists */
void cm_events_post(enum cm_event ev);	/* async-signal and thread safe */
enum cm_event cm_events_wait(int timeout_ms);	/* -1: forever */
enum cm_event cm_events_wait_on(int fd, int timeout_ms);	/* also CM_EV_INPUT */
bool cm_stop_requested(void);

/* ---- the SDK and the modem (sdk.c) ------------------------------------ */
int cm_sdk_open(const struct cm_options *o);	/* SLQSStart, then wait for the modem; CM_EXIT_* */
void cm_sdk_detach(void);
const char *cm_sdk_node(void);			/* the control node in use */
const char *cm_err_name(ULONG rc);		/* a readable name for an SDK result */

/* ---- SIM (sim.c) ------------------------------------------------------ */
enum cm_sim_state { CM_SIM_READY, CM_SIM_LOCKED, CM_SIM_UNUSABLE };
/* The SIM's PIN1 state and the tries left (an unusable SIM is logged). */
enum cm_sim_state cm_sim_state(ULONG *left);
/* Enters pin if the SIM asks for it; at one try left only when forced. */
int cm_sim_unlock(const char *pin, bool force);	/* CM_EXIT_* */
void cm_sim_show(void);

/* ---- network (network.c) ---------------------------------------------- */
int cm_network_wait(unsigned timeout_s);		/* CM_EXIT_* */
void cm_network_show(void);		/* serving system and signal */
void cm_signal_show(void);

/* ---- device information (devinfo.c) ------------------------------------ */
void cm_devinfo_show(void);

/* ---- the data session (session.c) -------------------------------------- */
struct cm_addr6 {
	uint8_t addr[16];
	uint8_t prefix;
};

struct cm_settings {		/* one family's live settings */
	bool up;
	uint32_t v4, v4_gw, v4_dns[2];	/* host order; 0 = none */
	uint8_t v4_prefix;
	struct cm_addr6 v6, v6_gw;
	uint8_t v6_dns[2][16];
	bool has_v6_dns[2];
	ULONG mtu;
	char apn[101];
};

struct cm_session {
	ULONG v4_id, v6_id;		/* session ids (0: none) */
	bool v4_up, v6_up;
	struct cm_settings s4, s6;
	ULONG failure_v4, failure_v6, verbose_type, verbose_reason;
};

int cm_rawip_align(const char *ifname);			/* CM_EXIT_* */
int cm_netif_lookup(char *ifname, size_t size);	/* the modem's interface; 0 or -1 */
int cm_session_start(const struct cm_options *o, ULONG profile, struct cm_session *s);	/* CM_EXIT_* */
void cm_session_stop(struct cm_session *s);
int cm_session_settings(struct cm_session *s);	/* fills s4/s6 for what is up; 0/-1 */
bool cm_session_alive(const struct cm_session *s);	/* asks the modem */
int cm_session_bytes(ULONGLONG *tx, ULONGLONG *rx);
void cm_session_show(const struct cm_session *s);
int cm_session_callbacks(bool on);
bool cm_session_show_modem(void);		/* as any client sees it; true: connected */

/* ---- profiles (profiles.c) --------------------------------------------- */
void cm_profiles_list(void);
int cm_profile_show(BYTE id);
int cm_profile_write(BYTE id, bool create, ULONG pdp_type, const char *name, const char *apn,
		     ULONG auth, const char *user, const char *password);
int cm_profile_delete(BYTE id);
/* The stored profile whose APN is apn, created if none: CM_EXIT_*. */
int cm_profile_for_apn(const char *apn, ULONG *profile);

/* ---- the interface (netcfg.c) ------------------------------------------ */
struct cm_netcfg;
struct cm_netcfg *cm_netcfg_open(const char *ifname);
int cm_netcfg_apply(struct cm_netcfg *n, const struct cm_session *s, bool default_route);
void cm_netcfg_clear(struct cm_netcfg *n);	/* removes what apply added */
void cm_netcfg_close(struct cm_netcfg *n);

/* ---- DNS (resolv.c) ----------------------------------------------------- */
int cm_resolv_write(const char *path, const struct cm_session *s);
void cm_resolv_restore(void);

/* ---- the link (link.c) --------------------------------------------------- */
struct cm_link {
	const struct cm_options *o;
	struct cm_session session;
	struct cm_netcfg *net;
	ULONG profile;			/* 0: the modem's default */
	char ifname[IF_NAMESIZE];
	bool up;
	void (*on_connected)(void);	/* watch: called after each bring-up that worked */
};
int cm_link_up(struct cm_link *l);		/* CM_EXIT_* */
void cm_link_down(struct cm_link *l);
void cm_link_show(const struct cm_link *l);

/* ---- keeping it up (watch.c) --------------------------------------------- */
int cm_watch(struct cm_link *l);		/* until stopped (the link may start down); CM_EXIT_* */

/* ---- the running instance (pidfile.c) ------------------------------------- */
const char *cm_pidfile_path(const struct cm_options *o, char *buf, size_t size);
int cm_pidfile_create(const char *path);
void cm_pidfile_remove(const char *path);
pid_t cm_pidfile_running(const char *path);	/* 0: none */

/* ---- menu (menu.c) ------------------------------------------------------- */
int cm_menu(struct cm_options *o);

/* ---- commands (commands.c) ------------------------------------------------ */
int cm_cmd_up(struct cm_options *o);
int cm_cmd_down(const struct cm_options *o);
int cm_cmd_status(const struct cm_options *o);

#endif
