/*
 * What the three transport implementations share (not for users of
 * core/transport/transport.h).
 */
#ifndef SLQS_CORE_TRANSPORT_PRIV_H
#define SLQS_CORE_TRANSPORT_PRIV_H

#include "core/reasm.h"
#include "core/transport/transport.h"

#define TR_NODE_LEN 256
#define TR_RXBUF    (QMUX_MAX_FRAME + 1)	/* more than any frame: no truncation */

/* A bound GobiNet client fd. */
struct tr_chan {
	int fd;
	uint8_t service;
	uint8_t cid;	/* our handle */
};

struct tr_ops {
	enum slqs_tr_kind kind;
	int (*open)(struct slqs_transport *t);	/* 0 or -errno */
	void (*close)(struct slqs_transport *t);
	/* Writes a built frame/SDU of len bytes for (service, cid). */
	int (*write)(struct slqs_transport *t, uint8_t service, uint8_t cid, const uint8_t *buf,
		     size_t len);
	int (*recv)(struct slqs_transport *t, int fd, slqs_tr_frame_fn fn, void *arg);
};

struct slqs_transport {
	const struct tr_ops *ops;
	char node[TR_NODE_LEN];
	int fd;			/* device fd, -1 for QCQMI */
	size_t max_frame;
	uint32_t vidpid;
	struct qmux_reasm reasm;	/* QMUX byte streams */
	uint8_t *rxbuf;		/* TR_RXBUF bytes: one packet / SDU (socket, QCQMI) */
	struct tr_chan *chans;	/* QCQMI clients */
	size_t n_chans, cap_chans;
};

extern const struct tr_ops slqs_tr_qmuxdev_ops;
extern const struct tr_ops slqs_tr_qcqmi_ops;
extern const struct tr_ops slqs_tr_seqpacket_ops;

/**
 * Writes all of buf to a non-blocking fd as one unit: waits (poll, up to
 * a second in total) when the device is momentarily full, so a frame is
 * never half written. `sock`: use send() without SIGPIPE. 0 or -errno.
 */
int slqs_tr_write_all(int fd, int sock, const uint8_t *buf, size_t len);

/** Parses one whole QMUX frame from the device and hands it to fn (traced). */
void slqs_tr_deliver_qmux(struct slqs_transport *t, const uint8_t *buf, size_t len,
		     slqs_tr_frame_fn fn, void *arg);

#endif
