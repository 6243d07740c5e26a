/*
 * The framework's private view of a modem, shared by sim_*.c of the
 * framework (never by the service modules: they use sim.h).
 */
#ifndef QMISIM_SIM_INTERNAL_H
#define QMISIM_SIM_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "core/qmux.h"
#include "core/reasm.h"
#include "tools/qmisim/sim.h"
#include "tools/qmisim/sim_modem.h"
#include "tools/qmisim/sim_net.h"

#define SIM_MAX_SERVICES 32
#define SIM_CID_MIN      1	/* 0 and 0xFF are never handed out */
#define SIM_CID_MAX      254
#define SIM_PORT_NONE    0xFEu	/* owner of CIDs held by the `exhaust` fault */
#define SIM_NAME_MAX     64
#define SIM_DELAY_MAX_MS 600000	/* longest response delay, config or control */

/** An allocated client id: the services' view plus the port that owns it. */
struct sim_client_rec {
	struct sim_client c;
	unsigned port;
};

/** One registered service on one modem. */
struct sim_slot {
	const struct sim_service *svc;
	void *state;
	unsigned cid_limit;
	unsigned in_use;
	uint8_t last_cid;			/* allocation goes round from here */
	unsigned long requests;
	struct sim_client_rec *clients[256];	/* by CID */
};

#define SIM_OUTQ_MAX (4u * 1024 * 1024)	/* queued bytes per modem; beyond, frames are lost */
#define SIM_HELD_NONE SIZE_MAX

struct sim_modem {
	unsigned index;
	char name[SIM_NAME_MAX];
	struct sim_io io;
	size_t n_slots;
	struct sim_slot slots[SIM_MAX_SERVICES];
	unsigned long ctl_requests;
	struct qmux_reasm reasm[SIM_MAX_PORTS];

	/* output: frames waiting to leave, built in place (sim_output.c) */
	uint8_t *out_buf;
	size_t out_cap, out_head, out_tail;	/* queued frames are in [out_head, out_tail) */
	size_t held_at;			/* indications raised by the request being handled
					 * start here (SIM_HELD_NONE: none) */

	/* the request and response structs of the request being handled */
	void *req_buf, *rsp_buf;
	size_t req_size, rsp_size;	/* of the largest message of any service */

	/* faults */
	unsigned delay_ms;
	unsigned long drop_next;
	int unplugged;

	/* the request being handled: its port; a reset it asks for comes after it */
	unsigned cur_port;
	int in_request;
	int reset_pending;

	struct sim_stats stats;
	struct sim_net net;		/* the data path: [tun] and its counters (sim_datapath.c) */
	struct sim_record *rec;
	struct sim_replay *replay;
};

/* sim_modem.c */
struct sim_slot *sim_slot_by_id(struct sim_modem *m, uint8_t service);
struct sim_slot *sim_slot_by_name(struct sim_modem *m, const char *name);
void sim_do_reset(struct sim_modem *m);

/* sim_output.c: building and queueing frames */
uint64_t sim_now_ms(void);
enum sim_out_kind {
	SIM_OUT_INDICATION,
	SIM_OUT_RESPONSE,	/* delayed by the delay fault, lost to the drop fault */
	SIM_OUT_RAW,		/* a fault's broken frame: counted as neither */
};
/** The request is done: the indications it raised are no longer held back. */
void sim_release_held(struct sim_modem *m);
/**
 * Makes room for one frame at the end of the output queue and points w at
 * it; -1 if the queue is full (the frame is lost). Build the frame in w,
 * then sim_frame_queue() it (or do nothing to throw it away).
 */
int sim_frame_begin(struct sim_modem *m, struct qmi_wbuf *w);
/** Queues the frame built in w (by sim_frame_begin) for `port`. */
void sim_frame_queue(struct sim_modem *m, const struct qmi_wbuf *w, unsigned port,
		     enum sim_out_kind kind);
/** Encodes and queues a response (rsp may be NULL: result TLV only). */
void sim_respond(struct sim_modem *m, unsigned port, const struct qmi_msg *msg, uint8_t cid,
		 uint16_t txn, uint16_t error, const void *rsp);
/** Same for a message the modem has no table for (an error answer). */
void sim_respond_error(struct sim_modem *m, unsigned port, uint8_t service, uint8_t cid,
		       uint16_t txn, uint16_t msg_id, uint16_t error);
/** Throws away every queued frame (of one port, or all for SIM_PORT_ALL). */
void sim_discard_output(struct sim_modem *m, unsigned port);
/** Queues the fault frame named by kind ("tlv", "garbage", "truncated"); -1 if unknown. */
int sim_send_malformed(struct sim_modem *m, const char *kind);

/* sim_clients.c: client ids */
struct sim_client_rec *sim_client_find(struct sim_slot *s, uint8_t cid);
/** Allocates a CID for port; returns it, or -QMI error code. */
int sim_client_alloc(struct sim_modem *m, struct sim_slot *s, unsigned port);
/** Releases one CID (client_gone first); QMI error code or 0. */
int sim_client_release(struct sim_modem *m, struct sim_slot *s, uint8_t cid);
/** Releases every CID of one service (s) or of all (s NULL). */
void sim_client_release_all(struct sim_modem *m, struct sim_slot *s);

/* sim_ctl.c */
extern const struct sim_service sim_ctl_service;
/** Queues the CTL Sync indication. */
void sim_ctl_sync_indication(struct sim_modem *m);

/* sim_config.c */
/** Applies config text (name is for messages); 0 or -1 with err "name:line: what". */
int sim_config_apply(struct sim_modem *m, const char *name, const char *text, char *err,
		     size_t errlen);
/** Reads a whole config file (bounded size) into a malloc'd string; NULL + err. */
char *sim_config_read_file(const char *path, char *err, size_t errlen);

/* sim_parse.c: helpers for lines of text */
/** Splits line into at most max words (double quotes group); returns argc or -1. */
int sim_split_words(char *line, char **argv, int max);


/* sim_record.c / sim_replay.c */
void sim_record_frame(struct sim_record *rec, unsigned modem, int from_host,
		      const uint8_t *frame, size_t len);
/** Answers a service request from the recording; 1 if it did, 0 if no match. */
int sim_replay_answer(struct sim_modem *m, unsigned port, const struct qmux_frame *f);

#endif
