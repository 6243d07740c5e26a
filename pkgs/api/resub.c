/*
 * Indication registrations to restore: the requests that told the modem
 * which indications to send (slqs_ind_enable), kept as sent. The modem
 * forgets them with the client id they were made on: after a modem reset
 * or unplug, after the daemon restarted (the link re-attaches with new
 * client ids) and when the daemon reports one client id lost
 * (SERVICE_RESET). The callback thread then sends them again, so the
 * application's indication callbacks keep firing without it doing
 * anything.
 */
#include "pkgs/api/rt.h"

#include <stdlib.h>
#include <string.h>

#include "api/qmerrno.h"
#include "core/log.h"
#include "pkgs/api/slqs_call.h"

struct resub {
	uint8_t service, client;
	uint16_t msg_id;
	uint16_t len;
	uint8_t *tlv;
};

static struct {
	pthread_mutex_t lock;
	struct resub *list;
	size_t n, cap;
} R = { .lock = PTHREAD_MUTEX_INITIALIZER };

void slqs_resub_remember(uint8_t service, uint8_t client, uint16_t msg_id, const uint8_t *tlv,
			 size_t len)
{
	uint8_t *copy = malloc(len ? len : 1);
	struct resub *e = NULL;

	if (!copy) {
		log_warn("slqsapi: out of memory; a registration will not be restored");
		return;
	}
	memcpy(copy, tlv, len);
	pthread_mutex_lock(&R.lock);
	for (size_t i = 0; i < R.n && !e; i++)
		if (R.list[i].service == service && R.list[i].client == client &&
		    R.list[i].msg_id == msg_id)
			e = &R.list[i];
	if (!e && R.n == R.cap) {
		size_t cap = R.cap ? 2 * R.cap : 8;
		struct resub *p = realloc(R.list, cap * sizeof(*p));

		if (p) {
			R.list = p;
			R.cap = cap;
		}
	}
	if (!e && R.n < R.cap) {
		e = &R.list[R.n++];
		e->tlv = NULL;	/* a new entry: its memory is fresh, or a forgotten one's */
	}
	if (e) {
		free(e->tlv);
		*e = (struct resub){ .service = service, .client = client, .msg_id = msg_id,
				     .len = (uint16_t)len, .tlv = copy };
	} else {
		free(copy);
	}
	pthread_mutex_unlock(&R.lock);
}

void slqs_resub_forget(void)
{
	pthread_mutex_lock(&R.lock);
	for (size_t i = 0; i < R.n; i++)
		free(R.list[i].tlv);
	R.n = 0;
	pthread_mutex_unlock(&R.lock);
}

static ULONG result_only(const struct ipc_qmi_response *r, void *ctx)
{
	(void)ctx;
	return slqs_result_code(r->tlv, r->tlv_len);
}

/* Takes the matching entries out (copied), so no lock is held while sending. */
static size_t take(uint8_t service, uint8_t client, struct resub **out)
{
	size_t n = 0;

	pthread_mutex_lock(&R.lock);
	*out = malloc((R.n ? R.n : 1) * sizeof(**out));
	for (size_t i = 0; *out && i < R.n; i++) {
		const struct resub *e = &R.list[i];

		if ((service && e->service != service) || (client != 0xFF && e->client != client))
			continue;
		(*out)[n] = *e;
		(*out)[n].tlv = malloc(e->len ? e->len : 1);
		if (!(*out)[n].tlv)
			continue;
		memcpy((*out)[n].tlv, e->tlv, e->len);
		n++;
	}
	pthread_mutex_unlock(&R.lock);
	return n;
}

void slqs_resub_replay(uint8_t service, uint8_t client)
{
	struct resub *todo;
	size_t n = take(service, client, &todo);

	for (size_t i = 0; i < n; i++) {
		ULONG rc = slqs_link_qmi(todo[i].service, todo[i].client, todo[i].msg_id,
					 todo[i].tlv, todo[i].len, SLQS_TIMEOUT_DEFAULT,
					 result_only, NULL);

		if (rc)
			log_warn("slqsapi: restoring the registration 0x%04X of service 0x%02X "
				 "failed (%u)", todo[i].msg_id, todo[i].service, rc);
		else
			log_debug("slqsapi: registration 0x%04X of service 0x%02X restored",
				  todo[i].msg_id, todo[i].service);
		free(todo[i].tlv);
	}
	free(todo);
}
