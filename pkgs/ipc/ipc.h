/*
 * The application <-> daemon (slqssdk) protocol.
 *
 * Transport: a UNIX SOCK_SEQPACKET socket, one message per packet, so a
 * message is never split or merged and needs no length prefix. The
 * default path is IPC_DEFAULT_SOCKET; the environment variable
 * IPC_SOCKET_ENV overrides it for the client library, `--socket` for the
 * daemon.
 *
 * Every packet:  u8 protocol version (IPC_VERSION) | u8 type | body
 * Bodies are field by field, little-endian (core/wire.h), no padding:
 *   u8/u16/u32  integers
 *   str         u16 length + bytes (no NUL on the wire; no NUL inside;
 *               length < the C capacity, which counts the NUL)
 *   bytes       u16 length + bytes (QMI TLV areas)
 *
 * Conversation (A = application, D = daemon):
 *   A: HELLO            D: HELLO_ACK (status != 0: refused, D closes)
 *   A: ENUMERATE        D: DEVICES
 *   A: CONNECT          D: CONNECT_ACK      (the app now uses that device)
 *   A: QMI_REQUEST ...  D: QMI_RESPONSE ... (any number in flight, in any
 *                                            order; matched by req_id)
 *                       D: INDICATION, LOST, DEVICE_STATE, SERVICE_RESET
 *                          at any time after CONNECT
 *   A: DISCONNECT       D: DISCONNECT_ACK   (CIDs released)
 *   A: KILL             D: KILL_ACK, then the daemon exits
 *   A: STATS            D: STATS_ACK        (tests and diagnostics)
 * Nothing but HELLO is accepted before HELLO_ACK. Closing the socket (or
 * dying) is a DISCONNECT: the daemon releases every CID of that app.
 *
 * A peer that sends a malformed packet (slqs_ipc_decode() fails), an unknown
 * type, or a type not meant for the receiver is closed by the daemon; the
 * daemon never sends such packets, so the client may treat one as a
 * broken daemon.
 *
 * Status codes: values of the SLQS API's enum eQCWWANError (api/qmerrno.h)
 * so the client library returns them unchanged. The daemon never maps a
 * modem's QMI result: a QMI_RESPONSE with status IPC_OK carries the
 * modem's TLVs, result TLV 0x02 included, for the caller to read.
 */
#ifndef SLQS_PKGS_IPC_H
#define SLQS_PKGS_IPC_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define IPC_VERSION 1

#define IPC_DEFAULT_SOCKET "/run/slqssdk/slqssdk.sock"
#define IPC_SOCKET_ENV     "SLQS_SOCKET"	/* client: overrides the path */

/* Largest packet either side sends or accepts (a whole QMI SDU fits). */
#define IPC_MAX_PACKET    (65536 + 64)

/* C capacities of strings (NUL included). */
#define IPC_NODE_LEN      256	/* device node, as SLQS deviceNode[256] */
#define IPC_KEY_LEN       16	/* device key, as SLQS deviceKey[16] */
#define IPC_NAME_LEN      32	/* application name, daemon version */
#define IPC_IFNAME_LEN    16	/* network interface (IFNAMSIZ) */
#define IPC_SERIAL_LEN    64	/* USB serial number */

#define IPC_MAX_DEVICES   64	/* entries in one DEVICES message */
#define IPC_MAX_CLIENTS   4	/* client slots per (app, service): 0..3 */
#define IPC_DEFAULT_TIMEOUT_MS 30000	/* used when a request says 0 */

/* ---- status codes (= eQCWWANError values) ------------------------------ */
/* Each one named after its eQCWWANError is held equal to it by the
 * compiler (pkgs/api/ipc_status.c). */

#define IPC_OK                 0	/* eQCWWAN_ERR_NONE */
#define IPC_ST_GENERAL         1	/* eQCWWAN_ERR_GENERAL */
#define IPC_ST_INTERNAL        2	/* eQCWWAN_ERR_INTERNAL */
#define IPC_ST_MEMORY          3	/* eQCWWAN_ERR_MEMORY: daemon out of memory or
					   too many requests in flight */
#define IPC_ST_INVALID_ARG     4	/* eQCWWAN_ERR_INVALID_ARG: bad service
					   (CTL is the daemon's), client slot, node */
#define IPC_ST_BUFFER_SZ       5	/* eQCWWAN_ERR_BUFFER_SZ: request too big for
					   the device */
#define IPC_ST_NO_DEVICE       6	/* eQCWWAN_ERR_NO_DEVICE: device unknown or
					   gone (unplugged); pending requests of a
					   vanished device fail with this */
#define IPC_ST_NO_CONNECTION   8	/* eQCWWAN_ERR_NO_CONNECTION: QMI_REQUEST
					   before CONNECT */
#define IPC_ST_QMI_REQ        12	/* eQCWWAN_ERR_QMI_REQ: could not send to
					   the device */
#define IPC_ST_DEVICE_RESET   28	/* eQCWWAN_ERR_RESET: the modem reset (CTL
					   Sync) while the request was pending; its
					   CIDs are gone, retry allocates new ones */
#define IPC_ST_DRIVER         31	/* eQCWWAN_ERR_DRIVER: the driver refused
					   (GobiNet bind ioctl failed) */
#define IPC_ST_QMI_OFFSET   1000	/* + QMI error: the modem refused a CID
					   (e.g. 1005 ClientIdsExhausted) */
#define IPC_ST_ACCESS_DENIED 1082	/* eQCWWAN_ERR_QMI_ACCESS_DENIED: peer not
					   root, not the daemon's user, not in the
					   socket's group (HELLO_ACK) */
#define IPC_ST_SVC_NOT_SUPPORTED 0xE002	/* eQCWWAN_ERR_SWICM_QMI_SVC_NOT_SUPPORTED */
#define IPC_ST_TIMEOUT      0xE004	/* eQCWWAN_ERR_SWICM_TIMEOUT: no answer
					   within the request's timeout */
#define IPC_ST_VERSION      0xE006	/* eQCWWAN_ERR_SWICM_AM_VERS_ERROR: the
					   app speaks another IPC_VERSION */

/* ---- device description ------------------------------------------------- */

/* How the daemon reaches a device (core/transport). */
enum ipc_driver {
	IPC_DRV_UNKNOWN = 0,
	IPC_DRV_QMUX = 1,	/* qmi_wwan /dev/cdc-wdmN (or a pty): QMUX frames */
	IPC_DRV_GOBINET = 2,	/* GobiNet /dev/qcqmiN: one fd per client */
	IPC_DRV_SOCKET = 3,	/* simulator SOCK_SEQPACKET socket */
};

/* Device state (DEVICE_STATE, CONNECT_ACK, DEVICES). Numbered like the
 * SLQS eDevState where it has one. */
enum ipc_dev_state {
	IPC_DEV_GONE = 0,	/* unplugged / cannot be opened; reopened when back */
	IPC_DEV_READY = 1,	/* open and synced: requests are served */
	IPC_DEV_RESET = 2,	/* the modem reset (CTL Sync): pending requests
				   failed, CIDs forgotten; READY follows */
};

struct ipc_device {
	char node[IPC_NODE_LEN];	/* what CONNECT takes: /dev/cdc-wdm0, a socket path */
	char key[IPC_KEY_LEN];		/* device key: USB serial (truncated) or "" */
	uint8_t driver;			/* enum ipc_driver */
	uint8_t state;			/* enum ipc_dev_state */
	uint16_t vid, pid;		/* USB ids, 0 when unknown */
	uint8_t usb_if;			/* USB interface number, 0xFF unknown */
	char ifname[IPC_IFNAME_LEN];	/* network interface ("wwan0") or "" */
	char serial[IPC_SERIAL_LEN];	/* full USB serial or "" */
};

/* ---- messages ----------------------------------------------------------- */

enum ipc_type {
	IPC_HELLO = 1,		/* A->D */
	IPC_HELLO_ACK,		/* D->A */
	IPC_ENUMERATE,		/* A->D, no body */
	IPC_DEVICES,		/* D->A */
	IPC_CONNECT,		/* A->D */
	IPC_CONNECT_ACK,	/* D->A */
	IPC_DISCONNECT,		/* A->D, no body */
	IPC_DISCONNECT_ACK,	/* D->A */
	IPC_QMI_REQUEST,	/* A->D */
	IPC_QMI_RESPONSE,	/* D->A */
	IPC_INDICATION,		/* D->A */
	IPC_LOST,		/* D->A */
	IPC_DEVICE_STATE,	/* D->A */
	IPC_KILL,		/* A->D, no body */
	IPC_KILL_ACK,		/* D->A */
	IPC_STATS,		/* A->D, no body */
	IPC_STATS_ACK,		/* D->A */
	IPC_SERVICE_RESET,	/* D->A */
	IPC_TYPE_MAX
};

/* HELLO: u16 version, u32 pid, str name. */
struct ipc_hello {
	uint16_t version;	/* IPC_VERSION of the app */
	uint32_t pid;		/* informational (logs); SO_PEERCRED is what counts */
	char name[IPC_NAME_LEN];	/* application name for logs */
};

/* HELLO_ACK: u32 status, u16 version, str daemon version. */
struct ipc_hello_ack {
	uint32_t status;	/* IPC_OK, IPC_ST_ACCESS_DENIED, IPC_ST_VERSION */
	uint16_t version;	/* IPC_VERSION of the daemon */
	char daemon_version[IPC_NAME_LEN];	/* "0.1.0" */
};

/*
 * DEVICES: u32 status, u16 count, then per device:
 *   str node, str key, u8 driver, u8 state, u16 vid, u16 pid, u8 usb_if,
 *   str ifname, str serial.
 * To send, point `list` at `count` entries. A decoded message has `list`
 * NULL and `raw` pointing at the (already validated) entries: read them
 * with slqs_ipc_devices_read().
 */
struct ipc_devices {
	uint32_t status;	/* IPC_OK, or why the list could not be made */
	uint16_t count;
	const struct ipc_device *list;
	const uint8_t *raw;
	size_t raw_len;
};

/* CONNECT: str node, str key. An empty node means "the first device"; a
 * non-empty key must match the device's key. */
struct slqs_ipc_connect {
	char node[IPC_NODE_LEN];
	char key[IPC_KEY_LEN];
};

/*
 * CONNECT_ACK, DISCONNECT_ACK, KILL_ACK: u32 status, u8 state, u8 driver,
 * str node. state/driver/node describe the connected device (CONNECT_ACK
 * with IPC_OK); otherwise 0 and "".
 */
struct ipc_ack {
	uint32_t status;
	uint8_t state;		/* enum ipc_dev_state */
	uint8_t driver;		/* enum ipc_driver */
	char node[IPC_NODE_LEN];
};

/*
 * QMI_REQUEST: u32 req_id, u8 service, u8 client, u32 timeout_ms,
 *              u16 msg_id, bytes tlv.
 * The daemon picks the modem-side transaction id and the CID: it allocates
 * one CID per (app, service, client) the first time it is used and keeps
 * it until DISCONNECT (or the app dies, or the modem resets). `client`
 * lets one app hold several CIDs of a service (dual-stack WDS: one per IP
 * family); most callers use 0.
 */
struct ipc_qmi_request {
	uint32_t req_id;	/* the app's own id, echoed in the response */
	uint8_t service;	/* QMI service, not CTL (0) */
	uint8_t client;		/* client slot 0 .. IPC_MAX_CLIENTS-1 */
	uint32_t timeout_ms;	/* 0: IPC_DEFAULT_TIMEOUT_MS */
	uint16_t msg_id;
	const uint8_t *tlv;	/* the request's TLV area (points into the packet) */
	uint16_t tlv_len;
};

/*
 * QMI_RESPONSE: u32 req_id, u32 status, u8 service, u8 client,
 *               u16 msg_id, bytes tlv.
 * status IPC_OK: tlv is the modem's response TLV area (result TLV
 * included). Otherwise the request failed in the SDK (timeout, reset,
 * device gone, CID refused, ...) and tlv is empty.
 */
struct ipc_qmi_response {
	uint32_t req_id;
	uint32_t status;
	uint8_t service;
	uint8_t client;
	uint16_t msg_id;
	const uint8_t *tlv;
	uint16_t tlv_len;
};

/* INDICATION: u8 service, u8 client, u16 msg_id, bytes tlv. Delivered in
 * the order the modem sent them. */
struct ipc_indication {
	uint8_t service;
	uint8_t client;		/* the slot whose CID it was sent to (broadcast:
				   one copy per slot holding a CID of the service) */
	uint16_t msg_id;
	const uint8_t *tlv;
	uint16_t tlv_len;
};

/* LOST: u32 count. Indications dropped because this app read too slowly
 * (its queue in the daemon was full); sent before the next one delivered. */
struct ipc_lost {
	uint32_t count;
};

/* DEVICE_STATE: u8 state, str node. Sent to the apps connected to node. */
struct ipc_device_state {
	uint8_t state;		/* enum ipc_dev_state */
	char node[IPC_NODE_LEN];
};

/* SERVICE_RESET: u8 service, u8 client. The modem forgot the app's client
 * id of that service and slot (it answered InvalidClientId): the daemon
 * allocated a new one and resent the request once, but whatever the app
 * had registered with the modem on the old one (indications) is gone, as
 * after a modem reset, for this service only. */
struct ipc_service_reset {
	uint8_t service;
	uint8_t client;
};

/* STATS_ACK: 10 x u32, for tests and diagnostics. */
struct ipc_stats {
	uint32_t apps;		/* connected application sockets */
	uint32_t devices;	/* devices known */
	uint32_t devices_ready;
	uint32_t cids;		/* CIDs held on modems, all devices */
	uint32_t pending;	/* requests waiting for the modem */
	uint32_t requests;	/* requests received since start */
	uint32_t timeouts;	/* requests that timed out */
	uint32_t ind_dropped;	/* indications dropped on full app queues */
	uint32_t refused;	/* connections refused (credentials) */
	uint32_t resets;	/* modem resets and unplugs seen */
};

/** One decoded (or to-be-encoded) message. Pointers refer to the packet. */
struct ipc_msg {
	uint8_t type;		/* enum ipc_type */
	union {
		struct ipc_hello hello;
		struct ipc_hello_ack hello_ack;
		struct ipc_devices devices;
		struct slqs_ipc_connect connect;
		struct ipc_ack ack;	/* CONNECT_ACK, DISCONNECT_ACK, KILL_ACK */
		struct ipc_qmi_request req;
		struct ipc_qmi_response rsp;
		struct ipc_indication ind;
		struct ipc_lost lost;
		struct ipc_device_state state;
		struct ipc_service_reset svc_reset;
		struct ipc_stats stats;
	} u;
};

/* ---- encoding and decoding (ipc.c) -------------------------------------- */

/* Negative results of the functions below (besides -errno from sockets). */
#define IPC_E_MALFORMED  (-1000)	/* truncated, bad lengths, trailing bytes */
#define IPC_E_VERSION    (-1001)	/* packet of another IPC_VERSION */
#define IPC_E_TYPE       (-1002)	/* unknown message type */
#define IPC_E_NOSPACE    (-1003)	/* does not fit the buffer / a string too long */
#define IPC_E_CLOSED     (-1004)	/* slqs_ipc_recv: the peer closed the socket */

/**
 * Encodes m into buf. Returns the packet length, or IPC_E_NOSPACE (also
 * for a string that does not fit its C capacity) or IPC_E_TYPE.
 */
int slqs_ipc_encode(const struct ipc_msg *m, uint8_t *buf, size_t cap);

/**
 * Decodes one whole packet. Refuses (without reading past len) a wrong
 * version, an unknown type, any truncated or over-long field, a string
 * with a NUL or too long for its capacity, a device count above
 * IPC_MAX_DEVICES, and trailing bytes. Returns 0, IPC_E_VERSION,
 * IPC_E_TYPE or IPC_E_MALFORMED. On IPC_E_VERSION, m->type is set when
 * the packet was a HELLO (so the daemon can answer with IPC_ST_VERSION).
 * Pointers in m refer into buf.
 */
int slqs_ipc_decode(const uint8_t *buf, size_t len, struct ipc_msg *m);

/**
 * Copies up to max entries of a decoded DEVICES message into out;
 * returns how many were copied (min(count, max)).
 */
size_t slqs_ipc_devices_read(const struct ipc_devices *d, struct ipc_device *out, size_t max);

/** Name of a message type for logs ("QMI_REQUEST", "?" if unknown). */
const char *slqs_ipc_type_name(uint8_t type);

/* ---- socket helpers (ipc_sock.c) ---------------------------------------- */

/**
 * Encodes and sends m as one packet (MSG_NOSIGNAL; `flags` adds e.g.
 * MSG_DONTWAIT). Returns 0, a negative IPC_E_* or -errno (-EAGAIN when
 * non-blocking and the socket is full).
 */
int slqs_ipc_send(int fd, const struct ipc_msg *m, int flags);

/**
 * Receives one packet into buf (cap should be IPC_MAX_PACKET) and decodes
 * it into m (pointers refer into buf). Returns the packet length, or
 * IPC_E_CLOSED at end of file, a negative IPC_E_* for a bad packet (a
 * packet longer than cap is IPC_E_MALFORMED), or -errno.
 */
ssize_t slqs_ipc_recv(int fd, uint8_t *buf, size_t cap, struct ipc_msg *m, int flags);

/**
 * Connects a SOCK_SEQPACKET socket (close-on-exec) to path (NULL: the
 * IPC_SOCKET_ENV variable, else IPC_DEFAULT_SOCKET). Returns the fd or
 * -errno.
 */
int slqs_ipc_connect(const char *path);

/** The socket path a client uses: path if non-NULL, else env, else default. */
const char *slqs_ipc_socket_path(const char *path);

#endif
