/*
 * The DMS API functions (the pkgs/dms/ *_api.c files) against a scripted modem: this
 * program replaces the client runtime's generic call (slqs_qmi_call and
 * the rest of pkgs/api/call.c, the device query and the state listeners),
 * so each function runs its real argument handling and decoding on byte
 * fixtures shaped like real modems' answers. Covers what qmisim does not
 * answer yet (Get Time, Get PRL Version, Get Current PRL Info, the boot
 * and PRI revisions, the MIN) and the legacy SIM fallback's details:
 * EF-ICCID/EF-IMSI decoding, the requests it sends, UPIN, and the memory
 * of refusals across device changes and resets.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "SWIWWANCMAPI.h"
#include "core/codec.h"
#include "core/tlv.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/dms/dms_msg.h"
#include "pkgs/uim/uim_msg.h"
#include "tests/unit/call_fake.h"

/* ---- the scripted modem ------------------------------------------------------------ */

#define MAX_CANNED 8

static struct {
	struct {
		uint8_t service;
		uint16_t id;
		ULONG verdict;		/* non-zero: the runtime's verdict, no answer */
		uint8_t tlv[2048];
		size_t len;
	} canned[MAX_CANNED];
	size_t n_canned;
	char log[512];			/* "S:ID " per request, in order */
	uint8_t req[512];		/* the last request's TLVs */
	size_t req_len;
	char node[64];			/* the connected device */
	slqs_state_fn listener;
} M;

static void reset_modem(void)
{
	slqs_state_fn keep = M.listener;

	memset(&M, 0, sizeof M);
	M.listener = keep;
	strcpy(M.node, "/dev/cdc-wdm0");
}

/* The next request for (service, id) gets these response TLVs (result first). */
static void answer(uint8_t service, uint16_t id, uint16_t error, const void *tlvs, size_t len)
{
	const uint8_t res[4] = { error ? 1 : 0, 0, (uint8_t)error, (uint8_t)(error >> 8) };
	struct qmi_wbuf w;

	assert_true(M.n_canned < MAX_CANNED);
	M.canned[M.n_canned].service = service;
	M.canned[M.n_canned].id = id;
	qmi_wbuf_init(&w, M.canned[M.n_canned].tlv, sizeof M.canned[0].tlv);
	slqs_tlv_put(&w, QMI_TLV_RESULT, res, sizeof res);
	assert_true(w.len + len <= sizeof M.canned[0].tlv);
	if (len)
		memcpy(M.canned[M.n_canned].tlv + w.len, tlvs, len);
	M.canned[M.n_canned++].len = w.len + len;
}

/* The answer of message msg encoded from its response struct c. */
static void answer_struct(const struct qmi_msg *msg, const void *c)
{
	uint8_t buf[2048];
	struct qmi_wbuf w;

	qmi_wbuf_init(&w, buf, sizeof buf);
	assert_int_equal(slqs_encode(msg->rsp, c, &w), 0);
	answer(msg->service, msg->id, 0, buf, w.len);
}

static void verdict(uint8_t service, uint16_t id, ULONG rc)
{
	answer(service, id, 0, NULL, 0);
	M.canned[M.n_canned - 1].verdict = rc;
}

ULONG slqs_qmi_call_on(uint8_t client, const struct qmi_msg *msg, const void *req, void *rsp,
		       ULONG timeout_ms)
{
	struct qmi_result res;
	struct qmi_wbuf w;
	size_t size;
	const struct qmi_elem *ei = slqs_msg_table(msg, QMI_RESPONSE, &size);
	char entry[16];

	(void)client;
	(void)timeout_ms;
	snprintf(entry, sizeof entry, "%u:%02X ", msg->service, msg->id);
	strncat(M.log, entry, sizeof M.log - strlen(M.log) - 1);
	if (rsp && msg->rsp_size)
		memset(rsp, 0, msg->rsp_size);
	qmi_wbuf_init(&w, M.req, sizeof M.req);
	if (req && slqs_encode(msg->req, req, &w))
		return eQCWWAN_ERR_INVALID_ARG;
	M.req_len = w.len;
	for (size_t i = 0; i < M.n_canned; i++) {
		const uint8_t *tlv = M.canned[i].tlv;
		size_t len = M.canned[i].len;
		ULONG rc = M.canned[i].verdict;

		if (M.canned[i].service != msg->service || M.canned[i].id != msg->id)
			continue;
		M.canned[i].service = 0xFF;	/* used */
		if (rc)
			return rc;
		if (slqs_result_read(tlv, len, &res))
			return eQCWWAN_ERR_MALFORMED_QMI_RSP;	/* as call.c */
		if (rsp && ei && slqs_decode(ei, tlv, len, rsp, size, !res.result) && !res.result)
			return eQCWWAN_ERR_MALFORMED_QMI_RSP;
		return res.result ? eQCWWAN_ERR_QMI_OFFSET + res.error : eQCWWAN_ERR_NONE;
	}
	return eQCWWAN_ERR_QMI_INVALID_QMI_CMD;	/* a message this modem does not know */
}

CALL_FAKE_REST

ULONG slqs_state_listen(slqs_state_fn fn, void *ctx)
{
	(void)ctx;
	M.listener = fn;
	return eQCWWAN_ERR_NONE;
}

ULONG QCWWAN2kGetConnectedDeviceID(ULONG deviceIDSize, CHAR *pDeviceID, ULONG deviceKeySize,
				   CHAR *pDeviceKey)
{
	(void)deviceIDSize, (void)deviceKeySize;
	strcpy(pDeviceID, M.node);
	pDeviceKey[0] = '\0';
	return eQCWWAN_ERR_NONE;
}

/* ---- messages qmisim does not answer yet ------------------------------------------------ */

static void network_time_48_bit_count(void **state)
{
	/* Count 0x0123456789AB (1.25 ms units), source 1 (CDMA), and a system time. */
	static const uint8_t tlvs[] = {
		0x01, 0x08, 0x00, 0xAB, 0x89, 0x67, 0x45, 0x23, 0x01, 0x01, 0x00,
		0x10, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8,
	};
	ULONGLONG ts = 0;
	ULONG src = 9;

	(void)state;
	reset_modem();
	answer(2, 0x2F, 0, tlvs, sizeof tlvs);
	assert_int_equal(GetNetworkTime(&ts, &src), eQCWWAN_ERR_NONE);
	assert_true(ts == 0x0123456789ABull);
	assert_int_equal(src, 1);
	/* A device-time TLV cut short: malformed, never read past. */
	answer(2, 0x2F, 0, tlvs, 9);
	assert_int_equal(GetNetworkTime(&ts, &src), eQCWWAN_ERR_MALFORMED_QMI_RSP);
	assert_int_equal(GetNetworkTime(NULL, &src), eQCWWAN_ERR_INVALID_ARG);
}

static void prl_version_and_current_info(void **state)
{
	static const uint8_t version[] = { 0x01, 0x02, 0x00, 0x34, 0x12, 0x10, 0x01, 0x00, 0x01 };
	static const uint8_t only_version[] = { 0x10, 0x02, 0x00, 0x55, 0x00 };
	static const uint8_t both[] = { 0x11, 0x01, 0x00, 0x01, 0x10, 0x02, 0x00, 0x56, 0x00 };
	WORD v = 0;
	BYTE pref = 0;
	dmsCurrentPRLInfo info = { &v, &pref }, version_only = { &v, NULL };

	(void)state;
	reset_modem();
	answer(2, 0x30, 0, version, sizeof version);
	assert_int_equal(GetPRLVersion(&v), eQCWWAN_ERR_NONE);
	assert_int_equal(v, 0x1234);
	answer(2, 0x30, 0, NULL, 0);	/* success without the mandatory version */
	assert_int_equal(GetPRLVersion(&v), eQCWWAN_ERR_MALFORMED_QMI_RSP);
	answer(2, 0x30, 94, NULL, 0);	/* an LTE-only modem: NotSupported */
	assert_int_equal(GetPRLVersion(&v), 1094);

	answer(2, 0x53, 0, only_version, sizeof only_version);
	assert_int_equal(SLQSGetCurrentPRLInfo(&info), eQCWWAN_ERR_NONE);
	assert_int_equal(v, 0x55);
	assert_int_equal(pref, 0xFF);	/* not reported: unknown */
	answer(2, 0x53, 0, both, sizeof both);
	assert_int_equal(SLQSGetCurrentPRLInfo(&info), eQCWWAN_ERR_NONE);
	assert_int_equal(v, 0x56);
	assert_int_equal(pref, 1);
	answer(2, 0x53, 0, NULL, 0);
	assert_int_equal(SLQSGetCurrentPRLInfo(&version_only), eQCWWAN_ERR_NONE);
	assert_int_equal(v, 0xFFFF);
	assert_string_equal(M.log, "2:30 2:30 2:30 2:53 2:53 2:53 ");
}

static void boot_pri_revisions_and_min(void **state)
{
	static const uint8_t revs[] = {
		0x11, 0x03, 0x00, 'P', 'R', 'I',
		0x01, 0x04, 0x00, 'A', 'M', 'S', 'S',
		0x10, 0x05, 0x00, 'B', 'O', 'O', 'T', 0x00,	/* a counted NUL */
	};
	static const uint8_t msisdn[] = {
		0x01, 0x03, 0x00, '1', '2', '3', 0x10, 0x0A, 0x00, '0', '1', '2', '3', '4', '5',
		'6', '7', '8', '9',
	};
	CHAR a[16], b[16], c[16];

	(void)state;
	reset_modem();
	answer(2, 0x23, 0, revs, sizeof revs);
	assert_int_equal(GetFirmwareRevisions(sizeof a, a, sizeof b, b, sizeof c, c), 0);
	assert_string_equal(a, "AMSS");
	assert_string_equal(b, "BOOT");
	assert_string_equal(c, "PRI");
	answer(2, 0x23, 0, revs, sizeof revs);
	assert_int_equal(GetFirmwareRevisions(sizeof a, a, 4, b, sizeof c, c),
			 eQCWWAN_ERR_BUFFER_SZ);
	assert_string_equal(a, "");	/* every buffer left empty */
	assert_string_equal(c, "");
	answer(2, 0x24, 0, msisdn, sizeof msisdn);
	assert_int_equal(GetVoiceNumber(sizeof a, a, sizeof b, b), 0);
	assert_string_equal(a, "123");
	assert_string_equal(b, "0123456789");
}

static void set_power_reset_overtaking_its_answer(void **state)
{
	(void)state;
	reset_modem();
	verdict(2, 0x2E, eQCWWAN_ERR_RESET);
	assert_int_equal(SetPower(4), eQCWWAN_ERR_NONE);
	verdict(2, 0x2E, eQCWWAN_ERR_RESET);
	assert_int_equal(SetPower(1), eQCWWAN_ERR_RESET);
	answer(2, 0x2E, 0, NULL, 0);
	assert_int_equal(SetPower(6), 0);
	static const uint8_t mode6[] = { 0x01, 0x01, 0x00, 0x06 };
	assert_memory_equal(M.req, mode6, sizeof mode6);
}

/* ---- the legacy SIM fallback ------------------------------------------------------------- */

static void iccid_from_ef_iccid(void **state)
{
	/* 8949000012345678901 (19 digits): swapped BCD, F in the last nibble. */
	static const uint8_t ef[] = {
		0x10, 0x02, 0x00, 0x90, 0x00,	/* card result 90 00 */
		0x11, 0x0C, 0x00, 0x0A, 0x00,
		0x98, 0x94, 0x00, 0x00, 0x21, 0x43, 0x65, 0x87, 0x09, 0xF1,
	};
	static const uint8_t want_req[] = {
		0x01, 0x02, 0x00, 0x00, 0x00,		/* primary GW provisioning, no AID */
		0x02, 0x05, 0x00, 0xE2, 0x2F, 0x02, 0x00, 0x3F,	/* 2FE2 under 3F00 */
		0x03, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,	/* offset 0, the whole file */
	};
	CHAR s[32];

	(void)state;
	reset_modem();
	answer(11, 0x20, 0, ef, sizeof ef);
	assert_int_equal(UIMGetICCID(sizeof s, s), 0);
	assert_string_equal(s, "8949000012345678901");
	assert_string_equal(M.log, "2:3C 11:20 ");
	assert_int_equal(M.req_len, sizeof want_req);
	assert_memory_equal(M.req, want_req, sizeof want_req);
	/* Garbage digits (A-E) are malformed, not guessed at. */
	static const uint8_t bad[] = { 0x11, 0x04, 0x00, 0x02, 0x00, 0x98, 0xA4 };
	answer(11, 0x20, 0, bad, sizeof bad);
	assert_int_equal(UIMGetICCID(sizeof s, s), eQCWWAN_ERR_MALFORMED_QMI_RSP);
	assert_string_equal(s, "");
}

static void imsi_from_ef_imsi(void **state)
{
	/* 001010123456789 (odd: parity nibble 9), then the even 26201987654321. */
	static const uint8_t odd[] = {
		0x11, 0x0B, 0x00, 0x09, 0x00, 0x08, 0x09, 0x10, 0x10, 0x10, 0x32, 0x54, 0x76, 0x98,
	};
	static const uint8_t even[] = {
		0x11, 0x0B, 0x00, 0x09, 0x00, 0x08, 0x21, 0x26, 0x10, 0x89, 0x67, 0x45, 0x23, 0xF1,
	};
	static const uint8_t too_long[] = {
		0x11, 0x05, 0x00, 0x03, 0x00, 0x09, 0x09, 0x10,	/* says 9 bytes follow */
	};
	static const uint8_t path[] = { 0x02, 0x07, 0x00, 0x07, 0x6F, 0x04, 0x00, 0x3F, 0xFF, 0x7F };
	CHAR s[32];

	(void)state;
	reset_modem();
	answer(11, 0x20, 0, odd, sizeof odd);
	assert_int_equal(GetIMSI(sizeof s, s), 0);
	assert_string_equal(s, "001010123456789");
	assert_memory_equal(M.req + 5, path, sizeof path);	/* 6F07 under 3F00/7FFF */
	answer(11, 0x20, 0, even, sizeof even);
	assert_int_equal(GetIMSI(sizeof s, s), 0);
	assert_string_equal(s, "26201987654321");
	answer(11, 0x20, 0, too_long, sizeof too_long);
	assert_int_equal(GetIMSI(sizeof s, s), eQCWWAN_ERR_MALFORMED_QMI_RSP);
	/* Before the PIN the card denies access: the legacy answer is DeviceNotReady. */
	answer(11, 0x20, 82, NULL, 0);
	assert_int_equal(GetIMSI(sizeof s, s), eQCWWAN_ERR_QMI_DEVICE_NOT_READY);
	answer(11, 0x20, 0, odd, sizeof odd);
	assert_int_equal(GetIMSI(15, s), eQCWWAN_ERR_BUFFER_SZ);
	/* The DMS message was asked once: its refusal is remembered. */
	assert_string_equal(M.log, "2:43 11:20 11:20 11:20 11:20 11:20 ");
}

static void refusal_remembered_per_device_until_reset(void **state)
{
	static const uint8_t iccid[] = { 0x01, 0x02, 0x00, '8', '9' };
	CHAR s[32];

	(void)state;
	reset_modem();
	strcpy(M.node, "/dev/cdc-wdm5");
	UIMGetICCID(sizeof s, s);		/* refused: noted for cdc-wdm5 */
	UIMGetICCID(sizeof s, s);
	assert_string_equal(M.log, "2:3C 11:20 11:20 ");
	/* Another device: asked again, and this one answers. */
	M.log[0] = '\0';
	strcpy(M.node, "/dev/cdc-wdm6");
	answer(2, 0x3C, 0, iccid, sizeof iccid);
	assert_int_equal(UIMGetICCID(sizeof s, s), 0);
	assert_string_equal(s, "89");
	assert_string_equal(M.log, "2:3C ");
	/* Back on the first: asked again (one device is remembered), refused. */
	M.log[0] = '\0';
	strcpy(M.node, "/dev/cdc-wdm5");
	UIMGetICCID(sizeof s, s);
	UIMGetICCID(sizeof s, s);
	assert_string_equal(M.log, "2:3C 11:20 11:20 ");
	/* A reset (perhaps a firmware update) forgets it. */
	assert_non_null(M.listener);
	M.listener(SLQS_DEV_DISCONNECTED, 1, NULL);
	M.listener(SLQS_DEV_READY, 0, NULL);
	M.log[0] = '\0';
	UIMGetICCID(sizeof s, s);
	assert_string_equal(M.log, "2:3C 11:20 ");
}

/* A card status with one USIM, as qmisim and MC7455 firmware report it. */
static void usim_status(struct uim_card_status_msg *st, uint8_t app_state, uint8_t pin1)
{
	struct uim_card *card = &st->status.cards[0];
	struct uim_app_status *app = &card->apps[0];

	memset(st, 0, sizeof *st);
	st->status.index_gw_primary = 0x0000;
	st->status.index_1x_primary = st->status.index_gw_secondary = UIM_INDEX_NONE;
	st->status.index_1x_secondary = UIM_INDEX_NONE;
	st->status.n_cards = 1;
	card->card_state = UIM_CARD_PRESENT;
	card->n_apps = 1;
	app->type = UIM_APP_TYPE_USIM;
	app->state = app_state;
	app->pin1_state = pin1;
	app->pin1_retries = 2;
	app->puk1_retries = 9;
	app->pin2_state = UIM_PIN_DISABLED;
	app->pin2_retries = 3;
	app->puk2_retries = 10;
}

static void pin_status_and_state_from_card_status(void **state)
{
	struct uim_card_status_msg st;
	ULONG s, v, u, uim;

	(void)state;
	reset_modem();
	usim_status(&st, UIM_APP_STATE_PIN_REQUIRED, UIM_PIN_ENABLED_NOT_VERIFIED);
	answer_struct(&slqs_uim_get_card_status, &st);
	assert_int_equal(UIMGetPINStatus(1, &s, &v, &u), 0);
	assert_int_equal(s, 1);
	assert_int_equal(v, 2);
	assert_int_equal(u, 9);
	answer_struct(&slqs_uim_get_card_status, &st);
	assert_int_equal(UIMGetPINStatus(2, &s, &v, &u), 0);
	assert_int_equal(s, 3);
	assert_int_equal(v, 3);
	/* UPIN replacing PIN1: the card's UPIN is the PIN1 the caller means. */
	st.status.cards[0].apps[0].upin_replaces_pin1 = 1;
	st.status.cards[0].upin_state = UIM_PIN_BLOCKED;
	st.status.cards[0].upin_retries = 0;
	st.status.cards[0].upuk_retries = 7;
	answer_struct(&slqs_uim_get_card_status, &st);
	assert_int_equal(UIMGetPINStatus(1, &s, &v, &u), 0);
	assert_int_equal(s, 4);
	assert_int_equal(v, 0);
	assert_int_equal(u, 7);
	/* An index pointing past the card's applications: no application. */
	st.status.index_gw_primary = 0x0003;
	answer_struct(&slqs_uim_get_card_status, &st);
	assert_int_equal(UIMGetPINStatus(1, &s, &v, &u), eQCWWAN_ERR_QMI_SIM_NOT_INITIALIZED);
	assert_int_equal(s, 0xFFFFFFFF);
	answer_struct(&slqs_uim_get_card_status, &st);
	assert_int_equal(SLQSUIMGetState(&uim), 0);
	assert_int_equal(uim, 0xFF);

	usim_status(&st, UIM_APP_STATE_READY, UIM_PIN_ENABLED_VERIFIED);
	answer_struct(&slqs_uim_get_card_status, &st);
	assert_int_equal(SLQSUIMGetState(&uim), 0);
	assert_int_equal(uim, 0);
	usim_status(&st, UIM_APP_STATE_CHECK_PERSO, UIM_PIN_ENABLED_VERIFIED);
	answer_struct(&slqs_uim_get_card_status, &st);
	assert_int_equal(SLQSUIMGetState(&uim), 0);
	assert_int_equal(uim, 1);	/* network-locked */
	st.status.cards[0].card_state = UIM_CARD_ERROR;
	answer_struct(&slqs_uim_get_card_status, &st);
	assert_int_equal(SLQSUIMGetState(&uim), 0);
	assert_int_equal(uim, 1);
}

static void pin_verify_through_uim(void **state)
{
	static const uint8_t wrong[] = { 0x10, 0x02, 0x00, 0x01, 0x0A };
	static const uint8_t want_req[] = {
		0x01, 0x02, 0x00, 0x06, 0x00,			/* card slot 1, no AID */
		0x02, 0x06, 0x00, 0x01, 0x04, '0', '0', '0', '0',	/* PIN1 "0000" */
	};
	ULONG v = 0, u = 0;

	(void)state;
	reset_modem();
	answer(11, 0x26, 12, wrong, sizeof wrong);
	assert_int_equal(UIMVerifyPIN(1, "0000", &v, &u), eQCWWAN_ERR_QMI_INCORRECT_PIN);
	assert_int_equal(v, 1);
	assert_int_equal(u, 10);
	assert_memory_equal(M.req, want_req, sizeof want_req);
	/* The legacy answer, retries in the same TLV, when the firmware takes it. */
	M.log[0] = '\0';
	strcpy(M.node, "/dev/other");
	answer(2, 0x28, 12, wrong, sizeof wrong);
	assert_int_equal(UIMVerifyPIN(1, "0000", &v, &u), eQCWWAN_ERR_QMI_INCORRECT_PIN);
	assert_int_equal(v, 1);
	assert_string_equal(M.log, "2:28 ");
	static const uint8_t legacy_req[] = { 0x01, 0x06, 0x00, 0x01, 0x04, '0', '0', '0', '0' };
	assert_memory_equal(M.req, legacy_req, sizeof legacy_req);
	/* Unblock: PUK and new PIN, legacy refused, then UIM. */
	M.log[0] = '\0';
	answer(11, 0x27, 0, NULL, 0);
	assert_int_equal(UIMUnblockPIN(1, "12345678", "4321", &v, &u), 0);
	assert_int_equal(v, 0xFFFFFFFF);
	assert_string_equal(M.log, "2:29 11:27 ");
	static const uint8_t unblock_req[] = {
		0x02, 0x0F, 0x00, 0x01, 0x08, '1', '2', '3', '4', '5', '6', '7', '8', 0x04, '4',
		'3', '2', '1',
	};
	assert_memory_equal(M.req + 5, unblock_req, sizeof unblock_req);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(network_time_48_bit_count),
		cmocka_unit_test(prl_version_and_current_info),
		cmocka_unit_test(boot_pri_revisions_and_min),
		cmocka_unit_test(set_power_reset_overtaking_its_answer),
		cmocka_unit_test(iccid_from_ef_iccid),
		cmocka_unit_test(imsi_from_ef_imsi),
		cmocka_unit_test(refusal_remembered_per_device_until_reset),
		cmocka_unit_test(pin_status_and_state_from_card_status),
		cmocka_unit_test(pin_verify_through_uim),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
