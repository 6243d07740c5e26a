/*
 * A fake indication runtime for the callback tests (cmocka): what
 * slqs_ind_enable() was asked to send (encoded with the real message
 * tables, with its client slot and timeout), which handlers are subscribed
 * to which indication, and the delivery of an indication decoded from
 * bytes as the callback thread does. A test that includes this header
 * writes IND_FAKE_RUNTIME once to define slqs_ind_enable(),
 * slqs_ind_subscribe() and slqs_ind_unsubscribe() on top of it, and
 * uses ind_fake_reset() as its setup.
 */
#ifndef TESTS_UNIT_IND_FAKE_H
#define TESTS_UNIT_IND_FAKE_H

#include <stddef.h>
#include <stdint.h>

#include "pkgs/api/slqs_call.h"

#define IND_FAKE_MAX_SENT 12
#define IND_FAKE_MAX_SUBS 16

struct ind_fake {
	int n_sent;
	struct {
		const struct qmi_msg *msg;
		uint8_t tlv[512];	/* the request's TLVs (none for a NULL request) */
		size_t len;
		ULONG timeout_ms;
		uint8_t client;
	} sent[IND_FAKE_MAX_SENT];
	ULONG verdict;			/* what the next registrations return */
	struct {
		const struct qmi_msg *msg;
		slqs_ind_fn fn;
	} subs[IND_FAKE_MAX_SUBS];
	int n_subs;
};

/* The recorded requests and subscriptions. */
extern struct ind_fake fake_rt;

/* What the callbacks saw, in order (fake_note appends). */
extern char fake_seen[512];

void fake_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A cmocka setup: nothing sent, nothing subscribed, nothing seen, verdict 0. */
int ind_fake_reset(void **state);

ULONG ind_fake_enable(uint8_t client, const struct qmi_msg *msg, const void *req,
		      ULONG timeout_ms);
ULONG ind_fake_subscribe(const struct qmi_msg *msg, slqs_ind_fn fn);
void ind_fake_unsubscribe(const struct qmi_msg *msg, slqs_ind_fn fn);

/* How many handlers are subscribed to msg. */
int ind_fake_subscribed(const struct qmi_msg *msg);

/* Decodes the indication's TLVs and runs msg's handlers for slot `client`. */
void ind_fake_deliver(uint8_t client, const struct qmi_msg *msg, const uint8_t *tlv,
		      size_t len);

#define IND_FAKE_RUNTIME                                                                \
	ULONG slqs_ind_enable(uint8_t client, const struct qmi_msg *msg, const void *req, \
			      ULONG timeout_ms)                                         \
	{                                                                               \
		return ind_fake_enable(client, msg, req, timeout_ms);                   \
	}                                                                               \
	ULONG slqs_ind_subscribe(const struct qmi_msg *msg, slqs_ind_fn fn, void *ctx)  \
	{                                                                               \
		(void)ctx;                                                              \
		return ind_fake_subscribe(msg, fn);                                     \
	}                                                                               \
	void slqs_ind_unsubscribe(const struct qmi_msg *msg, slqs_ind_fn fn)            \
	{                                                                               \
		ind_fake_unsubscribe(msg, fn);                                          \
	}

#endif
