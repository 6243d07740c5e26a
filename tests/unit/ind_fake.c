/* The fake indication runtime of the callback tests (tests/unit/ind_fake.h). */
#include "tests/unit/ind_fake.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "api/qmerrno.h"
#include "core/codec.h"
#include "tests/unit/msg_fixture.h"

struct ind_fake fake_rt;
char fake_seen[512];

void fake_note(const char *fmt, ...)
{
	va_list ap;
	size_t n = strlen(fake_seen);

	va_start(ap, fmt);
	vsnprintf(fake_seen + n, sizeof fake_seen - n, fmt, ap);
	va_end(ap);
}

int ind_fake_reset(void **state)
{
	(void)state;
	memset(&fake_rt, 0, sizeof fake_rt);
	fake_seen[0] = '\0';
	return 0;
}

ULONG ind_fake_enable(uint8_t client, const struct qmi_msg *msg, const void *req,
		      ULONG timeout_ms)
{
	struct ind_fake *f = &fake_rt;

	assert_true(f->n_sent < IND_FAKE_MAX_SENT);
	f->sent[f->n_sent].client = client;
	f->sent[f->n_sent].msg = msg;
	f->sent[f->n_sent].timeout_ms = timeout_ms;
	f->sent[f->n_sent].len = req ? msg_fx_encode_area(msg, QMI_REQUEST, req,
							  f->sent[f->n_sent].tlv,
							  sizeof(f->sent[0].tlv))
				     : 0;
	f->n_sent++;
	return f->verdict;
}

ULONG ind_fake_subscribe(const struct qmi_msg *msg, slqs_ind_fn fn)
{
	struct ind_fake *f = &fake_rt;

	for (int i = 0; i < f->n_subs; i++)
		if (f->subs[i].msg == msg && f->subs[i].fn == fn)
			return eQCWWAN_ERR_NONE;
	assert_true(f->n_subs < IND_FAKE_MAX_SUBS);
	f->subs[f->n_subs].msg = msg;
	f->subs[f->n_subs++].fn = fn;
	return eQCWWAN_ERR_NONE;
}

void ind_fake_unsubscribe(const struct qmi_msg *msg, slqs_ind_fn fn)
{
	struct ind_fake *f = &fake_rt;

	for (int i = 0; i < f->n_subs; i++)
		if (f->subs[i].msg == msg && f->subs[i].fn == fn) {
			f->subs[i] = f->subs[--f->n_subs];
			return;
		}
}

int ind_fake_subscribed(const struct qmi_msg *msg)
{
	int n = 0;

	for (int i = 0; i < fake_rt.n_subs; i++)
		n += fake_rt.subs[i].msg == msg;
	return n;
}

void ind_fake_deliver(uint8_t client, const struct qmi_msg *msg, const uint8_t *tlv,
		      size_t len)
{
	size_t size;
	const struct qmi_elem *ei = slqs_msg_table(msg, QMI_INDICATION, &size);
	void *ind = test_calloc(1, size);

	assert_int_equal(slqs_decode(ei, tlv, len, ind, size, 1), 0);
	for (int i = 0; i < fake_rt.n_subs; i++)
		if (fake_rt.subs[i].msg == msg)
			fake_rt.subs[i].fn(client, ind, NULL);
	test_free(ind);
}
