/*
 * QMUX frame reassembly for byte streams (a pty, a cdc-wdm read that holds
 * several frames or part of one).
 *
 * Feed it chunks of any size; take whole frames out. Bytes that cannot
 * start a frame are skipped (and counted) until the next 0x01 marker whose
 * length is plausible, so one corrupt frame does not lose the stream.
 */
#ifndef SLQS_CORE_REASM_H
#define SLQS_CORE_REASM_H

#include <stddef.h>
#include <stdint.h>

#define QMUX_REASM_DEFAULT_MAX 8192

struct qmux_reasm {
	uint8_t *buf;		/* holds up to 2 * max_frame bytes */
	size_t cap;
	size_t len;		/* bytes held */
	size_t head;		/* start of unconsumed bytes */
	size_t max_frame;	/* largest acceptable frame, marker included */
	unsigned long skipped;	/* garbage bytes dropped */
	unsigned long oversize;	/* frames refused for exceeding max_frame */
};

/** Prepares r for frames of at most max_frame bytes (0: default). 0 or -1 (no memory). */
int slqs_qmux_reasm_init(struct qmux_reasm *r, size_t max_frame);
void slqs_qmux_reasm_free(struct qmux_reasm *r);
void slqs_qmux_reasm_reset(struct qmux_reasm *r);

/**
 * Appends bytes; returns how many were taken (fewer than len when the
 * buffer is full: take frames out, then feed the rest).
 */
size_t slqs_qmux_reasm_feed(struct qmux_reasm *r, const void *data, size_t len);

/**
 * Takes out the next whole frame: returns 1 with *frame and *len set to it
 * (valid until the next call on r), or 0 when more bytes are needed.
 * A returned frame has a sane QMUX length; its contents still need
 * slqs_qmux_parse().
 */
int slqs_qmux_reasm_next(struct qmux_reasm *r, const uint8_t **frame, size_t *len);

#endif
