/*
 * Fuzz target for the daemon's handling of whole application sessions
 * (pkgs/sdk) against a stub modem: apps connect, say HELLO (or not, or
 * with another version), send any message (decoded from the input, or
 * well-formed requests with chosen fields), stop reading, disconnect and
 * die, in any order, while the modem answers (successes, errors, forgotten
 * client ids), resets or goes away, and time passes. See sdk_fuzz.h for
 * what is checked.
 *
 * Input: a sequence of operations, one byte each (its value modulo the
 * number of operations) followed by that operation's bytes.
 */
#include "tests/fuzz/sdk_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum op {
	OP_CONNECT, OP_SILENT_CONNECT, OP_PACKET, OP_REQUEST, OP_CANCEL, OP_KILL, OP_FULL,
	OP_ANSWER, OP_TIME, OP_SYNC, OP_UNPLUG, OP_REPLUG, OP_INDICATION, OP_WRITE_FAILS, N_OPS
};

/* Any packet an app might send, decoded as the daemon would. */
static void packet(struct fz *z, struct sdk_app *a)
{
	static uint8_t buf[IPC_MAX_PACKET];
	struct ipc_msg m;
	uint16_t len;
	const uint8_t *p = fz_bytes(z, 255, &len);

	memcpy(buf, p, len);
	if (slqs_ipc_decode(buf, len, &m) == 0) {
		app_handle(a, &m);
		fz_settle();
	}
}

static void step(struct fz *z)
{
	uint8_t op = fz_u8(z) % N_OPS;
	struct sdk_app *a = op <= OP_SILENT_CONNECT ? NULL : fz_app(fz_u8(z));
	const struct fz_sent *e;
	struct ipc_msg m = { .type = IPC_DISCONNECT };
	uint16_t len;
	const uint8_t *tlv;

	switch (op) {
	case OP_CONNECT:
	case OP_SILENT_CONNECT:
		fz_app_new(op == OP_CONNECT);
		break;
	case OP_PACKET:
		if (a)
			packet(z, a);
		break;
	case OP_REQUEST:
		if (a)
			fz_request(z, a);
		break;
	case OP_CANCEL:	/* DISCONNECT: every request of the app answered, CIDs given back */
		if (a && a->hello) {
			app_handle(a, &m);
			fz_settle();
		}
		break;
	case OP_KILL:
		if (a) {
			app_kill(a);
			fz_settle();
		}
		break;
	case OP_FULL:
		if (a)
			fz_toggle_full(a);
		break;
	case OP_ANSWER:
		if ((e = fz_pick_sent(z)))
			fz_answer(z, e);
		break;
	case OP_TIME:
		fz_later((uint64_t)fz_u8(z) * 50);
		break;
	case OP_SYNC:
		fz_frame(QMI_SVC_CTL, 0xFF, QMI_INDICATION, 0, CTL_MSG_SYNC, NULL, 0);
		break;
	case OP_UNPLUG:
		if (F.dev->state != DEV_GONE) {
			dev_fail(F.dev, true);
			fz_settle();
		}
		break;
	case OP_REPLUG:
		fz_plug();
		fz_settle();
		break;
	case OP_INDICATION:
		tlv = fz_bytes(z, 64, &len);
		fz_frame(0x03, fz_u8(z) % 4 == 0 ? QMI_CID_BROADCAST : fz_u8(z), QMI_INDICATION, 0,
			 0x0024, tlv, len);
		break;
	case OP_WRITE_FAILS:
		F.write_fails = !F.write_fails;
		break;
	default:
		break;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fz z = { data, size };

	fz_setup();
	for (unsigned i = 0; z.n && i < 400; i++)
		step(&z);
	fz_teardown();
	return 0;
}
