/*
 * The qmisim framework through its library API: CTL, client ids and their
 * limits, request dispatch and its errors, faults, reset, the config
 * parser, control commands and record/replay. A small test service stands
 * in for the real ones, so these tests do not depend on them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/codec.h"
#include "core/qmi_error.h"
#include "core/qmux.h"
#include "pkgs/ctl/ctl_msg.h"
#include "tools/qmisim/sim.h"
#include "tools/qmisim/sim_modem.h"
#include "tools/qmisim/sim_record.h"
#include "tests/unit/sim_fixture.h"

/* ---- a test service ------------------------------------------------------------- */

#define TST_SVC      0xE0
#define TST_ECHO     0x0001
#define TST_NOARGS   0x0002
#define TST_RESET    0x0003
#define TST_IND      0x0010
#define TST_BAD_RSP  0x0004

struct tst_echo_req {
	uint32_t value;
	uint8_t has_name;
	char name[16];
};

struct tst_echo_rsp {
	uint32_t value;
};

struct tst_bad_rsp {
	uint16_t n_items;
	uint8_t items[4];
};

struct tst_ind {
	uint8_t what;
};

static const struct qmi_elem tst_echo_req_ei[] = {
	QMI_INT(0x01, struct tst_echo_req, value, MAND),
	QMI_STRING(0x10, struct tst_echo_req, name, LEN8, OPT),
	QMI_END
};

static const struct qmi_elem tst_echo_rsp_ei[] = {
	QMI_INT(0x01, struct tst_echo_rsp, value, MAND),
	QMI_END
};

static const struct qmi_elem tst_bad_rsp_ei[] = {
	QMI_INT_ARRAY(0x01, struct tst_bad_rsp, items, LEN8, MAND),
	QMI_END
};

static const struct qmi_elem tst_ind_ei[] = {
	QMI_INT(0x01, struct tst_ind, what, MAND),
	QMI_END
};

static const struct qmi_msg tst_echo = {
	.name = "Echo", .service = TST_SVC, .id = TST_ECHO,
	.req = tst_echo_req_ei, .req_size = sizeof(struct tst_echo_req),
	.rsp = tst_echo_rsp_ei, .rsp_size = sizeof(struct tst_echo_rsp),
};
static const struct qmi_msg tst_noargs = {
	.name = "No Args", .service = TST_SVC, .id = TST_NOARGS,
};
static const struct qmi_msg tst_reset = {
	.name = "Reset", .service = TST_SVC, .id = TST_RESET,
};
static const struct qmi_msg tst_bad = {
	.name = "Bad Response", .service = TST_SVC, .id = TST_BAD_RSP,
	.rsp = tst_bad_rsp_ei, .rsp_size = sizeof(struct tst_bad_rsp),
};
static const struct qmi_msg tst_ind_msg = {
	.name = "Indication", .service = TST_SVC, .id = TST_IND,
	.ind = tst_ind_ei, .ind_size = sizeof(struct tst_ind),
};

struct tst_state {
	int boots;
	int gone;
	long long value;
	char sub[32];
	int configured;
};

static int h_echo(const struct sim_call *call)
{
	const struct tst_echo_req *req = call->req;
	struct tst_echo_rsp *rsp = call->rsp;

	rsp->value = req->value + 1;
	return req->value == 0xDEAD ? QMI_ERR_INVALID_ARGUMENT : 0;
}

static int h_noargs(const struct sim_call *call)
{
	struct tst_ind ind = { .what = 7 };

	assert_int_equal(sim_indicate(call->modem, &tst_ind_msg, call->client->cid, &ind), 0);
	ind.what = 8;
	assert_int_equal(sim_indicate(call->modem, &tst_ind_msg, QMI_CID_BROADCAST, &ind), 0);
	return 0;
}

static int h_reset(const struct sim_call *call)
{
	sim_request_reset(call->modem);
	return 0;
}

/* Fills more items than the table's capacity: the framework must answer Internal. */
static int h_bad(const struct sim_call *call)
{
	struct tst_bad_rsp *rsp = call->rsp;

	rsp->n_items = 200;
	return 0;
}

static const struct sim_handler tst_handlers[] = {
	SIM_HANDLER(tst_echo, h_echo),
	SIM_HANDLER(tst_noargs, h_noargs),
	SIM_HANDLER(tst_reset, h_reset),
	SIM_HANDLER(tst_bad, h_bad),
	SIM_HANDLERS_END
};

static void tst_event(struct sim_modem *m, void *state, enum sim_event_kind ev)
{
	struct tst_state *s = state;

	(void)m;
	if (ev == SIM_EV_BOOT)
		s->boots++;
}

static void tst_gone(struct sim_modem *m, void *state, struct sim_client *c)
{
	struct tst_state *s = state;

	(void)m;
	(void)c;
	s->gone++;
}

static const struct sim_setting tst_settings[] = {
	{ .name = "value", .type = SIM_SET_INT, SIM_AT(struct tst_state, value), .min = 0,
	  .max = 1000 },
	SIM_SETTINGS_END
};

/* [tst.apn NAME]: the same settings; the name is kept to check it arrives. */
static void *tst_apn(struct sim_modem *m, void *state, const char *arg, char *err,
		     size_t errlen)
{
	struct tst_state *s = state;

	(void)m;
	if (sim_parse_string(arg, s->sub, sizeof(s->sub), err, errlen))
		return NULL;
	return s;
}

static void tst_changed(struct sim_modem *m, void *state)
{
	(void)m;
	((struct tst_state *)state)->configured++;
}

static const struct sim_section tst_sections[] = {
	{ .kind = NULL, .settings = tst_settings, .changed = tst_changed },
	{ .kind = "apn", .settings = tst_settings, .locate = tst_apn, .arg_hint = "NAME",
	  .changed = tst_changed },
	SIM_SECTIONS_END
};

static int tst_ping(const struct sim_control *ctl)
{
	snprintf(ctl->out, ctl->outlen, "pong");
	return 0;
}

/* Fails with a text that starts like a success: the status decides, not the text. */
static int tst_fail(const struct sim_control *ctl)
{
	snprintf(ctl->out, ctl->outlen, "ok but not really");
	return -1;
}

static const struct sim_command tst_commands[] = {
	{ "ping", "", 0, 0, tst_ping },
	{ "fail", "", 0, 0, tst_fail },
	SIM_COMMANDS_END
};

static void tst_describe(struct sim_modem *m, void *state, char *out, size_t outlen)
{
	struct tst_state *s = state;

	(void)m;
	snprintf(out, outlen, "tst.boots=%d", s->boots);
}

static const struct sim_service tst_service = {
	.name = "tst",
	.id = TST_SVC,
	.major = 1,
	.minor = 7,
	.default_cid_limit = 3,
	.handlers = tst_handlers,
	.state_size = sizeof(struct tst_state),
	.client_state_size = 8,
	.event = tst_event,
	.sections = tst_sections,
	.client_gone = tst_gone,
	.commands = tst_commands,
	.describe = tst_describe,
};

/* A second service without config or control, to check per-service limits. */
static const struct sim_service other_service = {
	.name = "oth",
	.id = 0xE1,
	.major = 2,
	.minor = 0,
	.default_cid_limit = 10,
};

static const struct sim_service *const test_services[] = {
	&tst_service, &other_service, NULL
};

/* ---- fixture: a modem on a pty, its output captured ------------------------------ */

static struct fx *fx_open(const char *config)
{
	struct fx *f = fx_new(config, test_services);

	f->stream = 1;
	f->replug_msg = "pty /dev/pts/99";
	return f;
}

static int setup(void **state)
{
	*state = fx_open(NULL);
	return 0;
}

static int teardown(void **state)
{
	fx_free(*state);
	return 0;
}

static uint16_t echo(struct fx *f, uint8_t cid, uint32_t value, uint32_t *answer)
{
	struct tst_echo_req req = { .value = value };
	struct tst_echo_rsp rsp;
	int rc = fx_request(f, &tst_echo, cid, &req, &rsp);

	if (answer)
		*answer = rsp.value;
	return (uint16_t)rc;
}

/* ---- CTL -------------------------------------------------------------------------------- */

static void version_info_lists_services(void **state)
{
	struct fx *f = *state;
	struct ctl_version_info_rsp rsp;

	assert_int_equal(fx_request(f, &slqs_ctl_get_version_info, 0, NULL, &rsp), 0);
	assert_int_equal(rsp.n_services, 3);
	assert_int_equal(rsp.services[0].service, QMI_SVC_CTL);
	assert_int_equal(rsp.services[1].service, TST_SVC);
	assert_int_equal(rsp.services[1].major, 1);
	assert_int_equal(rsp.services[1].minor, 7);
	assert_int_equal(rsp.services[2].service, 0xE1);
	assert_int_equal(rsp.services[2].major, 2);
}

static void allocate_and_release(void **state)
{
	struct fx *f = *state;
	int a = fx_alloc_cid(f, TST_SVC), b = fx_alloc_cid(f, TST_SVC);

	assert_true(a > 0 && a < 0xFF);
	assert_true(b > 0 && b < 0xFF && b != a);
	assert_int_equal(sim_modem_cids_in_use(f->m, TST_SVC), 2);
	assert_int_equal(fx_release_cid(f, TST_SVC, (uint8_t)a), 0);
	assert_int_equal(sim_modem_cids_in_use(f->m, TST_SVC), 1);
	/* A released CID is gone; a second release is refused. */
	assert_int_equal(fx_release_cid(f, TST_SVC, (uint8_t)a), QMI_ERR_INVALID_CLIENT_ID);
	assert_int_equal(fx_release_cid(f, TST_SVC, 0xFF), QMI_ERR_INVALID_CLIENT_ID);
	assert_int_equal(((struct tst_state *)sim_state(f->m, TST_SVC))->gone, 1);
	/* Round-robin: the next CID is not the one just released. */
	assert_int_not_equal(fx_alloc_cid(f, TST_SVC), a);
}

static void cid_limit_and_exhaustion(void **state)
{
	struct fx *f = *state;
	int cids[3];

	/* tst's default limit is 3. */
	for (int i = 0; i < 3; i++)
		assert_true((cids[i] = fx_alloc_cid(f, TST_SVC)) > 0);
	assert_int_equal(fx_alloc_cid(f, TST_SVC), -QMI_ERR_CLIENT_IDS_EXHAUSTED);
	/* Other services keep their own limit. */
	assert_true(fx_alloc_cid(f, 0xE1) > 0);
	assert_int_equal(fx_release_cid(f, TST_SVC, (uint8_t)cids[1]), 0);
	assert_true(fx_alloc_cid(f, TST_SVC) > 0);
}

static void cid_limits_from_config(void **state)
{
	struct fx *f = fx_open("[ctl]\ncid_limit.tst = 1\ncid_limit = 2\n");

	(void)state;
	assert_true(fx_alloc_cid(f, TST_SVC) > 0);
	assert_int_equal(fx_alloc_cid(f, TST_SVC), -QMI_ERR_CLIENT_IDS_EXHAUSTED);
	assert_true(fx_alloc_cid(f, 0xE1) > 0);
	assert_true(fx_alloc_cid(f, 0xE1) > 0);
	assert_int_equal(fx_alloc_cid(f, 0xE1), -QMI_ERR_CLIENT_IDS_EXHAUSTED);
	fx_free(f);
}

static void cid_never_0_or_ff(void **state)
{
	struct fx *f = fx_open("[ctl]\ncid_limit = 254\n");
	uint8_t seen[256] = { 0 };

	(void)state;
	for (int i = 0; i < 254; i++) {
		int cid = fx_alloc_cid(f, TST_SVC);

		assert_true(cid >= 1 && cid <= 254);
		assert_int_equal(seen[cid], 0);
		seen[cid] = 1;
	}
	assert_int_equal(fx_alloc_cid(f, TST_SVC), -QMI_ERR_CLIENT_IDS_EXHAUSTED);
	fx_free(f);
}

static void allocate_unknown_service(void **state)
{
	struct fx *f = *state;

	assert_int_equal(fx_alloc_cid(f, 0x05), -31);	/* InvalidServiceType */
	assert_int_equal(fx_alloc_cid(f, QMI_SVC_CTL), -31);
}

static void sync_request_drops_cids(void **state)
{
	struct fx *f = *state;

	assert_true(fx_alloc_cid(f, TST_SVC) > 0);
	assert_true(fx_alloc_cid(f, 0xE1) > 0);
	assert_int_equal(fx_request(f, &slqs_ctl_sync, 0, NULL, NULL), 0);
	assert_int_equal(f->n, 0);	/* the request answers; no indication */
	assert_int_equal(sim_modem_cids_in_use(f->m, TST_SVC), 0);
	assert_int_equal(sim_modem_cids_in_use(f->m, 0xE1), 0);
}

static void set_data_format(void **state)
{
	struct fx *f = *state;
	struct ctl_set_data_format_req req = { .format = 0, .has_protocol = 1, .protocol = 2 };
	struct ctl_set_data_format_rsp rsp;

	assert_int_equal(fx_request(f, &slqs_ctl_set_data_format, 0, &req, &rsp), 0);
	assert_true(rsp.has_protocol);
	assert_int_equal(rsp.protocol, 2);
}

static void unknown_ctl_message(void **state)
{
	struct fx *f = *state;

	assert_int_equal(fx_raw_request(f, QMI_SVC_CTL, 0, 0x0020, NULL, 0),
			 QMI_ERR_INVALID_QMI_COMMAND);
}

/* ---- requests to services ---------------------------------------------------------- */

static void request_reaches_handler(void **state)
{
	struct fx *f = *state;
	int cid = fx_alloc_cid(f, TST_SVC);
	uint32_t v = 0;

	assert_int_equal(echo(f, (uint8_t)cid, 41, &v), 0);
	assert_int_equal(v, 42);
	/* A failed handler still has its response TLVs encoded. */
	assert_int_equal(echo(f, (uint8_t)cid, 0xDEAD, &v), QMI_ERR_INVALID_ARGUMENT);
	assert_int_equal(v, 0xDEAE);
}

static void unknown_message_is_71(void **state)
{
	struct fx *f = *state;
	int cid = fx_alloc_cid(f, TST_SVC);

	assert_int_equal(fx_raw_request(f, TST_SVC, (uint8_t)cid, 0x5556, NULL, 0),
			 QMI_ERR_INVALID_QMI_COMMAND);
}

static void bad_client_id_is_7(void **state)
{
	struct fx *f = *state;
	static const uint8_t tlv[] = { 0x01, 0x04, 0x00, 1, 0, 0, 0 };

	assert_int_equal(fx_raw_request(f, TST_SVC, 9, TST_ECHO, tlv, sizeof(tlv)),
			 QMI_ERR_INVALID_CLIENT_ID);
	/* A service the modem does not have: no CID can exist there. */
	assert_int_equal(fx_raw_request(f, 0x05, 1, 0x0001, NULL, 0), QMI_ERR_INVALID_CLIENT_ID);
}

static void missing_mandatory_is_17(void **state)
{
	struct fx *f = *state;
	int cid = fx_alloc_cid(f, TST_SVC);
	static const uint8_t only_opt[] = { 0x10, 0x03, 0x00, 0x02, 'h', 'i' };

	assert_int_equal(fx_raw_request(f, TST_SVC, (uint8_t)cid, TST_ECHO, only_opt,
					sizeof(only_opt)), QMI_ERR_MISSING_ARGUMENT);
	/* The same on CTL: Allocate CID without its service TLV. */
	assert_int_equal(fx_raw_request(f, QMI_SVC_CTL, 0, CTL_MSG_ALLOCATE_CID, NULL, 0),
			 QMI_ERR_MISSING_ARGUMENT);
}

static void bad_tlv_value_is_1(void **state)
{
	struct fx *f = *state;
	int cid = fx_alloc_cid(f, TST_SVC);
	/* value cut short: 2 bytes where a u32 is due */
	static const uint8_t short_value[] = { 0x01, 0x02, 0x00, 1, 0 };

	assert_int_equal(fx_raw_request(f, TST_SVC, (uint8_t)cid, TST_ECHO, short_value,
					sizeof(short_value)), QMI_ERR_MALFORMED_MESSAGE);
}

static void malformed_frame_is_1(void **state)
{
	struct fx *f = *state;
	int cid = fx_alloc_cid(f, TST_SVC);
	/* The TLV claims 9 bytes and the frame holds 4: a readable header, a broken body. */
	uint8_t frame[] = { 0x01, 0x13, 0x00, 0x00, TST_SVC, (uint8_t)cid,
			    0x00, 0x34, 0x12, 0x01, 0x00, 0x07, 0x00,
			    0x01, 0x09, 0x00, 1, 2, 3, 4 };

	sim_modem_input(f->m, 0, frame, sizeof(frame));
	assert_int_equal(fx_take_result(f, TST_SVC, TST_ECHO, 0x1234), QMI_ERR_MALFORMED_MESSAGE);
	assert_int_equal(sim_modem_stats(f->m)->malformed, 1);
}

static void broken_frames_never_silence(void **state)
{
	struct fx *f = *state;
	/* The shortest frame the stream takes: the SDU header stops after the message id. */
	static const uint8_t stub[] = { 0x01, 0x0B, 0x00, 0x00, TST_SVC, 0x01,
					0x00, 0x05, 0x00, 0x01, 0x00, 0x00 };
	/* Bytes without a frame marker, then a request sent as a response. */
	static const uint8_t junk[] = { 0xFF, 0x00, 0x7E, 0x42 };
	static const uint8_t as_response[] = { 0x01, 0x0B, 0x00, 0x00, 0x00, 0x00,
					       0x01, 0x06, 0x21, 0x00, 0x00, 0x00 };
	uint16_t txn;

	sim_modem_input(f->m, 0, stub, sizeof(stub));
	assert_int_equal(fx_take_result(f, TST_SVC, 0x0001, 5), QMI_ERR_MALFORMED_MESSAGE);
	sim_modem_input(f->m, 0, junk, sizeof(junk));
	sim_modem_input(f->m, 0, as_response, sizeof(as_response));
	assert_int_equal(fx_take_result(f, QMI_SVC_CTL, CTL_MSG_GET_VERSION_INFO, 6),
			 QMI_ERR_MALFORMED_MESSAGE);
	assert_int_equal(sim_modem_stats(f->m)->garbage, sizeof(junk));
	/* A packet too short to say whom to answer: counted, nothing sent. */
	sim_modem_input_frame(f->m, 1, stub, 5);
	assert_int_equal(f->n, 0);
	assert_int_equal(sim_modem_stats(f->m)->malformed, 3);
	/* And the stream still works. */
	txn = fx_send(f, &slqs_ctl_get_version_info, 0, NULL);
	assert_int_equal(fx_take_result(f, QMI_SVC_CTL, CTL_MSG_GET_VERSION_INFO, txn), 0);
}

static void stream_any_chunking(void **state)
{
	struct fx *f = *state;
	struct ctl_allocate_cid_req req = { .service = TST_SVC };
	uint8_t buf[64];
	struct qmi_wbuf w;

	qmi_wbuf_init(&w, buf, sizeof(buf));
	assert_int_equal(slqs_msg_write(&w, 1, &slqs_ctl_allocate_cid, QMI_REQUEST, 0, 9, NULL,
				       &req), 0);
	/* Twice in one go, then byte by byte. */
	memcpy(buf + w.len, buf, w.len);
	sim_modem_input(f->m, 0, buf, 2 * w.len);
	assert_int_equal(f->n, 2);
	for (size_t i = 0; i < w.len; i++)
		sim_modem_input(f->m, 0, buf + i, 1);
	assert_int_equal(f->n, 3);
	for (int i = 0; i < 3; i++)
		assert_int_equal(fx_take_result(f, QMI_SVC_CTL, CTL_MSG_ALLOCATE_CID, 9), 0);
}

static void response_goes_to_requesting_port(void **state)
{
	struct fx *f = *state;
	struct ctl_allocate_cid_req req = { .service = TST_SVC };

	f->port = 2;
	fx_send(f, &slqs_ctl_allocate_cid, 0, &req);
	assert_int_equal(f->n, 1);
	assert_int_equal(f->out[0].port, 2);
}

static void whole_frame_input(void **state)
{
	struct fx *f = *state;
	uint8_t buf[64];
	struct qmi_wbuf w;

	qmi_wbuf_init(&w, buf, sizeof(buf));
	assert_int_equal(slqs_msg_write(&w, 1, &slqs_ctl_get_version_info, QMI_REQUEST, 0, 3,
				       NULL, NULL), 0);
	sim_modem_input_frame(f->m, 1, buf, w.len);
	assert_int_equal(f->out[0].port, 1);
	assert_int_equal(fx_take_result(f, QMI_SVC_CTL, CTL_MSG_GET_VERSION_INFO, 3), 0);
	/* A packet that is not exactly one frame is malformed, and answered. */
	sim_modem_input_frame(f->m, 1, buf, w.len - 1);
	assert_int_equal(sim_modem_stats(f->m)->malformed, 1);
}

static void handler_overflow_is_internal(void **state)
{
	struct fx *f = *state;
	int cid = fx_alloc_cid(f, TST_SVC);

	assert_int_equal(fx_raw_request(f, TST_SVC, (uint8_t)cid, TST_BAD_RSP, NULL, 0),
			 QMI_ERR_INTERNAL);
}

/* ---- indications, reset ------------------------------------------------------------ */

static void indications_unicast_and_broadcast(void **state)
{
	struct fx *f = *state;
	int cid = fx_alloc_cid(f, TST_SVC);
	struct qmux_frame fr;
	struct tst_ind ind;
	uint16_t txn = fx_send_raw(f, TST_SVC, (uint8_t)cid, TST_NOARGS, NULL, 0);

	/* As on a real modem, the response comes before the indications it caused. */
	assert_int_equal(fx_take_result(f, TST_SVC, TST_NOARGS, txn), 0);
	fr = fx_take(f, QMI_INDICATION, TST_SVC, TST_IND);
	assert_int_equal(fr.client, cid);
	assert_int_equal(slqs_msg_read(&fr.sdu, &tst_ind_msg, &ind, NULL), 0);
	assert_int_equal(ind.what, 7);
	fr = fx_take(f, QMI_INDICATION, TST_SVC, TST_IND);
	assert_int_equal(fr.client, QMI_CID_BROADCAST);
	assert_int_equal(sim_modem_stats(f->m)->indications, 2);
	/* Unknown CID: refused. */
	ind.what = 1;
	assert_int_not_equal(sim_indicate(f->m, &tst_ind_msg, 77, &ind), 0);
}

static void control_reset_sends_sync(void **state)
{
	struct fx *f = *state;
	struct tst_state *ts = sim_state(f->m, TST_SVC);

	assert_int_equal(ts->boots, 1);
	assert_true(fx_alloc_cid(f, TST_SVC) > 0);
	assert_true(fx_alloc_cid(f, TST_SVC) > 0);
	fx_control_ok(f, "reset", NULL);
	fx_take(f, QMI_INDICATION, QMI_SVC_CTL, CTL_MSG_SYNC);
	assert_int_equal(f->n, 0);
	assert_int_equal(sim_modem_cids_in_use(f->m, TST_SVC), 0);
	assert_int_equal(ts->gone, 2);
	assert_int_equal(ts->boots, 2);
	assert_int_equal(sim_modem_stats(f->m)->resets, 1);
}

static void handler_reset_after_response(void **state)
{
	struct fx *f = *state;
	int cid = fx_alloc_cid(f, TST_SVC);
	uint16_t txn = fx_send_raw(f, TST_SVC, (uint8_t)cid, TST_RESET, NULL, 0);

	assert_int_equal(fx_take_result(f, TST_SVC, TST_RESET, txn), 0);
	fx_take(f, QMI_INDICATION, QMI_SVC_CTL, CTL_MSG_SYNC);
	assert_int_equal(sim_modem_cids_in_use(f->m, TST_SVC), 0);
	assert_int_equal(echo(f, (uint8_t)cid, 1, NULL), QMI_ERR_INVALID_CLIENT_ID);
}

/* ---- faults ------------------------------------------------------------------------ */

static void drop_next_responses(void **state)
{
	struct fx *f = *state;

	fx_control_ok(f, "drop 2", NULL);
	fx_send(f, &slqs_ctl_get_version_info, 0, NULL);
	fx_send(f, &slqs_ctl_get_version_info, 0, NULL);
	assert_int_equal(f->n, 0);
	fx_send(f, &slqs_ctl_get_version_info, 0, NULL);
	assert_int_equal(f->n, 1);
	assert_int_equal(sim_modem_stats(f->m)->dropped, 2);
}

static void delayed_responses(void **state)
{
	struct fx *f = fx_open("[modem]\nresponse_delay_ms = 40\n");
	int wait;

	(void)state;
	fx_send(f, &slqs_ctl_get_version_info, 0, NULL);
	assert_int_equal(f->n, 0);
	wait = sim_modem_flush(f->m);
	assert_true(wait > 0 && wait <= 40);
	usleep(60 * 1000);
	assert_int_equal(sim_modem_flush(f->m), -1);
	assert_int_equal(f->n, 1);
	fx_free(f);
}

/* Frames waiting in the queue keep their order, and the queue empties fully. */
static void queued_frames_keep_order(void **state)
{
	struct fx *f = *state;
	uint16_t txns[40];
	int cid = fx_alloc_cid(f, TST_SVC);

	fx_control_ok(f, "delay 20", NULL);
	fx_clear(f);
	for (unsigned i = 0; i < 40; i++) {
		struct tst_echo_req req = { .value = i };

		txns[i] = fx_send(f, &tst_echo, (uint8_t)cid, &req);
	}
	assert_int_equal(f->n, 0);
	usleep(40 * 1000);
	assert_int_equal(sim_modem_flush(f->m), -1);
	assert_int_equal(f->n, 40);
	for (unsigned i = 0; i < 40; i++)
		assert_int_equal(fx_take_result(f, TST_SVC, TST_ECHO, txns[i]), 0);
	/* a port that goes away loses what waits for it, nothing else */
	fx_send(f, &slqs_ctl_get_version_info, 0, NULL);
	sim_modem_port_closed(f->m, f->port);
	usleep(40 * 1000);
	assert_int_equal(sim_modem_flush(f->m), -1);
	assert_int_equal(f->n, 0);
}

static void exhaust_then_release_all(void **state)
{
	struct fx *f = *state;

	fx_control_ok(f, "exhaust tst", "3 of 3");
	assert_int_equal(fx_alloc_cid(f, TST_SVC), -QMI_ERR_CLIENT_IDS_EXHAUSTED);
	fx_control_ok(f, "release-all tst", NULL);
	assert_true(fx_alloc_cid(f, TST_SVC) > 0);
	assert_int_equal(fx_control(f, "exhaust nosuch"), -1);
	assert_string_equal(f->answer, "error: unknown service 'nosuch'");
}

static void malformed_fault_frames(void **state)
{
	struct fx *f = *state;
	struct qmux_frame fr;

	fx_control_ok(f, "malformed", NULL);
	assert_int_equal(f->n, 1);
	assert_int_equal(f->out[0].port, SIM_PORT_ALL);
	assert_int_not_equal(slqs_qmux_parse(f->out[0].data, f->out[0].len, &fr), 0);
	fx_control_ok(f, "malformed garbage", NULL);
	assert_int_equal(f->n, 1);
	fx_control_ok(f, "malformed truncated", NULL);
	assert_int_equal(f->n, 1);
	assert_int_equal(fx_control(f, "malformed odd"), -1);
	assert_int_equal(sim_modem_stats(f->m)->indications, 0);
}

static void unplug_and_replug(void **state)
{
	struct fx *f = *state;
	struct tst_state *ts = sim_state(f->m, TST_SVC);

	assert_true(fx_alloc_cid(f, TST_SVC) > 0);
	fx_control_ok(f, "unplug", NULL);
	assert_int_equal(f->unplugs, 1);
	assert_true(sim_modem_unplugged(f->m));
	assert_int_equal(sim_modem_cids_in_use(f->m, TST_SVC), 0);
	/* Gone: nothing is answered. */
	fx_send(f, &slqs_ctl_get_version_info, 0, NULL);
	assert_int_equal(f->n, 0);
	assert_int_equal(fx_control(f, "unplug"), -1);
	fx_control_ok(f, "replug", NULL);
	assert_string_equal(f->answer, "ok replugged pty /dev/pts/99");
	assert_int_equal(ts->boots, 2);
	assert_true(fx_alloc_cid(f, TST_SVC) > 0);
}

/* ---- control ------------------------------------------------------------------------- */

static void stats_line(void **state)
{
	struct fx *f = *state;

	assert_true(fx_alloc_cid(f, TST_SVC) > 0);
	fx_control_ok(f, "stats", " cids.tst=1 ");
	assert_non_null(strstr(f->answer, " limit.tst=3 "));
	assert_non_null(strstr(f->answer, " cids.oth=0 "));
	assert_non_null(strstr(f->answer, " requests=1 "));
	assert_non_null(strstr(f->answer, " requests.ctl=1 "));
	assert_non_null(strstr(f->answer, " tst.boots=1"));
	assert_null(strchr(f->answer, '\n'));
}

static void control_errors_and_services(void **state)
{
	struct fx *f = *state;

	assert_int_equal(fx_control(f, "frobnicate"), -1);
	assert_string_equal(f->answer, "error: unknown command 'frobnicate' (try help)");
	assert_int_equal(fx_control(f, "delay"), -1);
	assert_string_equal(f->answer, "error: usage: delay MS");
	assert_int_equal(fx_control(f, "delay soon"), -1);
	assert_int_equal(fx_control(f, ""), -1);
	assert_int_equal(fx_control(f, "tst ping"), 0);
	assert_string_equal(f->answer, "ok pong");
	assert_int_equal(fx_control(f, "tst pong"), -1);
	assert_string_equal(f->answer, "error: usage: tst ping; tst fail");
	assert_int_equal(fx_control(f, "tst fail"), -1);
	assert_string_equal(f->answer, "error: ok but not really");
	fx_control_ok(f, "tst help", "usage: tst ping; tst fail; ");
	assert_non_null(strstr(f->answer, "settings of [tst]: value (0 to 1000)"));
	assert_non_null(strstr(f->answer, "settings of [tst.apn NAME]: value"));
	/* A service without a control hook is no command. */
	assert_int_equal(fx_control(f, "oth x"), -1);
	fx_control_ok(f, "help", "exhaust SERVICE");
	assert_non_null(strstr(f->answer, "services: tst"));
}

static void dispatch_to_modems(void **state)
{
	struct fx *a = *state, *b = fx_open(NULL);
	struct sim_modem *ms[2] = { a->m, b->m };
	char out[SIM_CONTROL_MAX];

	assert_int_equal(sim_control_dispatch(ms, 2, "modem 1 drop 1", out, sizeof(out)), 0);
	assert_int_equal(sim_control_dispatch(ms, 2, "stats", out, sizeof(out)), 0);
	assert_non_null(strstr(out, "drop_pending=0"));
	assert_int_equal(sim_control_dispatch(ms, 2, "modem 1 stats", out, sizeof(out)), 0);
	assert_non_null(strstr(out, "drop_pending=1"));
	assert_int_equal(sim_control_dispatch(ms, 2, "modem 2 stats", out, sizeof(out)), -1);
	assert_int_equal(sim_control_dispatch(ms, 2, "modem 1", out, sizeof(out)), -1);
	fx_free(b);
}

/* ---- config -------------------------------------------------------------------------- */

static void config_values_reach_services(void **state)
{
	struct fx *f = fx_open("# comment\n\n[modem]\nname = \" my modem \"\n"
			       "response_delay_ms = 0x0\n[tst]\nvalue = 12\n"
			       "[tst.apn internet]\n  value=0x10  \n");
	struct tst_state *ts = sim_state(f->m, TST_SVC);

	(void)state;
	assert_string_equal(sim_modem_name(f->m), " my modem ");
	assert_int_equal(ts->configured, 2);
	assert_int_equal(ts->value, 16);
	assert_string_equal(ts->sub, "internet");
	fx_free(f);
}

static void expect_config_error(const char *text, const char *expected)
{
	fx_refuse_config(test_services, text, expected);
}

static void config_errors_name_the_line(void **state)
{
	(void)state;
	expect_config_error("[nosuch]\n", "config:1: unknown section [nosuch]");
	expect_config_error("[modem]\nname = a\ncolour = red\n", "config:3: unknown key 'colour'");
	expect_config_error("[modem]\nresponse_delay_ms = soon\n",
			    "config:2: response_delay_ms: 'soon' is not");
	expect_config_error("[modem]\nresponse_delay_ms = -1\n",
			    "config:2: response_delay_ms: -1 is out of range");
	expect_config_error("# x\nvalue = 1\n", "config:2: 'value' comes before any [section]");
	expect_config_error("[tst]\njust words\n", "config:2: expected 'key = value'");
	expect_config_error("[tst]\nvalue = 5000\n", "config:2: value: 5000 is out of range");
	expect_config_error("[tst]\nother = 1\n", "config:2: unknown key 'other' in [tst] (value)");
	expect_config_error("[ctl]\ncid_limit = 255\n", "config:2: 255 is out of range");
	expect_config_error("[ctl]\ncid_limit.nosuch = 1\n", "config:2: unknown service");
	expect_config_error("[oth]\n", "config:1: unknown section [oth] (that service has no");
	expect_config_error("[tst\n", "config:1: a section header");
	expect_config_error("[modem extra]\n", "config:1: [modem] takes no argument");
	expect_config_error("[tst.apn]\n", "config:1: [tst.apn] needs an argument");
	expect_config_error("[tst a b]\n", "config:1: bad section header");
	expect_config_error("[modem]\nname = \"open\n", "config:2: a quoted value");
	expect_config_error("[modem]\nname = a\x01\n", "config:2: control character");
	expect_config_error("[modem]\nname = 0123456789012345678901234567890123456789"
			    "01234567890123456789012345\n", "config:2: name: '0123");
}

static void config_long_line(void **state)
{
	char *text = malloc(3000);

	(void)state;
	strcpy(text, "[modem]\nname = ");
	memset(text + strlen(text), 'x', 2000);
	text[15 + 2000] = '\0';
	expect_config_error(text, "config:2: line longer than");
	free(text);
}

static void config_file_missing(void **state)
{
	struct sim_modem_opts o = { .config_path = "/nonexistent/qmisim.conf",
				    .services = test_services };
	char err[256];

	(void)state;
	assert_null(sim_modem_new(&o, err, sizeof(err)));
	assert_non_null(strstr(err, "/nonexistent/qmisim.conf: "));
}

static void parse_helpers(void **state)
{
	char err[128];
	long long v;
	int b;
	char small[4];

	(void)state;
	assert_int_equal(sim_parse_int("0x1F", 0, 100, &v, err, sizeof(err)), 0);
	assert_int_equal(v, 31);
	assert_int_equal(sim_parse_int("-70", -128, 0, &v, err, sizeof(err)), 0);
	assert_int_equal(v, -70);
	assert_int_equal(sim_parse_int("010", 0, 100, &v, err, sizeof(err)), 0);
	assert_int_equal(v, 10);
	assert_int_equal(sim_parse_int("", 0, 1, &v, err, sizeof(err)), -1);
	assert_int_equal(sim_parse_int(" 1", 0, 1, &v, err, sizeof(err)), -1);
	assert_int_equal(sim_parse_int("1x", 0, 1, &v, err, sizeof(err)), -1);
	assert_int_equal(sim_parse_int("0x", 0, 1, &v, err, sizeof(err)), -1);
	assert_int_equal(sim_parse_int("--1", -5, 1, &v, err, sizeof(err)), -1);
	assert_int_equal(sim_parse_int("99999999999999999999", 0, 1, &v, err, sizeof(err)), -1);
	assert_int_equal(sim_parse_bool("On", &b, err, sizeof(err)), 0);
	assert_int_equal(b, 1);
	assert_int_equal(sim_parse_bool("no", &b, err, sizeof(err)), 0);
	assert_int_equal(b, 0);
	assert_int_equal(sim_parse_bool("maybe", &b, err, sizeof(err)), -1);
	assert_int_equal(sim_parse_string("abc", small, sizeof(small), err, sizeof(err)), 0);
	assert_string_equal(small, "abc");
	assert_int_equal(sim_parse_string("abcd", small, sizeof(small), err, sizeof(err)), -1);
}

/* ---- record and replay --------------------------------------------------------------- */

static void record_then_replay(void **state)
{
	char path[] = "/tmp/test_sim_framework.XXXXXX", err[256];
	struct fx *f = *state, *g;
	struct sim_record *rec;
	struct sim_replay *rp;
	uint32_t v = 0;
	int fd = mkstemp(path), cid;

	(void)state;
	assert_true(fd >= 0);
	close(fd);
	rec = sim_record_open(path, err, sizeof(err));
	assert_non_null(rec);
	sim_modem_set_record(f->m, rec);
	cid = fx_alloc_cid(f, TST_SVC);
	assert_int_equal(echo(f, (uint8_t)cid, 100, &v), 0);
	assert_int_equal(echo(f, (uint8_t)cid, 200, &v), 0);
	sim_modem_set_record(f->m, NULL);
	sim_record_close(rec);

	rp = sim_replay_load(path, err, sizeof(err));
	if (!rp)
		fail_msg("replay: %s", err);
	assert_int_equal(sim_replay_count(rp), 2);
	/* The recording answers what it holds (with the live CID and transaction
	 * id, which echo() checks), the simulation answers the rest. */
	g = fx_open("[ctl]\ncid_limit.tst = 10\n");
	sim_modem_set_replay(g->m, rp);
	assert_true(fx_alloc_cid(g, TST_SVC) > 0);
	cid = fx_alloc_cid(g, TST_SVC);	/* a different CID than recorded */
	g->txn = 500;			/* and different transaction ids */
	assert_int_equal(echo(g, (uint8_t)cid, 200, &v), 0);
	assert_int_equal(v, 201);
	assert_int_equal(echo(g, (uint8_t)cid, 300, &v), 0);
	assert_int_equal(v, 301);
	assert_int_equal(sim_modem_stats(g->m)->replayed, 1);
	fx_free(g);
	sim_replay_free(rp);

	/* A damaged recording is refused with its line. */
	{
		FILE *fp = fopen(path, "w");

		fprintf(fp, "# x\n1.0 0 host 01 0F\n1.0 0 sideways 01\n");
		fclose(fp);
	}
	assert_null(sim_replay_load(path, err, sizeof(err)));
	assert_non_null(strstr(err, ":3: 'sideways' is neither"));
	unlink(path);
}

/* A test on a fresh modem from setup(), freed by teardown(). */
#define FX_TEST(t) cmocka_unit_test_setup_teardown(t, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		FX_TEST(version_info_lists_services),
		FX_TEST(allocate_and_release),
		FX_TEST(cid_limit_and_exhaustion),
		cmocka_unit_test(cid_limits_from_config),
		cmocka_unit_test(cid_never_0_or_ff),
		FX_TEST(allocate_unknown_service),
		FX_TEST(sync_request_drops_cids),
		FX_TEST(set_data_format),
		FX_TEST(unknown_ctl_message),
		FX_TEST(request_reaches_handler),
		FX_TEST(unknown_message_is_71),
		FX_TEST(bad_client_id_is_7),
		FX_TEST(missing_mandatory_is_17),
		FX_TEST(bad_tlv_value_is_1),
		FX_TEST(malformed_frame_is_1),
		FX_TEST(broken_frames_never_silence),
		FX_TEST(stream_any_chunking),
		FX_TEST(response_goes_to_requesting_port),
		FX_TEST(whole_frame_input),
		FX_TEST(handler_overflow_is_internal),
		FX_TEST(indications_unicast_and_broadcast),
		FX_TEST(control_reset_sends_sync),
		FX_TEST(handler_reset_after_response),
		FX_TEST(drop_next_responses),
		cmocka_unit_test(delayed_responses),
		FX_TEST(queued_frames_keep_order),
		FX_TEST(exhaust_then_release_all),
		FX_TEST(malformed_fault_frames),
		FX_TEST(unplug_and_replug),
		FX_TEST(stats_line),
		FX_TEST(control_errors_and_services),
		FX_TEST(dispatch_to_modems),
		cmocka_unit_test(config_values_reach_services),
		cmocka_unit_test(config_errors_name_the_line),
		cmocka_unit_test(config_long_line),
		cmocka_unit_test(config_file_missing),
		cmocka_unit_test(parse_helpers),
		FX_TEST(record_then_replay),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
