/*
 * A simulated modem for unit tests (cmocka): requests are built with the
 * codec and fed in as a host would, the frames the modem sends are kept in
 * order, and the test reads them back as decoded responses and indications.
 *
 * Frames are a queue: fx_take() removes the oldest. The request helpers
 * (fx_request() and those built on it) forget what was captured before,
 * send, and take the response, which must come first; whatever the request
 * caused after it (indications, a CTL Sync) stays for fx_indication() and
 * fx_take(). Every helper fails the test on anything unexpected.
 */
#ifndef TESTS_UNIT_SIM_FIXTURE_H
#define TESTS_UNIT_SIM_FIXTURE_H

#include <stddef.h>
#include <stdint.h>

#include "core/codec.h"
#include "core/qmux.h"
#include "tools/qmisim/sim_modem.h"

#define FX_FRAMES    64		/* frames kept until the next clear */
#define FX_FRAME_MAX 8192

struct fx_frame {
	unsigned port;
	size_t len;
	uint8_t data[FX_FRAME_MAX];
};

struct fx {
	struct sim_modem *m;
	size_t n;			/* frames captured, out[0] the oldest */
	struct fx_frame out[FX_FRAMES];
	struct fx_frame taken;		/* the frame fx_take() removed last */
	uint16_t txn;			/* the next request's transaction id */
	unsigned port;			/* the port requests arrive on (0) */
	int stream;			/* requests as pty bytes instead of whole frames */
	uint8_t cid;			/* a client id the test keeps, if it wants one */
	unsigned unplugs, replugs;	/* `unplug` / `replug` faults seen */
	const char *replug_msg;		/* what a replug answers (NULL: nothing) */
	char answer[SIM_CONTROL_MAX];	/* the last control command's answer */
};

/** A modem with these services (NULL: all of qmisim's) and config (NULL: defaults). */
struct fx *fx_new(const char *config, const struct sim_service *const *services);
void fx_free(struct fx *f);

/* ---- frames ------------------------------------------------------------------ */

/** Forgets the captured frames. */
void fx_clear(struct fx *f);
/** Sends a request built from msg's table; returns its transaction id. */
uint16_t fx_send(struct fx *f, const struct qmi_msg *msg, uint8_t cid, const void *req);
/** Sends a request whose TLV area is given as bytes; returns its transaction id. */
uint16_t fx_send_raw(struct fx *f, uint8_t service, uint8_t cid, uint16_t msg_id,
		     const uint8_t *tlvs, size_t len);
/** Captured frame i, parsed (it must parse). */
struct qmux_frame fx_frame(struct fx *f, size_t i);
/** Removes the oldest frame and checks it is this message from the modem. */
struct qmux_frame fx_take(struct fx *f, enum qmi_kind kind, uint8_t service, uint16_t msg_id);
/** Takes the response with this transaction id; returns its QMI error (0: success). */
uint16_t fx_take_result(struct fx *f, uint8_t service, uint16_t msg_id, uint16_t txn);

/* ---- requests: clear, send, take the response --------------------------------- */

/** Decodes the response into rsp; returns its QMI error (0: success). */
int fx_request(struct fx *f, const struct qmi_msg *msg, uint8_t cid, const void *req,
	       void *rsp);
/** The same for hand-written TLVs (malformed ones): the response must be the only frame. */
int fx_raw_request(struct fx *f, uint8_t service, uint8_t cid, uint16_t msg_id,
		   const uint8_t *tlvs, size_t len);
/** CTL Allocate CID: the client id, or -(QMI error). */
int fx_alloc_cid(struct fx *f, uint8_t service);
/** A client id that must be granted. */
uint8_t fx_cid(struct fx *f, uint8_t service);
/** CTL Release CID: its QMI error (0: success). */
int fx_release_cid(struct fx *f, uint8_t service, uint8_t cid);

/* ---- indications among the captured frames ------------------------------------- */

/** Decodes the nth (from 0) indication of msg sent to cid itself; 1 if there is one. */
int fx_indication(struct fx *f, const struct qmi_msg *msg, uint8_t cid, size_t nth,
		  void *ind);
/** How many indications of msg reach cid (its own and broadcasts); decodes each into ind. */
int fx_indications(struct fx *f, const struct qmi_msg *msg, uint8_t cid, void *ind);

/* ---- control commands: each clears the frames first ------------------------------ */

/** Runs a command; returns 0 or -1, the answer in f->answer. */
int fx_control(struct fx *f, const char *line);
/** A command that must succeed ("ok ...") with `want` in its answer (NULL: any). */
const char *fx_control_ok(struct fx *f, const char *line, const char *want);
/** A command that must fail with `want` in its answer (NULL: any). */
void fx_control_fails(struct fx *f, const char *line, const char *want);

/* ---- config ---------------------------------------------------------------------- */

/** A config the modem must refuse with an error starting with `want`. */
void fx_refuse_config(const struct sim_service *const *services, const char *text,
		      const char *want);

/* ---- events ---------------------------------------------------------------------- */

/** A service that only counts the events the others raise. */
#define FX_SPY_SVC 0x70
extern const struct sim_service fx_spy_service;
/** How many times ev was raised (fx_spy_service must be among the services). */
unsigned fx_events(struct fx *f, enum sim_event_kind ev);

#endif
