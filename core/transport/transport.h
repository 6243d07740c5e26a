/*
 * How the daemon reaches a modem's QMI control channel.
 *
 * Three kinds, chosen per device (slqs_transport_guess(), or discovery):
 *   QMUX       qmi_wwan /dev/cdc-wdmN, or a pty: whole QMUX frames on a
 *              byte stream. One fd for the device; the caller speaks CTL
 *              (Sync, Allocate/Release CID) itself.
 *   QCQMI      GobiNet /dev/qcqmiN: one fd per QMI client, bound to a
 *              service with ioctl 0x8BE1 (the driver allocates the CID;
 *              close releases it). Bare SDUs, no QMUX header, no CTL.
 *   SEQPACKET  a UNIX SOCK_SEQPACKET socket (the simulator): one QMUX
 *              frame per packet; CTL as for QMUX.
 *
 * Either way the caller sends (service, cid, txn, message id, TLVs) and
 * receives parsed frames; with QCQMI the "cid" is a handle the transport
 * hands out per bound fd (the driver never tells user space the CID).
 * Nothing here blocks for long except the QCQMI bind ioctl, which the
 * driver itself makes synchronous.
 */
#ifndef SLQS_CORE_TRANSPORT_H
#define SLQS_CORE_TRANSPORT_H

#include <stddef.h>
#include <stdint.h>

#include "core/qmux.h"

/* Same numbers as enum ipc_driver (pkgs/ipc/ipc.h). */
enum slqs_tr_kind {
	SLQS_TR_UNKNOWN = 0,
	SLQS_TR_QMUX = 1,
	SLQS_TR_QCQMI = 2,
	SLQS_TR_SEQPACKET = 3,
};

/* GobiNet ioctls (the vendor driver's numbers). */
#define QCQMI_IOCTL_GET_SERVICE_FILE 0x8BE1	/* arg: service, by value */
#define QCQMI_IOCTL_GET_VIDPID       0x8BE2	/* arg: u32 *, VID << 16 | PID */
#define QCQMI_IOCTL_GET_MEID         0x8BE3	/* arg: char[14] */
#define QCQMI_IOCTL_RELEASE_SERVICE  0x8BE4

#define SLQS_TR_MAX_FRAME_DEFAULT 4096	/* when the device cannot tell */

struct slqs_transport;

/** Called for each frame received; valid only during the call. */
typedef void (*slqs_tr_frame_fn)(void *arg, const struct qmux_frame *f);

/** "qmux", "gobinet", "socket" or "unknown". */
const char *slqs_tr_kind_name(enum slqs_tr_kind kind);

/**
 * The kind a node needs, from its name and file type: qcqmiN -> QCQMI, a
 * UNIX socket -> SEQPACKET, a character device (cdc-wdm, pty) -> QMUX.
 * SLQS_TR_UNKNOWN when it does not exist or is none of these.
 */
enum slqs_tr_kind slqs_transport_guess(const char *node);

/**
 * Opens node (kind UNKNOWN: guessed). Non-blocking, close-on-exec. For
 * QCQMI this only checks that the node opens (clients come later).
 * Returns NULL with -errno in *err.
 */
struct slqs_transport *slqs_transport_open(const char *node, enum slqs_tr_kind kind, int *err);

/**
 * 0 if node can be opened right now (it exists and its driver answers),
 * else -errno. Tells a GobiNet modem that reset from one that vanished.
 */
int slqs_transport_probe(const char *node);

/** Closes every fd (for QCQMI: every client, which releases its CID). */
void slqs_transport_close(struct slqs_transport *t);

enum slqs_tr_kind slqs_transport_kind(const struct slqs_transport *t);
const char *slqs_transport_node(const struct slqs_transport *t);

/** The device fd to watch for input, or -1 (QCQMI: watch client fds). */
int slqs_transport_fd(const struct slqs_transport *t);

/** Non-zero when clients are separate fds (QCQMI) and CTL is not ours. */
int slqs_transport_per_client(const struct slqs_transport *t);

/** Largest frame the device takes (QMUX header included). */
size_t slqs_transport_max_frame(const struct slqs_transport *t);

/**
 * Sends one request SDU to (service, cid). Returns 0, -EINVAL (no such
 * client), -EMSGSIZE (too big for the device) or -errno of the write
 * (the device is likely gone).
 */
int slqs_transport_send(struct slqs_transport *t, uint8_t service, uint8_t cid, uint16_t txn,
			uint16_t msg_id, const uint8_t *tlv, size_t tlv_len);

/**
 * Reads what is waiting on fd (the device fd or a client fd) and calls fn
 * for each well-formed frame (malformed ones are logged and skipped).
 * Returns 0, or -errno when the fd is broken (end of file, I/O error: the
 * device is gone or was reset).
 */
int slqs_transport_recv(struct slqs_transport *t, int fd, slqs_tr_frame_fn fn, void *arg);

/**
 * QCQMI: opens node and binds the fd to service (the driver allocates the
 * CID). Blocks until the driver has the modem's answer, so a daemon runs
 * it off its event loop; touches no transport state (thread-safe).
 * Returns the fd (non-blocking, close-on-exec) or -errno (-EINVAL for CTL,
 * -EBADR, -ENXIO ... from the driver). Closing the fd releases the CID,
 * again after a round trip to the modem.
 */
int slqs_qcqmi_bind(const char *node, uint8_t service);

/**
 * QCQMI: adopts a bound fd as a client of service; sets *cid to its
 * handle (unique per service on this transport). 0 or -errno (-EMFILE:
 * no handle left). The transport closes it on slqs_transport_close().
 */
int slqs_transport_client_add(struct slqs_transport *t, uint8_t service, int fd, uint8_t *cid);

/**
 * QCQMI: forgets a client and returns its fd for the caller to close
 * (which releases the CID), or -1 if there is no such client.
 */
int slqs_transport_client_remove(struct slqs_transport *t, uint8_t service, uint8_t cid);

/** USB VID << 16 | PID when the driver tells (QCQMI ioctl), else 0. */
uint32_t slqs_transport_vidpid(const struct slqs_transport *t);

#endif
