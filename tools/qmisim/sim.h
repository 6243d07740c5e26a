/*
 * qmisim: a simulated QMI modem.
 *
 * The framework (sim_modem.c and friends) owns the CTL service, client
 * ids, framing, faults and the config file; every other service is a
 * module that registers a `struct sim_service`: its message handlers, its
 * per-modem state, its config keys and its control commands. Services
 * talk to each other only through the query functions in their own
 * headers (sim_dms.h, sim_uim.h, ...) and through events (sim_event()).
 */
#ifndef QMISIM_SIM_H
#define QMISIM_SIM_H

#include <stddef.h>
#include <stdint.h>

#include "core/codec.h"
#include "core/qmi_error.h"
#include "tools/qmisim/sim_settings.h"

struct sim_modem;

/** One allocated client id of a service, with the service's per-client state. */
struct sim_client {
	uint8_t service;
	uint8_t cid;
	void *state;		/* the service's per-client block (zeroed) */
};

/** What a request handler works with: one call, one context. */
struct sim_call {
	struct sim_modem *modem;
	struct sim_client *client;	/* the requesting client id */
	void *state;			/* the service's per-modem state block */
	const void *req;		/* the decoded request (the message's request struct) */
	void *rsp;			/* a zeroed response struct to fill */
	const struct sim_handler *row;	/* the handler's row, with its argument */
	unsigned port;			/* where the request came from (for sim_answer_later) */
	uint16_t txn;			/* its transaction id */
};

/*
 * A handler that answers later returns SIM_ANSWER_LATER (no response goes
 * out now), keeps a struct sim_later made from the call (SIM_LATER(call))
 * and whatever it needs of the request, and answers with
 * sim_answer_later() when it wants to (e.g. a control command releasing
 * held Start Network answers).
 */
#define SIM_ANSWER_LATER (-2)
struct sim_later {
	const struct qmi_msg *msg;
	unsigned port;
	uint8_t cid;
	uint16_t txn;
};
#define SIM_LATER(call) \
	((struct sim_later){ (call)->row->msg, (call)->port, (call)->client->cid, (call)->txn })
/* Fills the (zeroed) response rsp; returns 0 or a QMI error code. */
typedef int (*sim_later_fn)(struct sim_modem *m, void *rsp, void *arg);
/**
 * Answers a request kept with SIM_ANSWER_LATER: fn fills the response as a
 * handler would, and the indications it raises follow the answer, as those
 * a handler raises do.
 */
void sim_answer_later(struct sim_modem *m, const struct sim_later *later, sim_later_fn fn,
		      void *arg);

/*
 * A request handler. Returns 0 for success or a QMI error code (QMI_ERR_*
 * of core/qmi_error.h); the framework writes the result TLV and encodes
 * `rsp` either way (failed responses may carry TLVs too, e.g. PIN retries
 * or a call-end reason).
 */
typedef int (*sim_handler_fn)(const struct sim_call *call);

/*
 * One row of a service's handler table. An answer that is a configured
 * value needs no function of its own: SIM_ANSWER_STRING() names the string
 * in the service's state and the string in the response it is copied to.
 */
struct sim_handler {
	const struct qmi_msg *msg;
	sim_handler_fn fn;
	size_t state_off;		/* sim_answer_string: the value in the state block */
	size_t rsp_off, rsp_size;	/* sim_answer_string: the char array it fills */
};

#define SIM_HANDLER(message, handler) { .msg = &(message), .fn = (handler) }
#define SIM_ANSWER_STRING(message, state_type, state_field, rsp_type, rsp_field)          \
	{ .msg = &(message), .fn = sim_answer_string,                                    \
	  .state_off = offsetof(state_type, state_field),                                \
	  .rsp_off = offsetof(rsp_type, rsp_field),                                      \
	  .rsp_size = sizeof(((rsp_type *)0)->rsp_field) }
/* The same for a configured struct, copied whole (the two must be one type). */
#define SIM_ANSWER_COPY(message, state_type, state_field, rsp_type, rsp_field)            \
	{ .msg = &(message), .fn = sim_answer_copy,                                      \
	  .state_off = offsetof(state_type, state_field),                                \
	  .rsp_off = offsetof(rsp_type, rsp_field),                                      \
	  .rsp_size = sizeof(((rsp_type *)0)->rsp_field) +                               \
		      0 * sizeof(char[sizeof(((rsp_type *)0)->rsp_field) ==               \
				      sizeof(((state_type *)0)->state_field) ? 1 : -1]) }
/* A configured struct that is the whole response. */
#define SIM_ANSWER_WHOLE(message, state_type, state_field, rsp_type)                      \
	{ .msg = &(message), .fn = sim_answer_copy,                                      \
	  .state_off = offsetof(state_type, state_field), .rsp_off = 0,                  \
	  .rsp_size = sizeof(rsp_type) +                                                 \
		      0 * sizeof(char[sizeof(rsp_type) ==                                 \
				      sizeof(((state_type *)0)->state_field) ? 1 : -1]) }
#define SIM_HANDLERS_END { .msg = NULL }

/*
 * Set Event Report style requests change only what they carry: copies the
 * optional field f (and its has_f flag) of the request into the kept
 * subscription when the request has it.
 */
#define SIM_MERGE_OPTIONAL(kept, req, f)            \
	do {                                        \
		if ((req)->has_##f) {               \
			(kept)->has_##f = 1;        \
			(kept)->f = (req)->f;       \
		}                                   \
	} while (0)

/** Answers with the configured string the row names (always succeeds). */
int sim_answer_string(const struct sim_call *call);

/** Answers with the configured struct the row names (always succeeds). */
int sim_answer_copy(const struct sim_call *call);

/** Accepts the request and answers success with an empty response. */
int sim_answer_accept(const struct sim_call *call);

/** Copies a NUL-terminated string into dst[size], cut to fit (size > 0). */
void sim_copy_string(char *dst, size_t size, const char *src);

/* Events one service raises and the others may react to. */
enum sim_event_kind {
	SIM_EV_BOOT,			/* modem (re)started: state back to boot values */
	SIM_EV_OPERATING_MODE,		/* DMS operating mode changed */
	SIM_EV_SIM_STATE,		/* UIM card/PIN state changed */
	SIM_EV_REGISTRATION,		/* NAS registration state changed */
	SIM_EV_SIGNAL,			/* NAS signal values changed */
};

struct sim_service {
	const char *name;		/* lower case: "dms"; also its config section name */
	uint8_t id;			/* QMI service number */
	uint16_t major, minor;		/* version reported by CTL Get Version Info */
	uint16_t default_cid_limit;	/* CIDs the modem offers for this service */
	const struct sim_handler *handlers;	/* ends with SIM_HANDLERS_END */
	size_t state_size;		/* per-modem state block, zeroed before init */
	size_t client_state_size;	/* per-client state block (0: none) */
	/* Sets config defaults in the state block (called once per modem). */
	void (*init)(struct sim_modem *m, void *state);
	/* Its config sections and their settings ([dms], [wds.apn NAME] ...),
	 * ending with SIM_SECTIONS_END; NULL: no settings. */
	const struct sim_section *sections;
	/* Reacts to an event (SIM_EV_BOOT also after a simulated reset). */
	void (*event)(struct sim_modem *m, void *state, enum sim_event_kind ev);
	/* A client id of this service is being released (or dropped by reset). */
	void (*client_gone)(struct sim_modem *m, void *state, struct sim_client *c);
	/* Its control commands ("nas signal ..."), ending with SIM_COMMANDS_END;
	 * NULL: none. `SERVICE help` lists them and the settings. */
	const struct sim_command *commands;
	/* Text for `status`/`stats`: appends key=value pairs to out. May be NULL. */
	void (*describe)(struct sim_modem *m, void *state, char *out, size_t outlen);
	/* Timed work (periodic reports): runs at every flush of the modem's
	 * output, `now_ms` on CLOCK_MONOTONIC; returns the milliseconds until
	 * it wants to run again, -1 for never. May be NULL. */
	int (*tick)(struct sim_modem *m, void *state, uint64_t now_ms);
};

/* ---- what the framework offers to service modules ---------------------- */

/** The state block of a service on this modem (NULL if not registered). */
void *sim_state(struct sim_modem *m, uint8_t service);

/** Raises an event: every service's `event` hook runs (in registration order). */
void sim_event(struct sim_modem *m, enum sim_event_kind ev);

/**
 * Sends an indication of `msg` built from the C struct `ind` to client
 * `cid` of the message's service, or to every client of it for
 * QMI_CID_BROADCAST. Returns 0 or a negative qmi_status.
 */
int sim_indicate(struct sim_modem *m, const struct qmi_msg *msg, uint8_t cid, const void *ind);

/** Calls fn for each allocated client of a service. */
void sim_for_each_client(struct sim_modem *m, uint8_t service,
			 void (*fn)(struct sim_modem *m, struct sim_client *c, void *arg),
			 void *arg);

/**
 * Simulates a modem reboot once the current response has been sent: CTL
 * Sync indication, every client id dropped (client_gone for each), then
 * SIM_EV_BOOT. Used by DMS Set Operating Mode "reset" and the `reset`
 * control command.
 */
void sim_request_reset(struct sim_modem *m);

/** The modem's index (0-based) among the simulated modems, for per-modem values. */
unsigned sim_modem_index(const struct sim_modem *m);

/* ---- config value helpers (shared by every module's config hook) -------- */

/** Parses a decimal or 0x integer within [min, max]; 0 or -1 (err filled). */
int sim_parse_int(const char *value, long long min, long long max, long long *out,
		  char *err, size_t errlen);
/** Parses yes/no/true/false/on/off/1/0. */
int sim_parse_bool(const char *value, int *out, char *err, size_t errlen);
/** Copies a string into a fixed buffer; -1 if it does not fit. */
int sim_parse_string(const char *value, char *out, size_t outsize, char *err, size_t errlen);

/** Appends formatted text to a NUL-terminated buffer, truncating safely. */
void sim_appendf(char *out, size_t outlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
