/*
 * bench_raw: the floor under every stack. A client with no library and no
 * daemon: it writes prebuilt QMUX frames and reads the answers itself.
 *
 *   bench_raw --device PTY  MODE...   on the modem's pty directly
 *                                     ("raw write/read" in the table)
 *   bench_raw --relay SOCK  MODE...   through bench_relay's socket, which
 *                                     copies bytes to and from the pty
 *                                     ("do-nothing relay")
 *
 * Like the other clients it gets a DMS client id with CTL Allocate CID,
 * makes DMS Get Model requests whose answers it checks (result, model) and
 * releases the client id at the end. MODE is lat (see bench.h); one
 * process at a time, as the pty has one user and the relay one client.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "bench.h"

#define CTL_ALLOCATE_CID 0x0022
#define CTL_RELEASE_CID 0x0023
#define QMUX_HEADER 6		/* 0x01, length (2), flags, service, client id */
#define QMUX_SIZE 4096

static const char *device_path, *relay_path;
static int modem = -1;
static uint8_t dms_cid;
static uint8_t ctl_txn;
static uint16_t dms_txn;

/* Bytes read from the modem, not yet used; starts at a frame's start. */
static uint8_t rx[QMUX_SIZE];
static size_t rx_len;

/* The prebuilt Get Model request; only its transaction id changes. */
static uint8_t get_model_frame[QMUX_HEADER + 7];

static void put16(uint8_t *p, unsigned v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
}

static unsigned get16(const uint8_t *p)
{
	return (unsigned)(p[0] | p[1] << 8);
}

/* The SDU header is one byte shorter on CTL (8-bit transaction id). */
static size_t sdu_header(uint8_t service)
{
	return service == BENCH_SVC_CTL ? 6 : 7;
}

/* A request frame into out; its length. */
static size_t build_request(uint8_t *out, uint8_t service, uint8_t cid, unsigned txn,
			    unsigned msg, const uint8_t *tlvs, size_t tlv_len)
{
	size_t sdu = sdu_header(service), len = QMUX_HEADER + sdu + tlv_len;
	uint8_t *p = out + QMUX_HEADER;

	out[0] = 0x01;
	put16(out + 1, (unsigned)len - 1);
	out[3] = 0x00;		/* from the control point */
	out[4] = service;
	out[5] = cid;
	*p++ = 0x00;		/* a request */
	*p++ = (uint8_t)txn;
	if (service != BENCH_SVC_CTL)
		*p++ = (uint8_t)(txn >> 8);
	put16(p, msg);
	put16(p + 2, (unsigned)tlv_len);
	if (tlv_len)
		memcpy(p + 4, tlvs, tlv_len);
	return len;
}

static int send_all(const uint8_t *buf, size_t len)
{
	while (len > 0) {
		ssize_t w = write(modem, buf, len);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			perror("bench_raw: write");
			return -1;
		}
		buf += w;
		len -= (size_t)w;
	}
	return 0;
}

/* Reads until a whole frame starts rx; its length, or 0 on error. From the
 * relay each read is one packet: what the relay read from the pty, which
 * may, like a pty read, hold part of a frame or several. */
static size_t next_frame(void)
{
	for (;;) {
		size_t want = rx_len >= 3 ? 1 + get16(rx + 1) : 0;
		ssize_t r;

		if (rx_len > 0 && rx[0] != 0x01) {
			fprintf(stderr, "bench_raw: the modem's stream lost its frame marker\n");
			return 0;
		}
		if (want > QMUX_SIZE || (want && want < QMUX_HEADER)) {
			fprintf(stderr, "bench_raw: a frame of %zu bytes\n", want);
			return 0;
		}
		if (want && rx_len >= want)
			return want;
		r = read(modem, rx + rx_len, sizeof rx - rx_len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			fprintf(stderr, "bench_raw: read: %s\n", r ? strerror(errno) : "end of file");
			return 0;
		}
		rx_len += (size_t)r;
	}
}

static void drop_frame(size_t len)
{
	rx_len -= len;
	memmove(rx, rx + len, rx_len);
}

/* Sends a request frame, then reads until its answer (same service, client
 * id, transaction and message; anything else is skipped). The answer's
 * TLVs are copied to tlvs (up to QMUX_SIZE); their length, or -1. */
static long transact(const uint8_t *req, size_t req_len, uint8_t *tlvs)
{
	uint8_t service = req[4];
	size_t sdu = sdu_header(service), txn_len = sdu - 5;
	uint8_t response = service == BENCH_SVC_CTL ? 0x01 : 0x02;	/* SDU flags */

	if (send_all(req, req_len))
		return -1;
	for (;;) {
		size_t len = next_frame();
		const uint8_t *a = rx + QMUX_HEADER, *q = req + QMUX_HEADER;
		long tlv_len;

		if (len == 0)
			return -1;
		/* the same transaction id and message id follow the flags */
		if (len >= QMUX_HEADER + sdu && rx[4] == service && rx[5] == req[5] &&
		    (a[0] & response) && !memcmp(a + 1, q + 1, txn_len + 2)) {
			tlv_len = (long)(len - QMUX_HEADER - sdu);
			memcpy(tlvs, a + sdu, (size_t)tlv_len);
			drop_frame(len);
			return tlv_len;
		}
		drop_frame(len);
	}
}

static int raw_request(void)
{
	uint8_t tlvs[QMUX_SIZE];
	long len;

	if (++dms_txn == 0)
		dms_txn = 1;	/* 0 is no transaction */
	put16(get_model_frame + QMUX_HEADER + 1, dms_txn);
	len = transact(get_model_frame, sizeof get_model_frame, tlvs);
	return len < 0 ? -1 : bench_check_get_model("bench_raw", tlvs, (size_t)len);
}

/* CTL Allocate CID for DMS; 0 or -1. */
static int allocate_cid(void)
{
	const uint8_t ask[] = { 0x01, 0x01, 0x00, BENCH_SVC_DMS };
	uint8_t req[32], tlvs[QMUX_SIZE];
	const uint8_t *result, *id;
	size_t rlen, ilen;
	long len = transact(req, build_request(req, BENCH_SVC_CTL, 0, ++ctl_txn, CTL_ALLOCATE_CID,
						 ask, sizeof ask), tlvs);

	if (len < 0)
		return -1;
	result = bench_tlv_find(tlvs, (size_t)len, 0x02, &rlen);
	id = bench_tlv_find(tlvs, (size_t)len, 0x01, &ilen);
	if (!result || rlen != 4 || get16(result) != 0 || !id || ilen != 2 ||
	    id[0] != BENCH_SVC_DMS) {
		fprintf(stderr, "bench_raw: CTL Allocate CID refused\n");
		return -1;
	}
	dms_cid = id[1];
	return 0;
}

static void release_cid(void)
{
	const uint8_t which[] = { 0x01, 0x02, 0x00, BENCH_SVC_DMS, dms_cid };
	uint8_t req[32], tlvs[QMUX_SIZE];

	transact(req, build_request(req, BENCH_SVC_CTL, 0, ++ctl_txn, CTL_RELEASE_CID, which,
				    sizeof which), tlvs);
}

static int connect_relay(const char *path)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);

	snprintf(sa.sun_path, sizeof sa.sun_path, "%s", path);
	if (fd >= 0 && connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0) {
		close(fd);
		fd = -1;
	}
	return fd;
}

static int raw_setup(void)
{
	modem = relay_path ? connect_relay(relay_path) : bench_open_device(device_path);
	if (modem < 0) {
		fprintf(stderr, "bench_raw: cannot open %s: %s\n",
			relay_path ? relay_path : device_path, strerror(errno));
		return -1;
	}
	rx_len = 0;
	if (allocate_cid())
		return -1;
	build_request(get_model_frame, BENCH_SVC_DMS, dms_cid, 0, BENCH_DMS_GET_MODEL, NULL, 0);
	return 0;
}

static void raw_teardown(void)
{
	if (modem < 0)
		return;
	if (dms_cid)
		release_cid();
	close(modem);
	modem = -1;
	dms_cid = 0;
}

int main(int argc, char **argv)
{
	static struct bench_stack raw = {
		.name = "raw",
		.setup = raw_setup,
		.request = raw_request,
		.teardown = raw_teardown,
	};
	int i = 1;

	for (; i + 1 < argc && argv[i][0] == '-'; i += 2) {
		if (!strcmp(argv[i], "--device"))
			device_path = argv[i + 1];
		else if (!strcmp(argv[i], "--relay"))
			relay_path = argv[i + 1];
		else
			break;
	}
	/* lat only: the pty has one user and the relay one client at a time */
	if (!device_path == !relay_path || i >= argc || strcmp(argv[i], "lat")) {
		fprintf(stderr, "usage: %s --device PTY | --relay SOCKET lat N [NAME=PID]...\n",
			argv[0]);
		return 2;
	}
	if (relay_path)
		raw.name = "relay";
	argv[i - 1] = argv[0];
	return bench_main(&raw, argc - i + 1, argv + i - 1);
}
