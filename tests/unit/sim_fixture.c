/* The simulated modem of the unit tests: see sim_fixture.h. */
#include "tests/unit/sim_fixture.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "core/qmi_error.h"
#include "pkgs/ctl/ctl_msg.h"

/* ---- the modem's side ------------------------------------------------------------ */

static void fx_output(void *arg, struct sim_modem *m, unsigned port, const uint8_t *frame,
		      size_t len)
{
	struct fx *f = arg;

	(void)m;
	assert_true(f->n < FX_FRAMES);
	assert_true(len <= FX_FRAME_MAX);
	f->out[f->n].port = port;
	f->out[f->n].len = len;
	memcpy(f->out[f->n].data, frame, len);
	f->n++;
}

static int fx_unplug(void *arg, struct sim_modem *m, char *msg, size_t msglen)
{
	(void)m;
	(void)msg;
	(void)msglen;
	((struct fx *)arg)->unplugs++;
	return 0;
}

static int fx_replug(void *arg, struct sim_modem *m, char *msg, size_t msglen)
{
	struct fx *f = arg;

	(void)m;
	f->replugs++;
	if (f->replug_msg)
		snprintf(msg, msglen, "%s", f->replug_msg);
	return 0;
}

struct fx *fx_new(const char *config, const struct sim_service *const *services)
{
	struct fx *f = test_calloc(1, sizeof(*f));
	/* The modem keeps a copy of io. */
	struct sim_io io = { fx_output, fx_unplug, fx_replug, f };
	struct sim_modem_opts o = { .config_text = config, .services = services, .io = &io };
	char err[256];

	f->txn = 1;
	f->m = sim_modem_new(&o, err, sizeof(err));
	if (!f->m)
		fail_msg("sim_modem_new: %s", err);
	return f;
}

void fx_free(struct fx *f)
{
	sim_modem_free(f->m);
	test_free(f);
}

/* ---- frames ------------------------------------------------------------------------ */

void fx_clear(struct fx *f)
{
	f->n = 0;
}

static uint16_t next_txn(struct fx *f, uint8_t service)
{
	uint16_t txn = f->txn++;

	return service == QMI_SVC_CTL ? txn & 0xFF : txn;
}

static void input(struct fx *f, const uint8_t *frame, size_t len)
{
	if (f->stream)
		sim_modem_input(f->m, f->port, frame, len);
	else
		sim_modem_input_frame(f->m, f->port, frame, len);
}

uint16_t fx_send(struct fx *f, const struct qmi_msg *msg, uint8_t cid, const void *req)
{
	uint8_t buf[FX_FRAME_MAX];
	struct qmi_wbuf w;
	uint16_t txn = next_txn(f, msg->service);

	qmi_wbuf_init(&w, buf, sizeof(buf));
	assert_int_equal(slqs_msg_write(&w, 1, msg, QMI_REQUEST, cid, txn, NULL, req), 0);
	input(f, buf, w.len);
	return txn;
}

uint16_t fx_send_raw(struct fx *f, uint8_t service, uint8_t cid, uint16_t msg_id,
		     const uint8_t *tlvs, size_t len)
{
	uint8_t buf[FX_FRAME_MAX];
	struct qmi_wbuf w;
	struct qmi_frame_mark mk;
	uint16_t txn = next_txn(f, service);

	qmi_wbuf_init(&w, buf, sizeof(buf));
	mk = slqs_frame_begin(&w, 1, service, cid, QMI_REQUEST, txn, msg_id);
	slqs_put_bytes(&w, tlvs, len);
	assert_int_equal(slqs_frame_end(&w, mk), 0);
	input(f, buf, w.len);
	return txn;
}

struct qmux_frame fx_frame(struct fx *f, size_t i)
{
	struct qmux_frame fr;

	assert_true(i < f->n);
	assert_int_equal(slqs_qmux_parse(f->out[i].data, f->out[i].len, &fr), 0);
	return fr;
}

struct qmux_frame fx_take(struct fx *f, enum qmi_kind kind, uint8_t service, uint16_t msg_id)
{
	struct qmux_frame fr;

	assert_true(f->n > 0);
	f->taken = f->out[0];
	memmove(f->out, f->out + 1, (f->n - 1) * sizeof(f->out[0]));
	f->n--;
	assert_int_equal(slqs_qmux_parse(f->taken.data, f->taken.len, &fr), 0);
	assert_int_equal(fr.flags, QMUX_FLAG_FROM_MODEM);
	assert_int_equal(fr.sdu.kind, kind);
	assert_int_equal(fr.service, service);
	assert_int_equal(fr.sdu.msg_id, msg_id);
	return fr;
}

/* The QMI error of a response's result TLV, which must agree with its result. */
static uint16_t result_error(const struct qmi_result *res)
{
	assert_int_equal(res->result, res->error ? QMI_RESULT_FAILURE : QMI_RESULT_SUCCESS);
	return res->error;
}

uint16_t fx_take_result(struct fx *f, uint8_t service, uint16_t msg_id, uint16_t txn)
{
	struct qmux_frame fr = fx_take(f, QMI_RESPONSE, service, msg_id);
	struct qmi_result res;

	assert_int_equal(fr.sdu.txn, txn);
	assert_int_equal(slqs_result_read(fr.sdu.tlv, fr.sdu.tlv_len, &res), 0);
	return result_error(&res);
}

/* ---- requests ------------------------------------------------------------------------ */

int fx_request(struct fx *f, const struct qmi_msg *msg, uint8_t cid, const void *req,
	       void *rsp)
{
	struct qmux_frame fr;
	struct qmi_result res;
	uint16_t txn;

	fx_clear(f);
	txn = fx_send(f, msg, cid, req);
	if (!f->n)
		fail_msg("no response to %s", msg->name);
	fr = fx_take(f, QMI_RESPONSE, msg->service, msg->id);
	assert_int_equal(fr.sdu.txn, txn);
	assert_int_equal(fr.client, cid);
	assert_int_equal(slqs_msg_read(&fr.sdu, msg, rsp, &res), 0);
	return result_error(&res);
}

int fx_raw_request(struct fx *f, uint8_t service, uint8_t cid, uint16_t msg_id,
		   const uint8_t *tlvs, size_t len)
{
	uint16_t txn;

	fx_clear(f);
	txn = fx_send_raw(f, service, cid, msg_id, tlvs, len);
	assert_int_equal(f->n, 1);
	return fx_take_result(f, service, msg_id, txn);
}

int fx_alloc_cid(struct fx *f, uint8_t service)
{
	struct ctl_allocate_cid_req req = { .service = service };
	struct ctl_allocate_cid_rsp rsp;
	int rc = fx_request(f, &slqs_ctl_allocate_cid, 0, &req, &rsp);

	if (rc)
		return -rc;
	assert_int_equal(rsp.info.service, service);
	return rsp.info.cid;
}

uint8_t fx_cid(struct fx *f, uint8_t service)
{
	int cid = fx_alloc_cid(f, service);

	if (cid <= 0)
		fail_msg("no client id for service 0x%02X: QMI error %d", service, -cid);
	return (uint8_t)cid;
}

int fx_release_cid(struct fx *f, uint8_t service, uint8_t cid)
{
	struct ctl_release_cid req = { { service, cid } }, rsp;

	return fx_request(f, &slqs_ctl_release_cid, 0, &req, &rsp);
}

/* ---- indications ------------------------------------------------------------------- */

/* Whether captured frame i is an indication of msg for cid (or, if asked, a broadcast). */
static int is_indication(struct fx *f, size_t i, const struct qmi_msg *msg, uint8_t cid,
			 int broadcast_too, struct qmux_frame *fr)
{
	*fr = fx_frame(f, i);
	return fr->sdu.kind == QMI_INDICATION && fr->service == msg->service &&
	       fr->sdu.msg_id == msg->id &&
	       (fr->client == cid || (broadcast_too && fr->client == QMI_CID_BROADCAST));
}

int fx_indication(struct fx *f, const struct qmi_msg *msg, uint8_t cid, size_t nth,
		  void *ind)
{
	struct qmux_frame fr;

	for (size_t i = 0; i < f->n; i++) {
		if (!is_indication(f, i, msg, cid, 0, &fr) || nth-- > 0)
			continue;
		assert_int_equal(slqs_msg_read(&fr.sdu, msg, ind, NULL), 0);
		return 1;
	}
	return 0;
}

int fx_indications(struct fx *f, const struct qmi_msg *msg, uint8_t cid, void *ind)
{
	struct qmux_frame fr;
	int found = 0;

	for (size_t i = 0; i < f->n; i++) {
		if (!is_indication(f, i, msg, cid, 1, &fr))
			continue;
		assert_int_equal(slqs_msg_read(&fr.sdu, msg, ind, NULL), 0);
		found++;
	}
	return found;
}

/* ---- control commands ------------------------------------------------------------------ */

int fx_control(struct fx *f, const char *line)
{
	fx_clear(f);
	return sim_modem_control(f->m, line, f->answer, sizeof(f->answer));
}

const char *fx_control_ok(struct fx *f, const char *line, const char *want)
{
	if (fx_control(f, line) || strncmp(f->answer, "ok", 2))
		fail_msg("control '%s': %s", line, f->answer);
	if (want && !strstr(f->answer, want))
		fail_msg("control '%s' answered '%s', expected '%s'", line, f->answer, want);
	return f->answer;
}

void fx_control_fails(struct fx *f, const char *line, const char *want)
{
	assert_int_equal(fx_control(f, line), -1);
	if (want && !strstr(f->answer, want))
		fail_msg("control '%s' answered '%s', expected '%s'", line, f->answer, want);
}

/* ---- config ---------------------------------------------------------------------------- */

void fx_refuse_config(const struct sim_service *const *services, const char *text,
		      const char *want)
{
	struct sim_modem_opts o = { .config_text = text, .services = services };
	char err[256] = "";
	struct sim_modem *m = sim_modem_new(&o, err, sizeof(err));

	if (m) {
		sim_modem_free(m);
		fail_msg("config accepted: %s", text);
	}
	if (strncmp(err, want, strlen(want)))
		fail_msg("config '%s': error '%s' does not start with '%s'", text, err, want);
}

/* ---- events ------------------------------------------------------------------------------- */

#define FX_EVENTS 8

struct spy {
	unsigned events[FX_EVENTS];
};

static void spy_event(struct sim_modem *m, void *state, enum sim_event_kind ev)
{
	(void)m;
	if ((unsigned)ev < FX_EVENTS)
		((struct spy *)state)->events[ev]++;
}

const struct sim_service fx_spy_service = {
	.name = "spy", .id = FX_SPY_SVC, .major = 1, .default_cid_limit = 1,
	.state_size = sizeof(struct spy), .event = spy_event,
};

unsigned fx_events(struct fx *f, enum sim_event_kind ev)
{
	struct spy *s = sim_state(f->m, FX_SPY_SVC);

	assert_non_null(s);
	return s->events[ev];
}
