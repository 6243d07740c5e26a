/*
 * Fuzz target for the daemon's device side (pkgs/sdk): whatever frames a
 * modem sends — answers to transactions in flight or to none, for the
 * right client id or another, CTL Allocate CID answers nobody asked for,
 * Sync at any time, indications for unknown clients, any TLVs — while a
 * few apps hold client ids and have requests in flight. See sdk_fuzz.h for
 * what is checked.
 *
 * Input: a sequence of frames. Each starts with a byte of flags: answer a
 * request the modem got (as fz_answer does), or a frame made of the
 * input's own bytes (service, client id, kind, transaction id, message id,
 * TLVs); now and then the apps send more requests or time passes.
 */
#include "tests/fuzz/sdk_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Three apps, each with a request (so Allocate CIDs in flight); the last
 * one reads nothing (its queue fills). */
static void apps(struct fz *z)
{
	for (int i = 0; i < 3; i++) {
		fz_app_new(true);
		fz_request(z, list_entry(F.s.apps.prev, struct sdk_app, link));
	}
	fz_toggle_full(list_entry(F.s.apps.prev, struct sdk_app, link));
}

static void frame(struct fz *z)
{
	uint8_t flags = fz_u8(z);
	const struct fz_sent *e;
	uint16_t len, txn;
	uint8_t service, kind;
	const uint8_t *tlv;

	if (flags & 1 && (e = fz_pick_sent(z))) {
		fz_answer(z, e);
	} else {
		service = flags & 2 ? QMI_SVC_CTL : fz_u8(z);
		kind = (uint8_t)(fz_u8(z) % 3);	/* request, response, indication */
		e = flags & 4 ? fz_pick_sent(z) : NULL;
		txn = e ? e->txn : fz_u16(z);
		if (e && flags & 8)
			service = e->service;
		uint8_t cid = fz_u8(z);
		uint16_t msg = flags & 16 ? CTL_MSG_ALLOCATE_CID : fz_u16(z);

		tlv = fz_bytes(z, 255, &len);
		fz_frame(service, cid, (enum qmi_kind)kind, txn, msg, tlv, len);
	}
	if (flags & 32) {
		struct sdk_app *a = fz_app(fz_u8(z));

		if (a)
			fz_request(z, a);
	}
	if (flags & 64)
		fz_later((uint64_t)fz_u8(z) * 100);
	if (flags & 128 && F.dev->state == DEV_GONE)
		fz_plug();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fz z = { data, size };

	fz_setup();
	apps(&z);
	for (unsigned i = 0; z.n && i < 400; i++)
		frame(&z);
	fz_teardown();
	return 0;
}
